//! The written form of tokens, as profiles store them, and the hashes partial counts store.

use crate::profile::tokens::{tokenize, Token};

/// FNV-1a, 64 bits: a hash that is the same on every platform and in every release, since
/// partial counts store it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SeqHash(u64);

impl SeqHash {
    pub(crate) const EMPTY: SeqHash = SeqHash(0xcbf2_9ce4_8422_2325);

    /// The hash of the sequence extended by one token's text.
    pub(crate) fn push(self, text: &str) -> SeqHash {
        let mut h = self.0;
        for &b in text.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator no UTF-8 text holds, so that `ab c` and `a bc` differ.
        h ^= 0xff;
        SeqHash(h.wrapping_mul(0x0100_0000_01b3))
    }

    pub(crate) fn value(self) -> u64 {
        self.0
    }
}

/// FNV-1a of bytes, for document texts and checksums.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = SeqHash::EMPTY.0;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The tokens of `text` (folded first) as profiles write them: token texts joined by single
/// spaces. Used for deny-lists, which people type in any spelling.
pub(crate) fn canonical(text: &str) -> String {
    let key = crate::fold(text);
    let mut tokens = Vec::new();
    tokenize(&key, 0, &mut tokens);
    join(&key, &tokens)
}

/// Token texts joined by single spaces.
pub(crate) fn join(key: &str, tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t.text(key));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_texts() {
        assert_eq!(
            canonical("رابط الخبر بصحيفة الوئام:"),
            "رابط الخبر بصحيفة الويام :"
        );
        assert_eq!(
            canonical("تبدأ بالرمز (48) ثم مسافة"),
            "تبدا بالرمز ( # ) ثم مسافة"
        );
        assert_eq!(canonical("...المزيد"), ". المزيد");
        assert_eq!(canonical("إقـــرأ أيضاً"), "اقرا ايضا");
        assert_eq!(canonical("SMS 0.6%"), "sms # %");
        assert_eq!(canonical("عمر – عين — اليوم-"), "عمر - عين - اليوم -");
        assert_eq!(canonical(""), "");
        assert_eq!(canonical("12٫4 % نمو"), "# % نمو");
        assert_eq!(canonical("12٫"), "# ٫");
    }

    #[test]
    fn hashes_separate_tokens() {
        let ab = SeqHash::EMPTY.push("ab").push("c");
        let a = SeqHash::EMPTY.push("a").push("bc");
        assert_ne!(ab.value(), a.value());
        // Pinned: partial counts store these values, so they must never change.
        assert_eq!(
            (SeqHash::EMPTY.push("a").value(), hash_bytes(b"a")),
            (0x089b_c907_b544_c769, 0xaf63_dc4c_8601_ec8c)
        );
    }
}
