from conftest import lint_text, spans


def test_doubled_period_after_sentence():
    text = "such a step could lead to a nuclear war. .\n"
    findings = lint_text(text, "PU001")
    assert [text[f.start : f.end] for f in findings] == [" ."]
    assert findings[0].fix.applicability.value == "safe"


def test_period_inside_phrase_and_comma_ending_paragraph():
    text = (
        "Europe does not have enough stocks or production. ability to meet this objective.\n\n"
        "he said. jens stoltenberg,\n"
    )
    found = spans(text, "PU001")
    assert ". ability" in found
    assert "," in found


def test_doubled_commas():
    assert spans("Russia, , Ukraine and Poland,, said.", "PU001") == [" ,", ","]


def test_not_ellipses_decimals_abbreviations_or_initials():
    clean = (
        "He paused... and said 4.75% was fine. The U.S. envoy, Dr. Smith, arrived at 9 a.m. on Monday. "
        "Andrew S. Weiss spoke. It was a strange match . . . momentum swings [...] continued."
    )
    assert spans(clean, "PU001") == []
