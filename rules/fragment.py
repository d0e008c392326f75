"""Fragments: garbled sentence structure left by word-order errors."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document, Span, is_heading
from lint.finding import Finding
from lint.lexicon import is_dictionary_word, is_known_proper_noun, parts_of_speech
from lint.rule import Rule

AUXILIARIES = frozenset(
    "is are was were be been has have had do does did will would can could should may might must get gets".split()
)
# "war.” Is.”" / "Europe.” Should be used.”": a short piece after a closed quotation, closed again.
DANGLING_AFTER_QUOTE = regex.compile(
    r"[.!?][”\"]\s+(?P<fragment>(?P<first>\p{Lu}\p{Ll}+)(?: \p{Ll}+){0,3}[.!?][”\"])(?=\s|$)"
)


ONE_WORD = regex.compile(r"(\p{Lu}\p{Ll}+)\.")
SUBJECTLESS = regex.compile(r"(?<=\p{Ll} )(Has|Have|Had|Is|Are|Was|Were|Does|Did|Will|Would) not \p{Ll}+")


class Fragment(Rule):
    """Finds garbled sentence structure: a short fragment dangling after a closed quotation
    ("…provoke war.” Is.”", "…for Europe.” Should be used.”"), and a one-word or subject-less
    "sentence" wedged into a paragraph ("…growing fear of Has not happened. Conflict.").

    Why: when machine translation reorders a clause it sometimes strands its verb or subject
    after the sentence boundary; the result is a sentence a reader cannot parse.

    How: sentence segmentation plus part-of-speech cues from lemminflect's lexicon: a dangling
    fragment starts with a verb or auxiliary and has no subject; a one-word sentence is an
    ordinary noun, not a name, an interjection or an answer ("Yes.", "Why?").
    """

    code = "FR001"
    name = "fragment"
    summary = "Garbled fragment: a verb dangling after a quotation, a one-word or subject-less sentence"

    def check(self, doc: Document) -> Iterator[Finding]:
        for match in DANGLING_AFTER_QUOTE.finditer(doc.text):
            first = match.group("first").lower()
            if first in AUXILIARIES or parts_of_speech(first) == {"VERB"}:
                start, end = match.span("fragment")
                yield self.finding(
                    doc, start, end, f"dangling fragment after the quotation: '{match.group('fragment')}'"
                )
        sentences = doc.sentences
        for index, sentence in enumerate(sentences):
            line = doc.line_of(sentence.start)
            if line is None or is_heading(line) or line.text == sentence.text:
                continue
            finding = self._subjectless(doc, sentence) or self._one_word(doc, sentences, index)
            if finding:
                yield finding

    def _subjectless(self, doc: Document, sentence: Span) -> Finding | None:
        """'…fear of Has not happened.': a capitalized auxiliary + not, mid-sentence."""
        for match in SUBJECTLESS.finditer(sentence.text):
            start = sentence.start + match.start()
            return self.finding(
                doc, start, sentence.end, f"subject-less clause '{sentence.text[match.start() :]}': word order garbled"
            )
        return None

    def _one_word(self, doc: Document, sentences: list[Span], index: int) -> Finding | None:
        sentence = sentences[index]
        word_match = ONE_WORD.fullmatch(sentence.text)
        if not word_match:
            return None
        word = word_match.group(1)
        if is_known_proper_noun(word) or not is_dictionary_word(word) or "NOUN" not in parts_of_speech(word):
            return None
        previous = sentences[index - 1] if index else None
        if previous is None or doc.line_of(previous.start) != doc.line_of(sentence.start):
            return None
        if previous.text.endswith(("”", '"', "?", "!")):
            return None
        return self.finding(doc, sentence.start, sentence.end, f"one-word sentence '{sentence.text}': a stranded word")
