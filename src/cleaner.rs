//! [`Cleaner`] and [`CleanerBuilder`]: an ordered set of rules, built once, shared freely.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use crate::decide::{ContentModel, MODEL};
use crate::doc::Doc;
use crate::error::BuildError;
use crate::listing::{self, LISTING_CHROME};
use crate::merge;
use crate::repeats::{self, REPEATED_PASSAGE};
use crate::report::{PageKind, Report};
use crate::rule::{Reason, Removal, Rule};
use crate::rules;

/// Upper bound on cleaning passes. Each pass after the first runs the rules on the previous
/// pass's output; cleaning stops as soon as a pass removes nothing, which makes
/// `clean(clean(x)) == clean(x)` whenever that happens within the bound. Real pages settle in
/// two or three passes. Every pass costs time in the length of the input (the output is cut
/// from it anew), so the bound keeps time linear; it is high enough for the chains of pages
/// of many posts to settle: a blog's front page of posts each under its `3 Comments` heading
/// (`end-of-article` cuts at the middle heading each pass: a pass per doubling of the posts),
/// or of posts each ending in a like block (the last post goes each pass). A longer chain can
/// outlast the bound, and such input may lose more when cleaned again: rules whose removal
/// can expose another of the same kind (a run of glued ad labels, a site's tail template
/// over block after block) take the whole run in one pass for that reason.
const MAX_PASSES: usize = 16;

/// Debug builds check each rebuilt [`Doc`] against a new one, for texts up to this size.
#[cfg(debug_assertions)]
const DEBUG_CHECK_LIMIT: usize = 1 << 20;

/// Removes boilerplate with an ordered set of [`Rule`]s and a line model.
///
/// The rules report what they are sure of, which goes, and what they only suspect, which is
/// evidence for the line model ([`ContentModel`]); the model decides every other line. Build
/// a cleaner once and reuse it: building compiles the rules' matchers, cleaning only reads
/// them. A `Cleaner` is `Clone + Send + Sync`; share one across threads or clone it (clones
/// share the compiled rules and the model).
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
    model: Option<ContentModel>,
    /// Whether the second copies of repeated passages go (see [`REPEATED_PASSAGE`]).
    repeats: bool,
    /// Whether a listing's short lines go (see [`LISTING_CHROME`]).
    listing: bool,
}

impl fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cleaner")
            .field("rules", &self.rule_ids().collect::<Vec<_>>())
            .field("model", &self.model)
            .field("repeats", &self.repeats)
            .field("listing", &self.listing)
            .finish()
    }
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

impl Cleaner {
    /// A cleaner with the default rules (see the crate docs, `# How a page is cleaned`).
    pub fn new() -> Cleaner {
        Cleaner {
            rules: rules::defaults().into(),
            model: Some(ContentModel::default()),
            repeats: true,
            listing: false,
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

    /// Whether, on a page with no article, the short lines that are no sentence go (see
    /// [`CleanerBuilder::listing_chrome`]).
    ///
    /// ```
    /// assert!(!textsieve::Cleaner::new().removes_listing_chrome());
    /// let on = textsieve::Cleaner::builder().listing_chrome(true).build()?;
    /// assert!(on.removes_listing_chrome());
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    pub fn removes_listing_chrome(&self) -> bool {
        self.listing
    }

    /// The ids of the rules, in the order they run.
    ///
    /// ```
    /// let ids: Vec<_> = textsieve::Cleaner::new().rule_ids().collect();
    /// assert_eq!(ids, ["ad-marker", "related-section", "keyword-list", "footer-links", "table-of-contents", "heading-echo", "page-chrome", "comment-thread", "end-of-article", "article-region"]);
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
            model: self.model.clone(),
            repeats: self.repeats,
            listing: self.listing,
        }
    }

    /// Returns `text` without the boilerplate the rules find.
    ///
    /// Never panics; see the crate docs for the guarantees.
    pub fn clean(&self, text: &str) -> String {
        self.run(text, false).0.into_owned()
    }

    /// The byte ranges of `text` that [`clean`](Self::clean) removes: in order, disjoint
    /// (one may end where the next starts), on char boundaries, so `clean(text)` is `text`
    /// with each of them cut out. For callers that hold `text` in another form (a Python
    /// string, a rope, a memory map) and build the output from its kept pieces themselves,
    /// or that map offsets between input and output.
    ///
    /// ```
    /// let cleaner = textsieve::Cleaner::new();
    /// let text = "Story text.\nSponsored\nMore story.";
    /// let ranges = cleaner.removed_ranges(text);
    /// assert_eq!(ranges, [12..22]);
    /// assert_eq!(&text[12..22], "Sponsored\n");
    /// ```
    pub fn removed_ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.run(text, false)
            .1
            .into_iter()
            .map(|removal| removal.span)
            .collect()
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
        let (output, removals, page) = self.run(text, true);
        let output = output.into_owned();
        let page = page.unwrap_or_else(|| PageKind::of(&Doc::new(&output)));
        Report::new(text, output, removals, page)
    }

    /// Runs passes until one removes nothing; returns the output (`text` itself when nothing
    /// goes: `removed_ranges` need not copy a clean page), the removals, mapped onto
    /// `text`, and the verdict on the output, when the last pass had a view of it.
    ///
    /// Memory: at most one [`Doc`] and two texts besides the input are alive at a time. Each
    /// pass takes its `Doc` apart before any output is built, dropping the keys of the lines
    /// its removals cut into, and each output is cut from the original `text` with the
    /// composed removals after the previous output is dropped. The next pass rebuilds its
    /// `Doc` in the buffers of the last one, keeping the keys and measurements of the lines
    /// that did not change.
    fn run<'t>(
        &self,
        text: &'t str,
        explain: bool,
    ) -> (Cow<'t, str>, Vec<Removal>, Option<PageKind>) {
        let doc = Doc::new(text);
        let mut evidence = Vec::new();
        let (mut removals, settled) = self.pass(&doc, explain, &mut evidence);
        if removals.is_empty() {
            return (Cow::Borrowed(text), removals, settled);
        }
        let mut page = None;
        let mut parts = doc.into_parts();
        let mut cut_last: Vec<Range<usize>> = removals.iter().map(|r| r.span.clone()).collect();
        parts.drop_cut_keys(&cut_last);
        let mut output = merge::cut(text, &removals);
        for _ in 1..MAX_PASSES {
            let doc = Doc::rebuild(&output, parts, &cut_last, &evidence);
            // The ranges served their one use: freed before the rules run again.
            drop(cut_last);
            evidence.clear();
            // Debug builds (tests, fuzzing) check the rebuilt view against a new one.
            #[cfg(debug_assertions)]
            if output.len() <= DEBUG_CHECK_LIMIT {
                debug_assert!(doc.same_as(&Doc::new(&output)), "rebuilt view differs");
            }
            let (more, settled) = self.pass(&doc, explain, &mut evidence);
            if more.is_empty() {
                page = settled;
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
        (Cow::Owned(output), removals, page)
    }

    /// One pass over a view: what [`find`](Self::find) removes; when that is nothing, the
    /// text has settled, and what goes is a listing's short lines ([`listing`]), or nothing,
    /// with the verdict on the page. The rules' evidence spans go to `evidence`, as in
    /// [`find`](Self::find).
    fn pass(
        &self,
        doc: &Doc<'_>,
        explain: bool,
        evidence: &mut Vec<Range<usize>>,
    ) -> (Vec<Removal>, Option<PageKind>) {
        let removals = self.find(doc, explain, evidence);
        if !removals.is_empty() {
            return (removals, None);
        }
        let page = PageKind::of(doc);
        if self.listing {
            let mut short = Vec::new();
            listing::find(doc, page, &mut short);
            if !short.is_empty() {
                return (merge::resolve(doc, short), None);
            }
        }
        (removals, Some(page))
    }

    /// The rules, the line model, the repeated passages, then one merge.
    ///
    /// The rules' sure removals go as they are; their evidence goes only where the model
    /// confirms it. The model sees the built-in rules' findings only, so a user rule removes
    /// what it reports and changes no other line's fate, but for one: a passage the page
    /// prints twice goes where it comes back only if its first copy stays, whoever removes
    /// that.
    ///
    /// The spans of the rules' evidence are added to `evidence`: the next pass's view marks
    /// the lines none of them touched ([`Doc::rebuild`]).
    fn find(&self, doc: &Doc<'_>, explain: bool, evidence: &mut Vec<Range<usize>>) -> Vec<Removal> {
        let mut raw = Vec::new();
        for rule in self.rules.iter() {
            rule.find(doc, &mut raw);
        }
        let keep_comments = self
            .model
            .as_ref()
            .is_some_and(ContentModel::keeps_comments);
        let mut decided = Vec::new();
        if let Some(model) = &self.model {
            let protected: Vec<Range<usize>> = raw
                .iter()
                .filter(|r| keep_comments && matches!(r.reason, Reason::Comments { .. }))
                .map(|r| r.span.clone())
                .collect();
            model.find(doc, &raw, &protected, explain, &mut decided);
        }
        evidence.extend(
            raw.iter()
                .filter(|r| r.is_evidence())
                .map(|r| r.span.clone()),
        );
        raw.retain(|r| {
            !(r.is_evidence() || keep_comments && matches!(r.reason, Reason::Comments { .. }))
        });
        raw.append(&mut decided);
        if self.repeats {
            let mut copies = Vec::new();
            repeats::find(doc, &raw, &mut copies);
            raw.append(&mut copies);
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
    model: Option<ContentModel>,
    repeats: bool,
    listing: bool,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder::new()
    }
}

impl CleanerBuilder {
    /// A builder holding the default rules and the default line model.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder {
            rules: rules::defaults(),
            model: Some(ContentModel::default()),
            repeats: true,
            listing: false,
        }
    }

    /// A builder holding no rules, no line model, no removal of repeated passages and none of
    /// a listing's short lines: the cleaner it builds removes exactly what its rules report
    /// (their evidence counts for nothing without a model).
    ///
    /// ```
    /// use textsieve::{CleanerBuilder, PageChrome};
    /// // page-chrome only reports evidence: without a model, a date line stays.
    /// let cleaner = CleanerBuilder::empty().rule(PageChrome::default()).build()?;
    /// assert_eq!(cleaner.clean("Text.\n12 May 2021\n"), "Text.\n12 May 2021\n");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    pub fn empty() -> CleanerBuilder {
        CleanerBuilder {
            rules: Vec::new(),
            model: None,
            repeats: false,
            listing: false,
        }
    }

    /// Uses `model` as the decision stage (see [`ContentModel`]), in place of the one there.
    ///
    /// # Defaults
    /// [`CleanerBuilder::new`] holds [`ContentModel::default`]; [`CleanerBuilder::empty`]
    /// holds none. `without("model")` removes it.
    pub fn model(&mut self, model: ContentModel) -> &mut CleanerBuilder {
        self.model = Some(model);
        self
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

    /// Puts the built-in rule `id`, with its defaults and `phrases` added, in place of the
    /// rule of that id (or after the others): ad labels for `ad-marker`, headings for
    /// `related-section`, labels for `keyword-list`, link texts for `footer-links`. The CLI's
    /// `--lexicon RULE=FILE` calls it.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] when `id` names no built-in rule or one that takes no phrases; a
    /// phrase that folds to nothing is reported by [`build`](Self::build).
    ///
    /// ```
    /// use textsieve::Cleaner;
    /// let cleaner = Cleaner::builder().phrases("ad-marker", &["Anzeige"])?.build()?;
    /// assert_eq!(cleaner.clean("Ein Satz.\nAnzeige\nEnde.\n"), "Ein Satz.\nEnde.\n");
    /// let err = Cleaner::builder().phrases("page-chrome", &["x"]).unwrap_err();
    /// assert_eq!(err.rule(), "page-chrome");
    /// assert!(err.to_string().contains("takes no phrases; these take phrases: ad-marker"));
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    pub fn phrases(
        &mut self,
        id: &str,
        phrases: &[&str],
    ) -> Result<&mut CleanerBuilder, BuildError> {
        let builtin = rules::builtin(id);
        let Some(rule) = builtin.and_then(|b| b.with_phrases(phrases)) else {
            let takers = rules::BUILTINS
                .iter()
                .filter(|b| b.takes_phrases())
                .map(|b| b.id)
                .collect();
            return Err(BuildError::phrases(id, builtin.is_some(), takers));
        };
        match self.rules.iter_mut().find(|r| r.id() == rule.id()) {
            Some(slot) => *slot = rule,
            None => self.rules.push(rule),
        }
        Ok(self)
    }

    /// Whether the second copy of a passage the page prints twice goes (see
    /// [`REPEATED_PASSAGE`]): a run of lines holding two paragraphs or more that comes back
    /// line for line after the first copy ends, while the first copy stays. Paragraphs here
    /// are prose lines of twenty words or more: a table's rows or a list's items printed
    /// again stay, and so does what an author repeats on purpose (a document quoted in full
    /// under a line ending in a colon, a variant of a passage that runs on into other prose).
    ///
    /// # Defaults
    /// `true` for [`CleanerBuilder::new`], `false` for [`CleanerBuilder::empty`];
    /// `without("repeated-passage")` sets it to `false`.
    ///
    /// ```
    /// use textsieve::Cleaner;
    /// let story = "The council voted on Tuesday to expand the bus network across the city, \
    ///     adding eleven routes and a night service that runs on weekends.\n\
    ///     The first night routes open in March, and the rest follow over the next two years as \
    ///     new drivers are hired and trained for them.\n";
    /// let page = format!("{story}Photos\n{story}");
    /// assert_eq!(textsieve::clean(&page), format!("{story}Photos\n"));
    /// let keeping = Cleaner::builder().repeated_passages(false).build()?;
    /// assert_eq!(keeping.clean(&page), page);
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    pub fn repeated_passages(&mut self, remove: bool) -> &mut CleanerBuilder {
        self.repeats = remove;
        self
    }

    /// Whether, on a page with no article ([`PageKind::Listing`]) that keeps eight lines or
    /// more, the short lines that are no sentence go: section names, menu items, buttons (see
    /// [`LISTING_CHROME`]). The teasers stay either way.
    ///
    /// # Defaults
    /// `false`: a poem is a page of short lines with no article by this measure, and its
    /// shorter verses would go (43 of the 13,914 clean Arabic news articles of
    /// `SaudiNewsNet`, most of them poems, lost lines with it on), as would lyrics or a score
    /// table on a page with no paragraph of prose. Turn it on for corpora of portals and
    /// section fronts. `without("listing-chrome")` sets it to `false`.
    ///
    /// ```
    /// use textsieve::Cleaner;
    /// let portal = "World\nSport\nTrain strike called off after talks\nPanda twins born at the city zoo\n\
    ///     Weather\nHarbour ferries return to the island\nNew library opens in the old station\n\
    ///     Markets close higher on Friday\nLocal elections set for the spring\n";
    /// let stripping = Cleaner::builder().listing_chrome(true).build()?;
    /// let cleaned = stripping.clean(portal);
    /// assert!(!cleaned.contains("Sport") && cleaned.contains("Panda twins"));
    /// assert!(textsieve::clean(portal).contains("Sport"));
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    pub fn listing_chrome(&mut self, remove: bool) -> &mut CleanerBuilder {
        self.listing = remove;
        self
    }

    /// Removes the rule with this id, if any; `"model"` removes the line model (the rules'
    /// evidence then counts for nothing), `"repeated-passage"` keeps the second copies of
    /// repeated passages ([`repeated_passages`](Self::repeated_passages)) and
    /// `"listing-chrome"` a listing's short lines ([`listing_chrome`](Self::listing_chrome)):
    /// without all three, the cleaner removes exactly what its rules are sure of.
    pub fn without(&mut self, id: &str) -> &mut CleanerBuilder {
        if id == MODEL {
            self.model = None;
        }
        if id == REPEATED_PASSAGE {
            self.repeats = false;
        }
        if id == LISTING_CHROME {
            self.listing = false;
        }
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
        if let Some(model) = &self.model {
            model.validate()?;
        }
        Ok(Cleaner {
            rules: self.rules.clone().into(),
            model: self.model.clone(),
            repeats: self.repeats,
            listing: self.listing,
        })
    }
}
