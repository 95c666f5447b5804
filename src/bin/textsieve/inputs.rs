//! The documents to read, and where each one's output goes.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// One input: stdin or a file, and its output file when `--out-dir` is given.
#[derive(Debug, Clone)]
pub struct Input {
    /// `None` for stdin.
    pub path: Option<PathBuf>,
    /// Where the cleaned output goes; `None` for stdout.
    pub out: Option<PathBuf>,
}

impl Input {
    /// The name used in messages: the path as given, or `<stdin>`.
    pub fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_owned(),
        }
    }
}

/// Expands the arguments into inputs: `-` or no argument is stdin, a directory stands for
/// every file below it (sorted by path). With `out_dir`, a file argument's output is
/// `out_dir/<file name>` and a directory's files keep their path below the directory.
///
/// # Errors
///
/// A message for a missing argument, stdin together with `out_dir`, an unreadable
/// directory, two inputs with the same output, or an output that would overwrite an input.
pub fn list(args: &[PathBuf], out_dir: Option<&Path>) -> Result<Vec<Input>, String> {
    let stdin_only = [PathBuf::from("-")];
    let args = if args.is_empty() { &stdin_only } else { args };
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            if out_dir.is_some() {
                return Err("--out-dir needs FILE arguments; stdin goes to stdout".to_owned());
            }
            inputs.push(Input {
                path: None,
                out: None,
            });
            continue;
        }
        let meta = fs::metadata(arg).map_err(|e| format!("{}: {e}", arg.display()))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(arg, &mut files)?;
            files.sort();
            for file in files {
                let out = out_dir.map(|dir| match file.strip_prefix(arg) {
                    Ok(rel) => dir.join(rel),
                    Err(_) => dir.join(file.file_name().unwrap_or(file.as_os_str())),
                });
                inputs.push(Input {
                    path: Some(file),
                    out,
                });
            }
        } else {
            let out = match out_dir {
                Some(dir) => Some(dir.join(arg.file_name().ok_or_else(|| {
                    format!("{}: not a file name to mirror in --out-dir", arg.display())
                })?)),
                None => None,
            };
            inputs.push(Input {
                path: Some(arg.clone()),
                out,
            });
        }
    }
    check_outputs(&inputs)?;
    Ok(inputs)
}

/// Collects the files below `dir`, following symbolic links to files but not to directories.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if kind.is_dir() {
            walk(&path, files)?;
        } else if is_partial_output(&path) {
            // What a run stopped before it finished left behind: not a document.
        } else if kind.is_file() || (kind.is_symlink() && path.is_file()) {
            files.push(path);
        }
    }
    Ok(())
}

/// How `OutFile` names an output it is writing, before it renames it: `.NAME` and this. Input
/// walks skip such files (a stopped run leaves them behind).
pub const PARTIAL_SUFFIX: &str = ".textsieve-partial";

/// Whether `path` is an output file a run writes before renaming it (see `OutFile`).
fn is_partial_output(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n.ends_with(PARTIAL_SUFFIX))
}

/// Refuses two inputs with one output, and an output that would overwrite any input (its
/// own, or another one not read yet when the output directory lies among the inputs: outputs
/// are written while later inputs wait).
fn check_outputs(inputs: &[Input]) -> Result<(), String> {
    // Without --out-dir everything goes to stdout: no path to resolve.
    if inputs.iter().all(|i| i.out.is_none()) {
        return Ok(());
    }
    let sources: HashSet<PathBuf> = inputs
        .iter()
        .filter_map(|i| i.path.as_ref().and_then(|p| fs::canonicalize(p).ok()))
        .collect();
    let mut seen = HashSet::new();
    for input in inputs {
        let (Some(path), Some(out)) = (&input.path, &input.out) else {
            continue;
        };
        if !seen.insert(out.clone()) {
            return Err(format!(
                "two inputs would both be written to {}; clean them in separate runs",
                out.display()
            ));
        }
        if resolved(out).is_some_and(|out| sources.contains(&out)) {
            return Err(format!(
                "{}: --out-dir would overwrite an input ({}); choose a directory outside the inputs",
                path.display(),
                out.display()
            ));
        }
    }
    Ok(())
}

/// Where `out` is on disk, links resolved: itself when it exists, else its directory's
/// resolved path and its name; `None` when its directory does not exist yet (then it holds
/// no input).
fn resolved(out: &Path) -> Option<PathBuf> {
    fs::canonicalize(out).ok().or_else(|| {
        let dir = match out.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        Some(fs::canonicalize(dir).ok()?.join(out.file_name()?))
    })
}

/// The total size of the inputs when every one is a regular file (stdin included, when it is
/// redirected from a file), for the progress bar's ETA.
pub fn total_size(inputs: &[Input]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        let meta = match &input.path {
            Some(p) => fs::metadata(p).ok()?,
            None => fs::metadata("/dev/stdin").ok()?,
        };
        if !meta.is_file() {
            return None;
        }
        total += meta.len();
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_argument_is_stdin() {
        let inputs = list(&[], None).unwrap();
        assert_eq!(inputs.len(), 1);
        assert!(inputs[0].path.is_none());
        assert_eq!(inputs[0].name(), "<stdin>");
    }

    #[test]
    fn stdin_with_out_dir_is_refused() {
        assert!(list(&[], Some(Path::new("/tmp"))).is_err());
    }

    #[test]
    fn missing_file_is_named() {
        let err = list(&[PathBuf::from("/no/such/file.txt")], None).unwrap_err();
        assert!(err.starts_with("/no/such/file.txt: "), "{err}");
    }
}
