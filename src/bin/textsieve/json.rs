//! JSON Lines records read as raw JSON: an object's members, each a key and the raw text of
//! its value, borrowed from the line. A record is written back as its own bytes with only the
//! values the CLI changes spliced in (`record`), and only the values it reads are decoded.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The white space JSON allows between tokens.
const WHITE_SPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// A JSON object's members in input order, repeated keys included: each key (unescaped) and
/// the raw text of its value.
#[derive(Debug)]
pub struct Members<'a>(pub Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'a> Members<'a> {
    /// The value of the member `key`. When the key occurs more than once (JSON parsers
    /// disagree on which one counts) the last occurrence's: the rule of `serde_json::Value`,
    /// which the CLI read records into before.
    pub fn get(&self, key: &str) -> Option<&'a RawValue> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| *v)
    }
}

/// A parsed JSON Lines record.
#[derive(Debug)]
pub enum Parsed<'a> {
    Object(Members<'a>),
    /// Valid JSON, but not an object: its kind (see [`kind`]).
    Other(&'static str),
}

/// Why a record is not JSON this tool accepts: `serde_json`'s message without its position,
/// and the position (1-based line and byte column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub msg: String,
    pub line: usize,
    pub column: usize,
}

impl From<serde_json::Error> for SyntaxError {
    fn from(e: serde_json::Error) -> Self {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        SyntaxError {
            msg: full.strip_suffix(&suffix).unwrap_or(&full).to_owned(),
            line: e.line(),
            column: e.column(),
        }
    }
}

impl SyntaxError {
    /// An error of [`string`] on `value`, positioned in `record`, the record `value` is part
    /// of.
    pub fn in_value(e: serde_json::Error, record: &[u8], value: &RawValue) -> Self {
        let mut e = SyntaxError::from(e);
        // A record is one line, so its values are all on line 1.
        e.column += range_in(record, value).start;
        e
    }
}

/// As `serde_json` writes its errors.
impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.msg, self.line, self.column
        )
    }
}

/// Parses one record (white space around it allowed). Values are checked to be valid JSON but
/// not decoded.
pub fn parse(text: &str) -> Result<Parsed<'_>, SyntaxError> {
    if text.trim_start_matches(WHITE_SPACE).starts_with('{') {
        serde_json::from_str(text)
            .map(Parsed::Object)
            .map_err(|e| as_value_says(text.as_bytes(), e.into()))
    } else {
        serde_json::from_str(text)
            .map(|value| Parsed::Other(kind(value)))
            .map_err(|e| as_value_says(text.as_bytes(), e.into()))
    }
}

/// [`parse`] on bytes, which must be UTF-8 inside strings (`serde_json` says where they are not).
pub fn parse_slice(bytes: &[u8]) -> Result<Parsed<'_>, SyntaxError> {
    let start = bytes.iter().position(|b| !b" \t\n\r".contains(b));
    if start.is_some_and(|i| bytes[i] == b'{') {
        serde_json::from_slice(bytes)
            .map(Parsed::Object)
            .map_err(|e| as_value_says(bytes, e.into()))
    } else {
        serde_json::from_slice(bytes)
            .map(|value| Parsed::Other(kind(value)))
            .map_err(|e| as_value_says(bytes, e.into()))
    }
}

/// An error in a skipped value (a member's, or a record that is not an object) as
/// `serde_json::Value` reported it, decoding every value. Skipping, `serde_json` reports a trailing comma (`[1,]`,
/// `{"a":1,}`) as the value or key it expected at the bracket, and a control character in a
/// string one byte earlier (before it, not after it).
fn as_value_says(record: &[u8], mut e: SyntaxError) -> SyntaxError {
    if e.line != 1 {
        return e;
    }
    let at = e.column;
    let bracket = match e.msg.as_str() {
        "expected value" => b']',
        "key must be a string" => b'}',
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            // Decoding, the error is where the character is; skipping, before it.
            let before = at.checked_sub(1).map_or(b'"', |i| record[i]);
            if before >= 0x20 && record.get(at).is_some_and(|&b| b < 0x20) {
                // Where serde_json puts index `at + 1`.
                if record[at] == b'\n' {
                    (e.line, e.column) = (2, 0);
                } else {
                    e.column += 1;
                }
            }
            return e;
        }
        _ => return e,
    };
    let at = at.wrapping_sub(1);
    if record.get(at) == Some(&bracket) && record[..at].trim_ascii_end().ends_with(b",") {
        "trailing comma".clone_into(&mut e.msg);
    }
    e
}

/// The bytes of `text` that are its JSON value: without the white space around it.
pub fn trimmed(text: &str) -> Range<usize> {
    let start = text.len() - text.trim_start_matches(WHITE_SPACE).len();
    start..text.trim_end_matches(WHITE_SPACE).len()
}

/// Where `value`, borrowed from `record` by [`parse`] or [`parse_slice`], is in `record`.
///
/// # Panics
///
/// If `value` is not part of `record`.
pub fn range_in(record: &[u8], value: &RawValue) -> Range<usize> {
    let inner = value.get();
    let start = (inner.as_ptr() as usize)
        .checked_sub(record.as_ptr() as usize)
        .filter(|start| start + inner.len() <= record.len())
        .expect("a raw value borrowed from the record");
    start..start + inner.len()
}

/// A value's kind with its article, for messages.
pub fn kind(value: &RawValue) -> &'static str {
    match value.get().as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// The text of `value`, borrowed unless it has escapes; `None` when `value` is not a string.
/// An error for a string `serde_json` does not decode (an unpaired surrogate escape `\ud800`);
/// [`SyntaxError::in_value`] places it in the record.
pub fn string(value: &RawValue) -> Option<Result<Cow<'_, str>, serde_json::Error>> {
    value
        .get()
        .starts_with('"')
        .then(|| serde_json::from_str::<Str>(value.get()).map(|s| s.0))
}

/// A JSON string, borrowed when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StrVisitor;
        impl<'de> Visitor<'de> for StrVisitor {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(s)))
            }
        }
        deserializer.deserialize_str(StrVisitor)
    }
}

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(Str(key)) = map.next_key()? {
                    members.push((key, map.next_value()?));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(MembersVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(text: &str) -> Members<'_> {
        match parse(text) {
            Ok(Parsed::Object(m)) => m,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn members_in_order_with_repeats_and_raw_values() {
        let text = " {\"b\" : 1E400 ,\"a\\u00e9\":{\"$serde_json::private::Number\":\"1\"},\"b\":[ -0.0 ]}\r\n";
        let m = members(text);
        let keys: Vec<&str> = m.0.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["b", "a\u{e9}", "b"]);
        assert!(matches!(m.0[0].0, Cow::Borrowed(_)));
        assert_eq!(m.0[0].1.get(), "1E400");
        assert_eq!(m.0[1].1.get(), r#"{"$serde_json::private::Number":"1"}"#);
        // A repeated key: the last value.
        let last = m.get("b").unwrap();
        assert_eq!(last.get(), "[ -0.0 ]");
        assert_eq!(&text[range_in(text.as_bytes(), last)], "[ -0.0 ]");
        assert_eq!(&text[trimmed(text)], text.trim());
        assert!(m.get("a").is_none());
    }

    #[test]
    fn kinds_and_strings() {
        let text =
            r#"{"s":"a\/b","t":"plain","n":-1,"x":null,"f":false,"l":[],"o":{},"u":"\ud800"}"#;
        let m = members(text);
        let kinds: Vec<&str> = m.0.iter().map(|(_, v)| kind(v)).collect();
        assert_eq!(
            kinds,
            [
                "a string",
                "a string",
                "a number",
                "null",
                "a boolean",
                "an array",
                "an object",
                "a string"
            ]
        );
        let s = |key| string(m.get(key).unwrap());
        assert_eq!(s("s").unwrap().unwrap(), "a/b");
        assert!(matches!(s("t").unwrap().unwrap(), Cow::Borrowed("plain")));
        assert!(s("n").is_none());
        let e = SyntaxError::in_value(
            s("u").unwrap().unwrap_err(),
            text.as_bytes(),
            m.get("u").unwrap(),
        );
        // Where serde_json::Value reported it, parsing the whole record.
        let whole = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(e, SyntaxError::from(whole));
        assert_eq!(e.msg, "unexpected end of hex escape");
    }

    #[test]
    fn not_objects_and_errors() {
        for (text, kind) in [
            ("[1]", "an array"),
            (" \"a\"\n", "a string"),
            ("1E400", "a number"),
            ("null", "null"),
            ("true", "a boolean"),
        ] {
            assert!(
                matches!(parse(text), Ok(Parsed::Other(k)) if k == kind),
                "{text}"
            );
            assert!(matches!(parse_slice(text.as_bytes()), Ok(Parsed::Other(k)) if k == kind));
        }
        for text in [
            "{\"text\":",
            "not json",
            "{\"a\":1} x",
            "{\"a\" 1}",
            "",
            "\u{c}{}",
            // Errors inside a member's value, which is skipped, not decoded.
            "{\"a\":1,}",
            "{\"a\":[1, ]}",
            "{\"a\":{\"b\":[],\r}}",
            "{\"a\":[1,}",
            "{\"a\":{\"b\":1,]}",
            "{\"a\":[]]}",
            "{\"a\":{\"b\":,}}",
            "{\"a\":{\"b\" 1}}",
            "{\"a\":{1:2}}",
            "{\"a\":[01]}",
            "{\"a\":[1.]}",
            "{\"a\":[\"\\x\"]}",
            "{\"a\":[\"\t\"]}",
            "{\"a\":[\"x\n\"]}\n",
            "{\"a\":\"x\n",
            "{\"a\":{\"\u{1f}\":1}}",
            "{\"\t\t\":1}",
            "{\"text\":\"a\tb\"}",
            "{\"a\":\"\",\"b\":\"\t\"}",
            "[1,]",
            "[[1,] ]",
            "[\"\t\"]",
            "\"\n\"",
            "{\"a\":{\"b\":1",
        ] {
            let ours = parse(text).unwrap_err();
            let value = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            assert_eq!(ours.to_string(), value.to_string(), "{text:?}");
            assert_eq!(ours, SyntaxError::from(value), "{text:?}");
            let slice = parse_slice(text.as_bytes()).unwrap_err();
            assert_eq!(slice, ours, "{text:?}");
        }
        assert_eq!(
            parse("{\"text\":").unwrap_err().to_string(),
            "EOF while parsing a value at line 1 column 8"
        );
        assert!(parse_slice(b"{\"a\":\"\xff\"}").is_err());
    }
}
