//! Byte ranges asked about in order: a cursor over sorted, joined ranges.
//!
//! Several stages ask, line after line, whether a line meets one of a set of byte ranges (the
//! comments the model keeps, the evidence of the last pass, the sure cuts of this one). A
//! leaf module, so that the view (`doc`), the merge and the stages can all use it without
//! importing each other.

use std::ops::Range;

/// Byte ranges asked about lines in order (the comments the model keeps, the removals
/// a pass has found): sorted and joined once, then passed with one cursor, so that a page of
/// many ranges costs its length, not lines times ranges.
pub(crate) struct RangeCursor {
    ranges: Vec<Range<usize>>,
    next: usize,
}

impl RangeCursor {
    pub(crate) fn new(ranges: &[Range<usize>]) -> RangeCursor {
        let mut sorted = ranges.to_vec();
        sorted.sort_by_key(|r| r.start);
        let mut joined: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
        for r in sorted {
            match joined.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => joined.push(r),
            }
        }
        RangeCursor {
            ranges: joined,
            next: 0,
        }
    }

    /// Whether `span` overlaps a range; spans are asked about in order of their start.
    pub(crate) fn overlaps(&mut self, span: &Range<usize>) -> bool {
        self.first_overlap(span).is_some()
    }

    /// The first (joined) range that overlaps `span`, if one does; spans are asked about in
    /// order of their start.
    pub(crate) fn first_overlap(&mut self, span: &Range<usize>) -> Option<&Range<usize>> {
        while self
            .ranges
            .get(self.next)
            .is_some_and(|r| r.end <= span.start)
        {
            self.next += 1;
        }
        self.ranges
            .get(self.next)
            .filter(|r| r.start < span.end && span.start < r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// [`RangeCursor`] answers as a scan of every range does, for spans in order.
        #[test]
        fn range_cursor_matches_a_scan(
            ranges in prop::collection::vec((0usize..60, 0usize..12), 0..8),
            spans in prop::collection::vec((0usize..60, 0usize..8), 0..12),
        ) {
            let ranges: Vec<Range<usize>> = ranges.into_iter().map(|(a, n)| a..a + n).collect();
            let mut spans: Vec<Range<usize>> = spans.into_iter().map(|(a, n)| a..a + n + 1).collect();
            spans.sort_by_key(|s| s.start);
            let mut cursor = RangeCursor::new(&ranges);
            for span in &spans {
                let scan = ranges.iter().any(|p| p.start < span.end && span.start < p.end);
                prop_assert_eq!(cursor.overlaps(span), scan, "{:?} in {:?}", span, ranges);
            }
        }
    }
}
