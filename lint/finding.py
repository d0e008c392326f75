"""What a rule reports: a span of the analysed text, a message, and maybe a fix."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Applicability(StrEnum):
    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with content (offsets into the analysed text)."""

    start: int
    end: int
    content: str


@dataclass(frozen=True)
class Fix:
    message: str
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE

    @classmethod
    def replace(cls, start: int, end: int, content: str, message: str, safe: bool = True) -> Fix:
        applicability = Applicability.SAFE if safe else Applicability.UNSAFE
        return cls(message, (Edit(start, end, content),), applicability)


@dataclass(frozen=True, slots=True)
class FilePositions:
    """(line, column, source offset) of a few analysed-text offsets of one file, worked out where
    that file was read. A related location in another file carries them, so that output can place
    it without that file's Document (which a worker process or a cluster node held)."""

    # Five numbers per recorded place (offset, 1 if as an end, line, column, source offset), in
    # one array: the corpus pass keeps one of these per name per file.
    table: array

    @classmethod
    def of(cls, doc: Any, offsets: tuple[int, ...]) -> FilePositions:
        """Each offset's position as a start and as an end (the two differ in mapped markup;
        in plain text, where every offset maps to itself, they are one: worked out once)."""
        numbers: list[int] = []
        plain = not doc.source_map.pieces
        position = doc.position
        for offset in offsets:
            start = position(offset)
            numbers += (offset, 0, *start, offset, 1, *(start if plain else position(offset, end=True)))
        return cls(array("q", numbers))  # from a list, in one step

    def position(self, offset: int, *, in_source: bool = False, end: bool = False) -> tuple[int, int, int]:
        """What ``Document.position`` gives for one of the recorded offsets."""
        table = self.table
        for index in range(0, len(table), 5):
            if table[index] == offset and table[index + 1] == int(end) and not in_source:
                return table[index + 2], table[index + 3], table[index + 4]
        raise KeyError(f"no recorded position for offset {offset}")


@dataclass(frozen=True)
class Related:
    """Another place that explains a finding (e.g. the spelling used elsewhere). ``positions``
    places it when it lies in another file (see FilePositions)."""

    path: str
    start: int
    end: int
    message: str
    positions: FilePositions | None = field(default=None, compare=False)


@dataclass
class Finding:
    """One reported artifact. Offsets are code points into the document's analysed text
    until the runner maps them to the source file."""

    code: str
    rule: str
    message: str
    start: int
    end: int
    severity: Severity = Severity.WARNING
    fix: Fix | None = None
    related: list[Related] = field(default_factory=list)
    path: str = ""
    in_source: bool = False  # offsets already point into the source file (e.g. a comment)
    # The document it was found in, set by the Python API so that to_dict() can give positions.
    document: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The finding as ``--format json`` prints it (line, column and offset of start and end)."""
        if self.document is None:
            raise ValueError("to_dict() needs the finding's document: use findings from lint_text or lint_paths")
        from newslint.output import finding_to_dict

        return finding_to_dict(self, self.document)
