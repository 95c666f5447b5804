//! `Report` and `Removal`: what `explain` returns, with offsets Python can slice with.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// One removed piece of the input: where it was, which rule removed it and why.
///
/// ``start`` and ``end`` are Python string indices (code points) into the text that was
/// explained, so ``text[r.start:r.end]`` is the removed text, Arabic and emoji included.
/// ``byte_start`` and ``byte_end`` are the same span in UTF-8 bytes, as the Rust crate and
/// the command-line tool report it.
///
/// >>> import textsieve
/// >>> text = "Story text 🙂, first part.\nAdvertisement\nStory text, second part."
/// >>> r = textsieve.explain(text).removals[0]
/// >>> (r.start, r.end, r.rule, r.reason)
/// (26, 40, 'ad-marker', 'advertisement label')
/// >>> text[r.start:r.end]
/// 'Advertisement\n'
/// >>> (r.byte_start, r.byte_end)
/// (29, 43)
#[pyclass(frozen, module = "textsieve")]
pub struct Removal {
    /// Where the removed text starts, as a Python string index.
    #[pyo3(get)]
    start: usize,
    /// Where the removed text ends (exclusive), as a Python string index.
    #[pyo3(get)]
    end: usize,
    /// Where the removed text starts, as a UTF-8 byte offset.
    #[pyo3(get)]
    byte_start: usize,
    /// Where the removed text ends (exclusive), as a UTF-8 byte offset.
    #[pyo3(get)]
    byte_end: usize,
    /// The id of the rule that removed it (``"ad-marker"``, ``"model"``, ``"whitespace"``, …).
    #[pyo3(get)]
    rule: &'static str,
    /// Why it was removed, in words.
    #[pyo3(get)]
    reason: String,
}

#[pymethods]
impl Removal {
    fn __repr__(&self) -> String {
        format!(
            "Removal(start={}, end={}, rule={:?}, reason={:?})",
            self.start, self.end, self.rule, self.reason
        )
    }
}

/// What :func:`explain` returns: the cleaned text, every removed piece of the input, and
/// whether what is left holds an article.
///
/// ``output`` equals ``clean(text)``; ``removals`` are sorted and do not overlap, and cutting
/// them out of ``text`` gives ``output``. ``page`` is ``"article"`` or ``"listing"`` (a
/// portal, section front or page of teasers: no article left).
///
/// >>> import textsieve
/// >>> report = textsieve.explain("Body text stays here.\nADVERTISEMENT\nMore body text.")
/// >>> report.output
/// 'Body text stays here.\nMore body text.'
/// >>> [(r.start, r.end, r.rule) for r in report.removals]
/// [(22, 36, 'ad-marker')]
/// >>> report.page
/// 'listing'
#[pyclass(frozen, module = "textsieve")]
pub struct Report {
    /// The cleaned text, equal to ``clean`` of the same input.
    #[pyo3(get)]
    output: Py<PyString>,
    removals: Vec<Py<Removal>>,
    /// ``"article"`` when what is left holds a run of prose of 30 words or more, else
    /// ``"listing"``.
    #[pyo3(get)]
    page: &'static str,
}

impl Report {
    /// Converts the crate's report on `text`, turning its byte offsets into code point
    /// indices.
    pub fn new(py: Python<'_>, text: &str, report: &textsieve::Report) -> PyResult<Report> {
        let mut index = CharIndex::new(text);
        let removals = report
            .removals
            .iter()
            .map(|r| {
                let removal = Removal {
                    start: index.of(r.span.start),
                    end: index.of(r.span.end),
                    byte_start: r.span.start,
                    byte_end: r.span.end,
                    rule: r.rule,
                    reason: r.reason.to_string(),
                };
                Py::new(py, removal)
            })
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Report {
            output: PyString::new(py, &report.output).unbind(),
            removals,
            page: report.page.as_str(),
        })
    }
}

#[pymethods]
impl Report {
    /// The removed pieces, sorted by position (a new list on each access).
    #[getter]
    fn removals<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.removals.iter().map(|r| r.clone_ref(py)))
    }

    /// UTF-8 bytes removed per rule id, in order of each rule's first removal.
    ///
    /// >>> import textsieve
    /// >>> textsieve.explain("Text here.\nAdvertisement\nMore text.").removed_bytes_by_rule()
    /// {'ad-marker': 14}
    fn removed_bytes_by_rule<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let totals = PyDict::new(py);
        for removal in &self.removals {
            let removal = removal.get();
            let bytes = removal.byte_end - removal.byte_start;
            let before: usize = match totals.get_item(removal.rule)? {
                Some(n) => n.extract()?,
                None => 0,
            };
            totals.set_item(removal.rule, before + bytes)?;
        }
        Ok(totals)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let chars = self.output.bind(py).len()?;
        Ok(format!(
            "Report(output=<{chars} characters>, removals=<{} removals>, page={:?})",
            self.removals.len(),
            self.page
        ))
    }
}

/// Turns UTF-8 byte offsets of one text into code point indices, the unit Python slices
/// strings in.
///
/// Offsets asked in increasing order (a report's removals are sorted) cost one walk over the
/// text in all; an offset behind the last one asked starts again from the beginning. Counting
/// bytes that do not continue a character needs no `char` boundary, so no offset can make it
/// panic; one past the end counts as the end.
struct CharIndex<'t> {
    bytes: &'t [u8],
    last_byte: usize,
    last_char: usize,
}

impl<'t> CharIndex<'t> {
    fn new(text: &'t str) -> CharIndex<'t> {
        CharIndex {
            bytes: text.as_bytes(),
            last_byte: 0,
            last_char: 0,
        }
    }

    fn of(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte < self.last_byte {
            self.last_byte = 0;
            self.last_char = 0;
        }
        self.last_char += self.bytes[self.last_byte..byte]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count();
        self.last_byte = byte;
        self.last_char
    }
}

/// Whether `b` is a UTF-8 continuation byte (`10xx_xxxx`), the bytes after a character's
/// first.
fn is_continuation(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}
