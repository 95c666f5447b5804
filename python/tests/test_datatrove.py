"""The datatrove step on a tiny in-memory pipeline (skipped where datatrove is not installed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import generated_pages

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402

import textsieve  # noqa: E402
from textsieve.datatrove import TextsieveCleaner  # noqa: E402


def test_cleans_documents_and_counts_removed_bytes_per_rule(tmp_path: Path) -> None:
    pages = generated_pages(30, seed=21)
    documents = [Document(text=p, id=str(i), metadata={"url": f"https://example.com/{i}"}) for i, p in enumerate(pages)]
    seen: list[Document] = []

    def collect(data, rank: int = 0, world_size: int = 1):  # type: ignore[no-untyped-def]
        for doc in data:
            seen.append(doc)
            yield doc

    executor = LocalPipelineExecutor(
        pipeline=[documents, TextsieveCleaner(without=["keyword-list"]), collect],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    cleaner = textsieve.Cleaner(without=["keyword-list"])
    assert [d.text for d in seen] == [cleaner.clean(p) for p in pages]
    assert [d.id for d in seen] == [str(i) for i in range(len(pages))]

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text("utf-8"))
    step = next(s for s in stats if "textsieve" in s["name"])["stats"]
    expected: dict[str, int] = {}
    for page in pages:
        for rule, removed in cleaner.explain(page).removed_bytes_by_rule().items():
            expected[rule] = expected.get(rule, 0) + removed
    assert expected and "keyword-list" not in expected
    for rule, removed in expected.items():
        assert step[f"removed_bytes/{rule}"]["total"] == removed
    assert step["removed_bytes"]["total"] == sum(expected.values())
    assert step["total"] == len(pages)
    # Plain counts are stored as numbers.
    assert step.get("page/article", 0) + step.get("page/listing", 0) == len(pages)


def test_uses_the_site_profiles(site_profiles: Path) -> None:
    step = TextsieveCleaner(profiles=site_profiles, site_key="link")
    text = "Port reopens\nThe port reopened on Friday.\nShips queued all day. More from Example News: Sport\n"
    documents = [
        Document(text=text, id="0", metadata={"link": "https://www.example.com/port"}),
        Document(text=text, id="1", metadata={"link": "https://other.org/port"}),
        Document(text=text, id="2"),
    ]
    cleaned = [d.text for d in step.run(iter(documents))]
    assert cleaned[0] == "Port reopens\nThe port reopened on Friday.\nShips queued all day.\n"
    assert cleaned[1] == cleaned[2] == textsieve.clean(text)
    assert step.stats["removed_bytes/site-profile"].total > 0
