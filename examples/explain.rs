//! Prints what the default rules remove from one document, and why: one line per removed
//! span with its byte range, rule id, reason and a snippet.
//!
//! ```text
//! cargo run --example explain                 # the embedded sample
//! cargo run --example explain -- page.txt     # a file, or pipe one on stdin
//! ```

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

mod common;

fn run() -> Result<(), Box<dyn Error>> {
    let text = common::read_input()?;
    let report = textsieve::explain(&text);
    let mut out = std::io::stdout().lock();
    write!(out, "{report}")?;
    let removed: usize = report.removals.iter().map(|r| r.span.len()).sum();
    writeln!(
        out,
        "-- {} removals, {removed} of {} bytes removed",
        report.removals.len(),
        text.len()
    )?;
    for (rule, bytes) in report.removed_bytes_by_rule() {
        writeln!(out, "-- {rule}: {bytes} bytes")?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("explain: {e}");
            ExitCode::FAILURE
        }
    }
}
