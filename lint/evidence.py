"""The evidence stage: per-document signals from the per-file stage that cross-file rules read,
so that no rule ever runs another rule. Only selected rules run; what they did not look for is
simply absent from the evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newslint.finding import Finding

# Codes whose findings show that machine translation damaged a text (not mere typography).
TRANSLATION_DAMAGE = frozenset({"CQ001", "FR001", "FL001", "RT001", "MJ001"})


@dataclass(frozen=True)
class Evidence:
    """What the per-file rules found in one document."""

    codes: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Evidence:
        return cls(Counter(finding.code for finding in findings))

    @property
    def translation_damage(self) -> int:
        """How many findings show translation damage (calques, fragments, untranslated text...)."""
        return sum(count for code, count in self.codes.items() if code in TRANSLATION_DAMAGE)
