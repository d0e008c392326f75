"""Reading files into Documents: decoding with clear errors, and choosing the prose view by type."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newslint.document import Document
from newslint.exclude import Exclusions

TEXT_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}
DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024


class SourceError(Exception):
    """A file that cannot be linted; str() names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Source:
    path: str
    kind: str


@dataclass(frozen=True)
class Fingerprint:
    """What a file was when it was read, so that --fix never replaces a file changed since."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, status: os.stat_result) -> Fingerprint:
        return cls(len(data), status.st_mtime_ns, hashlib.sha256(data).hexdigest())


def kind_of(path: str) -> str:
    return TEXT_SUFFIXES.get(Path(path).suffix.lower(), "text")


def discover(paths: Iterable[str], exclusions: Exclusions | None = None) -> Iterator[Source | SourceError]:
    """Files to lint under the given paths: directories are searched for known suffixes.

    Missing paths and directory loops are yielded as SourceError so the caller can report them
    and go on with the other files.
    """
    exclusions = exclusions or Exclusions(respect_gitignore=False)
    for raw in paths:
        if raw == "-":
            yield Source("-", "text")
            continue
        problem = _path_problem(raw)
        if problem:
            yield SourceError(raw, problem)
        elif Path(raw).is_dir():
            if not exclusions.excluded(Path(raw), is_dir=True, explicit=True):
                yield from _walk(Path(raw), exclusions)
        elif not exclusions.excluded(Path(raw), explicit=True):
            yield Source(raw, kind_of(raw))


def _path_problem(path: str) -> str | None:
    """Why a path given on the command line cannot be linted, or None: only regular files and
    folders are read (a FIFO or a device would hang the run or never end)."""
    try:
        status = os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        if os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        if error.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISDIR(status.st_mode) or stat.S_ISREG(status.st_mode):
        return None
    return f"not a regular file ({_file_type(status.st_mode)}); only regular files are linted"


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _walk(root: Path, exclusions: Exclusions) -> Iterator[Source | SourceError]:
    seen: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            yield SourceError(str(folder), "directory loop (symbolic link back to a parent); skipped")
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            yield SourceError(str(folder), f"cannot list directory: {error.strerror or error}")
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            if exclusions.excluded(path, is_dir=entry.is_dir()):
                continue
            if entry.is_dir():
                if entry.name not in SKIPPED_DIRS and not entry.name.startswith("."):
                    subfolders.append(path)
            elif path.suffix.lower() in TEXT_SUFFIXES and not entry.name.startswith("."):
                problem = _path_problem(entry.path)
                if problem:
                    yield SourceError(entry.path, problem)
                else:
                    yield Source(entry.path, kind_of(entry.path))
        stack.extend(reversed(subfolders))


def decode(path: str, data: bytes) -> str:
    """The text of a file: UTF-8 (a BOM is kept as U+FEFF so offsets match the file's text), or
    UTF-16 with a byte-order mark. The same rules hold for files and for standard input."""
    encoding = encoding_of(data)
    if encoding != "utf-8":
        try:
            return data[2:].decode(encoding)
        except UnicodeDecodeError as error:
            problem = f"not valid UTF-16 (at byte offset {error.start}); convert it to UTF-8 first"
            raise SourceError(path, problem) from error
    if b"\x00" in data:
        at = data.index(b"\x00")
        if _looks_like_utf16_without_bom(data):
            raise SourceError(path, "UTF-16 without a byte-order mark is not supported; convert it to UTF-8 first")
        raise SourceError(path, f"binary file (NUL byte at byte offset {at}); not linted")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SourceError(
            path,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at byte offset {error.start}, line {line}); "
            "convert it to UTF-8 first",
        ) from error


def encoding_of(data: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' for data that starts with a UTF-16 byte-order mark, else 'utf-8'."""
    if data[:2] == b"\xff\xfe":
        return "utf-16-le"
    if data[:2] == b"\xfe\xff":
        return "utf-16-be"
    return "utf-8"


def encode(text: str, encoding: str) -> bytes:
    """The bytes to write back: UTF-16 files keep their byte-order mark and byte order."""
    if encoding == "utf-8":
        return text.encode("utf-8")
    return "\ufeff".encode(encoding) + text.encode(encoding)


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    """Mostly-ASCII UTF-16 has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    return max(zeros_even, zeros_odd) > 0.4 * (len(sample) / 2)


def read_source(
    source: Source,
    stdin_data: bytes | None = None,
    display_path: str | None = None,
    max_size: int = DEFAULT_MAX_FILE_SIZE,
) -> Document:
    """A Document for one file (or standard input's bytes), decoded by the same rules."""
    path = display_path or source.path
    fingerprint = None
    if source.path == "-":
        data = stdin_data if stdin_data is not None else b""
        if len(data) > max_size:
            raise SourceError(path, f"larger than the size limit (> {_megabytes(max_size)}); skipped")
    else:
        data, fingerprint = _read_regular_file(source.path, path, max_size)
    return document_of_bytes(path, source.kind, data, fingerprint)


def read_file_bytes(source: Source, max_size: int = DEFAULT_MAX_FILE_SIZE) -> tuple[bytes, Fingerprint]:
    """A file's bytes and fingerprint, with read_source's checks (regular file, size limit): what
    the result cache keys a file by before deciding whether to build its Document."""
    return _read_regular_file(source.path, source.path, max_size)


def document_of_bytes(path: str, kind: str, data: bytes, fingerprint: Fingerprint | None) -> Document:
    """The Document of bytes already read (decoded by the same rules as read_source's)."""
    text = decode(path, data)
    doc = make_document(path, text, kind)
    doc.encoding = encoding_of(data)
    doc.fingerprint = fingerprint
    return doc


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _read_regular_file(name: str, path: str, max_size: int) -> tuple[bytes, Fingerprint]:
    """The bytes of a regular file, read with a bound: never a FIFO or device, never above max_size."""
    try:
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError as error:
        raise SourceError(path, "is a directory") from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise SourceError(path, "symbolic link loop; skipped") from error
        raise SourceError(path, f"cannot read: {error.strerror or error}") from error
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if stat.S_ISDIR(status.st_mode):
            raise SourceError(path, "is a directory")
        if not stat.S_ISREG(status.st_mode):
            raise SourceError(path, f"not a regular file ({_file_type(status.st_mode)}); only regular files are linted")
        if status.st_size > max_size:
            raise SourceError(
                path, f"larger than the size limit ({_megabytes(status.st_size)} > {_megabytes(max_size)}); skipped"
            )
        try:
            data = handle.read(max_size + 1)
        except OSError as error:
            raise SourceError(path, f"cannot read: {error.strerror or error}") from error
    if len(data) > max_size:
        raise SourceError(path, f"larger than the size limit (> {_megabytes(max_size)}); skipped")
    return data, Fingerprint.of(data, status)


def make_document(path: str, text: str, kind: str = "text") -> Document:
    """A Document whose analysed text is the prose of the source (markup stripped, mapped)."""
    if text.startswith("\ufeff"):
        return _without_byte_order_mark(path, text, kind)
    if kind == "markdown":
        from newslint.markup import markdown_view

        view, source_map = markdown_view(text)
        return Document(path, view, source=text, source_map=source_map, kind=kind)
    if kind == "html":
        from newslint.markup import extract_html_view

        view = extract_html_view(text)
        doc = Document(path, view.text, source=text, source_map=view.source_map, kind=kind)
        # Reported by the runner: a page whose article could not be found must not pass silently as "clean".
        doc.notes = [f"{path}: {note}" for note in view.notes]
        return doc
    return Document(path, text, kind="text")


def _without_byte_order_mark(path: str, text: str, kind: str) -> Document:
    """The document of the text after its BOM, mapped back to the file: no rule sees the mark and
    no fix can delete it, while offsets still count it as the file's first character."""
    from newslint.document import SourceMap

    inner = make_document(path, text[1:], kind)
    if inner.source_map.pieces:
        pieces = [(view, source + 1, length, exact) for view, source, length, exact in inner.source_map.pieces]
    else:
        pieces = [(0, 1, len(inner.text), True)]
    doc = Document(path, inner.text, source=text, source_map=SourceMap(pieces), kind=kind)
    doc.notes = inner.notes
    return doc
