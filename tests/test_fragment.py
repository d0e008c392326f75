from conftest import spans


def test_dangling_verb_after_quotation():
    text = (
        "He said it could be part of a strategy “in which each step may not provoke war.” Is.”\n\n"
        "Lavrov said people “need to open this mind to more rational ideas for Europe.” Should be used.”\n"
    )
    assert spans(text, "FR001") == ["Is.”", "Should be used.”"]


def test_subjectless_clause_and_stranded_word():
    text = "Supplying missiles has so far been avoided due to the West's growing fear of Has not happened. Conflict.\n"
    found = spans(text, "FR001")
    assert "Conflict." in found
    assert any(span.startswith("Has not happened") for span in found)


def test_ordinary_short_sentences_and_quotes():
    clean = (
        "“Is it over?” he asked. “Yes.” The answer was short. Why? Nobody knew.\n\n"
        "He said the plan “will work.” Analysts disagreed.\n\nPeace. That was the word on every lip.\n\nWar\n"
    )
    assert spans(clean, "FR001") == []
