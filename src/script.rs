//! What a character is: character classes for the scripts we care about, the letters the
//! glue detector reads, and the key the fold gives one character.
//!
//! Ranges come from the Unicode blocks named beside them. They are written out by hand instead
//! of using `char::is_alphabetic`, because the glue detector and the line statistics run over
//! every character of every document and must stay cheap. These predicates are the
//! definition; [`char_table`](crate::char_table) combines them into the table the hot loops
//! read.

use unicode_normalization::char::decompose_compatible;

/// Arabic letters: Arabic (U+0600–U+06FF) letters, Arabic Supplement (U+0750–U+077F),
/// Arabic Extended-A (U+08A0–U+08FF) and the presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'   // hamza .. ghain (U+0640 tatweel excluded)
        | '\u{0641}'..='\u{064A}' // feh .. yeh
        | '\u{066E}'..='\u{066F}' // dotless beh, qaf
        | '\u{0671}'..='\u{06D3}' // alef wasla .. yeh barree with hamza
        | '\u{06D5}'              // ae
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}' // Arabic Supplement
        | '\u{08A0}'..='\u{08C9}' // Arabic Extended-A letters
        | '\u{FB50}'..='\u{FDFF}' // Arabic Presentation Forms-A
        | '\u{FE70}'..='\u{FEFC}' // Arabic Presentation Forms-B
    )
}

/// Arabic combining marks (harakat, tanween, Quranic marks) and tatweel: they ride on a letter
/// and never separate words, so scanners skip them.
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{0640}'              // tatweel
        | '\u{064B}'..='\u{065F}' // fathatan .. wavy hamza below
        | '\u{0670}'              // superscript alef
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08FF}'
    )
}

/// Latin letters: Basic Latin, Latin-1 Supplement and Latin Extended-A/B letters.
pub(crate) fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' if c != '\u{00D7}' && c != '\u{00F7}')
}

/// Format and control characters that are invisible in text: bidi marks and embeddings
/// (U+200E/F, U+202A–E, U+2066–9, U+061C), zero-width space/joiners (U+200B–D), word joiner
/// (U+2060), soft hyphen and the byte-order mark.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Punctuation that ends a sentence in the scripts scrapers meet: Latin, Arabic (`؟` U+061F,
/// `۔` U+06D4), CJK full stops and marks, Devanagari danda, Armenian, Ethiopic.
pub(crate) fn is_terminal_punct(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{061F}'
            | '\u{06D4}'
            | '\u{3002}'
            | '\u{FF01}'
            | '\u{FF1F}'
            | '\u{FF0E}'
            | '\u{0964}'
            | '\u{0965}'
            | '\u{0589}'
            | '\u{1362}'
            | '\u{2026}'
    )
}

/// Punctuation that joins clauses: commas and semicolons of Latin, Arabic (`،` U+060C,
/// `؛` U+061B) and CJK (`、` `，` `；`).
pub(crate) fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | '\u{060C}' | '\u{061B}' | '\u{3001}' | '\u{FF0C}' | '\u{FF1B}'
    )
}

/// Quotes and closing brackets that may stand between a sentence end and the line end.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{00BB}'
            | '\u{2019}'
            | '\u{201D}'
            | '\u{300D}'
            | '\u{300F}'
            | '\u{FF09}'
            | '*'
    )
}

/// Bullet characters that start list items.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{00B7}'
            | '\u{25AA}'
            | '\u{25B8}'
            | '\u{25BA}'
            | '\u{25CF}'
            | '\u{25E6}'
            | '\u{2023}'
            | '\u{2043}'
            | '\u{2219}'
            | '\u{25A0}'
            | '\u{25A1}'
            | '\u{2013}'
            | '\u{2014}'
            | '-'
            | '*'
            | '>'
            | '\u{00BB}'
            | '\u{203A}'
    )
}

/// Letters of scripts written without spaces between words: Thai (U+0E00–U+0E7F), Lao,
/// Khmer (U+1780–U+17FF), Myanmar, Hiragana and Katakana (U+3040–U+30FF), CJK ideographs
/// (U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF). Korean is written with spaces.
pub(crate) fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
    )
}

/// Letters of any script (cheap for ASCII and Arabic, falls back to `char::is_alphabetic`).
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_arabic_letter(c) || c.is_alphabetic()
    }
}

/// `ة` and `ى`: they only end words.
pub(crate) fn is_final_letter(c: char) -> bool {
    matches!(c, '\u{0629}' | '\u{0649}')
}

/// Alef with or without hamza or madda: after a plain alef, it starts a new word.
pub(crate) fn is_any_alef(c: char) -> bool {
    matches!(c, 'ا' | 'أ' | 'إ' | 'آ')
}

/// `إ` and `آ`: after two or more letters that are not a clitic, they start a new word.
pub(crate) fn is_word_initial_alef(c: char) -> bool {
    matches!(c, 'إ' | 'آ')
}

/// One-letter clitics that may precede `إ` or `آ` inside a word: `ل` `ب` `و` `ف` `ك`.
pub(crate) fn is_clitic(c: char) -> bool {
    matches!(c, 'ل' | 'ب' | 'و' | 'ف' | 'ك')
}

/// Joiners that end sentences: glue only between a lower-case or Arabic letter and an
/// upper-case or Arabic one.
pub(crate) fn is_sentence_joiner(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{061F}')
}

/// Punctuation that may stand between two glued texts: a closing quote or bracket, or a
/// sentence end.
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201D}' | '\u{00BB}' | ')' | ']' | '.' | '!' | '?' | '\u{061F}'
    )
}

/// Folds one character that is not white space (ASCII: lower case), calling `put` for each key
/// character (a space included, for decompositions that hold one).
pub(crate) fn fold_char(c: char, put: &mut impl FnMut(char)) {
    if c.is_ascii() {
        put(c.to_ascii_lowercase());
        return;
    }
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
                    // The same letters as the plain-letter arms above, reached from their
                    // presentation forms (`ﯤ` → `ې`, `ﮎ` → `ک`).
                    '\u{0649}' | '\u{06CC}' | '\u{06D0}' => put('ي'),
                    '\u{0671}' | '\u{0672}' | '\u{0673}' => put('ا'),
                    '\u{06A9}' => put('ك'),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('ی'));
        assert!(!is_arabic_letter('\u{0640}'));
        assert!(is_arabic_mark('\u{064B}'));
        assert!(is_latin_letter('é'));
        assert!(!is_latin_letter('×'));
        assert!(is_invisible('\u{200F}'));
        assert!(is_terminal_punct('؟'));
        assert!(is_clause_punct('،'));
        assert!(is_letter('字'));
        assert!(!is_letter('5'));
    }
}
