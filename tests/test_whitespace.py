from conftest import lint_text, spans


def test_no_break_space_gets_a_safe_fix():
    text = "Turnout reached 61\u00a0% in the capital.\u00a0Results are due on Monday.\n"
    findings = lint_text(text, "WS001")
    assert [text[f.start : f.end] for f in findings] == ["\u00a0", "\u00a0"]
    assert findings[0].fix.edits[0].content == " "
    assert findings[0].fix.applicability.value == "safe"


def test_doubled_spaces_tabs_and_ideographic_space():
    text = "The port reopened  on Sunday, and\tships queued near Osaka\u3000Bay for hours.\n"
    findings = lint_text(text, "WS001")
    assert [text[f.start : f.end] for f in findings] == ["  ", "\t", "\u3000"]
    assert all(f.fix.edits[0].content == " " for f in findings)


def test_invisible_characters_in_latin_text_are_deleted():
    text = (
        "The mayor\u200f said the bridge\u200b would close. The re\u00adport\ufeff came late, "
        "and the wa\u200cter level\u202a rose.\n"
    )
    findings = lint_text(text, "WS001")
    assert [text[f.start : f.end] for f in findings] == ["\u200f", "\u200b", "\u00ad", "\ufeff", "\u200c", "\u202a"]
    assert all(f.fix.edits[0].content == "" for f in findings)


def test_joiners_inside_persian_hindi_and_emoji_are_legitimate():
    text = (
        "The slogan read می\u200cخواهیم and the poster said क्\u200dष, while fans posted 👩\u200d💻 "
        "and 👨\u200d👩\u200d👧 under the story.\n"
    )
    assert spans(text, "WS001") == []


def test_direction_marks_inside_hebrew_or_arabic_text_are_legitimate():
    text = "The banner said שלום\u200f! and the sign said مرحبا\u200f. Both were photographed.\n"
    assert spans(text, "WS001") == []


def test_layout_whitespace_is_not_running_text():
    text = (
        "\ufeffHeadline of the day\n\n    Indented quotation line.\nName\tAge\tCity\n"
        "A line that ends with spaces   \n東京\u3000大阪 are both large cities.\n"
    )
    assert spans(text, "WS001") == []


def test_unusual_width_spaces_become_ordinary_spaces():
    text = "The fund grew by\u2009four percent, officials\u2003said.\n"
    findings = lint_text(text, "WS001")
    assert [text[f.start : f.end] for f in findings] == ["\u2009", "\u2003"]


def test_a_bracket_glued_to_the_word_before_it():
    text = "Top scorers were Marek Novak(14) and Jonas Kral (10); the venue was Brno(Czechia).\n"
    assert spans(text, "WS001") == ["(", "("]
    assert spans("The curve f(x) grows; call print(a) to see it; H(2) is a label.\n", "WS001") == []


def test_a_space_inside_a_word():
    text = "Mosquito lar vae were found in the tanks. The an nouncement came late.\n"
    assert spans(text, "WS001") == ["lar vae", "an nouncement"]
    # Two words English writes apart, and a foreign phrase, stay silent.
    text = "He will be there in a way, and the casa blanca stood on a hill.\n"
    assert spans(text, "WS001") == []


def test_a_space_after_a_hyphen_inside_a_word():
    text = "Many e- scooters were seized, said Anne Bérubé- Fortin.\n"
    assert len(lint_text(text, "WS001")) == 2
    # A suspended hyphen before 'and' or 'or', and a dash spaced on both sides, stay silent.
    text = "Both pre- and post-war homes, e- or m-commerce, and a 5- to 10-year plan - all of them.\n"
    assert lint_text(text, "WS001") == []


def test_a_space_inside_a_famous_places_name_whose_end_is_a_foreign_word():
    # 'umu' is a Slovene word, so no lone piece; joined, the two make a city the world writes.
    assert spans("Ferries from Kis umu crossed the gulf.\n", "WS001") == ["Kis umu"]


def test_a_word_split_where_the_text_writes_it_whole_elsewhere():
    text = "Fishing boats returned to Lofoten on Friday. Crews in Lofo ten said the catch was poor.\n"
    assert spans(text, "WS001") == ["Lofo ten"]
    # the name written alone elsewhere: the whole form is the glued one, not this
    clean = "Mayor Kelemwo spoke first. Later Kelemwosaid the roads were open. Kelemwo said so again.\n"
    assert spans(clean, "WS001") == []
    assert spans("Flights to Hong Kong and Viet Nam resumed near Al Ain.\n", "WS001") == []


def test_a_space_inside_a_number_or_a_time():
    # A retyped or badly tokenized source: '1, 000' (thousands), 'at 14. 30' (German, Turkish times).
    text = "About 1, 000 people came, and the train left at 14. 30 on Monday.\n"
    assert spans(text, "WS001") == [" ", " "]
    clean = "Rooms 101, 102 and 103 were shut. He was 14. 30 years later, he returned. It cost 1,000 euros.\n"
    assert spans(clean, "WS001") == []


def test_spaces_inside_brackets_before_an_ordinal_ending_and_before_a_per_cent_sign():
    # A tokenizer's spaces (any source) and French or German typography ('40 %').
    text = "The dam ( finished in 1998) supplies the valley. The toll rose by 40 % over the year.\n"
    text += "The ferry resumes on the 22 nd of March, the operator said on its website.\n"
    assert [text[f.start - 1 : f.end + 1] for f in lint_text(text, "WS001")] == ["( f", "0 %", "2 n"]
    text = "Cuts hit the north (the poorest region ) hardest, the report found.\n"
    assert [f.message for f in lint_text(text, "WS001")] == ["a space before the closing bracket"]


def test_tables_and_correct_spacing_stay_silent():
    assert lint_text("Rate ( % ) 40\n", "WS001") == []  # a label line, laid out by hand
    assert lint_text("The dam (finished in 1998) lifted output by 40% on the 22nd of March.\n", "WS001") == []
