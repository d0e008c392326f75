"""The repository's pre-commit hook, installed by the real pre-commit into a scratch repository."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(
    shutil.which("pre-commit") is None or shutil.which("git") is None, reason="pre-commit and git are needed"
)


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_hook_fails_on_a_seed_and_passes_on_clean_text(tmp_path):
    source = tmp_path / "newslint"
    # try-repo needs a git repository: snapshot the working tree into one.
    shutil.copytree(
        ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "*.egg-info", "__pycache__", ".*cache")
    )
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "snapshot"]):
        subprocess.run(["git", *args], cwd=source, check=True, capture_output=True, env=env)
    work = tmp_path / "work"
    work.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=work, check=True, env=env)
    seed = next(SEEDS.glob("003_*.txt"))
    (work / "article.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (work / "clean.txt").write_text("The Bank of England left interest rates on hold on Thursday.\n", encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=work, check=True, env=env)

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["pre-commit", "try-repo", str(source), "newslint", "--files", *files],
            cwd=work,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )

    failing = try_repo("article.txt")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "CA001" in failing.stdout or "RT001" in failing.stdout
    passing = try_repo("clean.txt")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert Path(work / "clean.txt").exists()

    # The whole-corpus hook: a file list far too long for one command line (pre-commit would split
    # it for the per-file hook) is linted in one run, with the same findings as `newslint .`.
    desk = work / "desk"
    desk.mkdir()
    for index in range(2500):
        name = f"{index:04}-a-rather-long-file-name-for-a-wire-story-about-the-regional-council.txt"
        (desk / name).write_text(f"Councillor Marguerite Okonkwo-Baptiste met {index} residents.\n", encoding="utf-8")
    late = "Councillor Marguerite Okonkwo-Baptist met the the residents.\n"
    (desk / "9999-late.txt").write_text(late, encoding="utf-8")
    (work / "article.txt").unlink()
    subprocess.run(["git", "add", "-A"], cwd=work, check=True, env=env)
    hook = subprocess.run(
        ["pre-commit", "try-repo", str(source), "newslint-corpus", "--all-files"],
        cwd=work, capture_output=True, text=True, env=env, timeout=900,
    )
    direct = subprocess.run(
        [sys.executable, "-m", "newslint", ".", "--no-show-source"], cwd=work, capture_output=True, text=True
    )
    assert reported(hook.stdout) == reported(direct.stdout) != set(), hook.stdout + hook.stderr
    assert hook.returncode == 1


def reported(output: str) -> set[str]:
    """'path:line:col: CODE' of every finding a text report holds."""
    return {" ".join(line.split()[:2]) for line in output.splitlines() if re.match(r"\S+:\d+:\d+: [A-Z]+\d+ ", line)}
