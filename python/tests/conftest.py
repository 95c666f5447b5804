"""Shared pieces of the Python package's tests: generated pages, and the Rust command-line
tool of this repository, which the tests compare the package with.

The tool is built with ``cargo`` from the repository the tests sit in. Where there is no
``cargo`` or no repository (the tests copied elsewhere), the tests that need it are skipped,
except under CI (``CI`` set), where that is a failure.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "data" / "sample_ar_news.txt"
FIXTURES = REPO / "tests" / "fixtures"

AR_SENTENCES = [
    "ذكرت الصحيفة أن المحادثات مستمرة منذ أيام، وأن الجانبين متفائلان بالتوصل إلى اتفاق.",
    "وقال المتحدث باسم الوزارة إن الاتفاق قريب، لكنه لم يحدد موعدا لتوقيعه.",
    "وأضاف أن الحكومة ستواصل العمل مع الشركاء الإقليميين لضمان الاستقرار في المنطقة.",
    "وشهدت الأسواق المحلية ارتفاعا ملحوظا في أسعار المواد الغذائية خلال الشهر الماضي.",
    "وأكد مسؤولون أن المشروع الجديد سيوفر آلاف الوظائف للشباب في السنوات المقبلة.",
    "ويأتي هذا التغيير في إطار إعادة تنظيم شاملة أعلنتها الوزارة مطلع العام.",
]
EN_SENTENCES = [
    "The council voted on Tuesday to expand the bus network, adding eleven routes across the city.",
    "Officials said the talks would resume next week, after both sides reviewed the draft.",
    "Residents had complained for years about the lack of service in the northern districts.",
    "The plan, which costs about four million dollars, will be paid for by a new parking levy.",
    "Critics argued that the money would be better spent repairing the existing roads first.",
    "The mayor said work on the first routes would start before the end of the summer.",
]
BOILERPLATE = [
    "اعلان",
    "إعلان",
    "Advertisement",
    "ADVERTISEMENT",
    "Sponsored",
    "كلمات دلالية: إسرائيل دونالد ترامب الحوثيون قطاع غزة سوريا",
    "Tags: council, buses, transport, city",
    "About UsContact UsPrivacy PolicyTerms of UseCookie Policy",
    "الرئيسيةأخبارسياسةاقتصادرياضةثقافة",
    "Copyright © 2024 Example News. All rights reserved.",
    "Share this article",
    "12 May 2021",
    "منذ 3 ساعات",
    "Related\nBus fares to rise in spring\nNew bridge opens to traffic\nCity budget approved",
    "اقرأ أيضاً\nارتفاع أسعار النفط\nافتتاح معرض الكتاب\nالمنتخب يفوز في مباراته",
    "Most Read",
    "تابعونا على تويتر",
    "Click here to subscribe to our newsletter",
]
DECORATIONS = ["🙂", "🇸🇦", "👨\u200d👩\u200d👧", "\u200f", "\u0651", "é", "𝔸", "\u00a0"]


def generated_pages(count: int, seed: int = 15) -> list[str]:
    """Pages of Arabic and English article sentences among boilerplate lines, with emoji,
    bidi marks, combining marks and mixed line endings; the same for the same seed."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        lines = [rng.choice(["خبر عاجل عن المحادثات", "Council expands bus network"])]
        for _ in range(rng.randint(1, 8)):
            sentences = AR_SENTENCES if rng.random() < 0.5 else EN_SENTENCES
            paragraph = " ".join(rng.sample(sentences, rng.randint(1, 4)))
            if rng.random() < 0.3:
                at = rng.randrange(len(paragraph) + 1)
                paragraph = paragraph[:at] + rng.choice(DECORATIONS) + paragraph[at:]
            lines.append(paragraph)
            if rng.random() < 0.5:
                lines.append(rng.choice(BOILERPLATE))
            if rng.random() < 0.1:
                lines[-1] += rng.choice(BOILERPLATE).split("\n")[0]
        if rng.random() < 0.5:
            lines.append(rng.choice(BOILERPLATE))
        separator = rng.choice(["\n", "\n\n", "\r\n", "\n \n"])
        page = separator.join(lines)
        if rng.random() < 0.5:
            page += "\n"
        pages.append(page)
    return pages


def site_pages(count: int) -> list[str]:
    """Pages of one site whose template (a link glued after the last sentence) a profile
    learns, as in the crate's README."""
    sections = ["Politics", "Sport", "Weather"]
    return [
        f"Headline {i}\nThe council met on day {i} and approved the plan.\n"
        f"The mayor said work starts soon. More from Example News: {sections[i % 3]}\n"
        for i in range(count)
    ]


def _unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the Rust tool is needed under CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def textsieve_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Runs this repository's ``textsieve`` command-line tool (a debug build, which cleans
    as the release build does)."""
    cargo = shutil.which("cargo")
    if cargo is None:
        _unavailable("no cargo on PATH")
    if not (REPO / "src" / "bin" / "textsieve").is_dir():
        _unavailable(f"no textsieve repository at {REPO}")
    subprocess.run(
        [cargo, "build", "--quiet", "--features", "cli", "--bin", "textsieve"],
        cwd=REPO,
        check=True,
    )
    metadata = subprocess.run(
        [cargo, "metadata", "--format-version", "1", "--no-deps"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    binary = Path(json.loads(metadata.stdout)["target_directory"]) / "debug" / "textsieve"

    def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(binary), *args],
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )

    return run


@pytest.fixture(scope="session")
def site_profiles(textsieve_cli, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """A profiles file learned by ``textsieve learn`` from :func:`site_pages` of
    ``example.com``: it removes ``More from Example News: …`` after a page's last sentence."""
    directory = tmp_path_factory.mktemp("profiles")
    records = [{"url": f"https://www.example.com/news/{i}", "text": p} for i, p in enumerate(site_pages(60))]
    corpus = write_jsonl(directory / "site.jsonl", records)
    profiles = directory / "sites.profiles"
    textsieve_cli("learn", "--jsonl", "-o", str(profiles), str(corpus))
    return profiles


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def read_jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]
