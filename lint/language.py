"""Language identification, cheap first: English function words decide most documents, and
langdetect (whose profiles take ~0.3 s to load) is consulted only when they do not."""

from __future__ import annotations

from functools import cache

import regex

ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to in a is that for it as was with be by on not he she they this are or his her
    from at which but have has had an were their been would will there we who its said than also
    after into more about over these other only new when can could should may""".split()
)
_WORD = regex.compile(r"\p{L}+")


def english_share(text: str, limit: int = 4000, words: list[str] | None = None) -> float:
    """Share of English function words among the first words (about 700) of a text."""
    words = [w.lower() for w in words] if words is not None else _WORD.findall(text[:limit].lower())
    if not words:
        return 1.0
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words)


def document_language(text: str, words: list[str] | None = None) -> str:
    share = english_share(text, words=words)
    if share >= 0.12 or len(text.strip()) < 40:
        return "en"
    guesses = detect(text[:4000])
    return guesses[0][0] if guesses else "en"


@cache
def _factory_ready() -> bool:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # deterministic results
    return True


def detect(text: str) -> list[tuple[str, float]]:
    """Languages of a text with probabilities, most likely first (empty if undecidable)."""
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _factory_ready()
    try:
        return [(item.lang, item.prob) for item in detect_langs(text)]
    except LangDetectException:
        return []
