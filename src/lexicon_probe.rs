//! Where the built-in phrases occur, each the way its rule matches it: what
//! `examples/lexicon_sites.rs` counts the sites of every entry through. Behind the
//! `lexicon-sites` feature and hidden from the docs: the counting command's interface, not a
//! stable API.
//!
//! Each entry is tried alone, as a rule holding only that phrase would try it, on every line of
//! the first pass (the document as given), with the rule's own code and limits:
//!
//! * ad labels: a whole line, or glued to a line's start or end (`ad-marker`);
//! * related and read-also headings: a heading line of at most 8 words, or (related only)
//!   glued to or separated from its items (`related-section`); whether items follow is not
//!   asked;
//! * keyword labels: opening a labelled list line (`keyword-list`);
//! * legal phrases, footer links, chrome phrases, rights-reserved phrases: in a short
//!   non-prose line, as the whole line, in a strip of page chrome, in a line of at most 20
//!   words (`footer-links`);
//! * share prompts, notices and the words of cookie banners and prompts: as `page-chrome`
//!   finds them;
//! * table-of-contents headings: a whole line (`table-of-contents`); whether entries follow is
//!   not asked;
//! * comment and after-article markers: a marker line (`end-of-article`); how much prose
//!   comes before and after is not asked;
//! * comment actions, commenters' verbs and the openers of a count of responses: a line the
//!   `comment-thread` pattern matches with that entry alone (whether a thread surrounds it is
//!   not asked);
//! * comment form fields: a line that is the field's label with its marks (whether other
//!   fields stand around it is not asked);
//! * the words of the line patterns (months, units, credit labels, agencies, …): a word of a
//!   line the whole pattern matches, within the rule's limits;
//! * the words of the line model's features (dates, clock times, comment words): matched by
//!   the feature's pattern built from that word alone, in a line short enough for the
//!   feature to look.

use std::collections::BTreeSet;

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::decide::features::{
    ending_pattern, hour_pattern, words_pattern, MAX_PATTERN_WORDS as MAX_FEATURE_PATTERN_WORDS,
};
use crate::doc::{Doc, Line};
use crate::fold::fold;
use crate::lexicon::{self, Phrases};
use crate::phrases::{trim_decoration, PhraseSet, UserPatterns};
use crate::rules::article_region::ends_with_read_more;
use crate::rules::comment_form::{self, MAX_FIELD_WORDS};
use crate::rules::comment_thread::{
    action_pattern, title_opener_pattern, verb_pattern, MAX_HEADER_WORDS,
};
use crate::rules::footer_links::{
    chrome_markers, is_breadcrumb, is_contact_line, is_legal_line, is_permalink, is_post_meta,
    is_post_navigation, opens_legal_footer, MAX_COPYRIGHT_WORDS,
};
use crate::rules::page_chrome::{
    has_number, has_word, is_byline, is_counter, is_credit, is_date_line, is_more_link,
    is_relative_time, is_share_prompt, prompt_subjects, relative_time_forms, CONSENT,
    MAX_COMMENT_LOGIN_WORDS, MAX_NEWSLETTER_WORDS, MAX_NOTICE_WORDS, MAX_PATTERN_WORDS, SIGNING,
    VOICE,
};
use crate::rules::related_section::{is_heading_phrase, is_opener_heading, named_author_heading};
use crate::rules::table_of_contents::is_heading_key;
use crate::rules::{is_counted_heading, is_heading, AdMarker, KeywordList, RelatedSection};

/// One entry of a built-in table.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The table's name: its file under `src/lexicon/`, without `.tsv`.
    pub table: &'static str,
    /// The phrase as the table writes it.
    pub phrase: &'static str,
    /// Its language.
    pub lang: &'static str,
    /// The sites the table records.
    pub sites: u32,
    /// The table's note.
    pub note: &'static str,
}

/// Every entry of every table, in the order of [`lexicon::TABLES`] and of each table: the
/// indices [`Probe::find`] returns.
pub fn entries() -> Vec<Entry> {
    lexicon::TABLES
        .iter()
        .flat_map(|list| {
            list.entries().iter().map(|e| Entry {
                table: list.name(),
                phrase: e.phrase,
                lang: e.lang,
                sites: e.sites,
                note: e.note,
            })
        })
        .collect()
}

/// How a table's entries are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    AdLabel,
    RelatedHeading,
    RelatedOpener,
    ReadAlso,
    AuthorBox,
    /// The word before a writer's name in an author box's heading.
    AuthorNameOpener,
    PostNavigation,
    Breadcrumb,
    BreadcrumbLabel,
    ReadMore,
    /// A link to read on, opening its line with what it leads to after it.
    MoreLink,
    PostMeta,
    KeywordLabel,
    Legal,
    FooterLink,
    Permalink,
    Contact,
    Chrome,
    SharePrefix,
    Notice,
    CommentMarker,
    AfterArticle,
    /// A comment's action alone on a line.
    CommentAction,
    /// The verb ending a comment's header.
    CommenterVerb,
    /// A count of comments and the words before the post's title.
    CommentTitleOpener,
    /// A comment form's field: the label alone on its line, with its marks.
    CommentFormField,
    Consent,
    /// What a cookie banner, a newsletter prompt or a comment sign-in prompt speaks of: a
    /// word of a line that is one, as `page-chrome` finds it.
    CookieSubject,
    NewsletterSubject,
    CommentingSubject,
    Voice,
    Signing,
    RightsReserved,
    /// A table of contents' heading: the whole line.
    TocHeading,
    /// A word of a line-model feature, matched by the feature's pattern of that word alone
    /// (see [`feature_pattern`]).
    Feature(Feature),
    /// A word of a line the date pattern matches.
    DateWord,
    /// A word of a line one form of the relative-time pattern matches (see
    /// [`relative_time_forms`]), by its index.
    RelativeWord(usize),
    /// A word of a line the counter pattern matches.
    CounterWord,
    /// A word of a line the byline pattern matches.
    BylineWord,
    /// A word of a line the credit pattern matches.
    CreditWord,
}

/// A set of no phrases: where a probe asks one of a rule's two sets, the other.
static NO_PHRASES: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::new("footer-links", &[] as &[&str]).expect("an empty set builds"));

fn mode(list: Phrases) -> Mode {
    match list.name() {
        "ad_labels" => Mode::AdLabel,
        "related_headings" => Mode::RelatedHeading,
        "related_openers" => Mode::RelatedOpener,
        "read_also_headings" => Mode::ReadAlso,
        "author_box_headings" => Mode::AuthorBox,
        "author_name_openers" => Mode::AuthorNameOpener,
        "keyword_labels" => Mode::KeywordLabel,
        "footer_phrases" => Mode::Legal,
        "footer_links" => Mode::FooterLink,
        "permalink_labels" => Mode::Permalink,
        "contact_labels" => Mode::Contact,
        "post_navigation_labels" => Mode::PostNavigation,
        "breadcrumb_roots" => Mode::Breadcrumb,
        "breadcrumb_labels" => Mode::BreadcrumbLabel,
        "read_more_links" => Mode::ReadMore,
        "more_link_openers" => Mode::MoreLink,
        "post_meta_openers" => Mode::PostMeta,
        "chrome_phrases" => Mode::Chrome,
        "share_prefixes" => Mode::SharePrefix,
        "notice_phrases" => Mode::Notice,
        "comment_markers" => Mode::CommentMarker,
        "after_article_markers" => Mode::AfterArticle,
        "comment_actions" => Mode::CommentAction,
        "commenter_verbs" => Mode::CommenterVerb,
        "comment_title_openers" => Mode::CommentTitleOpener,
        "comment_form_fields" => Mode::CommentFormField,
        "consent_words" => Mode::Consent,
        "cookie_subjects" => Mode::CookieSubject,
        "newsletter_subjects" => Mode::NewsletterSubject,
        "commenting_subjects" => Mode::CommentingSubject,
        "site_voice" => Mode::Voice,
        "signing_in" => Mode::Signing,
        "rights_reserved" => Mode::RightsReserved,
        "toc_headings" => Mode::TocHeading,
        "date_feature_words" | "comment_feature_words" => Mode::Feature(Feature::Word),
        "comment_feature_stems" => Mode::Feature(Feature::Stem),
        "comment_feature_endings" => Mode::Feature(Feature::Ending),
        "time_feature_words" => Mode::Feature(Feature::Hour),
        "date_words" | "date_connectors" | "date_labels" => Mode::DateWord,
        "relative_since" | "relative_units_since" => Mode::RelativeWord(0),
        "relative_units_ago" | "relative_closers" => Mode::RelativeWord(1),
        "relative_openers" => Mode::RelativeWord(2),
        "reading_minutes" | "reading_words" => Mode::RelativeWord(3),
        "reading_labels" => Mode::RelativeWord(4),
        "just_now" => Mode::RelativeWord(5),
        "counter_words" => Mode::CounterWord,
        "byline_words" => Mode::BylineWord,
        "credit_labels" | "credit_words" | "credit_marks" | "credit_agencies" => Mode::CreditWord,
        other => panic!("lexicon table {other:?} has no probe"),
    }
}

/// How a line-model feature matches its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Feature {
    /// A word: a whole ASCII word, or anywhere if it is not ASCII.
    Word,
    /// A stem, with any ending.
    Stem,
    /// A word at the end of the key.
    Ending,
    /// A suffix of an hour (`9 am`), in a line that holds a digit.
    Hour,
}

/// The pattern a line-model feature would match `phrase` with, alone.
fn feature_pattern(feature: Feature, phrase: &str) -> Regex {
    let source = match feature {
        Feature::Word => words_pattern(&[phrase], &[]),
        Feature::Stem => words_pattern(&[], &[phrase]),
        Feature::Ending => ending_pattern(&[phrase]),
        Feature::Hour => hour_pattern(&[phrase]),
    };
    Regex::new(&source).expect("built-in pattern")
}

/// One table's entries, ready to be tried.
struct TableProbe {
    mode: Mode,
    /// The index of the table's first entry in [`entries`].
    first: usize,
    /// Each entry folded, as its rule folds it.
    folded: Vec<String>,
    /// Each entry alone, for the phrase modes.
    singles: Vec<PhraseSet>,
    /// Each entry alone in its rule's pattern, for the comment-thread and feature modes.
    patterns: Vec<Option<Regex>>,
    /// Every occurrence of every folded entry, overlapping: the candidates of a line.
    search: AhoCorasick,
}

/// The tables' entries, each ready to be tried alone.
pub struct Probe {
    tables: Vec<TableProbe>,
}

impl Default for Probe {
    fn default() -> Probe {
        Probe::new()
    }
}

/// The forms of a relative time, each alone: which of them a relative time is tells which
/// table's words it holds (`5 min read` holds a reading word, not a unit before `ago`).
struct RelativeForms([Regex; 6]);

impl RelativeForms {
    fn each(&self, key: &str) -> [bool; 6] {
        let mut forms = [false; 6];
        for (form, pattern) in forms.iter_mut().zip(&self.0) {
            *form = pattern.is_match(key);
        }
        forms
    }
}

static RELATIVE_FORMS: Lazy<RelativeForms> = Lazy::new(|| {
    RelativeForms(
        relative_time_forms()
            .map(|form| Regex::new(&format!("^(?:{form})$")).expect("built-in pattern")),
    )
});

/// What a line is, as the pattern tables ask it: computed once per line. One answer per
/// kind of line, named.
#[allow(clippy::struct_excessive_bools)]
struct LineFacts {
    date: bool,
    /// Which forms of a relative time the line is, if it is one.
    relative: [bool; 6],
    counter: bool,
    byline: bool,
    credit: bool,
    chrome: bool,
}

impl LineFacts {
    fn new(line: &Line<'_>) -> LineFacts {
        let key = line.key();
        let short = line.words() <= MAX_PATTERN_WORDS;
        let number = has_number(line);
        LineFacts {
            date: short && is_date_line(key, number),
            relative: if short && is_relative_time(key, number) {
                RELATIVE_FORMS.each(key)
            } else {
                [false; 6]
            },
            counter: short && is_counter(key, number),
            byline: short && is_byline(line, key),
            credit: short && is_credit(line, key),
            chrome: chrome_markers(line, key).is_some(),
        }
    }
}

impl Probe {
    /// Folds and indexes every entry.
    ///
    /// # Panics
    ///
    /// If a table has no probe, or an entry folds to nothing (the lexicon's tests rule both
    /// out).
    pub fn new() -> Probe {
        let mut first = 0;
        let mut tables = Vec::new();
        for &list in lexicon::TABLES {
            let mode = mode(list);
            let folded: Vec<String> = list
                .iter()
                .map(|p| trim_decoration(&fold(p)).to_owned())
                .collect();
            let singles = list
                .iter()
                .map(|p| PhraseSet::new("probe", &[*p]).expect("built-in phrase"))
                .collect();
            let patterns = list
                .iter()
                .map(|p| {
                    let one = [*p];
                    let pattern = match mode {
                        Mode::CommentAction => action_pattern(&one),
                        Mode::CommenterVerb => verb_pattern(&one),
                        Mode::CommentTitleOpener => title_opener_pattern(&one),
                        Mode::Feature(feature) => return Some(feature_pattern(feature, p)),
                        _ => return None,
                    };
                    Some(Regex::new(&pattern).expect("built-in pattern"))
                })
                .collect();
            let search = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&folded)
                .expect("automaton of built-in phrases");
            tables.push(TableProbe {
                mode,
                first,
                folded,
                singles,
                patterns,
                search,
            });
            first += list.len();
        }
        Probe { tables }
    }

    /// The indices (into [`entries`]) of the entries that occur in `text`, each the way its
    /// rule matches it, sorted.
    pub fn find(&self, text: &str) -> BTreeSet<usize> {
        let doc = Doc::new(text);
        let mut found = BTreeSet::new();
        let mut candidates = Vec::new();
        for line in doc.lines() {
            if line.is_blank() {
                continue;
            }
            let facts = LineFacts::new(&line);
            for table in &self.tables {
                if !table.may_match(&line, &facts) {
                    continue;
                }
                candidates.clear();
                for m in table.search.find_overlapping_iter(line.key()) {
                    let entry = m.pattern().as_usize();
                    if found.contains(&(table.first + entry)) {
                        continue;
                    }
                    if table.matches(entry, &line, m.start(), m.end()) {
                        candidates.push(table.first + entry);
                    }
                }
                found.extend(candidates.iter().copied());
            }
        }
        found
    }
}

impl TableProbe {
    /// What the line must be for any entry of the table to match in it.
    fn may_match(&self, line: &Line<'_>, facts: &LineFacts) -> bool {
        let words = line.words();
        match self.mode {
            Mode::AdLabel
            | Mode::RelatedHeading
            | Mode::RelatedOpener
            | Mode::KeywordLabel
            | Mode::FooterLink
            | Mode::Permalink
            | Mode::Contact
            | Mode::PostNavigation
            | Mode::Breadcrumb
            | Mode::BreadcrumbLabel
            | Mode::ReadMore
            | Mode::MoreLink
            | Mode::PostMeta
            | Mode::ReadAlso
            | Mode::AuthorBox
            | Mode::AuthorNameOpener
            | Mode::Legal
            | Mode::SharePrefix
            | Mode::Notice
            | Mode::CommentMarker
            | Mode::AfterArticle
            | Mode::CommentTitleOpener
            | Mode::TocHeading => true,
            Mode::CommentAction | Mode::CommenterVerb => words <= MAX_HEADER_WORDS,
            Mode::CommentFormField => words <= MAX_FIELD_WORDS,
            Mode::Chrome => facts.chrome,
            Mode::Consent => {
                words <= MAX_NOTICE_WORDS
                    && prompt_subjects(line.key()).cookie
                    && has_word(&VOICE, line.key())
            }
            Mode::Voice => {
                let key = line.key();
                let subjects = prompt_subjects(key);
                words <= MAX_NOTICE_WORDS
                    && ((subjects.cookie && CONSENT.contains_any(key))
                        || (subjects.newsletter && words <= MAX_NEWSLETTER_WORDS)
                        || (subjects.commenting
                            && words <= MAX_COMMENT_LOGIN_WORDS
                            && SIGNING.contains_any(key)))
            }
            Mode::CookieSubject => {
                words <= MAX_NOTICE_WORDS
                    && CONSENT.contains_any(line.key())
                    && has_word(&VOICE, line.key())
            }
            Mode::NewsletterSubject => {
                words <= MAX_NEWSLETTER_WORDS && has_word(&VOICE, line.key())
            }
            Mode::CommentingSubject => {
                words <= MAX_COMMENT_LOGIN_WORDS
                    && SIGNING.contains_any(line.key())
                    && has_word(&VOICE, line.key())
            }
            Mode::Signing => {
                words <= MAX_COMMENT_LOGIN_WORDS
                    && prompt_subjects(line.key()).commenting
                    && has_word(&VOICE, line.key())
            }
            Mode::RightsReserved => words <= MAX_COPYRIGHT_WORDS || opens_legal_footer(line.key()),
            Mode::Feature(feature) => {
                line.units() <= MAX_FEATURE_PATTERN_WORDS
                    && (feature != Feature::Hour || line.digits() > 0)
            }
            Mode::DateWord => facts.date,
            Mode::RelativeWord(form) => facts.relative[form],
            Mode::CounterWord => facts.counter,
            Mode::BylineWord => facts.byline,
            Mode::CreditWord => facts.credit,
        }
    }

    /// Whether entry `entry`, found in the line's key at `start..end`, matches there the way
    /// its rule matches it.
    fn matches(&self, entry: usize, line: &Line<'_>, start: usize, end: usize) -> bool {
        let single = &self.singles[entry];
        let key = line.key();
        match self.mode {
            Mode::AdLabel => {
                let mut out = Vec::new();
                AdMarker::find_in_line(single, &UserPatterns::default(), line, &mut out);
                !out.is_empty()
            }
            Mode::RelatedHeading => {
                is_heading_phrase(single, line) || RelatedSection::is_glued_heading(single, line)
            }
            Mode::RelatedOpener => is_opener_heading(single, line),
            Mode::ReadAlso | Mode::AuthorBox => is_heading_phrase(single, line),
            Mode::AuthorNameOpener => named_author_heading(single, line).is_some(),
            Mode::KeywordLabel => KeywordList::labelled(single, line).is_some(),
            Mode::Legal => is_legal_line(single, line, key),
            Mode::FooterLink => single.is_whole(key),
            Mode::Permalink => is_permalink(single, line, key),
            Mode::Contact => is_contact_line(single, line, key),
            Mode::PostNavigation => is_post_navigation(single, line, key),
            Mode::Breadcrumb => is_breadcrumb(single, &NO_PHRASES, line, key),
            Mode::BreadcrumbLabel => is_breadcrumb(&NO_PHRASES, single, line, key),
            Mode::ReadMore => ends_with_read_more(single, line),
            Mode::MoreLink => is_more_link(single, line, key),
            Mode::PostMeta => is_post_meta(single, line, key),
            Mode::SharePrefix => is_share_prompt(single, line, key),
            Mode::Notice => line.words() <= MAX_NOTICE_WORDS && single.contains_any(key),
            Mode::CommentMarker => {
                (is_heading(single, line) || is_counted_heading(single, line))
                    && !key.ends_with(':')
            }
            Mode::AfterArticle => is_heading(single, line),
            Mode::CommentFormField => comment_form::field(single, line).is_some(),
            Mode::CommentAction | Mode::CommenterVerb | Mode::CommentTitleOpener => self.patterns
                [entry]
                .as_ref()
                .is_some_and(|p| p.is_match(key.trim())),
            Mode::Voice => has_word(single, key),
            Mode::TocHeading => is_heading_key(key, &self.folded[entry]),
            Mode::Feature(_) => self.patterns[entry]
                .as_ref()
                .is_some_and(|p| p.is_match(key)),
            // The line passed the table's test; the entry occurs in it.
            Mode::Chrome
            | Mode::Consent
            | Mode::CookieSubject
            | Mode::NewsletterSubject
            | Mode::CommentingSubject
            | Mode::Signing
            | Mode::RightsReserved => true,
            Mode::DateWord
            | Mode::RelativeWord(_)
            | Mode::CounterWord
            | Mode::BylineWord
            | Mode::CreditWord => is_word_at(key, start, end, &self.folded[entry]),
        }
    }
}

/// Whether `key[start..end]` is a word: no letter touches it on either side. Digits may
/// (`3:46pm`, `11th`, `5m ago`): the patterns let numbers and words meet.
fn is_word_at(key: &str, start: usize, end: usize, word: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let before = key.get(..start).and_then(|head| head.chars().next_back());
    let after = key.get(end..).and_then(|rest| rest.chars().next());
    // A mark (`©`, the `.` of `fot.`) may touch letters: only a letter edge needs a boundary.
    let (first, last) = (word.chars().next(), word.chars().next_back());
    let touches = |edge, neighbour| letter(edge) && letter(neighbour);
    !(touches(first, before) || touches(last, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, &'static str)> {
        let all = entries();
        Probe::new()
            .find(text)
            .into_iter()
            .map(|i| (all[i].table, all[i].phrase))
            .collect()
    }

    #[test]
    fn entries_are_found_the_way_their_rules_match_them() {
        let got = found(
            "ADVERTISEMENT\nThe story, with commas, ends here.\nRelated\n• A headline\n\
             Tags: one, two\nPrivacy Policy\n3 hours ago\nShare on Facebook\nBy Staff Writer\n\
             © Oli Scarff/Getty Images\n15. Mai 2019, 05:28 Uhr\n[Reply]\nAnna says:\n\
             12 Responses to “Buses”\nInhalt:\nمنذ 3 ساعات\nWebsite *\n",
        );
        for want in [
            ("ad_labels", "Advertisement"),
            ("related_headings", "Related"),
            ("keyword_labels", "Tags"),
            ("footer_links", "Privacy Policy"),
            ("relative_units_ago", "hours"),
            ("share_prefixes", "Share on"),
            ("byline_words", "by"),
            ("credit_agencies", "getty images"),
            ("date_words", "mai"),
            ("date_words", "uhr"),
            ("comment_actions", "reply"),
            ("commenter_verbs", "says"),
            ("comment_title_openers", "responses to"),
            ("comment_form_fields", "website"),
            ("toc_headings", "inhalt"),
            ("relative_since", "منذ"),
            ("relative_units_since", "ساعات"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
    }

    #[test]
    fn phrases_in_prose_are_not_found() {
        let got = found(
            "Advertisement revenue fell, the company said on Monday.\n\
             The privacy policy was changed in March 2020, officials said.\n\
             Mai Khalil, the minister, said so.\n",
        );
        // The line model's features look at every short line, prose too: the model weighs
        // what they find.
        let rules: Vec<_> = got
            .iter()
            .filter(|(t, _)| !t.contains("_feature_"))
            .collect();
        assert!(rules.is_empty(), "{got:?}");
    }

    #[test]
    fn feature_words_are_found_in_short_lines_only() {
        let long = format!("{}the minister said so.", "word ".repeat(40));
        let got = found(&format!(
            "Posted March 3, 2020 at 9 am\nJoe said:\n{long}\nاضف رد\n"
        ));
        for want in [
            ("date_feature_words", "march"),
            ("time_feature_words", "am"),
            ("comment_feature_words", "said"),
            ("comment_feature_endings", "رد"),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let got = found(&long);
        assert!(!got.iter().any(|(t, _)| t.contains("_feature_")), "{got:?}");
    }

    #[test]
    fn words_are_whole_words_next_to_letters() {
        assert!(is_word_at("3:46pm", 4, 6, "pm"));
        assert!(!is_word_at("maintenant", 0, 3, "mai"));
        assert!(is_word_at("(fot. jan)", 1, 5, "fot."));
        assert!(is_word_at("x©y", 1, 3, "©"));
    }
}
