//! `textsieve.Cleaner`: a configured cleaner, built once, shared by threads, shipped to
//! workers by pickle.

use std::ops::Range;
use std::path::PathBuf;

use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyMapping, PyString, PyTuple, PyType};
use textsieve::{CleanerOptions, ProfiledCleaner, Profiles};

use crate::batch;
use crate::output::without_ranges;
use crate::report::Report;

/// A cleaner with chosen rules, added phrases and site profiles. Build it once and reuse it:
/// building compiles the rules (about 14 ms), cleaning only reads them.
///
/// ``rules``: the rule ids to run (default: all); ``without``: ids not to run, ``"model"``
/// for the line model; ``lexicons``: phrases to add per rule id (``"ad-marker"``,
/// ``"related-section"``, ``"keyword-list"``, ``"footer-links"``); ``profiles``: the path of
/// a profiles file written by ``textsieve learn``, or its contents as ``bytes``;
/// ``keep_comments``: leave reader comments in; ``listing_chrome``: on a page with no article,
/// remove the short lines that are no sentence (section names, menu items, buttons; off by
/// default, as a poem's verses would go too). These are the command-line tool's ``--rules``,
/// ``--without``, ``--lexicon``, ``--profiles``, ``--keep-comments`` and ``--listing-chrome``.
///
/// A ``Cleaner`` is safe to share across threads, and its cleaning methods release the GIL.
/// It pickles as its options (with the profiles file's contents, not its path), so Spark
/// and Ray can ship it to workers; unpickling builds it again.
///
/// Bad options raise ``ValueError`` (an unknown rule id, a phrase that folds to nothing, a
/// damaged profiles file) or ``TypeError`` (a wrong type), and ``OSError`` when the profiles
/// file cannot be read.
///
/// >>> import textsieve
/// >>> cleaner = textsieve.Cleaner(without=["keyword-list"], lexicons={"ad-marker": ["Reklam"]})
/// >>> cleaner.clean("Haber metni.\nReklam\nDevamı.\n")
/// 'Haber metni.\nDevamı.\n'
/// >>> textsieve.Cleaner(rules=["ads"])
/// Traceback (most recent call last):
///   ...
/// ValueError: unknown rule id "ads" in rules; the rules are: ad-marker, related-section, keyword-list, footer-links, table-of-contents, heading-echo, page-chrome, comment-thread, end-of-article, article-region, model, repeated-passage, listing-chrome
#[pyclass(frozen, module = "textsieve")]
pub struct Cleaner {
    /// The cleaner without site profiles.
    plain: textsieve::Cleaner,
    /// The same cleaner with the site profiles, when given.
    with_profiles: Option<ProfiledCleaner>,
    options: CleanerOptions,
    /// The profiles file's contents, which pickling carries: a worker need not see the path.
    profiles_file: Option<Vec<u8>>,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(
        signature = (rules=None, without=None, lexicons=None, profiles=None, keep_comments=false, listing_chrome=false),
        text_signature = "(rules=None, without=(), lexicons=None, profiles=None, keep_comments=False, listing_chrome=False)"
    )]
    fn new(
        rules: Option<&Bound<'_, PyAny>>,
        without: Option<&Bound<'_, PyAny>>,
        lexicons: Option<&Bound<'_, PyAny>>,
        profiles: Option<&Bound<'_, PyAny>>,
        keep_comments: bool,
        listing_chrome: bool,
    ) -> PyResult<Cleaner> {
        let mut options = CleanerOptions::default();
        options.rules = rules.map(|r| strings(r, "rules")).transpose()?;
        options.without = without
            .map(|w| strings(w, "without"))
            .transpose()?
            .unwrap_or_default();
        options.lexicons = lexicons
            .map(phrases_by_rule)
            .transpose()?
            .unwrap_or_default();
        options.keep_comments = keep_comments;
        options.listing_chrome = listing_chrome;
        let plain = options
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let (with_profiles, profiles_file) = match profiles {
            Some(profiles) => {
                let (file, named) = read_profiles(profiles)?;
                let parsed = Profiles::from_bytes(&file)
                    .map_err(|e| PyValueError::new_err(format!("profiles{named}: {e}")))?;
                (
                    Some(ProfiledCleaner::new(plain.clone(), parsed)),
                    Some(file),
                )
            }
            None => (None, None),
        };
        Ok(Cleaner {
            plain,
            with_profiles,
            options,
            profiles_file,
        })
    }

    /// Returns ``text`` without its boilerplate.
    ///
    /// ``site`` (a host name, or a URL whose host is taken) picks the site profile to add,
    /// when the cleaner has profiles; a site without one, or no site, is cleaned by the rules
    /// alone.
    ///
    /// >>> import textsieve
    /// >>> textsieve.Cleaner().clean("The talks went on for hours.\nاعلان\nThey ended at midnight.")
    /// 'The talks went on for hours.\nThey ended at midnight.'
    #[pyo3(signature = (text, site=None))]
    fn clean<'py>(
        &self,
        text: &Bound<'py, PyString>,
        site: Option<&str>,
    ) -> PyResult<Bound<'py, PyString>> {
        let utf8 = text.to_str()?;
        let removed = text.py().detach(|| self.removed_ranges(utf8, site));
        without_ranges(text, utf8, &removed)
    }

    /// Like :meth:`clean`, and also says what was removed, by which rule and why; offsets
    /// are Python string indices (see :class:`Report`).
    ///
    /// >>> import textsieve
    /// >>> report = textsieve.Cleaner().explain("Story text.\nSponsored\nMore story.")
    /// >>> report.output, [r.rule for r in report.removals]
    /// ('Story text.\nMore story.', ['ad-marker'])
    #[pyo3(signature = (text, site=None))]
    fn explain(&self, py: Python<'_>, text: &str, site: Option<&str>) -> PyResult<Report> {
        let report = py.detach(
            || match (&self.with_profiles, site.and_then(textsieve::site_of)) {
                (Some(with_profiles), Some(site)) => with_profiles.explain(site, text),
                _ => self.plain.explain(text),
            },
        );
        Report::new(py, text, &report)
    }

    /// Cleans every text of ``texts``, on ``threads`` threads (default, and at most: all
    /// cores), and returns the results in the same order: ``[cleaner.clean(t) for t in texts]``, in
    /// parallel. The GIL is released while cleaning.
    ///
    /// ``sites``, when given, holds one site (or ``None``) per text, as for :meth:`clean`.
    ///
    /// >>> import textsieve
    /// >>> cleaner = textsieve.Cleaner()
    /// >>> cleaner.clean_batch(["Text one.\nADVERTISEMENT\nMore text.", "نص.\nاعلان\nنص آخر."], threads=2)
    /// ['Text one.\nMore text.', 'نص.\nنص آخر.']
    #[pyo3(signature = (texts, threads=None, sites=None))]
    fn clean_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<i64>,
        sites: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Bound<'py, PyString>>> {
        // Cleaning is work for the processor: threads past its cores only take turns, and a
        // careless `threads=10**6` would ask the system for as many (one per text at most).
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        let threads = match threads {
            None => cores,
            Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX).min(cores),
            Some(n) => {
                return Err(PyValueError::new_err(format!(
                    "threads must be at least 1, not {n}"
                )))
            }
        };
        let objects = str_items(texts, "texts")?;
        let texts: Vec<&str> = objects
            .iter()
            .map(|t| t.to_str())
            .collect::<PyResult<_>>()?;
        let sites = match sites {
            Some(sites) => site_items(sites, texts.len())?,
            None => Vec::new(),
        };
        let sites: Vec<Option<&str>> = sites
            .iter()
            .map(|s| s.as_ref().map(|s| s.to_str()).transpose())
            .collect::<PyResult<_>>()?;
        let removed = py.detach(|| {
            batch::map_ordered(texts.len(), threads, |i| {
                self.removed_ranges(texts[i], sites.get(i).copied().flatten())
            })
        });
        objects
            .iter()
            .zip(texts)
            .zip(removed)
            .map(|((object, text), removed)| without_ranges(object, text, &removed))
            .collect()
    }

    /// The ids of the rules this cleaner runs, in order (the line model, when it runs, is
    /// not a rule and not listed).
    ///
    /// >>> import textsieve
    /// >>> textsieve.Cleaner(rules=["footer-links", "ad-marker"]).rule_ids
    /// ['ad-marker', 'footer-links']
    #[getter]
    fn rule_ids(&self) -> Vec<&'static str> {
        self.plain.rule_ids().collect()
    }

    /// Pickles as the constructor's arguments, with the profiles as the file's contents.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let this = slf.get();
        let lexicons = if this.options.lexicons.is_empty() {
            None
        } else {
            let dict = PyDict::new(py);
            for (id, phrases) in &this.options.lexicons {
                dict.set_item(id, phrases)?;
            }
            Some(dict)
        };
        let profiles = this
            .profiles_file
            .as_deref()
            .map(|file| PyBytes::new(py, file));
        let arguments = (
            this.options.rules.clone(),
            this.options.without.clone(),
            lexicons,
            profiles,
            this.options.keep_comments,
            this.options.listing_chrome,
        )
            .into_pyobject(py)?;
        Ok((slf.get_type(), arguments))
    }

    fn __repr__(&self) -> String {
        let model = if self.options.without.iter().any(|w| w == textsieve::MODEL)
            || self
                .options
                .rules
                .as_ref()
                .is_some_and(|r| !r.iter().any(|id| id == textsieve::MODEL))
        {
            ""
        } else {
            " + model"
        };
        let profiles = match &self.with_profiles {
            Some(p) => format!(", {} site profiles", p.profiles().len()),
            None => String::new(),
        };
        let listing = if self.plain.removes_listing_chrome() {
            " + listing chrome"
        } else {
            ""
        };
        format!(
            "<textsieve.Cleaner {}{model}{listing}{profiles}>",
            self.rule_ids().join(", ")
        )
    }
}

impl Cleaner {
    /// What cleaning `text` of `site` removes: the ranges the output is built without.
    fn removed_ranges(&self, text: &str, site: Option<&str>) -> Vec<Range<usize>> {
        match (&self.with_profiles, site.and_then(textsieve::site_of)) {
            (Some(with_profiles), Some(site)) => with_profiles.removed_ranges(site, text),
            _ => self.plain.removed_ranges(text),
        }
    }
}

/// The strings of an iterable argument (rule ids, phrases). A lone `str` is refused: it is
/// iterable, but its items are letters, never what the caller meant.
fn strings(value: &Bound<'_, PyAny>, argument: &str) -> PyResult<Vec<String>> {
    str_items(value, argument)?
        .iter()
        .map(|s| Ok(s.to_str()?.to_owned()))
        .collect()
}

/// The items of an iterable of `str`, checked one by one.
fn str_items<'py>(
    value: &Bound<'py, PyAny>,
    argument: &str,
) -> PyResult<Vec<Bound<'py, PyString>>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{argument}: expected an iterable of str (a list, a tuple), not a str"
        )));
    }
    let items = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{argument}: expected an iterable of str, not {}",
            type_name(value)
        ))
    })?;
    let mut strings = Vec::new();
    for (i, item) in items.enumerate() {
        let item = item?;
        match item.cast_into::<PyString>() {
            Ok(s) => strings.push(s),
            Err(e) => {
                return Err(PyTypeError::new_err(format!(
                    "{argument}[{i}]: expected str, not {}",
                    type_name(&e.into_inner())
                )))
            }
        }
    }
    Ok(strings)
}

/// One site (`str` or `None`) per text.
fn site_items<'py>(
    value: &Bound<'py, PyAny>,
    count: usize,
) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "sites: expected an iterable of str or None, one per text, not a str",
        ));
    }
    let items = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "sites: expected an iterable of str or None, not {}",
            type_name(value)
        ))
    })?;
    let mut sites = Vec::new();
    for (i, item) in items.enumerate() {
        let item = item?;
        if item.is_none() {
            sites.push(None);
            continue;
        }
        match item.cast_into::<PyString>() {
            Ok(s) => sites.push(Some(s)),
            Err(e) => {
                return Err(PyTypeError::new_err(format!(
                    "sites[{i}]: expected str or None, not {}",
                    type_name(&e.into_inner())
                )))
            }
        }
    }
    if sites.len() != count {
        return Err(PyValueError::new_err(format!(
            "sites: {} sites for {count} texts; give one per text",
            sites.len()
        )));
    }
    Ok(sites)
}

/// `lexicons`: a mapping from rule id to an iterable of phrases, in the mapping's order.
fn phrases_by_rule(value: &Bound<'_, PyAny>) -> PyResult<Vec<(String, Vec<String>)>> {
    let mapping = value.cast::<PyMapping>().map_err(|_| {
        PyTypeError::new_err(format!(
            "lexicons: expected a mapping from rule id to phrases, not {}",
            type_name(value)
        ))
    })?;
    let mut lexicons = Vec::new();
    for item in mapping.items()?.iter() {
        let (id, phrases): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
        let id = id.cast_into::<PyString>().map_err(|e| {
            PyTypeError::new_err(format!(
                "lexicons: a rule id must be a str, not {}",
                type_name(&e.into_inner())
            ))
        })?;
        let id = id.to_str()?.to_owned();
        let phrases = strings(&phrases, &format!("lexicons[{id:?}]"))?;
        lexicons.push((id, phrases));
    }
    Ok(lexicons)
}

/// The profiles file's contents, and how to name it in an error (` PATH`, or nothing for
/// bytes given directly).
fn read_profiles(value: &Bound<'_, PyAny>) -> PyResult<(Vec<u8>, String)> {
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok((bytes.as_bytes().to_vec(), String::new()));
    }
    let path: PathBuf = value.extract().map_err(|_| {
        PyTypeError::new_err(format!(
            "profiles: expected a path (str or os.PathLike) or the file's contents (bytes), not {}",
            type_name(value)
        ))
    })?;
    match std::fs::read(&path) {
        Ok(file) => Ok((file, format!(" {}", path.display()))),
        Err(e) => Err(match e.raw_os_error() {
            // OSError(errno, message, filename) becomes FileNotFoundError and the like, with
            // Python's own wording of the errno.
            Some(errno) => {
                let os = value.py().import("os")?;
                let message: String = os.call_method1("strerror", (errno,))?.extract()?;
                // The filename as given, as `open` reports it.
                PyOSError::new_err((errno, message, value.clone().unbind()))
            }
            None => PyOSError::new_err(format!("profiles {}: {e}", path.display())),
        }),
    }
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_owned(), |n| n.to_string())
}
