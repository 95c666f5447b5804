//! The command line of `train_model`: every value is checked here, so that a typo fails at
//! once with exit status 2 rather than after minutes of loading, or as a run that trains
//! nothing and exits 0.

use std::path::{Path, PathBuf};

use crate::data::FOLDS;

/// What to train, on what data, and how.
pub struct Args {
    pub eval: PathBuf,
    pub corpus: Option<PathBuf>,
    pub corpus_step: usize,
    pub write: Option<PathBuf>,
    pub loso: Option<PathBuf>,
    pub threads: usize,
    pub beta: f32,
    pub rounds: usize,
    /// Folds of `--loso` to train, each one of [`FOLDS`]; `None`: all.
    pub folds: Option<Vec<String>>,
}

impl Args {
    /// The command that trains the model of `--write` again, for the header of the file it
    /// writes: every argument that shapes that model, defaults too (a default may change
    /// later, and the header must still say what ran). `--loso`, `--folds` and `--threads`
    /// do not change it and are left out.
    pub fn command(&self) -> String {
        let corpus = self
            .corpus
            .as_ref()
            .map(|c| {
                format!(
                    " --corpus {} --corpus-step {}",
                    shell_word(c),
                    self.corpus_step
                )
            })
            .unwrap_or_default();
        let write = self
            .write
            .as_ref()
            .map(|w| format!(" --write {}", shell_word(w)))
            .unwrap_or_default();
        format!(
            "cargo run --release --features train --example train_model -- \\\n    \
             --eval {}{corpus} \\\n    --beta {} --rounds {}{write}",
            shell_word(&self.eval),
            self.beta,
            self.rounds
        )
    }
}

/// `path` as one word of a shell's command line: quoted unless it holds only letters,
/// digits and `_ . / - + , = : @ %`, so that the command in a header can be pasted.
fn shell_word(path: &Path) -> String {
    let text = path.to_string_lossy();
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./-+,=:@%".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text.into_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// What `--help` prints.
pub fn usage() -> String {
    format!(
        "train_model: trains the line model (see the README, \"Development\" and \"Quality\").

  --eval DIR        the shared evaluation data (default ../shared/eval)
  --corpus FILE     a gzipped JSON Lines news corpus: its articles are clean pages
  --corpus-step N   every N-th article of the corpus (default 10)
  --write FILE      the model trained on every page, as Rust source (src/decide/weights.rs)
  --loso DIR        one model per fold, trained without its pages: DIR/<fold>.model
  --folds A,B       only these folds of --loso, of:
                    {}
  --beta B          the thresholds' objective weighs lost text B^2 times kept boilerplate
                    (a number above 0; default 2)
  --rounds N        N rounds, each also on the pages as the last one's model cleans them
                    (default 1)
  --threads N       training threads (default 2)
",
        FOLDS.join(", ")
    )
}

/// Reads the arguments (without the program's name).
///
/// # Errors
/// An unknown argument or fold, a missing value, a value that is not a number of its kind,
/// `--beta` not a finite number above 0, `--rounds` or `--corpus-step` 0, or `--folds`
/// without `--loso`.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args {
        eval: PathBuf::from("../shared/eval"),
        corpus: None,
        corpus_step: 10,
        write: None,
        loso: None,
        threads: 2,
        beta: 2.0,
        rounds: 1,
        folds: None,
    };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--eval" => parsed.eval = PathBuf::from(value()?),
            "--corpus" => parsed.corpus = Some(PathBuf::from(value()?)),
            "--corpus-step" => parsed.corpus_step = at_least_one(&arg, &value()?)?,
            "--write" => parsed.write = Some(PathBuf::from(value()?)),
            "--loso" => parsed.loso = Some(PathBuf::from(value()?)),
            "--threads" => parsed.threads = at_least_one(&arg, &value()?)?,
            "--beta" => parsed.beta = beta(&value()?)?,
            "--rounds" => parsed.rounds = at_least_one(&arg, &value()?)?,
            "--folds" => parsed.folds = Some(folds(&value()?)?),
            _ => return Err(format!("unknown argument {arg} (--help lists them)")),
        }
    }
    if parsed.folds.is_some() && parsed.loso.is_none() {
        return Err("--folds picks folds of --loso, and there is no --loso".into());
    }
    Ok(parsed)
}

/// A count of at least 1: no round, no thread, or every 0th article would train nothing
/// or something other than the header of the written model says.
fn at_least_one(arg: &str, value: &str) -> Result<usize, String> {
    match value.parse() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "{arg} must be a whole number of at least 1, not {value:?}"
        )),
    }
}

/// F-beta's beta: NaN compares false with every score and infinity or 0 weighs one side
/// alone, so each would choose the thresholds on nothing (and "NaN" and "inf" parse).
fn beta(value: &str) -> Result<f32, String> {
    match value.parse::<f32>() {
        Ok(beta) if beta.is_finite() && beta > 0.0 => Ok(beta),
        _ => Err(format!(
            "--beta must be a finite number above 0, not {value:?}"
        )),
    }
}

/// The folds named in `--folds`: a misspelt one trained nothing and exited 0.
fn folds(value: &str) -> Result<Vec<String>, String> {
    value
        .split(',')
        .map(|name| {
            if FOLDS.contains(&name) {
                Ok(name.to_owned())
            } else {
                Err(format!(
                    "unknown fold {name:?} in --folds (the folds: {})",
                    FOLDS.join(", ")
                ))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(line: &str) -> Result<Args, String> {
        parse(line.split_whitespace().map(String::from))
    }

    #[test]
    fn bad_arguments_are_refused_with_the_reason() {
        let cases = [
            ("--beta NaN", "--beta must be a finite number above 0"),
            ("--beta inf", "--beta must be"),
            ("--beta -inf", "--beta must be"),
            ("--beta 0", "--beta must be"),
            ("--beta -1", "--beta must be"),
            ("--beta two", "--beta must be"),
            (
                "--rounds 0",
                "--rounds must be a whole number of at least 1",
            ),
            ("--corpus-step 0", "--corpus-step must be"),
            ("--threads -1", "--threads must be"),
            ("--loso m --folds readabilty", "unknown fold \"readabilty\""),
            ("--loso m --folds readability,", "unknown fold \"\""),
            ("--folds readability", "there is no --loso"),
            ("--beta", "--beta needs a value"),
            ("--betta 2", "unknown argument --betta"),
        ];
        for (line, reason) in cases {
            match parsed(line) {
                Err(e) => assert!(e.contains(reason), "{line}: {e}"),
                Ok(_) => panic!("{line}: accepted"),
            }
        }
        // An unknown fold's error lists the folds there are.
        let error = parsed("--loso m --folds readabilty")
            .err()
            .unwrap_or_default();
        assert!(FOLDS.iter().all(|f| error.contains(f)), "{error}");
    }

    #[test]
    fn good_arguments_are_read() {
        let args = parsed(
            "--eval e --corpus c.gz --corpus-step 5 --write w.rs --loso m \
             --folds readability,arabic-dev --beta 1.5 --rounds 2 --threads 1",
        );
        let Ok(args) = args else {
            panic!("refused: {:?}", args.err());
        };
        assert_eq!(args.eval, PathBuf::from("e"));
        assert_eq!(args.corpus, Some(PathBuf::from("c.gz")));
        assert_eq!(args.corpus_step, 5);
        assert_eq!(args.write, Some(PathBuf::from("w.rs")));
        assert_eq!(args.loso, Some(PathBuf::from("m")));
        assert_eq!(
            args.folds,
            Some(vec!["readability".to_owned(), "arabic-dev".to_owned()])
        );
        assert!((args.beta - 1.5).abs() < f32::EPSILON);
        assert_eq!((args.rounds, args.threads), (2, 1));
        let defaults = parsed("").map(|a| (a.beta, a.rounds, a.corpus_step, a.threads));
        assert_eq!(defaults, Ok((2.0, 1, 10, 2)));
    }

    /// The command in a written model's header is the one that ran, with every argument
    /// that shapes the model: it was a fixed text naming ../shared/eval and the corpus
    /// whatever the run read, and left out --beta and --rounds.
    #[test]
    fn the_command_is_the_one_that_ran() {
        let command = |line: &str| parsed(line).map(|a| a.command()).unwrap_or_default();
        assert_eq!(
            command(
                "--eval /data/eval --corpus /data/c.gz --corpus-step 5 --beta 1.5 --rounds 2 \
                 --write w.rs --loso m --folds sample --threads 1"
            ),
            "cargo run --release --features train --example train_model -- \\\n    \
             --eval /data/eval --corpus /data/c.gz --corpus-step 5 \\\n    \
             --beta 1.5 --rounds 2 --write w.rs"
        );
        assert_eq!(
            command(""),
            "cargo run --release --features train --example train_model -- \\\n    \
             --eval ../shared/eval \\\n    --beta 2 --rounds 1"
        );
        let odd = ["--eval", "my eval", "--write", "it's.rs"].map(String::from);
        let command = parse(odd).map(|a| a.command()).unwrap_or_default();
        assert!(command.contains("--eval 'my eval'"), "{command}");
        assert!(command.contains("--write 'it'\\''s.rs'"), "{command}");
    }
}
