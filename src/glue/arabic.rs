//! The glue scanner's fast path over Arabic letters where no rule finds anything.

use crate::char_table::{arabic_index, Step, STEPS_FROM};

/// Steps over the Arabic letters at the start of `bytes` that are their own key and where the
/// rules find nothing: a letter after a letter other than `ا` `ة` `ى`, not `إ` `آ`; after
/// `ا`, a letter other than an alef or a deep `ل`; with `words`, also a single space and the
/// first letter of the next word when that is a letter of these (so its own key). `prev` and
/// `in_word` are the scanner's state before them; returns how many bytes they take, the
/// state after them and how many spaces were taken. `steps` holds their [`steps`](crate::char_table::steps), and
/// `classes` the class bits by [`arabic_index`], for the last letter taken. Each letter costs
/// one look-up (which checks the lead byte too) and one test, with the state in a few
/// registers.
#[inline]
pub(super) fn plain_arabic(
    bytes: &[u8],
    classes: &[u32; 256],
    steps: &[u16; 0x340],
    prev: u32,
    mut in_word: usize,
    words: bool,
) -> (usize, u32, usize, usize) {
    let mut rest = bytes;
    let mut spaces = 0;
    // The high byte of the step of the letter before.
    let mut after = Step::after(prev);
    loop {
        while let [lead, second, next @ ..] = rest {
            let index = u16::from_be_bytes([*lead, *second]).wrapping_sub(STEPS_FROM);
            let Some(&c) = steps.get(usize::from(index)) else {
                break;
            };
            if c & after != 0 && !Step::careful(after, c, in_word) {
                return plain_arabic_end(bytes, rest, classes, prev, in_word, spaces);
            }
            after = c >> Step::NEXT;
            in_word += 1;
            rest = next;
        }
        // A space, then a word whose first letter is its own key: the rules see the end of
        // one word (no `ال` waiting) and the start of one, where nothing joins.
        let [b' ', lead, second, next @ ..] = rest else {
            break;
        };
        let index = u16::from_be_bytes([*lead, *second]).wrapping_sub(STEPS_FROM);
        match steps.get(usize::from(index)) {
            Some(&c) if words && c & Step::STOP == 0 => {
                after = c >> Step::NEXT;
                spaces += 1;
                in_word = 1;
                rest = next;
            }
            _ => break,
        }
    }
    plain_arabic_end(bytes, rest, classes, prev, in_word, spaces)
}

/// What [`plain_arabic`] returns when it stops at `rest`.
#[inline]
fn plain_arabic_end(
    bytes: &[u8],
    rest: &[u8],
    classes: &[u32; 256],
    prev: u32,
    in_word: usize,
    spaces: usize,
) -> (usize, u32, usize, usize) {
    let taken = bytes.len() - rest.len();
    // The letter taken last, if any, is the new `prev`.
    let prev = match bytes[..taken] {
        [.., lead, second] => arabic_index(lead, second).map_or(prev, |i| classes[usize::from(i)]),
        _ => prev,
    };
    (taken, prev, in_word, spaces)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::char_table::{CharInfo, InfoTable};
    use proptest::prelude::*;

    /// Naive twin of [`plain_arabic`]: the class bits and the rules of its doc, one letter at
    /// a time.
    fn naive_plain_arabic(
        bytes: &[u8],
        classes: &[u32; 256],
        mut prev: u32,
        mut in_word: usize,
        words: bool,
    ) -> (usize, u32, usize, usize) {
        let takes = |bits: u32| bits != 0 && bits & CharInfo::RUN_STOP == 0;
        let (mut at, mut spaces) = (0, 0);
        loop {
            let bits_at = |i: usize| match bytes.get(i..i + 2) {
                Some(&[lead, second]) => {
                    arabic_index(lead, second).map(|i| classes[usize::from(i)])
                }
                _ => None,
            };
            if let Some(bits) = bits_at(at) {
                let stop = !takes(bits)
                    || prev & CharInfo::FINAL != 0
                    || (prev & CharInfo::ALEF != 0
                        && (bits & CharInfo::ANY_ALEF != 0
                            || (bits & CharInfo::LAM != 0 && in_word >= 4)));
                if stop {
                    break;
                }
                (prev, in_word, at) = (bits, in_word + 1, at + 2);
            } else if let Some(bits) = bytes
                .get(at)
                .filter(|&&b| b == b' ' && words)
                .and_then(|_| bits_at(at + 1))
                .filter(|&bits| takes(bits))
            {
                (prev, in_word, at, spaces) = (bits, 1, at + 3, spaces + 1);
            } else {
                break;
            }
        }
        (at, prev, in_word, spaces)
    }

    fn arabic_run_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[\u{0627}\u{0644}\u{0629}\u{0649}\u{0628}\u{0645} ]",
            1 => "[\u{0621}-\u{0655}\u{06A9}\u{06CC}a.]",
        ];
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn plain_arabic_agrees_with_naive_twin(
            text in arabic_run_strategy(),
            prev in prop::sample::select(vec!['ب', 'ا', 'ة', 'ى', 'أ', 'ل']),
            in_word in 0usize..6,
            words: bool,
        ) {
            let table = InfoTable::get();
            let prev = table.info(prev).bits();
            prop_assert_eq!(
                plain_arabic(text.as_bytes(), table.arabic_word(), table.arabic_steps(), prev, in_word, words),
                naive_plain_arabic(text.as_bytes(), table.arabic_word(), prev, in_word, words),
                "{:?}", text
            );
        }
    }
}
