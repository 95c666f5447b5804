//! Public-API checks: shareability, builder behaviour, errors.

use std::error::Error;

use textsieve::{
    AdMarker, BuildError, Cleaner, CleanerBuilder, FooterLinks, KeywordList, RelatedSection, Report,
};

fn assert_shareable<T: Send + Sync + 'static>() {}
fn assert_clone<T: Clone>() {}

#[test]
fn public_types_are_shareable() {
    assert_shareable::<Cleaner>();
    assert_shareable::<CleanerBuilder>();
    assert_shareable::<Report>();
    assert_shareable::<BuildError>();
    assert_clone::<Cleaner>();
}

#[test]
fn default_rule_order() {
    let ids: Vec<_> = Cleaner::new().rule_ids().collect();
    assert_eq!(
        ids,
        [
            "ad-marker",
            "related-section",
            "keyword-list",
            "footer-links",
            "table-of-contents",
            "heading-echo",
            "page-chrome",
            "comment-thread",
            "end-of-article",
            "article-region"
        ]
    );
    assert_eq!(CleanerBuilder::empty().rule_ids().count(), 0);
}

#[test]
fn rule_with_same_id_replaces_in_place() {
    let mut builder = Cleaner::builder();
    builder.rule(AdMarker::default().label("Reklam"));
    let ids: Vec<_> = builder.rule_ids().collect();
    assert_eq!(
        ids,
        [
            "ad-marker",
            "related-section",
            "keyword-list",
            "footer-links",
            "table-of-contents",
            "heading-echo",
            "page-chrome",
            "comment-thread",
            "end-of-article",
            "article-region"
        ]
    );
    let cleaner = builder.build().expect("valid");
    assert_eq!(cleaner.clean("Metin.\nREKLAM\nSon."), "Metin.\nSon.");
}

#[test]
fn without_removes_by_id() {
    let cleaner = Cleaner::builder()
        .without("ad-marker")
        .build()
        .expect("valid");
    assert_eq!(
        cleaner.clean("Text.\nAdvertisement\nEnd."),
        "Text.\nAdvertisement\nEnd."
    );
}

#[test]
fn empty_cleaner_keeps_everything() {
    let cleaner = CleanerBuilder::empty().build().expect("valid");
    let text = "Advertisement\nTags: a, b\n\n\n";
    assert_eq!(cleaner.clean(text), text);
    assert!(cleaner.explain(text).removals.is_empty());
}

#[test]
fn bad_user_input_is_a_typed_error_naming_the_rule() {
    let cases: Vec<(CleanerBuilder, &str)> = vec![
        (build_with(AdMarker::default().pattern("(")), "ad-marker"),
        (
            build_with(RelatedSection::default().heading("   ")),
            "related-section",
        ),
        (
            build_with(KeywordList::default().min_words(1)),
            "keyword-list",
        ),
        (
            build_with(FooterLinks::default().min_menu_lines(0)),
            "footer-links",
        ),
    ];
    for (builder, rule) in cases {
        let err = builder.build().expect_err("invalid configuration");
        assert_eq!(err.rule(), rule);
        assert!(err.to_string().contains(rule), "{err}");
    }
    let err = build_with(AdMarker::default().pattern("[a-"))
        .build()
        .expect_err("invalid pattern");
    assert!(err.source().is_some(), "the regex error is the source");
}

#[test]
fn every_rule_names_itself_in_its_errors() {
    use textsieve::{ArticleRegion, EndOfArticle, PageChrome};
    let cases: Vec<(CleanerBuilder, &str)> = vec![
        (
            build_with(AdMarker::default().label("\u{064B} ")),
            "ad-marker",
        ),
        (
            build_with(AdMarker::default().pattern("x{2,1}")),
            "ad-marker",
        ),
        (
            build_with(RelatedSection::default().max_item_words(0)),
            "related-section",
        ),
        (
            build_with(RelatedSection::default().pattern("[")),
            "related-section",
        ),
        (
            build_with(KeywordList::default().min_repeated_share(f32::NAN)),
            "keyword-list",
        ),
        (build_with(KeywordList::default().label("")), "keyword-list"),
        (
            build_with(FooterLinks::default().min_glue_points(1)),
            "footer-links",
        ),
        (
            build_with(FooterLinks::default().link("::")),
            "footer-links",
        ),
        (
            build_with(PageChrome::default().pattern("(?P<")),
            "page-chrome",
        ),
        (
            build_with(PageChrome::default().notice("\u{200F}")),
            "page-chrome",
        ),
        (
            build_with(EndOfArticle::default().min_article_words(0)),
            "end-of-article",
        ),
        (
            build_with(EndOfArticle::default().marker(" ")),
            "end-of-article",
        ),
        (
            build_with(ArticleRegion::default().min_region_words(0)),
            "article-region",
        ),
    ];
    for (builder, rule) in cases {
        let err = builder.build().expect_err(rule);
        assert_eq!(err.rule(), rule, "{err}");
        assert!(
            err.to_string().starts_with(&format!("rule '{rule}': ")),
            "{err}"
        );
    }
    // The first bad rule in order is the one reported; a later fix by id clears it.
    let mut builder = Cleaner::builder();
    builder
        .rule(KeywordList::default().min_words(0))
        .rule(AdMarker::default().pattern("("));
    assert_eq!(
        builder.build().expect_err("two bad rules").rule(),
        "ad-marker"
    );
    builder.rule(AdMarker::default());
    assert_eq!(
        builder.build().expect_err("one bad rule").rule(),
        "keyword-list"
    );
    builder.without("keyword-list");
    assert!(builder.build().is_ok());
}

fn build_with(rule: impl textsieve::Rule + 'static) -> CleanerBuilder {
    let mut builder = CleanerBuilder::empty();
    builder.rule(rule);
    builder
}

#[test]
fn cleaner_is_usable_from_threads() {
    let cleaner = Cleaner::new();
    let page = "Story, with words.\nاعلان\nMore story.";
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| assert_eq!(cleaner.clean(page), "Story, with words.\nMore story."));
        }
    });
}

/// An article already extracted: a date line, a photo credit and a closing short line far
/// from its densest prose, with no menu, footer or ad anywhere.
const CLEAN_ARTICLE: &str = "15 June 2022\n\
Foto: Christof Stache\n\
The minister said on Monday that the talks would resume next week, officials said.\n\
\n\
Negotiators from both sides met twice in Geneva, and a third round is planned for July.\n\
\n\
Both delegations said the atmosphere had improved since the spring, a diplomat added.\n\
\n\
Reporting by Staff";

#[test]
fn a_clean_article_comes_through_whole() {
    assert_eq!(textsieve::clean(CLEAN_ARTICLE), CLEAN_ARTICLE);
}

#[test]
fn the_same_article_in_a_scraped_page_loses_its_furniture() {
    let page = format!(
        "HomeNewsSportWeather\n{CLEAN_ARTICLE}\nAbout EuronewsCommercial ServicesTerms and Conditions"
    );
    let out = textsieve::clean(&page);
    assert!(
        !out.contains("HomeNews") && !out.contains("About Euronews"),
        "{out}"
    );
    for sentence in CLEAN_ARTICLE
        .lines()
        .filter(|l| l.ends_with("said.") || l.ends_with("added."))
    {
        assert!(out.contains(sentence), "{out}");
    }
}

/// A site's disclaimer that its writers' opinions are their own goes; an article's sentence
/// about views expressed in a debate stays, in English and in Arabic (`page-chrome` suspects
/// only a disclaimer's own wording, `opinions expressed in this article are`, `لا تعبر عن
/// رأي موقع`: the line model decides).
#[test]
fn an_opinions_disclaimer_goes_and_a_sentence_about_views_stays() {
    let sentence = "The views expressed by the transport minister during the debate were welcomed by the opposition, who called them a step forward for the eastern districts.";
    let sentence_ar = "وقالت الوزيرة إن الآراء الواردة في التقرير تستحق الدراسة، مضيفة أن تصريحات النواب لا تعبر بالضرورة عن رأي الحكومة كلها.";
    let page = format!(
        "Home | World | Business | Sport\nCouncil approves the new night bus network\nBy Anna Berg\n\
        The council voted on Tuesday to expand the night bus network, adding eleven routes that link the eastern districts with the centre of the city after a long debate.\n\
        {sentence}\n{sentence_ar}\n\
        The first routes open in March, and the rest follow over the next two years as new drivers are hired and trained for them.\n\
        Note: The views and opinions expressed in this article are those of the author and do not necessarily reflect the position of Example News.\n\
        Share this article\n© 2024 Example News. All rights reserved.\n"
    );
    let out = textsieve::clean(&page);
    assert!(out.contains(sentence) && out.contains(sentence_ar), "{out}");
    assert!(!out.contains("Note: The views"), "{out}");
}

#[test]
fn one_stray_match_does_not_make_a_page() {
    // One line that reads like chrome is not enough to let the unsure rules cut.
    let text = format!("{CLEAN_ARTICLE}\nPrivacy Policy");
    let out = textsieve::clean(&text);
    assert!(
        out.starts_with("15 June 2022\nFoto: Christof Stache\n"),
        "{out}"
    );
}

#[test]
fn evidence_alone_removes_nothing() {
    // page-chrome only reports evidence for the line model; without a model it removes
    // nothing, and with the model a clean article keeps its date line.
    let cleaner = CleanerBuilder::empty()
        .rule(textsieve::PageChrome::default())
        .build()
        .expect("valid");
    assert_eq!(cleaner.clean(CLEAN_ARTICLE), CLEAN_ARTICLE);
    let report = Cleaner::builder()
        .without("model")
        .build()
        .expect("valid")
        .explain(CLEAN_ARTICLE);
    assert!(report.removals.is_empty(), "{report}");
}

#[test]
fn a_user_rule_removes_its_lines_and_nothing_else() {
    // Two removals by a user rule used to open the gate of the unsure rules, which then cut
    // the date and the credit of a clean article.
    let reporting = textsieve::rule_fn("reporting", |doc, out| {
        for line in doc.lines() {
            if line.text().starts_with("Reporting") || line.text().starts_with("Negotiators") {
                out.push(textsieve::Removal::new(
                    line.span_with_break(),
                    "reporting",
                    textsieve::Reason::custom("test"),
                ));
            }
        }
    });
    let cleaner = Cleaner::builder().rule(reporting).build().expect("valid");
    let out = cleaner.clean(CLEAN_ARTICLE);
    assert!(
        out.starts_with("15 June 2022\nFoto: Christof Stache\nThe minister said"),
        "{out}"
    );
    assert!(
        !out.contains("Negotiators") && !out.contains("Reporting"),
        "{out}"
    );
    assert!(out.contains("a diplomat added."), "{out}");
}

#[test]
fn without_model_removes_only_sure_findings() {
    let cleaner = Cleaner::builder().without("model").build().expect("valid");
    let page = format!("{CLEAN_ARTICLE}\nAdvertisement\nSign in\n");
    let report = cleaner.explain(&page);
    assert!(
        report.removals.iter().all(|r| r.rule != textsieve::MODEL),
        "{report}"
    );
    assert!(
        report.removals.iter().any(|r| r.rule == "ad-marker"),
        "{report}"
    );
}

/// Furniture glued onto a paragraph's end is cut out of the line, and `explain` reports each
/// cut as its own span inside the line: the paragraph stays whole.
#[test]
fn explain_reports_cuts_inside_a_line() {
    let paragraph = "وقال الوزير إن الخطة الجديدة ستنفذ خلال العام المقبل بعد موافقة المجلس، \
                     وإن التمويل متوفر بالكامل. ";
    let tail = "مقالات أخرى للكاتبالموازنة العامة للدولةالتعليم في المدارس الحكومية";
    let contact = "Send your photos to [email protected] and we will print them, said the editor.";
    let page = format!("{paragraph}{tail}\n\n{contact}\n");
    let report = Cleaner::new().explain(&page);
    let cut = |needle: &str| {
        let start = page.find(needle).expect("in the page");
        report
            .removals
            .iter()
            .find(|r| r.span.start <= start && r.span.end >= start + needle.len())
            .unwrap_or_else(|| panic!("no removal covers {needle:?}: {report}"))
    };
    let titles = cut(tail);
    assert_eq!(titles.rule, "related-section");
    // The cut starts inside the line, after the paragraph (with the space before it).
    assert!(titles.span.start >= paragraph.trim_end().len(), "{report}");
    let placeholder = cut("[email protected]");
    assert_eq!(placeholder.rule, "footer-links");
    assert_eq!(placeholder.span.len(), "[email protected]".len());
    assert!(report.output.starts_with(paragraph.trim_end()), "{report}");
    assert!(report.output.contains("Send your photos to "), "{report}");
    assert!(
        report
            .output
            .contains(" and we will print them, said the editor."),
        "{report}"
    );
}

/// Phrases go to the built-in rule named; an id that names none, or a rule that takes none,
/// is a typed error naming it.
#[test]
fn phrases_for_builtin_rules() {
    let cleaner = Cleaner::builder()
        .phrases("keyword-list", &["Themenwolke"])
        .unwrap()
        .build()
        .unwrap();
    let ids: Vec<&str> = cleaner.rule_ids().collect();
    let defaults: Vec<&str> = Cleaner::new().rule_ids().collect();
    assert_eq!(ids, defaults, "the rule keeps its place");
    // And it uses them: a tag list under the new label goes, which the defaults keep.
    let page =
        "Der Landtag hat am Dienstag den neuen Haushalt beschlossen, nach einer langen Debatte.\n\
        Themenwolke: Landtag, Haushalt, Debatte\n";
    let report = cleaner.explain(page);
    assert_eq!(
        report.output,
        "Der Landtag hat am Dienstag den neuen Haushalt beschlossen, nach einer langen Debatte.\n",
        "{report}"
    );
    assert_eq!(report.removals[0].rule, "keyword-list");
    assert_eq!(Cleaner::new().clean(page), page);
    let err = Cleaner::builder()
        .phrases("no-such-rule", &["x"])
        .unwrap_err();
    assert_eq!(err.rule(), "no-such-rule");
    assert!(err.to_string().contains("is no built-in rule"), "{err}");
    let err = Cleaner::builder()
        .phrases("comment-thread", &["x"])
        .unwrap_err();
    assert!(err.to_string().contains("takes no phrases"), "{err}");
    let err = Cleaner::builder()
        .phrases("ad-marker", &["\u{064B}"])
        .unwrap()
        .build()
        .unwrap_err();
    assert_eq!(err.rule(), "ad-marker");
}

/// A passage the page prints twice goes where it comes back, and only while its first copy
/// stays: when a user rule takes the first copy, the second is the one left.
#[test]
fn a_repeated_passage_goes_only_where_its_first_copy_stays() {
    let story = "The council voted on Tuesday to expand the bus network across the city, adding \
        eleven routes and a night service that runs on weekends.\n\
        The first night routes open in March, and the rest follow over the next two years as \
        new drivers are hired and trained for them.\n";
    let page = format!("{story}Photos\n{story}");
    let report = textsieve::explain(&page);
    assert_eq!(report.output, format!("{story}Photos\n"), "{report}");
    assert!(
        report
            .removals
            .iter()
            .all(|r| r.rule == textsieve::REPEATED_PASSAGE),
        "{report}"
    );
    // The page's first two lines, when they open it (cleaned again, the page opens with
    // `Photos`).
    let first_copy = textsieve::rule_fn("first-copy", |doc, out| {
        if !doc
            .line(0)
            .is_some_and(|l| l.text().starts_with("The council"))
        {
            return;
        }
        for line in doc.lines().take(2) {
            out.push(textsieve::Removal::new(
                line.span_with_break(),
                "first-copy",
                textsieve::Reason::custom("test"),
            ));
        }
    });
    let cleaner = Cleaner::builder().rule(first_copy).build().expect("valid");
    let out = cleaner.clean(&page);
    assert!(
        out.ends_with(story) && out.matches(story).count() == 1,
        "{out}"
    );
}
