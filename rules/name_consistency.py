"""Name consistency: the same entity written two ways, within an article or across the linted files."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache

import regex

from lint.document import Document, Token
from lint.finding import Finding, Related
from lint.lexicon import fold, is_dictionary_word, is_person_or_place, zipf
from lint.rule import Rule

# Both spellings this common are two different names (Mary/Marie), not variants of one.
BOTH_COMMON_ZIPF = 3.5
MIN_LENGTH = 4


DOUBLED = regex.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def variant_key(word: str) -> str:
    """A spelling-insensitive key: no case, no diacritics, and the usual transliteration
    variants merged (Kiev/Kyiv, Dmitri/Dmitry, Zelensky/Zelenskyy, Séjourné/Sejourne)."""
    key = fold(word)
    for old, new in (("yi", "i"), ("iy", "i"), ("ie", "i"), ("y", "i"), ("ii", "i"), ("j", "i")):
        key = key.replace(old, new)
    return DOUBLED.sub(r"\1", key)


class NameConsistency(Rule):
    """Finds the same name written two ways: within one article (Kiev / Kyiv / kyiv, Dmitri /
    Dmitry, Zelensky / Zelenskyy), and across the linted files (Stephane Sejourne vs Stéphane
    Séjourné). Spellings are matched by folding case and diacritics and merging the usual
    transliteration variants; the minority spelling is reported and the finding points to the
    other spelling (a related location in JSON and SARIF).

    Why: a newsroom translating a story from several sources ends up with every spelling each
    source used; readers and search engines take them for different people or places.

    Configure the house style with `preferred-spellings = { Kiev = "Kyiv" }`: then every other
    spelling is reported, whichever is more frequent.
    """

    code = "NC001"
    name = "name-consistency"
    summary = "The same name spelled two ways: Kiev/Kyiv, Sejourne/Séjourné (within a file and across files)"

    def check(self, doc: Document) -> Iterator[Finding]:
        groups = _groups([doc])
        yield from self._report(groups, within=True)

    def check_corpus(self, docs: Sequence[Document]) -> Iterator[Finding]:
        if len(docs) < 2:
            return
        groups = _groups(docs)
        yield from self._report(groups, within=False)

    def _report(self, groups: dict[str, list[tuple[Document, Token]]], within: bool) -> Iterator[Finding]:
        preferred = {fold(k): v for k, v in self.config.preferred_spellings.items()}
        for occurrences in groups.values():
            forms = Counter(token.text.casefold() for _, token in occurrences)
            if len(forms) < 2:
                continue
            if within is False and (
                len({doc.path for doc, _ in occurrences}) < 2 or not _same_name_across_files(list(forms))
            ):
                continue
            wanted = next((preferred[fold(f)] for f in forms if fold(f) in preferred), None)
            # A spelling the word lists know outranks a more frequent unknown one (Aishwarya).
            ranked = sorted(forms.items(), key=lambda item: (zipf(item[0]) > 0, item[1]), reverse=True)
            if wanted is not None:
                majority = wanted.casefold()
            else:
                (majority, top), (_, second) = ranked[0], ranked[1]
                if within and top == second:
                    majority = self._first_form(occurrences)
                elif not within and top < 2 * second and (zipf(ranked[0][0]) > 0) == (zipf(ranked[1][0]) > 0):
                    continue  # no clear house spelling across files
                if all(zipf(form) >= BOTH_COMMON_ZIPF for form, _ in ranked[:2]):
                    continue
            reference = next(((d, t) for d, t in occurrences if t.text.casefold() == majority), None)
            for doc, token in occurrences:
                if token.text.casefold() == majority:
                    continue
                if within is False and any(t.text.casefold() == majority for d, t in occurrences if d is doc):
                    continue  # already reported by the per-file pass
                shown = wanted or (reference[1].text if reference else majority)
                related = []
                if reference is not None:
                    ref_doc, ref_token = reference
                    related.append(
                        Related(ref_doc.path, ref_token.start, ref_token.end, f"written '{ref_token.text}' here")
                    )
                where = "in this file" if within else "in the other linted files"
                yield self.finding(
                    doc,
                    token.start,
                    token.end,
                    f"'{token.text}' is written '{shown}' {where}: use one spelling",
                    related=related,
                )

    @staticmethod
    def _first_form(occurrences: list[tuple[Document, Token]]) -> str:
        return min(occurrences, key=lambda item: item[1].start)[1].text.casefold()


def _same_name_across_files(forms: list[str]) -> bool:
    """Across unrelated articles, Gary and Garry or Julia and Yulia are different people: only a
    diacritic difference, or a transliteration of a rare name, is taken as one name."""
    folded = {fold(form) for form in forms}
    if len(folded) == 1:
        return True
    if any(zipf(form) >= 3.0 for form in forms):
        return False
    undoubled = {DOUBLED.sub(r"\1", form) for form in folded}
    return len(undoubled) == len(folded)


def _groups(docs: Sequence[Document]) -> dict[str, list[tuple[Document, Token]]]:
    """Name-like tokens grouped by variant key. Lowercase tokens and capitalized ordinary words
    only join a group that names started ('kyiv' joins 'Kyiv'; 'Stephane' joins 'Stéphane')."""
    groups: dict[str, list[tuple[Document, Token]]] = defaultdict(list)
    joiners: list[tuple[Document, Token, str]] = []
    for doc in docs:
        for token, key, starts_group in _candidates(doc):
            if starts_group:
                groups[key].append((doc, token))
            else:
                joiners.append((doc, token, key))
    for doc, token, key in joiners:
        if key in groups:
            groups[key].append((doc, token))
    return groups


@lru_cache(maxsize=100_000)
def _candidate_kind(word: str) -> tuple[str, bool] | None:
    """(variant key, whether the word can start a group), or None for words that are no names."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return None
    titled = word[0].isupper() and word[1:].islower()
    if not (titled or word.islower()):
        return None
    if word.islower() and is_dictionary_word(word):
        return None
    ordinary = titled and is_dictionary_word(word) and not is_person_or_place(word)
    return variant_key(word), titled and not ordinary


def _candidates(doc: Document) -> list[tuple[Token, str, bool]]:
    """(token, variant key, whether it can start a group) for a document, computed once."""
    return doc.value("name_candidates", _find_candidates)


def _find_candidates(doc: Document) -> list[tuple[Token, str, bool]]:
    kinds = {word: kind for word in doc.word_counts if (kind := _candidate_kind(word)) is not None}
    tokens = doc.tokens
    found = []
    for index in doc.tokens_of(kinds):
        token = tokens[index]
        key, starts_group = kinds[token.text]
        found.append((token, key, starts_group))
    return found
