//! Character classes for the scripts we care about.
//!
//! Ranges come from the Unicode blocks named beside them. They are written out by hand instead
//! of using `char::is_alphabetic`, because the glue detector and the line statistics run over
//! every character of every document and must stay cheap.

/// Arabic letters: Arabic (U+0600–U+06FF) letters, Arabic Supplement (U+0750–U+077F),
/// Arabic Extended-A (U+08A0–U+08FF) and the presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'   // hamza .. ghain (U+0640 tatweel excluded)
        | '\u{0641}'..='\u{064A}' // feh .. yeh
        | '\u{066E}'..='\u{066F}' // dotless beh, qaf
        | '\u{0671}'..='\u{06D3}' // alef wasla .. yeh barree with hamza
        | '\u{06D5}'              // ae
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}' // Arabic Supplement
        | '\u{08A0}'..='\u{08C9}' // Arabic Extended-A letters
        | '\u{FB50}'..='\u{FDFF}' // Arabic Presentation Forms-A
        | '\u{FE70}'..='\u{FEFC}' // Arabic Presentation Forms-B
    )
}

/// Arabic combining marks (harakat, tanween, Quranic marks) and tatweel: they ride on a letter
/// and never separate words, so scanners skip them.
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{0640}'              // tatweel
        | '\u{064B}'..='\u{065F}' // fathatan .. wavy hamza below
        | '\u{0670}'              // superscript alef
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08FF}'
    )
}

/// Latin letters: Basic Latin, Latin-1 Supplement and Latin Extended-A/B letters.
pub(crate) fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' if c != '\u{00D7}' && c != '\u{00F7}')
}

/// Format and control characters that are invisible in text: bidi marks and embeddings
/// (U+200E/F, U+202A–E, U+2066–9, U+061C), zero-width space/joiners (U+200B–D), word joiner
/// (U+2060), soft hyphen and the byte-order mark.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Punctuation that ends a sentence in the scripts scrapers meet: Latin, Arabic (`؟` U+061F,
/// `۔` U+06D4), CJK full stops and marks, Devanagari danda, Armenian, Ethiopic.
pub(crate) fn is_terminal_punct(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{3002}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF0E}'
            | '\u{0964}'
            | '\u{0965}'
            | '\u{0589}'
            | '\u{1362}'
            | '\u{2026}'
    )
}

/// Punctuation that joins clauses: commas and semicolons of Latin, Arabic (`،` U+060C,
/// `؛` U+061B) and CJK (`、` `，` `；`).
pub(crate) fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '\u{060C}' | '\u{061B}' | '\u{3001}' | '\u{FF0C}' | '\u{FF1B}'
    )
}

/// Quotes and closing brackets that may stand between a sentence end and the line end.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{00BB}'
            | '\u{2019}'
            | '\u{201D}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{FF09}'
            | '*'
    )
}

/// Bullet characters that start list items.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{00B7}'
            | '\u{25AA}'
            | '\u{25B8}'
            | '\u{25BA}'
            | '\u{25CF}'
            | '\u{25E6}'
            | '\u{2023}'
            | '\u{2043}'
            | '\u{2219}'
            | '\u{25A0}'
            | '\u{25A1}'
            | '\u{2013}'
            | '\u{2014}'
            | '-'
            | '*'
            | '>'
            | '\u{00BB}'
            | '\u{203A}'
    )
}

/// Letters of scripts written without spaces between words: Thai (U+0E00–U+0E7F), Lao,
/// Khmer (U+1780–U+17FF), Myanmar, Hiragana and Katakana (U+3040–U+30FF), CJK ideographs
/// (U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF). Korean is written with spaces.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
    )
}

/// Letters of any script (cheap for ASCII and Arabic, falls back to `char::is_alphabetic`).
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_arabic_letter(c) || c.is_alphabetic()
    }
}

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
        (crate::glue::is_joiner(c), CharInfo::JOINER),
        (is_bullet(c), CharInfo::BULLET),
        (crate::glue::is_final_letter(c), CharInfo::FINAL),
        (crate::glue::is_word_initial_alef(c), CharInfo::HAMZA_ALEF),
        (c == 'ا', CharInfo::ALEF),
        (crate::glue::is_any_alef(c), CharInfo::ANY_ALEF),
        (c == 'ل', CharInfo::LAM),
        (crate::glue::is_clitic(c), CharInfo::CLITIC),
        (crate::glue::is_sentence_joiner(c), CharInfo::SENTENCE),
    ];
    let mut bits = flags
        .iter()
        .filter(|(yes, _)| *yes)
        .fold(0, |bits, (_, bit)| bits | bit);
    // A visible character counts once, as the first of digit, letter, sentence end and clause
    // mark that it is.
    let has = |bit: u32| bits & bit != 0;
    let mut counts = Vec::new();
    if !has(CharInfo::SPACE) && !has(CharInfo::INVISIBLE) {
        counts.push(Count::Visible);
        if has(CharInfo::DIGIT) {
            counts.push(Count::Digit);
        } else if has(CharInfo::LETTER) {
            counts.push(Count::Letter);
            if has(CharInfo::ARABIC) {
                counts.push(Count::Arabic);
            } else if has(CharInfo::UNSPACED) {
                counts.push(Count::Unspaced);
            }
        } else if has(CharInfo::TERMINAL) {
            counts.push(Count::Terminal);
        } else if has(CharInfo::CLAUSE) {
            counts.push(Count::Clause);
        }
        if has(CharInfo::DIGIT) || has(CharInfo::LETTER) {
            bits |= CharInfo::WORDY;
        }
    }
    let counts = counts
        .iter()
        .fold(0, |sum, &count| sum | 1 << (8 * count as u64));
    let mut folded = Vec::new();
    crate::fold::fold_char(c, &mut |f| folded.push(f));
    let folded = match folded.as_slice() {
        [] => {
            bits |= CharInfo::FOLD_DROP;
            c
        }
        [f] if *f != ' ' => {
            if *f == c && bits & CharInfo::SPACE == 0 {
                bits |= CharInfo::SAME;
            }
            *f
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

/// [`CharInfo`] of every character below U+0800, computed once, and of the rest of the
/// Basic Multilingual Plane by pages of 256, each computed on first use.
pub(crate) struct InfoTable {
    infos: Box<[CharInfo]>,
    pages: Box<[once_cell::sync::OnceCell<Box<[CharInfo]>>]>,
    /// For U+0600–U+063F and U+0640–U+067F (UTF-8 lead bytes `D8` and `D9`), by the low
    /// six bits of the second byte: the Arabic letters that are their own key
    /// ([`InfoTable::is_arabic_start`]).
    arabic_start: [u64; 2],
    /// The same for Arabic letters whose key is another letter ([`InfoTable::is_arabic_mapped`]).
    arabic_mapped: [u64; 2],
    /// For U+0600–U+06FF, by [`arabic_index`]: the class bits of the characters that
    /// [`InfoTable::is_in_word_arabic`] accepts, 0 for the others.
    arabic_word: [u32; 256],
    /// The glue scanner's [`steps`](crate::glue::steps) of `arabic_word`.
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
                arabic_steps: crate::glue::steps(&arabic_word),
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
    /// ([`InfoTable::in_word_arabic`]).
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

    /// The glue scanner's [`steps`](crate::glue::steps) of [`arabic_word`](Self::arabic_word).
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
            let first = c as u32 & !0xFF;
            (first..first + 0x100)
                .map(|u| char::from_u32(u).map_or(CharInfo::default(), char_info))
                .collect()
        });
        page.get(c as usize & 0xFF)
            .copied()
            .unwrap_or_else(|| char_info(c))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('ی'));
        assert!(!is_arabic_letter('\u{0640}'));
        assert!(is_arabic_mark('\u{064B}'));
        assert!(is_latin_letter('é'));
        assert!(!is_latin_letter('×'));
        assert!(is_invisible('\u{200F}'));
        assert!(is_terminal_punct('؟'));
        assert!(is_clause_punct('،'));
        assert!(is_letter('字'));
        assert!(!is_letter('5'));
    }

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
