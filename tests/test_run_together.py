from conftest import lint_text, spans

from newslint.config import Config
from newslint.registry import select_rules
from newslint.runner import lint_documents
from newslint.sources import make_document


def test_name_glued_to_the_next_word():
    # From Spanish, Korean and Polish sources: a name the text uses alone, then glued.
    text = (
        "Senator Okafor opened the debate. Hours later Okaforvoted against the reform.\n\n"
        "The agency KOGAS raised prices, and KOGASwill review them in spring.\n\n"
        "The mayor of Gdynia met Wasilewska on Friday; Wasilewskasaid the port would grow.\n"
    )
    assert spans(text, "RT001") == ["Okaforvoted", "KOGASwill", "Wasilewskasaid"]
    fix = lint_text(text, "RT001")[0].fix
    assert fix.edits[0].content == " voted"


def test_well_known_name_or_acronym_glued_without_a_second_use():
    text = "Figures from Eurostatdata show a fall, and loans from the OECDwill follow.\n"
    assert spans(text, "RT001") == ["Eurostatdata", "OECDwill"]


def test_lowercase_word_glued_to_a_capitalized_one():
    # Links stripped from a Portuguese and a Ukrainian page.
    text = "The decree of theMinistry was published, said the NBK chief. The NBKGovernor spoke later.\n"
    assert spans(text, "RT001") == ["theMinistry", "NBKGovernor"]


def test_name_glued_to_a_capitalized_verb():
    text = "Chancellor Dubois arrived late and DuboisDeclared the session open.\n"
    found = lint_text(text, "RT001")
    assert [text[f.start : f.end] for f in found] == ["DuboisDeclared"]
    assert found[0].fix.edits[0].content == " declared"


def test_sentence_punctuation_glued_to_the_next_word():
    text = "Talks resumed in Lisbon.The deal was signed in 2023.In March the minister said,but nobody agreed.\n"
    found = lint_text(text, "RT001")
    assert len(found) == 3
    assert all(f.fix.edits[0].content == " " for f in found)
    assert text[found[0].start : found[0].end].endswith(".The")


def test_addresses_abbreviations_and_numbers_are_not_glued_punctuation():
    clean = (
        "Read more at example.com or news.example.org, download annual-report.pdf, and see Gazeta.Ru "
        "and One.Tel. The U.S. economy grew 3.5 per cent; J.R.R. Tolkien was No.1 in St.Petersburg... "
        "Wait... Then version 2.1 came out. E-mail press@example.com for details.\n"
    )
    assert spans(clean, "RT001") == []


def test_brands_camel_case_names_and_rare_names_are_fine():
    clean = (
        "He bought an iPhone, watched YouTube, ate at McDonald's, played PlayStation, used WhatsApp, "
        "sold on eBay and typed on a MacBook. BlackRock, JPMorgan and GlaxoSmithKline reported profits; "
        "LeBron James met Ron DeSantis. The striker Mbarushimana scored, Kowalczykowa won, and the "
        "firms Movielink and Mirapoint merged with NikkoCitigroup.\n"
    )
    assert spans(clean, "RT001") == []


def test_short_names_and_name_endings_are_not_split():
    # "Amena|bar", "Black|wellton": an unknown name that merely splits is left alone.
    clean = "Director Amenabar met Blackwellton and Ferreirinha in Porto. Gadaravice was elected.\n"
    assert spans(clean, "RT001") == []


def test_stray_capital_and_glued_quotes():
    text = "The minister wrote in Xthe daily paper. “We will see”said the mayor. Mr Okoye“has agreed.\n"
    found = spans(text, "RT001")
    assert "Xthe" in found
    assert any("”said" in span for span in found)
    assert any("“has" in span for span in found)


def test_identifiers_brand_prefixes_and_brand_dots_are_fine():
    clean = (
        "The app myGarden and the newsletter ourWeekly grew; the form has a userName field. "
        "Cloudcraft bought Rivertech. Visit Secure.cloud or Booking.com today. TL;DR: prices rose.\n"
    )
    assert spans(clean, "RT001") == []


def test_two_ordinary_words_glued_in_lowercase():
    text = (
        "In Ankara the governmentsaid on Monday that newrules on imports would apply, officials said.\n\n"
        "The vote in Lagos came after a long debate inthe assembly, and the ministerwill travel on Friday.\n"
    )
    assert spans(text, "RT001") == ["governmentsaid", "newrules", "inthe", "ministerwill"]
    acronym = "Diplomats in Brussels said the UNagency and the EUcommission disagreed on the aid plan.\n"
    assert [f.message.split(": ")[-1] for f in lint_text(acronym, "RT001")] == ["'UN agency'", "'EU commission'"]


def test_lowercase_compounds_addresses_and_foreign_words_are_fine():
    clean = (
        "The firepit, the outspend plan and a hyperlocal livestream drew fans to thestar.com and newsday.com.\n\n"
        "She typed newwindow=yes in the form. The word selbstverständlich and the town of Wadowice were named.\n"
    )
    assert spans(clean, "RT001") == []


def test_dot_before_an_ordinary_word_whose_sentence_goes_on():
    # Spanish, Portuguese and Turkish MT loses the space after a sentence that ends on a name.
    text = (
        "The ferry docked in Valparaíso.Police said nobody was hurt.\n"
        "Crews reached Trabzon.Several roads were still closed.\n"
    )
    assert spans(text, "RT001") == ["Valparaíso.Police", "Trabzon.Several"]


def test_brand_and_address_dots_before_ordinary_words_are_fine():
    clean = (
        "Readers of Riga.Today said little.\n"
        "The site Kyiv.Media reported the strike.\n"
        "Visit Harbour.Life online for details.\n"
    )
    assert spans(clean, "RT001") == []


def test_comma_glued_after_a_closing_quotation_mark():
    text = '"We lost everything",said one farmer. \u201cIt was fast\u201d,added his neighbour.\n'
    assert spans(text, "RT001") == ['",said', "\u201d,added"]


def test_lowercase_glue_after_a_past_verb_or_before_a_function_word():
    # From Thai and Tagalog sources: no spaces between ordinary words.
    text = "The lorry movedslowly across the bridge. Her father was jailedfor his articles.\n"
    assert spans(text, "RT001") == ["movedslowly", "jailedfor"]


def test_common_word_glued_to_a_speech_verb():
    text = "Farmerssaid the harvest was late.\n"
    assert spans(text, "RT001") == ["Farmerssaid"]


def test_quantifiers_and_a_past_verb_before_a_name_glue_too():
    # Korean, Swahili, Thai and Japanese MT output with lost spaces.
    text = "Mostof the fans stayed. The coach praisedOsaka after the match. Police counted morethan 300 cars.\n"
    assert spans(text, "RT001") == ["Mostof", "praisedOsaka", "morethan"]
    # Dictionary compounds and identifiers stay silent.
    assert spans("Everyday prices rose, and nevertheless the market held.\n", "RT001") == []


def test_a_participle_glued_to_the_noun_after_it():
    # Vietnamese and Thai MT drop the space; English builds no compound on 'fallen' or 'stolen'.
    assert spans("Crews cleared fallentrees from the road, and police found stolencars.\n", "RT001") == [
        "fallentrees",
        "stolencars",
    ]
    assert spans("The garden has a firepit and a small greenhouse.\n", "RT001") == []


def test_a_possessive_glued_to_the_name_after_it():
    text = "Heat records fell in Gujarat'sKutch and in Kenya’sTurkana this week.\n"
    assert spans(text, "RT001") == ["Gujarat'sKutch", "Kenya’sTurkana"]
    assert spans("Sales at McDonald's rose; Macy'sUSA is a brand.\n", "RT001") == []


def test_two_words_of_an_institutions_name_glued():
    # A lost space inside a name, from Urdu, Polish and Indonesian pages.
    text = (
        "The Environment ProtectionAgency issued a warning. The Health EducationCommittee met on "
        "Monday, and the National ElectionCommission published the results.\n"
    )
    assert spans(text, "RT001") == ["ProtectionAgency", "EducationCommittee", "ElectionCommission"]
    # An office, a river or a metro line whose name lost its space (Urdu, Swahili, Marathi pages).
    text = (
        "The ChiefMinister opened the line. Fishing on LakeVictoria was banned, and the NagpurMetro "
        "will stop at the KolhapurStation from May.\n"
    )
    assert spans(text, "RT001") == ["ChiefMinister", "LakeVictoria", "NagpurMetro", "KolhapurStation"]


def test_a_region_word_glued_to_a_place_that_is_also_a_word_and_an_article_glued_to_a_name():
    # Indonesian and Hindi pages: 'Jawa Tengah' as 'CentralJava', a headline's 'The' glued on.
    text = "Floods hit EastJava on Monday. TheHarbour authority closed the port for two days.\n"
    assert spans(text, "RT001") == ["EastJava", "TheHarbour"]
    text = "The BlueHarbour app and SunLake lodges opened, and NewWave radio covered it.\n"
    assert spans(text, "RT001") == []


def test_brands_built_from_two_words_stay_silent():
    text = (
        "SoftBank and BlackRock invested, HarperCollins published the book, and the PlayStation "
        "sold well in every market. CityMarket and RiverStation are shops of their own.\n"
    )
    assert spans(text, "RT001") == []


def test_set_phrases_places_and_years_glued():
    # Turkish, Japanese, Chinese and Vietnamese pages lose these spaces.
    text = (
        "The fare rose accordingto the ministry. Snow closed roads in AomoriPrefecture, and "
        "ChinaRailway added trains. In2026 the line will open, and prices have risen since2019.\n"
    )
    assert spans(text, "RT001") == ["accordingto", "AomoriPrefecture", "ChinaRailway", "In2026", "since2019"]


def test_brands_handles_and_file_names_with_years_stay_silent():
    text = (
        "DirectConnect and SportsBusiness were sold. See report_in2027.pdf or write to @in2024, "
        "and read the Covid19 figures.\n"
    )
    assert spans(text, "RT001") == []


def test_an_article_or_a_preposition_glued_to_a_year():
    # French, Spanish and Chinese MT output passed through a converter that lost the space.
    assert spans("Sales fell between2018 and 2020 in every region.\n", "RT001") == ["between2018"]
    assert spans("The league announced the2027 calendar on Friday.\n", "RT001") == ["the2027"]


def test_a_sign_glued_to_its_number_but_not_a_tabloid_million():
    assert spans("The thermometer showed minus35 at dawn in the valley.\n", "RT001") == ["minus35"]
    # '£40million' is a British tabloid's house style, not a lost space.
    assert spans("The club paid £40million for the striker.\n", "RT001") == []


def test_a_place_name_glued_by_its_full_stop_to_the_next_sentence():
    # The word after the dot is ordinary and the sentence goes on in lowercase.
    assert spans("Rain flooded the centre of Braga.Streets were closed for hours.\n", "RT001") == ["Braga.Streets"]
    assert spans("Readers of Gazeta.Ru and One.Tel customers were affected.\n", "RT001") == []
    # A rare lowercase word before the dot, when the next sentence plainly goes on.
    assert spans("Pilgrims crowded the ghats.Tourists were told to stay away.\n", "RT001") == ["ghats.Tourists"]
    assert spans("Visit rosatom.Ru for the full statement.\n", "RT001") == []
    # A web address under a new domain ending: the word before the dot is no English word.
    assert spans("Forecasts are posted at lawinen.report every morning.\n", "RT001") == []


def test_a_word_of_quantity_glued_to_its_number():
    text = "The line will carry some180,000 passengers a day, nearly500 more than planned.\n"
    assert spans(text, "RT001") == ["some180,000", "nearly500"]
    # Short numbers and handles stay silent.
    assert spans("The tag about2 and the account over9000 were renamed.\n", "RT001") == []


def test_a_token_the_same_file_writes_as_two_words():
    # Slovak, Finnish and Malay MT: the article itself writes the two halves apart.
    text = (
        "Thefarmers blocked the road at dawn. The farmers said prices were too low.\n\n"
        "Climbers were warned about the HighRocks after the storm. The High Rocks stay closed.\n\n"
        "The port is theisland's main employer, and the island needs it.\n"
    )
    assert spans(text, "RT001") == ["Thefarmers", "HighRocks", "theisland's"]


def test_one_name_in_two_spellings_and_brands_are_left_to_other_rules():
    text = (
        "Chairman Li Wenhao spoke first. Later Wen hao answered questions.\n\n"
        "The publisher HarperCollins said Harper would stay.\n"
    )
    assert spans(text, "RT001") == []


def test_a_number_glued_to_the_word_it_counts_and_a_name_glued_to_and():
    text = (
        "Play was stopped for 15minutes after the storm, and the club paid 3million for repairs.\n\n"
        "Saffron goes to Franceand Italy. The road closes on Tuesday.Fluvius, the grid firm, said so.\n"
    )
    assert spans(text, "RT001") == ["15minutes", "3million", "Franceand", "Tuesday.Fluvius"]


def test_units_english_glues_and_brands_with_a_dot_stay_silent():
    text = (
        "The 5km race starts at 3pm; prices rose in the 1990s and the 4th stage is 20kg lighter.\n\n"
        "The paper paid a £38million fee. Readers of Neva.Today and Monday.com said little.\n"
    )
    assert spans(text, "RT001") == []


def test_a_run_of_letters_longer_than_two_words_is_no_candidate():
    # A 300,000-letter 'word' (Markdown emphasis stripped from '**a**a...') cost a look-up per cut.
    from newslint.rules.run_together import _apart_candidate

    assert not _apart_candidate("ab" * 500)


DAMAGE = "Officials said the works «would end soon» and that they want that the law changes。\n"


def test_two_content_words_glued_count_only_in_a_text_the_translation_damaged():
    text = "The mayor said the trafficjams would ease once the bridge reopened.\n"
    assert spans(text, "RT001") == []  # edited text: perhaps a compound English has not listed
    rules = select_rules(["RT001", "CQ001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", text + DAMAGE)], Config(), rules).findings
    assert [f.message for f in found if f.code == "RT001"] == [
        "'trafficjams' looks like two words run together: 'traffic jams'"
    ]


def test_compounds_english_writes_stay_silent_even_in_damaged_text():
    text = "Crews used hosepipes and autotransformers; the hydropower plant and a teleworker helped.\n"
    rules = select_rules(["RT001", "CQ001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", text + DAMAGE)], Config(), rules).findings
    assert [f for f in found if f.code == "RT001"] == []


def test_a_function_word_glued_to_a_number_and_a_title_glued_to_a_name():
    text = "The fare rose to4.50 on Monday, and that1 change hurt. Buses 102and 103 stopped. Dr.Tahir spoke.\n"
    assert spans(text, "RT001") == ["to4.50", "that1", "102and", "Dr.Tahir"]
    # Units, times, ordinals, product names and addresses stay silent.
    text = "A 5in screen, the 2nd round at 3pm, MP3 files, and mail to4@example.com or the4.example.org.\n"
    assert spans(text, "RT001") == []


def test_a_glued_form_quoted_as_a_form_is_a_mention_not_a_slip():
    # A style note quoting the artifact it describes; the same glue in running prose is flagged.
    text = (
        "The style desk lists 'harbour.Ferries' and \"strike.Unions\" as typical slips. "
        "Crews returned to the harbour.Ferries resumed at noon.\n"
    )
    assert spans(text, "RT001") == ["harbour.Ferries"]


def test_a_common_noun_glued_to_the_function_word_after_it():
    text = (
        "Dock workers stopped at noon. Farmersalso blocked the ring road, and Villagerswere told to wait.\n\n"
        "The Goodwill shop and the Stonewall inn stayed open.\n"
    )
    assert spans(text, "RT001") == ["Farmersalso", "Villagerswere"]


def test_a_family_of_compounds_the_text_builds_alike_is_its_vocabulary():
    # Market jargon: 'Midcaps and smallcaps'; a glue after 'the' still counts beside a compound.
    text = (
        "Midcaps and smallcaps lagged the benchmark this week.\n\n"
        "The citycouncil said thecouncil would meet again.\n"
    )
    assert spans(text, "RT001") == ["citycouncil", "thecouncil"]


def test_two_content_words_glued_at_the_start_of_a_sentence_in_a_damaged_text():
    damage = "Officials «said» so。 The works will last a year。\n"
    rules = select_rules(["RT001", "QU001", "PU001"], [])
    text = "Teaexporters said prices fell sharply this year.\n" + damage
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [text[f.start : f.end] for f in found if f.code == "RT001"] == ["Teaexporters"]
    # Mid-sentence the capital may be a brand's: left alone.
    text = "The mayor said Teaexporters would meet on Monday.\n" + damage
    found = lint_documents([make_document("t.txt", text)], Config(), rules).findings
    assert [f for f in found if f.code == "RT001"] == []


def test_an_amount_glued_to_its_currency_and_a_label_glued_to_its_number():
    # Kazakh, Cambodian and Croatian amounts; a date and a section of a law.
    text = (
        "A ticket costs 200tenge, a pass 1,500riel and the fine 60,000euros.\n\n"
        "The works end on April1, under Section144 of the code.\n"
    )
    assert spans(text, "RT001") == ["200tenge", "1,500riel", "60,000euros", "April1", "Section144"]
    # A numbered line and platform of a transport network (Korean, Hindi pages).
    text = "Trains on Line4 stopped, and the shuttle left from Platform12 an hour late.\n"
    assert spans(text, "RT001") == ["Line4", "Platform12"]


def test_handles_files_and_years_after_a_month_stay_silent():
    text = "Follow @April2024 and open March2024.pdf; the May42 squad trained. Visit Gate12.com or @Line2news.\n"
    assert spans(text, "RT001") == []


def test_a_region_word_glued_to_a_places_name():
    text = "Exports to SouthAmerica rose, and floods hit CentralSulawesi on Monday.\n"
    assert spans(text, "RT001") == ["SouthAmerica", "CentralSulawesi"]


def test_brands_built_from_a_region_word_stay_silent():
    text = "Passengers flew WestJet, watched EastEnders and bought NorthFace jackets.\n"
    assert spans(text, "RT001") == []


def test_a_comma_glued_between_hyphenated_names():
    text = "Flood warnings covered Dong-gu,Buk-gu and two other districts.\n"
    assert spans(text, "RT001") == ["gu,Buk"]
    assert spans("The x-ray,CT and MRI units were busy.\n", "RT001") == []


def test_an_ordinal_a_numbers_comma_or_a_word_glued_to_the_next_word():
    text = (
        "The 5thcentury chapel was restored. Works near Gate 4,including the ramp, stop today. "
        "The news agencyPAP reported the fire.\n"
    )
    assert spans(text, "RT001") == ["5thcentury", "4,including", "agencyPAP"]


def test_ordinals_thousands_commas_and_styled_brands_stay_silent():
    clean = (
        "The 5th century chapel was restored. About 4,500 people came. Her 21st birthday fell on "
        "a Sunday. The firm's teleCARE service and the new watchOS update launched.\n"
    )
    assert spans(clean, "RT001") == []


def test_a_day_glued_to_its_month():
    assert spans("Crowds filled the moat on 17April, police said.\n", "RT001") == ["17April"]
    assert spans("Crowds filled the moat on 17 April, police said.\n", "RT001") == []


def test_an_acronym_the_text_writes_alone_glued_to_a_word():
    text = (
        "The KMRL said on Monday that the new ferries were ready.\n\n"
        "Passengers can book seats on the KMRLwebsite or at the jetty, officials said.\n"
    )
    assert spans(text, "RT001") == ["KMRLwebsite"]
    # Alone, a frequent word after the capitals still tells the glue; the split is before it.
    found = lint_text("Book seats on the KMRLwebsite or at the jetty, officials said. MPs agreed.\n", "RT001")
    assert [finding.message.split(": ")[-1] for finding in found] == ["'KMRL website'"]
    # A handle or a rarer word after the capitals is left alone.
    assert spans("Follow @KMRLwebsite for news. The KMRLkiosk opens at six.\n", "RT001") == []


def test_a_glued_name_before_a_possessive():
    text = (
        "Buses from Kibaha will run every ten minutes, the agency said.\n\n"
        "A driver who starts at the Kibahadepot's gate each morning welcomed the change.\n"
    )
    assert spans(text, "RT001") == ["Kibahadepot's"]


def test_two_function_words_or_a_time_phrase_glued():
    text = "Most ofthe stalls were closed, and the market reopened lastweek after the repairs.\n"
    assert spans(text, "RT001") == ["ofthe", "lastweek"]
    assert spans("The boat drifted onto the rocks and into the bay.\n", "RT001") == []


def test_a_local_word_glued_to_and_when_the_text_writes_it_alone():
    text = "The shuras met on Monday. Elders from the shurasand village councils agreed to meet again.\n"
    assert spans(text, "RT001") == ["shurasand"]
    # Unattested, the token may be a name or a word of its own.
    assert spans("Elders from the shurasand village councils agreed to meet again.\n", "RT001") == []


def test_two_content_words_glued_after_a_hyphen_in_damaged_text():
    text = "The city ordered twelve low-floortrams for the eastern line.\n"
    assert spans(text, "RT001") == []  # edited text: perhaps a compound English has not listed
    rules = select_rules(["RT001", "CQ001", "QU001", "PU001"], [])
    found = lint_documents([make_document("t.txt", text + DAMAGE)], Config(), rules).findings
    assert [f.message for f in found if f.code == "RT001"] == [
        "'low-floortrams' looks like two words run together: 'low-floor trams'"
    ]


def test_the_article_or_a_pronoun_glued_to_the_next_word():
    # Scrapers and converters lose the space after 'the' and after a sentence's subject pronoun.
    text = "Officials met after thefirst round of talks.\n\nHesaid the vote would be held in June.\n"
    assert spans(text, "RT001") == ["thefirst", "Hesaid"]
    # Words and names built on 'the' stay silent.
    assert spans("The theatre staged Thebes and Theseus.\n", "RT001") == []


def test_a_number_glued_to_a_long_unit_no_dictionary_lists():
    assert spans("Pollution reached 75micrograms per cubic metre.\n", "RT001") == ["75micrograms"]
    # Sports pages abbreviate seconds; tabloids glue the scale word to a sum ('£38million').
    assert spans("She ran 10.46secs and the club paid £38million for the striker.\n", "RT001") == []


def test_a_possessive_glued_to_the_common_word_after_it():
    # A dropped space after "'s" (scraped Arabic, Urdu and Chinese news sites).
    text = "The blockade hurt Libya'soil exports, and the company'sprofits fell.\n"
    assert spans(text, "RT001") == ["Libya'soil", "company'sprofits"]
    clean = "Officials met Ma'soum Khan and Mas'ud Ali, and the bank's profits rose.\n"
    assert spans(clean, "RT001") == []


def test_a_place_of_the_gazetteer_glued_to_a_word_no_name_ends_in():
    text = "Shops in Kowloonand Wan Chai closed, and the governor of Tanger-Tetouansaid little.\n"
    assert spans(text, "RT001") == ["Kowloonand", "Tanger-Tetouansaid"]
    clean = "Trains to Kokand and Portland were late.\n"
    assert spans(clean, "RT001") == []



def test_a_place_glued_to_its_kind_or_a_first_name_glued_to_and():
    # Korean, Portuguese and Thai sources: 'county' and 'and' lose their space.
    text = "Floods hit Gapyeongcounty on Monday. Volunteers came from Joanaand her village.\n"
    assert spans(text, "RT001") == ["Gapyeongcounty", "Joanaand"]
    clean = "The singer Magnito and the band Roberto played; Georgetown county fair opened.\n"
    assert spans(clean, "RT001") == []

def test_the_last_word_of_a_longer_name_glued_to_a_past_verb():
    text = "Crowds at Bondi Beachwelcomed the surfers. The Stock Exchangewas closed on Monday.\n"
    assert spans(text, "RT001") == ["Beachwelcomed", "Exchangewas"]
    # Alone, such a token may be a brand or a name of its own.
    clean = "Beachwelcomed is the name of the new app.\n"
    assert spans(clean, "RT001") == []


def test_a_place_of_several_words_written_without_its_spaces():
    # Chinese, Spanish and Thai sources: the scraper or the MT dropped the space inside the name.
    text = "Flights to HongKong resumed on Monday, and the ferry to BuenosAires sailed on time.\n"
    assert spans(text, "RT001") == ["HongKong", "BuenosAires"]


def test_a_place_written_together_as_a_hashtag_or_handle_stays_silent():
    text = "Fans posted #HongKong photos and tagged @BuenosAires on Monday.\n"
    assert spans(text, "RT001") == []


def test_a_well_known_place_glued_to_a_small_word():
    # Any source: a scraper or MT drops the space after a name it did not tokenize.
    assert spans("Officials in Kyivsaid the road was shut.\n", "RT001") == ["Kyivsaid"]
    assert spans("Flights to Hanoiwill resume on Friday.\n", "RT001") == ["Hanoiwill"]


def test_names_that_begin_with_a_place_stay_silent():
    # A brand, a demonym's plural, a place that is also an English word, a name written again.
    text = "Kyivstar and Omanis met. Goldis opened. Kantin Kwari burned; Kantin Kwari reopened.\n"
    assert spans(text, "RT001") == []
