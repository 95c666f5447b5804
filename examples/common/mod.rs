//! Input handling shared by the examples: a path argument, piped stdin, or the embedded sample.

use std::error::Error;
use std::io::{IsTerminal, Read};

/// The sample page (an Arabic euronews article as a scraper left it), embedded so the examples
/// show the job on a fresh machine.
pub const SAMPLE: &str = include_str!("../data/sample_ar_news.txt");

/// Reads the document to clean: the file named by the first argument, else piped stdin, else
/// (stdin is a terminal or `/dev/null`) the embedded sample.
pub fn read_input() -> Result<String, Box<dyn Error>> {
    if let Some(path) = std::env::args_os().nth(1) {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.to_string_lossy()))?;
        return String::from_utf8(bytes)
            .map_err(|e| format!("{}: not UTF-8 text ({e})", path.to_string_lossy()).into());
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() || stdin_is_null_device() {
        return Ok(SAMPLE.to_owned());
    }
    let mut text = String::new();
    stdin
        .lock()
        .read_to_string(&mut text)
        .map_err(|e| format!("stdin: {e}"))?;
    Ok(text)
}

/// Whether stdin is a character device such as `/dev/null` (nothing was piped in).
#[cfg(unix)]
fn stdin_is_null_device() -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::metadata("/dev/stdin").is_ok_and(|m| m.file_type().is_char_device())
}

#[cfg(not(unix))]
fn stdin_is_null_device() -> bool {
    false
}
