//! The site a document belongs to, for site profiles: a host name, or the host of a URL.

/// The host of a URL (`http://user@www.Example.com:8080/a?b` → `www.Example.com`), or the
/// trimmed value itself when it holds no `://`; `None` when that leaves nothing. The same as
/// the command-line tool's `--site-field` (`src/bin/textsieve/site.rs`), so a record's URL
/// picks the same profile from Python as from the tool. Case, `www.` and a trailing dot are
/// left to the crate, which ignores them.
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
