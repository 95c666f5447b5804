//! Counts over a line's bytes that the line model reads beside the [`Doc`](crate::Doc)'s own
//! measurements: capitalised and short words, upper-case letters, quotes, separators, links.
//!
//! Every line of every document passes through here, so the counts come from one loop over
//! the bytes (and SIMD searches for the rare link markers in the key) rather than a walk over
//! decoded characters with Unicode lookups. The definitions are chosen to make that
//! possible, and a naive twin in the tests spells each one out over characters.

use memchr::memchr3_iter;

/// What [`stats`] counts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stats {
    /// Words: runs of bytes between spaces and tabs.
    pub(crate) words: usize,
    /// Words whose first byte is an ASCII letter.
    pub(crate) cased: usize,
    /// Words whose first byte is an ASCII capital.
    pub(crate) capitals: usize,
    /// Words of one to three characters that do not start with an ASCII digit (`the`, `of`,
    /// `في`, `من`): function words, dense in sentences, rare in menus and headlines.
    pub(crate) short: usize,
    /// ASCII capitals.
    pub(crate) upper: usize,
    /// Quotation marks: `"` `“` `”` `«` `»` `„`.
    pub(crate) quotes: usize,
    /// Separators of menus and breadcrumbs: `|` `•` `·` `»` `›` `>` `/` `–` `—` and ` - `.
    pub(crate) separators: usize,
    /// Whether the line holds a link or an address (`http:`, `https:`, `www.`, `.com`, `@`).
    pub(crate) link: bool,
}

/// Whether `key` holds `http:`, `https:`, `www.`, `.com` or `@`: one search for the rare
/// bytes (`@`, `.`, `:`) together, and at each `.` and `:` found a look at the bytes around
/// it. Substring searches for `www.`, `.com` and `http` cost more to set up than a short line
/// takes to read (most lines of prose hold a `.`), and so did a search for each byte: three
/// searches to start per line took 35% more instructions than one.
fn has_link(key: &[u8]) -> bool {
    memchr3_iter(b'@', b'.', b':', key).any(|at| match key[at] {
        b'@' => true,
        b'.' => key[at..].starts_with(b".com") || key[..=at].ends_with(b"www."),
        _ => key[..at].ends_with(b"http") || key[..at].ends_with(b"https"),
    })
}

/// Bytes of a line that are counted: these counts tell headlines, menus and bylines from
/// sentences, and a line longer than this is a paragraph whatever its first words are, so
/// the rest of it need not be read again.
const PREFIX_BYTES: usize = 512;

/// The counts of the first [`PREFIX_BYTES`] of `text` (cut at a character boundary); `key`
/// is its folded key (lower case), where links are looked for, over the same length.
///
/// One loop over the bytes, each looked at once: real pages' lines are short (43 bytes on
/// average), and on them the setup of a SIMD search per mark and per word gap cost six times
/// the loop (1.65G against 0.3G instructions per pass over the real pages).
pub(crate) fn stats(text: &str, key: &str) -> Stats {
    let bytes = prefix(text).as_bytes();
    let mut s = Stats {
        link: has_link(prefix(key).as_bytes()),
        ..Stats::default()
    };
    let mut word_start = 0;
    // ` - ` is counted as a separator where it does not overlap the last one counted.
    let mut dash_from = 0;
    let mut from = 0;
    while let Some(skipped) = bytes[from..].iter().position(|&b| COUNTED[usize::from(b)]) {
        let i = from + skipped;
        let b = bytes[i];
        from = i + 1;
        match b {
            b' ' | b'\t' => {
                s.add_word(&bytes[word_start..i]);
                word_start = i + 1;
            }
            b'A'..=b'Z' => s.upper += 1,
            b'"' => s.quotes += 1,
            b'|' | b'/' | b'>' => s.separators += 1,
            b'-' if i > dash_from && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ') => {
                s.separators += 1;
                dash_from = i + 2;
            }
            // The marks outside ASCII open with 0xC2 (two bytes) or 0xE2 (three).
            0xC2 | 0xE2 => match (b, bytes.get(i + 1), bytes.get(i + 2)) {
                (0xC2, Some(0xAB), _) | (0xE2, Some(0x80), Some(0x9C..=0x9E)) => s.quotes += 1,
                // `»` closes a quote and separates breadcrumbs alike.
                (0xC2, Some(0xBB), _) => {
                    s.quotes += 1;
                    s.separators += 1;
                }
                (0xC2, Some(0xB7), _) | (0xE2, Some(0x80), Some(0x93 | 0x94 | 0xA2 | 0xBA)) => {
                    s.separators += 1;
                }
                _ => {}
            },
            _ => {}
        }
    }
    s.add_word(&bytes[word_start..]);
    s
}

/// The bytes that [`stats`] looks at: word gaps, capitals, the ASCII marks, and the lead
/// bytes of the marks outside ASCII. Every other byte (lower-case letters, digits, the bytes
/// of other scripts: most of a line) changes no count, and one lookup steps over it where
/// the `match` took about ten instructions to find that it has no arm for it.
static COUNTED: [bool; 256] = {
    let mut counted = [false; 256];
    let mut b = b'A';
    while b <= b'Z' {
        counted[b as usize] = true;
        b += 1;
    }
    let marks = b" \t\"|/>-\xC2\xE2";
    let mut i = 0;
    while i < marks.len() {
        counted[marks[i] as usize] = true;
        i += 1;
    }
    counted
};

/// At most [`PREFIX_BYTES`] of `text`, ending on a character boundary.
fn prefix(text: &str) -> &str {
    let mut end = text.len().min(PREFIX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl Stats {
    fn add_word(&mut self, word: &[u8]) {
        let Some(&first) = word.first() else {
            return;
        };
        self.words += 1;
        self.cased += usize::from(first.is_ascii_alphabetic());
        self.capitals += usize::from(first.is_ascii_uppercase());
        // Three characters take three bytes at least and twelve at most; a character starts
        // at every byte that is not a continuation byte. A word of four bytes or more that
        // opens with four ASCII characters (most words that are not short) is not short;
        // otherwise the starts are counted up to the fourth only.
        if word.len() <= 12 && !first.is_ascii_digit() {
            let short = match word {
                [_] | [_, _] | [_, _, _] => true,
                [a, b, c, d, ..] if (a | b | c | d).is_ascii() => false,
                _ => word.iter().filter(|&&b| b & 0xC0 != 0x80).nth(3).is_none(),
            };
            self.short += usize::from(short);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The same counts, over characters (of texts shorter than the prefix).
    fn naive(text: &str, key: &str) -> Stats {
        let words: Vec<&str> = text.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
        let first = |w: &str| w.chars().next().unwrap_or(' ');
        Stats {
            words: words.len(),
            cased: words
                .iter()
                .filter(|w| first(w).is_ascii_alphabetic())
                .count(),
            capitals: words
                .iter()
                .filter(|w| first(w).is_ascii_uppercase())
                .count(),
            short: words
                .iter()
                .filter(|w| w.chars().count() <= 3 && !first(w).is_ascii_digit())
                .count(),
            upper: text.chars().filter(char::is_ascii_uppercase).count(),
            quotes: text
                .chars()
                .filter(|c| matches!(c, '"' | '“' | '”' | '«' | '»' | '„'))
                .count(),
            separators: text
                .chars()
                .filter(|c| matches!(c, '|' | '•' | '·' | '»' | '›' | '>' | '/' | '–' | '—'))
                .count()
                + text.matches(" - ").count(),
            link: ["http:", "https:", "www.", ".com", "@"]
                .iter()
                .any(|p| key.contains(p)),
        }
    }

    #[test]
    fn counts() {
        let text = "Home | News » Sport – \"Quote\" «نص» في من 2020 The end";
        let s = stats(text, &text.to_lowercase());
        assert_eq!(s, naive(text, &text.to_lowercase()));
        assert_eq!(s.capitals, 4);
        assert_eq!(s.quotes, 5);
        assert!(!s.link);
        // ` - ` marks that share a space count once, as a search from left to right finds them.
        for text in ["a - - b", "a - -  - b", "- a -", " - ", "a -- b"] {
            assert_eq!(stats(text, text), naive(text, text), "{text:?}");
        }
        assert!(stats("mail me@example.org", "mail me@example.org").link);
        assert!(stats("see https://x.org", "see https://x.org").link);
        assert!(!stats("the http header", "the http header").link);
    }

    #[test]
    fn long_lines_are_counted_over_their_prefix() {
        let long = "Word ".repeat(500);
        assert_eq!(stats(&long, &long.to_lowercase()).words, 512 / 5 + 1);
        let arabic = "كلمة ".repeat(200);
        assert!(stats(&arabic, &arabic).words <= 512 / 9 + 1);
    }

    #[test]
    fn every_character_is_counted_as_by_naive_twin() {
        // The bytes `stats` steps over (`COUNTED`) change no count: each character of the
        // first blocks of Unicode, alone, beside a word, in a ` - ` gap and doubled.
        for c in (0..0x3000).filter_map(char::from_u32) {
            let text = format!("{c} a{c} - {c}{c}x");
            assert_eq!(stats(&text, &text), naive(&text, &text), "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn finds_links_as_naive_twin(key in "(www|ww|com|http|https|htt|s|w|c|o|m|[.:@ /x])*") {
            prop_assert_eq!(stats(&key, &key), naive(&key, &key));
        }

        #[test]
        fn matches_naive_twin_on_words_of_any_length(
            text in "([a-zA-Z0-9é»–\u{600}\u{4E00}]{0,14}[ \t\"|/>\\-,.]{0,2}){0,12}"
        ) {
            let key = text.to_lowercase();
            prop_assert_eq!(stats(&text, &key), naive(&text, &key));
        }

        #[test]
        fn matches_naive_twin(text in "[ a-zA-Z0-9\"“”„«»•·›–—|>/@.:\\-\u{600}-\u{620}é\t]{0,60}") {
            let key = text.to_lowercase();
            prop_assert_eq!(stats(&text, &key), naive(&text, &key));
        }
    }
}
