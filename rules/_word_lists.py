"""Word lists more than one rule reads (rules never import one another; they share data here):
the phrases English borrowed, the function words of other languages and the titles written
before a person's name."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from newslint import regexes
from newslint.lexicon import is_normally_capitalized, zipf

WORD_PART = regexes.compile(r"[\p{L}\p{M}]+")
# The articles, demonstratives and possessives a common noun follows ('the diaspora', 'its Betriebsrat').
NOUN_DETERMINERS = frozenset("the a an this that its their his her our".split())
# Words that present the next one as a term the article introduces ('known as fallas', 'the
# so-called dacha'): a local word written on purpose, neither untranslated nor a name.
TERM_INTRODUCED = regexes.compile(r"(?:so-called|termed|dubbed|called|known as|nicknamed) $")
# The English names of the days, in the week's order (a data file's slots follow it).
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATA = Path(__file__).parent / "data"  # read as paths: importlib.resources costs every start 4 ms


def _data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@cache
def loan_phrases() -> tuple[tuple[str, ...], ...]:
    """Borrowed words and phrases (rules/data/loan_phrases.txt), as casefolded word tuples."""
    lines = (line.strip().casefold() for line in _data("loan_phrases.txt").splitlines())
    return tuple(tuple(WORD_PART.findall(line)) for line in lines if line and not line.startswith("#"))


@cache
def function_words() -> dict[str, tuple[str, ...]]:
    """Other languages' function words (rules/data/foreign_function_words.txt): word -> languages."""
    found: dict[str, list[str]] = {}
    for line in _data("foreign_function_words.txt").splitlines():
        if not line.strip() or line.startswith("#") or ":" not in line:
            continue
        language, words = line.split(":", 1)
        for word in words.split():
            found.setdefault(word.casefold(), []).append(language.strip())
    return {word: tuple(languages) for word, languages in found.items()}


@cache
def person_titles() -> frozenset[str]:
    """Titles written before a person's name (rules/data/person_titles.txt)."""
    lines = _data("person_titles.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# Currency names written after an amount, singular and plural, that the English word lists do not
# hold as ordinary words ('200 tenge', '1,500 riel'): a number glued to one lost its space.
CURRENCY_NAMES = frozenset(
    """tenge riel kip kyat taka som lari dram drams manat manats hryvnia hryvnias zloty zlotys zlotych
    forint forints koruna korunas lei leu leva lev dinar dinars dirham dirhams riyal riyals rial rials
    shekel shekels naira cedi cedis shilling shillings rand kwacha birr peso pesos real reais franc
    francs krona kronor krone kroner lira liras tugrik tugriks tögrög tugrug afghani afghanis toman tomans rupiah
    ringgit baht dong yuan renminbi yen won rupee rupees euro euros dollar dollars kwanza kwanzas
    metical meticais dalasi dalasis leone leones ariary pula loti maloti lilangeni emalangeni ouguiya
    nakfa quetzal quetzales lempira lempiras cordoba cordobas guarani guaranies boliviano bolivianos
    soles bolivar bolivares gourde gourdes somoni denar denars kuna pataca patacas paanga vatu tala
    kina rufiyaa ngultrum tiyin""".split()
)


# Endings of nationalities and languages ('romanian', 'chinese', 'polish'), and the nationalities
# that end in none of them ('slovak', 'greek'): Slavic, Turkic and Nordic MT writes them in
# lowercase, as its source does; and a name of another language may lie a vowel from one.
DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "ic", "i", "an", "ch")
SUFFIXLESS_DEMONYMS = frozenset("slovak uzbek kazakh greek tajik turk thai swiss serb croat dane swede finn".split())
DEMONYM_ZIPF = 2.5


def is_demonym(word: str) -> bool:
    """A nationality or language in lowercase ('romanian', 'croatian'), a name in English however
    other languages write it."""
    if word in SUFFIXLESS_DEMONYMS:
        return True
    return word.endswith(DEMONYM_SUFFIXES) and is_normally_capitalized(word) and zipf(word) >= DEMONYM_ZIPF


# Particles that join the parts of names ('Viña del Mar', 'van Gogh', 'Ibn Battuta'): lowercase
# words that are no acronym however a dateline capitalizes them ('VIÑA DEL MAR').
NAME_PARTICLES = frozenset(
    """mc mac de le la da di du do del della dei van von der den ten ter fitz al el o abu ben bin ibn
    san st sao dos das des""".split()
)

# Letters of languages whose word lists newslint does not hold (Icelandic and Faroese, Maltese,
# Sami): the diacritics of a name beside them cannot be checked against any list.
UNLISTED_LANGUAGE_LETTERS = frozenset("ðþÐÞħĦġĠċĊŋŊ")
