//! Deterministic bench corpora: pages as a scraper leaves them, recombined from the embedded
//! sample (`examples/data/sample_ar_news.txt`) and from text written for this crate.
//!
//! Each corpus is a list of documents (one page each), built from a fixed seed, so every run
//! and every machine cleans the same bytes. Pages mix article paragraphs with the boilerplate
//! the rules target: navigation (menu lines, `|` bars, glued link runs), dates and bylines,
//! ad labels, related blocks (a heading with bullets or titles, or glued into one line), tag
//! lists, share prompts, comment sections, copyright and cookie lines. Some pages separate
//! blocks with blank lines, like the sample; others do not, like most scraped pages.
//!
//! * [`arabic`]: Arabic articles (paragraphs and sentences of the sample, recombined) with
//!   Arabic chrome and the sample's glued Latin/Arabic strips.
//! * [`english`]: English articles with English chrome.
//! * [`mixed`]: Arabic, English and bilingual pages (an Arabic article in English chrome),
//!   interleaved: the headline corpus of `cargo bench --bench clean`.
//! * [`control`]: article paragraphs only, in both languages: nothing to remove.

/// The scraped euronews Arabic page.
pub const SAMPLE: &str = include_str!("../examples/data/sample_ar_news.txt");

/// A named list of documents.
pub struct Corpus {
    pub name: &'static str,
    pub docs: Vec<String>,
}

impl Corpus {
    /// Total size in bytes.
    pub fn bytes(&self) -> usize {
        self.docs.iter().map(String::len).sum()
    }
}

/// `SplitMix64`: small, fixed and good enough to shuffle text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Pieces of the sample, found by their shape.
struct Sample {
    /// Article paragraphs: long lines that open with an Arabic letter.
    paragraphs: Vec<&'static str>,
    /// Sentences of those paragraphs, to build new paragraphs from.
    sentences: Vec<&'static str>,
    /// Related-article titles (the bullets under `مقالات مشابهة`), without the bullet.
    titles: Vec<&'static str>,
    /// Long lines that open with a Latin letter: glued related, share and footer strips.
    glued: Vec<&'static str>,
    /// The labelled tag list.
    tags: &'static str,
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

fn sample() -> Sample {
    let lines: Vec<&'static str> = SAMPLE.lines().collect();
    let paragraphs: Vec<&'static str> = lines
        .iter()
        .copied()
        .filter(|l| l.len() >= 200 && l.starts_with(is_arabic) && !l.contains("كلمات دلالية"))
        .collect();
    let sentences = paragraphs
        .iter()
        .flat_map(|p| p.split_inclusive(". "))
        .map(str::trim)
        .filter(|s| s.len() >= 60 && s.ends_with('.'))
        .collect();
    let titles = lines
        .iter()
        .filter_map(|l| l.trim_start().strip_prefix("• "))
        .collect();
    let glued = lines
        .iter()
        .copied()
        .filter(|l| l.len() >= 200 && l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect();
    let tags = lines
        .iter()
        .copied()
        .find(|l| l.starts_with("كلمات دلالية"))
        .expect("the sample has a tag list");
    Sample {
        paragraphs,
        sentences,
        titles,
        glued,
        tags,
    }
}

/// English article sentences, written for these benches.
const EN_SENTENCES: &[&str] = &[
    "The council voted on Tuesday to expand the bus network, adding eleven routes across the city.",
    "Officials said the expansion, which costs $40 million a year, would be paid for by a new parking levy.",
    "Critics said the plan came too late for shift workers, who had waited years for night buses.",
    "The talks resumed on Monday, officials said, after a pause of almost two weeks.",
    "Mediators met the delegations separately and presented a revised proposal on the exchange of prisoners.",
    "\"We are closer than we have been for some time,\" one diplomat said, asking not to be named.",
    "Others were more cautious, noting that similar optimism had faded quickly before.",
    "The next session is expected on Wednesday, when the delegations return with answers from their leaders.",
    "Rainfall in the region has been below average for the third year in a row, according to the weather service.",
    "Farmers say the drought has cut their harvests by a third, and some have sold part of their herds.",
    "The ministry promised emergency payments, but many growers said the money had not yet arrived.",
    "Researchers at the university tracked more than two thousand patients over a period of five years.",
    "Those who walked for at least thirty minutes a day were less likely to be admitted to hospital.",
    "The authors cautioned that the study shows a link, not a cause, and called for larger trials.",
    "Shares in the company fell by nine percent in early trading after it cut its forecast for the year.",
    "The chief executive blamed higher shipping costs and weaker demand in Europe for the shortfall.",
    "Analysts had expected a smaller cut, and several lowered their price targets after the call.",
    "The museum will reopen in the spring after a renovation that took almost four years to finish.",
    "Its new wing, designed by a local architect, doubles the space for the permanent collection.",
    "Entry will be free on the first Sunday of every month, the director told reporters on Thursday.",
    "Firefighters worked through the night to contain the blaze, which started in a timber yard.",
    "No one was hurt, but residents of nearby streets were told to keep their windows closed.",
    "The cause of the fire is not yet known, and an investigation has been opened by the police.",
    "The team won its fourth match in a row on Saturday, moving to second place in the league.",
    "Its coach praised the defence, which has conceded only two goals in the last six games.",
    "The striker, who joined from a rival club in the summer, scored twice in the second half.",
    "Engineers will inspect the bridge again next month, after cracks were found in two of its supports.",
    "Until then, lorries heavier than seven tonnes must take a detour of about twenty kilometres.",
    "Local businesses say the closure has already cost them customers during the busiest season.",
    "The court ruled that the contract was valid, rejecting the argument that it had been signed under pressure.",
    "Lawyers for the company said they would study the judgment before deciding whether to appeal.",
    "The festival drew more than sixty thousand visitors over three days, a record for the event.",
    "Organisers said ticket sales had risen by a fifth, helped by a programme of free concerts in the parks.",
    "Teachers in the district will strike for two days next week over pay and class sizes.",
    "The union said talks with the education board had broken down after months without progress.",
    "Parents were advised to check the school websites for arrangements on the days of the strike.",
];

/// English headlines, for titles, teasers and related items.
const EN_HEADLINES: &[&str] = &[
    "Ceasefire talks resume in Cairo as mediators push for a deal",
    "City to add eleven night bus routes next year",
    "Drought cuts harvests for third year running",
    "Daily walks linked to fewer hospital stays, study finds",
    "Shares slide after retailer cuts its forecast",
    "Museum reopens with a new wing and free Sundays",
    "Timber yard fire brought under control overnight",
    "Late double lifts the team to second place",
    "Cracked bridge to stay closed to heavy lorries",
    "Court upholds contract in long-running dispute",
    "Record crowds at the summer festival",
    "Teachers to strike over pay and class sizes",
    "What we know about the proposal",
    "Who are the mediators?",
    "Timeline: six months of talks",
    "Five things to watch this week",
    "Markets rally on hopes of a deal",
    "Oil prices fall for a third day",
];

/// Arabic article sentences, written for these benches.
const AR_SENTENCES: &[&str] = &[
    "وقال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة، بمشاركة وفود من عدة دول.",
    "وأضاف أن الأجواء كانت إيجابية، وأن الطرفين اتفقا على مواصلة العمل للتوصل إلى اتفاق شامل.",
    "وأعلنت البلدية عن خطة لتوسيع شبكة الحافلات، تشمل إضافة خطوط جديدة تربط الأحياء الشرقية بوسط المدينة.",
    "وقدرت تكلفة المشروع بنحو أربعين مليون دولار سنويا، على أن تمول من رسوم جديدة على مواقف السيارات.",
    "وأشار تقرير صادر عن الأرصاد الجوية إلى أن معدلات الأمطار جاءت دون المتوسط للعام الثالث على التوالي.",
    "ويقول المزارعون إن الجفاف خفض محاصيلهم بمقدار الثلث، وإن بعضهم اضطر إلى بيع جزء من مواشيه.",
    "وتابع الباحثون أكثر من ألفي مريض على مدى خمس سنوات، ورصدوا عاداتهم اليومية في المشي والنوم.",
    "وانخفضت أسهم الشركة بنسبة تسعة في المئة في بداية التداول، بعد أن خفضت توقعاتها للعام الحالي.",
    "ومن المقرر أن يعيد المتحف فتح أبوابه في الربيع، بعد أعمال ترميم استمرت قرابة أربع سنوات.",
    "وعمل رجال الإطفاء طوال الليل للسيطرة على الحريق، الذي اندلع في مستودع للأخشاب قرب الميناء.",
];

/// Arabic headlines, for teasers and related items.
const AR_HEADLINES: &[&str] = &[
    "استئناف المحادثات في القاهرة وسط آمال بالتوصل إلى اتفاق",
    "البلدية تضيف خطوطا جديدة للحافلات الليلية",
    "الجفاف يضرب المحاصيل للعام الثالث",
    "دراسة: المشي اليومي يقلل دخول المستشفى",
    "المتحف يفتح أبوابه بجناح جديد",
    "ماذا نعرف عن المقترح الجديد؟",
];

#[rustfmt::skip]
const EN_NAV: &[&str] = &[
    "Home", "World", "Business", "Politics", "Tech", "Science", "Health", "Sport", "Culture",
    "Travel", "Opinion", "Video",
];
#[rustfmt::skip]
const AR_NAV: &[&str] = &[
    "الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "صحة", "تكنولوجيا",
    "فيديو", "رأي",
];
#[rustfmt::skip]
const EN_FOOTER: &[&str] = &[
    "About us", "Contact us", "Privacy Policy", "Terms of Use", "Cookie Settings",
    "Advertise with us", "Careers", "Sitemap", "Newsletters", "Help",
];
#[rustfmt::skip]
const AR_FOOTER: &[&str] = &[
    "من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع",
    "النشرة الإخبارية", "تابعونا",
];
#[rustfmt::skip]
const EN_TAGS: &[&str] = &[
    "ceasefire", "Cairo", "mediation", "transport", "drought", "health", "markets", "museums",
    "courts", "education", "weather", "football",
];

/// Page text under construction.
struct Page {
    text: String,
    /// Blank lines between blocks, as in the sample.
    spaced: bool,
}

impl Page {
    fn new(rng: &mut Rng) -> Page {
        Page {
            text: String::new(),
            spaced: rng.chance(50),
        }
    }

    /// Appends a block of lines.
    fn block(&mut self, lines: &[&str]) {
        if self.spaced && !self.text.is_empty() {
            self.text.push('\n');
        }
        for line in lines {
            self.text.push_str(line);
            self.text.push('\n');
        }
    }

    fn line(&mut self, line: &str) {
        self.block(&[line]);
    }
}

/// A paragraph of 3 to 6 sentences.
fn paragraph(rng: &mut Rng, sentences: &[&str]) -> String {
    let n = rng.range(3, 6);
    let mut p = String::new();
    for i in 0..n {
        if i > 0 {
            p.push(' ');
        }
        p.push_str(rng.pick(sentences));
    }
    p
}

/// `HomeWorldBusiness…`: link texts glued with no separator.
fn glued_run(rng: &mut Rng, links: &[&str], lo: usize, hi: usize) -> String {
    let n = rng.range(lo, hi);
    (0..n).map(|_| rng.pick(links)).collect()
}

/// English navigation: a `|` bar, a glued run or one link per line.
fn en_nav(rng: &mut Rng, page: &mut Page) {
    match rng.below(3) {
        0 => {
            let links: Vec<&str> = (0..rng.range(5, 8)).map(|_| rng.pick(EN_NAV)).collect();
            page.line(&links.join(" | "));
        }
        1 => page.line(&glued_run(rng, EN_NAV, 6, 10)),
        _ => {
            let start = rng.below(EN_NAV.len() - 6);
            page.block(&EN_NAV[start..start + 6]);
        }
    }
}

fn ar_nav(rng: &mut Rng, page: &mut Page) {
    match rng.below(3) {
        0 => {
            let links: Vec<&str> = (0..rng.range(5, 8)).map(|_| rng.pick(AR_NAV)).collect();
            page.line(&links.join(" | "));
        }
        1 => page.line(&glued_run(rng, AR_NAV, 6, 10)),
        _ => {
            let start = rng.below(AR_NAV.len() - 6);
            page.block(&AR_NAV[start..start + 6]);
        }
    }
}

fn en_related(rng: &mut Rng, page: &mut Page, titles: &[&str]) {
    let heading = rng.pick(&["Related", "You may also like", "Read more", "Most read"]);
    let n = rng.range(3, 5);
    let bullet = rng.chance(50);
    let items: Vec<String> = (0..n)
        .map(|_| {
            let t = rng.pick(titles);
            if bullet {
                format!("• {t}")
            } else {
                (*t).to_owned()
            }
        })
        .collect();
    if rng.chance(25) {
        // Heading glued to its items, as link texts come out of a widget.
        page.line(&format!("{heading}{}", items.concat()));
        return;
    }
    let mut lines = vec![heading];
    lines.extend(items.iter().map(String::as_str));
    page.block(&lines);
}

fn ar_related(rng: &mut Rng, page: &mut Page, titles: &[&str]) {
    let heading = rng.pick(&["مقالات مشابهة", "اقرأ أيضاً", "الأكثر قراءة", "اخترنا لك"]);
    let n = rng.range(3, 6);
    let items: Vec<String> = (0..n)
        .map(|_| format!("  • {}", rng.pick(titles)))
        .collect();
    let mut lines = vec![heading];
    lines.extend(items.iter().map(String::as_str));
    page.block(&lines);
}

/// An English page: navigation, title, byline, paragraphs with ads and read-more lines, a
/// related block, tags, share prompts, comments, footer.
fn english_page(rng: &mut Rng) -> String {
    let mut page = Page::new(rng);
    if rng.chance(50) {
        page.line("Skip to main content");
    }
    en_nav(rng, &mut page);
    page.line(rng.pick(EN_HEADLINES));
    page.line(rng.pick(&[
        "By Staff Writer",
        "Updated: March 11, 2024 3:46 PM",
        "3 hours ago",
        "5 min read",
    ]));
    let paragraphs = rng.range(4, 10);
    for i in 0..paragraphs {
        page.line(&paragraph(rng, EN_SENTENCES));
        if i + 1 < paragraphs && rng.chance(20) {
            page.line(rng.pick(&[
                "ADVERTISEMENT",
                "Advertisement",
                "- Advertisement -",
                "Sponsored",
            ]));
        }
        if i + 1 < paragraphs && rng.chance(10) {
            page.line(&format!("Read more: {}", rng.pick(EN_HEADLINES)));
        }
    }
    en_related(rng, &mut page, EN_HEADLINES);
    if rng.chance(70) {
        let n = rng.range(3, 6);
        let tags: Vec<&str> = (0..n).map(|_| rng.pick(EN_TAGS)).collect();
        page.line(&format!("Tags: {}", tags.join(", ")));
    }
    if rng.chance(50) {
        page.block(&["Share on Facebook", "Share on Twitter", "120 views"]);
    }
    if rng.chance(40) {
        page.block(&[
            "12 Comments",
            "Anna: I agree with this, it is long overdue and the city should have done it sooner.",
            "Reply",
            "Tom: Who is going to pay for all of this in the end? Not the people who decided it.",
            "Reply",
        ]);
    }
    if rng.chance(50) {
        page.line("We use cookies to give you the best experience on our website. By continuing you accept them.");
    }
    page.line(&glued_run(rng, EN_FOOTER, 5, 8));
    page.line("Copyright © 2025 Example News. All rights reserved.");
    page.text
}

/// An Arabic page: Arabic chrome around paragraphs of the sample (whole or rebuilt from its
/// sentences and the ones written here).
fn arabic_page(rng: &mut Rng, s: &Sample, english_chrome: bool) -> String {
    let mut page = Page::new(rng);
    if english_chrome {
        page.line(&glued_run(rng, EN_NAV, 6, 10));
    } else {
        ar_nav(rng, &mut page);
    }
    page.line(rng.pick(AR_HEADLINES));
    page.line(rng.pick(&[
        "قبل 4 ساعات",
        "15 يونيو/ حزيران 2022",
        "بقلم محمد علي",
        "2:55",
    ]));
    let paragraphs = rng.range(4, 9);
    let mut sentences: Vec<&str> = s.sentences.clone();
    sentences.extend_from_slice(AR_SENTENCES);
    for i in 0..paragraphs {
        if rng.chance(50) {
            page.line(rng.pick(&s.paragraphs));
        } else {
            page.line(&paragraph(rng, &sentences));
        }
        if i + 1 < paragraphs && rng.chance(25) {
            page.line(rng.pick(&["اعلان", "إعلان", "محتوى مدعوم"]));
        }
    }
    if english_chrome || rng.chance(30) {
        page.line(rng.pick(&s.glued));
    }
    ar_related(rng, &mut page, &s.titles);
    if rng.chance(70) {
        page.line(s.tags);
    }
    if rng.chance(40) {
        page.block(&["تابعونا على تويتر", "250 مشاهدة"]);
    }
    if english_chrome {
        page.line(&glued_run(rng, EN_FOOTER, 5, 8));
        page.line("Copyright © euronews 2025");
    } else {
        page.line(&glued_run(rng, AR_FOOTER, 4, 7));
        page.line("جميع الحقوق محفوظة © 2024");
    }
    page.text
}

/// Arabic-heavy pages.
pub fn arabic() -> Corpus {
    let s = sample();
    let mut rng = Rng(1);
    Corpus {
        name: "arabic",
        docs: (0..40).map(|_| arabic_page(&mut rng, &s, false)).collect(),
    }
}

/// English-heavy pages.
pub fn english() -> Corpus {
    let mut rng = Rng(2);
    Corpus {
        name: "english",
        docs: (0..40).map(|_| english_page(&mut rng)).collect(),
    }
}

/// Arabic, English and bilingual pages, interleaved.
pub fn mixed() -> Corpus {
    let s = sample();
    let mut rng = Rng(3);
    let docs = (0..60)
        .map(|i| match i % 3 {
            0 => arabic_page(&mut rng, &s, false),
            1 => english_page(&mut rng),
            _ => arabic_page(&mut rng, &s, true),
        })
        .collect();
    Corpus {
        name: "mixed",
        docs,
    }
}

/// Article paragraphs only, Arabic and English: nothing to remove.
pub fn control() -> Corpus {
    let s = sample();
    let mut rng = Rng(4);
    let docs = (0..30)
        .map(|i| {
            let mut page = Page::new(&mut rng);
            for _ in 0..rng.range(4, 10) {
                if i % 2 == 0 {
                    page.line(rng.pick(&s.paragraphs));
                } else {
                    page.line(&paragraph(&mut rng, EN_SENTENCES));
                }
            }
            page.text
        })
        .collect();
    Corpus {
        name: "control",
        docs,
    }
}

/// The sample page alone.
pub fn sample_page() -> Corpus {
    Corpus {
        name: "sample",
        docs: vec![SAMPLE.to_owned()],
    }
}
