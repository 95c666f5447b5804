//! The site a document belongs to: the host of its URL, or a host name given as it is.

/// The site of a document, for picking its profile from a record's URL: the host of a URL
/// (`http://user@www.Example.com:8080/a?b` → `www.Example.com`), or the trimmed value itself
/// when it holds no `://`; `None` when that leaves nothing. Case, `www.` and a trailing dot
/// are left to [`Profiles`](crate::Profiles), which ignores them. The CLI's `--site-field`
/// and the Python package's `site=` both read sites this way.
///
/// ```
/// assert_eq!(textsieve::site_of("https://user@www.Example.com:8080/a?b"), Some("www.Example.com"));
/// assert_eq!(textsieve::site_of("http://[::1]:80/x"), Some("::1"));
/// assert_eq!(textsieve::site_of(" sabq.org "), Some("sabq.org"));
/// assert_eq!(textsieve::site_of("  "), None);
/// ```
pub fn site_of(value: &str) -> Option<&str> {
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
            assert_eq!(site_of(value), want, "{value:?}");
        }
    }
}
