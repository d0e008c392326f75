from conftest import lint_text, spans


def fixed(text: str) -> str:
    """The text with every PU001 fix applied (fixes do not overlap in these tests)."""
    findings = sorted(lint_text(text, "PU001"), key=lambda f: f.start, reverse=True)
    for finding in findings:
        for edit in finding.fix.edits:
            text = text[: edit.start] + edit.content + text[edit.end :]
    return text


def test_chinese_and_japanese_marks_beside_english_words():
    text = "The new bridge opened on Monday。Traffic eased，officials said、and buses ran（partly）on time.\n"
    assert spans(text, "PU001") == ["。", "，", "、", "（", "）"]
    assert (
        fixed(text)
        == "The new bridge opened on Monday. Traffic eased, officials said, and buses ran (partly) on time.\n"
    )


def test_arabic_devanagari_greek_armenian_and_hebrew_marks():
    text = (
        "The minister visited Basra، then Mosul؛ why now؟ Crowds waited।\n"
        "Is this fair\u037e The port reopened\u0387 trade resumed։ Ramat Gan\u05f3s mayor spoke.\n"
    )
    assert spans(text, "PU001") == ["،", "؛", "؟", "।", "\u037e", "\u0387", "։", "\u05f3"]
    assert fixed(text).startswith("The minister visited Basra, then Mosul; why now? Crowds waited.")


def test_marks_inside_their_own_script_are_untranslated_text_not_stray():
    clean = (
        "The sign read 北京欢迎你。 and the crowd cheered.\n"
        "The banner said مرحبا، أهلا in large letters.\n"
        "Posters with नमस्ते। भारत hung in the hall.\n"
    )
    assert spans(clean, "PU001") == []


def test_spanish_inverted_marks_only_before_english_words():
    assert spans("The cuts are deep. ¿How far will they go? Nobody knows.\n", "PU001") == ["¿"]
    assert spans("Fans sang ¡Viva México! all night long.\n", "PU001") == []


def test_greek_ano_teleia_as_middle_dot_and_question_semicolon():
    text = "Crews will patrol the forests· residents must stay alert.\n\nWill the rain come in time; Farmers hope so.\n"
    assert spans(text, "PU001") == ["·", ";"]
    clean = "Prices rose in Paris; London held steady. The menu · drinks · desserts line is chrome.\n"
    assert spans(clean, "PU001") == []


def test_french_spacing_in_prose_but_not_times_emoticons_or_labels():
    text = "The message from the utility company is nevertheless clear : repairs will take days.\n"
    assert spans(text, "PU001") == [" :"]
    clean = (
        "The meeting started at 10 : 30 in the morning and ended before lunch.\n"
        "Great result for the team today, really happy about it : )\n"
        "Tel : 555 0100\n"
    )
    assert spans(clean, "PU001") == []


def test_doubled_and_mixed_marks():
    text = "Rates rose to 5%,. Exports fell,, again. It was late.. Then it rained;. The game was over!. Fans left.\n"
    assert spans(text, "PU001") == [",.", ",", ".", ";.", "!."]
    assert fixed(text).startswith("Rates rose to 5%. Exports fell, again. It was late. Then it rained;")


def test_doubled_period_after_sentence_has_a_safe_fix():
    text = "The talks could collapse by spring. .\n"
    findings = lint_text(text, "PU001")
    assert [text[f.start : f.end] for f in findings] == [" ."]
    assert findings[0].fix.applicability.value == "safe"


def test_period_inside_phrase_and_comma_ending_paragraph():
    text = "The farm lacks the water. supply it needs to grow.\n\nThe minister said on Sunday that the plan,\n"
    found = spans(text, "PU001")
    assert ". supply" in found
    assert "," in found


def test_sentence_may_open_on_a_lowercase_brand_with_digits():
    """A coined name glued to digits ('go2market', 'de4fish', 'kl1x') keeps its lowercase at the
    start of a sentence; a plain lowercase word there still shows a stray period."""
    for name in ("go2market", "de4fish", "kl1x"):
        text = f"The ferry company bought new ships last year. {name} runs the booking site.\n"
        assert spans(text, "PU001") == [], name
    assert spans("The company sold the ships. for more money.\n", "PU001") == [". for"]


def test_space_before_comma_reported_once_when_the_whole_text_does_it():
    text = "The senator , a lawyer , spoke on Monday , before the vote , in Abuja.\n"
    found = lint_text(text, "PU001")
    assert len(found) == 1 and "4 times" in found[0].message


def test_not_ellipses_numbers_abbreviations_code_or_units():
    clean = (
        "He paused... and said 1,000.5 tonnes was fine. The U.S. envoy, Dr. Okafor, arrived at 9 a.m. on Monday. "
        "Anna K. Lindqvist spoke. The match was odd . . . with swings [...] throughout. Add 2 tsp. olive oil. "
        "Use std::vector here. See www.example.com/page?id=3 for more. Tools, etc., were sold. Yahoo!. Cafe&#233;, "
        "he wrote.\n"
    )
    assert spans(clean, "PU001") == []


def test_space_before_comma_after_a_closing_quote_or_bracket():
    text = (
        'Vamos a ganar, "we will win" , the coach told fans in Sevilla.\n\n'
        "The lira (down 3%) , the bourse and bonds all fell in Istanbul.\n"
    )
    assert spans(text, "PU001") == [" ,", " ,"]
    assert fixed(text).startswith('Vamos a ganar, "we will win", the coach')
    clean = (
        'He shouted " , " twice. The list: "a", "b" and "c". Scores (2-1), (3-0) and (1-1) were close.\n'
        "Das sagte er: 'nein'. Then he left.\n"
    )
    assert spans(clean, "PU001") == []


def test_dash_between_a_quotation_and_its_speech_verb():
    text = (
        '"The new line opens in May", - announced the mayor of the district.\n'
        "\u00abWe are ready for the season\u00bb, \u2014 added the coach.\n"
    )
    assert spans(text, "PU001") == ["-", "\u2014"]
    assert fixed(text).startswith('"The new line opens in May", announced the mayor')


def test_dashes_after_quotations_in_english_are_left_alone():
    clean = (
        'The choir sang "Silent Night" - the hall went quiet.\n'
        'He called the plan "bold, if risky" \u2014 and then voted for it.\n'
        "The title reads \u00abOpen City\u00bb \u2014 a nod to the film.\n"
    )
    assert spans(clean, "PU001") == []


def test_greek_question_mark_after_a_leading_conjunction():
    text = "The heat will last a week. But is the power grid ready for it; Engineers doubt it.\n"
    assert spans(text, "PU001") == [";"]
    # A conjunction before an ordinary clause is no question.
    assert spans("The mayor spoke; residents listened. And the council agreed; Nobody objected.\n", "PU001") == []


def test_french_spacing_before_a_mark_that_closes_a_quotation():
    text = 'The rule is clear : no exceptions. "Is that fair ?" a farmer asked in Rennes.\n'
    assert spans(text, "PU001") == [" :", " ?"]


def test_greek_question_mark_before_a_closing_quotation_mark():
    # Greek MT keeps ';' as the question mark inside a quotation.
    text = 'The farmers asked the minister: "Who will pay for the damage;" and walked out.\n'
    assert spans(text, "PU001") == [";"]
    assert spans('He listed the rules: "no dogs; no bikes" and left.\n', "PU001") == []


def test_middle_dot_as_a_list_mark_between_words():
    # Korean and Japanese join the items of a list with '·' or '・'.
    text = "New support for housing·childcare was announced, and the rail・bus pass is cheaper.\n"
    assert spans(text, "PU001") == ["·", "・"]
    assert spans("She studied at the col·legi in Girona.\n", "PU001") == []


def test_a_space_before_an_exclamation_mark_that_closes_a_quotation():
    # French and Swiss MT: edited speech never spaces its '!' or '?', even without French colons.
    text = '"We will rebuild the bridge, whatever it costs !" the mayor said at the site.\n'
    assert spans(text, "PU001") == [" !"]
    # Outside a quotation, a lone spaced '!' is a casual English habit and stays silent.
    assert spans("What a match it was ! Fans sang until midnight in the square.\n", "PU001") == []


def test_a_mixed_pair_after_a_space_is_flagged_too():
    text = '"Nobody told the families anything ,. We learned it from the radio," she said.\n'
    assert spans(text, "PU001") == [",."]


def test_a_dash_after_the_comma_inside_the_quotation():
    # Russian and Bulgarian set '," —' before the speech verb; English keeps only the comma.
    text = '"The queue started at six in the morning," — said a resident of the district.\n'
    assert spans(text, "PU001") == ["—"]
    assert fixed(text) == '"The queue started at six in the morning," said a resident of the district.\n'


def test_numbers_and_dates_in_the_source_convention():
    # Swiss German thousands, Korean year-first dates, Finnish and German day.month dates.
    text = (
        "The new wing will cost 3'750'000 francs, the canton said.\n\n"
        "The court will announce its ruling on 2025.6.12 at the latest.\n\n"
        "The road will be closed from 3.12. until the spring thaw.\n\n"
        "Inspections ran between 4.9. and 20.9. in all schools. Doors open at 9h30 daily.\n"
    )
    assert spans(text, "PU001") == ["3'750'000", "2025.6.12", "3.12.", "4.9.", "20.9.", "9h30"]


def test_decimals_feet_and_stamps_of_page_chrome_stay_silent():
    text = (
        "The shares closed at $8.08. Traders said the fall was overdone.\n\n"
        "The centre is 6'2\" tall and the rate rose to 1.4. It was the first rise.\n\n"
        "Posted 12.08.2025 - 14:27 | Updated 12.08.2025 - 16:05\n\n"
        "The 1,200 workers were paid. It's 10'000 times better, one fan wrote online. The 24h race ended.\n"
    )
    assert spans(text, "PU001") == ["10'000"]


def test_marks_of_hebrew_russian_and_japanese_typography():
    text = "The Haifa\u05beAcre road reopened. Lyceum №12 stays shut. Up to 20〜30 cm of snow fell.\n"
    assert spans(text, "PU001") == ["\u05be", "№", "〜"]


def test_arabic_number_marks_between_western_digits():
    text = "The price is 5\u066c000 shekels, up 4\u066b5\u066a from May.\n"
    assert spans(text, "PU001") == ["\u066c", "\u066b", "\u066a"]
    # Inside Arabic-script digits the marks belong to the untranslated number (FL001's).
    assert spans("The sign read \u0665\u066c\u0660\u0660\u0660 in the shop window.\n", "PU001") == []


def test_the_ordinal_dot_of_a_day_before_a_month():
    text = "Flights resume on 1. June, and the line is closed from 10. 3. until April.\n"
    found = lint_text(text, "PU001")
    assert [text[f.start : f.end] for f in found] == ["1. June", "10. 3."]
    assert found[0].message.endswith("write '1 June'")
    # A sentence that ends on a number before 'May' or a month: no date word introduces it.
    assert lint_text("The index rose 4. May brought losses. He was 1. March came.\n", "PU001") == []


def test_a_comma_after_the_space_instead_of_before_it():
    found = lint_text("The group includes NYK ,and a Greek family office.\n", "PU001")
    assert [f.message for f in found] == ["comma after the space instead of before it"]


def test_a_spaced_pair_of_full_stops_and_a_stray_bullet_between_paragraphs():
    # Indonesian and Lithuanian pages flattened by a scraper, then translated.
    text = (
        "Each family will receive aid of 10 million rupiah ..\n\n"
        "The mayor said the bridge would reopen in the spring.\n\n•\n\n"
        "Road crews will start on the new bypass in late autumn. • The council said the cost was not yet known.\n"
    )
    found = spans(text, "PU001")
    assert found == [" .", "•", "•"]


def test_ellipses_menus_and_bulleted_lists_stay_silent():
    text = (
        "He paused ... and then spoke. Wait . . . he said.\n\n"
        "Politics • World • Sport • Business\n\n"
        "• The bridge will reopen in May.\n• The mayor said work starts soon.\n"
    )
    assert spans(text, "PU001") == []


def test_a_greek_question_mark_before_the_questions_attribution():
    text = "Why did the ferry leave without us; passengers asked at the port.\n"
    assert spans(text, "PU001") == [";"]
    assert spans("The ferry left early; passengers asked for refunds.\n", "PU001") == []


def test_a_clock_time_with_a_spaced_h():
    text = "The polls close at 20 h and the count starts from 21 h 15 at the town hall.\n"
    assert spans(text, "PU001") == ["20 h", "21 h 15"]
    assert spans("The relay lasted 16 h, at 40 km/h on average.\n", "PU001") == []


def test_an_ordinal_date_after_a_weekday_and_its_comma():
    text = "The final is on Sunday, 12. March, at 3 pm in the old stadium.\n"
    assert spans(text, "PU001") == ["12. March"]


def test_a_dash_and_no_comma_between_a_quotation_and_its_speech_verb():
    text = "“The air is bad, we keep the children at home” – she wrote on Monday.\n"
    assert spans(text, "PU001") == ["–"]
    clean = "“We are done” — and the talks ended. “We are done,” she said.\n"
    assert spans(clean, "PU001") == []


def test_a_prose_paragraph_that_ends_on_a_semicolon():
    text = (
        "Ferries\n\nResidents said the timetable had changed twice since the spring;\n\n"
        "The operator did not reply.\n"
    )
    assert spans(text, "PU001") == [";"]


def test_list_items_that_end_on_semicolons_stay_silent():
    text = (
        "The plan covers:\n\n- new ferries for the island routes in the summer;\n\n"
        "- a second pier at the harbour and a waiting room;\n\n- lower fares for students.\n"
    )
    assert spans(text, "PU001") == []
