//! The prefilters of a [`PhraseSet`](super::PhraseSet): cheap lookups that rule a key out
//! before any automaton runs. [`Openings`] tell whether a key may start with a phrase (or end
//! with one: the openings of the reversed phrases), [`ByteSet`] whether a byte is one of a
//! few; [`AnchorFilter`] finds, for the unanchored search, where a phrase may start,
//! searching for a rarer part of each phrase (its anchor) than the phrase's opening.
//!
//! Separate from the phrase sets because none of it changes what a lookup returns, only how
//! fast: the choice of anchors (character commonness, fingerprint odds, merged anchors for
//! Teddy's buckets) is a tuning concern with its own exactness tests.

use std::collections::HashMap;

use aho_corasick::{packed, AhoCorasick, Input, Span};

/// The openings of a set's phrases: each phrase's first four bytes (all of a shorter one), as
/// bits of a small hash set. A key that starts with a phrase starts with its opening, so a key
/// whose openings are all missing starts with none. One byte would not do: every character
/// of the Arabic block (U+0600 to U+06FF) opens with one of four bytes (D8 to DB), and most
/// Arabic lines with `ال`.
#[derive(Debug, Clone)]
pub(super) struct Openings {
    bits: Box<[u64; 64]>,
    /// Bit `n` is set when a phrase of `n` bytes (`n < 4`) is its own opening.
    short_lengths: u8,
}

impl Openings {
    const LEN: usize = 4;

    pub(super) fn new<'p>(phrases: impl IntoIterator<Item = &'p [u8]>) -> Openings {
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
    ///
    /// Inline: the phrase sets ask it of a key about eleven times a line (667,472 times over
    /// a tenth of the real pages), and the calls cost 5.8M instructions there.
    #[inline]
    pub(super) fn may_open(&self, text: &[u8]) -> bool {
        if text.len() >= Openings::LEN && self.has(&text[..Openings::LEN]) {
            return true;
        }
        // Most sets have no phrase shorter than an opening: nothing more to look up.
        self.short_lengths != 0
            && (1..Openings::LEN).any(|len| {
                self.short_lengths & (1 << len) != 0 && text.len() >= len && self.has(&text[..len])
            })
    }

    /// Whether `text` may end with a phrase, these being the openings of the reversed
    /// phrases: its last bytes, reversed, open one.
    #[inline]
    pub(super) fn may_close(&self, text: &[u8]) -> bool {
        let mut last = [0u8; Openings::LEN];
        let n = text.len().min(Openings::LEN);
        for (to, from) in last.iter_mut().zip(text.iter().rev()) {
            *to = *from;
        }
        self.may_open(&last[..n])
    }
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
pub(super) struct AnchorFilter {
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
/// likely as the rarest such suffix's; longest first, each with its [`fingerprint_odds`].
///
/// The rarest fingerprint alone often starts a short common word (`يضا` of `ايضا`, `خبار` of
/// `الاخبار`): its every occurrence in prose would send the phrase automaton searching. A
/// longer anchor almost only occurs in the phrase.
fn anchor_starts(phrase: &str) -> Vec<(usize, u64)> {
    let mut starts: Vec<(usize, u64)> = phrase
        .char_indices()
        .map(|(at, _)| at)
        .take_while(|&at| at == 0 || phrase.len() - at >= MIN_ANCHOR)
        .map(|at| (at, fingerprint_odds(&phrase[at..])))
        .collect();
    let rarest = starts.iter().map(|&(_, odds)| odds).min().unwrap_or(0);
    starts.retain(|&(_, odds)| odds <= rarest.saturating_mul(4));
    starts
}

/// The anchor offset of each phrase: among its [`anchor_starts`], one whose fingerprint the
/// most phrases could share (the rarest of those, then the longest).
///
/// Teddy sorts the fingerprints into 8 or 16 buckets and checks each byte against a bucket's
/// bytes nibble by nibble: two fingerprints in one bucket match every mix of their bytes,
/// four match a position in a few hundred. Fewer distinct fingerprints keep most of them
/// alone in a bucket (`cookies` anchors a score of phrases in several languages).
fn anchor_offsets(phrases: &[String]) -> Vec<usize> {
    let starts: Vec<Vec<(usize, u64)>> = phrases.iter().map(|p| anchor_starts(p)).collect();
    let mut sharing: HashMap<&[u8], usize> = HashMap::new();
    for (phrase, starts) in phrases.iter().zip(&starts) {
        let mut seen: Vec<&[u8]> = starts
            .iter()
            .map(|&(at, _)| fingerprint(&phrase[at..]))
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
            let rank = |&(at, odds): &(usize, u64)| {
                let print = fingerprint(&phrase[at..]);
                (std::cmp::Reverse(sharing[print]), odds, at)
            };
            starts
                .iter()
                .copied()
                .min_by_key(rank)
                .map_or(0, |(at, _)| at)
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
    pub(super) fn new(
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
    pub(super) fn start(&self, key: &str, pos: usize) -> Option<usize> {
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
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    /// The set of `bytes`.
    pub(crate) fn of(bytes: impl IntoIterator<Item = u8>) -> ByteSet {
        let mut set = ByteSet::default();
        for b in bytes {
            set.insert(b);
        }
        set
    }

    pub(super) fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    pub(crate) fn contains(self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrases::tests::{folded, user_sets_strategy};
    use crate::phrases::PhraseSet;
    use proptest::prelude::*;

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
}
