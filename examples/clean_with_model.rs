//! Cleans stdin with the default rules and a line model read from a file written by
//! `examples/train_model --loso DIR`: how the leave-one-suite-out figures are measured (each
//! fold's pages cleaned by the model trained without them). `builtin` instead of a file
//! names the model the crate ships. A second and a third argument override the model's
//! thresholds (for lines without and with the rules' verdict). `--keep-comments`, anywhere,
//! keeps reader comments, as `textsieve --keep-comments` does: for suites whose gold counts
//! them as content (`cleaneval_dev`).
//!
//! ```text
//! cargo build --release --features train --examples
//! python3 ../shared/eval/score.py ../shared/eval/dev/readability \
//!     --cmd "target/release/examples/clean_with_model models/readability.model" -j 2
//! ```

use std::error::Error;
use std::io::{Read, Write};
use std::process::ExitCode;

use textsieve::train::ModelSpec;
use textsieve::{Cleaner, ContentModel};

fn run() -> Result<(), Box<dyn Error>> {
    let keep_comments = std::env::args().any(|a| a == "--keep-comments");
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--keep-comments")
        .collect();
    let path = args.first().ok_or(
        "usage: clean_with_model [--keep-comments] MODEL|builtin [THRESHOLD [EVIDENCE_THRESHOLD]] < page.txt",
    )?;
    let mut content = if path == "builtin" {
        ContentModel::default()
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        ModelSpec::parse(&text)?.content_model()
    };
    // Optional further arguments override the model's thresholds.
    if let Some(threshold) = args.get(1) {
        content = content.threshold(threshold.parse()?);
    }
    if let Some(threshold) = args.get(2) {
        content = content.evidence_threshold(threshold.parse()?);
    }
    content = content.keep_comments(keep_comments);
    let cleaner = Cleaner::builder().model(content).build()?;
    let mut page = String::new();
    std::io::stdin().lock().read_to_string(&mut page)?;
    std::io::stdout()
        .lock()
        .write_all(cleaner.clean(&page).as_bytes())?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clean_with_model: {e}");
            ExitCode::FAILURE
        }
    }
}
