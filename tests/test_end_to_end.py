"""newslint seeds/ against the gold spans: the figures issue 2 promises, measured as score.py does."""

import json
from collections import Counter
from pathlib import Path

from conftest import SEEDS, run_cli

GOLD = json.loads((Path(__file__).parent / "data" / "seeds_gold.json").read_text(encoding="utf-8"))
TEXT_LEVEL = ("boilerplate", "run-together", "stray-punctuation", "quotes", "capitalization", "repetition")


def overlaps(finding, span):
    s, e = finding["start"]["offset"], finding["end"]["offset"]
    return s < span["end"] and span["start"] < e if s != e else span["start"] <= s <= span["end"]


def test_recall_per_category_and_precision_on_the_seeds():
    findings = json.loads(run_cli(str(SEEDS), "--format", "json").stdout)
    by_file: dict[str, list] = {}
    for finding in findings:
        by_file.setdefault(Path(finding["path"]).name, []).append(finding)
    hit, total = Counter(), Counter()
    right = 0
    for name, spans in GOLD.items():
        for span in spans:
            if span.get("optional"):
                continue
            total[span["category"]] += 1
            hit[span["category"]] += any(overlaps(f, span) for f in by_file.get(name, []))
        right += sum(any(overlaps(f, span) for span in spans) for f in by_file.get(name, []))
    for category in TEXT_LEVEL:
        assert hit[category] / total[category] >= 0.9, (category, hit[category], total[category])
    assert right / len(findings) >= 0.9
