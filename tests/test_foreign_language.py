from conftest import lint_text, run_cli, spans


def test_untranslated_spans_with_their_language():
    text = (
        "Spain backed the decision of el Gobierno de España on Monday. "
        "French President Emmanuel Macron said the ministre des Armées would travel to Kyiv.\n"
    )
    findings = lint_text(text, "FL001")
    assert [text[f.start : f.end] for f in findings] == ["el Gobierno de España", "ministre des Armées"]
    assert "Spanish (es)" in findings[0].message and "French (fr)" in findings[1].message


def test_names_loanwords_and_quoted_titles_are_english_enough():
    clean = (
        "He joined Banca Nazionale del Lavoro and Real Madrid in a de facto deal. "
        "Her joie de vivre was obvious, and they sang “la vie en rose” together. The coup d'état failed.\n"
    )
    assert spans(clean, "FL001") == []


def test_a_document_in_another_language_skips_english_rules_with_a_note(tmp_path):
    path = tmp_path / "es.txt"
    path.write_text(
        "El presidente del Gobierno dijo el lunes que España no enviará tropas a Ucrania. "
        "La decisión fue tomada después de una reunión con los aliados europeos en París.\n",
        encoding="utf-8",
    )
    result = run_cli(str(path))
    assert "not English; English-only rules were skipped" in result.stderr
    assert "'es'" in result.stderr
    assert "CA001" not in result.stdout and "FL001" not in result.stdout


def test_a_longer_untranslated_clause_is_named_by_langdetect():
    text = (
        "The minister said that la decisión fue tomada después de una larga reunión in Brussels "
        "on Monday, according to officials.\n"
    )
    findings = lint_text(text, "FL001")
    assert len(findings) == 1
    assert text[findings[0].start : findings[0].end].startswith("la decisión fue tomada")
    assert "Spanish (es)" in findings[0].message
