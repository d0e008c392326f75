"""Benchmark the result cache: a cold run (empty cache folder) against a warm one (nothing changed)
of the command line on a folder, with --jobs 1 and with the default jobs (all cores), plus a run
with --no-cache for what the cache costs a cold run. Each figure is the best of REPEAT runs (the
machine may be shared), each cold run with a fresh cache folder (made beside the real cache, in
newslint's cache folder, and removed; BENCH_CACHE_PARENT puts it elsewhere); the findings of every
run are compared (sorted JSON) with the --no-cache run's.

Usage: python bench/result_cache.py [FOLDER]   (default: /work/shared/corpora/clean-news)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = int(os.environ.get("REPEAT", "3"))
DEFAULT_FOLDER = "/work/shared/corpora/clean-news"


def run(folder: str, jobs: list[str], cache: list[str]) -> tuple[float, list]:
    """(wall seconds, the findings sorted) of one command-line run."""
    command = [sys.executable, "-m", "newslint", "--format", "json", *jobs, *cache, folder]
    environment = {key: value for key, value in os.environ.items() if key != "NEWSLINT_NO_CACHE"}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=environment)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"newslint failed ({done.returncode}): {done.stderr}")
    findings = json.loads(done.stdout)
    return seconds, sorted(findings, key=lambda finding: json.dumps(finding, sort_keys=True))


def scratch_folder() -> Path:
    """Where the fresh cache folders go: beside the real cache (same file system), not /tmp,
    which may be another and slower one (creating a file in /tmp took 0.6 ms on the machine the
    README's figures come from, 0.15 ms in ~/.cache)."""
    from newslint.result_cache import default_folder

    folder = Path(os.environ.get("BENCH_CACHE_PARENT") or default_folder().parent)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def measure(folder: str, jobs: list[str]) -> None:
    label = " ".join(jobs) or "default jobs"
    plain, cold, warm = [], [], []
    reference = None
    for _ in range(REPEAT):
        seconds, findings = run(folder, jobs, ["--no-cache"])
        plain.append(seconds)
        reference = reference if reference is not None else findings
        with tempfile.TemporaryDirectory(prefix="bench-", dir=scratch_folder()) as folder_of_cache:
            cache = ["--cache-dir", folder_of_cache]
            seconds, cold_findings = run(folder, jobs, cache)
            cold.append(seconds)
            seconds, warm_findings = run(folder, jobs, cache)
            warm.append(seconds)
        if not (findings == cold_findings == warm_findings == reference):
            raise SystemExit(f"{label}: the findings differ with the cache")
    print(
        f"{label:>12}: --no-cache {min(plain):5.2f} s   cold {min(cold):5.2f} s   warm {min(warm):5.2f} s   "
        f"cold/warm {min(cold) / min(warm):4.1f}x   no-cache/warm {min(plain) / min(warm):4.1f}x   "
        f"({len(reference)} findings, identical)",
        flush=True,
    )


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FOLDER
    files = sum(1 for path in Path(folder).rglob("*") if path.suffix in (".txt", ".md", ".html", ".htm"))
    print(f"{folder}: {files} files, best of {REPEAT} runs", flush=True)
    for jobs in (["--jobs", "1"], []):
        measure(folder, jobs)


if __name__ == "__main__":
    main()
