//! The fields of a comment form, each label alone on its line, as blogs print them under a
//! post (`Leave a Reply` / `Name *` / `Email (will not be published)` / `Website`): the
//! `comment-thread` rule removes them with the thread. The labels are a short word list
//! (`lexicon::COMMENT_FORM_FIELDS`, which the rule holds); what makes them a form is their
//! company: two labels or more, different ones, a few lines apart, one of them marked as a
//! form marks its fields (a `*`, a `:`, a remark in brackets). A table's header row (`Name`,
//! `Email`) marks none.

use crate::doc::{Doc, Line};
use crate::phrases::PhraseSet;

/// Longest field line, in words: `Mail (will not be published) (required)`.
pub(crate) const MAX_FIELD_WORDS: usize = 8;

/// Most lines with text between two fields of one form: a field's hint (`Required fields are
/// marked *`) or a checkbox's label.
const FIELD_GAP: usize = 2;

/// Fewest different labels in a form: one label alone is a word on a line.
const MIN_FIELDS: usize = 2;

/// A field's line: its label (folded, without its marks) and whether the line marks it as a
/// form's field.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Field<'k> {
    pub(crate) label: &'k str,
    pub(crate) marked: bool,
}

/// The field that `line` labels, if it is a field of `fields`'s alone: the label, then any
/// number of `*`, `:` and remarks in brackets (`(required)`, `(will not be published)`; a
/// count in brackets is a heading's, `Comments (186)`).
pub(crate) fn field<'k>(fields: &PhraseSet, line: &Line<'k>) -> Option<Field<'k>> {
    if line.is_blank() || line.words() > MAX_FIELD_WORDS {
        return None;
    }
    // A key has no white space at either end (see `fold`).
    let mut label = line.key();
    let mut marked = false;
    loop {
        if let Some(rest) = label.strip_suffix(['*', ':']) {
            label = rest.trim_end();
        } else if let Some((rest, _)) = label
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once('('))
            .filter(|(_, remark)| remark.chars().any(char::is_alphabetic))
        {
            // A remark (`(required)`), not a count (`Comments (186)`).
            label = rest.trim_end();
        } else {
            break;
        }
        marked = true;
    }
    fields.is_whole(label).then_some(Field { label, marked })
}

/// A run of field lines being read: their indices and labels, and whether one is marked.
#[derive(Default)]
struct Run<'k> {
    lines: Vec<usize>,
    labels: Vec<&'k str>,
    marked: bool,
}

impl Run<'_> {
    /// Whether the run is a form: [`MIN_FIELDS`] different labels, one of them marked.
    fn is_form(&mut self) -> bool {
        self.labels.sort_unstable();
        self.labels.dedup();
        self.marked && self.labels.len() >= MIN_FIELDS
    }
}

/// The page's comment forms, their labels taken from `fields`: for each, the indices of its
/// field lines.
pub(crate) fn forms(doc: &Doc<'_>, fields: &PhraseSet) -> Vec<Vec<usize>> {
    let mut found = Vec::new();
    let mut run = Run::default();
    // Lines with text since the run's last field.
    let mut since = 0;
    for line in doc.lines().filter(|l| !l.is_blank()) {
        if let Some(f) = field(fields, &line) {
            run.lines.push(line.index());
            run.labels.push(f.label);
            run.marked |= f.marked;
            since = 0;
        } else if !run.lines.is_empty() {
            since += 1;
            if since > FIELD_GAP {
                let mut ended = std::mem::take(&mut run);
                if ended.is_form() {
                    found.push(ended.lines);
                }
            }
        }
    }
    if run.is_form() {
        found.push(run.lines);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::COMMENT_FORM_FIELDS;
    use once_cell::sync::Lazy;

    static FIELDS: Lazy<PhraseSet> =
        Lazy::new(|| PhraseSet::builtin("comment-thread", &COMMENT_FORM_FIELDS));

    fn form_lines(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        forms(&doc, &FIELDS)
            .into_iter()
            .flatten()
            .filter_map(|i| doc.line(i).map(|l| l.text().to_owned()))
            .collect()
    }

    #[test]
    fn a_blog_comment_form_goes() {
        let page = "The council voted on Tuesday.\nLeave a Reply\nName *\nEmail (will not be published) (required)\nYour email address will not be published.\nWebsite\nComment\nPost Comment\n";
        assert_eq!(
            form_lines(page),
            [
                "Name *",
                "Email (will not be published) (required)",
                "Website",
                "Comment"
            ]
        );
        // German, with a colon.
        let page = "Schreibe einen Kommentar\nKommentar:\nName:\nE-Mail:\nWebseite:\n";
        assert_eq!(form_lines(page).len(), 4);
    }

    #[test]
    fn labels_that_are_no_form_stay() {
        for page in [
            // A table's header row: nothing marked.
            "Name\nEmail\nAnna Berg\nanna@example.com\n",
            // One label, marked.
            "The council met.\nName:\nAnna Berg\n",
            // The same label twice.
            "Name *\nName *\n",
            // Labels too far apart.
            "Name *\nOne.\nTwo.\nThree.\nWebsite\n",
            // A sentence that opens with a label.
            "Name: the council named the new route after the mayor.\nWebsite: the council's page lists the routes.\n",
        ] {
            assert!(form_lines(page).is_empty(), "{page:?}");
        }
    }

    #[test]
    fn a_field_is_its_label_and_its_marks() {
        let doc = Doc::new("Email (will not be published) *\nE-Mail (Adresse wird niemals veröffentlicht)\nName of the town\nWebsite (optional)\n");
        let fields: Vec<Option<Field<'_>>> = doc.lines().map(|l| field(&FIELDS, &l)).collect();
        assert_eq!(
            fields[0],
            Some(Field {
                label: "email",
                marked: true
            })
        );
        assert_eq!(fields[1].as_ref().map(|f| f.label), Some("e-mail"));
        assert_eq!(fields[2], None);
        assert_eq!(fields[3].as_ref().map(|f| f.marked), Some(true));
        let doc = Doc::new("Comments (186)\n");
        assert_eq!(doc.line(0).and_then(|l| field(&FIELDS, &l)), None);
    }
}
