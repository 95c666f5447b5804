//! The decision stage: one learned model decides, line by line, what is article text.
//!
//! The rules report what they are sure of (an ad label, a glued link run, a labelled tag
//! list, a comment thread) and what they only suspect (a date alone on a line, a short line
//! far from the body, everything after a comment heading). Sure removals are applied as they
//! are. Everything else is weighed here: every non-blank line gets a row of features
//! ([`features`]), a first model scores each row, a second model scores it again with its
//! neighbours' first scores beside it (content comes in runs), and a line whose final score
//! is below the threshold goes. The rules' own verdict sets the threshold: a line that the
//! rules alone would remove on a page showing page chrome goes below a higher score than a
//! line they say nothing about. And inside the body of the article (the best-scoring run of
//! prose lines, see [`features`]) a line the rules say nothing about stays whatever its
//! score: article text is worth more than the boilerplate the model would find there. The
//! tables, reference lists, captions and list items of an article look like menus and
//! teasers line by line, and on the evaluation pages they were most of what the model alone
//! took from inside the body (leave-one-suite-out, threshold 0.2: readability kept 13 pages
//! under 90% recall without this rule, 6 with it).

pub(crate) mod explain;
pub(crate) mod features;
pub(crate) mod forest;
pub(crate) mod stack;
mod text;
mod weights;

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::doc::Doc;
use crate::error::BuildError;
use crate::ranges::RangeCursor;
use crate::rule::{Reason, Removal};

pub use explain::{Factor, ModelScore};
use forest::{sigmoid, Forest, BLOCK};

/// A stage-two row: the stage-one features, then the stacked ones.
type Row2 = [f32; features::COUNT + stack::COUNT];

/// The stage-one part of a stage-two row.
fn own_part(row: &mut Row2) -> &mut features::Row {
    (&mut row[..features::COUNT])
        .try_into()
        .expect("a stage-two row holds a stage-one row")
}

/// Whether [`ContentModel::find_lines`] skips the lines whose score cannot matter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pruning {
    On,
    #[cfg_attr(not(test), allow(dead_code))]
    Off,
}

/// Rule id under which the line model's removals are reported.
pub const MODEL: &str = "model";

/// A trained line model: two forests and the score below which a line goes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Model {
    /// Scores a line's own row.
    pub(crate) stage1: Forest,
    /// Scores a line's row and its neighbours' stage-one scores.
    pub(crate) stage2: Forest,
    /// Lines scoring below this probability of being article text go.
    pub(crate) threshold: f32,
    /// The same, for lines that the rules alone would remove (see [`features::CASCADE`]).
    pub(crate) evidence_threshold: f32,
}

impl Model {
    /// Whether either forest asks about stage-one feature `feature` (stage two's rows hold
    /// stage one's features first, at the same indices).
    fn asks_about(&self, feature: usize) -> bool {
        self.stage1.asks_about(feature) || self.stage2.asks_about(feature)
    }
}

/// The decision stage of a [`Cleaner`](crate::Cleaner): a model trained on labelled pages
/// that decides, for every line the rules did not settle, whether it is article text.
///
/// The rules' sure findings are applied as they are; what they only suspect (a date alone on
/// a line, a short line far from the body, the text after a comment heading) is one of the
/// model's inputs, beside the line's own shape (words, sentence ends, capitals, glue points),
/// its neighbours', and its place on the page. How it was trained, and what it scores on
/// pages it never saw, is in the README ("Quality").
///
/// A line the model removes is reported under the rule id `model`, with its score and the
/// features that weighed most ([`ModelScore`]).
///
/// ```
/// use textsieve::{Cleaner, ContentModel};
/// // The default cleaner holds the default model; a cleaner that keeps more:
/// let cautious = Cleaner::builder().model(ContentModel::default().evidence_threshold(0.5)).build()?;
/// let page = "The council voted on Tuesday to expand the bus network, adding eleven routes.\n";
/// assert_eq!(cautious.clean(page), page);
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Clone)]
pub struct ContentModel {
    model: Arc<Model>,
    threshold: f32,
    evidence_threshold: f32,
    keep_comments: bool,
}

impl fmt::Debug for ContentModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContentModel")
            .field("threshold", &self.threshold)
            .field("evidence_threshold", &self.evidence_threshold)
            .field("keep_comments", &self.keep_comments)
            .field(
                "trees",
                &(self.model.stage1.trees.len() + self.model.stage2.trees.len()),
            )
            .finish()
    }
}

/// The built-in model, made once per process.
static BUILT_IN: Lazy<Arc<Model>> = Lazy::new(|| Arc::new(weights::model()));

/// The built-in model, for the test in `src/train.rs` that `ModelSpec::to_source` writes
/// `weights.rs` as the crate reads it back: generator and loader must agree on each field.
#[cfg(all(test, feature = "train"))]
pub(crate) fn built_in() -> &'static Model {
    &BUILT_IN
}

impl Default for ContentModel {
    /// # Defaults
    /// The built-in model, its trained threshold, and reader comments removed.
    fn default() -> ContentModel {
        ContentModel {
            threshold: BUILT_IN.threshold,
            evidence_threshold: BUILT_IN.evidence_threshold,
            model: Arc::clone(&BUILT_IN),
            keep_comments: false,
        }
    }
}

impl ContentModel {
    #[cfg(feature = "train")]
    pub(crate) fn from_model(model: Model) -> ContentModel {
        ContentModel {
            threshold: model.threshold,
            evidence_threshold: model.evidence_threshold,
            model: Arc::new(model),
            keep_comments: false,
        }
    }

    /// Lines whose score (the model's probability that the line is article text) is below
    /// this go, among the lines the rules have no verdict on outside the body of the article
    /// (inside it, such lines stay). Lower keeps more: `0.0` keeps every such line.
    ///
    /// ```
    /// use textsieve::ContentModel;
    /// // At 1.0 every line outside the article body that no rule suspects goes; the body's
    /// // own lines stay, even its short list items.
    /// let cleaner = textsieve::Cleaner::builder()
    ///     .model(ContentModel::default().threshold(1.0).evidence_threshold(0.0))
    ///     .build()?;
    /// let page = "Weather\n\
    ///     The council voted on Tuesday to expand the bus network across the city. Eleven \
    ///     routes will be added over two years, most of them at night.\n\
    ///     Three routes open first:\nNorth loop\nRiver line\n\
    ///     Officials said the expansion would be paid for by a new parking levy. Drivers' \
    ///     groups have asked for a review of the levy before it takes effect.\n";
    /// assert!(cleaner.clean(page).contains("North loop\nRiver line\n"));
    /// assert!(!cleaner.clean(page).contains("Weather"));
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    ///
    /// # Defaults
    /// The threshold chosen in training (see the README). Values outside `0.0..=1.0` and NaN
    /// are rejected by `build`.
    #[must_use]
    pub fn threshold(self, threshold: f32) -> ContentModel {
        ContentModel { threshold, ..self }
    }

    /// The threshold for lines the rules would remove on their own: a date line, a byline or
    /// a short line far from the body, on a page that shows page chrome (menus, footers, ad
    /// labels in two places or more). It is higher than [`threshold`](Self::threshold): the
    /// rules' verdict counts for something. `0.0` keeps every such line.
    ///
    /// # Defaults
    /// The threshold chosen in training. Values outside `0.0..=1.0` and NaN are rejected by
    /// `build`.
    ///
    /// ```
    /// use textsieve::ContentModel;
    /// let model = ContentModel::default().evidence_threshold(0.0).threshold(0.0);
    /// let cleaner = textsieve::Cleaner::builder().model(model).build()?;
    /// // With both thresholds at 0 only the rules' sure findings go.
    /// assert_eq!(cleaner.clean("Weather\nNews\nThe vote was held.\nAdvertisement\n"), "Weather\nNews\nThe vote was held.\n");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn evidence_threshold(self, threshold: f32) -> ContentModel {
        ContentModel {
            evidence_threshold: threshold,
            ..self
        }
    }

    /// The threshold in use.
    ///
    /// ```
    /// assert_eq!(textsieve::ContentModel::default().threshold(0.3).current_threshold(), 0.3);
    /// ```
    pub fn current_threshold(&self) -> f32 {
        self.threshold
    }

    /// Keeps reader comments: the `comment-thread` rule's threads stay, and the model removes
    /// no line inside them. The comment form's fields (`Name *`, `Website`) still go: they are
    /// no reader's comment.
    ///
    /// # Defaults
    /// `false`: reader comments are boilerplate for a corpus of articles.
    ///
    /// ```
    /// use textsieve::{Cleaner, ContentModel};
    /// let cleaner = Cleaner::builder().model(ContentModel::default().keep_comments(true)).build()?;
    /// let article = "The council voted on Tuesday to expand the bus network, adding eleven routes across the city and a night service on weekends.\n".repeat(3);
    /// let thread = "Anna says:\nOctober 15, 2012 at 6:24 am\nFinally some night buses for the east side, I have waited for years.\nReply\n\
    ///               Omar says:\nOctober 15, 2012 at 7:02 am\nIt took them long enough, but this is good news for shift workers.\nReply\n\
    ///               Lena says:\nOctober 16, 2012 at 9:40 pm\nWill the new route run past the hospital, or stop at the station?\nReply\n";
    /// let form = "Leave a Reply\nName *\nEmail *\nWebsite\n";
    /// let page = format!("{article}{thread}{form}");
    /// assert!(cleaner.clean(&page).contains("Omar says:"));
    /// assert!(!cleaner.clean(&page).contains("Name *"));
    /// assert!(!textsieve::clean(&page).contains("Omar says:"));
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn keep_comments(self, keep: bool) -> ContentModel {
        ContentModel {
            keep_comments: keep,
            ..self
        }
    }

    pub(crate) fn keeps_comments(&self) -> bool {
        self.keep_comments
    }

    pub(crate) fn validate(&self) -> Result<(), BuildError> {
        if (0.0..=1.0).contains(&self.threshold) && (0.0..=1.0).contains(&self.evidence_threshold) {
            Ok(())
        } else {
            Err(BuildError::option(
                MODEL,
                "thresholds must be between 0 and 1",
            ))
        }
    }

    /// The model's removals on `doc`: whole lines whose score is below their threshold.
    ///
    /// `evidence` holds the built-in rules' removals and evidence on `doc` (the model was
    /// trained on those, and on nothing a user rule reports); lines inside `protected` stay.
    /// With `explain`, each removal carries the features that weighed most.
    pub(crate) fn find(
        &self,
        doc: &Doc<'_>,
        evidence: &[Removal],
        protected: &[Range<usize>],
        explain: bool,
        out: &mut Vec<Removal>,
    ) {
        self.find_lines(doc, evidence, protected, explain, Pruning::On, out);
    }

    /// [`find`](Self::find), which with [`Pruning::On`] scores only the lines whose
    /// threshold a score can fall below: with the first threshold at 0 (the trained one) a
    /// line the rules say nothing about stays whatever it scores, so only the rules'
    /// evidence lines are decided, and a pass with none builds no rows at all. `Off` scores
    /// every line the thresholds' definitions leave to the model (a pass with none returns
    /// before scoring, with either): the twin the tests hold `On` to.
    fn find_lines(
        &self,
        doc: &Doc<'_>,
        evidence: &[Removal],
        protected: &[Range<usize>],
        explain: bool,
        pruning: Pruning,
        out: &mut Vec<Removal>,
    ) {
        let prune = pruning == Pruning::On && self.threshold <= 0.0;
        let cover = features::coverage(doc, evidence);
        if prune && !cover.may_hold_evidence_line(doc) {
            return;
        }
        let rows = match pruning {
            Pruning::On => features::Rows::Read {
                times: self.model.asks_about(features::HAS_TIME),
            },
            Pruning::Off => features::Rows::All,
        };
        // A line the sure rules took whole needs no decision: it scores 0 for its
        // neighbours' sake (the model was trained the same way). Stage two decides; a line
        // inside the body that the rules do not suspect stays whatever it scores, so it is
        // not scored again, nor (when pruning) one outside it whose threshold is 0. Which
        // lines those are depends on their place and evidence alone: when there are none, no
        // line can go, and the rest of the table is not built, nor anything scored.
        let is_undecided = |table: &features::Table, k: usize| {
            !table.is_settled(k) && (table.is_evidence_line(k) || !(prune || table.is_in_body(k)))
        };
        let Some(table) = features::table_when(doc, &cover, rows, |table| {
            (0..table.len()).any(|k| is_undecided(table, k))
        }) else {
            return;
        };
        if table.len() == 0 {
            return;
        }
        let open: Vec<usize> = (0..table.len()).filter(|&k| !table.is_settled(k)).collect();
        let undecided: Vec<usize> = (0..table.len())
            .filter(|&k| is_undecided(&table, k))
            .collect();
        let mut row: Row2 = [0.0; features::COUNT + stack::COUNT];
        let mut first = vec![0.0f32; table.len()];
        let mut block = self.model.stage1.block();
        let mut scores = [0.0f32; BLOCK];
        for chunk in open.chunks(BLOCK) {
            block.clear();
            for &k in chunk {
                table.row(k, own_part(&mut row));
                block.push(&row[..features::COUNT]);
            }
            self.model.stage1.score_block(&block, &mut scores);
            for (&k, &score) in chunk.iter().zip(&scores) {
                first[k] = sigmoid(score);
            }
        }
        let units: Vec<f32> = (0..table.len()).map(|k| table.units(k)).collect();
        let stacked = stack::Stacked::new(&first, &units);
        let mut block = self.model.stage2.block();
        let mut second = vec![0.0f32; table.len()];
        for chunk in undecided.chunks(BLOCK) {
            block.clear();
            for &k in chunk {
                table.row(k, own_part(&mut row));
                stacked.write(k, &mut row[features::COUNT..]);
                block.push(&row);
            }
            self.model.stage2.score_block(&block, &mut scores);
            for (&k, &score) in chunk.iter().zip(&scores) {
                second[k] = sigmoid(score);
            }
        }
        let mut protected = RangeCursor::new(protected);
        // The sure cuts, once a line a sure rule cut inside is about to go.
        let mut sure: Option<RangeCursor> = None;
        for &k in &undecided {
            let score = second[k];
            let threshold = if table.is_evidence_line(k) {
                self.evidence_threshold
            } else {
                self.threshold
            };
            if score >= threshold {
                continue;
            }
            let Some(line) = doc.line(table.lines[k]) else {
                continue;
            };
            if protected.overlaps(&line.span()) {
                continue;
            }
            if table.is_cut_inside(k)
                && keeps_sentence_before_cut(
                    &line,
                    sure.get_or_insert_with(|| RangeCursor::new(&sure_cuts(evidence))),
                )
            {
                continue;
            }
            let verdict = if explain {
                table.row(k, own_part(&mut row));
                stacked.write(k, &mut row[features::COUNT..]);
                ModelScore::explained(score, &self.model.stage2, &row)
            } else {
                ModelScore::new(score)
            };
            out.push(Removal::line(&line, MODEL, Reason::Model(verdict)));
        }
    }
}

/// The built-in rules' sure cuts.
fn sure_cuts(removals: &[Removal]) -> Vec<Range<usize>> {
    removals
        .iter()
        .filter(|r| !r.is_evidence() && crate::rules::is_builtin(r.rule))
        .map(|r| r.span.clone())
        .collect()
}

/// Whether a sure rule cut `line` after a sentence and left the sentence: the line's text
/// before the first cut (`cuts`, asked about lines in order) ends a sentence and holds
/// [`MIN_WORDS_BEFORE`](crate::rules::glued_tail::MIN_WORDS_BEFORE) words or more. The rules
/// cut a tail glued onto a paragraph's last sentence (`… ما نعيش فيه.مقالات أخرى للكاتب…`, a
/// heading and its titles) and keep the sentence; the model decides whole lines, and its
/// removal of such a line took the sentence with the tail. What is left before a cut of a
/// menu or an ad label (`Choices`, `Mobile Payment`) is no sentence, and the model still
/// decides it.
fn keeps_sentence_before_cut(line: &crate::doc::Line<'_>, cuts: &mut RangeCursor) -> bool {
    let span = line.span();
    let Some(cut) = cuts.first_overlap(&span).filter(|c| c.start > span.start) else {
        return false;
    };
    let Some(head) = line.text().get(..cut.start - span.start) else {
        return false;
    };
    let head = head.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    });
    head.ends_with(crate::script::is_terminal_punct)
        && head.split_whitespace().count() >= crate::rules::glued_tail::MIN_WORDS_BEFORE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    /// The sentence before a sure cut of a glued tail stays; a stub before a cut, a short
    /// sentence, a cut inside a sentence, a cut that takes the line from its start, or none,
    /// leave the line to the model.
    #[test]
    fn a_sentence_before_a_sure_cut_is_kept() {
        let sentence = "The council will vote on the plan next month, officials said.";
        // (line, where the cut to its end starts, whether the line is kept)
        let cases = [
            (
                format!("{sentence}More from this writerThe bridge"),
                "More",
                true,
            ),
            (format!("{sentence}” More from this writer"), "More", true),
            (
                "فالمدينة في النهاية ليست ما نعبر به، بل ما نعيش فيه.مقالات أخرى للكاتب".to_string(),
                "مقالات",
                true,
            ),
            ("ChoicesAdvertisement".to_string(), "Advertisement", false),
            (
                "It is done.More from this writer".to_string(),
                "More",
                false,
            ),
            (sentence.to_string(), "next month", false),
        ];
        for (text, marker, kept) in cases {
            let doc = Doc::new(&text);
            let line = doc.line(0).expect("one line");
            let cut = text.find(marker).expect("the marker")..text.len();
            assert_eq!(
                keeps_sentence_before_cut(&line, &mut RangeCursor::new(std::slice::from_ref(&cut))),
                kept,
                "{text}"
            );
            assert!(
                !keeps_sentence_before_cut(&line, &mut RangeCursor::new(&[])),
                "{text}"
            );
            assert!(
                !keeps_sentence_before_cut(
                    &line,
                    &mut RangeCursor::new(std::slice::from_ref(&(0..text.len())))
                ),
                "{text}"
            );
        }
    }

    /// Only the built-in rules' sure removals are cuts.
    #[test]
    fn sure_cuts_are_the_built_in_rules_sure_removals() {
        let removals = [
            Removal::new(20..30, "footer-links", Reason::custom("x")),
            Removal::evidence(0..5, "page-chrome", Reason::custom("x")),
            Removal::new(5..9, "ad-marker", Reason::custom("x")),
            Removal::new(1..3, "my-rule", Reason::custom("x")),
        ];
        let mut cuts = sure_cuts(&removals);
        cuts.sort_by_key(|c| c.start);
        assert_eq!(cuts, vec![5..9, 20..30]);
    }
    use proptest::prelude::*;

    /// Pages of lines that the rules report as sure findings and as evidence (menus, dates,
    /// bylines, share prompts, ad labels, comment headers, related headings) among prose.
    fn page_strategy() -> impl Strategy<Value = String> {
        let line = prop::sample::select(vec![
            "",
            "Home",
            "News",
            "Sport",
            "Contact us",
            "Advertisement",
            "March 3, 2015",
            "3 hours ago",
            "By Anna Berg",
            "Share this article",
            "Related articles",
            "Council approves night buses",
            "Anna says:",
            "Reply",
            "120 views",
            "Tags: transport, city",
            "© 2024 Example News. All rights reserved.",
            "The council voted on Tuesday to expand the bus network across the city, adding \
             eleven routes over the next two years.",
            "Officials said the expansion would be paid for by a new parking levy, which \
             drivers' groups have asked to review before it takes effect.",
            "اقرأ أيضاً",
            "اعلان",
            "قال المجلس إن الخطوط الجديدة ستعمل ليلاً في عطلة نهاية الأسبوع، وإن التذاكر \
             ستبقى بالسعر نفسه.",
        ]);
        prop::collection::vec(line, 0..40).prop_map(|lines| lines.join("\n"))
    }

    /// The model's removals on `page`, with the rules' findings as the cleaner gathers them.
    fn decided(model: &ContentModel, page: &str, pruning: Pruning) -> Vec<(Range<usize>, String)> {
        let doc = Doc::new(page);
        let mut evidence = Vec::new();
        for rule in rules::defaults() {
            rule.find(&doc, &mut evidence);
        }
        let mut out = Vec::new();
        model.find_lines(&doc, &evidence, &[], true, pruning, &mut out);
        out.into_iter()
            .map(|r| (r.span.clone(), format!("{:?}", r.reason)))
            .collect()
    }

    proptest! {
        #[test]
        fn pruning_changes_no_decision(page in page_strategy(), threshold in 0usize..3) {
            // The trained thresholds (the first at 0, where pruning applies), and two others.
            let model = match threshold {
                0 => ContentModel::default(),
                1 => ContentModel::default().threshold(0.3),
                _ => ContentModel::default().threshold(0.0).evidence_threshold(0.5),
            };
            prop_assert_eq!(
                decided(&model, &page, Pruning::On),
                decided(&model, &page, Pruning::Off)
            );
        }
    }

    proptest! {
        #[test]
        fn rows_read_are_the_rows_in_full(page in page_strategy()) {
            let doc = Doc::new(&page);
            let mut evidence = Vec::new();
            for rule in rules::defaults() {
                rule.find(&doc, &mut evidence);
            }
            let cover = features::coverage(&doc, &evidence);
            let all = features::table_from(&doc, &cover, features::Rows::All);
            let read = features::table_from(&doc, &cover, features::Rows::Read { times: true });
            let untimed =
                features::table_from(&doc, &cover, features::Rows::Read { times: false });
            prop_assert_eq!(all.len(), read.len());
            let (mut a, mut b, mut c): (features::Row, features::Row, features::Row) =
                ([0.0; features::COUNT], [0.0; features::COUNT], [0.0; features::COUNT]);
            for k in 0..all.len() {
                prop_assert_eq!(all.is_settled(k), read.is_settled(k));
                prop_assert_eq!(all.is_evidence_line(k), read.is_evidence_line(k));
                prop_assert_eq!(all.is_in_body(k), read.is_in_body(k));
                prop_assert_eq!(all.units(k).to_bits(), read.units(k).to_bits());
                if !all.is_settled(k) {
                    all.row(k, &mut a);
                    read.row(k, &mut b);
                    prop_assert_eq!(a.map(f32::to_bits), b.map(f32::to_bits), "row {}", k);
                    // Without clock times, the rows differ in `has_time` alone.
                    untimed.row(k, &mut c);
                    c[features::HAS_TIME] = a[features::HAS_TIME];
                    prop_assert_eq!(a.map(f32::to_bits), c.map(f32::to_bits), "row {}", k);
                }
            }
        }
    }

    #[test]
    fn a_page_without_evidence_lines_needs_no_rows_and_loses_nothing() {
        let page = "The council voted on Tuesday to expand the bus network across the city.\n\
                    Officials said the expansion would be paid for by a new parking levy.\n";
        let model = ContentModel::default();
        assert!(model.threshold <= 0.0, "the trained first threshold is 0");
        let doc = Doc::new(page);
        assert!(!features::coverage(&doc, &[]).may_hold_evidence_line(&doc));
        assert!(decided(&model, page, Pruning::On).is_empty());
        assert!(decided(&model, page, Pruning::Off).is_empty());
    }

    #[test]
    fn an_evidence_line_is_still_decided_when_pruning() {
        // A date line on a page whose menus and footer the sure rules took: the rules'
        // verdict is evidence, which the model confirms.
        let page = "Home\nNews\nSport\nWeather\nContact us\n\nMarch 3, 2015\n\
                    The council voted on Tuesday to expand the bus network across the city, \
                    adding eleven routes over the next two years.\n\
                    Advertisement\nShare this article\n© 2024 Example News. All rights reserved.\n";
        let model = ContentModel::default();
        let pruned = decided(&model, page, Pruning::On);
        assert_eq!(pruned, decided(&model, page, Pruning::Off));
        assert!(!pruned.is_empty(), "some evidence line goes");
    }
}
