"""The package cleans exactly as the Rust crate: on the embedded sample (against the golden
output the crate's tests keep) and on generated pages (against the command-line tool), with
the same removals, rules and reasons, and with the same options."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, SAMPLE, generated_pages, read_jsonl, write_jsonl

import textsieve


def test_sample_equals_the_crates_golden_output() -> None:
    page = _read(SAMPLE)
    expected = _read(FIXTURES / "sample_ar_news.out.txt")
    assert textsieve.clean(page) == expected
    assert textsieve.Cleaner().clean(page) == expected
    assert textsieve.explain(page).output == expected


def test_golden_fixtures() -> None:
    """Every golden case of the crate (`tests/fixtures`), output and report."""
    cases = sorted(FIXTURES.glob("*.in.txt"))
    assert cases
    for case in cases:
        page = _read(case)
        expected = _read(case.with_name(case.name.replace(".in.txt", ".out.txt")))
        report_lines = _read(case.with_name(case.name.replace(".in.txt", ".report.txt")))
        report = textsieve.explain(page)
        assert report.output == expected, case.name
        # The golden report prints `start..end rule reason "snippet"` in byte offsets.
        expected_spans = [line.split(" ", 2)[:2] for line in report_lines.splitlines() if line]
        spans = [[f"{r.byte_start}..{r.byte_end}", r.rule] for r in report.removals]
        assert spans == expected_spans, case.name


def _read(path: Path) -> str:
    """The file as Rust reads it: `newline=""` keeps its own line endings."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def test_sample_equals_the_tool(textsieve_cli) -> None:  # type: ignore[no-untyped-def]
    page = _read(SAMPLE)
    assert textsieve.clean(page) == textsieve_cli(input=page).stdout


def test_generated_pages_equal_the_tool(textsieve_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = generated_pages(150)
    corpus = write_jsonl(tmp_path / "pages.jsonl", [{"text": p} for p in pages])
    records = read_jsonl(textsieve_cli("--jsonl", "--explain", str(corpus)).stdout)
    assert len(records) == len(pages)
    removed_somewhere = 0
    for page, record in zip(pages, records):
        report = textsieve.explain(page)
        assert report.output == record["text"]
        assert textsieve.clean(page) == record["text"]
        assert report.page == record["textsieve_page"]
        ours = [(r.byte_start, r.byte_end, r.rule, r.reason) for r in report.removals]
        theirs = [(r["start"], r["end"], r["rule"], r["reason"]) for r in record["textsieve_removed"]]
        assert ours == theirs
        removed_somewhere += bool(ours)
    # The pages hold boilerplate: the comparison is not one of untouched texts.
    assert removed_somewhere > len(pages) // 2


@pytest.mark.parametrize(
    ("options", "arguments"),
    [
        ({"without": ["model"]}, ["--without", "model"]),
        ({"rules": ["ad-marker", "keyword-list"]}, ["--rules", "ad-marker,keyword-list"]),
        ({"without": ["footer-links", "page-chrome"]}, ["--without", "footer-links", "--without", "page-chrome"]),
        ({"keep_comments": True}, ["--keep-comments"]),
        ({"listing_chrome": True}, ["--listing-chrome"]),
        ({"lexicons": {"ad-marker": ["Click here to subscribe to our newsletter"]}}, ["--lexicon", "ad-marker=LEXICON"]),
    ],
)
def test_options_equal_the_tools(textsieve_cli, tmp_path: Path, options, arguments) -> None:  # type: ignore[no-untyped-def]
    lexicon = tmp_path / "lexicon.txt"
    lexicon.write_text("Click here to subscribe to our newsletter\n", "utf-8")
    arguments = [a.replace("LEXICON", str(lexicon)) for a in arguments]
    pages = generated_pages(60, seed=7)
    corpus = write_jsonl(tmp_path / "pages.jsonl", [{"text": p} for p in pages])
    records = read_jsonl(textsieve_cli("--jsonl", *arguments, str(corpus)).stdout)
    cleaner = textsieve.Cleaner(**options)
    assert cleaner.clean_batch(pages, threads=2) == [r["text"] for r in records]


def test_profiles_equal_the_tools(textsieve_cli, site_profiles: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profiles = site_profiles

    new_pages = [
        {"url": "http://example.com/port", "text": "Port reopens\nThe port reopened on Friday.\nShips queued all day. More from Example News: Sport\n"},
        {"url": "https://other.org/x", "text": "Port reopens\nThe port reopened on Friday.\nShips queued all day. More from Example News: Sport\n"},
        *({"url": "https://www.example.com/p", "text": p} for p in generated_pages(20, seed=3)),
    ]
    corpus = write_jsonl(tmp_path / "new.jsonl", new_pages)
    records = read_jsonl(textsieve_cli("--jsonl", "--profiles", str(profiles), str(corpus)).stdout)

    cleaner = textsieve.Cleaner(profiles=profiles)
    texts = [p["text"] for p in new_pages]
    urls = [p["url"] for p in new_pages]
    expected = [r["text"] for r in records]
    assert [cleaner.clean(t, site=u) for t, u in zip(texts, urls)] == expected
    assert cleaner.clean_batch(texts, threads=2, sites=urls) == expected
    # The profile did its part: the template went on example.com, not on other.org.
    assert expected[0] == "Port reopens\nThe port reopened on Friday.\nShips queued all day.\n"
    assert expected[1] == textsieve.clean(texts[1])
    assert cleaner.explain(texts[0], site="example.com").removals[0].rule == "site-profile"
    # A host name, a URL and no site at all.
    assert cleaner.clean(texts[0], site="www.EXAMPLE.com") == expected[0]
    assert cleaner.clean(texts[0]) == textsieve.clean(texts[0])
    # The file's contents do as well as its path.
    assert textsieve.Cleaner(profiles=profiles.read_bytes()).clean(texts[0], "example.com") == expected[0]
