//! [`DenyList`]: templates a person reviewed and found to be article phrasing.

use crate::profile::error::{ProfileError, ProfileErrorKind};
use crate::profile::{site_key, tokens, TemplateKind};

/// Templates never to learn or apply, named by site, kind and text.
///
/// Its text form has one entry per line: the site (or `*` for every site), the kind (or `*`),
/// and the template's text in any spelling, since it is folded like the profiles are. The
/// lines that `textsieve profiles show` prints are entries as they are (their third,
/// tab-separated column of counts is ignored): copy the ones to deny. Blank lines and lines
/// starting with `#` are ignored.
///
/// An entry denies the template with that text and those that would cut where it does: for
/// the kinds matched by their opening (`tail`, `head-line`, `head-start`), every one that
/// opens with it and every shorter one it opens with; for `head-end`, the same by endings.
///
/// ```
/// use textsieve::{DenyList, TemplateKind};
/// let deny = DenyList::parse("\
/// ## reviewed 2015-08
/// example.com\ttail\t12/12\tوالله ولي التوفيق
/// * head-end – بقلم
/// ")?;
/// assert_eq!(deny.len(), 2);
/// let mut more = DenyList::new();
/// more.add(Some("example.com"), Some(TemplateKind::Tail), "والله وليّ التوفيق.");
/// assert_eq!(more.len(), 1);
/// # Ok::<(), textsieve::ProfileError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DenyList {
    entries: Vec<Denied>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Denied {
    site: Option<String>,
    kind: Option<TemplateKind>,
    text: String,
}

impl DenyList {
    /// An empty list.
    pub fn new() -> DenyList {
        DenyList::default()
    }

    /// Reads entries, one per line (see the type's docs).
    ///
    /// # Errors
    ///
    /// A [`ProfileError`] of kind [`ProfileErrorKind::DenyList`] naming the first line that
    /// has no site, an unknown kind, or no text (except for `contact`, which has none).
    pub fn parse(text: &str) -> Result<DenyList, ProfileError> {
        let mut list = DenyList::new();
        for (n, line) in text.lines().enumerate() {
            // Spaces go, tabs stay: an empty last column is a column.
            let line = line.trim_matches(|c: char| c.is_whitespace() && c != '\t');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: &str| {
                ProfileError::new(ProfileErrorKind::DenyList, Some(n + 1), what.to_owned())
            };
            let (site, kind, rest) = if line.contains('\t') {
                let mut cols = line.split('\t');
                let site = cols.next().unwrap_or("");
                let kind = cols.next().unwrap_or("");
                let cols: Vec<&str> = cols.collect();
                // `profiles show` lines have a column of counts before the text.
                let text = match cols.as_slice() {
                    [] => "",
                    [text] | [_, text] => text,
                    _ => return Err(bad("expected at most four tab-separated columns")),
                };
                (site, kind, text)
            } else {
                let mut parts = line.splitn(3, ' ');
                let site = parts.next().unwrap_or("");
                let kind = parts.next().unwrap_or("");
                (site, kind, parts.next().unwrap_or(""))
            };
            if site.is_empty() {
                return Err(bad("expected: SITE KIND TEXT"));
            }
            let kind = match kind {
                "*" => None,
                k => Some(k.parse::<TemplateKind>().map_err(|()| {
                    bad(&format!(
                        "unknown template kind {k:?}; expected *, tail, head-line, head-start, head-end or contact"
                    ))
                })?),
            };
            // Judged on the canonical text: one of invisible marks alone (`\u{200F}`) is no
            // text either, and as an empty one it would deny every contact template.
            if tokens::canonical(rest).is_empty() && kind != Some(TemplateKind::Contact) {
                return Err(bad("no template text"));
            }
            list.add((site != "*").then_some(site), kind, rest);
        }
        Ok(list)
    }

    /// Adds an entry: templates of `site` (every site for `None`) and `kind` (every kind for
    /// `None`) with `text`, in any spelling.
    pub fn add(
        &mut self,
        site: Option<&str>,
        kind: Option<TemplateKind>,
        text: &str,
    ) -> &mut DenyList {
        self.entries.push(Denied {
            site: site.map(site_key),
            kind,
            text: tokens::canonical(text),
        });
        self
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether a template of `site` of `kind` with the canonical `text` is denied.
    pub(crate) fn denies(&self, site: &str, kind: TemplateKind, text: &str) -> bool {
        self.entries.iter().any(|d| {
            d.site.as_deref().is_none_or(|s| s == site)
                && d.kind.is_none_or(|k| k == kind)
                && covers(kind, &d.text, text)
        })
    }
}

/// Whether the denied text `denied` covers the template `text` of `kind`: the same tokens,
/// or one a token-wise opening (for head endings, ending) of the other, since both would cut
/// where the denied one does.
fn covers(kind: TemplateKind, denied: &str, text: &str) -> bool {
    if denied == text {
        return true;
    }
    let (long, short) = if denied.len() > text.len() {
        (denied, text)
    } else {
        (text, denied)
    };
    match kind {
        TemplateKind::Contact => denied.is_empty(),
        TemplateKind::HeadEnd => long
            .strip_suffix(short)
            .is_some_and(|rest| rest.ends_with(' ')),
        _ => long
            .strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(' ')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const CASES: &[(&str, &str, TemplateKind, &str, bool)] = &[
        // name,            site,          kind,                    template,             denied
        ("exact",           "example.com", TemplateKind::Tail,      "رابط الخبر",          true),
        ("longer",          "example.com", TemplateKind::Tail,      "رابط الخبر بصحيفة",   true),
        ("word-prefix-only","example.com", TemplateKind::Tail,      "رابط الخبرية",        false),
        ("shorter",         "example.com", TemplateKind::Tail,      "رابط",               true),
        ("other-kind",      "example.com", TemplateKind::HeadStart, "رابط الخبر",          false),
        ("other-site",      "x.org",       TemplateKind::Tail,      "رابط الخبر",          false),
        ("any-site-end",    "x.org",       TemplateKind::HeadEnd,   "سعيد - بقلم",         true),
        ("end-is-suffix",   "x.org",       TemplateKind::HeadEnd,   "- بقلم سعيد",         false),
        ("any-kind",        "other.org",   TemplateKind::HeadLine,  "foo bar baz",        true),
    ];

    #[test]
    fn matching() {
        let deny =
            DenyList::parse("example.com tail رابط الخبر\n* head-end – بقلم\nother.org * foo bar")
                .unwrap();
        let mut failed = Vec::new();
        for &(name, site, kind, text, want) in CASES {
            if deny.denies(site, kind, text) != want {
                failed.push(name);
            }
        }
        assert!(failed.is_empty(), "{failed:?}");
    }

    #[test]
    fn show_lines_are_entries() {
        let deny =
            DenyList::parse("www.Example.com\ttail\t729/729\tرابط الخبر بصحيفة الوئام:").unwrap();
        assert!(deny.denies(
            "example.com",
            TemplateKind::Tail,
            "رابط الخبر بصحيفة الويام :"
        ));
        let deny = DenyList::parse("example.com\tcontact\t26/700\t").unwrap();
        assert!(deny.denies("example.com", TemplateKind::Contact, ""));
    }

    #[test]
    fn errors_name_the_line() {
        for (text, line) in [
            ("\n\nexample.com tailz foo", 3),
            ("example.com tail", 1),
            ("# ok\nexample.com", 2),
            // Text of invisible marks only: nothing once folded, so no text.
            ("* * \u{200F}", 1),
            ("example.com tail \u{200B}\u{200F}", 1),
        ] {
            let err = DenyList::parse(text).unwrap_err();
            assert_eq!(err.kind(), ProfileErrorKind::DenyList, "{text:?}");
            assert_eq!(err.line(), Some(line), "{text:?}");
        }
    }
}
