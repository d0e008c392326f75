"""The Dask engine: lint an archive on a cluster (``newslint --engine dask [--scheduler ADDRESS]``).

Install it with ``pip install 'newslint[dask]'`` (dask, distributed, fsspec). Paths may be local
(on a file system every worker sees) or fsspec URLs (``s3://bucket/archive/``, ``gs://...``; the
matching fsspec back end, s3fs or gcsfs, must be installed on the client and the workers).

The run is the runner's three stages (see newslint.runner and newslint.corpus) as a Dask graph:

- a bag of (ordinal, path) records, partitioned across the workers;
- stage A on the workers: each file is read there and reduced to its ``CorpusStats``; the
  statistics are combined with ``Bag.reduction``, a tree reduction (``split_every`` at a time),
  which gives the same corpus as a loop because ``CorpusStats.merge`` is associative and
  commutative;
- the merged statistics, finished into a ``Corpus``, go to every worker once (a dependency of
  every stage-B task); stage B reads each file again and runs the per-file rules;
- stage C (the corpus pass) is one task over the per-document entries and the evidence.

What crosses the network: paths in; per-document statistics up the reduction tree; the finished
corpus out to each worker; findings back to the client. Documents never leave the worker that
read them: the client reads only the files it reports findings for (positions and source lines).
Each worker process builds the rules once per run and loads the word data once (the lexicon and
the name index are module-level caches of the process).
"""

from __future__ import annotations

import math
import os
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from newslint.config import Config
from newslint.corpus import CorpusStats
from newslint.document import Document
from newslint.evidence import Evidence
from newslint.finding import Finding
from newslint.rule import Rule
from newslint.runner import LintResult, Outcome, Stages, finish, tune_garbage_collection
from newslint.sources import TEXT_SUFFIXES, Source, SourceError, decode, discover, encoding_of, kind_of, make_document
from newslint.sources import read_source as read_local

# Files per partition: enough to amortise a task's overhead, few enough to spread a small archive.
FILES_PER_PARTITION = 200
# Partial statistics merged per task at each level of the reduction tree.
SPLIT_EVERY = 8

MISSING = "the Dask engine needs dask, distributed and fsspec: pip install 'newslint[dask]' ({error})"


def is_url(path: str) -> bool:
    """An fsspec URL (s3://, gs://, file://, ...), not a local path."""
    return "://" in path


# -- what to read --------------------------------------------------------------------------------


def gather_sources(
    paths: Sequence[str], config: Config, corpus_paths: Sequence[str] = ()
) -> tuple[list[Source | SourceError], list[bool]]:
    """Local paths as the runner finds them, URLs listed with fsspec; in the order given."""
    items: list[Source | SourceError] = []
    reported: list[bool] = []
    for group, wanted in ((paths, True), (corpus_paths, False)):
        for path in group:
            found = list(_list_url(path) if is_url(path) else discover([path], config.exclusions()))
            if not wanted:
                found = [item for item in found if isinstance(item, Source)]
            items.extend(found)
            reported.extend([wanted] * len(found))
    if corpus_paths:  # a file reached both ways is linted, as the runner does
        linted = {_identity(item.path) for item, wanted in zip(items, reported, strict=True) if wanted}
        kept = [
            (item, wanted)
            for item, wanted in zip(items, reported, strict=True)
            if wanted or _identity(item.path) not in linted
        ]
        items, reported = [item for item, _ in kept], [wanted for _, wanted in kept]
    return items, reported


def _identity(path: str) -> str:
    return path if is_url(path) else os.path.realpath(path)


def _list_url(url: str) -> list[Source | SourceError]:
    """The lintable files under an fsspec URL (a folder is searched like a local one)."""
    from fsspec.core import url_to_fs

    try:
        fs, root = url_to_fs(url)
        if not fs.isdir(root):
            if not fs.exists(root):
                return [SourceError(url, "no such file or directory")]
            return [Source(url, kind_of(url))]
        names = sorted(fs.find(root))
    except OSError as error:
        return [SourceError(url, f"cannot list: {error}")]
    found: list[Source | SourceError] = []
    for name in names:
        base = name.rsplit("/", 1)[-1]
        if base.startswith(".") or os.path.splitext(base)[1].lower() not in TEXT_SUFFIXES:
            continue
        full = fs.unstrip_protocol(name)
        found.append(Source(full, kind_of(full)))
    return found


def read_any(source: Source, max_size: int) -> Document:
    """A Document for a local file or an fsspec URL, decoded by the same rules."""
    if not is_url(source.path):
        return read_local(source, max_size=max_size)
    import fsspec

    try:
        with fsspec.open(source.path, "rb") as handle:
            data = handle.read(max_size + 1)
    except OSError as error:
        raise SourceError(source.path, f"cannot read: {error}") from error
    if len(data) > max_size:
        raise SourceError(source.path, f"larger than the size limit (> {max_size / 1024 / 1024:.1f} MB); skipped")
    doc = make_document(source.path, decode(source.path, data), source.kind)
    doc.encoding = encoding_of(data)
    return doc


# -- the tasks (run on the workers) -------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """What every task needs to know about the run: small, sent once as one graph key."""

    token: str
    config: Config
    rule_classes: tuple[type[Rule], ...]
    statistics: frozenset[str]


# One record per file: (ordinal, path, kind, reported, problem found while listing it, or None).
Record = tuple[int, str, str, bool, str | None]


class _WorkerState(threading.local):
    """Per worker thread (rules keep per-document state while they check one): the current run's
    rules, and the documents stage A read that stage B may still use."""

    def __init__(self) -> None:
        self.token = ""
        self.stages: Stages | None = None
        self.kept: dict[int, Document] = {}
        self.kept_characters = 0


_STATE = _WorkerState()


def keep_budget() -> int:
    """How many characters of documents a worker keeps from stage A for stage B (about 75 bytes
    of memory each): NEWSLINT_DASK_KEEP_MB megabytes of text, 16 by default; 0 reads every file again."""
    return int(float(os.environ.get("NEWSLINT_DASK_KEEP_MB", "16")) * 1_000_000)


def worker_stages(job: Job) -> Stages:
    """The run's rules in this worker, built by the first task that needs them. The word data
    they read (lexicon, name index) are module-level caches: loaded once per worker process."""
    if _STATE.token != job.token or _STATE.stages is None:
        if _STATE.stages is None:
            tune_garbage_collection()  # as the command line does: many short-lived tokens
        _STATE.token = job.token  # a worker of a long-lived cluster keeps only the current run
        _STATE.stages = Stages(job.config, [rule_class(job.config) for rule_class in job.rule_classes], job.statistics)
        _STATE.kept, _STATE.kept_characters = {}, 0
    return _STATE.stages


def _load(record: Record, job: Job) -> Document:
    ordinal, path, kind, reported, problem = record
    if problem is not None:
        raise SourceError(path, problem)
    return read_any(Source(path, kind), job.config.max_file_size)


def gather_partition(records: Sequence[Record], job: Job) -> list[CorpusStats]:
    """Stage A for a partition, on a worker: its files' statistics, merged (one element). The
    documents are kept for stage B within the worker's budget (see keep_budget)."""
    stages = worker_stages(job)
    budget = keep_budget()
    stats = CorpusStats(job.statistics)
    for record in records:
        ordinal, _, _, reported, _ = record
        try:
            doc = _load(record, job)
        except SourceError as error:
            if reported:
                stats.absorb(stages.unreadable(ordinal, error))
            continue
        stats.absorb(stages.gather(doc, ordinal, reported))
        if reported and _STATE.kept_characters + len(doc.source) <= budget:
            _STATE.kept[ordinal] = doc
            _STATE.kept_characters += len(doc.source)
    return [stats]


def merge_all(parts: Any) -> CorpusStats:
    """One step of the tree reduction."""
    parts = list(parts)
    return CorpusStats.combine(parts, parts[0].statistics if parts else None)


def check_partition(
    records: Sequence[Record], job: Job, corpus: Any, gathered: Any = None
) -> list[tuple[int, list[Finding], Evidence, Document | None]]:
    """Stage B for a partition's reported files: the document stage A kept on this worker, or
    the file read again. (``gathered``, the partition's stage-A result, is unused: depending on
    it makes the scheduler run this task where stage A ran, beside the kept documents.)"""
    stages = worker_stages(job)
    results = []
    for record in records:
        ordinal = record[0]
        if not record[3]:
            continue
        doc = _STATE.kept.pop(ordinal, None)
        if doc is None:
            try:
                doc = _load(record, job)
            except SourceError:
                continue  # reported by stage A
        else:
            _STATE.kept_characters -= len(doc.source)
        found = stages.check(doc, corpus)
        results.append((ordinal, found, doc.evidence, doc.portable() if found else None))
    return results


def corpus_pass(job: Job, stats: CorpusStats, checked: Sequence[tuple]) -> tuple:
    """Stage C, one task: the cross-file rules over the entries, with each file's evidence."""
    from dataclasses import replace

    stages = worker_stages(job)
    evidence = {ordinal: found for ordinal, _, found, _ in checked}
    entries = [replace(entry, evidence=evidence.get(entry.ordinal)) for entry in stats.ordered_entries()]
    findings = stages.corpus_pass(entries)
    return findings, [note for rule in stages.rules for note in rule.notes]


def for_the_client(stats: CorpusStats) -> CorpusStats:
    """What the client needs of the merged statistics: entries without their name spellings
    (only stage C reads those) and the unread files; not the counts."""
    from dataclasses import replace

    entries = {ordinal: replace(entry, names={}, rare_names=frozenset()) for ordinal, entry in stats.entries.items()}
    return CorpusStats(stats.statistics, stats.documents, entries=entries, unread=dict(stats.unread))


# -- the client ----------------------------------------------------------------------------------


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A distributed Client: to the scheduler at ADDRESS, or to a LocalCluster of worker processes."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # The workers' statistical profiler samples the running task every 10 ms: a tenth of the CPU
    # for pure-Python work like linting, and nobody looks at the dashboard of a local run.
    with (
        dask.config.set({"distributed.worker.profile.enabled": False}),
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def lint_paths(
    paths: Sequence[str],
    config: Config,
    rule_classes: Sequence[type[Rule]],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    corpus_paths: Sequence[str] = (),
    report_unused_suppressions: bool = False,
) -> LintResult:
    """Lint files, folders and fsspec URLs on a Dask cluster; the findings are those of
    newslint.runner.lint_paths. ``scheduler`` is a scheduler's address; without it a LocalCluster
    of ``workers`` processes (default: one per core) runs here."""
    try:
        import dask
        import dask.bag as db
        from distributed import futures_of
    except ImportError as error:
        raise RuntimeError(MISSING.format(error=error)) from error
    items, reported = gather_sources(paths, config, corpus_paths)
    stages = Stages.build(config, rule_classes, len(items))
    job = Job(uuid.uuid4().hex, config, tuple(rule_classes), stages.statistics)
    records: list[Record] = [
        (ordinal, item.path, "text", wanted, item.problem)
        if isinstance(item, SourceError)
        else (ordinal, item.path, item.kind, wanted, None)
        for ordinal, (item, wanted) in enumerate(zip(items, reported, strict=True))
    ]
    with connect(scheduler, workers) as client:
        if not records:
            return finish(stages, Outcome(CorpusStats(stages.statistics), {}))
        slots = max(1, len(client.scheduler_info().get("workers", {})))
        partitions = min(len(records), max(2 * slots, math.ceil(len(records) / FILES_PER_PARTITION)))
        bag = db.from_sequence(records, npartitions=partitions)
        # One key: sent to each worker once, not inside every task.
        shared = dask.delayed(job, name=f"newslint-job-{job.token}", traverse=False)
        # Each stage is persisted before the next is built on it: the cluster computes it once,
        # and its results stay on the workers (stage A's beside the documents it kept).
        gathered = bag.map_partitions(gather_partition, shared).persist()
        merged = gathered.reduction(merge_all, merge_all, split_every=SPLIT_EVERY).persist()
        corpus = merged.apply(CorpusStats.finish).persist()
        # The corpus to every worker at once (a broadcast): then only stage A's result, beside
        # the kept documents, decides where each stage-B task runs.
        client.replicate(futures_of(corpus))
        checked = bag.map_partitions(check_partition, shared, corpus, gathered).persist()
        passed = dask.delayed(corpus_pass)(shared, merged, checked)
        summary, found, (corpus_findings, notes) = dask.compute(merged.apply(for_the_client), checked, passed)
    outcome = Outcome(summary, {}, list(notes))
    for ordinal, findings, evidence, doc in found:
        outcome.found[ordinal] = findings
        summary.entries[ordinal].evidence = evidence
        if doc is not None:
            outcome.documents[ordinal] = doc
    sources = {item.path: item for item, wanted in zip(items, reported, strict=True) if wanted}
    return finish(
        stages,
        outcome,
        reread=lambda path: read_any(sources[path], config.max_file_size),
        report_unused_suppressions=report_unused_suppressions,
        corpus_findings=corpus_findings,
    )
