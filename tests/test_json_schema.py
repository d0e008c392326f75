"""The JSON output against the JSON Schema that ships in the package (lint/schema)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from conftest import SEEDS, run_cli

SCHEMA = json.loads(resources.files("newslint").joinpath("schema/newslint.schema.json").read_text(encoding="utf-8"))


def validate(output: str) -> object:
    data = json.loads(output)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    return data


@pytest.mark.parametrize("extra", [[], ["--summary"], ["--statistics"]])
def test_json_outputs_match_the_schema(extra: list[str]) -> None:
    data = validate(run_cli(str(SEEDS), "--format", "json", *extra).stdout)
    if extra:
        assert data["schema"] == 1 and len(data["files"]) == len(list(SEEDS.glob("*.txt")))
    else:
        assert data and all("code" in item for item in data)


def test_fix_summary_matches_the_schema(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The the council met ,and voted.\n", encoding="utf-8")
    data = validate(run_cli(str(story), "--fix", "--format", "json").stdout)
    assert data["fixed"] >= 1


def test_the_schema_rejects_a_malformed_finding() -> None:
    finding = json.loads(run_cli(str(SEEDS), "--format", "json").stdout)[0]
    finding["severity"] = "loud"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate([finding])
