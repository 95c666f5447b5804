//! The built-in rules, one module per family of boilerplate.

use std::sync::Arc;

use crate::doc::Line;
use crate::phrases::{trim_decoration, PhraseSet};
use crate::rule::Rule;
use crate::script::{is_arabic_letter, is_latin_letter};

pub mod ad_marker;
pub mod article_region;
pub mod comment_thread;
pub mod end_of_article;
pub mod footer_links;
pub(crate) mod glued_tail;
pub mod keyword_list;
pub mod page_chrome;
pub mod related_section;
pub mod table_of_contents;

pub use ad_marker::AdMarker;
pub use article_region::ArticleRegion;
pub use comment_thread::CommentThread;
pub use end_of_article::EndOfArticle;
pub use footer_links::FooterLinks;
pub use keyword_list::KeywordList;
pub use page_chrome::PageChrome;
pub use related_section::RelatedSection;
pub use table_of_contents::TableOfContents;

/// The default rules, in the order they run.
pub(crate) fn defaults() -> Vec<Arc<dyn Rule>> {
    vec![
        Arc::new(AdMarker::default()),
        Arc::new(RelatedSection::default()),
        Arc::new(KeywordList::default()),
        Arc::new(FooterLinks::default()),
        Arc::new(TableOfContents),
        Arc::new(PageChrome::default()),
        Arc::new(CommentThread),
        Arc::new(EndOfArticle::default()),
        Arc::new(ArticleRegion::default()),
    ]
}

/// The ids of the built-in rules. The line model was trained on their findings and weighs
/// theirs only: a user rule's removals are applied, but change no other line's fate.
const BUILTIN_IDS: [&str; 9] = [
    "ad-marker",
    "related-section",
    "keyword-list",
    "footer-links",
    "table-of-contents",
    "page-chrome",
    "comment-thread",
    "end-of-article",
    "article-region",
];

/// Whether `id` is a built-in rule's (a user's rule in its place counts as it: it is tuning).
pub(crate) fn is_builtin(id: &str) -> bool {
    BUILTIN_IDS.contains(&id)
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

/// Whether an Arabic word starting at `at` of `text` reads as a new word glued on after a
/// label: it opens with the article `ال` or with an alef, and is long enough not to be a
/// suffix of the label (`اعلانه`, `اعلانا`, `اعلانية` are words, `اعلانالاكثر` is two).
pub(crate) fn starts_glued_arabic_word(text: &str, at: usize) -> bool {
    let word: Vec<char> = text[at..]
        .chars()
        .filter(|c| !crate::script::is_arabic_mark(*c))
        .take_while(|c| is_arabic_letter(*c))
        .take(8)
        .collect();
    // `ال…` and `ا…` alike: an alef and at least three more letters.
    matches!(word.as_slice(), ['ا' | 'أ' | 'إ' | 'آ', rest @ ..] if rest.len() >= 3)
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

/// Whether a line is a heading of `set` standing alone: at most 8 words whose key, without
/// decoration and a leading or trailing count (`12 Comments`, `Comments (3)`), is one of the
/// set's phrases. A sentence that mentions the phrase is not one.
pub(crate) fn is_heading(set: &PhraseSet, line: &Line<'_>) -> bool {
    if line.words() > 8 {
        return false;
    }
    let core = trim_decoration(line.key());
    let core = core.trim_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']')
    });
    !core.is_empty() && set.is_whole(core)
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

    /// The model's list of built-in ids is the default rules' ids, in order.
    #[test]
    fn builtin_ids_are_the_default_rules() {
        let ids: Vec<&str> = defaults().iter().map(|r| r.id()).collect();
        assert_eq!(ids, BUILTIN_IDS);
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
