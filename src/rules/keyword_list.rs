//! `keyword-list`: tag and keyword lists, labelled or not.

use crate::doc::{Doc, Line};
use crate::error::BuildError;
use crate::lexicon::KEYWORD_LABELS;
use crate::phrases::{trim_decoration, Lexicon, PhraseSet, UserPatterns};
use crate::rule::{Reason, Removal, Rule};
use crate::rules::title::heads_article;
use crate::rules::{is_announced, is_join, is_title_like, number, Share};

const ID: &str = "keyword-list";

/// The most words of a line whose pairs are counted: a tag list is shorter, and a longer
/// line costs time for nothing. Set by hand with the crate's first rules (7277df5).
const MAX_COUNTED_WORDS: usize = 2000;

/// The most words of a tag on a line of its own after a label alone. Set by hand with the
/// crate's first rules (7277df5).
const MAX_TAG_WORDS: usize = 6;

/// How much of a tag list is letters (seven in ten at least): formulas and tables repeat
/// symbols and numbers. Set with the formulas that are not tag lists (7ab4025).
const MIN_LETTER_SHARE: Share = Share::new(7, 10);

/// More clause marks than one per eight words, between two paragraphs, is a quoted chorus,
/// punctuated like the sentences around it. Set with the quoted-chorus check (346ab37).
const CHORUS_CLAUSE_SHARE: Share = Share::new(1, 8);

/// A tag list has at most one clause mark per four words (the commas between tags). Set by
/// hand with the crate's first rules (7277df5).
const MAX_CLAUSE_SHARE: Share = Share::new(1, 4);

/// The smallest [`KeywordList::min_words`] `build` accepts: shorter lines repeat a pair by
/// chance.
const LEAST_MIN_WORDS: usize = 4;

/// Fewest items of a list in alphabetical order: eight lines fall into that order by chance
/// about once in 40,000 runs, and a site's category, blogroll and tag widgets list dozens.
/// Set by hand with the sorted lists (5c78635); on the dev pages the lists left in the
/// output hold 8 to 129 items.
const MIN_SORTED_ITEMS: usize = 8;

/// Fewest different first letters in a list in alphabetical order: lines that all open
/// with one word (`Select a Make`, `Select Make First`) sort by what follows it.
const MIN_SORTED_INITIALS: usize = 3;

/// Removes keyword and tag lists.
///
/// * **Labelled**: a line that opens with a label (`كلمات دلالية:`, `وسوم`, `Tags:`,
///   `Keywords:`, `Topics:`, …) followed by a colon or glued to the tags, unless the rest is a
///   finished sentence. A label alone on its line takes the short lines after it, up to
///   the article's title when the list stands right above the article (see
///   `related-section`: the line whose words the lead repeats).
/// * **Unlabelled**: a line of at least [`min_words`](Self::min_words) words with no sentence
///   end whose word pairs mostly repeat (the same tags printed three times over). A line
///   with a comma every few words between two paragraphs is a quoted chorus, and stays.
/// * **In alphabetical order**: eight or more tag-sized lines in a row (up to six words,
///   opening with a letter, no full stop) whose keys run in alphabetical order, opening with
///   three different letters at least. Sites print their categories, tag clouds, blogrolls
///   and author lists sorted by name; an article orders its lists by its own logic, and one
///   announced by a line ending in a colon stays whatever its order.
/// * **With counts**: ten or more names each with its count in brackets, alone on one line
///   (`Politics (12) Sport (5) …`, a blog's categories, a tag cloud), unless the line stands
///   between two paragraphs or under a line ending in a colon. Shorter lists with counts are
///   an article's as often (a medal table, a poll, seats), and entries set apart by commas
///   or semicolons are a line-up's or a report's: they stay.
///
/// ```
/// use textsieve::{CleanerBuilder, KeywordList};
/// let cleaner = CleanerBuilder::empty().rule(KeywordList::default()).build()?;
/// assert_eq!(cleaner.clean("The story.\nTags: Gaza, Egypt, truce"), "The story.\n");
/// assert_eq!(cleaner.clean("Topics: we discuss the economy and how it grew this year."),
///            "Topics: we discuss the economy and how it grew this year.");
/// let categories = "Art\nBooks\nCrafts\nFood\nGardens\nMusic\nTravel\nYouth\n";
/// assert_eq!(cleaner.clean(&format!("The story.\n{categories}")), "The story.\n");
/// let cloud = "Politics (12) Sport (5) Arts (9) Books (3) Weather (1) Crime (7) Film (4) Food (8) Music (6) Travel (2)";
/// assert_eq!(cleaner.clean(&format!("The story.\n{cloud}")), "The story.\n");
/// # Ok::<(), textsieve::BuildError>(())
/// ```
#[derive(Debug, Clone)]
pub struct KeywordList {
    labels: Lexicon,
    patterns: UserPatterns,
    min_words: usize,
    min_repeated_share: f32,
}

impl Default for KeywordList {
    /// # Defaults
    /// The labels of `lexicon::KEYWORD_LABELS` (`src/lexicon/keyword_labels.tsv`); unlabelled lists of
    /// at least 12 words where at least half of the word pairs repeat.
    fn default() -> KeywordList {
        KeywordList {
            labels: Lexicon::new(ID, &KEYWORD_LABELS),
            patterns: UserPatterns::default(),
            min_words: 12,
            min_repeated_share: 0.5,
        }
    }
}

impl KeywordList {
    /// Adds a list label (any spelling: it is folded).
    #[must_use]
    pub fn label(mut self, label: &str) -> KeywordList {
        self.labels.add(label);
        self
    }

    /// Removes a label, compared after folding.
    #[must_use]
    pub fn remove_label(mut self, label: &str) -> KeywordList {
        self.labels.remove(label);
        self
    }

    /// Adds a regular expression: a line whose folded key it matches is a keyword list.
    #[must_use]
    pub fn pattern(mut self, pattern: &str) -> KeywordList {
        self.patterns.add(ID, pattern);
        self
    }

    /// The fewest words an unlabelled line needs before repetition is judged.
    ///
    /// # Defaults
    /// 12. Values below 4 are rejected by `build`.
    #[must_use]
    pub fn min_words(self, words: usize) -> KeywordList {
        KeywordList {
            min_words: words,
            ..self
        }
    }

    /// The share of word pairs that must occur more than once in an unlabelled list.
    ///
    /// # Defaults
    /// 0.5. Values outside `(0, 1]` are rejected by `build`.
    #[must_use]
    pub fn min_repeated_share(self, share: f32) -> KeywordList {
        KeywordList {
            min_repeated_share: share,
            ..self
        }
    }

    /// Whether `line` opens with a label followed by a colon or glued tags; `Some(true)` when
    /// the label stands alone.
    pub(crate) fn labelled(phrases: &PhraseSet, line: &Line<'_>) -> Option<bool> {
        let key = line.key();
        let end = phrases.prefix(key)?;
        if trim_decoration(&key[end..]).is_empty() {
            return Some(true);
        }
        let text = line.text();
        let at = line.key_to_text(end) - line.span().start;
        let rest = text[at..].trim_start();
        let separated = rest.starts_with([':', '：', '|', '-', '–']);
        if !(separated || is_join(text, at)) || line.ends_with_period() {
            return None;
        }
        Some(false)
    }

    /// The highest repeat count of a word pair, if enough pairs repeat.
    fn repeats(&self, key: &str, pairs: &mut Vec<(u64, u64)>) -> Option<usize> {
        pairs.clear();
        let mut prev: Option<u64> = None;
        let mut push = |h: u64| {
            if let Some(p) = prev {
                pairs.push((p, h));
            }
            prev = Some(h);
        };
        // The words between single spaces, hashed as the bytes go by (as `split(' ')` and
        // FNV-1a hashes would, without a search per word), the first MAX_COUNTED_WORDS.
        let (mut h, mut words) = (FNV_OFFSET, 0);
        for &b in key.as_bytes() {
            if b == b' ' {
                push(h);
                h = FNV_OFFSET;
                words += 1;
                if words == MAX_COUNTED_WORDS {
                    break;
                }
            } else {
                h = fnv_step(h, b);
            }
        }
        if words < MAX_COUNTED_WORDS {
            push(h);
        }
        let total = pairs.len();
        if total == 0 || !may_repeat_enough(pairs, self.min_repeated_share) {
            return None;
        }
        // Equal pairs side by side: each run is one distinct pair and its count.
        pairs.sort_unstable();
        let (mut repeated, mut most) = (0usize, 0usize);
        let mut run_start = 0;
        for i in 1..=total {
            if i == total || pairs[i] != pairs[run_start] {
                let run = i - run_start;
                if run > 1 {
                    repeated += run;
                }
                most = most.max(run);
                run_start = i;
            }
        }
        ((repeated as f32) >= self.min_repeated_share * total as f32 && most >= 2).then_some(most)
    }
}

/// A quick test that rules out most lines before [`KeywordList::repeats`] sorts their pairs:
/// false only if fewer than `share` of the pairs can be repeated ones.
///
/// A run of `r >= 2` equal pairs puts `r` pairs among the repeated ones and holds `r - 1`
/// repeats (pairs seen before), and `r <= 2 (r - 1)`: so the repeated pairs are at most twice
/// the repeats. One pass over a bit set of pair hashes counts the repeats and possibly some
/// collisions, never fewer; when twice that count falls short, so do the repeated pairs.
fn may_repeat_enough(pairs: &[(u64, u64)], share: f32) -> bool {
    let mut seen = [0u64; 128];
    let mut repeats = 0usize;
    for &(first, second) in pairs {
        // 13 bits of a mix of both hashes: a bit in 8192.
        let h = (first.rotate_left(17) ^ second).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 51;
        let (slot, bit) = ((h >> 6) as usize, 1u64 << (h & 63));
        if seen[slot] & bit == 0 {
            seen[slot] |= bit;
        } else {
            repeats += 1;
        }
    }
    (2 * repeats) as f32 >= share * pairs.len() as f32
}

/// Whether `line` can be an item of a list sorted by name: a tag-sized line opening with
/// a letter (a numbered list is in its numbers' order), not ending with a full stop.
fn is_sorted_item(line: &Line<'_>) -> bool {
    (1..=MAX_TAG_WORDS).contains(&line.words())
        && line.key().chars().next().is_some_and(char::is_alphabetic)
        && !line.ends_with_period()
}

/// The lists in alphabetical order of `doc` (see [`KeywordList`]), as ranges of line
/// indices. A run ends at the first line that is no item or sorts before the one above it,
/// and a run starting inside another ends where it does, so the scan goes on from the end
/// of each: one pass.
fn sorted_lists(doc: &Doc<'_>) -> Vec<std::ops::Range<usize>> {
    let mut lists = Vec::new();
    let mut index = 0;
    while let Some(first) = doc.line(index) {
        index += 1;
        if !is_sorted_item(&first) {
            continue;
        }
        let (mut above, mut initials) = (first.key(), 1);
        while let Some(line) = doc.line(index) {
            if !is_sorted_item(&line) || line.key() < above {
                break;
            }
            if line.key().chars().next() != above.chars().next() {
                initials += 1;
            }
            above = line.key();
            index += 1;
        }
        if index - first.index() >= MIN_SORTED_ITEMS
            && initials >= MIN_SORTED_INITIALS
            && !is_announced(&first)
        {
            lists.push(first.index()..index);
        }
    }
    lists
}

/// Whether the nearest non-blank lines before and after `line` both read as prose.
fn between_paragraphs(line: &Line<'_>) -> bool {
    let prose = |mut next: Option<Line<'_>>, forward: bool| {
        while let Some(l) = next {
            if !l.is_blank() {
                return l.is_prose();
            }
            next = if forward { l.next() } else { l.prev() };
        }
        false
    };
    prose(line.prev(), false) && prose(line.next(), true)
}

/// The most words of a category's name in a list with counts: blogs name theirs in phrases
/// (`Ideen die mich eines Tages reich machen werden`), longer than a tag.
const MAX_COUNTED_TAG_WORDS: usize = 8;

/// Fewest entries of a tag cloud with counts. A tag cloud or a blog's category list runs to
/// a dozen names and more (12, 69 and over 60 on the three pages it was found on); the lists
/// an article prints on one line with counts are shorter: a medal table, a poll, a
/// parliament's seats, a match's scorers, a league's top five (the golden fixture
/// `negative_counts_in_brackets` holds such lines of five and six entries). Set after seeing
/// both.
const MIN_COUNTED_TAGS: usize = 10;

/// The number of entries when `text` is nothing but a tag cloud or category list with each
/// entry's count: `Zeitgeschehen (182) Betrachtungen (97) Life of Michel (89) …`,
/// `برج العقرب (35) برج القوس (9) …`. Each entry is a name of at most
/// [`MAX_COUNTED_TAG_WORDS`] words with no comma, semicolon or colon (of any script) and a
/// whole number in brackets, and the line holds nothing else: a football line-up's `Aarón
/// Cruz (8.5), Ricardo Blanco (8)` or a report's `Journal articles (080); Reports (140)`
/// sets its entries apart with commas and semicolons, and stays.
fn counted_tags(text: &str) -> Option<usize> {
    let mut rest = text.trim();
    // Such a line ends with a count's bracket, which rules out nearly every line at once;
    // the brackets are counted, with one byte search, before any entry is read.
    if !rest.ends_with(')') || memchr::memchr_iter(b'(', rest.as_bytes()).count() < MIN_COUNTED_TAGS
    {
        return None;
    }
    let mut entries = 0;
    while !rest.is_empty() {
        let open = rest.find('(')?;
        let (name, after) = (rest[..open].trim(), &rest[open + 1..]);
        let close = after.find(')')?;
        let words = name.split_whitespace().count();
        let joins = |c: char| crate::script::is_clause_punct(c) || matches!(c, ':' | ')');
        if words == 0 || words > MAX_COUNTED_TAG_WORDS || name.contains(joins) {
            return None;
        }
        number(after[..close].trim())?;
        entries += 1;
        rest = after[close + 1..].trim_start();
    }
    (entries >= MIN_COUNTED_TAGS).then_some(entries)
}

/// FNV-1a: a fast, fixed hash for word identity within one line.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

impl Rule for KeywordList {
    fn id(&self) -> &'static str {
        ID
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        let Some(phrases) = self.labels.set() else {
            return;
        };
        for list in sorted_lists(doc) {
            let items = list.len();
            out.extend(
                list.filter_map(|i| doc.line(i))
                    .map(|line| Removal::line(&line, ID, Reason::SortedList { items })),
            );
        }
        let mut pairs = Vec::new();
        let mut index = 0;
        while let Some(line) = doc.line(index) {
            index += 1;
            if line.is_blank() {
                continue;
            }
            if !self.patterns.is_empty() && self.patterns.is_match(line.key()) {
                out.push(Removal::line(&line, ID, Reason::KeywordList));
                continue;
            }
            match KeywordList::labelled(phrases, &line) {
                Some(false) => {
                    out.push(Removal::line(&line, ID, Reason::KeywordList));
                    continue;
                }
                Some(true) => {
                    // A label alone: its tags follow, one or a few per line.
                    let mut tags = Vec::new();
                    while let Some(next) = doc.line(index) {
                        // The article's title under a tag list in its sidebar is no tag.
                        if next.is_blank()
                            || !is_title_like(&next, MAX_TAG_WORDS)
                            || heads_article(doc, &next)
                        {
                            break;
                        }
                        tags.push(Removal::line(&next, ID, Reason::KeywordList));
                        index += 1;
                    }
                    if !tags.is_empty() {
                        out.push(Removal::line(&line, ID, Reason::KeywordList));
                        out.append(&mut tags);
                    }
                    continue;
                }
                None => {}
            }
            // Ten counts hold ten digits at least: the line's digit count rules out nearly
            // every line before its text is read. A line between two paragraphs, or announced
            // by a line ending in a colon (`Final medal count:`), is a table or list the
            // article quotes.
            let counted = line.digits() >= MIN_COUNTED_TAGS;
            let quoted = || between_paragraphs(&line) || is_announced(&line);
            if let Some(tags) = counted
                .then(|| counted_tags(line.text()))
                .flatten()
                .filter(|_| !quoted())
            {
                out.push(Removal::line(&line, ID, Reason::CountedTags { tags }));
                continue;
            }
            // Formulas and tables repeat symbols and numbers; tag lists are words. A chorus
            // quoted between two paragraphs repeats its words too, but is punctuated like
            // the sentences around it.
            let wordy = MIN_LETTER_SHARE.reached(line.letters(), line.chars());
            let quoted = CHORUS_CLAUSE_SHARE.exceeded(line.clause_punct(), line.words())
                && between_paragraphs(&line);
            // A paragraph that names the same people again and again (`His Highness Prince
            // …, His Highness Prince …`) finishes a sentence inside the line, with clauses;
            // a tag list, even one glued after such a paragraph, is only words.
            // A line ending in a colon introduces what follows: a sentence (a paragraph
            // printed twice by its site, `… وهي:`), not a list of tags.
            let sentence = (line.terminal_punct() > 0 && line.clause_punct() >= 2)
                || line.text().trim_end().ends_with([':', '：']);
            if wordy
                && line.words() >= self.min_words
                && !line.ends_with_terminal()
                && !MAX_CLAUSE_SHARE.exceeded(line.clause_punct(), line.words())
                && !quoted
                && !sentence
            {
                if let Some(repeats) = self.repeats(line.key(), &mut pairs) {
                    out.push(Removal::line(
                        &line,
                        ID,
                        Reason::RepeatedPhrases { repeats },
                    ));
                }
            }
        }
    }

    fn validate(&self) -> Result<(), BuildError> {
        self.labels.validate()?;
        if self.min_words < LEAST_MIN_WORDS {
            return Err(BuildError::option(ID, "min_words must be at least 4"));
        }
        if !(self.min_repeated_share > 0.0 && self.min_repeated_share <= 1.0) {
            return Err(BuildError::option(
                ID,
                "min_repeated_share must be in (0, 1]",
            ));
        }
        self.patterns.validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (case name, input, removed texts)
    const CASES: &[crate::rules::Case] = &[
        ("counted-tags", "The story.\nPolitics (12) Sport (5) Life of the City (9) Reviews (3) Weather (1) Crime (7) Film (4) Food (8) Music (6) Travel (2)",
            &["Politics (12) Sport (5) Life of the City (9) Reviews (3) Weather (1) Crime (7) Film (4) Food (8) Music (6) Travel (2)"]),
        ("counted-tags-ar", "برج العقرب (35) برج القوس (9) برج الميزان (37) بنات (10) تفسير الأحلام (12) برج الحمل (20) برج الثور (14) برج الجوزاء (18) برج السرطان (11) برج الأسد (16)\nالخبر.",
            &["برج العقرب (35) برج القوس (9) برج الميزان (37) بنات (10) تفسير الأحلام (12) برج الحمل (20) برج الثور (14) برج الجوزاء (18) برج السرطان (11) برج الأسد (16)\n"]),
        // Each of these stays for one reason: nine entries; commas between the entries; a
        // semicolon between them; a line ending in a colon announces it; the line stands
        // between two paragraphs.
        ("nine-counted-tags", "Politics (12) Sport (5) Reviews (3) Weather (1) Crime (7) Film (4) Food (8) Music (6) Travel (2)", &[]),
        ("counts-with-commas", "Cruz (8), Blanco (8), Guzman (1), Cortes (4), Smith (6), Lopez (7), Mora (5), Arias (6), Vega (7), Soto (8)", &[]),
        ("counts-with-semicolons", "Articles (80); Reports (140); Notes (141); Speeches (150); Data (110); Maps (12); Books (3); Films (4); Talks (5); Plans (6)", &[]),
        ("counts-announced", "Final gold medal count:\nNorway (16) Germany (12) United States (9) Italy (8) Netherlands (8) Sweden (7) Austria (6) Switzerland (5) France (5) Canada (4) Japan (3)", &[]),
        ("counts-between-paragraphs", "The committee published the vote of every member state on Tuesday, a day after the session closed.\nGermany (3) France (2) Italy (2) Spain (1) Norway (1) Sweden (1) Poland (0) Greece (0) Ireland (0) Malta (0)\nThe figures will be checked again by the secretariat before the final report is sent to the members.", &[]),
        ("ar-names-paragraph", "حضر الاستقبال صاحب السمو الأمير خالد بن فهد، وصاحب السمو الأمير محمد بن فهد، وصاحب السمو الأمير عبدالله بن فهد، وصاحب السمو الأمير سعود بن فهد، وصاحب السمو الأمير تركي بن فهد. سمات الأمراء الوزراء", &[]),
        ("ar-labelled", "نص.\nكلمات دلالية: إسرائيل غزة سوريا", &["كلمات دلالية: إسرائيل غزة سوريا"]),
        ("ar-wasm", "وسوم: اقتصاد سياسة", &["وسوم: اقتصاد سياسة"]),
        ("en-tags", "Tags: Gaza, Egypt, truce\nNext", &["Tags: Gaza, Egypt, truce\n"]),
        ("label-alone", "Tags\nPolitics\nEconomy\n\nStory goes on, and on, with more words here.",
            &["Tags\n", "Politics\n", "Economy\n"]),
        // The tags of a sidebar right above the article: its title is no tag.
        ("label-alone-above-the-title", "Topics\nTransport\nCity Council\nCouncil expands the night bus network\nPosted by Dana on May 3\n\nThe council voted on Tuesday to expand the night bus network, adding eleven routes to the east.\nOfficials said the network would be paid for by a levy on parking.\n",
            &["Topics\n", "Transport\n", "City Council\n"]),
        ("unlabelled-repeat", "غزة سوريا الصحة اليمن إيران غزة سوريا الصحة اليمن إيران غزة سوريا الصحة",
            &["غزة سوريا الصحة اليمن إيران غزة سوريا الصحة اليمن إيران غزة سوريا الصحة"]),
        ("repeated-title-between-paragraphs",
            "The first paragraph, as articles go, is here.\nHow to Save Money How to Save Money How to Save Money\nThe story, as it goes, ends here.",
            &["How to Save Money How to Save Money How to Save Money\n"]),
        ("sorted-categories",
            "The council voted to expand the bus network.\nArchitecture\nBooks\nCity Council\nCrafts & Hobbies\nEducation\nFood and Drink\nGardening\nYouth sports\n",
            &["Architecture\n", "Books\n", "City Council\n", "Crafts & Hobbies\n", "Education\n", "Food and Drink\n", "Gardening\n", "Youth sports\n"]),
        ("ar-sorted-categories",
            "اقتصاد\nثقافة\nرياضة\nسياحة\nسياسة\nصحة\nعلوم\nمنوعات\nنص المقال هنا.",
            &["اقتصاد\n", "ثقافة\n", "رياضة\n", "سياحة\n", "سياسة\n", "صحة\n", "علوم\n", "منوعات\n"]),
        // negatives
        ("sorted-seven", "Architecture\nBooks\nCity Council\nEducation\nFood and Drink\nGardening\nYouth sports\n", &[]),
        ("sorted-announced",
            "The prize went to eight schools this year:\nAlder Park\nBirchwood\nCedar Hill\nElm Street\nFairview\nGreenfield\nHolly Lane\nOakridge\n",
            &[]),
        ("numbered-in-order", "1 Introduction\n2 Method\n3 Results\n4 Talks\n5 Votes\n6 Costs\n7 Risks\n8 Outlook\n", &[]),
        ("sorted-one-word-opening",
            "Select a brand\nSelect a make\nSelect a model\nSelect a year\nSelect colour\nSelect engine\nSelect trim\nSelect wheels\n",
            &[]),
        ("sorted-sentences",
            "Ann came.\nBen left.\nCal sang.\nDan ran.\nEve sat.\nFay wept.\nGus hid.\nHal ate.\n",
            &[]),
        ("menu-in-site-order", "Home\nNews\nSport\nBusiness\nCulture\nOpinion\nWeather\nContact\n", &[]),
        ("chorus-between-paragraphs",
            "She wrote, and you sing along, the lines below.\nSing it now: we go round, we go round, we go round and tell me who will stop the song, stop the song, stop the song, stop the song now, we go round\nThe story, as it goes on and on, ends here.",
            &[]),
        ("paragraph-printed-twice", "افتتح النادي الأدبي معرضه السنوي للكتاب في المدينة افتتح النادي الأدبي معرضه السنوي للكتاب في المدينة وضم المعرض ثلاثة أجنحة وهي:", &[]),
        ("topics-sentence", "Topics: we discuss the economy and how it grew.", &[]),
        ("prose", "The cat sat on the mat and the dog sat on the rug while the bird sang on the tree.", &[]),
        ("ar-prose", "وقال الوزير إن الحكومة ستواصل العمل وإن الحكومة ستواصل دعم القطاع الخاص في العام المقبل", &[]),
        ("formula", "( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 ) ( ∑ k = 1 n b k 2 )", &[]),
        ("label-word-in-prose", "Topics of the day were many and varied, said the host.", &[]),
    ];

    /// [`KeywordList::repeats`] without the quick test: sorts every line's pairs.
    fn naive_repeats(rule: &KeywordList, key: &str) -> Option<usize> {
        let words: Vec<&str> = key.split(' ').take(2000).collect();
        let mut pairs: Vec<(&str, &str)> = words.windows(2).map(|w| (w[0], w[1])).collect();
        pairs.sort_unstable();
        let total = pairs.len();
        let (mut repeated, mut most) = (0, 0);
        for run in pairs.chunk_by(|a, b| a == b) {
            if run.len() > 1 {
                repeated += run.len();
            }
            most = most.max(run.len());
        }
        (total > 0 && (repeated as f32) >= rule.min_repeated_share * total as f32 && most >= 2)
            .then_some(most)
    }

    proptest::proptest! {
        #[test]
        fn quick_test_changes_no_verdict(
            words in proptest::collection::vec(0usize..12, 1..2300),
            share in 0.05f32..1.0,
        ) {
            const VOCABULARY: [&str; 12] =
                ["غزة", "سوريا", "a", "b", "news", "sport", "tag", "x1", "وسوم", "ab", "ba", "z"];
            let key = words.iter().map(|&w| VOCABULARY[w]).collect::<Vec<_>>().join(" ");
            let rule = KeywordList::default().min_repeated_share(share);
            proptest::prop_assert_eq!(
                rule.repeats(&key, &mut Vec::new()),
                naive_repeats(&rule, &key),
                "{}", key
            );
        }
    }

    #[test]
    fn table() {
        crate::rules::check_cases(&KeywordList::default(), CASES);
    }

    #[test]
    fn options_are_checked() {
        assert!(KeywordList::default().min_words(2).validate().is_err());
        assert!(KeywordList::default()
            .min_repeated_share(0.0)
            .validate()
            .is_err());
        assert!(KeywordList::default()
            .min_repeated_share(f32::NAN)
            .validate()
            .is_err());
        assert!(KeywordList::default().label("Etiketler").validate().is_ok());
    }
}
