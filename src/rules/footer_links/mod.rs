//! `footer-links`: navigation and footer link runs, menus and legal lines.
//!
//! The rule and its menu runs are here; the line kinds it knows by their phrases (footer,
//! permanent address, contact, copyright, template markup, and the cuts inside a line) are in
//! `lines.rs`, and link texts set apart by separators or spaces (and directories) in `lists.rs`.

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::glue;
use crate::lexicon::FOOTER_LINKS;
use crate::phrases::{Lexicon, PhraseSet, UserPatterns};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::Share;

mod lines;
mod lists;

pub(crate) use lines::{
    chrome_markers, is_bare_arabic_run, is_breadcrumb, is_contact_line, is_home_menu,
    is_legal_line, is_permalink, is_post_meta, is_post_navigation, opens_legal_footer,
    MAX_COPYRIGHT_WORDS,
};
use lines::{
    inline_cuts, is_copyright_notice, is_pagination, is_rootless_trail, is_template_markup,
    may_hold_rootless_trail, BREADCRUMB, BREADCRUMB_LABEL, CONTACT, LEGAL, PERMALINK, POST_META,
    POST_NAVIGATION,
};
use lists::{directory_entries, separated_links, spaced_headlines};

const ID: &str = "footer-links";

/// How many glue points per unit of length make a link run (one in four), besides
/// [`FooterLinks::min_glue_points`]: set with the CJK-aware link runs (7ab4025), where long
/// Arabic paragraphs with a few quotes glued to words stayed under it.
const GLUE_SHARE: Share = Share::new(1, 4);

/// The most units of a short line that two strong glue points make a link run (`HomeNews`
/// `Sport`), unless it ends a sentence. Set with the CJK-aware link runs (7ab4025).
const MAX_SHORT_RUN_UNITS: usize = 6;

/// How much of a glued menu is letters (four in five at least); below, the line is code
/// (`use Symfony\Component\HttpFoundation\Request;`). Set from the code lines of 9485934.
const MIN_LETTER_SHARE: Share = Share::new(4, 5);

/// The most words of a menu entry (`Contact`, `Terms of Use`). Set by hand with the crate's
/// first rules (7277df5).
const MAX_MENU_ENTRY_WORDS: usize = 4;

/// The most characters of a menu entry. Set by hand with the crate's first rules (7277df5).
const MAX_MENU_ENTRY_CHARS: usize = 40;

/// The most bytes of a line without spaces that may still be code; longer, it is data
/// (base64). Set with the code check (9d324d5).
const MAX_CODE_TOKEN_BYTES: usize = 60;

/// The smallest [`FooterLinks::min_glue_points`] `build` accepts: one glue point is a
/// quote glued to a word in good prose.
const LEAST_GLUE_POINTS: usize = 2;

/// The smallest [`FooterLinks::min_menu_lines`] `build` accepts: two short lines in a row
/// are a heading and a byline as often as a menu.
const LEAST_MENU_LINES: usize = 3;

/// Removes navigation and footer chrome:
///
/// * **glued link runs**: link texts joined with no separator, seen as many glue points per
///   word (`LoaderSearchابحث مفاتيح اليومإسرائيل…`, `About EuronewsCommercial ServicesTerms…`);
/// * **separated link runs**: short texts between `|`, `•`, `·`, ` - `, `/`, `»` (`Home | News |
///   Sport`), or four or more set apart by runs of spaces (`اتصل بنا   سياسة الخصوصية   About
///   Us   فريق موضوع`), however long the run;
/// * **breadcrumb trails**: the site's home, a separator and the sections down to the
///   page's title, however long (`Home > World > …`, `Startseite » Ratgeber`, `الرئيسية /
///   أخبار / …`: `lexicon::BREADCRUMB_ROOTS`), or a trail's label and a colon (`You are here:
///   …`, `Sie sind hier: …`: `lexicon::BREADCRUMB_LABELS`), or three links or more set apart
///   by ` > `, ` » ` or ` › ` that open with the site's or a section's name (`utopia.de » News
///   » …`);
/// * **page counters** of a paginated page (`Page 1 of 2`, `Seite 34 von 40 Erste … Letzte`,
///   `الصفحة ١ من ٣`);
/// * **directory lines**: `name - what it is` entries run together, two spaces apart;
/// * **menu runs**: [`min_menu_lines`](Self::min_menu_lines) or more consecutive lines of one
///   to four words with no sentence punctuation, unless right under a line ending in a colon
///   (`You will need:`: the list it announces, even glued to the footer below it);
/// * **footer lines**: a line that is exactly a footer link (`Privacy Policy`, `اتصل بنا`,
///   `من نحن`, `تابعونا`), or a short line with a legal phrase (`Copyright ©`,
///   `جميع الحقوق محفوظة`, `All rights reserved`), a wiki's permanent-address line
///   (`Retrieved from "https://…"`, `مجلوبة من`), a line telling readers how to reach the
///   writer; and the rest of such a line's block: the short lines after it, when they run to
///   the page's end (an SMS footer's numbers, `Designed by …` under a copyright notice);
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
    /// The links of `lexicon::FOOTER_LINKS` (`src/lexicon/footer_links.tsv`); link runs of at least 3
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
#[derive(Debug, PartialEq)]
enum Verdict {
    Keep,
    Drop(Reason),
}

/// The bytes that this rule's searches look for on every line it judges, each with its bit
/// in [`LineBytes`]: the `[` of an e-mail placeholder, the letters of `http` and `www.`, the
/// `{` and `@` that open template markup, the separators of a link run (`|` `>` `-` `/`
/// and the lead bytes of `•` `›` `‖`, E2, and of `·` `»` `¦`, C2), and those of a breadcrumb
/// trail besides (`<`, and the `:` after its label).
const TRACKED: &[u8; 16] = b"[htpw.{@|>-/\xC2\xE2<:";

/// The bytes one of which a breadcrumb trail holds: its separators (`>` `/` `<`, the lead
/// bytes of `»` `«`, C2, and of `›` `‹` `→`, E2) or the colon after its label.
const BREADCRUMB_BYTES: &[u8] = b">/<:\xC2\xE2";

/// Each byte's bit in [`LineBytes`] (0 for a byte that is not [`TRACKED`]).
static BYTE_BITS: [u16; 256] = {
    let mut bits = [0; 256];
    let mut i = 0;
    while i < TRACKED.len() {
        bits[TRACKED[i] as usize] = 1 << i;
        i += 1;
    }
    bits
};

/// Which of the [`TRACKED`] bytes a line's text holds, gathered in one pass when the line is
/// judged. Most lines hold none of the bytes a search after it looks for, and asking costs a
/// few instructions where each search's start-up on a short line costs about a hundred (half
/// the lines of the real pages are under 20 bytes).
#[derive(Debug, Clone, Copy)]
struct LineBytes(u16);

impl LineBytes {
    fn of(text: &str) -> LineBytes {
        LineBytes(
            text.bytes()
                .fold(0, |seen, b| seen | BYTE_BITS[usize::from(b)]),
        )
    }

    /// Every byte: the searches then run as they would without the pass (the property
    /// test's naive twin).
    #[cfg(test)]
    fn everything() -> LineBytes {
        LineBytes(u16::MAX)
    }

    /// Whether the text may hold `b`: it does, or `b` is not tracked.
    fn may_hold_byte(self, b: u8) -> bool {
        let bit = BYTE_BITS[usize::from(b)];
        bit == 0 || self.0 & bit != 0
    }

    /// Whether the text may hold `needle`: it may hold each of its bytes.
    fn may_hold(self, needle: &[u8]) -> bool {
        needle.iter().all(|&b| self.may_hold_byte(b))
    }

    /// Whether the text may hold any of `bytes`.
    fn may_hold_any(self, bytes: &[u8]) -> bool {
        bytes.iter().any(|&b| self.may_hold_byte(b))
    }
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

    fn judge(&self, links: &PhraseSet, line: &Line<'_>, seen: LineBytes) -> Verdict {
        let key = line.key();
        // Markup opens with a tag or a directive.
        if seen.may_hold_any(b"{@") && is_template_markup(line.text()) {
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
            (glue >= self.min_glue_points && GLUE_SHARE.reached(glue, units))
                || (strong >= 2 && units <= MAX_SHORT_RUN_UNITS && !line.ends_with_terminal())
        };
        // One word opening in lower case with capitals inside is a camelCase name from code
        // (`skipKnownBugs`, `getElementById`); glued menus start each link with a capital.
        let identifier = line.words() == 1 && line.first_char().is_some_and(char::is_lowercase);
        // Glued menus are letters; a line where symbols make up more than a fifth of the
        // characters is code (`use Symfony\Component\HttpFoundation\Request;`).
        let code = !MIN_LETTER_SHARE.reached(line.letters(), line.chars());
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
        if is_permalink(&PERMALINK, line, key)
            || is_contact_line(&CONTACT, line, key)
            || is_post_navigation(&POST_NAVIGATION, line, key)
            || is_post_meta(&POST_META, line, key)
        {
            return Verdict::Drop(Reason::Footer);
        }
        if is_pagination(line) {
            return Verdict::Drop(Reason::Pagination);
        }
        if seen.may_hold_any(BREADCRUMB_BYTES)
            && is_breadcrumb(&BREADCRUMB, &BREADCRUMB_LABEL, line, key)
        {
            return Verdict::Drop(Reason::Breadcrumb);
        }
        if is_home_menu(&BREADCRUMB, line, key) {
            return Verdict::Drop(Reason::SpacedMenu { words });
        }
        if let Some(entries) = directory_entries(line) {
            return Verdict::Drop(Reason::Directory { entries });
        }
        if let Some(links) = spaced_headlines(line) {
            return Verdict::Drop(Reason::SeparatedLinks { links });
        }
        if let Some(links) = separated_links(line, seen) {
            if !has_code_syntax(line.text()) {
                return Verdict::Drop(Reason::SeparatedLinks { links });
            }
        }
        // `© 2025 Example Media. All rights reserved.` ends like a sentence: a copyright
        // notice is a footer whatever its punctuation; a legal phrase in prose is not. One
        // that opens its line and reserves rights is a footer whatever its length.
        if (words <= MAX_COPYRIGHT_WORDS && is_copyright_notice(key)) || opens_legal_footer(key) {
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

/// The most lines of a footer block after its footer line: a contact line's SMS numbers, the
/// links under a copyright notice.
const MAX_FOOTER_TAIL_LINES: usize = 8;

/// The most words of a line in a footer block after its footer line.
const MAX_FOOTER_TAIL_WORDS: usize = 12;

/// The kept lines after the last footer line (a contact line, a copyright notice, a legal
/// line), while they may be the rest of its block: a footer line is often the first line of a
/// block that runs to the page's end in short lines (`للتواصل مع الكاتب ارسل رسالة SMS` /
/// `تبدأ بالرمز (22) ثم مسافة ثم نص الرسالة إلى` / `88591 - Stc` / …). They go only when they
/// reach the end of the page: a footer line with prose after it was inside the article. The
/// footer line goes in the same pass, so lines a pass kept after it have no footer line
/// before them in the next.
#[derive(Default)]
struct FooterTail<'d> {
    /// Whether a footer line was seen and no line since rules the block out.
    open: bool,
    lines: Vec<Line<'d>>,
}

impl<'d> FooterTail<'d> {
    /// After a line this rule drops: a footer line opens a new block; other chrome leaves the
    /// block as it is (a footer link inside it).
    fn after_drop(&mut self, footer: bool) {
        if footer {
            self.open = true;
            self.lines.clear();
        }
    }

    /// After a line this rule keeps.
    fn kept(&mut self, line: Line<'d>) {
        if !self.open {
            return;
        }
        let short =
            line.words() <= MAX_FOOTER_TAIL_WORDS && !line.is_prose() && !line.ends_with_period();
        if short && self.lines.len() < MAX_FOOTER_TAIL_LINES {
            self.lines.push(line);
        } else {
            self.open = false;
            self.lines.clear();
        }
    }

    /// At the page's end: the lines of an open block go.
    fn flush(self, out: &mut Vec<Removal>) {
        if self.open {
            for line in &self.lines {
                out.push(Removal::line(line, ID, Reason::Footer));
            }
        }
    }
}

/// Consecutive short lines seen so far.
#[derive(Default)]
struct MenuRun<'d> {
    /// Menu-like lines no other check removed.
    entries: Vec<Line<'d>>,
    /// Lines of the run already removed as chrome: the evidence that this is a menu.
    judged: usize,
    /// The run's first line, judged or not.
    first: Option<Line<'d>>,
}

impl<'d> MenuRun<'d> {
    /// Adds a line the rule removed as chrome.
    fn add_judged(&mut self, line: Line<'d>) {
        self.first.get_or_insert(line);
        self.judged += 1;
    }

    /// Adds a line that reads as a menu entry.
    fn add_entry(&mut self, line: Line<'d>) {
        self.first.get_or_insert(line);
        self.entries.push(line);
    }

    fn flush(&mut self, min_lines: usize, out: &mut Vec<Removal>) {
        let lines = self.entries.len() + self.judged;
        // A run with a line of code in it is a code listing broken into short lines.
        let code = || self.entries.iter().any(|line| has_code_syntax(line.text()));
        // A run right under a line ending in a colon (`You will need:`, `Starting line-up:`),
        // or one blank line below it, is the list it announces, however close the footer
        // below it.
        let announced = || self.first.as_ref().is_some_and(crate::rules::is_announced);
        if self.judged > 0 && lines >= min_lines && !code() && !announced() {
            for line in &self.entries {
                out.push(Removal::line(line, ID, Reason::MenuRun { lines }));
            }
        }
        self.entries.clear();
        self.judged = 0;
        self.first = None;
    }
}

/// Whether a line reads as a menu entry: one to four words of letters, no digits (an
/// ingredient or a spec line has them), no sentence, clause or key-value marks.
pub(crate) fn is_menu_entry(line: &Line<'_>) -> bool {
    (1..=MAX_MENU_ENTRY_WORDS).contains(&line.words())
        && line.chars() <= MAX_MENU_ENTRY_CHARS
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
    if bytes.len() > MAX_CODE_TOKEN_BYTES && memchr::memchr(b' ', bytes).is_none() {
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

/// Long Arabic runs of link texts with single spaces between them ([`is_bare_arabic_run`])
/// above the page's first line of prose or below its last, where menus and footers are: a
/// sentence that lost its marks between two paragraphs stays. Every line is weighed on every
/// pass, unchanged or not, since the verdict depends on where the prose is.
fn bare_runs_outside_prose(doc: &Doc<'_>, out: &mut Vec<Removal>) {
    let (Some(first), Some(last)) = (
        doc.lines().find(Line::is_prose).map(|line| line.index()),
        doc.lines()
            .rev()
            .find(Line::is_prose)
            .map(|line| line.index()),
    ) else {
        return;
    };
    out.extend(
        doc.lines()
            .filter(|line| {
                (line.index() < first || line.index() > last) && is_bare_arabic_run(line)
            })
            .map(|line| {
                let words = line.words();
                Removal::line(&line, ID, Reason::SpacedMenu { words })
            }),
    );
}

/// Blank lines between a trail with no home link and the paragraph that makes it an
/// article's menu path: one, as between paragraphs.
const TRAIL_PROSE_BLANKS: usize = 1;

/// Whether the line with text before or after `line` is prose or announces what follows
/// with a colon. A trail with no home link is read only where no paragraph stands beside it:
/// in an article, the same shape is a path through an application's menus (`Settings >
/// Privacy & Security > Location Services`, after `To turn it off, open:`) or a ranking
/// (`Gold > Silber > Bronze`); a page's trail stands among its menus, over its title.
fn beside_prose(doc: &Doc<'_>, line: &Line<'_>) -> bool {
    [
        crate::rules::prev_text(doc, line.index(), TRAIL_PROSE_BLANKS),
        crate::rules::next_text(doc, line.index() + 1, TRAIL_PROSE_BLANKS),
    ]
    .into_iter()
    .flatten()
    .any(|beside| beside.is_prose() || beside.last_char() == Some(':'))
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
        let mut tail = FooterTail::default();
        let trails_possible = may_hold_rootless_trail(doc.text());
        for line in doc.lines() {
            if line.is_blank() {
                run.flush(self.min_menu_lines, out);
                continue;
            }
            // A verdict depends on the line's text alone, and a dropped line is gone (this
            // rule's removals are decisive): a line unchanged since the last pass was kept
            // then and is kept now. A trail with no home link is the exception: it depends on
            // the lines beside it, and is judged on every pass.
            let verdict = if line.is_unchanged() {
                Verdict::Keep
            } else {
                let seen = LineBytes::of(line.text());
                let verdict = self.judge(link_phrases, &line, seen);
                if verdict == Verdict::Keep {
                    inline_cuts(&line, seen, out);
                }
                verdict
            };
            let verdict = if verdict == Verdict::Keep
                && trails_possible
                && is_rootless_trail(&line)
                && !beside_prose(doc, &line)
            {
                Verdict::Drop(Reason::Breadcrumb)
            } else {
                verdict
            };
            match verdict {
                Verdict::Drop(reason) => {
                    tail.after_drop(matches!(reason, Reason::Footer));
                    // A breadcrumb trail ends the navigation above the article: the short
                    // line under it is the page's title, not one more menu entry.
                    let ends_navigation =
                        matches!(reason, Reason::Breadcrumb | Reason::SpacedMenu { .. });
                    out.push(Removal::line(&line, ID, reason));
                    run.add_judged(line);
                    if ends_navigation {
                        run.flush(self.min_menu_lines, out);
                    }
                }
                Verdict::Keep if is_menu_entry(&line) => {
                    tail.kept(line);
                    run.add_entry(line);
                }
                Verdict::Keep => {
                    tail.kept(line);
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
        tail.flush(out);
        bare_runs_outside_prose(doc, out);
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.links.validate()?;
        if self.min_glue_points < LEAST_GLUE_POINTS {
            return Err(BuildError::option(ID, "min_glue_points must be at least 2"));
        }
        if self.min_menu_lines < LEAST_MENU_LINES {
            return Err(BuildError::option(ID, "min_menu_lines must be at least 3"));
        }
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
    const CASES: &[crate::rules::Case] = &[
        ("glued-latin", "Body, text.\nAbout EuronewsCommercial ServicesTerms and ConditionsCookie Policy",
            &["About EuronewsCommercial ServicesTerms and ConditionsCookie Policy"]),
        ("glued-arabic", "قطاع غزةسورياالصحةاليمن الأخبارتابعوناالنشرة الإخباريةCopyright",
            &["قطاع غزةسورياالصحةاليمن الأخبارتابعوناالنشرة الإخباريةCopyright"]),
        ("short-glued", "HomeNewsSport", &["HomeNewsSport"]),
        ("more-link", "Body, text.\nRead more »\nMore", &["Read more »\n", "More"]),
        ("ar-more-link", "نص الخبر، كاملا.\n...المزيد", &["...المزيد"]),
        ("more-in-a-sentence", "More than 200 people came.\nMehr als die Hälfte blieb.", &[]),
        ("pipes", "Home | News | Sport | Weather", &["Home | News | Sport | Weather"]),
        ("breadcrumb", "Home | Unplanned Pregnancy", &["Home | Unplanned Pregnancy"]),
        // A trail from the site's home to the page's title, however long the title.
        ("breadcrumb-trail", "Home > Breaking > Council expands the night bus network, adding eleven routes in the east of the city\nStartseite » Ratgeber » Garten\nالرئيسية / أخبار / مجلس المدينة يقر خطة جديدة لتوسيع شبكة الحافلات",
            &["Home > Breaking > Council expands the night bus network, adding eleven routes in the east of the city\n", "Startseite » Ratgeber » Garten\n", "الرئيسية / أخبار / مجلس المدينة يقر خطة جديدة لتوسيع شبكة الحافلات"]),
        // The trail ends the navigation: the short line under it is the page's title.
        ("title-under-a-trail", "Contact\nAbout Us\nArchive\nBest Of\nYou are here: Home / Transport / Night buses return\nNight buses return\nMay 3, 2012 by Dana\n\nThe council voted on Tuesday to bring back the night buses, after a long debate.\n",
            &["Contact\n", "About Us\n", "You are here: Home / Transport / Night buses return\n", "Archive\n", "Best Of\n"]),
        ("labelled-breadcrumb-trail", "You are here: About > Parenting & Family > Reading with children\nSie sind hier: Aktuelles Presseinformationen Neue Buslinien",
            &["You are here: About > Parenting & Family > Reading with children\n", "Sie sind hier: Aktuelles Presseinformationen Neue Buslinien"]),
        // Not a trail: no separator after the home word, a sentence, a home word inside a
        // word or later in the line.
        ("home-in-prose", "Home is where the night buses stop, the mayor said\nHome / work balance matters to most commuters, the survey found.\nHomeowners > renters in the east\nThe team plays at home > away form matters\nYou are here because the council voted for it", &[]),
        ("copyright", "Text, here.\nCopyright © euronews 2025", &["Copyright © euronews 2025"]),
        ("ar-rights", "جميع الحقوق محفوظة لموقع الخبر 2024", &["جميع الحقوق محفوظة لموقع الخبر 2024"]),
        ("post-navigation", "Text, here.\nPrevious post: Books to understand the future\nNext story »\nVorheriger Beitrag Neue Buslinien für die Stadt\nالمقال التالي",
            &["Previous post: Books to understand the future\n", "Next story »\n", "Vorheriger Beitrag Neue Buslinien für die Stadt\n", "المقال التالي"]),
        ("next-post-sentence", "Next post, I will show how the night buses are planned.\nNext posters go up on Monday", &[]),
        ("legal-footer-paragraph",
            "Text, here.\n© 2016 Example News Network. An Example Company. All Rights Reserved. Terms under which this service is provided to you are set out in the terms of service, which you accept by using the site.",
            &["© 2016 Example News Network. An Example Company. All Rights Reserved. Terms under which this service is provided to you are set out in the terms of service, which you accept by using the site."]),
        ("book-notice-in-article-stays",
            "The passage is quoted from the new edition of the atlas, Copyright © 2019 by Example Press, All rights reserved, and used here with the permission of the publisher and of its editors.",
            &[]),
        ("link-line", "اتصل بنا\n", &["اتصل بنا\n"]),
        // Rights an article quotes are no notice; the same words unquoted are.
        ("quoted-rights", "The caption read: \"Photograph by Lena Moss. All rights reserved.\"", &[]),
        ("unquoted-rights", "Photograph by Lena Moss. All rights reserved.",
            &["Photograph by Lena Moss. All rights reserved."]),
        // A list under a line ending in a colon is the article's, footer or not.
        ("announced-list", "You will need:\nParsley\nMint\nTwo anchovies\nCapers\nContact us",
            &["Contact us"]),
        ("announced-list-after-blank", "You will need:\n\nParsley\nMint\nTwo anchovies\nCapers\nContact us",
            &["Contact us"]),
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
        // A footer line's block: the short lines after it go when they reach the page's end.
        ("contact-block", "Body, text.\nContact the author\nText STORY to 55501\n\nWeekdays 9 to 5",
            &["Contact the author\n", "Text STORY to 55501\n", "Weekdays 9 to 5"]),
        ("ar-contact-block", "نص المقال، هنا.\nللتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (7) ثم مسافة ثم نص الرسالة إلى\n55501 - شركة الاتصالات",
            &["للتواصل مع الكاتب ارسل رسالة SMS\n", "تبدأ بالرمز (7) ثم مسافة ثم نص الرسالة إلى\n", "55501 - شركة الاتصالات"]),
        ("copyright-block", "Body, text.\nCopyright © Example News 2025\nDesigned by Example Studio",
            &["Copyright © Example News 2025\n", "Designed by Example Studio"]),
        // Not when prose or a sentence follows, or a longer run than a footer's.
        ("copyright-then-prose", "Copyright © Example News 2025\nDesigned by Example Studio\nThe council voted on Tuesday to expand the bus network, adding eleven routes.",
            &["Copyright © Example News 2025\n"]),
        ("copyright-then-sentence", "Copyright © Example News 2025\nDesigned by Example Studio\nAll photos by our staff.",
            &["Copyright © Example News 2025\n"]),
        ("copyright-then-long-run", "Copyright © Example News 2025\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven\n\nEight\n\nNine",
            &["Copyright © Example News 2025\n"]),
    ];

    #[test]
    fn table() {
        crate::rules::check_cases(&FooterLinks::default(), CASES);
    }

    /// Lines made of what the byte checks are about: separators, addresses, e-mail
    /// placeholders, permanent-address labels and template markup, among Latin and Arabic
    /// words.
    fn line_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z]{1,8}",
            "[\u{627}-\u{64a}]{1,6}",
            prop::sample::select(vec![
                " ",
                "  ",
                " | ",
                "|",
                " - ",
                " / ",
                " > ",
                " • ",
                " · ",
                "»",
                "«",
                " ‖ ",
                " ¦ ",
                ".",
                ",",
                ":",
                "\"",
                "©",
                "2024",
                "Home",
                " < ",
                " › ",
                " ‹ ",
                " → ",
                "You are here",
                "الرئيسية",
                "Contact",
                "Retrieved from ",
                "مجلوبة من ",
                "http://example.org/wiki/A",
                "https",
                "www.example.org",
                "www.",
                "[email protected]",
                "[email\u{a0}protected]",
                "[email",
                "{{ title }}",
                "{% block %}",
                "{* x *}",
                "@section('x')",
                "@endsection",
                "@user",
            ])
            .prop_map(str::to_owned),
        ];
        prop::collection::vec(piece, 0..14).prop_map(|pieces| pieces.concat())
    }

    /// A trail that opens with the site's name goes among the page's menus; a path through
    /// menus between an article's paragraphs stays.
    #[test]
    fn a_trail_with_no_home_link_goes_where_no_paragraph_is_beside_it() {
        let paragraph = "The council voted on Tuesday to expand the night bus network, adding \
            eleven routes that link the eastern districts with the centre of the city.\n";
        let page = format!(
            "Metro News » Transport » Night buses return\nNight buses return\n\n{paragraph}\
             Settings > Privacy & Security > Location Services\n{paragraph}\
             Sport\nMetro News › Transport › Night buses return\nWeather\n"
        );
        let doc = Doc::new(&page);
        let mut out = Vec::new();
        FooterLinks::default().find(&doc, &mut out);
        let removed: Vec<&str> = out
            .iter()
            .map(|r| page[r.span.clone()].trim_end())
            .collect();
        assert_eq!(
            removed,
            [
                "Metro News » Transport » Night buses return",
                "Metro News › Transport › Night buses return"
            ]
        );
    }

    /// The byte check in front of the breadcrumb test lets every separator through, and the
    /// colon after a label: each trail is judged as with every byte seen, and goes.
    #[test]
    fn breadcrumb_bytes_let_every_trail_through() {
        let rule = FooterLinks::default();
        let links = rule.links.set().expect("built-in links");
        for text in [
            "Home > News > Night buses return",
            "Home / News / Night buses return",
            "Home < News < Night buses return",
            "Home » News » Night buses return",
            "Home « News « Night buses return",
            "Home › News › Night buses return",
            "Home ‹ News ‹ Night buses return",
            "Home → News → Night buses return",
            "You are here: Transport and Night buses return",
        ] {
            let doc = Doc::new(text);
            let line = doc.line(0).expect("one line");
            let seen = rule.judge(links, &line, LineBytes::of(text));
            assert_eq!(
                seen,
                rule.judge(links, &line, LineBytes::everything()),
                "{text}"
            );
            assert_eq!(seen, Verdict::Drop(Reason::Breadcrumb), "{text}");
        }
    }

    proptest! {
        #[test]
        fn byte_checks_change_no_verdict(text in line_strategy(), other in "\\PC{0,40}") {
            let rule = FooterLinks::default();
            let links = rule.links.set().expect("built-in links");
            let doc = Doc::new(&text);
            for line in doc.lines() {
                let judged = |seen| {
                    let verdict = rule.judge(links, &line, seen);
                    let mut cuts = Vec::new();
                    if verdict == Verdict::Keep {
                        inline_cuts(&line, seen, &mut cuts);
                    }
                    (verdict, cuts)
                };
                prop_assert_eq!(
                    judged(LineBytes::of(line.text())),
                    judged(LineBytes::everything())
                );
            }
            // The pass misses no byte it tracks.
            for text in [&text, &other] {
                let seen = LineBytes::of(text);
                prop_assert!(text.bytes().all(|b| seen.may_hold_byte(b)), "{:?}", text);
            }
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
