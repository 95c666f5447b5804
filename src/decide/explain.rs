//! Why the model removed a line: its score and the features that weighed most.

use std::fmt;

use super::features::{self, COUNT};
use super::forest::Forest;
use super::stack;

/// Factors named in a report, at most.
const MAX_FACTORS: usize = 4;

/// The line model's verdict on a line it removed: the score (its probability that the line
/// is article text) and, in [`explain`](crate::explain) reports, the features that pushed the
/// score down the most.
///
/// ```
/// use textsieve::{Cleaner, ContentModel, Reason};
/// // A model that removes every line it decides (threshold 1), to see its verdicts.
/// let strict = ContentModel::default().threshold(1.0).evidence_threshold(1.0);
/// let cleaner = Cleaner::builder().model(strict).build()?;
/// let report = cleaner.explain("Weather today\nThe council voted on Tuesday to expand the bus network.\n");
/// let Reason::Model(first) = &report.removals[0].reason else { panic!("{report}") };
/// assert!(first.score < 1.0);
/// assert!(!first.factors.is_empty()); // explain names what weighed most
/// assert!(first.to_string().starts_with("score "));
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ModelScore {
    /// The model's probability that the line is article text.
    pub score: f32,
    /// The features that weighed most against the line, strongest first (empty outside
    /// `explain`).
    pub factors: Vec<Factor>,
}

/// One feature's part in a [`ModelScore`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Factor {
    /// The feature's name (`units`, `ends_terminal`, `dist_body`, …).
    pub feature: &'static str,
    /// Its value on the line.
    pub value: f32,
    /// How much it moved the line's log-odds (negative: toward boilerplate).
    pub weight: f32,
}

impl PartialEq for ModelScore {
    fn eq(&self, other: &ModelScore) -> bool {
        self.score.to_bits() == other.score.to_bits() && self.factors == other.factors
    }
}

impl Eq for ModelScore {}

impl PartialEq for Factor {
    fn eq(&self, other: &Factor) -> bool {
        self.feature == other.feature
            && self.value.to_bits() == other.value.to_bits()
            && self.weight.to_bits() == other.weight.to_bits()
    }
}

impl Eq for Factor {}

/// The name of feature `index` of a stage-two row.
fn name(index: usize) -> &'static str {
    if index < COUNT {
        features::NAMES[index]
    } else {
        stack::NAMES.get(index - COUNT).copied().unwrap_or("?")
    }
}

impl ModelScore {
    pub(crate) fn new(score: f32) -> ModelScore {
        ModelScore {
            score,
            factors: Vec::new(),
        }
    }

    /// The score with the features that pushed it down most, from the stage-two forest.
    pub(crate) fn explained(score: f32, forest: &Forest, row: &[f32]) -> ModelScore {
        let mut weights = vec![0.0; row.len()];
        forest.contributions(row, &mut weights);
        let mut order: Vec<usize> = (0..row.len()).filter(|&i| weights[i] < 0.0).collect();
        order.sort_by(|&a, &b| weights[a].total_cmp(&weights[b]));
        let factors = order
            .into_iter()
            .take(MAX_FACTORS)
            .map(|i| Factor {
                feature: name(i),
                value: row[i],
                weight: weights[i],
            })
            .collect();
        ModelScore { score, factors }
    }
}

/// A short phrase for a feature's value, for reports.
#[allow(clippy::cast_possible_truncation)]
fn describe(feature: &str, value: f32) -> String {
    let int = value.round() as i64;
    let (prefix, base) = match feature.split_once('_') {
        Some(("m1", rest)) => ("line before: ", rest),
        Some(("m2", rest)) => ("two lines before: ", rest),
        Some(("p1", rest)) => ("line after: ", rest),
        Some(("p2", rest)) => ("two lines after: ", rest),
        _ => ("", feature),
    };
    let yes = value > 0.0;
    let text = match base {
        "units" if int == 1 => "1 word".to_owned(),
        "units" => format!("{int} words"),
        "chars" => format!("{int} characters"),
        "ends_terminal" | "ends_period" if !yes => "no sentence end".to_owned(),
        "ends_terminal" | "ends_period" => "ends a sentence".to_owned(),
        "prose" if !yes => "not a sentence".to_owned(),
        "prose" => "reads as prose".to_owned(),
        "title_like" if yes => "headline-like".to_owned(),
        "strong_glue" => format!("{int} glue points"),
        "cap_share" => format!("{}% capitalised words", (value * 100.0).round()),
        "separators" => format!("{int} separators"),
        "repeats" => format!("repeated {int} times on the page"),
        "shape_repeats" => format!("{int} lines of the same shape"),
        "date_like" if yes => "a date".to_owned(),
        "comment_word" if yes => "comment words".to_owned(),
        "ev_certain" | "ev_any" if yes => "rule evidence".to_owned(),
        "ev_chrome" if yes => "page furniture".to_owned(),
        "ev_end" if yes => "after the end of the article".to_owned(),
        "ev_region" if yes => "far from the body".to_owned(),
        "dist_body" if int < 0 => format!("{} lines above the body", -int),
        "dist_body" if int > 0 && int < 999 => format!("{int} lines below the body"),
        "dist_body" if int == 0 => "inside the body".to_owned(),
        "dist_body" => "no body of prose".to_owned(),
        "in_body" if !yes => "outside the body".to_owned(),
        "win5_ev" => "among removed lines".to_owned(),
        "win5_short" => "among short lines".to_owned(),
        "win5_prose" => format!("{}% prose around", (value * 100.0).round()),
        "s_in_run" if !yes => "outside the run of article text".to_owned(),
        "s_win5" => format!("the 11 lines around score {value:.2}"),
        "s_win15" => format!("the 31 lines around score {value:.2}"),
        "s_before" => format!(
            "{}% of the page's article text above",
            (value * 100.0).round()
        ),
        "s_after" => format!(
            "{}% of the page's article text below",
            (value * 100.0).round()
        ),
        "s_best" => format!("best run of the page {value:.2}"),
        "s_mean" => format!("page mean score {value:.2}"),
        "rel_pos" => format!("{}% down the page", (value * 100.0).round()),
        "s_m1" | "s_m2" | "s_m3" if value < 0.0 => "at the start of the page".to_owned(),
        "s_p1" | "s_p2" | "s_p3" if value < 0.0 => "at the end of the page".to_owned(),
        "s_m1" | "s_m2" | "s_m3" => format!("lines before score {value:.2}"),
        "s_p1" | "s_p2" | "s_p3" => format!("lines after score {value:.2}"),
        "s_dist_run" if int == 0 => "inside the run of article text".to_owned(),
        "cascade" if yes => "the rules would remove it".to_owned(),
        "cascade" => "the rules would keep it".to_owned(),
        "s_dist_run" if int < 0 => format!("{} lines above the article", -int),
        "s_dist_run" if int > 0 && int < 999 => format!("{int} lines below the article"),
        _ => format!("{base} {value:.2}"),
    };
    format!("{prefix}{text}")
}

impl fmt::Display for ModelScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "score {:.2}", self.score)?;
        for (i, factor) in self.factors.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { ", " })?;
            f.write_str(&describe(factor.feature, factor.value))?;
        }
        Ok(())
    }
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&describe(self.feature, self.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions() {
        assert_eq!(describe("units", 3.0), "3 words");
        assert_eq!(describe("ends_terminal", 0.0), "no sentence end");
        assert_eq!(describe("dist_body", 40.0), "40 lines below the body");
        assert_eq!(describe("dist_body", -3.0), "3 lines above the body");
        assert_eq!(describe("m1_units", 2.0), "line before: 2 words");
        assert_eq!(describe("page_lines", 12.0), "page_lines 12.00");
    }

    #[test]
    fn display_names_the_factors() {
        let score = ModelScore {
            score: 0.08,
            factors: vec![
                Factor {
                    feature: "units",
                    value: 3.0,
                    weight: -1.0,
                },
                Factor {
                    feature: "ends_terminal",
                    value: 0.0,
                    weight: -0.5,
                },
            ],
        };
        assert_eq!(score.to_string(), "score 0.08: 3 words, no sentence end");
        assert_eq!(ModelScore::new(0.5).to_string(), "score 0.50");
    }
}
