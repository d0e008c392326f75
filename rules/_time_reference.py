"""'this Friday' for a day that has passed (used by CQ001).

Spanish 'este viernes', Portuguese 'este domingo', Catalan 'aquest dimarts', Italian 'questo
lunedì' name the current week's day whether it is past or to come; English says 'this Friday'
only of a day ahead, and 'on Friday' of one gone by. A sentence whose verbs are all in the past
tense, with no future, modal or present form, puts the day behind us.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint import regexes
from newslint.document import Document
from newslint.grammar import verb_forms
from newslint.rules._word_lists import ENGLISH_WEEKDAYS

THIS_WEEKDAY = regexes.compile(r"\b[Tt]his (" + "|".join(ENGLISH_WEEKDAYS) + r")\b")
# Words that put some of the sentence ahead of now, or in the present.
NOT_PAST = frozenset(
    """will would shall 'll can could may might must should is are am 's be going plans planned
    expected scheduled due set until next tomorrow upcoming coming ahead starting from""".split()
)
# Past forms that say nothing of when the day is ('was', 'were' are copulas that can precede a future day).
PAST_MARKERS = frozenset("said announced confirmed reported held took was were had died killed began".split())
WORD = regexes.compile(r"[\p{L}']+")


def past_weekdays(doc: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each 'this <weekday>' in a sentence that is all in the past tense."""
    text = doc.text
    if not any(f"his {day}" in text for day in ENGLISH_WEEKDAYS):
        return  # no 'this <weekday>' at all: most documents, found by plain substring searches
    for match in THIS_WEEKDAY.finditer(text):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        words = [word.casefold() for word in WORD.findall(sentence.text)]
        if not NOT_PAST.isdisjoint(words):
            continue
        if any(word in PAST_MARKERS or "VBD" in verb_forms(word) and word.endswith("ed") for word in words):
            yield match.start(), match.end()
