//! Cleans one document and prints the result.
//!
//! ```text
//! cargo run --release --example clean_file                 # the embedded sample
//! cargo run --release --example clean_file -- page.txt     # a file
//! cat page.txt | cargo run --release --example clean_file  # stdin
//! ```

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

mod common;

fn run() -> Result<(), Box<dyn Error>> {
    let text = common::read_input()?;
    let cleaned = textsieve::clean(&text);
    std::io::stdout().lock().write_all(cleaned.as_bytes())?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clean_file: {e}");
            ExitCode::FAILURE
        }
    }
}
