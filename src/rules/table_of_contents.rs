//! `table-of-contents`: a page's own table of contents, whose entries are the headings of
//! the article below it.

use std::collections::HashMap;

use crate::doc::{Doc, Line};
use crate::fold::fold;
use crate::lexicon::TOC_HEADINGS;
use crate::rule::{Reason, Removal, Rule};
use crate::rules::{digit, DECIMAL};

const ID: &str = "table-of-contents";

/// Fewest entries that make a table of contents.
const MIN_ENTRIES: usize = 3;

/// Largest section number: tables of contents count chapters, not years or model numbers
/// (`8220 Flip`, `2019 Plans were made`).
const MAX_SECTION: u32 = 99;

/// Longest entry title, in words: entries are headings.
const MAX_TITLE_WORDS: usize = 12;

/// Whether `key`, a line's folded key, is the heading `heading` of a table of contents (a
/// phrase of [`TOC_HEADINGS`]): the whole line, a trailing `:` allowed.
pub(crate) fn is_heading_key(key: &str, heading: &str) -> bool {
    key.trim_end_matches(':').trim() == heading
}

/// Removes a page's own table of contents: numbered entries (`1 History`, `1.1 Early
/// years`, `٢ القيمة الغذائية للخس`), one per line or several on a line apart by runs of
/// spaces, whose numbers ascend and whose titles come back later in the page as the
/// article's headings; with the `Contents` heading above them.
///
/// The titles coming back is what tells a table of contents from an article's own numbered
/// list, whose items are never repeated as headings below it.
///
/// ```
/// use textsieve::{CleanerBuilder, TableOfContents};
/// let cleaner = CleanerBuilder::empty().rule(TableOfContents).build()?;
/// let page = "Contents\n1 History\n2 Design\n3 Reception\nHistory\nThe line opened in 1904.\nDesign\nIt runs on a third rail.\nReception\nCritics liked it.\n";
/// assert_eq!(
///     cleaner.clean(page),
///     "History\nThe line opened in 1904.\nDesign\nIt runs on a third rail.\nReception\nCritics liked it.\n"
/// );
/// // An article's own numbered steps are not repeated below: they stay.
/// let steps = "1 Heat the oven\n2 Mix the flour\n3 Bake for an hour\nServe warm.\n";
/// assert_eq!(cleaner.clean(steps), steps);
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct TableOfContents;

/// The section number a segment opens with (`[1, 2]` for `1.2`), and the rest of it.
fn number(segment: &str) -> Option<(Vec<u32>, &str)> {
    let mut number = Vec::new();
    let mut value: Option<u32> = None;
    let mut end = segment.len();
    for (i, c) in segment.char_indices() {
        if let Some(d) = digit(c) {
            value = Some(value.unwrap_or(0).saturating_mul(DECIMAL).saturating_add(d));
        } else if c == '.' && value.is_some() {
            number.push(value.take()?);
        } else {
            end = i;
            break;
        }
    }
    number.extend(value);
    (!number.is_empty()).then_some((number, &segment[end..]))
}

/// An entry: its section number and its title (a heading: a letter first, a few words).
fn entry(segment: &str) -> Option<(Vec<u32>, &str)> {
    let (number, rest) = number(segment)?;
    let title = rest.trim();
    let words = title.split_whitespace().count();
    let letter = title.chars().next().is_some_and(char::is_alphabetic);
    (rest.starts_with(char::is_whitespace) && letter && words <= MAX_TITLE_WORDS)
        .then_some((number, title))
}

/// The entries of a line made only of entries. Entries stand apart by runs of two or more
/// spaces, and a number may stand apart from its title the same way (`٢    القيمة الغذائية`).
fn entries<'d>(line: &Line<'d>) -> Option<Vec<(Vec<u32>, &'d str)>> {
    let text = line.text();
    // Every entry line opens with a number: most lines are ruled out by their first byte.
    if !text.trim_start().starts_with(|c: char| digit(c).is_some()) {
        return None;
    }
    let mut out = Vec::new();
    let mut pending: Option<Vec<u32>> = None;
    for segment in text.split("  ").map(str::trim).filter(|s| !s.is_empty()) {
        match (pending.take(), number(segment)) {
            // A bare number: its title is the next segment.
            (None, Some((n, ""))) => pending = Some(n),
            (Some(n), _) => {
                let title = segment;
                let words = title.split_whitespace().count();
                let letter = title.chars().next().is_some_and(char::is_alphabetic);
                if !letter || words > MAX_TITLE_WORDS {
                    return None;
                }
                out.push((n, title));
            }
            (None, _) => out.push(entry(segment)?),
        }
    }
    (pending.is_none() && !out.is_empty()).then_some(out)
}

impl Rule for TableOfContents {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        // Where each short line's text last occurs, built for the first block of entries
        // that could make a table (most pages have none): a block's titles are then looked
        // up, not searched for below it, and a page of many blocks costs its length once.
        let mut last_seen: Option<LastSeen<'_>> = None;
        let mut k = 0;
        while k < doc.len() {
            // A block of entry lines, blank lines allowed between them.
            let (mut titles, mut numbers, mut last) = (Vec::new(), Vec::new(), None);
            let mut j = k;
            while let Some(line) = doc.line(j) {
                if line.is_blank() {
                    j += 1;
                    continue;
                }
                let Some(found) = entries(&line) else {
                    break;
                };
                for (number, title) in found {
                    numbers.push(number);
                    titles.push(title);
                }
                last = Some(j);
                j += 1;
            }
            let Some(last) = last else {
                k = j + 1;
                continue;
            };
            if is_outline(&numbers, &titles)
                && titles_come_back(
                    &titles,
                    last,
                    last_seen.get_or_insert_with(|| LastSeen::new(doc)),
                )
            {
                let mut first = k;
                while let Some(prev) = first.checked_sub(1).and_then(|i| doc.line(i)) {
                    if prev.is_blank()
                        || TOC_HEADINGS
                            .iter()
                            .any(|heading| is_heading_key(prev.key(), heading))
                    {
                        first -= 1;
                    } else {
                        break;
                    }
                }
                if let (Some(a), Some(b)) = (doc.line(first), doc.line(last)) {
                    out.push(Removal::new(
                        a.span().start..b.span_with_break().end,
                        ID,
                        Reason::TableOfContents {
                            entries: titles.len(),
                        },
                    ));
                }
            }
            k = last + 1;
        }
    }
}

/// Whether numbered entries read as a table of contents' outline: enough of them, section
/// numbers (the first 0 or 1, none above [`MAX_SECTION`]) ascending.
fn is_outline(numbers: &[Vec<u32>], titles: &[&str]) -> bool {
    titles.len() >= MIN_ENTRIES
        && numbers.iter().flatten().all(|&n| n <= MAX_SECTION)
        && numbers.first().is_some_and(|n| n[0] <= 1)
        && numbers.windows(2).all(|w| w[1] > w[0])
}

/// Whether at least half of the `titles` of a block of entries ending at line `last` come
/// back as lines after it: the headings of the article the table lists. A title folded is
/// comparable with a line's key (folding leaves no white space at either end).
fn titles_come_back(titles: &[&str], last: usize, last_seen: &LastSeen<'_>) -> bool {
    let back = titles
        .iter()
        .filter(|t| {
            last_seen
                .0
                .get(fold(t).as_str())
                .is_some_and(|&at| at > last)
        })
        .count();
    back * 2 >= titles.len()
}

/// The key (folded text) of every short line (a heading's length) of a document, with the index
/// of the last line that holds it.
struct LastSeen<'d>(HashMap<&'d str, usize>);

impl<'d> LastSeen<'d> {
    fn new(doc: &'d Doc<'_>) -> LastSeen<'d> {
        LastSeen(
            doc.lines()
                .filter(|l| !l.is_blank() && l.words() <= MAX_TITLE_WORDS)
                .map(|l| (l.key(), l.index()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(input: &str) -> Vec<String> {
        let doc = Doc::new(input);
        let mut out = Vec::new();
        TableOfContents.find(&doc, &mut out);
        out.iter()
            .map(|r| input[r.span.clone()].to_owned())
            .collect()
    }

    const BODY: &str = "History\nThe line opened in 1904.\nDesign\nIt runs on a third rail.\nReception\nCritics liked it.\n";

    #[test]
    fn one_entry_per_line() {
        let page = format!("Contents\n1 History\n2 Design\n2.1 Rails\n3 Reception\n{BODY}");
        assert_eq!(
            removed(&page),
            ["Contents\n1 History\n2 Design\n2.1 Rails\n3 Reception\n"]
        );
    }

    #[test]
    fn entries_glued_on_lines_arabic_digits() {
        let page = "محتويات\n١    فوائد الخس\n٢    القيمة الغذائية للخس        ٣    أضرار الخس\nفوائد الخس\nنص.\nالقيمة الغذائية للخس\nنص.\nأضرار الخس\nنص.\n";
        assert_eq!(
            removed(page),
            ["محتويات\n١    فوائد الخس\n٢    القيمة الغذائية للخس        ٣    أضرار الخس\n"]
        );
    }

    #[test]
    fn numbered_list_of_an_article_stays() {
        // Steps that never come back as headings.
        let page = format!("1 Heat the oven\n2 Mix the flour\n3 Bake for an hour\n{BODY}");
        assert!(removed(&page).is_empty());
    }

    #[test]
    fn descending_or_too_few_stay() {
        let page = format!("3 History\n2 Design\n1 Reception\n{BODY}");
        assert!(removed(&page).is_empty());
        let page = format!("1 History\n2 Design\n{BODY}");
        assert!(removed(&page).is_empty());
    }

    #[test]
    fn model_numbers_are_not_sections() {
        let page = "8220 Flip\n8300 Curve\n8520 Bold\nFlip\nCurve\nBold\n";
        assert!(removed(page).is_empty());
        let page = "3 History\n4 Design\n5 Reception\nHistory\nDesign\nReception\n";
        assert!(removed(page).is_empty());
    }

    #[test]
    fn years_and_sentences_are_not_entries() {
        assert!(entry("2020 was a good year for the line.").is_some()); // an entry shape...
        let page = format!("2019 Plans were made\n2020 Work began\n2021 The line opened\n{BODY}");
        assert!(removed(&page).is_empty()); // ...but its titles never come back
        assert_eq!(
            entry("1.5 million people").map(|(n, _)| n),
            Some(vec![1, 5])
        );
        assert!(entry("12").is_none());
        assert!(entry("3.14").is_none());
    }

    #[test]
    fn a_title_must_come_back_below_the_block_not_above() {
        // The headings stand above the entries: no table of contents.
        let page = "History\nDesign\nReception\n1 History\n2 Design\n3 Reception\n";
        assert!(removed(page).is_empty());
    }

    #[test]
    fn many_blocks_of_entries_each_judged_alone() {
        // The first block's titles come back below it, the second's do not.
        let page = "1 Alpha\n2 Beta\n3 Gamma\nAlpha\nBeta\nGamma\n1 Delta\n2 Omega\n3 Sigma\nend\n";
        assert_eq!(removed(page), ["1 Alpha\n2 Beta\n3 Gamma\n"]);
    }

    /// [`titles_come_back`] as first written: the lines after the block searched for each
    /// block (quadratic on a page of many blocks).
    fn naive_titles_come_back(doc: &Doc<'_>, titles: &[&str], last: usize) -> bool {
        let later: Vec<String> = doc
            .lines()
            .skip(last + 1)
            .filter(|l| !l.is_blank() && l.words() <= MAX_TITLE_WORDS)
            .map(|l| fold(l.text()))
            .collect();
        let back = titles.iter().filter(|t| later.contains(&fold(t))).count();
        back * 2 >= titles.len()
    }

    proptest::proptest! {
        #[test]
        fn titles_come_back_matches_naive_twin(
            lines in proptest::collection::vec(proptest::sample::select(vec![
                "", "Alpha", "ALPHA", "Beta", "Gamma", " Beta ", "x", "1 Alpha", "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu",
            ]), 0..14),
            titles in proptest::collection::vec(proptest::sample::select(vec!["Alpha", "beta", "Gamma", "Zeta"]), 1..5),
            last in 0usize..16,
        ) {
            let text = lines.join("\n");
            let doc = Doc::new(&text);
            proptest::prop_assert_eq!(
                titles_come_back(&titles, last, &LastSeen::new(&doc)),
                naive_titles_come_back(&doc, &titles, last)
            );
        }
    }
}
