"""newslint's engine: documents, rules registry, runner, configuration, fixes and output formats.

The Python API: ``lint_text(text, *, path=None, kind="text", config=None)`` and
``lint_paths(paths, config=None)`` return findings; ``Finding.to_dict()`` matches ``--format json``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["Finding", "__version__", "lint_paths", "lint_text"]


def tune_garbage_collection() -> None:
    """Linting allocates many small, short-lived objects (tokens); collecting less often saves
    about a fifth of the run time. Called by the command line (before it imports the engine:
    importing it collects a hundred times less, 5 ms of a start), the language server and the
    Dask workers."""
    import gc

    gc.set_threshold(50_000, 20, 100)


def __getattr__(name: str) -> Any:
    """The API, imported when first used: the command line starts without it."""
    if name in ("lint_paths", "lint_text"):
        from newslint import api

        return getattr(api, name)
    if name == "Finding":
        from newslint.finding import Finding

        return Finding
    raise AttributeError(f"module 'newslint' has no attribute '{name}'")
