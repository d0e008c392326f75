from conftest import lint_text, spans

NEAR_MISSES = (
    "Macron suggested trying to help Volodomir Zelensky on the battlefield. "
    "Czech Prime Minister Petr Fialia also said so."
)


def test_near_misses_in_a_visibly_machine_translated_article_name_the_likely_spelling():
    text = NEAR_MISSES + " He German Chancellor Olaf Scholz agreed.\n"  # a calque: translation damage
    findings = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in findings] == ["Volodomir", "Fialia"]
    assert "Volodymyr" in findings[0].message and "Fiala" in findings[1].message
    assert findings[0].fix.applicability.value == "unsafe"


def test_word_lists_alone_do_not_flag_a_name_in_an_otherwise_clean_article():
    assert spans(NEAR_MISSES + "\n", "NS001") == []


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


def test_spelling_in_other_files_counts_only_when_they_tell_the_same_story():
    from lint.config import Config
    from lint.registry import select_rules
    from lint.runner import lint_documents
    from lint.sources import make_document

    def run(other_text: str) -> list[str]:
        docs = [
            make_document(
                "a.txt", "The chief executive, Todd Wojtasek, met Ambrose Quillfeather and Dunmore officials.\n"
            ),
            make_document("b.txt", other_text),
        ]
        found = lint_documents(docs, Config(), select_rules(["NS001"], [])).findings
        return [docs[0].text[f.start : f.end] for f in found if f.path == "a.txt"]

    unrelated = "The lawyer Eliot Wojtaszek said that Wojtaszek would appeal in New York.\n"
    related = "Quillfeather told Dunmore staff that Wojtaszek would stay, and that Wojtaszek had agreed.\n"
    assert run(unrelated) == []
    assert run(related) == ["Wojtasek"]
