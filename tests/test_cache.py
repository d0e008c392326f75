"""Cache files carry a version and a checksum: a truncated, garbled or foreign file is never used."""

from __future__ import annotations

from pathlib import Path

from lint import cache


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
