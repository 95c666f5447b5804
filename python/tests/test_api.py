"""The package's own promises: offsets Python can slice with, batches equal to maps, one
cleaner shared by threads, pickling, errors that name the problem, and the docstrings'
examples."""

from __future__ import annotations

import copy
import doctest
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest
from conftest import SAMPLE, generated_pages

import textsieve


def cut(text: str, report: textsieve.Report) -> str:
    """`text` without the report's removals."""
    kept, at = [], 0
    for r in report.removals:
        kept.append(text[at : r.start])
        at = r.end
    kept.append(text[at:])
    return "".join(kept)


def check_offsets(text: str) -> textsieve.Report:
    report = textsieve.explain(text)
    encoded = text.encode("utf-8")
    previous_end = 0
    for r in report.removals:
        assert previous_end <= r.start < r.end <= len(text)
        assert text[r.start : r.end].encode("utf-8") == encoded[r.byte_start : r.byte_end]
        previous_end = r.end
    assert cut(text, report) == report.output
    return report


def test_offsets_are_python_indices_on_arabic() -> None:
    text = "ذكرت الصحيفة أن المحادثات مستمرة، وأن الجانبين متفائلان.\n\nاعلان\n\nوقال المتحدث إن الاتفاق قريب.\n"
    report = check_offsets(text)
    assert [text[r.start : r.end] for r in report.removals if r.rule == "ad-marker"] == ["اعلان\n"]
    ad = next(r for r in report.removals if r.rule == "ad-marker")
    assert (ad.start, ad.end) == (text.index("اعلان"), text.index("اعلان") + 6)
    assert ad.byte_start == len(text[: ad.start].encode("utf-8"))


def test_offsets_are_python_indices_after_emoji() -> None:
    # Four-byte characters (one Python index each), a family joined by ZWJ, a flag.
    text = "Story 🙂 text 👨\u200d👩\u200d👧, first 🇸🇦 part.\nAdvertisement\nStory text, second part. 𝔸\n"
    report = check_offsets(text)
    ad = next(r for r in report.removals if r.rule == "ad-marker")
    assert text[ad.start : ad.end] == "Advertisement\n"
    assert ad.byte_end - ad.byte_start == len("Advertisement\n")
    assert ad.byte_start > ad.start


def test_clean_joins_the_kept_pieces_of_the_text() -> None:
    # The output is built from slices of the Python string (not decoded from the crate's
    # UTF-8): four-byte characters before, between and after the cut, and a text with
    # nothing to cut.
    text = "Story 🙂 text 👨\u200d👩\u200d👧, first 🇸🇦 part.\nAdvertisement\nStory text, second part. 𝔸\n"
    expected = "Story 🙂 text 👨\u200d👩\u200d👧, first 🇸🇦 part.\nStory text, second part. 𝔸\n"
    assert textsieve.clean(text) == expected == textsieve.explain(text).output
    assert textsieve.Cleaner().clean(text) == expected
    assert textsieve.Cleaner().clean_batch([text, "𝔸 only.", ""], threads=2) == [expected, "𝔸 only.", ""]
    unchanged = "The talks resumed on Monday, officials said.\n"
    assert textsieve.clean(unchanged) == unchanged


def test_offsets_on_the_sample_and_generated_pages() -> None:
    pages = [SAMPLE.read_text("utf-8"), *generated_pages(80, seed=11)]
    for page in pages:
        check_offsets(page)


def test_report() -> None:
    text = "Text here 😀.\nAdvertisement\nMore text."
    report = textsieve.explain(text)
    assert report.output == "Text here 😀.\nMore text."
    assert report.page in ("article", "listing")
    assert report.removed_bytes_by_rule() == {"ad-marker": 14}
    assert report.removals is not report.removals  # a new list each time
    assert "ad-marker" in repr(report.removals[0])
    assert "removals" in repr(report)
    article = "The council voted on Tuesday to expand the bus network, adding eleven routes across the city.\n" * 3
    assert textsieve.explain(article).page == "article"
    assert textsieve.explain("World\nSport\nWeather\n").page == "listing"


def test_unusual_text_does_not_break_anything() -> None:
    for text in ["", "\n", "\r\n\r\n", "\x00\x01", "\ufeffBOM", "\u0651" * 50, "a" * 100_000, "😀" * 1000]:
        assert textsieve.explain(text).output == textsieve.clean(text)
        check_offsets(text)


def test_batch_equals_map() -> None:
    cleaner = textsieve.Cleaner()
    pages = generated_pages(120, seed=5)
    expected = [cleaner.clean(p) for p in pages]
    for threads in (None, 1, 2, 3, 16, 1000):
        assert cleaner.clean_batch(pages, threads=threads) == expected
    assert cleaner.clean_batch(iter(pages), threads=2) == expected
    assert cleaner.clean_batch(tuple(pages)) == expected
    assert cleaner.clean_batch([]) == []
    assert cleaner.clean_batch(["Text.\nAdvertisement\nMore text."]) == ["Text.\nMore text."]
    assert expected == [textsieve.clean(p) for p in pages]


def test_one_cleaner_shared_by_threads() -> None:
    cleaner = textsieve.Cleaner(without=["keyword-list"])
    pages = generated_pages(60, seed=9) * 4
    expected = [cleaner.clean(p) for p in pages]
    reports = [cleaner.explain(p).removed_bytes_by_rule() for p in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(cleaner.clean, pages)) == expected
        assert [r.removed_bytes_by_rule() for r in pool.map(cleaner.explain, pages)] == reports
        batches = [pages[i : i + 40] for i in range(0, len(pages), 40)]
        cleaned = list(pool.map(lambda b: cleaner.clean_batch(b, threads=2), batches))
        assert [t for batch in cleaned for t in batch] == expected
        assert list(pool.map(textsieve.clean, pages)) == [textsieve.clean(p) for p in pages]


PICKLE_PAGE = "Haber metni.\nReklam\nDevamı.\nAdvertisement\nTags: a, b, c\nThe mayor said work starts soon. More from Example News: Sport\n"


def check_pickles(cleaner: textsieve.Cleaner) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(cleaner, protocol))
        assert type(again) is textsieve.Cleaner
        assert again.rule_ids == cleaner.rule_ids
        assert repr(again) == repr(cleaner)
        site = "example.com"
        assert again.clean(PICKLE_PAGE, site=site) == cleaner.clean(PICKLE_PAGE, site=site)
    assert copy.deepcopy(cleaner).clean(PICKLE_PAGE) == cleaner.clean(PICKLE_PAGE)


def test_pickle_round_trip() -> None:
    check_pickles(textsieve.Cleaner())
    check_pickles(textsieve.Cleaner(rules=("ad-marker", "keyword-list", "model"), keep_comments=True))
    check_pickles(textsieve.Cleaner(without={"model"}, lexicons={"ad-marker": ["Reklam", "Werbung"]}))
    check_pickles(textsieve.Cleaner(listing_chrome=True))


PORTAL = (
    "World\nSport\nTrain strike called off after talks\nPanda twins born at the city zoo\n"
    "Weather\nHarbour ferries return to the island\nNew library opens in the old station\n"
    "Markets close higher on Friday\nLocal elections set for the spring\n"
)


def test_listing_chrome_is_off_by_default_and_survives_pickling() -> None:
    assert "Sport" in textsieve.Cleaner().clean(PORTAL)
    cleaner = textsieve.Cleaner(listing_chrome=True)
    cleaned = cleaner.clean(PORTAL)
    assert "Sport" not in cleaned and "Panda twins" in cleaned
    assert pickle.loads(pickle.dumps(cleaner)).clean(PORTAL) == cleaned
    assert {r.rule for r in cleaner.explain(PORTAL).removals} == {"listing-chrome"}
    assert "listing chrome" in repr(cleaner) and "listing chrome" not in repr(textsieve.Cleaner())


def test_pickle_carries_the_profiles_not_their_path(site_profiles: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.profiles"
    path.write_bytes(site_profiles.read_bytes())
    cleaner = textsieve.Cleaner(profiles=path)
    path.unlink()  # a worker that unpickles it needs no file
    check_pickles(cleaner)
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.explain(PICKLE_PAGE, site="example.com").removals[-1].rule == "site-profile"


def _clean_in_worker(cleaner: textsieve.Cleaner, page: str) -> str:
    return cleaner.clean(page)


def test_a_cleaner_goes_to_another_process() -> None:
    cleaner = textsieve.Cleaner(lexicons={"ad-marker": ["Reklam"]})
    page = "Haber metni.\nReklam\nDevamı.\n"
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        assert pool.submit(_clean_in_worker, cleaner, page).result() == "Haber metni.\nDevamı.\n"


def test_bad_arguments_raise_type_error() -> None:
    with pytest.raises(TypeError, match="rules: expected an iterable of str .*not a str"):
        textsieve.Cleaner(rules="ad-marker")
    with pytest.raises(TypeError, match=r"without\[1\]: expected str, not int"):
        textsieve.Cleaner(without=["model", 1])
    with pytest.raises(TypeError, match="rules: expected an iterable of str, not int"):
        textsieve.Cleaner(rules=3)
    with pytest.raises(TypeError, match="lexicons: expected a mapping"):
        textsieve.Cleaner(lexicons=["ad-marker"])
    with pytest.raises(TypeError, match=r"lexicons\[\"ad-marker\"\]: .*not a str"):
        textsieve.Cleaner(lexicons={"ad-marker": "Anzeige"})
    with pytest.raises(TypeError, match="profiles: expected a path"):
        textsieve.Cleaner(profiles=3)
    with pytest.raises(TypeError):
        textsieve.Cleaner(keep_comments="yes")
    with pytest.raises(TypeError):
        textsieve.clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        textsieve.Cleaner().clean(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="texts: expected an iterable of str .*not a str"):
        textsieve.Cleaner().clean_batch("one page")
    with pytest.raises(TypeError, match=r"texts\[1\]: expected str, not NoneType"):
        textsieve.Cleaner().clean_batch(["a", None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"sites\[0\]: expected str or None, not int"):
        textsieve.Cleaner().clean_batch(["a"], sites=[1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        textsieve.Cleaner().clean_batch(["a"], threads=1.5)  # type: ignore[arg-type]


def test_bad_values_raise_value_error_with_the_crates_message() -> None:
    with pytest.raises(ValueError, match='unknown rule id "ads" in rules; the rules are: ad-marker, '):
        textsieve.Cleaner(rules=["ads"])
    with pytest.raises(ValueError, match='unknown rule id "x" in without'):
        textsieve.Cleaner(without=["x"])
    with pytest.raises(ValueError, match="rule 'page-chrome' takes no phrases; these take phrases: ad-marker"):
        textsieve.Cleaner(lexicons={"page-chrome": ["x"]})
    with pytest.raises(ValueError, match="rule 'ad-marker': a phrase folds to nothing"):
        textsieve.Cleaner(lexicons={"ad-marker": ["  "]})
    with pytest.raises(ValueError, match='rule "ad-marker" is not run'):
        textsieve.Cleaner(without=["ad-marker"], lexicons={"ad-marker": ["Anzeige"]})
    with pytest.raises(ValueError, match="no rule left to run"):
        textsieve.Cleaner(rules=["model"])
    with pytest.raises(ValueError, match="profiles: "):
        textsieve.Cleaner(profiles=b"not a profiles file")
    with pytest.raises(ValueError, match="threads must be at least 1, not 0"):
        textsieve.Cleaner().clean_batch(["a"], threads=0)
    with pytest.raises(ValueError, match="sites: 1 sites for 2 texts"):
        textsieve.Cleaner().clean_batch(["a", "b"], sites=["example.com"])
    # A lone surrogate has no UTF-8 form: Python's own error, a ValueError.
    with pytest.raises(UnicodeEncodeError):
        textsieve.clean("\ud800")


def test_missing_or_damaged_profiles_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as missing:
        textsieve.Cleaner(profiles=tmp_path / "none.profiles")
    assert missing.value.filename == tmp_path / "none.profiles"  # as given, as `open` says it
    damaged = tmp_path / "damaged.profiles"
    damaged.write_bytes(b"textsieve profiles\ngarbage\n")
    with pytest.raises(ValueError, match=f"profiles {damaged}: "):
        textsieve.Cleaner(profiles=str(damaged))


def test_options() -> None:
    assert textsieve.Cleaner().rule_ids == [
        "ad-marker", "related-section", "keyword-list", "footer-links", "table-of-contents",
        "heading-echo", "page-chrome", "comment-thread", "end-of-article", "article-region",
    ]  # fmt: skip
    assert textsieve.Cleaner(rules=["footer-links", "ad-marker"]).rule_ids == ["ad-marker", "footer-links"]
    assert "keyword-list" not in textsieve.Cleaner(without=["keyword-list"]).rule_ids
    page = "The council voted on Tuesday to expand the bus network.\nAdvertisement\n"
    without_model = textsieve.Cleaner(without=["model"])
    assert all(r.rule != "model" for r in without_model.explain(page).removals)
    assert "+ model" not in repr(without_model)
    assert "+ model" in repr(textsieve.Cleaner())
    turkish = "Haber metni.\nReklam\nDevamı.\n"
    assert textsieve.Cleaner(lexicons={"ad-marker": ["Reklam"]}).clean(turkish) == "Haber metni.\nDevamı.\n"
    assert textsieve.Cleaner().clean(turkish) == turkish
    # A site given to a cleaner without profiles changes nothing.
    assert textsieve.Cleaner().clean(page, site="example.com") == textsieve.clean(page)


def test_importing_textsieve_does_not_import_datatrove() -> None:
    code = "import sys, textsieve; textsieve.clean('x'); print('datatrove' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_typing_files_ship() -> None:
    package = Path(textsieve.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "__init__.pyi").is_file()
    assert textsieve.__version__.count(".") == 2


def test_docstring_examples() -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    objects = [
        textsieve,
        textsieve.clean,
        textsieve.explain,
        textsieve.Cleaner,
        textsieve.Cleaner.clean,
        textsieve.Cleaner.explain,
        textsieve.Cleaner.clean_batch,
        textsieve.Cleaner.rule_ids,
        textsieve.Report,
        textsieve.Report.removed_bytes_by_rule,
        textsieve.Removal,
    ]
    tested = 0
    for obj in objects:
        name = getattr(obj, "__qualname__", getattr(obj, "__name__", repr(obj)))
        for test in finder.find(obj, name, module=False, globs={}):
            result = runner.run(test)
            assert result.failed == 0, f"docstring example of {name} failed"
            tested += result.attempted
    assert tested >= 15
