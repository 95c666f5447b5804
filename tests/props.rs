//! Property tests for the guarantees in the crate docs.

use proptest::prelude::*;

/// Removes the report's spans from `input`, checking they are sorted, disjoint, in range and
/// on char boundaries.
fn cut(input: &str, report: &textsieve::Report) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for r in &report.removals {
        assert!(r.span.start >= pos && r.span.start < r.span.end && r.span.end <= input.len());
        assert!(input.is_char_boundary(r.span.start) && input.is_char_boundary(r.span.end));
        out.push_str(&input[pos..r.span.start]);
        pos = r.span.end;
    }
    out.push_str(&input[pos..]);
    out
}

fn check(input: &str) -> Result<(), TestCaseError> {
    let report = textsieve::explain(input);
    let cleaned = textsieve::clean(input);
    prop_assert_eq!(&report.output, &cleaned);
    prop_assert_eq!(cut(input, &report), cleaned.clone());
    prop_assert_eq!(textsieve::clean(&cleaned), cleaned);
    Ok(())
}

/// Arabic-heavy text with the pieces boilerplate is made of: markers, bullets, glue, newlines.
fn scraped_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[\u{0621}-\u{064A} ]{1,40}",
        "[a-zA-Z ]{1,30}",
        Just("اعلان".to_owned()),
        Just("إقرأ أيضاً:".to_owned()),
        Just("مقالات مشابهة".to_owned()),
        Just("كلمات دلالية: ".to_owned()),
        Just("Related".to_owned()),
        Just("Advertisement".to_owned()),
        Just("  • ".to_owned()),
        Just("Copyright © ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("، ".to_owned()),
        Just(". ".to_owned()),
        Just("ة".to_owned()),
        Just("\u{064B}\u{0640}".to_owned()),
        Just("\r\n".to_owned()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string(input in any::<String>()) {
        check(&input)?;
    }

    #[test]
    fn arabic_charset(input in "[\u{600}-\u{6FF} a-zA-Z•:\n]{0,300}") {
        check(&input)?;
    }

    #[test]
    fn scraped(input in scraped_text()) {
        check(&input)?;
    }
}
