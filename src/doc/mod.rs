//! The read-only document view that every rule sees.
//!
//! A [`Doc`] splits the input into lines once, folds each line into a matching key once, and
//! measures each line once (words, punctuation, glue points), so that rules only read. Spans
//! always index the original text: the key is for matching, never for output.
//!
//! This file holds the view itself, [`Doc`] and [`Line`]: what rules read. The rest is kept
//! out of their way in submodules, each below the view: [`data`] packs a line's facts into a
//! few bytes, [`scan`] folds and measures a line in one pass, [`build`] builds a view from a
//! text or from the previous pass's view, and [`blocks`] groups the lines into paragraphs.

use std::ops::Range;

use once_cell::sync::OnceCell;

use crate::fold::key_to_source_in;

mod blocks;
mod build;
mod data;
mod scan;

pub(crate) use blocks::{announces_list, Block, Kind as BlockKind};
#[cfg(test)]
pub(crate) use build::cut_ranges;

use data::{Counter, Flag, LineData};

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
    /// The keys lie in `keys` in the order of the lines
    /// ([`DocParts::drop_cut_keys`](build::DocParts::drop_cut_keys)).
    keys_in_order: bool,
    /// The lines grouped into paragraphs, built on first use: several rules read them.
    blocks: OnceCell<Vec<Block>>,
}

impl<'a> Doc<'a> {
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

/// Declares methods that are public with the `unstable` feature and crate-visible without it
/// (their docs, with their examples, go with the public form only).
macro_rules! unstable_methods {
    ($($(#[$attr:meta])* pub fn $name:ident $args:tt -> $ret:ty $body:block)*) => {
        $(
            #[cfg(feature = "unstable")]
            $(#[$attr])*
            pub fn $name $args -> $ret $body

            #[cfg(not(feature = "unstable"))]
            pub(crate) fn $name $args -> $ret $body
        )*
    };
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

    /// Whether the line is [unchanged](Self::is_unchanged) and no rule reported evidence on
    /// it in the previous pass.
    ///
    /// Evidence stays (the line model weighs it on every pass), so a rule that reports it
    /// finds it again on the same line: `is_unchanged` cannot tell that rule which lines to
    /// skip. A verdict that depends on the line's text alone, and that is reported as
    /// evidence whenever it holds, held for no quiet line: its rule may skip such lines.
    /// Always false in the first pass and for views built with [`Doc::new`].
    pub(crate) fn is_quiet(&self) -> bool {
        self.data.has(Flag::QUIET)
    }

    /// Whether the line holds nothing but white space and invisible characters.
    pub fn is_blank(&self) -> bool {
        self.data.has_empty_key()
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
            unspaced.div_ceil(2)
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

    /// The line before this one, if any.
    pub fn prev(&self) -> Option<Line<'d>> {
        self.index.checked_sub(1).and_then(|i| self.doc.line(i))
    }

    /// The line after this one, if any.
    pub fn next(&self) -> Option<Line<'d>> {
        self.doc.line(self.index + 1)
    }
}

/// The shape helpers of [`Line`]: heuristics the rules use (what counts as prose, a bullet,
/// a glue point), public only with the `unstable` feature, since they change whenever
/// detection improves.
impl Line<'_> {
    unstable_methods! {
        /// Whether the line starts with a bullet (`•`, `-`, `*`, `·`, `–`, …, or `+` and a space:
        /// `+ Added banners`).
        ///
        /// ```
        /// let doc = textsieve::Doc::new("• Politics\nPolitics");
        /// assert!(doc.line(0).unwrap().is_bullet());
        /// assert!(!doc.line(1).unwrap().is_bullet());
        /// ```
        pub fn is_bullet(&self) -> bool {
            self.data.has(Flag::BULLET)
        }

        /// Strong glue points: places where two texts were joined without a space (see the crate's
        /// glue detector: script switches, `lowerUpper` joins, `ة`/`ى` followed by a letter, …).
        ///
        /// ```
        /// let doc = textsieve::Doc::new("About EuronewsCommercial Services\nThe minister said so.");
        /// assert_eq!(doc.line(0).unwrap().strong_glue(), 1);
        /// assert_eq!(doc.line(1).unwrap().strong_glue(), 0);
        /// ```
        pub fn strong_glue(&self) -> usize {
            self.data.count(Counter::StrongGlue)
        }

        /// Weak glue points (`ال` deep inside a long word, and the like).
        ///
        /// ```
        /// let doc = textsieve::Doc::new("ترامبالحوثيون");
        /// assert_eq!(doc.line(0).unwrap().soft_glue(), 1);
        /// ```
        pub fn soft_glue(&self) -> usize {
            self.data.count(Counter::SoftGlue)
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
            units >= MIN_PROSE_UNITS
                && (self.ends_with_terminal() || self.clause_punct() + self.terminal_punct() >= 2)
                && self.strong_glue() * PROSE_UNITS_PER_GLUE < units
        }
    }
}

/// The fewest words (units) of a prose line: shorter lines are headings, labels and menu
/// entries. Set by hand with the crate's first rules.
pub(crate) const MIN_PROSE_UNITS: usize = 8;

/// A prose line has fewer strong glue points than one per this many units: glued link runs
/// have several per few words. Set by hand with the crate's first rules.
const PROSE_UNITS_PER_GLUE: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_includes_invisible() {
        let doc = Doc::new(" \u{200F}\u{FEFF}\t\nx");
        assert!(doc.line(0).unwrap().is_blank());
        assert!(!doc.line(1).unwrap().is_blank());
    }
}
