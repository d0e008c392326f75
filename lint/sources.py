"""Reading files into Documents: decoding with clear errors, and choosing the prose view by type."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lint.document import Document

TEXT_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
SKIPPED_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}


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


def kind_of(path: str) -> str:
    return TEXT_SUFFIXES.get(Path(path).suffix.lower(), "text")


def discover(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[Source | SourceError]:
    """Files to lint under the given paths: directories are searched for known suffixes.

    Missing paths and directory loops are yielded as SourceError so the caller can report them
    and go on with the other files.
    """
    import fnmatch

    exclude = list(exclude)

    def excluded(path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(path.as_posix(), p) for p in exclude)

    for raw in paths:
        if raw == "-":
            yield Source("-", "text")
            continue
        path = Path(raw)
        if not path.exists():
            yield SourceError(raw, "no such file or directory")
        elif path.is_dir():
            yield from _walk(path, excluded)
        else:
            yield Source(raw, kind_of(raw))


def _walk(root: Path, excluded) -> Iterator[Source | SourceError]:
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
            if excluded(path):
                continue
            if entry.is_dir():
                if entry.name not in SKIPPED_DIRS and not entry.name.startswith("."):
                    subfolders.append(path)
            elif path.suffix.lower() in TEXT_SUFFIXES and not entry.name.startswith("."):
                yield Source(entry.path, kind_of(entry.path))
        stack.extend(reversed(subfolders))


def decode(path: str, data: bytes) -> str:
    """UTF-8 text of a file (a BOM is kept as U+FEFF so offsets match the file's text)."""
    if b"\x00" in data[:8192]:
        raise SourceError(path, "binary file (contains NUL bytes); not linted")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SourceError(
            path,
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at byte offset {error.start}, line {line}); "
            "convert it to UTF-8 first",
        ) from error


def read_source(source: Source, stdin_text: str | None = None, display_path: str | None = None) -> Document:
    path = display_path or source.path
    if source.path == "-":
        text = stdin_text if stdin_text is not None else ""
    else:
        try:
            data = Path(source.path).read_bytes()
        except IsADirectoryError as error:
            raise SourceError(path, "is a directory") from error
        except OSError as error:
            raise SourceError(path, f"cannot read: {error.strerror or error}") from error
        text = decode(path, data)
    return make_document(path, text, source.kind)


def make_document(path: str, text: str, kind: str = "text") -> Document:
    """A Document whose analysed text is the prose of the source (markup stripped, mapped)."""
    if kind == "markdown":
        from lint.markup import markdown_view

        view, source_map = markdown_view(text)
        return Document(path, view, source=text, source_map=source_map, kind=kind)
    if kind == "html":
        from lint.markup import extract_html_view

        view = extract_html_view(text)
        doc = Document(path, view.text, source=text, source_map=view.source_map, kind=kind)
        # Read by the command line (and the runner, once it collects them): a page whose
        # article could not be found must not pass silently as "clean".
        doc.source_notes = [f"{path}: {note}" for note in view.notes]
        return doc
    return Document(path, text, kind="text")
