//! Building: which counted candidates are a site's templates.
//!
//! A candidate is a template when it is frequent on the site, holds its place (the end, the
//! first lines) wherever it occurs, and, for the end, does not open a closing sentence of the
//! writer's. Of related candidates, the most general one is kept.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::profile::deny::DenyList;
use crate::profile::learn::{ProfileCounts, SiteCounts};
use crate::profile::tokens::{SeqHash, MAX_TOKENS};
use crate::profile::{Profiles, SiteProfile, Template, TemplateKind};

/// A template must be seen in at least this many documents of its site, and in at least
/// [`MIN_SHARE_PERCENT`] of them. Formulaic closings (`والله ولي التوفيق`, wedding notices)
/// recur in 7–40 documents of a large site: a threshold of 1% (and at least 5) keeps them
/// out; 0.3% lets them in.
const MIN_DOCS: u64 = 5;
/// See [`MIN_DOCS`].
const MIN_SHARE_PERCENT: u64 = 1;
/// A template holds its place (the end, the first lines) in at least 90% of the documents
/// where it starts or ends a segment at all: plain phrasing recurs elsewhere too.
const MIN_PLACE_PERCENT: u64 = 90;
/// A tail opening whose sentence ends with a full stop in half the documents or more opens
/// the writer's closing sentence (`يشار إلى أن …`, `والله من وراء القصد.`), not a template:
/// links, lists, contact lines and agency credits end without one.
const MAX_CLOSED_PERCENT: u64 = 50;
/// A one-word tail opening (a label such as `سمات`, before a tag list) is a template only
/// when it is on at least 5% of the site's pages and at the end on 95% of those where it
/// opens a segment: a single word is more often plain phrasing.
const ONE_WORD_SHARE_PERCENT: u64 = 5;
/// See [`ONE_WORD_SHARE_PERCENT`].
const ONE_WORD_PLACE_PERCENT: u64 = 95;

impl ProfileCounts {
    /// The profiles these counts show: for every site, the templates seen in at least 1% of
    /// its documents (and at least 5), in their place in at least 90% of the documents that
    /// hold them. Sites where nothing qualifies get an empty profile, which changes nothing.
    pub fn build(&self) -> Profiles {
        self.build_with(&DenyList::new())
    }

    /// Like [`build`](Self::build), leaving out the templates that `deny` names and those
    /// that would cut where they do (see [`DenyList`]).
    ///
    /// ```
    /// use textsieve::{DenyList, ProfileCounts};
    /// let mut counts = ProfileCounts::new();
    /// let networks = ["X", "Facebook", "WhatsApp"];
    /// for i in 0..20 {
    ///     counts.add("example.com", &format!(
    ///         "Title {i}\nStory {i} went on for a while today, they said.\nIt ended late. Share this story on {}",
    ///         networks[i % 3]
    ///     ));
    /// }
    /// assert_eq!(counts.build().get("example.com").unwrap().templates().len(), 1);
    /// let deny = DenyList::parse("example.com tail share this story")?;
    /// assert!(counts.build_with(&deny).get("example.com").unwrap().templates().is_empty());
    /// # Ok::<(), textsieve::ProfileError>(())
    /// ```
    pub fn build_with(&self, deny: &DenyList) -> Profiles {
        let mut profiles = Profiles::new();
        for (site, counts) in &self.sites {
            let templates = counts.templates(site, deny);
            profiles.insert(SiteProfile::new(site, counts.docs, templates));
        }
        profiles
    }
}

/// Whether `docs` is at least `percent` of `seen` (counts read from a file may be huge: the
/// products saturate).
fn at_least_percent(docs: u64, seen: u64, percent: u64) -> bool {
    docs.saturating_mul(100) >= seen.saturating_mul(percent)
}

impl SiteCounts {
    /// The templates of this site, strongest first within each kind.
    pub(crate) fn templates(&self, site: &str, deny: &DenyList) -> Vec<Template> {
        let min_docs = MIN_DOCS.max(self.docs.saturating_mul(MIN_SHARE_PERCENT).div_ceil(100));
        let min_docs_one_word = min_docs.max(
            self.docs
                .saturating_mul(ONE_WORD_SHARE_PERCENT)
                .div_ceil(100),
        );
        let denied = |kind, text: &str| deny.denies(site, kind, text);
        let mut out = Vec::new();

        let tails: BTreeMap<&str, (u64, u64)> = self
            .tails
            .iter()
            .filter(|(text, &(docs, closed))| {
                let one_word = !text.contains(' ');
                docs >= if one_word {
                    min_docs_one_word
                } else {
                    min_docs
                } && closed.saturating_mul(100) < docs.saturating_mul(MAX_CLOSED_PERCENT)
                    && !denied(TemplateKind::Tail, text)
            })
            .map(|(text, &(docs, _))| (text.as_str(), (docs, self.seen_start(text))))
            .filter(|(text, (docs, seen))| {
                let percent = if text.contains(' ') {
                    MIN_PLACE_PERCENT
                } else {
                    ONE_WORD_PLACE_PERCENT
                };
                at_least_percent(*docs, *seen, percent)
            })
            .collect();
        push_specific(&mut out, TemplateKind::Tail, &tails, Side::Start);

        let lines = self.qualifying(&self.head_lines, min_docs, TemplateKind::HeadLine, &denied);
        for (text, (docs, seen)) in &lines {
            out.push(Template::new(TemplateKind::HeadLine, text, *docs, *seen));
        }
        let starts = self.qualifying(
            &self.head_starts,
            min_docs,
            TemplateKind::HeadStart,
            &denied,
        );
        push_specific(&mut out, TemplateKind::HeadStart, &starts, Side::Start);
        let ends = self.qualifying(&self.head_ends, min_docs, TemplateKind::HeadEnd, &denied);
        push_specific(&mut out, TemplateKind::HeadEnd, &ends, Side::End);
        let mids = self.qualifying(&self.head_mids, min_docs, TemplateKind::HeadMid, &denied);
        for (text, (docs, seen)) in &mids {
            out.push(Template::new(TemplateKind::HeadMid, text, *docs, *seen));
        }

        if self.contact >= min_docs && !denied(TemplateKind::Contact, "") {
            out.push(Template::new(
                TemplateKind::Contact,
                "",
                self.contact,
                self.docs,
            ));
        }
        out.sort_by(|a, b| (a.kind(), b.docs(), a.text()).cmp(&(b.kind(), a.docs(), b.text())));
        out
    }

    /// Head candidates seen often enough and in place, with their documents and the
    /// documents where they start (or end) a segment anywhere.
    fn qualifying<'s>(
        &'s self,
        counts: &'s HashMap<String, u64>,
        min_docs: u64,
        kind: TemplateKind,
        denied: &impl Fn(TemplateKind, &str) -> bool,
    ) -> BTreeMap<&'s str, (u64, u64)> {
        counts
            .iter()
            .filter(|(text, &docs)| docs >= min_docs && !denied(kind, text))
            .map(|(text, &docs)| {
                let seen = match kind {
                    TemplateKind::HeadEnd => self.seen_end(text),
                    TemplateKind::HeadMid => self.mids.get(text.as_str()).copied().unwrap_or(0),
                    _ => self.seen_start(text),
                };
                (text.as_str(), (docs, seen))
            })
            .filter(|(_, (docs, seen))| at_least_percent(*docs, *seen, MIN_PLACE_PERCENT))
            .collect()
    }

    /// Documents in which a segment starts with `text` (its first [`MAX_TOKENS`] tokens: at
    /// least as many as with the whole of it).
    fn seen_start(&self, text: &str) -> u64 {
        let mut h = SeqHash::EMPTY;
        for t in text.split(' ').take(MAX_TOKENS) {
            h = h.push(t);
        }
        self.starts.get(&h.value()).copied().unwrap_or(0)
    }

    /// Documents in which a segment ends with `text` (its last [`MAX_TOKENS`] tokens).
    fn seen_end(&self, text: &str) -> u64 {
        let mut h = SeqHash::EMPTY;
        for t in text.rsplit(' ').take(MAX_TOKENS) {
            h = h.push(t);
        }
        self.ends.get(&h.value()).copied().unwrap_or(0)
    }
}

/// Which end of a sequence a template is anchored at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Start,
    End,
}

/// Pushes the most general of related candidates: a candidate that holds a kept shorter one
/// is left out, since the shorter one already matches where it does; a candidate gives way
/// only to a longer one (one more token at its free end) seen in as many documents, which
/// says the same more fully. So `رابط الخبر بصحيفة الويام :` is kept rather than
/// `رابط الخبر` when every page that has the one has the other, and `* خدمة «` rather than
/// `* خدمة « نيويورك تايمز »`, which misses the pages of other agencies.
fn push_specific(
    out: &mut Vec<Template>,
    kind: TemplateKind,
    candidates: &BTreeMap<&str, (u64, u64)>,
    side: Side,
) {
    let shorter = |text: &str| -> Option<usize> {
        match side {
            Side::Start => text.rfind(' '),
            Side::End => text.find(' ').map(|i| i + 1),
        }
    };
    let parent = |text: &'_ str| -> Option<String> {
        shorter(text).map(|i| match side {
            Side::Start => text[..i].to_owned(),
            Side::End => text[i..].to_owned(),
        })
    };
    let mut best_longer: HashMap<String, u64> = HashMap::new();
    for (text, (docs, _)) in candidates {
        if let Some(p) = parent(text) {
            let e = best_longer.entry(p).or_default();
            *e = (*e).max(*docs);
        }
    }
    let kept: Vec<(&str, (u64, u64))> = candidates
        .iter()
        .filter(|(text, (docs, _))| best_longer.get(**text).is_none_or(|&longer| longer < *docs))
        .map(|(t, c)| (*t, *c))
        .collect();
    let kept_texts: HashSet<&str> = kept.iter().map(|(t, _)| *t).collect();
    for (text, (docs, seen)) in &kept {
        let mut rest = *text;
        let mut redundant = false;
        while let Some(i) = shorter(rest) {
            rest = match side {
                Side::Start => &rest[..i],
                Side::End => &rest[i..],
            };
            if kept_texts.contains(rest) {
                redundant = true;
                break;
            }
        }
        if !redundant {
            out.push(Template::new(kind, text, *docs, *seen));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_templates_win() {
        let c = |pairs: &[(&'static str, u64)]| -> BTreeMap<&'static str, (u64, u64)> {
            pairs.iter().map(|&(t, d)| (t, (d, d))).collect()
        };
        let texts = |side, cands: &BTreeMap<&str, (u64, u64)>| {
            let mut out = Vec::new();
            push_specific(&mut out, TemplateKind::Tail, cands, side);
            out.iter().map(|t| t.text().to_owned()).collect::<Vec<_>>()
        };
        let chain = c(&[
            ("a b", 100),
            ("a b c", 100),
            ("a b c d", 20),
            ("x y", 50),
            ("x y z", 49),
        ]);
        assert_eq!(texts(Side::Start, &chain), ["a b c", "x y"]);
        let ends = c(&[("b c", 100), ("a b c", 100), ("z a b c", 10)]);
        assert_eq!(texts(Side::End, &ends), ["a b c"]);
    }
}
