//! `textsieve`: removes boilerplate from plain-text documents and JSON Lines corpora.
//!
//! Built only with the `cli` feature (`cargo install --path . --features cli`). The README
//! section "Cleaning a corpus" shows how to use it; `textsieve --help` lists the options.
//!
//! Layout: `main.rs` reads the arguments and drives the run; `inputs` lists the documents and
//! where each output goes; `rules` builds the cleaner; `record` cleans one document or one
//! JSON line, which `json` reads as raw JSON; `stream` reads bounded batches, cleans them in
//! parallel and writes them in order; `stats` and `progress` report on stderr. `learn` (the
//! `learn` subcommand) counts site templates and writes profiles; `show` (`profiles show`)
//! lists them; `site` finds a record's site.

mod inputs;
mod json;
mod learn;
mod progress;
mod record;
mod rules;
mod show;
mod site;
mod stats;
mod stream;

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use textsieve::ProfiledCleaner;

use crate::progress::Progress;
use crate::record::Job;
use crate::stream::{Fatal, Run};

/// Removes boilerplate (ads, related links, menus, footers, tag lists) from scraped plain text.
///
/// Reads plain-text documents (one per file, or stdin) or, with --jsonl, JSON Lines (one
/// object per line, the document in a string field). Writes to stdout, or with --out-dir one
/// cleaned file per input. Documents are cleaned in parallel; the output keeps the input order.
#[derive(Parser, Debug)]
#[command(
    name = "textsieve",
    version,
    after_help = "Exit status: 0 done; 1 a bad record (with --on-error fail) or an I/O error; \
                  2 bad arguments (unknown rule id, unreadable lexicon, ...).\n\n\
                  Site profiles: `textsieve learn --help` learns them from a corpus, \
                  `textsieve profiles show --help` lists them, --profiles applies them."
)]
// Command-line flags are bools by nature.
#[allow(clippy::struct_excessive_bools)]
struct Args {
    /// Input files or directories (searched recursively). `-` or none: stdin.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Input is JSON Lines: clean the string field --field of every object.
    #[arg(long)]
    jsonl: bool,

    /// With --jsonl: the field holding the document.
    #[arg(long, value_name = "NAME", default_value = "text")]
    field: String,

    /// Also report what was removed: with --jsonl as a list of {start, end, rule, reason}
    /// (UTF-8 byte offsets into the original field) under --explain-field; for plain text as
    /// report lines on stderr.
    #[arg(long)]
    explain: bool,

    /// With --jsonl --explain: the field that receives the removed spans.
    #[arg(long, value_name = "NAME", default_value = "textsieve_removed")]
    explain_field: String,

    /// With --jsonl --explain: the field that receives the page verdict, "article" or
    /// "listing" (no run of article prose is left).
    #[arg(long, value_name = "NAME", default_value = "textsieve_page")]
    page_field: String,

    /// Write one cleaned file per input into DIR, mirroring the input names (a directory
    /// argument's files keep their paths below it).
    #[arg(long, short = 'o', value_name = "DIR")]
    out_dir: Option<PathBuf>,

    /// Run only these rules (comma-separated ids), in their default order.
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    rules: Option<Vec<String>>,

    /// Do not run this rule (repeatable, or comma-separated ids).
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    without: Vec<String>,

    /// Add the phrases of FILE (one per line, blank lines ignored) to a built-in rule:
    /// ad-marker labels, related-section headings, keyword-list labels or footer-links links.
    #[arg(long, value_name = "RULE=FILE")]
    lexicon: Vec<String>,

    /// Keep reader comments: the comment-thread rule's threads stay, and the line model
    /// removes nothing inside them.
    #[arg(long)]
    keep_comments: bool,

    /// On a page with no article (a portal, a section front, a directory), remove the short
    /// lines that are no sentence: section names, menu items, buttons; teasers stay. Off by
    /// default: a poem's shorter verses would go too.
    #[arg(long)]
    listing_chrome: bool,

    /// What to do with a record that cannot be cleaned (invalid JSON or UTF-8, missing or
    /// non-string field): stop with an error, drop it, or copy it through unchanged.
    #[arg(long, value_enum, value_name = "MODE", default_value_t = OnError::Fail)]
    on_error: OnError,

    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Print documents, bytes, share removed per rule, time and throughput on stderr at the end.
    #[arg(long)]
    stats: bool,

    /// With --jsonl: also remove each record's site template, as learned by `textsieve
    /// learn` into PROFILES. Records of sites without a profile are cleaned as without it.
    #[arg(long, value_name = "PROFILES")]
    profiles: Option<PathBuf>,

    /// With --profiles: the field naming the record's site, the host of the URL it holds or
    /// the value itself when it is not a URL.
    #[arg(
        long,
        value_name = "NAME",
        default_value = "url",
        requires = "profiles"
    )]
    site_field: String,
}

/// What to do with a record that cannot be cleaned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    /// Stop with an error naming the file and line; exit status 1. Records before it are
    /// written whole, nothing of it or after it.
    Fail,
    /// Leave the record out of the output (reported on stderr and counted in --stats).
    Skip,
    /// Copy the record to the output unchanged (reported on stderr and counted in --stats).
    Keep,
}

fn main() -> ExitCode {
    // `learn` and `profiles` are subcommands; anything else is the cleaner, whose arguments
    // stay as they always were (a file named `learn` is `./learn`).
    let result = match std::env::args_os().nth(1).as_ref().and_then(|a| a.to_str()) {
        Some("learn") => learn::run(&learn::LearnArgs::parse_from(std::env::args_os().skip(1))),
        Some("profiles") => show::run(&show::ProfilesArgs::parse_from(std::env::args_os().skip(1))),
        _ => run(&Args::parse()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fatal::BrokenPipe) => ExitCode::from(141),
        Err(Fatal::Usage(msg)) => {
            eprintln!("textsieve: {msg}");
            ExitCode::from(2)
        }
        Err(Fatal::Failed(msg)) => {
            eprintln!("textsieve: error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), Fatal> {
    if args.jsonl && args.field == args.explain_field {
        return Err(Fatal::Usage(format!(
            "--explain-field must differ from --field (both are {:?})",
            args.field
        )));
    }
    if args.jsonl && (args.page_field == args.field || args.page_field == args.explain_field) {
        return Err(Fatal::Usage(format!(
            "--page-field must differ from --field and --explain-field (it is {:?})",
            args.page_field
        )));
    }
    if args.profiles.is_some() && !args.jsonl {
        return Err(Fatal::Usage(
            "--profiles needs --jsonl: a record's site comes from its --site-field".to_owned(),
        ));
    }
    let cleaner = rules::build(
        args.rules.as_deref(),
        &args.without,
        &args.lexicon,
        args.keep_comments,
        args.listing_chrome,
    )
    .map_err(Fatal::Usage)?;
    let profiled = match &args.profiles {
        Some(path) => Some(ProfiledCleaner::new(
            cleaner.clone(),
            show::read(path, "--profiles ")?,
        )),
        None => None,
    };
    let inputs = inputs::list(&args.files, args.out_dir.as_deref()).map_err(Fatal::Usage)?;
    let threads = match args.threads {
        Some(n) => usize::from(n),
        None => std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Fatal::Failed(format!("cannot start {threads} worker threads: {e}")))?;

    let job = Job {
        cleaner,
        profiled,
        site_field: args.site_field.clone(),
        field: args.field.clone(),
        explain: args.explain,
        explain_field: args.explain_field.clone(),
        page_field: args.page_field.clone(),
        // Per-rule shares need the removals, which only `explain` reports.
        removals: args.explain || args.stats,
    };
    let progress = if io::stderr().is_terminal() {
        Progress::new(inputs::total_size(&inputs))
    } else {
        Progress::hidden()
    };
    let started = Instant::now();
    let mut run = Run::new(&job, &pool, args.on_error, progress);
    let result = if args.jsonl {
        run.jsonl(&inputs)
    } else {
        run.plain(&inputs)
    };
    let (stats, progress) = run.finish();
    progress.finish();
    if args.stats {
        let mut rules: Vec<&'static str> = job.cleaner.rule_ids().collect();
        if job.profiled.is_some() {
            rules.push(textsieve::SITE_PROFILE);
        }
        eprint!("{}", stats.render(started.elapsed(), threads, &rules));
    } else {
        stats.print_error_summary();
    }
    result
}
