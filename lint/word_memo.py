"""Per-word memo tables: a pure fact of a word, computed once per process and looked up in C.

Several rules look up a fact for every distinct word of every document (hundreds a document).
functools.lru_cache with a maxsize moves each hit to the front of a linked list, which costs
more than the dict look-up itself; on a first pass over news, those hits were a third of such a
rule's time. A WordMemo is a dict that fills itself on a miss, so `map(memo.__getitem__, words)`
costs one hash look-up a word, all in C.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from newslint.document import Document

Value = TypeVar("Value")


class WordMemo(dict, Generic[Value]):
    """word -> compute(word), computed on first use. `compute` must depend on the word alone
    (and on data fixed for the process). Past `limit` entries the table starts afresh, which
    bounds its memory like lru_cache's maxsize without a cost on every hit."""

    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[str], Value], limit: int = 200_000) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, word: str) -> Value:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.compute(word)
        return value


# -- per-word facts by word id, for the passes over every word of a document ----------------------
# A look-up in a big dict keyed by strings misses the processor's caches twice or more (the
# table's slot, then the stored word to compare): on a first pass over news, one such pass per
# document took up to half of a rule's time. So each distinct word gets a number once
# per process, the document's words are numbered in one such pass (word_ids), and each rule
# keeps its facts in a list indexed by that number (WordColumn): a cheap look-up per word.

IDS_LIMIT = 1_000_000  # distinct words numbered, past which numbering starts afresh


class _WordNumbers(dict):
    """word -> its number, given in order of first sight (the word is appended to `words`).
    Numbers are given under a lock: Dask workers check documents in threads."""

    __slots__ = ("words", "generation", "lock")

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.generation = 0
        self.lock = threading.Lock()

    def __missing__(self, word: str) -> int:
        with self.lock:
            number = self.get(word)
            if number is None:
                number = len(self.words)
                self.words.append(word)
                self[word] = number
        return number

    def restart(self) -> None:
        """Forget every number (bounds memory); the columns notice by the generation."""
        with self.lock:
            self.clear()
            self.words = []
            self.generation += 1


_NUMBERS = _WordNumbers()


def word_ids(doc: Document) -> tuple[int, Callable[[Sequence[Value]], tuple[Value, ...]]]:
    """(generation, what picks the value of each distinct word of the document, in word_counts
    order, from a column), computed once per document and shared by the rules."""
    found = doc.memo.get("word_ids")
    if found is None or found[0] != _NUMBERS.generation:
        if len(_NUMBERS) > IDS_LIMIT:
            _NUMBERS.restart()
        found = doc.memo["word_ids"] = (_NUMBERS.generation, _picker([*map(_NUMBERS.__getitem__, doc.word_counts)]))
    return found


def _picker(ids: list[int]) -> Callable[[Sequence[Value]], tuple[Value, ...]]:
    """itemgetter over the word numbers: it picks them in one C loop, in a third of the time
    of a map over the column's __getitem__ (a document's columns are read a dozen times). A
    tuple always, also for a document of one word or none."""
    if len(ids) > 1:
        return itemgetter(*ids)
    return lambda values: tuple(values[number] for number in ids)


class WordColumn(Generic[Value]):
    """compute(word) for every numbered word, in a list by word number: a pure fact of a word
    (as WordMemo), computed once per process, read for a document's words by list index."""

    def __init__(self, compute: Callable[[str], Value]) -> None:
        self.compute = compute
        self.values: list[Value] = []
        self.generation = 0
        self.lock = threading.Lock()

    def of(self, doc: Document) -> tuple[Value, ...]:
        """The fact of each distinct word of the document, in word_counts order."""
        generation, pick = word_ids(doc)
        values = self.values
        if generation != self.generation or len(values) < len(_NUMBERS.words):
            values = self._filled(generation)
        return pick(values)

    def _filled(self, generation: int) -> list[Value]:
        """The values, computed for the words numbered since the last call (once each)."""
        with self.lock:
            if generation != self.generation:
                self.values, self.generation = [], generation
            values, words = self.values, _NUMBERS.words
            values += map(self.compute, words[len(values) :])
            return values

    def clear(self) -> None:
        """Forget every fact (when what they depend on changes)."""
        with self.lock:
            self.values = []
