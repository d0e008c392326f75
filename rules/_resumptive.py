"""A pronoun repeating the noun a relative clause is about (used by CQ001).

Arabic, Hebrew, Persian, Romanian, Bulgarian and colloquial Turkish and Greek keep a pronoun in
the relative clause for the noun it describes ('the budget which the government approved it',
'the bridge, which it was opened in May'); English leaves the gap: 'which the government
approved', 'which was opened'. The clause's own subject sits between the relative word and its
verb, and the pronoun closes the clause (punctuation or a time or place phrase follows), so a
pronoun that is the object of a second verb, or a receiver of a giving verb ('the money which
he gave them'), is not one.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint import regexes
from newslint.document import Document
from newslint.grammar import prefixed_participle, verb_forms

# After a preposition, 'which it was' is a clause of its own ('the film for which it was nominated').
PREPOSITIONS = frozenset(
    """in on at by for from with of to under through during after before about into over upon against
    without within between among behind toward towards""".split()
)
WORD_BEFORE = regexes.compile(r"(\p{L}+) $")
SUBJECT = (
    r"(?:(?:the|a|an|his|her|its|their|our|this|these|those)(?: [\p{L}\-]+){1,3}"
    r"|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}|he|she|they|we|I|you)"
)
# What may follow the pronoun when it closes the clause.
CLAUSE_CLOSE = (
    r"(?=[,.;]| (?:in|on|at|last|yesterday|for|after|before|during|with|by|from|this|next|earlier"
    r"|later|again|twice|once|and|but|near|outside|inside|across|along|into|until|since|today|now)\b)"
)
OBJECT_REPEATED = regexes.compile(
    r"\b(?:which|whom) (?P<subject>" + SUBJECT + r") (?P<verb>\p{Ll}+) (?P<pronoun>it|them|him|her)" + CLAUSE_CLOSE
)
SUBJECT_REPEATED = regexes.compile(
    r"\bwhich it (?:was|is|were|has been|had been|will be) (?:\p{Ll}+ly )?(?P<participle>\p{Ll}+)\b"
)
# Verbs that take a receiver before their object ('which he gave them'), and the verbs of an
# inserted comment ('which it is hoped will open').
GIVING = frozenset(
    """gave give gives sent send sends showed shown show told tell offered offer paid pay lent handed
    brought bring taught owed promised sold bought cost wished awarded granted denied allowed
    charged asked""".split()
)
COMMENT_VERBS = frozenset(
    "claimed hoped thought believed said reported feared expected understood alleged estimated rumoured known".split()
)


FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# Without 'up': the prefixes this check was built and measured with.
PREFIXES = ("re", "un", "over", "under", "out", "mis", "pre", "co")


def _participle(word: str) -> bool:
    """A past participle, prefixed ones included ('rebuilt', 'overturned')."""
    return "VBN" in verb_forms(word) or prefixed_participle(word, PREFIXES)


def _after_preposition(text: str, start: int) -> bool:
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in PREPOSITIONS


def resumptive_pronouns(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, the clause without its pronoun) for each relative clause that repeats its noun."""
    text = doc.text
    if "which " not in text and "whom " not in text:
        return  # most documents: no relative clause of this kind
    for match in OBJECT_REPEATED.finditer(text):
        verb = match.group("verb")
        if verb in GIVING or not FINITE_OR_PARTICIPLE & verb_forms(verb) or _after_preposition(text, match.start()):
            continue
        if match.group("subject").split(" ")[-1] in ("it", "them"):
            continue
        start, end = match.start(), match.end()
        yield start, end, text[start : match.start("pronoun") - 1]
    for match in SUBJECT_REPEATED.finditer(text):
        participle = match.group("participle")
        if _after_preposition(text, match.start()) or participle in COMMENT_VERBS or not _participle(participle):
            continue
        start, end = match.start(), match.end()
        clause = text[start:end]
        yield start, end, "which " + clause[len("which it ") :]
