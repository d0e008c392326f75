"""Repetition: a doubled word ("the the"), a phrase written twice ("the snowfall, the snowfall"),
a translation loop ("the President, the President, the President"), a name echoed across one word."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import compress, count, islice
from operator import eq, itemgetter

from newslint import regexes
from newslint.document import Document, Token, within_quotation
from newslint.finding import Finding, Fix
from newslint.grammar import MONTHS, WEEKDAYS
from newslint.lexicon import FUNCTION_WORDS, is_dictionary_word, parts_of_speech
from newslint.rule import Rule

# Longest phrase (in words) looked for; a loop of longer phrases is rare and costs more to find.
MAX_PHRASE = 10
COORDINATED_MAX = 6  # words of a phrase joined to itself by 'and' ('the elephants and the elephants')
# Single words English doubles on purpose ("had had", "that that", "bye bye", "very very").
LEGITIMATE_DOUBLES = frozenset(
    """had that very really bye no yes so far ha haha ho hee la na knock is now well there tut tsk
    chop dum boo blah yada pooh hush hip hear bang boom go night quick tick ta choo cha ooh oh aw
    buzz murmur tom yo bla wah woo din her boda piki tuk pom mahi goody chin aye yum""".split()
)
# Words said three times or more on purpose ("no no no", "ha ha ha", "go go go"); grammar doubles
# 'had had' and 'that that', but never writes them three times.
CHANTED = (LEGITIMATE_DOUBLES - frozenset("had that is her there far".split())) | frozenset(
    "more again tick tock la yeah okay ok run".split()
)
# Names that are a word written twice (towns, people, bands, dishes).
REDUPLICATED_NAMES = frozenset(
    """walla wagga baden bora pago sirhan duran humbert sing mahi talk mau tora bam dum ylang chitty
    kiri kuala yo cous tutu bonga juju gaga baba dodo lulu mimi coco bebe nene kiki fifi momo
    tintin""".split()
)
ARTICLE_AFTER = regexes.compile(r" (?:the|a|an|his|her|their|its|our|my|your|this|these|those)\b")
# Phrases repeated on purpose: a city named for its state, a chorus.
REDUPLICATED_PHRASES = frozenset({("new", "york")})
# "side by side", "face to face", "one after one": a word echoed across these is idiomatic.
IDIOM_LINKS = frozenset(
    {"by", "to", "after", "for", "and", "or", "v", "vs", "versus", "upon", "on", "in", "against", "is", "was", "will"}
)  # and "Ollie is Ollie", "boys will be boys": the copula idiom
# "went on and on", "time and time again", "back to back": a dictionary word linked to
# itself may run to two copies of "word link" ("or" is left out: "or X or X" is a translation slip).
CHAIN_LINKS = frozenset({"and", "to", "by", "after", "upon", "for"})
ADVERB_PARTICLES = frozenset({"on", "over", "up", "out", "in", "round", "around", "back", "down", "more", "less"})
PARTICLE_DOUBLES = frozenset({"for", "in", "on", "to", "up", "out", "off", "over"})

# What may stand between the words of a doubled word, of a repeated phrase, and of a loop.
WORD_GAP = regexes.compile(r"[ \t]+")
PHRASE_GAP = regexes.compile(r"%?[ \t]*,?[ \t]+|%?,")  # a percent sign closes the first copy ("of 20% of 20%")
LOOP_GAP = regexes.compile(r"[^\w\n]{1,4}")
ECHOED = regexes.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}]*)[ \t]+(\p{Ll}+)[ \t]+\1(?![\p{L}\p{N}'’-])")
WORD_BEFORE = regexes.compile(r"(\p{L}+)\W*$")
WORD_AFTER = regexes.compile(r"[ \t]+(\p{L}+)")
HYPHEN_DOUBLE = regexes.compile(r"(?<![\p{L}\p{N}-])(\p{L}{4,})-(?i:\1)(?![\p{L}\p{N}-])")


class Repetition(Rule):
    """Finds words and phrases a translation wrote twice or more in a row:

    - a doubled word ("the the", "will will", "NATO NATO", a surname doubled);
    - a phrase repeated back to back ("in the first round, in the first round") or joined to
      itself by 'and' ("roofs were torn off and roofs were torn off");
    - a translation loop, a word or a phrase of up to ten words three times or more
      ("the President, the President, the President");
    - a name or acronym echoed across one word ("the OSCE members OSCE agreed");
    - a word doubled across a hyphen ("traders-traders", a Malay or Indonesian plural).

    Why: neural translation sometimes decodes the same words again when it realigns a clause,
    and falls into loops on long or noisy input; editors read past a repetition because the eye
    expects the word there.

    Example: `rain fell across the valley, across the valley for days` is flagged at the
    repeated phrase. Not flagged: "had had", "that that", "bye bye", reduplicated names
    (Walla Walla, Sirhan Sirhan, Duran Duran), "New York, New York", score lines ("6-3 6-3"),
    idioms ("side by side", "again and again", "more and more").
    """

    code = "RE001"
    gives_way_to = frozenset({"MJ001"})  # garbled text explains the foreign letters or repeated marks
    name = "repetition"
    summary = "A word or phrase repeated back to back, a translation loop, or a name echoed across one word"

    def check(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        if len(tokens) < 2:
            return
        keys = _folded_words(tokens)
        covered: list[tuple[int, int]] = []  # token ranges already reported, in text order
        findings: list[Finding] = []
        for period in range(1, MAX_PHRASE + 1):
            for first, last in _periodic_runs(keys, period):
                if _inside(covered, first, last):
                    continue
                for start, end in _soft_segments(doc.text, tokens, first, last, period):
                    finding = self._judge(doc, tokens, start, end, period)
                    if finding is not None:
                        findings.append(finding)
                    # Judged once, at its shortest period: "no no no no" is not also "no no" twice.
                    bisect.insort(covered, (start, end))
        findings.extend(self._echoed_names(doc))
        findings.extend(self._coordinated_copies(doc, covered))
        findings.extend(self._echoed_attributions(doc))
        findings.extend(self._hyphen_doubles(doc))
        findings.sort(key=lambda finding: finding.start)
        yield from findings

    def _judge(self, doc: Document, tokens: list[Token], start: int, end: int, period: int) -> Finding | None:
        """A finding for tokens[start..end], which repeat with the given period, or None."""
        copies = (end - start + 1) // period
        # "on and on" ends on its word; "switch to switch to the" ends on the link: no idiom
        ends_on_link = (
            period == 2
            and copies >= 2
            and tokens[end].text.casefold() in CHAIN_LINKS
            and doc.text[tokens[end - 1].end : tokens[end].start] == " "  # not "closer and closer, and"
        )
        if period == 2 and copies == 2 and end - start == 4:
            chain = tuple(token.text.casefold() for token in tokens[start : start + 2])
            if chain[1] == "by" and _linked_chain(chain) and not _chained_on_purpose(chain):
                # 'day by day by day': the idiom said with one link too many ('time and time and
                # time again', 'hours and hours and hours' are English emphasis)
                return self.finding(
                    doc,
                    tokens[start].start,
                    tokens[end].end,
                    f"translation loop: '{doc.text[tokens[start].start : tokens[start + 2].end]}' carried on",
                    fix=Fix.replace(tokens[start + 2].end, tokens[end].end, "", "Keep the idiom", safe=False),
                )
        end = start + copies * period - 1
        phrase = [token.text for token in tokens[start : start + period]]
        if not any(char.isalpha() for word in phrase for char in word):
            return None  # numbers: score lines ("6-3 6-3"), dates
        text = doc.text
        span_start, span_end = tokens[start].start, tokens[end].end
        second = tokens[start + period].start
        shown = " ".join(phrase)
        folded = tuple(word.casefold() for word in phrase)
        if copies >= 3:
            if period == 1 and folded[0] in CHANTED or _linked_chain(folded) and _chained_on_purpose(folded):
                return None  # 'no no no', 'up and up and up'; not 'day by day by day'
            return self.finding(
                doc,
                span_start,
                span_end,
                f"translation loop: '{shown}' {copies} times in a row",
                fix=Fix.replace(tokens[start + period - 1].end, span_end, "", "Keep one copy", safe=False),
            )
        if period == 1:
            if not _accidental_double(doc, tokens[start], tokens[end]):
                return None
            return self.finding(
                doc,
                span_start,
                span_end,
                f"repeated word '{phrase[0]}'",
                fix=Fix.replace(tokens[start].end, span_end, "", "Delete the repetition"),
            )
        gap = text[tokens[start + period - 1].end : second]
        if folded in REDUPLICATED_PHRASES or not _same_words(doc, tokens, start, period):
            return None
        loop = _link_led_loop(folded) and not phrase[1][:1].isupper()  # not 'for Measure for Measure'
        if _linked_chain(folded) and "," not in gap and not ends_on_link and not loop:
            return None  # "on and on", "back to back"; not "and helpful, and helpful"
        if all(word[:1].isupper() for word in phrase) and "," in gap and not _list_ends(text, span_end):
            return None  # a list of titles or places: "Lake of Silver Crowns, Silver Crowns II"
        if text[span_end : span_end + 1] == "!":
            return None  # an exclamation said twice: "Come home, come home!"
        return self.finding(
            doc,
            span_start,
            span_end,
            f"repeated phrase: '{text[span_start:second].rstrip(' ,')}' twice",
            fix=Fix.replace(tokens[start + period - 1].end, span_end, "", "Delete the repetition", safe=False),
        )

    def _hyphen_doubles(self, doc: Document) -> Iterator[Finding]:
        """'traders-traders': a Malay or Indonesian plural written as a doubled word, or a word
        doubled across a hyphen by a translation; English doubles only a few words so ('bye-bye')."""
        if not _may_double_across_hyphen(doc):
            return
        for match in HYPHEN_DOUBLE.finditer(doc.text):
            word = match.group(1)
            folded = word.casefold()
            if folded in CHANTED or folded in REDUPLICATED_NAMES or not is_dictionary_word(folded):
                continue
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"'{match.group()}': a word doubled across a hyphen",
                fix=Fix.replace(match.start(), match.end(), word, "Keep one copy", safe=False),
            )

    def _echoed_names(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        tokens = doc.tokens
        words = list(map(itemgetter(2), tokens))
        for index in compress(count(2), map(eq, words, words[2:])):  # word i equals word i - 2
            second = tokens[index]
            if not second.text[:1].isupper():
                continue
            outer, middle = tokens[index - 2], tokens[index - 1]
            span = text[outer.start : second.end]
            if not ECHOED.fullmatch(span) or middle.text.casefold() in IDIOM_LINKS or not _name_like(second.text):
                continue
            yield self.finding(doc, outer.start, second.end, f"'{second.text}' repeated across one word: '{span}'")

    def _coordinated_copies(self, doc: Document, covered: list[tuple[int, int]]) -> Iterator[Finding]:
        """'the elephants and the elephants were taken', 'sell frozen pears and sell frozen
        pears': a phrase of two to six words joined to itself by 'and' or 'or', which a loop
        writes and English does not ('more and more', 'again and again' are single words). A
        name that goes on after the second copy is two names ('the Independent and the
        Independent on Sunday')."""
        tokens, text = doc.tokens, doc.text
        for index in doc.tokens_of(("and", "or")):
            if not index or text[tokens[index - 1].end : tokens[index].start] != " ":
                continue
            for size in range(COORDINATED_MAX, 1, -1):
                first, last = index - size, index + size
                if first < 0 or last >= len(tokens) or _inside(covered, first, last):
                    continue
                before, after = tokens[first:index], tokens[index + 1 : last + 1]
                if [t.text.casefold() for t in before] != [t.text.casefold() for t in after]:
                    continue
                pairs = zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True)
                if any(text[a.end : b.start] != " " for a, b in pairs):
                    continue  # a comma or a mark inside: a list, not one phrase twice
                if all(t.text.casefold() in FUNCTION_WORDS or not t.text.isalpha() for t in before):
                    continue
                following = tokens[last + 1] if last + 1 < len(tokens) else None
                if following is not None and text[tokens[last].end : following.start] == " ":
                    if following.text[:1].isupper() or following.text in ("on", "of"):
                        continue  # 'the Independent and the Independent on Sunday': a longer name
                start, end = tokens[first].start, tokens[last].end
                phrase = text[start : tokens[index - 1].end]
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"repeated phrase: '{phrase}' twice, joined by '{tokens[index].text}'",
                    fix=Fix.replace(tokens[index - 1].end, end, "", "Keep one copy", safe=False),
                )
                bisect.insort(covered, (first, last))
                break

    def _echoed_attributions(self, doc: Document) -> Iterator[Finding]:
        """'Officials said the bridge would reopen, officials said.': the attribution at both
        ends of one sentence (a source that puts it first and MT that adds English's closing
        one, or a merged segment)."""
        text = doc.text
        for sentence in doc.sentences:
            if not ATTRIBUTION_VERBS_RE.search(sentence.text):
                continue  # no 'said' or 'told': most sentences
            opening = OPENING_ATTRIBUTION.match(sentence.text)
            if opening is None:
                continue
            echo = f", {opening.group('who')} {opening.group('verb')}".casefold()
            body = sentence.text.rstrip().rstrip(".!")
            if not body.casefold().endswith(echo):
                continue
            start = sentence.start + len(body) - len(echo) + 2
            end = sentence.start + len(body)
            yield self.finding(
                doc,
                start,
                end,
                f"'{text[start:end]}' ends a sentence that opens on it: the attribution written twice",
                fix=Fix.replace(start - 2, end, "", "Drop the second attribution", safe=False),
            )


ATTRIBUTION_VERBS_RE = regexes.compile(r"\b(?:said|says|told|added|reported|stated|announced)\b")
OPENING_ATTRIBUTION = regexes.compile(
    r"(?P<who>\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}?) (?P<verb>said|says|told|added|reported|stated|announced)\b"
)


def _may_double_across_hyphen(doc: Document) -> bool:
    """Whether a word doubled across a hyphen may be in the text. A hyphen between letters
    joins them into one token, so every such double lies inside one hyphenated word, and a word
    that holds one in the text holds one on its own: testing the document's few distinct
    hyphenated words spares nearly every file the search of its whole text."""
    return any(HYPHEN_DOUBLE.search(word) for word in doc.occurrences if "-" in word)


def _folded_words(tokens: list[Token]) -> list[str]:
    """The tokens' words, case-folded (built at C speed: map, not a Python loop)."""
    return list(map(str.casefold, map(itemgetter(2), tokens)))


def _periodic_runs(keys: list[str], period: int) -> Iterator[tuple[int, int]]:
    """(first, last) token indices of each stretch that repeats with this period (two copies or more).

    Position i qualifies when keys[i] == keys[i + period]; a run of `period` qualifying positions
    in a row is one repetition. Found at C speed with map/compress: one pass per period.
    """
    matches = list(compress(count(), map(eq, keys, islice(keys, period, None))))
    index = 0
    while index < len(matches):
        run_start = matches[index]
        while index + 1 < len(matches) and matches[index + 1] == matches[index] + 1:
            index += 1
        run_end = matches[index]
        if run_end - run_start + 1 >= period:
            yield run_start, run_end + period
        index += 1


def _soft_segments(text: str, tokens: list[Token], first: int, last: int, period: int) -> Iterator[tuple[int, int]]:
    """Split tokens[first..last] where a gap between words rules out a repetition (a sentence end,
    a line break), and yield the pieces still long enough to hold two copies."""
    piece_start = first
    for index in range(first, last):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if gap == " " or _soft_gap(gap, period, last - first + 1):
            continue
        if index - piece_start + 1 >= 2 * period:
            yield piece_start, index
        piece_start = index + 1
    if last - piece_start + 1 >= 2 * period:
        yield piece_start, last


def _soft_gap(gap: str, period: int, length: int) -> bool:
    if period == 1 and length == 2:
        return WORD_GAP.fullmatch(gap) is not None
    if length >= 3 * period:
        return LOOP_GAP.fullmatch(gap) is not None and (period > 1 or not _sentence_end(gap))
    return PHRASE_GAP.fullmatch(gap) is not None


def _sentence_end(gap: str) -> bool:
    return any(char in ".!?;:" for char in gap)


def _inside(covered: list[tuple[int, int]], first: int, last: int) -> bool:
    index = bisect.bisect_right(covered, (first, float("inf"))) - 1
    return index >= 0 and covered[index][0] <= first and last <= covered[index][1]


def _accidental_double(doc: Document, first: Token, second: Token) -> bool:
    """Whether "word word" is a slip, not English reduplication or a name."""
    word = first.text
    folded = word.casefold()
    if not word.isalpha() and not (folded[-2:] in ("'s", "’s") and folded[:-2].isalpha()):
        return False  # a number or a code; a possessive doubled ('the company's company's') is a slip
    if folded == "that":
        # 'said that that was wrong': a pronoun after the conjunction; before an article, a slip
        return ARTICLE_AFTER.match(doc.text, second.end) is not None
    if folded == "is":
        return not _pseudo_cleft(doc.text, first.start)
    if folded in INTENSIFIERS:
        # "very very" is speech, or a source's reduplication (Tamil, Hindi) in prose
        return not within_quotation(doc.text, first.start, second.end)
    if folded in LEGITIMATE_DOUBLES:
        return False
    if _verb_particle_then_preposition(doc.text, first.start, folded, second.end):
        return False
    if not (word[:1].isupper() and second.text[:1].isupper()):
        return True
    # Both capitalised: a function word ("The the"), an acronym ("NATO NATO"), or a name that
    # the article otherwise writes once ("Barella Barella" beside plain "Barella").
    if folded in FUNCTION_WORDS or (len(word) >= 2 and word.isupper()):
        return True
    if folded in REDUPLICATED_NAMES or is_dictionary_word(word):
        return False
    return _after_first_name(doc, first) or _written_single_elsewhere(doc, word)


# Doubled for emphasis in speech ('very very'), and by MT from languages that reduplicate them
# (Tamil 'மிக மிக', Hindi 'बहुत बहुत', Indonesian 'sangat sangat'): edited prose writes them once.
INTENSIFIERS = frozenset(("very", "really"))


def _same_words(doc: Document, tokens: list[Token], start: int, period: int) -> bool:
    """Whether the two copies are the same words, letter case included; only a copy that opens
    a sentence may differ in its first capital ("The snowfall, the snowfall"), and a longer
    phrase in a later word's ("the ministry of the Ministry of")."""
    for offset in range(period):
        first, second = tokens[start + offset], tokens[start + period + offset]
        if first.text == second.text:
            continue
        if first.text.casefold() != second.text.casefold():
            return False
        if offset and period >= 3 and first.text.islower() and second.text[:1].isupper():
            continue  # 'the ministry of the Ministry of': the loop capitalized the name the second time
        if offset:
            return False
        if not (_opens_sentence(doc.text, first.start) or _opens_sentence(doc.text, second.start)):
            return False
    return True


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at start opens a sentence (after a full stop, a colon, a line break or an
    opening quotation mark)."""
    position = start
    floor = max(0, start - 8)
    while position > floor and text[position - 1] in " \t\u00a0\"“‘'(«„":
        if text[position - 1] in "\"“‘'(«„":
            return True
        position -= 1
    return position == 0 or text[position - 1] in ".!?:\n"


def _list_ends(text: str, end: int) -> bool:
    """Whether a sentence or a line ends right after a repeated name ('Sasha Ivanova, Sasha
    Ivanova.'), where a list of titles goes on ('Silver Crowns, Silver Crowns II')."""
    return text[end : end + 1] in (".", "\n", "") or text[end : end + 2] in (". ", ".\n")


# Words English chains after a link on purpose ('and again and again', 'over and over'): a
# phrase that opens on the link and repeats ('by appointment by appointment') is a loop otherwise.
CHAIN_WORDS = ADVERB_PARTICLES | frozenset("again through away forth further".split())


def _chained_on_purpose(phrase: tuple[str, ...]) -> bool:
    """'on and', 'more and': English chains these three times and more; 'day by' only twice."""
    return any(word in CHAIN_WORDS for word in phrase if word not in CHAIN_LINKS)


def _link_led_loop(phrase: tuple[str, ...]) -> bool:
    """'by appointment by appointment': a two-word phrase that opens on a chain link and is
    said twice, where English chains only particles and 'again' ('and again and again')."""
    return len(phrase) == 2 and phrase[0] in CHAIN_LINKS and phrase[1] not in CHAIN_WORDS


def _linked_chain(phrase: tuple[str, ...]) -> bool:
    """'on and' in "it went on and on", 'back to' in "two back to back titles"."""
    if len(phrase) != 2:
        return False
    link, word = (phrase[0], phrase[1]) if phrase[0] in CHAIN_LINKS else (phrase[1], phrase[0])
    if link not in CHAIN_LINKS or word in CHAIN_LINKS:
        return False
    return word in ADVERB_PARTICLES or (word not in FUNCTION_WORDS and is_dictionary_word(word))


def _after_first_name(doc: Document, first: Token) -> bool:
    """'Nicolò Barella Barella': the doubled word follows another capitalised name on its line."""
    text = doc.text
    before = WORD_BEFORE.search(text, max(0, first.start - 30), first.start)
    if before is None or not WORD_GAP.fullmatch(text, before.end(1), first.start):
        return False
    word = before.group(1)
    return word[:1].isupper() and word.casefold() not in FUNCTION_WORDS and not is_dictionary_word(word)


def _written_single_elsewhere(doc: Document, word: str) -> bool:
    positions = doc.occurrences.get(word, [])
    tokens = doc.tokens
    doubled = sum(1 for i in positions if i + 1 < len(tokens) and tokens[i + 1].text == word)
    return len(positions) - 2 * doubled >= 1


def _verb_particle_then_preposition(text: str, start: int, folded: str, end: int) -> bool:
    """'waiting for for years', 'what it comes down to to make': a phrasal verb's particle
    followed by the same preposition is correct English; a second 'to' must then open an
    infinitive ('up to to the ceiling' is a slip)."""
    if folded not in PARTICLE_DOUBLES:
        return False
    if folded == "to":
        after = WORD_AFTER.match(text, end)
        if after is None or "VERB" not in parts_of_speech(after.group(1)):
            return False
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or "VERB" not in parts_of_speech(before.group(1)):
        return False
    determiner = WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
    if determiner is not None and determiner.group(1).casefold() in DETERMINERS:
        return False  # 'the site in in': a noun, not a verb, before the double
    # 'logged in in large numbers', 'waited for for hours': after 'for', only a phrase of time
    # makes the double English ('meant for for the new wing' is a slip).
    return folded != "for" or _time_follows(text, end)


# The stranded particle's verb is done ('the bus we waited for'); the second preposition then
# opens a phrase of time or duration ('for an hour', 'in 1990', 'on Monday').
TIME_OPENERS = frozenset(
    """years months weeks days hours minutes decades ages long so more over about almost nearly
    several many some each every this that last next another two three four five six seven eight
    nine ten twenty""".split()
) | {name.casefold() for name in MONTHS | WEEKDAYS}
TIME_NOUNS = frozenset(
    """morning afternoon evening night day week month year summer winter spring autumn past last
    first next whole rest time moment years decades hour weeks months days""".split()
)


def _time_follows(text: str, end: int) -> bool:
    """Whether a phrase of time or duration starts after end ('for an hour', 'in the summer')."""
    words = [word.casefold() for word in TIME_WORD.findall(text, end, end + 40)[:2]]
    if not words:
        return False
    first = words[0]
    if first[:1].isdigit() or first in TIME_OPENERS:
        return True
    return first in ("a", "an", "the") and len(words) > 1 and words[1] in TIME_NOUNS


TIME_WORD = regexes.compile(r"[\p{L}\p{N}]+")


def _pseudo_cleft(text: str, start: int) -> bool:
    """'What it is is a warning', 'The thing is is that': the only places English writes 'is is'
    (the second a colloquial slip, but a speaker's); 'the storm is is moving' is a loop."""
    before = text[max(0, start - 40) : start].casefold().split()
    return any(word in ("what", "whatever", "thing", "problem", "question", "point", "truth") for word in before[-4:])


DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())


def _name_like(word: str) -> bool:
    """An acronym or a capitalized word that is not an ordinary dictionary word."""
    if len(word) >= 2 and word.isupper():
        return True
    return word[:1].isupper() and not is_dictionary_word(word)
