//! [`ProfiledCleaner`]: a cleaner that adds each document's site profile.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use crate::cleaner::Cleaner;
use crate::profile::Profiles;
use crate::report::Report;

/// A [`Cleaner`] with site profiles: each document is cleaned by the cleaner's rules plus
/// the profile of its site, which runs last, under the id `site-profile`.
///
/// A document of a site without a profile is cleaned by the cleaner alone, so its output is
/// exactly [`Cleaner::clean`]'s. Like a `Cleaner`, it is `Clone + Send + Sync`, and its
/// methods take `&self`: build it once and share it.
///
/// ```
/// use textsieve::{Cleaner, ProfileCounts, ProfiledCleaner};
///
/// // Learn from a site's pages (here generated: a link glued after the last sentence).
/// let topics = ["Politics", "Sport", "Weather", "Business", "Culture"];
/// let page = |i: usize| format!(
///     "Headline {i}\nThe council met on day {i} and approved the plan.\nThe mayor said work starts soon. More from Example News: {}\n",
///     topics[i % 5]
/// );
/// let mut counts = ProfileCounts::new();
/// for i in 0..50 {
///     counts.add("example.com", &page(i));
/// }
/// let cleaner = ProfiledCleaner::new(Cleaner::new(), counts.build());
///
/// let new_page = "Storm closes port\nThe storm closed the port for two days.\nOfficials said it opens on Friday. More from Example News: Weather\n";
/// assert_eq!(
///     cleaner.clean("www.example.com", new_page),
///     "Storm closes port\nThe storm closed the port for two days.\nOfficials said it opens on Friday.\n"
/// );
/// // Another site's page comes out as without profiles.
/// assert_eq!(cleaner.clean("other.org", new_page), Cleaner::new().clean(new_page));
/// // The report names the template.
/// let report = cleaner.explain("example.com", new_page);
/// assert_eq!(report.removals[0].rule, "site-profile");
/// assert_eq!(report.removals[0].reason.to_string(), "site template (tail) \"more from example news :\"");
/// ```
#[derive(Debug, Clone)]
pub struct ProfiledCleaner {
    cleaner: Cleaner,
    profiles: Arc<Profiles>,
}

impl ProfiledCleaner {
    /// Cleans with `cleaner`'s rules, plus the profile of each document's site from
    /// `profiles`.
    pub fn new(cleaner: Cleaner, profiles: Profiles) -> ProfiledCleaner {
        ProfiledCleaner {
            cleaner,
            profiles: Arc::new(profiles),
        }
    }

    /// Cleans `text`, a document of `site` (a host name; see [`Profiles::get`]).
    ///
    /// Never panics; the crate's guarantees hold as for [`Cleaner::clean`].
    pub fn clean(&self, site: &str, text: &str) -> String {
        self.cleaner_for(site).clean(text)
    }

    /// The byte ranges of `text` that [`clean`](Self::clean) removes, as
    /// [`Cleaner::removed_ranges`] gives them.
    pub fn removed_ranges(&self, site: &str, text: &str) -> Vec<Range<usize>> {
        self.cleaner_for(site).removed_ranges(text)
    }

    /// Like [`clean`](Self::clean), and also reports every removed span and why.
    pub fn explain(&self, site: &str, text: &str) -> Report {
        self.cleaner_for(site).explain(text)
    }

    /// The profiles.
    pub fn profiles(&self) -> &Profiles {
        &self.profiles
    }

    /// The cleaner without profiles.
    pub fn cleaner(&self) -> &Cleaner {
        &self.cleaner
    }

    /// The cleaner for a document of `site`: the plain one, or one that shares its rules and
    /// adds the site's profile (two small allocations; no rule is rebuilt).
    fn cleaner_for(&self, site: &str) -> Cow<'_, Cleaner> {
        match self.profiles.get(site) {
            Some(profile) if !profile.templates().is_empty() => {
                Cow::Owned(self.cleaner.with_rule(Arc::new(profile.clone())))
            }
            _ => Cow::Borrowed(&self.cleaner),
        }
    }
}
