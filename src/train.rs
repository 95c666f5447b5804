//! What `examples/train_model` needs from the crate to train the line model: the rows the
//! model sees, the stacked features, and a way to build, save and load a model. Behind the
//! `train` feature and hidden from the docs: it is the training command's interface, not a
//! stable API.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::decide::forest::{Forest, Tree, DEPTH, LEAVES};
use crate::decide::{features, stack, ContentModel, Model};
use crate::doc::Doc;
use crate::rule::Rule;
use crate::rules;

/// Features per stage-one row.
pub const STAGE1_FEATURES: usize = features::COUNT;
/// The feature that holds the rules' own verdict on a line: rows where it is at least ½ use
/// the evidence threshold.
pub const CASCADE: usize = features::CASCADE;
/// The feature that says whether a line lies in the body of the article: rows where it is 1
/// and [`CASCADE`] is below ½ are kept whatever their score.
pub const IN_BODY: usize = features::IN_BODY;
/// Features per stage-two row: stage one's and the stacked ones.
pub const STAGE2_FEATURES: usize = features::COUNT + stack::COUNT;
/// Comparisons per tree.
pub const TREE_DEPTH: usize = DEPTH;
/// The feature that holds the share of a line the sure rules removed: a row where it is 1
/// is settled, and the model neither scores it nor learns from it (its stage-one score is 0).
pub const EV_CERTAIN: usize = features::EV_CERTAIN;

/// The names of the stage-two features (stage one's are the first [`STAGE1_FEATURES`]).
pub fn feature_names() -> Vec<&'static str> {
    features::NAMES
        .iter()
        .chain(stack::NAMES.iter())
        .copied()
        .collect()
}

/// The model's view of a document on the first cleaning pass.
#[derive(Debug, Clone)]
pub struct Rows {
    /// Byte range of each row's line (without its break).
    pub lines: Vec<Range<usize>>,
    /// The stage-one features of each row.
    pub rows: Vec<Vec<f32>>,
}

/// The rows of `text` as the default cleaner's model sees them on its first pass: the
/// default rules' removals and evidence, then the features.
pub fn rows(text: &str) -> Rows {
    static RULES: Lazy<Vec<Arc<dyn Rule>>> = Lazy::new(rules::defaults);
    let doc = Doc::new(text);
    let mut raw = Vec::new();
    for rule in RULES.iter() {
        rule.find(&doc, &mut raw);
    }
    let table = features::table(&doc, &raw);
    Rows {
        lines: table
            .lines
            .iter()
            .filter_map(|&i| doc.line(i).map(|l| l.span()))
            .collect(),
        rows: (0..table.len())
            .map(|k| {
                let mut row = [0.0; features::COUNT];
                table.row(k, &mut row);
                row.to_vec()
            })
            .collect(),
    }
}

/// The stacked features of each row, from the rows' stage-one probabilities and their lengths
/// in words (feature 0 of a row).
pub fn stacked(scores: &[f32], units: &[f32]) -> Vec<Vec<f32>> {
    stack::rows(scores, units)
        .iter()
        .map(|r| r.to_vec())
        .collect()
}

/// One trained tree.
#[derive(Debug, Clone, PartialEq)]
pub struct TreeSpec {
    /// The feature asked at each depth.
    pub features: [u16; DEPTH],
    /// Go right when the feature is above this.
    pub thresholds: [f32; DEPTH],
    /// Leaf values (log-odds), indexed by the answers' bits (depth 0 is bit 0).
    pub leaves: [f32; LEAVES],
    /// Training weight per leaf.
    pub weights: [f32; LEAVES],
}

/// A trained forest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForestSpec {
    /// The score before any tree.
    pub base: f32,
    /// The trees.
    pub trees: Vec<TreeSpec>,
}

impl ForestSpec {
    fn forest(&self) -> Forest {
        Forest::new(
            self.base,
            Cow::Owned(
                self.trees
                    .iter()
                    .map(|t| Tree {
                        features: t.features,
                        thresholds: t.thresholds,
                        leaves: t.leaves,
                        weights: t.weights,
                    })
                    .collect(),
            ),
        )
    }

    /// The log-odds of a row.
    pub fn score(&self, row: &[f32]) -> f32 {
        let leaf = |t: &TreeSpec| {
            (0..DEPTH).fold(0, |index, d| {
                let value = row.get(usize::from(t.features[d])).copied().unwrap_or(0.0);
                index | usize::from(value > t.thresholds[d]) << d
            })
        };
        self.base + self.trees.iter().map(|t| t.leaves[leaf(t)]).sum::<f32>()
    }
}

/// A trained model: two forests and a threshold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModelSpec {
    /// Scores stage-one rows.
    pub stage1: ForestSpec,
    /// Scores stage-two rows.
    pub stage2: ForestSpec,
    /// Lines below this probability go.
    pub threshold: f32,
    /// The same, for lines the rules alone would remove.
    pub evidence_threshold: f32,
}

impl ModelSpec {
    fn model(&self) -> Model {
        Model {
            stage1: self.stage1.forest(),
            stage2: self.stage2.forest(),
            threshold: self.threshold,
            evidence_threshold: self.evidence_threshold,
        }
    }

    /// A decision stage using this model.
    pub fn content_model(&self) -> ContentModel {
        ContentModel::from_model(self.model())
    }

    /// The model as a text file (see [`ModelSpec::parse`]).
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "textsieve-model 2 depth {DEPTH}\nthreshold {} {}\n",
            self.threshold, self.evidence_threshold
        );
        for (name, forest) in [("stage1", &self.stage1), ("stage2", &self.stage2)] {
            let _ = writeln!(out, "{name} {} {}", forest.base, forest.trees.len());
            for t in &forest.trees {
                let join = |v: &[f32]| v.iter().map(f32::to_string).collect::<Vec<_>>().join(" ");
                let features: Vec<String> = t.features.iter().map(u16::to_string).collect();
                let _ = writeln!(
                    out,
                    "{} | {} | {} | {}",
                    features.join(" "),
                    join(&t.thresholds),
                    join(&t.leaves),
                    join(&t.weights)
                );
            }
        }
        out
    }

    /// Reads a model written by [`ModelSpec::to_text`]. Every value is checked: a file that
    /// is not such a model, or is one for another feature layout, is an error naming the line,
    /// never a model that scores wrongly.
    ///
    /// ```
    /// use textsieve::train::ModelSpec;
    /// let text = ModelSpec::default().to_text();
    /// assert_eq!(ModelSpec::parse(&text), Ok(ModelSpec::default()));
    /// let bad = text.replace("threshold 0 0", "threshold 0 NaN");
    /// assert_eq!(ModelSpec::parse(&bad).unwrap_err().line(), 2);
    /// ```
    ///
    /// # Errors
    /// A [`ModelError`] naming the line and what is wrong there.
    pub fn parse(text: &str) -> Result<ModelSpec, ModelError> {
        let mut lines = ModelLines {
            lines: text.lines(),
            at: 0,
            left: text.lines().count(),
        };
        let header = lines.next()?;
        if header != format!("textsieve-model 2 depth {DEPTH}") {
            return Err(lines.error(format!("not a model of this version: {header:?}")));
        }
        let values = lines
            .next()?
            .strip_prefix("threshold ")
            .ok_or_else(|| lines.error("expected `threshold` and two values"))?;
        let thresholds = lines.numbers(values)?;
        let [threshold, evidence_threshold] = thresholds[..] else {
            return Err(lines.error("expected two thresholds"));
        };
        if !(0.0..=1.0).contains(&threshold) || !(0.0..=1.0).contains(&evidence_threshold) {
            return Err(lines.error("a threshold outside 0 to 1"));
        }
        let stage1 = lines.forest("stage1", STAGE1_FEATURES)?;
        let stage2 = lines.forest("stage2", STAGE2_FEATURES)?;
        while let Ok(rest) = lines.next() {
            if !rest.trim().is_empty() {
                return Err(lines.error("text after the second forest"));
            }
        }
        Ok(ModelSpec {
            stage1,
            stage2,
            threshold,
            evidence_threshold,
        })
    }

    /// The model as the source of `src/decide/weights.rs`, under `header` (a comment that
    /// names the command and data that produced it).
    pub fn to_source(&self, header: &str) -> String {
        let mut out = String::from("//! The built-in line model: generated, do not edit.\n//!\n");
        for line in header.lines() {
            let _ = writeln!(out, "{}", format!("// {line}").trim_end());
        }
        out.push_str(
            "\n#![allow(clippy::unreadable_literal, clippy::excessive_precision)]\n\n\
             use std::borrow::Cow;\n\nuse super::forest::{Forest, Tree};\nuse super::Model;\n\n",
        );
        let floats = |v: &[f32]| {
            v.iter()
                .map(|x| format!("{x:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for (name, forest) in [("STAGE1", &self.stage1), ("STAGE2", &self.stage2)] {
            let _ = writeln!(
                out,
                "#[rustfmt::skip]\nstatic {name}: [Tree; {}] = [",
                forest.trees.len()
            );
            for t in &forest.trees {
                let features: Vec<String> = t.features.iter().map(u16::to_string).collect();
                let _ = writeln!(
                    out,
                    "    Tree {{ features: [{}], thresholds: [{}], leaves: [{}], weights: [{}] }},",
                    features.join(", "),
                    floats(&t.thresholds),
                    floats(&t.leaves),
                    floats(&t.weights)
                );
            }
            out.push_str("];\n\n");
        }
        let _ = write!(
            out,
            "/// The built-in model.\npub(crate) fn model() -> Model {{\n    Model {{\n        \
             stage1: Forest::new({:?}, Cow::Borrowed(&STAGE1)),\n        \
             stage2: Forest::new({:?}, Cow::Borrowed(&STAGE2)),\n        \
             threshold: {:?},\n        evidence_threshold: {:?},\n    }}\n}}\n",
            self.stage1.base, self.stage2.base, self.threshold, self.evidence_threshold
        );
        out
    }
}

/// Why a model file could not be read ([`ModelSpec::parse`]).
///
/// ```
/// use textsieve::train::ModelSpec;
/// let err = ModelSpec::parse("textsieve-model 1").unwrap_err();
/// assert_eq!(err.line(), 1);
/// assert!(err.to_string().starts_with("model file, line 1: not a model of this version"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    line: usize,
    what: String,
}

impl ModelError {
    /// The line of the file (from 1) where the problem is; one past the last for a file that
    /// ends too soon.
    pub fn line(&self) -> usize {
        self.line
    }
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "model file, line {}: {}", self.line, self.what)
    }
}

impl std::error::Error for ModelError {}

/// The lines of a model file being read, with the number of the last one read.
struct ModelLines<'t> {
    lines: std::str::Lines<'t>,
    at: usize,
    /// Lines not read yet: no forest may announce more trees than these.
    left: usize,
}

impl<'t> ModelLines<'t> {
    fn error(&self, what: impl Into<String>) -> ModelError {
        ModelError {
            line: self.at,
            what: what.into(),
        }
    }

    fn next(&mut self) -> Result<&'t str, ModelError> {
        self.at += 1;
        self.left = self.left.saturating_sub(1);
        self.lines
            .next()
            .ok_or_else(|| self.error("the file ends too soon"))
    }

    /// Finite numbers apart by single spaces.
    fn numbers(&self, text: &str) -> Result<Vec<f32>, ModelError> {
        text.split(' ')
            .map(|v| match v.parse::<f32>() {
                Ok(x) if x.is_finite() => Ok(x),
                _ => Err(self.error(format!("not a finite number: {v:?}"))),
            })
            .collect()
    }

    /// `N` numbers.
    fn array<const N: usize>(&self, text: &str, what: &str) -> Result<[f32; N], ModelError> {
        self.numbers(text)?
            .try_into()
            .map_err(|_| self.error(format!("expected {N} {what}")))
    }

    /// A forest headed `name`, whose trees ask about features below `features`.
    fn forest(&mut self, name: &str, features: usize) -> Result<ForestSpec, ModelError> {
        let head = self.next()?;
        let mut parts = head.split(' ');
        if parts.next() != Some(name) {
            return Err(self.error(format!("expected `{name}`")));
        }
        let base = self.numbers(parts.next().unwrap_or_default())?;
        let [base] = base[..] else {
            return Err(self.error("expected one base score"));
        };
        let count: usize = parts
            .next()
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| self.error("expected the number of trees"))?;
        if parts.next().is_some() {
            return Err(self.error("text after the number of trees"));
        }
        if count > self.left {
            return Err(self.error(format!("{count} trees announced, {} lines left", self.left)));
        }
        let mut trees = Vec::with_capacity(count);
        for _ in 0..count {
            let line = self.next()?;
            let [asked, thresholds, leaves, weights] = line.split(" | ").collect::<Vec<_>>()[..]
            else {
                return Err(self.error("expected features | thresholds | leaves | weights"));
            };
            let asked: Vec<u16> = asked
                .split(' ')
                .map(|v| match v.parse::<u16>() {
                    Ok(f) if usize::from(f) < features => Ok(f),
                    _ => Err(self.error(format!(
                        "not a feature of {name} (0 to {}): {v:?}",
                        features - 1
                    ))),
                })
                .collect::<Result<_, _>>()?;
            trees.push(TreeSpec {
                features: asked
                    .try_into()
                    .map_err(|_| self.error(format!("expected {DEPTH} features")))?,
                thresholds: self.array(thresholds, "thresholds")?,
                leaves: self.array(leaves, "leaves")?,
                weights: self.array(weights, "weights")?,
            });
        }
        Ok(ForestSpec { base, trees })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::built_in;

    fn model() -> ModelSpec {
        let tree = TreeSpec {
            features: [3, 0, 1, 2, 4],
            thresholds: [0.5, 1.5, -2.0, 3.25, 0.0],
            leaves: [0.125; LEAVES],
            weights: [2.0; LEAVES],
        };
        ModelSpec {
            stage1: ForestSpec {
                base: -1.5,
                trees: vec![tree.clone(), tree.clone()],
            },
            stage2: ForestSpec {
                base: 0.25,
                trees: vec![TreeSpec {
                    features: [4, 0, 1, 2, 3],
                    ..tree
                }],
            },
            threshold: 0.1,
            evidence_threshold: 0.95,
        }
    }

    #[test]
    fn a_model_reads_back_as_written() {
        let text = model().to_text();
        assert_eq!(ModelSpec::parse(&text), Ok(model()));
    }

    /// Each broken file gives an error on the line named, never a panic or a model.
    #[test]
    fn broken_files_are_errors_on_their_line() {
        let text = model().to_text();
        let line = |n: usize| text.lines().nth(n - 1).unwrap_or_default().to_owned();
        let cases: Vec<(&str, String, usize)> = vec![
            ("empty", String::new(), 1),
            ("other version", text.replacen("model 2", "model 3", 1), 1),
            (
                "junk threshold",
                text.replacen("threshold 0.1 0.95", "threshold 0.1 junk 0.95", 1),
                2,
            ),
            (
                "NaN threshold",
                text.replacen("threshold 0.1", "threshold NaN", 1),
                2,
            ),
            ("threshold above 1", text.replacen("0.95", "1.5", 1), 2),
            (
                "huge tree count",
                text.replacen("stage1 -1.5 2", "stage1 -1.5 100000000000000000", 1),
                3,
            ),
            (
                "count past the file",
                text.replacen("stage1 -1.5 2", "stage1 -1.5 9", 1),
                3,
            ),
            (
                "infinite base",
                text.replacen("stage1 -1.5", "stage1 inf", 1),
                3,
            ),
            (
                "NaN leaf",
                text.replacen(&line(4), &line(4).replacen("0.125", "NaN", 1), 1),
                4,
            ),
            (
                "feature past the row",
                text.replacen(&line(4), &line(4).replacen("3 0 1", "60000 0 1", 1), 1),
                4,
            ),
            (
                "four features",
                text.replacen(&line(4), &line(4).replacen("3 0 1 2 4", "3 0 1 2", 1), 1),
                4,
            ),
            (
                "three fields",
                text.replacen(
                    &line(4),
                    &line(4)
                        .rsplit_once(" | ")
                        .map(|(a, _)| a.to_owned())
                        .unwrap_or_default(),
                    1,
                ),
                4,
            ),
            (
                "missing stage two",
                text.lines().take(5).collect::<Vec<_>>().join("\n"),
                6,
            ),
            ("trailing text", format!("{text}more\n"), 8),
        ];
        for (name, broken, at) in cases {
            let err = ModelSpec::parse(&broken).expect_err(name);
            assert_eq!(err.line(), at, "{name}: {err}");
        }
        // The last feature of stage two is a feature; one past it is not.
        let last = format!("{} 0 1 2 3", STAGE2_FEATURES - 1);
        let past = format!("{STAGE2_FEATURES} 0 1 2 3");
        let stage2 = text.replacen(&line(7), &line(7).replacen("4 0 1 2 3", &last, 1), 1);
        assert!(ModelSpec::parse(&stage2).is_ok());
        let stage2 = text.replacen(&line(7), &line(7).replacen("4 0 1 2 3", &past, 1), 1);
        assert_eq!(ModelSpec::parse(&stage2).map_err(|e| e.line()), Err(7));
    }

    /// A fixed sequence of pseudo-random numbers (xorshift), so that every run tests the
    /// same model on the same rows.
    struct Numbers(u64);

    impl Numbers {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        /// A value from -2 to 2 in quarters: rows and thresholds share the grid, so that
        /// rows fall on either side of a threshold and on it too.
        fn value(&mut self) -> f32 {
            self.below(17) as f32 / 4.0 - 2.0
        }

        /// A leaf value: almost never the same twice, so that each leaf a row reaches
        /// shows in its score.
        fn leaf(&mut self) -> f32 {
            self.below(100_000) as f32 / 10_000.0 - 5.0
        }
    }

    /// A model of random trees over features 0 to 7, with thresholds and bases that differ
    /// from each other, so that a field written or read in another's place shows.
    fn random_model(numbers: &mut Numbers) -> ModelSpec {
        let mut forest = |base: f32| ForestSpec {
            base,
            trees: (0..40)
                .map(|_| TreeSpec {
                    features: std::array::from_fn(|_| numbers.below(8) as u16),
                    thresholds: std::array::from_fn(|_| numbers.value()),
                    leaves: std::array::from_fn(|_| numbers.leaf()),
                    weights: std::array::from_fn(|_| 1.0 + numbers.below(1000) as f32),
                })
                .collect(),
        };
        ModelSpec {
            stage1: forest(-0.375),
            stage2: forest(1.25),
            threshold: 0.125,
            evidence_threshold: 0.875,
        }
    }

    /// The spec of a model the crate holds.
    fn spec_of(model: &Model) -> ModelSpec {
        let forest = |f: &Forest| ForestSpec {
            base: f.base,
            trees: f
                .trees
                .iter()
                .map(|t| TreeSpec {
                    features: t.features,
                    thresholds: t.thresholds,
                    leaves: t.leaves,
                    weights: t.weights,
                })
                .collect(),
        };
        ModelSpec {
            stage1: forest(&model.stage1),
            stage2: forest(&model.stage2),
            threshold: model.threshold,
            evidence_threshold: model.evidence_threshold,
        }
    }

    /// The model in a source written by [`ModelSpec::to_source`], read back through the
    /// text form: each value taken from the place the generated code gives it.
    fn from_source(source: &str) -> ModelSpec {
        let value = |prefix: &str| {
            source
                .lines()
                .find_map(|l| l.trim_start().strip_prefix(prefix))
                .and_then(|rest| rest.split_once(','))
                .map_or_else(
                    || panic!("no `{prefix}` in the source"),
                    |(v, _)| v.to_owned(),
                )
        };
        let mut text = format!(
            "textsieve-model 2 depth {DEPTH}\nthreshold {} {}\n",
            value("threshold: "),
            value("evidence_threshold: ")
        );
        for (name, table) in [("stage1", "STAGE1"), ("stage2", "STAGE2")] {
            let head = format!("static {table}: ");
            let trees: Vec<String> = source
                .lines()
                .skip_while(|l| !l.starts_with(&head))
                .skip(1)
                .take_while(|l| l.starts_with("    Tree { "))
                .map(|l| {
                    l.trim_start_matches("    Tree { features: [")
                        .trim_end_matches("] },")
                        .replace("], thresholds: [", " | ")
                        .replace("], leaves: [", " | ")
                        .replace("], weights: [", " | ")
                        .replace(", ", " ")
                })
                .collect();
            let base = value(&format!("{name}: Forest::new("));
            let _ = writeln!(text, "{name} {base} {}", trees.len());
            for tree in trees {
                let _ = writeln!(text, "{tree}");
            }
        }
        ModelSpec::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    /// Training scores its out-of-fold rows, and so picks the thresholds, with
    /// [`ForestSpec::score`]; the crate scores with its own forest. Both must read the same
    /// leaf of every tree (depth `d` is bit `d`) and add the same values.
    #[test]
    #[allow(clippy::float_cmp)] // the same values added in the same order: equal to the bit
    fn spec_scores_rows_as_the_crate_does() {
        let mut numbers = Numbers(0x9E37_79B9_7F4A_7C15);
        let spec = random_model(&mut numbers);
        let model = spec.model();
        let mut scores = Vec::new();
        for _ in 0..2000 {
            // Up to 9 features: a feature past a short row reads as zero in both.
            let len = numbers.below(10);
            let row: Vec<f32> = (0..len).map(|_| numbers.value()).collect();
            for (forest, crate_forest) in
                [(&spec.stage1, &model.stage1), (&spec.stage2, &model.stage2)]
            {
                let score = forest.score(&row);
                assert_eq!(score, crate_forest.score(&row), "row {row:?}");
                scores.push(score.to_bits());
            }
        }
        scores.sort_unstable();
        scores.dedup();
        // Not a few leaves reached again and again: 2,984 different scores of 4,000.
        assert!(scores.len() > 2000, "{} different scores", scores.len());
    }

    /// The source `to_source` writes holds each value in its own place: read back, it is
    /// the model written.
    #[test]
    fn a_model_reads_back_from_its_source() {
        let spec = random_model(&mut Numbers(0x2545_F491_4F6C_DD1D));
        let read = from_source(&spec.to_source("header"));
        assert_eq!(
            (read.threshold, read.evidence_threshold),
            (spec.threshold, spec.evidence_threshold),
            "threshold, evidence threshold"
        );
        assert_eq!(
            (read.stage1.base, read.stage2.base),
            (spec.stage1.base, spec.stage2.base),
            "stage one's base, stage two's"
        );
        assert!(read == spec, "the trees read back differ");
    }

    /// The shipped `weights.rs` is what `to_source` writes for the model the crate compiled
    /// out of it, byte for byte (under the file's own header), and `ModelSpec::model` gives
    /// that model back: writing and loading a model agree on every field.
    #[test]
    fn to_source_writes_the_shipped_weights() {
        let shipped = include_str!("decide/weights.rs");
        let mut header = String::new();
        for line in shipped.lines().skip(2).take_while(|l| !l.is_empty()) {
            let text = line.strip_prefix("// ").or_else(|| line.strip_prefix("//"));
            header.push_str(text.unwrap_or(line));
            header.push('\n');
        }
        let spec = spec_of(built_in());
        assert_eq!(&spec.model(), built_in());
        let written = spec.to_source(&header);
        for (n, (a, b)) in written.lines().zip(shipped.lines()).enumerate() {
            assert_eq!(a, b, "weights.rs, line {}", n + 1);
        }
        assert_eq!(written.len(), shipped.len());
    }
}
