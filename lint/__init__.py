"""newslint's engine: documents, rules registry, runner, configuration, fixes and output formats.

The Python API: ``lint_text(text, *, path=None, kind="text", config=None)`` and
``lint_paths(paths, config=None)`` return findings; ``Finding.to_dict()`` matches ``--format json``.
"""

__version__ = "0.1.0"

from newslint.api import lint_paths, lint_text  # noqa: E402
from newslint.finding import Finding  # noqa: E402

__all__ = ["Finding", "__version__", "lint_paths", "lint_text"]
