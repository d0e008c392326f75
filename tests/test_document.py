"""The document's shared structure, and the per-word sets the rules pick from its distinct words."""

from __future__ import annotations

from newslint.document import Document, WordClass
from newslint.names import name_forms


def test_a_word_class_picks_the_words_with_the_property_and_asks_once_per_word():
    asked: list[str] = []

    def capitalized(word: str) -> bool:
        asked.append(word)
        return word[:1].isupper()

    words = WordClass(capitalized)
    first = Document("a.txt", "Mira met Tomas at the harbour and Mira left.")
    second = Document("b.txt", "Tomas sailed on with Ilse at dawn.")
    assert words.in_document(first) == ["Mira", "Tomas"]
    assert words.in_document(second) == ["Tomas", "Ilse"]
    assert sorted(asked) == sorted(set(asked))  # 'Tomas', 'at' were decided once
    assert words.among(["Quentin", "harbour", "Ilse"]) == ["Quentin", "Ilse"]


def test_a_word_class_forgets_past_its_limit_and_still_answers():
    words = WordClass(str.isupper)
    words.LIMIT = 3
    assert words.among(["AB", "cd", "EF"]) == ["AB", "EF"]
    assert words.among(["AB", "GH", "ij"]) == ["AB", "GH"]  # over the limit: started again
    assert words.among(["ij", "AB", "cd"]) == ["AB"]


def test_name_forms_fold_possessives_and_note_the_capitalized_words_beside_them():
    doc = Document("c.txt", "Ludmila Varga spoke. Varga's aide, Ondrej, agreed with Varga.\n")
    forms = name_forms(doc)
    assert list(forms) == ["Ludmila", "Varga", "Ondrej"]
    varga = forms["Varga"]
    assert [doc.tokens[i].text for i in varga.tokens] == ["Varga", "Varga's", "Varga"]
    assert varga.beside == {"Ludmila"}  # 'spoke' and 'aide' are lowercase; 'with' is no name
    assert forms["Ludmila"].beside == {"Varga"}


def test_the_fast_word_split_cuts_as_the_word_pattern_does():
    """Latin text goes through the standard library's engine (split_words): same gaps, same words."""
    from newslint.document import LATIN_AND_PUNCTUATION, WORD_SPLIT_RE, split_words

    every = "".join(chr(code) for first, last in LATIN_AND_PUNCTUATION for code in range(first, last + 1))
    texts = [
        "Ødegaard’s late goal—his third—beat São Paulo 2-1 in Łódź.",
        every,
        " - ".join(every[i : i + 7] for i in range(0, len(every), 7)),
        "rock-’n’-roll, 'quoted', e\u0301te\u0301 and 1,000.5 km",
        "Москва и Kyiv: a text beyond the fast path",
    ]
    for text in texts:
        assert split_words(text) == WORD_SPLIT_RE.split(text)
    assert split_words("Łódź’s mayor")[1::2] == ["Łódź’s", "mayor"]
