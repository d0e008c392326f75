"""Run-together words: tokens glued where markup, a space or a line break was lost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

import regex

from newslint import regexes
from newslint.corpus import WORD_COUNTS
from newslint.document import ABBREVIATIONS, Document
from newslint.finding import Finding, Fix
from newslint.grammar import MONTHS, WEEKDAYS, verb_forms
from newslint.lexicon import (
    FUNCTION_WORDS,
    fold,
    foreign_frequencies,
    is_dictionary_word,
    is_known_proper_noun,
    is_normally_capitalized,
    is_person_or_place,
    lexicon,
    parts_of_speech,
    zipf,
)
from newslint.names import glued_place_names, is_first_name, name_index, place_id
from newslint.rule import Rule
from newslint.rules._word_lists import CURRENCY_NAMES, NAME_PARTICLES
from newslint.word_memo import WordColumn

DATA = Path(__file__).parent / "data"
COMMON_TAIL_ZIPF = 5.5  # "the", "and", "with": words a stray capital gets glued to
FREQUENT_TAIL_ZIPF = 4.4  # a word glued to a name must be this common when the name is not in the text
ATTESTED_TAIL_ZIPF = 3.4  # ... and this common when the text uses the name on its own
GLUED_QUOTE = regexes.compile(r"(?P<left>[\p{L}\p{N}])(?P<quote>[“”])(?P<right>\p{L})")
# The mark comes first and the look-behind after it: a pattern that opens with a plain character
# class lets the regular-expression engine skip ahead to the marks.
GLUED_MARK_HINT = re.compile(r"[.!?,;](?<=[^\W_][.!?,;])(?=[^\W\d_]{2})")
# A possessive glued to the capitalized word after it: "Rajasthan'sPhalodi".
GLUED_AFTER_POSSESSIVE = regexes.compile(r"(\p{L}{2,}['’]s)(\p{Lu}\p{Ll}{2,})")
# A possessive glued to the lowercase word after it: "Iraq'soil", "company'sprofits".
GLUED_POSSESSIVE_WORD = regexes.compile(r"(\p{L}{2,}['’]s)(\p{Ll}{3,})")
POSSESSED_WORD_ZIPF = 3.5


def _possessive_then_word(possessive: str, word: str) -> bool:
    """A possessive and a common English word no name writes after an apostrophe ('Mas'ud' and
    'Ma'soum' are names)."""
    whole = (possessive + word).replace("'", "").replace("’", "").lower()
    return is_dictionary_word(word) and zipf(word) >= POSSESSED_WORD_ZIPF and not is_dictionary_word(whole)


# Sentence punctuation with a word on both sides and no space after it: "Qatar.The", "said,but".
GLUED_MARK = regexes.compile(
    r"(?<![\p{L}\p{M}\p{N}@/\\._\-:])(?P<left>[\p{L}\p{M}]{2,}|\p{N}{2,})(?P<mark>[.!?,;])"
    r"(?P<right>\p{L}[\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}@/\\_\-]|[.,][\p{L}\p{N}])"
)
# The second part of a hyphenated name glued by a comma to the next name: 'Jung-gu,Seo-gu'.
GLUED_COMMA_NAME = regexes.compile(r"(?P<left>\p{L}{2,})(?P<mark>,)(?P<right>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}@/\\_])")


def _after_hyphenated_word(text: str, start: int) -> bool:
    """Whether a word's hyphen comes right before start, after letters ('Saint-', 'Jung-')."""
    return start > 2 and text[start - 1] == "-" and text[start - 3 : start - 1].isalpha()


# '"...fast",said': a closing quotation mark after a word or a sentence mark, a comma, a lowercase word.
QUOTE_COMMA_GLUED = regexes.compile(r"(?<=[\p{L}\p{N}.!?…])(?P<quote>[\"”»])(?P<mark>,)(?=\p{Ll}{2})\p{Ll}+")
# Pieces of names that are written joined to the next capital: McDonald, DeSantis, LeBron, O'Neil.
# Word endings that build surnames and place names ("Black|well", "Green|field"): a name that
# is merely unknown is not taken for a name glued to one of these.
NAME_ENDINGS = frozenset(
    """well field wood son man men ton town berg burg land ford ley lay stone worth more ville by
    ham dale ridge house water bridge brook hill way gate win ing er ers side port mouth castle
    court wick wich shire bury borough berry stein thal hall holm haven ville view star light line
    smith sen sson strom ski sky ova ov ev in ina an ana ia ese ist age ness ship hood north
    south east west""".split()
)
# Possessives that start brand and product names ("myMuseum", "ourNewsletter", "yourWeather").
BRAND_PREFIXES = frozenset("my our your his her their its".split())
# Lowercase glue: the token this long at least, both words at least this common.
MIN_LOWERCASE_GLUED = 5
GLUED_TYPO_ZIPF = 3.0
EVERYDAY_ACRONYM_ZIPF = 4.5
FOREIGN_GLUED_ZIPF = 1.5
GLUED_PART_ZIPF = 3.5
FUNCTION_PAIR_PART_ZIPF = 3.0
PROSE_PUNCTUATION = ".,;:!?\"'“”‘’()[]…—–"
# Pieces English joins to words to build new ones: a split there is a compound, not a glue.
PREFIX_LIKE = frozenset(
    """over under out up down back off on in by re un non pre post anti pro co ex sub super inter
    counter cross self well mid semi multi mini micro mega ultra after fore head hand""".split()
)
SUFFIX_LIKE = frozenset(
    """less ness ship hood like wise ward wards man men woman women able ful some dom ism ist ers
    out up off over down way ways time line side""".split()
)
SPEECH_VERBS = frozenset("said says told added noted stated declared announced asked wrote replied".split())
# Quantifiers start no compound either ("several|fans", "more|than"): they glue like function words.
QUANTIFIERS = frozenset("more most several many some each every other such few all both any much less least".split())
GLUE_WORDS = FUNCTION_WORDS | QUANTIFIERS
GLUED_YEAR = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?P<word>(?i:in|since|by|until|till|from|of|on|after|before|during|between|the|than|to"
    r"|and|around|for|at|over|under))(?P<number>(?:19|20)\d\d)(?![\p{L}\p{N}])"
)
# 'some180,000', 'about500': a word of quantity glued to a number of three digits or more.
GLUED_QUANTITY = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?P<word>(?i:some|about|around|nearly|almost|approximately|roughly|than))"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}])"
)
# The hints open on the digit and look back at the word's last four letters, so the engine skips
# to each digit in C (a pattern that opens on the words is tried at every letter: 10 times slower).
QUANTITY_HINT = re.compile(r"\d(?<=(?:some|bout|ound|arly|most|tely|ghly|than)\d)", re.I)
# 'minus40': a sign word and the number it governs. ('£38million' is a tabloid's house style.)
GLUED_SIGN = regexes.compile(r"(?<![\p{L}\p{N}@#/._-])(?P<word>(?i:minus|plus))(?P<number>\d+)(?![\p{L}\p{N}])")
SIGN_HINT = re.compile(r"\d(?<=(?:inus|plus)\d)", re.I)
# '20minutes', '75micrograms', '12million': a number glued to the word it counts (units that
# English glues, 'km', 'kg', '3pm', '1990s', '4th', are too short or no dictionary words).
GLUED_COUNT = regexes.compile(
    r"(?<![\p{L}\d.,/#@_£$€¥₹-])(?P<number>\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?)(?P<word>\p{Ll}{4,})(?![\p{L}\d_/@-])"
)
COUNT_HINT = re.compile(r"\d[a-z]{4}")
COUNTED_WORD_ZIPF = 2.5
LONG_UNIT = 6
# Function words no name ends in ('Holland' ends in 'and' only as a known word): after a name the
# lists know well, they were glued to it.
NO_NAME_ENDS = frozenset("and the of to for with from was were has had said".split())
# Words no noun ends in: a common noun glued to one is a glue ('Farmersalso', 'Villagerswere').
NO_NOUN_ENDS = NO_NAME_ENDS | frozenset("also have are after".split())
KNOWN_NAME_ZIPF = 3.5
# Words glued to a first name that no name ends in: 'Catarinaand' (not '-to': 'Magnito').
AFTER_FIRST_NAME_GLUE = frozenset({"and", "said"})
# The kinds of place that follow a place's name and end no name of their own ('Gapyeong county').
PLACE_KIND_ENDS = frozenset(
    "county district province region municipality prefecture township governorate oblast regency".split()
)
PLACE_GLUE_LENGTH = 5  # shorter places of the gazetteer start real names ('Kok' in 'Kokand')
MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
# A letter right before a year: the standard library's engine rules out most documents (no glued
# year) at a third of the cost of GLUED_YEAR's own pass. The pattern opens with the year's
# first digits, so the engine skips to each '19' or '20' in C and looks back for the letter
# only there (a pattern that opens with a letter class is tried at every letter: 7 times slower).
LETTER_THEN_YEAR = re.compile(r"(?:19|20)(?<=[^\W\d_](?:19|20))\d\d")
# 'to4.50', 'that1', '102and': a function word glued to a number on either side. ('5in' is
# inches, '3pm' a time, '2nd' an ordinal: none of these words.)
GLUED_FUNCTION_NUMBER = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?:(?P<word>(?i:and|or|the|to|of|that|than|from|with))(?P<number>\d[\d.,]*\d|\d)"
    r"|(?P<number2>\d[\d.,]*\d|\d)(?P<word2>and|or|the|that|than|with))(?![\p{L}\p{N}@_/-]|\.\p{L})"
)
FUNCTION_NUMBER_HINT = re.compile(
    r"\d(?<=(?:and|.or|the|.to|.of|hat|han|rom|ith)\d)|\d(?:and|or|the|that|than|with)\b", re.I
)
# 'April1', 'Section144', 'Line2': a month and its day, a numbered part of a law, or a numbered line,
# platform or gate of a transport network, without the space.
GLUED_LABEL_NUMBER = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?P<word>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Section|Article|Chapter|Clause|Paragraph|Line|Terminal|Platform|Gate|Route|Phase|Runway"
    r"|Pier|Exit|Ward)(?P<number>\d{1,3})(?![\p{L}\p{N}@_/-]|\.\p{L})"
)
# '4thcentury', '21stcentury': an ordinal glued to the word it numbers.
GLUED_ORDINAL = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?P<number>\d{1,4}(?:st|nd|rd|th))(?P<word>\p{Ll}{3,})(?![\p{L}\p{N}_/@-])"
)
# 'Road 2,including': a number's comma glued to the next word (a thousands comma has digits after it).
GLUED_NUMBER_COMMA = regexes.compile(r"(?<![\p{L}\p{N}.,])(?P<number>\d+),(?P<word>\p{Ll}{2,})(?![\p{L}\p{N}_/@.-])")
# 'agencyTASR', 'operatorKLM': a word glued to the acronym after it ('watchOS' and 'iPhone' are brands).
GLUED_ACRONYM = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?P<word>\p{Ll}{4,})(?P<acronym>\p{Lu}{3,})(?![\p{L}\p{N}_/@-])"
)
ACRONYM_HINT = re.compile(r"[A-Z]{3}(?<=[a-z][A-Z]{3})")  # opens on the capitals: the engine skips to them
GLUED_ACRONYM_WORD_ZIPF = 3.0
# '17April': a day glued to its month.
GLUED_DAY_MONTH = regexes.compile(
    r"(?<![\p{L}\p{N}@#/._-])(?P<number>\d{1,2})(?P<word>January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?![\p{L}\p{N}_/@-])"
)
# The cheap test before the three glues after a digit above: an ordinal's letters, a comma or a
# month glued on (one scan of the text for the three).
DIGIT_GLUE_HINT = re.compile(r"\d(?:(?:st|nd|rd|th)[a-z]{3}|,[a-z]{2}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# 'Dr.Tahir', 'Mr.Khan': a title's full stop glued to the name after it.
GLUED_TITLE = regexes.compile(r"(?<![\p{L}\p{N}])(?P<title>Dr|Mr|Mrs|Ms|Prof|Sr|Jr)\.(?P<name>\p{Lu}\p{Ll}{2,})\b")


class Split(NamedTuple):
    """A way to read a token as two words: token[:at] + ' ' + token[at:]."""

    at: int
    left: str
    right: str
    kind: str  # "name+word", "word+Word", "ACRONYM+Word", "Name+Verb"


class RunTogether(Rule):
    """Finds words glued together where a space, markup or a line break was lost:
    a name glued to the next word ("Parkervoted", "Ofgemdata", "NATOforces"), a word glued to
    a capitalized one ("theMinistry", "IMFDirector", "DuboisSaid"), a stray capital glued to a
    common word ("Xthe"), two lowercase words after a past verb or beside a function word
    ("pulledstraight", "jailedfor"), a common word glued to a speech verb ("Officialssaid"),
    sentence punctuation glued to the next word ("Lisbon.The",
    "said,but", "Alegre.More than"), a comma glued after a closing quotation ('",said') and a
    quotation mark glued on both sides ("it”said"); in a text the translation already damaged
    (see newslint.evidence), also two content words glued ("trafficjams").

    Why: a scraper that drops a `<br>` or a link, or an MT system that joins segments, fuses
    two words; readers stumble and search engines index a word that does not exist.

    How it knows: the glued token is unknown to the word lists and to the text, and splits into
    a part the text uses on its own (or a known name or acronym) and a common English word.
    Real CamelCase names and brands (iPhone, YouTube, McDonald's, PlayStation, DeSantis), real
    compounds, foreign words, web addresses, file names, abbreviations and decimals are left
    alone.

    Example: `the ministry said Parkervoted against it` → `Parker voted`.
    """

    code = "RT001"
    reads_evidence = True
    name = "run-together"
    summary = "Words glued together: 'Parkervoted', 'theMinistry', 'Lisbon.The', 'it”said'"
    corpus_statistics = frozenset({WORD_COUNTS})

    def check(self, doc: Document) -> Iterator[Finding]:
        glued = set()
        for finding in self._glued_words(doc):
            glued.add(finding.start)
            yield finding
        for finding in self._written_apart_elsewhere(doc, glued):
            glued.add(finding.start)
            yield finding
        yield from self._content_pairs(doc, glued)
        yield from self._glued_place_names(doc, glued)
        yield from self._place_glued_to_a_word(doc, glued)
        yield from self._stray_capitals(doc)
        yield from self._glued_marks(doc)
        yield from self._glued_after_quote(doc)
        yield from self._glued_quotes(doc)
        yield from self._glued_numbers(doc)

    # -- two words glued into one token ---------------------------------------------------------
    def _glued_words(self, doc: Document) -> Iterator[Finding]:
        glued: dict[str, Split] = {}
        words = doc.word_counts
        splits = _CANDIDATE_SPLITS.of(doc)
        for word, candidates in compress(zip(words, splits, strict=True), splits):  # the few with a reading
            if self.config.is_accepted(word):
                continue
            best = _best_split(doc, word, candidates) or _end_of_a_longer_name(doc, word, candidates)
            compound = best is not None and best.kind == "word+word" and best.left.lower() not in FUNCTION_WORDS
            if best is not None and not (compound and _built_alike(doc, word, best.right)):
                glued[word] = best
        yield from self._report_glued(doc, glued)

    def _glued_place_names(self, doc: Document, reported: set[int]) -> Iterator[Finding]:
        """'HongKong', 'SanSebastian': a place of two or three words the gazetteer lists,
        written without its spaces. A brand or a handle that spells a place so is written after
        '#' or '@' or inside an address, which stay silent."""
        places = glued_place_names()
        for word in doc.capitalized_words:
            name = places.get(word)
            if name is not None and not self.config.is_accepted(word):
                message = f"'{word}' looks like the place '{name}' run together"
                yield from self._separate(doc, word, name, message, reported)

    def _place_glued_to_a_word(self, doc: Document, reported: set[int]) -> Iterator[Finding]:
        """'Kyivsaid', 'Ankaraand': a well-known place and a small word or a verb of saying
        glued into a form no word list holds (the whole form unknown: not 'Omanis')."""
        for word in doc.capitalized_words:
            split = _place_and_tail(word)
            if split is None or self.config.is_accepted(word):
                continue
            if len(doc.occurrences[word]) >= DELIBERATE_FORM_USES:
                continue  # a name the article keeps writing ('Kantin Kwari'), not a slip
            apart = " ".join(split)
            message = f"'{word}' looks like two words run together: '{apart}'"
            yield from self._separate(doc, word, apart, message, reported)

    def _separate(self, doc: Document, word: str, apart: str, message: str, reported: set[int]) -> Iterator[Finding]:
        """A finding with a safe fix at each use of word written as plain prose: not after '#'
        or '@', not inside an address, not where another check already reported it."""
        tokens, text = doc.tokens, doc.text
        for index in doc.occurrences[word]:
            token = tokens[index]
            if token.start in reported or not _plain_word(text, token.start, token.end):
                continue
            if token.start and text[token.start - 1] in "#@":
                continue
            fix = Fix.replace(token.start, token.end, apart, "Separate the words")
            yield self.finding(doc, token.start, token.end, message, fix=fix)

    def _content_pairs(self, doc: Document, reported: set[int]) -> Iterator[Finding]:
        """Two content words glued ('trafficjams'): in edited text they may be a compound
        English has not listed yet, so only a text the translation already damaged counts them
        (see newslint.evidence)."""
        if not doc.shows_translation():
            return
        words = doc.word_counts
        pairs = _CONTENT_PAIRS.of(doc)
        glued = {
            word: split
            for word, split in compress(zip(words, pairs, strict=True), pairs)
            if doc.corpus_word_counts.get(word, 0) < 2
            and not self.config.is_accepted(word)
            and (word.islower() or _only_opening_sentences(doc, word))
        }
        for finding in self._report_glued(doc, glued):
            if finding.start not in reported:
                yield finding

    def _report_glued(self, doc: Document, glued: dict[str, Split]) -> Iterator[Finding]:
        tokens = doc.tokens
        for index in doc.tokens_of(glued):
            token = tokens[index]
            split = glued[token.text]
            if split.kind in ("word+word", "text word+word", "ACRONYM+word") and not _plain_word(
                doc.text, token.start, token.end
            ):
                continue  # "thecut.com", "newwindow=", "{* newpassword *}": an address or code
            at = token.start + split.at
            right = split.right
            continues = split.kind == "Name+Verb" or right.lower() in SPEECH_VERBS
            if continues and not is_normally_capitalized(right):
                replacement = " " + right.lower()  # "Dubois said": the verb continues the sentence
            else:
                replacement = " " + right
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"'{token.text}' looks like two words run together: '{split.left}{replacement}'",
                fix=Fix.replace(at, at + len(right), replacement, "Separate the words"),
            )

    # -- a token the same file writes as two words ----------------------------------------------
    def _written_apart_elsewhere(self, doc: Document, reported: set[int]) -> Iterator[Finding]:
        """'LowTatras', 'Pasirmas', 'Thearchaeologists', "theregion's" beside 'Low Tatras', 'Pasir
        Mas', 'the archaeologists', 'the region' elsewhere in the file: a token no list knows
        whose two halves the text itself writes side by side. No word list can vouch for a rare
        name, but the article can."""
        candidates = list(compress(doc.word_counts, _APART_CANDIDATES.of(doc)))
        if not candidates:
            return  # most documents: every long word is known
        tokens = doc.tokens
        found: dict[str, tuple[int, str, str]] = {}
        for word in candidates:
            if self.config.is_accepted(word):
                continue
            split = _split_written_apart(word, doc)
            if split is not None:
                found[word] = split
        for index in doc.tokens_of(found):
            token = tokens[index]
            if token.start in reported or not _plain_word(doc.text, token.start, token.end):
                continue
            at, left, right = found[token.text]
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"'{token.text}' is written '{left} {right}' elsewhere in this file: two words run together",
                fix=Fix.replace(token.start + at, token.start + at, " ", "Separate the words"),
            )

    # -- a stray capital glued to a common word ----------------------------------------------------
    def _stray_capitals(self, doc: Document) -> Iterator[Finding]:
        shapes = _STRAY_CAPITAL_SHAPE.of(doc)
        stray = {
            word
            for word in compress(doc.word_counts, shapes)  # the few candidates, picked by word number
            if doc.corpus_word_counts.get(word, 0) < 2  # "Mher" twice is a name, not a slip
            and not self.config.is_accepted(word)
        }
        for index in doc.tokens_of(stray):
            token = doc.tokens[index]
            start, word = token.start, token.text
            yield self.finding(
                doc,
                start,
                token.end,
                f"'{word}' looks like a stray '{word[0]}' glued to '{word[1:]}'",
                fix=Fix.replace(start + 1, start + 1, " ", "Separate the letter", safe=False),
            )

    def _split_finding(self, doc: Document, match: regex.Match, first: str, second: str, at: int) -> Finding:
        """'first' and 'second' written as one token by match: the fix puts a space at 'at'."""
        return self.finding(
            doc,
            match.start(),
            match.end(),
            f"'{match.group()}' looks like two words run together: '{first} {second}'",
            fix=Fix.replace(at, at, " ", "Separate the words"),
        )

    # -- a preposition glued to a year, a sign to its number ------------------------------------------
    def _glued_numbers(self, doc: Document) -> Iterator[Finding]:
        """'In2027', 'between2019', 'the2026': a preposition or an article and the year it governs;
        'minus40': a sign and its number; 'some180,000': a word of quantity and its number;
        'April1', 'Section144': a month and its day, a numbered part of a law. The space was lost
        (a scraper's or a converter's join); no handle or code writes them so."""
        text = doc.text
        for pattern, hint in ((GLUED_YEAR, LETTER_THEN_YEAR), (GLUED_SIGN, SIGN_HINT), (GLUED_QUANTITY, QUANTITY_HINT)):
            for match in pattern.finditer(text) if hint.search(text) else ():
                yield self._split_finding(doc, match, match.group("word"), match.group("number"), match.start("number"))
        for match in GLUED_FUNCTION_NUMBER.finditer(text) if FUNCTION_NUMBER_HINT.search(text) else ():
            word = match.group("word") or match.group("word2")
            number = match.group("number") or match.group("number2")
            at = match.start("number") if match.group("word") else match.start("word2")
            first, second = (word, number) if match.group("word") else (number, word)
            yield self._split_finding(doc, match, first, second, at)
        for match in GLUED_LABEL_NUMBER.finditer(text):
            word, number = match.group("word"), match.group("number")
            if word in MONTH_NAMES and not 1 <= int(number) <= 31:
                continue  # 'May2024' is a handle or a file name more often than a date
            yield self._split_finding(doc, match, word, number, match.start("number"))
        for match in GLUED_TITLE.finditer(text):
            at = match.start("name")
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"no space after '{match.group('title')}.': '{match.group()}' runs the title into the name",
                fix=Fix.replace(at, at, " ", "Add a space"),
            )
        digit_glue = DIGIT_GLUE_HINT.search(text) is not None
        for match in GLUED_DAY_MONTH.finditer(text) if digit_glue else ():
            yield self._split_finding(doc, match, match.group("number"), match.group("word"), match.start("word"))
        for match in GLUED_ORDINAL.finditer(text) if digit_glue else ():
            number, word = match.group("number"), match.group("word")
            if is_dictionary_word(word):
                yield self._split_finding(doc, match, number, word, match.start("word"))
        for match in GLUED_NUMBER_COMMA.finditer(text) if digit_glue else ():
            at = match.start("word")
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"no space after the comma: '{match.group()}' runs the number into the next word",
                fix=Fix.replace(at, at, " ", "Add a space"),
            )
        for match in GLUED_ACRONYM.finditer(text) if ACRONYM_HINT.search(text) else ():
            word, acronym = match.group("word"), match.group("acronym")
            if word in PREFIX_LIKE or word in COMBINING_FORMS or word.upper() == acronym:
                continue  # 'teleCARE', 'ecoDRIVE': a brand styled so
            if is_dictionary_word(word) and zipf(word) >= GLUED_ACRONYM_WORD_ZIPF:
                yield self._split_finding(doc, match, word, acronym, match.start("acronym"))
        for match in GLUED_COUNT.finditer(text) if COUNT_HINT.search(text) else ():
            number, word = match.group("number"), match.group("word")
            # ('micrograms', 'kilolitres': long units no dictionary lists; 'secs', 'mins' are house styles)
            unit = len(word) >= LONG_UNIT and not is_known_proper_noun(word)
            counted = zipf(word) >= COUNTED_WORD_ZIPF and (is_dictionary_word(word) or unit)
            if not counted and word not in CURRENCY_NAMES:
                continue
            yield self._split_finding(doc, match, number, word, match.start("word"))

    # -- sentence punctuation glued to the next word -------------------------------------------------
    def _glued_marks(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for candidate in GLUED_MARK_HINT.finditer(text):
            # The cheap hint finds the rare marks with a letter right after them; the full
            # pattern then reads the words on both sides.
            start = candidate.start()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            match = GLUED_MARK.match(text, start)
            if match is None and text[candidate.start()] == "," and _after_hyphenated_word(text, start):
                match = GLUED_COMMA_NAME.match(text, start)  # 'Jung-gu,Seo-gu': a list of hyphenated names
            if match is None or match.start("mark") != candidate.start():
                continue
            left, mark, right = match.group("left", "mark", "right")
            if not _is_glued_mark(text, match.start(), match.end(), left, mark, right):
                continue
            position = match.start("mark")
            yield self.finding(
                doc,
                position - min(len(left), 12),
                match.end(),
                f"no space after '{mark}': '{left}{mark}{right}' runs two words together",
                fix=Fix.replace(position + 1, position + 1, " ", f"Add a space after '{mark}'"),
            )

    # -- a comma glued to the next word after a closing quotation mark ------------------------
    def _glued_after_quote(self, doc: Document) -> Iterator[Finding]:
        """'"The water came fast",said a resident': the comma after the quotation and the speech
        verb with no space between them."""
        text = doc.text
        if '",' not in text and "”," not in text:
            return
        for match in QUOTE_COMMA_GLUED.finditer(text):
            position = match.start("mark")
            yield self.finding(
                doc,
                match.start("quote"),
                match.end(),
                f"no space after '{match.group('mark')}': '{match.group()}' runs the quotation into the next word",
                fix=Fix.replace(position + 1, position + 1, " ", f"Add a space after '{match.group('mark')}'"),
            )

    # -- a quotation mark glued on both sides ------------------------------------------------------
    def _glued_quotes(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in GLUED_QUOTE.finditer(text) if ("“" in text or "”" in text) else ():
            quote = match.group("quote")
            position = match.start("quote")
            # Certain only when the word after the mark continues the sentence in lowercase
            # ("it”said", "Biden“has"); "out“The" may be a reversed closing mark (see QU001).
            certain = match.group("right").islower()
            if quote == "”":
                fix = Fix.replace(position + 1, position + 1, " ", "Add a space after the quotation mark", certain)
            else:
                fix = Fix.replace(position, position, " ", "Add a space before the quotation mark", certain)
            yield self.finding(
                doc,
                match.start(),
                match.end() + _word_length(text, match.end()),
                f"quotation mark glued to the words on both sides: '{_excerpt(text, match.start())}'",
                fix=fix,
            )


# Two glued words are rarely longer than this; longer runs are code, data or noise.
MAX_GLUED_LENGTH = 40
NAME_SHAPE = regexes.compile(r"\p{Lu}+|\p{Lu}{1,2}\p{Ll}+|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+")  # NATO, Parker, EHang, McCain


# -- glued words: candidates from the word alone (cached), choice with the text's evidence ---------
APART_MIN_LENGTH = 6
APART_PART_LENGTH = 3
POSSESSIVE_END = regexes.compile(r"['’]s$")


# Words that follow a place's name in a sentence and that MT or a scraper glues to it.
PLACE_TAILS = tuple(
    sorted(
        """said says and the was were has have had will are for with from after before during
        where which who""".split(),
        key=len,
        reverse=True,
    )
)
WELL_KNOWN_PLACE_ZIPF = 3.0
DELIBERATE_FORM_USES = 2


@lru_cache(maxsize=20_000)
def _place_and_tail(word: str) -> tuple[str, str] | None:
    """('Kyiv', 'said') for 'Kyivsaid': a place English writes often, then a tail word."""
    if not word.isalpha() or len(word) < 6 or zipf(word) > 0 or is_known_proper_noun(word):
        return None
    for tail in PLACE_TAILS:
        place = word[: -len(tail)]
        if word.endswith(tail) and len(place) >= 3 and zipf(place) >= WELL_KNOWN_PLACE_ZIPF:
            if place_id(place) is not None and not is_dictionary_word(place.lower()):
                return place, tail  # not 'Goldis': a word that names a place too
    return None


def _apart_candidate(word: str) -> bool:
    """A long token, possessive aside, that no word list knows (once per word)."""
    if not APART_MIN_LENGTH <= len(word) <= MAX_GLUED_LENGTH:
        return False  # (a run of letters longer than any two words would cost a look-up per cut)
    plain = POSSESSIVE_END.sub("", word) if word.endswith(("s", "S")) else word
    if not plain.isalpha() or zipf(plain.lower()) > 0:
        return False  # most long words: English writes them
    return _is_unknown(plain) or _is_unknown(plain.lower())


def _split_written_apart(word: str, doc: Document) -> tuple[int, str, str] | None:
    """(cut, left, right) when word, no word the lists know, is two words the text writes side
    by side with one space: the left half's tokens (in any of its usual cases, from the word
    index) followed by the right half."""
    plain = POSSESSIVE_END.sub("", word)
    folded = plain.lower()
    occurrences = doc.occurrences
    _, _, words, gaps = doc.token_columns
    last = len(words) - 1
    for at in range(APART_PART_LENGTH - 1, len(plain) - APART_PART_LENGTH + 1):
        left, right = plain[:at], plain[at:]
        tail = folded[at:]
        variants = {left, left.lower(), left.capitalize()}
        if not any(
            index < last and gaps[index + 1] == " " and POSSESSIVE_END.sub("", words[index + 1]).lower() == tail
            for variant in variants
            for index in occurrences.get(variant, ())
        ):
            continue
        name_like = zipf(left.lower()) < APART_WORD_ZIPF or is_person_or_place(left)
        if left[0].isupper() and right.islower() and name_like and left.lower() not in FUNCTION_WORDS:
            return None  # 'Chengdong' and 'Cheng dong': one name in two spellings (NC001's)
        return at, left, right
    return None


APART_WORD_ZIPF = 3.0


def _candidate_splits(word: str) -> tuple[Split, ...]:
    """Every plausible two-word reading of an unknown token, judged on word lists alone."""
    if len(word) > MAX_GLUED_LENGTH:
        return ()  # a run of letters this long is no pair of words (and would cost time per cut)
    base = POSSESSIVE_END.sub("", word)
    if base != word and base.isalpha():
        return _candidate_splits(base)  # "Mbagalaroute's": the glue is in the name the 's follows
    lower_after = GLUED_POSSESSIVE_WORD.fullmatch(word)
    if lower_after and _possessive_then_word(lower_after.group(1), lower_after.group(2)):
        at = lower_after.end(1)  # "Iraq'soil", "company'sprofits"
        return (Split(at, word[:at], word[at:], "possessive+Word"),)
    if word.islower():
        return _lowercase_splits(word)
    if len(word) < 5 or word.isupper():
        return ()
    pronoun_glue = _pronoun_and_verb(word)
    if pronoun_glue is not None:
        return (pronoun_glue,)
    if word[0].islower():
        # "theState": word frequencies are case-folded ("thestate" is a web address), so only
        # the dictionaries can vouch for a word that starts in lowercase and has a capital inside.
        if is_dictionary_word(word) or is_known_proper_noun(word):
            return ()
    elif not _is_unknown(word) and not _region_compound(word):
        return ()
    possessive = GLUED_AFTER_POSSESSIVE.fullmatch(word)
    if possessive:  # "Rajasthan'sPhalodi": a possessive never runs into the capital after it
        at = possessive.end(1)
        return (Split(at, word[:at], word[at:], "possessive+Word"),)
    # In a hyphenated or possessive token only the last piece can be glued ("Smith-Jonessaid").
    cut = max(word.rfind("-"), word.rfind("'"), word.rfind("’")) + 1
    piece = word[cut:]
    if len(piece) < 4 or not piece.isalpha() or (cut and not _is_unknown(piece)):
        return ()
    capital = max((i for i, c in enumerate(piece) if c.isupper()), default=0)
    compound = piece[0].isupper() and not piece[:capital].isupper()
    tail = piece[capital:]
    if compound and len(tail) >= 5 and not _is_unknown(tail) and _split_kind(piece[:capital], tail) != "Name+Verb":
        if not _glued_into_a_name(piece[:capital], tail) and piece[:capital] not in CAPITALIZED_GLUE_WORDS:
            return ()  # a CamelCase compound of known words: "NikkoCitigroup", "HarperCollins"
    found = []
    for at in range(2, len(piece) - 1):
        left, right = piece[:at], piece[at:]
        kind = _split_kind(left, right)
        if kind:
            found.append(Split(cut + at, word[: cut + at], right, kind))
    return tuple(found)


def _pronoun_and_verb(word: str) -> Split | None:
    """'Hesaid', 'Itis', 'Theyhave': a subject pronoun and its verb glued at a sentence's start,
    which the web writes rarely enough to give a few such glues a word-list entry of their own."""
    if not (word[0].isupper() and word[1:].islower()) or zipf(word) >= PRONOUN_GLUE_ZIPF or is_dictionary_word(word):
        return None
    lower = word.lower()
    for pronoun in SUBJECT_PRONOUNS:
        if lower.startswith(pronoun) and lower[len(pronoun) :] in PRONOUN_VERBS:
            return Split(len(pronoun), word[: len(pronoun)], word[len(pronoun) :], "word+word")
    return None


# The last word of an institution's name: a brand ends in one rarely ("SoftBank" is short before it).
INSTITUTION_ENDINGS = frozenset(
    """Agency Department Ministry Council Committee Authority Commission Institute Directorate Office
    Minister Secretary Court Parliament Assembly Municipality Government""".split()
)


def _glued_into_a_name(left: str, tail: str) -> bool:
    """'ProtectionAgency', 'NiigataPrefecture', 'ChinaRailway': two words of an institution's or
    a region's name, the space between them lost. Brands built so ('SoftBank', 'PlayStation',
    'DirectConnect') end in other words."""
    if tail in INSTITUTION_ENDINGS:
        return len(left) >= 5 and is_dictionary_word(left.lower()) and zipf(left) >= 3.5
    if left in REGION_WORDS:
        return _place_name_word(tail) or _capitalized_place(tail)  # 'NorthAmerica', 'CentralJava', 'NewYork'
    if tail in PLACE_HEADS:
        return len(left) >= 4 and _place_name_word(left)  # 'PuneMetro', not 'RiverStation'
    return tail in PLACE_ENDINGS and len(left) >= 4 and is_person_or_place(left)


# An article or preposition at a sentence's or a name's start, glued to the capital after it.
CAPITALIZED_GLUE_WORDS = frozenset("The Of And For With From".split())

# Words that open the names of regions and places ('North America', 'Central Java', 'New York').
REGION_WORDS = frozenset(
    "North South East West Central Upper Lower Greater New Northern Southern Eastern Western Lake Mount".split()
)
REGION_COMPOUND = regexes.compile(r"(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{3,})")
HASHTAG_ZIPF = 1.5  # 'northamerica': web addresses and hashtags give a glued name this much at most


def _region_compound(word: str) -> bool:
    """'NorthAmerica', 'CentralSulawesi': a region word glued to a place's name, which the word
    lists know only from web addresses and hashtags."""
    match = REGION_COMPOUND.fullmatch(word)
    return (
        match is not None
        and match.group(1) in REGION_WORDS
        and zipf(word) < HASHTAG_ZIPF
        and (_place_name_word(match.group(2)) or _capitalized_place(match.group(2)))
    )


def _capitalized_place(word: str) -> bool:
    """A place's name that is also a word ('Java', 'Sumatra', 'Jersey'), known as a name."""
    return is_person_or_place(word) and is_known_proper_noun(word)


def _place_name_word(word: str) -> bool:
    """A place's name that is no ordinary English word ('America', 'Sulawesi'; not 'Jet', 'Park')."""
    return (place_id(word) is not None or is_person_or_place(word)) and not is_dictionary_word(word.lower())


PLACE_ENDINGS = frozenset("Prefecture Province Region County District Railway Railways Airport Airlines Police".split())
# Words that end the name of a river, a street, a station or a metro named after a place ('Pune
# Metro', 'Kolhapur Station'); brands end in them too ('RiverStation'), so the place before must
# be no ordinary word.
PLACE_HEADS = frozenset(
    """River Lake Mountains Island Islands Bay Street Road Avenue Square Bridge Station Stadium Hospital
    University Metro Market""".split()
)


# Combining forms English builds technical words with ('autotransformer', 'hydropower').
COMBINING_FORMS = frozenset(
    "auto tele eco bio geo agro hydro electro photo radio video aero cyber neo euro petro thermo".split()
)
CONTENT_PAIR_LENGTH = 7
CONTENT_PART_LENGTH = 3
CONTENT_PART_ZIPF = 3.0


def _content_pair(word: str) -> Split | None:
    """'trafficjams', 'budgetproposal': a lowercase token no list of any language knows that is
    two frequent English words, neither of them a prefix or suffix English builds words with;
    the most frequent reading when there are several (only read in damaged text, see above)."""
    if word[:1].isupper() and word[1:].islower():
        # 'Coffeeexporters said': the same glue opening a sentence (the rule checks it opens one),
        # unless some list knows the capitalized word as a name.
        if name_index().lookup(fold(word)) is not None:
            return None
        split = _content_pair(word.lower())
        return None if split is None else split._replace(left=word[: split.at])
    if "-" in word and word.islower() and len(word) <= MAX_GLUED_LENGTH:
        # 'low-floortrams': the glue sits in the last piece of a hyphenated compound
        cut = word.rfind("-") + 1
        split = _content_pair(word[cut:])
        return None if split is None else Split(cut + split.at, word[: cut + split.at], split.right, split.kind)
    if len(word) < CONTENT_PAIR_LENGTH or len(word) > MAX_GLUED_LENGTH or not word.isalpha() or not word.islower():
        return None
    if zipf(word) > 0 or is_dictionary_word(word) or is_known_proper_noun(word):
        return None
    if max(foreign_frequencies(word).values(), default=0.0) > 0:
        return None
    singular = word[:-2] if word.endswith("es") else word[:-1] if word.endswith("s") else word
    if singular != word and (zipf(singular) > 0 or is_dictionary_word(singular) or zipf(word[:-1]) > 0):
        return None  # the plural of a compound English writes ('hosepipes')
    best: tuple[float, Split] | None = None
    for at in range(CONTENT_PART_LENGTH, len(word) - CONTENT_PART_LENGTH + 1):
        left, right = word[:at], word[at:]
        if left in PREFIX_LIKE or left in COMBINING_FORMS or right in SUFFIX_LIKE:
            continue
        if not (is_dictionary_word(left) and is_dictionary_word(right)):
            continue
        weakest = min(zipf(left), zipf(right))
        if weakest >= CONTENT_PART_ZIPF and (best is None or weakest > best[0]):
            best = (weakest, Split(at, left, right, "word+word"))
    return None if best is None else best[1]


# Read for every distinct word of every document: by word number (see newslint.word_memo).
_CANDIDATE_SPLITS = WordColumn(_candidate_splits)
_CONTENT_PAIRS = WordColumn(_content_pair)
_APART_CANDIDATES = WordColumn(_apart_candidate)


def _lowercase_splits(word: str) -> tuple[Split, ...]:
    """Two ordinary words glued in lowercase ("governmentsaid", "ofthe", "newrules"): the token is
    no word of English or of another language, and splits into two words of which one is among
    English's most common (a function word, a speech verb, "new"), the other a frequent word.
    Two content words ("fire|pit") are left alone: that is how English builds compounds."""
    if len(word) < MIN_LOWERCASE_GLUED or not word.isalpha() or is_dictionary_word(word):
        return ()
    seen = zipf(word)
    if is_known_proper_noun(word):
        return ()
    if seen >= GLUED_TYPO_ZIPF:
        # 'ofthe', 'inthe': two function words the web glues often enough for an entry of their own
        pair = next(
            (at for at in range(2, len(word) - 1) if word[:at] in FUNCTION_WORDS and word[at:] in FUNCTION_WORDS),
            None,
        )
        if pair is None or seen >= FUNCTION_PAIR_WORD_ZIPF:
            return ()
        return (Split(pair, word[:pair], word[pair:], "word+word"),)
    # A rare word the lists know is a compound ("codename", "fightback"), unless it is two
    # function words (the web writes "inthe" often enough for a rare entry of its own).
    only_function_words = seen > 0
    if max(foreign_frequencies(word).values(), default=0.0) >= FOREIGN_GLUED_ZIPF:
        return ()  # a word of another language
    found = []
    for at in range(2, len(word) - 1):
        left, right = word[:at], word[at:]
        if only_function_words and not (left in GLUE_WORDS and right in GLUE_WORDS or _glued_phrase(left, right, seen)):
            continue
        if _glue_pair(left, right):
            found.append(Split(at, left, right, "word+word"))
        elif right in TRAILING_GLUE_WORDS and len(left) >= MIN_LOWERCASE_GLUED and not seen:
            # 'madrasasand': a word no list holds (a loanword, a local term) before 'and'; only
            # the text can vouch for it, by writing it alone (see _split_score)
            found.append(Split(at, left, right, "text word+word"))
    return tuple(found)


SUBJECT_PRONOUNS = frozenset("he she it we they".split())
PRONOUN_GLUE_ZIPF = 3.0  # 'itis' (2.7) is a suffix the lists hold, never a word at a sentence's start
PRONOUN_VERBS = frozenset("said says is was are were has had have will would can could must should did does".split())
TRAILING_GLUE_WORDS = frozenset("and the of to in for with from".split())


def _glued_phrase(left: str, right: str, seen: float) -> bool:
    """'accordingto', 'becauseof': a common word and the function word of its set phrase;
    'lastweek', 'nextyear': a time word and its noun; glued often enough on the web for a rare
    entry in the word lists, never a word."""
    if seen >= RARE_GLUE_ZIPF:
        return False
    if left in TIME_DETERMINERS and right in TIME_NOUNS:
        return True
    if left == "the" and is_dictionary_word(right) and zipf(right) >= ARTICLE_GLUE_ZIPF and right not in FUNCTION_WORDS:
        return True  # 'thefirst', 'thegovernment': the article glued to a common word
    return right in GLUE_WORDS and zipf(left) >= 4.0 and is_dictionary_word(left)


TIME_DETERMINERS = frozenset("last next this every each".split())
TIME_NOUNS = frozenset(
    "week weeks month months year years night weekend season day days morning evening summer winter spring "
    "autumn".split()
)
FUNCTION_PAIR_WORD_ZIPF = 4.0  # 'onto', 'into' are words; 'ofthe' (3.3), 'inthe' are glues


RARE_GLUE_ZIPF = 2.0
ARTICLE_GLUE_ZIPF = 4.5


def _glue_pair(left: str, right: str) -> bool:
    """Whether left and right are two English words that are written apart."""
    # Beside a function word a less common word will do ("persecuted|for").
    function_word = left in GLUE_WORDS or right in GLUE_WORDS
    needed = FUNCTION_PAIR_PART_ZIPF if function_word else GLUED_PART_ZIPF
    for part in (left, right):
        if not is_dictionary_word(part) or zipf(part) < needed:
            return False
        if len(part) < 3 and part not in FUNCTION_WORDS:
            return False
    if left in PREFIX_LIKE and right not in FUNCTION_WORDS or right in SUFFIX_LIKE:
        return False  # "over|reach", "out|spend", "state|less": English builds words so
    common = max(zipf(left), zipf(right)) >= COMMON_TAIL_ZIPF or function_word
    return common or right in SPEECH_VERBS or _past_verb(left)


def _past_verb(word: str) -> bool:
    """A past form that is only a verb ('pulled', 'signed'), or a participle in -en of a verb
    ('fallen', 'stolen'): English builds no compound on one ('pulled|straight', 'fallen|trees'
    are two words), unlike nouns and adjectives ('fire|pit', 'high|way')."""
    if word.endswith("ed"):
        return parts_of_speech(word) == {"VERB"}
    if not word.endswith("en") or len(word) < 5 or "VERB" not in parts_of_speech(word):
        return False
    return any("VERB" in parts_of_speech(stem) for stem in (word[:-2], word[:-1]))


def _is_unknown(word: str) -> bool:
    """Neither a word nor a name the lexicon knows, nor a common word of another language."""
    if zipf(word) > 0 or is_dictionary_word(word) or is_known_proper_noun(word):
        return False
    return max(foreign_frequencies(word).values(), default=0.0) < 2.5


def _split_kind(left: str, right: str) -> str | None:
    """What kind of join left+right would be, if both sides are plausible words."""
    lower = right.lower()
    if right.islower():
        # A name, an acronym or a brand glued to a lowercase word: "Parkervoted", "NATOforces".
        if left[-1].isupper() and not left.isupper():
            return None  # "ContinueL|earn": the split falls inside a word
        if not left.isupper() and is_dictionary_word(left) and zipf(left) >= 3.5 and not _non_noun(right):
            return None  # "Storage|craft", "Home|pods": an ordinary word and a noun make a brand
        if left.lower() in GLUE_WORDS and right in GLUE_WORDS and len(left) >= 3:
            return "word+word"  # "Mostof", "Morethan": two function words at a sentence start
        if left[0].isupper() and is_dictionary_word(right) and zipf(right) >= ATTESTED_TAIL_ZIPF:
            if len(right) >= 3 or right in FUNCTION_WORDS:
                return "name+word"
        if left.isupper() and len(left) >= 3 and len(right) >= 3 and zipf(right) >= GLUED_ACRONYM_WORD_ZIPF:
            return "ACRONYM+word"  # "DSCChotline": scored by the text's own use of the acronym (see _split_score)
        return None
    if not (right[0].isupper() and (len(right) == 1 or right[1:].islower())) or len(right) < 2:
        return None
    if left.islower():
        # "theMinistry", "alliesEspecially": a lowercase word glued to a capitalized one.
        if left in FUNCTION_WORDS and left not in BRAND_PREFIXES and len(left) >= 2 and len(right) >= 3:
            return "word+Word"
        if len(left) >= 3 and is_dictionary_word(left) and zipf(left) >= 3.5 and _adverb_or_function_word(lower):
            return "word+Word"
        if len(left) >= 3 and is_dictionary_word(left) and lower in SPEECH_VERBS:
            return "word+Word"  # "councilSaid": no identifier or brand ends in a capitalized speech verb
        if _past_verb(left) and is_known_proper_noun(right) and not is_dictionary_word(lower):
            return "word+Word"  # "praisedOsaka": a past verb glued to the name it governs
        return None
    if left.isupper() and len(left) >= 2:
        # "IMFDirector": an acronym glued to a capitalized word (the split sits before the capital
        # that starts the lowercase run, which is the only capital-then-lowercase boundary).
        if is_dictionary_word(lower) and zipf(lower) >= 3.5 and len(right) >= 3:
            return "ACRONYM+Word"
        return None
    if left in CAPITALIZED_GLUE_WORDS and len(right) >= 4:
        if is_dictionary_word(lower) or is_known_proper_noun(right):
            return "word+Word"  # "TheMetro", "OfJustice": an article or preposition opens no CamelCase name
    if left[0].isupper() and left[1:].islower() and _glued_into_a_name(left, right):
        return "word+Word"  # "ProtectionAgency": two words of an institution's name
    if left[0].isupper() and left[1:].islower() and len(left) >= 3 and left.lower() not in NAME_PARTICLES:
        # "DuboisSaid", "MartinFor": a name glued to a verb or a function word.
        if lower in FUNCTION_WORDS or lower in SPEECH_VERBS or parts_of_speech(lower) == {"VERB"}:
            return "Name+Verb"
    return None


def _stands_alone(left: str, *, noun_follows: bool) -> bool:
    """Whether a name the text does not use on its own is still clearly a word of its own: an
    acronym or a long name the word lists know ("Eurostat"), or a CamelCase brand ("EHang").
    Short names ("Mira|point", "Amena|bar") are too often the start of a longer, correct name,
    and a noun glued to a rare name is often a compound name ("Gadara|vice"), so a noun needs a
    better-known name than a verb or a function word does."""
    if left.isupper():
        # "NATOforces"; of two-letter acronyms only the ones news writes every day ("EU", "UN").
        return len(left) >= 3 and zipf(left) > 0 or len(left) == 2 and zipf(left) >= EVERYDAY_ACRONYM_ZIPF
    if any(c.isupper() for c in left[1:]):
        # A CamelCase brand ("EHang"), not a phrase of another language ("AktuelleSport").
        segments = regex.findall(r"\p{Lu}\p{Ll}+", left)
        return len(left) >= 4 and not any(_foreign_word(segment) for segment in segments)
    if len(left) < 6 or is_dictionary_word(left):
        return False
    return zipf(left) >= (2.0 if noun_follows else 1.0)


def _foreign_word(word: str) -> bool:
    """A common word of another language that English does not use ('aktuelle')."""
    return zipf(word) < 2.0 and max(foreign_frequencies(word).values(), default=0.0) >= 3.0


def _adverb_or_function_word(word: str) -> bool:
    """A word that does not end a CamelCase name or identifier ("Especially", "Which"), unlike
    nouns and verbs ("passwordConfirm", "NetRatings")."""
    return word in FUNCTION_WORDS or parts_of_speech(word) == {"ADV"}


def _non_noun(word: str) -> bool:
    """A word that cannot start a CamelCase product name ("Especially", "Which", "Said")."""
    return word in FUNCTION_WORDS or bool(parts_of_speech(word)) and "NOUN" not in parts_of_speech(word)


def _end_of_a_longer_name(doc: Document, word: str, candidates: tuple[Split, ...]) -> Split | None:
    """'Bondi Beachwelcomed', 'Stock Exchangewas': the last word of a name of several
    capitalized words glued to a past verb or a word no name ends in. A brand made so stands
    alone; here a capitalized word comes before it at every use."""
    split = next((split for split in candidates if split.kind == "name+word"), None)
    if split is None or not (split.right in NO_NAME_ENDS or _past_verb_only(split.right)):
        return None
    if len(split.left) < PLACE_GLUE_LENGTH or not is_dictionary_word(split.left.lower()):
        return None
    tokens, text = doc.tokens, doc.text
    for index in doc.tokens_of([word]):
        before = tokens[index - 1] if index else None
        if before is None or not before.is_capitalized or text[before.end : tokens[index].start] != " ":
            return None
        if before.start in doc.sentence_starts and not before.text[1:].islower():
            return None
    return split


def _past_verb_only(word: str) -> bool:
    """A past tense no noun or adjective shares ('welcomed', 'reopened'; not 'rose', 'closed')."""
    return parts_of_speech(word) == {"VERB"} and "VBD" in verb_forms(word)


def _best_split(doc: Document, word: str, candidates: tuple[Split, ...]) -> Split | None:
    """The split the text supports best, or None when no reading is clearly better than a rare
    but correct name."""
    counts = doc.word_counts
    repeated = doc.corpus_word_counts.get(word, 0) >= 2
    best: tuple[float, Split] | None = None
    for split in candidates:
        if repeated and split.kind != "word+Word":
            continue  # a glue accident rarely repeats letter for letter; a brand name does
        score = _split_score(split, counts)
        if score > 0 and (best is None or score > best[0]):
            best = (score, split)
    return best[1] if best else None


def _split_score(split: Split, counts: dict[str, int]) -> float:
    """How convincing a split is (0: not at all): the left part used on its own in the text
    counts most, then the left part being a known name, then how common the right part is."""
    left, right, kind = split.left, split.right, split.kind
    if kind == "possessive+Word":
        return 3.0  # no word or name is spelled so
    last_piece = regex.split(r"[-'’]", left)[-1]
    attested = counts.get(left, 0) > 0 or (last_piece != left and counts.get(last_piece, 0) > 0)
    if attested and is_dictionary_word(last_piece) and counts.get(last_piece.lower(), 0) > 0:
        attested = False  # "Movie|link": the text also uses the word in lowercase, as a common word
    tail = zipf(right)
    if kind == "text word+word":
        return 2.0 + tail / 10 if counts.get(left, 0) > 0 else 0.0
    if kind == "ACRONYM+word":
        if counts.get(left, 0) > 0:
            return 2.0 + tail / 10
        return 1.0 + tail / 10 if len(right) >= 4 and tail >= FREQUENT_TAIL_ZIPF else 0.0
    if kind == "name+word" and counts.get(left, 0) == 0 and not NAME_SHAPE.fullmatch(last_piece):
        return 0.0  # "KMRLweb|site": capitals then lowercase letters make no name the text does not write
    if kind == "name+word":
        if right in NAME_ENDINGS and not (attested and len(last_piece) >= 4 and right in FUNCTION_WORDS):
            # "Kalinin|sky", "Black|well": how names are built, even from known names; but a name
            # the text writes on its own, glued to 'in' or 'an', is a glue ("Rabat|in")
            return 0.0
        if attested and len(last_piece) >= (2 if last_piece.isupper() else 3):
            return 2.0 + tail / 10
        if len(right) >= 4 and tail >= FREQUENT_TAIL_ZIPF:
            if _stands_alone(last_piece, noun_follows="NOUN" in parts_of_speech(right)):
                return 1.0 + tail / 10
        if right in SPEECH_VERBS and is_dictionary_word(last_piece) and zipf(last_piece) >= GLUED_PART_ZIPF:
            return 1.0 + tail / 10  # "Officialssaid": no name or brand ends in a speech verb
        if right in NO_NAME_ENDS and is_known_proper_noun(last_piece) and zipf(last_piece.lower()) >= KNOWN_NAME_ZIPF:
            return 1.0 + tail / 10  # "Spainand", "Berlinthe": a well-known name, then a word no name ends in
        if right in NO_NAME_ENDS and len(last_piece) >= PLACE_GLUE_LENGTH and place_id(last_piece) is not None:
            return 1.0 + tail / 10  # "Kowloonand", "Settatsaid": a place of the gazetteer, then such a word
        if right in PLACE_KIND_ENDS and len(last_piece) >= 4 and place_id(last_piece) is not None:
            return 1.0 + tail / 10  # "Gapyeongcounty": a place of the gazetteer, then the kind of place it is
        if right in AFTER_FIRST_NAME_GLUE and len(last_piece) >= 4 and is_first_name(last_piece):
            if not is_dictionary_word(last_piece):
                return 1.0 + tail / 10  # "Catarinaand": a first name, then 'and' (no name ends in it)
        if (
            right in NO_NOUN_ENDS
            and len(last_piece) >= 4
            and is_dictionary_word(last_piece)
            and zipf(last_piece) >= GLUED_PART_ZIPF
        ):
            return 1.0 + tail / 10  # "Farmersalso": a common noun opening the sentence, then a function word
        return 0.0
    if kind == "word+Word":
        return 1.5 + tail / 10
    if kind == "word+word":
        return 1.0 + min(zipf(left), tail) / 10
    if kind == "ACRONYM+Word":
        return 2.0 + tail / 10 if attested else 0.0
    if kind == "Name+Verb":
        # A name the word lists know ("Sunak"), not a word that starts brands ("Move|On").
        name = attested or is_known_proper_noun(left) or zipf(left) > 0
        if name and right.lower() in SPEECH_VERBS:
            return 1.5 + tail / 10  # "CostaSaid": a capitalized speech verb glued to any name
        return 1.5 + tail / 10 if name and not is_dictionary_word(left) else 0.0
    return 0.0


# -- glued sentence punctuation ------------------------------------------------------------------
QUOTE_OPENERS = frozenset("'‘\"“")
QUOTE_CLOSERS = frozenset("'’\"”")


def _only_opening_sentences(doc: Document, word: str) -> bool:
    """Whether every use of a capitalized word opens a sentence: its capital is the sentence's,
    not a name's."""
    return all(doc.tokens[index].start in doc.sentence_starts for index in doc.tokens_of([word]))


def _built_alike(doc: Document, word: str, right: str) -> bool:
    """Whether the text writes another unlisted compound with the same second part ('Midcaps
    and smallcaps'): a family of terms its field builds that way, not a missing space."""
    tail = right.casefold()
    for other in doc.word_counts:
        folded = other.casefold()
        head = folded[: len(folded) - len(tail)]
        if other != word and folded.endswith(tail) and len(head) >= 2 and head not in FUNCTION_WORDS:
            if zipf(other) == 0:
                return True
    return False


def _is_glued_mark(text: str, start: int, end: int, left: str, mark: str, right: str) -> bool:
    """Whether 'left<mark>right' is two words missing a space, not an address, a file name, an
    abbreviation, an initial or a name written with a dot ("Gazeta.Ru", "One.Tel")."""
    token = _whitespace_token(text, start, end)
    if "://" in token or "@" in token or token.lower().lstrip("(\"'“‘[").startswith("www."):
        return False
    bare = token.rstrip(".,;:!?)")
    if len(bare) > 2 and bare[0] in QUOTE_OPENERS and bare[-1] in QUOTE_CLOSERS:
        return False  # "'word.Word'": a form quoted as a form, as style notes and glossaries do
    if mark in ",;":
        # "said,but", "growth;the": a comma is never written between two words without a space.
        if left.isupper() and right.isupper():
            return min(len(left), len(right)) >= 3  # "ATTENTION,HIGH"; not "TL;DR"
        return left.isalpha() and (right.islower() or left[1:].islower() and right[0].isupper())
    lower = right.lower()
    if left.lower() in ABBREVIATIONS or left.lower() in NAME_PARTICLES and left[0].isupper():
        return False  # "St.Petersburg", "Mr.Smith": a missing space, but the abbreviation says so
    if right.islower():
        # "neat.large", "instance.are": only ordinary words, never a domain or a file ending.
        return (
            lower not in _web_endings()
            and left.isalpha()
            and left.islower()  # "Security.cloud", "Booking.com": a brand's dot
            and (is_dictionary_word(left) or zipf(left) >= 2.0)  # "lawinen.report": a web address
            and is_dictionary_word(right)
            and zipf(right) >= 3.0
        )
    if not (right[0].isupper() and right[1:].islower()):
        return False  # "ASTANA.KAZINFORM", "Node.JS"
    if left.isdigit() or left[0].isupper():
        # "2024.In", "Qatar.The": only a word that opens sentences, never "Gazeta.Ru" or "One.Tel";
        # or a common word whose sentence goes on in lowercase ("Alegre.More than 5,000"); after a
        # day or a month that ends a sentence, any name whose sentence goes on ("Monday.Lantis said").
        if left in DAYS_AND_MONTHS and mark == "." and len(right) >= 3:
            return text[end : end + 2] == ", " or text[end : end + 1] == " " and text[end + 1 : end + 2].islower()
        return lower in FUNCTION_WORDS or mark == "." and _sentence_goes_on(text, end, lower)
    if not left.islower():
        return False
    # 'banks.Tourists': a common word before the dot, or a rarer one ('ghats') when an ordinary
    # word after it opens a sentence that goes on in lowercase.
    return is_dictionary_word(left) or zipf(left) >= 3.0 or left.isalpha() and _sentence_goes_on(text, end, lower)


def _sentence_goes_on(text: str, end: int, lower: str) -> bool:
    """A frequent ordinary word after the dot, then a space and a lowercase word: the start of
    a sentence, not the second half of a brand or a web address."""
    if lower in _web_endings() or not is_dictionary_word(lower) or zipf(lower) < SENTENCE_WORD_ZIPF:
        return False
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


# A word this frequent after a glued dot, followed by a lowercase word, opens the next sentence
# ("More", "Police", "Gusts were"); a brand's second half ("Gazeta.Ru") is no such word.
SENTENCE_WORD_ZIPF = 3.0
DAYS_AND_MONTHS = WEEKDAYS | MONTHS


def _plain_word(text: str, start: int, end: int) -> bool:
    """Whether the word stands between spaces with at most sentence punctuation around it."""
    token = _whitespace_token(text, start, end)
    return token.strip(PROSE_PUNCTUATION) == text[start:end]


def _whitespace_token(text: str, start: int, end: int) -> str:
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:right]


@cache
def _web_endings() -> frozenset[str]:
    lines = (DATA / "run_together_domains.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


def _stray_capital_shape(word: str) -> bool:
    """A capital before a common word that, so written, is no word ('Xthe'): what a stray
    capital needs from the word alone."""
    return 3 <= len(word) <= 7 and word[0].isupper() and word[1:] in _common_words() and zipf(word) == 0


_STRAY_CAPITAL_SHAPE = WordColumn(_stray_capital_shape)  # by word number (see newslint.word_memo)


@cache
def _common_words() -> frozenset[str]:
    """English's most common words: the ones a stray capital gets glued to ("Xthe")."""
    return frozenset(lexicon().frequent_words(COMMON_TAIL_ZIPF))


def _word_length(text: str, start: int) -> int:
    found = regex.match(r"\p{L}*", text[start:])
    return len(found.group()) if found else 0


def _excerpt(text: str, start: int) -> str:
    return text[start : start + 12].split()[0]
