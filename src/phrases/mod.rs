//! Matching lexicon phrases against folded line keys.
//!
//! Phrases are folded with the same [`fold`](crate::fold) as the keys, so `إقرأ أيضاً`,
//! `اقرأ ايضا` and `اقـرأ أيضا` are one entry. Matching is by whole line, line prefix, line
//! suffix or occurrence count, never by free substring in running prose: the word `إعلان`
//! ("declaration") must survive in a sentence.
//!
//! This file holds the phrase sets and what rules keep them in ([`PhraseSet`], [`Lexicon`],
//! [`UserPatterns`]); [`decoration`] trims the marks around a label, and [`prefilter`] rules
//! out most keys before an automaton runs.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use once_cell::sync::OnceCell;

use crate::error::BuildError;
use crate::fold::fold;

mod decoration;
mod prefilter;

pub(crate) use decoration::trim_decoration;
pub(crate) use prefilter::ByteSet;

use decoration::{trim_end_decoration, trim_start_decoration};
use prefilter::{AnchorFilter, Openings};

/// The leftmost-longest anchored automaton of `phrases`, for prefix and suffix search. Without
/// a prefilter: an anchored search never asks one, and building it took 0.4M of the 23.0M
/// instructions of a new process's first document.
fn anchored_automaton<P: AsRef<[u8]>>(
    phrases: &[P],
) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .prefilter(false)
        .build(phrases)
}

/// The most bytes of phrases a set takes. Its automata are built on first use, and one that
/// could not be built would match nothing; an automaton has at most a state per phrase byte
/// (and a few more), numbered with 31 bits. So the size is checked when the set is made, and
/// a set far beyond any lexicon (512 MiB of phrases) is refused with an error then, instead
/// of matching nothing later.
const MAX_PHRASE_BYTES: usize = 1 << 29;

/// The most bytes of one phrase, folded. Rules try a phrase anchored at many places of a
/// line (each label of a run, each sentence start of a paragraph), and each try may read as
/// far as the longest phrase: a phrase of 100 KB made such lines cost that much per place,
/// time quadratic in practice. The longest built-in phrase has 55 characters; a heading, a
/// label or a notice's phrase is far shorter than this.
const MAX_PHRASE_LEN: usize = 512;

/// Refuses phrases of more than [`MAX_PHRASE_BYTES`] bytes in all, naming `rule`.
fn check_total_bytes(rule: &'static str, total: usize) -> Result<(), BuildError> {
    if total > MAX_PHRASE_BYTES {
        return Err(BuildError::option(
            rule,
            format!("phrases of {total} bytes in all; at most {MAX_PHRASE_BYTES}"),
        ));
    }
    Ok(())
}

/// A set of folded phrases with the lookups rules need.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet {
    whole: HashMap<String, usize, BuildHasherDefault<Fnv>>,
    /// The folded phrases, in the order given (their index is the phrase index).
    phrases: Vec<String>,
    /// Leftmost-longest and anchored, for prefix search: a noncontiguous NFA, the automaton
    /// that is cheapest to build, and fast enough for a search that ends a few bytes into the
    /// key. (A contiguous NFA is built from it: building both for every set cost 6% of a new
    /// process's first document.) Built on first use: many sets are only asked for whole
    /// keys, or no key of a page gets past their [`Openings`], and building every set's
    /// automaton when the set was built took 8.1M of the 53.5M instructions of a new
    /// process's first document. `None` only if it cannot be built, which the size check
    /// when the set is made ([`MAX_PHRASE_BYTES`]) rules out: then no phrase opens a key.
    anchored: OnceCell<Option<AhoCorasick>>,
    /// The phrases with their bytes reversed, for anchored suffix search (also an NFA), built
    /// on first use: most sets are never matched at a line's end. Bytes, not characters:
    /// reversing a line's tail is then a plain copy, and a phrase ends the key exactly when
    /// its reversed bytes start the reversed tail. `None` only if it cannot be built, as for
    /// the forward automaton.
    reversed: OnceCell<Option<AhoCorasick>>,
    /// The unanchored search, built on its first use: most sets are only ever matched at the
    /// ends of a line, and a DFA over a few hundred phrases takes about a megabyte.
    search: OnceCell<Option<Search>>,
    longest: usize,
    shortest: usize,
    /// How phrases open (their first bytes) and close (their last bytes, reversed): most keys
    /// are ruled out by a lookup or two before any search.
    openings: Openings,
    closings: Openings,
}

/// The unanchored search of a [`PhraseSet`].
#[derive(Debug, Clone)]
struct Search {
    /// Leftmost-longest, unanchored.
    automaton: AhoCorasick,
    /// Rules out most keys before the search, when the phrases start with common letters.
    filter: Option<AnchorFilter>,
}

/// FNV-1a, for the whole-phrase table: keys are short, and the table is fixed when the rule
/// is built, so input has nothing to pile collisions onto. The title test hashes words of
/// the input with it too (`rules::title`), into a set of at most 150: crafted collisions
/// cost at most that many comparisons a lookup, and time stays linear. The line model hashes
/// each line's shape with it, a character class at a time (`decide::features`): `SipHash`
/// would cost more than the rest of the row.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

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
            self.write_u8(b);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
}

impl PhraseSet {
    /// Folds and indexes `phrases`.
    ///
    /// # Errors
    ///
    /// A phrase that folds to nothing (empty, only spaces or marks) or to more than
    /// [`MAX_PHRASE_LEN`] bytes is refused, naming `rule`.
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
            if key.len() > MAX_PHRASE_LEN {
                return Err(BuildError::option(
                    rule,
                    format!(
                        "a phrase of {} bytes once folded; at most {MAX_PHRASE_LEN}",
                        key.len()
                    ),
                ));
            }
            folded.push(key);
        }
        let whole = folded
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), i))
            .collect();
        check_total_bytes(rule, folded.iter().map(String::len).sum())?;
        let longest = folded.iter().map(String::len).max().unwrap_or(0);
        let shortest = folded.iter().map(String::len).min().unwrap_or(0);
        let openings = Openings::new(folded.iter().map(String::as_bytes));
        let reversed: Vec<Vec<u8>> = folded.iter().map(|p| p.bytes().rev().collect()).collect();
        let closings = Openings::new(reversed.iter().map(Vec::as_slice));
        Ok(PhraseSet {
            whole,
            phrases: folded,
            anchored: OnceCell::new(),
            reversed: OnceCell::new(),
            search: OnceCell::new(),
            longest,
            shortest,
            openings,
            closings,
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
        self.anchored()?.find(input).map(|m| m.end())
    }

    /// The longest phrase that `key` itself opens with, decoration not skipped (`None` when
    /// `key` opens with decoration): its end offset in `key`.
    pub(crate) fn opening(&self, key: &str) -> Option<usize> {
        if key.starts_with(decoration::is_decoration) {
            return None;
        }
        self.prefix(key)
    }

    /// [`opening`](Self::opening), when the phrase ends a word there (`more from` opens
    /// `more from livescience`, not `more fromage recipes`).
    pub(crate) fn opening_words(&self, key: &str) -> Option<usize> {
        self.opening(key).filter(|&end| {
            key[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    /// The longest phrase that `key` itself ends with, decoration not skipped (`None` when
    /// `key` ends with decoration): its start offset in `key`.
    pub(crate) fn ending(&self, key: &str) -> Option<usize> {
        if key.ends_with(decoration::is_decoration) {
            return None;
        }
        self.suffix(key)
    }

    /// The start offset in `key` of a phrase that ends `key` (before trailing decoration);
    /// the longest such phrase.
    ///
    /// A key is searched only if its last bytes are the last bytes of a phrase: its last
    /// byte alone ruled out few lines (phrases end with the commonest letters), and the
    /// `ad-marker` rule asks every line (the searches took 8.8M instructions over 200 dev
    /// pages, for no match on nearly every line).
    pub(crate) fn suffix(&self, key: &str) -> Option<usize> {
        let core = trim_end_decoration(key);
        if !self.closings.may_close(core.as_bytes()) {
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
        self.reversed()?.find(input).map(|m| core_end - m.end())
    }

    /// The anchored automaton of the phrases, built on first use.
    fn anchored(&self) -> Option<&AhoCorasick> {
        self.anchored
            .get_or_init(|| anchored_automaton(&self.phrases).ok())
            .as_ref()
    }

    /// The automaton of the reversed phrases, built on first use.
    fn reversed(&self) -> Option<&AhoCorasick> {
        self.reversed
            .get_or_init(|| {
                let reversed: Vec<Vec<u8>> = self
                    .phrases
                    .iter()
                    .map(|p| p.bytes().rev().collect())
                    .collect();
                anchored_automaton(&reversed).ok()
            })
            .as_ref()
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
        // A key shorter than every phrase holds none: on real pages, most short lines (menu
        // entries, labels, dates) are shorter than every notice, and a search, even one that
        // finds nothing, costs several hundred instructions to start.
        if key.len() < self.shortest {
            return false;
        }
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

    /// The unanchored search, built on first use: a contiguous NFA. It reads every byte of a
    /// line, and on a 65 kB glued line a noncontiguous NFA (cheaper to build, as for the
    /// anchored searches) cleaned at 45 MiB/s instead of 74 (`cargo bench --bench scaling --
    /// scaling/line`). A DFA searched the lexicon's lines 0.6% faster (instructions over 353
    /// dev pages) but took 42 million instructions to build, a quarter of a new process's
    /// first document, and time quadratic in the length of a long repetitive phrase (a user's
    /// 10 kB label took seconds). `None` only if the automaton cannot be built, as for the
    /// anchored one: then nothing matches.
    fn search(&self) -> Option<&Search> {
        self.search
            .get_or_init(|| {
                let build = |patterns: &[&[u8]], match_kind| {
                    AhoCorasick::builder()
                        .match_kind(match_kind)
                        .kind(Some(AhoCorasickKind::ContiguousNFA))
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
        // What is left is shorter than every phrase: nothing to search (see `contains_any`).
        if self.key.len().saturating_sub(pos) < self.set.shortest {
            return None;
        }
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

    /// Removes every phrase that folds to the same key as `phrase`, decoration at its ends
    /// left out as the set leaves it out (`[Ad]` removes `Ad`).
    pub(crate) fn remove(&mut self, phrase: &str) {
        let folded = fold(phrase);
        let key = trim_decoration(&folded);
        self.phrases.retain(|p| trim_decoration(&fold(p)) != key);
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
    use crate::phrases::decoration::is_decoration;
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

    /// Sets too large for their automata are refused when made, naming the rule; the limit
    /// itself is one the automata can be built under (their identifiers have 31 bits).
    #[test]
    fn a_phrase_longer_than_the_limit_is_refused() {
        let at_limit = "a".repeat(MAX_PHRASE_LEN);
        assert!(PhraseSet::new("test", &[at_limit.as_str()]).is_ok());
        let over = "a".repeat(MAX_PHRASE_LEN + 1);
        let err = PhraseSet::new("test", &["ad", over.as_str()]).unwrap_err();
        assert!(err.to_string().contains("at most 512"), "{err}");
    }

    #[test]
    fn oversized_phrase_sets_are_refused() {
        assert!(check_total_bytes("test", MAX_PHRASE_BYTES).is_ok());
        let err = check_total_bytes("test", MAX_PHRASE_BYTES + 1).unwrap_err();
        assert!(err.to_string().contains("test"), "{err}");
        assert!(MAX_PHRASE_BYTES < i32::MAX as usize / 2);
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
    fn opening_words_end_at_a_word_boundary() {
        let set = PhraseSet::new("related-section", &["More from", "المزيد من"]).unwrap();
        assert_eq!(set.opening_words("more from livescience"), Some(9));
        assert_eq!(set.opening_words("more from"), Some(9));
        assert_eq!(set.opening_words("more from: sport"), Some(9));
        assert!(set.opening_words("المزيد من مقالات الرأي").is_some());
        assert_eq!(set.opening_words("more fromage recipes"), None);
        assert_eq!(set.opening_words("read more from us"), None);
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
    pub(super) fn folded(phrases: &[&str]) -> Vec<String> {
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
                prop_assert_eq!(set.is_whole(key), set.naive_is_whole(key), "is_whole {:?}", key);
                prop_assert_eq!(set.prefix(key), set.naive_prefix(key), "prefix {:?}", key);
                prop_assert_eq!(set.suffix(key), set.naive_suffix(key), "suffix {:?}", key);
            }
        }
    }

    pub(super) fn user_sets_strategy() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
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
