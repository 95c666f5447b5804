//! Pages with no article: their menus, section names and buttons go; their teasers stay.
//!
//! A portal's front, a section front, a directory or a feed aggregator has no article, and
//! what the rules and the line model leave of it is a list of teasers among the page's own
//! furniture: section names (`Sport`, `الشرق الأوسط`), menu items, buttons (`More`,
//! `المزيد`), a country or category heading over each group. The line model, trained mostly
//! on article pages, keeps much of it, because beside teasers a short line looks like a
//! headline. The teasers are the page's text (the evaluation golds keep them, or leave them
//! to the cleaner's choice); the furniture is not.
//!
//! So, once cleaning has settled and what is left is a listing ([`PageKind::Listing`]), the
//! short lines that are no sentence go: lines of at most [`MAX_CHROME_WORDS`] words that do
//! not end a sentence, announce what follows with a colon, run on with a comma or a
//! semicolon, or open with a list item's typed mark. Teasers' headlines are longer; a blurb
//! ends in a full stop. A page of only a few lines (a title and a caption, a fragment) is no
//! listing to clean, so fewer than [`MIN_LISTING_LINES`] lines stay whole.
//!
//! The verdict is the one the [`Report`](crate::Report) gives: the cleaner asks it of the
//! text it settled on, removes the short lines, and settles again, so that what it returns is
//! a text on which neither the rules, the model nor this stage finds anything more
//! (`clean(clean(x)) == clean(x)`).
//!
//! The stage is off by default
//! ([`CleanerBuilder::listing_chrome`](crate::CleanerBuilder::listing_chrome)): a poem has
//! no article by the verdict's measure (no run of prose), and its shorter verses read as
//! furniture; so would the short lines of lyrics, a score table or a list of ingredients
//! typed without marks, on a page with no paragraph of prose. Nothing found so far tells them apart: on 43 clean Arabic news articles
//! (`SaudiNewsNet`), most of them poems, lines went; the model's scores, the words that join
//! a sentence, and the lengths of the lines overlap between verses and a portal's headings.
//! On the evaluation pages it moves the dev suites' F1 by under 0.001 and takes
//! `arabic-dev`'s directory portal from a drop recall of 0.19 to 1.00.

use crate::doc::{Doc, Line};
use crate::report::PageKind;
use crate::rule::{Reason, Removal};

/// Rule id under which the short lines of a page with no article are reported.
///
/// ```
/// let portal = "World\nSport\nTrain strike called off after talks\nPanda twins born at the city zoo\n\
///     Weather\nHarbour ferries return to the island\nNew library opens in the old station\n\
///     Markets close higher on Friday\nLocal elections set for the spring\n";
/// let cleaner = textsieve::Cleaner::builder().listing_chrome(true).build()?;
/// let report = cleaner.explain(portal);
/// assert_eq!(report.page, textsieve::PageKind::Listing);
/// assert_eq!(
///     report.output,
///     "Train strike called off after talks\nPanda twins born at the city zoo\n\
///      Harbour ferries return to the island\nNew library opens in the old station\n\
///      Markets close higher on Friday\nLocal elections set for the spring\n"
/// );
/// assert!(report.removals.iter().all(|r| r.rule == textsieve::LISTING_CHROME));
/// # Ok::<(), textsieve::BuildError>(())
/// ```
pub const LISTING_CHROME: &str = "listing-chrome";

/// The most words (see [`Line::units`]) of a line of a listing's furniture: a section name,
/// a menu item, a button, a category heading (`Sport`, `Local news`, `اتصل بنا`,
/// `راديو و تلفزيون`). A teaser's headline is longer. Set by hand, not tuned: three is the
/// longest of the section names above.
pub(crate) const MAX_CHROME_WORDS: usize = 3;

/// The fewest lines with text a page needs for its short lines to go: fewer, it is a
/// fragment (a title over a caption, a page of a few words) rather than a list of teasers
/// among furniture. Set by hand, not tuned: eight is a short section front (a heading, a few
/// sections, a few teasers); readability's test pages of one to three lines are what it
/// keeps whole.
pub(crate) const MIN_LISTING_LINES: usize = 8;

/// The short lines of `doc` if `page`, the verdict on it ([`PageKind::of`]), is a listing
/// and it holds at least [`MIN_LISTING_LINES`] lines with text; nothing otherwise.
pub(crate) fn find(doc: &Doc<'_>, page: PageKind, out: &mut Vec<Removal>) {
    if page != PageKind::Listing
        || doc
            .lines()
            .filter(|l| !l.is_blank())
            .nth(MIN_LISTING_LINES - 1)
            .is_none()
    {
        return;
    }
    out.extend(
        doc.lines()
            .filter(is_furniture)
            .map(|line| Removal::line(&line, LISTING_CHROME, Reason::ListingChrome)),
    );
}

/// Whether a line of a listing is its furniture: text of at most [`MAX_CHROME_WORDS`] words
/// that does not end a sentence, nor end in a colon (`Ingredients:` announces what follows)
/// or a comma or semicolon of any script (`at the office;`: a verse, a sentence set out one
/// clause to a line), nor is an item of a list its writer typed (`+ Added Banners`, `-
/// Removed Herobrine`, `2. Norway`): a list's marks are typed text, a menu's markup is lost
/// with the HTML.
fn is_furniture(line: &Line<'_>) -> bool {
    !line.is_blank()
        && line.units() <= MAX_CHROME_WORDS
        && !line.ends_with_terminal()
        && !line
            .last_char()
            .is_some_and(|c| c == ':' || crate::script::is_clause_punct(c))
        && !is_typed_list_item(line.text())
}

/// Whether `text` opens with a list item's mark and a space: `+`, `-`, `*`, `•`, `–`, `—`,
/// or a number of one to three digits of any script the crate reads with `.` or `)` (`2.
/// Norway`, `10) Spain`, `٢. مصر`).
fn is_typed_list_item(text: &str) -> bool {
    const MAX_NUMBER_DIGITS: usize = 3;
    let text = text.trim_start();
    let number = text
        .char_indices()
        .find(|&(_, c)| crate::rules::digit(c).is_none())
        .map_or(text.len(), |(at, _)| at);
    let digits = text[..number].chars().count();
    let rest = if digits == 0 {
        text.strip_prefix(['+', '-', '*', '•', '–', '—'])
    } else if digits <= MAX_NUMBER_DIGITS {
        text[number..].strip_prefix(['.', ')'])
    } else {
        None
    };
    rest.is_some_and(|rest| rest.starts_with([' ', '\t']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(input: &str) -> Vec<&str> {
        let doc = Doc::new(input);
        let mut out = Vec::new();
        find(&doc, PageKind::of(&doc), &mut out);
        out.iter()
            .map(|r| input[r.span.clone()].trim_end())
            .collect()
    }

    const TEASERS: &str = "Train strike called off after talks\nPanda twins born at the city zoo\n\
        Harbour ferries return to the island\nNew library opens in the old station\n\
        Markets close higher on Friday\n";

    #[test]
    fn a_listing_loses_its_short_lines() {
        let page = format!("World\nSport\nالشرق الأوسط\n{TEASERS}More\nاتصل بنا\n");
        assert_eq!(
            removed(&page),
            ["World", "Sport", "الشرق الأوسط", "More", "اتصل بنا"]
        );
    }

    #[test]
    fn sentences_clauses_labels_and_long_lines_stay() {
        // A short sentence, a label announcing a list, a headline of four words.
        let page = format!("It rained.\nIngredients:\nat the office;\nفي السيارة،\nCouncil approves new budget\n{TEASERS}Weather\n");
        assert_eq!(removed(&page), ["Weather"]);
    }

    #[test]
    fn typed_list_items_stay() {
        let page = format!(
            "Changes\n+ Added Banners\n- Removed Herobrine\n2. Norway\n10) Spain\n٢. مصر\n{TEASERS}"
        );
        assert_eq!(removed(&page), ["Changes"]);
        // A mark glued to the word, a year before a full stop: no list item.
        assert!(is_furniture(&Doc::new("-Sport").line(0).unwrap()));
        assert!(is_furniture(&Doc::new("2024. Archive").line(0).unwrap()));
    }

    #[test]
    fn an_article_keeps_its_short_lines() {
        let paragraph =
            "The council voted on Tuesday to expand the night bus network, adding eleven \
            routes that link the eastern districts with the centre of the city.\n";
        let page = format!("Sport\nSubheading here\n{paragraph}{paragraph}Weather\n{TEASERS}");
        assert!(removed(&page).is_empty());
    }

    #[test]
    fn a_fragment_is_no_listing() {
        assert!(removed("Sport\nWeather\nTrain strike called off after talks\nMore\n").is_empty());
        assert!(removed("").is_empty());
    }
}
