"""Per-word memo tables: a pure fact of a word, computed once per process and looked up in C.

Several rules look up a fact for every distinct word of every document (hundreds a document).
functools.lru_cache with a maxsize moves each hit to the front of a linked list, which costs
more than the dict look-up itself; on a first pass over news, those hits were a third of such a
rule's time. A WordMemo is a dict that fills itself on a miss, so `map(memo.__getitem__, words)`
costs one hash look-up a word, all in C.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

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
