"""Removes boilerplate from plain text scraped from web pages, Arabic and English first.

Give it what a scraper left after stripping the HTML (article paragraphs among ad labels,
"Related" blocks, glued navigation and footer links, tag lists) and get the article back.
Cleaning only ever deletes: the output is the input with some pieces cut out.

>>> import textsieve
>>> textsieve.clean("The talks resumed on Monday, officials said.\\nADVERTISEMENT\\nTags: talks, truce\\n")
'The talks resumed on Monday, officials said.\\n'

* :func:`clean` and :func:`explain` use the default rules and line model.
* :class:`Cleaner` picks rules, adds phrases and site profiles, and cleans lists of texts
  on several cores (:meth:`Cleaner.clean_batch`); share one across threads, or pickle it
  to Spark or Ray workers.
* ``textsieve.datatrove`` holds a datatrove pipeline step (it needs ``datatrove``).

The rules and the model are those of the Rust crate ``textsieve``; results are the same.
"""

# The native module does the work; this package only gives it its public name.
from textsieve._textsieve import Cleaner, Removal, Report, __version__, clean, explain

__all__ = ["Cleaner", "Removal", "Report", "__version__", "clean", "explain"]
