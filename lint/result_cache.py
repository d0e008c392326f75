"""The result cache: each file's results kept between runs, so that an unchanged file is not linted
again (like Ruff's cache), while the cross-file rules still see every file.

An entry holds what the runner's stages A and B produced for one file (see newslint.runner): its
corpus statistics (stage A), and, for a reported file, its findings and its *read set*, every
corpus value its rules looked up during stage B (``word_counts["Mher"]``, ``documents``, whether a
line is in ``recurring_lines``...). On the next run a file whose bytes match its entry is not read
into a Document: its stored statistics join the corpus, and its stored findings stand while every
value of its read set is the same in the new corpus; otherwise it is checked again (and its entry
rewritten). The corpus pass (stage C) always runs, from the statistics.

An entry is found by its file's display path and kind and by a run key, a digest of what else
decides findings: the configuration that reaches the rules (not output options such as severity
or per-file-ignores, which apply after the cache), the selected rules, the gathered statistics,
newslint's version and the contents of its code and data files (so editing a rule in a checkout
invalidates), the installed packages and the word data's key. The entry itself holds the SHA-256 of
the file's bytes. A run with another configuration therefore uses other entries, and a file edited
since has a stale one: both are misses, never wrong findings.

Entries live in one folder (``~/.cache/newslint/results`` on Linux, under ``NEWSLINT_CACHE_DIR``
when set; ``--cache-dir`` or the configuration's ``cache-dir`` name another), one file each, written
atomically with a checksum (newslint.cache); a missing, corrupt or unreadable entry is a miss. The
folder's growth is bounded: an entry used by no run for MAX_UNUSED_DAYS days is deleted (checked at
most once a day), and ``newslint clean`` deletes them all. Entries are pickles: point ``--cache-dir``
only at a folder no one else can write.

Not cached: standard input, the language server, the Python API, ``--fix``/``--diff``, the Dask
engine, and runs with LanguageTool (its findings come from a server).
"""

from __future__ import annotations

import gc
import hashlib
import operator
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint import cache as sealed_files
from newslint.corpus import Corpus, CorpusStats
from newslint.finding import Finding
from newslint.sources import Source

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.runner import Stages

FORMAT = 1  # of the entries; part of the run key
SUFFIX = ".nlr"
MAX_UNUSED_DAYS = 30
PRUNE_MARKER = ".pruned"
DAY = 24 * 3600
# Configuration fields that do not change what the rules find (output, discovery, this cache).
NEUTRAL_SETTINGS = frozenset(
    {
        "per_file_ignores",
        "severity",
        "max_findings_per_rule",
        "quality",
        "jobs",
        "exclude",
        "respect_gitignore",
        "force_exclude",
        "max_file_size",
        "cache",
        "cache_dir",
        "path",
    }
)


# -- where --------------------------------------------------------------------------------------


def default_folder() -> Path:
    """``results`` in newslint's cache folder (where the word data lives too)."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("NEWSLINT_CACHE_DIR") or user_cache_dir("newslint", appauthor=False)) / "results"


def disabled_by_environment() -> bool:
    """NEWSLINT_NO_CACHE=1 turns the cache off (the test suite does, so it never writes the user's)."""
    return os.environ.get("NEWSLINT_NO_CACHE", "") not in ("", "0")


def folder_for(config: Config, option: Path | None = None) -> Path:
    """The folder of a run's entries: --cache-dir, else the configuration's cache-dir, else the default."""
    return option or config.cache_dir or default_folder()


# -- the run key --------------------------------------------------------------------------------


def run_key(stages: Stages) -> str:
    """A digest of everything besides a file's bytes, path and kind that decides its results."""
    import json  # here: a run without the cache never loads it

    from newslint import __version__
    from newslint.lexicon import _cache_path

    word_data = _cache_path()
    parts = {
        "format": FORMAT,
        "version": __version__,
        "code": _code_digest(),
        "environment": _environment_digest(),
        "word-data": word_data.name if word_data is not None else None,
        "config": _settings(stages.config),
        "rules": [rule.code for rule in stages.rules],
        "statistics": sorted(stages.statistics),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


@cache
def _code_digest() -> str | None:
    """The contents of newslint's code and data files (a few hundred kilobytes: milliseconds), or
    None when they cannot be listed (a zipped install): then nothing is cached."""
    import newslint
    import newslint.rules

    digest = hashlib.sha256()
    files = 0
    for root in dict.fromkeys(Path(module.__file__).parent for module in (newslint, newslint.rules)):
        for file in sorted(root.rglob("*")):
            if "__pycache__" in file.parts or file.suffix == ".pyc" or not file.is_file():
                continue
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
            files += 1
    return digest.hexdigest() if files else None


@cache
def _environment_digest() -> str:
    """Python's version and the installed distributions (their folder names carry the versions):
    the parsers, word lists and language model the rules rely on. Only package folders count,
    not the current folder (a checkout's own egg-info must not change the key)."""
    names: set[str] = set()
    for entry in sys.path:
        if Path(entry).name not in ("site-packages", "dist-packages"):
            continue
        try:
            names.update(item for item in os.listdir(entry) if item.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return hashlib.sha256("\n".join([sys.version, *sorted(names)]).encode()).hexdigest()


def _settings(config: Config) -> dict[str, Any]:
    """The configuration fields the rules see, in a canonical form; a newsroom's data files by content."""
    settings = {}
    for setting in fields(config):
        if setting.name in NEUTRAL_SETTINGS:
            continue
        value = getattr(config, setting.name)
        if setting.name in ("extend_boilerplate", "extend_calques"):
            value = [(name, _file_digest(name)) for name in value]
        settings[setting.name] = _canonical(value)
    return settings


def _file_digest(name: str) -> str:
    try:
        return hashlib.sha256(Path(name).read_bytes()).hexdigest()
    except OSError as error:
        return f"unreadable: {error}"


def _canonical(value: Any) -> Any:
    """A JSON-ready form with a fixed order (sets are sorted: their order changes between runs)."""
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Mapping):
        return sorted([str(key), _canonical(item)] for key, item in value.items())
    if isinstance(value, set | frozenset):
        import json

        return sorted((_canonical(item) for item in value), key=json.dumps)
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _canonical(getattr(value, item.name)) for item in fields(value)}
    return repr(value)


# -- what the rules read of the corpus -----------------------------------------------------------


# A read is (statistic, key): ("word_counts", "Mher") holds the count (None when absent),
# ("recurring_lines", line) whether the line is in the set, ("recurring_lines", None) whether the
# set has any line, ("documents", ">= 3") the outcome of that comparison and ("documents", None)
# the number of documents.
Read = tuple[str, str | None]


class CorpusReads:
    """The corpus values one document's rules read. ``whole`` is set when a rule went through a
    whole statistic (iterated it, asked its size): then no single value stands for what it read,
    and its results are not cached."""

    def __init__(self) -> None:
        self.values: dict[Read, Any] = {}
        self.whole = False


class RecordingCorpus:
    """A Corpus that logs each value the rules look up (set as ``doc.corpus`` during stage B)."""

    def __init__(self, corpus: Corpus, reads: CorpusReads) -> None:
        self._corpus = corpus
        self._reads = reads
        self._views: dict[str, Any] = {}
        self.statistics = corpus.statistics

    @property
    def documents(self) -> int:
        return _RecordingCount(self._corpus.documents, self._reads)  # type: ignore[return-value]

    @property
    def word_counts(self) -> Mapping[str, int]:
        return self._view("word_counts", _RecordingMapping)

    @property
    def capitalized_mid_sentence(self) -> Mapping[str, int]:
        return self._view("capitalized_mid_sentence", _RecordingMapping)

    @property
    def recurring_lines(self) -> Set[str]:
        return self._view("recurring_lines", _RecordingSet)

    def _view(self, name: str, kind: type) -> Any:
        if name not in self._views:
            self._views[name] = kind(name, getattr(self._corpus, name), self._reads)
        return self._views[name]


COMPARISONS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class _RecordingCount:
    """The number of documents, logging how the rules use it: a comparison with a number
    (``documents >= 3``) is logged as its outcome, so that adding a file to a large run does not
    make every file's results stale; any other use (arithmetic, int()) logs the number itself.
    What it does not implement raises TypeError rather than read the number unseen."""

    __slots__ = ("_value", "_reads")

    def __init__(self, value: int, reads: CorpusReads) -> None:
        self._value, self._reads = value, reads

    def _exact(self) -> int:
        self._reads.values["documents", None] = self._value
        return self._value

    def _compare(self, sign: str, other: object) -> bool:
        if type(other) is not int:
            return COMPARISONS[sign](self._exact(), other)  # type: ignore[arg-type]
        outcome = COMPARISONS[sign](self._value, other)
        self._reads.values["documents", f"{sign} {other}"] = outcome
        return outcome

    def __eq__(self, other: object) -> bool:  # type: ignore[override]
        return self._compare("==", other)

    def __ne__(self, other: object) -> bool:  # type: ignore[override]
        return self._compare("!=", other)

    def __lt__(self, other: object) -> bool:
        return self._compare("<", other)

    def __le__(self, other: object) -> bool:
        return self._compare("<=", other)

    def __gt__(self, other: object) -> bool:
        return self._compare(">", other)

    def __ge__(self, other: object) -> bool:
        return self._compare(">=", other)

    def __hash__(self) -> int:
        return hash(self._exact())

    def __index__(self) -> int:
        return self._exact()

    __int__ = __index__

    def __float__(self) -> float:
        return float(self._exact())

    def __bool__(self) -> bool:
        return self._compare("!=", 0)

    def __repr__(self) -> str:
        return repr(self._exact())

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return format(self._exact(), spec)


def _arithmetic(name: str) -> Callable[..., Any]:
    def method(self: _RecordingCount, *others: Any) -> Any:
        return getattr(self._exact(), name)(*others)

    method.__name__ = name
    return method


for _name in (
    "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ "
    "__rfloordiv__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __round__"
).split():
    setattr(_RecordingCount, _name, _arithmetic(_name))


class _RecordingMapping(Mapping[str, int]):
    """One of the Corpus's mappings, logging every key looked up with the value found."""

    def __init__(self, name: str, mapping: Mapping[str, int], reads: CorpusReads) -> None:
        self._name, self._mapping, self._reads = name, mapping, reads

    def _look(self, key: str) -> int | None:
        value = self._mapping.get(key)
        self._reads.values[self._name, key] = value
        return value

    def __getitem__(self, key: str) -> int:
        value = self._look(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._look(key)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._look(key) is not None

    def __iter__(self) -> Iterator[str]:
        self._reads.whole = True
        return iter(self._mapping)

    def __len__(self) -> int:
        self._reads.whole = True
        return len(self._mapping)


class _RecordingSet(Set[str]):
    """The Corpus's set of recurring lines, logging every membership test and emptiness check."""

    def __init__(self, name: str, lines: Set[str], reads: CorpusReads) -> None:
        self._name, self._lines, self._reads = name, lines, reads

    def __contains__(self, line: object) -> bool:
        found = line in self._lines
        if isinstance(line, str):
            self._reads.values[self._name, line] = found
        else:
            self._reads.whole = True
        return found

    def __bool__(self) -> bool:
        self._reads.values[self._name, None] = bool(self._lines)
        return bool(self._lines)

    def __iter__(self) -> Iterator[str]:
        self._reads.whole = True
        return iter(self._lines)

    def __len__(self) -> int:
        self._reads.whole = True
        return len(self._lines)


def reads_hold(values: Mapping[Read, Any], corpus: Corpus) -> bool:
    """Whether every recorded value is the same in this corpus."""
    statistics: dict[str, Any] = {}
    for (name, key), value in values.items():
        if name == "documents":
            if key is None:
                now: Any = corpus.documents
            else:
                sign, number = key.split(" ")
                now = COMPARISONS[sign](corpus.documents, int(number))
        else:
            if name not in statistics:
                statistics[name] = getattr(corpus, name)
            statistic = statistics[name]
            if name == "recurring_lines":
                now = bool(statistic) if key is None else key in statistic
            else:
                now = statistic.get(key)
        if now != value:
            return False
    return True


# -- entries ------------------------------------------------------------------------------------


@dataclass
class Checked:
    """Stage B of one file: its findings and the corpus values its rules read."""

    findings: list[Finding]
    reads: dict[Read, Any]


@dataclass
class Entry:
    """One file's results. ``stats`` is its stage A statistics as ordinal 0, reported, without
    notes (a run sets its ordinal, whether it is reported and its notes); the notes come from the
    reader's (``reader_notes``) and the language. ``checked`` is stage B (None for a file read
    only as evidence, or whose rules went through a whole statistic)."""

    path: str
    kind: str
    sha256: str
    stats: CorpusStats
    reader_notes: tuple[str, ...]
    language: str
    checked: Checked | None = None
    # Markdown or HTML with findings: the Document's prose view and source-map pieces, for output.
    view: tuple[str, list[tuple[int, int, int, bool]]] | None = None

    def stats_as(self, ordinal: int, reported: bool, notes: Sequence[str]) -> CorpusStats:
        """The stored statistics as this run's document ``ordinal``."""
        stored = self.stats
        entry = replace(stored.entries[0], ordinal=ordinal, reported=reported, notes=tuple(notes))
        return replace(stored, entries={ordinal: entry}, unread={})


def entry_stats(part: CorpusStats) -> CorpusStats:
    """A document's stage A statistics as an entry stores them (ordinal 0, no notes, no evidence)."""
    (entry,) = part.entries.values()
    plain = replace(entry, ordinal=0, reported=True, notes=(), evidence=None)
    return replace(part, entries={0: plain}, unread={})


class ResultCache:
    """The entries of one run (one run key) in a folder."""

    def __init__(self, folder: Path, key: str, max_file_size: int) -> None:
        self.folder = folder
        self.key = key
        self.max_file_size = max_file_size

    @classmethod
    def for_run(cls, folder: Path, stages: Stages) -> ResultCache | None:
        """The cache of a run, or None when its results cannot be kept (a rule that asks a server,
        or newslint's own files cannot be read for the run key)."""
        if any(rule.defers_to_other_rules for rule in stages.rules) or _code_digest() is None:
            return None
        return cls(folder, run_key(stages), stages.config.max_file_size)

    def usable(self, item: Any) -> bool:
        """Whether an item of a run is a file this cache keeps results for (not standard input)."""
        return isinstance(item, Source) and item.path != "-"

    def entry_path(self, source: Source) -> Path:
        name = hashlib.sha256(f"{self.key}\0{source.kind}\0{source.path}".encode()).hexdigest()[:40]
        return self.folder / f"{name}{SUFFIX}"

    def expected_misses(self, items: Sequence[Any]) -> int:
        """A cheap guess of how many files will be checked: those without an entry, or modified
        since their entry was written or last used (the runner forks workers only for enough)."""
        misses = 0
        for item in items:
            if not self.usable(item):
                misses += 1
                continue
            try:
                if os.stat(self.entry_path(item)).st_mtime_ns < os.stat(item.path).st_mtime_ns:
                    misses += 1
            except OSError:
                misses += 1
        return misses

    def lookup(self, source: Source, sha256: str) -> Entry | None:
        """The file's entry when it was made from these bytes; anything else is a miss."""
        path = self.entry_path(source)
        payload = sealed_files.read(path)
        if payload is None:
            return None
        try:
            entry = _unpickle(payload)
        except Exception:  # noqa: BLE001 - a bad entry is a miss, whatever unpickling raises
            return None
        if not isinstance(entry, Entry) or (entry.path, entry.kind, entry.sha256) != (source.path, source.kind, sha256):
            return None
        _mark_used(path)
        return entry

    def store(self, source: Source, entry: Entry) -> None:
        """Write an entry (atomically, with its checksum; no fsync: a torn entry is only a miss)."""
        payload = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        sealed_files.write(self.entry_path(source), payload, durable=False)

    def corpus_pass(self, stages: Stages, stats: CorpusStats) -> list[Finding]:
        """Stage C's findings, stored for the next run: they depend only on the documents'
        entries (name spellings, evidence...), which the files' bytes, the run key, whether each
        is reported and each one's evidence determine; a run over the same files reuses them."""
        entries = stats.ordered_entries()
        if any(entry.sha256 is None for entry in entries):
            return stages.corpus_pass(entries)
        import json

        inputs = [
            [entry.path, entry.sha256, entry.english, entry.reported, _canonical(getattr(entry.evidence, "codes", {}))]
            for entry in entries
        ]
        digest = hashlib.sha256(json.dumps([self.key, inputs]).encode()).hexdigest()
        paths = "\0".join(entry.path for entry in entries)
        name = hashlib.sha256(f"{self.key}\0corpus\0{paths}".encode()).hexdigest()[:40]
        path = self.folder / f"corpus-{name}{SUFFIX}"
        payload = sealed_files.read(path)
        if payload is not None:
            try:
                stored_digest, findings = _unpickle(payload)
            except Exception:  # noqa: BLE001 - a bad entry is a miss
                stored_digest = None
            if stored_digest == digest:
                _mark_used(path)
                return findings
        findings = stages.corpus_pass(entries)
        payload = pickle.dumps((digest, findings), protocol=pickle.HIGHEST_PROTOCOL)
        sealed_files.write(path, payload, durable=False)
        return findings

    def prune_if_due(self) -> None:
        """Delete entries no run used for MAX_UNUSED_DAYS days; at most once a day."""
        if not self.folder.is_dir():
            return  # nothing stored yet (a run of standard input only)
        marker = self.folder / PRUNE_MARKER
        now = time.time()
        try:
            if now - marker.stat().st_mtime < DAY:
                return
        except OSError:
            pass
        try:
            marker.touch()
        except OSError:
            return
        prune(self.folder, now - MAX_UNUSED_DAYS * DAY)


def _unpickle(payload: bytes) -> Any:
    """pickle.loads without the garbage collector: an entry is thousands of small objects, and
    collections that walk them while they are made cost a warm run about a third of its loading
    time (unpickling makes no garbage cycles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)
    finally:
        if enabled:
            gc.enable()


def _mark_used(path: Path) -> None:
    """Entries used by a run are kept: their modification time is their last use (refreshed once a day)."""
    try:
        if time.time() - path.stat().st_mtime > DAY:
            os.utime(path)
    except OSError:
        pass


def _entries(folder: Path) -> Iterator[os.DirEntry]:
    """The cache's own files in a folder: entries and the temporary files of interrupted writes."""
    try:
        with os.scandir(folder) as found:
            for item in found:
                if item.is_file(follow_symlinks=False) and (
                    item.name.endswith(SUFFIX) or item.name.startswith(".") and SUFFIX in item.name
                ):
                    yield item
    except OSError:
        return


def prune(folder: Path, older_than: float) -> int:
    """Delete the entries last used before ``older_than`` (a time stamp); how many were deleted."""
    deleted = 0
    for item in _entries(folder):
        try:
            if item.stat(follow_symlinks=False).st_mtime < older_than:
                os.unlink(item.path)
                deleted += 1
        except OSError:
            continue
    return deleted


def clean(folder: Path) -> int:
    """Delete every entry in the folder (``newslint clean``), then the folder when nothing else is
    in it; only the cache's own files are touched. How many entries were deleted."""
    deleted = prune(folder, float("inf"))
    try:
        (folder / PRUNE_MARKER).unlink(missing_ok=True)
        folder.rmdir()
    except OSError:
        pass
    return deleted
