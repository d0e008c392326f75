"""Files in, findings out, in three stages (see newslint.corpus):

A. read each file and extract its corpus statistics (merged into one ``CorpusStats``);
B. run the per-file rules on each file, given the merged statistics (``doc.corpus``);
C. the corpus pass: cross-file rules over the per-document entries (names across files).

Three engines run them, with the same findings: this process (``run_serial``), forked worker
processes that each read and check a share of the files (``run_forked``, ``--jobs N``), and a
Dask cluster (newslint.dask, ``--engine dask``). ``finish`` does what they share afterwards.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newslint import tune_garbage_collection  # noqa: F401 - imported from here by the engines and benchmarks
from newslint.config import Config
from newslint.corpus import NAMES, Corpus, CorpusStats, DocumentEntry
from newslint.document import Document, SourceMap
from newslint.evidence import Evidence
from newslint.finding import Finding
from newslint.result_cache import Checked, CorpusReads, Entry, RecordingCorpus, entry_stats, reads_hold
from newslint.rule import Rule
from newslint.sources import (
    Source,
    SourceError,
    decode,
    discover,
    document_of_bytes,
    encoding_of,
    read_file_bytes,
    read_source,
)
from newslint.suppress import Suppressions

if TYPE_CHECKING:
    from pathlib import Path

    from newslint.result_cache import ResultCache


class RuleFailure(str):
    """A note that a rule failed on a file (a bug in newslint, see _findings_of): the command
    line prints it and exits 2, as for a file it could not read."""


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    documents: Mapping[str, Document] = field(default_factory=dict)
    errors: list[SourceError] = field(default_factory=list)
    unused_suppressions: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[str]:
        """The notes of rules that failed (their findings on those files are missing)."""
        return [note for note in self.notes if isinstance(note, RuleFailure)]


def lint_paths(
    paths: Sequence[str],
    config: Config,
    rule_classes: Sequence[type[Rule]],
    *,
    stdin_filename: str | None = None,
    report_unused_suppressions: bool = False,
    corpus_paths: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cache_dir: Path | None = None,
) -> LintResult:
    """Lint files and folders. ``corpus_paths`` are read as cross-file evidence only (pre-commit
    passes a few changed files; name consistency still compares them with the whole archive).
    With ``config.jobs`` > 1, worker processes read and check the files (see run_forked).
    With ``cache_dir``, each file's results are kept there for the next run, and unchanged files
    are not linted again (see newslint.result_cache; the findings are the same)."""
    items, reported = gather_sources(paths, config, corpus_paths)

    def load(item: Source | SourceError) -> Document:
        if isinstance(item, SourceError):
            raise item
        return _read(item, stdin_filename, config.max_file_size)

    stages = Stages.build(config, rule_classes, len(items))
    cache = None
    if cache_dir is not None:
        from newslint.result_cache import ResultCache

        cache = ResultCache.for_run(cache_dir, stages)
    # With a cache, workers are worth forking for the files that will be checked only.
    checked = len(items) if cache is None else cache.expected_misses(items)
    if _can_fork(stages, checked, config.jobs) and not any(
        isinstance(item, Source) and item.path == "-" for item in items
    ):
        outcome = run_forked(stages, items, load, reported, config.jobs, progress, cache)
    else:
        outcome = run_serial(stages, items, load, reported, progress, cache)
    corpus_findings = None
    if cache is not None:
        corpus_findings = cache.corpus_pass(stages, outcome.stats)
        cache.prune_if_due()
    sources = {item.path: item for item, wanted in zip(items, reported, strict=True) if wanted}
    return finish(
        stages,
        outcome,
        reread=lambda path: _read(sources[path], stdin_filename, config.max_file_size),
        report_unused_suppressions=report_unused_suppressions,
        corpus_findings=corpus_findings,
    )


def gather_sources(
    paths: Sequence[str], config: Config, corpus_paths: Sequence[str] = ()
) -> tuple[list[Source | SourceError], list[bool]]:
    """What to read, in discovery order (files that cannot be linted stay in place, to be reported
    in order), and whether each is reported on (files under ``corpus_paths`` are evidence only;
    a file reached both ways is linted)."""
    items: list[Source | SourceError] = list(discover(paths, config.exclusions()))
    reported = [True] * len(items)
    if corpus_paths:
        linted = {os.path.realpath(item.path) for item in items if isinstance(item, Source)}
        for item in discover(corpus_paths, config.exclusions()):
            if isinstance(item, Source) and os.path.realpath(item.path) not in linted:
                items.append(item)
                reported.append(False)
    return items, reported


def _read(source: Source, stdin_filename: str | None, max_size: int) -> Document:
    if source.path != "-":
        return read_source(source, max_size=max_size)
    from newslint.sources import kind_of

    display = stdin_filename or "-"
    stdin_source = Source("-", kind_of(display) if stdin_filename else "text")
    # Bytes, decoded by the same rules as a file's (invalid UTF-8 is refused on stdin too).
    data = sys.stdin.buffer.read(max_size + 1)
    return read_source(stdin_source, data, display, max_size=max_size)


def lint_documents(
    documents: Sequence[Document],
    config: Config,
    rule_classes: Sequence[type[Rule]],
    *,
    report_unused_suppressions: bool = False,
    report_only: Collection[str] | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> LintResult:
    """Lint documents together (cross-file evidence sees all of them); ``jobs`` worker processes
    share the work (the findings are the same for any number).

    ``report_only`` names the paths to check and report on; the other documents serve only as
    the corpus (the language server lints the open file against the workspace this way, so its
    findings match the command line's)."""
    wanted = None if report_only is None else set(report_only)
    reported = [wanted is None or doc.path in wanted for doc in documents]
    stages = Stages.build(config, rule_classes, len(documents))
    if _can_fork(stages, len(documents), jobs):
        outcome = run_forked(stages, documents, _same, reported, jobs, progress)
        # The documents are at hand here: output reads them instead of reading the files again.
        outcome.documents = {ordinal: doc for ordinal, doc in enumerate(documents) if reported[ordinal]}
        for ordinal, doc in outcome.documents.items():
            doc.evidence = outcome.stats.entries[ordinal].evidence
    else:
        outcome = run_serial(stages, documents, _same, reported, progress)
    return finish(stages, outcome, report_unused_suppressions=report_unused_suppressions)


def _same(doc: Document) -> Document:
    return doc


# -- the stages --------------------------------------------------------------------------------


@dataclass
class Stages:
    """What the three stages run, shared by every engine: A ``gather`` (one document's corpus
    statistics and notes), B ``check`` (the per-file rules, given the merged statistics) and C
    ``corpus_pass`` (the cross-file rules, given the per-document entries)."""

    config: Config
    rules: list[Rule]
    statistics: frozenset[str]

    @classmethod
    def build(cls, config: Config, rule_classes: Sequence[type[Rule]], documents: int) -> Stages:
        rules = [rule_class(config) for rule_class in rule_classes]
        statistics = frozenset().union(*(rule.corpus_statistics for rule in rules))
        if documents < 2:
            statistics -= {NAMES}  # only the corpus pass reads them, and it compares two files or more
        return cls(config, rules, statistics)

    def gather(self, doc: Document, ordinal: int, reported: bool = True) -> CorpusStats:
        """Stage A for one document: its statistics, and what to tell the user about it."""
        notes = self.notes_of(doc.path, doc.notes, doc.language) if reported else []
        return CorpusStats.extract(doc, ordinal, self.statistics, reported=reported, notes=notes)

    def notes_of(self, path: str, reader_notes: Iterable[str], language: str) -> list[str]:
        """What to tell the user about a reported document: the reader's notes, and that
        English-only rules were skipped in a text of another language."""
        notes = list(reader_notes)
        if language != "en" and any(rule.english_only for rule in self.rules):
            notes.append(f"{path}: the text looks like '{language}', not English; English-only rules were skipped")
        return notes

    def unreadable(self, ordinal: int, error: SourceError) -> CorpusStats:
        return CorpusStats.unreadable(ordinal, error.path, error.problem, self.statistics)

    def check(self, doc: Document, corpus: Corpus) -> list[Finding]:
        """Stage B for one document; its evidence is kept on it for the corpus pass."""
        doc.corpus = corpus
        found = _check_one(doc, self.rules)
        doc.evidence = Evidence.of(found)
        return found

    def check_recorded(self, doc: Document, corpus: Corpus) -> tuple[list[Finding], CorpusReads]:
        """Stage B, noting every corpus value the rules read (what the result cache keys on)."""
        reads = CorpusReads()
        found = self.check(doc, RecordingCorpus(corpus, reads))  # type: ignore[arg-type]
        doc.corpus = corpus
        return found, reads

    def corpus_pass(self, entries: Sequence[DocumentEntry]) -> list[Finding]:
        """Stage C: the cross-file rules over the English documents, findings in reported files only."""
        english = [entry for entry in entries if entry.english]
        reported = {entry.path for entry in entries if entry.reported}
        found = (finding for rule in self.rules for finding in _corpus_findings(rule, english))
        return [finding for finding in found if finding.path in reported]

    def warm_up(self) -> None:
        """Load the word data every stage needs, once, before worker processes are forked: they
        then share it instead of each building its own copy."""
        doc = Document("<warm-up>", WARM_UP_TEXT)
        self.gather(doc, 0)
        self.check(doc, Corpus.of_document(doc))


# Written for the warm-up: a few sentences that send every rule to its word data.
WARM_UP_TEXT = (
    "Share this article\n\n"
    "The regional council in Rotterdam voted on Tuesday to extend the tram line, said mayor Ana Ferreira.\n"
    "Residents had asked for the change for years; the works will begin in the spring of next year.\n"
    "\u201cWe listened to the neighbourhoods,\u201d she told reporters after the meeting.\n"
)


def _check_one(doc: Document, rules: Sequence[Rule]) -> list[Finding]:
    """The per-file rules on one document: first those that read no evidence, then, given what
    those found, the rules that do (findings in the order of the rules)."""
    active = [rule for rule in rules if doc.is_english or not rule.english_only]
    found = {id(rule): _findings_of(rule, doc) for rule in active if not rule.reads_evidence}
    if len(found) < len(active):
        doc.evidence = Evidence.of(finding for findings in found.values() for finding in findings)
        found.update({id(rule): _findings_of(rule, doc) for rule in active if rule.reads_evidence})
    return [finding for rule in active for finding in found[id(rule)]]


def _findings_of(rule: Rule, doc: Document) -> list[Finding]:
    """A rule's findings on a document. A rule that fails (a bug) costs only its own findings on
    this file: the user is told which rule, file and error, and every other rule and file is
    still checked, as Ruff reports a panic and goes on."""
    try:
        return list(rule.check(doc))
    except Exception as error:  # noqa: BLE001 - any bug in one rule, whatever it raises
        doc.failed_rules.append(rule.code)
        rule.notes.append(_failure_note(rule, doc.path, error))
        return []


def _corpus_findings(rule: Rule, entries: Sequence[DocumentEntry]) -> list[Finding]:
    """A cross-file rule's findings; one that fails is reported as _findings_of does."""
    try:
        return list(rule.check_corpus(entries))
    except Exception as error:  # noqa: BLE001
        rule.notes.append(_failure_note(rule, "the corpus pass", error))
        return []


def _failure_note(rule: Rule, path: str, error: Exception) -> RuleFailure:
    return RuleFailure(
        f"{path}: internal error in {rule.code} ({type(error).__name__}: {error}); its findings for this file "
        "are missing. Please report it to newslint's maintainers with the file"
    )


@dataclass
class Outcome:
    """What an engine hands back: the merged statistics (each document's entry carries its notes
    and evidence), stage B's findings by document ordinal, the rules' notes, and the reported
    documents still in this process (by ordinal)."""

    stats: CorpusStats
    found: dict[int, list[Finding]]
    notes: list[str] = field(default_factory=list)
    documents: dict[int, Document] = field(default_factory=dict)


# About 75 bytes of tokens, spans and memo per character: 2 million characters is about 150 MB.
KEEP_STRUCTURE_CHARS = 2_000_000


class Share:
    """Stages A and B over some of a run's files, in one process (this one, or a forked worker
    for its share): the documents read in stage A stay here for stage B.

    With a result cache (newslint.result_cache), a file whose entry matches its bytes is not made
    into a Document: the entry's statistics stand in for stage A, and its findings for stage B
    while the corpus values its rules read are unchanged; otherwise the file is checked (from the
    bytes read in stage A, so its findings and its statistics are of the same content) and its
    entry written."""

    def __init__(
        self,
        stages: Stages,
        items: Sequence[Any],
        load: Callable[[Any], Document],
        reported: Sequence[bool],
        cache: ResultCache | None = None,
    ) -> None:
        self.stages, self.items, self.load, self.reported, self.cache = stages, items, load, reported, cache
        self.documents: dict[int, Document] = {}  # reported documents, until stage B
        self.hits: dict[int, _Hit] = {}  # reported files with an entry, until stage B
        self.parts: dict[int, CorpusStats] = {}  # with a cache: a checked file's own statistics
        self.kept_chars = 0  # text of the waiting documents that keep their structure

    def gather(self, ordinals: Iterable[int]) -> CorpusStats:
        """Stage A on these files: their merged statistics (unreadable files as errors)."""
        stats = CorpusStats(self.stages.statistics)
        for ordinal in ordinals:
            try:
                stats.absorb(self._gather_one(ordinal))
            except SourceError as error:
                if self.reported[ordinal]:
                    stats.absorb(self.stages.unreadable(ordinal, error))
        return stats

    def _gather_one(self, ordinal: int) -> CorpusStats:
        item, reported, cache = self.items[ordinal], self.reported[ordinal], self.cache
        if cache is None or not cache.usable(item):
            doc = self.load(item)
        else:
            data, fingerprint = read_file_bytes(item, cache.max_file_size)
            entry = cache.lookup(item, fingerprint.sha256)
            if entry is not None:
                notes = self.stages.notes_of(item.path, entry.reader_notes, entry.language) if reported else ()
                stats = entry.stats_as(ordinal, reported, notes)
                if reported:
                    # The statistics join the run's; stage B extracts them again only if it must
                    # check the file after all (memory stays flat over a large warm run).
                    entry.stats = None
                    self.hits[ordinal] = _Hit(entry, data, fingerprint)
                return stats
            doc = document_of_bytes(item.path, item.kind, data, fingerprint)
        part = self.stages.gather(doc, ordinal, reported)
        if reported:
            # The first few megabytes of documents keep their tokens and spans for stage B; past
            # that budget a waiting document drops them (built again in stage B), so memory
            # stays flat however many files wait.
            if self.kept_chars + len(doc.text) > KEEP_STRUCTURE_CHARS:
                doc.release_structure()
            else:
                self.kept_chars += len(doc.text)
            self.documents[ordinal] = doc
        if cache is not None and cache.usable(item):
            if reported:
                self.parts[ordinal] = part  # stored with the findings after stage B
            else:
                cache.store(item, _entry(doc, part))
        return part

    def pending(self) -> list[int]:
        """The files stage B checks here, in order."""
        return sorted([*self.documents, *self.hits])

    def check(self, ordinal: int, corpus: Corpus) -> tuple[list[Finding], Evidence, Document | None]:
        """Stage B on one file: its findings, its evidence, and its Document when one was made
        (a file whose stored findings still hold has none)."""
        hit = self.hits.pop(ordinal, None)
        if hit is not None:
            checked = hit.entry.checked
            if checked is not None and reads_hold(checked.reads, corpus):
                evidence = Evidence.of(checked.findings)
                return checked.findings, evidence, hit.output_document(evidence) if checked.findings else None
            doc = document_of_bytes(hit.entry.path, hit.entry.kind, hit.data, hit.fingerprint)
            part = CorpusStats.extract(doc, ordinal, self.stages.statistics)  # for its new entry
        else:
            doc = self.documents.pop(ordinal)
            part = self.parts.pop(ordinal, None)
        if self.cache is None or part is None:
            found = self.stages.check(doc, corpus)
        else:
            found, reads = self.stages.check_recorded(doc, corpus)
            entry = _entry(doc, part)
            if doc.failed_rules:
                return found, doc.evidence, doc  # not stored: a fixed newslint must check it again
            if not reads.whole:
                # Pickled now: the runner changes findings afterwards (severity from the configuration).
                entry.checked = Checked(found, reads.values)
                if found and doc.kind in VIEW_KINDS:
                    entry.view = (doc.text, doc.source_map.pieces)  # for output, see _Hit.output_document
            self.cache.store(self.items[ordinal], entry)
        return found, doc.evidence, doc


@dataclass
class _Hit:
    """A file whose entry matched its bytes in stage A; the bytes are kept in case stage B must
    check it after all, and for output."""

    entry: Entry
    data: bytes
    fingerprint: Any

    def output_document(self, evidence: Evidence) -> Document:
        """The Document output needs for the file's findings, from its bytes: for Markdown and
        HTML with the prose view and source map its entry keeps (parsing a page again would cost
        a warm run most of its time), so the same as read_source would give."""
        entry = self.entry
        if entry.view is None:
            doc = document_of_bytes(entry.path, entry.kind, self.data, self.fingerprint)
        else:
            text, pieces = entry.view
            source = decode(entry.path, self.data)
            doc = Document(entry.path, text, source=source, source_map=SourceMap(list(pieces)), kind=entry.kind)
            doc.notes = list(entry.reader_notes)
            doc.encoding = encoding_of(self.data)
            doc.fingerprint = self.fingerprint
        doc.evidence = evidence
        return doc


# The kinds whose Document keeps a prose view apart from the source (stored for output).
VIEW_KINDS = frozenset({"markdown", "html"})


def _entry(doc: Document, part: CorpusStats) -> Entry:
    """A new entry for a document from its stage A statistics (stage B's added by the caller)."""
    sha256 = doc.fingerprint.sha256
    return Entry(doc.path, doc.kind, sha256, entry_stats(part), tuple(doc.notes), doc.language)


def run_serial(
    stages: Stages,
    items: Sequence[Any],
    load: Callable[[Any], Document],
    reported: Sequence[bool],
    progress: Callable[[int, int], None] | None = None,
    cache: ResultCache | None = None,
) -> Outcome:
    """Every stage in this process; the documents stay in memory between stages A and B."""
    share = Share(stages, items, load, reported, cache)
    stats = share.gather(range(len(items)))
    corpus = stats.finish()
    checked = share.pending()
    found: dict[int, list[Finding]] = {}
    kept: dict[int, Document] = {}
    for done, ordinal in enumerate(checked, 1):
        found[ordinal], stats.entries[ordinal].evidence, doc = share.check(ordinal, corpus)
        if doc is not None:
            doc.release_structure()  # output needs the text and its positions only
            kept[ordinal] = doc
        if progress is not None:
            progress(done, len(checked))
    return Outcome(stats, found, [], kept)


def _can_fork(stages: Stages, documents: int, jobs: int) -> bool:
    """Worker processes pay off from a few files each; a backend whose findings give way to the
    rules' (LanguageTool) keeps its state in one process."""
    return (
        jobs > 1
        and documents >= 4 * jobs
        and hasattr(os, "fork")
        and not any(rule.defers_to_other_rules for rule in stages.rules)
    )


def run_forked(
    stages: Stages,
    items: Sequence[Any],
    load: Callable[[Any], Document],
    reported: Sequence[bool],
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    cache: ResultCache | None = None,
) -> Outcome:
    """Stages A and B in ``jobs`` forked worker processes, each on an interleaved share of the
    files: a worker reads its files and sends their merged statistics; this process merges the
    workers' statistics and sends the corpus back; each worker checks its files (still in its
    memory) and sends the findings, with a portable copy of each file that has some (for output).
    Stage C then runs here. Workers inherit the word data loaded by the warm-up; this process
    holds only the documents with findings (others are read again if output asks for them).
    With a result cache each worker uses it for its share (see Share)."""
    import multiprocessing
    from multiprocessing.connection import wait

    stages.warm_up()
    context = multiprocessing.get_context("fork")
    workers = []
    # What the workers inherit (word data, caches) moves out of the collector's sight: otherwise
    # each worker's collections walk it and copy every page of it (copy-on-write).
    gc.freeze()
    try:
        for share in range(jobs):
            ours, theirs = context.Pipe()
            ordinals = range(share, len(items), jobs)
            process = context.Process(
                target=_worker, args=(theirs, Share(stages, items, load, reported, cache), ordinals), daemon=True
            )
            process.start()
            theirs.close()
            workers.append((process, ours))
        connections = [connection for _, connection in workers]
        stats = CorpusStats(stages.statistics)
        for connection in connections:
            stats.absorb(_receive(connection, "stats")[1])
        corpus = pickle.dumps(stats.finish(), protocol=pickle.HIGHEST_PROTOCOL)
        for connection in connections:
            connection.send_bytes(corpus)
        total = sum(1 for entry in stats.entries.values() if entry.reported)
        found: dict[int, list[Finding]] = {}
        documents: dict[int, Document] = {}
        notes: list[str] = []
        pending = list(connections)
        while pending:
            for connection in wait(pending):
                message = _receive(connection, "found", "done")
                if message[0] == "done":
                    notes.extend(message[1])
                    pending.remove(connection)
                    continue
                _, ordinal, findings, evidence, doc = message
                found[ordinal] = findings
                stats.entries[ordinal].evidence = evidence
                if doc is not None:
                    documents[ordinal] = doc
                if progress is not None:
                    progress(len(found), total)
        for process, _ in workers:
            process.join()
    finally:
        gc.unfreeze()
        for process, connection in workers:
            if process.is_alive():
                process.terminate()
                process.join()
            connection.close()
    return Outcome(stats, found, notes, documents)


def _worker(connection: Any, share: Share, ordinals: Iterable[int]) -> None:
    """One forked worker: stage A on its share, then (given the corpus) stage B on it."""
    try:
        connection.send(("stats", share.gather(ordinals)))
        corpus = pickle.loads(connection.recv_bytes())
        for ordinal in share.pending():  # each document is checked once, then let go
            found, evidence, doc = share.check(ordinal, corpus)
            # A file with findings travels back for output, so the parent need not read it again.
            portable = doc.portable() if found and doc is not None else None
            connection.send(("found", ordinal, found, evidence, portable))
        connection.send(("done", [note for rule in share.stages.rules for note in rule.notes]))
    except BaseException:
        import traceback

        connection.send(("failed", traceback.format_exc()))
    finally:
        connection.close()


def _receive(connection: Any, *kinds: str) -> tuple:
    """The next message from a worker, which must be one of kinds; a worker's failure is raised here."""
    try:
        message = connection.recv()
    except EOFError as error:
        raise RuntimeError("a worker process stopped unexpectedly") from error
    if message[0] == "failed":
        raise RuntimeError(f"a worker process failed:\n{message[1]}")
    if message[0] not in kinds:
        raise RuntimeError(f"unexpected message from a worker process: {message[0]}")
    return message


# -- after the stages: suppressions, configuration, order --------------------------------------


class DocumentStore(Mapping[str, Document]):
    """The reported documents by path, in lint order. Documents still in this process are used as
    they are; the others (read and checked by worker processes or a cluster) are read again on
    first use, so this process holds only what output asks for: the files with findings, or every
    file for a report or the quality summary."""

    def __init__(
        self,
        paths: Iterable[str],
        loaded: Mapping[str, Document] | None = None,
        reread: Callable[[str], Document] | None = None,
        evidence: Mapping[str, Evidence] | None = None,
    ) -> None:
        self._paths = list(dict.fromkeys(paths))
        self._known = set(self._paths)
        self._loaded = dict(loaded or {})
        self._reread = reread
        self._evidence = dict(evidence or {})

    def __getitem__(self, path: str) -> Document:
        doc = self._loaded.get(path)
        if doc is not None:
            return doc
        if path not in self._known or self._reread is None:
            raise KeyError(path)
        doc = self._loaded[path] = self._reread(path)
        doc.evidence = self._evidence.get(path)
        return doc

    def __contains__(self, path: object) -> bool:
        return path in self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def finish(
    stages: Stages,
    outcome: Outcome,
    *,
    reread: Callable[[str], Document] | None = None,
    report_unused_suppressions: bool = False,
    corpus_findings: Sequence[Finding] | None = None,
) -> LintResult:
    """Stage C (unless an engine ran it: ``corpus_findings``), then what every engine shares:
    notes and read errors in discovery order, the backend merge, suppression comments, per-file
    ignores, severities, sort and cap. ``reread`` reads a reported file again for output."""
    entries = outcome.stats.ordered_entries()
    reported = [entry for entry in entries if entry.reported]
    loaded = {doc.path: doc for doc in outcome.documents.values()}
    documents = DocumentStore(
        [entry.path for entry in reported],
        loaded,
        reread,
        {entry.path: entry.evidence for entry in reported},
    )
    result = LintResult(documents=documents)
    for entry in reported:
        result.notes.extend(entry.notes)
    result.errors = [
        SourceError(*outcome.stats.unread[ordinal])
        for ordinal in sorted(outcome.stats.unread)
        if ordinal not in outcome.stats.entries
    ]
    raw = [finding for ordinal in sorted(outcome.found) for finding in outcome.found[ordinal]]
    raw.extend(stages.corpus_pass(entries) if corpus_findings is None else corpus_findings)
    for note in [*outcome.notes, *(note for rule in stages.rules for note in rule.notes)]:
        if note not in result.notes:
            result.notes.append(note)

    # A backend (LanguageTool) gives way to every one of newslint's own rules.
    deferring = {rule.code for rule in stages.rules if rule.defers_to_other_rules}
    own = {rule.code for rule in stages.rules} - deferring
    giving_way = {
        rule.code: rule.gives_way_to | (own if rule.code in deferring else frozenset())
        for rule in stages.rules
        if rule.gives_way_to or rule.code in deferring
    }
    if giving_way:
        raw = _give_way(raw, giving_way)
    suppressions: dict[str, Suppressions] = {}

    def suppressions_of(doc: Document) -> Suppressions:
        if doc.path not in suppressions:
            suppressions[doc.path] = Suppressions.parse(doc)
        return suppressions[doc.path]

    config = stages.config
    for finding in _dedupe(raw):
        if _ignored_by_config(finding, config, finding.path):
            continue
        doc = documents[finding.path]
        if suppressions_of(doc).suppresses(finding, doc):
            continue
        _apply_severity(finding, config)
        result.findings.append(finding)
    if report_unused_suppressions:
        for path in documents:
            doc = documents[path]
            result.unused_suppressions.extend(suppressions_of(doc).unused(doc))
    result.findings.sort(key=lambda f: (f.path, f.start, f.end, f.code))
    result.findings = _capped(result.findings, config.max_findings_per_rule, result.notes)
    return result


def _capped(findings: list[Finding], cap: int, notes: list[str]) -> list[Finding]:
    """At most ``cap`` findings of one rule in one file (the first ones), and a note for the rest,
    so a megabyte of garbage reports a page, not half a million lines."""
    if cap <= 0 or len(findings) <= cap:
        return findings
    counts: dict[tuple[str, str], int] = {}
    kept = []
    for finding in findings:
        key = (finding.path, finding.code)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= cap:
            kept.append(finding)
    for (path, code), count in sorted(counts.items()):
        if count > cap:
            notes.append(f"{path}: {count - cap} more {code} findings not shown (max-findings-per-rule = {cap})")
    return kept


def _give_way(findings: list[Finding], giving_way: dict[str, frozenset[str]]) -> list[Finding]:
    """Drop a finding where a finding of a code its rule gives way to covers the same text (an
    empty span counts where it stands)."""
    wanted = frozenset().union(*giving_way.values())
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for finding in findings:
        if finding.code in wanted:
            spans.setdefault((finding.path, finding.code), []).append((finding.start, finding.end))
    if not spans:
        return findings
    return [
        finding
        for finding in findings
        if not any(
            start < finding.end and finding.start < end or start == end == finding.start
            for code in giving_way.get(finding.code, ())
            for start, end in spans.get((finding.path, code), ())
        )
    ]


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, int, int]] = set()
    unique = []
    for finding in findings:
        key = (finding.path, finding.code, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def _ignored_by_config(finding: Finding, config: Config, path: str) -> bool:
    selectors = config.ignored_for(path) if config.per_file_ignores else []
    return any(_selector_matches(s, finding) for s in selectors)


def _selector_matches(selector: str, finding: Finding) -> bool:
    if selector.upper() == "ALL":
        return True
    return finding.code.upper().startswith(selector.upper()) or finding.rule == selector.lower()


def _apply_severity(finding: Finding, config: Config) -> None:
    for selector, severity in config.severity.items():
        if _selector_matches(selector, finding):
            finding.severity = severity
