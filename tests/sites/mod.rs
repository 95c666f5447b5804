//! A generated corpus of fake news sites, for the site-profile tests: pages made of article
//! sentences written for these tests, with each site's template glued in the way scrapers
//! leave it (a permalink after the last sentence, a contact-the-writer line glued to an
//! e-mail address, a byline or a slider line before the lead).
//!
//! Every page comes with its article alone, so a test can check that cleaning with a learned
//! profile gives back exactly the article, and never less.

#![allow(dead_code)]

use std::fmt::Write as _;

/// One generated page.
#[derive(Debug, Clone)]
pub struct Page {
    pub site: &'static str,
    /// The page as a scraper stored it.
    pub text: String,
    /// The same page without its site's template.
    pub article: String,
}

/// A small deterministic generator (xorshift64*), so that pages are the same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const AR_SUBJECTS: &[&str] = &[
    "وزير التعليم",
    "أمير المنطقة",
    "المتحدث الرسمي باسم الوزارة",
    "رئيس المجلس البلدي",
    "مدير الجامعة",
    "خادم الحرمين الشريفين",
    "الهيئة العامة للسياحة",
    "المجلس الاقتصادي",
    "الدفاع المدني",
    "مدير عام الصحة",
    "رئيس النادي",
    "هيئة الهلال الأحمر",
];
const AR_VERBS: &[&str] = &[
    "أكد",
    "أعلن",
    "أوضح",
    "كشف",
    "ناقش",
    "افتتح",
    "دشن",
    "استعرض",
    "تابع",
    "وجه",
];
const AR_OBJECTS: &[&str] = &[
    "خطة تطوير الطرق في المحافظة",
    "نتائج الاجتماع السنوي للجنة",
    "مشروع الإسكان الجديد",
    "برنامج تدريب الشباب على المهارات التقنية",
    "أعمال صيانة المدارس قبل بدء العام الدراسي",
    "استعدادات موسم الحج",
    "مبادرة دعم الأسر المنتجة",
    "توسعة المستشفى العام",
    "حملة التوعية بأضرار التدخين",
    "مهرجان الصيف في الواجهة البحرية",
];
const AR_TAILS: &[&str] = &[
    "خلال الأسبوع المقبل",
    "بحضور عدد من المسؤولين",
    "وفق الجدول الزمني المعتمد",
    "في إطار رؤية المملكة",
    "بالتعاون مع القطاع الخاص",
    "بتكلفة تجاوزت مئة مليون ريال",
    "وسط إقبال كبير من الزوار",
    "على مدى ثلاثة أيام",
];
/// Closing sentences writers use, which recur but are article text.
const AR_CLOSINGS: &[&str] = &[
    "يذكر أن المشروع يأتي ضمن خطة تطوير شاملة تنفذها الجهات المعنية.",
    "والله ولي التوفيق.",
    "يشار إلى أن الحفل اختتم بتكريم المشاركين.",
];
const AR_NAMES: &[&str] = &[
    "سعيد العمري",
    "منى الحربي",
    "خالد الزهراني",
    "ريم القحطاني",
    "فهد الشهري",
    "نورة الدوسري",
    "عبدالله المطيري",
    "هند السبيعي",
    "ماجد الغامدي",
    "سارة العتيبي",
];
const AR_CITIES: &[&str] = &["الرياض", "جدة", "الدمام", "أبها", "تبوك", "مكة المكرمة"];

const EN_SUBJECTS: &[&str] = &[
    "The city council",
    "The health minister",
    "Local farmers",
    "The school board",
    "A spokeswoman for the port",
    "The central bank",
    "Volunteers",
    "The mayor's office",
];
const EN_VERBS: &[&str] = &[
    "approved",
    "rejected",
    "debated",
    "announced",
    "reviewed",
    "welcomed",
    "questioned",
];
const EN_OBJECTS: &[&str] = &[
    "a plan to rebuild the old bridge",
    "new rules for street parking",
    "the budget for next year",
    "a study of the river's water quality",
    "changes to the bus timetable",
    "a festival for the summer holidays",
];
const EN_TAILS: &[&str] = &[
    "on Monday",
    "after a long debate",
    "despite some protests",
    "by a wide margin",
    "at a packed meeting",
    "for the third time this year",
];
const EN_SECTIONS: &[&str] = &["Politics", "Business", "Sport", "Weather", "Culture"];

/// The `k`th sentence of a paragraph: no object or ending twice in one paragraph, as writers
/// do (repeated phrases are what tag lists look like).
fn ar_sentence(rng: &mut Rng, k: usize, first: (usize, usize)) -> String {
    format!(
        "{} {} {} {}.",
        rng.pick(AR_VERBS),
        rng.pick(AR_SUBJECTS),
        AR_OBJECTS[(first.0 + k) % AR_OBJECTS.len()],
        AR_TAILS[(first.1 + k) % AR_TAILS.len()]
    )
}

/// See [`ar_sentence`].
fn en_sentence(rng: &mut Rng, k: usize, first: (usize, usize)) -> String {
    format!(
        "{} {} {} {}.",
        rng.pick(EN_SUBJECTS),
        rng.pick(EN_VERBS),
        EN_OBJECTS[(first.0 + k) % EN_OBJECTS.len()],
        EN_TAILS[(first.1 + k) % EN_TAILS.len()]
    )
}

/// Paragraphs of 2–4 sentences; the last may be a writer's closing.
fn paragraphs(
    rng: &mut Rng,
    sentence: fn(&mut Rng, usize, (usize, usize)) -> String,
    closings: &[&str],
) -> Vec<String> {
    let n = 2 + rng.below(4);
    let mut paras: Vec<String> = (0..n)
        .map(|_| {
            let k = 2 + rng.below(3);
            let first = (rng.below(100), rng.below(100));
            (0..k)
                .map(|i| sentence(rng, i, first))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    if !closings.is_empty() && rng.chance(30) {
        if let Some(last) = paras.last_mut() {
            last.push(' ');
            last.push_str(rng.pick(closings));
        }
    }
    paras
}

/// Page `i` of the Arabic site `akhbar.example`: a byline (`NAME – أخبار المثال`) on half the
/// pages, a dateline (`أخبار المثال – CITY`) or a byline glued to the lead
/// (`NAME- المثال- CITY: `) on some, a permalink glued after the last sentence on most, and a
/// contact line glued to the writer's e-mail on opinion pages.
pub fn akhbar(rng: &mut Rng, i: usize) -> Page {
    let title = format!("{} {} {i}", rng.pick(AR_VERBS), rng.pick(AR_OBJECTS));
    let paras = paragraphs(rng, ar_sentence, AR_CLOSINGS);
    let mut text = format!("{title}\n");
    let mut article = text.clone();
    match rng.below(10) {
        0..=4 => _ = writeln!(text, "{} – أخبار المثال", rng.pick(AR_NAMES)),
        5 | 6 => _ = writeln!(text, "أخبار المثال – {}", rng.pick(AR_CITIES)),
        // A byline glued to the lead, as `NAME- SITE- CITY: ` (a rare name on each page).
        7 | 8 => {
            _ = write!(
                text,
                "محرر {}- المثال- {}: ",
                rng.below(1000),
                rng.pick(AR_CITIES)
            );
        }
        _ => {}
    }
    for (k, p) in paras.iter().enumerate() {
        text.push_str(p);
        article.push_str(p);
        if k + 1 == paras.len() {
            if rng.chance(80) {
                _ = write!(text, " رابط الخبر بصحيفة المثال: {title}");
            } else if rng.chance(40) {
                _ = write!(
                    text,
                    "\nwriter{}@example.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز ({}) ثم مسافة ثم نص الرسالة",
                    rng.below(50),
                    rng.below(300)
                );
            }
        }
        text.push('\n');
        article.push('\n');
    }
    Page {
        site: "akhbar.example",
        text,
        article,
    }
}

/// Page `i` of the English site `daily.example`: a slider's buttons on a line before the
/// lead on most pages, and a section link glued after the last sentence.
pub fn daily(rng: &mut Rng, i: usize) -> Page {
    let title = format!("{} {} {i}", rng.pick(EN_SUBJECTS), rng.pick(EN_VERBS));
    let paras = paragraphs(rng, en_sentence, &[]);
    let mut text = format!("{title}\n");
    let mut article = text.clone();
    if rng.chance(70) {
        text.push_str("Previous Next\n");
    }
    for (k, p) in paras.iter().enumerate() {
        text.push_str(p);
        article.push_str(p);
        if k + 1 == paras.len() && rng.chance(75) {
            _ = write!(text, " More from Example Daily: {}", rng.pick(EN_SECTIONS));
        }
        text.push('\n');
        article.push('\n');
    }
    Page {
        site: "daily.example",
        text,
        article,
    }
}

/// Page `i` of `plain.example`, a site without a template.
pub fn plain(rng: &mut Rng, i: usize) -> Page {
    let title = format!("{} {i}", rng.pick(AR_OBJECTS));
    let mut text = format!("{title}\n");
    for p in paragraphs(rng, ar_sentence, AR_CLOSINGS) {
        text.push_str(&p);
        text.push('\n');
    }
    Page {
        site: "plain.example",
        article: text.clone(),
        text,
    }
}

/// `per_site` pages of each of the three sites, interleaved, from `seed`.
pub fn corpus(seed: u64, per_site: usize) -> Vec<Page> {
    let mut rng = Rng::new(seed);
    let mut pages = Vec::with_capacity(per_site * 3);
    for i in 0..per_site {
        pages.push(akhbar(&mut rng, i));
        pages.push(daily(&mut rng, i));
        pages.push(plain(&mut rng, i));
    }
    pages
}
