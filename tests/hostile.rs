//! Hostile inputs: huge, repetitive, invisible, control-laden or oddly broken text. Each must
//! come back without a panic, and the output must be the input minus the reported spans.
//!
//! The big cases are sized to run in a debug `cargo test` within seconds; each checks the
//! report against the input itself rather than cleaning twice where that would double the time.
//! Time is checked as growth, never against a clock: a big case may take per byte at most a
//! few times what an eighth of it takes (see [`linear`]), which a busy or slow machine keeps
//! and a quadratic path breaks.

use std::time::{Duration, Instant};

use textsieve::Report;

/// Explains `input` and checks deletion only: spans sorted, disjoint, non-empty, in range and
/// on char boundaries, and the output exactly the input with them cut out.
fn explain_checked(input: &str) -> Report {
    let report = textsieve::explain(input);
    let mut rebuilt = String::with_capacity(report.output.len());
    let mut pos = 0;
    for r in &report.removals {
        assert!(
            pos <= r.span.start && r.span.start < r.span.end && r.span.end <= input.len(),
            "span {:?} after {pos} of {} bytes",
            r.span,
            input.len()
        );
        assert!(
            input.is_char_boundary(r.span.start) && input.is_char_boundary(r.span.end),
            "span {:?} splits a char",
            r.span
        );
        rebuilt.push_str(&input[pos..r.span.start]);
        pos = r.span.end;
    }
    rebuilt.push_str(&input[pos..]);
    assert!(rebuilt == report.output, "output is not input minus spans");
    report
}

/// [`explain_checked`], plus `clean == explain.output` and idempotence: for inputs small
/// enough to clean three times.
fn check_all(input: &str) -> Report {
    let report = explain_checked(input);
    let cleaned = textsieve::clean(input);
    assert!(cleaned == report.output, "clean and explain disagree");
    assert!(textsieve::clean(&cleaned) == cleaned, "not idempotent");
    report
}

/// How much more time per byte the full input of a [`linear`] check may take than an eighth
/// of it: a path quadratic in the input takes eight times more.
const MAX_GROWTH: u32 = 3;

/// The least time the smaller run of a [`linear`] check takes: a quicker one is made larger
/// first. A quadratic path takes 64 times the smaller run's time on the full input, which
/// must be more than the allowance (24 times, plus a second for timer noise): with runs of
/// 8 ms it was not.
const MIN_SMALL_RUN: Duration = Duration::from_millis(100);

/// How many times larger than written a [`linear`] check may make its input, and the most
/// bytes its smaller input may grow to: a fast build reaches [`MIN_SMALL_RUN`] on few inputs
/// with either bound, and then checks at the bound.
const MAX_SCALE: usize = 16;
const MAX_SMALL_BYTES: usize = 16 << 20;

/// Runs `run` on `make(n)` and on `make(8 * n)` (an input eight times larger; `n` is 1, or
/// more when `make(1)` takes less than [`MIN_SMALL_RUN`]) and fails if the larger took more
/// than [`MAX_GROWTH`] times eight times as long, plus a second for timer noise on small
/// inputs. Returns the larger run's result. A slow machine, or one busy with other work,
/// slows both runs alike; a super-linear path (or a hang) does not. A first run of `make(1)`
/// is not timed: it builds what the process builds once (the default cleaner, its searches),
/// which would count as the small run's work.
fn linear<T>(what: &str, make: impl Fn(usize) -> String, run: impl Fn(&str) -> T) -> T {
    drop(run(&make(1)));
    let mut scale = 1;
    let small_took = loop {
        let small = make(scale);
        let started = Instant::now();
        drop(run(&small));
        let took = started.elapsed();
        if took >= MIN_SMALL_RUN || scale >= MAX_SCALE || small.len() * 2 > MAX_SMALL_BYTES {
            break took;
        }
        scale *= 2;
    };
    let full = make(8 * scale);
    let started = Instant::now();
    let value = run(&full);
    let took = started.elapsed();
    let limit = small_took * 8 * MAX_GROWTH + Duration::from_secs(1);
    assert!(
        took <= limit,
        "{what}: {took:?} for 8x the input, {small_took:?} for 1x at scale {scale} (limit {limit:?})"
    );
    value
}

/// `pattern` repeated until the text holds at least `bytes` bytes.
fn repeat_to(pattern: &str, bytes: usize) -> String {
    pattern.repeat(bytes.div_ceil(pattern.len()))
}

const MB: usize = 1 << 20;

/// Arabic and English prose with commas, quotes, a glued quote and an ad label in a sentence,
/// with no line break: one endless paragraph.
const PROSE_CHUNK: &str = "وقال المتحدث باسم الوزارة، في بيان صدر مساء الثلاثاء، إن \"المحادثات\"مستمرة وإن إعلان الهدنة قريب. The minister said, on Tuesday, that talks would resume soon. ";

#[test]
fn fifty_megabyte_single_line_of_prose() {
    let make = |eighths: usize| repeat_to(PROSE_CHUNK, 50 * MB * eighths / 8);
    let report = linear("50 MB line", make, |input| {
        assert!(!input.contains('\n'));
        let report = explain_checked(input);
        assert!(report.output.len() <= input.len());
        report
    });
    // The full-size run: 50 MB of prose, which stays.
    assert!(report.output.len() >= 40 * MB, "prose lost");
}

#[test]
fn fifty_megabyte_single_line_of_glued_links() {
    // Link texts glued with no spaces, Arabic and Latin: the whole line is a link run.
    let make = |eighths: usize| {
        repeat_to(
            "HomeNewsSportسياسةاقتصادالرياضةTerms and ConditionsCookie Policy",
            50 * MB * eighths / 8,
        )
    };
    let report = linear("50 MB link run", make, explain_checked);
    assert!(report.output.is_empty(), "the link run goes whole");
}

#[test]
fn a_million_repeated_tokens_on_one_line() {
    let make = |eighths: usize| "غزة ".repeat(125_000 * eighths);
    linear("1M tokens, one line", make, explain_checked);
}

#[test]
fn a_million_repeated_tokens_one_per_line() {
    let tokens = ["اعلان", "Related", "Tags", "Home", "مقالات مشابهة"];
    let make = |eighths: usize| {
        let mut input = String::new();
        for i in 0..125_000 * eighths {
            input.push_str(tokens[i % tokens.len()]);
            input.push('\n');
        }
        input
    };
    let report = linear("1M token lines", make, explain_checked);
    assert!(report.output.is_empty(), "marker lines all go");
}

#[test]
fn a_million_words_of_tag_list() {
    let make = |eighths: usize| {
        repeat_to(
            "كلمات دلالية: إسرائيل دونالد ترامب الحوثيون قطاع غزة سوريا الصحة ",
            12 * MB * eighths / 8,
        )
    };
    linear("huge tag list", make, explain_checked);
}

#[test]
fn nothing_but_markers_and_headings() {
    let markers = [
        "اعلان",
        "إقرأ أيضاً:",
        "مقالات مشابهة",
        "الأكثر قراءة",
        "كلمات دلالية:",
        "Related",
        "Advertisement",
        "Read more",
        "Tags:",
        "Copyright ©",
        "سياسة الخصوصية",
        "Home | News | Sport",
        "- ADVERTISEMENT -",
        "وسوم",
        "",
    ];
    let make = |eighths: usize| {
        let mut input = String::new();
        for i in 0..2_500 * eighths {
            input.push_str(markers[i % markers.len()]);
            input.push_str(if i % 7 == 0 { "\n\n" } else { "\n" });
        }
        input
    };
    let report = linear("markers", make, check_all);
    assert!(
        report.output.trim().is_empty(),
        "only markers: nothing should stay, got {:?}",
        &report.output[..report.output.len().min(200)]
    );
    // Glued into one line as well.
    let make = |eighths: usize| markers.concat().repeat(250 * eighths);
    linear("glued markers", make, check_all);
}

#[test]
fn bidi_controls_joiners_and_bom() {
    let controls = [
        '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
        '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200C}', '\u{200D}', '\u{FEFF}',
        '\u{061C}', '\u{200B}', '\u{2060}', '\u{00AD}',
    ];
    let pieces = [
        "اعلان",
        "Advertisement",
        "نص المقال، طويل بما يكفي.",
        "كلمات دلالية: غزة سوريا",
        "\n",
        " ",
    ];
    let mut input = String::from("\u{FEFF}");
    for i in 0..5_000 {
        input.push(controls[i % controls.len()]);
        input.push_str(pieces[i % pieces.len()]);
        if i % 3 == 0 {
            input.push(controls[(i * 7) % controls.len()]);
        }
    }
    check_all(&input);
    // Lines of nothing but controls are blank lines.
    let only: String = controls.iter().collect::<String>().repeat(1_000);
    check_all(&only);
    check_all(&format!("{only}\nاعلان\n{only}\nنص.\n"));
    // Controls inside a marker do not hide it.
    let report = check_all("Text, here.\n\u{200F}ا\u{200D}علان\u{200E}\nMore text.");
    assert_eq!(report.output, "Text, here.\nMore text.");
    assert_eq!(
        textsieve::clean("\u{FEFF}Story, text.\nاعلان\n"),
        "\u{FEFF}Story, text.\n"
    );
}

#[test]
fn every_line_ending() {
    for eol in [
        "\r\n", "\r", "\n", "\u{2028}", "\u{2029}", "\u{0085}", "\n\r",
    ] {
        let page = [
            "The talks resumed on Monday, officials said.",
            "ADVERTISEMENT",
            "",
            "Related",
            "• First headline",
            "• Second headline",
            "",
            "They ended at midnight, after long hours.",
            "Tags: talks, truce",
            "اعلان",
            "Copyright © euronews 2025",
        ]
        .join(eol);
        let report = check_all(&page);
        assert!(report.output.contains("officials said."), "{eol:?}");
        assert!(report.output.contains("long hours."), "{eol:?}");
        let mixed = page.replace("Related", "Related\r\r\n\u{2028}\r");
        check_all(&mixed);
        check_all(&eol.repeat(10_000));
        check_all(&format!("{}اعلان{}", eol.repeat(1_000), eol.repeat(1_000)));
    }
}

#[test]
fn nul_and_other_c0_controls() {
    let mut input = String::new();
    let pieces = ["اعلان", "Tags: a, b", "Story, text.", "Home", "غزةسوريا"];
    for i in 0u32..2_000 {
        input.push(char::from_u32(i % 32).unwrap_or('\0'));
        input.push_str(pieces[i as usize % pieces.len()]);
        input.push(char::from(0x7F));
    }
    check_all(&input);
    check_all(&"\0".repeat(100_000));
    check_all("\0اعلان\0\n\0");
    check_all(&"\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}\u{1F}\n".repeat(1_000));
}

#[test]
fn combining_marks_with_no_base() {
    let marks = "\u{064B}\u{064C}\u{0651}\u{0670}\u{0640}\u{0301}\u{0308}\u{20D7}\u{1AB0}\u{FE20}\u{06ED}\u{0610}";
    check_all(marks);
    check_all(&marks.repeat(50_000));
    check_all(&format!(
        "{marks}اعلان{marks}\n{marks}\n\u{0301}Related\u{064B}\n• {marks}"
    ));
    check_all(&format!("\n{}\n", "\u{0651}".repeat(200_000)));
    // Marks after a label's last letter keep it a label; marks alone form no word.
    check_all(&format!(
        "Story, text.\n{marks}\nاعلان{marks}\n{marks}More text."
    ));
}

#[test]
fn very_many_empty_lines() {
    let make = |eighths: usize| "\n".repeat(125_000 * eighths);
    let report = linear("empty lines", make, |input| {
        let report = explain_checked(input);
        assert_eq!(
            report.output, input,
            "blank lines that touch no removal stay"
        );
        report
    });
    // A million lines, or more where `linear` made the input larger.
    assert!(report.output.len() >= 1_000_000, "{}", report.output.len());
    let make = |eighths: usize| format!("{0}اعلان{0}نص.{0}", "\n \t\r\n".repeat(37_500 * eighths));
    linear("blanks around a marker", make, check_all);
}

#[test]
fn lines_of_maximal_glue_and_odd_scripts() {
    // Every character a glue point, and alternating scripts in one word.
    check_all(&"aبcدeهfو".repeat(100_000));
    check_all(&"ةاىاةا".repeat(100_000));
    check_all(&"aB".repeat(200_000));
    check_all(&"a.B\"c)ة؟ب".repeat(50_000));
    // Presentation forms and ligatures that decompose into many characters.
    check_all(&"\u{FDFA}\u{FDFB}\u{FEFB}ﷲ".repeat(20_000));
    check_all(&"\u{FDFA}\n".repeat(20_000));
    // Astral characters, surrogate-free but 4 bytes each.
    check_all(&"😀👍🏽𝔸𝕓".repeat(50_000));
}

/// Pages that exercise every rule: an article with ads, related items, tags, menus, footer,
/// dates, comments.
fn pages() -> Vec<String> {
    let sample = include_str!("../examples/data/sample_ar_news.txt");
    let body = "The council voted on Tuesday to expand the bus network, adding eleven routes.\n\
                Officials said the expansion, which costs $40 million a year, would be paid by a levy.\n";
    vec![
        sample.to_owned(),
        format!("Home\nWorld\nSport\nWeather\nTitle\n{body}{body}Related\n• One\n• Two\nTags: a, b\n12 Comments\nReply\nCopyright © 2025"),
        format!("{body}\nRead also:\nAnother story\n{body}{body}"),
        String::new(),
        "\n\n".to_owned(),
    ]
}

/// Builds with `builder`: an error must name a rule; a cleaner must keep every guarantee.
fn check_config(what: &str, builder: &textsieve::CleanerBuilder) {
    match builder.build() {
        Err(e) => assert!(
            !e.rule().is_empty() && e.to_string().contains(e.rule()),
            "{what}: {e}"
        ),
        Ok(cleaner) => {
            for page in pages() {
                let report = cleaner.explain(&page);
                assert!(report.output == cleaner.clean(&page), "{what}");
                let mut pos = 0;
                for r in &report.removals {
                    assert!(pos <= r.span.start && r.span.end <= page.len(), "{what}");
                    pos = r.span.end;
                }
            }
        }
    }
}

#[test]
fn extreme_user_options_never_panic() {
    use textsieve::{
        ArticleRegion, CleanerBuilder, EndOfArticle, FooterLinks, KeywordList, RelatedSection,
    };
    for n in [0, 1, 2, 3, 4, usize::MAX / 2, usize::MAX] {
        let mut b = CleanerBuilder::new();
        b.rule(
            RelatedSection::default()
                .max_item_words(n)
                .drop_appended_article(true),
        );
        check_config(&format!("related max_item_words {n}"), &b);
        let mut b = CleanerBuilder::new();
        b.rule(KeywordList::default().min_words(n));
        check_config(&format!("keyword min_words {n}"), &b);
        let mut b = CleanerBuilder::new();
        b.rule(FooterLinks::default().min_glue_points(n).min_menu_lines(n));
        check_config(&format!("footer {n}"), &b);
        let mut b = CleanerBuilder::new();
        b.rule(
            ArticleRegion::default()
                .margin_before(n)
                .margin_after(n)
                .min_region_words(n),
        );
        check_config(&format!("article-region {n}"), &b);
        let mut b = CleanerBuilder::new();
        b.rule(ArticleRegion::default().margin_before(n).margin_after(n));
        check_config(&format!("article-region margins {n}"), &b);
        let mut b = CleanerBuilder::new();
        b.rule(EndOfArticle::default().min_article_words(n));
        check_config(&format!("end-of-article {n}"), &b);
    }
    for share in [
        f32::NAN,
        f32::INFINITY,
        -1.0,
        0.0,
        f32::MIN_POSITIVE,
        0.5,
        1.0,
        1.5,
    ] {
        let mut b = CleanerBuilder::new();
        b.rule(KeywordList::default().min_repeated_share(share));
        check_config(&format!("share {share}"), &b);
    }
}

/// Every built-in phrase removed, so the phrase sets are empty: the lists are public with the
/// `unstable` feature only.
#[cfg(feature = "unstable")]
#[test]
fn empty_phrase_sets_never_panic() {
    use textsieve::{lexicon, AdMarker, CleanerBuilder, FooterLinks, KeywordList, RelatedSection};
    let mut ad = AdMarker::default();
    for l in lexicon::AD_LABELS {
        ad = ad.remove_label(l);
    }
    let mut related = RelatedSection::default();
    for h in lexicon::RELATED_HEADINGS {
        related = related.remove_heading(h);
    }
    let mut keywords = KeywordList::default();
    for l in lexicon::KEYWORD_LABELS {
        keywords = keywords.remove_label(l);
    }
    let mut footer = FooterLinks::default();
    for l in lexicon::FOOTER_LINKS {
        footer = footer.remove_link(l);
    }
    let mut b = CleanerBuilder::new();
    b.rule(ad).rule(related).rule(keywords).rule(footer);
    check_config("empty phrase sets", &b);
}

#[test]
fn odd_user_phrases_and_patterns_never_panic() {
    use textsieve::{
        AdMarker, CleanerBuilder, EndOfArticle, FooterLinks, KeywordList, PageChrome,
        RelatedSection,
    };
    // Odd and huge user phrases and patterns.
    let long = "اعلان ".repeat(2_000);
    for phrase in [
        "",
        " ",
        "\u{064B}",
        "\u{200F}",
        ":",
        "a",
        long.as_str(),
        "\0",
        "ﷺ",
    ] {
        let mut b = CleanerBuilder::new();
        b.rule(AdMarker::default().label(phrase))
            .rule(RelatedSection::default().heading(phrase))
            .rule(KeywordList::default().label(phrase))
            .rule(FooterLinks::default().link(phrase))
            .rule(PageChrome::default().notice(phrase))
            .rule(EndOfArticle::default().marker(phrase));
        check_config(
            &format!("phrase {:?}", phrase.chars().take(8).collect::<String>()),
            &b,
        );
    }
    let many: Vec<String> = (0..200).map(|i| format!("label {i} اعلان")).collect();
    let mut ad = AdMarker::default();
    for l in &many {
        ad = ad.label(l);
    }
    let mut b = CleanerBuilder::new();
    b.rule(ad);
    check_config("200 labels", &b);
    for pattern in [
        "",
        "(",
        "a{100000}",
        "(?:a*)*",
        r"\p{Arabic}+",
        "^$",
        ".*",
        "[[:alpha:]",
        "x{2,1}",
    ] {
        let mut b = CleanerBuilder::new();
        b.rule(AdMarker::default().pattern(pattern))
            .rule(RelatedSection::default().pattern(pattern))
            .rule(KeywordList::default().pattern(pattern))
            .rule(FooterLinks::default().pattern(pattern))
            .rule(PageChrome::default().pattern(pattern));
        check_config(&format!("pattern {pattern:?}"), &b);
    }
}

/// A long line where related headings and address labels recur inside sentences, with one
/// sentence end at the very end: every occurrence is looked at as a candidate for a cut inside
/// the line and turned down, and looking at one must not cost the length of the line.
#[test]
fn a_long_line_of_headings_inside_sentences() {
    let unit =
        "the Related talks resumeTalks end, officials said on Monday, وقال المتحدث إن مقالات أخرى \
                للكاتب قريبة، Retrieved from https://example.org/wiki/Page name@example.org ";
    linear(
        "headings inside sentences",
        |eighths| format!("{}.", unit.repeat(1_000 * eighths)),
        explain_checked,
    );
}

/// Many short blocks of numbered entries (`1 a`, `2 b`, `3 c`), each an outline a table of
/// contents could be: each block's titles are looked up once, not searched for again in the
/// rest of the page (which took 36 s for 320 KB).
#[test]
fn many_blocks_of_numbered_entries() {
    let make = |eighths: usize| repeat_to("1 a\n2 b\n3 c\nx\n", 256 * 1024 * eighths / 8);
    linear("numbered blocks", make, check_all);
}

/// Posts one after another, each with a heading that counts its comments, names alone on
/// their lines and stamped headers under it: each heading's names are looked for up to the
/// next heading only, and the headings over threads found by their shape are set aside in
/// one sweep, not each against every thread. And cleaning settles: `end-of-article` cuts at
/// the middle heading each pass, halving the page, which outlasted the six passes cleaning
/// had (256 posts lost half again when cleaned again); sixteen settle the largest input here
/// (4 MiB, some 15,000 posts).
#[test]
fn many_counted_headings_over_names() {
    let post = "The council voted on Tuesday to expand the bus network, adding eleven routes \
        across the city and a night service for the eastern districts after a long debate that \
        ran late into the evening.\n{ 3 comments }\nAnna\nGreat news for the east side.\n\
        Bob\nAbout time they did it.\nCara\nFinally.\n";
    let make = |eighths: usize| repeat_to(post, 256 * 1024 * eighths / 8);
    linear("counted headings over names", make, check_all);
    let stamped = post.replace("Bob\n", "Bob on May 3, 2012 at 4:14 pm\n");
    let make = |eighths: usize| repeat_to(&stamped, 256 * 1024 * eighths / 8);
    linear("counted headings over stamped threads", make, check_all);
}

/// One line of sentences, each ending in a full stop and a right-to-left mark, then a heading
/// a rule cuts glued tails at (`Retrieved from`), the line holding an address: each heading
/// after a sentence end is mapped back to the text once at most, not each in turn (the key
/// drops the mark, and the text was asked again whether a sentence ended there: 11.8 s for
/// 300 KB).
#[test]
fn many_headings_after_marked_sentence_ends() {
    let make = |eighths: usize| {
        repeat_to(
            "Retrieved from the old city archive. \u{200F}",
            256 * 1024 * eighths / 8,
        ) + " http://x.org\n"
    };
    linear("headings after marked sentence ends", make, check_all);
}

/// Runs of ad labels glued to each other at a line's start and end: they go in one pass, so
/// cleaning settles however many there are (one label a pass left a run of twelve unsettled
/// after the cleaner's last pass).
#[test]
fn runs_of_glued_ad_labels_settle() {
    let sentence = " صوت المجلس يوم الثلاثاء على توسيع شبكة الحافلات بإضافة إحدى عشرة خطا جديدا.";
    for labels in [2, 7, 12, 1000] {
        let run = "اعلان".repeat(labels);
        for text in [
            format!("{run}{sentence}\n"),
            format!("{run}اخترنا لك{sentence}\n"),
            format!("{sentence}{run}\n"),
            format!("{sentence}هدنة{run}\n"),
        ] {
            let report = check_all(&text);
            assert!(
                report.output.matches("اعلان").count() <= 1,
                "{labels} labels: {:?}",
                report.output
            );
        }
    }
}

/// A cleaner with the profile of a site whose pages end with `More from Example News: TOPIC`.
fn example_news_cleaner() -> textsieve::ProfiledCleaner {
    use textsieve::{Cleaner, ProfileCounts, ProfiledCleaner};
    let topics = ["Politics", "Sport", "Weather", "Business", "Culture"];
    let mut counts = ProfileCounts::new();
    for i in 0..50 {
        counts.add(
            "example.com",
            &format!(
                "Headline {i}\nThe council met on day {i} and approved the plan.\nThe mayor said work starts soon. More from Example News: {}\n",
                topics[i % 5]
            ),
        );
    }
    ProfiledCleaner::new(Cleaner::new(), counts.build())
}

/// A site profile with a tail template, on a page whose last line is thousands of full stops
/// before a word of the template: each stop may open the tail, and each looked for its line's
/// end by walking to it (time quadratic in the line's tokens); now a look goes no further
/// than a template's length.
#[test]
fn profile_tails_on_a_line_of_many_stops() {
    let cleaner = example_news_cleaner();
    let make = |eighths: usize| {
        format!(
            "Storm closes port\nThe storm closed the port for two days.\n{}more\n",
            repeat_to(". ", 128 * 1024 * eighths / 8)
        )
    };
    linear("profile tails after many stops", make, |page| {
        cleaner.clean("example.com", page)
    });
}

/// A site's tail template over every block of a long list at a page's end, a block a line
/// and all blocks glued into one line: every block is in the tail once the blocks below it
/// are cut, so they go in one pass (one or two a pass, such a page did not settle), and each
/// round looks only at tokens the round before did not.
#[test]
fn profile_tails_over_many_blocks() {
    let cleaner = example_news_cleaner();
    let prose = "The committee reviewed the budget for the coming year and found several items that needed more attention from the staff. ".repeat(12);
    let block = "More from Example News: Weather. The storm moved east overnight, and officials said the roads would reopen once crews had cleared the fallen trees from the main routes. Residents were asked to stay home until the morning.";
    for glue in ["\n", " "] {
        let make = |eighths: usize| {
            let blocks = repeat_to(&format!("{block}{glue}"), 256 * 1024 * eighths / 8);
            format!("Storm closes port\n{prose}\n{blocks}")
        };
        let output = linear("profile tails over many blocks", make, |page| {
            cleaner.clean("example.com", page)
        });
        assert!(output.len() < 8 * 1024, "{}", output.len());
        assert_eq!(cleaner.clean("example.com", &output), output);
    }
}

/// A user label as long as a phrase may be, beside a short one, and a line made of the short
/// one over and over: each label of the run is looked for anchored where the last ended,
/// and each look may read as far as the longest label; phrases are capped (512 bytes
/// folded), so a run costs its length times a constant (a 100 KB label made it quadratic).
#[test]
fn a_run_of_short_user_labels_beside_a_long_one() {
    let long = "ad".repeat(250) + "x";
    let mut builder = textsieve::Cleaner::builder();
    builder
        .phrases("ad-marker", &["ad", long.as_str()])
        .expect("phrases within the limit");
    let cleaner = builder.build().expect("a cleaner");
    let too_long = "ad".repeat(300);
    let mut refused = textsieve::Cleaner::builder();
    let refused = refused
        .phrases("ad-marker", &[too_long.as_str()])
        .map(|b| b.build());
    assert!(
        matches!(refused, Err(_) | Ok(Err(_))),
        "a 600-byte label is refused"
    );
    let make = |eighths: usize| repeat_to("ad", 256 * 1024 * eighths / 8) + " The vote was held.\n";
    linear("a run of short user labels", make, |text| {
        cleaner.clean(text)
    });
}
