"""Stray punctuation: marks of another writing system left in English, French spacing, doubled or
mixed marks, a period inside a phrase, a space before a comma, a paragraph ending in a comma."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from newslint import regexes
from newslint.cache import derived
from newslint.document import ABBREVIATIONS, Document, Span
from newslint.finding import Finding, Fix
from newslint.lexicon import foreign_frequencies, zipf
from newslint.rule import Rule
from newslint.rules._number_formats import source_number_formats
from newslint.scripts import beside_latin_text

DATA = Path(__file__).parent / "data" / "punctuation_marks.toml"

# A mark, whitespace, and another mark: "war. .", "said , ,". Spaced ellipses (". . .") are excluded.
DOUBLED = regexes.compile(r"(?<=[\p{L}\p{N}”\")\]’])[.,;:](?P<stray>[ \t]+[.,;:])(?![ \t]*[.\p{N}]|[-)(\\/|DPp])")
# ",,", ";;", "::" (not C++'s "std::"), ".." (not the ellipsis "...").
REPEATED = regexes.compile(
    r"(?<=[\p{L}\p{N}”\")\]’])(?P<stray>,,+|;;+|::+(?![\p{L}\p{N}])|(?<!\.)\.\.(?![.\p{L}\p{N}/]))"
)
# Two different marks where one is meant: "details,. The", "said;.", "over!." (not "?!", "!!").
MIXED = regexes.compile(r"(?<=[\p{L}\p{N}”\"’)\]%][ \t]?)(?P<pair>,[.;:]|;[.,:]|:[.,;]|[!?][.;])(?![.\p{L}\p{N}/=&_])")
# Any two marks together, the cheap test before the patterns above and below.
TWO_MARKS = re.compile(r"[.,;:!?][ \t]*[.,;:]")
# "said., " after an ordinary lowercase word (abbreviations such as "etc.," are checked apart).
PERIOD_THEN_COMMA = regexes.compile(r"(?<=\b(?P<word>\p{Ll}{2,}))\.(?P<second>[,;])(?=\s)")
# "production. ability": a period between two lowercase words.
# (Not a chain of one-word sentences, "on. it.", nor a web address, "pic.twitter", "https:".)
# '"...", - said', '»… », — заявил' in English: a closing quotation mark, a comma, then a
# dash before the lowercase speech verb.
# '"... at home" – he wrote': a dash, no comma, between a quotation and a speech verb (Polish).
DASH_BEFORE_SPEECH = regexes.compile(
    r"(?<=[\p{L}\p{N}.!?])(?P<quote>[\"”»]) (?P<dash>[–—-])"
    r"(?= (?:(?:he|she|they|we|it) )?(?:said|says|wrote|writes|added|adds|told|stressed|noted|explained)\b)"
)
DASH_AFTER_QUOTE = regexes.compile(
    r"(?<=\S)(?:(?P<quote>[\"”»]),|,(?P<quote>[\"”»]))(?P<gap>[ \u00a0]?)(?P<dash>[-–—])(?= \p{Ll})"
)
PERIOD_IN_PHRASE = regexes.compile(
    r"(?<=(?<![\p{L}'’.-])(?P<before>\p{Ll}+))\.(?P<gap>[ \t]+)(?P<after>\p{Ll}{2,})(?![\p{L}\p{N}'’.:/-])"
)
# (Patterns open on the mark and look back: a scan that starts at every space is slower.)
# A space before a comma or a full stop, or before two full stops ('per family ..'; not a spaced ellipsis).
SPACE_BEFORE = regexes.compile(r"[,.](?<=[ \t\u00a0][,.])(?=\s|$)|\.(?<=[ \t\u00a0]\.)(?=\.(?:\s|$))")
# 'NYK ,and': a word, a space, a comma glued to the next word.
COMMA_BEFORE_WORD = regexes.compile(r"(?<=\p{L}) ,(?=\p{L})")
# French typography: a (no-break) space before a colon, semicolon, question or exclamation mark.
FRENCH_SPACING = regexes.compile(r"[:;?!](?<=[ \u00a0\u202f][:;?!])(?=[\s\"”’»)]|$)")
FRENCH_SPACED_AFTER = regexes.compile(r"[\p{Latin}\p{N}”\"’)\]]")
# Spanish opening marks; English never uses them.
INVERTED = regexes.compile(r"[¿¡](?P<word>\p{Latin}+)")
# U+00B7 used as the Greek ano teleia: "checks· employers" (a glued dot, then a space).
MIDDLE_DOT = regexes.compile(r"(?<=\p{Latin}{2})·(?=[ \t]+\p{Latin})")
# A middle dot joining two words with no space ('marriage·childbirth'): Korean, Japanese and
# Chinese write '·' (・) between the items of a list. Catalan's 'l·l' inside a word is no such mark.
LIST_DOT = regexes.compile(r"(?<=\p{Latin}{3})[·・](?=\p{Latin}{3})(?<!l·(?=l))")
# A plain semicolon closing a question (the Greek question mark, normalised to ';'): before a
# capital, at the end of a line, or right before a closing quotation mark.
SEMICOLON_THEN_CAPITAL = regexes.compile(
    r";(?=[ \t]+\p{Lu}|[ \t]*$|[”\"»’]"
    # or the attribution of the question: '...so late; residents asked.'
    r"|[ \t]+(?:\p{Ll}+ ){0,2}(?:asked|asks|wondered|wonders|questioned)\b)",
    regex.MULTILINE,
)
QUESTION_OPENERS = frozenset(
    """what why how who whom whose where when which will would can could should shall is are was were
    do does did has have had may might must isn't aren't wasn't weren't don't doesn't didn't won't
    can't couldn't shouldn't""".split()
)
CLAUSE_BREAK = regexes.compile(r"[.!?;:\n]")
# Words a question may open on before its question word ("But is it safe?", "So why wait?").
QUESTION_LEADS = frozenset("but and so yet then now or".split())
EMOTICON_TAILS = frozenset(")(-DPpO3|/\\*")
PROSE_LINE_WORDS = 6
# Abbreviated units and references that take a period mid-phrase ("2 tsp. olive oil", "cf. above").
UNITS = frozenset("tsp tbsp oz lb lbs pt qt gal min mins sec secs hr hrs yr yrs cf vol pp ch para fig".split())
# A document that spaces its commas throughout has one finding, not one per comma.
SPACE_BEFORE_REPORTED = 2
CLOSING_MARKS = "”’)]»"
QUOTATION_CLOSERS = "\"”»"
HTML_ENTITY_END = regexes.compile(r"&#?\w{2,8};$")


@dataclass(frozen=True, slots=True)
class ForeignMark:
    english: str
    name: str
    space_after: bool


@cache
def foreign_marks() -> dict[str, ForeignMark]:
    """The marks of other writing systems and their English replacements (rules/data), cached
    beside the word data (keyed by the file's bytes): no TOML parser at every start."""
    table = derived("punctuation-marks", [DATA.read_bytes()], _marks)
    return {char: ForeignMark(*entry) for char, entry in table.items()}


def _marks() -> dict[str, tuple[str, str, bool]]:
    import tomllib

    table = tomllib.loads(DATA.read_text(encoding="utf-8"))["marks"]
    return {char: (entry["english"], entry["name"], entry["space_after"]) for char, entry in table.items()}


@cache
def foreign_mark_pattern() -> re.Pattern:
    """A character class of every mark (the standard library scans a plain class fastest)."""
    return re.compile("[" + "".join(re.escape(char) for char in foreign_marks()) + "]")


class StrayPunctuation(Rule):
    """Finds punctuation a translation or a scraper left behind:

    - marks of the source writing system next to English words: `。 ， 、 ： ？ （ ）`, Arabic
      `، ؛ ؟`, the danda `।`, the Greek question mark and ano teleia, Armenian and Ethiopic
      full stops, the Hebrew geresh `׳` as an apostrophe, Spanish `¿ ¡`;
    - French spacing before `: ; ? !` ("is clear : full restoration");
    - doubled or mixed marks (`,.` `,,` `..` `;.` `!.`, "war. ."), a space before a comma or a
      period, a period inside a phrase ("production. ability"), a paragraph ending in a comma;
    - a dash between a quotation and its speech verb ('"...", - said the mayor', '», — added',
      '," — said'), the Russian, Ukrainian and Bulgarian convention.

    Why: machine translation copies the source's punctuation when it cannot map it, and often
    appends a sentence's period to a comma; scrapers drop link text and orphan its punctuation.

    Example: `the drone needs 12 minutes。Officials said` (the fix writes `. `). Not flagged:
    marks inside a run of their own script (that is untranslated text, FL001), ellipses
    (`...`, `. . .`), decimals and thousands (`1,000.5`), times (`10 : 30`), emoticons,
    abbreviations (`U.S.,` `etc.,`), code (`std::map`) and web addresses.
    """

    code = "PU001"
    name = "stray-punctuation"
    summary = "Foreign punctuation marks, French spacing, doubled or mixed marks, orphan commas and periods"

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from self._foreign_marks(doc)
        yield from self._inverted_marks(doc)
        yield from self._greek_marks(doc)
        yield from self._french_spacing(doc)
        yield from self._doubled_marks(doc)
        yield from self._period_inside_phrase(doc)
        yield from self._dash_after_quotation(doc)
        yield from self._space_before(doc)
        yield from self._comma_on_the_wrong_side(doc)
        yield from self._paragraph_ends_mid_sentence(doc)
        yield from self._stray_bullets(doc)
        for start, end, message in source_number_formats(doc.text):
            yield self.finding(doc, start, end, message)

    # -- marks of other writing systems ------------------------------------------------------
    def _foreign_marks(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        marks = foreign_marks()
        for match in foreign_mark_pattern().finditer(text):
            index = match.start()
            if not beside_latin_text(text, index):
                continue
            mark = marks[text[index]]
            english = _apostrophe(text) if text[index] == "׳" else mark.english
            replacement = _english_replacement(text, index, english, mark.space_after)
            yield self.finding(
                doc,
                index,
                index + 1,
                f"{mark.name} '{text[index]}' left in English text: use '{english}'",
                fix=Fix.replace(index, index + 1, replacement, f"Replace with '{english}'"),
            )

    def _inverted_marks(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "¿" not in text and "¡" not in text:
            return
        for match in INVERTED.finditer(text):
            if not _english_word(match.group("word")):
                continue  # a Spanish phrase quoted as such: untranslated text, not stray punctuation
            index = match.start()
            yield self.finding(
                doc,
                index,
                index + 1,
                f"Spanish opening mark '{text[index]}' left in English text",
                fix=Fix.replace(index, index + 1, "", "Delete the inverted mark"),
            )

    def _greek_marks(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in MIDDLE_DOT.finditer(text):
            index = match.start()
            yield self.finding(
                doc,
                index,
                index + 1,
                "middle dot '·' used as the Greek ano teleia between clauses: use ';' or a period",
                fix=Fix.replace(index, index + 1, ";", "Replace with ';'", safe=False),
            )
        for match in LIST_DOT.finditer(text) if "·" in text or "・" in text else ():
            index = match.start()
            yield self.finding(
                doc,
                index,
                index + 1,
                f"'{match.group()}' between two words (a list mark in Korean, Japanese, Chinese): write 'and' or ','",
                fix=Fix.replace(index, index + 1, " and ", "Write 'and'", safe=False),
            )
        if ";" not in text:
            return
        for match in SEMICOLON_THEN_CAPITAL.finditer(text):
            index = match.start()
            if _question_clause(text, index):
                yield self.finding(
                    doc,
                    index,
                    index + 1,
                    "a question ends in ';': the Greek question mark, which looks like a semicolon",
                    fix=Fix.replace(index, index + 1, "?", "Replace with '?'", safe=False),
                )

    # -- spacing -------------------------------------------------------------------------------
    def _french_spacing(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        spaced = []
        for match in FRENCH_SPACING.finditer(text):
            mark_at = match.start()
            start = _space_run_start(text, mark_at, " \u00a0\u202f")
            if start and FRENCH_SPACED_AFTER.match(text, start - 1):
                spaced.append((start, mark_at))
        # A space before '?' or '!' is also a casual English habit (readers' comments): take it
        # as French typography when the space is a no-break one, the colons show the habit too,
        # or the mark closes a quotation (quoted speech is edited text).
        french_colons = any(text[mark_at] in ":;" for _, mark_at in spaced)
        for start, mark_at in spaced:
            quoted = text[mark_at + 1 : mark_at + 2] in QUOTATION_CLOSERS  # 'for me !"': edited speech
            if text[mark_at] in "?!" and not french_colons and not quoted and " " in text[start:mark_at]:
                continue
            after = _next_visible(text, mark_at + 1)
            if text[start - 1].isdigit() and after.isdigit():
                continue  # a time or a score: "10 : 30"
            if after in EMOTICON_TAILS:
                continue
            line = doc.line_of(start)
            if line is None or len(line.text.split()) < PROSE_LINE_WORDS:
                continue  # a label or a list line, not prose
            yield self._space_finding(doc, start, mark_at, f"French spacing: a space before '{text[mark_at]}'")

    def _space_before(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        spaced = []
        for match in SPACE_BEFORE.finditer(text):
            mark_at = match.start()
            start = _space_run_start(text, mark_at, " \t\u00a0")
            # After a word or a closing quote or bracket only: not list markers or spaced ellipses.
            if start and _ends_phrase(text, start) and not _list_or_ellipsis(text, mark_at + 1):
                spaced.append((start, mark_at))
        if len(spaced) > SPACE_BEFORE_REPORTED:
            # The whole text spaces its marks (tokenised text, a house habit): say so once.
            start, mark_at = spaced[0]
            message = f"space before '{text[mark_at]}' ({len(spaced)} times in this document)"
            yield self._space_finding(doc, start, mark_at, message)
            return
        for start, mark_at in spaced:
            yield self._space_finding(doc, start, mark_at, f"space before '{text[mark_at]}'")

    def _stray_bullets(self, doc: Document) -> Iterator[Finding]:
        """A list bullet left alone on a line between paragraphs, or between two sentences of
        prose ('...in May. • The mayor said...'): a list the scraper or MT flattened. Bullets
        between short cells ('Politics • Sport') are a menu, BP001's."""
        text = doc.text
        if "•" not in text:
            return
        lines = doc.lines
        for match in BULLET.finditer(text):
            at = match.start()
            index = doc.line_index(at)
            if index is None:
                continue
            if text[at - 1 : at] == "•" or text[at + 1 : at + 2] == "•":
                continue  # '••click here••': a promo's ornament
            line = lines[index]
            before, after = text[line.start : at].strip(), text[at + 1 : line.end].strip()
            if not before and not after:
                # The lines above and below (doc.lines holds only lines with text) must be prose.
                above = lines[index - 1].text if index else ""
                below = lines[index + 1].text if index + 1 < len(lines) else ""
                if not (_prose_words(above) and _prose_words(below)):
                    continue  # a separator in a column of links: BP001's menu
            elif not (_prose_words(before) and _prose_words(after) and before[-1:] in ".!?:;”\""):
                continue
            fix = Fix.replace(at, at + 1, "", "Delete the bullet", safe=False)
            yield self.finding(doc, at, at + 1, "stray bullet '•': a list flattened into the text", fix=fix)

    def _comma_on_the_wrong_side(self, doc: Document) -> Iterator[Finding]:
        """'NYK ,and a family office': a comma after the space instead of before it."""
        text = doc.text
        if " ," not in text:
            return
        for match in COMMA_BEFORE_WORD.finditer(text):
            at = match.start()
            fix = Fix.replace(at, at + 2, ", ", "Move the comma before the space")
            yield self.finding(doc, at, at + 2, "comma after the space instead of before it", fix=fix)

    def _space_finding(self, doc: Document, start: int, mark_at: int, message: str) -> Finding:
        """A space (run) at start..mark_at before a mark, with the fix that deletes it."""
        return self.finding(doc, start, mark_at + 1, message, fix=Fix.replace(start, mark_at, "", "Delete the space"))

    # -- doubled and mixed marks -----------------------------------------------------------------
    def _doubled_marks(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not TWO_MARKS.search(text):
            return  # most texts never put two marks together: skip the finer patterns
        for match in DOUBLED.finditer(text):
            start, end = match.span("stray")
            yield self.finding(
                doc,
                start,
                end,
                f"stray '{text[end - 1]}' after '{text[start - 1]}'",
                fix=Fix.replace(start, end, "", "Delete the stray mark"),
            )
        for match in REPEATED.finditer(text):
            start, end = match.span("stray")
            yield self.finding(
                doc,
                start + 1,
                end,
                f"doubled '{text[start]}'",
                fix=Fix.replace(start + 1, end, "", "Delete the repeated mark"),
            )
        for match in MIXED.finditer(text):
            start, end = match.span("pair")
            pair = match.group("pair")
            if pair[0] in "!?" and _capitalized_word_before(text, start):
                continue  # a name that ends in '!' ("Yahoo!.")
            if pair[0] == ";" and HTML_ENTITY_END.search(text, max(0, start - 10), start + 1):
                continue  # "caf&#233;," is an undecoded character reference, not a semicolon
            if pair == ",." or pair[0] in "!?":
                keep, fix = (pair[1], True) if pair == ",." else (pair[0], True)
            else:
                keep, fix = pair[0], False
            yield self.finding(
                doc,
                start,
                end,
                f"mixed punctuation '{pair}': one mark is stray",
                fix=Fix.replace(start, end, keep, f"Keep only '{keep}'", safe=fix),
            )
        for match in PERIOD_THEN_COMMA.finditer(text):
            word = match.group("word")
            period = match.start()
            if word in ABBREVIATIONS or _dotted(text, period) or zipf(word) < 2.5:
                continue
            yield self.finding(
                doc,
                period,
                period + 2,
                f"mixed punctuation '.{match.group('second')}' after '{word}': one mark is stray",
                fix=Fix.replace(period, period + 1, "", "Delete the period", safe=False),
            )

    def _period_inside_phrase(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in PERIOD_IN_PHRASE.finditer(text):
            before, after = match.group("before"), match.group("after")
            if before.casefold() in ABBREVIATIONS or _dotted(text, match.start()) or len(before) < 2:
                continue
            if zipf(after) < 3.0 or after in ("com", "org", "net") or zipf(before) < 3.0 or before in UNITS:
                continue
            start = match.start()
            yield self.finding(
                doc,
                start,
                match.end("after"),
                f"period inside a phrase: '{before}. {after}' continues in lowercase",
                fix=Fix.replace(start, start + 1, "", "Delete the period", safe=False),
            )

    def _dash_after_quotation(self, doc: Document) -> Iterator[Finding]:
        """'"...district", - underlined Sobyanin': Russian, Ukrainian and Bulgarian set a dash
        between a quotation and its speech verb (<<...>>, — сказал); English has the comma only."""
        text = doc.text
        if "-" not in text and "–" not in text and "—" not in text:
            return
        for match in DASH_AFTER_QUOTE.finditer(text):
            dash = match.start("dash")
            yield self.finding(
                doc,
                dash,
                dash + 1,
                f"dash after a quotation ('{match.group()}'): a Russian-style mark; "
                "English sets only a comma before the speech verb",
                fix=_dash_fix(match),
            )
        for match in DASH_BEFORE_SPEECH.finditer(text):
            dash = match.start("dash")
            quote = match.group("quote")
            yield self.finding(
                doc,
                dash,
                dash + 1,
                f"dash between a quotation and its speech verb ('{match.group()}'): Polish and Russian style; "
                "English writes a comma inside the quotation",
                fix=Fix.replace(match.start("quote"), match.end("dash"), f",{quote}", "Write a comma", safe=False),
            )

    def _paragraph_ends_mid_sentence(self, doc: Document) -> Iterator[Finding]:
        paragraphs = doc.paragraphs
        for number, paragraph in enumerate(paragraphs):
            if paragraph.text.endswith(",") and len(paragraph.text.split()) > 3:
                end = paragraph.end
                yield self.finding(doc, end - 1, end, "paragraph ends with a comma: the sentence is cut off or garbled")
            elif paragraph.text.endswith(";") and _prose_paragraph_on_a_semicolon(paragraphs, number, doc.text):
                end = paragraph.end
                message = "paragraph ends with a semicolon: the sentence is cut off, or a source mark was kept"
                yield self.finding(doc, end - 1, end, message)


PROSE_PARAGRAPH_WORDS = 8
LIST_ITEM = regexes.compile(r"\s*(?:[-–—*•·▪►]|\(?\w{1,3}[.)])\s")


def _prose_paragraph_on_a_semicolon(paragraphs: Sequence[Span], number: int, text: str) -> bool:
    """A paragraph of prose (eight words or more, no list marker) that ends on ';' between
    paragraphs that do not: one item of a list ends so, and so do its neighbours. A question
    the Greek mark closes is reported as such (see _greek_marks)."""
    paragraph = paragraphs[number]
    if len(paragraph.text.split()) < PROSE_PARAGRAPH_WORDS or LIST_ITEM.match(paragraph.text):
        return False
    for neighbour in (number - 1, number + 1):
        if 0 <= neighbour < len(paragraphs) and paragraphs[neighbour].text.endswith((";", ",")):
            return False
    return not _question_clause(text, paragraph.end - 1)


def _dash_fix(match: regex.Match) -> Fix:
    """'", - said' becomes '", said'; ',"- said' (the comma already inside) loses the dash."""
    if match.group().startswith(","):
        return Fix.replace(match.end("quote"), match.end("dash"), "", "Delete the dash", safe=False)
    return Fix.replace(match.end("quote"), match.end("dash"), ",", "Write a comma", safe=False)


def _english_replacement(text: str, index: int, english: str, space_after: bool) -> str:
    after = text[index + 1 : index + 2]
    before = text[index - 1 : index] if index else ""
    if english == "(":
        return " (" if before.isalnum() else "("
    if english in ",." and before.isdigit() and after.isdigit():
        return english  # a number: "20，000"
    if space_after and (after.isalnum() or after in '“"‘(「'):
        return english + " "
    return english


def _apostrophe(text: str) -> str:
    """The apostrophe the document itself uses."""
    return "’" if text.count("’") > text.count("'") else "'"


def _english_word(word: str) -> bool:
    """A common English word that is not more common in Spanish ('How', not 'Qué' or 'Como')."""
    english = zipf(word)
    return english >= 3.0 and english >= foreign_frequencies(word).get("es", 0.0)


def _question_clause(text: str, index: int) -> bool:
    """Whether the clause that ends at index opens with a question word ("Can the dam hold;")."""
    floor = max(0, index - 200)
    start = index
    while start > floor and not CLAUSE_BREAK.match(text, start - 1):
        start -= 1
    if start == floor and floor:
        return False
    words = text[start:index].split()
    # "But is the dam safe;": a capitalized conjunction before the question word
    lead = len(words) > 2 and words[0][:1].isupper() and words[0].strip("\"“‘'(").casefold() in QUESTION_LEADS
    if lead:
        words = words[1:]
    if not 2 <= len(words) <= 25:
        return False
    first = words[0].strip("\"“‘'(")
    return (lead or first[:1].isupper()) and first.casefold() in QUESTION_OPENERS


def _ends_phrase(text: str, index: int) -> bool:
    """Whether the character before index closes a phrase: a letter or digit, or a closing quote
    or bracket right after one ('"We will stay" , he said')."""
    before = text[index - 1]
    if before.isalnum():
        return True
    if before in CLOSING_MARKS or before in "\"'":
        return index >= 2 and not text[index - 2].isspace()  # closes: it follows text, not a space
    return False


def _space_run_start(text: str, mark_at: int, spaces: str) -> int:
    """Where the run of spaces just before mark_at starts (0 if it reaches the text's start)."""
    start = mark_at
    floor = max(0, mark_at - 16)
    while start > floor and text[start - 1] in spaces:
        start -= 1
    return start


def _next_visible(text: str, index: int) -> str:
    limit = min(len(text), index + 8)
    while index < limit and text[index] in " \t\u00a0\u202f":
        index += 1
    return text[index] if index < limit and text[index] != "\n" else ""


def _capitalized_word_before(text: str, index: int) -> bool:
    start = index
    floor = max(0, index - 40)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    return text[start : start + 1].isupper()


def _dotted(text: str, period: int) -> bool:
    """Part of a dotted form like 'e.g.' or a domain ('bbc.co.uk')."""
    return period >= 2 and text[period - 2] == "."


BULLET = regexes.compile(r"•")
PROSE_WORDS = 5


def _prose_words(text: str) -> bool:
    """Five words or more, most in lowercase: a sentence, not a menu cell."""
    words = text.split()
    return len(words) >= PROSE_WORDS and sum(word.islower() for word in words) * 2 > len(words)


def _list_or_ellipsis(text: str, end: int) -> bool:
    """A spaced ellipsis (' ...', '. . .') or a leader of dots, not a stray pair (' ..')."""
    if text[end - 1] != ".":
        return False
    if text[end : end + 1] == ".":
        return text[end + 1 : end + 2] == "."  # three dots or more; two are a slip
    return text[end : end + 2] == " ."
