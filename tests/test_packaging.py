"""The built wheel installs as one import package, `newslint`, beside PyPI's unrelated `rules`
package (django-rules), and lints a seed there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="building the wheel needs git")


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=900, **kwargs)


def test_wheel_installs_beside_pypi_rules_and_lints(tmp_path: Path) -> None:
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT))
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("newslint-*.whl"))
    top_level = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {entry for entry in top_level if not entry.endswith(".dist-info")} == {"newslint"}

    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", str(venv)).returncode == 0
    python = venv / "bin" / "python"
    installed = run(str(python), "-m", "pip", "install", "--quiet", str(wheel), "rules")
    assert installed.returncode == 0, installed.stderr[-2000:]
    env = {**os.environ, "PYTHONPATH": ""}
    api = run(str(python), "-c", "import newslint; print(newslint.lint_text('The the plan.'))", cwd=tmp_path, env=env)
    assert "RE001" in api.stdout, api.stderr[-2000:]
    other = run(str(python), "-c", "import rules; print(rules.__file__)", cwd=tmp_path, env=env)
    assert "site-packages/rules" in other.stdout  # PyPI's package, untouched
    seed = next(SEEDS.glob("*.txt"))
    linted = run(str(venv / "bin" / "newslint"), str(seed), "--statistics", cwd=tmp_path, env=env)
    assert linted.returncode == 1 and "BP001" in linted.stdout, linted.stdout + linted.stderr[-2000:]
    module = run(str(python), "-m", "newslint", "--version", cwd=tmp_path, env=env)
    assert module.stdout.startswith("newslint ")
