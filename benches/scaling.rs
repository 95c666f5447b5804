//! Linear time: cleans 1×, 4× and 16× the same mixed page. Criterion reports throughput in
//! bytes per second for each size: equal figures mean time grows linearly, and a rule that
//! rescans lines or windows shows as a drop at 4× and 16×.
//!
//! ```text
//! cargo bench --bench scaling
//! ```
//!
//! Four shapes: `page` repeats a whole page (many lines: catches per-line rescans and
//! neighbour windows), `line` repeats glued chrome and prose inside one line (catches repeated
//! scans from the start of a line), `short-lines` is a page of one- to three-word lines (the
//! per-line costs alone), and `marks` a run of combining marks with no base letter (folding
//! and counting inside one line that has no word).

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// The scraped euronews Arabic page.
const SAMPLE: &str = include_str!("../examples/data/sample_ar_news.txt");

/// An English page as a scraper leaves it: prose among ads, related links, tags, menus and
/// footer links.
const ENGLISH_PAGE: &str = "\
Skip to main content
Home | World | Business | Sport | Culture | Travel
Ceasefire talks resume in Cairo as mediators push for a deal

The talks resumed on Monday, officials said, after a pause of almost two weeks in which both \
sides traded accusations over the collapse of the previous round.
ADVERTISEMENT
Mediators from Egypt and Qatar met the delegations separately, according to two people briefed \
on the meetings, and presented a revised proposal on the exchange of prisoners.

Related
• What we know about the proposal
• Who are the mediators?
• Timeline: six months of talks

\"We are closer than we have been for some time,\" one diplomat said, asking not to be named \
because the talks are confidential. Others were more cautious, noting that similar optimism \
had faded quickly before.
Read more: Five things to watch as talks resume
The next session is expected on Wednesday, when the delegations will return with answers from \
their leaders, and a statement could follow by the weekend.

Tags: ceasefire, Cairo, mediation, prisoners
Sponsored
You may also like
Markets rally on hopes of a deal
Oil prices fall for a third day
News
Sport
Weather
Culture
Travel
About usContact usPrivacy PolicyTerms of UseCookie SettingsAdvertise with us
Copyright © 2025 Example News. All rights reserved.
";

fn page(times: usize) -> String {
    let mut text = String::with_capacity((SAMPLE.len() + ENGLISH_PAGE.len() + 2) * times);
    for _ in 0..times {
        text.push_str(SAMPLE);
        text.push('\n');
        text.push_str(ENGLISH_PAGE);
        text.push('\n');
    }
    text
}

/// Glued link texts, markers and a sentence, with no line break.
const LINE_UNIT: &str = "HomeNewsSportمفاتيح اليومإسرائيلدونالد ترامبالحوثيون Related\
نعم ولكن.. بوتين يوافق على المقترح \"فروق دقيقة\"بالزي العسكري The talks resumed on Monday, \
officials said. اعلان About EuronewsCommercial ServicesTerms and ConditionsCookie Policy | ";

fn line(times: usize) -> String {
    LINE_UNIT.repeat(times * 200)
}

/// Menu-like lines of one to three words, 400 per unit.
fn short_lines(times: usize) -> String {
    const WORDS: [&str; 8] = [
        "Home",
        "News",
        "أخبار",
        "Sport",
        "الرياضة",
        "Contact us",
        "من نحن",
        "More",
    ];
    let mut text = String::new();
    for i in 0..times * 400 {
        text.push_str(WORDS[i % WORDS.len()]);
        text.push('\n');
    }
    text
}

/// Arabic and Latin combining marks with no letter to sit on, 4,000 per unit, in one line.
fn marks(times: usize) -> String {
    "\u{064B}\u{0301}\u{0651}\u{0308}".repeat(times * 1000)
}

/// Builds an input `times` times the size of one unit.
type Maker = fn(usize) -> String;

fn scaling(c: &mut Criterion) {
    let cleaner = textsieve::Cleaner::new();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(20);
    let shapes: [(&str, Maker); 4] = [
        ("page", page),
        ("line", line),
        ("short-lines", short_lines),
        ("marks", marks),
    ];
    for (shape, make) in shapes {
        for times in [1, 4, 16] {
            let text = make(times);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(shape, times), &text, |b, text| {
                b.iter(|| cleaner.clean(black_box(text)));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
