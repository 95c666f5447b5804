//! `textsieve profiles show`: lists what profiles learned, for review.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use textsieve::{Profiles, SiteProfile};

use crate::stream::Fatal;

/// Reviews site profiles written by `textsieve learn`.
#[derive(Parser, Debug)]
#[command(name = "textsieve profiles", bin_name = "textsieve profiles", version)]
pub struct ProfilesArgs {
    #[command(subcommand)]
    command: ProfilesCommand,
}

#[derive(Subcommand, Debug)]
enum ProfilesCommand {
    /// Prints what was learned, per site, with document counts.
    ///
    /// One line per template, tab-separated: site, kind, documents that showed it in its
    /// place / documents where its text opens (head-end: ends; head-mid: holds) a segment
    /// anywhere, and the template in folded spelling (every number is `#`). These lines are
    /// deny-list entries as they are: copy the ones that are article phrasing to a file for
    /// `learn --deny`.
    #[command(
        after_help = "Kinds: tail (from here to the end), head-line (a whole short \
        segment of the lines after the title), head-start / head-end / head-mid (a short \
        head segment that opens / ends like this, or holds this between separators), \
        contact (a last line with an e-mail address or handle)."
    )]
    Show {
        /// The profiles file.
        #[arg(value_name = "PROFILES")]
        profiles: PathBuf,
        /// Only this site (a host name; `www.` and case do not matter).
        #[arg(long, value_name = "HOST")]
        site: Option<String>,
    },
}

/// Runs `textsieve profiles …`.
pub fn run(args: &ProfilesArgs) -> Result<(), Fatal> {
    match &args.command {
        ProfilesCommand::Show { profiles, site } => show(profiles, site.as_deref()),
    }
}

/// Reads a profiles file; a missing or damaged one is a bad argument.
pub fn read(path: &Path, option: &str) -> Result<Profiles, Fatal> {
    let bytes =
        fs::read(path).map_err(|e| Fatal::Usage(format!("{option}{}: {e}", path.display())))?;
    Profiles::from_bytes(&bytes)
        .map_err(|e| Fatal::Usage(format!("{option}{}: {e}", path.display())))
}

fn show(path: &Path, site: Option<&str>) -> Result<(), Fatal> {
    let profiles = read(path, "")?;
    let mut out = io::stdout().lock();
    let result = if let Some(site) = site {
        let Some(p) = profiles.get(site) else {
            return Err(Fatal::Failed(format!(
                "{}: no profile for site {site:?} ({} sites)",
                path.display(),
                profiles.len()
            )));
        };
        print(&mut out, p)
    } else {
        let total: usize = profiles.iter().map(|p| p.templates().len()).sum();
        writeln!(out, "# {} sites, {total} templates", profiles.len())
            .and_then(|()| profiles.iter().try_for_each(|p| print(&mut out, p)))
    };
    match result.and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Fatal::BrokenPipe),
        Err(e) => Err(Fatal::Failed(format!("writing <stdout>: {e}"))),
        Ok(()) => Ok(()),
    }
}

fn print(out: &mut impl Write, p: &SiteProfile) -> io::Result<()> {
    let n = p.templates().len();
    writeln!(
        out,
        "# {}: {} documents, {n} template{}",
        p.site(),
        p.documents(),
        if n == 1 { "" } else { "s" }
    )?;
    for t in p.templates() {
        writeln!(
            out,
            "{}\t{}\t{}/{}\t{}",
            p.site(),
            t.kind(),
            t.docs(),
            t.seen(),
            t.text()
        )?;
    }
    Ok(())
}
