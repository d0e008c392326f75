"""Cache files of derived word data, written so that a bad one can never change findings.

Each file ends with a footer: a magic tag, the format version, the payload's length and its
CRC-32. A file that is truncated, garbled or of another version fails the check on reading and is
rebuilt (the result cache, newslint.result_cache, uses the same files for its entries). Writes go
to an unpredictable temporary file in the same folder, are fsynced (unless the caller can lose the
file), then renamed into place; the temporary file is removed on any failure. A read-only cache folder is
fine: the data then lives in memory only.

The large word indexes (read_array, tens of megabytes) are checksummed once: a file whose
checksum matched is listed in its folder's VERIFIED file with its size, inode and modification
and change times, and is not checksummed again while they stay the same (any write, truncation
or replacement changes the change time, which no program can set back). Summing them at every
start cost a one-article run a tenth of its time.
"""

from __future__ import annotations

import marshal
import os
import struct
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

MAGIC = b"NLCACHE"
VERSION = 1
FOOTER = struct.Struct("<7sBQI")  # magic, version, payload length, CRC-32
VERIFIED = ".verified"  # in a folder of word indexes: the files whose checksum matched, with their stat
SETTLED = 2.0  # seconds: a file changed more recently than this is checksummed at every read


def seal(payload: bytes) -> bytes:
    """The payload with its footer."""
    return payload + FOOTER.pack(MAGIC, VERSION, len(payload), zlib.crc32(payload))


def read(path: Path | None) -> bytes | None:
    """A cache file's payload, or None when it is missing or bad (the caller rebuilds it). The
    footer is read first, so the payload is read straight into one bytes object: a copy of a
    14 MB word file would double its share of a run's peak memory."""
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < FOOTER.size:
                return None
            handle.seek(size - FOOTER.size)
            magic, version, length, checksum = FOOTER.unpack(handle.read(FOOTER.size))
            if magic != MAGIC or version != VERSION or length != size - FOOTER.size:
                return None
            handle.seek(0)
            payload = handle.read(length)
    except (OSError, struct.error):
        return None
    if len(payload) != length or zlib.crc32(payload) != checksum:
        return None
    return payload


def read_array(path: Path | None, typecode: str) -> memoryview | None:
    """A cache file's payload as a read-only array of typecode items ("Q", "I"), mapped from the
    file rather than copied (the large word indexes load in milliseconds), or None when the file
    is missing, bad (checked as read() does) or not a whole number of items."""
    if path is None:
        return None
    import mmap

    try:
        with open(path, "rb") as handle:
            stamp = _stamp(os.fstat(handle.fileno()))
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    view = memoryview(mapped)
    if len(view) < FOOTER.size:
        return None
    magic, version, length, checksum = FOOTER.unpack_from(view, len(view) - FOOTER.size)
    payload = view[: len(view) - FOOTER.size]
    if magic != MAGIC or version != VERSION or length != len(payload):
        return None
    if len(payload) % struct.calcsize(typecode):
        return None
    if _verified(path).get(path.name) != stamp:
        if zlib.crc32(payload) != checksum:
            return None
        _record_verified(path, stamp)
    return payload.cast(typecode)


Stamp = tuple[int, int, int, int, int]


def _stamp(stat: os.stat_result) -> Stamp:
    return (stat.st_size, stat.st_ino, stat.st_dev, stat.st_mtime_ns, stat.st_ctime_ns)


_VERIFIED: dict[Path, dict[str, Stamp]] = {}  # by folder: its VERIFIED table, read once


def _verified(path: Path) -> dict[str, Stamp]:
    """The stamps of the files of path's folder whose checksum matched."""
    folder = path.parent
    table = _VERIFIED.get(folder)
    if table is None:
        table = {}
        payload = read(folder / VERIFIED)
        if payload is not None:
            try:
                loaded = marshal.loads(payload)
            except (ValueError, EOFError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                table = loaded
        table = _VERIFIED.setdefault(folder, table)
    return table


def _record_verified(path: Path, stamp: Stamp) -> None:
    """List a file whose checksum matched, unless it changed too recently for its change time
    to tell a later change apart (a file system may keep whole seconds)."""
    if time.time_ns() - stamp[4] < SETTLED * 1e9:
        return
    table = _verified(path)
    table[path.name] = stamp
    for name in [name for name in table if name != path.name and not (path.parent / name).exists()]:
        del table[name]  # files since deleted or rebuilt under another name
    write(path.parent / VERIFIED, marshal.dumps(table), durable=False)


def write(path: Path | None, payload: bytes, *, durable: bool = True) -> None:
    """Store payload atomically with its checksum; errors (read-only home, full disk) are ignored.
    ``durable=False`` skips the fsync, for files that are cheap to lose (the checksum still turns
    a file torn by a crash into a miss)."""
    if path is None:
        return
    import tempfile  # here: a run that only reads its caches never loads it (3 ms)

    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(seal(payload))
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


def derived(name: str, sources: Iterable[bytes], build: Callable[[], T]) -> T:
    """A value derived from data files (parsed TOML, phrase tables), cached beside the word data.

    Parsing and indexing the rules' data files costs a tenth of a second at every start; the
    result, stored with marshal (plain dicts, tuples, sets and strings only), loads in a
    millisecond. The file name holds a digest of ``sources`` (the data files' bytes and whatever
    else the value depends on), so an edited data file or a newsroom's own file gives a new entry.
    A missing, bad or unwritable cache only means building the value again."""
    import hashlib
    import marshal

    digest = hashlib.sha1(name.encode())
    for source in sources:
        digest.update(len(source).to_bytes(8, "little"))
        digest.update(source)
    path = _derived_folder()
    path = None if path is None else path / f"derived-{name}-{digest.hexdigest()[:20]}.marshal"
    payload = read(path)
    if payload is not None:
        try:
            return marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            pass
    value = build()
    try:
        write(path, marshal.dumps(value))
    except ValueError:  # a value marshal cannot store: keep it in memory only
        pass
    else:
        if path is not None:
            prune_superseded(path.parent, f"derived-{name}-", keep=DERIVED_KEPT)
    return value


# Entries of one derived value kept when a new one is written: a newsroom that switches between
# a few configurations keeps each one's entry; edits of the data files do not pile up.
DERIVED_KEPT = 8


def prune_superseded(folder: Path, prefix: str, keep: int) -> int:
    """Delete all but the keep most recently written cache files whose name starts with prefix
    (the entries an edited data file or a newer version replaced); errors are ignored. Returns
    how many files were deleted."""
    try:
        entries = [entry for entry in os.scandir(folder) if entry.name.startswith(prefix) and entry.is_file()]
    except OSError:
        return 0
    entries.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    deleted = 0
    for entry in entries[keep:]:
        try:
            os.unlink(entry.path)
            deleted += 1
        except OSError:
            pass
    return deleted


def _derived_folder() -> Path | None:
    from newslint.lexicon import cache_folder

    return cache_folder()
