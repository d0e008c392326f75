"""FR001: cut-off sentences and source-language word order, on sentences written for these tests."""

from pathlib import Path

import pytest
from conftest import lint_text, spans

from newslint.grammar import chunk, clauses, forms_of_verbs, tag, third_person, verb_forms


def found(text: str) -> list[str]:
    return spans(text + "\n", "FR001")


# --- cut-off sentences and orphan clauses -------------------------------------------------


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("The council met on Friday to vote on the budget. Because of the.", "Because of the."),
        ("Ticket sales fell sharply last spring, in the.", "Ticket sales fell sharply last spring, in the."),
        ("Farmers say the drought is the worst in decades. Mainly in the valleys, where.", "where."),
        ("The union wants higher pay and shorter hours and. Talks resume on Monday.", "shorter hours and."),
        ("The museum stayed open to visitors, including. Tickets were free.", "including."),
        ("Sales of new cars rose by a fifth compared to. Dealers were pleased.", "compared to."),
        # A relative pronoun right after its noun: the relative clause was cut (Dutch, Czech sources).
        ("New cameras at the exits, and higher fines for lorry drivers who. The plan starts in May.", "drivers who."),
    ],
)
def test_sentence_cut_after_a_function_word(text: str, fragment: str) -> None:
    assert any(fragment in span for span in found(text))


def test_orphan_relative_clause_without_a_verb() -> None:
    text = "Tourists crowded the old port all summer. Which the fishermen, for decades. The town council is divided."
    assert found(text) == ["Which the fishermen, for decades."]


def test_finished_sentences_that_end_on_small_words_are_left_alone() -> None:
    text = (
        "The lights went out. Nobody knew what the fuss was about. That is what the fund is for.\n\n"
        'She did not say which. It was the kind of match the fans had hoped for. "Is it over?" he asked.\n\n'
        "The minister was asked about the plan, which she said she knew little of.\n\n"
        "Officials said the rise in cases was concerning.\n\n"
        "Nobody at the club would say exactly who. The fee depends on who. Nobody knows quite which.\n"
    )
    assert found(text) == []


# --- source word order ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, start",
    [
        # Verb-final subordinate clause (German, Hungarian, Turkish).
        ("Officials said that the city the new tram line next spring will open.", "the city the new tram line"),
        # Subject, object, then verb (Korean, Japanese, Persian).
        ("The ministry this proposal for budget reasons has rejected, a spokesman said.", "The ministry this proposal"),
        ("Toyota its new hybrid model European buyers still has not shown.", "Toyota its new hybrid model"),
        # Object first, then subject and verb (Russian, Polish, Ukrainian).
        ("The ice from the pavements the council promises to clear by Friday.", "The ice from the pavements"),
        # German subordinate clause with a negated final verb.
        ("He resigned because the minister the report not read had.", "the minister the report"),
        # Object first with an adjective (Polish, Russian).
        ("Higher tolls the coalition will not accept, the party leader said.", "Higher tolls the coalition"),
        # A relative clause with a time phrase before its final verb (Czech, Hindi).
        ("The plan, which the mayor for almost six years defended, was dropped.", "the mayor for almost six years"),
        # A counted time ('within twenty minutes') before the object and the final verb (Hindi, Turkish).
        ("The lifeboat crew within twenty minutes the two swimmers rescued, the coastguard said.", "The lifeboat crew"),
    ],
)
def test_verb_final_and_object_first_clauses(text: str, start: str) -> None:
    assert any(span.startswith(start) for span in found(text)), found(text)


def test_predicate_before_subject() -> None:
    assert found("Closed remain the schools in the flooded districts, officials said.") == [
        "Closed remain the schools in the flooded districts"
    ]
    assert any(span.startswith("Remain shut the") for span in found("Remain shut the mountain passes in the north."))
    # Croatian / Serbian: "for X is valid the Y" (the rule applies to X).
    assert any("is valid the" in span for span in found("For pensioners is valid the reduced fare as last year."))


def test_postposition_and_dislocated_object() -> None:
    assert any("beyond to reach" in span for span in found("The club hopes the last sixteen beyond to reach."))
    # Italian / Spanish clitic left in place: "the goal, Name it has scored".
    text = "The winning goal, Mbappé it has scored with a header in the last minute."
    assert any(span.startswith("Mbappé it has scored") for span in found(text))


def test_modal_after_its_verb() -> None:
    assert any("approve will" in span for span in found("He said that the senate the treaty approve will."))


@pytest.mark.parametrize(
    "text",
    [
        # Reduced relatives and dropped 'that' are ordinary English.
        "The money the government spent on the stadium was wasted.",
        "The deal the two companies signed in March is worth $2bn.",
        "Last year the company reported a loss of 3 million euros.",
        "The fact the talks failed surprised nobody.",
        "This means the price of bread will rise again.",
        "He said the plan would work, and the board agreed.",
        # Names, titles and appositions.
        "Russia's foreign minister Sergei Lavrov said the talks would continue.",
        "US Secretary of State Antony Blinken is expected in Cairo on Tuesday.",
        "Martin Scorsese's film The Aviator won five awards.",
        "Ivan the Terrible was crowned in 1547.",
        # Inversions English allows, and topicalised quotes.
        "Gone are the days when a ticket cost a pound.",
        '"This one I will treasure always," the coach said.',
        "It is worth the wait, according to critics.",
        "We are pleased the premier is visiting, she said.",
        # Stranded prepositions and phrasal verbs.
        "Three menus can be picked from to suit every budget.",
        "The side went on to lift the trophy in May.",
        "Press and hold the Shift key, then tap Enter twice.",
    ],
)
def test_ordinary_english_word_order(text: str) -> None:
    assert found(text) == []
    # Inside running text too: the sentence checks skip a line that is a single sentence.
    assert found(f"The council met on Monday. {text} The session ended.") == []


def test_headlines_are_not_analysed() -> None:
    assert found("Government this plan rejects") == []


# --- source word order, family by family (sentences written for these tests) ---------------

GERMAN_VERB_FINAL = [
    "As the spokesman of the ministry on Friday in Bonn confirmed, will the airport close.",
    "Because the prices for heating oil since October by 12 percent rose, many households saved.",
    "Although the club last season in the league only tenth finished, the coach stays.",
    "The figures show that exports in the first half by 3.1 percent fallen are.",
    "It is unclear whether the ministry the contract already before the election signed.",
    "When the minister on Thursday in Brussels arrived, the talks had already begun.",
    "He said that the factory since 2019 at a loss operated.",
    "The mayor confirmed that the bridge until December closed remains.",
    "The chairman said that demand for steel strong remains.",
    # The subject after a fronted time phrase, then the object before the verb (Turkish, Korean, Dutch).
    "On Monday the ministry a new plan for the railways presented.",
    "In May the council a new bridge over the river opened.",
]
GERMAN_VERB_FINAL_ENGLISH = [
    "As the minister explained on Tuesday in Berlin, the new rules will apply from January.",
    "Because the weather in May was poor, the harvest was late.",
    "When I arrived in London in 1990, the city was different.",
    "The central bank on Tuesday raised interest rates by a quarter point.",
    "Prices in Germany in March rose by 2 percent.",
    "Rents in the capital over the past year also rose.",
    "If the talks fail, the strike will start on Monday.",
    "Nobody knew how tired the players were.",
    "Critics say the economy grew faster than the market can.",
    "The results were better than expected, as the chairman had predicted.",
]

STRANDED_VERBS = [
    "The government has the plan for the new motorway yesterday in the cabinet approved.",
    "The ministers have in Brussels a compromise on the asylum rules reached.",
    "Employers will from next year higher contributions to the pension fund pay.",
    "The tenants must the apartments within four weeks leave.",
    # an infinitive that could be a noun ('change', 'rise') is one after an adverb
    "The council must the parking law fundamentally change.",
    # Dutch: a weekday ends its phrase, so the object after it is seen ('on Friday new rules')
    "The council has on Friday new parking rules approved.",
    "The bridge was in the nineteenth century by Italian engineers built.",
    "The museum is since March for renovation closed.",
    "The police have the suspect after a chase through the old town arrested.",
    "Farmers can in future their fields with drones monitor.",
    '"We have the warnings of the scientists always seriously taken," she said.',
    "Should the new tariffs already from April apply, prices will rise.",
]
STRANDED_VERBS_ENGLISH = [
    "She had her passport confiscated.",
    "They had their homes destroyed in the war.",
    "We have two games left.",
    "The problem is in the areas affected.",
    "He was at the time unemployed.",
    "The decision was in no way connected to the election.",
    "The company will in future publish its results every quarter.",
    "Should the talks fail, the strike will go ahead.",
    "Will the government survive the vote?",
    "The club had the stadium rebuilt in 2005.",
    "The team has over the years won many titles.",
    "The players were clearly more motivated.",
    "Workers must first repair the damaged pipes.",
]

VERB_SECOND = [
    "Meanwhile criticised the opposition the plans of the government.",
    "On Thursday announced the company the closure of two plants.",
    "In March rose the unemployment rate to 6.1 percent.",
    "Yesterday evening met the chancellor the prime ministers of the states.",
    "Nevertheless holds the central bank its course.",
    "In 2022 was the inflation in the euro area higher than ever.",
    "Moreover has the court the appeal rejected.",
    "At the weekend were the roads in the north extremely icy.",
]
VERB_SECOND_ENGLISH = [
    '"We have to act now," said the minister.',
    "Among the dead was a local journalist.",
    "Here comes the hard part.",
    "So did the French president.",
    "Only then did the police arrive.",
    "Never have we seen such a crowd in this town.",
    "In the corner stood an old piano.",
    "Into the room walked the prime minister.",
    "Then came the floods of 2013.",
    "Last year saw the biggest fall in house prices since 2008.",
    "Today marks the tenth anniversary of the attack.",
    "In a letter sent the next morning, the mayor apologised.",
    "Around 300 farmers joined the protest.",
    "At least that's what the fans believe.",
    "Also present was the mayor.",
    "Such were the conditions in the camps.",
]

VERB_FINAL_POSTPOSITIONS = [  # Japanese, Korean, Turkish
    "The prime minister the new economic package yesterday announced.",
    "The company Seoul in its new headquarters opened.",
    "Toyota last year 10 million vehicles sold.",
    "The Osaka in held meeting ended without agreement.",
    "Exports to China the first quarter in fell sharply.",
    "The on Monday published report warns of a recession.",
    "The mayor Izmir in his new metro line opened.",
    "Samsung this year two new factories in Texas built.",
]
VERB_FINAL_POSTPOSITIONS_ENGLISH = [
    "The people he spoke to were angry.",
    "That is the city she grew up in.",
    "It was the day after.",
    "He left the week before.",
    "The man in charge said nothing.",
    "The meeting in Osaka ended without agreement.",
    "Students in rented rooms pay more.",
    "The figures were published in a report on Monday.",
]

HINDI_BENGALI = [
    "Prime Minister Modi on Tuesday Varanasi in a new bridge inaugurated.",
    "The farmers their crops for better prices demanded.",
    "Bangladesh in the first innings 245 runs scored.",
    "The court the bail plea of the accused rejected.",
    "The chief minister on Friday in Patna 500 new buses launched.",
    "The students their results against protested.",
    "The board in the last meeting 40 new posts approved.",
    "The team in the second match 310 runs made.",
]
HINDI_BENGALI_ENGLISH = [
    "The prime minister inaugurated the bridge in Varanasi on Tuesday.",
    "Bangladesh scored 245 runs in the first innings.",
    "The court rejected the bail plea on Monday.",
    "Farmers demanded better prices for their crops.",
    "In the first innings Bangladesh scored 245 runs.",
    "The money the government spent on the stadium was wasted.",
    "The chief minister, who arrived in Patna on Friday, launched 500 new buses.",
    "Last year the company sold 10 million vehicles.",
]

CHINESE = [
    "He in Beijing with the visiting delegation held talks.",
    "She to the reporters said that the plan would go ahead.",
    "They to the new policy also have opinions.",
    "We at the conference with experts exchanged views.",
    "The factory produced 3 pieces machines per hour.",
    "They in Shanghai a new research centre opened.",
    "The shop sold 20 sets furniture last month.",
    "She at the airport to the waiting fans waved.",
]
CHINESE_ENGLISH = [
    "I for one am glad.",
    "He at first refused to comment.",
    "We in Britain have a long tradition of free speech.",
    "They in turn blamed the government.",
    "He to this day denies the charge.",
    "Three pieces of evidence were presented.",
    "He bought two pairs of shoes.",
    "Many visitors to the site also complained about the noise.",
    "The visit to China also included talks on trade.",
]

# A linking verb after its predicate (Turkish, Bengali, Japanese, Korean), and an active verb
# group after its object (German, Dutch, Hindi).
CLAUSE_FINAL_GROUPS = [
    "Unemployment in the province last year above nine percent was.",
    "The governor's decision for the farmers very important is.",
    "The old ferry after forty years of service too costly became.",
    "The rescue team after the long night very tired was.",
    "The villagers about the new motorway a petition have signed.",
    "Her brother the van into the canal drove, neighbours said.",
    "Police the driver at the border on Sunday arrested.",
]
CLAUSE_FINAL_GROUPS_ENGLISH = [
    "Nobody can say how deep the crisis is.",
    "It is still unclear whose idea the merger was.",
    "The port is no longer the busy place it once was.",
    "Rents are higher than they were.",
    "Whatever the cause is, the line will stay closed.",
    "The higher the rates were, the fewer homes were sold.",
    "The old bridge is, nevertheless, safe to cross.",
    "More than forty homes in the valley were flooded.",
    "The cost of the changes to pensions had not been considered.",
    "The bill the senators passed last week will now go to the president.",
    "A deal both sides could accept has not been found.",
    "The company's chief executive Anna Berg has stepped down.",
]

# A sentence that opens on a reporting verb before 'that' (pro-drop: Slovak, Serbian, Italian;
# verb-first: Tagalog, Arabic), and the participle openings English does write.
def test_reporting_verb_opening_a_sentence_before_that() -> None:
    text = (
        "The mayor toured the harbour. Said that the new quay would open in spring.\n\n"
        "Declared the head of the union that the strike would go on.\n"
    )
    assert found(text) == ["Said that", "Declared the head of the union that"]


def test_statement_opening_on_an_auxiliary_and_a_report_or_forecast() -> None:
    # Italian, Chinese and Japanese MT drop the subject the source left implicit.
    text = "The plant closed in May. Is expected to reopen next year.\n\nHas stressed that the jobs are safe.\n"
    assert found(text) == ["Is expected", "Has stressed"]
    # Questions, inversions and informal reviews are left alone.
    assert found("Is the plant expected to reopen? Had the bank acted, the plant would be open.\n") == []
    assert found("Has been running for months without a problem.\n") == []


def test_passive_before_its_subject_after_a_fronted_adverb() -> None:
    # Russian, Polish and Czech MT keep the source's verb-subject order in passives.
    text = "Also were planned talks with the unions.\n\nMeanwhile was signed a deal on grain exports.\n"
    assert found(text) == ["Also were planned", "Meanwhile was signed"]
    assert found("Also invited were the mayors of three cities.\n") == []


def test_also_fronted_before_a_determined_subject() -> None:
    # German 'Auch', Dutch 'Ook' and Hindi 'bhi' stand before the subject; English puts 'also'
    # after it, or sets it off with a comma.
    text = "The port reopened. Also the ferries were running again by noon.\n\nAlso this bakery raised its prices.\n"
    assert found(text) == ["Also the ferries", "Also this bakery"]
    assert found("Also, the ferries were running again by noon. The ferries were also running.\n") == []
    assert found("The guide lists three hotels. Also the best value for money.\n") == []  # no verb: a list item


def test_also_before_a_verb_with_its_subject_dropped() -> None:
    # Japanese, Chinese, Arabic and Swahili MT drop a subject the source left implicit.
    text = "The mayor toured the district. Also thanked the nurses.\n\nAlso has risen the cost of bread.\n"
    assert found(text) == ["Also thanked the", "Also has risen the"]
    assert found("Also affected were two schools. Also, she thanked the nurses.\n") == []


def test_participle_openings_are_left_alone() -> None:
    text = (
        "Asked about the delay, she said the company was working on it.\n\n"
        "Told by police to leave, the protesters refused.\n\n"
        "Said to be the richest man in the region, he owns three banks.\n\n"
        "Noted for its beaches, the island depends on visitors that come in summer.\n"
    )
    assert found(text) == []


def test_passive_verb_final_after_a_time_phrase() -> None:
    # A passive ends English clauses; only a time phrase before it is out of place.
    assert found("Tickets at the station from Monday in two languages are sold.") != []
    assert found("Tickets for the concert at the old station are sold.") == []
    assert found("The report on the changes for workers most affected by the cuts had not been read.") == []


# Newsroom English that puts a phrase early, inverts, or uses 'have' with an object and a
# participle: all of it ordinary.
NEWSROOM_ENGLISH = [
    "Not until 2010 did the company turn a profit.",
    "To the north lies the old town.",
    "Here in Berlin the mood is tense.",
    "Police in the city on Friday arrested two men.",
    "The plan, which ministers on Monday approved, was criticised.",
    "The bank has since 2015 grown.",
    "The shares have this year doubled.",
    "In 2026 the railway expects a profit of ten million euros.",
    "Last year the council in the north of the city collapsed.",
    "Prices will in the coming months gradually fall.",
    "She said that the company in 2020 had sold the plant.",
    "The talks in Geneva after a break of two years resumed on Monday.",
    "We have the best team in the league.",
    "They had the game under control.",
    "The club has a number of players injured.",
    "The decision is by no means final.",
    "She was at the time married to a diplomat.",
    "Five sets of twins were born at the hospital.",
]

# Lines that are not prose: headlines, lists, verse, slogans.
NOT_PROSE = [
    "Government approves budget",
    "Ingredients: flour, sugar, eggs and butter.",
    '"Into the valley of death rode the six hundred."',
    "Long live the king!",
    "Down came the rain, and up went the umbrellas.",
    "In came the tide and out went the boats.",
    "Gone are the days of cheap energy.",
    "The items ordered were: bread, milk and eggs.",
]


@pytest.mark.parametrize(
    "text",
    GERMAN_VERB_FINAL
    + STRANDED_VERBS
    + VERB_SECOND
    + VERB_FINAL_POSTPOSITIONS
    + HINDI_BENGALI
    + CHINESE
    + CLAUSE_FINAL_GROUPS,
)
def test_source_word_order_is_flagged(text: str) -> None:
    assert found(text), text


@pytest.mark.parametrize(
    "text",
    GERMAN_VERB_FINAL_ENGLISH
    + STRANDED_VERBS_ENGLISH
    + VERB_SECOND_ENGLISH
    + VERB_FINAL_POSTPOSITIONS_ENGLISH
    + HINDI_BENGALI_ENGLISH
    + CHINESE_ENGLISH
    + CLAUSE_FINAL_GROUPS_ENGLISH
    + NEWSROOM_ENGLISH
    + NOT_PROSE,
)
def test_english_word_order_is_left_alone(text: str) -> None:
    assert found(text) == [], text
    assert found(f"The council met on Monday. {text} The session ended.") == [], text


def test_the_finding_covers_the_garbled_clause() -> None:
    assert found("The companies must in future fewer reports to the authorities submit.") == [
        "The companies must in future fewer reports to the authorities submit"
    ]
    assert found("Meanwhile warned the institute of a wave of insolvencies.") == ["Meanwhile warned the institute"]
    assert any(span.endswith("shrunk is") for span in found("They said that output by 0.2 percent shrunk is."))


PROBES = sorted((Path(__file__).parent / "data").glob("fragment_probe_*.txt"))


def probe_sentences(path: Path) -> list[tuple[bool, str]]:
    """(garbled?, sentence) from a probe file: '+ ' marks source word order, '- ' English."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(line[0] == "+", line[2:]) for line in lines if line[:2] in ("+ ", "- ")]


@pytest.mark.parametrize("path", PROBES, ids=lambda path: path.stem)
def test_probe_paragraphs(path: Path) -> None:
    """The probes are paragraphs of MT-style news written as held-out checks: the English
    sentences stay silent, and most garbled ones are found (recall is reported, not tuned)."""
    sentences = probe_sentences(path)
    garbled = [text for bad, text in sentences if bad]
    english = [text for bad, text in sentences if not bad]
    assert [text for text in english if found(text)] == []
    assert sum(1 for text in garbled if found(text)) >= len(garbled) // 3


# --- the tagger -------------------------------------------------------------------------------


def test_verb_forms_from_morphology_and_irregular_table() -> None:
    assert verb_forms("became") == {"VBD"}
    assert "VBN" in verb_forms("taken") and "VBD" not in verb_forms("taken")
    assert verb_forms("prepared") == {"VBD", "VBN"}
    assert verb_forms("promises") == {"VBZ"}
    assert verb_forms("table") >= {"VB"}
    assert verb_forms("kitchen") == frozenset()
    assert "VBD" in verb_forms("stank") and "VBD" in verb_forms("fit")  # pasts the lexicon lists as verbs


def test_third_person_forms() -> None:
    bases = ("say", "go", "carry", "fix", "stay", "have", "be")
    assert [third_person(base) for base in bases] == ["says", "goes", "carries", "fixes", "stays", "has", "is"]


def test_chunker_reads_agreement() -> None:
    kinds = [
        (item.kind, " ".join(w.text for w in item.words))
        for piece in clauses(tag("The city promises to act."))
        for item in chunk(piece)
    ]
    assert kinds[:2] == [("NP", "The city"), ("VERB", "promises")]
    kinds = [
        (item.kind, " ".join(w.text for w in item.words))
        for piece in clauses(tag("His sales figures rose."))
        for item in chunk(piece)
    ]
    assert kinds[0] == ("NP", "His sales figures")



def test_chunker_reads_a_bare_form_after_a_singular_noun_as_a_noun() -> None:
    # 'the city centre the suspect': a singular subject would take 'centres'.
    kinds = [(item.kind, " ".join(w.text for w in item.words)) for item in chunk(tag("in the city centre the suspect"))]
    assert kinds == [("PP", "in the city centre"), ("NP", "the suspect")]
    # After 'that' the bare form may be a subjunctive: 'demanded that the state transfer the powers'.
    words = tag("that the state transfer the powers")
    kinds = [(item.kind, " ".join(w.text for w in item.words)) for item in chunk(words)]
    assert ("VERB", "transfer") in kinds


def test_verb_final_clause_after_a_compound_noun() -> None:
    # Korean and Turkish order: object and time before the verb, a compound noun in the subject's phrase.
    text = "The council met on Monday. Police in the town centre the two suspects on Sunday arrested.\n"
    assert found(text) == ["Police in the town centre the two suspects on Sunday arrested"]

def test_tagger_reads_ordinals_possessives_and_time_phrases() -> None:
    words = tag("in the third quarter the teachers' unions said")
    assert words[2].classes == {"ADJ"}
    assert "teachers'" in [word.text for word in words]
    kinds = [(item.kind, " ".join(w.text for w in item.words)) for item in chunk(tag("Toyota last year 10 cars sold"))]
    assert ("NP", "last year") in kinds
    kinds = [(item.kind, " ".join(w.text for w in item.words)) for item in chunk(tag("Prices will now rise again"))]
    assert kinds[1] == ("VERB", "will now rise again")


def test_word_starts_skips_matches_glued_to_a_word():
    """The source-order text tests match at word starts only: not inside 'Ashe' or after an
    apostrophe, while a match that starts inside a rejected one is still found."""
    import re

    from newslint.rules._source_order import word_starts

    pronoun = re.compile(r"(?:He|he|She|she) (?:in|at) ")
    text = "Ashe in May, o'he at noon, (she at home) and she in town"
    assert list(word_starts(pronoun, text, "'")) == [28, 45]
    assert list(word_starts(pronoun, text, "")) == [15, 28, 45]
    # 'an the' inside 'Satan' is rejected; 'the cat' starts inside it and is found
    assert list(word_starts(re.compile(r"(?:an?|the) \w+"), "Satan the cat", "")) == [6]


def test_verb_final_order_behind_a_name_glossed_with_its_acronym():
    # Hindi and Turkish order; the bracketed acronym belongs to the subject's name.
    text = "The Central Water Commission (CWC) for the coast a storm alert has issued, officials said.\n"
    assert len(lint_text(text, "FR001")) == 1


def test_participle_and_auxiliary_at_a_clause_end_before_a_subordinate_clause():
    # Tamil and Japanese order: 'closed was' before 'before'.
    text = "The bridge for nearly nine hours closed was before traffic resumed on Sunday.\n"
    assert len(lint_text(text, "FR001")) == 1
    assert lint_text("The reason for the delay is because the bridge was closed.\n", "FR001") == []


def test_a_sentence_that_opens_on_a_passive_before_its_subject():
    # Spanish 'se instalaron', Russian and Polish verb-first order.
    text = "Were opened more than 9,000 polling stations on Sunday, the council said.\n"
    assert len(lint_text(text, "FR001")) == 1
    text = "Were it not for the rain, the final would have gone ahead. Had the club acted, fans would stay.\n"
    assert lint_text(text, "FR001") == []


def test_an_article_right_before_a_preposition_opens_a_phrase_placed_before_its_noun():
    # Tamil and Japanese prenominal clauses: 'the on the coast living families'.
    text = "Officials moved the on the coast living families to schools on Friday.\n"
    assert spans(text, "FR001") == ["the on the coast living families"]
    text = "He did this in the morning, a near 40% rise followed, and an in-depth review began.\n"
    assert spans(text, "FR001") == []


def test_a_participle_before_have_been_at_the_clause_end():
    # Urdu and Hindi verb-final order.
    text = "The contracts with 14 suppliers renewed have been, the ministry said on Monday.\n"
    assert len(lint_text(text, "FR001")) == 1
    assert lint_text("The contracts with 14 suppliers have been renewed, the ministry said.\n", "FR001") == []


def test_a_statement_that_opens_on_a_copula_and_an_adjective_dropped_its_subject():
    # Japanese and Spanish drop the subject pronoun.
    assert len(lint_text("Was nervous in the first set, but I found my rhythm, she said.\n", "FR001")) == 1
    assert lint_text("Was the final fair? Is Rome ready? It was nervous work.\n", "FR001") == []


def test_present_reporting_verb_before_that_drops_the_subject():
    # Bulgarian, Polish and Italian drop the subject pronoun before a reporting verb.
    text = (
        "The prosecutor spoke after the hearing. Says that the evidence will be published.\n\n"
        "The mayor visited the site. Adds that the bridge will reopen in spring.\n"
    )
    assert spans(text, "FR001") == ["Says that", "Adds that"]


def test_verb_then_also_before_its_object():
    # Norwegian and Greek verb-second order, Tagalog verb-first order carried over.
    text = (
        "The leader thanked the voters. Thanked also the volunteers who knocked on doors.\n\n"
        "Schools shut on Monday. Closed also will remain the museums during the storm.\n\n"
        "The ministry froze prices. Criticises also the banks for their fees.\n"
    )
    assert spans(text, "FR001") == ["Thanked also ", "Closed also ", "Criticises also "]


def test_negated_copula_with_no_subject():
    # Catalan and Spanish "No és la primera vegada", Portuguese "Não é a primeira vez".
    text = "The line was cut again. Is not the only time that thieves take the cables.\n"
    assert spans(text, "FR001") == ["Is not the"]


def test_subject_and_also_in_english_order_stay_silent():
    text = (
        "Shares also rose on Tuesday. Sales also were higher than expected. "
        "Shares also the spotlight with her sister, the actress said of the film.\n\n"
        "Is not the answer obvious? Also invited were the mayors of both towns.\n\n"
        "States that border the lake said that fishing would resume. Claims that the vote was rigged "
        "were rejected by the court.\n"
    )
    assert spans(text, "FR001") == []


def test_statements_that_open_with_no_subject():
    # Japanese, Chinese, Arabic and Swahili MT drop the subject the source left implicit.
    text = (
        "The ministry froze prices. Also said that the plan would be reviewed in June.\n\n"
        "The railway is ready. Will also add 900 trains on the busiest routes.\n\n"
        "Rain fell on Friday. Expected that the weather improves from Sunday.\n\n"
        "Speaking during the opening, said that the buses would run all night.\n"
    )
    assert spans(text, "FR001") == [
        "Also said that",
        "Will also add",
        "Expected that",
        "Speaking during the opening, said that",
    ]


def test_the_same_openings_with_a_subject_stay_silent():
    text = (
        "Also, the minister said that prices would fall. Speaking to reporters, she said that it "
        "was early. Will also be there? Expected to rise, prices fell instead.\n"
    )
    assert spans(text, "FR001") == []


def test_a_statement_opening_on_a_modal_or_a_progressive_has_dropped_its_subject():
    # Chinese, Japanese and Portuguese drop the subject; English needs one.
    assert spans("Will continue to pay the dock workers until the harbour reopens.\n", "FR001") == ["Will continue"]
    assert spans("Is checking whether the cranes were damaged by the storm.\n", "FR001") == ["Is checking"]


def test_short_replies_questions_and_inversions_keep_their_order():
    clean = (
        '"Will do," the captain said.\n\n'
        "Will the harbour reopen before the summer season starts?\n\n"
        "Should the talks fail, the union will strike again in March.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_modal_after_a_verb_that_may_be_a_noun_or_before_be_at_the_clause_end():
    # Dutch and German verb clusters: the modal last, after an adverb or before 'be'.
    found = lint_text("Ships already in the bay to the port immediately return should.\n", "FR001")
    assert len(found) == 1 and "return should" in found[0].message
    found = lint_text("It is unclear whether the vote before the summer held can be, officials said.\n", "FR001")
    assert len(found) == 1 and "held can be" in found[0].message


def test_fronted_phrases_then_a_passive_then_its_subject():
    # Russian, Polish and Portuguese order: place or time first, the passive, the subject last.
    text = (
        "The storm moved east. Over the past week in the valley were counted 40 fallen trees. "
        "Crews worked at night.\n\n"
        "The budget is tight. For the coming winter are planned longer school holidays. Parents objected.\n"
    )
    assert spans(text, "FR001") == [
        "Over the past week in the valley were counted",
        "For the coming winter are planned",
    ]
    clean = (
        "The house was searched. In the cellar were two old rifles. Police took them away.\n\n"
        "The race ended. After being given a warning, she was awarded second place. Fans cheered.\n\n"
        "Prices rose. In 2020, more than 300 homes were built. Rents fell.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_modal_after_its_verb_before_the_next_clause():
    # Hindi and Tamil verb-final order: the modal ends its clause before 'as', 'and', 'because'.
    found = lint_text("Doctors said residents going out at noon avoid should as the heat peaks.\n", "FR001")
    assert len(found) == 1 and "avoid should" in found[0].message


def test_did_or_had_after_its_verb_at_the_clause_end():
    # Urdu and Dutch order: the auxiliary after its verb, then a comma or the next clause.
    found = lint_text("In the end, most members of the board opposed did, the chair said.\n", "FR001")
    assert len(found) == 1 and "opposed did" in found[0].message


def test_a_modal_that_ends_an_english_comparison_stays_silent():
    clean = "The port was closed, as it should be.\n\nHe will return, he said, as soon as he can.\n"
    assert spans(clean, "FR001") == []
    clean = "They will help where they can and leave the rest.\n\nShe won, as everyone expected she had.\n"
    assert spans(clean, "FR001") == []


def test_a_topic_and_a_comment_with_no_verb_inside_a_paragraph():
    # Russian, Macedonian and Turkish drop the copula or the verb between topic and comment.
    text = "The petition was launched in May. Until now, more than 9,000 signatures. The council will discuss it.\n"
    assert spans(text, "FR001") == ["Until now, more than 9,000 signatures."]
    text = "Most residents welcomed the plan. Others, less. The vote is on Friday.\n"
    assert spans(text, "FR001") == ["Others, less."]


def test_a_subject_and_its_comment_with_no_verb_group_inside_a_paragraph():
    # Hebrew, Hungarian, Urdu and Malay have no present copula, and MT leaves none in.
    text = (
        "The border reopened on Monday. The queues at the crossing already very heavy. Drivers waited.\n\n"
        "Heavy snow fell overnight. Most of the mountain villages without power until noon. Crews are out.\n\n"
        "The clinic reopened. At the regional clinic, instead, the delays under review. Staff agreed.\n\n"
        "The mill closed in spring. Around 300 workers without pay since March. Talks go on.\n\n"
        "The storm hit at dawn. In the hill districts, more than 4,000 homes without water until Friday. Crews "
        "are out.\n"
    )
    assert spans(text, "FR001") == [
        "The queues at the crossing already very heavy.",
        "Most of the mountain villages without power until noon.",
        "At the regional clinic, instead, the delays under review.",
        "Around 300 workers without pay since March.",
        "In the hill districts, more than 4,000 homes without water until Friday.",
    ]
    # 'them' after 'of' brings no verb ('Most of them ...'); after a verb it is that verb's object.
    text = "Tourists filled the harbour. Most of them from Austria and the Czech Republic. Hotels were full.\n"
    assert spans(text, "FR001") == ["Most of them from Austria and the Czech Republic."]
    text = "The ferry waited. Give them a seat near the window. Boarding began.\n"
    assert spans(text, "FR001") == []


def test_captions_reviews_and_sentences_with_a_verb_that_may_be_a_noun_stay_silent():
    clean = (
        "The film opens on Friday. Thriller with sharp dialogue and a twist ending. Critics liked it.\n\n"
        "The couple arrived late. His wife Maria at his side. They waved to the crowd.\n\n"
        "We tried again. This time with a bigger boat and a better map. It worked.\n\n"
        "The old road is narrow. Residents of the valley use the old road daily. Few complain.\n\n"
        "The storm passed. The shops closed early on Tuesday. Most reopened the next day.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_closing_subordinator_with_a_noun_phrase_and_no_verb():
    # Estonian and Kinyarwanda sources: the clause's verb cut or lost at the end.
    text = "The ferry will sail on Friday, if the wind. Tickets are on sale.\n"
    assert spans(text, "FR001") == ["if the wind."]
    text = "Prices fell sharply because the harvest. Traders were surprised.\n"
    assert spans(text, "FR001") == ["because the harvest."]
    # Swedish and Japanese sources: the verb lost after a phrase of place.
    text = "The village moved north because the copper seam under the old church. Few objected.\n"
    assert spans(text, "FR001") == ["because the copper seam under the old church."]


def test_a_closing_clause_with_its_verb_or_a_degree_stays_silent():
    clean = (
        "The ferry will sail on Friday if the wind drops. Tickets are on sale.\n\n"
        "The new model is as loud as the old one, if a bit quieter. Reviewers agreed.\n\n"
        "The talks went on, though the mood soured. Both sides left late.\n\n"
        "Half the fee was paid by card, while the rest in cash at the door. Nobody complained.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_topic_then_the_object_before_a_clause_final_verb():
    # Turkish and Korean order: subject, object, verb, with the subject set off by a comma.
    text = "The talks failed. The union, the final offer of the company did not accept. A strike looms.\n"
    assert spans(text, "FR001") == ["the final offer of the company did not accept"]


def test_a_topic_with_a_parenthetical_apposition_or_passive_stays_silent():
    clean = (
        "The talks failed. The union, the mayor said, did not accept. A strike looms.\n\n"
        "The offer, the third this year, was rejected. A strike looms.\n\n"
        "The offer, the union was told, had been withdrawn. Talks resume.\n\n"
        "Last week, the company shares fell. Analysts were surprised.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_verb_english_gives_an_object_last_after_its_phrases():
    # Hindi, Turkish and Mongolian order: subject, object, verb.
    text = "Rain fell all week. Farmers to the ministry compensation demanded. Talks begin today.\n"
    assert spans(text, "FR001") == ["Farmers to the ministry compensation demanded"]
    text = "The river rose. The council for the villages 2 million from the reserve fund allocated. Work starts.\n"
    assert spans(text, "FR001") == ["The council for the villages 2 million from the reserve fund allocated"]
    # Burmese and Tamil: 'reach' and 'arrange' take their object before them too.
    text = "The dam broke. The water in the lower streets up to the knees reached. Boats came.\n"
    assert spans(text, "FR001") == ["The water in the lower streets up to the knees reached"]
    # Persian and Amharic: the first clause closes on its verb before a comma.
    text = "Smog in the old city to a record level reached, and the schools shut. Buses ran.\n"
    assert spans(text, "FR001") == ["Smog in the old city to a record level reached"]
    text = "It rained. By noon the offer of the union was accepted, and work resumed on Monday.\n"
    assert spans(text, "FR001") == []


def test_a_passive_a_clause_of_its_own_or_a_verb_with_its_object_stays_silent():
    clean = (
        "The storm passed. The ban on fishing in the bay has been lifted. Boats left at dawn.\n\n"
        "Prices were cut. It was the plan that the council for the region approved. Few objected.\n\n"
        "Fares rose again, as the operator of the line had announced. Riders complained.\n\n"
        "The union met on Monday. In the end, the members of the union accepted the offer. Work resumed.\n\n"
        "The rain stopped. By noon the water in the square had reached the steps. It fell later.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_passive_participle_without_its_auxiliary_ends_a_clause():
    # Sinhala, Bengali and Korean: the passive marked on the verb, and MT drops 'was'/'were'.
    text = "A bus left the road and four passengers injured. Police came.\n"
    assert spans(text, "FR001") == ["four passengers injured"]
    text = "A wall fell onto the road. No one injured, the city said. Crews came.\n"
    assert spans(text, "FR001") == ["No one injured"]


def test_a_shared_auxiliary_a_reporting_verb_and_the_injured_stay_silent():
    clean = (
        "A bus left the road. Two people were killed and four injured. Police came.\n\n"
        "Work began on Monday, the city hall announced. Traffic was diverted.\n\n"
        "The clinic cared for the injured. Doctors worked all night.\n"
    )
    assert spans(clean, "FR001") == []


def test_is_or_was_and_a_noun_phrase_opening_a_statement_dropped_it():
    text = "The ferry sailed early. Is the first time in ten years that it left before dawn. Few noticed.\n"
    assert spans(text, "FR001") == ["Is the first"]
    clean = "Is the ferry safe? Nobody knows. Were the plan to fail, the port would close.\n"
    assert spans(clean, "FR001") == []


def test_a_reported_clause_a_relative_or_a_preposition_cut_at_the_sentence_end():
    text = "The mayor said the tram would run in May, and that the stops near the old bridge. Work goes on.\n"
    assert spans(text, "FR001") == ["that the stops near the old bridge."]
    text = "Some stall owners, who lost their income, and who. The market reopened.\n"
    assert spans(text, "FR001") == ["Some stall owners, who lost their income, and who."]
    text = "Residents should not drink the water because of. The utility apologised.\n"
    assert spans(text, "FR001") == ["Residents should not drink the water because of."]


def test_a_verb_after_a_noun_that_may_be_an_adjective_and_a_stranded_preposition_stay_silent():
    clean = (
        "Drivers must report a collision, even if the animal runs away. Few do.\n\n"
        "It was the kind of help they had hoped for. Volunteers came.\n"
    )
    assert spans(clean, "FR001") == []


def test_forms_of_verbs_cover_regular_and_irregular_verbs():
    forms = forms_of_verbs(["ban", "give", "deny", "approve"])
    assert {"ban", "bans", "banned", "give", "gave", "given", "denies", "denied", "approved"} <= forms
    assert "baned" not in forms


def test_exclamations_afterthoughts_and_line_ups_keep_their_verbless_form():
    clean = (
        "The final was a thriller. What a night, and what a comeback. Fans stayed for hours.\n\n"
        "The plan may pass. Possibly, but not before the summer. Talks resume on Monday.\n\n"
        "The coach named his side. Smith, Jones, Patel, Okafor, Silva, Murphy. Kick-off is at three.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_statement_that_opens_on_a_past_verb_before_a_noun_phrase():
    # Pro-drop sources (Portuguese, Polish, Italian) drop the subject; verb-first ones (Arabic,
    # Tagalog) place it after the verb.
    text = (
        "The mayor spoke after the count. Thanked the voters and promised a new bridge.\n\n"
        "The match was level at the break. Replaced the coach two defenders after the hour.\n\n"
        "The court heard the case in May. Rejected, however, the appeal of the port company.\n"
    )
    assert spans(text, "FR001") == ["Thanked the", "Replaced the", "Rejected, however, the"]


def test_participle_clauses_naming_verbs_and_instructions_keep_their_past_forms():
    text = (
        "Asked the reason for the delay, the manager blamed the weather.\n\n"
        "Voted the best player of the season, Okafor signed a new deal.\n\n"
        "Cut the onions and fry them until soft.\n\n"
        "Built in 1910, the station was restored last year.\n\n"
        "Handed the keys at noon, they moved in the same day.\n"
    )
    assert spans(text, "FR001") == []


def test_been_without_have_and_not_without_do():
    # Russian, Hindi and Indonesian MT drop the auxiliary English needs.
    text = (
        "The mayor said the new bus lanes already been painted in the centre.\n\n"
        "Farmers who not register their herds by May will lose the subsidy.\n\n"
        "Officials said the station never been busier than this summer.\n"
    )
    assert spans(text, "FR001") == ["lanes already been", "who not register", "station never been"]


def test_been_after_have_an_adverb_or_a_shared_have_stays_silent():
    text = (
        "The talks have not yet been scheduled. The singer has toured widely and been praised.\n\n"
        "It’s been a long week, and they’d so far been patient.\n\n"
        "Voters who not only read the papers but watch the debates are few.\n"
    )
    assert spans(text, "FR001") == []


def test_participle_be_also_and_verb_second_after_a_fronted_adverb():
    # Bulgarian, Serbian and Russian front the participle; Norwegian and German put the verb second.
    text = (
        "Divers searched the wreck. Recovered were also two anchors and a bell.\n\n"
        "The port will grow. Expected is also a ferry to Split from next summer.\n\n"
        "The snow is deep. Today is it dangerous to drive on the pass.\n\n"
        "The storm closed the port. Suspended also ferries to the islands on Monday.\n"
    )
    assert spans(text, "FR001") == ["Recovered were also", "Expected is also", "Today is it", "Suspended also "]


def test_english_fronting_inversion_and_conditionals_stay_silent():
    text = (
        "Also recovered were two anchors. Gone are the days of cheap fuel.\n\n"
        "Now is the time to act. So is she, and neither was he.\n\n"
        "Had the ferry left on time, nobody would have been hurt. Today is it over?\n"
    )
    assert spans(text, "FR001") == []


def test_verb_and_time_phrase_before_a_postponed_subject():
    # Polish, Czech, Spanish and Hebrew put the subject after the verb and a time phrase.
    text = (
        "The bridge will close, announced on Friday the regional governor Ewa Nowak.\n\n"
        "The hosts won 3-2. Scored in the 88th minute the defender Petr Cech junior.\n\n"
        "The plan is ready, said yesterday the head of the water company.\n"
    )
    assert spans(text, "FR001") == [
        "announced on Friday the regional governor",
        "Scored in the 88th minute the defender",
        "said yesterday the head",
    ]


def test_a_time_phrase_before_an_object_stays_silent():
    text = (
        "The ministry announced on Monday the new budget for schools.\n\n"
        '"We will win," said the coach on Friday. The club confirmed on Tuesday the signing of a striker.\n'
    )
    assert spans(text, "FR001") == []


def test_a_base_verb_after_a_modal_be():
    # Chinese and Vietnamese mark no participle; MT leaves the base form after 'be'.
    text = "Night buses will be gradually cancel from June. The old pier can be is a museum.\n"
    assert spans(text, "FR001") == ["will be gradually cancel", "can be is"]
    clean = "The stadium will be rebuilt, the debt will be repaid and the clocks will be reset.\n"
    assert spans(clean, "FR001") == []


def test_not_yet_with_a_participle_and_an_auxiliary_then_also():
    text = (
        "Two climbers who not yet found were last seen on Friday.\n\n"
        "The line is closed. Is also planning to close the depot in May, the operator said on its website.\n"
    )
    assert spans(text, "FR001") == ["who not yet found", "Is also planning"]
    assert spans("Two climbers who have not yet been found were seen. Is it also closed?\n", "FR001") == []


def test_an_auxiliary_and_a_participle_before_that_or_to_with_no_subject():
    text = "Was decided to close the school for a week. Has been reported that two people were hurt.\n"
    assert spans(text, "FR001") == ["Was decided to", "Has been reported that"]
    # A passive before its subject counted in words; questions and inversions stay silent.
    assert spans("Were injured three workers in the blast.\n", "FR001") == ["Were injured"]
    text = "Has he decided to stay? Was the decision to close the school right? Had it rained, we would know.\n"
    assert spans(text, "FR001") == []


def test_reporting_verb_after_a_sentences_and_or_fronted_phrase_before_its_subject() -> None:
    # Arabic 'wa' + verb-subject order, and a fronted phrase before the same order (Arabic, Tagalog).
    text = (
        "And explained the head of the port authority, Samir Nasr, that cranes were idle.\n"
        "During the briefing, stressed the governor that schools would reopen.\n"
        "And then the governor said that schools would reopen.\n"
        "In the past, said Ms Okafor, filtering calls that came at night was hard.\n"
        "And added that prices would fall.\n"
    )
    assert spans(text, "FR001") == [
        "And explained the head of the port authority, Samir Nasr, that",
        "During the briefing, stressed the governor that",
    ]


def test_auxiliary_before_its_subject_after_a_fronted_time() -> None:
    # Danish, German and Dutch verb-second: a time word, the auxiliary, then the subject.
    text = (
        "Until then must we keep the windows shut, the neighbours said.\n\n"
        "Yesterday has the regional council approved the budget.\n\n"
        "Next week will the ministry publish the names of the winners.\n"
    )
    assert found(text) == [
        "Until then must we",
        "Yesterday has the regional council",
        "Next week will the ministry",
    ]


def test_time_nouns_and_pronouns_that_are_english_order_stay_silent() -> None:
    text = (
        "Today has the feel of an ordinary market day.\n\n"
        "Next year will see the opening of a second terminal.\n\n"
        "Until then, we will keep the windows shut.\n\n"
        "Why must we pay more for less?\n\n"
        "Only then did we notice the smoke.\n"
    )
    assert found(text) == []


def test_adverb_between_a_verb_and_its_object() -> None:
    # Spanish 'visitó también el', Dutch 'neem je eerder de', Tagalog 'umalis na kami' order.
    text = (
        "The delegation visited also the new water plant.\n\n"
        "Commuters will take sooner the train than the bus.\n\n"
        "By noon the crews had cleared already a third of the debris.\n"
    )
    assert found(text) == ["visited also the new", "take sooner the train", "cleared already a third"]


def test_adverbs_english_puts_there_stay_silent() -> None:
    text = (
        "The delegation also visited the new water plant.\n\n"
        "The storm closed only the coastal road.\n\n"
        "The decision was also a relief for farmers.\n"
    )
    assert found(text) == []


def test_a_passive_statement_with_its_subject_dropped() -> None:
    text = (
        "The cyclist crossed the bridge. Was hit by a delivery van and taken to hospital.\n\n"
        "Was the van speeding? Police did not say.\n"
    )
    assert found(text) == ["Was hit"]


def test_a_sentence_cut_off_before_its_number() -> None:
    text = (
        "The flood reached the northern districts, as many as.\n\n"
        "Rents rose faster than.\n\n"
        "Rents rose more than expected, and as many as ten families moved.\n"
    )
    assert found(text) == [
        "The flood reached the northern districts, as many as.",
        "Rents rose faster than.",
    ]


def test_a_sentence_cut_off_after_of_its_noun() -> None:
    # A Portuguese, Hindi or Japanese segment dropped after its genitive: nothing follows 'of'.
    text = (
        "The ministry sent 20 trucks for the repair of.\n\n"
        "Nobody knew what the old pier was made of. It is a party he has long been a member of.\n"
    )
    assert found(text) == ["The ministry sent 20 trucks for the repair of."]


def test_a_paragraph_that_stops_on_a_function_word_with_no_full_stop() -> None:
    # A segment MT dropped at a paragraph's end (Swahili, Finnish, Tagalog pages).
    text = (
        "Ferries were cancelled on Monday.\n\n"
        "Officials said more boats would come. If the wind stays strong, by Thursday the\n\n"
        "The harbour master said the crews were ready and the depot had enough fuel for the\n\n"
        "Fishermen thanked the volunteers from the coastal villages who\n\n"
        "Schools reopened on Friday.\n"
    )
    assert found(text) == [
        "If the wind stays strong, by Thursday the",
        "The harbour master said the crews were ready and the depot had enough fuel for the",
        "Fishermen thanked the volunteers from the coastal villages who",
    ]
    # A headline may end on a particle, a short title on anything; a full stop ends a paragraph.
    text = (
        "Power cuts return as the heatwave sets in\n\n"
        "What the new fares mean for\n\n"
        "Crews worked through the night, and the road reopened at dawn.\n"
    )
    assert found(text) == []


def test_a_topic_and_a_comment_of_nouns_whose_words_could_be_verbs():
    # Portuguese and Bengali news drop the copula: 'service', 'fine' stand where nouns go.
    assert spans("The council met on Monday. The ticket, the same of the summer service.\n", "FR001") == [
        "The ticket, the same of the summer service."
    ]
    assert spans("The council met on Monday. The tenants, fine of 200 to 900 rupees.\n", "FR001") == [
        "The tenants, fine of 200 to 900 rupees."
    ]
    # A plural subject agrees with its verb across a modifier, and a year may close the subject.
    for text in (
        "Traders in the market district fear a drop in sales.\n",
        "The storms of March 2021 left forty homes without power.\n",
        "Many towns around the region struggle with floods.\n",
    ):
        assert spans(text, "FR001") == [], text


def test_a_verb_after_a_fronted_phrase_with_its_subject_after_it_or_dropped():
    # Czech, Polish and Ukrainian verb-second order.
    text = "The court ruled on Monday. Against the fine appealed at once both the owner and the city.\n"
    assert spans(text, "FR001") == ["Against the fine appealed"]
    text = "The clinic opened in May. Already in the first week registered over 200 children.\n"
    assert spans(text, "FR001") == ["Already in the first week registered"]
    for text in (
        "In a report published on Monday the regulator warned of delays.\n",
        "During the summer Acme bought two rivals.\n",
        "On the hill stood a ruined chapel.\n",
        "In 2019, sales rose by a third.\n",
    ):
        assert spans(text, "FR001") == [], text


def test_openings_that_drop_their_subject_or_put_a_passive_first():
    assert spans("The district met on Monday. Also plans to build a pier near the beach.\n", "FR001") == [
        "Also plans to"
    ]
    assert spans("The city bought new buses. Planned to open two depots by the end of May.\n", "FR001") == [
        "Planned to open"
    ]
    assert spans("New trams arrive in May. Will be also retired the oldest trams from 1975.\n", "FR001") == [
        "Will be also retired"
    ]
    # Italian 'Non è stata ancora fissata la data', Spanish 'No han sido pagados los salarios'.
    assert spans("The strike goes on. Has not been fixed yet the date of the next talks.\n", "FR001") == [
        "Has not been fixed yet"
    ]
    assert spans("The storm has passed. Were not repaired the roads of the old town.\n", "FR001") == [
        "Were not repaired"
    ]
    assert spans("Planned for a decade, the bridge finally opened on Monday.\n", "FR001") == []


def test_a_subject_taken_up_again_by_a_pronoun():
    text = "The council met on Monday. The new ferries, they have been ordered from a yard abroad.\n"
    assert spans(text, "FR001") == ["The new ferries, they have"]
    for text in (
        "The ferries, they said, were late again.\n",
        "The ferry is cheap, it is quick and it is safe, the mayor said.\n",
    ):
        assert spans(text, "FR001") == [], text


def test_an_object_set_before_its_clause_and_taken_up_again_by_a_pronoun():
    # French 'Cette loi, le Sénat l'a votée', Greek and Macedonian clitic doubling.
    text = (
        "The vote was close. This reform, the senate approved it by a single vote.\n\n"
        "Critics were loud. The new parking fees of the council, the traders consider them far too high.\n"
    )
    assert spans(text, "FR001") == [
        "This reform, the senate approved it",
        "The new parking fees of the council, the traders consider them",
    ]
    for text in (
        "The next evening, the volunteers cleared it of snow.\n",
        "The elders remember the flood, the children only read about it in school.\n",
        "The fire, the brigade said it began in a shed.\n",
    ):
        assert spans(text, "FR001") == [], text


def test_a_modal_and_be_after_their_adjective_at_the_clause_end():
    text = "The council met on Monday. The new fares from June valid will be.\n"
    assert spans(text, "FR001") == ["The new fares from June valid will be"]
    assert spans("Nobody knows how expensive it will be.\n", "FR001") == []


def test_a_passive_after_a_fronted_phrase_and_a_past_verb_before_its_adverb():
    text = "The bridge reopened. Within the scheme were also repaired the roofs of 30 houses.\n"
    assert spans(text, "FR001") == ["Within the scheme were also repaired"]
    text = "The ferry firm met unions. Announced also three new routes to the islands.\n"
    assert spans(text, "FR001") == ["Announced also three"]


def test_an_object_before_its_subject_and_modal():
    text = "The court ruled on Monday. Costs the council will recover in a separate case.\n"
    assert spans(text, "FR001") == ["Costs the council will recover"]
    for text in (
        "Staff the company hired last year will leave in May.\n",
        "Fares on the route will not change.\n",
    ):
        assert spans(text, "FR001") == [], text


def test_verbs_after_a_determiner_or_a_number_and_lists_stay_verbs():
    # Human translations: the chunker's verb groups stand outside a topic's comment.
    for text in (
        "However, this causes a problem.\n",
        "This works very well.\n",
        "The 72-year-old pointed to the risks elsewhere.\n",
        "Dozens of small shops, bakeries, and bars.\n",
    ):
        assert spans(text, "FR001") == [], text


def test_predicate_after_its_noun_phrase_with_the_copula_left_out() -> None:
    # Russian, Polish and Indonesian have no copula in the present; MT drops 'is' and 'are'.
    text = (
        "It rained all night. The emergency ward at the district hospital, full.\n\n"
        "The storm passed. Most cafes on the main square, closed.\n\n"
        "The fair opens on Friday. The new hall at the fairground ready.\n"
    )
    assert found(text) == [
        "The emergency ward at the district hospital, full.",
        "Most cafes on the main square, closed.",
        "The new hall at the fairground ready.",
    ]
    # A past verb with no object is a sentence; so is a verb before its adjective or adverb.
    text = "The talks ended. The court agreed. The shops closed. The applause sounds strange. Snow fell overnight.\n"
    assert found(text) == []
    # A past tense that is also a noun ('fell', 'rose') right after the subject is its verb.
    text = "Hail fell across the valley overnight. Prices rose in the city centre overnight.\n"
    assert found(text) == []


def test_an_object_between_its_subject_and_a_clause_final_verb() -> None:
    # Turkish, Hungarian, Korean and German subordinate clauses close on their verb.
    text = (
        "The regulator opened an inquiry. The ministry the developments closely monitors.\n\n"
        "Officials said that the agency the new rules next year introduces, and the banks agree.\n\n"
        "The hearing lasted an hour. Residents said the city the old market quietly closed.\n"
    )
    assert found(text) == [
        "The ministry the developments closely monitors",
        "the agency the new rules next year introduces",
        "the city the old market quietly closed",
    ]


def test_clauses_that_end_on_their_verb_in_english_stay_silent() -> None:
    for sentence in (
        "Nobody knows how much the repair would cost.\n",
        "So far the mayor has refused.\n",
        "Last year the company grew.\n",
        "The bridge was closed because the cables were worn.\n",
        "The river rose higher than the engineers had expected.\n",
        "She asked where the nearest station is.\n",
        "Apple boss Tim Cook said.\n",
        "Two weeks later the strikers returned.\n",
    ):
        text = "The story continues. " + sentence  # a sentence alone on its line is a headline
        assert found(text) == [], text


def test_a_noun_phrase_with_only_a_relative_clause() -> None:
    # Hindi, Korean and German put the verb last; MT loses it with the end of the clause.
    text = (
        "The ferry line opens in May. The new terminal, which replaces the old hall and doubles the gates.\n\n"
        "The trial ended on Friday. The accused, who for months denied every charge against him.\n"
    )
    assert found(text) == [
        "The new terminal, which replaces the old hall and doubles the gates.",
        "The accused, who for months denied every charge against him.",
    ]
    for sentence in (
        "The new terminal, which replaces the old hall, opens in May.\n",
        "The pump needs two adapters, which you can buy at any garage.\n",
        "Officials praised the plan, which took three years to draft.\n",
        "Its owner, who lives above the bakery, said the shop would reopen.\n",
    ):
        text = "The story continues. " + sentence
        assert found(text) == [], text


def test_an_auxiliary_before_its_subject_after_a_fronted_time_phrase():
    # German, Dutch and Norwegian put the verb second: 'Am Morgen wurden die ersten Busse gestrichen'.
    text = "Snow fell all night. In the morning were the first buses cancelled. Crews worked until dawn.\n"
    assert found(text) == ["were the first buses cancelled"]
    for sentence in (
        "Only then was the road reopened.",
        "There was not much traffic reported.",
        "Never before had the town been hit so hard.",
        "So heavy was the snow that schools closed.",
    ):
        text = f"Snow fell all night. {sentence} Crews worked until dawn.\n"
        assert found(text) == [], text


def test_a_passive_before_its_subject_after_a_fronted_place_or_time_phrase():
    # Czech, Polish and Portuguese order: the place or time first, then the passive, then its subject.
    text = (
        "The storm passed. In the lower valley were recorded four landslides overnight. "
        "On Thursday will be reopened two bridges over the river. "
        "In Sopron were held three meetings with the residents.\n"
    )
    assert spans(text, "FR001") == [
        "In the lower valley were recorded",
        "On Thursday will be reopened",
        "In Sopron were held",
    ]


def test_english_inversions_after_a_fronted_phrase_stay_silent():
    text = (
        "In the square stands a statue of the founder. Among the injured were two firefighters. "
        "In the lower valley, four landslides were recorded overnight. "
        "On Thursday the bridges will be reopened. In the end was the word of the mayor.\n"
    )
    assert spans(text, "FR001") == []


def test_a_dash_where_the_copula_should_be():
    # Russian, Ukrainian and Bulgarian write 'is' as a dash: 'Цель банка — 5 процентов'.
    text = (
        "Prices rose again in March. The forecast of the ministry — 3 percent for the whole year. "
        "Half of the new flats — in the southern suburbs, which the tram does not reach. "
        "Ticket sales — from the second week of May.\n"
    )
    assert spans(text, "FR001") == [
        "The forecast of the ministry — 3 percent for the whole year.",
        "Half of the new flats — in the southern suburbs, which the tram does not reach.",
        "Ticket sales — from the second week of May.",
    ]


def test_dashes_of_english_asides_and_emphasis_stay_silent():
    text = (
        "Prices rose again in March. "
        "The plan — approved in 2021 — was shelved. Three of the flats — in the new block — are empty. "
        "Two options remain — in theory.\n"
    )
    assert spans(text, "FR001") == []


def test_a_document_first_then_the_verb_then_the_person_who_did_it():
    # Czech, Russian and Swedish put the object first and the subject after the verb.
    text = (
        "The league met on Friday. The new budget approved the council on Monday. "
        "The only goal in the 70th minute scored forward Ivo Maric. "
        "The sentence pronounced judge Olga Petrova.\n"
    )
    assert spans(text, "FR001") == [
        "The new budget approved the council",
        "The only goal in the 70th minute scored forward Ivo Maric",
        "The sentence pronounced judge Olga Petrova",
    ]


def test_english_sentences_with_a_document_as_their_subject_stay_silent():
    text = (
        "The league met on Friday. The new budget approved by the council takes effect in May. "
        "The ruling ordered the government to pay. The report presented the minister with a choice. "
        "The decision angered the mayor. The bill passed the senate on Monday. "
        "The agreement signed in March covers the mayor's office.\n"
    )
    assert spans(text, "FR001") == []


def test_a_clause_final_verb_the_chunker_took_for_a_noun():
    # Bengali and Turkish order: 'sell', 'report' end the clause after their object.
    text = "Prices fell in June. The growers mostly to the nearby towns their apples sell.\n"
    assert spans(text, "FR001") == ["The growers mostly to the nearby towns their apples sell"]
    for english in (
        "Prices fell in June. Visit our main site for the full report.\n",
        "Prices fell in June. The growers sell their apples to the nearby towns.\n",
    ):
        assert spans(english, "FR001") == [], english


def test_also_before_a_phrase_in_a_sentence_with_no_verb():
    # German 'auch', Czech 'také', Hungarian 'is': the verb left out or kept elsewhere.
    text = (
        "The fair opens on Friday. Among the exhibitors also the potter Ines Vidal and two weavers. "
        "The ferries run daily. From June also at night and on public holidays.\n"
    )
    assert spans(text, "FR001") == [
        "Among the exhibitors also the potter Ines Vidal and two weavers.",
        "From June also at night and on public holidays.",
    ]


def test_also_in_english_lists_and_pronoun_sentences_stays_silent():
    text = (
        "The fair opens on Friday. She sings in the choir, in the band and also in the school musical. "
        "Not only the potters but also the weavers. Also in the programme: a film night.\n"
    )
    assert spans(text, "FR001") == []


def test_a_subjectless_passive_with_an_adverb_before_its_clause():
    text = "The board met on Friday. Was decided moreover that the pool will close.\n"
    assert spans(text, "FR001") == ["Was decided moreover that"]


def test_a_preposition_english_never_strands_after_its_noun_at_the_end():
    # Korean, Turkish and Hindi postpositions: 'the weekend until' for 'until the weekend'.
    text = "Rain fell all day. The ferries will not sail the weekend until. The pier stays shut the works during.\n"
    assert spans(text, "FR001") == ["the weekend until", "the works during"]
    english = "Rain fell all day. Nobody knew what the fuss was about. They stayed on the pier until dusk.\n"
    assert spans(english, "FR001") == []


def test_an_infinitive_before_the_verb_that_governs_it_at_the_end():
    # Georgian, Turkish and Persian put the governing verb last.
    text = "Exports fell. The port new routes to Africa to open plans. The firms more staff to hire decided.\n"
    assert spans(text, "FR001") == ["to open plans", "to hire decided"]
    english = "Exports fell. The date of the vote is yet to be decided. It is what they hoped to see.\n"
    assert spans(english, "FR001") == []


def test_a_past_verb_after_an_apposition_set_off_by_commas_is_a_sentence():
    text = "The roads were icy. The rescue team, twelve climbers from the valley, arrived.\n"
    assert spans(text, "FR001") == []
    text = "The roads were icy. Most shops on the main square, closed.\n"
    assert spans(text, "FR001") == ["Most shops on the main square, closed."]


def test_a_topic_then_a_participle_or_adjective_comment_without_a_verb() -> None:
    # Greek, Vietnamese and Tagalog drop the copula between topic and comment; Turkish MT sets
    # the verb off from its subject by a comma.
    for text in (
        "Fishing in the harbour, banned from next week.",
        "Seats for the concert, gone within ten minutes.",
        "The ferry to the islands, again cancelled because of the wind.",
        "Swimming at the lake, forbidden until the algae clear.",
    ):
        assert found("The mayor spoke on Monday. " + text + " The council agreed.") == [text], text


def test_appositions_openers_and_full_clauses_after_a_comma_are_left_alone() -> None:
    for text in (
        "The climbers, all from Nepal, arrived late.",
        "In the end, the ferry sailed at dawn.",
        "Asked about the fire, officials declined to comment.",
        "The ferry to the islands, cancelled on Monday, sails again today.",
        "Her grandmother, a retired nurse, baked bread for the volunteers.",
    ):
        assert found("The mayor spoke on Monday. " + text + " The council agreed.") == [], text


def test_verb_second_order_with_a_named_subject_after_the_verb() -> None:
    # Dutch, Norwegian and German keep the verb second after a fronted phrase.
    assert found("The match was tense. In the second half scored Feyenoord twice.") == [
        "In the second half scored"
    ]
    assert found("The council met. On Friday resigned Mayor Lindqvist after the vote.") == ["On Friday resigned"]
    assert found("The match was tense. In the second half Feyenoord scored twice.") == []
    assert found("The room was dark. In the corner stood Marta.") == []


def test_verbless_statements_with_a_time_phrase_or_an_ordinal_before_a_noun() -> None:
    # Chinese, Russian and Turkish leave out the copula before a figure.
    assert found("The mill reported again. Losses last year more than 40 million lira.") == [
        "Losses last year more than 40 million lira."
    ]
    assert found("The port grew fast. Sales in the third quarter more than 2 billion yuan.") == [
        "Sales in the third quarter more than 2 billion yuan."
    ]
    assert found("The mill reported again. Losses last longer than expected in winter.") == []
    assert found("The mill reported again. Talks last week ended without a deal.") == []


def test_a_modal_and_a_verb_that_is_also_an_adjective_open_a_statement_without_subject() -> None:
    # Japanese, Korean and Portuguese MT leave the subject implicit: 'open' is a verb before 'the'.
    assert found("The ferry was repaired. Will open the new terminal in spring after two years.") == ["Will open"]
    assert found("Will Smith opened the new terminal in spring after two years.") == []
    assert found("May the new terminal bring more visitors to the island this year.") == []


def test_a_headlines_subject_and_infinitive_in_running_text() -> None:
    # Vietnamese, Chinese and Indonesian MT write a plan as a headline does: 'X to do Y'.
    assert found("The council met late. Commuters to pay more for parking from June.") == [
        "Commuters to pay more for parking from June."
    ]
    assert found("The council met late. Plenty to see in the old town this summer.") == []
    assert found("The council met late. Love to see the new stadium full again.") == []
    assert found("The council met late. The team's drive to succeed impressed the fans.") == []


def test_a_subject_of_two_nouns_before_a_predicate_without_copula() -> None:
    assert found("The smoke spread fast. Pensioners and the sick the worst affected.") == [
        "Pensioners and the sick the worst affected."
    ]
    assert found("The smoke spread fast. The water level in the reservoir at its lowest in decades.") == [
        "The water level in the reservoir at its lowest in decades."
    ]


def test_the_verb_before_its_pronoun_after_a_fronted_time_phrase() -> None:
    # German, Dutch and Swedish keep the verb second: 'Morgen wird es ...', 'Gisteren zei hij ...'.
    assert found("The storm passed. Tomorrow becomes it sunny in the south.") == ["Tomorrow becomes it"]
    assert found("The talks ended. On Friday will they sign the deal in Bern.") == ["On Friday will they"]
    for text in (
        "The storm passed. Tomorrow it becomes sunny in the south.",
        "The talks ended. In no case will they sign the deal.",
        "The talks ended. In 2004 Siemens said it would sell the unit.",
        "The talks ended. Since Nokia launched it, sales have doubled.",
    ):
        assert found(text) == [], text


def test_a_passive_before_its_subject_with_a_time_word_or_the_agent_between() -> None:
    # Spanish, Greek and Italian put the passive first: 'Fue aprobada ayer por el pleno la ley'.
    assert found("The vote was close. Was passed yesterday by the assembly the new rent law.") == [
        "Was passed yesterday by the assembly"
    ]
    assert found("The vote was close. Was the rent law passed yesterday by the assembly?") == []


def test_a_resumptive_pronoun_after_a_relative_clause_and_a_postposition_before_a_comma() -> None:
    # Arabic and Russian take the subject up again; Urdu and Korean put 'due to' after its noun.
    assert found("The vote was close. The goalkeeper, who saved two penalties, he was voted the best player.") == [
        "The goalkeeper, who saved two penalties, he was"
    ]
    assert found("The vote was close. The floods due to, two villages were cut off.") == ["The floods due to"]
    for text in (
        "The vote was close. The goalkeeper, who saved two penalties, he said, was tired.",
        "The vote was close. The delay was due to, among other things, a strike.",
    ):
        assert found(text) == [], text


def test_a_statement_opening_on_a_past_tense_with_its_subject_dropped() -> None:
    # Korean, Japanese and Italian leave the subject implicit: 'went to hospital', 'arrestato un uomo'.
    assert found("The bus overturned. Went to hospital with a broken arm and is recovering.") == ["Went to"]
    assert found("The bus overturned. Detained a 30-year-old driver for questioning, police said.") == [
        "Detained a"
    ]
    for text in (
        "The bus overturned. Founded in 1990, the firm runs forty buses.",
        "The bus overturned. Given a chance, the driver would have braked.",
        '"Went to the wrong stop," the driver said.',
    ):
        assert found(text) == [], text


def test_the_auxiliary_second_and_the_participle_last() -> None:
    # Swedish and Norwegian: 'I Lund skadades i går två personer' comes out verb-second.
    assert found("The tram was slow. In Lund were yesterday two cyclists injured when a tram braked.") == [
        "In Lund were yesterday two cyclists injured"
    ]
    assert found("The tram was slow. In Lund two cyclists were injured yesterday when a tram braked.") == []


# --- links, negation, reporting verbs and postpositions (rules/_clause_links.py) ---------------


@pytest.mark.parametrize(
    "text, shape",
    [
        # Chinese, Vietnamese, Indonesian: a link at both ends of the sentence.
        ("Although the bridge reopened, but lorries still queued for hours.", "but"),
        ("Though the clinic is small but it treats 300 patients a day.", "but"),
        ("Because the harbour froze, so the ferries stayed in port all week.", "so"),
        # Turkish, Persian: 'very' after its adjective.
        ("The fans were happy very after the late goal in Bursa.", "happy very"),
        # Russian, Hungarian: 'not' before the auxiliary.
        ("The mayor said the city not will close the library this year.", "not will"),
        ("The two suspects not had been questioned by Friday, lawyers said.", "not had been"),
        # Portuguese, Swahili: the subject dropped after the reporting verb.
        ("The governor said will visit the flooded villages on Monday.", "said will"),
        # Japanese, Hindi, Finnish: postpositions.
        ("Pilgrims Varanasi from were stranded after the floods.", "Varanasi from"),
        ("The hearing in Tampere lasted evening until.", "evening until"),
        # Spanish, Italian: an impersonal passive before a bare noun.
        ("It is forecast snow in the mountains on Sunday.", "It is forecast snow"),
        # Korean, Swahili: a modal before 'to'; Vietnamese, Indonesian: 'not yet' before a verb.
        ("Applicants must to register before the end of May.", "must to register"),
        ("The clinic in Pleiku not yet have a second doctor.", "not yet have"),
        # Chinese, Greek: 'according to' and a reporting verb for one source.
        ("Two roads were cut, according to the civil defence announced.", "according to the civil defence announced"),
        ("According to the mayor's office said, buses run again.", "According to the mayor's office said"),
        # German, Dutch, Turkish: the passive's auxiliary after its participle at the clause end.
        ("The auditors counted 300 repairs that in truth never carried out were.", "carried out were"),
        ("Nobody knows whether after the thaw more water let out will be.", "let out will be"),
    ],
)
def test_clause_link_shapes(text: str, shape: str) -> None:
    found = spans(f"The council met on Monday. {text} The session ended at noon.\n", "FR001")
    assert found == [shape]


@pytest.mark.parametrize(
    "text",
    [
        "Although the bridge reopened, lorries still queued for hours.",
        "Because it was so cold, the ferries stayed in port.",
        "Since then, so many people have left the island.",
        "It was obviously very, very encouraging for the club.",
        "Thank you very much, the coach told the crowd.",
        "Whether the plan works or not is unclear.",
        "The car police said was stolen turned up in a field.",
        "What the minister said will matter to farmers.",
        "She is someone I have learned a lot from.",
        "These are the villages the pilgrims came from.",
        "Crowds gathered from at least six towns.",
        "It is expected talks will resume in May.",
        "It is expected that prices will rise.",
        "The charity will do all it can to help the families.",
        "Why do so many pupils still not have books?",
        "Should the council not agree, the plan fails.",
        "According to what the mayor said, buses run again.",
        "According to the timetable announced on Friday, buses run again.",
        "According to the union, members said they would strike.",
        "The stations affected are: Oakfield, Mill Road and the depot.",
        "Nobody could say who was to blame or how much had been paid.",
    ],
)
def test_clause_link_shapes_leave_english_alone(text: str) -> None:
    assert spans(f"The council met on Monday. {text} The session ended at noon.\n", "FR001") == []


def test_a_quantifier_and_its_verb_before_a_clause_stay_silent():
    text = "Traders met on Monday. Many fear the new levy will fail. Some hope the council will relent.\n"
    assert spans(text, "FR001") == []


def test_two_checks_that_read_one_garbled_clause_report_it_once():
    text = "The dam held. It is unclear whether after the storm more water released will be. Talks go on.\n"
    assert spans(text, "FR001") == ["unclear whether after the storm more water released will be"]


def test_findings_inside_a_wider_one_are_dropped_in_one_sweep():
    from types import SimpleNamespace

    from newslint.rules.fragment import _inside_another

    spans_ = [(10, 20), (0, 30), (12, 18), (40, 50), (40, 50), (45, 60), (0, 30)]
    findings = [SimpleNamespace(start=start, end=end) for start, end in spans_]
    # (10, 20) and (12, 18) lie inside (0, 30); twins keep each other; (45, 60) only overlaps.
    assert _inside_another(findings) == {0, 2}


def test_a_time_phrase_between_a_verb_and_its_short_object():
    # Polish 'podpisał we wtorek umowę', Arabic 'أصدرت أمس القائمة', German 'hat am Freitag den Plan'.
    text = (
        "The port authority signed on Wednesday the lease with the operator.\n\n"
        "Customs officers seized yesterday the whole cargo at the port.\n\n"
        "Border guards arrested last night the van driver near the bridge.\n"
    )
    assert spans(text, "FR001") == [
        "signed on Wednesday the lease",
        "seized yesterday the whole cargo",
        "arrested last night the van driver",
    ]


def test_a_long_object_or_a_phrase_of_degree_after_the_time_stays_silent():
    clean = (
        "The ministry announced on Monday a package of loans to help farms hit by the frost.\n\n"
        "The city launched on Sunday the first phase of a plan to rebuild the quay.\n\n"
        "Oil prices rose on Tuesday the most in a month, traders said.\n\n"
        "The hospital signed on Tuesday the building contract, worth 40 million euros.\n\n"
        "The minister said on Monday the talks would resume in May.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_verb_before_its_subject_after_a_fronted_topic_with_about():
    # German 'Über die Beschwerde entschied das Gericht', Czech 'O stížnosti rozhodl soud'.
    assert found("The hearing ran late. About the appeal ruled the tribunal on Thursday. The family left.") == [
        "About the appeal ruled the tribunal"
    ]
    quiet = (
        "About the same number of voters turned out in May.\n\n"
        "About the time the strike ended, the ferries returned.\n\n"
        "About 300 farmers joined the protest outside the ministry.\n\n"
        "About a third of the budget goes on salaries.\n"
    )
    assert found(quiet) == []


def test_a_statement_that_opens_on_a_present_verb_its_subject_dropped():
    # Chinese, Japanese, Korean and Thai drop a subject the context gives.
    text = (
        "The ferry company lost money again. Plans to sell two boats to a buyer in Malta next year. "
        "The union objects.\n\n"
        "The mayor spoke on Friday. Wants the council to cut the parking fees before the summer. "
        "No vote was held.\n"
    )
    assert found(text) == ["Plans to sell", "Wants the"]
    quiet = (
        "The ferry company lost money. Plans to sell two boats were dropped in May. The union agreed.\n\n"
        "The fires spread fast. Thanks to the rain, the fires died down. Crews went home.\n\n"
        "Roads were busy. Trips to the coast doubled over the holiday. Hotels were full.\n"
    )
    assert found(quiet) == []


def test_then_or_later_and_a_passive_with_no_subject():
    text = "The driver was hurt in the crash. Then was taken to the regional hospital for tests. He is stable.\n"
    assert found(text) == ["Then was taken"]


def test_an_adverbial_right_before_the_verb_group_that_ends_the_clause():
    # Turkish 'tedbir amacıyla tahliye edildi', Korean '세 번째로 운항한다', Hindi 'आने वाले हफ्तों में फिर खुलेगा'.
    text = (
        "Several farms near the river as a precaution were evacuated.\n\n"
        "The old ferry for the third time will sail.\n\n"
        "The clinic in the coming weeks will reopen.\n"
    )
    assert spans(text, "FR001") == [
        "as a precaution were evacuated",
        "for the third time will sail",
        "in the coming weeks will reopen",
    ]


def test_an_adverbial_set_off_or_before_a_predicate_stays_silent():
    clean = (
        "Several farms near the river were evacuated as a precaution.\n\n"
        "The depot, by 2030, will be closed.\n\n"
        "Ticket sales this year were strong.\n\n"
        "The biggest worry on Friday was fog.\n\n"
        "This is the lab where tomorrow is designed.\n"
    )
    assert spans(clean, "FR001") == []


def test_a_participle_before_the_auxiliary_that_ends_the_sentence():
    # Turkish 'kesintiler uygulanacak', Hindi 'स्कूल बंद रहेंगे', German 'die Nachtzüge bleiben eingestellt'.
    text = (
        "The water cuts in four villages applied will be.\n\n"
        "Schools in the valley until Monday closed will remain.\n\n"
        "The night trains to the coast suspended will stay.\n"
    )
    assert spans(text, "FR001") == ["applied will be", "closed will remain", "suspended will stay"]


def test_a_participle_that_modifies_a_noun_before_its_verb_stays_silent():
    clean = (
        "The water cuts applied last week will be lifted.\n\n"
        "The road work is going as planned.\n\n"
        "Several of the tickets sold were refunded.\n"
    )
    assert spans(clean, "FR001") == []
