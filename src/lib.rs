//! Removes boilerplate from plain text scraped from web pages, Arabic and English first, mixed
//! freely.
//!
//! Input is text whose HTML was already stripped: article paragraphs among ad labels
//! (`اعلان`, `Advertisement`), "Related" and `اقرأ أيضاً` blocks, navigation and footer links
//! glued with no spaces (`About EuronewsCommercial ServicesTerms and Conditions`) and repeated
//! tag lists (`كلمات دلالية: …`). Output is the article.
//!
//! Cleaning only ever **deletes**: the output is the input with some byte ranges cut out, in
//! order, and never a rewritten word. It does not parse HTML, detect language, or decide
//! which of two articles on one page is "the" article.
//!
//! # Overview
//!
//! * [`clean`]: one call with the default rules and line model.
//! * [`explain`]: the same, plus every removed span, the rule that removed it and why, and
//!   whether the page holds an article ([`Report`], [`PageKind`]).
//! * [`Cleaner`] / [`CleanerBuilder`]: pick, order, tune and extend the rules and the line
//!   model ([`ContentModel`]); build once, share across threads.
//! * [`Rule`] / [`rule_fn`]: write your own rule over the read-only [`Doc`] view.
//! * [`ProfileCounts`] / [`Profiles`] / [`ProfiledCleaner`]: learn each site's own template
//!   text (glued permalinks, bylines, contact lines) from a corpus, and remove it (see
//!   [`SiteProfile`]).
//!
//! # Examples
//!
//! ## Clean a page
//!
//! ```
//! let page = "ذكرت الصحيفة أن المحادثات مستمرة، وأن الجانبين متفائلان.\n\nاعلان\n\nوقال المتحدث إن الاتفاق قريب.\n";
//! assert_eq!(textsieve::clean(page), "ذكرت الصحيفة أن المحادثات مستمرة، وأن الجانبين متفائلان.\n\nوقال المتحدث إن الاتفاق قريب.\n");
//! ```
//!
//! ## See what was removed and why
//!
//! ```
//! let report = textsieve::explain("Story text, first part.\nAdvertisement\nStory text, second part.");
//! for removal in &report.removals {
//!     assert_eq!(removal.rule, "ad-marker");
//! }
//! assert_eq!(report.to_string(), "24..38 ad-marker advertisement label \"Advertisement\"\n");
//! ```
//!
//! ## Tune the rules for another site
//!
//! ```
//! use textsieve::{AdMarker, Cleaner, RelatedSection};
//! let cleaner = Cleaner::builder()
//!     .rule(AdMarker::default().label("Reklam"))
//!     .rule(RelatedSection::default().heading("İlgili haberler"))
//!     .without("keyword-list")
//!     .build()?;
//! assert_eq!(cleaner.clean("Haber metni.\nREKLAM\nDevamı."), "Haber metni.\nDevamı.");
//! # Ok::<(), textsieve::BuildError>(())
//! ```
//!
//! # How a page is cleaned
//!
//! Four stages (the fourth off by default), run again on their own output until nothing more
//! goes:
//!
//! 1. **Rules** report what they find. What they are sure of (an ad label, a labelled tag
//!    list, a related heading with its items, a glued link run, a legal footer, a comment
//!    thread) is removed as it is. What they only suspect, because clean articles hold it
//!    too (a date alone on a line, a byline, a short line far from the body, everything
//!    after a comment heading), is *evidence*.
//! 2. **The line model** ([`ContentModel`]) decides every other line: a model trained on
//!    labelled pages scores each line from its own shape, its neighbours', its place on the
//!    page and the rules' evidence, then again with its neighbours' first scores beside it;
//!    a line scoring below the threshold goes, except inside the body of the article (the
//!    best-scoring run of prose lines), where only what the rules suspect can go. The
//!    README's "Quality" section says how it was trained and what it scores on pages it
//!    never saw.
//! 3. **Repeated passages**: among the lines both stages keep, a run of two paragraphs or
//!    more that the page prints again, line for line, goes where it comes back
//!    ([`REPEATED_PASSAGE`], [`CleanerBuilder::repeated_passages`]): a slideshow rendered
//!    twice, a paywalled article's free paragraphs above the full text. The first copy
//!    stays, and so does what an author repeats on purpose (a document quoted in full, a
//!    variant of a passage).
//! 4. **Pages with no article**, when asked for (off by default, as a poem's verses would
//!    go): when what is left is a listing ([`PageKind::Listing`]: a portal, a section front,
//!    a directory), its short lines that are no sentence (section names, menu items,
//!    buttons) go and its teasers stay ([`LISTING_CHROME`],
//!    [`CleanerBuilder::listing_chrome`]); cleaning then settles again.
//!
//! The default rules, in the order they run, by id:
//!
//! | id | type | removes | reports |
//! |---|---|---|---|
//! | `ad-marker` | [`AdMarker`] | ad labels, alone on a line or glued to its start or end | removals |
//! | `related-section` | [`RelatedSection`] | related / read-also / most-read headings and their items; such a heading glued after a paragraph's last sentence, with its titles, is cut out of the line; teaser lists with no heading (headlines, each with a date, time ago or view count under it, and a card's section and writer) | removals |
//! | `keyword-list` | [`KeywordList`] | labelled tag lists, repeating keyword lines, lists in alphabetical order | removals |
//! | `footer-links` | [`FooterLinks`] | glued and separated link runs, headline runs, menus, breadcrumb trails, directory lines, footer, legal, permanent-address and contact-the-writer lines, template markup, e-mail placeholders (cut out of their line) | removals |
//! | `table-of-contents` | [`TableOfContents`] | a page's own table of contents, whose titles come back as headings | removals |
//! | `heading-echo` | [`HeadingEcho`] | a heading of the page repeated after a label below the article: a permalink, a next-post link | removals |
//! | `page-chrome` | [`PageChrome`] | date, duration, counter, share-prompt, byline, notice and link lines | evidence |
//! | `comment-thread` | [`CommentThread`] | reader comments after an article, found by the thread's shape; a comment form's fields | removals |
//! | `end-of-article` | [`EndOfArticle`] | everything after a comment section, end marker or author box | evidence |
//! | `article-region` | [`ArticleRegion`] | headline-like lines far from the densest body of prose, any line far below it | evidence |
//!
//! The line model reports its removals under the id `model` ([`MODEL`]), with its score and
//! the features that weighed most ([`ModelScore`]). It weighs the built-in rules' findings
//! only: a user rule's removals go, but are no evidence about other lines. A cleaner without
//! the model and the repeated passages (`without("model")` and `without("repeated-passage")`,
//! or [`CleanerBuilder::empty`]) removes exactly what its rules are sure of.
//!
//! Where cuts leave blank lines behind, they are collapsed; that tidying is reported under the
//! id `whitespace`. Blank lines that touch no removal are left as they are.
//!
//! # Guarantees
//!
//! For every `&str` input, with the built-in rules (user rules are bound by the same merge,
//! but their own logic is theirs):
//!
//! * **Deletion only**: the output is the input with [`Report::removals`] cut out, in order.
//!   The spans are sorted, disjoint, non-empty, inside the input and on `char` boundaries;
//!   white-space tidying is itself reported as removals (rule id `whitespace`), so nothing
//!   is ever inserted, replaced or reordered. A rule's span that is out of range or splits a
//!   character is clamped and widened to whole characters, never trusted as is.
//! * `explain(x).output == clean(x)`, and the report's spans refer to `x` itself, even when
//!   cleaning took several passes.
//! * **Idempotent**: `clean(&clean(x)) == clean(x)` whenever cleaning settles: the cleaner
//!   runs the rules and the model again on its own output until a pass removes nothing, so
//!   its output is a text on which a pass removes nothing, and cleaning it again returns it
//!   unchanged. Cleaning stops after sixteen passes to keep time linear, which lets the
//!   chains of pages of many posts settle (a blog's front page whose posts each end in a
//!   comment heading or a like block loses half of them, or its last post, each pass); an
//!   input that has not settled by then may lose more if cleaned again. Property tests,
//!   growth tests and fuzzing (`fuzz/`) check idempotence, and the README gives how many of
//!   the evaluation pages settle.
//! * **Article text stays**: text with nothing to remove comes back byte for byte; property
//!   tests check it on generated Arabic and English article prose, and the README gives how
//!   much of clean articles (the evaluation suites' gold texts, a corpus of Arabic news) the
//!   model removes.
//! * Any line ending (`\n`, `\r\n`, a lone `\r`), bidi controls, zero-width joiners, a
//!   byte-order mark, NUL and other control characters, and combining marks with no base are
//!   ordinary input: they never break a guarantee.
//!
//! # Panics
//!
//! [`clean`], [`explain`], [`Cleaner::clean`] and [`Cleaner::explain`] never panic, whatever
//! the input: slices are taken only at offsets found on the text itself, counts are bounded
//! by the input's length, and user options enter arithmetic saturated. The setters of the
//! built-in rules never panic either, whatever their arguments (`usize::MAX`, NaN, empty or
//! huge phrases, patterns that do not compile): bad configuration is reported by
//! [`CleanerBuilder::build`] as a [`BuildError`] naming the rule. A user rule that panics in
//! [`Rule::find`] is not caught. As everywhere in Rust, running out of memory aborts.
//!
//! # Performance
//!
//! Build a [`Cleaner`] once and reuse it ([`clean`] does this for you): a new process's first
//! call builds the default cleaner (patterns, phrase automata, searches and the line model),
//! about 14 ms, after which the embedded sample page cleans in 0.5 ms. A `Cleaner` is
//! `Send + Sync`: share one across threads, or clone it per thread (clones share the
//! compiled rules and the model); cleaning locks nothing.
//!
//! * **Throughput** of [`clean`] on one core of a 2-core AMD EPYC (Zen 5) virtual machine:
//!   15 MiB/s on real scraped pages (the evaluation suites' 2,377 pages, 43 bytes per line;
//!   27 MiB/s without the line model), 39 MiB/s on the bench's generated mixed Arabic/English
//!   corpus, on a day the floor below ran at 1.7 GiB/s on the real pages (see the README for
//!   the ratio to it). The line model costs about half of the time on real pages: it scores every
//!   line the rules do not settle. Reproduce with `cargo bench --bench clean` (`-- real` for
//!   the real pages, skipped where they are absent), which also times a floor (splitting
//!   lines with `memchr` and copying them), each rule alone and two threads.
//! * **Time** is linear in the input: every rule looks at each line a bounded number of
//!   times, the model's features are fixed windows and running sums over the lines, and a
//!   document needs at most sixteen passes, each of them linear; every document with
//!   removals needs at least two, the last one confirming that nothing more goes. A pass after the first keeps the
//!   measurements of the lines that did not change. `benches/scaling.rs` cleans 1×, 4× and
//!   16× the same page, the same glued line, a page of very short lines and a run of
//!   combining marks; no input gets slower per byte by more than a fifth from 1× to 16× (a
//!   page gets faster, its fixed cost spread wider; README, "Performance").
//! * **Memory** is linear in the input: besides it, cleaning holds one document view (a
//!   folded key about the size of the text, and up to a few times it when many lines change
//!   from pass to pass, since a changed line's key is added anew; 48 bytes per line and 24
//!   per paragraph), kept from pass to pass so that unchanged lines are not measured again,
//!   the line model's features (a few hundred bytes per non-blank line at their peak, and a
//!   block of 64 rows at a time), the removals, and the output, which is always cut from the
//!   input. For a 16 MiB page of
//!   short scraped lines, cleaning adds 2.3 times the input's size at its peak (debug build;
//!   `tests/memory.rs` fails above 3.6). Documents made mostly of very short or empty lines
//!   cost more per byte, since the per-line data dominates.
//!
//! # Crate features
//!
//! * `cli`: the `textsieve` command-line tool (`cargo install --path . --features cli`),
//!   which cleans directories of pages and JSON Lines files on all cores. The library
//!   itself uses none of the feature's dependencies.
//! * `unstable`: makes public what the rules use but users should not pin, since it changes
//!   whenever detection improves: the built-in phrase lists (`lexicon`, read from
//!   `src/lexicon/*.tsv`) and the shape helpers of [`Line`] (`is_prose`, `is_bullet`,
//!   `strong_glue`, `soft_glue`). No semver promise covers them. ([`fold`]'s exact output
//!   may change too; [`FOLD_VERSION`] says when.)
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![deny(rustdoc::broken_intra_doc_links)]

mod char_table;
mod cleaner;
mod decide;
mod doc;
mod error;
mod fold;
mod glue;
#[cfg(feature = "unstable")]
pub mod lexicon;
#[cfg(not(feature = "unstable"))]
mod lexicon;
mod listing;
// Above both `lexicon` and `rules`: it tries each entry with its rule's own code.
#[cfg(feature = "lexicon-sites")]
#[doc(hidden)]
pub mod lexicon_probe;
mod merge;
mod options;
mod phrases;
mod profile;
mod ranges;
mod repeats;
mod report;
mod rule;
mod rules;
mod script;
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train;

use once_cell::sync::Lazy;

pub use cleaner::{Cleaner, CleanerBuilder};
pub use decide::{ContentModel, Factor, ModelScore, MODEL};
pub use doc::{Doc, Line};
pub use error::BuildError;
pub use fold::{fold, FOLD_VERSION};
pub use listing::LISTING_CHROME;
pub use merge::WHITESPACE;
pub use options::{CleanerOptions, OptionField, OptionsError};
pub use profile::site_of;
pub use profile::{
    DenyList, ProfileCounts, ProfileError, ProfileErrorKind, ProfiledCleaner, Profiles,
    SiteProfile, Template, TemplateKind, SITE_PROFILE,
};
pub use repeats::REPEATED_PASSAGE;
pub use report::{PageKind, Report};
pub use rule::{rule_fn, ChromeKind, EndMarker, FnRule, Reason, Removal, Rule};
pub use rules::{
    AdMarker, ArticleRegion, CommentThread, EndOfArticle, FooterLinks, HeadingEcho, KeywordList,
    PageChrome, RelatedSection, TableOfContents,
};

static DEFAULT: Lazy<Cleaner> = Lazy::new(Cleaner::new);

/// Removes boilerplate using the default cleaner ([`Cleaner::new`]): every built-in rule (see
/// the crate docs, `# How a page is cleaned`) and the line model. See [`Cleaner`] for custom rule sets.
///
/// ```
/// let page = "The talks resumed on Monday, officials said.\nADVERTISEMENT\nTags: talks, truce\n";
/// assert_eq!(textsieve::clean(page), "The talks resumed on Monday, officials said.\n");
/// ```
pub fn clean(text: &str) -> String {
    DEFAULT.clean(text)
}

/// Like [`clean`], but also says what was dropped and why.
///
/// ```
/// let report = textsieve::explain("Body text, here.\nاعلان\nMore body.");
/// assert_eq!(report.output, textsieve::clean("Body text, here.\nاعلان\nMore body."));
/// assert_eq!(report.removals[0].rule, "ad-marker");
/// ```
pub fn explain(text: &str) -> Report {
    DEFAULT.explain(text)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
