"""The present tense with 'since' (used by CQ001).

German, French, Italian, Spanish, Polish, Russian, Greek, Swedish, Hindi and many more say 'is
closed since March' where English needs the present perfect ('has been closed since March'): a
translation slip no spell-checker sees. The check reads one clause: its only verb group, the
subject just before it, and the 'since' phrase a few words after it, so a 'since' that belongs
to a noun ('the worst flood since 2010', 'a rise of 4% since May') stays silent.

(A present perfect with a finished time, 'has lost his life on Saturday', was measured too: it
found one slip in the probe sets read and raised one false alarm in a set never read.)
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint import regexes
from newslint.document import Document
from newslint.grammar import MONTHS, WEEKDAYS, Chunk, chunk, tag, verb_forms

_MONTH = "(?:" + "|".join(sorted(MONTHS)) + ")"
_WEEKDAY = "(?:" + "|".join(sorted(WEEKDAYS)) + ")"
# 'since' before a point in time: a year, a month, a day, a date, 'last week', 'yesterday', 'dawn'.
SINCE_POINT = regexes.compile(
    r"\bsince (?:(?:early|mid|late|mid-|the (?:start|beginning|end|middle) of) ?)?"
    rf"(?:(?:1[89]|20)\d\d\b|{_MONTH}\b|{_WEEKDAY}\b|yesterday\b|\d{{1,2}} {_MONTH}\b"
    rf"|last (?:week|month|year|night|weekend|spring|summer|autumn|winter|{_WEEKDAY})\b"
    r"|(?:the )?(?:early )?(?:morning|dawn|daybreak)\b|midnight\b|noon\b|this (?:morning|week|month|year)\b)"
)
# The last mark before 'since' that ends a clause (a comma only before a space: not '40,000').
CLAUSE_BREAK = regexes.compile(r"(?r)[;:()—–\"“”]|,(?=\s)")
# A present tense is English with 'since' when the clause ranks or measures something since then
# ('the ninth eruption since December', 'the worst since 2010', 'up 4% since May', 'It is a year since').
RANKED_OR_MEASURED = regexes.compile(
    r"\b(?:first|last|only|next|time|times|ever|record|up|down|higher|lower|off|more|less|fewer|worst|best"
    r"|most|least|year|years|month|months|week|weeks|day|days|decade|decades|\p{L}+est"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth)\b"
    r"|[%\d]"
)
PRESENT_BE = frozenset("is are am remains remain stays stay".split())
NOT_PRESENT = frozenset(
    """has have had 've 'd will would shall can could should must may might was were did does do been
    being 's 're""".split()
)
MAX_WORDS_TO_SINCE = 8


def present_with_since(doc: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each 'is closed since March', 'negotiate since November': a clause in the
    present tense whose time runs from a point named by 'since'."""
    text = doc.text
    if "since " not in text:
        return
    for match in SINCE_POINT.finditer(text):
        sentence = doc.sentence_at(match.start())
        if sentence is None or sentence.start + len(sentence.text) < match.start():
            continue
        head = text[sentence.start : match.start()]
        breaks = CLAUSE_BREAK.search(head)
        clause_start = breaks.end() if breaks else 0
        clause = head[clause_start:]
        verb = _only_verb_after_subject(clause)
        if verb is None:
            continue
        between = clause[verb.words[-1].end :]
        if len(between.split()) > MAX_WORDS_TO_SINCE or RANKED_OR_MEASURED.search(between):
            continue
        lowers = [word.lower for word in verb.words]
        if not NOT_PRESENT.isdisjoint(lowers) or not _present(lowers[0]):
            continue
        yield sentence.start + clause_start + verb.words[0].start, match.end()


def _only_verb_after_subject(clause: str) -> Chunk | None:
    """The clause's verb group when it is its only one and follows the clause's first noun phrase
    (the subject): 'the museum | is closed', 'residents | live without water'."""
    chunks = chunk(tag(clause))
    for index in range(len(chunks) - 1, -1, -1):
        if chunks[index].kind == "SUB" or chunks[index].words[0].lower in ("and", "but", "or"):
            chunks = chunks[index + 1 :]  # 'and that | the fees are due': the last clause's own words
            break
    verbs = [index for index, item in enumerate(chunks) if item.kind == "VERB"]
    if len(verbs) != 1:
        return None
    at = verbs[0]
    nouns = [index for index, item in enumerate(chunks[:at]) if item.kind == "NP"]
    if nouns != [at - 1]:
        return None  # no subject right before it, or another noun phrase first ('brought pupils back')
    return chunks[at]


def _present(word: str) -> bool:
    """A present-tense form: 'is', 'remains', 'lives', 'negotiate' (not 'put', also a past)."""
    if word in PRESENT_BE:
        return True
    forms = verb_forms(word)
    return bool(forms & {"VBZ", "VBP"}) and "VBD" not in forms
