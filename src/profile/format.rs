//! The files of profiles and partial counts: versioned, checksummed text.
//!
//! ```text
//! textsieve profiles 1          textsieve counts 1
//! fold 1 5d1c…                  fold 1 5d1c…
//! site 729 alweeam.com.sa       site 729 0 alweeam.com.sa
//! tail 729 729 رابط الخبر …      d <text hash>            one per distinct text
//! …                             s <hash> <docs>           segment openings
//! end 12 9a0f…                  e <hash> <docs>           segment endings
//!                               t <docs> <closed> <text>  tail candidates
//!                               l|b|f|m <docs> <text>     head lines, openings, endings, middles
//!                               n <docs> <text>           middles anywhere
//!                               end 12 9a0f…
//! ```
//!
//! The first line names the file and the format version. The `fold` line holds the
//! [`FOLD_VERSION`] of the build that wrote the file and a fingerprint of how it folds and
//! tokenizes text: templates are stored folded, so a file written by a build that folds
//! differently would silently stop matching; it is refused instead. The version is what a
//! maintainer bumps on purpose; the fingerprint also catches a change nobody declared. Files
//! written before the version was recorded have only the fingerprint (`fold 5d1c…`) and are
//! read as fold version 1. The last line
//! holds the number of sites and an FNV-1a checksum of everything before it, so a truncated
//! or damaged file is refused too. Entries are sorted, so equal counts give equal files.

use std::collections::BTreeMap;
use std::io::{self, Write};

use once_cell::sync::Lazy;

use crate::fold::FOLD_VERSION;
use crate::profile::error::{ProfileError, ProfileErrorKind};
use crate::profile::learn::SiteCounts;
use crate::profile::tokens::{canonical, hash_bytes};
use crate::profile::{ProfileCounts, Profiles, SiteProfile, Template, TemplateKind};

/// The version of both file formats. Bump it when what is stored changes meaning: the
/// tokens, the hashes or what a count counts. Folding has its own check ([`FOLD_PROBE`]).
const VERSION: u32 = 1;
const PROFILES: &str = "profiles";
const COUNTS: &str = "counts";

/// Text that exercises every folding and tokenizing rule templates depend on: hamza and
/// madda on alef, alef wasla, alef maqsura and Persian yeh, keheh, tatweel, harakat, bidi
/// and zero-width controls, presentation forms and ligatures, full-width Latin, accents,
/// case, Arabic-Indic digits, decimals, quotes, colons, glued scripts.
const FOLD_PROBE: &str =
    "إقرأ أيضاً: آخر ٱلأخبار ـــ مُبَارَكٌ ى ی ک ؤ ئ ة \u{200F}\u{200C}\u{FEFF} ﻻ ﷲ ﺑ \
     ＦＵＬＬ ﬁne Café ÉTÉ ١٢٣ ۴۵ 0.5 12,5 «قال» \"x.\" (y) ... ؟ ! : ： – - @ # % \
     x@y.comللتواصل Next Previous 2015الرياض";

/// The fingerprint of this build's folding and tokenizing.
static FOLD: Lazy<u64> = Lazy::new(|| hash_bytes(canonical(FOLD_PROBE).as_bytes()));

/// Writes to `inner` and hashes what it writes.
struct Hashing<W> {
    inner: W,
    hash: u64,
}

impl<W: Write> Hashing<W> {
    fn line(&mut self, line: &str) -> io::Result<()> {
        for part in [line.as_bytes(), b"\n"] {
            self.hash = extend_hash(self.hash, part);
            self.inner.write_all(part)?;
        }
        Ok(())
    }

    fn finish(mut self, sites: usize) -> io::Result<()> {
        let end = format!("end {sites} {:016x}\n", self.hash);
        self.inner.write_all(end.as_bytes())?;
        self.inner.flush()
    }
}

/// FNV-1a of `bytes`, continuing from `hash`.
fn extend_hash(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

fn start<W: Write>(out: W, what: &str) -> io::Result<Hashing<W>> {
    let mut w = Hashing {
        inner: out,
        hash: hash_bytes(b""),
    };
    w.line(&format!("textsieve {what} {VERSION}"))?;
    w.line(&format!("fold {FOLD_VERSION} {:016x}", *FOLD))?;
    Ok(w)
}

impl Profiles {
    /// Writes the profiles file (see the module docs); [`from_bytes`](Self::from_bytes)
    /// reads it back.
    ///
    /// # Errors
    ///
    /// Only those of `out`.
    ///
    /// ```
    /// use textsieve::{Profiles, SiteProfile, Template, TemplateKind};
    /// let mut profiles = Profiles::new();
    /// profiles.insert(SiteProfile::new("example.com", 40, vec![
    ///     Template::new(TemplateKind::HeadEnd, "– Example News", 38, 39),
    /// ]));
    /// let mut file = Vec::new();
    /// profiles.write_to(&mut file)?;
    /// assert_eq!(Profiles::from_bytes(&file)?, profiles);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_to(&self, out: impl Write) -> io::Result<()> {
        let mut w = start(out, PROFILES)?;
        for p in self {
            w.line(&format!("site {} {}", p.documents(), p.site()))?;
            for t in p.templates() {
                w.line(&format!(
                    "{} {} {} {}",
                    t.kind(),
                    t.docs(),
                    t.seen(),
                    t.text()
                ))?;
            }
        }
        w.finish(self.len())
    }

    /// Reads a profiles file written by [`write_to`](Self::write_to).
    ///
    /// # Errors
    ///
    /// A [`ProfileError`] for anything but a whole, undamaged profiles file of this format
    /// version written by a build that folds text the same way.
    pub fn from_bytes(bytes: &[u8]) -> Result<Profiles, ProfileError> {
        let body = check(bytes, PROFILES)?;
        let mut profiles = Profiles::new();
        let mut current: Option<(String, u64, Vec<Template>)> = None;
        for (n, line) in body.lines {
            let corrupt = |what: &str| corrupt(n, what);
            let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
            if tag == "site" {
                if let Some((site, docs, templates)) = current.take() {
                    profiles.insert(SiteProfile::new(&site, docs, templates));
                }
                let (docs, site) = rest.split_once(' ').ok_or_else(|| corrupt("site line"))?;
                let docs = number(docs).ok_or_else(|| corrupt("document count"))?;
                if profiles.get(site).is_some() {
                    return Err(corrupt("repeated site"));
                }
                current = Some((site.to_owned(), docs, Vec::new()));
                continue;
            }
            let kind: TemplateKind = tag.parse().map_err(|()| corrupt("unknown line"))?;
            let Some((_, _, templates)) = current.as_mut() else {
                return Err(corrupt("template before any site"));
            };
            let mut parts = rest.splitn(3, ' ');
            let docs = parts.next().and_then(number);
            let seen = parts.next().and_then(number);
            let (Some(docs), Some(seen)) = (docs, seen) else {
                return Err(corrupt("template counts"));
            };
            let text = parts.next().unwrap_or("");
            if text.is_empty() != (kind == TemplateKind::Contact) {
                return Err(corrupt("template text"));
            }
            templates.push(Template::new(kind, text, docs, seen));
        }
        if let Some((site, docs, templates)) = current.take() {
            profiles.insert(SiteProfile::new(&site, docs, templates));
        }
        if profiles.len() != body.sites {
            return Err(corrupt(
                body.end_line,
                "site count differs from the end line",
            ));
        }
        Ok(profiles)
    }
}

impl ProfileCounts {
    /// Writes the partial counts (see the module docs), for a later
    /// [`merge`](Self::merge) on another machine; [`from_bytes`](Self::from_bytes) reads
    /// them back.
    ///
    /// # Errors
    ///
    /// Only those of `out`.
    ///
    /// ```
    /// use textsieve::ProfileCounts;
    /// let mut counts = ProfileCounts::new();
    /// counts.add("example.com", "Title\nA line of text. Share this\n");
    /// let mut file = Vec::new();
    /// counts.write_to(&mut file)?;
    /// assert_eq!(ProfileCounts::from_bytes(&file)?, counts);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_to(&self, out: impl Write) -> io::Result<()> {
        let mut w = start(out, COUNTS)?;
        for (site, c) in &self.sites {
            w.line(&format!("site {} {} {site}", c.docs, c.contact))?;
            let mut seen: Vec<u64> = c.seen.iter().copied().collect();
            seen.sort_unstable();
            for h in seen {
                w.line(&format!("d {h:016x}"))?;
            }
            for (tag, map) in [("s", &c.starts), ("e", &c.ends)] {
                let sorted: BTreeMap<u64, u64> = map.iter().map(|(k, v)| (*k, *v)).collect();
                for (h, n) in sorted {
                    w.line(&format!("{tag} {h:016x} {n}"))?;
                }
            }
            let tails: BTreeMap<&str, (u64, u64)> =
                c.tails.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            for (text, (n, closed)) in tails {
                w.line(&format!("t {n} {closed} {text}"))?;
            }
            for (tag, map) in [
                ("l", &c.head_lines),
                ("b", &c.head_starts),
                ("f", &c.head_ends),
                ("m", &c.head_mids),
                ("n", &c.mids),
            ] {
                let sorted: BTreeMap<&str, u64> =
                    map.iter().map(|(k, v)| (k.as_str(), *v)).collect();
                for (text, n) in sorted {
                    w.line(&format!("{tag} {n} {text}"))?;
                }
            }
        }
        w.finish(self.sites.len())
    }

    /// Reads partial counts written by [`write_to`](Self::write_to).
    ///
    /// # Errors
    ///
    /// A [`ProfileError`] for anything but a whole, undamaged counts file of this format
    /// version written by a build that folds text the same way.
    pub fn from_bytes(bytes: &[u8]) -> Result<ProfileCounts, ProfileError> {
        let body = check(bytes, COUNTS)?;
        let mut counts = ProfileCounts::new();
        let mut current: Option<&mut SiteCounts> = None;
        for (n, line) in body.lines {
            let corrupt = |what: &str| corrupt(n, what);
            let (tag, rest) = line
                .split_once(' ')
                .ok_or_else(|| corrupt("unknown line"))?;
            if tag == "site" {
                let mut parts = rest.splitn(3, ' ');
                let docs = parts.next().and_then(number);
                let contact = parts.next().and_then(number);
                let site = parts.next().unwrap_or("");
                let (Some(docs), Some(contact)) = (docs, contact) else {
                    return Err(corrupt("site counts"));
                };
                if counts.sites.contains_key(site) {
                    return Err(corrupt("repeated site"));
                }
                let c = counts.sites.entry(site.to_owned()).or_default();
                c.docs = docs;
                c.contact = contact;
                current = Some(c);
                continue;
            }
            let Some(c) = current.as_deref_mut() else {
                return Err(corrupt("counts before any site"));
            };
            match tag {
                "d" => {
                    let h = hex(rest).ok_or_else(|| corrupt("text hash"))?;
                    c.seen.insert(h);
                }
                "s" | "e" => {
                    let (h, n) = rest.split_once(' ').ok_or_else(|| corrupt("hash count"))?;
                    let (Some(h), Some(n)) = (hex(h), number(n)) else {
                        return Err(corrupt("hash count"));
                    };
                    let map = if tag == "s" {
                        &mut c.starts
                    } else {
                        &mut c.ends
                    };
                    map.insert(h, n);
                }
                "t" => {
                    let mut parts = rest.splitn(3, ' ');
                    let docs = parts.next().and_then(number);
                    let closed = parts.next().and_then(number);
                    let text = parts.next().unwrap_or("");
                    let (Some(docs), Some(closed)) = (docs, closed) else {
                        return Err(corrupt("tail counts"));
                    };
                    if text.is_empty() {
                        return Err(corrupt("tail text"));
                    }
                    c.tails.insert(text.to_owned(), (docs, closed));
                }
                "l" | "b" | "f" | "m" | "n" => {
                    let (docs, text) =
                        rest.split_once(' ').ok_or_else(|| corrupt("head counts"))?;
                    let docs = number(docs).ok_or_else(|| corrupt("head counts"))?;
                    if text.is_empty() {
                        return Err(corrupt("head text"));
                    }
                    let map = match tag {
                        "l" => &mut c.head_lines,
                        "b" => &mut c.head_starts,
                        "f" => &mut c.head_ends,
                        "m" => &mut c.head_mids,
                        _ => &mut c.mids,
                    };
                    map.insert(text.to_owned(), docs);
                }
                _ => return Err(corrupt("unknown line")),
            }
        }
        if counts.sites.len() != body.sites {
            return Err(corrupt(
                body.end_line,
                "site count differs from the end line",
            ));
        }
        Ok(counts)
    }
}

/// The checked body of a file: its numbered lines between the header and the end line.
struct Body<'a> {
    lines: Vec<(usize, &'a str)>,
    sites: usize,
    end_line: usize,
}

fn corrupt(line: usize, what: &str) -> ProfileError {
    ProfileError::new(
        ProfileErrorKind::Corrupt,
        Some(line),
        format!("corrupt file: {what}"),
    )
}

fn number(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Sixteen lower-case hex digits, exactly as written (so that any changed byte is refused).
fn hex(s: &str) -> Option<u64> {
    if s.len() != 16 || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    u64::from_str_radix(s, 16).ok()
}

/// Checks the header, the end line, the checksum and the fold fingerprint of a file that
/// should be a `what` file.
fn check<'a>(bytes: &'a [u8], what: &str) -> Result<Body<'a>, ProfileError> {
    check_header(bytes, what)?;
    let (end_start, sites) = check_end(bytes, what)?;
    let text = std::str::from_utf8(&bytes[..end_start]).map_err(|e| {
        ProfileError::new(
            ProfileErrorKind::Corrupt,
            None,
            format!(
                "corrupt {what} file: invalid UTF-8 at byte {}",
                e.valid_up_to()
            ),
        )
    })?;
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    lines.next(); // the header
    match lines.next() {
        Some((n, line)) => match line.strip_prefix("fold ") {
            Some(fold) => check_fold(n, fold, what)?,
            None => return Err(corrupt(n, "no fold line")),
        },
        None => return Err(corrupt(2, "no fold line")),
    }
    let lines: Vec<(usize, &str)> = lines.collect();
    let end_line = lines.last().map_or(3, |(n, _)| n + 1);
    Ok(Body {
        lines,
        sites,
        end_line,
    })
}

/// Checks the fold line `fold` (after `fold `, on line `n`): the fold version, then the
/// fingerprint. A line with only a fingerprint was written before the version was recorded,
/// by fold version 1.
fn check_fold(n: usize, fold: &str, what: &str) -> Result<(), ProfileError> {
    let (version, fingerprint) = match fold.split_once(' ') {
        Some((version, fingerprint)) => (number(version), fingerprint),
        None => (Some(1), fold),
    };
    let Some(version) = version else {
        return Err(corrupt(n, "fold version is not a number"));
    };
    let refuse = |detail: String| {
        Err(ProfileError::new(
            ProfileErrorKind::Fold,
            Some(n),
            format!("{detail}; learn it again with this build"),
        ))
    };
    if version != u64::from(FOLD_VERSION) {
        return refuse(format!(
            "{what} file written with fold version {version}; this build folds with version \
             {FOLD_VERSION}"
        ));
    }
    if hex(fingerprint) != Some(*FOLD) {
        return refuse(format!(
            "{what} file written by a build that folds text differently"
        ));
    }
    Ok(())
}

/// Checks the first line: the file's kind and format version.
fn check_header(bytes: &[u8], what: &str) -> Result<(), ProfileError> {
    let err = |kind, line, detail: String| ProfileError::new(kind, line, detail);
    // A file cut inside its header line (or empty) is cut short, not foreign.
    let header_line = format!("textsieve {what} {VERSION}\n");
    if bytes.len() < header_line.len() && header_line.as_bytes().starts_with(bytes) {
        return Err(err(
            ProfileErrorKind::Truncated,
            None,
            format!("truncated {what} file: {} bytes", bytes.len()),
        ));
    }
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or(bytes);
    let Some(rest) = header.strip_prefix(b"textsieve ") else {
        return Err(err(
            ProfileErrorKind::Foreign,
            None,
            format!("not a textsieve {what} file"),
        ));
    };
    let rest = std::str::from_utf8(rest).unwrap_or("");
    let (kind, version) = rest.split_once(' ').unwrap_or((rest, ""));
    if kind != what {
        let other = if what == PROFILES { COUNTS } else { PROFILES };
        return Err(if kind == other {
            err(
                ProfileErrorKind::WrongKind,
                Some(1),
                format!("a textsieve {other} file, not {what}"),
            )
        } else {
            err(
                ProfileErrorKind::Foreign,
                Some(1),
                format!("not a textsieve {what} file"),
            )
        });
    }
    if number(version) != Some(u64::from(VERSION)) {
        return Err(err(
            ProfileErrorKind::Version,
            Some(1),
            format!(
                "{what} file of format version {version:?}; this build reads version {VERSION}"
            ),
        ));
    }
    Ok(())
}

/// Checks the end line, the last one, and the checksum of everything before it. Returns
/// where the end line starts and the number of sites it announces.
fn check_end(bytes: &[u8], what: &str) -> Result<(usize, usize), ProfileError> {
    let truncated = || {
        ProfileError::new(
            ProfileErrorKind::Truncated,
            None,
            format!("truncated {what} file: no end line"),
        )
    };
    let without_break = bytes.strip_suffix(b"\n").ok_or_else(truncated)?;
    let end_start = without_break
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = std::str::from_utf8(&without_break[end_start..]).unwrap_or("");
    let mut parts = end.split(' ');
    let (Some("end"), Some(sites), Some(sum), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(truncated());
    };
    let sites = number(sites)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(truncated)?;
    if hex(sum) != Some(extend_hash(hash_bytes(b""), &bytes[..end_start])) {
        return Err(ProfileError::new(
            ProfileErrorKind::Corrupt,
            None,
            format!("corrupt {what} file: the checksum does not match its contents"),
        ));
    }
    Ok((end_start, sites))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Profiles {
        let mut p = Profiles::new();
        p.insert(SiteProfile::new(
            "example.com",
            500,
            vec![
                Template::new(TemplateKind::Tail, "رابط الخبر بصحيفة المثال:", 480, 481),
                Template::new(TemplateKind::Contact, "", 30, 500),
            ],
        ));
        p.insert(SiteProfile::new("other.org", 7, Vec::new()));
        p
    }

    fn bytes(p: &Profiles) -> Vec<u8> {
        let mut out = Vec::new();
        p.write_to(&mut out).unwrap();
        out
    }

    #[test]
    fn round_trip() {
        let p = sample();
        let file = bytes(&p);
        assert_eq!(Profiles::from_bytes(&file), Ok(p));
        assert!(String::from_utf8(file)
            .unwrap()
            .starts_with("textsieve profiles 1\nfold 1 "));
    }

    #[test]
    fn fold_fingerprint_is_pinned() {
        // If this changes, folding or tokenizing changed: profiles written before no longer
        // match the same text. Check that this is intended, bump `FOLD_VERSION` if folding
        // changed, then update both values here.
        assert_eq!(
            (FOLD_VERSION, format!("{:016x}", *FOLD).as_str()),
            (1, "a670cf143dfc8b3e")
        );
    }

    #[test]
    fn damage_is_an_error_of_its_kind() {
        use ProfileErrorKind::*;
        let good = bytes(&sample());
        let text = String::from_utf8(good.clone()).unwrap();
        let mut counts_file = Vec::new();
        ProfileCounts::new().write_to(&mut counts_file).unwrap();
        let flipped = {
            let mut b = good.clone();
            let i = text.find("رابط").unwrap();
            b[i + 1] ^= 1;
            b
        };
        let cases: Vec<(&str, Vec<u8>, ProfileErrorKind)> = vec![
            ("empty", Vec::new(), Truncated),
            ("json", b"{\"a\": 1}".to_vec(), Foreign),
            ("binary", vec![0, 159, 146, 150], Foreign),
            (
                "other-textsieve",
                b"textsieve lexicon 1\n".to_vec(),
                Foreign,
            ),
            ("counts-for-profiles", counts_file, WrongKind),
            (
                "future-version",
                text.replacen("profiles 1", "profiles 2", 1).into_bytes(),
                Version,
            ),
            ("header-only", b"textsieve profiles 1\n".to_vec(), Truncated),
            ("cut-in-half", good[..good.len() / 2].to_vec(), Truncated),
            ("last-byte-gone", good[..good.len() - 1].to_vec(), Truncated),
            ("flipped-bit", flipped, Corrupt),
            ("edited", text.replace("480", "999").into_bytes(), Corrupt),
        ];
        let mut failed = Vec::new();
        for (name, file, want) in cases {
            match Profiles::from_bytes(&file) {
                Err(e) if e.kind() == want => {}
                other => failed.push(format!("{name}: {other:?}")),
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    /// The sample's file with its fold line replaced by `fold_line`, signed again, as a
    /// build that writes that fold line would sign it.
    fn with_fold_line(fold_line: &str) -> Vec<u8> {
        let text = String::from_utf8(bytes(&sample())).unwrap();
        let body = text.replace(text.lines().nth(1).unwrap(), fold_line);
        let end_start = body.rfind("end ").unwrap();
        let sum = extend_hash(hash_bytes(b""), &body.as_bytes()[..end_start]);
        format!("{}end 2 {sum:016x}\n", &body[..end_start]).into_bytes()
    }

    #[test]
    fn other_fold_is_refused() {
        let fingerprint = format!("{:016x}", *FOLD);
        let cases = [
            (
                "other-fingerprint",
                "fold 1 0123456789abcdef".to_owned(),
                "folds text differently",
            ),
            (
                "other-version",
                format!("fold 2 {fingerprint}"),
                "fold version 2; this build folds with version 1",
            ),
            (
                "old-form-other-fingerprint",
                "fold 0123456789abcdef".to_owned(),
                "folds text differently",
            ),
        ];
        for (name, line, message) in cases {
            let err = Profiles::from_bytes(&with_fold_line(&line)).unwrap_err();
            assert_eq!(err.kind(), ProfileErrorKind::Fold, "{name}");
            assert_eq!(err.line(), Some(2), "{name}");
            assert!(err.to_string().contains(message), "{name}: {err}");
        }
        let err = Profiles::from_bytes(&with_fold_line("fold x 0123456789abcdef")).unwrap_err();
        assert_eq!(err.kind(), ProfileErrorKind::Corrupt);
    }

    #[test]
    fn files_from_before_the_fold_version_read_as_version_1() {
        let old = with_fold_line(&format!("fold {:016x}", *FOLD));
        assert_eq!(Profiles::from_bytes(&old), Ok(sample()));
    }

    #[test]
    fn counts_round_trip_and_refuse_profiles() {
        let mut counts = ProfileCounts::new();
        for i in 0..20 {
            counts.add(
                "example.com",
                &format!("عنوان {i}\nنص الخبر رقم {i} هنا. رابط الخبر: عنوان {i}\n"),
            );
        }
        let mut file = Vec::new();
        counts.write_to(&mut file).unwrap();
        assert_eq!(ProfileCounts::from_bytes(&file).as_ref(), Ok(&counts));
        let err = ProfileCounts::from_bytes(&bytes(&sample())).unwrap_err();
        assert_eq!(err.kind(), ProfileErrorKind::WrongKind);
        let cut = &file[..file.len() - 20];
        assert_eq!(
            ProfileCounts::from_bytes(cut).unwrap_err().kind(),
            ProfileErrorKind::Truncated
        );
    }
}
