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
}
