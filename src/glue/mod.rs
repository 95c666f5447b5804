//! Glue points: places where two link texts were joined with no space.
//!
//! When a scraper strips HTML without adding separators, a navigation bar becomes
//! `About EuronewsCommercial ServicesTerms and Conditions` and an Arabic tag strip becomes
//! `قطاع غزةسورياالصحة`. Such joins leave traces that ordinary prose almost never has:
//!
//! * **script switch**: a Latin letter touching an Arabic letter (`Relatedنعم`, `الآنNext`);
//! * **case join**: a lower-case run of two or more letters followed by an upper-case letter
//!   and a lower-case one (`EuronewsCommercial`; `iPhone` and `McDonald` do not count);
//! * **final letter**: `ة` or `ى`, which only end Arabic words, followed by a letter
//!   (`الأمريكيةدونالد`);
//! * **double alef**: `ا` followed by another alef (`سورياالصحة`), impossible inside a word;
//! * **closing quote**: a closing quote or bracket between two letters (`"فروق دقيقة"بالزي`);
//! * **sentence join**: `.`, `!`, `?` or `؟` between a lower-case or Arabic letter and an
//!   upper-case or Arabic letter (`the end.Next`).
//!
//! Two weaker traces are counted apart ("soft" glue), because real words sometimes show them:
//! the article `ال` deep inside a long word (`ترامبالحوثيون`), and `إ`/`آ` after two or more
//! letters that are not a clitic (`اليومإسرائيل`).
//!
//! One glue point means little (a quote glued to the next word happens in good prose); many of
//! them per word is the signature of a link run.

use crate::char_table::InfoTable;

mod arabic;
mod false_joins;
mod scanner;

pub(crate) use false_joins::false_joins;
pub(crate) use scanner::Scanner;

/// What kind of join a glue point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GlueKind {
    /// Strong evidence: script switch, case join, final letter, double alef, quote, sentence.
    Strong,
    /// Weak evidence: a definite article or a word-initial alef deep inside a word.
    Soft,
}

/// Calls `found(byte_offset, kind)` for every glue point of `text`, where `byte_offset` is the
/// start of the character after the join. Strong points come in increasing order; a soft
/// point is reported when its word ends, so it may follow a later strong point.
pub(crate) fn scan(text: &str, mut found: impl FnMut(usize, GlueKind)) {
    let table = InfoTable::get();
    let mut state = Scanner::default();
    for (at, c) in text.char_indices() {
        state.step(at, table.info(c), &mut found);
    }
    state.finish(&mut found);
}

/// Counts (strong, soft) glue points of `text`: the same points as a line's
/// [`strong_glue`](crate::Line::strong_glue) and [`soft_glue`](crate::Line::soft_glue), for
/// part of a line.
pub(crate) fn count(text: &str) -> (usize, usize) {
    let (mut strong, mut soft) = (0, 0);
    scan(text, |_, kind| match kind {
        GlueKind::Strong => strong += 1,
        GlueKind::Soft => soft += 1,
    });
    (strong, soft)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::{is_arabic_letter, is_arabic_mark, is_latin_letter};
    use proptest::prelude::*;

    fn is_alef(c: char) -> bool {
        matches!(c, 'ا' | 'أ' | 'إ' | 'آ')
    }

    fn is_letter(c: char) -> bool {
        is_arabic_letter(c) || is_latin_letter(c)
    }

    fn is_latin_lower(c: char) -> bool {
        is_latin_letter(c) && c.is_lowercase()
    }

    /// Naive twin of [`count`]: the module docs' rules applied with plain look-behind and
    /// look-ahead over the characters, Arabic marks removed first.
    fn naive_count(text: &str) -> (usize, usize) {
        let s: Vec<char> = text.chars().filter(|&c| !is_arabic_mark(c)).collect();
        let at = |i: usize| s.get(i).copied();
        let mut strong = 0;
        // Where a new Arabic word starts inside a run of letters (after a final letter or
        // an alef followed by an alef): the article rule counts letters from there.
        let mut word_start = vec![false; s.len()];
        for i in 0..s.len() {
            let c = s[i];
            if !is_letter(c) {
                continue;
            }
            let p = i.checked_sub(1).and_then(at);
            let pp = i.checked_sub(2).and_then(at);
            // One joining mark between two letters.
            if let (Some(mark), Some(before)) = (p, pp) {
                let joiner = matches!(
                    mark,
                    '"' | '\u{201D}' | '\u{00BB}' | ')' | ']' | '.' | '!' | '?' | '\u{061F}'
                );
                if joiner && is_letter(before) {
                    let sentence = matches!(mark, '.' | '!' | '?' | '\u{061F}');
                    if !sentence
                        || ((before.is_lowercase() || is_arabic_letter(before))
                            && (c.is_uppercase() || is_arabic_letter(c)))
                    {
                        strong += 1;
                    }
                    continue;
                }
            }
            let Some(p) = p.filter(|&p| is_letter(p)) else {
                continue;
            };
            if is_arabic_letter(p) != is_arabic_letter(c) {
                strong += 1; // script switch
            } else if is_arabic_letter(c) {
                if matches!(p, 'ة' | 'ى') || (p == 'ا' && is_alef(c)) {
                    strong += 1;
                    word_start[i] = true;
                }
            } else {
                // Case join: two or more lower-case Latin letters, an upper-case one, then a
                // lower-case Latin letter.
                let lower_run = s[..i]
                    .iter()
                    .rev()
                    .take_while(|&&x| is_latin_lower(x))
                    .count();
                if c.is_uppercase() && lower_run >= 2 && at(i + 1).is_some_and(is_latin_lower) {
                    strong += 1;
                }
            }
        }
        // Soft glue, word by word: runs of Arabic letters, split where a new word starts.
        let mut soft = 0;
        let mut i = 0;
        while i < s.len() {
            if !is_arabic_letter(s[i]) {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while i < s.len() && is_arabic_letter(s[i]) && !word_start[i] {
                i += 1;
            }
            let word = &s[start..i];
            // `ال` after at least three letters, with at least three letters after it.
            if let Some(a) =
                (3..word.len().saturating_sub(1)).find(|&a| word[a] == 'ا' && word[a + 1] == 'ل')
            {
                if word.len() >= a + 5 {
                    soft += 1;
                }
            }
            // `إ` or `آ` after two or more letters, not after a clitic.
            soft += (2..word.len())
                .filter(|&k| {
                    matches!(word[k], 'إ' | 'آ')
                        && !matches!(word[k - 1], 'ل' | 'ب' | 'و' | 'ف' | 'ك' | 'ا')
                })
                .count();
        }
        (strong, soft)
    }

    fn glue_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[\u{0627}\u{0623}\u{0625}\u{0622}\u{0644}\u{0629}\u{0649}\u{0628}\u{0645}\u{064A}]{1,6}",
            3 => "[a-cA-C]{1,4}",
            1 => "[ .!?\u{061F}\u{201D}\u{00BB})\\]\u{064B}\u{0640}\u{0651},]",
            1 => "[\u{0600}-\u{06FF}é-ÿÀ-Ö]{1,2}",
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.

        #[test]
        fn count_agrees_with_naive_rules(text in glue_strategy()) {
            prop_assert_eq!(count(&text), naive_count(&text), "{:?}", text);
        }
    }

    fn points(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        scan(text, |at, _| out.push(&text[at..]));
        out
    }

    #[test]
    fn script_switch() {
        assert_eq!(count("Relatedنعم"), (1, 0));
        assert_eq!(count("الآنNext"), (1, 0));
    }

    #[test]
    fn case_join() {
        assert_eq!(
            points("About EuronewsCommercial Services"),
            vec!["Commercial Services"]
        );
        assert_eq!(count("iPhone McDonald"), (0, 0));
        assert_eq!(count("NATO and USA"), (0, 0));
    }

    #[test]
    fn arabic_final_letters_and_alef() {
        assert_eq!(count("الأمريكيةدونالد"), (1, 0));
        assert_eq!(count("سورياالصحة"), (1, 0));
        assert_eq!(count("مستشفى كبير"), (0, 0));
    }

    #[test]
    fn quote_and_sentence() {
        assert_eq!(count("\"فروق دقيقة\"بالزي"), (1, 0));
        assert_eq!(count("the end.Next one"), (1, 0));
        assert_eq!(count("the U.S. and e.g. this"), (0, 0));
        assert_eq!(count("don't"), (0, 0));
    }

    #[test]
    fn case_join_needs_the_very_next_letter() {
        // Found by the property tests: an Arabic letter after the capital ends the wait.
        assert_eq!(count("aaAآÀé"), (2, 0));
        assert_eq!(count("abCبdx"), (2, 0));
    }

    #[test]
    fn soft_glue() {
        assert_eq!(count("ترامبالحوثيون"), (0, 1));
        assert_eq!(count("اليومإسرائيل"), (0, 1));
        assert_eq!(count("والإعلان بالإضافة الاستقلال أعمالهم"), (0, 0));
    }

    #[test]
    fn plain_prose_has_none() {
        assert_eq!(
            count("وفي حديثه للصحفيين على متن طائرة خلال رحلة عودته إلى واشنطن"),
            (0, 0)
        );
        assert_eq!(
            count("The minister said, on Tuesday, that talks would resume."),
            (0, 0)
        );
    }
}
