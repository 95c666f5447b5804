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

use crate::script::{is_arabic_letter, is_arabic_mark, is_latin_letter};

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
    let mut state = Scanner::default();
    for (at, c) in text.char_indices() {
        if !is_arabic_mark(c) {
            state.step(at, c, &mut found);
        }
    }
    state.close_word(&mut found);
}

/// The scanner's memory of what came just before the current character.
#[derive(Default)]
struct Scanner {
    /// The previous letter, if the current character touches it (marks are transparent).
    prev: Option<char>,
    /// Latin lower-case letters in a row up to `prev`.
    lower_run: usize,
    /// A case join waiting to see a lower-case letter after its upper-case one.
    pending_upper: Option<usize>,
    /// Arabic letters of the current word so far.
    arabic_in_word: usize,
    /// A deep `ال`: its offset and the word's letter count before it.
    article_at: Option<(usize, usize)>,
    /// One joining punctuation character right after a letter.
    punct_between: Option<char>,
}

impl Scanner {
    fn step(&mut self, at: usize, c: char, found: &mut impl FnMut(usize, GlueKind)) {
        let arabic = is_arabic_letter(c);
        let latin = is_latin_letter(c);
        if !(arabic || latin) {
            let joiner = matches!(
                c,
                '"' | '\u{201D}' | '\u{00BB}' | ')' | ']' | '.' | '!' | '?' | '\u{061F}'
            );
            if joiner && self.prev.is_some() && self.punct_between.is_none() {
                self.punct_between = Some(c);
            } else {
                self.punct_between = None;
                self.prev = None;
            }
            self.pending_upper = None;
            self.lower_run = 0;
            self.close_word(found);
            return;
        }
        if let Some(p) = self.punct_between.take() {
            let before = self.prev.unwrap_or(' ');
            let glued = match p {
                '.' | '!' | '?' | '\u{061F}' => {
                    (before.is_lowercase() || is_arabic_letter(before))
                        && (c.is_uppercase() || arabic)
                }
                _ => true,
            };
            if glued {
                found(at, GlueKind::Strong);
            }
            self.prev = None;
        }
        if let Some(p) = self.prev {
            self.join(at, p, c, arabic, latin, found);
        }
        self.lower_run = if latin && c.is_lowercase() {
            self.lower_run + 1
        } else {
            0
        };
        if arabic {
            self.arabic_in_word += 1;
        } else {
            self.close_word(found);
        }
        self.prev = Some(c);
    }

    /// Checks the join between letter `p` and letter `c` at `at`.
    fn join(
        &mut self,
        at: usize,
        p: char,
        c: char,
        arabic: bool,
        latin: bool,
        found: &mut impl FnMut(usize, GlueKind),
    ) {
        if (is_arabic_letter(p) && latin) || (is_latin_letter(p) && arabic) {
            found(at, GlueKind::Strong);
        } else if arabic {
            if matches!(p, '\u{0629}' | '\u{0649}')
                || (p == 'ا' && matches!(c, 'ا' | 'أ' | 'إ' | 'آ'))
            {
                found(at, GlueKind::Strong);
                // A new word starts here.
                self.close_word(found);
            } else if c == 'ل' && p == 'ا' && self.arabic_in_word >= 4 && self.article_at.is_none()
            {
                // `ال` whose alef follows at least three letters of this word.
                self.article_at = Some((at - 'ا'.len_utf8(), self.arabic_in_word - 1));
            } else if matches!(c, 'إ' | 'آ')
                && self.arabic_in_word >= 2
                && !matches!(p, 'ل' | 'ب' | 'و' | 'ف' | 'ك')
            {
                found(at, GlueKind::Soft);
            }
        } else if latin {
            if c.is_uppercase() && p.is_lowercase() && self.lower_run >= 2 {
                self.pending_upper = Some(at);
            } else if let Some(at_upper) = self.pending_upper.take() {
                if c.is_lowercase() {
                    found(at_upper, GlueKind::Strong);
                }
            }
        }
    }

    fn close_word(&mut self, found: &mut impl FnMut(usize, GlueKind)) {
        if let Some((at, before)) = self.article_at.take() {
            // `ال` plus at least three letters after it.
            if self.arabic_in_word >= before + 5 {
                found(at, GlueKind::Soft);
            }
        }
        self.arabic_in_word = 0;
    }
}

/// Counts (strong, soft) glue points of `text`.
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
