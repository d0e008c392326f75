"""Boilerplate: page chrome and scraping leftovers inside the article text.

A line classifier in the spirit of jusText and trafilatura: each line is judged by its shape
(length, end punctuation, separators, a "Label:" head, digits, dates, counters, links) and by
the chrome vocabulary of many languages (`rules/data/boilerplate.txt`); then by its place in
the document (menus cluster outside the article body of a scraped page; the cells of a table in
the body do not break it; a run of short lines in the body that is mostly chrome is a widget as a
whole) and by whether the same short line recurs across the linted files (site chrome).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import regex

from newslint.corpus import LINE_FINGERPRINTS
from newslint.document import Document, Span
from newslint.finding import Finding, Fix
from newslint.lexicon import FUNCTION_WORDS, fold, foreign_frequencies, zipf
from newslint.rule import Rule

TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[©@#+]")
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
NON_LATIN_LETTER = regex.compile(r"[^\P{L}\p{Latin}]")
LETTER = regex.compile(r"\p{L}")
PROSE_END = regex.compile(r"(?:[.!?…。！？]|[.!?…][\"”’'»)\]]+|:)\s*$")
SENTENCE_END = regex.compile(r"[.!?…。！？][\"”’'»)\]]*\s*$")
# What may trail a sentence on a scraped line without ending it: a link, a handle, emoji.
TRAILER = regex.compile(r"(?:\s*(?:(?:https?://|www\.|pic\.)\S+|[\p{So}\p{Sk}\p{Cf}\uFE0F]+|[:;]-?[()D]))+\s*$")
# '— Name (@handle) 19 May 2019': the signature line of an embedded post, part of the article.
EMBED_SIGNATURE = regex.compile(r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*[^()\n]{0,30}\d{4}\s*$")
# 'Tue – Sat', '5 May ~ 9 June', '2019.04.05 ~': a span of days or dates (opening hours, a run of
# shows) is listing content; a publication stamp is one point in time.
RANGE_MARK = regex.compile(r"~|\s[–—-]\s|\b(?:to|until|till)\b", regex.I)
NUMBER = regex.compile(r"\d+(?:[.,]\d+)*[kmb%]?", regex.I)
TIME = regex.compile(r"\b\d{1,2}\s?[:.h]\s?\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)", regex.I)
NUMERIC_DATE = regex.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{4}[年.]\s?\d{1,2}[月.]")
RELATIVE_TIME = regex.compile(
    r"(?:^|\s)(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"|\d+\s?[smhdwy])\s+ago\b",
    regex.I,
)
CREDIT_SPLIT = regex.compile(r"[/|,;()\[\]–—]|\s-\s|(?<=\p{Lu})-(?=\p{Lu})|\b(?:via|with|and|for|by)\b", regex.I)
YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")
SEPARATORS = regex.compile(r"\s[|·•»›>/]\s|[|·•»›]")
LINK = regex.compile(
    r"(?:https?://|www\.)\S+|@[\w.]{2,}|(?<![&\w])#\p{L}\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|tv|co|io|ly|me|gl|be"
    r"|ir|ru|ua|de|fr|es|it|pl|cz|hu|ro|gr|tr|in|bd|cn|jp|kr|vn|id|br|mx|ar|uk|us|ca|au)\b(?:/\S*)?",
    regex.I,
)
LABEL_HEAD = regex.compile(r"^[\s(\[【〔「<]*([^:：=】\]|>»]{1,40}?)\s*[:：=】\]|>»]\s*(.*)$")
ABBREVIATED_HEAD = regex.compile(r"^[(\[]?(\p{L}{2,5})\.\s+\S")
CAPTION_MARKER = regex.compile(
    r"(?<=\p{Lu}\p{Ll}+ )\((?:c|i|d|izq\.?|dcha\.?|izda\.?)\)(?= \p{Ll})"
)
IMAGE_MARKER = regex.compile(
    r"(?:\bdate \d{4}-\d\d-\d\d[ \t]+)?\bimage (?:source|copyright)s?[,:][ \t]*[\p{L} .]{1,30}?"
    r"(?:[ \t]+images?)?(?:[ \t]+(?:image[ \t]+)?caption[,:])?(?=\s|$)|\b(?:image|media|video|photo) caption\s*[,:]",
    regex.I,
)
CREDIT_WORD = r"\p{Lu}[\p{L}&'-]*(?:\.\p{Lu}[\p{L}&'-]*)*"
CREDIT_SEGMENT = rf"{CREDIT_WORD}(?: {CREDIT_WORD}){{0,3}}"
SLASH_CREDIT = regex.compile(rf"{CREDIT_SEGMENT}(?:\s*/\s*{CREDIT_SEGMENT}){{2,}}")
LONE_LOWERCASE = regex.compile(r"\p{Ll}{3,}")
MAX_PHRASE = 5
PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?¡¿…-–—|/"
# "our" in the languages of the vocabulary: a call to action that names the newsroom's own product.
OUR = frozenset(
    """our nuestro nuestra nuestros nuestras notre nos unser unsere unseren unserem nostro nostra nostri
    nosso nossa nossos onze nasz nasza naszego nasze naš naše наш наша наши нашего нашу μας bizim
    noastre nostru""".split()
)
# Small words that join chrome labels ("Follow us on X", "Share to WeChat"): neutral in a cue line.
CONNECTORS = frozenset(
    """on to in at of for the our us with via and or & en sur auf su em op na w pe на в σε στο da de di
    del du la le y et und e i и ve và dan och og""".split()
)


# -- vocabulary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """The chrome phrases of every language, by kind, folded (casefold, no diacritics)."""

    unspaced: tuple[tuple[str, str, str], ...]  # (phrase, group, message) for CJK substrings
    messages: dict[str, str]
    stems: frozenset[str]  # noun-promo and platform stems (matched as word starts)


_EXTRA_FILES: tuple[str, ...] = ()  # a newsroom's own vocabulary files (extend-boilerplate)


def use_extra_vocabulary(files: tuple[str, ...]) -> None:
    """Add a newsroom's vocabulary files to the built-in one. The derived tables are cached per
    process; they are rebuilt only when the set of files changes (one configuration per run)."""
    global _EXTRA_FILES
    if files != _EXTRA_FILES:
        _EXTRA_FILES = files
        for cached in (_entries, vocabulary, phrase_index, notices, judge_line):
            cached.cache_clear()


@cache
def _entries() -> tuple[tuple[str, str, str], ...]:
    """(group, message, phrase) for every phrase of `rules/data/boilerplate.txt` and of the
    newsroom's files (same format)."""
    texts = [resources.files("newslint.rules").joinpath("data/boilerplate.txt").read_text(encoding="utf-8")]
    texts += [Path(file).read_text(encoding="utf-8") for file in _EXTRA_FILES]
    entries: list[tuple[str, str, str]] = []
    for text in texts:
        entries.extend(_parse_vocabulary(text))
    return tuple(entries)


def _parse_vocabulary(text: str) -> list[tuple[str, str, str]]:
    entries: list[tuple[str, str, str]] = []
    group, message = "", ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            group, _, message = line[1:].partition("]")
            message = message.strip()
            continue
        for phrase in line.partition(":")[2].split(";"):
            if phrase.strip():
                entries.append((group, message, " ".join(phrase.split())))
    return entries


@cache
def vocabulary() -> Vocabulary:
    unspaced: list[tuple[str, str, str]] = []
    messages: dict[str, str] = {}
    stems: set[str] = set()
    for group, message, phrase in _entries():
        messages[group] = message
        if UNSPACED.search(phrase):
            unspaced.append((fold(phrase), group, message))
            continue
        tokens = TOKEN.findall(phrase)
        if len(tokens) == 1 and group.startswith(("noun", "cue-social")):
            stems.add(fold(tokens[0]))
    return Vocabulary(tuple(unspaced), messages, frozenset(stems))


@cache
def phrase_index() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every phrase with all the groups that list it (a word may be a month and a nav label)."""
    index: dict[tuple[str, ...], list[str]] = {}
    for group, _, phrase in _entries():
        tokens = tuple(fold(token) for token in TOKEN.findall(phrase))
        if tokens and not UNSPACED.search(phrase):
            groups = index.setdefault(tokens, [])
            if group not in groups:
                groups.append(group)
    # Groups in the order of the data file, so the first group of a kind is always the same one
    # (a set here made the message depend on the interpreter's hash seed).
    return {tokens: tuple(groups) for tokens, groups in index.items()}


def _in_kind(tokens: tuple[str, ...], kind: str) -> str | None:
    """The group of this kind that lists the phrase, if any."""
    for group in phrase_index().get(tokens, ()):
        if group.startswith(kind):
            return group
    return None


# -- line facts ------------------------------------------------------------------------------


@cache
def agencies() -> frozenset[str]:
    text = resources.files("newslint.rules").joinpath("data/photo_agencies.txt").read_text(encoding="utf-8")
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def notices() -> dict[str, list[tuple[str, str]]]:
    """Notice phrases (copyright, cookies, paywall) by their first word, each with its message."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for group, message, phrase in _entries():
        if group.startswith("notice"):
            words = phrase.casefold().split()
            by_first.setdefault(words[0], []).append((" ".join(words), message))
    return by_first


@lru_cache(maxsize=50_000)
def judge_line(text: str, english_document: bool = True) -> str | None:
    """What kind of page chrome a line is, from the line alone (None: it may be article text)."""
    rough = text.split()
    if len(rough) > 120:
        return None
    notice = _notice(text, len(rough))
    if notice or (len(rough) > 16 and SENTENCE_END.search(text)) or len(rough) > 40:
        return notice  # a sentence: only a notice (cookies, rights) makes one chrome
    tokens = [fold(token) for token in TOKEN.findall(text)]
    if not tokens or EMBED_SIGNATURE.match(text):
        return None
    words = len(tokens)
    ends_sentence = bool(SENTENCE_END.search(text)) and not text.endswith(("...", "…"))
    vocab = vocabulary()
    labelled = _labelled(text, words, ends_sentence)
    if labelled:
        return labelled
    if words <= 12 and not ends_sentence and _byline(tokens, text):
        return "byline"
    if words <= 10 and _agency_line(text):
        return "agency or photo credit"
    if words <= 6 and RELATIVE_TIME.match(text):
        return "relative timestamp"
    if not ends_sentence or words <= 3:
        covered = _cue_cover(text, tokens, vocab)
        if covered:
            return covered
    if words <= 20 and not ends_sentence and _is_timestamp(text, tokens) and not _span_of_days(text):
        return "publication timestamp"
    if words <= 14 and _is_link_line(text):
        return "link or handle"
    if SLASH_CREDIT.fullmatch(text.strip(" ()")) and _credit_like(text):
        return "photo credit"
    if words <= 20 and not ends_sentence and _separated_labels(text) and not _span_of_days(text):
        return "navigation or share bar"
    if words <= 14 and text.rstrip()[-1:] not in ".?" and _call_to_action(tokens, vocab):
        return "promo or call to action"
    if words <= 30 and OUR.intersection(tokens) and _call_to_action(tokens, vocab):
        return "promo or call to action"  # 'Join our forums to ...': the newsroom speaking
    if english_document and words <= 12 and _untranslated_chrome(text, tokens, vocab):
        return "untranslated page chrome"
    return None


def _notice(text: str, words: int) -> str | None:
    """Copyright, cookie and paywall notices: a line holding one of their phrases."""
    if "©" in text:
        return "copyright notice" if words <= 30 else None
    lowered = text.casefold()
    by_first = notices()
    for word in lowered.split():
        for phrase, message in by_first.get(word.strip(PUNCTUATION), ()):
            if phrase in lowered:
                return message
    if UNSPACED.search(text):
        for word, phrases in by_first.items():
            if UNSPACED.search(word) and word in lowered:
                return phrases[0][1]
    return None


def _labelled(text: str, words: int, ends_sentence: bool) -> str | None:
    """'Photo: AFP', 'Read also: <headline>', '[Photo=Agency]', 'Published 6 May 2025'."""
    match = LABEL_HEAD.match(text)
    vocab = vocabulary()
    if match:
        head = tuple(fold(token) for token in TOKEN.findall(match.group(1)))
        tail = match.group(2).strip()
        tail_words = len(TOKEN.findall(tail))
        if head and len(head) <= MAX_PHRASE:
            lead = _in_kind(head, "lead")
            if lead and tail_words <= 25:
                return vocab.messages[lead]
            label = _in_kind(head, "head")
            if label and tail_words <= 12 and not (ends_sentence and tail_words >= 6):
                return vocab.messages[label]
        if UNSPACED.search(match.group(1)):
            folded_head = fold(match.group(1)).strip(" 【[(")
            for phrase, group, message in vocab.unspaced:
                if folded_head == phrase and group.startswith(("lead", "head")):
                    return message
    abbreviated = ABBREVIATED_HEAD.match(text)
    if abbreviated and words <= 10:
        label = _in_kind((fold(abbreviated.group(1)),), "head")
        if label:
            return vocab.messages[label]
    if words > 14 or ends_sentence:
        return None
    tokens = [fold(token) for token in TOKEN.findall(text)]
    for size in range(min(3, len(tokens) - 1), 0, -1):
        group = _in_kind(tuple(tokens[:size]), "head-published")
        if group and _is_timestamp(text, tokens[size:], allow_words=1):
            return vocab.messages[group]
        credit_word = tokens[0] in ("photo", "photos", "foto", "image", "picture")
        if size == 1 and credit_word and tokens[1:2] in (["by"], ["courtesy"]):
            return vocab.messages["head-photo"]
    return None


def _cue_cover(text: str, tokens: list[str], vocab: Vocabulary) -> str | None:
    """The chrome kind when every word of a short line is chrome vocabulary, a number or a
    platform name ('Share | Tweet | Email', 'Comments (27)', '5 min read', 'ADVERTISEMENT')."""
    if len(tokens) > 12:
        return None
    found: Counter[str] = Counter()
    index, longest, connectors = 0, 0, 0
    while index < len(tokens):
        for size in range(min(MAX_PHRASE, len(tokens) - index), 0, -1):
            phrase = tuple(tokens[index : index + size])
            group = _in_kind(phrase, "cue") or _in_kind(phrase, "lead") or _in_kind(phrase, "head")
            if group:
                found[group] += size
                index += size
                longest = max(longest, size)
                break
        else:
            if NUMBER.fullmatch(tokens[index]) or tokens[index] in ("@", "#", "+"):
                index += 1
                continue
            if tokens[index] in CONNECTORS:
                connectors += 1
                index += 1
                continue
            if UNSPACED.search(tokens[index]) and _unspaced_cover(tokens[index], vocab, found):
                index += 1
                continue
            return None
    if not found:
        return None
    if connectors and "cue-social" not in found and longest < 2:
        return None  # 'Follow the money' is a crosshead; 'Follow us on Telegram' is chrome
    group = found.most_common(1)[0][0]
    if group.startswith(("lead", "head")) and len(tokens) > 2 and longest < 3:
        return None  # a pile of label words ('Photo source video') proves little; a lead phrase does
    if group == "cue-social" and len(found) > 1:
        group = next(other for other, _ in found.most_common() if other != "cue-social")  # 'Follow us on X'
    return vocab.messages[group]


@cache
def _unspaced_labels() -> tuple[tuple[str, str, str], ...]:
    chrome = (p for p in vocabulary().unspaced if p[1].startswith(("cue", "lead", "head")))
    return tuple(sorted(chrome, key=lambda p: -len(p[0])))


def _unspaced_cover(token: str, vocab: Vocabulary, found: Counter[str]) -> bool:
    """A Chinese/Japanese run made only of chrome phrases (greedy, longest first)."""
    rest = token
    phrases = _unspaced_labels()
    while rest:
        for phrase, group, _ in phrases:
            if rest.startswith(phrase):
                found[group] += 1
                rest = rest[len(phrase) :]
                break
        else:
            if rest[0].isascii() and rest[0].isalnum():
                rest = rest[1:]
                continue
            return False
    return True


def _is_timestamp(text: str, tokens: list[str], allow_words: int | None = None) -> bool:
    """A line made of a date and/or time, perhaps with a weekday, zone or a name or two."""
    has_time = bool(TIME.search(text) or RELATIVE_TIME.search(text))
    has_date = bool(NUMERIC_DATE.search(text))
    dateish = 0
    month = False
    for token in tokens:
        if NUMBER.fullmatch(token):
            dateish += 1
        elif _in_kind((token,), "month"):
            dateish += 1
            month = True
        elif _in_kind((token,), "weekday") or _in_kind((token,), "head-published"):
            dateish += 1
    if not any(ch.isdigit() for ch in text):
        return False
    if not (has_time or has_date or (month and YEAR.search(text))):
        return False
    other = len(tokens) - dateish
    if allow_words is not None:
        return other <= allow_words
    return other <= max(2, len(tokens) // 3)


def _span_of_days(text: str) -> bool:
    """'Tue – Sat 4PM', '2019.04.05 ~', '5 May 2019 | 9 June 2019': days or dates from one to
    another (a schedule, a season of shows), not the one moment a story was published."""
    if "~" in text or (len(YEAR.findall(text)) >= 2 and not TIME.search(text)):
        return True
    sides = RANGE_MARK.split(text, maxsplit=1)
    return len(sides) == 2 and all(_names_a_day(side) for side in sides)


def _names_a_day(text: str) -> bool:
    """A month or a weekday by name, or a date in figures (the weekday list also holds time
    words such as 'am', 'at', 'ago': those are left out)."""
    for token in TOKEN.findall(text):
        folded = fold(token)
        if _in_kind((folded,), "month"):
            return True
        if len(folded) >= 3 and folded not in FUNCTION_WORDS and _in_kind((folded,), "weekday"):
            return not TIME.fullmatch(text.strip())
    return bool(NUMERIC_DATE.search(text))


def _dated_or_signed(text: str) -> bool:
    """'By jdoe - 2019-05-06': a byline or a dateline, which a headline is not."""
    first = TOKEN.findall(text)[:1]
    signed = bool(first) and _in_kind((fold(first[0]),), "head-byline") is not None
    return signed or bool(NUMERIC_DATE.search(text) or TIME.search(text))


def _byline(tokens: list[str], text: str) -> bool:
    """'By Ana Reyes and Jon Smith, Staff Writer': a byline head, then capitalized names."""
    head = tokens[0]
    if not _in_kind((head,), "head-byline") or (head != "by" and zipf(head) >= 3.0):
        return False  # 'De', 'Von', 'Door' open names and headlines too: only an unmistakable head
    names = TOKEN.findall(text)[1:]
    if not names:
        return False
    capitalized = sum(name[:1].isupper() or name.isdigit() for name in names)
    return capitalized >= 0.7 * len(names) and names[0][:1].isupper()


def _agency_line(text: str) -> bool:
    """'AFP', '(Reuters)', 'Name/AGENCY', 'AFP via Getty Images': a credit made of agency names."""
    parts = [part.strip(" .") for part in CREDIT_SPLIT.split(text)]
    parts = [part for part in parts if part]
    if not parts or not any(fold(part) in agencies() for part in parts):
        return False
    return all(fold(part) in agencies() or _capitalized_name(part) for part in parts)


def _capitalized_name(part: str) -> bool:
    words = part.split()
    return len(words) <= 3 and all(word[:1].isupper() for word in words)


def _is_link_line(text: str) -> bool:
    rest = LINK.sub(" ", text)
    return rest != text and not LETTER.search(regex.sub(r"\b(?:via|on|at|by|and|or|or)\b", "", rest, flags=regex.I))


def _credit_like(text: str) -> bool:
    parts = [part.strip(" ()") for part in regex.split(r"\s*/\s*", text.strip())]
    return len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts)


def _names_agency(credit: str) -> bool:
    return any(fold(part.strip(" ()")) in agencies() for part in regex.split(r"\s*/\s*", credit))


def _separated_labels(text: str) -> bool:
    """'Home › World › Europe', 'About / Contact / Privacy', 'Print | Email': short labelled cells."""
    cells = [cell.strip() for cell in SEPARATORS.split(text)]
    cells = [cell for cell in cells if cell]
    if len(cells) < 3 and not (len(cells) == 2 and "|" in text):
        return False
    for cell in cells:
        words = cell.split()
        if len(words) > 4 or SENTENCE_END.search(cell):
            return False
        if not (cell[:1].isupper() or cell[:1].isdigit() or not cell[:1].isalpha() or not cell[:1].islower()):
            return False
    return True


def _call_to_action(tokens: list[str], vocab: Vocabulary) -> bool:
    """'Join our WhatsApp channel', 'Follow us on Google News': a CTA verb opening a short line
    that names a platform or a newsroom product."""
    opens = any(_in_kind(tuple(tokens[:size]), "verb") for size in (1, 2, 3) if size <= len(tokens))
    if not opens:
        return False
    return any(_has_stem(token, vocab) or _in_kind((token,), "cue-subscribe") for token in tokens[1:])


def _has_stem(token: str, vocab: Vocabulary) -> bool:
    if token in vocab.stems:
        return True
    return any(token.startswith(token[:size]) and token[:size] in vocab.stems for size in range(4, len(token)))


def _untranslated_chrome(text: str, tokens: list[str], vocab: Vocabulary) -> bool:
    """A short line in another language that speaks of chrome (an untranslated promo or widget)."""
    if not _foreign(text, tokens):
        return False
    if any(_has_stem(token, vocab) or _in_kind((token,), "cue") for token in tokens):
        return True
    folded = fold(text)
    return any(phrase in folded for phrase, group, _ in vocab.unspaced if group.startswith(("cue", "noun")))


def _foreign(text: str, tokens: list[str]) -> bool:
    letters = LETTER.findall(text)
    if not letters:
        return False
    if len(NON_LATIN_LETTER.findall(text)) >= len(letters) / 2:
        return True
    foreign = 0
    for position, word in enumerate(TOKEN.findall(text)):
        token = word.casefold()
        if not token.isalpha() or (position and word[:1].isupper()):
            continue  # names travel between languages; only ordinary words tell the language
        rates = foreign_frequencies(token)
        english = zipf(token)
        if (rates and max(rates.values()) >= english + 1.0) or (english == 0 and not token.isascii()):
            foreign += 1
    return foreign >= max(2, (len(tokens) + 1) // 2)


# -- document shape ----------------------------------------------------------------------------


def is_prose(text: str) -> bool:
    """A line that reads like a paragraph of an article."""
    words = len(text.split())
    return (words >= 8 and bool(PROSE_END.search(ends_as(text)))) or words >= 20


def ends_as(text: str) -> str:
    """The line without what may trail its last sentence (a link, a handle, emoji)."""
    return TRAILER.sub("", text) or text


def is_scraped_page(doc: Document) -> bool:
    """One line per HTML block and no blank lines: a naive scrape, mostly chrome."""
    lines = doc.lines
    if len(lines) < 15 or len(doc.paragraphs) > max(3, len(lines) // 10):
        return False
    short = sum(len(line.text.split()) <= 4 for line in lines)
    return short >= 0.4 * len(lines)


def article_body(lines: list[Span]) -> tuple[int, int]:
    """The densest run of prose lines (maximum-sum segment): where the article is.

    A prose line counts fully only beside another one: a lone paragraph between menus is more
    often a teaser of another story than part of the article. Headline-like lines (short, no
    sentence ending, mostly capitalized words) weigh most against: related-story lists. The cells
    of a table (a stats box, results) weigh nothing: an article may hold one.
    """
    prose = [is_prose(line.text) for line in lines]
    table = table_lines(lines, prose)
    best, best_range = 0.0, (0, -1)
    total, start = 0.0, 0
    for index, line in enumerate(lines):
        if index in table:
            score = 0.0
        elif prose[index]:
            neighbour = (index > 0 and prose[index - 1]) or (index + 1 < len(lines) and prose[index + 1])
            score = min(len(line.text.split()), 40) * (1.0 if neighbour else 0.3)
        else:
            score = _chrome_weight(line.text)
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > best:
            best, best_range = total, (start, index)
    return best_range


def _chrome_weight(text: str) -> float:
    """How much a line that is not a paragraph speaks against being inside the article."""
    words = text.split()
    if (len(words) >= 3 and SENTENCE_END.search(ends_as(text))) or EMBED_SIGNATURE.match(text):
        return 0.5
    if len(words) < 6:
        return -2.0
    capitalized = sum(word[:1].isupper() for word in words) / len(words)
    return -6.0 if capitalized > 0.6 else -3.0


def cell_shape(text: str) -> str:
    """'n' for a cell that is a third or more figures (a score, a share, a price, a date), 'w' otherwise."""
    tokens = TOKEN.findall(text)
    figures = sum(any(ch.isdigit() for ch in token) for token in tokens)
    return "n" if tokens and figures * 3 >= len(tokens) else ("w" if tokens else "-")


def table_lines(lines: list[Span], prose: list[bool]) -> frozenset[int]:
    """Lines that are the cells of a table (a stats box, results, prices): a run of short lines
    where figures are common and alternate with words row after row. A menu is a run of short
    lines too, but of words only."""
    cells: set[int] = set()
    run: list[int] = []
    for index in range(len(lines) + 1):
        text = lines[index].text if index < len(lines) else ""
        if text and len(text.split()) <= 16 and (not prose[index] or cell_shape(text) == "n"):
            run.append(index)
            continue
        if len(run) >= 8 and _tabular([cell_shape(lines[i].text) for i in run]):
            cells.update(run)
        run = []
    return frozenset(cells)


def _tabular(shapes: list[str]) -> bool:
    figures = shapes.count("n")
    changes = sum(1 for before, after in zip(shapes, shapes[1:], strict=False) if (before == "n") != (after == "n"))
    return figures >= 0.35 * len(shapes) and changes >= 0.25 * len(shapes)


def line_fingerprints(doc: Document) -> frozenset[str]:
    """This file's short non-prose lines, folded: its part of the corpus statistic from which
    ``recurring_lines`` is derived (see newslint.corpus)."""
    lines = doc.lines[1:]
    return frozenset(fold(line.text) for line in lines if len(line.text.split()) <= 8 and not is_prose(line.text))


def recurring_lines(files_with_line: Mapping[str, int], documents: int) -> frozenset[str]:
    """Short lines that several linted files share: a site's chrome, not reporting."""
    floor = max(3, documents // 10)
    return frozenset(text for text, count in files_with_line.items() if count >= floor)


# -- the rule ----------------------------------------------------------------------------------


class Boilerplate(Rule):
    """Finds page chrome left in the article: share bars and social buttons, "Read also" and
    related-article links, photo credits and captions markers, bylines and publication timestamps,
    comment and view counters, reading time, audio widgets, ad slots, copyright and cookie
    notices, navigation menus and footers, in English and in 30 other languages (untranslated
    chrome in an English article counts too).

    Why: chrome in an article body is read aloud by screen readers, indexed by search, counted
    in word totals and, worst, translated and published as if it were reporting.

    How: every line is judged by its shape (short, no sentence ending, separators, a "Label:"
    head, dates and counters, links) and its words (the chrome vocabulary in
    `rules/data/boilerplate.txt`, grouped by meaning: add your site's widget labels there). In a
    naively scraped page (one line per HTML block) the lines around the article body are chrome
    too (a table inside the body is part of it), a run of short lines in the body that is mostly
    chrome is one widget, and a short line that recurs across the linted files is the site's
    template. Spans of days ('Tue – Sat', 'date ~ date') and the signature line of an embedded
    post are content, not stamps.

    Example: `Share | Tweet | Email`, `Photo: Agency`, `Read also: <headline>`,
    `12:47 14.01.2026`, `Comments (12)`, `Síguenos en Telegram` in an English article.
    """

    code = "BP001"
    name = "boilerplate"
    summary = "Page chrome left in the article: share bars, credits, timestamps, menus, promos"
    english_only = False
    corpus_statistics = frozenset({LINE_FINGERPRINTS})

    def check(self, doc: Document) -> Iterator[Finding]:
        use_extra_vocabulary(self.config.extend_boilerplate)
        lines = doc.lines
        if not lines:
            return
        english = doc.is_english
        reasons: dict[int, str] = {}
        page = is_scraped_page(doc)
        recurring = doc.corpus.recurring_lines if doc.corpus.documents >= 3 else frozenset()
        body = article_body(lines) if page else (0, len(lines) - 1)
        headline = self._page_headline(lines, body[0], english) if page else 0
        for index, line in enumerate(lines):
            if index == headline and page:
                continue
            if index == 0 and not page:
                if self._masthead(line):  # an outlet's name above the headline
                    reasons[index] = "outlet masthead"
                continue  # the headline
            verdict = judge_line(line.text, english)
            if verdict:
                reasons[index] = verdict
            elif page and not body[0] - 1 <= index <= body[1] + 1 and self._outside_chrome(lines, index, body):
                reasons[index] = "page chrome outside the article body"
            elif recurring and fold(line.text) in recurring:
                reasons[index] = "site chrome repeated across files"
            elif index in (1, len(lines) - 1) and self._masthead(line):
                reasons[index] = "outlet masthead"
            elif not page and self._lone_word(doc, line):
                reasons[index] = "a lone lowercase word on its own line"
        if page:
            self._smooth_short_runs(lines, body, headline, reasons)
        yield from self._line_findings(doc, reasons)
        yield from self._inline_findings(doc, reasons)

    def _line_findings(self, doc: Document, reasons: dict[int, str]) -> Iterator[Finding]:
        lines = doc.lines
        run: list[int] = []
        for index in sorted(reasons):
            if run and index == run[-1] + 1 and doc.text[lines[run[-1]].end : lines[index].start].count("\n") <= 1:
                run.append(index)
                continue
            if run:
                yield self._run_finding(doc, run, reasons)
            run = [index]
        if run:
            yield self._run_finding(doc, run, reasons)

    def _run_finding(self, doc: Document, run: list[int], reasons: dict[int, str]) -> Finding:
        first, last = doc.lines[run[0]], doc.lines[run[-1]]
        if len(run) == 1:
            message = f"{reasons[run[0]]}: '{_short(first.text)}'"
        else:
            common = Counter(reasons[index] for index in run).most_common(1)[0][0]
            kind = "navigation menu" if all(len(doc.lines[i].text.split()) <= 4 for i in run) else common
            message = f"{kind} ({len(run)} lines): '{_short(first.text, 30)}' …"
        end = last.end + 1 if doc.text[last.end : last.end + 1] == "\n" else last.end
        fix = Fix.replace(first.start, end, "", "Delete the line" if len(run) == 1 else "Delete the lines", safe=False)
        return self.finding(doc, first.start, last.end, message, fix=fix)

    def _inline_findings(self, doc: Document, reasons: dict[int, str]) -> Iterator[Finding]:
        """Markers glued inside a line: 'image source, X', 'image caption,', '(c)' after a name."""
        flagged = {doc.lines[i].start for i in reasons}

        def in_flagged_line(offset: int) -> bool:
            line = doc.line_of(offset)
            return line is not None and line.start in flagged

        markers = (
            (IMAGE_MARKER, "image or caption marker", "image", "caption"),
            (CAPTION_MARKER, "caption position marker", "(", ")"),
        )
        lowered = doc.text.casefold()
        for pattern, why, hint, other in markers:
            if hint not in lowered or other not in lowered:
                continue
            for match in pattern.finditer(doc.text):
                if match.group().strip() and not in_flagged_line(match.start()):
                    yield self.finding(doc, match.start(), match.end(), f"{why}: '{_short(match.group())}'")
        if "/" in doc.text:
            for line in doc.lines:
                if "/" not in line.text or line.start in flagged:
                    continue
                for match in SLASH_CREDIT.finditer(line.text):
                    if _credit_like(match.group()) and match.group() != line.text and _names_agency(match.group()):
                        start = line.start + match.start()
                        message = f"photo credit: '{_short(match.group())}'"
                        yield self.finding(doc, start, start + len(match.group()), message)

    @staticmethod
    def _smooth_short_runs(lines: list[Span], body: tuple[int, int], headline: int, reasons: dict[int, str]) -> None:
        """A run of short lines inside the body is judged as a run: when half of it or more is
        chrome by its own words (a share bar, a byline, a timestamp), the rest of the run is the
        same widget ('Email', an author's name, a counter) rather than a crosshead."""
        run: list[int] = []
        for index in range(body[0], body[1] + 2):
            if index <= body[1] and index != headline and not is_prose(lines[index].text):
                run.append(index)
                continue
            chrome = [i for i in run if i in reasons]
            if len(run) >= 3 and 2 * len(chrome) >= len(run):
                for i in run:
                    reasons.setdefault(i, "page chrome among chrome lines")
            run = []

    @staticmethod
    def _outside_chrome(lines: list[Span], index: int, body: tuple[int, int]) -> bool:
        """Outside the body every short line is chrome, and so is a lone paragraph well away from
        it (a teaser of another story, a comment); a run of paragraphs may be more of the article."""
        if not is_prose(lines[index].text):
            return True
        if body[0] - 3 <= index <= body[1] + 3:
            return False
        neighbours = (lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines))
        return not any(is_prose(text) for text in neighbours)

    @staticmethod
    def _page_headline(lines: list[Span], body_start: int, english: bool) -> int:
        """In a scraped page, the headline is the last headline-like line just above the body."""
        for index in range(body_start - 1, max(-1, body_start - 5), -1):
            text = lines[index].text
            if 4 <= len(text.split()) <= 25 and not SENTENCE_END.search(text) and not judge_line(text, english):
                if not _dated_or_signed(text):
                    return index
        return -1

    @staticmethod
    def _lone_word(doc: Document, line: Span) -> bool:
        """A single lowercase word as a paragraph of its own (not an item of a list)."""
        if not LONE_LOWERCASE.fullmatch(line.text) or line.text in FUNCTION_WORDS:
            return False
        before = doc.text[max(0, line.start - 40) : line.start].rstrip(" \t")
        after = doc.text[line.end : line.end + 40].lstrip(" \t")
        return (not before or before.endswith("\n\n") or before.rstrip("\n") == "") and (
            not after or after.startswith("\n\n") or not after.strip()
        )

    @staticmethod
    def _masthead(line: Span) -> bool:
        """'Outlet Name outlet.com' as a line of its own near the top or bottom."""
        text = line.text
        return len(text.split()) <= 6 and "@" not in text and not PROSE_END.search(text) and bool(LINK.search(text))


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
