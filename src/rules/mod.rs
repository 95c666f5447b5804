//! The built-in rules, one module per family of boilerplate.

use std::sync::Arc;

use crate::doc::{Doc, Line};
use crate::phrases::{trim_decoration, PhraseSet};
use crate::rule::Rule;
use crate::script::{is_arabic_letter, is_latin_letter};

pub mod ad_marker;
pub mod article_region;
pub(crate) mod comment_form;
pub mod comment_thread;
pub mod end_of_article;
pub mod footer_links;
mod gated;
pub(crate) mod glued_tail;
pub mod heading_echo;
pub mod keyword_list;
pub mod page_chrome;
pub mod related_section;
pub mod table_of_contents;
mod teaser_list;
pub(crate) mod title;

pub use ad_marker::AdMarker;
pub use article_region::ArticleRegion;
pub use comment_thread::CommentThread;
pub use end_of_article::EndOfArticle;
pub use footer_links::FooterLinks;
pub use heading_echo::HeadingEcho;
pub use keyword_list::KeywordList;
pub use page_chrome::PageChrome;
pub use related_section::RelatedSection;
pub use table_of_contents::TableOfContents;

/// What a built-in rule reports: removals that are applied as they are, or evidence that
/// only the line model weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reports {
    Removals,
    Evidence,
}

/// One built-in rule. [`BUILTINS`] is the one list of them: the default cleaner, the ids the
/// line model weighs, [`CleanerBuilder::phrases`](crate::CleanerBuilder::phrases) (and so the
/// CLI's `--lexicon`) derive from it, and a test checks the rule tables of the README and of
/// the crate documentation against it. Adding a rule touches its own module and this list.
pub(crate) struct Builtin {
    pub(crate) id: &'static str,
    /// The rule's type, as the documentation tables name it.
    #[allow(dead_code)] // read by the test of the tables
    type_name: &'static str,
    #[allow(dead_code)] // read by the test of the tables
    reports: Reports,
    make: fn() -> Arc<dyn Rule>,
    /// The rule with its defaults and user phrases added, for the rules that take phrases.
    with_phrases: Option<WithPhrases>,
}

/// Makes a rule with its defaults and the given user phrases.
type WithPhrases = fn(&[&str]) -> Arc<dyn Rule>;

impl Builtin {
    /// The rule with its defaults and `phrases` added, if it takes phrases.
    pub(crate) fn with_phrases(&self, phrases: &[&str]) -> Option<Arc<dyn Rule>> {
        self.with_phrases.map(|make| make(phrases))
    }

    /// Whether the rule takes user phrases.
    pub(crate) fn takes_phrases(&self) -> bool {
        self.with_phrases.is_some()
    }
}

/// The built-in rules, in the order they run.
pub(crate) const BUILTINS: [Builtin; 10] = [
    Builtin {
        id: "ad-marker",
        type_name: "AdMarker",
        reports: Reports::Removals,
        make: || Arc::new(AdMarker::default()),
        with_phrases: Some(|phrases| {
            Arc::new(phrases.iter().fold(AdMarker::default(), |r, p| r.label(p)))
        }),
    },
    Builtin {
        id: "related-section",
        type_name: "RelatedSection",
        reports: Reports::Removals,
        make: || Arc::new(RelatedSection::default()),
        with_phrases: Some(|phrases| {
            Arc::new(
                phrases
                    .iter()
                    .fold(RelatedSection::default(), |r, p| r.heading(p)),
            )
        }),
    },
    Builtin {
        id: "keyword-list",
        type_name: "KeywordList",
        reports: Reports::Removals,
        make: || Arc::new(KeywordList::default()),
        with_phrases: Some(|phrases| {
            Arc::new(
                phrases
                    .iter()
                    .fold(KeywordList::default(), |r, p| r.label(p)),
            )
        }),
    },
    Builtin {
        id: "footer-links",
        type_name: "FooterLinks",
        reports: Reports::Removals,
        make: || Arc::new(FooterLinks::default()),
        with_phrases: Some(|phrases| {
            Arc::new(
                phrases
                    .iter()
                    .fold(FooterLinks::default(), |r, p| r.link(p)),
            )
        }),
    },
    Builtin {
        id: "table-of-contents",
        type_name: "TableOfContents",
        reports: Reports::Removals,
        make: || Arc::new(TableOfContents),
        with_phrases: None,
    },
    Builtin {
        id: "heading-echo",
        type_name: "HeadingEcho",
        reports: Reports::Removals,
        make: || Arc::new(HeadingEcho),
        with_phrases: None,
    },
    Builtin {
        id: "page-chrome",
        type_name: "PageChrome",
        reports: Reports::Evidence,
        make: || Arc::new(PageChrome::default()),
        with_phrases: None,
    },
    Builtin {
        id: "comment-thread",
        type_name: "CommentThread",
        reports: Reports::Removals,
        make: || Arc::new(CommentThread),
        with_phrases: None,
    },
    Builtin {
        id: "end-of-article",
        type_name: "EndOfArticle",
        reports: Reports::Evidence,
        make: || Arc::new(EndOfArticle::default()),
        with_phrases: None,
    },
    Builtin {
        id: "article-region",
        type_name: "ArticleRegion",
        reports: Reports::Evidence,
        make: || Arc::new(ArticleRegion::default()),
        with_phrases: None,
    },
];

/// The default rules, in the order they run.
pub(crate) fn defaults() -> Vec<Arc<dyn Rule>> {
    BUILTINS.iter().map(|b| (b.make)()).collect()
}

/// The built-in rule with this id.
pub(crate) fn builtin(id: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id)
}

/// Whether `id` is a built-in rule's (a user's rule in its place counts as it: it is tuning).
/// The line model was trained on the built-in rules' findings and weighs theirs only: a user
/// rule's removals are applied, but change no other line's fate.
pub(crate) fn is_builtin(id: &str) -> bool {
    builtin(id).is_some()
}

/// Whether two texts meet with no space at byte `at` of `text` in a way that shows a join of
/// two separate texts (a label glued to what follows or precedes it): a script switch, a
/// lower-case letter followed by an upper-case one, a word-final Arabic letter (`ة`, `ى`)
/// followed by a letter, or two alefs in a row.
pub(crate) fn is_join(text: &str, at: usize) -> bool {
    let (Some(before), Some(after)) = (text[..at].chars().next_back(), text[at..].chars().next())
    else {
        return false;
    };
    let mut rest = text[at..].chars();
    rest.next();
    let after2 = rest.next();
    (is_arabic_letter(before) && is_latin_letter(after))
        || (is_latin_letter(before) && is_arabic_letter(after))
        || (before.is_lowercase() && after.is_uppercase())
        || (before.is_uppercase() && after.is_uppercase() && after2.is_some_and(char::is_lowercase))
        || (matches!(before, 'ة' | 'ى') && is_arabic_letter(after))
        || (before == 'ا' && matches!(after, 'ا' | 'أ' | 'إ' | 'آ'))
}

/// A share of a whole, `part` in `of`, compared in integers, so that no rounding moves a
/// threshold: `Share::new(7, 10).reached(letters, chars)` is `letters * 10 >= chars * 7`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Share {
    part: usize,
    of: usize,
}

impl Share {
    /// `part` in `of` (`Share::new(1, 4)`: a quarter).
    pub(crate) const fn new(part: usize, of: usize) -> Share {
        Share { part, of }
    }

    /// Whether `count` is at least this share of `whole`.
    pub(crate) fn reached(self, count: usize, whole: usize) -> bool {
        count * self.of >= whole * self.part
    }

    /// Whether `count` is more than this share of `whole`.
    pub(crate) fn exceeded(self, count: usize, whole: usize) -> bool {
        count * self.of > whole * self.part
    }
}

/// The fewest letters of a word glued on after a label: an alef and three more, so that a
/// suffix of the label (`اعلانه`, `اعلانا`) is not one. Set with the glued-label check
/// (7277df5) from the suffixes an Arabic label takes.
const MIN_GLUED_WORD_LETTERS: usize = 4;

/// The most words of a heading line: longer, it is a sentence that mentions the phrase. Set
/// with the whole-page rules (df78710); headings of the development pages have at most five.
const MAX_HEADING_WORDS: usize = 8;

/// Whether an Arabic word starting at `at` of `text` reads as a new word glued on after a
/// label: it opens with the article `ال` or with an alef, and is long enough not to be a
/// suffix of the label (`اعلانه`, `اعلانا`, `اعلانية` are words, `اعلانالاكثر` is two).
pub(crate) fn starts_glued_arabic_word(text: &str, at: usize) -> bool {
    let word: Vec<char> = text[at..]
        .chars()
        .filter(|c| !crate::script::is_arabic_mark(*c))
        .take_while(|c| is_arabic_letter(*c))
        .take(MIN_GLUED_WORD_LETTERS)
        .collect();
    // `ال…` and `ا…` alike: an alef and at least three more letters.
    word.len() >= MIN_GLUED_WORD_LETTERS && matches!(word.first(), Some('ا' | 'أ' | 'إ' | 'آ'))
}

/// The base of the numbers in page text (section numbers, comment counts).
pub(crate) const DECIMAL: u32 = 10;

/// The short words that join an Arabic sentence's words (prepositions, conjunctions,
/// particles and the commonest verbs of reporting, written apart), folded as keys are: a menu
/// of section names (`فيديو الشرق الأوسط العالم اقتصاد وأعمال`) holds none, a headline or
/// a sentence almost always one.
const ARABIC_SENTENCE_WORDS: &str = "في علي من الي عن مع ان او ثم التي الذي الذين هذا هذه \
    بعد قبل حول بين لا لم لن قد كما حيث خلال منذ عند ضمن لدي نحو عبر دون امام وفق اثر ايضا \
    كان كانت انه انها قال وقال اكد واكد";

/// Whether `key` holds one of [`ARABIC_SENTENCE_WORDS`] as a word, or a word opening with a
/// preposition written onto the article (`بال…`, `لل…`: `بالمنطقة`, `للتنمية`): a sentence,
/// not a list of link texts.
pub(crate) fn has_arabic_sentence_word(key: &str) -> bool {
    key.split_whitespace().any(|word| {
        word.starts_with("بال")
            || word.starts_with("لل")
            || ARABIC_SENTENCE_WORDS
                .split_whitespace()
                .any(|joiner| joiner == word)
    })
}

/// Whether `line` holds a digit, a sentence or clause mark, a colon, a bracket or a
/// quotation: a sentence or a title, not a list of link texts. The line's counts answer
/// for most lines; only a line without digits or marks is read for the rest.
pub(crate) fn has_sentence_marks(line: &Line<'_>) -> bool {
    line.digits() > 0
        || line.terminal_punct() > 0
        || line.clause_punct() > 0
        || line
            .text()
            .contains(['"', '“', '”', '«', '»', '\'', '’', '(', ')', ':'])
}

/// The value of a decimal digit of the scripts scrapers meet (ASCII, Arabic-Indic, Eastern
/// Arabic-Indic).
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// The value of `text` written in [`digit`]s (of one script or several), or `None` when it is
/// empty, holds anything else, or overflows.
pub(crate) fn number(text: &str) -> Option<usize> {
    if text.is_empty() {
        return None;
    }
    text.chars().try_fold(0usize, |value, c| {
        value
            .checked_mul(DECIMAL as usize)?
            .checked_add(digit(c)? as usize)
    })
}

/// The first line with text from line `index` on, past at most `blanks` blank lines.
pub(crate) fn next_text<'d>(doc: &'d Doc<'_>, index: usize, blanks: usize) -> Option<Line<'d>> {
    (index..=index + blanks)
        .map_while(|i| doc.line(i))
        .find(|line| !line.is_blank())
}

/// Whether a line ending in a colon stands right above `line`, or one blank line above it:
/// `line` opens the list that line announces (`You will need:`, `Final medal count:`), an
/// article's own, whatever it looks like.
pub(crate) fn is_announced(line: &Line<'_>) -> bool {
    let above = match line.prev() {
        Some(blank) if blank.is_blank() => blank.prev(),
        other => other,
    };
    above.is_some_and(|l| l.text().trim_end().ends_with([':', '：']))
}

/// The marks that open or close a quotation, paired or not (`"…"`, `“…”`, `„…“`, `«…»`).
/// Single marks are apostrophes as often (`don’t`), so they are not counted.
const QUOTATION_MARKS: [char; 6] = ['"', '“', '”', '„', '«', '»'];

/// Whether the text of `key` from byte `start` on stands inside a quotation: an odd number
/// of double quotation marks before it. A notice or a legal phrase an article quotes (`the
/// caption read: "Photograph by Lena Moss. All rights reserved."`) is about the notice, not
/// the notice itself. A stray double mark (`12" screens`) flips the count.
pub(crate) fn is_quoted_at(key: &str, start: usize) -> bool {
    key.get(..start)
        .is_some_and(|head| head.matches(QUOTATION_MARKS).count() % 2 == 1)
}

/// The last line with text before line `index`, past at most `blanks` blank lines.
pub(crate) fn prev_text<'d>(doc: &'d Doc<'_>, index: usize, blanks: usize) -> Option<Line<'d>> {
    (index.saturating_sub(blanks + 1)..index)
        .rev()
        .filter_map(|i| doc.line(i))
        .find(|line| !line.is_blank())
}

/// The most words of a blurb cut short: sites cut teasers at a few hundred characters (on
/// the dev pages, 96% of the lines that end in an ellipsis right after a word are shorter);
/// a longer paragraph ending so is an article's, trailing off for effect.
pub(crate) const MAX_TRUNCATED_WORDS: usize = 50;

/// Whether `line` is a blurb cut short: at most [`MAX_TRUNCATED_WORDS`] words, ending with
/// an ellipsis right after a word (`Officials said on Tuesday that the…`, `…that the...`).
pub(crate) fn is_cut_short(line: &Line<'_>) -> bool {
    if line.words() > MAX_TRUNCATED_WORDS {
        return false;
    }
    let text = line.text().trim_end();
    let rest = text.strip_suffix('…').or_else(|| text.strip_suffix("..."));
    rest.and_then(|r| r.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// Whether a line reads as a title or list item rather than a sentence: short, at most one
/// clause mark, and not ending in a full stop (headlines end in `?`, `!` or nothing).
pub(crate) fn is_title_like(line: &Line<'_>, max_words: usize) -> bool {
    if line.is_blank() || line.words() == 0 {
        return false;
    }
    if line.is_bullet() {
        return line.words() <= max_words.saturating_mul(2)
            && !(line.ends_with_period() && line.clause_punct() >= 2);
    }
    line.words() <= max_words && line.clause_punct() <= 1 && !line.ends_with_period()
}

/// Whether a line is a heading of `set` standing alone: at most [`MAX_HEADING_WORDS`] words whose key, without
/// decoration and a leading or trailing count (`12 Comments`, `Comments (3)`, `التعليقات (٣)`
/// in the Arabic-Indic digits many Arabic sites print), is one of the set's phrases. A
/// sentence that mentions the phrase is not one.
pub(crate) fn is_heading(set: &PhraseSet, line: &Line<'_>) -> bool {
    if line.words() > MAX_HEADING_WORDS {
        return false;
    }
    let core = trim_decoration(line.key());
    let core = core.trim_matches(|c: char| {
        digit(c).is_some() || c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']')
    });
    !core.is_empty() && set.is_whole(core)
}

/// The most words of a heading that opens with a marker and goes on (`20 Comments Post a
/// comment`, `{ 53 comments… read them below or add one }`).
pub(crate) const MAX_MARKER_HEADING_WORDS: usize = 10;

/// The phrase of `set` that opens `line` as whole words, past decoration and a count
/// (`20 Comments Post a comment`, `{ 2 comments… read them below or add one }`), and whether
/// a count came before it; `None` for a line of more than [`MAX_MARKER_HEADING_WORDS`] words,
/// one ending in a full stop, or one that opens otherwise.
pub(crate) fn opening_marker<'k>(set: &PhraseSet, line: &Line<'k>) -> Option<(bool, &'k str)> {
    if line.words() > MAX_MARKER_HEADING_WORDS || line.ends_with_period() {
        return None;
    }
    let trimmed = trim_decoration(line.key());
    let core =
        trimmed.trim_start_matches(|c: char| digit(c).is_some() || c.is_whitespace() || c == '(');
    let end = set.prefix(core)?;
    (!core[end..].starts_with(char::is_alphanumeric))
        .then(|| (core.len() < trimmed.len(), &core[..end]))
}

/// Whether `line` is a count heading that goes on after its marker (see [`opening_marker`]):
/// a number, then a one-word phrase of `set` (`17 Kommentare zu „…“`, `0 comments 0 people
/// listening`). The marker is one word, a count noun: a year before a longer phrase (`2012
/// Leave a Comment Written by Ann`) is a post's date line.
pub(crate) fn is_counted_heading(set: &PhraseSet, line: &Line<'_>) -> bool {
    // Most lines hold no digit, or open otherwise: they are not searched.
    if line.digits() == 0 || !trim_decoration(line.key()).starts_with(|c: char| digit(c).is_some())
    {
        return false;
    }
    opening_marker(set, line)
        .is_some_and(|(counted, marker)| counted && !marker.contains(char::is_whitespace))
}

/// One case of a rule's test table: (name, input, the texts the rule removes, in order).
#[cfg(test)]
pub(crate) type Case = (&'static str, &'static str, &'static [&'static str]);

/// Runs `rule` on each case's input alone and checks the texts of the spans it reports.
#[cfg(test)]
pub(crate) fn check_cases(rule: &dyn Rule, cases: &[Case]) {
    for (name, input, expected) in cases {
        let doc = crate::doc::Doc::new(input);
        let mut out = Vec::new();
        rule.find(&doc, &mut out);
        let got: Vec<&str> = out.iter().map(|r| &input[r.span.clone()]).collect();
        assert_eq!(&got, expected, "case {name}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence words are written as keys are folded, so that a folded key's words can
    /// equal them.
    #[test]
    fn arabic_sentence_words_are_folded() {
        for word in ARABIC_SENTENCE_WORDS.split_whitespace() {
            assert_eq!(crate::fold::fold(word), word);
        }
        for raw in ["على", "إلى", "أن", "إن", "أو", "أمام", "أكد"] {
            assert!(has_arabic_sentence_word(&crate::fold::fold(raw)), "{raw}");
        }
        assert!(has_arabic_sentence_word("الامن والاستقرار بالمنطقة"));
        assert!(!has_arabic_sentence_word("اخبار محليه رياضه وفن"));
    }

    #[test]
    fn numbers_of_any_digits() {
        assert_eq!(number("2014"), Some(2014));
        assert_eq!(number("\u{661}\u{664}"), Some(14));
        assert_eq!(number("1\u{6F5}"), Some(15));
        for text in ["", "12a", "1 2", "-3", "99999999999999999999999"] {
            assert_eq!(number(text), None, "{text:?}");
        }
    }

    /// The list's ids are the default rules' ids, in order, and a rule made with phrases
    /// keeps its id.
    #[test]
    fn builtin_ids_are_the_default_rules() {
        let ids: Vec<&str> = defaults().iter().map(|r| r.id()).collect();
        let listed: Vec<&str> = BUILTINS.iter().map(|b| b.id).collect();
        assert_eq!(ids, listed);
        for b in &BUILTINS {
            if let Some(rule) = b.with_phrases(&["a phrase"]) {
                assert_eq!(rule.id(), b.id);
            }
        }
    }

    /// The rows of a rule table: (id, type, what it reports), from lines such as
    /// ``| `ad-marker` | `AdMarker` | … | removals |``.
    fn table_rows(text: &str) -> Vec<(String, String, String)> {
        text.lines()
            .map(|line| line.trim_start_matches("//!").trim())
            .filter(|line| line.starts_with("| `"))
            .filter_map(|line| {
                let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
                let unquote = |cell: &str| cell.trim().trim_matches(['[', ']', '`']).to_owned();
                let reports = cells.last()?.trim();
                matches!(reports, "removals" | "evidence")
                    .then(|| (unquote(cells[0]), unquote(cells[1]), reports.to_owned()))
            })
            .collect()
    }

    /// The README's and the crate documentation's rule tables list the built-in rules, in
    /// order, with their types and what they report.
    #[test]
    fn documentation_tables_list_the_builtins() {
        let expected: Vec<(String, String, String)> = BUILTINS
            .iter()
            .map(|b| {
                let reports = match b.reports {
                    Reports::Removals => "removals",
                    Reports::Evidence => "evidence",
                };
                (b.id.to_owned(), b.type_name.to_owned(), reports.to_owned())
            })
            .collect();
        assert_eq!(
            table_rows(include_str!("../../README.md")),
            expected,
            "README.md"
        );
        assert_eq!(
            table_rows(include_str!("../lib.rs")),
            expected,
            "src/lib.rs"
        );
    }

    #[test]
    fn joins() {
        assert!(is_join("Relatedنعم", 7));
        assert!(is_join("storyAdvertisement", 5));
        assert!(is_join("هدنةاعلان", "هدنة".len()));
        assert!(!is_join("الاعلان", "ال".len()));
        assert!(!is_join("Related to", 7));
    }

    #[test]
    fn glued_arabic_words() {
        assert!(starts_glued_arabic_word("الاكثر قراءة", 0));
        assert!(starts_glued_arabic_word("اخترنا لك", 0));
        assert!(!starts_glued_arabic_word("ه عن", 0));
        assert!(!starts_glued_arabic_word("ية", 0));
        assert!(!starts_glued_arabic_word("اً رسمياً", 0));
    }
}
