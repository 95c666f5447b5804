//! Peak memory of cleaning a large page, read from the kernel's high-water mark of this test
//! process (Linux). This file holds one test, so nothing else runs in the process.
//!
//! Here, with a 16 MiB page of about 100,000 non-blank lines, cleaning adds 2.31× the input
//! in a debug build (`cargo test --test memory -- --nocapture` prints it): the document view,
//! and the line model's features, a few hundred bytes per non-blank line (see the crate
//! docs, `# Performance`). Debug builds also keep one extra
//! copy of an output to check span composition. The bound has a margin: it catches memory
//! that grows with the number of passes, rows kept whole (a row is 500 bytes), lines or keys
//! kept twice, not small drifts.

/// The kernel's peak resident set size of this process, in bytes.
#[cfg(target_os = "linux")]
fn peak_rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(target_os = "linux")]
#[test]
fn cleaning_a_large_page_stays_within_a_few_times_its_size() {
    let sample = include_str!("../examples/data/sample_ar_news.txt");
    let en = include_str!("fixtures/mixed_page_en.in.txt");
    let unit = format!("{sample}\n{en}\n");
    let size = 16 << 20;
    let text = unit.repeat(size / unit.len() + 1);
    let before = peak_rss().expect("VmHWM");
    let cleaned = textsieve::clean(&text);
    let peak = peak_rss().expect("VmHWM");
    assert!(cleaned.len() < text.len());
    let extra = peak.saturating_sub(before) as f64 / text.len() as f64;
    eprintln!(
        "input {} bytes, peak before {before}, after {peak}: +{extra:.2}x",
        text.len()
    );
    assert!(
        extra < 3.6,
        "cleaning took {extra:.2}x the input beyond the input itself (debug build; 3.10x when \
         this bound was set): does a pass keep more than one view, old outputs, the keys of \
         cut lines, or whole feature rows alive?"
    );
}
