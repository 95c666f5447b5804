//! The site of a JSON Lines record: the host of the URL in `--site-field`, or the field's
//! value when it is not a URL ([`textsieve::site_of`]).

use std::borrow::Cow;

use crate::json::{self, Members};

/// The site of `record`, from its field `field` (its last occurrence, see [`Members::get`]):
/// `None` when the field is missing, is not a string, or is blank. Only that value is decoded.
pub fn of_record<'r>(record: &Members<'r>, field: &str) -> Option<Cow<'r, str>> {
    match json::string(record.get(field)?)?.ok()? {
        Cow::Borrowed(s) => textsieve::site_of(s).map(Cow::Borrowed),
        Cow::Owned(s) => textsieve::site_of(&s).map(|site| Cow::Owned(site.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Parsed;

    #[test]
    fn missing_or_not_a_string() {
        let text = r#"{"url": 7, "site": "sabq.org", "u": "http:\/\/www.a.com\/x", "b": " ", "site": "a.com"}"#;
        let Ok(Parsed::Object(record)) = json::parse(text) else {
            panic!()
        };
        assert_eq!(of_record(&record, "url"), None);
        assert_eq!(of_record(&record, "nope"), None);
        assert_eq!(of_record(&record, "b"), None);
        // The last of a repeated key.
        assert_eq!(of_record(&record, "site").as_deref(), Some("a.com"));
        assert!(matches!(of_record(&record, "site"), Some(Cow::Borrowed(_))));
        assert_eq!(of_record(&record, "u").as_deref(), Some("www.a.com"));
    }
}
