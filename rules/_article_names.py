"""An article before a person's surname (used by CQ001).

Greek, Italian, Portuguese, Catalan and German speech put an article before a person's name
('ο Μητσοτάκης', 'la Meloni', 'o Lula', 'der Müller'); machine translation keeps it: 'the
Kovalik said'. English writes a surname alone. The evidence that the capitalized word is a
surname comes from the text itself: it also follows a first name there ('Andrej Kovalik').
The word must be no dictionary word and no place, and it must stand alone after the article,
before a verb or a break: 'the Kovalik government', 'the Kovalik Foundation' use the name as a
modifier or inside a longer name, and 'the Kovaliks' names a family.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.document import Document
from newslint.grammar import verb_forms
from newslint.lexicon import FUNCTION_WORDS, is_dictionary_word, parts_of_speech, zipf
from newslint.names import follows_first_name, is_first_name, place_id

ARTICLES = ("the", "The")
# A word English writes this often is more than a surname ('the Olympics', after 'Sydney Olympics').
SURNAME_MAX_ZIPF = 3.5


def _after_a_first_name(doc: Document, word: str) -> bool:
    """Whether the word follows a capitalized first name that is no ordinary word somewhere in
    the text ('Andrej Kovalik')."""
    tokens, text = doc.tokens, doc.text
    for index in doc.occurrences.get(word, ()):
        before = tokens[index - 1] if index else None
        if before and follows_first_name(text, before, tokens[index]) and not is_dictionary_word(before.text.lower()):
            return True
    return False


def _stands_alone(doc: Document, index: int) -> bool:
    """Whether the name at index ends its noun phrase: a break, a function word or a verb that
    is no noun follows ('the Kovalik said', 'the Kovalik, who'), not a noun it modifies."""
    tokens, text = doc.tokens, doc.text
    if index + 1 >= len(tokens):
        return True
    following = tokens[index + 1]
    if text[tokens[index].end : following.start].strip():
        return True  # a comma, a full stop, a bracket
    lower = following.text.lower()
    if following.text[:1].isupper() or lower in ("'s", "s"):
        return False  # 'the Kovalik Foundation', 'the Kovalik's'
    if lower in FUNCTION_WORDS:
        return True
    return bool(verb_forms(lower) & {"VBD", "VBZ"}) and "NOUN" not in parts_of_speech(lower)


def articles_before_surnames(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each 'the Kovalik' where the text also writes the name after a first name."""
    tokens, text = doc.tokens, doc.text
    checked: dict[str, bool] = {}
    for index in doc.tokens_of(ARTICLES):
        if index + 1 >= len(tokens) or text[tokens[index].end : tokens[index + 1].start] != " ":
            continue
        name = tokens[index + 1].text
        if not name[:1].isupper() or not name.isalpha() or name.isupper() or len(name) < 3:
            continue
        known = checked.get(name)
        if known is None:
            known = checked[name] = (
                zipf(name) < SURNAME_MAX_ZIPF
                and not is_dictionary_word(name.lower())
                and not is_first_name(name)
                and place_id(name) is None
                and _after_a_first_name(doc, name)
            )
        if known and _stands_alone(doc, index + 1):
            yield tokens[index].start, tokens[index + 1].end, name
