"""Fragments: garbled sentence structure left by word-order errors."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

import regex

from newslint import grammar, regexes
from newslint.document import Document, Span, is_heading, within_quotation
from newslint.finding import Finding
from newslint.grammar import (
    ADVERBIAL_NOUNS,
    ARTICLES,
    BE,
    DEICTIC_TIMES,
    MONTHS,
    PLURAL_WITHOUT_S,
    RELATIVES,
    SUBJECT_PRONOUNS,
    WEEKDAYS,
    Chunk,
    Word,
    base_after_singular_noun,
    chunk,
    clauses,
    forms_of_verbs,
    irregular_pasts,
    is_plural_noun,
    prefixed_participle,
    tag,
    verb_forms,
    word_classes,
)
from newslint.lexicon import FUNCTION_WORDS, is_dictionary_word, is_known_proper_noun, parts_of_speech, zipf
from newslint.rule import Rule
from newslint.rules import _clause_links as clause_links
from newslint.rules import _source_order as source_order

DATA = Path(__file__).parent / "data"

AUXILIARIES = frozenset(
    "is are was were be been has have had do does did will would can could should may might must get gets".split()
)
# "war.” Is.”" / "Europe.” Should be used.”": a short piece after a closed quotation, closed again.
DANGLING_AFTER_QUOTE = regexes.compile(
    r"[.!?][”\"]\s+(?P<fragment>(?P<first>\p{Lu}\p{Ll}+)(?: \p{Ll}+){0,3}[.!?][”\"])(?=\s|$)"
)


# Words a finished English sentence never ends on (a sentence cut in the middle: "In the.").
CUT_OFF_ENDINGS = ARTICLES | frozenset("and but nor their its our whose my your than".split())
# A comparison cut before its number: 'as many as.', 'as much as.'
CUT_OFF_QUANTITY = ("many", "much")
# Prepositions of several words English never leaves at a sentence's end ('... because of.').
UNSTRANDABLE_PREPOSITIONS = (
    "because of", "due to", "according to", "instead of", "in front of", "as well as",
    "during", "despite", "including", "amid", "amidst", "regarding", "excluding",
    "compared to", "compared with", "in addition to", "with regard to", "in spite of", "on behalf of",
    "such as", "prior to", "as a result of", "in comparison with",
)  # (not 'concerning': 'The rise is concerning.')
# Subordinators that cannot close a sentence right after a comma ("Especially in X, where.").
DANGLING_SUBORDINATORS = frozenset("where which who whom whose because although whereas when while".split())
# A relative word right after a noun opens a clause about it: 'the drivers who.' was cut ('ask
# who.', 'depends on who.' end questions and stay silent).
RELATIVES_AFTER_A_NOUN = ("who", "whom", "whose", "which")
# Words a paragraph of prose never ends on (particles of phrasal verbs left out: 'sets in').
PARAGRAPH_CUT_ENDINGS = (
    CUT_OFF_ENDINGS
    | DANGLING_SUBORDINATORS
    | frozenset("of to with from or that will would can could should must is are was were has have had been".split())
)
CUT_PARAGRAPH_WORDS = 8
# Relative words that open an orphan clause when a sentence starts with them and has no verb.
ORPHAN_OPENERS = frozenset("which whose whom".split())
# Prepositions that are never verb particles, so "beyond to go" is a postposition left in place.
NON_PARTICLE_PREPOSITIONS = frozenset(
    "beyond of from with without within among amid between during despite against toward towards via".split()
)
# Linking verbs that English never puts after their predicate adjective ("Open remain the museums").
LINKING_VERBS = frozenset("remain remains remained stay stays stayed".split())
DISLOCATED_PRONOUNS = frozenset("it them".split())

# One-word sentences that stand alone in ordinary prose (answers, reactions).
INTERJECTIONS = frozenset(
    """yes no yeah nope sigh okay ok well thanks cheers sorry wow hmm indeed exactly absolutely right
    true agreed nonsense rubbish congratulations goodbye hello please""".split()
)
ONE_WORD = regexes.compile(r"(\p{Lu}\p{Ll}+)\.")
ARTICLE_BEFORE_PREPOSITION = regexes.compile(
    r"\b(?P<article>[Tt]he|[Aa]n?) (?P<preposition>on|in|at|from|with|by|under|since|during|into|across"
    r"|along|among|between|through|within|against)(?= (?:the|a|an|this|that|these|those|its|their|\d))"
)
# Where those two patterns may start, for the standard library's faster engine (see _find_all).
CLOSED_QUOTE_RE = re.compile(r"[.!?][”\"]")
ARTICLE_AND_PREPOSITION_RE = re.compile(
    r"(?:The|the|An|an|A|a) (?:on|in|at|from|with|by|under|since|during|into|across"
    r"|along|among|between|through|within|against) "
)
# The words of those two patterns: an article right before a preposition, as tokens.
ARTICLES_BEFORE_PREPOSITION = frozenset("The the An an A a".split())
PREPOSITIONS_AFTER_ARTICLE = frozenset(
    "on in at from with by under since during into across along among between through within against".split()
)
PHRASE_BREAK = regexes.compile(r"[\n.!?;:,()]")
# The participle and the noun that close such a phrase ('... living families', '... approved plan').
PARTICIPLE_AND_NOUN = regexes.compile(r"\b\p{Ll}+(?:ing|ed|en) \p{Ll}+\b")
ACRONYM_GLOSS = regexes.compile(r" \((?:\p{Lu}[\p{Lu}\p{Ll}&]{0,6}\p{Lu})\)(?= )")
# A sentence that opens on a reporting verb and goes on to 'that': the subject was dropped
# ("Said that the works are on schedule", Slavic, Spanish, Italian pro-drop) or put after the
# verb ("Said the lawyer that ...", Tagalog, Arabic, Irish verb-first order). English opens
# a sentence on one only as a participle ('Asked about it', 'Told by police'), never before 'that'.
REPORTING_FIRST = regexes.compile(
    r"(?:Said|Added|Stated|Noted|Explained|Announced|Stressed|Emphasi[sz]ed|Underlined|Declared|Claimed"
    r"|Warned|Confirmed|Assured|Insisted|Argued|Replied|Commented|Informed|Specified|Clarified|Indicated"
    r"|Affirmed|Reiterated|Acknowledged|Admitted|Highlighted|Mentioned|Told|Pointed|Revealed|Recalled|Estimated"
    # The present forms that are no plural noun ('Claims that ...' and 'States that ...' may be).
    r"|Says|Adds|Explains|Warns|Insists|Argues|Believes|Thinks|Considers|Admits|Acknowledges|Confirms|Assures"
    r"|Reiterates|Emphasi[sz]es|Underlines|Declares|Announces|Specifies|Clarifies|Indicates|Affirms|Reveals)"
    r"(?= (?!(?:to|by|of|with|in|as|on|for|about|from)\b))(?P<between>(?: [\p{L}\p{N}'’,.-]+){0,12}?) that\b"
)
# A sentence's linking conjunction or fronted phrase, before a lowercase reporting verb ('And added
# the minister that', 'In his speech, stressed the mayor that').
LINKED_REPORTING = regexes.compile(
    r"(?:And|Then|(?:In|At|During|On|For|After|Meanwhile|Moreover|Furthermore|Besides|Likewise|Similarly"
    r"|However|Also)\b[^,.;:!?\"“”]{0,60},) (?=\p{Ll})"
)


def _after_linking_conjunction(text: str) -> int | None:
    """Where the words after a sentence's opening 'And ' or fronted phrase start, when a
    lowercase word follows."""
    match = LINKED_REPORTING.match(text)
    return None if match is None else match.end()


# 'Thanked also the volunteers', 'Cancelled also flights', 'Closed also will remain the sites': a
# verb, then 'also' and its object or the rest of its verb. The source put the verb first (Norwegian, Tagalog, Greek,
# Spanish); English puts 'also' before the verb and the subject before both.
VERB_THEN_ALSO = regexes.compile(
    r"(?P<verb>\p{Lu}\p{Ll}+ed) (?:also|too|likewise) (?=(?:the|a|an|his|her|their|its|our|this|these|\p{N}"
    r"|will|would|was|were|is|are|has|have|had|\p{Ll}{3,}s)\b)"
    r"|(?P<present>\p{Lu}\p{Ll}+s) (?:also|likewise) (?=(?:the|a|an|his|her|their|its|our|this|these)\b)"
)
# 'Is not a new problem', 'Was not the only case': a form of 'be' and 'not' before a noun phrase, with no subject
# (Spanish, Catalan, Italian, Portuguese 'No es la primera vez'). A question ends in '?'.
COPULA_NOT_FIRST = regexes.compile(r"(?:Is|Was|Are|Were) not (?:the|a|an|yet|clear|known|possible|true|easy)\b")
# 'Is the first such storm since 1990.', 'Was a hard night': 'is' or 'was' and a noun phrase, the
# subject 'it' dropped (Spanish, Portuguese, Korean, Japanese). ('Were the plan to fail' is English.)
COPULA_ARTICLE_FIRST = regexes.compile(r"(?:Is|Was) (?:the|a|an) \p{Ll}+")
# A statement that opens on an auxiliary and a participle: its subject was dropped ("Was elected
# in 2019.", "Is expected to rise."); a question ends in '?', an inversion puts the subject
# right after the auxiliary ("Had the bank acted", "Were it not for").
AUXILIARY_FIRST = regexes.compile(
    r"(?:Has|Have|Had|Is|Are|Was|Were|Will|Would|Can|Could|Should|Must|May|Might) "
    r"(?:(?:also|still|now|currently|already) )?(?P<next>\p{Ll}+)\b"
)
# A sentence that opens on a phrase before its verb ('Against the verdict appealed ...'): a
# preposition that is no conjunction too ('After the storm passed' has its subject), or 'Already'.
FRONTED_OPENER = regexes.compile(
    r"(?:Against|In|On|At|From|With|During|Under|Through|Among|Between|Despite|Without|Within|Along|Across"
    r"|Near|Behind|Beyond|Towards|Toward|Into|By|Already|Yesterday|Today|Also|Additionally) "
)
FRONTED_PHRASES = 3
# The openers of _fronted_phrase_then_passive, and the passive it looks for anywhere in the sentence.
PASSIVE_OPENER = regexes.compile(
    r"(?:In|On|At|From|During|Under|Through|Among|Within|Across|Over|For|After|Before|Since|Until|Throughout"
    r"|Inside|Outside|Near|By) "
)
PASSIVE_IN_TEXT = re.compile(
    r" (?:is|are|was|were|will be|has been|have been|had been) (?:[a-z]+ )?[a-z]+(?:ed|en|wn|nt|ht) "
)
PASSIVE_AUXILIARIES = frozenset("is are was were will has have had".split())
# 'Damage the district will claim': a bare noun, a determined noun phrase, a modal and a verb.
OBJECT_FIRST = regexes.compile(
    r"(?P<object>\p{Lu}\p{Ll}+) (?P<subject>(?:the|this|its|their|our) (?:\p{Ll}+ ){0,2}\p{Ll}+) "
    r"(?P<verb>(?:will|would|must|should|can|could|may|might|has to|have to|had to)(?: not)? \p{Ll}+)\b"
)
# 'The new buses, they have been delivered': a determined topic of up to four words, a comma, and
# a subject pronoun with its auxiliary ('The buses, they said, ...' is a parenthetical).
LEFT_DISLOCATION = regexes.compile(
    r"(?:The|This|These|Those|Its|Their|His|Her|Our) (?:\p{Ll}+ ){0,3}\p{Ll}+, (?:it|they|he|she) "
    r"(?:has|have|had|is|are|was|were|will|would|can|could|must|should)\b"
    r"(?! (?:said|says|claimed|argued|insisted|added|noted|admitted|told|believed|reported)\b)"
)
# 'This ruling, the judge delivered it on Friday': the object set off as a topic and taken up
# again by 'it' or 'them' after its verb (French, Italian, Spanish, Bulgarian, Macedonian and
# Greek clitic doubling). The topic must have no verb of its own ('The older ones know it, the
# younger ones ...' is two clauses), and 'it' must close the clause, not start another.
OBJECT_DISLOCATION = regexes.compile(
    r"(?P<topic>(?:The|This|These|Those|Its|Their|His|Her|Our) (?:[\p{L}'’-]+ ){0,5}[\p{L}-]+), "
    r"(?:the|a|an|its|their|his|her|our|\p{Lu}[\p{L}-]+)(?: [\p{L}'’-]+){0,3} (?P<verb>\p{Ll}+) (?:it|them)\b"
    r"(?! (?:was|is|were|are|had|has|have|would|will|could|can|should|must|might|may|did|to)\b)"
)
# Verbs of saying and knowing, whose 'it' opens the reported clause ('The fire, police said it began').
SAYING_AND_KNOWING_VERBS = frozenset("said says told tells thought believed believe think know knew found find".split())
# 'The striker, who scored twice, he was voted the best player': the subject, its relative
# clause, and the subject again as a pronoun (Russian, Arabic, Amharic and Swahili resumptive pronouns).
RESUMPTIVE_AFTER_RELATIVE = regexes.compile(
    r"(?:The|This|These|Those|Its|Their|His|Her|Our) (?:\p{Ll}+ ){0,3}\p{Ll}+, (?:who|which|whose) [^,;:\"“”]{3,100}, "
    r"(?:it|they|he|she) (?:has|have|had|is|are|was|were|will|would|can|could|must|should|\p{Ll}+ed)\b"
    r"(?! (?:said|says|claimed|argued|insisted|added|noted|admitted|told|believed|reported)\b)"
)
# 'Also are planned tours', 'Meanwhile was signed an agreement': an adverb, then a form of 'be'
# and a participle before the subject. English fronts the participle instead ('Also invited were').
PASSIVE_BEFORE_SUBJECT = (
    r"(?:is|are|was|were|will be|has been|have been|had been) (?:(?:also|still|again|already) )?"
    r"(?P<participle>\p{Ll}+(?:ed|en|wn|ht|nt|lt|ld|id|de|ut|et|it|nd|ung))\b"
)
PASSIVE_AFTER_FRONT = PASSIVE_BEFORE_SUBJECT + r"(?= (?:the|a|an|\p{Ll}+s|\p{Lu})\b)"
FRONTED_PASSIVE = regexes.compile(
    r"(?:Also|Meanwhile|Additionally|Moreover|Furthermore|Besides|Then|Later|Earlier|Yesterday|Today),? "
    + PASSIVE_AFTER_FRONT
)
# 'Within the project were also restored the facades': a phrase, then the passive, then its subject.
# 'In the northern district were registered six deaths', 'On Monday will be opened two shelters':
# a fronted place or time phrase, then the passive, then a subject that a number or a
# determiner opens (Czech, Polish, Russian, Portuguese order).
FRONTED_PHRASE_PASSIVE = regexes.compile(
    r"(?:Within|During|Under|Through|Inside|In|On|At|Across|Throughout|By|Since|From|Until) "
    r"(?:(?:the|this|its|a|their) \p{Ll}+(?: \p{Ll}+)?|(?:1[89]|20)\d\d|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?"
    r"(?: region| district| province| county| area| oblast)?),? "
    + PASSIVE_BEFORE_SUBJECT
    + r"(?= (?:\p{N}|(?:two|three|four|five|six|seven|eight|nine|ten|about|some"
    r"|several|more than|nearly|around|over|dozens|hundreds|thousands)\b)|(?= (?:the|a|an|\p{Ll}+s|\p{Lu})\b))"
)
# 'Also the roads are washed at night': 'also' fronted before a determined subject, with no
# comma (German 'Auch', Dutch 'Ook', Hindi 'bhi' order); English writes 'The roads are also
# washed' or 'Also, the roads ...'.
ALSO_BEFORE_SUBJECT = regexes.compile(r"Also (?:the|this|these|those|a|an|his|her|its|their|our) \p{L}+")
# 'Were installed more than 80,000 booths', 'Was signed an agreement': a sentence that opens on
# a passive whose subject comes after it (Spanish 'se instalaron', Italian, Russian, Polish order).
# English inverts only with the subject right after the auxiliary ('Were it not for').
# 'In Lund were yesterday two people injured': a fronted place, the auxiliary, a time word, the
# subject and the participle last (Swedish, Norwegian, German and Dutch verb-second order).
AUXILIARY_SECOND = regexes.compile(
    r"(?:In|On|At|During|Near) (?:the )?\p{Lu}?\p{L}+(?: \p{L}+)?,? (?:was|were|are|is|have been|has been) "
    r"(?:yesterday|today|also|again|already|last night|on \p{Lu}\p{Ll}+day) "
    r"(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|hundreds of|the) "
    r"(?:\p{Ll}+ ){1,2}?(?P<participle>\p{Ll}+(?:ed|en|wn|rt))\b"
)
# 'Was approved yesterday by the council the new budget': a time adverb or the agent between the
# participle and the subject placed after it.
PASSIVE_ADVERBIAL = (
    r"(?: (?:yesterday|today|tonight|recently|finally|officially|unanimously|again|yet|on (?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)))?(?: by the \p{Ll}+(?: \p{Ll}+)?)?"
)
PASSIVE_FIRST = regexes.compile(
    r"(?:(?:Was|Were|Is|Are)(?: not(?: yet)?)?|(?:Will|Has|Have|Had)(?: not(?: yet)?)? (?:be|been)) "
    r"(?:(?:also|still|again|already|then|soon|now) )?"
    r"(?P<participle>\p{Ll}+(?:ed|en|wn|ht|nt))" + PASSIVE_ADVERBIAL +
    r"(?= (?:(?:the|a|an|more|some|several|many|about|over|nearly|around|almost|up to|dozens|hundreds|thousands"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b"
    r"|\p{N}))"
)
# 'Was scratched in the face', 'Were taken to hospital': a passive statement with its subject dropped
# (Japanese, Korean, Spanish, Slavic pro-drop); a question ends in '?'.
SUBJECTLESS_PASSIVE = regexes.compile(
    r"(?:Was|Were) (?P<participle>\p{Ll}+) (?=(?:in|on|at|by|with|from|for|after|during|into|near|under)\b)"
)
# 'Then was taken to hospital': the same after a time adverb, which no subject follows either.
PASSIVE_AFTER_THEN = regexes.compile(
    r"(?:Then was|Then were|Later was|Later were|Afterwards was|Afterwards were) "
    r"(?P<participle>\p{Ll}+) (?=(?:in|on|at|by|with|from|for|after|during|into|near|under|to)\b)"
)
# 'Was decided to close the school', 'Has been reported that two died': an auxiliary and a
# participle before 'that' or 'to', with no subject (Romance and Slavic impersonal passives,
# Japanese and Korean dropped subjects); English writes 'It was decided', 'It has been reported'.
PARTICIPLE_THEN_CLAUSE = regexes.compile(
    r"(?:Has|Have|Had|Is|Are|Was|Were) (?:been )?(?P<participle>\p{Ll}+(?:ed|en|wn|ht|nt))"
    r"(?: (?:also|moreover|furthermore|further|additionally|however|therefore|again|already|then)(?:,)?)? (?:that|to)\b"
)


# 'Also said that ...', 'Will also add ...', 'Expected that the weather ...', 'Speaking at the
# launch, said that ...': a statement whose subject was dropped (Japanese, Chinese, Arabic,
# Swahili, Romance pro-drop). English fronts 'also' only before a subject ('Also, the minister
# said') and opens on a participle only before one ('Speaking at the launch, she said').
SUBJECTLESS_OPENINGS = (
    regexes.compile(
        r"(?:Also|Further|Additionally|Later|Then),? (?:said|added|noted|stressed|explained|warned|stated"
        r"|announced|confirmed|emphasi[sz]ed|underlined|told) (?:that|the|reporters)\b"
    ),
    regexes.compile(r"(?:Will|Would|Can|Could|Must|Should|May|Might) also (?P<verb>\p{Ll}+)\b"),
    regexes.compile(r"(?:Expected|Hoped|Feared|Decided|Planned|Agreed) that\b"),
    # 'Also plans to build ...': a third-person verb after 'Also', no subject before it.
    regexes.compile(
        r"(?:Also|Additionally) (?:plans|wants|intends|aims|hopes|expects|seeks|proposes|needs|promises"
        r"|urges|asks|calls|says|warns|notes|adds) (?:to|that|for|on)\b"
    ),
    # 'Planned to open two more centres by May.': an impersonal passive ('Планується', 'Se prevé')
    # with no subject, and none after a comma later ('Planned for years, the bridge opened').
    regexes.compile(
        r"(?:Planned|Decided|Agreed|Proposed|Scheduled) to (?P<verb>\p{Ll}+)\b"
        r"(?![^.!?]*, (?:the|a|an|its|their|his|her|this|these|\p{Lu}))"
    ),
    # 'Also thanked the volunteers', 'Also has grown the number': a past or present verb (or
    # 'has' and a participle) right after 'Also', its subject dropped; English inverts only
    # after a participle ('Also affected were ...', 'Also invited to the talks were ...'), which
    # no object follows.
    regexes.compile(
        r"Also (?:(?:has|have|had) (?=\p{Ll}+(?:ed|en|wn)\b))?(?P<finite>\p{Ll}+(?:ed|es|s|en|wn)) "
        r"(?!(?:to|by|in|at|for|from|on|with)\b[^.!?,;]{0,80}?\b(?:were|was)\b)"
        r"(?:the|a|an|that|to|his|her|their|its|him|them|our|this|these)\b"
    ),
    regexes.compile(
        r"(?:Speaking|Commenting|Referring|Addressing|Responding|Talking)\b[^.!?;\n]{0,120}?, "
        r"(?:said|added|noted|stressed|explained|stated|warned|told) (?:that|the|reporters)\b"
    ),
)


def _opening_words(*patterns: regex.Pattern) -> frozenset[str]:
    """The words the patterns' opening alternatives '(?:Said|Added|...)' start with."""
    words: set[str] = set()
    for pattern in patterns:
        opening = pattern.pattern[len("(?:") : pattern.pattern.index(")")]
        for alternative in opening.split("|"):
            words.update(alternative.split(" ")[0].replace("[sz]", letter) for letter in "sz")
    return frozenset(words)


# A sentence those patterns may match opens on one of these words (then a space or a
# comma): the first capitalized word tells, without trying each pattern.
OPENING_WORDS = _opening_words(
    REPORTING_FIRST,
    AUXILIARY_FIRST,
    FRONTED_PASSIVE,
    FRONTED_PHRASE_PASSIVE,
    PASSIVE_FIRST,
    PARTICIPLE_THEN_CLAUSE,
    COPULA_NOT_FIRST,
    PASSIVE_AFTER_THEN,
    *SUBJECTLESS_OPENINGS,
)
FIRST_WORD_RE = re.compile(r"[A-Z][a-z]+")
# ... or VERB_THEN_ALSO may: its first word, any verb, is followed by one of these.
AFTER_FRONTED_VERB = ("also ", "too ", "likewise ")
# What follows the auxiliary where a news report dropped its subject: a forecast or a report
# ("Is expected to", "Has explained that"); informal English drops subjects too ("Has been
# running for months"), so other participles are left alone.
AFTER_DROPPED_SUBJECT = frozenset(
    """expected set due able likely unlikely going planned scheduled reported said believed thought
    explained announced stated noted stressed added confirmed declared warned emphasised emphasized
    underlined admitted pointed insisted revealed indicated assured promised""".split()
)
MODALS = frozenset("Will Would Can Could Should Must May Might".split())
DETERMINER_AFTER = regexes.compile(r" (?:the|a|an|its|their|his|her|this|these|those|our|new|more|two|three|\d)\b")
# A verb, a time phrase, then a person's or a body's title: the subject placed after its verb.
SUBJECT_TITLES = """minister mayor director spokesman spokeswoman spokesperson head chief president governor
    voivode prefect secretary chairman chairwoman defender striker midfielder goalkeeper forward coach
    manager police ministry prosecutor prosecutors judge court company council government authorities
    agency office service department leader official officials commissioner inspector captain""".split()
SUBJECT_AFTER_TIME = regexes.compile(
    r"(?i:said|says|announced|announces|confirmed|confirms|stated|declared|reported|told|explained|added|noted"
    r"|stressed|informed|warned|scored|decided|approved|underlined|emphasi[sz]ed|reminded)"
    r" (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|this (?:morning|week|afternoon)|last (?:week|night)|in the \d+(?:st|nd|rd|th) minute|on \d{1,2} \p{Lu}\p{Ll}+)"
    r",? the (?:(?!(?:of|for|to|in|with|on|at|by|from|a|an|the)\b)[\p{L}-]+ ){0,4}?"
    r"(?:" + "|".join(SUBJECT_TITLES) + r")\b"
)
# 'blocked on Monday the main roads', 'signed on Tuesday the contract': a transitive verb, a time
# phrase, then its short definite object closed by a mark or a preposition (Romance, Slavic and
# Germanic order). English moves only a long object past the time ('announced on Monday a
# package of measures to help ...', 'began on Sunday the first phase of a plan'), so the object
# here is three words at most after its article, with no 'of' or apposition ('the contract,
# worth ...') going on with it.
VERB_TIME_OBJECT = regexes.compile(
    r"\b(?P<verb>\p{Ll}+) (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|last (?:week|night|month|year|weekend)) (?:the|its|their|his|her|our) (?:[\p{Ll}-]+ ){0,2}(?P<head>[\p{Ll}-]+)"
    r"(?=[.;:]| (?:in|on|at|from|into|to|for|near|after|before|with|and|by)\b)"
)
# 'The houses as a precaution were evacuated.', 'He the howdah for the sixth time will carry.': an
# adverbial that English puts after the verb (a count of times, a precaution, a deadline, a day)
# right before a verb group that ends the clause: the verb-final order of Turkish, Korean,
# Japanese, the Indic languages and German subordinate clauses. Set off by commas it is a
# parenthesis ('The plant, by 2030, will be closed.') and English's own.
_ORDINAL_TIME = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|next)"
_DAY = "(?:" + "|".join(sorted(WEEKDAYS)) + ")"
_MONTH = "(?:" + "|".join(sorted(MONTHS)) + ")"
ADVERBIAL_BEFORE_FINAL_VERB = regexes.compile(
    r"(?<=[\p{L}\p{N}] )(?P<adverbial>for the " + _ORDINAL_TIME + r" time|several times|many times"
    r"|(?:two|three|four|five|\d+) times|as a precaution|on average|in advance"
    r"|by the end"
    r" of (?:the )?(?:\p{L}+|\d{4})(?: \d{4})?"
    r"|by \d{4}|in \d{4}|since \d{4}|until (?:\d{1,2} )?" + _MONTH + r"(?: \d{1,2})?|until " + _DAY +
    r"|last (?:year|week|month|night)|this (?:year|week|month|morning)|next (?:year|week|month)|on " + _DAY +
    r"|every (?:day|week|month|year)|yesterday|today|tomorrow|in the coming (?:days|weeks|months))"
    r" (?P<group>(?P<auxiliary>will|would|can|could|must|should|may|might|is|are|was|were|has|have|had)(?: not)?"
    r"(?P<be> be| been)? (?P<verb>\p{Ll}+))(?=[.,;:!?]|$)",
    regex.MULTILINE,
)
# The cheap tests first, on the document's word index: an auxiliary right after the adverbial's
# last word, or a final auxiliary right after a word in -ed, -en, -wn, -nt. The full patterns run
# only in a window around each such place.
FINAL_GROUP_AUXILIARIES = frozenset("will would can could must should may might is are was were has have had".split())
ADVERBIAL_LAST_WORDS = (
    frozenset(
        """time times precaution average advance year week month night morning day days weeks months today
        tomorrow yesterday""".split()
    )
    | WEEKDAYS
    | MONTHS
)
CLOSING_AUXILIARIES = frozenset("is are was were will would must should has have".split())
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "nt")
HINT_WINDOW = 60
# 'The cuts in three districts applied will be.', 'Schools until Friday closed will remain.': a
# participle before the auxiliary that closes the sentence, the order of a verb-final language
# (Turkish 'uygulanacak', Hindi 'लागू किए जाएंगे', German 'angewendet werden').
PARTICIPLE_BEFORE_FINAL_AUXILIARY = regexes.compile(
    r"(?<=\p{L} )(?P<participle>\p{Ll}+(?:ed|en|wn|nt))"
    r" (?:is|are|was|were|(?:will|would|must|should) (?:be|remain|stay)|(?:has|have) been)(?=[.,;!?]|$)",
    regex.MULTILINE,
)
# News English puts the day right after a verb of making public: 'confirmed on Tuesday the signing'.
ANNOUNCING_LEMMAS = (
    "announce confirm publish unveil reveal release issue launch introduce propose declare present report"
)


@cache
def announcing_verbs() -> frozenset[str]:
    """Every form of ANNOUNCING_LEMMAS (built on first use: the verb lexicon loads lazily)."""
    return forms_of_verbs(ANNOUNCING_LEMMAS.split())


# German and Dutch split the perfect around the time and the object ('hat am Donnerstag den
# Haushalt beschlossen'): 'has on Thursday the budget approved'.
SPLIT_PERFECT = frozenset({"has", "have", "had"})
# What follows a time phrase as an adverb of degree or time, not as an object ('fell on Monday
# the most in a year', 'met on Friday the same day').
NOT_OBJECT_HEADS = frozenset("most least same first last next whole entire rest".split())
# The time phrase and the article after it (found in C, once per document): the verb before it
# is then looked for in a short window.
SUBJECT_AFTER_TIME_HINT = re.compile(
    r"(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|this (?:morning|week|afternoon)|last (?:week|night)|minute|on \d{1,2} [A-Z][a-z]+),? the "
)
# 'been' needs a form of 'have' before it (adverbs and 'not' may stand between); after 'and'
# or 'or' the 'have' of the clause before serves ('has sold millions and been translated').
BEEN_RE = regexes.compile(r"\bbeen\b")
BEEN_HINT_RE = re.compile(r"been")
HAVE_OR_ELLIPSIS = frozenset(
    "has have had having hasn't haven't hadn't hasn’t haven’t hadn’t and or but nor ve s d".split()
)
CONTRACTED_HAVE = ("'ve", "’ve", "'s", "’s", "'d", "’d")
HAVE_RIGHT_BEFORE = (" has ", " have ", " had ", "having ", "'ve ", "’ve ", "'s ", "’s ", "'d ", "’d ")
HAVE_BEFORE_SUBJECT_RE = regexes.compile(r"\b(?i:has|have|had)\b[^.!?;:\n,]*$")
# Words between an auxiliary and 'been' that are no adverbs to the tagger.
BETWEEN_HAVE_AND_BEEN = frozenset("so far yet since all both each never still not ever just only also".split())
WORD_BACK_RE = regexes.compile(r"([\p{L}'’]+|[^\s\p{L}])\s*$")
# 'will be gradually suspend', 'can be is': a modal's 'be' before a base verb, not a participle.
BE_BASE_RE = regexes.compile(
    r"\b(?:will|would|can|could|must|should|may|might|shall|to) be (?:\p{Ll}+ly )?(?P<verb>\p{Ll}+)\b"
)
BE_BASE_HINT_RE = re.compile(r"(?:will|would|can|could|must|should|may|might|shall|to) be ")
NOT_YET_PARTICIPLE = regexes.compile(r" (\p{Ll}+(?:ed|en|wn|nd|ht))\b")
# 'that not meet', 'who not want': a relative word, 'not' and a verb, with no 'do'.
RELATIVE_NOT_RE = regexes.compile(r"\b(?:that|which|who) not (?P<verb>\p{Ll}+)\b")
RELATIVE_NOT_HINT_RE = re.compile(r"(?:that|which|who) not ")
NOT_BEFORE = frozenset(
    """only just least yet long far much even to so very quite merely simply necessarily always because
    as all enough every everyone everything everybody""".split()
)
# 'Congratulated the winner and said ...', 'Intervened the coach with three changes': a statement
# that opens on a past-tense verb and its object or its subject (pro-drop: Spanish, Portuguese,
# Italian, Polish; verb-first: Arabic, Tagalog). English opens on a past form only in a
# participle clause, which a comma closes before the subject ('Asked about it, she said'), or
# with a verb of naming ('Named the best player of the year, ...').
PAST_VERB_FIRST = regexes.compile(
    r"(?P<verb>\p{Lu}\p{Ll}+)(?:, (?:however|also|in turn|though),| (?:also|first|above all|again|too|still))? "
    r"(?:the|a|an|his|her|its|their|this|these|those|our|two|three|four|five|six|seven|eight|nine|ten|new"
    r"|additional|several|more)\b"
)
# 'Went to hospital', 'Took part in the march': a past tense that is no participle, then a
# preposition or the noun of a set phrase; the subject dropped.
PAST_ONLY_VERB_FIRST = regexes.compile(
    r"(?P<verb>\p{Lu}\p{Ll}+) (?:to|in|into|on|at|from|with|part|place|office|power|back|home|out|up|down)\b"
)
# 'Plans to open a second office', 'Expects the work to': a present verb in -s first, before
# 'to' and its verb or before its object; the subject dropped (Chinese, Japanese, Korean, Thai).
PRESENT_VERB_FIRST = regexes.compile(
    r"(?P<verb>\p{Lu}\p{Ll}+s) (?:to (?P<infinitive>\p{Ll}+)|the|a|an|its|his|her|their|this|these|more|new)\b"
)
# Participles that take an object of their own in a clause before the subject ('Given a chance').
GIVING_VERBS = frozenset(
    """given offered awarded granted shown told asked sent handed denied promised allowed paid taught
    lent left brought created""".split()
)
# 'Found were also 37 coins', 'Planned is also a line': English fronts 'also' ('Also planned is').
PARTICIPLE_BE_ALSO = regexes.compile(
    r"(?P<participle>\p{Lu}\p{Ll}+) (?:is|are|was|were|has been|have been|will be) also\b"
)
# 'Now is it important that ...', 'Today are they ready': Norwegian, Swedish, German and Dutch
# put the verb second after a fronted adverb; English keeps the pronoun before it ('So is she'
# and 'Neither was he' are English, and open on other words).
VERB_SECOND_ADVERBS = frozenset(
    """Now Today Here Then Still Therefore Thus Yesterday Tomorrow Already Meanwhile Currently Later
    Earlier Again Unfortunately Fortunately Luckily""".split()
)
PRONOUN_AFTER_VERB_SECOND = regexes.compile(
    r"(?:" + "|".join(sorted(VERB_SECOND_ADVERBS)) + r") (?:is|was|are|were|has|have|had|will|can|must) "
    r"(?:it|he|she|they|we)\b"
)
NAMING_VERBS = frozenset(
    """named voted dubbed crowned called considered deemed hailed branded labelled labeled elected
    appointed ranked rated nicknamed chosen seen regarded described known billed tipped given
    made left got had did was were""".split()  # and auxiliaries: 'Had the bank acted, ...' is English
)
SUBJECT_AFTER_COMMA = regexes.compile(
    r", (?:he|she|they|it|we|I|you|the|a|an|his|her|its|their|this|these|those|our"
    r"|\p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+ )?\p{Ll}+)\b"
)
# A verbless statement: at most this long, and not opening on a word that announces an
# exclamation or an afterthought.
VERBLESS_MAX_CHARS = 160
VERBLESS_OPENERS = frozenset(
    """what how possibly probably perhaps maybe yes no not therefore thus hence once and but or so
    certainly of also again especially even only just plus hardly surely indeed which whose whom""".split()
)
VERBLESS_EXCLUDED = regexes.compile(r"[\"“”«»:;()\[\]•|]")
VERB_CLASSES = frozenset({"FIN", "AUX", "MODAL"})
COMMON_FINITE = frozenset(
    """is are was were be been has have had do does did will would can could should must may might
    said says told added say""".split()
)
WORD_RE = regexes.compile(r"\p{L}[\p{L}'’-]*")
# A statement of this many words that ends in a full stop: not a quoted 'Will do.' or a question.
STATEMENT_WORDS = 6
COMMON_FINITE_RE = re.compile(r"\b(?:" + "|".join(sorted(COMMON_FINITE)) + r")\b")


# 'Opponents of the plan angry.', 'The ward at the hospital, full.': a noun phrase and its
# predicate with the copula dropped (Russian, Polish, Turkish, Indonesian, Chinese have none in
# the present). Verbs that take an adjective after them are a predicate's verb ('The
# applause sounds strange'), and adverbs may stand before the predicate ('still closed').
COMPLEMENT_VERBS = frozenset(
    """sound sounds sounded look looks looked seem seems seemed feel feels felt remain remains
    remained stay stays stayed become becomes became appear appears appeared prove proves proved
    grow grows grew get gets got turn turns turned keep keeps kept make makes made leave leaves
    left find finds found render renders rendered consider considers considered""".split()
)
PREDICATE_ADVERBS = frozenset("still now already very also fully completely partly temporarily largely mostly".split())
PREDICATE_WORDS = (3, 16)
SUPERLATIVE_PREDICATE = ("the most", "the worst", "the hardest", "the least")


def _long_statement(text: str) -> bool:
    return text.rstrip().endswith(".") and len(text.split()) >= STATEMENT_WORDS


SUBJECTLESS = regexes.compile(r"(?<=\p{Ll} )(Has|Have|Had|Is|Are|Was|Were|Does|Did|Will|Would) not \p{Ll}+")


@lru_cache(maxsize=20_000)
def _may_open_inverted(first: str) -> bool:
    """Whether a sentence's first word may open _past_verb_first's shapes: a past form or a
    participle ('Congratulated', 'Found'), or a fronted adverb ('Now'); once per word."""
    word = first.rstrip(",")
    if word in VERB_SECOND_ADVERBS:
        return True
    return word[:1].isupper() and word[1:].islower() and bool({"VBD", "VBN"} & verb_forms(word.casefold()))


@lru_cache(maxsize=20_000)
def _base_verb_only(word: str) -> bool:
    """A verb's base form that is no participle, noun, adjective or adverb ('suspend', 'is'), a
    prefixed participle ('remade', 'reset') included among participles."""
    forms = verb_forms(word)
    if "VB" not in forms and word not in ("is", "are"):
        return False
    if "VBN" in forms or parts_of_speech(word) & {"NOUN", "ADJ", "ADV"}:
        return False
    return not prefixed_participle(word)


def _word_before_adverbs(text: str, offset: int) -> tuple[int, int, str] | None:
    """(start, end, text) of the word before offset, adverbs and 'not' skipped ('has not yet
    been': 'has'); None at the start of the text or after 60 characters of adverbs."""
    limit = max(0, offset - 60)
    end = offset
    while end > limit:
        match = WORD_BACK_RE.search(text, limit, end)
        if match is None:
            return None
        word = match.group(1)
        lower = word.casefold()
        if lower in BETWEEN_HAVE_AND_BEEN or word_classes(word) & {"ADV", "NEG"} and lower not in HAVE_OR_ELLIPSIS:
            end = match.start(1)
            continue
        return match.start(1), match.end(1), word
    return None


def _base_verb_if_any(match: regex.Match) -> bool:
    """The verb after 'Will also' is a base form ('add', 'rise'), as a modal needs, and the
    word after 'Also' a verb's past or present form that is no noun ('thanked', 'imposes',
    not 'plans', 'needs' or 'residents'); patterns with no such slot pass."""
    groups = match.groupdict()
    verb, finite = groups.get("verb"), groups.get("finite")
    if finite is not None:
        forms = verb_forms(finite)
        return bool(forms & {"VBD", "VBN", "VBZ"}) and "NOUN" not in word_classes(finite)
    return verb is None or "VB" in verb_forms(verb)


# The dash that stands for a copula, and what may stand on each side of it: a noun phrase of up to
# eight words opening on a capital; a place, a source, a state or a figure.
DASH_SUBJECT = regexes.compile(r"\p{Lu}[\p{L}'’\-]*(?: [\p{L}\p{N}'’\-]+){0,7}")
DASH_PREDICATE = regexes.compile(
    r"(?:in|from|at|on|under|over|about|around|nearly|almost|below|above|without|only|just|up to|more than|less than"
    r"|fewer than|\p{N})\b"
)


SPACED_DASH = regexes.compile(r" [—–] ")


def _dash_sides(text: str) -> tuple[str, str] | None:
    """The sentence's two sides of its one spaced dash, or None when it has none or several."""
    parts = SPACED_DASH.split(text)
    return (parts[0], parts[1]) if len(parts) == 2 else None


# Things a person or a body signs, issues or scores, which cannot do so themselves; the verbs only
# a person or a body does; and the people and bodies that do them.
DONE_THINGS = (
    "decision|decisions|verdict|sentence|ruling|law|contract|contracts|agreement|deal|budget|decree|statement"
    "|announcement|document|documents|resolution|treaty|permit|licence|license|fine|goal|goals|penalty|order"
    "|orders|report|proposal|amendment|amendments|memorandum|declaration|petition|appeal|warning"
)
AGENT_VERBS = (
    "signed|approved|adopted|announced|issued|scored|pronounced|imposed|delivered|presented|rejected"
    "|handed down|read out|filed|drafted|submitted"
)
AGENTS = (
    "mayor|minister|ministers|president|premier|board|council|councillors|court|judge|judges|government|cabinet"
    "|committee|police|striker|midfielder|defender|forward|winger|captain|coach|governor|parliament|assembly"
    "|senate|ministry|authorities|director|chairman|chairwoman|chair|head|referee|jury|commission|prosecutor"
    "|prosecutors|lawmakers|deputies|deputy|municipality|officials|regulator|bank"
)
NOT_A_LINK = r"(?!(?:of|with|for|to|and|or|by|in|on|at|from|that|which|who|whose)\b)"
# 'in the 80th minute', 'on Monday', 'at the session': a time set between the object and its verb.
WHEN = (
    r"(?:(?:already |only )?(?:in|on|at|during) (?:the )?(?:(?:first|second|last|final|\d+(?:st|nd|rd|th)?) )?"
    r"(?:minute|half|day|morning|evening|afternoon|night|session|meeting|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday) )?"
)
AFTER_AGENT = r"(?=[,.;:!?]| (?:on|in|at|after|during|last|this|unanimously|yesterday|today)\b|$)"
AGENT_AFTER_VERB = regexes.compile(
    r"(?:The|This|That|These|Its|Their|A|An) (?:" + NOT_A_LINK + r"[\p{Ll}\-]+ ){0,2}"
    r"(?:" + DONE_THINGS + r") " + WHEN + r"(?:(?:also|already|finally|then|yesterday|today|now|later) )?"
    r"(?:" + AGENT_VERBS + r") (?:(?:the|a) )?(?:" + NOT_A_LINK + r"[\p{Ll}\-]+ ){0,2}"
    r"(?P<agent>(?:" + AGENTS + r")(?: \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?)" + AFTER_AGENT
)


# What follows a verbless 'also': a determined noun phrase, a number or a phrase of time or place.
ALSO_THEN_PHRASE = regexes.compile(
    r"(?:the|a|an|his|her|their|its|two|three|four|five|several|many|some|\p{N}|on|in|at|from|during|for|after)\b"
)


# A determined noun phrase, then a preposition English never strands, then the full stop.
POSTPOSITION_AT_END = regexes.compile(
    r"(?P<phrase>\b(?:the|a|an|this|that|its|their|his|her|our) (?:[\p{Ll}\-]+ ){0,3}"
    r"(?:during|until|till|despite))[.!]$"
    r"|^(?P<phrase>(?:Of |For |In )?(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur) "
    r"(?:(?!(?:is|was|are|were|has|have|had|will|would|be|been)\b)[\p{Ll}\-]+ ){0,3}"
    r"(?:during|until|till|despite|due to|because of|thanks to)), "
)


# 'to find wants.': an infinitive, then a verb that takes one, closing the sentence.
INFINITIVE_BEFORE_VERB = regexes.compile(
    r"\bto (?P<infinitive>\p{Ll}+) (?P<verb>wants?|wanted|plans?|planned|hopes?|hoped|intends?|intended|needs?"
    r"|needed|tries|tried|decided|agreed|refused|promised|aims?|aimed|wish(?:es|ed)?|expects?|expected"
    r"|is planned|are planned|was planned|were planned|is expected|was expected)[.!]$"
)


def _has_finite_verb(text: str) -> bool:
    """Whether a finite verb or an auxiliary follows: a statement, not a list item ('Also the
    best value for money.')."""
    return any(word.has("AUX", "MODAL") or word.has("FIN") and not word.has("NOUN") for word in tag(text))


def _finite_verb_after(text: str) -> bool:
    """Whether the text holds a finite verb group of its own: not an infinitive ('to open', 'to
    be finished')."""
    chunks = chunk(tag(text))
    for position, item in enumerate(chunks):
        if item.kind != "VERB":
            continue
        after_to = position > 0 and chunks[position - 1].words[-1].lower == "to"
        if not after_to and item.words[0].lower != "be":
            return True
    return False


def _verb_before_also(match: regex.Match) -> bool:
    """The word before 'also' is a verb: a past form ('Thanked'), or a present form that is no
    noun ('Criticises', not 'Shares')."""
    if match.group("verb"):
        return bool(verb_forms(match.group("verb").lower()) & {"VBD", "VBN"})
    word = match.group("present").lower()
    return "VBZ" in verb_forms(word) and "NOUN" not in word_classes(word)


class Fragment(Rule):
    """Finds garbled sentence structure: a short fragment dangling after a closed quotation
    ("…would not end the strike.” Was.”"), a one-word or subject-less "sentence" wedged into
    a paragraph ("…the old rivalry of Did not begin. Harbour."), a sentence cut off on a
    function word (or a paragraph that stops on one with no full stop: "…by Tuesday the"), an
    'according to' blended with 'X said', and source-language word order left in place: verb-final clauses ("as the
    minister on Tuesday in Berlin explained"), a participle or infinitive stranded far from its
    auxiliary ("must in future fewer reports submit"), the verb before its subject after a
    fronted adverbial ("Meanwhile warned the institute"), postpositions and modifiers before
    the noun ("the Osaka in held meeting"), phrases between a pronoun and its verb ("He in
    Beijing with the delegation held talks") and measure words ("3 pieces machines"); a linking
    verb after its predicate ("the team after the defeat very tired was"), an active verb group
    after its object ("the villagers a petition have signed"), a modal after its verb ("boats
    to the shore immediately return should."), a statement whose subject was dropped or put
    after its verb ("Said that ...", "Is expected to rise.", "Will continue to pay ...", "Was
    hit by a van", "And added the director that ..."), an adverb between a verb and its object
    ("visited also the plant"), and a topic and comment with no verb at all ("Until now, more
    than 4,000 signatures.", "The queues at the border already very long.": the chunker finds
    no verb group, and every word that could be a verb stands where a noun goes).

    Why: when machine translation reorders a clause it sometimes strands its verb or subject
    after the sentence boundary, or keeps the source language's order; the result is a
    sentence a reader cannot parse.

    How: sentence segmentation plus part-of-speech cues from lemminflect's lexicon: a dangling
    fragment starts with a verb or auxiliary and has no subject; a one-word sentence is an
    ordinary noun, not a name, an interjection or an answer ("Yes.", "Why?"). Word order is
    read from the tagger and chunker in newslint.grammar (rules/_source_order.py): each shape
    needs evidence no English reading has, and the inversions English allows (locative,
    quotative, negative: "In the corner stood a piano", "said the minister", "Never have we")
    stay silent.
    """

    code = "FR001"
    name = "fragment"
    summary = (
        "Garbled structure: a sentence cut off mid-clause, source word order left in place "
        "(verb-final, verb-second, postpositions)"
    )

    def check(self, doc: Document) -> Iterator[Finding]:
        """Every shape's findings, less those inside another's span: two checks that read one
        garbled clause ('released will be' in a verb-final clause) report it once."""
        findings = list(self._shapes(doc))
        if len(findings) < 2:
            yield from findings
            return
        inside = _inside_another(findings)
        yield from (finding for number, finding in enumerate(findings) if number not in inside)

    def _shapes(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _find_all(DANGLING_AFTER_QUOTE, CLOSED_QUOTE_RE, text) if "”" in text or '"' in text else ():
            first = match.group("first").lower()
            if first in AUXILIARIES or parts_of_speech(first) == {"VERB"}:
                start, end = match.span("fragment")
                yield self.finding(
                    doc, start, end, f"dangling fragment after the quotation: '{match.group('fragment')}'"
                )
        yield from self._article_before_preposition(doc)
        yield from self._cut_paragraph_ends(doc)
        yield from self._missing_auxiliary(doc)
        yield from self._subject_after_time(doc)
        yield from self._adverb_before_object(doc)
        yield from self._time_before_object(doc)
        yield from self._adverbial_before_final_verb(doc)
        yield from self._participle_before_final_auxiliary(doc)
        yield from self._clause_links(doc)
        sentences = doc.sentences
        # An acronym glossed in brackets belongs to the name before it: "(IMD)" ends no clause.
        plain = ACRONYM_GLOSS.sub(_blank, text) if "(" in text else text
        # The document's tokens tell which pairs of words stand side by side in plain too,
        # unless a gloss was blanked (then the words around it are neighbours in plain only).
        neighbours = source_order.Neighbours(doc.token_columns[2], doc.occurrences) if plain == text else None
        candidates = source_order.Candidates(plain, doc.occurrences, neighbours)
        anchors = ShapeAnchors(plain, sentences, neighbours)
        for index, sentence in enumerate(sentences):
            line = doc.line_of(sentence.start)
            if line is None or is_heading(line):
                continue
            finding = self._reporting_verb_first(doc, sentence)
            if finding:
                yield finding
                continue
            if line.text != sentence.text:
                finding = (
                    self._subjectless(doc, sentence)
                    or self._one_word(doc, sentences, index)
                    or self._verbless(doc, sentence)
                    or self._verbless_subordinate_end(doc, sentence)
                    or self._object_between_topic_and_verb(doc, sentence)
                    or self._transitive_verb_last(doc, sentence)
                    or self._participle_without_auxiliary(doc, sentence)
                    or self._fronted_phrase_then_verb(doc, sentence)
                    or self._fronted_phrase_then_passive(doc, sentence)
                    or self._resumptive_subject(doc, sentence)
                    or self._object_first(doc, sentence)
                    or self._object_before_final_verb(doc, sentence)
                    or self._predicate_without_copula(doc, sentence)
                    or self._participle_comment(doc, sentence)
                    or self._headline_infinitive(doc, sentence)
                    or self._verb_before_its_pronoun(doc, sentence)
                    or self._relative_clause_only(doc, sentence)
                    or self._dash_for_a_copula(doc, sentence)
                    or self._agent_after_its_verb(doc, sentence)
                    or self._also_without_a_verb(doc, sentence)
                    or self._postposition_at_the_end(doc, sentence)
                    or self._infinitive_before_its_verb(doc, sentence)
                )
                if finding:
                    yield finding
                    continue
            if len(sentence.text) > 600:
                continue  # a run-on line, not a sentence: bounded work per sentence
            if plain is not text:
                sentence = Span(sentence.start, sentence.end, plain[sentence.start : sentence.end])
            detectors = candidates.within(sentence.start, sentence.end, sentence.text)
            kinds = anchors.within(sentence)
            if not detectors and not kinds and not _may_open_or_end_garbled(sentence.text):
                continue  # no text test of sentence_shape can pass: most sentences end here
            shape = sentence_shape(sentence, detectors, kinds)
            if shape:
                start, end, message = shape
                yield self.finding(doc, start, end, message)

    def _clause_links(self, doc: Document) -> Iterator[Finding]:
        """Shapes one word class decides (rules/_clause_links.py): two links for one pair of
        clauses, 'very' after its adjective, 'not' before the auxiliary, a reporting verb with
        no subject after it, a postposition, an impersonal passive before a bare noun."""
        for start, end, message in clause_links.find(doc.text):
            if not self._in_heading(doc, start):
                yield self.finding(doc, start, end, message)

    def _missing_auxiliary(self, doc: Document) -> Iterator[Finding]:
        """'the plan already been adjusted', 'kitchens that not meet the rules': 'been' with no
        form of 'have' before it, and 'not' before a verb with no 'do' (Russian, Hindi, Chinese
        and Indonesian have neither auxiliary, and MT drops it)."""
        text = doc.text
        for match in _find_all(BEEN_RE, BEEN_HINT_RE, text) if "been" in text else ():
            if text.endswith(HAVE_RIGHT_BEFORE, max(0, match.start() - 8), match.start()):
                continue  # 'has been', 'they've been': most uses, told without a look-back
            before = _word_before_adverbs(text, match.start())
            if before is None or not before[2][:1].isalpha() or before[2].casefold() in HAVE_OR_ELLIPSIS:
                continue
            if before[2].endswith(CONTRACTED_HAVE) or self._in_heading(doc, match.start()):
                continue
            if HAVE_BEFORE_SUBJECT_RE.search(text, max(0, before[0] - 40), before[0]):
                continue  # 'Rarely has a budget been', 'Had the bank been': 'have' before its subject
            start = before[0]
            yield self.finding(doc, start, match.end(), f"'{text[start : match.end()]}': 'been' without 'have'")
        for match in _find_all(BE_BASE_RE, BE_BASE_HINT_RE, text) if " be " in text else ():
            verb = match.group("verb")
            if not _base_verb_only(verb) or self._in_heading(doc, match.start()):
                continue
            message = f"'{match.group()}': a base verb after 'be': write its participle, or drop 'be'"
            yield self.finding(doc, match.start(), match.end(), message)
        for match in _find_all(RELATIVE_NOT_RE, RELATIVE_NOT_HINT_RE, text) if " not " in text else ():
            verb = match.group("verb")
            participle = NOT_YET_PARTICIPLE.match(text, match.end()) if verb == "yet" else None
            if participle is not None and "VBN" in verb_forms(participle.group(1)):
                # 'who not yet found': the auxiliaries of a perfect passive dropped
                end = participle.end()
                yield self.finding(doc, match.start(), end, f"'{text[match.start() : end]}': the auxiliary was dropped")
                continue
            if verb in NOT_BEFORE or not {"VB", "VBP"} & verb_forms(verb) or "ADV" in word_classes(verb):
                continue
            if self._in_heading(doc, match.start()):
                continue
            yield self.finding(
                doc, match.start(), match.end(), f"'{match.group()}': 'not' before a verb needs 'do' ('do not {verb}')"
            )

    def _subject_after_time(self, doc: Document) -> Iterator[Finding]:
        """'announced on Tuesday the regional governor', 'scored in the 67th minute the defender':
        a verb, a time phrase, then the person who did it (Polish, Czech, Spanish, Hebrew, Arabic
        order). English inverts only a quotation's speech verb, and right after it ('said the
        minister on Tuesday'); with a time phrase first, what follows the verb is its object,
        never a person's title."""
        text = doc.text
        for hint in SUBJECT_AFTER_TIME_HINT.finditer(text):
            match = SUBJECT_AFTER_TIME.search(text, max(0, hint.start() - 40), hint.end() + 80)
            if match is None or match.start() > hint.start() or self._in_heading(doc, match.start()):
                continue
            message = f"'{match.group()}': the verb and a time phrase before the subject (source word order)"
            yield self.finding(doc, match.start(), match.end(), message)

    def _time_before_object(self, doc: Document) -> Iterator[Finding]:
        """'The port signed on Wednesday the lease', 'Guards arrested last night the van driver': a
        verb that takes an object, then a time phrase, then its short object (see VERB_TIME_OBJECT)."""
        text = doc.text
        for hint in SUBJECT_AFTER_TIME_HINT.finditer(text):
            match = VERB_TIME_OBJECT.search(text, max(0, hint.start() - 20), hint.end() + 60)
            if match is None or match.start() > hint.start():
                continue
            verb = match.group("verb")
            if verb not in transitive_verb_forms() and verb not in SPLIT_PERFECT:
                continue  # verbs English also uses without an object: the phrase after may be no object
            if verb in announcing_verbs():
                continue  # 'announced on Monday the new budget': news English's own order
            if not verb_forms(verb) & FINITE_OR_PARTICIPLE - {"VB"}:
                continue
            head = match.group("head")
            if head in ADVERBIAL_NOUNS or head in NOT_OBJECT_HEADS or head.endswith("est"):
                continue  # 'fell on Monday the most', 'met on Friday the same day': no object
            if self._in_heading(doc, match.start()):
                continue
            message = f"'{match.group()}': a time phrase between the verb and its object (source word order)"
            yield self.finding(doc, match.start(), match.end(), message)

    def _adverbial_before_final_verb(self, doc: Document) -> Iterator[Finding]:
        """'The houses as a precaution were evacuated.', 'He the howdah for the sixth time will
        carry.': an adverbial right before the verb group that closes the clause (see
        ADVERBIAL_BEFORE_FINAL_VERB). The group's last word must be a verb: a participle after
        'is' or 'has', a bare verb (or 'be' and a participle or adjective) after a modal; 'Sales
        this year were strong.' has a predicate, not a verb, at the end."""
        text = doc.text
        places = _after_words(doc, FINAL_GROUP_AUXILIARIES, lambda word: word in ADVERBIAL_LAST_WORDS or word.isdigit())
        for match in _around(places, ADVERBIAL_BEFORE_FINAL_VERB, text):
            classes = word_classes(match.group("verb"))
            if match.group("auxiliary") in grammar.MODALS:
                wanted = {"VBN", "ADJ"} if match.group("be") else {"BASE"}
            else:
                wanted = {"VBN"}
            if not classes & wanted or (wanted == {"VBN"} and "ADJ" in classes and "FIN" not in classes):
                continue
            before = text[max(0, match.start() - 30) : match.start()].split()
            if not before or word_classes(before[-1]) & {"SUB", "PREP", "CONJ", "DET", "AUX", "VBN", "VBG"}:
                # 'where tomorrow is realized': the time word is the clause's subject; 'The cuts
                # applied last week will be lifted': the adverbial belongs to the participle
                continue
            if self._in_heading(doc, match.start()) or within_quotation(text, match.start(), match.end()):
                continue
            message = (
                f"'{match.group()}': '{match.group('adverbial')}' before the verb that ends the clause "
                "(source word order; English puts it after the verb)"
            )
            yield self.finding(doc, match.start(), match.end(), message)

    def _participle_before_final_auxiliary(self, doc: Document) -> Iterator[Finding]:
        """'The cuts in three districts applied will be.': a past participle right before the
        auxiliary that ends the sentence (see PARTICIPLE_BEFORE_FINAL_AUXILIARY). Not after 'as' or
        'than' ('as planned was'), nor a noun in -en ('women is')."""
        text = doc.text
        places = _after_words(doc, CLOSING_AUXILIARIES, lambda word: word.endswith(PARTICIPLE_ENDINGS))
        for match in _around(places, PARTICIPLE_BEFORE_FINAL_AUXILIARY, text):
            classes = word_classes(match.group("participle"))
            if "VBN" not in classes or "NOUN" in classes:
                continue
            before = text[max(0, match.start() - 30) : match.start()].split()
            if not before or before[-1].casefold() in ("as", "than", "what", "how"):
                continue
            if word_classes(before[-1]) & {"AUX"}:
                continue
            if self._in_heading(doc, match.start()) or within_quotation(text, match.start(), match.end()):
                continue
            message = (
                f"'{match.group()}': the participle before the auxiliary that ends the sentence (source word order)"
            )
            yield self.finding(doc, match.start(), match.end(), message)

    def _adverb_before_object(self, doc: Document) -> Iterator[Finding]:
        """'visited also the hospital', 'we left already the house', 'take sooner the car': an
        adverb between a verb and its object, where Romance, Germanic and Slavic languages put
        it; English puts it before the verb ('also visited the hospital'). Focus adverbs ('saw
        only the ...', 'beat even the ...') may stand there in English and are not listed."""
        text = doc.text
        if not any(f" {adverb} " in text for adverb in OBJECT_ADVERBS):
            return
        for match in VERB_ADVERB_OBJECT.finditer(text):
            verb = match.group("verb")
            if verb in NOT_OBJECT_VERBS or not verb_forms(verb) & FINITE_OR_PARTICIPLE:
                continue
            before = text[max(0, match.start() - 12) : match.start()].split()
            if before and before[-1].casefold() in BEFORE_A_NOUN:
                continue  # 'the report also the ...': the word is a noun
            if self._in_heading(doc, match.start()):
                continue
            adverb = match.group("adverb")
            message = f"'{adverb}' between the verb and its object (source word order): write '{adverb} {verb}'"
            yield self.finding(doc, match.start(), match.end(), message)

    @staticmethod
    def _in_heading(doc: Document, offset: int) -> bool:
        line = doc.line_of(offset)
        return line is None or is_heading(line)

    def _cut_paragraph_ends(self, doc: Document) -> Iterator[Finding]:
        """'... then by Tuesday the', '... before the end of': a paragraph of prose that stops on
        an article, a conjunction, an auxiliary or a preposition no phrasal verb ends on, with no
        full stop: the rest of its sentence was lost (a segment MT dropped, a scraper's cut).
        A headline may end on a particle ('as heat sets in'), and is short."""
        for paragraph in doc.paragraphs:
            text = paragraph.text
            if not text[-1:].isalpha() or text.count(" ") + 1 < CUT_PARAGRAPH_WORDS:
                continue
            last = text.rsplit(None, 1)[-1]
            if last not in PARAGRAPH_CUT_ENDINGS or "\n" in text.rsplit(".", 1)[-1]:
                continue  # a proper ending, or a wrapped line after the last stop: a list, a table
            # The finding covers the last sentence, from after the paragraph's last stop.
            last_stop = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
            start = paragraph.start + (last_stop + 2 if last_stop >= 0 else 0)
            message = f"paragraph ends on '{last}' with no full stop: the sentence was cut"
            yield self.finding(doc, start, paragraph.end, message)

    def _article_before_preposition(self, doc: Document) -> Iterator[Finding]:
        """'the on the river banks living families', 'a by the council approved plan': an article
        right before a preposition and another article or a number opens a modifier phrase the
        source language (Japanese, Korean, Turkish, Tamil, German) puts before its noun; English
        never writes 'the on the'. The finding runs to the participle and its noun when they
        follow within a few words."""
        text = doc.text
        neighbours = source_order.Neighbours(doc.token_columns[2], doc.occurrences)
        if not neighbours.after_any(PREPOSITIONS_AFTER_ARTICLE, ARTICLES_BEFORE_PREPOSITION):
            return  # no article right before one of the prepositions: most documents
        for match in _find_all(ARTICLE_BEFORE_PREPOSITION, ARTICLE_AND_PREPOSITION_RE, text):
            end = match.end("preposition")
            tail = PARTICIPLE_AND_NOUN.search(text, end, min(len(text), end + 80))
            if tail is not None and not PHRASE_BREAK.search(text, end, tail.end()):
                end = tail.end()
            yield self.finding(
                doc,
                match.start(),
                end,
                f"'{match.group('article')} {match.group('preposition')} ...': a phrase placed before its noun "
                "(source word order)",
            )

    def _reporting_verb_first(self, doc: Document, sentence: Span) -> Finding | None:
        """'Said that ...', 'Added the minister that ...': a sentence that opens on a reporting
        verb, its subject dropped or placed after it (or on an auxiliary, see _verb_first)."""
        text = sentence.text.lstrip("\"“‘'(")
        linked = _after_linking_conjunction(text)
        if linked is not None and (found := self._linked_reporting_verb(doc, sentence, text, linked)) is not None:
            return found
        first = FIRST_WORD_RE.match(text)
        if (first is None or first.group() not in OPENING_WORDS) and not text.startswith(
            AFTER_FRONTED_VERB, text.find(" ") + 1
        ):
            # none of the other patterns can match
            return self._past_verb_first(doc, sentence, text) or self._present_verb_first(doc, sentence, text)
        if text.rstrip("\"”’') ").endswith("?"):
            return None  # a question
        match = REPORTING_FIRST.match(text)
        if match is None or "." in match.group("between"):
            return self._verb_first(doc, sentence, text) or self._past_verb_first(doc, sentence, text)
        start = sentence.start + len(sentence.text) - len(text)
        verb = text[: text.index(" ")]
        message = (
            f"sentence opens on '{verb}': subject dropped"
            if not match.group("between")
            else f"sentence opens on '{verb}' before 'that': subject dropped or placed after the verb"
        )
        return self.finding(doc, start, start + match.end(), message)

    def _linked_reporting_verb(self, doc: Document, sentence: Span, text: str, skip: int) -> Finding | None:
        """'And added the director, Omar Said, that ...': Arabic joins its sentences with 'wa'
        ('and') and puts the verb before its subject; MT keeps both. English never writes a
        reporting verb right after a sentence's 'And' with its subject after it."""
        rest = text[skip:]
        match = REPORTING_FIRST.match(rest[:1].upper() + rest[1:])
        between = None if match is None else match.group("between")
        if not between or "." in between or "," in between and not between.endswith(","):
            return None  # 'said Mr Ali, filtering out the messages that': a parenthetical, then its clause
        start = sentence.start + len(sentence.text) - len(text)
        verb = rest[: rest.index(" ")]
        words = f"{verb} {between.strip()} that"
        message = f"'{words}': the reporting verb before its subject (source word order)"
        return self.finding(doc, start, start + skip + match.end(), message)

    def _verb_first(self, doc: Document, sentence: Span, text: str) -> Finding | None:
        """'Is expected to rise', 'Has explained that', 'Was nervous at first': a statement that
        opens on an auxiliary and a forecast or reporting verb, or on a form of 'be' and an
        adjective, its subject dropped; 'Also are planned tours', 'Were opened 9,000 stations': a
        passive before its subject (Russian, Polish, Czech, Spanish order)."""
        start = sentence.start + len(sentence.text) - len(text)
        also = VERB_THEN_ALSO.match(text)
        if also is not None and _verb_before_also(also):
            message = f"'{also.group().strip()}': the verb before its subject (source word order)"
            return self.finding(doc, start, start + also.end(), message)
        for pattern in SUBJECTLESS_OPENINGS:
            subjectless = pattern.match(text)
            if subjectless is not None and _base_verb_if_any(subjectless):
                message = f"statement opens on '{subjectless.group()}': subject dropped"
                return self.finding(doc, start, start + subjectless.end(), message)
        negated = COPULA_NOT_FIRST.match(text) or COPULA_ARTICLE_FIRST.match(text)
        if negated is not None:
            message = f"statement opens on '{negated.group()}': subject dropped"
            return self.finding(doc, start, start + negated.end(), message)
        also_first = ALSO_BEFORE_SUBJECT.match(text)
        if also_first is not None and _has_finite_verb(text[also_first.end() :]):
            message = f"'{also_first.group()}': 'also' before the subject (source word order)"
            return self.finding(doc, start, start + also_first.end(), message)
        second = AUXILIARY_SECOND.match(text)
        if second is not None and "VBN" in verb_forms(second.group("participle")):
            message = f"'{second.group()}': the auxiliary second and the participle last (source word order)"
            return self.finding(doc, start, start + second.end(), message)
        fronted = FRONTED_PASSIVE.match(text) or FRONTED_PHRASE_PASSIVE.match(text) or PASSIVE_FIRST.match(text)
        if fronted is not None and "VBN" in verb_forms(fronted.group("participle")):
            message = f"'{text[: fronted.end()]}': the passive verb before its subject (source word order)"
            return self.finding(doc, start, start + fronted.end(), message)
        dropped = SUBJECTLESS_PASSIVE.match(text) or PASSIVE_AFTER_THEN.match(text)
        if dropped is not None and "VBN" in verb_forms(dropped.group("participle")):
            message = f"statement opens on '{dropped.group().rstrip()}': subject dropped"
            return self.finding(doc, start, start + len(dropped.group().rstrip()), message)
        auxiliary = AUXILIARY_FIRST.match(text)
        if auxiliary is None:
            return None
        following = auxiliary.group("next")
        clause = PARTICIPLE_THEN_CLAUSE.match(text)
        if (
            following not in AFTER_DROPPED_SUBJECT
            and clause is not None
            and "VBN" in verb_forms(clause.group("participle"))
        ):
            opening = text[: clause.end()]
            return self.finding(doc, start, start + clause.end(), f"statement opens on '{opening}': subject dropped")
        first = auxiliary.group().split(" ", 1)[0]
        copula = first in ("Is", "Was", "Are", "Were")
        adjective = copula and word_classes(following) == {"ADJ"}  # "Was nervous at the start"
        progressive = copula and following.endswith("ing") and "VBG" in verb_forms(following)
        modal = first in MODALS and "VB" in verb_forms(following) and (
            parts_of_speech(following) == {"VERB"}
            or DETERMINER_AFTER.match(text, auxiliary.end()) is not None  # 'Will open the new bridge'
        )
        if (
            following not in AFTER_DROPPED_SUBJECT
            and not adjective
            and not ((progressive or modal) and _long_statement(text))
        ):
            return None
        opening = text[: auxiliary.end()]
        return self.finding(doc, start, start + auxiliary.end(), f"statement opens on '{opening}': subject dropped")

    def _past_verb_first(self, doc: Document, sentence: Span, text: str) -> Finding | None:
        """'Congratulated the winner and said ...': a statement that opens on a past-tense verb
        before a noun phrase, its subject dropped or placed after the verb; 'Found were also 37
        coins': a participle, a form of 'be' and 'also' before the subject; 'Now is it important
        that': a pronoun after the verb that follows a fronted adverb (verb-second order)."""
        first = text[: text.find(" ")] if " " in text else text
        if not _may_open_inverted(first) or text.rstrip("\"”’') ").endswith("?"):
            return None  # most sentences: their first word opens none of these shapes; a question
        start = sentence.start + len(sentence.text) - len(text)
        inverted = PARTICIPLE_BE_ALSO.match(text)
        if inverted is not None and "VBN" in verb_forms(inverted.group("participle").casefold()):
            message = f"'{inverted.group()}': the passive verb before its subject (source word order)"
            return self.finding(doc, start, start + inverted.end(), message)
        second = PRONOUN_AFTER_VERB_SECOND.match(text)
        if second is not None:
            message = f"'{second.group()}': the verb before its subject after a fronted adverb (verb-second order)"
            return self.finding(doc, start, start + second.end(), message)
        match = PAST_VERB_FIRST.match(text) or PAST_ONLY_VERB_FIRST.match(text)
        if match is None:
            return None
        verb = match.group("verb")
        lower = verb.casefold()
        forms = verb_forms(lower)
        if lower in NAMING_VERBS or "VBD" not in forms or "VB" in forms:
            return None  # a participle of naming, or a base form ('Cut the onions')
        past_only = match.re is PAST_ONLY_VERB_FIRST
        if past_only and ("VBN" in forms or lower in AUXILIARIES or within_quotation(doc.text, start, start + 1)):
            return None  # 'Founded in 1990': a participle may open a clause; speech drops its subjects
        if SUBJECT_AFTER_COMMA.search(text, match.end()) and (lower in GIVING_VERBS or past_only):
            return None  # 'Given a chance, he': a participle clause before its subject
        message = f"statement opens on '{text[: match.end()]}': subject dropped or placed after the verb"
        return self.finding(doc, start, start + match.end(), message)

    def _present_verb_first(self, doc: Document, sentence: Span, text: str) -> Finding | None:
        """'Plans to open a second office in the port.', 'Expects the work to be finished by
        spring.': a statement that opens on a present verb in -s with no other finite verb after
        it, its subject dropped. A plural noun that opens its subject has its verb later ('Plans
        to build a bridge were dropped')."""
        match = PRESENT_VERB_FIRST.match(text)
        if match is None or text.rstrip("\"”’') ").endswith("?"):
            return None
        verb = match.group("verb")
        lower = verb.casefold()
        if lower == "thanks" or "VBZ" not in verb_forms(lower) or not is_dictionary_word(lower):
            return None
        if is_known_proper_noun(verb):
            return None  # 'Marks', 'Wells': a name
        infinitive = match.group("infinitive")
        if infinitive is None and "NOUN" in parts_of_speech(lower):
            return None  # 'Motorcycles the ...', 'Plans the ...': a plural noun may open a topic
        if infinitive is not None and (infinitive in FUNCTION_WORDS or "VB" not in verb_forms(infinitive)):
            return None  # 'Thanks to the', 'Trips to Paris': 'to' opens a phrase, not an infinitive
        start = sentence.start + len(sentence.text) - len(text)
        if within_quotation(doc.text, start, start + 1):
            return None  # speech drops its subjects at will
        if _finite_verb_after(text[len(verb) :]):
            return None
        message = f"statement opens on '{match.group()}': subject dropped"
        return self.finding(doc, start, start + match.end(), message)

    def _subjectless(self, doc: Document, sentence: Span) -> Finding | None:
        """'…rivalry of Did not begin.': a capitalized auxiliary + not, mid-sentence."""
        if " not " not in sentence.text:
            return None  # the pattern's own words: most sentences are ruled out without a search
        for match in SUBJECTLESS.finditer(sentence.text):
            start = sentence.start + match.start()
            return self.finding(
                doc, start, sentence.end, f"subject-less clause '{sentence.text[match.start() :]}': word order garbled"
            )
        return None

    def _verbless(self, doc: Document, sentence: Span) -> Finding | None:
        """'Until now, more than 4,000 signatures.', 'Others, less.': a topic and a comment with
        no verb at all, inside a paragraph (the source's copula or verb dropped: Russian,
        Macedonian, Turkish, Chinese). Exclamations and afterthoughts open on a word that
        announces them ('What a night, and what a win.', 'Possibly, but not yet.'); quotations,
        lists and lines of names are left alone, and so is text of another language."""
        text = sentence.text.rstrip()
        if not text.endswith(".") or len(text) > VERBLESS_MAX_CHARS:
            return None
        if VERBLESS_EXCLUDED.search(text) or text[-3:-1].isupper():
            return None  # quoted speech, a list, a bracket; an abbreviation cut by the splitter ('the ID.')
        if COMMON_FINITE_RE.search(text):
            return None  # 'said', 'is', 'has': most sentences show a verb without a look-up
        words = WORD_RE.findall(text)
        if len(words) < 2 or not words[0][:1].isupper() or words[0].casefold() in VERBLESS_OPENERS:
            return None
        lowercase = [word for word in words if word.islower()]
        if len(lowercase) * 2 < len(words) or sum(zipf(word) > 0 for word in lowercase) * 2 < len(lowercase):
            return None  # a line-up of names, or a sentence of another language
        # 'Until now, more than 4,000 signatures.': a topic and a comment, no word of it a verb
        no_verb_word = ", " in text and not any(word_classes(word.casefold()) & VERB_CLASSES for word in words)
        if not no_verb_word and not _no_verb_in_place(text, words, lowercase):
            return None
        return self.finding(doc, sentence.start, sentence.start + len(text), f"no verb in '{text}': a fragment")

    def _predicate_without_copula(self, doc: Document, sentence: Span) -> Finding | None:
        """'Opposition parties in the council angry.', 'Many cafes on the square, closed.', 'The
        children the most affected.': a noun phrase, then its predicate (an adjective, or a
        participle of a verb that needs an object) and the full stop, with no verb between:
        the copula the source language leaves out. Without a comma only a word that is no
        past tense ('angry', 'ready') or a participle of a transitive verb ('banned') is a
        predicate: 'The court agreed.' is a sentence."""
        text = sentence.text.rstrip()
        if not text.endswith(".") or VERBLESS_EXCLUDED.search(text) or COMMON_FINITE_RE.search(text):
            return None
        ending = text[:-1].rsplit(None, 1)
        if not ending or not word_classes(ending[-1]) & {"ADJ", "VBN"}:
            return None  # most sentences end on a noun: no predicate left without its copula
        words = tag(text)
        content = [word for word in words if not word.has("PUNCT")]
        if not PREDICATE_WORDS[0] <= len(content) <= PREDICATE_WORDS[1]:
            return None
        predicate = content[-1]
        if words[-2] is not predicate or not predicate.text.islower() or predicate.lower in PREDICATE_ADVERBS:
            return None  # 'in the U.S.': the predicate is the last word, before the stop
        if not predicate.has("ADJ", "VBN") or predicate.has("NOUN") and not predicate.has("ADJ"):
            return None
        position = len(words) - 3
        while position > 0 and words[position].lower in PREDICATE_ADVERBS:
            position -= 1
        before = words[position]
        superlative = text[: predicate.start].rstrip().lower().endswith(SUPERLATIVE_PREDICATE)
        if superlative:
            position -= 2  # 'the most affected'
            before = words[position]
        comma = before.text == ","
        if not comma and (not before.has("NOUN", "PROPN") or before.has("FIN")):
            return None  # 'Heavy snow fell overnight.': the word before may be the verb
        adjective = predicate.has("ADJ") and not predicate.has("NOUN") and "VBD" not in verb_forms(predicate.lower)
        if not (comma or superlative or adjective or predicate.lower in transitive_verb_forms()):
            return None  # 'The court agreed.', 'The shops closed.': a past verb
        subject = words[: position if comma else position + 1]
        if comma and "VBD" in verb_forms(predicate.lower) and any(word.text == "," for word in subject):
            return None  # 'The team, 40 doctors from the capital, arrived.': the verb after an apposition
        opening = subject[0]
        if not opening.text[:1].isupper() or opening.text.isupper() and len(opening.text) > 1:
            return None  # a line of a table ('DL Smith 28 ...'), an acronym heading
        if not opening.has("DET", "POSS", "NUM", "NOUN", "PROPN", "ADJ") or opening.lower in VERBLESS_OPENERS:
            return None
        for place, word in enumerate(subject):
            joins_nouns = (
                word.lower in ("and", "or")
                and 0 < place < len(subject) - 1
                and subject[place - 1].has("NOUN")
                and subject[place + 1].has("DET", "NOUN", "ADJ")
            )  # 'Children and the elderly': two nouns, one subject
            if word.has("AUX", "MODAL", "SUB", "PRON") or word.has("CONJ") and not joins_nouns:
                return None  # a verb, a clause or a coordination of clauses: not one noun phrase
            if word.lower in COMPLEMENT_VERBS:
                return None
            if word.has("FIN") and not word.has("NOUN") or word.lower in ("to", "that", "which", "who"):
                return None
            if place and word.text.islower() and "VBD" in verb_forms(word.lower) and subject[place - 1].has("NOUN"):
                return None  # 'Rain fell across the region overnight.': a past tense after a noun is its verb
        message = f"no verb in '{text}': the copula before '{predicate.text}' left out"
        return self.finding(doc, sentence.start, sentence.start + len(text), message)

    def _participle_comment(self, doc: Document, sentence: Span) -> Finding | None:
        """'Parking in the centre, forbidden from Saturday night.', 'Tickets for the final, sold
        out within an hour.': a noun phrase, a comma, then a participle or an adjective and the
        phrases of time or place after it, with no verb: the topic and comment of a source with
        no copula (Greek, Russian, Vietnamese, Chinese), or a verb set off from its subject by a
        comma, which English never does. One comma only: 'The team, twelve climbers, arrived.'
        closes an apposition."""
        text = sentence.text.rstrip()
        if not text.endswith(".") or text.count(",") != 1 or len(text) > VERBLESS_MAX_CHARS:
            return None
        if VERBLESS_EXCLUDED.search(text) or COMMON_FINITE_RE.search(text):
            return None
        after = text.split(", ", 1)[1:] or [""]
        first_after = next((word for word in after[0].split() if word.lower() not in COMMENT_ADVERBS), "")
        if not first_after.isalpha() or not first_after.islower() or not word_classes(first_after) & {"VBN", "ADJ"}:
            return None  # most sentences: no participle or adjective opens what follows the comma
        words = tag(text)
        comma = next(index for index, word in enumerate(words) if word.text == ",")
        topic, comment = words[:comma], words[comma + 1 : -1]
        if len(topic) < 2 or len(topic) + len(comment) < PREDICATE_WORDS[0] + 2 or not _plain_topic(topic):
            return None
        position = 0
        while position < len(comment) - 1 and comment[position].lower in COMMENT_ADVERBS:
            position += 1
        predicate = comment[position]
        if predicate.has("NOUN", "PRON", "DET") and not predicate.has("VBN") or predicate.has("AUX", "MODAL"):
            return None  # 'The mayor, former teacher.': a noun; 'The vote, would ...': a verb group
        rest = comment[position + 1 :]
        if rest and rest[0].lower in PARTICLE_ADVERBS:
            rest = rest[1:]  # 'sold out', 'called off'
        groups = [item for item in chunk(rest) if not (item.kind == "SUB" and item.words[0].lower == "because")]
        if not rest or any(item.kind not in ("PP", "NP", "ADV") for item in groups):
            return None  # a verb, a clause or an infinitive after it: more than a comment
        if rest[0].has("NOUN") and not rest[0].has("PREP", "ADV") and chunk(rest)[0].kind == "NP":
            return None  # 'The files, checked every week': a time phrase only, or an object
        message = f"no verb in '{text}': a topic and a comment, the verb before '{predicate.text}' left out"
        return self.finding(doc, sentence.start, sentence.start + len(text), message)

    def _headline_infinitive(self, doc: Document, sentence: Span) -> Finding | None:
        """'Police to fine drivers from 500 euros.', 'Farmers to get more aid this year.': a
        subject and an infinitive with no finite verb, a headline's shorthand for 'will', set
        in running text (Vietnamese, Chinese and Indonesian MT write the plan so). Phrases that
        name a quantity ('Plenty to do in town.', 'Nothing to report.') stay silent."""
        text = sentence.text.rstrip()
        if not text.endswith(".") or not EARLY_INFINITIVE.match(text) or VERBLESS_EXCLUDED.search(text):
            return None  # most sentences: no 'to' among their first words
        if COMMON_FINITE_RE.search(text):
            return None
        words = tag(text)
        content = [word for word in words if not word.has("PUNCT")]
        if len(content) < HEADLINE_WORDS or not content[0].text[:1].isupper() or content[0].lower in QUANTITY_OPENERS:
            return None
        groups = [item for item in chunk(words) if item.kind != "OTHER"]
        if len(groups) < 3 or groups[0].kind != "NP" or groups[1].kind != "INF":
            return None
        if groups[0].words[0].has("PRON", "ADV", "SUB") or any(item.kind in ("VERB", "SUB") for item in groups[2:]):
            return None
        if any(word.has("FIN") and not word.has("NOUN", "ADJ", "BASE") for word in content):
            return None  # a word that can only be a verb: the chunker's guess may be wrong
        opening = content[0]
        nominal = opening.has("DET", "POSS", "NUM", "PROPN") or opening.classes == {"NOUN"}
        if not nominal and opening.lower not in PLURAL_WITHOUT_S:
            return None  # 'Love to see ...', 'Read our policy to ...': a verb may open it
        after = content[content.index(groups[1].words[-1]) :]
        for before, word in zip(after, after[1:], strict=False):
            if word.has("FIN") and before.has("NOUN", "PROPN") and not before.has("DET", "POSS", "PREP", "ADJ"):
                return None  # 'the drive to succeed impressed fans': a verb after the noun phrase
        infinitive = groups[1].words[-1]
        message = f"no verb in '{text}': a headline's '{groups[0].words[-1].text} to {infinitive.text}' in running text"
        return self.finding(doc, sentence.start, sentence.start + len(text), message)

    def _verb_before_its_pronoun(self, doc: Document, sentence: Span) -> Finding | None:
        """'Tomorrow becomes it cloudy', 'Yesterday said he that', 'On Monday will they vote': a
        fronted time word or phrase, then the verb, then its subject pronoun (German, Dutch and
        Scandinavian verb-second order). English inverts so only after a negative or limiting
        word ('Never had he', 'Only then did they', 'So do we') and in questions."""
        text = sentence.text.rstrip()
        if text.endswith("?"):
            return None
        match = VERB_BEFORE_PRONOUN.match(text)
        if match is None or NEGATIVE_FRONT.search(match.group("front")):
            return None
        verb = match.group("verb")
        classes = word_classes(verb)
        if not classes & {"FIN", "AUX", "MODAL"} or classes & {"NOUN", "PREP", "CONJ", "SUB", "ADJ", "DET"}:
            return None  # 'In the spring break they ...': a noun of the phrase, not its verb
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        message = f"'{match.group()}': the verb before its subject pronoun (source word order)"
        return self.finding(doc, start, start + match.end(), message)

    def _relative_clause_only(self, doc: Document, sentence: Span) -> Finding | None:
        """'The new terminal, which replaces the old hall and doubles the gates.': a noun phrase
        and a relative clause that runs to the full stop, and no main verb: the predicate the
        source put after the clause was lost, or the sentence was cut (Hindi, Japanese, Korean,
        German put the verb last, and MT drops it with the clause's end). English closes such
        a relative clause with a comma and goes on to the verb ('..., which ..., opens today')."""
        text = sentence.text.rstrip()
        if not text.endswith(".") or VERBLESS_EXCLUDED.search(text):
            return None
        match = RELATIVE_AFTER_SUBJECT.match(text)
        if match is None or "," in text[match.end() :]:
            return None
        subject = tag(match.group("subject"))
        if not subject or not subject[0].has("DET", "POSS") or subject[0].lower in FLOATING_QUANTIFIERS:
            return None
        clause_words = ("FIN", "AUX", "MODAL", "SUB", "PRON", "PREP")
        if any(word.has(*clause_words) and not word.has("NOUN", "DET") for word in subject):
            return None  # 'The court ruled, which ...': a whole clause before the comma
        if not subject[-1].has("NOUN", "PROPN"):
            return None
        groups = [item.kind for item in chunk(subject)]
        if groups[0] != "NP" or any(kind not in ("NP", "PP") for kind in groups[1:]) or groups.count("NP") > 1:
            return None  # 'The mattress needs two parts, which ...': a verb the chunker sees
        message = f"'{match.group('subject')}' has only a relative clause and no verb of its own: a fragment"
        return self.finding(doc, sentence.start, sentence.start + len(text), message)

    def _fronted_phrase_then_verb(self, doc: Document, sentence: Span) -> Finding | None:
        """'Against the verdict appealed both the defendant and the prosecutor.', 'Already in the
        first week registered 300 patients.': a fronted phrase, then a past verb with no subject
        before it, its subject after it or dropped (Czech, Polish, Russian, Ukrainian, German
        verb-second order). English inverts so only verbs of place and motion ('On the wall hung
        a map'), and a participle there opens a reduced clause ('In a statement released on
        Monday, the police said')."""
        text = sentence.text
        if not FRONTED_OPENER.match(text) or text.rstrip("\"”’') ").endswith("?"):
            return None  # most sentences open on their subject
        head = text.split(",", 1)[0].split()[1:]  # the verb comes before any comma
        if not any(word.endswith("ed") or word in irregular_pasts() for word in head):
            return None  # no past verb there: most sentences that open on a phrase
        words = tag(text)
        phrases = _phrases(words)
        index = _verb_after_fronted_phrases(phrases)
        if index is None:
            return None
        verb = phrases[index].words[0]
        if len(phrases[index].words) > 1 or not verb.text.islower() or verb.lower in source_order.INVERSION_VERBS:
            return None
        if "VBD" not in verb_forms(verb.lower) or verb.has("AUX", "MODAL"):
            return None
        opening = text[: verb.start]
        if "," in opening or SUBJECT_AFTER_COMMA.search(text, verb.end):
            return None  # 'In 2019, sales rose', 'In a statement released on Monday, the police said'
        if any(
            word.text[:1].isupper() and word.text not in WEEKDAYS and word.text not in MONTHS
            for word in words[1 : words.index(verb)]
        ):
            return None  # 'During the year WPP bought': a name after the phrase is the subject
        rest = phrases[index + 1 :]
        if rest[0].words[0].lower == "by" or any(item.kind == "VERB" for item in rest):
            return None  # 'In a report compiled by ...', 'Under the rules adopted in May firms must': a reduced clause
        named_subject = rest[0].kind == "NP" and rest[0].words[0].text[:1].isupper()  # 'scored Ajax twice'
        if not named_subject and not any(
            item.kind in ("NP", "PP") and any(word.has("DET", "NUM", "POSS") for word in item.words[:2])
            for item in rest
        ):
            return None
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        message = (
            f"'{text[: verb.end].strip()}': the verb after a fronted phrase, before its subject (source word order)"
        )
        return self.finding(doc, start, sentence.start + verb.end, message)

    def _fronted_phrase_then_passive(self, doc: Document, sentence: Span) -> Finding | None:
        """'In the region is expected strong frost', 'Over the past day in the city were recorded
        15 new cases': fronted phrases of place or time, then a passive, then its subject (Russian,
        Polish, Czech and Portuguese order). English puts the subject first ('Strong frost is
        expected'); it inverts a bare 'be' ('In the box were three coins'), not a passive."""
        text = sentence.text
        if not PASSIVE_OPENER.match(text) or text.rstrip("\"”’') ").endswith("?"):
            return None
        if not PASSIVE_IN_TEXT.search(text):
            return None  # most sentences that open on a phrase hold no passive
        phrases = _phrases(tag(text))
        index = _verb_after_fronted_phrases(phrases)
        if index is None:
            return None
        verb_words = phrases[index].words
        auxiliary, participle = verb_words[0], verb_words[-1]
        if len(verb_words) < 2 or auxiliary.lower not in PASSIVE_AUXILIARIES or not participle.text.islower():
            return None
        if "VBN" not in verb_forms(participle.lower) or participle.lower in NAMING_VERBS:
            return None
        if "," in text[: auxiliary.start]:
            return None  # 'In 2019, ...': the phrase is set off, and a subject may follow it
        subject = phrases[index + 1]
        first = subject.words[0]
        if subject.kind != "NP" or not (first.has("DET", "NUM", "ADJ") or first.text[:1].isdigit()):
            return None
        start = sentence.start + len(text) - len(text.lstrip())
        message = f"'{text[: participle.end].strip()}': the passive verb before its subject (source word order)"
        return self.finding(doc, start, sentence.start + participle.end, message)

    def _object_first(self, doc: Document, sentence: Span) -> Finding | None:
        """'Damage the district will claim in a civil case.', 'Works the contractor must finish
        by May.': a bare noun opens the sentence, then the subject and a modal with its verb
        (Czech, Slovak, Polish, Russian put the object first to mark it as the topic). English
        opens on a bare noun before 'the' only with a relative clause ('Staff the company hired
        will leave'), whose verb sits in the noun phrase."""
        text = sentence.text.lstrip()
        match = OBJECT_FIRST.match(text)
        if match is None:
            return None
        first = match.group("object").casefold()
        if "NOUN" not in parts_of_speech(first) or first in FUNCTION_WORDS:
            return None
        if any(verb_forms(word) & {"VBD", "VBN", "VBZ", "VBG"} for word in match.group("subject").split()[1:]):
            return None  # 'Staff the company hired will leave': a relative clause, not an object first
        start = sentence.start + len(sentence.text) - len(text)
        return self.finding(
            doc, start, start + match.end(), f"'{match.group()}': the object before its subject and verb"
        )

    def _object_before_final_verb(self, doc: Document, sentence: Span) -> Finding | None:
        """'The court this argument shared.', '..., that the government the developments closely
        monitors and ...': inside one clause, a subject, then a determined noun phrase (its
        object), then the verb group that closes the clause (Hungarian, Turkish, Persian, Korean,
        Hindi, Dutch and German subordinate order). English never puts an object between its
        subject and a clause-final verb; a comparison ('how much the repair would cost'), a
        copula ('where the nearest outlet is') and a passive close clauses on a verb there, and
        stay silent."""
        text = sentence.text
        if QUOTE_MARKS.intersection(text) or not _may_close_on_a_verb(text):
            return None
        words = tag(text)
        previous: list[Chunk] = []
        for clause in _clauses_of(words):
            parenthetical = bool(previous) and all(item.kind in ("PP", "ADV") for item in previous)
            previous = clause
            clause = _verb_split_off(clause)
            if parenthetical or len(clause) < 3 or clause[-1].kind != "VERB":
                continue  # ', jointly with the company, the amount the city overpaid': an object resumed
            found = _subject_object_verb(words, clause)
            if found is not None:
                subject, verb = found
                start, end = sentence.start + subject.words[0].start, sentence.start + verb.words[-1].end
                words_written = text[subject.words[0].start : verb.words[-1].end]
                message = f"'{words_written}': the object before its verb (source word order)"
                return self.finding(doc, start, end, message)
        return None

    def _dash_for_a_copula(self, doc: Document, sentence: Span) -> Finding | None:
        """'The aim of the bank — 5 percent by next year.', 'Most complaints — from the north.': a
        dash where the verb should be, in a sentence with no verb at all (Russian, Ukrainian,
        Bulgarian and Polish write the copula as a dash). English sets off an aside or an
        emphatic noun phrase with a dash ('The winner — a local baker.'), not a place, a source
        or a figure."""
        text = sentence.text
        if " — " not in text and " – " not in text or not text.endswith("."):
            return None
        sides = _dash_sides(text)
        if sides is None or not DASH_PREDICATE.match(sides[1]):
            return None
        subject, predicate = sides
        head = predicate.split(", ", 1)[0]  # '..., where the pipes are oldest': a clause of its own
        if not DASH_SUBJECT.fullmatch(subject) or _has_finite_verb(f"{subject} {head}"):
            return None
        return self.finding(
            doc, sentence.start, sentence.end, f"no verb in '{text}': a dash stands for the verb ('is', 'are', 'come')"
        )

    def _agent_after_its_verb(self, doc: Document, sentence: Span) -> Finding | None:
        """'The contract signed the mayor on Tuesday.', 'The verdict announced judge Ana Kis.': a
        document or a decision first, then a verb only a person or a body does, then that person
        or body (Russian, Czech, Polish, Swedish and German put the object first and the subject
        after the verb). English reads 'the contract' as the signer, which no contract is."""
        match = AGENT_AFTER_VERB.match(sentence.text)
        if match is None:
            return None
        end = sentence.start + match.end("agent")
        written = sentence.text[: match.end("agent")]
        message = f"'{written}': the object before its verb, the subject after it (source word order)"
        return self.finding(doc, sentence.start, end, message)

    def _also_without_a_verb(self, doc: Document, sentence: Span) -> Finding | None:
        """'Among the guests also the singer Ana Ruiz.', 'From May also on Sundays.': 'also' before
        a noun phrase or a phrase of time or place, in a sentence with no verb at all (German
        'auch', Slavic 'také'/'также', Hungarian 'is' keep the verb elsewhere or drop it).
        English 'also' stands by its verb; only a list's heading ('Also in the news:') does
        without one, and a colon marks it."""
        text = sentence.text
        if " also " not in text or not text.endswith(".") or VERBLESS_EXCLUDED.search(text):
            return None
        at = text.index(" also ")
        before, after = text[:at].rsplit(" ", 1)[-1].lower(), text[at + 6 :]
        if before in ("but", "and", "or", "only") or not ALSO_THEN_PHRASE.match(after) or "#" in text:
            return None  # '..., and also in the league': a list that goes on; 'but also' after 'not only'
        tagged = tag(text)
        if any(word.lower in SUBJECT_PRONOUNS for word in tagged):
            return None  # 'He scores goals ... also in the league': a pronoun brings its verb
        for word in tagged:
            if word.has("AUX", "MODAL") or word.has("FIN", "VBN", "VBG") and not word.has("NOUN", "ADJ", "PROPN"):
                return None
        return self.finding(doc, sentence.start, sentence.end, f"no verb in '{text}': 'also' with nothing to add to")

    def _postposition_at_the_end(self, doc: Document, sentence: Span) -> Finding | None:
        """'... to continue the weekend until.', 'The road stays closed the repairs during.': a
        preposition after its noun at the sentence's end (Korean, Japanese, Turkish, Hindi and
        Hungarian postpositions). English strands 'about' or 'with' there ('what they spoke
        about'), never 'during', 'until' or 'despite'."""
        match = POSTPOSITION_AT_END.search(sentence.text)
        if match is None:
            return None
        start, end = sentence.start + match.start("phrase"), sentence.start + match.end("phrase")
        message = f"'{match.group('phrase')}': the preposition after its noun (source word order)"
        return self.finding(doc, start, end, message)

    def _infinitive_before_its_verb(self, doc: Document, sentence: Span) -> Finding | None:
        """'The company new buyers in Asia to find wants.': an infinitive, then the verb it
        completes as the sentence's last word (Georgian, Turkish, Hindi, Korean and Persian
        put the governing verb last). English puts 'wants', 'plans' or 'decided' before 'to'."""
        match = INFINITIVE_BEFORE_VERB.search(sentence.text)
        if match is None or match.group("infinitive") in ("be", "have", "get", "become"):
            return None  # 'yet to be decided', 'to have planned': a passive or perfect infinitive
        if "VB" not in verb_forms(match.group("infinitive")):
            return None
        start, end = sentence.start + match.start(), sentence.start + match.end("verb")
        message = f"'{match.group()[:-1]}': the verb after its infinitive (source word order)"
        return self.finding(doc, start, end, message)

    def _resumptive_subject(self, doc: Document, sentence: Span) -> Finding | None:
        """'The new buses, they have been delivered by the operator.': the subject set off by a
        comma and taken up again by a pronoun (Swahili, Arabic, French, Persian topic and
        comment). English writes the subject once; a pronoun there is a parenthetical only
        before a verb of saying ('The buses, they said, were late')."""
        text = sentence.text.lstrip()
        if ", " not in text:
            return None
        start = sentence.start + len(sentence.text) - len(text)
        match = LEFT_DISLOCATION.match(text) or RESUMPTIVE_AFTER_RELATIVE.match(text)
        if match is None:
            match = OBJECT_DISLOCATION.match(text)
            if match is None or match.group("verb") in SAYING_AND_KNOWING_VERBS or _has_a_verb(match.group("topic")):
                return None  # 'The fire, police said it ...': a report, not a topic taken up
            if _topic_head(match.group("topic")) in ADVERBIAL_NOUNS:
                return None  # 'The next morning, the crew repaired it': a time, not a topic
            message = f"'{match.group()}': the object set before the clause and taken up again by a pronoun"
            return self.finding(doc, start, start + match.end(), message)
        if COMMON_FINITE_RE.search(text, 0, text.index(", ")):
            return None  # 'The vaccine is safe, it is free': a list of clauses, not a topic
        return self.finding(
            doc, start, start + match.end(), f"'{match.group()}': the subject taken up again by a pronoun"
        )

    def _verbless_subordinate_end(self, doc: Document, sentence: Span) -> Finding | None:
        """'The road opens on Monday, if the weather.': a closing 'if', 'because' or 'while' with a
        noun phrase and no verb, the clause's verb cut (or left for the end of a verb-final
        source clause and lost)."""
        text = sentence.text.rstrip()
        if not text.endswith("."):
            return None
        # '..., and that the roads around the station.': a reported clause cut before its verb
        match = AND_THAT_END.search(text) if " and that " in text else None
        if match is None:
            if CLOSING_SUBORDINATORS.isdisjoint(text[-60:].split()):
                return None  # most sentences: no subordinator among their last words
            match = SUBORDINATE_END.search(text)
            if match is None:
                return None
        clause = match.group("clause")
        if match.groupdict().get("place") and match.group("subordinator") in GAPPING_SUBORDINATORS:
            return None
        if clause.startswith(DEGREE_PHRASES):
            return None  # 'if a bit quieter', 'though a little late': a concessive degree
        words = tag(clause)
        if not _noun_phrase_only(words):
            return None
        start = sentence.start + match.start("subordinator")
        message = f"'{match.group('subordinator')}' with no verb after it: a cut clause"
        return self.finding(doc, start, sentence.start + match.end(), message)

    def _object_between_topic_and_verb(self, doc: Document, sentence: Span) -> Finding | None:
        """'The union, the offer of the council did not accept.': a topic, a comma, then the
        object and a clause-final verb with nothing after it (Turkish, Korean, Japanese order:
        subject, object, verb). English puts a parenthetical ('the mayor said') or an
        apposition between commas there, never a lone object before its verb."""
        text = sentence.text
        if not text.startswith(TOPIC_OPENERS) or ", " not in text:
            return None  # most sentences: no determined topic set off by a comma
        match = TOPIC_COMMA.match(text.rstrip())
        if match is None:
            return None
        topic = _phrases(tag(match.group("topic")))
        if not topic or topic[0].kind != "NP" or topic[0].head.lower in ADVERBIAL_NOUNS:
            return None
        if any(item.kind != "PP" for item in topic[1:]):
            return None
        rest = _phrases(tag(match.group("rest") + "."))
        if len(rest) < 2 or rest[0].kind != "NP" or rest[-1].kind != "VERB" or not _is_definite(rest[0]):
            return None
        opener = rest[0].words[0]
        if rest[0].head.lower in ADVERBIAL_NOUNS or opener.has("PRON") and not opener.has("POSS", "DET"):
            return None  # 'Last week, the ...', 'The plan, it ...'
        if any(item.kind not in ("PP", "ADV") for item in rest[1:-1]):
            return None
        verb = rest[-1].words
        if not any(word.has("FIN", "AUX", "MODAL") for word in verb):
            return None
        if verb[0].lower in BE and len(verb) > 1 and verb[-1].has("VBN"):
            return None  # a passive needs no object
        start = sentence.start + match.start("rest")
        message = "object before a clause-final verb: source word order left in place"
        return self.finding(doc, start, sentence.start + match.end("rest"), message)

    def _transitive_verb_last(self, doc: Document, sentence: Span) -> Finding | None:
        """'Boatmen to the administration compensation demanded.', 'The council for the
        villages 5 million from the reserve allocated.': the sentence's only verb group comes
        last, after two phrases at least, and its verb is one English always gives an object
        (rules/data/transitive_verbs.txt): the object came before it, in the source's
        verb-final order. The sentence's first clause, up to its first comma, may end so too
        ('Pollution in the capital to a dangerous level reached, and schools closed.'). A
        passive needs no object ('The ban has been lifted.')."""
        text = sentence.text.rstrip()
        if not text.endswith("."):
            return None
        ending = text[:-1].rsplit(None, 1)
        if not ending or ending[-1].casefold() not in transitive_verb_forms():
            # 'Pollution in the capital to the dangerous level reached, and schools closed.': the
            # sentence's first clause, up to its first comma, may end so too.
            first_clause = text.split(", ", 1)[0]
            last = first_clause.rsplit(None, 1)
            if first_clause == text or not last or last[-1].casefold() not in transitive_verb_forms():
                return None  # most sentences: their last word is no such verb
            text = first_clause + "."
        if QUOTE_MARKS.intersection(text):
            return None
        words = tag(text)
        if words[0].lower in CLAUSE_OPENERS or words[0].has("SUB"):
            return None  # 'What the council approved.': a clause of its own
        if any(word.lower in CLAUSE_OPENERS for word in words):
            return None  # a relative or a question: its verb may close it
        groups = _phrases(words)
        if len(groups) < 3 or groups[-1].kind != "VERB":
            return None
        if any(item.kind in ("VERB", "INF", "SUB") for item in groups[:-1]):
            return None
        verb = groups[-1].words
        if verb[-1].has("VBN") and any(word.lower in BE for word in verb[:-1]):
            return None
        if sum(item.kind in ("NP", "PP") for item in groups[:-1]) < 2:
            return None
        start = sentence.start + groups[0].words[0].start
        message = f"'{verb[-1].text}' ends its clause without its object: source word order left in place"
        return self.finding(doc, start, sentence.start + verb[-1].end, message)

    def _participle_without_auxiliary(self, doc: Document, sentence: Span) -> Finding | None:
        """'..., and several spectators injured.', 'No one injured, the department said.': a
        clause of a subject and the past participle of a verb news reports in the passive
        (PASSIVE_NEWS_VERBS), last in the clause, with no auxiliary: 'was' or 'were' dropped (Sinhala, Bengali,
        Chinese and Korean mark the passive on the verb, or not at all). A 'were' earlier in
        the sentence may serve both clauses ('two were killed and three injured')."""
        text = sentence.text.rstrip()
        if not _may_end_a_clause_on_a_participle(text) or QUOTE_MARKS.intersection(text):
            return None
        for start, end in _clause_pieces(text):
            piece = text[start:end]
            last = piece.rsplit(None, 1)[-1] if piece.strip() else ""
            if not last.isalpha() or last.casefold() not in passive_news_verb_forms():
                continue
            if BE_WORDS.search(text, 0, start):
                continue  # 'were killed and three injured': the auxiliary is shared
            groups = _phrases(tag(piece))
            if groups and groups[-1].kind == "NP" and len(groups[-1].words) > 1 and groups[-1].words[-1].text == last:
                *subject, participle = groups[-1].words  # 'No one injured': the participle read as an adjective
                if not subject[-1].has("NOUN", "NUM", "PRON", "PROPN"):
                    continue  # 'the injured': a noun of its own
                groups[-1:] = [Chunk("NP", subject), Chunk("VERB", [participle])]
            if len(groups) < 2 or groups[0].kind not in ("NP", "PART") or groups[-1].kind != "VERB":
                continue
            if len(groups[-1].words) != 1:
                continue
            if any(item.kind in ("VERB", "INF", "SUB") for item in groups[:-1]):
                continue
            opener = groups[0].words[0]
            if opener.lower in CLAUSE_OPENERS or opener.has("PRON") and opener.lower not in ("no", "none", "nobody"):
                continue
            message = f"'{last}' without 'was' or 'were': the passive's auxiliary dropped"
            return self.finding(doc, sentence.start + start, sentence.start + end, message)
        return None

    def _one_word(self, doc: Document, sentences: list[Span], index: int) -> Finding | None:
        sentence = sentences[index]
        if " " in sentence.text:
            return None  # one word only
        word_match = ONE_WORD.fullmatch(sentence.text)
        if not word_match:
            return None
        word = word_match.group(1)
        if word.lower() in INTERJECTIONS:
            return None
        if is_known_proper_noun(word) or not is_dictionary_word(word) or "NOUN" not in parts_of_speech(word):
            return None
        previous = sentences[index - 1] if index else None
        if previous is None or doc.line_of(previous.start) != doc.line_of(sentence.start):
            return None
        if previous.text.endswith(("”", '"', "?", "!")):
            return None
        return self.finding(doc, sentence.start, sentence.end, f"one-word sentence '{sentence.text}': a stranded word")


# Classes that let a verb form stand where a noun phrase's words go ('the cost', 'a heavy toll').
NOMINAL_CLASSES = frozenset({"NOUN", "ADJ", "DET", "POSS", "PRON", "PREP", "SUB", "GEN", "ADV", "NUM"})
# Quantifiers that may stand before a verb ('all left', 'both agreed'), unlike the other determiners.
FLOATING_QUANTIFIERS = frozenset(("all", "both", "each"))
# Adjectives that head a noun phrase of their own ('The same goes for', 'The latter lives').
PRONOUN_ADJECTIVES = frozenset("same latter former other rest".split())
# Pronouns that bring a verb, or speech (which drops verbs at will: 'For me, the best goal').
# 'him' and 'them' after 'of' ('Most of them small boats') are neither.
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | frozenset("me us".split())
OBJECT_PRONOUNS_AFTER_OF = frozenset("him them".split())
LIST_LETTER = regexes.compile(r"\p{Lu}[.)]\s")
PLACE_FREE_MIN_WORDS = 4
TIME_DETERMINERS = frozenset(("last", "next"))
ORDINAL_WORDS = frozenset("first second third fourth fifth last final".split())
COMMON_ZIPF = 3.0  # a word this frequent is English even where the dictionary lacks its form ("euros")


PARTICLE_ADVERBS = frozenset("out off up down over away back".split())
VERB_BEFORE_PRONOUN = regexes.compile(
    r"(?P<front>(?:Tomorrow|Today|Yesterday|Now|Then|Later|Soon|Afterwards|Meanwhile|Also|Therefore|Finally"
    r"|Recently|Earlier|Currently|Already|(?:This|Last|Next) (?:year|week|month|morning|evening|night|time)"
    r"|(?:In|On|At|During|From) (?:the |this |last |next )?(?:(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|morning|evening|afternoon|night|week|month|year|summer|winter|spring|autumn|weekend|future|past)"
    r")),? (?P<verb>\p{Ll}+) (?P<pronoun>it|he|she|they|we|I)\b"
)
NEGATIVE_FRONT = regexes.compile(r"(?i)\b(?:no|not|never|only|little|hardly|rarely|seldom|nowhere)\b")
HEADLINE_WORDS = 5
EARLY_INFINITIVE = regexes.compile(r"\p{Lu}\S*(?: \S+){0,4} to \p{Ll}")
QUANTITY_OPENERS = frozenset(
    "plenty lots much more nothing something anything everything time room reason enough little none".split()
)
COMMENT_ADVERBS = PREDICATE_ADVERBS | frozenset("again only almost nearly entirely once".split())


def _verb_after_fronted_phrases(phrases: list[Chunk]) -> int | None:
    """The index of the verb phrase right after one to FRONTED_PHRASES fronted prepositional or
    adverb phrases, with something after it; None when the sentence opens otherwise."""
    index = 0
    while index < len(phrases) and index < FRONTED_PHRASES and phrases[index].kind in ("PP", "ADV"):
        index += 1
    if index == 0 or index >= len(phrases) - 1 or phrases[index].kind != "VERB":
        return None
    return index


def _plain_topic(topic: list[Word]) -> bool:
    """A noun phrase with its prepositional phrases and nothing else ('Parking in the centre',
    'Tickets for the final'), opening on a determiner or a noun: no verb, clause or pronoun, and
    no adverbial opener ('In the end', 'Once inside', 'Asked about it')."""
    opening = topic[0]
    if not opening.text[:1].isupper() or opening.lower in VERBLESS_OPENERS or opening.has("PREP", "SUB", "PRON"):
        return False
    if not opening.has("DET", "POSS", "NOUN", "NUM", "VBG") or opening.text.isupper() and len(opening.text) > 1:
        return False  # a gerund names an activity ('Parking in the centre')
    if any(word.has("PRON", "AUX", "MODAL") or word.lower in ("that", "which", "who") for word in topic):
        return False
    groups = chunk(topic)
    gerund = groups[0].kind == "PART" and len(groups) > 1
    return all(item.kind in ("NP", "PP") for item in groups[1 if gerund else 0 :])


def _after_words(doc: Document, words: frozenset[str], before: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of each of the words whose previous word passes the test, in text order."""
    starts, ends, texts, _ = doc.token_columns
    occurrences = doc.occurrences
    return sorted(
        (starts[index - 1], ends[index])
        for word in words
        for index in occurrences.get(word, ())
        if index and before(texts[index - 1])
    )


def _around(places: list[tuple[int, int]], pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """The pattern's matches in a window around each place, each once and in order (the
    pattern's lookbehind still sees the text before the window)."""
    end = 0
    for place_start, place_end in places:
        start = max(end, place_start - HINT_WINDOW)
        stop = min(len(text), place_end + HINT_WINDOW)
        for match in pattern.finditer(text, start, stop):
            if match.end() >= stop and stop < len(text):
                break  # the window's end passed for the text's: the pattern's '$' cannot tell them apart
            if match.start() >= end:
                end = match.end()
                yield match


def _no_verb_in_place(text: str, words: list[str], lowercase: list[str]) -> bool:
    """'The traffic in the area already very heavy.', 'Most of them small boats without
    engines.': a statement of English words whose only verb-like words stand where a noun
    goes (after a determiner, a preposition, an adjective or a number), so the chunker finds no
    verb group (a copula or verb dropped by the source: Hebrew, Hungarian, Russian, Urdu, Malay).
    An imperative ('Go on foot.'), a subject pronoun (which brings its verb) and a name in
    front (a caption: 'Jane Doe and her husband.') leave a sentence alone."""
    if len(words) < PLACE_FREE_MIN_WORDS or any(word.casefold() in PERSONAL_PRONOUNS for word in words):
        return False  # 'For me, the best goal of the season.': speech, which drops verbs at will
    if any(
        word.casefold() in OBJECT_PRONOUNS_AFTER_OF and (index == 0 or words[index - 1].casefold() != "of")
        for index, word in enumerate(words)
    ):
        return False  # 'Give them a chance.': an object pronoun after its verb
    if LIST_LETTER.match(text):
        return False  # 'A. Check the cable.': a list item
    if ", and " in text or ", or " in text:
        return False  # 'Lots of shops, cafes, and bars.': a list written as a sentence on purpose
    first = words[0].casefold()
    if first not in FUNCTION_WORDS and not is_dictionary_word(first):
        return False  # a name in front
    if any(word_classes(word) & VERB_CLASSES and not word_classes(word) & NOMINAL_CLASSES for word in lowercase):
        return False  # 'rose', 'told': a word that can only be a verb (most sentences stop here)
    if any(not (word in FUNCTION_WORDS or is_dictionary_word(word) or zipf(word) >= COMMON_ZIPF) for word in lowercase):
        return False  # a word English does not have: another language, or a name ('euros' is common)
    tagged = tag(text)
    if not _opens_on_a_subject(tagged):
        return False
    in_noun_place: set[int] = set()  # the verb-like words that stand where a noun goes
    topic_comma = _topic_comma(tagged)
    for index, word in enumerate(tagged):
        if word.has("AUX", "MODAL"):
            return False
        if index > 1 and word.text[:1].isupper() and _common_noun_before(tagged[index - 1]):
            return False  # 'His wife Maria at his side.': a caption naming a person
        if index and word.has("FIN") and word.text[:1].islower() and not word.has("DET", "POSS", "PRON", "SUB", "GEN"):
            before = tagged[index - 1]
            # In a topic's comment, a word right after the comma ('The landlords, fine of 500
            # euros.': English never sets a verb off from its subject by a comma alone) or a base
            # form after a singular noun ('the weekday service'; before the comma, the subject may
            # be a plural the noun only modifies) is surely a noun: the chunker's verb group
            # there is overruled.
            surely_a_noun = topic_comma is not None and (
                index == topic_comma + 1 or index > topic_comma + 1 and base_after_singular_noun(before, word)
            )
            following = tagged[index + 1] if index + 1 < len(tagged) else None
            if word.lower in TIME_DETERMINERS and following is not None and following.lower in ADVERBIAL_NOUNS:
                continue  # 'Losses last year more than ...': 'last' heads a time phrase, no verb
            as_noun = (
                surely_a_noun
                or (before.has("DET", "POSS", "PREP", "NUM") and before.lower not in FLOATING_QUANTIFIERS)
                or (before.classes <= {"ADJ"} and before.lower not in PRONOUN_ADJECTIVES)
                or before.lower in ORDINAL_WORDS  # 'in the first quarter'
                # 'The water level in ...': the subject's head noun after its determiner and a singular noun
                or index == 2 and tagged[0].has("DET", "POSS") and base_after_singular_noun(before, word)
            )
            if not as_noun:
                return False  # 'The result lifts', 'Residents of the city use': may be the verb
            if surely_a_noun:  # not 'This works very well', 'The 65-year-old pointed': the chunker decides
                in_noun_place.add(word.start)
    return not any(
        group.kind in ("VERB", "INF") and group.words[0].start not in in_noun_place for group in chunk(tagged)
    )


def _topic_comma(tagged: list[Word]) -> int | None:
    """The index of the comma that closes an opening noun phrase ('The fare, ...'), if any."""
    if not tagged[0].has("DET", "POSS"):
        return None
    if any(word.lower in ("and", "or") and tagged[i - 1].text == "," for i, word in enumerate(tagged) if i):
        return None  # 'Lots of stores, cafes, and restaurants.': the commas of a list
    comma = next((i for i, word in enumerate(tagged) if word.text == ","), None)
    return comma if comma is not None and comma >= 2 and "NOUN" in tagged[comma - 1].classes else None


# Words that end one clause and open the next; an object after them starts a clause of its own.
CLAUSE_LINKS = frozenset("and but that because if when while although though since after before as".split())
CLAUSE_MARKS = frozenset(",;:()—–-")
# Verbs that take a reported clause with 'that' left out and never a noun object of their own
# ('She said the council ...'); a clause opens after them.
CLAUSE_TAKING_VERBS = frozenset(
    "said says added stated argued insisted believe believes believed think thinks thought".split()
)
OBJECT_OPENERS = frozenset("the a an his her its their our this these those my your".split())
# Before a subject, these make a comparison or a degree, whose clause may close on its verb.
DEGREE_BEFORE_SUBJECT = frozenset("how what however whatever matter so too than as".split())
TIME_NOUN_ENDS = frozenset("ago later earlier".split())
BE_FORMS = BE | frozenset(("isn't", "wasn't", "aren't", "weren't", "'s"))


# A word and a determiner (the opening of a noun phrase no preposition or verb governs, when the
# word is neither), and where the clause after it ends: a cheap test that a clause may close on
# a verb after its object (most sentences put a preposition or a verb before their noun phrases,
# or end on a noun, and stop here).
WORD_THEN_DETERMINER = regexes.compile(r"\b(\p{L}+) (?:the|a|an|his|her|its|their|our|this|these|those|my|your)\b")
CLAUSE_BOUNDARY = regexes.compile(r"\s*[,;:.!?)—–]| (?:" + "|".join(sorted(CLAUSE_LINKS)) + r")\b")
CLAUSE_SPAN = 100  # characters after the determiner where its clause may end


def _may_close_on_a_verb(text: str) -> bool:
    """Whether a clause of the sentence ends on a word that may be a verb, after a noun phrase
    that no preposition or verb governs."""
    for match in WORD_THEN_DETERMINER.finditer(text):
        before = word_classes(match.group(1))
        if before & OBJECT_GOVERNORS or not before & SUBJECT_ENDS:
            continue  # a noun phrase after a preposition or a verb; a subject ends on a noun
        boundary = CLAUSE_BOUNDARY.search(text, match.end(), match.end() + CLAUSE_SPAN)
        end = boundary.start() if boundary else min(len(text), match.end() + CLAUSE_SPAN)
        words = text[match.end() : end].split()
        last = words[-1] if words else ""
        if last.isalpha() and last.islower() and word_classes(last) & CLAUSE_FINAL_VERB_CLASSES:
            return True
    return False


OBJECT_GOVERNORS = frozenset({"PREP", "SUB", "CONJ", "DET", "AUX", "MODAL"})
SUBJECT_ENDS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADV"})
CLAUSE_FINAL_VERB_CLASSES = frozenset({"FIN", "BASE", "VBN", "VBG"})


def _clauses_of(words: list[Word]) -> list[list[Chunk]]:
    """A sentence's chunks cut at commas, colons, dashes, subordinators, 'and', 'but', 'that' and
    after a verb of saying or thinking."""
    clauses: list[list[Chunk]] = [[]]
    for item in chunk(words):
        first = item.words[0]
        if item.kind == "SUB" or item.kind == "OTHER" and (first.text in CLAUSE_MARKS or first.lower in CLAUSE_LINKS):
            clauses.append([])
        elif item.kind != "OTHER":
            clauses[-1].append(item)
            if item.kind == "VERB" and item.words[-1].lower in CLAUSE_TAKING_VERBS:
                clauses.append([])
    return clauses


# Quantifiers that stand for people as a subject ('Many fear', 'Most expect', 'Some say').
QUANTIFIER_SUBJECTS = frozenset("many most some few several others all both".split())


def _subject_object_verb(words: list[Word], clause: list[Chunk]) -> tuple[Chunk, Chunk] | None:
    """(subject, verb group) when the clause runs: adverbials, a subject, adverbials, a
    determined object, adverbs, and its verb group last (see _object_before_final_verb)."""
    position = len(clause) - 2
    while position >= 0 and clause[position].kind == "ADV":
        position -= 1
    if position < 1 or clause[position].kind != "NP":
        return None
    target = clause[position]
    if target.words[0].lower not in OBJECT_OPENERS or target.head.lower in ADVERBIAL_NOUNS:
        return None
    subject_at = 0
    while subject_at < position and (clause[subject_at].kind in ("PP", "ADV") or _time_phrase(clause[subject_at])):
        subject_at += 1
    subject = clause[subject_at]
    if subject_at >= position or subject.kind != "NP" or subject.head.lower in ADVERBIAL_NOUNS:
        return None
    if not subject.head.has("NOUN", "PROPN", "PRON") or subject.head.has("ADV"):
        return None  # 'so far the mayor has refused'
    if subject.words[0].lower in QUANTIFIER_SUBJECTS and subject.head.has("FIN") and len(subject.words) == 2:
        return None  # 'Many hope the talks will succeed': a quantifier, its verb and a clause
    for item in clause[subject_at + 1 : position]:
        if item.kind not in ("PP", "ADV") and not _time_phrase(item):
            return None
    if not LATIN_WORD.match(subject.words[0].text) or not LATIN_WORD.match(subject.head.text):
        return None  # a phrase of another script before the clause
    if _glued_to_previous(words, target.words[0]):
        return None  # 'Siniša' garbled to 'SiniÅ¡a': an 'a' inside a word is no article
    opening = subject.words[0].start
    before = [word.lower for word in words if word.end <= opening][-3:]
    if DEGREE_BEFORE_SUBJECT.intersection(before):
        return None  # 'how much the repair would cost', 'than the ministry expected'
    verb = clause[-1]
    if any(word.lower in BE_FORMS for word in verb.words):
        return None  # a copula or a passive closes English clauses too
    return subject, verb


def _verb_split_off(clause: list[Chunk]) -> list[Chunk]:
    """The clause with a verb the chunker ran into its last noun phrase split off again: in a
    clause with no verb group, 'their milk sell' after a subject is an object and its verb (a
    noun and verb word, 'sell', 'report', last). English closes no verbless clause on two noun
    phrases side by side."""
    last = clause[-1] if clause else None
    if last is None or last.kind != "NP" or len(last.words) < 3 or any(item.kind == "VERB" for item in clause):
        return clause
    verb = last.words[-1]
    if not verb.has("FIN") or not verb.text.islower() or is_plural_noun(verb) or verb.has("ADJ"):
        return clause  # 'their new cars': a plural is no verb after a plural-less subject
    subject = next((item for item in clause[:-1] if item.kind == "NP"), None)
    if last.words[0].lower not in OBJECT_OPENERS or subject is None:
        return clause
    opening = subject.words[0]
    if not (opening.lower in OBJECT_OPENERS or opening.lower in SUBJECT_PRONOUNS or opening.has("PROPN")):
        return clause  # 'Visit our corporate site', 'to win the audience vote': a verb, then its object
    return [*clause[:-1], Chunk("NP", last.words[:-1]), Chunk("VERB", [verb])]


LATIN_WORD = regexes.compile(r"[\p{Latin}\p{N}]")


def _glued_to_previous(words: list[Word], word: Word) -> bool:
    """Whether the word touches the one before it (no space between): a piece of a token."""
    index = words.index(word)
    return index > 0 and words[index - 1].end == word.start


def _time_phrase(item: Chunk) -> bool:
    """'Last year', 'two weeks later': a noun phrase of time, an adverbial."""
    return item.kind == "NP" and (item.head.lower in ADVERBIAL_NOUNS or item.words[-1].lower in TIME_NOUN_ENDS)


def _phrases(words: list[Word]) -> list[Chunk]:
    """The chunks of a clause without its punctuation ('OTHER' chunks)."""
    return [item for item in chunk(words) if item.kind != "OTHER"]


def _common_noun_before(word: Word) -> bool:
    """A lowercase noun ('wife', 'striker') right before a name: the name is its apposition."""
    return word.text.islower() and "NOUN" in word.classes and not word.has("PREP", "DET", "POSS")


# 'if the weather.': a closing subordinator, a determiner and at most three words.
SUBORDINATE_END = regexes.compile(
    r"(?:^|[,;]\s|\s)(?P<subordinator>if|when|because|although|though|unless|while|whereas)\s+"
    r"(?P<clause>(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+"
    r"(?P<place>\s+(?:in|on|at|under|near|behind|beside|inside|outside|above|below|along)\s+"
    r"(?:the|a|an|its|their|this|our)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?)\.$"
)
# A clause cut before its verb may keep a phrase of place ('because the quarry under the old
# square.'); after 'while' and 'whereas' that is English gapping ('while the rest in cash').
GAPPING_SUBORDINATORS = frozenset({"while", "whereas"})
AND_THAT_END = regexes.compile(
    r"\band (?P<subordinator>that) (?P<clause>(?:the|a|an|this|these|those|its|their|his|her|our)\s+"
    r"(?:[\p{L}\p{N}'’-]+\s+){0,6}[\p{L}\p{N}'’-]+)\.$"
)
CLOSING_SUBORDINATORS = frozenset("if when because although though unless while whereas".split())
DEGREE_PHRASES = ("a bit ", "a little ", "a lot ", "a tad ", "a touch ", "a shade ")
TOPIC_OPENERS = tuple(
    f"{word} " for word in "The A An This These Those Its Their His Her Our Such Most Many Some".split()
)
# 'The union, the offer ... did not accept.': a determined topic, one comma, the rest.
TOPIC_COMMA = regexes.compile(
    r"(?P<topic>(?:The|A|An|This|These|Those|Its|Their|His|Her|Our|Such|Most|Many|Some)\s[^,]{1,80}), "
    r"(?P<rest>[^,]+)\.$"
)


def _noun_position(before: Word, word: Word) -> bool:
    """Whether a word that may be a finite verb stands where a noun goes: after a determiner, a
    possessive or a preposition, after an adjective, or after a word that may be an adjective
    when it is no form a subject before it would take ('central station', not 'animal runs')."""
    if before.has("DET", "POSS", "PREP") or before.classes <= {"ADJ"}:
        return True
    return before.has("ADJ") and not verb_forms(word.lower) & {"VBZ", "VBD"}


def _noun_phrase_only(words: list[Word]) -> bool:
    """A determiner and words that all stand where a noun phrase's words go: no auxiliary, and
    no word that may be a verb after a noun ('if the deal goes')."""
    for index, word in enumerate(words[1:], 1):
        if word.has("AUX", "MODAL"):
            return False
        if word.has("FIN") and not _noun_position(words[index - 1], word):
            return False  # a verb after a noun ('the deal goes', 'the animal runs')
    return True


QUOTE_MARKS = frozenset('"“”«»„')
CLAUSE_OPENERS = frozenset("this that which who whom whose what how why".split())


@cache
def transitive_verb_forms() -> frozenset[str]:
    """Every form of the verbs of rules/data/transitive_verbs.txt."""
    text = (DATA / "transitive_verbs.txt").read_text(encoding="utf-8")
    lemmas = [word for line in text.splitlines() if not line.startswith("#") for word in line.split()]
    return forms_of_verbs(lemmas)


# Where a clause of a sentence starts: a comma, 'and', 'but', 'and that'.
CLAUSE_BREAK = regexes.compile(r", (?:and |but )?| and (?:that )?| but ")


def _clause_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch between clause breaks that ends at a comma or at the
    sentence's final stop (its stop left out)."""
    pieces = []
    start = 0
    for match in CLAUSE_BREAK.finditer(text):
        if text[match.start()] == ",":
            pieces.append((start, match.start()))
        start = match.end()
    if text.endswith("."):
        pieces.append((start, len(text) - 1))
    return pieces


BE_WORDS = regexes.compile(r"\b(?i:was|were|is|are|been|be|being)\b")
# Verbs news reports in the passive, about what happened to people and things ('were injured',
# 'was banned'): never a reporting verb ('the ministry announced') nor one English ends an
# object relative with ('the total they wanted').
PASSIVE_NEWS_VERBS = """injure kill wound arrest detain evacuate ban prohibit forbid suspend cancel postpone
damage destroy rescue displace hospitalise hospitalize allow permit deport sentence convict""".split()


@cache
def passive_news_verb_forms() -> frozenset[str]:
    """The past participles (and like-spelled past tenses) of PASSIVE_NEWS_VERBS."""
    return frozenset(form for form in forms_of_verbs(PASSIVE_NEWS_VERBS) if "VBN" in verb_forms(form))


def _may_end_a_clause_on_a_participle(text: str) -> bool:
    """A cheap test: one of the passive news verbs' participles before a comma or the final stop
    (str methods only: this runs on every sentence)."""
    forms = passive_news_verb_forms()
    pieces = text[:-1].split(",") if text.endswith(".") else text.split(",")[:-1]
    return any((words := piece.rsplit(None, 1)) and words[-1] in forms for piece in pieces)


# Words a subject may open on besides the determiners: 'Most of them', 'Many roads'.
SUBJECT_QUANTIFIERS = frozenset("most many some several few both".split())
APPROXIMATE = frozenset("about around nearly almost roughly approximately over some".split())
COMPARED_COUNTS = frozenset("more fewer less".split())  # 'more than 30,000 homes'
LEADING_PHRASES = 2  # 'At the hospital, instead, the situation ...': phrases skipped before the subject


def _opens_on_a_subject(tagged: list[Word]) -> bool:
    """Whether the statement, after at most two leading phrases closed by commas ('At the
    hospital, instead,'), opens on what a subject opens on: a determiner or possessive not
    heading a time ('This time'), a quantifier, a number, or a plural noun. A bare singular
    noun ('Thriller with ...', 'Wife Andrea at his side.'), an adjective or an adverb opens the
    verbless captions and review snippets English writes on purpose."""
    start = 0
    for _ in range(LEADING_PHRASES):
        if not tagged[start].has("PREP", "ADV") or tagged[start].has("DET") or _approximate_number(tagged, start):
            break
        comma = next((i for i in range(start, len(tagged)) if tagged[i].text == ","), None)
        if comma is None or comma + 1 >= len(tagged):
            return False
        start = comma + 1
    first = tagged[start]
    following = tagged[start + 1] if start + 1 < len(tagged) else None
    if first.has("DET", "POSS"):
        return first.lower not in FLOATING_QUANTIFIERS and (following is None or following.lower not in ADVERBIAL_NOUNS)
    if first.lower in SUBJECT_QUANTIFIERS or first.has("NUM"):
        return True
    # A plural noun that is no verb form: 'Runs for months.', 'Checks the cable.' drop their subject.
    return _approximate_number(tagged, start) or first.lower.endswith("s") and first.classes == {"NOUN"}


def _approximate_number(tagged: list[Word], index: int) -> bool:
    """'About 400 passengers', 'nearly 30 homes', 'more than 30,000 homes': a number of
    things, a subject's opening."""
    following = index + 1
    if tagged[index].lower in COMPARED_COUNTS and following < len(tagged) and tagged[following].lower == "than":
        following += 1
    elif tagged[index].lower not in APPROXIMATE:
        return False
    return following < len(tagged) and tagged[following].has("NUM")


Shape = tuple[int, int, str]


STARTER = r"(?:the|an?|this|these|those|its|their|his|her|our|my|your)\b"
# A sentence's noun phrase of up to six words, a comma and a relative pronoun ('The works, which').
RELATIVE_AFTER_SUBJECT = regexes.compile(
    r"(?P<subject>\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){1,5}), (?:which|who|whose) "
)
# Cheap text tests that decide which shapes are worth tagging the sentence for (most are not).
CUT_OFF_RE = regexes.compile(
    r"(?:\s(?:"
    + "|".join([*sorted(CUT_OFF_ENDINGS), *(f"as {quantity} as" for quantity in CUT_OFF_QUANTITY)])
    + r"|"
    + "|".join(UNSTRANDABLE_PREPOSITIONS)
    + r"|of)|,\s*(?:and |but )?(?:"
    + "|".join(DANGLING_SUBORDINATORS)
    + r")|\p{L}\s(?:"
    + "|".join(RELATIVES_AFTER_A_NOUN)
    + r"))\.$"
)
POSTPOSITION_RE = regexes.compile(r"\b(?:" + "|".join(NON_PARTICLE_PREPOSITIONS) + r") to \p{Ll}")
COPULA_RE = regexes.compile(r"\b(?:is|are|was|were) (\p{Ll}+) (?:the|an?) ")
# Plain ASCII: the standard library's engine gives the same matches, faster (a search per sentence).
MODALS_ALTERNATION = "will|would|can|could|shall|should|may|might|must"
LINKS_ALTERNATION = "and|but|as|because|while|when|if|since|until|so|after|before"  # NEXT_CLAUSE_WORDS
# A modal before a word that opens the next clause: a modal at a clause end, as before a mark.
MODAL_LINK_RE = re.compile(rf"\b(?:{MODALS_ALTERNATION}) (?:{LINKS_ALTERNATION})\b")
MODAL_END_RE = re.compile(rf"(?:{MODALS_ALTERNATION})(?: be)?[,;.!?]|{MODAL_LINK_RE.pattern}")
# A noun directly followed by the start of another noun phrase ("the city the snow", "Samsung its").
DISLOCATED_RE = regexes.compile(r", \p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*)* (?:it|them) ")
# Literal words some patterns need: a sentence without any of them cannot match, and a substring
# test costs a fraction of a regex search (these run on every sentence of every document).
COPULAS_SPACED = ("is ", "are ", "was ", "were ")
RELATIVE_WORDS = ("which ", "that ", "who ", "whom ")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word in text:
            return True
    return False


def _find_all(pattern: regex.Pattern, starts: re.Pattern, text: str) -> Iterator[regex.Match]:
    """The matches pattern.finditer(text) gives, tried only where starts matches: starts is a
    plain pattern that matches wherever pattern can begin (and more), which the standard
    library's engine finds several times faster than the regex module's engine finds pattern."""
    resume = 0
    for candidate in starts.finditer(text):
        if candidate.start() < resume:
            continue  # inside the last match: finditer does not look there
        match = pattern.match(text, candidate.start())
        if match is not None:
            resume = match.end()
            yield match


def _blank(match: regex.Match) -> str:
    return " " * len(match.group())


def sentence_shape(
    sentence: Span, detectors: list[source_order.Detector] | None = None, anchors: int | None = None
) -> Shape | None:
    """The first garbled shape found in the sentence: a cut-off end, an orphan relative clause,
    or source-language word order left in place. Cheap text tests pick the shapes to look for
    (for the word-order families, detectors picked by source_order.Candidates over the whole
    document), so that only a few sentences are tagged. anchors, when given, are the kinds of
    ShapeAnchors the sentence holds: a test whose anchor is missing cannot pass and is skipped."""
    text = sentence.text
    shapes = []
    if text.endswith(".") and CUT_OFF_RE.search(text[-16:]):
        shapes.append(cut_off_end)
    if text.startswith(("Which ", "Whose ", "Whom ")):
        shapes.append(orphan_relative)
    if _may_anchor(anchors, POSTPOSITION_ANCHOR) and " to " in text and POSTPOSITION_RE.search(text):
        shapes.append(lambda _sentence, words: postposition(words))
    opening = text.split(" ", 2)
    if (
        len(opening) > 1
        and (opening[1] in LINKING_VERBS or opening[0].lower() in LINKING_VERBS)
        or _may_anchor(anchors, COPULA_ANCHOR)
        and _may_hold(text, COPULAS_SPACED)
        and any(word_classes(match.group(1)) == {"ADJ"} for match in COPULA_RE.finditer(text))
    ):
        shapes.append(lambda _sentence, words: predicate_first(words))
    if _may_anchor(anchors, MODAL_ANCHOR) and MODAL_END_RE.search(text):
        shapes.append(lambda _sentence, words: modal_after_verb(words))
    if (
        _may_anchor(anchors, DISLOCATED_ANCHOR)
        and (" it " in text or " them " in text)
        and DISLOCATED_RE.search(text)
        or _may_stack_noun_phrases(text, anchors)
    ):
        shapes.append(lambda _sentence, words: clause_order(words))
    if detectors is None:
        detectors = source_order.detectors_for(text)
    if detectors:
        shapes.append(lambda _sentence, words: source_order.find(detectors, words))
    if _may_anchor(anchors, MODAL_ANCHOR) and AUXILIARY_END_RE.search(text):
        shapes.append(lambda _sentence, words: auxiliary_after_verb(words))
    if not shapes:
        return None
    words = tag(text, sentence.start)
    if len(words) < 3:
        return None
    for shape in shapes:
        found = shape(sentence, words)
        if found:
            return found
    return None


# Kinds of ShapeAnchors (bit flags): the text test of sentence_shape each one may let pass.
POSTPOSITION_ANCHOR, COPULA_ANCHOR, MODAL_ANCHOR, DISLOCATED_ANCHOR, TIMED_ANCHOR, STARTER_ANCHOR = (1, 2, 4, 8, 16, 32)


class ShapeAnchors:
    """Where in a text one of sentence_shape's whole-sentence tests may pass (a postposition, a
    predicate adjective, a modal at a clause end, a dislocated object, a timed relative clause),
    and where the first test of _may_stack_noun_phrases does pass (STARTER_ANCHOR), found by one
    search per pattern over the whole text. A sentence holding none, no detector and no garbled
    edge is not worth testing one pattern at a time, and one holding some needs only their
    tests. Each pattern is searched with every overlapping match, so that no match the sentence
    alone would give is missed."""

    def __init__(self, text: str, sentences: list[Span], neighbours: source_order.Neighbours | None = None) -> None:
        """neighbours, when given, are the text's own tokens: a pattern whose pair of words no
        two tokens form (a preposition before 'to', a copula two tokens before an article, a
        relative word before an article) cannot match, and is not searched for (most texts)."""
        found: list[tuple[int, int]] = []
        if neighbours is None or neighbours.after_any(("to",), NON_PARTICLE_PREPOSITIONS):
            found += [(match.start(), POSTPOSITION_ANCHOR) for match in POSTPOSITION_RE.finditer(text, overlapped=True)]
        if neighbours is None or source_order.ends_on_word(neighbours.before(("the", "a", "an"), 2), COPULA_WORDS):
            found += [
                (match.start(), COPULA_ANCHOR)
                for match in COPULA_ANCHOR_RE.finditer(text)
                if word_classes(match.group(1)) == {"ADJ"}
            ]
        found += [(match.start(), MODAL_ANCHOR) for match in MODAL_MARK_RE.finditer(text)]
        found += [(match.start(), MODAL_ANCHOR) for match in MODAL_LINK_RE.finditer(text)]
        found += [(match.start(), MODAL_ANCHOR) for match in AUXILIARY_END_RE.finditer(text)]
        found += [(match.start(), DISLOCATED_ANCHOR) for match in DISLOCATED_RE.finditer(text, overlapped=True)]
        # TIMED_OPENING_RE tests no word start: its first word may end any token.
        if neighbours is None or any(map(str.endswith, neighbours.before(STARTERS), repeat(TIMED_OPENERS))):
            found += [(match.start(), TIMED_ANCHOR) for match in TIMED_OPENING_RE.finditer(text)]
        found += [(start, STARTER_ANCHOR) for start in _noun_before_starter(text, sentences)]
        found.sort()
        self.offsets = [offset for offset, _ in found]
        self.kinds = [kind for _, kind in found]

    def within(self, sentence: Span) -> int:
        """The kinds of anchor within the sentence, or'ed together (0 for none)."""
        first = bisect_left(self.offsets, sentence.start)
        last = bisect_left(self.offsets, sentence.end, first)
        kinds = 0
        for kind in self.kinds[first:last]:
            kinds |= kind
        return kinds


# COPULA_RE for the standard library's faster engine, matching wherever COPULA_RE does and with
# the same word in its group: the word boundary is tested on ASCII only (a superset), and the
# word is any run of letters. Matches it passes over inside one of its matches hold an article
# as their word, never an adjective, so they give no anchor.
COPULA_ANCHOR_RE = re.compile(
    r"(?:is(?<![A-Za-z0-9_]is)|are(?<![A-Za-z0-9_]are)|was(?<![A-Za-z0-9_]was)|were(?<![A-Za-z0-9_]were))"
    r" ([^\W\d_]+) (?:the|an?) "
)


# Its copulas (each a whole word) as a set, for the token test of ShapeAnchors.
COPULA_WORDS = frozenset("is are was were".split())


# MODAL_END_RE found from its mark (the rarer character): the mark after a modal.
MODALS_BEFORE_MARK = "will would can could shall should may might must".split()
MODAL_MARK_RE = re.compile(
    "[,;.!?](?:" + "|".join(f"(?<={modal}.)|(?<={modal} be.)" for modal in MODALS_BEFORE_MARK) + ")"
)
# The opening words of TIMED_RELATIVE_RE: every match of it starts with them (a superset).
TIMED_OPENING_RE = re.compile(r"(?:which|that|who|whom) (?:the|an?|this|these|those|its|their|his|her|our|my|your) ")
TIMED_OPENERS = ("which", "that", "who", "whom")


def _may_anchor(anchors: int | None, kind: int) -> bool:
    """Whether a test may pass: every test may when the anchors are not known."""
    return anchors is None or bool(anchors & kind)


def _noun_before_starter(text: str, sentences: list[Span]) -> list[int]:
    """Offsets of an article or possessive right after a word that may end a noun phrase: the
    first test of _may_stack_noun_phrases, with the word before cut at its sentence's start as
    that test cuts it. One offset per sentence is enough, so the rest of a sentence's articles
    are not looked up (nor their words' classes computed)."""
    found = []
    done = -1  # the end of the last sentence with an offset
    starts = [sentence.start for sentence in sentences]
    for match in STARTER_ASCII_RE.finditer(text):
        end = match.start()
        if end < done:
            continue
        previous = text[text.rfind(" ", 0, end) + 1 : end]
        if not previous or not previous[-1].isalnum():
            continue  # the last character is the same however the word is cut
        if not previous.isalnum() and WHITESPACE_RE.search(previous):
            # A sentence starts after a space, a line break or another blank: cut the word there.
            floor = starts[max(0, bisect_right(starts, end) - 1)] if starts else 0
            previous = text[max(floor, end - len(previous)) : end]
        if _kind(previous) not in (NOUN_END, NOUN_OR_VERB):
            continue
        if match.end() < len(text) and not text[match.end()].isascii() and not STARTER_RE.match(text, end):
            continue  # the regex module's word boundary, which STARTER_RE has, decides there
        found.append(end)
        index = bisect_right(starts, end) - 1
        done = sentences[index].end if index >= 0 else -1
    return found


# STARTER_RE for the standard library's faster engine: its word boundary differs from the regex
# module's only before a character outside ASCII, where STARTER_RE itself decides.
STARTER_ASCII_RE = re.compile(r" (?:the|an?|this|these|those|its|their|his|her|our|my|your)(?![A-Za-z0-9_])")
WHITESPACE_RE = re.compile(r"\s")


# The words sentence_shape finds a sentence cut off after ("In the.", "..., where.").
CUT_OFF_SUFFIXES = tuple(
    f" {word}."
    for word in sorted(CUT_OFF_ENDINGS)
    + sorted(DANGLING_SUBORDINATORS)
    + sorted({preposition.rsplit(None, 1)[-1] for preposition in UNSTRANDABLE_PREPOSITIONS} | {"of"})
)


def _may_open_or_end_garbled(text: str) -> bool:
    """The tests of sentence_shape on a sentence's edges: a cut-off end, an orphan relative, a
    linking verb first or second ("Closed remain the schools")."""
    if text.endswith(CUT_OFF_SUFFIXES) or text.startswith(("Which ", "Whose ", "Whom ")):
        return True
    opening = text.split(" ", 2)
    return len(opening) > 1 and (opening[1] in LINKING_VERBS or opening[0].lower() in LINKING_VERBS)


WORD_OR_BREAK_RE = regexes.compile(r"[\p{L}\p{N}'’\-]+|[,;:()\"“”]")
STARTERS = frozenset("the a an this these those its their his her our my your".split())
# An adverb between a verb and its object ('visited also the hospital'): adverbs that do not end
# a clause, so that a new subject does not follow them ('When it rained again the roads flooded').
OBJECT_ADVERBS = ("also", "already", "sooner", "likewise")
VERB_ADVERB_OBJECT = regexes.compile(
    r"\b(?P<verb>\p{Ll}{3,}) (?P<adverb>" + "|".join(OBJECT_ADVERBS) + r") (?P<object>" + STARTER + r" \p{Ll}+)\b"
)
FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBN", "VBZ", "VBP", "VB"})
# Verbs after which an adverb and a noun phrase are English: the copulas and auxiliaries.
NOT_OBJECT_VERBS = frozenset(
    """was were are been being have has had does did become becomes became remain remains remained
    seem seems seemed appear appears appeared look looks looked feel feels felt sound sounds sounded
    stay stays stayed get gets got""".split()
)
# Words before a noun: after one of them the word before an adverb is a noun, not a verb.
BEFORE_A_NOUN = STARTERS | frozenset(("that", "of"))
NOUN_END, SURE_VERB, CLAUSE_START, PREPOSITION, NOUN_OR_VERB, OTHER = 1, 2, 3, 4, 5, 0


CALENDAR_WORDS = """January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday one two three four five six seven
eight nine ten twelve twenty hundred""".split()
# "which the government for ten years prepared": a relative clause with a time phrase inside.
TIMED_RELATIVE_RE = regexes.compile(
    r"\b(?:which|that|who|whom) (?:the|an?|this|these|those|its|their|his|her|our|my|your) "
    r"[^,;.]{0,60}?\b(?:for|during|since|in|over|at|on|by|after|before|with) [^,;.]{0,30}?"
    r"(?:\d|\b(?:years?|months?|weeks?|days?|decades?|hours?|times?|" + "|".join(CALENDAR_WORDS) + r")\b)"
)
STARTER_RE = regexes.compile(r" (?:the|an?|this|these|those|its|their|his|her|our|my|your)\b")


def _may_stack_noun_phrases(text: str, anchors: int | None = None) -> bool:
    """A noun directly followed by the start of another noun phrase before the clause's first
    sure verb ("the city the snow", "Samsung its"): the only sentences worth chunking. With the
    sentence's anchors given, a STARTER_ANCHOR tells that the first test passes."""
    if _may_anchor(anchors, TIMED_ANCHOR) and _may_hold(text, RELATIVE_WORDS) and TIMED_RELATIVE_RE.search(text):
        return True
    if anchors is None:
        if not _has_noun_before_starter(text):
            return False
    elif not anchors & STARTER_ANCHOR:
        return False
    return _stacking_walk(text)


def _has_noun_before_starter(text: str) -> bool:
    """An article or possessive right after a word that may end a noun phrase."""
    for match in STARTER_RE.finditer(text):
        end = match.start()
        previous = text[text.rfind(" ", 0, end) + 1 : end]
        if previous and previous[-1].isalnum() and _kind(previous) in (NOUN_END, NOUN_OR_VERB):
            return True
    return False


def _stacking_walk(text: str) -> bool:
    """The words of the sentence in order: a noun, then an article or possessive, before any
    sure verb of the clause."""
    # A clause that opens with a preposition or a verb cannot be "NP NP ... verb": it is dead.
    dead = verb_seen = previous_is_noun = previous_is_relative = False
    at_clause_start = True
    for token in WORD_OR_BREAK_RE.findall(text):
        lower = token.lower()
        if lower in STARTERS and previous_is_noun and not verb_seen and not dead:
            return True
        kind = _kind(token)
        if kind == NOUN_OR_VERB:
            # "the deal saw the sale", "that hosts the site": after a noun or a relative, a verb.
            kind = SURE_VERB if previous_is_relative else NOUN_END
        previous_is_relative = lower in RELATIVES
        if at_clause_start and kind != CLAUSE_START:
            dead = kind in (PREPOSITION, SURE_VERB)
            at_clause_start = False
        if kind == CLAUSE_START:
            verb_seen = False
            at_clause_start = True
        elif kind == SURE_VERB:
            verb_seen = True
        previous_is_noun = kind == NOUN_END
    return False


@lru_cache(maxsize=50_000)
def _kind(token: str) -> int:
    if not token[:1].isalnum():
        return CLAUSE_START
    classes = word_classes(token, False)
    if "SUB" in classes and "PREP" not in classes:
        return CLAUSE_START
    if not classes.isdisjoint(("AUX", "MODAL")) or "FIN" in classes and classes.isdisjoint(("NOUN", "ADJ")):
        return SURE_VERB
    if "PREP" in classes:
        return PREPOSITION
    if "VBG" in classes or not classes.isdisjoint(("DET", "POSS", "PRON", "CONJ", "NEG")):
        return OTHER  # a determiner or pronoun, or a participle phrase ("spotting the next victim")
    if token[:1].isupper():
        return NOUN_END
    if not _ends_noun_phrase(token):
        return OTHER
    return NOUN_OR_VERB if "FIN" in classes else NOUN_END


@lru_cache(maxsize=50_000)
def _ends_noun_phrase(word: str) -> bool:
    """Whether a word can close a noun phrase (a noun, a name, a number) and is not surely a verb."""
    classes = word_classes(word, word[:1].isupper())
    if not classes.isdisjoint(("DET", "POSS", "PREP", "CONJ", "SUB", "AUX", "MODAL", "NEG", "PRON")):
        return False
    return not classes.isdisjoint(("NOUN", "PROPN", "NUM", "GEN"))


def cut_off_end(sentence: Span, words: list[Word]) -> Shape | None:
    """'Ticket sales fell last spring, in the.': a sentence that stops on a function word."""
    if words[-1].text != "." or sentence.text.endswith(".."):
        return None
    last, before = words[-2], words[-3]
    if last.lower in CUT_OFF_ENDINGS and last.text.islower():
        return sentence.start, sentence.end, f"sentence cut off after '{last.text}'"
    if last.lower in DANGLING_SUBORDINATORS and (
        before.text == "," or before.lower in ("and", "but") and len(words) > 3 and words[-4].text == ","
    ):
        return sentence.start, sentence.end, f"sentence cut off after '{last.text}'"  # ', where.', ', and who.'
    if last.lower in RELATIVES_AFTER_A_NOUN and last.text.islower() and _noun_only(before):
        return sentence.start, sentence.end, f"sentence cut off after '{last.text}'"  # 'for drivers who.'
    ending = " ".join(word.lower for word in words[-4:-1])
    for preposition in UNSTRANDABLE_PREPOSITIONS:
        if ending == preposition or ending.endswith(" " + preposition):
            return sentence.start, sentence.end, f"sentence cut off after '{preposition}'"
    if last.lower == "as" and before.lower in CUT_OFF_QUANTITY and len(words) > 3 and words[-4].lower == "as":
        return sentence.start, sentence.end, f"sentence cut off after 'as {before.text} as'"
    noun_before = _noun_only(before) or before.has("NOUN") and len(words) > 3 and words[-4].has("DET", "POSS")
    if last.lower == "of" and noun_before and before.text.islower() and not _strands_of(words):
        return sentence.start, sentence.end, "sentence cut off after 'of'"  # 'for the repair of.'
    return None


# Words before a stranded 'of' that make it English: 'the party he is a member of.', 'what it
# consists of.'
STRANDING_WORDS = frozenset("he she they we i you it who whom which that what whatever".split())


def _strands_of(words: list[Word]) -> bool:
    """Whether a clause with its own subject or a relative word stands in the six words before a
    final 'of' ('the union she is the head of.'), so the preposition is stranded on purpose."""
    return any(word.lower in STRANDING_WORDS for word in words[-9:-3])


def _topic_head(phrase: str) -> str:
    """The head noun of a topic: its last word before any preposition ('measures' in 'The
    measures of Friday')."""
    words = tag(phrase)
    for index, word in enumerate(words[1:], 1):
        if word.has("PREP"):
            return words[index - 1].lower
    return words[-1].lower


def _inside_another(findings: list[Finding]) -> set[int]:
    """The numbers of the findings whose span lies inside another's wider span, in one sweep by
    start (a long garbled document may hold thousands)."""
    order = sorted(range(len(findings)), key=lambda number: (findings[number].start, -findings[number].end))
    inside: set[int] = set()
    widest: tuple[int, int] | None = None
    for number in order:
        span = (findings[number].start, findings[number].end)
        if widest is not None and span[1] <= widest[1] and span != widest:
            inside.add(number)
        elif widest is None or span[1] > widest[1]:
            widest = span
    return inside


def _has_a_verb(phrase: str) -> bool:
    """Whether a word after the first may only be a verb ('The older ones know the saying')."""
    return any(word.has("FIN", "AUX", "MODAL") and not word.has("NOUN", "ADJ") for word in tag(phrase)[1:])


def _noun_only(word: Word) -> bool:
    """A common noun that is no verb, adjective or function word ('drivers', 'fans', not 'asked')."""
    return word.has("NOUN") and not word.has("BASE", "VBN", "VBG", "ADJ", "PREP", "PRON", "DET", "SUB", "ADV")


def orphan_relative(sentence: Span, words: list[Word]) -> Shape | None:
    """'Which the fishermen, since spring.': a relative clause standing alone, without a verb."""
    if words[0].lower not in ORPHAN_OPENERS or words[-1].text != ".":
        return None
    if any(word.has("FIN", "AUX", "MODAL") for word in words[1:]):
        return None
    return sentence.start, sentence.end, "orphan relative clause without a verb"


def postposition(words: list[Word]) -> Shape | None:
    """'to get past the group stage' left as 'the group stage beyond to get' (a postposition)."""
    for index in range(len(words) - 2):
        word, infinitive, verb = words[index : index + 3]
        if (
            index
            and words[index - 1].has("NOUN", "NUM", "PROPN", "ADJ")
            and not words[index - 1].has("VBN", "FIN")
            and word.lower in NON_PARTICLE_PREPOSITIONS
            and word.text.islower()
            and infinitive.lower == "to"
            and verb.has("BASE")
            and not verb.has("DET", "POSS", "PRON", "NUM")
        ):
            start = max(0, index - 6)
            return words[start].start, verb.end, f"preposition after its object ('{word.text} to {verb.text}')"
    return None


# 'did' or 'had' right after a verb in -ed and before a clause break: see auxiliary_after_verb
# ('has' and 'have' there are _source_order's participle-before-auxiliary check's).
AUXILIARY_END_RE = re.compile(rf"[a-z]ed (?:did|had)(?:[,;.!?]| (?:{LINKS_ALTERNATION})\b)")


def auxiliary_after_verb(words: list[Word]) -> Shape | None:
    """'the councillors to the proposal opposed did,', 'the suspect the victim with a knife
    threatened had and': the auxiliary after its verb at the clause end (Hindi, Urdu, Dutch and
    German order). English ends a clause on 'did' or 'had' only after its subject ('as they did')."""
    for index in range(1, len(words) - 1):
        verb, auxiliary, after = words[index - 1], words[index], words[index + 1]
        if auxiliary.lower not in ("did", "had") or not verb.text.islower():
            continue
        if not (after.text in ",;.!?" or after.lower in NEXT_CLAUSE_WORDS):
            continue
        if verb.has("VBD", "VBN") and verb.text.endswith("ed") and not verb.has("NOUN", "PRON", "DET", "PREP"):
            message = f"'{auxiliary.text}' after its verb ('{verb.text} {auxiliary.text}')"
            return words[max(0, index - 8)].start, auxiliary.end, message
    return None


# Words that open the next clause, after which a verb-final clause ends as at a comma
# ('people ... outside avoid should as temperatures rise').
NEXT_CLAUSE_WORDS = frozenset(LINKS_ALTERNATION.split("|"))


def modal_after_verb(words: list[Word]) -> Shape | None:
    """'that the minister the law approve will.': a modal after its verb, at the clause end;
    'boats to the shore immediately return should.' (a verb that may be a noun, after an
    adverb in -ly); 'whether the vote before summer held can be,' (a participle, modal, 'be')."""
    for index in range(1, len(words) - 1):
        verb, modal, after = words[index - 1], words[index], words[index + 1]
        if not (modal.has("MODAL") and modal.text.islower() and verb.text.islower()):
            continue
        if after.text == "be" and index + 2 < len(words) and words[index + 2].text in ",;.!?":
            if verb.has("VBN") and not verb.has("NOUN", "ADJ", "ADV", "AUX", "PRON", "PREP", "DET", "NEG"):
                return (
                    words[max(0, index - 8)].start,
                    words[index + 1].end,
                    (f"modal after its verb ('{verb.text} {modal.text} be')"),
                )
            if verb.classes == {"ADJ"} and index >= 2 and not words[index - 2].has("ADV", "PRON", "SUB"):
                # 'The new timetable from Monday valid will be.' (Turkish, Japanese, Korean order)
                return (
                    words[max(0, index - 8)].start,
                    words[index + 1].end,
                    (f"'{modal.text} be' after its adjective ('{verb.text} {modal.text} be'): verb-final order"),
                )
            continue
        if not (after.text in ",;.!?" or after.lower in NEXT_CLAUSE_WORDS) or not verb.has("BASE"):
            continue
        after_adverb = index >= 2 and words[index - 2].text.endswith("ly") and words[index - 2].has("ADV")
        blocking = (
            ("ADJ", "ADV", "AUX", "PRON", "PREP", "DET", "NEG")
            if after_adverb
            else ("NOUN", "ADJ", "ADV", "AUX", "PRON", "PREP", "DET", "NEG")
        )
        if not verb.has(*blocking):
            start = max(0, index - 8)
            return words[start].start, modal.end, f"modal after its verb ('{verb.text} {modal.text}')"
    return None


def predicate_first(words: list[Word]) -> Shape | None:
    """'Closed remain the schools' (verb-first order) and 'for pensioners is valid the discount'."""
    first, second, third = words[0], words[1], words[2]
    if first.lower in LINKING_VERBS and second.has("ADJ", "VBN") and not second.has("DET", "PREP") and third.has("DET"):
        # "Remain closed the border crossings": the verb, its complement, then the subject.
        return (
            first.start,
            _clause_end(words, 2),
            f"verb before its subject ('{first.text} {second.text} {third.text}')",
        )
    if (
        first.has("ADJ", "VBN")
        and not first.has("DET", "PRON", "PREP", "NUM")
        and first.classes != {"ADV"}
        and second.lower in LINKING_VERBS
        and third.has("DET", "POSS")
    ):
        return (
            first.start,
            _clause_end(words, 2),
            f"verb before its subject ('{first.text} {second.text} {third.text}')",
        )
    for index in range(len(words) - 2):
        verb, adjective, article = words[index : index + 3]
        if verb.lower in BE and adjective.classes == frozenset({"ADJ"}) and article.lower in ARTICLES:
            if adjective.lower in PREDICATE_PREPOSITIONS or index and words[index - 1].has("PRON"):
                continue
            clause_end = _clause_end(words, index + 2)
            if any(_surely_verb(word) for word in words[index + 3 :] if word.start < clause_end):
                continue  # "it is likely the talks will fail": a that-clause without 'that'
            start = max(0, index - 8)
            return (
                words[start].start,
                _clause_end(words, index + 2),
                (f"subject after its predicate ('{verb.text} {adjective.text} {article.text}')"),
            )
    return None


def _surely_verb(word: Word) -> bool:
    """A finite verb whatever its context: an auxiliary, or a verb form that is no noun,
    adjective or participle ('reduced' in 'the reduced fare' is not counted)."""
    return word.has("AUX", "MODAL") or word.has("FIN") and not word.has("NOUN", "ADJ", "PROPN", "VBN")


# Adjectives that take a noun phrase like a preposition ("is worth the wait").
PREDICATE_PREPOSITIONS = frozenset("worth like near unlike opposite due next".split())


def _clause_end(words: list[Word], index: int) -> int:
    """End offset of the clause that contains words[index] (the next comma or the sentence end)."""
    for word in words[index:]:
        if word.text in ",;:.!?":
            return word.start
    return words[-1].end


def clause_order(words: list[Word]) -> Shape | None:
    """Verb-final and object-first clauses: two noun phrases before a clause's only verb."""
    pieces = clauses(words)
    for number, piece in enumerate(pieces):
        if number:
            shape = _dislocated_object(piece)
            if shape:
                return shape
        chunks = chunk(piece)
        # A piece after a comma starts a clause only after an introductory phrase ("According to
        # the forecast, ..."); after a main clause it is an apposition or a participle phrase.
        opens_clause = (
            number == 0 or pieces[number - 1][0].has("PREP", "SUB") or pieces[number - 1][0].lower in INTRODUCERS
        )
        for segment, after_relative in _segments(chunks, opens_clause):
            shape = _stacked_noun_phrases(segment) or (after_relative and _verb_after_adverbial(segment))
            if shape:
                return shape
    return None


INTRODUCERS = frozenset("according as in on at for after before by with".split())
# Question words front their object in English ("how much money a film takes"): not a clause start.
WH_WORDS = frozenset("what how why whatever however".split())


def _segments(chunks: list[Chunk], opens_clause: bool) -> list[tuple[list[Chunk], bool]]:
    """Chunk runs that start a clause: the piece's start and whatever follows a subordinator."""
    segments: list[tuple[list[Chunk], bool]] = [(chunks, False)] if opens_clause else []
    for index, item in enumerate(chunks):
        opener = item.words[0]
        # "after the vote the ...": a word that may be a preposition is no sure clause start.
        if item.kind == "SUB" and index + 1 < len(chunks) and opener.lower not in WH_WORDS and not opener.has("PREP"):
            segments.append((chunks[index + 1 :], item.words[0].lower in RELATIVES))
    return segments


def _is_verb(item: Chunk) -> bool:
    return item.kind == "VERB"


def _stacked_noun_phrases(segment: list[Chunk]) -> Shape | None:
    """'that the city the new line next spring will open': NP NP ... VERB, clause-final."""
    if len(segment) < 3 or segment[0].kind != "NP" or segment[1].kind not in ("NP", "PP"):
        return None
    first = segment[0]
    if not first.words[-1].has("NOUN", "PROPN", "NUM", "GEN"):
        return None
    bare = first.words[0]
    if not bare.has("PROPN", "DET", "POSS", "GEN", "NUM"):
        unknown = bare.text.islower() and not is_dictionary_word(bare.text)
        # A verb-like first word ("Make", "Saw") is a verb; a plural such as "Prices" is not.
        verb_like = (
            bare.has("BASE")
            or bare.has("ADV")
            and len(first.words) == 1
            or bare.has("FIN")
            and "VBD" in verb_forms(bare.lower)
        )
        if verb_like or len(first.words) == 1 and bare.has("ADJ") or len(bare.text) < 3 or unknown:
            return None  # "Make a film", "Hold down the keys", "saw its profits": a verb, not a subject
    if first.head.lower in CONTENT_NOUNS:
        return None  # "the fact the talks failed": a that-clause without 'that'
    if first.head.lower in ADVERBIAL_NOUNS or len(first.words) == 1 and first.words[0].has("PRON"):
        return None
    noun_phrases = 0
    for position, item in enumerate(segment):
        if item.kind == "NP":
            if item.words[0].has("PRON") and not item.words[0].has("POSS", "DET"):
                return None  # "the thing he said": a relative clause without 'that'
            if zipf(item.head.text) == 0:
                return None  # an unknown word: a foreign sentence, not English word order
            if item.head.lower in ADVERBIAL_NOUNS or item.head.lower in DEICTIC_TIMES:
                continue  # "next week", "yesterday": a time adverbial, not an argument
            if position and not _is_definite(item):
                return None  # "workers most affected", "all have": not a second subject
            if position == 1 and first.words[-1].text[:1].isupper() and item.words[0].lower == "the":
                return None  # "Ivan the Terrible"
            if item.head.lower not in ADVERBIAL_NOUNS:
                noun_phrases += 1
        elif item.kind == "VERB":
            if item.words[0].has("PRON"):
                return None  # "that's", "we've": a new subject, so a new clause
            if noun_phrases < 2 or any(_is_verb(later) for later in segment[position + 1 :]):
                return None
            if not any(word.has("FIN", "AUX", "MODAL") for word in item.words):
                return None
            return (
                first.words[0].start,
                item.words[-1].end,
                "verb after two noun phrases: source word order left in place",
            )
        elif item.kind not in ("PP", "ADV"):
            return None
    return None


# Nouns that take a clause ("the news the plant will close"), where English may drop 'that'.
CONTENT_NOUNS = frozenset(
    """fact news confirmation claim claims belief hope hopes fear fears sign signs evidence idea
    suggestion assurance assurances warning warnings announcement knowledge view notion proof
    possibility chance risk likelihood expectation expectations report reports rumours rumors
    promise promises argument assumption impression feeling sense concern concerns""".split()
)
STRONG_DETERMINERS = ARTICLES | frozenset("this these those".split())


def _is_definite(item: Chunk) -> bool:
    """A noun phrase that can only be an argument: with an article, a possessive or a name."""
    first = item.words[0]
    return first.lower in STRONG_DETERMINERS or first.has("POSS", "GEN", "PROPN", "NUM")


def _verb_after_adverbial(segment: list[Chunk]) -> Shape | None:
    """'which the mayor for six years defended,': a time phrase before a clause-final verb."""
    if len(segment) < 3 or segment[0].kind != "NP" or segment[-1].kind != "VERB":
        return None
    if not _is_definite(segment[0]) or segment[0].words[0].has("NUM"):
        return None
    middle = segment[1:-1]
    if not middle or any(item.kind not in ("PP", "ADV") for item in middle):
        return None
    timed = any(
        item.kind == "PP" and any(word.has("NUM") or word.lower in ADVERBIAL_NOUNS for word in item.words)
        for item in middle
    )
    verb = segment[-1].words[-1]
    if not timed or not verb_forms(verb.lower) & {"VBD", "VBN", "VBZ", "VBP"}:
        return None
    return segment[0].words[0].start, verb.end, "clause-final verb after a time phrase: source word order left in place"


def _dislocated_object(piece: list[Word]) -> Shape | None:
    """'The penalty, Name it has converted': a name, then an object pronoun, then the verb."""
    if len(piece) < 4:
        return None
    names = 0
    while names < len(piece) and piece[names].has("PROPN"):
        names += 1
    if names == 0 or names + 1 >= len(piece):
        return None
    pronoun, verb = piece[names], piece[names + 1]
    if (
        pronoun.lower in DISLOCATED_PRONOUNS
        and pronoun.text.islower()
        and verb.has("AUX", "FIN")
        and not verb.has("NOUN")
    ):
        return (
            piece[0].start,
            _clause_end(piece, names + 1),
            f"object pronoun '{pronoun.text}' after the subject: word order left in place",
        )
    return None
