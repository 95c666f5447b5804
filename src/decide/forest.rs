//! Gradient-boosted oblivious trees: the line model's arithmetic.
//!
//! An oblivious tree asks the same question of every node at one depth, so a tree of depth
//! [`DEPTH`] is [`DEPTH`] comparisons that spell out a leaf index: no branches to mispredict,
//! and a model of a few hundred trees scores a line in well under a microsecond. The model is
//! trained by `examples/train_model` and shipped as generated source (`weights.rs`).

use std::borrow::Cow;

/// Comparisons per tree.
pub(crate) const DEPTH: usize = 5;
/// Leaves per tree.
pub(crate) const LEAVES: usize = 1 << DEPTH;

/// One oblivious tree: at depth `d`, go right when `row[features[d]] > thresholds[d]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Tree {
    pub(crate) features: [u16; DEPTH],
    pub(crate) thresholds: [f32; DEPTH],
    /// Each leaf's value, added to the score (log-odds of "article text").
    pub(crate) leaves: [f32; LEAVES],
    /// The training weight that reached each leaf: what a node's value is the mean over, when
    /// a score is explained feature by feature.
    pub(crate) weights: [f32; LEAVES],
}

impl Tree {
    fn leaf(&self, row: &[f32]) -> usize {
        let mut index = 0;
        for d in 0..DEPTH {
            let value = row
                .get(usize::from(self.features[d]))
                .copied()
                .unwrap_or(0.0);
            index |= usize::from(value > self.thresholds[d]) << d;
        }
        index
    }

    /// The value of every node: the weighted mean of the leaves below it. Node `(1 << d) +
    /// p` is the node at depth `d` reached by the answers `p` (depth 0 is bit 0), so the
    /// leaves are nodes `LEAVES..2 * LEAVES`.
    fn node_values(&self) -> [f32; 2 * LEAVES] {
        let mut values = [0.0; 2 * LEAVES];
        for depth in 0..=DEPTH {
            for prefix in 0..1 << depth {
                values[(1 << depth) + prefix] = self.node_value(prefix, depth);
            }
        }
        values
    }

    /// The weighted mean of the leaves whose first `depth` answers are those of `leaf`: the
    /// value of the node at that depth on the way to `leaf`.
    fn node_value(&self, leaf: usize, depth: usize) -> f32 {
        let mask = (1 << depth) - 1;
        let (mut sum, mut weight) = (0.0, 0.0);
        for i in 0..LEAVES {
            if i & mask == leaf & mask {
                sum += self.leaves[i] * self.weights[i];
                weight += self.weights[i];
            }
        }
        if weight > 0.0 {
            sum / weight
        } else {
            0.0
        }
    }
}

/// A sum of trees over one kind of row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Forest {
    pub(crate) base: f32,
    pub(crate) trees: Cow<'static, [Tree]>,
    /// Each tree's node values ([`Tree::node_values`]), for explanations.
    node_values: Vec<[f32; 2 * LEAVES]>,
}

impl Forest {
    pub(crate) fn new(base: f32, trees: Cow<'static, [Tree]>) -> Forest {
        let node_values = trees.iter().map(Tree::node_values).collect();
        Forest {
            base,
            trees,
            node_values,
        }
    }

    /// The log-odds that the row is article text.
    pub(crate) fn score(&self, row: &[f32]) -> f32 {
        self.base
            + self
                .trees
                .iter()
                .map(|t| t.leaves[t.leaf(row)])
                .sum::<f32>()
    }

    /// How much each feature moved the score from the trees' means, added into `out` (one
    /// slot per feature): each step down a tree is credited to the feature it asked about
    /// (Saabas' attribution). Used only to explain a decision.
    pub(crate) fn contributions(&self, row: &[f32], out: &mut [f32]) {
        for (tree, values) in self.trees.iter().zip(&self.node_values) {
            let leaf = tree.leaf(row);
            for d in 0..DEPTH {
                let here = values[(1 << d) + (leaf & ((1 << d) - 1))];
                let next = if d + 1 == DEPTH {
                    tree.leaves[leaf]
                } else {
                    values[(1 << (d + 1)) + (leaf & ((1 << (d + 1)) - 1))]
                };
                if let Some(slot) = out.get_mut(usize::from(tree.features[d])) {
                    *slot += next - here;
                }
            }
        }
    }
}

/// The logistic function: log-odds to probability.
pub(crate) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // the values compared are exact
mod tests {
    use super::*;

    fn tree(feature: u16, threshold: f32, low: f32, high: f32) -> Tree {
        let mut t = Tree {
            features: [feature; DEPTH],
            thresholds: [threshold; DEPTH],
            leaves: [0.0; LEAVES],
            weights: [1.0; LEAVES],
        };
        // Every depth asks the same question: only leaf 0 and the all-ones leaf are reached.
        t.leaves[0] = low;
        t.leaves[LEAVES - 1] = high;
        t
    }

    #[test]
    fn scores_sum_the_reached_leaves() {
        let forest = Forest::new(
            0.5,
            Cow::Owned(vec![tree(0, 1.0, -1.0, 2.0), tree(1, 0.0, 3.0, -4.0)]),
        );
        let close = |a: f32, b: f32| (a - b).abs() < 1e-6;
        assert!(close(forest.score(&[0.0, 0.0]), 0.5 - 1.0 + 3.0));
        assert!(close(forest.score(&[5.0, 1.0]), 0.5 + 2.0 - 4.0));
        // A missing feature reads as zero rather than panicking.
        assert!(close(forest.score(&[5.0]), 0.5 + 2.0 + 3.0));
    }

    #[test]
    fn contributions_add_up_to_the_score_less_the_means() {
        let forest = Forest::new(
            0.0,
            Cow::Owned(vec![tree(0, 1.0, -1.0, 2.0), tree(1, 0.0, 3.0, -4.0)]),
        );
        let row = [5.0, 0.0];
        let mut out = [0.0; 2];
        forest.contributions(&row, &mut out);
        let means: f32 = forest.trees.iter().map(|t| t.node_value(0, 0)).sum();
        assert!((out.iter().sum::<f32>() + means - forest.score(&row)).abs() < 1e-5);
        assert!(out[0] > 0.0 && out[1] > 0.0);
    }

    #[test]
    fn sigmoid_is_a_probability() {
        assert_eq!(sigmoid(0.0), 0.5);
        assert!(sigmoid(20.0) > 0.999 && sigmoid(-20.0) < 0.001);
    }
}
