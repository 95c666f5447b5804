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

    /// Reads a model written by [`ModelSpec::to_text`].
    ///
    /// # Errors
    /// A message naming what is wrong, for a file that is not such a model.
    pub fn parse(text: &str) -> Result<ModelSpec, String> {
        let mut lines = text.lines();
        let header = lines.next().ok_or("empty model file")?;
        if header != format!("textsieve-model 2 depth {DEPTH}") {
            return Err(format!("not a model of this version: {header:?}"));
        }
        let thresholds: Vec<f32> = lines
            .next()
            .and_then(|l| l.strip_prefix("threshold "))
            .map(|v| v.split(' ').filter_map(|t| t.parse().ok()).collect())
            .unwrap_or_default();
        let [threshold, evidence_threshold] = thresholds[..] else {
            return Err("bad threshold line".to_owned());
        };
        let mut forest = |name: &str| -> Result<ForestSpec, String> {
            let head = lines.next().ok_or("missing forest")?;
            let mut parts = head.split(' ');
            if parts.next() != Some(name) {
                return Err(format!("expected {name}"));
            }
            let base = parts
                .next()
                .and_then(|v| v.parse().ok())
                .ok_or("bad base")?;
            let count: usize = parts
                .next()
                .and_then(|v| v.parse().ok())
                .ok_or("bad count")?;
            let mut trees = Vec::with_capacity(count);
            for _ in 0..count {
                let line = lines.next().ok_or("missing tree")?;
                let fields: Vec<&str> = line.split(" | ").collect();
                let [features, thresholds, leaves, weights] = fields[..] else {
                    return Err("bad tree line".to_owned());
                };
                let numbers = |s: &str| -> Result<Vec<f32>, String> {
                    s.split(' ')
                        .map(|v| v.parse().map_err(|_| format!("bad number {v:?}")))
                        .collect()
                };
                let features: Vec<u16> = features
                    .split(' ')
                    .map(|v| v.parse().map_err(|_| format!("bad feature {v:?}")))
                    .collect::<Result<_, _>>()?;
                trees.push(TreeSpec {
                    features: features.try_into().map_err(|_| "bad feature count")?,
                    thresholds: numbers(thresholds)?
                        .try_into()
                        .map_err(|_| "bad threshold count")?,
                    leaves: numbers(leaves)?.try_into().map_err(|_| "bad leaf count")?,
                    weights: numbers(weights)?
                        .try_into()
                        .map_err(|_| "bad weight count")?,
                });
            }
            Ok(ForestSpec { base, trees })
        };
        let stage1 = forest("stage1")?;
        let stage2 = forest("stage2")?;
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
