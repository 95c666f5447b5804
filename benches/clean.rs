//! Throughput of the default cleaner, in bytes of input per second.
//!
//! ```text
//! cargo bench --bench clean             # everything, a few minutes
//! cargo bench --bench clean -- mixed    # one group
//! cargo bench --bench clean -- real     # real pages (see `real_pages`)
//! ```
//!
//! The corpora come from `corpus.rs`: deterministic pages recombined from the embedded
//! sample and from text written for these benches. Each corpus is a list of pages, cleaned
//! one call per page, as a corpus builder would.
//!
//! Groups:
//!
//! * `sample`, `arabic`, `english`, `mixed`, `control` (nothing to remove): `floor` (split the
//!   lines with `memchr` and copy them into a new `String`, the least any cleaner must do),
//!   the free function `clean`, a reused `Cleaner`, and `explain`;
//! * `real`: the evaluation pages as scraped, beside the floor, with and without the line
//!   model: every `input.txt` under `../shared/eval/dev` (2,367 suite pages) and every `.txt`
//!   in `../shared/eval/arabic-dev/data` (10 Arabic pages), or the same kinds of file under
//!   the folder `TEXTSIEVE_BENCH_PAGES` names (see [`is_page_input`]); it prints the pages,
//!   bytes and bytes per line it read, and skips with a message when there are none;
//! * `rules`: building the view, then each default rule's search alone (view included; the
//!   rules are those `Cleaner::new().rule_ids()` lists, in its order), and all rules without
//!   the line model, on the mixed corpus;
//! * `threads`: two threads cleaning the mixed corpus at once, sharing the default cleaner
//!   (`textsieve::clean`); throughput counts both threads' bytes (compare `mixed`'s `clean`,
//!   one thread), and starting the threads is not timed.
//!
//! Linear time is measured by `cargo bench --bench scaling`.

use std::ffi::OsStr;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Barrier;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use textsieve::{
    AdMarker, ArticleRegion, Cleaner, CommentThread, Doc, EndOfArticle, FooterLinks, HeadingEcho,
    KeywordList, PageChrome, RelatedSection, Rule, TableOfContents,
};

mod corpus;

use corpus::Corpus;

/// The floor: split into lines with `memchr` and copy them into a new `String`.
fn floor(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push_str(&text[start..=end]);
        start = end + 1;
    }
    out.push_str(&text[start..]);
    out
}

/// Checks the corpus once, before any timing: the floor copies, `explain` agrees with `clean`,
/// the control comes back byte for byte and every other corpus loses some of its bytes.
fn check(corpus: &Corpus, cleaner: &Cleaner) {
    let mut kept = 0;
    let mut removals = 0;
    for doc in &corpus.docs {
        assert_eq!(&floor(doc), doc);
        let report = cleaner.explain(doc);
        assert_eq!(report.output, textsieve::clean(doc));
        kept += report.output.len();
        removals += report.removals.len();
    }
    let removed = 1.0 - kept as f64 / corpus.bytes() as f64;
    eprintln!(
        "corpus {}: {} pages, {} bytes, {removals} removals, {:.1}% of bytes removed",
        corpus.name,
        corpus.docs.len(),
        corpus.bytes(),
        removed * 100.0
    );
    if corpus.name == "control" {
        assert_eq!(removals, 0, "the control has nothing to remove");
    } else {
        assert!(
            (0.05..0.6).contains(&removed),
            "{}: {removed} removed",
            corpus.name
        );
    }
}

fn corpora(c: &mut Criterion) {
    let cleaner = Cleaner::new();
    for corpus in [
        corpus::sample_page(),
        corpus::arabic(),
        corpus::english(),
        corpus::mixed(),
        corpus::control(),
    ] {
        check(&corpus, &cleaner);
        let mut group = c.benchmark_group(corpus.name);
        group.throughput(Throughput::Bytes(corpus.bytes() as u64));
        let docs = &corpus.docs;
        group.bench_function("floor", |b| {
            b.iter(|| {
                for doc in docs {
                    black_box(floor(black_box(doc)));
                }
            });
        });
        group.bench_function("clean", |b| {
            b.iter(|| {
                for doc in docs {
                    black_box(textsieve::clean(black_box(doc)));
                }
            });
        });
        group.bench_function("cleaner", |b| {
            b.iter(|| {
                for doc in docs {
                    black_box(cleaner.clean(black_box(doc)));
                }
            });
        });
        group.bench_function("explain", |b| {
            b.iter(|| {
                for doc in docs {
                    black_box(cleaner.explain(black_box(doc)));
                }
            });
        });
        group.finish();
    }
}

/// The default rule with this id, as the default cleaner builds it. The crate lists the
/// default rules' ids (`Cleaner::rule_ids`) but not the rules themselves, so each is made
/// here; a default rule missing from this match stops the bench rather than going untimed.
fn default_rule(id: &str) -> Box<dyn Rule> {
    let rule: Box<dyn Rule> = match id {
        "ad-marker" => Box::new(AdMarker::default()),
        "related-section" => Box::new(RelatedSection::default()),
        "keyword-list" => Box::new(KeywordList::default()),
        "footer-links" => Box::new(FooterLinks::default()),
        "table-of-contents" => Box::new(TableOfContents),
        "heading-echo" => Box::new(HeadingEcho),
        "page-chrome" => Box::new(PageChrome::default()),
        "comment-thread" => Box::new(CommentThread),
        "end-of-article" => Box::new(EndOfArticle::default()),
        "article-region" => Box::new(ArticleRegion::default()),
        _ => panic!("rules: the default rule {id:?} has no entry in default_rule; add it"),
    };
    assert_eq!(rule.id(), id, "default_rule made the wrong rule");
    rule
}

fn rules(c: &mut Criterion) {
    let corpus = corpus::mixed();
    // Every default rule, in the order the default cleaner runs them: the list comes from the
    // crate, so it cannot leave one out (a hand-written list once missed heading-echo).
    let rules: Vec<Box<dyn Rule>> = Cleaner::new().rule_ids().map(default_rule).collect();
    let mut group = c.benchmark_group("rules");
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));
    // Building the view, the first thing every pass does; each rule's time below includes it.
    group.bench_function("view", |b| {
        b.iter(|| {
            for doc in &corpus.docs {
                black_box(Doc::new(black_box(doc)));
            }
        });
    });
    for rule in &rules {
        let found: usize = corpus
            .docs
            .iter()
            .map(|d| {
                let mut out = Vec::new();
                rule.find(&Doc::new(d), &mut out);
                out.len()
            })
            .sum();
        eprintln!("rule {}: {found} spans on the mixed corpus", rule.id());
        group.bench_function(rule.id(), |b| {
            b.iter(|| {
                let mut out = Vec::new();
                for doc in &corpus.docs {
                    out.clear();
                    rule.find(&Doc::new(black_box(doc)), &mut out);
                    black_box(&out);
                }
            });
        });
    }
    // The rules without the line model, and with it: the model's share of the time.
    let without_model = Cleaner::builder()
        .without("model")
        .build()
        .expect("defaults");
    group.bench_function("all-rules-no-model", |b| {
        b.iter(|| {
            for doc in &corpus.docs {
                black_box(without_model.clean(black_box(doc)));
            }
        });
    });
    group.finish();
}

/// Where the real pages are looked for: the folder `TEXTSIEVE_BENCH_PAGES` names, or by
/// default the evaluation suites (`../shared/eval/dev`) and the Arabic development set
/// (`../shared/eval/arabic-dev/data`). Either way only the page inputs in them are read
/// (see [`is_page_input`]).
fn real_page_roots() -> Vec<PathBuf> {
    match std::env::var_os("TEXTSIEVE_BENCH_PAGES") {
        Some(dir) => vec![PathBuf::from(dir)],
        None => vec![
            PathBuf::from("../shared/eval/dev"),
            PathBuf::from("../shared/eval/arabic-dev/data"),
        ],
    }
}

/// Whether `path` is a page as scraped, in the evaluation data's layout: a suite page's
/// `input.txt` (`dev/<suite>/<page>/input.txt`), or a `.txt` file in a folder named `data`
/// (`arabic-dev/data/<id>.txt`). The files beside them are not pages to clean: in
/// `dev`, `input_blank.txt` is the same page again with blank lines added, and `gold.txt`
/// and `gold_without.txt` are expected outputs; they would more than double the bytes timed.
fn is_page_input(path: &Path) -> bool {
    let in_data = path.parent().and_then(Path::file_name) == Some(OsStr::new("data"));
    path.file_name() == Some(OsStr::new("input.txt"))
        || (in_data && path.extension() == Some(OsStr::new("txt")))
}

/// The page inputs under `dir`, at any depth; none when `dir` is absent (a fresh machine).
fn page_inputs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            page_inputs(&path, out);
        } else if is_page_input(&path) {
            out.push(path);
        }
    }
}

/// The real pages to time, in path order under each of [`real_page_roots`]. Prints how many
/// pages each folder gave, so a run says what it timed.
fn real_pages() -> Vec<String> {
    let mut docs = Vec::new();
    for root in real_page_roots() {
        let mut paths = Vec::new();
        page_inputs(&root, &mut paths);
        paths.sort();
        eprintln!("real: {} pages under {}", paths.len(), root.display());
        for path in paths {
            // A page that cannot be read would silently leave the count short of the files.
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("real: reading {}: {e}", path.display()));
            docs.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    docs
}

/// Real pages: the evaluation suites' inputs, as scraped, one call per page.
fn real(c: &mut Criterion) {
    let docs = real_pages();
    if docs.is_empty() {
        eprintln!(
            "real: no pages (an input.txt, or a .txt in a folder named data); set \
             TEXTSIEVE_BENCH_PAGES to a folder of them or check out ../shared/eval; skipped"
        );
        return;
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let lines: usize = docs.iter().map(|d| d.lines().count()).sum();
    eprintln!(
        "real: {} pages, {bytes} bytes ({:.1} MB), {lines} lines, {:.0} bytes per line",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / lines.max(1) as f64
    );
    let mut group = c.benchmark_group("real");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("floor", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(floor(black_box(doc)));
            }
        });
    });
    group.bench_function("clean", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(textsieve::clean(black_box(doc)));
            }
        });
    });
    // The rules alone: what the line model costs on real pages.
    let without_model = Cleaner::builder()
        .without("model")
        .build()
        .expect("defaults");
    group.bench_function("clean-without-model", |b| {
        b.iter(|| {
            for doc in &docs {
                black_box(without_model.clean(black_box(doc)));
            }
        });
    });
    group.finish();
}

fn threads(c: &mut Criterion) {
    let corpus = corpus::mixed();
    let docs = &corpus.docs;
    let mut group = c.benchmark_group("threads");
    group.throughput(Throughput::Bytes(2 * corpus.bytes() as u64));
    // Two threads clean the corpus `iters` times each, sharing the default cleaner. The clock
    // runs from both being released at the first barrier to both reaching the second, so
    // spawning and joining them, once per sample, is not timed.
    //
    // There is no case with a clone per thread: `Cleaner::clone` copies two `Arc`s, so clones
    // run the very rules and model this case shares, and such a case timed the same thing
    // twice. A cleaner built per thread (`Cleaner::new`) would still share the model, which
    // every default cleaner takes from one static, so it would not part the threads either.
    group.bench_function("two-shared", |b| {
        b.iter_custom(|iters| {
            let start = Barrier::new(3);
            let end = Barrier::new(3);
            std::thread::scope(|s| {
                for _ in 0..2 {
                    s.spawn(|| {
                        start.wait();
                        for _ in 0..iters {
                            for doc in docs {
                                black_box(textsieve::clean(black_box(doc)));
                            }
                        }
                        end.wait();
                    });
                }
                start.wait();
                let began = Instant::now();
                end.wait();
                began.elapsed()
            })
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20);
    targets = real, corpora, rules, threads
}
criterion_main!(benches);
