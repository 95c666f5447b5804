//! Gradient-boosted oblivious trees: the line model's arithmetic.
//!
//! An oblivious tree asks the same question of every node at one depth, so a tree of depth
//! [`DEPTH`] is [`DEPTH`] comparisons that spell out a leaf index: no branches to mispredict,
//! and a model of a few hundred trees scores a line in well under a microsecond. The model is
//! trained by `examples/train_model` and shipped as generated source (`weights.rs`).

use std::borrow::Cow;

use once_cell::sync::OnceCell;

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
#[derive(Debug, Clone)]
pub(crate) struct Forest {
    pub(crate) base: f32,
    pub(crate) trees: Cow<'static, [Tree]>,
    /// Each tree's node values ([`Tree::node_values`]), for explanations, computed by the
    /// first one: computing them for the built-in model's 160 trees took 2.4M instructions,
    /// 6% of a new process's first document, which explains nothing.
    node_values: OnceCell<Vec<[f32; 2 * LEAVES]>>,
    /// The features some tree asks about, in increasing order: the columns of this forest's
    /// [`Block`]s. Taken from the trees themselves, so that a retrained model brings its own.
    columns: Vec<u16>,
    /// Each tree's questions as positions in `columns`.
    slots: Vec<[usize; DEPTH]>,
}

impl Forest {
    pub(crate) fn new(base: f32, trees: Cow<'static, [Tree]>) -> Forest {
        let mut columns: Vec<u16> = trees.iter().flat_map(|t| t.features).collect();
        columns.sort_unstable();
        columns.dedup();
        let slots = trees
            .iter()
            .map(|t| {
                t.features.map(|f| {
                    columns
                        .binary_search(&f)
                        .expect("every feature a tree asks about is a column")
                })
            })
            .collect();
        Forest {
            base,
            trees,
            node_values: OnceCell::new(),
            columns,
            slots,
        }
    }

    /// Whether some tree asks about feature `feature`: a feature none asks about need not
    /// be computed to score a row.
    pub(crate) fn asks_about(&self, feature: usize) -> bool {
        u16::try_from(feature).is_ok_and(|f| self.columns.binary_search(&f).is_ok())
    }

    /// An empty block of rows for this forest: it keeps only the features the trees ask
    /// about (66 of stage one's 114 in the built-in model), so that rows are copied in and
    /// questions asked of fewer columns.
    pub(crate) fn block(&self) -> Block<'_> {
        Block {
            features: &self.columns,
            columns: vec![[0.0; BLOCK]; self.columns.len()],
            len: 0,
        }
    }

    /// The log-odds that the row is article text: the plain twin of
    /// [`score_block`](Self::score_block).
    #[cfg(test)]
    pub(crate) fn score(&self, row: &[f32]) -> f32 {
        self.base
            + self
                .trees
                .iter()
                .map(|t| t.leaves[t.leaf(row)])
                .sum::<f32>()
    }

    /// The log-odds of the rows of `block`, a block of this forest's ([`Forest::block`]),
    /// into the first slots of `out` (one per row, in order; the slots after them hold
    /// whatever the slots of the block past its rows scored).
    ///
    /// The same sums as [`Forest::score`] row by row (a property test checks), taken tree
    /// by tree over [`LANES`] rows at a time: about ten times faster on real pages. Only the
    /// rows pushed are scored, rounded up to a multiple of [`LANES`]: most pages end in a
    /// part-filled block, and a short page fills one block of 64 with a few rows.
    pub(crate) fn score_block(&self, block: &Block<'_>, out: &mut [f32; BLOCK]) {
        debug_assert!(std::ptr::eq(block.features, self.columns.as_slice()));
        // Whole groups of rows: a part-filled group at the end would be asked one row at a
        // time, which cost as much as the full groups before it (blocks hold 47 rows on
        // average on real pages). The slots past the last row hold an earlier block's rows
        // or zeros; they are scored and never read.
        let groups = block.len.div_ceil(LANES);
        for (g, out) in out.chunks_exact_mut(LANES).take(groups).enumerate() {
            let rows = g * LANES..(g + 1) * LANES;
            // One 32-bit lane per row, as wide as the values compared, and a group's
            // indices and sums held in registers from the first tree to the last: the loops
            // below vectorise with plain SSE2 (a byte per row needed a shift by a variable
            // count per byte, which SSE2 lacks, and ran one row at a time).
            let mut sums = [self.base; LANES];
            for (tree, slots) in self.trees.iter().zip(&self.slots) {
                let mut index = [0u32; LANES];
                // The deepest question first: doubling the index as each next answer comes
                // in puts the answer at depth `d` in bit `d`.
                for d in (0..DEPTH).rev() {
                    let column = &block.columns[slots[d]][rows.clone()];
                    let threshold = tree.thresholds[d];
                    for (i, value) in index.iter_mut().zip(column) {
                        *i = 2 * *i + u32::from(*value > threshold);
                    }
                }
                for (sum, i) in sums.iter_mut().zip(index) {
                    *sum += tree.leaves[i as usize % LEAVES];
                }
            }
            out.copy_from_slice(&sums);
        }
    }

    /// How much each feature moved the score from the trees' means, added into `out` (one
    /// slot per feature): each step down a tree is credited to the feature it asked about
    /// (Saabas' attribution). Used only to explain a decision.
    pub(crate) fn contributions(&self, row: &[f32], out: &mut [f32]) {
        let node_values = self
            .node_values
            .get_or_init(|| self.trees.iter().map(Tree::node_values).collect());
        for (tree, values) in self.trees.iter().zip(node_values) {
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

/// Forests are equal when their base and trees are: the rest is derived from the trees.
impl PartialEq for Forest {
    fn eq(&self, other: &Forest) -> bool {
        self.base == other.base && self.trees == other.trees
    }
}

/// Rows scored together by [`Forest::score_block`].
pub(crate) const BLOCK: usize = 64;

/// Rows [`Forest::score_block`] asks a question of at once: four SSE2 vectors of 32-bit
/// lanes. The compiler packs a group's answers to bytes and reads each row's index out of
/// them one by one, which a wider group pays for less often: over a tenth of the real pages
/// `score_block` took 60M instructions with 16 rows, 74M with 8 and about 65M with 32 (more
/// padding, registers spilled). [`BLOCK`] is a multiple of it.
const LANES: usize = 16;

/// Up to [`BLOCK`] rows laid out feature by feature (`columns[j][i]` is feature
/// `features[j]` of row `i`), so that one question of a tree is asked of all of them in one
/// loop the compiler vectorises, instead of a scattered read per row and tree. Made by
/// [`Forest::block`], with the columns its trees read.
pub(crate) struct Block<'f> {
    features: &'f [u16],
    columns: Vec<[f32; BLOCK]>,
    len: usize,
}

impl Block<'_> {
    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }

    /// Appends a row (the features the block keeps; missing ones read as zero).
    pub(crate) fn push(&mut self, row: &[f32]) {
        let len = self.len;
        if len == BLOCK {
            return;
        }
        for (column, &f) in self.columns.iter_mut().zip(self.features) {
            column[len] = row.get(usize::from(f)).copied().unwrap_or(0.0);
        }
        self.len += 1;
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

    proptest::proptest! {
        #[test]
        fn block_scores_match_row_scores(
            rows in proptest::collection::vec(proptest::collection::vec(-3.0f32..3.0, 4), 1..100),
            trees in proptest::collection::vec(
                (proptest::array::uniform5(0u16..6), proptest::array::uniform5(-2.0f32..2.0),
                 proptest::collection::vec(-1.0f32..1.0, LEAVES)),
                0..20,
            ),
        ) {
            let trees: Vec<Tree> = trees
                .into_iter()
                .map(|(features, thresholds, leaves)| Tree {
                    features,
                    thresholds,
                    leaves: leaves.try_into().unwrap_or([0.0; LEAVES]),
                    weights: [1.0; LEAVES],
                })
                .collect();
            let forest = Forest::new(0.25, Cow::Owned(trees));
            // One block for all chunks, as the decision stage uses it: a part-filled last
            // chunk leaves the rows of the one before in the slots it does not fill.
            let mut block = forest.block();
            for chunk in rows.chunks(BLOCK) {
                block.clear();
                for row in chunk {
                    block.push(row);
                }
                let mut out = [0.0; BLOCK];
                forest.score_block(&block, &mut out);
                for (row, score) in chunk.iter().zip(out) {
                    proptest::prop_assert!((forest.score(row) - score).abs() < 1e-4);
                }
            }
        }
    }

    #[test]
    fn sigmoid_is_a_probability() {
        assert_eq!(sigmoid(0.0), 0.5);
        assert!(sigmoid(20.0) > 0.999 && sigmoid(-20.0) < 0.001);
    }
}
