//! Blocks: consecutive non-blank lines read as one paragraph, each classified as prose, a
//! headline, or something else. Rules that look for the article body read the page as
//! blocks; the [`Doc`] builds them once and shares them between rules.

use super::{Doc, Line, MIN_PROSE_UNITS};

/// What a block of lines looks like to the region finder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Sentences: counts toward the article.
    Prose,
    /// Short, letter-dominant text with no sentence marks: a headline, menu item or link.
    Headline,
    /// Anything else: code, formulas, numbers, dates, symbols, long unpunctuated text.
    Other,
}

/// Consecutive non-blank lines read as one paragraph: a hard-wrapped paragraph (`… a data\n
/// storage provider …`) is one block, so that its lines are judged together. `first` and
/// `last` are line indices of the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Block {
    pub(crate) first: usize,
    pub(crate) last: usize,
    /// Words (see [`Line::units`]), saturating: every use caps them far below `u32::MAX`.
    pub(crate) units: u32,
    pub(crate) kind: Kind,
}

/// A block being read: its first and last line, and the sums that classify a wrapped one.
struct OpenBlock<'d> {
    first: Line<'d>,
    last: Line<'d>,
    units: usize,
    punct: usize,
    /// The block is a sentence announcing a list (`… were as follows:`), and takes the short
    /// lines right after it as its items.
    list: bool,
}

/// Whether `line` is a sentence that announces a list: prose-length, ending in a colon.
pub(crate) fn announces_list(line: &Line<'_>) -> bool {
    line.units() >= MIN_PROSE_UNITS && line.last_char() == Some(':')
}

/// The most digits of a list item's number (`2.`, `10)`, `120.`): longer, it is a year or
/// an amount. Set with the announced lists (a70ab1a).
const MAX_ITEM_NUMBER_DIGITS: usize = 3;

/// The most units of a list item or a headline line: longer, it is a sentence. Set by hand
/// with the whole-page rules (df78710).
const MAX_SHORT_LINE_UNITS: usize = 15;

/// How many characters in ten of a headline are letters, at least: fewer, it is a date,
/// a score or a code. Set by hand with the whole-page rules (df78710).
const MIN_HEADLINE_LETTER_TENTHS: usize = 7;

/// The fewest units of a hard-wrapped block that reads as prose (with one punctuation
/// mark). Set by hand with the whole-page rules (df78710).
const MIN_WRAPPED_PROSE_UNITS: usize = 12;

/// Whether `line` can be an item of an announced list: short, not a sentence of its own,
/// and numbered (`2. Norway`, `10) Spain`). Menus and teaser lists are not numbered.
fn is_list_item(line: &Line<'_>) -> bool {
    let text = line.text().trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=MAX_ITEM_NUMBER_DIGITS).contains(&digits)
        && text[digits..].starts_with(['.', ')'])
        && text[digits + 1..].starts_with([' ', '\t']);
    numbered && line.units() <= MAX_SHORT_LINE_UNITS && !line.is_prose()
}

impl OpenBlock<'_> {
    fn close(self) -> Block {
        let kind = if self.first.index() == self.last.index() {
            classify_line(&self.first)
        } else {
            classify_wrapped(self.units, self.punct)
        };
        Block {
            first: self.first.index(),
            last: self.last.index(),
            units: u32::try_from(self.units).unwrap_or(u32::MAX),
            kind,
        }
    }
}

/// Whether `next` continues the sentence of `line` (hard wrap): no sentence end before the
/// break and a lower-case letter after it.
fn continues(line: &Line<'_>, next: &Line<'_>) -> bool {
    !line.ends_with_terminal()
        && !matches!(line.last_char(), Some(':' | ';'))
        && next.first_char().is_some_and(char::is_lowercase)
}

/// Groups the non-blank lines of `doc` into blocks and classifies them, in one pass and
/// without a list of the lines (a large page has millions).
pub(crate) fn blocks(doc: &Doc<'_>) -> Vec<Block> {
    // About one block per two lines on scraped pages (a blank line between paragraphs).
    let mut out: Vec<Block> = Vec::with_capacity(doc.len() / 2 + 1);
    let mut open: Option<OpenBlock<'_>> = None;
    for line in doc.lines() {
        if line.is_blank() {
            out.extend(open.take().map(OpenBlock::close));
            continue;
        }
        let punct = line.terminal_punct() + line.clause_punct();
        match open.as_mut() {
            Some(block) if continues(&block.last, &line) || (block.list && is_list_item(&line)) => {
                block.units += line.units();
                block.punct += punct;
                block.list = block.list || announces_list(&line);
                block.last = line;
            }
            _ => {
                out.extend(open.take().map(OpenBlock::close));
                open = Some(OpenBlock {
                    first: line,
                    last: line,
                    units: line.units(),
                    punct,
                    list: announces_list(&line),
                });
            }
        }
    }
    out.extend(open.map(OpenBlock::close));
    out
}

fn classify_line(line: &Line<'_>) -> Kind {
    if line.is_prose() || announces_list(line) {
        return Kind::Prose;
    }
    let letter_tenths = line.letters() * 10 / line.chars().max(1);
    // A bullet is typed text (menus lose their markup when HTML is stripped): a list.
    if line.units() <= MAX_SHORT_LINE_UNITS
        && letter_tenths >= MIN_HEADLINE_LETTER_TENTHS
        && !line.is_bullet()
    {
        Kind::Headline
    } else {
        Kind::Other
    }
}

/// A hard-wrapped block of `units` words holding `punct` sentence and clause marks.
fn classify_wrapped(units: usize, punct: usize) -> Kind {
    if units >= MIN_WRAPPED_PROSE_UNITS && punct >= 1 {
        Kind::Prose
    } else {
        Kind::Other
    }
}
