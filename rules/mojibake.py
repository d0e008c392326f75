"""Mojibake: text decoded with the wrong encoding ("Ã©" for "é", "â€™" for "’")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document
from lint.finding import Finding, Fix, Severity
from lint.rule import Rule

# Runs of characters that typical UTF-8-read-as-Latin-1/Windows-1252 garbage is made of.
SUSPECT = regex.compile(r"[^\s]*?[ÃÂâÅÐÑØ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ][^\s]*|\ufffd+")


PRECHECK = regex.compile(r"[ÃÂâÅÐÑØ\ufffd]")


class Mojibake(Rule):
    """Finds encoding garbage: UTF-8 text that was decoded as Latin-1 or Windows-1252 somewhere
    upstream ("SÃ©journÃ©", "itâ€™s"), and U+FFFD replacement characters.

    Why: a feed or a database with the wrong encoding setting turns every accented name and
    curly quote into noise; it is easy to repair mechanically before it spreads.

    Example: `Ã‰lysÃ©e` is flagged and the fix proposes `Élysée` (repaired with ftfy).
    """

    code = "MJ001"
    name = "mojibake"
    summary = "Encoding garbage such as 'Ã©' or 'â€™'"
    severity = Severity.ERROR
    english_only = False

    def check(self, doc: Document) -> Iterator[Finding]:
        if not PRECHECK.search(doc.text):
            return
        import ftfy

        for match in SUSPECT.finditer(doc.text):
            garbled = match.group().rstrip(".,;:!?)\"'")
            if set(garbled) == {"\ufffd"}:
                yield self.finding(doc, match.start(), match.end(), "replacement character: text was lost in decoding")
                continue
            repaired = ftfy.fix_encoding(garbled)
            if repaired == garbled:
                continue
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"mojibake: '{garbled}' should read '{repaired}'",
                fix=Fix.replace(match.start(), match.end(), repaired, "Repair the encoding"),
            )
