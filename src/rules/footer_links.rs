//! `footer-links`: navigation and footer link runs, menus and legal lines.

use once_cell::sync::Lazy;

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::glue;
use crate::lexicon::{
    CHROME_PHRASES, CONTACT_LABELS, FOOTER_LINKS, FOOTER_PHRASES, PERMALINK_LABELS, RIGHTS_RESERVED,
};
use crate::phrases::{Lexicon, PhraseSet, UserPatterns};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::glued_tail;

const ID: &str = "footer-links";

/// Legal and copyright phrases of footers.
static LEGAL: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &FOOTER_PHRASES));
/// Labels of a wiki's permanent-address line.
static PERMALINK: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &PERMALINK_LABELS));
static CONTACT: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &CONTACT_LABELS));
/// Site-chrome phrases (sign in, subscribe, menus).
static CHROME: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &CHROME_PHRASES));

/// Removes navigation and footer chrome:
///
/// * **glued link runs**: link texts joined with no separator, seen as many glue points per
///   word (`LoaderSearchابحث مفاتيح اليومإسرائيل…`, `About EuronewsCommercial ServicesTerms…`);
/// * **separated link runs**: short texts between `|`, `•`, `·`, ` - `, `/`, `»` (`Home | News |
///   Sport`), or four or more set apart by runs of spaces (`اتصل بنا   سياسة الخصوصية   About
///   Us   فريق موضوع`), however long the run;
/// * **directory lines**: `name - what it is` entries run together, two spaces apart;
/// * **menu runs**: [`min_menu_lines`](Self::min_menu_lines) or more consecutive lines of one
///   to four words with no sentence punctuation;
/// * **footer lines**: a line that is exactly a footer link (`Privacy Policy`, `اتصل بنا`,
///   `من نحن`, `تابعونا`), or a short line with a legal phrase (`Copyright ©`,
///   `جميع الحقوق محفوظة`, `All rights reserved`), a wiki's permanent-address line
///   (`Retrieved from "https://…"`, `مجلوبة من`);
/// * **template markup** left in a page (`@section('content')`, `{% block %}`, `{{ title }}`);
/// * **chrome lines**: a line holding several distinct page-chrome phrases (`شارك هذا المقال`,
///   `يعرض الآن`, `الأكثر قراءة`, …), such as a glued strip of share links and headline lists.
///
/// A sentence with one glue point (a quotation glued to the next word) is not a link run, and
/// a line of code quoted in an article (`var req = new Request(url, {`) is not a link run or a
/// menu entry, though its names join letters as glued links do.
///
/// ```
/// use textsieve::{CleanerBuilder, FooterLinks};
/// let cleaner = CleanerBuilder::empty().rule(FooterLinks::default()).build()?;
/// let page = "The story, told well.\nAbout EuronewsCommercial ServicesTerms and ConditionsCookie Policy\nCopyright © euronews 2025";
/// assert_eq!(cleaner.clean(page), "The story, told well.\n");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone)]
pub struct FooterLinks {
    links: Lexicon,
    patterns: UserPatterns,
    min_glue_points: usize,
    min_menu_lines: usize,
}

impl Default for FooterLinks {
    /// # Defaults
    /// The links of [`FOOTER_LINKS`](crate::lexicon::FOOTER_LINKS); link runs of at least 3
    /// glue points; menu runs of at least 5 lines.
    fn default() -> FooterLinks {
        FooterLinks {
            links: Lexicon::new(ID, &FOOTER_LINKS),
            patterns: UserPatterns::default(),
            min_glue_points: 3,
            min_menu_lines: 5,
        }
    }
}

/// How a single line looks to this rule.
enum Verdict {
    Keep,
    Drop(Reason),
}

impl FooterLinks {
    /// Adds a footer or navigation link text: a line that is exactly it is removed.
    ///
    /// ```
    /// let rule = textsieve::FooterLinks::default().link("Hakkımızda");
    /// let cleaner = textsieve::CleanerBuilder::empty().rule(rule).build()?;
    /// assert_eq!(cleaner.clean("Haber metni.\nHakkımızda"), "Haber metni.\n");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn link(mut self, link: &str) -> FooterLinks {
        self.links.add(link);
        self
    }

    /// Removes a link text, compared after folding.
    #[must_use]
    pub fn remove_link(mut self, link: &str) -> FooterLinks {
        self.links.remove(link);
        self
    }

    /// Adds a regular expression: a line whose folded key it matches is a footer line.
    #[must_use]
    pub fn pattern(mut self, pattern: &str) -> FooterLinks {
        self.patterns.add(ID, pattern);
        self
    }

    /// The fewest glue points that make a line a glued link run (there must also be at least
    /// one per four words).
    ///
    /// # Defaults
    /// 3. Values below 2 are rejected by `build`.
    #[must_use]
    pub fn min_glue_points(self, points: usize) -> FooterLinks {
        FooterLinks {
            min_glue_points: points,
            ..self
        }
    }

    /// The fewest consecutive short lines that make a menu.
    ///
    /// # Defaults
    /// 5. Values below 3 are rejected by `build`.
    #[must_use]
    pub fn min_menu_lines(self, lines: usize) -> FooterLinks {
        FooterLinks {
            min_menu_lines: lines,
            ..self
        }
    }

    fn judge(&self, links: &PhraseSet, line: &Line<'_>) -> Verdict {
        let key = line.key();
        if is_template_markup(line.text()) {
            return Verdict::Drop(Reason::TemplateMarkup);
        }
        if links.is_whole(key) || (!self.patterns.is_empty() && self.patterns.is_match(key)) {
            return Verdict::Drop(Reason::Footer);
        }
        let words = line.words();
        // Length in words, with scripts written without spaces counted by characters.
        let units = line.units();
        let is_link_run = |strong: usize| {
            let glue = strong + line.soft_glue() / 2;
            (glue >= self.min_glue_points && glue * 4 >= units)
                || (strong >= 2 && units <= 6 && !line.ends_with_terminal())
        };
        // One word opening in lower case with capitals inside is a camelCase name from code
        // (`skipKnownBugs`, `getElementById`); glued menus start each link with a capital.
        let identifier = line.words() == 1 && line.first_char().is_some_and(char::is_lowercase);
        // Glued menus are letters; a line where symbols make up more than a fifth of the
        // characters is code (`use Symfony\Component\HttpFoundation\Request;`).
        let code = line.letters() * 5 < line.chars() * 4;
        if !identifier
            && !code
            && is_link_run(line.strong_glue())
            && !has_code_syntax(line.text())
            // Dotted abbreviations and quoted words after a clitic look like joins.
            && is_link_run(line.strong_glue() - glue::false_joins(line.text()).min(line.strong_glue()))
        {
            return Verdict::Drop(Reason::LinkRun {
                glue_points: line.strong_glue() + line.soft_glue(),
            });
        }
        if is_permalink(&PERMALINK, line, key) || is_contact_line(&CONTACT, line, key) {
            return Verdict::Drop(Reason::Footer);
        }
        if let Some(entries) = directory_entries(line) {
            return Verdict::Drop(Reason::Directory { entries });
        }
        if let Some(links) = spaced_headlines(line) {
            return Verdict::Drop(Reason::SeparatedLinks { links });
        }
        if let Some(links) = separated_links(line) {
            if !has_code_syntax(line.text()) {
                return Verdict::Drop(Reason::SeparatedLinks { links });
            }
        }
        // `© 2025 Example Media. All rights reserved.` ends like a sentence: a copyright
        // notice is a footer whatever its punctuation; a legal phrase in prose is not.
        if words <= MAX_COPYRIGHT_WORDS && is_copyright_notice(key) {
            return Verdict::Drop(Reason::Footer);
        }
        if is_legal_line(&LEGAL, line, key) {
            return Verdict::Drop(Reason::Footer);
        }
        if let Some(markers) = chrome_markers(line, key) {
            return Verdict::Drop(Reason::ChromeLine { markers });
        }
        Verdict::Keep
    }
}

/// The most words of a permanent-address line: a label and an address.
const MAX_PERMALINK_WORDS: usize = 8;

/// Whether `line`, whose key is `key`, is the permanent-address line a wiki prints under
/// its article (`Retrieved from "https://en.wikipedia.org/w/index.php?…"`, `مجلوبة من «…»`):
/// a label of `labels` opening a short line, an optional `:` and quote, then an address. A
/// sentence that says where data was retrieved from names no address right after the label.
pub(crate) fn is_permalink(labels: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    if line.words() > MAX_PERMALINK_WORDS {
        return false;
    }
    let Some(end) = labels.prefix(key) else {
        return false;
    };
    let address = key[end..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '"' | '\'' | '«' | '“' | '„')
    });
    address.starts_with("http") || address.starts_with("www.")
}

/// The most words of a line telling readers how to reach the writer.
const MAX_CONTACT_WORDS: usize = 40;

/// Whether `line`, whose key is `key`, tells readers how to reach the writer: a label of
/// `labels` opens it (`Email the author | Follow on Twitter`, `للتواصل أرسل sms إلى 88548
/// …`), or follows the writer's address glued before it (`name@example.comللتواصل مع
/// الكاتب …`), and the line does not end like a statement (`Email the author with your
/// questions.` is a sentence of the article).
pub(crate) fn is_contact_line(labels: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    if line.words() > MAX_CONTACT_WORDS || line.ends_with_period() {
        return false;
    }
    labels.prefix(key).is_some()
        || labels.occurrences(key).next().is_some_and(|(_, start, _)| {
            let address = &key[..start];
            address.contains('@') && !address.contains(char::is_whitespace)
        })
}

/// The text a CDN's e-mail protection leaves where a page showed an address (the address
/// is written back by a script, which a scraper does not run): no reader ever saw it. Its
/// space is a no-break space in the markup, which renderers may turn into a plain one.
const EMAIL_PLACEHOLDERS: [&str; 2] = ["[email protected]", "[email\u{a0}protected]"];

/// The most words after a permanent address glued onto a paragraph's end.
const MAX_WORDS_AFTER_PERMALINK: usize = 2;

/// Pushes the parts of a kept `line` that are furniture inside it: e-mail placeholders, and a
/// permanent-address line glued onto the paragraph's last sentence (`…the end.Retrieved from
/// "https://…"`).
fn inline_cuts(line: &Line<'_>, out: &mut Vec<Removal>) {
    let text = line.text();
    let base = line.span().start;
    if memchr::memmem::find(text.as_bytes(), b"[email").is_some() {
        for placeholder in EMAIL_PLACEHOLDERS {
            for at in memchr::memmem::find_iter(text.as_bytes(), placeholder.as_bytes()) {
                out.push(Removal::new(
                    base + at..base + at + placeholder.len(),
                    ID,
                    Reason::Placeholder,
                ));
            }
        }
    }
    if let Some(tail) = glued_tail::find(&PERMALINK, line) {
        let address = text[tail.heading_end..].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '"' | '\'' | '«' | '“' | '„')
        });
        if (address.starts_with("http") || address.starts_with("www."))
            && address.split_whitespace().count() <= 1 + MAX_WORDS_AFTER_PERMALINK
        {
            out.push(Removal::new(
                base + tail.start..line.span().end,
                ID,
                Reason::Footer,
            ));
        }
    }
}

/// Whether `text` has `»` right after a one-letter clitic word (`ل»سلامة`, `و»أكسفورد`):
/// there it opens a quotation, as no link text is one letter.
fn opens_quote_after_clitic(text: &str) -> bool {
    text.match_indices('»').any(|(at, _)| {
        let mut before = text[..at].chars().rev();
        before.next().is_some_and(glue::is_clitic)
            && !before.next().is_some_and(char::is_alphabetic)
    })
}

/// The fewest links of a run set apart by spaces alone.
const MIN_SPACED_LINKS: usize = 4;
/// The most words of a link text in a separated run.
const MAX_LINK_WORDS: usize = 5;
/// The fewest parts of a run of headlines set apart by spaces alone, whose parts may be
/// longer than link texts and end in `?` (twice [`MIN_SPACED_LINKS`]).
const MIN_SPACED_HEADLINES: usize = 8;
/// The most words of a headline in such a run.
const MAX_HEADLINE_WORDS: usize = 8;

/// The fewest entries of a directory line.
const MIN_DIRECTORY_ENTRIES: usize = 5;
/// The most words of a directory entry's name; its description has at least two.
const MAX_DIRECTORY_NAME_WORDS: usize = 6;

/// The entries of a directory line, if it is one: `name - what it is` entries run together
/// two spaces or more apart, as link directories and feed lists print them when their
/// markup is stripped (`Al-Ayyam - a Palestinian daily  Akhbar al-Khaleej - a daily from
/// Bahrain  …`). A description has two words or more (a score is not one). At least [`MIN_DIRECTORY_ENTRIES`] entries, and three segments in four
/// entries: an article's sentences are not names before a dash, and its paragraphs are lines
/// of their own.
fn directory_entries(line: &Line<'_>) -> Option<usize> {
    let text = line.text();
    if line.words() < MIN_DIRECTORY_ENTRIES * 3 || !text.contains("  ") {
        return None;
    }
    let (mut segments, mut entries) = (0, 0);
    for segment in text.split("  ").map(str::trim).filter(|s| !s.is_empty()) {
        segments += 1;
        let entry = segment
            .split_once(" - ")
            .or_else(|| segment.split_once(" – "))
            .is_some_and(|(name, about)| {
                (1..=MAX_DIRECTORY_NAME_WORDS).contains(&name.split_whitespace().count())
                    && about
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphabetic))
                        .nth(1)
                        .is_some()
            });
        entries += usize::from(entry);
    }
    (entries >= MIN_DIRECTORY_ENTRIES && entries * 4 >= segments * 3).then_some(entries)
}

/// The most words of a line with a copyright notice.
pub(crate) const MAX_COPYRIGHT_WORDS: usize = 20;

/// Whether `line`, whose key is `key`, is a footer line holding a legal phrase of `legal`: a
/// short line that is not prose.
pub(crate) fn is_legal_line(legal: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    line.words() <= 25 && !line.is_prose() && legal.contains_any(key)
}

/// The chrome phrases in `line`, whose key is `key`, if it is a strip of page chrome: three or more of them, of
/// two kinds or more. A line of page chrome is navigation glued or run together, never a
/// finished paragraph: prose that ends a sentence and names three site sections is still
/// prose.
pub(crate) fn chrome_markers(line: &Line<'_>, key: &str) -> Option<usize> {
    let paragraph =
        line.is_prose() && line.ends_with_terminal() && line.strong_glue() + line.soft_glue() == 0;
    if paragraph {
        return None;
    }
    let (hits, distinct) = chrome_hits(key);
    (hits >= 3 && distinct >= 2).then_some(hits)
}

/// (occurrences, distinct phrases) of chrome phrases in `key`; (0, 0) for a key too short
/// to hold the three a chrome line needs.
fn chrome_hits(key: &str) -> (usize, usize) {
    if key.len() < 3 * CHROME.shortest() {
        return (0, 0);
    }
    let mut hits = 0;
    let mut seen: u64 = 0;
    let mut distinct = 0;
    for (phrase, _, _) in CHROME.occurrences(key) {
        hits += 1;
        let bit = 1u64 << (phrase % 64);
        if seen & bit == 0 {
            seen |= bit;
            distinct += 1;
        }
    }
    (hits, distinct)
}

/// Consecutive short lines seen so far.
#[derive(Default)]
struct MenuRun<'d> {
    /// Menu-like lines no other check removed.
    entries: Vec<Line<'d>>,
    /// Lines of the run already removed as chrome: the evidence that this is a menu.
    judged: usize,
}

impl MenuRun<'_> {
    fn flush(&mut self, min_lines: usize, out: &mut Vec<Removal>) {
        let lines = self.entries.len() + self.judged;
        // A run with a line of code in it is a code listing broken into short lines.
        let code = || self.entries.iter().any(|line| has_code_syntax(line.text()));
        if self.judged > 0 && lines >= min_lines && !code() {
            for line in &self.entries {
                out.push(Removal::line(line, ID, Reason::MenuRun { lines }));
            }
        }
        self.entries.clear();
        self.judged = 0;
    }
}

/// Whether a line reads as a menu entry: one to four words of letters, no digits (an
/// ingredient or a spec line has them), no sentence, clause or key-value marks.
pub(crate) fn is_menu_entry(line: &Line<'_>) -> bool {
    (1..=4).contains(&line.words())
        && line.chars() <= 40
        && line.digits() == 0
        && line.terminal_punct() == 0
        && line.clause_punct() == 0
        && !line.text().contains(':')
}

/// Whether `text` holds marks of program text that link texts never hold: braces, `=`, a
/// statement's closing `;`, a call (`(` right after a lower-case letter, not before a digit:
/// `now()`, `append("`, but not `Videos(12)`), or two `snake_case` names (`series_mean`; one
/// alone may be a user name or an icon's). Code quoted in an article breaks into lines that
/// otherwise read as separated or glued links. `camelCase` names are no sign: glued menus
/// join a lower-case link to a capitalised one the same way (`vida y ocioTecnología`), and
/// `||`, `::` and `->` separate breadcrumbs too.
fn has_code_syntax(text: &str) -> bool {
    let bytes = text.trim().as_bytes();
    // A long run without spaces is data (base64 ends in `=`), not a line of a program; and
    // template tags (`{* #registrationForm *}`, `{{ user_name }}`) left in a page are its
    // markup.
    if bytes.len() > 60 && memchr::memchr(b' ', bytes).is_none() {
        return false;
    }
    let template_tag = memchr::memchr_iter(b'{', bytes)
        .any(|at| matches!(bytes.get(at + 1), Some(b'*' | b'{' | b'%')));
    if template_tag {
        return false;
    }
    if bytes.last() == Some(&b';') {
        return true;
    }
    let lower = |at: Option<usize>| {
        at.and_then(|at| bytes.get(at))
            .is_some_and(u8::is_ascii_lowercase)
    };
    if memchr::memchr3(b'{', b'}', b'=', bytes).is_some() {
        return true;
    }
    let call = memchr::memchr_iter(b'(', bytes)
        .any(|at| lower(at.checked_sub(1)) && !bytes.get(at + 1).is_some_and(u8::is_ascii_digit));
    call || memchr::memchr_iter(b'_', bytes)
        .filter(|&at| lower(at.checked_sub(1)) && lower(Some(at + 1)))
        .nth(1)
        .is_some()
}

/// Whether a line is nothing but template markup a page was saved with: Blade directives
/// (`@extends('layouts.master') @section('css') @endsection`), Jinja and Twig tags (`{% block
/// content %}`, `{{ title }}`), and the like. Text that a template would have filled in is
/// not there; what is, is the template's syntax. A handle (`@nytimes`) or an address is not
/// markup: a directive takes arguments in parentheses or closes a block (`@endsection`).
fn is_template_markup(text: &str) -> bool {
    let mut rest = text.trim();
    let mut constructs = 0;
    while !rest.is_empty() {
        let close = match rest.as_bytes() {
            [b'{', b'{', ..] => "}}",
            [b'{', b'%', ..] => "%}",
            [b'{', b'#', ..] => "#}",
            [b'{', b'*', ..] => "*}",
            [b'@', ..] => {
                let name_end = rest[1..]
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .map_or(rest.len(), |i| i + 1);
                let name = &rest[1..name_end];
                let after = &rest[name_end..];
                if after.starts_with('(') {
                    match after.find(')') {
                        Some(end) => rest = &after[end + 1..],
                        None => return false,
                    }
                } else if name.len() > 3 && name.starts_with("end") {
                    rest = after;
                } else {
                    return false;
                }
                constructs += 1;
                rest = rest.trim_start();
                continue;
            }
            _ => return false,
        };
        match rest[2..].find(close) {
            Some(end) => rest = rest[2 + end + close.len()..].trim_start(),
            None => return false,
        }
        constructs += 1;
    }
    constructs > 0
}

/// `© 2025 Example Media`, `©2019 …`: a copyright sign with a year. A bare `©` also marks
/// photo credits in captions, which are article text.
fn is_copyright_notice(key: &str) -> bool {
    static FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> = Lazy::new(|| {
        RIGHTS_RESERVED
            .iter()
            .map(memchr::memmem::Finder::new)
            .collect()
    });
    if FINDERS.iter().any(|f| f.find(key.as_bytes()).is_some()) {
        return true;
    }
    let has_year = || {
        key.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"))
    };
    key.contains('©') && has_year()
}

/// The number of headlines, if the line is a long run of them set apart by runs of spaces
/// (a teaser or related list whose markup was stripped: `…كيف مات قارون     كم وزن الطفل
/// في الشهر الخامس     ما هو التعبير المجازي؟`). Headlines run longer than link texts and
/// may end in `?` or `!`, so the run must be long, and no part may end like a statement or
/// hold a clause mark.
fn spaced_headlines(line: &Line<'_>) -> Option<usize> {
    let text = line.text();
    if line.words() < MIN_SPACED_HEADLINES * 2
        || memchr::memmem::find(text.as_bytes(), b"  ").is_none()
    {
        return None;
    }
    let mut parts = 0;
    for part in text.split("  ").map(str::trim).filter(|p| !p.is_empty()) {
        let words = part.split_whitespace().count();
        let statement = part.ends_with(['.', '\u{06D4}', '\u{3002}']);
        let clause = part.contains([',', '،', ';', '؛']);
        if words > MAX_HEADLINE_WORDS || statement || clause {
            return None;
        }
        parts += 1;
    }
    (parts >= MIN_SPACED_HEADLINES).then_some(parts)
}

/// Whether `line` still reads as prose when the dots inside addresses (`aljazeera.net`,
/// `CNNArabic.com`), which [`Line::is_prose`] counts as sentence ends, are not counted: a
/// list of outlet names is not made prose by their domains.
fn is_prose_without_addresses(line: &Line<'_>, text: &str) -> bool {
    let bytes = text.as_bytes();
    let in_address = memchr::memchr_iter(b'.', bytes)
        .filter(|&i| {
            i > 0
                && bytes[i - 1].is_ascii_alphanumeric()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        })
        .count();
    line.ends_with_terminal()
        || line.clause_punct() + line.terminal_punct().saturating_sub(in_address) >= 2
}

/// The number of links, if the line is short texts between link separators. Any number of
/// them: a navigation box or a "see also" list runs to hundreds of words, each of its texts
/// short, where no sentence of an article is.
fn separated_links(line: &Line<'_>) -> Option<usize> {
    let text = line.text();
    if line.is_prose() && is_prose_without_addresses(line, text) {
        return None;
    }
    // Runs of spaces set links apart where the markup between them was stripped
    // (`اتصل بنا   سياسة الخصوصية   About Us`): a separator too, when there are enough links.
    let bytes = text.as_bytes();
    let wide = memchr::memmem::find(bytes, b"  ").is_some();
    // Without a separator, ` - ` or ` / `, the line is one segment: the bytes `|` `>` `-`
    // `/` and the lead bytes of the other separators (`•` `›` `‖`: E2; `·` `»` `¦`: C2).
    if !wide
        && memchr::memchr3(b'|', b'>', b'-', bytes).is_none()
        && memchr::memchr3(b'/', 0xC2, 0xE2, bytes).is_none()
    {
        return None;
    }
    // `»` closes a quotation on a line that opens one (`«الإسكان» تتعاون مع «العدل»`, a
    // headline), and some sites print it to open one too, after a one-letter preposition or
    // conjunction written onto the quoted word (`الطرح المتبقي ل»سلامة للتأمين»`): a
    // separator only where neither stands.
    let quotes = text.contains('«') || opens_quote_after_clitic(text);
    let is_sep = |c: char| matches!(c, '|' | '•' | '·' | '›' | '¦' | '‖') || (c == '»' && !quotes);
    // `>` only between spaces: a breadcrumb (`Home > News`), not code or a comparison.
    let spaced = memchr::memchr3_iter(b'-', b'/', b'>', bytes)
        .any(|i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '));
    // Without a separator character either, the line is one segment (hyphens in words,
    // slashes in dates): no need to split it.
    let separator_char = memchr::memchr3_iter(b'|', 0xC2, 0xE2, bytes).any(|i| match bytes[i] {
        b'|' => true,
        // `·` `»` `¦`
        0xC2 => match bytes.get(i + 1) {
            Some(0xB7 | 0xA6) => true,
            Some(0xBB) => !quotes,
            _ => false,
        },
        // `•` `›` `‖`
        _ => matches!(bytes.get(i + 1..i + 3), Some([0x80, 0xA2 | 0xBA | 0x96])),
    });
    if !spaced && !separator_char && !wide {
        return None;
    }
    let mut segments = 0;
    let mut longest = 0;
    // `Lyrics: X / Music: Y / Arrangement: Z`: credits, labels with their values, are text.
    let mut labelled = 0;
    let mut count = |part: &str| {
        let words = part.split_whitespace().count();
        if words > 0 {
            segments += 1;
            longest = longest.max(words);
            labelled +=
                usize::from(part.trim_end().contains(':') && !part.trim_end().ends_with(':'));
        }
    };
    for part in text.split(is_sep) {
        let parts = part.split("  ");
        if spaced {
            parts
                .flat_map(|p| p.split(" - "))
                .flat_map(|p| p.split(" / "))
                .flat_map(|p| p.split(" > "))
                .for_each(&mut count);
        } else {
            parts.for_each(&mut count);
        }
    }
    let pipe = memchr::memchr(b'|', bytes).is_some();
    let enough = if separator_char {
        segments >= 3 || (segments == 2 && pipe && longest <= 3)
    } else if spaced {
        // Dashes also join the parts of a headline (`talks between Saudi - American -
        // Russian envoys`), and a numbered item to its parts (`14 - name - nationality`): three
        // parts are links only when each is a word or two.
        segments >= 4 || (segments == 3 && longest <= 2)
    } else {
        // Runs of spaces alone: a verse's two halves, or a caption beside a credit, are set
        // apart the same way; a run of links has more parts.
        segments >= MIN_SPACED_LINKS
    };
    (enough && longest <= MAX_LINK_WORDS && labelled * 2 < segments && !line.ends_with_period())
        .then_some(segments)
}

impl Rule for FooterLinks {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(link_phrases) = self.links.set() else {
            return;
        };
        // A run of short lines is a menu only if one of them is known chrome (a footer link, a
        // glued or separated link run): lists of names, ingredients or specs inside articles
        // look the same otherwise.
        let mut run = MenuRun::default();
        for line in doc.lines() {
            if line.is_blank() {
                run.flush(self.min_menu_lines, out);
                continue;
            }
            // A verdict depends on the line's text alone, and a dropped line is gone (this
            // rule's removals are decisive): a line unchanged since the last pass was kept
            // then and is kept now.
            let verdict = if line.is_unchanged() {
                Verdict::Keep
            } else {
                self.judge(link_phrases, &line)
            };
            if matches!(verdict, Verdict::Keep) && !line.is_unchanged() {
                inline_cuts(&line, out);
            }
            match verdict {
                Verdict::Drop(reason) => {
                    out.push(Removal::line(&line, ID, reason));
                    run.judged += 1;
                }
                Verdict::Keep if is_menu_entry(&line) => run.entries.push(line),
                Verdict::Keep => {
                    // A short line right before prose is the article's title or a
                    // subheading, not the last menu item.
                    if line.is_prose() {
                        run.entries.pop();
                    }
                    run.flush(self.min_menu_lines, out);
                }
            }
        }
        run.flush(self.min_menu_lines, out);
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.links.validate()?;
        if self.min_glue_points < 2 {
            return Err(BuildError::option(ID, "min_glue_points must be at least 2"));
        }
        if self.min_menu_lines < 3 {
            return Err(BuildError::option(ID, "min_menu_lines must be at least 3"));
        }
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permalink_lines() {
        let probe = |text: &str| {
            let doc = Doc::new(text);
            let line = doc.lines().next().expect("one line");
            is_permalink(&PERMALINK, &line, line.key())
        };
        assert!(probe(
            "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Mozilla&oldid=1\""
        ));
        assert!(probe("مجلوبة من \"  http://example.org/wiki/الخس\""));
        assert!(probe("Retrieved from: www.example.org/wiki/Page"));
        assert!(!probe(
            "Retrieved from the archive of the city council in 1987."
        ));
        assert!(!probe("The figures were retrieved from \"https://data.gov\" last week by the team of analysts."));
        assert!(!probe("مجلوبة من الصين"));
    }

    #[test]
    fn cuts_inside_kept_lines() {
        let cuts = |text: &str| {
            let doc = Doc::new(text);
            let mut out = Vec::new();
            inline_cuts(&doc.line(0).expect("one line"), &mut out);
            out.iter()
                .map(|r| text[r.span.clone()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            cuts("يرفع التصميم عبر البريد الإلكتروني [email protected] أو الواتساب."),
            ["[email protected]"]
        );
        assert_eq!(
            cuts("Write to [email\u{a0}protected] or [email protected] today."),
            ["[email protected]", "[email\u{a0}protected]"]
        );
        assert_eq!(
            cuts("The plant grows well in cool weather and needs water.Retrieved from \"https://example.org/wiki/Lettuce\""),
            ["Retrieved from \"https://example.org/wiki/Lettuce\""]
        );
        // An address after the label, but a sentence goes on after it.
        assert!(cuts("The plant grows in cool weather and needs water. Retrieved from https://example.org it was then copied by many other sites.").is_empty());
        // Mid-sentence: no sentence end before the label.
        assert!(
            cuts("The numbers in this table were retrieved from https://data.example.org")
                .is_empty()
        );
        // An e-mail address the page did show is text.
        assert!(cuts("Write to news@example.org or call.").is_empty());
    }

    #[test]
    fn quotation_marks_after_a_clitic_are_not_separators() {
        let probe = |text: &str| separated_links(&Doc::new(text).line(0).expect("one line"));
        assert_eq!(
            probe("تغطية الطرح المتبقي ل»سلامة للتأمين» وانتهاء الاكتتاب"),
            None
        );
        assert!(probe("الرئيسية » الأخبار » الرياضة » اتصل بنا").is_some());
        assert!(opens_quote_after_clitic("و»أكسفورد»"));
        assert!(!opens_quote_after_clitic("الأخبار»الرياضة"));
    }

    #[test]
    fn headlines_set_apart_by_spaces() {
        let probe = |text: &str| spaced_headlines(&Doc::new(text).line(0).expect("one line"));
        let headlines = [
            "أين تقع جزر المحيط الهادئ",
            "طريقة تتبيل السمك بالفرن",
            "من أين يستخرج الحديد",
            "كيف تعلم طفلك القراءة",
            "كم وزن الطفل في الشهر الخامس",
            "عبارات الصباح",
            "خطوات صنع القرار",
            "فوائد الحلبة",
            "ما هو التعبير المجازي؟",
        ];
        assert_eq!(probe(&headlines.join("     ")), Some(9));
        // Fewer parts: a verse and a caption set apart the same way.
        assert_eq!(probe(&headlines[..6].join("     ")), None);
        // Parts as long as sentences.
        let long = ["كان الوزير قد قال في مؤتمر صحافي أمس إن الخطة"; 9];
        assert_eq!(probe(&long.join("     ")), None);
    }

    #[test]
    fn outlet_names_with_domains_are_links() {
        let probe = |text: &str| separated_links(&Doc::new(text).line(0).expect("one line"));
        assert!(
            probe("CNNArabic.com الرئيسية | AMEinfo.com moheet.co Elaph | أخبار دولية").is_some()
        );
        // Prose with a separator stays prose.
        assert_eq!(
            probe("The report, published by example.com, said so. Others | disagreed, loudly."),
            None
        );
    }

    #[test]
    fn contact_lines() {
        let probe = |text: &str| {
            let doc = Doc::new(text);
            let line = doc.line(0).expect("one line");
            is_contact_line(&CONTACT, &line, line.key())
        };
        assert!(probe("Email the author | Follow on Twitter"));
        assert!(probe("للتواصل أرسل sms إلى 88548 الاتصالات، 636250 موبايلي، 738303 زين تبدأ بالرمز 153 مسافة ثم الرسالة"));
        assert!(probe("writer@example.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (48) ثم مسافة ثم نص الرسالة إلى 88591"));
        // A sentence of the article.
        assert!(!probe(
            "Email the author with your questions about the budget."
        ));
        // The label inside a sentence, after words.
        assert!(!probe(
            "قال إن الطلاب يمكنهم للتواصل مع الكاتب زيارة المكتبة"
        ));
    }

    #[test]
    fn directory_lines() {
        let probe = |text: &str| {
            let doc = Doc::new(text);
            let line = doc.lines().next().expect("one line");
            directory_entries(&line)
        };
        let directory =
            "Al-Ayyam - a Palestinian daily paper  Akhbar al-Khaleej - a daily from Bahrain  \
            Al-Thawra - a Yemeni daily paper  Al-Jarida - a Kuwaiti political daily  \
            Al-Hadath - a Jordanian weekly paper  Al-Raya - a daily from Qatar";
        assert_eq!(probe(directory), Some(6));
        let arabic =
            "الأيام - جريدة فلسطينية يومية سياسية  الأيام - صحيفة يومية عربية تصدر في البحرين  \
            الثورة - صحيفة يومية يمنية متنوعة  الجريدة - جريدة كويتية يومية سياسية مستقلة  \
            الحياة - صحيفة يومية لبنانية عربية تصدر في لندن";
        assert_eq!(probe(arabic), Some(5));
        // Prose with dashes, and a table row of results, are not directories.
        for line in [
            "The mayor - who was re-elected in May - said the budget would pass.  She added that \
             the council - and the unions - agreed on most points, and the vote is set for June.",
            "Arsenal - Chelsea 2 1  Everton - Leeds 0 0  Fulham - Spurs 1 3  Wolves - Villa 2 2  Brentford - Burnley 1 1",
            "Only two - entries here  and - here as well with more words to reach the length of a directory line",
        ] {
            assert_eq!(probe(line), None, "{line}");
        }
    }

    #[test]
    fn template_markup() {
        for line in [
            "@extends('website.layouts.master') @section('css') @endsection @section('content')",
            "@endsection @section('js') @endsection",
            "{% block content %} {{ page.title }}",
            "{* #registrationForm *}",
        ] {
            assert!(is_template_markup(line), "{line}");
        }
        for line in [
            "@jensmanuel",
            "Follow @nytimes for updates",
            "mail me at news@example.com",
            "The {{ }} braces stay in this sentence.",
            "@if you ask me",
            "",
        ] {
            assert!(!is_template_markup(line), "{line}");
        }
    }

    #[test]
    fn code_syntax() {
        for code in [
            "var uploadReq = new Request(\"/uploadImage\", {",
            "reqHeaders.append(\"X-Custom-Header\", \"ProcessThisImmediately\");",
            "period > now() - interval '1 hour'",
            "(n - series_mean) / series_stddev as zscore",
            "array.map! { |x| x.downcase }",
        ] {
            assert!(has_code_syntax(code), "{code}");
        }
        for links in [
            "About EuronewsCommercial ServicesTerms and Conditions",
            "vida y ocioTecnologíaRelacionesSaludTendencias",
            "Home | News | Videos(12)",
            "Home :: News -> World || Sport",
            "business_center KARRIERE",
            "{* #registrationForm *} {* traditionalRegistration_emailAddress *}",
            "PGRpdiBjbGFzcz0ic3AtZHNndm8gc3AtZHNndm8tZW1iZWRkaW5nLWNvbnRhaW5lciBzcC1kc2d2by1lbWJl==",
        ] {
            assert!(!has_code_syntax(links), "{links}");
        }
    }

    /// (case name, input, removed texts)
    const CASES: &[(&str, &str, &[&str])] = &[
        ("glued-latin", "Body, text.\nAbout EuronewsCommercial ServicesTerms and ConditionsCookie Policy",
            &["About EuronewsCommercial ServicesTerms and ConditionsCookie Policy"]),
        ("glued-arabic", "قطاع غزةسورياالصحةاليمن الأخبارتابعوناالنشرة الإخباريةCopyright",
            &["قطاع غزةسورياالصحةاليمن الأخبارتابعوناالنشرة الإخباريةCopyright"]),
        ("short-glued", "HomeNewsSport", &["HomeNewsSport"]),
        ("pipes", "Home | News | Sport | Weather", &["Home | News | Sport | Weather"]),
        ("breadcrumb", "Home | Unplanned Pregnancy", &["Home | Unplanned Pregnancy"]),
        ("copyright", "Text, here.\nCopyright © euronews 2025", &["Copyright © euronews 2025"]),
        ("ar-rights", "جميع الحقوق محفوظة لموقع الخبر 2024", &["جميع الحقوق محفوظة لموقع الخبر 2024"]),
        ("link-line", "اتصل بنا\n", &["اتصل بنا\n"]),
        ("menu-run", "News\nSport\nWeather\nCulture\nTravel\nContact\n\nBody.",
            &["Contact\n", "News\n", "Sport\n", "Weather\n", "Culture\n", "Travel\n"]),
        ("chrome-line", "شارك هذا المقالمحادثة مواضيع إضافية عنوان الأكثر قراءةNext عنوان",
            &["شارك هذا المقالمحادثة مواضيع إضافية عنوان الأكثر قراءةNext عنوان"]),
        ("breadcrumb", "Body, text.\nHome > News > World", &["Home > News > World"]),
        ("short-glued-menu", "Body, text.\nHomeNewsSport", &["HomeNewsSport"]),
        ("long-navbox", "بوابة الأدب · بوابة التاريخ · بوابة الجغرافيا · بوابة العلوم · بوابة الفلسفة · بوابة الفنون · بوابة الرياضة · بوابة السياسة · بوابة الاقتصاد · بوابة الطب · بوابة الكيمياء · بوابة الفيزياء · بوابة الرياضيات · بوابة الحاسوب · بوابة اللغة العربية · بوابة الإسلام · بوابة الموسيقى · بوابة السينما · بوابة التلفاز · بوابة الطيران",
            &["بوابة الأدب · بوابة التاريخ · بوابة الجغرافيا · بوابة العلوم · بوابة الفلسفة · بوابة الفنون · بوابة الرياضة · بوابة السياسة · بوابة الاقتصاد · بوابة الطب · بوابة الكيمياء · بوابة الفيزياء · بوابة الرياضيات · بوابة الحاسوب · بوابة اللغة العربية · بوابة الإسلام · بوابة الموسيقى · بوابة السينما · بوابة التلفاز · بوابة الطيران"]),
        ("permalink", "Body, text.\nRetrieved from \"https://en.wikipedia.org/w/index.php?title=Lettuce&oldid=1\"",
            &["Retrieved from \"https://en.wikipedia.org/w/index.php?title=Lettuce&oldid=1\""]),
        ("spaced-links", "اتصل بنا   اتفاقية الاستخدام   About Us   فريق موضوع",
            &["اتصل بنا   اتفاقية الاستخدام   About Us   فريق موضوع"]),
        // negatives
        ("quoted-spaced-headline", "سدو  «قليلة»   يبهر «تشارلز»", &[]),
        ("numbered-item", "14 - محمد جبيبون عبدالحميد - بنجلاديشي الجنسية", &[]),
        ("dashed-headline", "مباحثات ثلاثية سعودية - أمريكية - روسية في الدوحة اليوم", &[]),
        ("quoted-headline", "«الإسكان» تتعاون مع «العدل» لتطوير وتنمية المجال العقاري", &[]),
        ("credits", "1- إسمعني / كلمات: سعود بن محمد / ألحان: سهم / توزيع: رأفت", &[]),
        ("verse-halves", "إذا الشعب يوما أراد الحياة     فلا بد أن يستجيب القدر", &[]),
        ("double-spaced-prose", "The vote  was held on Monday,  and the results  were announced  late at night after a long count.", &[]),
        ("long-sentence-with-separators", "The talks - which began in May, and were paused twice since then by disputes over the border, the prisoners and the water rights of the villages along the river - resumed on Monday | officials said that both sides had agreed to meet again within a month, after the holidays", &[]),
        ("angle-brackets", "value of the form <account> '@' <host>. When the <app> starts", &[]),
        ("code", "$canvas->useFont(__DIR__.'/../fonts/VeraBd.ttf', 12, $im->allocateColor(0, 0, 0));", &[]),
        ("camel-case-names", "The flags are:\nskipKnownBugs\ngetElementsByTagName", &[]),
        ("quote-glued", "وقال: \"إن الحل قريب\"والمحادثات مستمرة بين الطرفين منذ أشهر، بحسب المصادر.", &[]),
        ("brand-names", "Users of WhatsApp and LinkedIn shared the video widely on Monday.", &[]),
        ("cjk-brand-names", "DeepMind的AlphaGo AI能够打败围棋冠军也跟这些神经网络有很大关系。但是AlphaGo必须进行训练才行。", &[]),
        ("short-menu", "News\nSport\nWeather\n\nBody.", &[]),
        ("list-without-chrome", "Flour\nSugar\nButter\nEggs\nVanilla\nSalt\n", &[]),
        ("ingredients", "200 g Zucker\n6 Eier\nButter\nMehl\nSalz\nContact\n", &["Contact\n"]),
        ("photo-credit", "Das Sportzentrum in Filzbach © Burkard Meyer", &[]),
        ("pipe-title", "Update | Deceased crash victims identified", &[]),
        ("title-with-dash", "Gaza truce - what we know so far about the talks", &[]),
        ("copyright-in-prose", "The court ruled that copyright law, as written, did not apply to the photos in question at all.", &[]),
    ];

    #[test]
    fn table() {
        let rule = FooterLinks::default();
        for (name, input, expected) in CASES {
            let doc = Doc::new(input);
            let mut out = Vec::new();
            rule.find(&doc, &mut out);
            let got: Vec<&str> = out.iter().map(|r| &input[r.span.clone()]).collect();
            assert_eq!(&got, expected, "case {name}");
        }
    }

    #[test]
    fn options_are_checked() {
        assert!(FooterLinks::default()
            .min_glue_points(1)
            .validate()
            .is_err());
        assert!(FooterLinks::default().min_menu_lines(2).validate().is_err());
        assert!(FooterLinks::default().pattern("*").validate().is_err());
    }
}
