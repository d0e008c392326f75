from conftest import spans


def test_function_words_capitalized_mid_sentence():
    text = (
        "Any deployment of Western troops will begin Between Moscow and the alliance. "
        "Today there is no agreement About sending ground troops, But nothing can be ruled out. "
        "He believes that the French President uses A strategy to improve its image.\n"
    )
    assert spans(text, "CA001") == ["Between", "About", "But", "A"]


def test_verb_capitalized_after_its_subject():
    text = "He too NATO Secretary General Denied immediate presence of troops in the country.\n"
    assert spans(text, "CA001") == ["Denied"]


def test_names_in_lowercase_and_lowercase_paragraph_start():
    text = (
        "Macron spoke in Paris about future support for kyiv on Monday.\n\n"
        "office of the Prime Minister declared that support does not include troops.\n"
    )
    found = spans(text, "CA001")
    assert "kyiv" in found
    assert "office" in found


def test_titles_names_and_headlines_are_fine():
    clean = (
        "European allies taken aback by Macron's comments on troops\n\n"
        "Jens Stoltenberg also told The Associated Press that the alliance had no plans. "
        "Her hits include What a Girl Wants, and she starred in About A Boy. "
        "The Prime Minister said: Nothing is ruled out. The song Where the Streets Have No Name played. "
        "They play rugby in Rugby, and rugby is popular, and rugby fans cheered.\n"
    )
    assert spans(clean, "CA001") == []
