//! Counts, for every entry of the lexicon's tables (`src/lexicon/*.tsv`), the independent
//! sites on whose pages it occurs the way its rule matches it, and writes the counts into the
//! tables' `sites` column.
//!
//! ```text
//! cargo run --release --features lexicon-sites --example lexicon_sites              # report
//! cargo run --release --features lexicon-sites --example lexicon_sites -- --write   # and record
//! cargo run --release --features lexicon-sites --example lexicon_sites -- \
//!     --eval ../shared/eval --sample ../shared/samples/000_bac87c6c12006625.txt \
//!     --corpus ../shared/corpora/saudinewsnet-dev.jsonl.gz --sites sites.tsv
//! ```
//!
//! It prints one line per entry (table, phrase, language, recorded sites, counted sites, the
//! first sites), and a summary on stderr. The run is deterministic: the same data gives the
//! same output, byte for byte. The data is read where it lies and never copied.
//!
//! # The pages
//!
//! * the page suites `<eval>/dev/<suite>/<page>/input.txt`;
//! * the Arabic pages `<eval>/arabic-dev/data/<id>.txt`;
//! * the sample (euronews Arabic);
//! * the articles of the corpus (gzipped JSON Lines, read through `gzip -dc`).
//!
//! # The sites
//!
//! A site is a registrable domain (`www.bbc.co.uk` and `bbc.co.uk` are `bbc.co.uk`;
//! `blogs.wsj.com` is `wsj.com`; a blog host such as `blogspot.com` counts once, however many
//! blogs it holds), so a site seen in two suites counts once. It comes from:
//!
//! * the page's `url` in `meta.json` (the archived address for `web.archive.org` copies; a host
//!   in the name of pages whose `url` is only a label, as `hard::zeit.de.zugverkehr.html`);
//! * a `newspaper` page's id (`247wallst.com1`; the few named by language are mapped by hand
//!   from their pages: `cnn_article` is `cnn.com`, `chinese_article` `bbc.co.uk`, …);
//! * a `readability` page's id, where it names a site (`nytimes-3`, `bbc-1`, `wapo-2`; see
//!   [`READABILITY_SITES`]); the other ids name a test case (`base-url`, `rtl-1`), each its
//!   own site unless grouped below;
//! * `sources.json` for the Arabic pages (the two AKEC texts are one site), the corpus'
//!   `site` field, `euronews.com` for the sample.
//!
//! `dragnet_train` pages have no address, and some `readability` test cases none either: they
//! are grouped into sites by the template text they share. A page's *template lines* are its
//! distinct folded lines of one to twelve words, four characters or more and no digit (dates
//! and counts are alike everywhere); a line is *generic* when pages of two different known
//! sites hold it (`Home`, `Leave a Reply`, `Privacy Policy`). Two pages are linked when they
//! share at least four template lines that are not generic, two of them of three words or
//! more (a menu of one-word categories is not enough). Links join groups strongest first
//! (most shared lines, then page order), never two groups of different known sites; a group
//! with a known site takes its name, the others are named after their first page.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use textsieve::lexicon_probe::{entries, Entry, Probe};

/// `readability` test pages whose id names a site (the id without a trailing `-N`), with the
/// site's domain.
const READABILITY_SITES: &[(&str, &str)] = &[
    ("aclu", "aclu.org"),
    ("aktualne", "aktualne.cz"),
    ("archive-of-our-own", "archiveofourown.org"),
    ("ars", "arstechnica.com"),
    ("bbc", "bbc.co.uk"),
    ("blogger", "blogspot.com"),
    ("breitbart", "breitbart.com"),
    ("bug-1255978", "independent.co.uk"),
    ("buzzfeed", "buzzfeed.com"),
    ("citylab", "citylab.com"),
    ("cnet", "cnet.com"),
    ("cnet-svg-classes", "cnet.com"),
    ("cnn", "cnn.com"),
    ("daringfireball", "daringfireball.net"),
    ("dropbox-blog", "dropbox.com"),
    ("ebb-org", "ebb.org"),
    ("ehow", "ehow.com"),
    ("engadget", "engadget.com"),
    ("firefox-nightly-blog", "mozilla.org"),
    ("folha", "uol.com.br"),
    ("gitlab-blog", "gitlab.com"),
    ("gmw", "gmw.cn"),
    ("google-sre-book", "sre.google"),
    ("guardian", "theguardian.com"),
    ("heise", "heise.de"),
    ("herald-sun", "heraldsun.com.au"),
    ("hukumusume", "hukumusume.com"),
    ("iab", "iab.com"),
    ("ietf", "ietf.org"),
    ("keep-tabular-data", "factorio.com"),
    ("la-nacion", "lanacion.com.ar"),
    ("lemonde", "lemonde.fr"),
    ("liberation", "liberation.fr"),
    ("lifehacker-post-comment-load", "lifehacker.com"),
    ("lifehacker-working", "lifehacker.com"),
    ("lwn", "lwn.net"),
    ("medicalnewstoday", "medicalnewstoday.com"),
    ("medium", "medium.com"),
    ("mercurial", "mercurial-scm.org"),
    ("mozilla", "mozilla.org"),
    ("msn", "msn.com"),
    ("nytimes", "nytimes.com"),
    ("pixnet", "pixnet.net"),
    ("qq", "qq.com"),
    ("quanta", "quantamagazine.org"),
    ("royal-road", "royalroad.com"),
    ("salon", "salon.com"),
    ("seattletimes", "seattletimes.com"),
    ("simplyfound", "simplyfound.com"),
    ("spiceworks", "spiceworks.com"),
    ("telegraph", "telegraph.co.uk"),
    ("theverge", "theverge.com"),
    ("tmz", "tmz.com"),
    ("topicseed", "topicseed.com"),
    ("tumblr", "tumblr.com"),
    ("v8-blog", "v8.dev"),
    ("wapo", "washingtonpost.com"),
    ("webmd", "webmd.com"),
    ("wikia", "wikia.com"),
    ("wikipedia", "wikipedia.org"),
    ("wordpress", "wordpress.com"),
    ("yahoo", "yahoo.com"),
    ("youth", "youth.cn"),
];

/// `newspaper` pages named by their language, with the site their pages show.
const NEWSPAPER_SITES: &[(&str, &str)] = &[
    ("arabic_article", "cnn.com"),
    ("chinese_article", "bbc.co.uk"),
    ("cnn_article", "cnn.com"),
    ("japanese_article", "nikkei.com"),
    ("japanese_article2", "afpbb.com"),
    ("spanish_article", "ultimahora.es"),
    ("thai_article", "prachatai.com"),
];

/// Second-level labels under which a country's domains are registered (`co.uk`, `com.au`).
const SECOND_LEVEL: &[&str] = &[
    "co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go",
];

/// Template lines: at most this many words…
const TEMPLATE_MAX_WORDS: usize = 12;
/// … and at least this many characters.
const TEMPLATE_MIN_CHARS: usize = 4;
/// Lines on more pages than this are skipped when pairing pages (no site has that many pages
/// here; such a line is generic).
const TEMPLATE_MAX_PAGES: usize = 200;
/// Two pages are linked when they share at least this many template lines…
const LINK_MIN_SHARED: usize = 4;
/// … of which at least this many have three words or more.
const LINK_MIN_LONG: usize = 2;
/// Two sites share a template when they share at least this many template lines that few
/// sites hold…
const FAMILY_MIN_SHARED: usize = 15;
/// … of which at least this many have three words or more…
const FAMILY_MIN_LONG: usize = 3;
/// … where few is at most this many sites.
const FAMILY_MAX_SITES: usize = 20;

struct Options {
    eval: PathBuf,
    sample: PathBuf,
    corpus: PathBuf,
    write: bool,
    sites: Option<PathBuf>,
}

/// One page and what is known of its site.
struct Page {
    /// Where it comes from (`dev/readability/001`, `corpus/2015-07-23#0`).
    source: String,
    /// Its site, when its address or id names it.
    site: Option<String>,
    /// Whether it takes part in the grouping by template text (the page suites).
    grouped: bool,
    text: String,
}

fn parse_options() -> Result<Options, Box<dyn Error>> {
    let mut options = Options {
        eval: PathBuf::from("../shared/eval"),
        sample: PathBuf::from("../shared/samples/000_bac87c6c12006625.txt"),
        corpus: PathBuf::from("../shared/corpora/saudinewsnet-dev.jsonl.gz"),
        write: false,
        sites: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--eval" => options.eval = value()?.into(),
            "--sample" => options.sample = value()?.into(),
            "--corpus" => options.corpus = value()?.into(),
            "--sites" => options.sites = Some(value()?.into()),
            "--write" => options.write = true,
            _ => return Err(format!("unknown argument {arg:?}").into()),
        }
    }
    Ok(options)
}

/// The registrable domain of `host`: its last two labels, or three under a country's
/// second-level label (`bbc.co.uk`); an IP address as it is.
fn registrable(host: &str) -> String {
    let host = host.trim_end_matches('.').to_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() {
        return host;
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    let keep = if n >= 3 && SECOND_LEVEL.contains(&labels[n - 2]) && labels[n - 1].len() == 2 {
        3
    } else {
        2
    };
    labels[n.saturating_sub(keep)..].join(".")
}

/// The host of a page's `url`: the archived address's for a `web.archive.org` copy; for a
/// label that is no address (`hard::zeit.de.zugverkehr.html`), the domain it opens with.
fn url_host(url: &str) -> Option<String> {
    let Some((_, rest)) = url.split_once("://") else {
        return label_host(url);
    };
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    if host.eq_ignore_ascii_case("web.archive.org") {
        // `/web/20190717140047/http://www.modabot.de/…`
        let inner = rest.splitn(4, '/').nth(3)?;
        return url_host(inner);
    }
    (!host.is_empty()).then(|| host.to_owned())
}

/// The domain a page label opens with: `hard::dw.com.colonial.html` is `dw.com`,
/// `hard::laestrella.com.pa-laboral.html` `laestrella.com.pa`.
fn label_host(label: &str) -> Option<String> {
    let name = label.rsplit("::").next()?;
    let name = name.strip_suffix(".html").unwrap_or(name);
    let name = name.split('-').next()?;
    let labels: Vec<&str> = name.split('.').collect();
    let mut host = vec![*labels.first()?];
    for (i, &label) in labels.iter().enumerate().skip(1) {
        host.push(label);
        if ["com", "org", "net", "gov", "edu", "info", "biz"].contains(&label) {
            if let Some(&cc) = labels.get(i + 1) {
                if cc.len() == 2 && cc.chars().all(|c| c.is_ascii_alphabetic()) {
                    host.push(cc);
                }
            }
            break;
        }
        if label.len() == 2 {
            break;
        }
    }
    (host.len() >= 2).then(|| host.join("."))
}

/// The site a page suite's page names, if any.
fn suite_site(suite: &str, id: &str, meta: &serde_json::Value) -> Option<String> {
    if let Some(url) = meta.get("url").and_then(|u| u.as_str()) {
        return url_host(url).map(|h| registrable(&h));
    }
    match suite {
        "newspaper" => {
            if let Some(&(_, site)) = NEWSPAPER_SITES.iter().find(|(name, _)| *name == id) {
                return Some(site.to_owned());
            }
            let host = id.trim_end_matches(|c: char| c.is_ascii_digit());
            host.contains('.').then(|| registrable(host))
        }
        "readability" => {
            let stem = match id.rsplit_once('-') {
                Some((stem, n)) if n.chars().all(|c| c.is_ascii_digit()) => stem,
                _ => id,
            };
            READABILITY_SITES
                .iter()
                .find(|(name, _)| *name == stem)
                .map(|(_, site)| (*site).to_owned())
        }
        _ => None,
    }
}

fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, Box<dyn Error>> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    Ok(dirs)
}

fn read_lossy(path: &Path) -> Result<String, Box<dyn Error>> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn suite_pages(eval: &Path, pages: &mut Vec<Page>) -> Result<(), Box<dyn Error>> {
    for suite in sorted_dirs(&eval.join("dev"))? {
        let suite_name = file_name(&suite);
        for page in sorted_dirs(&suite)? {
            let id = file_name(&page);
            let input = page.join("input.txt");
            if !input.exists() {
                continue;
            }
            let meta: serde_json::Value = fs::read_to_string(page.join("meta.json"))
                .ok()
                .and_then(|m| serde_json::from_str(&m).ok())
                .unwrap_or(serde_json::Value::Null);
            pages.push(Page {
                source: format!("dev/{suite_name}/{id}"),
                site: suite_site(&suite_name, &id, &meta),
                grouped: true,
                text: read_lossy(&input)?,
            });
        }
    }
    Ok(())
}

fn arabic_pages(eval: &Path, pages: &mut Vec<Page>) -> Result<(), Box<dyn Error>> {
    let dir = eval.join("arabic-dev");
    let sources: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("sources.json"))?)?;
    let documents = sources
        .get("documents")
        .and_then(|d| d.as_array())
        .ok_or("arabic-dev/sources.json: no documents")?;
    let mut sites = BTreeMap::new();
    for doc in documents {
        let (Some(id), Some(site)) = (
            doc.get("id").and_then(|v| v.as_str()),
            doc.get("site").and_then(|v| v.as_str()),
        ) else {
            continue;
        };
        // `AKEC corpus (Egyptian daily, 2011)`: one site, whatever the note in brackets.
        let site = site
            .split(" (")
            .next()
            .unwrap_or(site)
            .trim()
            .to_lowercase();
        sites.insert(id.to_owned(), site);
    }
    for (id, site) in sites {
        let path = dir.join("data").join(format!("{id}.txt"));
        pages.push(Page {
            source: format!("arabic-dev/{id}"),
            site: Some(site),
            grouped: false,
            text: read_lossy(&path)?,
        });
    }
    Ok(())
}

fn corpus_pages(path: &Path, pages: &mut Vec<Page>) -> Result<(), Box<dyn Error>> {
    let mut child = Command::new("gzip")
        .arg("-dc")
        .arg(path)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip -dc {}: {e}", path.display()))?;
    let stdout = child.stdout.take().ok_or("gzip: no output")?;
    for line in BufReader::new(stdout).lines() {
        let record: serde_json::Value = serde_json::from_str(&line?)?;
        let field = |name: &str| record.get(name).and_then(|v| v.as_str());
        let (Some(id), Some(site), Some(text)) = (field("id"), field("site"), field("text")) else {
            continue;
        };
        pages.push(Page {
            source: format!("corpus/{id}"),
            site: Some(registrable(site)),
            grouped: false,
            text: text.to_owned(),
        });
    }
    if !child.wait()?.success() {
        return Err(format!("gzip -dc {} failed", path.display()).into());
    }
    Ok(())
}

/// A page's template lines: distinct folded lines of a few words, without digits.
fn template_lines(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(textsieve::fold)
        .filter(|key| {
            let words = key.split(' ').count();
            (1..=TEMPLATE_MAX_WORDS).contains(&words)
                && key.chars().count() >= TEMPLATE_MIN_CHARS
                && !key.chars().any(char::is_numeric)
        })
        .collect()
}

/// Union-find over pages, each group holding at most one known site.
struct Groups {
    parent: Vec<usize>,
    site: Vec<Option<String>>,
}

/// The root of `x` in a union-find forest.
fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

impl Groups {
    fn find(&mut self, x: usize) -> usize {
        root(&mut self.parent, x)
    }

    /// Joins the groups of `a` and `b` unless they hold different known sites; the group keeps
    /// the smaller root, so that names do not depend on the order of equal links.
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        if let (Some(sa), Some(sb)) = (&self.site[ra], &self.site[rb]) {
            if sa != sb {
                return false;
            }
        }
        let (root, child) = (ra.min(rb), ra.max(rb));
        self.parent[child] = root;
        if self.site[root].is_none() {
            self.site[root] = self.site[child].take();
        }
        true
    }
}

/// The site of every page: known sites as they are, the pages of the suites grouped by the
/// template text they share (see the module docs). Returns the sites and a summary.
fn assign_sites(pages: &[Page]) -> (Vec<String>, String) {
    let mut groups = Groups {
        parent: (0..pages.len()).collect(),
        site: pages.iter().map(|p| p.site.clone()).collect(),
    };
    // Pages of one known site are one group.
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    for (i, page) in pages.iter().enumerate() {
        if let Some(site) = &page.site {
            let first = *first_of.entry(site).or_insert(i);
            groups.join(first, i);
        }
    }
    let grouped: Vec<usize> = (0..pages.len()).filter(|&i| pages[i].grouped).collect();
    let templates: Vec<BTreeSet<String>> = grouped
        .iter()
        .map(|&i| template_lines(&pages[i].text))
        .collect();
    // Which pages hold each line, and which known sites.
    let mut holders: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut known: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (g, set) in templates.iter().enumerate() {
        for line in set {
            holders.entry(line).or_default().push(g);
            if let Some(site) = &pages[grouped[g]].site {
                known.entry(line).or_default().insert(site);
            }
        }
    }
    let generic = |line: &str| known.get(line).is_some_and(|s| s.len() >= 2);
    let mut shared: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
    for (line, pages_with) in &holders {
        if pages_with.len() < 2 || pages_with.len() > TEMPLATE_MAX_PAGES || generic(line) {
            continue;
        }
        let long = usize::from(line.split(' ').count() >= 3);
        for (x, &a) in pages_with.iter().enumerate() {
            for &b in &pages_with[x + 1..] {
                let count = shared.entry((a, b)).or_default();
                count.0 += 1;
                count.1 += long;
            }
        }
    }
    let mut links: Vec<(usize, usize, usize)> = shared
        .into_iter()
        .filter(|(_, (all, long))| *all >= LINK_MIN_SHARED && *long >= LINK_MIN_LONG)
        .map(|((a, b), (all, _))| (all, a, b))
        .collect();
    links.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut joined, mut refused) = (0, 0);
    for &(_, a, b) in &links {
        let (pa, pb) = (grouped[a], grouped[b]);
        let before = groups.find(pa) == groups.find(pb);
        if groups.join(pa, pb) {
            joined += usize::from(!before);
        } else {
            refused += 1;
        }
    }
    let sites: Vec<String> = (0..pages.len())
        .map(|i| {
            let root = groups.find(i);
            groups.site[root]
                .clone()
                .unwrap_or_else(|| format!("group:{}", pages[root].source))
        })
        .collect();
    let mut summary = String::new();
    let _ = writeln!(
        summary,
        "grouping: {} page links of {LINK_MIN_SHARED}+ shared template lines ({LINK_MIN_LONG}+ of 3+ words), {joined} joins, {refused} refused (two known sites)",
        links.len()
    );
    (sites, summary)
}

/// The pairs of sites that share a template: at least [`FAMILY_MIN_SHARED`] template lines
/// that at most [`FAMILY_MAX_SITES`] sites hold, [`FAMILY_MIN_LONG`] of them of three words or
/// more (the sites of one publisher: `nj.com`, `al.com`, `mlive.com`, …; of one CMS build).
/// The corpus' articles hold no page chrome to compare: its sites take no part.
fn template_families(pages: &[Page], sites: &[String]) -> BTreeSet<(String, String)> {
    let mut lines_of: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (page, site) in pages.iter().zip(sites) {
        if !page.source.starts_with("corpus/") {
            lines_of
                .entry(site)
                .or_default()
                .extend(template_lines(&page.text));
        }
    }
    let mut holders: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (site, lines) in &lines_of {
        for line in lines {
            holders.entry(line).or_default().push(site);
        }
    }
    let mut shared: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    for (line, held_by) in &holders {
        if held_by.len() < 2 || held_by.len() > FAMILY_MAX_SITES {
            continue;
        }
        let long = usize::from(line.split(' ').count() >= 3);
        for (x, &a) in held_by.iter().enumerate() {
            for &b in &held_by[x + 1..] {
                let count = shared.entry((a, b)).or_default();
                count.0 += 1;
                count.1 += long;
            }
        }
    }
    shared
        .into_iter()
        .filter(|(_, (all, long))| *all >= FAMILY_MIN_SHARED && *long >= FAMILY_MIN_LONG)
        .map(|((a, b), _)| (a.to_owned(), b.to_owned()))
        .collect()
}

/// How many independent sites `sites` are: the groups they form when sites that share a
/// template are joined (only through sites of the set).
fn independent(sites: &BTreeSet<&str>, families: &BTreeSet<(String, String)>) -> usize {
    let list: Vec<&str> = sites.iter().copied().collect();
    let mut parent: Vec<usize> = (0..list.len()).collect();
    for a in 0..list.len() {
        for b in a + 1..list.len() {
            if families.contains(&(list[a].to_owned(), list[b].to_owned())) {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    (0..list.len())
        .filter(|&x| root(&mut parent, x) == x)
        .count()
}

/// The source of a page, as the summary groups them (`dev/readability`, `corpus`).
fn source_kind(source: &str) -> &str {
    match source.split('/').collect::<Vec<_>>().as_slice() {
        ["dev", suite, ..] => suite,
        [kind, ..] => kind,
        [] => "",
    }
}

/// Rewrites the `sites` column of the tables under `src/lexicon/` with `counts` (per entry,
/// in the order of [`entries`]); comments and notes stay as they are.
fn write_tables(all: &[Entry], counts: &[usize]) -> Result<(), Box<dyn Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
    let mut next = 0;
    let mut tables: Vec<&str> = Vec::new();
    for e in all {
        if tables.last() != Some(&e.table) {
            tables.push(e.table);
        }
    }
    for table in tables {
        let path = dir.join(format!("{table}.tsv"));
        let text = fs::read_to_string(&path)?;
        let mut out = String::with_capacity(text.len());
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            let mut fields: Vec<&str> = line.split('\t').collect();
            let entry = all
                .get(next)
                .filter(|e| e.table == table && fields[0] == e.phrase);
            let Some(_) = entry else {
                return Err(format!(
                    "{}: {:?} is not the entry the crate was built with; rebuild and run again",
                    path.display(),
                    fields[0]
                )
                .into());
            };
            let count = counts[next].to_string();
            if fields.len() >= 3 {
                fields[2] = &count;
            }
            out.push_str(&fields.join("\t"));
            out.push('\n');
            next += 1;
        }
        if out != text {
            fs::write(&path, out)?;
        }
    }
    Ok(())
}

fn run() -> Result<(), Box<dyn Error>> {
    let options = parse_options()?;
    let mut pages = Vec::new();
    suite_pages(&options.eval, &mut pages)?;
    arabic_pages(&options.eval, &mut pages)?;
    pages.push(Page {
        source: "sample/000_bac87c6c12006625".to_owned(),
        site: Some("euronews.com".to_owned()),
        grouped: false,
        text: read_lossy(&options.sample)?,
    });
    corpus_pages(&options.corpus, &mut pages)?;
    let (sites, summary) = assign_sites(&pages);
    eprint!("{summary}");
    let mut per_kind: BTreeMap<&str, (usize, BTreeSet<&str>)> = BTreeMap::new();
    for (page, site) in pages.iter().zip(&sites) {
        let kind = per_kind.entry(source_kind(&page.source)).or_default();
        kind.0 += 1;
        kind.1.insert(site);
    }
    let all_sites: BTreeSet<&str> = sites.iter().map(String::as_str).collect();
    for (kind, (n, s)) in &per_kind {
        eprintln!("{kind}: {n} pages, {} sites", s.len());
    }
    eprintln!(
        "all: {} pages, {} independent sites",
        pages.len(),
        all_sites.len()
    );
    if let Some(path) = &options.sites {
        let mut out = String::from("page\tsite\n");
        for (page, site) in pages.iter().zip(&sites) {
            if !page.source.starts_with("corpus/") {
                let _ = writeln!(out, "{}\t{site}", page.source);
            }
        }
        fs::write(path, out)?;
    }

    let probe = Probe::new();
    let all = entries();
    let mut seen: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); all.len()];
    for (page, site) in pages.iter().zip(&sites) {
        for entry in probe.find(&page.text) {
            seen[entry].insert(site);
        }
    }
    let families = template_families(&pages, &sites);
    eprintln!(
        "{} pairs of sites share a template ({FAMILY_MIN_SHARED}+ lines held by at most {FAMILY_MAX_SITES} sites)",
        families.len()
    );
    let counts: Vec<usize> = seen.iter().map(|s| independent(s, &families)).collect();
    let mut out = String::from("table\tphrase\tlang\trecorded\tsites\tdomains\tfirst sites\n");
    for ((e, s), count) in all.iter().zip(&seen).zip(&counts) {
        let first: Vec<&str> = s.iter().take(6).copied().collect();
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{count}\t{}\t{}",
            e.table,
            e.phrase,
            e.lang,
            e.sites,
            s.len(),
            first.join(" ")
        );
    }
    print!("{out}");
    let (two, one, none) = counts.iter().fold((0, 0, 0), |(t, o, n), &c| match c {
        0 => (t, o, n + 1),
        1 => (t, o + 1, n),
        _ => (t + 1, o, n),
    });
    eprintln!(
        "{} entries: {two} seen on two sites or more, {one} on one, {none} on none",
        all.len()
    );
    if options.write {
        write_tables(&all, &counts)?;
        eprintln!("wrote the sites column of src/lexicon/*.tsv");
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lexicon_sites: {e}");
            ExitCode::FAILURE
        }
    }
}
