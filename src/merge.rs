//! The one step that turns the rules' spans into output: merge, tidy lines, cut.
//!
//! Rules report overlapping, unsorted spans. This step makes them disjoint and sorted (where
//! two overlap, the one that starts first keeps the shared bytes; on a tie, the rule added
//! first), then tidies white space in a way that is itself only deletion:
//!
//! * a line whose visible text was all removed loses its line break too;
//! * a cut at the start or end of a line takes the white space next to it;
//! * blank lines next to a removed line collapse to one between kept lines, and to none at
//!   the start or end of the document. Blank lines that touch no removal are left alone, so
//!   text with nothing to remove comes out byte for byte.
//!
//! The tidying is reported like any rule, with id [`WHITESPACE`] and
//! [`Reason::BlankLines`](crate::Reason::BlankLines), or under the rule whose cut it extends.

use crate::doc::Doc;
use crate::rule::{Reason, Removal};
use crate::script::is_invisible;

/// Rule id under which blank-line collapsing is reported.
pub const WHITESPACE: &str = "whitespace";

/// The rules' spans made disjoint and sorted, with the white-space tidying added.
pub(crate) fn resolve(doc: &Doc<'_>, raw: Vec<Removal>) -> Vec<Removal> {
    let spans = disjoint(doc.text(), raw);
    if spans.is_empty() {
        return spans;
    }
    tidy_lines(doc, spans)
}

/// Disjoint, sorted removals plus the output they produce.
#[cfg(test)]
pub(crate) fn apply(doc: &Doc<'_>, raw: Vec<Removal>) -> (String, Vec<Removal>) {
    let spans = resolve(doc, raw);
    (cut(doc.text(), &spans), spans)
}

/// Clamps spans to char boundaries of `text`, sorts them and removes overlaps.
fn disjoint(text: &str, mut raw: Vec<Removal>) -> Vec<Removal> {
    for r in &mut raw {
        let mut start = r.span.start.min(text.len());
        let mut end = r.span.end.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        r.span = start..end.max(start);
    }
    raw.retain(|r| !r.span.is_empty());
    raw.sort_by_key(|r| r.span.start); // stable: ties keep rule order
    sweep(raw)
}

/// Removes overlaps from spans sorted by start, and joins adjacent pieces of one decision.
fn sweep(sorted: Vec<Removal>) -> Vec<Removal> {
    let mut out: Vec<Removal> = Vec::with_capacity(sorted.len());
    let mut covered = 0;
    for mut r in sorted {
        if r.span.end <= covered {
            continue;
        }
        r.span.start = r.span.start.max(covered);
        covered = r.span.end;
        match out.last_mut() {
            Some(prev)
                if prev.span.end == r.span.start
                    && prev.rule == r.rule
                    && prev.reason == r.reason =>
            {
                prev.span.end = r.span.end;
            }
            _ => out.push(r),
        }
    }
    out
}

/// How a line fares under the removals.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Kept,
    Blank,
    Removed,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Extends cuts over the white space they leave behind and collapses blank lines.
fn tidy_lines(doc: &Doc<'_>, spans: Vec<Removal>) -> Vec<Removal> {
    let text = doc.text();
    let mut extra: Vec<Removal> = Vec::new();
    let mut fates = Vec::with_capacity(doc.len());
    let mut first = 0; // first span that may touch the current line
    for line in doc.lines() {
        let range = line.span();
        let with_break = line.span_with_break();
        while first < spans.len() && spans[first].span.end <= range.start {
            first += 1;
        }
        if line.is_blank() {
            let probe = with_break.start;
            let removed = with_break.end > probe
                && spans
                    .get(first)
                    .is_some_and(|s| s.span.start <= probe && s.span.end > probe);
            fates.push(if removed { Fate::Removed } else { Fate::Blank });
            continue;
        }
        let mut last = first;
        while last < spans.len() && spans[last].span.start < range.end {
            last += 1;
        }
        let touching = &spans[first..last];
        let (Some(head), Some(tail)) = (touching.first(), touching.last()) else {
            fates.push(Fate::Kept);
            continue;
        };
        // The kept pieces of the line, between the cuts.
        let mut gaps = Vec::new();
        let mut pos = range.start;
        for s in touching {
            if s.span.start > pos {
                gaps.push(pos..s.span.start);
            }
            pos = pos.max(s.span.end);
        }
        if pos < range.end {
            gaps.push(pos..range.end);
        }
        let visible = gaps
            .iter()
            .any(|g| text[g.clone()].chars().any(|c| !is_space(c)));
        if !visible {
            // Everything visible went: the white space and the line break go with it.
            for gap in gaps {
                extra.push(Removal::new(gap, head.rule, head.reason.clone()));
            }
            if tail.span.end < with_break.end {
                extra.push(Removal::new(
                    range.end.max(tail.span.end)..with_break.end,
                    tail.rule,
                    tail.reason.clone(),
                ));
            }
            fates.push(Fate::Removed);
            continue;
        }
        // Some text stays: a cut at an edge of the line takes the white space beside it.
        if head.span.start <= range.start {
            if let Some(gap) = gaps.first() {
                let piece = &text[gap.clone()];
                let spaces = piece.len() - piece.trim_start_matches(is_space).len();
                if spaces > 0 {
                    extra.push(Removal::new(
                        gap.start..gap.start + spaces,
                        head.rule,
                        head.reason.clone(),
                    ));
                }
            }
        }
        if tail.span.end >= range.end {
            if let Some(gap) = gaps.last() {
                let piece = &text[gap.clone()];
                let kept = piece.trim_end_matches(is_space).len();
                if gap.start + kept < gap.end {
                    extra.push(Removal::new(
                        gap.start + kept..gap.end,
                        tail.rule,
                        tail.reason.clone(),
                    ));
                }
            }
        }
        fates.push(Fate::Kept);
    }
    collapse_blank_runs(doc, &fates, &mut extra);
    if extra.is_empty() {
        return spans;
    }
    let mut all = spans;
    all.extend(extra);
    disjoint(text, all)
}

/// Collapses blank lines in each run of blank-or-removed lines that holds a removed line.
fn collapse_blank_runs(doc: &Doc<'_>, fates: &[Fate], extra: &mut Vec<Removal>) {
    let mut i = 0;
    while i < fates.len() {
        if fates[i] == Fate::Kept {
            i += 1;
            continue;
        }
        let start = i;
        while i < fates.len() && fates[i] != Fate::Kept {
            i += 1;
        }
        let run = &fates[start..i];
        if !run.contains(&Fate::Removed) {
            continue;
        }
        let between_kept = start > 0 && i < fates.len();
        let mut kept_one = !between_kept;
        for (offset, fate) in run.iter().enumerate() {
            let index = start + offset;
            match fate {
                Fate::Blank if !kept_one => kept_one = true,
                Fate::Blank => {
                    if let Some(line) = doc.line(index) {
                        extra.push(Removal::new(
                            line.span_with_break(),
                            WHITESPACE,
                            Reason::BlankLines,
                        ));
                    }
                }
                Fate::Removed => {
                    if let Some(line) = doc.line(index) {
                        if line.is_blank() {
                            extra.push(Removal::new(
                                line.span_with_break(),
                                WHITESPACE,
                                Reason::BlankLines,
                            ));
                        }
                    }
                }
                Fate::Kept => {}
            }
        }
    }
}

/// Copies `text` without the (sorted, disjoint) spans.
pub(crate) fn cut(text: &str, spans: &[Removal]) -> String {
    let removed: usize = spans.iter().map(|r| r.span.len()).sum();
    let mut out = String::with_capacity(text.len().saturating_sub(removed));
    let mut pos = 0;
    for r in spans {
        out.push_str(&text[pos..r.span.start]);
        pos = r.span.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Maps `later` (sorted, disjoint spans of the text left after `earlier`) back onto the
/// original text and returns the union with `earlier`, sorted.
pub(crate) fn compose(earlier: Vec<Removal>, later: Vec<Removal>) -> Vec<Removal> {
    // Kept segments of the original: (original start, length), in order.
    let mut mapped: Vec<Removal> = Vec::with_capacity(later.len());
    let mut segments = Vec::with_capacity(earlier.len() + 1);
    let mut pos = 0;
    for r in &earlier {
        if r.span.start > pos {
            segments.push((pos, r.span.start - pos));
        }
        pos = r.span.end;
    }
    segments.push((pos, usize::MAX - pos));
    let mut seg = 0;
    let mut seg_out_start = 0; // offset in the later text where segment `seg` begins
    for r in later {
        let (mut a, b) = (r.span.start, r.span.end);
        while a < b {
            while seg + 1 < segments.len() && seg_out_start + segments[seg].1 <= a {
                seg_out_start += segments[seg].1;
                seg += 1;
            }
            let (orig, len) = segments[seg];
            let seg_end = seg_out_start.saturating_add(len);
            let piece_end = b.min(seg_end);
            let start = orig + (a - seg_out_start);
            let end = orig + (piece_end - seg_out_start);
            mapped.push(Removal::new(start..end, r.rule, r.reason.clone()));
            a = piece_end;
        }
    }
    let mut all = earlier;
    all.extend(mapped);
    all.sort_by_key(|r| r.span.start);
    sweep(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Which bytes of a `len`-byte text the spans cover.
    fn mask(len: usize, spans: &[Removal]) -> Vec<bool> {
        let mut m = vec![false; len];
        for r in spans {
            for b in &mut m[r.span.clone()] {
                *b = true;
            }
        }
        m
    }

    /// Naive twin of [`compose`]: list the original bytes that `earlier` kept, mark the ones
    /// `later` removes from that list, and add the bytes `earlier` removed.
    fn naive_compose(len: usize, earlier: &[Removal], later: &[Removal]) -> Vec<bool> {
        let mut removed = mask(len, earlier);
        let kept: Vec<usize> = (0..len).filter(|&i| !removed[i]).collect();
        for r in later {
            for &i in &kept[r.span.clone()] {
                removed[i] = true;
            }
        }
        removed
    }

    /// Naive twin of [`disjoint`]: every byte goes to the first span, by start and then by
    /// rule order, that covers it once widened to char boundaries.
    fn naive_owner(text: &str, raw: &[Removal]) -> Vec<Option<&'static str>> {
        let widened: Vec<(usize, usize, &'static str)> = raw
            .iter()
            .map(|r| {
                let mut a = r.span.start.min(text.len());
                let mut b = r.span.end.min(text.len());
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                (a, b, r.rule)
            })
            .collect();
        (0..text.len())
            .map(|i| {
                widened
                    .iter()
                    .filter(|(a, b, _)| *a <= i && i < *b)
                    .min_by_key(|(a, _, _)| *a)
                    .map(|(_, _, rule)| *rule)
            })
            .collect()
    }

    fn is_sorted_disjoint(spans: &[Removal]) -> bool {
        spans.iter().all(|r| r.span.start < r.span.end)
            && spans.windows(2).all(|w| w[0].span.end <= w[1].span.start)
    }

    /// Sorted, disjoint, non-empty spans inside `0..len`, from a list of cut points.
    fn spans_in(len: usize, cuts: &[usize], rule: &'static str) -> Vec<Removal> {
        let mut points: Vec<usize> = cuts.iter().map(|c| c % (len + 1)).collect();
        points.sort_unstable();
        points.dedup();
        points
            .chunks_exact(2)
            .map(|p| Removal::new(p[0]..p[1], rule, Reason::AdLabel))
            .collect()
    }

    const RULES: [&str; 3] = ["a", "b", "c"];

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.

        #[test]
        fn compose_agrees_with_byte_masks(
            len in 0usize..200,
            first in prop::collection::vec(any::<usize>(), 0..12),
            second in prop::collection::vec(any::<usize>(), 0..12),
        ) {
            let earlier = spans_in(len, &first, "a");
            let left = len - earlier.iter().map(|r| r.span.len()).sum::<usize>();
            let later = spans_in(left, &second, "b");
            let composed = compose(earlier.clone(), later.clone());
            prop_assert!(is_sorted_disjoint(&composed));
            prop_assert_eq!(mask(len, &composed), naive_compose(len, &earlier, &later));
            let text: String = (0..len).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            prop_assert_eq!(cut(&text, &composed), cut(&cut(&text, &earlier), &later));
        }

        #[test]
        fn disjoint_agrees_with_first_owner(
            text in "[a-zé\u{0627}-\u{064A}😀 \n]{0,40}",
            raw in prop::collection::vec((0usize..100, 0usize..100, 0usize..3), 0..10),
        ) {
            let raw: Vec<Removal> = raw
                .into_iter()
                .map(|(a, b, rule)| Removal::new(a..b, RULES[rule], Reason::AdLabel))
                .collect();
            let spans = disjoint(&text, raw.clone());
            prop_assert!(is_sorted_disjoint(&spans));
            let mut owner = vec![None; text.len()];
            for r in &spans {
                prop_assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
                for o in &mut owner[r.span.clone()] {
                    *o = Some(r.rule);
                }
            }
            prop_assert_eq!(owner, naive_owner(&text, &raw));
        }
    }

    fn run(text: &str, spans: &[(usize, usize)]) -> String {
        let doc = Doc::new(text);
        let raw = spans
            .iter()
            .map(|&(a, b)| Removal::new(a..b, "t", Reason::AdLabel))
            .collect();
        apply(&doc, raw).0
    }

    #[test]
    fn whole_line_takes_its_break_and_one_blank() {
        let text = "para one\n\nAD\n\npara two\n";
        assert_eq!(run(text, &[(10, 12)]), "para one\n\npara two\n");
    }

    #[test]
    fn edges_of_document_lose_blanks() {
        assert_eq!(run("AD\n\npara", &[(0, 2)]), "para");
        assert_eq!(run("para\n\nAD", &[(6, 8)]), "para\n");
    }

    #[test]
    fn untouched_blanks_stay() {
        assert_eq!(run("a\n\n\n\nb\nAD\nc", &[(7, 9)]), "a\n\n\n\nb\nc");
    }

    #[test]
    fn partial_cuts_take_adjacent_space() {
        assert_eq!(run("hello world AD", &[(12, 14)]), "hello world");
        assert_eq!(run("AD hello", &[(0, 2)]), "hello");
    }

    #[test]
    fn overlaps_and_bad_spans_are_clamped() {
        let text = "aé b\nc";
        let doc = Doc::new(text);
        let raw = vec![
            Removal::new(2..3, "x", Reason::AdLabel), // inside é
            Removal::new(0..2, "y", Reason::AdLabel),
            Removal::new(50..60, "z", Reason::AdLabel),
        ];
        let (out, spans) = apply(&doc, raw);
        assert_eq!(out, "b\nc");
        assert!(spans.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }

    #[test]
    fn compose_maps_back() {
        let earlier = vec![Removal::new(2..4, "a", Reason::AdLabel)];
        // original "01234567", after earlier: "014567"; later removes "14" (1..3 there)
        let later = vec![Removal::new(1..3, "b", Reason::AdLabel)];
        let all = compose(earlier, later);
        let spans: Vec<_> = all.iter().map(|r| r.span.clone()).collect();
        assert_eq!(spans, vec![1..2, 2..4, 4..5]);
        assert_eq!(cut("01234567", &all), "0567");
    }
}
