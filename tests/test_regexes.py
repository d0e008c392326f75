"""The rules' compiled patterns are kept between runs (newslint.regexes): a pattern loaded from
the file matches as the one compiled from its text, and a bad file or entry is never used."""

from __future__ import annotations

import marshal
import pickle
from pathlib import Path

import pytest
import regex

from newslint import cache, regexes

PATTERN = r"(?<![\p{L}'’])(?P<word>\p{Lu}\p{Ll}+)(?: (?P<second>\p{Lu}\p{Ll}+))?"
TEXT = "the minister Ana Brnabić met Ruto in Nairobi"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A process's start with its cache file in tmp_path (nothing registered for exit)."""
    path = tmp_path / "regexes.marshal"
    monkeypatch.setattr(regexes, "_path", lambda: path)
    restart(monkeypatch)
    return path


def restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process knows: nothing read yet, nothing compiled (and no exit hook to add)."""
    monkeypatch.setattr(regexes, "_stored", None)
    monkeypatch.setattr(regexes, "_used", {})
    monkeypatch.setattr(regexes, "_new", True)


def never_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("compiled from its text, not loaded")

    monkeypatch.setattr(regexes.regex, "compile", refuse)


def matches(pattern: regex.Pattern) -> list[tuple[int, int, dict]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(TEXT)]


def test_a_stored_pattern_loads_and_matches_as_compiled(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = regexes.compile(PATTERN, regex.I)
    expected = regex.compile(PATTERN, regex.I)
    assert matches(compiled) == matches(expected)
    regexes.save()
    assert fresh.exists()
    restart(monkeypatch)
    never_compile(monkeypatch)
    loaded = regexes.compile(PATTERN, regex.I)
    assert isinstance(loaded, regex.Pattern)
    assert (loaded.pattern, loaded.flags, loaded.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
    assert matches(loaded) == matches(expected)


def test_flags_are_part_of_the_key(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexes.compile(r"ruto")
    regexes.save()
    restart(monkeypatch)
    assert regexes.compile(r"ruto", regex.I).search("RUTO") is not None  # not the stored case-sensitive one
    assert regexes.compile(r"ruto").search("RUTO") is None


def test_a_bad_file_is_compiled_past(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexes.compile(PATTERN)
    regexes.save()
    fresh.write_bytes(fresh.read_bytes()[:-9] + b"garbage!!")
    restart(monkeypatch)
    assert matches(regexes.compile(PATTERN)) == matches(regex.compile(PATTERN))
    regexes.save()  # and the file is written anew
    assert (PATTERN, 0) in marshal.loads(cache.read(fresh))


class Hostile:
    def __reduce__(self):
        return (print, ("unpickled!",))


def test_an_entry_that_is_no_pattern_is_refused(fresh: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """Only regex's pattern constructor is unpickled: a planted entry runs nothing."""
    cache.write(fresh, marshal.dumps({(PATTERN, 0): pickle.dumps(Hostile())}))
    restart(monkeypatch)
    assert matches(regexes.compile(PATTERN)) == matches(regex.compile(PATTERN))
    assert "unpickled!" not in capsys.readouterr().out


def test_an_entry_of_another_text_is_not_used(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.write(fresh, marshal.dumps({(PATTERN, 0): pickle.dumps(regex.compile(r"\d+"))}))
    restart(monkeypatch)
    assert regexes.compile(PATTERN).pattern == PATTERN


def test_the_file_starts_afresh_past_its_limit(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexes, "LIMIT", 3)
    for number in range(5):
        regexes.compile(f"word{number}")
        regexes.save()
        restart(monkeypatch)
    kept = marshal.loads(cache.read(fresh))
    assert ("word4", 0) in kept and len(kept) <= 3


def test_the_rules_patterns_are_kept() -> None:
    """Every rule module compiles its patterns through newslint.regexes (the import itself)."""
    from newslint.registry import all_rules

    all_rules()
    from newslint.document import WORD_RE

    assert (WORD_RE.pattern, 0) in regexes._used
