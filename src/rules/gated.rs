//! Built-in patterns that a page builds only if one of its keys may match.

use once_cell::sync::Lazy;
use regex::Regex;

/// A built-in pattern, compiled on first use, behind a gate: a cheap test that every key the
/// pattern matches passes (the rule's tests check it). Until the pattern is built, a key that
/// fails the gate is turned away without building it, so a page none of whose keys pass never
/// builds it: compiling a pattern costs a new process's first document far more than asking
/// the gate of its lines. Once the pattern is built it alone answers, since its search turns a
/// key away about as cheaply as the gate would (the date gate on every line cost 0.2% more
/// instructions over a tenth of the real pages than the searches it spared).
pub(crate) struct GatedPattern {
    pattern: Lazy<Regex>,
    gate: fn(&str) -> bool,
}

impl GatedPattern {
    /// The pattern that `build` compiles, behind `gate`.
    pub(crate) const fn new(build: fn() -> Regex, gate: fn(&str) -> bool) -> GatedPattern {
        GatedPattern {
            pattern: Lazy::new(build),
            gate,
        }
    }

    /// Whether the pattern matches `key`.
    pub(crate) fn is_match(&self, key: &str) -> bool {
        (Lazy::get(&self.pattern).is_some() || (self.gate)(key)) && self.pattern.is_match(key)
    }

    /// The pattern, built if it was not.
    pub(crate) fn regex(&self) -> &Regex {
        &self.pattern
    }
}

/// Words a gate looks for at an edge of a key, each with its first and last byte: comparing
/// a byte first turns most words away before a string is compared.
pub(crate) struct EdgeWords(Vec<(u8, u8, &'static str)>);

impl EdgeWords {
    /// The `words`, but an empty one (which would open and end every text).
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> EdgeWords {
        let edges = |w: &'static str| Some((*w.as_bytes().first()?, *w.as_bytes().last()?, w));
        EdgeWords(words.into_iter().filter_map(edges).collect())
    }

    /// The first word of each of `phrases`.
    pub(crate) fn first_words(phrases: &[&'static str]) -> EdgeWords {
        EdgeWords::new(phrases.iter().filter_map(|p| p.split_whitespace().next()))
    }

    /// The last word of each of `phrases`.
    pub(crate) fn last_words(phrases: &[&'static str]) -> EdgeWords {
        EdgeWords::new(
            phrases
                .iter()
                .filter_map(|p| p.split_whitespace().next_back()),
        )
    }

    /// Whether `text` opens with one of the words.
    pub(crate) fn opens(&self, text: &str) -> bool {
        let Some(&b) = text.as_bytes().first() else {
            return false;
        };
        self.0
            .iter()
            .any(|&(first, _, word)| first == b && text.starts_with(word))
    }

    /// Whether `text` ends with one of the words.
    pub(crate) fn ends(&self, text: &str) -> bool {
        let Some(&b) = text.as_bytes().last() else {
            return false;
        };
        self.0
            .iter()
            .any(|&(_, last, word)| last == b && text.ends_with(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits() -> Regex {
        Regex::new(r"^\d+$").expect("pattern")
    }

    fn opens_with_digit(key: &str) -> bool {
        key.starts_with(|c: char| c.is_ascii_digit())
    }

    #[test]
    fn the_gate_spares_building_and_then_steps_aside() {
        let pattern = GatedPattern::new(digits, opens_with_digit);
        assert!(!pattern.is_match("x1"));
        assert!(
            Lazy::get(&pattern.pattern).is_none(),
            "built for a key the gate turns away"
        );
        assert!(!pattern.is_match("1x"));
        assert!(Lazy::get(&pattern.pattern).is_some());
        assert!(pattern.is_match("12"));
        assert!(!pattern.is_match("x1"));
    }

    #[test]
    fn edge_words_are_found_at_their_edge() {
        let words = EdgeWords::new(["reply", "رد", ""]);
        assert!(words.opens("reply to") && words.opens("رد") && !words.opens("to reply"));
        assert!(words.ends("to reply") && words.ends("الرد") && !words.ends("reply to"));
        assert!(!words.opens("") && !words.ends(""));
    }
}
