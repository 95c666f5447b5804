//! A document's tokens, with where its lines, words and tail are.

use std::ops::Range;

use crate::doc::Doc;
use crate::profile::tokens::{tokenize, word_count, Start, Token};

/// The tokens of a document, with the facts that learning and matching share.
#[derive(Debug, Default)]
pub(crate) struct DocTokens {
    pub(crate) tokens: Vec<Token>,
    /// Words (and numbers) of the document before each token.
    pub(crate) words_before: Vec<usize>,
    /// Words in the document.
    pub(crate) words: usize,
    /// The lines with tokens that were tokenized, in order: `(line, first token)`.
    pub(crate) lines: Vec<(usize, usize)>,
    /// The document's last line with tokens, tokenized or not.
    pub(crate) last_line: Option<usize>,
    /// Every line that may open a tail and holds a word from this one on (counting the
    /// document's words from 0) was tokenized: 0 unless only the edges were.
    pub(crate) tail_from: usize,
}

/// Which lines [`DocTokens::edges`] may tokenize as tail lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// Those of the document's tail and of the tail before it: its last twice
    /// [`TAIL_WORDS`] words, in its second half. A tail cut starts among the last
    /// `TAIL_WORDS`, so the tail of what it leaves is covered too.
    Tail,
    /// Every line after the first.
    AfterTitle,
}

/// Lines kept before the tail when only a document's edges are tokenized: room for the
/// contact lines before a tail template.
const TAIL_CONTEXT_LINES: usize = 3;

impl DocTokens {
    /// Tokenizes every line of `doc` (for learning, which counts everywhere).
    pub(crate) fn of(doc: &Doc<'_>) -> DocTokens {
        let mut this = DocTokens::default();
        let mut words = 0;
        for line in doc.lines() {
            words = this.push_line(line.key(), line.index(), words);
        }
        this.words = words;
        this.last_line = this.lines.last().map(|&(line, _)| line);
        this
    }

    /// Tokenizes only what a profile can cut: the first `1 + head_lines` lines with tokens
    /// (the title and the head lines), the lines of the tail for which `may_open_tail` holds
    /// (a quick look at the key for the tail templates' words) with [`TAIL_CONTEXT_LINES`]
    /// before each, and with `last_line` the last line (for contact lines); word positions
    /// still count the whole document. So matching holds and makes tokens for a document's
    /// edges only. With [`Reach::AfterTitle`], every line after the first may be a tail line:
    /// a cut's tail templates may repeat above it (see [`Matcher`](crate::profile::apply)).
    pub(crate) fn edges(
        doc: &Doc<'_>,
        head_lines: usize,
        last_line: bool,
        reach: Reach,
        may_open_tail: impl Fn(&str) -> bool,
    ) -> DocTokens {
        let mut scratch = Vec::new();
        // Lines with tokens, and their words.
        let mut counted: Vec<(usize, usize)> = Vec::new();
        for line in doc.lines() {
            // Lines of punctuation only have tokens but no words; a line's tokens are only
            // made when its words do not settle whether it has any.
            let words = word_count(line.key());
            let has_tokens = words > 0 || {
                scratch.clear();
                tokenize(line.key(), line.index(), &mut scratch);
                !scratch.is_empty()
            };
            if has_tokens {
                counted.push((line.index(), words));
            }
        }
        let total: usize = counted.iter().map(|&(_, w)| w).sum();
        // The first line that can hold a tail token: the one where the last TAIL_WORDS words
        // (and the second half) begin.
        let tail_from_words = match reach {
            Reach::Tail => total.saturating_sub(2 * TAIL_WORDS).max(total / 2),
            Reach::AfterTitle => 0,
        };
        let mut before = 0;
        let mut tail_line = counted.len();
        for (n, &(_, words)) in counted.iter().enumerate() {
            if before + words >= tail_from_words {
                tail_line = n;
                break;
            }
            before += words;
        }
        if reach == Reach::AfterTitle {
            tail_line = tail_line.min(1);
        }
        let tail_from = if tail_line <= 1 { 0 } else { tail_from_words };
        let key = |n: usize| doc.line(counted[n].0).map_or("", |l| l.key());
        // Tail lines worth tokenizing, and the lines of context before each.
        let mut wanted = vec![false; counted.len()];
        for n in tail_line..counted.len() {
            if may_open_tail(key(n)) || (last_line && n + 1 == counted.len()) {
                for w in &mut wanted[n.saturating_sub(TAIL_CONTEXT_LINES)..=n] {
                    *w = true;
                }
            }
        }
        let mut this = DocTokens::default();
        let mut words_before = 0;
        for (n, &(index, words)) in counted.iter().enumerate() {
            if n <= head_lines || wanted[n] {
                this.push_line(key(n), index, words_before);
            }
            words_before += words;
        }
        this.words = total;
        this.last_line = counted.last().map(|&(line, _)| line);
        this.tail_from = tail_from;
        this
    }

    /// Appends the tokens of line `index`, which starts after `words_before` words of the
    /// document; returns the words before the next line.
    fn push_line(&mut self, key: &str, index: usize, words_before: usize) -> usize {
        let from = self.tokens.len();
        tokenize(key, index, &mut self.tokens);
        if self.tokens.len() > from {
            self.lines.push((index, from));
        }
        let mut words = words_before;
        for t in &self.tokens[from..] {
            self.words_before.push(words);
            words += usize::from(t.kind.is_word());
        }
        words
    }

    /// The token range of the `n`th line that was tokenized.
    pub(crate) fn line_tokens(&self, n: usize) -> Range<usize> {
        let start = self.lines.get(n).map_or(self.tokens.len(), |l| l.1);
        let end = self.lines.get(n + 1).map_or(self.tokens.len(), |l| l.1);
        start..end
    }

    /// The end of the line of token `i` (the index after its last token), or `i + most` if
    /// the line goes on past that: asked of every token that may open a tail, a walk to the
    /// line's end took time quadratic in a long line's tokens.
    pub(crate) fn line_end(&self, i: usize, most: usize) -> usize {
        let line = self.tokens[i].line;
        i + self.tokens[i..]
            .iter()
            .take(most)
            .take_while(|t| t.line == line)
            .count()
    }

    /// Whether token `i` starts in the document's tail: among its last [`TAIL_WORDS`] words,
    /// and in its second half.
    pub(crate) fn in_tail(&self, i: usize) -> bool {
        self.in_tail_of(i, self.words)
    }

    /// Whether token `i` starts in the tail of the document's first `words` words (the
    /// document as it reads once everything after them is cut).
    pub(crate) fn in_tail_of(&self, i: usize, words: usize) -> bool {
        let before = self.words_before[i];
        words.saturating_sub(before) <= TAIL_WORDS && before.saturating_mul(2) >= words
    }

    /// The first token after the first line that is in the tail of the document's first
    /// `words` words: every token from there on is ([`in_tail_of`](Self::in_tail_of)), as
    /// word positions only grow.
    pub(crate) fn tail_start(&self, words: usize) -> usize {
        let first_word = first_tail_word(words);
        self.words_before
            .partition_point(|&w| w < first_word)
            .max(self.line_tokens(1).start)
    }

    /// Whether every token that may open a tail in the tail of the document's first `words`
    /// words was tokenized.
    pub(crate) fn covers_tail_of(&self, words: usize) -> bool {
        first_tail_word(words) >= self.tail_from
    }

    /// The segments of tokens `range` (one line's): ranges split at every segment start.
    pub(crate) fn segments(&self, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut at = range.start;
        std::iter::from_fn(move || {
            if at >= range.end {
                return None;
            }
            let start = at;
            at += 1;
            while at < range.end && self.tokens[at].starts == Start::Inside {
                at += 1;
            }
            Some(start..at)
        })
    }
}

/// The first word (counting from 0) of the tail of a document of `words` words: the last
/// [`TAIL_WORDS`], in its second half.
fn first_tail_word(words: usize) -> usize {
    words.saturating_sub(TAIL_WORDS).max(words.div_ceil(2))
}

/// How far from the end a tail template starts, in words: "an anchor seen within the last
/// ~60 tokens in ≥ 90% of the documents holding it".
pub(crate) const TAIL_WORDS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_keep_positions_of_the_whole() {
        let mut text = String::from("عنوان\nسطر أول\nسطر ثان\n");
        for i in 0..200 {
            text += &["جملة رقم ", &i.to_string(), " في وسط النص.\n"].concat();
        }
        text.push_str("رابط الخبر: عنوان\n");
        let doc = Doc::new(&text);
        let all = DocTokens::of(&doc);
        let edges = DocTokens::edges(&doc, 2, true, Reach::Tail, |_| true);
        assert_eq!(edges.words, all.words);
        assert!(
            edges.tokens.len() < all.tokens.len() / 4,
            "{}",
            edges.tokens.len()
        );
        // The same tokens and positions where they are kept.
        for (n, &(line, first)) in edges.lines.iter().enumerate() {
            let m = all.lines.iter().position(|l| l.0 == line).unwrap();
            let (a, b) = (edges.line_tokens(n), all.line_tokens(m));
            assert_eq!(edges.tokens[a.clone()], all.tokens[b.clone()]);
            assert_eq!(edges.words_before[first], all.words_before[b.start]);
        }
        // The first three lines, and the tail with a few lines before it.
        assert_eq!(
            edges.lines[..3].iter().map(|l| l.0).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        assert_eq!(edges.lines.last().unwrap().0, 203);
        let tail_start = edges.lines[3].0;
        assert!(tail_start > 150 && tail_start < 200, "{tail_start}");
        // It holds the tail, and the tail of what a cut in the tail leaves, not more.
        assert!(edges.covers_tail_of(edges.words));
        assert!(edges.covers_tail_of(edges.words - TAIL_WORDS));
        assert!(!edges.covers_tail_of(edges.words - 3 * TAIL_WORDS));
        assert!(all.covers_tail_of(0));
    }

    #[test]
    fn doc_tokens_positions() {
        let doc = Doc::new("عنوان\nنص أول طويل.\n\nرابط الخبر: عنوان");
        let t = DocTokens::of(&doc);
        assert_eq!(t.lines.iter().map(|l| l.0).collect::<Vec<_>>(), [0, 1, 3]);
        assert_eq!(t.words, 7);
        let last = t.line_tokens(2);
        let segs: Vec<_> = t.segments(last.clone()).collect();
        assert_eq!(segs.len(), 2);
        assert!(t.in_tail(last.start));
        assert!(!t.in_tail(0));
        assert_eq!(t.line_end(last.start, usize::MAX), t.tokens.len());
        assert_eq!(t.line_end(last.start, 1), last.start + 1);
    }
}
