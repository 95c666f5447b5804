//! `page-chrome`: single lines of page furniture: dates, durations, counters, share and
//! follow prompts, bylines, skip links, cookie and newsletter notices.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::{NOTICE_PHRASES, SHARE_PREFIXES};
use crate::phrases::{Lexicon, PhraseSet, UserPatterns};
use crate::rule::{Reason, Removal, Rule};

const ID: &str = "page-chrome";

/// Share and follow prompts, matched at the start of short lines.
static SHARE: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, SHARE_PREFIXES));

/// Month and weekday names (folded: lower case, no accents, Arabic unified) of the languages
/// scrapers meet most, and the words that go with a time.
const DATE_WORDS: &str = r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|fevrier|mar(?:ch|z|s)?|apr(?:il)?|avril|may|mai|jun[ei]?|juin|jul[iy]?|juillet|aug(?:ust)?|aout|sep(?:t|tember)?|septembre|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember)?|novembre|dec(?:ember)?|dez(?:ember)?|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|styczen|luty|marzec|kwiecien|maj|czerwiec|lipiec|sierpien|wrzesien|pazdziernik|listopad|grudzien|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|oktober|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|الاول|الثاني|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الاحد|am|pm|uhr|gmt|utc|cet|cest|est|edt|pst|pdt|bst|h|hrs|et|de|del|le|el|the|of|um|a|at|on|in|في|ص|م|الساعة|مساء|صباحا|th|st|nd|rd";

/// A photo credit on a line of its own: a credit label and a name (`Foto: Christof Stache`,
/// `(Foto: ABr)`, `Photo by Ann Lee on Unsplash`, `صورة: رويترز`), or a name ending in a picture
/// agency after a slash or © (`Judy Eddy/WENN.com`, `© Oli Scarff/Getty Images`). Folded.
const CREDIT: &str = r"^[(\[]?(?:(?:fotos?|photos?|photograph|photo credits?|pictures?|bild|bilder|titelbild|images?|imagen|imagenes|fot|credits?|credito|credit photos?|credits photos?|zdjecie|صورة|الصورة|تصوير)\s*(?::|©|/|by\s|de\s|von\s)|fot\.|©)\s*[^\s(]|[/©]\s*(?:getty images|shutterstock|afp|reuters|dpa|pap|picture[- ]alliance|istock(?:photo)?|fotolia|unsplash|imago|epa|keystone|adobe ?stock|clipdealer|wenn\.com|agencja gazeta|abaca)[)\]]?$";

/// What a cookie banner asks of the reader, in the languages of [`NOTICE_PHRASES`]: to
/// accept, agree, refuse or change settings. Folded.
static CONSENT: Lazy<PhraseSet> = Lazy::new(|| {
    PhraseSet::builtin(
        ID,
        &[
            "accept",
            "agree",
            "consent",
            "cookie settings",
            "cookie preferences",
            "akzeptier",
            "zustimm",
            "stimmen sie",
            "stimmst du",
            "einverstanden",
            "zulassen",
            "ablehnen",
            "cookie-einstellungen",
            "accepter",
            "acceptez",
            "consentement",
            "refuser",
            "aceptar",
            "acepta",
            "consentimiento",
            "rechazar",
            "accetta",
            "consenso",
            "rifiuta",
            "akceptuj",
            "zgod",
            "odrzu",
            "accepteren",
            "toestemming",
            "موافق",
            "قبول",
            "رفض",
        ],
    )
});

/// The words of a site addressing its reader or speaking for itself (`you`, `we`, `Sie`,
/// `wir`, `vous`, `nous`, …), matched as whole words. Folded.
static SITE_VOICE: Lazy<PhraseSet> = Lazy::new(|| {
    PhraseSet::builtin(
        ID,
        &[
            "you",
            "your",
            "we",
            "our",
            "us",
            "sie",
            "ihre",
            "ihnen",
            "du",
            "dir",
            "dein",
            "deine",
            "wir",
            "uns",
            "unsere",
            "unser",
            "vous",
            "votre",
            "vos",
            "nous",
            "notre",
            "nos",
            "usted",
            "tu",
            "nosotros",
            "nuestro",
            "nuestra",
            "utilizamos",
            "usamos",
            "voi",
            "noi",
            "nostro",
            "utilizziamo",
            "wy",
            "nasz",
            "nasza",
            "u",
            "wij",
            "onze",
        ],
    )
});

/// Whether `key`, which speaks of cookies, is a cookie banner: it also asks for consent, and
/// addresses the reader or speaks for the site (Arabic banners name `ملفات تعريف الارتباط`,
/// a notice phrase already). Any one alone is ordinary prose (an article about tracking, a
/// recipe for cookies, a report that a regulator makes sites ask users to accept cookies);
/// all three in one line of at most 80 words are a banner.
fn is_cookie_consent(key: &str) -> bool {
    CONSENT.contains_any(key) && has_word(&SITE_VOICE, key)
}

/// Whether a line's `key` may be a relative time, given whether it holds a `number`
/// ([`has_number`]): most forms hold one; the rest open with
/// `قبل` or `منذ` or are a short phrase (`just now`, `الان`). Saves running the pattern
/// over every short line.
fn might_be_relative_time(key: &str, number: bool) -> bool {
    number || key.len() <= 12 || key.starts_with("قبل") || key.starts_with("منذ")
}

/// Whether the line's key holds a digit, as the patterns' `\d` sees it: a numeric character
/// of the line, or an ASCII digit that folding made out of a symbol that is not numeric. Those
/// symbols (`㏠`, a day of the month, folds to `1日`) are the CJK compatibility signs for
/// months, hours and days, U+32C0 to U+33FE, which all open with the byte E3.
fn has_number(line: &Line<'_>) -> bool {
    line.digits() > 0
        || (memchr::memchr(0xE3, line.text().as_bytes()).is_some()
            && line.key().bytes().any(|b| b.is_ascii_digit()))
}

/// The words a byline opens with, as in the byline pattern: lines that open otherwise are
/// not matched against it.
const BYLINE_WORDS: [&str; 10] = [
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "بقلم",
    "كتب",
    "اعداد",
    "تحرير",
];

/// What a credit line may open with, after a `(` or `[`: the shortest forms of the credit
/// pattern's labels (`fot` for `foto`, `fotos` and `fot.`; `photo` for `photos`,
/// `photograph` and `photo credits`; …) and `©`.
const CREDIT_OPENINGS: [&str; 12] = [
    "fot",
    "photo",
    "picture",
    "bild",
    "titelbild",
    "image",
    "credit",
    "zdjecie",
    "صورة",
    "الصورة",
    "تصوير",
    "©",
];

/// Whether `key` may be a photo credit: the credit pattern either opens with a label or `©`
/// (after a `(` or `[`), or has an agency after a `/` or `©`.
fn might_be_credit(key: &str) -> bool {
    let body = key.strip_prefix(['(', '[']).unwrap_or(key);
    let bytes = key.as_bytes();
    // `©` is C2 A9.
    starts_with_any(body, &CREDIT_OPENINGS)
        || memchr::memchr2_iter(b'/', 0xC2, bytes)
            .any(|at| bytes[at] == b'/' || bytes.get(at + 1) == Some(&0xA9))
}

/// Whether `key` starts with one of `words`, comparing first bytes before whole words.
fn starts_with_any(key: &str, words: &[&str]) -> bool {
    let first = key.as_bytes().first();
    words
        .iter()
        .any(|word| word.as_bytes().first() == first && key.starts_with(word))
}

/// The subjects of the prompts a page puts to its reader, as `key` names them.
#[derive(Default)]
struct PromptSubjects {
    cookie: bool,
    newsletter: bool,
    /// A word for commenting: `ment` after `co`, `com`, `ko` or `kom` (`comment`,
    /// `commentaire`, `commento`, `Kommentar`, `kommentieren`, `comentario`, `komentarz`), not
    /// `advertisement`, `government` or `moment`.
    commenting: bool,
}

/// The words that cookie banners, newsletter prompts and comment sign-in prompts need
/// (`newsletter` also inside a compound: `Musiknewsletter`), found in one search over the
/// line instead of one per kind.
fn prompt_subjects(key: &str) -> PromptSubjects {
    static SUBJECTS: Lazy<Option<aho_corasick::packed::Searcher>> =
        Lazy::new(|| aho_corasick::packed::Searcher::new(["cookie", "newsletter", "ment"]));
    let bytes = key.as_bytes();
    let commenting_at = |at: usize| {
        let before = &bytes[..at];
        [&b"co"[..], b"com", b"ko", b"kom"]
            .iter()
            .any(|stem| before.ends_with(stem))
    };
    let mut subjects = PromptSubjects::default();
    if let Some(searcher) = SUBJECTS.as_ref() {
        for found in searcher.find_iter(key) {
            match found.pattern().as_usize() {
                0 => subjects.cookie = true,
                1 => subjects.newsletter = true,
                _ => subjects.commenting |= commenting_at(found.start()),
            }
        }
    } else {
        // No SIMD search on this platform: one search per word.
        subjects.cookie = key.contains("cookie");
        subjects.newsletter = key.contains("newsletter");
        subjects.commenting = key.match_indices("ment").any(|(at, _)| commenting_at(at));
    }
    subjects
}

/// Whether `key`, which names a newsletter, asks the reader to take the site's: it
/// addresses the reader or speaks for the site (`Sign up for our newsletter`, `Möchten Sie
/// unseren Newsletter erhalten?`). A report about a newsletter speaks of it in the third
/// person (`The paper launched a newsletter in May.`).
fn is_newsletter_prompt(key: &str) -> bool {
    has_word(&SITE_VOICE, key)
}

static SIGNING_IN: Lazy<PhraseSet> = Lazy::new(|| {
    PhraseSet::builtin(
        ID,
        &[
            "log in",
            "logged in",
            "login",
            "sign in",
            "signed in",
            "register",
            "anmelden",
            "angemeldet",
            "eingeloggt",
            "einloggen",
            "registrier",
            "registrar",
            "iniciar sesion",
            "connecte",
            "inscri",
            "zaloguj",
            "inloggen",
            "ingelogd",
        ],
    )
});

/// Whether `key`, which speaks of commenting, tells the reader to sign in first (`Du musst
/// eingeloggt sein, um Kommentare zu schreiben`, `Sie müssen sich anmelden, um zu
/// kommentieren`): it speaks of signing in too, and addresses the reader or speaks for the
/// site. A report on a platform's rules speaks of its users (`Users must now log in to
/// comment.`).
fn is_comment_login(key: &str) -> bool {
    SIGNING_IN.contains_any(key) && has_word(&SITE_VOICE, key)
}

/// Whether one of `words` occurs in `key` as a whole word.
fn has_word(words: &PhraseSet, key: &str) -> bool {
    let in_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    words.occurrences(key).any(|(_, start, end)| {
        let before = key.get(..start).and_then(|head| head.chars().next_back());
        let after = key.get(end..).and_then(|rest| rest.chars().next());
        !in_word(before) && !in_word(after)
    })
}

/// Labels that introduce a date line.
const DATE_LABELS: &str = r"updated|last updated|published|posted|posted on|published on|updated on|asked|answered|edited|veroffentlichung|letzte anderung|zuletzt aktualisiert|datum|date de publication|fecha de publicacion|first published|modified|date|stand|publiziert|aktualisiert|veroffentlicht|erschienen|mis a jour|publie le|publicado|actualizado|opublikowano|نشر|نشر في|اخر تحديث|تاريخ النشر|بتاريخ|تم النشر|محدث|publikacja|aktualizacja|data publikacji|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|publie|mis a jour le";

/// Removes single lines of page furniture that carry no article text:
///
/// * **dates and times** alone on a line, optionally labelled (`15 يونيو/ حزيران 2022`,
///   `Updated: March 11, 2015 3:46 PM`, `15. Mai 2019, 05:28 Uhr`), **relative times**
///   (`قبل 4 ساعات`, `3 hours ago`, `vor 2 Stunden`) and **media durations** (`2:55`);
/// * **counters** (`3 likes`, `120 views`, `1.2K shares`, `250 مشاهدة`) and reading times
///   (`5 min read`);
/// * **share, follow and subscribe prompts** (`Share on Facebook`, `تابعونا على تويتر`,
///   `Follow us`), **skip links**, **bylines** (`By Staff Writer`, `بقلم محمد علي`) and
///   **photo credits** (`Foto: Christof Stache`, `© Oli Scarff/Getty Images`);
/// * **notices** about cookies, consent, newsletters, comment forms and affiliate links, up
///   to 80 words (`We use cookies to improve your experience…`, `Your email address will not
///   be published.`, `we may earn an affiliate commission`), and **prompts** in the site's
///   voice to take its newsletter or to sign in before commenting (`Sign up for our
///   newsletter`, `Du musst angemeldet sein, um einen Kommentar abzugeben.`).
///
/// Each check needs the whole line to be of that kind, so a sentence that mentions a date
/// or cookies stays.
///
/// Clean articles hold such lines too (a dateline, a byline, a photo credit), so the rule
/// reports them as *evidence* for the line model ([`ContentModel`](crate::ContentModel)),
/// which decides; on its own it removes nothing.
///
/// ```
/// use textsieve::{Doc, PageChrome, Rule};
/// let page = "قبل 4 ساعات\nThe talks resumed on Monday, officials said.\n2:55\n120 views\nShare on Facebook";
/// let mut found = Vec::new();
/// PageChrome::default().find(&Doc::new(page), &mut found);
/// let lines: Vec<&str> = found.iter().map(|r| page[r.span.clone()].trim_end()).collect();
/// assert_eq!(lines, ["قبل 4 ساعات", "2:55", "120 views", "Share on Facebook"]);
/// assert!(found.iter().all(|r| r.is_evidence()));
/// ```
#[derive(Debug, Clone)]
pub struct PageChrome {
    notices: Lexicon,
    patterns: UserPatterns,
}

/// The rule's built-in line patterns, compiled once per process: they take no options. They
/// are matched against folded keys, so their words are folded too (`دقايق`, not `دقائق`).
struct LinePatterns {
    date_line: Regex,
    relative_time: Regex,
    counter: Regex,
    byline: Regex,
    credit: Regex,
}

static LINE_PATTERNS: Lazy<LinePatterns> = Lazy::new(|| {
    let date_line = format!(
        r"^(?:(?:{DATE_LABELS})\s*:?\s*)?(?:(?:\d{{1,4}}|{DATE_WORDS})[\s/.,:\-–|()]*){{1,10}}$"
    );
    let compile = |pattern: &str| Regex::new(pattern).expect("built-in pattern");
    LinePatterns {
        date_line: compile(&date_line),
        relative_time: compile(
            r"^(?:(?:قبل|منذ)\s+(?:\d+\s+)?(?:دقيقة|دقيقتين|دقايق|ساعة|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنة|سنتين|سنوات)|\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?|y|years?)\s+ago|(?:vor|il y a|hace)\s+\d+\s+\p{L}+|\d+\s*(?:min|minutes?|minuten|minutos)\.?\s*(?:read|lesezeit|de lectura|lecture)?|(?:lesezeit|reading time|temps de lecture)\s*:?\s*\d+\s*\p{L}*|just now|gerade eben|a l'instant|الان)$",
        ),
        counter: compile(
            r"^[\d.,]+\s*[km]?\s*(?:likes?|views?|comments?|shares?|replies|reactions|followers|reads|votes|مشاهدة|مشاهدات|تعليق|تعليقات|اعجاب|مشاركة|kommentare?|aufrufe|mal gelesen|commentaires?|comentarios?|visitas)$",
        ),
        byline: compile(r"^(?:by|von|par|por|di|door|بقلم|كتب|كتبت|اعداد|تحرير)\s*:?\s+\S"),
        credit: compile(CREDIT),
    }
});

impl Default for PageChrome {
    /// # Defaults
    /// Share prompts of [`SHARE_PREFIXES`](crate::lexicon::SHARE_PREFIXES), notices of
    /// [`NOTICE_PHRASES`](crate::lexicon::NOTICE_PHRASES), no patterns.
    fn default() -> PageChrome {
        PageChrome {
            notices: Lexicon::new(ID, NOTICE_PHRASES),
            patterns: UserPatterns::default(),
        }
    }
}

impl PageChrome {
    /// Adds a notice phrase: a line of at most 80 words containing it is evidence.
    ///
    /// ```
    /// use textsieve::{Doc, PageChrome, Rule};
    /// let rule = PageChrome::default().notice("Bu site çerez kullanır");
    /// let page = "Haber.\nBu site çerez kullanır. Kabul edin.";
    /// let mut found = Vec::new();
    /// rule.find(&Doc::new(page), &mut found);
    /// assert_eq!(&page[found[0].span.clone()], "Bu site çerez kullanır. Kabul edin.");
    /// ```
    #[must_use]
    pub fn notice(mut self, phrase: &str) -> PageChrome {
        self.notices.add(phrase);
        self
    }

    /// Adds a regular expression: a line whose folded key it matches is evidence.
    #[must_use]
    pub fn pattern(mut self, pattern: &str) -> PageChrome {
        self.patterns.add(ID, pattern);
        self
    }

    fn judge(&self, notices: &PhraseSet, line: &Line<'_>) -> Option<Reason> {
        let key = line.key();
        let words = line.words();
        if !self.patterns.is_empty() && self.patterns.is_match(key) {
            return Some(Reason::Chrome { kind: "pattern" });
        }
        if words <= 80 && notices.contains_any(key) {
            return Some(Reason::Chrome { kind: "notice" });
        }
        if words <= 80 {
            let subjects = prompt_subjects(key);
            if subjects.cookie && is_cookie_consent(key) {
                return Some(Reason::Chrome {
                    kind: "cookie consent",
                });
            }
            if subjects.newsletter && words <= 40 && is_newsletter_prompt(key) {
                return Some(Reason::Chrome {
                    kind: "newsletter prompt",
                });
            }
            if subjects.commenting && words <= 30 && is_comment_login(key) {
                return Some(Reason::Chrome {
                    kind: "comment login prompt",
                });
            }
        }
        if words > 12 {
            return None;
        }
        let number = has_number(line);
        if number {
            if LINE_PATTERNS.date_line.is_match(key) {
                return Some(Reason::Chrome {
                    kind: "date or time",
                });
            }
            let opens_with_number = key
                .chars()
                .next()
                .is_some_and(|c| c.is_numeric() || matches!(c, '.' | ','));
            if opens_with_number && LINE_PATTERNS.counter.is_match(key) {
                return Some(Reason::Chrome { kind: "counter" });
            }
        }
        if might_be_relative_time(key, number) && LINE_PATTERNS.relative_time.is_match(key) {
            return Some(Reason::Chrome {
                kind: "relative time",
            });
        }
        if words <= 8 && !line.ends_with_period() && SHARE.prefix(key).is_some() {
            return Some(Reason::Chrome {
                kind: "share or follow prompt",
            });
        }
        if words <= 7
            && line.terminal_punct() == 0
            && line.clause_punct() <= 1
            && starts_with_any(key, &BYLINE_WORDS)
            && LINE_PATTERNS.byline.is_match(key)
        {
            return Some(Reason::Chrome { kind: "byline" });
        }
        // A credit is a label and a name, never a sentence: `Photo: the minister arrives.`
        // is a caption, which is article text.
        if words <= 10
            && !line.ends_with_period()
            && might_be_credit(key)
            && LINE_PATTERNS.credit.is_match(key)
        {
            return Some(Reason::Chrome {
                kind: "photo credit",
            });
        }
        None
    }
}

impl Rule for PageChrome {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(notices) = self.notices.set() else {
            return;
        };
        for line in doc.lines() {
            if line.is_blank() || line.words() == 0 {
                continue;
            }
            // Evidence, not a removal: the line model weighs it on every pass, so a line kept
            // in the last pass is judged again.
            if let Some(reason) = self.judge(notices, &line) {
                out.push(Removal::line_evidence(&line, ID, reason));
            }
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.notices.validate()?;
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (case name, input line, removed?)
    const CASES: &[(&str, &str, bool)] = &[
        ("ar-date", "15 يونيو/ حزيران 2022", true),
        ("en-date-time", "Updated: March 11, 2015 3:46 PM", true),
        ("de-date", "15. Mai 2019, 05:28 Uhr", true),
        ("numeric-date", "03.04.2020", true),
        ("labelled", "Publiziert: 03.04.2020, 12:35", true),
        ("pl-date", "16 marca 2021", true),
        ("de-last-change", "Letzte Änderung: 31.10.2023 - 14:49:39", true),
        ("qa-asked", "asked Feb 6, 2014 at 20:37", true),
        ("pl-labelled", "Publikacja: 04.05.2021", true),
        ("it-date", "3 maggio 2022, 10:15", true),
        ("duration", "2:55", true),
        ("ar-relative", "قبل 4 ساعات", true),
        ("en-relative", "3 hours ago", true),
        ("de-relative", "vor 2 Stunden", true),
        ("read-time", "5 min read", true),
        ("counter", "120 views", true),
        ("counter-decimal", "1.2K shares", true),
        ("ar-relative-no-number", "منذ ساعتين", true),
        // Keys fold `ئ` to `ي`: the pattern names the folded form.
        ("ar-relative-minutes", "قبل 5 دقائق", true),
        ("just-now", "Just now", true),
        ("reading-time-folded-digit", "Reading time: ㏠", true),
        ("ar-byline-edit", "تحرير: محمد علي", true),
        ("credit-fot", "(fot. Jan Kowalski)", true),
        ("ar-counter", "250 مشاهدة", true),
        ("share", "Share on Facebook", true),
        ("ar-follow", "تابعونا على تويتر", true),
        ("byline", "By Staff Writer", true),
        ("ar-byline", "بقلم محمد علي", true),
        ("credit", "Foto: Christof Stache", true),
        ("credit-parens", "(Foto: ABr)", true),
        ("credit-by", "Photo by Ann Lee on Unsplash", true),
        ("credit-agency", "© Oli Scarff/Getty Images", true),
        ("credit-slash-agency", "Trybunał Konstytucyjny / Shutterstock", true),
        ("ar-credit", "صورة: رويترز", true),
        ("cookie", "We use cookies to give you the best experience. By continuing you accept them.", true),
        ("cookie-banner-de", "Durch die Nutzung von Beispiel24 stimmen Sie der Verwendung von Cookies zu.", true),
        ("cookie-banner-en", "Boing Boing uses cookies and trackers: read what we do with them, then click Accept.", true),
        ("comment-form", "Your email address will not be published. Required fields are marked *", true),
        ("newsletter-en", "Sign up for our newsletter to get the latest news straight to your inbox.", true),
        ("newsletter-de", "Möchten Sie unseren Newsletter erhalten?", true),
        ("affiliate-disclosure", "When you purchase through links on our site, we may earn an affiliate commission.", true),
        ("comment-login-de", "Du musst eingeloggt sein um Kommentare zu schreiben!", true),
        ("comment-login-de-verb", "Sie müssen sich anmelden, um zu kommentieren.", true),
        // negatives
        ("comment-login-report", "Users must now log in to comment on the platform, the company said.", false),
        ("newsletter-report", "The paper launched a newsletter in May that now reaches 20,000 readers.", false),
        ("caption-sentence", "Photo: The minister arrives at the summit in Cairo.", false),
        ("photo-word", "Photos of the flood spread quickly online", false),
        ("code", "photos.forEach(function(photo) {", false),
        ("agency-in-prose", "The figures were first reported by Reuters", false),
        ("sentence-with-date", "On March 11, 2015 the vote was held.", false),
        ("pt-sentence-with-month", "Em marco de 2021 o governo anunciou o plano.", false),
        ("year-in-title", "The 2022 World Cup in Qatar", false),
        ("number-sentence", "120 people were hurt in the blast, officials said.", false),
        ("by-sentence", "By the end of the day, the talks had stalled.", false),
        ("share-sentence", "Share prices fell sharply on Monday after the announcement.", false),
        ("cookie-law-prose", "The rules force websites to ask visitors to accept cookies before tracking them.", false),
        ("cookie-tracking-prose", "The regulator said the company used cookies to follow users across sites.", false),
        ("cookie-prose", "The bakery sold cookies and bread to the soldiers every morning during the long siege of the city, and the owner said she never once ran out of flour even when the roads were closed for weeks and the trucks could not get through to the market.", false),
        ("ar-sentence-date", "وفي 15 يونيو 2022 أعلن الوزير عن الخطة.", false),
    ];

    #[test]
    fn table() {
        let rule = PageChrome::default();
        for (name, input, expected) in CASES {
            let doc = Doc::new(input);
            let mut out = Vec::new();
            rule.find(&doc, &mut out);
            assert_eq!(!out.is_empty(), *expected, "case {name}");
        }
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        /// The cheap gates before the line patterns are necessary conditions: a key the
        /// pattern matches always passes its gate.
        #[test]
        fn gates_pass_every_match(pieces in proptest::collection::vec(proptest::prop_oneof![
            proptest::sample::select(vec![
                "Foto", "photo credit", "Bild", "Imagen", "credits", "zdjęcie", "صورة", "تصوير",
                "fot.", "©", "Getty Images", "Reuters", "by", "von", "de", "por", "بقلم", "كتب",
                "قبل", "منذ", "ساعات", "hours ago", "min read", "Lesezeit", "just now", "views",
                "مشاهدة", "K", "(", ")", "[", "]", ":", "/", " ", "  ", "-", ".", ",", "12", "٣",
                "㏠", "news", "Ann Lee", "الرئيس",
            ]).prop_map(str::to_owned),
            "[a-zA-Z0-9 ]{1,6}",
        ], 1..8)) {
            let key = crate::fold::fold(&pieces.concat());
            let number = key.chars().any(char::is_numeric);
            if LINE_PATTERNS.credit.is_match(&key) {
                proptest::prop_assert!(might_be_credit(&key), "credit {:?}", key);
            }
            if LINE_PATTERNS.byline.is_match(&key) {
                proptest::prop_assert!(starts_with_any(&key, &BYLINE_WORDS), "byline {:?}", key);
            }
            if LINE_PATTERNS.relative_time.is_match(&key) {
                proptest::prop_assert!(might_be_relative_time(&key, number), "relative {:?}", key);
            }
        }
    }

    #[test]
    fn options_are_checked() {
        assert!(PageChrome::default().pattern("(").validate().is_err());
        assert!(PageChrome::default().notice(" ").validate().is_err());
    }
}
