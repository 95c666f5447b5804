//! Site profiles learned from a generated corpus (`tests/sites`): what is learned, that
//! article text is never cut, that other sites are untouched, that learning is deterministic
//! and does not depend on how the corpus is split or merged, and that damaged files are typed
//! errors.

mod sites;

use textsieve::{
    Cleaner, CleanerBuilder, DenyList, ProfileCounts, ProfileErrorKind, ProfiledCleaner, Profiles,
    TemplateKind,
};

use sites::{corpus, Page};

/// Learns from `pages`.
fn learn(pages: &[Page]) -> ProfileCounts {
    let mut counts = ProfileCounts::new();
    for p in pages {
        counts.add(p.site, &p.text);
    }
    counts
}

fn templates(profiles: &Profiles, site: &str) -> Vec<(TemplateKind, String)> {
    profiles
        .get(site)
        .map(|p| {
            p.templates()
                .iter()
                .map(|t| (t.kind(), t.text().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

fn bytes(profiles: &Profiles) -> Vec<u8> {
    let mut out = Vec::new();
    profiles.write_to(&mut out).expect("write to a Vec");
    out
}

#[test]
fn learns_each_sites_template_and_no_article_phrasing() {
    let profiles = learn(&corpus(1, 300)).build();
    let akhbar = templates(&profiles, "akhbar.example");
    for want in [
        (TemplateKind::Tail, "رابط الخبر بصحيفة المثال :"),
        (TemplateKind::Tail, "للتواصل مع الكاتب ارسل رسالة sms"),
        (TemplateKind::HeadEnd, "- اخبار المثال"),
        (TemplateKind::HeadStart, "اخبار المثال -"),
        (TemplateKind::HeadMid, "- المثال -"),
    ] {
        assert!(
            akhbar.contains(&(want.0, want.1.to_owned())),
            "{want:?} not in {akhbar:#?}"
        );
    }
    let daily = templates(&profiles, "daily.example");
    assert!(
        daily.contains(&(TemplateKind::Tail, "more from example daily :".to_owned())),
        "{daily:#?}"
    );
    assert!(
        daily.contains(&(TemplateKind::HeadLine, "previous next".to_owned())),
        "{daily:#?}"
    );
    assert_eq!(templates(&profiles, "plain.example"), []);
    // Closing sentences recur at the end of 10% of the pages each, official titles inside
    // sentences on most: neither is a template.
    let all: Vec<String> = [akhbar, daily]
        .concat()
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    for phrase in [
        "يذكر",
        "يشار",
        "والله",
        "خادم",
        "الحرمين",
        "the city",
        "council",
    ] {
        assert!(
            !all.iter().any(|t| t.contains(phrase)),
            "{phrase:?} learned: {all:#?}"
        );
    }
}

#[test]
fn cleaning_gives_back_the_article_and_never_less() {
    let profiles = learn(&corpus(1, 300)).build();
    let only_profiles = ProfiledCleaner::new(CleanerBuilder::empty().build().unwrap(), profiles);
    let fresh = corpus(2, 200);
    let mut exact = 0;
    for page in &fresh {
        let out = only_profiles.clean(page.site, &page.text);
        // Every article line is still there, whole.
        for line in page.article.lines() {
            assert!(
                out.lines().any(|l| l.contains(line)),
                "lost {line:?} of\n{}\n→\n{out}",
                page.text
            );
        }
        exact += usize::from(out == page.article);
    }
    // Templates on pages too short for them (more than half the page) stay.
    assert!(
        exact * 100 >= fresh.len() * 97,
        "{exact} of {}",
        fresh.len()
    );
}

#[test]
fn unknown_sites_are_cleaned_exactly_as_without_profiles() {
    let learned = learn(&corpus(1, 300)).build();
    let plain = Cleaner::new();
    let with_profiles = ProfiledCleaner::new(plain.clone(), learned);
    for page in corpus(3, 100) {
        for site in ["plain.example", "unknown.example", ""] {
            assert_eq!(
                with_profiles.clean(site, &page.text),
                plain.clean(&page.text)
            );
            assert_eq!(
                with_profiles.explain(site, &page.text),
                plain.explain(&page.text)
            );
        }
    }
}

#[test]
fn learning_is_deterministic_and_split_and_merge_order_free() {
    let pages = corpus(4, 240);
    let whole = learn(&pages);
    // Learning again writes the same counts file and builds the same profiles, byte for
    // byte (comparing the counts themselves would not see an order).
    let again = learn(&pages);
    let (mut a, mut b) = (Vec::new(), Vec::new());
    again.write_to(&mut a).unwrap();
    whole.write_to(&mut b).unwrap();
    assert!(a == b, "counts files differ");
    assert_eq!(bytes(&again.build()), bytes(&whole.build()));
    // Shards by page, merged forwards and backwards, and pages in reverse order.
    let shards: Vec<ProfileCounts> = (0..4)
        .map(|k| learn(&pages.iter().skip(k).step_by(4).cloned().collect::<Vec<_>>()))
        .collect();
    let mut forward = ProfileCounts::new();
    for s in shards.iter().cloned() {
        assert_eq!(forward.merge(s), 0);
    }
    let mut backward = ProfileCounts::new();
    for s in shards.into_iter().rev() {
        backward.merge(s);
    }
    let reversed: Vec<Page> = pages.iter().rev().cloned().collect();
    for other in [forward, backward, learn(&reversed)] {
        assert_eq!(other, whole);
        assert_eq!(bytes(&other.build()), bytes(&whole.build()));
    }
    // Partial counts stored and read back merge the same.
    let mut file = Vec::new();
    whole.write_to(&mut file).unwrap();
    assert_eq!(ProfileCounts::from_bytes(&file).unwrap(), whole);
}

#[test]
fn damaged_files_are_typed_errors() {
    let profiles = learn(&corpus(5, 120)).build();
    let file = bytes(&profiles);
    assert_eq!(Profiles::from_bytes(&file).unwrap(), profiles);
    // Every cut-short file, and every one-byte change, is refused.
    for len in 0..file.len() {
        let kind = Profiles::from_bytes(&file[..len]).unwrap_err().kind();
        assert_eq!(kind, ProfileErrorKind::Truncated, "cut at {len}");
    }
    for at in 0..file.len() {
        for flip in [0x01, 0x20, 0x80] {
            let mut bad = file.clone();
            bad[at] ^= flip;
            assert!(Profiles::from_bytes(&bad).is_err(), "byte {at} ^ {flip:#x}");
        }
    }
    // Foreign files.
    for foreign in [
        &b"\xff\xfe\x00"[..],
        b"{\"site\": 1}\n",
        b"textsieve lexicon 1\n",
    ] {
        assert_eq!(
            Profiles::from_bytes(foreign).unwrap_err().kind(),
            ProfileErrorKind::Foreign
        );
    }
    let mut counts = Vec::new();
    learn(&corpus(5, 20)).write_to(&mut counts).unwrap();
    assert_eq!(
        Profiles::from_bytes(&counts).unwrap_err().kind(),
        ProfileErrorKind::WrongKind
    );
    assert_eq!(
        ProfileCounts::from_bytes(&file).unwrap_err().kind(),
        ProfileErrorKind::WrongKind
    );
}

#[test]
fn denied_templates_are_not_learned_or_applied() {
    let counts = learn(&corpus(1, 300));
    let deny = DenyList::parse("akhbar.example tail رابط الخبر بصحيفة المثال:\n").unwrap();
    let built = counts.build_with(&deny);
    let akhbar = templates(&built, "akhbar.example");
    assert!(
        !akhbar.iter().any(|(_, t)| t.starts_with("رابط")),
        "{akhbar:#?}"
    );
    let mut after = counts.build();
    assert_eq!(after.deny(&deny), 1);
    assert_eq!(after, built);
}

#[test]
fn reports_name_the_rule_and_template() {
    let profiles = learn(&corpus(1, 300)).build();
    let cleaner = ProfiledCleaner::new(Cleaner::new(), profiles);
    let page = corpus(6, 1).remove(0);
    let report = cleaner.explain(page.site, &page.text);
    let shown = report.to_string();
    assert!(shown.contains("site-profile site template"), "{shown}");
    assert_eq!(report.output, cleaner.clean(page.site, &page.text));
}

fn assert_shareable<T: Send + Sync + 'static>() {}
fn assert_clone<T: Clone>() {}
fn assert_error<T: std::error::Error>() {}

#[test]
fn public_types_are_shareable() {
    assert_shareable::<ProfiledCleaner>();
    assert_shareable::<Profiles>();
    assert_shareable::<textsieve::SiteProfile>();
    assert_shareable::<ProfileCounts>();
    assert_shareable::<DenyList>();
    assert_shareable::<textsieve::ProfileError>();
    assert_clone::<ProfiledCleaner>();
    assert_clone::<textsieve::SiteProfile>();
    assert_error::<textsieve::ProfileError>();
}

#[test]
fn huge_pages_are_cleaned_in_linear_time() {
    let learned = learn(&corpus(1, 300)).build();
    let cleaner = ProfiledCleaner::new(CleanerBuilder::empty().build().unwrap(), learned);
    let sentence = "أكد وزير التعليم مشروع الإسكان الجديد خلال الأسبوع المقبل.";
    let permalink = "رابط الخبر بصحيفة المثال: عنوان";
    // One line of about 2 MB, and 40,000 short lines, each followed by the site's permalink;
    // and the same at an eighth of the size. Time is checked as growth, not against a clock:
    // per byte, the full size may take at most three times what the eighth takes.
    let pages = |eighths: usize| {
        let long_body = vec![sentence; 2_500 * eighths].join(" ");
        let many_lines = format!("{sentence}\n").repeat(5_000 * eighths);
        [
            (
                format!("عنوان\n{long_body} {permalink}\n"),
                format!("عنوان\n{long_body}\n"),
            ),
            (
                format!("عنوان\n{many_lines}{permalink}\n"),
                format!("عنوان\n{many_lines}"),
            ),
        ]
    };
    for (small, full) in pages(1).into_iter().zip(pages(8)) {
        let mut took = Vec::new();
        for (page, want) in [small, full] {
            let started = std::time::Instant::now();
            assert!(cleaner.clean("akhbar.example", &page) == want);
            took.push(started.elapsed());
        }
        let limit = took[0] * 8 * 3 + std::time::Duration::from_secs(1);
        assert!(took[1] <= limit, "{took:?}, limit {limit:?}");
    }
}
