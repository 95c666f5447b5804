//! The site of a JSON Lines record: the host of the URL in `--site-field`, or the field's
//! value when it is not a URL ([`textsieve::site_of`]).

use serde_json::{Map, Value};

/// The site of `record`, from its field `field`: `None` when the field is missing, is not a
/// string, or is blank.
pub fn of_record<'r>(record: &'r Map<String, Value>, field: &str) -> Option<&'r str> {
    match record.get(field) {
        Some(Value::String(s)) => textsieve::site_of(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_or_not_a_string() {
        let record: Map<String, Value> =
            serde_json::from_str(r#"{"url": 7, "site": "sabq.org"}"#).unwrap();
        assert_eq!(of_record(&record, "url"), None);
        assert_eq!(of_record(&record, "nope"), None);
        assert_eq!(of_record(&record, "site"), Some("sabq.org"));
    }
}
