"""The type stubs agree with the native module (mypy's stubtest), and type a typical use
(skipped where mypy is not installed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

USE = '''
import textsieve

cleaner = textsieve.Cleaner(without=["model"], lexicons={"ad-marker": ["Reklam"]})
texts: list[str] = cleaner.clean_batch(["a", "b"], threads=2, sites=["example.com", None])
report: textsieve.Report = textsieve.explain("a")
spans: list[tuple[int, int, str, str]] = [(r.start, r.end, r.rule, r.reason) for r in report.removals]
by_rule: dict[str, int] = report.removed_bytes_by_rule()
page: str = report.page
one: str = textsieve.clean("a") + cleaner.clean("a", site="example.com")
'''


def mypy(*args: str, cwd: Path) -> None:
    out = subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_stubs_match_the_native_module(tmp_path: Path) -> None:
    # datatrove ships no types; textsieve.datatrove is plain Python, typed inline.
    (tmp_path / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n")
    (tmp_path / "allowlist").write_text("textsieve.datatrove.*\n")
    mypy(
        "mypy.stubtest", "textsieve", "--mypy-config-file", "mypy.ini",
        "--allowlist", "allowlist", "--ignore-unused-allowlist", cwd=tmp_path,
    )  # fmt: skip


def test_stubs_type_a_typical_use(tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(USE)
    mypy("mypy", "--strict", "--no-incremental", "use.py", cwd=tmp_path)
