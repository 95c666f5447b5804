//! The rule interface: rules read a [`Doc`] and report spans; they never edit text.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use crate::doc::Doc;
use crate::error::BuildError;
use crate::profile::kind::TemplateKind;

/// A detector of one kind of boilerplate.
///
/// A rule reads the document and pushes a [`Removal`] for every byte range of the *original*
/// text it wants gone. Rules never see each other's output: the [`Cleaner`](crate::Cleaner)
/// merges all spans in one step and builds the output from the original bytes, then runs the
/// rules again on that output until nothing more is removed, so a rule can rely on context
/// (neighbouring lines) without breaking idempotence.
///
/// Spans may overlap other rules' spans and need not be sorted; a span that is empty, out of
/// range or not on a `char` boundary is clamped and widened to the enclosing characters, never
/// a panic.
///
/// ```
/// use textsieve::{Cleaner, Doc, Reason, Removal, Rule};
///
/// /// Drops lines that are nothing but an e-mail address.
/// #[derive(Debug)]
/// struct EmailLine;
///
/// impl Rule for EmailLine {
///     fn id(&self) -> &'static str { "email-line" }
///     fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
///         for line in doc.lines() {
///             let t = line.text().trim();
///             if t.contains('@') && !t.contains(' ') {
///                 out.push(Removal::new(line.span(), self.id(), Reason::custom("e-mail address")));
///             }
///         }
///     }
/// }
///
/// let cleaner = Cleaner::builder().rule(EmailLine).build()?;
/// assert_eq!(cleaner.clean("Text.\nnews@example.com\nMore text."), "Text.\nMore text.");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
pub trait Rule: fmt::Debug + Send + Sync {
    /// Stable kebab-case id, used in reports and by
    /// [`CleanerBuilder::without`](crate::CleanerBuilder::without).
    fn id(&self) -> &'static str;

    /// Pushes every span of `doc` this rule wants removed.
    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>);

    /// Checks the rule's configuration; called once by
    /// [`CleanerBuilder::build`](crate::CleanerBuilder::build).
    ///
    /// Built-in rules report here a user pattern that did not compile.
    ///
    /// # Errors
    ///
    /// A [`BuildError`] naming the rule when its configuration is unusable.
    fn validate(&self) -> Result<(), BuildError> {
        Ok(())
    }
}

/// One span of the original text that a rule removes, and why.
///
/// A rule's removal is decisive: the span goes. Some built-in rules also report *evidence*,
/// spans that look like boilerplate but also occur in clean articles (a date alone on a line,
/// a short line far from the body); evidence removes nothing by itself, it is one of the
/// signals the line model weighs (see [`ContentModel`](crate::ContentModel)).
///
/// ```
/// use textsieve::{Reason, Removal};
/// let r = Removal::new(3..8, "ad-marker", Reason::AdLabel);
/// assert_eq!(r.span, 3..8);
/// assert_eq!(r.rule, "ad-marker");
/// assert!(!r.is_evidence());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Removal {
    /// Byte range in the original input.
    pub span: Range<usize>,
    /// The [`Rule::id`] of the rule that removed it.
    pub rule: &'static str,
    /// Why it was removed.
    pub reason: Reason,
    /// Only evidence for the line model, not a removal of its own.
    evidence: bool,
}

impl Removal {
    /// A removal of `span` by rule `rule` for `reason`.
    pub fn new(span: Range<usize>, rule: &'static str, reason: Reason) -> Removal {
        Removal {
            span,
            rule,
            reason,
            evidence: false,
        }
    }

    /// Evidence for the line model: the span looks like boilerplate of this kind, but the
    /// kind also occurs in clean articles, so the model decides.
    pub(crate) fn evidence(span: Range<usize>, rule: &'static str, reason: Reason) -> Removal {
        Removal {
            span,
            rule,
            reason,
            evidence: true,
        }
    }

    /// Whether this is evidence for the line model rather than a removal. Reports never
    /// hold evidence: what they list was removed.
    pub fn is_evidence(&self) -> bool {
        self.evidence
    }
}

/// The kinds of page furniture `page-chrome` finds ([`Reason::Chrome`]). Its `Display` is
/// the kind's name in reports.
///
/// ```
/// use textsieve::{ChromeKind, Reason};
/// assert_eq!(ChromeKind::DateOrTime.to_string(), "date or time");
/// let reason = Reason::Chrome { kind: ChromeKind::Byline };
/// assert_eq!(reason.to_string(), "page furniture (byline)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChromeKind {
    /// A line a user pattern matched ([`PageChrome::pattern`](crate::PageChrome::pattern)).
    Pattern,
    /// A notice (cookies, the comment form, affiliate links) by its phrase.
    Notice,
    /// A cookie banner asking for consent.
    CookieConsent,
    /// A newsletter sign-up prompt.
    NewsletterPrompt,
    /// A prompt to sign in before commenting.
    CommentLoginPrompt,
    /// A date or time alone on its line.
    DateOrTime,
    /// A counter (`120 views`).
    Counter,
    /// A relative time or reading time (`3 hours ago`, `5 min read`).
    RelativeTime,
    /// A share or follow prompt.
    SharePrompt,
    /// A byline.
    Byline,
    /// A photo credit.
    PhotoCredit,
    /// A link marked by an arrow (`Next page ›`, `« Previous post`).
    ArrowLink,
    /// A link to read on, with what it leads to (`Continue reading "A Mostly Smooth Drake"`,
    /// `Read more by Ann Lee`).
    MoreLink,
}

impl fmt::Display for ChromeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ChromeKind::Pattern => "pattern",
            ChromeKind::Notice => "notice",
            ChromeKind::CookieConsent => "cookie consent",
            ChromeKind::NewsletterPrompt => "newsletter prompt",
            ChromeKind::CommentLoginPrompt => "comment login prompt",
            ChromeKind::DateOrTime => "date or time",
            ChromeKind::Counter => "counter",
            ChromeKind::RelativeTime => "relative time",
            ChromeKind::SharePrompt => "share or follow prompt",
            ChromeKind::Byline => "byline",
            ChromeKind::PhotoCredit => "photo credit",
            ChromeKind::ArrowLink => "arrow link",
            ChromeKind::MoreLink => "link to read on",
        })
    }
}

/// What opened an `end-of-article` cut ([`Reason::AfterArticle`]). Its `Display` is the
/// marker's name in reports.
///
/// ```
/// use textsieve::EndMarker;
/// assert_eq!(EndMarker::AfterArticleBlock.to_string(), "after-article block");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndMarker {
    /// A comment section's heading or a marker that closes an agency story.
    CommentsOrEnd,
    /// A block that follows articles: an author box, a share or "like this" block.
    AfterArticleBlock,
}

impl fmt::Display for EndMarker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EndMarker::CommentsOrEnd => "comments or end marker",
            EndMarker::AfterArticleBlock => "after-article block",
        })
    }
}

/// Why a span was removed. Its `Display` is the human-readable reason in reports.
///
/// ```
/// use textsieve::Reason;
/// assert_eq!(Reason::RepeatedPhrases { repeats: 3 }.to_string(), "list of short phrases repeated 3 times");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// An advertisement label (`اعلان`, `Advertisement`, `Sponsored`, …).
    AdLabel,
    /// A related / read-also heading; `items` of its list went with it.
    RelatedHeading {
        /// How many item lines followed the heading (0 when glued into the same line).
        items: usize,
    },
    /// A related heading glued to its items in one line (`Relatedنعم ولكن…`, `Read more: …`).
    RelatedGlued,
    /// An item (title, bullet, glued headline) of a related section.
    RelatedItem,
    /// A line of a list of teasers with no heading: headlines of other articles, each with
    /// the date, time ago or view count printed under it.
    TeaserList {
        /// How many teasers (a headline with its stamps) the list holds.
        teasers: usize,
    },
    /// Everything after a read-also heading, when the rule is set to drop appended articles.
    AppendedArticle,
    /// An author box: its heading (`About the author`), the writer's name and biography.
    AuthorBox,
    /// A run of link texts glued with no separators.
    LinkRun {
        /// Glue points found in the span.
        glue_points: usize,
    },
    /// Link texts separated by `|`, `•`, `·`, ` - ` and the like.
    SeparatedLinks {
        /// How many link texts.
        links: usize,
    },
    /// A run of consecutive short menu lines.
    MenuRun {
        /// How many lines.
        lines: usize,
    },
    /// A footer line (copyright, terms, privacy, contact, follow us, a wiki's permanent
    /// address, …).
    Footer,
    /// A breadcrumb trail: the site's home, its sections, the page's title (`Home > World >
    /// …`).
    Breadcrumb,
    /// A paginated page's counter (`Page 1 of 2`, `Seite 1 von 2`, `الصفحة 1 من 3`), with the
    /// links to the other pages after it.
    Pagination,
    /// A menu or trail whose separators were stripped with the markup, leaving single
    /// spaces: opened by the site's Arabic home link (`الصفحة الرئيسية فيديو الشرق الأوسط
    /// العالم`), or a long Arabic run of link texts above or below the page's prose.
    SpacedMenu {
        /// How many words the line holds.
        words: usize,
    },
    /// A directory line: `name - what it is` entries run together.
    Directory {
        /// How many entries it holds.
        entries: usize,
    },
    /// A line packed with boilerplate phrases of several kinds.
    ChromeLine {
        /// How many boilerplate phrases it holds.
        markers: usize,
    },
    /// A labelled keyword or tag list (`كلمات دلالية:`, `Tags:`, …).
    KeywordList,
    /// An unlabelled list of short phrases that repeats itself.
    RepeatedPhrases {
        /// How many times its most repeated phrase occurs.
        repeats: usize,
    },
    /// A tag cloud or category list with each entry's count (`Politics (12) Sport (5) …`).
    CountedTags {
        /// How many entries it holds.
        tags: usize,
    },
    /// A list of short lines in alphabetical order: a site's categories, tags or blogroll.
    SortedList {
        /// How many lines it holds.
        items: usize,
    },
    /// A line of page furniture: a date, duration, counter, share prompt, byline or notice.
    Chrome {
        /// Which kind.
        kind: ChromeKind,
    },
    /// Everything after a comment section heading, end marker or after-article block.
    AfterArticle {
        /// Which kind of marker opened the cut.
        marker: EndMarker,
    },
    /// A headline-like line far from the article body (teaser, menu item, duration).
    OutsideArticle,
    /// Template markup a page was saved with (`@section('content')`, `{% block %}`).
    TemplateMarkup,
    /// Text a page shows in place of hidden content until a script runs (a CDN's
    /// `[email protected]`), cut out of the line it sits in.
    Placeholder,
    /// A heading of the page repeated after a label below the article: a permalink, a link
    /// to the next post, a share prompt.
    HeadingEcho,
    /// The second copy of a passage the page printed already (see
    /// [`REPEATED_PASSAGE`](crate::REPEATED_PASSAGE)).
    RepeatedPassage {
        /// How many lines with text the copy holds.
        lines: usize,
    },
    /// A short line that is no sentence on a page with no article: a section name, a menu
    /// item, a button (see [`LISTING_CHROME`](crate::LISTING_CHROME)).
    ListingChrome,
    /// A page's own table of contents.
    TableOfContents {
        /// How many entries it lists.
        entries: usize,
    },
    /// A line the line model scored as boilerplate ([`ContentModel`](crate::ContentModel)).
    Model(crate::ModelScore),
    /// Reader comments after the article: a thread of comment headers and their comments.
    Comments {
        /// How many comment headers the thread holds.
        comments: usize,
    },
    /// A field of a comment form (`Name *`, `Website`), alone on its line.
    CommentForm {
        /// How many field lines the form holds.
        fields: usize,
    },
    /// A blank line left over where boilerplate was removed.
    BlankLines,
    /// Text that a site's profile learned as the site's template
    /// ([`SiteProfile`](crate::SiteProfile)).
    SiteTemplate {
        /// Where the template goes.
        kind: TemplateKind,
        /// The template's folded text, as the profile lists it (empty for a contact line).
        template: Arc<str>,
    },
    /// A reason given by a user rule.
    Custom(Cow<'static, str>),
}

impl Reason {
    /// A free-form reason for user rules.
    ///
    /// ```
    /// assert_eq!(textsieve::Reason::custom("tracking pixel").to_string(), "tracking pixel");
    /// ```
    pub fn custom(text: impl Into<Cow<'static, str>>) -> Reason {
        Reason::Custom(text.into())
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::AdLabel => f.write_str("advertisement label"),
            Reason::RelatedHeading { items } => {
                write!(f, "related-content heading with {items} items")
            }
            Reason::RelatedGlued => f.write_str("related-content heading glued to its items"),
            Reason::RelatedItem => f.write_str("item of a related-content list"),
            Reason::TeaserList { teasers } => {
                write!(f, "list of {teasers} teasers with dates or counts")
            }
            Reason::AppendedArticle => f.write_str("article appended after a read-also heading"),
            Reason::AuthorBox => f.write_str("author box"),
            Reason::LinkRun { glue_points } => {
                write!(f, "link texts glued together ({glue_points} joins)")
            }
            Reason::SeparatedLinks { links } => {
                write!(f, "{links} link texts separated by delimiters")
            }
            Reason::MenuRun { lines } => write!(f, "run of {lines} short menu lines"),
            Reason::Footer => f.write_str("site footer line"),
            Reason::Breadcrumb => f.write_str("breadcrumb trail"),
            Reason::Pagination => f.write_str("page counter of a paginated page"),
            Reason::SpacedMenu { words } => {
                write!(f, "menu of {words} words with its separators stripped")
            }
            Reason::ChromeLine { markers } => {
                write!(f, "line of page chrome with {markers} boilerplate phrases")
            }
            Reason::KeywordList => f.write_str("labelled keyword/tag list"),
            Reason::CountedTags { tags } => {
                write!(f, "list of {tags} tags or categories with their counts")
            }
            Reason::SortedList { items } => {
                write!(f, "list of {items} lines in alphabetical order")
            }
            Reason::RepeatedPhrases { repeats } => {
                write!(f, "list of short phrases repeated {repeats} times")
            }
            Reason::Chrome { kind } => write!(f, "page furniture ({kind})"),
            Reason::AfterArticle { marker } => write!(f, "after the end of the article ({marker})"),
            Reason::OutsideArticle => f.write_str("short line far from the article body"),
            Reason::TemplateMarkup => f.write_str("template markup"),
            Reason::Placeholder => f.write_str("placeholder for hidden text"),
            Reason::Directory { entries } => write!(f, "directory of {entries} entries"),
            Reason::HeadingEcho => f.write_str("a heading of the page repeated after a label"),
            Reason::RepeatedPassage { lines } => {
                write!(f, "a passage the page printed already ({lines} lines)")
            }
            Reason::ListingChrome => f.write_str("short line on a page with no article"),
            Reason::TableOfContents { entries } => {
                write!(f, "table of contents ({entries} entries)")
            }
            Reason::Model(score) => score.fmt(f),
            Reason::Comments { comments } => write!(f, "reader comments ({comments} comments)"),
            Reason::CommentForm { fields } => write!(f, "comment form ({fields} fields)"),
            Reason::BlankLines => f.write_str("blank line left by a removal"),
            Reason::SiteTemplate { kind, template } if template.is_empty() => {
                write!(f, "site template ({kind})")
            }
            Reason::SiteTemplate { kind, template } => {
                write!(f, "site template ({kind}) \"{template}\"")
            }
            Reason::Custom(text) => f.write_str(text),
        }
    }
}

/// A rule made from a closure; see [`rule_fn`].
pub struct FnRule<F> {
    id: &'static str,
    find: F,
}

impl<F> fmt::Debug for FnRule<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnRule")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl<F> Rule for FnRule<F>
where
    F: Fn(&Doc<'_>, &mut Vec<Removal>) + Send + Sync,
{
    fn id(&self) -> &'static str {
        self.id
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        (self.find)(doc, out);
    }
}

/// Makes a [`Rule`] from a closure.
///
/// ```
/// use textsieve::{rule_fn, Cleaner, Reason, Removal};
///
/// let source_line = rule_fn("source-line", |doc, out| {
///     for line in doc.lines() {
///         if line.key().starts_with("source:") {
///             out.push(Removal::new(line.span(), "source-line", Reason::custom("source credit")));
///         }
///     }
/// });
/// let cleaner = Cleaner::builder().rule(source_line).build()?;
/// assert_eq!(cleaner.clean("Body text.\nSource: wires"), "Body text.\n");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
pub fn rule_fn<F>(id: &'static str, find: F) -> FnRule<F>
where
    F: Fn(&Doc<'_>, &mut Vec<Removal>) + Send + Sync,
{
    FnRule { id, find }
}

/// Helpers shared by the built-in rules.
impl Removal {
    /// A removal of a whole line, with its break.
    pub(crate) fn line(line: &crate::doc::Line<'_>, rule: &'static str, reason: Reason) -> Removal {
        Removal::new(line.span_with_break(), rule, reason)
    }

    /// Evidence against a whole line, with its break.
    pub(crate) fn line_evidence(
        line: &crate::doc::Line<'_>,
        rule: &'static str,
        reason: Reason,
    ) -> Removal {
        Removal::evidence(line.span_with_break(), rule, reason)
    }
}
