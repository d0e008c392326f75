"""BP001 on the invented probe pages of tests/data/boilerplate_probe (one file per language).

Each page is linted twice: as `lines` (one line per block, as a naive scraper keeps a page; with
many short lines newslint judges it as a scraped page) and as `text`, a machine-translated article
(a blank line between blocks, so the first line stands where a headline would).
Prints, per page and overall, the chrome lines flagged (recall) and the article lines flagged
(false positives); -v lists every line judged wrong.

Usage: python bench/bp_probe.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newslint.config import Config
from newslint.registry import select_rules
from newslint.runner import lint_documents
from newslint.sources import make_document

PROBE = Path(__file__).resolve().parent.parent / "tests" / "data" / "boilerplate_probe"
RENDERINGS = {"lines": "\n", "text": "\n\n"}


def load(path: Path) -> list[tuple[str, str]]:
    """(mark, line) for each marked line of a probe file: C chrome, A article (and a, article text
    that a scraped page may lose: counted as article here)."""
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        mark, _, line = raw.partition(" ")
        if mark in ("C", "A", "a") and line.strip():
            rows.append((mark.upper(), line))
    return rows


def flagged_lines(rows: list[tuple[str, str]], joiner: str) -> list[bool]:
    """Which lines of the rendered page a BP001 finding touches."""
    text = joiner.join(line for _, line in rows) + "\n"
    doc = make_document("probe.txt", text, "text")
    findings = lint_documents([doc], Config(), select_rules(["BP001"], [])).findings
    starts, offset = [], 0
    for _, line in rows:
        starts.append((offset, offset + len(line)))
        offset += len(line) + len(joiner)
    return [any(f.start < end and f.end > start for f in findings) for start, end in starts]


def main() -> None:
    verbose = "-v" in sys.argv
    totals = {name: [0, 0, 0, 0] for name in RENDERINGS}  # chrome hit, chrome, article hit, article
    for path in sorted(PROBE.glob("*.txt")):
        rows = load(path)
        cells = []
        for name, joiner in RENDERINGS.items():
            flags = flagged_lines(rows, joiner)
            chrome = [flag for (mark, _), flag in zip(rows, flags, strict=True) if mark == "C"]
            article = [flag for (mark, _), flag in zip(rows, flags, strict=True) if mark == "A"]
            counts = (sum(chrome), len(chrome), sum(article), len(article))
            totals[name] = [a + b for a, b in zip(totals[name], counts, strict=True)]
            cells.append(f"{name} chrome {counts[0]:>2}/{counts[1]:<2} article {counts[2]}/{counts[3]:<2}")
            if verbose:
                for (mark, line), flag in zip(rows, flags, strict=True):
                    if (mark == "C") != flag:
                        print(f"    {path.stem:<11} {name}: {'missed' if mark == 'C' else 'FALSE '} {line}")
        print(f"{path.stem:<11} " + "   ".join(cells))
    for name, (hit, chrome, false, article) in totals.items():
        print(
            f"{name}: chrome recall {hit}/{chrome} = {100 * hit / chrome:.1f}%, "
            f"article lines flagged {false}/{article} = {100 * false / article:.1f}%"
        )


if __name__ == "__main__":
    main()
