//! Builds the [`Cleaner`] from `--rules`, `--without` and `--lexicon`.

use std::fs;
use std::path::Path;

use textsieve::{Cleaner, ContentModel, MODEL};

/// Builds the cleaner: the default rules and line model, with lexicon phrases added to the
/// built-in rules they name, then only `keep` (when given) and none of `without` (the line
/// model counts as an id, `model`), keeping reader comments if asked.
///
/// # Errors
///
/// A message for an unknown rule id, a malformed `RULE=FILE`, an unreadable lexicon file, a
/// phrase that folds to nothing, a lexicon for a rule that does not run, or no rule left.
pub fn build(
    keep: Option<&[String]>,
    without: &[String],
    lexicons: &[String],
    keep_comments: bool,
) -> Result<Cleaner, String> {
    let mut known: Vec<&'static str> = Cleaner::new().rule_ids().collect();
    known.push(MODEL);
    let check = |id: &str, option: &str| -> Result<&'static str, String> {
        known.iter().copied().find(|k| *k == id).ok_or_else(|| {
            format!(
                "unknown rule id {id:?} in {option}; the rules are: {}",
                known.join(", ")
            )
        })
    };
    for id in keep.unwrap_or_default() {
        check(id, "--rules")?;
    }
    for id in without {
        check(id, "--without")?;
    }
    let runs = |id: &str| {
        keep.is_none_or(|k| k.iter().any(|x| x == id)) && !without.iter().any(|x| x == id)
    };

    // Phrases per rule, in the order given.
    let mut phrases: Vec<(&'static str, Vec<String>)> = Vec::new();
    for spec in lexicons {
        let (id, file) = spec
            .split_once('=')
            .ok_or_else(|| format!("--lexicon {spec:?}: expected RULE=FILE"))?;
        let id = check(id, "--lexicon")?;
        if !runs(id) {
            return Err(format!(
                "--lexicon {spec:?}: rule {id:?} is not run (see --rules / --without)"
            ));
        }
        let new = read_lexicon(Path::new(file))?;
        match phrases.iter_mut().find(|(r, _)| *r == id) {
            Some((_, list)) => list.extend(new),
            None => phrases.push((id, new)),
        }
    }

    let mut builder = Cleaner::builder();
    for (id, list) in &phrases {
        let list: Vec<&str> = list.iter().map(String::as_str).collect();
        builder
            .phrases(id, &list)
            .map_err(|e| format!("--lexicon: {e}"))?;
    }
    for id in &known {
        if !runs(id) {
            builder.without(id);
        }
    }
    if keep_comments && runs(MODEL) {
        builder.model(ContentModel::default().keep_comments(true));
    } else if keep_comments {
        builder.without("comment-thread");
    }
    if builder.rule_ids().next().is_none() {
        return Err("no rule left to run (see --rules / --without)".to_owned());
    }
    builder.build().map_err(|e| e.to_string())
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

    fn ids(c: &Cleaner) -> Vec<&'static str> {
        c.rule_ids().collect()
    }

    #[test]
    fn defaults_without_options() {
        assert_eq!(
            ids(&build(None, &[], &[], false).unwrap()),
            ids(&Cleaner::new())
        );
    }

    #[test]
    fn keep_and_without() {
        let keep = ["footer-links".to_owned(), "ad-marker".to_owned()];
        let c = build(Some(&keep), &[], &[], false).unwrap();
        assert_eq!(ids(&c), ["ad-marker", "footer-links"]);
        let c = build(None, &["keyword-list".to_owned()], &[], false).unwrap();
        assert!(!ids(&c).contains(&"keyword-list"));
    }

    #[test]
    fn unknown_ids_are_errors() {
        let err = build(Some(&["ads".to_owned()]), &[], &[], false).unwrap_err();
        assert!(err.contains("unknown rule id \"ads\" in --rules"), "{err}");
        assert!(err.contains("ad-marker"), "{err}");
        assert!(build(None, &["x".to_owned()], &[], false).is_err());
        assert!(build(None, &[], &["nope=/dev/null".to_owned()], false).is_err());
        assert!(build(None, &[], &["ad-marker".to_owned()], false).is_err());
    }

    #[test]
    fn nothing_left_is_an_error() {
        let all: Vec<String> = Cleaner::new().rule_ids().map(str::to_owned).collect();
        assert!(build(None, &all, &[], false).is_err());
    }

    #[test]
    fn lexicon_for_a_rule_that_does_not_run() {
        let err = build(
            None,
            &["ad-marker".to_owned()],
            &["ad-marker=/dev/null".to_owned()],
            false,
        )
        .unwrap_err();
        assert!(err.contains("is not run"), "{err}");
    }

    #[test]
    fn lexicon_for_a_rule_that_takes_none() {
        let err = build(None, &[], &["page-chrome=/dev/null".to_owned()], false).unwrap_err();
        assert!(
            err.contains("rule 'page-chrome' takes no phrases; these take phrases: ad-marker, related-section, keyword-list, footer-links"),
            "{err}"
        );
    }

    #[test]
    fn the_model_is_an_id() {
        let page = "The council voted on Tuesday to expand the bus network.\nAdvertisement\n";
        let without = build(None, &["model".to_owned()], &[], false).unwrap();
        assert!(!without
            .explain(page)
            .removals
            .iter()
            .any(|r| r.rule == MODEL));
        let only = build(Some(&["ad-marker".to_owned()]), &[], &[], true).unwrap();
        assert_eq!(ids(&only), ["ad-marker"]);
        assert_eq!(
            only.clean(page),
            "The council voted on Tuesday to expand the bus network.\n"
        );
    }
}
