"""Calques: source-language structure translated word for word."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from lint.document import Document
from lint.finding import Finding, Fix, Severity
from lint.rule import Rule


@dataclass(frozen=True)
class Calque:
    id: str
    pattern: regex.Pattern
    message: str
    suggestion: str
    languages: tuple[str, ...]
    severity: Severity
    examples: tuple[str, ...]
    counter: tuple[str, ...]
    requires: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        """A cheap test on the lowercased text before the regex runs."""
        return not self.requires or any(snippet in lowered for snippet in self.requires)


@cache
def calques() -> tuple[Calque, ...]:
    """The patterns in rules/data/calques.toml (a newsroom adds its own there)."""
    data = tomllib.loads(resources.files("rules").joinpath("data/calques.toml").read_text(encoding="utf-8"))
    entries = []
    for entry in data["calque"]:
        entries.append(
            Calque(
                id=entry["id"],
                pattern=regex.compile(entry["pattern"]),
                message=entry["message"],
                suggestion=entry.get("suggestion", ""),
                languages=tuple(entry.get("languages", ())),
                severity=Severity(entry.get("severity", "warning")),
                examples=tuple(entry.get("examples", ())),
                counter=tuple(entry.get("counter", ())),
                requires=tuple(entry.get("requires", ())),
            )
        )
    return tuple(entries)


class CalqueRule(Rule):
    """Finds literal translations of source-language structure: a Spanish or Portuguese article
    rendered as a pronoun before a title ("He German Chancellor"), noun-of-noun inversions
    ("troops from combat" for combat troops), uncountable nouns counted directly ("one million
    ammunition"), "this Monday" for a past day, "assured that" without an object, "since two
    years", "the past Monday", "realize a study", "assist to the summit", and more.

    Why: each reads as fluent English to a machine and as a foreign accent to a reader; some
    change the meaning ("assist" is "help", "realize" is "understand").

    Example: `Canada has no plans to deploy troops from combat` → `combat troops`.
    The patterns, with their messages, suggestions, source languages and test sentences, live
    in `rules/data/calques.toml`; add your newsroom's own there.
    """

    code = "CQ001"
    name = "calque"
    summary = "Source-language structure translated word for word: 'He German Chancellor', 'troops from combat'"

    def check(self, doc: Document) -> Iterator[Finding]:
        lowered = doc.text.lower()
        for calque in calques():
            if not calque.may_match(lowered):
                continue
            for match in calque.pattern.finditer(doc.text):
                if match.end() == match.start():
                    continue
                suggestion = match.expand(calque.suggestion) if "\\" in calque.suggestion else calque.suggestion
                safe_to_suggest = suggestion and "…" not in suggestion and "/" not in suggestion
                fix = (
                    Fix.replace(match.start(), match.end(), suggestion, f"Write '{suggestion}'", safe=False)
                    if safe_to_suggest and calque.id not in ("pronoun-before-title", "assured-that")
                    else None
                )
                hint = f"; write '{suggestion}'" if suggestion else ""
                yield self.finding(
                    doc,
                    match.start(),
                    match.end(),
                    f"{calque.message}{hint} [{calque.id}]",
                    fix=fix,
                    severity=calque.severity,
                )
