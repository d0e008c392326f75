from conftest import lint_text, spans


def test_doubled_words_lowercase_and_function_word_capitalised():
    text = "The bank will will cut rates. The the decision surprised the markets.\n"
    assert spans(text, "RE001") == ["will will", "The the"]


def test_doubled_acronym_and_surname_after_first_name():
    text = "Ministers of EU EU countries met. Midfielder Luka Modrović Modrović scored twice.\n"
    assert spans(text, "RE001") == ["EU EU", "Modrović Modrović"]


def test_repeated_phrase_back_to_back():
    text = "Heavy rain hit the coast, and the floods, the floods closed roads in the north, in the north of Kerala.\n"
    assert spans(text, "RE001") == ["the floods, the floods", "in the north, in the north"]
    # A long phrase decoded twice (Finnish, Russian MT): nine words, back to back.
    text = (
        "Police asked people not to drive on the frozen lake near the port, "
        "not to drive on the frozen lake near the port.\n"
    )
    assert spans(text, "RE001") == [
        "not to drive on the frozen lake near the port, not to drive on the frozen lake near the port"
    ]


def test_a_phrase_joined_to_itself_by_and():
    # Burmese and Malay MT: a clause decoded twice around 'and'.
    text = "Strong winds hit the coast. Roofs were torn off and roofs were torn off in three villages.\n"
    assert spans(text, "RE001") == ["Roofs were torn off and roofs were torn off"]
    # Idioms of one word, and a name that goes on after its second copy.
    text = "Fares rose more and more. She reads the Observer and the Observer on Sunday.\n"
    assert spans(text, "RE001") == []


def test_translation_loops():
    text = "It was signed by the Governor, the Governor, the Governor, the Governor of the province.\n"
    found = lint_text(text, "RE001")
    assert len(found) == 1 and "4 times" in found[0].message
    assert spans("The price is too high too high too high for families.\n", "RE001") == ["too high too high too high"]


def test_name_echoed_across_one_word():
    text = "Olaf Brenner said other OSCE members OSCE were consulted."
    assert spans(text, "RE001") == ["OSCE members OSCE"]


def test_legitimate_reduplication_is_not_flagged():
    clean = (
        "She had had enough. He said that that was true. Bye bye, summer. They met in Walla Walla and in "
        "Baden-Baden. Sirhan Sirhan was denied parole. Duran Duran toured again. He won 6-3 6-3. Prices rose "
        "again and again, more and more. The speech went on and on. They won back to back titles. "
        "She sang New York, New York. Crowds chanted no no no. I've been waiting for for years. She took a "
        'boda boda home. Fans yelled: "Go team, go team!" The list: Lake of Silver Crowns, Silver Crowns II.\n'
    )
    assert spans(clean, "RE001") == []


def test_different_case_is_not_a_repetition():
    assert spans("Samsung almost had to fold the Fold, the phone, this year.\n", "RE001") == []


def test_repetition_across_sentences_is_not_a_loop():
    assert spans("No. No. No. He would not sign. Stop. Stop.\n", "RE001") == []


def test_word_doubled_across_a_hyphen():
    # Malay and Indonesian plurals by reduplication ("petani-petani"), written in English.
    text = "The farmers-farmers gathered, and the pupils-pupils sang. The baby said bye-bye.\n"
    assert spans(text, "RE001") == ["farmers-farmers", "pupils-pupils"]


def test_word_doubled_across_a_hyphen_inside_a_longer_word_or_after_a_dash():
    # Found inside a word it ends ("o'…"), in another case, not inside a hyphen chain or after a dash.
    text = "The o'walkers-walkers met Rivers-rivers. The pre-walkers-walkers and --walkers-walkers did not.\n"
    assert spans(text, "RE001") == ["walkers-walkers", "Rivers-rivers"]


def test_linked_phrase_repeated_after_a_comma_and_a_name_repeated_at_a_list_end():
    text = "The nurses were kind and patient, and patient.\n\nThe cast includes Maria Lopez, Anna Berg, Anna Berg.\n"
    assert spans(text, "RE001") == ["and patient, and patient", "Anna Berg, Anna Berg"]
    # The idiom, and a list of titles that goes on.
    assert spans("It went on and on. Prizes went to Silver Crowns, Silver Crowns II and others.\n", "RE001") == []


def test_linked_phrase_that_ends_on_its_link_is_a_loop():
    text = "Hold the key to jump to jump to the next menu.\n"
    assert spans(text, "RE001") == ["to jump to jump"]
    assert spans("Prices rose higher and higher, and the bank acted.\n", "RE001") == []


def test_a_name_echoed_across_a_copula_is_an_idiom():
    assert spans("“Maria is Maria,” the coach said, “and Tomas was Tomas.”\n", "RE001") == []


def test_a_doubled_to_before_a_noun_phrase_is_a_slip_but_not_before_an_infinitive():
    # Portuguese and Spanish MT double the preposition; English doubles 'to' only before a verb.
    assert spans("The river rose up to to the first floor overnight.\n", "RE001") == ["to to"]
    assert spans("What it comes down to to win is patience, the coach said.\n", "RE001") == []


def test_grammatical_doubles_written_three_times_are_a_loop():
    # "had had" and "that that" are English; three in a row is an MT loop (Catalan, Russian sources).
    text = "The club said it had had had no warning. She argued that that that rule was unfair.\n"
    assert spans(text, "RE001") == ["had had had", "that that that"]


def test_doubled_is_and_a_doubled_preposition_after_a_noun():
    # Hindi and Polish MT loops: the verb and the preposition written twice.
    text = (
        "A storm over the gulf is is moving north. "
        "The court said the village in in the valley was safe.\n"
    )
    assert spans(text, "RE001") == ["is is", "in in"]


def test_pseudo_cleft_and_phrasal_verbs_stay_silent():
    text = "What it is is a warning. Voters logged in in large numbers, and fans waited for for hours.\n"
    assert spans(text, "RE001") == []


def test_for_for_is_english_only_before_a_phrase_of_time():
    assert spans("The money was meant for for the new wing.\n", "RE001") == ["for for"]
    text = '"It is the moment I\'ve been waiting for for years," she said. He looked for for an hour.\n'
    assert spans(text, "RE001") == []


def test_a_phrase_repeated_after_a_percent_sign():
    text = "Prices rose, an increase of 20% an increase of 20% in a year.\n"
    assert spans(text, "RE001") == ["an increase of 20% an increase of 20"]


def test_a_doubled_intensifier_in_prose_but_not_in_speech():
    # Tamil and Hindi reduplicate 'very'; a resident's words may too.
    text = (
        "The water level in the reservoir is very very low this summer.\n\n"
        "\"It was very very scary,\" one resident said. “It is really really cold,” said another.\n"
    )
    assert spans(text, "RE001") == ["very very"]


def test_a_phrase_opening_on_a_link_said_twice_is_a_loop_unless_english_chains_it():
    text = (
        "Patients are seen at the clinic by appointment by appointment.\n\n"
        "They tried and again and again the pump failed; prices went up and up and up. "
        "The cast of Measure for Measure for Measure fans bowed.\n"
    )
    assert spans(text, "RE001") == ["by appointment by appointment"]


def test_a_loop_that_capitalizes_the_name_the_second_time():
    text = "A statement from the agency of the Agency of Roads said the bridge was safe.\n"
    assert spans(text, "RE001") == ["the agency of the Agency of"]


def test_an_x_by_x_idiom_said_with_one_link_too_many():
    text = (
        "Prices rose day by day by day until the harvest. "
        "They tried time and time and time again, and the river rose up and up and up.\n"
    )
    assert spans(text, "RE001") == ["day by day by day"]


def test_a_doubled_possessive_and_that_that_before_an_article_are_slips():
    text = "The airline's airline's losses grew. The judge ruled that that the fine stood.\n"
    assert spans(text, "RE001") == ["airline's airline's", "that that"]
    # 'that that' before a verb is English: the conjunction, then the pronoun.
    assert spans("The judge ruled that that was enough.\n", "RE001") == []


def test_an_attribution_at_both_ends_of_a_sentence():
    # Korean and Japanese MT put the source first and close on it again in English.
    text = "Rescuers said the road would stay shut until Friday, rescuers said.\n"
    assert spans(text, "RE001") == ["rescuers said"]
    clean = "Rescuers said the road would stay shut until Friday, the governor said.\n"
    assert spans(clean, "RE001") == []
