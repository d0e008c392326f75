"""The base every rule derives from. A rule module defines one subclass; the registry finds it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from newslint.finding import Finding, Fix, Related, Severity

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.corpus import DocumentEntry
    from newslint.document import Document


class Rule:
    """A check for one artifact family.

    Subclasses set ``code``, ``name`` (kebab-case), ``severity``, ``summary`` (one line) and a
    docstring (what it finds, why it matters, an example), and implement ``check`` and/or
    ``check_corpus``.

    Cross-file evidence comes as statistics, never as the other documents (see newslint.corpus):
    ``check`` reads ``doc.corpus`` (the statistics it names in ``corpus_statistics``), and
    ``check_corpus`` is called once with an entry per linted English document (its name
    spellings, and in ``evidence`` what the per-file rules found in it, see newslint.evidence).
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    english_only: ClassVar[bool] = True
    enabled_by_default: ClassVar[bool] = True
    # A backend (LanguageTool) whose findings give way where newslint's own rules flagged the text.
    defers_to_other_rules: ClassVar[bool] = False
    # Codes whose finding explains this rule's on the same text better: where one overlaps, this
    # rule's finding is dropped (mojibake Cyrillic is no untranslated Russian).
    gives_way_to: ClassVar[frozenset[str]] = frozenset()
    # Whether check reads doc.evidence: the rule then runs after the others on each document and
    # sees what they found there (see newslint.evidence).
    reads_evidence: ClassVar[bool] = False
    # The corpus statistics this rule reads (newslint.corpus names them); only these are gathered.
    corpus_statistics: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, config: Config) -> None:
        self.config = config
        self.notes: list[str] = []  # one-line messages for the user (a backend that is unavailable)

    def check(self, doc: Document) -> Iterable[Finding]:
        return ()

    def check_corpus(self, docs: Sequence[DocumentEntry]) -> Iterable[Finding]:
        return ()

    def finding(
        self,
        doc: Document | DocumentEntry,
        start: int,
        end: int,
        message: str,
        *,
        fix: Fix | None = None,
        severity: Severity | None = None,
        related: list[Related] | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            message=message,
            start=start,
            end=end,
            severity=severity or self.severity,
            fix=fix,
            related=related or [],
            path=doc.path,
        )

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or cls.summary)
