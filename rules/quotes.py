"""Quotation marks: another language's convention left in English, mismatched or reversed pairs,
and a quotation whose closing mark was lost before its attribution ("..., he said.")."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from newslint import regexes
from newslint.document import Document, Span
from newslint.finding import Finding, Fix
from newslint.rule import Rule
from newslint.scripts import beside_latin_text

# Every double quotation mark the scan follows: English, straight, and other conventions.
MARK = regexes.compile(r"[“”\"„«»「」『』《》״＂]")
# Single marks of other conventions: flagged where they touch an English word, never paired.
# A paragraph that opens on a dash, then speech and, after a comma, its speaker and a speech verb.
SPEECH_AFTER_COMMA = (
    "says said adds added explains explained told tells stresses stressed notes noted continues continued "
    "admits admitted writes wrote concludes concluded insists insisted warns warned"
)
DASH_QUOTATION = regexes.compile(
    r"^[–—―] (?=\p{Lu})[^\n]{10,}?, (?:[^,\n]{1,50}? )?"
    r"(?:" + "|".join(SPEECH_AFTER_COMMA.split()) + r"|according to)\b[^\n]*$",
    regex.MULTILINE,
)
SINGLE_FOREIGN = regexes.compile(r"(?<=^|[\s(])[‚‹](?=\p{Latin})|(?<=\p{Latin})›(?=[\s.,;:!?)]|$)", regex.MULTILINE)

# Opening marks of other conventions and what English writes instead.
FOREIGN_OPENERS = {
    "„": "low-9 opening mark „ (German, Polish, Czech, Romanian, Hungarian... convention)",
    "«": "guillemet « (French, Spanish, Italian, Russian, Greek, Persian... convention)",
    "»": "guillemet » used as an opening mark (Croatian, Danish, Swedish convention)",
    "「": "corner bracket 「 (Chinese/Japanese quotation mark)",
    "『": "double corner bracket 『 (Chinese/Japanese quotation mark)",
    "《": "double angle bracket 《 (Chinese title mark)",
    "״": "Hebrew gershayim ״ used as a quotation mark",
    "＂": "full-width quotation mark ＂",
}
FOREIGN_CLOSERS = {
    "»": "guillemet »",
    "«": "guillemet «",
    "」": "corner bracket 」",
    "』": "double corner bracket 』",
    "》": "double angle bracket 》",
    "״": "Hebrew gershayim ״",
    "＂": "full-width quotation mark ＂",
}
OPEN, CLOSE, SKIP = "open", "close", "skip"
# A paragraph with more quotation problems than this is not prose; the rest would be noise.
MAX_FINDINGS_PER_PARAGRAPH = 12
SPACE_LIKE = frozenset(" \t\n\r\u00a0\u202f\u3000([{—–-/")
AFTER_CLOSE = frozenset(" \t\n\r\u00a0\u202f.,;:!?)]}—–-/…")
# Guillemets spaced on both sides on a short line are navigation arrows ("Next »"), not quotes.
PROSE_LINE_WORDS = 6

# "..., she said." / "..., said Simone Inzaghi." inside a quotation that never closes: the closing
# mark went missing before the attribution.
SPEECH_VERBS = (
    r"said|says|added|adds|told|tells|explained|explains|stressed|stresses|noted|notes|insisted|"
    r"declared|warned|warns|stated|wrote|writes|asked|replied|continued|concluded|argued|claimed|"
    r"admitted|emphasi[sz]ed|underlined|recalled|commented|remarked|announced|assured|acknowledged|"
    r"shouted|chanted|cried|yelled|screamed|urged|reiterated|confirmed|affirmed|maintained|promised|vowed|"
    r"revealed|suggested|responded|answered|complained|conceded|cautioned|tweeted|posted"
)
SPEECH_VERB = regexes.compile(
    rf"(?:{SPEECH_VERBS}|say|tell|write|ask|call|called|calls|dubbed|titled|named|read|reads)"
)
# The lowercase word right before a quotation mark, one space between.
WORD_BEFORE = regexes.compile(r"(?<![\p{L}'’-])(\p{Ll}+) $")
# A sentence of the paragraph's own right before a quotation mark: '... together. "This ...'.
SENTENCE_END_BEFORE = regexes.compile(r"\p{Ll}{2}[.!?] $")
NAME = r"\p{Lu}[\p{L}'’.-]+"
SUBJECT = (
    rf"(?:he|she|they|we|I|it|(?:the[ \t]+)?{NAME}(?:[ \t]+{NAME}){{0,3}}|the[ \t]+\p{{Ll}}+(?:[ \t]+\p{{Ll}}+)?"
    rf"|(?:one|another|an?)(?:[ \t]+\p{{Lu}}{{2,6}})?[ \t]+\p{{Ll}}+)"  # 'one NSC member', 'a spokeswoman'
)
DOUBLED_SINGLE = regexes.compile(r"''|‘‘|’’")
ATTRIBUTION = regexes.compile(
    rf"(?:,|(?<=[?!]))[ \t]+(?:{SUBJECT}[ \t]+(?:{SPEECH_VERBS})|(?:{SPEECH_VERBS})[ \t]+{SUBJECT})"
    rf"(?:[.,]|(?:[ \t]+[\p{{L}}\p{{N}}'’-]+){{1,10}}[.,])"
)


@dataclass(slots=True)
class OpenQuote:
    index: int
    char: str


# A closing mark, a comma, then the speech verb or its subject ('", said the minister').
COMMA_OUTSIDE_QUOTE = regexes.compile(
    r'[”"], (?=(?:said|says|added|adds|told|explained|stressed|noted|declared|stated|according|he|she|they)\b)'
)
OPENER_OF = {"”": "“", '"': '"'}
QUOTED_SENTENCE_CHARS = 600
QUOTED_SENTENCE_WORDS = 5


class Quotes(Rule):
    """Finds quotation marks an English reader should not see:

    - another language's marks left in English text, paired or not: `„ “` (German, Czech),
      `„ ”` (Polish, Romanian, Hungarian), `« »` (French, Spanish, Italian, Russian, Greek,
      Persian), `» «` (Croatian, Danish), `「 」` `『 』` (Chinese, Japanese), the Hebrew
      gershayim `״` as a quotation mark, single `‚ ‹ ›`;
    - mismatched pairs: a curly opening mark closed by a straight one, a foreign mark closed
      by an English one, an opening mark `“` used to close;
    - a closing mark `”` used to open (`”Hello`);
    - a quotation that never closes although its attribution follows ("“There is no
      recession, she said."): the closing mark was dropped;
    - a straight mark opened after an ordinary word and never closed in its paragraph ('an
      "extreme heat wave across the south.'): quotations that run on open a paragraph or
      follow a speech verb or a colon.

    Why: machine translation copies the source's quotation marks or keeps only one of a pair;
    readers then cannot tell where the quoted words end, a serious error in news.

    Example: `unions called the offer «an insult" at the rally` (the fix writes `“`). Not flagged:
    apostrophes (don’t, ’90s, O’Neil, students’), quotes within quotes, a quotation that runs
    over several paragraphs (each reopened, news style), inch marks (`15"`), marks inside a run
    of their own script (`「東京」`), and a quotation left open at a paragraph start or after a
    speech verb: that happens in edited news too.
    """

    code = "QU001"
    name = "quotes"
    summary = "Foreign, mismatched or reversed quotation marks; a quotation whose closing mark was lost"

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "''" in text or "‘‘" in text or "’’" in text:
            yield from self._doubled_single_marks(doc)
        if "– " in text or "— " in text or "― " in text:
            yield from self._dash_quotations(doc)
        if "'" in text:
            yield from self._unclosed_straight_singles(doc)
        if not any(char in text for char in '“”"„«»「」『』《》״＂‚‹›'):
            return
        curly = text.count("“") + text.count("”") > text.count('"')
        findings: list[Finding] = []
        for paragraph in doc.paragraphs:
            findings.extend(_ParagraphScan(self, doc, paragraph, curly).run())
        findings.extend(self._single_foreign_marks(doc, curly))
        findings.extend(self._comma_after_quoted_sentence(doc))
        findings.sort(key=lambda finding: finding.start)
        yield from findings

    def _comma_after_quoted_sentence(self, doc: Document) -> Iterator[Finding]:
        """'"The vaccine is safe for every child", said the secretary.': a quoted sentence whose
        comma stands outside the closing mark before the speech verb (Portuguese, Spanish, French,
        German, Italian place it so); English keeps it inside. A quoted fragment ('now "on
        hold", said the firm') takes it outside in British style, so only a quotation that opens
        a sentence with a capital and runs five words or more counts."""
        text = doc.text
        for match in COMMA_OUTSIDE_QUOTE.finditer(text):
            close = match.start()
            opener = text.rfind(OPENER_OF[text[close]], max(0, close - QUOTED_SENTENCE_CHARS), close)
            if opener < 0:
                continue
            quoted = text[opener + 1 : close]
            if not quoted[:1].isupper() or len(quoted.split()) < QUOTED_SENTENCE_WORDS or "\n" in quoted:
                continue
            if text[max(0, opener - 2) : opener].strip() not in ("", ".", ":") and text[opener - 1 : opener] != "\n":
                continue  # the quotation is not where a sentence opens
            message = "comma outside the closing quotation mark (the source's convention): put it inside"
            fix = Fix.replace(close, close + 2, "," + text[close], "Move the comma inside")
            yield self.finding(doc, close, close + 2, message, fix=fix)

    def _dash_quotations(self, doc: Document) -> Iterator[Finding]:
        """'– We cannot go on like this, says nurse Anna Berg.': a paragraph that opens on a dash
        and names its speaker after a comma. Swedish, Finnish, Norwegian, Russian, Spanish and
        Portuguese news mark quoted speech so; English uses quotation marks."""
        for match in DASH_QUOTATION.finditer(doc.text):
            start = match.start()
            message = "a dash opens the quotation (the source's convention): use quotation marks"
            yield self.finding(doc, start, start + 1, message)

    def _unclosed_straight_singles(self, doc: Document) -> Iterator[Finding]:
        """"'Last time the lorries came at midnight, said a resident.": a quotation opened with
        a straight single mark before a capital, and no mark after it in the paragraph that
        could close it (any apostrophe after a letter counts, a plural possessive too), nor a
        next paragraph that reopens it."""
        text = doc.text
        for paragraph in doc.paragraphs:
            if "'" not in paragraph.text:
                continue
            opening = STRAIGHT_SINGLE_OPENING.search(paragraph.text)
            if opening is None or STRAIGHT_SINGLE_CLOSING.search(paragraph.text, opening.end()):
                continue
            following = text[paragraph.end : paragraph.end + 200].lstrip()
            if following and following[0] in "'‘\"“":
                continue  # a quotation over several paragraphs, reopened
            start = paragraph.start + opening.start()
            message = "quotation opened here is never closed, and the next paragraph does not continue it"
            yield self.finding(doc, start, paragraph.end, message)

    def _doubled_single_marks(self, doc: Document) -> Iterator[Finding]:
        """''Smog needs no visa'', ‘‘We will act,’’: two single marks typed for a double one
        (a habit of South Asian and West African newspapers, and of old typewriter text)."""
        text = doc.text
        for match in DOUBLED_SINGLE.finditer(text):
            start, end = match.span()
            before = text[start - 1 : start] if start else " "
            after = text[end : end + 1] or " "
            opening = (before.isspace() or before in "([") and (after.isalnum() or after in "‘'")
            closing = (before.isalnum() or before in ".,!?") and not after.isalnum()
            if not (opening or closing):
                continue
            mark = "“" if opening else "”"
            message = f"two single quotation marks ({match.group()}) used as a double one: use {mark}"
            yield self.finding(doc, start, end, message, fix=Fix.replace(start, end, mark, f"Use {mark}", safe=True))

    def _single_foreign_marks(self, doc: Document, curly: bool) -> Iterator[Finding]:
        for match in SINGLE_FOREIGN.finditer(doc.text):
            index = match.start()
            char = doc.text[index]
            english = ("‘" if curly else "'") if char in "‚‹" else ("’" if curly else "'")
            yield self.finding(
                doc,
                index,
                index + 1,
                f"single quotation mark '{char}' of another language's convention: English uses '{english}'",
                fix=Fix.replace(index, index + 1, english, f"Use '{english}'", safe=False),
            )


class _ParagraphScan:
    """One pass over the quotation marks of a paragraph, pairing them as it goes."""

    def __init__(self, rule: Quotes, doc: Document, paragraph: Span, curly: bool) -> None:
        self.rule = rule
        self.doc = doc
        self.text = doc.text
        self.paragraph = paragraph
        self.open_mark, self.close_mark = ("“", "”") if curly else ('"', '"')
        self.findings: list[Finding] = []
        self.open: OpenQuote | None = None
        self.open_flagged = False
        # Curly marks pair without doubt: there, a lost mark is an error worth reporting. With
        # straight marks, edited news leaves quotations open and reopens them at each sentence.
        self.strict = curly and '"' not in paragraph.text and not _merged_paragraph(doc, paragraph)

    def run(self) -> list[Finding]:
        paragraph = self.paragraph
        for match in MARK.finditer(paragraph.text):
            index = paragraph.start + match.start()
            role = self._role(index)
            if role == OPEN:
                self._on_open(index)
            elif role == CLOSE:
                self._on_close(index)
            if len(self.findings) >= MAX_FINDINGS_PER_PARAGRAPH:
                return self.findings  # not prose (a run of marks): enough said
        if self.open is not None:
            self._check_lost_closing(self.open, paragraph.end)
            strict = self.strict or self._opened_inside_clause(self.open.index) or self._lone_straight_mark()
            if strict and not self.open_flagged and not self._continued():
                self._flag_unclosed(self.open)
        return self.findings

    def _opened_inside_clause(self, index: int) -> bool:
        """A straight mark opened after an ordinary lowercase word ('the "emergency plan'): a
        quotation news runs over several paragraphs opens a paragraph or follows a speech verb
        or a colon, so there an unclosed mark is lost, not continued."""
        if self.open_mark != '"' or _merged_paragraph(self.doc, self.paragraph):
            return False
        before = self.text[max(self.paragraph.start, index - 30) : index]
        if SENTENCE_END_BEFORE.search(before):
            return True  # opened after a sentence inside the paragraph: continued nowhere
        word = WORD_BEFORE.search(before)
        return word is not None and not SPEECH_VERB.fullmatch(word.group(1))

    def _lone_straight_mark(self) -> bool:
        """The paragraph's only quotation mark is a straight one that opens: with no other mark
        to pair it with, a quotation the next paragraph does not reopen was left open."""
        return self.open_mark == '"' and self.paragraph.text.count('"') == 1

    def _continued(self) -> bool:
        """Whether the next paragraph reopens the quotation (a quotation over several paragraphs)."""
        following = self.text[self.paragraph.end : self.paragraph.end + 200].lstrip()
        return bool(following) and following[0] in '“"„«'

    # -- roles ---------------------------------------------------------------------------------
    def _role(self, index: int) -> str:
        text, char = self.text, self.text[index]
        before = text[index - 1] if index > self.paragraph.start else " "
        after = text[index + 1] if index + 1 < self.paragraph.end else " "
        opens_word = before in SPACE_LIKE and after not in AFTER_CLOSE
        ends_word = after in AFTER_CLOSE and before not in SPACE_LIKE
        is_open = self.open is not None
        if char in FOREIGN_OPENERS or char in FOREIGN_CLOSERS:
            if not beside_latin_text(text, index) or self._navigation_arrow(index, opens_word, ends_word):
                return SKIP
        if char == '"':
            if after == '"' or (before.isdigit() and not is_open):
                return SKIP  # a doubled mark, an inch or seconds mark (15")
            if opens_word or ends_word:
                return OPEN if opens_word else CLOSE
            return CLOSE if is_open else OPEN
        if char == "“":
            glued_close = before.isalnum() or before in ".,!?"
            return CLOSE if is_open and glued_close and (ends_word or after.isupper()) else OPEN
        if char == "”":
            return OPEN if not is_open and opens_word else CLOSE
        if char in "„「『《":
            return OPEN
        if char in "」』》":
            return CLOSE
        if char == "«":
            return CLOSE if is_open and self.open.char == "»" else OPEN
        if char == "»":
            return CLOSE if is_open or not opens_word else OPEN
        # Gershayim and the full-width mark open and close alike.
        return CLOSE if is_open else OPEN

    def _navigation_arrow(self, index: int, opens_word: bool, ends_word: bool) -> bool:
        if opens_word or ends_word or self.text[index] not in "«»":
            return False
        line = self.doc.line_of(index)
        return line is None or sum(1 for word in line.text.split() if word[:1].isalpha()) < PROSE_LINE_WORDS

    # -- events --------------------------------------------------------------------------------
    def _on_open(self, index: int) -> None:
        char = self.text[index]
        if self.open is not None:
            self._check_lost_closing(self.open, index)
            # A straight mark that opens again inside the same sentence of an open quotation, in a
            # paragraph of an odd number of straight marks ('"Please "vote for change."'), is a
            # stray mark: not a quotation reopened per sentence, nor one quoted inside another.
            reopened = (
                char == '"' == self.open.char
                and self.paragraph.text.count('"') % 2 == 1
                and not any(mark in self.text[self.open.index : index] for mark in ".!?")
            )
            if not self.open_flagged and (self.strict and char in "“" or reopened):
                self.findings.append(
                    self.rule.finding(
                        self.doc,
                        self.open.index,
                        index + 1,
                        "a new quotation opens before the previous one is closed",
                    )
                )
        self.open = OpenQuote(index, char)
        self.open_flagged = False
        if char in FOREIGN_OPENERS:
            self._flag(index, f"{FOREIGN_OPENERS[char]} in English text: use {self.open_mark}", self.open_mark)
            self.open_flagged = True
        elif char == "”":
            self._flag(index, "closing quotation mark ” used to open a quotation: use “", "“", safe=True)
            self.open_flagged = True

    def _on_close(self, index: int) -> None:
        char = self.text[index]
        opened, self.open = self.open, None
        if opened is None:
            single = _single_opening_before(self.text, index, self.paragraph.start) if char in '”"' else None
            if single is not None:
                message = f"quotation opened with a single mark {self.text[single]} and closed with a double {char}"
                self.findings.append(self.rule.finding(self.doc, single, index + 1, message))
                return
            if char in FOREIGN_CLOSERS:
                self._flag(index, f"{FOREIGN_CLOSERS[char]} in English text: use {self.close_mark}", self.close_mark)
            elif self.strict and char == "”":
                start = _word_start(self.text, index, self.paragraph.start)
                self.findings.append(
                    self.rule.finding(self.doc, start, index + 1, "closing quotation mark without an opening one")
                )
            return  # an orphan English closing mark: edited news has those too, and often a lost paragraph
        if char in FOREIGN_CLOSERS and char != opened.char:
            if not self.open_flagged:
                self._flag(
                    index, f"{FOREIGN_CLOSERS[char]} closes a quotation opened with {opened.char}", self.close_mark
                )
            elif opened.char in FOREIGN_OPENERS:
                # «...»: both marks of the pair are another convention's, and each needs its fix
                self._flag(index, f"{FOREIGN_CLOSERS[char]} in English text: use {self.close_mark}", self.close_mark)
        elif char == "“" and opened.char in '„“"':
            if opened.char == "„":
                message = "German-style closing mark “ after „: English closes with ”"
            else:
                message = "opening quotation mark “ used to close a quotation: use ”"
            self._flag(index, message, "”", safe=True)
        elif opened.char == "„" and char == "”":
            # Polish, Romanian, Hungarian „...”: the opening mark's finding covers the pair, whose
            # closing mark English shares.
            for finding in reversed(self.findings):
                if finding.start == opened.index:
                    finding.end = index + 1
                    break
        elif opened.char == '"' and char == "”":
            fix = Fix.replace(opened.index, opened.index + 1, "“", "Use “", safe=True)
            message = 'quotation opened with a straight " and closed with a curly ”: use “'
            self.findings.append(self.rule.finding(self.doc, opened.index, index + 1, message, fix=fix))
        elif opened.char == "“" and char == '"':
            # Reported over the whole quotation: the curly opening mark and the straight closing
            # one are a mismatched pair; the fix writes the closing mark.
            fix = Fix.replace(index, index + 1, "”", "Use ”", safe=True)
            message = 'quotation opened with a curly “ and closed with a straight ": use ”'
            self.findings.append(self.rule.finding(self.doc, opened.index, index + 1, message, fix=fix))

    def _check_lost_closing(self, opened: OpenQuote, end: int) -> None:
        """A quotation that runs into its own attribution lost its closing mark."""
        if self.open_flagged:
            return  # its opening mark is reported already
        attribution = ATTRIBUTION.search(self.text, opened.index + 1, end)
        if attribution is None:
            return
        comma = attribution.start()
        self.open_flagged = True
        self.findings.append(
            self.rule.finding(
                self.doc,
                opened.index,
                opened.index + 1,
                "quotation opened here is never closed: the closing mark before "
                f"'{self.text[comma : attribution.end()].strip(' ,.')}' is missing",
                fix=Fix.replace(comma + 1, comma + 1, self.close_mark, "Close the quotation", safe=False),
            )
        )

    def _flag_unclosed(self, opened: OpenQuote) -> None:
        """Reported over the quoted text, from its opening mark to the paragraph's end, where the
        closing mark is missing."""
        message = "quotation opened here is never closed, and the next paragraph does not continue it"
        self.findings.append(self.rule.finding(self.doc, opened.index, self.paragraph.end, message))

    def _flag(self, index: int, message: str, replacement: str, *, safe: bool = False) -> None:
        fix = Fix.replace(index, index + 1, replacement, f"Use {replacement}", safe=safe)
        self.findings.append(self.rule.finding(self.doc, index, index + 1, message, fix=fix))


MERGED_PARAGRAPH_SENTENCES = 4


# A straight single mark opening a quotation: at a word's start, before a capitalized word ...
STRAIGHT_SINGLE_OPENING = regexes.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))'(?=\p{Lu}\p{Ll})")
# ... and a mark that may close it: after a letter, a figure or a sentence mark, before a space,
# punctuation or the double mark of the quotation around it ('... too,'"); a double mark closing
# it is a mismatch, reported as one.
STRAIGHT_SINGLE_CLOSING = regexes.compile(r"(?<=[\p{L}\p{N}.,!?])['’\"”](?=[\s.,;:!?)\]\"”’—–-]|$)")
SINGLE_OPENING = regexes.compile(r"(?:(?<=^)|(?<=[\s(:—–-]))[‘'](?=\p{L})")
SINGLE_CLOSING = regexes.compile(r"(?<=[\p{L}\p{N}.,!?])[’'](?=[\s.,;:!?)—–-]|$)")


def _single_opening_before(text: str, index: int, floor: int) -> int | None:
    """Where a single quotation mark opened the quotation that a double ” closes at index
    ("the so-called ‘echo boomer” generation"), or None: the last single opening mark before it
    in the paragraph, with no single closing mark (nor a double mark) between them."""
    start = max(floor, index - 400)
    stretch = text[start:index]
    if '"' in stretch or "“" in stretch:
        opened = max(stretch.rfind('"'), stretch.rfind("“"))
        start += opened + 1
        stretch = text[start:index]
    openings = list(SINGLE_OPENING.finditer(stretch))
    if not openings:
        return None
    last = openings[-1]
    if SINGLE_CLOSING.search(stretch, last.end()):
        return None
    return start + last.start()


def _merged_paragraph(doc: Document, paragraph: Span) -> bool:
    """A paragraph of four sentences or more, or a document whose paragraph breaks were lost
    (news paragraphs hold one or two sentences): there, a quotation reopened at a sentence start
    continues the previous one, news style."""
    starts = doc.value("quotes.sentence_starts", lambda d: [sentence.start for sentence in d.sentences])
    merged = doc.value("quotes.merged", lambda d: len(d.paragraphs) > 1 and len(starts) / len(d.paragraphs) >= 2.5)
    inside = bisect.bisect_left(starts, paragraph.end) - bisect.bisect_left(starts, paragraph.start)
    return merged or inside >= MERGED_PARAGRAPH_SENTENCES


def _word_start(text: str, index: int, floor: int) -> int:
    """Where the word that ends at index starts (looking back a bounded distance)."""
    start = index
    floor = max(floor, index - 40)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start
