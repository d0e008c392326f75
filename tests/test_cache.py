"""Cache files carry a version and a checksum: a truncated, garbled or foreign file is never used."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from conftest import run_cli

from newslint import cache
from newslint.lexicon import _cache_path, _foreign_index, lexicon


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "words.bin"
    cache.write(path, b"payload of derived word data")
    assert cache.read(path) == b"payload of derived word data"
    assert [p.name for p in tmp_path.iterdir()] == ["words.bin"]  # no temporary file left


def test_truncated_garbled_or_unsealed_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "words.bin"
    cache.write(path, b"x" * 1000)
    sealed = path.read_bytes()
    path.write_bytes(sealed[:500])
    assert cache.read(path) is None
    path.write_bytes(sealed[:10] + b"y" + sealed[11:])
    assert cache.read(path) is None
    path.write_bytes(b"x" * 1000)  # an old cache without a footer
    assert cache.read(path) is None
    assert cache.read(tmp_path / "missing.bin") is None


def test_unwritable_folder_is_not_an_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    cache.write(blocked / "words.bin", b"data")  # the parent is a file: nothing written, no error
    assert cache.read(blocked / "words.bin") is None


def test_a_truncated_word_index_is_rebuilt_and_findings_do_not_change(tmp_path: Path) -> None:
    """The defect this guards against: a truncated foreign-word index silently changed findings."""
    source = _cache_path()
    assert source is not None
    lexicon()  # make sure the caches exist
    _foreign_index()
    folder = tmp_path / "cache"
    shutil.copytree(source.parent, folder)
    foreign = folder / source.with_suffix(".foreign.bin").name
    size = foreign.stat().st_size
    text = tmp_path / "story.txt"
    text.write_text("The minister said the plan, según fuentes del gobierno regional, would pass.\n", encoding="utf-8")
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(folder)}
    before = run_cli(str(text), "--format", "json", env=env).stdout
    foreign.write_bytes(foreign.read_bytes()[: size // 3])
    after = run_cli(str(text), "--format", "json", env=env).stdout
    assert after == before and "FL001" in after
    assert foreign.stat().st_size == size  # rebuilt


def test_the_packed_lexicon_answers_as_the_word_lists_it_was_built_from() -> None:
    from newslint.lexicon import NAME, ORDINARY, PERSON_OR_PLACE, POS_SHIFT, ZIPF_MASK, Lexicon

    data = {
        "zipf": {"the": 7.73, "harbour": 3.41, "kyiv": 3.05, "zyzzyva": 1.01},
        "ordinary": frozenset({"the", "harbour", "zyzzyva", "unlisted"}),
        "names": frozenset({"kyiv", "bath"}),
        "people_and_places": frozenset({"kyiv"}),
        "pos": {"harbour": "NV", "the": "", "zyzzyva": "N"},
    }
    words = Lexicon.unpack(Lexicon.pack(data))
    every = set(data["zipf"]) | data["ordinary"] | data["names"] | set(data["pos"]) | {"absent"}
    for word in every:
        entry = words.entry(word)
        assert (entry & ZIPF_MASK) / 100 == data["zipf"].get(word, 0.0)
        assert bool(entry & ORDINARY) == (word in data["ordinary"])
        assert bool(entry & NAME) == (word in data["names"])
        assert bool(entry & PERSON_OR_PLACE) == (word in data["people_and_places"])
        assert words.pos_codes[entry >> POS_SHIFT] == data["pos"].get(word, "")
    assert words.frequent_words(4.0) == ["the"]


def test_derived_values_are_built_once_per_source_and_rebuilt_when_bad(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cache, "_derived_folder", lambda: tmp_path)
    builds: list[str] = []

    def build() -> dict:
        builds.append("built")
        return {("read", "also"): frozenset({"cue"}), "count": 3}

    first = cache.derived("phrases", [b"data file v1"], build)
    again = cache.derived("phrases", [b"data file v1"], build)
    assert first == again == {("read", "also"): frozenset({"cue"}), "count": 3}
    assert builds == ["built"]  # the second call loaded the stored value
    cache.derived("phrases", [b"data file v2"], build)
    assert builds == ["built", "built"]  # an edited source is a new entry
    for stored in tmp_path.glob("derived-phrases-*"):
        stored.write_bytes(b"garbage")
    assert cache.derived("phrases", [b"data file v1"], build) == first
    assert len(builds) == 3  # a bad file is rebuilt, never read


def test_a_verified_index_changed_in_place_is_refused(tmp_path: Path, monkeypatch) -> None:
    """A word index whose checksum matched is not summed again while its stat stays the same;
    garbling it in place afterwards (same size, modification time set back) changes its change
    time, so it is summed again and refused."""
    import time
    from array import array

    monkeypatch.setattr(cache, "SETTLED", 0.05)
    monkeypatch.setattr(cache, "_VERIFIED", {})
    path = tmp_path / "words.keys"
    cache.write(path, array("Q", range(1000)).tobytes())
    time.sleep(0.1)
    assert list(cache.read_array(path, "Q")) == list(range(1000))
    assert path.name in cache._verified(path)  # listed: the next read sums nothing
    monkeypatch.setattr(cache, "_VERIFIED", {})
    assert path.name in cache._verified(path)  # and a later process reads the list
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[8] ^= 0xFF
    with open(path, "r+b") as handle:
        handle.write(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    assert cache.read_array(path, "Q") is None
    monkeypatch.setattr(cache, "_VERIFIED", {})
    assert cache.read_array(path, "Q") is None


def test_a_freshly_written_index_is_summed_at_every_read(tmp_path: Path, monkeypatch) -> None:
    """A file changed within SETTLED seconds is never listed (its change time may not yet tell
    a later change apart)."""
    from array import array

    monkeypatch.setattr(cache, "_VERIFIED", {})
    path = tmp_path / "words.keys"
    cache.write(path, array("Q", range(10)).tobytes())
    assert list(cache.read_array(path, "Q")) == list(range(10))
    assert cache._verified(path) == {} and not (tmp_path / cache.VERIFIED).exists()


def test_superseded_derived_entries_are_pruned_to_the_newest_few(tmp_path: Path, monkeypatch) -> None:
    # Each edit of a data file writes a new entry; only the newest DERIVED_KEPT of a value stay,
    # and other values' entries are left alone.
    monkeypatch.setattr(cache, "_derived_folder", lambda: tmp_path)
    cache.derived("other", [b"x"], lambda: {"kept": True})
    for version in range(cache.DERIVED_KEPT + 5):
        cache.derived("phrases", [f"data file v{version}".encode()], lambda version=version: {"v": version})
        stamp = 1_700_000_000 + version
        for stored in tmp_path.glob("derived-phrases-*"):
            if stored.stat().st_mtime_ns > stamp * 10**9:
                os.utime(stored, (stamp, stamp))  # written in this order, one second apart
    assert len(list(tmp_path.glob("derived-phrases-*"))) == cache.DERIVED_KEPT
    assert len(list(tmp_path.glob("derived-other-*"))) == 1
    newest = cache.derived("phrases", [f"data file v{cache.DERIVED_KEPT + 4}".encode()], lambda: {"v": -1})
    assert newest == {"v": cache.DERIVED_KEPT + 4}  # the latest entry survived and still loads
