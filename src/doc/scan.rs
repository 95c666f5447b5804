//! The scanner: folds a line into its key and measures it (words, letters, punctuation, glue
//! points) in one pass over its characters, stepping over runs of plain letters at once.
//!
//! Separate from the view because it is the hot loop of building one, with fast paths
//! (eight ASCII letters at a time, whole Arabic words, a word after a space) whose naive
//! twins are tested here; the view only keeps what it returns.

use crate::char_table::{CharInfo, Count, Fold, InfoTable};
use crate::doc::data::Stats;
use crate::fold::LineFolder;
use crate::glue::{self, GlueKind};

/// Adds the bytes of `sum` to their [`Count`]s.
fn add_counts(counts: &mut [usize; 7], sum: u64) {
    for (k, count) in counts.iter_mut().enumerate() {
        *count += ((sum >> (8 * k)) & 0xFF) as usize;
    }
}

/// Characters stepped over by [`skip_runs`], whose counts are known: Arabic letters and
/// marks, and ASCII lower-case letters.
#[derive(Default)]
struct Runs {
    arabic: usize,
    latin: usize,
    /// Arabic marks, which count as visible characters only.
    marks: usize,
    /// Of the marks, those that count as letters too (harakat, tatweel).
    letter_marks: usize,
    /// ASCII digits.
    digits: usize,
    /// Punctuation stepped over between a word and the next (visible characters), of which
    /// sentence ends and clause marks.
    punct: usize,
    terminal: usize,
    clause: usize,
}

impl Runs {
    fn add(&mut self, other: &Runs) {
        self.arabic += other.arabic;
        self.latin += other.latin;
        self.marks += other.marks;
        self.digits += other.digits;
        self.letter_marks += other.letter_marks;
        self.punct += other.punct;
        self.terminal += other.terminal;
        self.clause += other.clause;
    }
}

/// Scans the Arabic letters and marks from `at`, inside a word, when the glue scanner is
/// [right after an Arabic letter](glue::Scanner::after_arabic_letter) and the key is being
/// copied from the line, and the words after single spaces that open with a letter that is
/// its own key; returns where they end. The key is copied, but for a letter that folds to
/// another (put) or a mark (dropped).
#[inline]
#[allow(clippy::too_many_arguments)]
fn arabic_run(
    line: &str,
    at: usize,
    table: &InfoTable,
    folder: &mut LineFolder<'_>,
    keys: &mut String,
    glue: &mut glue::Scanner,
    found: &mut impl FnMut(usize, GlueKind),
    words: &mut usize,
    runs: &mut Runs,
) -> usize {
    let (end, letters, marks, letter_marks, new_words) = glue.arabic_word(
        line.as_bytes(),
        at,
        table.arabic_word(),
        table.arabic_steps(),
        found,
        |at, index| {
            let key = match table.arabic_info(index).fold() {
                Fold::To(f) => Some(f),
                Fold::Drop | Fold::Complex => None,
            };
            folder.extend(at);
            folder.put_at(key, at + 2, keys);
        },
    );
    runs.arabic += letters;
    runs.marks += marks;
    runs.letter_marks += letter_marks;
    *words += new_words;
    end
}

/// Steps over the letters from `at` that change nothing but counts (runs of plain letters
/// inside a word, and a single space before the first letter of the next word), when the
/// scanner is inside a word and the key is being copied from the line; returns where the
/// scan resumes.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn skip_runs(
    line: &str,
    at: usize,
    table: &InfoTable,
    folder: &mut LineFolder<'_>,
    keys: &mut String,
    glue: &mut glue::Scanner,
    found: &mut impl FnMut(usize, GlueKind),
    words: &mut usize,
    runs: &mut Runs,
) -> usize {
    // The scanner's state and the counts in locals, which the loop keeps in registers; behind
    // the references, every word stored and loaded them again.
    let mut scanner = glue.clone();
    let mut counts = Runs::default();
    let mut new_words = 0;
    let end = word_after_word(
        line,
        at,
        table,
        folder,
        keys,
        &mut scanner,
        found,
        &mut new_words,
        &mut counts,
    );
    *glue = scanner;
    *words += new_words;
    runs.add(&counts);
    end
}

/// The loop of [`skip_runs`].
#[inline(always)]
#[allow(clippy::too_many_arguments, clippy::inline_always)]
fn word_after_word(
    line: &str,
    mut at: usize,
    table: &InfoTable,
    folder: &mut LineFolder<'_>,
    keys: &mut String,
    glue: &mut glue::Scanner,
    found: &mut impl FnMut(usize, GlueKind),
    words: &mut usize,
    runs: &mut Runs,
) -> usize {
    let bytes = line.as_bytes();
    loop {
        let rest = bytes.get(at..).unwrap_or_default();
        if glue.after_arabic_letter() {
            at = arabic_run(line, at, table, folder, keys, glue, found, words, runs);
        } else if glue.inside_latin_word() {
            // Lower-case letters, and lower-case words after single spaces: for the rules, a
            // word start after a Latin word is a space and a first letter where nothing joins.
            let (run, word, spaces) = latin_run(rest);
            // Letters of the last word taken.
            let tail = run - word;
            if run > 0 {
                let last = table.info(char::from(rest[run - 1])).bits();
                if spaces > 0 {
                    glue.space(found);
                    glue.word_start(last, found);
                    glue.skip_latin(tail - 1, last);
                } else {
                    glue.skip_latin(tail, last);
                }
                runs.latin += run - spaces;
                *words += spaces;
                at += run;
            }
        }
        // ASCII digits: for the glue scanner, each is what a space is (no letter, no joiner),
        // and they fold to themselves.
        let digits = bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 0 {
            glue.space(found);
            runs.digits += digits;
            at += digits;
        }
        // Punctuation that ends a word (`, ` `. ` `" ` `، `) is stepped over with the space
        // after it: for the glue scanner, what follows a space is the same whatever came
        // before it, and such punctuation folds to itself.
        let (at_space, punct) = if bytes.get(at) == Some(&b' ') {
            (at, 0)
        } else {
            match punct_before_space(bytes.get(at..).unwrap_or_default(), table) {
                Some((len, counts)) => (at + len, counts),
                None => return at,
            }
        };
        let rest = bytes.get(at_space..).unwrap_or_default();
        let (len, bits) = match rest {
            [b' ', b, ..] if b.is_ascii_lowercase() => (2, table.info(char::from(*b)).bits()),
            [b' ', lead, second, ..] if table.is_arabic_word_start(*lead, *second) => {
                // Its bits by the in-word table, which holds every such letter: no decoding.
                let index = crate::char_table::arabic_index(*lead, *second).unwrap_or_default();
                let bits = table.arabic_word()[usize::from(index)] & !CharInfo::RUN_STOP;
                (3, bits)
            }
            // A word opening with a letter that folds to another (`أن`, `إلى`, `The`): its
            // key character is put after the run.
            [b' ', lead, second, ..] if table.is_arabic_mapped_start(*lead, *second) => {
                let c = line.get(at_space + 1..).and_then(|s| s.chars().next());
                let info = table.info(c.unwrap_or('\0'));
                let Fold::To(f) = info.fold() else {
                    return at;
                };
                folder.extend(at_space);
                folder.space_then_put(f, at_space + 3, keys);
                (3, info.bits())
            }
            // A number: its first digit starts a word, and is no letter.
            [b' ', b, ..] if b.is_ascii_digit() => (2, 0),
            [b' ', b, ..] if b.is_ascii_uppercase() => {
                folder.extend(at_space);
                folder.space_then_put(char::from(b.to_ascii_lowercase()), at_space + 2, keys);
                (2, table.info(char::from(*b)).bits())
            }
            _ => return at,
        };
        if punct != 0 {
            let count = |count: Count| ((punct >> (8 * count as u64)) & 0xFF) as usize;
            runs.punct += count(Count::Visible);
            runs.terminal += count(Count::Terminal);
            runs.clause += count(Count::Clause);
        }
        at = at_space;
        glue.space(found);
        *words += 1;
        if bits == 0 {
            runs.digits += 1;
        } else if len == 2 {
            glue.word_start(bits, found);
            runs.latin += 1;
        } else {
            glue.word_start(bits, found);
            runs.arabic += 1;
        }
        at += len;
    }
}

/// The ASCII lower-case letters at the start of `rest`, and the single spaces among them that
/// stand before one: how many bytes they take, where the last word of them starts (0 if no
/// space was taken) and how many spaces were taken.
///
/// Eight bytes at a time while all of them are taken (bit tricks on a `u64`: each byte's top
/// bit tells whether it is a letter, or a space before one), then byte by byte.
#[inline]
fn latin_run(rest: &[u8]) -> (usize, usize, usize) {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const TOPS: u64 = ONES * 0x80;
    let (mut run, mut word, mut spaces) = (0, 0, 0);
    while let Some(chunk) = rest.get(run..run + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if w & TOPS != 0 {
            break;
        }
        // All ASCII, so no sum below carries into the next byte: the top bit is set for
        // `a` and above (`0x61 + 0x1F = 0x80`) but not above `z` (`0x7A + 0x05 = 0x7F`).
        let lower = (w + ONES * 0x1F) & !(w + ONES * 0x05) & TOPS;
        // A byte that is 0 after `^ 0x20` (a space) stays below `0x80` after `+ 0x7F`.
        let space = !((w ^ (ONES * 0x20)) + ONES * 0x7F) & TOPS;
        // A space counts when the next byte is a letter (the last byte's next is unknown).
        let taken = lower | (space & lower >> 8);
        if taken != TOPS {
            break;
        }
        if space != 0 {
            spaces += space.count_ones() as usize;
            word = run + (63 - space.leading_zeros() as usize) / 8 + 1;
        }
        run += 8;
    }
    while let Some(&b) = rest.get(run) {
        if b.is_ascii_lowercase() {
            run += 1;
        } else if b == b' ' && rest.get(run + 1).is_some_and(u8::is_ascii_lowercase) {
            run += 1;
            word = run;
            spaces += 1;
        } else {
            break;
        }
    }
    (run, word, spaces)
}

/// The punctuation that opens `rest` before a space, up to three characters that are no
/// letter, digit, mark or space, visible, and their own key, below U+0800: how many bytes
/// they take and the sum of their counts; none if there are no such characters, or no space
/// after them.
#[inline(never)]
fn punct_before_space(rest: &[u8], table: &InfoTable) -> Option<(usize, u64)> {
    let (mut len, mut counts) = (0, 0);
    for _ in 0..3 {
        let (c, n) = match rest.get(len..).unwrap_or_default() {
            [b' ', ..] => break,
            [b, ..] if *b < 0x80 => (u32::from(*b), 1),
            [lead @ 0xC2..=0xDF, second, ..] => {
                (u32::from(lead & 0x1F) << 6 | u32::from(second & 0x3F), 2)
            }
            _ => return None,
        };
        let info = table.info(char::from_u32(c).unwrap_or('\0'));
        let not = CharInfo::SPACE
            | CharInfo::INVISIBLE
            | CharInfo::WORDY
            | CharInfo::MARK
            | CharInfo::ARABIC
            | CharInfo::LATIN;
        if info.has(not) || !info.has(CharInfo::SAME) {
            return None;
        }
        counts += info.counts();
        len += n;
    }
    (len > 0 && rest.get(len) == Some(&b' ')).then_some((len, counts))
}

/// Folds `line` into `keys` and measures it (words, punctuation, glue points), in one pass
/// over its characters.
pub(super) fn scan(line: &str, table: &InfoTable, keys: &mut String) -> Stats {
    let bytes = line.as_bytes();
    let mut folder = LineFolder::new(line);
    let mut glue = glue::Scanner::default();
    let (mut strong, mut soft) = (0, 0);
    let mut found = |_, kind| match kind {
        GlueKind::Strong => strong += 1,
        GlueKind::Soft => soft += 1,
    };
    let mut counts = [0usize; 7];
    let (mut words, mut in_word) = (0, false);
    // Each byte of `sum` counts one `Count` of up to 255 characters before it is added up.
    let (mut sum, mut in_sum) = (0u64, 0u32);
    // Letters stepped over inside words, whose counts are known: plain Arabic letters and
    // ASCII lower-case letters.
    let mut runs = Runs::default();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let c = if byte < 0x80 {
            char::from(byte)
        } else {
            line.get(at..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or('\0')
        };
        let info = table.info(c);
        sum += info.counts();
        in_sum += 1;
        if in_sum == 255 {
            add_counts(&mut counts, sum);
            (sum, in_sum) = (0, 0);
        }
        // A word is counted at its first letter or digit.
        let alnum = info.has(CharInfo::WORDY);
        words += usize::from(alnum && !in_word);
        in_word = (in_word || alnum) && !info.has(CharInfo::SPACE);
        folder.step(at, c, info, keys);
        glue.step(at, info, &mut found);
        at += c.len_utf8();
        // Inside a word, with the key copied from the line: runs of letters that change no
        // state but counts are stepped over at once.
        if in_word && folder.copying(at) {
            at = skip_runs(
                line,
                at,
                table,
                &mut folder,
                keys,
                &mut glue,
                &mut found,
                &mut words,
                &mut runs,
            );
            folder.extend(at);
        }
    }
    add_counts(&mut counts, sum);
    for (count, n) in [
        (
            Count::Visible,
            runs.arabic + runs.latin + runs.marks + runs.digits + runs.punct,
        ),
        (Count::Digit, runs.digits),
        (Count::Terminal, runs.terminal),
        (Count::Clause, runs.clause),
        (Count::Letter, runs.arabic + runs.latin + runs.letter_marks),
        (Count::Arabic, runs.arabic),
    ] {
        counts[count as usize] += n;
    }
    folder.finish(keys);
    glue.finish(&mut found);
    let visible = |c: &char| !table.info(*c).has(CharInfo::SPACE | CharInfo::INVISIBLE);
    let first_char = line.chars().find(visible);
    let last_char = line
        .chars()
        .rev()
        .filter(visible)
        .find(|&c| !table.info(c).has(CharInfo::CLOSING));
    let letters = counts[Count::Letter as usize];
    let (strong_glue, soft_glue) = if letters > 0 { (strong, soft) } else { (0, 0) };
    Stats {
        chars: counts[Count::Visible as usize],
        words,
        letters,
        arabic_letters: counts[Count::Arabic as usize],
        unspaced_letters: counts[Count::Unspaced as usize],
        digits: counts[Count::Digit as usize],
        terminal_punct: counts[Count::Terminal as usize],
        clause_punct: counts[Count::Clause as usize],
        strong_glue,
        soft_glue,
        ends_with_terminal: last_char.is_some_and(|c| table.info(c).has(CharInfo::TERMINAL)),
        last_char,
        first_char,
        bullet: (first_char.is_some_and(|c| table.info(c).has(CharInfo::BULLET))
            || opens_with_plus_item(line, first_char))
            && letters > 0,
    }
}

/// Whether `line`, whose first visible character is `first_char`, opens with a `+` and a
/// space: the mark of a list of a product's strengths beside its `-` weaknesses (`+ عمر
/// بطارية ممتاز`), or of a changelog's additions (`+ Added banners`). A bullet, as
/// [`is_bullet`](crate::script::is_bullet)'s characters are; but not `+` alone: `+966 12 345
/// 6789` is a telephone number, `+5 °C` a temperature. Invisible characters before it (a
/// right-to-left mark before an Arabic line) are skipped, as for the other bullets.
fn opens_with_plus_item(line: &str, first_char: Option<char>) -> bool {
    first_char == Some('+')
        && line
            .find('+')
            .is_some_and(|at| line[at + 1..].starts_with([' ', '\t']))
}

#[cfg(test)]
pub(super) use tests::line_strategy;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;
    use crate::script::{
        is_arabic_letter, is_bullet, is_clause_punct, is_closing, is_invisible, is_letter,
        is_terminal_punct, is_unspaced_script,
    };
    use proptest::prelude::*;

    /// Naive twin of [`scan`]'s measurements: the predicates, one loop per measure.
    fn naive_measure(line: &str) -> Stats {
        let mut s = Stats::default();
        for word in line.split(char::is_whitespace) {
            if word.chars().any(|c| {
                !is_invisible(c)
                    && (c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) || is_letter(c))
            }) {
                s.words += 1;
            }
        }
        let visible: Vec<char> = line
            .chars()
            .filter(|&c| !c.is_whitespace() && !is_invisible(c))
            .collect();
        s.chars = visible.len();
        for &c in &visible {
            if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
                s.digits += 1;
            } else if is_letter(c) {
                s.letters += 1;
                if is_arabic_letter(c) {
                    s.arabic_letters += 1;
                } else if is_unspaced_script(c) {
                    s.unspaced_letters += 1;
                }
            } else if is_terminal_punct(c) {
                s.terminal_punct += 1;
            } else if is_clause_punct(c) {
                s.clause_punct += 1;
            }
        }
        s.last_char = visible.iter().rev().copied().find(|&c| !is_closing(c));
        s.ends_with_terminal = s.last_char.is_some_and(is_terminal_punct);
        s.first_char = visible.first().copied();
        s.bullet = (s.first_char.is_some_and(is_bullet)
            || opens_with_plus_item(line, s.first_char))
            && s.letters > 0;
        if s.letters > 0 {
            (s.strong_glue, s.soft_glue) = glue::count(line);
        }
        s
    }

    pub(in crate::doc) fn line_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[\u{0621}-\u{064A} a-zA-Z.,:;!?\"»)\\]-]{0,10}",
            // Glued Arabic and Latin words: alefs, `ال`, final letters, case joins.
            3 => "[\u{0627}\u{0623}\u{0625}\u{0622}\u{0644}\u{0629}\u{0649}\u{0628}\u{0645}\u{064A}\u{064B}]{1,12}",
            2 => "[a-cA-C]{1,5}",
            // Arabic and Latin words between single spaces: deep `ال`, final letters, marks.
            2 => "([\u{0627}\u{0644}\u{0629}\u{0649}\u{0623}\u{0628}\u{064B}\u{0640}\u{06A9}]{1,6} ){1,5}",
            1 => "([a-cA]{1,4} ){1,5}",
            1 => "([0-9]{1,4}[a-c,.\u{0628}]? ?){1,4}",
            // Words after punctuation and a space: `end. Next`, `كلمة، أخرى`, `"quoted" Title`.
            2 => "[a-zA-Z\u{0627}\u{0644}\u{0629}\u{0628}]{1,4}[.,:;!?\"»)\\]\u{060C}\u{061B}\u{061F}\u{0640}\u{064B}\u{00A0}-]{0,2} [a-zA-Z\u{0621}-\u{064A}0-9\"(]{1,3}",
            2 => "[\u{0600}-\u{06FF}\u{0750}-\u{077F}\u{FB50}-\u{FEFF}]{1,4}",
            1 => "[ \t\u{00A0}\u{2003}\u{200B}-\u{200F}\u{00AD}•·–+0-9٠-٩]{1,3}",
            1 => "[À-ɏͰ-ӿ\u{0300}-\u{036F}ǅﬀ東京都は]{1,3}",
            1 => any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..10).prop_map(|v| v.concat().replace(['\n', '\r'], " "))
    }

    #[test]
    fn a_plus_and_a_space_open_a_list_item() {
        let bullet = |line: &str| scan(line, InfoTable::get(), &mut String::new()).bullet;
        assert!(bullet("+ عمر بطارية ممتاز"));
        assert!(bullet("  + Added banners"));
        assert!(bullet("\u{200F}+ عمر بطارية ممتاز"));
        assert!(bullet("\u{FEFF}+ Added banners"));
        assert!(!bullet("+966 12 345 6789 هاتف"));
        assert!(!bullet("+5 °C in the north"));
        assert!(!bullet("+ 12"));
        assert!(!bullet("Prices + wages"));
    }

    proptest! {
        // 256 cases by default; set PROPTEST_CASES for a longer run.
        #[test]
        fn scan_agrees_with_naive_twins(line in line_strategy()) {
            let mut key = String::new();
            let s = scan(&line, InfoTable::get(), &mut key);
            prop_assert_eq!(key, crate::fold::fold(&line), "{:?}", line);
            let n = naive_measure(&line);
            prop_assert_eq!(
                (s.chars, s.words, s.letters, s.arabic_letters, s.unspaced_letters, s.digits),
                (n.chars, n.words, n.letters, n.arabic_letters, n.unspaced_letters, n.digits),
                "{:?}", line
            );
            prop_assert_eq!(
                (s.terminal_punct, s.clause_punct, s.strong_glue, s.soft_glue, s.ends_with_terminal),
                (n.terminal_punct, n.clause_punct, n.strong_glue, n.soft_glue, n.ends_with_terminal),
                "{:?}", line
            );
            prop_assert_eq!(
                (s.last_char, s.first_char, s.bullet),
                (n.last_char, n.first_char, n.bullet),
                "{:?}", line
            );
        }
    }

    /// Lower-case words and single spaces, with the bytes next to `a`..`z` and spaces now and
    /// then.
    fn latin_run_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            6 => "[a-z]{1,9}",
            3 => Just(" ".to_owned()),
            1 => "[`{@AZ.\u{7F}\u{80}\u{FF}é\t]",
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    /// Naive twin of [`latin_run`]: byte by byte.
    fn naive_latin_run(rest: &[u8]) -> (usize, usize, usize) {
        let (mut run, mut word, mut spaces) = (0, 0, 0);
        while run < rest.len() {
            if rest[run].is_ascii_lowercase() {
                run += 1;
            } else if rest[run] == b' ' && rest.get(run + 1).is_some_and(u8::is_ascii_lowercase) {
                run += 1;
                word = run;
                spaces += 1;
            } else {
                break;
            }
        }
        (run, word, spaces)
    }

    proptest! {
        #[test]
        fn latin_run_agrees_with_naive_twin(text in latin_run_strategy()) {
            prop_assert_eq!(latin_run(text.as_bytes()), naive_latin_run(text.as_bytes()), "{:?}", text);
        }
    }

    #[test]
    fn stats() {
        let doc = Doc::new("  • قال الوزير، إن المحادثات «مثمرة».\nHomeNewsSport");
        let first = doc.line(0).unwrap();
        assert!(first.is_bullet());
        assert_eq!(first.words(), 5);
        assert_eq!(first.clause_punct(), 1);
        assert!(first.ends_with_terminal());
        let second = doc.line(1).unwrap();
        assert_eq!(second.words(), 1);
        assert_eq!(second.strong_glue(), 2);
        assert!(!second.ends_with_terminal());
        // Glue inside runs of plain letters, which the scanner steps over.
        assert_eq!(glue::count("ترامبالحوثيون"), (0, 1));
        for line in [
            "ترامبالحوثيون",
            "مفاتيح اليومإسرائيلدونالد",
            "الأمريكيةدونالد ترامب",
            "About EuronewsCommercial ServicesTerms",
            "the endNext, the end.Next",
        ] {
            let doc = Doc::new(line);
            let l = doc.line(0).unwrap();
            assert_eq!(
                (l.strong_glue(), l.soft_glue()),
                glue::count(line),
                "{line}"
            );
        }
    }
}
