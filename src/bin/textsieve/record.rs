//! Cleaning one record: a JSON line or a whole plain-text document. Runs on worker threads.

use std::fmt;
use std::io::Write as _;
use std::ops::Range;
use std::time::Instant;

use textsieve::{Cleaner, ProfiledCleaner, Removal, Report};

use crate::json::{self, Parsed, SyntaxError};
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

/// Cleans one line of JSON Lines (with or without its line break). The output is the record's
/// object as it is, byte for byte (white space, escapes, numbers, key order and repeated keys
/// included), with the value of the field [`Job::field`] replaced by its cleaned text and,
/// with [`Job::explain`], the values of the explain and page fields set: replaced where the
/// object has them, new members at its end otherwise. White space around the object is left
/// out; a `\n` ends the output.
pub fn clean_json_line(line: &[u8], job: &Job) -> Result<Outcome, RecordError> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(Outcome::Blank);
    }
    let text = std::str::from_utf8(line).map_err(|e| RecordError::Utf8 {
        at: e.valid_up_to(),
    })?;
    let members = match json::parse(text)? {
        Parsed::Object(members) => members,
        Parsed::Other(kind) => return Err(RecordError::NotObject { kind }),
    };
    // A repeated key counts by its last occurrence (see `Members::get`); the others stay as
    // they are, like every byte this does not replace.
    let Some(doc_value) = members.get(&job.field) else {
        return Err(RecordError::MissingField {
            field: job.field.clone(),
        });
    };
    let Some(doc) = json::string(doc_value) else {
        return Err(RecordError::NotString {
            field: job.field.clone(),
            kind: json::kind(doc_value),
        });
    };
    let doc = doc.map_err(|e| SyntaxError::in_value(e, line, doc_value))?;
    // A record without a usable site is of no known site: cleaned as without profiles.
    let site = job
        .profiled
        .as_ref()
        .and_then(|p| Some((p, site::of_record(&members, &job.site_field)?)));
    let (report, nanos) = run_cleaner(&doc, job, site.as_ref().map(|(p, s)| (*p, &**s)));
    let mut cleaned = Cleaned {
        text_in: doc.len(),
        text_out: report.output.len(),
        removed: report.removed_bytes_by_rule(),
        nanos,
        ..Cleaned::default()
    };

    // The values to replace, by their ranges in the line, and the new members, which go after
    // the last member's value: the explain field, when new, goes last, then the page field.
    let mut edits = vec![Edit {
        range: json::range_in(line, doc_value),
        key: None,
        value: Piece::Document,
    }];
    if job.explain {
        let end = members
            .0
            .last()
            .map_or(0, |(_, v)| json::range_in(line, v).end);
        for (field, value) in [
            (&job.explain_field, Piece::Spans),
            (&job.page_field, Piece::Page),
        ] {
            edits.push(match members.get(field) {
                Some(old) => Edit {
                    range: json::range_in(line, old),
                    key: None,
                    value,
                },
                None => Edit {
                    range: end..end,
                    key: Some(field),
                    value,
                },
            });
        }
    }
    // Stable: new members stay in order, after a value that ends where they go.
    edits.sort_by_key(|edit| edit.range.start);
    let object = json::trimmed(text);
    let mut out = Vec::with_capacity(object.len() + 64);
    let mut at = object.start;
    for edit in &edits {
        out.extend_from_slice(&text.as_bytes()[at..edit.range.start]);
        edit.write(&mut out, &report)
            .map_err(|e| RecordError::Serialize(e.to_string()))?;
        at = edit.range.end;
    }
    out.extend_from_slice(&text.as_bytes()[at..object.end]);
    out.push(b'\n');
    cleaned.out = out;
    Ok(Outcome::Cleaned(cleaned))
}

/// A change to a JSON Lines record: a value replaced, or a member added (`key`, at an empty
/// range).
struct Edit<'j> {
    range: Range<usize>,
    key: Option<&'j str>,
    value: Piece,
}

/// A value the cleaner writes into a record.
#[derive(Clone, Copy)]
enum Piece {
    /// The cleaned text.
    Document,
    /// The removals (explain field).
    Spans,
    /// The page verdict (page field).
    Page,
}

impl Edit<'_> {
    fn write(&self, out: &mut Vec<u8>, report: &Report) -> serde_json::Result<()> {
        if let Some(key) = self.key {
            out.push(b',');
            serde_json::to_writer(&mut *out, key)?;
            out.push(b':');
        }
        match self.value {
            Piece::Document => serde_json::to_writer(out, &report.output),
            Piece::Spans => write_spans(out, &report.removals),
            Piece::Page => serde_json::to_writer(out, report.page.as_str()),
        }
    }
}

impl From<SyntaxError> for RecordError {
    fn from(e: SyntaxError) -> Self {
        RecordError::Json {
            msg: e.msg,
            column: e.column,
        }
    }
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
fn write_spans(out: &mut Vec<u8>, removals: &[Removal]) -> serde_json::Result<()> {
    out.push(b'[');
    for (i, r) in removals.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write!(
            out,
            "{{\"start\":{},\"end\":{},\"rule\":",
            r.span.start, r.span.end
        )
        .map_err(serde_json::Error::io)?;
        serde_json::to_writer(&mut *out, r.rule)?;
        out.extend_from_slice(b",\"reason\":");
        serde_json::to_writer(&mut *out, &r.reason.to_string())?;
        out.push(b'}');
    }
    out.push(b']');
    Ok(())
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
        assert_eq!(
            err(b" 1E400\r\n"),
            RecordError::NotObject { kind: "a number" }
        );
        assert_eq!(
            err(b"\"{}\"").to_string(),
            "expected a JSON object, found a string"
        );
        // A document serde_json cannot decode: where parsing the whole record put it.
        assert_eq!(
            err(br#"{"id":1, "text":"a\udc00"}"#).to_string(),
            "invalid JSON at column 24: lone leading surrogate in hex escape"
        );
        assert_eq!(
            err(b"{\"text\":\"a\"}x").to_string(),
            "invalid JSON at column 13: trailing characters"
        );
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

    /// Odd but valid JSON: every byte but the document's value is kept.
    #[test]
    fn other_bytes_kept_as_they_are() {
        let before = "{ \"e\" : 1E400 ,\"z\":-0.0,\"o\":1.0,\t\"s\":\"caf\\u00e9 a\\/b\",\
            \"text\" :  \"Body text.\\nAdvertisement\\nMore text.\"  ,\
            \"n\":{\"$serde_json::private::Number\":\"1\"},\"a\":[ {\"b\":[[],{}]} , null ] }";
        let after = "{ \"e\" : 1E400 ,\"z\":-0.0,\"o\":1.0,\t\"s\":\"caf\\u00e9 a\\/b\",\
            \"text\" :  \"Body text.\\nMore text.\"  ,\
            \"n\":{\"$serde_json::private::Number\":\"1\"},\"a\":[ {\"b\":[[],{}]} , null ] }\n";
        assert_eq!(cleaned(before, &job(false)), after);
        // White space around the object and the line's `\r\n` are left out, as before.
        assert_eq!(cleaned(&format!(" \t{before} \r\n"), &job(false)), after);
        // A document with escapes: the cleaned text is written as serde_json writes strings.
        assert_eq!(
            cleaned(r#"{"text":"caf\u00e9\/x\t\"q\""}"#, &job(false)),
            "{\"text\":\"café/x\\t\\\"q\\\"\"}\n"
        );
    }

    #[test]
    fn explain_fields_replaced_in_place_or_added_last() {
        let doc = r#""Body text.\nAdvertisement\nMore text.""#;
        let spans = r#"[{"start":11,"end":25,"rule":"ad-marker","reason":"advertisement label"}]"#;
        let line = format!(r#"{{"page" : 1E400, "removed":{{"x":[1]}},"text":{doc} , "id":7 }}"#);
        assert_eq!(
            cleaned(&line, &job(true)),
            format!(
                r#"{{"page" : "listing", "removed":{spans},"text":"Body text.\nMore text." , "id":7 }}"#
            ) + "\n"
        );
        // Only the page field present: the explain field goes after the last member.
        let line = format!(r#"{{"page":null,"text":{doc},"id":7 }}"#);
        assert_eq!(
            cleaned(&line, &job(true)),
            format!(
                r#"{{"page":"listing","text":"Body text.\nMore text.","id":7,"removed":{spans} }}"#
            ) + "\n"
        );
        // Only the explain field present: the page field goes last.
        let line = format!(r#"{{"removed":0,"text":{doc}}}"#);
        assert_eq!(
            cleaned(&line, &job(true)),
            format!(r#"{{"removed":{spans},"text":"Body text.\nMore text.","page":"listing"}}"#)
                + "\n"
        );
        // Names with characters JSON escapes.
        let mut j = job(true);
        j.explain_field = "cut \"here\"".to_owned();
        assert_eq!(
            cleaned(r#"{"text":"a"}"#, &j),
            "{\"text\":\"a\",\"cut \\\"here\\\"\":[],\"page\":\"listing\"}\n"
        );
    }

    /// A repeated document field: the last occurrence is cleaned (the one `serde_json::Value`
    /// and most parsers read); the first stays as it was, as every other byte.
    #[test]
    fn repeated_document_field() {
        let line = r#"{"text":"Old.\nAdvertisement","id":1,"text":"Body text.\nAdvertisement\nMore text."}"#;
        assert_eq!(
            cleaned(line, &job(false)),
            "{\"text\":\"Old.\\nAdvertisement\",\"id\":1,\"text\":\"Body text.\\nMore text.\"}\n"
        );
        // The last one decides whether the record can be cleaned.
        let err = clean_json_line(br#"{"text":"a","text":7}"#, &job(false)).unwrap_err();
        assert_eq!(err.to_string(), "field \"text\" is a number, not a string");
        assert!(matches!(
            clean_json_line(br#"{"text":7,"text":"a"}"#, &job(false)),
            Ok(Outcome::Cleaned(_))
        ));
    }

    #[test]
    fn blank_lines_are_not_records() {
        assert!(matches!(
            clean_json_line(b"  \r\n", &job(false)),
            Ok(Outcome::Blank)
        ));
    }
}
