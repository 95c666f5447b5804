//! The error of building a [`Cleaner`](crate::Cleaner).

use std::error::Error;
use std::fmt;

/// Why a [`Cleaner`](crate::Cleaner) could not be built.
///
/// Only user-supplied configuration can cause it: a pattern that does not compile, an empty
/// phrase, or options that contradict each other. The message names the rule.
///
/// ```
/// use textsieve::{AdMarker, Cleaner};
/// let err = Cleaner::builder().rule(AdMarker::default().pattern("(unclosed")).build().unwrap_err();
/// assert_eq!(err.rule(), "ad-marker");
/// assert!(err.to_string().starts_with("rule 'ad-marker': invalid pattern"));
/// ```
#[derive(Debug, Clone)]
pub struct BuildError {
    rule: &'static str,
    kind: ErrorKind,
}

#[derive(Debug, Clone)]
enum ErrorKind {
    Pattern {
        pattern: String,
        source: regex::Error,
    },
    EmptyPhrase,
    Option(String),
}

impl BuildError {
    pub(crate) fn pattern(rule: &'static str, pattern: &str, source: regex::Error) -> BuildError {
        BuildError {
            rule,
            kind: ErrorKind::Pattern {
                pattern: pattern.to_owned(),
                source,
            },
        }
    }

    pub(crate) fn empty_phrase(rule: &'static str) -> BuildError {
        BuildError {
            rule,
            kind: ErrorKind::EmptyPhrase,
        }
    }

    /// A contradictory or out-of-range option, described by `what`.
    ///
    /// ```
    /// let err = textsieve::BuildError::option("my-rule", "min_items must be at least 1");
    /// assert_eq!(err.to_string(), "rule 'my-rule': min_items must be at least 1");
    /// ```
    pub fn option(rule: &'static str, what: impl Into<String>) -> BuildError {
        BuildError {
            rule,
            kind: ErrorKind::Option(what.into()),
        }
    }

    /// The id of the rule whose configuration was rejected.
    pub fn rule(&self) -> &'static str {
        self.rule
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Pattern { pattern, .. } => {
                write!(f, "rule '{}': invalid pattern {pattern:?}", self.rule)
            }
            ErrorKind::EmptyPhrase => {
                write!(
                    f,
                    "rule '{}': a phrase folds to nothing (empty or only marks and spaces)",
                    self.rule
                )
            }
            ErrorKind::Option(what) => write!(f, "rule '{}': {what}", self.rule),
        }
    }
}

impl Error for BuildError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match &self.kind {
            ErrorKind::Pattern { source, .. } => Some(source),
            _ => None,
        }
    }
}
