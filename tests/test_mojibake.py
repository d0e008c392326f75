import pytest
from conftest import lint_text, spans


def garble(text: str) -> str:
    """What a feed shows when UTF-8 is read as Windows-1252 (undefined bytes as C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize(
    "word",
    [
        "Kılıçdaroğlu",
        "Łódź",
        "Brâncuși",
        "Nguyễn",
        "Москва",
        "Αθήνα",
        "ירושלים",
        "القاهرة",
        "मुंबई",
        "北京市",
        "서울",
        "don’t",
    ],
)
def test_garbled_words_of_any_script_are_flagged_and_repaired(word):
    text = f"Reporters in {garble(word)} said the talks would resume.\n"
    findings = lint_text(text, "MJ001")
    assert len(findings) == 1
    assert findings[0].fix.edits[0].content == word
    assert findings[0].fix.applicability.value == "safe"


def test_curly_quotes_dashes_and_double_encoding():
    text = "The bill â€” passed on Friday â€“ was called â€œhistoricâ€\x9d and itâ€™s law; shopâ€šs Ã¢â‚¬â„¢ too.\n"
    fixes = [f.fix.edits[0].content for f in lint_text(text, "MJ001")]
    assert fixes[:4] == ["—", "–", "“historic”", "it’s"]
    assert "’" in fixes


def test_garbled_pound_sign_but_not_the_real_one():
    assert spans("The ticket cost Â£40, up from £35 last year.\n", "MJ001") == ["Â£"]


def test_legitimate_latin_1_text_is_left_alone():
    text = (
        "At the café in Zürich, Señor Muñoz read Ægir’s naïve poem; «ESPAÑA» was printed in capitals, "
        "the Fuß” quote ended, perché…” she asked, and SÃO PAULO voted. Ångström, Øresund, Þór, £20.\n"
        "Headlines read “HYVÄÄ PÄIVÄ”, “LA SOCIÉTÉ™”, “VIVA PERÚ’S TEAM”, “SE PASÓ” and “OÙ” in capitals.\n"
    )
    assert spans(text, "MJ001") == []


def test_replacement_characters_are_reported():
    text = "The minister said the plan for Gda\ufffd\ufffdsk was ready.\n"
    assert spans(text, "MJ001") == ["\ufffd\ufffd"]


@pytest.mark.parametrize(
    ("word", "page"),
    [
        # UTF-8 read as another Windows code page: Central European, Cyrillic, Greek, Turkish, Baltic.
        ("Wrocław", "cp1250"),
        ("Казань", "cp1251"),
        ("Αθήνα", "cp1253"),
        ("Eskişehir", "cp1254"),
        ("Šiauliai", "cp1257"),
    ],
)
def test_utf8_read_as_other_code_pages_is_repaired(word, page):
    garbled = word.encode("utf-8").decode(page)
    text = f"The delegation from {garbled} arrived on Monday.\n"
    findings = lint_text(text, "MJ001")
    assert [finding.fix.edits[0].content for finding in findings] == [word]


@pytest.mark.parametrize(
    ("word", "page"),
    [
        # A legacy 8-bit page read as Windows-1252: every letter lands between À and ÿ.
        ("Новости", "cp1251"),
        ("Αθήνα", "cp1253"),
        ("שלום", "cp1255"),
    ],
)
def test_eight_bit_pages_read_as_windows_1252_are_repaired(word, page):
    garbled = word.encode(page).decode("cp1252")
    text = f"The headline read {garbled} in large letters.\n"
    findings = lint_text(text, "MJ001")
    assert [finding.fix.edits[0].content for finding in findings] == [word]


def test_real_text_of_those_languages_is_not_mojibake():
    clean = (
        "Signs in Wrocław, Харків, Αθήνα, Eskişehir and Šiauliai welcomed the runners.\n"
        "The café served crème brûlée; Zürich and Øresund were on the menu of the tour.\n"
    )
    assert spans(clean, "MJ001") == []


def test_garbled_cyrillic_is_reported_as_mojibake_only():
    # The garbage is Cyrillic letters and repeated marks: FL001 and RE001 give way to MJ001.
    garbled = "Новости дня".encode().decode("cp1251")
    text = f"The site headline read {garbled} on Tuesday morning.\n"
    codes = {finding.code for finding in lint_text(text, "ALL")}
    assert codes == {"MJ001"}
