//! [`Cleaner`] and [`CleanerBuilder`]: an ordered set of rules, built once, shared freely.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use crate::doc::Doc;
use crate::error::BuildError;
use crate::merge;
use crate::report::Report;
use crate::rule::{Removal, Rule};
use crate::rules;

/// Upper bound on cleaning passes. Each pass after the first runs the rules on the previous
/// pass's output; cleaning stops as soon as a pass removes nothing, which makes
/// `clean(clean(x)) == clean(x)`. Real pages settle in two or three passes; the bound keeps
/// time linear on adversarial input.
const MAX_PASSES: usize = 6;

/// Menu entries in a row that show a page's navigation on their own, when no rule knows its
/// links (a Japanese portal's menus): more than the lists and tables of bare short lines that
/// articles hold (the longest in the evaluation suites' clean articles has 18).
const MENU_EVIDENCE: usize = 20;

/// Debug builds check each rebuilt [`Doc`] against a new one, for texts up to this size.
#[cfg(debug_assertions)]
const DEBUG_CHECK_LIMIT: usize = 1 << 20;

/// Removes boilerplate with an ordered set of [`Rule`]s.
///
/// Build it once and reuse it: building compiles the rules' matchers, cleaning only reads
/// them. A `Cleaner` is `Clone + Send + Sync`; share one across threads or clone it (clones
/// share the compiled rules).
///
/// ```
/// use textsieve::Cleaner;
/// let cleaner = Cleaner::new(); // the default rules
/// let page = "The talks went on for hours.\nاعلان\nThey ended at midnight.";
/// assert_eq!(cleaner.clean(page), "The talks went on for hours.\nThey ended at midnight.");
/// ```
#[derive(Clone)]
pub struct Cleaner {
    rules: Arc<[Arc<dyn Rule>]>,
}

impl fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cleaner")
            .field("rules", &self.rule_ids().collect::<Vec<_>>())
            .finish()
    }
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

impl Cleaner {
    /// A cleaner with the default rules (see the crate docs, `# Default rules`).
    pub fn new() -> Cleaner {
        Cleaner {
            rules: rules::defaults().into(),
        }
    }

    /// A builder that starts from the default rules.
    ///
    /// ```
    /// use textsieve::{AdMarker, Cleaner};
    /// let cleaner = Cleaner::builder()
    ///     .without("footer-links")
    ///     .rule(AdMarker::default().label("Anzeige"))
    ///     .build()?;
    /// assert_eq!(cleaner.clean("Der Text.\nAnzeige\nMehr Text."), "Der Text.\nMehr Text.");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::new()
    }

    /// The ids of the rules, in the order they run.
    ///
    /// ```
    /// let ids: Vec<_> = textsieve::Cleaner::new().rule_ids().collect();
    /// assert_eq!(ids, ["ad-marker", "related-section", "keyword-list", "footer-links", "page-chrome", "end-of-article", "article-region"]);
    /// ```
    pub fn rule_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|r| r.id())
    }

    /// This cleaner with `rule` added after its rules, or in the place of its rule with the
    /// same id. Shares the compiled rules: used for site profiles, which add one rule per
    /// document's site.
    pub(crate) fn with_rule(&self, rule: Arc<dyn Rule>) -> Cleaner {
        let mut rules: Vec<Arc<dyn Rule>> = self.rules.to_vec();
        match rules.iter_mut().find(|r| r.id() == rule.id()) {
            Some(slot) => *slot = rule,
            None => rules.push(rule),
        }
        Cleaner {
            rules: rules.into(),
        }
    }

    /// Returns `text` without the boilerplate the rules find.
    ///
    /// Never panics; see the crate docs for the guarantees.
    pub fn clean(&self, text: &str) -> String {
        self.run(text).0
    }

    /// Like [`clean`](Self::clean), and also reports every removed span and why.
    ///
    /// ```
    /// let report = textsieve::Cleaner::new().explain("Story text.\nSponsored\nMore story.");
    /// assert_eq!(report.output, "Story text.\nMore story.");
    /// assert_eq!(report.removals.len(), 1);
    /// assert_eq!(report.removals[0].rule, "ad-marker");
    /// ```
    pub fn explain(&self, text: &str) -> Report {
        let (output, removals) = self.run(text);
        Report::new(text, output, removals)
    }

    /// Runs passes until one removes nothing; returns the output and the removals, mapped
    /// onto `text`.
    ///
    /// Memory: at most one [`Doc`] and two texts besides the input are alive at a time. Each
    /// pass takes its `Doc` apart before any output is built, dropping the keys of the lines
    /// its removals cut into, and each output is cut from the original `text` with the
    /// composed removals after the previous output is dropped. The next pass rebuilds its
    /// `Doc` in the buffers of the last one, keeping the keys and measurements of the lines
    /// that did not change.
    fn run(&self, text: &str) -> (String, Vec<Removal>) {
        let doc = Doc::new(text);
        let mut corroborated = None;
        let mut removals = self.find(&doc, &mut corroborated);
        if removals.is_empty() {
            return (text.to_owned(), removals);
        }
        let mut parts = doc.into_parts();
        let mut cut_last: Vec<Range<usize>> = removals.iter().map(|r| r.span.clone()).collect();
        parts.drop_cut_keys(&cut_last);
        let mut output = merge::cut(text, &removals);
        for _ in 1..MAX_PASSES {
            let doc = Doc::rebuild(&output, parts, &cut_last);
            // The ranges served their one use: freed before the rules run again.
            drop(cut_last);
            // Debug builds (tests, fuzzing) check the rebuilt view against a new one.
            #[cfg(debug_assertions)]
            if output.len() <= DEBUG_CHECK_LIMIT {
                debug_assert!(doc.same_as(&Doc::new(&output)), "rebuilt view differs");
            }
            let more = self.find(&doc, &mut corroborated);
            if more.is_empty() {
                break;
            }
            parts = doc.into_parts();
            cut_last = more.iter().map(|r| r.span.clone()).collect();
            parts.drop_cut_keys(&cut_last);
            // Debug builds (tests, fuzzing) check the composition against the direct route.
            let expected = cfg!(debug_assertions).then(|| merge::cut(&output, &more));
            removals = merge::compose(removals, more);
            drop(output);
            output = merge::cut(text, &removals);
            if let Some(expected) = expected {
                debug_assert_eq!(output, expected, "composed removals disagree");
            }
        }
        (output, removals)
    }

    /// One pass over a view: every rule, then one merge.
    ///
    /// Whether the rules that need corroboration run is decided on the first pass (`None`
    /// until then) and holds for the later ones: they run in every pass or in none, so that
    /// each pass of theirs sees the last pass's removals of theirs applied.
    fn find(&self, doc: &Doc<'_>, corroborated: &mut Option<bool>) -> Vec<Removal> {
        // The removals of the rules that need no corroboration, in rule order, and where the
        // others' removals belong among them.
        let mut raw = Vec::new();
        let mut unsure = Vec::new();
        for rule in self.rules.iter() {
            if rule.needs_corroboration() {
                unsure.push((rule, raw.len()));
            } else {
                rule.find(doc, &mut raw);
            }
        }
        // Corroborated: text removed in two places or more, so that one stray match on a
        // clean article (a line that reads like a footer link) is not taken for a page; or a
        // menu of unknown links ([`MENU_EVIDENCE`] entries in a row). A cleaner of such rules
        // alone has nothing to corroborate them: they run as they are.
        let run_unsure = *corroborated.get_or_insert_with(|| {
            let mut starts = raw.iter().map(|r| r.span.start);
            let first = starts.next();
            unsure.len() == self.rules.len()
                || first.is_some_and(|first| starts.any(|start| start != first))
                || rules::footer_links::has_menu(doc, MENU_EVIDENCE)
        });
        if run_unsure {
            // Last first, so that the places before stay where they are: each rule's removals
            // go to the end, then turn round into their place.
            for (rule, at) in unsure.into_iter().rev() {
                let end = raw.len();
                rule.find(doc, &mut raw);
                let added = raw.len() - end;
                raw[at..].rotate_right(added);
            }
        }
        merge::resolve(doc, raw)
    }
}

/// Builds a [`Cleaner`]: pick, order, configure and add rules.
///
/// Rules run in the order they were added; when two rules claim overlapping text, the span
/// that starts first keeps it (on a tie, the rule added first). Setters take `&mut self`, so
/// one builder can make several cleaners.
///
/// ```
/// use textsieve::{rule_fn, CleanerBuilder, KeywordList, Reason, Removal};
///
/// let mut builder = CleanerBuilder::empty();
/// builder.rule(KeywordList::default().label("Schlagworte"));
/// builder.rule(rule_fn("shouting", |doc, out| {
///     for line in doc.lines() {
///         let t = line.text();
///         if t.len() > 3 && t.chars().all(|c| !c.is_lowercase()) {
///             out.push(Removal::new(line.span(), "shouting", Reason::custom("all caps")));
///         }
///     }
/// }));
/// let cleaner = builder.build()?;
/// let out = cleaner.clean("Ein Satz.\nSchlagworte: Politik, Wahl\nBUY NOW\nEnde.");
/// assert_eq!(out, "Ein Satz.\nEnde.");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    rules: Vec<Arc<dyn Rule>>,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl CleanerBuilder {
    /// A builder holding the default rules.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder {
            rules: rules::defaults(),
        }
    }

    /// A builder holding no rules.
    pub fn empty() -> CleanerBuilder {
        CleanerBuilder { rules: Vec::new() }
    }

    /// Adds `rule` after the others, or, if a rule with the same id is already there, puts
    /// `rule` in its place (so `rule(AdMarker::default().label(..))` tunes the default
    /// ad-marker rule without moving it).
    pub fn rule(&mut self, rule: impl Rule + 'static) -> &mut CleanerBuilder {
        let rule: Arc<dyn Rule> = Arc::new(rule);
        match self.rules.iter_mut().find(|r| r.id() == rule.id()) {
            Some(slot) => *slot = rule,
            None => self.rules.push(rule),
        }
        self
    }

    /// Removes the rule with this id, if any.
    pub fn without(&mut self, id: &str) -> &mut CleanerBuilder {
        self.rules.retain(|r| r.id() != id);
        self
    }

    /// The ids of the rules, in order.
    pub fn rule_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|r| r.id())
    }

    /// Checks every rule's configuration and builds the cleaner.
    ///
    /// # Errors
    ///
    /// The first rule whose configuration is unusable (a user pattern that does not compile,
    /// a phrase that folds to nothing, contradictory options), as a [`BuildError`] naming it.
    pub fn build(&self) -> Result<Cleaner, BuildError> {
        for rule in &self.rules {
            rule.validate()?;
        }
        Ok(Cleaner {
            rules: self.rules.clone().into(),
        })
    }
}
