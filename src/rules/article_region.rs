//! `article-region`: find the one dense body of prose and drop headline lists far from it.

use once_cell::sync::Lazy;

use crate::doc::{announces_list, Block, BlockKind as Kind};
use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::READ_MORE_LINKS;
use crate::phrases::PhraseSet;
use crate::rule::{Reason, Removal, Rule};
use crate::rules::title::{title_words, Lead, MIN_TITLE_WORDS};
use crate::rules::{is_cut_short, MAX_TRUNCATED_WORDS};

const ID: &str = "article-region";

/// The links that close a teaser's blurb (`Read more`, `Weiterlesen`, `المزيد`). Folded.
static READ_MORE: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &READ_MORE_LINKS));

/// Finds the article body, the densest run of prose on the page, and reports the short,
/// headline-like lines far from it: menus, teaser headlines, video durations, section names.
///
/// An article alone has short lines far from its densest prose too (a title, a closing
/// note), so these are *evidence* for the line model ([`ContentModel`](crate::ContentModel)),
/// which decides; on its own the rule removes nothing.
///
/// Each non-blank line scores its length in words if it reads as prose (long enough, with
/// sentence punctuation) and a penalty if it does not; the article region is the run of lines
/// with the highest total (a maximum-sum segment, found in one pass). Lines inside the region
/// all stay, whatever they look like: a subheading, caption or dateline between two paragraphs
/// is article text. The one exception is a list of a dozen headlines or more that lies in the
/// zone but outside the densest run (a "top headlines" box between the article's opening
/// section and the rest, which the zone spans). Outside the region, prose lines stay too
/// (losing article text is worse than keeping a teaser), unless short and far from it, far
/// below it (reader comments, an author's biography, a site's "about" paragraph and
/// disclaimer, newsletter notes, a teaser's long blurb: the model keeps what it is sure is
/// article text; such prose can score as well as a short article, yet behind a box of links
/// it does not widen the region) or cut short with an ellipsis (`Officials said on Tuesday
/// that the…`, a teaser's blurb), and so do the few lines right next to the region, where
/// the title and standfirst sit, and the title when a byline, dates, share buttons or
/// teasers push it further up: the headline a little above the body whose words the body
/// repeats most. Every other line is reported.
///
/// A page whose best region is small, or that has no prose at all, is left alone: without a
/// clear article there is nothing to measure distance from.
///
/// ```
/// use textsieve::{ArticleRegion, Doc, Rule};
/// let mut page = String::from("Home\nWorld\nSport\nWeather\n");
/// page += "Title of the story\n";
/// page += "The council voted on Tuesday to expand the bus network, adding eleven routes.\n";
/// page += "Officials said the expansion, which costs $40 million a year, would be paid by a levy.\n";
/// page += "Critics said the plan came too late for shift workers, who had waited for years.\n";
/// page += "More videos\nQuad squad born in Utah\n02:00\nPanda twins caught on camera\n00:38\n";
/// let mut found = Vec::new();
/// ArticleRegion::default().find(&Doc::new(&page), &mut found);
/// let lines: Vec<&str> = found.iter().map(|r| page[r.span.clone()].trim_end()).collect();
/// // 3 blocks (here lines) of margin before the body, 1 after.
/// assert_eq!(lines, ["Home", "World", "Quad squad born in Utah", "02:00", "Panda twins caught on camera", "00:38"]);
/// ```
#[derive(Debug, Clone)]
pub struct ArticleRegion {
    margin_before: usize,
    margin_after: usize,
    min_region_words: usize,
}

impl Default for ArticleRegion {
    /// # Defaults
    /// Keeps 3 blocks before the region and 1 after (see
    /// [`margin_before`](Self::margin_before)); needs a region worth 40 words.
    fn default() -> ArticleRegion {
        ArticleRegion {
            margin_before: 3,
            margin_after: 1,
            min_region_words: 40,
        }
    }
}

impl ArticleRegion {
    /// How many blocks right before the region stay whatever they are (title, byline,
    /// standfirst). A block is usually one line; lines that continue each other (a
    /// hard-wrapped paragraph, whose next line opens in lower case, or the items of a list
    /// that a sentence announces) are one block, judged together.
    ///
    /// # Defaults
    /// 3.
    #[must_use]
    pub fn margin_before(self, blocks: usize) -> ArticleRegion {
        ArticleRegion {
            margin_before: blocks,
            ..self
        }
    }

    /// How many blocks right after the region stay whatever they are (see
    /// [`margin_before`](Self::margin_before)).
    ///
    /// # Defaults
    /// 1.
    #[must_use]
    pub fn margin_after(self, blocks: usize) -> ArticleRegion {
        ArticleRegion {
            margin_after: blocks,
            ..self
        }
    }

    /// The smallest region score (about the number of prose words) that counts as an article.
    ///
    /// # Defaults
    /// 40. Zero is rejected by `build`.
    #[must_use]
    pub fn min_region_words(self, words: usize) -> ArticleRegion {
        ArticleRegion {
            min_region_words: words,
            ..self
        }
    }
}

/// The most words a prose block scores: one very long paragraph (a transcript, a pasted
/// table) must not outweigh the rest of the page. Set by hand with the rule (df78710).
const MAX_PROSE_SCORE: i64 = 300;

/// What a lone blurb after a headline loses besides half its words, so that a short one
/// scores below zero. Set by hand with the half-score blurbs (7ab4025).
const BLURB_PENALTY: i64 = 6;

/// What any headline block costs, before half its words: a headline between two paragraphs
/// barely dents the region, a list of them breaks it. Set by hand with the rule (df78710).
const HEADLINE_PENALTY: i64 = 3;

/// The most words a headline block costs (half of them count). Set by hand with the rule
/// (df78710).
const MAX_HEADLINE_COST_WORDS: i64 = 40;

/// The fewest words of a headline whose lone blurb counts half: a label (`Step 2`) over a
/// paragraph is a how-to's, not a teaser's. Set by hand with the half-score blurbs (7ab4025).
const MIN_BLURB_HEADLINE_WORDS: u32 = 5;

/// The most characters of a fragment that is neither prose nor headline (a duration, a date,
/// `More …`) and goes outside the zone. Set by hand with the rule (df78710).
const MAX_FRAGMENT_CHARS: usize = 20;

/// How much of the best run's score another run above the best needs to belong to the
/// article zone (a quarter): set with the zone spanning all strong runs (ad9e50a), where a
/// long article's sections split by a table or code each scored above it and teaser blurbs
/// far below.
const ZONE_SHARE: i64 = 4;

/// How many times the best run's score in words must stand between it and a weaker run of
/// prose below it for that run to join the zone after all (see [`zone`]): so much text that
/// the prose score cannot read (a photo blog's captions without sentence marks, under an
/// "about me" box that scores best) that the best run is not clearly the article. Ten, a
/// round number written after seeing readability's `pixnet` page, the one dev page that
/// needs it; every other dev page comes out the same with or without it.
const UNREAD_GAP_TIMES: i64 = 10;

/// A block's contribution to the region score.
fn score(blocks: &[Block], i: usize) -> i64 {
    let block = &blocks[i];
    let units = i64::from(block.units);
    match block.kind {
        Kind::Prose if is_isolated(blocks, i) => units.min(MAX_PROSE_SCORE) / 2 - BLURB_PENALTY,
        Kind::Prose => units.min(MAX_PROSE_SCORE),
        Kind::Headline => -(HEADLINE_PENALTY + units.min(MAX_HEADLINE_COST_WORDS) / 2),
        Kind::Other => -1,
    }
}

/// Whether a prose block stands alone after a headline, as the blurb under each headline of
/// a teaser list does: the block before it is a headline of five words or more and the block
/// after it is not prose. Article paragraphs come in runs, and steps of a how-to follow short
/// labels (`Step 2`); a lone blurb counts half, so that a list of headline + blurb pairs
/// scores below zero.
fn is_isolated(blocks: &[Block], i: usize) -> bool {
    let after_headline = i
        .checked_sub(1)
        .and_then(|j| blocks.get(j))
        .is_some_and(|b| b.kind == Kind::Headline && b.units >= MIN_BLURB_HEADLINE_WORDS);
    let prose_follows = blocks.get(i + 1).is_some_and(|b| b.kind == Kind::Prose);
    after_headline && !prose_follows
}

/// Prose blocks shorter than this, outside the article zone and not near it, are teaser
/// blurbs (`Officials said on Tuesday that…` under a headline in a list of stories).
const TEASER_WORDS: u32 = 25;

/// How many blocks beyond the zone's edge a short prose block must be to count as a teaser:
/// a short closing paragraph after an embedded video is still the article's. Below the zone,
/// as far as this, any line counts as what follows an article (see [`goes_outside`]).
const TEASER_DISTANCE: usize = 5;

/// Where a block outside the zone stands: how many blocks from its edge, and on which side.
#[derive(Clone, Copy)]
struct Place {
    distance: usize,
    below: bool,
}

impl Place {
    fn above(distance: usize) -> Place {
        Place {
            distance,
            below: false,
        }
    }

    fn below(distance: usize) -> Place {
        Place {
            distance,
            below: true,
        }
    }
}

/// Whether a line outside the zone goes: headlines always, other short fragments (a
/// duration, a date, `More …`) too, short prose far from the zone, a blurb cut short
/// ([`is_truncated`]) at any distance, and any line more than [`TEASER_DISTANCE`] blocks
/// below the zone; unless it is the `lead`: the page's first prose, which may be the
/// article's opening paragraph cut off from its body by an ad or a video. Far below the
/// article, what a page holds is what follows articles (reader comments, an author's
/// biography, related stories with their blurbs, a site's disclaimers, newsletter and
/// account notes), long lines among it; the article's own last paragraphs after a video or a
/// table are nearer, or join the zone. Far above it, a long paragraph can be the article's
/// own opening (a question above its answer, a lead cut off by a gallery), so only short
/// prose goes there.
fn goes_outside(line: &Line<'_>, block: &Block, place: Place, lead: bool) -> bool {
    let far = place.distance > TEASER_DISTANCE;
    match block.kind {
        Kind::Prose => {
            !lead && (is_truncated(line) || far && (place.below || block.units < TEASER_WORDS))
        }
        Kind::Headline => true,
        Kind::Other => line.chars() <= MAX_FRAGMENT_CHARS || far && place.below,
    }
}

/// Whether `line` is a teaser's blurb cut short, wherever it stands outside the article
/// zone: it ends with an ellipsis right after a word (`Officials said on Tuesday that the…`),
/// or with a link to the rest after its last sentence or an ellipsis (`… carry concealed
/// firearms. Read More`, `… reshaped communities... Read more »`; [`READ_MORE_LINKS`]). An
/// article's sentence does not end in `Read more`; a blurb under a headline does, and so does
/// a site's or a writer's short self-description that links to the full one.
fn is_truncated(line: &Line<'_>) -> bool {
    is_cut_short(line) || ends_with_read_more(&READ_MORE, line)
}

/// Whether `line`, of at most [`MAX_TRUNCATED_WORDS`] words, ends with one of `links`
/// (trailing decoration such as `»` allowed) as whole words, right after a sentence end or
/// an ellipsis.
pub(crate) fn ends_with_read_more(links: &PhraseSet, line: &Line<'_>) -> bool {
    if line.words() > MAX_TRUNCATED_WORDS {
        return false;
    }
    let key = line.key();
    let Some(start) = links.suffix(key) else {
        return false;
    };
    // A space or a bracket sets the link apart (`firearms.Read More` is a word run on).
    let before = key[..start].trim_end_matches([' ', '[', '(']);
    before.len() < start
        && before.ends_with([
            '.', '!', '?', '…', '"', '”', '’', ')', '\u{061F}', '\u{06D4}',
        ])
}

/// How many headlines in a row (with only fragments between them: dates, durations) make a
/// teaser list even inside the article zone: more than the short lists an article prints
/// between its paragraphs, and fewer than the menus and "top headlines" boxes that widen a
/// zone over themselves (the one on `dragnet_train` R412 holds twenty). Set with the teaser
/// lists inside the zone, measured with the leave-one-suite-out models before the margin and
/// announcement checks: 6, 12 and 20 lines moved F1 alike (newspaper +0.004,
/// `dragnet_train` +0.004 to +0.006) with 74, 71 and 70 `dragnet_train` pages losing a tenth
/// of their text (67 before); 12 with the checks, 67.
const TEASER_LIST_LINES: usize = 12;

/// How many blocks before the article zone the title is looked for: a title, its standfirst,
/// a byline, a date, share buttons, a caption and a few teasers may stand between it and the
/// body. Set by hand with the rule (ca0f1b0), not tuned.
const TITLE_REACH: usize = 16;

/// The article's title, if it stands above the zone beyond the margin: the single-line
/// headline block within [`TITLE_REACH`] blocks before `first` (the zone's first block) that
/// titles the body's lead best (see [`Lead::titled_by`]). A title names what the article is
/// about, so its words come back in the body; a menu's or a teaser's mostly do not. The
/// nearest of equal ones. Its line index.
fn title_above(doc: &Doc<'_>, blocks: &[Block], zone: &Zone, before: usize) -> Option<usize> {
    let first = zone.blocks.start;
    // The candidates with enough words, before the body is read at all.
    let candidates: Vec<(usize, Vec<&str>)> = (first.saturating_sub(TITLE_REACH)..before)
        .filter(|&i| blocks[i].kind == Kind::Headline && blocks[i].first == blocks[i].last)
        .filter_map(|i| doc.line(blocks[i].first))
        .map(|line| (line.index(), title_words(line.key()).collect::<Vec<_>>()))
        .filter(|(_, words)| words.len() >= MIN_TITLE_WORDS)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    // A title's words come back in the lead paragraphs, where the zone starts (its densest
    // run may be a later section, after a table or a list); a long body is not read to its
    // end.
    let body_lines = blocks[zone.blocks.start].first..=blocks[zone.densest.end - 1].last;
    let lead = Lead::new(
        body_lines
            .filter_map(|i| doc.line(i))
            .map(|line| line.key()),
    );
    let mut best: Option<(usize, usize)> = None;
    for (index, words) in candidates {
        if let Some(shared) = lead.titled_by(&words) {
            if best.is_none_or(|(most, _)| shared >= most) {
                best = Some((shared, index));
            }
        }
    }
    best.map(|(_, index)| index)
}

/// The best-scoring run of blocks: blocks `first..end` and their total score.
struct Run {
    first: usize,
    end: usize,
    score: i64,
}

/// Every candidate run of blocks: between two points where the running score drops to zero
/// (Kadane's resets), the prefix with the highest score.
fn runs(blocks: &[Block]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut current: Option<Run> = None;
    let (mut sum, mut start) = (0i64, 0usize);
    for i in 0..blocks.len() {
        if sum <= 0 {
            out.extend(current.take());
            sum = 0;
            start = i;
        }
        sum += score(blocks, i);
        if sum > current.as_ref().map_or(0, |r| r.score) {
            current = Some(Run {
                first: start,
                end: i + 1,
                score: sum,
            });
        }
    }
    out.extend(current);
    out
}

/// Maximum-sum run of blocks, if any block scores above zero.
fn densest_run(blocks: &[Block]) -> Option<Run> {
    runs(blocks).into_iter().max_by_key(|r| r.score)
}

/// The article zone: from the first run above the densest one that scores at least a
/// quarter of the best (and at least `min_score`) to the end of the densest run. Long
/// articles with tables of contents, code or lists between their prose sections are one
/// zone; the article's lead cut off by a video or a gallery joins it.
///
/// A run below the densest one does not widen the zone: to be a run of its own it stands
/// behind furniture that costs more than the article scored (a run ends where what follows
/// costs more than it scored), and what stands there is what follows articles: a site's "about"
/// paragraph and copyright, a disclaimer, an author's biography, reader comments. Left
/// outside, its lines far below are evidence ([`goes_outside`]), which the line model vetoes
/// where it is sure of text. Joining every run that scored a quarter of the best, as the zone
/// did before, took all that in, and every line between. Measured leave-one-suite-out
/// (README, "Quality"): F1 up on readability, newspaper, trafilatura and `dragnet_train`,
/// the same elsewhere. The one exception: when more than [`UNREAD_GAP_TIMES`] the best
/// score in words stand between, the page holds a mass of text the prose score cannot read,
/// and the run joins as before.
fn zone(blocks: &[Block], min_score: i64) -> Option<Zone> {
    let runs = runs(blocks);
    // The densest run as `densest_run` finds it (the last of equal best ones).
    let densest = runs.iter().max_by_key(|r| r.score)?;
    let best = densest.score;
    let bar = min_score.max(best / ZONE_SHARE);
    if best < min_score {
        return None;
    }
    let first = runs
        .iter()
        .filter(|r| r.score >= bar)
        .map(|r| r.first)
        .min()?;
    // The words between the densest run and a run below it only grow with its distance: if
    // any run below joins, the last one does, and the zone ends with it.
    let end = runs
        .iter()
        .rfind(|r| r.score >= bar && r.first >= densest.end)
        .filter(|last| {
            let between: i64 = blocks[densest.end..last.first]
                .iter()
                .map(|b| i64::from(b.units))
                .sum();
            between > best.saturating_mul(UNREAD_GAP_TIMES)
        })
        .map_or(densest.end, |last| last.end);
    Some(Zone {
        blocks: first..end,
        densest: densest.first..densest.end,
    })
}

/// The article zone and the densest run inside it, as block ranges.
struct Zone {
    blocks: std::ops::Range<usize>,
    densest: std::ops::Range<usize>,
}

/// The article body as line indices of the document: `first..end`, or `None` when no run of
/// prose stands out. Shared with rules that need to know where the article is.
pub(crate) fn article_lines(doc: &Doc<'_>) -> Option<std::ops::Range<usize>> {
    let blocks = doc.blocks();
    let run = densest_run(blocks)?;
    Some(blocks[run.first].first..blocks[run.end - 1].last + 1)
}

/// The score of the densest run of prose (about its number of words of prose, less the
/// headlines inside it), 0 when the page has none.
pub(crate) fn body_score(doc: &Doc<'_>) -> usize {
    densest_run(doc.blocks()).map_or(0, |r| usize::try_from(r.score).unwrap_or(0))
}

/// The teaser lists inside the zone: runs of at least [`TEASER_LIST_LINES`] headline blocks
/// and blurbs cut short ([`is_truncated`]), with nothing but other short blocks between
/// them, outside the densest run of prose and the `margin` blocks on either side of it (a
/// title, a byline, a closing line), and not announced by a sentence ending in a colon (an
/// article's own list of places or names, one per paragraph). The zone joins every strong
/// run of prose above the densest one, so a "top headlines" box between an article's opening
/// section and the rest falls inside it.
fn teaser_lists(
    doc: &Doc<'_>,
    blocks: &[Block],
    zone: &Zone,
    margin: usize,
) -> Vec<std::ops::Range<usize>> {
    let (first, end) = (zone.blocks.start, zone.blocks.end);
    let run = &zone.densest;
    let guarded = run.start.saturating_sub(margin)..run.end.saturating_add(margin);
    let mut lists = Vec::new();
    let mut i = first;
    // A headline, or a blurb cut short standing alone: a teaser's parts.
    let teaser_part = |b: &Block| {
        b.kind == Kind::Headline
            || b.kind == Kind::Prose
                && b.first == b.last
                && doc.line(b.first).is_some_and(|l| is_truncated(&l))
    };
    while i < end {
        if guarded.contains(&i) || blocks[i].kind != Kind::Headline {
            i += 1;
            continue;
        }
        let (mut j, mut headlines) = (i, 0);
        while j < end && !guarded.contains(&j) {
            // Prose other than a blurb cut short ends the run.
            let part = teaser_part(&blocks[j]);
            if blocks[j].kind == Kind::Prose && !part {
                break;
            }
            headlines += usize::from(part);
            j += 1;
        }
        // A list right after the run starts in its margin; the sentence announcing it ends
        // the run.
        let list_start =
            if i == guarded.end && blocks[run.end..i].iter().all(|b| b.kind != Kind::Prose) {
                run.end
            } else {
                i
            };
        let announced = list_start
            .checked_sub(1)
            .and_then(|k| doc.line(blocks[k].last))
            .is_some_and(|l| announces_list(&l));
        if headlines >= TEASER_LIST_LINES && !announced {
            lists.push(i..j);
        }
        i = j.max(i + 1);
    }
    lists
}

impl Rule for ArticleRegion {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let blocks = doc.blocks();
        let Some(zone) = zone(
            blocks,
            i64::try_from(self.min_region_words).unwrap_or(i64::MAX),
        ) else {
            return;
        };
        let (first, end) = (zone.blocks.start, zone.blocks.end);
        let before = first.saturating_sub(self.margin_before);
        let after = end.saturating_add(self.margin_after).min(blocks.len());
        let lead = blocks.iter().position(|b| b.kind == Kind::Prose);
        // (block index, where it stands)
        let outside = (0..before)
            .map(|i| (i, Place::above(first - i)))
            .chain((after..blocks.len()).map(|i| (i, Place::below(i - end + 1))));
        // The longer margin on both sides: a closing line or a sign-off after the body
        // belongs to the article as much as its title before.
        let margin = self.margin_before.max(self.margin_after);
        for list in teaser_lists(doc, blocks, &zone, margin) {
            for block in &blocks[list] {
                for line in (block.first..=block.last).filter_map(|i| doc.line(i)) {
                    out.push(Removal::line_evidence(&line, ID, Reason::OutsideArticle));
                }
            }
        }
        let title = title_above(doc, blocks, &zone, before);
        for (index, place) in outside {
            let block = &blocks[index];
            for line in (block.first..=block.last).filter_map(|i| doc.line(i)) {
                if Some(line.index()) == title {
                    continue;
                }
                if goes_outside(&line, block, place, lead == Some(index)) {
                    out.push(Removal::line_evidence(&line, ID, Reason::OutsideArticle));
                }
            }
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        if self.min_region_words == 0 {
            return Err(BuildError::option(
                ID,
                "min_region_words must be at least 1",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(input: &str) -> Vec<&str> {
        let doc = Doc::new(input);
        let mut out = Vec::new();
        ArticleRegion::default().find(&doc, &mut out);
        out.iter()
            .map(|r| input[r.span.clone()].trim_end())
            .collect()
    }

    const BODY: &str =
        "The council voted on Tuesday to expand the bus network, adding eleven routes.\n\
        Officials said the expansion, which costs $40 million a year, would be paid by a levy.\n\
        Critics said the plan came too late for shift workers, who had waited for years.\n";

    #[test]
    fn drops_far_headlines() {
        let page = format!("Home\nWorld\nSport\nWeather\nTitle\n{BODY}Related\nHeadline one\n02:00\nHeadline two\n");
        assert_eq!(
            removed(&page),
            ["Home", "World", "Headline one", "02:00", "Headline two"]
        );
    }

    #[test]
    fn keeps_the_title_whose_words_the_body_repeats() {
        let furniture = "By Dana Kim\nUpdated May 3, 2021\n5 min read\nShare\nTweet\n";
        let title = "Council votes to expand the bus network";
        let teaser = "Storm knocks out power to thousands";
        let page = format!("Home\nWorld\nSport\n{teaser}\n{title}\n{furniture}{BODY}");
        let gone = removed(&page);
        assert!(!gone.contains(&title), "{gone:?}");
        // The teaser shares no word with the body; the menu's words are too short or too few.
        assert!(
            gone.contains(&teaser) && gone.contains(&"World"),
            "{gone:?}"
        );
        // A headline about something else is no title, however near.
        let other = "Storm knocks out power across the region";
        let page = format!("Home\n{other}\n{furniture}{BODY}");
        assert!(removed(&page).contains(&other));
        // Only one line is kept as the title: the one whose words the body repeats most.
        let echo = "Council network news";
        let page = format!("Home\n{echo}\n{title}\n{furniture}{BODY}");
        let gone = removed(&page);
        assert!(gone.contains(&echo) && !gone.contains(&title), "{gone:?}");
    }

    #[test]
    fn keeps_short_lines_inside_and_prose_outside() {
        let page = format!("{BODY}A subheading\n{BODY}Menu\nMenu\nMenu\nMenu\nA teaser that reads like prose, with a comma, and ends well.\n");
        assert_eq!(removed(&page), ["Menu", "Menu", "Menu"]);
    }

    #[test]
    fn drops_a_blurb_cut_short_outside_the_zone() {
        let blurb = "Officials said on Tuesday that the new routes would…";
        let teasers = format!("\nWeather\n\nSport\n\nCulture\n\n{blurb}\n");
        assert!(removed(&format!("{BODY}{teasers}")).contains(&blurb));
        // The same line ending in a full stop is prose near the zone, and stays.
        let finished = "Officials said on Tuesday that the new routes would open.";
        let page = format!("{BODY}\nWeather\n\nSport\n\nCulture\n\n{finished}\n");
        assert!(!removed(&page).contains(&finished));
        // Trailing off inside the article, or at a paragraph's length after it, is the
        // article's.
        assert!(!removed(&format!("{BODY}\n{blurb}\n\n{BODY}")).contains(&blurb));
        let long = format!(
            "{}and then the last bus of the night came round the corner at last…",
            "The riders waited at the stop in the rain, ".repeat(6)
        );
        let page = format!("{BODY}\nWeather\n\nSport\n\nCulture\n\n{long}\n");
        assert!(!removed(&page).contains(&long.as_str()));
    }

    #[test]
    fn drops_a_blurb_that_links_to_the_rest_outside_the_zone() {
        // Three teasers' headlines, then a blurb of prose near enough to stay if it ended
        // with its sentence.
        let teasers =
            "\nStorm knocks out power to thousands\n\nMayor opens the new library downtown\n\n\
                       Rail strike talks resume on Monday\n\n";
        for blurb in [
            "Illinois, the last state to act, passed a law on permits for carrying firearms. Read More",
            "The storm, which hit on Monday, reshaped the coast... Read more »",
            "Der Rat hat am Dienstag, nach langem Streit, neue Buslinien beschlossen. [Weiterlesen]",
            "وافق المجلس، بعد نقاش طويل، على توسيع شبكة الحافلات في المدينة. المزيد",
        ] {
            assert!(
                removed(&format!("{BODY}{teasers}{blurb}\n")).contains(&blurb),
                "{blurb}"
            );
        }
        // A sentence that ends in the word, or names it, is prose.
        for prose in [
            "The riders said that what the city needs now is more.",
            "The riders said they want buses, trains and a lot more.",
            "Weiterlesen is what the riders call the new timetable.",
        ] {
            assert!(
                !removed(&format!("{BODY}{teasers}{prose}\n")).contains(&prose),
                "{prose}"
            );
        }
        // Inside the article, a paragraph ending in the link stays.
        let inside = "The state became the last to pass a law on permits. Read More";
        assert!(!removed(&format!("{BODY}\n{inside}\n\n{BODY}")).contains(&inside));
    }

    #[test]
    fn keeps_a_numbered_list_announced_by_a_sentence() {
        let numbered = |prefix: bool| {
            (1..=10).fold(String::new(), |mut out, i| {
                if prefix {
                    out += &i.to_string();
                    out += ". ";
                }
                out += "Country number ";
                out += &i.to_string();
                out.push('\n');
                out
            })
        };
        let items = numbered(true);
        let page = format!(
            "{BODY}The overall rankings of the countries were as follows:\n{items}\n{BODY}Menu\nMenu\nMenu\nMenu\n"
        );
        assert_eq!(removed(&page), ["Menu", "Menu", "Menu"]);
        // Unannounced, or not numbered, the short lines are a list of links like any other.
        let links = numbered(false);
        let page = format!("{BODY}The overall rankings of the countries were as follows:\n{links}");
        assert_eq!(removed(&page).len(), 9);
    }

    #[test]
    fn reports_any_line_far_below_the_zone_and_only_short_prose_far_above_it() {
        let comment = "I have taken the night bus for years, and honestly the new routes will not \
            change much for those of us on the east side, where the stops are still far apart.";
        // Neither prose nor a headline: a run of bulleted links, longer than a fragment.
        let notice = "• Account settings • Newsletters • Privacy policy • Contact the newsroom";
        // Headlines of twelve words, each a block of its own, between the article and the
        // comment: they cost the run more than the comment's words, so the comment stays out
        // of the zone.
        let far = format!("\n{}", headlines(7, 12, "\n"));
        let page = format!("{BODY}{far}{comment}\n\n{notice}\n");
        let gone = removed(&page);
        assert!(
            gone.contains(&comment) && gone.contains(&notice),
            "{gone:?}"
        );
        // As near as five blocks (three headlines, then the comment and the links), the
        // same lines may still be the article's: they stay.
        let near = format!("\n{}", headlines(3, 12, "\n"));
        let page = format!("{BODY}{near}{comment}\n\n{notice}\n");
        let gone = removed(&page);
        assert_eq!(gone.len(), 2, "the headlines past the margin go: {gone:?}");
        assert!(
            !gone.contains(&comment) && !gone.contains(&notice),
            "{gone:?}"
        );
        // Far above the article, a long paragraph can be its own opening (a question above
        // its answer): it stays (and the page's first prose, the lead, always does).
        let page = format!("Home\n{comment}\n{far}{comment}\n{far}{BODY}");
        let gone = removed(&page);
        assert!(gone.contains(&"Home"), "the menu goes: {gone:?}");
        assert!(!gone.contains(&comment), "{gone:?}");
    }

    #[test]
    fn keeps_a_short_lead_paragraph_cut_off_by_a_video() {
        let lead = "The minister resigned on Friday, hours after the vote.";
        let page = format!("{lead}\nVideo\n02:00\nPlay\nMore videos\nShare\nNext\n{BODY}{BODY}");
        assert_eq!(
            removed(&page),
            ["Video", "02:00", "Play"],
            "the lead stays; the lines right before the body are its margin"
        );
        // A second short paragraph as far away is a teaser blurb.
        let page = format!("{lead}\nVideo\n02:00\n{lead}\nPlay\nMore videos\nShare\nNext\nAgain\nAnd\n{BODY}{BODY}");
        assert!(removed(&page).contains(&lead));
    }

    /// A site's footer: two paragraphs, so that they score as a run of their own, below
    /// the article's.
    const FOOTER: &str = "The Daily Example is the newspaper of the city and its region, founded in 1901, \
        and all of its articles, photographs and videos are protected by copyright, so that any copy \
        of them needs the written consent of the publisher, which readers can ask for by letter.\n\
        Readers can write to the editors at any time, and their letters may be shortened.\n";

    /// An article's first section, two paragraphs: a run of its own when a box of headlines
    /// cuts it off from the rest, and part of the zone above it.
    const OPENING: &str = "The bus network of the city has not grown since 1998, and the council \
        has argued for a decade about whether the suburbs or the centre should get new routes \
        first, while the number of riders has doubled and the buses have grown older.\n\
        On Tuesday the council finally settled the question, and the answer is both.\n";

    /// `count` headline lines of `words` words (at least 6), each followed by `gap`.
    fn headlines(count: usize, words: usize, gap: &str) -> String {
        let filler = " today".repeat(words.saturating_sub(6));
        let mut out = String::new();
        for i in 1..=count {
            out += "Headline number ";
            out += &i.to_string();
            out += " about the city";
            out += &filler;
            out.push('\n');
            out += gap;
        }
        out
    }

    #[test]
    fn a_weaker_run_below_the_article_stays_outside_the_zone() {
        // The box costs the run more than the article scored, so the footer is a run of its
        // own, below the article's: it does not widen the zone, and the box and the footer,
        // far below, are reported (the margin's first line after the body stays).
        let page = format!("Title\n{BODY}{BODY}{}{FOOTER}", headlines(20, 6, ""));
        let found = removed(&page);
        assert_eq!(found.len(), 21, "{found:?}");
        assert!(!found.contains(&"Headline number 1 about the city"));
        assert!(found.contains(&"Headline number 2 about the city"));
        assert!(found.iter().any(|l| l.starts_with("The Daily Example")));
        // Behind more than ten times the article's words of text the prose score cannot
        // read (long lines with no sentence marks, as a photo blog's captions), the footer
        // joins the zone after all, and nothing between is reported.
        let caption = "a view of the valley from the bridge at dawn with the river below and the \
            old mill on the far bank under the first snow of the winter";
        let captions = format!("{caption}\n\n").repeat(120);
        let page = format!("Title\n{BODY}{BODY}{captions}{FOOTER}");
        assert!(removed(&page).is_empty(), "{:?}", removed(&page));
        // As many short lines (a menu) are few words: the footer stays outside.
        let menu = "Home\n\n".repeat(60);
        let page = format!("Title\n{BODY}{BODY}{menu}{FOOTER}");
        let found = removed(&page);
        assert!(
            found.iter().any(|l| l.starts_with("The Daily Example")),
            "{found:?}"
        );
    }

    #[test]
    fn reports_a_teaser_box_the_zone_spans() {
        // The box costs the article's first section more than it scored, so that section is
        // a run of its own, strong enough to join the zone, which then spans the box.
        let page = format!("Title\n{OPENING}{}{BODY}{BODY}", headlines(20, 6, ""));
        let found = removed(&page);
        // The three blocks before the body are its margin (a byline, a date, a standfirst).
        assert_eq!(found.len(), 17, "{found:?}");
        assert!(found.iter().all(|l| l.starts_with("Headline number")));
        assert!(found.contains(&"Headline number 17 about the city"));
        assert!(!found.contains(&"Headline number 18 about the city"));
    }

    #[test]
    fn blurbs_cut_short_are_part_of_a_teaser_box() {
        // Twelve headlines, each over its blurb cut short: a box of 24 parts, of which the
        // last three stand in the body's margin.
        let mut teasers = String::new();
        for i in 1..=12 {
            teasers += "Headline number ";
            teasers += &i.to_string();
            teasers += " about the city\n\nOfficials said on Tuesday that the plan would…\n\n";
        }
        let page = format!("Title\n{OPENING}\n{teasers}{BODY}{BODY}");
        let found = removed(&page);
        assert!(
            found.contains(&"Headline number 1 about the city")
                && found.contains(&"Officials said on Tuesday that the plan would…"),
            "{found:?}"
        );
        // The same blurbs finished as sentences are prose, which breaks the box up.
        let finished = page.replace("would…", "would pass.");
        assert!(removed(&finished).is_empty(), "{:?}", removed(&finished));
    }

    #[test]
    fn keeps_short_and_announced_lists_inside_the_zone() {
        let short = format!("Title\n{OPENING}{}{BODY}{BODY}", headlines(11, 15, ""));
        assert!(removed(&short).is_empty(), "{:?}", removed(&short));
        // An article's own list, announced by a sentence, one item per paragraph.
        let announced = format!(
            "Title\n{OPENING}These are the places the council will visit on its tour this year:\n\n{}{BODY}{BODY}",
            headlines(20, 6, "\n")
        );
        assert!(removed(&announced).is_empty(), "{:?}", removed(&announced));
    }

    #[test]
    fn leaves_pages_without_an_article_alone() {
        assert!(removed("Home\nWorld\nSport\nWeather\nTitle\nShort line.\n").is_empty());
        assert!(removed("").is_empty());
    }

    #[test]
    fn clean_article_stays_whole() {
        let page = format!("A title\n\n{BODY}\n{BODY}");
        assert!(removed(&page).is_empty());
    }
}
