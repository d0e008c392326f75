"""Shared helpers: lint a text with chosen rules and return what they found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.config import Config
from newslint.finding import Finding
from newslint.registry import select_rules
from newslint.runner import lint_documents
from newslint.sources import make_document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# The tests never read or write the user's result cache (newslint.result_cache): the command
# line leaves it off while this is set (the command lines the tests run inherit it);
# tests/test_result_cache.py turns it on with a folder of its own.
os.environ["NEWSLINT_NO_CACHE"] = "1"


def lint_text(text: str, select: str, *, kind: str = "text", config: Config | None = None) -> list[Finding]:
    config = config or Config()
    doc = make_document("t.txt" if kind == "text" else f"t.{kind[:2] if kind == 'markdown' else kind}", text, kind)
    rules = select_rules([select], [])
    return lint_documents([doc], config, rules).findings


def spans(text: str, select: str, **kwargs) -> list[str]:
    """The flagged text of each finding."""
    return [text[f.start : f.end] for f in lint_text(text, select, **kwargs)]


def run_cli(
    *args: str,
    input: str | None = None,
    input_bytes: bytes | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run the command line; output is decoded text whichever input is given."""
    result = subprocess.run(
        [sys.executable, "-c", "from newslint.cli import main; main()", *args],
        capture_output=True,
        input=input_bytes if input_bytes is not None else (input.encode() if input is not None else None),
        cwd=cwd or ROOT,
        timeout=timeout,
        env=env,
    )
    result.stdout = result.stdout.decode("utf-8", "replace")
    result.stderr = result.stderr.decode("utf-8", "replace")
    return result


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder
