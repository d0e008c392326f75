from conftest import spans


def test_extra_closing_mark():
    text = "The Kremlin called it “a new element.” very important”.\n"
    assert spans(text, "QU001") == ["important”"]


def test_reversed_mark_and_nested_opening():
    text = (
        "“Today there is no agreement, but nothing can be ruled out“The French President said. "
        "“We will do everything possible. “We are convinced that Russia must lose.”\n"
    )
    found = spans(text, "QU001")
    assert any("“The" in span for span in found)
    assert any(span.startswith("“We will") and span.endswith("“") for span in found)


def test_unclosed_quotation_not_continued():
    text = "“We are not planning large-scale deployment of troops. We also support them.\n\nThe next paragraph.\n"
    assert spans(text, "QU001") == ["them."]


def test_multi_paragraph_quotation_and_quotes_within_quotes():
    clean = (
        "He said: “We are ready to act.\n\n“And we will act when the time comes,” he added.\n\n"
        '“He called it ‘a red herring’ on Monday,” Weiss said. "Straight quotes, " he said, "work too."\n'
    )
    assert spans(clean, "QU001") == []


def test_quotation_reopened_in_a_long_merged_paragraph_is_a_continuation():
    clean = (
        'He said: "I felt we did enough to win the game. "We dominated after the break. '
        '"But for the goalkeeper we would have won. "We will kick on now," he added.\n'
    )
    assert spans(clean, "QU001") == []
