"""Run-together words: tokens glued where markup or a line break was stripped."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from lint.document import Document
from lint.finding import Finding, Fix
from lint.lexicon import FUNCTION_WORDS, is_normally_capitalized, lexicon, parts_of_speech, zipf
from lint.rule import Rule

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

    def _looks_glued(self, doc: Document, whole: str, split: int) -> bool:
        left, right = whole[:split], whole[split:]
        if zipf(whole) > 0 or self.config.is_accepted(whole) or zipf(right) < 3.0:
            return False
        if zipf(left) == 0 and not left[:1].isupper():
            return False
        if "NOUN" in parts_of_speech(right) and right.lower() not in FUNCTION_WORDS:
            return False  # a deliberate CamelCase name: "NetRatings", "ThinkVantage"
        return not _repeated_in_corpus(doc, whole)

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        glued = {}
        for word in doc.word_counts:
            if word[1:].islower() or word.isupper():
                continue  # no uppercase letter after the first: cannot be glued CamelCase
            split = _camel_split(word)
            if split and self._looks_glued(doc, word, split):
                glued[word] = split
        for index in doc.tokens_of(glued):
            token = doc.tokens[index]
            split = glued[token.text]
            left, right = token.text[:split], token.text[split:]
            replacement = " " + (right if is_normally_capitalized(right) else right.lower())
            at = token.start + split
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"'{token.text}' looks like two words run together: '{left} {replacement.strip()}'",
                fix=Fix.replace(at, at + len(right), replacement, "Separate the words"),
            )
        common = _common_words()
        stray = {
            word
            for word in doc.word_counts
            if 3 <= len(word) <= 7
            and word[0].isupper()
            and word[1:] in common
            and zipf(word) == 0
            and not self.config.is_accepted(word)
        }
        for index in doc.tokens_of(stray):
            token = doc.tokens[index]
            start, word = token.start, token.text
            yield self.finding(
                doc,
                start,
                token.end,
                f"'{word}' looks like a stray '{word[0]}' glued to '{word[1:]}'",
                fix=Fix.replace(start + 1, start + 1, " ", "Separate the letter", safe=False),
            )
        for match in GLUED_QUOTE.finditer(text) if ("“" in text or "”" in text) else ():
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


def _camel_split(word: str) -> int | None:
    """Where a word splits into a lowercase-ending left part and a capitalized right part that
    ends the word ('alliesEspecially' -> 6), or None."""
    for index in range(2, len(word) - 1):
        if word[index].isupper() and word[index - 1].islower() and word[index - 2].islower():
            right = word[index + 1 :]
            if right.isalpha() and right.islower() and word[:index].isalpha():
                return index
            return None
    return None


@cache
def _common_words() -> frozenset[str]:
    """English's most common words: the ones a stray capital gets glued to ("Xthe")."""
    return frozenset(word for word, value in lexicon().zipf.items() if value >= COMMON_TAIL_ZIPF)


def _repeated_in_corpus(doc: Document, word: str) -> bool:
    """A glue accident rarely repeats letter for letter; a brand name does."""
    return doc.corpus_word_counts.get(word, 0) >= 2


def _word_length(text: str, start: int) -> int:
    found = regex.match(r"\p{L}*", text[start:])
    return len(found.group()) if found else 0


def _excerpt(text: str, start: int) -> str:
    return text[start : start + 12].split()[0]
