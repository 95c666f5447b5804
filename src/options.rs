//! A cleaner described by the options the command-line tool and the Python package take:
//! which rules run, phrases added to rules, and whether reader comments stay. One place
//! builds it, so both front ends build the same cleaner from the same options.

use std::fmt;

use crate::cleaner::Cleaner;
use crate::decide::{ContentModel, MODEL};
use crate::error::BuildError;
use crate::listing::LISTING_CHROME;
use crate::repeats::REPEATED_PASSAGE;

/// The options a front end gives: `rules` to run (all when `None`), rules `without`, phrases
/// per rule (`lexicons`), `keep_comments` and `listing_chrome`. The line model counts as a rule, id `"model"`,
/// and so do the removal of repeated passages, id `"repeated-passage"`, and of a listing's
/// short lines, id `"listing-chrome"` (off unless `listing_chrome` asks for it or `rules`
/// names it).
///
/// ```
/// use textsieve::CleanerOptions;
/// let mut options = CleanerOptions::default();
/// options.without = vec!["keyword-list".to_owned()];
/// options.lexicons = vec![("ad-marker".to_owned(), vec!["Anzeige".to_owned()])];
/// let cleaner = options.build()?;
/// assert_eq!(cleaner.clean("Ein Satz.\nAnzeige\nEnde.\n"), "Ein Satz.\nEnde.\n");
/// assert!(!cleaner.rule_ids().any(|id| id == "keyword-list"));
/// # Ok::<(), textsieve::OptionsError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CleanerOptions {
    /// Only these rule ids run; `None`: the default rules and the model.
    pub rules: Option<Vec<String>>,
    /// These rule ids do not run.
    pub without: Vec<String>,
    /// Phrases added to built-in rules (see
    /// [`CleanerBuilder::phrases`](crate::CleanerBuilder::phrases)), per rule id, in order;
    /// entries for the same rule are joined.
    pub lexicons: Vec<(String, Vec<String>)>,
    /// Reader comments stay (see [`ContentModel::keep_comments`]).
    pub keep_comments: bool,
    /// On a page with no article, the short lines that are no sentence go (see
    /// [`CleanerBuilder::listing_chrome`](crate::CleanerBuilder::listing_chrome)); naming
    /// `"listing-chrome"` in `rules` turns it on too.
    pub listing_chrome: bool,
}

/// Which option an [`OptionsError`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OptionField {
    /// [`CleanerOptions::rules`].
    Rules,
    /// [`CleanerOptions::without`].
    Without,
    /// [`CleanerOptions::lexicons`].
    Lexicons,
}

impl OptionField {
    /// The field's name, as the Python package spells its argument.
    pub fn as_str(self) -> &'static str {
        match self {
            OptionField::Rules => "rules",
            OptionField::Without => "without",
            OptionField::Lexicons => "lexicons",
        }
    }
}

/// Why [`CleanerOptions::build`] refused the options. Front ends word it in their own terms
/// (the CLI names `--rules`); `Display` uses the field names.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum OptionsError {
    /// An id in `field` names no rule; `known` are the ids that do.
    UnknownRule {
        /// The id as given.
        id: String,
        /// The option that holds it.
        field: OptionField,
        /// The ids of the rules and the model.
        known: Vec<&'static str>,
    },
    /// Entry `lexicon` of `lexicons` adds phrases to rule `id`, which does not run.
    NotRun {
        /// The entry's index in `lexicons`.
        lexicon: usize,
        /// The rule it names.
        id: String,
    },
    /// `rules` and `without` leave no rule to run.
    NoRuleLeft,
    /// The cleaner's configuration is unusable (a rule that takes no phrases, a phrase that
    /// folds to nothing).
    Build(BuildError),
}

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionsError::UnknownRule { id, field, known } => write!(
                f,
                "unknown rule id {id:?} in {}; the rules are: {}",
                field.as_str(),
                known.join(", ")
            ),
            OptionsError::NotRun { id, .. } => {
                write!(f, "lexicons: rule {id:?} is not run (see rules / without)")
            }
            OptionsError::NoRuleLeft => f.write_str("no rule left to run (see rules / without)"),
            OptionsError::Build(e) => write!(f, "lexicons: {e}"),
        }
    }
}

impl std::error::Error for OptionsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OptionsError::Build(e) => Some(e),
            _ => None,
        }
    }
}

impl CleanerOptions {
    /// Builds the cleaner: the default rules and line model, with each lexicon's phrases added
    /// to the rule it names, then only `rules` (when given) and none of `without`; with
    /// `keep_comments`, the model keeps reader comments (or, without the model, the
    /// `comment-thread` rule does not run).
    ///
    /// # Errors
    ///
    /// An [`OptionsError`]: an unknown rule id, phrases for a rule that does not run or takes
    /// none, a phrase that folds to nothing, or no rule left to run.
    pub fn build(&self) -> Result<Cleaner, OptionsError> {
        let mut known: Vec<&'static str> = Cleaner::new().rule_ids().collect();
        known.extend([MODEL, REPEATED_PASSAGE, LISTING_CHROME]);
        let check = |id: &str, field: OptionField| -> Result<&'static str, OptionsError> {
            known
                .iter()
                .copied()
                .find(|k| *k == id)
                .ok_or_else(|| OptionsError::UnknownRule {
                    id: id.to_owned(),
                    field,
                    known: known.clone(),
                })
        };
        for id in self.rules.as_deref().unwrap_or_default() {
            check(id, OptionField::Rules)?;
        }
        for id in &self.without {
            check(id, OptionField::Without)?;
        }
        let runs = |id: &str| {
            self.rules
                .as_ref()
                .is_none_or(|keep| keep.iter().any(|k| k == id))
                && !self.without.iter().any(|w| w == id)
        };
        let mut builder = Cleaner::builder();
        // Lexicons for the same rule are joined: the builder makes a rule anew from its
        // defaults and the phrases it is given, so a second call would drop the first's.
        let mut joined: Vec<(&'static str, Vec<&str>)> = Vec::new();
        for (lexicon, (id, phrases)) in self.lexicons.iter().enumerate() {
            let id = check(id, OptionField::Lexicons)?;
            if !runs(id) {
                return Err(OptionsError::NotRun {
                    lexicon,
                    id: id.to_owned(),
                });
            }
            let phrases = phrases.iter().map(String::as_str);
            match joined.iter_mut().find(|(rule, _)| *rule == id) {
                Some((_, all)) => all.extend(phrases),
                None => joined.push((id, phrases.collect())),
            }
        }
        for (id, phrases) in &joined {
            builder.phrases(id, phrases).map_err(OptionsError::Build)?;
        }
        for id in &known {
            if !runs(id) {
                builder.without(id);
            }
        }
        // The listing stage is off by default: asked for, or named among the rules to run,
        // it runs (unless `without` names it).
        let named = self
            .rules
            .as_ref()
            .is_some_and(|keep| keep.iter().any(|k| k == LISTING_CHROME));
        if (self.listing_chrome || named) && !self.without.iter().any(|w| w == LISTING_CHROME) {
            builder.listing_chrome(true);
        }
        if self.keep_comments && runs(MODEL) {
            builder.model(ContentModel::default().keep_comments(true));
        } else if self.keep_comments {
            builder.without("comment-thread");
        }
        if builder.rule_ids().next().is_none() {
            return Err(OptionsError::NoRuleLeft);
        }
        builder.build().map_err(OptionsError::Build)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_passages_count_as_a_rule() {
        let story = "The council voted on Tuesday to expand the bus network across the city, \
            adding eleven routes and a night service that runs on weekends.\n\
            The first night routes open in March, and the rest follow over the next two years \
            as new drivers are hired and trained for them.\n";
        let page = format!("{story}Photos\n{story}");
        let cleaned = |options: CleanerOptions| options.build().map(|c| c.clean(&page));
        assert_eq!(
            cleaned(CleanerOptions::default()).ok(),
            Some(format!("{story}Photos\n"))
        );
        let without = CleanerOptions {
            without: vec![REPEATED_PASSAGE.to_owned()],
            ..CleanerOptions::default()
        };
        assert_eq!(cleaned(without).ok(), Some(page.clone()));
        // Named among the rules to run, it runs; left out, it does not.
        let only = |ids: &[&str]| CleanerOptions {
            rules: Some(ids.iter().map(|id| (*id).to_owned()).collect()),
            ..CleanerOptions::default()
        };
        let with_it = only(&["ad-marker", REPEATED_PASSAGE]);
        assert_eq!(cleaned(with_it).ok(), Some(format!("{story}Photos\n")));
        assert_eq!(cleaned(only(&["ad-marker"])).ok(), Some(page.clone()));
    }

    #[test]
    fn the_listing_stage_runs_when_named() {
        let portal =
            "World\nSport\nTrain strike called off after talks\nPanda twins born at the city zoo\n\
            Weather\nHarbour ferries return to the island\nNew library opens in the old station\n\
            Markets close higher on Friday\nLocal elections set for the spring\n";
        let cleaned = |rules: Option<&[&str]>| {
            let options = CleanerOptions {
                rules: rules.map(|ids| ids.iter().map(|id| (*id).to_owned()).collect()),
                ..CleanerOptions::default()
            };
            options.build().map(|c| c.clean(portal))
        };
        // Off by default; on when asked for, or named, with or without the model.
        assert!(cleaned(None).is_ok_and(|out| out.contains("Sport")));
        let asked = CleanerOptions {
            listing_chrome: true,
            ..CleanerOptions::default()
        };
        assert!(asked
            .build()
            .is_ok_and(|c| !c.clean(portal).contains("Sport")));
        for rules in [
            &["ad-marker", LISTING_CHROME][..],
            &[MODEL, "ad-marker", LISTING_CHROME],
        ] {
            let out = cleaned(Some(rules));
            assert!(
                out.as_ref()
                    .is_ok_and(|out| !out.contains("Sport") && out.contains("Panda twins")),
                "{rules:?}: {out:?}"
            );
        }
    }

    #[test]
    fn lexicons_for_one_rule_are_joined() {
        // The ad-marker rule alone, so that only the lexicons decide.
        let options = CleanerOptions {
            rules: Some(vec!["ad-marker".to_owned()]),
            lexicons: vec![
                ("ad-marker".to_owned(), vec!["Kaufhinweis".to_owned()]),
                ("ad-marker".to_owned(), vec!["Werbeinsel".to_owned()]),
            ],
            ..CleanerOptions::default()
        };
        let cleaner = options.build().expect("a cleaner");
        assert_eq!(
            cleaner.clean("Ein Satz.\nKaufhinweis\nNoch ein Satz.\nWerbeinsel\nEnde.\n"),
            "Ein Satz.\nNoch ein Satz.\nEnde.\n"
        );
    }
}
