//! `textsieve learn`: counts site templates in JSON Lines corpora and writes profiles (or, with
//! `--counts`, partial counts for a later merge); `--merge` combines partial counts.
//!
//! Records stream through in bounded batches, as when cleaning. The counts are split by a
//! hash of each document's text into one partial count per worker thread, so that a text
//! always meets the same count (duplicates count once) and threads never share one; they are
//! merged at the end. Counting is exact, so the result does not depend on the threads.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{Parser, ValueEnum};
use rayon::prelude::*;
use textsieve::{DenyList, ProfileCounts};

use crate::inputs;
use crate::json::{self, Parsed};
use crate::site;
use crate::stream::{self, Fatal, OutFile};

/// Learns site profiles from JSON Lines corpora: each site's own template text (permalinks,
/// bylines, contact lines, lists glued after the last sentence).
///
/// Reads records (one JSON object per line) from the files, directories or stdin, and writes
/// the profiles file that `textsieve --jsonl --profiles FILE` applies and
/// `textsieve profiles show FILE` lists. For a corpus split over machines, write partial
/// counts with --counts on every shard, then combine them with --merge.
#[derive(Parser, Debug)]
#[allow(clippy::struct_excessive_bools)] // command-line flags
#[command(
    name = "textsieve learn",
    bin_name = "textsieve learn",
    version,
    after_help = "Examples:\n  \
        textsieve learn --jsonl -o sites.profiles crawl/*.jsonl\n  \
        textsieve learn --jsonl --counts -o shard1.counts shard1.jsonl   # map\n  \
        textsieve learn --merge -o sites.profiles shard*.counts          # reduce\n\n\
        Exit status: 0 done; 1 a bad record (with --on-error fail), a bad counts file or an \
        I/O error; 2 bad arguments."
)]
pub struct LearnArgs {
    /// JSON Lines files or directories (searched recursively); `-` or none: stdin. With
    /// --merge: counts files.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Input is JSON Lines (required unless --merge).
    #[arg(long, conflicts_with = "merge")]
    jsonl: bool,

    /// The field holding the document.
    #[arg(long, value_name = "NAME", default_value = "text")]
    field: String,

    /// The field naming the document's site: the host of the URL it holds, or the value
    /// itself when it is not a URL.
    #[arg(long, value_name = "NAME", default_value = "url")]
    site_field: String,

    /// Inputs are counts files written with --counts: add them up.
    #[arg(long)]
    merge: bool,

    /// Write partial counts (to merge later) instead of profiles.
    #[arg(long)]
    counts: bool,

    /// Leave out the templates listed in FILE (lines as `textsieve profiles show` prints
    /// them, or `SITE KIND TEXT`; `*` for any site or kind).
    #[arg(long, value_name = "FILE", conflicts_with = "counts")]
    deny: Option<PathBuf>,

    /// Where to write the profiles (or counts).
    #[arg(long, short = 'o', value_name = "PATH")]
    output: PathBuf,

    /// What to do with a record that is not JSON, lacks the fields or holds no string there.
    #[arg(long, value_enum, value_name = "MODE", default_value_t = LearnOnError::Fail)]
    on_error: LearnOnError,

    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Print documents, sites, templates, time and throughput on stderr at the end.
    #[arg(long)]
    stats: bool,
}

/// What to do with a record that cannot be learned from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LearnOnError {
    /// Stop with an error naming the file and line; exit status 1.
    Fail,
    /// Leave the record out (reported on stderr and counted in --stats).
    Skip,
}

/// Totals of a learning run.
#[derive(Debug, Default)]
struct Totals {
    bytes: u64,
    records: u64,
    duplicates: u64,
    skipped: u64,
    warnings: u64,
}

/// Runs `textsieve learn`.
pub fn run(args: &LearnArgs) -> Result<(), Fatal> {
    if !args.jsonl && !args.merge {
        return Err(Fatal::Usage(
            "learn needs --jsonl (records with a site and a text) or --merge (counts files)"
                .to_owned(),
        ));
    }
    let deny = match &args.deny {
        Some(path) => read_deny(path)?,
        None => DenyList::new(),
    };
    let started = Instant::now();
    let mut totals = Totals::default();
    let threads = match args.threads {
        Some(n) => usize::from(n),
        None => std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
    };
    let counts = if args.merge {
        merge_files(&args.files, &mut totals)?
    } else {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| Fatal::Failed(format!("cannot start {threads} worker threads: {e}")))?;
        count_jsonl(args, &pool, threads, &mut totals)?
    };

    let mut file = OutFile::create(&args.output)?;
    let name = args.output.display().to_string();
    let (written, templates, sites) = if args.counts {
        (counts.write_to(&mut file.writer), 0, counts.sites().count())
    } else {
        let profiles = counts.build_with(&deny);
        let templates = profiles.iter().map(|p| p.templates().len()).sum();
        (
            profiles.write_to(&mut file.writer),
            templates,
            profiles.len(),
        )
    };
    if let Err(e) = written {
        file.discard();
        return Err(Fatal::Failed(format!("writing {name}: {e}")));
    }
    file.commit()?;

    if args.stats {
        let wall = started.elapsed().as_secs_f64();
        let size = fs::metadata(&args.output).map_or(0, |m| m.len());
        let mut err = io::stderr().lock();
        let _ = writeln!(err, "textsieve learn stats:");
        if args.merge {
            let _ = writeln!(err, "  counts files   {}", args.files.len());
            let _ = writeln!(err, "  counted twice  {}", totals.duplicates);
        } else {
            let _ = writeln!(err, "  records        {}", totals.records);
            let _ = writeln!(err, "  duplicates     {}", totals.duplicates);
            let _ = writeln!(err, "  skipped        {}", totals.skipped);
        }
        let _ = writeln!(err, "  documents      {}", counts.documents());
        let _ = writeln!(err, "  sites          {sites}");
        if !args.counts {
            let _ = writeln!(err, "  templates      {templates}");
        }
        let _ = writeln!(
            err,
            "  bytes in       {} ({:.1} MB)",
            totals.bytes,
            totals.bytes as f64 / 1e6
        );
        let _ = writeln!(
            err,
            "  threads        {}",
            if args.merge { 1 } else { threads }
        );
        let _ = writeln!(err, "  seconds        {wall:.2} wall");
        let _ = writeln!(
            err,
            "  throughput     {:.1} MB/s",
            totals.bytes as f64 / 1e6 / wall.max(1e-9)
        );
        let _ = writeln!(err, "  wrote          {name} ({size} bytes)");
    } else if totals.skipped > 0 {
        eprintln!("textsieve: {} records skipped", totals.skipped);
    }
    if args.merge && totals.duplicates > 0 {
        eprintln!(
            "textsieve: warning: {} texts were counted in more than one shard and count once per \
             shard; split corpora by host, or by text, to count each once",
            totals.duplicates
        );
    }
    Ok(())
}

/// Reads a deny-list; an unreadable or malformed one is a bad argument.
fn read_deny(path: &Path) -> Result<DenyList, Fatal> {
    let bytes =
        fs::read(path).map_err(|e| Fatal::Usage(format!("--deny {}: {e}", path.display())))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        Fatal::Usage(format!(
            "--deny {}: invalid UTF-8 at byte offset {}",
            path.display(),
            e.valid_up_to()
        ))
    })?;
    DenyList::parse(text).map_err(|e| Fatal::Usage(format!("--deny {}: {e}", path.display())))
}

/// Adds up counts files.
fn merge_files(files: &[PathBuf], totals: &mut Totals) -> Result<ProfileCounts, Fatal> {
    if files.is_empty() {
        return Err(Fatal::Usage("--merge needs counts files".to_owned()));
    }
    let mut counts = ProfileCounts::new();
    for path in files {
        let bytes =
            fs::read(path).map_err(|e| Fatal::Failed(format!("{}: {e}", path.display())))?;
        totals.bytes += bytes.len() as u64;
        let more = ProfileCounts::from_bytes(&bytes)
            .map_err(|e| Fatal::Failed(format!("{}: {e}", path.display())))?;
        drop(bytes);
        totals.duplicates += counts.merge(more);
    }
    Ok(counts)
}

/// A record ready to count: its site and its text.
type Record = (String, String);

/// Counts the records of every input.
fn count_jsonl(
    args: &LearnArgs,
    pool: &rayon::ThreadPool,
    parts: usize,
    totals: &mut Totals,
) -> Result<ProfileCounts, Fatal> {
    let inputs = inputs::list(&args.files, None).map_err(Fatal::Usage)?;
    let mut counts: Vec<ProfileCounts> = (0..parts).map(|_| ProfileCounts::new()).collect();
    for input in &inputs {
        let name = input.name();
        let mut reader = stream::open(input)?;
        let mut line_no: u64 = 0;
        loop {
            let (lines, bytes) = stream::read_lines(&mut reader, &name)?;
            if lines.is_empty() {
                break;
            }
            totals.bytes += bytes as u64;
            let parsed: Vec<Result<Option<Record>, String>> = pool.install(|| {
                lines
                    .par_iter()
                    .map(|line| parse(line, &args.field, &args.site_field))
                    .collect()
            });
            drop(lines);
            // Records by part: the same text always goes to the same part.
            let mut by_part: Vec<Vec<Record>> = (0..parts).map(|_| Vec::new()).collect();
            for result in parsed {
                line_no += 1;
                match result {
                    Ok(Some(record)) => {
                        totals.records += 1;
                        let mut h = DefaultHasher::new();
                        record.1.hash(&mut h);
                        by_part[(h.finish() % parts as u64) as usize].push(record);
                    }
                    Ok(None) => {}
                    Err(msg) => match args.on_error {
                        LearnOnError::Fail => {
                            return Err(Fatal::Failed(format!(
                                "{name}:{line_no}: {msg} (--on-error skip would go on)"
                            )))
                        }
                        LearnOnError::Skip => {
                            totals.skipped += 1;
                            if totals.warnings < 20 {
                                eprintln!("textsieve: warning: {name}:{line_no}: {msg}; skipped");
                            }
                            totals.warnings += 1;
                        }
                    },
                }
            }
            let duplicates: u64 = pool.install(|| {
                counts
                    .par_iter_mut()
                    .zip(by_part.par_iter())
                    .map(|(c, records)| {
                        records
                            .iter()
                            .filter(|(site, text)| !c.add(site, text))
                            .count() as u64
                    })
                    .sum()
            });
            totals.duplicates += duplicates;
        }
    }
    let mut all = ProfileCounts::new();
    for part in counts {
        all.merge(part);
    }
    Ok(all)
}

/// The site and text of one JSON line; `None` for a blank line.
fn parse(line: &[u8], field: &str, site_field: &str) -> Result<Option<Record>, String> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let map = match json::parse_slice(line).map_err(|e| format!("invalid JSON: {e}"))? {
        Parsed::Object(map) => map,
        Parsed::Other(_) => return Err("expected a JSON object".to_owned()),
    };
    let site = site::of_record(&map, site_field)
        .ok_or_else(|| format!("no site: field {site_field:?} is missing, empty or not a string"))?
        .into_owned();
    // The last occurrence of a repeated key, as `Members::get` says.
    let value = map
        .get(field)
        .ok_or_else(|| format!("no field {field:?}"))?;
    match json::string(value) {
        Some(Ok(text)) => Ok(Some((site, text.into_owned()))),
        Some(Err(e)) => Err(format!(
            "invalid JSON: {}",
            json::SyntaxError::in_value(e, line, value)
        )),
        None => Err(format!("field {field:?} is not a string")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records() {
        let ok = parse(
            br#"{"url": "http://www.a.com/1", "text": "T"}"#,
            "text",
            "url",
        );
        assert_eq!(ok, Ok(Some(("www.a.com".to_owned(), "T".to_owned()))));
        assert_eq!(parse(b"  \n", "text", "url"), Ok(None));
        for bad in [
            &b"[1]"[..],
            b"{\"text\": \"T\"}",
            b"{\"url\": \"a.com\"}",
            b"{\"url\": \"a.com\", \"text\": 1}",
            b"{",
        ] {
            assert!(parse(bad, "text", "url").is_err(), "{bad:?}");
        }
    }
}
