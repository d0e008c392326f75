"""Which writing system surrounds a character: a mark beside English words is an artifact to
report, the same mark inside a run of its own script belongs to that (untranslated) text."""

from __future__ import annotations

import regex

from newslint import regexes

# A letter of another script, or a digit of one ('٥٬٠٠٠': the mark belongs to that number).
NON_LATIN_LETTER = regexes.compile(r"[\p{L}--\p{Latin}]|[\p{Nd}--[0-9]]", regex.V1)
LATIN_OR_DIGIT = regexes.compile(r"[\p{Latin}\p{N}]")


def beside_latin_text(text: str, index: int) -> bool:
    """Whether the character at index touches English (Latin-script) text rather than a run of
    another script: the nearest letter or digit on each side decides (a few characters away, on
    the same line); a non-Latin letter on either side makes it part of a foreign run."""
    before = nearest_word_char(text, index, -1)
    after = nearest_word_char(text, index, +1)
    if NON_LATIN_LETTER.match(before) or NON_LATIN_LETTER.match(after):
        return False
    return bool(LATIN_OR_DIGIT.match(before) or LATIN_OR_DIGIT.match(after))


def nearest_word_char(text: str, index: int, step: int, reach: int = 4) -> str:
    """The first letter or digit from index in direction step (within reach, not past a line break)."""
    position = index + step
    for _ in range(reach):
        if not 0 <= position < len(text) or text[position] == "\n":
            return ""
        if text[position].isalnum():
            return text[position]
        position += step
    return ""
