//! Folding text into a key for matching.
//!
//! Scraped Arabic spells the same marker many ways (`إقرأ أيضاً` / `اقرأ ايضا`, `يعرض` with
//! Arabic or Persian yeh, tatweel inside words) and Latin markers come in any case. Rules match
//! lexicon phrases against a *folded key* of each line, never against the text itself, and the
//! output is always built from the original bytes.
//!
//! The fold works one character at a time, so that a key offset can always be traced back to
//! the source character that produced it ([`key_to_source`]):
//!
//! * invisible controls (bidi marks, zero-width joiners, BOM, soft hyphen) are dropped;
//! * compatibility decomposition (the per-character half of NFKC: presentation forms,
//!   ligatures, full-width Latin) is applied, then combining marks are dropped, which removes
//!   Arabic harakat and tanween, the hamza and madda on alef (`أ إ آ → ا`) and Latin accents;
//! * tatweel is dropped, `ٱ → ا`, `ى ی → ي`, `ک → ك`;
//! * letters are lower-cased;
//! * every run of white space becomes one ASCII space, and the key has none at either end.

use crate::char_table::{CharInfo, Fold, InfoTable};
use crate::script::fold_char;

/// Calls `emit(folded_char, source_byte_offset)` for every character of the key of `src`.
#[inline]
fn fold_each(src: &str, mut emit: impl FnMut(char, usize)) {
    let table = InfoTable::get();
    let mut folder = Folder::default();
    for (at, c) in src.char_indices() {
        folder.step(at, c, table.info(c), &mut emit);
    }
}

/// The fold between two characters: whether a space is pending (and where it came from), and
/// whether the key has started. [`Doc`](crate::Doc) drives it along with the line
/// measurements, one character at a time.
#[derive(Default)]
pub(crate) struct Folder {
    pending_space: Option<usize>,
    started: bool,
}

impl Folder {
    /// Folds `c`, found at byte `at` of the source, whose [`CharInfo`] is `info`.
    #[inline]
    pub(crate) fn step(
        &mut self,
        at: usize,
        c: char,
        info: CharInfo,
        emit: &mut impl FnMut(char, usize),
    ) {
        if info.has(CharInfo::SPACE) {
            if self.started && self.pending_space.is_none() {
                self.pending_space = Some(at);
            }
            return;
        }
        match info.fold() {
            Fold::Drop => {}
            Fold::To(f) => self.put(f, at, emit),
            Fold::Complex => fold_char(c, &mut |f| {
                // A decomposition may hold a space (`ﹶ` is space + fatha, `ﷺ` is a phrase): it
                // joins the white-space rule, so the key stays trimmed with single spaces.
                if f == ' ' {
                    if self.started && self.pending_space.is_none() {
                        self.pending_space = Some(at);
                    }
                } else {
                    self.put(f, at, emit);
                }
            }),
        }
    }

    #[inline]
    fn put(&mut self, f: char, at: usize, emit: &mut impl FnMut(char, usize)) {
        if let Some(space_at) = self.pending_space.take() {
            emit(' ', space_at);
        }
        self.started = true;
        emit(f, at);
    }
}

/// The fold of one line into a key buffer, for [`Doc`](crate::Doc): the same key as
/// [`fold_into`], but runs of characters that fold to themselves (and single spaces between
/// them) are copied from the line in one piece.
pub(crate) struct LineFolder<'l> {
    line: &'l str,
    /// `line[run_start..run_end]` is key text not yet copied out.
    run_start: usize,
    run_end: usize,
    /// A space is owed before the next key character.
    pending: bool,
    /// The owed space is one `' '` at `run_end`: the run can take it in.
    space_after_run: bool,
    started: bool,
}

impl<'l> LineFolder<'l> {
    pub(crate) fn new(line: &'l str) -> LineFolder<'l> {
        LineFolder {
            line,
            run_start: 0,
            run_end: 0,
            pending: false,
            space_after_run: false,
            started: false,
        }
    }

    /// Folds `c`, found at byte `at` of the line, whose [`CharInfo`] is `info`.
    #[inline]
    pub(crate) fn step(&mut self, at: usize, c: char, info: CharInfo, keys: &mut String) {
        if info.has(CharInfo::SPACE) {
            if self.started && !self.pending {
                self.pending = true;
                self.space_after_run = c == ' ' && self.run_end == at;
            } else {
                self.space_after_run = false;
            }
            return;
        }
        let next = at + c.len_utf8();
        if info.has(CharInfo::SAME) {
            if self.pending {
                self.pending = false;
                if !(self.space_after_run && self.run_end + 1 == at) {
                    self.flush(keys);
                    keys.push(' ');
                    self.run_start = at;
                }
            } else if self.run_end != at {
                self.flush(keys);
                self.run_start = at;
            }
            self.run_end = next;
            self.started = true;
            return;
        }
        self.flush(keys);
        match info.fold() {
            Fold::Drop => {}
            Fold::To(f) => self.put(f, keys),
            Fold::Complex => fold_char(c, &mut |f| {
                // A decomposition may hold a space (`ﹶ` is space + fatha, `ﷺ` is a phrase): it
                // joins the white-space rule, so the key stays trimmed with single spaces.
                if f == ' ' {
                    if self.started && !self.pending {
                        self.pending = true;
                        self.space_after_run = false;
                    }
                } else {
                    self.put(f, keys);
                }
            }),
        }
        self.run_start = next;
        self.run_end = next;
    }

    /// Whether the key is being copied from the line up to `at`: characters from `at` that
    /// fold to themselves only lengthen the run.
    #[inline]
    pub(crate) fn copying(&self, at: usize) -> bool {
        self.started && !self.pending && self.run_end == at
    }

    /// Takes the characters up to `end`, which all fold to themselves, into the run, when
    /// [`copying`](Self::copying).
    #[inline]
    pub(crate) fn extend(&mut self, end: usize) {
        self.run_end = end;
    }

    /// Folds a single space and then a character whose key is `f` (not itself), ending at
    /// `next`, when [`copying`](Self::copying) up to the space.
    #[inline]
    pub(crate) fn space_then_put(&mut self, f: char, next: usize, keys: &mut String) {
        self.flush(keys);
        keys.push(' ');
        keys.push(f);
        self.run_start = next;
        self.run_end = next;
    }

    /// Folds a character ending at `next` whose key is `f` (not itself), or nothing for
    /// `None`, when [`copying`](Self::copying) up to it.
    #[inline]
    pub(crate) fn put_at(&mut self, f: Option<char>, next: usize, keys: &mut String) {
        self.flush(keys);
        if let Some(f) = f {
            keys.push(f);
        }
        self.run_start = next;
        self.run_end = next;
    }

    /// Copies out what is left of the run.
    #[inline]
    pub(crate) fn finish(mut self, keys: &mut String) {
        self.flush(keys);
    }

    #[inline]
    fn flush(&mut self, keys: &mut String) {
        if self.run_start < self.run_end {
            keys.push_str(self.line.get(self.run_start..self.run_end).unwrap_or(""));
        }
        self.run_start = self.run_end;
    }

    #[inline]
    fn put(&mut self, f: char, keys: &mut String) {
        if self.pending {
            keys.push(' ');
            self.pending = false;
        }
        self.started = true;
        keys.push(f);
    }
}

/// The version of [`fold`]'s output, which is also the key of every [`Line`](crate::Line).
///
/// Folding is a heuristic that will learn new characters; anything that stores folded keys
/// needs to know whether they were made by the same fold. Bump this whenever `fold` gives a
/// different key for any input. Site profiles record it and are refused by a build whose
/// version differs (see [`ProfileErrorKind::Fold`](crate::ProfileErrorKind::Fold)); store it
/// beside keys of your own.
///
/// ```
/// let mut file = Vec::new();
/// textsieve::Profiles::new().write_to(&mut file)?;
/// let fold_line = String::from_utf8(file)?.lines().nth(1).map(str::to_owned);
/// let expected = format!("fold {} ", textsieve::FOLD_VERSION);
/// assert!(fold_line.is_some_and(|l| l.starts_with(&expected)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const FOLD_VERSION: u32 = 1;

/// Appends the folded key of `src` to `out`.
pub(crate) fn fold_into(src: &str, out: &mut String) {
    fold_each(src, |c, _| out.push(c));
}

/// Returns the folded key of `src`.
///
/// The exact key may change between releases; [`FOLD_VERSION`] says when it did.
///
/// ```
/// assert_eq!(textsieve::fold("إقرأ  أيضاً:"), "اقرا ايضا:");
/// assert_eq!(textsieve::fold("Cookie\u{200F} POLICY"), "cookie policy");
/// ```
pub fn fold(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    fold_into(src, &mut out);
    out
}

/// Maps a byte offset in the key of `src` back to a byte offset in `src`.
///
/// An offset inside the key maps to the start of the source character that produced that key
/// character; the key's length maps to the end of the last source character that produced
/// anything (so trailing spaces and invisible characters stay outside).
pub(crate) fn key_to_source(src: &str, key_offset: usize) -> usize {
    let table = InfoTable::get();
    let mut folder = Folder::default();
    let mut key_len = 0;
    let mut found = None;
    let mut end_of_last = 0;
    for (at, c) in src.char_indices() {
        let mut visible = false;
        folder.step(at, c, table.info(c), &mut |k, k_at| {
            if found.is_none() && key_len >= key_offset {
                found = Some(k_at);
            }
            key_len += k.len_utf8();
            // Key characters other than spaces come from the character at hand.
            visible |= k != ' ';
        });
        if let Some(found) = found {
            return found;
        }
        if visible {
            end_of_last = at + c.len_utf8();
        }
    }
    end_of_last
}

/// [`key_to_source`] given the key of `src` too: for an offset near the end of the key (a
/// phrase that ends a long line), only a tail of the line is folded instead of the whole of
/// it; other offsets fall back to the plain mapping.
///
/// Folding carries nothing across an ASCII space but "a space is owed", so the key of a
/// source split after a space is the key of the head, a space, and the key of the tail (either
/// may be empty). The tail grows until its key reaches `key_offset`: each round at least
/// doubles it and starts below the last split, so no byte is searched twice for a space and
/// the tails folded add up to a few times the last one: linear in the part of the line read.
pub(crate) fn key_to_source_in(src: &str, key: &str, key_offset: usize) -> usize {
    let wanted = key.len().saturating_sub(key_offset).max(1);
    let mut reach = wanted + 32;
    let mut tail_key = String::new();
    while reach < src.len() / 2 {
        let mut cut = src.len() - reach;
        while !src.is_char_boundary(cut) {
            cut -= 1;
        }
        let Some(space) = src[..cut].rfind(' ') else {
            break;
        };
        let split = space + 1;
        tail_key.clear();
        fold_into(&src[split..], &mut tail_key);
        if tail_key.len() >= wanted {
            let head = key.len() - tail_key.len().min(key.len());
            // Holds by the argument above; checked so that a slip can only cost time.
            let joined =
                key.ends_with(tail_key.as_str()) && (head == 0 || key.as_bytes()[head - 1] == b' ');
            if !joined || key_offset < head {
                break;
            }
            return split + key_to_source(&src[split..], key_offset - head);
        }
        // The next cut falls below this split (a long run without spaces is not searched
        // again), and the reach at least doubles.
        reach = reach.saturating_mul(2).max(src.len() - space + 1);
    }
    key_to_source(src, key_offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::char::decompose_compatible;

    /// Key bytes produced by `src[..end]`, counting a space that is still pending at `end`
    /// (it is emitted as soon as anything visible follows, so fold with a visible tail).
    fn naive_prefix_len(src: &str, end: usize) -> usize {
        fold(&format!("{}\u{1}", &src[..end])).len() - 1
    }

    /// Naive twin of [`key_to_source`] for offsets on key char boundaries: re-folds every
    /// prefix of the source. Offset `k` inside the key maps to the first source character
    /// whose prefix yields more than `k` key bytes; the key's length maps to the shortest
    /// prefix that folds to the whole key.
    fn naive_key_to_source(src: &str, key_offset: usize) -> usize {
        let key = fold(src);
        let ends = src.char_indices().map(|(at, c)| (at, at + c.len_utf8()));
        if key_offset >= key.len() {
            return std::iter::once(0)
                .chain(src.char_indices().map(|(at, c)| at + c.len_utf8()))
                .find(|&end| fold(&src[..end]).len() == key.len())
                .unwrap_or(src.len());
        }
        for (at, end) in ends {
            if naive_prefix_len(src, end) > key_offset {
                return at;
            }
        }
        unreachable!("offset {key_offset} inside the key of {src:?}")
    }

    fn source_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => "[\u{0621}-\u{064A} a-zA-Z:]{0,8}",
            2 => "[\u{0600}-\u{06FF}\u{0300}-\u{036F}\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}]{1,4}",
            1 => "[ \t\u{00A0}\u{2003}\u{3000}\u{200B}-\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{00AD}]{1,3}",
            1 => "[\u{FF01}-\u{FF5E}\u{2460}-\u{24FF}\u{3300}-\u{33FF}ǅﬀ]{1,3}",
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
    }

    #[test]
    fn key_to_source_in_maps_across_a_long_spaceless_run() {
        // A label, then a long run of characters that fold to nothing, then one word: each
        // round's tail must start below the last split, or the run is searched and folded
        // again on every round.
        let src = format!("advertisement {} x", "\u{200B}".repeat(200_000));
        let key = fold(&src);
        assert_eq!(key, "advertisement x");
        for k in [0, 13, 14, key.len()] {
            assert_eq!(
                key_to_source_in(&src, &key, k),
                key_to_source(&src, k),
                "offset {k}"
            );
        }
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.
        #[test]
        fn key_to_source_agrees_with_refolding(src in source_strategy()) {
            let key = fold(&src);
            let mut offsets: Vec<usize> = key.char_indices().map(|(i, _)| i).collect();
            offsets.push(key.len());
            for k in offsets {
                let fast = key_to_source(&src, k);
                prop_assert!(src.is_char_boundary(fast), "{:?} at {}", src, k);
                prop_assert_eq!(fast, naive_key_to_source(&src, k), "{:?} at {}", src, k);
            }
        }

        #[test]
        fn key_to_source_in_agrees(src in source_strategy(), pad in 0usize..200) {
            // Long heads make the tail route run.
            let src = format!("{}{src}", "ab ".repeat(pad));
            let key = fold(&src);
            let mut offsets: Vec<usize> = key.char_indices().map(|(i, _)| i).collect();
            offsets.push(key.len());
            for k in offsets {
                prop_assert_eq!(key_to_source_in(&src, &key, k), key_to_source(&src, k), "{:?} at {}", src, k);
            }
        }

        #[test]
        fn key_is_trimmed_with_single_spaces(src in source_strategy()) {
            let key = fold(&src);
            prop_assert_eq!(key.trim(), key.as_str());
            prop_assert!(!key.contains("  ") || src.chars().any(decomposes_to_space), "{:?}", key);
            prop_assert_eq!(fold(&key), key.clone(), "folding is idempotent");
        }
    }

    /// Naive twin of [`fold`]: character by character with the predicates, no table.
    fn naive_fold(src: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        let mut started = false;
        for c in src.chars() {
            if c.is_whitespace() {
                pending_space |= started;
                continue;
            }
            let mut parts = Vec::new();
            fold_char(c, &mut |f| parts.push(f));
            for f in parts {
                if f == ' ' {
                    pending_space |= started;
                    continue;
                }
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                started = true;
                out.push(f);
            }
        }
        out
    }

    proptest! {
        #[test]
        fn fold_agrees_with_naive_twin(src in source_strategy()) {
            prop_assert_eq!(fold(&src), naive_fold(&src), "{:?}", src);
        }
    }

    /// Characters whose compatibility decomposition holds a space (`ﷺ` and friends).
    fn decomposes_to_space(c: char) -> bool {
        let mut space = false;
        decompose_compatible(c, |d| space |= d.is_whitespace());
        space
    }

    #[test]
    fn arabic_spellings_meet() {
        assert_eq!(fold("إقرأ أيضاً"), fold("اقرا ايضا"));
        assert_eq!(fold("يعرض الآن"), fold("یعرض الان"));
        assert_eq!(fold("مقـــالات"), "مقالات");
        assert_eq!(fold("ٱلإعلان"), "الاعلان");
        assert_eq!(fold("مستشفى"), "مستشفي");
    }

    #[test]
    fn presentation_forms_and_latin() {
        assert_eq!(fold("\u{FEFB}"), "لا");
        assert_eq!(fold("ＡＤＶＥＲＴＩＳＥＭＥＮＴ"), "advertisement");
        assert_eq!(fold("Publicité"), "publicite");
        assert_eq!(fold("\u{FEFF}  Read\u{00A0}\u{00A0}More \t"), "read more");
    }

    #[test]
    fn decompositions_follow_the_same_rules() {
        // Found by the property tests: a decomposed space, vertical tab, presentation forms.
        assert_eq!(fold("\u{FE76}"), "");
        assert_eq!(fold("a \u{FE76} b"), "a b");
        assert_eq!(fold("\u{0B}x\u{0B}\u{0B}y\u{0B}"), "x y");
        assert_eq!(fold("\u{FBE4}"), fold("\u{06D0}"));
        assert_eq!(fold("\u{FB8E}"), "ك");
        assert_eq!(fold("\u{FDFA}"), "صلي الله عليه وسلم");
    }

    #[test]
    fn offsets_map_back() {
        let src = "  إقرأ أيضاً: نص";
        let key = fold(src);
        let colon = key.find(':').unwrap();
        assert_eq!(&src[key_to_source(src, colon)..], ": نص");
        assert_eq!(key_to_source(src, 0), 2);
        assert_eq!(key_to_source(src, key.len()), src.len());
        let trailing = "abc  \u{200F}";
        assert_eq!(key_to_source(trailing, 3), 3);
    }
}
