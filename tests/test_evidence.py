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


class SeesDamage(Rule):
    """Test rule: reads the evidence of the rules run before it on the same document."""

    code = "ZZ998"
    name = "sees-damage"
    summary = "test"
    reads_evidence = True

    def check(self, doc):
        if doc.shows_translation():
            yield self.finding(doc, 0, 1, "damaged")


DAMAGED = "The mayor spoke «on Monday» and the council met on Tuesday。 The plan passed with a large majority.\n"
EDITED = "The mayor spoke on Monday and the council met on Tuesday. The plan passed with a large majority.\n"
GIVES_EVIDENCE = ["QU001", "PU001"]


def test_a_rule_that_reads_evidence_runs_after_the_others_on_the_same_document() -> None:
    rules = [SeesDamage, *select_rules(GIVES_EVIDENCE, [])]  # listed first, run second
    damaged, edited = make_document("a.txt", DAMAGED), make_document("b.txt", EDITED)
    findings = lint_documents([damaged, edited], Config(), rules).findings
    assert [(f.path, f.code) for f in findings if f.code == "ZZ998"] == [("a.txt", "ZZ998")]
    by_rule = [f.code for f in findings if f.path == "a.txt"]
    assert by_rule[0] == "ZZ998" and set(by_rule[1:]) == {"QU001", "PU001"}, "findings keep the order of the rules"


def test_without_the_rules_that_give_evidence_the_signal_stays_off() -> None:
    findings = lint_documents([make_document("a.txt", DAMAGED)], Config(), [SeesDamage]).findings
    assert findings == []


def test_damage_must_be_dense_in_a_long_text() -> None:
    padding = "The council will meet again next month to discuss the budget for the coming year.\n" * 120
    rules = [SeesDamage, *select_rules(GIVES_EVIDENCE, [])]
    findings = lint_documents([make_document("a.txt", DAMAGED + padding)], Config(), rules).findings
    assert "ZZ998" not in [f.code for f in findings], "three slips in 1,800 words are no translation"
    assert len(findings) == 3


class MarksOneName(Rule):
    """Test rule under NS001's code: reports the name 'Chatchart' as a misspelling."""

    code = "NS001"
    name = "marks-one-name"
    summary = "test"

    def check(self, doc) -> Iterator[Finding]:
        start = doc.text.find("Chatchart")
        if start >= 0:
            yield self.finding(doc, start, start + len("Chatchart"), "a misspelling")


def test_nc001_leaves_a_name_ns001_reported() -> None:
    text = "Governor Chadchart Sittipunt opened the canal. Chatchart said boats would run daily.\n"
    alone = lint_documents([make_document("a.txt", text)], Config(), select_rules(["NC001"], [])).findings
    assert [(f.code, text[f.start : f.end]) for f in alone] == [("NC001", "Chatchart")]
    both = lint_documents([make_document("a.txt", text)], Config(), [*select_rules(["NC001"], []), MarksOneName])
    assert [(f.code, text[f.start : f.end]) for f in both.findings] == [("NS001", "Chatchart")]
