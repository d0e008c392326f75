"""FR001: cut-off sentences and source-language word order, on sentences written for these tests."""

import pytest
from conftest import spans

from newslint.grammar import chunk, clauses, tag, verb_forms


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
        "The minister was asked about the plan, which she said she knew little of.\n"
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
        "I am glad the president is coming, she said.",
        # Stranded prepositions and phrasal verbs.
        "Three menus can be picked from to suit every budget.",
        "The team went on to win the cup.",
        "Hold down the Ctrl and Alt keys and press Delete.",
    ],
)
def test_ordinary_english_word_order(text: str) -> None:
    assert found(text) == []


def test_headlines_are_not_analysed() -> None:
    assert found("Government this plan rejects") == []


# --- the tagger -------------------------------------------------------------------------------


def test_verb_forms_from_morphology_and_irregular_table() -> None:
    assert verb_forms("became") == {"VBD"}
    assert "VBN" in verb_forms("taken") and "VBD" not in verb_forms("taken")
    assert verb_forms("prepared") == {"VBD", "VBN"}
    assert verb_forms("promises") == {"VBZ"}
    assert verb_forms("table") >= {"VB"}
    assert verb_forms("kitchen") == frozenset()


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
