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

/// The `crate::` paths of `text`, outside comments and its unit tests.
fn crate_paths(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    let mut paths = Vec::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path.trim_end_matches(':').to_owned());
        }
    }
    paths
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
