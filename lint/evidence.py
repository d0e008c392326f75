"""The evidence stage: per-document signals from the per-file stage that other rules read, so
that no rule ever runs another rule. Rules that set ``reads_evidence`` run after the others on
each document and find in ``doc.evidence`` what those found there; cross-file rules find it in
each entry. Only selected rules run; what they did not look for is simply absent from the
evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newslint.finding import Finding

# Codes whose findings show that machine translation damaged a text (not mere typography;
# those of a rule that reads the evidence itself, FL001 and RT001, count for the corpus pass):
# calques, fragments, untranslated words, glued words, mojibake, and the source's punctuation
# and quotation marks left in.
TRANSLATION_DAMAGE = frozenset({"CQ001", "FR001", "FL001", "RT001", "MJ001", "PU001", "QU001"})
# A text shows translation damage at this many such findings, and one per this many words:
# edited news has none in nine articles out of ten and hardly ever two, while machine
# translation that garbles a structure garbles several.
DAMAGED_AT = 2
DAMAGE_WORDS = 500


# Codes whose spans a rule that reads the evidence defers to: page chrome (BP001), which FL001
# leaves alone, and a misspelled name (NS001), which NC001 does not report again.
CHROME = "BP001"
MISSPELLED_NAME = "NS001"
KEPT_SPANS = (CHROME, MISSPELLED_NAME)


@dataclass(frozen=True)
class Evidence:
    """What the per-file rules found in one document: how many findings of each code, and the
    spans of the codes later rules defer to (KEPT_SPANS)."""

    codes: Counter = field(default_factory=Counter)
    spans: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Evidence:
        found = list(findings)
        spans = {
            code: tuple(sorted((finding.start, finding.end) for finding in found if finding.code == code))
            for code in KEPT_SPANS
        }
        return cls(Counter(finding.code for finding in found), {code: kept for code, kept in spans.items() if kept})

    @property
    def chrome(self) -> tuple[tuple[int, int], ...]:
        return self.spans.get(CHROME, ())

    def in_chrome(self, start: int, end: int) -> bool:
        """Whether start..end lies inside a span reported as page chrome (a few per document)."""
        return any(low <= start and end <= high for low, high in self.chrome)

    def misspelled_name_at(self, start: int, end: int) -> bool:
        """Whether NS001 reported exactly this span."""
        return (start, end) in self.spans.get(MISSPELLED_NAME, ())

    @property
    def translation_damage(self) -> int:
        """How many findings show translation damage (calques, fragments, untranslated text...)."""
        return sum(count for code, count in self.codes.items() if code in TRANSLATION_DAMAGE)

    def shows_translation(self, words: int) -> bool:
        """Whether a text of this many words shows translation damage, so that signals too weak
        to stand alone in edited news (a single capitalized noun, a rare foreign word) count."""
        damage = self.translation_damage
        return damage >= DAMAGED_AT and damage * DAMAGE_WORDS >= words
