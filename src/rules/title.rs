//! An article's title, told from a headline by its words: a title names what the article is
//! about, so the lead paragraphs repeat its words; a menu entry's or another story's mostly
//! do not. Shared by `article-region` (the title above its zone), and `related-section` and
//! `keyword-list` (a list in a sidebar that ends at the article's own title).

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::doc::{Doc, Line};
use crate::phrases::Fnv;
use crate::rules::{next_text, prev_text};

/// The fewest title words (see [`title_words`]) a title has, and the fewest the lead repeats.
/// Set by hand with `article-region`'s titles (ca0f1b0), not tuned.
pub(crate) const MIN_TITLE_WORDS: usize = 3;
const MIN_SHARED_TITLE_WORDS: usize = 2;

/// Letters of a title word (see [`title_words`]).
const MIN_TITLE_LETTERS: usize = 4;

/// The lead's first title words (see [`title_words`]) that a title is compared with. The
/// whole body, in a hash set, cost 12.8% more instructions per pass over the dev pages, 300
/// words 3.9%, 150 words 2.8%, and the three chose titles about as well (leave-one-suite-out
/// F1 within 0.002 on every suite).
pub(crate) const LEAD_TITLE_WORDS: usize = 150;

/// The words of a folded key that name something: four letters or more, punctuation
/// trimmed, and an Arabic word without the article glued to it (`council`, `bike`, `مدينة`
/// from `المدينة`; not `the`, `on`, `في`). The length is the word's as written: `النفط` gives
/// `نفط`, but a title's bare `نفط` is too short to count, as before.
pub(crate) fn title_words(key: &str) -> impl Iterator<Item = &str> {
    key.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= MIN_TITLE_LETTERS)
        .map(without_article)
}

/// The Arabic definite article and the conjunction or preposition glued before it, which a
/// title drops and its lead writes (`بطارية عملاقة` over `…البطارية…`, `وكاميرا` over
/// `الكاميرا`, `للبطارية`): `ال`, `وال`, `فال`, `بال`, `كال`, `لل` (for the), `ولل`, and a
/// bare `و` (and). Longest first.
const ARTICLE_PREFIXES: [&str; 8] = ["وال", "فال", "بال", "كال", "ولل", "ال", "لل", "و"];

/// The fewest letters left after an Arabic article prefix for it to be stripped (`الى`,
/// `ولد` stay whole).
const MIN_STEM_LETTERS: usize = 3;

/// `word` without the Arabic article prefix it opens with, if any (see [`ARTICLE_PREFIXES`]).
fn without_article(word: &str) -> &str {
    ARTICLE_PREFIXES
        .iter()
        .filter_map(|prefix| word.strip_prefix(prefix))
        .find(|stem| stem.chars().count() >= MIN_STEM_LETTERS)
        .unwrap_or(word)
}

/// The first [`LEAD_TITLE_WORDS`] title words of an article's lead paragraphs, in a set to be
/// searched. A hash set: sorted, to be searched in halves, they cost more to sort (a string
/// comparison, a call to `memcmp`, at every step: 8.1M instructions over 200 dev pages) than
/// all the searches in them.
pub(crate) struct Lead<'t> {
    words: HashSet<&'t str, BuildHasherDefault<Fnv>>,
}

impl<'t> Lead<'t> {
    /// The lead made of these keys' title words, the first [`LEAD_TITLE_WORDS`] of them.
    pub(crate) fn new(keys: impl IntoIterator<Item = &'t str>) -> Lead<'t> {
        let mut words =
            HashSet::with_capacity_and_hasher(LEAD_TITLE_WORDS, BuildHasherDefault::default());
        words.extend(
            keys.into_iter()
                .flat_map(title_words)
                .take(LEAD_TITLE_WORDS),
        );
        Lead { words }
    }

    /// How many of a headline's title words (`words`) the lead repeats, if that makes it a
    /// title of the lead: [`MIN_TITLE_WORDS`] or more words, at least
    /// [`MIN_SHARED_TITLE_WORDS`] of them repeated and at least half.
    pub(crate) fn titled_by(&self, words: &[&str]) -> Option<usize> {
        if words.len() < MIN_TITLE_WORDS {
            return None;
        }
        let shared = words.iter().filter(|w| self.words.contains(*w)).count();
        (shared >= MIN_SHARED_TITLE_WORDS && 2 * shared >= words.len()).then_some(shared)
    }
}

/// Most blank lines between two lines of a title's block (the title, a byline, share
/// buttons, the lead's paragraphs).
const TITLE_BLANKS: usize = 2;

/// How many lines that are not paragraphs (a byline, a date, share buttons) may stand between
/// an article's title and its lead for an item to count as that title. Set by hand (the four
/// share buttons of an Arabic example in `related-section`'s tests); 2 and 6 scored the same
/// on the dev pages (leave-one-suite-out).
const TITLE_TO_LEAD_LINES: usize = 4;

/// The fewest paragraphs of an article's lead: a teaser's blurb under its headline is one.
const MIN_LEAD_PARAGRAPHS: usize = 2;

/// How many lines with text above an item are searched for a better title (up to the first
/// paragraph): a list's heading, the items before it, and the chrome above.
const TITLE_SEARCH_LINES: usize = 12;

/// Whether `line`, in a list under a heading or a label, is the title of the article that
/// follows it: within [`TITLE_TO_LEAD_LINES`] lines that are not paragraphs, a lead of
/// [`MIN_LEAD_PARAGRAPHS`] paragraphs or more follows whose words make `line` its title (see
/// [`Lead::titled_by`]), no line between is a title of that lead as well (the nearer one is
/// the title), and no headline above, up to the paragraph before, is a better one (a box of
/// related stories right above the article, under the article's own title, names the same
/// things). A list in a sidebar (related stories, tags) often ends right above the article it
/// stands beside, and the article's title looks like one more of its items; a title is
/// article text.
pub(crate) fn heads_article(doc: &Doc<'_>, line: &Line<'_>) -> bool {
    // Cheap facts first: most items are far from any paragraph, or too short to tell.
    if line.words() < MIN_TITLE_WORDS {
        return false;
    }
    let mut between = Vec::new();
    let mut lead = Vec::new();
    let mut lead_words = 0;
    let mut next = next_text(doc, line.index() + 1, TITLE_BLANKS);
    while let Some(following) = next {
        if following.is_prose() && following.ends_with_terminal() {
            lead_words += following.words();
            lead.push(following.key());
            if lead_words >= LEAD_TITLE_WORDS {
                break;
            }
        } else if !lead.is_empty() {
            break;
        } else if between.len() == TITLE_TO_LEAD_LINES {
            return false;
        } else {
            between.push(following);
        }
        next = next_text(doc, following.index() + 1, TITLE_BLANKS);
    }
    if lead.len() < MIN_LEAD_PARAGRAPHS {
        return false;
    }
    let words: Vec<&str> = title_words(line.key()).collect();
    if words.len() < MIN_TITLE_WORDS {
        return false;
    }
    let lead = Lead::new(lead);
    let Some(shared) = lead.titled_by(&words) else {
        return false;
    };
    let title = |line: &Line<'_>| lead.titled_by(&title_words(line.key()).collect::<Vec<_>>());
    if between.iter().any(|other| title(other).is_some()) {
        return false;
    }
    let mut above = prev_text(doc, line.index(), TITLE_BLANKS);
    for _ in 0..TITLE_SEARCH_LINES {
        let Some(other) = above.filter(|l| !l.is_prose()) else {
            break;
        };
        if title(&other).is_some_and(|more| more > shared) {
            return false;
        }
        above = prev_text(doc, other.index(), TITLE_BLANKS);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_words_name_things() {
        let words: Vec<&str> = title_words("the council, on «bike» lanes في المدينة").collect();
        assert_eq!(words, ["council", "bike", "lanes", "مدينة"]);
    }

    #[test]
    fn an_arabic_title_word_drops_the_article_its_lead_adds() {
        let words: Vec<&str> =
            title_words("بطارية عملاقة وكاميرا والبطارية بالكاميرا للبطارية الى ولد").collect();
        assert_eq!(
            words,
            ["بطارية", "عملاقة", "كاميرا", "بطارية", "كاميرا", "بطارية"]
        );
        // The lead writes the words with the article; the title without.
        let lead = Lead::new(["وصلت البطارية العملاقة مع الكاميرا الجديدة"]);
        assert_eq!(
            lead.titled_by(&title_words("بطارية عملاقة وكاميرا").collect::<Vec<_>>()),
            Some(3)
        );
        // A stem too short stays whole: `الله` is no `له`.
        assert_eq!(without_article("الله"), "الله");
        assert_eq!(without_article("council"), "council");
    }

    #[test]
    fn a_title_shares_half_its_words_with_the_lead() {
        let lead = Lead::new(["the council voted to expand the bus network on tuesday"]);
        assert_eq!(lead.titled_by(&["council", "expands", "network"]), Some(2));
        // One shared word is not enough, nor is less than half.
        assert_eq!(lead.titled_by(&["council", "weather", "report"]), None);
        assert_eq!(
            lead.titled_by(&["council", "network", "weather", "report", "sports"]),
            None
        );
        // Too few words to tell.
        assert_eq!(lead.titled_by(&["council", "network"]), None);
    }

    /// Naive twin of [`Lead::titled_by`]: the lead's first title words in a list, each of the
    /// headline's words looked for along it.
    fn naive_titled_by(keys: &[String], words: &[&str]) -> Option<usize> {
        let lead: Vec<&str> = keys
            .iter()
            .flat_map(|k| title_words(k))
            .take(LEAD_TITLE_WORDS)
            .collect();
        if words.len() < MIN_TITLE_WORDS {
            return None;
        }
        let shared = words.iter().filter(|w| lead.contains(w)).count();
        (shared >= MIN_SHARED_TITLE_WORDS && 2 * shared >= words.len()).then_some(shared)
    }

    proptest::proptest! {
        #[test]
        fn titled_by_agrees_with_naive_twin(
            keys in proptest::collection::vec(
                "((bus|council|network|lane|المدينة|the|on|city|vote|ab) ){0,60}",
                0..6,
            ),
            headline in "((bus|council|network|lane|المدينة|the|city|park|night) ){0,8}",
        ) {
            let words: Vec<&str> = title_words(&headline).collect();
            let lead = Lead::new(keys.iter().map(String::as_str));
            proptest::prop_assert_eq!(lead.titled_by(&words), naive_titled_by(&keys, &words));
        }
    }

    #[test]
    fn the_lead_is_its_first_words() {
        let long = "word ".repeat(LEAD_TITLE_WORDS);
        let lead = Lead::new([long.as_str(), "council network tuesday"]);
        assert_eq!(lead.titled_by(&["council", "network", "tuesday"]), None);
    }
}
