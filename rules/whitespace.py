"""Whitespace artifacts: no-break, ideographic and doubled spaces, tabs, invisible characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from newslint import regexes
from newslint.document import Document, WordClass
from newslint.finding import Finding, Fix, Severity
from newslint.lexicon import fold, foreign_frequencies, is_dictionary_word, is_known_proper_noun, zipf
from newslint.names import name_index
from newslint.rule import Rule

NO_BREAK = "\u00a0\u202f\u2007"
# Characters that take no room on the page: zero-width space, word joiner, byte-order mark,
# soft hyphen, Mongolian vowel separator, and the bidirectional marks, embeddings and isolates.
INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069"
JOINERS = "\u200c\u200d"
PATTERN = regexes.compile(
    rf"(?P<nbsp>[{NO_BREAK}]+)|(?P<unusual>[\u2000-\u2006\u2008-\u200a\u205f]+)|(?P<invisible>[{INVISIBLE}]+)|(?P<joiner>[{JOINERS}]+)"
    r"|(?P<ideographic>\u3000+)|(?P<tab>[ ]*\t[ \t]*)|(?P<double>[ ]{2,})"
)
# Every character a PATTERN match can start with, but the space (a cheap pre-test; the
# standard library's scan of one character class is the fastest here).
SPECIAL_SPACING = re.compile(rf"[{NO_BREAK}\u2000-\u200a\u205f{INVISIBLE}{JOINERS}\u3000]")
# '1, 000' (a group of thousands after a comma and a space), 'at 14. 30' (a time after a preposition).
SPLIT_NUMBER_HINT = re.compile(r"\d[,.] \d")
SPLIT_NUMBER = regexes.compile(
    r"(?<![\d.,])\d{1,3},(?P<space> )0\d{2}(?![\d,.]?\d)"
    r"|(?<=\b(?:at|from|until|till|to|by|around|about|before|after) )"
    r"(?:[01]?\d|2[0-3])\.(?P<space> )[0-5]\d\b(?![.,]?\d)"
)
DIRECTION_MARKS = regexes.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Scripts that join letters with ZWJ/ZWNJ on purpose (Persian, Arabic, the Indic scripts...).
JOINING_LETTER = regexes.compile(r"(?V1)[[\p{L}\p{M}]--[\p{Latin}\p{Common}\p{Inherited}\p{Han}\p{Hangul}]]")
RIGHT_TO_LEFT = regexes.compile(r"[\p{Hebrew}\p{Arabic}\p{Syriac}\p{Thaana}\p{Nko}]")
CJK = regexes.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef]")
EMOJI_PART = regexes.compile(r"[\p{So}\p{Sk}\ufe0f\U0001f3fb-\U0001f3ff\u20e3]")
# 'Butkus(12)', 'Lyon(France)': a bracket glued to the word before it, a space lost with markup
# (a word of three letters or more, before a number or a capital: 'f(x)' and 'print(a)' stay).
GLUED_BRACKET = regexes.compile(r"(?<=\s\p{L}{2,}\p{Ll})\((?=[\p{Lu}\d][^()\n]{0,40}\))")
# A mojibake lead letter right before a no-break space: the pair is one garbled letter (MJ001).
MOJIBAKE_LEAD = regexes.compile(r"[\u00c2-\u00df\u00e0-\u00ef]")


class Whitespace(Rule):
    """Finds spacing artifacts inside running text: a space inside a word ("mosquito lar vae"),
    no-break spaces, doubled spaces, tabs,
    ideographic (full-width) spaces, and invisible characters (zero-width space, word joiner,
    soft hyphen, byte-order mark after the start, direction marks next to Latin text,
    zero-width joiners outside the scripts and emoji that use them).

    Why: they come from HTML (`&nbsp;`, `&#8203;`), CMS copy-paste and right-to-left or CJK
    source text; they break search, word counts, line wrapping and later tools, yet are invisible.

    Example: `Ukraine.` + no-break space + `We have done this` is flagged; the fix replaces it
    with an ordinary space. Invisible characters are deleted; a run of spaces or a tab becomes one
    space. Indentation, a byte-order mark at the very start, a joiner inside a Persian or Hindi word
    or an emoji sequence, and direction marks inside Hebrew or Arabic text are left alone.
    """

    code = "WS001"
    name = "whitespace"
    summary = "No-break, ideographic or doubled space, tab or invisible character in running text"
    severity = Severity.INFO
    english_only = False

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "(" in text:
            for match in GLUED_BRACKET.finditer(text):
                at = match.start()
                message = "no space before the bracket"
                yield self.finding(doc, at, at + 1, message, fix=Fix.replace(at, at, " ", "Insert a space"))
        if doc.is_english:
            yield from self._split_words(doc)
            yield from self._split_numbers(doc)
            yield from self._spaced_marks(doc)
            if "- " in text:
                for match in SPACE_AFTER_HYPHEN.finditer(text):
                    at = match.start() + 1
                    message = "a space after the hyphen inside a word"
                    yield self.finding(doc, at, at + 1, message, fix=Fix.replace(at, at + 1, "", "Remove the space"))
        if not _may_have_artifact(text):
            return
        for match in PATTERN.finditer(text):
            start, end = match.span()
            if not _inside_line(text, start, end):
                continue  # indentation and trailing space are layout, not running text
            kind = match.lastgroup
            if kind == "nbsp":
                if start and MOJIBAKE_LEAD.match(text[start - 1]):
                    continue
                yield self._replace(doc, start, end, "no-break space in running text", " ")
            elif kind == "unusual":
                yield self._replace(doc, start, end, f"unusual space U+{ord(text[start]):04X} in running text", " ")
            elif kind == "invisible":
                finding = self._invisible(doc, start, end)
                if finding is not None:
                    yield finding
            elif kind == "joiner":
                if not _legitimate_joiner(text, start, end):
                    yield self._replace(doc, start, end, f"stray zero-width joiner U+{ord(text[start]):04X}", "")
            elif kind == "ideographic":
                if not (CJK.match(text[start - 1]) and CJK.match(text[end])):
                    yield self._replace(doc, start, end, "ideographic (full-width) space in Latin text", " ")
            elif kind == "tab":
                if not _table_line(text, start):
                    yield self._replace(doc, start, end, "tab in running text", " ")
            else:
                yield self._replace(doc, start, end, "doubled space", " ")

    def _split_words(self, doc: Document) -> Iterator[Finding]:
        """'mosquito lar vae', 'the com munity centre', 'ferries to Ti hany': a space inside a
        word (a line break the converter turned into a space, a hyphenation undone). Two pieces
        with one space between them, one of them no word of any list, that together make a
        word English writes or a place the gazetteer holds."""
        pieces = PIECES.in_document(doc)
        pieces += [word for word in PLACE_TAILS.in_document(doc) if word not in pieces]
        if not pieces:
            return
        tokens, text = doc.tokens, doc.text
        reported = -1
        for index in doc.tokens_of(pieces):
            for left, right in ((index - 1, index), (index, index + 1)):
                if left < 0 or right >= len(tokens) or tokens[left].start <= reported:
                    continue
                first, second = tokens[left], tokens[right]
                if text[first.end : second.start] != " " or not first.text.isalpha() or not second.text.isalpha():
                    continue
                joined = _joined_word(first.text, second.text) or _written_whole_elsewhere(
                    first.text, second.text, doc.occurrences
                )
                if joined is None or self.config.is_accepted(joined):
                    continue
                reported = first.start
                yield self.finding(
                    doc,
                    first.start,
                    second.end,
                    f"a space inside the word '{joined}'",
                    fix=Fix.replace(first.end, second.start, "", "Remove the space", safe=False),
                )
                break

    def _split_numbers(self, doc: Document) -> Iterator[Finding]:
        """'1, 000 people', 'at 14. 30': a space inside a number or a time, after its comma or
        its dot (a scanned or retyped source, or MT's tokenizer). A group that starts with '0'
        cannot be a number of its own in a list, and a time follows 'at', 'from', 'until'."""
        text = doc.text
        if not SPLIT_NUMBER_HINT.search(text):
            return
        for match in SPLIT_NUMBER.finditer(text):
            at = match.start("space")
            message = f"'{match.group()}': a space inside a number or a time"
            yield self.finding(doc, at, at + 1, message, fix=Fix.replace(at, at + 1, "", "Remove the space"))

    def _spaced_marks(self, doc: Document) -> Iterator[Finding]:
        """'( which is old )', '5 th', '50 %': a space inside brackets, before an ordinal's ending
        or before a per cent sign (French and German typography space the sign; a tokenizer
        spaces the rest). Edited English writes '(which is old)', '5th', '50%'."""
        text = doc.text
        if not SPACED_MARK_HINT.search(text):
            return  # most texts: no bracket, ending or sign after a space
        for match in SPACED_MARK.finditer(text):
            at = match.start("space")
            if text[at + 1] == ")" and "(" not in text[max(0, at - 80) : at]:
                continue  # a closing bracket with no opening one near it: a list's '1 )', a smiley
            line = doc.line_of(at)
            if line is None or len(line.text.split()) < PROSE_WORDS:
                continue  # a table row or a label, laid out by hand
            yield self.finding(
                doc, at, at + 1, _spaced_mark_message(text, at), fix=Fix.replace(at, at + 1, "", "Remove the space")
            )

    def _invisible(self, doc: Document, start: int, end: int) -> Finding | None:
        text = doc.text
        if start == 0 and text[0] == "\ufeff":
            return None
        chars = text[start:end]
        if all(DIRECTION_MARKS.match(char) for char in chars) and _near_right_to_left(text, start, end):
            return None  # a mark that orders Hebrew or Arabic words: it does its job
        return self._replace(doc, start, end, f"invisible character U+{ord(chars[0]):04X} in text", "")

    def _replace(self, doc: Document, start: int, end: int, message: str, content: str) -> Finding:
        label = "Replace with a space" if content else "Delete the invisible character"
        return self.finding(doc, start, end, message, fix=Fix.replace(start, end, content, label))


# 'e- scooters', 'Bérubé- Fortin': a letter, a hyphen, one space, a word; not a suspended hyphen
# ('pre- and post-war', 'e- or m-commerce') nor a dash spaced on both sides.
SPACED_MARK_HINT = re.compile(r"\( \S|\S \)|\d (?:st|nd|rd|th|%)")
SPACED_MARK = regexes.compile(
    r"(?<=\()(?P<space> )(?=\p{L})[^()\n]{1,80}\)"
    r"|(?<=\p{L})(?P<space> )\)"
    r"|(?<=\b[02-9]?1)(?P<space> )st\b|(?<=\b[02-9]?2)(?P<space> )nd\b|(?<=\b[02-9]?3)(?P<space> )rd\b"
    r"|(?<=\b(?:\d*[04-9]|1[123]))(?P<space> )th\b"
    r"|(?<=\d)(?P<space> )%"
)
PROSE_WORDS = 6


def _spaced_mark_message(text: str, at: int) -> str:
    if text[at - 1] == "(":
        return "a space after the opening bracket"
    if text[at + 1] == ")":
        return "a space before the closing bracket"
    number = text[:at].rsplit(None, 1)[-1]
    if text[at + 1] == "%":
        return f"'{number} %': a space before the per cent sign (write '{number}%')"
    ending = text[at + 1 : at + 3]
    return f"'{number} {ending}': the ordinal's ending split off (write '{number}{ending}')"


SPACE_AFTER_HYPHEN = regexes.compile(r"(?<=\p{L})- (?!(?:and|or|to|nor|und|et|y|e|o|et)\b)(?=\p{L})")
JOINED_MIN_LENGTH = 6
LONE_PIECE_ZIPF = 2.0  # the web's broken words give fragments a trace of frequency ('munity')
LONE_PIECE_ABROAD_ZIPF = 3.0  # rarer than this in every other language too
JOINED_WORD_ZIPF = 2.5  # a word English writes now and then, not a rare form
JOINED_PLACE_ZIPF = 1.0


def _lone_piece(word: str) -> bool:
    """A piece of a word: letters English does not know and no other language writes often
    (once per word)."""
    if not word.isalpha() or len(word) > 12 or not _no_word(word):
        return False
    return max(foreign_frequencies(word.lower()).values(), default=0.0) < LONE_PIECE_ABROAD_ZIPF


PIECES = WordClass(_lone_piece)
# The lowercase end of a place's name split by a space ('Kis umu'), a word English does not write
# though another language may ('umu' is Slovene): joined, it must make a place the world writes.
PLACE_TAIL_LENGTH = 6
FAMOUS_PLACE_ZIPF = 2.0
FAMOUS_PLACE_LANGUAGES = 5


def _place_tail(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) <= PLACE_TAIL_LENGTH and zipf(word) < LONE_PIECE_ZIPF


PLACE_TAILS = WordClass(_place_tail)


def _written_whole_elsewhere(first: str, second: str, occurrences: dict[str, list[int]]) -> str | None:
    """'the Lofo ten islands' where the article writes 'Lofoten' too: the two pieces, one of
    them no word at all and written nowhere else alone, make a word the same text writes whole
    and a word list or the gazetteer knows (a name and 'said' beside a glued 'Namesaid' do not)."""
    joined = first + second
    if len(joined) < JOINED_MIN_LENGTH or not second.islower() or joined not in occurrences:
        return None
    if zipf(joined.lower()) == 0 and name_index().lookup(fold(joined)) is None:
        return None  # no list knows the whole form either: it may be the glued one ('Kadogosasaid')
    pieces = [piece for piece in (first, second) if _no_word(piece)]
    return joined if pieces and all(len(occurrences.get(piece, ())) == 1 for piece in pieces) else None


def _no_word(piece: str) -> bool:
    """A piece English does not write as a word: rare, in no dictionary, no known name."""
    lower = piece.lower()
    return zipf(lower) < LONE_PIECE_ZIPF and not is_dictionary_word(lower) and not is_known_proper_noun(piece)


def _joined_word(first: str, second: str) -> str | None:
    """The word the two pieces make when one space between them is removed: an English word in
    lowercase, or a place English writes in a capitalized name; None otherwise."""
    joined = first + second
    if len(joined) < JOINED_MIN_LENGTH or not second.islower():
        return None
    if first.islower():
        return joined if is_dictionary_word(joined) and zipf(joined) >= JOINED_WORD_ZIPF else None
    if not first[1:].islower():
        return None
    info = name_index().lookup(fold(joined))
    if not _lone_piece(first) and not _lone_piece(second):
        # 'Kis umu': neither piece a word of no list, so only a place the world writes counts
        famous = info is not None and info.place and info.english >= FAMOUS_PLACE_ZIPF
        return joined if famous and info.languages >= FAMOUS_PLACE_LANGUAGES else None
    known_place = info is not None and info.place and info.english >= JOINED_PLACE_ZIPF
    return (
        joined
        if known_place or zipf(joined.lower()) >= JOINED_WORD_ZIPF and is_dictionary_word(joined.lower())
        else None
    )


def _may_have_artifact(text: str) -> bool:
    """Whether PATTERN can match at all: a tab, two spaces, or a special character (never in ASCII)."""
    return "\t" in text or "  " in text or (not text.isascii() and SPECIAL_SPACING.search(text) is not None)


def _inside_line(text: str, start: int, end: int) -> bool:
    """Between two visible characters of one line (after skipping other spacing)."""
    before = text[max(0, start - 80) : start].rstrip(" \t\u00a0\u3000")
    if not before and start > 80:
        return True  # a long run of spacing inside a line
    after_index = end
    while after_index < len(text) and text[after_index] in " \t\u00a0\u3000":
        after_index += 1
    if not before or before[-1] == "\n" or after_index >= len(text) or text[after_index] in "\r\n":
        return False
    return True


def _legitimate_joiner(text: str, start: int, end: int) -> bool:
    """ZWJ/ZWNJ between letters of a joining script, or inside an emoji sequence."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not before or not after:
        return False
    if JOINING_LETTER.match(before) and JOINING_LETTER.match(after):
        return True
    return bool(EMOJI_PART.match(before) and EMOJI_PART.match(after))


def _near_right_to_left(text: str, start: int, end: int) -> bool:
    """A right-to-left letter right before or after the marks (punctuation and spaces skipped)."""
    before = text[max(0, start - 4) : start].rstrip(" .,;:!?\"'()”“’")
    after = text[end : end + 4].lstrip(" .,;:!?\"'()”“’")
    return bool(before and RIGHT_TO_LEFT.match(before[-1]) or after and RIGHT_TO_LEFT.match(after[0]))


def _table_line(text: str, position: int) -> bool:
    """A line with two or more tab runs is a table, where tabs are the columns."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(regex.findall(r"\t+", line)) >= 2
