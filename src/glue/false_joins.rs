//! Strong glue points that are Arabic writing, not joins of two texts.

use crate::script::is_clitic;

/// The most letters of a part of a dotted abbreviation (`كي.جي.بي`); one part may be longer
/// (`دايلمر.أيه.جي`).
const MAX_ABBREVIATION_PART: usize = 3;

/// The fewest parts of a dotted abbreviation (`كي.جي.بي`): two parts are a sentence glued
/// to the next. Set with the false joins (4f995fd).
const MIN_ABBREVIATION_PARTS: usize = 3;

/// How many of the strong glue points of `text` are Arabic writing rather than joins of two
/// texts, which the letter-by-letter scan cannot tell apart:
///
/// * the dots of a dotted abbreviation, three parts or more with all but one of at most
///   [`MAX_ABBREVIATION_PART`] letters (`(كي.جي.بي)`, `أودي.أيه.جي`);
/// * a quotation mark next to a one-letter clitic word (`ل»سلامة للتأمين»`,
///   `«المؤسس»و»أكسفورد»`): the conjunction or preposition is written onto the quoted word,
///   and some sites print `»` for both quotation marks.
///
/// Rules call it only on a line they are about to judge a link run, so it is written plainly.
pub(crate) fn false_joins(text: &str) -> usize {
    let mut count = 0;
    // Buffers reused from token to token: a long glued line has thousands.
    let mut letters = String::new();
    let mut chars: Vec<char> = Vec::new();
    for token in text.split_whitespace() {
        // Only a dot or a closing quotation mark can be a false join.
        if !token.contains(['.', '"', '\u{201D}', '\u{00BB}']) {
            continue;
        }
        letters.clear();
        letters.extend(token.chars().filter(|&c| !crate::script::is_arabic_mark(c)));
        for piece in letters.split(|c: char| !(c.is_alphabetic() || c == '.')) {
            let parts: Vec<&str> = piece.trim_matches('.').split('.').collect();
            if parts.len() >= MIN_ABBREVIATION_PARTS
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(crate::script::is_arabic_letter))
                && parts
                    .iter()
                    .filter(|p| p.chars().count() > MAX_ABBREVIATION_PART)
                    .count()
                    <= 1
            {
                count += parts.len() - 1;
            }
        }
        chars.clear();
        chars.extend(letters.chars());
        for (i, &c) in chars.iter().enumerate() {
            if !matches!(c, '"' | '\u{201D}' | '\u{00BB}') {
                continue;
            }
            let clitic_before =
                i >= 1 && is_clitic(chars[i - 1]) && (i == 1 || !chars[i - 2].is_alphabetic());
            let clitic_after = chars.get(i + 1).is_some_and(|&n| is_clitic(n))
                && chars
                    .get(i + 2)
                    .is_some_and(|&n| matches!(n, '"' | '\u{201C}' | '\u{00AB}' | '\u{00BB}'));
            let between_letters = i >= 1
                && chars[i - 1].is_alphabetic()
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
            if between_letters && (clitic_before || clitic_after) {
                count += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::count;

    #[test]
    fn abbreviations_and_clitics_are_not_joins() {
        assert_eq!(false_joins("كاميرون ينفي تجنيده لصالح (كي.جي.بي)"), 2);
        assert_eq!(false_joins("شركات \"أودي.أيه.جي\" و\"دايلمر.أيه.جي\""), 5);
        assert_eq!(
            false_joins("تغطية الطرح المتبقي ل»سلامة للتأمين» وانتهاء"),
            1
        );
        assert_eq!(false_joins("تعاون بين جامعتي «المؤسس»و»أكسفورد»"), 2);
        // Real joins stay joins: a sentence glued to the next, titles glued by a quote.
        assert_eq!(false_joins("انتهى الحادث.وقال الوزير"), 0);
        assert_eq!(false_joins("الرئيسية.الأخبار.الرياضة.اتصل بنا"), 0);
        assert_eq!(false_joins("\"فروق دقيقة\"بالزي الرسمي"), 0);
        // Every false join is a strong glue point.
        for text in [
            "(كي.جي.بي)",
            "ل»سلامة",
            "«المؤسس»و»أكسفورد»",
            "شركات \"أودي.أيه.جي\" و\"دايلمر.أيه.جي\"",
        ] {
            assert!(false_joins(text) <= count(text).0, "{text}");
        }
    }
}
