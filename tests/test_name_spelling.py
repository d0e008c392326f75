from conftest import lint_text, spans


def test_unknown_form_one_letter_from_a_frequent_company_name_is_flagged_with_unsafe_fix():
    text = "The plant was built with reactors bought from Westinghuose in the 1970s.\n"
    findings = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in findings] == ["Westinghuose"]
    assert "'Westinghouse'" in findings[0].message
    assert findings[0].fix.applicability.value == "unsafe"


def test_surname_after_a_first_name_near_a_surname_common_in_its_language():
    # Polish: the neighbour is frequent in Polish only; the first name marks a surname slot.
    assert spans("Former premier Mateusz Morawieki met farmers on Tuesday.\n", "NS001") == ["Morawieki"]


def test_transliteration_habit_and_places():
    # Japanese romanization (sh/ch) and a Swahili place name with a vowel changed.
    assert spans("The carmaker Mitsubichi recalled thousands of vehicles.\n", "NS001") == ["Mitsubichi"]
    assert spans("Climbers reached the summit of Kilimanjoro at dawn.\n", "NS001") == ["Kilimanjoro"]


def test_rare_correct_names_stay_silent():
    clean = (
        "Sweden's Ulf Kristersson met Ngozi Okonjo-Iweala and Wopke Hoekstra in Brussels.\n"
        "The village of Bystrzyca Kłodzka welcomed Tomasz Wróblewski and Halina Przybyłowicz.\n"
        "Kamala Harris said Westinghouse would hire staff in Pittsburgh.\n"
    )
    assert spans(clean, "NS001") == []


def test_short_rare_names_near_common_ones_are_not_evidence():
    # One letter from Rosetta, Egerton, Spitzer: rare real names look like that too.
    assert spans("Rowetta Satchell sang. Egelton and Stitzer spoke.\n", "NS001") == []


def test_a_form_used_three_times_is_deliberate():
    text = "Mitsubichi Bank lent more. Mitsubichi said so. Analysts praised Mitsubichi.\n"
    assert spans(text, "NS001") == []


def test_spellings_nc001_reports_are_left_to_it():
    text = "Yevgeny Prigozhin was silent. Prigozhin's men moved north. Prigojin later spoke.\n"
    assert spans(text, "NS001") == []


def test_accepted_names_are_not_flagged():
    from newslint.config import Config

    text = "The carmaker Mitsubichi recalled thousands of vehicles.\n"
    assert lint_text(text, "NS001", config=Config(accept=["Mitsubichi"])) == []


def test_surname_of_the_news_after_a_first_name_or_a_title():
    # Turkish and Indian leaders misspelled: a surname the whole world's news writes, one edit
    # away, with a first name or a title before the word.
    text = "The talks were hosted by President Erdogn in Ankara.\n\nPrime Minister Narendra Modhi met the delegation.\n"
    found = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in found] == ["Erdogn", "Modhi"]
    # A surname known in a few countries, or a first name one letter away, is no evidence.
    assert spans("On Friday Fumio Kishda flew to Seoul. Goalkeeper Yassine Bonnou saved twice.\n", "NS001") == []


def test_a_near_miss_without_a_first_name_or_title_before_it_stays_silent():
    # The same forms with no person context: too short to stand on their own.
    assert spans("The Erdogn and Modhi brands sell tea.\n", "NS001") == []


def test_a_diacritic_no_language_writes_in_the_name():
    # Turkish breve written as a caron; Hungarian double acute read through Latin-1 as a tilde.
    text = "Kemal Kılıçdaroǧlu spoke in Ankara. The ferry left Gyõr at noon.\n"
    found = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in found] == ["Kılıçdaroǧlu", "Gyõr"]
    assert found[1].fix.edits[0].content == "Győr"
    # Correct accents, and Vietnamese tones the lists do not hold, stay silent.
    assert spans("Fans in Győr, Malmö and Zürich cheered. Phạm Minh Chính spoke.\n", "NS001") == []
    # A name's own mark that some other language writes differently ('Rúben', Portuguese; a German
    # list holds 'Rüben') is no slip: only marks an encoding or a keyboard confuses are reported.
    assert spans("Goalkeeper Rúben Tavora saved two penalties. Ramón Celis scored.\n", "NS001") == []


def test_a_form_one_letter_from_a_name_the_text_writes_more_often():
    # Found through the document's one-letter index of its names, in any long text.
    text = "The firm Halvorsen sold more. Halvorsen grew. Halvorsen won. Later Halvorsem lost.\n"
    assert spans(text, "NS001") == ["Halvorsem"]


def test_two_neighbouring_letters_of_a_known_name_swapped():
    # Marathi, Portuguese and Ukrainian news: a transposition is a slip, never a name of its own.
    assert spans("Chief Minister Devendra Fadanvis opened the new metro line.\n", "NS001") == ["Fadanvis"]
    # '-le' and '-el' both end names: the Austrian governor is no misspelt toy maker.
    assert spans("Governor Anton Mattle opened the new tunnel.\n", "NS001") == []
    assert spans("The contract went to Citreon after a long tender.\n", "NS001") == ["Citreon"]
    findings = lint_text("Rescue teams flew in from Khesron overnight.\n", "NS001")
    assert [f.message.split("'")[3] for f in findings] == ["Kherson"]


def test_a_swap_that_makes_no_known_name_or_keeps_a_rare_one_stays_silent():
    # The first letter stays (Ocrelia is no slip of Corelia), and a neighbour nobody writes is no evidence.
    assert spans("The designer Ocrelia Vantrez showed her spring line.\n", "NS001") == []
    assert spans("Farmers from Kisumu and Nyeri joined the march.\n", "NS001") == []


def test_a_slip_written_as_often_as_a_name_the_lists_know():
    # Once each: the spelling the word lists hold (a footballer's surname) wins over the unknown one.
    text = "Frank Lampard praised the young side. Later Lambard said the title race was open.\n"
    assert spans(text, "NS001") == ["Lambard"]
    # Two unknown spellings written once each: neither is evidence against the other.
    assert spans("The firm Tessorin sold more. Later Tessorim lost.\n", "NS001") == []


def test_a_greek_womans_surname_is_no_misspelling_of_the_mans():
    assert spans("Maria Papadopoulou, who lives nearby, said the buses were late.\n", "NS001") == []


def test_a_japanese_place_in_kunrei_romanisation():
    text = "The ferry to Turuga was cancelled. Schools in Hukuoka and Sizuoka closed on Monday.\n"
    assert spans(text, "NS001") == ["Turuga", "Hukuoka", "Sizuoka"]
    # Names English writes, and places whose Kunrei reading is nothing, stay silent.
    assert spans("The singer Tina visited Tsuruga, Sibiu and Situbondo.\n", "NS001") == []


def test_another_languages_name_of_a_place_english_writes_its_own_way():
    text = "The summit in Kobenhavn ended without a deal. Protesters gathered in Varšava on Sunday.\n"
    assert spans(text, "NS001") == ["Kobenhavn", "Varšava"]
    # Inside a longer name, beside the English name, or a word opening a sentence: silent.
    text = "Sparta Praha won. The talks in Genf resumed, and Geneva welcomed them. Dabei sagte er nichts.\n"
    assert spans(text, "NS001") == []


def test_a_slip_of_a_place_in_the_country_where_the_story_is_set():
    # Indonesian, Israeli and Kenyan stories: each slip is one letter from a town of that country.
    text = (
        "Heavy rain hit Bandung on Monday. Landslides buried houses near Lembag, north of Bandung.\n\n"
        "Rockets were fired at Haifa and Tel Aviv. Sirens sounded in Ashdot and Haifa.\n\n"
        "Fishermen in Mombasa protested. Boats in Malidi stayed in port, Mombasa officials said.\n"
    )
    assert spans(text, "NS001") == ["Lembag", "Ashdot", "Malidi"]


def test_people_and_localities_a_consonant_away_from_a_town_stay_silent():
    text = (
        "Floods hit Varanasi again. In Nagwa and other low-lying areas of Varanasi, water entered homes.\n\n"
        "The new coach of the Bandung club, Tomas Lembag, said Bandung fans would be patient.\n"
    )
    assert spans(text, "NS001") == []


def test_a_gazetteer_variant_no_list_writes_of_a_place_english_writes_otherwise():
    # Polish y/i, Georgian-to-Russian letter order, Japanese j for y: old or foreign romanisations.
    text = (
        "Hauliers from Bialistok blocked the border crossing for a day.\n"
        "The delegation landed in Tiblisi after midnight.\n"
        "Car exports through Nagoja rose again in spring.\n"
    )
    findings = lint_text(text, "NS001")
    assert [text[f.start : f.end] for f in findings] == ["Bialistok", "Tiblisi", "Nagoja"]
    assert "'Bialystok'" in findings[0].message and "'Nagoya'" in findings[2].message


def test_place_variants_english_writes_or_the_file_pairs_stay_silent():
    # Kharkov is an older spelling English still writes; Korolyov and Korolev are two romanisations
    # of the Russian letter ё; a variant beside the usual name is NC001's pair; a person is no place.
    clean = (
        "Factories in Kharkov and Korolyov resumed work.\n"
        "Buses from Nagoja reach Nagoya station in ten minutes.\n"
        "The singer Anna Tiblisi opened the festival.\n"
    )
    assert spans(clean, "NS001") == []


def test_a_nationality_is_no_transliteration_of_a_surname():
    # 'Le Garrec' is a Breton surname a vowel from 'Greek' once its letters are keyed alike.
    assert spans("The lawyer, Marie Le Garrec, asked for an acquittal.\n", "NS001") == []


def test_a_name_with_a_letter_moved_beside_its_usual_spelling_is_left_to_nc001():
    text = "Tourists flew into Kaohsiung on Friday. Flights from Kaoshiung resumed later.\n"
    assert spans(text, "NS001") == []
    assert spans(text, "NC001") == ["Kaoshiung"]


def test_a_town_of_its_own_name_a_compound_street_and_an_ending_written_two_ways_stay_silent():
    clean = (
        "The factory is in Tolosa, a town in Gipuzkoa, and ships parts by rail.\n\n"
        "Cyclists on the Langstrasse in Zurich asked for wider lanes.\n\n"
        "Heavy rain hit Visakhapatnam and Anakapalli districts on Tuesday.\n\n"
        "The harbour master, Guðrún Ósk Sigurðardóttir, said the ferry would sail.\n"
    )
    assert spans(clean, "NS001") == []


def test_a_local_name_with_diacritics_beside_a_plain_famous_one_stays_silent():
    clean = "Hikers were rescued inside Galičica National Park on Sunday.\n"
    assert spans(clean, "NS001") == []


def test_a_well_known_place_with_a_doubled_letter_written_once():
    text = "Storms hit Marakesh on Monday. Ferries to the Philipines were cancelled, officials said.\n"
    assert spans(text, "NS001") == ["Marakesh", "Philipines"]
    # A rare correct name one doubling from a famous surname stays silent (a Russian grid company).
    assert spans("Rosseti, the grid company, restored power on Monday.\n", "NS001") == []


def test_a_famous_place_of_several_words_with_one_word_misspelt():
    # Spanish, Khmer, Malay and Vietnamese places; a swap, a moved letter, a changed letter.
    assert spans("Farmers marched through Buenos Aries on Friday.\n", "NS001") == ["Aries"]
    assert spans("The bus from Phnom Phen was late again.\n", "NS001") == ["Phen"]
    assert spans("Shares fell in Kuala Lumpar before noon.\n", "NS001") == ["Lumpar"]
    assert spans("Traffic in Ho Chi Mihn City eased.\n", "NS001") == ["Mihn"]
    finding = lint_text("Our reporter in Rio de Janiero filed late.\n", "NS001")[0]
    assert "'Rio de Janeiro'" in finding.message and finding.fix.applicability.value == "unsafe"


def test_place_names_written_right_or_in_another_accepted_spelling_stay_silent():
    clean = (
        "Buenos Aires, Phnom Penh and Rio de Janeiro signed a pact.\n"
        "The governor of Nizhny Novgorod visited Petah Tikva.\n"  # the gazetteer's other names
        "He moved to New Work last spring, then to San Marcos.\n"  # an English word; a place of its own
        "Fans of Hull City and the Santa Anna fan club met.\n"  # common first words: only big places
    )
    assert spans(clean, "NS001") == []


def test_a_misspelt_place_written_three_times_is_deliberate():
    text = "Kuala Lumpar grew. Kuala Lumpar voted. Kuala Lumpar won.\n"
    assert spans(text, "NS001") == []
