"""Configuration: ``[tool.newslint]`` in pyproject.toml or a ``newslint.toml``, found from the
linted path upwards (like Ruff), or named with ``--config``."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from newslint.exclude import Exclusions
from newslint.finding import Severity
from newslint.quality import QualitySettings

CONFIG_FILES = ("newslint.toml", ".newslint.toml", "pyproject.toml")
KNOWN_KEYS = {
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "severity",
    "accept",
    "preferred-spellings",
    "languagetool",
    "languagetool-url",
    "languagetool-language",
    "exclude",
    "extend-exclude",
    "respect-gitignore",
    "max-file-size",
    "max-findings-per-rule",
    "quality",
    "extend-boilerplate",
    "extend-calques",
    "extend-names",
    "cache",
    "cache-dir",
}
MAX_TOML_DEPTH = 32


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the problem."""


@dataclass
class Config:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    accept: set[str] = field(default_factory=set)
    preferred_spellings: dict[str, str] = field(default_factory=dict)
    languagetool: bool = False
    languagetool_url: str | None = None
    languagetool_language: str = "en-US"
    exclude: list[str] = field(default_factory=list)
    respect_gitignore: bool = True
    force_exclude: bool = False
    max_file_size: int = 20 * 1024 * 1024
    max_findings_per_rule: int = 1000
    # A newsroom's own rule data: files beside the configuration, in the built-in files' formats.
    extend_boilerplate: tuple[str, ...] = ()
    extend_calques: tuple[str, ...] = ()
    extend_names: frozenset[str] = frozenset()
    jobs: int = 1  # worker processes that read and check files (the command line: --jobs, default all cores)
    quality: QualitySettings = field(default_factory=QualitySettings)
    # The result cache (newslint.result_cache): on unless `cache = false`; its folder.
    cache: bool = True
    cache_dir: Path | None = None
    path: Path | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def exclusions(self) -> Exclusions:
        """What this configuration leaves out of a run (globs relative to its file)."""
        return Exclusions(
            self.exclude, self.root, respect_gitignore=self.respect_gitignore, force=self.force_exclude
        )

    def ignored_for(self, path: str) -> list[str]:
        """Selectors ignored for one file by ``per-file-ignores`` (globs relative to the config)."""
        selectors: list[str] = []
        try:
            relative = Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                selectors.extend(codes)
        return selectors

    def is_accepted(self, word: str) -> bool:
        if not self.accept:
            return False
        return word in self.accept or word.casefold() in self._accept_folded

    @cached_property
    def _accept_folded(self) -> frozenset[str]:
        return frozenset(word.casefold() for word in self.accept)


def find_config_file(start: Path) -> Path | None:
    """The nearest newslint.toml, or pyproject.toml with a [tool.newslint] table, from start up."""
    try:
        directory = start.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: search from where it stands
        directory = Path(os.path.abspath(start))
    if not directory.is_dir():
        directory = directory.parent
    for folder in [directory, *directory.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml":
                return candidate
            if _mentions_newslint(candidate):
                # Parsed (and any error reported) by load_config: a broken pyproject.toml that
                # configures newslint is an error, never silently ignored.
                return candidate
    return user_config_file()


def user_config_file() -> Path | None:
    """The user's own newslint.toml (platformdirs' configuration folder, e.g. ~/.config/newslint),
    used when no project configuration is found, like Ruff's user configuration."""
    from platformdirs import user_config_dir

    folder = os.environ.get("NEWSLINT_CONFIG_DIR") or user_config_dir("newslint", appauthor=False)
    candidate = Path(folder) / "newslint.toml"
    return candidate if candidate.is_file() else None


def _mentions_newslint(pyproject: Path) -> bool:
    """Whether a pyproject.toml has a [tool.newslint] table (read as text, so that a file that
    does not parse is still recognised as newslint's and its error reported)."""
    try:
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    import tomllib  # here, not at start: most runs find no configuration to parse

    try:
        return "newslint" in tomllib.loads(text).get("tool", {})
    except (tomllib.TOMLDecodeError, RecursionError):
        heads = ("[tool.newslint", '[tool."newslint')
        return any(line.strip().replace(" ", "").startswith(heads) for line in text.splitlines())


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ConfigError(f"{path}: configuration file not found") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from error
    if _nesting_depth(text) > MAX_TOML_DEPTH:
        raise ConfigError(f"{path}: invalid TOML: nested more than {MAX_TOML_DEPTH} levels deep")
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from error
    except RecursionError as error:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from error
    table = data.get("tool", {}).get("newslint", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.newslint] must be a table")
    return parse_table(table, path)


def _nesting_depth(text: str) -> int:
    """The deepest run of open brackets and braces (a cheap guard before tomllib recurses)."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def parse_table(table: dict[str, Any], path: Path | None) -> Config:
    where = str(path) if path else "configuration"
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(KNOWN_KEYS))}")

    def string_list(key: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
        return value

    config = Config(path=path)
    if "select" in table:
        config.select = string_list("select")
    config.extend_select = string_list("extend-select")
    config.ignore = string_list("ignore")
    config.accept = set(string_list("accept"))
    config.exclude = string_list("exclude") + string_list("extend-exclude")
    respect = table.get("respect-gitignore", True)
    if not isinstance(respect, bool):
        raise ConfigError(f"{where}: 'respect-gitignore' must be true or false")
    config.respect_gitignore = respect

    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict) or not all(
        isinstance(v, list) and all(isinstance(c, str) for c in v) for v in per_file.values()
    ):
        raise ConfigError(f"{where}: 'per-file-ignores' must map globs to lists of codes")
    config.per_file_ignores = per_file

    severities = table.get("severity", {})
    if not isinstance(severities, dict):
        raise ConfigError(f"{where}: 'severity' must map codes or names to error, warning or info")
    for selector, level in severities.items():
        try:
            config.severity[selector] = Severity(level)
        except ValueError as error:
            raise ConfigError(f"{where}: severity of '{selector}' is '{level}'; use error, warning or info") from error

    preferred = table.get("preferred-spellings", {})
    if not isinstance(preferred, dict) or not all(isinstance(v, str) for v in preferred.values()):
        raise ConfigError(f"{where}: 'preferred-spellings' must map a variant to its preferred form")
    config.preferred_spellings = preferred

    languagetool = table.get("languagetool", False)
    if not isinstance(languagetool, bool):
        raise ConfigError(f"{where}: 'languagetool' must be true or false")
    config.languagetool = languagetool
    url = table.get("languagetool-url")
    if url is not None and not isinstance(url, str):
        raise ConfigError(f"{where}: 'languagetool-url' must be a string")
    config.languagetool_url = url
    language = table.get("languagetool-language", "en-US")
    if not isinstance(language, str) or not language.strip():
        raise ConfigError(f"{where}: 'languagetool-language' must be a language code such as \"en-US\"")
    config.languagetool_language = language
    size = table.get("max-file-size", config.max_file_size)
    if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
        raise ConfigError(f"{where}: 'max-file-size' must be a positive number of bytes")
    config.max_file_size = size
    cap = table.get("max-findings-per-rule", config.max_findings_per_rule)
    if isinstance(cap, bool) or not isinstance(cap, int) or cap < 0:
        raise ConfigError(f"{where}: 'max-findings-per-rule' must be a whole number (0: no limit)")
    config.max_findings_per_rule = cap
    config.quality = _quality(table.get("quality", {}), where)
    base = path.parent if path else Path.cwd()
    config.cache, config.cache_dir = _cache_settings(table, base, where)
    config.extend_boilerplate = tuple(_data_files(string_list("extend-boilerplate"), base, where, _check_boilerplate))
    config.extend_calques = tuple(_data_files(string_list("extend-calques"), base, where, _check_calques))
    names: set[str] = set()
    for name_file in _data_files(string_list("extend-names"), base, where, _check_names):
        names.update(_name_lines(Path(name_file)))
    config.extend_names = frozenset(names)
    if names:
        config.accept |= names  # the newsroom's spellings are right: neither name rule flags them
    return config


def _cache_settings(table: dict[str, Any], base: Path, where: str) -> tuple[bool, Path | None]:
    """`cache` (true or false) and `cache-dir` (a folder, relative to the configuration file)."""
    enabled = table.get("cache", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}: 'cache' must be true or false")
    folder = table.get("cache-dir")
    if folder is None:
        return enabled, None
    if not isinstance(folder, str) or not folder.strip():
        raise ConfigError(f"{where}: 'cache-dir' must be a folder's path")
    return enabled, base / Path(folder).expanduser()


def _data_files(names: list[str], base: Path, where: str, check) -> list[str]:
    """Absolute paths of a newsroom's data files (relative to the configuration file), each
    checked in the built-in format so a mistake is an error naming the file and line."""
    found = []
    for name in names:
        file = (base / name).resolve()
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as error:
            raise ConfigError(f"{where}: cannot read data file {file}: {error.strerror or error}") from error
        problem = check(text)
        if problem:
            raise ConfigError(f"{file}: {problem}")
        found.append(str(file))
    return found


def _check_boilerplate(text: str) -> str | None:
    """Lines of rules/data/boilerplate.txt: `[kind-group] message`, then `xx: phrase; phrase`."""
    group = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if "]" not in line or not line[1 : line.index("]")].strip():
                return f"line {number}: a group header is written [kind-group] message"
            group = line[1 : line.index("]")]
            continue
        language, colon, phrases = line.partition(":")
        if not colon or not (language.strip() == "*" or language.strip().isalpha()) or not phrases.strip():
            return f"line {number}: expected 'xx: phrase; phrase' (a language code, a colon, phrases)"
        if group is None:
            return f"line {number}: phrases before any [kind-group] header"
    return None


def _check_calques(text: str) -> str | None:
    """A TOML file of calque patterns in the format of rules/data/calques.toml."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return f"invalid TOML: {error}"
    from newslint.rules.calque import validate_patterns

    return validate_patterns(data)


def _check_names(text: str) -> str | None:
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#") and (not line[0].isalpha() or any(c in line for c in "=[]{}\"")):
            return f"line {number}: one name per line (letters, spaces, hyphens, apostrophes)"
    return None


def _name_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def _quality(table: Any, where: str) -> QualitySettings:
    """[quality]: severity-weights, rule-weights (code -> number) and bands (verdict -> upper bound)."""
    if not isinstance(table, dict) or set(table) - {"severity-weights", "rule-weights", "bands"}:
        raise ConfigError(f"{where}: 'quality' takes severity-weights, rule-weights and bands")
    defaults = QualitySettings()

    def numbers(key: str, base: dict[str, float]) -> dict[str, float]:
        value = table.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in value.values()
        ):
            raise ConfigError(f"{where}: 'quality.{key}' must map names to numbers of 0 or more")
        return {**base, **{k: float(v) for k, v in value.items()}}

    bands = defaults.bands
    if "bands" in table:
        given = numbers("bands", {})
        bands = (*sorted(((bound, name) for name, bound in given.items())), (float("inf"), "unusable"))
    return QualitySettings(
        numbers("severity-weights", defaults.severity_weights), numbers("rule-weights", defaults.rule_weights), bands
    )
