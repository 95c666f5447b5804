"""Times the Python package: `clean_batch` on 2 threads against 1 on real pages, and the time
of one `textsieve.clean` call on the embedded sample page against the crate's own time for
the same page, measured in the same process, alternating with it (a loop of the crate's calls
with no Python between them, `textsieve._textsieve._crate_seconds`).

    python python/bench/measure.py                      # pages: ../shared/eval/dev/*/*/input.txt
    python python/bench/measure.py 'pages/**/*.txt'     # or any glob

Run it on an idle machine: other work on the cores skews both figures.
"""

from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

import textsieve
from textsieve._textsieve import _crate_seconds

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PAGES = str(REPO.parent / "shared" / "eval" / "dev" / "*" / "*" / "input.txt")


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    """The shortest of `runs` timings of `work()`, in seconds: the least disturbed run."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    pattern = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PAGES
    paths = sorted(glob.glob(pattern, recursive=True))
    if not paths:
        print(f"no pages match {pattern}", file=sys.stderr)
        return 1
    pages = [Path(p).read_bytes().decode("utf-8", errors="replace") for p in paths]
    megabytes = sum(len(p.encode("utf-8")) for p in pages) / 2**20

    cleaner = textsieve.Cleaner()
    cleaner.clean_batch(pages[:50], threads=2)  # warm up: caches, thread start
    one = best_of(3, lambda: cleaner.clean_batch(pages, threads=1))
    two = best_of(3, lambda: cleaner.clean_batch(pages, threads=2))
    print(f"clean_batch, {len(pages)} pages, {megabytes:.1f} MiB:")
    print(f"  1 thread  {one:.2f} s  {megabytes / one:.1f} MiB/s")
    print(f"  2 threads {two:.2f} s  {megabytes / two:.1f} MiB/s  ({one / two:.2f}x)")

    sample = (REPO / "examples" / "data" / "sample_ar_news.txt").read_text("utf-8")
    textsieve.clean(sample)  # builds the default cleaner
    calls = 2000

    def clean_sample() -> None:
        # Each result is dropped at once, as in the crate's loop: a list of 2,000 results
        # would time the allocator and the kernel's page clearing as well.
        for _ in range(calls):
            textsieve.clean(sample)

    # Alternate the two, best of 7 each: a slower minute slows both.
    python_times, crate_times = [], []
    for _ in range(7):
        python_times.append(best_of(1, clean_sample) / calls)
        crate_times.append(_crate_seconds(sample, calls) / calls)
    per_call, crate = min(python_times), min(crate_times)
    print(f"textsieve.clean(sample), {len(sample.encode('utf-8'))} bytes: {per_call * 1e6:.1f} µs per call")
    print(f"  the crate's own calls: {crate * 1e6:.1f} µs; overhead {100 * (per_call / crate - 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
