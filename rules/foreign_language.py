"""Foreign language: spans left untranslated in the source language inside English text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

from lint.document import Document, Token
from lint.finding import Finding
from lint.language import detect
from lint.lexicon import foreign_frequencies, zipf
from lint.rule import Rule

LANGUAGE_NAMES = {
    "es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sl": "Slovene", "sh": "Serbo-Croatian", "hu": "Hungarian",
    "ro": "Romanian", "sv": "Swedish", "nb": "Norwegian", "da": "Danish", "fi": "Finnish", "tr": "Turkish",
    "ca": "Catalan", "id": "Indonesian", "lt": "Lithuanian", "lv": "Latvian", "gl": "Galician",
}  # fmt: skip
MIN_RUN = 3
LANGDETECT_MIN_WORDS = 5
# Name particles: a run of capitalized words joined only by these is a name ("Banca Nazionale del Lavoro").
PARTICLES = frozenset(
    "de del della dei di da do dos das du des la le les el los las van von der den y e et i und of".split()
)


@cache
def loan_phrases() -> tuple[str, ...]:
    """Borrowed phrases (rules/data/loan_phrases.txt), casefolded."""
    text = resources.files("rules").joinpath("data/loan_phrases.txt").read_text(encoding="utf-8")
    return tuple(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=200_000)
def foreign_lean(word: str) -> dict[str, float] | None:
    """The other languages a word belongs to much more than to English, with their Zipf values."""
    english = zipf(word)
    if english >= 4.0 and len(word) > 3:
        return None  # a common English word (short function words are still weighed)
    abroad = foreign_frequencies(word)
    if not abroad:
        return None
    best = max(abroad.values())
    if best < 3.0 or english >= best - 1.0 or english >= 4.5 and best < english + 2.5:
        return None
    return abroad


class ForeignLanguage(Rule):
    """Finds spans left in the source language inside English text ("the decision of el Gobierno
    de España", "said the ministre des Armées") and reports the language.

    Why: machine translation leaves names of institutions, titles and whole clauses untranslated
    when it is unsure; English readers cannot follow them and search engines mis-index them.

    How: a cheap pass first: a word counts as foreign when wordfreq's lists of 22 other
    Latin-script languages know it far better than the English list does; a run of three such
    words is a span, and the language the run's words share most is reported (langdetect
    decides instead for spans of five words or more, where its character statistics are sure). Names (runs of
    capitalized words with particles: "Banca Nazionale del Lavoro"), quoted titles and loanwords
    common in English ("de facto", "status quo") are left alone. Whole documents in another
    language are recognized (word lists, then langdetect) and skipped by English-only rules.
    """

    code = "FL001"
    name = "foreign-language"
    summary = "Untranslated source-language span inside English text: 'el Gobierno de España'"

    def check(self, doc: Document) -> Iterator[Finding]:
        leaning = {word: lean for word in doc.word_counts if (lean := foreign_lean(word)) is not None}
        if sum(doc.word_counts[word] for word in leaning) < MIN_RUN:
            return  # most English documents: too few words lean abroad to form a span
        text = doc.text
        run: list[tuple[Token, dict[str, float]]] = []
        for token in [*doc.tokens, None]:
            lean = leaning.get(token.text) if token is not None else None
            joined = token is not None and run and _joined(text, run[-1][0], token)
            if lean is not None and (not run or joined):
                run.append((token, lean))
                continue
            if len(run) >= MIN_RUN:
                finding = self._report(doc, run)
                if finding:
                    yield finding
            run = [(token, lean)] if lean is not None else []

    def _report(self, doc: Document, run: list[tuple[Token, dict[str, float]]]) -> Finding | None:
        words = [token for token, _ in run]
        content = [t for t in words if t.text.lower() not in PARTICLES]
        if words[0].is_capitalized and all(t.is_capitalized for t in content):
            return None  # a name: "Real Madrid", "Banca Nazionale del Lavoro"
        start, end = words[0].start, words[-1].end
        span = doc.text[start:end]
        folded = span.casefold()
        if any(phrase in folded for phrase in loan_phrases()):
            return None  # borrowed into English: "joie de vivre", "de facto"
        if _quoted(doc.text, start, end):
            return None  # a quoted foreign title or motto
        votes: Counter[str] = Counter()
        for _, lean in run:
            for language, value in lean.items():
                votes[language] += value
        language = votes.most_common(1)[0][0]
        if len(words) >= LANGDETECT_MIN_WORDS:
            # Long enough for character statistics: langdetect names the language more surely
            # than the word lists, which share many words between related languages.
            guesses = detect(span)
            if guesses and guesses[0][0] != "en" and guesses[0][1] >= 0.7:
                language = guesses[0][0]
        return self.finding(
            doc, start, end, f"untranslated {LANGUAGE_NAMES.get(language, language)} ({language}): '{span}'"
        )


def _quoted(text: str, start: int, end: int) -> bool:
    """Inside a quotation on the same line: an opening mark before, a closing mark after."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    after = text[end:line_end]
    opened = before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1
    closed = "”" in after or '"' in after
    return opened and closed


def _joined(text: str, left: Token, right: Token) -> bool:
    """Adjacent in the same clause: only spaces (or an apostrophe elision) between them."""
    gap = text[left.end : right.start]
    return gap in (" ", "'", "’") or gap.strip() == "" and "\n" not in gap and len(gap) <= 2
