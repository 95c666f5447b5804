//! The run: read a bounded batch, clean it in parallel, write it in input order, repeat.
//!
//! Memory stays bounded by the batch size (plus the largest single record), whatever the
//! input size. Records are written whole or not at all; on a fatal error everything before
//! the bad record has been written and flushed, nothing of it or after it.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rayon::ThreadPool;

use crate::inputs::{self, Input};
use crate::progress::Progress;
use crate::record::{self, Job, Outcome, RecordError};
use crate::stats::Stats;
use crate::OnError;

/// A batch ends once it holds this many bytes of input ...
const BATCH_BYTES: usize = 4 << 20;
/// ... or this many records.
const BATCH_RECORDS: usize = 8192;
/// Warnings printed before the rest are only counted.
const MAX_WARNINGS: usize = 20;

/// Why a run stopped.
#[derive(Debug)]
pub enum Fatal {
    /// Bad arguments: exit status 2.
    Usage(String),
    /// Bad input with `--on-error fail`, or an I/O error: exit status 1.
    Failed(String),
    /// The reader of our output went away (`| head`): stop quietly.
    BrokenPipe,
}

/// One run over all inputs.
pub struct Run<'a> {
    job: &'a Job,
    pool: &'a ThreadPool,
    on_error: OnError,
    progress: Progress,
    stats: Stats,
    warnings: usize,
}

impl<'a> Run<'a> {
    pub fn new(job: &'a Job, pool: &'a ThreadPool, on_error: OnError, progress: Progress) -> Self {
        Run {
            job,
            pool,
            on_error,
            progress,
            stats: Stats::default(),
            warnings: 0,
        }
    }

    pub fn finish(self) -> (Stats, Progress) {
        (self.stats, self.progress)
    }

    /// JSON Lines: every input streams line by line to stdout or to its own output file.
    pub fn jsonl(&mut self, inputs: &[Input]) -> Result<(), Fatal> {
        let mut stdout = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut result = Ok(());
        for input in inputs {
            result = match &input.out {
                None => self.jsonl_input(input, &mut stdout, "<stdout>"),
                Some(path) => OutFile::create(path).and_then(|mut file| {
                    match self.jsonl_input(input, &mut file.writer, &path.display().to_string()) {
                        Ok(()) => file.commit(),
                        Err(e) => {
                            file.discard();
                            Err(e)
                        }
                    }
                }),
            };
            if result.is_err() {
                break;
            }
        }
        // Flush what was written before an error too: those records are complete.
        let flushed = stdout.flush().map_err(|e| write_error(&e, "<stdout>"));
        result.and(flushed)
    }

    fn jsonl_input(
        &mut self,
        input: &Input,
        out: &mut dyn Write,
        out_name: &str,
    ) -> Result<(), Fatal> {
        let name = input.name();
        let mut reader = open(input)?;
        let job = self.job;
        let mut line_no: u64 = 0;
        let mut offset: u64 = 0;
        loop {
            let (lines, bytes) = read_lines(&mut reader, &name)?;
            if lines.is_empty() {
                return Ok(());
            }
            let results: Vec<_> = self.pool.install(|| {
                lines
                    .par_iter()
                    .map(|line| record::clean_json_line(line, job))
                    .collect()
            });
            let mut docs = 0;
            for (line, result) in lines.iter().zip(results) {
                line_no += 1;
                self.stats.bytes_in += line.len() as u64;
                match result {
                    Ok(Outcome::Cleaned(cleaned)) => {
                        write_record(out, &cleaned.out, out_name)?;
                        self.stats.bytes_out += cleaned.out.len() as u64;
                        self.stats.add(&cleaned);
                        docs += 1;
                    }
                    Ok(Outcome::Blank) => self.copy_line(out, line, out_name)?,
                    Err(e) => {
                        let at = match e {
                            RecordError::Utf8 { at } => format!(
                                "{name}:{line_no}: invalid UTF-8 at byte offset {} (column {})",
                                offset + at as u64,
                                at + 1
                            ),
                            _ => format!("{name}:{line_no}: {e}"),
                        };
                        if self.bad_record(&at)? {
                            self.copy_line(out, line, out_name)?;
                        }
                    }
                }
                offset += line.len() as u64;
            }
            self.progress.advance(bytes as u64, docs);
        }
    }

    /// Writes a line as it was read, with a line break at the end.
    fn copy_line(&mut self, out: &mut dyn Write, line: &[u8], out_name: &str) -> Result<(), Fatal> {
        write_record(out, line, out_name)?;
        self.stats.bytes_out += line.len() as u64;
        if !line.ends_with(b"\n") {
            write_record(out, b"\n", out_name)?;
            self.stats.bytes_out += 1;
        }
        Ok(())
    }

    /// Plain text: every input is one document, to stdout or to its own output file.
    pub fn plain(&mut self, inputs: &[Input]) -> Result<(), Fatal> {
        let mut stdout = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let result = self.plain_batches(inputs, &mut stdout);
        let flushed = stdout.flush().map_err(|e| write_error(&e, "<stdout>"));
        result.and(flushed)
    }

    fn plain_batches(&mut self, inputs: &[Input], stdout: &mut dyn Write) -> Result<(), Fatal> {
        let job = self.job;
        let mut rest = inputs;
        while !rest.is_empty() {
            let mut docs = Vec::new();
            let mut bytes = 0;
            while docs.len() < rest.len() && bytes < BATCH_BYTES && docs.len() < BATCH_RECORDS {
                let input = &rest[docs.len()];
                let mut data = Vec::new();
                open(input)?
                    .read_to_end(&mut data)
                    .map_err(|e| Fatal::Failed(format!("reading {}: {e}", input.name())))?;
                bytes += data.len();
                docs.push(data);
            }
            let results: Vec<_> = self.pool.install(|| {
                docs.par_iter()
                    .map(|doc| record::clean_document(doc, job))
                    .collect()
            });
            let (batch, later) = rest.split_at(docs.len());
            let mut cleaned_docs = 0;
            for ((input, data), result) in batch.iter().zip(&docs).zip(results) {
                self.stats.bytes_in += data.len() as u64;
                match result {
                    Ok(cleaned) => {
                        if let Some(report) = &cleaned.report {
                            for line in report.lines() {
                                self.progress.eprintln(&format!("{}: {line}", input.name()));
                            }
                        }
                        self.emit(input, &cleaned.out, stdout)?;
                        self.stats.add(&cleaned);
                        cleaned_docs += 1;
                    }
                    Err(e) => {
                        let at = match e {
                            RecordError::Utf8 { at } => format!(
                                "{}: invalid UTF-8 at byte offset {at} (line {})",
                                input.name(),
                                count_lines(&data[..at]) + 1
                            ),
                            _ => format!("{}: {e}", input.name()),
                        };
                        if self.bad_record(&at)? {
                            self.emit(input, data, stdout)?;
                        }
                    }
                }
            }
            self.progress.advance(bytes as u64, cleaned_docs);
            rest = later;
        }
        Ok(())
    }

    /// Writes one plain-text output: to its file when it has one, else to stdout.
    fn emit(&mut self, input: &Input, bytes: &[u8], stdout: &mut dyn Write) -> Result<(), Fatal> {
        match &input.out {
            Some(path) => {
                let mut file = OutFile::create(path)?;
                match write_record(&mut file.writer, bytes, &path.display().to_string()) {
                    Ok(()) => file.commit()?,
                    Err(e) => {
                        file.discard();
                        return Err(e);
                    }
                }
            }
            None => write_record(stdout, bytes, "<stdout>")?,
        }
        self.stats.bytes_out += bytes.len() as u64;
        Ok(())
    }

    /// Applies `--on-error` to a record that could not be cleaned, described by `what`.
    /// Returns whether to copy the record through unchanged.
    fn bad_record(&mut self, what: &str) -> Result<bool, Fatal> {
        match self.on_error {
            OnError::Fail => Err(Fatal::Failed(format!(
                "{what} (--on-error skip or keep would go on)"
            ))),
            OnError::Skip => {
                self.stats.skipped += 1;
                self.warn(&format!("{what}; skipped"));
                Ok(false)
            }
            OnError::Keep => {
                self.stats.kept += 1;
                self.warn(&format!("{what}; copied unchanged"));
                Ok(true)
            }
        }
    }

    fn warn(&mut self, msg: &str) {
        if self.warnings < MAX_WARNINGS {
            self.progress
                .eprintln(&format!("textsieve: warning: {msg}"));
        } else if self.warnings == MAX_WARNINGS {
            self.progress.eprintln(
                "textsieve: warning: more bad records; only their number is reported at the end",
            );
        }
        self.warnings += 1;
    }
}

/// Reads up to a batch of lines (each with its `\n`, the last one maybe without).
pub fn read_lines(reader: &mut dyn BufRead, name: &str) -> Result<(Vec<Vec<u8>>, usize), Fatal> {
    let mut lines = Vec::new();
    let mut bytes = 0;
    while bytes < BATCH_BYTES && lines.len() < BATCH_RECORDS {
        let mut line = Vec::new();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(n) => {
                bytes += n;
                lines.push(line);
            }
            Err(e) => return Err(Fatal::Failed(format!("reading {name}: {e}"))),
        }
    }
    Ok((lines, bytes))
}

/// Opens an input for buffered reading.
pub fn open(input: &Input) -> Result<Box<dyn BufRead>, Fatal> {
    match &input.path {
        None => Ok(Box::new(io::stdin().lock())),
        Some(path) => {
            let file =
                File::open(path).map_err(|e| Fatal::Failed(format!("{}: {e}", path.display())))?;
            Ok(Box::new(BufReader::with_capacity(1 << 20, file)))
        }
    }
}

fn write_record(out: &mut dyn Write, bytes: &[u8], out_name: &str) -> Result<(), Fatal> {
    out.write_all(bytes).map_err(|e| write_error(&e, out_name))
}

fn write_error(e: &io::Error, out_name: &str) -> Fatal {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Fatal::BrokenPipe
    } else {
        Fatal::Failed(format!("writing {out_name}: {e}"))
    }
}

/// Number of line breaks in `bytes`.
fn count_lines(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// An output file written under a temporary name and renamed into place when complete, so
/// `--out-dir` never holds a half-written output.
pub struct OutFile {
    path: PathBuf,
    tmp: PathBuf,
    pub writer: BufWriter<File>,
}

impl OutFile {
    pub fn create(path: &Path) -> Result<OutFile, Fatal> {
        let failed = |e: io::Error| Fatal::Failed(format!("{}: {e}", path.display()));
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(failed)?;
        let mut name = std::ffi::OsString::from(".");
        name.push(path.file_name().unwrap_or_default());
        name.push(inputs::PARTIAL_SUFFIX);
        let tmp = dir.join(name);
        let file = File::create(&tmp).map_err(failed)?;
        Ok(OutFile {
            path: path.to_owned(),
            tmp,
            writer: BufWriter::with_capacity(1 << 16, file),
        })
    }

    pub fn commit(self) -> Result<(), Fatal> {
        let failed = |e: io::Error| Fatal::Failed(format!("writing {}: {e}", self.path.display()));
        self.writer
            .into_inner()
            .map_err(|e| failed(e.into_error()))?;
        fs::rename(&self.tmp, &self.path).map_err(failed)
    }

    pub fn discard(self) {
        drop(self.writer);
        let _ = fs::remove_file(&self.tmp);
    }
}
