//! Gradient boosting of oblivious trees (every node at one depth asks the same question) on
//! the logistic loss with soft labels and row weights: the same model form that
//! `textsieve`'s decision stage evaluates. Histograms over at most 64 bins per feature;
//! deterministic (no sampling, sums in a fixed order).

use textsieve::train::{ForestSpec, TreeSpec, TREE_DEPTH};

const MAX_BINS: usize = 64;
const LEAVES: usize = 1 << TREE_DEPTH;

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub trees: usize,
    pub learning_rate: f64,
    /// L2 penalty on leaf values.
    pub lambda: f64,
}

/// Cut points per feature: a value `x` is in bin `cuts.partition_point(|c| *c < x)`, and
/// `x > cuts[b]` exactly when its bin is above `b`.
// `f32::midpoint` rounds otherwise than the sum halved, and the cut points make the weights:
// kept as trained, so that the written model stays byte for byte what it was.
#[allow(clippy::manual_midpoint)]
pub fn cuts(rows: &[&[f32]], features: usize) -> Vec<Vec<f32>> {
    let step = (rows.len() / 100_000).max(1);
    (0..features)
        .map(|f| {
            let mut values: Vec<f32> = rows.iter().step_by(step).map(|r| r[f]).collect();
            values.sort_by(f32::total_cmp);
            values.dedup();
            let mut cuts = Vec::new();
            if values.len() <= MAX_BINS {
                for w in values.windows(2) {
                    cuts.push((w[0] + w[1]) / 2.0);
                }
            } else {
                // Quantiles of the distinct values, so that a spike (zeros) takes one bin.
                for q in 1..MAX_BINS {
                    let i = q * values.len() / MAX_BINS;
                    cuts.push((values[i - 1] + values[i]) / 2.0);
                }
                cuts.dedup();
            }
            cuts
        })
        .collect()
}

/// Rows binned for training.
pub struct Dataset {
    n: usize,
    features: usize,
    /// Feature-major bins: `bins[f * n + i]`.
    bins: Vec<u8>,
    cuts: Vec<Vec<f32>>,
    labels: Vec<f64>,
    weights: Vec<f64>,
}

impl Dataset {
    pub fn new(rows: &[&[f32]], labels: &[f32], weights: &[f32], cuts: Vec<Vec<f32>>) -> Dataset {
        let n = rows.len();
        let features = cuts.len();
        let mut bins = vec![0u8; n * features];
        for (f, c) in cuts.iter().enumerate() {
            for (i, row) in rows.iter().enumerate() {
                bins[f * n + i] = c.partition_point(|x| *x < row[f]) as u8;
            }
        }
        Dataset {
            n,
            features,
            bins,
            cuts,
            labels: labels.iter().map(|&y| f64::from(y)).collect(),
            weights: weights.iter().map(|&w| f64::from(w)).collect(),
        }
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Gain of splitting every node's (gradient, hessian) sums at one bin, summed over nodes.
fn gain(left: &[(f64, f64)], total: &[(f64, f64)], lambda: f64) -> f64 {
    left.iter()
        .zip(total)
        .map(|(&(gl, hl), &(g, h))| {
            let (gr, hr) = (g - gl, h - hl);
            gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - g * g / (h + lambda)
        })
        .sum()
}

/// The best (gain, bin) of feature `f` given each row's node and gradient/hessian.
fn best_split(
    data: &Dataset,
    f: usize,
    nodes: usize,
    node: &[u8],
    grad: &[f64],
    hess: &[f64],
    lambda: f64,
) -> (f64, usize) {
    let bins = &data.bins[f * data.n..(f + 1) * data.n];
    let width = data.cuts[f].len() + 1;
    if width < 2 {
        return (0.0, 0);
    }
    let mut hist = vec![(0.0f64, 0.0f64); nodes * width];
    for i in 0..data.n {
        let slot = &mut hist[usize::from(node[i]) * width + usize::from(bins[i])];
        slot.0 += grad[i];
        slot.1 += hess[i];
    }
    let total: Vec<(f64, f64)> = (0..nodes)
        .map(|n| {
            hist[n * width..(n + 1) * width]
                .iter()
                .fold((0.0, 0.0), |a, b| (a.0 + b.0, a.1 + b.1))
        })
        .collect();
    let mut left = vec![(0.0f64, 0.0f64); nodes];
    let (mut best, mut best_bin) = (0.0, 0);
    for b in 0..width - 1 {
        for n in 0..nodes {
            let h = hist[n * width + b];
            left[n].0 += h.0;
            left[n].1 += h.1;
        }
        let g = gain(&left, &total, lambda);
        if g > best {
            best = g;
            best_bin = b;
        }
    }
    (best, best_bin)
}

/// Fits a forest.
pub fn fit(data: &Dataset, params: Params, threads: usize) -> ForestSpec {
    let n = data.n;
    let weight_sum: f64 = data.weights.iter().sum();
    let mean = data
        .labels
        .iter()
        .zip(&data.weights)
        .map(|(y, w)| y * w)
        .sum::<f64>()
        / weight_sum.max(1e-12);
    let mean = mean.clamp(1e-4, 1.0 - 1e-4);
    let base = (mean / (1.0 - mean)).ln();
    let mut score = vec![base; n];
    let mut forest = ForestSpec {
        base: base as f32,
        trees: Vec::with_capacity(params.trees),
    };
    let mut grad = vec![0.0; n];
    let mut hess = vec![0.0; n];
    let mut node = vec![0u8; n];
    for _ in 0..params.trees {
        for i in 0..n {
            let p = sigmoid(score[i]);
            grad[i] = (p - data.labels[i]) * data.weights[i];
            hess[i] = (p * (1.0 - p)).max(1e-6) * data.weights[i];
        }
        node.fill(0);
        let mut features = [0u16; TREE_DEPTH];
        let mut thresholds = [0f32; TREE_DEPTH];
        for d in 0..TREE_DEPTH {
            let nodes = 1 << d;
            let chunk = data.features.div_ceil(threads.max(1));
            let results: Vec<(f64, usize, usize)> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..data.features)
                    .step_by(chunk.max(1))
                    .map(|start| {
                        let (node, grad, hess) = (&node, &grad, &hess);
                        s.spawn(move || {
                            (start..(start + chunk).min(data.features))
                                .map(|f| {
                                    let (g, b) =
                                        best_split(data, f, nodes, node, grad, hess, params.lambda);
                                    (g, f, b)
                                })
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().expect("training thread"))
                    .collect()
            });
            // Highest gain; the lowest feature index on a tie, so that runs agree.
            let (_, f, b) =
                results
                    .into_iter()
                    .fold((0.0, 0, 0), |best, r| if r.0 > best.0 { r } else { best });
            features[d] = f as u16;
            thresholds[d] = data.cuts[f].get(b).copied().unwrap_or(f32::MAX);
            let bins = &data.bins[f * n..(f + 1) * n];
            for i in 0..n {
                node[i] |= u8::from(usize::from(bins[i]) > b) << d;
            }
        }
        let mut sums = [(0.0f64, 0.0f64); LEAVES];
        for i in 0..n {
            let s = &mut sums[usize::from(node[i])];
            s.0 += grad[i];
            s.1 += hess[i];
        }
        let mut leaves = [0f32; LEAVES];
        let mut weights = [0f32; LEAVES];
        for l in 0..LEAVES {
            let value = -sums[l].0 / (sums[l].1 + params.lambda) * params.learning_rate;
            leaves[l] = value as f32;
            weights[l] = sums[l].1 as f32;
        }
        for i in 0..n {
            score[i] += f64::from(leaves[usize::from(node[i])]);
        }
        forest.trees.push(TreeSpec {
            features,
            thresholds,
            leaves,
            weights,
        });
    }
    forest
}
