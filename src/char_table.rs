//! What each character is, looked up once per character: the predicates of [`script`]
//! (script, punctuation, the letters the glue detector reads) and the key [`fold_char`] gives
//! it, combined into one table that the line scanner, the fold and the glue detector read.
//!
//! The predicates are the definition; the table is how the hot loops ask them, and a test
//! checks that the two answer alike for every character the table holds.
//!
//! [`script`]: crate::script
//! [`fold_char`]: crate::script::fold_char

use crate::script::{
    fold_char, is_any_alef, is_arabic_letter, is_arabic_mark, is_bullet, is_clause_punct,
    is_clitic, is_closing, is_final_letter, is_invisible, is_joiner, is_latin_letter, is_letter,
    is_sentence_joiner, is_terminal_punct, is_unspaced_script, is_word_initial_alef,
};

/// Everything the line scanner asks about one character, looked up once per character:
/// the class predicates of this module (and of the fold and the glue detector) as bits, and
/// what the fold makes of the character.
///
/// [`char_info`] computes it from the predicates themselves, so a table of it answers exactly
/// as they do; [`InfoTable`] holds it for every one- and two-byte character (U+0000–U+07FF:
/// ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic and its supplement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct CharInfo {
    bits: u32,
    /// The key character for [`Fold::To`].
    folded: char,
    /// What the character adds to a line's counts: one byte per [`Count`], so that a line
    /// scanner adds up to 255 characters' counts with one addition each.
    counts: u64,
}

/// The counts a character adds to, in the order of their bytes in [`CharInfo::counts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Count {
    /// Visible characters: not white space, not invisible.
    Visible,
    /// Visible characters that are digits (ASCII, or any `char::is_numeric` beyond).
    Digit,
    /// Visible letters that are not digits.
    Letter,
    /// Letters that are Arabic.
    Arabic,
    /// Letters of other scripts written without spaces.
    Unspaced,
    /// Visible non-letters that end sentences.
    Terminal,
    /// Visible non-letters, not sentence ends, that join clauses.
    Clause,
}

/// What the fold makes of one character that is not white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Nothing: invisible characters and marks.
    Drop,
    /// One key character (the character itself, lower-cased or unified).
    To(char),
    /// Several characters or a space: run the fold itself.
    Complex,
}

impl CharInfo {
    /// `char::is_whitespace`.
    pub(crate) const SPACE: u32 = 1;
    /// [`is_invisible`].
    pub(crate) const INVISIBLE: u32 = 1 << 1;
    /// An ASCII digit or a non-ASCII `char::is_numeric`.
    pub(crate) const DIGIT: u32 = 1 << 2;
    /// [`is_letter`].
    pub(crate) const LETTER: u32 = 1 << 3;
    /// [`is_arabic_letter`].
    pub(crate) const ARABIC: u32 = 1 << 4;
    /// [`is_unspaced_script`].
    pub(crate) const UNSPACED: u32 = 1 << 5;
    /// [`is_terminal_punct`].
    pub(crate) const TERMINAL: u32 = 1 << 6;
    /// [`is_clause_punct`].
    pub(crate) const CLAUSE: u32 = 1 << 7;
    /// [`is_closing`].
    pub(crate) const CLOSING: u32 = 1 << 8;
    /// [`is_arabic_mark`].
    pub(crate) const MARK: u32 = 1 << 9;
    /// [`is_latin_letter`].
    pub(crate) const LATIN: u32 = 1 << 10;
    /// `char::is_lowercase`.
    pub(crate) const LOWER: u32 = 1 << 11;
    /// `char::is_uppercase`.
    pub(crate) const UPPER: u32 = 1 << 12;
    /// Punctuation that may join two glued texts (see the glue detector).
    pub(crate) const JOINER: u32 = 1 << 13;
    /// [`is_bullet`].
    pub(crate) const BULLET: u32 = 1 << 14;
    /// A visible letter or digit: it makes the run of non-space characters around it a word.
    pub(crate) const WORDY: u32 = 1 << 19;
    /// Not white space, and folded to itself.
    pub(crate) const SAME: u32 = 1 << 20;
    /// `ا`.
    pub(crate) const ALEF: u32 = 1 << 21;
    /// `ا`, `أ`, `إ` or `آ`.
    pub(crate) const ANY_ALEF: u32 = 1 << 22;
    /// `ل`.
    pub(crate) const LAM: u32 = 1 << 23;
    /// A one-letter clitic: `ل` `ب` `و` `ف` `ك`.
    pub(crate) const CLITIC: u32 = 1 << 24;
    /// A joiner that ends sentences.
    pub(crate) const SENTENCE: u32 = 1 << 25;
    /// `ة` or `ى` (see the glue detector).
    pub(crate) const FINAL: u32 = 1 << 15;
    /// `إ` or `آ`.
    pub(crate) const HAMZA_ALEF: u32 = 1 << 16;
    /// Only in [`InfoTable::arabic_word`]: a mark, a letter that is not its own key, or
    /// `إ` `آ`, which the glue scanner's tight loop leaves to its careful step.
    pub(crate) const RUN_STOP: u32 = 1 << 31;
    const FOLD_DROP: u32 = 1 << 17;
    const FOLD_COMPLEX: u32 = 1 << 18;

    /// Whether any of `bits` is set.
    #[inline]
    pub(crate) fn has(self, bits: u32) -> bool {
        self.bits & bits != 0
    }

    /// The class bits.
    #[inline]
    pub(crate) fn bits(self) -> u32 {
        self.bits
    }

    /// The character's counts, one byte per [`Count`].
    #[inline]
    pub(crate) fn counts(self) -> u64 {
        self.counts
    }

    /// What the fold makes of the character (meaningless for white space).
    #[inline]
    pub(crate) fn fold(self) -> Fold {
        if self.bits & CharInfo::FOLD_DROP != 0 {
            Fold::Drop
        } else if self.bits & CharInfo::FOLD_COMPLEX != 0 {
            Fold::Complex
        } else {
            Fold::To(self.folded)
        }
    }
}

/// Computes the [`CharInfo`] of `c` from the predicates.
pub(crate) fn char_info(c: char) -> CharInfo {
    let flags = [
        (c.is_whitespace(), CharInfo::SPACE),
        (is_invisible(c), CharInfo::INVISIBLE),
        (
            c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()),
            CharInfo::DIGIT,
        ),
        (is_letter(c), CharInfo::LETTER),
        (is_arabic_letter(c), CharInfo::ARABIC),
        (is_unspaced_script(c), CharInfo::UNSPACED),
        (is_terminal_punct(c), CharInfo::TERMINAL),
        (is_clause_punct(c), CharInfo::CLAUSE),
        (is_closing(c), CharInfo::CLOSING),
        (is_arabic_mark(c), CharInfo::MARK),
        (is_latin_letter(c), CharInfo::LATIN),
        (c.is_lowercase(), CharInfo::LOWER),
        (c.is_uppercase(), CharInfo::UPPER),
        (is_joiner(c), CharInfo::JOINER),
        (is_bullet(c), CharInfo::BULLET),
        (is_final_letter(c), CharInfo::FINAL),
        (is_word_initial_alef(c), CharInfo::HAMZA_ALEF),
        (c == 'ا', CharInfo::ALEF),
        (is_any_alef(c), CharInfo::ANY_ALEF),
        (c == 'ل', CharInfo::LAM),
        (is_clitic(c), CharInfo::CLITIC),
        (is_sentence_joiner(c), CharInfo::SENTENCE),
    ];
    let mut bits = flags
        .iter()
        .filter(|(yes, _)| *yes)
        .fold(0, |bits, (_, bit)| bits | bit);
    // A visible character counts once, as the first of digit, letter, sentence end and clause
    // mark that it is.
    let has = |bit: u32| bits & bit != 0;
    let mut counts = 0;
    let mut count = |count: Count| counts |= 1 << (8 * count as u64);
    if !has(CharInfo::SPACE) && !has(CharInfo::INVISIBLE) {
        count(Count::Visible);
        if has(CharInfo::DIGIT) {
            count(Count::Digit);
        } else if has(CharInfo::LETTER) {
            count(Count::Letter);
            if has(CharInfo::ARABIC) {
                count(Count::Arabic);
            } else if has(CharInfo::UNSPACED) {
                count(Count::Unspaced);
            }
        } else if has(CharInfo::TERMINAL) {
            count(Count::Terminal);
        } else if has(CharInfo::CLAUSE) {
            count(Count::Clause);
        }
        if has(CharInfo::DIGIT) || has(CharInfo::LETTER) {
            bits |= CharInfo::WORDY;
        }
    }
    // What the character folds to: nothing, one character, or more (counted, not kept: the
    // first is all a one-character fold needs).
    let (mut first, mut folds) = (c, 0);
    fold_char(c, &mut |f| {
        if folds == 0 {
            first = f;
        }
        folds += 1;
    });
    let folded = match (folds, first) {
        (0, _) => {
            bits |= CharInfo::FOLD_DROP;
            c
        }
        (1, f) if f != ' ' => {
            if f == c && bits & CharInfo::SPACE == 0 {
                bits |= CharInfo::SAME;
            }
            f
        }
        _ => {
            bits |= CharInfo::FOLD_COMPLEX;
            c
        }
    };
    CharInfo {
        bits,
        folded,
        counts,
    }
}

/// The cells of 256 characters above U+0800, each filled on first use.
type Page = Box<[once_cell::sync::OnceCell<CharInfo>]>;

/// [`CharInfo`] of every character below U+0800, computed once, and of the rest of the
/// Basic Multilingual Plane character by character, each computed on first use (a page of 256
/// cells is made when one of its characters is first asked for). A page of text in Chinese
/// uses a thousand or two of the 21,000 ideographs, spread over most of their pages:
/// computing whole pages took 22,000 characters' work on such a first document.
pub(crate) struct InfoTable {
    infos: Box<[CharInfo]>,
    pages: Box<[once_cell::sync::OnceCell<Page>]>,
    /// For U+0600–U+063F and U+0640–U+067F (UTF-8 lead bytes `D8` and `D9`), by the low
    /// six bits of the second byte: the Arabic letters that are their own key
    /// ([`InfoTable::is_arabic_start`]).
    arabic_start: [u64; 2],
    /// The same for Arabic letters whose key is another letter ([`InfoTable::is_arabic_mapped`]).
    arabic_mapped: [u64; 2],
    /// For U+0600–U+06FF, by [`arabic_index`]: the class bits of the characters that
    /// [`InfoTable::is_in_word_arabic`] accepts, 0 for the others.
    arabic_word: [u32; 256],
    /// The glue scanner's [`steps`] of `arabic_word`.
    arabic_steps: [u16; 0x340],
}

impl InfoTable {
    /// Characters below this are in the table: one and two bytes of UTF-8.
    const END: u32 = 0x800;

    /// The table, built on first use.
    pub(crate) fn get() -> &'static InfoTable {
        static TABLE: once_cell::sync::Lazy<InfoTable> = once_cell::sync::Lazy::new(|| {
            let infos: Box<[CharInfo]> = (0..InfoTable::END)
                .map(|u| char_info(char::from_u32(u).unwrap_or('\0')))
                .collect();
            let mask = |test: fn(CharInfo) -> bool| {
                let mut mask = [0; 2];
                for (lead, mask) in mask.iter_mut().enumerate() {
                    for low in 0..64 {
                        if test(infos[0x600 + 64 * lead + low]) {
                            *mask |= 1 << low;
                        }
                    }
                }
                mask
            };
            let mut arabic_word = [0; 256];
            for (i, bits) in arabic_word.iter_mut().enumerate() {
                let info = infos[0x600 + i];
                if InfoTable::is_in_word_arabic(info) {
                    *bits = info.bits();
                    if info.has(CharInfo::MARK | CharInfo::HAMZA_ALEF) || !info.has(CharInfo::SAME)
                    {
                        *bits |= CharInfo::RUN_STOP;
                    }
                }
            }
            InfoTable {
                arabic_steps: steps(&arabic_word),
                arabic_word,
                arabic_start: mask(InfoTable::is_arabic_start),
                arabic_mapped: mask(InfoTable::is_arabic_mapped),
                infos,
                pages: (0..0x100)
                    .map(|_| once_cell::sync::OnceCell::new())
                    .collect(),
            }
        });
        &TABLE
    }

    /// An Arabic letter that is its own key: as the first letter of a word, it joins nothing
    /// and only adds to the counts.
    fn is_arabic_start(info: CharInfo) -> bool {
        info.has(CharInfo::ARABIC)
            && info.has(CharInfo::SAME)
            && !info.has(CharInfo::MARK)
            && info.counts() == ARABIC_LETTER_COUNTS
    }

    /// An Arabic letter whose key is one other character (`أ` `إ` `آ` → `ا`, `ى` → `ي`, …):
    /// as the first letter of a word, it joins nothing and only adds to the counts.
    fn is_arabic_mapped(info: CharInfo) -> bool {
        info.has(CharInfo::ARABIC)
            && !info.has(CharInfo::SAME | CharInfo::MARK)
            && matches!(info.fold(), Fold::To(f) if f != ' ')
            && info.counts() == ARABIC_LETTER_COUNTS
    }

    /// An Arabic letter whose key is itself or one other character, or an Arabic mark that
    /// the key drops: inside a word, the line scanner takes such characters in a tight loop
    /// ([`InfoTable::arabic_word`] holds their class bits).
    fn is_in_word_arabic(info: CharInfo) -> bool {
        let letter = info.has(CharInfo::ARABIC)
            && !info.has(CharInfo::MARK | CharInfo::LATIN | CharInfo::SPACE)
            && matches!(info.fold(), Fold::To(f) if f != ' ')
            && info.counts() == ARABIC_LETTER_COUNTS;
        // Harakat and tatweel count as letters too (`char::is_alphabetic`), but not Arabic.
        let visible = 1 << (8 * Count::Visible as u64);
        let mark = info.has(CharInfo::MARK)
            && !info.has(CharInfo::SPACE | CharInfo::DIGIT)
            && info.fold() == Fold::Drop
            && (info.counts() == visible
                || info.counts() == visible | 1 << (8 * Count::Letter as u64));
        letter || mark
    }

    /// For U+0600–U+06FF, by [`arabic_index`]: the class bits of the Arabic letters whose key
    /// is themselves or one other character (their counts those of [`ARABIC_LETTER_COUNTS`]),
    /// and of the Arabic marks that the key drops and that count as visible characters, and
    /// maybe letters, only; 0 for all other characters. A letter's bits are never 0.
    #[inline]
    pub(crate) fn arabic_word(&self) -> &[u32; 256] {
        &self.arabic_word
    }

    /// The glue scanner's [`steps`] of [`arabic_word`](Self::arabic_word).
    #[inline]
    pub(crate) fn arabic_steps(&self) -> &[u16; 0x340] {
        &self.arabic_steps
    }

    /// Whether the two-byte character `lead`, `second` is an Arabic letter whose key is one
    /// other character ([`InfoTable::is_arabic_mapped`]).
    #[inline]
    pub(crate) fn is_arabic_mapped_start(&self, lead: u8, second: u8) -> bool {
        self.arabic_mapped
            .get(usize::from(lead.wrapping_sub(0xD8)))
            .is_some_and(|mask| mask & (1 << (second & 63)) != 0)
    }

    /// Whether the two-byte character `lead`, `second` is an Arabic letter that is its own
    /// key ([`InfoTable::is_arabic_start`]).
    #[inline]
    pub(crate) fn is_arabic_word_start(&self, lead: u8, second: u8) -> bool {
        self.arabic_start
            .get(usize::from(lead.wrapping_sub(0xD8)))
            .is_some_and(|mask| mask & (1 << (second & 63)) != 0)
    }

    /// The [`CharInfo`] of the character U+0600 + `index` (its [`arabic_index`]).
    #[inline]
    pub(crate) fn arabic_info(&self, index: u8) -> CharInfo {
        self.infos[0x600 + usize::from(index)]
    }

    /// The [`CharInfo`] of `c`: from the table, or computed for characters above it.
    #[inline]
    pub(crate) fn info(&self, c: char) -> CharInfo {
        match self.infos.get(c as usize) {
            Some(info) => *info,
            None => self.info_above(c),
        }
    }

    /// [`info`](Self::info) beyond the first table.
    #[cold]
    fn info_above(&self, c: char) -> CharInfo {
        let Some(page) = self.pages.get(c as usize >> 8) else {
            return char_info(c);
        };
        let page = page.get_or_init(|| {
            (0..0x100)
                .map(|_| once_cell::sync::OnceCell::new())
                .collect()
        });
        page.get(c as usize & 0xFF)
            .map_or_else(|| char_info(c), |cell| *cell.get_or_init(|| char_info(c)))
    }
}

/// The index of the two-byte character `lead`, `second` in U+0600–U+06FF (lead bytes `D8`
/// to `DB`), none for other lead bytes. `second` must be a continuation byte.
#[inline]
pub(crate) fn arabic_index(lead: u8, second: u8) -> Option<u8> {
    let row = lead.wrapping_sub(0xD8);
    (row < 4).then_some(row << 6 | (second & 63))
}

/// The counts of a letter of the Arabic script: visible, letter, Arabic.
pub(crate) const ARABIC_LETTER_COUNTS: u64 = 1 << (8 * Count::Visible as u64)
    | 1 << (8 * Count::Letter as u64)
    | 1 << (8 * Count::Arabic as u64);

/// Bits of the entries of [`steps`], which the glue scanner's `plain_arabic` loop looks up
/// per letter instead of the class bits. The low byte tells what a character is; the high byte (from
/// [`Step::NEXT`]) which bits of the next character stop the loop after it, always
/// [`Step::STOP`] among them. A letter is taken when its low byte and the high byte of the
/// letter before have no bit in common, one test for what `join` would look at.
pub(crate) struct Step;

impl Step {
    /// Not a letter the loop takes: not an Arabic letter that is its own key, or `إ` `آ`.
    pub(crate) const STOP: u16 = 1;
    /// An alef: stops the loop after `ا`.
    pub(crate) const ALEF: u16 = 1 << 1;
    /// `ل`: stops the loop after `ا` deep in a word ([`Step::careful`] tells).
    pub(crate) const LAM: u16 = 1 << 2;
    /// A letter the loop takes: stops it after `ة`.
    pub(crate) const LETTER: u16 = 1 << 3;
    /// Where the high byte starts.
    pub(crate) const NEXT: u32 = 8;

    /// The high byte of the letter with class bits `prev`, in the low byte's place: the bits
    /// of the next character that stop the loop after it (`ى` is final too, though the loop
    /// never takes it).
    pub(crate) fn after(prev: u32) -> u16 {
        if prev & CharInfo::ALEF != 0 {
            Step::STOP | Step::ALEF | Step::LAM
        } else if prev & CharInfo::FINAL != 0 {
            Step::STOP | Step::LETTER
        } else {
            Step::STOP
        }
    }

    /// Whether the character with step `c` may follow the letter whose high byte is `after`
    /// (in the low byte's place) though they have a bit in common: only `ل` after `ا` with
    /// fewer than four letters of the word before it (`in_word`), where the article starts
    /// the word.
    #[cold]
    pub(crate) fn careful(after: u16, c: u16, in_word: usize) -> bool {
        c & (Step::STOP | Step::ALEF) == 0
            && after & Step::LETTER == 0
            && c & Step::LAM != 0
            && in_word < DEEP_ARTICLE_AT
    }
}

/// The letters of an Arabic word up to the alef of an `ال` inside it, at least, for the
/// article to be a soft glue point: three letters before it (`ترامبالحوثيون`), so that
/// words that hold `ال` near their start (`فالحكومة`, `بالاضافة`) do not count. Set by hand
/// with the glue scanner (7277df5).
pub(crate) const DEEP_ARTICLE_AT: usize = 4;

/// Where [`steps`] starts: the UTF-8 bytes of U+0600, read as a big-endian number.
pub(crate) const STEPS_FROM: u16 = 0xD880;

/// The steps of the glue scanner's `plain_arabic` loop: for the two-byte characters
/// U+0600–U+06FF, by their UTF-8 bytes read as a big-endian number less [`STEPS_FROM`] (lead bytes `D8` to `DB`; second
/// bytes that are no continuation never come), the [`Step`] bits of the characters whose
/// class bits in `classes` (by [`arabic_index`]) have no [`CharInfo::RUN_STOP`].
/// Indexed so, one subtraction and one comparison both find the entry and check the lead
/// byte.
pub(crate) fn steps(classes: &[u32; 256]) -> [u16; 0x340] {
    let mut steps = [Step::STOP | Step::STOP << Step::NEXT; 0x340];
    // A row of 0x100 entries per lead byte, from its second byte `80`.
    for (lead, row) in (0xD8..=0xDB).zip(steps.chunks_mut(0x100)) {
        for (second, step) in (0x80..=0xBF).zip(row) {
            let Some(index) = arabic_index(lead, second) else {
                continue;
            };
            let bits = classes[usize::from(index)];
            if bits.wrapping_sub(1) & CharInfo::RUN_STOP != 0 {
                continue;
            }
            let has = |bit: u32, step: u16| if bits & bit != 0 { step } else { 0 };
            *step = Step::LETTER
                | has(CharInfo::ANY_ALEF, Step::ALEF)
                | has(CharInfo::LAM, Step::LAM)
                | Step::after(bits) << Step::NEXT;
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_the_predicates() {
        let table = InfoTable::get();
        for u in (0..InfoTable::END)
            .chain(0x2000..0x2100)
            .chain(0xFE00..0x10000)
        {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(table.info(c), char_info(c), "U+{u:04X}");
            }
        }
        // Characters of a page asked for one by one, out of order, after the page was made
        // for another: the ideographs a Chinese text uses, from the top of their range down.
        for u in (0x4E00..0xA000).rev().step_by(7) {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(table.info(c), char_info(c), "U+{u:04X}");
            }
        }
        assert_eq!(table.info('😀'), char_info('😀'));
        assert_eq!(table.info('ا').fold(), Fold::To('ا'));
        assert_eq!(table.info('أ').fold(), Fold::To('ا'));
        assert_eq!(table.info('A').fold(), Fold::To('a'));
        assert_eq!(table.info('\u{064B}').fold(), Fold::Drop);
        assert!(table.info('\u{00A0}').has(CharInfo::SPACE));
        assert_eq!(table.info('\u{FDFA}').fold(), Fold::Complex);
        // What the line scanner assumes of the letters it steps over.
        let latin = 1 << (8 * Count::Visible as u64) | 1 << (8 * Count::Letter as u64);
        for c in 'a'..='z' {
            let info = table.info(c);
            assert_eq!(info.counts(), latin);
            assert!(info.has(CharInfo::SAME | CharInfo::LATIN | CharInfo::LOWER | CharInfo::WORDY));
            assert!(!info.has(CharInfo::UPPER | CharInfo::MARK));
        }
        // What the scanner's Arabic loop assumes of the characters it takes.
        let classes = table.arabic_word();
        for u in 0x600..0x700 {
            let c = char::from_u32(u).unwrap();
            let mut utf8 = [0; 2];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let index = arabic_index(bytes[0], bytes[1]).unwrap();
            let bits = classes[usize::from(index)];
            let info = table.info(c);
            if bits == 0 {
                continue;
            }
            assert_eq!(bits & !CharInfo::RUN_STOP, info.bits(), "{c}");
            let counts = if info.has(CharInfo::MARK) {
                let letter = u64::from(info.has(CharInfo::LETTER)) << (8 * Count::Letter as u64);
                1 << (8 * Count::Visible as u64) | letter
            } else {
                ARABIC_LETTER_COUNTS
            };
            assert_eq!(info.counts(), counts, "{c}");
            assert!(!info.has(CharInfo::SPACE | CharInfo::LATIN), "{c}");
            assert_eq!(
                bits & CharInfo::RUN_STOP == 0,
                info.has(CharInfo::SAME) && !info.has(CharInfo::HAMZA_ALEF),
                "{c}"
            );
        }
        for c in "بتثجحخدذرزسشصضطظعغفقكلمنهويءاأإآةىئؤ".chars()
        {
            let mut utf8 = [0; 2];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let index = arabic_index(bytes[0], bytes[1]).unwrap();
            assert_ne!(classes[usize::from(index)], 0, "{c}");
        }
        // Tatweel and fathatan are marks that count as letters; ASCII has no index.
        for (lead, second) in [(0xD9, 0x80), (0xD9, 0x8B)] {
            let bits = classes[usize::from(arabic_index(lead, second).unwrap())];
            assert_eq!(
                bits & (CharInfo::MARK | CharInfo::LETTER),
                CharInfo::MARK | CharInfo::LETTER
            );
        }
        assert_eq!(arabic_index(b'a', b'b'), None);
    }
}
