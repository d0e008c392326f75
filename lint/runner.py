"""Files in, findings out: read every file, run the per-document rules, then the corpus pass."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from newslint.config import Config
from newslint.document import Document
from newslint.evidence import Evidence
from newslint.finding import Finding
from newslint.rule import Rule
from newslint.sources import Source, SourceError, discover, read_source
from newslint.suppress import Suppressions


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    errors: list[SourceError] = field(default_factory=list)
    unused_suppressions: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def tune_garbage_collection() -> None:
    """Linting allocates many small, short-lived objects (tokens); collecting less often saves
    about a fifth of the run time. Called by the command line and the language server."""
    gc.set_threshold(50_000, 20, 100)


def lint_paths(
    paths: Sequence[str],
    config: Config,
    rule_classes: Sequence[type[Rule]],
    *,
    stdin_filename: str | None = None,
    report_unused_suppressions: bool = False,
    corpus_paths: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> LintResult:
    """Lint files and folders. ``corpus_paths`` are read as cross-file evidence only (pre-commit
    passes a few changed files; name consistency still compares them with the whole archive)."""
    documents, errors = read_documents(paths, config, stdin_filename)
    report_only = None
    if corpus_paths:
        linted = {doc.path for doc in documents}
        real = {os.path.realpath(doc.path) for doc in documents}
        background, _ = read_documents(corpus_paths, config, None)
        extra = [doc for doc in background if os.path.realpath(doc.path) not in real]
        report_only, documents = linted, [*documents, *extra]
    result = lint_documents(
        documents,
        config,
        rule_classes,
        report_unused_suppressions=report_unused_suppressions,
        report_only=report_only,
        jobs=config.jobs,
        progress=progress,
    )
    result.errors = errors
    return result


def read_documents(
    paths: Sequence[str], config: Config, stdin_filename: str | None
) -> tuple[list[Document], list[SourceError]]:
    """Every lintable file under paths as a Document, and an error for each that is not."""
    documents: list[Document] = []
    errors: list[SourceError] = []
    for item in discover(paths, config.exclusions()):
        if isinstance(item, SourceError):
            errors.append(item)
            continue
        try:
            documents.append(_read(item, stdin_filename, config.max_file_size))
        except SourceError as error:
            errors.append(error)
    return documents, errors


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
    share the per-file stage (the findings are the same for any number).

    ``report_only`` names the paths to check and report on; the other documents serve only as
    the corpus (the language server lints the open file against the workspace this way, so its
    findings match the command line's)."""
    rules = [rule_class(config) for rule_class in rule_classes]
    corpus = list(documents)
    if report_only is not None:
        wanted = set(report_only)
        documents = [doc for doc in corpus if doc.path in wanted]
    result = LintResult(documents={doc.path: doc for doc in documents})
    raw: list[Finding] = []
    shared: dict = {}
    for doc in corpus:
        doc.corpus, doc.corpus_memo = corpus, shared
    for doc in documents:
        result.notes.extend(doc.notes)
        if not doc.is_english and any(rule.english_only for rule in rules):
            result.notes.append(
                f"{doc.path}: the text looks like '{doc.language}', not English; English-only rules were skipped"
            )
    raw.extend(_per_file_stage(documents, rules, jobs, progress))
    # The evidence stage: what the per-file stage found in each document, for the corpus pass
    # (a rule there reads "this article shows translation damage" instead of running other rules).
    per_document: dict[str, list[Finding]] = {}
    for finding in raw:
        per_document.setdefault(finding.path, []).append(finding)
    for doc in documents:
        doc.evidence = Evidence.of(per_document.get(doc.path, ()))
    english = [doc for doc in corpus if doc.is_english]
    for rule in rules:
        raw.extend(finding for finding in rule.check_corpus(english) if finding.path in result.documents)
    for rule in rules:
        result.notes.extend(rule.notes)

    deferring = {rule.code for rule in rules if rule.defers_to_other_rules}
    if deferring:
        raw = _merge_deferred(raw, deferring)
    suppressions = {doc.path: Suppressions.parse(doc) for doc in documents}
    for finding in _dedupe(raw):
        doc = result.documents[finding.path]
        if _ignored_by_config(finding, config, doc.path):
            continue
        if suppressions[doc.path].suppresses(finding, doc):
            continue
        _apply_severity(finding, config)
        result.findings.append(finding)
    if report_unused_suppressions:
        for doc in documents:
            result.unused_suppressions.extend(suppressions[doc.path].unused(doc))
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


def _check_one(doc: Document, rules: Sequence[Rule]) -> list[Finding]:
    return [finding for rule in rules if doc.is_english or not rule.english_only for finding in rule.check(doc)]


_WORK: tuple[list[Document], list[Rule], list[list[int]]] | None = None  # what forked workers inherit


def _worker(share: int) -> list[tuple[int, list[Finding]]]:
    assert _WORK is not None
    documents, rules, shares = _WORK
    return [(index, _check_one(documents[index], rules)) for index in shares[share]]


def _per_file_stage(
    documents: Sequence[Document],
    rules: Sequence[Rule],
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
) -> list[Finding]:
    """Every per-file rule on every document, in document order.

    With jobs > 1, worker processes forked after the parent has read every document and computed
    the corpus-wide statistics (by checking the first document, which asks for all of them) check
    interleaved shares of the rest; they inherit the word data and statistics instead of rebuilding
    them. Rules whose state is not per document (a backend with notes) keep it in one process."""
    global _WORK
    parallel = (
        jobs > 1
        and len(documents) >= 4 * jobs
        and hasattr(os, "fork")
        and not any(rule.defers_to_other_rules for rule in rules)
    )
    if not parallel:
        found_serially: list[Finding] = []
        for done, doc in enumerate(documents, 1):
            found_serially.extend(_check_one(doc, rules))
            if progress is not None:
                progress(done, len(documents))
        return found_serially
    import multiprocessing

    found: dict[int, list[Finding]] = {0: _check_one(documents[0], rules)}
    shares = [list(range(1 + share, len(documents), jobs)) for share in range(jobs)]
    _WORK = (list(documents), list(rules), shares)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for results in pool.imap_unordered(_worker, range(jobs)):
                found.update(results)
                if progress is not None:
                    progress(len(found), len(documents))
    finally:
        _WORK = None
    return [finding for index in range(len(documents)) for finding in found[index]]


def _merge_deferred(findings: list[Finding], deferring: set[str]) -> list[Finding]:
    """Drop a backend's finding (LanguageTool) where one of newslint's own rules flagged the same text."""
    own: dict[str, list[tuple[int, int]]] = {}
    for finding in findings:
        if finding.code not in deferring:
            own.setdefault(finding.path, []).append((finding.start, finding.end))
    kept = []
    for finding in findings:
        if finding.code in deferring and any(
            s < finding.end and finding.start < e or s == e == finding.start for s, e in own.get(finding.path, [])
        ):
            continue
        kept.append(finding)
    return kept


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
