"""Name spelling: an unknown name one or two letters away from a much more frequent one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache

from lint.document import Document
from lint.finding import Finding, Fix, Severity
from lint.lexicon import fold, foreign_frequencies, is_dictionary_word, is_person_or_place, lexicon, zipf
from lint.rule import Rule

MIN_LENGTH = 5
# How much more frequent a neighbour must be: Zipf 1.8 is ~60 uses per billion words; an unknown
# word is under one. Two edits need a more frequent, longer neighbour.
ONE_EDIT_ZIPF = 2.3
ONE_EDIT_ZIPF_WITH_FOREIGN = 1.8
FOREIGN_NAME_ZIPF = 3.5
TWO_EDIT_ZIPF = 2.3
TWO_EDIT_MIN_LENGTH = 7
CANDIDATE_ZIPF = 1.5
# A common name (Gordon, Mario) turns up in any set of files: only a rare one is evidence that the
# files are about the same person.
CORPUS_EVIDENCE_ZIPF = 3.0
RELATED_SHARED_NAMES = 2


@cache
def _buckets() -> dict[tuple[str, int], list[str]]:
    """Frequent words that are not ordinary dictionary words (names, mostly), by first letter and length."""
    words = lexicon()
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word, frequency in words.zipf.items():
        if frequency >= CANDIDATE_ZIPF and word.isalpha() and word not in words.ordinary:
            buckets[(fold(word[0]), len(word))].append(word)
    return dict(buckets)


def nearest_name(
    word: str, corpus: CorpusNames | None = None, doc: Document | None = None
) -> tuple[str, int, bool] | None:
    """The likeliest intended spelling of an unknown name: (spelling, edit distance, whether the
    linted files use it), or None when no neighbour is strong enough evidence."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    folded = word.casefold()
    if corpus:
        for other in corpus.by_fold.get(fold(folded), ()):
            if other != folded and (doc is None or corpus.supports(other, doc)):
                return other, 0, True  # the same letters with diacritics, written so elsewhere
    best: tuple[float, str, int, bool] | None = None
    pool = (
        [
            w
            for length in range(len(folded) - 2, len(folded) + 3)
            for w in corpus.by_shape.get((folded[:1], length), ())
            if w != folded
        ]
        if corpus
        else []
    )
    near = process.extract(folded, pool, scorer=Levenshtein.distance, score_cutoff=2, limit=10) if pool else []
    for candidate, distance, _ in [*_list_neighbours(folded), *near]:
        if distance == 0 or folded in (candidate + "s", candidate + "es"):
            continue  # the same word, or a plural of the neighbour
        in_corpus = bool(
            corpus
            and corpus.get(candidate, 0) >= 2
            and zipf(candidate) < CORPUS_EVIDENCE_ZIPF
            and not is_dictionary_word(candidate)
            and (distance == 1 or _vowels_only(folded, candidate))
            and (doc is None or corpus.supports(candidate, doc))
        )
        if not (in_corpus or _strong_neighbour(folded, candidate, distance)):
            continue
        score = zipf(candidate) - distance + (3 if in_corpus else 0)
        if best is None or score > best[0]:
            best = (score, candidate, distance, in_corpus)
    return (best[1], best[2], best[3]) if best else None


class CorpusNames(dict):
    """Casefolded capitalized words of the linted files with their counts, indexed for lookups,
    and which files are about the same story (they share rare names)."""

    def __init__(self, docs: list[Document]) -> None:
        counts: dict[str, int] = {}
        self.docs_with: dict[str, set[int]] = defaultdict(set)
        self.rare_names: list[frozenset[str]] = []
        self.index_of = {id(doc): index for index, doc in enumerate(docs)}
        for index, doc in enumerate(docs):
            rare = set()
            for word, count in doc.word_counts.items():
                if not word[:1].isupper():
                    continue
                key = word.casefold()
                counts[key] = counts.get(key, 0) + count
                self.docs_with[key].add(index)
                if len(key) >= MIN_LENGTH and zipf(key) < CORPUS_EVIDENCE_ZIPF and not is_dictionary_word(key):
                    rare.add(key)
            self.rare_names.append(frozenset(rare))
        super().__init__(counts)
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        self.by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in counts:
            self.by_fold[fold(word)].append(word)
            self.by_shape[(word[:1], len(word))].append(word)

    def supports(self, candidate: str, doc: Document) -> bool:
        """Whether candidate is written in this file or in one about the same story (sharing at
        least two rare names): evidence that both spellings mean the same person."""
        here = self.index_of.get(id(doc))
        if here is None:
            return False
        mine = self.rare_names[here]
        return any(
            other == here or len(self.rare_names[other] & mine) >= RELATED_SHARED_NAMES
            for other in self.docs_with.get(candidate, ())
        )


@lru_cache(maxsize=50_000)
def _list_neighbours(folded: str) -> tuple[tuple[str, int, int], ...]:
    """Words of the frequency list within two edits (same first letter, length within two)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    pool = _pool(fold(folded[0]), len(folded))
    return tuple(process.extract(folded, pool, scorer=Levenshtein.distance, score_cutoff=2, limit=10))


@lru_cache(maxsize=2_000)
def _pool(first: str, length: int) -> tuple[str, ...]:
    return tuple(w for n in range(length - 2, length + 3) for w in _buckets().get((first, n), ()))


def _strong_neighbour(word: str, candidate: str, distance: int) -> bool:
    """Whether an unknown word is likelier a misspelling of candidate than a rare name of its own."""
    frequency = zipf(candidate)
    abroad = max(foreign_frequencies(candidate).values(), default=0)
    if is_dictionary_word(candidate) or not (is_person_or_place(candidate) or abroad >= FOREIGN_NAME_ZIPF):
        return False
    if distance == 1:
        # A name frequent in English, or known in English and common in its own language (Fiala).
        return frequency >= ONE_EDIT_ZIPF or (frequency >= ONE_EDIT_ZIPF_WITH_FOREIGN and abroad >= FOREIGN_NAME_ZIPF)
    return frequency >= TWO_EDIT_ZIPF and len(word) >= TWO_EDIT_MIN_LENGTH and _vowels_only(word, candidate)


def _vowels_only(word: str, candidate: str) -> bool:
    """Every edit swaps, adds or drops a vowel: the typical transliteration slip (Volodomir)."""
    from rapidfuzz.distance import Levenshtein

    vowels = set("aeiouy")
    for op in Levenshtein.editops(word, candidate):
        if op.tag == "replace" and not (word[op.src_pos] in vowels and candidate[op.dest_pos] in vowels):
            return False
        if op.tag == "insert" and candidate[op.dest_pos] not in vowels:
            return False
        if op.tag == "delete" and word[op.src_pos] not in vowels:
            return False
    return True


def _cased_like(candidate: str, word: str) -> str:
    return candidate[:1].upper() + candidate[1:] if word[:1].isupper() else candidate


class NameSpelling(Rule):
    """Finds a name that is unknown to the word lists while a much more frequent name lies one
    or two letters away ("Volodomir" → Volodymyr, "Fialia" → Fiala), and names the likely
    intended spelling.

    Why: machine translation and transliteration garble names, and a misspelled head of state
    is the error readers notice first; no spell-checker knows every name, so it stays silent.

    How: wordfreq's English list (which knows many public names) says how frequent each
    spelling is; rapidfuzz finds neighbours within two edits. Evidence is weighed:
    - the neighbouring spelling written in this file, or in another linted file about the same
      story (the two share at least two rare names), makes a warning;
    - a frequent neighbour known only from the word lists is tentative: it is reported only when
      the article also shows machine-translation damage (a calque, a fragment, glued words,
      untranslated text), because rare real names often sit one letter from known ones
      (Rowetta/Rosetta) and well-edited text rarely garbles names;
    - a spelling used twice or more in the article, three times across the files, or known as a
      word in another language is taken as deliberate.
    Rare names with no frequent neighbour (Kristersson, Danichev) are never flagged; a difference
    in diacritics only is reported at info severity. Accept a name with `accept = ["Name"]`.
    """

    code = "NS001"
    name = "name-spelling"
    summary = "Unknown name one or two letters from a much more frequent one: 'Volodomir' → Volodymyr"
    # Frequency-only evidence counts where the article shows other translation damage.
    corroborated_by = frozenset({"CQ001", "FR001", "RT001", "FL001"})

    def _suspect(self, word: str, corpus_counts: CorpusNames, doc: Document) -> tuple[str, int, bool] | None:
        """The likely intended spelling of a once-used unknown capitalized word, or None.

        Used twice or more in the article, three times across the files, or known as a word in
        another language: deliberate."""
        if not _unknown_name_shape(word) or zipf(word) > 0 or is_dictionary_word(word):
            return None
        if self.config.is_accepted(word) or corpus_counts.get(word.casefold(), 0) >= 3 or foreign_frequencies(word):
            return None
        return nearest_name(word, corpus_counts, doc)

    def check(self, doc: Document) -> Iterator[Finding]:
        corpus_counts = _corpus_names(doc)
        suspects = {
            word: found
            for word, count in doc.word_counts.items()
            if count == 1 and (found := self._suspect(word, corpus_counts, doc)) is not None
        }
        for index in doc.tokens_of(suspects):
            token = doc.tokens[index]
            word = token.text
            found = suspects[word]
            candidate, distance, in_corpus = found
            intended = _cased_like(candidate, word)
            diacritics_only = fold(candidate) == fold(word)
            evidence = "written so elsewhere in the linted files" if in_corpus else "a much more frequent name"
            finding = self.finding(
                doc,
                token.start,
                token.end,
                f"'{word}' is not a known name; did you mean '{intended}' ({evidence})?",
                fix=Fix.replace(token.start, token.end, intended, f"Respell as '{intended}'", safe=False),
                severity=Severity.INFO if diacritics_only else Severity.WARNING,
            )
            finding.tentative = not in_corpus  # the word lists alone: needs corroboration
            yield finding


def _unknown_name_shape(word: str) -> bool:
    return len(word) >= MIN_LENGTH and word[0].isupper() and word[1:].islower() and word.isalpha()


def _corpus_names(doc: Document) -> CorpusNames:
    """Casefolded capitalized words across the linted files, with their counts."""

    return doc.corpus_value("capitalized_names", CorpusNames)
