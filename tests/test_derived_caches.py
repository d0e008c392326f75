"""Tables the rules build from their data files at start are cached beside the word data
(newslint.cache.derived): a value loaded from the cache is the value a fresh build gives, and
the cache key holds the data file, so an edited file is built afresh."""

from __future__ import annotations

import bisect
import marshal
from array import array
from pathlib import Path

import pytest

from newslint import cache, lexicon
from newslint.rules import boilerplate, calque, capitalization, stray_punctuation

RULES = Path(boilerplate.__file__).parent / "data"


def clear_boilerplate() -> None:
    boilerplate.use_extra_vocabulary(("restart",))
    boilerplate.use_extra_vocabulary(())


def clear_calque() -> None:
    calque.use_extra_calques(("restart",))
    calque.use_extra_calques(())


# (cached value, what a fresh build gives, how to forget it in this process, name, data file)
CASES = {
    "boilerplate vocabulary": (
        lambda: boilerplate.vocabulary(),
        lambda: boilerplate.Vocabulary(*boilerplate._vocabulary()),
        clear_boilerplate,
        "boilerplate-vocabulary",
        "boilerplate.txt",
    ),
    "boilerplate notices": (
        lambda: boilerplate.notices(),
        boilerplate._notices,
        clear_boilerplate,
        "boilerplate-notices",
        "boilerplate.txt",
    ),
    "punctuation marks": (
        lambda: stray_punctuation.foreign_marks(),
        lambda: {char: stray_punctuation.ForeignMark(*entry) for char, entry in stray_punctuation._marks().items()},
        stray_punctuation.foreign_marks.cache_clear,
        "punctuation-marks",
        "punctuation_marks.toml",
    ),
    "calque word lists": (
        lambda: calque.word_lists(),
        calque._word_lists,
        clear_calque,
        "calque-lists",
        "calques.toml",
    ),
    "capitalization names": (
        lambda: capitalization._known_names(),
        capitalization._build_known_names,
        capitalization._known_names.cache_clear,
        "capitalization-names",
        "capitalization_names.txt",
    ),
}


@pytest.fixture
def recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[bytes]]:
    """The derived folder in tmp_path, and the sources each derived value was keyed by."""
    monkeypatch.setattr(cache, "_derived_folder", lambda: tmp_path)
    sources: dict[str, list[bytes]] = {}
    real = cache.derived

    def recording(name, keyed_by, build):
        sources[name] = list(keyed_by)
        return real(name, sources[name], build)

    for module in (boilerplate, calque, capitalization, stray_punctuation):
        monkeypatch.setattr(module, "derived", recording)
    return sources


@pytest.mark.parametrize("case", list(CASES))
def test_a_cached_table_is_a_fresh_build_keyed_by_its_data_file(case, recorded, tmp_path) -> None:
    cached, fresh, forget, name, data_file = CASES[case]
    forget()
    try:
        first = cached()
        assert len(list(tmp_path.glob(f"derived-{name}-*"))) == 1
        forget()
        again = cached()  # loaded from the file
        assert again == first == fresh()
        assert (RULES / data_file).read_bytes() in recorded[name]  # an edited file is another entry
    finally:
        forget()


def test_the_foreign_word_buckets_are_cached_and_checked(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cache, "_derived_folder", lambda: tmp_path)
    keys = lexicon._foreign_index()
    shift = lexicon.HASH_BITS + 12 - lexicon.BUCKET_BITS
    expected = [bisect.bisect_left(keys, bucket << shift) for bucket in range((1 << lexicon.BUCKET_BITS) + 1)]
    lexicon._foreign_table.cache_clear()
    try:
        assert list(lexicon._foreign_table()[1]) == expected
        (stored,) = tmp_path.glob("derived-foreign-buckets-*")
        lexicon._foreign_table.cache_clear()
        assert list(lexicon._foreign_table()[1]) == expected  # loaded
        # A table that does not fit the index (another index under the same key) is not used.
        wrong = array("Q", [0] * ((1 << lexicon.BUCKET_BITS) + 1))
        cache.write(stored, marshal.dumps(wrong.tobytes()))
        lexicon._foreign_table.cache_clear()
        assert list(lexicon._foreign_table()[1]) == expected
    finally:
        lexicon._foreign_table.cache_clear()
