//! Builds the [`Cleaner`] from `--rules`, `--without` and `--lexicon`.

use std::fs;
use std::path::Path;

use textsieve::{Cleaner, CleanerOptions, OptionField, OptionsError};

/// Builds the cleaner from the options (see [`CleanerOptions`]): the default rules and line
/// model, with lexicon phrases added to the built-in rules they name, then only `keep` (when
/// given) and none of `without` (the line model counts as an id, `model`, and the removal of
/// repeated passages as `repeated-passage`), keeping reader comments and removing a listing's
/// short lines if asked.
///
/// # Errors
///
/// A message for an unknown rule id, a malformed `RULE=FILE`, an unreadable lexicon file, a
/// phrase that folds to nothing, a lexicon for a rule that does not run or takes no phrases,
/// or no rule left.
pub fn build(
    keep: Option<&[String]>,
    without: &[String],
    lexicons: &[String],
    keep_comments: bool,
    listing_chrome: bool,
) -> Result<Cleaner, String> {
    let mut options = CleanerOptions::default();
    options.listing_chrome = listing_chrome;
    options.rules = keep.map(<[String]>::to_vec);
    options.without = without.to_vec();
    options.keep_comments = keep_comments;
    for spec in lexicons {
        let (id, file) = spec
            .split_once('=')
            .ok_or_else(|| format!("--lexicon {spec:?}: expected RULE=FILE"))?;
        let phrases = read_lexicon(Path::new(file))?;
        options.lexicons.push((id.to_owned(), phrases));
    }
    options.build().map_err(|e| match e {
        OptionsError::UnknownRule { id, field, known } => {
            let option = match field {
                OptionField::Rules => "--rules",
                OptionField::Without => "--without",
                _ => "--lexicon",
            };
            format!(
                "unknown rule id {id:?} in {option}; the rules are: {}",
                known.join(", ")
            )
        }
        OptionsError::NotRun { lexicon, id } => format!(
            "--lexicon {:?}: rule {id:?} is not run (see --rules / --without)",
            lexicons[lexicon]
        ),
        OptionsError::NoRuleLeft => "no rule left to run (see --rules / --without)".to_owned(),
        OptionsError::Build(e) => format!("--lexicon: {e}"),
        other => other.to_string(),
    })
}

/// Reads one phrase per line; blank lines are ignored, surrounding spaces trimmed.
fn read_lexicon(path: &Path) -> Result<Vec<String>, String> {
    let bytes = fs::read(path).map_err(|e| format!("--lexicon {}: {e}", path.display()))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        format!(
            "--lexicon {}: invalid UTF-8 at byte offset {}",
            path.display(),
            e.valid_up_to()
        )
    })?;
    let mut phrases = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let phrase = line.trim();
        if phrase.is_empty() {
            continue;
        }
        if textsieve::fold(phrase).trim().is_empty() {
            return Err(format!(
                "--lexicon {}:{}: {phrase:?} folds to nothing (only marks or punctuation)",
                path.display(),
                n + 1
            ));
        }
        phrases.push(phrase.to_owned());
    }
    Ok(phrases)
}

#[cfg(test)]
mod tests {
    use super::*;
    use textsieve::MODEL;

    fn ids(c: &Cleaner) -> Vec<&'static str> {
        c.rule_ids().collect()
    }

    #[test]
    fn defaults_without_options() {
        assert_eq!(
            ids(&build(None, &[], &[], false, false).unwrap()),
            ids(&Cleaner::new())
        );
    }

    #[test]
    fn keep_and_without() {
        let keep = ["footer-links".to_owned(), "ad-marker".to_owned()];
        let c = build(Some(&keep), &[], &[], false, false).unwrap();
        assert_eq!(ids(&c), ["ad-marker", "footer-links"]);
        let c = build(None, &["keyword-list".to_owned()], &[], false, false).unwrap();
        assert!(!ids(&c).contains(&"keyword-list"));
    }

    #[test]
    fn unknown_ids_are_errors() {
        let err = build(Some(&["ads".to_owned()]), &[], &[], false, false).unwrap_err();
        assert!(err.contains("unknown rule id \"ads\" in --rules"), "{err}");
        assert!(err.contains("ad-marker"), "{err}");
        assert!(build(None, &["x".to_owned()], &[], false, false).is_err());
        assert!(build(None, &[], &["nope=/dev/null".to_owned()], false, false).is_err());
        assert!(build(None, &[], &["ad-marker".to_owned()], false, false).is_err());
    }

    #[test]
    fn nothing_left_is_an_error() {
        let all: Vec<String> = Cleaner::new().rule_ids().map(str::to_owned).collect();
        assert!(build(None, &all, &[], false, false).is_err());
    }

    #[test]
    fn lexicon_for_a_rule_that_does_not_run() {
        let err = build(
            None,
            &["ad-marker".to_owned()],
            &["ad-marker=/dev/null".to_owned()],
            false,
            false,
        )
        .unwrap_err();
        assert!(err.contains("is not run"), "{err}");
    }

    #[test]
    fn lexicon_for_a_rule_that_takes_none() {
        let err = build(
            None,
            &[],
            &["page-chrome=/dev/null".to_owned()],
            false,
            false,
        )
        .unwrap_err();
        assert!(
            err.contains("rule 'page-chrome' takes no phrases; these take phrases: ad-marker, related-section, keyword-list, footer-links"),
            "{err}"
        );
    }

    #[test]
    fn the_model_is_an_id() {
        let page = "The council voted on Tuesday to expand the bus network.\nAdvertisement\n";
        let without = build(None, &["model".to_owned()], &[], false, false).unwrap();
        assert!(!without
            .explain(page)
            .removals
            .iter()
            .any(|r| r.rule == MODEL));
        let only = build(Some(&["ad-marker".to_owned()]), &[], &[], true, false).unwrap();
        assert_eq!(ids(&only), ["ad-marker"]);
        assert_eq!(
            only.clean(page),
            "The council voted on Tuesday to expand the bus network.\n"
        );
    }
}
