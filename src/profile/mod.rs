//! Site profiles: each site's own template text, learned from the corpus, and removed.
//!
//! A single page cannot tell a site's template from its article when the template is glued
//! into the text: a permalink after the last sentence, an "other articles by this writer"
//! list, a slider's buttons before the byline, a contact-the-writer line. Across thousands of
//! pages of one site the template shows itself: it recurs, in the same place. A profile is
//! what recurs, found by counting:
//!
//! * **tail** templates: the end of a document from a fixed opening on (`رابط الخبر بصحيفة
//!   الوئام: …`, `مقالات أخرى للكاتب…`, `للتواصل مع الكاتب ارسل رسالة SMS …`), seen among the
//!   last 60 words of at least 90% of the documents whose segments open with it;
//! * **head** templates: a short first segment of the two lines after the title (a byline,
//!   a slider line), matched whole (`head-line`), by its opening (`head-start`), by its
//!   ending (`head-end`: `– عين اليوم`, `- سبق - الرياض :`, whatever the writer's name) or by
//!   what it holds between separators (`head-mid`: `- سبق -`);
//! * **contact** lines: an e-mail address or handle on the last line.
//!
//! A cut starts only where a new piece of text starts (a line, a sentence, a glue point where
//! a scraper joined two texts), never takes the first line, and never takes more than half of
//! a document. Matching works on folded keys (see [`fold`](crate::fold)), so spelling
//! variants match, and numbers match any number.
//!
//! # Learning
//!
//! [`ProfileCounts`] counts documents per site (`add`), merges counts of other shards
//! (`merge`) and builds [`Profiles`] (`build`). Counting is exact, so learning is
//! deterministic and the order of documents and merges does not matter. Counts and profiles
//! are stored as versioned text files ([`ProfileCounts::write_to`], [`Profiles::write_to`]);
//! reading a damaged, truncated or foreign file, or one written with another folding, is a
//! [`ProfileError`], never a wrong profile.
//!
//! # Applying
//!
//! A [`SiteProfile`] is a [`Rule`](crate::Rule) with id `site-profile`: add it to a
//! [`CleanerBuilder`](crate::CleanerBuilder) to clean one site's pages. For a corpus of many
//! sites, [`ProfiledCleaner`] picks each document's profile by its site; a site without a
//! profile is cleaned exactly as without profiles.
//!
//! # Review
//!
//! [`SiteProfile::templates`] lists what was learned, with the documents that showed it. A
//! template that is really article phrasing goes on a [`DenyList`], applied when building
//! ([`ProfileCounts::build_with`]) or afterwards ([`Profiles::deny`]).

mod apply;
mod cleaner;
mod deny;
mod error;
mod format;
pub(crate) mod kind;
mod learn;
mod select;
mod shape;
mod site;
mod tokens;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

pub use cleaner::ProfiledCleaner;
pub use deny::DenyList;
pub use error::{ProfileError, ProfileErrorKind};
pub use kind::TemplateKind;
pub use learn::ProfileCounts;
pub use site::site_of;

/// The rule id of site profiles in reports and in
/// [`CleanerBuilder::without`](crate::CleanerBuilder::without).
pub const SITE_PROFILE: &str = "site-profile";

/// The key a site is stored under: ASCII lower case, without a trailing dot or a leading
/// `www.`, white space runs made one space and control characters dropped (a site is a
/// host name, but a caller may pass any field value; files store it on one line).
pub(crate) fn site_key(site: &str) -> String {
    let s: String = site
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let mut s = s.trim_end_matches('.').to_ascii_lowercase();
    // Every leading `www.`, so that a key is its own key.
    while let Some(rest) = s.strip_prefix("www.").filter(|r| !r.is_empty()) {
        s = rest.to_owned();
    }
    s
}

/// One learned template: where it goes, its text, and how many documents showed it.
///
/// The text is the folded form that matching uses: tokens separated by single spaces,
/// letters folded (`الوئام` → `الويام`), every number written `#`.
///
/// ```
/// use textsieve::{Template, TemplateKind};
/// let t = Template::new(TemplateKind::Tail, "رابط الخبر بصحيفة الوئام:", 729, 729);
/// assert_eq!(t.text(), "رابط الخبر بصحيفة الويام :");
/// assert_eq!((t.kind(), t.docs(), t.seen()), (TemplateKind::Tail, 729, 729));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    kind: TemplateKind,
    text: Arc<str>,
    docs: u64,
    seen: u64,
}

impl Template {
    /// A template of `kind` with `text` (folded and tokenized here), seen in its place in
    /// `docs` documents, and anywhere (opening or ending a segment) in `seen`.
    pub fn new(kind: TemplateKind, text: &str, docs: u64, seen: u64) -> Template {
        Template {
            kind,
            text: tokens::canonical(text).into(),
            docs,
            seen: seen.max(docs),
        }
    }

    /// Where the template goes.
    pub fn kind(&self) -> TemplateKind {
        self.kind
    }

    /// The folded tokens, separated by single spaces (empty for [`TemplateKind::Contact`]).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Documents in which the template was found in its place.
    pub fn docs(&self) -> u64 {
        self.docs
    }

    /// Documents in which its text opened a segment anywhere (for head endings: ended one;
    /// for head middles: stood anywhere).
    pub fn seen(&self) -> u64 {
        self.seen
    }

    pub(crate) fn shared_text(&self) -> Arc<str> {
        Arc::clone(&self.text)
    }
}

/// The templates learned for one site; a [`Rule`](crate::Rule) (id `site-profile`) that
/// removes them from that site's pages.
///
/// Cheap to clone: clones share the templates.
///
/// ```
/// use textsieve::{Cleaner, SiteProfile, Template, TemplateKind};
///
/// let profile = SiteProfile::new(
///     "example.com",
///     500,
///     vec![Template::new(TemplateKind::Tail, "Link to this story:", 480, 480)],
/// );
/// let cleaner = Cleaner::builder().rule(profile).build()?;
/// let page = "Council approves the plan\nThe council met on Monday and approved the plan, the mayor said. Link to this story: example.com/1";
/// assert_eq!(
///     cleaner.clean(page),
///     "Council approves the plan\nThe council met on Monday and approved the plan, the mayor said."
/// );
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Clone)]
pub struct SiteProfile {
    inner: Arc<apply::Matcher>,
}

impl fmt::Debug for SiteProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SiteProfile")
            .field("site", &self.site())
            .field("documents", &self.documents())
            .field("templates", &self.templates().len())
            .finish()
    }
}

impl PartialEq for SiteProfile {
    fn eq(&self, other: &SiteProfile) -> bool {
        self.site() == other.site()
            && self.documents() == other.documents()
            && self.templates() == other.templates()
    }
}

impl Eq for SiteProfile {}

impl SiteProfile {
    /// A profile of `site` (normalised like [`Profiles::get`]) learned from `documents`
    /// documents.
    pub fn new(site: &str, documents: u64, templates: Vec<Template>) -> SiteProfile {
        SiteProfile {
            inner: Arc::new(apply::Matcher::new(site_key(site), documents, templates)),
        }
    }

    /// The site, as stored: lower case, without `www.`.
    pub fn site(&self) -> &str {
        &self.inner.site
    }

    /// Distinct documents the profile was learned from.
    pub fn documents(&self) -> u64 {
        self.inner.docs
    }

    /// What was learned, by kind, the most frequent first.
    pub fn templates(&self) -> &[Template] {
        &self.inner.templates
    }
}

/// Site profiles keyed by site: what [`ProfileCounts::build`] learns, and what
/// [`ProfiledCleaner`] applies.
///
/// ```
/// use textsieve::{Profiles, SiteProfile, Template, TemplateKind};
/// let mut profiles = Profiles::new();
/// profiles.insert(SiteProfile::new("www.Example.com", 10, Vec::new()));
/// assert!(profiles.get("example.com").is_some());
/// assert!(profiles.get("EXAMPLE.COM.").is_some());
/// assert!(profiles.get("other.org").is_none());
/// assert_eq!(profiles.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profiles {
    sites: BTreeMap<String, SiteProfile>,
}

impl Profiles {
    /// No profiles.
    pub fn new() -> Profiles {
        Profiles::default()
    }

    /// The profile of `site`, a host name: case, a trailing dot and a leading `www.` do not
    /// matter.
    pub fn get(&self, site: &str) -> Option<&SiteProfile> {
        self.sites.get(site_key(site).as_str())
    }

    /// Adds a profile, replacing the site's previous one.
    pub fn insert(&mut self, profile: SiteProfile) {
        self.sites.insert(profile.site().to_owned(), profile);
    }

    /// The profiles, in order of site.
    pub fn iter(&self) -> impl Iterator<Item = &SiteProfile> + '_ {
        self.sites.values()
    }

    /// Number of sites.
    pub fn len(&self) -> usize {
        self.sites.len()
    }

    /// Whether there are no profiles.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }

    /// Removes the templates `deny` names; returns how many went.
    ///
    /// ```
    /// use textsieve::{DenyList, Profiles, SiteProfile, Template, TemplateKind};
    /// let mut profiles = Profiles::new();
    /// profiles.insert(SiteProfile::new("example.com", 100, vec![
    ///     Template::new(TemplateKind::Tail, "Link to this story:", 90, 90),
    ///     Template::new(TemplateKind::Tail, "God bless", 10, 10),
    /// ]));
    /// let deny = DenyList::parse("# article phrasing\nexample.com tail god bless\n")?;
    /// assert_eq!(profiles.deny(&deny), 1);
    /// assert_eq!(profiles.get("example.com").unwrap().templates().len(), 1);
    /// # Ok::<(), textsieve::ProfileError>(())
    /// ```
    pub fn deny(&mut self, deny: &DenyList) -> usize {
        let mut removed = 0;
        for profile in self.sites.values_mut() {
            let site = profile.site().to_owned();
            let before = profile.templates().len();
            let kept: Vec<Template> = profile
                .templates()
                .iter()
                .filter(|t| !deny.denies(&site, t.kind(), t.text()))
                .cloned()
                .collect();
            if kept.len() < before {
                removed += before - kept.len();
                *profile = SiteProfile::new(&site, profile.documents(), kept);
            }
        }
        removed
    }
}

impl<'a> IntoIterator for &'a Profiles {
    type Item = &'a SiteProfile;
    type IntoIter = std::collections::btree_map::Values<'a, String, SiteProfile>;

    fn into_iter(self) -> Self::IntoIter {
        self.sites.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_keys() {
        const CASES: &[(&str, &str)] = &[
            ("www.Example.COM.", "example.com"),
            ("  sabq.org\n", "sabq.org"),
            ("www.", "www"),
            ("Al  Riyadh\nNews\u{7}", "al riyadh news"),
            ("", ""),
            ("www.www.x.org", "x.org"),
        ];
        for &(site, key) in CASES {
            assert_eq!(site_key(site), key, "{site:?}");
            assert_eq!(site_key(key), key, "{key:?} is its own key");
        }
    }

    #[test]
    fn odd_site_names_round_trip() {
        let mut counts = ProfileCounts::new();
        for site in ["", "Al Riyadh\nNews", "عكاظ"] {
            counts.add(site, "Title\nText.");
        }
        let mut file = Vec::new();
        counts.write_to(&mut file).unwrap();
        assert_eq!(ProfileCounts::from_bytes(&file).unwrap(), counts);
        let profiles = counts.build();
        let mut file = Vec::new();
        profiles.write_to(&mut file).unwrap();
        assert_eq!(Profiles::from_bytes(&file).unwrap(), profiles);
        assert!(profiles.get("al riyadh news").is_some());
    }
}
