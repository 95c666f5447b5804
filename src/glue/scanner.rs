//! The glue scanner: the state machine that finds glue points one character at a time, and
//! the calls [`Doc`](crate::Doc)'s line scanner drives it with, fast paths included.

use crate::char_table::{arabic_index, CharInfo, DEEP_ARTICLE_AT};
use crate::glue::arabic::plain_arabic;
use crate::glue::GlueKind;

/// The letters of a word from a deep `ال` to its end, at least, for the article to be a soft
/// glue point: `ال` and three more, a word glued on (`…الحوثيون`), not a suffix. Set by hand
/// with the glue scanner (7277df5).
const DEEP_ARTICLE_WORD_LETTERS: usize = 5;

/// No offset: an empty `pending_upper` or `article_at`.
const NONE: usize = usize::MAX;

/// The scanner's memory of what came just before the current character. [`Doc`](crate::Doc)
/// drives it along with the line measurements, one character at a time. Characters are known
/// by their [`CharInfo`] bits, and the state is plain integers, so that a line scanner keeps
/// it in registers.
#[derive(Clone)]
pub(crate) struct Scanner {
    /// The bits of the previous letter, if the current character touches it (marks are
    /// transparent); 0 if none. A letter's bits are never 0: it is Arabic or Latin.
    prev: u32,
    /// Latin lower-case letters in a row up to `prev`.
    lower_run: usize,
    /// A case join waiting to see a lower-case letter after its upper-case one (or `NONE`).
    pending_upper: usize,
    /// Arabic letters of the current word so far.
    arabic_in_word: usize,
    /// A deep `ال`: its offset (or `NONE`) and the word's letter count before it.
    article_at: usize,
    article_before: usize,
    /// The bits of one joining punctuation character right after a letter; 0 if none.
    punct: u32,
}

impl Default for Scanner {
    fn default() -> Scanner {
        Scanner {
            prev: 0,
            lower_run: 0,
            pending_upper: NONE,
            arabic_in_word: 0,
            article_at: NONE,
            article_before: 0,
            punct: 0,
        }
    }
}

impl Scanner {
    /// Scans the character at byte `at` whose [`CharInfo`] is `info`.
    #[inline]
    pub(crate) fn step(
        &mut self,
        at: usize,
        info: CharInfo,
        found: &mut impl FnMut(usize, GlueKind),
    ) {
        if info.has(CharInfo::MARK) {
            return;
        }
        let bits = info.bits();
        // Letters inside a word, where `join` finds nothing: an Arabic letter after an Arabic
        // letter when neither is one that `join` looks at, and a Latin lower-case letter
        // after a Latin letter with no case join pending. (After a Latin letter, the word
        // state is already closed.)
        if self.prev != 0 && self.punct == 0 && self.pending_upper == NONE {
            if bits & self.prev & CharInfo::ARABIC != 0
                && self.prev & (CharInfo::FINAL | CharInfo::ALEF) == 0
                && bits & CharInfo::HAMZA_ALEF == 0
            {
                self.lower_run = 0;
                self.arabic_in_word += 1;
                self.prev = bits;
                return;
            }
            if bits & (CharInfo::LATIN | CharInfo::LOWER | CharInfo::UPPER)
                == CharInfo::LATIN | CharInfo::LOWER
                && self.prev & CharInfo::LATIN != 0
            {
                self.lower_run += 1;
                self.prev = bits;
                return;
            }
        }
        let arabic = bits & CharInfo::ARABIC != 0;
        let latin = bits & CharInfo::LATIN != 0;
        if !(arabic || latin) {
            if bits & CharInfo::JOINER != 0 && self.prev != 0 && self.punct == 0 {
                self.punct = bits;
            } else {
                self.punct = 0;
                self.prev = 0;
            }
            self.pending_upper = NONE;
            self.lower_run = 0;
            self.close_word(found);
            return;
        }
        if self.punct != 0 {
            // `prev` is the letter before the joiner.
            let glued = self.punct & CharInfo::SENTENCE == 0
                || (self.prev & (CharInfo::LOWER | CharInfo::ARABIC) != 0
                    && (bits & CharInfo::UPPER != 0 || arabic));
            if glued {
                found(at, GlueKind::Strong);
            }
            self.punct = 0;
            self.prev = 0;
        }
        if self.prev != 0 {
            self.join(at, self.prev, bits, found);
        }
        self.lower_run = if latin && bits & CharInfo::LOWER != 0 {
            self.lower_run + 1
        } else {
            0
        };
        if arabic {
            self.arabic_in_word += 1;
        } else {
            self.close_word(found);
        }
        self.prev = bits;
    }

    /// Checks the join between the letters with bits `p` and `c`, the second at `at`.
    #[inline]
    fn join(&mut self, at: usize, p: u32, c: u32, found: &mut impl FnMut(usize, GlueKind)) {
        let arabic = c & CharInfo::ARABIC != 0;
        let latin = c & CharInfo::LATIN != 0;
        // A case join waits for exactly the next letter: `abCd` is one, `abCبd` is not.
        let pending_upper = std::mem::replace(&mut self.pending_upper, NONE);
        if (p & CharInfo::ARABIC != 0 && latin) || (p & CharInfo::LATIN != 0 && arabic) {
            found(at, GlueKind::Strong);
        } else if arabic {
            if p & CharInfo::FINAL != 0 || (p & CharInfo::ALEF != 0 && c & CharInfo::ANY_ALEF != 0)
            {
                found(at, GlueKind::Strong);
                // A new word starts here.
                self.close_word(found);
            } else if c & CharInfo::LAM != 0
                && p & CharInfo::ALEF != 0
                && self.arabic_in_word >= DEEP_ARTICLE_AT
                && self.article_at == NONE
            {
                // `ال` whose alef follows at least three letters of this word.
                self.article_at = at - 'ا'.len_utf8();
                self.article_before = self.arabic_in_word - 1;
            } else if c & CharInfo::HAMZA_ALEF != 0
                && self.arabic_in_word >= 2
                && p & CharInfo::CLITIC == 0
            {
                found(at, GlueKind::Soft);
            }
        } else if latin {
            if c & CharInfo::UPPER != 0 && p & CharInfo::LOWER != 0 && self.lower_run >= 2 {
                self.pending_upper = at;
            } else if pending_upper != NONE && c & CharInfo::LOWER != 0 {
                found(pending_upper, GlueKind::Strong);
            }
        }
    }

    /// Whether the scanner is inside an Arabic word, right after an Arabic letter (marks
    /// after it are transparent) with no joining punctuation since: the state in which
    /// [`arabic_word`](Self::arabic_word) may be used.
    #[inline]
    pub(crate) fn after_arabic_letter(&self) -> bool {
        self.prev & CharInfo::ARABIC != 0 && self.punct == 0 && self.pending_upper == NONE
    }

    /// Scans the Arabic letters and marks (two bytes each) of `bytes` from `at`, when
    /// [`after_arabic_letter`](Self::after_arabic_letter), up to the first other character;
    /// returns where they end and how many letters, marks (of which count as letters) and
    /// words after the first there were. Words after a single space count when their first
    /// letter is its own key and no `ال` waits for the end of the word: for the rules, such a
    /// space and letter are the end of one word and the start of the next, with nothing
    /// found. `classes` holds the class bits of the characters to scan by [`arabic_index`]
    /// (0: stop), `steps` their [`steps`](crate::char_table::steps), and `unkept` is called with the offset and the
    /// [`arabic_index`] of each one that is not its own key (a letter that folds to another,
    /// or a mark). The same as [`step`](Self::step) for each, with only
    /// the checks a letter after a letter needs, and the state in locals.
    #[inline]
    pub(crate) fn arabic_word(
        &mut self,
        bytes: &[u8],
        mut at: usize,
        classes: &[u32; 256],
        steps: &[u16; 0x340],
        found: &mut impl FnMut(usize, GlueKind),
        mut unkept: impl FnMut(usize, u8),
    ) -> (usize, usize, usize, usize, usize) {
        let (mut prev, mut in_word) = (self.prev, self.arabic_in_word);
        let (mut marks, mut letter_marks, mut words) = (0, 0, 0);
        let start = at;
        let mut rest = bytes.get(at..).unwrap_or_default();
        loop {
            let (taken, spaces);
            (taken, prev, in_word, spaces) =
                plain_arabic(rest, classes, steps, prev, in_word, self.article_at == NONE);
            words += spaces;
            rest = rest.get(taken..).unwrap_or_default();
            // A space, then a word that opens with any letter of `classes` (one that folds to
            // another included): the end of one word and the start of the next, where
            // nothing joins.
            if let [b' ', lead, second, after @ ..] = rest {
                let index = arabic_index(*lead, *second).filter(|_| self.article_at == NONE);
                let bits =
                    index.map_or(0, |index| classes[usize::from(index)] & !CharInfo::RUN_STOP);
                if bits == 0 || bits & CharInfo::MARK != 0 {
                    break;
                }
                at = bytes.len() - rest.len() + 1;
                rest = after;
                words += 1;
                in_word = 1;
                prev = bits;
                if bits & CharInfo::SAME == 0 {
                    unkept(at, index.unwrap_or_default());
                }
                continue;
            }
            // Any other letter or mark, with the checks of a letter after a letter.
            let [lead, second, after @ ..] = rest else {
                break;
            };
            let Some(index) = arabic_index(*lead, *second) else {
                break;
            };
            let bits = classes[usize::from(index)] & !CharInfo::RUN_STOP;
            if bits == 0 {
                break;
            }
            at = bytes.len() - rest.len();
            rest = after;
            if bits & CharInfo::MARK != 0 {
                marks += 1;
                letter_marks += usize::from(bits & CharInfo::LETTER != 0);
                unkept(at, index);
                continue;
            }
            if prev & (CharInfo::FINAL | CharInfo::ALEF) != 0 || bits & CharInfo::HAMZA_ALEF != 0 {
                self.arabic_in_word = in_word;
                self.join(at, prev, bits, found);
                in_word = self.arabic_in_word;
            }
            in_word += 1;
            prev = bits;
            if bits & CharInfo::SAME == 0 {
                unkept(at, index);
            }
        }
        let end = bytes.len() - rest.len();
        self.prev = prev;
        self.arabic_in_word = in_word;
        self.lower_run = 0;
        (
            end,
            (end - start - words) / 2 - marks,
            marks,
            letter_marks,
            words,
        )
    }

    /// Whether the next letters would be letters inside a Latin word with no case join
    /// pending, where lower-case letters find nothing.
    #[inline]
    pub(crate) fn inside_latin_word(&self) -> bool {
        self.prev & CharInfo::LATIN != 0 && self.punct == 0 && self.pending_upper == NONE
    }

    /// Steps over `n` ASCII lower-case letters (the last with bits `last`), when
    /// [`inside_latin_word`](Self::inside_latin_word).
    #[inline]
    pub(crate) fn skip_latin(&mut self, n: usize, last: u32) {
        self.lower_run += n;
        self.prev = last;
    }

    /// Scans a space (white space that is no joining punctuation).
    #[inline]
    pub(crate) fn space(&mut self, found: &mut impl FnMut(usize, GlueKind)) {
        self.punct = 0;
        self.prev = 0;
        self.pending_upper = NONE;
        self.lower_run = 0;
        self.close_word(found);
    }

    /// Scans a letter with bits `bits` right after [`space`](Self::space): the first letter
    /// of a word, which joins nothing.
    #[inline]
    pub(crate) fn word_start(&mut self, bits: u32, found: &mut impl FnMut(usize, GlueKind)) {
        self.lower_run = usize::from(
            bits & (CharInfo::LATIN | CharInfo::LOWER) == CharInfo::LATIN | CharInfo::LOWER,
        );
        if bits & CharInfo::ARABIC != 0 {
            self.arabic_in_word += 1;
        } else {
            self.close_word(found);
        }
        self.prev = bits;
    }

    /// Reports what the end of the text completes.
    #[inline]
    pub(crate) fn finish(&mut self, found: &mut impl FnMut(usize, GlueKind)) {
        self.close_word(found);
    }

    #[inline]
    fn close_word(&mut self, found: &mut impl FnMut(usize, GlueKind)) {
        if self.article_at != NONE {
            // `ال` plus at least three letters after it.
            if self.arabic_in_word >= self.article_before + DEEP_ARTICLE_WORD_LETTERS {
                found(self.article_at, GlueKind::Soft);
            }
            self.article_at = NONE;
        }
        self.arabic_in_word = 0;
    }
}
