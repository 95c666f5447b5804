//! `textsieve learn`, `textsieve profiles show` and `textsieve --profiles`, run as a user would,
//! on JSON Lines made from the generated corpus of `tests/sites`: `cargo test --features cli`.
#![cfg(feature = "cli")]

mod sites;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{json, Value};

fn textsieve(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_textsieve"))
        .args(args)
        .output()
        .expect("run textsieve")
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8 output")
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-profiles-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Writes pages as JSON Lines (`id`, `url`, `site`, `text`) and returns the path.
fn jsonl(dir: &Path, name: &str, pages: &[sites::Page]) -> String {
    let mut out = String::new();
    for (i, p) in pages.iter().enumerate() {
        let record = json!({
            "id": i,
            "url": format!("http://www.{}/news/{i}?ref=home", p.site),
            "site": p.site,
            "text": p.text,
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    let path = dir.join(name);
    fs::write(&path, out).expect("write corpus");
    path.display().to_string()
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "status {:?}\nstderr: {}",
        out.status,
        text(&out.stderr)
    );
}

#[test]
fn learn_is_the_same_on_any_number_of_threads_and_shows_its_templates() {
    let dir = scratch("learn");
    let corpus = jsonl(&dir, "corpus.jsonl", &sites::corpus(1, 300));
    let one = dir.join("one.profiles").display().to_string();
    let two = dir.join("two.profiles").display().to_string();
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "--threads",
        "1",
        "-o",
        &one,
        &corpus,
    ]));
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "--threads",
        "2",
        "--stats",
        "-o",
        &two,
        &corpus,
    ]));
    assert_eq!(fs::read(&one).unwrap(), fs::read(&two).unwrap());

    let shown = textsieve(&["profiles", "show", &one]);
    ok(&shown);
    let shown = text(&shown.stdout);
    assert!(shown.starts_with("# 3 sites, "), "{shown}");
    assert!(
        shown.contains("akhbar.example\ttail\t")
            && shown.contains("\tرابط الخبر بصحيفة المثال :\n"),
        "{shown}"
    );
    assert!(
        shown.contains("# plain.example: 300 documents, 0 templates\n"),
        "{shown}"
    );

    let daily = textsieve(&["profiles", "show", &one, "--site", "WWW.daily.example"]);
    ok(&daily);
    let daily = text(&daily.stdout);
    assert!(
        daily.starts_with("# daily.example: 300 documents"),
        "{daily}"
    );
    assert!(
        daily
            .lines()
            .skip(1)
            .all(|l| l.starts_with("daily.example\t")),
        "{daily}"
    );

    let missing = textsieve(&["profiles", "show", &one, "--site", "nowhere.example"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("no profile for site"),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn clean_with_profiles_removes_templates_and_leaves_other_sites_alone() {
    let dir = scratch("clean");
    let corpus = jsonl(&dir, "corpus.jsonl", &sites::corpus(1, 300));
    let profiles = dir.join("sites.profiles").display().to_string();
    ok(&textsieve(&["learn", "--jsonl", "-o", &profiles, &corpus]));

    let fresh_pages = sites::corpus(2, 100);
    let fresh = jsonl(&dir, "fresh.jsonl", &fresh_pages);
    let with = textsieve(&["--jsonl", "--profiles", &profiles, &fresh]);
    ok(&with);
    let without = textsieve(&["--jsonl", &fresh]);
    ok(&without);
    let with_lines: Vec<&str> = text(&with.stdout).lines().collect();
    let without_lines: Vec<&str> = text(&without.stdout).lines().collect();
    assert_eq!(with_lines.len(), fresh_pages.len());
    let mut changed = 0;
    for ((page, w), wo) in fresh_pages.iter().zip(&with_lines).zip(&without_lines) {
        if page.site == "plain.example" {
            // Byte for byte as without --profiles.
            assert_eq!(w, wo);
        } else if w != wo {
            changed += 1;
            let cleaned: Value = serde_json::from_str(w).unwrap();
            let cleaned = cleaned["text"].as_str().unwrap();
            for line in page.article.lines() {
                assert!(cleaned.contains(line), "lost {line:?} in {cleaned:?}");
            }
        }
    }
    assert!(changed > 150, "{changed} pages changed");

    // The site from another field, and a record without a site: cleaned as without.
    let by_field = textsieve(&[
        "--jsonl",
        "--profiles",
        &profiles,
        "--site-field",
        "site",
        &fresh,
    ]);
    ok(&by_field);
    assert_eq!(by_field.stdout, with.stdout);
    let no_site = textsieve(&[
        "--jsonl",
        "--profiles",
        &profiles,
        "--site-field",
        "nope",
        &fresh,
    ]);
    ok(&no_site);
    assert_eq!(no_site.stdout, without.stdout);

    // --stats lists the profiles' share.
    let stats = textsieve(&["--jsonl", "--stats", "--profiles", &profiles, &fresh]);
    assert!(
        text(&stats.stderr).contains("site-profile"),
        "{}",
        text(&stats.stderr)
    );
}

#[test]
fn map_reduce_merges_to_the_same_profiles() {
    let dir = scratch("merge");
    let pages = sites::corpus(3, 200);
    let (a, b) = pages.split_at(pages.len() / 3);
    let all = jsonl(&dir, "all.jsonl", &pages);
    let part_a = jsonl(&dir, "a.jsonl", a);
    let part_b = jsonl(&dir, "b.jsonl", b);
    let path = |name: &str| dir.join(name).display().to_string();
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "-o",
        &path("all.profiles"),
        &all,
    ]));
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "--counts",
        "-o",
        &path("a.counts"),
        &part_a,
    ]));
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "--counts",
        "-o",
        &path("b.counts"),
        &part_b,
    ]));
    ok(&textsieve(&[
        "learn",
        "--merge",
        "-o",
        &path("ab.profiles"),
        &path("a.counts"),
        &path("b.counts"),
    ]));
    ok(&textsieve(&[
        "learn",
        "--merge",
        "-o",
        &path("ba.profiles"),
        &path("b.counts"),
        &path("a.counts"),
    ]));
    // Counts merge into counts too (a reduce tree).
    ok(&textsieve(&[
        "learn",
        "--merge",
        "--counts",
        "-o",
        &path("ab.counts"),
        &path("a.counts"),
        &path("b.counts"),
    ]));
    ok(&textsieve(&[
        "learn",
        "--merge",
        "-o",
        &path("tree.profiles"),
        &path("ab.counts"),
    ]));
    let want = fs::read(path("all.profiles")).unwrap();
    for got in ["ab.profiles", "ba.profiles", "tree.profiles"] {
        assert_eq!(fs::read(path(got)).unwrap(), want, "{got}");
    }
    // A shard merged twice is reported.
    let twice = textsieve(&[
        "learn",
        "--merge",
        "-o",
        &path("x.profiles"),
        &path("a.counts"),
        &path("a.counts"),
    ]);
    ok(&twice);
    assert!(
        text(&twice.stderr).contains("counted in more than one shard"),
        "{}",
        text(&twice.stderr)
    );
}

#[test]
fn bad_arguments_and_files() {
    let dir = scratch("errors");
    let corpus = jsonl(&dir, "corpus.jsonl", &sites::corpus(4, 20));
    let path = |name: &str| dir.join(name).display().to_string();
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "-o",
        &path("p.profiles"),
        &corpus,
    ]));

    // learn needs --jsonl or --merge.
    let out = textsieve(&["learn", "-o", &path("x"), &corpus]);
    assert_eq!(out.status.code(), Some(2));
    // --profiles needs --jsonl.
    let out = textsieve(&["--profiles", &path("p.profiles"), &corpus]);
    assert_eq!(out.status.code(), Some(2));
    // A damaged, foreign or missing profiles file is a bad argument, named.
    let mut damaged = fs::read(path("p.profiles")).unwrap();
    damaged.truncate(damaged.len() - 10);
    fs::write(path("cut.profiles"), &damaged).unwrap();
    for (file, says) in [
        (path("cut.profiles"), "truncated"),
        (corpus.clone(), "not a textsieve profiles file"),
        (path("none.profiles"), "No such file"),
    ] {
        let out = textsieve(&["--jsonl", "--profiles", &file, &corpus]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let err = text(&out.stderr);
        assert!(err.contains("--profiles") && err.contains(says), "{err}");
        assert!(out.stdout.is_empty());
    }
    // Merging profiles (not counts) is refused, naming the file.
    let out = textsieve(&["learn", "--merge", "-o", &path("y"), &path("p.profiles")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("a textsieve profiles file, not counts"),
        "{}",
        text(&out.stderr)
    );
    // A record without a site stops learning, or is skipped.
    fs::write(
        path("nosite.jsonl"),
        "{\"text\": \"A\"}\n{\"url\": \"http://a.example/1\", \"text\": \"B\"}\n",
    )
    .unwrap();
    let out = textsieve(&["learn", "--jsonl", "-o", &path("z"), &path("nosite.jsonl")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("nosite.jsonl:1: no site"),
        "{}",
        text(&out.stderr)
    );
    assert!(!Path::new(&path("z")).exists());
    let out = textsieve(&[
        "learn",
        "--jsonl",
        "--on-error",
        "skip",
        "-o",
        &path("z"),
        &path("nosite.jsonl"),
    ]);
    ok(&out);
    // A deny-list that does not parse is a bad argument.
    fs::write(path("deny.txt"), "example.com tailz foo\n").unwrap();
    let out = textsieve(&[
        "learn",
        "--jsonl",
        "--deny",
        &path("deny.txt"),
        "-o",
        &path("w"),
        &corpus,
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("line 1"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn deny_list_from_show_lines() {
    let dir = scratch("deny");
    let corpus = jsonl(&dir, "corpus.jsonl", &sites::corpus(1, 300));
    let path = |name: &str| dir.join(name).display().to_string();
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "-o",
        &path("p.profiles"),
        &corpus,
    ]));
    let shown = textsieve(&[
        "profiles",
        "show",
        &path("p.profiles"),
        "--site",
        "akhbar.example",
    ]);
    let permalink: Vec<&str> = text(&shown.stdout)
        .lines()
        .filter(|l| l.contains("رابط الخبر"))
        .collect();
    assert!(!permalink.is_empty());
    fs::write(path("deny.txt"), permalink.join("\n")).unwrap();
    ok(&textsieve(&[
        "learn",
        "--jsonl",
        "--deny",
        &path("deny.txt"),
        "-o",
        &path("d.profiles"),
        &corpus,
    ]));
    let shown = textsieve(&["profiles", "show", &path("d.profiles")]);
    assert!(
        !text(&shown.stdout).contains("رابط الخبر"),
        "{}",
        text(&shown.stdout)
    );
}
