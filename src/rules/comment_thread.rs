//! `comment-thread`: reader comments after an article, found by the shape of the thread, and
//! the comment form's fields (`rules::comment_form`).

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::doc::{Doc, Line};
use crate::lexicon::{
    alternation, COMMENTER_VERBS, COMMENT_ACTIONS, COMMENT_FORM_FIELDS, COMMENT_MARKERS,
    COMMENT_TITLE_OPENERS, RELATIVE_OPENERS, RELATIVE_UNITS_AGO,
};
use crate::phrases::{ByteSet, PhraseSet};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::gated::{EdgeWords, GatedPattern};
use crate::rules::page_chrome::has_number;
use crate::rules::{comment_form, digit, is_heading, number, opening_marker, Share};
use crate::script::is_arabic_letter;

const ID: &str = "comment-thread";

/// Longest line, in words, that can be a comment's header (`Anna says:`, `Wilson A. |
/// November 9, 2012 3:03 AM | Reply`) or action line (`Reply`, `[Reply]`, `Report`).
pub(crate) const MAX_HEADER_WORDS: usize = 16;

/// Headers of one shape needed before a run counts as a thread: two dated lines of one
/// shape also occur in articles (a timeline, a changelog), three in a row with prose
/// between them and comment furniture around them do not. Fewer go only under a heading
/// that counts exactly them (see [`small_thread`]).
const MIN_HEADERS: usize = 3;

/// Largest median gap between two headers, in lines: a comment is a few paragraphs.
const MAX_MEDIAN_GAP: usize = 30;

/// Largest median size of one comment, in words. Blog front pages stack whole posts under
/// dated headers of one shape (`Posted by jamie at 04:29 PM | Permalink`); their posts are
/// hundreds of words long, readers' comments are not. Between two headers of one shape may
/// stand several comments whose headers have another shape (`by Ann (1234) writes:` and `by
/// Anonymous Coward writes:`, a reply's stamp with a journal link): the words between are
/// shared among the headers of the same kind (verb or stamp) between them.
const MAX_MEDIAN_COMMENT_WORDS: usize = 150;

/// Most lines between a comment section's heading (`Comments`, `156 Responses`) and the
/// thread's first header, beyond two comments' usual length (the median gap between
/// headers): the comment form's notices (`You can follow this conversation…`, `Display:
/// Expanded`) and the first comment, when headers close their comments (`Posted by: Bob |
/// October 30, 2012 at 08:58 AM`).
const HEADING_REACH: usize = 4;

/// Longest line, in words, that can be a header by its stamp alone (`by Omar on May 3, 2012
/// at 4:14 pm`): a sentence that names a date is longer.
const MAX_STAMP_HEADER_WORDS: usize = 14;

/// Regular spacing: at least [`REGULAR_SHARE`] of the gaps between headers are within this
/// many times the median gap (plus [`GAP_SLACK`] lines): a reply or a long comment stretches
/// one gap, unrelated dated lines scattered over a page stretch most.
const REGULAR_GAP_FACTOR: usize = 4;
/// The share of regular gaps a run of headers needs: two in three.
const REGULAR_SHARE: Share = Share::new(2, 3);
/// Lines a regular gap may exceed [`REGULAR_GAP_FACTOR`] times the median by.
const GAP_SLACK: usize = 2;

/// Most words between the last two headers of a run whose last gap is irregular: a longer
/// stretch is a post (an author's answer the page goes on with, 1,000 words on a dev page),
/// not a comment (the longest readers' comments seen on dev pages are about 500 words).
const MAX_LAST_COMMENT_WORDS: usize = 600;

/// Commenters' verbs or action lines needed among the headers when no heading vouches for
/// them: one could be a quotation in an article (`She wrote:`), two are a pattern.
const MIN_VERBS_OR_ACTIONS: usize = 2;

/// Headers a run of commenters' verbs needs when nothing else on its lines vouches for it (no
/// time stamp, no action line, no heading): twice [`MIN_HEADERS`]. An essay that quotes a
/// few readers (`Various people wrote:`) and answers each has three or four; a thread of
/// `X said,` headers runs to dozens. Set by hand with the rule, not tuned: the dev pages have
/// one such essay (four headers) and threads of this kind of 8, 18 and 45 headers.
const MIN_BARE_VERB_HEADERS: usize = 2 * MIN_HEADERS;

/// Runs of digits a header's shape needs for a heading to vouch for it: a date and a time,
/// or a full date (`October 23rd, 2012 1:37 pm`). A headline naming a year has one.
const MIN_STAMP_DIGIT_RUNS: usize = 2;

/// How far a comment heading's count may be from the number of headers under it, as a
/// factor either way, for the count to name this thread: replies may have no header of the
/// thread's shape, and a long thread may show only its first page. The dev pages' counts were
/// within 1.2 of their headers.
const COUNT_FACTOR: usize = 2;

/// Longest comment heading, in words: `156 Responses to “…”` carries the post's title.
const MAX_HEADING_WORDS: usize = 16;
/// Longest line, in words, that the first header's look-back takes as the comment heading
/// when it only mentions comments (`12 Comments`).
const MAX_COMMENT_LINE_WORDS: usize = 8;

/// Longest commenter's name alone on its line, in words (`Paul H. Byerly`).
const MAX_NAME_WORDS: usize = 4;

/// Fewest words of prose before the thread: comments follow an article; a page that is only
/// a thread (a forum, a Q&A page) keeps its posts. A heading that counts the thread's
/// comments (`46 Comments` over 46 headers) waives it: a photo post or a one-paragraph note
/// has comments too, and forums do not count their posts that way.
const MIN_ARTICLE_WORDS: usize = 50;

// Patterns of comment furniture, matched on folded keys (lower case, Arabic spelling
// variants unified), built from the word tables of `src/lexicon/` (`comment_actions`,
// `commenter_verbs`, `comment_title_openers`, and the relative-time units `page-chrome`
// reads). Each names a kind of line seen on many sites, not a site's wording: `WordPress`
// (`says:`), Blogger (`said...`), forums (`wrote:`), Disqus and most others (a `Reply` line,
// a `N hours ago` stamp). Each is compiled once per process when a line first gets as far as
// asking it: a page with no time stamps never builds the reply-link pattern. The action, verb
// and reply-link patterns have gates besides ([`GatedPattern`]), which turn away, until the
// pattern is built, keys that do not open or end with one of its words: the byte checks
// before them take any Arabic letter for `رد` or `قال`, and building the three took 3.8M of
// the 27.0M instructions of a new process's first document, the sample page, which needs none.

/// Labels of a comment form's fields (`name`, `website`, `kommentar`): see
/// [`comment_form`].
static FORM_FIELDS: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &COMMENT_FORM_FIELDS));

/// A line that is a comment action and nothing else.
static ACTION: GatedPattern = GatedPattern::new(
    || compile(&action_pattern(&COMMENT_ACTIONS)),
    opens_with_action_word,
);

/// A header ending in the commenter's verb (`Anna says:`).
static VERB: GatedPattern = GatedPattern::new(
    || compile(&verb_pattern(&COMMENTER_VERBS)),
    ends_with_verb_word,
);

/// The gate of [`ACTION`]: whether `key`, past brackets and spaces, opens with the first word
/// of an action.
fn opens_with_action_word(key: &str) -> bool {
    static FIRST_WORDS: Lazy<EdgeWords> = Lazy::new(|| EdgeWords::first_words(&COMMENT_ACTIONS));
    FIRST_WORDS.opens(key.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '[' | '(')))
}

/// The gate of [`VERB`]: whether `key`, without the spaces and marks (`:`, `,`, `.`, `…`) at
/// its end, ends with the last word of a verb.
fn ends_with_verb_word(key: &str) -> bool {
    static LAST_WORDS: Lazy<EdgeWords> = Lazy::new(|| EdgeWords::last_words(&COMMENTER_VERBS));
    LAST_WORDS.ends(
        key.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '.' | '…')),
    )
}

/// The gate of [`REPLY_LINK`]: whether `key`, without the spaces and `#` at its end, ends with
/// the last word of an action (a reply link is one of them).
fn ends_with_action_word(key: &str) -> bool {
    static LAST_WORDS: Lazy<EdgeWords> = Lazy::new(|| EdgeWords::last_words(&COMMENT_ACTIONS));
    LAST_WORDS.ends(key.trim_end_matches(|c: char| c.is_whitespace() || c == '#'))
}

/// The bytes a trimmed key that [`ACTION`] matches can open with: a bracket, or the first
/// byte of an action. Most short lines open or end with another byte ([`ACTION_LAST`]), and
/// are not searched: a search costs some hundred instructions however soon it fails, and
/// every short line of every pass was searched for an action and a verb (137,000 searches
/// over a tenth of the real pages, 47,000 with these checks and [`has_stamp`]'s).
static ACTION_FIRST: Lazy<ByteSet> = Lazy::new(|| {
    let firsts = COMMENT_ACTIONS.iter().filter_map(|a| a.bytes().next());
    ByteSet::of(firsts.chain(*b"[("))
});

/// The bytes a trimmed key that [`ACTION`] matches can end with: the last byte of an
/// action, a closing bracket, or the last byte of the `#`, `»`, `›` or `↓` allowed after it.
static ACTION_LAST: Lazy<ByteSet> = Lazy::new(|| {
    let lasts = COMMENT_ACTIONS.iter().filter_map(|a| a.bytes().last());
    let marks = ["#", "»", "›", "↓"]
        .into_iter()
        .filter_map(|m| m.bytes().last());
    ByteSet::of(lasts.chain(*b"])").chain(marks))
});

/// The bytes a trimmed key that [`VERB`] matches can end with: the last byte of a verb, or
/// of the `:`, `,` or ellipsis that may follow it.
static VERB_LAST: Lazy<ByteSet> = Lazy::new(|| {
    let lasts = COMMENTER_VERBS.iter().filter_map(|v| v.bytes().last());
    ByteSet::of(lasts.chain(*b":,.").chain("…".bytes().last()))
});

/// Whether [`ACTION`] matches `key`, trimmed: only keys that open with a byte of
/// [`ACTION_FIRST`] and end with one of [`ACTION_LAST`] are searched.
fn is_action(key: &str) -> bool {
    let bytes = key.as_bytes();
    bytes.first().is_some_and(|&b| ACTION_FIRST.contains(b))
        && bytes.last().is_some_and(|&b| ACTION_LAST.contains(b))
        && ACTION.is_match(key)
}

/// Whether [`VERB`] matches `key`, trimmed: only keys ending with a byte of [`VERB_LAST`] are
/// searched.
fn ends_with_verb(key: &str) -> bool {
    key.bytes().last().is_some_and(|b| VERB_LAST.contains(b)) && VERB.is_match(key)
}

/// Whether [`RESPONSES`] matches `key`: only a key that opens with a digit (of any script)
/// or with a spelled count and a space (`12`, `one `, `ein `, `keine `) can open with its
/// count, and only such a key is searched.
fn opens_with_responses(key: &str) -> bool {
    let spelled = || {
        SPELLED_COUNTS.iter().any(|(word, _)| {
            key.strip_prefix(word)
                .is_some_and(|rest| rest.starts_with(' '))
        })
    };
    (key.starts_with(char::is_numeric) || spelled()) && RESPONSES.is_match(key)
}

/// Whether [`STAMP`] matches the key of `line`: each of its forms holds a digit (`\d`, a
/// Unicode decimal digit), so a line without one ([`has_number`], counted when the view was
/// built) is not searched. The byte check this replaced passed every line outside ASCII: the
/// Arabic pages' short lines were all searched (33,600 searches, 12.5M instructions over 200
/// dev pages).
fn has_stamp(line: &Line<'_>) -> bool {
    has_number(line) && STAMP.is_match(line.key())
}

/// A header ending in a reply link (`… | Reply`, `… at 6:10 am. Reply`), which closes its
/// comment.
static REPLY_LINK: GatedPattern = GatedPattern::new(
    || {
        compile(&format!(
            r"[|.·]\s*(?:{})\s*#?$",
            spaced_alternation(reply_actions())
        ))
    },
    ends_with_action_word,
);

/// A count of comments before a post's title (`156 Responses to`, `12 thoughts on`), or
/// alone with its noun (`7 Responses`).
static RESPONSES: Lazy<Regex> = Lazy::new(|| {
    compile(&format!(
        "{}|{}",
        title_opener_pattern(&COMMENT_TITLE_OPENERS),
        count_alone_pattern(&COMMENT_TITLE_OPENERS)
    ))
});

/// A time stamp: a clock time (`6:24`, `6:24pm`), `N units ago` in several languages, or a
/// year.
static STAMP: Lazy<Regex> = Lazy::new(|| {
    let units = alternation(RELATIVE_UNITS_AGO);
    let openers = alternation(RELATIVE_OPENERS);
    compile(&format!(
        r"(?-u:\b)\d{{1,2}}:\d{{2}}(?:am|pm)?(?-u:\b)|(?-u:\b)\d+\s*(?:{units})\s+ago(?-u:\b)|(?-u:\b)(?:{openers})\s+\d+|(?:منذ|قبل)\s+\d+|(?-u:\b)(?:19|20)\d{{2}}(?-u:\b)"
    ))
});

/// Compiles a built-in pattern.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("built-in pattern")
}

/// Headings that open a comment section (the `end-of-article` rule's comment markers).
static HEADINGS: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &COMMENT_MARKERS));

/// `words` as a regex alternation, each escaped, with the spaces between words optional
/// (`ReplyDelete` is `reply delete` with its space lost).
fn spaced_alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let escaped: Vec<String> = words
        .into_iter()
        .map(|w| {
            w.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s*")
        })
        .collect();
    escaped.join("|")
}

/// The pattern of a line that is one of `actions` and nothing else: brackets around it, a
/// trailing `#`, `»`, `›` or `↓` allowed.
pub(crate) fn action_pattern(actions: &[&str]) -> String {
    format!(
        r"^[\[(]?\s*(?:{})\s*[\])]?\s*[#»›↓]?\s*$",
        spaced_alternation(actions.iter().copied())
    )
}

/// The pattern of a header that ends in one of `verbs`: `:`, `,` or an ellipsis may follow;
/// an Arabic verb needs the `:` (`كتب` alone ends many sentences).
pub(crate) fn verb_pattern(verbs: &[&str]) -> String {
    let arabic = |v: &&str| v.chars().next().is_some_and(is_arabic_letter);
    let (ar, other): (Vec<&str>, Vec<&str>) = verbs.iter().copied().partition(arabic);
    let mut forms = Vec::new();
    if !other.is_empty() {
        forms.push(format!(
            r"(?-u:\b)(?:{})\s*(?::|,|\.\.\.|…)?\s*$",
            spaced_alternation(other)
        ));
    }
    if !ar.is_empty() {
        forms.push(format!(r"(?:{})\s*:\s*$", spaced_alternation(ar)));
    }
    forms.join("|")
}

/// The pattern of a count of comments and one of `openers` at a line's start (`156
/// Responses to`).
pub(crate) fn title_opener_pattern(openers: &[&str]) -> String {
    format!(
        r"^(?:\d+|{})\s+(?:{})\s",
        spelled_counts(),
        spaced_alternation(openers.iter().copied())
    )
}

/// Counts that comment headings spell out (`One Response to “…”`, `Ein Gedanke zu „…“`, `No
/// Comments`), folded, with their values: the singular and the zero of `WordPress` themes'
/// comment titles in the languages of [`COMMENT_TITLE_OPENERS`].
const SPELLED_COUNTS: [(&str, usize); 5] =
    [("one", 1), ("no", 0), ("ein", 1), ("eine", 1), ("keine", 0)];

/// [`SPELLED_COUNTS`] as a pattern's alternation.
fn spelled_counts() -> String {
    SPELLED_COUNTS.map(|(word, _)| word).join("|")
}

/// The pattern of a count of comments and an opener's first word as the whole line (`7
/// Responses`, `12 Thoughts`): the same heading printed without the post's title.
fn count_alone_pattern(openers: &[&str]) -> String {
    let nouns: std::collections::BTreeSet<&str> =
        openers.iter().filter_map(|o| o.split(' ').next()).collect();
    format!(
        r"^(?:\d+|{})\s+(?:{})$",
        spelled_counts(),
        spaced_alternation(nouns)
    )
}

/// The actions that are a reply link: `reply` and its forms in the table's other languages.
fn reply_actions() -> Vec<&'static str> {
    COMMENT_ACTIONS
        .entries()
        .iter()
        .filter(|e| e.phrase == "reply" || e.note.contains("form of `reply`"))
        .map(|e| e.phrase)
        .collect()
}

/// Removes reader comments that follow an article: a run of comment headers of one shape
/// (`Anna says:` / `October 15, 2012 at 6:24 am`, `Wilson A. | November 9, 2012 3:03 AM |
/// Reply`, `Posted by: nabeel | 09/22/2012 at 08:40 AM`), with the comments between them.
///
/// Comments are prose, so no line of them looks like boilerplate alone; the thread shows in
/// its shape. A thread is at least three headers of the same shape (the same punctuation
/// and digits once names and words are taken out), spaced regularly, with the commenters'
/// verbs or action lines (`Reply`, `Report`) among them or a comment section's heading
/// (`Comments`, `156 Responses to “Shuteye”`) right before them, comments of modest length
/// between them, and an article of some length before them, unless the heading counts about
/// as many comments as there are headers. Lines of the headers' shape above the heading (the
/// post's own dateline, pingbacks) are not part of the thread. The thread goes from its first
/// header (or the comment heading before it) to the end of its last comment.
///
/// One or two comments are too few for their spacing to show a thread; they go when a
/// heading right above counts exactly them (`2 Comments`, `1 Response to “…”`, `Reader
/// Comments (2)`), with as many headers of one shape under it: a page does not count its
/// comments unless it prints them there.
///
/// A timeline or changelog in an article has dated lines of one shape too, but no verbs or
/// action lines between them; a blog's front page stacks whole posts under dated headers,
/// but its posts are long; a forum or Q&A page is its thread, with no article before it.
/// All of them stay.
///
/// The comment form's fields go too (`Name *`, `Email (will not be published)`, `Website`):
/// two different labels or more, each alone on its line, a few lines apart, one marked as
/// forms mark their fields. They go with
/// [`ContentModel::keep_comments`](crate::ContentModel::keep_comments) too: a form is no
/// reader's comment.
///
/// ```
/// use textsieve::{CleanerBuilder, CommentThread};
/// let cleaner = CleanerBuilder::empty().rule(CommentThread::default()).build()?;
/// let article = "The council voted on Tuesday to expand the bus network, adding eleven routes across the city and a night service on weekends.\n".repeat(3);
/// let thread = "Anna says:\nOctober 15, 2012 at 6:24 am\nFinally some night buses for the east side.\nReply\n\
///               Omar says:\nOctober 15, 2012 at 7:02 am\nIt took them long enough, but good news.\nReply\n\
///               Lena says:\nOctober 16, 2012 at 9:40 pm\nWill the route run past the hospital?\nReply\n";
/// assert_eq!(cleaner.clean(&format!("{article}{thread}")), article);
/// let form = "Leave a Reply\nName *\nEmail *\nWebsite\n";
/// assert_eq!(cleaner.clean(&format!("{article}{form}")), format!("{article}Leave a Reply\n"));
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CommentThread;

/// What a short line is to the thread finder.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    /// A comment action alone on a line (`Reply`).
    Action,
    /// A comment header: who wrote and when.
    Header {
        verb: bool,
    },
    /// A header that closes its comment (`Wilson A. | November 9, 2012 | Reply`): the comment
    /// is above it.
    Footer,
}

fn mark(line: &Line<'_>) -> Mark {
    if line.is_blank() || line.words() > MAX_HEADER_WORDS {
        return Mark::None;
    }
    // A key has no white space at either end (see `fold`): no trim needed.
    let key = line.key();
    if is_action(key) {
        return Mark::Action;
    }
    let verb = ends_with_verb(key);
    if verb {
        return Mark::Header { verb };
    }
    // A stamp with a name or a separator beside it: `Anna | 2 hours ago`, `by Omar on May
    // 3, 2012 at 4:14 pm`. A sentence with a year in it ends with a full stop. The counts
    // are checked before the text is searched: most lines fail them.
    if line.words() > MAX_STAMP_HEADER_WORDS || line.ends_with_period() {
        return Mark::None;
    }
    if is_shaped(line.text().trim(), key) && has_stamp(line) {
        if REPLY_LINK.is_match(key) {
            return Mark::Footer;
        }
        return Mark::Header { verb: false };
    }
    Mark::None
}

/// Whether a line may hold a stamp beside a name: it opens with a capital, or holds `|`,
/// `•` or `/`, or ` on `, ` at `, ` by ` or ` - ` in its key (`1. Ann - Leeds - May 3,
/// 2012`). The cheapest test first, and each in one pass over the bytes (a search per word
/// built a searcher for each line); the tests keep the plain form as its twin.
fn is_shaped(text: &str, key: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
        || memchr::memchr2(b'|', b'/', text.as_bytes()).is_some()
        || text.contains('•')
        || key
            .as_bytes()
            .windows(b" on ".len())
            .any(|w| matches!(w, b" on " | b" at " | b" by ") || w.starts_with(b" - "))
}

/// The line's separators and digits, with runs of digits as one `0`: the shape that
/// headers of one thread share whatever the commenter's name (`Wayne C. Rogers`, `Mia`) and
/// the date.
fn shape(line: &Line<'_>) -> String {
    let mut out = String::new();
    for c in line.text().chars() {
        if c.is_numeric() {
            if !out.ends_with('0') {
                out.push('0');
            }
        } else if matches!(
            c,
            '|' | '•' | '·' | '/' | ':' | ',' | '-' | '–' | '—' | '@' | '#' | '(' | ')' | '[' | ']'
        ) {
            out.push(c);
        }
    }
    out
}

fn median(mut values: Vec<usize>) -> usize {
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or(0)
}

/// Prose words of a line (see [`Line::is_prose`]).
fn prose_units(line: &Line<'_>) -> usize {
    if line.is_prose() {
        line.units()
    } else {
        0
    }
}

/// Running sums over the page's lines, so that every candidate thread weighs the text
/// before and inside it in constant time (a page can hold many header shapes).
struct Sums {
    /// `units[i]`: words of the lines before line `i`.
    units: Vec<usize>,
    /// `prose[i]`: prose words of the lines before line `i`.
    prose: Vec<usize>,
    /// `verb_headers[i]`: headers ending in a commenter's verb, of any shape, before line `i`.
    verb_headers: Vec<usize>,
    /// `stamp_headers[i]`: headers by their stamp, of any shape, before line `i`.
    stamp_headers: Vec<usize>,
}

impl Sums {
    fn new(doc: &Doc<'_>, marks: &[Mark]) -> Sums {
        // A sum per line and one before the first: sized once, not grown line by line.
        let zero = || {
            let mut sums = Vec::with_capacity(doc.len() + 1);
            sums.push(0);
            sums
        };
        let mut sums = Sums {
            units: zero(),
            prose: zero(),
            verb_headers: zero(),
            stamp_headers: zero(),
        };
        let (mut units, mut prose, mut verb_headers, mut stamp_headers) = (0, 0, 0, 0);
        for line in doc.lines() {
            units += line.units();
            prose += prose_units(&line);
            let mark = marks[line.index()];
            verb_headers += usize::from(mark == Mark::Header { verb: true });
            stamp_headers += usize::from(mark == Mark::Header { verb: false });
            sums.units.push(units);
            sums.prose.push(prose);
            sums.verb_headers.push(verb_headers);
            sums.stamp_headers.push(stamp_headers);
        }
        sums
    }
}

/// What the lines of one candidate thread share.
#[derive(PartialEq, Eq, Hash)]
enum Group<'k> {
    /// Headers (or footers) of one shape (see [`shape`]).
    Shape(String),
    /// One action line (`Reply`, `Report Post »`), by its key: each comment's action line
    /// closes it, so a run of one action spaced like comments is a thread's skeleton, as
    /// headers of one shape are.
    Action(&'k str),
    /// Commenters' names alone on their lines, under a heading that counts them (see
    /// [`name_threads`]).
    Names,
}

/// The page's threads: for every header shape that recurs, the run of lines it spans, if
/// that run reads as a thread (see [`CommentThread`]), with its number of comments. A page
/// may hold several (a thread per article on a blog's page, replies in another shape); all
/// are found at once, so that a second pass finds none left.
fn threads(doc: &Doc<'_>) -> Vec<Thread> {
    let marks: Vec<Mark> = doc.lines().map(|l| mark(&l)).collect();
    let mut groups: HashMap<Group<'_>, Vec<usize>> = HashMap::new();
    for line in doc.lines() {
        let group = match marks[line.index()] {
            Mark::Header { .. } | Mark::Footer => Group::Shape(shape(&line)),
            Mark::Action => Group::Action(line.key()),
            Mark::None => continue,
        };
        groups.entry(group).or_default().push(line.index());
    }
    // In page order (each line belongs to one group, so the header lists differ): threads
    // over the same lines from two groups then come out in the same order on every run, and
    // so do the reports' reasons, which a map's own order would shuffle.
    let mut groups: Vec<(Group<'_>, Vec<usize>)> = groups.into_iter().collect();
    groups.sort_unstable_by(|a, b| a.1.cmp(&b.1));
    // Built when a group first has headers enough for a thread: most pages have none.
    let mut sums: Option<Sums> = None;
    let mut headings: Option<Vec<usize>> = None;
    let mut found: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    for (group, headers) in &groups {
        if headers.len() < MIN_HEADERS {
            found.extend(small_thread(doc, &marks, headers));
            continue;
        }
        let sums = sums.get_or_insert_with(|| Sums::new(doc, &marks));
        if let Some(thread) = thread(doc, &marks, sums, group, headers) {
            found.push(thread);
            continue;
        }
        // Lines of the thread's shape may come before its heading: the post's own dateline
        // (`November 5, 2012`) or pingbacks above `{ 12 comments… }`. The thread is then
        // the headers after the heading.
        let headings = headings.get_or_insert_with(|| {
            doc.lines()
                .filter(is_comment_heading)
                .map(|line| line.index())
                .collect()
        });
        let (Some(&first), Some(&last)) = (headers.first(), headers.last()) else {
            continue;
        };
        // The first heading below the first header (the list is in page order: a search,
        // not a scan, keeps many groups on a page linear).
        let Some(&heading) = headings
            .get(headings.partition_point(|&h| h <= first))
            .filter(|&&h| h < last)
        else {
            continue;
        };
        let after = &headers[headers.partition_point(|&i| i < heading)..];
        if after.len() >= MIN_HEADERS {
            found.extend(thread(doc, &marks, sums, group, after));
        }
    }
    // Names need a heading that counts them, and a count is digits: only lines with a digit
    // are asked whether they are a heading, unless every line was asked above.
    let counted: Vec<usize> = match &headings {
        Some(all) => all
            .iter()
            .copied()
            .filter(|&h| doc.line(h).is_some_and(|line| line.digits() > 0))
            .collect(),
        None => doc
            .lines()
            .filter(|line| line.digits() > 0 && is_comment_heading(line))
            .map(|line| line.index())
            .collect(),
    };
    // Headings over a thread found by its headers' shape or actions are done. Both lists in
    // page order, one sweep: the threads that start at or before a heading, and the furthest
    // any of them reaches.
    found.sort_by_key(|(lines, _)| (lines.start, lines.end));
    let (mut next, mut reach) = (0, 0);
    let mut open = Vec::new();
    for &heading in &counted {
        while let Some((lines, _)) = found.get(next).filter(|(l, _)| l.start <= heading) {
            reach = reach.max(lines.end);
            next += 1;
        }
        if reach <= heading {
            open.push(heading);
        }
    }
    let mut threads: Vec<Thread> = found
        .into_iter()
        .map(|(lines, comments)| Thread {
            lines,
            comments,
            sure: true,
        })
        .collect();
    threads.extend(name_threads(doc, &marks, &mut sums, &open));
    threads.sort_by_key(|t| (t.lines.start, t.lines.end));
    threads
}

/// A run of lines found to be a thread, with its number of comments, and whether the rule is
/// sure of it or leaves it to the line model: names alone on their lines look like a post's
/// subheadings (see [`name_threads`]).
#[derive(Debug, PartialEq, Eq)]
struct Thread {
    lines: std::ops::Range<usize>,
    comments: usize,
    sure: bool,
}

/// Whether a line can be a commenter's name alone on its line (`Gibbo`, `Paul H. Byerly`,
/// `NFreak007`): a few words that are no sentence, no other mark of a thread, and no item of
/// a numbered or bulleted list.
fn is_bare_name(line: &Line<'_>, mark: Mark) -> bool {
    mark == Mark::None
        && !line.is_blank()
        && line.words() <= MAX_NAME_WORDS
        && !line.is_prose()
        && !line
            .text()
            .trim_start()
            .starts_with(|c: char| c.is_numeric() || matches!(c, '-' | '*' | '•' | '·'))
        && !line
            .last_char()
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '؟'))
}

/// Threads whose headers are the commenters' names alone on their lines (`Gibbo`, the
/// comment, `Robert`, the comment: themes that print the date elsewhere or not at all), under
/// a heading that counts them (`{ 131 comments }`, `19 Responses`). A name has no shape of its
/// own, so only such a heading vouches for the names: right above the first, with an article
/// above it, counting about as many comments as there are names, with less prose after it
/// than in it. A run of short lines with no text between (a name and its date, a form's
/// fields) counts as one name. Even so, a post's subheadings under its comment count read the
/// same, so these threads are evidence for the line model (see [`Thread`]).
///
/// Each heading's names are looked for up to the next heading, so every line is read for one
/// heading at most; only the lines read are asked whether they are a heading.
fn name_threads(
    doc: &Doc<'_>,
    marks: &[Mark],
    sums: &mut Option<Sums>,
    headings: &[usize],
) -> Vec<Thread> {
    let mut found = Vec::new();
    for (k, &heading) in headings.iter().enumerate() {
        let counted = doc
            .line(heading)
            .and_then(|line| comment_count(line.key()))
            .is_some_and(|count| count >= MIN_HEADERS);
        if !counted {
            continue;
        }
        let sums = sums.get_or_insert_with(|| Sums::new(doc, marks));
        if sums.prose[heading] < MIN_ARTICLE_WORDS {
            continue;
        }
        let stop = headings.get(k + 1).copied().unwrap_or(doc.len());
        let (mut names, mut previous, mut in_run) = (Vec::new(), heading, false);
        for line in (heading + 1..stop).filter_map(|index| doc.line(index)) {
            let index = line.index();
            if index - previous > MAX_MEDIAN_GAP {
                break;
            }
            if line.is_blank() {
                continue;
            }
            // Up to the next heading of any kind (`Leave a Reply` over the form).
            if is_comment_heading(&line) {
                break;
            }
            let name = is_bare_name(&line, marks[index]);
            if name && !in_run {
                names.push(index);
                previous = index;
            }
            in_run = name;
        }
        let near = names
            .first()
            .is_some_and(|&first| first - heading <= HEADING_REACH);
        if !near || names.len() < MIN_HEADERS {
            continue;
        }
        // Comments close a page: more prose after the run than in it is the rest of the
        // page (the next article of a digest, after its `Comments (3 posted)` link and under
        // its short subheadings), not the end of a thread.
        let last_prose = |(lines, _): &(std::ops::Range<usize>, usize)| {
            let inside = sums.prose[lines.end] - sums.prose[lines.start];
            sums.prose[doc.len()] - sums.prose[lines.end] <= inside
        };
        found.extend(
            thread(doc, marks, sums, &Group::Names, &names)
                .filter(last_prose)
                .map(|(lines, comments)| Thread {
                    lines,
                    comments,
                    sure: false,
                }),
        );
    }
    found
}

/// The thread spanned by `headers` (line indices of one `group`, in order), if it is one.
fn thread(
    doc: &Doc<'_>,
    marks: &[Mark],
    sums: &Sums,
    group: &Group<'_>,
    headers: &[usize],
) -> Option<(std::ops::Range<usize>, usize)> {
    let gaps: Vec<usize> = headers.windows(2).map(|w| w[1] - w[0]).collect();
    let gap = median(gaps.clone());
    let regular_gap = REGULAR_GAP_FACTOR * gap + GAP_SLACK;
    // Regular: two gaps in three within four times the median.
    let regular = REGULAR_SHARE.reached(
        gaps.iter().filter(|&&g| g <= regular_gap).count(),
        gaps.len(),
    );
    if gap > MAX_MEDIAN_GAP || !regular {
        return None;
    }
    // The run ends where its spacing breaks into a post: a last `Reply` a thousand words
    // below the one before it closes the author's answer that the page goes on with, not a
    // reader's comment.
    let mut headers = headers;
    while let [.., before, last] = *headers {
        if last - before <= regular_gap
            || sums.units[last] - sums.units[before] <= MAX_LAST_COMMENT_WORDS
        {
            break;
        }
        headers = &headers[..headers.len() - 1];
    }
    if headers.len() < MIN_HEADERS {
        return None;
    }
    let (&first, &last) = (headers.first()?, headers.last()?);
    let verbs = headers
        .iter()
        .filter(|&&i| matches!(marks[i], Mark::Header { verb: true } | Mark::Footer))
        .count();
    let closing = matches!(group, Group::Action(_))
        || headers
            .iter()
            .filter(|&&i| marks[i] == Mark::Footer)
            .count()
            * 2
            > headers.len();
    let actions = marks[first..=last]
        .iter()
        .filter(|&&m| m == Mark::Action)
        .count();
    // A heading vouches for headers that carry a full stamp (`October 23rd, 2012 1:37 pm`,
    // two runs of digits or more): headlines under it that name a year (`Five ways to
    // invest in 2015`) are teasers, not comments. A heading that counts about as many
    // comments as there are headers (`46 Comments` over 46 headers) vouches for any: it
    // names this page's comment section, where a bare `Comments` may be a menu's link.
    let heading = heading_before(doc, first, 2 * gap + HEADING_REACH);
    let counted = heading
        .and_then(|h| doc.line(h))
        .and_then(|line| comment_count(line.key()))
        .is_some_and(|count| {
            count <= COUNT_FACTOR * headers.len() && headers.len() <= COUNT_FACTOR * count
        });
    let stamped = matches!(group, Group::Shape(shape)
        if shape.matches('0').count() >= MIN_STAMP_DIGIT_RUNS);
    let heading = heading.filter(|_| counted || stamped);
    if verbs < MIN_VERBS_OR_ACTIONS && actions < MIN_VERBS_OR_ACTIONS && heading.is_none() {
        return None;
    }
    // Verbs alone, in a short run with no time stamp, no action line and no heading, are an
    // author quoting readers and answering them (`Anna wrote:` / `Various people wrote:`, each
    // followed by the author's reply): a comment section prints a stamp, a reply link or a
    // heading somewhere, or runs long.
    let stamps = marks[first..=last]
        .iter()
        .filter(|&&m| matches!(m, Mark::Header { verb: false } | Mark::Footer))
        .count();
    if stamps == 0 && actions == 0 && heading.is_none() && headers.len() < MIN_BARE_VERB_HEADERS {
        return None;
    }
    let sizes: Vec<usize> = headers
        .windows(2)
        .map(|w| {
            let comments = match marks[w[0]] {
                Mark::Header { verb: true } => sums.verb_headers[w[1]] - sums.verb_headers[w[0]],
                Mark::Header { verb: false } => sums.stamp_headers[w[1]] - sums.stamp_headers[w[0]],
                _ => 1,
            }
            .max(1);
            (sums.units[w[1]] - sums.units[w[0]]) / comments
        })
        .collect();
    if median(sizes) > MAX_MEDIAN_COMMENT_WORDS {
        return None;
    }
    // The last comment: as many lines as a comment usually takes, and an action line
    // right after it; or, where headers (or actions) close their comments, the first comment
    // above the first header.
    let (first, mut end) = if closing {
        // Not above the comment heading: with a comment that has no action line the median
        // gap overstates the first comment and would reach into the article.
        let reach = first.saturating_sub(gap - 1);
        (heading.map_or(reach, |h| reach.max(h)), last + 1)
    } else {
        (first, (last + gap.max(1)).min(doc.len()))
    };
    if !counted && sums.prose[heading.unwrap_or(first).min(first)] < MIN_ARTICLE_WORDS {
        return None;
    }
    while end < doc.len() && matches!(marks[end], Mark::Action) {
        end += 1;
    }
    // The first comment's other header line (`Anna says:` above its date) and the comment
    // heading right before it (`12 Comments`).
    let mut start = heading.unwrap_or(first).min(first);
    while let Some(prev) = start.checked_sub(1).and_then(|i| doc.line(i)) {
        let header = !closing && matches!(marks[prev.index()], Mark::Header { .. });
        if prev.is_blank()
            || header
            || (prev.words() <= MAX_COMMENT_LINE_WORDS && prev.key().contains("comment"))
        {
            start -= 1;
        } else {
            break;
        }
    }
    Some((start..end, headers.len()))
}

/// A thread of one or two comments (`headers`, of one group), under a heading that counts
/// exactly them (`2 Comments`, `1 Response to “…”`) right above the first: too few headers
/// for their spacing to show a thread, but the page says how many comments it holds. The
/// thread runs from the heading to the last comment's end: its header when headers close
/// their comments, else its action line (`Reply`), or its last paragraph of prose before the
/// comment form.
fn small_thread(
    doc: &Doc<'_>,
    marks: &[Mark],
    headers: &[usize],
) -> Option<(std::ops::Range<usize>, usize)> {
    let (&first, &last) = (headers.first()?, headers.last()?);
    let heading = heading_before(doc, first, HEADING_REACH)?;
    let count = comment_count(doc.line(heading)?.key())?;
    if count != headers.len() {
        return None;
    }
    // Headers that close their comments (`Posted by jenn | November 6, 2012 1:04 PM`, the
    // first comment's text between the heading and its header) end the thread. A number
    // alone there is the comment's place in the thread (`1`), not its text.
    let closing = (heading + 1..first)
        .any(|i| marks[i] == Mark::None && doc.line(i).is_some_and(|l| l.letters() > 0));
    if closing || matches!(marks[last], Mark::Footer) {
        return Some((heading..last + 1, headers.len()));
    }
    // The last comment: its other header lines (a date under the name), its first
    // paragraph, and the prose paragraphs after it, up to its action line or to the first
    // line after a blank that is not prose (the comment form's `Leave a Reply`, `Name`), at
    // most a comment's length.
    let mut end = last + 1;
    let (mut text, mut after_blank) = (false, false);
    while end < doc.len() && end - last <= MAX_MEDIAN_GAP {
        let line = doc.line(end)?;
        match marks[end] {
            Mark::Action => {
                end += 1;
                break;
            }
            // The next comment's header, or a header-like line after the text.
            Mark::Header { .. } | Mark::Footer if text => break,
            // The comment's other header lines (its date under the name).
            Mark::Header { .. } | Mark::Footer => {}
            Mark::None if line.is_blank() => after_blank = true,
            Mark::None if text && after_blank && !line.is_prose() => break,
            Mark::None => (text, after_blank) = (true, false),
        }
        end += 1;
    }
    // Not the blank lines after it.
    while end > last + 1 && doc.line(end - 1).is_some_and(|l| l.is_blank()) {
        end -= 1;
    }
    Some((heading..end, headers.len()))
}

/// The line of a comment section's heading at most `reach` lines above line `first`, with
/// no more prose between than one comment holds: `Comments`, `156 Responses to “Shuteye”`.
/// (A `Comments (3)` link under a byline is further up, with the article between.)
fn heading_before(doc: &Doc<'_>, first: usize, reach: usize) -> Option<usize> {
    let mut between = 0;
    for index in (first.saturating_sub(reach)..first).rev() {
        let line = doc.line(index)?;
        if is_comment_heading(&line) {
            return Some(index);
        }
        between += prose_units(&line);
        if between > MAX_MEDIAN_COMMENT_WORDS {
            return None;
        }
    }
    None
}

/// The count a comment heading carries: a spelled count that opens it (`One Response to
/// “Top 10 tips”` counts one, not ten), else its first number, in ASCII or Arabic-Indic
/// digits (`46 Comments`, `Reader Comments (14)`, `{ 17 comments… read them below }`).
fn comment_count(key: &str) -> Option<usize> {
    let first_word = key.split(|c: char| !c.is_alphanumeric()).next()?;
    if let Some(&(_, count)) = SPELLED_COUNTS.iter().find(|(word, _)| *word == first_word) {
        return Some(count);
    }
    let start = key.find(|c| digit(c).is_some())?;
    let rest = &key[start..];
    number(&rest[..rest.find(|c| digit(c).is_none()).unwrap_or(rest.len())])
}

/// A comment section's heading: a comment marker alone (`Comments`, `12 Comments`), or
/// opening a short line after its count (`{ 53 comments… read them below or add one }`,
/// `20 Comments Post a comment`), or the count before the post's title that `WordPress`
/// themes print (`156 Responses to “Shuteye”`, `12 thoughts on …`).
fn is_comment_heading(line: &Line<'_>) -> bool {
    if line.words() > MAX_HEADING_WORDS {
        return false;
    }
    let key = line.key();
    if opens_with_responses(key) || is_heading(&HEADINGS, line) {
        return true;
    }
    opening_marker(&HEADINGS, line).is_some()
}

impl Rule for CommentThread {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        for Thread {
            lines,
            comments,
            sure,
        } in threads(doc)
        {
            let (Some(first), Some(last)) = (doc.line(lines.start), doc.line(lines.end - 1)) else {
                continue;
            };
            let span = first.span().start..last.span_with_break().end;
            let reason = Reason::Comments { comments };
            out.push(if sure {
                Removal::new(span, ID, reason)
            } else {
                Removal::evidence(span, ID, reason)
            });
        }
        for form in comment_form::forms(doc, &FORM_FIELDS) {
            let fields = form.len();
            out.extend(
                form.iter()
                    .filter_map(|&i| doc.line(i))
                    .map(|line| Removal::line(&line, ID, Reason::CommentForm { fields })),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_shaped`] as plainly as it reads.
    fn naive_shaped(text: &str, key: &str) -> bool {
        text.contains(['|', '•', '/'])
            || [" on ", " at ", " by "].iter().any(|w| key.contains(w))
            // ` - ` with a byte after it: a line ending in ` - ` has no stamp after it.
            || key.match_indices(" - ").any(|(at, _)| at + 4 <= key.len())
            || text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Trimmed keys of short lines, with the actions, verbs and comment-count openers among
    /// other words, brackets and the marks that may close a header.
    fn short_key_strategy() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let words: Vec<&str> = COMMENT_ACTIONS
            .iter()
            .chain(COMMENTER_VERBS.iter())
            .chain(COMMENT_TITLE_OPENERS.iter())
            .copied()
            .chain([
                "anna", "may", "2012", "6:24", "6:24pm", "3", "٣", "hours", "ago", "منذ", "news",
                "قال", "x", "é", "one", "no", "none", "ein", "eine", "einen", "keine", "12",
            ])
            // Digits of other scripts, and a sign that folds to digits (`㏠`, `1日`).
            .chain(["١٢:٣٠", "٢٠١٢", "２０１２", "㏠", "²"])
            .collect();
        let word = prop::sample::select(words);
        let glue = prop::sample::select(vec![
            " ", "", "[", "]", "(", ")", ":", ",", "...", "…", "#", "»", "›", "↓", "|", ". ",
        ]);
        prop::collection::vec((glue.clone(), word, glue), 0..4).prop_map(|parts| {
            let key: String = parts
                .into_iter()
                .map(|(a, w, b)| [a, w, b].concat())
                .collect();
            key.trim().to_owned()
        })
    }

    proptest::proptest! {
        #[test]
        fn byte_checks_change_no_match(key in short_key_strategy()) {
            proptest::prop_assert_eq!(is_action(&key), ACTION.regex().is_match(&key), "{:?}", key);
            proptest::prop_assert_eq!(ends_with_verb(&key), VERB.regex().is_match(&key), "{:?}", key);
            let doc = Doc::new(&key);
            if let Some(line) = doc.lines().next() {
                proptest::prop_assert_eq!(has_stamp(&line), STAMP.is_match(line.key()), "{:?}", key);
            }
            proptest::prop_assert_eq!(opens_with_responses(&key), RESPONSES.is_match(&key), "{:?}", key);
        }

        /// The gates pass every key their patterns match (the checks above ask a pattern
        /// its gate only until it is built).
        #[test]
        fn gates_pass_every_match(key in short_key_strategy()) {
            if ACTION.regex().is_match(&key) {
                proptest::prop_assert!(opens_with_action_word(&key), "{:?}", key);
            }
            if VERB.regex().is_match(&key) {
                proptest::prop_assert!(ends_with_verb_word(&key), "{:?}", key);
            }
            if REPLY_LINK.regex().is_match(&key) {
                proptest::prop_assert!(ends_with_action_word(&key), "{:?}", key);
            }
        }
    }

    #[test]
    fn byte_checks_pass_every_action_and_verb() {
        for action in COMMENT_ACTIONS {
            for key in [
                action.to_string(),
                format!("[{action}]"),
                format!("({action}) #"),
                format!("{action} »"),
                format!("[{action}]›"),
                format!("{action} ↓"),
            ] {
                assert!(is_action(&key), "{key:?}");
                assert!(opens_with_action_word(&key), "{key:?}");
            }
            let link = format!("anna | may 3 | {action} #");
            assert!(ends_with_action_word(&link), "{link:?}");
        }
        for action in reply_actions() {
            let link = format!("anna | may 3 | {action} #");
            assert!(REPLY_LINK.regex().is_match(&link), "{link:?}");
        }
        for verb in COMMENTER_VERBS {
            assert!(ends_with_verb(&format!("anna {verb}:")), "{verb:?}");
            assert!(ends_with_verb_word(&format!("anna {verb}:")), "{verb:?}");
            // An Arabic verb needs the `:`.
            for key in [
                format!("bob {verb}..."),
                format!("mia {verb} …"),
                format!("li {verb}"),
            ] {
                assert_eq!(ends_with_verb(&key), VERB.regex().is_match(&key), "{key:?}");
                assert!(ends_with_verb_word(&key), "{key:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn is_shaped_matches_naive_twin(
            text in "[ a-zA-Zbnot|/•É\u{600}-\u{610}]{0,30}",
            key in "[- abnoty|/•\u{600}-\u{610}]{0,30}",
        ) {
            proptest::prop_assert_eq!(is_shaped(&text, &key), naive_shaped(&text, &key));
        }
    }

    const PARA: &str = "The council voted on Tuesday to expand the bus network, adding eleven routes across the city and a night service.\n";

    /// The first thread the rule removes from `input` (comment forms aside).
    fn removed(input: &str) -> Option<String> {
        let doc = Doc::new(input);
        let mut out = Vec::new();
        CommentThread.find(&doc, &mut out);
        out.iter()
            .find(|r| matches!(r.reason, Reason::Comments { .. }))
            .map(|r| input[r.span.clone()].to_owned())
    }

    #[test]
    fn a_comment_form_goes_with_its_fields() {
        let form = "Leave a Reply\nName *\nEmail *\n";
        let page = format!("{}{form}", article());
        let doc = Doc::new(&page);
        let mut out = Vec::new();
        CommentThread.find(&doc, &mut out);
        let gone: Vec<(&str, String)> = out
            .iter()
            .map(|r| (&page[r.span.clone()], r.reason.to_string()))
            .collect();
        assert_eq!(
            gone,
            [
                ("Name *\n", "comment form (2 fields)".to_owned()),
                ("Email *\n", "comment form (2 fields)".to_owned())
            ]
        );
    }

    fn article() -> String {
        PARA.repeat(3)
    }

    #[test]
    fn threads_come_out_in_the_same_order_every_time() {
        // The headers and the `Reply` lines make two threads over the same lines, counting
        // four and three comments (Ben's has no `Reply`). Each call builds its groups afresh,
        // and a hash map's order would change between calls.
        let page = article()
            + "4 Comments\nAnna says:\nGreat news for the east side.\nReply\n\
               Ben says:\nAbout time they did it.\nCara says:\nWill it run past the hospital?\n\
               Reply\nDan says:\nAnd on Sundays too, I hope.\nReply\n";
        let doc = Doc::new(&page);
        let first = threads(&doc);
        assert_eq!(first.len(), 2, "{first:?}");
        // Both start at the heading (line 3): the `Reply` lines' median gap, stretched by
        // Ben's comment, would reach into the article's last paragraph.
        assert_eq!(first[0].lines, 3..15, "{first:?}");
        assert_eq!(first[0].lines, first[1].lines, "{first:?}");
        assert_ne!(first[0].comments, first[1].comments, "{first:?}");
        for _ in 0..32 {
            assert_eq!(threads(&Doc::new(&page)), first);
        }
    }

    /// (case name, thread appended to an article, whether it goes)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "wordpress-says",
            "3 Comments\nAnna says:\nOctober 15, 2012 at 6:24 am\nGreat news.\nReply\nOmar says:\nOctober 15, 2012 at 7:02 am\nAbout time.\nReply\nLena says:\nOctober 16, 2012 at 9:40 pm\nWill it run past the hospital?\nReply\n",
            true,
        ),
        (
            "pipe-headers-after-body",
            "Great news for the east side.\nWilson A. | November 9, 2012 3:03 AM | Reply\nAbout time they did it.\nWayne C. Rogers | November 9, 2012 7:23 AM | Reply\nWill it run past the hospital?\nMia | November 10, 2012 9:13 PM | Reply\n",
            true,
        ),
        (
            "relative-stamps-and-reply",
            "MA Sullivan • 2 weeks ago\nGreat news.\nReply\nMsElmeno • 2 weeks ago\nAbout time.\nReply\nDee Rothman • 3 weeks ago\nWill it run past the hospital?\nReply\n",
            true,
        ),
        (
            "wordpress-responses-heading-and-dated-names",
            "156 Responses to “Night buses”\nHeather on October 23rd, 2012 1:37 pm\nGreat news for the east side.\nKate on October 23rd, 2012 1:38 pm\nAbout time they did it.\nJenn on October 23rd, 2012 2:05 pm\nWill it run past the hospital?\n",
            true,
        ),
        (
            "typepad-heading-and-closing-posted-by",
            "Comments\nYou can follow this conversation by subscribing to the comment feed for this post.\nGreat news for the east side.\nPosted by: Bob James | October 30, 2012 at 08:58 AM\nAbout time they did it.\nPosted by: Samantha Stone | October 30, 2012 at 09:12 AM\nWill it run past the hospital?\nPosted by: David Scott | October 30, 2012 at 10:00 AM\n",
            true,
        ),
        (
            "thesis-count-heading",
            "{ 3 comments… read them below or add one }\nTim Worstall 11.06.12 at 11:06 am\nGreat news for the east side.\nohreally 11.06.12 at 11:22 am\nAbout time they did it.\nMia 11.07.12 at 08:01 am\nWill it run past the hospital?\n",
            true,
        ),
        (
            "reply-after-a-full-stop-closes",
            "Great news for the east side.\nby Eric Kennedy on November 9, 2010 at 6:10 am. Reply #\nAbout time they did it.\nby randfish on November 9, 2010 at 8:23 am. Reply #\nWill it run past the hospital?\nby Mia on November 10, 2010 at 9:13 pm. Reply #\n",
            true,
        ),
        (
            "said-with-a-comma",
            "Progress Trap said,\nOctober 3, 2012 at 9:14 am\nGreat news for the east side.\nJacob said,\nOctober 3, 2012 at 10:02 am\nAbout time they did it.\nNikos said,\nOctober 4, 2012 at 8:40 pm\nWill it run past the hospital?\n",
            true,
        ),
        (
            "action-lines-close-comments",
            "Tyler Stambaugh\nDo you think anyone will show up to move the supplies?\nReply to this\nChamps\nThere is one bike blog that documents luxury trips.\nReply to this\nByron\nNice of you to pay so much attention.\nReply to this\n",
            true,
        ),
        (
            "heading-and-report-lines",
            "Comments (3)\nbroper\nEgads, they are from my home state.\nReport Post »\nmtcountrygrl\nStay out of my bedroom, but pay for it.\nReport Post »\nOniKaze\nIf you would like to move to Indiana, do so.\nReport Post »\n",
            true,
        ),
        (
            "numbered-headers-with-dashes",
            "Comments»\n1. Ann Lee - October 26, 2012\nGreat news.\n2. The Keeper - October 26, 2012\nAbout time.\n3. Mia - October 27, 2012\nWill it run past the hospital?\n",
            true,
        ),
        (
            "clock-times-glued-to-am-pm",
            "Great news for the east side.\nAnna Berg | 6:24pm | Reply\nAbout time they did it.\nOmar Haddad | 7:02pm | Reply\nWill it run past the hospital?\nLena Vogel | 9:40am | Reply\n",
            true,
        ),
        (
            "many-bare-verb-headers",
            "Progress Trap said,\nGreat news for the east side.\nJacob said,\nAbout time they did it.\nNikos said,\nWill it run past the hospital?\nMia said,\nAnd on Sundays too.\nOmar said,\nFinally some night buses.\nLena said,\nThe levy is worth it.\n",
            true,
        ),
        (
            "readers-quoted-in-an-essay",
            "Anna wrote:\nSkins are a bad idea in any player.\nI agree, and here is why they are.\nVarious people wrote:\nYou should use the command line.\nSo I should drop the menus and memorize keys?\nSomeone else wrote:\nHave you tried another player?\nYes, and it plays very few formats.\n",
            false,
        ),
        (
            "timeline-of-glued-clock-times",
            "6:24pm: the first night bus leaves the depot.\n7:02pm: it reaches the station.\n9:40pm: the last bus of the evening sets off.\n",
            false,
        ),
        (
            "two-action-lines-only",
            "Tyler\nDo you think anyone will show up?\nReply\nChamps\nThere is one bike blog.\nReply\n",
            false,
        ),
        (
            "headlines-naming-a-year-under-a-comments-link",
            "Comments\nMore on transit\nFive ways to ride the bus in 2015\nThe routes to watch in 2015\nWhat the levy paid for in 2014\n",
            false,
        ),
        (
            "dated-lines-without-heading-verbs-or-actions",
            "Heather on October 23rd, 2012 1:37 pm\nGreat news for the east side.\nKate on October 23rd, 2012 1:38 pm\nAbout time they did it.\nJenn on October 23rd, 2012 2:05 pm\nWill it run past the hospital?\n",
            false,
        ),
        (
            "timeline-in-article",
            "March 3, 2012: the plan is drafted.\nMay 9, 2013: the council debates it for the first time.\nJune 1, 2014: the first route opens.\nJuly 4, 2015: the night service starts.\n",
            false,
        ),
        (
            "two-comments-only",
            "Anna says:\nOctober 15, 2012 at 6:24 am\nGreat news.\nReply\nOmar says:\nOctober 15, 2012 at 7:02 am\nAbout time.\nReply\n",
            false,
        ),
        (
            "sentence-with-says",
            "The mayor says the routes will open in May, and the council agrees with her.\nShe says:\nIt is overdue.\n",
            false,
        ),
    ];

    #[test]
    fn cases() {
        for (name, thread, goes) in CASES {
            let page = format!("{}{thread}", article());
            let got = removed(&page);
            assert_eq!(got.is_some(), *goes, "{name}: {got:?}");
            if *goes {
                assert_eq!(got.as_deref(), Some(*thread), "{name}");
            }
        }
    }

    /// Headers of two shapes take turns (`by Ann (1000) writes:`, `by Anonymous Coward
    /// writes:`): the text between two of one shape is two comments of some 100 words, not
    /// one of 200. (Bare verbs, with no stamp, action line or heading, need six headers.)
    #[test]
    fn headers_of_another_shape_between_split_the_comments() {
        let comment = PARA.repeat(5);
        let thread: String = (0..12)
            .map(|i| match i % 2 {
                0 => format!("by Ann ({}) writes:\n{comment}", 1000 + i),
                _ => format!("by Anonymous Coward writes:\n{comment}"),
            })
            .collect();
        let page = format!("{}{thread}", article());
        assert_eq!(removed(&page).as_deref(), Some(thread.as_str()));
        // Stamps between verb headers are not comments of their kind: a dated line inside a
        // long post does not split it.
        let posts: String = (0..12)
            .map(|i| match i % 2 {
                0 => format!("by Ann ({}) writes:\n{comment}", 1000 + i),
                _ => format!("Updated May {i}, 2012 at 4:1{i} pm\n{comment}"),
            })
            .collect();
        assert_eq!(removed(&format!("{}{posts}", article())), None);
    }

    #[test]
    fn blog_front_page_with_long_posts_stays() {
        let post = PARA.repeat(12);
        let page = format!(
            "Posted by jamie at 04:29 PM | Permalink\nOn buses\n{post}Posted by jamie at 03:54 PM | Permalink\nOn trams\n{post}Posted by jamie at 08:12 PM | Permalink\nReply\nOn trains\n{post}Reply\n"
        );
        assert_eq!(removed(&page), None);
    }

    /// The author's long answer after the last reader's `Reply` is the page going on, not a
    /// comment: the thread ends at the `Reply` before it.
    #[test]
    fn a_post_after_the_last_action_line_stays() {
        let comments = "Tyler\nDo you think anyone will show up?\nReply\nChamps\nThere is one bike blog.\nReply\nByron\nNice of you to pay attention.\nReply\nJeff\nI got very tired of it.\nReply\n";
        let answer = format!("Question: what next?\n{}Reply\n", PARA.repeat(40));
        let page = format!("{}{comments}{answer}", article());
        assert_eq!(removed(&page).as_deref(), Some(comments));
    }

    /// A page that is its thread, under no heading that counts its comments: a forum.
    #[test]
    fn forum_without_article_stays() {
        let thread = CASES[0].1.trim_start_matches("3 Comments\n");
        assert_eq!(removed(thread), None);
    }

    const DATED_COMMENTS: &str = "Heather on October 23rd, 2012 1:37 pm\nGreat news for the east side.\nKate on October 23rd, 2012 1:38 pm\nAbout time they did it.\nJenn on October 23rd, 2012 2:05 pm\nWill it run past the hospital?\nOmar on October 24th, 2012 9:12 am\nFinally.\n";

    /// Under a post of one line, a heading that counts the thread's comments vouches for it;
    /// a bare `Comments` link, or a count far from the comments shown, does not.
    #[test]
    fn a_counted_heading_finds_comments_under_a_short_post() {
        let post = "Photos from the opening of the night line.\n";
        let thread = format!("4 Comments\n{DATED_COMMENTS}");
        assert_eq!(removed(&format!("{post}{thread}")), Some(thread));
        for heading in ["Comments", "40 Comments"] {
            let page = format!("{post}{heading}\n{DATED_COMMENTS}");
            assert_eq!(removed(&page), None, "{heading}");
        }
    }

    #[test]
    fn one_or_two_comments_go_under_a_heading_that_counts_them() {
        let two = "Anna says:\nOctober 15, 2012 at 6:24 am\n\nFinally some night buses for the east side.\n\n\
            They should have come years ago.\n\nReply\nOmar says:\nOctober 15, 2012 at 7:02 am\n\n\
            It took them long enough, but this is good news for shift workers.\n\nReply\n";
        let form = "Leave a Reply\nName *\nEmail *\n";
        let thread = format!("2 Comments\n{two}");
        assert_eq!(
            removed(&format!("{}{thread}{form}", article())),
            Some(thread)
        );
        // A header that closes its comment ends the thread, before the comment form.
        let one = "Comments (1)\n\nThe new routes will help the east side a great deal, thank you for the \
            report.\n\nPosted by jenn | November 6, 2012 1:04 PM\n";
        assert_eq!(
            removed(&format!("{}{one}\n{form}", article())),
            Some(one.to_string())
        );
        // The comment's place in the thread above its header is no text of it.
        let numbered =
            "1 Response to “Night buses”\n1\nLena says:\nOctober 16, 2012 at 9:40 pm\n\nWill \
            the route run past the hospital?\n";
        assert_eq!(
            removed(&format!("{}{numbered}\n{form}", article())),
            Some(numbered.to_string())
        );
        // The last comment's paragraphs go on until a line after a blank that is not prose.
        let one =
            "1 Response to “Night buses”\nLena says:\nOctober 16, 2012 at 9:40 pm\n\nWill the route run past the \
            hospital?\n\nIt would save my mother an hour every week, and many others too.\n";
        assert_eq!(
            removed(&format!("{}{one}\n{form}", article())),
            Some(one.to_string())
        );
        // A count that does not match, no heading, or a heading further up: they stay.
        for page in [
            format!("{}5 Comments\n{two}{form}", article()),
            format!("{}{two}{form}", article()),
            format!("{}Comments (2)\nShare this story\nShare on Facebook\nShare on X\nPrint\nSave\n{two}", article()),
        ] {
            assert_eq!(removed(&page), None, "{page}");
        }
    }

    /// `WordPress` themes spell the singular out (`One Response to “…”`, `One thought on “…”`,
    /// `Ein Gedanke zu „…“`, `One Comment`), and a number in the post's title is no count
    /// (`One Response to “Top 10 night buses”` counts one); a spelled count that is not one
    /// (`No Comments`, `Keine Antworten`), or a count that does not open the heading, does
    /// not count the comment.
    #[test]
    fn a_spelled_count_counts_its_one_comment() {
        let comment = "Lena says:\nOctober 16, 2012 at 9:40 pm\n\nWill the route run past the \
            hospital?\n\nIt would save my mother an hour every week, and many others too.\n";
        let form = "Leave a Reply\nName *\nEmail *\n";
        for heading in [
            "One Response to “Night buses”",
            "One thought on “Night buses”",
            "One comment on “Night buses”",
            "One Comment",
            "Ein Gedanke zu „Nachtbusse“",
            "Eine Antwort auf „Nachtbusse“",
            "Ein Kommentar zu “Nachtbusse”",
            "One Response to “Top 10 night buses”",
        ] {
            let thread = format!("{heading}\n{comment}");
            assert_eq!(
                removed(&format!("{}{thread}\n{form}", article())),
                Some(thread),
                "{heading}"
            );
        }
        for heading in [
            "No Comments",
            "Keine Antworten auf „Nachtbusse“",
            "Top 1 Response",
        ] {
            let page = format!("{}{heading}\n{comment}\n{form}", article());
            assert_eq!(removed(&page), None, "{heading}");
        }
    }

    /// The post's own dateline has the comments' shape; the thread starts after the heading,
    /// and what is left holds no thread for a second pass.
    #[test]
    fn a_dateline_above_the_heading_stays() {
        let dateline = "Rick on October 20th, 2012 8:00 am\n";
        let thread = format!("4 Responses to “Night buses”\n{DATED_COMMENTS}");
        let page = format!("{dateline}{}{thread}", article());
        assert_eq!(removed(&page), Some(thread.clone()));
        assert_eq!(removed(&page.replace(&thread, "")), None);
    }

    /// Commenters' names alone on their lines, each over its comment.
    const NAMED_COMMENTS: &str = "Gibbo\n\nBrilliant, the new routes cover my street at last.\n\nRobert\n\n\
        Not seeing the night bus in the timetable yet. Coming later?\n\nLena Marsh\n\nIt will show up \
        within a week, the council said so on Tuesday.\n\nOmar\n\nThanks for the report.\n";

    #[test]
    fn names_alone_go_under_a_heading_that_counts_them() {
        let thread = format!("{{ 4 comments }}\n\n{NAMED_COMMENTS}");
        let page = format!("{}{thread}", article());
        assert_eq!(removed(&page), Some(thread.clone()));
        // What is left holds no thread for a second pass.
        assert_eq!(removed(&page.replace(&thread, "")), None);
        // The heading without the post's title counts them too.
        let thread = format!("4 Responses\n{NAMED_COMMENTS}");
        assert_eq!(removed(&format!("{}{thread}", article())), Some(thread));
    }

    /// Names alone look like a post's subheadings: the rule leaves them to the line model.
    #[test]
    fn names_alone_are_evidence() {
        let page = format!("{}{{ 4 comments }}\n\n{NAMED_COMMENTS}", article());
        let doc = Doc::new(&page);
        let mut out = Vec::new();
        CommentThread.find(&doc, &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].is_evidence());
    }

    /// A post whose comment count sits under its lead paragraph, with short subheadings
    /// between its paragraphs: the rule reports the subheadings as names, and the line model,
    /// sure they head prose, keeps every line.
    #[test]
    fn subheadings_under_a_comment_count_stay() {
        let page =
            "Night buses return to the east side\nThe council voted on Tuesday to expand the \
            night bus network, adding eleven routes that link the eastern districts with the \
            centre of the city, after a debate that lasted several hours and ended with a narrow \
            vote in favour of the plan put forward last spring by the mayor and her deputies on \
            the transport board.\n4 Comments\n\nThe routes\n\nThe first routes will run from the \
            harbour to the station every twenty minutes through the night, and two more will \
            follow in the summer.\n\nThe cost\n\nThe council expects the service to cost four \
            million a year, paid for by a new levy on parking in the centre.\n\nWhat comes next\n\n\
            A review in a year will decide whether more routes follow.\n";
        assert!(removed(page).is_some(), "the rule reports the subheadings");
        assert_eq!(crate::clean(page), page);
    }

    /// A name with short lines under it (where the commenter lives, a badge) counts once: the
    /// count names three comments, not nine.
    #[test]
    fn a_run_of_short_lines_is_one_name() {
        let thread = "{ 3 comments }\n\nAnna\nLeeds\nReader\n\nGreat news for the east side.\n\n\
            Bob\nYork\nReader\n\nAbout time they did it.\n\nCara\nHull\nReader\n\nFinally.\n";
        assert_eq!(
            removed(&format!("{}{thread}", article())).as_deref(),
            Some(thread)
        );
    }

    /// Items of a numbered or bulleted list, lines that end like a sentence or a label, and
    /// names that start far below the heading are no thread of names.
    #[test]
    fn list_items_labels_and_far_names_are_no_names() {
        let comments = [
            "Great news for the east side.",
            "About time they did it.",
            "Finally.",
        ];
        let with_names = |names: [&str; 3]| -> String {
            names
                .iter()
                .zip(comments)
                .map(|(name, comment)| [name, "\n\n", comment, "\n\n"].concat())
                .collect()
        };
        for names in [
            ["1 Anna", "2 Bob", "3 Cara"],
            ["- Anna", "- Bob", "- Cara"],
            ["Question one:", "Question two:", "Question three:"],
            ["Anna wins!", "Bob agrees.", "Cara asks?"],
        ] {
            let page = format!("{}{{ 3 comments }}\n\n{}", article(), with_names(names));
            assert_eq!(removed(&page), None, "{names:?}");
        }
        let far = format!(
            "{}{{ 3 comments }}\n\n{PARA}\n{PARA}\n{PARA}\n{}",
            article(),
            with_names(["Anna", "Bob", "Cara"])
        );
        assert_eq!(removed(&far), None);
    }

    /// Short lines between paragraphs are subheadings as often as names: without a heading
    /// that counts them, with no article above, or with more of the page after them than
    /// in them, they stay.
    #[test]
    fn names_alone_need_a_counted_heading_an_article_above_and_the_page_end() {
        for heading in ["Comments", "{ 40 comments }"] {
            let page = format!("{}{heading}\n\n{NAMED_COMMENTS}", article());
            assert_eq!(removed(&page), None, "{heading}");
        }
        let page = format!("Night buses\n{{ 4 comments }}\n\n{NAMED_COMMENTS}");
        assert_eq!(removed(&page), None);
        // A digest: each story ends with its comment count, and the next story's subheadings
        // alternate with its paragraphs.
        let story = "Release history\n\nThe project shipped two releases this year, one in April and one in \
            October, and each fixed more than a hundred bugs reported by its users.\n\nDevelopers\n\n\
            Most of the work came from a small group of volunteers and two companies.\n\nOutlook\n\n\
            The next release is planned for the spring.\n\nThanks\n\nThe editors thank the reviewers.\n";
        let page = format!(
            "{}Comments (4 posted)\n\n{story}{}",
            article(),
            article().repeat(2)
        );
        assert_eq!(removed(&page), None);
    }

    proptest::proptest! {
        #[test]
        fn comment_count_reads_any_count(count in 0usize..1_000_000, arabic in proptest::bool::ANY) {
            let digits = count.to_string();
            let written: String = if arabic {
                digits.chars().map(|d| char::from_u32(u32::from(d) - u32::from('0') + 0x660).unwrap_or(d)).collect()
            } else {
                digits
            };
            proptest::prop_assert_eq!(comment_count(&format!("{{ {written} comments… }}")), Some(count));
        }
    }

    #[test]
    fn comment_count_reads_the_first_number() {
        assert_eq!(comment_count("reader comments (14)"), Some(14));
        assert_eq!(comment_count("{ 131 comments }"), Some(131));
        assert_eq!(comment_count("\u{663}\u{662} تعليقا"), Some(32));
        assert_eq!(comment_count("comments"), None);
        assert_eq!(comment_count("one response to “top 10 tips”"), Some(1));
        assert_eq!(comment_count("ein gedanke zu „folge 70“"), Some(1));
        assert_eq!(comment_count("no comments"), Some(0));
        assert_eq!(comment_count("none of 3 comments"), Some(3));
        assert_eq!(comment_count("99999999999999999999999 comments"), None);
    }
}
