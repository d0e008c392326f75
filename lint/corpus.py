"""Cross-file statistics as data: extracted from one document, merged, then read by the rules.

A rule that compares a file with the others linted beside it (a word used in several files, a
line every page of a site repeats, a name spelled two ways across articles) reads statistics,
never the other documents. That lets any engine run the three stages of a lint:

- stage A: each document, wherever it is read, gives a ``CorpusStats`` of one document
  (``CorpusStats.extract``): word counts, capitals mid-sentence, the fingerprints of its short
  lines, and for the corpus pass its name spellings with their file positions;
- the statistics of all documents are combined with ``merge``, which is associative and
  commutative (counts add up, per-document entries are keyed by the document's ordinal), so a
  tree reduction on a cluster gives the same result as a loop;
- stage B: ``finish`` gives the ``Corpus`` the per-file rules read through ``doc.corpus``;
- stage C: the corpus pass (``Rule.check_corpus``) reads the per-document ``DocumentEntry``s.

Which statistics are gathered depends on the selected rules (``Rule.corpus_statistics``): a run
of rules that need none pays for none. How a statistic is computed lives with the rule that reads
it (rules/capitalization.py, rules/boilerplate.py, rules/name_consistency.py), so a change there
changes its statistic too.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import add, itemgetter
from typing import TYPE_CHECKING, Any

from newslint.finding import FilePositions

if TYPE_CHECKING:
    from newslint.document import Document

# The statistics a rule can ask for (Rule.corpus_statistics).
WORD_COUNTS = "word_counts"  # how often each token occurs in all files
CAPITALS = "capitals"  # capitals mid-sentence (and lowercase uses) in all files
LINE_FINGERPRINTS = "line_fingerprints"  # short non-prose lines, for lines a site repeats
NAMES = "names"  # each English file's name spellings and where they are, for the corpus pass
STATISTICS = frozenset({WORD_COUNTS, CAPITALS, LINE_FINGERPRINTS, NAMES})
# What a document linted on its own (a rule's test, the API) gets: every count, no corpus pass.
COUNTS = STATISTICS - {NAMES}


_START_AND_END, _TEXT = itemgetter(0, 1), itemgetter(2)  # of a (start, end, text) span


@dataclass(frozen=True, slots=True)
class NameSpelling:
    """One spelling of a name in one file: every place it is written (analysed-text start, end and
    the token as written, possessive included), in text order, and the file positions of the first,
    which a finding in another file points at.

    Kept compact, since the corpus pass holds one per name per file: the offsets as an array of
    start, end pairs, and the token as written only where it is not the spelling itself
    ('Putin's' for Putin)."""

    word: str
    offsets: array
    variants: tuple[tuple[int, str], ...]
    first: FilePositions

    @classmethod
    def of(cls, word: str, spans: Sequence[tuple[int, int, str]], first: FilePositions) -> NameSpelling:
        """Made for every name of every file in stage A: the offsets are gathered in C, and the
        tokens are compared with the spelling one by one only when some differ (few do)."""
        offsets = array("q", chain.from_iterable(map(_START_AND_END, spans)))
        texts = list(map(_TEXT, spans))
        variants: tuple[tuple[int, str], ...] = ()
        if texts.count(word) != len(texts):
            variants = tuple((number, text) for number, text in enumerate(texts) if text != word)
        return cls(word, offsets, variants, first)

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        """Every place: (start, end, the token as written)."""
        written = dict(self.variants)
        offsets = self.offsets
        return [(offsets[2 * n], offsets[2 * n + 1], written.get(n, self.word)) for n in range(self.count)]

    @property
    def count(self) -> int:
        return len(self.offsets) // 2


@dataclass
class DocumentEntry:
    """What the corpus pass and the report need to know about one document, without the document.

    ``ordinal`` is the document's place in the run (discovery order); ``reported`` is false for
    files read only as evidence (``--corpus``); ``notes`` are what the reader and the language
    check have to tell the user; ``evidence`` is set after the per-file stage; ``sha256`` is the
    digest of the file's bytes when it was read from a file (the result cache keys on it).
    """

    ordinal: int
    path: str
    english: bool = True
    reported: bool = True
    notes: tuple[str, ...] = ()
    names: dict[str, NameSpelling] = field(default_factory=dict)
    rare_names: frozenset[str] = frozenset()
    evidence: Any = None  # newslint.evidence.Evidence once the per-file stage has run
    sha256: str | None = None


@dataclass
class CorpusStats:
    """Statistics of a set of documents, mergeable: counts are sums, entries are keyed by ordinal.

    ``unread`` holds the files of the set that could not be read (ordinal -> path, problem), so
    that an engine reports them in discovery order wherever they were found.
    """

    statistics: frozenset[str] = STATISTICS
    documents: int = 0
    word_counts: Counter[str] = field(default_factory=Counter)
    capitals: Counter[str] = field(default_factory=Counter)
    line_documents: Counter[str] = field(default_factory=Counter)
    entries: dict[int, DocumentEntry] = field(default_factory=dict)
    unread: dict[int, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def extract(
        cls,
        doc: Document,
        ordinal: int = 0,
        statistics: frozenset[str] = STATISTICS,
        *,
        reported: bool = True,
        notes: Iterable[str] = (),
    ) -> CorpusStats:
        """Stage A: the statistics of one document (only those asked for)."""
        english = doc.is_english
        entry = DocumentEntry(ordinal, doc.path, english, reported, tuple(notes))
        if doc.fingerprint is not None:
            entry.sha256 = doc.fingerprint.sha256
        stats = cls(statistics, documents=1, entries={ordinal: entry})
        if WORD_COUNTS in statistics:
            stats.word_counts.update(doc.word_counts)
        if CAPITALS in statistics:
            from newslint.rules.capitalization import mid_sentence_capitals

            stats.capitals.update(mid_sentence_capitals(doc))
        if LINE_FINGERPRINTS in statistics:
            from newslint.rules.boilerplate import line_fingerprints

            stats.line_documents.update(line_fingerprints(doc))
        if NAMES in statistics and english:
            from newslint.rules.name_consistency import corpus_spellings

            entry.names, entry.rare_names = corpus_spellings(doc)
        return stats

    @classmethod
    def unreadable(cls, ordinal: int, path: str, problem: str, statistics: frozenset[str] = STATISTICS) -> CorpusStats:
        """A file that could not be read: no statistics, only the error to report."""
        return cls(statistics, unread={ordinal: (path, problem)})

    def absorb(self, other: CorpusStats) -> CorpusStats:
        """Add other's statistics to these (in place; returns self)."""
        if other.statistics != self.statistics:
            raise ValueError("cannot merge statistics gathered for different rule selections")
        self.documents += other.documents
        _add_counts(self.word_counts, other.word_counts)
        _add_counts(self.capitals, other.capitals)
        _add_counts(self.line_documents, other.line_documents)
        overlap = self.entries.keys() & other.entries.keys()
        if overlap:
            raise ValueError(f"documents counted twice (ordinals {sorted(overlap)[:5]})")
        self.entries.update(other.entries)
        self.unread.update(other.unread)
        return self

    def merge(self, other: CorpusStats) -> CorpusStats:
        """The statistics of both sets (neither is changed). Associative and commutative."""
        return CorpusStats(self.statistics).absorb(self).absorb(other)

    @classmethod
    def combine(cls, parts: Iterable[CorpusStats], statistics: frozenset[str] | None = None) -> CorpusStats:
        """All parts merged (in place into a new object: one pass, no copy per step)."""
        total: CorpusStats | None = None
        for part in parts:
            total = CorpusStats(part.statistics).absorb(part) if total is None else total.absorb(part)
        if total is None:
            return cls(STATISTICS if statistics is None else statistics)
        return total

    def ordered_entries(self) -> list[DocumentEntry]:
        """The documents' entries in discovery order (whatever order the merges came in)."""
        return [self.entries[ordinal] for ordinal in sorted(self.entries)]

    def finish(self) -> Corpus:
        """Stage B's input: what the per-file rules read, derived from the merged counts."""
        recurring: frozenset[str] = frozenset()
        if LINE_FINGERPRINTS in self.statistics:
            from newslint.rules.boilerplate import recurring_lines

            recurring = recurring_lines(self.line_documents, self.documents)
        return Corpus(self.statistics, self.documents, dict(self.word_counts), dict(self.capitals), recurring)


def _add_counts(total: Counter[str], part: Mapping[str, int]) -> None:
    """total += part, key by key: what Counter.update does (new keys in part's order), with no
    Python loop: each key's sum is read, added and stored in C (merging the counts of hundreds of
    files is a fifth of stage A, and most of a run whose results come from the result cache)."""
    if not total:
        total.update(part)  # copied in C
        return
    # Each key is read before it is stored, and part's keys are distinct: no sum counts twice.
    dict.update(total, zip(part, map(add, map(total.get, part, repeat(0)), part.values()), strict=True))


class Corpus:
    """The corpus-wide statistics the per-file rules read (``doc.corpus``), the same whichever
    engine merged them. Asking for a statistic no selected rule declared is an error, not zeros."""

    __slots__ = ("statistics", "documents", "_word_counts", "_capitals", "_recurring")

    def __init__(
        self,
        statistics: frozenset[str],
        documents: int,
        word_counts: dict[str, int],
        capitals: dict[str, int],
        recurring_lines: frozenset[str],
    ) -> None:
        self.statistics = statistics
        self.documents = documents  # how many files were linted together (evidence-only ones too)
        self._word_counts = word_counts
        self._capitals = capitals
        self._recurring = recurring_lines

    @classmethod
    def of_document(cls, doc: Document) -> Corpus:
        """The corpus of a document linted on its own."""
        return CorpusStats.extract(doc, 0, COUNTS).finish()

    def __getstate__(self) -> tuple:
        return self.statistics, self.documents, self._word_counts, self._capitals, self._recurring

    def __setstate__(self, state: tuple) -> None:
        self.statistics, self.documents, self._word_counts, self._capitals, self._recurring = state

    def _require(self, name: str) -> None:
        if name not in self.statistics:
            raise LookupError(
                f"the corpus statistic '{name}' was not gathered: list it in the rule's corpus_statistics"
            )

    @property
    def word_counts(self) -> Mapping[str, int]:
        """How often each token occurs across all linted files."""
        self._require(WORD_COUNTS)
        return self._word_counts

    @property
    def capitalized_mid_sentence(self) -> Mapping[str, int]:
        """How often each capitalized word appears other than at a sentence start across the linted
        files; lowercase uses of the words that may be names (those CA001 asks about) are counted
        under "\\0" + word."""
        self._require(CAPITALS)
        return self._capitals

    @property
    def recurring_lines(self) -> frozenset[str]:
        """Short lines (folded) that several linted files share: a site's chrome."""
        self._require(LINE_FINGERPRINTS)
        return self._recurring
