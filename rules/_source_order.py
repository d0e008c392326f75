"""Source-language word order left in place by machine translation (used by FR001).

English fixes the verb early: subject, finite verb, then objects and adverbials, and an
auxiliary or a modal sits right before its participle or infinitive. German and Dutch put the
verb at the end of a subordinate clause ("as the minister on Tuesday in Berlin explained"),
strand the participle or infinitive at the end of a main clause ("the companies must in future
fewer reports submit") and put the finite verb second after a fronted adverbial ("Meanwhile
warned the institute ..."). Japanese, Korean, Turkish, Hindi and Bengali are verb-final with
postpositions ("the summit after", "Seoul in") and put modifiers before the noun ("the Osaka in
held meeting"); Chinese puts time, place and 'to X' phrases before the verb ("He in Beijing with
the delegation held talks") and counts with measure words ("three pieces machines").

Each detector below reads one such shape from the word classes of lint/grammar.py and demands
evidence that no English reading has: an adverbial that cannot modify a noun (a time phrase, a
measure, 'already') followed by more material before a clause-final verb, a verb that is no
verb of place or motion after a fronted adverbial, and so on. Inversions English allows
(locative "In the corner stood a piano", quotative "said the minister", negative "Never have
we", "So did", "Only then did") stay silent by construction, and the tests list them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Iterator
from functools import lru_cache

from newslint import regexes
from newslint.grammar import (
    ADVERBIAL_NOUNS,
    ADVERBS,
    BE,
    CLOSED_CLASSES,
    DEICTIC_TIMES,
    DO,
    HAVE,
    MODALS,
    MONTHS,
    NUMBER_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
    Chunk,
    Word,
    chunk,
    clauses,
    forms_of_verbs,
    verb_forms,
    word_classes,
)
from newslint.lexicon import is_dictionary_word, parts_of_speech

Shape = tuple[int, int, str]


class Parsed:
    """A tagged sentence with its comma-separated pieces chunked once for all detectors."""

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.pieces = clauses(words)
        self._chunks: list[list[Chunk] | None] = [None] * len(self.pieces)

    def ends_on(self, number: int, classes: tuple[str, ...]) -> bool:
        """Whether a clause in the piece may end on a word of one of these classes (before the
        piece's end or before 'and'/'but'), so that chunking it is worth the time."""
        piece = self.pieces[number]
        if len(piece) < 4:
            return False
        return any(
            word.has(*classes) and (index == len(piece) - 1 or piece[index + 1].lower in CLAUSE_FOLLOWERS)
            for index, word in enumerate(piece)
            if index >= 3
        )

    def chunks(self, number: int) -> list[Chunk]:
        found = self._chunks[number]
        if found is None:
            found = self._chunks[number] = chunk(self.pieces[number])
        return found


BREAKS = frozenset(',;:.!?()[]—–"“”‘’')
COORDINATORS = frozenset("and but or nor".split())
# Words that open the next clause, so that the one before may end on its verb right before them.
SUBORDINATORS = frozenset("before after while until because".split())
CLAUSE_FOLLOWERS = COORDINATORS | SUBORDINATORS

# Nouns of time: a phrase headed by one (or by a number, a month or a weekday) is an adverbial,
# never a modifier of a person or an institution ("the minister on Tuesday").
TIME_NOUNS = (
    ADVERBIAL_NOUNS - frozenset("way ways reason reasons place places point points term".split())
    | DEICTIC_TIMES
    | frozenset("future past beginning end start half".split())
)
# Prepositions that open a time, place or measure adverbial (not 'of', which binds to its noun).
ADVERBIAL_PREPOSITIONS = frozenset(
    "on in at since from until till during before after by for within over throughout".split()
)
# Fixed prepositional phrases English puts anywhere, between an auxiliary and its participle too.
IDIOM_OBJECTS = frozenset(
    """part fact course first last least most then now once time turn effect way means extent
    degree moment principle practice theory general particular short full total all advance
    vain person public private secret sum brief addition contrast comparison return case order
    charge detail future fairness doubt common reality sight day date start outset""".split()
)
# Quantifiers that float after an auxiliary ("they will all leave"): no object in between.
FLOATING = frozenset("all both each either neither none themselves himself herself itself ourselves".split())
# Participles that follow their noun in English ("we have two games left", "the people involved").
POSTNOMINAL = frozenset(
    """left needed required involved concerned affected remaining wanted included attached enclosed
    listed named mentioned given expected planned proposed desired available used spent paid sold
    received offered taken made done injured killed wounded hurt suspended missing""".split()
)
MEASURES = frozenset("percent per cent % points point pct".split())


def _lower(word: Word) -> bool:
    return word.text[:1].islower()


def _is_break(word: Word) -> bool:
    return word.text in BREAKS


def _is_time_phrase(words: list[Word]) -> bool:
    """A noun phrase of time: a number, a month or weekday, a time noun ('the third quarter')."""
    return any(
        word.lower in TIME_NOUNS or word.has("NUM") and not word.lower.endswith("%") or word.text in MONTHS_AND_DAYS
        for word in words
    )


MONTHS_AND_DAYS = MONTHS | WEEKDAYS | frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _is_idiom(item: Chunk) -> bool:
    """'in part', 'at the time', 'by no means', 'of course': a fixed phrase, not an adverbial."""
    rest = item.words[1:]
    return not rest or rest[-1].lower in IDIOM_OBJECTS or any(word.lower in ("no", "any") for word in rest)


def adverbial_kind(item: Chunk) -> str:
    """'time' for a time phrase ('on Tuesday', 'next year'), 'measure' for 'by 0.2 percent',
    'adverb' for an adverb that is nothing else ('already'), '' for anything else."""
    first = item.words[0]
    if item.kind == "PP":
        if first.lower not in ADVERBIAL_PREPOSITIONS or _is_idiom(item):
            return ""
        if first.lower == "by" and any(word.lower in MEASURES for word in item.words):
            return "measure"
        return "time" if _is_time_phrase(item.words[1:]) else ""
    if item.kind == "NP" and (first.lower in DEICTIC_TIMES or first.lower in ("last", "next", "this")):
        return "time" if _is_time_phrase(item.words) else ""
    if item.kind == "ADV" and all(word.classes == {"ADV"} for word in item.words):
        return "adverb"
    return ""


def _ends_clause(chunks: list[Chunk], index: int) -> bool:
    """Whether chunks[index] closes its clause: the piece ends, or 'and'/'but' follows."""
    if index == len(chunks) - 1:
        return True
    following = chunks[index + 1].words[0]
    return following.lower in COORDINATORS


def _lexical_verb(item: Chunk) -> Word | None:
    """The verb of a one-word verb chunk that is a finite lexical verb or a participle (the
    chunker leaves a lone participle such as 'taken' outside any verb chunk)."""
    if len(item.words) != 1 or item.kind not in ("VERB", "OTHER", "PART"):
        return None
    if item.kind != "VERB" and not item.words[0].has("VBN"):
        return None
    verb = item.words[0]
    if verb.has("AUX", "MODAL", "PRON", "PROPN", "GEN") or not _lower(verb):
        return None
    forms = verb_forms(verb.lower)
    if verb.has("NOUN", "ADJ") and "VBD" not in forms:
        return None  # "the rules", "the output": a noun the chunker took for a verb
    return verb if forms & {"VBD", "VBZ", "VBP", "VBN"} else None


# --- verb-final clauses: subordinator, subject, adverbials, then the verb ---------------------

CLAUSE_OPENERS = frozenset(
    "that because although though if when while whereas since until as once whether after before".split()
)


def verb_final_clause(parsed: Parsed) -> Shape | None:
    """'as the minister on Tuesday in Berlin explained,': a clause whose only verb comes last,
    after a time or measure phrase and more material. English puts such a phrase after the
    verb; a subject followed by one adverbial ('the bank on Tuesday raised') is newsroom
    English, so one adverbial right before the verb is not enough."""
    pieces = parsed.pieces
    for number in range(len(pieces)):
        if not parsed.ends_on(number, ("FIN", "VBN")):
            continue
        chunks = parsed.chunks(number)
        # A piece after a comma opens a clause only after an introductory phrase or clause;
        # after a main clause it is an apposition ("..., the money the state spent").
        opens_clause = number == 0 or pieces[number - 1][0].has("PREP", "SUB")
        for start in _clause_starts(chunks, opens_clause):
            shape = _middle_field(chunks, start, first_piece=number == 0)
            if shape:
                return shape
    return None


def _clause_starts(chunks: list[Chunk], opens_clause: bool) -> list[tuple[int, int]]:
    """(chunk index, word offset) of each subject: the piece's first chunk when the piece opens
    a clause, and what follows an opener ('as', 'because', 'that'; an opener the chunker read
    as a preposition included)."""
    starts = [(0, 0)] if opens_clause else []
    if opens_clause and len(chunks) > 2 and adverbial_kind(chunks[0]) == "time" and chunks[1].kind == "NP":
        starts.append((1, 0))  # "In 2024 the airline a profit expects": the subject after a fronted time phrase
    for index, item in enumerate(chunks):
        opener = item.words[0].lower
        if opener not in CLAUSE_OPENERS:
            continue
        if item.kind == "PP" and len(item.words) > 1 and opener == "as":
            starts.append((index, 1))  # "As the economy minister": the subject is inside the PP
        elif item.kind == "SUB" and index + 1 < len(chunks):
            starts.append((index + 1, 0))
    return starts


def _middle_field(chunks: list[Chunk], start: tuple[int, int], first_piece: bool = True) -> Shape | None:
    index, offset = start
    subject = chunks[index]
    subject_words = subject.words[offset:]
    if subject.kind not in ("NP", "PP") or not subject_words or (subject.kind == "PP" and offset == 0):
        return None
    if subject_words[0].has("SUB", "VBG") or adverbial_kind(Chunk("NP", subject_words)) == "time":
        return None  # "Last year ...": a time phrase, not a subject
    if subject_words[-1].lower in TIME_NOUNS:
        return None  # "two weeks ago she left": a time phrase, not a subject
    tail = clause_tail(chunks, index + 1, "FIN")
    if tail is None:
        return None
    middle, verb = tail
    if subject.kind == "PP" and any(item.kind == "NP" for item in middle):
        return None  # "as a consequence of strikes in May output fell": a phrase, then the subject
    if _passive_end(chunks, verb):
        # A passive has no object to misplace: only a time phrase right after a sentence's
        # first noun phrase ('Prices in shops from August ... are displayed') is out of order.
        if (
            index
            or not first_piece
            or subject.kind != "NP"
            or not any(adverbial_kind(item) == "time" for item in middle[:2])
        ):
            return None
    elif not _misplaced_adverbials(middle) and not _after_pronoun(subject_words, middle):
        return None
    return (
        subject_words[0].start,
        verb.end,
        f"verb '{verb.text}' at the end of its clause: source word order left in place",
    )


MIDDLE_KINDS = ("PP", "ADV", "NP", "PART")


def clause_tail(chunks: list[Chunk], start: int, form: str) -> tuple[list[Chunk], Word] | None:
    """The phrases from chunks[start] up to a verb that closes the clause, and that verb, when
    no other verb comes first. form is the verb form wanted: 'VB' (after a modal), 'VBN'
    (after have or be) or 'FIN'. A clause-final word the chunker glued to the last noun phrase
    ('to the pension fund pay') is that verb when nothing else can be."""
    middle: list[Chunk] = []
    for position in range(start, len(chunks)):
        item = chunks[position]
        if item.kind == "SUB" and item.words[0].lower in PREPOSITIONS and position + 1 < len(chunks):
            item = Chunk("PP", item.words)  # "already before the election signed"
        if item.kind in MIDDLE_KINDS:
            if _ends_clause(chunks, position):
                verb = _glued_verb(item, form)
                if verb is None or any(_may_be_verb(other.words, form) for other in middle):
                    return None
                if _may_be_verb(item.words[:-1], form):
                    return None
                middle.append(Chunk(item.kind, item.words[:-1]))
                return middle, verb
            middle.append(item)
            continue
        group_verb = _verb_group(item) if form == "FIN" else None
        verb = group_verb or _lexical_verb(item) or _verb_after_adverb(item, middle, form)
        if verb is None or not _ends_clause(chunks, position) or not middle:
            return None
        if group_verb is None and not _has_form(verb, form):
            return None
        return middle, verb
    return None


GROUP_WORDS = frozenset("be been being not".split())


def _passive_end(chunks: list[Chunk], verb: Word) -> bool:
    """Whether the clause-final verb is a participle after a form of 'be' ('are displayed')."""
    for item in chunks:
        if item.words[-1] is verb:
            return len(item.words) > 1 and item.words[-2].lower in BE
    return False


def _verb_group(item: Chunk) -> Word | None:
    """The main verb of a verb chunk that opens on a finite auxiliary and holds nothing else
    before it ('will introduce', 'have filed', 'was not arrested'): the group is finite as a
    whole, so it may close a verb-final clause ('a complaint have filed')."""
    words = item.words
    if item.kind != "VERB" or len(words) < 2 or words[0].lower not in AUXILIARY_WORDS:
        return None
    if any(word.lower not in VERB_GROUP_WORDS for word in words[1:-1]):
        return None
    verb = words[-1]
    if not _lower(verb) or verb.has("AUX", "MODAL", "PRON", "PROPN", "GEN", "DET", "PREP"):
        return None
    return verb if verb_forms(verb.lower) & {"VB", "VBN"} else None


def _verb_after_adverb(item: Chunk, middle: list[Chunk], form: str) -> Word | None:
    """'will ... significantly rise': a word that may be a noun ('rise', 'fall') is the modal's
    infinitive when an adverb comes right before it (an adverb does not modify a noun)."""
    if form != "VB" or not middle or middle[-1].kind != "ADV" or adverbial_kind(middle[-1]) != "adverb":
        return None
    if len(item.words) != 1 or item.kind != "VERB":
        return None
    verb = item.words[0]
    if verb.has("AUX", "MODAL", "PRON", "PROPN", "GEN", "ADJ") or not _lower(verb):
        return None
    return verb


def _has_form(verb: Word, form: str) -> bool:
    forms = verb_forms(verb.lower)
    if form == "FIN":
        return bool(forms & {"VBD", "VBZ", "VBP"}) or "VBN" in forms and verb.has("FIN")
    return form in forms


def _may_be_verb(words: list[Word], form: str) -> bool:
    """Whether a phrase holds a word that can be the verb wanted where a verb may stand: at its
    start, or after an adverb ('must first clear the road'), so no glued verb is needed."""
    return any(
        _has_form(word, form)
        and (position == 0 or words[position - 1].has("ADV") and not words[position - 1].has("DET"))
        for position, word in enumerate(words)
    )


def _glued_verb(item: Chunk, form: str) -> Word | None:
    """'to the pension fund pay', 'on strike go': the clause's verb at the end of a phrase."""
    if item.kind not in ("NP", "PP") or len(item.words) < (3 if item.kind == "PP" else 2):
        return None
    verb, before = item.words[-1], item.words[-2]
    if not _lower(verb) or verb.has("PROPN", "NUM", "GEN", "DET", "PRON", "PREP", "ADV") or not _has_form(verb, form):
        return None
    if form == "FIN" and (verb.has("NOUN", "ADJ") or not verb_forms(verb.lower) & {"VBD", "VBN"}):
        # "... through the tunnel network", "thank": a noun or a base form; only an auxiliary's
        # missing verb may be one of those.
        return None
    if before.has("DET", "POSS", "PREP"):
        return None
    if not before.has("NOUN", "PROPN", "NUM") and not (form == "VB" and before.has("ADV")):
        return None  # after a modal an adverb may come last before the verb ("not alone leave")
    return verb


def _after_pronoun(subject: list[Word], middle: list[Chunk]) -> bool:
    """'He according to the prosecutors for a gang worked': phrases after a pronoun subject
    cannot modify it, so two of them before a clause-final verb are out of place ('He at
    first refused' has one, and a fixed one)."""
    if len(subject) != 1 or subject[0].lower not in SUBJECT_PRONOUNS:
        return False
    words = [word for item in middle for word in item.words]
    if any(word.has("PRON") or word.text.islower() and not is_dictionary_word(word.text) for word in words):
        return False  # slang, a foreign word or a second pronoun ("she gave him ..."): no phrases
    phrases = [item for item in middle if item.kind in ("PP", "PART", "NP") and not _is_idiom(item)]
    return len(phrases) > 1 and any(item.kind == "PP" for item in phrases)


def _misplaced_adverbials(middle: list[Chunk]) -> bool:
    """Phrases no English clause puts between its subject and a clause-final verb: a measure
    right before the verb ('by 0.2 percent shrunk'), an object, a time phrase with more after
    it ('on Tuesday in Berlin explained'), 'already' with a phrase after it."""
    if not middle:
        return False
    kinds = [adverbial_kind(item) for item in middle]
    if kinds[-1] == "measure":
        return True
    # A noun phrase after another phrase, or one that opens with a number, is an object
    # before its verb ("in the first round 245 points scored"); not after a participle, whose
    # object it is ("pictures of the team holding the cup at the parade appeared"), nor next
    # to a pronoun (a new clause) or an unknown word (slang, a foreign phrase).
    participle = any(item.kind == "PART" or item.words[0].has("VBG") for item in middle) or any(
        word.has("PRON") or word.text.islower() and not is_dictionary_word(word.text)
        for item in middle
        for word in item.words
    )
    if not participle and any(
        item.kind == "NP" and not kinds[position] and (position or _object_first(item, middle))
        for position, item in enumerate(middle)
    ):
        return True
    for position, kind in enumerate(kinds[:-1]):
        later = middle[position + 1 :]
        while later and later[-1].kind == "ADV":
            later = later[:-1]  # "rents over the past year also rose": an adverb before its verb
        if kind == "time" and any(item.kind != "PP" or item.words[0].lower != "of" for item in later):
            return True
        if kind == "adverb" and any(
            item.kind == "PP" or item.kind == "NP" and not item.words[0].has("PRON") for item in later
        ):
            return True
    return False


def _object_first(item: Chunk, middle: list[Chunk]) -> bool:
    """A noun phrase right after the subject is its object when it opens with a number ('245
    points scored') or with an article and more phrases follow ('the suspect at the airport
    arrested'); one bare noun there may be an apposition or part of a name."""
    first = item.words[0]
    return first.has("NUM") or first.lower in ("the", "a", "an") and len(middle) > 1


# --- an auxiliary or modal far from its participle or infinitive -----------------------------

FINITE_HAVE = HAVE - {"having"}
FINITE_BE = BE - {"be", "been", "being"}


def stranded_verb(parsed: Parsed) -> Shape | None:
    """'The companies must in future fewer reports to the authorities submit.': the infinitive
    or participle at the clause end, its auxiliary long before, with objects and adverbials in
    between (the German 'bracket'). English keeps them together ('must submit', 'is anchored')."""
    pieces = parsed.pieces
    for number in range(len(pieces)):
        if not parsed.ends_on(number, ("BASE", "VBN")) or not any(word.has("AUX") for word in pieces[number]):
            continue
        chunks = parsed.chunks(number)
        for index, item in enumerate(chunks):
            auxiliary = _bare_auxiliary(item)
            if auxiliary is None:
                continue
            # No subject before the auxiliary: a question, a condition or an inversion
            # ("Should the talks fail", "Only then did the police arrive").
            inverted = index == 0 or chunks[index - 1].kind != "NP"
            if index == 0 and number and pieces[number - 1][0].lower not in CLAUSE_OPENERS:
                continue  # after a main clause and a comma: a question tag or an aside
            fronted = inverted and index > 0 and _fronted_adverbial(chunks[:index])
            shape = _bracket(chunks, index, auxiliary, inverted, fronted)
            if shape:
                return shape
    return None


def _bare_auxiliary(item: Chunk) -> Word | None:
    """The auxiliary of a verb chunk that holds no main verb ('must', 'has', 'is not')."""
    if item.kind != "VERB":
        return None
    auxiliary = item.words[0]
    if not _lower(auxiliary) and auxiliary.lower not in MODALS:
        return None
    if auxiliary.lower not in MODALS | DO | FINITE_HAVE | FINITE_BE:
        return None
    if any(not (word.has("NEG") or word.classes == {"ADV"}) for word in item.words[1:]):
        return None
    return auxiliary


# Fronted words after which English inverts its auxiliary and subject ('Never had the city
# seen', 'Only then was the road reopened', 'So severe was the damage').
INVERTING_WORDS = frozenset(
    "never rarely seldom hardly scarcely barely little only not nowhere so such neither nor no".split()
) | frozenset(("there", "here"))  # and the existential 'There was not much rugby played


def _fronted_adverbial(chunks: list[Chunk]) -> bool:
    """Whether the chunks before an auxiliary are a time or place phrase and nothing that makes
    English invert ('On Sunday was also the road closed': verb-second order of German, Dutch,
    the Nordic languages; not 'Only then was the road closed')."""
    if not all(item.kind in ("PP", "ADV") or adverbial_kind(item) == "time" for item in chunks):
        return False
    return not any(word.lower in INVERTING_WORDS for item in chunks for word in item.words)


def _bracket(chunks: list[Chunk], index: int, auxiliary: Word, inverted: bool, fronted: bool = False) -> Shape | None:
    form = "VB" if auxiliary.lower in MODALS | DO else "VBN"
    tail = clause_tail(chunks, index + 1, form)
    if tail is None:
        return None
    middle, verb = tail
    adverbs_only = all(item.kind == "ADV" or all(word.lower in DEGREE_WORDS for word in item.words) for item in middle)
    if adverbs_only or not _fits_auxiliary(auxiliary, verb, middle):
        return None  # "has recently agreed", "were much more careful": English
    if not (_fronted_inversion(auxiliary, middle) if fronted else _bracket_evidence(auxiliary, middle, inverted)):
        return None
    start = chunks[index - 1].words[0].start if index and not inverted else auxiliary.start
    return start, verb.end, f"'{auxiliary.text} ... {verb.text}': verb left at the end of its clause"


def _fronted_inversion(auxiliary: Word, middle: list[Chunk]) -> bool:
    """After a fronted time or place phrase: 'was' or 'had', then a determined subject, then the
    participle ('On Sunday was also the main road closed'). English writes 'was the road
    closed' only in a question, which a fronted phrase does not open."""
    phrases = [item for item in middle if item.kind != "ADV"]
    if auxiliary.lower not in FINITE_BE | FINITE_HAVE or not phrases or phrases[0].kind != "NP":
        return _bracket_evidence(auxiliary, middle, True)
    return phrases[0].words[0].lower in ("the", "a", "an", "this", "these", "its", "their", "his", "her", "our")


def _fits_auxiliary(auxiliary: Word, verb: Word, middle: list[Chunk]) -> bool:
    if auxiliary.lower in MODALS | DO:
        return not verb.has("ADJ") and (not verb.has("NOUN") or middle[-1].kind != "NP")
    if verb.lower in POSTNOMINAL and middle[-1].kind in ("NP", "PP"):
        return False  # "we have two games left": a participle after its noun
    # An adjective-like participle ('closed') only after a time or measure phrase.
    return not verb.has("ADJ") or any(adverbial_kind(item) in ("time", "measure") for item in middle)


def _bracket_evidence(auxiliary: Word, middle: list[Chunk], inverted: bool) -> bool:
    """Material between auxiliary and verb that English cannot put there."""
    kinds = [adverbial_kind(item) for item in middle]
    noun_phrases = [item for item in middle if item.kind == "NP" and not kinds[middle.index(item)]]
    idiom = any(item.kind == "PP" and _is_idiom(item) and item.words[0].lower != "of" for item in middle)
    if idiom and not noun_phrases:
        return False  # "is in no way connected", "was by then exhausted"
    if any(item.words[0].lower in FLOATING or item.words[0].has("PRON") for item in noun_phrases):
        return False
    if inverted:
        # "Should the talks fail", "Will the government survive": the subject follows the
        # auxiliary; only an adverbial wedged after it ('already from January') is foreign.
        if not noun_phrases or middle[0] is not noun_phrases[0]:
            return False
        return _misplaced_adverbials(middle[1:]) or len(noun_phrases) > 1
    # One time phrase alone is marked but English ("the shares have this year doubled").
    strong = (
        len(middle) > 1
        and any(kind in ("time", "measure") for kind in kinds)
        or any(
            kind == "adverb" and any(item.kind in ("PP", "NP") for item in middle[position + 1 :])
            for position, kind in enumerate(kinds)
        )
    )
    if auxiliary.lower in MODALS | DO:
        # "will in future publish" is English; an object before the infinitive is not, nor
        # are two phrases ("must in future fewer reports to the authorities submit").
        if noun_phrases:
            return len(middle) > 1 or len(noun_phrases[0].words) > 1
        phrases = [item for item in middle if item.kind == "PP" and not _is_idiom(item)]
        # One long phrase holds a noun phrase the chunker ran into it ("for the new
        # curriculum additional courses attend").
        return len(phrases) > 1 or bool(phrases) and len(phrases[0].words) > 4
    if auxiliary.lower in FINITE_HAVE:
        if strong or len(noun_phrases) > 1:
            return True
        if middle[0].kind in ("PP", "ADV") and noun_phrases:
            return True  # "have in Brussels a compromise reached"
        # "had their homes destroyed" (causative) vs "have the signals of the economy understood".
        return (
            auxiliary.lower != "had"
            and bool(noun_phrases)
            and middle[0] is noun_phrases[0]
            and noun_phrases[0].words[0].lower == "the"
            and any(item.kind == "PP" for item in middle)
        )
    # be: "is in the Basic Law anchored", "was on Monday approved"; not "is the aim achieved".
    if middle[0].kind == "NP":
        return False
    return strong or any(
        item.kind == "PP" and item.words[0].lower in ADVERBIAL_PREPOSITIONS and item.words[-1].has("PROPN")
        for item in middle
    )


# --- a participle or infinitive followed by its auxiliary ------------------------------------

CLUSTER_AUXILIARIES = frozenset("is are was were has have had".split())
DEGREE_WORDS = frozenset("as so how too very more most less least much far what whatever however".split())


def verb_cluster_end(parsed: Parsed) -> Shape | None:
    """'that output by 0.2 percent shrunk is', 'that demand strong remains', 'passengers 50
    rupees pay must': the verb group's last word at the clause end, after the participle,
    adjective or infinitive that English puts after it (German 'geschrumpft ist', Turkish and
    Hindi verb-final order)."""
    words = parsed.words
    for index in range(2, len(words) - 1):
        first, last, before = words[index - 1], words[index], words[index - 2]
        following = words[index + 1]
        if not _lower(last) or not _lower(first) or following.text == ":":
            continue  # "The items ordered were: ...": a list follows
        if not (_is_break(following) or following.lower in CLAUSE_FOLLOWERS):
            continue
        if following.lower in SUBORDINATORS and not (first.has("VBN") and following.lower != "because"):
            continue  # 'The reason is because', 'The talk is after lunch': only 'closed was before'
        if last.lower in COPULAS and following.text != "," and _predicate_before_copula(words, index):
            message = f"linking verb '{last.text}' at the end of its clause, after its predicate"
        elif before.lower in DEGREE_WORDS or before.has("AUX", "PRON", "DET", "POSS", "PREP") or _is_break(before):
            continue  # "how tired they were", "as expected was", "than the market can": English
        elif last.lower in CLUSTER_AUXILIARIES and _clustered_participle(first, before):
            message = f"auxiliary after its participle ('{first.text} {last.text}')"
        elif last.lower == "been" and first.lower in FINITE_HAVE and _participle_before_perfect(words, index):
            message = f"auxiliary after its participle ('{before.text} {first.text} {last.text}')"
        elif last.lower in COPULAS and _predicate_adjective(first, last) and before.has("NOUN", "PROPN"):
            message = f"linking verb after its adjective ('{first.text} {last.text}')"
        elif last.lower in MODALS and _stranded_infinitive(first, before):
            message = f"modal after its verb ('{first.text} {last.text}')"
        else:
            continue
        start = max(0, index - 8)
        while start < index - 1 and _is_break(words[start]):
            start += 1
        return words[start].start, last.end, message
    return None


COPULAS = frozenset("remain remains remained stay stays stayed become becomes became is are was were".split())


def _predicate_adjective(word: Word, copula: Word) -> bool:
    """An adjective before its linking verb ('strong remains'); 'closed remains' too, where
    the verb is no form of 'be' (a participle before 'is' is a passive, see above)."""
    if word.classes == {"ADJ"}:
        return True
    return copula.lower not in FINITE_BE and word.has("ADJ") and word.has("VBN") and not word.has("NOUN")


def _predicate_before_copula(words: list[Word], index: int) -> bool:
    """'the team after the defeat very disappointed was', 'in the second game all out became': a
    linking verb that closes a clause whose predicate came before it (Turkish, Hindi, Bengali,
    Japanese, Korean order). English ends a clause on one only when a question word, a
    comparison or a pronoun right before it moved the predicate ('where the money is', 'the
    player he once was'), so a clause of four words or more holding none of those is out of
    order."""
    start = index - 1
    while start > 0 and not _is_break(words[start - 1]) and words[start - 1].lower not in COORDINATORS:
        start -= 1
    clause = words[start:index]
    if len(clause) < 4 or not clause[0].has("DET", "POSS", "NOUN", "PROPN", "NUM"):
        return False
    near = clause[-3:]
    if any(word.has("PRON", "AUX", "MODAL") or word.lower in ("there", "here", "not") for word in near):
        return False
    if any(word.lower in OPEN_PREDICATE_WORDS for word in clause):
        return False
    if any(
        before.lower == "the" and (word.lower in ("more", "less") or word.lower.endswith("er") and word.has("ADJ"))
        for before, word in zip(clause, clause[1:], strict=False)
    ):
        return False  # "the higher the price was": a comparison of two clauses
    # The subject must come first: a word that may be a verb (not the predicate right before
    # the linking verb) means the clause had its verb ('broke ... trying to figure out').
    return not any(word.has("FIN", "VBG") and not word.has("NOUN", "PROPN") for word in clause[1:-2])


def _participle_before_perfect(words: list[Word], index: int) -> bool:
    """'the agreements with 12 firms revised have been': a participle before 'have been' at the
    end of its clause (Urdu, Hindi, Turkish order)."""
    return index >= 3 and _clustered_participle(words[index - 2], words[index - 3])


def _clustered_participle(participle: Word, before: Word) -> bool:
    """'shrunk' in 'by 0.2 percent shrunk is': a participle, not a noun ('the cut is') nor an
    adjective after a degree word ('so tired was')."""
    if not participle.has("VBN") or participle.has("PRON", "DET", "PREP"):
        return False
    if participle.has("NOUN") and verb_forms(participle.lower) != {"VBN"}:
        return False  # "the cut", "the set": a noun; "fallen", "taken" are participles only
    return not participle.has("ADJ") or before.has("NUM", "NOUN", "PROPN") or before.lower in MEASURES


def _stranded_infinitive(verb: Word, before: Word) -> bool:
    """'50 rupees pay must': an infinitive before its modal, after a plural noun or a number,
    where it cannot be the noun of a comparison ('faster than the market can')."""
    if not verb.has("BASE") or verb.has("ADJ", "ADV", "PRON", "PREP", "DET", "NEG", "AUX"):
        return False
    if not verb.has("NOUN"):
        return before.has("NOUN", "PROPN", "NUM")
    # "Two options could ...": after a number, a noun is that number's noun.
    return before.has("NOUN") and before.lower.endswith("s") and not before.has("FIN", "NUM")


# --- verb second after a fronted adverbial ---------------------------------------------------

# Sentence adverbs after which English never inverts subject and verb.
V2_ADVERBS = frozenset(
    """meanwhile nevertheless nonetheless moreover furthermore therefore consequently subsequently
    afterwards additionally accordingly hence also still already now then today yesterday
    recently currently previously initially finally later earlier likewise similarly besides
    tomorrow""".split()
)
# Fronted words that license inversion in English ("Never have we", "Only then did", "So did").
INVERTING = frozenset(
    """never only not no nor neither so such rarely seldom little hardly scarcely barely nowhere
    thus here there well as than""".split()
)
WH_WORDS = frozenset("what which who whom whose how why when where whatever".split())
# Words that let a linking verb end an English clause: a question word, a comparison, a degree
# word ("whatever the reason was", "bigger than it is", "as strong as the pound is").
OPEN_PREDICATE_WORDS = WH_WORDS | frozenset("whoever wherever however whether as so such than".split())

# Verbs of place, motion, appearance and existence: English inverts them after a place phrase
# ("In the corner stood a piano", "Then came the floods", "Into the room walked the minister").
_INVERSION_LEMMAS = """come go walk run fly rise fall sit stand lie hang live dwell remain stay
follow emerge appear exist arrive enter loom lurk flow stretch spread begin end start ride march
burst step roll drift float rest grow sleep reside wait ensue erupt break return pass sound ring
shine hover tower sail climb crawl rush race stride swing sweep spring dawn await belong lay""".split()
_IRREGULAR_MOTION = """came went gone run ran flew flown rose risen fell fallen sat stood lay lain
hung lived began begun rode ridden burst grew grown slept broke broken rang rung shone sprang
sprung swung swept strode arose arisen""".split()


def _verb_forms_of(lemmas: list[str], irregular: list[str]) -> frozenset[str]:
    """Every form of the verbs among lemmas ('walk walks walked'), and the irregular forms listed."""
    return forms_of_verbs(lemmas) | frozenset(irregular)


INVERSION_VERBS = _verb_forms_of(_INVERSION_LEMMAS, _IRREGULAR_MOTION)
# After a time phrase English inverts only verbs of coming and beginning ("In 1990 came the fall").
SEQUENCE_VERBS = _verb_forms_of(
    "come follow begin start end arrive emerge appear ensue erupt break dawn pass".split(),
    "came began begun broke broken arose arisen".split(),
)


def _time_front(front: list[Chunk]) -> bool:
    """A fronted time phrase or time adverb ('In March', 'Meanwhile'), not a place ('Into the room')."""
    first = front[0]
    if first.kind == "ADV":
        return first.words[0].lower not in ("then", "now")
    return adverbial_kind(first) == "time"


# Verbs whose subject may be a time noun ("Last year saw", "Today marks"): the time is the subject.
TIME_SUBJECT_VERBS = frozenset(
    "saw sees see mark marks marked bring brings brought witness witnessed witnesses".split()
)
COMPARATIVE_RE = regexes.compile(r"\p{Ll}{3,}er")


def verb_second(parsed: Parsed) -> Shape | None:
    """'Meanwhile warned the institute of ...', 'In October was the number 18 percent higher':
    a fronted adverbial, then the finite verb, then the subject (German and Dutch verb-second)."""
    if not parsed.pieces or parsed.words[-1].text == "?":
        return None
    chunks = parsed.chunks(0)
    front = _fronted(chunks)
    if front is None:
        return None
    count, time_noun_front = front
    if count + 1 >= len(chunks):
        return None
    verb_chunk, subject = chunks[count], chunks[count + 1]
    if verb_chunk.kind != "VERB" or subject.kind != "NP":
        return None
    verb = verb_chunk.words[0]
    rest = chunks[count + 2 :]
    if _auxiliary_before_pronoun(verb_chunk, subject, rest):
        pass  # 'Until then must we live': only a question puts a pronoun after the auxiliary
    elif not _definite_subject(subject):
        return None
    if not _lower(verb) or verb.has("PRON"):
        return None  # "At least that's what fans hope": a pronoun subject
    if verb.lower in FINITE_BE:
        if len(verb_chunk.words) > 1 or not _inverted_be(chunks[:count], time_noun_front, subject, rest):
            return None
    elif verb.has("AUX", "MODAL"):
        if len(verb_chunk.words) > 1 or not any(item.kind == "VERB" for item in rest):
            return None
        if time_noun_front and not _verb_form_after_auxiliary(verb, rest[0]):
            return None  # 'Today has the makings of ...': the time noun is the subject
    elif not _inverted_lexical_verb(verb, verb_chunk, chunks[:count], subject, time_noun_front):
        return None
    end = subject.words[-1].end
    return (
        chunks[0].words[0].start,
        end,
        f"verb before its subject after a fronted phrase ('{verb.text} {subject.words[0].text}')",
    )


PERSONAL_SUBJECTS = frozenset("i we you he she they".split())


def _auxiliary_before_pronoun(verb_chunk: Chunk, subject: Chunk, rest: list[Chunk]) -> bool:
    """An auxiliary or a modal, a personal pronoun, then a verb: 'must we live', 'will they open'."""
    return (
        len(verb_chunk.words) == 1
        and verb_chunk.words[0].has("AUX", "MODAL")
        and verb_chunk.words[0].lower not in FINITE_BE
        and len(subject.words) == 1
        and subject.words[0].lower in PERSONAL_SUBJECTS
        and bool(rest)
        and rest[0].kind == "VERB"
        and _verb_form_after_auxiliary(verb_chunk.words[0], rest[0])
    )


def _verb_form_after_auxiliary(auxiliary: Word, following: Chunk) -> bool:
    """Whether the chunk after the subject is the verb the auxiliary governs: a participle after
    'has', a base form after a modal or 'did' ('Today has the council decided', 'This year will
    the city spend'), not a noun phrase's verb ('Today has the makings of ...')."""
    if following.kind != "VERB":
        return False
    word = following.words[0]
    if auxiliary.lower in HAVE:
        return word.has("VBN")
    if auxiliary.has("MODAL") or auxiliary.lower in DO:
        return word.has("BASE")
    return False


# 'Until then', 'Since now': a clause opener before a time adverb fronts a phrase, not a clause.
UNTIL_WORDS = frozenset("until till since".split())
UNTIL_TIMES = frozenset("then now today".split())


def _fronted(chunks: list[Chunk]) -> tuple[int, bool] | None:
    """How many chunks form the fronted adverbial, and whether it is a bare time noun phrase
    ('Yesterday', 'Last year', which may also be a subject); None when the sentence does not
    open with an adverbial or opens with one that licenses inversion."""
    first = chunks[0]
    lowers = [word.lower for item in chunks[:2] for word in item.words]
    if first.words[0].lower in INVERTING or any(word in WH_WORDS or word in ("no", "not", "only") for word in lowers):
        return None
    if first.kind == "ADV" and len(first.words) == 1 and first.words[0].lower in V2_ADVERBS:
        if first.words[0].lower in DEICTIC_TIMES:
            count = 2 if len(chunks) > 2 and chunks[1].kind == "NP" and _is_time_phrase(chunks[1].words) else 1
            return count, True
        return 1, False
    if first.kind == "NP" and adverbial_kind(first) == "time":
        return 1, True
    if (
        len(first.words) == 1
        and first.words[0].lower in UNTIL_WORDS
        and len(chunks) > 1
        and len(chunks[1].words) == 1
        and chunks[1].words[0].lower in UNTIL_TIMES
    ):
        return 2, False
    if (
        first.kind == "PP"
        and (first.words[0].lower in FRONTING_PREPOSITIONS or _topic_about(first))
        and not _is_idiom(first)
    ):
        count = 1
        while count < len(chunks) and chunks[count].kind == "PP" and chunks[count].words[0].lower == "of":
            count += 1
        if any(_hides_subject(item) for item in chunks[:count]):
            return None
        return count, False
    return None


# Prepositions of a fronted adverbial; not 'about', 'around', 'over', 'under', 'up to', which
# also count a subject ("Around 300 farmers joined the protest").
# Nor 'after', 'before', 'since', 'until', which open clauses ("After the minister left the
# room, ...") as often as they front a phrase.
FRONTING_PREPOSITIONS = frozenset("in on at during from within by for through throughout among between behind".split())


# Words after 'about the' that make it a quantity or a time ('About the same number came').
ABOUT_QUANTITIES = frozenset(
    "same half third quarter fifth tenth dozen size time number amount level rest length width".split()
)
TOPIC_DETERMINERS = frozenset("the this that these those his her its their our".split())


def _topic_about(front: Chunk) -> bool:
    """'About the complaint decided the court': 'about' and a definite noun phrase as the
    topic (German 'Über', Czech 'O', Polish 'O'), not a count ('About 300 farmers', 'About
    the same number')."""
    words = front.words
    return (
        len(words) >= 3
        and words[0].lower == "about"
        and words[1].lower in TOPIC_DETERMINERS
        and words[2].lower not in ABOUT_QUANTITIES
        and not words[2].has("NUM")
    )


def _hides_subject(front: Chunk) -> bool:
    """'In May Smith resigned', 'In the EU prices rose', 'In a letter Microsoft
    said': the chunker ran the adverbial into the subject; a name after a time word or a
    common noun, or a common noun after a name, starts the subject."""
    words = front.words[1:]
    for previous, word in zip(words, words[1:], strict=False):
        if previous.has("NUM") and word.has("NOUN", "PROPN") and word.lower not in TIME_NOUNS:
            return True  # "In the 1980s Helmut Kohl led": a number, then the subject
        if word.has("NUM") or word.lower == "of":
            continue
        if previous.has("PROPN") and (word.has("PROPN") is False or previous.text in MONTHS_AND_DAYS):
            return True
        if previous.has("NOUN") and not previous.has("PROPN") and word.has("PROPN"):
            return True
        if previous.lower in TIME_NOUNS and word.has("NOUN", "PROPN"):
            return True
    return False


def _definite_subject(subject: Chunk) -> bool:
    first = subject.words[0]
    if first.has("PRON") and not first.has("POSS", "DET"):
        return False
    if subject.head.lower in TIME_NOUNS:
        return False  # "released the same day": a participle and its time phrase
    # Not a possessive: "Yesterday visited my aunt" drops its subject, it does not invert.
    return first.lower in ("the", "this", "these", "those") or first.has("PROPN", "GEN")


def _inverted_be(front: list[Chunk], time_noun_front: bool, subject: Chunk, rest: list[Chunk]) -> bool:
    """'In October was the number 18 percent higher', 'In the coming week is the bill again on
    the agenda': a predicate after the subject. After a time phrase any adverb or phrase
    counts (English inverts 'be' only after a place: 'In the box was a letter'); after a bare
    time noun, which may be the subject ('Last year was the hottest'), only a predicate after
    a noun."""
    if time_noun_front:
        return subject.head.has("NOUN", "PROPN") and not subject.head.has("ADJ") and _predicate_follows(rest)
    if _predicate_follows(rest):
        return True
    if not _time_front(front) or not rest:
        return False
    following = rest[0]
    return following.kind == "ADV" or following.kind == "PP" and following.words[0].lower != "of"


def _predicate_follows(rest: list[Chunk]) -> bool:
    """After 'was the number (of insolvencies)': a predicate ('18 percent higher', 'tense',
    'approved'), so the verb came before its subject. The chunker may glue the predicate to
    the phrase before it ('in the euro area higher'); an adjective before a noun is no predicate."""
    for item in rest:
        if item.kind in ("VERB", "SUB", "INF"):
            return False
        last = item.words[-1]
        if _comparative(last) or last.has("VBN") and not last.has("NOUN", "ADJ"):
            return True
        if item.kind != "PP":
            first = item.words[0]
            if first.has("NUM") or first.classes == {"ADJ"} or first.classes == {"ADV"} and len(item.words) > 1:
                return True
            if first.classes == {"ADV"}:
                continue  # "extremely tense": the adverb may stand alone as a chunk
        if item.kind == "NP":
            return False
    return False


def _comparative(word: Word) -> bool:
    return word.lower in ("more", "less") or word.has("ADJ") and bool(COMPARATIVE_RE.fullmatch(word.lower))


def _inverted_lexical_verb(
    verb: Word, verb_chunk: Chunk, front: list[Chunk], subject: Chunk, time_noun_front: bool
) -> bool:
    forms = verb_forms(verb.lower)
    if not forms & {"VBD", "VBZ"}:
        return False  # "use the stairs": an imperative
    if len(verb_chunk.words) > 1:
        return False
    last = front[-1].words[-1]
    if verb.has("NOUN") and front[-1].kind != "ADV" and not (last.has("PROPN", "NUM") or last.lower in TIME_NOUNS):
        return False  # "On the big stages the bands": the phrase's own noun
    if verb.lower in INVERSION_VERBS and (not _time_front(front) or verb.lower in SEQUENCE_VERBS):
        return False  # "Into the room walked the minister"; "Then came the floods"
    if time_noun_front and verb.lower in TIME_SUBJECT_VERBS:
        return False
    if (
        "VBN" in forms
        and front[-1].kind == "PP"
        and not (last.has("PROPN", "NUM") or last.lower in TIME_NOUNS)
        and not _topic_about(front[0])
    ):
        return False  # "In a report issued the next day": a participle after the phrase's noun
    return True


# --- postpositions (Japanese, Korean, Turkish, Hindi, Bengali) -------------------------------

POSTPOSITIONS = frozenset("in at from with after before during since until".split())


def postposition(parsed: Parsed) -> Shape | None:
    """'The company Seoul in its headquarters opened', 'the talks after returned': a
    preposition after its noun, followed by a verb or a new noun phrase that it cannot govern."""
    for piece in parsed.pieces:
        verb_seen = False
        for index in range(1, len(piece) - 1):
            word, noun = piece[index], piece[index - 1]
            if _finite_verb(noun) or noun.has("AUX", "MODAL"):
                verb_seen = True
            if word.lower not in POSTPOSITIONS or not _lower(word) or verb_seen:
                continue
            if not noun.has("NOUN", "PROPN") or noun.has("PRON", "DET", "PREP", "VBG"):
                continue
            if noun.has("FIN", "ADJ", "VBN") and not piece[index - 2].has("DET", "POSS", "ADJ", "NUM"):
                continue  # a noun only where a noun phrase puts it: "the first quarter in"
            if noun.lower in TIME_NOUNS and word.lower in ("after", "before", "since"):
                continue  # "the day after", "a week before": adverbs of time
            if index < 2 or not piece[index - 2].has("NOUN", "PROPN", "DET", "POSS", "ADJ", "NUM"):
                continue
            if not (_past_verb_at(piece, index + 1) or _new_phrase(piece, index + 1)):
                continue
            start = index - 2
            while start > 0 and not piece[start - 1].has("PREP", "SUB", "CONJ") and index - start < 6:
                start -= 1
            end = piece[index + 1].end
            return (
                piece[start].start,
                end,
                f"'{noun.text} {word.text}': a postposition, source word order left in place",
            )
    return None


def _finite_verb(word: Word) -> bool:
    """A lexical verb in a finite or participle form that is no noun, adjective or base form
    ('told', 'opened', 'returned')."""
    return (
        _lower(word)
        and word.has("FIN")
        and not word.has("AUX", "MODAL", "NOUN", "ADJ", "PROPN", "BASE", "PREP", "DET", "PRON")
    )


def _past_verb_at(piece: list[Word], index: int) -> bool:
    """A past form at index that is a verb there: a sure one, or one that is also a noun
    ('fell', 'rose') followed by an adverb, an article or the clause end."""
    word = piece[index]
    if not _lower(word) or "VBD" not in verb_forms(word.lower) or word.has("BASE", "AUX", "PROPN"):
        return False
    following = piece[index + 1] if index + 1 < len(piece) else None
    # "in shared accommodation", "from scanned books": a participle before its noun.
    if following is not None and following.lower == "to":
        return False  # "expected to": the verb takes an infinitive, so its clause goes on
    return following is None or following.classes == {"ADV"} or following.has("DET", "POSS", "PREP")


def _new_phrase(piece: list[Word], index: int) -> bool:
    """'Seoul in its new headquarters opened': a possessive noun phrase right after the
    postposition, then a clause-final verb with no verb between."""
    if index >= len(piece) or not piece[index].has("POSS") or piece[index].has("DET"):
        return False
    last = piece[-1]
    return _finite_verb(last) and not any(_finite_verb(word) for word in piece[index:-1])


# --- modifiers before the noun ('the on Monday published report') ----------------------------

PRENOMINAL_ARTICLES = frozenset("the a an this these its their his her our".split())
# Matched where a word starts (see word_starts): each alternative opens with a plain letter, so
# the search skips ahead to those letters.
PRENOMINAL_RE = re.compile(
    r"(?:The|the|An|an|A|a|This|this|Its|its|Their|their|His|his|Her|her)\s+"
    r"(?:(?:on|at|by|from|with|since|during|in)\s+\S+|yesterday|today"
    r"|[A-Z]\w*\s+(?:in|at|from|with|after|before|during|since|until)\s+[a-z])"
)


def prenominal_phrase(parsed: Parsed) -> Shape | None:
    """'the by the board approved investment', 'the Osaka in held meeting': a participle phrase
    with its adverbial placed between the article and the noun."""
    words = parsed.words
    for index in range(len(words) - 3):
        article = words[index]
        if article.lower not in PRENOMINAL_ARTICLES:
            continue
        position = index + 1
        opener = words[position]
        if opener.lower in DEICTIC_TIMES:
            position += 1
        elif opener.has("PREP") and _lower(opener) and opener.lower in POSTPOSITIONS | {"by", "on"}:
            position += 1
            while position < len(words) and position - index < 8 and not words[position].has("VBN"):
                if _is_break(words[position]) or words[position].has("FIN") and not words[position].has("NOUN"):
                    break
                position += 1
        elif opener.has("PROPN") and index + 2 < len(words) and words[index + 2].lower in POSTPOSITIONS:
            position += 2  # "the Osaka in held meeting"
        else:
            continue
        if position + 1 >= len(words) or position == index + 1:
            continue
        participle, noun = words[position], words[position + 1]
        if participle.has("VBN") and not participle.has("NOUN") and noun.has("NOUN") and not noun.has("PREP", "DET"):
            return (
                article.start,
                noun.end,
                f"'{article.text} ... {participle.text} {noun.text}': a modifier phrase before its noun",
            )
    return None


# --- Chinese: time, place and 'to X' before the verb; measure words ---------------------------

PLACE_PREPOSITIONS = frozenset("in at to with from towards toward".split())
PRONOUN_SUBJECTS = SUBJECT_PRONOUNS - {"you", "it"}


def preverbal_phrases(parsed: Parsed) -> Shape | None:
    """'He in Beijing with the delegation held talks': a pronoun subject, then place or
    'to X' phrases, then the verb. A phrase after a pronoun cannot modify it, and English
    puts such phrases after the verb. 'We in Britain' is an apposition, and 'with' may add a
    companion ('She with her husband founded'): those take a second phrase to count."""
    for number in range(len(parsed.pieces)):
        chunks = parsed.chunks(number)
        for index, item in enumerate(chunks[:-2]):
            pronoun = item.words[0]
            if item.kind != "NP" or len(item.words) != 1 or pronoun.lower not in PRONOUN_SUBJECTS:
                continue
            phrases: list[Chunk] = []
            for later in chunks[index + 1 :]:
                if later.kind == "PP" and later.words[0].lower in PLACE_PREPOSITIONS and not _is_idiom(later):
                    phrases.append(later)
                    continue
                if later.kind == "ADV" and phrases:
                    continue
                if phrases and _main_verb(later):
                    needed = 2 if pronoun.lower == "we" or phrases[0].words[0].lower == "with" else 1
                    if len(phrases) >= needed:
                        return (
                            pronoun.start,
                            later.words[-1].end,
                            "phrases between the subject and its verb: source word order left in place",
                        )
                break
    return None


def _main_verb(item: Chunk) -> bool:
    """A verb chunk that opens with a lexical verb, or a lone 'have' as a main verb ('have opinions')."""
    if item.kind != "VERB":
        return False
    first = item.words[0]
    if first.has("PRON"):
        return False
    return not first.has("AUX", "MODAL") or len(item.words) == 1 and first.lower in FINITE_HAVE


MEASURE_WORDS = frozenset(
    """pieces items sets units copies sheets bottles cups bowls boxes bags batches rounds kinds types
    sorts pairs heads strips bundles packs rolls""".split()
)
MEASURE_RE = re.compile(r" (?:" + "|".join(sorted(MEASURE_WORDS)) + r") [a-z]")


def measure_word(parsed: Parsed) -> Shape | None:
    """'3 pieces machines', 'two rounds talks': a Chinese measure word left before its noun
    without 'of'."""
    words = parsed.words
    for index in range(len(words) - 2):
        number, measure, noun = words[index : index + 3]
        if measure.lower not in MEASURE_WORDS or not number.has("NUM"):
            continue
        if number.lower in ("one", "1") or not _lower(noun) or noun.lower in ("of", "each", "apiece", "per"):
            continue
        classes = word_classes(noun.text)
        if not is_dictionary_word(noun.text):
            continue  # "tickets half-price": an unknown or compound word, not a bare noun
        if classes == {"NOUN"} or (
            "NOUN" in classes and noun.lower.endswith("s") and not classes & {"VBN", "VBG", "ADJ", "ADV", "PREP", "DET"}
        ):
            return number.start, noun.end, f"measure word without 'of' ('{measure.text} {noun.text}')"
    return None


# --- which detectors a sentence is worth tagging for -----------------------------------------

Detector = Callable[[Parsed], "Shape | None"]

CLAUSE_END_RE = re.compile(r"[;:!?\"“”()\[\]—–\n]|[,.](?!\d)")  # not the marks in '2,000' and '0.2'
AUXILIARY_WORDS = MODALS | DO | FINITE_HAVE | FINITE_BE
# The words a verb group holds before its main verb ('will not be', 'has been').
VERB_GROUP_WORDS = AUXILIARY_WORDS | GROUP_WORDS
# A lower-case word right before a clause mark, a line end or 'and'/'but' (a clause may end
# there: "is in the law anchored and that remains so"). The word is taken whole (possessive
# '++': no giving back letter by letter when no mark follows), which halves the search.
LAST_WORD_RE = re.compile(
    r"\b(?<!['’-])[a-z]++(?=[;:!?\"“”()\[\]—–\n]|[,.](?!\d)|$| (?:and|but|before|after|while|until|because) )"
)
# LAST_WORD_RE read on the reversed text, which makes the search start from the rare marks
# instead of trying every letter: a mark (a ',' or '.' not before a digit), then the word
# backwards, then no word character, quote or hyphen (the '\b(?<!['’-])' before it).
REVERSED_MARK_AND_WORD_RE = re.compile(r"[;:!?\"“”()\[\]—–\n,.](?<!\d[,.])([a-z]++)(?![\w'’-])")
# ... and a word before 'and', 'but' and the other clause openers, consuming only the space so
# that a word which is itself such an opener ("... and and ...") is read too.
REVERSED_OPENER_AND_WORD_RE = re.compile(r" (?=(?:dna|tub|erofeb|retfa|elihw|litnu|esuaceb) ([a-z]++)(?![\w'’-]))")
REVERSED_FINAL_WORD_RE = re.compile(r"([a-z]++)(?![\w'’-])")
CLUSTER_WORDS = COPULAS | MODALS | CLUSTER_AUXILIARIES | {"been"}
MAX_STRETCH = 400  # characters: the longest clause the text tests look back or ahead over
# A leading space and plain character classes let the regular-expression engine skip ahead
# fast: these run over every document.
POSTPOSITION_RE = re.compile(
    r" (?:in|at|from|with|after|before|during|since|until) ([a-z]+)(?:(?=\s*[,;:.!?\"”)])| ([A-Za-z]+)|$)"
)
# Matched where a word starts, not after an apostrophe (see word_starts).
PREVERBAL_RE = re.compile(r"(?:He|he|She|she|They|they|We|we|I) (?:in|at|to|with|from|towards?) ")
FRONT_WORDS = V2_ADVERBS | FRONTING_PREPOSITIONS | UNTIL_WORDS | frozenset(("last", "next", "this", "about"))
# Words a verb-final clause holds as evidence: a number, a time word or an adverb that is
# nothing else (a verb-final clause with an object and no adverbial is left to clause_order).
EVIDENCE_WORDS = TIME_NOUNS | NUMBER_WORDS | {word.casefold() for word in MONTHS_AND_DAYS}


class Neighbours:
    """Which tokens of a text come right before the occurrences of given words, read from its
    word index (Document.occurrences). A pattern that opens on one word and goes on with
    another after blanks (PREVERBAL_RE: 'he in') can match only where such a pair of tokens
    stands: when none does (most texts), its search over the whole text, which tries every
    letter its first words start with, is not made."""

    def __init__(self, tokens: list[str], occurrences: dict[str, list[int]]) -> None:
        """tokens: the text's words in order (Document.token_columns[2]); occurrences: where each is."""
        self.tokens = tokens
        self.occurrences = occurrences

    def before(self, seconds: Iterable[str], distance: int = 1) -> list[str]:
        """The token `distance` tokens before each occurrence of one of seconds."""
        tokens, get = self.tokens, self.occurrences.get
        return [
            tokens[position - distance] for second in seconds for position in get(second, ()) if position >= distance
        ]

    def after_any(self, seconds: Iterable[str], firsts: frozenset[str]) -> bool:
        """Whether one of seconds comes right after a token that may end on one of firsts
        (ends_on_word)."""
        return ends_on_word(self.before(seconds), firsts)


def ends_on_word(tokens: list[str], words: frozenset[str]) -> bool:
    """Whether a pattern that starts with one of words, at a word start (no ASCII letter or
    digit before it), may start inside one of the tokens and run to its end: a token is one
    of the words, or ends on one after a character that is no ASCII letter or digit (a
    hyphen, an apostrophe, an accent or other letter: 'x-the', "l'a")."""
    if not words.isdisjoint(tokens):
        return True
    for token in tokens:
        if token.isascii() and token.isalnum():
            continue  # most tokens: a pattern's word at a word start is the whole token
        for index, char in enumerate(token):
            if not (char.isascii() and char.isalnum()) and token[index + 1 :] in words:
                return True
    return False


# The words PREVERBAL_RE and PRENOMINAL_RE open on, then those that follow them (see the patterns).
PREVERBAL_FIRSTS = frozenset("He he She she They they We we I".split())
PREVERBAL_SECONDS = frozenset("in at to with from towards toward".split())
PRENOMINAL_FIRSTS = frozenset("The the An an A a This this Its its Their their His his Her her".split())
PRENOMINAL_PREPOSITIONS = frozenset("on at by from with since during in".split())
PRENOMINAL_POSTPOSITIONS = frozenset("in at from with after before during since until".split())
PRENOMINAL_TIMES = ("yesterday", "today")


def _may_hold_prenominal(text: str, neighbours: Neighbours) -> bool:
    """Whether PRENOMINAL_RE may match: an article or possessive right before a preposition,
    before a token that starts with 'yesterday' or 'today', or two tokens before one of its
    postpositions (after a capitalized word; '[A-Z]\\w*' takes an underscore, which no token
    holds, so a text with one is searched)."""
    if neighbours.after_any(PRENOMINAL_PREPOSITIONS, PRENOMINAL_FIRSTS):
        return True
    if "today" in text or "yesterday" in text:
        times = [word for word in neighbours.occurrences if word.startswith(PRENOMINAL_TIMES)]
        if neighbours.after_any(times, PRENOMINAL_FIRSTS):
            return True
    if "_" in text:
        return True
    return ends_on_word(neighbours.before(PRENOMINAL_POSTPOSITIONS, 2), PRENOMINAL_FIRSTS)


class Candidates:
    """The detectors worth running on each sentence of a text, found by one pass of the cheap
    text tests over the whole text (most sentences pass none, so only a few are tagged and
    chunked; one pass over a document costs far less than one per sentence)."""

    def __init__(self, text: str, words: Container[str] | None = None, neighbours: Neighbours | None = None) -> None:
        """words, when given, holds every word of the text (Document.occurrences): a measure
        word must be one of them, so most texts skip the search for one. neighbours, when
        given, are the text's own tokens: the pair tests they allow rule out most texts'
        searches for a phrase before its noun or between a pronoun and its verb."""
        found = _clause_end_candidates(text)
        found += [
            (match.start(), postposition) for match in POSTPOSITION_RE.finditer(text) if _may_follow_postposition(match)
        ]
        if neighbours is None or _may_hold_prenominal(text, neighbours):
            found += [(start, prenominal_phrase) for start in word_starts(PRENOMINAL_RE, text, "")]
        if neighbours is None or neighbours.after_any(PREVERBAL_SECONDS, PREVERBAL_FIRSTS):
            found += [(start, preverbal_phrases) for start in word_starts(PREVERBAL_RE, text, "'")]
        if words is None or any(word in words for word in MEASURE_WORDS):
            found += [(match.start(), measure_word) for match in MEASURE_RE.finditer(text)]
        found.sort(key=lambda item: item[0])
        self.offsets = [offset for offset, _ in found]
        self.detectors = [detector for _, detector in found]

    def within(self, start: int, end: int, text: str) -> list[Detector]:
        """The detectors for the sentence text that spans start to end."""
        first = bisect_left(self.offsets, start)
        last = bisect_left(self.offsets, end, first)
        invert = _may_invert(text)
        if first == last:
            return [verb_second] if invert else []  # most sentences: nothing to order
        chosen = set(self.detectors[first:last])
        if invert:
            chosen.add(verb_second)
        return [detector for detector in DETECTOR_ORDER if detector in chosen]


def word_starts(pattern: re.Pattern, text: str, glue: str) -> Iterator[int]:
    """Where the pattern matches at the start of a word: not after a word character or one of
    glue. The test is made here instead of by a look-behind in the pattern, which would keep the
    regular-expression engine from skipping ahead to the pattern's first letters."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_" or text[start - 1] in glue):
            position = start + 1  # a match may still start inside this one, as finditer would find it
            continue
        yield start
        position = match.end()


def detectors_for(text: str) -> list[Detector]:
    """The detectors whose cheap text test one sentence passes."""
    return Candidates(text).within(0, len(text), text)


def _clause_end_candidates(text: str) -> list[tuple[int, Detector]]:
    """One pass over the lower-case words before marks and line ends: a participle then its
    auxiliary ('shrunk is'), an auxiliary far from a clause-final infinitive or participle
    (also before 'and'/'but'), or a verb-final clause. Only a stretch whose last word fits is
    cut out and split into words, and only one with an auxiliary is searched for a bracket."""
    found: list[tuple[int, Detector]] = []
    for start, end in _last_words(text):
        last = text[start:end]
        wanted = _last_word_wants(last)
        if not wanted:
            continue  # most words: no verb form a clause of interest could end on
        if wanted & CLUSTER_END and _cluster_candidate(text, start - 1, last):
            found.append((start, verb_cluster_end))
        if not wanted & (FINAL_VERB | FINAL_AFTER_GROUP | BRACKET_END):
            continue
        stretch = _stretch(text, start, end)
        bracket = wanted & BRACKET_END and _may_hold_auxiliary(stretch)
        if not (bracket or wanted & (FINAL_VERB | FINAL_AFTER_GROUP)):
            continue
        tokens = stretch.split()
        if len(tokens) < 4:
            continue
        if (wanted & FINAL_VERB or wanted & FINAL_AFTER_GROUP and tokens[-2].casefold() in VERB_GROUP_WORDS) and (
            _may_end_on_verb(tokens)
        ):
            found.append((start, verb_final_clause))
        if bracket:
            folded = [token.casefold().strip("'’") for token in tokens]
            if any(
                token in AUXILIARY_WORDS and _may_bracket(tokens[index + 1 :], token)
                for index, token in enumerate(folded[:-3])
            ):
                found.append((start, stranded_verb))
    return found


def _last_words(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each match of LAST_WORD_RE, in order, found on the reversed text."""
    backwards = text[::-1]
    size = len(text)
    spans = [(size - match.end(1), size - match.start(1)) for match in REVERSED_MARK_AND_WORD_RE.finditer(backwards)]
    spans += [(size - match.end(1), size - match.start(1)) for match in REVERSED_OPENER_AND_WORD_RE.finditer(backwards)]
    final = REVERSED_FINAL_WORD_RE.match(backwards)
    if final:
        spans.append((size - final.end(1), size))
    spans.sort()
    return spans


# What a clause's last word may end (see _last_word_wants): bit flags.
CLUSTER_END, FINAL_VERB, FINAL_AFTER_GROUP, BRACKET_END = 1, 2, 4, 8


@lru_cache(maxsize=50_000)
def _last_word_wants(last: str) -> int:
    """Which clause-end tests a word can pass as a stretch's last word, from its classes alone:
    a word of a verb cluster (CLUSTER_END); a finite verb or participle that _may_end_on_verb
    accepts on its own (FINAL_VERB: no noun or adjective unless a past form) or only after an
    auxiliary (FINAL_AFTER_GROUP: an infinitive or participle, 'have filed'); an infinitive or
    participle (BRACKET_END). Computed once per distinct word: most words before a mark pass none."""
    wanted = CLUSTER_END if last in CLUSTER_WORDS else 0
    if last not in CLOSED_CLASSES and "VERB" not in parts_of_speech(last):
        return wanted  # no verb form (word_classes gives one only to these), so no classes needed
    classes = word_classes(last)
    if classes & {"FIN", "VBN"}:
        if not (classes & {"NOUN", "ADJ"} and "VBD" not in verb_forms(last)):
            wanted |= FINAL_VERB
        elif classes & {"BASE", "VBN"}:
            wanted |= FINAL_AFTER_GROUP
    if classes & {"BASE", "VBN"}:
        wanted |= BRACKET_END
    return wanted


# A clause mark read backwards: the text before a word is searched reversed, so that the
# first mark found is the last one before the word ('(?<!\d)' is CLAUSE_END_RE's '(?!\d)').
REVERSED_CLAUSE_END_RE = re.compile(r"[;:!?\"“”()\[\]—–\n]|(?<!\d)[,.]")


def _stretch(text: str, start: int, end: int) -> str:
    """The text from the last clause mark before start (or MAX_STRETCH characters back) to
    end. Searching the reversed window finds that mark without listing every mark of the text."""
    floor = max(0, end - MAX_STRETCH)
    window = text[floor:start]
    mark = REVERSED_CLAUSE_END_RE.search(window[::-1])
    return text[floor + len(window) - mark.start() if mark else floor : end]


# A word that is an auxiliary once case-folded and stripped of quotes, as the bracket test reads
# its words: a stretch without one holds no bracket.
AUXILIARY_TOKEN_RE = re.compile(r"(?<!\S)['’]*(?:" + "|".join(sorted(AUXILIARY_WORDS)) + r")['’]*(?!\S)")


def _may_hold_auxiliary(stretch: str) -> bool:
    """Whether a word of the stretch is an auxiliary (case-folding the whole stretch folds each
    word as the bracket test does, so no word is missed)."""
    return AUXILIARY_TOKEN_RE.search(stretch.casefold()) is not None


def _may_invert(text: str) -> bool:
    """An adverbial word first, then before any comma a word that may be a finite verb right
    before an article or a name ('Meanwhile warned the', 'In October was the')."""
    first = FIRST_WORD_RE.match(text)
    if first is None or first.group(1).casefold() not in FRONT_WORDS:
        return False  # the opening word, read as below without splitting the whole sentence
    opening = text.lstrip("\"“‘'(").split(",", 1)[0].split(None, 9)
    if len(opening) < 4 or opening[0].casefold() not in FRONT_WORDS:
        return False
    return any(
        (following in SUBJECT_STARTERS or following[:1].isupper()) and "FIN" in word_classes(word)
        for word, following in zip(opening[1:], opening[2:], strict=False)
    )


SUBJECT_STARTERS = frozenset("the this these those".split()) | PERSONAL_SUBJECTS
# The first word of a sentence as _may_invert reads it: after opening quotes or brackets and
# blanks, up to a blank or a comma.
FIRST_WORD_RE = re.compile(r"[\"“‘'(]*\s*([^\s,]*)")


def _may_follow_postposition(match: re.Match) -> bool:
    """'Seoul in its headquarters opened', 'the summit after told': a past form after the
    preposition that no noun follows, or a possessive (checked further once tagged)."""
    word, following = match.group(1), match.group(2)
    if word in POSSESSIVES:
        # Then the clause must end on a past form: "Seoul in its new headquarters opened."
        limit = min(len(match.string), match.end() + MAX_STRETCH)
        end = CLAUSE_END_RE.search(match.string, match.end(), limit)
        last = match.string[match.start() : end.start() if end else limit].rsplit(None, 1)[-1]
        return "VBD" in verb_forms(last)
    if "VBD" not in verb_forms(word) or following == "to":
        return False
    return following is None or not word_classes(following) & {"NOUN", "ADJ", "PROPN"} or following in ARTICLE_WORDS


ARTICLE_WORDS = frozenset("the a an this these its their his her our".split())


def _cluster_candidate(text: str, position: int, last: str) -> bool:
    """Whether the word that ends at position may come before the clause-final verb word last
    only in a verb-final clause: a participle, an adjective or an infinitive."""
    word = text[text.rfind(" ", 0, position) + 1 : position]
    if not word.isalpha() or not word.islower():
        return False
    if last == "been":  # 'revised have been': the participle before 'have'
        if word not in FINITE_HAVE:
            return False
        return _cluster_candidate(text, position - len(word) - 1, "has")
    classes = word_classes(word)
    if last in MODALS:
        return "BASE" in classes
    if last in COPULAS and not classes & {"PRON", "AUX", "MODAL", "DET"}:
        return True  # "... all out became": any predicate may come before a linking verb
    return "VBN" in classes or classes == {"ADJ"}


def _may_bracket(tokens: list[str], auxiliary: str) -> bool:
    """After an auxiliary, up to the next mark: two words or more before a clause-final
    infinitive or participle, and no verb or 'to' right after the auxiliary ('has been cut',
    'is working', 'has to be')."""
    modal = auxiliary.casefold() in MODALS | DO
    for token in tokens:
        classes = word_classes(token)
        if classes == {"ADV"} or classes & {"NEG"}:
            continue
        if token == "to" or classes & {"VBN", "VBG", "AUX"} and not classes & {"DET", "POSS", "PREP"}:
            return False
        if classes & {"BASE"} and (modal or not classes & {"NOUN", "DET", "POSS", "PREP"}):
            return False
        break
    # The clause may end before 'and' or 'but' ("is in the law anchored and that remains so").
    for end, token in enumerate(tokens):
        if end < 2:
            continue
        if token in COORDINATORS and _may_close_bracket(tokens, end):
            return True
        if token in AUXILIARY_WORDS or token in BRACKET_BREAKERS:
            return False  # a second verb group or a new clause: the auxiliary's verb is elsewhere
    return _may_close_bracket(tokens, len(tokens))


# Words that open a new clause inside a stretch, or belong to a verb group.
BRACKET_BREAKERS = frozenset("be been being that which who whom whose because if when where while".split())


def _may_close_bracket(tokens: list[str], end: int) -> bool:
    """Whether tokens[end - 1] may be the infinitive or participle that closes a bracket."""
    last = tokens[end - 1]
    if not last.isalpha() or not last.islower():
        return False
    classes = word_classes(last)
    if not classes & {"BASE", "VBN"}:
        return False
    # "of the board": a noun, however verb-like.
    return not (classes & {"NOUN", "ADJ"} and word_classes(tokens[end - 2]) & {"DET", "POSS", "PREP", "ADJ"})


def _may_end_on_verb(tokens: list[str]) -> bool:
    """A comma-free stretch of five words or more that ends on a finite verb or participle not
    right after a pronoun, an auxiliary or 'to', and holds evidence a verb-final clause needs."""
    if len(tokens) < 5 or not tokens[-1].isalpha() or not tokens[-1].islower():
        return False
    classes = word_classes(tokens[-1])
    group = 1  # the clause's verb group: the verb, and auxiliaries right before it
    while group < len(tokens) - 3 and tokens[-group - 1].casefold() in VERB_GROUP_WORDS:
        group += 1
    if group > 1:
        # "a complaint have filed", "new taxes will introduce": an active group closing the
        # clause (a passive one closes English clauses: "had not been considered")
        if tokens[-group].casefold() not in AUXILIARY_WORDS or not classes & {"BASE", "VBN"}:
            return False
        tokens = tokens[: len(tokens) - group + 1]
        if len(tokens) < 5:
            return False
    elif not classes & {"FIN", "VBN"} or tokens[-2].casefold() == "to":
        return False
    if classes & {"NOUN", "ADJ"} and "VBD" not in verb_forms(tokens[-1]) and group == 1:
        return False  # "the new oil field": a noun
    if word_classes(tokens[-2]) & {"PRON", "AUX", "MODAL"}:
        return False
    if tokens[0].casefold() in SUBJECT_PRONOUNS:
        return True  # "They in Shanghai a new centre opened": phrases after a pronoun
    folded = [token.casefold() for token in tokens]
    return any(token in EVIDENCE_WORDS or token[:1].isdigit() or token in ADVERBS for token in folded[1:-1]) or any(
        _new_noun_phrase(before, token) for before, token in zip(folded[:-2], folded[1:-1], strict=False)
    )


def _new_noun_phrase(before: str, token: str) -> bool:
    """'the flooding a complaint', 'her husband the car': an article right after a noun opens a
    second noun phrase with no verb between, an object before its verb."""
    if token not in ("a", "an", "the") or not before.isalpha():
        return False
    classes = word_classes(before)
    return bool(classes & {"NOUN", "PROPN"}) and not classes & {"PREP", "DET", "AUX", "MODAL", "PRON", "SUB"}


# The order detectors run in; the first shape found is the sentence's finding.
DETECTOR_ORDER = (
    verb_cluster_end,
    stranded_verb,
    verb_final_clause,
    verb_second,
    postposition,
    prenominal_phrase,
    preverbal_phrases,
    measure_word,
)


def find(detectors: list[Detector], words: list[Word]) -> Shape | None:
    """The first shape any of the detectors finds in the tagged sentence."""
    parsed = Parsed(words)
    for detect in detectors:
        shape = detect(parsed)
        if shape:
            return shape
    return None
