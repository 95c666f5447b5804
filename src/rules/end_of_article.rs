//! `end-of-article`: comment sections and author boxes close the article; what follows them
//! goes.

use once_cell::sync::Lazy;

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::{AFTER_ARTICLE_MARKERS, COMMENT_MARKERS};
use crate::phrases::{Lexicon, PhraseSet};
use crate::rule::{EndMarker, Reason, Removal, Rule};
use crate::rules::article_region::article_lines;
use crate::rules::{is_counted_heading, is_heading, Share};

const ID: &str = "end-of-article";

/// How many times the minimum of prose before a comment marker makes the prose before
/// "long", and how many times the prose before may then follow it (reader comments often
/// outweigh the article). Set with the article zone (ad9e50a) on pages with long threads.
const LONG_ARTICLE_FACTOR: usize = 3;

/// How little prose may follow an after-article block: less than a quarter of what came
/// before. Set by hand with the rule (df78710).
const AFTER_BLOCK_SHARE: Share = Share::new(1, 4);

/// Blocks after which only page furniture follows (author boxes, share blocks).
static AFTER: Lazy<PhraseSet> = Lazy::new(|| PhraseSet::builtin(ID, &AFTER_ARTICLE_MARKERS));

/// Reports everything from an end-of-article marker to the end of the page, as boilerpipe
/// cuts for English, here for Arabic, English and the main European languages. What follows
/// such a marker is usually furniture, but not always (a share bar above an article's last
/// paragraphs), so it is *evidence* for the line model
/// ([`ContentModel`](crate::ContentModel)), which decides; on its own the rule removes nothing.
/// The markers:
///
/// * **comment sections** (`Comments`, `12 Comments`, `Leave a Reply`, `التعليقات`,
///   `أضف تعليق`, `Kommentare`, …), and the end markers a user adds with
///   [`marker`](Self::marker) (an agency's `//انتهى//`), cut when at least
///   [`min_article_words`](Self::min_article_words) words of prose came before, and at least
///   as much prose came before as comes after, or the prose before is long (three times the
///   minimum): comments are prose too, and can outweigh a short article;
/// * **after-article blocks** (`About the author`, `Share this:`, `Like this:`,
///   `عن الكاتب`, …) cut only when the prose after them is less than a quarter of the prose
///   before: the same words also appear in share bars above or inside an article.
///
/// The marker must be a line of its own (a count such as `12 Comments` or `Comments (3)` is
/// allowed, and a count heading that goes on, `20 Comments Post a comment` or `{ 2 comments…
/// read them below or add one }`), so a sentence about comments never triggers a cut.
///
/// ```
/// use textsieve::{Doc, EndOfArticle, Rule};
/// let page = "The council voted on Tuesday to expand the bus network, adding eleven routes.\n\
///             Officials said the expansion would be paid for by a new parking levy.\n\
///             3 Comments\nJoe: Great news, finally some night buses for the east side.\nReply";
/// let mut found = Vec::new();
/// EndOfArticle::default().min_article_words(10).find(&Doc::new(page), &mut found);
/// assert_eq!(&page[found[0].span.clone()], "3 Comments\nJoe: Great news, finally some night buses for the east side.\nReply");
/// assert!(found[0].is_evidence());
/// ```
#[derive(Debug, Clone)]
pub struct EndOfArticle {
    comment: Lexicon,
    min_article_words: usize,
}

impl Default for EndOfArticle {
    /// # Defaults
    /// Markers of `lexicon::COMMENT_MARKERS` (`src/lexicon/comment_markers.tsv`) and
    /// `lexicon::AFTER_ARTICLE_MARKERS` (`src/lexicon/after_article_markers.tsv`); at least 60 words of
    /// prose before a cut.
    fn default() -> EndOfArticle {
        EndOfArticle {
            comment: Lexicon::new(ID, &COMMENT_MARKERS),
            min_article_words: 60,
        }
    }
}

impl EndOfArticle {
    /// Adds a comment-section heading or end marker.
    #[must_use]
    pub fn marker(mut self, marker: &str) -> EndOfArticle {
        self.comment.add(marker);
        self
    }

    /// The fewest words of prose that must come before a cut.
    ///
    /// # Defaults
    /// 60. Zero is rejected by `build`.
    #[must_use]
    pub fn min_article_words(self, words: usize) -> EndOfArticle {
        EndOfArticle {
            min_article_words: words,
            ..self
        }
    }
}

/// Prose words of a line, for weighing what comes before and after a marker.
fn prose_units(line: &Line<'_>) -> usize {
    if line.is_prose() {
        line.units()
    } else {
        0
    }
}

impl Rule for EndOfArticle {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(comment) = self.comment.set() else {
            return;
        };
        // The marker must close the article: it comes after the start of the densest run of
        // prose, and most of that run lies before it. A `12 Comments` link under the byline
        // sits before the body and cuts nothing.
        let Some(region) = article_lines(doc) else {
            return;
        };
        let region_prose: usize = doc
            .lines()
            .skip(region.start)
            .take(region.len())
            .map(|l| prose_units(&l))
            .sum();
        let total: usize = doc.lines().map(|l| prose_units(&l)).sum();
        let min = self.min_article_words;
        let (mut before, mut in_region_before) = (0, 0);
        for line in doc.lines() {
            let units = prose_units(&line);
            if line.is_blank() || line.index() < region.start {
                before += units;
                continue;
            }
            let after = total - before - units;
            let closes_region = in_region_before * 2 >= region_prose;
            let cut = if before < min || !closes_region {
                None
            } else if (is_heading(comment, &line) || is_counted_heading(comment, &line))
                && !line.key().ends_with(':')
            {
                (before >= after
                    || (before >= LONG_ARTICLE_FACTOR * min
                        && after <= LONG_ARTICLE_FACTOR * before))
                    .then_some(EndMarker::CommentsOrEnd)
            } else if is_heading(&AFTER, &line) {
                (!AFTER_BLOCK_SHARE.reached(after, before)).then_some(EndMarker::AfterArticleBlock)
            } else {
                None
            };
            if let Some(marker) = cut {
                out.push(Removal::evidence(
                    line.span().start..doc.text().len(),
                    ID,
                    Reason::AfterArticle { marker },
                ));
                return;
            }
            before += units;
            if region.contains(&line.index()) {
                in_region_before += units;
            }
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.comment.validate()?;
        if self.min_article_words == 0 {
            return Err(BuildError::option(
                ID,
                "min_article_words must be at least 1",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "The council voted on Tuesday to expand the bus network, adding eleven new routes across the city.\n";

    fn cut_at(input: &str) -> Option<&str> {
        let doc = Doc::new(input);
        let mut out = Vec::new();
        EndOfArticle::default()
            .min_article_words(30)
            .find(&doc, &mut out);
        out.first().map(|r| &input[r.span.clone()])
    }

    #[test]
    fn count_headings_that_go_on() {
        for heading in [
            "{ 2 comments… read them below or add one }",
            "0 comments 0 people listening",
            "20 Comments Post a comment",
            "17 Kommentare zu „Busse in der Nacht“",
        ] {
            let page = format!("{PARA}{PARA}{PARA}{heading}\nAnna: I agree with this.\n");
            assert_eq!(
                cut_at(&page),
                Some(format!("{heading}\nAnna: I agree with this.\n").as_str()),
                "{heading}"
            );
        }
        // A post's date line opening with a year; a sentence that counts comments.
        for line in [
            "2012 Leave a Comment Written by Ann",
            "3 comments were made about the plan.",
        ] {
            let page = format!("{PARA}{PARA}{PARA}{line}\nMore text of the story.\n");
            assert_eq!(cut_at(&page), None, "{line}");
        }
    }

    #[test]
    fn comments_after_article() {
        let page = format!(
            "{PARA}{PARA}{PARA}12 Comments\nAnna: I agree with this, it is overdue.\nReply\n"
        );
        assert_eq!(
            cut_at(&page),
            Some("12 Comments\nAnna: I agree with this, it is overdue.\nReply\n")
        );
    }

    #[test]
    fn arabic_comment_heading() {
        let page = "وقال الوزير إن المحادثات ستستمر الأسبوع المقبل في العاصمة، مضيفا أن الأجواء إيجابية وأن الطرفين متفائلان بالتوصل إلى اتفاق قريب.\n".repeat(3) + "التعليقات\nخبر رائع";
        assert_eq!(cut_at(&page), Some("التعليقات\nخبر رائع"));
    }

    /// Arabic sites count comments in Arabic-Indic digits, or in the noun itself (the dual
    /// `تعليقان`, two comments; `تعليق واحد`, one), and title them as readers' comments.
    #[test]
    fn arabic_comment_headings_with_their_counts() {
        let body = "وقال الوزير إن المحادثات ستستمر الأسبوع المقبل في العاصمة، مضيفا أن الأجواء إيجابية وأن الطرفين متفائلان بالتوصل إلى اتفاق قريب.\n".repeat(3);
        for heading in [
            "التعليقات (٣)",
            "٣ تعليقات",
            "تعليقان (٢)",
            "تعليقان",
            "تعليق واحد",
            "تعليقات القراء",
            "تعليقات الزوار (2)",
        ] {
            let page = format!("{body}{heading}\nخبر رائع\n");
            assert_eq!(
                cut_at(&page),
                Some(format!("{heading}\nخبر رائع\n").as_str()),
                "{heading}"
            );
        }
        // Sentences that name the same words stay, and so does the article after them.
        for line in [
            "وتلقت الصحيفة تعليقات القراء على المقال بعد نشره بساعات، وكان معظمها غاضباً.",
            "تعليقان (٢) فقط وصلا إلى المحرر قبل إغلاق باب النقاش في المساء.",
        ] {
            let page = format!("{body}{line}\n{body}");
            assert_eq!(cut_at(&page), None, "{line}");
        }
    }

    #[test]
    fn no_cut_before_the_article() {
        let page = format!("Comments\n{PARA}{PARA}{PARA}");
        assert_eq!(cut_at(&page), None);
    }

    #[test]
    fn share_bar_inside_article_stays() {
        let page = format!("{PARA}{PARA}{PARA}Share this:\n{PARA}{PARA}");
        assert_eq!(cut_at(&page), None);
        let end = format!("{PARA}{PARA}{PARA}{PARA}Share this:\nFacebook\nTwitter\n");
        assert_eq!(cut_at(&end), Some("Share this:\nFacebook\nTwitter\n"));
    }

    #[test]
    fn sentence_about_comments_stays() {
        let page = format!("{PARA}{PARA}{PARA}Comments from readers poured in after the vote, most of them angry.\n{PARA}");
        assert_eq!(cut_at(&page), None);
    }
}
