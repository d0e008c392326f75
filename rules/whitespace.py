"""Whitespace artifacts: no-break, ideographic and doubled spaces, tabs, invisible characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from newslint import regexes
from newslint.document import Document
from newslint.finding import Finding, Fix, Severity
from newslint.rule import Rule

NO_BREAK = "\u00a0\u202f\u2007"
# Characters that take no room on the page: zero-width space, word joiner, byte-order mark,
# soft hyphen, Mongolian vowel separator, and the bidirectional marks, embeddings and isolates.
INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069"
JOINERS = "\u200c\u200d"
PATTERN = regexes.compile(
    rf"(?P<nbsp>[{NO_BREAK}]+)|(?P<unusual>[\u2000-\u2006\u2008-\u200a\u205f]+)|(?P<invisible>[{INVISIBLE}]+)|(?P<joiner>[{JOINERS}]+)"
    r"|(?P<ideographic>\u3000+)|(?P<tab>[ ]*\t[ \t]*)|(?P<double>[ ]{2,})"
)
# Every character a PATTERN match can start with, but the space (a cheap pre-test; the
# standard library's scan of one character class is the fastest here).
SPECIAL_SPACING = re.compile(rf"[{NO_BREAK}\u2000-\u200a\u205f{INVISIBLE}{JOINERS}\u3000]")
DIRECTION_MARKS = regexes.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Scripts that join letters with ZWJ/ZWNJ on purpose (Persian, Arabic, the Indic scripts...).
JOINING_LETTER = regexes.compile(r"(?V1)[[\p{L}\p{M}]--[\p{Latin}\p{Common}\p{Inherited}\p{Han}\p{Hangul}]]")
RIGHT_TO_LEFT = regexes.compile(r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}]")
CJK = regexes.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef]")
EMOJI_PART = regexes.compile(r"[\p{So}\p{Sk}\ufe0f\U0001f3fb-\U0001f3ff\u20e3]")
# 'Butkus(12)', 'Lyon(France)': a bracket glued to the word before it, a space lost with markup
# (a word of three letters or more, before a number or a capital: 'f(x)' and 'print(a)' stay).
GLUED_BRACKET = regexes.compile(r"(?<=\s\p{L}{2,}\p{Ll})\((?=[\p{Lu}\d][^()\n]{0,40}\))")
# A mojibake lead letter right before a no-break space: the pair is one garbled letter (MJ001).
MOJIBAKE_LEAD = regexes.compile(r"[\u00c2-\u00df\u00e0-\u00ef]")


class Whitespace(Rule):
    """Finds spacing artifacts inside running text: no-break spaces, doubled spaces, tabs,
    ideographic (full-width) spaces, and invisible characters (zero-width space, word joiner,
    soft hyphen, byte-order mark after the start, direction marks next to Latin text,
    zero-width joiners outside the scripts and emoji that use them).

    Why: they come from HTML (`&nbsp;`, `&#8203;`), CMS copy-paste and right-to-left or CJK
    source text; they break search, word counts, line wrapping and later tools, yet are invisible.

    Example: `Ukraine.` + no-break space + `We have done this` is flagged; the fix replaces it
    with an ordinary space. Invisible characters are deleted; a run of spaces or a tab becomes one
    space. Indentation, a byte-order mark at the very start, a joiner inside a Persian or Hindi word
    or an emoji sequence, and direction marks inside Hebrew or Arabic text are left alone.
    """

    code = "WS001"
    name = "whitespace"
    summary = "No-break, ideographic or doubled space, tab or invisible character in running text"
    severity = Severity.INFO
    english_only = False

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "(" in text:
            for match in GLUED_BRACKET.finditer(text):
                at = match.start()
                message = "no space before the bracket"
                yield self.finding(doc, at, at + 1, message, fix=Fix.replace(at, at, " ", "Insert a space"))
        if not _may_have_artifact(text):
            return
        for match in PATTERN.finditer(text):
            start, end = match.span()
            if not _inside_line(text, start, end):
                continue  # indentation and trailing space are layout, not running text
            kind = match.lastgroup
            if kind == "nbsp":
                if start and MOJIBAKE_LEAD.match(text[start - 1]):
                    continue
                yield self._replace(doc, start, end, "no-break space in running text", " ")
            elif kind == "unusual":
                yield self._replace(doc, start, end, f"unusual space U+{ord(text[start]):04X} in running text", " ")
            elif kind == "invisible":
                finding = self._invisible(doc, start, end)
                if finding is not None:
                    yield finding
            elif kind == "joiner":
                if not _legitimate_joiner(text, start, end):
                    yield self._replace(doc, start, end, f"stray zero-width joiner U+{ord(text[start]):04X}", "")
            elif kind == "ideographic":
                if not (CJK.match(text[start - 1]) and CJK.match(text[end])):
                    yield self._replace(doc, start, end, "ideographic (full-width) space in Latin text", " ")
            elif kind == "tab":
                if not _table_line(text, start):
                    yield self._replace(doc, start, end, "tab in running text", " ")
            else:
                yield self._replace(doc, start, end, "doubled space", " ")

    def _invisible(self, doc: Document, start: int, end: int) -> Finding | None:
        text = doc.text
        if start == 0 and text[0] == "\ufeff":
            return None
        chars = text[start:end]
        if all(DIRECTION_MARKS.match(char) for char in chars) and _near_right_to_left(text, start, end):
            return None  # a mark that orders Hebrew or Arabic words: it does its job
        return self._replace(doc, start, end, f"invisible character U+{ord(chars[0]):04X} in text", "")

    def _replace(self, doc: Document, start: int, end: int, message: str, content: str) -> Finding:
        label = "Replace with a space" if content else "Delete the invisible character"
        return self.finding(doc, start, end, message, fix=Fix.replace(start, end, content, label))


def _may_have_artifact(text: str) -> bool:
    """Whether PATTERN can match at all: a tab, two spaces, or a special character (never in ASCII)."""
    return "\t" in text or "  " in text or (not text.isascii() and SPECIAL_SPACING.search(text) is not None)


def _inside_line(text: str, start: int, end: int) -> bool:
    """Between two visible characters of one line (after skipping other spacing)."""
    before = text[max(0, start - 80) : start].rstrip(" \t\u00a0\u3000")
    if not before and start > 80:
        return True  # a long run of spacing inside a line
    after_index = end
    while after_index < len(text) and text[after_index] in " \t\u00a0\u3000":
        after_index += 1
    if not before or before[-1] == "\n" or after_index >= len(text) or text[after_index] in "\r\n":
        return False
    return True


def _legitimate_joiner(text: str, start: int, end: int) -> bool:
    """ZWJ/ZWNJ between letters of a joining script, or inside an emoji sequence."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not before or not after:
        return False
    if JOINING_LETTER.match(before) and JOINING_LETTER.match(after):
        return True
    return bool(EMOJI_PART.match(before) and EMOJI_PART.match(after))


def _near_right_to_left(text: str, start: int, end: int) -> bool:
    """A right-to-left letter right before or after the marks (punctuation and spaces skipped)."""
    before = text[max(0, start - 4) : start].rstrip(" .,;:!?\"'()”“’")
    after = text[end : end + 4].lstrip(" .,;:!?\"'()”“’")
    return bool(before and RIGHT_TO_LEFT.match(before[-1]) or after and RIGHT_TO_LEFT.match(after[0]))


def _table_line(text: str, position: int) -> bool:
    """A line with two or more tab runs is a table, where tabs are the columns."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(regex.findall(r"\t+", line)) >= 2
