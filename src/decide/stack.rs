//! Stage two's extra features: each line's neighbours' stage-one scores.
//!
//! Article text comes in runs and boilerplate in blocks, so a line whose neighbours scored as
//! article is more likely article, whatever it looks like alone (a subheading, a caption, a
//! one-line quote). These features give the second model that view: the scores of the three
//! lines before and after, weighted means over wider windows, and the best-scoring run of the
//! page (a maximum-sum segment of the scores, weighted by words).

/// Features added per line.
pub(crate) const COUNT: usize = 14;

/// Names of the features, in order (after the stage-one features).
pub(crate) const NAMES: [&str; COUNT] = [
    "s_m3",
    "s_m2",
    "s_m1",
    "s_p1",
    "s_p2",
    "s_p3",
    "s_win5",
    "s_win15",
    "s_in_run",
    "s_dist_run",
    "s_before",
    "s_after",
    "s_best",
    "s_mean",
];

/// What the stacked features are made of: the scores, running sums of the scores and of the
/// weights (words, at least 1), and the page's best run. Rows are put together when asked
/// for, as with the stage-one features.
pub(crate) struct Stacked<'s> {
    scores: &'s [f32],
    weighted: Vec<f64>,
    total: Vec<f64>,
    /// The best run: first line, end line, score.
    best: (usize, usize, f64),
    mean: f32,
}

impl<'s> Stacked<'s> {
    /// From the rows' stage-one scores (probabilities) and their lengths in words.
    #[allow(clippy::cast_precision_loss)]
    pub(crate) fn new(scores: &'s [f32], units: &[f32]) -> Stacked<'s> {
        let m = scores.len();
        // Sums in `f64`: in `f32` a page of 17 million words would lose a line's own terms.
        let mut weighted = vec![0.0f64; m + 1];
        let mut total = vec![0.0f64; m + 1];
        for k in 0..m {
            let weight = f64::from(units[k].max(1.0));
            weighted[k + 1] = weighted[k] + f64::from(scores[k]) * weight;
            total[k + 1] = total[k] + weight;
        }
        // The best run of lines, scoring words × (score − ½).
        let mut best = (0, 0, 0.0f64);
        let (mut sum, mut start) = (0.0f64, 0);
        for k in 0..m {
            if sum <= 0.0 {
                sum = 0.0;
                start = k;
            }
            sum += f64::from(units[k].max(1.0)) * (f64::from(scores[k]) - 0.5);
            if sum > best.2 {
                best = (start, k + 1, sum);
            }
        }
        let mean = (scores.iter().map(|&s| f64::from(s)).sum::<f64>() / m.max(1) as f64) as f32;
        Stacked {
            scores,
            weighted,
            total,
            best,
            mean,
        }
    }

    /// Row `k`'s stacked features.
    #[allow(clippy::cast_precision_loss)]
    pub(crate) fn write(&self, k: usize, out: &mut [f32]) {
        let m = self.scores.len();
        let window = |r: usize| {
            let (a, b) = (k.saturating_sub(r), (k + r + 1).min(m));
            ((self.weighted[b] - self.weighted[a]) / (self.total[b] - self.total[a]).max(1.0))
                as f32
        };
        let at = |offset: isize| {
            k.checked_add_signed(offset)
                .and_then(|j| self.scores.get(j))
                .copied()
                .unwrap_or(-1.0)
        };
        let (start, end, best) = self.best;
        let dist = if best <= 0.0 {
            999.0
        } else if k < start {
            -((start - k) as f32)
        } else if k >= end {
            (k + 1 - end) as f32
        } else {
            0.0
        };
        let all = self.weighted[m];
        out.copy_from_slice(&[
            at(-3),
            at(-2),
            at(-1),
            at(1),
            at(2),
            at(3),
            window(5),
            window(15),
            f32::from(u8::from(best > 0.0 && (start..end).contains(&k))),
            dist,
            (self.weighted[k] / all.max(1.0)) as f32,
            ((all - self.weighted[k + 1]) / all.max(1.0)) as f32,
            (best / self.total[m].max(1.0)) as f32,
            self.mean,
        ]);
    }
}

/// The stacked features of every row (for training, and the tests).
#[cfg(any(test, feature = "train"))]
pub(crate) fn rows(scores: &[f32], units: &[f32]) -> Vec<[f32; COUNT]> {
    let stacked = Stacked::new(scores, units);
    (0..scores.len())
        .map(|k| {
            let mut row = [0.0; COUNT];
            stacked.write(k, &mut row);
            row
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // the values compared are exact
mod tests {
    use super::*;

    #[test]
    fn a_run_of_content_is_found() {
        let scores = [0.1, 0.1, 0.9, 0.95, 0.9, 0.1];
        let units = [2.0, 2.0, 30.0, 40.0, 30.0, 3.0];
        let rows = rows(&scores, &units);
        let in_run: Vec<f32> = rows.iter().map(|r| r[8]).collect();
        assert_eq!(in_run, [0.0, 0.0, 1.0, 1.0, 1.0, 0.0]);
        assert_eq!(rows[0][9], -2.0);
        assert_eq!(rows[5][9], 1.0);
        // Neighbours past the edges read as -1.
        assert_eq!(rows[0][2], -1.0);
        assert_eq!(rows[0][3], 0.1);
    }

    /// After a line of 2^24 words, a window still counts the one-word lines after it: in
    /// `f32`, 2^24 + 1 is 2^24, so their words vanished from the window's weight and its mean
    /// came out above ½.
    #[test]
    fn windows_after_a_huge_line_keep_small_lines() {
        let scores = [0.5, 1.0, 1.0, 0.0, 0.0, 0.0];
        let units = [16_777_216.0, 1.0, 1.0, 1.0, 1.0, 1.0];
        let rows = rows(&scores, &units);
        // The window of radius 5 around the last line: lines 0..6, weighted by words.
        let all = 16_777_216.0f64 * 0.5 + 2.0;
        assert_eq!(rows[5][6], (all / (16_777_216.0 + 5.0)) as f32);
        assert!(rows[5][6] < 0.5, "{}", rows[5][6]);
    }

    #[test]
    fn empty_and_all_boilerplate_pages() {
        assert!(rows(&[], &[]).is_empty());
        let rows = rows(&[0.1, 0.2], &[1.0, 1.0]);
        assert_eq!(rows[0][8], 0.0);
        assert_eq!(rows[0][9], 999.0);
    }
}
