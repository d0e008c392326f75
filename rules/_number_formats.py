"""Numbers, dates and clock times written in the source language's convention (used by PU001).

Swiss and Liechtenstein German group thousands with an apostrophe ('1'250'000'); Korean,
Chinese, Japanese and Hungarian write dates year first with dots ('2025.4.4'); German,
Scandinavian, Finnish and Slavic languages write day and month with dots ('15.11.', 'on
24.2.'). English writes '1,250,000', '4 April 2025' and '15 November'. Bylines and timestamps
(page chrome, BP001's) keep such dates, so a date counts only after a word that introduces
one ('on', 'from', 'Friday'), or before more prose in lowercase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import regexes
from newslint.grammar import MONTHS

APOSTROPHE_THOUSANDS = regexes.compile(r"(?<![\d'’\p{L}])\d{1,3}(?:['’]\d{3})+(?![\d'’])")
YEAR_FIRST_DATE = regexes.compile(r"(?<![\d.])(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.?(?![\d.])")
# Day and month with a dot after each, perhaps a year: '15.11.', '24.2.', '14.03.2024'.
DAY_MONTH_DATE = regexes.compile(
    r"(?<![\d.,$€£¥])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d{2})?(?![\d.%])"
)
# 'at 14h', 'from 9h30': French, Portuguese and Spanish clock times after a word that introduces one.
HOUR_WITH_H = regexes.compile(
    r"\b(?:[Aa]t|from|until|till|by|before|after|around|about|since|to|towards|between|and) "
    r"((?:[01]?\d|2[0-4])h(?:[0-5]\d)?)\b"
    # 'at 16 h', 'from 9 h 30': the same with spaces, after a word that introduces a point in time
    r"|\b(?:[Aa]t|from|until|till) ((?:[01]?\d|2[0-4]) h(?: [0-5]\d)?)(?![\p{L}\d/])"
)
# One cheap scan in the standard library's engine tells which shapes a document may hold (most
# hold none): a digit, then an apostrophe and three digits, an 'h', or a dotted day and month.
SHAPE_HINT = re.compile(r"\d(['’]\d{3}| ?h(?:[0-5]\d)?\b|\.\d{1,2}\.|\. (?:\d{1,2}\.|[A-Z][a-z]))")
# '1. June', 'from 10. 3.': the ordinal dot of German, Slavic, Scandinavian and Hungarian dates,
# before a month's name or a month's number.
ORDINAL_DOT_MONTH = regexes.compile(
    r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\. (?:(?:" + "|".join(sorted(MONTHS)) + r")\b|(?:0?[1-9]|1[0-2])\.(?![\d.]))"
)
DATE_WORDS = frozenset(
    """on of from until till since before after between and dated am vom
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
WORD_BEFORE = regexes.compile(r"(\p{L}+),?\s*$")  # "on 3.", "Sunday, 12."
PROSE_AFTER = regexes.compile(r",? \p{Ll}")


def source_number_formats(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) for each number or date written the source's way."""
    shapes = {match.group(1).lstrip()[0] for match in SHAPE_HINT.finditer(text)}
    if shapes & {"'", "’"}:
        for match in APOSTROPHE_THOUSANDS.finditer(text):
            english = match.group().replace("'", ",").replace("’", ",")
            message = f"'{match.group()}': thousands grouped with apostrophes; write '{english}'"
            yield match.start(), match.end(), message
    if "h" in shapes:
        for match in HOUR_WITH_H.finditer(text):
            group = 1 if match.group(1) else 2
            start, end = match.span(group)
            yield start, end, f"'{match.group(group)}': a clock time in the source's style; write '14:00' or '2pm'"
    if "." not in shapes:
        return
    for match in ORDINAL_DOT_MONTH.finditer(text):
        if _introduces_date(text, match.start()):  # a sentence may end on a number before 'May
            day, month = match.group().split(". ", 1)
            english = f"'{int(day)} {month}'" if month[:1].isalpha() else "the month's name"
            message = f"'{match.group()}': a date with the source's ordinal dot after the day; write {english}"
            yield match.start(), match.end(), message
    for pattern, what in ((YEAR_FIRST_DATE, "year first"), (DAY_MONTH_DATE, "day and month")):
        for match in pattern.finditer(text):
            if _introduces_date(text, match.start()) or PROSE_AFTER.match(text, match.end()):
                message = f"'{match.group()}': a date written {what} with dots; write the month's name ('15 November')"
                yield match.start(), match.end(), message


def _introduces_date(text: str, start: int) -> bool:
    """Whether the word before start introduces a date ('on', 'from', 'Friday')."""
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in DATE_WORDS
