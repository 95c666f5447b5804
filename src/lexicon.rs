//! Marker phrases, grouped by what they mark and by language.
//!
//! Entries are written as sites print them; they are folded (see [`fold`](crate::fold)) before
//! matching, so one spelling per phrase is enough.
//!
//! The phrases are data, not code: each list is a table under `src/lexicon/` (`ad_labels.tsv`,
//! `related_headings.tsv`, …), compiled into the crate and read once, on first use. Each entry
//! there carries its language and the number of independent sites on whose pages it was seen,
//! the way its rule matches it, counted by `examples/lexicon_sites.rs` over the development
//! pages; an entry is kept when it was seen on at least two sites, or when a note says why a
//! rarer one is a general form (a spelling of a heading kept, the same heading in another of
//! the crate's languages). The words of the `page-chrome` line patterns (months, time units,
//! credit labels, picture agencies, …) are tables of the same kind.
//!
//! Each list is a [`Phrases`]: it reads as a `&'static [&'static str]` (through `Deref` and
//! [`as_slice`](Phrases::as_slice)) and iterates like one.
//!
//! Public only with the `unstable` feature: the lists change whenever detection improves.
//!
//! ```
//! # #[cfg(feature = "unstable")] {
//! use textsieve::lexicon::AD_LABELS;
//! assert!(AD_LABELS.contains(&"Advertisement"));
//! let labels: &[&str] = &AD_LABELS;
//! assert_eq!(labels.len(), AD_LABELS.iter().count());
//! for label in AD_LABELS {
//!     assert!(!label.is_empty());
//! }
//! # }
//! ```

use std::fmt;
use std::ops::Deref;

use once_cell::sync::Lazy;

/// One built-in phrase list, read from its table on first use.
///
/// It dereferences to a slice of the list's phrases, in the table's order, and iterates over
/// them, so that `for phrase in AD_LABELS`, `AD_LABELS.contains(&"Ad")` and `&AD_LABELS` as a
/// `&[&str]` work as they did when the lists were slices.
#[derive(Clone, Copy)]
pub struct Phrases {
    /// The table's file under `src/lexicon/`, without `.tsv`.
    name: &'static str,
    /// The table's text (what the provenance test reads).
    #[cfg_attr(not(test), allow(dead_code))]
    source: &'static str,
    /// The parsed table, read on first use.
    table: fn() -> &'static Table,
}

impl Phrases {
    /// The list's phrases.
    ///
    /// ```
    /// # #[cfg(feature = "unstable")] {
    /// let headings: &'static [&'static str] = textsieve::lexicon::RELATED_HEADINGS.as_slice();
    /// assert!(headings.contains(&"Related"));
    /// # }
    /// ```
    pub fn as_slice(self) -> &'static [&'static str] {
        &(self.table)().phrases
    }

    /// The entries of the list's table, with their provenance.
    #[cfg_attr(not(any(test, feature = "lexicon-sites")), allow(dead_code))]
    pub(crate) fn entries(self) -> &'static [Entry] {
        &(self.table)().entries
    }

    /// The name of the list's table under `src/lexicon/`, without `.tsv`.
    #[cfg_attr(not(any(test, feature = "lexicon-sites")), allow(dead_code))]
    pub(crate) fn name(self) -> &'static str {
        self.name
    }
}

impl Deref for Phrases {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.as_slice()
    }
}

impl IntoIterator for Phrases {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl IntoIterator for &Phrases {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl fmt::Debug for Phrases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// One row of a table: a phrase and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The phrase as sites print it (folded before matching).
    pub(crate) phrase: &'static str,
    /// Its language: an ISO 639-1 code, or `mul` for names and words of several languages.
    pub(crate) lang: &'static str,
    /// The independent sites of the counting data on whose pages it occurs the way its rule
    /// matches it.
    pub(crate) sites: u32,
    /// Why an entry seen on fewer than two sites is kept; may be empty otherwise.
    pub(crate) note: &'static str,
}

/// A parsed table.
pub(crate) struct Table {
    #[cfg_attr(not(any(test, feature = "lexicon-sites")), allow(dead_code))]
    entries: Vec<Entry>,
    phrases: Vec<&'static str>,
}

/// The languages a table may name.
#[cfg(test)]
const LANGUAGES: &[&str] = &[
    "ar", "en", "de", "fr", "es", "pt", "it", "pl", "nl", "hu", "ru", "ja", "zh", "mul",
];

impl Table {
    /// Reads a table: one entry per line, `phrase⇥lang⇥sites` and an optional `⇥note`;
    /// lines opening with `#` and blank lines are comments. The error names the line.
    pub(crate) fn parse(name: &'static str, text: &'static str) -> Result<Table, String> {
        let mut entries = Vec::new();
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = || format!("src/lexicon/{name}.tsv:{}", number + 1);
            let mut fields = line.split('\t');
            let (Some(phrase), Some(lang), Some(sites)) =
                (fields.next(), fields.next(), fields.next())
            else {
                return Err(format!("{}: expected phrase, lang and sites", at()));
            };
            let note = fields.next().unwrap_or("");
            if fields.next().is_some() {
                return Err(format!("{}: more than four fields", at()));
            }
            let sites = sites
                .parse()
                .map_err(|_| format!("{}: sites {sites:?} is not a count", at()))?;
            entries.push(Entry {
                phrase,
                lang,
                sites,
                note,
            });
        }
        let phrases = entries.iter().map(|e| e.phrase).collect();
        Ok(Table { entries, phrases })
    }

    /// A built-in table, which parses (a test reads every one).
    fn builtin(name: &'static str, text: &'static str) -> Table {
        Table::parse(name, text).expect("built-in lexicon table")
    }
}

/// Declares a [`Phrases`] list read from `src/lexicon/<file>.tsv`.
macro_rules! phrases {
    ($(#[$attr:meta])* $vis:vis $name:ident = $file:literal;) => {
        $(#[$attr])*
        $vis const $name: Phrases = Phrases {
            name: $file,
            source: include_str!(concat!("lexicon/", $file, ".tsv")),
            table: {
                fn table() -> &'static Table {
                    static TABLE: Lazy<Table> = Lazy::new(|| {
                        Table::builtin($file, include_str!(concat!("lexicon/", $file, ".tsv")))
                    });
                    &TABLE
                }
                table
            },
        };
    };
}

phrases! {
    /// Advertisement labels. Matched as a whole line, or glued at the start or end of a line.
    pub AD_LABELS = "ad_labels";
}
phrases! {
    /// Headings of related / read-also / most-read sections.
    pub RELATED_HEADINGS = "related_headings";
}
phrases! {
    /// Words that open a related heading naming what it lists (`More from …`, `المزيد من …`).
    pub RELATED_OPENERS = "related_openers";
}
phrases! {
    /// The read-also headings after which a site may append a whole second article (see
    /// [`RelatedSection::drop_appended_article`](crate::RelatedSection::drop_appended_article)).
    pub READ_ALSO_HEADINGS = "read_also_headings";
}
phrases! {
    /// Labels of keyword / tag lists.
    pub KEYWORD_LABELS = "keyword_labels";
}
phrases! {
    /// Legal and copyright phrases: a short line holding one is a footer line.
    pub FOOTER_PHRASES = "footer_phrases";
}
phrases! {
    /// Footer and navigation link texts: a line that is exactly one of them is page chrome.
    pub FOOTER_LINKS = "footer_links";
}
phrases! {
    /// Phrases of page chrome that are distinctive enough to count inside a glued line: media
    /// player markers, share and accessibility links, and section headings. A line holding
    /// several of them, of more than one kind, is a strip of page chrome.
    pub CHROME_PHRASES = "chrome_phrases";
}
phrases! {
    /// Openings of share, follow and subscribe prompts: a short line starting with one is a
    /// prompt, not text.
    pub SHARE_PREFIXES = "share_prefixes";
}
phrases! {
    /// Phrases of cookie, consent, newsletter and comment-form notices: a line of moderate
    /// length that contains one is a notice. Each is in the site's own voice (`we use
    /// cookies`, `this site uses cookies`), never words an article could use (`uses cookies`),
    /// since a match anywhere in the line removes it. The search inside lines looks first for
    /// rare parts of the phrases (anchors, shared where phrases share them, as `cookies`); past
    /// 64 distinct anchors its SIMD prefilter no longer applies and every line is searched
    /// several times slower.
    pub NOTICE_PHRASES = "notice_phrases";
}
phrases! {
    /// Headings that open a comment section or close an agency story: what follows is not the
    /// article. Matched as a whole line; a count before or after is allowed (`12 Comments`,
    /// `Comments (3)`).
    pub COMMENT_MARKERS = "comment_markers";
}
phrases! {
    /// A comment's action alone on its line (`Reply`, `Report`, `Reply to this comment`).
    pub(crate) COMMENT_ACTIONS = "comment_actions";
}
phrases! {
    /// The verb that ends a comment's header (`Anna says:`, `Mia wrote:`).
    pub(crate) COMMENTER_VERBS = "commenter_verbs";
}
phrases! {
    /// The words after a count of comments that open the line naming the post they answer
    /// (`156 Responses to`, `12 thoughts on`).
    pub(crate) COMMENT_TITLE_OPENERS = "comment_title_openers";
}
phrases! {
    /// The label of a comment form's field alone on its line (`Name *`, `Website`).
    pub(crate) COMMENT_FORM_FIELDS = "comment_form_fields";
}
phrases! {
    /// Blocks that usually follow the article: author boxes, share and "like this" blocks.
    /// What follows them goes only when little prose follows.
    pub AFTER_ARTICLE_MARKERS = "after_article_markers";
}

// The words of the `page-chrome` and `footer-links` line patterns, folded.
phrases! {
    /// Month and weekday names and the words that go with a date or time.
    pub(crate) DATE_WORDS = "date_words";
}
phrases! {
    /// Words that join the parts of a date or time (`of`, `at`, `um`, ordinal endings).
    pub(crate) DATE_CONNECTORS = "date_connectors";
}
phrases! {
    /// Labels that introduce a date line.
    pub(crate) DATE_LABELS = "date_labels";
}
phrases! {
    /// The Arabic words that open a relative time before its unit (`قبل`, `منذ`).
    pub(crate) RELATIVE_SINCE = "relative_since";
}
phrases! {
    /// Units of an Arabic relative time after `قبل` or `منذ`.
    pub(crate) RELATIVE_UNITS_SINCE = "relative_units_since";
}
phrases! {
    /// Units of an English relative time before `ago`.
    pub(crate) RELATIVE_UNITS_AGO = "relative_units_ago";
}
phrases! {
    /// Words closing an English relative time after its unit (`ago`).
    pub(crate) RELATIVE_CLOSERS = "relative_closers";
}
phrases! {
    /// Words opening a relative time before a number and a unit (`vor`, `il y a`, `hace`).
    pub(crate) RELATIVE_OPENERS = "relative_openers";
}
phrases! {
    /// The minutes of a reading time or duration after a number.
    pub(crate) READING_MINUTES = "reading_minutes";
}
phrases! {
    /// The words that may follow the minutes of a reading time.
    pub(crate) READING_WORDS = "reading_words";
}
phrases! {
    /// Labels before the minutes of a reading time.
    pub(crate) READING_LABELS = "reading_labels";
}
phrases! {
    /// Relative times without a number (`just now`).
    pub(crate) JUST_NOW = "just_now";
}
phrases! {
    /// What a counter counts (`views`, `shares`, `مشاهدة`).
    pub(crate) COUNTER_WORDS = "counter_words";
}
phrases! {
    /// The words a byline opens with.
    pub(crate) BYLINE_WORDS = "byline_words";
}
phrases! {
    /// Labels of a photo credit.
    pub(crate) CREDIT_LABELS = "credit_labels";
}
phrases! {
    /// The words between a credit label and a name.
    pub(crate) CREDIT_WORDS = "credit_words";
}
phrases! {
    /// Marks that open a photo credit on their own.
    pub(crate) CREDIT_MARKS = "credit_marks";
}
phrases! {
    /// Picture agencies a credit line ends with.
    pub(crate) CREDIT_AGENCIES = "credit_agencies";
}
phrases! {
    /// What a cookie banner asks of the reader (stems).
    pub(crate) CONSENT_WORDS = "consent_words";
}
phrases! {
    /// What a cookie banner speaks of.
    pub(crate) COOKIE_SUBJECTS = "cookie_subjects";
}
phrases! {
    /// What a newsletter prompt speaks of.
    pub(crate) NEWSLETTER_SUBJECTS = "newsletter_subjects";
}
phrases! {
    /// The stems of words for commenting.
    pub(crate) COMMENTING_SUBJECTS = "commenting_subjects";
}
phrases! {
    /// The words of a site addressing its reader or speaking for itself.
    pub(crate) SITE_VOICE = "site_voice";
}
phrases! {
    /// Words for signing in (stems).
    pub(crate) SIGNING_IN = "signing_in";
}
phrases! {
    /// Openings of a link that leads on to the rest of a post or to another article.
    pub(crate) MORE_LINK_OPENERS = "more_link_openers";
}
phrases! {
    /// Labels of a wiki's permanent-address line (`Retrieved from "https://…"`).
    pub PERMALINK_LABELS = "permalink_labels";
}
phrases! {
    /// Openings of the line that tells readers how to reach the writer (`Email the author`,
    /// `للتواصل مع الكاتب`).
    pub CONTACT_LABELS = "contact_labels";
}
phrases! {
    /// Headings that open a page's own table of contents (`Contents`, `محتويات`).
    pub(crate) TOC_HEADINGS = "toc_headings";
}
phrases! {
    /// The line model's date words: month names and the words of relative times.
    pub(crate) DATE_FEATURE_WORDS = "date_feature_words";
}
phrases! {
    /// The line model's clock-time suffixes (`am`, `pm`).
    pub(crate) TIME_FEATURE_WORDS = "time_feature_words";
}
phrases! {
    /// The line model's comment words, counted as words.
    pub(crate) COMMENT_FEATURE_WORDS = "comment_feature_words";
}
phrases! {
    /// The line model's comment stems, counted with any ending.
    pub(crate) COMMENT_FEATURE_STEMS = "comment_feature_stems";
}
phrases! {
    /// The line model's comment words counted only at the end of a key.
    pub(crate) COMMENT_FEATURE_ENDINGS = "comment_feature_endings";
}
phrases! {
    /// Headings of an author box (`About the author`, `Über den Autor`, `عن الكاتب`).
    pub(crate) AUTHOR_BOX_HEADINGS = "author_box_headings";
}
phrases! {
    /// Words before the writer's name in an author box's heading (`About Jane Berg`,
    /// `Über Lars Sobiraj`).
    pub(crate) AUTHOR_NAME_OPENERS = "author_name_openers";
}
phrases! {
    /// Labels of a link to the previous or next post (`Previous post`, `Nächster Beitrag`,
    /// `المقال التالي`).
    pub(crate) POST_NAVIGATION_LABELS = "post_navigation_labels";
}
phrases! {
    /// The first link of a breadcrumb trail, the site's home (`Home`, `Startseite`,
    /// `الرئيسية`).
    pub(crate) BREADCRUMB_ROOTS = "breadcrumb_roots";
}
phrases! {
    /// The label before a breadcrumb trail (`You are here`, `Sie sind hier`).
    pub(crate) BREADCRUMB_LABELS = "breadcrumb_labels";
}
phrases! {
    /// Openings of the line under a blog post that says when and where it was filed (`This
    /// entry was posted in`, `Dieser Beitrag wurde`).
    pub(crate) POST_META_OPENERS = "post_meta_openers";
}
phrases! {
    /// The link that closes a teaser's blurb after its last sentence (`Read more`, `More`,
    /// `Weiterlesen`, `المزيد`).
    pub(crate) READ_MORE_LINKS = "read_more_links";
}
phrases! {
    /// "All rights reserved".
    pub(crate) RIGHTS_RESERVED = "rights_reserved";
}

/// Every table, public lists first.
#[cfg(any(test, feature = "lexicon-sites"))]
pub(crate) const TABLES: &[Phrases] = &[
    AD_LABELS,
    RELATED_HEADINGS,
    RELATED_OPENERS,
    READ_ALSO_HEADINGS,
    KEYWORD_LABELS,
    FOOTER_PHRASES,
    FOOTER_LINKS,
    PERMALINK_LABELS,
    CONTACT_LABELS,
    CHROME_PHRASES,
    SHARE_PREFIXES,
    NOTICE_PHRASES,
    COMMENT_MARKERS,
    AFTER_ARTICLE_MARKERS,
    AUTHOR_BOX_HEADINGS,
    AUTHOR_NAME_OPENERS,
    POST_NAVIGATION_LABELS,
    BREADCRUMB_ROOTS,
    BREADCRUMB_LABELS,
    POST_META_OPENERS,
    READ_MORE_LINKS,
    COMMENT_ACTIONS,
    COMMENTER_VERBS,
    COMMENT_TITLE_OPENERS,
    COMMENT_FORM_FIELDS,
    DATE_WORDS,
    DATE_CONNECTORS,
    DATE_LABELS,
    RELATIVE_SINCE,
    RELATIVE_UNITS_SINCE,
    RELATIVE_UNITS_AGO,
    RELATIVE_CLOSERS,
    RELATIVE_OPENERS,
    READING_MINUTES,
    READING_WORDS,
    READING_LABELS,
    JUST_NOW,
    COUNTER_WORDS,
    BYLINE_WORDS,
    CREDIT_LABELS,
    CREDIT_WORDS,
    CREDIT_MARKS,
    CREDIT_AGENCIES,
    CONSENT_WORDS,
    COOKIE_SUBJECTS,
    NEWSLETTER_SUBJECTS,
    COMMENTING_SUBJECTS,
    SITE_VOICE,
    SIGNING_IN,
    MORE_LINK_OPENERS,
    RIGHTS_RESERVED,
    TOC_HEADINGS,
    DATE_FEATURE_WORDS,
    TIME_FEATURE_WORDS,
    COMMENT_FEATURE_WORDS,
    COMMENT_FEATURE_STEMS,
    COMMENT_FEATURE_ENDINGS,
];

/// `list` as a regex alternation of its phrases, each escaped, in the table's order.
pub(crate) fn alternation(list: Phrases) -> String {
    let escaped: Vec<String> = list.iter().map(|p| regex::escape(p)).collect();
    escaped.join("|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    /// Every table under `src/lexicon/`, so that a table no list reads fails the test.
    fn table_files() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("src/lexicon")
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".tsv").map(str::to_owned)
            })
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_table_is_read_by_a_list() {
        let mut read: Vec<&str> = TABLES.iter().map(|t| t.name()).collect();
        read.sort_unstable();
        assert_eq!(read, table_files());
    }

    /// Provenance: every entry names its language and the sites it was seen on.
    #[test]
    fn every_entry_has_provenance() {
        let mut problems = Vec::new();
        for list in TABLES {
            match Table::parse(list.name(), list.source) {
                Err(e) => problems.push(e),
                Ok(table) => {
                    for e in &table.entries {
                        if !LANGUAGES.contains(&e.lang) {
                            problems.push(format!(
                                "{}.tsv: {:?}: language {:?}",
                                list.name(),
                                e.phrase,
                                e.lang
                            ));
                        }
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Hygiene: an entry seen on fewer than two sites says why it is kept, naming in backticks
    /// an entry seen on two sites or more whose form it is (`` `Related articles` `` in the
    /// same table, `` `footer_links: Privacy Policy` `` in another).
    #[test]
    fn rare_entries_name_a_form_seen_on_two_sites() {
        let sites = |table: &str, phrase: &str| {
            TABLES
                .iter()
                .find(|t| t.name() == table)
                .and_then(|t| t.entries().iter().find(|e| e.phrase == phrase))
                .map(|e| e.sites)
        };
        let mut problems = Vec::new();
        for list in TABLES {
            for e in list.entries().iter().filter(|e| e.sites < 2) {
                let at = format!("{}.tsv {:?} ({} sites)", list.name(), e.phrase, e.sites);
                let Some(reference) = e.note.split('`').nth(1) else {
                    problems.push(format!("{at}: no note naming the form it is kept as"));
                    continue;
                };
                let (table, phrase) = match reference.split_once(": ") {
                    Some((table, phrase)) if TABLES.iter().any(|t| t.name() == table) => {
                        (table, phrase)
                    }
                    _ => (list.name(), reference),
                };
                match sites(table, phrase) {
                    Some(n) if n >= 2 => {}
                    found => problems.push(format!(
                        "{at}: its note names {table}: {phrase:?}, seen on {found:?} sites"
                    )),
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// No entry repeats another once folded: a duplicate matches nothing more.
    #[test]
    fn entries_fold_to_distinct_text() {
        let mut problems = Vec::new();
        for list in TABLES {
            let mut seen = std::collections::HashMap::new();
            for e in list.entries() {
                let key = crate::phrases::trim_decoration(&fold(e.phrase)).to_owned();
                if key.is_empty() || e.phrase != e.phrase.trim() {
                    problems.push(format!(
                        "{}: {:?} is empty or padded",
                        list.name(),
                        e.phrase
                    ));
                }
                if let Some(other) = seen.insert(key, e.phrase) {
                    problems.push(format!(
                        "{}: {:?} and {other:?} fold alike",
                        list.name(),
                        e.phrase
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The words of the line patterns are written folded, as the keys they match are.
    #[test]
    fn pattern_words_are_folded() {
        let lists = [
            AD_LABELS,
            RELATED_HEADINGS,
            RELATED_OPENERS,
            READ_ALSO_HEADINGS,
            KEYWORD_LABELS,
            FOOTER_PHRASES,
            FOOTER_LINKS,
            PERMALINK_LABELS,
            CONTACT_LABELS,
            CHROME_PHRASES,
            SHARE_PREFIXES,
            NOTICE_PHRASES,
            COMMENT_MARKERS,
            AFTER_ARTICLE_MARKERS,
            AUTHOR_BOX_HEADINGS,
            AUTHOR_NAME_OPENERS,
            POST_NAVIGATION_LABELS,
            BREADCRUMB_ROOTS,
            BREADCRUMB_LABELS,
            POST_META_OPENERS,
            READ_MORE_LINKS,
            COMMENT_FORM_FIELDS,
            MORE_LINK_OPENERS,
        ]
        .map(Phrases::name);
        for list in TABLES.iter().filter(|t| !lists.contains(&t.name())) {
            for phrase in *list {
                assert_eq!(&fold(phrase), phrase, "{}", list.name());
            }
        }
    }

    #[test]
    fn read_also_headings_are_related_headings() {
        let related: Vec<String> = RELATED_HEADINGS.iter().map(|p| fold(p)).collect();
        for heading in READ_ALSO_HEADINGS {
            assert!(related.contains(&fold(heading)), "{heading:?}");
        }
    }

    #[test]
    fn a_malformed_line_is_named() {
        let err = Table::parse("t", "# c\nok\ten\t3\nbad\ten\n")
            .err()
            .unwrap();
        assert_eq!(err, "src/lexicon/t.tsv:3: expected phrase, lang and sites");
        let err = Table::parse("t", "x\ten\tmany\n").err().unwrap();
        assert!(err.contains("is not a count"), "{err}");
        let err = Table::parse("t", "x\ten\t1\tnote\textra\n").err().unwrap();
        assert!(err.contains("more than four"), "{err}");
        let table = Table::parse("t", "x\ten\t1\tkept: a spelling\n\ny\tar\t2\n").unwrap();
        assert_eq!(table.phrases, ["x", "y"]);
        assert_eq!(table.entries[0].note, "kept: a spelling");
    }

    #[test]
    fn lists_read_as_slices() {
        let slice: &[&str] = &AD_LABELS;
        assert_eq!(slice, AD_LABELS.as_slice());
        assert_eq!(AD_LABELS.into_iter().count(), slice.len());
        assert!(format!("{AD_LABELS:?}").starts_with('['));
    }
}
