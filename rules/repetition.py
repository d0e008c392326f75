"""Repeated words: "the the", and a name echoed across one word ("NATO countries NATO were")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document
from lint.finding import Finding, Fix
from lint.lexicon import FUNCTION_WORDS, is_dictionary_word, parts_of_speech
from lint.rule import Rule

# Doubles that English uses on purpose.
LEGITIMATE_DOUBLES = frozenset({"had", "that", "very", "really", "bye", "no", "yes", "so", "far", "ha", "knock", "is"})
# "side by side", "face to face", "one after one": a word echoed across these is idiomatic.
IDIOM_LINKS = frozenset({"by", "to", "after", "for", "and", "or", "v", "vs", "versus", "upon", "on", "in", "against"})


SPACES = regex.compile(r"[ \t]+")
ECHOED = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}]*)[ \t]+(\p{Ll}+)[ \t]+\1(?![\p{L}\p{N}'’-])")


class Repetition(Rule):
    """Finds a word written twice in a row ("the the") and a name or acronym repeated with one
    word between ("other NATO countries NATO were discussing").

    Why: machine translation duplicates a word when it realigns a clause, and editors read
    past a repetition because the eye expects the word there.

    Example: `Robert Fico said other NATO countries NATO were discussing` is flagged at
    `NATO countries NATO`. Not flagged: "had had", "that that", reduplicated names (Bora Bora),
    and idioms such as "side by side" or "day after day".
    """

    code = "RE001"
    name = "repetition"
    summary = "A word repeated twice in a row, or a name echoed across one word"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        tokens = doc.tokens
        for index in range(1, len(tokens)):
            first, second = tokens[index - 1], tokens[index]
            same_length = len(first.text) == len(second.text)  # cheap test first: most pairs differ
            if (
                same_length
                and first.text.casefold() == second.text.casefold()
                and SPACES.fullmatch(text, first.end, second.start)
            ):
                if not first.text.isalpha() or not _accidental_double(first.text, second.text):
                    continue
                if _verb_particle_then_preposition(text, first.start, first.text):
                    continue
                yield self.finding(
                    doc,
                    first.start,
                    second.end,
                    f"repeated word '{second.text}'",
                    fix=Fix.replace(first.end, second.end, "", "Delete the repetition"),
                )
            elif index >= 2 and second.text == tokens[index - 2].text and second.text[:1].isupper():
                outer = tokens[index - 2]
                span = text[outer.start : second.end]
                if not ECHOED.fullmatch(span) or first.text.casefold() in IDIOM_LINKS or not _name_like(second.text):
                    continue
                yield self.finding(doc, outer.start, second.end, f"'{second.text}' repeated across one word: '{span}'")


PARTICLE_DOUBLES = frozenset({"for", "in", "on", "to", "up", "out", "off", "over"})
WORD_BEFORE = regex.compile(r"(\p{L}+)\W*$")


def _verb_particle_then_preposition(text: str, start: int, word: str) -> bool:
    """'waiting for for years', 'what it comes down to to make': a phrasal verb's particle
    followed by the same preposition is correct English."""
    if word.casefold() not in PARTICLE_DOUBLES:
        return False
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and "VERB" in parts_of_speech(before.group(1))


def _accidental_double(first: str, second: str) -> bool:
    if first.casefold() in LEGITIMATE_DOUBLES:
        return False
    # Capitalized doubles are usually names (Bora Bora, Sirhan Sirhan) unless a function word.
    if first[:1].isupper() and second[:1].isupper():
        return first.casefold() in FUNCTION_WORDS
    return True


def _name_like(word: str) -> bool:
    """An acronym or a capitalized word that is not an ordinary dictionary word."""
    if len(word) >= 2 and word.isupper():
        return True
    return word[:1].isupper() and not is_dictionary_word(word)
