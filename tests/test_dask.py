"""The Dask engine (newslint.dask) on a LocalCluster of two worker processes: the same findings,
notes and errors as one process, on the evaluation sets beside the project and on own files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the Dask engine needs dask: pip install 'newslint[dask]'")
pytest.importorskip("distributed", reason="the Dask engine needs distributed: pip install 'newslint[dask]'")
pytest.importorskip("fsspec", reason="the Dask engine needs fsspec: pip install 'newslint[dask]'")

from conftest import ROOT, run_cli  # noqa: E402

from newslint import dask as engine  # noqa: E402
from newslint.config import Config  # noqa: E402
from newslint.output import render_json  # noqa: E402
from newslint.registry import rules_for_config  # noqa: E402
from newslint.runner import lint_paths  # noqa: E402

SHARED = Path(os.environ.get("NEWSLINT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="module")
def scheduler() -> str:
    """A cluster of two worker processes for the module (started once: a few seconds)."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        yield cluster.scheduler_address


def _both(paths: list[str], scheduler: str, **options) -> tuple[tuple, tuple]:
    config = Config()
    rules = rules_for_config(config)
    here = lint_paths(paths, config, rules, **options)
    there = engine.lint_paths(paths, config, rules, scheduler=scheduler, **options)
    return tuple(
        (render_json(result.findings, result.documents), result.notes, [str(error) for error in result.errors])
        for result in (here, there)
    )


@pytest.mark.parametrize("folder", ["gold/dev/articles", "corpora/scraped/naive", "corpora/scraped/html"])
def test_the_cluster_finds_what_one_process_finds(scheduler: str, folder: str) -> None:
    path = SHARED / folder
    if not path.is_dir():
        pytest.skip(f"{path} (the evaluation sets) is not beside the project")
    here, there = _both([str(path)], scheduler)
    assert json.loads(here[0])
    assert here == there


STORY = "Minister Radomir Vukotić met Zoran Bjelobrk in Podgorica. Vukotić said talks went well.\n"
FOLLOW_UP = "<html><body><p>Vukotic told <b>Bjelobrk</b> that Radomir would return to Podgorica.</p></body></html>\n"


def _archive(root: Path) -> Path:
    (root / "news").mkdir()
    (root / "news" / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "news" / "b.html").write_text(FOLLOW_UP, encoding="utf-8")
    (root / "news" / "c.txt").write_text("The mayor spoke on Monday.The council agreed.\n", encoding="utf-8")
    (root / "news" / "d.txt").write_text(
        "Die Stadt hat am Montag den neuen Haushalt beschlossen, sagte der Bürgermeister.\n", encoding="utf-8"
    )
    (root / "news" / "e.txt").write_bytes(b"\xff\xfe\x00broken")
    (root / "old").mkdir()
    (root / "old" / "f.txt").write_text("Vukotić and Bjelobrk met in Podgorica in May.\n", encoding="utf-8")
    return root


def test_own_files_errors_notes_and_evidence_only_files(scheduler: str, tmp_path: Path) -> None:
    root = _archive(tmp_path)
    paths = [str(root / "news"), str(root / "missing")]
    here, there = _both(paths, scheduler, corpus_paths=[str(root / "old")])
    assert here == there
    findings = json.loads(there[0])
    assert {Path(f["path"]).name for f in findings} >= {"b.html", "c.txt"}
    cross = [f for f in findings if f["code"] == "NC001" and f["related"][0]["path"] != f["path"]]
    assert cross and cross[0]["related"][0]["start"]["line"] == 1
    assert any("not English" in note for note in there[1]) and len(there[2]) >= 1


def test_urls_are_read_with_fsspec(scheduler: str, tmp_path: Path) -> None:
    root = _archive(tmp_path)
    (root / "news" / "e.txt").unlink()
    local = engine.lint_paths([str(root / "news")], Config(), rules_for_config(Config()), scheduler=scheduler)
    url = engine.lint_paths([(root / "news").as_uri()], Config(), rules_for_config(Config()), scheduler=scheduler)
    assert [f.path for f in url.findings] == [Path(f.path).as_uri() for f in local.findings]
    assert [(f.code, f.start, f.end, f.message) for f in url.findings] == [
        (f.code, f.start, f.end, f.message) for f in local.findings
    ]


def test_command_line_engine_dask(scheduler: str, tmp_path: Path) -> None:
    root = _archive(tmp_path)
    news = str(root / "news")
    local = run_cli(news, "--format", "json", "--jobs", "1")
    dask = run_cli(news, "--format", "json", "--engine", "dask", "--scheduler", scheduler)
    assert json.loads(local.stdout) and dask.stdout == local.stdout
    assert dask.stderr == local.stderr
    refused = run_cli(news, "--engine", "dask", "--fix", "--scheduler", scheduler)
    assert refused.returncode == 2 and "--engine local" in refused.stderr
