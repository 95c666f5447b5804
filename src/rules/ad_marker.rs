//! `ad-marker`: advertisement labels left where an ad slot was.

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::AD_LABELS;
use crate::phrases::{Lexicon, PhraseSet, UserPatterns};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::{is_join, starts_glued_arabic_word};

const ID: &str = "ad-marker";

/// Removes advertisement labels (`اعلان`, `إعلان`, `Advertisement`, `Sponsored`, `Anzeige`, …).
///
/// A label is removed when it is a whole line (decoration such as `- … -` or `[…]` allowed),
/// or when it is glued with no space to the start or end of a line (`اعلانالاكثر قراءة`,
/// `…هدنةاعلان`). A label that is a word of a sentence stays: `إعلان` also means
/// "declaration", and `إعلان الاستقلال كان عام 1776` is article text.
///
/// ```
/// use textsieve::{AdMarker, CleanerBuilder};
/// let cleaner = CleanerBuilder::empty().rule(AdMarker::default()).build()?;
/// assert_eq!(cleaner.clean("نص المقال.\nاعلان\nبقية المقال."), "نص المقال.\nبقية المقال.");
/// assert_eq!(cleaner.clean("- ADVERTISEMENT -\nStory."), "Story.");
/// assert_eq!(cleaner.clean("تم إعلان الهدنة أمس."), "تم إعلان الهدنة أمس.");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone)]
pub struct AdMarker {
    labels: Lexicon,
    patterns: UserPatterns,
}

impl Default for AdMarker {
    /// # Defaults
    /// The labels of `lexicon::AD_LABELS` (`src/lexicon/ad_labels.tsv`), no patterns.
    fn default() -> AdMarker {
        AdMarker {
            labels: Lexicon::new(ID, &AD_LABELS),
            patterns: UserPatterns::default(),
        }
    }
}

impl AdMarker {
    /// Adds a label (any spelling: it is folded).
    ///
    /// ```
    /// let rule = textsieve::AdMarker::default().label("Reklam");
    /// let cleaner = textsieve::CleanerBuilder::empty().rule(rule).build()?;
    /// assert_eq!(cleaner.clean("Haber.\nREKLAM\nSon."), "Haber.\nSon.");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn label(mut self, label: &str) -> AdMarker {
        self.labels.add(label);
        self
    }

    /// Removes a label, compared after folding and without decoration at its ends (`[Ad]`
    /// removes `Ad`).
    #[must_use]
    pub fn remove_label(mut self, label: &str) -> AdMarker {
        self.labels.remove(label);
        self
    }

    /// Adds a regular expression: a line whose folded key (see [`fold`](crate::fold)) it
    /// matches is removed as an ad label. An invalid pattern makes
    /// [`build`](crate::CleanerBuilder::build) fail.
    ///
    /// ```
    /// let rule = textsieve::AdMarker::default().pattern(r"^ad slot \d+$");
    /// let cleaner = textsieve::CleanerBuilder::empty().rule(rule).build()?;
    /// assert_eq!(cleaner.clean("Text.\nAd Slot 3\nEnd."), "Text.\nEnd.");
    /// # Ok::<(), textsieve::BuildError>(())
    /// ```
    #[must_use]
    pub fn pattern(mut self, pattern: &str) -> AdMarker {
        self.patterns.add(ID, pattern);
        self
    }

    pub(crate) fn find_in_line(
        phrases: &PhraseSet,
        patterns: &UserPatterns,
        line: &Line<'_>,
        out: &mut Vec<Removal>,
    ) {
        let key = line.key();
        if phrases.is_whole(key) || (!patterns.is_empty() && patterns.is_match(key)) {
            out.push(Removal::line(line, ID, Reason::AdLabel));
            return;
        }
        let text = line.text();
        let base = line.span().start;
        // A run of labels glued to each other (`اعلاناعلان…`) goes in one pass, all but a
        // last label that no word is glued to: one label a pass would leave the rest to passes
        // that can run out before the run does (cleaning would then not settle). Only the
        // run's ends are mapped back to the text, so a long run costs its length once.
        if let Some(first) = phrases.prefix(key) {
            let (mut end, mut before_last) = (first, None);
            while let Some(len) = phrases.opening(&key[end..]).filter(|&len| len > 0) {
                before_last = Some(end);
                end += len;
            }
            let at = line.key_to_text(end) - base;
            let glued =
                at < text.len() && (is_join(text, at) || starts_glued_arabic_word(text, at));
            let cut = if glued {
                Some(at)
            } else {
                before_last.map(|b| line.key_to_text(b) - base)
            };
            if let Some(at) = cut {
                out.push(Removal::new(
                    line.span().start..base + at,
                    ID,
                    Reason::AdLabel,
                ));
            }
        }
        if let Some(last) = phrases.suffix(key) {
            let (mut start, mut after_first) = (last, None);
            while let Some(s) = phrases.ending(&key[..start]).filter(|&s| s < start) {
                after_first = Some(start);
                start = s;
            }
            let at = line.key_to_text(start) - base;
            let cut = if at > 0 && is_join(text, at) {
                Some(at)
            } else {
                after_first.map(|a| line.key_to_text(a) - base)
            };
            if let Some(at) = cut {
                out.push(Removal::new(
                    base + at..line.span().end,
                    ID,
                    Reason::AdLabel,
                ));
            }
        }
    }
}

impl Rule for AdMarker {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(phrases) = self.labels.set() else {
            return;
        };
        for line in doc.lines() {
            // What is found depends on the line's text alone, and is cut: a line unchanged
            // since the last pass had none.
            if line.is_blank() || line.is_unchanged() {
                continue;
            }
            AdMarker::find_in_line(phrases, &self.patterns, &line, out);
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.labels.validate()?;
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (case name, input, removed texts)
    const CASES: &[crate::rules::Case] = &[
        ("ar-standalone", "نص\nاعلان\nنص", &["اعلان\n"]),
        ("ar-hamza-spelling", "نص\nإعلان\nنص", &["إعلان\n"]),
        ("ar-plural", "نص\nإعلانات\nنص", &["إعلانات\n"]),
        ("ar-ad-space", "نص\nمساحة إعلانية\nنص", &["مساحة إعلانية\n"]),
        (
            "ar-ad-space-in-sentence",
            "تبيع الصحيفة مساحة إعلانية أكبر في عدد الجمعة.",
            &[],
        ),
        ("ar-glued-start", "اعلانالاكثر قراءة اليوم", &["اعلان"]),
        ("ar-glued-start-alef", "اعلاناخترنا لك", &["اعلان"]),
        ("ar-glued-end", "الولايات المتحدة هدنةاعلان", &["اعلان"]),
        // Runs of labels go in one pass; a last label no word is glued to stays, as a lone
        // one does.
        (
            "ar-run-then-space",
            "اعلاناعلاناعلان صوت المجلس",
            &["اعلاناعلان"],
        ),
        ("ar-run-then-word", "اعلاناعلاناخترنا لك", &["اعلاناعلان"]),
        (
            "ar-run-at-end",
            "الولايات المتحدة هدنةاعلاناعلان",
            &["اعلاناعلان"],
        ),
        (
            "ar-run-at-end-after-space",
            "صوت المجلس اعلاناعلاناعلان",
            &["اعلاناعلان"],
        ),
        (
            "en-caps",
            "Story\nADVERTISEMENT\nMore",
            &["ADVERTISEMENT\n"],
        ),
        (
            "en-decorated",
            "Story\n- Advertisement -\nMore",
            &["- Advertisement -\n"],
        ),
        (
            "en-glued",
            "AdvertisementThe president spoke.",
            &["Advertisement"],
        ),
        ("en-sponsored", "Sponsored\nText", &["Sponsored\n"]),
        ("en-ad", "Text\nAd\nMore", &["Ad\n"]),
        (
            "full-width",
            "ＡＤＶＥＲＴＩＳＥＭＥＮＴ\nx",
            &["ＡＤＶＥＲＴＩＳＥＭＥＮＴ\n"],
        ),
        // negatives
        ("ar-declaration", "إعلان الاستقلال كان عام 1776", &[]),
        ("ar-definite", "تم الإعلان عن الهدنة", &[]),
        ("ar-suffix-word", "إعلانه عن الاستقالة", &[]),
        ("ar-accusative", "إعلاناً رسمياً عن الاتفاق", &[]),
        ("ar-line-ends-in-word", "قررت الحكومة تأجيل الإعلان", &[]),
        ("en-sentence", "Advertisement revenue fell this year.", &[]),
        ("en-adding", "Adding more troops was discussed.", &[]),
        ("en-ad-word", "An ad for shoes ran on TV.", &[]),
    ];

    #[test]
    fn table() {
        crate::rules::check_cases(&AdMarker::default(), CASES);
    }

    #[test]
    fn a_label_removed_in_any_spelling_or_decoration() {
        let page = "Story text.\nAdvertisement\nMore.";
        for spelling in [
            "Advertisement",
            "ADVERTISEMENT",
            "[Advertisement]",
            "- Advertisement -",
        ] {
            let rule = AdMarker::default().remove_label(spelling);
            let doc = Doc::new(page);
            let mut out = Vec::new();
            rule.find(&doc, &mut out);
            assert!(out.is_empty(), "{spelling:?}: {out:?}");
        }
    }

    #[test]
    fn user_label_and_bad_pattern() {
        assert!(AdMarker::default().label("Reklam").validate().is_ok());
        assert!(AdMarker::default().label("  ").validate().is_err());
        assert_eq!(
            AdMarker::default()
                .pattern("[")
                .validate()
                .unwrap_err()
                .rule(),
            ID
        );
        let removed = AdMarker::default()
            .remove_label("اعلان")
            .remove_label("إعلان");
        let doc = Doc::new("نص\nاعلان\nنص");
        let mut out = Vec::new();
        removed.find(&doc, &mut out);
        assert!(out.is_empty());
    }
}
