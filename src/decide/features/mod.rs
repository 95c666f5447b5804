//! What the line model sees of each line: its own shape, its neighbours', where it sits on
//! the page, and the rules' evidence.
//!
//! Every feature is a number computed from the [`Doc`] and the built-in rules' removals, in
//! time linear in the document. Blank lines get no row; "neighbours" and windows count
//! non-blank lines only. The same code computes the rows for training (`examples/train_model`)
//! and for cleaning, so the model sees at run time exactly what it was trained on.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};

use once_cell::sync::Lazy;
use regex::Regex;

use super::text;
use crate::char_table::{CharInfo, InfoTable};
use crate::doc::{Doc, Line};
use crate::lexicon::{
    COMMENT_FEATURE_ENDINGS, COMMENT_FEATURE_STEMS, COMMENT_FEATURE_WORDS, DATE_FEATURE_WORDS,
    TIME_FEATURE_WORDS,
};
use crate::phrases::Fnv;
use crate::rule::{Reason, Removal};
use crate::rules::{is_builtin, is_title_like};

mod latin_words;
mod place;

use latin_words::LatinWords;
use place::Place;

/// Features of one line's own text and evidence.
pub(crate) const OWN: usize = 35;
/// Features copied from each neighbour.
const CONTEXT: usize = 11;
/// Neighbours seen: two before and two after.
const OFFSETS: [isize; 4] = [-2, -1, 1, 2];
/// How far the farthest neighbour seen is, in rows.
const REACH: usize = 2;
/// Features of the line's place on the page.
const PLACE: usize = 35;
/// All features of stage one.
pub(crate) const COUNT: usize = OWN + CONTEXT * OFFSETS.len() + PLACE;

/// Longest line, in words, whose dates, times and comment words are looked for: longer lines
/// are sentences, where such words say nothing about boilerplate.
pub(crate) const MAX_PATTERN_WORDS: usize = 30;
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
const UPPER_SHARE: usize = 17;
const SEPARATORS: usize = 18;
const URL: usize = 19;
const QUOTES: usize = 21;
const SHORT_WORD_SHARE: usize = 24;
const REPEATS: usize = 25;
const SHAPE_REPEATS: usize = 26;
const DATE_LIKE: usize = 27;
/// Whether the line holds a clock time; read by no other feature (see [`Rows::Read`]).
pub(crate) const HAS_TIME: usize = 28;
const COMMENT_WORD: usize = 29;
/// Share of the line the sure rules removed.
pub(crate) const EV_CERTAIN: usize = 30;
const EV_ANY: usize = 34;
const EV_CHROME: usize = 31;
/// The rules' own verdict (see [`Place::new`]); read by training, which sets the evidence
/// threshold on the lines it marks.
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) const CASCADE: usize = OWN + CONTEXT * OFFSETS.len() + 31;
/// Whether the line lies in the body of the article (see [`Place::new`]): there, only the
/// rules' word takes a line. Training reads it from the rows; the decision asks
/// [`Table::is_in_body`], which a test holds to the same answer.
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) const IN_BODY: usize = OWN + CONTEXT * OFFSETS.len() + 11;
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
    /// The table of a page without text.
    fn empty() -> Table {
        Table {
            lines: Vec::new(),
            owns: Vec::new(),
            place: Place::new(&[], &[], &[]),
        }
    }

    /// Rows in the table.
    pub(crate) fn len(&self) -> usize {
        self.owns.len()
    }

    /// Whether the sure rules took line `k` whole: it needs no decision.
    pub(crate) fn is_settled(&self, k: usize) -> bool {
        self.owns[k][EV_CERTAIN] >= 1.0
    }

    /// Whether the sure rules took part of line `k`, not all of it.
    pub(crate) fn is_cut_inside(&self, k: usize) -> bool {
        let share = self.owns[k][EV_CERTAIN];
        share > 0.0 && share < 1.0
    }

    /// Whether the rules alone would remove line `k` (its `cascade` feature): the model
    /// holds it to the evidence threshold.
    pub(crate) fn is_evidence_line(&self, k: usize) -> bool {
        self.place.lines[k].cascade >= 0.5
    }

    /// Whether line `k` lies in the body of the article: the best-scoring run of prose lines
    /// (its `in_body` feature).
    pub(crate) fn is_in_body(&self, k: usize) -> bool {
        self.place.is_in_body(k)
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
/// the crate's languages, relative times, and the words of comment sections. Their words are
/// the lexicon's tables `date_feature_words`, `time_feature_words` and `comment_feature_*`.
struct Patterns {
    date: Regex,
    time: Regex,
    comment: Regex,
}

/// A year (`1999`, `2024`) or a numeric date (`3/11/2015`, `15.05.19`), as whole ASCII words.
const NUMERIC_DATE: &str =
    r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)|(?-u:\b)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?-u:\b)";

/// A clock time (`3:46`), as a whole ASCII word.
const CLOCK_TIME: &str = r"(?-u:\b)\d{1,2}:\d{2}(?-u:\b)";

/// The pattern of the words of a line-model feature: `words` and `stems` (with any ending)
/// that are ASCII as whole ASCII words, the others anywhere (Arabic words take clitics).
/// Empty when both are.
pub(crate) fn words_pattern(words: &[&str], stems: &[&str]) -> String {
    let latin: Vec<String> = words
        .iter()
        .filter(|w| w.is_ascii())
        .map(|w| regex::escape(w))
        .chain(
            stems
                .iter()
                .filter(|s| s.is_ascii())
                .map(|s| format!(r"{}\w*", regex::escape(s))),
        )
        .collect();
    let mut parts = Vec::new();
    if !latin.is_empty() {
        parts.push(format!(r"(?-u:\b)(?:{})(?-u:\b)", latin.join("|")));
    }
    parts.extend(
        words
            .iter()
            .chain(stems)
            .filter(|w| !w.is_ascii())
            .map(|w| regex::escape(w)),
    );
    parts.join("|")
}

/// The pattern of an hour followed by one of `suffixes` (`9 am`, `11pm`), as a whole ASCII
/// word.
pub(crate) fn hour_pattern(suffixes: &[&str]) -> String {
    let suffixes: Vec<String> = suffixes.iter().map(|s| regex::escape(s)).collect();
    format!(r"(?-u:\b)\d{{1,2}}\s?(?:{})(?-u:\b)", suffixes.join("|"))
}

/// The pattern of `endings`: words counted only at the end of a key.
pub(crate) fn ending_pattern(endings: &[&str]) -> String {
    let endings: Vec<String> = endings.iter().map(|s| regex::escape(s)).collect();
    format!("(?:{})$", endings.join("|"))
}

static PATTERNS: Lazy<Patterns> = Lazy::new(|| {
    let compile = |pattern: &str| Regex::new(pattern).expect("built-in pattern");
    Patterns {
        date: compile(&format!(
            "{NUMERIC_DATE}|{}",
            words_pattern(&DATE_FEATURE_WORDS, &[])
        )),
        time: compile(&format!(
            "{CLOCK_TIME}|{}",
            hour_pattern(&TIME_FEATURE_WORDS)
        )),
        comment: compile(&format!(
            "{}|{}",
            words_pattern(&COMMENT_FEATURE_WORDS, &COMMENT_FEATURE_STEMS),
            ending_pattern(&COMMENT_FEATURE_ENDINGS)
        )),
    }
});

/// The Latin words of [`PATTERNS`]' `date` and `comment`, which tell their answers on most
/// keys without a search; `None` if the lexicon's words cannot be looked up one by one.
static LATIN_WORDS: Lazy<Option<LatinWords>> = Lazy::new(|| {
    LatinWords::new(
        DATE_FEATURE_WORDS.as_slice(),
        COMMENT_FEATURE_WORDS.as_slice(),
        COMMENT_FEATURE_STEMS.as_slice(),
        COMMENT_FEATURE_ENDINGS.as_slice(),
    )
});

/// The hasher of the rows' counting maps, which count lines by their keys and by the hashes
/// of their shapes: eight bytes at a time, each mixed in by one multiply (the two halves of
/// the 128-bit product xor-ed, as foldhash does), from a seed drawn for each map
/// ([`Seed`]). FNV-1a, a multiply per byte one after the other, took 2.3 times as long to
/// count the keys of the real pages, and eight multiplies for each shape hash. The seed keeps
/// a page from piling its keys onto one bucket of the table: without it, keys that collide
/// could be written down (the table then compares each new key with all of them).
struct WordHasher(u64);

impl WordHasher {
    /// The fractional part of the golden ratio, odd: every bit of a word reaches the top half
    /// of the product.
    const FACTOR: u64 = 0x9e37_79b9_7f4a_7c15;

    fn add(&mut self, word: u64) {
        let product = u128::from(self.0 ^ word) * u128::from(WordHasher::FACTOR);
        self.0 = (product as u64) ^ ((product >> 64) as u64);
    }
}

impl Hasher for WordHasher {
    /// The bytes' length goes into the last word, so that keys that differ only in trailing
    /// zero bytes hash apart.
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut full = [0; 8];
            full.copy_from_slice(word);
            self.add(u64::from_le_bytes(full));
        }
        let rest = words.remainder();
        let mut last = [0; 8];
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ ((bytes.len() as u64) << 56));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The seed of a counting map's [`WordHasher`]s, drawn from the standard library's random
/// keys. Only where keys land in the table depends on it, never a count.
#[derive(Clone, Copy)]
struct Seed(u64);

impl Seed {
    fn random() -> Seed {
        Seed(RandomState::new().hash_one(0u64))
    }
}

impl BuildHasher for Seed {
    type Hasher = WordHasher;

    fn build_hasher(&self) -> WordHasher {
        WordHasher(self.0)
    }
}

/// For each of `items`, how many of them are equal to it (0 for `None`): lines counted by
/// their key or the hash of their shape.
///
/// Each item is looked up once, and its group's count read from a list at the end. Counted
/// in a map first and looked up again, each line's key was hashed and compared twice: over
/// 200 real pages the feature tables took 189.0M instructions that way, 183.0M this way.
fn repeats<K: Hash + Eq>(items: impl ExactSizeIterator<Item = Option<K>>) -> Vec<u32> {
    let mut groups: HashMap<K, usize, Seed> =
        HashMap::with_capacity_and_hasher(items.len(), Seed::random());
    let mut sizes: Vec<u32> = Vec::new();
    let group_of: Vec<Option<usize>> = items
        .map(|item| {
            let key = item?;
            let next = sizes.len();
            let group = *groups.entry(key).or_insert(next);
            if group == next {
                sizes.push(0);
            }
            sizes[group] += 1;
            Some(group)
        })
        .collect();
    group_of
        .into_iter()
        .map(|group| group.map_or(0, |g| sizes[g]))
        .collect()
}

/// The class a character stands for in a line's shape: `a` for a letter, `0` for a digit,
/// ` ` for white space, else the character itself.
///
/// ASCII characters, most of those on real pages, are told apart by their byte: the same
/// answers as [`is_letter`](crate::script::is_letter), `char::is_ascii_digit` and
/// `char::is_whitespace` give them, without the calls (the shape hashes took 44M of the 264M
/// instructions of the feature table over a tenth of the real pages). The others are looked
/// up in the crate's table of characters ([`InfoTable`]), which holds the same answers:
/// `char::is_numeric` searches Unicode's tables on every call.
fn shape_class(c: char) -> char {
    match c {
        'a'..='z' | 'A'..='Z' => 'a',
        '0'..='9' => '0',
        ' ' | '\t'..='\r' => ' ',
        _ if c.is_ascii() => c,
        _ => {
            let info = InfoTable::get().info(c);
            if info.has(CharInfo::LETTER) {
                'a'
            } else if info.has(CharInfo::DIGIT) {
                '0'
            } else if info.has(CharInfo::SPACE) {
                ' '
            } else {
                c
            }
        }
    }
}

/// [`shape_class`] of each ASCII character, looked up.
static ASCII_SHAPE_CLASS: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        classes[b as usize] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => b'a',
            b'0'..=b'9' => b'0',
            b' ' | b'\t'..=b'\r' => b' ',
            _ => b,
        };
        b += 1;
    }
    classes
};

/// Writes `c` to `h` as UTF-8; an ASCII character as its one byte.
fn write_char(h: &mut Fnv, c: char) {
    if c.is_ascii() {
        h.write(&[c as u8]);
    } else {
        let mut buf = [0; 4];
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// Hash of the line's shape: letters as `a`, digits as `0` (runs as one), spaces as one
/// space, other characters as themselves.
///
/// Byte by byte, decoding only characters outside ASCII, and the ASCII letters after a
/// letter (most of a short line), which add nothing to the hash, are stepped over in a
/// loop of their own: over 200 dev pages the hashes took 25.5M of the 222M instructions of
/// the feature tables, decoded and classed a character at a time.
fn shape_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut h = Fnv::default();
    let mut last = '\0';
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let class = if b.is_ascii() {
            at += 1;
            char::from(ASCII_SHAPE_CLASS[usize::from(b)])
        } else {
            let c = char_at(text, at);
            at += c.len_utf8();
            shape_class(c)
        };
        if class != last || !matches!(class, 'a' | '0' | ' ') {
            write_char(&mut h, class);
        }
        last = class;
        if class == 'a' {
            while bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
                at += 1;
            }
        }
    }
    h.finish()
}

/// The character of `text` that starts at byte `at` (`'\0'` past its end or inside a
/// character): the two shape hashes step over ASCII bytes themselves and decode the rest.
fn char_at(text: &str, at: usize) -> char {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or('\0')
}

/// Hash of the line's punctuation and digits only (digit runs as one `0`), or `None` when it
/// holds no digit: the shape of dated lines (bylines, comment headers, teaser dates) whatever
/// the names in them.
///
/// Byte by byte as [`shape_hash`], decoding only characters outside ASCII.
fn digit_shape_hash(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let mut h = Fnv::default();
    let mut last = '\0';
    let mut digits = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let class = if b.is_ascii() {
            at += 1;
            match ASCII_SHAPE_CLASS[usize::from(b)] {
                b'a' | b' ' => continue,
                class => char::from(class),
            }
        } else {
            let c = char_at(text, at);
            at += c.len_utf8();
            // A digit before a letter: a character both numeric and alphabetic (`Ⅻ`) is a
            // digit here, though a letter in [`shape_hash`]. Read from the table of
            // characters, as in [`shape_class`].
            let info = InfoTable::get().info(c);
            if info.has(CharInfo::DIGIT) {
                '0'
            } else if info.has(CharInfo::LETTER | CharInfo::SPACE) {
                continue;
            } else {
                c
            }
        };
        digits |= class == '0';
        if !(class == '0' && last == '0') {
            write_char(&mut h, class);
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

/// How much of each line of a document the built-in rules' removals cover, by kind: what the
/// rows' evidence features are made of.
pub(crate) struct Coverage(Vec<Cover>);

impl Coverage {
    /// Whether some line is an evidence line that no sure rule took whole
    /// ([`Table::is_evidence_line`], not [`Table::is_settled`]): half or more of it is covered
    /// by a sure removal or the end-of-article marker, or, on a page that shows chrome
    /// ([`place::shows_chrome`]), by the rules' unsure findings (its `cascade` feature). When
    /// no line is, a model that keeps every line the rules say nothing about removes nothing,
    /// and no row need be built: on a clean page, on most second passes, and on a quarter of
    /// the rest, whose evidence the page's chrome does not back.
    pub(crate) fn may_hold_evidence_line(&self, doc: &Doc<'_>) -> bool {
        let non_blank = || {
            doc.lines()
                .zip(self.0.iter().copied())
                .filter(|(line, _)| !line.is_blank())
        };
        let open = |c: &Cover, share: f32| c.certain < 1.0 && share >= 0.5;
        if non_blank().any(|(_, c)| open(&c, c.certain.max(c.end))) {
            return true;
        }
        if !non_blank().any(|(_, c)| open(&c, c.chrome.max(c.region))) {
            return false;
        }
        // Only here (a page whose unsure evidence waits on its chrome) are the lines kept.
        let covered: Vec<(Line<'_>, Cover)> = non_blank().collect();
        let taken = place::places(covered.len(), |k| {
            covered[k].1.certain > 0.0 || covered[k].1.end > 0.0
        });
        let lines: Vec<Line<'_>> = covered.iter().map(|(line, _)| *line).collect();
        place::shows_chrome(taken, place::menu_run(&lines))
    }
}

/// Coverage of every line by `removals`, as shares of the line's bytes.
pub(crate) fn coverage(doc: &Doc<'_>, removals: &[Removal]) -> Coverage {
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
    let cover = doc
        .lines()
        .map(|line| {
            // Most lines are covered by nothing: their shares are 0 without dividing.
            if bytes[line.index()] == [0; 4] {
                return Cover::default();
            }
            let len = num(line.span().len().max(1));
            let share = |k: usize| (num(bytes[line.index()][k]) / len).min(1.0);
            Cover {
                certain: share(0),
                chrome: share(1),
                end: share(2),
                region: share(3),
            }
        })
        .collect();
    Coverage(cover)
}

/// Which rows [`table_from`] fills in whole.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rows {
    /// Every row: for training, and the twin the tests hold [`Rows::Read`] to.
    All,
    /// The rows a decision reads: a line that the sure rules took whole ([`Table::is_settled`])
    /// is never scored, and if every line within two of it is settled too, it is no scored
    /// line's neighbour either, so the features of its own that come from counting its bytes
    /// ([`TEXT_COUNTED`]) are left at 0: neither its place on the page nor the stacked
    /// features read them. Such lines (runs of menu and footer lines the rules took) were a
    /// third of the rows over a tenth of the real pages (15,338 of 48,037).
    ///
    /// `has_time` is left at 0 on every row unless `times` (some forest of the model asks
    /// about it): it is no neighbour's feature and no part of the line's place, and the
    /// built-in model's trees do not ask about it, so its pattern, which reads every byte
    /// of a line with a digit, need not run.
    Read { times: bool },
}

/// The own features that [`text::stats`] and the clock-time pattern give, which only a
/// line's own row and its neighbours' read ([`Rows::Read`]).
#[cfg_attr(not(test), allow(dead_code))]
const TEXT_COUNTED: [usize; 7] = [
    CAP_SHARE,
    UPPER_SHARE,
    SEPARATORS,
    URL,
    QUOTES,
    SHORT_WORD_SHARE,
    HAS_TIME,
];

/// A line's own features but those [`counted_into`] writes, which are 0: the ones its place
/// on the page is made of, with the rest of the line's own shape and evidence.
fn own(line: &Line<'_>, cover: Cover) -> [f32; OWN] {
    let key = line.key();
    let chars = num(line.chars().max(1));
    let letters = num(line.letters());
    let units = line.units();
    // Dates and comment words, on a line short enough: what its Latin words tell, the rest
    // from the patterns.
    let (date_like, comment_words) = if units <= MAX_PATTERN_WORDS {
        LATIN_WORDS
            .as_ref()
            .and_then(|words| words.read(key))
            .unwrap_or_else(|| {
                (
                    PATTERNS.date.is_match(key),
                    PATTERNS.comment.find_iter(key).count(),
                )
            })
    } else {
        (false, 0)
    };
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
        0.0, // cap_share, from `counted_into` as the three below
        0.0, // upper_share
        0.0, // separators
        0.0, // url
        letters / num(line.words().max(1)),
        0.0, // quotes, from `counted_into`
        flag(line.first_char().is_some_and(|c| c.is_ascii_digit())),
        flag(line.first_char().is_some_and(char::is_lowercase)),
        0.0, // short_word_share, from `counted_into` as the two below
        0.0, // repeats
        0.0, // shape_repeats
        flag(date_like),
        0.0, // has_time, from `counted_into`
        num(comment_words),
        cover.certain,
        cover.chrome,
        cover.end,
        cover.region,
        ev_any,
    ]
}

/// Writes the rest of a line's own features into `own` (see [`own`]): how often its key and
/// its shape repeat on the page, and with `counted` those of [`TEXT_COUNTED`] (with `times`
/// `has_time` among them), which are left 0 otherwise.
///
/// Apart from [`own`] because the place on the page and the rules' evidence do not read
/// them: a decision that finds no line to decide there needs none of them (see
/// [`table_when`]).
fn counted_into(
    own: &mut [f32; OWN],
    line: &Line<'_>,
    repeats: u32,
    shape_repeats: u32,
    counted: bool,
    times: bool,
) {
    own[REPEATS] = num(repeats as usize);
    own[SHAPE_REPEATS] = num(shape_repeats as usize);
    if !counted {
        return;
    }
    let key = line.key();
    let letters = num(line.letters());
    let stats = text::stats(line.text(), key);
    own[CAP_SHARE] = num(stats.capitals) / num(stats.cased.max(1));
    own[UPPER_SHARE] = num(stats.upper) / letters.max(1.0);
    own[SEPARATORS] = num(stats.separators);
    own[URL] = flag(stats.link);
    own[QUOTES] = num(stats.quotes);
    own[SHORT_WORD_SHARE] = num(stats.short) / num(stats.words.max(1));
    let clock = times && line.units() <= MAX_PATTERN_WORDS && line.digits() > 0;
    own[HAS_TIME] = flag(clock && PATTERNS.time.is_match(key));
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

/// The rows of `doc`, given the built-in rules' removals and evidence on it: what training
/// reads (cleaning builds the coverage first, see [`Coverage::may_hold_evidence_line`]).
#[cfg_attr(not(any(test, feature = "train")), allow(dead_code))]
pub(crate) fn table(doc: &Doc<'_>, removals: &[Removal]) -> Table {
    table_from(doc, &coverage(doc, removals), Rows::All)
}

/// The rows of `doc`, given its [`coverage`] by the built-in rules' removals and evidence;
/// `rows` says which of them are filled in whole.
pub(crate) fn table_from(doc: &Doc<'_>, cover: &Coverage, rows: Rows) -> Table {
    table_when(doc, cover, rows, |_| true).unwrap_or_else(Table::empty)
}

/// How many rows have each row's digit shape ([`digit_shape_hash`]), itself included; 0 for
/// a row without one.
fn digit_shapes(lines: &[Line<'_>]) -> Vec<u32> {
    repeats(lines.iter().map(|l| {
        if l.words() <= MAX_SHAPE_WORDS && l.digits() > 0 {
            digit_shape_hash(l.text())
        } else {
            None
        }
    }))
}

/// [`table_from`], if `wanted` holds of the table as its lines' place and evidence make it:
/// whether a row is settled, an evidence line or in the body can be asked, not the features
/// [`counted_into`] adds, which are then computed only for a wanted table. A decision that
/// finds no line to decide in a table (a quarter of the tables built over 200 dev pages, whose
/// evidence lies under the cascade's threshold) skips the costlier half of its features.
pub(crate) fn table_when(
    doc: &Doc<'_>,
    cover: &Coverage,
    rows: Rows,
    wanted: impl FnOnce(&Table) -> bool,
) -> Option<Table> {
    let Coverage(cover) = cover;
    let lines: Vec<Line<'_>> = doc.lines().filter(|l| !l.is_blank()).collect();
    let m = lines.len();
    if m == 0 {
        return Some(Table::empty());
    }
    let digit_shapes = digit_shapes(&lines);
    let owns: Vec<[f32; OWN]> = lines
        .iter()
        .map(|line| own(line, cover[line.index()]))
        .collect();
    let place = Place::new(&lines, &owns, &digit_shapes);
    let mut table = Table {
        lines: lines.iter().map(Line::index).collect(),
        owns,
        place,
    };
    if !wanted(&table) {
        return None;
    }
    let keys = repeats(lines.iter().map(|l| Some(l.key())));
    let shapes = repeats(
        lines
            .iter()
            .map(|l| (l.words() <= MAX_SHAPE_WORDS).then(|| shape_hash(l.text()))),
    );
    let settled: Vec<bool> = (0..m).map(|k| table.is_settled(k)).collect();
    // Whether a scored row reads line `k`'s counted features: its own, or a neighbour's.
    let read = |k: usize| {
        let near = k.saturating_sub(REACH)..(k + REACH + 1).min(m);
        rows == Rows::All || settled[near].contains(&false)
    };
    let times = match rows {
        Rows::All => true,
        Rows::Read { times } => times,
    };
    for (k, (own, line)) in table.owns.iter_mut().zip(&lines).enumerate() {
        counted_into(
            own,
            line,
            keys[k] - 1,
            shapes[k].saturating_sub(1),
            read(k),
            times,
        );
    }
    Some(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::is_letter;
    use proptest::prelude::*;

    /// The patterns as they were written out before their words became tables, less the
    /// words a folded key never holds (`märz`, `février`, `août`, `décembre`, `répondre`,
    /// `دقائق`, which folds to `دقايق`): the tables must give the same matches and counts.
    fn written_out() -> [Regex; 3] {
        [
            r"(?-u:\b)(?:19|20)\d{2}(?-u:\b)|(?-u:\b)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?-u:\b)|(?-u:\b)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|mai|juni|juli|oktober|dezember|janvier|mars|avril|juin|juillet|septembre|octobre|novembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ago|hours?|minutes?|days?|weeks?|months?|years?|vor|stunden?|minuten|tagen)(?-u:\b)|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|منذ|ساعات|ساعة|دقيقة",
            r"(?-u:\b)\d{1,2}:\d{2}(?-u:\b)|(?-u:\b)\d{1,2}\s?(?:am|pm)(?-u:\b)",
            r"(?-u:\b)(?:repl(?:y|ies)|wrote|says|said|comments?|report|permalink|antworten|schrieb|kommentar\w*|commentaires?|responder|comentarios?|quote|likes?)(?-u:\b)|تعليق|تعليقات|رد$",
        ]
        .map(|p| Regex::new(p).unwrap())
    }

    fn key_strategy() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "jan",
            "january",
            "june",
            "jun",
            "sept",
            "sep",
            "septembre",
            "mai",
            "may",
            "mars",
            "hour",
            "hours",
            "ago",
            "stunde",
            "stunden",
            "am",
            "pm",
            "comment",
            "comments",
            "commentaire",
            "kommentare",
            "kommentar",
            "replies",
            "reply",
            "likes",
            "like",
            "تعليقات",
            "تعليق",
            "رد",
            "ساعة",
            "منذ",
            "يناير",
            "2019",
            "3",
            "11",
            "3:46",
            "15.05.19",
            "x",
            "ab",
            "é",
            "ü",
        ]);
        let glue = prop::sample::select(vec![" ", "", ".", "-", ":", "\n"]);
        prop::collection::vec((words, glue), 0..8)
            .prop_map(|v| v.into_iter().flat_map(|(w, g)| [w, g]).collect())
    }

    proptest! {
        #[test]
        fn table_patterns_match_as_written_out(key in key_strategy()) {
            let [date, time, comment] = written_out();
            prop_assert_eq!(PATTERNS.date.is_match(&key), date.is_match(&key));
            prop_assert_eq!(PATTERNS.time.is_match(&key), time.is_match(&key));
            prop_assert_eq!(
                PATTERNS.comment.find_iter(&key).count(),
                comment.find_iter(&key).count()
            );
        }
    }

    /// [`shape_class`] as the character predicates give it, before ASCII characters were
    /// classed by their byte and the others read from the table of characters.
    fn naive_shape_class(c: char) -> char {
        if is_letter(c) {
            'a'
        } else if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
            '0'
        } else if c.is_whitespace() {
            ' '
        } else {
            c
        }
    }

    /// [`shape_hash`] as it was written before ASCII characters were classed by their byte.
    fn naive_shape_hash(text: &str) -> u64 {
        let mut h = Fnv::default();
        let mut last = '\0';
        for c in text.chars() {
            let class = naive_shape_class(c);
            if class != last || !matches!(class, 'a' | '0' | ' ') {
                let mut buf = [0; 4];
                h.write(class.encode_utf8(&mut buf).as_bytes());
            }
            last = class;
        }
        h.finish()
    }

    #[test]
    fn shape_classes_are_the_predicates_classes() {
        let above = [
            'Ⅻ',
            '\u{3000}',
            '٣',
            '۵',
            '߁',
            '०',
            '〇',
            '東',
            '\u{1D7CE}',
            '😀',
        ];
        for c in (0..0x3000).filter_map(char::from_u32).chain(above) {
            assert_eq!(shape_class(c), naive_shape_class(c), "{c:?}");
        }
    }

    #[test]
    fn ascii_shape_classes_are_shape_class() {
        for b in 0..128u8 {
            assert_eq!(
                char::from(ASCII_SHAPE_CLASS[usize::from(b)]),
                shape_class(char::from(b))
            );
        }
    }

    /// [`digit_shape_hash`] as it was written before ASCII characters were classed by their
    /// byte.
    fn naive_digit_shape_hash(text: &str) -> Option<u64> {
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

    proptest! {
        #[test]
        fn repeats_count_the_equal_items(items in prop::collection::vec(prop::option::of(0u8..6), 0..40)) {
            let naive: Vec<u32> = items
                .iter()
                .map(|item| match item {
                    Some(_) => items.iter().filter(|other| *other == item).count() as u32,
                    None => 0,
                })
                .collect();
            prop_assert_eq!(repeats(items.iter().copied()), naive);
        }
    }

    #[test]
    fn shape_hashes_match_their_naive_twins_on_odd_characters() {
        // Numeric letters, non-ASCII digits and spaces, controls, marks.
        for text in [
            "Ⅻ 12 ⅻ",
            "٣ ساعات ۴",
            "a\u{a0}b\u{2003}c\u{85}",
            "\u{b}\u{c}\u{1c}\u{1f}\u{7f}",
            "é ß ـ ً ½ ²",
            "",
        ] {
            assert_eq!(shape_hash(text), naive_shape_hash(text), "{text:?}");
            assert_eq!(
                digit_shape_hash(text),
                naive_digit_shape_hash(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn shape_hashes_match_their_naive_twins(text in "[ a-zA-Z0-9٠-٩۰-۹\u{600}-\u{620}Ⅰ-ⅿ½²éß\t\u{b}\u{a0}\u{2000}-\u{200b}.,:/|()\\-]{0,40}") {
            prop_assert_eq!(shape_hash(&text), naive_shape_hash(&text));
            prop_assert_eq!(digit_shape_hash(&text), naive_digit_shape_hash(&text));
        }

        #[test]
        fn shape_hashes_match_their_naive_twins_on_any_text(text in any::<String>()) {
            prop_assert_eq!(shape_hash(&text), naive_shape_hash(&text));
            prop_assert_eq!(digit_shape_hash(&text), naive_digit_shape_hash(&text));
        }
    }

    proptest! {
        #[test]
        fn repeats_count_the_other_lines_with_the_same_key(
            lines in prop::collection::vec(
                prop::sample::select(vec!["Home", "home", "HOME ", "News", "", "Reply", "reply:", "x"]),
                0..30,
            ),
        ) {
            let page = lines.join("\n");
            let doc = Doc::new(&page);
            let table = table(&doc, &[]);
            let keys: Vec<&str> = doc.lines().filter(|l| !l.is_blank()).map(|l| l.key()).collect();
            let repeats = NAMES.iter().position(|&n| n == "repeats").expect("a feature named repeats");
            let mut row: Row = [0.0; COUNT];
            for (k, key) in keys.iter().enumerate() {
                table.row(k, &mut row);
                let others = keys.iter().filter(|&other| other == key).count() - 1;
                prop_assert_eq!(row[repeats].to_bits(), num(others).to_bits(), "{:?}", page);
            }
        }
    }

    #[test]
    fn named_indices_point_at_their_features() {
        assert_eq!(
            TEXT_COUNTED.map(|i| NAMES[i]),
            [
                "cap_share",
                "upper_share",
                "separators",
                "url",
                "quotes",
                "short_word_share",
                "has_time"
            ]
        );
        assert_eq!(OFFSETS.map(isize::unsigned_abs).iter().max(), Some(&REACH));
        assert_eq!(NAMES[IN_BODY], "in_body");
        assert_eq!(NAMES[CASCADE], "cascade");
        assert_eq!(NAMES[EV_CERTAIN], "ev_certain");
        assert_eq!(NAMES[HAS_TIME], "has_time");
        // The counted features `own` leaves as placeholders and `counted_into` fills.
        assert_eq!(NAMES[CAP_SHARE], "cap_share");
        assert_eq!(NAMES[UPPER_SHARE], "upper_share");
        assert_eq!(NAMES[SEPARATORS], "separators");
        assert_eq!(NAMES[URL], "url");
        assert_eq!(NAMES[QUOTES], "quotes");
        assert_eq!(NAMES[SHORT_WORD_SHARE], "short_word_share");
        assert_eq!(NAMES[REPEATS], "repeats");
        assert_eq!(NAMES[SHAPE_REPEATS], "shape_repeats");
    }

    proptest! {
        /// The place on the page is made before the features [`counted_into`] adds, which it
        /// must not read: made again from the whole rows, every row's place is the same.
        #[test]
        fn place_reads_no_counted_feature(
            lines in prop::collection::vec(
                prop::sample::select(vec![
                    "",
                    "Home",
                    "News",
                    "Contact us",
                    "Advertisement",
                    "March 3, 2015",
                    "3 hours ago",
                    "By Anna Berg | 12:40",
                    "Share this article",
                    "Related articles",
                    "Council approves night buses",
                    "Anna says:",
                    "Reply",
                    "Tags: transport, city",
                    "© 2024 Example News. All rights reserved.",
                    "The council voted on Tuesday to expand the bus network across the city, \
                     adding eleven routes over the next two years.",
                    "Officials said \"the levy\" would pay for it; see www.example.com.",
                    "قال المجلس إن الخطوط الجديدة ستعمل ليلاً في عطلة نهاية الأسبوع.",
                ]),
                0..30,
            )
        ) {
            let page = lines.join("\n");
            let doc = Doc::new(&page);
            let mut raw = Vec::new();
            for rule in crate::rules::defaults() {
                rule.find(&doc, &mut raw);
            }
            let table = table(&doc, &raw);
            let rows: Vec<Line<'_>> = doc.lines().filter(|l| !l.is_blank()).collect();
            let whole = Place::new(&rows, &table.owns, &digit_shapes(&rows));
            let (mut made, mut again) = ([0.0f32; PLACE], [0.0f32; PLACE]);
            for k in 0..table.len() {
                table.place.write(k, &mut made);
                whole.write(k, &mut again);
                prop_assert_eq!(made.map(f32::to_bits), again.map(f32::to_bits), "row {}", k);
            }
        }
    }

    #[test]
    fn the_body_the_decision_sees_is_the_rows_in_body() {
        let page = "Home\nNews\nSport\n\
            The council voted on Tuesday to expand the bus network across the city. Eleven \
            routes will be added over two years.\nThree routes open first:\nNorth loop\n\
            Officials said the expansion would be paid for by a new parking levy. Drivers' \
            groups have asked for a review.\nShare this\nMore stories\nContact us\n";
        let doc = Doc::new(page);
        let table = table(&doc, &[]);
        let mut row: Row = [0.0; COUNT];
        let mut inside = 0;
        for k in 0..table.len() {
            table.row(k, &mut row);
            assert_eq!(table.is_in_body(k), row[IN_BODY] > 0.5, "line {k}");
            inside += usize::from(table.is_in_body(k));
        }
        // The two paragraphs and what stands between them, not the menu or the footer.
        assert_eq!(inside, 4);
        assert!(!table.is_in_body(0) && !table.is_in_body(table.len() - 1));
    }

    #[test]
    fn words_pattern_bounds_latin_words_only() {
        assert_eq!(
            words_pattern(&["am", "رد"], &["kom"]),
            r"(?-u:\b)(?:am|kom\w*)(?-u:\b)|رد"
        );
        assert_eq!(words_pattern(&["رد"], &[]), "رد");
        assert_eq!(ending_pattern(&["رد"]), "(?:رد)$");
        assert_eq!(hour_pattern(&["am"]), r"(?-u:\b)\d{1,2}\s?(?:am)(?-u:\b)");
    }
}
