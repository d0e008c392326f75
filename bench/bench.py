"""Benchmark: time linting the seeds and the clean-news corpus, and one article process start to exit.

Prints files and MB per second, and peak memory. Usage: python bench/bench.py [CORPUS_DIR ...]
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [ROOT / "seeds", ROOT.parent / "shared" / "corpora" / "clean-news"]


def measure_in_process(folder: Path) -> None:
    from newslint.config import Config
    from newslint.registry import select_rules
    from newslint.runner import lint_paths, tune_garbage_collection

    tune_garbage_collection()  # as the command line does

    files = [p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html")]
    size = sum(p.stat().st_size for p in files)
    rules = select_rules(["ALL"], [])
    lint_paths([str(ROOT / "seeds")], Config(), rules)  # warm: word data loaded once per process
    for label in ("first pass", "second pass, word caches warm"):
        started = time.perf_counter()
        result = lint_paths([str(folder)], Config(), rules)
        elapsed = time.perf_counter() - started
        print(
            f"{folder.name} ({label}): {len(files)} files, {size / 1e6:.2f} MB, {len(result.findings)} findings "
            f"in {elapsed:.2f} s = {len(files) / elapsed:.0f} files/s, {size / 1e6 / elapsed:.2f} MB/s on one core"
        )


def compile_bytecode() -> None:
    """An installed package has its bytecode; a checkout run with PYTHONDONTWRITEBYTECODE (or a
    read-only one) compiles every module at every start (about 0.13 s): compile it once here."""
    import compileall

    for folder in ("lint", "rules"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def measure_single_article() -> None:
    article = next((ROOT / "seeds").glob("003_*.txt"))
    bare = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=False)
        bare.append(time.perf_counter() - started)
    print(f"python -c pass: best {min(bare):.3f} s")
    for label, options in (("linted", ["--no-cache"]), ("unchanged, from the result cache", [])):
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newslint", *options, str(article)], capture_output=True, check=False)
            runs.append(time.perf_counter() - started)
        print(f"one article ({label}), process start to exit: best {min(runs):.2f} s of {len(runs)}")


def main() -> None:
    folders = [Path(arg) for arg in sys.argv[1:]] or [p for p in DEFAULT_CORPORA if p.is_dir()]
    compile_bytecode()
    measure_single_article()
    for folder in folders:
        measure_in_process(folder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
