//! `page-chrome`: single lines of page furniture: dates, durations, counters, share and
//! follow prompts, bylines, skip links, cookie and newsletter notices.

use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::{
    alternation, Phrases, BYLINE_WORDS, COMMENTING_SUBJECTS, CONSENT_WORDS, COOKIE_SUBJECTS,
    COUNTER_WORDS, CREDIT_AGENCIES, CREDIT_LABELS, CREDIT_MARKS, CREDIT_WORDS, DATE_CONNECTORS,
    DATE_LABELS, DATE_WORDS, JUST_NOW, MORE_LINK_OPENERS, NEWSLETTER_SUBJECTS, NOTICE_PHRASES,
    READING_LABELS, READING_MINUTES, READING_WORDS, RELATIVE_CLOSERS, RELATIVE_OPENERS,
    RELATIVE_SINCE, RELATIVE_UNITS_AGO, RELATIVE_UNITS_SINCE, SHARE_PREFIXES, SIGNING_IN,
    SITE_VOICE,
};
use crate::phrases::{Lexicon, PhraseSet, UserPatterns};
use crate::rule::{ChromeKind, Reason, Removal, Rule};
use crate::rules::gated::{EdgeWords, GatedPattern};
use crate::script::is_arabic_letter;

const ID: &str = "page-chrome";

/// Share and follow prompts, matched at the start of short lines.
pub(crate) static SHARE: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &SHARE_PREFIXES));

/// What a cookie banner asks of the reader, in the languages of [`NOTICE_PHRASES`]: to
/// accept, agree, refuse or change settings. Folded.
pub(crate) static CONSENT: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &CONSENT_WORDS));

/// The words of a site addressing its reader or speaking for itself (`you`, `we`, `Sie`,
/// `wir`, `vous`, `nous`, …), matched as whole words. Folded.
pub(crate) static VOICE: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &SITE_VOICE));

/// Whether `key`, which speaks of cookies, is a cookie banner: it also asks for consent, and
/// addresses the reader or speaks for the site (Arabic banners name `ملفات تعريف الارتباط`,
/// a notice phrase already). Any one alone is ordinary prose (an article about tracking, a
/// recipe for cookies, a report that a regulator makes sites ask users to accept cookies);
/// all three in one line of at most 80 words are a banner.
fn is_cookie_consent(key: &str) -> bool {
    CONSENT.contains_any(key) && has_word(&VOICE, key)
}

/// The most bytes of a line without a number that is tried as a relative time (`just now`,
/// `الان`), unless it opens with `قبل` or `منذ` or closes with a word of `relative_closers`
/// (`مضت`, `ago`): a cheap gate in front of the pattern, set with the other gates (2fddb26,
/// same output).
const MAX_NUMBERLESS_RELATIVE_BYTES: usize = 12;

/// The most words of a share or follow prompt (`Share this article on Facebook`). Set by
/// hand with the crate's first rules, kept when the prompts became a table (97b9280).
const MAX_PROMPT_WORDS: usize = 8;

/// The most words of a byline (`By Staff Writer and Agencies`). Set by hand with the first
/// page-chrome patterns, kept when they became tables (97b9280).
const MAX_BYLINE_WORDS: usize = 7;

/// The most words of a photo credit (`Photo: Oli Scarff / Getty Images`). Set by hand with
/// the first page-chrome patterns, kept when they became tables (97b9280).
const MAX_CREDIT_WORDS: usize = 10;

/// Whether a line's `key` may be a relative time, given whether it holds a `number`
/// ([`has_number`]): most forms hold one; the rest are framed by an Arabic word
/// ([`is_numberless_time_frame`]) or are a short phrase (`just now`, `الان`). Saves running
/// the pattern over every short line.
fn might_be_relative_time(key: &str, number: bool) -> bool {
    number || key.len() <= MAX_NUMBERLESS_RELATIVE_BYTES || is_numberless_time_frame(key)
}

/// Whether `key` opens with `منذ` or `قبل` ([`opens_with_since`]) or closes with `مضت`
/// ([`closes_relative`]): the two forms of a relative time that may hold no number and be
/// long (`منذ ساعتين`, `أسبوعين مضت`). A teaser's stamp without a number is one of them, and
/// a card's label or writer never is.
pub(crate) fn is_numberless_time_frame(key: &str) -> bool {
    opens_with_since(key) || closes_relative(key)
}

/// Whether `key` opens with a word of [`RELATIVE_SINCE`] (`منذ`, `قبل`).
fn opens_with_since(key: &str) -> bool {
    RELATIVE_SINCE.iter().any(|word| opens_with(key, word))
}

/// Digits of the smallest number of a time ago that no feed prints (`منذ 1165 سنة`): feeds
/// count minutes, hours, days, weeks, months and a few years, all under 100.
const MIN_HISTORY_DIGITS: usize = 3;

/// Whether `key`, a relative time ([`is_relative_time`]), says how long ago something was
/// posted, as a site prints under its teasers: it opens with `منذ`, `قبل` or a word of
/// [`RELATIVE_OPENERS`] (`vor 2 Stunden`) or closes with `ago` or `مضت`, with no number of
/// three digits or more (`منذ 1165 سنة` is a history's, not a feed's). A duration or a
/// reading time (`95 min`, `45 Minuten`, `5 min read`) is none: a programme, a recipe or an
/// article prints those as well.
pub(crate) fn is_time_ago(key: &str) -> bool {
    let mut digits_in_a_row = 0;
    let long_number = key.chars().any(|c| {
        digits_in_a_row = if c.is_numeric() {
            digits_in_a_row + 1
        } else {
            0
        };
        digits_in_a_row >= MIN_HISTORY_DIGITS
    });
    !long_number
        && (opens_with_since(key)
            || closes_relative(key)
            || RELATIVE_OPENERS.iter().any(|word| opens_with(key, word)))
}

/// Whether `key` closes with a word of [`RELATIVE_CLOSERS`] after a space (`أسبوعين مضت`): the
/// other form of a relative time that may hold no number and open with its unit.
fn closes_relative(key: &str) -> bool {
    let key = key.as_bytes();
    RELATIVE_CLOSERS.iter().any(|word| {
        key.len() > word.len()
            && key[key.len() - word.len() - 1] == b' '
            && key
                .iter()
                .rev()
                .zip(word.bytes().rev())
                .all(|(a, b)| *a == b)
    })
}

/// Whether `key` opens with `word`: `key.starts_with(word)`, compared byte by byte. The
/// words of the stamp tables are a few bytes long and most keys differ from them at the first
/// or second byte, where `starts_with` called `memcmp` each time: with [`closes_relative`]'s
/// `strip_suffix`, 11.5M instructions in `memcmp` over 200 dev pages.
fn opens_with(key: &str, word: &str) -> bool {
    key.len() >= word.len() && key.bytes().zip(word.bytes()).all(|(a, b)| a == b)
}

/// The gate of [`RELATIVE_TIME`]: whether `key` opens as each of its forms does, with a number
/// (`\d`, a numeric character), a word of [`RELATIVE_SINCE`] or a phrase of [`JUST_NOW`], or
/// closes as the Arabic form without a number does ([`closes_relative`]).
/// Building the pattern took 2.5M of the 30.1M instructions of a new process's first
/// document, the sample page, none of whose lines opens so.
fn might_open_relative_time(key: &str) -> bool {
    (key.starts_with(char::is_numeric)
        || is_numberless_time_frame(key)
        || JUST_NOW.iter().any(|phrase| opens_with(key, phrase)))
        && in_pattern_scripts(key)
}

/// Whether every character of `key` is one the whole-key patterns (the date line, the
/// relative time, the counter) can match: ASCII, an Arabic letter, a numeric character (of
/// any script, a superset of their `\d`), white space or a dash. Their words are folded
/// Latin or Arabic: a key with a letter of another script (`2012年12月6日`, a Chinese date)
/// is none of them. A page in Chinese, Greek or Russian then builds none of the three
/// (14M of the 53M instructions of a Chinese page as a new process's first document).
fn in_pattern_scripts(key: &str) -> bool {
    key.chars().all(|c| {
        c.is_ascii() || is_arabic_letter(c) || c.is_numeric() || c.is_whitespace() || c == '–'
    })
}

/// Whether the line's key holds a digit, as the patterns' `\d` sees it: a numeric character
/// of the line, or an ASCII digit that folding made out of a symbol that is not numeric. Those
/// symbols (`㏠`, a day of the month, folds to `1日`) are the CJK compatibility signs for
/// months, hours and days, U+32C0 to U+33FE, which all open with the byte E3.
pub(crate) fn has_number(line: &Line<'_>) -> bool {
    line.digits() > 0
        || (memchr::memchr(0xE3, line.text().as_bytes()).is_some()
            && line.key().bytes().any(|b| b.is_ascii_digit()))
}

/// What a credit line may open with, after a `(` or `[`: the shortest of the credit
/// pattern's labels and marks, each of which no other starts (`fot` for `foto`, `fotos` and
/// `fot.`; `photo` for `photos`, `photograph` and `photo credits`; …, and `©`).
static CREDIT_OPENINGS: Lazy<Openings> =
    Lazy::new(|| Openings::new(&[CREDIT_LABELS, CREDIT_MARKS]));

/// What a byline may open with: the byline words no other starts (`كتب` for `كتبت`). Lines
/// that open otherwise are not matched against the byline pattern.
static BYLINE_OPENINGS: Lazy<Openings> = Lazy::new(|| Openings::new(&[BYLINE_WORDS]));

/// The labels a date line may open with (those no other label starts).
static DATE_LABEL_OPENINGS: Lazy<Openings> = Lazy::new(|| Openings::new(&[DATE_LABELS]));

/// The date words, to tell whether a key's first word is one.
static DATE_WORD_SET: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &DATE_WORDS));

/// The phrases of some lists that no other phrase of them starts, for telling whether a key
/// starts with one of the phrases: it does exactly when it starts with one of these. A set of
/// first bytes turns most lines away at once; the rest are compared with the phrases that
/// open with their first byte.
struct Openings {
    /// The first bytes of the phrases, as bits.
    first: [u64; 4],
    /// Each phrase with its first byte, which the comparison reads without following the
    /// phrase's pointer.
    words: Vec<(u8, &'static str)>,
}

impl Openings {
    fn new(lists: &[Phrases]) -> Openings {
        let all: Vec<&'static str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        let mut first = [0u64; 4];
        let mut words = Vec::new();
        for &p in &all {
            if all.iter().any(|q| q.len() < p.len() && p.starts_with(q)) {
                continue;
            }
            if let Some(&b) = p.as_bytes().first() {
                first[usize::from(b >> 6)] |= 1 << (b & 63);
                words.push((b, p));
            }
        }
        Openings { first, words }
    }

    /// Whether `key` starts with one of the phrases.
    fn opens(&self, key: &str) -> bool {
        let Some(&b) = key.as_bytes().first() else {
            return false;
        };
        self.first[usize::from(b >> 6)] & (1 << (b & 63)) != 0
            && self
                .words
                .iter()
                .any(|&(first, word)| first == b && key.starts_with(word))
    }
}

/// The last words of the picture agencies a credit line may end with (`images` of `getty
/// images`).
static AGENCY_ENDINGS: Lazy<EdgeWords> = Lazy::new(|| EdgeWords::last_words(&CREDIT_AGENCIES));

/// Whether `key` may be a photo credit: the credit pattern either opens with a label or `©`
/// (after a `(` or `[`), or ends with an agency (before a `)` or `]`). A line with a `/` in
/// it and no agency at its end (a date, a path) does not build the pattern: on a Chinese
/// page as a new process's first document that saved 4.0M of 39.3M instructions.
fn might_be_credit(key: &str) -> bool {
    let body = key.strip_prefix(['(', '[']).unwrap_or(key);
    CREDIT_OPENINGS.opens(body) || AGENCY_ENDINGS.ends(key.strip_suffix([')', ']']).unwrap_or(key))
}

/// The subjects of the prompts a page puts to its reader, as `key` names them.
#[derive(Default, Debug, PartialEq, Eq)]
pub(crate) struct PromptSubjects {
    /// A word of [`COOKIE_SUBJECTS`].
    pub(crate) cookie: bool,
    /// A word of [`NEWSLETTER_SUBJECTS`].
    pub(crate) newsletter: bool,
    /// A stem of [`COMMENTING_SUBJECTS`]: a word for commenting (`comment`, `commentaire`,
    /// `Kommentar`, `comentario`, `komentarz`), not `advertisement`, `government` or
    /// `moment`.
    pub(crate) commenting: bool,
}

/// The subjects' words, in one searcher: cookie words first, then newsletter words, then
/// commenting stems.
struct Subjects {
    /// `None` where the platform has no SIMD search.
    searcher: Option<aho_corasick::packed::Searcher>,
    cookie: usize,
    newsletter: usize,
}

static SUBJECTS: Lazy<Subjects> = Lazy::new(|| {
    let words = COOKIE_SUBJECTS
        .iter()
        .chain(&NEWSLETTER_SUBJECTS)
        .chain(&COMMENTING_SUBJECTS);
    Subjects {
        searcher: aho_corasick::packed::Searcher::new(words),
        cookie: COOKIE_SUBJECTS.len(),
        newsletter: COOKIE_SUBJECTS.len() + NEWSLETTER_SUBJECTS.len(),
    }
});

/// The words that cookie banners, newsletter prompts and comment sign-in prompts need
/// (`newsletter` also inside a compound: `Musiknewsletter`), found in one search over the
/// line instead of one per kind.
pub(crate) fn prompt_subjects(key: &str) -> PromptSubjects {
    let mut subjects = PromptSubjects::default();
    if let Some(searcher) = SUBJECTS.searcher.as_ref() {
        for found in searcher.find_iter(key) {
            match found.pattern().as_usize() {
                i if i < SUBJECTS.cookie => subjects.cookie = true,
                i if i < SUBJECTS.newsletter => subjects.newsletter = true,
                _ => subjects.commenting = true,
            }
        }
    } else {
        // No SIMD search on this platform: one search per word.
        let any = |words: Phrases| words.iter().any(|w| key.contains(w));
        subjects.cookie = any(COOKIE_SUBJECTS);
        subjects.newsletter = any(NEWSLETTER_SUBJECTS);
        subjects.commenting = any(COMMENTING_SUBJECTS);
    }
    subjects
}

/// Whether `key`, which names a newsletter, asks the reader to take the site's: it
/// addresses the reader or speaks for the site (`Sign up for our newsletter`, `Möchten Sie
/// unseren Newsletter erhalten?`). A report about a newsletter speaks of it in the third
/// person (`The paper launched a newsletter in May.`).
fn is_newsletter_prompt(key: &str) -> bool {
    has_word(&VOICE, key)
}

/// Words for signing in (stems), folded.
pub(crate) static SIGNING: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &SIGNING_IN));

/// Whether `key`, which speaks of commenting, tells the reader to sign in first (`Du musst
/// eingeloggt sein, um Kommentare zu schreiben`, `Sie müssen sich anmelden, um zu
/// kommentieren`): it speaks of signing in too, and addresses the reader or speaks for the
/// site. A report on a platform's rules speaks of its users (`Users must now log in to
/// comment.`).
fn is_comment_login(key: &str) -> bool {
    SIGNING.contains_any(key) && has_word(&VOICE, key)
}

/// Whether a phrase of `phrases` occurs in `key` outside double quotation marks (an even
/// number of them before it): a line that quotes a notice (`The first thing to go is the line
/// that says "You may use these HTML tags and attributes"`) is about it, as a tutorial or a
/// report is, not the notice itself. Single marks are apostrophes as often (`don’t`), so they
/// are not counted, and a stray double mark (`12" screens`) flips the count.
fn has_unquoted(phrases: &PhraseSet, key: &str) -> bool {
    phrases
        .occurrences(key)
        .any(|(_, start, _)| !crate::rules::is_quoted_at(key, start))
}

/// Whether one of `words` occurs in `key` as a whole word.
pub(crate) fn has_word(words: &PhraseSet, key: &str) -> bool {
    let in_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    words.occurrences(key).any(|(_, start, end)| {
        let before = key.get(..start).and_then(|head| head.chars().next_back());
        let after = key.get(end..).and_then(|rest| rest.chars().next());
        !in_word(before) && !in_word(after)
    })
}

/// Removes single lines of page furniture that carry no article text:
///
/// * **dates and times** alone on a line, optionally labelled (`15 يونيو/ حزيران 2022`,
///   `Updated: March 11, 2015 3:46 PM`, `15. Mai 2019, 05:28 Uhr`), **relative times**
///   (`قبل 4 ساعات`, `3 hours ago`, `vor 2 Stunden`) and **media durations** (`2:55`);
/// * **counters** (`3 comments`, `120 views`, `1.2K shares`, `250 مشاهدة`) and reading times
///   (`5 min read`);
/// * **share, follow and subscribe prompts** (`Share on Facebook`, `تابعونا على تويتر`,
///   `Follow us`), **skip links**, **bylines** (`By Staff Writer`, `بقلم محمد علي`) and
///   **photo credits** (`Foto: Christof Stache`, `© Oli Scarff/Getty Images`);
/// * **notices** about cookies, consent, newsletters, comment forms and affiliate links, up
///   to 80 words (`We use cookies to improve your experience…`, `Your email address will not
///   be published.`, `we may earn an affiliate commission`), and **prompts** in the site's
///   voice to take its newsletter or to sign in before commenting (`Sign up for our
///   newsletter`, `Du musst angemeldet sein, um einen Kommentar abzugeben.`).
///
/// Each check needs the whole line to be of that kind, so a sentence that mentions a date
/// or cookies stays.
///
/// Clean articles hold such lines too (a dateline, a byline, a photo credit), so the rule
/// reports them as *evidence* for the line model ([`ContentModel`](crate::ContentModel)),
/// which decides; on its own it removes nothing. Its verdict on a line depends on the
/// line's text alone, so in a cleaner's later passes it skips the lines whose text did not
/// change and on which no rule reported evidence in the pass before: a rule that calls it
/// and keeps only some of its findings sees the others again only where the text changed.
///
/// ```
/// use textsieve::{Doc, PageChrome, Rule};
/// let page = "قبل 4 ساعات\nThe talks resumed on Monday, officials said.\n2:55\n120 views\nShare on Facebook";
/// let mut found = Vec::new();
/// PageChrome::default().find(&Doc::new(page), &mut found);
/// let lines: Vec<&str> = found.iter().map(|r| page[r.span.clone()].trim_end()).collect();
/// assert_eq!(lines, ["قبل 4 ساعات", "2:55", "120 views", "Share on Facebook"]);
/// assert!(found.iter().all(|r| r.is_evidence()));
/// ```
#[derive(Debug, Clone)]
pub struct PageChrome {
    notices: Lexicon,
    patterns: UserPatterns,
}

/// The sources of the rule's built-in line patterns, put together once per process.
static LINE_PATTERN_SOURCES: Lazy<LinePatternSources> = Lazy::new(line_pattern_sources);

/// The cap on each line pattern's lazy DFA cache, per thread. The date line's repeated
/// alternation of date words makes many states of the lazy DFA: with the default cache (2
/// MiB) a pass over real pages fills it, clears it and builds its states again, about 16,000
/// a pass at 18,000 instructions each. The cache grows only as states are made; this is its
/// cap.
const DFA_CACHE_BYTES: usize = 8 << 20;

/// Compiles one of the line patterns.
fn compile_line_pattern(source: &str) -> Regex {
    RegexBuilder::new(source)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .expect("built-in pattern")
}

// The rule's built-in line patterns, each compiled once per process when a line first gets
// as far as asking it (a page without a byline opening never builds the byline pattern; the
// gates of the date line and the relative time turn away, until it is built, keys that
// cannot open one): they take no options. They are matched against folded keys, so their
// words are folded too (`دقايق`, not `دقائق`).
static DATE_LINE: GatedPattern = GatedPattern::new(
    || compile_line_pattern(&LINE_PATTERN_SOURCES.date_line),
    might_be_date,
);
static RELATIVE_TIME: GatedPattern = GatedPattern::new(
    || compile_line_pattern(&LINE_PATTERN_SOURCES.relative_time),
    might_open_relative_time,
);
static LABELLED_RELATIVE_TIME: Lazy<Regex> =
    Lazy::new(|| compile_line_pattern(&LINE_PATTERN_SOURCES.labelled_relative_time));
static COUNTER: Lazy<Regex> = Lazy::new(|| compile_line_pattern(&LINE_PATTERN_SOURCES.counter));
static BYLINE: Lazy<Regex> = Lazy::new(|| compile_line_pattern(&LINE_PATTERN_SOURCES.byline));
static CREDIT: Lazy<Regex> = Lazy::new(|| compile_line_pattern(&LINE_PATTERN_SOURCES.credit));

/// The units of [`RELATIVE_UNITS_SINCE`] in the dual (`ساعتين`, `أسبوعين`, "two hours",
/// "two weeks"; folded, they end in `ين` and no other unit does): a dual names its number, so
/// it is a time ago before `مضت` with no digit (`أسبوعين مضت`), where a plural is not (`أيام
/// مضت`, "days gone by", is the title of songs and poems as often).
fn arabic_duals() -> Vec<&'static str> {
    RELATIVE_UNITS_SINCE
        .iter()
        .copied()
        .filter(|unit| unit.ends_with("ين"))
        .collect()
}

/// The forms of a relative time, each matched as the whole key: `قبل` or `منذ` and a unit
/// (`قبل 4 ساعات`); a number and a unit before `ago` (`3 hours ago`), or an Arabic number and
/// unit or a dual before `مضت` (`3 ساعات مضت`, `أسبوعين مضت`: its word order); an opener before a
/// number and a unit (`vor 2 Stunden`); minutes and an optional reading word (`5 min read`);
/// a reading-time label before a number (`Lesezeit: 4 Min.`); a time with no number (`just
/// now`).
pub(crate) fn relative_time_forms() -> [String; 6] {
    [
        format!(
            r"(?:{})\s+(?:\d+\s+)?(?:{})",
            alternation(RELATIVE_SINCE),
            alternation(RELATIVE_UNITS_SINCE)
        ),
        format!(
            r"(?:\d+\s*(?:{})|\d+\s+(?:{})|(?:{}))\s+(?:{})",
            alternation(RELATIVE_UNITS_AGO),
            alternation(RELATIVE_UNITS_SINCE),
            arabic_duals().join("|"),
            alternation(RELATIVE_CLOSERS)
        ),
        format!(r"(?:{})\s+\d+\s+\p{{L}}+", alternation(RELATIVE_OPENERS)),
        format!(
            r"\d+\s*(?:{})\.?\s*(?:{})?",
            alternation(READING_MINUTES),
            alternation(READING_WORDS)
        ),
        format!(r"(?:{})\s*:?\s*\d+\s*\p{{L}}*", alternation(READING_LABELS)),
        alternation(JUST_NOW),
    ]
}

/// The sources of the line patterns: the word tables of `src/lexicon/` (months, time units,
/// credit labels, agencies, …) put into the pattern shapes. All are folded, and matched
/// against whole keys.
///
/// * date line: an optional label and `:`, then numbers (up to four digits), date words or,
///   after the first, connectors (`of`, `at`, `th`): `Updated: March 11, 2015 3:46 PM`. A
///   word ends at a separator or the line's end (`Marathon 2` holds no `mar`); a number may
///   touch a word (`12th`, `3pm`). At most [`MAX_DATE_PARTS`] parts after the label, which
///   [`is_date_line`] counts: the pattern itself repeats without a bound, since a bounded
///   repetition (`{0,9}`) made it ten copies of the date words and building it took a
///   quarter of a new process's first document; unbounded, it builds in a fifth of the time.
///   The label is the pattern's first group;
/// * relative time: one of [`relative_time_forms`] but the two that open with a word of
///   [`RELATIVE_OPENERS`] or [`READING_LABELS`];
/// * labelled relative time: one of those two (`vor 2 Stunden`, `Lesezeit: 4 Min.`). They end
///   in a word of any letters, whose `\p{L}` took half the building of the six forms together
///   (3.8M of 7.7M instructions), and most pages have no line that opens with their words:
///   [`is_relative_time`] asks them only of a key that does;
/// * counter: a number, an optional `k` or `m`, and what it counts;
/// * byline: a byline word, an optional `:`, and a name;
/// * credit: a credit label before `:`, `©`, `/` or a credit word, or a credit mark, then a
///   name; or a name ending in an agency after `/` or `©`.
struct LinePatternSources {
    date_line: String,
    relative_time: String,
    labelled_relative_time: String,
    counter: String,
    byline: String,
    credit: String,
}

/// What separates the parts of a date line (a part is a number or a date word).
const DATE_SEPARATORS: &str = r"[\s/.,:\-–|()]";

/// A number of a date line, and the separators after it.
fn date_number() -> String {
    format!(r"\d{{1,{MAX_NUMBER_DIGITS}}}{DATE_SEPARATORS}*")
}

/// One of `words` (an alternation) as a part of a date line: separators or the line's end
/// after it.
fn date_word(words: &str) -> String {
    format!(r"(?:{words})(?:{DATE_SEPARATORS}+|$)")
}

/// The date-line pattern with `body` after its optional label (the first group).
fn date_line_source(body: &str) -> String {
    format!(r"^((?:{})\s*:?\s*)?{body}$", alternation(DATE_LABELS))
}

/// Puts together the [`LinePatternSources`].
fn line_pattern_sources() -> LinePatternSources {
    let number = date_number();
    let (date_words, connectors) = (alternation(DATE_WORDS), alternation(DATE_CONNECTORS));
    // Numbers and date words, each with the connectors after it: one copy of the date words.
    // `(?:number|word)(?:number|word|connector)*`, the same keys with the same label, holds
    // two, and took 1.7 times as long to build (14.0M instructions of a new process's first
    // document, against 8.4M); the tests keep it as the naive twin.
    let date_line = date_line_source(&format!(
        r"(?:(?:{number}|{})(?:{})*)+",
        date_word(&date_words),
        date_word(&connectors),
    ));
    let [since, ago, opener, minutes, label, just_now] = relative_time_forms();
    let relative_time = format!("^(?:{since}|{ago}|{minutes}|{just_now})$");
    let labelled_relative_time = format!("^(?:{opener}|{label})$");
    // The count first (`120 views`, `250 مشاهدة`) or after its label (`Views: 1,532`,
    // `Comments (12)`, `عدد المشاهدات: 1532`: Arabic labels take the article `ال` and may
    // open with `عدد`, "number of").
    let counted_words = alternation(COUNTER_WORDS);
    let counter = format!(
        r"^(?:[\d.,]+\s*[km]?\s*(?:{counted_words})|(?:عدد\s+)?(?:ال)?(?:{counted_words})\s*:?\s*\(?[\d.,]+\s*[km]?\)?)$"
    );
    let byline = format!(r"^(?:{})\s*:?\s+\S", alternation(BYLINE_WORDS));
    let credit = format!(
        r"^[(\[]?(?:(?:{})\s*(?::|©|/|(?:{})\s)|{})\s*[^\s(]|[/©]\s*(?:{})[)\]]?$",
        alternation(CREDIT_LABELS),
        alternation(CREDIT_WORDS),
        alternation(CREDIT_MARKS),
        alternation(CREDIT_AGENCIES),
    );
    LinePatternSources {
        date_line,
        relative_time,
        labelled_relative_time,
        counter,
        byline,
        credit,
    }
}

impl Default for PageChrome {
    /// # Defaults
    /// Share prompts of `lexicon::SHARE_PREFIXES` (`src/lexicon/share_prefixes.tsv`), notices of
    /// `lexicon::NOTICE_PHRASES` (`src/lexicon/notice_phrases.tsv`), no patterns.
    fn default() -> PageChrome {
        PageChrome {
            notices: Lexicon::new(ID, &NOTICE_PHRASES),
            patterns: UserPatterns::default(),
        }
    }
}

impl PageChrome {
    /// Adds a notice phrase: a line of at most 80 words containing it is evidence.
    ///
    /// ```
    /// use textsieve::{Doc, PageChrome, Rule};
    /// let rule = PageChrome::default().notice("Bu site çerez kullanır");
    /// let page = "Haber.\nBu site çerez kullanır. Kabul edin.";
    /// let mut found = Vec::new();
    /// rule.find(&Doc::new(page), &mut found);
    /// assert_eq!(&page[found[0].span.clone()], "Bu site çerez kullanır. Kabul edin.");
    /// ```
    #[must_use]
    pub fn notice(mut self, phrase: &str) -> PageChrome {
        self.notices.add(phrase);
        self
    }

    /// Adds a regular expression: a line whose folded key it matches is evidence.
    #[must_use]
    pub fn pattern(mut self, pattern: &str) -> PageChrome {
        self.patterns.add(ID, pattern);
        self
    }

    fn judge(&self, notices: &PhraseSet, line: &Line<'_>) -> Option<Reason> {
        let key = line.key();
        let words = line.words();
        if !self.patterns.is_empty() && self.patterns.is_match(key) {
            return Some(Reason::Chrome {
                kind: ChromeKind::Pattern,
            });
        }
        if words <= MAX_NOTICE_WORDS && has_unquoted(notices, key) {
            return Some(Reason::Chrome {
                kind: ChromeKind::Notice,
            });
        }
        if words <= MAX_NOTICE_WORDS {
            let subjects = prompt_subjects(key);
            if subjects.cookie && is_cookie_consent(key) {
                return Some(Reason::Chrome {
                    kind: ChromeKind::CookieConsent,
                });
            }
            if subjects.newsletter && words <= MAX_NEWSLETTER_WORDS && is_newsletter_prompt(key) {
                return Some(Reason::Chrome {
                    kind: ChromeKind::NewsletterPrompt,
                });
            }
            if subjects.commenting && words <= MAX_COMMENT_LOGIN_WORDS && is_comment_login(key) {
                return Some(Reason::Chrome {
                    kind: ChromeKind::CommentLoginPrompt,
                });
            }
        }
        if is_arrow_link(line) {
            return Some(Reason::Chrome {
                kind: ChromeKind::ArrowLink,
            });
        }
        if is_more_link(&MORE_LINKS, line, key) {
            return Some(Reason::Chrome {
                kind: ChromeKind::MoreLink,
            });
        }
        if words > MAX_PATTERN_WORDS {
            return None;
        }
        let number = has_number(line);
        if is_date_line(key, number) {
            return Some(Reason::Chrome {
                kind: ChromeKind::DateOrTime,
            });
        }
        if is_counter(key, number) {
            return Some(Reason::Chrome {
                kind: ChromeKind::Counter,
            });
        }
        if is_relative_time(key, number) {
            return Some(Reason::Chrome {
                kind: ChromeKind::RelativeTime,
            });
        }
        if is_share_prompt(&SHARE, line, key) {
            return Some(Reason::Chrome {
                kind: ChromeKind::SharePrompt,
            });
        }
        if is_byline(line, key) {
            return Some(Reason::Chrome {
                kind: ChromeKind::Byline,
            });
        }
        if is_credit(line, key) {
            return Some(Reason::Chrome {
                kind: ChromeKind::PhotoCredit,
            });
        }
        None
    }
}

/// The most words of a line that holds a notice, a cookie banner or a prompt.
pub(crate) const MAX_NOTICE_WORDS: usize = 80;
/// The most words of a newsletter prompt.
pub(crate) const MAX_NEWSLETTER_WORDS: usize = 40;
/// The most words of a prompt to sign in before commenting.
pub(crate) const MAX_COMMENT_LOGIN_WORDS: usize = 30;
/// The most words of a line the line patterns (dates, counters, relative times, bylines,
/// credits) and share prompts are tried on.
pub(crate) const MAX_PATTERN_WORDS: usize = 12;

/// Whether `key`, holding a number or not, is only a date or time.
pub(crate) fn is_date_line(key: &str, number: bool) -> bool {
    number && DATE_LINE.is_match(key) && date_parts(key) <= MAX_DATE_PARTS
}

/// The gate of [`DATE_LINE`]: whether `key` opens as every key the date pattern matches
/// does, with a number (`\d`, a numeric character), a date word ended by a separator or the
/// key's end (no date word holds a separator, so the key's first word is one, decoration
/// aside), or a label. Building the pattern took 8.3M of the 38.4M instructions of a new
/// process's first document, the sample page, whose only short lines with a number open with
/// `ما` ("what"; `م`, "pm", is a date word).
fn might_be_date(key: &str) -> bool {
    let first_word = || key.split(is_date_separator).next().unwrap_or(key);
    (key.starts_with(char::is_numeric)
        || DATE_WORD_SET.is_whole(first_word())
        || DATE_LABEL_OPENINGS.opens(key))
        && in_pattern_scripts(key)
}

/// Whether `c` is one of the [`DATE_SEPARATORS`] (`\s` is white space, as
/// `char::is_whitespace` tells it).
fn is_date_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '/' | '.' | ',' | ':' | '-' | '–' | '|' | '(' | ')')
}

/// Most parts (numbers and words) of a date after its label: `Monday, 11 March 2015, 3:46
/// pm` has seven; a row of a results table (`4,35 4,58 4,86 4,58 4,60 4,96`) has twelve.
pub(crate) const MAX_DATE_PARTS: usize = 10;

/// The parts of a key the date pattern matches, after its label: each run of letters (the
/// date words are runs of letters) and each number of up to four digits (`20201` is two, as
/// the pattern reads it).
fn date_parts(key: &str) -> usize {
    let (mut parts, mut letters, mut digits) = (0, false, 0);
    for c in date_body(key).chars() {
        if c.is_alphabetic() {
            parts += usize::from(!letters);
            (letters, digits) = (true, 0);
        } else if c.is_numeric() {
            parts += usize::from(digits % MAX_NUMBER_DIGITS == 0);
            (letters, digits) = (false, digits + 1);
        } else {
            (letters, digits) = (false, 0);
        }
    }
    parts
}

/// What follows the label of a key the date pattern matches (the key itself if it has
/// none). The label is the pattern's first group, which opens with a label of the table: a
/// key that opens with none has no label, and is not searched for it. Most date lines have
/// none, and the search for the group cost 6,700 instructions a line (27M over a tenth of
/// the real pages).
fn date_body(key: &str) -> &str {
    let labelled = DATE_LABELS.iter().any(|label| opens_with(key, label));
    labelled
        .then(|| DATE_LINE.regex().captures(key))
        .flatten()
        .and_then(|c| c.get(1))
        .map_or(key, |label| &key[label.end()..])
}

/// Digits of one number of a date (`\d{1,4}` in its pattern).
const MAX_NUMBER_DIGITS: usize = 4;

/// Whether `key`, holding a number or not, is a counter (`120 views`, `Views: 120`).
pub(crate) fn is_counter(key: &str, number: bool) -> bool {
    number && might_be_counter(key) && COUNTER.is_match(key)
}

/// Whether the count opens `key` or closes it (past a `k` or `m` and a bracket), as in every
/// key the counter pattern matches: most lines with a number fail this before the pattern
/// runs.
fn might_be_counter(key: &str) -> bool {
    let count = |c: char| c.is_numeric() || matches!(c, '.' | ',');
    (key.starts_with(count)
        || key
            .trim_end()
            .trim_end_matches(')')
            .trim_end_matches(['k', 'm'])
            .trim_end()
            .ends_with(count))
        && in_pattern_scripts(key)
}

/// Whether `key`, holding a number or not, is a relative time or a reading time.
pub(crate) fn is_relative_time(key: &str, number: bool) -> bool {
    let labelled = || {
        RELATIVE_OPENERS
            .iter()
            .chain(READING_LABELS.iter())
            .any(|word| opens_with(key, word))
    };
    // Both labelled forms hold a number.
    might_be_relative_time(key, number)
        && (RELATIVE_TIME.is_match(key)
            || (number && labelled() && LABELLED_RELATIVE_TIME.is_match(key)))
}

/// Whether `line`, whose key is `key`, opens with a share, follow or subscribe prompt of
/// `prompts`: a short line that does not end like a statement.
pub(crate) fn is_share_prompt(prompts: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    line.words() <= MAX_PROMPT_WORDS && !line.ends_with_period() && prompts.prefix(key).is_some()
}

/// Whether `line`, whose key is `key`, is a byline: a few words, no sentence.
pub(crate) fn is_byline(line: &Line<'_>, key: &str) -> bool {
    line.words() <= MAX_BYLINE_WORDS
        && line.terminal_punct() == 0
        && line.clause_punct() <= 1
        && BYLINE_OPENINGS.opens(key)
        && BYLINE.is_match(key)
}

/// Whether `line`, whose key is `key`, is a photo credit. A credit is a label and a name, never a sentence:
/// `Photo: the minister arrives.` is a caption, which is article text.
pub(crate) fn is_credit(line: &Line<'_>, key: &str) -> bool {
    line.words() <= MAX_CREDIT_WORDS
        && !line.ends_with_period()
        && might_be_credit(key)
        && CREDIT.is_match(key)
}

/// The most words of a link marked by a backward arrow: a label and the linked post's title
/// (`« Previous post: Night buses return to the east side`).
const MAX_ARROW_LINK_WORDS: usize = 20;

/// The most words of a line ending with a forward arrow that is a link: a label or a short
/// title (`Next page ›`, `Zum Deal »`). Longer, it is a call to action in a sentence (`Click
/// here to find out which stocks crossed their average »`), which some pages' main text
/// keeps.
const MAX_FORWARD_LINK_WORDS: usize = 8;

/// Whether `line` is a link that an arrow marks as leading elsewhere (`Next page ›`, `Real
/// Time Brussels HOME PAGE »`, `« Previous post title`, `« Older | Main | Newer »`): it ends
/// with a forward arrow set apart by a space (`»`, `›`, `→`) or with `>>`, or opens with a
/// backward one (`«`, `‹`, `←`, `<<`) followed by a space, and is no line of code (ending in
/// `;`). A line that holds the arrow of the other way too is a quotation (`Les « boîtes
/// noires »`), unless a `|` stands between them as it does between a blog's previous and next
/// links. Arabic lines are left alone: their quotations open and close with the same marks,
/// across lines too.
pub(crate) fn is_arrow_link(line: &Line<'_>) -> bool {
    if line.is_blank() || line.words() > MAX_ARROW_LINK_WORDS {
        return false;
    }
    let text = line.text().trim();
    // `>>` may be glued to the word before it: scripts without spaces (`立即前往>>`) and
    // `>>>` print it so.
    let forward = ["»", "›", "→"].iter().any(|arrow| {
        text.strip_suffix(arrow)
            .is_some_and(|rest| rest.ends_with(char::is_whitespace))
    }) || text.ends_with(">>");
    let backward = ["«", "‹", "←", "<<"].iter().any(|arrow| {
        text.strip_prefix(arrow)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
    });
    // Most lines have no arrow at either end: the rest is asked of the few that do. A line
    // of code streams with the same marks (`<< std::endl;`).
    if (!forward && !backward) || text.ends_with(';') || text.chars().any(is_arabic_letter) {
        return false;
    }
    let quote_opens = text.contains(['«', '‹']);
    let quote_closes = text.contains(['»', '›']);
    let short = line.words() <= MAX_FORWARD_LINK_WORDS;
    (forward && short && !quote_opens)
        || (backward && !quote_closes)
        || (forward && backward && text.contains('|'))
}

/// Openings of a link to read on (`continue reading`, `weiterlesen`, `اقرأ المزيد`).
pub(crate) static MORE_LINKS: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::builtin(ID, &MORE_LINK_OPENERS));

/// The most words of a link to read on: the link and a headline. Set by hand, not tuned.
const MAX_MORE_LINK_WORDS: usize = 20;

/// The words after which a link to read on names the writer it leads to (`Read more by Ann
/// Lee`, `Weiterlesen von Jan Berg`), folded.
const MORE_LINK_BY: [&str; 2] = ["by", "von"];

/// The most words of a writer's name after [`MORE_LINK_BY`].
const MAX_MORE_LINK_NAME_WORDS: usize = 4;

/// Whether `line`, whose key is `key`, is a link to read on with what it leads to: it opens
/// with a phrase of `openers` (whole words) and goes on, in at most [`MAX_MORE_LINK_WORDS`]
/// words and not ending with a full stop, in one of the shapes links print:
///
/// * an ellipsis or an arrow, then the headline (`Weiterlesen … Lebenszeichen von Bavaria`,
///   `Weiterlesen »Wohncontainer`);
/// * the headline in quotes and nothing after it (`Continue reading "A Mostly Smooth
///   Drake"`, `Weiterlesen über „Not feeling 100%"`);
/// * a reading time alone (`weiterlesen 5 Minuten`);
/// * `by` and a name whose words are capitalised (`Read more by Ann Lee`).
///
/// Blogs print it under a post's teaser, news sites under a link to another article. Lines
/// that open so and go on in words are as often a list item, a subheading or an Arabic
/// sentence without a full stop (`Read more on paper and less on screens`, `Continue reading:
/// chapters four to six`, `متابعة القراءة في أوقات الفراغ تنمي العقل`): none of those shapes.
pub(crate) fn is_more_link(openers: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    if line.words() > MAX_MORE_LINK_WORDS || line.ends_with_period() {
        return false;
    }
    let Some(end) = openers.opening_words(key) else {
        return false;
    };
    let rest = key[end..].trim_start();
    let glyph = rest.starts_with(['…', '→', '»', '›']) || rest.starts_with("...");
    let quoted = |text: &str| {
        text.starts_with(['"', '“', '„', '«'])
            && text.ends_with(['"', '”', '“', '»'])
            && text.chars().count() > 2
    };
    let after_word = rest
        .split_once(' ')
        .map_or("", |(_, after)| after.trim_start());
    glyph
        || quoted(rest)
        || quoted(after_word)
        || is_reading_time(rest)
        || names_writer(line, key[..end].split_whitespace().count(), rest)
}

/// Whether `rest` is a reading time alone: a number and a word of [`READING_MINUTES`]
/// (`5 Minuten`, `4 min.`).
fn is_reading_time(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (Some(number), Some(unit), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    number.chars().all(char::is_numeric) && READING_MINUTES.contains(&unit.trim_end_matches('.'))
}

/// Whether `rest`, what follows the opener's `opener_words` words, is a word of
/// [`MORE_LINK_BY`], written in lower case, and a name: one to [`MAX_MORE_LINK_NAME_WORDS`]
/// words that each open with a capital letter in the line's text (its key is folded to lower
/// case). A heading in title case capitalises `By` too (`Read More By Authors From Other
/// Countries`).
fn names_writer(line: &Line<'_>, opener_words: usize, rest: &str) -> bool {
    let Some(by) = rest.split_whitespace().next() else {
        return false;
    };
    let mut words = line.text().split_whitespace().skip(opener_words);
    let written_by = words
        .next()
        .is_some_and(|word| word.chars().all(char::is_lowercase));
    if !MORE_LINK_BY.contains(&by) || !written_by {
        return false;
    }
    let name: Vec<&str> = words.collect();
    (1..=MAX_MORE_LINK_NAME_WORDS).contains(&name.len())
        && name
            .iter()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
}

impl Rule for PageChrome {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(notices) = self.notices.set() else {
            return;
        };
        for line in doc.lines() {
            // Evidence, not a removal: the line model weighs it on every pass, so a line kept
            // in the last pass is judged again, unless the last pass found no evidence on it
            // (a verdict depends on the line's text alone). Most lines of a later pass are
            // such lines: judging them took 20M of the 71M instructions of the passes after
            // the first over a tenth of the real pages.
            if line.is_blank() || line.words() == 0 || line.is_quiet() {
                continue;
            }
            if let Some(reason) = self.judge(notices, &line) {
                out.push(Removal::line_evidence(&line, ID, reason));
            }
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.notices.validate()?;
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_limits_and_closers_are_in_the_patterns() {
        let LinePatternSources {
            date_line: date,
            relative_time: relative,
            ..
        } = line_pattern_sources();
        assert!(date.contains(r"\d{1,4}"), "{date}");
        assert!(relative.contains(r")\s+(?:ago|مضت|مضي)|"), "{relative}");
    }

    proptest::proptest! {
        /// [`opens_with`] and [`closes_relative`] against `starts_with` and `strip_suffix`, on
        /// keys of the stamp words, spaces and other letters.
        #[test]
        fn byte_comparisons_naive_twin(
            parts in proptest::collection::vec(
                proptest::sample::select(
                    RELATIVE_SINCE
                        .iter()
                        .chain(RELATIVE_CLOSERS.iter())
                        .chain(RELATIVE_OPENERS.iter())
                        .copied()
                        .chain([" ", "x", "م", "ago ", "3"])
                        .collect::<Vec<_>>(),
                ),
                0..4,
            )
        ) {
            let key = parts.concat();
            for word in RELATIVE_SINCE.iter().chain(RELATIVE_OPENERS.iter()) {
                proptest::prop_assert_eq!(opens_with(&key, word), key.starts_with(word));
            }
            let naive = RELATIVE_CLOSERS.iter().any(|word| {
                key.strip_suffix(word).is_some_and(|head| head.ends_with(' '))
            });
            proptest::prop_assert_eq!(closes_relative(&key), naive, "{:?}", key);
        }
    }

    proptest::proptest! {
        /// Skipping a later pass's quiet lines ([`Line::is_quiet`]) changes no finding: on a
        /// view rebuilt after cuts, given the rule's own evidence on the view before (and
        /// spans of other evidence), the rule finds what it finds judging every line of a new
        /// view of the same text.
        #[test]
        fn skipping_quiet_lines_finds_what_judging_every_line_does(
            lines in proptest::collection::vec(
                proptest::sample::select(vec![
                    "",
                    "Home",
                    "March 3, 2015",
                    "Updated: March 11, 2015 3:46 PM",
                    "3 hours ago",
                    "قبل 4 ساعات",
                    "120 views",
                    "Share on Facebook",
                    "By Anna Berg",
                    "Foto: Christof Stache",
                    "Read more »",
                    "We use cookies to give you the best experience. By using this site you accept our cookie policy.",
                    "The council voted on Tuesday to expand the bus network across the city.",
                    "قال المجلس إن الخطوط الجديدة ستعمل ليلاً في عطلة نهاية الأسبوع.",
                ]),
                0..16,
            ),
            cuts in proptest::collection::vec((0usize..2000, 0usize..2000), 0..6),
            other in proptest::collection::vec((0usize..2000, 0usize..40), 0..3),
            more_cuts in proptest::collection::vec((0usize..2000, 0usize..2000), 0..4),
        ) {
            let text = lines.join("\n");
            let rule = PageChrome::default();
            let before = Doc::new(&text);
            let mut found = Vec::new();
            rule.find(&before, &mut found);
            let mut evidence: Vec<std::ops::Range<usize>> =
                found.iter().map(|r| r.span.clone()).collect();
            evidence.extend(other.iter().map(|&(at, len)| at..at + len));
            let (out, removed) = crate::doc::cut_ranges(&text, &cuts);
            let rebuilt = Doc::rebuild(&out, before.into_parts(), &removed, &evidence);
            let (mut skipping, mut judging) = (Vec::new(), Vec::new());
            rule.find(&rebuilt, &mut skipping);
            rule.find(&Doc::new(&out), &mut judging);
            proptest::prop_assert_eq!(&skipping, &judging, "{:?} cut to {:?}", text, out);
            // A second pass after the first: lines quiet twice are skipped twice.
            let evidence: Vec<std::ops::Range<usize>> =
                skipping.iter().map(|r| r.span.clone()).collect();
            let (out2, removed2) = crate::doc::cut_ranges(&out, &more_cuts);
            let again = Doc::rebuild(&out2, rebuilt.into_parts(), &removed2, &evidence);
            let (mut skipping2, mut judging2) = (Vec::new(), Vec::new());
            rule.find(&again, &mut skipping2);
            rule.find(&Doc::new(&out2), &mut judging2);
            proptest::prop_assert_eq!(skipping2, judging2, "{:?} cut to {:?}", out, out2);
        }
    }

    /// A line is quiet when it is unchanged and no evidence of the last pass touched it.
    #[test]
    fn quiet_lines_are_unchanged_lines_without_evidence() {
        let text = "Cut me\nMarch 3, 2015\nThe vote was held.\nOther text.";
        let before = Doc::new(text);
        let lines: Vec<_> = before.lines().map(|l| l.span_with_break()).collect();
        // The first line is cut; the date line (the second) holds evidence.
        let (out, removed) = crate::doc::cut_ranges(text, &[(lines[0].start, lines[0].end)]);
        let evidence = std::slice::from_ref(&lines[1]);
        let doc = Doc::rebuild(&out, before.into_parts(), &removed, evidence);
        let quiet: Vec<bool> = doc.lines().map(|l| l.is_quiet()).collect();
        assert_eq!(quiet, [false, true, true]);
        assert!(doc.lines().all(|l| l.is_unchanged()));
        assert!(!Doc::new(text).lines().any(|l| l.is_quiet()));
    }

    /// Naive twin of [`prompt_subjects`], as it was written before its words became tables:
    /// `cookie`, `newsletter`, and `ment` after `co`, `com`, `ko` or `kom`.
    fn naive_prompt_subjects(key: &str) -> PromptSubjects {
        let bytes = key.as_bytes();
        let commenting_at = |at: usize| {
            [&b"co"[..], b"com", b"ko", b"kom"]
                .iter()
                .any(|stem| bytes[..at].ends_with(stem))
        };
        PromptSubjects {
            cookie: key.contains("cookie"),
            newsletter: key.contains("newsletter"),
            commenting: key.match_indices("ment").any(|(at, _)| commenting_at(at)),
        }
    }

    proptest::proptest! {
        #[test]
        fn prompt_subjects_agree_with_naive_twin(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "co", "com", "ko", "kom", "ment", "m", "cookie", "news", "letter", "newsletter",
                "e", "ie", "er", " ", "t", "ad", "gover", "mo", "komment", "تعليق",
            ]), 0..10)
        ) {
            let key = pieces.concat();
            proptest::prop_assert_eq!(prompt_subjects(&key), naive_prompt_subjects(&key), "{:?}", key);
        }
    }

    /// (case name, input line, the kind of chrome found, if any)
    const CASES: &[(&str, &str, Option<ChromeKind>)] = &[
        ("ar-date", "15 يونيو/ حزيران 2022", Some(ChromeKind::DateOrTime)),
        ("en-date-time", "Updated: March 11, 2015 3:46 PM", Some(ChromeKind::DateOrTime)),
        ("de-date", "15. Mai 2019, 05:28 Uhr", Some(ChromeKind::DateOrTime)),
        ("numeric-date", "03.04.2020", Some(ChromeKind::DateOrTime)),
        ("labelled", "Publiziert: 03.04.2020, 12:35", Some(ChromeKind::DateOrTime)),
        ("pl-date", "16 marca 2021", Some(ChromeKind::DateOrTime)),
        ("de-last-change", "Letzte Änderung: 31.10.2023 - 14:49:39", Some(ChromeKind::DateOrTime)),
        ("posted", "posted Feb 6, 2014 at 20:37", Some(ChromeKind::DateOrTime)),
        ("pl-labelled", "Publikacja: 04.05.2021", Some(ChromeKind::DateOrTime)),
        ("it-date", "3 maggio 2022, 10:15", Some(ChromeKind::DateOrTime)),
        ("duration", "2:55", Some(ChromeKind::DateOrTime)),
        ("ar-relative", "قبل 4 ساعات", Some(ChromeKind::RelativeTime)),
        ("en-relative", "3 hours ago", Some(ChromeKind::RelativeTime)),
        ("de-relative", "vor 2 Stunden", Some(ChromeKind::RelativeTime)),
        ("read-time", "5 min read", Some(ChromeKind::RelativeTime)),
        ("counter", "120 views", Some(ChromeKind::Counter)),
        ("counter-decimal", "1.2K shares", Some(ChromeKind::Counter)),
        ("ar-relative-no-number", "منذ ساعتين", Some(ChromeKind::RelativeTime)),
        ("ar-ago", "3 ساعات مضت", Some(ChromeKind::RelativeTime)),
        ("ar-ago-no-number", "أسبوعين مضت", Some(ChromeKind::RelativeTime)),
        ("ar-ago-masculine", "3 أيام مضى", Some(ChromeKind::RelativeTime)),
        // A plural or a singular without a number is a title as often: days gone by.
        ("ar-days-gone-by", "أيام مضت", None),
        ("ar-a-day-gone-by", "يوم مضى", None),
        ("ar-past-sentence", "مضت ثلاثة أسابيع على الحادث دون أن يعلن أحد مسؤوليته", None),
        ("ar-years-passed-sentence", "قال الوزير إن المشروع تأخر سنوات مضت", None),
        // Keys fold `ئ` to `ي`: the pattern names the folded form.
        ("ar-relative-minutes", "قبل 5 دقائق", Some(ChromeKind::RelativeTime)),
        ("just-now", "Just now", Some(ChromeKind::RelativeTime)),
        ("reading-time-folded-digit", "Reading time: ㏠", Some(ChromeKind::RelativeTime)),
        ("ar-byline-edit", "تحرير: محمد علي", Some(ChromeKind::Byline)),
        ("credit-fot", "(fot. Jan Kowalski)", Some(ChromeKind::PhotoCredit)),
        ("ar-counter", "250 مشاهدة", Some(ChromeKind::Counter)),
        ("counter-label-first", "Views: 1,532", Some(ChromeKind::Counter)),
        ("counter-label-parens", "Comments (12)", Some(ChromeKind::Counter)),
        ("ar-counter-label-first", "عدد المشاهدات: 1532", Some(ChromeKind::Counter)),
        ("ar-counter-label-article", "التعليقات 4", Some(ChromeKind::Counter)),
        ("counter-label-sentence", "Comments on the plan reached 1,532", None),
        ("ar-counter-label-sentence", "عدد المشاهدات ارتفع إلى 1532", None),
        ("counter-word-in-title", "Views of the city from floor 12", None),
        ("share", "Share on Facebook", Some(ChromeKind::SharePrompt)),
        ("ar-follow", "تابعونا على تويتر", Some(ChromeKind::SharePrompt)),
        ("byline", "By Staff Writer", Some(ChromeKind::Byline)),
        ("ar-byline", "بقلم محمد علي", Some(ChromeKind::Byline)),
        ("credit", "Foto: Christof Stache", Some(ChromeKind::PhotoCredit)),
        ("credit-parens", "(Foto: ABr)", Some(ChromeKind::PhotoCredit)),
        ("credit-by", "Photo by Ann Lee on Unsplash", Some(ChromeKind::PhotoCredit)),
        ("credit-agency", "© Oli Scarff/Getty Images", Some(ChromeKind::PhotoCredit)),
        ("credit-slash-agency", "Trybunał Konstytucyjny / Shutterstock", Some(ChromeKind::PhotoCredit)),
        ("ar-credit", "صورة: رويترز", Some(ChromeKind::PhotoCredit)),
        ("cookie", "We use cookies to give you the best experience. By continuing you accept them.", Some(ChromeKind::Notice)),
        ("cookie-banner-de", "Durch die Nutzung von Beispiel24 stimmen Sie der Verwendung von Cookies zu.", Some(ChromeKind::CookieConsent)),
        ("cookie-banner-en", "Boing Boing uses cookies and trackers: read what we do with them, then click Accept.", Some(ChromeKind::CookieConsent)),
        ("comment-form", "Your email address will not be published. Required fields are marked *", Some(ChromeKind::Notice)),
        ("quoted-notice", "Step 1: remove \"You may use these HTML tags and attributes\" from the form", None),
        ("notice-after-quote", "Click \"Accept\" and we use cookies to measure visits to the site.", Some(ChromeKind::Notice)),
        ("quoted-notice-single", "Step 1: remove ‘You may use these HTML tags and attributes’ from the form", Some(ChromeKind::Notice)),
        ("newsletter-en", "Sign up for our newsletter to get the latest news straight to your inbox.", Some(ChromeKind::Notice)),
        ("newsletter-de", "Möchten Sie unseren Newsletter erhalten?", Some(ChromeKind::NewsletterPrompt)),
        ("affiliate-disclosure", "When you purchase through links on our site, we may earn an affiliate commission.", Some(ChromeKind::Notice)),
        ("opinions-disclaimer", "The views expressed on this site are my own and do not reflect those of my employer.", Some(ChromeKind::Notice)),
        ("ar-opinions-disclaimer", "تنويه: الآراء الواردة في المقالات تعبر عن أصحابها ولا تعبر بالضرورة عن رأي الموقع.", Some(ChromeKind::Notice)),
        ("ar-opinions-disclaimer-site", "الآراء الواردة أدناه لا تعبر عن رأي موقع الخبر، بل تعكس وجهات نظر أصحابها فقط.", Some(ChromeKind::Notice)),
        ("ar-opinions-disclaimer-short", "المقالات المنشورة لا تعبر بالضرورة عن رأي الموقع", Some(ChromeKind::Notice)),
        ("opinions-report", "The views expressed by the minister were welcomed by the opposition.", None),
        ("opinions-report-here", "The concerns expressed here are shared by many residents, the mayor said.", None),
        ("opinions-report-party", "He stressed that the opinions of members are not necessarily those of the party.", None),
        ("ar-opinions-report", "وقال إن تصريحات النواب لا تعبر بالضرورة عن رأي الحكومة كلها.", None),
        ("ar-opinions-report-own", "وقال المتحدث إن هذه التصريحات تعبر عن أصحابها فقط، وإن المقالة تعبر عن رأي كاتبها.", None),
        ("ar-opinions-report-signatories", "وعبر البيان عن رأي الموقعين على العريضة في خطة المدينة.", None),
        ("comment-login-de", "Du musst eingeloggt sein um Kommentare zu schreiben!", Some(ChromeKind::CommentLoginPrompt)),
        ("comment-login-de-verb", "Sie müssen sich anmelden, um zu kommentieren.", Some(ChromeKind::CommentLoginPrompt)),
        ("browser-notice-en", "Example News no longer supports this browser. Please upgrade your browser.", Some(ChromeKind::Notice)),
        ("browser-notice-de", "Du verwendest einen veralteten Browser. Manche Seiten werden falsch angezeigt.", Some(ChromeKind::Notice)),
        // negatives
        ("comment-login-report", "Users must now log in to comment on the platform, the company said.", None),
        ("newsletter-report", "The paper launched a newsletter in May that now reaches 20,000 readers.", None),
        ("browser-report", "The company said the update would make its browser faster on older phones.", None),
        ("caption-sentence", "Photo: The minister arrives at the summit in Cairo.", None),
        ("photo-word", "Photos of the flood spread quickly online", None),
        ("code", "photos.forEach(function(photo) {", None),
        ("agency-in-prose", "The figures were first reported by Reuters", None),
        // A date word is a whole word, and a connector never opens a date.
        ("title-with-month-prefix", "Marathon 2", None),
        ("title-the-number", "The 100", None),
        ("heading-in-year", "In 2020", None),
        ("heading-at-number", "At 5", None),
        ("en-ordinal-date", "12th of May 2020 at 3pm", Some(ChromeKind::DateOrTime)),
        ("de-um", "15. Mai 2019 um 05:28 Uhr", Some(ChromeKind::DateOrTime)),
        ("sentence-with-date", "On March 11, 2015 the vote was held.", None),
        ("pt-sentence-with-month", "Em marco de 2021 o governo anunciou o plano.", None),
        ("year-in-title", "The 2022 World Cup in Qatar", None),
        ("number-sentence", "120 people were hurt in the blast, officials said.", None),
        ("by-sentence", "By the end of the day, the talks had stalled.", None),
        ("next-link", "Next page ›", Some(ChromeKind::ArrowLink)),
        ("more-link", "Real Time Brussels HOME PAGE »", Some(ChromeKind::ArrowLink)),
        ("next-doubled", "Das Programm der Springer >>", Some(ChromeKind::ArrowLink)),
        ("doubled-glued", "立即前往>>", Some(ChromeKind::ArrowLink)),
        ("doubled-glued-backward", "<<std::endl", None),
        ("code-stream", "<< std::endl;", None),
        ("previous-post", "« Night buses return to the east side", Some(ChromeKind::ArrowLink)),
        ("previous-doubled", "<< Back to the story", Some(ChromeKind::ArrowLink)),
        ("older-main-newer", "« Night buses | Main | The new timetable »", Some(ChromeKind::ArrowLink)),
        ("more-link-quoted", "Continue reading \"A Mostly Smooth Drake\"", Some(ChromeKind::MoreLink)),
        ("more-link-writer", "Read more by Ann Lee", Some(ChromeKind::MoreLink)),
        ("more-link-glyph", "Weiterlesen »Wohncontainer – Gedanken über das Wohnen", Some(ChromeKind::MoreLink)),
        ("more-link-quoted-after-word", "Weiterlesen über „Not feeling 100%“", Some(ChromeKind::MoreLink)),
        ("more-link-minutes", "weiterlesen 5 Minuten", Some(ChromeKind::MoreLink)),
        ("more-link-ellipsis", "Weiterlesen … Lebenszeichen von Bavaria nach zwei Monaten", Some(ChromeKind::MoreLink)),
        ("more-link-ar", "اقرأ المزيد… خطة النقل الجديدة", Some(ChromeKind::MoreLink)),
        // Lines that open so and go on in words: list items, subheadings, sentences.
        ("more-list-item", "Read more about history and science", None),
        ("more-by-readers", "Read more by authors from other countries", None),
        ("more-by-title-case", "Read More By Authors From Other Countries", None),
        ("more-on-paper", "Read more on paper and less on screens", None),
        ("more-then-sentence", "Read more. Scroll less", None),
        ("more-colon-subheading", "Continue reading: chapters four to six", None),
        ("more-quote-then-words", "Weiterlesen: „Der Zauberberg“ lohnt sich ab Seite hundert", None),
        ("more-minutes-then-words", "Weiterlesen 20 Minuten am Tag reichen schon", None),
        ("more-ar-sentence", "متابعة القراءة في أوقات الفراغ تنمي العقل وتوسع المدارك", None),
        ("more-ar-subject", "اقرأ المزيد عن تاريخ بلدك وثقافته", None),
        ("more-sentence", "Read more about the study in the journal Nature.", None),
        ("more-going-on", "Continue reading the report to learn how the routes were chosen", None),
        ("more-than", "More than 120 people came to the meeting on Tuesday", None),
        ("reading-list", "Read moreover the minutes of the last meeting", None),
        ("fr-quotation", "Les « boîtes noires »", None),
        ("quotation-opening-line", "« Nous reviendrons », a dit le ministre", None),
        ("de-quotation", "Die Einschränkung ist «verschmerzbar»", None),
        ("call-to-action", "Click here to find out which stocks crossed their average this week »", None),
        ("ar-quotation-close", "وقال الوزير إن الخطة ستنفذ »", None),
        ("share-sentence", "Share prices fell sharply on Monday after the announcement.", None),
        ("cookie-law-prose", "The rules force websites to ask visitors to accept cookies before tracking them.", None),
        ("cookie-tracking-prose", "The regulator said the company used cookies to follow users across sites.", None),
        ("cookie-prose", "The bakery sold cookies and bread to the soldiers every morning during the long siege of the city, and the owner said she never once ran out of flour even when the roads were closed for weeks and the trucks could not get through to the market.", None),
        ("ar-sentence-date", "وفي 15 يونيو 2022 أعلن الوزير عن الخطة.", None),
        // A date has at most ten parts: a row of a results table is not one.
        ("results-row", "4,35 4,58 4,86 4,58 4,60 4,96", None),
        ("ten-part-date", "Updated: Monday, 11 March 2015, 3:46:05 pm", Some(ChromeKind::DateOrTime)),
    ];

    #[test]
    fn table() {
        let rule = PageChrome::default();
        for (name, input, expected) in CASES {
            let doc = Doc::new(input);
            let mut out = Vec::new();
            rule.find(&doc, &mut out);
            let found: Vec<ChromeKind> = out
                .iter()
                .filter_map(|r| match r.reason {
                    Reason::Chrome { kind } => Some(kind),
                    _ => None,
                })
                .collect();
            assert_eq!(
                found.len(),
                out.len(),
                "case {name}: a removal of another reason"
            );
            assert_eq!(found.first().copied(), *expected, "case {name}");
        }
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// The cheap gates before the line patterns are necessary conditions: a key the
        /// pattern matches always passes its gate.
        #[test]
        fn gates_pass_every_match(pieces in proptest::collection::vec(proptest::prop_oneof![
            proptest::sample::select(vec![
                "Foto", "photo credit", "Bild", "Imagen", "credits", "zdjęcie", "صورة", "تصوير",
                "fot.", "©", "Getty Images", "Reuters", "by", "von", "de", "por", "بقلم", "كتب",
                "قبل", "منذ", "ساعات", "مضت", "hours ago", "min read", "Lesezeit", "just now", "views",
                "vor", "il y a", "hace", "reading time", "temps de lecture", "Stunden", "Min.",
                "مشاهدة", "K", "(", ")", "[", "]", ":", "/", " ", "  ", "-", ".", ",", "12", "٣",
                "عدد", "ال", "مشاهدات", "m", "comments",
                "㏠", "news", "Ann Lee", "الرئيس", "الان", "a l'instant", "gerade eben", "• ",
                "年", "12月", "日", "Μαΐου", "мая", "٢٠٢٤", "–", "\u{a0}",
            ]).prop_map(str::to_owned),
            "[a-zA-Z0-9 ]{1,6}",
        ], 1..8)) {
            let key = crate::fold::fold(&pieces.concat());
            let number = key.chars().any(char::is_numeric);
            if CREDIT.is_match(&key) {
                proptest::prop_assert!(might_be_credit(&key), "credit {:?}", key);
            }
            if BYLINE.is_match(&key) {
                proptest::prop_assert!(BYLINE_OPENINGS.opens(&key), "byline {:?}", key);
            }
            if RELATIVE_TIME.regex().is_match(&key) || LABELLED_RELATIVE_TIME.is_match(&key) {
                proptest::prop_assert!(might_be_relative_time(&key, number), "relative {:?}", key);
            }
            if RELATIVE_TIME.regex().is_match(&key) {
                proptest::prop_assert!(might_open_relative_time(&key), "relative {:?}", key);
            }
            if COUNTER.is_match(&key) {
                proptest::prop_assert!(might_be_counter(&key), "counter {:?}", key);
            }
            if DATE_LINE.regex().is_match(&key) {
                proptest::prop_assert!(might_be_date(&key), "date {:?}", key);
            }
        }
    }

    #[test]
    fn credit_gate_passes_agencies_at_the_end() {
        for key in [
            "oli scarff/getty images",
            "trybunal konstytucyjny / shutterstock",
            "(© afp)",
            "x/reuters]",
        ] {
            assert!(CREDIT.is_match(key) && might_be_credit(key), "{key}");
        }
        // A path or a date with a slash, and an agency inside a line, open no credit.
        for key in ["news/photos", "12/05/2024", "afp / the talks went on"] {
            assert!(!might_be_credit(key), "{key}");
        }
    }

    #[test]
    fn whole_key_patterns_are_written_in_the_gate_scripts() {
        // Their literal characters (regex syntax is ASCII; `\d` and `\s` are numeric and
        // white space, which the gate takes) pass it, so no key they match fails it.
        let sources = &*LINE_PATTERN_SOURCES;
        for source in [&sources.date_line, &sources.relative_time, &sources.counter] {
            assert!(in_pattern_scripts(source), "{source}");
        }
        for key in ["2012年12月6日", "6 мая 2024", "12 Μαΐου 2024"] {
            let key = crate::fold::fold(key);
            assert!(!might_be_date(&key) && !might_be_counter(&key), "{key}");
        }
        for key in ["2012-12-06", "٦ مايو ٢٠٢٤", "15 يونيو/ حزيران 2022"] {
            assert!(might_be_date(&crate::fold::fold(key)), "{key}");
        }
    }

    proptest::proptest! {
        /// The date test (an unbounded pattern, then [`date_parts`]) against its naive twin:
        /// the pattern with the part limit written in it as a bounded repetition.
        #[test]
        fn date_lines_match_the_bounded_pattern(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "updated", "last updated", ":", " ", ", ", "-", ".", "/", "12", "2015", "3", "20201",
                "march", "mar", "monday", "pm", "th", "of", "at", "um", "uhr", "يونيو", "حزيران",
                "نشر في", "x", "marathon", "٣", "• ", "ما ", "منذ", "(",
            ]),
            1..16,
        )) {
            static BOUNDED: Lazy<Regex> =
                Lazy::new(|| Regex::new(&two_copy_date_source("{0,9}")).expect("pattern"));
            let key: String = pieces.concat();
            let number = key.chars().any(char::is_numeric);
            proptest::prop_assert_eq!(
                is_date_line(&key, number),
                number && BOUNDED.is_match(&key),
                "{:?}", key
            );
        }
    }

    /// The date-line pattern as it was written with two copies of the date words, the
    /// number or date word that opens the date, then `repeat` of a number, a date word or a
    /// connector.
    fn two_copy_date_source(repeat: &str) -> String {
        let (number, words) = (date_number(), date_word(&alternation(DATE_WORDS)));
        let connectors = date_word(&alternation(DATE_CONNECTORS));
        date_line_source(&format!(
            "(?:{number}|{words})(?:{number}|{words}|{connectors}){repeat}"
        ))
    }

    proptest::proptest! {
        /// The date pattern's one copy of the date words against its naive twin, the two
        /// copies it was written with: the same keys, the same label.
        #[test]
        fn one_copy_of_the_date_words_matches_as_two(pieces in proptest::collection::vec(
            proptest::sample::select(
                DATE_LABELS.iter().chain(DATE_CONNECTORS.iter()).copied().chain([
                    ":", " ", ", ", "-", ".", "/", "(", "12", "2015", "3", "20201", "٣", "march",
                    "mar", "monday", "pm", "uhr", "يونيو", "x", "updatedx", "marathon",
                ]).collect::<Vec<_>>()
            ),
            1..14,
        )) {
            static TWO_COPIES: Lazy<Regex> =
                Lazy::new(|| Regex::new(&two_copy_date_source("*")).expect("pattern"));
            let key: String = pieces.concat();
            let label = |pattern: &Regex| {
                pattern.captures(&key).map(|c| c.get(1).map(|label| label.range()))
            };
            proptest::prop_assert_eq!(DATE_LINE.regex().is_match(&key), TWO_COPIES.is_match(&key), "{:?}", key);
            proptest::prop_assert_eq!(label(DATE_LINE.regex()), label(&TWO_COPIES), "{:?}", key);
        }
    }

    proptest::proptest! {
        /// [`is_relative_time`], which asks the two labelled forms apart, against its naive
        /// twin: the six forms in one pattern.
        #[test]
        fn relative_time_agrees_with_one_pattern(
            first in proptest::sample::select(
                RELATIVE_OPENERS.iter()
                    .chain(READING_LABELS)
                    .chain(RELATIVE_SINCE)
                    .chain(READING_MINUTES)
                    .copied()
                    .chain(["12", "x", "just now", "الان"])
                    .collect::<Vec<_>>()
            ),
            rest in proptest::collection::vec(proptest::sample::select(vec![
                " ", ":", "12", "٣", "stunden", "min", "read", ".", "x", "ago", "hours", "ساعات",
                "اسبوعين", "مضت",
            ]), 0..5),
        ) {
            static ALL_FORMS: Lazy<Regex> = Lazy::new(|| {
                Regex::new(&format!("^(?:{})$", relative_time_forms().join("|"))).expect("pattern")
            });
            let key = format!("{first}{}", rest.concat());
            let number = key.chars().any(char::is_numeric);
            proptest::prop_assert_eq!(
                is_relative_time(&key, number),
                might_be_relative_time(&key, number) && ALL_FORMS.is_match(&key),
                "{:?}", key
            );
        }
    }

    /// Every word of the tables a gate reads opens a key its pattern matches, and the gate
    /// passes that key.
    #[test]
    fn gates_pass_keys_opening_with_their_words() {
        let keys = DATE_WORDS.iter().map(|w| format!("{w} 12"));
        for key in keys.chain(DATE_LABELS.iter().map(|l| format!("{l}: 12 may"))) {
            assert!(DATE_LINE.regex().is_match(&key), "{key:?}");
            assert!(might_be_date(&key), "{key:?}");
        }
        let since = RELATIVE_SINCE.iter().map(|w| format!("{w} 3 ساعات"));
        let just_now = JUST_NOW.iter().map(|p| crate::fold::fold(p));
        let closed = RELATIVE_CLOSERS.iter().map(|w| format!("اسبوعين {w}"));
        for key in since
            .chain(just_now)
            .chain(closed)
            .chain(["3 hours ago".to_owned()])
        {
            assert!(RELATIVE_TIME.regex().is_match(&key), "{key:?}");
            assert!(might_open_relative_time(&key), "{key:?}");
        }
    }

    #[test]
    fn date_separators_are_the_patterns() {
        let pattern = Regex::new(&format!("^{DATE_SEPARATORS}$")).expect("pattern");
        for c in (0..0x3100)
            .chain(0xFE00..0x10000)
            .filter_map(char::from_u32)
        {
            let mut buf = [0; 4];
            assert_eq!(
                is_date_separator(c),
                pattern.is_match(c.encode_utf8(&mut buf)),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    /// [`date_body`] as it read before labels were looked for first: the pattern's label
    /// group, searched on every date line.
    fn naive_date_body(key: &str) -> &str {
        DATE_LINE
            .regex()
            .captures(key)
            .and_then(|c| c.get(1))
            .map_or(key, |label| &key[label.end()..])
    }

    proptest::proptest! {
        #[test]
        fn date_body_agrees_with_naive_twin(pieces in proptest::collection::vec(
            proptest::sample::select(
                DATE_LABELS.iter().copied().chain([
                    ":", " ", ", ", "-", ".", "/", "12", "2015", "3", "20201", "march", "mar",
                    "monday", "pm", "at", "يونيو", "x", "updatedx", "نشر",
                ]).collect::<Vec<_>>()
            ),
            1..10,
        )) {
            let key: String = pieces.concat();
            proptest::prop_assert_eq!(date_body(&key), naive_date_body(&key), "{:?}", key);
        }
    }

    #[test]
    fn options_are_checked() {
        assert!(PageChrome::default().pattern("(").validate().is_err());
        assert!(PageChrome::default().notice(" ").validate().is_err());
    }
}
