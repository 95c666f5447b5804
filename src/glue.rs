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

use crate::char_table::{arabic_index, CharInfo, InfoTable, Step, STEPS_FROM};
use crate::script::is_clitic;

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
                && self.arabic_in_word >= 4
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
            if self.arabic_in_word >= self.article_before + 5 {
                found(self.article_at, GlueKind::Soft);
            }
            self.article_at = NONE;
        }
        self.arabic_in_word = 0;
    }
}

/// Steps over the Arabic letters at the start of `bytes` that are their own key and where the
/// rules find nothing: a letter after a letter other than `ا` `ة` `ى`, not `إ` `آ`; after
/// `ا`, a letter other than an alef or a deep `ل`; with `words`, also a single space and the
/// first letter of the next word when that is a letter of these (so its own key). `prev` and
/// `in_word` are the scanner's state before them; returns how many bytes they take, the
/// state after them and how many spaces were taken. `steps` holds their [`steps`](crate::char_table::steps), and
/// `classes` the class bits by [`arabic_index`], for the last letter taken. Each letter costs
/// one look-up (which checks the lead byte too) and one test, with the state in a few
/// registers.
#[inline]
fn plain_arabic(
    bytes: &[u8],
    classes: &[u32; 256],
    steps: &[u16; 0x340],
    prev: u32,
    mut in_word: usize,
    words: bool,
) -> (usize, u32, usize, usize) {
    let mut rest = bytes;
    let mut spaces = 0;
    // The high byte of the step of the letter before.
    let mut after = Step::after(prev);
    loop {
        while let [lead, second, next @ ..] = rest {
            let index = u16::from_be_bytes([*lead, *second]).wrapping_sub(STEPS_FROM);
            let Some(&c) = steps.get(usize::from(index)) else {
                break;
            };
            if c & after != 0 && !Step::careful(after, c, in_word) {
                return plain_arabic_end(bytes, rest, classes, prev, in_word, spaces);
            }
            after = c >> Step::NEXT;
            in_word += 1;
            rest = next;
        }
        // A space, then a word whose first letter is its own key: the rules see the end of
        // one word (no `ال` waiting) and the start of one, where nothing joins.
        let [b' ', lead, second, next @ ..] = rest else {
            break;
        };
        let index = u16::from_be_bytes([*lead, *second]).wrapping_sub(STEPS_FROM);
        match steps.get(usize::from(index)) {
            Some(&c) if words && c & Step::STOP == 0 => {
                after = c >> Step::NEXT;
                spaces += 1;
                in_word = 1;
                rest = next;
            }
            _ => break,
        }
    }
    plain_arabic_end(bytes, rest, classes, prev, in_word, spaces)
}

/// What [`plain_arabic`] returns when it stops at `rest`.
#[inline]
fn plain_arabic_end(
    bytes: &[u8],
    rest: &[u8],
    classes: &[u32; 256],
    prev: u32,
    in_word: usize,
    spaces: usize,
) -> (usize, u32, usize, usize) {
    let taken = bytes.len() - rest.len();
    // The letter taken last, if any, is the new `prev`.
    let prev = match bytes[..taken] {
        [.., lead, second] => arabic_index(lead, second).map_or(prev, |i| classes[usize::from(i)]),
        _ => prev,
    };
    (taken, prev, in_word, spaces)
}

/// The most letters of a part of a dotted abbreviation (`كي.جي.بي`); one part may be longer
/// (`دايلمر.أيه.جي`).
const MAX_ABBREVIATION_PART: usize = 3;

/// How many of the strong glue points of `text` are Arabic writing rather than joins of two
/// texts, which the letter-by-letter scan cannot tell apart:
///
/// * the dots of a dotted abbreviation, three parts or more with all but one of at most
///   [`MAX_ABBREVIATION_PART`] letters (`(كي.جي.بي)`, `أودي.أيه.جي`);
/// * a quotation mark next to a one-letter clitic word (`ل»سلامة للتأمين»`,
///   `«المؤسس»و»أكسفورد»`): the conjunction or preposition is written onto the quoted word,
///   and some sites print `»` for both quotation marks.
///
/// Rules call it only on a line they are about to judge a link run, so it is written plainly.
pub(crate) fn false_joins(text: &str) -> usize {
    let mut count = 0;
    // Buffers reused from token to token: a long glued line has thousands.
    let mut letters = String::new();
    let mut chars: Vec<char> = Vec::new();
    for token in text.split_whitespace() {
        // Only a dot or a closing quotation mark can be a false join.
        if !token.contains(['.', '"', '\u{201D}', '\u{00BB}']) {
            continue;
        }
        letters.clear();
        letters.extend(token.chars().filter(|&c| !crate::script::is_arabic_mark(c)));
        for piece in letters.split(|c: char| !(c.is_alphabetic() || c == '.')) {
            let parts: Vec<&str> = piece.trim_matches('.').split('.').collect();
            if parts.len() >= 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(crate::script::is_arabic_letter))
                && parts
                    .iter()
                    .filter(|p| p.chars().count() > MAX_ABBREVIATION_PART)
                    .count()
                    <= 1
            {
                count += parts.len() - 1;
            }
        }
        chars.clear();
        chars.extend(letters.chars());
        for (i, &c) in chars.iter().enumerate() {
            if !matches!(c, '"' | '\u{201D}' | '\u{00BB}') {
                continue;
            }
            let clitic_before =
                i >= 1 && is_clitic(chars[i - 1]) && (i == 1 || !chars[i - 2].is_alphabetic());
            let clitic_after = chars.get(i + 1).is_some_and(|&n| is_clitic(n))
                && chars
                    .get(i + 2)
                    .is_some_and(|&n| matches!(n, '"' | '\u{201C}' | '\u{00AB}' | '\u{00BB}'));
            let between_letters = i >= 1
                && chars[i - 1].is_alphabetic()
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if between_letters && (clitic_before || clitic_after) {
                count += 1;
            }
        }
    }
    count
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

    /// Naive twin of [`plain_arabic`]: the class bits and the rules of its doc, one letter at
    /// a time.
    fn naive_plain_arabic(
        bytes: &[u8],
        classes: &[u32; 256],
        mut prev: u32,
        mut in_word: usize,
        words: bool,
    ) -> (usize, u32, usize, usize) {
        let takes = |bits: u32| bits != 0 && bits & CharInfo::RUN_STOP == 0;
        let (mut at, mut spaces) = (0, 0);
        loop {
            let bits_at = |i: usize| match bytes.get(i..i + 2) {
                Some(&[lead, second]) => {
                    arabic_index(lead, second).map(|i| classes[usize::from(i)])
                }
                _ => None,
            };
            if let Some(bits) = bits_at(at) {
                let stop = !takes(bits)
                    || prev & CharInfo::FINAL != 0
                    || (prev & CharInfo::ALEF != 0
                        && (bits & CharInfo::ANY_ALEF != 0
                            || (bits & CharInfo::LAM != 0 && in_word >= 4)));
                if stop {
                    break;
                }
                (prev, in_word, at) = (bits, in_word + 1, at + 2);
            } else if let Some(bits) = bytes
                .get(at)
                .filter(|&&b| b == b' ' && words)
                .and_then(|_| bits_at(at + 1))
                .filter(|&bits| takes(bits))
            {
                (prev, in_word, at, spaces) = (bits, 1, at + 3, spaces + 1);
            } else {
                break;
            }
        }
        (at, prev, in_word, spaces)
    }

    fn arabic_run_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[\u{0627}\u{0644}\u{0629}\u{0649}\u{0628}\u{0645} ]",
            1 => "[\u{0621}-\u{0655}\u{06A9}\u{06CC}a.]",
        ];
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn plain_arabic_agrees_with_naive_twin(
            text in arabic_run_strategy(),
            prev in prop::sample::select(vec!['ب', 'ا', 'ة', 'ى', 'أ', 'ل']),
            in_word in 0usize..6,
            words: bool,
        ) {
            let table = InfoTable::get();
            let prev = table.info(prev).bits();
            prop_assert_eq!(
                plain_arabic(text.as_bytes(), table.arabic_word(), table.arabic_steps(), prev, in_word, words),
                naive_plain_arabic(text.as_bytes(), table.arabic_word(), prev, in_word, words),
                "{:?}", text
            );
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
    fn abbreviations_and_clitics_are_not_joins() {
        assert_eq!(false_joins("كاميرون ينفي تجنيده لصالح (كي.جي.بي)"), 2);
        assert_eq!(false_joins("شركات \"أودي.أيه.جي\" و\"دايلمر.أيه.جي\""), 5);
        assert_eq!(
            false_joins("تغطية الطرح المتبقي ل»سلامة للتأمين» وانتهاء"),
            1
        );
        assert_eq!(false_joins("تعاون بين جامعتي «المؤسس»و»أكسفورد»"), 2);
        // Real joins stay joins: a sentence glued to the next, titles glued by a quote.
        assert_eq!(false_joins("انتهى الحادث.وقال الوزير"), 0);
        assert_eq!(false_joins("الرئيسية.الأخبار.الرياضة.اتصل بنا"), 0);
        assert_eq!(false_joins("\"فروق دقيقة\"بالزي الرسمي"), 0);
        // Every false join is a strong glue point.
        for text in [
            "(كي.جي.بي)",
            "ل»سلامة",
            "«المؤسس»و»أكسفورد»",
            "شركات \"أودي.أيه.جي\" و\"دايلمر.أيه.جي\"",
        ] {
            assert!(false_joins(text) <= count(text).0, "{text}");
        }
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
