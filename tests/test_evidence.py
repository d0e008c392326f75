"""The evidence stage: the corpus pass reads what the per-file rules found; unselected rules never run."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newslint.config import Config
from newslint.corpus import DocumentEntry
from newslint.finding import Finding
from newslint.registry import select_rules
from newslint.rule import Rule
from newslint.runner import lint_documents
from newslint.sources import make_document


class DamagedOnly(Rule):
    """Test rule: a corpus-pass finding on each document that shows translation damage."""

    code = "ZZ999"
    name = "damaged-only"
    summary = "test"

    def check_corpus(self, docs: Sequence[DocumentEntry]) -> Iterator[Finding]:
        for doc in docs:
            if doc.evidence.translation_damage:
                yield self.finding(doc, 0, 1, f"damage {doc.evidence.translation_damage}")


def test_corpus_pass_reads_the_per_file_evidence() -> None:
    damaged = make_document("a.txt", "The mayor spoke on Monday.The council agreed with the plan.\n")
    clean = make_document("b.txt", "The minister spoke. The president agreed with the plan.\n")
    rules = [*select_rules(["RT001"], []), DamagedOnly]
    findings = lint_documents([damaged, clean], Config(), rules).findings
    assert [(f.path, f.code) for f in findings if f.code == "ZZ999"] == [("a.txt", "ZZ999")]
    assert damaged.evidence.codes["RT001"] >= 1 and clean.evidence.translation_damage == 0


def test_unselected_rules_give_no_evidence() -> None:
    damaged = make_document("a.txt", "The mayor spoke on Monday.The council agreed with the plan.\n")
    findings = lint_documents([damaged], Config(), [DamagedOnly]).findings
    assert findings == [] and damaged.evidence.translation_damage == 0
