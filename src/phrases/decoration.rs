//! Decoration: the marks around a label that do not change it (`- Advertisement -`, `[Ad]`,
//! `اقرأ أيضاً:`, `Related »`), trimmed from phrases and keys before they are compared.
//!
//! Separate from the phrase sets because it is a question about characters, not about
//! phrases: rules and the lexicon trim keys with it too, and its fast path (a key that opens
//! and closes with a plain letter needs no trimming) is tested on its own.

/// Characters that decorate a label without changing it: `- Advertisement -`, `[Ad]`,
/// `اقرأ أيضاً:`, `Related »`.
pub(super) fn is_decoration(c: char) -> bool {
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
///
/// Inline: the phrase sets trim every key they are asked about (seven times a line on real
/// pages), and when the compiler left it out of line, the calls cost 8M instructions more
/// over a tenth of the real pages.
#[inline]
pub(super) fn trim_start_decoration(key: &str) -> &str {
    if opens_plain(key.as_bytes()) {
        key
    } else {
        key.trim_start_matches(is_decoration)
    }
}

/// `key` without trailing decoration. Inline, as [`trim_start_decoration`].
#[inline]
pub(super) fn trim_end_decoration(key: &str) -> &str {
    if closes_plain(key.as_bytes()) {
        key
    } else {
        key.trim_end_matches(is_decoration)
    }
}

/// The key without decoration at either end. Inline, as [`trim_start_decoration`]: the
/// phrase sets' whole-key lookups trim every key they are asked about (388,321 calls over a
/// tenth of the real pages, 8.8M instructions more out of line).
#[inline]
pub(crate) fn trim_decoration(key: &str) -> &str {
    trim_end_decoration(trim_start_decoration(key))
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
