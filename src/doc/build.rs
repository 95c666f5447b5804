//! Building a view: from a text ([`Doc::new`]) or, between cleaning passes, from the
//! previous pass's view and the ranges cut out of its text ([`Doc::rebuild`]), reusing the
//! key and measurements of every line whose text did not change.
//!
//! Separate from the view because rules never call it: splitting a text into lines and, between
//! passes, matching new lines with old ones ([`DocParts`], old offsets, compacted keys) is
//! about memory and time, not about what a line is.

use std::ops::Range;

use once_cell::sync::OnceCell;

use crate::char_table::InfoTable;
use crate::doc::data::{Flag, LineData};
use crate::doc::scan::scan;
use crate::doc::Doc;
use crate::ranges::RangeCursor;

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
            .is_none_or(|r| r.start >= old_start + (end - start));
        (old_start, intact)
    }
}

impl<'a> Doc<'a> {
    /// Splits `text` into lines and prepares them for rules.
    ///
    /// Lines end at `\n`, `\r\n` or a lone `\r`; the break is not part of a line's
    /// [`span`](super::Line::span) but is part of its
    /// [`span_with_break`](super::Line::span_with_break).
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
    ///
    /// `evidence` holds the spans of the rules' evidence on the previous view (in any order):
    /// an unchanged line that none of them touched is [`quiet`](super::Line::is_quiet).
    pub(crate) fn rebuild(
        text: &'a str,
        prev: DocParts,
        removed: &[Range<usize>],
        evidence: &[Range<usize>],
    ) -> Doc<'a> {
        let table = InfoTable::get();
        let mut evidence = RangeCursor::new(evidence);
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
                        let quiet = !evidence.overlaps(&(old_start..old_start + (end - start)));
                        reused = Some((std::mem::take(prev), quiet));
                        old += 1;
                    }
                }
            }
            let data = if let Some((mut data, quiet)) = reused {
                data.start = start;
                data.set_break(end_with_break - end);
                data.bits |= Flag::UNCHANGED;
                if quiet {
                    data.bits |= Flag::QUIET;
                } else {
                    data.bits &= !Flag::QUIET;
                }
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
}

#[cfg(test)]
pub(crate) use tests::cut_ranges;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::scan::line_strategy;
    use proptest::prelude::*;

    /// Cuts sorted, disjoint, char-aligned ranges from `cuts` (pairs of offsets) out of `text`.
    pub(crate) fn cut_ranges(text: &str, cuts: &[(usize, usize)]) -> (String, Vec<Range<usize>>) {
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
            let rebuilt = Doc::rebuild(&out, parts, &removed, &[]);
            prop_assert!(rebuilt.same_as(&Doc::new(&out)), "{:?} {:?}", text, removed);
            // And again from the rebuilt view, whose keys may be out of line order.
            let (out2, removed2) = cut_ranges(&out, &second);
            let mut parts = rebuilt.into_parts();
            parts.compact_keys(&removed2);
            let again = Doc::rebuild(&out2, parts, &removed2, &[]);
            prop_assert!(again.same_as(&Doc::new(&out2)), "{:?} {:?}", out, removed2);
        }
    }

    #[test]
    fn rebuild_rescans_merged_lines() {
        // `ab` and `cd` join with a space: one byte more than their keys held.
        let text = "ab \n cd\nxyz\nuvw";
        let (out, removed) = cut_ranges(text, &[(3, 4)]);
        assert_eq!(out, "ab  cd\nxyz\nuvw");
        let rebuilt = Doc::rebuild(&out, Doc::new(text).into_parts(), &removed, &[]);
        assert!(rebuilt.same_as(&Doc::new(&out)));
        assert_eq!(rebuilt.line(1).unwrap().key(), "xyz");
    }

    #[test]
    fn rebuild_reuses_unchanged_lines_and_merges_cut_ones() {
        let text = "Keep this line.\nCut  here \n\nand here too\nLast line.";
        let cut_at = text.find("here ").unwrap()..text.find("here too").unwrap() + 5;
        let (out, removed) = cut_ranges(text, &[(cut_at.start, cut_at.end)]);
        assert_eq!(out, "Keep this line.\nCut  too\nLast line.");
        let rebuilt = Doc::rebuild(&out, Doc::new(text).into_parts(), &removed, &[]);
        assert!(rebuilt.same_as(&Doc::new(&out)));
        assert_eq!(rebuilt.line(1).unwrap().key(), "cut too");
    }

    #[test]
    fn dropping_cut_keys_keeps_the_others_only() {
        let text = "Keep me.\nCut me.\nKeep too.";
        let cut = text.find("Cut").unwrap()..text.find("Keep too").unwrap();
        let (out, removed) = cut_ranges(text, &[(cut.start, cut.end)]);
        let mut parts = Doc::new(text).into_parts();
        parts.compact_keys(&removed);
        assert_eq!(parts.keys, "keep me.keep too.");
        let rebuilt = Doc::rebuild(&out, parts, &removed, &[]);
        assert!(rebuilt.same_as(&Doc::new(&out)));
        assert!(rebuilt.line(1).unwrap().is_unchanged());
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
}
