//! Footer lines known by their phrases (legal and copyright notices, a wiki's permanent
//! address, the line that tells readers how to reach the writer, links to the previous and
//! next post, the line a blog files a post under, strips of page chrome, template markup), and
//! the furniture cut out of a kept line.

use memchr::memmem::Finder;
use once_cell::sync::Lazy;

use super::{LineBytes, ID};
use crate::doc::Line;
use crate::lexicon::{
    BREADCRUMB_LABELS, BREADCRUMB_ROOTS, CHROME_PHRASES, CONTACT_LABELS, FOOTER_PHRASES,
    PERMALINK_LABELS, POST_META_OPENERS, POST_NAVIGATION_LABELS, RIGHTS_RESERVED,
};
use crate::phrases::PhraseSet;
use crate::rule::{Reason, Removal};
use crate::rules::{glued_tail, has_arabic_sentence_word, has_sentence_marks, Share};

/// Legal and copyright phrases of footers.
pub(super) static LEGAL: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &FOOTER_PHRASES));

/// Labels of a wiki's permanent-address line.
pub(super) static PERMALINK: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::builtin(ID, &PERMALINK_LABELS));

pub(super) static CONTACT: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &CONTACT_LABELS));

/// Labels of a link to the previous or next post.
pub(super) static POST_NAVIGATION: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::builtin(ID, &POST_NAVIGATION_LABELS));

/// The most words of a link to the previous or next post: its label and the linked post's
/// title. Set by hand with the rule, not tuned.
const MAX_POST_NAVIGATION_WORDS: usize = 25;

/// Whether `line` links to the previous or next post (`Previous post: Books to understand the
/// future`, `Next story »`, `Vorheriger Beitrag Neuerscheinung …`, `المقال التالي`): it opens
/// with a label of `labels`, whole words, and is not a sentence (`Next post, I will show how
/// it is done.` ends with a full stop).
pub(crate) fn is_post_navigation(labels: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    if line.words() > MAX_POST_NAVIGATION_WORDS || line.ends_with_period() {
        return false;
    }
    labels.opening_words(key).is_some()
}

/// The first links of breadcrumb trails.
pub(super) static BREADCRUMB: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::builtin(ID, &BREADCRUMB_ROOTS));

/// The labels before breadcrumb trails.
pub(super) static BREADCRUMB_LABEL: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::builtin(ID, &BREADCRUMB_LABELS));

/// The most words of a breadcrumb trail: the home link, a few sections and the page's
/// title. Set by hand with the rule, not tuned.
const MAX_BREADCRUMB_WORDS: usize = 40;

/// What separates the links of a breadcrumb trail. `|` is not among them: `Home | Away`
/// heads a results table, and menus separated so are [`separated_links`](super::lists)' job.
const BREADCRUMB_SEPARATORS: [char; 8] = ['>', '»', '›', '/', '→', '<', '«', '‹'];

/// Whether `line` is a breadcrumb trail (`Home > World > Council expands the bus network`,
/// `Startseite » Ratgeber » Garten`, `You are here: About > Parenting`): it opens with the
/// site's home (`roots`) and a trail's separator right after it, or with a trail's label
/// (`labels`: `You are here`, `Sie sind hier`) and a colon or a separator, whole words, and
/// is not a sentence. The trail's last link is the page's title, often long, which keeps the
/// line from reading as a run of separated links; but a sentence does not open with
/// `Home >`.
pub(crate) fn is_breadcrumb(
    roots: &PhraseSet,
    labels: &PhraseSet,
    line: &Line<'_>,
    key: &str,
) -> bool {
    if line.words() > MAX_BREADCRUMB_WORDS || line.ends_with_period() {
        return false;
    }
    let after = |set: &PhraseSet| set.opening_words(key).map(|end| key[end..].trim_start());
    after(roots).is_some_and(|rest| rest.starts_with(BREADCRUMB_SEPARATORS))
        || after(labels)
            .is_some_and(|rest| rest.starts_with(':') || rest.starts_with(BREADCRUMB_SEPARATORS))
}

/// The fewest links of a trail that opens with no home link (see [`is_rootless_trail`]): the
/// site or a section, a section, and the page's title.
const MIN_ROOTLESS_TRAIL_LINKS: usize = 3;

/// The most words of a link of a trail before its last (a site's or a section's name); the
/// last, the page's title, may be longer. Set by hand, not tuned: the longest section names
/// of the dev pages' trails (`Demokratie & Politik für Kinder`) have five.
const MAX_TRAIL_LINK_WORDS: usize = 5;

/// The trail separators, with the space on each side, that set the links of a trail with no
/// home link apart. `/` is not among them (`and / or`, `km / h`), nor are the quotation marks
/// `«` `‹` and `<`.
const ROOTLESS_TRAIL_SEPARATORS: [&str; 3] = [" > ", " » ", " › "];

/// Searchers for [`ROOTLESS_TRAIL_SEPARATORS`], built once: a line is searched for a second
/// separator before it is split (splitting every line three ways cost 1% of all cleaning).
static TRAIL_SEPARATORS: Lazy<[Finder<'static>; 3]> =
    Lazy::new(|| ROOTLESS_TRAIL_SEPARATORS.map(Finder::new));

/// Whether `text` holds any of [`ROOTLESS_TRAIL_SEPARATORS`]: three searches of a whole page,
/// so that the lines of most pages, which hold none, are not asked one by one.
pub(super) fn may_hold_rootless_trail(text: &str) -> bool {
    TRAIL_SEPARATORS
        .iter()
        .any(|finder| finder.find(text.as_bytes()).is_some())
}

/// Whether `line` is a breadcrumb trail that opens with the site's or a section's name instead
/// of a home link (`utopia.de » News » Polarisierende BH-Werbung: Kim Kardashian…`,
/// `Architectural Digest > Interiors + Inspiration > An Extraordinary…`, `نبض الخليج 24 > مال
/// وأعمال > عقارات`): [`MIN_ROOTLESS_TRAIL_LINKS`] or more links set apart by one of
/// [`ROOTLESS_TRAIL_SEPARATORS`], every link opening with a letter
/// (`entries > 10 AND zscore > 3` is code) and every link but the last of at most
/// [`MAX_TRAIL_LINK_WORDS`] words, no `«` (French quotes: `rang « 1 » ou « 1* »`), and no
/// full stop at its end. The shape alone is also a path through an application's menus or a
/// ranking, so the rule asks it only of lines with no paragraph beside them. No line of the
/// dev pages' golds nor of the 13,914 `SaudiNewsNet` articles is one; on the dev pages'
/// inputs it finds trails that the other tests did not on 10 pages of 10 sites.
pub(super) fn is_rootless_trail(line: &Line<'_>) -> bool {
    if line.words() > MAX_BREADCRUMB_WORDS || line.ends_with_period() {
        return false;
    }
    let text = line.text().trim();
    ROOTLESS_TRAIL_SEPARATORS
        .iter()
        .zip(TRAIL_SEPARATORS.iter())
        .any(|(&separator, finder)| {
            if finder.find_iter(text.as_bytes()).nth(1).is_none() || text.contains('\u{ab}') {
                return false;
            }
            let links = text.split(separator);
            let count = links.clone().count();
            count >= MIN_ROOTLESS_TRAIL_LINKS
                && links
                    .clone()
                    .all(|link| link.chars().next().is_some_and(char::is_alphabetic))
                && links
                    .take(count - 1)
                    .all(|link| link.split_whitespace().count() <= MAX_TRAIL_LINK_WORDS)
        })
}

/// A page counter's two words, the page's and the one before the count of pages (`Page 1 of
/// 2`), lower-cased: in English, German, Spanish and Portuguese, Italian, Dutch, French,
/// Polish and Arabic. Seen on six dev sites in three of them (`Page 1 of 2`, `Seite 1 von
/// 2`, `Página 1 de 2`).
const PAGE_COUNTER_WORDS: [(&str, &str); 11] = [
    ("page", "of"),
    ("seite", "von"),
    ("página", "de"),
    ("pagina", "de"),
    ("pagina", "di"),
    ("pagina", "van"),
    ("page", "sur"),
    ("strona", "z"),
    ("الصفحة", "من"),
    ("صفحة", "من"),
    ("صفحه", "من"),
];

/// The words of a page counter: `Page`, a number, `of`, a number.
const PAGE_COUNTER_LENGTH: usize = 4;

/// The most words after a page counter on its line: the links to the other pages (`Erste
/// ... 333435 ... Letzte`, `| Jump to page`). Set by hand, not tuned.
const MAX_PAGINATION_TAIL_WORDS: usize = 6;

/// Whether `line` is a paginated page's counter (`Page 1 of 2`, `Seite 34 von 40 Erste ...
/// Letzte`, `الصفحة ١ من ٣`): it opens with a page counter of [`PAGE_COUNTER_WORDS`] and
/// two numbers in any script the crate reads, and at most [`MAX_PAGINATION_TAIL_WORDS`]
/// words follow with no sentence end. `Page 2 of the report …` names no count; `Page 3 of
/// 10 lists the names of all the members.` is a sentence.
pub(super) fn is_pagination(line: &Line<'_>) -> bool {
    // The counter's words folded as line keys are, so that `الصفحـة` with a tatweel and
    // `PÁGINA` match.
    static COUNTER_KEYS: Lazy<Vec<(String, String)>> = Lazy::new(|| {
        PAGE_COUNTER_WORDS
            .iter()
            .map(|&(page, of)| (crate::fold::fold(page), crate::fold::fold(of)))
            .collect()
    });
    if line.digits() < 2
        || line.words() > PAGE_COUNTER_LENGTH + MAX_PAGINATION_TAIL_WORDS
        || line.ends_with_terminal()
    {
        return false;
    }
    let mut words = line.key().split_whitespace();
    let (Some(page), Some(number), Some(of), Some(count)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    // A page past the count is no counter (`Page 12 of 2 …`).
    let counts = crate::rules::number(number)
        .zip(crate::rules::number(count))
        .is_some_and(|(number, count)| number <= count);
    counts
        && COUNTER_KEYS
            .iter()
            .any(|(page_key, of_key)| page == page_key && of == of_key)
}

/// The fewest words after the home link that make a line a menu whose separators were
/// stripped (`Home News Sport`): fewer are a name (`Home Office`) or a short heading.
const MIN_HOME_MENU_WORDS: usize = 3;

/// Whether `line` is a menu, or a trail, that opens with the site's Arabic home link
/// (`roots`: `الصفحة الرئيسية`, `الرئيسية`) and lost its separators with the markup: list
/// items glued with a space (`الصفحة الرئيسية فيديو الشرق الأوسط العالم اقتصاد وأعمال
/// منوعات`). An Arabic sentence does not open with those words, and neither a menu nor a trail
/// holds a digit, a mark or a quotation, or one of the words that join a sentence (so a trail
/// that ends with the page's title, `الرئيسية أخبار محلية وزير الصحة يفتتح مستشفى في جدة`,
/// stays whole with its title). The Latin home link is left alone: title-case headlines open
/// with its words (`Home Sales Fall Sharply Across The Region`, `Home Secretary Visits Flood
/// Victims`), and Latin menus lose their spaces with their markup (a link run) more often
/// than their separators.
pub(crate) fn is_home_menu(roots: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    // The counts and marks first, a search of the roots only for the lines that pass them.
    if line.words() > MAX_BREADCRUMB_WORDS
        || line.words() <= MIN_HOME_MENU_WORDS
        || line.arabic_letters() == 0
        || has_sentence_marks(line)
    {
        return false;
    }
    let Some(end) = roots.opening_words(key) else {
        return false;
    };
    let (root, rest) = key.split_at(end);
    // Every entry a word: a line with separators left (`الرئيسية | سياسة`) is a run of
    // separated links.
    root.chars().any(crate::script::is_arabic_letter)
        && rest.split_whitespace().count() >= MIN_HOME_MENU_WORDS
        && rest
            .split_whitespace()
            .all(|word| word.chars().any(char::is_alphabetic))
        && !has_arabic_sentence_word(rest)
}

/// The fewest words of an Arabic line with no sentence word and no mark that make it a run
/// of link texts whose separators were stripped (a menu, a tag list, a directory, a list of
/// the writer's other articles). Arabic prose and headlines that long hold a word that joins
/// a sentence or a mark: of the lines of the 13,914 `SaudiNewsNet` articles, at most one of
/// 20 words or more holds neither, and it is a list of the writer's other articles; at 15
/// words, a headline and a list of guests do. Set by hand from those counts.
const MIN_BARE_RUN_WORDS: usize = 20;

/// The share of a bare run's words that must be Arabic: four in five (a menu may name a
/// section or an outlet in Latin letters).
const BARE_RUN_ARABIC_SHARE: Share = Share::new(4, 5);

/// Whether `line` is a long Arabic run of link texts whose separators were stripped
/// (`تحقيقات وملفات أخبار عاجلة سياسة تقارير مصرية حوادث أخبار المحافظات…`): at least
/// [`MIN_BARE_RUN_WORDS`] words, nearly all Arabic, with no word that joins a sentence and no
/// mark. Latin menus come glued (`HomeNewsSport`, a link run); a caseless run of spaced
/// words is Arabic's own case. A sentence can go without a mark and the words the check
/// knows (about one in 250 of the `SaudiNewsNet` articles' sentences of 20 words or more,
/// their marks taken out: lists of names and titles), so the rule takes such a line only
/// above or below the page's prose ([`FooterLinks`](super::FooterLinks)), where menus are.
pub(crate) fn is_bare_arabic_run(line: &Line<'_>) -> bool {
    let words = line.words();
    // Prose of that length holds a mark, most often early: that is asked first.
    if words < MIN_BARE_RUN_WORDS || line.arabic_letters() == 0 || has_sentence_marks(line) {
        return false;
    }
    let arabic = line
        .text()
        .split_whitespace()
        .filter(|word| word.chars().any(crate::script::is_arabic_letter))
        .count();
    BARE_RUN_ARABIC_SHARE.reached(arabic, words) && !has_arabic_sentence_word(line.key())
}

/// Openings of the line that files a post.
pub(super) static POST_META: Lazy<PhraseSet> =
    Lazy::new(|| PhraseSet::builtin(ID, &POST_META_OPENERS));

/// The most words of the line that files a post: its date, its categories and tags, who
/// wrote it, and the blog's stock sentences about the permalink and the feed. Of the 55 such
/// lines on the dev pages, most have 10 to 50 words; a German one tagged with some forty words
/// has 63. The limit of a notice in `page-chrome`, set by hand, not tuned.
const MAX_POST_META_WORDS: usize = 80;

/// Whether `line` is the line a blog prints under a post to say when and where it was filed
/// (`This entry was posted on Monday, October 15th, 2012 at 4:48 pm and is filed under Life.
/// You can follow any responses to this entry through the RSS 2.0 feed.`, `Dieser Beitrag
/// wurde unter Allgemein abgelegt und mit Reisen verschlagwortet.`): it opens with one of
/// `openers`, whole words. Blog software writes these words about the post; an article does
/// not open a paragraph by calling itself an entry that was posted.
pub(crate) fn is_post_meta(openers: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    line.words() <= MAX_POST_META_WORDS && openers.opening_words(key).is_some()
}

/// Site-chrome phrases (sign in, subscribe, menus).
static CHROME: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &CHROME_PHRASES));

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
    address_after_label(&key[end..]).is_some()
}

/// What follows a permanent-address label, if it is an address: past white space, an
/// optional `:` and an opening quote, text that starts with `http` or `www.`.
fn address_after_label(rest: &str) -> Option<&str> {
    let address = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '"' | '\'' | '«' | '“' | '„')
    });
    (address.starts_with("http") || address.starts_with("www.")).then_some(address)
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
        || (memchr::memchr(b'@', key.as_bytes()).is_some()
            && labels.occurrences(key).next().is_some_and(|(_, start, _)| {
                let address = &key[..start];
                address.contains('@') && !address.contains(char::is_whitespace)
            }))
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
pub(super) fn inline_cuts(line: &Line<'_>, seen: LineBytes, out: &mut Vec<Removal>) {
    // Searchers built once: building one per line cost more than the search.
    static PLACEHOLDER: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("[email"));
    static HTTP: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("http"));
    static WWW: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("www."));
    let text = line.text();
    let base = line.span().start;
    if seen.may_hold(b"[email") && PLACEHOLDER.find(text.as_bytes()).is_some() {
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
    // An address follows the label: a line without one is not searched.
    let bytes = text.as_bytes();
    let has_address = || {
        (seen.may_hold(b"http") && HTTP.find(bytes).is_some())
            || (seen.may_hold(b"www.") && WWW.find(bytes).is_some())
    };
    if let Some(tail) = has_address()
        .then(|| glued_tail::find(&PERMALINK, line))
        .flatten()
    {
        let address = address_after_label(&text[tail.heading_end..]);
        if address.is_some_and(|a| a.split_whitespace().count() <= 1 + MAX_WORDS_AFTER_PERMALINK) {
            out.push(Removal::new(
                base + tail.start..line.span().end,
                ID,
                Reason::Footer,
            ));
        }
    }
}

/// The most words of a line with a copyright notice.
pub(crate) const MAX_COPYRIGHT_WORDS: usize = 20;

/// The most words of a footer line holding a legal phrase; longer, it is a paragraph about
/// the law. Set by hand with the legal phrases (7277df5, kept when they became a table).
const MAX_LEGAL_WORDS: usize = 25;

/// The fewest chrome phrases of a strip of page chrome: fewer are a sentence that names a
/// section or two. Set by hand with the crate's first rules (7277df5).
const MIN_CHROME_PHRASES: usize = 3;

/// The fewest letters of a template end tag's name after `end` (`{% endblock %}`,
/// `endif`): `end` alone is a word. Set with the template markup check (03f2ce4).
const MIN_END_TAG_CHARS: usize = 4;

/// The digits of a year (`© 2025`).
const YEAR_DIGITS: usize = 4;

/// Whether `line`, whose key is `key`, is a footer line holding a legal phrase of `legal`: a
/// short line that is not prose.
pub(crate) fn is_legal_line(legal: &PhraseSet, line: &Line<'_>, key: &str) -> bool {
    line.words() <= MAX_LEGAL_WORDS && !line.is_prose() && legal.contains_any(key)
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
    (hits >= MIN_CHROME_PHRASES && distinct >= 2).then_some(hits)
}

/// (occurrences, distinct phrases) of chrome phrases in `key`; (0, 0) for a key too short
/// to hold the three a chrome line needs.
fn chrome_hits(key: &str) -> (usize, usize) {
    if key.len() < MIN_CHROME_PHRASES * CHROME.shortest() {
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

/// Whether a line is nothing but template markup a page was saved with: Blade directives
/// (`@extends('layouts.master') @section('css') @endsection`), Jinja and Twig tags (`{% block
/// content %}`, `{{ title }}`), and the like. Text that a template would have filled in is
/// not there; what is, is the template's syntax. A handle (`@nytimes`) or an address is not
/// markup: a directive takes arguments in parentheses or closes a block (`@endsection`).
pub(super) fn is_template_markup(text: &str) -> bool {
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
                } else if name.len() >= MIN_END_TAG_CHARS && name.starts_with("end") {
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
pub(super) fn is_copyright_notice(key: &str) -> bool {
    // Rights an article quotes (`the caption read: "… All rights reserved."`) are no notice.
    if rights_at(key).is_some_and(|start| !crate::rules::is_quoted_at(key, start)) {
        return true;
    }
    let has_year = || {
        key.as_bytes()
            .windows(YEAR_DIGITS)
            .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"))
    };
    key.contains('©') && has_year()
}

/// Whether `key` opens with a copyright notice (`© 2016 …`, `copyright © 2002-2012 …`,
/// `(c) 2019 …`) and reserves rights (`all rights reserved`, `alle rechte vorbehalten`, …):
/// a site's legal footer, however long the terms that follow (`© 2016 Cable News Network. A
/// Time Warner Company. All Rights Reserved. Terms under which this service is provided …`).
/// An article's sentence does not open with a copyright sign; a book's or a photo's notice
/// inside an article does not open its line, or reserves no rights.
pub(crate) fn opens_legal_footer(key: &str) -> bool {
    let rest = ["copyright", "©", "(c)"]
        .iter()
        .find_map(|mark| key.strip_prefix(mark));
    let Some(rest) = rest else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix('©').unwrap_or(rest).trim_start();
    let opens_with_year = rest.len() >= YEAR_DIGITS
        && rest.as_bytes()[..YEAR_DIGITS]
            .iter()
            .all(u8::is_ascii_digit)
        && matches!(&rest.as_bytes()[..2], b"19" | b"20");
    opens_with_year && reserves_rights(key)
}

/// Whether `key` holds a phrase of `lexicon::RIGHTS_RESERVED`. A key shorter than every
/// phrase holds none, and is not searched: half the lines of real pages are under 20 bytes,
/// and the phrase searches (one per phrase) took 14.3M instructions over 200 dev pages,
/// though each finds nothing on nearly every line. The longer keys are searched for all the
/// phrases at once (Teddy, where the platform has SIMD): one `memmem` search per phrase
/// read each key six times.
fn reserves_rights(key: &str) -> bool {
    rights_at(key).is_some()
}

/// Where the first phrase of `lexicon::RIGHTS_RESERVED` in `key` starts, if any (see
/// [`reserves_rights`]).
fn rights_at(key: &str) -> Option<usize> {
    static SEARCH: Lazy<RightsSearch> = Lazy::new(|| RightsSearch {
        packed: aho_corasick::packed::Searcher::new(RIGHTS_RESERVED.iter()),
        finders: RIGHTS_RESERVED.iter().map(Finder::new).collect(),
        shortest: RIGHTS_RESERVED.iter().map(|p| p.len()).min().unwrap_or(0),
    });
    if key.len() < SEARCH.shortest {
        return None;
    }
    match &SEARCH.packed {
        Some(packed) => packed.find(key).map(|m| m.start()),
        // No SIMD search on this platform: one search per phrase.
        None => SEARCH
            .finders
            .iter()
            .filter_map(|f| f.find(key.as_bytes()))
            .min(),
    }
}

/// The searches of [`reserves_rights`].
struct RightsSearch {
    packed: Option<aho_corasick::packed::Searcher>,
    finders: Vec<Finder<'static>>,
    shortest: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;
    use proptest::prelude::*;

    proptest! {
        /// The length gate passes every key that holds a phrase: the same answer as looking
        /// for each phrase, on keys of the phrases, their parts and other words.
        #[test]
        fn reserves_rights_agrees_with_naive_twin(
            parts in prop::collection::vec(
                prop::sample::select(
                    RIGHTS_RESERVED
                        .iter()
                        .copied()
                        .chain(["all", "rights", "reserved", "الحقوق", "©", "2019", " ", "x"])
                        .collect::<Vec<_>>(),
                ),
                0..5,
            )
        ) {
            let key: String = parts.concat();
            let naive = RIGHTS_RESERVED.iter().any(|p| key.contains(p));
            prop_assert_eq!(reserves_rights(&key), naive, "{:?}", key);
        }
    }

    /// What `check` says of the first line of `text`, with the phrases of `set`.
    fn first_line_is(
        text: &str,
        set: &PhraseSet,
        check: fn(&PhraseSet, &Line<'_>, &str) -> bool,
    ) -> bool {
        let doc = Doc::new(text);
        let line = doc.line(0).expect("one line");
        check(set, &line, line.key())
    }

    #[test]
    fn a_page_counter_is_pagination() {
        let counter = |text: &str| is_pagination(&Doc::new(text).line(0).expect("one line"));
        assert!(counter("Page 1 of 2"));
        assert!(counter("Seite 34 von 40 Erste ... 333435 ... Letzte"));
        assert!(counter("Página 1 de 2"));
        assert!(counter("Page 1 of 1 | Jump to page"));
        assert!(counter("الصفحة ١ من ٣"));
        assert!(counter("الصفحـة 2 من 3"));
        assert!(counter("Pagina 1 de 2"));
        // No count, a sentence, a long tail, no counter word.
        assert!(!counter("Page 2 of the report"));
        assert!(!counter("Page 3 of 10 lists the names of all the members."));
        assert!(!counter(
            "Page 3 of 10 in the old register names every member of the village council"
        ));
        assert!(!counter("Chapter 1 of 2"));
        assert!(!counter("Page 1"));
        assert!(!counter("Page 12 of 2 the annual report"));
    }

    #[test]
    fn a_trail_may_open_with_the_sites_name() {
        let trail = |text: &str| is_rootless_trail(&Doc::new(text).line(0).expect("one line"));
        assert!(trail(
            "utopia.de » News » Polarisierende BH-Werbung: Kim Kardashian und Eisberge"
        ));
        assert!(trail(
            "Architectural Digest > Interiors + Inspiration > An Extraordinary Residence"
        ));
        assert!(trail("نبض الخليج 24 > مال وأعمال > عقارات"));
        assert!(trail("Tech › Phones › Reviews › Zento A7 Pro"));
        // Code, French quotes, two links, a long first link, a sentence, other separators.
        assert!(!trail("entries > 10 AND zscore > 3 AS alert"));
        assert!(!trail(
            "les revues de rang « 1 » ou « 1* » où les chercheurs"
        ));
        assert!(!trail("Transport > Night buses return"));
        assert!(!trail(
            "Full list of the city's categories > Food > Restaurants in the old town"
        ));
        assert!(!trail("Prices rose > wages > savings, the survey found."));
        assert!(!trail("News / Sport / Night buses return"));
        assert!(!trail("News>Sport>Night buses return"));
    }

    #[test]
    fn legal_footers_open_with_a_notice_and_reserve_rights() {
        let footer = |key: &str| opens_legal_footer(key);
        assert!(footer(
            "© 2016 example news network. all rights reserved. terms of use apply."
        ));
        assert!(footer(
            "copyright © 2009-2012 example media, ltd. all rights reserved. read our policies."
        ));
        assert!(footer(
            "copyright ©2009 example media. all rights reserved."
        ));
        assert!(footer(
            "(c) 2019 beispiel gmbh. alle rechte vorbehalten. impressum und datenschutz."
        ));
        // A notice that reserves nothing, a notice without a year, a sentence about copyright,
        // a notice inside a sentence: none is a footer at any length.
        assert!(!footer("© 2019 jane doe"));
        assert!(!footer("© reuters. all rights reserved."));
        assert!(!footer(
            "copyright law reserves all rights reserved to authors since 1909, the court said."
        ));
        assert!(!footer(
            "holy bible, copyright © 1973 by biblica. all rights reserved worldwide."
        ));
    }

    #[test]
    fn menus_opened_by_the_home_link() {
        let probe = |text: &str| first_line_is(text, &BREADCRUMB, is_home_menu);
        assert!(probe(
            "الصفحة الرئيسية فيديو الشرق الأوسط العالم اقتصاد وأعمال منوعات رياضة"
        ));
        assert!(probe("الرئيسية أخبار محلية رياضة"));
        // A Latin outlet's name among the sections.
        assert!(probe("الرئيسية أخبار محلية CNN رياضة"));
        // Too few entries after the home link: a heading.
        assert!(!probe("الصفحة الرئيسية أخبار رياضة"));
        assert!(!probe("الصفحة الرئيسية للموقع"));
        // Trails that end with the page's title, and marks of a sentence.
        assert!(!probe(
            "الرئيسية أخبار محلية وزير الصحة يفتتح مستشفى في جدة"
        ));
        assert!(!probe("الرئيسية أخبار محلية: الوزير يفتتح المستشفى"));
        assert!(!probe("الرئيسية أخبار محلية رياضة 2024"));
        // Not the home link first.
        assert!(!probe("أخبار محلية رياضة الرئيسية اقتصاد"));
        // Separators left between the entries: separated links.
        assert!(!probe("الرئيسية | سياسة | اقتصاد | رياضة"));
        // Latin lines are left alone, menus and title-case headlines alike.
        assert!(!probe("Home News Sport Weather Business Contact Us"));
        assert!(!probe("Home Sales Fall Sharply Across The Region"));
        assert!(!probe("Home Secretary Visits Flood Victims"));
        assert!(!probe("Accueil Des Réfugiés Ukrainiens En Bretagne"));
    }

    #[test]
    fn long_arabic_runs_without_sentence_words() {
        let probe = |text: &str| is_bare_arabic_run(&Doc::new(text).line(0).expect("one line"));
        let menu = "أخبار محلية سياسة اقتصاد وأعمال رياضة عالمية ملاعب عربية فن وثقافة صحة وطب \
            تقنية وعلوم سيارات منوعات تحقيقات وملفات آراء ومقالات كاريكاتير صور وفيديو";
        assert!(probe(menu));
        // A Latin outlet's name among the sections.
        assert!(probe(&format!("{menu} BBC")));
        // Shorter: a headline of nouns reads the same.
        let short: Vec<&str> = menu.split(' ').take(19).collect();
        assert!(!probe(&short.join(" ")));
        // Prose as long without a mark: it joins its words with particles, verbs of
        // reporting and prepositions written onto the article.
        assert!(!probe(
            "وقال وزير النقل إن الحافلات الليلية ستعود إلى الخدمة في الأحياء الشرقية من المدينة بعد \
            توقف دام ثلاثة أشهر بسبب أعمال الصيانة التي شملت الطرق الرئيسية"
        ));
        assert!(!probe(
            "وأكد وزير الخارجية الأمير خلال لقائه نظيره الأمريكي أهمية الشراكة الاستراتيجية \
            بين البلدين وتعزيز التعاون الاقتصادي والدفاعي بما يخدم مصالح الشعبين ويحقق الأمن \
            والاستقرار بالمنطقة"
        ));
        // A mark, a digit, or Latin words.
        assert!(!probe(&menu.replacen(' ', "، ", 1)));
        assert!(!probe(&format!("{menu} 2024")));
        assert!(!probe(&"Home News Sport Weather Business ".repeat(5)));
    }

    #[test]
    fn permalink_lines() {
        let probe = |text: &str| first_line_is(text, &PERMALINK, is_permalink);
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
    fn post_meta_lines() {
        let probe = |text: &str| first_line_is(text, &POST_META, is_post_meta);
        assert!(probe(
            "This entry was posted in Transport, City Hall by Dana Kim. Bookmark the permalink."
        ));
        assert!(probe(
            "This entry was posted on Monday, October 15th, 2012 at 4:48 pm and is filed under Life. \
             You can follow any responses to this entry through the RSS 2.0 feed."
        ));
        assert!(probe(
            "Dieser Beitrag wurde unter Allgemein abgelegt und mit Busse, Stadt verschlagwortet."
        ));
        // Not at the line's start, not whole words, or a paragraph of its own length: prose.
        assert!(!probe(
            "The council said this entry was posted too late to count for the vote."
        ));
        assert!(!probe("This entry was postedited by the desk."));
        let long = format!(
            "This article was published in a journal {}",
            "after a long review by the editors, ".repeat(12)
        );
        assert!(!probe(&long));
    }

    #[test]
    fn cuts_inside_kept_lines() {
        let cuts = |text: &str| {
            let doc = Doc::new(text);
            let mut out = Vec::new();
            let line = doc.line(0).expect("one line");
            inline_cuts(&line, LineBytes::of(line.text()), &mut out);
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
    fn contact_lines() {
        let probe = |text: &str| first_line_is(text, &CONTACT, is_contact_line);
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
}
