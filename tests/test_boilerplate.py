from conftest import spans


def test_chrome_lines():
    text = (
        "Voz media US Voz.us\n\nHeadline here\n\nPublished by\n\n8 months ago 5\nARTICLE AD BOX\n\n"
        "The story starts here and goes on.\n\nYou may also like...\n\nRead Entire Article\n\ntracking\n"
    )
    found = spans(text, "BP001")
    for chrome in ("Voz media US Voz.us", "Published by", "Read Entire Article", "You may also like...", "tracking"):
        assert chrome in found
    assert any("8 months ago 5" in span for span in found)


def test_photo_credits_and_caption_markers():
    text = (
        "Vladimir Putin\n\nAlexei Danichev/POOL/TASS/Sipa USA / Cordon Press\n\n"
        "French President Emmanuel Macron (c) at the opening of the conference.\n\n"
        " date 2024-01-15 image Source, getty\n\nimage Source, getty images caption, Ukraine asked for help.\n"
    )
    found = spans(text, "BP001")
    assert "Alexei Danichev/POOL/TASS/Sipa USA / Cordon Press" in found
    assert "(c)" in found
    assert any(span.startswith("date 2024-01-15 image Source") for span in found)
    assert any(span.startswith("image Source, getty images caption") for span in found)


def test_article_text_is_not_chrome():
    clean = (
        "Shares in the firm rose 5% after it said sales of AC/DC records were up.\n\n"
        "Read more about the deal in our report, the chairman said.\n\n"
        "The company was founded 20 years ago in Leeds.\n"
    )
    assert spans(clean, "BP001") == []
