"""Quotation marks: unbalanced, reversed, or a new quotation opened inside an unclosed one."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document, Span
from lint.finding import Finding, Fix
from lint.rule import Rule

QUOTE = regex.compile(r"[“”\"]")


def classify(text: str, index: int, is_open: bool) -> str:
    """The role a double quotation mark plays, judged from its neighbours."""
    char = text[index]
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if char == "“":
        if is_open and (before.isalnum() or before in ".,!?") and (after.isspace() or after.isupper() or after in ".,"):
            return "reversed-close"
        return "open"
    if char == "”":
        if not is_open and (before.isspace() or before in "([") and after.isalnum():
            return "reversed-open"
        return "close"
    # Straight quote: decide by its spacing and by whether a quotation is open.
    opens_word = (before.isspace() or before in "([—–-" or index == 0) and (after.isalnum() or after in "‘'(")
    ends_word = after.isspace() or after in ".,;:!?)]—–-" or index + 1 == len(text)
    if is_open:
        return "open" if opens_word else "close"
    if opens_word or not ends_word:
        return "open"
    return "close"


class Quotes(Rule):
    """Finds quotation marks that do not pair up within a paragraph: a closing mark with no
    opening one, a quotation never closed, an opening mark used as a closing one (`out“The`),
    and a new quotation opened inside one that was never closed.

    Why: machine translation moves quotation marks with the words around them; an unbalanced
    quote changes who is being quoted, a serious error in news.

    Example: `calling open discussion of such a step “a new element.” very important”.` has one
    closing mark too many. The news convention is respected: a quotation may run over several
    paragraphs when each following paragraph opens with a quotation mark, and single quotation
    marks inside double ones are quotes within quotes.
    """

    code = "QU001"
    name = "quotes"
    summary = "Unbalanced, reversed or nested double quotation marks"

    def check(self, doc: Document) -> Iterator[Finding]:
        paragraphs = doc.paragraphs
        self._merged_paragraphs = _paragraph_breaks_lost(doc)
        carried_open: int | None = None
        for number, paragraph in enumerate(paragraphs):
            next_paragraph = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if carried_open is not None and not paragraph.text.startswith(("“", '"')):
                carried_open = None
            self._merged_here = self._merged_paragraphs or _sentence_count(doc, paragraph) >= MERGED_PARAGRAPH_SENTENCES
            open_at, findings = self._scan(doc, paragraph, carried_open)
            yield from findings
            carried_open = None
            if open_at is not None:
                if next_paragraph is not None and next_paragraph.text.startswith(("“", '"')):
                    carried_open = open_at  # continued quotation, news style
                else:
                    yield self._unclosed(doc, paragraph, open_at)

    def _scan(self, doc: Document, paragraph: Span, carried_open: int | None) -> tuple[int | None, list[Finding]]:
        text = doc.text
        open_at: int | None = None
        findings: list[Finding] = []
        continuing = carried_open is not None
        for match in QUOTE.finditer(paragraph.text):
            index = paragraph.start + match.start()
            role = classify(text, index, open_at is not None)
            if continuing and index == paragraph.start:
                open_at, continuing = index, False  # the paragraph reopens the carried quotation
                continue
            continuing = False
            if role == "open" or role == "reversed-open":
                if open_at is not None and self._merged_here and index in doc.sentence_starts:
                    pass  # a lost paragraph break: the quotation continues, news style
                elif open_at is not None:
                    findings.append(
                        self.finding(
                            doc,
                            open_at,
                            index + 1,
                            "a new quotation opens before the previous one is closed",
                        )
                    )
                open_at = index
                if role == "reversed-open":
                    findings.append(
                        self.finding(
                            doc,
                            index,
                            index + 1,
                            "closing quotation mark ” used to open a quotation",
                            fix=Fix.replace(index, index + 1, "“", "Use an opening quotation mark"),
                        )
                    )
            elif role == "reversed-close":
                # A quotation is open and “ sits right after its last word: it closes it.
                spacer = " " if text[index + 1 : index + 2].isalnum() else ""
                findings.append(
                    self.finding(
                        doc,
                        max(paragraph.start, index - 3),
                        min(paragraph.end, index + 4),
                        "opening quotation mark “ used to close a quotation",
                        fix=Fix.replace(index, index + 1, "”" + spacer, "Use a closing quotation mark"),
                    )
                )
                open_at = None
            else:
                if open_at is None:
                    start = _word_before(text, index, paragraph.start)
                    findings.append(
                        self.finding(doc, start, index + 1, "closing quotation mark without an opening one")
                    )
                open_at = None
        return open_at, findings

    def _unclosed(self, doc: Document, paragraph: Span, open_at: int) -> Finding:
        end = paragraph.end
        start = _word_before(doc.text, end - 1, paragraph.start)
        finding = self.finding(
            doc,
            start,
            end,
            f"quotation opened at column {doc.position(open_at)[1]} is never closed in this paragraph",
        )
        return finding


MERGED_PARAGRAPH_SENTENCES = 4


def _sentence_count(doc: Document, paragraph: Span) -> int:
    return sum(1 for sentence in doc.sentences if paragraph.start <= sentence.start < paragraph.end)


def _paragraph_breaks_lost(doc: Document) -> bool:
    """Whether paragraphs were merged upstream (news paragraphs average one to two sentences).

    Then a quotation that reopens at a sentence start is a continued quotation whose paragraph
    break was lost, not a new quotation opened inside an unclosed one.
    """
    if len(doc.paragraphs) < 2:
        return False  # one paragraph tells nothing about how paragraphs were kept
    return len(doc.sentences) / max(1, len(doc.paragraphs)) >= 2.5


def _word_before(text: str, index: int, floor: int) -> int:
    start = index
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start
