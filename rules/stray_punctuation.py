"""Stray punctuation: doubled or orphan marks, periods inside a phrase, paragraphs ending in a comma."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import ABBREVIATIONS, Document
from lint.finding import Finding, Fix
from lint.lexicon import zipf
from lint.rule import Rule

# A mark, whitespace, and another mark: "war. .", "said , ,". Spaced ellipses (". . .") are excluded.
DOUBLED = regex.compile(r"(?<=[\p{L}\p{N}”\")\]’])[.,;:](?P<stray>[ \t]+[.,;:])(?![ \t]*[.\p{N}]|[-)(])")
REPEATED = regex.compile(r"(?<=[\p{L}\p{N}”\")])(?P<stray>,,+|;;+|::+|(?<!\.)\.\.(?!\.))")
# "production. ability": a period between two lowercase words.
PERIOD_IN_PHRASE = regex.compile(
    r"(?<=\b(?P<before>[\p{Ll}][\p{Ll}'’-]*))\.(?P<gap>[ \t]+)(?P<after>\p{Ll}[\p{Ll}'’-]+)\b"
)
SPACE_BEFORE = regex.compile(r"(?P<space>[ \t]+)(?P<mark>[,;.])(?=\s|$)")


class StrayPunctuation(Rule):
    """Finds punctuation a translation or a scraper left behind: doubled marks ("war. ."),
    a period inside a phrase followed by a lowercase word ("production. ability"), a space
    before a comma or period, and a paragraph that ends in a comma.

    Why: machine translation often appends a sentence's period twice when a closing quote or
    a footnote marker moved; scrapers drop link text and leave its punctuation orphaned.

    Example: `warning that such a step could lead to a nuclear war. .` (the second period is
    stray; the fix deletes it). Not flagged: ellipses (`...`, `. . .`, `[...]`), decimals,
    abbreviations (`U.S.`, `Dr.`, `a.m.`) and initials.
    """

    code = "PU001"
    name = "stray-punctuation"
    summary = "Doubled or orphan punctuation, a period inside a phrase, a paragraph ending in a comma"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        flagged: set[int] = set()
        for match in DOUBLED.finditer(text):
            start, end = match.span("stray")
            flagged.add(end - 1)
            yield self.finding(
                doc,
                start,
                end,
                f"stray '{text[end - 1]}' after '{text[start - 1]}'",
                fix=Fix.replace(start, end, "", "Delete the stray mark"),
            )
        for match in REPEATED.finditer(text):
            start, end = match.span("stray")
            yield self.finding(
                doc,
                start + 1,
                end,
                f"doubled '{text[start]}'",
                fix=Fix.replace(start + 1, end, "", "Delete the repeated mark"),
            )
        for match in PERIOD_IN_PHRASE.finditer(text):
            before, after = match.group("before"), match.group("after")
            if before.casefold() in ABBREVIATIONS or _dotted(text, match.start()) or len(before) < 2:
                continue
            if zipf(after) < 3.0 or after in ("com", "org", "net"):
                continue
            start = match.start()
            yield self.finding(
                doc,
                start,
                match.end("after"),
                f"period inside a phrase: '{before}. {after}' continues in lowercase",
                fix=Fix.replace(start, start + 1, "", "Delete the period", safe=False),
            )
        for match in SPACE_BEFORE.finditer(text):
            start, end = match.span()
            if not start or not text[start - 1].isalnum():
                continue  # after a word only: not list markers or spaced ellipses
            if end - 1 in flagged or _list_or_ellipsis(text, end):
                continue
            yield self.finding(
                doc,
                start,
                end,
                f"space before '{match.group('mark')}'",
                fix=Fix.replace(start, match.start("mark"), "", "Delete the space"),
            )
        for paragraph in doc.paragraphs:
            if paragraph.text.endswith(",") and len(paragraph.text.split()) > 3:
                end = paragraph.end
                yield self.finding(doc, end - 1, end, "paragraph ends with a comma: the sentence is cut off or garbled")


def _dotted(text: str, period: int) -> bool:
    """Part of a dotted form like 'e.g.' or a domain ('bbc.co.uk')."""
    return period >= 2 and text[period - 2] == "."


def _list_or_ellipsis(text: str, end: int) -> bool:
    return text[end - 1] == "." and (text[end : end + 1] == "." or text[end : end + 2] == " .")
