//! The modules of `src/` import each other as a tree: no two modules (at any depth) reach
//! each other through `crate::` paths. A cycle makes a module impossible to read or change
//! alone; this test names the modules of the first one it finds.
//!
//! Edges are the `crate::` paths outside comments and outside `#[cfg(test)] mod tests`
//! (tests may reach anywhere); a path names the deepest module that exists as a file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Module path (`rules::footer_links`) of every source file under `dir`, with its text.
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file names")
            .to_owned();
        if path.is_dir() {
            if name != "bin" {
                let mut inner = prefix.to_vec();
                inner.push(name);
                modules(&path, &inner, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut module = prefix.to_vec();
            if !matches!(name.as_str(), "mod" | "lib") {
                module.push(name);
            }
            let text = fs::read_to_string(&path).expect("source is UTF-8");
            out.insert(module.join("::"), text);
        }
    }
}

/// The `crate::` paths of `text`, outside comments, string literals and its unit tests, with
/// every group of a `use` expanded (`crate::{rules::is_join, doc}` names `rules::is_join`
/// and `doc`, over as many lines as it takes).
fn crate_paths(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    let code = code_only(code);
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let (path, after) = path_prefix(rest);
        if let Some(group) = after.strip_prefix('{') {
            let inner = &group[..closing_brace(group)];
            expand(path, inner, &mut paths);
        } else {
            paths.push(path.to_owned());
        }
    }
    paths
}

/// The path that opens `text` (letters, digits, `_` and `::`), without a trailing `::`,
/// and the text after it (after that `::`).
fn path_prefix(text: &str) -> (&str, &str) {
    let len = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(text.len());
    let path = &text[..len];
    (path.trim_end_matches(':'), text[len..].trim_start())
}

/// Where the group that `text` is the inside of ends: the offset of its closing brace.
fn closing_brace(text: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

/// The paths that the items of a `use` group (`inner`, inside `prefix::{…}`) name.
fn expand(prefix: &str, inner: &str, out: &mut Vec<String>) {
    let join = |item: &str| match (prefix.is_empty(), item) {
        (_, "self") => prefix.to_owned(),
        (true, _) => item.to_owned(),
        (false, _) => format!("{prefix}::{item}"),
    };
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in inner.char_indices().chain([(inner.len(), ',')]) {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                let item = inner[start..i].trim();
                start = i + 1;
                let (path, after) = path_prefix(item);
                if let Some(group) = after.strip_prefix('{') {
                    expand(&join(path), &group[..closing_brace(group)], out);
                } else if !path.is_empty() {
                    out.push(join(path));
                }
            }
            _ => {}
        }
    }
}

#[test]
fn crate_paths_expand_groups() {
    let text = "use crate::{rules::is_join, doc::{Doc, Line}, self};\n\
        use crate::fold::{\n    fold,\n    key_to_source as k,\n};\n\
        // crate::glue in a comment\n\
        let s = \"crate::report\";\n\
        let x = crate::merge::merge(a);\n";
    assert_eq!(
        crate_paths(text),
        [
            "rules::is_join",
            "doc::Doc",
            "doc::Line",
            "",
            "fold::fold",
            "fold::key_to_source",
            "merge::merge",
        ]
    );
}

/// The deepest module of `known` that `path` names, if any.
fn resolve(path: &str, known: &BTreeMap<String, String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find(|m| known.contains_key(m))
}

#[test]
fn modules_import_as_a_tree() {
    let mut known = BTreeMap::new();
    modules(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut known,
    );
    assert!(known.len() > 20, "found only {} modules", known.len());
    let mut edges: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &known {
        for path in crate_paths(text) {
            let Some(target) = resolve(&path, &known) else {
                continue;
            };
            // A module may use its own submodules and its ancestors' items.
            let related = target == *module
                || target.starts_with(&format!("{module}::"))
                || module.starts_with(&format!("{target}::"))
                || target.is_empty();
            if !related {
                edges.entry(module).or_default().insert(target);
            }
        }
    }
    // A cycle exists if some module reaches itself.
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![((*start).to_owned(), vec![])];
        while let Some((module, trail)) = stack.pop() {
            for next in edges.get(module.as_str()).into_iter().flatten() {
                let mut trail = trail.clone();
                trail.push(next.clone());
                assert!(
                    next != start,
                    "import cycle: {start} -> {}",
                    trail.join(" -> ")
                );
                if seen.insert(next.clone()) {
                    stack.push((next.clone(), trail));
                }
            }
        }
    }
}

/// `text` with its comments, string literals and character literals blanked out (newlines
/// kept, so that line numbers still hold): what is left is code.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        if rest.starts_with(&['/', '/']) {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if rest.starts_with(&['/', '*']) {
            while i < chars.len() && !chars[i..].starts_with(&['*', '/']) {
                out.push(blank(chars[i]));
                i += 1;
            }
            i += 2;
        } else if rest.starts_with(&['r', '"']) || rest.starts_with(&['r', '#']) {
            // A raw string: `r"…"`, `r#"…"#`.
            let hashes = rest[1..].iter().take_while(|&&c| c == '#').count();
            let mut close = vec!['"'];
            close.extend(std::iter::repeat_n('#', hashes));
            i += 2 + hashes;
            while i < chars.len() && !chars[i..].starts_with(&close) {
                out.push(blank(chars[i]));
                i += 1;
            }
            i += close.len();
        } else if chars[i] == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                out.push(blank(chars.get(i).copied().unwrap_or(' ')));
                i += 1;
            }
            i += 1;
        } else if chars[i] == '\'' && (rest.get(1) == Some(&'\\') || rest.get(2) == Some(&'\'')) {
            // A character literal (not a lifetime).
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The numeric literals of one line of code that are not allowed bare, with the line.
fn bare_literals(line: &str) -> Vec<String> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_number = bytes[i].is_ascii_digit()
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'_' | b'.')));
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric()
                || bytes[i] == b'_'
                || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let literal = &line[start..i];
        let before = line[..start].trim_end();
        // The value without `_` and without a type suffix (`0u64`, `1usize`).
        let digits = literal.replace('_', "");
        let value = [
            "usize", "isize", "u8", "u16", "u32", "u64", "i32", "i64", "f32", "f64",
        ]
        .iter()
        .find_map(|suffix| digits.strip_suffix(suffix))
        .unwrap_or(&digits);
        let small = matches!(value, "0" | "1" | "2" | "0.0" | "1.0" | "2.0");
        let hex = literal.starts_with("0x");
        let bits = [">>", "<<", "&", "%", "rotate_left("]
            .iter()
            .any(|op| before.ends_with(op));
        let array_length = before.ends_with(';') && line[i..].trim_start().starts_with(']');
        if !(small || hex || bits || array_length) {
            found.push(literal.to_owned());
        }
    }
    found
}

/// Every numeric threshold of a rule is named: a constant, or a field of the rule's tuning
/// struct, with a doc line saying what it guards and where its value came from. This test
/// reads each file of `src/rules/` outside its unit tests (`#[cfg(test)] mod tests`), its
/// comments and its string and character literals, and fails on a bare numeric literal
/// anywhere else, except:
///
/// * in a `const` or `static` declaration, or as a field's value in a struct literal
///   (`min_words: 12,`, the tuning struct's `Default`): there the literal has a name;
/// * `0`, `1` and `2`: indexing, `+ 1` and `- 1`, halving and doubling;
/// * hexadecimal literals: the bytes of a UTF-8 encoding (`0xC2` opens `©`) and hash
///   constants, facts of an encoding rather than choices;
/// * bit layout: a shift amount, mask or modulus (`b >> 6`, `b & 63`, `phrase % 64`,
///   `rotate_left(17)`) and an array's length (`[u64; 4]`, `[String; 6]`), which the code
///   around it fixes.
///
/// [`NOT_YET_CHECKED`] lists the files this test skips for now (none).
/// Rule files skipped by [`rules_name_their_thresholds`].
const NOT_YET_CHECKED: &[&str] = &[];

#[test]
fn rules_name_their_thresholds() {
    let mut files = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("src/rules is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| NOT_YET_CHECKED.contains(&n))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 8, "found only {} rule files", files.len());
    let mut problems = Vec::new();
    for path in &files {
        let text = fs::read_to_string(path).expect("source is UTF-8");
        let text = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or(&text);
        let code = code_only(text);
        let mut in_declaration = false;
        for (n, line) in code.lines().enumerate() {
            let line = line.trim();
            let declaration = ["const ", "static "].iter().any(|d| {
                line.starts_with(d)
                    || line
                        .split_once(' ')
                        .is_some_and(|(vis, rest)| vis.starts_with("pub") && rest.starts_with(d))
            });
            if declaration || in_declaration {
                in_declaration = !line.ends_with(';');
                continue;
            }
            let field_value = line.split_once(": ").is_some_and(|(field, value)| {
                field.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    && value.trim_end_matches(',').parse::<f64>().is_ok()
            });
            if line.starts_with("#[") || field_value {
                continue;
            }
            for literal in bare_literals(line) {
                let file = path
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(path);
                problems.push(format!("{}:{}: {literal}: {line}", file.display(), n + 1));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "bare numeric literals in rules (name them; see this test's doc):\n{}",
        problems.join("\n")
    );
}
