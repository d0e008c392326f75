"""LanguageTool: grammar and spelling findings from a LanguageTool server, as newslint findings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

from newslint.document import Document
from newslint.finding import Applicability, Edit, Finding, Fix, Severity
from newslint.rule import Rule

ENV_URL = "NEWSLINT_LANGUAGETOOL_URL"
# LanguageTool categories whose findings newslint's own rules already make (reported once).
SEVERITIES = {"misspelling": Severity.WARNING, "grammar": Severity.WARNING, "typographical": Severity.INFO,
              "whitespace": Severity.INFO, "style": Severity.INFO, "uncategorized": Severity.INFO}  # fmt: skip


class LanguageToolUnavailable(Exception):
    """No LanguageTool server could be reached or started; the message says why in one line."""


def connect(url: str | None, language: str) -> Any:
    """A language_tool_python client for the server at url, or a local LanguageTool already on disk.

    Never downloads anything: without a URL, a local server is started only when Java and
    LanguageTool's files are already present.
    """
    try:
        import language_tool_python
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise LanguageToolUnavailable("language-tool-python is not installed") from error
    if url:
        try:
            return language_tool_python.LanguageTool(language, remote_server=url)
        except Exception as error:  # the library raises several kinds; all mean "not reachable"
            raise LanguageToolUnavailable(
                f"no LanguageTool server answered at {url} ({type(error).__name__})"
            ) from error
    if shutil.which("java") is None:
        raise LanguageToolUnavailable(
            f"no server given (--languagetool-url or {ENV_URL}) and no Java to run one locally"
        )
    from language_tool_python.download_lt import LocalLanguageTool  # noqa: F401  (imported to check the API)
    from language_tool_python.utils import get_language_tool_download_path

    folder = get_language_tool_download_path()
    if not folder or not os.path.isdir(folder) or not os.listdir(folder):
        raise LanguageToolUnavailable(
            f"no server given (--languagetool-url or {ENV_URL}) and no local LanguageTool in {folder}; "
            "newslint never downloads it"
        )
    try:
        return language_tool_python.LanguageTool(language)
    except Exception as error:
        raise LanguageToolUnavailable(f"the local LanguageTool did not start ({type(error).__name__})") from error


class LanguageTool(Rule):
    """Adds LanguageTool's grammar and spelling findings (off by default).

    Turn it on with `--languagetool` (or `languagetool = true` in the configuration) and point it
    at a server with `--languagetool-url URL`, `languagetool-url` or NEWSLINT_LANGUAGETOOL_URL; with
    none, a LanguageTool already installed locally is started when Java is present. newslint
    never downloads LanguageTool. When no server is reachable newslint says so in one line and
    the other rules still run.

    Each LanguageTool match becomes a finding with code LT001, its message, LanguageTool's rule
    id and category, and its replacements as unsafe fixes. A match that overlaps a finding of
    newslint's own rules (a name, doubled punctuation) is dropped, so nothing is reported twice.

    Example: `He go to school.` → LT001 [languagetool] "The pronoun 'He' is usually used with a
    third-person or a past tense verb." (HE_VERB_AGR, GRAMMAR), fix: `goes`.
    """

    code = "LT001"
    name = "languagetool"
    summary = "LanguageTool's grammar and spelling findings (needs a LanguageTool server)"
    enabled_by_default = False
    defers_to_other_rules = True

    def __init__(self, config) -> None:
        super().__init__(config)
        self._client: Any = None
        self._failed = False

    def _tool(self) -> Any:
        if self._client is None and not self._failed:
            url = self.config.languagetool_url or os.environ.get(ENV_URL)
            try:
                self._client = connect(url, self.config.languagetool_language)
            except LanguageToolUnavailable as error:
                self._failed = True
                self.notes.append(f"LanguageTool is not available: {error}; its findings are left out")
        return self._client

    def check(self, doc: Document) -> Iterator[Finding]:
        tool = self._tool()
        if tool is None:
            return
        try:
            matches = tool.check(doc.text)
        except Exception as error:
            if not self._failed:
                self.notes.append(f"LanguageTool failed on {doc.path}: {type(error).__name__}: {error}")
            return
        for match in matches:
            yield self.from_match(doc, match)

    def from_match(self, doc: Document, match: Any) -> Finding:
        start = max(0, min(len(doc.text), match.offset))
        end = max(start, min(len(doc.text), start + match.error_length))
        replacements = [r for r in match.replacements[:3] if r is not None]
        fix = None
        if replacements:
            fix = Fix(f"Replace with '{replacements[0]}'", (Edit(start, end, replacements[0]),), Applicability.UNSAFE)
        issue = (getattr(match, "rule_issue_type", "") or "").lower()
        category = getattr(match, "category", "") or ""
        also = f" (or: {', '.join(replacements[1:])})" if len(replacements) > 1 else ""
        return self.finding(
            doc,
            start,
            end,
            f"{match.message}{also} [{match.rule_id}, {category}]",
            fix=fix,
            severity=SEVERITIES.get(issue, Severity.INFO),
        )
