"""The Python API: lint a string or files from code, with the command line's rules and configuration.

    >>> import newslint
    >>> [f.code for f in newslint.lint_text("The the plan.")]
    ['RE001']

Findings carry their document, so ``Finding.to_dict()`` gives the same object as ``--format json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newslint.config import Config, find_config_file, load_config, parse_table
from newslint.finding import Finding
from newslint.registry import rules_for_config


def resolve(config: Config | Mapping[str, Any] | str | Path | None, near: Path | None = None) -> Config:
    """A Config from a Config, a [tool.newslint]-style mapping, a configuration file's path, or
    None (the configuration found from ``near`` upwards, else the defaults)."""
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        return parse_table(dict(config), None)
    if isinstance(config, str | Path):
        return load_config(Path(config))
    return load_config(find_config_file(near)) if near is not None else Config()


def lint_text(
    text: str,
    *,
    path: str | None = None,
    kind: str = "text",
    config: Config | Mapping[str, Any] | str | Path | None = None,
) -> list[Finding]:
    """Findings in one text; ``kind`` is text, markdown or html. Raises ConfigError for a bad configuration."""
    from newslint.runner import lint_documents
    from newslint.sources import make_document

    settings = resolve(config)
    name = path or {"text": "<text>", "markdown": "<text>.md", "html": "<text>.html"}.get(kind, "<text>")
    doc = make_document(name, text, kind)
    result = lint_documents([doc], settings, rules_for_config(settings))
    for finding in result.findings:
        finding.document = doc
    return result.findings


def lint_paths(
    paths: Iterable[str | Path], config: Config | Mapping[str, Any] | str | Path | None = None
) -> list[Finding]:
    """Findings in files and folders, linted together (cross-file evidence), as the command line does.
    Files that cannot be read raise SourceError for the first of them after all are read."""
    from newslint.runner import lint_paths as run

    names = [str(p) for p in paths]
    settings = resolve(config, Path(names[0]) if names else None)
    result = run(names, settings, rules_for_config(settings))
    for finding in result.findings:
        finding.document = result.documents[finding.path]
    if result.errors:
        raise result.errors[0]
    return result.findings
