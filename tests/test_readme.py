"""The README's example is what the tool prints today, and every rule has its reference entry (the
SARIF helpUri points there)."""

from __future__ import annotations

import re

from conftest import ROOT, run_cli

from newslint.registry import all_rules

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_example_command_prints_the_summary_the_readme_shows() -> None:
    block = README.split("```", 2)[1]
    command = next(line for line in block.splitlines() if line.startswith("$ newslint "))
    summary = next(line for line in block.splitlines() if line.startswith("Found "))
    output = run_cli(*command.split()[2:]).stdout
    assert output.splitlines()[-1] == summary
    shown = [line for line in block.splitlines() if re.match(r"seeds/\S+:\d+:\d+: ", line)]
    assert shown and all(line in output for line in shown)


def test_every_rule_has_a_reference_heading() -> None:
    for rule in all_rules():
        assert f"### {rule.code} {rule.name}\n" in README, rule.code
