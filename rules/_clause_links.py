"""Clause shapes that one word class decides, each found by one regular expression over the
whole text once a cheaper one has seen the words it needs (used by FR001).

Languages that mark a link twice (Chinese 虽然…但是, Vietnamese tuy…nhưng, Hindi, Indonesian
meskipun…tetapi), put 'not' before the auxiliary (Russian, Hungarian, Swedish), drop the subject
after a reporting verb (Portuguese, Italian, Swahili, Polish 'said will reopen'), put the
preposition after its noun (Japanese, Korean, Turkish, Hindi, Finnish postpositions), or blend
'according to X' with 'X said' (Chinese 据…报道, Korean, Greek) leave shapes English never
writes, whatever the words: each check below names one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import regexes
from newslint.grammar import SUBJECT_PRONOUNS, verb_forms, word_classes
from newslint.lexicon import FUNCTION_WORDS, parts_of_speech

Shape = tuple[int, int, str]

SENTENCE_START = r"(?:^|(?<=[.!?][\"”’)]? )|(?<=\n))"

# The word lists each full pattern and its cheap key (below) share.
AFTER_VERY = "after|before|in|on|at|for|with|from|during|and|but|because|when|since"
NEGATED_AUXILIARIES = "will|would|can|could|shall|should|must|may|might|is|are|was|were|does|did|has|had been"
MODALS_BEFORE_TO = "must|can|could|should|shall|might|may|cannot"
REPORTING_VERBS = "said|says|added|stated|noted|announced|explained|warned|stressed|confirmed"
SOURCE_VERBS = f"{REPORTING_VERBS}|reported|informed"  # the verbs after 'according to X'
REPORTED_AUXILIARIES = "is|are|was|were|will|would|has|have|can|could|should|must|may|might"
POSTPOSITIONS = "toward|towards|from|until|into|onto"
AFTER_POSTPOSITION = "at|on|in|for"
VERB_AFTER_POSTPOSITION = "is|are|was|were|will|would|has|have|had|can|could"

# 'Although the team lost, but the coach ...', 'Because the road was icy, so the bus ...'.
DOUBLE_LINK = regexes.compile(
    SENTENCE_START + r"(?P<first>Although|Though|Even though|Because|Since|As)\b(?P<clause>[^.!?\n]{3,240})"
)
SECOND_LINKS = {"although": "but", "though": "but", "even though": "but", "because": "so", "since": "so", "as": "so"}
# A subject after the second link: 'so the bus', 'but officials' (not 'so many', 'so far').
AFTER_SO = regexes.compile(r"so (?:the|a|an|this|these|those|his|her|their|its|our|he|she|they|we|it|\p{Lu})\b")

# 'tired very after the trip': 'very' after its adjective, before a preposition or a clause break.
VERY_AFTER = regexes.compile(
    rf"\b(?P<head>\p{{Ll}}+) very(?=[,.;!?]| (?:{AFTER_VERY})\b)"
)

# 'the government not will raise taxes', 'the missing man not had been seen': 'not' before the
# auxiliary that carries it in English.
NOT_BEFORE_AUXILIARY = regexes.compile(
    rf"\b(?P<subject>\p{{L}}+) (?P<negation>not (?:{NEGATED_AUXILIARIES}))\b"
)
NOT_AFTER = frozenset("or if whether why how when where than".split())

# 'The team must to win': a modal before 'to' (English writes 'must win' or 'has to win').
MODAL_TO = regexes.compile(
    rf"\b(?P<before>\p{{L}}+) (?P<modal>{MODALS_BEFORE_TO}) to (?P<verb>\p{{Ll}}+)\b"
)
# 'the school not yet have enough teachers', 'the suspect still not catch': 'still not' or 'not
# yet' before a plain verb with no 'do' (Vietnamese 'chưa', Thai, Indonesian 'belum' and Chinese
# '还没' negate the verb itself); a bare 'not' there is also English ('Why not give', 'should
# China not accede', 'make it not include').
NOT_BEFORE_VERB = regexes.compile(
    r"(?<!['’])\b(?P<subject>\p{L}+) (?P<negation>(?:still not|not yet) (?P<verb>\p{Ll}+))\b"
)
INVERTING = frozenset("do does did can could will would should must may might shall".split())

# 'The minister said is going to visit', 'Officials said will reopen': the reporting verb, then
# an auxiliary with no subject. Only after a short subject that opens the sentence: 'The car
# police said was stolen' has the subject of its own clause before it.
REPORT_THEN_AUXILIARY = regexes.compile(
    SENTENCE_START
    + r"(?P<subject>(?:(?:The|A|An|Its|Their|His|Her) )?(?:\p{Ll}+|\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)*)) "
    + rf"(?P<verb>{REPORTING_VERBS}) (?P<auxiliary>{REPORTED_AUXILIARIES})\b"
)

# 'Fishermen Rameswaram from were detained', 'lasted midnight until.', 'the rally parliament toward
# on Saturday': a preposition after its noun, before a verb or another preposition; at a clause
# break only one English never strands ('a lot to learn from.' is English).
POSTPOSITION = regexes.compile(
    r"\b(?P<noun>\p{L}[\p{Ll}\-]+) (?:(?P<unstranded>toward|towards|until)(?=[.,;])|"
    rf"(?P<preposition>{POSTPOSITIONS})"
    rf"(?= (?:{AFTER_POSTPOSITION})\b(?! (?:least|most|all|about|around|once|first|last)\b)"
    rf"| (?:{VERB_AFTER_POSTPOSITION})\b))"
)

# 'It is expected rain in the north': an impersonal passive with a noun and no verb after it
# (Spanish 'se espera lluvia', Italian 'si prevede', Polish 'przewiduje się').
IMPERSONAL = regexes.compile(
    r"\bIt is (?P<verb>expected|planned|forecast|predicted|foreseen|anticipated) (?P<noun>\p{Ll}+)\b(?P<rest>[^.!?\n]*)"
)
FINITE = frozenset("is are was were will would can could may might must should has have had does did".split())

# 'tests that in reality never carried out were.', 'whether more water released will be,': the
# passive's auxiliary after its participle, closing its clause (German, Dutch, Turkish,
# Hindi verb-final order). Only in a clause a subordinator or relative opens, or with an adverb
# before the participle: 'The libraries affected are:' opens a list. _source_order's
# verb_cluster_end reads word pairs ('shrunk is'); this reads a particle verb ('carried out were')
# and a two-word auxiliary ('will be') too, before each auxiliary that closes a clause. FR001
# reports a clause both find once.
FINAL_AUXILIARY = regexes.compile(
    r"\b(?P<participle>\p{Ll}+)(?: (?:out|up|off|down|away|back|in))? "
    r"(?P<auxiliary>was|were|is|are|be|been|will be|would be|has been|have been|had been)(?=[.,;])"
)
CLAUSE_OPENERS = frozenset(
    """that which who whom whether if because when where although though since after before while
    until once as""".split()
)
ADVERBS_BEFORE_PARTICIPLE = frozenset("never not once already still also yet then again ever".split())


def double_link(text: str) -> Iterator[Shape]:
    """'Although the team lost, but the coach praised the players': a subordinate link and a
    coordinating one for the same two clauses; English keeps one of them."""
    for match in DOUBLE_LINK.finditer(text):
        first, clause = match.group("first"), match.group("clause")
        second = SECOND_LINKS[first.lower()]
        comma = clause.find(",")
        if comma >= 0:
            tail = clause[comma + 1 :].lstrip()
            if not tail.startswith(second + " ") or second == "so" and not AFTER_SO.match(tail):
                continue
            start = match.start("clause") + comma + 1 + (len(clause[comma + 1 :]) - len(tail))
        else:
            at = clause.find(f" {second} ")
            if second != "but" or at < 0:
                continue  # 'because it was so cold': 'so' without a comma is an adverb
            start = match.start("clause") + at + 1
        message = f"'{first} ... {second}': two links for one pair of clauses; English keeps one"
        yield start, start + len(second), message


def misplaced_very(text: str) -> Iterator[Shape]:
    """'The players were tired very after the trip': 'very' after its adjective or adverb."""
    if not VERY_KEY.search(text):
        return
    for match in VERY_AFTER.finditer(text):
        head = match.group("head")
        if text.startswith(", very", match.end()):
            continue  # 'obviously very, very encouraging': 'very' said twice
        classes = parts_of_speech(head)
        if head in FUNCTION_WORDS or not classes & {"ADJ", "ADV"} or "NOUN" in classes and "ADJ" not in classes:
            continue
        yield match.start(), match.end(), f"'{match.group()}': 'very' goes before the word it strengthens"


def negation_before_auxiliary(text: str) -> Iterator[Shape]:
    """'the government not will raise taxes': 'not' before the auxiliary it belongs after."""
    if not NOT_BEFORE_AUXILIARY_KEY.search(text):
        return
    for match in NOT_BEFORE_AUXILIARY.finditer(text):
        subject = match.group("subject")
        lower = subject.casefold()
        if lower in NOT_AFTER or lower in FUNCTION_WORDS and lower not in SUBJECT_PRONOUNS:
            continue  # 'whether or not is', 'if not, was': 'not' ends an elliptical clause there
        negation = match.group("negation")
        auxiliary = negation.split()[1]
        message = f"'{negation}': 'not' goes after the auxiliary ('{auxiliary} not')"
        yield match.start("negation"), match.end("negation"), message


def modal_before_to(text: str) -> Iterator[Shape]:
    """'The team must to win the match': a modal before 'to' and a verb (Korean, Hindi, Swahili
    and Arabic make 'must' a verb that takes an infinitive)."""
    if not MODAL_TO_KEY.search(text):
        return
    for match in MODAL_TO.finditer(text):
        before = match.group("before").casefold()
        if before in FUNCTION_WORDS or before in DETERMINERS_AND_POSSESSIVES:
            continue  # 'a can to recycle', 'all his might to lift', 'all they can to help': English
        if "VB" not in verb_forms(match.group("verb")):
            continue
        start, end = match.start("modal"), match.end("verb")
        bare = f"{match.group('modal')} {match.group('verb')}"
        yield start, end, f"'{text[start:end]}': a modal takes a bare verb ('{bare}')"


def not_before_a_verb(text: str) -> Iterator[Shape]:
    """'The school not yet have enough teachers': 'not' before a plain verb, after its subject,
    with no 'do' ('does not have'); after a modal, 'to' or 'why' it is English."""
    if not NOT_BEFORE_VERB_KEY.search(text):
        return
    for match in NOT_BEFORE_VERB.finditer(text):
        subject, verb = match.group("subject"), match.group("verb")
        lower = subject.casefold()
        if lower in FUNCTION_WORDS and lower not in SUBJECT_PRONOUNS:
            continue  # 'to not have', 'might not see', 'or not have': English
        classes = word_classes(lower)
        if lower not in SUBJECT_PRONOUNS and not (subject[0].isupper() or "NOUN" in classes):
            continue
        if classes & {"AUX", "MODAL"} or verb in FUNCTION_WORDS and verb != "have":
            continue
        if verb_forms(verb) & {"VBD", "VBN", "VBZ", "VBG"}:
            continue
        if "VB" not in verb_forms(verb) or "NOUN" in word_classes(verb) and "ADJ" in word_classes(verb):
            continue
        opening = text[max(0, match.start() - 120) : match.start()]
        opening = opening[max(opening.rfind(mark) for mark in ".!?\n") + 1 :]
        if any(word in INVERTING for word in opening.casefold().split()):
            continue  # 'Why do billions of people still not have ...': 'do' is there, before the subject
        start, end = match.start("negation"), match.end("negation")
        yield start, end, f"'{text[start:end]}': 'not' before a verb needs 'do' ('does not {verb}')"


def report_without_subject(text: str) -> Iterator[Shape]:
    """'Officials said will reopen the schools': a reporting verb, then an auxiliary whose
    subject was dropped with the source's pro-drop ('disse que vai', 'alisema atakwenda')."""
    if not REPORT_KEY.search(text):
        return
    for match in REPORT_THEN_AUXILIARY.finditer(text):
        subject = match.group("subject")
        words = subject.split()
        if words[-1].casefold() in FUNCTION_WORDS or words[0].casefold() in ("what", "all", "everything"):
            continue  # 'What he said will happen', 'All she said was true'
        start, end = match.start("verb"), match.end("auxiliary")
        message = f"'{text[start:end]}': the clause after the reporting verb has no subject"
        yield start, end, message


def postposition(text: str) -> Iterator[Shape]:
    """'Fishermen Rameswaram from were detained': a preposition after its noun (a postposition
    of the source), before a verb, another preposition or the end of the clause. A preposition a
    verb leaves at the end of a relative clause follows that verb, never a noun ('the town they
    came from')."""
    if not POSTPOSITION_KEY.search(text):
        return
    for match in POSTPOSITION.finditer(text):
        noun = match.group("noun")
        if noun.casefold() in FUNCTION_WORDS:
            continue
        if not noun[0].isupper():
            classes = word_classes(noun.casefold())
            if "NOUN" not in classes or classes & {"VERB", "ADV", "ADJ", "BASE", "FIN", "VBN", "VBD", "VBG"}:
                continue  # 'they came from', 'moved into': a verb strands its preposition
        preposition = match.group("preposition") or match.group("unstranded")
        message = f"'{noun} {preposition}': the preposition after its noun (a postposition of the source)"
        yield match.start(), match.start() + len(noun) + 1 + len(preposition), message


def impersonal_passive(text: str) -> Iterator[Shape]:
    """'It is expected rain in the north on Friday': an impersonal passive before a bare noun,
    with no verb after it for a clause ('It is expected talks will resume' has one)."""
    for match in IMPERSONAL.finditer(text):
        noun = match.group("noun")
        if noun in ("that", "to") or "NOUN" not in parts_of_speech(noun) or "ADV" in parts_of_speech(noun):
            continue
        rest = match.group("rest").split()
        if any(word in FINITE or verb_forms(word) & {"VBD", "VBZ"} for word in rest[:8]):
            continue
        start, end = match.start(), match.end("noun")
        yield start, end, f"'{text[start:end]}': an impersonal passive; English makes the noun its subject"


# 'according to the fire service announced', 'According to police said, ...': 'according to X'
# and 'X said' blended into one clause (Chinese 据…报道, Korean 에 따르면…밝혔다, Greek, Hindi).
# Up to five words between, none of them a comma or a word that opens a clause of its own
# ('according to what the police said', 'according to people who saw').
ACCORDING_THEN_REPORT = regexes.compile(
    rf"\b[Aa]ccording to (?P<source>(?:[\p{{L}}\p{{N}}'’.\-]+ ){{1,5}}?)(?P<verb>{SOURCE_VERBS})"
    r"(?=[.,;:]| that\b)"
)
OPENS_A_CLAUSE = frozenset("what who whom whose which that when where how as whoever".split())


def auxiliary_after_participle(text: str) -> Iterator[Shape]:
    """'tests that in reality never carried out were': a passive's auxiliary after its
    participle, closing the clause (see FINAL_AUXILIARY)."""
    for key in FINAL_AUXILIARY_KEY.finditer(text):
        # Only the words before an auxiliary that closes a clause: a window, not the whole text.
        window = FINAL_AUXILIARY.finditer(text, max(0, key.start() - 40), key.end())
        match = next((found for found in window if found.end() == key.end() - 1), None)
        if match is None:
            continue
        if "VBN" not in verb_forms(match.group("participle")):
            continue
        clause_start = max(text.rfind(mark, 0, match.start()) for mark in ".,;:!?\n") + 1
        words = text[clause_start : match.start()].casefold().split()
        if CLAUSE_OPENERS.isdisjoint(words) and not (words and words[-1] in ADVERBS_BEFORE_PARTICIPLE):
            continue
        start, end = match.start(), match.end()
        auxiliary = match.group("auxiliary")
        message = f"'{text[start:end]}': '{auxiliary}' after its participle at the clause end (source word order)"
        yield start, end, message


def according_to_then_report(text: str) -> Iterator[Shape]:
    """'according to the fire service announced': 'according to' and a reporting verb for one
    source, two constructions blended; English writes either ('the fire service said'). Only
    where the verb closes the clause or opens 'that': 'according to the plan announced on
    Monday' is a participle."""
    if not ACCORDING_KEY.search(text):
        return
    for match in ACCORDING_THEN_REPORT.finditer(text):
        if OPENS_A_CLAUSE.intersection(match.group("source").casefold().split()):
            continue
        start, end = match.start(), match.end()
        yield start, end, f"'{text[start:end]}': 'according to' and a reporting verb blended; keep one"


DETERMINERS_AND_POSSESSIVES = frozenset("a an the this that his her its their our my your all every".split())

# The words each shape cannot do without, found by the standard library's engine (several times
# faster than the full patterns, which look at every word): most texts hold none of them.
MODAL_TO_KEY = re.compile(rf"\b(?:{MODALS_BEFORE_TO}) to [a-z]")
NOT_BEFORE_VERB_KEY = re.compile(r"\b(?:still not|not yet) [a-z]")
NOT_BEFORE_AUXILIARY_KEY = re.compile(rf"\bnot (?:{NEGATED_AUXILIARIES})\b")
REPORT_KEY = re.compile(rf"\b(?:{REPORTING_VERBS}) (?:{REPORTED_AUXILIARIES})\b")
POSTPOSITION_KEY = re.compile(rf" (?:{POSTPOSITIONS})(?:[.,;]| (?:{AFTER_POSTPOSITION}|{VERB_AFTER_POSTPOSITION})\b)")
VERY_KEY = re.compile(rf" very(?:[,.;!?]| (?:{AFTER_VERY})\b)")
FINAL_AUXILIARY_KEY = re.compile(r" (?:was|were|is|are|be|been)[.,;]")
ACCORDING_KEY = re.compile(rf"ccording to [^,.;:!?\n]{{1,60}}?\b(?:{SOURCE_VERBS})(?:[.,;:]| that\b)")

CHECKS = (
    modal_before_to,
    not_before_a_verb,
    double_link,
    misplaced_very,
    negation_before_auxiliary,
    report_without_subject,
    postposition,
    impersonal_passive,
    according_to_then_report,
    auxiliary_after_participle,
)


def find(text: str) -> Iterator[Shape]:
    """Every shape of every check, in the order of the checks."""
    for check in CHECKS:
        yield from check(text)
