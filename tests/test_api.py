"""The Python API: lint_text and lint_paths give the command line's findings; to_dict() its JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

import newslint
from newslint.config import ConfigError
from newslint.sources import SourceError


def test_lint_text_finds_and_to_dict_matches_the_json_format(tmp_path: Path) -> None:
    text = "The the harbour reopened on Monday.\n"
    findings = newslint.lint_text(text)
    assert [f.code for f in findings] == ["RE001"]
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    from_cli = json.loads(run_cli(str(path), "--format", "json").stdout)
    expected = {**from_cli[0], "path": findings[0].path}
    assert findings[0].to_dict() == expected


def test_lint_text_takes_kind_and_configuration() -> None:
    markdown = "Notes:\n\n```\nthe the code stays\n```\n"
    assert newslint.lint_text(markdown, kind="markdown") == []
    assert newslint.lint_text("The the plan.", config={"ignore": ["RE001"]}) == []
    with pytest.raises(ConfigError):
        newslint.lint_text("The plan.", config={"selekt": ["RE"]})


def test_lint_paths_lints_folders_together(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The the plan.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("A fine paragraph about the the port.\n", encoding="utf-8")
    findings = newslint.lint_paths([tmp_path])
    assert sorted(Path(f.path).name for f in findings) == ["a.txt", "b.md"]
    assert all(f.to_dict()["start"]["line"] == 1 for f in findings)
    with pytest.raises(SourceError, match="no such file"):
        newslint.lint_paths([tmp_path / "missing.txt"])
