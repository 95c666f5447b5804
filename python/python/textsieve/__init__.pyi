"""Types of the textsieve package (the native module ``textsieve._textsieve``)."""

import os
from collections.abc import Iterable, Mapping
from typing import Literal, final

__all__ = ["Cleaner", "Removal", "Report", "__version__", "clean", "explain"]

__version__: str

def clean(text: str) -> str:
    """Returns ``text`` without its boilerplate, using the default rules and line model."""

def explain(text: str) -> Report:
    """Like :func:`clean`, and also says what was removed, by which rule and why."""

@final
class Removal:
    """One removed piece of the input; ``text[r.start:r.end]`` is the removed text."""

    @property
    def start(self) -> int:
        """Where the removed text starts, as a Python string index."""
    @property
    def end(self) -> int:
        """Where the removed text ends (exclusive), as a Python string index."""
    @property
    def byte_start(self) -> int:
        """Where the removed text starts, as a UTF-8 byte offset."""
    @property
    def byte_end(self) -> int:
        """Where the removed text ends (exclusive), as a UTF-8 byte offset."""
    @property
    def rule(self) -> str:
        """The id of the rule that removed it (``"ad-marker"``, ``"model"``, …)."""
    @property
    def reason(self) -> str:
        """Why it was removed, in words."""

@final
class Report:
    """What :func:`explain` returns: the output, the removals and the page verdict."""

    @property
    def output(self) -> str:
        """The cleaned text, equal to ``clean`` of the same input."""
    @property
    def removals(self) -> list[Removal]:
        """The removed pieces, sorted by position (a new list on each access)."""
    @property
    def page(self) -> Literal["article", "listing"]:
        """``"article"`` when what is left holds an article, else ``"listing"``."""
    def removed_bytes_by_rule(self) -> dict[str, int]:
        """UTF-8 bytes removed per rule id, in order of each rule's first removal."""

@final
class Cleaner:
    """A cleaner with chosen rules, added phrases and site profiles; thread-safe, picklable."""

    def __new__(
        cls,
        rules: Iterable[str] | None = None,
        without: Iterable[str] = (),
        lexicons: Mapping[str, Iterable[str]] | None = None,
        profiles: str | os.PathLike[str] | bytes | None = None,
        keep_comments: bool = False,
        listing_chrome: bool = False,
    ) -> Cleaner: ...
    def clean(self, text: str, site: str | None = None) -> str:
        """Returns ``text`` without its boilerplate; ``site`` picks a site profile."""
    def explain(self, text: str, site: str | None = None) -> Report:
        """Like :meth:`clean`, and also says what was removed, by which rule and why."""
    def clean_batch(
        self,
        texts: Iterable[str],
        threads: int | None = None,
        sites: Iterable[str | None] | None = None,
    ) -> list[str]:
        """Cleans every text on ``threads`` threads (default, and at most: all cores), in input order."""
    @property
    def rule_ids(self) -> list[str]:
        """The ids of the rules this cleaner runs, in order."""
