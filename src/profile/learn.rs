//! Learning: [`ProfileCounts`] counts where token sequences occur in each site's documents,
//! and [`ProfileCounts::build`] keeps the sequences that are the site's template.
//!
//! Counts are exact sums over documents, so adding documents in any order, or counting shards
//! apart and merging them in any order, gives the same counts and the same profiles.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::doc::Doc;
use crate::profile::shape::{
    is_contact, is_head_end_shape, is_head_piece, is_head_start_shape, is_mid_shape,
    is_template_shape, line_key, sentence_closed, HEAD_LINES, HEAD_PIECES,
};
use crate::profile::site_key;
use crate::profile::tokens::{hash_bytes, DocTokens, SeqHash, Token, MAX_TOKENS};

/// Partial counts of site templates: what one shard of a corpus writes, and what [`build`]
/// turns into [`Profiles`](crate::Profiles).
///
/// Add documents with [`add`](Self::add), combine counts of other shards with
/// [`merge`](Self::merge), store them with [`write_to`](Self::write_to) and read them back with
/// [`from_bytes`](Self::from_bytes). Counts are exact, so the order of documents and of merges
/// never changes the result. Each distinct text counts once per site (scraped corpora hold
/// exact duplicates), within one `ProfileCounts` and the counts merged into it: a text that
/// two shards both counted counts twice, and [`merge`](Self::merge) returns how many such
/// texts it met. Split a corpus by host, or by text, to avoid that.
///
/// Memory grows with the number of distinct segment openings and endings in the corpus
/// (`textsieve learn` peaks at 65 MB on 47 MB of Arabic news): split very large corpora into
/// shards and merge.
///
/// [`build`]: Self::build
///
/// ```
/// use textsieve::{ProfileCounts, TemplateKind};
///
/// // A site that glues a link after the last sentence of every page.
/// let topics = ["Politics", "Sport", "Weather", "Business", "Culture"];
/// let page = |i: usize| format!(
///     "Headline {i}\nThe council met on day {i} and approved the plan.\nThe mayor said work starts soon. More from Example News: {}\n",
///     topics[i % 5]
/// );
/// // Two shards, counted apart and merged.
/// let mut a = ProfileCounts::new();
/// let mut b = ProfileCounts::new();
/// for i in 0..30 {
///     if i % 2 == 0 { a.add("www.example.com", &page(i)); } else { b.add("example.com", &page(i)); }
/// }
/// a.merge(b);
/// assert_eq!(a.documents(), 30);
/// let profiles = a.build();
/// let t = &profiles.get("example.com").unwrap().templates()[0];
/// assert_eq!((t.kind(), t.text(), t.docs()), (TemplateKind::Tail, "more from example news :", 30));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileCounts {
    pub(crate) sites: BTreeMap<String, SiteCounts>,
}

/// The counts of one site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SiteCounts {
    /// Distinct documents counted.
    pub(crate) docs: u64,
    /// Hashes of the texts counted, to count each distinct text once.
    pub(crate) seen: HashSet<u64>,
    /// Documents in which a segment starts with a sequence (hash of its first tokens).
    pub(crate) starts: HashMap<u64, u64>,
    /// Documents in which a segment ends with a sequence (hash of its last tokens, last first).
    pub(crate) ends: HashMap<u64, u64>,
    /// Sequences that open a segment in the tail: documents, and of those, documents where
    /// the sentence they open ends with a full stop.
    pub(crate) tails: HashMap<String, (u64, u64)>,
    /// Head pieces (short first segments of the first lines), whole.
    pub(crate) head_lines: HashMap<String, u64>,
    /// Openings (two words, or a word and a separator) of head pieces.
    pub(crate) head_starts: HashMap<String, u64>,
    /// Endings (with a separator inside) of head pieces.
    pub(crate) head_ends: HashMap<String, u64>,
    /// Middles (a separator, one or two words, a separator) of head pieces.
    pub(crate) head_mids: HashMap<String, u64>,
    /// Documents holding a middle anywhere.
    pub(crate) mids: HashMap<String, u64>,
    /// Documents whose last line is a contact line (an e-mail address or a handle).
    pub(crate) contact: u64,
}

impl ProfileCounts {
    /// Empty counts.
    pub fn new() -> ProfileCounts {
        ProfileCounts::default()
    }

    /// Counts one document of `site` (a host name such as `www.example.com`; case and a
    /// leading `www.` do not matter). Returns `false`, counting nothing, when this site
    /// already counted the same text.
    ///
    /// ```
    /// let mut counts = textsieve::ProfileCounts::new();
    /// assert!(counts.add("example.com", "Title\nBody."));
    /// assert!(!counts.add("EXAMPLE.com", "Title\nBody."));
    /// assert!(counts.add("other.org", "Title\nBody."));
    /// assert_eq!(counts.documents(), 2);
    /// ```
    pub fn add(&mut self, site: &str, text: &str) -> bool {
        let key = site_key(site);
        let counts = match self.sites.get_mut(key.as_str()) {
            Some(c) => c,
            None => self.sites.entry(key).or_default(),
        };
        if !counts.seen.insert(hash_bytes(text.as_bytes())) {
            return false;
        }
        counts.count(text);
        true
    }

    /// Adds the counts of `other`, as if its documents had been added here. Returns how many
    /// texts both had counted for the same site (they now count twice).
    pub fn merge(&mut self, other: ProfileCounts) -> u64 {
        let mut twice = 0;
        for (site, theirs) in other.sites {
            match self.sites.get_mut(&site) {
                Some(ours) => twice += ours.merge(theirs),
                None => {
                    self.sites.insert(site, theirs);
                }
            }
        }
        twice
    }

    /// Distinct documents counted, over all sites.
    pub fn documents(&self) -> u64 {
        self.sites
            .values()
            .fold(0, |sum: u64, s| sum.saturating_add(s.docs))
    }

    /// The sites counted, with their distinct documents, in order of name.
    ///
    /// ```
    /// let mut counts = textsieve::ProfileCounts::new();
    /// counts.add("b.org", "One");
    /// counts.add("a.org", "Two");
    /// assert_eq!(counts.sites().collect::<Vec<_>>(), [("a.org", 1), ("b.org", 1)]);
    /// ```
    pub fn sites(&self) -> impl Iterator<Item = (&str, u64)> + '_ {
        self.sites.iter().map(|(s, c)| (s.as_str(), c.docs))
    }
}

/// Scratch buffers for counting one document.
#[derive(Default)]
struct Found {
    starts: Vec<u64>,
    ends: Vec<u64>,
    /// Tail candidates, and whether the sentence each opens ends with a full stop.
    tails: Vec<(String, bool)>,
    head_lines: Vec<String>,
    head_starts: Vec<String>,
    head_ends: Vec<String>,
    head_mids: Vec<String>,
    mids: Vec<String>,
}

impl SiteCounts {
    /// Counts one new document.
    fn count(&mut self, text: &str) {
        add(&mut self.docs, 1);
        let doc = Doc::new(text);
        let toks = DocTokens::of(&doc);
        let mut found = Found::default();
        for n in 0..toks.lines.len() {
            let line = toks.line_tokens(n);
            let key = line_key(&doc, &toks, line.start);
            for seg in toks.segments(line.clone()) {
                // Openings of every segment (running into the next ones on the line), and
                // endings inside it: the places where a cut could begin or end.
                let mut h = SeqHash::EMPTY;
                for t in &toks.tokens[seg.start..line.end.min(seg.start + MAX_TOKENS)] {
                    h = h.push(t.text(key));
                    found.starts.push(h.value());
                }
                let mut h = SeqHash::EMPTY;
                for t in toks.tokens[seg.start.max(seg.end.saturating_sub(MAX_TOKENS))..seg.end]
                    .iter()
                    .rev()
                {
                    h = h.push(t.text(key));
                    found.ends.push(h.value());
                }
                let first = &toks.tokens[seg.start];
                if n > 0 && first.starts.opens_tail() && toks.in_tail(seg.start) {
                    let closed = sentence_closed(key, &toks.tokens[seg.start..line.end]);
                    let run = &toks.tokens[seg.start..line.end.min(seg.start + MAX_TOKENS)];
                    for len in 1..=run.len() {
                        if is_template_shape(&run[..len]) {
                            found.tails.push((join(key, &run[..len]), closed));
                        }
                    }
                }
            }
            let tokens = &toks.tokens[line.clone()];
            for i in 0..tokens.len() {
                for len in 3..=4 {
                    if let Some(run) = tokens.get(i..i + len) {
                        if is_mid_shape(key, run) {
                            found.mids.push(join(key, run));
                        }
                    }
                }
            }
            if (1..=HEAD_LINES).contains(&n) {
                // Pieces in a row from the line's start, up to the first long one (the lead):
                // what follows the lead is no head.
                for seg in toks.segments(line.clone()).take(HEAD_PIECES) {
                    if !head_piece(key, &toks.tokens[seg], &mut found) {
                        break;
                    }
                }
            }
        }
        for v in [&mut found.starts, &mut found.ends] {
            v.sort_unstable();
            v.dedup();
        }
        for h in found.starts {
            add(self.starts.entry(h).or_default(), 1);
        }
        for h in found.ends {
            add(self.ends.entry(h).or_default(), 1);
        }
        // Once per document; closed if any of its occurrences is.
        found
            .tails
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        found.tails.dedup_by(|a, b| a.0 == b.0);
        for (t, closed) in found.tails.drain(..) {
            let e = self.tails.entry(t).or_default();
            add(&mut e.0, 1);
            add(&mut e.1, u64::from(closed));
        }
        add_once(&mut found.head_lines, |t| {
            add(self.head_lines.entry(t).or_default(), 1);
        });
        add_once(&mut found.head_starts, |t| {
            add(self.head_starts.entry(t).or_default(), 1);
        });
        add_once(&mut found.head_ends, |t| {
            add(self.head_ends.entry(t).or_default(), 1);
        });
        add_once(&mut found.head_mids, |t| {
            add(self.head_mids.entry(t).or_default(), 1);
        });
        add_once(&mut found.mids, |t| {
            add(self.mids.entry(t).or_default(), 1);
        });
        if let Some(last) = toks.lines.len().checked_sub(1).filter(|&n| n > 0) {
            let line = toks.line_tokens(last);
            if is_contact(line_key(&doc, &toks, line.start), &toks.tokens[line]) {
                add(&mut self.contact, 1);
            }
        }
    }

    /// Adds `other`'s counts; returns how many texts both had counted. Counts come from
    /// files a user may have written by hand: a sum past `u64::MAX` stays there rather than
    /// wrapping (or panicking in a debug build).
    fn merge(&mut self, other: SiteCounts) -> u64 {
        let twice = other.seen.iter().filter(|h| self.seen.contains(h)).count() as u64;
        add(&mut self.docs, other.docs);
        self.seen.extend(other.seen);
        for (h, n) in other.starts {
            add(self.starts.entry(h).or_default(), n);
        }
        for (h, n) in other.ends {
            add(self.ends.entry(h).or_default(), n);
        }
        for (t, (n, closed)) in other.tails {
            let e = self.tails.entry(t).or_default();
            add(&mut e.0, n);
            add(&mut e.1, closed);
        }
        for (ours, theirs) in [
            (&mut self.head_lines, other.head_lines),
            (&mut self.head_starts, other.head_starts),
            (&mut self.head_ends, other.head_ends),
            (&mut self.head_mids, other.head_mids),
            (&mut self.mids, other.mids),
        ] {
            for (t, n) in theirs {
                add(ours.entry(t).or_default(), n);
            }
        }
        add(&mut self.contact, other.contact);
        twice
    }
}

/// `n` added to `count`, held at `u64::MAX`: counts read from a file a user may have written
/// by hand can stand anywhere below it.
fn add(count: &mut u64, n: u64) {
    *count = count.saturating_add(n);
}

/// Token texts joined by single spaces.
fn join(key: &str, tokens: &[Token]) -> String {
    crate::profile::tokens::join(key, tokens)
}

/// Sorts and dedups `items`, then hands each to `add` once.
fn add_once(items: &mut Vec<String>, mut add: impl FnMut(String)) {
    items.sort_unstable();
    items.dedup();
    for t in items.drain(..) {
        add(t);
    }
}

/// Records the candidates of one head piece; returns `false` for a segment too long to be
/// one.
fn head_piece(key: &str, piece: &[Token], found: &mut Found) -> bool {
    if !is_head_piece(key, piece) {
        return false;
    }
    if is_template_shape(piece) && piece.len() >= 2 {
        found.head_lines.push(join(key, piece));
    }
    for len in 2..piece.len() {
        let start = &piece[..len];
        if is_head_start_shape(start) {
            found.head_starts.push(join(key, start));
        }
        let end = &piece[piece.len() - len..];
        if is_head_end_shape(end) {
            found.head_ends.push(join(key, end));
        }
    }
    for i in 0..piece.len() {
        for len in 3..=4 {
            if let Some(run) = piece.get(i..i + len) {
                if is_mid_shape(key, run) {
                    found.head_mids.push(join(key, run));
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::TemplateKind;

    /// Counts read from a file can be any number below `u64::MAX`: merging them and choosing
    /// templates from them holds sums and products at the top instead of overflowing (which
    /// panics in a debug build, as this test runs).
    #[test]
    fn counts_near_the_top_neither_overflow_nor_panic() {
        let huge = u64::MAX - 1;
        let site = || {
            let mut counts = SiteCounts {
                docs: huge,
                contact: huge,
                ..SiteCounts::default()
            };
            counts.starts.insert(7, huge);
            counts.tails.insert("رابط الخبر".to_owned(), (huge, huge));
            counts.head_lines.insert("محرر".to_owned(), huge);
            counts.head_starts.insert("محرر سعيد".to_owned(), huge);
            counts.head_ends.insert("– المثال".to_owned(), huge);
            counts.head_mids.insert("– x –".to_owned(), huge);
            counts.mids.insert("– x –".to_owned(), huge);
            counts
        };
        let mut ours = ProfileCounts::new();
        ours.sites.insert("a.org".to_owned(), site());
        let mut theirs = ProfileCounts::new();
        theirs.sites.insert("a.org".to_owned(), site());
        theirs.sites.insert("b.org".to_owned(), site());
        ours.merge(theirs);
        assert_eq!(ours.sites["a.org"].docs, u64::MAX);
        assert_eq!(
            ours.sites["a.org"].tails["رابط الخبر"],
            (u64::MAX, u64::MAX)
        );
        assert_eq!(ours.documents(), u64::MAX);
        ours.add("a.org", "عنوان\nنص الخبر هنا، وهو نص.");
        assert_eq!(ours.sites["a.org"].docs, u64::MAX);
        // Choosing templates multiplies counts by percentages.
        let profiles = ours.build();
        assert!(profiles.get("a.org").is_some());
    }

    /// Pages of a fake site: a varied body, a permalink after the last sentence on one page
    /// in `every`, a byline on every page.
    fn pages(n: usize, every: usize) -> Vec<String> {
        (0..n)
            .map(|i| {
                let tail = if i % every == 0 {
                    format!(" رابط الخبر بصحيفة المثال: {} رقم {i}", ["خبر", "تقرير", "لقاء", "حوار"][i % 4])
                } else {
                    String::new()
                };
                format!(
                    "{} {i}\nمحرر {} – المثال\nقال المتحدث في اليوم {i} إن الاجتماع انتهى، وإن اللجنة ستعود للانعقاد بعد أسبوع من الآن.{tail}\n",
                    ["خبر", "تقرير", "لقاء", "حوار", "متابعة"][i % 5],
                    ["سعيد", "علي", "منى"][i % 3]
                )
            })
            .collect()
    }

    fn templates(counts: &ProfileCounts, site: &str) -> Vec<(TemplateKind, String, u64)> {
        counts
            .build()
            .get(site)
            .map(|p| {
                p.templates()
                    .iter()
                    .map(|t| (t.kind(), t.text().to_owned(), t.docs()))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn learns_tail_and_head() {
        let mut counts = ProfileCounts::new();
        for p in pages(200, 2) {
            counts.add("example.com", &p);
        }
        let got = templates(&counts, "example.com");
        assert!(
            got.contains(&(TemplateKind::Tail, "رابط الخبر بصحيفة المثال :".into(), 100)),
            "{got:#?}"
        );
        assert!(
            got.contains(&(TemplateKind::HeadEnd, "- المثال".into(), 200)),
            "{got:#?}"
        );
        // The body's phrasing recurs on every page, but inside sentences or as the lead.
        assert!(
            !got.iter().any(|(_, t, _)| t.contains("المتحدث")),
            "{got:#?}"
        );
    }

    #[test]
    fn rare_templates_are_not_learned() {
        let mut counts = ProfileCounts::new();
        // A permalink on 1 page in 150 of 600: 4 pages, under both thresholds.
        for p in pages(600, 150) {
            counts.add("example.com", &p);
        }
        let got = templates(&counts, "example.com");
        assert!(
            !got.iter().any(|(k, _, _)| *k == TemplateKind::Tail),
            "{got:#?}"
        );
    }

    #[test]
    fn closing_sentences_are_not_templates() {
        let mut counts = ProfileCounts::new();
        for i in 0..100 {
            counts.add(
                "example.com",
                &format!("عنوان {i}\nجرى الحديث عن الموضوع رقم {i} بالتفصيل في الاجتماع الذي عقد أمس. والله ولي التوفيق.\n"),
            );
        }
        assert_eq!(templates(&counts, "example.com"), []);
    }

    #[test]
    fn duplicates_count_once() {
        let mut counts = ProfileCounts::new();
        assert!(counts.add("example.com", "Same text"));
        assert!(!counts.add("www.example.com", "Same text"));
        assert!(!counts.add("example.com", "Same text"));
        assert!(counts.add("example.com", "Same text."));
        assert_eq!(counts.documents(), 2);
    }

    #[test]
    fn merge_is_exact_and_order_free() {
        let all = pages(120, 3);
        let mut whole = ProfileCounts::new();
        for p in &all {
            whole.add("example.com", p);
        }
        let mut parts: Vec<ProfileCounts> = (0..3).map(|_| ProfileCounts::new()).collect();
        for (i, p) in all.iter().enumerate() {
            parts[i % 3].add("example.com", p);
        }
        let mut forward = ProfileCounts::new();
        for p in parts.clone() {
            assert_eq!(forward.merge(p), 0);
        }
        let mut backward = ProfileCounts::new();
        for p in parts.into_iter().rev() {
            backward.merge(p);
        }
        assert_eq!(forward, whole);
        assert_eq!(backward, whole);
        // A text both sides counted is reported.
        let mut a = ProfileCounts::new();
        a.add("example.com", "Same text");
        let b = a.clone();
        assert_eq!(a.merge(b), 1);
    }
}
