"""Suppression comments in Markdown and HTML sources.

``<!-- newslint-disable CODE-or-name ... -->`` up to ``<!-- newslint-enable [CODE ...] -->`` (or the
end of the file), and ``<!-- newslint-disable-next-line CODE ... -->``. With no codes, every rule.
Plain text has no comment syntax: use per-file-ignores and the accept list there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from newslint import regexes
from newslint.document import Document
from newslint.finding import Finding, Severity

DIRECTIVE_RE = regexes.compile(r"<!--\s*newslint-(disable-next-line|disable|enable)\b([^>]*?)-->")


@dataclass
class Region:
    selectors: list[str]  # empty: every rule
    start: int  # source offsets
    end: int
    directive_start: int
    directive_end: int
    used: bool = False

    def covers(self, finding: Finding, source_offset: int) -> bool:
        if not self.start <= source_offset < self.end:
            return False
        if not self.selectors:
            return True
        return any(finding.code.upper().startswith(s.upper()) or finding.rule == s.lower() for s in self.selectors)


@dataclass
class Suppressions:
    regions: list[Region] = field(default_factory=list)

    @classmethod
    def parse(cls, doc: Document) -> Suppressions:
        if doc.kind not in ("markdown", "html") or "newslint-" not in doc.source:
            return cls()
        regions: list[Region] = []
        open_regions: list[Region] = []
        source = doc.source
        for match in DIRECTIVE_RE.finditer(source):
            kind = match.group(1)
            selectors = [s for s in regex.split(r"[\s,]+", match.group(2).strip()) if s]
            if kind == "disable-next-line":
                line_end = source.find("\n", match.end())
                next_start = len(source) if line_end < 0 else line_end + 1
                next_end = source.find("\n", next_start)
                next_end = len(source) if next_end < 0 else next_end
                regions.append(Region(selectors, next_start, next_end + 1, match.start(), match.end()))
            elif kind == "disable":
                region = Region(selectors, match.end(), len(source) + 1, match.start(), match.end())
                regions.append(region)
                open_regions.append(region)
            else:
                for region in list(open_regions):
                    if not selectors or set(map(str.upper, selectors)) & set(map(str.upper, region.selectors)):
                        region.end = match.start()
                        open_regions.remove(region)
        return cls(regions)

    def suppresses(self, finding: Finding, doc: Document) -> bool:
        if not self.regions:
            return False
        offset = doc.source_map.to_source(finding.start)
        hit = False
        for region in self.regions:
            if region.covers(finding, offset):
                region.used = True
                hit = True
        return hit

    def unused(self, doc: Document) -> list[Finding]:
        findings = []
        for region in self.regions:
            if region.used:
                continue
            what = ", ".join(region.selectors) or "all rules"
            findings.append(
                Finding(
                    code="NL001",
                    rule="unused-suppression",
                    message=f"suppression comment ({what}) suppresses nothing",
                    start=region.directive_start,
                    end=region.directive_end,
                    severity=Severity.INFO,
                    path=doc.path,
                    in_source=True,
                )
            )
        return findings
