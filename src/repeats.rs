//! Passages a page prints twice: where one comes back, the second copy goes.
//!
//! Pages repeat whole passages of their article: a slideshow rendered once as slides and
//! once as a list, a paywalled article's free paragraphs printed above the full text, the
//! article in a print view under the screen view. The second copy is no new text, so for a
//! corpus it is boilerplate, and no phrase or shape of the line tells it: only the page
//! does, by holding the passage already. This stage runs after the rules and the line
//! model, on the lines both keep, so the copy that stays is one that is kept: a passage goes
//! only where its first copy stays.
//!
//! Authors repeat text too, and that stays: one paragraph said again (a pull quote, a
//! refrain of short lines), a text printed again with its spelling put right, a document
//! quoted in full under a line ending in a colon, and a variant of a passage (an amended
//! clause, a recipe's second version) whose copies run on into different prose.

use std::collections::hash_map::{Entry, HashMap};
use std::hash::Hasher;
use std::ops::Range;

use crate::doc::{Doc, Line};
use crate::phrases::Fnv;
use crate::ranges::RangeCursor;
use crate::rule::{Reason, Removal};

/// Rule id under which the second copies of repeated passages are reported.
///
/// ```
/// let paragraphs = "The council voted on Tuesday to expand the bus network across the city, \
///     adding eleven routes and a night service that runs on weekends.\n\
///     The first night routes open in March, and the rest follow over the next two years as new \
///     drivers are hired and trained for them.\n";
/// let page = format!("{paragraphs}Photos\n{paragraphs}");
/// let report = textsieve::explain(&page);
/// assert_eq!(report.output, format!("{paragraphs}Photos\n"));
/// assert!(report.removals.iter().all(|r| r.rule == textsieve::REPEATED_PASSAGE));
/// ```
pub const REPEATED_PASSAGE: &str = "repeated-passage";

/// Fewest paragraphs in a passage that goes when it comes back: two. One line said twice
/// is most often the article's own: a pull quote, the question a list post asks in its
/// introduction and again as a heading, the sign-off that ends every post of a blog's front
/// page.
const MIN_PARAGRAPHS: usize = 2;

/// Fewest words (see [`Line::units`]) of a paragraph here: a prose line (see
/// [`Line::is_prose`]) of a sentence or more. The rows of a results table (`2. Weiland,
/// Michele 1992 LG Filstal 13,22 sec.`), which a page may print again in a ranking, and
/// list items are shorter, and stay.
const MIN_PARAGRAPH_UNITS: usize = 20;

/// Most words of a label that, standing over both copies, makes them a refrain (`Chorus`,
/// `Refrain 2x`, a speaker's name): a slide's counter (`Slide 1 of 3`) or a title is longer.
const MAX_LABEL_WORDS: usize = 3;

/// Bytes of a paragraph's key that its fingerprint reads (see [`may_repeat`]).
const FINGERPRINT_BYTES: usize = 32;

/// The later copies of passages that `doc` prints twice, among the lines that no removal in
/// `removed` touches.
///
/// A copy is a run of lines (blank lines skipped) equal, text for text, to a run that ends
/// before it starts, opening with a paragraph and holding [`MIN_PARAGRAPHS`] at least, and
/// not one the author repeats on purpose (see [`is_quoted_or_varied`]). Each line is
/// compared at most twice as part of a later copy (with the first and the latest copy
/// before it), so the time is linear in the text; the texts are hashed with the standard
/// library's keyed hash, which the text cannot pile collisions onto.
pub(crate) fn find(doc: &Doc<'_>, removed: &[Removal], out: &mut Vec<Removal>) {
    if may_repeat(doc) {
        find_copies(doc, removed, out);
    }
}

/// [`find`] without the test of fingerprints that spares most pages the search: its twin in
/// the tests.
fn find_copies(doc: &Doc<'_>, removed: &[Removal], out: &mut Vec<Removal>) {
    let kept = kept_lines(doc, removed);
    // Each paragraph's first and latest places in `kept`: a third copy may match the
    // second one further than the first (slides, then the list of slides, then a print view).
    let mut seen: HashMap<&str, [usize; 2]> = HashMap::new();
    let mut at = 0;
    while let Some(line) = kept.get(at) {
        if !is_paragraph(line) {
            at += 1;
            continue;
        }
        let places = match seen.entry(same_text(line)) {
            Entry::Vacant(slot) => {
                slot.insert([at, at]);
                at += 1;
                continue;
            }
            Entry::Occupied(mut slot) => {
                let places = *slot.get();
                slot.get_mut()[1] = at;
                places
            }
        };
        let matching = |earlier: usize| {
            kept[at..]
                .iter()
                .zip(&kept[earlier..at])
                .take_while(|(later, first)| same_text(later) == same_text(first))
                .count()
        };
        let [first, latest] = places;
        let (from_first, from_latest) = (matching(first), matching(latest));
        let (earlier, copy_len) = if from_latest > from_first {
            (latest, from_latest)
        } else {
            (first, from_first)
        };
        let copy = &kept[at..at + copy_len];
        // Matched with a later copy, the passage is still the author's when it is so beside
        // the first (a plan's third version, a variant of the first as much as the second).
        let on_purpose = is_quoted_or_varied(&kept, earlier, at, copy_len)
            || (earlier != first && is_quoted_or_varied(&kept, first, at, from_first));
        if copy.iter().filter(|l| is_paragraph(l)).count() >= MIN_PARAGRAPHS && !on_purpose {
            let reason = Reason::RepeatedPassage { lines: copy_len };
            out.extend(
                copy.iter()
                    .map(|l| Removal::line(l, REPEATED_PASSAGE, reason.clone())),
            );
        }
        at += copy_len.max(1);
    }
}

/// What two lines must share to be the same line of a passage: their text, trimmed. Not
/// the folded key: an exercise prints its text again with its capitals, vowel marks or
/// hamzas put right, and that answer is new text.
fn same_text<'d>(line: &Line<'d>) -> &'d str {
    line.text().trim()
}

/// Whether the copy of `len` lines at `at` in `kept`, of the passage at `earlier`, is text
/// the author repeats on purpose rather than the page printing it again:
///
/// * it comes right under a line ending in a colon: a document quoted in full (`The clause
///   would then read:`, `I set out the letter in full:`);
/// * the same short label stands right over both copies: a refrain (`Chorus`) or what one
///   speaker says each time;
/// * at its start or at its end, both copies run on into prose that differs: a variant of
///   the passage (an amended clause, a recipe's second version, a contract's clauses for
///   each party), whose shared part reads as complete only with the rest. A page that
///   prints a passage again prints it whole: some furniture, a heading or the page's edge
///   stands before or after one of the copies, or the copies touch.
fn is_quoted_or_varied(kept: &[Line<'_>], earlier: usize, at: usize, len: usize) -> bool {
    let prose = |i: Option<usize>| i.and_then(|i| kept.get(i)).is_some_and(Line::is_prose);
    let before = |i: usize| i.checked_sub(1);
    let announced = before(at)
        .and_then(|i| kept.get(i))
        .is_some_and(|l| l.text().trim_end().ends_with([':', '：']));
    // The same short label over both copies: a song's `Chorus`, a dialogue's speaker.
    let label = |i: usize| {
        before(i)
            .and_then(|i| kept.get(i))
            .filter(|l| l.words() <= MAX_LABEL_WORDS)
    };
    let labelled = match (label(earlier), label(at)) {
        (Some(first), Some(later)) => same_text(first) == same_text(later),
        _ => false,
    };
    // Lines between the end of the first copy and the start of the second.
    let apart = at > earlier + len;
    let varied_start = apart && prose(before(earlier)) && prose(before(at));
    let varied_end = apart && prose(Some(earlier + len)) && prose(Some(at + len));
    announced || labelled || varied_start || varied_end
}

/// Whether two paragraphs of `doc` may be the same: two of them share a fingerprint (the
/// length and first [`FINGERPRINT_BYTES`] bytes of their text, hashed). Equal texts always
/// do; on most pages no two paragraphs do, and the texts are never hashed whole nor the
/// removals sorted.
fn may_repeat(doc: &Doc<'_>) -> bool {
    let mut prints: Vec<u64> = doc
        .lines()
        .filter(is_paragraph)
        .map(|line| {
            let text = same_text(&line).as_bytes();
            let mut hash = Fnv::default();
            hash.write_usize(text.len());
            hash.write(&text[..text.len().min(FINGERPRINT_BYTES)]);
            hash.finish()
        })
        .collect();
    prints.sort_unstable();
    prints.windows(2).any(|pair| pair[0] == pair[1])
}

/// Whether `line` is a paragraph: prose of [`MIN_PARAGRAPH_UNITS`] words or more.
fn is_paragraph(line: &Line<'_>) -> bool {
    line.units() >= MIN_PARAGRAPH_UNITS && line.is_prose()
}

/// The lines of `doc` with text that no span of `removed` touches, in order.
fn kept_lines<'d>(doc: &'d Doc<'_>, removed: &[Removal]) -> Vec<Line<'d>> {
    let spans: Vec<Range<usize>> = removed
        .iter()
        .filter(|r| !r.span.is_empty())
        .map(|r| r.span.clone())
        .collect();
    let mut removed = RangeCursor::new(&spans);
    doc.lines()
        .filter(|line| !line.is_blank() && !removed.overlaps(&line.span()))
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const FIRST: &str = "The council voted on Tuesday to expand the bus network across the city, \
        adding eleven routes and a night service that runs on weekends.";
    const SECOND: &str =
        "The first night routes open in March, and the rest follow over the next two \
        years as new drivers are hired and trained for them.";
    const THIRD: &str = "Officials said the expansion would be paid for by a new levy on parking, \
        which drivers' groups have asked the council to review first.";

    fn repeats(text: &str, removed: &[Removal]) -> Vec<String> {
        let doc = Doc::new(text);
        let mut out = Vec::new();
        find(&doc, removed, &mut out);
        out.iter()
            .map(|r| text[r.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn the_second_copy_of_two_paragraphs_goes() {
        let page = format!("{FIRST}\n\n{SECOND}\nSlide 1 of 2\n{FIRST}\n\n{SECOND}\n{THIRD}\n");
        assert_eq!(
            repeats(&page, &[]),
            [format!("{FIRST}\n"), format!("{SECOND}\n")]
        );
    }

    #[test]
    fn a_third_copy_goes_too() {
        let page = format!("{FIRST}\n{SECOND}\nNext\n{FIRST}\n{SECOND}\nNext\n{FIRST}\n{SECOND}\n");
        // The second copy runs on over the `Next` after it, which came after the first too.
        let second = [
            format!("{FIRST}\n"),
            format!("{SECOND}\n"),
            "Next\n".to_string(),
        ];
        let third = [format!("{FIRST}\n"), format!("{SECOND}\n")];
        assert_eq!(repeats(&page, &[]), [&second[..], &third[..]].concat());
    }

    #[test]
    fn a_third_copy_matches_the_second_where_it_runs_further() {
        // Slides, the list of the slides, a print view: the print view is the list again,
        // which the slides are only in part.
        let fourth = "Finish in the south, but skip the big resorts: the fishing villages west \
            of the bay are quieter, cheaper and have the better beaches.";
        let slides = format!("Slide 1\n{FIRST}\n{SECOND}\nSlide 2\n{THIRD}\n{fourth}\n");
        let list = format!("{FIRST}\n{SECOND}\n{THIRD}\n{fourth}\n");
        let page = format!("{slides}View as list\n{list}Print\n{list}Share\n");
        let gone = repeats(&page, &[]);
        assert_eq!(gone.len(), 8, "{gone:?}");
        assert_eq!(gone.iter().filter(|l| l.starts_with("Finish")).count(), 2);
    }

    #[test]
    fn one_line_said_twice_stays() {
        // A pull quote, a question asked again as a heading.
        let page = format!("{FIRST}\n{SECOND}\n{THIRD}\n{SECOND}\nMore text here.\n");
        assert!(repeats(&page, &[]).is_empty());
    }

    #[test]
    fn repeated_short_lines_stay() {
        // Code, a table's rows, a menu: no prose.
        let page = "SELECT count(*) FROM visits;\n| 400 | 24 | t |\nHome\nSELECT count(*) FROM visits;\n| 400 | 24 | t |\nHome\n";
        assert!(repeats(page, &[]).is_empty());
    }

    #[test]
    fn rows_of_a_table_printed_again_stay() {
        // A heat's results, then the ranking of all heats, which repeats some of their rows.
        let rows = "1. Kannenwischer, Katharina 1992 TS Göppingen 12,94 sec.\n\
            2. Weiland, Michele 1992 LG Rems-Welland 13,22 sec.\n\
            3. Schyma, Kathrin 1992 LG Filstal 13,28 sec.\n";
        let page = format!("{FIRST}\nHeat 1\n{rows}Ranking\n{rows}{SECOND}\n");
        assert!(repeats(&page, &[]).is_empty());
    }

    #[test]
    fn an_answer_that_corrects_the_text_stays() {
        // The same words with their capitals put right fold to the same key: new text.
        let lower = format!("{}\n{}\n", FIRST.to_lowercase(), SECOND.to_lowercase());
        let page = format!("Put the capitals right:\n{lower}Answer\n{FIRST}\n{SECOND}\n");
        assert!(repeats(&page, &[]).is_empty());
    }

    #[test]
    fn a_passage_quoted_in_full_stays() {
        let page = format!("{FIRST}\n{SECOND}\nMeeting notes\nThe motion read in full:\n{FIRST}\n{SECOND}\nNotes\n");
        assert!(repeats(&page, &[]).is_empty());
    }

    #[test]
    fn a_third_version_matched_with_the_second_stays_when_it_varies_the_first() {
        // A plan in three versions: the third repeats the second whole and the first in part.
        let old = "The old plan kept the depot at the river and ran no buses after ten at night.";
        let new = "The final plan adds a footpath along the river and a stop at the hospital gate.";
        let page = format!(
            "Version 1\n{FIRST}\n{SECOND}\n{old}\nVersion 2\n{FIRST}\n{SECOND}\n{THIRD}\n\
             Version 3\n{FIRST}\n{SECOND}\n{THIRD}\n{new}\nShare\n"
        );
        assert!(repeats(&page, &[]).is_empty());
    }

    #[test]
    fn a_refrain_under_the_same_label_stays() {
        let page = format!("Verse 1\n{THIRD}\nChorus\n{FIRST}\n{SECOND}\nVerse 2\nShort line.\nChorus\n{FIRST}\n{SECOND}\nShare\n");
        assert!(repeats(&page, &[]).is_empty());
        // Under different labels, or under a longer line (a title), the copy goes.
        let page =
            format!("Slide 1 of 2\n{FIRST}\n{SECOND}\nView as list\n{FIRST}\n{SECOND}\nShare\n");
        assert_eq!(repeats(&page, &[]).len(), 2);
    }

    #[test]
    fn a_variant_of_a_passage_stays() {
        // Both copies run on into different prose: a clause as it is and as amended.
        let page = format!("Clause 4\n{FIRST}\n{SECOND}\n{THIRD}\nClause 4 as amended\n{FIRST}\n{SECOND}\nThe levy will be reviewed after one year, the council said in a statement on Friday evening.\n");
        assert!(repeats(&page, &[]).is_empty());
        // Or run in from different prose.
        let page = format!("Clause 4\n{THIRD}\n{FIRST}\n{SECOND}\nEnd\nThe levy will be reviewed after one year, the council said in a statement on Friday evening.\n{FIRST}\n{SECOND}\nEnd of clause\n");
        assert!(repeats(&page, &[]).is_empty());
        // A copy that touches the first, or has furniture on one side, is the page's.
        let page = format!("{FIRST}\n{SECOND}\n{FIRST}\n{SECOND}\n{THIRD}\n");
        assert_eq!(repeats(&page, &[]).len(), 2);
        let page =
            format!("Clause 4\n{FIRST}\n{SECOND}\n{THIRD}\nPrint\n{FIRST}\n{SECOND}\nShare\n");
        assert_eq!(repeats(&page, &[]).len(), 2);
    }

    #[test]
    fn short_passages_stay() {
        let a = "Rain is likely today, forecasters said.";
        let b = "Winds will ease by noon, they added.";
        let page = format!("{a}\n{b}\nWeather\n{a}\n{b}\n");
        assert!(repeats(&page, &[]).is_empty());
    }

    #[test]
    fn a_passage_whose_first_copy_goes_stays() {
        let page = format!("{FIRST}\n{SECOND}\nSlide 1 of 2\n{FIRST}\n{SECOND}\n");
        let first_copy = Removal::new(0..FIRST.len() + 1, "model", Reason::OutsideArticle);
        assert!(repeats(&page, &[first_copy]).is_empty());
        // A removal that ends right where the line starts does not touch it.
        let label = page.find("Slide").unwrap_or(0);
        let before = Removal::new(
            label..label + "Slide 1 of 2\n".len(),
            "x",
            Reason::OutsideArticle,
        );
        assert_eq!(repeats(&page, &[before]).len(), 2);
    }

    #[test]
    fn copies_do_not_overlap() {
        // A paragraph said twice in a row is one line said twice, not a passage.
        let page = format!("{FIRST} {SECOND}\n{FIRST} {SECOND}\n");
        assert!(repeats(&page, &[]).is_empty());
        // Each copy is compared with one that ends before it starts.
        let page = format!("{FIRST}\n{SECOND}\n{FIRST}\n{SECOND}\n{FIRST}\n{SECOND}\n");
        assert_eq!(repeats(&page, &[]).len(), 4);
    }

    proptest! {
        /// The fingerprints rule out only pages with no repeated paragraph: with them or
        /// without, the same copies go.
        #[test]
        fn fingerprints_lose_no_copy(
            picks in prop::collection::vec(0usize..6, 0..24),
            cut in prop::collection::vec(0usize..24, 0..3),
        ) {
            let pool = [FIRST, SECOND, THIRD, "Photos", "", "Slide 2 of 9"];
            let page: String = picks.iter().flat_map(|&i| [pool[i], "\n"]).collect();
            let doc = Doc::new(&page);
            let removed: Vec<Removal> = cut
                .iter()
                .filter_map(|&i| doc.line(i))
                .map(|l| Removal::line(&l, "model", Reason::OutsideArticle))
                .collect();
            let (mut fast, mut naive) = (Vec::new(), Vec::new());
            find(&doc, &removed, &mut fast);
            find_copies(&doc, &removed, &mut naive);
            let spans = |v: &[Removal]| v.iter().map(|r| r.span.clone()).collect::<Vec<_>>();
            prop_assert_eq!(spans(&fast), spans(&naive));
        }
    }
}
