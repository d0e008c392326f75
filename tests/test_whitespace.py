from conftest import lint_text, spans


def test_flags_no_break_space_with_safe_fix():
    text = "sending troops to Ukraine.\u00a0We have done this since 2014."
    findings = lint_text(text, "WS001")
    assert [text[f.start : f.end] for f in findings] == ["\u00a0"]
    assert findings[0].fix.edits[0].content == " "
    assert findings[0].fix.applicability.value == "safe"


def test_flags_zero_width_and_doubled_space():
    text = "The Kremlin\u200b warned  on Tuesday."
    assert spans(text, "WS001") == ["\u200b", "  "]


def test_leaves_ordinary_spacing_bom_and_indentation_alone():
    assert spans("\ufeffThe Kremlin warned on Tuesday.\n\n  Indented line.", "WS001") == []
