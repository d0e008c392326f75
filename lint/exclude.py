"""Which files a run leaves out: ``exclude`` globs (gitignore syntax, relative to the configuration
file), ``.gitignore`` files of the folders walked (on by default, like Ruff), and, with
``--force-exclude``, files named explicitly on the command line too (as pre-commit passes them)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec


class Exclusions:
    def __init__(
        self,
        patterns: Iterable[str] = (),
        root: Path | None = None,
        *,
        respect_gitignore: bool = True,
        force: bool = False,
    ) -> None:
        self.patterns = list(patterns)
        self.root = (root or Path.cwd()).absolute()
        self.respect_gitignore = respect_gitignore
        self.force = force
        self._chains: dict[Path, list[tuple[Path, pathspec.PathSpec]]] = {}

    @cached_property
    def _spec(self) -> pathspec.PathSpec:
        return _spec(self.patterns)

    def excluded(self, path: Path, *, is_dir: bool = False, explicit: bool = False) -> bool:
        """Whether path is left out; a path named on the command line only with force."""
        if explicit and not self.force:
            return False
        absolute = Path(_absolute(path))
        if self.patterns and _matches(self._spec, absolute, self.root, is_dir):
            return True
        return self.respect_gitignore and self._ignored_by_git(absolute, is_dir)

    def _ignored_by_git(self, path: Path, is_dir: bool) -> bool:
        return any(_matches(spec, path, base, is_dir) for base, spec in self._chain(path.parent))

    def _chain(self, folder: Path) -> list[tuple[Path, pathspec.PathSpec]]:
        """The .gitignore files that apply in folder: its own and its parents' up to the
        repository's top (the folder holding .git), computed once per folder."""
        if folder not in self._chains:
            own = self._gitignore(folder)
            above = [] if (folder / ".git").exists() or folder.parent == folder else self._chain(folder.parent)
            self._chains[folder] = ([(folder, own)] if own is not None else []) + above
        return self._chains[folder]

    def _gitignore(self, folder: Path) -> pathspec.PathSpec | None:
        try:
            lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        return _spec(lines)


def _spec(lines: Iterable[str]) -> pathspec.PathSpec:
    """Gitignore-style patterns, compiled (pathspec is imported only when a run needs it: files
    named on the command line never do)."""
    import pathspec

    return pathspec.PathSpec.from_lines("gitwildmatch", lines)


def _absolute(path: Path) -> str:
    import os

    return os.path.normpath(os.path.abspath(path))


def _matches(spec: pathspec.PathSpec, path: Path, base: Path, is_dir: bool) -> bool:
    try:
        relative = path.relative_to(base).as_posix()
    except ValueError:
        return spec.match_file(path.name + ("/" if is_dir else ""))
    return spec.match_file(relative + ("/" if is_dir else ""))
