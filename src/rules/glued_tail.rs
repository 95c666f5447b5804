//! Cuts inside a line: furniture glued onto the end of an article's paragraph.
//!
//! When a page's markup is stripped without line breaks, what followed the article's last
//! paragraph in the page can end up on the same line: `…والله على ما أقول شهيد. مقالات أخرى
//! للكاتبدعوة الخلافة.. لماذا عادت؟لماذا تهرب الأموال…` (a more-by-this-writer heading and
//! its titles, glued to each other), or `…the end.Retrieved from "https://…"`. Removing the
//! whole line loses the paragraph and keeping it keeps the titles, so the rules that know such
//! a heading cut the line's tail from the heading on.
//!
//! A tail opens only **right after a sentence end** (`.` `!` `?` `؟` `…`, closing quotes
//! allowed), after at least [`MIN_WORDS_BEFORE`] words; what the heading is and what must
//! follow it is the calling rule's knowledge.

use crate::doc::Line;
use crate::glue;
use crate::phrases::PhraseSet;

/// The fewest words before a glued tail: a paragraph, not a heading line (those are whole-line
/// cases, judged by the rules themselves).
pub(crate) const MIN_WORDS_BEFORE: usize = 5;

/// A heading found in a line's tail: byte offsets in the line's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tail {
    /// Where the heading starts: the cut starts here.
    pub(crate) start: usize,
    /// Where the heading ends and what follows it starts.
    pub(crate) heading_end: usize,
}

/// The first phrase of `phrases` in `line` that opens right after a sentence end, with at
/// least [`MIN_WORDS_BEFORE`] words before it.
pub(crate) fn find(phrases: &PhraseSet, line: &Line<'_>) -> Option<Tail> {
    find_with(line, |rest| phrases.opening(rest))
}

/// The first tail of `line` whose heading `opening` recognises: it is given the line's key
/// from a place where a sentence ended on, and returns the length of the heading that opens
/// it there, if one does. At least [`MIN_WORDS_BEFORE`] words come before the tail.
pub(crate) fn find_with<'k>(
    line: &Line<'k>,
    mut opening: impl FnMut(&'k str) -> Option<usize>,
) -> Option<Tail> {
    if line.terminal_punct() == 0 || line.words() <= MIN_WORDS_BEFORE {
        return None;
    }
    // A heading opens where a sentence ends, so only those places are tried: an anchored
    // match at each, instead of a search of the whole line for headings anywhere.
    let key = line.key();
    let mut enough_before = None;
    sentence_starts(key).find_map(|start| {
        let end = start + opening(&key[start..])?;
        let enough_before = (*enough_before.get_or_insert_with(|| key_enough_before(line)))?;
        tail(line, enough_before, start, end)
    })
}

/// Where a tail may start in a line's key: after its word number [`MIN_WORDS_BEFORE`]. Found
/// once per line, and only for a line where a heading opens after a sentence end: counting
/// the words before each heading would take time quadratic in a long line holding many.
fn key_enough_before(line: &Line<'_>) -> Option<usize> {
    nth_word_start(line.key(), MIN_WORDS_BEFORE)
}

/// The tail whose heading spans bytes `start..end` of `line`'s key (opening where a sentence
/// ended), if it has enough words before it.
///
/// Every check is made on the key, and one that passes them is a tail: the search then maps
/// offsets back to the text (which takes time in the length of the line) once per line. The
/// text was asked again once, whether it too ended a sentence and had five words before the
/// heading; it differs from the key only by what folding drops or rewrites (a right-to-left
/// mark after the full stop, a full-width full stop, a sign that decomposes with a space), and
/// a line with many headings after such sentence ends made the search map each of them back,
/// in time quadratic in the line.
fn tail(line: &Line<'_>, enough_before: usize, start: usize, end: usize) -> Option<Tail> {
    if start <= enough_before {
        return None;
    }
    let base = line.span().start;
    let start = line.key_to_text(start).checked_sub(base)?;
    let heading_end = line.key_to_text(end).checked_sub(base)?;
    (heading_end <= line.text().len()).then_some(Tail { start, heading_end })
}

/// Whether `c` ends a sentence, in any of the crate's scripts.
fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '؟' | '…' | '\u{06D4}' | '\u{3002}' | '！' | '？'
    )
}

/// Quotes and brackets that may close a sentence after its end mark.
const CLOSERS: [char; 7] = ['"', '\'', '”', '’', '»', ')', ']'];

/// The offsets in `text` right after each sentence end and the closing quotes, brackets and
/// white space that follow it, where a next sentence (or a heading) may start: every offset
/// `at` where `text[..at]` ends with a sentence end (past white space and closers) and
/// `text[at..]` opens with neither white space nor a closer, in order (the tests' naive twin
/// tries every offset).
fn sentence_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.char_indices()
        .filter(|&(_, c)| is_sentence_end(c))
        .map(move |(at, c)| {
            let rest = text[at + c.len_utf8()..]
                .trim_start_matches(CLOSERS)
                .trim_start();
            text.len() - rest.len()
        })
        .filter(move |&at| {
            text[at..]
                .chars()
                .next()
                .is_some_and(|c| !CLOSERS.contains(&c) && !c.is_whitespace())
        })
}

/// The byte offset where the `n`-th white-space-separated word of `text` starts (1-based).
fn nth_word_start(text: &str, n: usize) -> Option<usize> {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words == n {
                return Some(at);
            }
        }
    }
    None
}

/// Whether `text` holds titles glued to each other: a glue point (`…الحقيقةربا القرآن…`,
/// `…نيويوركالنصر…`, `…TitleAnother title`), which a sentence almost never has. The weak
/// kind (`ال` deep inside a word) counts too: after a known heading glued to its first
/// title, one more join is enough.
pub(crate) fn has_glued_titles(text: &str) -> bool {
    let (strong, soft) = glue::count(text);
    strong + soft >= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;

    /// Whether `text` ends with a sentence end, looking past white space and closing quotes and
    /// brackets.
    fn ends_sentence(text: &str) -> bool {
        text.trim_end()
            .trim_end_matches(CLOSERS)
            .chars()
            .next_back()
            .is_some_and(is_sentence_end)
    }

    fn tail(phrases: &[&str], text: &str) -> Option<String> {
        let set = PhraseSet::builtin("test", phrases);
        let doc = Doc::new(text);
        let line = doc.line(0)?;
        find(&set, &line).map(|t| text[t.start..].to_string())
    }

    /// Naive twin of [`find`]: every character boundary of the key where a sentence ended is
    /// tried, instead of the places [`sentence_starts`] lists.
    fn naive_find(phrases: &PhraseSet, line: &Line<'_>) -> Option<Tail> {
        if line.terminal_punct() == 0 || line.words() <= MIN_WORDS_BEFORE {
            return None;
        }
        let enough_before = key_enough_before(line)?;
        let key = line.key();
        (0..=key.len())
            .filter(|&at| key.is_char_boundary(at) && ends_sentence(&key[..at]))
            .find_map(|start| {
                let end = start + phrases.opening(&key[start..])?;
                super::tail(line, enough_before, start, end)
            })
    }

    proptest::proptest! {
        #[test]
        fn find_agrees_with_naive_twin(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "more from this author", "More From", "مقالات أخرى للكاتب", "read", " ", "  ",
                ".", "!", "?", "؟", "…", "»", "«", "\"", ")", "(", ":", "•", "word", "Title",
                "العنوان", "وقال", "a", "b", "۔", "。", "！", "？", "’",
            ]),
            0..24,
        )) {
            let set = PhraseSet::builtin("test", &["more from this author", "مقالات أخرى للكاتب", "read"]);
            let text = pieces.concat();
            let doc = Doc::new(&text);
            if let Some(line) = doc.line(0) {
                proptest::prop_assert_eq!(find(&set, &line), naive_find(&set, &line), "{:?}", text);
            }
        }
    }

    #[test]
    fn heading_after_a_sentence_end_opens_a_tail() {
        assert_eq!(
            tail(
                &["more from this author"],
                "The council met on Monday and agreed. More from this author: A titleAnother"
            )
            .as_deref(),
            Some("More from this author: A titleAnother")
        );
        assert_eq!(
            tail(
                &["مقالات أخرى للكاتب"],
                "وقال الوزير إن الخطة ستنفذ هذا العام. مقالات أخرى للكاتبعنوان أول"
            )
            .as_deref(),
            Some("مقالات أخرى للكاتبعنوان أول")
        );
    }

    #[test]
    fn marks_that_folding_drops_or_rewrites_do_not_hide_a_sentence_end() {
        // A right-to-left mark after the full stop, common in scraped Arabic: the key has no
        // mark, the cut starts at the heading.
        assert_eq!(
            tail(
                &["مقالات أخرى للكاتب"],
                "وقال الوزير إن اللجنة ستجتمع الأسبوع المقبل.\u{200F}مقالات أخرى للكاتبعنوان"
            )
            .as_deref(),
            Some("مقالات أخرى للكاتبعنوان")
        );
        // A full-width full stop, which folds to `.`.
        assert_eq!(
            tail(
                &["more from this author"],
                "The council met on Monday and agreed\u{FF0E} More from this author: Title"
            )
            .as_deref(),
            Some("More from this author: Title")
        );
    }

    #[test]
    fn heading_inside_a_sentence_or_after_few_words_is_not_a_tail() {
        // Mid-sentence: no sentence end before it.
        assert_eq!(
            tail(
                &["more from this author"],
                "The council said there is more from this author to come soon enough."
            ),
            None
        );
        // Too few words before it: a heading line, the rules' whole-line case.
        assert_eq!(tail(&["related"], "Done. Related: One Two Three"), None);
        // No sentence end at all in the line.
        assert_eq!(
            tail(&["related"], "one two three four five six related"),
            None
        );
    }

    #[test]
    fn word_starts_agree_with_split_whitespace() {
        let texts = [
            "",
            "one",
            "  one two\tthree  four five six ",
            "وقال الوزير إن الخطة ستنفذ",
        ];
        for text in texts {
            for n in 1..8 {
                let words_before = |at: usize| text[..at].split_whitespace().count();
                match nth_word_start(text, n) {
                    Some(at) => {
                        let next = at + text[at..].chars().next().map_or(0, char::len_utf8);
                        assert_eq!(words_before(at), n - 1, "{text:?} {n}");
                        assert_eq!(words_before(next), n, "{text:?} {n}");
                    }
                    None => assert!(text.split_whitespace().count() < n, "{text:?} {n}"),
                }
            }
        }
    }

    #[test]
    fn sentence_ends_of_several_scripts() {
        assert!(ends_sentence("He said \"yes.\" "));
        assert!(ends_sentence("هل هذا صحيح؟"));
        assert!(ends_sentence("وانتهى الأمر."));
        assert!(!ends_sentence("and then,"));
        assert!(!ends_sentence(""));
    }

    #[test]
    fn glued_titles_need_a_glue_point() {
        assert!(has_glued_titles(
            "ما العقل وما المنطق وما الحقيقةربا القرآن"
        ));
        assert!(has_glued_titles("First headlineSecond headline"));
        assert!(!has_glued_titles("نشرت في الصحيفة يوم الأحد الماضي"));
        assert!(!has_glued_titles("published in the paper last Sunday"));
    }
}
