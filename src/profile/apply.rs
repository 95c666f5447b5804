//! Applying a profile: the [`Rule`] of a [`SiteProfile`](super::SiteProfile).

use std::collections::HashMap;
use std::ops::Range;

use crate::doc::Doc;
use crate::profile::shape::{
    is_contact, is_head_piece, is_mid_shape, line_key, words, HEAD_LINES, HEAD_PIECES, HEAD_WORDS,
};
use crate::profile::tokens::{DocTokens, Reach, SeqHash, Start, Token, MAX_TOKENS};
use crate::profile::{SiteProfile, Template, TemplateKind, SITE_PROFILE};
use crate::rule::{Reason, Removal};

/// Longest head piece looked up whole, in tokens (twelve words and their punctuation).
const HEAD_TOKENS: usize = 24;

/// A profile's templates, indexed by the hash of their tokens (head endings by the hash of
/// their tokens last first, as they are met when reading a segment backwards).
#[derive(Debug)]
pub(crate) struct Matcher {
    pub(crate) site: String,
    pub(crate) docs: u64,
    pub(crate) templates: Vec<Template>,
    index: HashMap<(TemplateKind, u64), Vec<usize>>,
    contact: Option<usize>,
    /// Whether any template goes at the head.
    head: bool,
    /// A word of letters of each tail template (the first one), which a line must hold for
    /// a tail template to open in it; `None` when a tail template has no such word.
    tail_words: Option<Vec<String>>,
}

impl Matcher {
    pub(crate) fn new(site: String, docs: u64, templates: Vec<Template>) -> Matcher {
        let mut index: HashMap<(TemplateKind, u64), Vec<usize>> = HashMap::new();
        let mut contact = None;
        for (i, t) in templates.iter().enumerate() {
            let mut h = SeqHash::EMPTY;
            match t.kind() {
                TemplateKind::Contact => {
                    contact = Some(i);
                    continue;
                }
                TemplateKind::HeadEnd => {
                    for tok in t.text().rsplit(' ') {
                        h = h.push(tok);
                    }
                }
                _ => {
                    for tok in t.text().split(' ') {
                        h = h.push(tok);
                    }
                }
            }
            index.entry((t.kind(), h.value())).or_default().push(i);
        }
        let head = templates.iter().any(|t| {
            matches!(
                t.kind(),
                TemplateKind::HeadLine
                    | TemplateKind::HeadStart
                    | TemplateKind::HeadEnd
                    | TemplateKind::HeadMid
            )
        });
        let mut tail_words = Some(Vec::new());
        for t in templates.iter().filter(|t| t.kind() == TemplateKind::Tail) {
            let word = t
                .text()
                .split(' ')
                .find(|w| w.chars().next().is_some_and(char::is_alphabetic));
            match (word, tail_words.as_mut()) {
                (Some(w), Some(words)) => words.push(w.to_owned()),
                _ => tail_words = None,
            }
        }
        if let Some(words) = tail_words.as_mut() {
            words.sort();
            words.dedup();
        }
        Matcher {
            site,
            docs,
            templates,
            index,
            contact,
            head,
            tail_words,
        }
    }

    /// Whether a tail template may open in the line with this key.
    fn may_open_tail(&self, key: &str) -> bool {
        self.tail_words
            .as_ref()
            .is_none_or(|words| words.iter().any(|w| key.contains(w.as_str())))
    }

    /// The template of `kind` whose tokens are `run` (read backwards for head endings).
    fn lookup(&self, kind: TemplateKind, hash: SeqHash, key: &str, run: &[Token]) -> Option<usize> {
        let candidates = self.index.get(&(kind, hash.value()))?;
        candidates.iter().copied().find(|&i| {
            let text = self.templates[i].text();
            text.split(' ').eq(run.iter().map(|t| t.text(key)))
        })
    }

    /// Every cut the templates call for, with the template behind each.
    fn cuts(&self, doc: &Doc<'_>) -> Vec<(Range<usize>, usize)> {
        let head_lines = if self.head { HEAD_LINES } else { 0 };
        let edges = |reach| {
            DocTokens::edges(doc, head_lines, self.contact.is_some(), reach, |key| {
                self.may_open_tail(key)
            })
        };
        let toks = edges(Reach::Tail);
        let mut cuts = Vec::new();
        if toks.lines.len() < 2 {
            return cuts;
        }
        if self.head {
            self.head_cuts(doc, &toks, &mut cuts);
        }
        // Never more than half of a document: a page that short is not what was learned.
        let head_removed: usize = cuts.iter().map(|(r, _)| r.len()).sum();
        let all = toks.tokens.len();
        if let Some((start, found)) = self.tail_cut(doc, &toks, all, all) {
            let end = text_end(doc, &toks);
            let tail = text_offset(doc, &toks, start)..end;
            if (head_removed + tail.len()) * 2 > doc.text().len() {
                return Vec::new();
            }
            cuts.push((tail, found));
            // Whether a template opens in the tail of what the cut leaves: asked of the
            // edges' tokens, which hold that tail (see `Reach::Tail`), so that every line of
            // the page is tokenized only when there is a block above to cut.
            let cut_words = toks.words_before[start];
            let block_above = !toks.covers_tail_of(cut_words)
                || self
                    .tail_cut(doc, &toks, toks.tail_start(toks.words), start)
                    .is_some();
            if block_above {
                cuts.extend(self.repeated_tails(doc, &toks, start, &edges(Reach::AfterTitle)));
            }
        } else if let Some(cut) = self.contact_cut(doc, &toks) {
            if (head_removed + cut.0.len()) * 2 > doc.text().len() {
                return Vec::new();
            }
            cuts.push(cut);
        } else if head_removed * 2 > doc.text().len() {
            return Vec::new();
        }
        cuts
    }

    /// The tail templates that open above the tail cut starting at token `start` of `toks`,
    /// block after block: each is in the tail of what the cut below it leaves (a site's "more
    /// from" heading over every teaser of a list), so cleaning again would go on cutting
    /// them. All of them are cut now, as one span, named by the topmost's template; what is
    /// left has no tail template in its tail, so one pass settles them. `all` holds the
    /// tokens of every line after the first that may open a tail.
    ///
    /// The half rule of [`cuts`](Self::cuts) is in bytes, and this chain keeps to it in
    /// words only: each block it takes starts in the second half, by words, of what the cuts
    /// below leave (the tail's own rule). Blocks with long runs of punctuation may therefore
    /// go here where cleaning again and again would have stopped at one; they are the site's
    /// template blocks, and measuring every round in bytes would fold a long line's text
    /// again for each block on it.
    ///
    /// Each round looks at the tokens the round before did not, and finds where its tail
    /// starts by a binary search: time linear in the tokens, plus a search a round.
    fn repeated_tails(
        &self,
        doc: &Doc<'_>,
        toks: &DocTokens,
        start: usize,
        all: &DocTokens,
    ) -> Option<(Range<usize>, usize)> {
        let first = &toks.tokens[start];
        let mut limit = all
            .tokens
            .partition_point(|t| (t.line, t.start) < (first.line, first.start));
        // The round before looked at every token from the start of its tail up to its
        // template, with runs reaching further: none of them opens a template in a shorter
        // document either (see `tail_cut`).
        let mut scanned = all.tail_start(all.words);
        let mut top = None;
        while let Some((at, found)) = self.tail_cut(doc, all, scanned, limit) {
            top = Some((at, found));
            scanned = all.tail_start(all.words_before[limit]);
            limit = at;
        }
        let (at, found) = top?;
        Some((
            text_offset(doc, all, at)..text_offset(doc, toks, start),
            found,
        ))
    }

    /// The earliest tail template that opens a segment in the tail (not in the first line)
    /// of the document's tokens before `limit`, looking no further than token `scanned`
    /// (tokens from there on were looked at before), and the contact pieces right before
    /// it: the token where a cut to the end starts, and the template.
    fn tail_cut(
        &self,
        doc: &Doc<'_>,
        toks: &DocTokens,
        scanned: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let words = toks.words_before.get(limit).copied().unwrap_or(toks.words);
        let from = toks.line_tokens(1).start;
        for i in toks.tail_start(words)..scanned.min(limit) {
            let t = &toks.tokens[i];
            if !t.starts.opens_tail() {
                continue;
            }
            debug_assert!(toks.in_tail_of(i, words));
            let key = line_key(doc, toks, i);
            let run = &toks.tokens[i..toks.line_end(i, MAX_TOKENS).min(limit)];
            let mut h = SeqHash::EMPTY;
            for (len, tok) in run.iter().enumerate() {
                h = h.push(tok.text(key));
                if let Some(found) = self.lookup(TemplateKind::Tail, h, key, &run[..=len]) {
                    return Some((contact_before(doc, toks, i, from), found));
                }
            }
        }
        None
    }

    /// A last line that is a contact, when the site ends its pages with one.
    fn contact_cut(&self, doc: &Doc<'_>, toks: &DocTokens) -> Option<(Range<usize>, usize)> {
        let found = self.contact?;
        let last = toks.line_tokens(toks.lines.len() - 1);
        if toks.tokens.get(last.start).map(|t| t.line) != toks.last_line {
            return None;
        }
        let key = line_key(doc, toks, last.start);
        if !is_contact(key, &toks.tokens[last.clone()]) {
            return None;
        }
        let line = doc.line(toks.tokens[last.start].line)?;
        Some((line.span(), found))
    }

    /// Head pieces of the two lines after the first: each of a line's first three segments
    /// that is short (a byline, a slider line) and that a head template matches, up to the
    /// first long one (the lead), which loses only a byline glued to its start.
    fn head_cuts(&self, doc: &Doc<'_>, toks: &DocTokens, cuts: &mut Vec<(Range<usize>, usize)>) {
        for n in 1..=HEAD_LINES.min(toks.lines.len() - 1) {
            let line = toks.line_tokens(n);
            let key = line_key(doc, toks, line.start);
            let Some(doc_line) = doc.line(toks.tokens[line.start].line) else {
                continue;
            };
            for seg in toks.segments(line.clone()).take(HEAD_PIECES) {
                let piece = &toks.tokens[seg.clone()];
                let end = if seg.end == line.end {
                    doc_line.span().end
                } else {
                    text_offset(doc, toks, seg.end)
                };
                let start = text_offset(doc, toks, seg.start);
                if is_head_piece(key, piece) {
                    // A short piece the profile does not know (a slider's buttons on a day
                    // they were not learned) is still no lead: go on to the next one.
                    if let Some(found) = self.head_match(key, piece) {
                        cuts.push((start..end, found));
                    }
                } else {
                    // The lead, with a byline glued to its start by a space.
                    if let Some((len, found)) = self.lead_opening(key, piece) {
                        cuts.push((start..text_offset(doc, toks, seg.start + len), found));
                    }
                    break;
                }
            }
        }
    }

    /// A byline that opens a long first segment (the lead): the longest whole head line that
    /// opens it, or else the first head ending with a dash (`- عين اليوم`) among its first
    /// [`HEAD_WORDS`] words. Returns the byline's length in tokens.
    fn lead_opening(&self, key: &str, piece: &[Token]) -> Option<(usize, usize)> {
        let run = &piece[..piece.len().min(HEAD_TOKENS)];
        let mut h = SeqHash::EMPTY;
        let mut best = None;
        for (len, tok) in run.iter().enumerate() {
            h = h.push(tok.text(key));
            if len + 1 < piece.len() && words(&run[..=len]) >= 2 {
                if let Some(found) = self.lookup(TemplateKind::HeadLine, h, key, &run[..=len]) {
                    best = Some((len + 1, found));
                }
            }
        }
        if best.is_some() {
            return best;
        }
        for end in 2..run.len() {
            if words(&run[..end]) > HEAD_WORDS {
                break;
            }
            let mut h = SeqHash::EMPTY;
            for len in 1..=end {
                let tok = &run[end - len];
                h = h.push(tok.text(key));
                if len >= 2 && tok.text(key) == "-" {
                    if let Some(found) = self.lookup_end(h, key, &run[end - len..end]) {
                        return Some((end, found));
                    }
                }
            }
        }
        None
    }

    /// The head ending whose tokens are `run`, given the hash of `run` read backwards.
    fn lookup_end(&self, hash: SeqHash, key: &str, run: &[Token]) -> Option<usize> {
        self.lookup(TemplateKind::HeadEnd, hash, key, run)
    }

    /// The head template that matches a short head piece: whole, by its opening, by its
    /// ending, or by its middle.
    fn head_match(&self, key: &str, piece: &[Token]) -> Option<usize> {
        let mut h = SeqHash::EMPTY;
        let mut opening = None;
        for (len, tok) in piece.iter().enumerate().take(HEAD_TOKENS) {
            h = h.push(tok.text(key));
            if len + 1 == piece.len() {
                if let Some(found) = self.lookup(TemplateKind::HeadLine, h, key, piece) {
                    return Some(found);
                }
            }
            if opening.is_none() {
                opening = self.lookup(TemplateKind::HeadStart, h, key, &piece[..=len]);
            }
        }
        if opening.is_some() {
            return opening;
        }
        let mut h = SeqHash::EMPTY;
        for len in 1..piece.len().min(HEAD_TOKENS) {
            h = h.push(piece[piece.len() - len].text(key));
            if let Some(found) = self.lookup_end(h, key, &piece[piece.len() - len..]) {
                return Some(found);
            }
        }
        for i in 0..piece.len() {
            for len in 3..=4 {
                let Some(run) = piece.get(i..i + len) else {
                    break;
                };
                if is_mid_shape(key, run) {
                    let h = run.iter().fold(SeqHash::EMPTY, |h, t| h.push(t.text(key)));
                    if let Some(found) = self.lookup(TemplateKind::HeadMid, h, key, run) {
                        return Some(found);
                    }
                }
            }
        }
        None
    }
}

/// The first token of the contact pieces (e-mail lines or segments, and a label such as
/// `تويتر:` before them) right before token `i`, or `i`; never before token `from`.
fn contact_before(doc: &Doc<'_>, toks: &DocTokens, i: usize, from: usize) -> usize {
    let mut start = i;
    let mut took_contact = false;
    for _ in 0..3 {
        if start <= from {
            break;
        }
        // The piece before `start`: the rest of the previous line, or the previous segment.
        let end = start;
        let mut begin = end - 1;
        let same_line = toks.tokens[start].starts != Start::Line;
        while begin > from
            && (if same_line {
                toks.tokens[begin].starts == Start::Inside
            } else {
                toks.tokens[begin - 1].line == toks.tokens[end - 1].line
            })
        {
            begin -= 1;
        }
        let key = line_key(doc, toks, begin);
        let piece = &toks.tokens[begin..end];
        let label =
            took_contact && words(piece) <= 2 && piece.last().is_some_and(|t| t.text(key) == ":");
        if is_contact(key, piece) {
            took_contact = true;
        } else if !label {
            break;
        }
        start = begin;
    }
    start
}

/// The end of the document's last line with text, before its line break: a cut to the end
/// leaves the document's final break as it was.
fn text_end(doc: &Doc<'_>, toks: &DocTokens) -> usize {
    toks.last_line
        .and_then(|line| doc.line(line))
        .map_or(doc.text().len(), |l| l.span().end)
}

/// The offset in the document's text where token `i` starts.
fn text_offset(doc: &Doc<'_>, toks: &DocTokens, i: usize) -> usize {
    let t = &toks.tokens[i];
    doc.line(t.line)
        .map_or(doc.text().len(), |l| l.key_to_text(t.start as usize))
}

impl crate::rule::Rule for SiteProfile {
    fn id(&self) -> &'static str {
        SITE_PROFILE
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        for (span, i) in self.inner.cuts(doc) {
            let t = &self.inner.templates[i];
            out.push(Removal::new(
                span,
                SITE_PROFILE,
                Reason::SiteTemplate {
                    kind: t.kind(),
                    template: t.shared_text(),
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Cleaner;

    fn profile(templates: &[(TemplateKind, &str)]) -> SiteProfile {
        SiteProfile::new(
            "example.com",
            1000,
            templates
                .iter()
                .map(|&(k, t)| Template::new(k, t, 100, 100))
                .collect(),
        )
    }

    /// What the profile alone removes (the default rules now take some contact lines too).
    fn removed(p: &SiteProfile, text: &str) -> Vec<String> {
        let cleaner = crate::CleanerBuilder::empty()
            .rule(p.clone())
            .build()
            .unwrap();
        cleaner
            .explain(text)
            .removals
            .iter()
            .filter(|r| r.rule == SITE_PROFILE)
            .map(|r| text[r.span.clone()].trim().to_owned())
            .collect()
    }

    const BODY: &str = "قال المتحدث الرسمي إن الاجتماع الذي عقد أمس ناقش عددا من الموضوعات المهمة، وإن اللجنة ستعود للانعقاد في الأسبوع المقبل لاستكمال النقاش حول المشروعات الجديدة.";

    #[test]
    fn cases() {
        use TemplateKind::*;
        let p = profile(&[
            (Tail, "رابط الخبر بصحيفة المثال:"),
            (Tail, "للتواصل مع الكاتب"),
            (HeadLine, "عين المثال – الرياض"),
            (HeadEnd, "– عين المثال"),
            (HeadStart, "Next Previous"),
        ]);
        let cases: &[(&str, String, &[&str])] = &[
            // name, text, removed pieces
            (
                "permalink-after-last-sentence",
                format!("عنوان\n{BODY} رابط الخبر بصحيفة المثال: عنوان"),
                &["رابط الخبر بصحيفة المثال: عنوان"],
            ),
            (
                "spelling-variant",
                format!("عنوان\n{BODY} رابـط الخبـر بصحيفة المثال: عنوان"),
                &["رابـط الخبـر بصحيفة المثال: عنوان"],
            ),
            (
                "mid-sentence-is-kept",
                format!("عنوان\n{BODY} وقال إن رابط الخبر بصحيفة المثال: عنوان"),
                &[],
            ),
            (
                "contact-glued-with-email",
                format!("عنوان\n{BODY}\nname@mail.comللتواصل مع الكاتب ارسل رسالة"),
                &["name@mail.comللتواصل مع الكاتب ارسل رسالة"],
            ),
            (
                "email-line-before-anchor",
                format!("عنوان\n{BODY}\nname@mail.com\nللتواصل مع الكاتب ارسل رسالة"),
                &["name@mail.com\nللتواصل مع الكاتب ارسل رسالة"],
            ),
            (
                "byline-by-ending",
                format!("عنوان\nسعيد علي – عين المثال\n{BODY}"),
                &["سعيد علي – عين المثال"],
            ),
            (
                "slider-then-byline-glued-to-lead",
                format!("عنوان\nNext Previous عين المثال – الرياض {BODY}"),
                &["Next Previous", "عين المثال – الرياض"],
            ),
            (
                "first-line-is-never-cut",
                format!("سعيد علي – عين المثال\n{BODY}"),
                &[],
            ),
            (
                "tail-in-first-half-is-kept",
                format!("عنوان\nرابط الخبر بصحيفة المثال: عنوان\n{BODY}\n{BODY}"),
                &[],
            ),
            (
                "more-than-half-is-kept",
                "عنوان\nنص قصير. رابط الخبر بصحيفة المثال: عنوان طويل جدا جدا جدا جدا جدا جدا جدا جدا".to_owned(),
                &[],
            ),
        ];
        let mut failed = Vec::new();
        for (name, text, want) in cases {
            let got = removed(&p, text);
            if got != *want {
                failed.push(format!("{name}: {got:?} != {want:?}"));
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    /// A tail template over each of many short blocks at a page's end: each block is in the
    /// tail once the blocks below it are cut, so all go at once (cut two a pass, twenty blocks
    /// outlasted the cleaner's passes and cleaning again cut more). A template with more than
    /// the tail's 60 words below it, before the next one, stays.
    #[test]
    fn repeated_tail_blocks_go_in_one_pass() {
        let p = profile(&[(TemplateKind::Tail, "رابط الخبر بصحيفة المثال:")]);
        let cleaner = crate::CleanerBuilder::empty().rule(p).build().unwrap();
        let block = format!("رابط الخبر بصحيفة المثال: عنوان\n{BODY}\n");
        let article = format!("عنوان\n{BODY}\n{BODY}\n{BODY}\n");
        let text = format!("{article}{}", block.repeat(20));
        let report = cleaner.explain(&text);
        assert_eq!(report.output, article);
        assert_eq!(cleaner.clean(&report.output), report.output);
        // The report joins the two cuts (the last block's, and the chain above it).
        let spans: Vec<_> = report.removals.iter().map(|r| r.span.clone()).collect();
        assert_eq!(spans, vec![article.len()..text.len()]);
        assert_eq!(
            report.removals[0].reason.to_string(),
            "site template (tail) \"رابط الخبر بصحيفة المثال :\""
        );
        // With three paragraphs (78 words) below it, the first template is not in the tail of
        // what the cuts below leave.
        let far = format!("{article}{block}{BODY}\n{BODY}\n{}", block.repeat(4));
        let kept = cleaner.clean(&far);
        assert_eq!(kept, format!("{article}{block}{BODY}\n{BODY}\n"));
        assert_eq!(cleaner.clean(&kept), kept);
    }

    #[test]
    fn contact_line_at_the_end() {
        let p = profile(&[(TemplateKind::Contact, "")]);
        let text = format!("عنوان\n{BODY}\nm.writer@example.com\n");
        assert_eq!(removed(&p, &text), ["m.writer@example.com"]);
        let text = format!(
            "عنوان\n{BODY}\nراسلونا على العنوان البريدي في أي وقت تشاؤون من فضلكم @example\n"
        );
        assert_eq!(removed(&p, &text), Vec::<String>::new());
    }

    #[test]
    fn reason_names_the_template() {
        let p = profile(&[(TemplateKind::Tail, "رابط الخبر بصحيفة المثال:")]);
        let cleaner = Cleaner::builder().rule(p).build().unwrap();
        let report = cleaner.explain(&format!("عنوان\n{BODY} رابط الخبر بصحيفة المثال: عنوان"));
        let r = report
            .removals
            .iter()
            .find(|r| r.rule == SITE_PROFILE)
            .unwrap();
        assert_eq!(
            r.reason.to_string(),
            "site template (tail) \"رابط الخبر بصحيفة المثال :\""
        );
    }
}
