//! Cleaning one record: a JSON line or a whole plain-text document. Runs on worker threads.

use std::fmt;
use std::time::Instant;

use serde_json::{Map, Value};
use textsieve::{Cleaner, ProfiledCleaner, Removal, Report};

use crate::site;

/// What every worker needs to clean a record.
#[derive(Debug)]
pub struct Job {
    pub cleaner: Cleaner,
    /// The cleaner with site profiles (`--profiles`), for JSON Lines records.
    pub profiled: Option<ProfiledCleaner>,
    /// The field naming a record's site (`--site-field`).
    pub site_field: String,
    /// The JSON field holding the document.
    pub field: String,
    /// Report the removals: in `explain_field` (JSON Lines) or on stderr (plain text).
    pub explain: bool,
    pub explain_field: String,
    /// The field that receives the page verdict with `explain` (JSON Lines).
    pub page_field: String,
    /// Collect removals (for `--explain` or the per-rule shares of `--stats`).
    pub removals: bool,
}

/// A cleaned record.
#[derive(Debug, Default)]
pub struct Cleaned {
    /// The bytes to write, with the line break for JSON Lines.
    pub out: Vec<u8>,
    /// Bytes of document text before and after cleaning.
    pub text_in: usize,
    pub text_out: usize,
    /// Bytes removed per rule id (empty unless [`Job::removals`]).
    pub removed: Vec<(&'static str, usize)>,
    /// Time spent in the cleaner.
    pub nanos: u128,
    /// The removal report, for plain text with `--explain`.
    pub report: Option<String>,
}

/// What became of one line of JSON Lines input.
#[derive(Debug)]
pub enum Outcome {
    Cleaned(Cleaned),
    /// A blank line: copied as it is, not a record.
    Blank,
}

/// Why a record could not be cleaned. Messages name no file or line: the caller adds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// Invalid UTF-8 starting `at` bytes into the record.
    Utf8 {
        at: usize,
    },
    /// Not JSON; serde's message and the 1-based column (in bytes).
    Json {
        msg: String,
        column: usize,
    },
    /// Valid JSON, but not an object.
    NotObject {
        kind: &'static str,
    },
    MissingField {
        field: String,
    },
    NotString {
        field: String,
        kind: &'static str,
    },
    /// The cleaned object could not be written as JSON (not expected to happen).
    Serialize(String),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::Utf8 { .. } => f.write_str("invalid UTF-8"),
            RecordError::Json { msg, column } => {
                write!(f, "invalid JSON at column {column}: {msg}")
            }
            RecordError::NotObject { kind } => write!(f, "expected a JSON object, found {kind}"),
            RecordError::MissingField { field } => write!(f, "no field {field:?}"),
            RecordError::NotString { field, kind } => {
                write!(f, "field {field:?} is {kind}, not a string")
            }
            RecordError::Serialize(msg) => write!(f, "cannot write the cleaned record: {msg}"),
        }
    }
}

/// Cleans one line of JSON Lines (with or without its line break): the object's field
/// [`Job::field`] is replaced by its cleaned text; every other field keeps its value and
/// place. Output is the object on one line, then `\n`.
pub fn clean_json_line(line: &[u8], job: &Job) -> Result<Outcome, RecordError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(Outcome::Blank);
    }
    let text = std::str::from_utf8(line).map_err(|e| RecordError::Utf8 {
        at: e.valid_up_to(),
    })?;
    let mut value: Value = serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        RecordError::Json {
            msg: full.strip_suffix(&suffix).unwrap_or(&full).to_owned(),
            column: e.column(),
        }
    })?;
    let Value::Object(map) = &mut value else {
        return Err(RecordError::NotObject { kind: kind(&value) });
    };
    let doc = match map.get_mut(&job.field) {
        Some(Value::String(doc)) => std::mem::take(doc),
        Some(other) => {
            return Err(RecordError::NotString {
                field: job.field.clone(),
                kind: kind(other),
            })
        }
        None => {
            return Err(RecordError::MissingField {
                field: job.field.clone(),
            })
        }
    };
    // A record without a usable site is of no known site: cleaned as without profiles.
    let site = job
        .profiled
        .as_ref()
        .and_then(|p| Some((p, site::of_record(map, &job.site_field)?)));
    let (report, nanos) = run_cleaner(&doc, job, site);
    let mut cleaned = Cleaned {
        text_in: doc.len(),
        text_out: report.output.len(),
        removed: report.removed_bytes_by_rule(),
        nanos,
        ..Cleaned::default()
    };
    if job.explain {
        map.insert(job.explain_field.clone(), spans(&report.removals));
        map.insert(
            job.page_field.clone(),
            Value::String(report.page.as_str().to_owned()),
        );
    }
    // `insert` keeps the field's place; the explain field, when new, goes last.
    map.insert(job.field.clone(), Value::String(report.output));
    cleaned.out = Vec::with_capacity(line.len() + 64);
    serde_json::to_writer(&mut cleaned.out, &value)
        .map_err(|e| RecordError::Serialize(e.to_string()))?;
    cleaned.out.push(b'\n');
    Ok(Outcome::Cleaned(cleaned))
}

/// Cleans one plain-text document.
pub fn clean_document(bytes: &[u8], job: &Job) -> Result<Cleaned, RecordError> {
    let text = std::str::from_utf8(bytes).map_err(|e| RecordError::Utf8 {
        at: e.valid_up_to(),
    })?;
    let (report, nanos) = run_cleaner(text, job, None);
    Ok(Cleaned {
        text_in: text.len(),
        text_out: report.output.len(),
        removed: report.removed_bytes_by_rule(),
        nanos,
        report: job
            .explain
            .then(|| format!("{report}-- page: {}\n", report.page)),
        out: report.output.into_bytes(),
    })
}

/// Cleans `text`, with its site's profile when it has one, and with the removals only when
/// the job needs them; returns the time taken too.
fn run_cleaner(text: &str, job: &Job, site: Option<(&ProfiledCleaner, &str)>) -> (Report, u128) {
    let start = Instant::now();
    let report = if job.removals {
        match site {
            Some((p, site)) => p.explain(site, text),
            None => job.cleaner.explain(text),
        }
    } else {
        let mut report = Report::default();
        report.output = match site {
            Some((p, site)) => p.clean(site, text),
            None => job.cleaner.clean(text),
        };
        report
    };
    (report, start.elapsed().as_nanos())
}

/// The removals as `[{"start", "end", "rule", "reason"}, …]`.
fn spans(removals: &[Removal]) -> Value {
    Value::Array(
        removals
            .iter()
            .map(|r| {
                let mut span = Map::new();
                span.insert("start".to_owned(), r.span.start.into());
                span.insert("end".to_owned(), r.span.end.into());
                span.insert("rule".to_owned(), r.rule.into());
                span.insert("reason".to_owned(), r.reason.to_string().into());
                Value::Object(span)
            })
            .collect(),
    )
}

/// A JSON value's kind with its article, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(explain: bool) -> Job {
        Job {
            cleaner: Cleaner::new(),
            profiled: None,
            site_field: "url".to_owned(),
            field: "text".to_owned(),
            explain,
            explain_field: "removed".to_owned(),
            page_field: "page".to_owned(),
            removals: explain,
        }
    }

    fn cleaned(line: &str, job: &Job) -> String {
        match clean_json_line(line.as_bytes(), job) {
            Ok(Outcome::Cleaned(c)) => String::from_utf8(c.out).unwrap(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn keeps_other_fields_in_order() {
        let line = r#"{"z":1,"text":"Body text.\nAdvertisement\nMore text.","a":[1.50,{"b":null}],"n":123456789012345678901234567890}"#;
        assert_eq!(
            cleaned(line, &job(false)),
            "{\"z\":1,\"text\":\"Body text.\\nMore text.\",\"a\":[1.50,{\"b\":null}],\"n\":123456789012345678901234567890}\n"
        );
    }

    #[test]
    fn explain_adds_spans() {
        let out = cleaned(
            r#"{"text":"Body text.\nAdvertisement\nMore text."}"#,
            &job(true),
        );
        assert_eq!(
            out,
            "{\"text\":\"Body text.\\nMore text.\",\"removed\":[{\"start\":11,\"end\":25,\
             \"rule\":\"ad-marker\",\"reason\":\"advertisement label\"}],\"page\":\"listing\"}\n"
        );
    }

    #[test]
    fn errors() {
        let j = job(false);
        let err = |s: &[u8]| clean_json_line(s, &j).unwrap_err();
        assert_eq!(err(b"{\"text\":\"a\xff\"}"), RecordError::Utf8 { at: 10 });
        assert!(matches!(err(b"{\"text\":"), RecordError::Json { .. }));
        assert_eq!(err(b"[1]"), RecordError::NotObject { kind: "an array" });
        assert_eq!(err(b"{\"body\":\"x\"}").to_string(), "no field \"text\"");
        assert_eq!(
            err(b"{\"text\":7}").to_string(),
            "field \"text\" is a number, not a string"
        );
        assert_eq!(
            err(b"{\"text\":").to_string(),
            "invalid JSON at column 8: EOF while parsing a value"
        );
    }

    #[test]
    fn blank_lines_are_not_records() {
        assert!(matches!(
            clean_json_line(b"  \r\n", &job(false)),
            Ok(Outcome::Blank)
        ));
    }
}
