//! The `date_like` and `comment_word` features of a key in ASCII, read word by word: on such
//! a key the date and comment patterns can only match their Latin words, each a whole ASCII
//! word, and those are looked up in a table.
//!
//! Most keys of real pages are short, in ASCII, and match neither pattern, and a pattern's
//! search costs some hundreds of instructions however short the key: over a tenth of the real
//! pages the two searches took 46M of the 77M instructions of the lines' own features, for
//! keys of 29 bytes on average. Keys where a character outside ASCII may take part in a
//! match (Arabic words, digits of other scripts) are left to the patterns, which the tests
//! hold this to.

use crate::char_table::{CharInfo, InfoTable};

/// Longest word the table takes, in bytes.
const MAX_WORD: usize = 16;

/// Slots of the table: a power of two, at least twice the words it holds (about 90).
const SLOTS: usize = 256;

/// What a byte of a key is to [`LatinWords::read`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// An ASCII letter or `_`: part of a word.
    Letter,
    /// An ASCII digit: part of a word, and what years and numeric dates are made of.
    Digit,
    /// Any other ASCII byte: between words.
    Other,
    /// A byte outside ASCII.
    NotAscii,
}

/// The [`Class`] of each byte.
static CLASSES: [Class; 256] = {
    let mut classes = [Class::NotAscii; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            _ => Class::Other,
        };
        b += 1;
    }
    classes
};

/// FNV-1a over a word's bytes, as [`LatinWords::read`] hashes them on its way through a key.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn hash(word: &[u8]) -> u64 {
    word.iter().fold(FNV_START, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// A word of the table and what it is to the patterns.
#[derive(Clone, Copy)]
struct Entry {
    hash: u64,
    word: &'static str,
    date: bool,
    comment: bool,
}

/// The Latin words of the date and comment patterns ([`super::words_pattern`]): whole words,
/// and the stems of comment words, which take any ending.
///
/// The words sit in an open-addressed table of [`SLOTS`], each at the slot its hash picks or
/// the next free one. The table is fixed when built, so a key's words only read it: no input
/// makes a lookup probe more slots than the table's own longest run.
pub(super) struct LatinWords {
    slots: Box<[Option<Entry>; SLOTS]>,
    /// Length of the shortest and the longest word: the others are not looked up.
    lengths: (usize, usize),
    comment_stems: Vec<&'static [u8]>,
    /// The first character of each entry outside ASCII.
    unsure: Vec<char>,
}

/// Whether `b` is a word byte for an ASCII word boundary (`(?-u:\b)`).
fn is_word_byte(b: u8) -> bool {
    matches!(CLASSES[usize::from(b)], Class::Letter | Class::Digit)
}

/// Whether `w` is a word the table can hold: ASCII word bytes, at most [`MAX_WORD`].
fn is_plain(w: &str) -> bool {
    !w.is_empty() && w.len() <= MAX_WORD && w.bytes().all(is_word_byte)
}

impl LatinWords {
    /// The table of the Latin entries of the date words, the comment words and stems, or
    /// `None` if some entry would not be found word by word: one that is not a plain ASCII
    /// word or is longer than [`MAX_WORD`], a comment ending in ASCII (matched at a key's
    /// end, inside a word or not), or more words than half the table. Entries outside ASCII
    /// never match a key in ASCII.
    pub(super) fn new(
        date: &[&'static str],
        comment: &[&'static str],
        comment_stems: &[&'static str],
        comment_endings: &[&'static str],
    ) -> Option<LatinWords> {
        let latin = |list: &[&'static str]| -> Option<Vec<&'static str>> {
            let ascii: Vec<&'static str> = list.iter().copied().filter(|w| w.is_ascii()).collect();
            ascii.iter().all(|w| is_plain(w)).then_some(ascii)
        };
        let (all_dates, all_comments) = (date, comment);
        let (date, comment) = (latin(date)?, latin(comment)?);
        if comment_endings.iter().any(|e| e.is_ascii()) || date.len() + comment.len() > SLOTS / 2 {
            return None;
        }
        let mut unsure: Vec<char> = [all_dates, all_comments, comment_stems, comment_endings]
            .concat()
            .iter()
            .filter(|w| !w.is_ascii())
            .filter_map(|w| w.chars().next())
            .collect();
        unsure.sort_unstable();
        unsure.dedup();
        let mut table = LatinWords {
            slots: Box::new([None; SLOTS]),
            lengths: (MAX_WORD, 0),
            comment_stems: latin(comment_stems)?.iter().map(|s| s.as_bytes()).collect(),
            unsure,
        };
        let words = date
            .iter()
            .map(|&w| (w, true))
            .chain(comment.iter().map(|&w| (w, false)));
        for (word, is_date) in words {
            let hash = hash(word.as_bytes());
            let mut at = slot(hash);
            let entry = loop {
                match &mut table.slots[at] {
                    Some(entry) if entry.word == word => break entry,
                    Some(_) => at = (at + 1) % SLOTS,
                    free @ None => {
                        break free.insert(Entry {
                            hash,
                            word,
                            date: false,
                            comment: false,
                        })
                    }
                }
            };
            entry.date |= is_date;
            entry.comment |= !is_date;
            table.lengths = (
                table.lengths.0.min(word.len()),
                table.lengths.1.max(word.len()),
            );
        }
        Some(table)
    }

    /// The entry of `word`, whose [`hash`] is `h`, if it is one of the words.
    fn entry(&self, word: &[u8], h: u64) -> Option<Entry> {
        if word.len() < self.lengths.0 || word.len() > self.lengths.1 {
            return None;
        }
        let mut at = slot(h);
        while let Some(entry) = self.slots[at] {
            if entry.hash == h && entry.word.as_bytes() == word {
                return Some(entry);
            }
            at = (at + 1) % SLOTS;
        }
        None
    }

    /// Whether `word` opens with a comment stem.
    fn has_stem(&self, word: &[u8]) -> bool {
        self.comment_stems
            .iter()
            .any(|stem| word.first() == stem.first() && word.starts_with(stem))
    }

    /// Whether `c`, a character outside ASCII after `word`, may be part of a match that is not
    /// ASCII words: a digit of another script (`\d` reads them), a character an entry
    /// outside ASCII opens with (those match anywhere), or, right after a word that opens
    /// with a comment stem, any character (the stem's ending, `\w*`, reads letters of any
    /// script).
    ///
    /// Whether `c` is numeric is read from the crate's table of characters, which holds
    /// `char::is_numeric` for every character outside ASCII: the call searched Unicode's
    /// tables for each Arabic letter of a key (3.5M instructions over 200 real pages).
    fn is_unsure(&self, c: char, word: &[u8]) -> bool {
        InfoTable::get().info(c).has(CharInfo::DIGIT)
            || self.unsure.contains(&c)
            || self.has_stem(word)
    }

    /// Whether the date pattern matches `key`, and how many matches of the comment pattern
    /// it holds; `None` when a character outside ASCII may take part in a match
    /// ([`is_unsure`](Self::is_unsure)), which is left to the patterns.
    ///
    /// One pass over the bytes, hashing each word on the way. But for those characters,
    /// every match of the patterns is whole ASCII words, bounded as `(?-u:\b)` bounds them
    /// (any character outside ASCII bounds a word): a date or comment word, a comment stem
    /// with its ending, a year (`19` or `20` and two digits), or a numeric date (words of one
    /// or two, one or two, and two to four digits, one of `.` `/` `-` between each two). So
    /// each pattern's matches are found by looking at each word and the two before it, and
    /// the comment pattern matches each of its words once.
    pub(super) fn read(&self, key: &str) -> Option<(bool, usize)> {
        let bytes = key.as_bytes();
        let (mut date, mut comments) = (false, 0);
        // Whether each of the two words before the current one is a first or second part of
        // a numeric date: one or two digits, then a date separator alone.
        let mut before = [false; 2];
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            let (mut h, mut digits) = (FNV_START, 0);
            while let Some(&b) = bytes.get(at) {
                match CLASSES[usize::from(b)] {
                    Class::Letter => {}
                    Class::Digit => digits += 1,
                    Class::Other | Class::NotAscii => break,
                }
                h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                at += 1;
            }
            let word = &bytes[start..at];
            // What ends the word: an ASCII byte, a character outside ASCII or the key's end.
            let next = key.get(at..).and_then(|rest| rest.chars().next());
            if next.is_some_and(|c| !c.is_ascii() && self.is_unsure(c, word)) {
                return None;
            }
            if !word.is_empty() {
                let entry = self.entry(word, h);
                comments += usize::from(entry.is_some_and(|e| e.comment) || self.has_stem(word));
                date |= entry.is_some_and(|e| e.date);
                before = if digits == word.len() {
                    // A year, or the last part of a numeric date after two parts.
                    date |= (digits == 4 && matches!(word, [b'1', b'9', ..] | [b'2', b'0', ..]))
                        || ((2..=4).contains(&digits) && before.iter().all(|&part| part));
                    // A first or second part: one or two digits, and a separator alone
                    // before the next word.
                    let part = digits <= 2
                        && matches!(bytes.get(at), Some(b'.' | b'/' | b'-'))
                        && bytes.get(at + 1).is_some_and(|&b| is_word_byte(b));
                    [before[1], part]
                } else {
                    [before[1], false]
                };
            }
            at += next.map_or(1, char::len_utf8);
        }
        Some((date, comments))
    }
}

/// The slot a word's hash picks.
fn slot(h: u64) -> usize {
    (h >> 56) as usize % SLOTS
}

#[cfg(test)]
mod tests {
    use super::super::{LATIN_WORDS, PATTERNS};
    use super::*;
    use proptest::prelude::*;

    /// Keys of the patterns' words and stems with endings, digits, ASCII marks, and now and
    /// then a character outside ASCII.
    fn key_strategy() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "jan",
            "january",
            "may",
            "mayo",
            "june",
            "sept",
            "ago",
            "hours",
            "vor",
            "tagen",
            "reply",
            "replies",
            "comment",
            "comments",
            "kommentar",
            "kommentare",
            "likes",
            "report",
            "quote",
            "x",
            "ab",
            "commentaire",
            "says",
            "k",
            "kom",
        ]);
        let piece = prop_oneof![
            6 => word.prop_map(str::to_owned),
            2 => "[ .,:;!?()/_-]{1,2}",
            1 => "[a-zA-Z0-9_]{1,4}",
            2 => "(19|20)[0-9]{2}|[0-9]{1,3}([./-][0-9]{1,5}){0,3}",
            1 => "[éü\u{0660}-\u{0669}تعليق]",
        ];
        prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn latin_words_agree_with_the_patterns(key in key_strategy()) {
            let latin = LATIN_WORDS.as_ref().expect("the lexicon's words are plain");
            let date = PATTERNS.date.is_match(&key);
            let comments = PATTERNS.comment.find_iter(&key).count();
            match latin.read(&key) {
                Some(read) => prop_assert_eq!(read, (date, comments), "{:?}", key),
                None => prop_assert!(!key.is_ascii(), "{:?}", key),
            }
        }

        #[test]
        fn latin_words_agree_with_the_patterns_beside_other_scripts(
            key in "[ -~éüß’–“”«»►東京年〇٠-٩۰-۹ت\u{0623}مرد\u{0966}-\u{096F}]{0,40}"
        ) {
            let latin = LATIN_WORDS.as_ref().expect("the lexicon's words are plain");
            let patterns = (PATTERNS.date.is_match(&key), PATTERNS.comment.find_iter(&key).count());
            if let Some(read) = latin.read(&key) {
                prop_assert_eq!(read, patterns, "{:?}", key);
            }
        }

        #[test]
        fn latin_words_agree_with_the_patterns_on_any_ascii(key in "[ -~]{0,40}") {
            let latin = LATIN_WORDS.as_ref().expect("the lexicon's words are plain");
            let read = latin.read(&key);
            let patterns = (PATTERNS.date.is_match(&key), PATTERNS.comment.find_iter(&key).count());
            prop_assert_eq!(read, Some(patterns), "{:?}", key);
        }
    }

    #[test]
    fn entries_that_are_not_plain_words_turn_the_table_off() {
        assert!(LatinWords::new(&["may"], &["e-mail"], &[], &[]).is_none());
        assert!(LatinWords::new(&["may"], &["reply"], &[], &["ly"]).is_none());
        assert!(LatinWords::new(&["may", "مايو"], &["reply"], &["kommentar"], &["رد"]).is_some());
        let latin =
            LatinWords::new(&["may", "مايو"], &["reply", "may"], &["kommentar"], &[]).unwrap();
        assert_eq!(latin.read("may reply, kommentare"), Some((true, 3)));
        assert_eq!(latin.read("mayday 2 replys"), Some((false, 0)));
        assert_eq!(latin.read("posted 3/11/2015"), Some((true, 0)));
        assert_eq!(latin.read("posted 3/11/2015x 1999"), Some((true, 0)));
        assert_eq!(
            latin.read("posted 3/11/20155 19999 3/123/15"),
            Some((false, 0))
        );
        assert_eq!(latin.read("مايو"), None);
        assert_eq!(latin.read("für may – über 3/11/2015"), Some((true, 1)));
        assert_eq!(latin.read("reply\u{2019}s 東京"), Some((false, 1)));
        assert_eq!(latin.read("kommentaré"), None);
        assert_eq!(latin.read("3/11/٢٠١٥"), None);
    }
}
