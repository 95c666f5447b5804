//! Throughput of the default cleaner, in bytes of input per second.
//!
//! ```text
//! cargo bench --bench clean             # everything, a few minutes
//! cargo bench --bench clean -- mixed    # one group
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
//! * `rules`: each default rule alone, on the mixed corpus;
//! * `threads`: two threads cleaning the mixed corpus at once, sharing the default cleaner
//!   (`textsieve::clean`) or each with its own clone; throughput counts both threads' bytes.
//!
//! Linear time is measured by `cargo bench --bench scaling`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use textsieve::{
    AdMarker, ArticleRegion, Cleaner, CleanerBuilder, EndOfArticle, FooterLinks, KeywordList,
    PageChrome, RelatedSection, Rule,
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

/// A cleaner with one rule.
fn only(rule: impl Rule + 'static) -> Cleaner {
    CleanerBuilder::empty()
        .rule(rule)
        .build()
        .expect("default rule")
}

fn rules(c: &mut Criterion) {
    let corpus = corpus::mixed();
    let cleaners = [
        only(AdMarker::default()),
        only(RelatedSection::default()),
        only(KeywordList::default()),
        only(FooterLinks::default()),
        only(PageChrome::default()),
        only(EndOfArticle::default()),
        only(ArticleRegion::default()),
    ];
    let mut group = c.benchmark_group("rules");
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));
    for cleaner in &cleaners {
        let id = cleaner.rule_ids().next().expect("one rule");
        let removed: usize = corpus
            .docs
            .iter()
            .map(|d| cleaner.explain(d).removals.len())
            .sum();
        assert!(removed > 0, "{id} removes something from the mixed corpus");
        group.bench_function(id, |b| {
            b.iter(|| {
                for doc in &corpus.docs {
                    black_box(cleaner.clean(black_box(doc)));
                }
            });
        });
    }
    group.finish();
}

fn threads(c: &mut Criterion) {
    let corpus = corpus::mixed();
    let docs = &corpus.docs;
    let mut group = c.benchmark_group("threads");
    group.throughput(Throughput::Bytes(2 * corpus.bytes() as u64));
    group.bench_function("two-shared", |b| {
        b.iter(|| {
            std::thread::scope(|s| {
                for _ in 0..2 {
                    s.spawn(|| {
                        for doc in docs {
                            black_box(textsieve::clean(black_box(doc)));
                        }
                    });
                }
            });
        });
    });
    let cleaner = Cleaner::new();
    group.bench_function("two-clones", |b| {
        b.iter(|| {
            std::thread::scope(|s| {
                for _ in 0..2 {
                    let cleaner = cleaner.clone();
                    s.spawn(move || {
                        for doc in docs {
                            black_box(cleaner.clean(black_box(doc)));
                        }
                    });
                }
            });
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
    targets = corpora, rules, threads
}
criterion_main!(benches);
