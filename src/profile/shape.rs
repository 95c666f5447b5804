//! The shapes of pieces of text that templates are made of, shared by learning and applying:
//! which runs of tokens can be a template, which head segments are bylines rather than the
//! lead, which lines are contact lines.

use crate::doc::Doc;
use crate::profile::tokens::{DocTokens, Kind, Start, Token};

/// A head piece (byline, slider line) has at most this many words; a longer first segment is
/// the lead paragraph.
pub(crate) const HEAD_WORDS: usize = 12;
/// Head lines looked at: the two lines with text after the first one (which is the title or
/// the first sentence, and is never cut).
pub(crate) const HEAD_LINES: usize = 2;
/// Segments looked at per head line: a slider, then a byline, then a dateline.
pub(crate) const HEAD_PIECES: usize = 3;
/// A contact line (an e-mail or a handle) has at most this many words.
pub(crate) const CONTACT_WORDS: usize = 6;

/// The key of the line whose first token is `first`.
pub(crate) fn line_key<'d>(doc: &'d Doc<'_>, toks: &DocTokens, first: usize) -> &'d str {
    doc.line(toks.tokens[first].line).map_or("", |l| l.key())
}

/// Whether a run of tokens can be a template: a word of letters (`سمات`, a tag list's
/// label), or two tokens or more with a word among them.
pub(crate) fn is_template_shape(run: &[Token]) -> bool {
    match run {
        [one] => matches!(one.kind, Kind::Arabic | Kind::Letters),
        _ => run.len() >= 2 && run.iter().any(|t| t.kind.is_word()),
    }
}

/// Whether the sentence that `run` (the rest of a line) opens ends with a full stop: one `.`
/// (not an ellipsis) or `۔`, maybe before closing quotes, where the next sentence starts or
/// the line ends. The dots of `example.com` and `1.5` end nothing.
pub(crate) fn sentence_closed(key: &str, run: &[Token]) -> bool {
    let end = run
        .iter()
        .skip(1)
        .position(|t| t.starts == Start::Sentence)
        .map_or(run.len(), |i| i + 1);
    run[..end]
        .iter()
        .rev()
        .find(|t| !(t.kind == Kind::Punct && is_closer_text(t.text(key))))
        .is_some_and(|t| t.kind == Kind::Punct && matches!(&key[t.range()], "." | "\u{06D4}"))
}

/// A closing quote or bracket, as a token's text.
fn is_closer_text(text: &str) -> bool {
    matches!(
        text,
        "\"" | "'" | ")" | "]" | "}" | "\u{00BB}" | "\u{201D}" | "\u{2019}" | "\u{FD3F}"
    )
}

/// Words in a run of tokens.
pub(crate) fn words(run: &[Token]) -> usize {
    run.iter().filter(|t| t.kind.is_word()).count()
}

/// Whether a head segment is short enough to be a byline or slider line, rather than the
/// lead: at most [`HEAD_WORDS`] words, and not a sentence (it does not end with `.`, `!`,
/// `?` or `؟`).
pub(crate) fn is_head_piece(key: &str, piece: &[Token]) -> bool {
    let n = words(piece);
    let sentence = piece.last().is_some_and(|t| {
        t.kind == Kind::Punct && matches!(t.text(key), "." | "!" | "?" | "\u{061F}")
    });
    (1..=HEAD_WORDS).contains(&n) && !sentence
}

/// Whether a head opening can generalise: two words, or a word and a separator (`سبق -`,
/// `واس -`, whatever the place after them).
pub(crate) fn is_head_start_shape(run: &[Token]) -> bool {
    words(run) >= 2 || (words(run) == 1 && run.iter().any(|t| t.kind == Kind::Punct))
}

/// A separator between the parts of a byline (`NAME - سبق - CITY:`), as a token's text.
pub(crate) fn is_separator(text: &str) -> bool {
    matches!(text, "-" | "|" | "/" | "\u{2022}" | "\u{00B7}")
}

/// Whether a run of tokens is a head middle: a separator, one or two words of letters, a
/// separator (`- سبق -`, `| رويترز |`). Dates (`7 / 8`) have numbers, not words.
pub(crate) fn is_mid_shape(key: &str, run: &[Token]) -> bool {
    run.len() >= 3
        && run.len() <= 4
        && is_separator(run[0].text(key))
        && is_separator(run[run.len() - 1].text(key))
        && run[1..run.len() - 1]
            .iter()
            .all(|t| matches!(t.kind, Kind::Arabic | Kind::Letters))
}

/// Whether a head ending can generalise: a word, and a separator inside (the dash of
/// `- سبق - الرياض :`, `– عين اليوم`), so that a place name before a colon (`مكة المكرمة :`)
/// is not taken for a byline.
pub(crate) fn is_head_end_shape(run: &[Token]) -> bool {
    words(run) >= 1
        && run[..run.len().saturating_sub(1)]
            .iter()
            .any(|t| t.kind == Kind::Punct)
}

/// Whether tokens (a segment or a line) are a contact: an `@` (e-mail address or handle), a
/// Latin word, and at most [`CONTACT_WORDS`] words (`m.althaidy@asharqalawsat.com`,
/// `لمراسلة الكاتب: turki@alriyadh.net`).
pub(crate) fn is_contact(key: &str, run: &[Token]) -> bool {
    run.iter()
        .any(|t| t.kind == Kind::Punct && matches!(t.text(key), "@" | "\u{FF20}"))
        && run.iter().any(|t| t.kind == Kind::Letters)
        && words(run) <= CONTACT_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rustfmt::skip]
    const SHAPES: &[(&str, &str, bool)] = &[
        // shape,      text,                                                    fits
        ("template",   "سمات",                                                  true),
        ("template",   ". المزيد",                                              true),
        ("template",   "42",                                                    false),
        ("template",   "* * *",                                                 false),
        ("head-piece", "عين اليوم – جدة",                                        true),
        ("head-piece", "Next Previous",                                         true),
        ("head-piece", "قال الوزير إن الاجتماع انتهى.",                          false),
        ("head-piece", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة", false),
        ("start",      "سبق -",                                                 true),
        ("start",      "عبدالله البرقاوي",                                      true),
        ("start",      "سبق",                                                   false),
        ("end",        "- الرياض :",                                            true),
        ("end",        "مكة المكرمة :",                                         false),
        ("mid",        "- سبق -",                                               true),
        ("mid",        "| Reuters |",                                           true),
        ("mid",        "/ 7 /",                                                 false),
        ("mid",        "- سبق الإلكترونية اليوم -",                             false),
        ("contact",    "alrashed@asharqalawsat.com",                            true),
        ("contact",    "لمراسلة الكاتب: turki@alriyadh.net",                    true),
        ("contact",    "@ عكاظ",                                                false),
        ("contact",    "راسلونا على العنوان في أي وقت تشاؤون من فضلكم name@example.com", false),
    ];

    #[test]
    fn shapes() {
        let mut failed = Vec::new();
        for &(shape, text, want) in SHAPES {
            let key = crate::fold(text);
            let mut run = Vec::new();
            crate::profile::tokens::tokenize(&key, 0, &mut run);
            let got = match shape {
                "template" => is_template_shape(&run),
                "head-piece" => is_head_piece(&key, &run),
                "start" => is_head_start_shape(&run),
                "end" => is_head_end_shape(&run),
                "mid" => is_mid_shape(&key, &run),
                _ => is_contact(&key, &run),
            };
            if got != want {
                failed.push(format!("{shape} {text:?}: {got}"));
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn closed_sentences() {
        const CASES: &[(&str, bool)] = &[
            ("يشار إلى أن الاجتماع انتهى.", true),
            ("يشار إلى أن الاجتماع انتهى.» وقال", true),
            ("يشار إلى أن الاجتماع انتهى... ثم", false),
            ("Link to this story: example.com/5", false),
            ("رابط الخبر: نما 1.5 في المائة", false),
            ("مقالات أخرى للكاتبلماذا؟ عنوان آخر.", false),
            ("والله ولي التوفيق", false),
        ];
        for &(line, want) in CASES {
            let key = crate::fold(line);
            let mut tokens = Vec::new();
            crate::profile::tokens::tokenize(&key, 0, &mut tokens);
            assert_eq!(sentence_closed(&key, &tokens), want, "{line}");
        }
    }
}
