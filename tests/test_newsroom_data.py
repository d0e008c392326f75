"""A newsroom's own rule data, named in its configuration: extra chrome vocabulary, extra calque
patterns and its own name spellings; bad files are errors naming the file and the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

STORY = (
    "The council approved the budget on Tuesday after a long debate.\n\n"
    "Harbourside Evening Digest\n\n"
    "The mayor said the vote was fair and the plan would go ahead.\n"
)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "style").mkdir()
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def codes(result) -> list[tuple[str, int]]:
    return [(f["code"], f["start"]["line"]) for f in json.loads(result.stdout)]


def test_extend_boilerplate_adds_a_newsroom_widget(desk: Path) -> None:
    assert ("BP001", 3) not in codes(run_cli(str(desk / "story.txt"), "--format", "json"))
    (desk / "style" / "chrome.txt").write_text(
        "# our newsletter widget\n[cue-house] newsletter widget\nen: harbourside evening digest\n", encoding="utf-8"
    )
    (desk / "newslint.toml").write_text('extend-boilerplate = ["style/chrome.txt"]\n', encoding="utf-8")
    assert ("BP001", 3) in codes(run_cli(str(desk / "story.txt"), "--format", "json"))


def test_extend_names_are_the_newsrooms_spellings(desk: Path) -> None:
    story = desk / "names.txt"
    story.write_text("The minister met President Volodomir Petrenko on Monday in the capital.\n", encoding="utf-8")
    assert ("NS001", 1) in codes(run_cli(str(story), "--format", "json"))
    (desk / "style" / "names.txt").write_text("# house spellings\nVolodomir\n", encoding="utf-8")
    (desk / "newslint.toml").write_text('extend-names = ["style/names.txt"]\n', encoding="utf-8")
    assert ("NS001", 1) not in codes(run_cli(str(story), "--format", "json"))


@pytest.mark.parametrize(
    ("key", "content", "message"),
    [
        ("extend-boilerplate", "[cue-house] x\nevening digest\n", "chrome.txt: line 2: expected 'xx: phrase"),
        ("extend-boilerplate", "en: digest\n", "chrome.txt: line 1: phrases before any [kind-group] header"),
        ("extend-names", "Volodomir\n= broken\n", "chrome.txt: line 2: one name per line"),
    ],
)
def test_bad_data_files_are_errors_naming_file_and_line(desk: Path, key: str, content: str, message: str) -> None:
    (desk / "style" / "chrome.txt").write_text(content, encoding="utf-8")
    (desk / "newslint.toml").write_text(f'{key} = ["style/chrome.txt"]\n', encoding="utf-8")
    result = run_cli(str(desk / "story.txt"))
    assert result.returncode == 2
    assert message in result.stderr


def test_missing_data_file_is_an_error(desk: Path) -> None:
    (desk / "newslint.toml").write_text('extend-names = ["style/missing.txt"]\n', encoding="utf-8")
    result = run_cli(str(desk / "story.txt"))
    assert result.returncode == 2 and "cannot read data file" in result.stderr


def test_extend_calques_adds_a_house_pattern(desk: Path) -> None:
    story = desk / "calque.txt"
    story.write_text("The board took the decision to proceed under the modality of urgency.\n", encoding="utf-8")
    assert not any(code == "CQ001" for code, _ in codes(run_cli(str(story), "--format", "json")))
    (desk / "style" / "calques.toml").write_text(
        '[[calque]]\nid = "under-the-modality-of"\nfamily = "preposition"\n'
        "pattern = '[ under the modality of ]'\nsuggest = \"as\"\nlanguages = [\"es\", \"pt\"]\n",
        encoding="utf-8",
    )
    (desk / "newslint.toml").write_text('extend-calques = ["style/calques.toml"]\n', encoding="utf-8")
    found = json.loads(run_cli(str(story), "--format", "json").stdout)
    assert [f["code"] for f in found] == ["CQ001"] and "write 'as'" in found[0]["message"]


def test_a_bad_calque_file_names_the_pattern(desk: Path) -> None:
    (desk / "style" / "calques.toml").write_text(
        '[[calque]]\nid = "broken-one"\nfamily = "no-such-family"\npattern = "[ x ]"\n', encoding="utf-8"
    )
    (desk / "newslint.toml").write_text('extend-calques = ["style/calques.toml"]\n', encoding="utf-8")
    result = run_cli(str(desk / "story.txt"))
    assert result.returncode == 2
    assert "calques.toml: calque 'broken-one': unknown family 'no-such-family'" in result.stderr


def test_an_edited_calque_file_is_read_again(desk: Path) -> None:
    """The compiled calque index is cached by the files' content: editing a newsroom's pattern
    file between runs (same path) gives its new patterns, never the old ones."""
    story = desk / "calque.txt"
    story.write_text(
        "The board took the decision to proceed under the modality of urgency.\n"
        "The fund was approved in the quality of a loan to the city.\n",
        encoding="utf-8",
    )
    pattern_file = desk / "style" / "calques.toml"
    (desk / "newslint.toml").write_text('extend-calques = ["style/calques.toml"]\n', encoding="utf-8")

    def house(pattern: str) -> None:
        pattern_file.write_text(
            f'[[calque]]\nid = "house"\nfamily = "preposition"\npattern = \'[ {pattern} ]\'\nsuggest = "as"\n'
            'languages = ["es"]\n',
            encoding="utf-8",
        )

    house("under the modality of")
    assert codes(run_cli(str(story), "--format", "json")) == [("CQ001", 1)]
    house("in the quality of")
    assert codes(run_cli(str(story), "--format", "json")) == [("CQ001", 2)]
    pattern_file.write_text("", encoding="utf-8")
    assert codes(run_cli(str(story), "--format", "json")) == []
