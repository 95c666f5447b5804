//! Teaser lists with no heading: headlines of other articles, each with the stamp a site
//! prints under it (a date, a time ago, a view count), one after another.
//!
//! `related-section` finds a list by its heading (`Most read`, `الأكثر قراءة`); a widget that
//! prints none shows itself by its shape: headline, stamp, headline, stamp. A news feed
//! prints the time in front of each headline, newest first (`14:44 …`, `14:32 …`). The shape
//! is the same in every script, so no phrase is needed.

use std::cell::Cell;
use std::ops::Range;

use crate::doc::{Doc, Line};
use crate::rules::page_chrome::{
    has_number, is_counter, is_date_line, is_numberless_time_frame, is_relative_time, is_time_ago,
    MAX_PATTERN_WORDS,
};
use crate::rules::{digit, is_cut_short, next_text, number, prev_text};

/// Fewest teasers (a headline with its stamps) that make a list: two dated headlines in a row
/// are an article's headline and dateline over a subheading's as often.
pub(crate) const MIN_TEASERS: usize = 3;

/// Most blank lines between two lines of one teaser or two teasers: a widget's lines stand
/// together.
const WIDGET_BLANKS: usize = 1;

/// Most stamp lines under one headline: a date, a view count and a comment count.
const MAX_STAMPS: usize = 3;

/// Fewest words of a teaser's headline: menus are one- and two-word lines.
const MIN_HEADLINE_WORDS: usize = 3;

/// What a stamp is. A date, a time of day or a duration stands under the items of an
/// article's own lists too (events, fixtures, books of the year, a festival's films with their
/// running times); a time ago or a count is what a site prints under its teasers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stamp {
    /// A date, a time of day, a duration or a reading time (`May 3, 2012`, `95 min`).
    Date,
    /// A time ago or a counter (`منذ 3 ساعات`, `2 hours ago`, `1520 مشاهدة`).
    Site,
}

/// The stamp `line` is, if it is one: a date or time, a relative time (`منذ 3 ساعات`, `2
/// hours ago`) or a counter (`1520 مشاهدة`, `120 views`) alone on its line; not a bare
/// number, which the date pattern reads as a year (`1998` in an article's timeline).
fn stamp(line: &Line<'_>) -> Option<Stamp> {
    if line.is_blank() || line.words() > MAX_PATTERN_WORDS {
        return None;
    }
    // Dates and counters hold a number; a stamp without one is a time ago that opens with
    // `منذ` or `قبل` (`منذ ساعتين`) or closes with `مضت` (`أسبوعين مضت`). Most lines fail
    // here, before any pattern runs: a menu under a headline is short lines with no number.
    let key = line.key();
    let number = has_number(line);
    if number {
        if is_bare_count(line) || is_time_range(key) {
            None
        } else if is_relative_time(key, true) {
            Some(if is_time_ago(key) {
                Stamp::Site
            } else {
                Stamp::Date
            })
        } else if is_counter(key, true) {
            Some(Stamp::Site)
        } else {
            is_date_line(key, true).then_some(Stamp::Date)
        }
    } else {
        (is_numberless_time_frame(key) && is_relative_time(key, false)).then_some(Stamp::Site)
    }
}

/// Whether `line` is a bare count (`3930`): digits and separators only. It goes with a
/// teaser only after a stamp (a view count under a date), never alone: an article's table
/// prints bare numbers too.
fn is_bare_count(line: &Line<'_>) -> bool {
    let key = line.key();
    line.letters() == 0
        && line.digits() > 0
        && key
            .chars()
            .all(|c| digit(c).is_some() || matches!(c, ',' | '.' | '٬' | ' '))
}

/// Whether `key` holds two clock times (`13:15 – 17:00`): a programme's or a timetable's
/// line, under each of its items, in an article as often as around it.
fn is_time_range(key: &str) -> bool {
    let bytes = key.as_bytes();
    let clock = |at: usize| {
        at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
            && bytes.get(at + 2).is_some_and(u8::is_ascii_digit)
    };
    memchr::memchr_iter(b':', bytes)
        .filter(|&at| clock(at))
        .nth(1)
        .is_some()
}

/// Most words of a teaser card's label (its section, `Politics`, `دول ومدن`) above its
/// headline, or of its writer's name between the headline and the stamp.
const MAX_LABEL_WORDS: usize = 4;

/// Whether `line` can be a teaser card's label or writer: one to [`MAX_LABEL_WORDS`] words
/// with no digit and no sentence end (commas join two sections, `دول ومدن, سياسة`), and not
/// opening or closing as a stamp without a number does (`منذ يومين`, `أسبوعين مضت`).
/// Magazine themes print each card as section, headline, writer and stamp (`Politics` / a
/// headline / `Ann Lee` / `2 hours ago`); such a line counts only beside a headline and a
/// site's stamp ([`Stamp::Site`]), so a card still needs both.
fn is_card_label(line: &Line<'_>) -> bool {
    (1..=MAX_LABEL_WORDS).contains(&line.words())
        && line.digits() == 0
        && line.terminal_punct() == 0
        && !is_numberless_time_frame(line.key())
}

/// Whether `line` can be a teaser's headline by its length and end: three words up to
/// `max_words`, not ending with a full stop (a headline may ask or exclaim). The cheap half
/// of [`Scan::is_headline`].
fn is_headline_shaped(line: &Line<'_>, max_words: usize) -> bool {
    (MIN_HEADLINE_WORDS..=max_words).contains(&line.words()) && !line.ends_with_period()
}

/// Hours of a day, minutes of an hour: the bounds of a clock time.
const HOURS: usize = 24;
const MINUTES: usize = 60;

/// The minute of the day of the clock time that opens `key` before a space (`14:44 `,
/// `9:05 `), in digits of any script: an hour up to 23, a colon, two digits of minutes.
fn opening_clock(key: &str) -> Option<usize> {
    let (hour, rest) = key.trim_start().split_once(':')?;
    if !(1..=2).contains(&hour.chars().count()) {
        return None;
    }
    let hour = number(hour)?;
    // Two characters of minutes, then the space.
    let (at, space) = rest.char_indices().nth(2)?;
    let minute = number(&rest[..at])?;
    (hour < HOURS && minute < MINUTES && space == ' ').then_some(hour * MINUTES + minute)
}

/// The clock time of a headline that opens with the time it was posted (`14:44 Accusations
/// de viols : 14 militaires mis en cause`): the time and then a headline of three words up
/// to `max_words`, not a sentence ending with a full stop, not a timetable's range (`13:15
/// – 17:00 Uhr`).
fn clock_headline(line: &Line<'_>, max_words: usize) -> Option<usize> {
    if !(MIN_HEADLINE_WORDS < line.words() && line.words() <= max_words.saturating_add(1))
        || line.ends_with_period()
    {
        return None;
    }
    let key = line.key();
    let minute = opening_clock(key)?;
    (!is_time_range(key)).then_some(minute)
}

/// A news feed's list of the latest headlines, each opening with the time it was posted and
/// newest first (`14:44 …`, `14:32 …`, `13:54 …`), from line `index` on: [`MIN_TEASERS`]
/// or more such lines in a row, with at most [`WIDGET_BLANKS`] blank lines between. An
/// article's timeline or programme runs forward in time; a feed runs back.
fn clock_run(doc: &Doc<'_>, index: usize, max_words: usize) -> Option<(Range<usize>, usize)> {
    let mut latest = clock_headline(&doc.line(index)?, max_words)?;
    let (mut next, mut teasers) = (index + 1, 1);
    while let Some(line) = next_text(doc, next, WIDGET_BLANKS) {
        match clock_headline(&line, max_words) {
            Some(minute) if minute <= latest => latest = minute,
            _ => break,
        }
        teasers += 1;
        next = line.index() + 1;
    }
    (teasers >= MIN_TEASERS).then_some((index..next, teasers))
}

/// One teaser of a list, as [`Scan::teaser`] reads it.
struct Teaser {
    /// The index of its headline line.
    headline: usize,
    /// Whether a card's label stands above the headline.
    labelled: bool,
    /// The index after its last line.
    end: usize,
}

/// Teaser lists of one document, each line's [`stamp`] worked out once: a line is asked about
/// as the line under a headline, as a writer's stamp and as a headline itself, from several
/// starting lines (the patterns behind it are the costly part of the search).
pub(crate) struct Scan<'a, 'd> {
    doc: &'a Doc<'d>,
    max_words: usize,
    /// By line: what [`stamp`] answered, once asked.
    stamps: Vec<Cell<Known>>,
}

/// A line's [`stamp`] as a [`Scan`] knows it.
#[derive(Clone, Copy)]
enum Known {
    Unasked,
    Answered(Option<Stamp>),
}

impl<'a, 'd> Scan<'a, 'd> {
    /// A scan of `doc` for lists whose headlines have at most `max_words` words.
    pub(crate) fn new(doc: &'a Doc<'d>, max_words: usize) -> Scan<'a, 'd> {
        Scan {
            doc,
            max_words,
            stamps: vec![Cell::new(Known::Unasked); doc.len()],
        }
    }

    /// [`stamp`], remembered by line.
    fn stamp(&self, line: &Line<'_>) -> Option<Stamp> {
        let Some(known) = self.stamps.get(line.index()) else {
            return stamp(line);
        };
        if let Known::Answered(found) = known.get() {
            return found;
        }
        let found = stamp(line);
        known.set(Known::Answered(found));
        found
    }

    /// Whether `line` is a stamp of either kind.
    fn is_stamp(&self, line: &Line<'_>) -> bool {
        self.stamp(line).is_some()
    }

    /// Whether the next text line from `index` is a stamp.
    fn stamp_at(&self, index: usize) -> bool {
        next_text(self.doc, index, WIDGET_BLANKS).is_some_and(|l| self.is_stamp(&l))
    }

    /// Whether `line` can be a teaser's headline: shaped as one, and not a stamp itself.
    fn is_headline(&self, line: &Line<'_>) -> bool {
        is_headline_shaped(line, self.max_words) && !self.is_stamp(line)
    }

    /// The headline of the teaser that opens at line `index`, and whether a card's label
    /// stands above it: the next text line, or the one below it when the first is a label
    /// ([`is_card_label`]) over a headline.
    fn card_headline(&self, index: usize) -> Option<(Line<'a>, bool)> {
        let first = next_text(self.doc, index, WIDGET_BLANKS)?;
        if is_card_label(&first) {
            let below = next_text(self.doc, first.index() + 1, WIDGET_BLANKS);
            if let Some(headline) = below.filter(|l| self.is_headline(l)) {
                return Some((headline, true));
            }
        }
        Some((first, false)).filter(|(l, _)| self.is_headline(l))
    }

    /// The teaser that opens at line `index`: a card's label if a headline follows it, the
    /// headline, a blurb cut short if one follows, a writer's name if a stamp follows it,
    /// then one to [`MAX_STAMPS`] stamps (bare counts among them after the first). A card
    /// with a label or a writer needs a site's stamp ([`Stamp::Site`]): under a date, a
    /// section, a title and a name are as often an article's own list of events, fixtures or
    /// books.
    fn teaser(&self, index: usize) -> Option<Teaser> {
        let doc = self.doc;
        let (headline, labelled) = self.card_headline(index)?;
        let mut next = headline.index() + 1;
        if let Some(blurb) = next_text(doc, next, WIDGET_BLANKS).filter(is_cut_short) {
            next = blurb.index() + 1;
        }
        let mut signed = false;
        if let Some(writer) = next_text(doc, next, WIDGET_BLANKS).filter(is_card_label) {
            if self.stamp_at(writer.index() + 1) {
                next = writer.index() + 1;
                signed = true;
            }
        }
        let mut first_stamp = None;
        let mut stamps = 0;
        while stamps < MAX_STAMPS {
            let Some(line) = next_text(doc, next, WIDGET_BLANKS) else {
                break;
            };
            let found = self.stamp(&line);
            if !(found.is_some() || (stamps > 0 && is_bare_count(&line))) {
                break;
            }
            first_stamp = first_stamp.or(found);
            stamps += 1;
            next = line.index() + 1;
        }
        let carded = labelled || signed;
        (stamps > 0 && (!carded || first_stamp == Some(Stamp::Site))).then_some(Teaser {
            headline: headline.index(),
            labelled,
            end: next,
        })
    }

    /// The teaser list that opens at line `index`, if one does: the range of its lines and
    /// its number of teasers, [`MIN_TEASERS`] at least.
    pub(crate) fn list_at(&self, index: usize) -> Option<(Range<usize>, usize)> {
        let (doc, max_words) = (self.doc, self.max_words);
        // The cheap tests first: a line shaped as a headline (or a card's label over one),
        // with a stamp, a blurb or a writer and a stamp under it, or opening with a clock
        // time.
        let first = doc
            .line(index)
            .filter(|l| is_headline_shaped(l, max_words.saturating_add(1)) || is_card_label(l))?;
        if first.digits() > 0 && first.words() > MIN_HEADLINE_WORDS {
            if let Some(feed) = clock_run(doc, index, max_words) {
                return Some(feed);
            }
        }
        // The headline is this line or, under a label, the next; what [`Scan::teaser`]
        // takes under it must be there. Whether the headline is a stamp, and which kind of
        // stamp a card needs, is left to the run.
        let teaser_below = |headline: &Line<'_>| {
            next_text(doc, headline.index() + 1, WIDGET_BLANKS).is_some_and(|below| {
                is_cut_short(&below)
                    || self.is_stamp(&below)
                    || (is_card_label(&below) && self.stamp_at(below.index() + 1))
            })
        };
        let as_headline = || is_headline_shaped(&first, max_words) && teaser_below(&first);
        let under_label = || {
            is_card_label(&first)
                && next_text(doc, index + 1, WIDGET_BLANKS)
                    .filter(|l| is_headline_shaped(l, max_words))
                    .is_some_and(|headline| teaser_below(&headline))
        };
        if !(as_headline() || under_label()) {
            return None;
        }
        self.run(index)
    }

    /// The teasers from line `index` on, [`MIN_TEASERS`] at least, with the stamp above the
    /// first and the headline below the last where each stamp stands above its headline.
    fn run(&self, index: usize) -> Option<(Range<usize>, usize)> {
        let doc = self.doc;
        let (mut next, mut teasers, mut labels) = (index, 0, 0);
        let mut first = None;
        while let Some(teaser) = self.teaser(next) {
            labels += usize::from(teaser.labelled);
            next = teaser.end;
            teasers += 1;
            first = first.or(Some(teaser));
        }
        if teasers < MIN_TEASERS {
            return None;
        }
        // Labels stand on two cards or more: over the first headline alone, a short line is
        // the one above the list (`To be continued`, `Reporting by Ann Lee`, `والله أعلم`).
        let mut start = match first {
            Some(first) if first.labelled && labels < 2 => first.headline,
            _ => index,
        };
        // A widget that prints each stamp above its headline reads, from its first headline
        // on, as headlines with the next one's stamp under them: its first stamp is above
        // the run and its last headline below it.
        if let Some(stamp) = prev_text(doc, start, WIDGET_BLANKS).filter(|l| self.is_stamp(l)) {
            start = stamp.index();
            if let Some(last) = next_text(doc, next, WIDGET_BLANKS).filter(|l| self.is_headline(l))
            {
                next = last.index() + 1;
                teasers += 1;
            }
        }
        Some((start..next, teasers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> Option<(String, usize)> {
        let doc = Doc::new(text);
        let scan = Scan::new(&doc, 20);
        (0..doc.len()).find_map(|i| {
            scan.list_at(i).map(|(lines, n)| {
                let start = doc.line(lines.start).map_or(0, |l| l.span().start);
                let end = doc
                    .line(lines.end - 1)
                    .map_or(text.len(), |l| l.span_with_break().end);
                (text[start..end].to_owned(), n)
            })
        })
    }

    const ARTICLE: &str =
        "The council voted on Tuesday to expand the bus network, adding eleven routes.\n";

    /// Pieces (one or more lines) the twin test's pages are made of: teasers of several
    /// shapes, and lines that look like their parts.
    const TWIN_PIECES: [&str; 16] = [
        "14:44 Gold prices rise again\n14:32 Youth team reaches the final",
        "09:30 Doors open at the hall",
        "Gold prices rise\n2 hours ago",
        "منتخب الشباب يتأهل إلى النهائي\n1520 مشاهدة",
        "Youth team wins\nCouncil approves night buses after a long debate, and drivers say the…\nMay 3, 2012\n3930",
        "منذ 3 ساعات\nGold prices rise",
        "The council met.\n2 hours ago",
        "Sport\nMay 3, 2012",
        "Agenda item one\n13:15 – 17:00",
        "",
        "Gold prices rise again",
        "3930",
        "Book fair opens!!\n\nمنذ يوم",
        "Politics\nCouncil approves night buses\nAnn Lee\n2 hours ago",
        "Ann Lee",
        "دول ومدن, سياسة\nهذه هي اقدم دولة في العالم\nأسبوعين مضت",
    ];

    proptest::proptest! {
        /// The cheap tests in front of [`Scan::run`] turn away only lines where it finds
        /// nothing. The twin is the run itself, so this holds the gate alone; what the run takes
        /// (labels, writers, stamps) the cases below hold.
        #[test]
        fn gate_agrees_with_naive_twin(picks in proptest::collection::vec(0..TWIN_PIECES.len(), 0..10)) {
            let text = picks.iter().map(|&i| TWIN_PIECES[i]).collect::<Vec<_>>().join("\n");
            let doc = Doc::new(&text);
            let scan = Scan::new(&doc, 20);
            for line in doc.lines().filter(|l| !l.is_blank()) {
                let i = line.index();
                // A fresh scan for the twin: nothing remembered from the gate's questions.
                let naive = clock_run(&doc, i, 20).or_else(|| Scan::new(&doc, 20).run(i));
                proptest::prop_assert_eq!(scan.list_at(i), naive, "{:?} at {}", text, i);
            }
        }
    }

    /// Lists after an article: (case, list, teasers).
    const LISTS: [(&str, &str, usize); 4] = [
        (
            "view counts",
            "ارتفاع أسعار الذهب.. والفضة تتراجع\n1520 مشاهدة\nمنتخب الشباب يتأهل إلى النهائي\n987 مشاهدة\nهل ينجح الاتفاق الجديد في خفض الأسعار؟\n2301 مشاهدة\n",
            3,
        ),
        (
            "times ago and blank lines",
            "Gold prices rise again\n\n2 hours ago\n\nYouth team reaches the final\n\n3 hours ago\n\nBook fair opens with 40 countries!\n\n1 day ago\n",
            3,
        ),
        (
            "a date and a bare count",
            "«يوتيوب».. ضوابط ومحذورات\nيناير 14 2025\n3750\nالجالية تقرر بناء مسجد جديد\nيناير 18 2025\n8\nفتح الجامع المركزي أمام الزوار\nيناير 18 2025\n9\n",
            3,
        ),
        (
            "stamps above their headlines",
            "منذ ساعتين\nارتفاع أسعار الذهب.. والفضة تتراجع\nمنذ 3 ساعات\nمنتخب الشباب يتأهل إلى النهائي\nمنذ 5 ساعات\nهل ينجح الاتفاق الجديد في خفض الأسعار؟\nمنذ يوم\nافتتاح معرض الكتاب بمشاركة 40 دولة!!\n",
            4,
        ),
    ];

    #[test]
    fn lists_after_an_article() {
        for (case, teasers, count) in LISTS {
            let page = format!("{ARTICLE}\n{teasers}");
            assert_eq!(list(&page), Some((teasers.to_owned(), count)), "{case}");
        }
    }

    #[test]
    fn cards_with_a_label_and_a_writer_are_a_list() {
        // Section, headline, writer, stamp: the first card's label opens the list.
        let cards = "سياسة\nما هي الصحراء الغربية ؟ ولماذا تتنازع الأطراف عليها؟\nمحمد إيهاب\nأسبوعين مضت\nحول العالم\nهذا هو المكان الأكثر حرارة في العالم .. بالصور\nعمرو أيمن\nأسبوعين مضت\nدول ومدن, سياسة\n9 دول مهددة بالاختفاء خلال العشرين عامًا المقبلة\nقصي أبو شامة\n3 أسابيع مضت\n";
        assert_eq!(
            list(&format!("{ARTICLE}\n{cards}")),
            Some((cards.to_owned(), 3))
        );
        // Writers without labels, and labels without writers.
        let cards = "Council approves night buses\nAnn Lee\n2 hours ago\nYouth team reaches the final\nSam Roe\n3 hours ago\nBook fair opens with 40 countries\nAnn Lee\n1 day ago\n";
        assert_eq!(
            list(&format!("{ARTICLE}\n{cards}")),
            Some((cards.to_owned(), 3))
        );
        let cards = "Transport\nCouncil approves night buses\n2 hours ago\nSport\nYouth team reaches the final\n3 hours ago\nCulture\nBook fair opens with 40 countries\n1 day ago\n";
        assert_eq!(
            list(&format!("{ARTICLE}\n{cards}")),
            Some((cards.to_owned(), 3))
        );
    }

    #[test]
    fn labels_and_names_without_stamps_are_no_list() {
        // An article's headline, byline and dateline, then its text.
        let article =
            format!("Council approves night buses\nAnn Lee\n2 hours ago\n{ARTICLE}{ARTICLE}");
        assert_eq!(list(&article), None);
        // Headlines under labels with writers but no stamps: a menu of sections and headlines.
        let menu = "Transport\nCouncil approves night buses\nAnn Lee\nSport\nYouth team reaches the final\nSam Roe\nCulture\nBook fair opens with 40 countries\nAnn Lee\n";
        assert_eq!(list(&format!("{ARTICLE}\n{menu}")), None);
        // Subheadings over paragraphs, each signed and dated: letters to the editor.
        let letters = format!("Buses at night\n{ARTICLE}Ann Lee\nMay 3, 2012\nThe bridge works\n{ARTICLE}Sam Roe\nMay 4, 2012\nThe new library\n{ARTICLE}Ann Lee\nMay 5, 2012\n");
        assert_eq!(list(&letters), None);
    }

    #[test]
    fn an_articles_own_lists_under_dates_are_no_cards() {
        // What's on, fixtures, books of the year: section, title, name and a date, in the
        // article's own words. A card needs a time ago or a count under it.
        let programme = "Music\nJazz night at the old harbour\nThe Blue Notes\nFriday, 8 March 2024\nTheatre\nA new staging of Hamlet in the park\nCity Players\nSaturday, 9 March 2024\nArt\nPhotographs of the river at dawn\nAna Ruiz\nSunday, 10 March 2024\n";
        assert_eq!(list(&format!("{ARTICLE}{programme}{ARTICLE}")), None);
        let fixtures = "الأهلي ضد الزمالك\nاستاد القاهرة الدولي\nالجمعة 8 مارس 2024\nالهلال ضد النصر\nملعب الملك فهد\nالسبت 9 مارس 2024\nالوداد ضد الرجاء\nملعب محمد الخامس\nالأحد 10 مارس 2024\n";
        assert_eq!(list(&format!("{ARTICLE}{fixtures}{ARTICLE}")), None);
    }

    #[test]
    fn durations_and_long_ago_are_no_site_stamps() {
        // A festival's films with their running times, a recipe collection's cooking times, a
        // history's `منذ 1165 سنة`: section, title and name over a number that is no feed's.
        let films = "Drama\nThe Last Winter in Tromsø\nAna Ruiz\n95 min\nComedy\nA Wedding on the Harbour\nSam Roe\n102 min\nDocumentary\nRivers of the North Sea\nLena Berg\n88 min\n";
        assert_eq!(list(&format!("{ARTICLE}{films}{ARTICLE}")), None);
        let universities = "المغرب\nجامعة القرويين في مدينة فاس\nفاطمة الفهرية\nمنذ 1165 سنة\nمصر\nجامعة الأزهر في القاهرة\nجوهر الصقلي\nمنذ 1050 سنة\nتونس\nجامعة الزيتونة في تونس العاصمة\nعبيد الله بن الحبحاب\nمنذ 1280 سنة\n";
        assert_eq!(list(&format!("{ARTICLE}{universities}{ARTICLE}")), None);
    }

    #[test]
    fn a_label_over_the_first_card_alone_stays() {
        // The article's last line above a list whose cards carry no label.
        let teasers = "Gold prices rise again in Asia\n2 hours ago\nYouth team reaches the final\n3 hours ago\nBook fair opens with 40 countries\n1 day ago\n";
        let page = format!("{ARTICLE}To be continued\n{teasers}");
        assert_eq!(list(&page), Some((teasers.to_owned(), 3)));
    }

    #[test]
    fn days_gone_by_is_a_title_not_a_stamp() {
        // `أيام مضت` is a plural with no number: the title of songs and poems.
        let poems = "ذكريات من زمن الطفولة في الحي\nأيام مضت\nرسالة إلى صديق قديم في المهجر\nسنوات مضت\nقصيدة عن البحر والمطر والغياب\nيوم مضى\n";
        assert_eq!(list(&format!("{ARTICLE}{poems}")), None);
    }

    #[test]
    fn two_teasers_or_bare_counts_alone_are_no_list() {
        assert_eq!(
            list(
                "Gold prices rise again\n2 hours ago\nYouth team reaches the final\n3 hours ago\n"
            ),
            None
        );
        // A table's rows: names with bare numbers, no stamp.
        assert_eq!(
            list("North loop line\n1520\nRiver line east\n987\nHarbour line west\n640\n"),
            None
        );
    }

    #[test]
    fn a_programme_is_no_list() {
        // Items of an agenda, each with its time range.
        let agenda = "Arrival at the company\n13:15 – 17:00\nWorkshop with the team\n17:00 – 17:30\nTransfer to the hotel\n17:30 – 19:00\n";
        assert_eq!(list(agenda), None);
        assert!(is_time_range("13:15 – 17:00 uhr"));
        assert!(!is_time_range("nov 1st 2012 11:00am"));
        assert!(!is_time_range("2:13"));
    }

    #[test]
    fn a_feed_of_timed_headlines_newest_first_is_a_list() {
        let feed = "14:44 Accusations de viols : 14 militaires mis en cause\n\n14:32 Un artiste arrêté pour avoir coloré un geyser\n13:54 En Islande, tuer un Basque est désormais interdit\n";
        let page = format!("{ARTICLE}\n{feed}Direct\n");
        assert_eq!(list(&page), Some((feed.to_owned(), 3)));
        // Arabic-Indic digits, two lines posted in the same minute.
        let feed = "١٤:٤٤ ارتفاع أسعار الذهب والفضة تتراجع\n١٤:٤٤ منتخب الشباب يتأهل إلى النهائي\n٠٩:٠٥ افتتاح معرض الكتاب بمشاركة 40 دولة\n";
        assert_eq!(
            list(&format!("{ARTICLE}\n{feed}")),
            Some((feed.to_owned(), 3))
        );
    }

    #[test]
    fn timed_lines_that_are_no_feed() {
        for text in [
            // An article's timeline runs forward.
            "09:30 Doors open at the town hall\n10:00 The mayor opens the debate\n11:15 The council votes on the routes\n",
            // A headline, then sentences: a live report's entries.
            "14:44 The council meets in the town hall\n14:32 The mayor spoke for an hour.\n13:54 The vote was held at last.\n",
            // Decimals are no clock, a range is a timetable's line.
            "9.50 Euro für die Fahrt in die Stadt\n9.20 Euro für die Fahrt zurück\n8.10 Euro für die Monatskarte\n",
            "17:30 – 19:00 Uhr Empfang im Rathaus\n13:15 – 17:00 Uhr Workshop mit dem Team\n09:00 – 12:00 Uhr Ankunft der Gäste\n",
            // Two are not a list.
            "14:44 Gold prices rise again\n14:32 Youth team reaches the final\n",
        ] {
            assert_eq!(list(&format!("{ARTICLE}\n{text}")), None, "{text}");
        }
        assert_eq!(opening_clock("23:59 x"), Some(23 * 60 + 59));
        assert_eq!(opening_clock("24:00 x"), None);
        assert_eq!(opening_clock("9:5 x"), None);
        assert_eq!(opening_clock("123:45 x"), None);
        assert_eq!(opening_clock("99999999999:45 x"), None);
        assert_eq!(opening_clock("12:345 x"), None);
    }

    #[test]
    fn sentences_are_not_headlines() {
        assert_eq!(
            list("The council met.\n2 hours ago\nThe mayor spoke.\n3 hours ago\nThe vote was held.\n1 day ago\n"),
            None
        );
    }
}
