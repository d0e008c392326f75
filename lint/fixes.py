"""Applying fixes: non-overlapping edits per file, repeated until stable, written atomically.

Documents keep the file's exact text (BOM as U+FEFF, CRLF as is), so writing the edited text back
as UTF-8 changes no byte outside the edits.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newslint.document import Document
from newslint.finding import Applicability, Edit, Finding
from newslint.sources import Fingerprint, encode

MAX_PASSES = 10


@dataclass
class FixOutcome:
    texts: dict[str, str] = field(default_factory=dict)  # path -> fixed source text
    originals: dict[str, str] = field(default_factory=dict)
    applied: int = 0


def applicable(finding: Finding, unsafe: bool) -> bool:
    if finding.fix is None:
        return False
    return unsafe or finding.fix.applicability is Applicability.SAFE


def source_edits(finding: Finding, doc: Document) -> list[Edit] | None:
    """The fix's edits in source offsets, or None when an edit falls on mapped (non-verbatim) text."""
    assert finding.fix is not None
    edits = []
    for edit in finding.fix.edits:
        if not doc.source_map.is_exact(edit.start, edit.end):
            return None
        start = doc.source_map.to_source(edit.start)
        end = doc.source_map.to_source(edit.end - 1) + 1 if edit.end > edit.start else start
        edits.append(Edit(start, end, edit.content))
    return edits


def apply_edits(text: str, findings: Sequence[Finding], doc: Document, unsafe: bool) -> tuple[str, int]:
    """Apply every applicable fix whose edits overlap no earlier-chosen fix; return text and count."""
    chosen: list[Edit] = []
    count = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if not applicable(finding, unsafe):
            continue
        edits = source_edits(finding, doc)
        if not edits or any(_overlaps(e, c) for e in edits for c in chosen):
            continue
        chosen.extend(edits)
        count += 1
    for edit in sorted(chosen, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text, count


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def fix_until_stable(
    documents: Sequence[Document],
    lint: Callable[[Sequence[Document]], list[Finding]],
    rebuild: Callable[[Document, str], Document],
    unsafe: bool,
) -> FixOutcome:
    outcome = FixOutcome()
    current = {doc.path: doc for doc in documents}
    outcome.originals = {doc.path: doc.source for doc in documents}
    for _ in range(MAX_PASSES):
        findings = lint(list(current.values()))
        by_path: dict[str, list[Finding]] = {}
        for finding in findings:
            by_path.setdefault(finding.path, []).append(finding)
        changed = False
        for path, doc_findings in by_path.items():
            doc = current[path]
            text, count = apply_edits(doc.source, doc_findings, doc, unsafe)
            if count and text != doc.source:
                outcome.applied += count
                current[path] = rebuild(doc, text)
                changed = True
        if not changed:
            break
    outcome.texts = {path: doc.source for path, doc in current.items()}
    return outcome


class WriteRefused(Exception):
    """A fixed file that was not written; str() names the file and why (nothing was changed)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path


def write_fixed(path: str, text: str, *, encoding: str = "utf-8", expected: Fingerprint | None = None) -> None:
    """Write a fixed file without ever losing the user's words.

    Writes through a symbolic link to its target; keeps mode, owner and group; keeps hard links
    (such a file is rewritten in place); leaves read-only files alone; and refuses when the file
    changed since it was read (size, modification time or content), so a concurrent edit is never
    overwritten. Raises WriteRefused with a clear reason, the file untouched.
    """
    target = Path(os.path.realpath(path))
    try:
        status = os.stat(target)
    except OSError as error:
        raise WriteRefused(path, f"cannot write: {error.strerror or error}; left unchanged") from error
    if not status.st_mode & 0o222:
        raise WriteRefused(path, "read-only file; left unchanged")
    if expected is not None and _changed_since(target, status, expected):
        raise WriteRefused(path, "changed on disk while newslint was fixing it; left unchanged (run newslint again)")
    data = encode(text, encoding)
    try:
        if status.st_nlink > 1:
            _rewrite_in_place(target, data)
        else:
            _replace_atomically(target, data, status)
    except OSError as error:
        raise WriteRefused(path, f"cannot write: {error.strerror or error}; left unchanged") from error


def _changed_since(target: Path, status: os.stat_result, expected: Fingerprint) -> bool:
    if status.st_size != expected.size or status.st_mtime_ns != expected.mtime_ns:
        return True
    try:
        return Fingerprint.of(target.read_bytes(), status) != expected
    except OSError:
        return True


def _rewrite_in_place(target: Path, data: bytes) -> None:
    """Hard-linked files are rewritten in place, so every link keeps seeing the fixed text."""
    with open(target, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def _replace_atomically(target: Path, data: bytes, status: os.stat_result) -> None:
    """A temporary file (unpredictable name, same folder), fsynced, given the original's mode and
    owner, then renamed over the target; removed on any failure."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, status.st_mode & 0o7777)
        try:
            os.chown(temporary, status.st_uid, status.st_gid)
        except PermissionError:
            pass  # not ours to give away: the file stays ours, with the original mode
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_atomically(path: str, text: str) -> None:
    """Write a new or existing file (configuration) via a temporary file and a rename."""
    target = Path(path)
    if target.exists():
        write_fixed(path, text)
        return
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
