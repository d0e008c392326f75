from conftest import lint_text, spans


def test_mojibake_with_repair():
    text = "French Foreign Minister StÃ©phane SÃ©journÃ© said itâ€™s time.\n"
    findings = lint_text(text, "MJ001")
    assert [text[f.start : f.end] for f in findings] == ["StÃ©phane", "SÃ©journÃ©", "itâ€™s"]
    assert findings[0].fix.edits[0].content == "Stéphane"
    assert findings[2].fix.edits[0].content == "it’s"


def test_real_accents_are_fine():
    assert spans("Stéphane Séjourné visited the Élysée and São Paulo.\n", "MJ001") == []
