"""BP001: page chrome judged by line shape, chrome vocabulary, position and recurrence.

Every text here is written for the tests (no evaluation text)."""

from pathlib import Path

import pytest
from conftest import lint_text, spans

from newslint.rules.boilerplate import judge_line

ARTICLE_START = "Harbour Authority Plans New Ferry Terminal\n\n"
PARAGRAPH = (
    "The harbour authority said on Wednesday that the new terminal would open in the spring, after "
    "two years of delays caused by a dispute over the dredging contract.\n\n"
)
ENDING = "Officials expect the first ferries to dock there before the summer timetable begins.\n"


def article(*chrome: str) -> str:
    """An MT-style article (headline, blank-line paragraphs) with chrome lines mixed in."""
    middle = "".join(f"{line}\n\n{PARAGRAPH}" for line in chrome)
    return ARTICLE_START + PARAGRAPH + middle + ENDING


@pytest.mark.parametrize(
    "chrome",
    [
        # English
        "Share | Tweet | Email",
        "Comments (41)",
        "7 min read",
        "Advertisement",
        "Photo: Harbour Authority press office",
        "Read more: Ferry fares to rise by ten percent next year",
        "Follow us on Telegram",
        "Sign up for our morning newsletter",
        "Listen to this article (6 minutes)",
        "Print | Send to a friend",
        "Updated 09:31 03.02.2027",
        "Home › Business › Transport",
        "© 2027 Coastal Media Group. All rights reserved.",
        "Source: harbour-news.example.com",
        # Spanish, French, German, Italian, Portuguese: untranslated chrome in an English article
        "Lee también: El puerto amplía su horario de invierno",
        "À lire aussi : Les ferries reprennent du service",
        "Folgen Sie uns auf Instagram",
        "Leggi anche: Nuovo terminal per i traghetti",
        "Partilhar no WhatsApp | Partilhar por e-mail",
        # Polish, Czech, Hungarian, Romanian, Greek, Russian, Turkish
        "Zdjęcie: archiwum portu",
        "Sdílet na Facebooku",
        "Hirdetés",
        "Citește și: Portul are un nou director",
        "ΔΙΑΦΗΜΙΣΗ",
        "Читайте также: Паромы вернулись в порт",
        "Yorumlar (3)",
        # Arabic, Persian, Hebrew, Hindi, Bengali, Chinese, Japanese, Korean, Vietnamese, Swahili
        "اقرأ أيضا: الميناء يفتتح رصيفا جديدا",
        "منبع: خبرگزاری بندر",
        "צילום: דוברות הנמל",
        "यह भी पढ़ें: बंदरगाह पर नई सेवा",
        "প্রকাশ: ১২ মার্চ ২০২৭, ০৯:৩০",
        "分享到：微信 微博",
        "写真：港湾局提供",
        "무단 전재 및 재배포 금지",
        "Thứ tư, 3/2/2027, 09:31 (GMT+7)",
        "Soma pia: Bandari yapata kivuko kipya",
        # credits made of agency names, hashtag bars, Nordic and Finnish labels
        "Jon Smith/AFP via Getty Images",
        "(Reuters)",
        "#ferries #harbour",
        "Läs också: Hamnen får en ny terminal",
        "Mainos",
        # Rioplatense voseo, Lithuanian, Latvian, Malay; an Indian agency credit; a promo sentence
        "Seguinos en Instagram",
        "Dalintis Facebook",
        "Sekojiet mums Telegram",
        "Kongsi WhatsApp",
        "(With inputs from IANS)",
        "Get the app for breaking news alerts. Click here.",
    ],
)
def test_chrome_lines_in_an_article_are_flagged(chrome):
    text = article(chrome)
    assert chrome in " ".join(spans(text, "BP001")), chrome


@pytest.mark.parametrize(
    "prose",
    [
        "Shares in the ferry operator rose 4% after it said bookings were up.",
        "Read more about the plan in the authority's annual report, the spokesman said.",
        "The terminal was first proposed 20 years ago by a local fishing cooperative.",
        "“We will follow the rules,” the mayor told reporters.",
        "Background",
        "A new timetable",
        "The company, whose app lets passengers book tickets, said the share price had fallen.",
        "Tuesday, 4 May",
        "Lviv, Kyiv and Odesa all reported delays to ferries and trains.",
        "The slogan “¡Viva el puerto!” was painted on the wall by protesters.",
        "Photo opportunities were limited, the agency said, because the minister arrived late.",
        "Source: the harbour authority said the dispute had been settled after the court ruling last week.",
        "The union cannot accept all of the authority's demands, its leader said.",
        "Ukraine hopes to become a member of the bloc within a decade, the minister said.",
        "Follow the money",
        "Von der Leyen Visits the Harbour",
        "Reuters/Ipsos poll shows support for the terminal falling",
        "Tickets cost &#163;12 for adults",
        "Passengers who download the app will be able to buy tickets on board.",
    ],
)
def test_article_lines_are_not_flagged(prose):
    text = article(prose)
    assert spans(text, "BP001") == [], prose


def test_headline_is_never_flagged():
    text = "Watch: Ferries Return to the Old Harbour\n\n" + PARAGRAPH + ENDING
    assert spans(text, "BP001") == []


def test_outlet_masthead_above_the_headline():
    text = "Coastal Courier coastalcourier.net\n\n" + ARTICLE_START + PARAGRAPH + ENDING
    assert spans(text, "BP001") == ["Coastal Courier coastalcourier.net"]


def test_lone_lowercase_word_paragraph_but_not_a_list_item():
    flagged = ARTICLE_START + PARAGRAPH + "loading\n\n" + ENDING
    assert spans(flagged, "BP001") == ["loading"]
    listed = ARTICLE_START + "Pack these items:\nrain jacket\nwater bottle\nsunscreen\n\n" + ENDING
    assert spans(listed, "BP001") == []


def test_photo_credits_and_caption_markers():
    text = (
        ARTICLE_START
        + "Harbour master Ana Reyes (c) cuts a ribbon on the new pier.\n\n"
        + "Ana Reyes inspects the pier. Jon Smith/AFP/Pool\n\n"
        + "Jon Smith/Harbour Authority/Handout\n\n"
        + ENDING
    )
    found = spans(text, "BP001")
    assert "(c)" in found
    assert "Jon Smith/AFP/Pool" in found
    assert "Jon Smith/Harbour Authority/Handout" in found


def test_scraped_page_menus_and_footer_around_the_article():
    menu = "\n".join(["Home", "World", "Business", "Sport", "Culture", "Weather", "Newsletters", "Log in"])
    body = "\n".join(
        [
            "Harbour Authority Plans New Ferry Terminal",
            "Dana Lopez - 3 Feb 2027, 9:31 am",
            "The harbour authority said on Wednesday that the new terminal would open in spring after years of delay.",
            "Work on the pier will start next month, and the first ships are expected to dock there by the summer.",
            "Why the delay",
            "A dispute over the dredging contract held the project up for two years, officials told the council.",
            "Local ferry companies welcomed the decision and said they would add more crossings to the timetable.",
        ]
    )
    footer = "\n".join(
        [
            "Related Stories",
            "Fishing Fleet Returns to Port After Storm",
            "Council Approves Budget for Coastal Path",
            "About Us",
            "Contact",
            "Privacy Policy",
            "Terms of Use",
        ]
    )
    text = f"{menu}\n{body}\n{footer}\n"
    findings = lint_text(text, "BP001")
    flagged = {line for f in findings for line in text[f.start : f.end].split("\n")}
    for chrome in (*menu.split("\n"), *footer.split("\n"), "Dana Lopez - 3 Feb 2027, 9:31 am"):
        assert chrome in flagged, chrome
    for line in body.split("\n")[2:]:
        assert line not in flagged, line
    assert any("(8 lines)" in f.message for f in findings)  # a menu is one finding


def test_short_line_repeated_across_files_is_site_chrome():
    from newslint.config import Config
    from newslint.registry import select_rules
    from newslint.runner import lint_documents
    from newslint.sources import make_document

    docs = [
        make_document(f"a{n}.txt", ARTICLE_START + PARAGRAPH + "Coastal Courier Weekend Edition\n\n" + ENDING, "text")
        for n in range(4)
    ]
    found = lint_documents(docs, Config(), select_rules(["BP001"], [])).findings
    assert len(found) == 4 and all("repeated across files" in f.message for f in found)


def test_fix_deletes_the_line_and_is_unsafe():
    text = article("Share this article")
    (finding,) = lint_text(text, "BP001")
    assert finding.fix is not None and not finding.fix.applicability.value == "safe"
    edit = finding.fix.edits[0]
    fixed = text[: edit.start] + edit.content + text[edit.end :]
    assert "Share this article" not in fixed and PARAGRAPH in fixed


def _flagged_lines(text: str) -> set[str]:
    return {line for f in lint_text(text, "BP001") for line in text[f.start : f.end].split("\n")}


MENU = "\n".join(["Home", "World", "Business", "Sport", "Culture", "Weather", "Newsletters", "Log in"])
FOOTER = "\n".join(["About Us", "Contact", "Privacy Policy", "Terms of Use", "Careers", "Advertise"])


def test_scraped_page_with_a_results_table_between_paragraphs():
    """The cells of a table inside the article (names, figures) are not menus: the body search
    carries over them, so the paragraph before the table stays article text too."""
    intro = "The regional rowing championship ended on Sunday with three crews separated by less than a second."
    rows = []
    for crew, seconds, place in (
        ("Riverside", "402.1", "1st"),
        ("Lakeport", "402.6", "2nd"),
        ("Millbrook", "403.0", "3rd"),
        ("Eastfield", "407.9", "4th"),
        ("Northgate", "411.2", "5th"),
    ):
        rows += [crew, seconds, place]
    after = [
        "Riverside's coach said the crew had trained twice a day since the autumn and deserved the title.",
        "Lakeport will appeal the result, arguing that a buoy had drifted into their lane during the final.",
        "The organisers said they would review the video before confirming the standings next week.",
    ]
    body = [intro, "Final standings", "Crew", "Time", "Place", *rows, *after]
    text = f"{MENU}\nRowing Title Decided by Half a Second\n" + "\n".join(body) + f"\n{FOOTER}\n"
    flagged = _flagged_lines(text)
    for line in (intro, *rows, *after):
        assert line not in flagged, line
    for chrome in (*MENU.split("\n"), *FOOTER.split("\n")):
        assert chrome in flagged, chrome


def test_embedded_post_signature_belongs_to_the_article():
    body = [
        "The mayor answered her critics on social media late on Tuesday, hours after the vote in the council.",
        "Our city will not close a single library this year, and I will fight any budget that tries. "
        "pic.twitter.com/Ab12Cd34",
        "— Mayor Jo Ortega (@MayorOrtegaExample) March 4, 2027",
    ]
    lead = [
        "Council members had argued that two branches cost more to run than all the others put together.",
        "The budget committee will meet again next month to look for savings elsewhere in the plan.",
    ]
    text = f"{MENU}\nMayor Vows to Keep Libraries Open\n" + "\n".join(lead + body) + f"\n{FOOTER}\n"
    flagged = _flagged_lines(text)
    for line in lead + body:
        assert line not in flagged, line


@pytest.mark.parametrize(
    "schedule",
    [
        "Tue – Sat 8PM (closed Sun & Mon)",
        "12 March 2027 ~ 30 April 2027",
        "lunes – viernes 10:00",  # Spanish
        "Montag – Freitag 9:00",  # German
        "3 May 2027 | 28 June 2027",
    ],
)
def test_a_span_of_days_is_a_schedule_not_a_publication_stamp(schedule):
    assert not spans(article(schedule), "BP001")


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 09:31 03.02.2027",
        "Tuesday, 4 March 2027 - 10:15",
        "Jo Ortega March 4, 2027 - 1:05 pm",
        "04.03.2027 18:40",
    ],
)
def test_a_single_moment_is_still_a_publication_stamp(stamp):
    assert spans(article(stamp), "BP001")


def test_short_lines_inside_a_share_widget_are_judged_with_it():
    """Between two paragraphs, a run of short lines that is mostly chrome by its own words is a
    widget as a whole; a lone crosshead between paragraphs stays article text."""
    first = "Firefighters spent the night on the hillside above the village, where the wind kept changing direction."
    second = "By morning the fire was contained, and residents were allowed back into their homes before noon."
    third = "The regional government said it would pay for the damage to the school and the health centre."
    widget = ["Share this story", "Facebook", "Reddit", "Pocket", "Flipboard"]
    crosshead = "A village returns"
    body = [first, second, *widget, third, crosshead, first.replace("night", "evening"), second]
    text = f"{MENU}\nFire Contained Above Hill Village\n" + "\n".join(body) + f"\n{FOOTER}\n"
    flagged = _flagged_lines(text)
    for line in widget:
        assert line in flagged, line
    for line in (first, second, third, crosshead):
        assert line not in flagged, line


def test_link_closing_an_embedded_post_is_part_of_it():
    """A post's own link on a line of its own, just above the post's signature, belongs to the
    embedded post; the same link line with no signature after it is still chrome."""
    post = "Our city will not close a single library this year.\n\n⬇️ https://t.co/Ab12Cd34\n\n"
    signature = "— Mayor Jo Ortega (@MayorOrtegaExample) March 4, 2027\n\n"
    assert spans(ARTICLE_START + PARAGRAPH + post + signature + ENDING, "BP001") == []
    assert spans(ARTICLE_START + PARAGRAPH + post + ENDING, "BP001") == ["⬇️ https://t.co/Ab12Cd34"]


@pytest.mark.parametrize(
    "pointer",
    [
        "(Graphic: Ferry crossings since 2020 - here)",
        "(Video: The new pier from the air – here)",
        "Chart: Harbour traffic by month - https://example.com/harbour-chart",
    ],
)
def test_a_story_pointing_to_its_own_graphic_is_not_a_credit(pointer):
    assert spans(article(pointer), "BP001") == [], pointer


@pytest.mark.parametrize("credit", ["(Photo: Jon Smith/Reuters)", "Graphic: Harbour Authority", "Video: AFP"])
def test_media_credits_are_still_flagged(credit):
    assert credit in " ".join(spans(article(credit), "BP001")), credit


def test_short_closing_lines_of_a_scraped_article_stay_with_it():
    """The last paragraph of a story may be followed by parenthesised notes (pointers to its
    graphics, the agency's sign-off) and a short sentence: text of the story, not the footer."""
    body = [
        "The harbour authority said on Wednesday that the new terminal would open in spring after years of delay.",
        "Work on the pier will start next month, and the first ships are expected to dock there by the summer.",
        "A dispute over the dredging contract held the project up for two years, officials told the council.",
    ]
    closing = [
        "(Graphic: Ferry crossings since 2020 - here)",
        "(Chart: Cargo handled by the port - here)",
        "(Additional reporting by Ana Reyes in Lisbon)",
        "The vote was close.",
    ]
    text = f"{MENU}\nHarbour Authority Plans New Ferry Terminal\n" + "\n".join(body + closing) + f"\n{FOOTER}\n"
    flagged = _flagged_lines(text)
    for line in body + closing:
        assert line not in flagged, line
    for chrome in FOOTER.split("\n"):
        assert chrome in flagged, chrome


def test_credits_after_a_scraped_article_are_not_its_closing_lines():
    """Parenthesised credits made of names (no ordinary word) after the last paragraph are chrome."""
    body = [
        "The harbour authority said on Wednesday that the new terminal would open in spring after years of delay.",
        "Work on the pier will start next month, and the first ships are expected to dock there by the summer.",
    ]
    credits = ["(Jon Smith / Harbour Authority)", "(Ana Reyes / Coastal Photo Agency)", "(Kim Lee / Reuters)"]
    text = f"{MENU}\nHarbour Authority Plans New Ferry Terminal\n" + "\n".join(body + credits) + f"\n{FOOTER}\n"
    flagged = _flagged_lines(text)
    assert credits[1] in flagged and credits[2] in flagged


def test_short_chrome_line_above_the_headline_is_not_the_headline():
    text = (
        "Compartir en WhatsApp\n\n"
        "Floods close schools across three provinces\n\n"
        "Heavy rain closed schools across three provinces on Monday, officials in the capital said.\n"
    )
    assert [f.start for f in lint_text(text, "BP001")] == [0]
    dated = "Photos from March 2024\n\nHeavy rain closed schools across three provinces on Monday, officials said.\n"
    titled = "Follow the money\n\nHeavy rain closed schools across three provinces on Monday, officials said.\n"
    assert lint_text(dated, "BP001") == [] and lint_text(titled, "BP001") == []


# -- probe pages: chrome of many countries around an article ----------------------------------

PROBE = Path(__file__).parent / "data" / "boilerplate_probe"
PROBE_PAGES = sorted(PROBE.glob("*.txt"))


def _probe_rows(path: Path) -> list[tuple[str, str]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        mark, _, line = raw.partition(" ")
        if mark in ("C", "A", "a") and line.strip():
            rows.append((mark, line))
    return rows


def _probe_flags(rows: list[tuple[str, str]], joiner: str) -> list[bool]:
    text = joiner.join(line for _, line in rows) + "\n"
    findings = lint_text(text, "BP001")
    flags, offset = [], 0
    for _, line in rows:
        flags.append(any(f.start < offset + len(line) and f.end > offset for f in findings))
        offset += len(line) + len(joiner)
    return flags


def test_probe_covers_many_languages():
    assert len(PROBE_PAGES) >= 20
    assert {"en", "es", "fr", "de", "it", "pt", "ru", "uk", "pl", "tr", "ar", "hi", "zh", "ja", "id"} <= {
        page.stem for page in PROBE_PAGES
    }


@pytest.mark.parametrize("page", PROBE_PAGES, ids=lambda page: page.stem)
@pytest.mark.parametrize("joiner", ["\n\n", "\n"], ids=["text", "lines"])
def test_probe_page(page, joiner):
    """Every chrome line of the page is flagged and no article line is, whether the page comes as
    a machine-translated text (blank lines between blocks) or as one line per block."""
    rows = _probe_rows(page)
    flags = _probe_flags(rows, joiner)
    missed = [line for (mark, line), flag in zip(rows, flags, strict=True) if mark == "C" and not flag]
    tolerated = ("A",) if joiner == "\n" else ("A", "a")
    wrong = [line for (mark, line), flag in zip(rows, flags, strict=True) if mark in tolerated and flag]
    assert not missed, missed
    assert not wrong, wrong


# -- first line, relative times, cells, lists, typo widget ------------------------------------

BODY = (
    "The harbour authority said on Wednesday that the new terminal would open in the spring.\n\n"
    "Work on the pier will start next month, and the first ships are expected by the summer.\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "Startseite > Politik > Ausland",  # German
        "Главная / Новости / Экономика",  # Russian
        "Trang chủ > Kinh doanh > Tài chính",  # Vietnamese
        "Home » World",
        "Valley Courier | Log in | Register | Newsletter",  # a site's account menu
        "Haberler | Giriş | Abone Ol",  # Turkish
    ],
)
def test_a_breadcrumb_as_the_first_line_is_chrome(first):
    text = f"{first}\n\nHarbour Authority Plans New Ferry Terminal\n\n{BODY}"
    assert spans(text, "BP001") == [first]


@pytest.mark.parametrize(
    "title",
    [
        "Rain / Wind / Snow Batter the Coast Again",
        "Ukraine War - Live Updates",
        "Di Maria Scores Twice",
        "Election Results – Live Updates From Every County",
        "Flood Watch | Live Updates | Day Three",
    ],
)
def test_a_headline_with_separators_stays_the_headline(title):
    assert spans(f"{title}\n\n{BODY}", "BP001") == []


@pytest.mark.parametrize(
    "stamp",
    [
        "2 hours ago",
        "an hour ago",
        "hace 2 horas",  # Spanish
        "vor 3 Stunden",  # German
        "vor einer Stunde",
        "il y a 2 heures",  # French
        "2 ore fa",  # Italian
        "há 2 horas",  # Portuguese
        "2 часа назад",  # Russian
        "5 годин тому",  # Ukrainian
        "3 godziny temu",  # Polish
        "2 saat önce",  # Turkish
        "2 jam yang lalu",  # Indonesian
        "منذ ساعتين",  # Arabic
        "2 घंटे पहले",  # Hindi
        "3小时前",  # Chinese
        "2時間前",  # Japanese
        "3시간 전",  # Korean
        "12.03.2025",
        "2025年3月4日",
        "3 марта 2025",
        "15:42 | 03.03.2025",
        "12.03.2025, 15:42 Uhr",
        "04/03/2025 à 10h12",
        "Publié le 04/03/2025 à 10h12 - Mis à jour le 04/03/2025 à 11h30",
        "04/03/2025 às 10h12 - Atualizado há 2 horas",
        "Selasa, 4 Maret 2025 | 10:15 WIB",
    ],
)
def test_dates_and_relative_times_of_many_countries(stamp):
    assert stamp in " ".join(spans(article(stamp), "BP001")), stamp


@pytest.mark.parametrize(
    "meta",
    [
        "Von Anna Schmidt | Lesezeit: 3 Min.",
        "By Laura Bennett | 4 min read",
        "Par Claire Dubois",
        "di Marco Rossi",
        "Por María López Ruiz | Sevilla",
        "Haber Merkezi | 12.03.2025 - 14:30",
        "김민수 기자",  # Korean: the reporter's title after the name
        "Responsible editor: Wang Fang",  # Chinese chrome as machine translation renders it
    ],
)
def test_bylines_and_lines_of_cells(meta):
    assert meta in " ".join(spans(article(meta), "BP001")), meta


@pytest.mark.parametrize(
    "widget",
    [
        "Found a typo? Select it and press Ctrl+Enter",
        "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter",  # Russian
        "Fehler gefunden? Markieren Sie ihn und drücken Sie Strg+Enter",  # German
        "¿Has visto un error? Selecciónalo y pulsa Ctrl+Enter",  # Spanish
        "Vous avez repéré une faute ? Sélectionnez-la et appuyez sur Ctrl+Entrée",  # French
    ],
)
def test_error_report_widget(widget):
    assert widget in " ".join(spans(article(widget), "BP001")), widget


@pytest.mark.parametrize(
    "prose",
    [
        "PARIS (Reuters) - The government presented a budget with 40 billion euros in savings on Wednesday.",
        "By the year's end, the port authority expects automated cranes to handle a third of containers.",
        "Two years ago, the port handled half as many ships as it does today.",
        "Press Ctrl+Enter to send the message, the manual tells new users.",
        "Von 2026 an gelten neue Regeln für Neubauten in großen Städten.",
        "Por el momento, las cooperativas no han anunciado despidos.",
        "“We are not moving,” one crane operator said.",
        "What the union wants",
        "Most read books of the year were thrillers, the library said.",
        "Kick-off is at 6.30pm.",
        "Oleh Sentsov",  # a given name that is also the Indonesian 'by'
        "A crowd gathered two hours ago outside the court, police said.",
    ],
)
def test_chrome_looking_article_lines_are_not_flagged(prose):
    assert spans(article(prose), "BP001") == [], prose


def test_the_headline_a_lone_read_also_points_to_is_chrome():
    for lead in ("Read also:", "Lire aussi", "Читайте также:", "関連記事"):
        linked = f"{lead}\n\nShipping rates climb as diversions continue\n\n"
        text = ARTICLE_START + PARAGRAPH + linked + PARAGRAPH + ENDING
        found = " ".join(spans(text, "BP001"))
        assert lead in found and "Shipping rates climb" in found, lead


def test_a_paragraph_after_a_lone_read_also_stays():
    text = ARTICLE_START + PARAGRAPH + "Read also:\n\n" + PARAGRAPH + ENDING
    assert spans(text, "BP001") == ["Read also:"]


def test_a_most_read_list_is_chrome_but_a_numbered_list_in_the_story_is_not():
    story = (
        ARTICLE_START
        + PARAGRAPH
        + "The workers have set out three demands:\n\n"
        + "1. A pay rise of 8% over two years.\n\n"
        + "2. No compulsory night shifts for staff over 55.\n\n"
        + ENDING
    )
    items = ["1. Grève à la SNCF : le trafic perturbé jeudi", "2. Météo : un week-end printanier", "3 hours ago"]
    most_read = "\n\n".join(["Les plus lus", *items])
    flagged = " ".join(spans(story + "\n" + most_read + "\n", "BP001"))
    assert "1. Grève à la SNCF" in flagged and "2. Météo" in flagged and "3 hours ago" in flagged
    assert "pay rise" not in flagged and "night shifts" not in flagged


def test_a_list_ends_at_the_first_paragraph():
    text = (
        ARTICLE_START
        + PARAGRAPH
        + "Most read\n\n1. Storm warning issued for the north coast\n\n"
        + PARAGRAPH.replace("harbour authority", "ferry company")
        + "What comes next\n\n"
        + ENDING
    )
    flagged = " ".join(spans(text, "BP001"))
    assert "Storm warning" in flagged and "What comes next" not in flagged and "ferry company" not in flagged


def test_an_untranslated_sentence_is_not_page_chrome():
    # Portuguese, Spanish and Italian articles ('a', 'o', 'e') must not read as the 'A A' font widget.
    text = (
        "The river kept rising through the night, officials said on Tuesday morning.\n"
        "Segundo a prefeitura, o abrigo da escola recebeu mais famílias durante a noite.\n"
        "Relief teams reached the last cut-off villages by boat before noon.\n"
    )
    assert spans(text, "BP001") == []
    assert spans(text, "FL001")


def test_a_menu_of_short_cells_on_the_first_line_is_no_headline():
    # An untranslated Polish section menu above the headline.
    text = (
        "Wiadomości | Kraj | Świat | Sport | Kultura | Pogoda\n\n"
        "Storms cut power to thousands in the south\n\n"
        "Strong winds brought down trees and power lines across the region on Sunday, officials said.\n"
    )
    assert spans(text, "BP001") == ["Wiadomości | Kraj | Świat | Sport | Kultura | Pogoda"]
    text = "Budget 2025 | What it means for you\n\nThe chancellor set out her plans on Wednesday, officials said.\n"
    assert spans(text, "BP001") == []
    # The same menu with its separators lost (Portuguese, Hungarian), in capitals or not.
    text = (
        "Notícias Economia Esportes Cultura Vídeos\n\n"
        "Storms cut power to thousands in the south\n\n"
        "Strong winds brought down trees and power lines across the region on Sunday, officials said.\n"
    )
    assert spans(text, "BP001") == ["Notícias Economia Esportes Cultura Vídeos"]
    # A headline in title case has a verb or a small word among its words.
    text = "Culture Secretary Opens New Sport Centre\n\nThe centre cost 12 million pounds, the council said.\n"
    assert spans(text, "BP001") == []


def test_bare_read_label_before_a_teaser_headline():
    # Philippine, Indian and Kenyan sites tease another story with a bare "READ:" label.
    text = (
        "Heavy rain flooded parts of the port on Tuesday, forcing schools to close early.\n\n"
        "READ: Dam operators open gates as reservoirs fill up\n\n"
        "Officials said more than 1,500 families had been moved to evacuation centres.\n"
    )
    assert spans(text, "BP001") == ["READ: Dam operators open gates as reservoirs fill up"]


def test_indonesian_share_bar_and_an_ad_placeholder():
    text = (
        "Fuel prices rose again in Surabaya on Monday, officials at the energy ministry told reporters.\n\n"
        "Bagikan: Facebook WhatsApp Salin Link\n\n"
        "The ministry said the subsidy would stay in place until December at the earliest.\n\n"
        "SCROLL TO CONTINUE WITH CONTENT\n\n"
        "Drivers queued for hours at stations across the city as supplies ran short, witnesses said.\n"
    )
    assert spans(text, "BP001") == ["Bagikan: Facebook WhatsApp Salin Link", "SCROLL TO CONTINUE WITH CONTENT"]


def test_a_row_of_platform_names_with_labels_of_another_language():
    # Turkish and Polish share bars whose 'email' and 'print' labels no list holds.
    assert judge_line("Paylaş: Facebook Twitter WhatsApp E-posta Yazdır") == "share bar"
    assert judge_line("Facebook Twitter WhatsApp Drukuj") is not None
    # English words among the platform names make a headline, not a share bar.
    assert judge_line("Facebook, Twitter and Google fined") is None


def _scraped_bus_page(widget: list[str]) -> list[str]:
    """BP001 findings on a naively scraped page (one line per block) with widget lines between
    its second and third paragraphs."""
    lines = [
        "Sofia Opens Night Buses For Winter",
        "Home | News | City",
        "The municipality will run four night bus lines from Friday until the end of February, the mayor said.",
        "The lines will connect the central station with the largest housing estates every forty minutes.",
        *widget,
        "Drivers will be paid a winter bonus, and the city hopes to hire twenty more of them by January.",
        "Residents welcomed the plan but asked for heated shelters at the busiest stops, a survey showed.",
        "The transport company said tickets would cost the same as during the day, a spokesman added.",
        *"Share|Facebook|Twitter|Comments (4)|Login|Privacy".split("|"),
    ]
    return spans("\n".join(lines) + "\n", "BP001")


def test_bulleted_items_under_a_chrome_heading_of_another_language():
    # A scraped Bulgarian page: the 'related news' heading is chrome, and so are its bulleted items.
    found = _scraped_bus_page(
        ["СВЪРЗАНИ НОВИНИ", "• Metro extension to open two months late", "• New tram depot gets first vehicles"]
    )
    assert any("New tram depot gets first vehicles" in text for text in found)
    assert not any("heated shelters" in text for text in found)


def test_every_bulleted_item_under_a_related_articles_label():
    # Inside the body a label points to one headline; a bulleted list under it is all chrome.
    widget = [
        "Read also:",
        "• Metro extension to open two months late",
        "• Tram depot gets its first vehicles: what changes for riders",
    ]
    found = _scraped_bus_page(widget)
    assert any("what changes for riders" in text for text in found)
    assert not any("winter bonus" in text for text in found)


def test_a_dated_byline_cut_at_its_dashes_and_a_share_row_with_foreign_labels():
    # A Turkish, a Polish and a Portuguese site: the date and hour of one moment, and share rows
    # whose labels no English list holds beside a platform name.
    assert judge_line("City Desk | 03.05.2025 - 09:12 | Update: 03.05.2025 - 11:40") == "publication timestamp"
    assert judge_line("Redakcja | 14.02.2024 - 18:05") is not None
    assert judge_line("Megosztás Tweetelés WhatsApp E-mail") == "share bar"
    assert judge_line("Podijeli Tvitaj WhatsApp E-pošta") == "share bar"


def test_a_range_of_days_and_prose_with_a_platform_stay_article_text():
    assert judge_line("Tue – Sat 4PM") is None
    assert judge_line("3 May 2019 - 9 June 2019") is None
    assert judge_line("Ministers met on WhatsApp late on Friday") is None


def test_pagination_in_other_languages_and_a_share_row_naming_a_messenger():
    assert judge_line("Halaman: 1 2 3 Berikutnya") is not None or judge_line("Halaman 1 2 3") is not None
    assert judge_line("Strona 1 2 3 następna") == "navigation menu"
    assert judge_line("Paylaş: Facebook Twitter WhatsApp Line Telegram") is not None
    assert judge_line("Facebook Twitter WhatsApp users said") is None


def test_a_menu_row_with_a_section_label_the_vocabulary_lacks():
    assert judge_line("Home News World Business Horoscopes Sport Weather Contact") == "navigation menu"
    assert judge_line("Text size Enlarge Reduce Print") is not None
    assert judge_line("Comments 3 You must be logged in to post a comment.") is not None


def test_headlines_with_a_few_section_words_are_not_menus():
    assert judge_line("Culture Secretary Opens New Sport Centre In Leeds") is None
    assert judge_line("World Business Leaders Meet In Davos") is None


def test_a_sites_name_before_the_dateline():
    text = "HARBOURPOST.CO.ID, KUPANG - Ferries resumed on Monday after the storm, the port authority said.\n"
    assert spans(text, "BP001") == ["HARBOURPOST.CO.ID"]
    plain = "The shop example.com - which sells tickets online - reopened on Monday, its owner said.\n"
    assert spans(plain, "BP001") == []


def test_a_two_label_breadcrumb_in_another_language():
    assert judge_line("Cronaca › Napoli") is not None
    assert judge_line("Sport » Calcio") is not None
    assert judge_line("He said » no") is None


def test_an_editors_initials_tag_closing_an_article():
    assert judge_line("(rzp/dwl)") == "editor's initials"
    assert judge_line("(see below)") is None


def test_a_caption_closed_by_its_photo_credit():
    text = (
        "Ferry fares rise in spring\n\n"
        "The ferry company will raise fares by five per cent in April, its director said on Monday.\n\n"
        "▲ Passengers board the morning ferry at the old pier. Photo = provided by Jung-gu Office\n\n"
        "A ferry leaves the harbour at dawn. Foto: Prefeitura/Divulgação\n\n"
        "The company said the money would pay for two new boats and a longer pier.\n"
    )
    assert [finding.message.split(":")[0] for finding in lint_text(text, "BP001")] == [
        "photo caption and credit",
        "photo caption and credit",
    ]
    # A sentence of the story that names a photographer is no credit line.
    text = "The exhibition opened on Monday. Photos by local students fill the hall until May.\n"
    assert spans(text, "BP001") == []


@pytest.mark.parametrize(
    "line",
    [
        "Save my name, email, and website in this browser for the next time I comment.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Notify me of follow-up comments by email.",
        "By clicking Accept, you consent to our use of cookies and other tracking technologies.",
        "Image copyright Reuters",
        "Image caption Volunteers filled sandbags near the river",
        "More in Business",
        "Popular Posts",
        "Learn more",
        "No spam, ever. You can unsubscribe at any time.",
        "Prices are indicative; quotes delayed by 20 minutes.",
    ],
)
def test_comment_forms_consent_photo_furniture_and_blog_sidebars_are_chrome(line):
    assert judge_line(line) is not None
