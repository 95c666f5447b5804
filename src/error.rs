//! The error of building a [`Cleaner`](crate::Cleaner).

use std::borrow::Cow;
use std::error::Error;
use std::fmt;

/// Why a [`Cleaner`](crate::Cleaner) could not be built.
///
/// Only user-supplied configuration can cause it: a pattern that does not compile, an empty
/// phrase, options that contradict each other, or phrases for a rule that is not built in or
/// takes none. The message names the rule.
///
/// ```
/// use textsieve::{AdMarker, Cleaner};
/// let err = Cleaner::builder().rule(AdMarker::default().pattern("(unclosed")).build().unwrap_err();
/// assert_eq!(err.rule(), "ad-marker");
/// assert!(err.to_string().starts_with("rule 'ad-marker': invalid pattern"));
/// ```
#[derive(Debug, Clone)]
pub struct BuildError {
    rule: Cow<'static, str>,
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
    /// Phrases for an id that names no built-in rule, or for a built-in rule that takes
    /// none; with the rules that take phrases.
    Phrases {
        known: bool,
        takers: Vec<&'static str>,
    },
}

impl BuildError {
    pub(crate) fn pattern(rule: &'static str, pattern: &str, source: regex::Error) -> BuildError {
        BuildError {
            rule: Cow::Borrowed(rule),
            kind: ErrorKind::Pattern {
                pattern: pattern.to_owned(),
                source,
            },
        }
    }

    pub(crate) fn empty_phrase(rule: &'static str) -> BuildError {
        BuildError {
            rule: Cow::Borrowed(rule),
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
            rule: Cow::Borrowed(rule),
            kind: ErrorKind::Option(what.into()),
        }
    }

    /// Phrases given for `id`, which names no built-in rule (`known` false) or one that takes
    /// none; `takers` are the rules that take phrases.
    pub(crate) fn phrases(id: &str, known: bool, takers: Vec<&'static str>) -> BuildError {
        BuildError {
            rule: Cow::Owned(id.to_owned()),
            kind: ErrorKind::Phrases { known, takers },
        }
    }

    /// The id of the rule whose configuration was rejected.
    pub fn rule(&self) -> &str {
        &self.rule
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
            ErrorKind::Phrases { known, takers } => {
                let what = if *known {
                    "takes no phrases"
                } else {
                    "is no built-in rule"
                };
                write!(
                    f,
                    "rule '{}' {what}; these take phrases: {}",
                    self.rule,
                    takers.join(", ")
                )
            }
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
