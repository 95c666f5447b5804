//! What the line model sees of each line: its own shape, its neighbours', where it sits on
//! the page, and the rules' evidence.
//!
//! Every feature is a number computed from the [`Doc`] and the built-in rules' removals, in
//! time linear in the document. Blank lines get no row; "neighbours" and windows count
//! non-blank lines only. The same code computes the rows for training (`examples/train_model`)
//! and for cleaning, so the model sees at run time exactly what it was trained on.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;
use regex::Regex;

use super::text;
use crate::doc::{Doc, Line};
use crate::rule::{Reason, Removal};
use crate::rules::footer_links::is_menu_entry;
use crate::rules::{is_builtin, is_title_like};
use crate::script::is_letter;

/// Features of one line's own text and evidence.
pub(crate) const OWN: usize = 35;
/// Features copied from each neighbour.
const CONTEXT: usize = 11;
/// Neighbours seen: two before and two after.
const OFFSETS: [isize; 4] = [-2, -1, 1, 2];
/// Features of the line's place on the page.
const PLACE: usize = 35;
/// All features of stage one.
pub(crate) const COUNT: usize = OWN + CONTEXT * OFFSETS.len() + PLACE;

/// Longest line, in words, whose dates, times and comment words are looked for: longer lines
/// are sentences, where such words say nothing about boilerplate.
const MAX_PATTERN_WORDS: usize = 30;
/// Longest line, in words, whose shape (letters as `a`, digits as `0`) is compared with the
/// other lines': repeated shapes are list items, teasers and comment headers.
const MAX_SHAPE_WORDS: usize = 20;
/// Cap on distances in lines, so that a page of 10,000 lines and one of 100 compare.
const MAX_DISTANCE: f32 = 99.0;

/// Names of the features, in row order. `m2_`/`m1_`/`p1_`/`p2_` are the lines two and one
/// before and one and two after.
pub(crate) const NAMES: [&str; COUNT] = [
    // own
    "units",
    "chars",
    "letters_share",
    "digits_share",
    "arabic_share",
    "terminal",
    "clause",
    "ends_terminal",
    "ends_period",
    "ends_colon",
    "ends_question",
    "bullet",
    "strong_glue",
    "soft_glue",
    "prose",
    "title_like",
    "cap_share",
    "upper_share",
    "separators",
    "url",
    "avg_word",
    "quotes",
    "starts_digit",
    "lower_start",
    "short_word_share",
    "repeats",
    "shape_repeats",
    "date_like",
    "has_time",
    "comment_word",
    "ev_certain",
    "ev_chrome",
    "ev_end",
    "ev_region",
    "ev_any",
    // neighbours
    "m2_units",
    "m2_prose",
    "m2_ends_terminal",
    "m2_title_like",
    "m2_ev_any",
    "m2_strong_glue",
    "m2_chars",
    "m2_cap_share",
    "m2_date_like",
    "m2_comment_word",
    "m2_shape_repeats",
    "m1_units",
    "m1_prose",
    "m1_ends_terminal",
    "m1_title_like",
    "m1_ev_any",
    "m1_strong_glue",
    "m1_chars",
    "m1_cap_share",
    "m1_date_like",
    "m1_comment_word",
    "m1_shape_repeats",
    "p1_units",
    "p1_prose",
    "p1_ends_terminal",
    "p1_title_like",
    "p1_ev_any",
    "p1_strong_glue",
    "p1_chars",
    "p1_cap_share",
    "p1_date_like",
    "p1_comment_word",
    "p1_shape_repeats",
    "p2_units",
    "p2_prose",
    "p2_ends_terminal",
    "p2_title_like",
    "p2_ev_any",
    "p2_strong_glue",
    "p2_chars",
    "p2_cap_share",
    "p2_date_like",
    "p2_comment_word",
    "p2_shape_repeats",
    // place
    "blank_before",
    "blank_after",
    "win5_units",
    "win5_prose",
    "win5_short",
    "win5_ev",
    "win10_prose",
    "win10_short",
    "rel_pos",
    "prose_before",
    "prose_after",
    "in_body",
    "dist_body",
    "dist_body_words",
    "body_score",
    "page_units",
    "page_lines",
    "page_prose_share",
    "page_max_units",
    "block_units",
    "block_lines",
    "lines_before",
    "lines_after",
    "page_dated",
    "page_comment_words",
    "since_dated",
    "until_dated",
    "digit_shape_repeats",
    "page_certain_lines",
    "page_certain_places",
    "page_certain_share",
    "cascade",
    "m1_cascade",
    "p1_cascade",
    "menu_run",
];

// Indices of the own features that other features and the decision read.
pub(crate) const UNITS: usize = 0;
const CHARS: usize = 1;
const ENDS_TERMINAL: usize = 7;
const STRONG_GLUE: usize = 12;
pub(crate) const PROSE: usize = 14;
const TITLE_LIKE: usize = 15;
const CAP_SHARE: usize = 16;
const SHAPE_REPEATS: usize = 26;
const DATE_LIKE: usize = 27;
const COMMENT_WORD: usize = 29;
/// Share of the line the sure rules removed.
pub(crate) const EV_CERTAIN: usize = 30;
const EV_ANY: usize = 34;
const EV_CHROME: usize = 31;
/// The rules' own verdict (see [`Place::new`]); read by training, which sets the evidence
/// threshold on the lines it marks.
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) const CASCADE: usize = OWN + CONTEXT * OFFSETS.len() + 31;
const EV_END: usize = 32;
const EV_REGION: usize = 33;

/// Menu entries in a row that show a page's navigation on their own, when no rule knows its
/// links: more than the lists and tables of bare short lines that articles hold (the
/// longest in the evaluation suites' clean articles has 18).
const MENU_EVIDENCE: usize = 20;

/// One row of stage-one features.
pub(crate) type Row = [f32; COUNT];

/// The rows of a document: one per non-blank line.
pub(crate) struct Table {
    /// Line index in the document of each row.
    pub(crate) lines: Vec<usize>,
    /// Each line's own features; a row copies its neighbours' from here.
    owns: Vec<[f32; OWN]>,
    place: Place,
}

impl Table {
    /// Rows in the table.
    pub(crate) fn len(&self) -> usize {
        self.owns.len()
    }

    /// Whether the sure rules took line `k` whole: it needs no decision.
    pub(crate) fn is_settled(&self, k: usize) -> bool {
        self.owns[k][EV_CERTAIN] >= 1.0
    }

    /// Whether the rules alone would remove line `k` (its `cascade` feature): the model
    /// holds it to the evidence threshold.
    pub(crate) fn is_evidence_line(&self, k: usize) -> bool {
        self.place.lines[k].cascade >= 0.5
    }

    /// Line `k`'s length in words.
    pub(crate) fn units(&self, k: usize) -> f32 {
        self.owns[k][UNITS]
    }

    /// Writes row `k` into `row`. Rows are put together when asked for rather than kept: a
    /// row is three times the size of a line's own features, and a page of many lines would
    /// hold them all.
    pub(crate) fn row(&self, k: usize, row: &mut Row) {
        row[..OWN].copy_from_slice(&self.owns[k]);
        let mut at = OWN;
        for offset in OFFSETS {
            match k.checked_add_signed(offset).and_then(|j| self.owns.get(j)) {
                Some(neighbour) => row[at..at + CONTEXT].copy_from_slice(&context(neighbour)),
                None => row[at..at + CONTEXT].fill(0.0),
            }
            at += CONTEXT;
        }
        self.place.write(k, &mut row[at..]);
    }
}

/// The rule patterns behind `date_like`, `has_time` and `comment_word`, on folded keys. They
/// name kinds of line furniture seen on many sites: dates and clock times in the scripts of
/// the crate's languages, relative times, and the words of comment sections.
struct Patterns {
    date: Regex,
    time: Regex,
    comment: Regex,
}

static PATTERNS: Lazy<Patterns> = Lazy::new(|| {
    let compile = |pattern: &str| Regex::new(pattern).expect("built-in pattern");
    Patterns {
        date: compile(
            r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)|(?-u:\b)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?-u:\b)|(?-u:\b)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ago|hours?|minutes?|days?|weeks?|months?|years?|vor|stunden?|minuten|tagen)(?-u:\b)|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|منذ|ساعات|ساعة|دقائق|دقيقة",
        ),
        time: compile(r"(?-u:\b)\d{1,2}:\d{2}(?-u:\b)|(?-u:\b)\d{1,2}\s?(?:am|pm)(?-u:\b)"),
        comment: compile(
            r"(?-u:\b)(?:repl(?:y|ies)|wrote|says|said|comments?|report|permalink|antworten|schrieb|kommentar\w*|répondre|commentaires?|responder|comentarios?|quote|likes?)(?-u:\b)|تعليق|تعليقات|رد$",
        ),
    }
});

/// FNV-1a: the rows hash short keys and shapes per line; `SipHash` would cost more than the
/// rest of the row.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Counts = HashMap<u64, u32, BuildHasherDefault<Fnv>>;

fn hash_str(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Hash of the line's shape: letters as `a`, digits as `0` (runs as one), spaces as one
/// space, other characters as themselves.
fn shape_hash(text: &str) -> u64 {
    let mut h = Fnv::default();
    let mut last = '\0';
    for c in text.chars() {
        let class = if is_letter(c) {
            'a'
        } else if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
            '0'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        };
        if class != last || !matches!(class, 'a' | '0' | ' ') {
            let mut buf = [0; 4];
            h.write(class.encode_utf8(&mut buf).as_bytes());
        }
        last = class;
    }
    h.finish()
}

/// Hash of the line's punctuation and digits only (digit runs as one `0`), or `None` when it
/// holds no digit: the shape of dated lines (bylines, comment headers, teaser dates) whatever
/// the names in them.
fn digit_shape_hash(text: &str) -> Option<u64> {
    let mut h = Fnv::default();
    let mut last = '\0';
    let mut digits = false;
    for c in text.chars() {
        let class = if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
            digits = true;
            '0'
        } else if is_letter(c) || c.is_whitespace() {
            continue;
        } else {
            c
        };
        if !(class == '0' && last == '0') {
            let mut buf = [0; 4];
            h.write(class.encode_utf8(&mut buf).as_bytes());
        }
        last = class;
    }
    digits.then(|| h.finish())
}

fn flag(b: bool) -> f32 {
    f32::from(u8::from(b))
}

#[allow(clippy::cast_precision_loss)]
fn num(n: usize) -> f32 {
    n as f32
}

/// How much of each line the rules' removals cover, by kind.
#[derive(Clone, Copy, Default)]
struct Cover {
    certain: f32,
    chrome: f32,
    end: f32,
    region: f32,
}

/// Coverage of every line by `removals`, as shares of the line's bytes.
fn coverage(doc: &Doc<'_>, removals: &[Removal]) -> Vec<Cover> {
    let mut bytes = vec![[0usize; 4]; doc.len()];
    let starts: Vec<usize> = doc.lines().map(|l| l.span().start).collect();
    for r in removals.iter().filter(|r| is_builtin(r.rule)) {
        let kind = match (&r.reason, r.is_evidence()) {
            (_, false) => 0,
            (Reason::Chrome { .. }, true) => 1,
            (Reason::AfterArticle { .. }, true) => 2,
            _ => 3,
        };
        // The last line starting at or before the span's start.
        let mut i = starts
            .partition_point(|&s| s <= r.span.start)
            .saturating_sub(1);
        while let Some(line) = doc.line(i) {
            let span = line.span();
            if span.start >= r.span.end {
                break;
            }
            let overlap = r
                .span
                .end
                .min(span.end)
                .saturating_sub(r.span.start.max(span.start));
            bytes[i][kind] += overlap;
            i += 1;
        }
    }
    doc.lines()
        .map(|line| {
            let len = num(line.span().len().max(1));
            let share = |k: usize| (num(bytes[line.index()][k]) / len).min(1.0);
            Cover {
                certain: share(0),
                chrome: share(1),
                end: share(2),
                region: share(3),
            }
        })
        .collect()
}

/// A line's own features.
fn own(line: &Line<'_>, cover: Cover, repeats: u32, shape_repeats: u32) -> [f32; OWN] {
    let text = line.text();
    let key = line.key();
    let chars = num(line.chars().max(1));
    let letters = num(line.letters());
    let stats = text::stats(text, key);
    let units = line.units();
    let patterns = (units <= MAX_PATTERN_WORDS).then(|| &*PATTERNS);
    let ev_any = cover
        .certain
        .max(cover.chrome)
        .max(cover.end)
        .max(cover.region);
    [
        num(units),
        num(line.chars()),
        letters / chars,
        num(line.digits()) / chars,
        num(line.arabic_letters()) / letters.max(1.0),
        num(line.terminal_punct()),
        num(line.clause_punct()),
        flag(line.ends_with_terminal()),
        flag(line.ends_with_period()),
        flag(line.last_char() == Some(':')),
        flag(matches!(line.last_char(), Some('?' | '!' | '؟'))),
        flag(line.is_bullet()),
        num(line.strong_glue()),
        num(line.soft_glue()),
        flag(line.is_prose()),
        flag(is_title_like(line, 12)),
        num(stats.capitals) / num(stats.cased.max(1)),
        num(stats.upper) / letters.max(1.0),
        num(stats.separators),
        flag(stats.link),
        letters / num(line.words().max(1)),
        num(stats.quotes),
        flag(line.first_char().is_some_and(|c| c.is_ascii_digit())),
        flag(line.first_char().is_some_and(char::is_lowercase)),
        num(stats.short) / num(stats.words.max(1)),
        num(repeats as usize),
        num(shape_repeats as usize),
        flag(patterns.is_some_and(|p| p.date.is_match(key))),
        flag(patterns.is_some_and(|p| line.digits() > 0 && p.time.is_match(key))),
        patterns.map_or(0.0, |p| num(p.comment.find_iter(key).count())),
        cover.certain,
        cover.chrome,
        cover.end,
        cover.region,
        ev_any,
    ]
}

/// What each neighbour contributes.
fn context(own: &[f32; OWN]) -> [f32; CONTEXT] {
    [
        own[UNITS],
        own[PROSE],
        own[ENDS_TERMINAL],
        own[TITLE_LIKE],
        own[EV_ANY],
        own[STRONG_GLUE],
        own[CHARS],
        own[CAP_SHARE],
        own[DATE_LIKE],
        own[COMMENT_WORD],
        own[SHAPE_REPEATS],
    ]
}

/// The rows of `doc`, given the built-in rules' removals and evidence on it.
pub(crate) fn table(doc: &Doc<'_>, removals: &[Removal]) -> Table {
    let cover = coverage(doc, removals);
    let lines: Vec<Line<'_>> = doc.lines().filter(|l| !l.is_blank()).collect();
    let m = lines.len();
    if m == 0 {
        return Table {
            lines: Vec::new(),
            owns: Vec::new(),
            place: Place::new(&[], &[], &[], &Counts::default()),
        };
    }
    let mut keys = Counts::default();
    let mut shapes = Counts::default();
    let mut digit_shapes = Counts::default();
    let key_hashes: Vec<u64> = lines.iter().map(|l| hash_str(l.key())).collect();
    let shape_hashes: Vec<Option<u64>> = lines
        .iter()
        .map(|l| (l.words() <= MAX_SHAPE_WORDS).then(|| shape_hash(l.text())))
        .collect();
    let digit_hashes: Vec<Option<u64>> = lines
        .iter()
        .map(|l| {
            if l.words() <= MAX_SHAPE_WORDS && l.digits() > 0 {
                digit_shape_hash(l.text())
            } else {
                None
            }
        })
        .collect();
    for k in 0..m {
        *keys.entry(key_hashes[k]).or_default() += 1;
        if let Some(h) = shape_hashes[k] {
            *shapes.entry(h).or_default() += 1;
        }
        if let Some(h) = digit_hashes[k] {
            *digit_shapes.entry(h).or_default() += 1;
        }
    }
    let owns: Vec<[f32; OWN]> = lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let shape_repeats = shape_hashes[k].map_or(0, |h| shapes[&h] - 1);
            own(
                line,
                cover[line.index()],
                keys[&key_hashes[k]] - 1,
                shape_repeats,
            )
        })
        .collect();
    let place = Place::new(&lines, &owns, &digit_hashes, &digit_shapes);
    Table {
        lines: lines.iter().map(Line::index).collect(),
        owns,
        place,
    }
}

/// The best-scoring run of lines (Kadane's maximum-sum segment) where prose lines score their
/// words and headline-like lines a penalty: the body of the article, as `first..end` and its
/// score, or `None` when nothing scores above zero.
fn body(owns: &[[f32; OWN]]) -> Option<(usize, usize, f32)> {
    let score = |o: &[f32; OWN]| {
        if o[PROSE] > 0.0 {
            o[UNITS].min(300.0)
        } else if o[TITLE_LIKE] > 0.0 {
            -(3.0 + o[UNITS].min(40.0) / 2.0)
        } else {
            -1.0
        }
    };
    let (mut best, mut sum, mut start) = (None::<(usize, usize, f32)>, 0.0f32, 0usize);
    for (k, o) in owns.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = k;
        }
        sum += score(o);
        if sum > best.map_or(0.0, |b| b.2) {
            best = Some((start, k + 1, sum));
        }
    }
    best
}

/// What a line's place features are made of: running sums over the page's lines (so that a
/// window's mean is a difference), a few numbers per line, and the page's own numbers. About
/// 40 bytes a line, where the features themselves take 124: rows are put together when asked
/// for.
struct Place {
    /// Running sums from the first line: words, words of prose, prose lines, short lines,
    /// evidence.
    units: Vec<f32>,
    prose_units: Vec<f32>,
    prose_lines: Vec<f32>,
    short_lines: Vec<f32>,
    evidence: Vec<f32>,
    lines: Vec<LinePlace>,
    page: PagePlace,
}

/// A line's own share of [`Place`].
#[derive(Clone, Copy)]
struct LinePlace {
    block_units: f32,
    block_lines: u32,
    /// Lines since the last and until the next dated short line, capped.
    since_dated: u8,
    until_dated: u8,
    digit_shape_repeats: u32,
    blank_before: bool,
    blank_after: bool,
    /// What the rules alone would remove of the line on a page that shows page chrome (see
    /// [`Place::new`]).
    cascade: f32,
}

/// The page's numbers.
struct PagePlace {
    prose_units: f32,
    units: f32,
    prose_share: f32,
    max_units: f32,
    /// The body of prose: first and end line, and its score.
    body: Option<(usize, usize, f32)>,
    dated: f32,
    comment_words: f32,
    certain_lines: f32,
    certain_places: f32,
    /// The longest run of menu entries (blank lines do not break it), capped.
    menu_run: f32,
}

/// Running sums of `f` over `0..m`.
fn running(m: usize, f: impl Fn(usize) -> f32) -> Vec<f32> {
    let mut sums = vec![0.0f32; m + 1];
    for k in 0..m {
        sums[k + 1] = sums[k] + f(k);
    }
    sums
}

/// Distances from each line to the last (`forward`) or next flagged line, capped.
fn distances(flags: &[bool], forward: bool) -> Vec<u8> {
    let m = flags.len();
    let mut out = vec![u8::MAX; m];
    let mut last = None;
    let order: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(0..m)
    } else {
        Box::new((0..m).rev())
    };
    for k in order {
        if let Some(l) = last {
            let d: usize = if forward { k - l } else { l - k };
            out[k] = u8::try_from(d).unwrap_or(u8::MAX);
        }
        if flags[k] {
            last = Some(k);
        }
    }
    out
}

impl Place {
    fn new(
        lines: &[Line<'_>],
        owns: &[[f32; OWN]],
        digit_hashes: &[Option<u64>],
        digit_shapes: &Counts,
    ) -> Place {
        let m = owns.len();
        let prose = |k: usize| owns[k][PROSE] > 0.0;
        let units = running(m, |k| owns[k][UNITS]);
        let prose_units = running(m, |k| if prose(k) { owns[k][UNITS] } else { 0.0 });
        let prose_lines = running(m, |k| flag(prose(k)));
        let short_lines = running(m, |k| flag(owns[k][UNITS] <= 3.0));
        let evidence = running(m, |k| owns[k][EV_ANY]);
        // Dated short lines: bylines, comment headers, teaser dates.
        let dated: Vec<bool> = owns
            .iter()
            .map(|o| o[DATE_LIKE] > 0.0 && o[UNITS] <= 15.0)
            .collect();
        let since = distances(&dated, true);
        let until = distances(&dated, false);
        // Lines the sure rules took, and in how many places.
        let certain: Vec<bool> = owns.iter().map(|o| o[EV_CERTAIN] >= 0.5).collect();
        let certain_places = (0..m)
            .filter(|&k| certain[k] && (k == 0 || !certain[k - 1]))
            .count();
        // The rules' verdict on their own: what is sure goes; evidence goes too on a page
        // that shows page chrome, where the sure rules (or the end-of-article marker) took
        // text in two places or more, or a long menu stands. A feature, not a decision.
        let taken = |k: usize| owns[k][EV_CERTAIN] > 0.0 || owns[k][EV_END] > 0.0;
        let taken_places = (0..m)
            .filter(|&k| taken(k) && (k == 0 || !taken(k - 1)))
            .count();
        let (mut menu_run, mut run) = (0usize, 0usize);
        for line in lines {
            run = if is_menu_entry(line) { run + 1 } else { 0 };
            menu_run = menu_run.max(run);
        }
        let corroborated = taken_places >= 2 || menu_run >= MENU_EVIDENCE;
        let cascade = |k: usize| {
            let o = &owns[k];
            let unsure = if corroborated {
                o[EV_CHROME].max(o[EV_REGION])
            } else {
                0.0
            };
            o[EV_CERTAIN].max(o[EV_END]).max(unsure)
        };
        let mut per_line = Vec::with_capacity(m);
        // Blocks: runs of lines with no blank line between them.
        let mut k = 0;
        while k < m {
            let mut e = k + 1;
            while e < m && lines[e].index() == lines[e - 1].index() + 1 {
                e += 1;
            }
            for j in k..e {
                per_line.push(LinePlace {
                    block_units: units[e] - units[k],
                    block_lines: u32::try_from(e - k).unwrap_or(u32::MAX),
                    since_dated: since[j],
                    until_dated: until[j],
                    digit_shape_repeats: digit_hashes[j].map_or(0, |h| digit_shapes[&h]),
                    blank_before: lines[j].index() > 0
                        && (j == 0 || lines[j - 1].index() + 1 < lines[j].index()),
                    blank_after: j + 1 < m && lines[j].index() + 1 < lines[j + 1].index(),
                    cascade: cascade(j),
                });
            }
            k = e;
        }
        let page = PagePlace {
            prose_units: prose_units[m],
            units: units[m],
            prose_share: prose_lines[m] / num(m),
            max_units: owns.iter().map(|o| o[UNITS]).fold(0.0, f32::max),
            body: body(owns),
            dated: num(dated.iter().filter(|&&d| d).count()),
            comment_words: num(owns.iter().filter(|o| o[COMMENT_WORD] > 0.0).count()),
            certain_lines: num(certain.iter().filter(|&&c| c).count()),
            certain_places: num(certain_places),
            menu_run: num(menu_run.min(99)),
        };
        Place {
            units,
            prose_units,
            prose_lines,
            short_lines,
            evidence,
            lines: per_line,
            page,
        }
    }

    /// Line `k`'s place features.
    fn write(&self, k: usize, out: &mut [f32]) {
        let m = self.lines.len();
        let window = |sums: &[f32], r: usize| {
            let (a, b) = (k.saturating_sub(r), (k + r + 1).min(m));
            (sums[b] - sums[a]) / num(b - a)
        };
        let line = self.lines[k];
        let page = &self.page;
        let (in_body, dist, dist_words, score) = match page.body {
            Some((s, _, score)) if k < s => {
                (0.0, -num(s - k), self.units[s] - self.units[k], score)
            }
            Some((_, e, score)) if k >= e => (
                0.0,
                num(k + 1 - e),
                self.units[k + 1] - self.units[e],
                score,
            ),
            Some((_, _, score)) => (1.0, 0.0, 0.0, score),
            None => (0.0, 999.0, 99_999.0, 0.0),
        };
        let capped = |d: u8| num(usize::from(d)).min(MAX_DISTANCE);
        out.copy_from_slice(&[
            flag(line.blank_before),
            flag(line.blank_after),
            window(&self.units, 5),
            window(&self.prose_lines, 5),
            window(&self.short_lines, 5),
            window(&self.evidence, 5),
            window(&self.prose_lines, 10),
            window(&self.short_lines, 10),
            num(k) / num(m),
            self.prose_units[k] / page.prose_units.max(1.0),
            (page.prose_units - self.prose_units[k + 1]) / page.prose_units.max(1.0),
            in_body,
            dist,
            dist_words,
            score,
            page.units,
            num(m),
            page.prose_share,
            page.max_units,
            line.block_units,
            num(line.block_lines as usize),
            num(k),
            num(m - 1 - k),
            page.dated,
            page.comment_words,
            capped(line.since_dated),
            capped(line.until_dated),
            num(line.digit_shape_repeats as usize),
            page.certain_lines,
            page.certain_places,
            page.certain_lines / num(m),
            line.cascade,
            k.checked_sub(1).map_or(0.0, |j| self.lines[j].cascade),
            self.lines.get(k + 1).map_or(0.0, |l| l.cascade),
            page.menu_run,
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Place features computed directly, line by line, from the lines' own features: the
    /// twin of [`Place`]'s running sums. One list of every feature in order, as `NAMES` is:
    /// splitting it would hide the order the twin checks.
    #[allow(clippy::too_many_lines)]
    fn naive_place(
        lines: &[Line<'_>],
        owns: &[[f32; OWN]],
        digit: &[Option<u64>],
    ) -> Vec<Vec<f32>> {
        let m = owns.len();
        let units = |k: usize| owns[k][UNITS];
        let prose = |k: usize| owns[k][PROSE] > 0.0;
        let sum =
            |range: std::ops::Range<usize>, f: &dyn Fn(usize) -> f32| range.map(f).sum::<f32>();
        let total_prose = sum(0..m, &|k| if prose(k) { units(k) } else { 0.0 });
        let dated = |k: usize| owns[k][DATE_LIKE] > 0.0 && owns[k][UNITS] <= 15.0;
        let certain = |k: usize| owns[k][EV_CERTAIN] >= 0.5;
        let body = body(owns);
        let taken = |k: usize| owns[k][EV_CERTAIN] > 0.0 || owns[k][EV_END] > 0.0;
        let taken_places = (0..m)
            .filter(|&k| taken(k) && (k == 0 || !taken(k - 1)))
            .count();
        let menu_run = (0..m)
            .map(|k| {
                (0..=k)
                    .rev()
                    .take_while(|&j| is_menu_entry(&lines[j]))
                    .count()
            })
            .max()
            .unwrap_or(0);
        let corroborated = taken_places >= 2 || menu_run >= MENU_EVIDENCE;
        let cascade = |k: usize| {
            let unsure = if corroborated {
                owns[k][EV_CHROME].max(owns[k][EV_REGION])
            } else {
                0.0
            };
            owns[k][EV_CERTAIN].max(owns[k][EV_END]).max(unsure)
        };
        (0..m)
            .map(|k| {
                let window = |f: &dyn Fn(usize) -> f32, r: usize| {
                    let (a, b) = (k.saturating_sub(r), (k + r + 1).min(m));
                    sum(a..b, f) / num(b - a)
                };
                let mut first = k;
                while first > 0 && lines[first - 1].index() + 1 == lines[first].index() {
                    first -= 1;
                }
                let mut end = k + 1;
                while end < m && lines[end].index() == lines[end - 1].index() + 1 {
                    end += 1;
                }
                let since = (0..k)
                    .rev()
                    .find(|&j| dated(j))
                    .map_or(MAX_DISTANCE, |j| num(k - j).min(MAX_DISTANCE));
                let until = (k + 1..m)
                    .find(|&j| dated(j))
                    .map_or(MAX_DISTANCE, |j| num(j - k).min(MAX_DISTANCE));
                let (in_body, dist, dist_words, score) = match body {
                    Some((s, _, score)) if k < s => (0.0, -num(s - k), sum(k..s, &units), score),
                    Some((_, e, score)) if k >= e => {
                        (0.0, num(k + 1 - e), sum(e..k + 1, &units), score)
                    }
                    Some((_, _, score)) => (1.0, 0.0, 0.0, score),
                    None => (0.0, 999.0, 99_999.0, 0.0),
                };
                let same_digits =
                    digit[k].map_or(0, |h| digit.iter().filter(|d| **d == Some(h)).count());
                let certain_lines = (0..m).filter(|&j| certain(j)).count();
                vec![
                    flag(
                        lines[k].index() > 0
                            && (k == 0 || lines[k - 1].index() + 1 < lines[k].index()),
                    ),
                    flag(k + 1 < m && lines[k].index() + 1 < lines[k + 1].index()),
                    window(&units, 5),
                    window(&|j| flag(prose(j)), 5),
                    window(&|j| flag(units(j) <= 3.0), 5),
                    window(&|j| owns[j][EV_ANY], 5),
                    window(&|j| flag(prose(j)), 10),
                    window(&|j| flag(units(j) <= 3.0), 10),
                    num(k) / num(m),
                    sum(0..k, &|j| if prose(j) { units(j) } else { 0.0 }) / total_prose.max(1.0),
                    sum(k + 1..m, &|j| if prose(j) { units(j) } else { 0.0 })
                        / total_prose.max(1.0),
                    in_body,
                    dist,
                    dist_words,
                    score,
                    sum(0..m, &units),
                    num(m),
                    num((0..m).filter(|&j| prose(j)).count()) / num(m),
                    (0..m).map(units).fold(0.0, f32::max),
                    sum(first..end, &units),
                    num(end - first),
                    num(k),
                    num(m - 1 - k),
                    num((0..m).filter(|&j| dated(j)).count()),
                    num((0..m).filter(|&j| owns[j][COMMENT_WORD] > 0.0).count()),
                    since,
                    until,
                    num(same_digits),
                    num(certain_lines),
                    num((0..m)
                        .filter(|&j| certain(j) && (j == 0 || !certain(j - 1)))
                        .count()),
                    num(certain_lines) / num(m),
                    cascade(k),
                    if k > 0 { cascade(k - 1) } else { 0.0 },
                    if k + 1 < m { cascade(k + 1) } else { 0.0 },
                    num(menu_run.min(99)),
                ]
            })
            .collect()
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() <= 1e-3 * (1.0 + a.abs().max(b.abs()))
    }

    proptest! {
        #[test]
        fn place_matches_naive_twin(
            lines in prop::collection::vec("(|[a-z]{1,8}( [a-z]{1,8}){0,30}[.]?|May 2, 2012|Reply|x [0-9]{1,2}:[0-9]{2})", 1..40),
        ) {
            let text = lines.join("\n");
            let doc = Doc::new(&text);
            let table = table(&doc, &[]);
            let nonblank: Vec<Line<'_>> = doc.lines().filter(|l| !l.is_blank()).collect();
            let digit: Vec<Option<u64>> = nonblank
                .iter()
                .map(|l| if l.words() <= MAX_SHAPE_WORDS && l.digits() > 0 { digit_shape_hash(l.text()) } else { None })
                .collect();
            let naive = naive_place(&nonblank, &table.owns, &digit);
            let mut row = [0.0; COUNT];
            for (k, expected) in naive.iter().enumerate() {
                table.row(k, &mut row);
                let got = &row[OWN + CONTEXT * OFFSETS.len()..];
                for (i, (a, b)) in got.iter().zip(expected).enumerate() {
                    prop_assert!(close(*a, *b), "line {} feature {}: {} vs {}", k, NAMES[OWN + CONTEXT * OFFSETS.len() + i], a, b);
                }
            }
        }
    }
}
