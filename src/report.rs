//! The result of [`explain`](crate::explain): the output and every removal.

use std::fmt;

use crate::doc::BlockKind;
use crate::rule::Removal;

/// What [`explain`](crate::explain) returns: the cleaned text, and every removed span of the
/// input with the rule that removed it and why.
///
/// Removals are sorted, do not overlap, lie on `char` boundaries, and `output` is exactly the
/// input with them cut out.
///
/// Its `Display` prints one line per removal: the byte range, the rule id, the reason and a
/// snippet of the removed text.
///
/// ```
/// let report = textsieve::explain("Body text stays here.\nADVERTISEMENT\nMore body text.");
/// assert_eq!(report.output, "Body text stays here.\nMore body text.");
/// assert_eq!(report.removals[0].span, 22..36);
/// assert_eq!(report.removals[0].rule, "ad-marker");
/// assert_eq!(report.to_string(), "22..36 ad-marker advertisement label \"ADVERTISEMENT\"\n");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// The cleaned text, equal to [`clean`](crate::clean) of the same input.
    pub output: String,
    /// The removed spans of the input, sorted and disjoint.
    pub removals: Vec<Removal>,
    /// Whether what is left holds an article.
    pub page: PageKind,
    input_snippets: Vec<String>,
}

/// What a page is, judged on what cleaning left of it: an article, or a page with none (a
/// portal, a section front, a directory, search results, a page of teasers).
///
/// ```
/// use textsieve::PageKind;
/// let article = "The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n".repeat(3);
/// assert_eq!(textsieve::explain(&article).page, PageKind::Article);
/// let portal = "World\nSport\nTrain strike called off\nPanda twins born\nWeather\n";
/// assert_eq!(textsieve::explain(portal).page, PageKind::Listing);
/// // A news brief: its headline and one paragraph.
/// let brief = "Council expands the night bus network\nThe council voted on Tuesday to expand the night bus network, adding eleven routes that link the eastern districts with the centre of the city, after a debate that lasted several hours on Tuesday night.\n";
/// assert_eq!(textsieve::explain(brief).page, PageKind::Article);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageKind {
    /// What is left holds a run of prose of at least [`PageKind::ARTICLE_WORDS`] words, or
    /// is a news brief: one paragraph of that length, under its headline or alone.
    #[default]
    Article,
    /// What is left holds no such run: no article.
    Listing,
}

impl PageKind {
    /// Words of prose in a row (a paragraph, or paragraphs with nothing but short lines
    /// between them) that make an article: a news brief is longer, a teaser's blurb shorter.
    pub const ARTICLE_WORDS: usize = 30;

    /// The verdict as a word, `"article"` or `"listing"`, as the CLI writes it.
    ///
    /// ```
    /// assert_eq!(textsieve::PageKind::Listing.as_str(), "listing");
    /// assert_eq!(textsieve::PageKind::Article.to_string(), "article");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Listing => "listing",
        }
    }

    /// The body's score counts a lone paragraph under a headline at half, as it does a
    /// teaser's blurb, so that a page of teasers scores low; but a page whose one paragraph
    /// is that long is the brief itself (7% of the `SaudiNewsNet` articles were called listings
    /// before this, most of them a headline over a paragraph of 30 to 60 words).
    pub(crate) fn of(doc: &crate::doc::Doc<'_>) -> PageKind {
        let mut prose = doc.blocks().iter().filter(|b| b.kind == BlockKind::Prose);
        let brief = match (prose.next(), prose.next()) {
            (Some(only), None) => {
                usize::try_from(only.units).unwrap_or(usize::MAX) >= PageKind::ARTICLE_WORDS
            }
            _ => false,
        };
        if brief || crate::rules::article_region::body_score(doc) >= PageKind::ARTICLE_WORDS {
            PageKind::Article
        } else {
            PageKind::Listing
        }
    }
}

impl fmt::Display for PageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Longest snippet shown per removal, in characters.
const SNIPPET_CHARS: usize = 60;

impl Report {
    pub(crate) fn new(
        input: &str,
        output: String,
        removals: Vec<Removal>,
        page: PageKind,
    ) -> Report {
        let input_snippets = removals
            .iter()
            .map(|r| snippet(&input[r.span.clone()]))
            .collect();
        Report {
            output,
            removals,
            page,
            input_snippets,
        }
    }

    /// Bytes removed per rule id, in order of first appearance.
    ///
    /// ```
    /// let report = textsieve::explain("Text here.\nAdvertisement\nMore text.");
    /// assert_eq!(report.removed_bytes_by_rule(), vec![("ad-marker", 14)]);
    /// ```
    pub fn removed_bytes_by_rule(&self) -> Vec<(&'static str, usize)> {
        let mut totals: Vec<(&'static str, usize)> = Vec::new();
        for r in &self.removals {
            match totals.iter_mut().find(|(id, _)| *id == r.rule) {
                Some((_, n)) => *n += r.span.len(),
                None => totals.push((r.rule, r.span.len())),
            }
        }
        totals
    }
}

/// Appends how `c` is shown in a snippet: a line break as `⏎`, a quote escaped, control and
/// invisible characters as `\u{…}`.
fn push_shown(c: char, out: &mut String) {
    match c {
        '\n' => out.push('⏎'),
        '"' => out.push_str("\\\""),
        _ if c.is_control() || crate::script::is_invisible(c) => out.extend(c.escape_unicode()),
        _ => out.push(c),
    }
}

/// The removed text with line breaks shown as `⏎`, shortened in the middle when long.
///
/// Reads only as many characters from each end as it shows: a removal of a whole 50 MB
/// line costs no copy of it.
fn snippet(removed: &str) -> String {
    // Trailing line breaks are not shown (nor a trailing `⏎`, which looks the same).
    let removed = removed.trim_end_matches(['\n', '⏎']);
    let mut head = String::new();
    // Characters in `head`, counted as they are pushed.
    let mut shown = 0;
    for c in removed.chars() {
        let before = head.len();
        push_shown(c, &mut head);
        shown += head[before..].chars().count();
        if shown > SNIPPET_CHARS {
            break;
        }
    }
    if shown <= SNIPPET_CHARS {
        return head;
    }
    let half = SNIPPET_CHARS / 2;
    let head: String = head.chars().take(half).collect();
    // Shown characters from the end, last first.
    let mut back: Vec<char> = Vec::with_capacity(half + 16);
    let mut one = String::new();
    for c in removed.chars().rev() {
        one.clear();
        push_shown(c, &mut one);
        back.extend(one.chars().rev());
        if back.len() >= half {
            break;
        }
    }
    let tail: String = back[..half].iter().rev().collect();
    format!("{head}…{tail}")
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (r, text) in self.removals.iter().zip(&self.input_snippets) {
            writeln!(
                f,
                "{}..{} {} {} \"{text}\"",
                r.span.start, r.span.end, r.rule, r.reason
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;
    use proptest::prelude::*;

    #[test]
    fn a_brief_is_an_article_and_teasers_are_not() {
        let blurb = "The council voted on Tuesday to expand the night bus network, adding eleven routes that link the eastern districts with the centre of the city, after a debate that lasted several hours on Tuesday night.";
        let brief = format!("Council expands the night bus network\n{blurb}\n");
        assert_eq!(PageKind::of(&Doc::new(&brief)), PageKind::Article);
        // Two headlines, each over a blurb as long: a page of teasers.
        let teasers = format!("Council expands the night bus network\n{blurb}\nHarbour ferries return to the island\n{blurb}\n");
        assert_eq!(PageKind::of(&Doc::new(&teasers)), PageKind::Listing);
        // One short paragraph is not enough.
        let short =
            "Council expands the night bus network\nThe council voted on Tuesday to add routes.\n";
        assert_eq!(PageKind::of(&Doc::new(short)), PageKind::Listing);
    }

    /// Naive twin of [`snippet`]: shows the whole removal, then shortens it.
    fn naive_snippet(removed: &str) -> String {
        let mut flat = String::with_capacity(removed.len());
        for c in removed.chars() {
            match c {
                '\n' => flat.push('⏎'),
                '"' => flat.push_str("\\\""),
                _ if c.is_control() || crate::script::is_invisible(c) => {
                    flat.extend(c.escape_unicode());
                }
                _ => flat.push(c),
            }
        }
        let flat = flat.trim_end_matches('⏎');
        let count = flat.chars().count();
        if count <= SNIPPET_CHARS {
            return flat.to_owned();
        }
        let half = SNIPPET_CHARS / 2;
        let head: String = flat.chars().take(half).collect();
        let tail: String = flat.chars().skip(count - half).collect();
        format!("{head}…{tail}")
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.

        #[test]
        fn snippet_agrees_with_naive(removed in "[a-z\"\n⏎\u{0}-\u{1F}\u{200F}\u{FEFF}\u{0627}-\u{064A}]{0,100}") {
            prop_assert_eq!(snippet(&removed), naive_snippet(&removed));
        }
    }

    #[test]
    fn long_removals_are_shortened() {
        let text = "a".repeat(40) + &"\u{1}".repeat(40) + "\n\n";
        assert_eq!(snippet(&text), naive_snippet(&text));
        assert!(snippet(&text).ends_with("\\u{1}"));
        assert_eq!(snippet("\"\n\n"), "\\\"");
    }
}
