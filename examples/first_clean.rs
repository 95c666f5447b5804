//! Times what a new process pays before its first page is clean: `textsieve::clean` of the
//! embedded sample (or of the file given), which builds the default cleaner and the patterns,
//! phrase automata and model it reads on first use, then the same call once more.
//!
//! ```text
//! cargo build --release --example first_clean
//! for i in 1 2 3 4 5 6 7; do target/release/examples/first_clean; done
//! target/release/examples/first_clean ../shared/eval/dev/newspaper/chinese_article/input.txt
//! ```
//!
//! Each run is one new process, so each prints the first-document time afresh; take the
//! median of several on an idle machine. Pages in other scripts ask for other parts of the
//! character table and other patterns than the Arabic sample does.

use std::time::Instant;

const SAMPLE: &str = include_str!("data/sample_ar_news.txt");

fn main() -> std::io::Result<()> {
    let page = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => SAMPLE.to_owned(),
    };
    let started = Instant::now();
    let first = textsieve::clean(&page);
    let first_time = started.elapsed();
    let started = Instant::now();
    let again = textsieve::clean(&page);
    let again_time = started.elapsed();
    assert_eq!(first, again, "the same page cleans the same way twice");
    println!(
        "first clean {:.1} ms, the next {:.2} ms ({} bytes)",
        first_time.as_secs_f64() * 1e3,
        again_time.as_secs_f64() * 1e3,
        page.len()
    );
    Ok(())
}
