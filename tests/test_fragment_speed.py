"""The fast paths of FR001 agree with the definitions they stand in for."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.grammar import ASCII_TOKEN_RE, TOKEN_RE, tag
from newslint.rules import _source_order as source_order
from newslint.rules import fragment

TEXTS = [
    "The council said it would close the bridge, and and the ferry will run instead.",
    "Prices rose.\nWages fell, because the plant closed; output shrank.\nthe end",
    "She said: “the mayor has in the spring the new line opened”, and left.",
    "It grew by 2,5 percent.The rest (IMD) was sold. Words such as café, naïve and it's stay.",
    "rock-n-roll fans' tickets cost 3:45 a piece; the co-op_store shut.",
    "Which the fishermen, since spring. Closed remain the schools, the officials said.",
    "Meanwhile warned the institute that the economy will in future weaker grow.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_last_words_are_the_matches_of_the_last_word_pattern(text: str) -> None:
    expected = [match.span() for match in source_order.LAST_WORD_RE.finditer(text)]
    assert source_order._last_words(text) == expected


@pytest.mark.parametrize("text", TEXTS + ["x.” Is.” Was.” now", "the on the bank living families, a by the plan"])
def test_prefiltered_search_gives_the_matches_of_finditer(text: str) -> None:
    for pattern, starts in (
        (fragment.DANGLING_AFTER_QUOTE, fragment.CLOSED_QUOTE_RE),
        (fragment.ARTICLE_BEFORE_PREPOSITION, fragment.ARTICLE_AND_PREPOSITION_RE),
    ):
        expected = [match.span() for match in pattern.finditer(text)]
        assert [match.span() for match in fragment._find_all(pattern, starts, text)] == expected


@pytest.mark.parametrize("text", [t for t in TEXTS if t.isascii()] + ["a\x1cb\tc's d s' e 10:30 f%"])
def test_ascii_tokens_are_the_tokens_of_the_general_pattern(text: str) -> None:
    assert ASCII_TOKEN_RE.findall(text) == TOKEN_RE.findall(text)


def test_tag_offsets_point_at_the_tokens() -> None:
    text = "  The  mayor’s plan,\tapproved 3:45 (IMD) — is “fine”."
    for word in tag(text, 100):
        assert text[word.start - 100 : word.end - 100] == word.text


@pytest.mark.parametrize("text", TEXTS)
def test_anchors_cover_every_sentence_test(text: str) -> None:
    """A sentence test that passes has its anchor; the noun-before-article anchor is exact."""
    doc = Document("t.txt", text)
    anchors = fragment.ShapeAnchors(doc.text, doc.sentences)
    for sentence in doc.sentences:
        kinds = anchors.within(sentence)
        words = sentence.text
        if fragment.MODAL_END_RE.search(words):
            assert kinds & fragment.MODAL_ANCHOR
        if fragment.TIMED_RELATIVE_RE.search(words):
            assert kinds & fragment.TIMED_ANCHOR
        assert bool(kinds & fragment.STARTER_ANCHOR) == fragment._has_noun_before_starter(words)


def test_opening_words_hold_every_alternative() -> None:
    assert {"Said", "Emphasised", "Emphasized", "Estimated", "Also", "Today", "Will", "Might"} <= fragment.OPENING_WORDS
    assert "That" not in fragment.OPENING_WORDS


PAIR_TEXTS = TEXTS + [
    "The board met. x-the in 2020 approved plan was shelved, and co-He in Beijing with them held talks.",
    "the Osaka in held meeting; the yesterday published report; a today’s deal; the Foo_bar in held fair.",
    "l’a in Paris; cafe\u0301the on Monday published list; We at home slept. She towards the sea walked.",
    "the group stage beyond to get; x-of to go; Sofa in the hall; a by the council approved plan.",
    "The board, which the mayor for years defended, was x-is ready a plan; it was clear the talks were over.",
    "Somewhatthe plan; xwhich the city; the deal that the council, which a court struck, is ready the vote.",
    "The minister said the new plan would work, and the bridge opened in May.",
]


def _gates(text: str) -> tuple[bool, bool, bool, bool]:
    doc = Document("t.txt", text)
    neighbours = source_order.Neighbours(doc.token_columns[2], doc.occurrences)
    return (
        source_order._may_hold_prenominal(text, neighbours),
        neighbours.after_any(source_order.PREVERBAL_SECONDS, source_order.PREVERBAL_FIRSTS),
        neighbours.after_any(("to",), fragment.NON_PARTICLE_PREPOSITIONS),
        neighbours.after_any(fragment.PREPOSITIONS_AFTER_ARTICLE, fragment.ARTICLES_BEFORE_PREPOSITION),
    )


@pytest.mark.parametrize("text", PAIR_TEXTS)
def test_token_pair_gates_never_rule_out_a_match(text: str) -> None:
    """Where a gated pattern matches, its pair of tokens is found (inside joined words too)."""
    prenominal, preverbal, postposition, article = _gates(text)
    assert prenominal or not list(source_order.word_starts(source_order.PRENOMINAL_RE, text, ""))
    assert preverbal or not list(source_order.word_starts(source_order.PREVERBAL_RE, text, "'"))
    assert postposition or fragment.POSTPOSITION_RE.search(text) is None
    assert article or fragment.ARTICLE_BEFORE_PREPOSITION.search(text) is None
    doc = Document("t.txt", text)
    gated = fragment.ShapeAnchors(text, doc.sentences, source_order.Neighbours(doc.token_columns[2], doc.occurrences))
    searched = fragment.ShapeAnchors(text, doc.sentences)
    assert (gated.offsets, gated.kinds) == (searched.offsets, searched.kinds)


def test_token_pair_gates_rule_out_plain_prose() -> None:
    assert _gates(PAIR_TEXTS[-1]) == (False, False, False, False)


def test_token_pair_gates_look_inside_joined_words() -> None:
    """'co-He in': the pronoun ends a hyphenated token, where the patterns still find it."""
    assert _gates("Fans of co-He in Beijing waited.")[1]
    assert not _gates("Fans of coHe in Beijing waited.")[1]
    assert _gates("The x-the on Monday published list.")[0]
