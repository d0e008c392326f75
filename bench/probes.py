"""Score newslint on the blind probe sets in bench/probes/: articles written for newslint by a
helper that saw neither the rules nor the evaluation data, each artifact marked inline as
⟦category¦text¦note⟧ (⟦category?¦...⟧: optional). Measured blind once, they are now a check
that general detectors keep working: do not add patterns for their exact strings.

Usage: python bench/probes.py [-v] [SET ...]   (needs ../shared/eval/score.py beside the project)
A SET is a folder name under bench/probes/ or the path of a folder holding src/ (a new set scored
before it joins); -v lists every miss and extra finding.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "bench" / "probes"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
MARK = re.compile(r"⟦([a-z-]+)(\?)?¦([^¦⟦⟧]*)¦([^¦⟦⟧]*)⟧")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")


def plain_and_spans(marked: str) -> tuple[str, list[dict]]:
    """The article without its markup, and the marked spans as offsets into it."""
    parts: list[str] = []
    spans = []
    length = position = 0
    for match in MARK.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        category, optional, text, note = match.groups()
        text = ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
        spans.append(
            {
                "start": length,
                "end": length + len(text),
                "category": category,
                "text": text,
                "note": note,
                "optional": bool(optional),
            }
        )
        parts.append(text)
        length += len(text)
        position = match.end()
    parts.append(marked[position:])
    return "".join(parts), spans


def score(name: str, verbose: bool = False) -> None:
    probe_set = Path(name) if "/" in name else PROBES / name
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "articles"
        articles.mkdir()
        gold = {}
        for source in sorted((probe_set / "src").glob("*.txt")):
            text, spans = plain_and_spans(source.read_text(encoding="utf-8"))
            (articles / source.name).write_text(text, encoding="utf-8")
            gold[source.name] = spans
        gold_path = Path(folder) / "gold.json"
        gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        command = [sys.executable, str(SCORER), "--cmd", "newslint --no-cache --format json"]
        command += ["-v", "gold"] if verbose else ["gold"]
        result = subprocess.run([*command, str(gold_path), str(articles)], capture_output=True, text=True)
        print(f"== {name}\n{result.stdout.strip()}")


if __name__ == "__main__":
    verbose = "-v" in sys.argv[1:]
    names = [arg for arg in sys.argv[1:] if arg != "-v"]
    for name in names or sorted(path.name for path in PROBES.iterdir() if path.is_dir()):
        score(name, verbose)
