"""Name consistency: the same name written two ways, within an article or across related files."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import repeat

import regex

from newslint import regexes
from newslint.corpus import NAMES, DocumentEntry, NameSpelling
from newslint.document import Document, WordClass
from newslint.finding import FilePositions, Finding, Fix, Related
from newslint.lexicon import (
    FUNCTION_WORDS,
    fold,
    foreign_frequencies,
    is_dictionary_word,
    is_listed,
    is_person_or_place,
    parts_of_speech,
    zipf,
)
from newslint.names import (
    NameForm,
    gendered_or_inflected,
    is_established,
    is_first_name,
    moved_letter,
    name_forms,
    name_group,
    name_index,
    one_edit_apart,
    place_id,
    same_name,
    spelled_out_umlauts,
    spelling_key,
)
from newslint.rule import Rule
from newslint.rules._word_lists import NAME_PARTICLES, UNLISTED_LANGUAGE_LETTERS, is_demonym, person_titles

# Files linted together are about one story when they share this many rare names.
RELATED_SHARED_NAMES = 2
RARE_NAME_ZIPF = 3.0
# An English exonym this common (Mexico, Montreal) is house style next to the local spelling
# (BBVA México), not an inconsistency.
EXONYM_ZIPF = 3.0
# A spelling written this many times more often is the usual one, diacritics or not.
MAJORITY_RATIO = 2
# At equal counts, a spelling the name index knows this well (Zipf) beats one it does not know.
KNOWN_SPELLING = 2.0
KNOWN_AT_ALL = 1.0  # ... or a place the gazetteer holds, beside a spelling no list holds
# ... and one it knows little (a variant), when it knows the other six times as well; two
# spellings both known better than this are the article's choice (Ahmed/Ahmad, Asaf/Assaf).
LITTLE_KNOWN = 1.5
BETTER_KNOWN = 0.8


LONE_SURNAME_LENGTH = 6


class Spelling:
    """One spelling of a name in one or more files: where it occurs and what stands beside it."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.places: list[tuple[Document, int]] = []
        self.beside: set[str] = set()

    @classmethod
    def of(cls, doc: Document, form: NameForm) -> Spelling:
        """The spelling of one form in one file."""
        spelling = cls(form.word)
        spelling.add(doc, form)
        return spelling

    def add(self, doc: Document, form: NameForm) -> None:
        self.places.extend(zip(repeat(doc), form.tokens))
        self.beside |= form.beside

    @property
    def count(self) -> int:
        return len(self.places)


class NameConsistency(Rule):
    """Finds one name written two ways: with and without diacritics (Orbán / Orban), or in two
    transliterations (Vilfand / Wilfand, Pezeshkian / Pezeshkiyan, Endo / Endou, a letter
    doubled or dropped), or a surname written in full once and later, alone or after 'Mr', one
    letter apart (Tomas Rozman ... Rosman), a letter moved in a long name (Osimhen / Oshimen),
    Serbo-Croatian 'đ' written 'dj' (Đorđević / Djordjević), and a place's local spelling beside
    the one English writes (İstanbul / Istanbul; not inside a longer name: BBVA México,
    Hydro-Québec), within one article or across linted files about the same story. The
    minority spelling is reported, pointing at the other spelling (a related location): the
    article's own convention decides, and at equal counts a well-known spelling beats an unknown
    one, then the first spelling written (MT drops a name's diacritics as often as it restores
    them: only the article's order tells which it did).

    Why: machine translation of one story from several sources, or of one source in pieces,
    leaves every spelling each piece used; readers and search engines take them for different
    people or places.

    How: spellings are grouped by their consonants, after merging the letters transliteration
    renders interchangeably (w/v, b/v, kh/ch/h, c/k, doubled letters), and accepted as one name
    when at most one or two vowels differ. Two names that each stand on their own (a first name,
    a place, a name frequent in English: Jon / Jan, Sudan / Sedan, Jennifer / Jenifer) are two
    names, unless both are written with the same first name or surname. Forms that differ by a
    final vowel (Maria / Mario, Kowalski / Kowalska) are taken as two names. Across files, the
    files must share at least two rare names. Configure a house style with
    `preferred-spellings = { Kiev = "Kyiv" }`.
    """

    code = "NC001"
    name = "name-consistency"
    summary = "One name spelled two ways: Orbán/Orban, Vilfand/Wilfand (within a file and across related files)"
    corpus_statistics = frozenset({NAMES})
    reads_evidence = True  # runs after NS001, and does not report its names again

    def check(self, doc: Document) -> Iterator[Finding]:
        evidence = doc.evidence
        for finding in self._findings(doc):
            if evidence is None or not evidence.misspelled_name_at(finding.start, finding.end):
                yield finding

    def _findings(self, doc: Document) -> Iterator[Finding]:
        forms = name_forms(doc)
        places = _places_named_twice(forms)
        forms = {word: form for word, form in forms.items() if _candidate(word) or word in places}
        for word, form in _syllable_given_names(doc).items():
            forms.setdefault(word, form)
        for part, form in _hyphenated_parts(doc).items():
            forms.setdefault(part, form)  # a part written alone too is already a spelling of its own
        for word, form in _written_with_a_mark(doc, forms).items():
            forms.setdefault(word, form)
        yield from self._report(doc, forms)
        yield from self._swapped_order(doc)
        yield from self._split_or_joined(doc)
        yield from self._case_endings(doc)

    def _case_endings(self, doc: Document) -> Iterator[Finding]:
        """'Tuska', 'Plenkovića', 'Babiše' beside 'Tusk', 'Plenković', 'Babiš': a name the text
        writes plain, once more with a case ending of a Slavic source (the genitive or dative
        MT copied). Feminine surnames ('Ivanova', 'Kowalska') and names of their own ('Paula')
        are left alone."""
        forms = name_forms(doc)
        tokens = doc.tokens
        polish_o = _polish_o_forms(forms)
        for word in CASE_ENDING_WORDS.among(forms):
            form = forms[word]
            plain = _without_case_ending(word, forms, polish_o)
            if plain is None or len(form.tokens) > len(forms[plain].tokens) or self.config.is_accepted(word):
                continue
            if _other_given_names(doc, form, forms[plain]):
                continue  # 'Noa Shapira and Ronit Shapiro': two people, each with a given name
            for index in form.tokens:
                token = tokens[index]
                message = f"'{word}' is '{plain}' with a case ending of the source language: write '{plain}'"
                yield self.finding(
                    doc,
                    token.start,
                    token.start + len(word),
                    message,
                    fix=Fix.replace(token.start, token.start + len(word), plain, f"Write '{plain}'", safe=False),
                )

    def _split_or_joined(self, doc: Document) -> Iterator[Finding]:
        """'Zhan Jiang' beside 'Zhanjiang', 'Jean Charles' beside 'Jean-Charles': one name
        written as one word and as two (romanized Chinese, Persian and Arabic names, and French
        hyphenated first names)."""
        tokens = doc.tokens
        counts = doc.word_counts
        words = doc.token_columns[2]
        split: dict[str, list[int]] = {}
        single_words: dict[str, dict[str, str]] | None = None
        for index in _spaced_pairs(doc, [word for word in doc.capitalized_words if word.isalpha()]):
            first, second = words[index], words[index + 1]
            if not (second[:1].isupper() and second.replace("-", "").isalpha()):
                continue  # ('Yol-İş' may end 'Demir Yol-İş' beside 'Demiryol-İş')
            joined = first + second.lower()
            hyphened = f"{first}-{second}"
            whole = joined if counts.get(joined) else hyphened if counts.get(hyphened) else None
            if whole is None and min(len(first), len(second)) >= 2 and len(second) >= 3:
                # 'Hà Nội' beside 'Hanoi', 'Zayandeh Rud' beside 'Zayanderud': the same letters
                # without their accents, or one letter apart in a long name ('Facebook X' is two names).
                if single_words is None:
                    single_words = _single_words_by_letters(doc)
                whole = _joined_elsewhere(fold(joined).casefold().replace("-", ""), single_words)
            if whole is None or not _candidate(whole) or is_dictionary_word(joined):
                continue
            split.setdefault(whole, []).append(index)
        for whole, found in split.items():
            two_words = f"{tokens[found[0]].text} {tokens[found[0] + 1].text}"
            joined_at = doc.tokens_of([whole])
            split_first = len(found) == counts[whole] == 1 and found[0] < joined_at[0]
            if len(found) > counts[whole] or split_first:
                # the two-word form is the usual one (or, once each, the one written first): the
                # single word is the slip
                for index in doc.tokens_of([whole]):
                    token = tokens[index]
                    message = f"'{whole}' is written '{two_words}' in this file: use one spelling"
                    yield self.finding(doc, token.start, token.end, message)
                continue
            if counts[whole] < 2 and whole.isalpha() and len(found) > 1:
                continue  # one joined use against several split ones: no majority to follow
            message = f"'{two_words}' is written '{whole}' in this file: use one spelling"
            for index in found:
                yield self.finding(doc, tokens[index].start, tokens[index + 1].end, message)

        yield from self._hyphenated_with_particles(doc)

    def _hyphenated_with_particles(self, doc: Document) -> Iterator[Finding]:
        """'Dar-es-Salaam' beside 'Dar es Salaam', 'Bandar-e-Abbas' beside 'Bandar e Abbas': a name
        with a lowercase particle written hyphenated and spaced in one file (the majority, or
        the first written, is the file's spelling)."""
        text = doc.text
        for word in doc.capitalized_words:
            parts = word.split("-")
            if len(parts) < 3 or not all(part.isalpha() for part in parts) or not any(p.islower() for p in parts):
                continue
            spaced = regex.compile(r"(?<![\p{L}\p{N}-])" + regex.escape(" ".join(parts)) + r"(?![\p{L}\p{N}-])")
            apart = [match.span() for match in spaced.finditer(text)]
            if not apart:
                continue
            joined = [(doc.tokens[index].start, doc.tokens[index].end) for index in doc.tokens_of([word])]
            spaced_first = apart[0][0] < joined[0][0]
            if len(apart) > len(joined) or (len(apart) == len(joined) and spaced_first):
                minority, usual = joined, " ".join(parts)
            else:
                minority, usual = apart, word
            for start, end in minority:
                yield self.finding(
                    doc, start, end, f"'{text[start:end]}' is written '{usual}' in this file: use one spelling"
                )

    def _swapped_order(self, doc: Document) -> Iterator[Finding]:
        """'Naomi Osaka' and 'Osaka Naomi', 'Gergely Karácsony' and 'Karácsony Gergely': one
        person's two names in both orders in one text (Japanese, Korean, Chinese and Hungarian
        put the family name first; MT keeps the order of the sentence it translates)."""
        tokens = doc.tokens
        words = doc.token_columns[2]
        # Two-letter family names count here (Li, Wu, Oh): both orders must be written.
        names = set(ORDER_WORDS.among(doc.capitalized_words))
        places: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index in _spaced_pairs(doc, names):
            following = words[index + 1]
            if following in names and following != words[index]:
                places[(words[index], following)].append(index)
        for (first, second), found in sorted(places.items()):
            swapped = places.get((second, first))
            if not swapped or self.config.is_accepted(f"{first} {second}"):
                continue
            if (len(found), _given_name_first(first, second), -found[0]) > (
                len(swapped),
                _given_name_first(second, first),
                -swapped[0],
            ):
                continue  # report the rarer order; as frequent, the family name first, or the later one
            usual = tokens[swapped[0]]
            related = Related(doc.path, usual.start, tokens[swapped[0] + 1].end, f"written '{second} {first}' here")
            for index in found:
                start, end = tokens[index].start, tokens[index + 1].end
                message = f"'{first} {second}' is written '{second} {first}' in this file: use one order"
                yield self.finding(doc, start, end, message, related=[related])

    def check_corpus(self, docs: Sequence[DocumentEntry]) -> Iterator[Finding]:
        """Across files, from each file's name spellings (see corpus_spellings): no document needed."""
        if len(docs) < 2:
            return
        related = _related_documents(docs)
        per_doc = [doc.names for doc in docs]
        by_skeleton: dict[str, set[str]] = defaultdict(set)
        for forms in per_doc:
            for word in forms:
                by_skeleton[name_group(word)].add(word)
        for words in by_skeleton.values():
            if len(words) < 2:
                continue
            for a, b in _pairs(sorted(words), across=True):
                yield from self._across(a, b, docs, per_doc, related)

    def _across(
        self,
        a: str,
        b: str,
        docs: Sequence[DocumentEntry],
        per_doc: list[dict[str, NameSpelling]],
        related: list[set[int]],
    ) -> Iterator[Finding]:
        """Report b in files about the same story as a file that writes a (and never b), when a
        is clearly the usual spelling."""
        with_a = [i for i, forms in enumerate(per_doc) if a in forms and b not in forms]
        with_b = [i for i, forms in enumerate(per_doc) if b in forms and a not in forms]
        for majority, minority, major_docs, minor_docs in ((a, b, with_a, with_b), (b, a, with_b, with_a)):
            count_major = sum(per_doc[i][majority].count for i in major_docs)
            count_minor = sum(per_doc[i][minority].count for i in minor_docs)
            if not (count_major >= MAJORITY_RATIO * count_minor or _diacritics_restored(majority, minority)):
                continue
            for i in minor_docs:
                partner = next((j for j in major_docs if j in related[i]), None)
                if partner is None:
                    continue
                usual = per_doc[partner][majority]
                start, end, text = usual.spans[0]
                reference = Related(docs[partner].path, start, end, f"written '{text}' here", positions=usual.first)
                for start, end, text in per_doc[i][minority].spans:
                    yield self._finding(docs[i], start, end, text, majority, reference, "in a related linted file")

    def _report(self, doc: Document, forms: dict[str, NameForm]) -> Iterator[Finding]:
        """Each spelling that is not the usual one of its name, pointing at the usual one. Pairs
        are looked for among the file's forms; only the few paired ones become Spellings."""
        by_skeleton: dict[str, list[str]] = defaultdict(list)
        marked = {_without_marks(word) for word in forms if INNER_MARK.search(word)}
        for word in forms:
            by_skeleton[name_group(word)].append(word)
            # Two letters the other way round ('Antouno', 'Antuono') may read as a glide in
            # one spelling only: the same letters put them in one group too.
            by_skeleton["=" + "".join(sorted(fold(word)))].append(word)
            if "đ" in word.casefold():  # 'Đorđević' beside 'Djordjević'
                by_skeleton["đ" + fold(_DJ.sub("dj", word))].append(word)
            elif "dj" in word.casefold():
                by_skeleton["đ" + fold(word)].append(word)
            if UMLAUT_OR_SPELLED_OUT.search(word):  # 'Grünau' beside 'Gruenau': 'ue' reads as a glide
                by_skeleton["ü" + spelled_out_umlauts(word)].append(word)
            if TRANSLITERATED_LETTERS.search(word):  # 'Kaxovka' beside 'Kakhovka'
                by_skeleton["≈" + _transliteration_key(word)].append(word)
            if (chinese := _chinese_romanization_key(word)) is not None:  # 'Kaohsiung' beside 'Gaoxiong'
                by_skeleton["≋" + chinese].append(word)
            if (unmarked := _without_marks(word)) in marked:  # 'Nishi-Tokyo' beside 'Nishitokyo'
                by_skeleton["'" + unmarked].append(word)
        by_skeleton.update(_letters_spelled_out(forms))
        # 'Zuerich' beside 'Zurich': an umlaut spelled out in one spelling and dropped in the other.
        dropped = {_umlaut_dropped(word): word for word in forms if SPELLED_OUT_UMLAUT.search(word)}
        for word in forms:
            partner = dropped.get(fold(word))
            if partner is not None and partner != word and not (is_first_name(word) and is_first_name(partner)):
                by_skeleton["ë" + word] = [word, partner]
        pairs = self._house_style_pairs(forms)
        for words in by_skeleton.values():
            if len(words) > 1:
                pairs.extend(_pairs(sorted(words), across=False, forms=forms, doc=doc))
        pairs.extend(_slips_beside_one_name(forms, doc))
        pairs.extend(_places_cut_by_a_letter(forms))
        pairs.extend(_rare_sound_twins(forms))
        pairs.extend(
            (a, b)
            for a, b in _one_place_two_names(forms)
            if not _inside_longer_names(doc, forms, a, b) and not _side_by_side(doc, forms, a, b)
        )
        partners: dict[str, set[str]] = defaultdict(set)
        for a, b in pairs:
            partners[a].add(b)
            partners[b].add(a)
        spellings = {word: Spelling.of(doc, forms[word]) for word in partners}
        for word in sorted(partners):
            usual = word
            for other in partners[word]:  # the usual spelling among the word's variants
                if self._ranked(spellings[usual], spellings[other])[0].word == other:
                    usual = other
            if usual == word:
                continue
            majority, minority = spellings[usual], spellings[word]
            ref_doc, ref_index = min(majority.places, key=lambda place: place[1])
            reference = ref_doc.tokens[ref_index]
            related = Related(ref_doc.path, reference.start, reference.end, f"written '{reference.text}' here")
            whole = _without_possessive(reference.text)
            for doc, index in minority.places:
                token = doc.tokens[index]
                # A hyphenated token beside one: the whole as written ('al-Idani' ... 'al-Eidani');
                # a name beside a compound holding it ('Ōsaka' ... 'Shin-Osaka'): the name alone.
                written = whole if ("-" in token.text) == ("-" in whole) else majority.word
                yield self._finding(doc, token.start, token.end, token.text, written, related, "in this file")

    def _house_style_pairs(self, forms: dict[str, NameForm]) -> list[tuple[str, str]]:
        """A spelling the configuration replaces, with its replacement, when the file has both."""
        if not self.config.preferred_spellings:
            return []
        preferred = {fold(k): v for k, v in self.config.preferred_spellings.items()}
        return [
            (word, wanted)
            for word in forms
            if (wanted := preferred.get(fold(word))) is not None and wanted != word and wanted in forms
        ]

    def _ranked(self, a: Spelling, b: Spelling) -> tuple[Spelling, Spelling]:
        """(usual spelling, the one to report): the house style first, then the commoner one in
        the text (the article's own convention), then a spelling the name index knows well over
        one it does not know at all (a typo), then the first written."""
        wanted = {v.casefold() for v in self.config.preferred_spellings.values()}
        for first, second in ((a, b), (b, a)):
            if first.word.casefold() in wanted:
                return first, second
        if a.count != b.count:
            return (a, b) if a.count > b.count else (b, a)
        known_a, known_b = _known(a.word), _known(b.word)
        well, little = max(known_a, known_b), min(known_a, known_b)
        if well >= KNOWN_SPELLING and little < LITTLE_KNOWN and well - little >= BETTER_KNOWN:
            return (a, b) if known_a > known_b else (b, a)  # a typo beside the name the world writes
        if little == 0 and well >= KNOWN_AT_ALL and _is_place(a.word if known_a > known_b else b.word):
            return (a, b) if known_a > known_b else (b, a)  # a place's spelling beside one no list holds
        if _exonym(a.word, b.word) and not any(map(is_first_name, a.beside | b.beside)):
            return (a, b) if a.word.isascii() else (b, a)  # English writes 'Istanbul', 'Osaka'
        if _serbian_dj(a.word, b.word):
            return (a, b) if "đ" in a.word.casefold() else (b, a)  # 'dj' is 'đ' with its diacritic dropped
        place_a, place_b = _is_place(a.word), _is_place(b.word)
        if place_a != place_b and not (_indexed(a.word) if place_b else _indexed(b.word)):
            return (a, b) if place_a else (b, a)  # 'Tskaltubo', a place, beside a spelling no list holds
        attested_a, attested_b = is_listed(a.word), is_listed(b.word)
        # In a text with names of a language no word list holds (Icelandic 'Guðmundsson'), no list
        # can attest its names' accents: the first spelling written decides.
        if attested_a != attested_b and fold(a.word) == fold(b.word) and not _unlisted_language(a):
            return (a, b) if attested_a else (b, a)  # 'Fenerbahçe' over 'Fenerbahče', which no list writes
        return (a, b) if min(i for _, i in a.places) <= min(i for _, i in b.places) else (b, a)

    def _finding(
        self,
        doc: Document | DocumentEntry,
        start: int,
        end: int,
        text: str,
        majority: str,
        related: Related,
        where: str,
    ) -> Finding:
        return self.finding(
            doc, start, end, f"'{text}' is written '{majority}' {where}: use one spelling", related=[related]
        )


UMLAUT_OR_SPELLED_OUT = regexes.compile(r"[äöüÄÖÜ]|[aou]e")
SPELLED_OUT_UMLAUT = regexes.compile(r"(?<=\p{L})[aou]e")


JOINED_NEAR_LENGTH = 9  # a name joined this long may differ by one letter ('Zayanderud')


def _single_words_by_letters(doc: Document) -> dict[str, dict[str, str]]:
    """The document's capitalized single words of five letters or more by their folded letters,
    grouped by their first two letters (a near match keeps them)."""
    groups: dict[str, dict[str, str]] = {}
    for word in doc.capitalized_words:
        if _hyphenated_word(word) and len(word) >= 5 and not _inner_capital(word):  # not 'MattBevin', 'HANOI'
            letters = fold(word).casefold().replace("-", "")  # 'Suk-yeol' is 'Suk Yeol' joined
            groups.setdefault(letters[:2], {})[letters] = word
    return groups


def _hyphenated_word(word: str) -> bool:
    """Letters, perhaps in hyphenated parts ('Demiryol-İş')."""
    return all(part.isalpha() for part in word.split("-"))


def _inner_capital(word: str) -> bool:
    """A capital inside a part of the word ('MattBevin', 'HANOI'; not 'Demiryol-İş')."""
    return any(not part[1:].islower() for part in word.split("-") if part)


def _joined_elsewhere(letters: str, single_words: dict[str, dict[str, str]]) -> str | None:
    """The single word the document writes for two words joined (folded letters), if any."""
    group = single_words.get(letters[:2], {})
    if letters in group:
        return group[letters]
    if len(letters) < JOINED_NEAR_LENGTH:
        return None
    for other, word in group.items():
        if abs(len(other) - len(letters)) <= 1 and one_edit_apart(letters, other):
            return word
    return None


def _umlaut_dropped(word: str) -> str:
    """The folded word with a spelled-out umlaut written as its plain vowel ('Zuerich' -> 'zurich')."""
    return fold(SPELLED_OUT_UMLAUT.sub(lambda match: match.group()[0], word))




def _letters_spelled_out(forms: dict[str, NameForm]) -> dict[str, list[str]]:
    """Groups of a spelling with a caron, cedilla or schwa ('Niš', 'Göyçay', 'Həsənov') and the
    spellings the file writes with the letter spelled out as English does ('Nish', 'Goychay',
    'Hasanov'): keyed by the spelled-out form, so that only those few words are compared."""
    spelled: dict[str, list[str]] = {}
    for word in forms:
        if not CARON_LETTERS.isdisjoint(word):
            spelled.setdefault(fold(word.translate(CARONS_SPELLED_OUT)), []).append(word)
    if not spelled:
        return {}
    for word in forms:
        if CARON_LETTERS.isdisjoint(word) and (group := spelled.get(fold(word))) is not None:
            group.append(word)
    return {"š" + key: words for key, words in spelled.items() if len(words) > 1}


def _without_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


def corpus_spellings(doc: Document) -> tuple[dict[str, NameSpelling], frozenset[str]]:
    """This file's part of the corpus statistic ``names`` (see newslint.corpus): each spelling that
    may be a name, where it is written (with the file position of the first place, which a
    finding in another file points at), and the rare names that tell which story the file is about."""
    tokens = doc.tokens
    spellings = {}
    for word, form in name_forms(doc).items():
        if _candidate(word):
            spans = list(map(tokens.__getitem__, form.tokens))  # each token is its (start, end, text)
            spellings[word] = NameSpelling.of(word, spans, FilePositions.of(doc, (spans[0][0], spans[0][1])))
    return spellings, _rare_names(doc)


def _rare_names(doc: Document) -> frozenset[str]:
    """Names too rare in English to be shared by chance: two of them make two files one story."""
    return frozenset(fold(word) for word in name_forms(doc) if _rare_name(word))


@lru_cache(maxsize=100_000)
def _rare_name(word: str) -> bool:
    """A name of five letters or more, rare in English and no English word (once per word)."""
    return len(word) >= 5 and zipf(word) < RARE_NAME_ZIPF and not is_dictionary_word(word)


def _pairs(words: list[str], *, across: bool, forms: dict[str, NameForm] | None = None, doc: Document | None = None):
    """Pairs of spellings of one name among words that share a skeleton (forms: within a file,
    where they are written and beside what)."""
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            context = bool(forms and _same_context(forms[a], forms[b]))
            serbian = (
                _serbian_dj(a, b)
                or _carons_spelled_out(a, b)
                or _transliterated_alike(a, b)
                or _marks_dropped(a, b)
                or _romanized_alike(a, b)
            )
            if not (same_name(a, b, same_context=context) or serbian or moved_letter(a, b)):
                continue
            if (
                _exonym(a, b)
                and not _a_persons_name(a, b, forms)
                and (forms is None or doc is None or _local_spelling_in_a_longer_name(a, b, forms, doc))
            ):
                continue
            if not serbian and _word_beside_name(a, b, forms):
                continue  # 'Início' (a menu's 'Home') beside 'Inácio': a word, not a spelling
            if _vietnamese_tones_apart(a, b):
                continue  # 'Đống Đa' and 'Đồng Xuân': two words, told apart by their tones
            if across and not (fold(a) == fold(b) or not (is_established(a) or is_established(b))):
                continue  # across files only diacritics, or two rare spellings
            yield a, b


PLACE_SLIP_LENGTH = 8


def _places_cut_by_a_letter(forms: dict[str, NameForm]) -> list[tuple[str, str]]:
    """'Hódmezővásárhel' beside 'Hódmezővásárhely', 'Longjin' beside 'Longjing': a long
    place the gazetteer knows, written once more without its last letter (which same_name leaves
    to inflection: 'Ivanov', 'Ivanova'). A letter added to a place is a case ending instead (see
    _case_endings); a place and its people ('Armenia', 'Armenian') stay apart."""
    pairs = []
    for word in forms:
        shorter = word[:-1]
        if len(word) < PLACE_SLIP_LENGTH or word.endswith("s") or shorter not in forms or place_id(word) is None:
            continue  # ('Philippines' and 'Philippine': a plural name and its adjective)
        if place_id(shorter) is not None or is_dictionary_word(shorter) or is_demonym(shorter.casefold()):
            continue
        if is_demonym(word.casefold()) or is_dictionary_word(word):
            continue
        pairs.append((word, shorter))
    return pairs


# Letters only Vietnamese writes among the Latin scripts, and its tone marks (hook above, dot below).
VIETNAMESE_LETTERS = frozenset("ơưăƠƯĂ")  # (not 'đ', which Serbo-Croatian writes too)
VIETNAMESE_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _vietnamese_tones_apart(a: str, b: str) -> bool:
    """Two Vietnamese words written with diacritics that differ in them: Vietnamese tells words
    apart by tone marks, so these are two words, not two spellings of one."""
    if a.isascii() or b.isascii():
        return False
    return all(_vietnamese(word) for word in (a, b))


def _vietnamese(word: str) -> bool:
    """A letter only Vietnamese writes, or a tone mark on a vowel with a circumflex, breve or horn."""
    if VIETNAMESE_LETTERS.intersection(word):
        return True
    decomposed = unicodedata.normalize("NFD", word)
    return bool(VIETNAMESE_TONES.intersection(decomposed)) and bool(VOWEL_MARKS.intersection(decomposed))


VOWEL_MARKS = frozenset("\u0302\u0306\u031b")


def _same_context(a: NameForm, b: NameForm) -> bool:
    """Written with the same first name or surname (up to transliteration), or one written
    alone where the other comes with its first name and the two differ only by transliteration
    habits ('Radek Sikorski' ... 'Sikorsky said'): news names a person in full once, then by
    surname."""
    if a.beside & b.beside:
        return True
    if {spelling_key(word) for word in a.beside} & {spelling_key(word) for word in b.beside}:
        return True  # 'Assaf Rappaport' ... 'Asaf Rapaport': both names in two transliterations
    one_alone = not _names_among(a.beside) or not _names_among(b.beside)
    if not one_alone or min(len(a.word), len(b.word)) < LONE_SURNAME_LENGTH:
        return False  # short words meet by chance ('Sun' and 'Seon')
    if is_first_name(a.word) or is_first_name(b.word):
        return False  # 'Jennifer Lopez met Jenifer': two people who share a first name's sound
    return bool(a.beside | b.beside) and spelling_key(a.word) == spelling_key(b.word)


def _given_name_first(first: str, second: str) -> bool:
    """'Gergely Holló' rather than 'Holló Gergely': English news writes a Hungarian or Japanese
    person's given name first, and the given name is the one the first-name lists hold."""
    return is_first_name(first) and not is_first_name(second)


def _names_among(beside: frozenset[str]) -> set[str]:
    """The words beside a name that may be names too: a sentence's first word ('Later',
    'Meanwhile') is a common word capitalized, not a first name."""
    return {word for word in beside if is_first_name(word) or not _common_english(word)}


@lru_cache(maxsize=50_000)
def _common_english(word: str) -> bool:
    lower = word.casefold()
    return is_dictionary_word(lower) and zipf(lower) >= 4.0


def _spaced_pairs(doc: Document, words: Iterable[str]) -> list[int]:
    """The index of each token of these words that one space separates from the next token
    (the text before each token is in the token columns: nothing to slice)."""
    gaps = doc.token_columns[3]
    last = len(gaps) - 1
    return [index for index in doc.tokens_of(words) if index < last and gaps[index + 1] == " "]


def _slips_beside_one_name(forms: dict[str, NameForm], doc: Document) -> list[tuple[str, str]]:
    """Two forms one letter apart written beside the same first name or surname ('Dadan
    Hindayana' ... 'Dadan Hidayana', 'Luis Rozman' ... 'Luis Rosman'): their consonants differ,
    so no skeleton groups them."""
    by_neighbour: dict[str, list[str]] = defaultdict(list)
    for word, form in forms.items():
        if len(word) >= LONE_SLIP_LENGTH:
            for neighbour in form.beside:
                by_neighbour[neighbour].append(word)
    pairs = set()
    for neighbour, words in by_neighbour.items():
        ordered = sorted(words)
        personal = _personal_name(neighbour)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if name_group(a) != name_group(b) and (same_name(a, b, same_context=True) or _surname_slip(a, b)):
                    pairs.add((a, b))
                elif personal and _one_slip(a, b):
                    pairs.add((a, b))  # 'Wu Kaifeng' ... 'Wu Kaifen', 'Kafayat Adeyemi' ... 'Kafayat Adeyemo'
    pairs.update(_lone_slips(forms, doc))
    pairs.update(_long_name_slips(forms))
    return sorted(pairs)


def _title(word: str) -> bool:
    """'Mr', 'Mayor', 'Dr': a word written before a name that is no part of it."""
    return word in COURTESY_TITLES or word.casefold() in person_titles()


@lru_cache(maxsize=50_000)
def _given_name(word: str) -> bool:
    """A first name of the lists, or a capitalized word no English list knows at all ('Ilsur'):
    what stands before a surname in a full name."""
    if _title(word):
        return False
    return is_first_name(word) or zipf(word) == 0 and not is_dictionary_word(word) and place_id(word) is None


def _personal_name(word: str) -> bool:
    """A word that names a person beside another name: a first name, or a surname no English
    list knows ('Wu', 'Kafayat'), not a title nor a capitalized common word."""
    if _title(word):
        return False
    return is_first_name(word) and not is_dictionary_word(word) or not _common_english(word) and zipf(word) < 4.0


def _one_slip(a: str, b: str) -> bool:
    """One letter apart, the first kept, five letters or more, and not a family's plural: one
    person's name slipped, when both forms stand beside the same given name or surname."""
    if is_first_name(a) and is_first_name(b):
        return False  # 'Steve Gerrard' ... 'Steven Gerrard': a name and its long form
    x, y = fold(a), fold(b)
    if min(len(x), len(y)) < LONE_SLIP_LENGTH or x[0] != y[0] or x + "s" == y or y + "s" == x:
        return False
    return one_edit_apart(x, y)


def _places_named_twice(forms: dict[str, NameForm]) -> set[str]:
    """The words that name a place another word of the text also names, each written alone
    ('Cologne' and 'Köln', 'Urumqi' and 'Wulumuqi', 'Kyiv' and 'Kiev'). A name inside a longer
    one keeps its old form ('Bombay Stock Exchange', 'FC Köln'), so both must stand alone."""
    by_place: dict[int, set[str]] = defaultdict(set)
    for word, form in forms.items():
        if not form.beside and (place := place_id(word)) is not None:
            by_place[place].add(word)
    return {
        word
        for words in by_place.values()
        if len({fold(w) for w in words}) > 1 and _telling_place_names(words)
        for word in words
    }


def _telling_place_names(words: set[str]) -> bool:
    """Whether a place's names tell of two conventions, not of a nickname ('Tinseltown') or a
    word the gazetteer lists by chance ('Top'): the rarer is spelled the source's way ('Köln')
    or unknown to English ('Wulumuqi'), both are names English uses often ('Kiev', 'Kyiv'), or
    both are names English uses now and then, alike in their letters ('Rangoon', 'Yangon')."""
    if any(is_dictionary_word(word.casefold()) and zipf(word.casefold()) >= COMMON_WORD_ZIPF for word in words):
        return False
    rarest = min(words, key=lambda word: zipf(word.casefold()))
    english, best = zipf(rarest.casefold()), max(zipf(word.casefold()) for word in words)
    if english >= BOTH_COMMON:
        return True
    if english >= BOTH_KNOWN and _alike_in_letters(words):
        return True  # an old and a new spelling ('Rangoon', 'Yangon'; 'Pusan', 'Busan'), not 'Recife' and its state
    if best < KNOWN_IN_ENGLISH:
        return False
    if not rarest.isascii() or english < UNKNOWN_IN_ENGLISH:
        return True
    commonest = max(words, key=lambda word: zipf(word.casefold()))
    return _local_beside_english(rarest, commonest)


def _alike_in_letters(words: set[str]) -> bool:
    """Whether every two of the names share most of their letters, in order."""
    from rapidfuzz.fuzz import ratio

    folded = sorted({fold(word) for word in words})
    return all(ratio(a, b) >= ALIKE_NAMES for i, a in enumerate(folded) for b in folded[i + 1 :])


def _local_beside_english(local: str, english: str) -> bool:
    """'Antwerpen' beside 'Antwerp', 'Luzern' beside 'Lucerne': another language's name of a
    place, which English meets now and then, beside the name English writes far more often; the
    two begin alike (not a nickname, 'Tinseltown', nor an old name, 'Philippopolis')."""
    if not (local.isascii() and english.isascii()) or fold(local) == fold(english):
        return False  # a diacritic dropped is another check's ('Iasi' / 'Iași')
    rare, common = zipf(local.casefold()), zipf(english.casefold())
    if not (rare < LOCAL_IN_ENGLISH and common - rare >= LOCAL_GAP):
        return False
    return fold(local)[:2] == fold(english)[:2] and place_id(local) == place_id(english) is not None


COMMON_WORD_ZIPF = 4.5
UNKNOWN_IN_ENGLISH = 1.0
LOCAL_IN_ENGLISH = 2.5
LOCAL_GAP = 0.75
KNOWN_IN_ENGLISH = 1.5  # the other name is one English writes ('Urumqi'), not two local names
BOTH_COMMON = 3.0
BOTH_KNOWN = 2.0  # both names English writes now and then ('Rangoon', 'Yangon'): alike in letters
ALIKE_NAMES = 60  # rapidfuzz's ratio, out of 100


def _one_place_two_names(forms: dict[str, NameForm]) -> list[tuple[str, str]]:
    """Pairs of the words of _places_named_twice: one place's two names."""
    by_place: dict[int, list[str]] = defaultdict(list)
    for word, form in forms.items():
        if not form.beside and (place := place_id(word)) is not None:
            by_place[place].append(word)
    return [
        (a, b)
        for words in by_place.values()
        if _telling_place_names(set(words))
        for i, a in enumerate(sorted(words))
        for b in sorted(words)[i + 1 :]
        if fold(a) != fold(b)
    ]


NEIGHBOURING_PLACES = 4  # tokens apart


def _side_by_side(doc: Document, forms: dict[str, NameForm], a: str, b: str) -> bool:
    """Whether two names of one gazetteer entry stand side by side as a part and its whole, or a
    name and its gloss ('the Józsa district of Debrecen', 'Kowloon, Hong Kong', 'Cologne (Köln)'),
    not one place spelled two ways."""
    tokens, text = doc.tokens, doc.text
    for i in forms[a].tokens:
        for j in forms[b].tokens:
            first, last = min(i, j), max(i, j)
            if last - first > NEIGHBOURING_PLACES:
                continue
            if PART_AND_WHOLE.fullmatch(text, tokens[first].end, tokens[last].start):
                return True
    return False


# What stands between a place and its part or its gloss: a bracket, a comma, a slash, or 'district
# of', 'area of', 'in', 'near' ('the Józsa district of Debrecen', 'Cologne (Köln)', 'Kowloon, Hong
# Kong'); not 'Kyiv overnight, and Kiev', one place written two ways in one sentence.
PART_AND_WHOLE = regexes.compile(
    r"\s*(?:[(,/]|[—–-]|(?:\p{Ll}+ )?(?:of|in|near|outside)(?: the)?)\s*"
)


def _inside_longer_names(doc: Document, forms: dict[str, NameForm], *words: str) -> bool:
    """Whether one of the words is written, at every use, after a name and a particle
    ('Tangenziale di Napoli', 'Aeroporto do Porto'): the local name is part of a name of its own."""
    tokens = doc.tokens
    for word in words:
        indices = forms[word].tokens
        if all(
            index >= 2 and tokens[index - 1].text in NAME_PARTICLES and tokens[index - 2].text[:1].isupper()
            for index in indices
        ):
            return True
    return False


def _lone_slips(forms: dict[str, NameForm], doc: Document) -> set[tuple[str, str]]:
    """A surname written beside a first name, and later alone one letter apart ('Marco
    Bellandi' ... 'Bellandri said', 'Tomas Rozman' ... 'Rosman said') or in another
    transliteration of the same sounds ('Ahmed Moussa' ... 'Musa said', see sound_key): news
    names a person in full once, then by surname (or 'Mr' and the surname). The lone form is
    never written beside a first name and comes after the full name; one letter apart it is no
    first name, place or English word of its own, sounding alike no place or English word."""
    with_first_name = [
        word for word, form in forms.items() if len(word) >= SOUND_SLIP_LENGTH and any(map(_given_name, form.beside))
    ]
    alone = [word for word, form in forms.items() if len(word) >= SOUND_SLIP_LENGTH and all(map(_title, form.beside))]
    if not with_first_name or not alone:
        return set()
    pairs = set()
    shapes = {word: _folded_shape(word) for word in (*with_first_name, *alone)}
    keys = {word: sound_key(word) for word in (*with_first_name, *alone)}
    for a in with_first_name:
        for b in alone:
            if forms[a].tokens[0] > forms[b].tokens[0] or a == b:
                continue
            if (
                keys[a] == keys[b]
                and not _vietnamese_tones_apart(a, b)
                and _may_sound_like_a_surname(b)
                and _after_a_given_name(doc, forms[a])
            ):
                pairs.add(tuple(sorted((a, b))))  # 'Ahmed Moussa' ... 'Musa said'
            elif (
                min(len(a), len(b)) >= LONE_SLIP_LENGTH
                and _may_be_one_letter_apart(shapes[a], shapes[b])
                and _may_be_lone_surname(b)
                and _surname_slip(a, b)
                and not _finnish_genitive(a, b)
                and not _possessive_of_s_name(doc, a, forms[b])
            ) or (shapes[a] == shapes[b] and _may_be_lone_surname(b) and _long_surname_slip(a, b)):
                pairs.add(tuple(sorted((a, b))))
    return pairs


def _long_surname_slip(full: str, lone: str) -> bool:
    """Two letters apart in a long surname of one length, the first three kept ('Marc Fesneau'
    ... 'Fesnaud said', 'Koen Verhaegen' ... 'Verhaeghe'): MT respells a long name it meets again
    without the first name; another person of so near a name in one article is rare. The lone
    spelling is no name of its own, nor the full one in another case."""
    a, b = fold(full), fold(lone)
    if len(a) < LONG_TWO_LETTER_SLIP or a[:3] != b[:3] or is_established(lone):
        return False
    if a[:-3] == b[:-3] and a[-1] in "aeiouy" and b[-1] in "aeiouy":
        return False  # two case endings ('Kowalskiego', 'Kowalskiemu')
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=2) == 2


LONG_TWO_LETTER_SLIP = 7


def _other_given_names(doc: Document, a: NameForm, b: NameForm) -> bool:
    """Whether the two forms are each written right after given names, and no given name before
    one is the other's or its inflection ('Roberta Fica' beside 'Robert Fico' is one man):
    two people of one family name."""
    before_a, before_b = _given_names_before(doc, a), _given_names_before(doc, b)
    if not before_a or not before_b:
        return False
    return not any(x[:4] == y[:4] for x in before_a for y in before_b)


def _given_names_before(doc: Document, form: NameForm) -> set[str]:
    """The given names written one space before the form's tokens."""
    tokens, text = doc.tokens, doc.text
    found = set()
    for index in form.tokens:
        if index and text[tokens[index - 1].end : tokens[index].start] == " ":
            word = tokens[index - 1].text
            if word[:1].isupper() and is_first_name(word):
                found.add(word)
    return found


def _possessive_of_s_name(doc: Document, full: str, lone: NameForm) -> bool:
    """'Ebber's' beside 'Bernard Ebbers': the possessive of a name ending in 's' with its
    apostrophe misplaced, not the name with its last letter lost."""
    if fold(full) != fold(lone.word) + "s":
        return False
    return any(doc.tokens[index].text.endswith(("'s", "’s")) for index in lone.tokens)


SOUND_SLIP_LENGTH = 4
# Spellings transliteration and MT give one sound, in the order sound_key rewrites them.
SOUND_SPELLINGS = (
    ("y", "i"),
    ("sch", "sh"),
    ("ph", "f"),
    ("kh", "k"),  # Akhtar / Aktar, Khalid / Kalid: an aspirate or a fricative other alphabets write one way
    ("gh", "g"),
    ("dh", "d"),
    ("bh", "b"),
    ("tz", "z"),  # Tzuriel / Zuriel: Hebrew tsadi
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("z", "s"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ei", "i"),
)
SOFT_C = regexes.compile(r"c(?=[eiy])")
HARD_CH = regexes.compile(r"(?<=[^\Ws])ch(?=[ei])|c(?![eiyh])")  # Italian 'chi', 'che'; 'c' before a, o, u
DOUBLED = regexes.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def sound_key(word: str) -> str:
    """What spellings of one surname by different transliterations share: 'Moussa' and 'Musa',
    'Meena' and 'Mina', 'Vilaça' and 'Vilasa', 'Trinchieri' and 'Trinkieri', 'Hänni' and
    'Hänny', 'Pande' and 'Pandy' (a final 'e' after a consonant read as 'i', as in Hindi names),
    'Abdullah' and 'Abdulla' (a silent final 'h', or 'w' written 'v', after a vowel)."""
    key = word.casefold().replace("ß", "ss").replace("ç", "s")
    key = HARD_CH.sub("k", SOFT_C.sub("s", fold(key)))
    for spelled, sound in SOUND_SPELLINGS:
        key = key.replace(spelled, sound)
    key = DOUBLED.sub(r"\1", key)
    if len(key) > 3 and key[-1] in "hv" and key[-2] in "aeiou":
        key = key[:-1]
    if len(key) > 3 and key[-1] == "e" and key[-2] not in "aeiou":
        key = key[:-1] + "i"
    return key


RARE_TWIN_LENGTH = 5


def _rare_sound_twins(forms: dict[str, NameForm]) -> list[tuple[str, str]]:
    """Two rare names of the file that sound_key makes one ('Speen Boldak' ... 'Spin Boldak',
    'Nabatiyeh' ... 'Nabatieh'): neither is a name of its own in any list nor an English word,
    so two transliterations of one name, not two names."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for word in forms:
        if len(word) >= RARE_TWIN_LENGTH and _rare_twin_candidate(word):
            by_key[sound_key(word)].append(word)
    return [
        (a, b)
        for words in by_key.values()
        if len(words) == 2
        for a, b in [sorted(words)]
        if not (
            is_dictionary_word(a.casefold())
            or is_dictionary_word(b.casefold())
            or _vietnamese_tones_apart(a, b)
            or _other_ending(a, b)
        )
    ]


@lru_cache(maxsize=100_000)
def _rare_twin_candidate(word: str) -> bool:
    return word.isalpha() and not is_established(word)


def _other_ending(a: str, b: str) -> bool:
    """'Brněnský' and 'Brněnské': one word with two endings of its case or gender, told by a
    last vowel swapped for another, not by one added or dropped ('Tesfaye', 'Tesfay')."""
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1] != b[-1] and set(fold(a[-1] + b[-1])) <= set("aeiouy")


def _after_a_given_name(doc: Document, form: NameForm) -> bool:
    """Whether the form is written once right after a given name ('Ahmed Moussa'): a surname,
    not a first name written alone ('Steve' ... 'Stevie', one man's familiar forms)."""
    tokens = doc.tokens
    return any(
        index and tokens[index - 1].text[:1].isupper() and _given_name(tokens[index - 1].text) for index in form.tokens
    )


def _may_sound_like_a_surname(word: str) -> bool:
    """A lone form sound_key ties to a full name's surname: a first name may be one too ('Musa',
    'Mina'), but not a place or an English word."""
    return not (_is_place(word) or is_dictionary_word(word.casefold()))


LONE_SLIP_LENGTH = 5
LONG_NAME_SLIP = 9  # a name this long that loses or gains one letter inside is the same name


def _long_name_slips(forms: dict[str, NameForm]) -> set[tuple[str, str]]:
    """Two long names of the file one letter apart inside the word ('Ludwigslust' ...
    'Ludwiglust', 'Kilimanjaro' ... 'Kilimajaro'): at that length a letter dropped or added
    between the first and the last is a slip, not another place. Not a first name's neighbour
    (a person's surname is _lone_slips' or _slips_beside_one_name's), nor an English word.
    Each longer form's inner deletions are looked up among the shorter ones: linear in the
    number of forms, however many a long list of names holds."""
    by_folded: dict[str, str] = {}
    for word in forms:
        if len(word) >= LONG_NAME_SLIP and word.isalpha() and not is_dictionary_word(word.casefold()):
            by_folded.setdefault(fold(word), word)
    pairs = set()
    for longer_folded, longer in by_folded.items():
        if len(longer_folded) <= LONG_NAME_SLIP:
            continue  # the shorter one must be long enough too
        for index in range(1, len(longer_folded) - 1):
            shorter = by_folded.get(longer_folded[:index] + longer_folded[index + 1 :])
            if shorter is not None:
                pairs.add(tuple(sorted((shorter, longer))))
                break
    return pairs


# Written before a surname alone ('Mr Olivier'): the surname still stands without a first name.
COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Mme Mlle Herr Frau Sr Sra Sig".split())
LONG_LONE_SLIP = 7  # from this length any one-letter slip counts; shorter, a vowel or a sound-alike consonant


def _surname_slip(full: str, lone: str) -> bool:
    """One letter apart with the first kept; a long name by any letter (unless both spellings
    are names of their own), a short one by a vowel or a sound-alike consonant. Not a family
    ('the Cotterills') nor the other gender's form ('Alekseeva', 'Alekseev')."""
    a, b = fold(full), fold(lone)
    if a[0] != b[0]:
        # 'Elnur Hasanov' ... 'Gasanov', 'Arturo Zepeda' ... 'Cepeda': only a first consonant
        # another transliteration writes for the same sound (Russian 'G' for 'H').
        return len(a) == len(b) and a[1:] == b[1:] and frozenset((a[0], b[0])) in SOUND_ALIKE_INITIALS
    if b + "s" == a:
        # 'Joana Antunes' ... 'Antune': the last letter lost, in a spelling no list writes as a
        # name of its own. (A lost final 'e' reads as a case ending the other way round.)
        return not is_established(lone)
    if a + "s" == b or not one_edit_apart(a, b):
        return False
    if gendered_or_inflected(full, lone) and not _final_o_for_i(a, b):
        return False
    if min(len(a), len(b)) >= LONG_LONE_SLIP:
        return not (is_established(full) and is_established(lone))
    return name_group(full) == name_group(lone) or _one_consonant_swapped(a, b)


def _final_o_for_i(a: str, b: str) -> bool:
    """'Cozzolino' ... 'Cozzolini': a final 'o' and 'i' of one length mark no gender in any
    language (Italian makes plurals so, never a woman's surname): a slip of the same person's."""
    return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"o", "i"}


def _may_be_lone_surname(word: str) -> bool:
    return not (is_first_name(word) or _is_place(word) or is_dictionary_word(word.casefold()))


# Consonants transliteration writes for one sound: voiced and voiceless twins (final devoicing in
# German, Estonian, Russian writes 'Kaasik' or 'Kaasig'), and 'c' for 's' where it is soft.
SOUND_ALIKE = frozenset(frozenset(pair) for pair in ("sz", "vw", "ck", "kq", "td", "fv", "bp", "gk"))
# First letters transliteration writes for one sound: 'Gasanov' (Russian) for 'Hasanov', 'Cepeda'
# for 'Zepeda' (Spanish seseo), 'Khan'/'Chan' aside (their lengths differ).
SOUND_ALIKE_INITIALS = frozenset(frozenset(pair) for pair in ("gh", "cz", "ck", "sz", "vw", "jy"))


def _one_consonant_swapped(a: str, b: str) -> bool:
    """Same length, one letter different, and the two letters sound alike (Rozman/Rosman)."""
    if len(a) != len(b):
        return False
    a, b = a.casefold(), b.casefold()
    diff = [index for index, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 1:
        return False
    at = diff[0]
    pair = frozenset((a[at], b[at]))
    return pair in SOUND_ALIKE or pair == {"c", "s"} and bool(SOFT_C.match(a if a[at] == "c" else b, at))


def _folded_shape(word: str) -> tuple[str, int]:
    """The folded word's first letter and length: what _surname_slip needs alike."""
    folded = fold(word)
    return folded[:1], len(folded)


def _may_be_one_letter_apart(a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Whether two words of these _folded_shape can be a _surname_slip, which needs their first
    letters alike (or sound-alike, at equal lengths) and their lengths within one. Most
    pairs of a file's names fail this, and skip one_letter_apart's name look-ups (a quarter of
    NC001's time on a second pass over news)."""
    if a[0] != b[0]:
        return a[1] == b[1] and frozenset((a[0], b[0])) in SOUND_ALIKE_INITIALS
    return abs(a[1] - b[1]) <= 1


def _finnish_genitive(a: str, b: str) -> bool:
    """'Mäkinen' and 'Mäkisen': a Finnish surname and its genitive, one letter apart, where the
    first-written form need not be the name's own."""
    return {a[-3:], b[-3:]} == {"nen", "sen"} and a[:-3] == b[:-3]


def _hyphenated_parts(doc: Document) -> dict[str, NameForm]:
    """The parts of double names ('Yeşilgöz-Zegerius', 'Kramp-Karrenbauer'), each a spelling
    of its own: the text may write one part alone, spelled another way."""
    parts: dict[str, list[int]] = defaultdict(list)
    for word in [word for word in doc.capitalized_words if "-" in word and _double_name(word)]:
        pieces = word.split("-")
        found = doc.tokens_of([word])
        for piece in pieces:
            if _candidate(piece) and not is_dictionary_word(piece):
                parts[piece].extend(found)
    return {part: NameForm(part, found, frozenset()) for part, found in parts.items()}


SYLLABLE_GIVEN_NAME = regexes.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}")


def _syllable_given_names(doc: Document) -> dict[str, NameForm]:
    """Korean and Taiwanese given names of two syllables joined by a hyphen ('Jae-myung',
    'Ing-wen'), each with the surname before it: romanisations differ in the vowels
    ('Jae-myeong'), which the spelling keys merge."""
    tokens, text = doc.tokens, doc.text
    forms: dict[str, NameForm] = {}
    for word in doc.capitalized_words:
        if "-" not in word or not SYLLABLE_GIVEN_NAME.fullmatch(word):
            continue
        found = doc.tokens_of([word])
        beside = {
            before.text
            for index in found
            if index
            and (before := tokens[index - 1]).text[:1].isupper()
            and text[before.end : tokens[index].start] == " "
        }
        if beside:  # after a surname: a name, not a compound ('Co-op', 'Well-known')
            forms[word] = NameForm(word, found, frozenset(beside))
    return forms


def _name_piece(piece: str) -> bool:
    """A capitalized word of four letters or more: one half of a double name."""
    return len(piece) >= 4 and piece.isalpha() and piece[0].isupper() and piece[1:].islower()


def _double_name(word: str) -> bool:
    """Two name pieces joined by a hyphen ('Kramp-Karrenbauer')."""
    if "-" not in word:
        return False
    pieces = word.split("-")
    return len(pieces) == 2 and all(map(_name_piece, pieces))


# Case endings Czech, Slovak, Polish, Croatian, Serbian, Slovene and Russian put on names.
CASE_ENDINGS = ("ovi", "owi", "iem", "em", "om", "ou", "a", "u", "e")
# Locative endings on places ('w Katowicach', 'w Warszawie', 'v Olomouci'), with the endings of the
# nominative they replace ('Katowice', 'Warszawa', 'Olomouc').
LOCATIVE_ENDINGS = {"ach": ("e", "y", "i"), "ie": ("a", ""), "i": ("",)}
# Estonian and Finnish local cases on a place's name ('Pärnusse', 'Tamperella'): long, telling endings.
FINNIC_ENDINGS = ("sse", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä")
# Surnames whose feminine form adds -a (Ivanov/Ivanova, Kowalski/Kowalska is -i/-a).
FEMININE_BASES = ("ov", "ev", "in", "yn")
# Surnames and places declined as adjectives: Polish -ski/-ska, -cki/-cka ('Wróblewskiej',
# 'Kowalskiego'), Czech and Slovak -ý/-á ('Novotného', 'Dvorskou'). Each declined ending, with
# the nominative endings it may come from; the nominative must be written in the same text.
ADJECTIVAL_ENDINGS = regexes.compile(
    r"(?:(?<=\w{3}(?:sk|ck|dzk))(?:iej|ą|iego|iemu|im|ich)|(?<=\w{3})(?:ého|ému|ém|ým|ou))$"
)
# Every ending _without_case_ending may take off a name (the adjectival ones aside).
DECLINED_ENDINGS = CASE_ENDINGS + FINNIC_ENDINGS + tuple(LOCATIVE_ENDINGS)
ADJECTIVAL_NOMINATIVES = {
    "iej": ("a",), "ą": ("a",), "iego": ("i",), "iemu": ("i",), "im": ("i",), "ich": ("i", "a"),
    "ého": ("ý",), "ému": ("ý",), "ém": ("ý", "á"), "ým": ("ý",), "ou": ("á",),
}  # fmt: skip


def _polish_o_forms(forms: dict[str, NameForm]) -> dict[str, str]:
    """The forms written with an 'ó', by their spelling with 'o': Polish writes ó as o before a
    case ending (Kraków, Krakowa)."""
    return {other.replace("ó", "o"): other for other in forms if "ó" in other}


def _without_case_ending(word: str, forms: dict[str, NameForm], polish_o: dict[str, str]) -> str | None:
    """The plain form of the name the text writes, when word is that name with a case ending
    ('Tuska' -> 'Tusk', 'Fica' -> 'Fico'), else None."""
    if not _may_carry_case_ending(word):
        return None
    for ending in FINNIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4 and word[: -len(ending)] in forms:
            return word[: -len(ending)]  # 'Pärnusse' beside 'Pärnu'
    adjectival = ADJECTIVAL_ENDINGS.search(word)
    if adjectival is not None:
        stem = word[: adjectival.start()]
        for nominative in ADJECTIVAL_NOMINATIVES[adjectival.group()]:
            if stem + nominative in forms:
                return stem + nominative  # 'Wróblewskiej' beside 'Wróblewska'
    for ending, nominatives in LOCATIVE_ENDINGS.items():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and stem[-1] not in "aeiouy":
            for plain in (*(stem + nominative for nominative in nominatives), polish_o.get(stem, "")):
                if plain in forms and plain != word and place_id(plain) is not None:
                    return plain  # only a place the gazetteer knows: 'Olomouci' beside 'Olomouc'
    for ending in CASE_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        for plain in (stem, stem + "o", polish_o.get(stem, stem)):
            if plain == word or plain not in forms or len(plain) < 4:
                continue  # (the last: 'Krakowa' beside 'Kraków', Polish ó written o before an ending)
            if plain == stem and stem[-1] in "aeiouy":
                continue  # 'Tesfay' beside 'Tesfaye': Slavic endings follow a consonant; two spellings
            if is_demonym(plain):
                continue  # 'Rail Baltica' beside 'Baltic': an adjective, no declined name
            if not (_candidate(plain) or any(is_first_name(other) for other in forms[plain].beside)):
                continue
            if ending == "a" and plain == stem and stem.endswith(FEMININE_BASES):
                continue  # 'Ivanova' beside 'Ivanov': a woman of the family
            if ending == "a" and plain.endswith("ian") and not is_first_name(plain):
                continue  # 'Generalitat Valenciana' beside 'Valencian': a Romance feminine adjective
            return plain
    return None


@lru_cache(maxsize=100_000)
def _may_carry_case_ending(word: str) -> bool:
    """A name that ends like a Slavic or Finnic case form and is no name or word in its own
    right (once per word: every name form of every file is asked)."""
    if len(word) < 5 or not (word.endswith(DECLINED_ENDINGS) or ADJECTIVAL_ENDINGS.search(word)):
        return False
    return not (is_established(word) or is_first_name(word) or is_dictionary_word(word))


# The name forms that may carry a case ending, picked from each file's (see WordClass).
CASE_ENDING_WORDS = WordClass(_may_carry_case_ending)


def _word_beside_name(a: str, b: str, forms: dict[str, NameForm] | None = None) -> bool:
    """Two forms that differ by more than accents or transliteration, one of them a common word
    of another language. A form written beside a first name is a surname, however common the
    word lists find it abroad ('Ionut Vasilescu': Romanian text writes the name often), when
    the other form is one letter away from it (a slip, not another word: 'Mouraria', 'Moreira')."""
    if fold(a) == fold(b) or spelling_key(a) == spelling_key(b):
        return False
    slip = one_edit_apart(fold(a), fold(b))
    return any(_common_word_abroad(word) and not (slip and _beside_first_name(word, forms)) for word in (a, b))


def _beside_first_name(word: str, forms: dict[str, NameForm] | None) -> bool:
    return forms is not None and word in forms and any(map(is_first_name, forms[word].beside))


def _common_word_abroad(word: str) -> bool:
    """A capitalized common word of another language ('Início', 'Notícias') that no name list
    holds as a name."""
    return max(foreign_frequencies(word.casefold()).values(), default=0.0) >= 4.0 and not is_established(word)


@lru_cache(maxsize=100_000)
def _order_candidate(word: str) -> bool:
    """A capitalized word that may be one of a person's names, two letters long or more, its
    parts joined by hyphens ('Jong-ho', 'Jean-Luc')."""
    parts = word.split("-")
    if len(word) < 2 or not all(part.isalpha() for part in parts):
        return False
    if not all(part.istitle() or index and part.islower() for index, part in enumerate(parts)):
        return False
    return _candidate(word) and word.casefold() not in FUNCTION_WORDS


@lru_cache(maxsize=100_000)
def _candidate(word: str) -> bool:
    """A capitalized word that may be a name: not an ordinary word capitalized (sentence starts).
    Once per word: each name of each file is asked about three times (check, corpus statistics)."""
    return not (is_dictionary_word(word) and not is_person_or_place(word) and not _rare_place(word))


RARE_PLACE_ZIPF = 2.5


def _rare_place(word: str) -> bool:
    """A place the gazetteer knows that English seldom writes, though a dictionary holds its
    spelling as a rare word ('Marikina', also a tamarin): a name to compare, not a word."""
    return zipf(word) < RARE_PLACE_ZIPF and _is_place(word)


# The capitalized words that may be a person's names, picked from each document's (see WordClass).
ORDER_WORDS = WordClass(_order_candidate)


def _diacritics_restored(a: str, b: str) -> bool:
    """a is b with its diacritics (Orbán for Orban)."""
    return a != b and fold(a) == fold(b) and fold(b) == b.casefold()


def _local_spelling_in_a_longer_name(a: str, b: str, forms: dict[str, NameForm], doc: Document) -> bool:
    """The accented spelling of an exonym pair is written, at every use, inside a longer name
    ('BBVA México', 'Hydro-Québec', 'Société de transport de Montréal'): a name of its own, not
    the article's spelling of the place ('the mayor of İstanbul' beside 'Istanbul' is)."""
    local = b if a.isascii() else a
    tokens, text = doc.tokens, doc.text
    for index in forms[local].tokens:
        token = tokens[index]
        if "-" in token.text or text[token.start - 1 : token.start] == "-" or text[token.end : token.end + 1] == "-":
            continue  # 'Hydro-Québec'
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.text[:1].isupper() and text[token.end : after.start] == " ":
            continue  # 'Montréal Canadiens'
        if before is not None and text[before.end : token.start] == " ":
            opener = before.start in doc.sentence_starts and is_dictionary_word(before.text.lower())
            if before.text[:1].isupper() and not opener:
                continue  # 'BBVA México', not 'In México'
            if before.text in NAME_PARTICLES:
                continue  # 'Ciudad de México', 'Société de transport de Montréal'
        return False
    return True


# Letters English spells out in names from Slavic, Turkic and Romanian: a caron or a cedilla
# ('Niš' / 'Nish', 'Göyçay' / 'Goychay', 'Petrović' / 'Petrovich', 'Ağdam' / 'Aghdam'), and the
# Azerbaijani schwa, which English writes 'a' ('Həsənov' / 'Hasanov').
CARONS_SPELLED_OUT = str.maketrans(
    {
        "š": "sh", "č": "ch", "ž": "zh", "ç": "ch", "ć": "ch", "ş": "sh", "ș": "sh", "ğ": "gh", "ə": "a",
        "Š": "Sh", "Č": "Ch", "Ž": "Zh", "Ç": "Ch", "Ć": "Ch", "Ş": "Sh", "Ș": "Sh", "Ğ": "Gh", "Ə": "A",
    }
)  # fmt: skip
CARON_LETTERS = frozenset("šžčçćşșğəŠŽČÇĆŞȘĞƏ")


# Letters that the Latin alphabets of Azerbaijani, Uzbek, Kurdish and Albanian write for the
# English 'kh' ('Xankəndi', 'Kaxovka'), and the Greek and Balkan 'tz'/'dz'/'dj' for one sound.
# And the Arabic article in 'Abd al-' names, written as it is spelled or as it sounds before a
# 'sun letter' ('Abdulsalam', 'Abdussalam'; 'Abdelrahman', 'Abdurrahman').
TRANSLITERATED_LETTERS = regexes.compile(r"(?i)x|kh|tz|dz|dj|^abd|(?<=\p{L})[cs]h")
TRANSLITERATION_EQUIVALENTS = (("kh", "x"), ("tz", "j"), ("dz", "j"), ("dj", "j"))
# French writes the Arabic 'sh' as 'ch' inside a name ('Achraf' / 'Ashraf', 'Hicham' / 'Hisham');
# at a name's start the two are often two names ('Chen' and 'Shen').
INNER_CH = regexes.compile(r"(?<=\p{L})ch")
ABD_ARTICLE = regexes.compile(r"^abd(?:ou|u|e|a|o)?(?:l|(?P<sun>[tdsznr])(?=(?P=sun)))")


def _transliteration_key(word: str) -> str:
    key = INNER_CH.sub("sh", fold(word))
    for old, new in TRANSLITERATION_EQUIVALENTS:
        key = key.replace(old, new)
    article = ABD_ARTICLE.match(key)
    if article is not None and len(key) - article.end() >= 3:
        key = "abdul" + key[article.end() :]  # 'abdussalam', 'abdelsalam' -> 'abdulsalam'
    return key


# A Chinese syllable, in pinyin or in Wade-Giles without its apostrophes: an initial, a final.
CHINESE_SYLLABLES = regexes.compile(
    r"(?:(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|iung|uang|ueng|ang|eng|ong|ung|iao|ian|ien|ieh|uai|uan|uei|ai|ei|ao|ou|an|en|er|ia|ie|iu"
    r"|in|ing|ua|uo|ui|un|ih|a|o|e|i|u))+"
)
# Wade-Giles (Taiwan, older maps) beside pinyin: finals first, then initials, down to one key
# in which aspiration and voicing no longer count ('Kaohsiung'/'Gaoxiong', 'Hsinchu'/'Xinzhu').
CHINESE_FINALS = (("iung", "iong"), ("ung", "ong"), ("ieh", "ie"), ("ien", "ian"), ("uei", "ui"), ("ih", "i"))
CHINESE_INITIALS = (("hs", "x"), ("ts", "z"), ("tz", "z"), ("zh", "j"), ("ch", "j"), ("q", "j"), ("c", "z"),
                    ("k", "g"), ("p", "b"), ("t", "d"))  # fmt: skip
CHINESE_NAME_LETTERS = 6


def _chinese_romanization_key(word: str) -> str | None:
    """The key two romanizations of one Chinese name share, for a capitalized name of six
    letters or more made only of Chinese syllables; None for any other word."""
    if len(word) < CHINESE_NAME_LETTERS or not word.isalpha() or not word[1:].islower() or not word.isascii():
        return None
    key = word.lower()
    if not CHINESE_SYLLABLES.fullmatch(key):
        return None
    for old, new in CHINESE_FINALS + CHINESE_INITIALS:
        key = key.replace(old, new)
    return key


# Letters only a Chinese romanization writes among syllabic names: Japanese romaji has the same
# syllable shapes ('Nakano', 'Nagano': two places), but neither these letters nor '-ng' endings.
CHINESE_MARKS = regexes.compile(r"hs|x|zh|q|ng(?=[^aeiou]|$)")


def _romanized_alike(a: str, b: str) -> bool:
    """'Pingtung' and 'Pingdong', 'Taichung' and 'Taizhong': one Chinese name in Wade-Giles and
    in pinyin."""
    key = _chinese_romanization_key(a)
    if key is None or a.lower() == b.lower() or key != _chinese_romanization_key(b):
        return False
    return bool(CHINESE_MARKS.search(a.lower()) or CHINESE_MARKS.search(b.lower()))


def _transliterated_alike(a: str, b: str) -> bool:
    """'Kaxovka' and 'Kakhovka', 'Hatzidakis' and 'Hadjidakis', 'Abdulsalam' and 'Abdussalam',
    'Hicham' and 'Hisham': the same letters but for 'x' written for 'kh', 'tz', 'dz', 'dj' for one
    another, the article of an 'Abd al-' name spelled or assimilated, or a French 'ch' inside a
    name for 'sh'. Words the lexicon knows as common words ('March', 'Marsh') are no such pair."""
    if fold(a) == fold(b) or _transliteration_key(a) != _transliteration_key(b):
        return False
    return not (parts_of_speech(a.casefold()) or parts_of_speech(b.casefold()))  # not 'March', 'Marsh'


# An apostrophe or a hyphen between two letters of a name ("Ng'ang'a", 'Kita-Akita').
# Both sides of it two letters or more: not 'E-Paper', "I've"; nor a contraction ("We'll").
INNER_MARK = regexes.compile(r"(?<=\p{L}{2})(?:-(?=\p{L}{2})|['’](?!(?:ve|ll|re|d|t|s|m)\b)(?=\p{L}))")


def _without_marks(word: str) -> str:
    return fold(INNER_MARK.sub("", word))


def _marks_dropped(a: str, b: str) -> bool:
    """"Mwang'ombe" and 'Mwangombe', 'Nishi-Tokyo' and 'Nishitokyo': one name, its apostrophe
    or hyphen dropped in one spelling."""
    return bool(INNER_MARK.search(a)) != bool(INNER_MARK.search(b)) and _without_marks(a) == _without_marks(b)


def _written_with_a_mark(doc: Document, forms: dict[str, NameForm]) -> dict[str, NameForm]:
    """Capitalized words with an apostrophe or a hyphen inside that the text also writes
    without it ("Mwang'ombe" beside 'Mwangombe'): a spelling of their own."""
    plain = {fold(word): word for word in forms}
    found: dict[str, NameForm] = {}
    for word in doc.capitalized_words:
        if word in forms or not INNER_MARK.search(word) or word.endswith(("'s", "’s")):
            continue
        if _without_marks(word) in plain:
            found[word] = NameForm(word, doc.tokens_of([word]), frozenset())
    return found


def _carons_spelled_out(a: str, b: str) -> bool:
    """'Niš' and 'Nish', 'Kočani' and 'Kochani': a caron written out as the English digraph."""
    if CARON_LETTERS.isdisjoint(a) == CARON_LETTERS.isdisjoint(b):
        return False
    return fold(a.translate(CARONS_SPELLED_OUT)) == fold(b.translate(CARONS_SPELLED_OUT))


def _serbian_dj(a: str, b: str) -> bool:
    """'Đorđević' and 'Djordjević': Serbo-Croatian 'đ' is written 'dj' without its diacritic."""
    if ("đ" in a.casefold()) == ("đ" in b.casefold()):
        return False  # one spelling writes 'đ', the other 'dj'
    return fold(_DJ.sub(lambda m: "Dj" if m.group() == "Đ" else "dj", a)) == fold(
        _DJ.sub(lambda m: "Dj" if m.group() == "Đ" else "dj", b)
    )


_DJ = regexes.compile("[Đđ]")


def _unlisted_language(spelling: Spelling) -> bool:
    """Whether a file the spelling is written in holds letters of a language no word list holds."""
    return any(not UNLISTED_LANGUAGE_LETTERS.isdisjoint(doc.text) for doc, _ in spelling.places)


def _a_persons_name(a: str, b: str, forms: dict[str, NameForm] | None) -> bool:
    """Either spelling written after a first name ('Federico Gutiérrez'): a person's surname,
    which English does not respell as it does a place ('Gutierrez' is a town too)."""
    return forms is not None and any(is_first_name(name) for word in (a, b) for name in forms[word].beside)


def _exonym(a: str, b: str) -> bool:
    """A common English name of a place beside its local spelling (Mexico / México)."""
    if fold(a) != fold(b):
        return False
    plain = a if a.isascii() else b if b.isascii() else None
    info = name_index().lookup(fold(plain)) if plain else None
    return bool(info and info.place and not info.first_name and info.english >= EXONYM_ZIPF)


def _is_place(word: str) -> bool:
    info = name_index().lookup(fold(word))
    return bool(info and info.place)


def _indexed(word: str) -> bool:
    """Whether the name index holds the spelling at all."""
    return name_index().lookup(fold(word)) is not None


def _known(word: str) -> float:
    info = name_index().lookup(fold(word))
    return max(info.english, info.abroad) if info else 0.0


def _related_documents(docs: Sequence[DocumentEntry]) -> list[set[int]]:
    """For each file, the files about the same story: they share two rare names or more."""
    names = [doc.rare_names for doc in docs]
    holders: dict[str, list[int]] = defaultdict(list)
    for index, found in enumerate(names):
        for name in found:
            holders[name].append(index)
    shared: list[dict[int, int]] = [defaultdict(int) for _ in docs]
    for indices in holders.values():
        if len(indices) > 20:
            continue  # a name in very many files says nothing about the story
        for i in indices:
            for j in indices:
                if i != j:
                    shared[i][j] += 1
    return [{j for j, count in counts.items() if count >= RELATED_SHARED_NAMES} for counts in shared]
