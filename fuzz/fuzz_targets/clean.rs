//! Fuzzes `clean` and `explain` with the guarantees of the crate docs: no panic, deletion
//! only (output == input minus the reported spans, which are sorted, disjoint and on char
//! boundaries), `explain(x).output == clean(x)`, and `clean(clean(x)) == clean(x)`.
//!
//! ```text
//! cd fuzz && cargo +nightly fuzz run clean seeds -- -max_len=65536
//! ```
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 is still worth cleaning: its lossy decoding is a hostile `&str`.
    let text = String::from_utf8_lossy(data);
    check(&text);
});

fn check(input: &str) {
    let report = textsieve::explain(input);
    let cleaned = textsieve::clean(input);
    assert_eq!(report.output, cleaned, "explain(x).output != clean(x)");

    let mut rebuilt = String::with_capacity(input.len());
    let mut pos = 0;
    for r in &report.removals {
        assert!(
            pos <= r.span.start && r.span.start < r.span.end && r.span.end <= input.len(),
            "span {:?} after {pos} in {} bytes: not sorted, disjoint, non-empty, in range",
            r.span,
            input.len()
        );
        assert!(
            input.is_char_boundary(r.span.start) && input.is_char_boundary(r.span.end),
            "span {:?} not on char boundaries",
            r.span
        );
        rebuilt.push_str(&input[pos..r.span.start]);
        pos = r.span.end;
    }
    rebuilt.push_str(&input[pos..]);
    assert_eq!(rebuilt, cleaned, "output is not the input minus the spans");

    let again = textsieve::clean(&cleaned);
    assert_eq!(again, cleaned, "clean is not idempotent");
}
