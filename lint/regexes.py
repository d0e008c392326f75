"""The rules' regular expressions, compiled once and kept between runs.

The regex package parses a pattern in pure Python: the two hundred patterns the rules compile as
they are imported cost a fifth of a one-article run. A compiled pattern pickles as what its C
engine runs (regex's own pickling: the pattern's code, group names and search hints), which loads
in microseconds. So compile() looks a pattern up in a file beside the word data, compiles it as
usual when it is not there, and the file is rewritten at exit when one was new.

The file is named by regex's version and Python's, and a pattern is found by its text and flags:
the same text compiles to the same code, so no finding can depend on the file. A missing, bad or
unwritable file only means compiling as before. Only regex's pattern constructor is unpickled.
Meant for the rules' fixed patterns: one built from a document's text would fill the file (past
LIMIT entries, it starts afresh with the patterns of the run).
"""

from __future__ import annotations

import io
import marshal
import pickle
import sys
import threading
from pathlib import Path

import regex

from newslint import cache as cache_files

FORMAT = 1
LIMIT = 4000  # entries kept in the file

Key = tuple[str, int]

_lock = threading.Lock()
_stored: dict[Key, bytes] | None = None  # the file's entries: (pattern, flags) -> pickle
_used: dict[Key, bytes] = {}  # the entries of the patterns this process compiled
_new = False  # whether a pattern was compiled afresh (the file is then rewritten at exit)


class _PatternUnpickler(pickle.Unpickler):
    """Unpickles a compiled pattern and nothing else."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def compile(pattern: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - regex.compile's name
    """regex.compile(pattern, flags), loaded from the file when it holds the pattern."""
    global _new
    key = (pattern, int(flags))  # regex.I and the other flags are enum members: marshal stores ints
    stored = _entries().get(key)
    if stored is not None:
        try:
            compiled = _PatternUnpickler(io.BytesIO(stored)).load()
        except Exception:  # noqa: BLE001 - a bad entry: compile it again
            compiled = None
        if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern:
            _used[key] = stored
            return compiled
    compiled = regex.compile(pattern, flags)
    try:
        _used[key] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError):
        return compiled
    with _lock:
        if not _new:
            _new = True
            import atexit

            atexit.register(save)
    return compiled


def _entries() -> dict[Key, bytes]:
    global _stored
    if _stored is None:
        with _lock:
            if _stored is None:
                _stored = _read(_path())
    return _stored


def _read(path: Path | None) -> dict[Key, bytes]:
    payload = cache_files.read(path)
    if payload is not None:
        try:
            entries = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return {}
        if isinstance(entries, dict):
            return entries
    return {}


def save() -> None:
    """Write the file with the patterns compiled afresh (at exit, when there were any)."""
    global _new
    with _lock:
        if not _new:
            return
        _new = False
        entries = {**_entries(), **_used}
        if len(entries) > LIMIT:
            entries = dict(_used)
    try:
        payload = marshal.dumps(entries)
    except ValueError:  # a pattern given as bytes or flags of another type: not kept
        return
    cache_files.write(_path(), payload, durable=False)


def _path() -> Path | None:
    from newslint.lexicon import cache_folder

    folder = cache_folder()
    if folder is None:
        return None
    python = "".join(map(str, sys.version_info[:2]))
    return folder / f"regexes-{FORMAT}-{regex.__version__}-py{python}.marshal"
