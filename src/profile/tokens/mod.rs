//! Tokens and segments of a document, the units that site profiles count and match.
//!
//! Profiles learn from and match against the folded keys of a [`Doc`]'s lines, never the raw
//! text, so that `إقرأ`/`اقرأ`, tatweel and harakat, or `SMS`/`sms` are one spelling. A key is
//! cut into tokens:
//!
//! * a **word**: a run of letters of one script (Arabic or not); where the script switches
//!   inside a run (`yahoo.comللتواصل`), a new word starts;
//! * a **number**: a run of digits (with `.` or `,` between digits), always written `#`, so
//!   that `تبدأ بالرمز (48)` and `(153)` are one template;
//! * a **punctuation** mark: any other character; a run of the same mark is one token, and
//!   every dash is written `-`.
//!
//! A cut may only start where a new piece of text begins, a *segment* start ([`Start`]): a
//! line start, after sentence punctuation, at a glue point (a script switch, where a scraper
//! joined two texts), or after a colon. Ordinary phrasing recurs too (`خادم الحرمين الشريفين`
//! is in hundreds of documents), but mostly inside sentences, where no cut can start.

use std::ops::Range;

mod document;
mod written;

pub(crate) use document::{DocTokens, Reach};
pub(crate) use written::{canonical, hash_bytes, join, SeqHash};

/// A mark that ends a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{061F}' | '\u{2026}' | '\u{06D4}')
}

/// A dash of any width: bylines use `-`, `–` and `—` alike (`أميرة المولد- عين اليوم`,
/// `عمر إبراهيم – عين اليوم`), so templates write every dash `-`.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// A closing quote or bracket, which belongs to the sentence before it.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{00BB}' | '\u{201D}' | '\u{2019}' | '\u{FD3F}'
    )
}

/// Arabic-script letters: the Arabic (U+0600–U+06FF), Arabic Supplement (U+0750–U+077F) and
/// Arabic Extended-A (U+08A0–U+08FF) blocks and the presentation forms (U+FB50–U+FDFF,
/// U+FE70–U+FEFF), when alphabetic. Folding maps most presentation forms to plain letters.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters of Arabic script.
    Arabic,
    /// Letters of any other script.
    Letters,
    /// Digits; its text is always `#`.
    Number,
    /// One punctuation mark or symbol (a run of the same one).
    Punct,
}

impl Kind {
    /// Words and numbers count as words for positions ("the last 60 words").
    pub(crate) fn is_word(self) -> bool {
        !matches!(self, Kind::Punct)
    }
}

/// Whether a segment starts at a token, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// Inside a segment.
    Inside,
    /// The first token of a line.
    Line,
    /// After sentence punctuation (`.`, `!`, `?`, `؟`, `…`), past closing quotes.
    Sentence,
    /// At a glue point: a word of another script glued to the word before
    /// (`yahoo.comللتواصل`), where a scraper joined two texts.
    Glue,
    /// A word of another script than the word before, after a space (`Next Previous عين`).
    /// Ends a head piece; but a Latin word inside an Arabic sentence (`أرسل SMS إلى`) makes
    /// two such switches, so the end of a document is never cut from here.
    Switch,
    /// After a colon. Ends a byline (`… - سبق - الرياض:`), but a colon also opens a quotation,
    /// so the end of a document is never cut from here.
    Colon,
}

impl Start {
    /// Whether a tail template may start here.
    pub(crate) fn opens_tail(self) -> bool {
        matches!(self, Start::Line | Start::Sentence | Start::Glue)
    }
}

/// One token of a line's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Index of the line in the document.
    pub(crate) line: usize,
    /// Byte range in the line's key (a line's key is at most [`u32::MAX`] bytes long; see
    /// [`tokenize`]).
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) kind: Kind,
    pub(crate) starts: Start,
}

impl Token {
    /// The token's text as profiles store it: the key's characters, `#` for a number, one
    /// character for a run of punctuation.
    pub(crate) fn text<'k>(&self, key: &'k str) -> &'k str {
        match self.kind {
            Kind::Number => "#",
            Kind::Punct => {
                let s = &key[self.start as usize..self.end as usize];
                match s.chars().next() {
                    Some(c) if is_dash(c) => "-",
                    Some(c) => &s[..c.len_utf8()],
                    None => "",
                }
            }
            Kind::Arabic | Kind::Letters => &key[self.start as usize..self.end as usize],
        }
    }

    /// The key byte range.
    pub(crate) fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Character classes of a folded key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Digit,
    Arabic,
    Letter,
    Punct(char),
}

fn class(c: char) -> Class {
    // Keys are folded: mostly plain Arabic letters, ASCII and spaces. Those first, without
    // the Unicode tables.
    match c {
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => return Class::Arabic,
        ' ' => return Class::Space,
        'a'..='z' | 'A'..='Z' => return Class::Letter,
        '0'..='9' => return Class::Digit,
        _ if c.is_ascii() && !c.is_ascii_whitespace() && !c.is_ascii_control() => {
            return Class::Punct(c)
        }
        _ => {}
    }
    class_by_tables(c)
}

/// The class of `c` by the Unicode tables alone: what [`class`]'s fast paths must agree with.
fn class_by_tables(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_numeric() {
        Class::Digit
    } else if c.is_alphabetic() {
        if is_arabic(c) {
            Class::Arabic
        } else {
            Class::Letter
        }
    } else {
        Class::Punct(c)
    }
}

/// Appends the tokens of `key`, the folded key of line `line`, to `out`.
///
/// A line whose key is longer than 4 GiB has no tokens: no profile matches it, and token
/// offsets stay 32 bits (a token is 24 bytes).
pub(crate) fn tokenize(key: &str, line: usize, out: &mut Vec<Token>) {
    if u32::try_from(key.len()).is_err() {
        return;
    }
    let first = out.len();
    let mut chars = key.char_indices().peekable();
    // Whether white space came since the last token.
    let mut spaced = false;
    while let Some((at, c)) = chars.next() {
        let cls = class(c);
        let mut end = at + c.len_utf8();
        let kind = match cls {
            Class::Space => {
                spaced = true;
                continue;
            }
            Class::Digit => {
                // Digits, with `.`/`,`/`٫`/`٬` between two digits.
                while let Some(&(next_at, next)) = chars.peek() {
                    let after = next_at + next.len_utf8();
                    let digit_follows = || {
                        key[after..]
                            .chars()
                            .next()
                            .is_some_and(|d| class(d) == Class::Digit)
                    };
                    let part_of_number = class(next) == Class::Digit
                        || (matches!(next, '.' | ',' | '\u{066B}' | '\u{066C}') && digit_follows());
                    if !part_of_number {
                        break;
                    }
                    end = after;
                    chars.next();
                }
                Kind::Number
            }
            Class::Arabic | Class::Letter => {
                while let Some(&(next_at, next)) = chars.peek() {
                    if class(next) != cls {
                        break;
                    }
                    end = next_at + next.len_utf8();
                    chars.next();
                }
                if cls == Class::Arabic {
                    Kind::Arabic
                } else {
                    Kind::Letters
                }
            }
            Class::Punct(p) => {
                while let Some(&(next_at, next)) = chars.peek() {
                    if next != p {
                        break;
                    }
                    end = next_at + next.len_utf8();
                    chars.next();
                }
                Kind::Punct
            }
        };
        let starts = if out.len() == first {
            Start::Line
        } else {
            start_after(key, &out[first..], kind, c, spaced)
        };
        out.push(Token {
            line,
            start: at as u32,
            end: end as u32,
            kind,
            starts,
        });
        spaced = false;
    }
}

/// The words (and numbers) [`tokenize`] finds in `key`, counted without making tokens: the
/// runs of letters of one script and of digits (with `.`/`,` between digits).
pub(crate) fn word_count(key: &str) -> usize {
    if u32::try_from(key.len()).is_err() {
        return 0;
    }
    let mut words = 0;
    let mut prev: Option<Class> = None;
    let bytes = key.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Plain Arabic letters (two bytes) and spaces, most of a folded Arabic key, without
        // decoding.
        match bytes[at..] {
            [0xD8, 0xA1..=0xBA, ..] | [0xD9, 0x81..=0x8A, ..] => {
                if prev != Some(Class::Arabic) {
                    words += 1;
                }
                prev = Some(Class::Arabic);
                at += 2;
                continue;
            }
            [b' ', ..] => {
                prev = None;
                at += 1;
                continue;
            }
            _ => {}
        }
        let Some(c) = key[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
        let cls = class(c);
        match cls {
            Class::Arabic | Class::Letter | Class::Digit => {
                if prev != Some(cls) {
                    words += 1;
                }
                prev = Some(cls);
            }
            // `.` or `,` between two digits stays inside the number.
            Class::Punct('.' | ',' | '\u{066B}' | '\u{066C}')
                if prev == Some(Class::Digit)
                    && key[at..]
                        .chars()
                        .next()
                        .is_some_and(|d| class(d) == Class::Digit) => {}
            _ => prev = None,
        }
    }
    words
}

/// Whether a token of `kind` whose first character is `c` starts a segment after the tokens
/// `before` of its line (at least one).
fn start_after(key: &str, before: &[Token], kind: Kind, c: char, spaced: bool) -> Start {
    let Some(prev) = before.last() else {
        return Start::Line;
    };
    if is_closer(c) {
        return Start::Inside;
    }
    let prev_char = key[prev.range()].chars().next().unwrap_or(' ');
    if prev.kind == Kind::Punct && matches!(prev_char, ':' | '\u{FF1A}') {
        return Start::Colon;
    }
    // Sentence punctuation, maybe followed by closing quotes: a new sentence, if white space
    // or an Arabic letter follows (`yahoo.com`, `U.S.` and `1.5` are not sentence ends).
    let terminal = before
        .iter()
        .rev()
        .take_while(|t| t.kind == Kind::Punct)
        .map(|t| key[t.range()].chars().next().unwrap_or(' '))
        .find(|&p| !is_closer(p))
        .is_some_and(is_terminal);
    if terminal && (spaced || kind == Kind::Arabic) {
        return Start::Sentence;
    }
    let switch = matches!(
        (prev.kind, kind),
        (Kind::Arabic, Kind::Letters) | (Kind::Letters, Kind::Arabic)
    );
    match (switch, spaced) {
        (true, true) => Start::Switch,
        (true, false) => Start::Glue,
        (false, false) if prev.kind == Kind::Number && kind == Kind::Arabic => Start::Glue,
        _ => Start::Inside,
    }
}

/// The longest template, in tokens. The longest templates found on the development corpus
/// (`للتواصل مع الكاتب ارسل رسالة sms`, `* خدمة « نيويورك تايمز »`) have six.
pub(crate) const MAX_TOKENS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(String, Start)> {
        let key = crate::fold(text);
        let mut tokens = Vec::new();
        tokenize(&key, 0, &mut tokens);
        tokens
            .iter()
            .map(|t| (t.text(&key).to_owned(), t.starts))
            .collect()
    }

    fn starts(text: &str) -> Vec<String> {
        show(text)
            .into_iter()
            .filter(|(_, s)| *s != Start::Inside)
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn segment_starts() {
        const CASES: &[(&str, &str, &[&str])] = &[
            // name, line, tokens that start a segment
            ("line-start", "قال الوزير", &["قال"]),
            ("sentence", "انتهى الاجتماع. وقال الوزير", &["انتهي", "وقال"]),
            ("sentence-glued-arabic", "انتهى.وقال", &["انتهي", "وقال"]),
            ("closing-quote", "قال «انتهى.» ثم غادر", &["قال", "ثم"]),
            ("domain-is-no-sentence", "www.example.com here", &["www"]),
            ("decimal-is-no-sentence", "نما 1.5 في المائة", &["نما"]),
            (
                "glue-latin-arabic",
                "nafezah@yahoo.comللتواصل مع",
                &["nafezah", "للتواصل"],
            ),
            ("spaced-switch", "Next Previous عين اليوم", &["next", "عين"]),
            (
                "latin-inside-arabic",
                "أرسل SMS إلى 88548",
                &["ارسل", "sms", "الي"],
            ),
            (
                "colon",
                "عبدالله البرقاوي- سبق- الرياض: أكد",
                &["عبدالله", "اكد"],
            ),
            ("number-glued", "2015الرياض", &["#", "الرياض"]),
            ("number-spaced", "في 2015 الرياض", &["في"]),
        ];
        let mut failed = Vec::new();
        for (name, line, want) in CASES {
            let got = starts(line);
            if got != *want {
                failed.push(format!("{name}: {got:?} != {want:?}"));
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    /// [`word_count`] counts what [`tokenize`] makes.
    #[test]
    fn word_count_agrees_with_tokens() {
        let cases = [
            "",
            " ",
            "...",
            "* * *",
            "قال الوزير",
            "yahoo.comللتواصل",
            "12.5% و 1,000.",
            "12٫4 % نمو",
            "a.b 1. 2 .3",
            "Next Previous عين",
            "٣٤ 56 x7y",
            "—  – -",
            "رابط الخبر بصحيفة الوئام: عنوان 5",
            "1..2 3,,4 5.x",
        ];
        for text in cases {
            let key = crate::fold(text);
            let mut tokens = Vec::new();
            tokenize(&key, 0, &mut tokens);
            let words = tokens.iter().filter(|t| t.kind.is_word()).count();
            assert_eq!(word_count(&key), words, "{text:?}");
        }
    }

    proptest::proptest! {
        /// [`word_count`] is a twin of counting [`tokenize`]'s words.
        #[test]
        fn word_count_twin(text in "[\u{600}-\u{6FF} a-zA-Z0-9٫.,:@\\-–\n]{0,120}|\\PC{0,60}") {
            let key = crate::fold(&text);
            let mut tokens = Vec::new();
            tokenize(&key, 0, &mut tokens);
            let words = tokens.iter().filter(|t| t.kind.is_word()).count();
            proptest::prop_assert_eq!(word_count(&key), words);
        }
    }

    /// The fast paths of [`class`] agree with the Unicode tables.
    #[test]
    fn class_fast_paths_agree() {
        for c in ('\0'..='\u{07FF}').chain('\u{FB50}'..='\u{FEFF}') {
            assert_eq!(class(c), class_by_tables(c), "{c:?}");
        }
    }
}
