"""Boilerplate: page chrome and scraping leftovers inside the article text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

import regex

from lint.document import Document, Span
from lint.finding import Finding, Fix
from lint.rule import Rule

DOMAIN = regex.compile(
    r"\b[\p{L}\d-]+\.(?:com|us|net|org|info|news|tv|es|fr|de|it|ru|ua|pl|pt|br|mx|ar|co\.uk|co)\b", regex.I
)
LOWERCASE_WORD = regex.compile(r"\p{Ll}{3,}")
CAPTION_MARKER = regex.compile(
    r"(?<=\p{Lu}\p{Ll}+ )\((?:c|i|d|izq\.?|dcha\.?|l|r|left|right|center|centre)\)(?= \p{Ll})"
)
CREDIT_WORD = r"\p{Lu}[\p{L}&'-]*(?:\.\p{Lu}[\p{L}&'-]*)*"
CREDIT_SEGMENT = rf"{CREDIT_WORD}(?: {CREDIT_WORD}){{0,3}}"
PHOTO_CREDIT = regex.compile(
    rf"(?:\(?(?:photo|image|foto|credit)s?\s*[:/]?\s*)?{CREDIT_SEGMENT}(?:\s*/\s*{CREDIT_SEGMENT}){{1,}}\)?"
)


@cache
def patterns() -> tuple[tuple[regex.Pattern, ...], tuple[regex.Pattern, ...]]:
    text = resources.files("rules").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")
    whole_line, inline = [], []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, pattern = line.partition(":")
        compiled = regex.compile(pattern.strip(), regex.I)
        (whole_line if kind == "line" else inline).append(compiled)
    return tuple(whole_line), tuple(inline)


@cache
def agencies() -> frozenset[str]:
    text = resources.files("rules").joinpath("data/photo_agencies.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


class Boilerplate(Rule):
    """Finds page chrome the scraper kept: share and "read more" lines, related-article widgets,
    ad slots, bylines and datelines whose name was stripped, photo credits ("Name/AGENCY/AGENCY"),
    image and caption markers, relative timestamps with counters ("8 months ago 5"), outlet
    mastheads, and caption position markers such as "(c)".

    Why: chrome in an article body is read aloud by screen readers, indexed by search, counted
    in word totals and, worst, translated and published as if it were reporting.

    Example: a line `Read Entire Article`, a line `EPA/TTU/Gavrill Grigorov/Sputnik/Kremlin Pool`,
    or `date 2024-01-15 image Source, getty` at the top of the text. The phrases live in
    `rules/data/boilerplate.txt` and `rules/data/photo_agencies.txt`: add your own.
    """

    code = "BP001"
    name = "boilerplate"
    summary = "Page chrome left in the article: share lines, credits, ad slots, mastheads"
    english_only = False

    def check(self, doc: Document) -> Iterator[Finding]:
        whole_line, inline = patterns()
        spans: list[tuple[int, int, str]] = []
        for line in doc.lines:
            if any(p.fullmatch(line.text) for p in whole_line):
                spans.append((line.start, line.end, "page chrome line"))
            elif self._single_lowercase_word(line):
                spans.append((line.start, line.end, "a lone lowercase word on its own line: page chrome"))
            elif self._masthead(doc, line):
                spans.append((line.start, line.end, "outlet masthead left in the text"))
        for pattern in inline:
            for match in pattern.finditer(doc.text):
                if match.group().strip():
                    spans.append((match.start(), match.end(), "image or caption marker"))
        for line in doc.lines if "/" in doc.text else ():
            if "/" not in line.text:
                continue
            for match in PHOTO_CREDIT.finditer(doc.text, line.start, line.end):
                parts = [part.strip(" ()").casefold() for part in regex.split(r"\s*/\s*", match.group())]
                if (
                    len(parts) >= 3
                    and sum(part in agencies() for part in parts) >= 1
                    or (len(parts) >= 2 and sum(part in agencies() for part in parts) >= 2)
                ):
                    spans.append((match.start(), match.end(), "photo credit"))
        for match in CAPTION_MARKER.finditer(doc.text):
            spans.append((match.start(), match.end(), "caption position marker"))
        yield from self._merged(doc, spans)

    def _merged(self, doc: Document, spans: list[tuple[int, int, str]]) -> Iterator[Finding]:
        spans.sort()
        merged: list[list] = []
        for start, end, why in spans:
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end, why])
        for start, end, why in merged:
            text = doc.text[start:end].strip()
            line = doc.line_of(start)
            whole_line = line is not None and line.start == start and line.end == end
            fix = None
            if whole_line:
                cut_end = end + 1 if doc.text[end : end + 1] == "\n" else end
                fix = Fix.replace(start, cut_end, "", "Delete the line", safe=False)
            yield self.finding(doc, start, end, f"{why}: '{_short(text)}'", fix=fix)

    @staticmethod
    def _single_lowercase_word(line: Span) -> bool:
        return bool(LOWERCASE_WORD.fullmatch(line.text))

    @staticmethod
    def _masthead(doc: Document, line: Span) -> bool:
        if "." not in line.text or len(line.text.split()) > 8 or "@" in line.text or not DOMAIN.search(line.text):
            return False
        if line.text.rstrip().endswith((".", "!", "?", ",", ":")):
            return False
        first, last = doc.lines[0], doc.lines[-1]
        return line.start in (first.start, last.start) or line.start < 200


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
