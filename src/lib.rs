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
//! * [`clean`]: one call with the default rules.
//! * [`explain`]: the same, plus every removed span, the rule that removed it and why
//!   ([`Report`]).
//! * [`Cleaner`] / [`CleanerBuilder`]: pick, order, tune and extend the rules; build once,
//!   share across threads.
//! * [`Rule`] / [`rule_fn`]: write your own rule over the read-only [`Doc`] view.
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
//! # Default rules
//!
//! In the order they run, by id:
//!
//! | id | type | removes |
//! |---|---|---|
//! | `ad-marker` | [`AdMarker`] | ad labels, alone on a line or glued to its start or end |
//! | `related-section` | [`RelatedSection`] | related / read-also / most-read headings and their items |
//! | `keyword-list` | [`KeywordList`] | labelled tag lists and repeating keyword lines |
//! | `footer-links` | [`FooterLinks`] | glued and separated link runs, menus, footer and legal lines |
//! | `page-chrome` | [`PageChrome`] | date, duration, counter, share-prompt, byline and notice lines |
//! | `end-of-article` | [`EndOfArticle`] | everything after a comment section, end marker or author box |
//! | `article-region` | [`ArticleRegion`] | headline-like lines far from the densest body of prose |
//!
//! Where cuts leave blank lines behind, they are collapsed; that tidying is reported under the
//! id `whitespace`. Blank lines that touch no removal are left as they are.
//!
//! # Guarantees
//!
//! For every `&str` input:
//!
//! * **Deletion only**: the output is the input with [`Report::removals`] cut out; the spans
//!   are sorted, disjoint and on `char` boundaries.
//! * **Idempotent**: `clean(&clean(x)) == clean(x)`. The cleaner runs its rules again on its
//!   own output until a pass removes nothing (at most six passes).
//! * `explain(x).output == clean(x)`.
//! * Text with nothing to remove comes back byte for byte.
//!
//! # Panics
//!
//! [`clean`], [`explain`], [`Cleaner::clean`] and [`Cleaner::explain`] never panic, whatever
//! the input. Building a cleaner with bad user configuration returns a [`BuildError`]; it does
//! not panic either.
//!
//! # Performance
//!
//! Build a [`Cleaner`] once and reuse it ([`clean`] does this for you). Time and memory grow
//! linearly with the input.
//!
//! # Crate features
//!
//! None yet: the library has no optional dependencies.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![deny(rustdoc::broken_intra_doc_links)]

mod cleaner;
mod doc;
mod error;
mod fold;
mod glue;
pub mod lexicon;
mod merge;
mod phrases;
mod report;
mod rule;
mod rules;
mod script;

use once_cell::sync::Lazy;

pub use cleaner::{Cleaner, CleanerBuilder};
pub use doc::{Doc, Line};
pub use error::BuildError;
pub use fold::fold;
pub use merge::WHITESPACE;
pub use report::Report;
pub use rule::{rule_fn, FnRule, Reason, Removal, Rule};
pub use rules::{
    AdMarker, ArticleRegion, EndOfArticle, FooterLinks, KeywordList, PageChrome, RelatedSection,
};

static DEFAULT: Lazy<Cleaner> = Lazy::new(Cleaner::new);

/// Removes boilerplate using the default rules: [`AdMarker`], [`RelatedSection`],
/// [`KeywordList`], [`FooterLinks`], [`PageChrome`], [`EndOfArticle`] and [`ArticleRegion`],
/// in that order. See [`Cleaner`] for custom rule sets.
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
