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

/// FNV-1a over 64 bits, the checksum of a profiles or counts file's end line.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A file of the kind of `written` (a file this build wrote: its header and fold lines are
/// kept) holding `body` and `sites` sites, with the end line that makes it check: random
/// bodies then reach the parser of the lines, which random bytes never pass the checksum to.
fn framed(written: &[u8], body: &str, sites: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(written);
    let mut file = String::new();
    for line in text.lines().take(2) {
        file.push_str(line);
        file.push('\n');
    }
    file.push_str(body);
    let sum = fnv(file.as_bytes());
    (file + &format!("end {sites} {sum:016x}\n")).into_bytes()
}

/// The lines of a counts file, site by site, with counts from 0 to `u64::MAX` (one number in
/// sixteen is not one), and how many sites it names: most such files read.
fn counts_lines() -> impl Strategy<Value = (String, usize)> {
    let number = prop::sample::select(vec![
        "0",
        "1",
        "7",
        "729",
        "4000000000000000000",
        "18446744073709551614",
        "18446744073709551615",
        "0",
        "1",
        "2",
        "3",
        "5",
        "9",
        "12",
        "100",
        "18446744073709551616",
    ]);
    let hash = prop::sample::select(vec![
        "00ff00ff00ff00ff",
        "0123456789abcdef",
        "ffffffffffffffff",
    ]);
    let text = prop::sample::select(vec![
        "رابط الخبر",
        "رابط",
        "محرر سعيد",
        "– x –",
        "a b",
        "word",
    ]);
    let entry =
        (0..9usize, number.clone(), number.clone(), hash, text).prop_map(|(kind, n1, n2, h, t)| {
            match kind {
                0 => format!("d {h}\n"),
                1 => format!("s {h} {n1}\n"),
                2 => format!("e {h} {n1}\n"),
                3 => format!("t {n1} {n2} {t}\n"),
                4 => format!("l {n1} {t}\n"),
                5 => format!("b {n1} {t}\n"),
                6 => format!("f {n1} {t}\n"),
                7 => format!("m {n1} {t}\n"),
                _ => format!("n {n1} {t}\n"),
            }
        });
    let site = (number.clone(), number, prop::collection::vec(entry, 0..8));
    prop::collection::vec(site, 0..4).prop_map(|sites| {
        let body: Vec<String> = sites
            .iter()
            .enumerate()
            .map(|(i, (docs, contact, entries))| {
                ["site", docs, contact, &format!("s{i}.org\n")].join(" ") + &entries.concat()
            })
            .collect();
        (body.concat(), sites.len())
    })
}

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
    // Blocks that each open with a tail template, many of them at a page's end: each block
    // is in the tail once those below it are cut (cut a block or two a pass, twenty did not
    // settle in the cleaner's passes).
    let sentence = prop::sample::select(vec![
        "أكد وزير التعليم مشروع الإسكان الجديد خلال الأسبوع المقبل.",
        "The city council approved the budget for next year on Monday.",
        "والله ولي التوفيق.",
        "x",
    ]);
    let template = prop::sample::select(vec![
        " رابط الخبر بصحيفة المثال: ",
        " More from Example Daily: Sport",
        "للتواصل مع الكاتب ارسل رسالة SMS",
    ]);
    let block = (
        template,
        prop::collection::vec(sentence, 0..4),
        prop::bool::ANY,
    )
        .prop_map(|(t, sentences, line)| {
            format!(
                "{t}{}{}",
                sentences.join(" "),
                if line { "\n" } else { " " }
            )
        });
    let blocks = (
        prop::collection::vec(pieces.clone(), 0..12),
        prop::collection::vec(block, 1..30),
    )
        .prop_map(|(head, blocks)| head.concat() + &blocks.concat());
    prop_oneof![
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
        blocks,
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

    /// Bodies of lines with any fields, framed so that the checksum holds: each file is
    /// counts or profiles or a typed error, and counts that read are merged with themselves
    /// and built into profiles without a panic (debug builds panic on overflow).
    #[test]
    fn any_checked_file_is_read_or_refused((body, sites) in counts_lines()) {
        let mut written = Vec::new();
        ProfileCounts::new().write_to(&mut written).unwrap();
        if let Ok(counts) = ProfileCounts::from_bytes(&framed(&written, &body, sites)) {
            let mut doubled = counts.clone();
            doubled.merge(counts);
            let _ = doubled.documents();
            let _ = doubled.build();
        }
        let mut written = Vec::new();
        Profiles::new().write_to(&mut written).unwrap();
        let _ = Profiles::from_bytes(&framed(&written, &body, sites));
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

#[test]
fn framing_a_written_body_gives_the_written_file() {
    let mut file = Vec::new();
    PROFILED.profiles().write_to(&mut file).unwrap();
    let text = String::from_utf8(file.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let body = lines[2..lines.len() - 1].join("\n") + "\n";
    let sites = PROFILED.profiles().len();
    assert_eq!(framed(&file, &body, sites), file);
}
