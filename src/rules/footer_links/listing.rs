//! Runs of link lines on a page with no article: a portal's menus, a directory's headings
//! and entries, a section front's lists of headlines.

use std::ops::Range;

use crate::doc::{Doc, Line, MIN_PROSE_UNITS};
use crate::report::PageKind;
use crate::rule::{Reason, Removal};
use crate::rules::Share;
use crate::script;

use super::{has_code_syntax, ID};

/// The fewest link lines of a run on a page with no article. A menu run on an article page
/// needs a line known as chrome among five ([`super::FooterLinks::min_menu_lines`]); here the
/// page's verdict and chrome anywhere on it stand in for that line, and one line more keeps
/// a short page's few lines (a title, a caption, a note) out of it.
const MIN_LISTING_RUN_LINES: usize = 6;

/// How many lines above a sentence that follows a run stay, when they are the run's: a
/// teaser's or a post's headline and its source or byline, over its blurb (`Where is Matt -
/// YouTube` / `via youtube.com` / `You do not have to circle the globe…`).
const TEASER_HEAD_LINES: usize = 2;

/// How many of a run's lines rhyming with one of the two lines before them make it verse
/// (half): link texts end in whatever word names them.
const VERSE_RHYME_SHARE: Share = Share::new(1, 2);

/// How many of a run's lines opening with a word that joins them to the line before make it
/// verse (one in six): a poem's lines go on from one another (`كم امرأة` / `بين الأنقاض` /
/// `وتنتظر`), a link names a thing and opens with its name.
const VERSE_OPENER_SHARE: Share = Share::new(1, 6);

/// The fewest words of a line of verse whose rhyme counts: a half-line of a sung poem has
/// three or more, a menu entry one or two.
const MIN_VERSE_WORDS: usize = 3;

/// The last letters of two lines that rhyme: two, the Arabic rhyme letter and the one
/// before it (`ـار`), or an English rhyme's (`-own`'s last two).
const RHYME_LETTERS: usize = 2;

/// The fewest letters of a word after a conjunction glued to it (`و`, `ف`): `وتنتظر`, not
/// `وطن`.
const MIN_WORD_AFTER_CONJUNCTION: usize = 3;

/// Words that open a line going on from the one before it: prepositions, conjunctions and
/// particles of Arabic and English. With the Arabic conjunctions glued to the next word,
/// they open a sixth or more of the lines of each unrhymed poem among the 37 articles of the
/// `SaudiNewsNet` corpus that a first version of this rule took, and none of the lines of
/// arabic-dev's link directory.
const JOINING_WORDS: &[&str] = &[
    "في", "من", "على", "إلى", "الى", "عن", "بين", "حتى", "مع", "كم", "لا", "ما", "لم", "لن", "أن",
    "ان", "إن", "يا", "هل", "قد", "ثم", "أو", "او", "كل", "إذا", "اذا", "لو", "هذا", "هذه", "ذلك",
    "تلك", "كلما", "لكن", "ليس", "ليت", "لعل", "in", "at", "on", "of", "to", "and", "but", "or",
    "with", "from", "by", "as", "when", "while", "if", "that", "where",
];

/// Whether a line reads as a link: as a menu entry does ([`super::is_menu_entry`]: no
/// digits, no `:`), but as long as a headline, shorter than a prose line; not a sentence or
/// a clause (no `.` `,` `;` at its end), and not a list item (a bullet, `+`, `1.`, `2)`).
/// An article's short lines are steps, list items, an agenda's times, a recipe's amounts,
/// a post's labelled facts (`Moderator: Ann Lee`) and a poem's clauses.
fn is_link_line(line: &Line<'_>) -> bool {
    !line.is_blank()
        && line.units() < MIN_PROSE_UNITS
        && line.digits() == 0
        && !line.ends_with_terminal()
        && !line.last_char().is_some_and(script::is_clause_punct)
        && !line.text().contains(':')
        && !is_list_item(line)
}

/// Whether a line opens like an item of a list: a bullet, `+`, or a number and `.` or `)`.
fn is_list_item(line: &Line<'_>) -> bool {
    if line.is_bullet() {
        return true;
    }
    let text = line.text().trim_start();
    if text.starts_with('+') {
        return true;
    }
    let number = text.trim_start_matches(|c: char| c.is_ascii_digit());
    number.len() < text.len() && (number.starts_with(". ") || number.starts_with(") "))
}

/// The last two letters of a line ([`RHYME_LETTERS`]), lower-cased, past marks, tatweel and
/// punctuation; `None` for a line with fewer.
fn rhyme(line: &Line<'_>) -> Option<[char; RHYME_LETTERS]> {
    let mut letters = line
        .text()
        .chars()
        .rev()
        .filter(|&c| c.is_alphabetic() && !script::is_arabic_mark(c))
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    let last = letters.next()?;
    let before = letters.next()?;
    Some([before, last])
}

/// Whether a line opens with a joining word ([`JOINING_WORDS`]) or an Arabic conjunction
/// glued to a word.
fn opens_joined(line: &Line<'_>) -> bool {
    let Some(first) = line.text().split_whitespace().next() else {
        return false;
    };
    if JOINING_WORDS
        .iter()
        .any(|word| word.eq_ignore_ascii_case(first))
    {
        return true;
    }
    let mut chars = first.chars();
    matches!(chars.next(), Some('و' | 'ف'))
        && chars.filter(|&c| script::is_arabic_letter(c)).count() >= MIN_WORD_AFTER_CONJUNCTION
}

/// Whether a run of short lines is verse: its lines rhyme, or go on from one another.
fn is_verse(run: &[Line<'_>]) -> bool {
    if run.is_empty() {
        return false;
    }
    let rhymes: Vec<Option<[char; RHYME_LETTERS]>> = run.iter().map(rhyme).collect();
    // Rhyme is counted among the lines long enough for a verse (a menu's one- and two-word
    // entries above a poem neither rhyme nor count).
    let long = |k: &usize| run[*k].words() >= MIN_VERSE_WORDS;
    let rhyming = (0..run.len())
        .filter(long)
        .filter(|&k| rhymes[k].is_some() && rhymes[k.saturating_sub(2)..k].contains(&rhymes[k]))
        .count();
    let verses = (0..run.len()).filter(long).count();
    let joined = run.iter().filter(|line| opens_joined(line)).count();
    verses > 0 && VERSE_RHYME_SHARE.reached(rhyming, verses)
        || VERSE_OPENER_SHARE.reached(joined, run.len())
}

/// Removes every run of [`MIN_LISTING_RUN_LINES`] or more link lines ([`is_link_line`]),
/// blank lines between them allowed, on a page with no article ([`PageKind::Listing`]: no
/// run of prose long enough for one) that shows chrome this rule knows (`dropped`, the spans
/// its other checks removed, sorted, is not empty: a footer link, a link run, a copyright
/// line). With no article on the page, such runs are its menus, box headings and link
/// lists, whose entries may run to seven words (`وكالة الانباء اللبنانية`, `Favorite Books
/// on Creativity`), too long for a menu run of an article page.
///
/// What stays: prose lines (a teaser's blurb), which end a run; the run's lines among the
/// [`TEASER_HEAD_LINES`] above a sentence that follows it; a run with a line of code (a
/// program's listing); a run of verse ([`is_verse`], tested on the run and on all the
/// page's link lines), for a page of no prose may be a poem; and a bare list or poem with
/// no chrome around it. A line among `dropped` is not reported again. The verdict is the
/// page's as this pass sees it, and is only asked for when a run long enough exists: most
/// pages have none.
pub(super) fn listing_runs(doc: &Doc<'_>, dropped: &[Range<usize>], out: &mut Vec<Removal>) {
    if dropped.is_empty() {
        return;
    }
    let mut is_listing: Option<bool> = None;
    let lines: Vec<Line<'_>> = doc.lines().collect();
    let mut page_verse: Option<bool> = None;
    let mut i = 0;
    while i < lines.len() {
        if !is_link_line(&lines[i]) {
            i += 1;
            continue;
        }
        let mut run = Vec::new();
        let mut j = i;
        while let Some(line) = lines.get(j) {
            if is_link_line(line) {
                run.push(*line);
            } else if !line.is_blank() {
                break;
            }
            j += 1;
        }
        i = j;
        if run.len() < MIN_LISTING_RUN_LINES || run.iter().any(|line| has_code_syntax(line.text()))
        {
            continue;
        }
        if !*is_listing.get_or_insert_with(|| PageKind::of(doc) == PageKind::Listing) {
            return;
        }
        let page_is_verse = || {
            let short: Vec<Line<'_>> = lines.iter().filter(|l| is_link_line(l)).copied().collect();
            is_verse(&short)
        };
        if is_verse(&run) || *page_verse.get_or_insert_with(page_is_verse) {
            continue;
        }
        // A sentence right under the run's last line, or under a byline or date below it:
        // the lines of the run within two of it stay.
        let below = lines[j..].iter().filter(|line| !line.is_blank());
        let spared = below
            .take(TEASER_HEAD_LINES)
            .position(Line::ends_with_terminal)
            .map_or(0, |at| TEASER_HEAD_LINES - at);
        let count = run.len();
        let gone = |line: &Line<'_>| {
            let span = line.span_with_break();
            dropped
                .binary_search_by_key(&(span.start, span.end), |d| (d.start, d.end))
                .is_ok()
        };
        for line in run[..count.saturating_sub(spared)]
            .iter()
            .filter(|l| !gone(l))
        {
            out.push(Removal::line(
                line,
                ID,
                Reason::ListingLinks { lines: count },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Rule;

    /// The footer every test page ends with: chrome the rule knows, which a listing run needs
    /// on its page.
    const FOOTER: &str = "\nCopyright © 2024 Example Press\n";

    /// The lines the whole rule removes as a listing run from `page` with [`FOOTER`] under it.
    fn removed(page: &str) -> Vec<String> {
        let page = format!("{page}{FOOTER}");
        let doc = Doc::new(&page);
        let mut out = Vec::new();
        crate::rules::FooterLinks::default().find(&doc, &mut out);
        out.iter()
            .filter(|r| matches!(r.reason, Reason::ListingLinks { .. }))
            .map(|r| page[r.span.clone()].trim_end().to_owned())
            .collect()
    }

    /// A directory of newspapers by country, as a portal prints it: no sentence anywhere.
    const DIRECTORY: &str = "الأخبار الرئيسية\nالشرق الأوسط\nمصر\nالاهرام العالم اليوم المساء\nلبنان\nاللواء النهار السفير وكالة الانباء اللبنانية\nقطر\nالشرق الراية الوطن\n";

    const ARTICLE: &str = "The council voted on Tuesday to expand the bus network, adding eleven routes across the city and the suburbs, after a debate that lasted for hours.\n";

    #[test]
    fn a_directory_on_a_page_without_article_goes() {
        assert_eq!(removed(DIRECTORY).len(), 8);
        let english = "Favorite Books on Creativity\nFavorite Creativity Blogs\nMy Other Blogs\nDenny Lee on LinkedIn\nTop Marketing Professors on Twitter\nEdit\nDelete\n";
        assert_eq!(removed(english).len(), 7);
    }

    #[test]
    fn a_page_without_chrome_keeps_its_runs() {
        let doc = Doc::new(DIRECTORY);
        let mut out = Vec::new();
        listing_runs(&doc, &[], &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn lines_the_rule_removed_are_not_reported_again() {
        let page = format!("{DIRECTORY}Contact us\nPrivacy Policy\n");
        let lines = removed(&page);
        assert_eq!(lines.len(), 8);
        assert!(!lines.iter().any(|line| line == "Privacy Policy"));
    }

    #[test]
    fn blank_lines_do_not_break_a_run() {
        // Six lines: `Contact us` the rule removes as a footer link, the five others as a run.
        let page = "World\n\nSport\nWeather\n\nCulture\nTravel\n\nContact us\n";
        assert_eq!(
            removed(page),
            ["World", "Sport", "Weather", "Culture", "Travel"]
        );
    }

    #[test]
    fn a_short_run_stays() {
        assert!(removed("World\nSport\nWeather\nCulture\nTravel\n").is_empty());
    }

    #[test]
    fn runs_on_an_article_page_stay() {
        let page = format!("{DIRECTORY}{}", ARTICLE.repeat(3));
        assert!(removed(&page).is_empty());
    }

    #[test]
    fn the_headline_over_a_blurb_stays() {
        let page = "World\nSport\nWeather\nCulture\nTravel\nWhere is Matt - YouTube\nvia youtube.com\nYou do not have to circle the globe to dance.\n";
        assert_eq!(
            removed(page),
            ["World", "Sport", "Weather", "Culture", "Travel"]
        );
        // Under a byline too.
        let post = "World\nSport\nWeather\nCulture\nTravel\nHealth Wonk Review\nWritten by Ann Lee - Oct 28\nAre you voting? The review will keep you informed.\n";
        assert_eq!(
            removed(post),
            ["World", "Sport", "Weather", "Culture", "Travel"]
        );
    }

    #[test]
    fn list_items_facts_clauses_and_code_stay() {
        let changelog = "+ Added slime blocks\n+ Added banners\n+ Added armor stands\n+ Added red sandstone\n+ Added the ocean monument\n+ Added iron trapdoors\n";
        assert!(removed(changelog).is_empty());
        let steps = "1. Heat the oven\n2. Mix the flour\n3) Add the eggs\n4. Stir well\n5. Bake it\n6. Serve warm\n";
        assert!(removed(steps).is_empty());
        let agenda = "Host: Xing AG\nModerator: Ann Lee\nAgenda\nWelcome 10 min\nTalks 30 min\nDrinks afterwards\nGoodbye\n";
        assert!(removed(agenda).is_empty());
        let clauses =
            "In a car;\nat the office;\nwhile waiting in line;\nat a club,\nanywhere,\nanyplace,\n";
        assert!(removed(clauses).is_empty());
        let code = "fn main() {\nlet x = one\nprint(x)\nreturn x\nend\ndone\n";
        assert!(removed(code).is_empty());
    }

    #[test]
    fn rhymed_verse_stays() {
        // Lines rhyming in pairs, as a sung poem's do (written for this test).
        let poem = "يا ليل طال السهر\nوالقلب فيه الخبر\nيا نجم قل للقمر\nإني نسيت الضجر\nمرت ليالي العمر\nوالشوق باقي الأثر\n";
        assert!(is_verse(&Doc::new(poem).lines().collect::<Vec<_>>()));
        assert!(removed(poem).is_empty());
        let english = "The rain came down\nupon the town\nthe streets were grey\nat close of day\nno one around\nno other sound\n";
        assert!(removed(english).is_empty());
    }

    #[test]
    fn free_verse_whose_lines_go_on_stays() {
        // Each line goes on from the one before: prepositions and glued conjunctions open them.
        let poem = "كم امرأة\nبين الأنقاض\nتلم زينتها\nوتنتظر\nعلى باب البيت\nمن غير موعد\n";
        assert!(removed(poem).is_empty());
    }

    #[test]
    fn link_texts_are_not_verse() {
        let lines: Vec<Line<'_>> = Vec::new();
        assert!(!is_verse(&lines));
        let doc = Doc::new(DIRECTORY);
        assert!(!is_verse(&doc.lines().collect::<Vec<_>>()));
        // A word that merely starts with the letter of a conjunction opens no going-on line.
        let doc = Doc::new("وطن\nفن\nوكالة الانباء");
        assert!(doc
            .lines()
            .all(|line| !opens_joined(&line) || line.text() == "وكالة الانباء"));
    }

    #[test]
    fn rhyme_is_the_last_two_letters() {
        let doc = Doc::new("The Town!\nحبٌّ ـ");
        let rhymes: Vec<Option<[char; RHYME_LETTERS]>> = doc.lines().map(|l| rhyme(&l)).collect();
        assert_eq!(rhymes, [Some(['w', 'n']), Some(['ح', 'ب'])]);
        assert_eq!(rhyme(&Doc::new("a!").lines().next().unwrap()), None);
    }
}
