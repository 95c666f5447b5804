//! The site of a JSON Lines record: the host of the URL in `--site-field`, or the field's
//! value when it is not a URL.

use serde_json::{Map, Value};

/// The site of `record`, from its field `field`: `None` when the field is missing, is not a
/// string, or is blank.
pub fn of_record<'r>(record: &'r Map<String, Value>, field: &str) -> Option<&'r str> {
    match record.get(field) {
        Some(Value::String(s)) => of_value(s),
        _ => None,
    }
}

/// The host of a URL (`http://user@www.Example.com:8080/a?b` → `www.Example.com`), or the
/// trimmed value itself when it holds no `://`. Case, `www.` and a trailing dot are left to
/// the library, which ignores them.
pub fn of_value(value: &str) -> Option<&str> {
    let value = value.trim();
    let host = match value.split_once("://") {
        Some((_, rest)) => {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            if let Some(v6) = host.strip_prefix('[') {
                v6.split(']').next().unwrap_or("")
            } else {
                match host.rsplit_once(':') {
                    Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
                    _ => host,
                }
            }
        }
        None => value,
    };
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        const CASES: &[(&str, Option<&str>)] = &[
            ("http://www.alriyadh.com/1070995", Some("www.alriyadh.com")),
            (
                "https://user:pw@Example.com:8080/a?b#c",
                Some("Example.com"),
            ),
            (
                "http://aawsat.com/home/article/412746/سلمان",
                Some("aawsat.com"),
            ),
            ("https://example.org?x=1", Some("example.org")),
            ("http://[::1]:80/x", Some("::1")),
            ("alweeam.com.sa", Some("alweeam.com.sa")),
            ("  sabq.org \n", Some("sabq.org")),
            ("http:///path", None),
            ("", None),
        ];
        for &(value, want) in CASES {
            assert_eq!(of_value(value), want, "{value:?}");
        }
    }

    #[test]
    fn missing_or_not_a_string() {
        let record: Map<String, Value> =
            serde_json::from_str(r#"{"url": 7, "site": "sabq.org"}"#).unwrap();
        assert_eq!(of_record(&record, "url"), None);
        assert_eq!(of_record(&record, "nope"), None);
        assert_eq!(of_record(&record, "site"), Some("sabq.org"));
    }
}
