from conftest import lint_text, spans


def test_camel_joins_of_two_words():
    text = "German Chancellor Olaf ScholzSaid that, like its Western alliesEspecially the United States."
    assert spans(text, "RT001") == ["ScholzSaid", "alliesEspecially"]
    fix = lint_text(text, "RT001")[0].fix
    assert fix.edits[0].content == " said"


def test_stray_capital_and_glued_quotes():
    text = (
        "Olaf Scholz wrote in Xthe social platform. “This is how we evaluate it”said Peskov. Joe Biden“has made clear."
    )
    found = spans(text, "RT001")
    assert "Xthe" in found
    assert any(span.startswith("it”said") or span.startswith("t”said") for span in found)
    assert any("“has" in span for span in found)


def test_real_camel_case_words_and_brands():
    clean = (
        "He bought an iPhone, watched YouTube, ate at McDonald's, played PlayStation, updated LinkedIn, "
        "sold on eBay, has a PhD, met John McCain and Ron DeSantis. Nielsen/NetRatings said NetRatings grew."
    )
    assert spans(clean, "RT001") == []
