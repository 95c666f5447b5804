//! Property tests for site profiles: cleaning with a profile keeps the crate's guarantees
//! (no panic, deletion only, `explain == clean`, idempotence), learning never panics and does
//! not depend on the order of documents or on how they are split, and reading any bytes as a
//! profiles file is a profile or a typed error, never a panic.
//!
//! Run longer with `PROPTEST_CASES=5000 cargo test --test profile_props`.

mod sites;

use proptest::prelude::*;
use textsieve::{ProfileCounts, ProfiledCleaner, Profiles};

/// Profiles learned once from the generated corpus.
static PROFILED: std::sync::LazyLock<ProfiledCleaner> = std::sync::LazyLock::new(|| {
    let mut counts = ProfileCounts::new();
    for p in sites::corpus(1, 300) {
        counts.add(p.site, &p.text);
    }
    ProfiledCleaner::new(textsieve::Cleaner::new(), counts.build())
});

/// Text made of the generated sites' template pieces, article sentences and noise.
fn site_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        " رابط الخبر بصحيفة المثال: ",
        "رابط الخبر",
        "للتواصل مع الكاتب ارسل رسالة SMS",
        "w@example.com",
        "سعيد العمري – أخبار المثال",
        "أخبار المثال – جدة",
        "Previous Next",
        " More from Example Daily: Sport",
        "أكد وزير التعليم مشروع الإسكان الجديد خلال الأسبوع المقبل.",
        "والله ولي التوفيق.",
        "The city council approved the budget for next year on Monday.",
        "\n",
        "\r\n",
        " ",
        ". ",
        ":",
        "–",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
        "[\u{600}-\u{6FF} a-zA-Z@.:–\\-\n]{0,300}",
        any::<String>(),
    ]
}

/// Removes the report's spans from `input`, checking that they are sorted, disjoint,
/// non-empty, in range and on char boundaries.
fn cut(input: &str, report: &textsieve::Report) -> Result<String, TestCaseError> {
    let mut out = String::new();
    let mut pos = 0;
    for r in &report.removals {
        prop_assert!(r.span.start >= pos && r.span.start < r.span.end && r.span.end <= input.len());
        prop_assert!(input.is_char_boundary(r.span.start) && input.is_char_boundary(r.span.end));
        out.push_str(&input[pos..r.span.start]);
        pos = r.span.end;
    }
    out.push_str(&input[pos..]);
    Ok(out)
}

proptest! {
    #[test]
    fn cleaning_with_profiles_keeps_the_guarantees(text in site_text()) {
        for site in ["akhbar.example", "daily.example", "other.example"] {
            let report = PROFILED.explain(site, &text);
            let cleaned = PROFILED.clean(site, &text);
            prop_assert_eq!(&report.output, &cleaned);
            prop_assert_eq!(cut(&text, &report)?, cleaned.clone());
            let again = PROFILED.explain(site, &cleaned);
            prop_assert!(again.removals.is_empty(), "second pass removed {}", again);
        }
        // A site without a profile: exactly the plain cleaner.
        prop_assert_eq!(PROFILED.clean("other.example", &text), PROFILED.cleaner().clean(&text));
    }

    #[test]
    fn learning_is_order_and_split_free(
        docs in prop::collection::vec((0..3usize, site_text()), 0..30),
        split in 0..30usize,
    ) {
        const SITES: [&str; 3] = ["a.example", "b.example", "c.example"];
        let learn = |docs: &[(usize, String)]| {
            let mut c = ProfileCounts::new();
            for (s, t) in docs {
                c.add(SITES[*s], t);
            }
            c
        };
        let whole = learn(&docs);
        let mut reversed = docs.clone();
        reversed.reverse();
        prop_assert_eq!(&learn(&reversed), &whole);
        let at = split.min(docs.len());
        let (a, b) = docs.split_at(at);
        let mut merged = learn(b);
        merged.merge(learn(a));
        // Texts in both halves count twice once merged: compare on distinct halves only.
        let distinct = a.iter().all(|x| !b.contains(x));
        if distinct {
            prop_assert_eq!(&merged, &whole);
        }
        let mut file = Vec::new();
        whole.write_to(&mut file).unwrap();
        prop_assert_eq!(&ProfileCounts::from_bytes(&file).unwrap(), &whole);
        let built = whole.build();
        let mut file = Vec::new();
        built.write_to(&mut file).unwrap();
        prop_assert_eq!(Profiles::from_bytes(&file).unwrap(), built);
    }

    #[test]
    fn any_bytes_are_a_profile_or_a_typed_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Profiles::from_bytes(&bytes);
        let _ = ProfileCounts::from_bytes(&bytes);
        let mut framed = b"textsieve profiles 1\n".to_vec();
        framed.extend_from_slice(&bytes);
        let _ = Profiles::from_bytes(&framed);
    }

    #[test]
    fn a_changed_byte_is_always_refused(at in any::<prop::sample::Index>(), flip in 1..=255u8) {
        let mut file = Vec::new();
        PROFILED.profiles().write_to(&mut file).unwrap();
        let i = at.index(file.len());
        file[i] ^= flip;
        prop_assert!(Profiles::from_bytes(&file).is_err());
    }
}
