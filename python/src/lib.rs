//! The native half of the Python package `textsieve`: `clean`, `explain`, `Cleaner`, and the
//! report types, over the `textsieve` crate. `python/textsieve/__init__.py` re-exports them;
//! `python/textsieve/__init__.pyi` types them.
//!
//! Every call that cleans text releases the GIL, so Python threads clean in parallel, and
//! nothing here panics on what Python passes in: bad arguments become `TypeError` or
//! `ValueError` carrying the crate's message.
#![forbid(unsafe_code)]

mod batch;
mod cleaner;
mod output;
mod report;

use pyo3::prelude::*;

/// The default cleaner of :func:`clean` and :func:`explain`, built on first use.
fn default_cleaner() -> &'static textsieve::Cleaner {
    static DEFAULT: std::sync::OnceLock<textsieve::Cleaner> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(textsieve::Cleaner::new)
}

/// The native module. Its classes call themselves `textsieve.X`, which is where users (and
/// pickle) find them.
#[pymodule]
mod _textsieve {
    use pyo3::prelude::*;
    use pyo3::types::PyString;

    use crate::default_cleaner;

    #[pymodule_export]
    use crate::cleaner::Cleaner;
    #[pymodule_export]
    use crate::report::{Removal, Report};

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        module.add("__version__", env!("CARGO_PKG_VERSION"))
    }

    /// Returns ``text`` without its boilerplate, using the default rules and line model.
    ///
    /// The result is ``text`` with some pieces cut out, never a rewritten word. The default
    /// cleaner is built once per process, on first use (about 14 ms).
    ///
    /// >>> import textsieve
    /// >>> textsieve.clean("The talks resumed on Monday, officials said.\nADVERTISEMENT\nTags: talks, truce\n")
    /// 'The talks resumed on Monday, officials said.\n'
    #[pyfunction]
    fn clean<'py>(text: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
        let utf8 = text.to_str()?;
        let removed = text.py().detach(|| default_cleaner().removed_ranges(utf8));
        crate::output::without_ranges(text, utf8, &removed)
    }

    /// The crate's own time for ``calls`` cleans of ``text`` by the default cleaner, in
    /// seconds, with no Python between the calls: what ``python/bench/measure.py`` sets a
    /// :func:`clean` call against, in the same process and the same minute. Not part of the
    /// API.
    #[pyfunction]
    fn _crate_seconds(py: Python<'_>, text: &str, calls: usize) -> f64 {
        py.detach(|| {
            let started = std::time::Instant::now();
            for _ in 0..calls {
                std::hint::black_box(default_cleaner().clean(std::hint::black_box(text)));
            }
            started.elapsed().as_secs_f64()
        })
    }

    /// Like :func:`clean`, and also says what was removed, by which rule and why.
    ///
    /// Offsets in the report are Python string indices: ``text[r.start:r.end]`` is the
    /// removed text.
    ///
    /// >>> import textsieve
    /// >>> text = "Body text, here.\nاعلان\nMore body."
    /// >>> report = textsieve.explain(text)
    /// >>> report.output == textsieve.clean(text)
    /// True
    /// >>> r = report.removals[0]
    /// >>> (r.rule, text[r.start:r.end])
    /// ('ad-marker', 'اعلان\n')
    #[pyfunction]
    fn explain(py: Python<'_>, text: &str) -> PyResult<crate::report::Report> {
        let report = py.detach(|| default_cleaner().explain(text));
        crate::report::Report::new(py, text, &report)
    }
}
