//! Training pages and their line labels.
//!
//! * Text suites (`eval/dev/<suite>` with a gold text): each input line's tokens are aligned
//!   with the gold's (a diff of the two token sequences); a line's label is the share of its
//!   tokens found in the gold, in order.
//! * The snippet suite (trafilatura): a line holding a snippet the page must keep is 1, one
//!   holding a snippet it must drop is 0, the rest unlabelled.
//! * Line-labelled sets (`eval/arabic-dev`, the shared sample): `keep` 1, `drop` 0, `mixed`
//!   0.5, `either` unlabelled.
//! * Clean articles (each text suite's gold, its first three paragraphs alone, and a sample
//!   of the unlabelled Arabic news corpus, whose template text is a few percent): every line
//!   labelled 1. They teach the model that an article with no page around it, long or
//!   short, is kept whole.

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use similar::{capture_diff_slices, Algorithm, DiffOp};
use textsieve::train::{rows, Rows};
use unicode_normalization::UnicodeNormalization;

/// The folds of leave-one-suite-out: each scored suite, the Arabic set and the sample.
pub const FOLDS: [&str; 8] = [
    "readability",
    "newspaper",
    "trafilatura",
    "cleaneval_dev",
    "cleanportaleval",
    "dragnet_train",
    "arabic-dev",
    "sample",
];

/// Training-only pages (clean articles) sit in their suite's fold; these have no fold of
/// their own and are never held out.
pub const NO_FOLD: usize = usize::MAX;

/// What a page is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A page of a scored suite or set.
    Scored,
    /// A clean article: training only.
    Clean,
}

/// One page with its rows and labels.
pub struct Page {
    pub fold: usize,
    pub kind: Kind,
    pub text: String,
    pub rows: Rows,
    /// Per row: share of article text in 0..=1, or -1 when unlabelled.
    pub labels: Vec<f32>,
    /// Per row: scorer tokens.
    pub tokens: Vec<f32>,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0x1100..=0x11FF
        | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1780..=0x17FF | 0x1000..=0x109F | 0xF900..=0xFAFF)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Tokens as the shared scorer makes them: NFKC, lower case, runs of word characters, one
/// token per CJK character.
pub fn tokenize(text: &str) -> Vec<String> {
    let norm = text.nfkc().collect::<String>().to_lowercase();
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in norm.chars() {
        if c.is_alphanumeric() || c == '_' || is_mark(c) {
            if is_cjk(c) {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                out.push(c.to_string());
            } else {
                cur.push(c);
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Share of each line's tokens that a diff aligns with the gold text's.
fn align(text: &str, rows: &Rows, gold: &str) -> Vec<f32> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut id = |t: String| {
        let n = ids.len() as u32;
        *ids.entry(t).or_insert(n)
    };
    let mut input = Vec::new();
    let mut owner = Vec::new();
    for (k, span) in rows.lines.iter().enumerate() {
        for t in tokenize(&text[span.clone()]) {
            input.push(id(t));
            owner.push(k);
        }
    }
    let gold: Vec<u32> = tokenize(gold).into_iter().map(&mut id).collect();
    let mut matched = vec![0u32; rows.lines.len()];
    let mut total = vec![0u32; rows.lines.len()];
    for &o in &owner {
        total[o] += 1;
    }
    for op in capture_diff_slices(Algorithm::Patience, &input, &gold) {
        if let DiffOp::Equal { old_index, len, .. } = op {
            for &o in &owner[old_index..old_index + len] {
                matched[o] += 1;
            }
        }
    }
    matched
        .iter()
        .zip(&total)
        .map(|(&m, &t)| if t == 0 { -1.0 } else { m as f32 / t as f32 })
        .collect()
}

fn snippet_norm(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace() && !matches!(*c as u32, 0x200B..=0x200F | 0x2060 | 0xFEFF))
        .collect()
}

/// 1 for lines holding a snippet to keep, 0 for lines holding one to drop, -1 otherwise.
fn snippet_labels(text: &str, rows: &Rows, keep: &[String], drop: &[String]) -> Vec<f32> {
    let mut norm = String::new();
    let mut owner = Vec::new();
    for (k, span) in rows.lines.iter().enumerate() {
        let n = snippet_norm(&text[span.clone()]);
        owner.extend(std::iter::repeat_n(k, n.len()));
        norm.push_str(&n);
    }
    let mut labels = vec![-1.0f32; rows.lines.len()];
    for (snippets, value) in [(keep, 1.0f32), (drop, 0.0)] {
        for s in snippets {
            let pattern = snippet_norm(s);
            if pattern.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(at) = norm[from..].find(&pattern) {
                let (a, b) = (from + at, from + at + pattern.len());
                for k in owner[a]..=owner[b - 1] {
                    // A line holding both kinds is boilerplate's.
                    labels[k] = if labels[k] == 0.0 { 0.0 } else { value };
                }
                from = b;
            }
        }
    }
    labels
}

fn read_lossy(path: &Path) -> String {
    String::from_utf8_lossy(&fs::read(path).unwrap_or_default()).into_owned()
}

fn nonempty_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect()
}

/// File `name` of the page directory `dir`, or `None` with a warning on stderr when it
/// cannot be read. Such a page is left out of training: it was read as empty, and a missing
/// `gold.txt` labelled every line of the page boilerplate.
fn page_file(dir: &Path, name: &str) -> Option<String> {
    match fs::read(dir.join(name)) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => {
            eprintln!("warning: {}: {name}: {e}; page left out", dir.display());
            None
        }
    }
}

pub fn page(fold: usize, kind: Kind, text: &str, labels: impl FnOnce(&Rows) -> Vec<f32>) -> Page {
    let rows = rows(text);
    let labels = labels(&rows);
    let tokens = rows
        .lines
        .iter()
        .map(|span| tokenize(&text[span.clone()]).len() as f32)
        .collect();
    Page {
        fold,
        kind,
        text: text.to_owned(),
        rows,
        labels,
        tokens,
    }
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// Labels of a line-labelled TSV (`line`, `label` columns; lines numbered from 1 over the
/// text split at `\n`) for the rows of `text`.
fn tsv_labels(text: &str, rows: &Rows, tsv: &Path) -> Vec<f32> {
    let table = read_lossy(tsv);
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (Some(line_col), Some(label_col)) = (col("line"), col("label")) else {
        return vec![-1.0; rows.lines.len()];
    };
    let mut by_line = HashMap::new();
    for row in lines {
        let fields: Vec<&str> = row.split('\t').collect();
        if let (Some(n), Some(label)) = (fields.get(line_col), fields.get(label_col)) {
            if let Ok(n) = n.parse::<usize>() {
                let value = match *label {
                    "keep" => 1.0,
                    "drop" => 0.0,
                    "mixed" => 0.5,
                    _ => -1.0,
                };
                by_line.insert(n, value);
            }
        }
    }
    // Line number of each byte offset where a line starts.
    let mut starts = HashMap::new();
    let mut n = 1;
    starts.insert(0, 1);
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            n += 1;
            starts.insert(i + 1, n);
        }
    }
    rows.lines
        .iter()
        .map(|span| {
            starts
                .get(&span.start)
                .and_then(|n| by_line.get(n))
                .copied()
                .unwrap_or(-1.0)
        })
        .collect()
}

/// Every page of the shared evaluation material under `eval`, and clean articles from the
/// news corpus under `corpora` (every `corpus_step`-th document).
///
/// # Errors
/// When the corpus cannot be read whole (see `corpus_articles`).
pub fn load(eval: &Path, corpus: Option<&Path>, corpus_step: usize) -> Result<Vec<Page>, String> {
    let mut pages = Vec::new();
    for (fold, suite) in FOLDS.iter().enumerate().take(6) {
        for dir in sorted_dirs(&eval.join("dev").join(suite)) {
            let Ok(meta) = fs::read_to_string(dir.join("meta.json")) else {
                continue;
            };
            let Ok(meta) = serde_json::from_str::<serde_json::Value>(&meta) else {
                continue;
            };
            if !meta["exclude"].is_null() {
                continue;
            }
            let Some(text) = page_file(&dir, "input.txt") else {
                continue;
            };
            if meta["gold_type"] == "text" {
                let Some(gold) = page_file(&dir, "gold.txt") else {
                    continue;
                };
                pages.push(page(fold, Kind::Scored, &text, |rows| {
                    align(&text, rows, &gold)
                }));
                // A short article alone, too: its first three paragraphs.
                let short: Vec<&str> = gold
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .take(3)
                    .collect();
                let short = short.join("\n");
                pages.push(page(fold, Kind::Clean, &short, |rows| {
                    vec![1.0; rows.lines.len()]
                }));
                pages.push(page(fold, Kind::Clean, &gold, |rows| {
                    vec![1.0; rows.lines.len()]
                }));
            } else {
                let (Some(keep), Some(drop)) = (
                    page_file(&dir, "gold.txt"),
                    page_file(&dir, "gold_without.txt"),
                ) else {
                    continue;
                };
                let (keep, drop) = (nonempty_lines(&keep), nonempty_lines(&drop));
                pages.push(page(fold, Kind::Scored, &text, |rows| {
                    snippet_labels(&text, rows, &keep, &drop)
                }));
            }
        }
    }
    let arabic = eval.join("arabic-dev");
    for file in sorted_dirs(&arabic.join("data")) {
        let id = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = read_lossy(&file);
        let tsv = arabic.join("gold").join(format!("{id}.gold.tsv"));
        pages.push(page(6, Kind::Scored, &text, |rows| {
            tsv_labels(&text, rows, &tsv)
        }));
    }
    let sample = eval.join("../samples/000_bac87c6c12006625.txt");
    if sample.exists() {
        let text = read_lossy(&sample);
        let tsv = eval.join("sample/000_bac87c6c12006625.gold.tsv");
        pages.push(page(7, Kind::Scored, &text, |rows| {
            tsv_labels(&text, rows, &tsv)
        }));
    }
    if let Some(corpus) = corpus {
        pages.extend(corpus_articles(corpus, corpus_step)?);
    }
    Ok(pages)
}

/// Every `step`-th article of a gzipped JSON Lines corpus, as clean training pages.
///
/// # Errors
/// When gzip cannot be run or fails (a missing, unreadable, corrupt or cut-short file; its
/// message is in the error), a line is not UTF-8, or no sampled line is a record with a
/// `text` string. The written model's header names the corpus, so a model trained without
/// all of it must not be written.
fn corpus_articles(path: &Path, step: usize) -> Result<Vec<Page>, String> {
    let mut child = Command::new("gzip")
        .arg("-dc")
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: cannot run gzip: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut skipped = 0;
    let mut read_error = None;
    let mut not_utf8 = None;
    if let Some(stdout) = child.stdout.take() {
        for (i, line) in BufReader::new(stdout).split(b'\n').enumerate() {
            let line = match line.map(String::from_utf8) {
                Ok(Ok(line)) => line,
                // Read on: a file cut short ends in half a character, and gzip's own
                // verdict on the file is the one to report.
                Ok(Err(_)) => {
                    not_utf8.get_or_insert(i + 1);
                    continue;
                }
                Err(e) => {
                    // Dropping the pipe here ends gzip too.
                    read_error = Some(format!("{}: line {}: {e}", path.display(), i + 1));
                    break;
                }
            };
            if i % step.max(1) != 0 {
                continue;
            }
            let record = serde_json::from_str::<serde_json::Value>(&line).ok();
            let Some(text) = record.as_ref().and_then(|r| r["text"].as_str()) else {
                skipped += 1;
                continue;
            };
            out.push(page(NO_FOLD, Kind::Clean, text, |rows| {
                vec![1.0; rows.lines.len()]
            }));
        }
    }
    let gzip = child
        .wait_with_output()
        .map_err(|e| format!("{}: gzip: {e}", path.display()))?;
    if let Some(e) = read_error {
        return Err(e);
    }
    if !gzip.status.success() {
        return Err(format!(
            "{}: gzip -dc failed ({}): {}",
            path.display(),
            gzip.status,
            String::from_utf8_lossy(&gzip.stderr).trim()
        ));
    }
    if let Some(line) = not_utf8 {
        return Err(format!("{}: line {line} is not UTF-8", path.display()));
    }
    if skipped > 0 {
        eprintln!(
            "warning: {}: {skipped} sampled lines are not JSON records with a `text` string; \
             left out",
            path.display()
        );
    }
    if out.is_empty() {
        return Err(format!(
            "{}: no article (no sampled line is a JSON record with a `text` string)",
            path.display()
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory of its own under the system's temporary one, empty.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("train_model-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a scratch directory");
        dir
    }

    /// A corpus that gzip cannot read whole is an error that says why, never a training
    /// run without it (gzip's exit status was ignored: a missing file gave no articles).
    #[test]
    fn a_corpus_is_read_whole_or_refused() {
        let dir = scratch("corpus");
        let plain = dir.join("corpus.jsonl");
        let records = "{\"text\": \"The port reopened on Friday.\"}\n\
                       {\"text\": \"Ships queued all day.\"}\n\
                       {\"text\": \"The council met on Monday.\"}\n";
        fs::write(&plain, records).expect("the corpus");
        let status = Command::new("gzip").arg("-f").arg(&plain).status();
        assert!(status.is_ok_and(|s| s.success()), "gzip the corpus");
        let gz = dir.join("corpus.jsonl.gz");
        assert_eq!(corpus_articles(&gz, 1).map(|p| p.len()), Ok(3));
        assert_eq!(corpus_articles(&gz, 2).map(|p| p.len()), Ok(2));

        let bytes = fs::read(&gz).expect("the gzipped corpus");
        let cut = dir.join("cut.jsonl.gz");
        fs::write(&cut, &bytes[..bytes.len() - 12]).expect("a cut corpus");
        let junk = dir.join("junk.jsonl.gz");
        fs::write(&junk, "not gzip\n").expect("a junk corpus");
        let empty = dir.join("empty.jsonl");
        fs::write(&empty, "").expect("an empty corpus");
        let latin1 = dir.join("latin1.jsonl");
        fs::write(&latin1, b"{\"text\": \"Caf\xe9 reopens.\"}\n").expect("a Latin-1 corpus");
        for plain in [&empty, &latin1] {
            let status = Command::new("gzip").arg("-f").arg(plain).status();
            assert!(
                status.is_ok_and(|s| s.success()),
                "gzip {}",
                plain.display()
            );
        }
        let cases = [
            ("missing", dir.join("missing.jsonl.gz"), "gzip -dc failed"),
            ("cut short", cut, "gzip -dc failed"),
            ("not gzip", junk, "gzip -dc failed"),
            ("no records", dir.join("empty.jsonl.gz"), "no article"),
            (
                "not UTF-8",
                dir.join("latin1.jsonl.gz"),
                "line 1 is not UTF-8",
            ),
        ];
        for (name, path, reason) in cases {
            match corpus_articles(&path, 1) {
                Err(e) => assert!(e.contains(reason), "{name}: {e}"),
                Ok(pages) => panic!("{name}: {} pages", pages.len()),
            }
        }
        let _ = fs::remove_dir_all(&dir);
    }

    /// A page directory without its gold (or input) is left out with a warning, not read
    /// as a page whose every line is boilerplate.
    #[test]
    fn a_page_without_its_gold_is_left_out() {
        let eval = scratch("eval");
        let write = |page: &str, meta: &str, files: &[&str]| {
            let dir = eval.join("dev").join(page);
            fs::create_dir_all(&dir).expect("a page directory");
            let meta = format!("{{\"gold_type\": \"{meta}\", \"exclude\": null}}");
            fs::write(dir.join("meta.json"), meta).expect("meta.json");
            for file in files {
                let text = "The port reopened on Friday.\nShips queued all day.\n";
                fs::write(dir.join(file), text).expect("a page file");
            }
        };
        write("readability/whole", "text", &["input.txt", "gold.txt"]);
        write("readability/no-gold", "text", &["input.txt"]);
        write("readability/no-input", "text", &["gold.txt"]);
        write(
            "trafilatura/whole",
            "snippets",
            &["input.txt", "gold.txt", "gold_without.txt"],
        );
        write(
            "trafilatura/no-gold",
            "snippets",
            &["input.txt", "gold_without.txt"],
        );
        let pages = load(&eval, None, 1).expect("no corpus to fail");
        // The whole text page, its gold and the gold's first paragraphs; the snippet page.
        let folds: Vec<(usize, Kind)> = pages.iter().map(|p| (p.fold, p.kind)).collect();
        assert_eq!(
            folds,
            [
                (0, Kind::Scored),
                (0, Kind::Clean),
                (0, Kind::Clean),
                (2, Kind::Scored)
            ]
        );
        assert!(
            pages[0].labels.iter().all(|&l| l >= 1.0),
            "{:?}",
            pages[0].labels
        );
        let _ = fs::remove_dir_all(&eval);
    }
}
