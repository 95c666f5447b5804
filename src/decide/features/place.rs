//! Where a line sits on its page: the densest body of prose, windows of prose and short
//! lines around it, distances to dated lines, blocks, and the rules' verdict on the page as
//! a whole. Kept apart from the line's own features because these read the whole page, in
//! running sums, so that every line's place costs the same whatever the page's length.

use super::{
    flag, num, COMMENT_WORD, DATE_LIKE, EV_ANY, EV_CERTAIN, EV_CHROME, EV_END, EV_REGION,
    MAX_DISTANCE, MENU_EVIDENCE, OWN, PROSE, TITLE_LIKE, UNITS,
};
use crate::doc::Line;
use crate::rules::footer_links::is_menu_entry;

/// Most words a prose line adds to the body's score: one glued, page-long line does not make
/// a body on its own. Set by hand with the first model, as are the values below.
const BODY_LINE_CAP: f32 = 300.0;
/// What a headline-like line costs the body's score: this, and half its words up to
/// [`TITLE_WORDS_CAP`]: a list of teasers between paragraphs breaks the body, a subheading
/// does not.
const TITLE_COST: f32 = 3.0;
/// Words of a headline-like line counted in its cost.
const TITLE_WORDS_CAP: f32 = 40.0;
/// What any other line costs the body's score.
const OTHER_COST: f32 = 1.0;
/// A short line (menu entries, labels) has at most this many words.
const SHORT_LINE_WORDS: f32 = 3.0;
/// A dated line is date-like and has at most this many words: a dateline, not a sentence
/// that names a date.
const DATED_LINE_WORDS: f32 = 15.0;
/// A line the sure rules took: its certain evidence reaches this share.
const TAKEN: f32 = 0.5;
/// Places the rules took lines in (runs apart from each other) that corroborate the page's
/// chrome, as a menu run of [`MENU_EVIDENCE`] lines does.
const MIN_TAKEN_PLACES: usize = 2;
/// The longest menu run the feature counts.
const MAX_MENU_RUN: usize = 99;
/// Radius, in lines, of the near neighbourhood whose words, prose, short lines and evidence
/// are features.
const NEAR: usize = 5;
/// Radius, in lines, of the wide neighbourhood (prose and short lines).
const WIDE: usize = 10;

/// The best-scoring run of lines (Kadane's maximum-sum segment) where prose lines score their
/// words and headline-like lines a penalty: the body of the article, as `first..end` and its
/// score, or `None` when nothing scores above zero.
fn body(owns: &[[f32; OWN]]) -> Option<(usize, usize, f32)> {
    let score = |o: &[f32; OWN]| {
        if o[PROSE] > 0.0 {
            o[UNITS].min(BODY_LINE_CAP)
        } else if o[TITLE_LIKE] > 0.0 {
            -(TITLE_COST + o[UNITS].min(TITLE_WORDS_CAP) / 2.0)
        } else {
            -OTHER_COST
        }
    };
    // Summed in `f64`, as the running sums are (see [`running`]).
    let (mut best, mut sum, mut start) = (None::<(usize, usize, f64)>, 0.0f64, 0usize);
    for (k, o) in owns.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = k;
        }
        sum += f64::from(score(o));
        if sum > best.map_or(0.0, |b| b.2) {
            best = Some((start, k + 1, sum));
        }
    }
    #[allow(clippy::cast_possible_truncation)]
    best.map(|(first, end, score)| (first, end, score as f32))
}

/// What a line's place features are made of: running sums over the page's lines (so that a
/// window's mean is a difference), a few numbers per line, and the page's own numbers. About
/// 60 bytes a line, where the features themselves take 124: rows are put together when asked
/// for.
pub(super) struct Place {
    /// Running sums from the first line: words, words of prose, prose lines, short lines,
    /// evidence.
    units: Vec<f64>,
    prose_units: Vec<f64>,
    prose_lines: Vec<f64>,
    short_lines: Vec<f64>,
    evidence: Vec<f64>,
    pub(super) lines: Vec<LinePlace>,
    page: PagePlace,
}

/// A line's own share of [`Place`].
#[derive(Clone, Copy)]
pub(super) struct LinePlace {
    block_units: f32,
    block_lines: u32,
    /// Lines since the last and until the next dated short line, capped.
    since_dated: u8,
    until_dated: u8,
    digit_shape_repeats: u32,
    blank_before: bool,
    blank_after: bool,
    /// What the rules alone would remove of the line on a page that shows page chrome (see
    /// [`Place::new`]).
    pub(super) cascade: f32,
}

/// The page's numbers.
struct PagePlace {
    prose_units: f32,
    units: f32,
    prose_share: f32,
    max_units: f32,
    /// The body of prose: first and end line, and its score.
    body: Option<(usize, usize, f32)>,
    dated: f32,
    comment_words: f32,
    certain_lines: f32,
    certain_places: f32,
    /// The longest run of menu entries (blank lines do not break it), capped.
    menu_run: f32,
}

/// Running sums of `f` over `0..m`.
///
/// In `f64`: an `f32` sum holds integers exactly only up to 2^24, and a page of 17 million
/// words or lines would lose a line's own small terms from its windows (and its features
/// would depend on where it stands). The differences, small again, are `f32`.
fn running(m: usize, f: impl Fn(usize) -> f32) -> Vec<f64> {
    let mut sums = vec![0.0f64; m + 1];
    for k in 0..m {
        sums[k + 1] = sums[k] + f64::from(f(k));
    }
    sums
}

/// `sums[b] - sums[a]`, for running sums from [`running`].
#[allow(clippy::cast_possible_truncation)]
fn between(sums: &[f64], a: usize, b: usize) -> f32 {
    (sums[b] - sums[a]) as f32
}

/// Distances from each line to the last (`forward`) or next flagged line, capped.
fn distances(flags: &[bool], forward: bool) -> Vec<u8> {
    let m = flags.len();
    let mut out = vec![u8::MAX; m];
    let mut last = None;
    let order: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(0..m)
    } else {
        Box::new((0..m).rev())
    };
    for k in order {
        if let Some(l) = last {
            let d: usize = if forward { k - l } else { l - k };
            out[k] = u8::try_from(d).unwrap_or(u8::MAX);
        }
        if flags[k] {
            last = Some(k);
        }
    }
    out
}

/// Runs of consecutive lines among `0..m` for which `flagged` holds: the places where the
/// rules took text.
pub(super) fn places(m: usize, flagged: impl Fn(usize) -> bool) -> usize {
    (0..m)
        .filter(|&k| flagged(k) && (k == 0 || !flagged(k - 1)))
        .count()
}

/// The longest run of menu entries in a row among `lines` (non-blank lines).
pub(super) fn menu_run(lines: &[Line<'_>]) -> usize {
    let (mut longest, mut run) = (0usize, 0usize);
    for line in lines {
        run = if is_menu_entry(line) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Whether a page shows page chrome, so that the rules' unsure findings go with their sure
/// ones (the `cascade` feature): the sure rules or the end-of-article marker took text in
/// [`MIN_TAKEN_PLACES`] places or more (`taken_places`), or a menu of [`MENU_EVIDENCE`]
/// lines stands (`menu_run`).
pub(super) fn shows_chrome(taken_places: usize, menu_run: usize) -> bool {
    taken_places >= MIN_TAKEN_PLACES || menu_run >= MENU_EVIDENCE
}

impl Place {
    pub(super) fn new(lines: &[Line<'_>], owns: &[[f32; OWN]], digit_shapes: &[u32]) -> Place {
        let m = owns.len();
        let prose = |k: usize| owns[k][PROSE] > 0.0;
        let units = running(m, |k| owns[k][UNITS]);
        let prose_units = running(m, |k| if prose(k) { owns[k][UNITS] } else { 0.0 });
        let prose_lines = running(m, |k| flag(prose(k)));
        let short_lines = running(m, |k| flag(owns[k][UNITS] <= SHORT_LINE_WORDS));
        let evidence = running(m, |k| owns[k][EV_ANY]);
        // Dated short lines: bylines, comment headers, teaser dates.
        let dated: Vec<bool> = owns
            .iter()
            .map(|o| o[DATE_LIKE] > 0.0 && o[UNITS] <= DATED_LINE_WORDS)
            .collect();
        let since = distances(&dated, true);
        let until = distances(&dated, false);
        // Lines the sure rules took, and in how many places.
        let certain: Vec<bool> = owns.iter().map(|o| o[EV_CERTAIN] >= TAKEN).collect();
        let certain_places = (0..m)
            .filter(|&k| certain[k] && (k == 0 || !certain[k - 1]))
            .count();
        // The rules' verdict on their own: what is sure goes; evidence goes too on a page
        // that shows page chrome, where the sure rules (or the end-of-article marker) took
        // text in two places or more, or a long menu stands. A feature, not a decision.
        let taken_places = places(m, |k| owns[k][EV_CERTAIN] > 0.0 || owns[k][EV_END] > 0.0);
        let menu_run = menu_run(lines);
        let corroborated = shows_chrome(taken_places, menu_run);
        let cascade = |k: usize| {
            let o = &owns[k];
            let unsure = if corroborated {
                o[EV_CHROME].max(o[EV_REGION])
            } else {
                0.0
            };
            o[EV_CERTAIN].max(o[EV_END]).max(unsure)
        };
        let mut per_line = Vec::with_capacity(m);
        // Blocks: runs of lines with no blank line between them.
        let mut k = 0;
        while k < m {
            let mut e = k + 1;
            while e < m && lines[e].index() == lines[e - 1].index() + 1 {
                e += 1;
            }
            for j in k..e {
                per_line.push(LinePlace {
                    block_units: between(&units, k, e),
                    block_lines: u32::try_from(e - k).unwrap_or(u32::MAX),
                    since_dated: since[j],
                    until_dated: until[j],
                    digit_shape_repeats: digit_shapes[j],
                    blank_before: lines[j].index() > 0
                        && (j == 0 || lines[j - 1].index() + 1 < lines[j].index()),
                    blank_after: j + 1 < m && lines[j].index() + 1 < lines[j + 1].index(),
                    cascade: cascade(j),
                });
            }
            k = e;
        }
        let page = PagePlace {
            prose_units: between(&prose_units, 0, m),
            units: between(&units, 0, m),
            prose_share: between(&prose_lines, 0, m) / num(m),
            max_units: owns.iter().map(|o| o[UNITS]).fold(0.0, f32::max),
            body: body(owns),
            dated: num(dated.iter().filter(|&&d| d).count()),
            comment_words: num(owns.iter().filter(|o| o[COMMENT_WORD] > 0.0).count()),
            certain_lines: num(certain.iter().filter(|&&c| c).count()),
            certain_places: num(certain_places),
            menu_run: num(menu_run.min(MAX_MENU_RUN)),
        };
        Place {
            units,
            prose_units,
            prose_lines,
            short_lines,
            evidence,
            lines: per_line,
            page,
        }
    }

    /// Whether line `k` lies in the body of the article (its `in_body` feature).
    pub(super) fn is_in_body(&self, k: usize) -> bool {
        self.page
            .body
            .is_some_and(|(start, end, _)| (start..end).contains(&k))
    }

    /// Line `k`'s place features.
    pub(super) fn write(&self, k: usize, out: &mut [f32]) {
        let m = self.lines.len();
        let window = |sums: &[f64], r: usize| {
            let (a, b) = (k.saturating_sub(r), (k + r + 1).min(m));
            between(sums, a, b) / num(b - a)
        };
        let line = self.lines[k];
        let page = &self.page;
        let (in_body, dist, dist_words, score) = match page.body {
            Some((s, _, score)) if k < s => (0.0, -num(s - k), between(&self.units, k, s), score),
            Some((_, e, score)) if k >= e => {
                (0.0, num(k + 1 - e), between(&self.units, e, k + 1), score)
            }
            Some((_, _, score)) => (1.0, 0.0, 0.0, score),
            None => (0.0, 999.0, 99_999.0, 0.0),
        };
        let capped = |d: u8| num(usize::from(d)).min(MAX_DISTANCE);
        out.copy_from_slice(&[
            flag(line.blank_before),
            flag(line.blank_after),
            window(&self.units, NEAR),
            window(&self.prose_lines, NEAR),
            window(&self.short_lines, NEAR),
            window(&self.evidence, NEAR),
            window(&self.prose_lines, WIDE),
            window(&self.short_lines, WIDE),
            num(k) / num(m),
            between(&self.prose_units, 0, k) / page.prose_units.max(1.0),
            between(&self.prose_units, k + 1, m) / page.prose_units.max(1.0),
            in_body,
            dist,
            dist_words,
            score,
            page.units,
            num(m),
            page.prose_share,
            page.max_units,
            line.block_units,
            num(line.block_lines as usize),
            num(k),
            num(m - 1 - k),
            page.dated,
            page.comment_words,
            capped(line.since_dated),
            capped(line.until_dated),
            num(line.digit_shape_repeats as usize),
            page.certain_lines,
            page.certain_places,
            page.certain_lines / num(m),
            line.cascade,
            k.checked_sub(1).map_or(0.0, |j| self.lines[j].cascade),
            self.lines.get(k + 1).map_or(0.0, |l| l.cascade),
            page.menu_run,
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::features::{
        coverage, digit_shape_hash, table, CONTEXT, COUNT, MAX_SHAPE_WORDS, NAMES, OFFSETS,
    };
    use crate::doc::Doc;
    use crate::rule::Removal;
    use proptest::prelude::*;

    /// Place features computed directly, line by line, from the lines' own features: the
    /// twin of [`Place`]'s running sums. One list of every feature in order, as `NAMES` is:
    /// splitting it would hide the order the twin checks.
    #[allow(clippy::too_many_lines)]
    fn naive_place(
        lines: &[Line<'_>],
        owns: &[[f32; OWN]],
        digit: &[Option<u64>],
    ) -> Vec<Vec<f32>> {
        let m = owns.len();
        let units = |k: usize| owns[k][UNITS];
        let prose = |k: usize| owns[k][PROSE] > 0.0;
        let sum =
            |range: std::ops::Range<usize>, f: &dyn Fn(usize) -> f32| range.map(f).sum::<f32>();
        let total_prose = sum(0..m, &|k| if prose(k) { units(k) } else { 0.0 });
        let dated = |k: usize| owns[k][DATE_LIKE] > 0.0 && owns[k][UNITS] <= DATED_LINE_WORDS;
        let certain = |k: usize| owns[k][EV_CERTAIN] >= TAKEN;
        let body = body(owns);
        let taken = |k: usize| owns[k][EV_CERTAIN] > 0.0 || owns[k][EV_END] > 0.0;
        let taken_places = (0..m)
            .filter(|&k| taken(k) && (k == 0 || !taken(k - 1)))
            .count();
        let menu_run = (0..m)
            .map(|k| {
                (0..=k)
                    .rev()
                    .take_while(|&j| is_menu_entry(&lines[j]))
                    .count()
            })
            .max()
            .unwrap_or(0);
        let corroborated = taken_places >= MIN_TAKEN_PLACES || menu_run >= MENU_EVIDENCE;
        let cascade = |k: usize| {
            let unsure = if corroborated {
                owns[k][EV_CHROME].max(owns[k][EV_REGION])
            } else {
                0.0
            };
            owns[k][EV_CERTAIN].max(owns[k][EV_END]).max(unsure)
        };
        (0..m)
            .map(|k| {
                let window = |f: &dyn Fn(usize) -> f32, r: usize| {
                    let (a, b) = (k.saturating_sub(r), (k + r + 1).min(m));
                    sum(a..b, f) / num(b - a)
                };
                let mut first = k;
                while first > 0 && lines[first - 1].index() + 1 == lines[first].index() {
                    first -= 1;
                }
                let mut end = k + 1;
                while end < m && lines[end].index() == lines[end - 1].index() + 1 {
                    end += 1;
                }
                let since = (0..k)
                    .rev()
                    .find(|&j| dated(j))
                    .map_or(MAX_DISTANCE, |j| num(k - j).min(MAX_DISTANCE));
                let until = (k + 1..m)
                    .find(|&j| dated(j))
                    .map_or(MAX_DISTANCE, |j| num(j - k).min(MAX_DISTANCE));
                let (in_body, dist, dist_words, score) = match body {
                    Some((s, _, score)) if k < s => (0.0, -num(s - k), sum(k..s, &units), score),
                    Some((_, e, score)) if k >= e => {
                        (0.0, num(k + 1 - e), sum(e..k + 1, &units), score)
                    }
                    Some((_, _, score)) => (1.0, 0.0, 0.0, score),
                    None => (0.0, 999.0, 99_999.0, 0.0),
                };
                let same_digits =
                    digit[k].map_or(0, |h| digit.iter().filter(|d| **d == Some(h)).count());
                let certain_lines = (0..m).filter(|&j| certain(j)).count();
                vec![
                    flag(
                        lines[k].index() > 0
                            && (k == 0 || lines[k - 1].index() + 1 < lines[k].index()),
                    ),
                    flag(k + 1 < m && lines[k].index() + 1 < lines[k + 1].index()),
                    window(&units, NEAR),
                    window(&|j| flag(prose(j)), NEAR),
                    window(&|j| flag(units(j) <= SHORT_LINE_WORDS), NEAR),
                    window(&|j| owns[j][EV_ANY], NEAR),
                    window(&|j| flag(prose(j)), WIDE),
                    window(&|j| flag(units(j) <= SHORT_LINE_WORDS), WIDE),
                    num(k) / num(m),
                    sum(0..k, &|j| if prose(j) { units(j) } else { 0.0 }) / total_prose.max(1.0),
                    sum(k + 1..m, &|j| if prose(j) { units(j) } else { 0.0 })
                        / total_prose.max(1.0),
                    in_body,
                    dist,
                    dist_words,
                    score,
                    sum(0..m, &units),
                    num(m),
                    num((0..m).filter(|&j| prose(j)).count()) / num(m),
                    (0..m).map(units).fold(0.0, f32::max),
                    sum(first..end, &units),
                    num(end - first),
                    num(k),
                    num(m - 1 - k),
                    num((0..m).filter(|&j| dated(j)).count()),
                    num((0..m).filter(|&j| owns[j][COMMENT_WORD] > 0.0).count()),
                    since,
                    until,
                    num(same_digits),
                    num(certain_lines),
                    num((0..m)
                        .filter(|&j| certain(j) && (j == 0 || !certain(j - 1)))
                        .count()),
                    num(certain_lines) / num(m),
                    cascade(k),
                    if k > 0 { cascade(k - 1) } else { 0.0 },
                    if k + 1 < m { cascade(k + 1) } else { 0.0 },
                    num(menu_run.min(MAX_MENU_RUN)),
                ]
            })
            .collect()
    }

    /// After a sum past 2^24 (a page of 17 million words), a window still sees a line's own
    /// word: in `f32`, 2^24 + 1 is 2^24, and the window's sum came out 0.
    #[test]
    #[allow(clippy::float_cmp)] // the values compared are exact
    fn running_sums_keep_small_terms_after_large_ones() {
        let values = [16_777_216.0f32, 1.0, 1.0, 3.0];
        let sums = running(values.len(), |k| values[k]);
        assert_eq!(between(&sums, 1, 2), 1.0);
        assert_eq!(between(&sums, 1, 4), 5.0);
        assert_eq!(between(&sums, 0, 4), 16_777_221.0);
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() <= 1e-3 * (1.0 + a.abs().max(b.abs()))
    }

    /// What the rules said of a line, for the twin: nothing, a sure removal, or evidence of
    /// each kind the place features weigh, over the whole line or its first half. Without
    /// `sure`, no sure removal and no end-of-article evidence: the page is then corroborated
    /// by a long menu only, or not at all.
    fn evidence(doc: &Doc<'_>, kinds: &[(u8, bool)], sure: bool) -> Vec<Removal> {
        use crate::rule::{ChromeKind, EndMarker, Reason};
        doc.lines()
            .zip(kinds)
            .filter_map(|(line, &(kind, whole))| {
                let span = line.span_with_break();
                let span = if whole {
                    span
                } else {
                    span.start..span.start + line.span().len() / 2
                };
                match kind {
                    1 | 3 if !sure => None,
                    1 => Some(Removal::new(span, "ad-marker", Reason::AdLabel)),
                    2 => Some(Removal::evidence(
                        span,
                        "page-chrome",
                        Reason::Chrome {
                            kind: ChromeKind::DateOrTime,
                        },
                    )),
                    3 => Some(Removal::evidence(
                        span,
                        "end-of-article",
                        Reason::AfterArticle {
                            marker: EndMarker::CommentsOrEnd,
                        },
                    )),
                    4 => Some(Removal::evidence(
                        span,
                        "article-region",
                        Reason::OutsideArticle,
                    )),
                    _ => None,
                }
            })
            .collect()
    }

    /// Pages of short and long lines, dates and menu words, with the rules' evidence of
    /// random kinds on random lines ([`evidence`]), so that the page's corroboration (sure
    /// removals in two places, or a long menu) and each line's `cascade` vary.
    fn evidence_pages() -> impl Strategy<Value = (Vec<String>, Vec<(u8, bool)>, bool)> {
        (
            prop::collection::vec("(|[a-z]{1,8}( [a-z]{1,8}){0,30}[.]?|May 2, 2012|Reply|x [0-9]{1,2}:[0-9]{2}|Home|News|Sport)", 1..40),
            prop::collection::vec((0u8..8, any::<bool>()), 40),
            any::<bool>(),
        )
    }

    proptest! {
        /// The coverage's cheap test that some line is left for the model to decide agrees
        /// with the table's own lines: an evidence line that no sure rule took whole.
        #[test]
        fn evidence_line_test_matches_the_table(
            (lines, kinds, sure) in evidence_pages(),
        ) {
            let text = lines.join("\n");
            let doc = Doc::new(&text);
            let removals = evidence(&doc, &kinds, sure);
            let table = table(&doc, &removals);
            let undecided = (0..table.len()).any(|k| table.is_evidence_line(k) && !table.is_settled(k));
            prop_assert_eq!(coverage(&doc, &removals).may_hold_evidence_line(&doc), undecided, "{:?}", text);
        }

        /// The place features against their naive twin.
        #[test]
        fn place_matches_naive_twin(
            (lines, kinds, sure) in evidence_pages(),
        ) {
            let text = lines.join("\n");
            let doc = Doc::new(&text);
            let table = table(&doc, &evidence(&doc, &kinds, sure));
            let nonblank: Vec<Line<'_>> = doc.lines().filter(|l| !l.is_blank()).collect();
            let digit: Vec<Option<u64>> = nonblank
                .iter()
                .map(|l| if l.words() <= MAX_SHAPE_WORDS && l.digits() > 0 { digit_shape_hash(l.text()) } else { None })
                .collect();
            let naive = naive_place(&nonblank, &table.owns, &digit);
            let mut row = [0.0; COUNT];
            for (k, expected) in naive.iter().enumerate() {
                table.row(k, &mut row);
                let got = &row[OWN + CONTEXT * OFFSETS.len()..];
                for (i, (a, b)) in got.iter().zip(expected).enumerate() {
                    prop_assert!(close(*a, *b), "line {} feature {}: {} vs {}", k, NAMES[OWN + CONTEXT * OFFSETS.len() + i], a, b);
                }
            }
        }
    }
}
