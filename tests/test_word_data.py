"""The engine's word data as the rules read it: the name index's tables, the per-word memos, and
the corpus counts merged from each file's."""

from __future__ import annotations

from collections import Counter

from newslint.corpus import _add_counts
from newslint.names import _place_table, name_index, place_id, same_place


def test_the_place_table_gives_each_spelling_its_place():
    trie, ids = _place_table({"kyiv": 703448, "kiev": 703448, "lodz": 3093133, "zurich": 4294967295})
    assert {word: ids[trie[word]] for word in ("kyiv", "kiev", "lodz", "zurich")} == {
        "kyiv": 703448,
        "kiev": 703448,
        "lodz": 3093133,
        "zurich": 4294967295,  # ids are unsigned 32-bit numbers (checksums stand in for missing ones)
    }
    assert trie.get("lod") is None


def test_place_ids_from_the_cached_table():
    assert place_id("Kyiv") is not None
    assert same_place("Kyiv", "Kiev")
    assert same_place("Łódź", "Lodz")
    assert place_id("Harbourmasterly") is None
    assert not same_place("Kyiv", "Lodz")


def test_a_name_lookup_is_remembered_and_answers_as_the_index_does():
    index = name_index()
    for folded in ("varga", "kyiv", "qzxwvtrelm"):
        first = index.lookup(folded)
        assert first == index._find(folded)
        assert index.lookup(folded) is first  # the second answer comes from the memo
    assert index.lookup("qzxwvtrelm") is None
    assert index.lookup("kyiv").place


def test_counts_add_up_key_by_key_new_keys_in_the_order_first_seen():
    total: Counter[str] = Counter()
    _add_counts(total, {"the": 3, "harbour": 1})
    _add_counts(total, {"ferry": 2, "the": 4})
    _add_counts(total, {})
    _add_counts(total, Counter({"harbour": 5, "dawn": 1}))
    assert total == {"the": 7, "harbour": 6, "ferry": 2, "dawn": 1}
    assert list(total) == ["the", "harbour", "ferry", "dawn"]


def test_doubled_letters_are_written_once_pair_by_pair():
    from newslint.names import _single, skeleton, spelling_key

    assert _single("kollvonni") == "kolvoni"
    assert _single("aaa") == "aa"  # pairs, left to right, as the pattern's substitution does
    assert _single("Oaa") == "Oa" and _single("OOa") == "OOa"  # lowercase letters only
    assert spelling_key("Collboni") == "kolvoni"
    assert spelling_key("Chowdhury") == "hoduri"
    assert skeleton("Endou") == skeleton("Endo") == "nd"


def test_a_name_spelling_keeps_its_offsets_and_only_the_tokens_written_otherwise():
    from newslint.corpus import NameSpelling

    spans = [(4, 9, "Varga"), (20, 27, "Varga's"), (40, 45, "Varga")]
    spelling = NameSpelling.of("Varga", spans, None)  # type: ignore[arg-type]
    assert list(spelling.offsets) == [4, 9, 20, 27, 40, 45]
    assert spelling.variants == ((1, "Varga's"),)
    assert spelling.spans == spans
    assert NameSpelling.of("Varga", spans[:1], None).variants == ()  # type: ignore[arg-type]


def test_tagged_tokens_in_a_name_position_are_proper_nouns():
    from newslint.grammar import tag

    words = tag("The mayor met Rotterdam officials. Will they agree?", 10)
    assert [(word.text, word.start) for word in words[:3]] == [("The", 10), ("mayor", 14), ("met", 20)]
    assert words[3].classes == {"PROPN"}  # capitalized mid-sentence
    assert "PROPN" not in words[0].classes  # the sentence's first word
    assert words[1].lower == "mayor" and words[0].lower == "the"
