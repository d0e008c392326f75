"""A quality score per article: findings weighted by severity and rule, per 1,000 words, and a
verdict band. People auditing a corpus or a translation vendor read these, not every finding.

Weights and bands are documented in the README and configurable (``[tool.newslint.quality]``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from newslint import regexes
from newslint.document import Document
from newslint.finding import Finding

SUMMARY_SCHEMA = 1
SEVERITY_WEIGHTS = {"error": 3.0, "warning": 1.0, "info": 0.25}
# Rules whose findings say more about translation damage than a single typo does.
RULE_WEIGHTS = {"FR001": 2.0, "FL001": 2.0, "CQ001": 1.5, "MJ001": 1.5, "BP001": 0.5, "WS001": 0.5}
# (upper bound of the score, verdict), in order; the last band has no bound.
BANDS = ((2.0, "clean"), (8.0, "needs a look"), (30.0, "machine-translation damage"), (float("inf"), "unusable"))
WORD = regexes.compile(r"\w+")


@dataclass(frozen=True)
class QualitySettings:
    severity_weights: dict[str, float] = field(default_factory=lambda: dict(SEVERITY_WEIGHTS))
    rule_weights: dict[str, float] = field(default_factory=lambda: dict(RULE_WEIGHTS))
    bands: tuple[tuple[float, str], ...] = BANDS


@dataclass(frozen=True)
class ArticleQuality:
    path: str
    words: int
    findings: int
    by_code: dict[str, int]
    weighted: float
    score: float  # weighted findings per 1,000 words
    verdict: str

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "words": self.words,
            "findings": self.findings,
            "by_code": self.by_code,
            "weighted_findings": round(self.weighted, 2),
            "score": round(self.score, 2),
            "verdict": self.verdict,
        }


def word_count(doc: Document) -> int:
    return len(WORD.findall(doc.text))


def assess(doc: Document, findings: Sequence[Finding], settings: QualitySettings | None = None) -> ArticleQuality:
    """The score and verdict of one article from its findings."""
    settings = settings or QualitySettings()
    words = word_count(doc)
    weighted = sum(
        settings.severity_weights.get(f.severity.value, 1.0) * settings.rule_weights.get(f.code, 1.0) for f in findings
    )
    score = 1000 * weighted / max(words, 100)  # short texts are judged as if 100 words long
    verdict = next(name for bound, name in settings.bands if score < bound)
    by_code = dict(sorted(Counter(f.code for f in findings).items()))
    return ArticleQuality(doc.path, words, len(findings), by_code, weighted, score, verdict)


def assess_all(
    documents: dict[str, Document], findings: Sequence[Finding], settings: QualitySettings | None = None
) -> list[ArticleQuality]:
    by_path: dict[str, list[Finding]] = {path: [] for path in documents}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    return [assess(documents[path], by_path[path], settings) for path in sorted(documents)]


def summary(qualities: Sequence[ArticleQuality]) -> dict:
    """The per-file summary of ``--format json --summary`` (versioned: ``schema``)."""
    bands = Counter(q.verdict for q in qualities)
    return {
        "schema": SUMMARY_SCHEMA,
        "files": [q.to_dict() for q in qualities],
        "verdicts": dict(bands),
    }
