"""Run-together words: tokens glued where markup or a line break was stripped."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document
from lint.finding import Finding, Fix
from lint.lexicon import FUNCTION_WORDS, is_normally_capitalized, parts_of_speech, zipf
from lint.rule import Rule

CAMEL_JOIN = regex.compile(r"\b(?P<left>\p{L}*\p{Ll}{2})(?P<right>\p{Lu}\p{Ll}+)\b")
STRAY_CAPITAL = regex.compile(r"\b(?P<cap>\p{Lu})(?P<rest>\p{Ll}{2,})\b")
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
        for match in CAMEL_JOIN.finditer(text):
            left, right = match.group("left"), match.group("right")
            whole = left + right
            if zipf(whole) > 0 or self.config.is_accepted(whole) or zipf(right) < 3.0 or len(left) < 2:
                continue
            if zipf(left) == 0 and not left[:1].isupper():
                continue
            if _repeated_in_corpus(doc, whole) or (
                "NOUN" in parts_of_speech(right) and right.lower() not in FUNCTION_WORDS
            ):
                continue  # a deliberate CamelCase name: "NetRatings", "ThinkVantage"
            split = match.start("right")
            replacement = " " + (right if is_normally_capitalized(right) else right.lower())
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"'{whole}' looks like two words run together: '{left} {replacement.strip()}'",
                fix=Fix.replace(split, split + len(right), replacement, "Separate the words"),
            )
        for match in STRAY_CAPITAL.finditer(text):
            word, rest = match.group(), match.group("rest")
            if zipf(word) > 0 or zipf(rest) < 5.5 or self.config.is_accepted(word):
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
            if quote == "”":
                fix = Fix.replace(position + 1, position + 1, " ", "Add a space after the quotation mark")
            else:
                fix = Fix.replace(position, position, " ", "Add a space before the quotation mark")
            yield self.finding(
                doc,
                match.start(),
                match.end() + _word_length(text, match.end()),
                f"quotation mark glued to the words on both sides: '{_excerpt(text, match.start())}'",
                fix=fix,
            )


def _repeated_in_corpus(doc: Document, word: str) -> bool:
    """A glue accident rarely repeats letter for letter; a brand name does."""
    return sum(other.word_counts.get(word, 0) for other in doc.corpus or [doc]) >= 2


def _word_length(text: str, start: int) -> int:
    found = regex.match(r"\p{L}*", text[start:])
    return len(found.group()) if found else 0


def _excerpt(text: str, start: int) -> str:
    return text[start : start + 12].split()[0]
