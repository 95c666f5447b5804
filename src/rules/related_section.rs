//! `related-section`: "Related", "Read also", "Most read" headings and their lists, and
//! author boxes.

use once_cell::sync::Lazy;

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::{
    AUTHOR_BOX_HEADINGS, AUTHOR_NAME_OPENERS, READ_ALSO_HEADINGS, RELATED_HEADINGS, RELATED_OPENERS,
};
use crate::phrases::{Lexicon, PhraseSet, UserPatterns};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::teaser_list::Scan;
use crate::rules::title::heads_article;
use crate::rules::{glued_tail, is_cut_short, is_join, is_title_like, next_text, prev_text};
use crate::script::is_arabic_letter;

const ID: &str = "related-section";

/// The most words of a heading standing alone.
const MAX_HEADING_WORDS: usize = 8;

/// Whether `line` is one of the headings of `phrases`, standing alone.
pub(crate) fn is_heading_phrase(phrases: &PhraseSet, line: &Line<'_>) -> bool {
    line.words() <= MAX_HEADING_WORDS && phrases.is_whole(line.key())
}

/// "Read also" headings, which may stand before a single item.
static READ_ALSO: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &READ_ALSO_HEADINGS));

/// Words that open a heading naming what it lists (`More from LiveScience`).
static OPENERS: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &RELATED_OPENERS));

/// Headings of an author box (`About the author`, `Über den Autor`, `عن الكاتب`).
static AUTHOR_BOX: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &AUTHOR_BOX_HEADINGS));

/// The most words of a writer's name on its own line under an author-box heading (`Dr. Jane
/// van der Berg`). Set by hand with the author box, not tuned.
const MAX_NAME_WORDS: usize = 5;

/// Words before the writer's name in an author box's heading (`About Jane Berg`).
static NAME_OPENERS: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &AUTHOR_NAME_OPENERS));

/// The fewest words of the name in a heading that names the writer: after `About`, a single
/// capitalised word is as often a topic (`About Python`, over a paragraph on the language)
/// as a writer or a site.
const MIN_HEADING_NAME_WORDS: usize = 2;

/// The most words of the biography an author box takes: one paragraph (of the 42 under such
/// headings on the dev pages, the longest has 142 words, the next 90). Set by hand with the
/// author box, not tuned.
const MAX_BIO_WORDS: usize = 150;

/// The next line with text from `index` on, past at most two blank lines.
fn next_line<'d>(doc: &'d Doc<'_>, index: usize) -> Option<Line<'d>> {
    next_text(doc, index, 2)
}

/// The lines of an author box whose heading is `heading`: the heading, then the writer's
/// name on a line of its own if a biography follows it, and the biography, one paragraph of
/// prose of at most [`MAX_BIO_WORDS`] words (`Jane is a staff writer who covers…`). A heading
/// over no biography (a blog's sidebar `About Me` over its archive links) goes alone.
fn author_box<'d>(doc: &'d Doc<'_>, heading: Line<'d>) -> Vec<Line<'d>> {
    let is_bio = |line: &Line<'_>| line.is_prose() && line.words() <= MAX_BIO_WORDS;
    let mut lines = vec![heading];
    let Some(first) = next_line(doc, heading.index() + 1) else {
        return lines;
    };
    if is_bio(&first) {
        lines.push(first);
    } else if first.words() <= MAX_NAME_WORDS && !first.ends_with_terminal() {
        if let Some(bio) = next_line(doc, first.index() + 1).filter(is_bio) {
            lines.extend([first, bio]);
        }
    }
    lines
}

/// The first word of the writer's name, if `line` is an author box's heading that names the
/// writer: an opener of `openers` (`About`, `Über`), then [`MIN_HEADING_NAME_WORDS`] to
/// [`MAX_NAME_WORDS`] capitalised words and nothing else but a trailing `:` (`About Jane
/// Berg`, `Über Lars Sobiraj:`).
pub(crate) fn named_author_heading<'l>(openers: &PhraseSet, line: &Line<'l>) -> Option<&'l str> {
    let words = line.words();
    if words <= MIN_HEADING_NAME_WORDS || words > 1 + MAX_NAME_WORDS || line.ends_with_period() {
        return None;
    }
    let end = openers.opening_words(line.key())?;
    let rest = &line.text()[line.key_to_text(end) - line.span().start..];
    let name: Vec<&str> = rest
        .trim()
        .trim_end_matches(':')
        .split_whitespace()
        .collect();
    let capitalised = name.iter().all(|w| w.starts_with(char::is_uppercase));
    ((MIN_HEADING_NAME_WORDS..=MAX_NAME_WORDS).contains(&name.len()) && capitalised)
        .then(|| name[0])
}

/// An author box under a heading that names the writer (see [`named_author_heading`]): the
/// heading and one paragraph of biography that opens with the name's first word (`About Jane
/// Berg` / `Jane is a staff writer who…`); `None` when no such paragraph follows.
fn named_author_box<'d>(doc: &'d Doc<'_>, heading: Line<'d>) -> Option<[Line<'d>; 2]> {
    let first_name = named_author_heading(&NAME_OPENERS, &heading)?;
    let bio = next_line(doc, heading.index() + 1)?;
    let opens_with_name = bio
        .text()
        .split_whitespace()
        .next()
        .is_some_and(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()) == first_name);
    (bio.is_prose() && bio.words() <= MAX_BIO_WORDS && opens_with_name).then_some([heading, bio])
}

/// Whether `line` is a heading that opens with one of `openers` and names what it lists
/// (`More from LiveScience`, `Mehr aus Gesundheit`, `المزيد من مقالات الرأي`): a short line,
/// not a sentence (`More on this tomorrow.` ends with a full stop), the opener whole words.
pub(crate) fn is_opener_heading(openers: &PhraseSet, line: &Line<'_>) -> bool {
    if line.words() > MAX_HEADING_WORDS || line.ends_with_period() {
        return false;
    }
    openers.opening_words(line.key()).is_some()
}

/// Removes related-content sections: a heading (`Related`, `Read more`, `اقرأ أيضاً`,
/// `مقالات مشابهة`, `الأكثر قراءة`, …) together with its items.
///
/// * A heading on its own line takes the item lines after it: bullets, short title-like
///   lines, and, unless a paragraph follows within two lines (as below an article's own
///   headline), headlines with more punctuation that do not end a sentence (`Berlin, Day 1:
///   Lunch, a Walk, and a Museum`) and blurbs cut short with an ellipsis. Blank lines between
///   items are fine; the section ends where article prose resumes. A list in a sidebar
///   often ends right above the article it stands beside: the line whose words the
///   article's lead repeats (two paragraphs or more, at most four lines below it) is the
///   article's title, not an item, and the section ends above it.
/// * A heading that names what it lists after an opener (`More from LiveScience`, `Mehr aus
///   Gesundheit`, `المزيد من مقالات الرأي`: `lexicon::RELATED_OPENERS`) goes alone, unless
///   prose follows it (a subheading, `More About Neptune`): its items stay, since a run of
///   title-like lines after such a heading may reach into the post it stands above.
/// * A heading glued to its items in one line (`Relatedنعم ولكن.. بوتين يوافق…`, `Read more:
///   Title`) takes the whole line, unless the rest reads as a finished sentence; an Arabic
///   heading fused to its first title with no space (`مقالات أخرى للكاتبادفعوا…!!`) takes it
///   even then.
/// * A heading glued onto the end of a paragraph, after its last sentence, with titles glued
///   to each other after it (`…the end. More from this author: First titleSecond title`), or
///   fused to its first title, is cut from the heading on; the paragraph stays.
/// * An author box goes: its heading (`About the author`, `Über den Autor`, `عن الكاتب`:
///   `lexicon::AUTHOR_BOX_HEADINGS`), the writer's name on a line of its own, and one
///   paragraph of biography under them; over no biography (a sidebar's `About Me` over its
///   archive links), the heading alone. A heading that names the writer (`About Jane Berg`,
///   `Über Lars Sobiraj`: `lexicon::AUTHOR_NAME_OPENERS`) goes with the paragraph under it
///   when that opens with the name (`Jane is a staff writer…`), and stays otherwise.
/// * A list of teasers with no heading goes by its shape: three or more headlines (three to
///   `max_item_words` words, not ending with a full stop), each with the stamp a site prints
///   under it: a date, a time ago or a view count (`منتخب الشباب يتأهل إلى النهائي` /
///   `987 مشاهدة`, `Youth team reaches the final` / `3 hours ago`), a bare count after the
///   stamp and a blurb cut short before it allowed. Bare numbers alone (a table's) and time
///   ranges (a programme's `13:15 – 17:00`) are no stamps. A list with a paragraph right
///   above and right below it is the article's (a tour's venues and dates, a team's
///   fixtures) and stays.
/// * A heading word starting a sentence (`Related to this, the minister said…`) is prose and
///   stays.
///
/// Some sites append a whole second article after a read-also heading. By default it is kept:
/// the same heading very often sits *inside* the article, with the article going on after it,
/// and cutting there would lose article text. [`drop_appended_article`](Self::drop_appended_article)
/// changes that for corpora where the appended article is unwanted.
///
/// ```
/// use textsieve::{CleanerBuilder, RelatedSection};
/// let cleaner = CleanerBuilder::empty().rule(RelatedSection::default()).build()?;
/// let page = "Article text, with commas, ends here.\n\nRelated\n• First headline\n• Second headline\n";
/// assert_eq!(cleaner.clean(page), "Article text, with commas, ends here.\n");
/// assert_eq!(cleaner.clean("Related to this, the minister said more."), "Related to this, the minister said more.");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone)]
pub struct RelatedSection {
    headings: Lexicon,
    patterns: UserPatterns,
    max_item_words: usize,
    drop_appended_article: bool,
}

impl Default for RelatedSection {
    /// # Defaults
    /// The headings of `lexicon::RELATED_HEADINGS` (`src/lexicon/related_headings.tsv`), items of at most
    /// 20 words, appended articles kept.
    fn default() -> RelatedSection {
        RelatedSection {
            headings: Lexicon::new(ID, &RELATED_HEADINGS),
            patterns: UserPatterns::default(),
            max_item_words: 20,
            drop_appended_article: false,
        }
    }
}

impl RelatedSection {
    /// Adds a section heading (any spelling: it is folded).
    ///
    /// ```
    /// let rule = textsieve::RelatedSection::default().heading("İlgili Haberler");
    /// let cleaner = textsieve::CleanerBuilder::empty().rule(rule).build()?;
    /// assert_eq!(cleaner.clean("Metin.\nİlgili haberler\n• Başlık bir\n"), "Metin.\n");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn heading(mut self, heading: &str) -> RelatedSection {
        self.headings.add(heading);
        self
    }

    /// Removes a heading, compared after folding.
    #[must_use]
    pub fn remove_heading(mut self, heading: &str) -> RelatedSection {
        self.headings.remove(heading);
        self
    }

    /// Adds a regular expression: a line whose folded key it matches is a section heading.
    #[must_use]
    pub fn pattern(mut self, pattern: &str) -> RelatedSection {
        self.patterns.add(ID, pattern);
        self
    }

    /// The longest item line, in words (bullet items may be twice as long).
    ///
    /// # Defaults
    /// 20. Zero is rejected by `build`.
    #[must_use]
    pub fn max_item_words(self, words: usize) -> RelatedSection {
        RelatedSection {
            max_item_words: words,
            ..self
        }
    }

    /// Whether everything after a read-also heading (`اقرأ أيضاً`, `Read also`, …) goes,
    /// when at least two prose paragraphs came before it.
    ///
    /// # Defaults
    /// `false`: the heading and its title lines go, article prose after them stays.
    ///
    /// ```
    /// use textsieve::{CleanerBuilder, RelatedSection};
    /// let page = "The first paragraph of the story, with some detail in it.\n\
    ///             The second paragraph, which is also long enough here.\n\
    ///             Read also:\nAnother story\nIts first paragraph, which belongs elsewhere.";
    /// let keep = CleanerBuilder::empty().rule(RelatedSection::default()).build()?;
    /// assert!(keep.clean(page).ends_with("belongs elsewhere."));
    /// let drop = CleanerBuilder::empty().rule(RelatedSection::default().drop_appended_article(true)).build()?;
    /// assert!(drop.clean(page).ends_with("long enough here.\n"));
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn drop_appended_article(self, drop: bool) -> RelatedSection {
        RelatedSection {
            drop_appended_article: drop,
            ..self
        }
    }

    /// Whether a user's pattern makes `line` a heading standing alone (as a phrase of the
    /// headings does, [`is_heading_phrase`]).
    fn is_pattern_heading(&self, line: &Line<'_>) -> bool {
        line.words() <= MAX_HEADING_WORDS
            && !self.patterns.is_empty()
            && self.patterns.is_match(line.key())
    }

    /// Whether `line` opens with a heading glued to, or separated by `:` (or a run of spaces)
    /// from, its items.
    pub(crate) fn is_glued_heading(phrases: &PhraseSet, line: &Line<'_>) -> bool {
        RelatedSection::glued_items_start(phrases, line).is_some()
    }

    /// Where the glued items start in the line's text.
    fn glued_items_start(phrases: &PhraseSet, line: &Line<'_>) -> Option<usize> {
        let key = line.key();
        let end = phrases.prefix(key)?;
        let text = line.text();
        let at = line.key_to_text(end) - line.span().start;
        if text[at..].trim_start().is_empty() {
            return None;
        }
        if glued_to_a_word(text, at) {
            return Some(at);
        }
        if !items_follow(text, at) {
            return None;
        }
        // `Read more: The minister said so.` is one finished sentence: leave it.
        if line.ends_with_period() && line.strong_glue() == 0 {
            return None;
        }
        Some(at)
    }

    /// Where a heading glued onto the end of a paragraph starts, with its titles after it
    /// (`…شهيد. مقالات أخرى للكاتبدعوة الخلافة.. لماذا عادت؟لماذا تهرب…`): the heading
    /// follows a sentence end, and either its first title is glued to it letter to letter
    /// (see [`glued_to_a_word`]) or its items follow it with no space or after `:` (or a run
    /// of spaces) and hold a glue point, as titles run together do and a sentence that
    /// happens to open with the heading's words does not.
    fn glued_tail_start(phrases: &PhraseSet, line: &Line<'_>) -> Option<usize> {
        // Glued titles hold a glue point, so the line does, and a fused heading is Arabic:
        // most prose lines are neither, and are not searched.
        if line.strong_glue() + line.soft_glue() == 0 && line.arabic_letters() == 0 {
            return None;
        }
        let tail = glued_tail::find(phrases, line)?;
        let text = line.text();
        (glued_to_a_word(text, tail.heading_end)
            || (items_follow(text, tail.heading_end)
                && glued_tail::has_glued_titles(&text[tail.heading_end..])))
        .then_some(tail.start)
    }

    /// Collects the item lines after a heading at `index`; returns the index after the last.
    fn items_after(&self, doc: &Doc<'_>, index: usize, out: &mut Vec<Removal>) -> (usize, usize) {
        let mut items = 0;
        let mut next = index + 1;
        let mut blanks = 0;
        while let Some(line) = doc.line(next) {
            if line.is_blank() {
                blanks += 1;
                if blanks > 2 {
                    break;
                }
                next += 1;
                continue;
            }
            // An author box's heading opens a section of its own.
            if !is_item(doc, &line, self.max_item_words) || is_heading_phrase(&AUTHOR_BOX, &line) {
                break;
            }
            blanks = 0;
            out.push(Removal::line(&line, ID, Reason::RelatedItem));
            items += 1;
            next += 1;
        }
        (items, next)
    }
}

/// Whether `line`, in the run under a related heading, is one of the heading's items: a
/// title-like line (see [`is_title_like`]); or, with no paragraph (prose that ends a
/// sentence) among the next two lines, a headline that carries more punctuation than a
/// title-like line may (`Berlin, Day 1: Lunch, a Walk, and a Museum`, `Council Approves
/// Night Buses, Adds Routes Anna | May 3, 2012`: at most `max_words` words, not ending a
/// sentence) or a teaser's blurb cut short (see [`is_cut_short`]). A list in a sidebar often
/// ends right above the article it stands beside, and that article's headline and byline,
/// just above its first paragraph, look the same.
fn is_item(doc: &Doc<'_>, line: &Line<'_>, max_words: usize) -> bool {
    if heads_article(doc, line) {
        return false;
    }
    if is_title_like(line, max_words) {
        return true;
    }
    let headline = line.words() <= max_words && !line.ends_with_terminal();
    if !headline && !is_cut_short(line) {
        return false;
    }
    let first = next_line(doc, line.index() + 1);
    let second = first.and_then(|l| next_line(doc, l.index() + 1));
    ![first, second]
        .iter()
        .flatten()
        .any(|l| l.is_prose() && l.ends_with_terminal())
}

/// Whether the heading that ends at byte `at` of `text`, in an Arabic letter, runs into its
/// first title with no space: an Arabic letter, a digit or an opening quote or bracket right
/// after it (`مقالات أخرى للكاتبادفعوا الألوف…`, `…للكاتب«الصغيرة»…`). Arabic letters join
/// with no visible seam, so nothing else shows the join; but no sentence writes a heading
/// phrase fused to the word after it, while stripped markup fuses a heading to its first
/// title whatever the title is: one title, or titles whose joins no letter shows, ending in
/// `!` like a sentence. (Latin has case joins for this, which [`items_follow`] reads.)
fn glued_to_a_word(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_some_and(is_arabic_letter)
        && text[at..].chars().next().is_some_and(|c| {
            is_arabic_letter(c) || c.is_numeric() || matches!(c, '«' | '(' | '[' | '"' | '“')
        })
}

/// Whether items follow a heading that ends at byte `at` of `text`: after `:` `|` `»` `›` or a
/// dash, after a run of spaces with another run among them (`ذات صلة    title one    title
/// two`, as stripped markup leaves a heading and its links), or glued to it: a join the
/// letters show, or a letter right after the heading with titles glued to each other after
/// it (`مقالات أخرى للكاتبمفاتيح المستقبل…`, a join no letter shows).
fn items_follow(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start();
    let separated =
        rest.starts_with([':', '|', '»', '›', '-', '–', '—']) && !rest.starts_with("--");
    let spaced = text[at..].starts_with("  ") && rest.contains("  ");
    let glued = is_join(text, at)
        || (text[at..].starts_with(char::is_alphabetic) && glued_tail::has_glued_titles(rest));
    separated || spaced || glued
}

/// Whether the lines `lines` stand right between two paragraphs, with no blank line around
/// them: a list with dates there is the article's own (a tour's venues and dates, a team's
/// fixtures), not a box of teasers. A site's archive whose entries stand between blurbs
/// stays with it.
fn is_between_paragraphs(doc: &Doc<'_>, lines: &std::ops::Range<usize>) -> bool {
    let prose = |line: Option<Line<'_>>| line.is_some_and(|l| l.is_prose());
    prose(prev_text(doc, lines.start, 0)) && prose(next_text(doc, lines.end, 0))
}

impl Rule for RelatedSection {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(phrases) = self.headings.set() else {
            return;
        };
        let teaser_lists = Scan::new(doc, self.max_item_words);
        let mut prose_before = 0;
        let mut index = 0;
        while let Some(line) = doc.line(index) {
            if line.is_blank() {
                index += 1;
                continue;
            }
            if is_heading_phrase(&AUTHOR_BOX, &line) {
                let lines = author_box(doc, line);
                index = lines.last().map_or(index, Line::index) + 1;
                out.extend(
                    lines
                        .iter()
                        .map(|l| Removal::line(l, ID, Reason::AuthorBox)),
                );
                continue;
            }
            if let Some(lines) = named_author_box(doc, line) {
                index = lines[1].index() + 1;
                out.extend(
                    lines
                        .iter()
                        .map(|l| Removal::line(l, ID, Reason::AuthorBox)),
                );
                continue;
            }
            // Looked up once: most short lines are no heading, and are asked both ways.
            let heading = is_heading_phrase(phrases, &line);
            if !heading && is_opener_heading(&OPENERS, &line) {
                // The heading alone: a run of title-like lines after it may reach into the
                // post it stands above (a blog's sidebar list, then the post's title).
                let mut next = index + 1;
                while doc.line(next).is_some_and(|l| l.is_blank()) {
                    next += 1;
                }
                // A paragraph ends a sentence; a teaser headline that reads as prose
                // (`X.. Y`) does not.
                if !doc
                    .line(next)
                    .is_some_and(|l| l.is_prose() && l.ends_with_terminal())
                {
                    out.push(Removal::line(
                        &line,
                        ID,
                        Reason::RelatedHeading { items: 0 },
                    ));
                }
                index += 1;
                continue;
            }
            if heading || self.is_pattern_heading(&line) {
                let mut items_out = Vec::new();
                let (items, next) = self.items_after(doc, index, &mut items_out);
                let next_is_prose = doc.line(next).is_some_and(|l| l.is_prose());
                let colon = line.key().trim_end().ends_with(':');
                if items > 0 || colon || !next_is_prose {
                    out.push(Removal::line(&line, ID, Reason::RelatedHeading { items }));
                    out.append(&mut items_out);
                }
                if self.drop_appended_article && prose_before >= 2 && READ_ALSO.is_whole(line.key())
                {
                    out.push(Removal::new(
                        line.span().start..doc.text().len(),
                        ID,
                        Reason::AppendedArticle,
                    ));
                    return;
                }
                index = next.max(index + 1);
                continue;
            }
            if let Some((lines, teasers)) = teaser_lists.list_at(index) {
                if is_between_paragraphs(doc, &lines) {
                    index = lines.end;
                    continue;
                }
                let reason = Reason::TeaserList { teasers };
                out.extend(
                    lines
                        .clone()
                        .filter_map(|i| doc.line(i))
                        .filter(|l| !l.is_blank())
                        .map(|l| Removal::line(&l, ID, reason.clone())),
                );
                index = lines.end;
                continue;
            }
            if RelatedSection::is_glued_heading(phrases, &line) {
                out.push(Removal::line(&line, ID, Reason::RelatedGlued));
            } else if let Some(start) = RelatedSection::glued_tail_start(phrases, &line) {
                out.push(Removal::new(
                    line.span().start + start..line.span().end,
                    ID,
                    Reason::RelatedGlued,
                ));
                prose_before += 1;
            } else if line.is_prose() {
                prose_before += 1;
            }
            index += 1;
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.headings.validate()?;
        if self.max_item_words == 0 {
            return Err(BuildError::option(ID, "max_item_words must be at least 1"));
        }
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (case name, input, removed texts)
    const CASES: &[crate::rules::Case] = &[
        ("author-box", "The council voted on Tuesday.\n\nAbout the author\n\nDana is a staff writer who covers transport and the city council, and lives in the east of the city.\n\nTopics",
            &["About the author\n", "Dana is a staff writer who covers transport and the city council, and lives in the east of the city.\n"]),
        ("author-box-name-line", "Text.\nÜber die Autorin:\nDana Berg\nDana Berg schreibt seit 2019 über Verkehr und Stadtpolitik, vor allem über Busse.\nMehr",
            &["Über die Autorin:\n", "Dana Berg\n", "Dana Berg schreibt seit 2019 über Verkehr und Stadtpolitik, vor allem über Busse.\n"]),
        ("ar-author-box", "نص المقال.\nعن الكاتب\nكاتب صحفي يكتب عن النقل العام في المدينة منذ سنوات طويلة، وله كتابان.\n",
            &["عن الكاتب\n", "كاتب صحفي يكتب عن النقل العام في المدينة منذ سنوات طويلة، وله كتابان.\n"]),
        ("named-author-box", "The council voted on Tuesday.\n\nAbout Dana Berg\n\nDana is a staff writer who covers transport and the city council, and lives in the east.\n\nTopics",
            &["About Dana Berg\n", "Dana is a staff writer who covers transport and the city council, and lives in the east.\n"]),
        ("de-named-author-box", "Text.\nÜber Lars Sobiraj:\nLars Sobiraj schreibt seit 2000 über Technik, Netzpolitik und die Szene dazwischen.\n",
            &["Über Lars Sobiraj:\n", "Lars Sobiraj schreibt seit 2000 über Technik, Netzpolitik und die Szene dazwischen.\n"]),
        // A topic, not a writer: one word after `About`; a name over a paragraph that does
        // not open with it; a heading that goes on after the name.
        ("about-a-topic", "About Python\nPython is an interpreted language, and its syntax is easy to learn and to read.\n", &[]),
        ("about-a-name-over-other-prose", "About Dana Berg\nThe council voted on Tuesday, after a long debate, to add night buses.\n", &[]),
        ("about-a-name-in-a-sentence", "About Dana Berg and her work on buses\nDana wrote about the council, and about the levy that pays for the buses.\n", &[]),
        ("author-box-over-links", "About Me\nArchives\nEmail Me\n", &["About Me\n"]),
        ("author-box-after-a-list", "Text.\nRelated\nMars\nVenus\nAuthor Bio\nDana Berg\nDana Berg is a contributing writer who covers the planets and the people who study them.\n",
            &["Related\n", "Mars\n", "Venus\n", "Author Bio\n", "Dana Berg\n", "Dana Berg is a contributing writer who covers the planets and the people who study them.\n"]),
        ("author-box-over-a-long-section", concat!("About the author\n", "The novelist grew up by the sea, and her books return to it again and again. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above. ", "She wrote of the harbour, of the boats and of the people who worked on them, and of the town above.\n"),
            &["About the author\n"]),
        ("about-the-author-in-a-sentence", "About the author of the report, little is known beyond her name.\n", &[]),
        ("ar-heading-bullets", "نص المقال، طويل بما يكفي هنا.\nمقالات مشابهة\n\n  • عنوان أول\n  • عنوان ثان",
            &["مقالات مشابهة\n", "  • عنوان أول\n", "  • عنوان ثان"]),
        ("ar-read-also-title", "إقرأ أيضاً:\n\nما أبرز اللقاءات؟\n\nيلتقي الرئيس الأمريكي والرئيس الروسي في ألاسكا، لبحث مستقبل الحرب، وهو اللقاء السادس.",
            &["إقرأ أيضاً:\n", "ما أبرز اللقاءات؟\n"]),
        ("listed-headlines", "The council voted on Tuesday, after a long debate, to add night buses.\nRelated\nBerlin, Day 1: Lunch, a Walk, and a Museum\nCouncil Approves Night Buses, Adds Routes Anna | May 3, 2012\nFooter",
            &["Related\n", "Berlin, Day 1: Lunch, a Walk, and a Museum\n", "Council Approves Night Buses, Adds Routes Anna | May 3, 2012\n", "Footer"]),
        // The sidebar list ends above the article's own headline and byline: a headline
        // with commas right above a paragraph (within two lines) is not an item.
        ("list-above-the-article-headline", "Related\nSchools Reopen\nFires, Floods and a Hot Summer, Explained\nBy Dana Berg, May 3\nThe summer was the hottest on record, and the fires came early, the agency said.\n",
            &["Related\n", "Schools Reopen\n"]),
        // A sidebar list that ends at the article's own title (its words come back in the
        // lead), with share buttons between the title and the lead: the title stays.
        ("list-ending-at-the-article-title", "Latest News\nSchools reopen after the summer break\nHarbour ferries return to the island\nCouncil expands the night bus network\nShare\nTweet\nThe council voted on Tuesday to expand the night bus network, adding eleven routes to the east.\nOfficials said the network would be paid for by a levy on parking.\n",
            &["Latest News\n", "Schools reopen after the summer break\n", "Harbour ferries return to the island\n"]),
        ("ar-list-ending-at-the-article-title", "آخر الأخبار\nافتتاح سوق جديدة للمزارعين\nمجلس المدينة يقر خطة جديدة لتوسيع شبكة الحافلات\nشارك\nفيسبوك\nتويتر\nواتساب\nأقر مجلس المدينة مساء أمس خطة لتوسيع شبكة الحافلات العامة تشمل أحد عشر خطاً جديداً.\nوقال رئيس المجلس إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل.\n",
            &["آخر الأخبار\n", "افتتاح سوق جديدة للمزارعين\n"]),
        // A title printed twice: the copy nearer the lead is the title.
        ("list-ending-at-a-title-printed-twice", "Latest News\nSchools reopen after the summer break\nCouncil expands the night bus network\nCouncil expands the night bus network\nThe council voted on Tuesday to expand the night bus network, adding eleven routes to the east.\nOfficials said the network would be paid for by a levy on parking.\n",
            &["Latest News\n", "Schools reopen after the summer break\n", "Council expands the night bus network\n"]),
        // A teaser's headline over its one-paragraph blurb is an item, and so is the last of
        // a box of related stories under the article's title, which names the lead better.
        ("teaser-headline-over-its-blurb", "Related\nCouncil expands the night bus network\nThe council voted to expand the night bus network.\nHarbour ferries return\n",
            &["Related\n", "Council expands the night bus network\n"]),
        ("related-box-under-the-title", "Council expands the night bus network\nRelated Stories\nNight buses: the council votes\nBus network grows in the east\nThe council voted on Tuesday to expand the night bus network, adding eleven routes in the east.\nOfficials said the expansion would be paid for by a levy on parking in the east.\n",
            &["Related Stories\n", "Night buses: the council votes\n", "Bus network grows in the east\n"]),
        ("blurbs-cut-short", "The council voted on Tuesday, after a long debate, to add night buses.\nMost Read\nCouncil approves night buses after a long debate, and drivers say the…\nThe harbour reopens to ferries, but the fishing fleet must wait until...\nFooter",
            &["Most Read\n", "Council approves night buses after a long debate, and drivers say the…\n", "The harbour reopens to ferries, but the fishing fleet must wait until...\n", "Footer"]),
        ("sentence-with-commas-after-a-heading", "Related\nThe vote, held on Tuesday, was close.\nMore text follows here.\n", &["Related\n"]),
        ("en-glued", "RelatedTrump says yes\"Quoted\"Another headline", &["RelatedTrump says yes\"Quoted\"Another headline"]),
        ("ar-glued-latin", "Relatedنعم ولكن.. بوتين يوافق", &["Relatedنعم ولكن.. بوتين يوافق"]),
        ("en-colon", "Read more: Ten things to know", &["Read more: Ten things to know"]),
        ("es-colon", "El consejo votó el martes.\nLea más: Diez cosas que saber sobre la red", &["Lea más: Diez cosas que saber sobre la red"]),
        ("most-read", "الأكثر قراءة\nعنوان أول\nعنوان ثان\n", &["الأكثر قراءة\n", "عنوان أول\n", "عنوان ثان\n"]),
        ("ar-spaced", "ذات صلة    فوائد الخس والجرجير     فوائد الخس للبشرة", &["ذات صلة    فوائد الخس والجرجير     فوائد الخس للبشرة"]),
        ("ar-author-tail", "وهذا ما نحتاجه الآن ضمن إستراتيجية وطنية كبرى. مقالات أخرى للكاتبغياب إستراتيجية إعلامية.. «سيلفي» نموذجاكوثر وقناة العربيةمؤتمر جنيف",
            &["مقالات أخرى للكاتبغياب إستراتيجية إعلامية.. «سيلفي» نموذجاكوثر وقناة العربيةمؤتمر جنيف"]),
        ("en-author-tail", "The council will vote on the plan in May. More from this author: Budget cuts loomSchools reopen",
            &["More from this author: Budget cuts loomSchools reopen"]),
        // A heading fused to its first title, whose joins no letter shows: one title ending
        // like a sentence, titles ending in `!`, a title opening with a quote.
        ("ar-author-fused-one-title", "نص المقال، طويل بما يكفي هنا.\nمقالات أخرى للكاتبادفعوا الألوف لتحافظوا على الملايين!!",
            &["مقالات أخرى للكاتبادفعوا الألوف لتحافظوا على الملايين!!"]),
        ("ar-author-fused-quote", "نص المقال، طويل بما يكفي هنا.\nمقالات أخرى للكاتب«الصغيرة» .. تنتظر العناية لتكبر",
            &["مقالات أخرى للكاتب«الصغيرة» .. تنتظر العناية لتكبر"]),
        ("ar-author-fused-tail", "فالمدن ليست حجارة فقط، بل ذاكرة من عاشوا فيها. مقالات أخرى للكاتبالبحر الذي علمنا الصبرحين يعود المطر إلى الحي",
            &["مقالات أخرى للكاتبالبحر الذي علمنا الصبرحين يعود المطر إلى الحي"]),
        ("opener", "Article text, with commas, ends here.\nMore from LiveScience\nFirst headline\nSecond headline",
            &["More from LiveScience\n"]),
        ("ar-opener", "نص المقال، طويل بما يكفي هنا.\nالمزيد من مقالات الرأي\nعنوان أول\nعنوان ثان",
            &["المزيد من مقالات الرأي\n"]),
        // A teaser headline that reads as prose (`X.. Y`) ends no sentence: no paragraph.
        ("ar-opener-before-two-part-headline", "نص المقال، طويل بما يكفي هنا.\nالمزيد من مقالات الرأي\nالبحر الذي علمنا الصبر.. كيف تصنع الموانئ أخلاق أهلها",
            &["المزيد من مقالات الرأي\n"]),
        // A schedule between two of the article's paragraphs is the article's. The same list
        // with nothing under it reads as a sidebar's teasers under the article and goes: an
        // article that ends with its schedule loses it (known, from a probe with article
        // text).
        ("schedule-between-paragraphs", "The orchestra will play in three cities this spring, its first tour in years.\nLeeds Town Hall\n12 April 2024\nManchester Bridgewater Hall\n19 April 2024\nGlasgow Royal Concert Hall\n26 April 2024\nThe programme includes a new work by the orchestra's composer in residence.", &[]),
        ("schedule-at-the-end", "The orchestra will play in three cities this spring, its first tour in years.\nLeeds Town Hall\n12 April 2024\nManchester Bridgewater Hall\n19 April 2024\nGlasgow Royal Concert Hall\n26 April 2024\n",
            &["Leeds Town Hall\n", "12 April 2024\n", "Manchester Bridgewater Hall\n", "19 April 2024\n", "Glasgow Royal Concert Hall\n", "26 April 2024\n"]),
        ("ar-teasers-without-heading", "نص المقال، طويل بما يكفي هنا.\nارتفاع أسعار الذهب.. والفضة تتراجع\n1520 مشاهدة\nمنتخب الشباب يتأهل إلى النهائي\n987 مشاهدة\nهل ينجح الاتفاق الجديد في خفض الأسعار؟\n2301 مشاهدة\n",
            &["ارتفاع أسعار الذهب.. والفضة تتراجع\n", "1520 مشاهدة\n", "منتخب الشباب يتأهل إلى النهائي\n", "987 مشاهدة\n", "هل ينجح الاتفاق الجديد في خفض الأسعار؟\n", "2301 مشاهدة\n"]),
        // negatives
        ("timeline-of-years", "The company grew fast.\n1998\nFounded in Berlin by two engineers\n2004\nMoved to a larger office in Munich\n2011\nOpened its first shop abroad\n", &[]),
        ("dated-sentences", "The council met on Tuesday.\nMay 3, 2012\nThe mayor spoke for an hour.\nMay 4, 2012\nThe vote was held at last.\nMay 5, 2012\n", &[]),
        ("opener-sentence", "Article text, with commas, ends here.\nMore on this tomorrow.\nFirst headline", &[]),
        ("opener-subheading", "Intro text, with commas, ends here.\nMore About The Blue Planet\nNeptune is the eighth planet from the Sun, and the farthest known planet of the solar system.", &[]),
        ("opener-subheading-blank", "Intro text, with commas, ends here.\nMore About The Blue Planet\n\nNeptune is the eighth planet from the Sun, and the farthest known planet of the solar system.", &[]),
        ("opener-part-of-a-word", "Article text, with commas, ends here.\nMore fromage recipes\nFirst headline", &[]),
        ("ar-author-spaced-sentence", "مقالات أخرى للكاتب نشرت في الصحيفة نفسها العام الماضي.", &[]),
        ("ar-author-tail-spaced-sentence", "فالمدن ليست حجارة فقط، بل ذاكرة من عاشوا فيها. مقالات أخرى للكاتب نشرت في الصحيفة نفسها.", &[]),
        ("ar-read-also-tanween-sentence", "اقرأ أيضاً ما كتبه الوزير في مقاله الأخير عن الاقتصاد.", &[]),
        ("ar-author-tail-sentence", "وهذا ما نحتاجه الآن ضمن إستراتيجية وطنية كبرى. مقالات أخرى للكاتبة نشرت في الصحيفة نفسها العام الماضي.", &[]),
        ("en-author-tail-no-glue", "The council will vote on the plan in May. More from this author: the budget will be cut.", &[]),
        ("en-heading-mid-sentence", "He said there would be more from this author: Budget cuts loomSchools reopen", &[]),
        ("ar-spaced-one-item", "ذات صلة    بالموضوع نفسه قال الوزير إن المحادثات مستمرة", &[]),
        ("ar-prose-related", "ذات صلة بالملف، قال الوزير إن المحادثات مستمرة.", &[]),
        ("en-sentence", "Related to this, the minister said more.", &[]),
        ("en-read-more-sentence", "Read more: the minister said talks would resume on Friday.", &[]),
        ("heading-word-then-prose", "Recommended\nThe committee recommended, after long debate, that the plan go ahead as drafted.", &[]),
        ("ar-prose", "اقرأ أيضا ما كتبه الوزير في مقاله الأخير عن الاقتصاد، فهو مهم جدا.", &[]),
    ];

    #[test]
    fn table() {
        crate::rules::check_cases(&RelatedSection::default(), CASES);
    }

    #[test]
    fn options_are_checked() {
        assert!(RelatedSection::default()
            .max_item_words(0)
            .validate()
            .is_err());
        assert!(RelatedSection::default().pattern("(").validate().is_err());
        assert!(RelatedSection::default()
            .heading("See more")
            .validate()
            .is_ok());
    }
}
