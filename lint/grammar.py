"""A small, dictionary-based tagger and chunker for English sentence shape.

Rules that judge word order (fragments, verb-final clauses) need to know which words can be
determiners, prepositions, finite verbs or nouns, and where noun phrases begin and end. This
module gives every word its *possible* classes (closed classes from lists, open classes from
lemminflect's lexicon) and groups a clause into chunks (NP, PP, VERB, ADV, ...). It is no parser:
ambiguous words keep all their classes and the chunker resolves only the common cases
(a noun/verb word after a noun is a verb when it agrees with that noun).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from newslint import regexes
from newslint.lexicon import parts_of_speech

ARTICLES = frozenset("the a an".split())
DETERMINERS = ARTICLES | frozenset(
    "this these those each every some any no another such both either neither several many few most all".split()
)
POSSESSIVES = frozenset("my your his her its our their whose".split())
SUBJECT_PRONOUNS = frozenset("i he she we they you it".split())
OBJECT_PRONOUNS = frozenset("me him her us them it".split())
PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | frozenset("this that these those everyone everybody nobody".split())
PREPOSITIONS = frozenset(
    """of in on at by with from into onto upon about above across after against along among amid
    around before behind below beneath beside between beyond despite during except for inside
    near off out outside over past since through throughout to toward towards under until unlike
    up via within without per as than like till""".split()
)
COORDINATORS = frozenset("and or but nor".split())
SUBORDINATORS = frozenset(
    """that which who whom whose because if although though while whereas unless whether when where
    since until after before once what how why whilst then""".split()
)
RELATIVES = frozenset("that which who whom whose where".split())
BE = frozenset("be am is are was were been being".split())
HAVE = frozenset("have has had having".split())
DO = frozenset("do does did".split())
MODALS = frozenset("will would can could shall should may might must cannot".split())
AUXILIARIES = BE | HAVE | DO | MODALS
NEGATIONS = frozenset("not never n't".split())
CONTRACTIONS = ("'ve", "'re", "'ll", "'d", "'m", "n't")
CONTRACTED_BE = frozenset("it's that's he's she's there's here's what's who's where's let's how's".split())
DEGREE = frozenset("as so more less very too about almost nearly".split())
# Adverbs that never head or modify a noun phrase, whatever else the lexicon lets them be.
ADVERBS = frozenset(
    """also still now already just even only yet again never always often soon then there here
    later earlier ago meanwhile however instead too very almost nearly mostly largely currently
    recently finally eventually once twice well""".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion""".split()
)
# Adjectives the lexicon misses or takes for verbs and nouns ("the third quarter", "in the
# northern plants"): ordinals and points of the compass.
ADJECTIVES = frozenset(
    """second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    twentieth hundredth northern southern eastern western""".split()
)
# Nouns of time and manner that open an adverbial noun phrase ("Last year the company ...").
ADVERBIAL_NOUNS = frozenset(
    """year years month months week weeks day days time times moment moments hour hours minute
    minutes second seconds night nights morning mornings afternoon evening evenings weekend weekends
    season seasons decade decades century centuries quarter quarters spring summer autumn fall winter
    today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    way ways reason reasons place places point points period era term""".split()
)

# A plural possessive keeps its apostrophe ("the teachers' unions"), as "the union's" does.
TOKEN_RE = regexes.compile(
    r"[\p{L}\p{M}\p{N}]+(?:[.,'’\-][\p{L}\p{M}\p{N}]+|:\d+)*(?:(?<=s)['’](?=\s+\p{Ll}))?%?|[^\s\p{L}\p{M}\p{N}]"
)

# TOKEN_RE for a text all in ASCII, for the standard library's engine (three times faster than
# the regex module's on it): there letters are A-Z and a-z, numbers 0-9, no character is a
# mark, and the regex module's blanks are tab, line feed, vertical tab, form feed, return, space.
ASCII_TOKEN_RE = re.compile(
    r"[A-Za-z0-9]+(?:[.,'’\-][A-Za-z0-9]+|:[0-9]+)*(?:(?<=s)['’](?=[\t\n\x0b\x0c\r ]+[a-z]))?%?"
    r"|[^\t\n\x0b\x0c\r A-Za-z0-9]"
)

# Finite-verb tags (Penn): past, 3rd-person present, other present.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


class Word(NamedTuple):
    """One token of a sentence with its possible classes (and its case-folded text)."""

    text: str
    start: int
    end: int
    classes: frozenset[str]
    lower: str

    def has(self, *names: str) -> bool:
        return not self.classes.isdisjoint(names)


IRREGULAR_VERBS_FILE = "data/fragment_irregular_verbs.txt"  # in the rules package, beside its other data


@cache
def _principal_parts() -> dict[str, tuple[str, str]]:
    """The past tense and past participle of each English irregular verb, by its base."""
    from newslint import rules  # its folder, read as a path: importlib.resources costs every start 4 ms

    text = (Path(rules.__file__).parent / IRREGULAR_VERBS_FILE).read_text(encoding="utf-8")
    parts: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            base, past, participle = line.split()
            parts[base] = (past, participle)
    return parts


@cache
def irregular_pasts() -> frozenset[str]:
    """The past tenses of English's irregular verbs ('gave', 'won'): most past verbs end in -ed."""
    return frozenset(past for past, _ in _principal_parts().values())


def _third_person(base: str) -> str:
    return base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s")


def third_person(base: str) -> str:
    """The -s form of a verb's base ('say' -> 'says', 'go' -> 'goes', 'carry' -> 'carries')."""
    if base in IRREGULAR_THIRD_PERSON:
        return IRREGULAR_THIRD_PERSON[base]
    return _third_person(base) if base in _principal_parts() else _regular_third_person(base)


IRREGULAR_THIRD_PERSON = {"be": "is", "have": "has"}


@cache
def _irregular_forms() -> dict[str, frozenset[str]]:
    """Penn tags of every form of the English irregular verbs (base, past, participle)."""
    forms: dict[str, set[str]] = {}
    for base, (past, participle) in _principal_parts().items():
        for form, tags in ((base, ("VB", "VBP")), (past, ("VBD",)), (participle, ("VBN",))):
            for variant in form.split("/"):
                forms.setdefault(variant, set()).update(tags)
        forms.setdefault(_third_person(base), set()).add("VBZ")
    return {form: frozenset(tags) for form, tags in forms.items()}


def forms_of_verbs(lemmas: Iterable[str]) -> frozenset[str]:
    """Every form of the verbs ('accept accepts accepted', 'give gives gave given'): the
    irregular table's forms, regular English morphology for the rest."""
    forms: set[str] = set()
    parts = _principal_parts()
    for lemma in lemmas:
        forms.update((lemma, third_person(lemma)))
        if lemma in parts:
            for form in parts[lemma]:
                forms.update(form.split("/"))
            continue
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        elif DOUBLED_FINAL.fullmatch(lemma):
            forms.add(lemma + lemma[-1] + "ed")  # 'ban', 'banned'
        else:
            forms.add((lemma[:-1] if lemma.endswith("e") else lemma) + "ed")
    return frozenset(forms)


DOUBLED_FINAL = re.compile(r"[^aeiou]*[aeiou][bdgmnpt]")


def _regular_third_person(lemma: str) -> str:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")


def _is_verb(stem: str) -> bool:
    return "VERB" in parts_of_speech(stem)


def _stems(word: str, suffix: str) -> list[str]:
    """Candidate lemmas of a regular inflected form ('stopped' -> 'stopp', 'stop', 'stope')."""
    stem = word[: -len(suffix)]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")
    return candidates


@lru_cache(maxsize=100_000)
def verb_forms(word: str) -> frozenset[str]:
    """Penn tags the word has as a form of a verb ('became' -> {'VBD'}, 'pay' -> {'VB', 'VBP'}),
    from the irregular-verb table and regular English morphology over the lexicon's verbs."""
    word = word.casefold()
    if not _is_verb(word):
        return frozenset()
    irregular = _irregular_forms().get(word)
    if irregular:
        return irregular
    if word.endswith("ed") and any(_is_verb(stem) for stem in _stems(word, "ed")[:4] + [word[:-1]]):
        return frozenset({"VBD", "VBN"})
    if word.endswith("ing") and any(_is_verb(stem) for stem in _stems(word, "ing")):
        return frozenset({"VBG"})
    if word.endswith("s") and not word.endswith("ss"):
        stems = (
            [word[:-1]]
            + ([word[:-2]] if word.endswith("es") else [])
            + ([word[:-3] + "y"] if word.endswith("ies") else [])
        )
        if any(_is_verb(stem) for stem in stems):
            return frozenset({"VBZ"})
    return frozenset({"VB", "VBP"})


def _closed_classes() -> dict[str, frozenset[str]]:
    """The closed classes of each function word (DET, POSS, PRON, PREP, CONJ, SUB, MODAL, NEG,
    NUM, AUX and FIN for a finite auxiliary): one look-up where word_classes would test ten lists."""
    found: dict[str, set[str]] = {}
    for name, members in (
        ("DET", DETERMINERS),
        ("POSS", POSSESSIVES),
        ("PRON", PRONOUNS),
        ("PREP", PREPOSITIONS),
        ("CONJ", COORDINATORS),
        ("SUB", SUBORDINATORS),
        ("MODAL", MODALS),
        ("NEG", NEGATIONS),
        ("NUM", NUMBER_WORDS),
    ):
        for member in members:
            found.setdefault(member, set()).add(name)
    for auxiliary in AUXILIARIES:
        found.setdefault(auxiliary, set()).add("AUX")
        if auxiliary not in ("be", "been", "being", "having"):
            found[auxiliary].add("FIN")
    return {word: frozenset(classes) for word, classes in found.items()}


CLOSED_CLASSES = _closed_classes()


# Prefixes that make a verb of a verb: their participles are the stem's ('rebuilt', 'remade').
VERB_PREFIXES = ("re", "un", "over", "under", "out", "mis", "pre", "co", "up")


def prefixed_participle(word: str, prefixes: tuple[str, ...] = VERB_PREFIXES) -> bool:
    """A prefixed verb whose stem has a past participle of that form ('rebuilt', 'overturned'),
    which the lexicon may not list."""
    return any(word.startswith(prefix) and "VBN" in verb_forms(word[len(prefix) :]) for prefix in prefixes)


@lru_cache(maxsize=100_000)
def word_classes(word: str, capitalized_mid_sentence: bool = False) -> frozenset[str]:
    """Possible classes of a word: DET POSS PRON PREP CONJ SUB AUX MODAL NEG NUM, FIN (a finite
    verb form), BASE, VBN, VBG, NOUN, ADJ, ADV, PROPN (capitalized mid-sentence), PUNCT."""
    lower = word.casefold().replace("’", "'")
    if not word[:1].isalnum():
        return frozenset({"PUNCT"})
    if lower[:1].isdigit():
        return frozenset({"NUM"})
    if lower in CONTRACTED_BE or lower.endswith(CONTRACTIONS):
        return frozenset({"PRON", "AUX", "FIN"})  # "it's", "we've", "they'll", "don't"
    if lower.endswith(("'s", "s'")) and len(lower) > 2:
        return frozenset({"GEN", "PROPN" if word[:1].isupper() else "NOUN"})
    if word.isupper() and len(word) > 1:
        return frozenset({"PROPN"})  # an acronym ("US", "IT"), never a pronoun
    classes = set(CLOSED_CLASSES.get(lower, ()))
    if capitalized_mid_sentence and lower != "i":
        return frozenset({"PROPN"})  # part of a name or a title ("The Aviator"), whatever its class
    if classes & {"DET", "POSS", "PRON", "PREP", "CONJ", "SUB", "AUX", "NEG"}:
        return frozenset(classes)
    if lower in ADVERBS:
        return frozenset({"ADV"})
    if lower in ADJECTIVES:
        return frozenset({"ADJ", "NOUN"} if lower == "second" else {"ADJ"})
    tags = parts_of_speech(lower)
    classes.update(tag for tag in tags if tag in ("NOUN", "ADJ", "ADV"))
    if "VERB" in tags:
        forms = verb_forms(lower)
        if forms & FINITE:
            classes.add("FIN")
        if "VB" in forms:
            classes.add("BASE")
        if "VBN" in forms:
            classes.add("VBN")
        if "VBG" in forms and lower not in ADVERBIAL_NOUNS:  # "evening" is no participle
            classes.add("VBG")
    if not classes:
        # Unknown to the lexicon: a name, a number word or a foreign word; noun-like.
        classes.add("NOUN")
    return frozenset(classes)


OPENING_MARKS = frozenset(("“", '"', ":", "(", "‘", "—", "-"))


def tag(text: str, offset: int = 0) -> list[Word]:
    """Tokens of a sentence with their possible classes; offsets are shifted by offset.

    The tokens tile the text's non-space characters, so each one starts at its first
    occurrence after the previous one: findall and str.find give the offsets without a match
    object per token, and a token's classes and folded form come from one cached look-up."""
    words: list[Word] = []
    new = tuple.__new__
    find = text.find
    previous = ""
    position = 0
    for token in (ASCII_TOKEN_RE if text.isascii() else TOKEN_RE).findall(text):
        start = find(token, position)
        position = start + len(token)
        # Capitalized mid-sentence: a name or a title; not after an opening mark or a label in
        # capitals at the start ("IMPORTANT If ...").
        proper = (
            token[:1].isupper()
            and bool(words)
            and token != "I"
            and previous not in OPENING_MARKS
            and not (len(words) == 1 and previous.isupper() and len(previous) > 1)
        )
        classes, folded = (_PROPER_FACTS if proper else _PLAIN_FACTS)[token]
        words.append(new(Word, (token, offset + start, offset + position, classes, folded)))
        previous = token
    return words


class _TokenFacts(dict):
    """token -> (its classes, see word_classes, and its folded form), filled on first use: a
    plain dict look-up per token of every tagged sentence (a cache keyed on the token and its
    position's flag built a key and moved a list entry per hit). One table for tokens in a
    name's position, one for the others; each starts afresh past LIMIT tokens."""

    __slots__ = ("proper",)
    LIMIT = 100_000

    def __init__(self, proper: bool) -> None:
        super().__init__()
        self.proper = proper

    def __missing__(self, token: str) -> tuple[frozenset[str], str]:
        if len(self) >= self.LIMIT:
            self.clear()
        facts = self[token] = (word_classes(token, self.proper), _fold(token))
        return facts


_PLAIN_FACTS, _PROPER_FACTS = _TokenFacts(False), _TokenFacts(True)


@lru_cache(maxsize=100_000)
def _fold(token: str) -> str:
    return token.casefold().replace("’", "'")


CLAUSE_BREAKS = frozenset(',;:()[]—–"“”‘’!?')


def clauses(words: list[Word]) -> list[list[Word]]:
    """Pieces of a sentence between punctuation marks (commas, semicolons, dashes, quotes)."""
    pieces: list[list[Word]] = [[]]
    for word in words:
        if word.text in CLAUSE_BREAKS or (word.text == "-" and pieces[-1]):
            if pieces[-1]:
                pieces.append([])
            continue
        if word.text == ".":
            continue
        pieces[-1].append(word)
    return [piece for piece in pieces if piece]


def is_plural_noun(word: Word) -> bool:
    lower = word.lower
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def agrees(subject_head: Word, verb: Word) -> bool:
    """Whether an ambiguous noun/verb word after a noun reads as that noun's verb ('city promises')."""
    forms = verb_forms(verb.lower)
    if "VBD" in forms:
        return True
    if "VBZ" in forms:
        return not is_plural_noun(subject_head)
    if "VBP" in forms:
        return is_plural_noun(subject_head)
    return False


@dataclass(slots=True)
class Chunk:
    """A group of words: NP, PP, VERB (a finite verb group), INF (to + verb), ADV, or OTHER."""

    kind: str
    words: list[Word]

    @property
    def head(self) -> Word:
        return self.words[-1]


NOMINAL = ("NOUN", "ADJ", "NUM", "PROPN", "GEN")
FUNCTIONAL = ("DET", "POSS", "PRON", "PREP", "CONJ", "SUB", "AUX", "NEG", "ADV_ONLY")


def _is_nominal(word: Word) -> bool:
    return word.has(*NOMINAL) and not word.has("DET", "POSS", "PRON", "PREP", "CONJ", "SUB", "AUX", "NEG")


YEAR_RE = regexes.compile(r"(?:1[89]|20)\d\d")


def _reads_as_verb(words: list[Word], position: int) -> bool:
    """A noun/verb word after a noun is the noun's verb when it agrees with it and what follows
    needs a verb (a determiner, 'to', an adverb): 'the city promises to', not 'the sales room'."""
    word = words[position]
    if not word.has("FIN") or word.has("PROPN", "NUM", "GEN"):
        return False
    previous = words[position - 1]
    if not previous.has("NOUN", "PROPN", "NUM") or previous.has("GEN"):
        return False  # "the player's tank": a possessive is followed by its noun
    if previous.has("NUM") and is_plural_noun(word) and not YEAR_RE.fullmatch(previous.text):
        return False  # "within ten minutes the ...": a count is followed by what it counts (not "in 2019 rose")
    following = words[position + 1] if position + 1 < len(words) else None
    if following is not None and following.has("PREP") and following.lower not in ("of", "to"):
        return agrees(previous, word) and not previous.has("ADJ")  # "the waiter stands behind"
    if following is None or not (
        following.has("DET", "POSS") or following.lower == "to" or following.classes == {"ADV"}
    ):
        return "VBD" in verb_forms(word.lower) and not previous.has("ADJ")
    if _plain_adjective(previous) and position > 1 and words[position - 2].has("DET", "POSS"):
        return False  # "to the local markets their milk": a determiner and an adjective want their noun
    if _bare_after_a_singular_noun(words, position):
        return False  # "in the city centre the suspect": a bare form after 'the' and a singular noun is no verb
    return agrees(previous, word) or not previous.has("ADJ")  # "the prime minister the ..." stays a noun


def _bare_after_a_singular_noun(words: list[Word], position: int) -> bool:
    """A bare present that is also a noun ('centre', 'plan') right after 'the' and a singular
    common noun: English gives a singular subject the -s form, so the word ends a compound noun
    ('the city centre')."""
    word = words[position]
    if not word.has("NOUN") or not base_after_singular_noun(words[position - 1], word):
        return False
    if position < 2 or words[position - 2].lower not in ("the", "this", "that", "a", "an"):
        return False
    # 'demanded that the state transfer the powers': after 'that' the bare form may be a subjunctive.
    return position < 3 or words[position - 3].lower != "that"


# Nouns that take a plural verb without ending in -s ('The police use ...').
PLURAL_WITHOUT_S = frozenset(
    "people police children men women staff media cattle public crew team family government council "
    "committee data personnel youth clergy military feet teeth mice geese folk livestock".split()
)
# Verbs whose past tense is their base: after a singular noun they may still be its verb ('The city cut').
PAST_AS_BASE = frozenset(
    "cut put set hit cost let shut spread hurt cast beat bet quit split burst broadcast read bid rid upset".split()
) | {"forecast"}


def base_after_singular_noun(before: Word, word: Word) -> bool:
    """'the weekday service', 'per kilo price': a base form after a singular common noun cannot be
    that noun's verb ('The city use' does not agree), so it is a noun of the same phrase."""
    return (
        "NOUN" in before.classes
        and before.text.islower()
        and not before.has("PRON", "DET", "POSS", "NUM")
        and not before.lower.endswith("s")
        and before.lower not in PLURAL_WITHOUT_S
        and "BASE" in word.classes
        and not word.lower.endswith(("s", "ed"))
        and word.lower not in PAST_AS_BASE
    )


ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern", "ish", "ian", "ese")


def _plain_adjective(word: Word) -> bool:
    """An adjective that is no noun ('new'), or one whose ending marks it ('local', 'northern');
    not a noun that modifies ('council', 'city')."""
    return word.has("ADJ") and (not word.has("NOUN") or word.lower.endswith(ADJECTIVE_ENDINGS))


TIME_DETERMINERS = frozenset("this these that those last next every each".split())
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = frozenset("January February March April May June July August September October November December".split())
DEICTIC_TIMES = frozenset("yesterday today tomorrow tonight".split())


def _opens_time_phrase(words: list[Word], position: int) -> bool:
    word = words[position]
    if word.lower in DEICTIC_TIMES:
        return True
    following = words[position + 1] if position + 1 < len(words) else None
    return word.lower in ("next", "last") and following is not None and following.lower in ADVERBIAL_NOUNS


def _singular_verb(word: Word) -> bool:
    return word.has("FIN") and "VBZ" in verb_forms(word.lower) and is_plural_noun(word)


def _noun_phrase(words: list[Word], index: int) -> int:
    """End index (exclusive) of the noun phrase starting at index (index itself when none starts)."""
    count = len(words)
    if index >= count:
        return index
    first = words[index]
    following = words[index + 1] if index + 1 < count else None
    position = index
    if first.lower in ("this", "that") and following is not None and _singular_verb(following):
        return index + 1  # "This means ...": a pronoun subject and its verb
    if first.has("DET", "POSS") and not first.has("SUB"):
        position += 1
        # "no such request", "all the", "such a": a second determiner belongs to the same phrase.
        if position < count and words[position].has("DET") and not words[position].has("SUB", "PRON"):
            position += 1
    elif (
        first.has("PRON")
        and first.lower in SUBJECT_PRONOUNS | OBJECT_PRONOUNS
        and not (first.has("POSS") and following and _is_nominal(following))
    ):
        return index + 1
    elif first.has("SUB"):
        return index  # "whose": a relative word opens a clause, not a noun phrase
    elif first.has("POSS"):
        position += 1
    if position == index and first.has("VBG"):
        return index  # "saying ...", "facing ...": a participle phrase, not a noun phrase
    while position < count:
        word = words[position]
        if word.has("GEN") and position > index:
            position += 1
            continue
        if (
            position > index
            and words[position - 1].lower in ADVERBIAL_NOUNS
            and first.lower in TIME_DETERMINERS
            and not word.has("PROPN")
        ):
            break  # "these days", "last week": a time phrase ends here
        if (
            position == index + 1
            and first.text in WEEKDAYS
            and not word.has("PROPN", "NUM")
            and word.lower not in ADVERBIAL_NOUNS
        ):
            break  # "on Tuesday new measures": the day ends its phrase ("Tuesday night", "Tuesday 5 May" go on)
        if (
            word.classes == {"ADV"}
            and (word.lower.endswith("ly") or words[position - 1].has("DET"))
            and position > index
            and not words[position - 1].has("NOUN", "PROPN")
            and position + 1 < count
            and words[position + 1].has("ADJ", "VBN")
            and not words[position + 1].has("FIN")
        ):
            position += 1  # "the criminally insane"
            continue
        after = words[position + 1] if position + 1 < count else None
        if (
            position > index
            and word.has("VBG")
            and (after is None or not _is_nominal(after))
            and not words[position - 1].has("DET", "POSS")
        ):
            break  # "the risks facing the economy": a participle phrase after the noun ("the meeting" is none)
        participle = (
            word.has("VBN", "VBG") and position > index and position + 1 < count and _is_nominal(words[position + 1])
        )
        if not (_is_nominal(word) or participle):
            break
        if position > index and _reads_as_verb(words, position):
            break
        if position > index and word.has("NUM") and _number_opens_phrase(words, position):
            break  # "in the first innings 245 runs": a number after a noun opens a new phrase
        if position > index and words[position - 1].has("NOUN", "PROPN") and _opens_time_phrase(words, position):
            break  # "the parliament next week", "the mayor yesterday": a time adverbial follows
        position += 1
    return position


def _number_opens_phrase(words: list[Word], position: int) -> bool:
    """A number after a common noun starts a noun phrase of its own when the noun is plural
    ('innings 245 runs') or the number counts what follows ('the meeting 40 new posts'); not
    in 'the year 2020', 'flight 370', 'the top 10 players'."""
    previous = words[position - 1]
    if not previous.has("NOUN") or previous.has("PROPN", "ADJ", "NUM"):
        return False
    if is_plural_noun(previous):
        return True
    following = words[position + 1] if position + 1 < len(words) else None
    return following is not None and _is_nominal(following) and not following.has("NUM")


def _opens_clause(words: list[Word], index: int) -> bool:
    """Whether 'after'/'since'/'before' at index opens a clause ('after the war ended') rather
    than a prepositional phrase ('after long talks'): a verb follows its noun phrase."""
    end = _noun_phrase(words, index + 1)
    if end == index + 1 or end >= len(words):
        return False
    verb = words[end]
    return verb.has("AUX", "MODAL") or verb.has("FIN") and not verb.has("NOUN", "ADJ")


def chunk(words: list[Word]) -> list[Chunk]:
    """Group a clause's words into NP, PP, VERB, INF, ADV, SUB and OTHER chunks (coordinated NPs merge)."""
    chunks: list[Chunk] = []
    index = 0
    count = len(words)
    while index < count:
        word = words[index]
        following = words[index + 1] if index + 1 < count else None
        verb_at = index + 1
        while verb_at < count and words[verb_at].classes == {"ADV"}:
            verb_at += 1  # "to artificially manufacture"
        if (
            word.lower == "to"
            and verb_at < count
            and words[verb_at].has("BASE")
            and not words[verb_at].has("DET", "POSS")
        ):
            chunks.append(Chunk("INF", words[index : verb_at + 1]))
            index = verb_at + 1
            continue
        if word.lower in ("such", "no") and following is not None and following.lower in ("as", "longer"):
            start = index
            index = _noun_phrase(words, index + 2) if following.lower == "as" else index + 2
            chunks.append(Chunk("PP" if following.lower == "as" else "ADV", words[start:index]))
            continue
        if word.has("PREP") and (not word.has("SUB") or not _opens_clause(words, index)):
            start = index
            index += 1
            while index < count and (words[index].classes == {"ADV"} or words[index].lower in DEGREE):
                index += 1  # "with as many", "for more than"
            if index < count and words[index].has("VBG") and not words[index].has("NOUN"):
                index += 1
            index = _noun_phrase(words, index)
            chunks.append(Chunk("PP", words[start:index]))
            continue
        if _opens_time_phrase(words, index):
            # "last year", "yesterday evening" (not "last year 10 million cars")
            paired = index + 1 < count and words[index + 1].lower in ADVERBIAL_NOUNS
            end = index + 2 if word.lower in ("next", "last") or paired else index + 1
            chunks.append(Chunk("NP", words[index:end]))
            index = end
            continue
        after_subject = bool(chunks) and (
            chunks[-1].kind in ("NP", "PP", "ADV") or chunks[-1].words[-1].lower in ("that", "which", "who")
        )
        if word.has("AUX") or (
            word.has("FIN")
            and not word.has("DET", "POSS", "PRON", "PREP", "SUB", "PROPN", "GEN")
            and (not word.has("NOUN", "ADJ") or after_subject)
        ):
            start = index
            index += 1
            while index < count and (words[index].has("NEG", "AUX", "VBN", "BASE") or words[index].lower in ADVERBS):
                governor = index - 1
                while governor > start and words[governor].classes == {"ADV"}:
                    governor -= 1  # "will now go", "may also find": the adverb does not end the group
                after_modal = words[governor].has("MODAL", "NEG") or words[governor].lower in DO
                if words[index].has("DET", "PREP", "PRON") and not words[index].has("AUX"):
                    break
                if words[index].has("NOUN") and not (after_modal and words[index].has("BASE")):
                    break
                if words[index].has("BASE") and not words[index].has("AUX", "VBN") and not after_modal:
                    break  # "areas the strike will affect include": a second verb, not this group's
                index += 1
            chunks.append(Chunk("VERB", words[start:index]))
            continue
        end = _noun_phrase(words, index)
        if end > index:
            if chunks and chunks[-1].kind == "NP" and chunks[-1].words[-1].lower in COORDINATORS:
                chunks[-1].words.extend(words[index:end])
            else:
                chunks.append(Chunk("NP", words[index:end]))
            index = end
            if index + 1 < count and words[index].has("CONJ") and _noun_phrase(words, index + 1) > index + 1:
                chunks[-1].words.append(words[index])
                index += 1
            continue
        kind = "ADV" if word.has("ADV", "NEG") else "SUB" if word.has("SUB") else "PART" if word.has("VBG") else "OTHER"
        chunks.append(Chunk(kind, [word]))
        index += 1
    return chunks
