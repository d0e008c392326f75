"""CQ001: every calque pattern flags its own examples and none of its counter-examples, and the
families hold across source languages on sentences written for these tests."""

import pytest
from conftest import spans

from newslint.rules.calque import calques, matches


@pytest.mark.parametrize("calque", calques(), ids=lambda c: c.id)
def test_examples_flagged_and_counter_examples_not(calque):
    assert calque.examples and calque.counter, "every pattern documents what it must and must not flag"
    for example in calque.examples:
        assert matches(calque, example), f"{calque.id} misses: {example}"
        assert spans(example, "CQ001"), example
    for counter in calque.counter:
        assert not matches(calque, counter), f"{calque.id} flags: {counter}"


def test_the_catalogue_is_broad():
    patterns = calques()
    languages = {language for calque in patterns for language in calque.languages}
    assert len(patterns) >= 150
    assert len(languages) >= 15
    assert len({calque.id for calque in patterns}) == len(patterns), "pattern ids are unique"


@pytest.mark.parametrize(
    "text, flagged",
    [
        # Bengali/Turkish: no plural after a number
        ("In the second innings he took four wicket for 19 runs.", "four wicket"),
        # Swahili: currency, scale, number
        ("The utility reported profits of shillings billion 30 this year.", "shillings billion 30"),
        # Chinese classifier
        ("The city now runs 25 frame drones for parcel delivery.", "25 frame drones"),
        # French: 'depuis' with a duration
        ("Thousands of homes have been without power since more than two days.", "since more than two days"),
        # Spanish: 'asistir a'
        ("Dozens of fans assisted to the funeral in Rosario.", "assisted to"),
        # Polish/Croatian false friend 'aktualny'
        ("The actual government has promised to cut taxes.", "actual"),
        # Catalan impersonal passive
        ("It is foreseen that the line will reopen in spring.", "It is foreseen that"),
        # Romanian preposition
        ("The deficit hit 7.2% from GDP, the ministry said.", "from"),
        # Greek article before a title and name
        ("Reporters asked the Mr. Karamanlis about the budget.", "the Mr"),
        # Hindi 'discussed about'
        ("The two chief ministers discussed about water sharing.", "discussed about"),
        # Korean date without month
        ("On the 21st, the ministry announced new export rules.", "On the 21st"),
        # Vietnamese 'lượt'
        ("The airport served 30 million passenger turns this year.", "passenger turns"),
    ],
)
def test_families_across_languages(text, flagged):
    assert flagged in spans(text, "CQ001")


@pytest.mark.parametrize(
    "text",
    [
        "The minister realized that the study was flawed and withdrew it.",
        "The actual cost of the bridge was twice the estimate.",
        "He is 6 foot tall and weighs 90 kg.",
        "The bank kept its rate at 5% for a third month.",
        "Inflation will slow next year, the central bank said.",
        "She has lived in Lisbon for two years.",
        "The eventual winner, Sinner, dropped one set.",
        "It is expected that the tunnel will open in 2027.",
        "Mount Royal park was closed after the storm.",
        "President Ruto said the loan would be repaid by 2030.",
        "The Netherlands and the Philippines signed the pact.",
        "They sold 500 tonnes of maize and 200 head of cattle.",
        "A sensible compromise was reached in the end.",
        "Ten years ago the team won three titles in a row.",
        "He told reporters that the deal was done.",
    ],
)
def test_edited_english_stays_silent(text):
    assert spans(text, "CQ001") == []


def test_headline_without_article_is_not_flagged():
    assert spans("Government decides to raise fuel tax\n\nThe cabinet met on Monday.", "CQ001") == []


def test_fix_is_offered_for_mechanical_rewrites():
    from conftest import lint_text

    findings = lint_text("Fares vary depending of the season.", "CQ001")
    assert findings and findings[0].fix is not None
    assert "depending on" in findings[0].fix.edits[0].content
