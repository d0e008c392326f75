"""Run-together words: tokens glued where markup or a line break was stripped."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from lint.document import Document
from lint.finding import Finding, Fix
from lint.lexicon import FUNCTION_WORDS, is_normally_capitalized, lexicon, parts_of_speech, zipf
from lint.rule import Rule

# Searched from the rare lowercase-to-uppercase seam outward, so ordinary words cost nothing.
SEAM = regex.compile(r"\p{Ll}{2}(?=\p{Lu}\p{Ll})")
WORD_LEFT = regex.compile(r"\p{L}*$")
WORD_RIGHT = regex.compile(r"\p{Lu}\p{Ll}+(?!\p{L})")
COMMON_TAIL_ZIPF = 5.5  # "the", "and", "with": words a stray capital gets glued to
GLUED_QUOTE = regex.compile(r"(?P<left>[\p{L}\p{N}])(?P<quote>[“”])(?P<right>\p{L})")


class RunTogether(Rule):
    """Finds words glued together where markup was stripped: a lowercase-to-uppercase join
    inside a token whose parts are both words ("ScholzSaid", "alliesEspecially"), a stray
    capital glued to a common word ("Xthe"), and a quotation mark glued to a word on both
    sides ("it”said", "Biden“has").

    Why: a scraper that drops a `<br>`, a link or a caption boundary fuses two words; readers
    stumble and search engines index a word that does not exist.

    Example: `German Chancellor Olaf ScholzSaid that` → `Olaf Scholz said that`. Real CamelCase
    words and brands (iPhone, YouTube, McDonald's, PlayStation, LinkedIn, eBay, DeSantis) are
    known to the word list as whole words and are not flagged.
    """

    code = "RT001"
    name = "run-together"
    summary = "Words glued together: 'ScholzSaid', 'Xthe', 'it”said'"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for seam in SEAM.finditer(text):
            split = seam.end()
            right_match = WORD_RIGHT.match(text, split)
            if right_match is None:
                continue
            word_start = WORD_LEFT.search(text, max(0, split - 40), split).start()
            left, right = text[word_start:split], right_match.group()
            whole = left + right
            if zipf(whole) > 0 or self.config.is_accepted(whole) or zipf(right) < 3.0 or len(left) < 2:
                continue
            if zipf(left) == 0 and not left[:1].isupper():
                continue
            if _repeated_in_corpus(doc, whole) or (
                "NOUN" in parts_of_speech(right) and right.lower() not in FUNCTION_WORDS
            ):
                continue  # a deliberate CamelCase name: "NetRatings", "ThinkVantage"
            replacement = " " + (right if is_normally_capitalized(right) else right.lower())
            yield self.finding(
                doc,
                word_start,
                right_match.end(),
                f"'{whole}' looks like two words run together: '{left} {replacement.strip()}'",
                fix=Fix.replace(split, split + len(right), replacement, "Separate the words"),
            )
        common = _common_words()
        for match in STRAY_CAPITAL.finditer(text):
            word, rest = match.group(), match.group("rest")
            if rest not in common or zipf(word) > 0 or self.config.is_accepted(word):
                continue
            start = match.start()
            yield self.finding(
                doc,
                start,
                match.end(),
                f"'{word}' looks like a stray '{match.group('cap')}' glued to '{rest}'",
                fix=Fix.replace(start + 1, start + 1, " ", "Separate the letter", safe=False),
            )
        for match in GLUED_QUOTE.finditer(text):
            quote = match.group("quote")
            position = match.start("quote")
            # Certain only when the word after the mark continues the sentence in lowercase
            # ("it”said", "Biden“has"); "out“The" may be a reversed closing mark (see QU001).
            certain = match.group("right").islower()
            if quote == "”":
                fix = Fix.replace(position + 1, position + 1, " ", "Add a space after the quotation mark", certain)
            else:
                fix = Fix.replace(position, position, " ", "Add a space before the quotation mark", certain)
            yield self.finding(
                doc,
                match.start(),
                match.end() + _word_length(text, match.end()),
                f"quotation mark glued to the words on both sides: '{_excerpt(text, match.start())}'",
                fix=fix,
            )


STRAY_CAPITAL = regex.compile(r"\b(?P<cap>\p{Lu})(?P<rest>\p{Ll}{2,6})\b")


@cache
def _common_words() -> frozenset[str]:
    """English's most common words: the ones a stray capital gets glued to ("Xthe")."""
    return frozenset(word for word, value in lexicon().zipf.items() if value >= COMMON_TAIL_ZIPF)


def _repeated_in_corpus(doc: Document, word: str) -> bool:
    """A glue accident rarely repeats letter for letter; a brand name does."""
    return sum(other.word_counts.get(word, 0) for other in doc.corpus or [doc]) >= 2


def _word_length(text: str, start: int) -> int:
    found = regex.match(r"\p{L}*", text[start:])
    return len(found.group()) if found else 0


def _excerpt(text: str, start: int) -> str:
    return text[start : start + 12].split()[0]
