"""Adversarial inputs: each pattern at two sizes, to show that time grows linearly with size.

A super-linear regex or loop shows as a ratio far above the size ratio (4x the text taking 16x the
time). Usage: python bench/adversarial.py [--mb 1.0] [--only NAME]. Prints seconds per size and the
time ratio; exits 1 when any pattern's ratio exceeds 6 for a 4x size (or 1 MB takes over 2 s).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT.parent / "shared" / "corpora" / "clean-news"


def ordinary_news(size: int) -> str:
    """Real edited news when the clean corpus is beside the project, else a plain stand-in."""
    if CLEAN.is_dir():
        text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.txt")))
    else:
        text = "The council met on Monday and approved the budget after a long debate.\n\n" * 1000
    return (text * (size // len(text) + 1))[:size]


PATTERNS = {
    "exclamations.txt": lambda n: "!" * n,
    "spaces.txt": lambda n: "word" + " " * (n - 8) + "word",
    "mojibake-pairs.txt": lambda n: "Ãa" * (n // 2),
    "markdown-emphasis.md": lambda n: "**a" * (n // 3),
    "html-open-anchors.html": lambda n: "<a " * (n // 3),
    "html-open-attributes.html": lambda n: "<p>start " + '<a href="x ' * (n // 11),
    "html-open-comments.html": lambda n: "<p>start " + "<!-- open " * (n // 10),
    "html-unclosed-nesting.html": lambda n: "<div><span>word " * (n // 16),
    "html-card-grid.html": lambda n: '<div class="card"><a href="/x">Link</a><span>today</span></div>\n' * (n // 64),
    "suppressions.md": lambda n: "<!-- newslint-disable -->\n" * (n // 26),
    "straight-quotes.txt": lambda n: '"' * n,
    "doubled-words.txt": lambda n: "the " * (n // 4),
    "one-long-line.txt": lambda n: ("Officials said the plan was ready, and " * (n // 39 + 1))[:n],
    "glued-words.txt": lambda n: ("theGovernment" * (n // 13 + 1))[:n],
    "cyrillic-run.txt": lambda n: ("Москва " * (n // 7 + 1))[:n],
    "ordinary-news.txt": ordinary_news,
}


def time_lint(path: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "newslint", "--format", "json", str(path)],
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="the larger size, in MB (the smaller is a quarter)")
    parser.add_argument("--only", help="run one pattern")
    args = parser.parse_args()
    large = int(args.mb * 1_000_000)
    baseline = time_lint_text("ok.txt", "Fine.\n")
    print(f"start-up (a one-line file): {baseline:.2f} s; times below are minus start-up")
    failed = False
    for name, make in PATTERNS.items():
        if args.only and args.only not in name:
            continue
        small_s = max(0.0, time_lint_text(name, make(large // 4)) - baseline)
        large_s = max(0.0, time_lint_text(name, make(large)) - baseline)
        ratio = large_s / small_s if small_s > 0.05 else 0.0  # below that, start-up noise decides
        verdict = "ok"
        if (ratio > 6 and large_s > 0.2) or (large_s > 2.0 * args.mb):
            verdict = "SLOW"
            failed = True
        print(f"{name:<26} {large // 4 / 1e6:.2f} MB {small_s:6.2f} s   {large / 1e6:.2f} MB {large_s:6.2f} s   "
              f"ratio {ratio:4.1f}  {verdict}")
    return 1 if failed else 0


def time_lint_text(name: str, text: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return time_lint(path)


if __name__ == "__main__":
    sys.exit(main())
