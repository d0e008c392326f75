"""Command-line options a team adopting newslint expects from Ruff: exclusion (globs, .gitignore,
--force-exclude), --fail-level, --output-file, --corpus, and rule look-up by prefix or near miss."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

DOUBLED = "The the council met on Friday.\n"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "story.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "draft.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text('exclude = ["archive/"]\n', encoding="utf-8")
    return tmp_path


def linted(result) -> set[str]:
    return {Path(f["path"]).name for f in json.loads(result.stdout)}


def test_config_globs_and_gitignore_leave_files_out(desk: Path) -> None:
    assert linted(run_cli(str(desk), "--format", "json")) == {"story.txt"}
    assert linted(run_cli(str(desk), "--format", "json", "--no-respect-gitignore")) == {"story.txt", "draft.txt"}
    assert linted(run_cli(str(desk), "--format", "json", "--exclude", "story.txt")) == {"old.txt"}
    assert linted(run_cli(str(desk), "--format", "json", "--extend-exclude", "story.txt")) == set()


def test_explicit_files_are_linted_unless_force_exclude(desk: Path) -> None:
    old = str(desk / "archive" / "old.txt")
    assert linted(run_cli(old, "--format", "json")) == {"old.txt"}
    assert linted(run_cli(old, "--format", "json", "--force-exclude")) == set()


def test_fail_level_sets_the_exit_code(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(DOUBLED, encoding="utf-8")  # a warning only
    assert run_cli(str(path)).returncode == 1
    assert run_cli(str(path), "--fail-level", "warning").returncode == 1
    assert run_cli(str(path), "--fail-level", "error").returncode == 0
    assert run_cli(str(path), "--fail-level", "loud").returncode == 2


def test_output_file_receives_the_report(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(DOUBLED, encoding="utf-8")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    result = run_cli(str(path), "--format", "json", "--output-file", str(report))
    assert result.stdout == ""
    assert [f["code"] for f in json.loads(report.read_text(encoding="utf-8"))] == ["RE001"]


def test_corpus_gives_evidence_but_is_not_reported(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text(DOUBLED, encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(DOUBLED, encoding="utf-8")
    result = run_cli(str(new), "--corpus", str(archive), "--format", "json")
    assert linted(result) == {"new.txt"}


def test_rule_lookup_by_prefix_and_near_miss() -> None:
    listing = run_cli("rule", "N")
    assert listing.returncode == 0
    assert "NS001" in listing.stdout and "NC001" in listing.stdout
    miss = run_cli("rule", "capitalisation")
    assert miss.returncode == 2
    assert "did you mean 'capitalization' (CA001)?" in miss.stderr


def test_findings_per_rule_are_capped_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_text("Officials said the the plan works. " * 30 + "\n", encoding="utf-8")
    (tmp_path / "newslint.toml").write_text("max-findings-per-rule = 0\n", encoding="utf-8")
    everything = len(json.loads(run_cli(str(path), "--format", "json", "--select", "RE001").stdout))
    assert everything >= 30
    (tmp_path / "newslint.toml").write_text("max-findings-per-rule = 5\n", encoding="utf-8")
    result = run_cli(str(path), "--format", "json", "--select", "RE001")
    assert len(json.loads(result.stdout)) == 5
    assert f"{everything - 5} more RE001 findings not shown (max-findings-per-rule = 5)" in result.stderr


def test_jobs_give_the_same_findings(tmp_path: Path) -> None:
    for index in range(12):
        text = f"Mayor Ilse Vandermeer opened bridge {index}. The the council met.Then it voted.\n"
        (tmp_path / f"story{index:02}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "odd.txt").write_text("Mayor Ilse Vandermer spoke on Friday.\n", encoding="utf-8")
    one = run_cli(str(tmp_path), "--format", "json", "--jobs", "1").stdout
    two = run_cli(str(tmp_path), "--format", "json", "--jobs", "2").stdout
    assert json.loads(one) and one == two


def test_watch_relints_a_changed_file(tmp_path: Path) -> None:
    import sys
    import time

    story = tmp_path / "story.txt"
    story.write_text("The council met on Friday.\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", "from newslint.cli import main; main()", str(tmp_path), "--watch", "--no-show-source"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert "watching for changes" in process.stderr.readline()
        time.sleep(0.5)
        story.write_text("The council met on Friday.\nThe the vote followed.\n", encoding="utf-8")
        deadline = time.monotonic() + 60
        seen = ""
        while time.monotonic() < deadline and "RE001" not in seen:
            seen += process.stdout.readline()
        assert "story.txt:2:1: RE001" in seen
    finally:
        process.kill()
        process.wait()


def test_progress_bar_only_on_a_terminal_outside_ci(tmp_path: Path, monkeypatch) -> None:
    import sys

    from newslint import cli

    big = tmp_path / "big.txt"
    big.write_text("word " * 500_000, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("word\n", encoding="utf-8")

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.delenv("CI", raising=False)
    assert cli._wants_progress([str(big)]) and not cli._wants_progress([str(small)])
    monkeypatch.setenv("CI", "true")
    assert not cli._wants_progress([str(big)])
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys, "stderr", open(os.devnull, "w"))  # a pipe or a file: never
    assert not cli._wants_progress([str(big)])
    assert "linting" not in run_cli(str(big), "--select", "WS001").stderr
