"""A datatrove pipeline step that removes boilerplate from each document's text.

Importing this module imports datatrove (``pip install datatrove``); ``import textsieve``
alone never does.

>>> from datatrove.executor import LocalPipelineExecutor                 # doctest: +SKIP
>>> from datatrove.pipeline.readers import JsonlReader                   # doctest: +SKIP
>>> from datatrove.pipeline.writers import JsonlWriter                   # doctest: +SKIP
>>> from textsieve.datatrove import TextsieveCleaner                     # doctest: +SKIP
>>> LocalPipelineExecutor(                                                # doctest: +SKIP
...     pipeline=[JsonlReader("crawl/"), TextsieveCleaner(), JsonlWriter("clean/")],
...     tasks=8, workers=2, logging_dir="logs/",
... ).run()
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.typeshelper import StatHints

from textsieve import Cleaner

__all__ = ["TextsieveCleaner"]


class TextsieveCleaner(PipelineStep):
    """Cleans ``doc.text`` of every document with a :class:`textsieve.Cleaner`.

    The options are those of :class:`textsieve.Cleaner`. With ``profiles``, a document's site
    is the host of the URL in ``doc.metadata[site_key]`` (or the value itself when it is a
    host name), as the command-line tool's ``--site-field``.

    Every document goes on, even one cleaned to nothing: dropping is a filter's decision.
    Its stats, per document:

    * ``removed_bytes`` and ``removed_bytes/<rule>``: UTF-8 bytes removed, in all and by
      each rule (``ad-marker``, ``model``, ``whitespace``, ...);
    * ``page/article`` or ``page/listing``: whether what is left holds an article (a page of
      teasers, a portal, a section front does not);
    * ``emptied``: documents with nothing but white space left.

    The step pickles as its options (datatrove copies its pipeline to each task), and each
    copy builds its cleaner once.
    """

    name = "✂️ textsieve"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        rules: Iterable[str] | None = None,
        without: Iterable[str] = (),
        lexicons: Mapping[str, Iterable[str]] | None = None,
        profiles: str | os.PathLike[str] | bytes | None = None,
        keep_comments: bool = False,
        site_key: str = "url",
    ) -> None:
        super().__init__()
        self.cleaner = Cleaner(
            rules=rules,
            without=without,
            lexicons=lexicons,
            profiles=profiles,
            keep_comments=keep_comments,
        )
        self.site_key = site_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        for doc in data:
            self.stat_update(StatHints.total)
            site = doc.metadata.get(self.site_key)
            with self.track_time():
                report = self.cleaner.explain(doc.text, site if isinstance(site, str) else None)
            removed = report.removed_bytes_by_rule()
            self.stat_update("removed_bytes", value=sum(removed.values()))
            for rule, count in removed.items():
                self.stat_update(f"removed_bytes/{rule}", value=count)
            self.stat_update(f"page/{report.page}")
            doc.text = report.output
            if not doc.text.strip():
                self.stat_update("emptied")
            self.update_doc_stats(doc)
            yield doc
