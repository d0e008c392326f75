"""Finds every rule in the ``rules`` package and resolves selections by code, prefix or name."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from functools import cache

from newslint.config import Config, ConfigError
from newslint.rule import Rule


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every Rule subclass defined in a module of the ``rules`` package, sorted by code."""
    from newslint import rules

    found: dict[str, type[Rule]] = {}
    for module_info in pkgutil.iter_modules(rules.__path__):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"newslint.rules.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Rule) and value is not Rule:
                if value.__module__ == module.__name__:
                    if value.code in found:
                        raise RuntimeError(f"rule code {value.code} is defined twice")
                    found[value.code] = value
    return tuple(sorted(found.values(), key=lambda rule: rule.code))


def matches(selector: str, rule: type[Rule], *, explicit: bool = False) -> bool:
    """Whether a selector (code, code prefix, kebab-case name, or ALL) picks a rule.

    Rules off by default are picked only by an explicit selector, never by ALL.
    """
    selector = selector.strip()
    if selector.upper() == "ALL":
        return rule.enabled_by_default or explicit
    return rule.code.upper().startswith(selector.upper()) or rule.name == selector.lower()


def find_rule(selector: str) -> type[Rule] | None:
    for rule in all_rules():
        if rule.code.upper() == selector.upper() or rule.name == selector.lower():
            return rule
    return None


def unknown_selectors(selectors: list[str]) -> list[str]:
    return [
        s for s in selectors if s.upper() != "ALL" and not any(matches(s, rule, explicit=True) for rule in all_rules())
    ]


def select_rules(select: list[str], ignore: list[str], extra: list[str] | None = None) -> list[type[Rule]]:
    """Rules picked by any selector in select or extra and by no selector in ignore."""
    chosen = []
    for rule in all_rules():
        picked = any(matches(s, rule) for s in [*select, *(extra or [])])
        ignored = any(matches(s, rule, explicit=True) for s in ignore)
        if picked and not ignored:
            chosen.append(rule)
    return chosen


def rules_for_config(
    config: Config, select: Sequence[str] = (), extend: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[type[Rule]]:
    """The rules a run uses: command-line selectors over the configuration's, LanguageTool when
    configured; an unknown selector is a ConfigError that names it."""
    selectors = list(select) or config.select
    extra = [*config.extend_select, *extend]
    if config.languagetool:
        extra.append("LT")
    unknown = unknown_selectors([*selectors, *extra, *ignore, *config.ignore])
    if unknown:
        raise ConfigError(f"unknown rule selector(s): {', '.join(unknown)} (see 'newslint rules')")
    return select_rules(selectors, [*config.ignore, *ignore], extra)
