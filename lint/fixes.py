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

from lint.document import Document
from lint.finding import Applicability, Edit, Finding

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


def write_atomically(path: str, text: str) -> None:
    """Write via a temporary file in the same folder and a rename, keeping the file's mode."""
    target = Path(path)
    mode = target.stat().st_mode & 0o7777 if target.exists() else None
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
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
