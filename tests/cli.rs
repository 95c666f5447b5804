//! The `textsieve` binary, run as a user would: `cargo test --features cli`.
#![cfg(feature = "cli")]

use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs the binary with `args`, feeding `stdin`.
fn textsieve(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_textsieve"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start textsieve");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // Write from another thread: a large input would otherwise fill the pipes both ways.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for textsieve");
    writer.join().expect("stdin writer");
    out
}

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).expect("stderr is UTF-8")
}

fn json_lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

const PAGE: &str = include_str!("fixtures/mixed_page_en.in.txt");
const PAGE_AR: &str = include_str!("fixtures/sample_ar_news.in.txt");

#[test]
fn jsonl_round_trip_keeps_fields_order_and_escapes() {
    // Keys out of alphabetical order, numbers serde would normally rewrite, escapes of every
    // kind (BMP, surrogate pair, control), embedded newlines in the text and elsewhere.
    let input = concat!(
        r#"{"zeta":1.50,"text":"Body text, here.\nADVERTISEMENT\nMore body text.","alpha":{"n":123456789012345678901234567890,"e":1e400,"list":[true,null,"a\nb"]},"id":"x\u00e9\ud83d\ude00\u0007"}"#,
        "\n",
        r#"{"text":"\u0646\u0635 \u0627\u0644\u062e\u0628\u0631.\n\u0627\u0639\u0644\u0627\u0646\n\u0628\u0642\u064a\u0629 \u0627\u0644\u062e\u0628\u0631.","id":2}"#,
        "\r\n",
        "{\"id\":3, \"text\" : \"no boilerplate at all\\n\\n\"}",
    );
    let out = textsieve(&["--jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(stdout(&out).ends_with('\n'));
    // Numbers keep their digits, beyond what f64 and u64 hold, and their spelling.
    assert!(
        lines[0].starts_with(r#"{"zeta":1.50,"text":"#),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("123456789012345678901234567890"),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains(r#""e":1e400,"#), "{}", lines[0]);

    // Every line is its record byte for byte (without the `\r`) but for the text's value.
    let texts = [
        r#""Body text, here.\nADVERTISEMENT\nMore body text.""#,
        r#""\u0646\u0635 \u0627\u0644\u062e\u0628\u0631.\n\u0627\u0639\u0644\u0627\u0646\n\u0628\u0642\u064a\u0629 \u0627\u0644\u062e\u0628\u0631.""#,
        r#""no boilerplate at all\n\n""#,
    ];
    for ((line, out_line), raw) in input.lines().zip(&lines).zip(texts) {
        let text: String = serde_json::from_str(raw).unwrap();
        let cleaned = serde_json::to_string(&textsieve::clean(&text)).unwrap();
        assert_eq!(line.matches(raw).count(), 1);
        assert_eq!(*out_line, line.trim_end().replace(raw, &cleaned));
    }
    // (Line 0 has a number serde_json reads only with `arbitrary_precision`.)
    let arabic: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(
        arabic["text"], "نص الخبر.\nبقية الخبر.",
        "Arabic escapes decoded and cleaned"
    );
    assert!(lines[0].ends_with(r#","id":"x\u00e9\ud83d\ude00\u0007"}"#));
}

#[test]
fn jsonl_other_field_name_and_many_records_keep_order() {
    // More records than one batch holds, so batches and threads must keep the order.
    let mut input = String::new();
    for i in 0..20_000 {
        writeln!(
            input,
            "{{\"n\":{i},\"body\":\"Line {i} of text.\\nSponsored\\nEnd {i}.\"}}"
        )
        .unwrap();
    }
    let out = textsieve(
        &["--jsonl", "--field", "body", "--threads", "2"],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let records = json_lines(&out);
    assert_eq!(records.len(), 20_000);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["n"], i);
        assert_eq!(r["body"], format!("Line {i} of text.\nEnd {i}."));
    }
}

#[test]
fn explain_adds_removed_spans() {
    let record = serde_json::json!({ "id": 7, "text": PAGE });
    let out = textsieve(&["--jsonl", "--explain"], format!("{record}\n").as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let records = json_lines(&out);
    let report = textsieve::explain(PAGE);
    assert_eq!(records[0]["text"], report.output.as_str());
    let spans = records[0]["textsieve_removed"].as_array().unwrap();
    assert_eq!(spans.len(), report.removals.len());
    assert!(!spans.is_empty());
    for (span, removal) in spans.iter().zip(&report.removals) {
        assert_eq!(span["start"], removal.span.start);
        assert_eq!(span["end"], removal.span.end);
        assert_eq!(span["rule"], removal.rule);
        assert_eq!(span["reason"], removal.reason.to_string());
    }
    assert_eq!(records[0]["textsieve_page"], report.page.as_str());
    // New fields go last, in this order.
    let line = stdout(&out);
    let at = |key: &str| line.find(&format!("\"{key}\":")).unwrap();
    assert!(at("id") < at("text"));
    assert!(at("text") < at("textsieve_removed"));
    assert!(at("textsieve_removed") < at("textsieve_page"));

    let out = textsieve(
        &[
            "--jsonl",
            "--explain",
            "--explain-field",
            "cut",
            "--page-field",
            "kind",
        ],
        br#"{"text":"a"}"#,
    );
    assert_eq!(
        stdout(&out),
        "{\"text\":\"a\",\"cut\":[],\"kind\":\"listing\"}\n"
    );
    let out = textsieve(
        &["--jsonl", "--explain", "--page-field", "text"],
        br#"{"text":"a"}"#,
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("--page-field must differ"),
        "{}",
        stderr(&out)
    );
}

/// Odd but valid JSON comes out byte for byte but for the values the cleaner sets: the text,
/// and with --explain the explain and page fields, in place when the record has them.
#[test]
fn jsonl_keeps_every_other_byte() {
    let rest = concat!(
        r#""n": 1E400, "z" :-0.0 ,"o":1.0,"s":"caf\u00e9 \/ x","#,
        "\t\"deep\" : {\"a\":[ {\"b\":[[], {}]} , null ],",
        r#""c":{"$serde_json::private::Number":"1"}}"#,
    );
    let text = r#""Body text, here.\nAdvertisement\nMore body text.""#;
    let clean = r#""Body text, here.\nMore body text.""#;
    let spans = r#"[{"start":17,"end":31,"rule":"ad-marker","reason":"advertisement label"}]"#;
    let input = format!(
        "{{{rest}, \"text\" : {text} }}\n\
         {{\"textsieve_page\": 0, {rest}, \"text\":{text},\"textsieve_removed\" :[1]}}\n\
         {{\"text\":\"x\", {rest}, \"text\" : {text}}}\n"
    );
    let out = textsieve(&["--jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(lines[0], format!("{{{rest}, \"text\" : {clean} }}"));
    // A repeated text field: the last one is cleaned (what serde_json and Python read).
    assert_eq!(
        lines[2],
        format!("{{\"text\":\"x\", {rest}, \"text\" : {clean}}}")
    );

    let out = textsieve(&["--jsonl", "--explain"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "{{{rest}, \"text\" : {clean},\"textsieve_removed\":{spans},\
             \"textsieve_page\":\"listing\" }}"
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "{{\"textsieve_page\": \"listing\", {rest}, \"text\":{clean},\
             \"textsieve_removed\" :{spans}}}"
        )
    );
}

/// Five records; the second, third and fourth are bad in different ways.
const BAD: &[u8] =
    b"{\"id\":1,\"text\":\"one\"}\n{\"id\":2}\nnot json\n{\"id\":4,\"text\":\"bad \xff\"}\n{\"id\":5,\"text\":\"five\"}\n";

#[test]
fn on_error_fail_stops_after_the_last_complete_record() {
    let dir = scratch("fail");
    let file = dir.join("in.jsonl");
    fs::write(&file, BAD).unwrap();
    for args in [vec!["--jsonl"], vec!["--jsonl", "--on-error", "fail"]] {
        let mut args = args.clone();
        args.push(file.to_str().unwrap());
        let out = textsieve(&args, b"");
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stdout(&out), "{\"id\":1,\"text\":\"one\"}\n");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{}:2: no field \"text\"", file.display())),
            "{err}"
        );
    }
    // With --out-dir nothing is left half-written.
    let out_dir = dir.join("out");
    let out = textsieve(
        &[
            "--jsonl",
            "--out-dir",
            out_dir.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fs::read_dir(&out_dir).unwrap().count(), 0);
}

#[test]
fn on_error_skip_drops_bad_records_and_counts_them() {
    let out = textsieve(&["--jsonl", "--on-error", "skip", "--stats"], BAD);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<_> = json_lines(&out).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, [1, 5]);
    let err = stderr(&out);
    assert!(
        err.contains("<stdin>:2: no field \"text\"; skipped"),
        "{err}"
    );
    assert!(err.contains("<stdin>:3: invalid JSON at column 2"), "{err}");
    assert!(
        err.contains("<stdin>:4: invalid UTF-8 at byte offset 60 (column 21)"),
        "{err}"
    );
    assert!(err.contains("  skipped        3\n"), "{err}");
    assert!(err.contains("  documents      2\n"), "{err}");
}

#[test]
fn on_error_keep_copies_bad_records_unchanged() {
    let out = textsieve(&["--jsonl", "--on-error", "keep"], BAD);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&[u8]> = out.stdout.split_inclusive(|b| *b == b'\n').collect();
    let input: Vec<&[u8]> = BAD.split_inclusive(|b| *b == b'\n').collect();
    assert_eq!(lines, input, "every record, bad ones byte for byte");
    assert!(stderr(&out).contains("3 record(s) copied unchanged"));
}

#[test]
fn non_string_field_and_non_object_are_named() {
    let out = textsieve(&["--jsonl"], b"{\"text\":[\"a\"]}\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("<stdin>:1: field \"text\" is an array, not a string"));
    let out = textsieve(&["--jsonl"], b"\"text\"\n");
    assert!(stderr(&out).contains("<stdin>:1: expected a JSON object, found a string"));
}

#[test]
fn invalid_utf8_is_reported_with_file_and_offset() {
    let dir = scratch("utf8");
    let file = dir.join("page.txt");
    fs::write(&file, b"first line\nsecond \xc3( line\n").unwrap();
    let out = textsieve(&[file.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: invalid UTF-8 at byte offset 18 (line 2)",
            file.display()
        )),
        "{err}"
    );
    let out = textsieve(&["--on-error", "keep", file.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert_eq!(out.stdout, fs::read(&file).unwrap());
}

#[test]
fn empty_input() {
    for args in [&["--jsonl"][..], &[][..], &["--jsonl", "--stats"][..]] {
        let out = textsieve(args, b"");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // Blank lines are not records: copied, never an error.
    let out = textsieve(&["--jsonl"], b"\n  \n");
    assert!(out.status.success());
    assert_eq!(stdout(&out), "\n  \n");
}

#[test]
fn plain_files_with_out_dir_mirror_names() {
    let dir = scratch("plain");
    let pages = dir.join("pages");
    fs::create_dir_all(pages.join("ar")).unwrap();
    fs::write(pages.join("en.txt"), PAGE).unwrap();
    fs::write(pages.join("ar/news.txt"), PAGE_AR).unwrap();
    let single = dir.join("single.txt");
    fs::write(&single, "Story.\nAdvertisement\nEnd.").unwrap();
    let out_dir = dir.join("clean");
    let out = textsieve(
        &[
            "--out-dir",
            out_dir.to_str().unwrap(),
            pages.to_str().unwrap(),
            single.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let read = |p: &str| fs::read_to_string(out_dir.join(p)).unwrap();
    assert_eq!(read("en.txt"), textsieve::clean(PAGE));
    assert_eq!(read("ar/news.txt"), textsieve::clean(PAGE_AR));
    assert_eq!(read("single.txt"), "Story.\nEnd.");
    let mut names: Vec<_> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["ar", "en.txt", "single.txt"], "no temporary files");

    // Without --out-dir: cleaned documents on stdout, in argument order.
    let en = pages.join("en.txt");
    let out = textsieve(&[single.to_str().unwrap(), en.to_str().unwrap()], b"");
    assert_eq!(
        stdout(&out),
        format!("Story.\nEnd.{}", textsieve::clean(PAGE))
    );
}

/// An output directory inside a directory argument: the output of one input would be the
/// path of another not read yet (`in/a.txt` cleaned to `in/sub/a.txt`, over the input
/// `in/sub/a.txt`). Refused before anything is written.
#[test]
fn out_dir_among_the_inputs_is_refused() {
    let dir = scratch("out-among-inputs");
    let inputs = dir.join("in");
    fs::create_dir_all(inputs.join("sub")).unwrap();
    fs::write(inputs.join("a.txt"), "First.\nAdvertisement\n").unwrap();
    fs::write(inputs.join("sub/a.txt"), "Second.\n").unwrap();
    let out = textsieve(
        &[
            "--out-dir",
            inputs.join("sub").to_str().unwrap(),
            inputs.to_str().unwrap(),
        ],
        b"",
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("would overwrite an input"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        fs::read_to_string(inputs.join("sub/a.txt")).unwrap(),
        "Second.\n"
    );
    assert_eq!(
        fs::read_to_string(inputs.join("a.txt")).unwrap(),
        "First.\nAdvertisement\n"
    );
}

/// A temporary output file a stopped run left behind is no input of the next run.
#[test]
fn partial_outputs_left_behind_are_not_inputs() {
    let dir = scratch("partial-left");
    let inputs = dir.join("in");
    fs::create_dir_all(&inputs).unwrap();
    fs::write(inputs.join("a.txt"), "Story.\nAdvertisement\n").unwrap();
    fs::write(inputs.join(".b.txt.textsieve-partial"), "half").unwrap();
    let out_dir = dir.join("out");
    let out = textsieve(
        &[
            "--out-dir",
            out_dir.to_str().unwrap(),
            inputs.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let names: Vec<_> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["a.txt"]);
}

#[test]
fn plain_stdin() {
    let out = textsieve(&[], PAGE_AR.as_bytes());
    assert!(out.status.success());
    assert_eq!(stdout(&out), textsieve::clean(PAGE_AR));
    let out = textsieve(&["--explain"], b"Text here.\nAdvertisement\nMore text.");
    assert_eq!(stdout(&out), "Text here.\nMore text.");
    assert!(stderr(&out).contains("<stdin>: 11..25 ad-marker advertisement label"));
    assert!(
        stderr(&out).contains("<stdin>: -- page: listing"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn rules_without_and_lexicon() {
    let dir = scratch("rules");
    let doc = "Haber metni.\nREKLAM\nAdvertisement\nTags: a, b, c\nDevamı.";
    let lexicon = dir.join("ads.txt");
    fs::write(&lexicon, "Reklam\n\n  Anzeige  \n").unwrap();
    let spec = format!("ad-marker={}", lexicon.display());
    let out = textsieve(&["--lexicon", &spec], doc.as_bytes());
    assert_eq!(stdout(&out), "Haber metni.\nDevamı.");
    let out = textsieve(
        &["--lexicon", &spec, "--without", "keyword-list"],
        doc.as_bytes(),
    );
    assert_eq!(stdout(&out), "Haber metni.\nTags: a, b, c\nDevamı.");
    let out = textsieve(&["--rules", "keyword-list"], doc.as_bytes());
    assert_eq!(stdout(&out), "Haber metni.\nREKLAM\nAdvertisement\nDevamı.");

    let out = textsieve(&["--rules", "ad-marker,ads"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown rule id \"ads\" in --rules"), "{err}");
    assert!(err.contains("ad-marker, related-section"), "{err}");
    let out = textsieve(&["--without", "footer-link"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = textsieve(&["--lexicon", "footer-links=/no/such/file"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/file"));
}
