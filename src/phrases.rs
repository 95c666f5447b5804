//! Matching lexicon phrases against folded line keys.
//!
//! Phrases are folded with the same [`fold`](crate::fold) as the keys, so `إقرأ أيضاً`,
//! `اقرأ ايضا` and `اقـرأ أيضا` are one entry. Matching is by whole line, line prefix, line
//! suffix or occurrence count, never by free substring in running prose: the word `إعلان`
//! ("declaration") must survive in a sentence.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{
    packed, AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, Span, StartKind,
};
use once_cell::sync::OnceCell;

use crate::error::BuildError;
use crate::fold::fold;

/// A set of folded phrases with the lookups rules need.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet {
    whole: HashMap<String, usize, BuildHasherDefault<Fnv>>,
    /// The folded phrases, in the order given (their index is the phrase index).
    phrases: Vec<String>,
    /// Leftmost-longest and anchored, for prefix search: a contiguous NFA, small, and as fast
    /// as a DFA for a search that ends a few bytes into the key.
    anchored: AhoCorasick,
    /// The phrases with their bytes reversed, for anchored suffix search (also an NFA). Bytes,
    /// not characters: reversing a line's tail is then a plain copy, and a phrase ends the
    /// key exactly when its reversed bytes start the reversed tail.
    reversed: AhoCorasick,
    /// The unanchored search, built on its first use: most sets are only ever matched at the
    /// ends of a line, and a DFA over a few hundred phrases takes about a megabyte.
    search: OnceCell<Option<Search>>,
    longest: usize,
    shortest: usize,
    /// How phrases open (their first bytes), and the bytes that end one: most keys are ruled
    /// out by a lookup or two before any search.
    openings: Openings,
    last_bytes: ByteSet,
}

/// The openings of a set's phrases: each phrase's first four bytes (all of a shorter one), as
/// bits of a small hash set. A key that starts with a phrase starts with its opening, so a key
/// whose openings are all missing starts with none. One byte would not do: every character
/// of the Arabic block (U+0600 to U+06FF) opens with one of four bytes (D8 to DB), and most
/// Arabic lines with `ال`.
#[derive(Debug, Clone)]
struct Openings {
    bits: Box<[u64; 64]>,
    /// Bit `n` is set when a phrase of `n` bytes (`n < 4`) is its own opening.
    short_lengths: u8,
}

impl Openings {
    const LEN: usize = 4;

    fn new<'p>(phrases: impl IntoIterator<Item = &'p [u8]>) -> Openings {
        let mut openings = Openings {
            bits: Box::new([0; 64]),
            short_lengths: 0,
        };
        for phrase in phrases {
            let len = phrase.len().min(Openings::LEN);
            if len < Openings::LEN {
                openings.short_lengths |= 1 << len;
            }
            let bit = Openings::bit(&phrase[..len]);
            openings.bits[bit / 64] |= 1 << (bit % 64);
        }
        openings
    }

    /// A bit in 4096 for an opening of up to four bytes (its length mixed in).
    fn bit(opening: &[u8]) -> usize {
        let mut word = [0u8; 8];
        word[..opening.len()].copy_from_slice(opening);
        word[7] = opening.len() as u8;
        (u64::from_le_bytes(word).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    fn has(&self, opening: &[u8]) -> bool {
        let bit = Openings::bit(opening);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether `text` may start with a phrase: it starts with one of the openings.
    fn may_open(&self, text: &[u8]) -> bool {
        if text.len() >= Openings::LEN && self.has(&text[..Openings::LEN]) {
            return true;
        }
        (1..Openings::LEN).any(|len| {
            self.short_lengths & (1 << len) != 0 && text.len() >= len && self.has(&text[..len])
        })
    }
}

/// The unanchored search of a [`PhraseSet`].
#[derive(Debug, Clone)]
struct Search {
    /// Leftmost-longest, unanchored.
    automaton: AhoCorasick,
    /// Rules out most keys before the search, when the phrases start with common letters.
    filter: Option<AnchorFilter>,
}

/// A cheaper first pass for the unanchored search: a search for each phrase's *anchor*, a part
/// of the phrase whose first bytes are rarer than the phrase's own.
///
/// Prefilters (Teddy) fingerprint the first bytes of each pattern and check every place the
/// fingerprint matches. Arabic phrases mostly start with the commonest letters (`ال`, the
/// definite article; `ا`), English ones with common words (`you`, `please`): almost every
/// word matches, and a line was searched several times slower than with rare fingerprints.
/// Every occurrence of a phrase holds its anchor, at the phrase's anchor offset; so no anchor
/// in `key[pos..]` means no phrase there, and the leftmost anchor at `a` means no phrase starts
/// before `a - max_offset`. The phrase automaton then runs only from there, and returns
/// exactly what it returned alone.
#[derive(Debug, Clone)]
struct AnchorFilter {
    finder: AnchorFinder,
    /// The largest anchor offset in a phrase.
    max_offset: usize,
}

/// The search for the leftmost anchor.
#[derive(Debug, Clone)]
enum AnchorFinder {
    /// Teddy alone where the platform has it: the anchors are few (at most 64, Teddy's
    /// limit), and calling it directly skips the automaton's dispatch around it, a good part
    /// of the cost on a short line.
    Packed(packed::Searcher),
    /// Leftmost-first, for anchor sets Teddy does not take.
    Automaton(AhoCorasick),
}

/// The most patterns Teddy takes.
const TEDDY_PATTERNS: usize = 64;

/// How many bytes of a pattern a prefilter fingerprints (Teddy's longest mask).
const FINGERPRINT: usize = 4;

/// The shortest anchor, unless the phrase is shorter, and the shortest pattern anchors are
/// merged into (unless one anchor starts the other): a shorter one occurs in prose (`ات`, the
/// Arabic plural ending; `more`), and each occurrence sends the phrase automaton searching.
const MIN_ANCHOR: usize = 2 * FINGERPRINT;

/// How common a character is in the text this crate cleans: roughly per thousand characters
/// of Arabic or English prose, keys folded. Only the order matters; rare and unlisted
/// characters share a small value.
fn commonness(c: char) -> u64 {
    match c {
        ' ' => 160,
        'ا' => 120,
        'e' => 110,
        'ل' => 100,
        't' => 80,
        'a' => 75,
        'ي' | 'o' => 70,
        'i' | 'n' => 65,
        's' => 60,
        'م' | 'و' | 'h' | 'r' => 55,
        'ن' => 50,
        'ر' => 40,
        'd' | 'l' => 38,
        'ب' | 'ت' => 35,
        'ع' | 'ه' => 30,
        'c' | 'u' => 26,
        'د' | 'ف' | 'ة' => 25,
        'm' | 'w' | 'f' => 22,
        'ق' | 'س' | 'ك' => 20,
        'g' | 'y' | 'p' => 18,
        'ح' | 'b' => 15,
        'ج' => 12,
        'v' => 9,
        'ش' | 'ص' | 'ط' | 'خ' => 8,
        'k' => 7,
        'ز' | 'ض' | 'ذ' | 'ث' | 'غ' => 5,
        _ => 3,
    }
}

/// How likely a position of text is to match the fingerprint of a pattern starting with
/// `text`, in millionths of millionths: the product of the commonness of the characters in the
/// first [`FINGERPRINT`] bytes, a thousand for each character short of four. A character cut
/// by the fingerprint's end counts as a thousand too: only its first byte is fingerprinted,
/// and every letter of the Arabic alphabet (U+0621 to U+064A) starts with one of two bytes
/// (D8, D9).
fn fingerprint_odds(text: &str) -> u64 {
    let mut odds = 1;
    let mut chars = 0;
    for (at, c) in text.char_indices() {
        if at + c.len_utf8() > FINGERPRINT {
            break;
        }
        odds *= commonness(c);
        chars += 1;
    }
    for _ in chars..FINGERPRINT {
        odds *= 1000;
    }
    odds
}

/// The fingerprinted bytes of a pattern starting with `text`.
fn fingerprint(text: &str) -> &[u8] {
    &text.as_bytes()[..text.len().min(FINGERPRINT)]
}

/// Where an anchor of `phrase` may start: on a character, keeping at least [`MIN_ANCHOR`]
/// bytes (the whole phrase when it is shorter), with a fingerprint at most four times as
/// likely as the rarest such suffix's; longest first.
///
/// The rarest fingerprint alone often starts a short common word (`يضا` of `ايضا`, `خبار` of
/// `الاخبار`): its every occurrence in prose would send the phrase automaton searching. A
/// longer anchor almost only occurs in the phrase.
fn anchor_starts(phrase: &str) -> Vec<usize> {
    let starts = || {
        phrase
            .char_indices()
            .map(|(at, _)| at)
            .take_while(|&at| at == 0 || phrase.len() - at >= MIN_ANCHOR)
    };
    let rarest = starts()
        .map(|at| fingerprint_odds(&phrase[at..]))
        .min()
        .unwrap_or(0);
    starts()
        .filter(|&at| fingerprint_odds(&phrase[at..]) <= rarest.saturating_mul(4))
        .collect()
}

/// The anchor offset of each phrase: among its [`anchor_starts`], one whose fingerprint the
/// most phrases could share (the rarest of those, then the longest).
///
/// Teddy sorts the fingerprints into 8 or 16 buckets and checks each byte against a bucket's
/// bytes nibble by nibble: two fingerprints in one bucket match every mix of their bytes,
/// four match a position in a few hundred. Fewer distinct fingerprints keep most of them
/// alone in a bucket (`cookies` anchors a score of phrases in several languages).
fn anchor_offsets(phrases: &[String]) -> Vec<usize> {
    let starts: Vec<Vec<usize>> = phrases.iter().map(|p| anchor_starts(p)).collect();
    let mut sharing: HashMap<&[u8], usize> = HashMap::new();
    for (phrase, starts) in phrases.iter().zip(&starts) {
        let mut seen: Vec<&[u8]> = starts
            .iter()
            .map(|&at| fingerprint(&phrase[at..]))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for print in seen {
            *sharing.entry(print).or_default() += 1;
        }
    }
    phrases
        .iter()
        .zip(&starts)
        .map(|(phrase, starts)| {
            let rank = |at: usize| {
                let anchor = &phrase[at..];
                (
                    std::cmp::Reverse(sharing[fingerprint(anchor)]),
                    fingerprint_odds(anchor),
                    at,
                )
            };
            starts
                .iter()
                .copied()
                .min_by_key(|&at| rank(at))
                .unwrap_or(0)
        })
        .collect()
}

/// Summed fingerprint odds past which a phrase set's search is slow enough to filter: one
/// position in a hundred.
const FILTER_ODDS: u64 = 10_000_000_000;

/// The summed [`fingerprint_odds`] of `texts`, each distinct fingerprint once: a prefilter
/// checks a fingerprint once for all the patterns that share it.
fn summed_odds<'a>(texts: impl Iterator<Item = &'a str>) -> u64 {
    let mut seen = std::collections::HashSet::new();
    texts
        .filter(|text| seen.insert(fingerprint(text)))
        .map(fingerprint_odds)
        // Saturating: a user may add any number of phrases.
        .fold(0, u64::saturating_add)
}

impl AnchorFilter {
    /// The filter for `phrases`, or `None` when it would not pay: the phrases' own
    /// fingerprints are rare enough, or the anchors are not much rarer (phrases of common
    /// letters only, one-letter phrases).
    /// `None` also if its search cannot be built: the filter only saves time.
    fn new(
        phrases: &[String],
        build: impl Fn(&[&[u8]]) -> Option<AhoCorasick>,
    ) -> Option<AnchorFilter> {
        let whole = summed_odds(phrases.iter().map(String::as_str));
        let offsets = anchor_offsets(phrases);
        let anchors: Vec<&str> = phrases
            .iter()
            .zip(&offsets)
            .map(|(p, &at)| &p[at..])
            .collect();
        let anchored = summed_odds(anchors.iter().copied());
        // Half as likely is enough: the chrome phrases' anchors, about a quarter, save a
        // third of their search on the bench corpus.
        if whole < FILTER_ODDS || anchored.saturating_mul(2) > whole {
            return None;
        }
        let patterns = merge_anchors(&anchors);
        // Slim Teddy has 8 buckets, fat Teddy 16 at half the bytes per step. Fat Teddy needs
        // AVX2: without it, whichever Teddy the platform has; without any, the automaton.
        let teddy = |fat: Option<bool>| {
            packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .only_teddy_fat(fat)
                .builder()
                .extend(&patterns)
                .build()
        };
        let searcher = teddy(Some(patterns.len() > 8)).or_else(|| teddy(None));
        let finder = match searcher {
            Some(searcher) => AnchorFinder::Packed(searcher),
            None => AnchorFinder::Automaton(build(&patterns)?),
        };
        Some(AnchorFilter {
            finder,
            max_offset: offsets.iter().copied().max().unwrap_or(0),
        })
    }

    /// Where the phrase search of `key[pos..]` can start, or `None` when no phrase occurs
    /// there.
    fn start(&self, key: &str, pos: usize) -> Option<usize> {
        let anchor = match &self.finder {
            AnchorFinder::Packed(searcher) => searcher.find_in(key, Span::from(pos..key.len()))?,
            AnchorFinder::Automaton(automaton) => automaton.find(Input::new(key).range(pos..))?,
        };
        Some(anchor.start().saturating_sub(self.max_offset).max(pos))
    }
}

/// The patterns to search for `anchors`: anchors with one fingerprint are merged into their
/// longest common prefix (each anchor starts with it, at its phrase's offset) while it keeps
/// [`MIN_ANCHOR`] bytes or is one of them. Teddy gives each new fingerprint the next bucket in
/// turn, so one pattern each spreads them over all the buckets; it also checks a candidate
/// against fewer patterns.
///
/// Past [`TEDDY_PATTERNS`] patterns Teddy is out of the question and merging stops: each
/// anchor is compared with at most that many patterns, so a user's thousands of phrases are
/// merged in linear time.
fn merge_anchors<'a>(anchors: &[&'a str]) -> Vec<&'a [u8]> {
    let mut patterns: Vec<&[u8]> = Vec::new();
    for anchor in anchors {
        let anchor = anchor.as_bytes();
        if patterns.len() > TEDDY_PATTERNS {
            patterns.push(anchor);
            continue;
        }
        let print = &anchor[..anchor.len().min(FINGERPRINT)];
        let common = |pattern: &[u8]| {
            pattern
                .iter()
                .zip(anchor)
                .take_while(|(a, b)| a == b)
                .count()
        };
        match patterns.iter_mut().find(|p| {
            let common = common(p);
            p.starts_with(print)
                && (common >= MIN_ANCHOR || common == p.len() || common == anchor.len())
        }) {
            Some(pattern) => *pattern = &pattern[..common(pattern)],
            None => patterns.push(anchor),
        }
    }
    patterns
}

/// A set of bytes.
#[derive(Debug, Clone, Copy, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    fn contains(self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

/// FNV-1a, for the whole-phrase table: keys are short, and the table is fixed when the rule
/// is built, so input has nothing to pile collisions onto.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Characters that decorate a label without changing it: `- Advertisement -`, `[Ad]`,
/// `اقرأ أيضاً:`, `Related »`.
pub(crate) fn is_decoration(c: char) -> bool {
    c.is_whitespace()
        || crate::script::is_bullet(c)
        || matches!(
            c,
            ':' | '|'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '<'
                | '>'
                | '«'
                | '»'
                | '"'
                | '\''
                | '.'
                | '…'
                | '_'
                | '='
                | '#'
                | '/'
                | '\\'
                | '~'
                | '›'
                | '‹'
                | '→'
                | '←'
                | '▼'
                | '▲'
                | '↓'
                | '!'
                | '،'
                | ','
                | '؛'
                | ';'
                | '+'
        )
}

/// Whether `bytes` open with a character that is never decoration, told from the first two
/// bytes: an ASCII letter or digit, or a plain Arabic letter (U+0621 to U+064A, tatweel included). Most keys
/// open so, and need no trimming.
fn opens_plain(bytes: &[u8]) -> bool {
    match bytes {
        [b, ..] if b.is_ascii_alphanumeric() => true,
        [lead, second, ..] => is_plain_arabic(*lead, *second),
        _ => false,
    }
}

/// Whether `bytes` close with a character that is never decoration, as [`opens_plain`].
fn closes_plain(bytes: &[u8]) -> bool {
    match bytes {
        [.., b] if b.is_ascii_alphanumeric() => true,
        [.., lead, second] => is_plain_arabic(*lead, *second),
        _ => false,
    }
}

/// Whether the two bytes `lead`, `second` are a letter of the Arabic alphabet (U+0621 to
/// U+064A, tatweel included).
fn is_plain_arabic(lead: u8, second: u8) -> bool {
    match lead {
        0xD8 => (0xA1..=0xBF).contains(&second),
        0xD9 => (0x80..=0x8A).contains(&second),
        _ => false,
    }
}

/// `key` without leading decoration.
fn trim_start_decoration(key: &str) -> &str {
    if opens_plain(key.as_bytes()) {
        key
    } else {
        key.trim_start_matches(is_decoration)
    }
}

/// `key` without trailing decoration.
fn trim_end_decoration(key: &str) -> &str {
    if closes_plain(key.as_bytes()) {
        key
    } else {
        key.trim_end_matches(is_decoration)
    }
}

/// The key without decoration at either end.
pub(crate) fn trim_decoration(key: &str) -> &str {
    trim_end_decoration(trim_start_decoration(key))
}

/// Longest phrase, and most phrase bytes in all, for which the automata are DFAs.
const MAX_DFA_PHRASE: usize = 256;
const MAX_DFA_TOTAL: usize = 64 * 1024;

impl PhraseSet {
    /// Folds and indexes `phrases`.
    ///
    /// # Errors
    ///
    /// A phrase that folds to nothing (empty, only spaces or marks) is refused, naming `rule`.
    pub(crate) fn new<S: AsRef<str>>(
        rule: &'static str,
        phrases: &[S],
    ) -> Result<PhraseSet, BuildError> {
        let mut folded = Vec::with_capacity(phrases.len());
        for p in phrases {
            let key = fold(p.as_ref());
            let key = trim_decoration(&key).to_owned();
            if key.is_empty() {
                return Err(BuildError::empty_phrase(rule));
            }
            folded.push(key);
        }
        let whole = folded
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        let longest = folded.iter().map(String::len).max().unwrap_or(0);
        let shortest = folded.iter().map(String::len).min().unwrap_or(0);
        let build = |phrases: &[&[u8]]| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(phrases)
                .map_err(|e| BuildError::option(rule, format!("phrase automaton: {e}")))
        };
        let forward: Vec<&[u8]> = folded.iter().map(String::as_bytes).collect();
        let anchored = build(&forward)?;
        let reversed: Vec<Vec<u8>> = folded.iter().map(|p| p.bytes().rev().collect()).collect();
        let reversed: Vec<&[u8]> = reversed.iter().map(Vec::as_slice).collect();
        let reversed = build(&reversed)?;
        let openings = Openings::new(folded.iter().map(String::as_bytes));
        let mut last_bytes = ByteSet::default();
        for phrase in &folded {
            if let Some(&last) = phrase.as_bytes().last() {
                last_bytes.insert(last);
            }
        }
        Ok(PhraseSet {
            whole,
            phrases: folded,
            anchored,
            reversed,
            search: OnceCell::new(),
            longest,
            shortest,
            openings,
            last_bytes,
        })
    }

    /// A set of the crate's own phrases, which all fold to text (the lexicon's tests check).
    pub(crate) fn builtin(rule: &'static str, phrases: &[&str]) -> PhraseSet {
        PhraseSet::new(rule, phrases).expect("built-in phrases fold to text")
    }

    /// The length in bytes of the shortest folded phrase: a key holds no more
    /// non-overlapping occurrences than its length divided by this.
    pub(crate) fn shortest(&self) -> usize {
        self.shortest
    }

    /// Whether the whole key, without decoration, is one of the phrases.
    pub(crate) fn is_whole(&self, key: &str) -> bool {
        let core = trim_decoration(key);
        core.len() <= self.longest
            && self.openings.may_open(core.as_bytes())
            && self.whole.contains_key(core)
    }

    /// The longest phrase that starts `key` (after leading decoration): its end offset in `key`.
    pub(crate) fn prefix(&self, key: &str) -> Option<usize> {
        let rest = trim_start_decoration(key);
        if !self.openings.may_open(rest.as_bytes()) {
            return None;
        }
        let lead = key.len() - rest.len();
        let input = Input::new(key).range(lead..).anchored(Anchored::Yes);
        self.anchored.find(input).map(|m| m.end())
    }

    /// The start offset in `key` of a phrase that ends `key` (before trailing decoration);
    /// the longest such phrase.
    pub(crate) fn suffix(&self, key: &str) -> Option<usize> {
        let core = trim_end_decoration(key);
        if !core
            .as_bytes()
            .last()
            .is_some_and(|&b| self.last_bytes.contains(b))
        {
            return None;
        }
        let core_end = core.len();
        // The tail's bytes backwards, matched against the reversed phrases from their start:
        // one anchored search of at most `longest` bytes, whatever the phrase lengths. Short
        // tails are reversed on the stack. A match starts where a phrase does, on a character.
        let tail = &key.as_bytes()[core_end.saturating_sub(self.longest)..core_end];
        let mut stack = [0u8; 128];
        let heap: Vec<u8>;
        let reversed: &[u8] = if let Some(buf) = stack.get_mut(..tail.len()) {
            for (to, from) in buf.iter_mut().zip(tail.iter().rev()) {
                *to = *from;
            }
            buf
        } else {
            heap = tail.iter().rev().copied().collect();
            &heap
        };
        let input = Input::new(reversed).anchored(Anchored::Yes);
        self.reversed.find(input).map(|m| core_end - m.end())
    }

    /// Every non-overlapping occurrence in `key`, as (phrase index, start, end): leftmost
    /// first, the longest phrase at each start.
    pub(crate) fn occurrences<'k>(&'k self, key: &'k str) -> Occurrences<'k> {
        Occurrences {
            set: self,
            key,
            pos: Some(0),
        }
    }

    /// Whether any phrase occurs in `key`: `occurrences(key).next().is_some()`, stopping at
    /// the first match instead of looking on for the longest.
    pub(crate) fn contains_any(&self, key: &str) -> bool {
        let Some(search) = self.search() else {
            return false;
        };
        let from = match &search.filter {
            Some(filter) => match filter.start(key, 0) {
                Some(from) => from,
                None => return false,
            },
            None => 0,
        };
        search.automaton.is_match(Input::new(key).range(from..))
    }

    /// The unanchored search, built on first use. A DFA while the phrases are of lexicon
    /// size; past that, a contiguous NFA, as building a DFA's unanchored half takes time
    /// quadratic in the length of a long repetitive phrase (a user's 10 kB label took
    /// seconds). `None` only if the automaton cannot be built, which the anchored NFA of the
    /// same phrases, built when the set was, rules out in practice: then nothing matches.
    fn search(&self) -> Option<&Search> {
        self.search
            .get_or_init(|| {
                let longest = self.longest;
                let total: usize = self.phrases.iter().map(String::len).sum();
                let kind = if longest <= MAX_DFA_PHRASE && total <= MAX_DFA_TOTAL {
                    AhoCorasickKind::DFA
                } else {
                    AhoCorasickKind::ContiguousNFA
                };
                let build = |patterns: &[&[u8]], match_kind| {
                    AhoCorasick::builder()
                        .match_kind(match_kind)
                        .kind(Some(kind))
                        .build(patterns)
                        .ok()
                };
                let phrases: Vec<&[u8]> = self.phrases.iter().map(String::as_bytes).collect();
                let automaton = build(&phrases, MatchKind::LeftmostLongest)?;
                let filter = AnchorFilter::new(&self.phrases, |anchors| {
                    build(anchors, MatchKind::LeftmostFirst)
                });
                Some(Search { automaton, filter })
            })
            .as_ref()
    }
}

/// The iterator of [`PhraseSet::occurrences`]: the phrase automaton's leftmost-longest
/// matches, each searched for from where the anchor filter allows.
///
/// Still linear: each search starts at or after the end of the previous match, and the anchor
/// search before it reads the same bytes once more at most.
pub(crate) struct Occurrences<'k> {
    set: &'k PhraseSet,
    key: &'k str,
    /// Where the next search starts; `None` once one found nothing.
    pos: Option<usize>,
}

impl Iterator for Occurrences<'_> {
    type Item = (usize, usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let pos = self.pos.take()?;
        let search = self.set.search()?;
        let from = match &search.filter {
            Some(filter) => filter.start(self.key, pos)?,
            None => pos,
        };
        let m = search.automaton.find(Input::new(self.key).range(from..))?;
        // Phrases are never empty, so the search moves on.
        self.pos = Some(m.end());
        Some((m.pattern().as_usize(), m.start(), m.end()))
    }
}

/// A rule's editable list of phrases, and the [`PhraseSet`] built from it on first use.
///
/// Rules are configured by chained calls (`.label(…).label(…)`): building the automata on
/// each call would make adding n phrases one at a time quadratic. The set is built once, when
/// the rule is validated by [`build`](crate::CleanerBuilder::build) or first used, and an
/// edit only forgets it.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    rule: &'static str,
    phrases: Vec<String>,
    set: OnceCell<Result<PhraseSet, BuildError>>,
}

impl Lexicon {
    pub(crate) fn new(rule: &'static str, phrases: &[&str]) -> Lexicon {
        Lexicon {
            rule,
            phrases: phrases.iter().map(|p| (*p).to_owned()).collect(),
            set: OnceCell::new(),
        }
    }

    /// Adds a phrase (any spelling: it is folded when the set is built).
    pub(crate) fn add(&mut self, phrase: &str) {
        self.phrases.push(phrase.to_owned());
        self.set = OnceCell::new();
    }

    /// Removes every phrase that folds to the same key as `phrase`.
    pub(crate) fn remove(&mut self, phrase: &str) {
        let key = fold(phrase);
        self.phrases.retain(|p| fold(p) != key);
        self.set = OnceCell::new();
    }

    fn built(&self) -> &Result<PhraseSet, BuildError> {
        self.set
            .get_or_init(|| PhraseSet::new(self.rule, &self.phrases))
    }

    /// The phrase set, or `None` when a phrase is invalid (which
    /// [`validate`](Self::validate) reports).
    pub(crate) fn set(&self) -> Option<&PhraseSet> {
        self.built().as_ref().ok()
    }

    /// Builds the set, or says which phrase is invalid.
    pub(crate) fn validate(&self) -> Result<(), BuildError> {
        self.built().as_ref().map(|_| ()).map_err(Clone::clone)
    }
}

/// A user pattern matched against folded keys, compiled at configuration time; its error is
/// kept and reported by `validate`.
#[derive(Debug, Clone, Default)]
pub(crate) struct UserPatterns {
    patterns: Vec<regex::Regex>,
    error: Option<BuildError>,
}

impl UserPatterns {
    pub(crate) fn add(&mut self, rule: &'static str, pattern: &str) {
        if self.error.is_some() {
            return;
        }
        match regex::RegexBuilder::new(pattern)
            .size_limit(1 << 20)
            .build()
        {
            Ok(re) => self.patterns.push(re),
            Err(e) => self.error = Some(BuildError::pattern(rule, pattern, e)),
        }
    }

    pub(crate) fn validate(&self) -> Result<(), BuildError> {
        self.error.clone().map_or(Ok(()), Err)
    }

    pub(crate) fn is_match(&self, key: &str) -> bool {
        self.patterns.iter().any(|re| re.is_match(key))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn set(p: &[&str]) -> PhraseSet {
        PhraseSet::new("test", p).unwrap()
    }

    #[test]
    fn whole_ignores_decoration_and_spelling() {
        let s = set(&["إقرأ أيضاً", "advertisement"]);
        assert!(s.is_whole(&fold("اقرأ ايضا:")));
        assert!(s.is_whole(&fold("- ADVERTISEMENT -")));
        assert!(!s.is_whole(&fold("advertisement for shoes")));
    }

    #[test]
    fn prefix_and_suffix() {
        let s = set(&["related", "اعلان"]);
        assert_eq!(s.prefix("relatedنعم"), Some(7));
        assert_eq!(s.prefix("unrelated"), None);
        let key = fold("هدنةاعلان");
        assert_eq!(s.suffix(&key), Some(key.len() - "اعلان".len()));
        assert_eq!(s.suffix("related news"), None);
    }

    #[test]
    fn lexicon_edits_are_seen_by_the_next_lookup() {
        let mut lexicon = Lexicon::new("test", &["related"]);
        assert!(lexicon.set().is_some_and(|s| s.is_whole("related")));
        lexicon.add("Mehr zum Thema");
        assert!(lexicon.set().is_some_and(|s| s.is_whole("mehr zum thema")));
        lexicon.remove("RELATED");
        assert!(lexicon.set().is_some_and(|s| !s.is_whole("related")));
        assert!(lexicon.validate().is_ok());
    }

    #[test]
    fn lexicon_with_an_empty_phrase_has_no_set_and_fails_validation() {
        let mut lexicon = Lexicon::new("keyword-list", &["tags"]);
        lexicon.add(" \u{0651} ");
        assert!(lexicon.set().is_none());
        assert_eq!(lexicon.validate().unwrap_err().rule(), "keyword-list");
        lexicon.remove("\u{0651}");
        assert!(
            lexicon.validate().is_ok(),
            "removing the bad phrase heals the lexicon"
        );
    }

    #[test]
    fn empty_phrase_is_an_error() {
        let err = PhraseSet::new("ad-marker", &["  \u{064B} "]).unwrap_err();
        assert_eq!(err.rule(), "ad-marker");
    }

    /// Naive twins of the automaton lookups: a loop over every folded phrase.
    impl PhraseSet {
        fn phrases(&self) -> impl Iterator<Item = &str> {
            self.whole.keys().map(String::as_str)
        }

        fn naive_is_whole(&self, key: &str) -> bool {
            let core = key.trim_matches(is_decoration);
            self.phrases().any(|p| p == core)
        }

        fn naive_prefix(&self, key: &str) -> Option<usize> {
            let rest = key.trim_start_matches(is_decoration);
            let lead = key.len() - rest.len();
            self.phrases()
                .filter(|p| rest.starts_with(p))
                .map(|p| lead + p.len())
                .max()
        }

        fn naive_suffix(&self, key: &str) -> Option<usize> {
            let core = key.trim_end_matches(is_decoration);
            self.phrases()
                .filter(|p| core.ends_with(p))
                .map(|p| core.len() - p.len())
                .min()
        }
    }

    /// The phrases as `PhraseSet::new` folds them, in order.
    fn folded(phrases: &[&str]) -> Vec<String> {
        phrases
            .iter()
            .map(|p| trim_decoration(&fold(p)).to_owned())
            .collect()
    }

    /// The unanchored search as it was before the anchor filter: the phrase automaton alone.
    fn automaton_occurrences(folded: &[String], key: &str) -> Vec<(usize, usize, usize)> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(folded)
            .unwrap()
            .find_iter(key)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    /// Non-overlapping leftmost-longest occurrences by a loop over every phrase at every
    /// offset; the first listed among equal phrases.
    fn naive_occurrences(folded: &[String], key: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut pos = 0;
        while pos < key.len() {
            let longest = folded
                .iter()
                .enumerate()
                .filter(|(_, p)| key.as_bytes()[pos..].starts_with(p.as_bytes()))
                .max_by_key(|&(i, p)| (p.len(), std::cmp::Reverse(i)));
            match longest {
                Some((i, p)) => {
                    found.push((i, pos, pos + p.len()));
                    pos += p.len();
                }
                None => pos += 1,
            }
        }
        found
    }

    /// Checks `occurrences` against both twins, and `contains_any` against `occurrences`.
    fn check_occurrences(
        set: &PhraseSet,
        folded: &[String],
        key: &str,
    ) -> Result<(), TestCaseError> {
        let got: Vec<_> = set.occurrences(key).collect();
        prop_assert_eq!(&got, &naive_occurrences(folded, key), "naive {:?}", key);
        prop_assert_eq!(
            &got,
            &automaton_occurrences(folded, key),
            "automaton {:?}",
            key
        );
        prop_assert_eq!(
            set.contains_any(key),
            !got.is_empty(),
            "contains_any {:?}",
            key
        );
        Ok(())
    }

    /// The built-in lexicons (folded, and built once: automaton builds are slow in debug
    /// builds).
    static LEXICONS: once_cell::sync::Lazy<Vec<(Vec<String>, PhraseSet)>> =
        once_cell::sync::Lazy::new(|| {
            use crate::lexicon::*;
            [
                AD_LABELS,
                RELATED_HEADINGS,
                READ_ALSO_HEADINGS,
                KEYWORD_LABELS,
                FOOTER_PHRASES,
                FOOTER_LINKS,
                CHROME_PHRASES,
                NOTICE_PHRASES,
            ]
            .iter()
            .map(|list| {
                (
                    folded(list),
                    PhraseSet::new("test", list.as_slice()).unwrap(),
                )
            })
            .collect()
        });

    #[test]
    fn the_filter_is_built_only_where_anchors_are_rarer() {
        use crate::lexicon::*;
        for (list, filtered) in [
            (NOTICE_PHRASES.as_slice(), true),
            (CHROME_PHRASES.as_slice(), true),
            // Rare enough already.
            (FOOTER_PHRASES.as_slice(), false),
            (&["الحقول المطلوبة"][..], true),
            (&["في المطلوب", "الظلال"][..], true),
            // No rarer anchor: common letters only, one letter, shorter than a fingerprint.
            (&["الان", "ال"][..], false),
            (&["ق"][..], false),
            (&["the"][..], false),
            // An anchor keeps MIN_ANCHOR bytes: `ظل` alone would be two common letters.
            (&["الظل"][..], false),
        ] {
            let set = PhraseSet::new("test", list).unwrap();
            assert_eq!(set.search().unwrap().filter.is_some(), filtered, "{list:?}");
        }
    }

    #[test]
    fn occurrences_are_leftmost_longest_and_non_overlapping() {
        let list = ["الحقول المطلوبة", "المطلوبة", "الحقول", "لحقول المط"];
        let set = set(&list);
        let key = "كل الحقول المطلوبة والحقول المطلوبةالمطلوبة لحقول المطر";
        let got: Vec<_> = set.occurrences(key).collect();
        assert!(set.search().unwrap().filter.is_some());
        assert_eq!(got, naive_occurrences(&folded(&list), key));
        assert_eq!(got.iter().map(|o| o.0).collect::<Vec<_>>(), [0, 0, 1, 3]);
        assert!(set.contains_any(key));
        assert!(!set.contains_any("حقول مطلوبة"));
        assert_eq!(set.occurrences("حقول مطلوبة").next(), None);
        assert_eq!(set.occurrences("").next(), None);
    }

    /// Keys built from lexicon phrases, decoration, Arabic and Latin letters and spaces.
    fn key_strategy() -> impl Strategy<Value = String> {
        use crate::lexicon::*;
        let phrase = prop::sample::select(
            [
                AD_LABELS,
                RELATED_HEADINGS,
                KEYWORD_LABELS,
                FOOTER_LINKS,
                CHROME_PHRASES,
                NOTICE_PHRASES,
                FOOTER_PHRASES,
            ]
            .map(Phrases::as_slice)
            .concat(),
        );
        let piece = prop_oneof![
            3 => phrase.prop_map(str::to_owned),
            2 => "[\u{0621}-\u{064A} a-zA-Z]{0,6}",
            1 => "[ :|().,»«\\-]{1,3}",
            1 => "[\u{0600}-\u{06FF}\u{FB50}-\u{FEFC}\u{0300}-\u{036F}]{1,3}",
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..6).prop_map(|v| fold(&v.concat()))
    }

    #[test]
    fn plain_edges_are_never_decoration() {
        let plain = ('\u{0621}'..='\u{064A}')
            .chain('0'..='9')
            .chain('a'..='z')
            .chain('A'..='Z');
        for c in plain {
            let text = c.to_string();
            assert!(
                opens_plain(text.as_bytes()) && closes_plain(text.as_bytes()),
                "{c:?}"
            );
            assert!(!is_decoration(c), "{c:?}");
        }
        for c in ['،', '؛', '؟', ' ', '»', '-', 'é'] {
            let text = c.to_string();
            assert!(
                !opens_plain(text.as_bytes()) && !closes_plain(text.as_bytes()),
                "{c:?}"
            );
        }
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.
        #[test]
        fn lookups_agree_with_naive_loops(key in key_strategy()) {
            for (folded, set) in LEXICONS.iter() {
                prop_assert_eq!(set.is_whole(&key), set.naive_is_whole(&key), "is_whole {:?}", key);
                prop_assert_eq!(set.prefix(&key), set.naive_prefix(&key), "prefix {:?}", key);
                prop_assert_eq!(set.suffix(&key), set.naive_suffix(&key), "suffix {:?}", key);
                check_occurrences(set, folded, &key)?;
            }
        }

        // User phrase sets: phrases and keys from a few pieces, so that phrases overlap, share
        // prefixes and anchors, repeat, start with `ال` or are one letter; keys glue them.
        #[test]
        fn occurrences_of_any_phrase_set_agree_with_naive_loops(
            (phrases, keys) in user_sets_strategy()
        ) {
            let list: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let set = PhraseSet::new("test", &list).unwrap();
            let folded = folded(&list);
            for key in &keys {
                check_occurrences(&set, &folded, key)?;
            }
        }
    }

    proptest! {
        // Every phrase holds a pattern of its set's anchor search at its anchor offset, and no
        // offset is past the largest: what makes the filtered search exact.
        #[test]
        fn every_phrase_holds_a_merged_anchor((phrases, _) in user_sets_strategy()) {
            let list: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let folded = folded(&list);
            let offsets = anchor_offsets(&folded);
            let anchors: Vec<&str> = folded.iter().zip(&offsets).map(|(p, &at)| &p[at..]).collect();
            let patterns = merge_anchors(&anchors);
            for (phrase, &at) in folded.iter().zip(&offsets) {
                prop_assert!(phrase.is_char_boundary(at));
                let anchor = &phrase.as_bytes()[at..];
                prop_assert!(
                    patterns.iter().any(|p| anchor.starts_with(p)),
                    "{:?} at {} in {:?}", phrase, at, patterns
                );
            }
        }
    }

    fn user_sets_strategy() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
        const LETTERS: &[&str] = &["ال", "ا", "ل", "ظ", "ق", "ة", "ي", "e", "a", "z", "q", "th"];
        let letter = || prop::sample::select(LETTERS).prop_map(str::to_owned);
        let piece = prop_oneof![4 => letter(), 1 => Just(" ".to_owned())];
        let phrase = prop_oneof![
            1 => letter(),
            3 => prop::collection::vec(piece.clone(), 2..7).prop_map(|rest| "ال".to_owned() + &rest.concat()),
            3 => (letter(), prop::collection::vec(piece.clone(), 1..7))
                .prop_map(|(first, rest)| first + &rest.concat()),
        ];
        prop::collection::vec(phrase, 1..6).prop_flat_map(move |phrases| {
            let part = prop_oneof![
                2 => prop::sample::select(phrases.clone()),
                3 => piece.clone(),
            ];
            let key = prop::collection::vec(part, 0..12).prop_map(|v| fold(&v.concat()));
            (Just(phrases), prop::collection::vec(key, 1..6))
        })
    }

    #[test]
    fn bad_user_pattern_is_kept_as_error() {
        let mut p = UserPatterns::default();
        p.add("keyword-list", "([a-z");
        assert_eq!(p.validate().unwrap_err().rule(), "keyword-list");
    }
}
