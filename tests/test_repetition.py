from conftest import spans


def test_doubled_word():
    assert spans("He visited the the Louvre museum.", "RE001") == ["the the"]


def test_name_echoed_across_one_word():
    text = "Robert Fico said other NATO countries NATO were discussing agreements."
    assert spans(text, "RE001") == ["NATO countries NATO"]


def test_not_idioms_reduplicated_names_or_had_had():
    clean = (
        "They walked side by side. She had had enough. He said that that was true. "
        "They holidayed on Koh Phi Phi. He won 6-3 6-3 in Paris. "
        "It is the moment I've been waiting for for years, and I'm really really nervous."
    )
    assert spans(clean, "RE001") == []
