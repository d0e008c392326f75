from conftest import lint_text, spans


def test_unknown_names_near_frequent_ones_name_the_likely_spelling():
    text = (
        "Macron suggested trying to help Volodomir Zelensky on the battlefield. "
        "Czech Prime Minister Petr Fialia also said so.\n"
    )
    findings = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in findings] == ["Volodomir", "Fialia"]
    assert "Volodymyr" in findings[0].message and "Fiala" in findings[1].message
    assert findings[0].fix.applicability.value == "unsafe"


def test_a_spelling_used_elsewhere_in_the_files_is_strong_evidence():
    text = "The minister, Anna Wojtaszek, spoke first. Later Wojtaszek said that she had met Wojtasek again.\n"
    findings = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in findings] == ["Wojtasek"]
    assert findings[0].severity.value == "warning"


def test_rare_real_names_and_known_names_are_fine():
    clean = (
        "Prime Minister Ulf Kristersson of Sweden spoke. Alexei Danichev took the photo. "
        "Kremlin spokesman Dmitry Peskov and Rym Momtaz and Antonio Tajani and Kestutis Budrys spoke.\n"
    )
    assert spans(clean, "NS001") == []
