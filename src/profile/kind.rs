//! [`TemplateKind`]: where a site template goes in a page. A module of its own, with no
//! imports from the rest of the crate, so that [`Reason`](crate::Reason) can name it.

use std::fmt;
use std::str::FromStr;

/// What kind of place a [`Template`](crate::Template) holds in a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TemplateKind {
    /// From this opening to the end of the document.
    Tail,
    /// A whole short segment at the start of the first lines after the title.
    HeadLine,
    /// A short head segment that opens like this.
    HeadStart,
    /// A short head segment that ends like this.
    HeadEnd,
    /// A short head segment with this between separators inside (`- سبق -` of
    /// `NAME - سبق - CITY:`, whatever the name and the city).
    HeadMid,
    /// A last line that is an e-mail address or a handle.
    Contact,
}

impl TemplateKind {
    /// All kinds, in order.
    pub(crate) const ALL: [TemplateKind; 6] = [
        TemplateKind::Tail,
        TemplateKind::HeadLine,
        TemplateKind::HeadStart,
        TemplateKind::HeadEnd,
        TemplateKind::HeadMid,
        TemplateKind::Contact,
    ];

    /// The kind's name in files and reports: `tail`, `head-line`, `head-start`, `head-end`,
    /// `head-mid`, `contact`.
    ///
    /// ```
    /// use textsieve::TemplateKind;
    /// assert_eq!(TemplateKind::HeadEnd.as_str(), "head-end");
    /// assert_eq!("head-end".parse::<TemplateKind>(), Ok(TemplateKind::HeadEnd));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateKind::Tail => "tail",
            TemplateKind::HeadLine => "head-line",
            TemplateKind::HeadStart => "head-start",
            TemplateKind::HeadEnd => "head-end",
            TemplateKind::HeadMid => "head-mid",
            TemplateKind::Contact => "contact",
        }
    }
}

impl fmt::Display for TemplateKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for TemplateKind {
    type Err = ();

    fn from_str(s: &str) -> Result<TemplateKind, ()> {
        TemplateKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(())
    }
}
