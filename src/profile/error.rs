//! [`ProfileError`]: why a profiles, counts or deny-list file could not be read.

use std::error::Error;
use std::fmt;

/// What was wrong with a file of profiles, partial counts or denied templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProfileErrorKind {
    /// Not a textsieve profiles or counts file at all.
    Foreign,
    /// A counts file where profiles were expected, or profiles where counts were.
    WrongKind,
    /// Written in a version of the format this build does not read.
    Version,
    /// Written by a build that folds text differently (another
    /// [`FOLD_VERSION`](crate::FOLD_VERSION), or the same one with a different fold): its
    /// templates would not match.
    Fold,
    /// Cut short: the end line is missing.
    Truncated,
    /// Damaged: a line that does not parse, or contents that do not match the checksum.
    Corrupt,
    /// A deny-list line that does not parse.
    DenyList,
}

/// Why a profiles, counts or deny-list file could not be read. Reading never panics and
/// never returns a partial or wrong result: any damage is one of these.
///
/// ```
/// use textsieve::{ProfileErrorKind, Profiles};
/// let err = Profiles::from_bytes(b"{\"not\": \"profiles\"}").unwrap_err();
/// assert_eq!(err.kind(), ProfileErrorKind::Foreign);
/// assert_eq!(err.to_string(), "not a textsieve profiles file");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    kind: ProfileErrorKind,
    line: Option<usize>,
    detail: String,
}

impl ProfileError {
    pub(crate) fn new(
        kind: ProfileErrorKind,
        line: Option<usize>,
        detail: impl Into<String>,
    ) -> ProfileError {
        ProfileError {
            kind,
            line,
            detail: detail.into(),
        }
    }

    /// What was wrong.
    pub fn kind(&self) -> ProfileErrorKind {
        self.kind
    }

    /// The line (from 1) where it was found, when one line is to blame.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        f.write_str(&self.detail)
    }
}

impl Error for ProfileError {}
