//! Totals of a run, printed by `--stats`.

use std::fmt::Write as _;
use std::time::Duration;

use crate::record::Cleaned;

/// Totals over all inputs.
#[derive(Debug, Default)]
pub struct Stats {
    /// Documents cleaned.
    pub documents: u64,
    /// Bytes read, and bytes written.
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Bytes of document text (the JSON field, or the whole file) before and after cleaning.
    pub text_in: u64,
    pub text_out: u64,
    /// Bytes removed per rule id, in order of first appearance.
    pub removed: Vec<(&'static str, u64)>,
    /// Time spent in the cleaner, summed over threads.
    pub clean_nanos: u128,
    /// Records left out (`--on-error skip`) or copied unchanged (`--on-error keep`).
    pub skipped: u64,
    pub kept: u64,
}

impl Stats {
    /// Counts one cleaned document (not its output bytes: the writer counts those).
    pub fn add(&mut self, c: &Cleaned) {
        self.documents += 1;
        self.text_in += c.text_in as u64;
        self.text_out += c.text_out as u64;
        self.clean_nanos += c.nanos;
        for &(rule, bytes) in &c.removed {
            match self.removed.iter_mut().find(|(id, _)| *id == rule) {
                Some((_, n)) => *n += bytes as u64,
                None => self.removed.push((rule, bytes as u64)),
            }
        }
    }

    /// The `--stats` report: one fact per line. `rules` are the ids of the rules that ran, so
    /// that a rule which removed nothing shows 0.
    pub fn render(&self, wall: Duration, threads: usize, rules: &[&'static str]) -> String {
        let mut s = String::new();
        let share = |part: u64, whole: u64| {
            if whole == 0 {
                0.0
            } else {
                100.0 * part as f64 / whole as f64
            }
        };
        let wall = wall.as_secs_f64();
        let clean = self.clean_nanos as f64 / 1e9;
        // Writing to a String cannot fail.
        let _ = writeln!(s, "textsieve stats:");
        let _ = writeln!(s, "  documents      {}", self.documents);
        let _ = writeln!(s, "  skipped        {}", self.skipped);
        if self.kept > 0 {
            let _ = writeln!(s, "  kept unchanged {}", self.kept);
        }
        let _ = writeln!(
            s,
            "  bytes in       {} ({})",
            self.bytes_in,
            mb(self.bytes_in)
        );
        let _ = writeln!(
            s,
            "  bytes out      {} ({})",
            self.bytes_out,
            mb(self.bytes_out)
        );
        let _ = writeln!(
            s,
            "  text removed   {:.2}% of {} of document text",
            share(self.text_in - self.text_out.min(self.text_in), self.text_in),
            mb(self.text_in)
        );
        let extra = self
            .removed
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| !rules.contains(id));
        for id in rules.iter().copied().chain(extra) {
            let bytes = self
                .removed
                .iter()
                .find(|(r, _)| *r == id)
                .map_or(0, |(_, n)| *n);
            let _ = writeln!(s, "    {id:<18} {:>6.2}%", share(bytes, self.text_in));
        }
        let _ = writeln!(
            s,
            "  seconds        {wall:.2} wall, {clean:.2} cleaning (summed over {threads} thread{})",
            if threads == 1 { "" } else { "s" }
        );
        let rate = |secs: f64| {
            if secs > 0.0 {
                self.bytes_in as f64 / 1e6 / secs
            } else {
                0.0
            }
        };
        let _ = writeln!(
            s,
            "  throughput     {:.1} MB/s (bytes in / wall seconds), {:.1} MB/s per thread cleaning",
            rate(wall),
            rate(clean)
        );
        s
    }

    /// Without `--stats`, still say how many records were skipped or kept: never silently.
    pub fn print_error_summary(&self) {
        if self.skipped > 0 {
            eprintln!(
                "textsieve: {} record(s) skipped because of errors",
                self.skipped
            );
        }
        if self.kept > 0 {
            eprintln!(
                "textsieve: {} record(s) copied unchanged because of errors",
                self.kept
            );
        }
    }
}

/// Bytes as decimal megabytes.
fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_per_rule() {
        let mut stats = Stats::default();
        stats.add(&Cleaned {
            text_in: 200,
            text_out: 150,
            removed: vec![("ad-marker", 50)],
            ..Cleaned::default()
        });
        stats.bytes_in = 2_000_000;
        let out = stats.render(Duration::from_secs(1), 2, &["ad-marker", "footer-links"]);
        assert!(out.contains("  documents      1\n"), "{out}");
        assert!(out.contains("  text removed   25.00% of"), "{out}");
        assert!(out.contains("    ad-marker           25.00%\n"), "{out}");
        assert!(out.contains("    footer-links         0.00%\n"), "{out}");
        assert!(out.contains("  throughput     2.0 MB/s"), "{out}");
    }

    #[test]
    fn empty_run_divides_by_nothing() {
        let out = Stats::default().render(Duration::ZERO, 1, &["ad-marker"]);
        assert!(out.contains("0.00%"), "{out}");
        assert!(out.contains("0.0 MB/s"), "{out}");
    }
}
