"""Regression on the evaluation sets beside the project (../shared): seeds, the dev articles and the
scraped pages, scored by the project's own scorers. Each floor is two points below the figure this
version reached (see the closing notes), so a change that loses detection or precision fails here.
Skipped, with the reason, where ../shared is not present (a clone on its own)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
LINTER = f"{sys.executable} -m newslint --format json"

pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared (gold sets and scorers) is not beside the project")

# Figures reached by this version (2026-12-07); the floors are two points lower.
# Seeds precision: CQ001 flags 'this Monday' twice for a past day in the article whose gold marks
# the same calque on 'this Tuesday' (optional) but not on 'Monday': two extras the gold omits.
SEEDS = {"recall": 0.966, "precision": 0.973}
DEV = {"recall": 0.958, "precision": 0.993}
SCRAPED = {"bp001_recall_lines": 0.941, "bp001_fp_rate_max": 0.0204 + 0.005, "gold_all_per_1k_max": 0.47 + 0.25}
# Measured 0.31 findings per 1,000 words of edited news (ninth round): nearly all of them real slips
# of that text (typos, names spelled two ways, a space after a hyphen), listed in the README.
CLEAN_PER_1K_MAX = 0.33
MARGIN = 0.02


def scored(*args: str) -> dict:
    """The JSON summary line a scorer prints with --json."""
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=900, check=True)
    line = next(line for line in reversed(result.stdout.splitlines()) if line.startswith("{"))
    return json.loads(line)


def test_seeds_recall_and_precision() -> None:
    summary = scored(
        str(EVAL / "score.py"), "--json", "--cmd", LINTER, "gold", str(SHARED / "gold/seeds.json"), str(ROOT / "seeds")
    )
    assert summary["recall"] >= SEEDS["recall"] - MARGIN, summary
    assert summary["precision"] >= SEEDS["precision"] - MARGIN, summary


def test_dev_articles_recall_and_precision() -> None:
    summary = scored(
        str(EVAL / "score.py"),
        "--json",
        "--cmd",
        LINTER,
        "gold",
        str(SHARED / "gold/dev/gold.json"),
        str(SHARED / "gold/dev/articles"),
    )
    assert summary["recall"] >= DEV["recall"] - MARGIN, summary
    assert summary["precision"] >= DEV["precision"] - MARGIN, summary


def test_scraped_pages_chrome_recall_and_false_positives() -> None:
    summary = scored(str(EVAL / "scraped.py"), "--json", "--cmd", LINTER, str(SHARED / "corpora/scraped"))
    assert summary["bp001_recall_lines"] >= SCRAPED["bp001_recall_lines"] - MARGIN, summary
    assert summary["bp001_fp_rate"] <= SCRAPED["bp001_fp_rate_max"], summary
    assert summary["gold_all_per_1k"] <= SCRAPED["gold_all_per_1k_max"], summary


def test_clean_news_findings_stay_rare() -> None:
    summary = scored(str(EVAL / "score.py"), "--json", "--cmd", LINTER, "clean", str(SHARED / "corpora/clean-news"))
    assert summary["per_1000_words"] <= CLEAN_PER_1K_MAX, summary


def test_findings_do_not_depend_on_the_hash_seed() -> None:
    """Sets and dicts iterate in hash order: no finding or message may depend on it."""
    import os

    outputs = set()
    for seed in ("1", "2"):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "lint",
                "--format",
                "json",
                str(SHARED / "gold/dev/articles"),
                str(SHARED / "corpora/scraped/naive"),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=900,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
