"""Whitespace artifacts: no-break spaces, zero-width characters, doubled spaces."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document
from lint.finding import Finding, Fix, Severity
from lint.rule import Rule

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
PATTERN = regex.compile(r"(?P<nbsp>[\u00a0\u202f\u2007]+)|(?P<zw>[" + ZERO_WIDTH + r"]+)|(?P<double>[ \t]{2,})")


class Whitespace(Rule):
    """Finds no-break spaces, zero-width characters and doubled spaces inside running text.

    Why: they come from HTML (`&nbsp;`, `&#8203;`) and CMS copy-paste; they break search, word
    counts, line wrapping and the tokenizers of every later tool, yet are invisible to a reader.

    Example: `Ukraine.` + no-break space + `We have done this` is flagged; the fix replaces
    it with an ordinary space. Zero-width characters are deleted; a run of spaces becomes one.
    A byte-order mark at the very start of a file and joiners inside emoji are left alone.
    """

    code = "WS001"
    name = "whitespace"
    summary = "No-break space, zero-width character or doubled space in running text"
    severity = Severity.INFO
    english_only = False

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in PATTERN.finditer(text):
            start, end = match.span()
            if match.group("nbsp"):
                yield self.finding(
                    doc,
                    start,
                    end,
                    "no-break space in running text",
                    fix=Fix.replace(start, end, " ", "Replace with a space"),
                )
            elif match.group("zw"):
                if start == 0 and text[0] == "\ufeff":
                    start += 1
                    if start == end:
                        continue
                if _inside_emoji(text, start, end):
                    continue
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"invisible character U+{ord(text[start]):04X} in text",
                    fix=Fix.replace(start, end, "", "Delete the invisible character"),
                )
            elif 0 < start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
                yield self.finding(
                    doc, start, end, "doubled space", fix=Fix.replace(start, end, " ", "Use a single space")
                )


def _inside_emoji(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(before and after and regex.match(r"\p{So}", before) and regex.match(r"\p{So}", after))
