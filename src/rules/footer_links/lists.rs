//! Link texts set apart by separators (`|`, `•`, `·`, ` - `, `»`) or runs of spaces, long runs
//! of headlines, and directory lines of `name - what it is` entries.

use memchr::memmem::Finder;
use once_cell::sync::Lazy;

use super::LineBytes;
use crate::doc::Line;
use crate::rules::Share;
use crate::script;

/// Two spaces in a row, searched for on most lines: built once.
static DOUBLE_SPACE: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("  "));

/// Whether `text` has `»` right after a one-letter clitic word (`ل»سلامة`, `و»أكسفورد`):
/// there it opens a quotation, as no link text is one letter.
fn opens_quote_after_clitic(text: &str) -> bool {
    text.match_indices('»').any(|(at, _)| {
        let mut before = text[..at].chars().rev();
        before.next().is_some_and(script::is_clitic)
            && !before.next().is_some_and(char::is_alphabetic)
    })
}

/// The fewest links of a run set apart by spaces alone.
const MIN_SPACED_LINKS: usize = 4;

/// The most words of a link text in a separated run.
const MAX_LINK_WORDS: usize = 5;

/// The fewest parts of a run of headlines set apart by spaces alone, whose parts may be
/// longer than link texts and end in `?` (twice [`MIN_SPACED_LINKS`]).
const MIN_SPACED_HEADLINES: usize = 8;

/// The most words of a headline in such a run.
const MAX_HEADLINE_WORDS: usize = 8;

/// The fewest entries of a directory line.
const MIN_DIRECTORY_ENTRIES: usize = 5;

/// The most words of a directory entry's name; its description has at least two.
const MAX_DIRECTORY_NAME_WORDS: usize = 6;

/// The fewest words of a directory entry: a name and a description of two words.
const MIN_DIRECTORY_ENTRY_WORDS: usize = 3;

/// How many of a directory line's segments must be entries (three in four): set with the
/// directories (03f2ce4); a feed list's odd segment is a section name.
const DIRECTORY_ENTRY_SHARE: Share = Share::new(3, 4);

/// The fewest links of a line set apart by separator characters (`|`, `•`, `»`, …); two
/// are enough with a pipe when both are short. Set by hand with the crate's first rules.
const MIN_SEPARATED_LINKS: usize = 3;

/// The most words of the longest of two links a pipe sets apart (`Login | Register`), not
/// two clauses (`Rain today | sun tomorrow, the forecast says`). Set with the whole-page
/// rules (df78710).
const MAX_PIPE_PAIR_WORDS: usize = 3;

/// The fewest parts of a line set apart by spaced dashes, slashes or `>`; three are enough
/// when each is a word or two. Dashes also join a headline's parts (`Saudi - American -
/// Russian envoys`). Set with the spaced link runs (03f2ce4).
const MIN_DASHED_LINKS: usize = 4;

/// The entries of a directory line, if it is one: `name - what it is` entries run together
/// two spaces or more apart, as link directories and feed lists print them when their
/// markup is stripped (`Al-Ayyam - a Palestinian daily  Akhbar al-Khaleej - a daily from
/// Bahrain  …`). A description has two words or more (a score is not one). At least [`MIN_DIRECTORY_ENTRIES`] entries, and three segments in four
/// entries: an article's sentences are not names before a dash, and its paragraphs are lines
/// of their own.
pub(super) fn directory_entries(line: &Line<'_>) -> Option<usize> {
    let text = line.text();
    if line.words() < MIN_DIRECTORY_ENTRIES * MIN_DIRECTORY_ENTRY_WORDS || !text.contains("  ") {
        return None;
    }
    let (mut segments, mut entries) = (0, 0);
    for segment in text.split("  ").map(str::trim).filter(|s| !s.is_empty()) {
        segments += 1;
        let entry = segment
            .split_once(" - ")
            .or_else(|| segment.split_once(" – "))
            .is_some_and(|(name, about)| {
                (1..=MAX_DIRECTORY_NAME_WORDS).contains(&name.split_whitespace().count())
                    && about
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphabetic))
                        .nth(1)
                        .is_some()
            });
        entries += usize::from(entry);
    }
    (entries >= MIN_DIRECTORY_ENTRIES && DIRECTORY_ENTRY_SHARE.reached(entries, segments))
        .then_some(entries)
}

/// The number of headlines, if the line is a long run of them set apart by runs of spaces
/// (a teaser or related list whose markup was stripped: `…كيف مات قارون     كم وزن الطفل
/// في الشهر الخامس     ما هو التعبير المجازي؟`). Headlines run longer than link texts and
/// may end in `?` or `!`, so the run must be long, and no part may end like a statement or
/// hold a clause mark.
pub(super) fn spaced_headlines(line: &Line<'_>) -> Option<usize> {
    let text = line.text();
    if line.words() < MIN_SPACED_HEADLINES * 2 || DOUBLE_SPACE.find(text.as_bytes()).is_none() {
        return None;
    }
    let mut parts = 0;
    for part in text.split("  ").map(str::trim).filter(|p| !p.is_empty()) {
        let words = part.split_whitespace().count();
        let statement = part.ends_with(['.', '\u{06D4}', '\u{3002}']);
        let clause = part.contains([',', '،', ';', '؛']);
        if words > MAX_HEADLINE_WORDS || statement || clause {
            return None;
        }
        parts += 1;
    }
    (parts >= MIN_SPACED_HEADLINES).then_some(parts)
}

/// Whether `line` still reads as prose when the dots inside addresses (`aljazeera.net`,
/// `CNNArabic.com`), which [`Line::is_prose`] counts as sentence ends, are not counted: a
/// list of outlet names is not made prose by their domains.
fn is_prose_without_addresses(line: &Line<'_>, text: &str) -> bool {
    let bytes = text.as_bytes();
    let in_address = memchr::memchr_iter(b'.', bytes)
        .filter(|&i| {
            i > 0
                && bytes[i - 1].is_ascii_alphanumeric()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        })
        .count();
    line.ends_with_terminal()
        || line.clause_punct() + line.terminal_punct().saturating_sub(in_address) >= 2
}

/// The number of links, if the line is short texts between link separators. Any number of
/// them: a navigation box or a "see also" list runs to hundreds of words, each of its texts
/// short, where no sentence of an article is.
pub(super) fn separated_links(line: &Line<'_>, seen: LineBytes) -> Option<usize> {
    let text = line.text();
    if line.is_prose() && is_prose_without_addresses(line, text) {
        return None;
    }
    // Runs of spaces set links apart where the markup between them was stripped
    // (`اتصل بنا   سياسة الخصوصية   About Us`): a separator too, when there are enough links.
    let bytes = text.as_bytes();
    let wide = DOUBLE_SPACE.find(bytes).is_some();
    // Without a separator, ` - ` or ` / `, the line is one segment: the bytes `|` `>` `-`
    // `/` and the lead bytes of the other separators (`•` `›` `‖`: E2; `·` `»` `¦`: C2).
    if !wide && !seen.may_hold_any(b"|>-/\xC2\xE2") {
        return None;
    }
    // `»` closes a quotation on a line that opens one (`«الإسكان» تتعاون مع «العدل»`, a
    // headline), and some sites print it to open one too, after a one-letter preposition or
    // conjunction written onto the quoted word (`الطرح المتبقي ل»سلامة للتأمين»`): a
    // separator only where neither stands.
    let quotes = text.contains('«') || opens_quote_after_clitic(text);
    let is_sep = |c: char| matches!(c, '|' | '•' | '·' | '›' | '¦' | '‖') || (c == '»' && !quotes);
    // `>` only between spaces: a breadcrumb (`Home > News`), not code or a comparison.
    let spaced = memchr::memchr3_iter(b'-', b'/', b'>', bytes)
        .any(|i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' '));
    // Without a separator character either, the line is one segment (hyphens in words,
    // slashes in dates): no need to split it.
    let separator_char = memchr::memchr3_iter(b'|', 0xC2, 0xE2, bytes).any(|i| match bytes[i] {
        b'|' => true,
        // `·` `»` `¦`
        0xC2 => match bytes.get(i + 1) {
            Some(0xB7 | 0xA6) => true,
            Some(0xBB) => !quotes,
            _ => false,
        },
        // `•` `›` `‖`
        _ => matches!(bytes.get(i + 1..), Some([0x80, 0xA2 | 0xBA | 0x96, ..])),
    });
    if !spaced && !separator_char && !wide {
        return None;
    }
    let mut segments = 0;
    let mut longest = 0;
    // `Lyrics: X / Music: Y / Arrangement: Z`: credits, labels with their values, are text.
    let mut labelled = 0;
    let mut count = |part: &str| {
        let words = part.split_whitespace().count();
        if words > 0 {
            segments += 1;
            longest = longest.max(words);
            labelled +=
                usize::from(part.trim_end().contains(':') && !part.trim_end().ends_with(':'));
        }
    };
    for part in text.split(is_sep) {
        let parts = part.split("  ");
        if spaced {
            parts
                .flat_map(|p| p.split(" - "))
                .flat_map(|p| p.split(" / "))
                .flat_map(|p| p.split(" > "))
                .for_each(&mut count);
        } else {
            parts.for_each(&mut count);
        }
    }
    let pipe = memchr::memchr(b'|', bytes).is_some();
    let enough = if separator_char {
        segments >= MIN_SEPARATED_LINKS || (segments == 2 && pipe && longest <= MAX_PIPE_PAIR_WORDS)
    } else if spaced {
        // Dashes also join the parts of a headline (`talks between Saudi - American -
        // Russian envoys`), and a numbered item to its parts (`14 - name - nationality`): three
        // parts are links only when each is a word or two.
        segments >= MIN_DASHED_LINKS || (segments == MIN_DASHED_LINKS - 1 && longest <= 2)
    } else {
        // Runs of spaces alone: a verse's two halves, or a caption beside a credit, are set
        // apart the same way; a run of links has more parts.
        segments >= MIN_SPACED_LINKS
    };
    (enough && longest <= MAX_LINK_WORDS && labelled * 2 < segments && !line.ends_with_period())
        .then_some(segments)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;

    #[test]
    fn quotation_marks_after_a_clitic_are_not_separators() {
        let probe = |text: &str| {
            separated_links(
                &Doc::new(text).line(0).expect("one line"),
                LineBytes::of(text),
            )
        };
        assert_eq!(
            probe("تغطية الطرح المتبقي ل»سلامة للتأمين» وانتهاء الاكتتاب"),
            None
        );
        assert!(probe("الرئيسية » الأخبار » الرياضة » اتصل بنا").is_some());
        assert!(opens_quote_after_clitic("و»أكسفورد»"));
        assert!(!opens_quote_after_clitic("الأخبار»الرياضة"));
    }

    #[test]
    fn headlines_set_apart_by_spaces() {
        let probe = |text: &str| spaced_headlines(&Doc::new(text).line(0).expect("one line"));
        let headlines = [
            "أين تقع جزر المحيط الهادئ",
            "طريقة تتبيل السمك بالفرن",
            "من أين يستخرج الحديد",
            "كيف تعلم طفلك القراءة",
            "كم وزن الطفل في الشهر الخامس",
            "عبارات الصباح",
            "خطوات صنع القرار",
            "فوائد الحلبة",
            "ما هو التعبير المجازي؟",
        ];
        assert_eq!(probe(&headlines.join("     ")), Some(9));
        // Fewer parts: a verse and a caption set apart the same way.
        assert_eq!(probe(&headlines[..6].join("     ")), None);
        // Parts as long as sentences.
        let long = ["كان الوزير قد قال في مؤتمر صحافي أمس إن الخطة"; 9];
        assert_eq!(probe(&long.join("     ")), None);
    }

    #[test]
    fn outlet_names_with_domains_are_links() {
        let probe = |text: &str| {
            separated_links(
                &Doc::new(text).line(0).expect("one line"),
                LineBytes::of(text),
            )
        };
        assert!(
            probe("CNNArabic.com الرئيسية | AMEinfo.com moheet.co Elaph | أخبار دولية").is_some()
        );
        // Prose with a separator stays prose.
        assert_eq!(
            probe("The report, published by example.com, said so. Others | disagreed, loudly."),
            None
        );
    }

    #[test]
    fn directory_lines() {
        let probe = |text: &str| {
            let doc = Doc::new(text);
            let line = doc.lines().next().expect("one line");
            directory_entries(&line)
        };
        let directory =
            "Al-Ayyam - a Palestinian daily paper  Akhbar al-Khaleej - a daily from Bahrain  \
            Al-Thawra - a Yemeni daily paper  Al-Jarida - a Kuwaiti political daily  \
            Al-Hadath - a Jordanian weekly paper  Al-Raya - a daily from Qatar";
        assert_eq!(probe(directory), Some(6));
        let arabic =
            "الأيام - جريدة فلسطينية يومية سياسية  الأيام - صحيفة يومية عربية تصدر في البحرين  \
            الثورة - صحيفة يومية يمنية متنوعة  الجريدة - جريدة كويتية يومية سياسية مستقلة  \
            الحياة - صحيفة يومية لبنانية عربية تصدر في لندن";
        assert_eq!(probe(arabic), Some(5));
        // Prose with dashes, and a table row of results, are not directories.
        for line in [
            "The mayor - who was re-elected in May - said the budget would pass.  She added that \
             the council - and the unions - agreed on most points, and the vote is set for June.",
            "Arsenal - Chelsea 2 1  Everton - Leeds 0 0  Fulham - Spurs 1 3  Wolves - Villa 2 2  Brentford - Burnley 1 1",
            "Only two - entries here  and - here as well with more words to reach the length of a directory line",
        ] {
            assert_eq!(probe(line), None, "{line}");
        }
    }
}
