//! Builds a [`Cleaner`] from `Cleaner(rules, without, lexicons, keep_comments)`, the way the
//! command-line tool builds one from `--rules`, `--without`, `--lexicon` and
//! `--keep-comments` (`src/bin/textsieve/rules.rs`), with phrases given as lists instead of
//! files.

use textsieve::{Cleaner, ContentModel, MODEL};

/// What a Python `Cleaner` is built from; kept to pickle it.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Only these rule ids run (`None`: all the default rules and the model).
    pub rules: Option<Vec<String>>,
    /// These rule ids do not run (`"model"` names the line model).
    pub without: Vec<String>,
    /// Phrases added to built-in rules, per rule id, in the order given.
    pub lexicons: Vec<(String, Vec<String>)>,
    /// Reader comments stay (the CLI's `--keep-comments`).
    pub keep_comments: bool,
}

impl Options {
    /// Builds the cleaner: the default rules and line model, with the lexicons' phrases
    /// added to the rules they name, then only `rules` (when given) and none of `without`.
    ///
    /// # Errors
    ///
    /// A message for an unknown rule id, phrases for a rule that does not run or takes
    /// none, a phrase that folds to nothing, or no rule left to run.
    pub fn build(&self) -> Result<Cleaner, String> {
        let mut known: Vec<&'static str> = Cleaner::new().rule_ids().collect();
        known.push(MODEL);
        let check = |id: &str, argument: &str| -> Result<&'static str, String> {
            known.iter().copied().find(|k| *k == id).ok_or_else(|| {
                format!(
                    "unknown rule id {id:?} in {argument}; the rules are: {}",
                    known.join(", ")
                )
            })
        };
        for id in self.rules.as_deref().unwrap_or_default() {
            check(id, "rules")?;
        }
        for id in &self.without {
            check(id, "without")?;
        }
        let runs = |id: &str| {
            self.rules
                .as_ref()
                .is_none_or(|keep| keep.iter().any(|k| k == id))
                && !self.without.iter().any(|w| w == id)
        };

        let mut builder = Cleaner::builder();
        for (id, phrases) in &self.lexicons {
            let id = check(id, "lexicons")?;
            if !runs(id) {
                return Err(format!(
                    "lexicons: rule {id:?} is not run (see rules / without)"
                ));
            }
            let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
            builder
                .phrases(id, &phrases)
                .map_err(|e| format!("lexicons: {e}"))?;
        }
        for id in &known {
            if !runs(id) {
                builder.without(id);
            }
        }
        if self.keep_comments && runs(MODEL) {
            builder.model(ContentModel::default().keep_comments(true));
        } else if self.keep_comments {
            builder.without("comment-thread");
        }
        if builder.rule_ids().next().is_none() {
            return Err("no rule left to run (see rules / without)".to_owned());
        }
        builder.build().map_err(|e| e.to_string())
    }
}
