//! The read-only document view that every rule sees.
//!
//! A [`Doc`] splits the input into lines once, folds each line into a matching key once, and
//! measures each line once (words, punctuation, glue points), so that rules only read. Spans
//! always index the original text: the key is for matching, never for output.

use std::ops::Range;

use once_cell::sync::OnceCell;

use crate::char_table::{CharInfo, Count, Fold, InfoTable};
use crate::fold::{key_to_source_in, LineFolder};
use crate::glue::{self, GlueKind};

mod blocks;

pub(crate) use blocks::{Block, Kind as BlockKind};

/// A document split into lines, with a folded key and statistics per line.
///
/// Build one with [`Doc::new`] to test a rule; the [`Cleaner`](crate::Cleaner) builds it for
/// you otherwise.
///
/// ```
/// use textsieve::Doc;
/// let doc = Doc::new("First line.\r\n\nإقرأ أيضاً:\n");
/// assert_eq!(doc.len(), 3);
/// let heading = doc.line(2).unwrap();
/// assert_eq!(heading.text(), "إقرأ أيضاً:");
/// assert_eq!(heading.key(), "اقرا ايضا:");
/// assert_eq!(&doc.text()[heading.span()], "إقرأ أيضاً:");
/// assert!(doc.line(1).unwrap().is_blank());
/// ```
#[derive(Debug)]
pub struct Doc<'a> {
    text: &'a str,
    lines: Vec<LineData>,
    keys: String,
    /// The keys lie in `keys` in the order of the lines ([`DocParts::drop_cut_keys`]).
    keys_in_order: bool,
    /// The lines grouped into paragraphs, built on first use: several rules read them.
    blocks: OnceCell<Vec<Block>>,
}

/// Per-line facts computed once, stored small: they are kept for every line across passes,
/// and scraped pages have many short lines (a 64 MiB page has about 400 000, of 160 bytes on
/// average), so this is 48 bytes a line rather than the 144 of plain `usize` fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct LineData {
    start: usize,
    key_start: usize,
    /// The first and last visible characters, the line break's length, the [`Flag`]s and a
    /// narrow line's key length: see [`Bits`].
    bits: u64,
    size: Size,
}

/// The layout of [`LineData::bits`]: the first visible character in the lowest 21 bits and
/// the last one in the next 21 (all ones, above `char::MAX`, for none), the line break's
/// length (0, 1 or 2) in two bits, three [`Flag`]s, and in the top 17 bits the key's length
/// of a [`Size::Narrow`] line (a wide line keeps its own).
struct Bits;

impl Bits {
    const CHAR: u64 = (1 << 21) - 1;
    const LAST_CHAR: u32 = 21;
    const BREAK: u32 = 42;
    const KEY_LEN: u32 = 47;
    const KEY_LEN_MAX: usize = (1 << 17) - 1;
}

/// Flags in [`LineData::bits`].
struct Flag;

impl Flag {
    const ENDS_WITH_TERMINAL: u64 = 1 << 44;
    const BULLET: u64 = 1 << 45;
    /// The line's text is that of a line of the previous pass's view ([`Doc::rebuild`]).
    const UNCHANGED: u64 = 1 << 46;
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
enum Counter {
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
struct Stats {
    chars: usize,
    words: usize,
    letters: usize,
    arabic_letters: usize,
    unspaced_letters: usize,
    digits: usize,
    terminal_punct: usize,
    clause_punct: usize,
    strong_glue: usize,
    soft_glue: usize,
    ends_with_terminal: bool,
    last_char: Option<char>,
    first_char: Option<char>,
    bullet: bool,
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
    fn new(
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
    fn set_break(&mut self, len: usize) {
        self.bits = (self.bits & !(0b11 << Bits::BREAK)) | ((len as u64 & 0b11) << Bits::BREAK);
    }

    fn first_char(&self) -> Option<char> {
        bits_char(self.bits)
    }

    fn last_char(&self) -> Option<char> {
        bits_char(self.bits >> Bits::LAST_CHAR)
    }

    fn len(&self) -> usize {
        match &self.size {
            Size::Narrow { len, .. } => usize::from(*len),
            Size::Wide(wide) => wide.len,
        }
    }

    fn end(&self) -> usize {
        self.start + self.len()
    }

    fn end_with_break(&self) -> usize {
        self.end() + ((self.bits >> Bits::BREAK) & 0b11) as usize
    }

    fn key(&self) -> Range<usize> {
        let len = match &self.size {
            Size::Narrow { .. } => (self.bits >> Bits::KEY_LEN) as usize,
            Size::Wide(wide) => wide.key_len,
        };
        self.key_start..self.key_start + len
    }

    /// Drops the key of a line that will not be reused: it becomes empty, at `at`.
    fn forget_key(&mut self, at: usize) {
        self.key_start = at;
        self.bits &= (1 << Bits::KEY_LEN) - 1;
        if let Size::Wide(wide) = &mut self.size {
            wide.key_len = 0;
        }
    }

    fn count(&self, counter: Counter) -> usize {
        match &self.size {
            Size::Narrow { counts, .. } => usize::from(counts[counter as usize]),
            Size::Wide(wide) => wide.counts[counter as usize],
        }
    }

    fn has(&self, flag: u64) -> bool {
        self.bits & flag != 0
    }

    /// The measurements as [`scan`] gave them.
    #[cfg(any(test, debug_assertions))]
    fn stats(&self) -> Stats {
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

/// The buffers of a [`Doc`] without its text, kept from one cleaning pass to the next.
pub(crate) struct DocParts {
    lines: Vec<LineData>,
    keys: String,
    keys_in_order: bool,
}

/// Keys shorter than this are not compacted between passes: a page of a few hundred
/// kilobytes gains nothing worth the copy and the UTF-8 check, which cost 7% of the time on
/// a corpus of ordinary pages.
const COMPACT_KEYS_FROM: usize = 1 << 20;

impl DocParts {
    /// Gives back the memory of the keys of the lines that the sorted, disjoint byte ranges
    /// `removed` cut into, before the next pass's text is built. Such a line is never reused
    /// by [`Doc::rebuild`] (its text changed), and its key would otherwise stay alive next to
    /// the new text through the next pass: on a page that loses a quarter of its bytes, a
    /// quarter of its size. The kept keys move to the front in place and the buffer shrinks,
    /// which hands the freed tail back to the system for a large page; checking that the
    /// bytes are still UTF-8 costs less than copying them to fresh memory would. Only done
    /// while the keys lie in line order (a view from [`Doc::new`], as in the first pass,
    /// which removes the most, or a rebuilt one that scanned no line anew); otherwise the
    /// keys stay as they are. Keys under [`COMPACT_KEYS_FROM`] bytes are left alone.
    pub(crate) fn drop_cut_keys(&mut self, removed: &[Range<usize>]) {
        if self.keys.len() >= COMPACT_KEYS_FROM {
            self.compact_keys(removed);
        }
    }

    /// [`drop_cut_keys`](Self::drop_cut_keys) whatever the size of the keys.
    fn compact_keys(&mut self, removed: &[Range<usize>]) {
        if !self.keys_in_order || removed.is_empty() {
            return;
        }
        let mut bytes = std::mem::take(&mut self.keys).into_bytes();
        let mut write = 0;
        // The first range that may cut into the current line.
        let mut next = 0;
        for line in &mut self.lines {
            let (start, end) = (line.start, line.end());
            while removed.get(next).is_some_and(|r| r.end <= start) {
                next += 1;
            }
            if removed.get(next).is_some_and(|r| r.start < end) {
                line.forget_key(write);
            } else {
                let key = line.key();
                let len = key.len();
                bytes.copy_within(key, write);
                line.key_start = write;
                write += len;
            }
        }
        bytes.truncate(write);
        bytes.shrink_to_fit();
        // Whole keys moved, so the bytes are UTF-8; should they not be, no line is reused
        // and the next view is scanned anew.
        match String::from_utf8(bytes) {
            Ok(keys) => self.keys = keys,
            Err(_) => self.lines.clear(),
        }
    }
}

/// Lines of `text`: `(start, end, end_with_break)`.
fn split(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let (end, end_with_break) = match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(i) => {
                let end = start + i;
                let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
                (end, end + if crlf { 2 } else { 1 })
            }
            None => (bytes.len(), bytes.len()),
        };
        let line = (start, end, end_with_break);
        start = end_with_break;
        Some(line)
    })
}

/// Maps offsets of a text back to the text it was cut from, for offsets that only grow.
struct OldOffsets<'r> {
    removed: &'r [Range<usize>],
    /// Removed ranges before the current offset, and their total length.
    passed: usize,
    shift: usize,
}

impl<'r> OldOffsets<'r> {
    fn new(removed: &'r [Range<usize>]) -> OldOffsets<'r> {
        OldOffsets {
            removed,
            passed: 0,
            shift: 0,
        }
    }

    /// The old offset of the byte at `offset` (not below the last offset asked for).
    fn old_offset(&mut self, offset: usize) -> usize {
        while let Some(r) = self.removed.get(self.passed) {
            if r.start > offset + self.shift {
                break;
            }
            self.shift += r.len();
            self.passed += 1;
        }
        offset + self.shift
    }

    /// The old offset of the bytes `start..end` (non-empty), and whether they were one piece
    /// of the old text, with nothing cut out between them.
    fn old_range(&mut self, start: usize, end: usize) -> (usize, bool) {
        let old_start = self.old_offset(start);
        let intact = self
            .removed
            .get(self.passed)
            .map_or(true, |r| r.start >= old_start + (end - start));
        (old_start, intact)
    }
}

impl<'a> Doc<'a> {
    /// Splits `text` into lines and prepares them for rules.
    ///
    /// Lines end at `\n`, `\r\n` or a lone `\r`; the break is not part of a line's
    /// [`span`](Line::span) but is part of its [`span_with_break`](Line::span_with_break).
    /// An empty text has no lines; a text ending in a break has no empty last line.
    pub fn new(text: &'a str) -> Doc<'a> {
        let table = InfoTable::get();
        let mut lines = Vec::with_capacity(text.len() / 64 + 1);
        let mut keys = String::with_capacity(text.len());
        for (start, end, end_with_break) in split(text) {
            let key_start = keys.len();
            let stats = scan(&text[start..end], table, &mut keys);
            lines.push(LineData::new(
                start,
                end,
                end_with_break,
                key_start..keys.len(),
                &stats,
            ));
        }
        Doc {
            text,
            lines,
            keys,
            keys_in_order: true,
            blocks: OnceCell::new(),
        }
    }

    /// Takes the view apart, keeping its buffers for [`rebuild`](Self::rebuild).
    pub(crate) fn into_parts(self) -> DocParts {
        DocParts {
            lines: self.lines,
            keys: self.keys,
            keys_in_order: self.keys_in_order,
        }
    }

    /// The view of `text`, which is the text of the view `prev` was taken from with the
    /// sorted, disjoint byte ranges `removed` cut out. The same as [`Doc::new`], but a line
    /// whose text is unchanged keeps its key and measurements instead of being scanned again.
    /// The previous view's buffers are reused: its line data is overwritten in place, and its
    /// keys stay where they are, with the keys of changed lines added after them.
    pub(crate) fn rebuild(text: &'a str, prev: DocParts, removed: &[Range<usize>]) -> Doc<'a> {
        let table = InfoTable::get();
        let DocParts {
            mut lines,
            mut keys,
            keys_in_order,
        } = prev;
        // Keys of changed lines go after all others.
        let mut scanned = false;
        let old_count = lines.len();
        let mut map = OldOffsets::new(removed);
        // The next old line that may be reused. A new line only ever takes the data of an old
        // line at or after its own index, so slots before `count` are free to overwrite.
        let mut old = 0;
        let mut count = 0;
        for (start, end, end_with_break) in split(text) {
            old = old.max(count);
            let mut reused = None;
            if start < end {
                let (old_start, intact) = map.old_range(start, end);
                while old < old_count && lines[old].start < old_start {
                    old += 1;
                }
                if let Some(prev) = lines.get_mut(old).filter(|_| intact && old < old_count) {
                    if prev.start == old_start && prev.len() == end - start {
                        // Slots from `count` on are read only once: the old line's data can
                        // move out.
                        reused = Some(std::mem::take(prev));
                        old += 1;
                    }
                }
            }
            let data = if let Some(mut data) = reused {
                data.start = start;
                data.set_break(end_with_break - end);
                data.bits |= Flag::UNCHANGED;
                data
            } else {
                let key_start = keys.len();
                let stats = scan(&text[start..end], table, &mut keys);
                scanned |= key_start < keys.len();
                LineData::new(start, end, end_with_break, key_start..keys.len(), &stats)
            };
            if count < lines.len() {
                lines[count] = data;
            } else {
                lines.push(data);
            }
            count += 1;
        }
        lines.truncate(count);
        Doc {
            text,
            lines,
            keys,
            keys_in_order: keys_in_order && !scanned,
            blocks: OnceCell::new(),
        }
    }

    /// Whether two views hold the same lines, keys and measurements.
    #[cfg(any(test, debug_assertions))]
    pub(crate) fn same_as(&self, other: &Doc<'_>) -> bool {
        let same_line = |(a, b): (Line<'_>, Line<'_>)| {
            (a.span_with_break(), a.span(), a.key(), a.data.stats())
                == (b.span_with_break(), b.span(), b.key(), b.data.stats())
        };
        self.text == other.text
            && self.len() == other.len()
            && self.lines().zip(other.lines()).all(same_line)
    }

    /// The lines grouped into paragraphs ([`blocks`]), built once per view.
    pub(crate) fn blocks(&self) -> &[Block] {
        self.blocks.get_or_init(|| blocks::blocks(self))
    }

    /// The whole original text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The number of lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether the document has no lines at all.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The line at `index`, if there is one.
    pub fn line(&self, index: usize) -> Option<Line<'_>> {
        self.lines.get(index).map(|data| Line {
            doc: self,
            index,
            data,
        })
    }

    /// All lines in order.
    pub fn lines(&self) -> impl ExactSizeIterator<Item = Line<'_>> + DoubleEndedIterator + '_ {
        self.lines
            .iter()
            .enumerate()
            .map(move |(index, data)| Line {
                doc: self,
                index,
                data,
            })
    }
}

/// One line of a [`Doc`]: its original text, folded key and measurements.
///
/// Counts are over the line's own characters. A *word* is a run of non-space characters that
/// holds a letter or digit; a glued link run therefore has few words for its length.
#[derive(Debug, Clone, Copy)]
pub struct Line<'d> {
    doc: &'d Doc<'d>,
    index: usize,
    data: &'d LineData,
}

impl<'d> Line<'d> {
    /// The line's position in the document, from 0.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The original text, without the line break.
    pub fn text(&self) -> &'d str {
        &self.doc.text[self.data.start..self.data.end()]
    }

    /// The folded key (see [`fold`](crate::fold)): for matching only.
    pub fn key(&self) -> &'d str {
        &self.doc.keys[self.data.key()]
    }

    /// Byte range of the line in the document, without the line break.
    pub fn span(&self) -> Range<usize> {
        self.data.start..self.data.end()
    }

    /// Byte range of the line in the document, with its line break if it has one.
    pub fn span_with_break(&self) -> Range<usize> {
        self.data.start..self.data.end_with_break()
    }

    /// Maps a byte offset in [`key`](Self::key) to a byte offset in the document.
    ///
    /// ```
    /// let doc = textsieve::Doc::new("  ADVERTISEMENT:rest");
    /// let line = doc.line(0).unwrap();
    /// let colon = line.key().find(':').unwrap();
    /// assert_eq!(&doc.text()[line.key_to_text(colon)..], ":rest");
    /// ```
    pub fn key_to_text(&self, key_offset: usize) -> usize {
        self.data.start + key_to_source_in(self.text(), self.key(), key_offset)
    }

    /// Whether the line's text is exactly that of a line the previous cleaning pass saw.
    ///
    /// Rules run again on each pass's output until one removes nothing. A verdict that
    /// depends on the line's text alone, and that removes something whenever it holds, held
    /// for no line that is still there unchanged: its rule may skip such lines. Always false
    /// in the first pass and for views built with [`Doc::new`].
    pub(crate) fn is_unchanged(&self) -> bool {
        self.data.has(Flag::UNCHANGED)
    }

    /// Whether the line holds nothing but white space and invisible characters.
    pub fn is_blank(&self) -> bool {
        self.data.key().is_empty()
    }

    /// Non-space characters.
    pub fn chars(&self) -> usize {
        self.data.count(Counter::Chars)
    }

    /// Words: runs of non-space characters holding a letter or digit.
    pub fn words(&self) -> usize {
        self.data.count(Counter::Words)
    }

    /// Letters of any script.
    pub fn letters(&self) -> usize {
        self.data.count(Counter::Letters)
    }

    /// Arabic letters.
    pub fn arabic_letters(&self) -> usize {
        self.data.count(Counter::ArabicLetters)
    }

    /// Length in words, counting two characters of scripts written without spaces (Han,
    /// kana, Hangul, Thai, …) as one word, so that lines of all scripts compare.
    ///
    /// ```
    /// let doc = textsieve::Doc::new("one two three\n東京都は今日");
    /// assert_eq!(doc.line(0).unwrap().units(), 3);
    /// assert_eq!(doc.line(1).unwrap().units(), 3);
    /// ```
    pub fn units(&self) -> usize {
        let (unspaced, letters) = (
            self.data.count(Counter::UnspacedLetters),
            self.data.count(Counter::Letters),
        );
        if unspaced * 2 > letters {
            (unspaced + 1) / 2
        } else {
            self.data.count(Counter::Words)
        }
    }

    /// ASCII and other decimal digits.
    pub fn digits(&self) -> usize {
        self.data.count(Counter::Digits)
    }

    /// Sentence-ending punctuation marks of any script (`.` `!` `?` `؟` `。` …).
    pub fn terminal_punct(&self) -> usize {
        self.data.count(Counter::TerminalPunct)
    }

    /// Clause punctuation of any script (`,` `،` `;` `؛` `、` …).
    pub fn clause_punct(&self) -> usize {
        self.data.count(Counter::ClausePunct)
    }

    /// Whether the last visible character (before closing quotes and brackets) ends a sentence.
    pub fn ends_with_terminal(&self) -> bool {
        self.data.has(Flag::ENDS_WITH_TERMINAL)
    }

    /// The last visible character, looking past closing quotes and brackets.
    ///
    /// ```
    /// let doc = textsieve::Doc::new("He said \"yes.\"  ");
    /// assert_eq!(doc.line(0).unwrap().last_char(), Some('.'));
    /// ```
    pub fn last_char(&self) -> Option<char> {
        self.data.last_char()
    }

    /// The first visible character.
    pub fn first_char(&self) -> Option<char> {
        self.data.first_char()
    }

    /// Whether the line ends like a statement: with a full stop (`.` `۔` `。`), not with a
    /// question or exclamation mark, which headlines use too.
    pub fn ends_with_period(&self) -> bool {
        matches!(
            self.data.last_char(),
            Some('.' | '\u{06D4}' | '\u{3002}' | '\u{FF0E}')
        )
    }

    /// Whether the line starts with a bullet (`•`, `-`, `*`, `·`, `–`, …).
    pub fn is_bullet(&self) -> bool {
        self.data.has(Flag::BULLET)
    }

    /// Strong glue points: places where two texts were joined without a space (see the crate's
    /// glue detector: script switches, `lowerUpper` joins, `ة`/`ى` followed by a letter, …).
    pub fn strong_glue(&self) -> usize {
        self.data.count(Counter::StrongGlue)
    }

    /// Weak glue points (`ال` deep inside a long word, and the like).
    pub fn soft_glue(&self) -> usize {
        self.data.count(Counter::SoftGlue)
    }

    /// The line before this one, if any.
    pub fn prev(&self) -> Option<Line<'d>> {
        self.index.checked_sub(1).and_then(|i| self.doc.line(i))
    }

    /// The line after this one, if any.
    pub fn next(&self) -> Option<Line<'d>> {
        self.doc.line(self.index + 1)
    }

    /// Whether the line reads like prose: long enough, with sentence punctuation.
    ///
    /// ```
    /// let doc = textsieve::Doc::new("Home\nThe minister said on Tuesday that talks would resume soon.");
    /// assert!(!doc.line(0).unwrap().is_prose());
    /// assert!(doc.line(1).unwrap().is_prose());
    /// ```
    pub fn is_prose(&self) -> bool {
        let units = self.units();
        units >= 8
            && (self.ends_with_terminal() || self.clause_punct() + self.terminal_punct() >= 2)
            && self.strong_glue() * 10 < units
    }
}

/// Adds the bytes of `sum` to their [`Count`]s.
fn add_counts(counts: &mut [usize; 7], sum: u64) {
    for (k, count) in counts.iter_mut().enumerate() {
        *count += ((sum >> (8 * k)) & 0xFF) as usize;
    }
}

/// Characters stepped over by [`skip_runs`], whose counts are known: Arabic letters and
/// marks, and ASCII lower-case letters.
#[derive(Default)]
struct Runs {
    arabic: usize,
    latin: usize,
    /// Arabic marks, which count as visible characters only.
    marks: usize,
    /// Of the marks, those that count as letters too (harakat, tatweel).
    letter_marks: usize,
    /// ASCII digits.
    digits: usize,
    /// Punctuation stepped over between a word and the next (visible characters), of which
    /// sentence ends and clause marks.
    punct: usize,
    terminal: usize,
    clause: usize,
}

impl Runs {
    fn add(&mut self, other: &Runs) {
        self.arabic += other.arabic;
        self.latin += other.latin;
        self.marks += other.marks;
        self.digits += other.digits;
        self.letter_marks += other.letter_marks;
        self.punct += other.punct;
        self.terminal += other.terminal;
        self.clause += other.clause;
    }
}

/// Scans the Arabic letters and marks from `at`, inside a word, when the glue scanner is
/// [right after an Arabic letter](glue::Scanner::after_arabic_letter) and the key is being
/// copied from the line, and the words after single spaces that open with a letter that is
/// its own key; returns where they end. The key is copied, but for a letter that folds to
/// another (put) or a mark (dropped).
#[inline]
#[allow(clippy::too_many_arguments)]
fn arabic_run(
    line: &str,
    at: usize,
    table: &InfoTable,
    folder: &mut LineFolder<'_>,
    keys: &mut String,
    glue: &mut glue::Scanner,
    found: &mut impl FnMut(usize, GlueKind),
    words: &mut usize,
    runs: &mut Runs,
) -> usize {
    let (end, letters, marks, letter_marks, new_words) = glue.arabic_word(
        line.as_bytes(),
        at,
        table.arabic_word(),
        table.arabic_steps(),
        found,
        |at, index| {
            let key = match table.arabic_info(index).fold() {
                Fold::To(f) => Some(f),
                Fold::Drop | Fold::Complex => None,
            };
            folder.extend(at);
            folder.put_at(key, at + 2, keys);
        },
    );
    runs.arabic += letters;
    runs.marks += marks;
    runs.letter_marks += letter_marks;
    *words += new_words;
    end
}

/// Steps over the letters from `at` that change nothing but counts (runs of plain letters
/// inside a word, and a single space before the first letter of the next word), when the
/// scanner is inside a word and the key is being copied from the line; returns where the
/// scan resumes.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn skip_runs(
    line: &str,
    at: usize,
    table: &InfoTable,
    folder: &mut LineFolder<'_>,
    keys: &mut String,
    glue: &mut glue::Scanner,
    found: &mut impl FnMut(usize, GlueKind),
    words: &mut usize,
    runs: &mut Runs,
) -> usize {
    // The scanner's state and the counts in locals, which the loop keeps in registers; behind
    // the references, every word stored and loaded them again.
    let mut scanner = glue.clone();
    let mut counts = Runs::default();
    let mut new_words = 0;
    let end = word_after_word(
        line,
        at,
        table,
        folder,
        keys,
        &mut scanner,
        found,
        &mut new_words,
        &mut counts,
    );
    *glue = scanner;
    *words += new_words;
    runs.add(&counts);
    end
}

/// The loop of [`skip_runs`].
#[inline(always)]
#[allow(clippy::too_many_arguments, clippy::inline_always)]
fn word_after_word(
    line: &str,
    mut at: usize,
    table: &InfoTable,
    folder: &mut LineFolder<'_>,
    keys: &mut String,
    glue: &mut glue::Scanner,
    found: &mut impl FnMut(usize, GlueKind),
    words: &mut usize,
    runs: &mut Runs,
) -> usize {
    let bytes = line.as_bytes();
    loop {
        let rest = bytes.get(at..).unwrap_or_default();
        if glue.after_arabic_letter() {
            at = arabic_run(line, at, table, folder, keys, glue, found, words, runs);
        } else if glue.inside_latin_word() {
            // Lower-case letters, and lower-case words after single spaces: for the rules, a
            // word start after a Latin word is a space and a first letter where nothing joins.
            let (run, word, spaces) = latin_run(rest);
            // Letters of the last word taken.
            let tail = run - word;
            if run > 0 {
                let last = table.info(char::from(rest[run - 1])).bits();
                if spaces > 0 {
                    glue.space(found);
                    glue.word_start(last, found);
                    glue.skip_latin(tail - 1, last);
                } else {
                    glue.skip_latin(tail, last);
                }
                runs.latin += run - spaces;
                *words += spaces;
                at += run;
            }
        }
        // ASCII digits: for the glue scanner, each is what a space is (no letter, no joiner),
        // and they fold to themselves.
        let digits = bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 0 {
            glue.space(found);
            runs.digits += digits;
            at += digits;
        }
        // Punctuation that ends a word (`, ` `. ` `" ` `، `) is stepped over with the space
        // after it: for the glue scanner, what follows a space is the same whatever came
        // before it, and such punctuation folds to itself.
        let (at_space, punct) = if bytes.get(at) == Some(&b' ') {
            (at, 0)
        } else {
            match punct_before_space(bytes.get(at..).unwrap_or_default(), table) {
                Some((len, counts)) => (at + len, counts),
                None => return at,
            }
        };
        let rest = bytes.get(at_space..).unwrap_or_default();
        let (len, bits) = match rest {
            [b' ', b, ..] if b.is_ascii_lowercase() => (2, table.info(char::from(*b)).bits()),
            [b' ', lead, second, ..] if table.is_arabic_word_start(*lead, *second) => {
                // Its bits by the in-word table, which holds every such letter: no decoding.
                let index = crate::char_table::arabic_index(*lead, *second).unwrap_or_default();
                let bits = table.arabic_word()[usize::from(index)] & !CharInfo::RUN_STOP;
                (3, bits)
            }
            // A word opening with a letter that folds to another (`أن`, `إلى`, `The`): its
            // key character is put after the run.
            [b' ', lead, second, ..] if table.is_arabic_mapped_start(*lead, *second) => {
                let c = line.get(at_space + 1..).and_then(|s| s.chars().next());
                let info = table.info(c.unwrap_or('\0'));
                let Fold::To(f) = info.fold() else {
                    return at;
                };
                folder.extend(at_space);
                folder.space_then_put(f, at_space + 3, keys);
                (3, info.bits())
            }
            // A number: its first digit starts a word, and is no letter.
            [b' ', b, ..] if b.is_ascii_digit() => (2, 0),
            [b' ', b, ..] if b.is_ascii_uppercase() => {
                folder.extend(at_space);
                folder.space_then_put(char::from(b.to_ascii_lowercase()), at_space + 2, keys);
                (2, table.info(char::from(*b)).bits())
            }
            _ => return at,
        };
        if punct != 0 {
            let count = |count: Count| ((punct >> (8 * count as u64)) & 0xFF) as usize;
            runs.punct += count(Count::Visible);
            runs.terminal += count(Count::Terminal);
            runs.clause += count(Count::Clause);
        }
        at = at_space;
        glue.space(found);
        *words += 1;
        if bits == 0 {
            runs.digits += 1;
        } else if len == 2 {
            glue.word_start(bits, found);
            runs.latin += 1;
        } else {
            glue.word_start(bits, found);
            runs.arabic += 1;
        }
        at += len;
    }
}

/// The ASCII lower-case letters at the start of `rest`, and the single spaces among them that
/// stand before one: how many bytes they take, where the last word of them starts (0 if no
/// space was taken) and how many spaces were taken.
///
/// Eight bytes at a time while all of them are taken (bit tricks on a `u64`: each byte's top
/// bit tells whether it is a letter, or a space before one), then byte by byte.
#[inline]
fn latin_run(rest: &[u8]) -> (usize, usize, usize) {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const TOPS: u64 = ONES * 0x80;
    let (mut run, mut word, mut spaces) = (0, 0, 0);
    while let Some(chunk) = rest.get(run..run + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if w & TOPS != 0 {
            break;
        }
        // All ASCII, so no sum below carries into the next byte: the top bit is set for
        // `a` and above (`0x61 + 0x1F = 0x80`) but not above `z` (`0x7A + 0x05 = 0x7F`).
        let lower = (w + ONES * 0x1F) & !(w + ONES * 0x05) & TOPS;
        // A byte that is 0 after `^ 0x20` (a space) stays below `0x80` after `+ 0x7F`.
        let space = !((w ^ (ONES * 0x20)) + ONES * 0x7F) & TOPS;
        // A space counts when the next byte is a letter (the last byte's next is unknown).
        let taken = lower | (space & lower >> 8);
        if taken != TOPS {
            break;
        }
        if space != 0 {
            spaces += space.count_ones() as usize;
            word = run + (63 - space.leading_zeros() as usize) / 8 + 1;
        }
        run += 8;
    }
    while let Some(&b) = rest.get(run) {
        if b.is_ascii_lowercase() {
            run += 1;
        } else if b == b' ' && rest.get(run + 1).is_some_and(u8::is_ascii_lowercase) {
            run += 1;
            word = run;
            spaces += 1;
        } else {
            break;
        }
    }
    (run, word, spaces)
}

/// The punctuation that opens `rest` before a space, up to three characters that are no
/// letter, digit, mark or space, visible, and their own key, below U+0800: how many bytes
/// they take and the sum of their counts; none if there are no such characters, or no space
/// after them.
#[inline(never)]
fn punct_before_space(rest: &[u8], table: &InfoTable) -> Option<(usize, u64)> {
    let (mut len, mut counts) = (0, 0);
    for _ in 0..3 {
        let (c, n) = match rest.get(len..).unwrap_or_default() {
            [b' ', ..] => break,
            [b, ..] if *b < 0x80 => (u32::from(*b), 1),
            [lead @ 0xC2..=0xDF, second, ..] => {
                (u32::from(lead & 0x1F) << 6 | u32::from(second & 0x3F), 2)
            }
            _ => return None,
        };
        let info = table.info(char::from_u32(c).unwrap_or('\0'));
        let not = CharInfo::SPACE
            | CharInfo::INVISIBLE
            | CharInfo::WORDY
            | CharInfo::MARK
            | CharInfo::ARABIC
            | CharInfo::LATIN;
        if info.has(not) || !info.has(CharInfo::SAME) {
            return None;
        }
        counts += info.counts();
        len += n;
    }
    (len > 0 && rest.get(len) == Some(&b' ')).then_some((len, counts))
}

/// Folds `line` into `keys` and measures it (words, punctuation, glue points), in one pass
/// over its characters.
fn scan(line: &str, table: &InfoTable, keys: &mut String) -> Stats {
    let bytes = line.as_bytes();
    let mut folder = LineFolder::new(line);
    let mut glue = glue::Scanner::default();
    let (mut strong, mut soft) = (0, 0);
    let mut found = |_, kind| match kind {
        GlueKind::Strong => strong += 1,
        GlueKind::Soft => soft += 1,
    };
    let mut counts = [0usize; 7];
    let (mut words, mut in_word) = (0, false);
    // Each byte of `sum` counts one `Count` of up to 255 characters before it is added up.
    let (mut sum, mut in_sum) = (0u64, 0u32);
    // Letters stepped over inside words, whose counts are known: plain Arabic letters and
    // ASCII lower-case letters.
    let mut runs = Runs::default();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let c = if byte < 0x80 {
            char::from(byte)
        } else {
            line.get(at..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or('\0')
        };
        let info = table.info(c);
        sum += info.counts();
        in_sum += 1;
        if in_sum == 255 {
            add_counts(&mut counts, sum);
            (sum, in_sum) = (0, 0);
        }
        // A word is counted at its first letter or digit.
        let alnum = info.has(CharInfo::WORDY);
        words += usize::from(alnum && !in_word);
        in_word = (in_word || alnum) && !info.has(CharInfo::SPACE);
        folder.step(at, c, info, keys);
        glue.step(at, info, &mut found);
        at += c.len_utf8();
        // Inside a word, with the key copied from the line: runs of letters that change no
        // state but counts are stepped over at once.
        if in_word && folder.copying(at) {
            at = skip_runs(
                line,
                at,
                table,
                &mut folder,
                keys,
                &mut glue,
                &mut found,
                &mut words,
                &mut runs,
            );
            folder.extend(at);
        }
    }
    add_counts(&mut counts, sum);
    for (count, n) in [
        (
            Count::Visible,
            runs.arabic + runs.latin + runs.marks + runs.digits + runs.punct,
        ),
        (Count::Digit, runs.digits),
        (Count::Terminal, runs.terminal),
        (Count::Clause, runs.clause),
        (Count::Letter, runs.arabic + runs.latin + runs.letter_marks),
        (Count::Arabic, runs.arabic),
    ] {
        counts[count as usize] += n;
    }
    folder.finish(keys);
    glue.finish(&mut found);
    let visible = |c: &char| !table.info(*c).has(CharInfo::SPACE | CharInfo::INVISIBLE);
    let first_char = line.chars().find(visible);
    let last_char = line
        .chars()
        .rev()
        .filter(visible)
        .find(|&c| !table.info(c).has(CharInfo::CLOSING));
    let letters = counts[Count::Letter as usize];
    let (strong_glue, soft_glue) = if letters > 0 { (strong, soft) } else { (0, 0) };
    Stats {
        chars: counts[Count::Visible as usize],
        words,
        letters,
        arabic_letters: counts[Count::Arabic as usize],
        unspaced_letters: counts[Count::Unspaced as usize],
        digits: counts[Count::Digit as usize],
        terminal_punct: counts[Count::Terminal as usize],
        clause_punct: counts[Count::Clause as usize],
        strong_glue,
        soft_glue,
        ends_with_terminal: last_char.is_some_and(|c| table.info(c).has(CharInfo::TERMINAL)),
        last_char,
        first_char,
        bullet: first_char.is_some_and(|c| table.info(c).has(CharInfo::BULLET)) && letters > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::{
        is_arabic_letter, is_bullet, is_clause_punct, is_closing, is_invisible, is_letter,
        is_terminal_punct, is_unspaced_script,
    };
    use proptest::prelude::*;

    /// Naive twin of [`scan`]'s measurements: the predicates, one loop per measure.
    fn naive_measure(line: &str) -> Stats {
        let mut s = Stats::default();
        for word in line.split(char::is_whitespace) {
            if word.chars().any(|c| {
                !is_invisible(c)
                    && (c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) || is_letter(c))
            }) {
                s.words += 1;
            }
        }
        let visible: Vec<char> = line
            .chars()
            .filter(|&c| !c.is_whitespace() && !is_invisible(c))
            .collect();
        s.chars = visible.len();
        for &c in &visible {
            if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
                s.digits += 1;
            } else if is_letter(c) {
                s.letters += 1;
                if is_arabic_letter(c) {
                    s.arabic_letters += 1;
                } else if is_unspaced_script(c) {
                    s.unspaced_letters += 1;
                }
            } else if is_terminal_punct(c) {
                s.terminal_punct += 1;
            } else if is_clause_punct(c) {
                s.clause_punct += 1;
            }
        }
        s.last_char = visible.iter().rev().copied().find(|&c| !is_closing(c));
        s.ends_with_terminal = s.last_char.is_some_and(is_terminal_punct);
        s.first_char = visible.first().copied();
        s.bullet = s.first_char.is_some_and(is_bullet) && s.letters > 0;
        if s.letters > 0 {
            (s.strong_glue, s.soft_glue) = glue::count(line);
        }
        s
    }

    fn line_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[\u{0621}-\u{064A} a-zA-Z.,:;!?\"»)\\]-]{0,10}",
            // Glued Arabic and Latin words: alefs, `ال`, final letters, case joins.
            3 => "[\u{0627}\u{0623}\u{0625}\u{0622}\u{0644}\u{0629}\u{0649}\u{0628}\u{0645}\u{064A}\u{064B}]{1,12}",
            2 => "[a-cA-C]{1,5}",
            // Arabic and Latin words between single spaces: deep `ال`, final letters, marks.
            2 => "([\u{0627}\u{0644}\u{0629}\u{0649}\u{0623}\u{0628}\u{064B}\u{0640}\u{06A9}]{1,6} ){1,5}",
            1 => "([a-cA]{1,4} ){1,5}",
            1 => "([0-9]{1,4}[a-c,.\u{0628}]? ?){1,4}",
            // Words after punctuation and a space: `end. Next`, `كلمة، أخرى`, `"quoted" Title`.
            2 => "[a-zA-Z\u{0627}\u{0644}\u{0629}\u{0628}]{1,4}[.,:;!?\"»)\\]\u{060C}\u{061B}\u{061F}\u{0640}\u{064B}\u{00A0}-]{0,2} [a-zA-Z\u{0621}-\u{064A}0-9\"(]{1,3}",
            2 => "[\u{0600}-\u{06FF}\u{0750}-\u{077F}\u{FB50}-\u{FEFF}]{1,4}",
            1 => "[ \t\u{00A0}\u{2003}\u{200B}-\u{200F}\u{00AD}•·–0-9٠-٩]{1,3}",
            1 => "[À-ɏͰ-ӿ\u{0300}-\u{036F}ǅﬀ東京都は]{1,3}",
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..10).prop_map(|v| v.concat().replace(['\n', '\r'], " "))
    }

    /// Cuts sorted, disjoint, char-aligned ranges from `cuts` (pairs of offsets) out of `text`.
    fn cut_ranges(text: &str, cuts: &[(usize, usize)]) -> (String, Vec<Range<usize>>) {
        let mut points: Vec<usize> = cuts
            .iter()
            .flat_map(|&(a, b)| [a % (text.len() + 1), b % (text.len() + 1)])
            .map(|mut p| {
                while !text.is_char_boundary(p) {
                    p -= 1;
                }
                p
            })
            .collect();
        points.sort_unstable();
        points.dedup();
        let ranges: Vec<Range<usize>> = points.chunks_exact(2).map(|p| p[0]..p[1]).collect();
        let mut out = String::new();
        let mut pos = 0;
        for r in &ranges {
            out.push_str(&text[pos..r.start]);
            pos = r.end;
        }
        out.push_str(&text[pos..]);
        (out, ranges)
    }

    fn page_strategy() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            3 => line_strategy(),
            1 => Just(String::new()),
            1 => "[ \t]{0,3}",
            1 => Just("The talks resumed on Monday, officials said.".to_owned()),
        ];
        let brk = prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n")];
        prop::collection::vec((line, brk), 0..12)
            .prop_map(|v| v.into_iter().map(|(l, b)| l + b).collect::<String>())
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.
        #[test]
        fn rebuild_agrees_with_new(
            text in page_strategy(),
            cuts in prop::collection::vec((any::<usize>(), any::<usize>()), 0..6),
            second in prop::collection::vec((any::<usize>(), any::<usize>()), 0..4),
        ) {
            // Cut some line breaks too, so that lines merge.
            let breaks: Vec<(usize, usize)> = text
                .match_indices('\n')
                .filter(|(i, _)| cuts.iter().any(|&(a, _)| a % 3 == i % 3))
                .map(|(i, _)| (i, i + 1))
                .collect();
            let cuts = if cuts.len() % 2 == 0 { cuts } else { breaks };
            let (out, removed) = cut_ranges(&text, &cuts);
            let mut parts = Doc::new(&text).into_parts();
            parts.compact_keys(&removed);
            let rebuilt = Doc::rebuild(&out, parts, &removed);
            prop_assert!(rebuilt.same_as(&Doc::new(&out)), "{:?} {:?}", text, removed);
            // And again from the rebuilt view, whose keys may be out of line order.
            let (out2, removed2) = cut_ranges(&out, &second);
            let mut parts = rebuilt.into_parts();
            parts.compact_keys(&removed2);
            let again = Doc::rebuild(&out2, parts, &removed2);
            prop_assert!(again.same_as(&Doc::new(&out2)), "{:?} {:?}", out, removed2);
        }
    }

    #[test]
    fn rebuild_rescans_merged_lines() {
        // `ab` and `cd` join with a space: one byte more than their keys held.
        let text = "ab \n cd\nxyz\nuvw";
        let (out, removed) = cut_ranges(text, &[(3, 4)]);
        assert_eq!(out, "ab  cd\nxyz\nuvw");
        let rebuilt = Doc::rebuild(&out, Doc::new(text).into_parts(), &removed);
        assert!(rebuilt.same_as(&Doc::new(&out)));
        assert_eq!(rebuilt.line(1).unwrap().key(), "xyz");
    }

    #[test]
    fn rebuild_reuses_unchanged_lines_and_merges_cut_ones() {
        let text = "Keep this line.\nCut  here \n\nand here too\nLast line.";
        let cut_at = text.find("here ").unwrap()..text.find("here too").unwrap() + 5;
        let (out, removed) = cut_ranges(text, &[(cut_at.start, cut_at.end)]);
        assert_eq!(out, "Keep this line.\nCut  too\nLast line.");
        let rebuilt = Doc::rebuild(&out, Doc::new(text).into_parts(), &removed);
        assert!(rebuilt.same_as(&Doc::new(&out)));
        assert_eq!(rebuilt.line(1).unwrap().key(), "cut too");
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.
        #[test]
        fn scan_agrees_with_naive_twins(line in line_strategy()) {
            let mut key = String::new();
            let s = scan(&line, InfoTable::get(), &mut key);
            prop_assert_eq!(key, crate::fold::fold(&line), "{:?}", line);
            let n = naive_measure(&line);
            prop_assert_eq!(
                (s.chars, s.words, s.letters, s.arabic_letters, s.unspaced_letters, s.digits),
                (n.chars, n.words, n.letters, n.arabic_letters, n.unspaced_letters, n.digits),
                "{:?}", line
            );
            prop_assert_eq!(
                (s.terminal_punct, s.clause_punct, s.strong_glue, s.soft_glue, s.ends_with_terminal),
                (n.terminal_punct, n.clause_punct, n.strong_glue, n.soft_glue, n.ends_with_terminal),
                "{:?}", line
            );
            prop_assert_eq!(
                (s.last_char, s.first_char, s.bullet),
                (n.last_char, n.first_char, n.bullet),
                "{:?}", line
            );
        }
    }

    /// Lower-case words and single spaces, with the bytes next to `a`..`z` and spaces now and
    /// then.
    fn latin_run_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            6 => "[a-z]{1,9}",
            3 => Just(" ".to_owned()),
            1 => "[`{@AZ.\u{7F}\u{80}\u{FF}é\t]",
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    /// Naive twin of [`latin_run`]: byte by byte.
    fn naive_latin_run(rest: &[u8]) -> (usize, usize, usize) {
        let (mut run, mut word, mut spaces) = (0, 0, 0);
        while run < rest.len() {
            if rest[run].is_ascii_lowercase() {
                run += 1;
            } else if rest[run] == b' ' && rest.get(run + 1).is_some_and(u8::is_ascii_lowercase) {
                run += 1;
                word = run;
                spaces += 1;
            } else {
                break;
            }
        }
        (run, word, spaces)
    }

    proptest! {
        #[test]
        fn latin_run_agrees_with_naive_twin(text in latin_run_strategy()) {
            prop_assert_eq!(latin_run(text.as_bytes()), naive_latin_run(text.as_bytes()), "{:?}", text);
        }
    }

    #[test]
    fn dropping_cut_keys_keeps_the_others_only() {
        let text = "Keep me.\nCut me.\nKeep too.";
        let cut = text.find("Cut").unwrap()..text.find("Keep too").unwrap();
        let (out, removed) = cut_ranges(text, &[(cut.start, cut.end)]);
        let mut parts = Doc::new(text).into_parts();
        parts.compact_keys(&removed);
        assert_eq!(parts.keys, "keep me.keep too.");
        let rebuilt = Doc::rebuild(&out, parts, &removed);
        assert!(rebuilt.same_as(&Doc::new(&out)));
        assert!(rebuilt.line(1).unwrap().is_unchanged());
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
    }

    #[test]
    fn splits_all_line_endings() {
        let doc = Doc::new("a\r\nb\rc\n\nd");
        let texts: Vec<_> = doc.lines().map(|l| l.text()).collect();
        assert_eq!(texts, ["a", "b", "c", "", "d"]);
        assert_eq!(doc.line(0).unwrap().span_with_break(), 0..3);
        assert_eq!(doc.line(4).unwrap().span_with_break(), 8..9);
    }

    #[test]
    fn empty_and_trailing_break() {
        assert!(Doc::new("").is_empty());
        assert_eq!(Doc::new("a\n").len(), 1);
        assert_eq!(Doc::new("\n").len(), 1);
    }

    #[test]
    fn stats() {
        let doc = Doc::new("  • قال الوزير، إن المحادثات «مثمرة».\nHomeNewsSport");
        let first = doc.line(0).unwrap();
        assert!(first.is_bullet());
        assert_eq!(first.words(), 5);
        assert_eq!(first.clause_punct(), 1);
        assert!(first.ends_with_terminal());
        let second = doc.line(1).unwrap();
        assert_eq!(second.words(), 1);
        assert_eq!(second.strong_glue(), 2);
        assert!(!second.ends_with_terminal());
        // Glue inside runs of plain letters, which the scanner steps over.
        assert_eq!(glue::count("ترامبالحوثيون"), (0, 1));
        for line in [
            "ترامبالحوثيون",
            "مفاتيح اليومإسرائيلدونالد",
            "الأمريكيةدونالد ترامب",
            "About EuronewsCommercial ServicesTerms",
            "the endNext, the end.Next",
        ] {
            let doc = Doc::new(line);
            let l = doc.line(0).unwrap();
            assert_eq!(
                (l.strong_glue(), l.soft_glue()),
                glue::count(line),
                "{line}"
            );
        }
    }

    #[test]
    fn blank_includes_invisible() {
        let doc = Doc::new(" \u{200F}\u{FEFF}\t\nx");
        assert!(doc.line(0).unwrap().is_blank());
        assert!(!doc.line(1).unwrap().is_blank());
    }
}
