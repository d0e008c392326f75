"""Property-based tests: any text, Markdown or HTML (CRLF, BOM, random Unicode, news-like token soup)
lints without an exception, findings point inside the text with agreeing line and column, and fixing
is safe: no overlaps, nothing safe left, idempotent, nothing outside the edits changed.

Bounded for CI; `pytest -m fuzz` runs the long version (NEWSLINT_FUZZ_EXAMPLES, default 100,000).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.fixes import apply_edits, fix_until_stable, source_edits
from newslint.registry import select_rules
from newslint.runner import lint_documents
from newslint.sources import make_document

RULES = select_rules(["ALL"], [])
CONFIG = Config()
PIECES = [
    "the", "The", "the the", "said", "Minister", "Kyiv", "kyiv", "«", "»", "„", "“", "”", '"', "'", "’", ",", ".",
    ",.", " ,", "¿", "。", "，", "、", "Ã©", "â€™", "\u00a0", "\u200b", "\u200f", "  ", "\t", "\n", "\n\n", "\r\n",
    "Read also:", "Share", "Photo: Agency", "12:40", "3.5%", "Москва", "東京", "مرحبا", "iPhone", "theGovernment",
    "since two years", "#", "**", "`", "<p>", "</p>", "<a href='x'>", "</a>", "&amp;", "<!-- newslint-disable -->",
    "- ", "> ", "---", "[link](http://example.com)", "😀", "\ufeff", "e\u0301",
]

soup = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
unicode_text = st.text(max_size=300)
texts = st.one_of(soup, unicode_text, st.tuples(soup, unicode_text).map("".join))
kinds = st.sampled_from(["text", "markdown", "html"])
bom = st.booleans()

FUZZ = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "100000"))
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
LONG = settings(max_examples=FUZZ, deadline=None, suppress_health_check=list(HealthCheck))


def lint(text: str, kind: str):
    doc = make_document(f"t.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[kind] }", text, kind)
    return doc, lint_documents([doc], CONFIG, RULES).findings


def check_findings(text: str, kind: str) -> None:
    doc, findings = lint(text, kind)
    lines = text.split("\n")
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(doc.text), finding
        line, column, offset = doc.position(finding.start)
        assert 0 <= offset <= len(text)
        start_of_line = sum(len(item) + 1 for item in lines[: line - 1])
        bom_shift = 1 if line == 1 and text.startswith("\ufeff") and offset > 0 else 0
        assert offset - start_of_line + 1 - bom_shift == column, (finding, line, column, offset)


def check_fixes(text: str, kind: str, unsafe: bool) -> None:
    doc, findings = lint(text, kind)
    chosen = []
    for finding in findings:
        if finding.fix is None or (not unsafe and finding.fix.applicability.value != "safe"):
            continue
        edits = source_edits(finding, doc)
        if edits:
            chosen.append(edits)
    fixed_once, _ = apply_edits(doc.source, findings, doc, unsafe)
    # Bytes outside every applied edit are unchanged: the text before the first edit and after the last.
    flat = sorted((e.start, e.end) for edits in chosen for e in edits)
    if flat:
        assert fixed_once.startswith(text[: flat[0][0]])
        assert fixed_once.endswith(text[max(end for _, end in flat) :])
    else:
        assert fixed_once == text

    def run(docs):
        return lint_documents(docs, CONFIG, RULES).findings

    def rebuild(old, new_text):
        return make_document(old.path, new_text, old.kind)

    outcome = fix_until_stable([doc], run, rebuild, unsafe)
    fixed = outcome.texts[doc.path]
    again = fix_until_stable([rebuild(doc, fixed)], run, rebuild, unsafe)
    assert again.texts[doc.path] == fixed, "fixing twice changed the text again"
    final = rebuild(doc, fixed)
    remaining = run([final])
    assert not [f for f in remaining if f.fix and f.fix.applicability.value == "safe" and source_edits(f, final)]


def prepare(text: str, with_bom: bool, crlf: bool) -> str:
    text = text.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    return ("\ufeff" + text.lstrip("\ufeff")) if with_bom else text


@QUICK
@given(texts, kinds, bom, st.booleans())
def test_findings_are_in_bounds_with_agreeing_positions(text: str, kind: str, with_bom: bool, crlf: bool) -> None:
    check_findings(prepare(text, with_bom, crlf), kind)


@QUICK
@given(soup, kinds, st.booleans())
def test_fixes_are_safe_and_idempotent(text: str, kind: str, unsafe: bool) -> None:
    check_fixes(text, kind, unsafe)


@pytest.mark.fuzz
@LONG
@given(texts, kinds, bom, st.booleans(), st.booleans())
def test_long_fuzz(text: str, kind: str, with_bom: bool, crlf: bool, unsafe: bool) -> None:
    text = prepare(text, with_bom, crlf)
    check_findings(text, kind)
    check_fixes(text, kind, unsafe)
