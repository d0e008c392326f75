"""SARIF output validates against the official SARIF 2.1.0 schema (OASIS errata 01, vendored in
tests/data), with format checking on, for a file name that needs percent-encoding."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import run_cli

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_validates_with_uri_format_checking(tmp_path: Path) -> None:
    story = tmp_path / "my story #1 é%.txt"
    story.write_text("The the mayor spoke in kyiv on Monday.\n", encoding="utf-8")
    result = run_cli(story.name, "--format", "sarif", cwd=tmp_path)
    sarif = json.loads(result.stdout)
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    jsonschema.Draft4Validator(SCHEMA, format_checker=checker).validate(sarif)
    run = sarif["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "my%20story%20%231%20%C3%A9%25.txt", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    assert all(rule["helpUri"].startswith("https://") for rule in run["tool"]["driver"]["rules"])


def test_a_bad_uri_would_fail_the_check() -> None:
    """The format checker really checks URIs (so the test above can fail)."""
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    assert not checker.conforms("my story #1 é%.txt", "uri")
