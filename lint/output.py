"""Output formats: text (Ruff-like), json, json-lines, sarif (2.1.0) and github annotations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newslint import __version__
from newslint.document import Document
from newslint.finding import FilePositions, Finding, Severity
from newslint.rule import Rule

FORMATS = ("text", "json", "json-lines", "sarif", "github")


def location(doc: Document | FilePositions, offset: int, in_source: bool = False, end: bool = False) -> dict[str, int]:
    line, column, source_offset = doc.position(offset, in_source=in_source, end=end)
    return {"line": line, "column": column, "offset": source_offset}


def finding_to_dict(finding: Finding, doc: Document) -> dict[str, Any]:
    fix = None
    if finding.fix is not None:
        fix = {
            "message": finding.fix.message,
            "applicability": finding.fix.applicability.value,
            "edits": [
                {
                    "start": location(doc, e.start),
                    "end": location(doc, e.end, end=e.end > e.start),
                    "content": e.content,
                }
                for e in finding.fix.edits
            ],
        }
    related = []
    for item in finding.related:
        other = item.positions or doc  # another file: positions worked out where it was read
        related.append(
            {
                "path": item.path,
                "start": location(other, item.start),
                "end": location(other, item.end),
                "message": item.message,
            }
        )
    return {
        "path": finding.path,
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "start": location(doc, finding.start, finding.in_source),
        "end": location(doc, finding.end, finding.in_source, end=finding.end > finding.start),
        "fix": fix,
        "related": related,
    }


def render_json(findings: Sequence[Finding], docs: dict[str, Document]) -> str:
    import json  # here: the text format needs no JSON (3 ms of a start)

    return json.dumps([finding_to_dict(f, docs[f.path]) for f in findings], ensure_ascii=False, indent=2)


def render_json_lines(findings: Sequence[Finding], docs: dict[str, Document]) -> str:
    import json

    return "\n".join(json.dumps(finding_to_dict(f, docs[f.path]), ensure_ascii=False) for f in findings)


def render_text(
    findings: Sequence[Finding],
    docs: dict[str, Document],
    *,
    show_source: bool = False,
    color: bool = False,
) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    severity_colors = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
    out = []
    for finding in findings:
        doc = docs[finding.path]
        line, column, start = doc.position(finding.start, in_source=finding.in_source)
        end_line, _, end = doc.position(finding.end, in_source=finding.in_source, end=True)
        code = paint(finding.code, "1;" + severity_colors[finding.severity])
        fixable = " [*]" if finding.fix is not None and finding.fix.applicability.value == "safe" else ""
        out.append(f"{paint(finding.path, '1')}:{line}:{column}: {code}{fixable} [{finding.rule}] {finding.message}")
        if show_source:
            out.extend(_source_excerpt(doc, line, column, start, end if end_line == line else None))
    return "\n".join(out)


def _source_excerpt(doc: Document, line: int, column: int, start: int, end: int | None) -> list[str]:
    line_start = doc.source_line_starts[line - 1]
    line_end = doc.source.find("\n", line_start)
    text = doc.source[line_start : line_end if line_end >= 0 else len(doc.source)].rstrip("\r")
    width = max(1, (end - start) if end is not None else len(text) - column + 1)
    # Long scraped paragraphs are one line: show a window around the finding.
    left = max(0, column - 1 - 60)
    snippet = text[left : column - 1 + width + 60]
    prefix = "…" if left else ""
    gutter = f"{line:>5} | "
    caret_pad = " " * (len(gutter) - 2) + "| " + " " * (len(prefix) + column - 1 - left)
    return [gutter + prefix + snippet.replace("\t", " "), caret_pad + "^" * min(width, 80)]


def render_summary(
    findings: Sequence[Finding], errors: int, fixed: int = 0, unwritten: int = 0, failures: int = 0
) -> str:
    """The closing line. A file that could not be read, or a rule that failed on one (failures:
    its findings there are missing), never reads as 'All checks passed!'."""
    safe = sum(1 for f in findings if f.fix is not None and f.fix.applicability.value == "safe")
    unsafe = sum(1 for f in findings if f.fix is not None and f.fix.applicability.value == "unsafe")
    parts = []
    if fixed:
        parts.append(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}, {len(findings)} remaining.")
    elif findings:
        counts = Counter(f.severity for f in findings)
        detail = ", ".join(f"{counts[s]} {s.value}" for s in Severity if counts[s])
        parts.append(f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({detail}).")
    elif errors or unwritten or failures:
        parts.append("No findings in the files that were linted.")
    else:
        parts.append("All checks passed!")
    if safe:
        parts.append(f"[*] {safe} fixable with --fix.")
    if unsafe:
        parts.append(f"{unsafe} more with --unsafe-fixes.")
    if errors:
        parts.append(f"{errors} file{'s' if errors != 1 else ''} could not be linted.")
    if unwritten:
        parts.append(f"{unwritten} fixed file{'s' if unwritten != 1 else ''} could not be written.")
    if failures:
        plural = "s" if failures != 1 else ""
        parts.append(f"{failures} rule failure{plural}: see the note{plural} on standard error.")
    return " ".join(parts)


def render_statistics(findings: Sequence[Finding]) -> str:
    counts = Counter((f.code, f.rule) for f in findings)
    fixable = Counter((f.code, f.rule) for f in findings if f.fix is not None and f.fix.applicability.value == "safe")
    lines = []
    for (code, rule), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mark = "[*]" if fixable[(code, rule)] else "   "
        lines.append(f"{count:>5}\t{code:<7}\t{mark} {rule}")
    return "\n".join(lines)


def statistics_rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    counts = Counter((f.code, f.rule) for f in findings)
    fixable = Counter((f.code, f.rule) for f in findings if f.fix is not None and f.fix.applicability.value == "safe")
    return [
        {"code": code, "rule": rule, "count": count, "fixable": fixable[(code, rule)]}
        for (code, rule), count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def render_json_report(
    findings: Sequence[Finding] | None,
    docs: dict[str, Document],
    qualities: Sequence[Any],
    statistics: Sequence[Finding] | None = None,
    fixed: int | None = None,
) -> str:
    """The versioned JSON object of --summary, --statistics and --fix with --format json:
    ``{"schema": 1, "findings": [...], "statistics": [...], "files": [...], "verdicts": {...}}``
    (only the parts asked for). The plain ``--format json`` stays a list of findings."""
    from newslint.quality import summary

    body: dict[str, Any] = summary(qualities)
    if findings is not None:
        body["findings"] = [finding_to_dict(f, docs[f.path]) for f in findings]
    if statistics is not None:
        body["statistics"] = statistics_rows(statistics)
    if fixed is not None:
        body["fixed"] = fixed
    import json

    return json.dumps(body, ensure_ascii=False, indent=2)


def _github_escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render_github(findings: Sequence[Finding], docs: dict[str, Document]) -> str:
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    out = []
    for finding in findings:
        doc = docs[finding.path]
        start = location(doc, finding.start, finding.in_source)
        end = location(doc, finding.end, finding.in_source, end=True)
        props = (
            f"file={_github_escape(finding.path, True)},line={start['line']},col={start['column']},"
            f"endLine={end['line']},endColumn={end['column']},"
            f"title={_github_escape(f'{finding.code} [{finding.rule}]', True)}"
        )
        out.append(f"::{levels[finding.severity]} {props}::{_github_escape(finding.message)}")
    return "\n".join(out)


DOCUMENTATION_URL = "https://pypi.org/project/newslint/"


def artifact_location(path: str) -> dict[str, str]:
    """A SARIF artifact location: a percent-encoded URI relative to %SRCROOT% (the working folder)
    for files below it, an absolute file URI otherwise."""
    absolute = Path(path).absolute()
    try:
        relative = absolute.relative_to(Path.cwd().absolute())
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": "%SRCROOT%"}


def render_sarif(findings: Sequence[Finding], docs: dict[str, Document], rules: Sequence[type[Rule]]) -> str:
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    rule_ids = sorted({f.code for f in findings} | {r.code for r in rules})
    by_code = {r.code: r for r in rules}
    descriptors = []
    for code in rule_ids:
        rule = by_code.get(code)
        if rule is None:
            descriptors.append({"id": code, "shortDescription": {"text": code}})
            continue
        descriptors.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.documentation()},
                "help": {"text": rule.documentation()},
                "helpUri": f"{DOCUMENTATION_URL}#{rule.code.lower()}-{rule.name}",
                "defaultConfiguration": {"level": levels[rule.severity]},
            }
        )
    index = {code: i for i, code in enumerate(rule_ids)}

    def physical(
        doc: Document | FilePositions, path: str, start: int, end: int, in_source: bool = False
    ) -> dict[str, Any]:
        s = location(doc, start, in_source)
        e = location(doc, end, in_source, end=end > start)
        return {
            "physicalLocation": {
                "artifactLocation": artifact_location(path),
                "region": {
                    "startLine": s["line"],
                    "startColumn": s["column"],
                    "endLine": e["line"],
                    "endColumn": e["column"],
                    "charOffset": s["offset"],
                    "charLength": e["offset"] - s["offset"],
                },
            }
        }

    results = []
    for finding in findings:
        doc = docs[finding.path]
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": index[finding.code],
            "level": levels[finding.severity],
            "message": {"text": finding.message},
            "locations": [physical(doc, finding.path, finding.start, finding.end, finding.in_source)],
        }
        if finding.related:
            related = []
            for number, item in enumerate(finding.related, 1):
                other = item.positions or doc  # another file: positions worked out where it was read
                entry = physical(other, item.path, item.start, item.end)
                entry["id"] = number
                entry["message"] = {"text": item.message}
                related.append(entry)
            result["relatedLocations"] = related
        if finding.fix is not None:
            result["fixes"] = [
                {
                    "description": {"text": finding.fix.message},
                    "artifactChanges": [
                        {
                            "artifactLocation": artifact_location(finding.path),
                            "replacements": [
                                {
                                    "deletedRegion": physical(doc, finding.path, e.start, e.end)["physicalLocation"][
                                        "region"
                                    ],
                                    "insertedContent": {"text": e.content},
                                }
                                for e in finding.fix.edits
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    sarif = {
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/newslint/",
                        "rules": descriptors,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().absolute().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    import json

    return json.dumps(sarif, ensure_ascii=False, indent=2)
