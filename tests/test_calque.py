"""CQ001: every calque pattern flags its own examples and none of its counter-examples, and the
families hold across source languages on sentences written for these tests."""

import pytest
from conftest import lint_text, spans

from newslint.rules.calque import calques, matches


@pytest.mark.parametrize("calque", calques(), ids=lambda c: c.id)
def test_examples_flagged_and_counter_examples_not(calque):
    assert calque.examples and calque.counter, "every pattern documents what it must and must not flag"
    for example in calque.examples:
        assert matches(calque, example), f"{calque.id} misses: {example}"
        assert spans(example, "CQ001"), example
    for counter in calque.counter:
        assert not matches(calque, counter), f"{calque.id} flags: {counter}"


def test_the_catalogue_is_broad():
    patterns = calques()
    languages = {language for calque in patterns for language in calque.languages}
    assert len(patterns) >= 300
    assert len(languages) >= 30
    assert len({calque.id for calque in patterns}) == len(patterns), "pattern ids are unique"


@pytest.mark.parametrize(
    "text, flagged",
    [
        # Bengali/Turkish: no plural after a number
        ("In the second innings he took four wicket for 19 runs.", "four wicket"),
        # Swahili: currency, scale, number
        ("The utility reported profits of shillings billion 30 this year.", "shillings billion 30"),
        # Chinese classifier
        ("The city now runs 25 frame drones for parcel delivery.", "25 frame drones"),
        # French: 'depuis' with a duration
        ("Thousands of homes have been without power since more than two days.", "since more than two days"),
        # Spanish: 'asistir a'
        ("Dozens of fans assisted to the funeral in Rosario.", "assisted to"),
        # Polish/Croatian false friend 'aktualny'
        ("The actual government has promised to cut taxes.", "actual"),
        # Catalan impersonal passive
        ("It is foreseen that the line will reopen in spring.", "It is foreseen that"),
        # Romanian preposition
        ("The deficit hit 7.2% from GDP, the ministry said.", "from"),
        # Greek article before a title and name
        ("Reporters asked the Mr. Karamanlis about the budget.", "the Mr"),
        # Hindi 'discussed about'
        ("The two chief ministers discussed about water sharing.", "discussed about"),
        # Korean date without month
        ("On the 21st, the ministry announced new export rules.", "On the 21st"),
        # Vietnamese 'lượt'
        ("The airport served 30 million passenger turns this year.", "passenger turns"),
        # Russian/Ukrainian: 'в ближайшее время', 'сообщил о', inverted 'сообщает пресс-служба'
        ("Power will be restored in the nearest time, the operator said.", "in the nearest time"),
        ("The governor reported about the downing of three drones.", "reported about"),
        ("The bridge reopened, reports the press service of the city council.", "reports the press service"),
        # Spanish/Portuguese/Italian: 'no descartan', 'valorados en', 'pedir a la población', 'mañana lunes'
        ("Firefighters do not discard further evacuations tonight.", "not discard"),
        ("Losses were valued in 12 million euros by the insurers.", "valued in"),
        ("Officials asked to the residents that they stay indoors.", "asked to"),
        ("The match will be played tomorrow Sunday at noon.", "tomorrow Sunday"),
        ("The weather office declared the level red of alert for the islands.", "level red of alert"),
        # German/Dutch: 'lehnte ab, zu', 'Vorjahresmonat', 'SPD-Politiker', '0,3 Prozent', '20 Uhr'
        ("The chancellor rejected to lift the sanctions before the summit.", "rejected to"),
        ("Exports were 4 percent below the previous year month.", "previous year month"),
        ("The SPD-politician defended the budget on Tuesday.", "SPD-politician"),
        ("The AfD-politician left the chamber.", "AfD-politician"),
        ("Consumer prices climbed by 0,3 percent in October.", "0,3"),
        ("The concert in the park starts at 21 o'clock on Friday.", "21 o'clock"),
        ("The firm will hire 1.800 workers for the new plant.", "1.800"),
        # Turkish: 'açıklama yaptı', 'yüzde 40'
        ("The governor made an explanation about the earthquake damage.", "made an explanation"),
        ("Rents in Istanbul rose by percent 40 in a year.", "percent 40"),
        # Arabic: 'أكد على ضرورة', 'أشار إلى أن', 'أمس الاثنين'
        ("The envoy confirmed on the need to reopen the crossings.", "confirmed on"),
        ("The spokesman pointed to that the talks had stalled.", "pointed to that"),
        # Hindi/Bengali/Urdu: 'चचेरा भाई', 'आज ही', 'मौके पर पहुंचे'
        ("He was attacked by his cousin brother after a land dispute.", "cousin brother"),
        ("The verdict will be announced today itself, the lawyer said.", "today itself"),
        ("Firefighters reached to the spot within twenty minutes.", "reached to"),
        # Chinese: '开展合作', '据介绍', '3万'
        ("The two provinces will carry out cooperation in water management.", "carry out cooperation"),
        ("According to introduction, the tunnel cost 2 billion yuan.", "According to introduction"),
        ("Visitors reached 5 ten thousand on the first day.", "5 ten thousand"),
        # Japanese/Korean: name before title, '万円'
        ("At the summit, Tanaka Prime Minister said the yen was too weak.", "Prime Minister"),
        ("A night in the hotel costs 4 man yen.", "4 man yen"),
        # Polish/Czech: 'kilkadziesiąt', 'w związku z tym, że'
        ("Several tens of fans were detained after the derby.", "Several tens of"),
        (
            "Classes were cancelled in connection with the fact that the heating failed.",
            "in connection with the fact that",
        ),
        # Greek: 'την Τρίτη', 'ο ΣΥΡΙΖΑ'
        ("The Tuesday the government presented its budget.", "The Tuesday"),
        ("The Syriza has chosen a new leader.", "The Syriza"),
        # French/Italian: 'participer à', 'dans le but de', 'l'indagato'
        ("Forty countries will participate to the conference in Lyon.", "participate to"),
        ("The investigated told the judge he was innocent.", "The investigated"),
    ],
)
def test_families_across_languages(text, flagged):
    assert flagged in spans(text, "CQ001")


@pytest.mark.parametrize(
    "text",
    [
        "The minister realized that the study was flawed and withdrew it.",
        "The actual cost of the bridge was twice the estimate.",
        "He is 6 foot tall and weighs 90 kg.",
        "The bank kept its rate at 5% for a third month.",
        "Inflation will slow next year, the central bank said.",
        "She has lived in Lisbon for two years.",
        "The eventual winner, Sinner, dropped one set.",
        "It is expected that the tunnel will open in 2027.",
        "Mount Royal park was closed after the storm.",
        "President Ruto said the loan would be repaid by 2030.",
        "The Netherlands and the Philippines signed the pact.",
        "They sold 500 tonnes of maize and 200 head of cattle.",
        "A sensible compromise was reached in the end.",
        "Ten years ago the team won three titles in a row.",
        "He told reporters that the deal was done.",
        # sentences near the new families that edited English writes
        "The company reported about 300 job losses in the first quarter.",
        "Talks between the United States about the deal went on for hours.",
        "He was informed about the decision by letter.",
        "The firm announced to shareholders that profits had doubled.",
        "Shares rose 2.5% to 310p, while the index rose 0.4%.",
        "It costs £1,200 a year, according to the report.",
        "Tens of thousands of fans lined the streets on Saturday.",
        "At 10 o'clock the polls close, and counting starts at midnight.",
        "The strike will start at 1800 hours on Sunday.",
        "In front of a crowd of 40,000, the team won the cup.",
        "He has refused to rule out a return to politics.",
        "Over the last days of the campaign both leaders toured marginal seats.",
        "The NATO-led force said it had acted lawfully.",
        "The SPD-led coalition lost its majority.",
        "Police were called to the scene at about 10pm.",
        "Do not discard batteries with household waste.",
        "She arrived to a standing ovation.",
        "To put a fine point on it, the scheme failed.",
        "Researchers carried out a trial of the new drug.",
        "Thanks to the fans, the club survived.",
    ],
)
def test_edited_english_stays_silent(text):
    assert spans(text, "CQ001") == []


def test_headline_without_article_is_not_flagged():
    assert spans("Government decides to raise fuel tax\n\nThe cabinet met on Monday.", "CQ001") == []


def test_fix_is_offered_for_mechanical_rewrites():
    from conftest import lint_text

    findings = lint_text("Fares vary depending of the season.", "CQ001")
    assert findings and findings[0].fix is not None
    assert "depending on" in findings[0].fix.edits[0].content


def test_decimal_and_thousands_marks_are_read_as_one_number():
    """'0,2' and '1.200' are single scan tokens: a decimal comma before a unit and a thousands dot
    before a count noun are flagged whole, an English decimal and thousands comma are not."""
    assert spans("Output fell by 0,2 percent in May.", "CQ001") == ["0,2"]
    assert spans("Some 2.300 people were moved.", "CQ001") == ["2.300"]
    assert spans("Output fell by 0.2 percent and 2,300 people were moved.", "CQ001") == []


def test_hyphenated_party_compounds_match_in_any_spelling():
    for compound in ("CDU-politician", "ÖVP-chancellor", "EU-Commission", "Fidesz-MPs"):
        assert spans(f"The {compound} spoke on Monday.", "CQ001") == [compound], compound


def test_scan_tokens_join_decimals_pairwise_and_keep_line_breaks():
    """One token a word, a punctuation mark or a line break; two digit words around one '.' or
    ',' are one number (pairs from the left: '1,200' then ',' then '300.5'); a closing line
    break ends the text; each word points at the token that holds it."""
    from newslint.rules.calque import tokenize

    tokens = tokenize("Up 1,200,300.5 (net)\n\n  so.")
    assert tokens.texts == ["Up", "1,200", ",", "300.5", "(", "net", ")", "\n", "\n", "so", ".", "\n"]
    assert tokens.starts == [0, 3, 8, 9, 15, 16, 19, 20, 21, 24, 26, 27]
    assert tokens.of_word == [0, 1, 1, 3, 3, 5, 9]
    assert [tokens.end(index) for index in (1, 7, 11)] == [8, 21, 27]
    # spaces holding line breaks, with no mark: one line-break token, right before the next word
    spaced = tokenize("a \n\n b")
    assert (spaced.texts, spaced.starts) == (["a", "\n", "b", "\n"], [0, 4, 5, 6])


def test_a_documents_token_columns_are_the_scan_tokens_own_cut():
    """CQ001 takes a document's word columns ready-made (Document.token_columns): the same
    starts, ends, texts and gaps scan_tokens cuts itself, and gaps and words rebuild the text."""
    from newslint.document import Document
    from newslint.rules.calque import _columns, scan_tokens

    text = " «Up» 1,200,300.5 (net)\n\n  so, d\u2019Arc — fin."
    doc = Document("x.txt", text)
    starts, ends, words, gaps = doc.token_columns
    assert doc.token_columns == _columns(text, doc.tokens)
    assert "".join(gap + word for gap, word in zip(gaps, words, strict=True)) + text[ends[-1] :] == text
    assert doc.token_starts == [token.start for token in doc.tokens]
    assert scan_tokens(text, doc.tokens, doc.token_columns) == scan_tokens(text, doc.tokens)


def test_next_words_say_what_may_follow_the_first_element():
    """The words the token after a pattern's first element must be: an optional element adds
    the next one's words; a class, a number or the pattern's end lets anything through."""
    from newslint.rules.calque import _next_words, _parse_sequence

    def follow(pattern: str) -> frozenset[str] | None:
        return _next_words(tuple(_parse_sequence(pattern, {})[0]))

    assert follow("since two|three years") == {"two", "three"}
    assert follow("in the? frame of") == {"the", "frame"}
    assert follow("the {ADJ} plan") is None
    assert follow("the =Mr’s") == {"mr's"}
    assert follow("alone") is None


def test_a_headline_ending_on_a_quoted_phrase_is_no_prose():
    text = 'Stadium draws 90,000 fans; government says crowd control "went well"\n\nThe concerts ended on Sunday.\n'
    assert spans(text, "CQ001") == []


def test_this_weekday_for_a_day_gone_by():
    # Spanish 'este viernes', Portuguese 'esta segunda-feira', Italian 'questo lunedì'.
    text = (
        "The minister announced the new tariffs this Friday in the capital.\n\n"
        "The strike, which began this Monday, ended without a deal, the unions said.\n"
    )
    assert spans(text, "CQ001") == ["this Friday", "this Monday"]


def test_this_weekday_ahead_stays_silent():
    text = (
        "The final will be played this Sunday in the capital.\n\n"
        "He said the vote would take place this Thursday, and the count is expected this Friday.\n\n"
        "Fans are travelling this Saturday, and the club planned a parade this Sunday.\n"
    )
    assert spans(text, "CQ001") == []


def test_verb_slots_know_doubled_consonants_and_y_endings():
    from newslint.rules.calque import _verb_forms

    assert {"putting", "puts"} <= _verb_forms("put")
    assert {"married", "marries", "marrying"} <= _verb_forms("marry")
    assert {"dropped", "dropping"} <= _verb_forms("drop")


def test_a_relative_clause_that_repeats_its_noun_as_a_pronoun():
    # Arabic, Hebrew and Persian keep a pronoun in the relative clause; English leaves a gap.
    text = (
        "The new terminal, which the airport authority opened it in June, is already too small.\n\n"
        "The stadium, which it was rebuilt after the fire, reopens on Saturday.\n\n"
        "The driver whom the police stopped him near the border has been released.\n"
    )
    assert spans(text, "CQ001") == [
        "which the airport authority opened it",
        "which it was rebuilt",
        "whom the police stopped him",
    ]


def test_relative_clauses_with_their_gap_or_a_second_verb_stay_silent():
    text = (
        "The grant, which the ministry gave them last year, has run out.\n\n"
        "It won two of the prizes for which it was nominated.\n\n"
        "The bridge, which it is hoped will open in May, is nearly finished.\n\n"
        "The report, which the minister made public on Monday, names six firms.\n\n"
        "The law which the court struck down it said was unfair.\n"
    )
    assert spans(text, "CQ001") == []


def test_the_pattern_index_is_cached_by_the_data_and_rebuilt_when_it_changes(tmp_path, monkeypatch):
    """pattern_index() is stored beside the word data: a later process loads it (no pattern is
    compiled to build it) and gets the same index; another data file gives another entry, in
    which a newsroom's extra pattern is indexed and found."""
    from newslint import cache
    from newslint.rules import calque

    monkeypatch.setattr(cache, "_derived_folder", lambda: tmp_path)

    def restart() -> None:
        calque.use_extra_calques(("restart",))  # clears every per-process table
        calque.use_extra_calques(())

    restart()
    built = calque.pattern_index()
    assert built == calque._pattern_index()  # what was stored is what a build gives
    assert len(list(tmp_path.glob("derived-calque-index-*"))) == 1
    restart()
    monkeypatch.setattr(calque, "_pattern_index", lambda: pytest.fail("the index was built again"))
    assert calque.pattern_index() == built
    assert not calque._BUILT  # loading the index compiles no pattern
    monkeypatch.undo()
    monkeypatch.setattr(cache, "_derived_folder", lambda: tmp_path)

    extra = tmp_path / "house.toml"
    extra.write_text(
        '[[calque]]\nid = "house-zanzibarish"\nfamily = "preposition"\npattern = "[ zanzibarish of ]"\n',
        encoding="utf-8",
    )
    calque.use_extra_calques((str(extra),))
    try:
        assert len(list(tmp_path.glob("derived-calque-index-*"))) == 1  # not read before a document needs it
        found = list(calque.scan("They spoke zanzibarish of the plan.\n"))
        assert [c.id for c, *_ in found] == ["house-zanzibarish"]
        assert len(list(tmp_path.glob("derived-calque-index-*"))) == 2
        number, _ = calque.pattern_index()[0]["zanzibarish"][0]
        assert calque.calque_at(number).id == "house-zanzibarish"
    finally:
        calque.use_extra_calques(())
    assert not list(calque.scan("They spoke zanzibarish of the plan.\n"))


def test_patterns_compiled_on_first_use_are_the_catalogue():
    """calque_at(n) is calques()[n], one object per pattern however it was reached."""
    from newslint.rules import calque

    patterns = calque.calques()
    assert all(calque.calque_at(number) is pattern for number, pattern in enumerate(patterns))


def test_a_suggestion_rewrites_the_flagged_words_not_the_words_before_them():
    text = "The fair opens on 11 of October in the old market hall."
    found = lint_text(text, "CQ001")
    assert [text[f.start : f.end] for f in found] == ["11 of October"]
    assert found[0].message.endswith("write '11 October'")


def test_the_present_tense_with_since_a_point_in_time():
    # German 'ist seit Mai gesperrt', Spanish 'vive aquí desde 2010', Polish 'strajkują od poniedziałku'.
    text = (
        "The mountain road is closed since May because of rockfalls.\n\n"
        "Her parents live in the village since 2010, the paper reported.\n\n"
        "Officials said that the bus drivers are on strike since last Monday.\n"
    )
    assert spans(text, "CQ001") == [
        "is closed since May",
        "live in the village since 2010",
        "are on strike since last Monday",
    ]


def test_the_present_tense_with_since_a_time_of_day():
    # Spanish 'trabajan desde la madrugada', Italian 'è chiusa da stamattina'.
    text = (
        "Crews are clearing the line since dawn after the storm.\n\n"
        "The tunnel is closed since this morning, police said.\n\n"
        "The tunnel has been closed since this morning, police said.\n"
    )
    assert spans(text, "CQ001") == ["are clearing the line since dawn", "is closed since this morning"]


def test_since_with_a_present_that_ranks_measures_or_has_another_verb_stays_silent():
    text = (
        "The mountain road has been closed since May because of rockfalls.\n\n"
        "It is the wettest autumn since 1998, and the twelfth storm since October.\n\n"
        "Shares in the airline are up 14% since January, traders said.\n\n"
        "The river is high since the dam upstream released water.\n\n"
        "Supporters brought 5,000 flags back to the square since Tuesday, organisers said.\n\n"
        "The festival, held in the park every summer since 1990, draws big crowds.\n"
    )
    assert spans(text, "CQ001") == []


def test_an_article_before_a_surname_the_text_writes_after_a_first_name():
    # Greek 'η Κωστοπούλου', Portuguese 'o Figueiredo'.
    text = (
        "Mayor Eleni Kostopoulou opened the new pier on Monday. Asked about the cost, the Kostopoulou said "
        "the port had paid half.\n\nCoach Rui Figueiredo was cautious. The Figueiredo, who joined in May, wants time.\n"
    )
    assert spans(text, "CQ001") == ["the Kostopoulou", "The Figueiredo"]
    fixes = [f.fix.edits[0].content for f in lint_text(text, "CQ001")]
    assert fixes == ["Kostopoulou", "Figueiredo"]


def test_a_surname_as_a_modifier_a_family_or_a_longer_name_keeps_its_article():
    text = (
        "Mayor Eleni Kostopoulou opened the pier. The Kostopoulou plan was approved. The Kostopoulou Foundation "
        "paid for it, and the Kostopoulous have lived there for decades.\n\n"
        "Swimmers from the Sydney Olympics came back to the Olympics pool.\n"
    )
    assert spans(text, "CQ001") == []
