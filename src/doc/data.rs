//! The packed per-line data of a [`Doc`](super::Doc): where a line lies, where its key lies,
//! and its measurements, in 48 bytes.
//!
//! Separate from the view because the packing (bit layout, narrow and wide sizes) is a memory
//! concern the view's readers never see: [`Line`](super::Line)'s accessors unpack from here,
//! and the scanner's plain [`Stats`] are packed here.

use std::ops::Range;

/// Per-line facts computed once, stored small: they are kept for every line across passes,
/// and scraped pages have many short lines (a 64 MiB page has about 400 000, of 160 bytes on
/// average), so this is 48 bytes a line rather than the 144 of plain `usize` fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct LineData {
    pub(super) start: usize,
    pub(super) key_start: usize,
    /// The first and last visible characters, the line break's length, the [`Flag`]s and a
    /// narrow line's key length: see [`Bits`].
    pub(super) bits: u64,
    size: Size,
}

/// The layout of [`LineData::bits`]: the first visible character in the lowest 21 bits and
/// the last one in the next 21 (all ones, above `char::MAX`, for none), the line break's
/// length (0, 1 or 2) in two bits, four [`Flag`]s, and in the top 16 bits the key's length
/// of a [`Size::Narrow`] line (a wide line keeps its own; a narrow line's text is at most
/// as long, and only a line whose folding lengthens it past that goes wide for its key).
struct Bits;

impl Bits {
    const CHAR: u64 = (1 << 21) - 1;
    const LAST_CHAR: u32 = 21;
    const BREAK: u32 = 42;
    const KEY_LEN: u32 = 48;
    const KEY_LEN_MAX: usize = (1 << 16) - 1;
}

/// Flags in [`LineData::bits`].
pub(super) struct Flag;

impl Flag {
    pub(super) const ENDS_WITH_TERMINAL: u64 = 1 << 44;
    pub(super) const BULLET: u64 = 1 << 45;
    /// The line's text is that of a line of the previous pass's view
    /// ([`Doc::rebuild`](super::Doc::rebuild)).
    pub(super) const UNCHANGED: u64 = 1 << 46;
    /// The line is [`UNCHANGED`](Self::UNCHANGED), and no rule reported evidence on it in the
    /// previous pass ([`Doc::rebuild`](super::Doc::rebuild)).
    pub(super) const QUIET: u64 = 1 << 47;
}

/// `c` in the 21 bits of a character in [`LineData::bits`].
fn char_bits(c: Option<char>) -> u64 {
    c.map_or(Bits::CHAR, |c| u64::from(u32::from(c)))
}

/// The character in the 21 bits `bits` (none for all ones, which is above `char::MAX`).
fn bits_char(bits: u64) -> Option<char> {
    char::from_u32((bits & Bits::CHAR) as u32)
}

/// Indices of the counts in [`Size`].
#[derive(Clone, Copy)]
pub(super) enum Counter {
    Chars,
    Words,
    Letters,
    ArabicLetters,
    UnspacedLetters,
    Digits,
    TerminalPunct,
    ClausePunct,
    StrongGlue,
    SoftGlue,
}

const COUNTERS: usize = 10;

/// A line's length and counts. Every count is at most the line's length in bytes, so a line
/// of up to `u16::MAX` bytes keeps them in 16 bits each (and its key's length in
/// [`LineData::bits`]); a longer line (64 KiB without a break, rare), or one whose key is too
/// long for those bits, keeps them in a box, exact.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Size {
    Narrow { len: u16, counts: [u16; COUNTERS] },
    Wide(Box<Wide>),
}

impl Default for Size {
    fn default() -> Size {
        Size::Narrow {
            len: 0,
            counts: [0; COUNTERS],
        }
    }
}

/// The length, key length and counts of a line too long for [`Size::Narrow`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct Wide {
    len: usize,
    key_len: usize,
    counts: [usize; COUNTERS],
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Stats {
    pub(super) chars: usize,
    pub(super) words: usize,
    pub(super) letters: usize,
    pub(super) arabic_letters: usize,
    pub(super) unspaced_letters: usize,
    pub(super) digits: usize,
    pub(super) terminal_punct: usize,
    pub(super) clause_punct: usize,
    pub(super) strong_glue: usize,
    pub(super) soft_glue: usize,
    pub(super) ends_with_terminal: bool,
    pub(super) last_char: Option<char>,
    pub(super) first_char: Option<char>,
    pub(super) bullet: bool,
}

impl Stats {
    fn counts(&self) -> [usize; COUNTERS] {
        [
            self.chars,
            self.words,
            self.letters,
            self.arabic_letters,
            self.unspaced_letters,
            self.digits,
            self.terminal_punct,
            self.clause_punct,
            self.strong_glue,
            self.soft_glue,
        ]
    }
}

impl LineData {
    /// The line `start..end` (its break up to `end_with_break`), with its key at `key` and
    /// measurements `stats`.
    pub(super) fn new(
        start: usize,
        end: usize,
        end_with_break: usize,
        key: Range<usize>,
        stats: &Stats,
    ) -> LineData {
        let counts = stats.counts();
        let narrow = (|| {
            let mut small = [0; COUNTERS];
            for (s, &c) in small.iter_mut().zip(&counts) {
                *s = u16::try_from(c).ok()?;
            }
            let key_len = Some(key.len()).filter(|&n| n <= Bits::KEY_LEN_MAX)?;
            Some((u16::try_from(end - start).ok()?, key_len as u64, small))
        })();
        let (key_len, size) = match narrow {
            Some((len, key_len, counts)) => (key_len, Size::Narrow { len, counts }),
            None => (
                0,
                Size::Wide(Box::new(Wide {
                    len: end - start,
                    key_len: key.len(),
                    counts,
                })),
            ),
        };
        let mut bits = char_bits(stats.first_char)
            | char_bits(stats.last_char) << Bits::LAST_CHAR
            | key_len << Bits::KEY_LEN;
        if stats.ends_with_terminal {
            bits |= Flag::ENDS_WITH_TERMINAL;
        }
        if stats.bullet {
            bits |= Flag::BULLET;
        }
        let mut data = LineData {
            start,
            key_start: key.start,
            bits,
            size,
        };
        data.set_break(end_with_break - end);
        data
    }

    /// Sets the line break's length (0, 1 or 2).
    pub(super) fn set_break(&mut self, len: usize) {
        self.bits = (self.bits & !(0b11 << Bits::BREAK)) | ((len as u64 & 0b11) << Bits::BREAK);
    }

    pub(super) fn first_char(&self) -> Option<char> {
        bits_char(self.bits)
    }

    pub(super) fn last_char(&self) -> Option<char> {
        bits_char(self.bits >> Bits::LAST_CHAR)
    }

    pub(super) fn len(&self) -> usize {
        match &self.size {
            Size::Narrow { len, .. } => usize::from(*len),
            Size::Wide(wide) => wide.len,
        }
    }

    pub(super) fn end(&self) -> usize {
        self.start + self.len()
    }

    pub(super) fn end_with_break(&self) -> usize {
        self.end() + ((self.bits >> Bits::BREAK) & 0b11) as usize
    }

    pub(super) fn key(&self) -> Range<usize> {
        let len = match &self.size {
            Size::Narrow { .. } => (self.bits >> Bits::KEY_LEN) as usize,
            Size::Wide(wide) => wide.key_len,
        };
        self.key_start..self.key_start + len
    }

    /// Whether the key is empty: [`key`](Self::key)`.is_empty()`, told for most lines by the
    /// length in the bits alone. Every rule asks it of every line it walks over, and a line
    /// of text is narrow, with its key's length there (a wide line keeps 0 there, and its
    /// own length, which is then read).
    pub(super) fn has_empty_key(&self) -> bool {
        self.bits >> Bits::KEY_LEN == 0 && self.key().is_empty()
    }

    /// Drops the key of a line that will not be reused: it becomes empty, at `at`.
    pub(super) fn forget_key(&mut self, at: usize) {
        self.key_start = at;
        self.bits &= (1 << Bits::KEY_LEN) - 1;
        if let Size::Wide(wide) = &mut self.size {
            wide.key_len = 0;
        }
    }

    pub(super) fn count(&self, counter: Counter) -> usize {
        match &self.size {
            Size::Narrow { counts, .. } => usize::from(counts[counter as usize]),
            Size::Wide(wide) => wide.counts[counter as usize],
        }
    }

    pub(super) fn has(&self, flag: u64) -> bool {
        self.bits & flag != 0
    }

    /// The measurements as [`scan`](super::scan::scan) gave them.
    #[cfg(any(test, debug_assertions))]
    pub(super) fn stats(&self) -> Stats {
        Stats {
            chars: self.count(Counter::Chars),
            words: self.count(Counter::Words),
            letters: self.count(Counter::Letters),
            arabic_letters: self.count(Counter::ArabicLetters),
            unspaced_letters: self.count(Counter::UnspacedLetters),
            digits: self.count(Counter::Digits),
            terminal_punct: self.count(Counter::TerminalPunct),
            clause_punct: self.count(Counter::ClausePunct),
            strong_glue: self.count(Counter::StrongGlue),
            soft_glue: self.count(Counter::SoftGlue),
            ends_with_terminal: self.has(Flag::ENDS_WITH_TERMINAL),
            last_char: self.last_char(),
            first_char: self.first_char(),
            bullet: self.has(Flag::BULLET),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::build::cut_ranges;
    use crate::doc::Doc;

    proptest::proptest! {
        /// [`LineData::has_empty_key`] against the key itself, on blank lines, lines of
        /// white space and invisible characters, and lines of text.
        #[test]
        fn empty_keys_are_told_as_the_keys_tell(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    crate::doc::scan::line_strategy(),
                    "[ \t\u{00A0}\u{200B}-\u{200F}\u{FEFF}]{0,4}",
                ],
                0..8,
            )
        ) {
            let text = lines.join("\n");
            let doc = Doc::new(&text);
            for line in doc.lines() {
                proptest::prop_assert_eq!(line.data.has_empty_key(), line.data.key().is_empty());
            }
        }
    }

    #[test]
    fn line_data_stays_small() {
        // Kept for every line across passes: see `LineData`.
        assert!(std::mem::size_of::<LineData>() <= 48);
    }

    #[test]
    fn long_lines_keep_exact_counts() {
        let line = "word ".repeat(20_000);
        let doc = Doc::new(&line);
        let l = doc.line(0).unwrap();
        assert!(matches!(l.data.size, Size::Wide(_)));
        assert!(!l.data.has_empty_key() && !l.is_blank());
        assert_eq!(
            (l.words(), l.chars(), l.span()),
            (20_000, 80_000, 0..100_000)
        );
        assert_eq!(l.key().len(), 99_999);
        let (out, removed) = cut_ranges(&format!("x\n{line}\ny"), &[(0, 2)]);
        let rebuilt = Doc::rebuild(
            &out,
            Doc::new(&format!("x\n{line}\ny")).into_parts(),
            &removed,
            &[],
        );
        assert!(rebuilt.line(0).unwrap().is_unchanged());
        assert!(rebuilt.same_as(&Doc::new(&out)));
        // A short line whose key is long: each `ﷺ` (3 bytes) folds to a phrase.
        let line = "\u{FDFA}".repeat(20_000);
        let doc = Doc::new(&line);
        let l = doc.line(0).unwrap();
        assert!(matches!(l.data.size, Size::Wide(_)));
        assert_eq!(l.key(), crate::fold::fold(&line));
        assert!(l.key().len() > Bits::KEY_LEN_MAX);
        // Just past the narrow form's 16 bits (a 6 kB line, a 66 kB key): narrow with 17
        // bits before the quiet flag took one.
        let line = "\u{FDFA}".repeat(2_000);
        let doc = Doc::new(&line);
        let l = doc.line(0).unwrap();
        assert!((Bits::KEY_LEN_MAX + 1..=2 * Bits::KEY_LEN_MAX).contains(&l.key().len()));
        assert!(matches!(l.data.size, Size::Wide(_)));
        assert_eq!(l.key(), crate::fold::fold(&line));
        let text = format!("x\n{line}\ny");
        let (out, removed) = cut_ranges(&text, &[(0, 2)]);
        let rebuilt = Doc::rebuild(&out, Doc::new(&text).into_parts(), &removed, &[]);
        assert!(rebuilt.line(0).unwrap().is_unchanged());
        assert!(rebuilt.same_as(&Doc::new(&out)));
    }
}
