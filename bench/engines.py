"""Benchmark the engines: one process (--jobs 1), forked workers (--jobs 2), and the Dask engine on
a LocalCluster of one and of two worker processes. Each is run REPEAT times on each folder; the
best time is reported (the machine is shared), as files and MB per second.

The Dask figures exclude starting the cluster (reported apart: a real cluster is started once);
the first Dask run on a cluster also loads the word data in each worker, so it is reported apart
too. Beside the wall time, the CPU seconds of every process involved (this one, forked workers,
cluster workers): on a shared machine the wall time suffers from other load, the CPU time shows
what parallelism costs. Usage: python bench/engines.py FOLDER [FOLDER ...]
(e.g. a big corpus: clean-news copied 16 times, see the README's section on the Dask engine).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

REPEAT = int(os.environ.get("REPEAT", "2"))


def size_of(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.suffix in (".txt", ".md", ".html")]
    return len(files), sum(p.stat().st_size for p in files)


def report(label: str, folder: Path, timing: tuple[float, float]) -> None:
    seconds, cpu = timing
    files, size = size_of(folder)
    rate = f"{files / seconds:6.0f} files/s  {size / 1e6 / seconds:5.2f} MB/s"
    print(f"{folder.name:>14}  {label:<26} {seconds:7.2f} s  {rate}  CPU {cpu:6.1f} s", flush=True)


def own_cpu() -> float:
    """CPU seconds of this process and of its ended children (forked workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def best(run, cpu=own_cpu, repeat: int = REPEAT) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the fastest of repeat runs."""
    timings = []
    for _ in range(repeat):
        cpu_before = cpu()
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started, cpu() - cpu_before))
    return min(timings)


def local(folders: list[Path]) -> None:
    from newslint.config import Config
    from newslint.registry import rules_for_config
    from newslint.runner import lint_paths, tune_garbage_collection

    tune_garbage_collection()
    for jobs in (1, 2):
        config = Config()
        config.jobs = jobs
        rules = rules_for_config(config)
        lint_paths([str(folders[0])], config, rules)  # word data loaded once, as in a long run
        for folder in folders:
            report(f"--jobs {jobs}", folder, best(lambda f=folder, c=config, r=rules: lint_paths([str(f)], c, r)))


def on_dask(folders: list[Path]) -> None:
    from distributed import Client, LocalCluster

    from newslint import dask as engine
    from newslint.config import Config
    from newslint.registry import rules_for_config

    config = Config()
    rules = rules_for_config(config)
    for workers in (1, 2):
        started = time.perf_counter()
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster:
            address = cluster.scheduler_address
            print(f"LocalCluster of {workers} worker(s) started in {time.perf_counter() - started:.1f} s", flush=True)
            with Client(address) as client:

                def cluster_cpu() -> float:
                    return own_cpu() + sum(client.run(own_cpu).values())

                first = best(
                    lambda a=address: engine.lint_paths([str(folders[0])], config, rules, scheduler=a), cluster_cpu, 1
                )
                report(f"dask {workers}w, first run", folders[0], first)
                for folder in folders:
                    timing = best(
                        lambda f=folder, a=address: engine.lint_paths([str(f)], config, rules, scheduler=a),
                        cluster_cpu,
                    )
                    report(f"dask {workers} worker(s)", folder, timing)


def main() -> None:
    folders = [Path(arg) for arg in sys.argv[1:]]
    if not folders:
        sys.exit(__doc__)
    print(f"{os.cpu_count()} cores; best of {REPEAT} runs", flush=True)
    local(folders)
    on_dask(folders)


if __name__ == "__main__":
    main()
