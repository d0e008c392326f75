from conftest import lint_text, spans


def test_guillemets_and_low_marks_of_other_conventions():
    text = (
        'The union called the offer «an insult" on Friday.\n\n'
        "„We will not sign this deal,” the mayor of Gdańsk said.\n\n"
        'The coach said »the players gave everything" after the match.\n'
    )
    # The Polish pair „...” is one finding over its quotation (English shares the closing mark).
    assert spans(text, "QU001") == ["«", "„We will not sign this deal,”", "»"]


def test_german_pair_flags_both_marks():
    text = "„We expected more from the talks,“ the trade minister told reporters in Berlin.\n"
    assert spans(text, "QU001") == ["„", "“"]


def test_corner_brackets_and_gershayim_as_quotes_in_english():
    text = (
        "「We have doubled the harbour's capacity,” the Osaka port manager said.\n\n"
        "\u05f4We need more buses,” the Haifa transport official said.\n"
    )
    assert spans(text, "QU001") == ["「", "\u05f4"]


def test_marks_inside_their_own_script_are_left_alone():
    clean = "The film 「東京物語」 screened twice. The acronym צה\u05f4ל appears on the banner.\n"
    assert spans(clean, "QU001") == []


def test_curly_opening_closed_by_straight_mark_and_reversed_marks():
    text = '“The new line carries thousands every day," the rail director said.\n\n”Nobody told us,” a driver said.\n'
    found = lint_text(text, "QU001")
    # The mismatched pair is reported over its quotation; the fix writes the closing mark.
    assert [text[f.start : f.end] for f in found] == ['“The new line carries thousands every day,"', "”"]
    assert [text[e.start : e.end] for f in found for e in f.fix.edits] == ['"', "”"]
    assert all(f.fix.applicability.value == "safe" for f in found)


def test_lost_closing_mark_before_the_attribution():
    text = "The mayor spoke on Friday. “There is no crisis and the budget is balanced, she said.\n"
    found = lint_text(text, "QU001")
    assert [text[f.start : f.end] for f in found] == ["“"]
    text = 'After the draw the coach was calm. "We were tired by the final whistle, said Rui Almeida.\n'
    assert spans(text, "QU001") == ['"']
    text = '"Nie oddamy ani metra, the farmers chanted as tractors blocked the road outside Lublin.\n'
    assert spans(text, "QU001") == ['"']
    closed = '"We will not give up," the farmers chanted as tractors blocked the road near Lublin.\n'
    assert spans(closed, "QU001") == []


def test_curly_document_extra_closing_and_unclosed_quotation():
    text = (
        "Officials called the plan “a first step.” much needed”.\n\n"
        "“We are not planning any new taxes this year.\n\n"
        "The budget passes next week.\n"
    )
    found = spans(text, "QU001")
    assert found == ["needed”", "“We are not planning any new taxes this year."]


def test_edited_news_conventions_are_not_flagged():
    clean = (
        'He said: "We are ready to act.\n\n"And we will act when the time comes," he added.\n\n'
        "“He called it ‘a red herring’ on Monday,” Weiss said. Students’ fees rose; "
        "don’t panic, O’Neil said of the ’90s.\n\n"
        'The TV measures 55" across. She said: "It was hard. "We kept going. "We won," she said.\n\n'
        'The board said the result was "disappointing". Later it said "the forecast is cautious.\n\n'
        "Older posts «  |  » Newer\n"
    )
    assert spans(clean, "QU001") == []


def test_straight_mark_opened_inside_a_clause_and_never_closed():
    # MT and careless scrapers drop the closing mark of a quoted phrase: after an ordinary word
    # (not a speech verb or a colon) no quotation of several paragraphs starts.
    text = 'The agency warned of an "extreme heat wave across the south on Sunday.\n\nSchools will close early.\n'
    assert spans(text, "QU001") == ['"extreme heat wave across the south on Sunday.']


def test_long_text_of_quotes_is_linear():
    # A million marks must not make the scan quadratic; it only has to finish.
    text = '"' * 200_000 + "\n"
    assert isinstance(lint_text(text, "QU001"), list)


def test_both_marks_of_a_foreign_pair_are_reported_each_with_its_fix():
    # Italian and Russian guillemets, Japanese corner brackets: the closing mark needs its fix too.
    text = "The mayor called the bridge «a miracle» and the plan 「bold」.\n"
    found = lint_text(text, "QU001")
    assert [text[f.start : f.end] for f in found] == ["«", "»", "「", "」"]
    # The replacement follows the document's own convention: straight marks when it has no curly ones.
    assert [f.fix.edits[0].content for f in found] == ['"', '"', '"', '"']
    curly = 'She said “yes” twice. ' + text
    assert [f.fix.edits[0].content for f in lint_text(curly, "QU001")] == ["“", "”", "“", "”"]


def test_a_quotation_that_runs_into_an_attribution_by_an_unnamed_speaker():
    # Dutch and Swedish MT drop the closing mark before 'said one official'.
    text = 'Critics were blunt. "The plan failed from the start, said one VVD lawmaker, who gave no name.\n'
    assert spans(text, "QU001") == ['"']


def test_two_single_marks_typed_for_a_double_one():
    # A habit of Pakistani, Indian and Nigerian newspapers.
    text = "The mayor said ''the air is poison'' on Friday, and ‘‘we will act,’’ the governor added.\n"
    assert spans(text, "QU001") == ["''", "''", "‘‘", "’’"]
    assert spans("It's rock 'n' roll, and the players' 'big day' came.\n", "QU001") == []


def test_quotation_opened_after_a_sentence_and_never_closed():
    # The closing mark lost at the end of a paragraph (Amharic, Hindi, Spanish sources).
    text = (
        'The governor opened the plant. "It belongs to every family in the region.\n\n'
        "The ceremony ended with fireworks over the river.\n"
    )
    assert spans(text, "QU001") == ['"It belongs to every family in the region.']


def test_quotation_over_two_paragraphs_after_a_sentence_stays_silent():
    text = (
        'The governor opened the plant. "It belongs to every family in the region.\n\n'
        '"We will pay for it together, and we will share what it makes," she said.\n'
    )
    assert spans(text, "QU001") == []


def test_quotation_opened_with_a_single_mark_and_closed_with_a_double():
    # Korean, Dutch and Hindi MT mixes the two in straight-quote articles.
    text = (
        'The "new" plan failed. Critics call them the ‘lost decade” generation.\n\n'
        "One nurse said: 'We have no beds left for anyone,” and went back inside.\n"
    )
    assert spans(text, "QU001") == ["‘lost decade”", "'We have no beds left for anyone,”"]


def test_single_quotes_inside_a_double_quotation_and_apostrophes_stay_silent():
    text = "“The ‘smart’ city is a dream,” he said. It's the '90s again, and rock 'n' roll is back.\n"
    assert spans(text, "QU001") == []


def test_a_dash_that_opens_quoted_speech():
    # Swedish, Finnish and Russian news open a quotation with a dash and name the speaker after it.
    text = (
        "The queues at the clinic grew again in January.\n\n"
        "– We cannot keep working like this, says nurse Karin Lund.\n\n"
        "— Nobody asked the villages, the mayor told reporters on Friday.\n"
    )
    assert spans(text, "QU001") == ["–", "—"]


def test_dashes_of_lists_and_asides_stay_silent():
    text = (
        "What changes from Monday:\n\n– Trams every ten minutes\n– Night buses on weekends\n\n"
        "The plan – which the council approved, said the mayor – costs little.\n"
    )
    assert spans(text, "QU001") == []


def test_a_pair_of_two_different_marks():
    # A straight mark opened, a curly one closed; a single mark opened, a double one closed.
    text = 'The mayor said "we will rebuild the bridge” on Friday.\n'
    assert [text[f.start : f.end] for f in lint_text(text, "QU001")] == ['"we will rebuild the bridge”']
    text = "The doctor said 'we have no free beds since Monday\" and left.\n"
    assert len(lint_text(text, "QU001")) == 1
    # Straight pairs, contractions and a single-quoted phrase stay silent.
    text = "She said \"it's fine\" and 'that's all'. He said: \"We won't go.\" Later, 'a joke' was made.\n"
    assert lint_text(text, "QU001") == []


def test_a_comma_outside_a_quoted_sentence_before_the_speech_verb():
    # Portuguese, Spanish and German news put the comma after the closing mark.
    text = (
        "The campaign starts on Monday.\n\n"
        "\"The vaccine is safe for every child in the city\", said the health secretary.\n\n"
        "“We will not close the clinic under any circumstances”, he said on Friday.\n"
    )
    assert spans(text, "QU001") == ['",', "”,"]


def test_a_quoted_fragment_keeps_its_comma_outside_in_british_style():
    text = (
        "The merger is \"under review\", said the firm. Fans found the sequel “oddly flat”, "
        "said the critic.\n\n\"We will not close the clinic under any circumstances,\" he said.\n"
    )
    assert spans(text, "QU001") == []


def test_a_paragraphs_only_straight_mark_left_open():
    text = 'A trader said: "Nobody has delivered flour since Monday.\n\nThe bakery closed early.\n'
    assert spans(text, "QU001") == ['"Nobody has delivered flour since Monday.']
    continued = 'A trader said: "Nobody has delivered flour since Monday.\n\n"We close at noon now," she added.\n'
    assert spans(continued, "QU001") == []


def test_a_straight_single_quotation_never_closed():
    # Dutch and English-language sources quote with single marks; MT dropped the closing one.
    quoted = "'Last time the lorries came at midnight, said one father. Officials promised checks."
    assert spans(f"Parents were angry. {quoted}\n", "QU001") == [quoted]


def test_closed_single_quotations_apostrophes_and_reopened_paragraphs_stay_silent():
    clean = (
        "She told him, 'We will not move,' and left. The drivers' union met later.\n\n"
        "'The first part of the plan is ready, the mayor said.\n\n"
        "'The rest will follow in May,' she added.\n\n"
        "\"He said, 'Everyone brings a dish, so we bring one as well.'\" The host laughed.\n"
    )
    assert spans(clean, "QU001") == []


def test_a_stray_straight_mark_inside_an_open_quotation():
    # Korean and Thai MT: a mark typed again mid-sentence, leaving the paragraph's marks odd.
    text = '"The pool will reopen in May," he said. "Please "bring your own towels."\n'
    assert spans(text, "QU001") == ['"Please "']
    # A quotation inside another, in straight marks, pairs off: edited text does this.
    text = '"You say you are "too busy to come"; you never call," she wrote. "It hurts."\n'
    assert spans(text, "QU001") == []


def test_a_question_that_runs_into_its_attribution_lost_its_closing_mark():
    # Vietnamese and Telugu MT: the quoted question ends, then the speaker, with no closing mark.
    text = "“The water comes every second day. Who can live like this? the fisherman asked.\n"
    found = lint_text(text, "QU001")
    assert len(found) == 1 and "before 'the fisherman asked' is missing" in found[0].message
    text = "“Who can live like this?” the fisherman asked.\n"
    assert spans(text, "QU001") == []
