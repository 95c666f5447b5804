//! Property tests for the guarantees in the crate docs (`# Guarantees`): no panic, deletion
//! only, `explain(x).output == clean(x)` and `removed_ranges` agreeing with both,
//! idempotence, and article prose left alone.
//!
//! Case counts are modest so that `cargo test` stays fast; run longer with
//! `PROPTEST_CASES=5000 cargo test --test props`. The naive twins of the fast paths (phrase
//! lookups, key offsets, span composition, glue counting) are unit tests beside the code.

use proptest::prelude::*;

/// Removes the report's spans from `input`, checking they are sorted, disjoint, non-empty, in
/// range and on char boundaries.
fn cut(input: &str, report: &textsieve::Report) -> Result<String, TestCaseError> {
    let mut out = String::new();
    let mut pos = 0;
    for r in &report.removals {
        prop_assert!(
            r.span.start >= pos && r.span.start < r.span.end && r.span.end <= input.len(),
            "span {:?} after {} in {} bytes",
            r.span,
            pos,
            input.len()
        );
        prop_assert!(
            input.is_char_boundary(r.span.start) && input.is_char_boundary(r.span.end),
            "span {:?} splits a char",
            r.span
        );
        prop_assert!(!r.rule.is_empty());
        out.push_str(&input[pos..r.span.start]);
        pos = r.span.end;
    }
    out.push_str(&input[pos..]);
    Ok(out)
}

/// Every guarantee at once, for one input.
/// A page of `paragraphs` with a piece of `junk` on lines of its own after each of the first
/// ones, blank lines between.
fn interleave(paragraphs: &[&str], junk: &[String]) -> String {
    let mut page = String::new();
    for (i, p) in paragraphs.iter().enumerate() {
        page.push_str(p);
        page.push_str("\n\n");
        if let Some(j) = junk.get(i) {
            page.push_str(&j.replace(['\r', '\u{2028}'], "\n"));
            page.push_str("\n\n");
        }
    }
    page
}

fn check(input: &str) -> Result<String, TestCaseError> {
    static CLEANER: std::sync::OnceLock<textsieve::Cleaner> = std::sync::OnceLock::new();
    let report = textsieve::explain(input);
    let cleaned = textsieve::clean(input);
    prop_assert_eq!(&report.output, &cleaned, "explain(x).output == clean(x)");
    let ranges = CLEANER
        .get_or_init(textsieve::Cleaner::new)
        .removed_ranges(input);
    let mut kept = String::new();
    let mut pos = 0;
    for range in &ranges {
        prop_assert!(
            pos <= range.start && range.start < range.end,
            "ranges {:?}",
            ranges
        );
        kept.push_str(&input[pos..range.start]);
        pos = range.end;
    }
    kept.push_str(&input[pos..]);
    prop_assert_eq!(&kept, &cleaned, "input minus removed_ranges(x) == clean(x)");
    prop_assert_eq!(
        cut(input, &report)?,
        cleaned.clone(),
        "input minus the spans"
    );
    let again = textsieve::explain(&cleaned);
    prop_assert!(
        again.removals.is_empty(),
        "clean(clean(x)) == clean(x), but a second pass removed {}",
        again
    );
    prop_assert_eq!(&again.output, &cleaned);
    Ok(cleaned)
}

/// Arabic-heavy text with the pieces boilerplate is made of: markers, headings, bullets,
/// separators, glue, invisible controls and every kind of line break.
fn scraped_text() -> impl Strategy<Value = String> {
    let markers = prop::sample::select(vec![
        "اعلان",
        "إعلان",
        "إقرأ أيضاً:",
        "اقرأ ايضا",
        "مقالات مشابهة",
        "الأكثر قراءة",
        "اخترنا لك",
        "كلمات دلالية: ",
        "وسوم",
        "مواضيع إضافية",
        "يعرض الآن",
        "شارك هذا المقال",
        "جميع الحقوق محفوظة",
        "سياسة الخصوصية",
        "تابعونا",
        "Related",
        "Read more: ",
        "Advertisement",
        "- ADVERTISEMENT -",
        "Sponsored",
        "Tags: ",
        "Home",
        "Cookie Policy",
        "Terms and Conditions",
        "Copyright © ",
        "All rights reserved",
        "Next",
        "Loader",
    ]);
    let piece = prop_oneof![
        4 => "[\u{0621}-\u{064A} ]{1,40}",
        2 => "[a-zA-Z ]{1,30}",
        4 => markers.prop_map(str::to_owned),
        1 => prop::sample::select(vec!["  • ", "- ", "* ", "· ", " | ", " / ", "» "]).prop_map(str::to_owned),
        3 => prop::sample::select(vec!["\n", "\n\n", "\r\n", "\r", "\u{2028}", "\n \n"]).prop_map(str::to_owned),
        2 => prop::sample::select(vec!["، ", ". ", ".", "؟ ", ": ", "\"", "«", "»", "(", ")"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["ة", "ى", "ا", "ال", "Aa", "aB"]).prop_map(str::to_owned),
        1 => "[\u{064B}-\u{0652}\u{0640}\u{200B}-\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{FEFF}]{1,3}",
        1 => "[0-9٠-٩]{1,4}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

/// Realistic article prose: sentences with subjects, verbs, objects, clauses, commas, quotes
/// and numbers, a few sentences per paragraph; words like `إعلان` ("declaration") and
/// "related" inside sentences, where they are not boilerplate.
mod prose {
    use proptest::prelude::*;

    const AR_SUBJECTS: &[&str] = &[
        "قال وزير الخارجية",
        "أكد المتحدث باسم الحكومة",
        "ذكرت وكالة الأنباء الرسمية",
        "أوضح مصدر مطلع",
        "أعلن رئيس الوزراء",
        "كشفت صحيفة محلية",
        "أشار التقرير السنوي",
        "صرح مسؤول في الأمم المتحدة",
    ];
    const AR_CLAUSES: &[&str] = &[
        "أن المحادثات بين الجانبين ستستأنف الأسبوع المقبل",
        "أن الاقتصاد نما بنسبة 3 في المئة خلال العام الماضي",
        "أن إعلان الهدنة جاء بعد مفاوضات طويلة وشاقة",
        "أن آلاف السكان نزحوا من منازلهم بسبب الفيضانات",
        "أن الحكومة تدرس خطة جديدة لدعم المزارعين في الجنوب",
        "أن الاجتماع المقبل سيعقد في العاصمة بحضور عدد من الوزراء",
        "أن أسعار الوقود سترتفع مطلع الشهر القادم",
        "أن المستشفيات تعاني من نقص حاد في الأدوية والمعدات",
    ];
    const AR_TAILS: &[&str] = &[
        "وفقا لما نقلته وسائل إعلام محلية",
        "في تصريحات أدلى بها مساء الثلاثاء",
        "دون أن يقدم تفاصيل إضافية",
        "بحسب بيان صدر عن مكتبه",
        "في ظل ظروف إقليمية صعبة",
        "مضيفا أن \"الوضع لا يزال معقدا\"",
    ];
    const EN_SUBJECTS: &[&str] = &[
        "The foreign minister said",
        "A government spokesperson confirmed",
        "The state news agency reported",
        "Officials in the capital told reporters",
        "The annual report, published on Monday, found",
        "A senior United Nations official warned",
        "Local residents, speaking on condition of anonymity, said",
        "The company announced in a statement",
    ];
    const EN_CLAUSES: &[&str] = &[
        "that talks between the two sides would resume next week",
        "that the economy grew by 3 percent over the past year",
        "that the declaration of a truce came after long and difficult negotiations",
        "that thousands of people had fled their homes because of the floods",
        "that advertising revenue fell sharply in the second quarter",
        "that the related investigation was still under way",
        "that fuel prices would rise at the start of next month",
        "that hospitals were running short of medicine and equipment",
    ];
    const EN_TAILS: &[&str] = &[
        "according to local media",
        "in remarks late on Tuesday",
        "without giving further details",
        "in a statement released by his office",
        "amid a difficult regional situation",
        "adding that \"the situation remains complicated\"",
    ];

    fn sentence(
        subjects: &'static [&'static str],
        clauses: &'static [&'static str],
        tails: &'static [&'static str],
        comma: &'static str,
        stop: &'static str,
    ) -> impl Strategy<Value = String> {
        (
            prop::sample::select(subjects),
            prop::sample::select(clauses),
            prop::option::of(prop::sample::select(tails)),
        )
            .prop_map(move |(s, c, t)| match t {
                Some(t) => format!("{s}{comma} {c}{comma} {t}{stop}"),
                None => format!("{s} {c}{stop}"),
            })
    }

    /// One paragraph of two to five sentences, Arabic or English.
    pub fn paragraph() -> impl Strategy<Value = String> {
        let ar = prop::collection::vec(sentence(AR_SUBJECTS, AR_CLAUSES, AR_TAILS, "،", "."), 2..5);
        let en = prop::collection::vec(sentence(EN_SUBJECTS, EN_CLAUSES, EN_TAILS, ",", "."), 2..5);
        prop_oneof![ar, en].prop_map(|s| s.join(" "))
    }

    /// Paragraphs separated by one or two line breaks, the text ending with or without one.
    pub fn article() -> impl Strategy<Value = String> {
        (
            prop::collection::vec((paragraph(), prop::bool::ANY), 1..8),
            prop::bool::ANY,
        )
            .prop_map(|(paragraphs, trailing)| {
                let mut text = String::new();
                for (i, (p, blank)) in paragraphs.iter().enumerate() {
                    if i > 0 {
                        text.push_str(if *blank { "\n\n" } else { "\n" });
                    }
                    text.push_str(p);
                }
                if trailing {
                    text.push('\n');
                }
                text
            })
    }
}

/// Naive twin of `Doc::new`'s line splitting: (start, end, end with break) of every line,
/// found by looking at each byte.
fn naive_lines(text: &str) -> Vec<(usize, usize, usize)> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                lines.push((start, i, i + 2));
                i += 2;
                start = i;
            }
            b'\n' | b'\r' => {
                lines.push((start, i, i + 1));
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        lines.push((start, bytes.len(), bytes.len()));
    }
    lines
}

/// The document view against naive twins: line splitting, keys equal to folding each line on
/// its own, blank lines, key offsets mapped back inside the line on char boundaries.
fn check_doc(text: &str) -> Result<(), TestCaseError> {
    let doc = textsieve::Doc::new(text);
    let got: Vec<_> = doc
        .lines()
        .map(|l| (l.span().start, l.span().end, l.span_with_break().end))
        .collect();
    prop_assert_eq!(got, naive_lines(text));
    for line in doc.lines() {
        let key = textsieve::fold(line.text());
        prop_assert_eq!(line.key(), key.as_str());
        prop_assert_eq!(line.is_blank(), key.is_empty());
        for (k, _) in key.char_indices().chain(std::iter::once((key.len(), ' '))) {
            let at = line.key_to_text(k);
            prop_assert!(line.span().contains(&at) || at == line.span().end);
            prop_assert!(text.is_char_boundary(at));
        }
    }
    Ok(())
}

/// `default` cases, or `PROPTEST_CASES` when set.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(192)))]

    #[test]
    fn any_string(input in any::<String>()) {
        check(&input)?;
    }

    #[test]
    fn arabic_charset(input in "[\u{600}-\u{6FF} a-zA-Z•:|\n\r]{0,300}") {
        check(&input)?;
    }

    #[test]
    fn scraped(input in scraped_text()) {
        check(&input)?;
    }

    #[test]
    fn doc_agrees_with_naive_twins(input in prop_oneof![scraped_text(), any::<String>()]) {
        check_doc(&input)?;
    }

    #[test]
    fn scraped_lines_shuffled_with_prose(
        lines in prop::collection::vec(prop_oneof![scraped_text(), prose::paragraph()], 1..12),
    ) {
        check(&lines.join("\n"))?;
    }

    /// With the listing stage on, the guarantees hold too: it removes whole lines only once
    /// cleaning has settled, then settles again.
    #[test]
    fn listing_stage_keeps_the_guarantees(
        lines in prop::collection::vec(prop_oneof![scraped_text(), "[A-Za-z ]{1,30}", prose::paragraph()], 1..16),
    ) {
        static LISTING: std::sync::OnceLock<textsieve::Cleaner> = std::sync::OnceLock::new();
        let cleaner = LISTING.get_or_init(|| {
            textsieve::Cleaner::builder()
                .listing_chrome(true)
                .build()
                .unwrap_or_else(|e| panic!("{e}"))
        });
        let input = lines.join("\n");
        let report = cleaner.explain(&input);
        prop_assert_eq!(&report.output, &cleaner.clean(&input));
        prop_assert_eq!(cut(&input, &report)?, report.output.clone(), "input minus the spans");
        let again = cleaner.explain(&report.output);
        prop_assert!(again.removals.is_empty(), "a second cleaning removed {}", again);
    }

    #[test]
    fn article_prose_comes_through_unchanged(article in prose::article()) {
        let report = textsieve::explain(&article);
        prop_assert!(report.removals.is_empty(), "removed from article prose:\n{}", report);
        prop_assert_eq!(report.output, article);
    }

    /// The rules alone (the model's thresholds at 0: only their sure findings go) never take
    /// a paragraph of prose from among lines of boilerplate. What the model adds is the
    /// ignored property below.
    #[test]
    fn rules_keep_prose_paragraphs_among_boilerplate_lines(
        article in prose::article(),
        junk in prop::collection::vec(scraped_text(), 1..4),
    ) {
        static RULES_ONLY: std::sync::OnceLock<textsieve::Cleaner> = std::sync::OnceLock::new();
        let cleaner = RULES_ONLY.get_or_init(|| {
            let model = textsieve::ContentModel::default().threshold(0.0).evidence_threshold(0.0);
            textsieve::Cleaner::builder().model(model).build().expect("thresholds in range")
        });
        let paragraphs: Vec<&str> = article.lines().filter(|l| !l.is_empty()).collect();
        let page = interleave(&paragraphs, &junk);
        let cleaned = cleaner.clean(&page);
        for p in paragraphs {
            prop_assert!(cleaned.contains(p), "lost {:?} from\n{}", p, cleaner.explain(&page));
        }
    }

    #[test]
    #[ignore = "the line model removes a paragraph that the rules flag (article-region: far from \
                the body; the page shows chrome) when it scores it below the evidence threshold \
                (0.95): generated paragraphs that repeat one sentence among junk score 0.82 to 0.89"]
    fn prose_paragraphs_survive_boilerplate_lines(
        article in prose::article(),
        junk in prop::collection::vec(scraped_text(), 1..4),
    ) {
        // Boilerplate on lines of its own between paragraphs: every paragraph stays whole.
        let paragraphs: Vec<&str> = article.lines().filter(|l| !l.is_empty()).collect();
        let page = interleave(&paragraphs, &junk);
        let cleaned = check(&page)?;
        for p in paragraphs {
            prop_assert!(cleaned.contains(p), "lost {:?} from\n{}", p, textsieve::explain(&page));
        }
    }

    /// A page that prints its article twice, with boilerplate between and after the copies,
    /// keeps every paragraph at least once, whatever the other stages take: the second copy
    /// goes only where the first stays.
    #[test]
    fn an_article_printed_twice_keeps_every_paragraph(
        article in prose::article(),
        junk in prop::collection::vec(scraped_text(), 1..3),
    ) {
        let paragraphs: Vec<&str> = article.lines().filter(|l| !l.is_empty()).collect();
        let copy = interleave(&paragraphs, &[]);
        let page = format!("{copy}{}\n\n{copy}{}\n", junk[0], junk.last().map_or("", String::as_str));
        let cleaned = check(&page)?;
        for p in paragraphs {
            prop_assert!(cleaned.contains(p), "lost {:?} from\n{}", p, textsieve::explain(&page));
        }
    }
}
