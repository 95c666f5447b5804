//! `heading-echo`: a heading of the page said again after a label, below the article.

use std::collections::{HashMap, HashSet};

use crate::doc::{Doc, Line};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::{glued_tail, next_text};

const ID: &str = "heading-echo";

/// Most words of the label before an echo (`Permalink:`, `Next:`, `رابط الخبر بصحيفة
/// الوئام:`): a label names a link, a sentence is longer.
const MAX_LABEL_WORDS: usize = 6;

/// Fewest words of an echoed heading: `Related: Politics` names a section of the site, which
/// any page may print; three words or more name one story.
const MIN_ECHO_WORDS: usize = 3;

/// Most words of a line that can be echoed: a headline or a title, not a paragraph.
const MAX_HEADING_WORDS: usize = 25;

/// Most bytes of a label, colon included: six long Arabic words. Only this far into a text
/// is a colon looked for.
const MAX_LABEL_BYTES: usize = 120;

/// Most bytes of a heading's key that can be echoed: a longer line is no headline. A text
/// after a label that is longer is not looked up.
const MAX_HEADING_BYTES: usize = 400;

/// Words of prose between a heading and its echo: an article (as many as the page verdict
/// asks, [`PageKind::ARTICLE_WORDS`](crate::PageKind::ARTICLE_WORDS)). Above the article, a
/// line that repeats a title after a label is the headline with its kicker (`Neues Auto:
/// Auto leasen oder kaufen?`), which stays.
const MIN_PROSE_BETWEEN: usize = 30;

/// Removes a line of the page's furniture that repeats one of the page's headings after a
/// label, below the article: a permalink (`رابط الخبر: <the headline>`, `Permalink: <the
/// headline>`), a link to the next or previous post (`Next: <its title>`), a share or
/// discussion prompt (`Join the discussion: <the headline>`), a reply's title (`Re: <the
/// comment's title>`). When a scraper glued it onto the article's last paragraph, only the
/// echo is cut, from where the last sentence ended.
///
/// The label is a few words and a colon; the echo is the whole key of an earlier line of
/// three to 25 words that does not end with a full stop, with an article's worth of prose
/// between the two. An article's own subheading that repeats an entry of its table of
/// contents (`Conclusion: Which loan is best?`) is followed by its section's prose, and
/// stays.
///
/// ```
/// use textsieve::{CleanerBuilder, HeadingEcho};
/// let cleaner = CleanerBuilder::empty().rule(HeadingEcho).build()?;
/// let article = "Night buses for the east side\n\
///     The council voted on Tuesday to expand the bus network, adding eleven routes across the city. \
///     The first night routes open in March, and the rest follow over two years.\n";
/// assert_eq!(
///     cleaner.clean(&format!("{article}Permalink: Night buses for the east side\n")),
///     article
/// );
/// // Glued onto the last paragraph, the echo alone goes (and the space before it).
/// let glued = article.replace("two years.", "two years. Share this story: Night buses for the east side");
/// assert_eq!(cleaner.clean(&glued), article);
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct HeadingEcho;

/// The lines of a page that the texts after its labels may echo, by key, and its prose.
struct Headings<'d> {
    /// Each heading's key, with the index of its first line.
    first: HashMap<&'d str, usize>,
    /// `prose[i]`: words of the prose lines before line `i`.
    prose: Vec<usize>,
}

impl<'d> Headings<'d> {
    /// The headings of `doc` among `wanted` (the texts after its labels): only a line whose
    /// key is as long as one of them is looked up.
    fn of(doc: &'d Doc<'_>, wanted: &HashSet<&str>) -> Headings<'d> {
        let mut lengths = [false; MAX_HEADING_BYTES + 1];
        for text in wanted {
            lengths[text.len()] = true;
        }
        let mut first = HashMap::new();
        let mut prose = Vec::with_capacity(doc.len() + 1);
        let mut words = 0;
        prose.push(0);
        for line in doc.lines() {
            let key = line.key();
            if lengths.get(key.len()) == Some(&true)
                && (MIN_ECHO_WORDS..=MAX_HEADING_WORDS).contains(&line.words())
                && !line.ends_with_period()
                && wanted.contains(key)
            {
                first.entry(key).or_insert(line.index());
            }
            if line.is_prose() {
                words += line.units();
            }
            prose.push(words);
        }
        Headings { first, prose }
    }

    /// The heading that `text` (a key after a label, see [`echo`]) echoes on line `index`,
    /// with the words of prose between them, if it is one.
    fn echoed(&self, text: &str, index: usize) -> Option<(usize, usize)> {
        let heading = *self.first.get(text)?;
        (heading < index).then(|| (heading, self.prose[index] - self.prose[heading + 1]))
    }
}

/// Where the label that opens `key` ends, past its colon: one to [`MAX_LABEL_WORDS`] words
/// and no sentence end before the first colon, within [`MAX_LABEL_BYTES`].
fn label_end(key: &str) -> Option<usize> {
    let window = &key.as_bytes()[..key.len().min(MAX_LABEL_BYTES)];
    let colon = memchr::memchr(b':', window)?;
    let label = &key[..colon];
    let sentence =
        || label.bytes().any(|b| matches!(b, b'.' | b'!' | b'?')) || label.contains(['؟', '…']);
    ((1..=MAX_LABEL_WORDS).contains(&key_words(label)) && !sentence()).then_some(colon + 1)
}

/// Words of a piece of a key: a key's words are apart by single spaces (see
/// [`fold`](crate::fold)).
fn key_words(piece: &str) -> usize {
    let piece = piece.trim_matches(' ');
    if piece.is_empty() {
        0
    } else {
        memchr::memchr_iter(b' ', piece.as_bytes()).count() + 1
    }
}

/// What follows a label in `key` (which opens with it, see [`label_end`]), if it could echo
/// a heading: trimmed, [`MIN_ECHO_WORDS`] words or more, at most [`MAX_HEADING_BYTES`].
/// Cheap tests first, so that most keys never make a page build its [`Headings`].
fn echo(key: &str) -> Option<&str> {
    if key.len() > MAX_LABEL_BYTES + MAX_HEADING_BYTES {
        return None;
    }
    let text = key[label_end(key)?..].trim_matches(' ');
    (text.len() <= MAX_HEADING_BYTES && key_words(text) >= MIN_ECHO_WORDS).then_some(text)
}

/// Most blank lines between a subheading and its section's first paragraph.
const SECTION_BLANKS: usize = 2;

/// Whether the next line with text after `line` (past at most [`SECTION_BLANKS`] blank
/// lines) reads as prose: a subheading's section.
fn prose_follows(doc: &Doc<'_>, line: &Line<'_>) -> bool {
    next_text(doc, line.index() + 1, SECTION_BLANKS).is_some_and(|next| next.is_prose())
}

impl Rule for HeadingEcho {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        // The texts after labels first: most pages have none, and need no headings.
        let mut wanted = HashSet::new();
        let mut labelled = Vec::new();
        for line in doc.lines() {
            let key = line.key();
            // An echo ends as its heading does, not with a full stop: most lines of prose that
            // hold a colon are not searched.
            if line.is_blank()
                || line.ends_with_period()
                || memchr::memchr(b':', key.as_bytes()).is_none()
            {
                continue;
            }
            let mut found = echo(key).map(|text| wanted.insert(text)).is_some();
            glued_tail::find_with(&line, |rest| {
                if let Some(text) = echo(rest) {
                    wanted.insert(text);
                    found = true;
                }
                None
            });
            if found {
                labelled.push(line);
            }
        }
        if wanted.is_empty() {
            return;
        }
        let headings = Headings::of(doc, &wanted);
        for line in labelled {
            let index = line.index();
            let whole = echo(line.key())
                .and_then(|text| headings.echoed(text, index))
                .is_some_and(|(_, prose)| prose >= MIN_PROSE_BETWEEN);
            if whole && !prose_follows(doc, &line) {
                out.push(Removal::line(&line, ID, Reason::HeadingEcho));
                continue;
            }
            // Glued onto a paragraph: the paragraph's own words count as prose between.
            let tail = glued_tail::find_with(&line, |rest| {
                let text = echo(rest)?;
                let (heading, prose) = headings.echoed(text, index)?;
                let label_words = key_words(&rest[..label_end(rest)?]);
                let heading_words = doc.line(heading)?.words();
                let before = line.words().saturating_sub(label_words + heading_words);
                (prose + before >= MIN_PROSE_BETWEEN).then_some(rest.len() - text.len())
            });
            if let Some(tail) = tail {
                out.push(Removal::new(
                    line.span().start + tail.start..line.span().end,
                    ID,
                    Reason::HeadingEcho,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Night buses for the east side\n\
        The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
        The first night routes open in March, and the rest follow over the next two years, officials said.\n";

    /// (case name, input, removed texts)
    const CASES: &[crate::rules::Case] = &[
        (
            "permalink-line",
            "عودة الحافلات الليلية إلى شرق المدينة\n\
             صوت المجلس يوم الثلاثاء على توسيع شبكة الحافلات بإضافة إحدى عشرة خطا جديدا في أنحاء المدينة.\n\
             وتفتح الخطوط الليلية الأولى في مارس، وتتبعها البقية خلال العامين المقبلين كما قال المسؤولون.\n\
             رابط الخبر في صحيفتنا: عودة الحافلات الليلية إلى شرق المدينة\n",
            &["رابط الخبر في صحيفتنا: عودة الحافلات الليلية إلى شرق المدينة\n"],
        ),
        (
            "glued-permalink",
            "عودة الحافلات الليلية إلى شرق المدينة\n\
             صوت المجلس يوم الثلاثاء على توسيع شبكة الحافلات بإضافة إحدى عشرة خطا جديدا في أنحاء المدينة.\n\
             وتفتح الخطوط الليلية الأولى في مارس، وتتبعها البقية خلال العامين المقبلين كما قال المسؤولون في المجلس أمس. رابط الخبر: عودة الحافلات الليلية إلى شرق المدينة",
            &["رابط الخبر: عودة الحافلات الليلية إلى شرق المدينة"],
        ),
        (
            "next-post",
            "Night buses for the east side\n\
             The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
             The first night routes open in March, and the rest follow over the next two years, officials said.\n\
             Share\nNext: Night buses for the east side\nPrevious: A new bridge for the river\n",
            &["Next: Night buses for the east side\n"],
        ),
        // negatives
        (
            "kicker-above-the-article",
            "Night buses for the east side\nTransport: Night buses for the east side\n\
             The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
             The first night routes open in March, and the rest follow over the next two years, officials said.\n",
            &[],
        ),
        (
            "subheading-repeating-its-contents-entry",
            "Contents\nWhich loan is best for you\n\
             The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
             The first night routes open in March, and the rest follow over the next two years, officials said.\n\
             Conclusion: Which loan is best for you\n\
             A loan from a bank costs less than one from the dealer, as the figures above show.\n",
            &[],
        ),
        (
            "two-word-section",
            "Politics today\n\
             The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
             The first night routes open in March, and the rest follow over the next two years, officials said.\n\
             Related: Politics today\n",
            &[],
        ),
        (
            "a-sentence-before-the-colon",
            "Night buses for the east side\n\
             The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
             The first night routes open in March, and the rest follow over the next two years, officials said.\n\
             Here is what the mayor wrote on the council's page: Night buses for the east side\n",
            &[],
        ),
        (
            "echo-of-a-later-line",
            "The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n\
             Next: Night buses for the east side\n\
             The first night routes open in March, and the rest follow over the next two years, officials said.\n\
             Night buses for the east side\n",
            &[],
        ),
    ];

    #[test]
    fn table() {
        crate::rules::check_cases(&HeadingEcho, CASES);
    }

    /// Naive twin of [`HeadingEcho::find`]: every line is tried, against an index of every
    /// heading of the page, with no test in front of the searches.
    fn naive_find(doc: &Doc<'_>) -> Vec<std::ops::Range<usize>> {
        let mut first = HashMap::new();
        let mut prose = vec![0];
        for line in doc.lines() {
            let key = line.key().trim();
            if (MIN_ECHO_WORDS..=MAX_HEADING_WORDS).contains(&line.words())
                && !line.ends_with_period()
                && key.len() <= MAX_HEADING_BYTES
            {
                first.entry(key).or_insert(line.index());
            }
            let words = if line.is_prose() { line.units() } else { 0 };
            prose.push(prose.last().copied().unwrap_or(0) + words);
        }
        let headings = Headings { first, prose };
        let mut out = Vec::new();
        for line in doc.lines().filter(|l| !l.is_blank()) {
            let index = line.index();
            let whole = echo(line.key())
                .and_then(|text| headings.echoed(text, index))
                .is_some_and(|(_, prose)| prose >= MIN_PROSE_BETWEEN);
            if whole && !prose_follows(doc, &line) {
                out.push(Removal::line(&line, ID, Reason::HeadingEcho).span);
                continue;
            }
            let tail = glued_tail::find_with(&line, |rest| {
                let text = echo(rest)?;
                let (heading, prose) = headings.echoed(text, index)?;
                let label_words = rest[..label_end(rest)?].split_whitespace().count();
                let heading_words = doc.line(heading)?.words();
                let before = line.words().saturating_sub(label_words + heading_words);
                (prose + before >= MIN_PROSE_BETWEEN).then_some(rest.len() - text.len())
            });
            if let Some(tail) = tail {
                out.push(line.span().start + tail.start..line.span().end);
            }
        }
        out
    }

    /// Lines a page of the twin test is made of: headlines, paragraphs, echoes of the
    /// headlines (whole lines and glued onto a paragraph) and other lines with a colon.
    const TWIN_LINES: [&str; 19] = [
        "Night buses for the east side",
        "حافلات ليلية لشرق المدينة",
        "هل تنجح الخطة الجديدة في شرق المدينة؟",
        "The council voted on Tuesday to expand the bus network, adding eleven routes across the city.",
        "وأضاف أن المرحلة الأولى تبدأ مطلع العام المقبل وتركز على الأحياء الشرقية التي تعاني من نقص.",
        "Permalink: Night buses for the east side",
        "رابط الخبر: حافلات ليلية لشرق المدينة",
        "رابط دائم: هل تنجح الخطة الجديدة في شرق المدينة؟",
        "Next: Night buses for the east side.",
        "Re:Night buses for the east side",
        "Share this story : Night buses for the east side ",
        "The first routes open in March, officials said. Permalink: Night buses for the east side",
        "وقال الوزير إن الخطة ستنفذ على ثلاث مراحل خلال خمس سنوات. رابط الخبر: حافلات ليلية لشرق المدينة",
        "",
        "10:30",
        "Politics today",
        "Related: Politics today",
        "Note: the list of routes is long۔",
        "Night buses.",
    ];

    proptest::proptest! {
        #[test]
        fn find_agrees_with_naive_twin(
            picks in proptest::collection::vec(0..TWIN_LINES.len(), 0..8),
            paragraphs in 0usize..4,
            heading in 0usize..3,
        ) {
            // A headline, paragraphs, then any lines: echoes below enough prose come often.
            let mut lines = vec![TWIN_LINES[heading]];
            lines.extend(std::iter::repeat_n(TWIN_LINES[3 + heading % 2], paragraphs));
            lines.extend(picks.iter().map(|&i| TWIN_LINES[i]));
            let text = lines.join("\n");
            let doc = Doc::new(&text);
            let mut out = Vec::new();
            HeadingEcho.find(&doc, &mut out);
            let spans: Vec<_> = out.into_iter().map(|r| r.span).collect();
            proptest::prop_assert_eq!(spans, naive_find(&doc), "{:?}", text);
        }
    }

    #[test]
    fn too_little_prose_between_keeps_the_echo() {
        let page = "Night buses for the east side\nThe council voted on Tuesday.\nPermalink: Night buses for the east side\n";
        let doc = Doc::new(page);
        let mut out = Vec::new();
        HeadingEcho.find(&doc, &mut out);
        assert!(out.is_empty());
        let page = format!("{ARTICLE}Permalink: Night buses for the east side\n");
        let doc = Doc::new(&page);
        HeadingEcho.find(&doc, &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn labels() {
        assert_eq!(label_end("permalink: x"), Some(10));
        assert_eq!(
            label_end("رابط الخبر بصحيفة الوئام: x"),
            Some("رابط الخبر بصحيفة الوئام:".len())
        );
        assert_eq!(label_end(": x"), None);
        assert_eq!(label_end("one two three four five six seven: x"), None);
        assert_eq!(label_end("it ended. then: x"), None);
        assert_eq!(label_end("no colon"), None);
    }
}
