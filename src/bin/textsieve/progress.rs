//! The progress bar on stderr, shown only when stderr is a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Bytes read, documents per second, and an ETA when the total size is known.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    docs: u64,
}

impl Progress {
    /// A bar on stderr; `total` is the input size in bytes when known.
    pub fn new(total: Option<u64>) -> Progress {
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                "{elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} \
                 {msg} ETA {eta}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {elapsed_precise} {decimal_bytes} {decimal_bytes_per_sec} {msg}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress {
            bar: Some(bar),
            docs: 0,
        }
    }

    /// No bar at all (stderr is not a terminal).
    pub fn hidden() -> Progress {
        Progress { bar: None, docs: 0 }
    }

    /// Counts `bytes` read and `docs` documents done.
    pub fn advance(&mut self, bytes: u64, docs: u64) {
        self.docs += docs;
        if let Some(bar) = &self.bar {
            let secs = bar.elapsed().as_secs_f64();
            let rate = if secs > 0.0 {
                self.docs as f64 / secs
            } else {
                0.0
            };
            bar.set_message(format!("{} docs {rate:.0} docs/s", self.docs));
            bar.inc(bytes);
        }
    }

    /// Prints a line on stderr without garbling the bar.
    pub fn eprintln(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
