//! Folding text into a key for matching.
//!
//! Scraped Arabic spells the same marker many ways (`إقرأ أيضاً` / `اقرأ ايضا`, `يعرض` with
//! Arabic or Persian yeh, tatweel inside words) and Latin markers come in any case. Rules match
//! lexicon phrases against a *folded key* of each line, never against the text itself, and the
//! output is always built from the original bytes.
//!
//! The fold works one character at a time, so that a key offset can always be traced back to
//! the source character that produced it ([`key_to_source`]):
//!
//! * invisible controls (bidi marks, zero-width joiners, BOM, soft hyphen) are dropped;
//! * compatibility decomposition (the per-character half of NFKC: presentation forms,
//!   ligatures, full-width Latin) is applied, then combining marks are dropped, which removes
//!   Arabic harakat and tanween, the hamza and madda on alef (`أ إ آ → ا`) and Latin accents;
//! * tatweel is dropped, `ٱ → ا`, `ى ی → ي`, `ک → ك`;
//! * letters are lower-cased;
//! * every run of white space becomes one ASCII space, and the key has none at either end.

use unicode_normalization::char::decompose_compatible;

use crate::script::{is_arabic_mark, is_invisible};

/// Calls `emit(folded_char, source_byte_offset)` for every character of the key of `src`.
#[inline]
fn fold_each(src: &str, mut emit: impl FnMut(char, usize)) {
    let mut pending_space: Option<usize> = None;
    let mut started = false;
    for (at, c) in src.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_whitespace() {
                if started && pending_space.is_none() {
                    pending_space = Some(at);
                }
                continue;
            }
            if let Some(space_at) = pending_space.take() {
                emit(' ', space_at);
            }
            started = true;
            emit(c.to_ascii_lowercase(), at);
            continue;
        }
        if c.is_whitespace() {
            if started && pending_space.is_none() {
                pending_space = Some(at);
            }
            continue;
        }
        let mut put = |f: char| {
            if let Some(space_at) = pending_space.take() {
                emit(' ', space_at);
            }
            started = true;
            emit(f, at);
        };
        fold_char(c, &mut put);
    }
}

/// Folds one non-ASCII, non-space character.
#[inline]
fn fold_char(c: char, put: &mut impl FnMut(char)) {
    match c {
        // Plain Arabic letters need no decomposition: the common case, kept fast.
        '\u{0621}'
        | '\u{0627}'
        | '\u{0628}'..='\u{063F}'
        | '\u{0641}'..='\u{0648}'
        | '\u{064A}' => put(c),
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => put('ا'),
        '\u{0649}' | '\u{06CC}' | '\u{06D0}' | '\u{0626}' => put('ي'),
        '\u{0624}' => put('و'),
        '\u{06A9}' => put('ك'),
        _ if is_invisible(c) || is_arabic_mark(c) || is_combining(c) => {}
        _ => {
            let mut decomposed = false;
            decompose_compatible(c, |d| {
                decomposed = true;
                if is_arabic_mark(d) || is_combining(d) || is_invisible(d) {
                    return;
                }
                match d {
                    '\u{0649}' | '\u{06CC}' => put('ي'),
                    '\u{0671}' => put('ا'),
                    _ if d.is_whitespace() => put(' '),
                    _ if d.is_ascii() => put(d.to_ascii_lowercase()),
                    _ => {
                        for l in d.to_lowercase() {
                            put(l);
                        }
                    }
                }
            });
            if !decomposed {
                put(c);
            }
        }
    }
}

/// Combining diacritics outside the Arabic block (Latin accents and the like).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Appends the folded key of `src` to `out`.
pub(crate) fn fold_into(src: &str, out: &mut String) {
    fold_each(src, |c, _| out.push(c));
}

/// Returns the folded key of `src`.
///
/// ```
/// assert_eq!(textsieve::fold("إقرأ  أيضاً:"), "اقرا ايضا:");
/// assert_eq!(textsieve::fold("Cookie\u{200F} POLICY"), "cookie policy");
/// ```
pub fn fold(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    fold_into(src, &mut out);
    out
}

/// Maps a byte offset in the key of `src` back to a byte offset in `src`.
///
/// An offset inside the key maps to the start of the source character that produced that key
/// character; the key's length maps to the end of the last source character that produced
/// anything (so trailing spaces and invisible characters stay outside).
pub(crate) fn key_to_source(src: &str, key_offset: usize) -> usize {
    let mut key_len = 0;
    let mut found = None;
    let mut end_of_last = 0;
    fold_each(src, |c, at| {
        if found.is_none() && key_len >= key_offset {
            found = Some(at);
        }
        key_len += c.len_utf8();
        let char_len = src[at..].chars().next().map_or(0, char::len_utf8);
        if c != ' ' {
            end_of_last = at + char_len;
        }
    });
    found.unwrap_or(end_of_last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_spellings_meet() {
        assert_eq!(fold("إقرأ أيضاً"), fold("اقرا ايضا"));
        assert_eq!(fold("يعرض الآن"), fold("یعرض الان"));
        assert_eq!(fold("مقـــالات"), "مقالات");
        assert_eq!(fold("ٱلإعلان"), "الاعلان");
        assert_eq!(fold("مستشفى"), "مستشفي");
    }

    #[test]
    fn presentation_forms_and_latin() {
        assert_eq!(fold("\u{FEFB}"), "لا");
        assert_eq!(fold("ＡＤＶＥＲＴＩＳＥＭＥＮＴ"), "advertisement");
        assert_eq!(fold("Publicité"), "publicite");
        assert_eq!(fold("\u{FEFF}  Read\u{00A0}\u{00A0}More \t"), "read more");
    }

    #[test]
    fn offsets_map_back() {
        let src = "  إقرأ أيضاً: نص";
        let key = fold(src);
        let colon = key.find(':').unwrap();
        assert_eq!(&src[key_to_source(src, colon)..], ": نص");
        assert_eq!(key_to_source(src, 0), 2);
        assert_eq!(key_to_source(src, key.len()), src.len());
        let trailing = "abc  \u{200F}";
        assert_eq!(key_to_source(trailing, 3), 3);
    }
}
