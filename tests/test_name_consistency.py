from conftest import lint_text

from lint.config import Config
from lint.registry import select_rules
from lint.runner import lint_documents
from lint.sources import make_document


def test_two_spellings_in_one_article_minority_reported_with_related_location():
    text = "The allies want to help Kiev. Macron spoke about support for Kyiv. Later Kyiv replied.\n"
    findings = lint_text(text, "NC001")
    assert [text[f.start : f.end] for f in findings] == ["Kiev"]
    assert findings[0].related and text[findings[0].related[0].start : findings[0].related[0].end] == "Kyiv"


def test_across_files_diacritics():
    docs = [
        make_document("a.txt", "Foreign Minister Stéphane Séjourné said so. Séjourné added more.\n"),
        make_document("b.txt", "Stéphane Séjourné spoke on Monday.\n"),
        make_document("c.txt", "French Foreign Minister Stephane Sejourne told lawmakers.\n"),
    ]
    findings = lint_documents(docs, Config(), select_rules(["NC001"], [])).findings
    flagged = {(f.path, docs[2].text[f.start : f.end]) for f in findings if f.path == "c.txt"}
    assert ("c.txt", "Sejourne") in flagged and ("c.txt", "Stephane") in flagged
    assert all(f.path == "c.txt" for f in findings)


def test_different_people_and_preferred_spelling():
    docs = [make_document("a.txt", "Gary Neville played.\n"), make_document("b.txt", "Garry Monk played.\n")]
    assert lint_documents(docs, Config(), select_rules(["NC001"], [])).findings == []
    text = "Troops left Kyiv. Troops left Kyiv again. Troops reached Kiev.\n"
    config = Config(preferred_spellings={"Kyiv": "Kiev"})
    findings = lint_text(text, "NC001", config=config)
    assert [text[f.start : f.end] for f in findings] == ["Kyiv", "Kyiv"]
