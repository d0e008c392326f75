"""Boilerplate: page chrome and scraping leftovers inside the article text.

A line classifier in the spirit of jusText and trafilatura: each line is judged by its shape
(length, end punctuation, separators, a "Label:" head, digits, dates, counters, links) and by
the chrome vocabulary of many languages (`rules/data/boilerplate.txt`); then by its place in
the document (menus cluster outside the article body of a scraped page; the cells of a table in
the body do not break it; a run of short lines in the body that is mostly chrome is a widget as a
whole) and by whether the same short line recurs across the linted files (site chrome).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

from newslint import regexes
from newslint.cache import derived
from newslint.corpus import LINE_FINGERPRINTS
from newslint.document import Document, Span
from newslint.finding import Finding, Fix
from newslint.lexicon import FUNCTION_WORDS, fold, foreign_frequencies, zipf
from newslint.names import is_first_name
from newslint.rule import Rule

DATA = Path(__file__).parent / "data"  # read as paths: importlib.resources costs every start 4 ms

TOKEN = regexes.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[©@#+]")
UNSPACED = regexes.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
NON_LATIN_LETTER = regexes.compile(r"[^\P{L}\p{Latin}]")
LETTER = regexes.compile(r"\p{L}")
PROSE_END = regexes.compile(r"(?:[.!?…。！？।॥؟۔]|[.!?…][\"”’'»)\]]+|:)\s*$")
SENTENCE_END = regexes.compile(r"[.!?…。！？।॥؟۔][\"”’'»)\]]*\s*$")
# What may trail a sentence on a scraped line without ending it: a link, a handle, emoji.
TRAILER = regexes.compile(r"(?:\s*(?:(?:https?://|www\.|pic\.)\S+|[\p{So}\p{Sk}\p{Cf}\uFE0F]+|[:;]-?[()D]))+\s*$")
# '— Name (@handle) 19 May 2019': the signature line of an embedded post, part of the article.
EMBED_SIGNATURE = regexes.compile(r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*[^()\n]{0,30}\d{4}\s*$")
# 'Tue – Sat', '5 May ~ 9 June', '2019.04.05 ~': a span of days or dates (opening hours, a run of
# shows) is listing content; a publication stamp is one point in time.
RANGE_MARK = regexes.compile(r"~|\s[–—-]\s|\b(?:to|until|till)\b", regex.I)
NUMBER = regexes.compile(r"\d+(?:[.,]\d+)*[kmb%]?", regex.I)
TIME = regexes.compile(r"\b\d{1,2}\s?[:.h]\s?\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)", regex.I)
NUMERIC_DATE = regexes.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{4}[年.]\s?\d{1,2}[月.]")
RELATIVE_TIME = regexes.compile(
    r"(?:^|\s)(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"|\d+\s?[smhdwy])\s+ago\b",
    regex.I,
)
# A clock time or a date written as one token: '10h12', '9h', '7pm', '2025年3月4日', '10時15分', '3小时前'.
TIME_TOKEN = regexes.compile(
    r"\d{1,2}h\d{0,2}|\d{1,2}(?:am|pm)|(?:\d{1,4}\s*(?:年|月|日|号|時|时|点|點|分钟|分鐘|分|秒钟|秒|小时|小時|個小時|个小时"
    r"|時間|天|周|週間|星期|个月|か月|ヶ月)\s*)+(?:前|之前|以前)?",
    regex.I,
)
# '3 Min.', '5 min.', '2 Std.': a reading time's abbreviated unit ends a line without ending a sentence.
UNIT_STOP = regexes.compile(r"\d\s*(?:min|mins|std|hrs?|sek|sec|мин|хв|dk)\.$", regex.I)
# A number glued to its unit ('10min', '2h', '3시간', '5dk'): read as the number and the unit.
GLUED_UNIT = regexes.compile(r"(\d+)(\p{L}+)")
# 'Ctrl+Enter', 'Strg + Enter', 'Ctrl+Entrée': the key press of the widget that reports a typo.
KEY_COMBO = regexes.compile(r"\b(?:ctrl|strg|ctl|control|cmd)\s*\+\s*(?:enter|entr[ée]e|invio|intro)\b", regex.I)
# '1. Headline', '2) Headline', '#3 Headline', '①': an item of a numbered list.
NUMBERED = regexes.compile(r"^\s*(?:\d{1,2}\s*[.)]|#\d{1,2}|[①-⑳])\s*(?=[\p{L}\"“«„'‘])")
# Cells of a line of chrome: bars, bullets and dashes with spaces around them.
# Each alternative starts where a run of spaces starts, so a long run of spaces is scanned once.
CELL_SPLIT = regexes.compile(r"(?<!\s)\s++[|·•—–-]\s+|(?<!\s)\s*+[|·•]\s*")
# Name particles and conjunctions that a byline's names may hold in lowercase.
NAME_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den ter la le y e i et und and bin al el".split()
)
# Fillers of a relative time ('an hour ago', 'vor einer Stunde', 'il y a une heure', 'about').
TIME_FILLERS = frozenset(
    "a an one about around over just un une una uno uma um ein eine einer einem etwa около".split()
)
CREDIT_SPLIT = regexes.compile(r"[/|,;()\[\]–—]|\s-\s|(?<=\p{Lu})-(?=\p{Lu})|\b(?:via|with|and|for|by)\b", regex.I)
YEAR = regexes.compile(r"(?<!\d)\d{4}(?!\d)")
SEPARATORS = regexes.compile(r"\s[|·•»›>/]\s|[|·•»›]")
LINK = regexes.compile(
    r"(?:https?://|www\.)\S+|@[\w.]{2,}|(?<![&\w])#\p{L}\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|tv|co|io|ly|me|gl|be"
    r"|ir|ru|ua|de|fr|es|it|pl|cz|hu|ro|gr|tr|in|bd|cn|jp|kr|vn|id|br|mx|ar|uk|us|ca|au)\b(?:/\S*)?",
    regex.I,
)
LABEL_HEAD = regexes.compile(r"^[\s(\[【〔「<]*([^:：=】\]|>»]{1,40}?)\s*[:：=】\]|>»]\s*(.*)$")
ABBREVIATED_HEAD = regexes.compile(r"^[(\[]?(\p{L}{2,5})\.\s+\S")
CAPTION_MARKER = regexes.compile(
    r"(?<=\p{Lu}\p{Ll}+ )\((?:c|i|d|izq\.?|dcha\.?|izda\.?)\)(?= \p{Ll})"
)
IMAGE_MARKER = regexes.compile(
    r"(?:\bdate \d{4}-\d\d-\d\d[ \t]+)?\bimage (?:source|copyright)s?[,:][ \t]*[\p{L} .]{1,30}?"
    r"(?:[ \t]+images?)?(?:[ \t]+(?:image[ \t]+)?caption[,:])?(?=\s|$)|\b(?:image|media|video|photo) caption\s*[,:]",
    regex.I,
)
CREDIT_WORD = r"\p{Lu}[\p{L}&'-]*(?:\.\p{Lu}[\p{L}&'-]*)*"
CREDIT_SEGMENT = rf"{CREDIT_WORD}(?: {CREDIT_WORD}){{0,3}}"
SLASH_CREDIT = regexes.compile(rf"{CREDIT_SEGMENT}(?:\s*/\s*{CREDIT_SEGMENT}){{2,}}")
LONE_LOWERCASE = regexes.compile(r"\p{Ll}{3,}")
LINK_KIND = "link or handle"
EDITOR_INITIALS = regexes.compile(r"\(\p{Ll}{2,5}(?:/\p{Ll}{2,5})+\)")
# A first line this short that reads as chrome is chrome, not the headline ('Home » World').
SHORT_FIRST_LINE = 4
# Chrome that sits between the paragraphs of an article (an ad slot, a related-article label, a
# photo credit): it speaks less against the body than a menu does.
IN_BODY_CHROME = frozenset(
    ("advertisement", "related-article link", "photo credit", "agency or photo credit", "photo caption and credit")
)
# What a line about the story says of itself (who, when, how long): a name or a place may stand
# beside it in a cell of its own ('Por María López | Sevilla').
META_KINDS = frozenset(
    (
        "byline",
        "publication timestamp",
        "relative timestamp",
        "reading time",
        "agency or photo credit",
        "photo credit",
        "source line",
    )
)
# Items of a list of other stories after its heading ('Most read'), at most.
LIST_ITEMS = 12
# Articles before a list heading ('The most read').
LIST_ARTICLES = frozenset("the a les los las le la il i os as die der das".split())
# 'Prices since 2020 - here', 'Oil output – tmsnrt.rs/3abc': a title, a dash and where it links
# to. After a media label it is the story's pointer to its own chart or video, not a credit.
LINKED_TITLE = regexes.compile(r"\S\s+[-–—:]\s*(?:here|(?:https?://|www\.)\S+|[\w-]+\.\w{2,3}/\S+)[\s)\]]*$", regex.I)
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
        caches = (
            _data_sources, _entries, vocabulary, phrase_index, notices, judge_line, heading_alone, _date_phrases,
            _ago_words,
        )  # fmt: skip
        for cached in caches:
            cached.cache_clear()


@cache
def _entries() -> tuple[tuple[str, str, str], ...]:
    """(group, message, phrase) for every phrase of `rules/data/boilerplate.txt` and of the
    newsroom's files (same format)."""
    texts = [(DATA / "boilerplate.txt").read_text(encoding="utf-8")]
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
    """Parsing the vocabulary files costs every start a hundredth of a second: the tables are
    cached beside the word data, keyed as phrase_index is (and by Python's version: fold)."""
    unspaced, messages, stems = derived("boilerplate-vocabulary", _derived_sources(), _vocabulary)
    return Vocabulary(unspaced, messages, stems)


def _vocabulary() -> tuple[tuple[tuple[str, str, str], ...], dict[str, str], frozenset[str]]:
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
    return tuple(unspaced), messages, frozenset(stems)


@cache
def _data_sources() -> tuple[bytes, ...]:
    """What the phrase tables derive from: the vocabulary files and the code that reads them."""
    files = [(DATA / "boilerplate.txt").read_bytes()]
    files += [Path(file).read_bytes() for file in _EXTRA_FILES]
    return (*files, Path(__file__).read_bytes())


def _derived_sources() -> tuple[bytes, ...]:
    """_data_sources and Python's version (fold reads its Unicode tables)."""
    return (*_data_sources(), sys.version.encode())


@cache
def phrase_index() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every phrase with all the groups that list it (a word may be a month and a nav label)."""
    return derived("boilerplate-phrases", _data_sources(), _phrase_index)


def _phrase_index() -> dict[tuple[str, ...], tuple[str, ...]]:
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
    text = (DATA / "photo_agencies.txt").read_text(encoding="utf-8")
    return frozenset(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def notices() -> dict[str, list[tuple[str, str]]]:
    """Notice phrases (copyright, cookies, paywall) by their first word, each with its message
    (cached as vocabulary is)."""
    return derived("boilerplate-notices", _derived_sources(), _notices)


def _notices() -> dict[str, list[tuple[str, str]]]:
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
    if not notice and len(rough) <= CAPTION_MAX_WORDS and (caption := _caption_with_credit(text)):
        return caption
    if notice or (len(rough) > 16 and SENTENCE_END.search(text)) or len(rough) > 40:
        return notice  # a sentence: only a notice (cookies, rights) makes one chrome
    tokens = [fold(token) for token in TOKEN.findall(text)]
    if not tokens or EMBED_SIGNATURE.match(text):
        return None
    if _error_report(text, tokens):
        return vocabulary().messages.get("typo-error", "error-report widget")
    words = len(tokens)
    ends_sentence = bool(SENTENCE_END.search(text)) and not text.endswith(("...", "…")) and not UNIT_STOP.search(text)
    vocab = vocabulary()
    labelled = _labelled(text, words, ends_sentence)
    if labelled:
        return labelled
    if words <= 12 and not ends_sentence and _byline(tokens, text):
        return "byline"
    if 2 <= words <= 4 and _in_kind((tokens[-1],), "tail") and not any(ch.isdigit() for ch in text):
        return "byline"  # '김민수 기자': a name and the reporter's title after it
    if words <= 10 and _agency_line(text):
        return "agency or photo credit"
    if EDITOR_INITIALS.fullmatch(text.strip()):
        return "editor's initials"  # '(rzp/dwl)', '(dpa/lnw)': who wrote and who edited
    if words <= 8 and _relative_time(tokens, text):
        return "relative timestamp"
    if not ends_sentence or words <= 3:
        covered = _cue_cover(text, tokens, vocab)
        if covered:
            return covered
    if words <= 20 and not ends_sentence and _is_timestamp(text, tokens) and not _span_of_days(text):
        return "publication timestamp"
    if words <= 14 and _is_link_line(text):
        return LINK_KIND
    if SLASH_CREDIT.fullmatch(text.strip(" ()")) and _credit_like(text):
        return "photo credit"
    if words <= 20 and not ends_sentence and _separated_labels(text) and not _span_of_days(text):
        return "navigation or share bar"
    if words <= 24 and not _span_of_days(text) and (cells := _chrome_cells(text, english_document)):
        return cells
    if words <= 14 and text.rstrip()[-1:] not in ".?" and _call_to_action(tokens, vocab):
        return "promo or call to action"
    if words <= 30 and OUR.intersection(tokens) and _call_to_action(tokens, vocab):
        return "promo or call to action"  # 'Join our forums to ...': the newsroom speaking
    if english_document and words <= 12 and _untranslated_chrome(text, tokens, vocab):
        return "untranslated page chrome"
    return None


CAPTION_MAX_WORDS = 45
# The credit closing a caption: after the caption's sentence ('... on Monday. Photo: AFP').
CAPTION_CREDIT = regexes.compile(r"[.!?)\]]\s+(?P<credit>[^.!?\s][^.!?]{2,80})$")


def _caption_with_credit(text: str) -> str | None:
    """'Commuters wait at the terminal. Photo: City Hall': a photo's caption and its credit on
    one line, as a scraper keeps them; the credit is a photo credit line of its own."""
    match = CAPTION_CREDIT.search(text.rstrip())
    if match is None:
        return None
    credit = match.group("credit").strip()
    if _labelled(credit, len(credit.split()), False) in ("photo credit", "agency or photo credit"):
        return "photo caption and credit"
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
            if label == "head-photo" and LINKED_TITLE.search(tail):
                return None  # '(Graphic: Oil prices this year - here)': the story points to its own graphic
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


# A row of three platform names may hold two labels the vocabulary lacks ('Paylaş: Facebook
# Twitter WhatsApp E-posta Yazdır'), as long as they are no English words ('... fined').
MAX_STRAY_WORDS = 2
PLATFORMS_FOR_STRAYS = 3


def _no_english_word(token: str) -> bool:
    """A word (hyphens allowed) that English never writes."""
    return token.replace("-", "").isalpha() and zipf(token) == 0


def _cue_cover(text: str, tokens: list[str], vocab: Vocabulary) -> str | None:
    """The chrome kind when every word of a short line is chrome vocabulary, a number or a
    platform name ('Share | Tweet | Email', 'Comments (27)', '5 min read', 'ADVERTISEMENT'),
    or a row of platform names with a label or two of another language among them."""
    if len(tokens) > 12:
        return None
    raw = TOKEN.findall(text)  # as written: tokens are folded
    found: Counter[str] = Counter()
    index, longest, connectors, strays = 0, 0, 0, 0
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
            if strays < MAX_STRAY_WORDS and (_no_english_word(tokens[index]) or raw[index][:1].isupper()):
                strays += 1  # a label of another language ('E-posta', 'Yazdır') or a platform's name ('Line')
                index += 1
                continue
            return None
    if not found or strays and found["cue-social"] < PLATFORMS_FOR_STRAYS and not _share_row(found, strays):
        if not _menu_row(found, strays, raw):
            return None  # words no list holds pass only in a row of platform names or of a menu's labels
    if connectors and "cue-social" not in found and longest < 2:
        return None  # 'Follow the money' is a crosshead; 'Follow us on Telegram' is chrome
    group = found.most_common(1)[0][0]
    if group.startswith(("lead", "head")) and len(tokens) > 2 and longest < 3:
        return None  # a pile of label words ('Photo source video') proves little; a lead phrase does
    if group == "cue-social" and len(found) > 1:
        group = next(other for other, _ in found.most_common() if other != "cue-social")  # 'Follow us on X'
    return vocab.messages[group]


MENU_LABELS = 4  # a menu line: this many labels of the navigation vocabulary at least...
MENU_LABELS_PER_STRAY = 4  # ... and this many for each capitalized label no list holds ('Chronicle')


def _menu_row(found: Counter[str], strays: int, raw: list[str]) -> bool:
    """'Home News Politics Economy Chronicle Sport Weather': a row of a site's section labels,
    one or two of them missing from the vocabulary; every word capitalized, as menus write them."""
    labels = found["cue-nav"]
    return (
        labels >= MENU_LABELS
        and labels >= MENU_LABELS_PER_STRAY * strays
        and all(word[:1].isupper() or word[:1].isdigit() for word in raw)
    )


def _share_row(found: Counter[str], strays: int) -> bool:
    """'Paylaş Tweetle WhatsApp E-posta': a platform name and another chrome label, with no more
    words of another language than chrome words ('Tweetle' and 'E-posta' are labels too)."""
    chrome = sum(found.values())
    return found["cue-social"] >= 1 and chrome - found["cue-social"] >= 1 and chrome >= strays


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


DATE_KINDS = ("month", "weekday", "head-published", "time-ago", "time-unit")


@cache
def _date_phrases() -> dict[tuple[str, ...], frozenset[str]]:
    """Every phrase of date words with its kinds (a word may be two: 'hace' is a time word and
    makes a time past)."""
    return derived("boilerplate-dates", _data_sources(), _build_date_phrases)


def _build_date_phrases() -> dict[tuple[str, ...], frozenset[str]]:
    table = {}
    for tokens, groups in phrase_index().items():
        kinds = frozenset(kind for kind in DATE_KINDS if any(group.startswith(kind) for group in groups))
        if kinds:
            table[tokens] = kinds
    return table


@cache
def _ago_words() -> frozenset[str]:
    """Every word of a `time-ago` phrase: a line without one is no relative time."""
    return frozenset(word for tokens, kinds in _date_phrases().items() if "time-ago" in kinds for word in tokens)


def _date_phrase(tokens: list[str], index: int) -> tuple[int, frozenset[str]]:
    """The longest phrase of date words at `index` ('mis a jour le', 'il y a', 'march') and its kinds."""
    table = _date_phrases()
    for size in range(min(4, len(tokens) - index), 0, -1):
        kinds = table.get(tuple(tokens[index : index + size]))
        if kinds:
            return size, kinds
    return 0, frozenset()


def _time_tokens(tokens: list[str]) -> list[str]:
    """The tokens with a number glued to its unit taken apart ('10min' -> '10', 'min')."""
    split: list[str] = []
    for token in tokens:
        glued = GLUED_UNIT.fullmatch(token)
        if glued and not TIME_TOKEN.fullmatch(token):
            split += [glued.group(1), glued.group(2)]
        else:
            split.append(token)
    return split


def _is_timestamp(text: str, tokens: list[str], allow_words: int | None = None) -> bool:
    """A line made of a date and/or time, perhaps with a weekday, zone or a name or two: '12.03.2025,
    15:42 Uhr', 'Publié le 04/03/2025 à 10h12', '3 марта 2025', 'Updated 2 hours ago'."""
    if not any(ch.isdigit() for ch in text):
        return False
    tokens = _time_tokens(tokens)
    dateish, index = 0, 0
    kinds: set[str] = set()
    while index < len(tokens):
        if NUMBER.fullmatch(tokens[index]) or TIME_TOKEN.fullmatch(tokens[index]):
            dateish, index = dateish + 1, index + 1
            continue
        size, found = _date_phrase(tokens, index)
        dateish += size
        kinds |= found
        index += size or 1
    relative = {"time-ago", "time-unit"} <= kinds
    has_time = bool(TIME.search(text) or RELATIVE_TIME.search(text) or TIME_TOKEN.search(text)) or relative
    has_date = bool(NUMERIC_DATE.search(text))
    if not (has_time or has_date or ("month" in kinds and YEAR.search(text))):
        return False
    other = len(tokens) - dateish
    if allow_words is not None:
        return other <= allow_words
    return other <= max(2, len(tokens) // 3)


def _span_of_days(text: str) -> bool:
    """'Tue – Sat 4PM', '2019.04.05 ~', '5 May 2019 | 9 June 2019': days or dates from one to
    another (a schedule, a season of shows), not the one moment a story was published. A second
    stamp with its own label ('... - Updated 04/03/2025 11:30') does not close a span."""
    if "~" in text or (len(YEAR.findall(text)) >= 2 and not TIME.search(text)):
        return True
    sides = RANGE_MARK.split(text, maxsplit=1)
    if len(sides) != 2 or _labelled_stamp(sides[1]):
        return False
    if TIME.match(sides[1].lstrip()):
        return False  # '12.08.2025 - 14:27': a day and its hour, one moment
    return all(_names_a_day(side) for side in sides)


def _labelled_stamp(text: str) -> bool:
    """'Updated 04/03/2025', 'Mis à jour le ...': a stamp that opens with its label."""
    tokens = [fold(token) for token in TOKEN.findall(text)]
    return any(_in_kind(tuple(tokens[:size]), "head-published") for size in range(1, min(4, len(tokens)) + 1))


def _relative_time(tokens: list[str], text: str) -> bool:
    """'2 hours ago', 'hace 2 horas', 'vor 3 Stunden', 'il y a une heure', '2 saat önce',
    'منذ ساعتين', '3小时前': units of time and a word that puts them in the past, nothing else."""
    if len(tokens) == 1 and TIME_TOKEN.fullmatch(tokens[0]) and regex.search(r"(?:前|之前|以前)$", tokens[0]):
        return any(ch.isdigit() for ch in tokens[0])
    if len(tokens) > 8 or _ago_words().isdisjoint(tokens):
        return False
    tokens = _time_tokens(tokens)
    index = 0
    kinds: set[str] = set()
    while index < len(tokens):
        size, found = _date_phrase(tokens, index)
        if found & {"time-ago", "time-unit"}:
            kinds |= found
            index += size
        elif NUMBER.fullmatch(tokens[index]) or tokens[index] in TIME_FILLERS:
            index += 1
        else:
            return False
    return {"time-ago", "time-unit"} <= kinds


def _error_report(text: str, tokens: list[str]) -> bool:
    """'Found a typo? Select it and press Ctrl+Enter', 'Ошибка в тексте? Выделите её и нажмите
    Ctrl+Enter': the key press and a word for an error, on a short line."""
    if len(tokens) > 24 or not KEY_COMBO.search(text):
        return False
    if any(_in_kind((token,), "typo") for token in tokens):
        return True
    folded = fold(text)
    return any(phrase in folded for phrase, group, _ in vocabulary().unspaced if group.startswith("typo"))


def _chrome_cells(text: str, english: bool) -> str | None:
    """'Von Anna Schmidt | Lesezeit: 3 Min.', 'Publié le 04/03/2025 à 10h12 - Mis à jour le ...':
    a line of cells (split by bars, bullets, spaced dashes) each of which is chrome on its own (a
    byline, a stamp, a reading time, a bare label), with perhaps a name or a place beside them."""
    cells = [cell.strip() for cell in CELL_SPLIT.split(text)]
    cells = [cell for cell in cells if TOKEN.search(cell)]
    if len(cells) < 2:
        return None
    verdicts: list[str] = []
    names = 0
    for cell in cells:
        if TIME.fullmatch(cell) or NUMERIC_DATE.fullmatch(cell):
            verdicts.append("publication timestamp")  # '12.08.2025 - 14:27' cut at its dash
            continue
        verdict = judge_line(cell, english) or _bare_label(cell)
        if verdict:
            verdicts.append(verdict)
        elif _capitalized_name(cell) and not SENTENCE_END.search(cell):
            names += 1
        else:
            return None
    if not verdicts or (names and (names > len(verdicts) or not META_KINDS.intersection(verdicts))):
        return None  # 'Ukraine War - Live Updates' is a headline: a name beside a nav label proves nothing
    return verdicts[0]


def _bare_label(text: str) -> str | None:
    """A label with nothing after it ('Haber Merkezi', 'Editor:'): the kind it names."""
    tokens = tuple(fold(token) for token in TOKEN.findall(text))
    group = _in_kind(tokens, "head") or _in_kind(tokens, "lead") if 0 < len(tokens) <= MAX_PHRASE else None
    return vocabulary().messages[group] if group else None


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
    if not _in_kind((head,), "head-byline"):
        return False
    names = [name for name in TOKEN.findall(text)[1:] if name.casefold() not in NAME_PARTICLES]
    if not names:
        return False
    if head != "by" and (zipf(head) >= 3.0 or is_first_name(head)):
        # 'De', 'Von', 'Par', 'Di' open names and headlines too ('Von der Leyen ...', 'Di Maria
        # Scores Twice'), and 'Oleh' is a name itself: a byline only when names follow, given
        # names or words English rarely uses.
        if not 2 <= len(names) <= 6 or not all(zipf(name) < 4.0 or is_first_name(name) for name in names):
            return False
    capitalized = sum(name[:1].isupper() or name.isdigit() for name in names)
    return capitalized >= 0.7 * len(names) and names[0][:1].isupper()


def _signed_below(lines: list[Span], index: int) -> bool:
    """The next line is the signature of an embedded post ('— Name (@handle) date'): a post's
    text ends with its own link (a t.co or pic.twitter.com address, an arrow or emoji before it),
    which a scraper may put on a line of its own."""
    return index + 1 < len(lines) and bool(EMBED_SIGNATURE.match(lines[index + 1].text))


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
    """'Home › World › Europe', 'Cronaca › Napoli', 'About / Contact / Privacy', 'Print | Email':
    short labelled cells."""
    cells = [cell.strip() for cell in SEPARATORS.split(text)]
    cells = [cell for cell in cells if cell]
    if len(cells) < 3 and not (len(cells) == 2 and ("|" in text or "›" in text or " » " in text)):
        return False  # two cells: a bar or a breadcrumb arrow ('Cronaca › Napoli') joins them
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
    # A one-letter cue ('A' of a font-size widget) is an article in half the languages of Europe.
    if any(
        (len(token) > 1 or not token.isascii()) and (_has_stem(token, vocab) or _in_kind((token,), "cue"))
        for token in tokens
    ):
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
    words = word_count(text)
    if words < 8 and words >= 5:
        words = max(words, len(LETTER.findall(text)) // 6)  # long words: Turkish, Finnish, Hungarian
    return (words >= 8 and bool(PROSE_END.search(ends_as(text)))) or words >= 20


def word_count(text: str) -> int:
    """Words of a line; Chinese and Japanese write no spaces between words, so a run of their
    script counts a word per one and a half characters, as in translation ('欧盟委员会表示' is
    about as long as 'the commission said')."""
    chunks = text.split()
    if text.isascii() or not UNSPACED.search(text):
        return len(chunks)
    count = 0
    for chunk in chunks:
        unspaced = len(UNSPACED.findall(chunk))
        count += unspaced * 2 // 3 if unspaced >= 4 else 1
    return count


BULLETED = regexes.compile(r"^\s*[•·▪►‣–-]\s+\S")


def _foreign_list_heading(lines: list[Span], index: int, reasons: dict[int, str]) -> str | None:
    """'list' for a short chrome line of another language ('ПОВРЗАНИ ВЕСТИ') followed by
    bulleted lines: a widget's heading and its items, whatever words the vocabulary lacks."""
    if reasons[index] != "untranslated page chrome" or word_count(lines[index].text) > 4:
        return None
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return "list" if BULLETED.match(following) else None


@lru_cache(maxsize=20_000)
def heading_alone(text: str) -> str | None:
    """'lead' for a related-article label alone on its line ('Read also:', 'Lire aussi'), 'list'
    for the heading of a list of other stories ('Most read', 'Les plus lus'); None otherwise."""
    core = text.strip().strip(":：-–—»>›|•").strip()
    if len(core) > 60:
        return None
    tokens = tuple(fold(token) for token in TOKEN.findall(core))
    if not tokens or len(tokens) > MAX_PHRASE + 1:
        return None
    for candidate in (tokens, tokens[1:] if tokens[0] in LIST_ARTICLES else ()):
        if candidate and _in_kind(candidate, "cue-list"):
            return "list"
        if candidate and _in_kind(candidate, "lead"):
            return "lead"
    if UNSPACED.search(core):
        folded = fold(core)
        for phrase, group, _ in vocabulary().unspaced:
            if folded == phrase and group.startswith(("cue-list", "lead")):
                return "list" if group.startswith("cue-list") else "lead"
    return None


def headline_shaped(text: str) -> bool:
    """A short line that reads as a headline or a list item: not a paragraph, not a label that
    opens something (':'), no full stop at its end."""
    stripped = text.strip()
    words = word_count(stripped)
    if not 1 <= words <= 20 or is_prose(stripped) or stripped.endswith((":", "：")):
        return False
    if NUMBERED.match(stripped) or stripped.endswith(("?", "!", "？", "！")):
        return True
    return not SENTENCE_END.search(stripped)


def ends_as(text: str) -> str:
    """The line without what may trail its last sentence (a link, a handle, emoji)."""
    return TRAILER.sub("", text) or text


def is_scraped_page(doc: Document) -> bool:
    """One line per HTML block and no blank lines: a naive scrape, mostly chrome."""
    lines = doc.lines
    if len(lines) < 15 or len(doc.paragraphs) > max(3, len(lines) // 10):
        return False
    short = sum(word_count(line.text) <= 4 for line in lines)
    return short >= 0.4 * len(lines)


def article_body(lines: list[Span], english: bool = True) -> tuple[int, int]:
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
            score = min(word_count(line.text), 40) * (1.0 if neighbour else 0.3)
        else:
            score = _chrome_weight(line.text, english)
            if index and score < -1.0 and heading_alone(lines[index - 1].text) == "lead":
                score = -1.0  # the headline a 'Read also:' points to, between two paragraphs
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > best:
            best, best_range = total, (start, index)
    return best_range


def with_closing_lines(lines: list[Span], body: tuple[int, int], english: bool = True) -> tuple[int, int]:
    """The body and the short lines that close it: a parenthesised note (a pointer to the
    story's graphic, who else reported), a last short sentence after it. They sit right after the
    last paragraph, are not chrome by their own words, and read as the story's text. An ad slot
    or a 'Read also' link between them and the paragraph does not part them (those lines are
    still chrome by their own words)."""
    end = body[1]
    while end + 1 < len(lines):
        step = end + 1
        while step < min(len(lines), end + 3) and _in_body_chrome(lines, step, english):
            step += 1
        if step < len(lines) and _closes_story(lines[step].text, english):
            end = step
        else:
            break
    return body[0], end


def _in_body_chrome(lines: list[Span], index: int, english: bool) -> bool:
    """Chrome that sits between paragraphs: an ad slot, a credit, a related-article link (and the
    headline after a 'Read also:' alone on its line)."""
    if judge_line(lines[index].text, english) in IN_BODY_CHROME:
        return True
    return index > 0 and heading_alone(lines[index - 1].text) == "lead" and headline_shaped(lines[index].text)


def _closes_story(text: str, english: bool) -> bool:
    stripped = text.strip()
    # An aside reads as text (a lowercase word that is not a function word); '(Jon Smith / Agency)',
    # a credit of names, does not.
    aside = (
        stripped.startswith("(")
        and stripped.endswith(")")
        and any(word.islower() and word not in FUNCTION_WORDS for word in TOKEN.findall(stripped))
    )
    sentence = len(stripped.split()) >= 3 and bool(SENTENCE_END.search(ends_as(stripped)))
    return (aside or sentence) and not judge_line(text, english)


def _chrome_weight(text: str, english: bool = True) -> float:
    """How much a line that is not a paragraph speaks against being inside the article."""
    words = text.split()
    count = word_count(text)
    if (count >= 3 and SENTENCE_END.search(ends_as(text))) or EMBED_SIGNATURE.match(text):
        return 0.5
    if count < 6:
        return -1.0 if judge_line(text, english) in IN_BODY_CHROME else -2.0
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
        if text and word_count(text) <= 16 and (not prose[index] or cell_shape(text) == "n"):
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


# 'KOMPAS.com, Jakarta - ...', 'TEMPO.CO, Jakarta -': a news site's name that opens its stories
# before the dateline (Indonesian, Malaysian, Indian sites), left in by the scraper.
SITE_BEFORE_DATELINE = regexes.compile(
    r"\s*((?:[\p{L}\d-]+\.)+(?i:com|co|id|net|org|tv|news)(?:\.(?i:[a-z]{2}))?)\s*[,\-–—]?\s+"
    r"(?=\p{Lu}[\p{L}. ]{1,30}?\s*(?:\([^()]{1,20}\)\s*)?[-–—])"
)


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
    template. A line of cells that are each chrome ('Von Anna Schmidt | Lesezeit: 3 Min.') is
    chrome; so are relative times in many languages ('hace 2 horas', '2 saat önce', '3小时前'), the
    headline after a related-article label alone on its line ('Read also:'), the items of a list
    of other stories after its heading ('Most read', 'Les plus lus') and the error-report widget
    ('Found a typo? Select it and press Ctrl+Enter'). Spans of days ('Tue – Sat', 'date ~ date'),
    the signature line of an embedded post and the link just above it are content, not stamps or
    links; so are a parenthesised note right after the last paragraph and a story's pointer to its
    own graphic ('Graphic: <title> - here').

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
        body = with_closing_lines(lines, article_body(lines, english), english) if page else (0, len(lines) - 1)
        headline = self._page_headline(lines, body[0], english) if page else 0
        for index, line in enumerate(lines):
            if index == headline and page:
                continue
            if index == 0 and not page:
                if self._masthead(line):  # an outlet's name above the headline
                    reasons[index] = "outlet masthead"
                elif (
                    _word_tokens(line.text) <= SHORT_FIRST_LINE or _breadcrumb(line.text) or _menu_of_labels(line.text)
                ) and (verdict := judge_line(line.text, english)):
                    if "timestamp" not in verdict:  # a dated headline ('Photos from May 2023') stays
                        reasons[index] = verdict  # 'Share on Facebook' above the headline: no headline
                continue  # the headline
            verdict = judge_line(line.text, english)
            if verdict == LINK_KIND and _signed_below(lines, index):
                verdict = None  # the link that closes an embedded post, just above its signature
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
        self._lists_after_headings(lines, reasons, headline if page else 0)
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
        for line in doc.lines:
            if line.start in flagged or "." not in line.text[:40]:
                continue
            site = SITE_BEFORE_DATELINE.match(line.text)
            if site is not None:
                start = line.start + site.start(1)
                message = f"site name before the dateline: '{site.group(1)}'"
                yield self.finding(doc, start, start + len(site.group(1)), message)
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
    def _lists_after_headings(lines: list[Span], reasons: dict[int, str], headline: int) -> None:
        """A related-article label alone on its line ('Read also:') points to the headline on the
        next line; a heading of other stories ('Most read') opens a list of them: its short lines
        (numbered headlines, their times) up to the first paragraph are chrome too."""
        for index in sorted(reasons):
            kind = heading_alone(lines[index].text) or _foreign_list_heading(lines, index, reasons)
            if not kind:
                continue
            items, at = 0, index + 1
            while at < len(lines) and at != headline and items < LIST_ITEMS:
                text = lines[at].text
                if at in reasons:
                    if kind == "lead" or not ("timestamp" in reasons[at] or NUMBERED.match(text)):
                        break
                elif headline_shaped(text) or kind == "lead" and BULLETED.match(text):
                    reasons[at] = "related-article link" if kind == "lead" else "list of other stories"
                    items += 1
                    if kind == "lead" and not BULLETED.match(text):
                        break  # a label points to one headline; a bulleted list under it goes on
                else:
                    break
                at += 1

    @staticmethod
    def _smooth_short_runs(lines: list[Span], body: tuple[int, int], headline: int, reasons: dict[int, str]) -> None:
        """A run of short lines inside the body is judged as a run: when half of it or more is
        chrome by its own words (a share bar, a byline, a timestamp), the rest of the run is the
        same widget ('Email', an author's name, a counter) rather than a crosshead. A short
        sentence that is not chrome by its own words (a quote, a one-line paragraph) ends the run."""
        run: list[int] = []
        for index in range(body[0], body[1] + 2):
            text = lines[index].text if index <= body[1] else ""
            sentence = index not in reasons and len(text.split()) >= 4 and bool(SENTENCE_END.search(ends_as(text)))
            if index <= body[1] and index != headline and not is_prose(text) and not sentence:
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
        budget = 4  # lines that are not chrome by their own words (a standfirst, a name)
        for index in range(body_start - 1, max(-1, body_start - 12), -1):
            text = lines[index].text
            if judge_line(text, english):
                continue  # a byline, a stamp, a share bar between the headline and the body
            if 4 <= word_count(text) <= 25 and not SENTENCE_END.search(text) and not _dated_or_signed(text):
                return index
            budget -= 1
            if not budget:
                break
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


def _breadcrumb(text: str) -> bool:
    """'Trang chủ > Kinh doanh > Tài chính': three or more short cells split by an arrow (a
    headline may hold slashes and bars, hardly ever arrows); or a menu of five or more short
    cells split by bars or dots ('Haberler | Gündem | Ekonomi | Spor | Dünya')."""
    for mark, least in ((">", 3), ("›", 3), ("»", 3), ("|", 5), ("·", 5), ("•", 5)):
        cells = text.split(f" {mark} ")
        if len(cells) >= least and all(0 < len(cell.split()) <= 3 for cell in cells):
            return True
    return False


def _menu_of_labels(text: str) -> bool:
    """'Geumho News | Login | Sign up | Subscribe': three or more cells split by bars or dots,
    two of them labels of page chrome (rules/data/boilerplate.txt's cue groups). A headline's
    parts may be split by bars too, but hardly two of them are widget labels."""
    for mark in ("|", "·", "•"):
        cells = text.split(f" {mark} ")
        if len(cells) < 3:
            continue
        labels = sum(1 for cell in cells if _in_kind(tuple(fold(token) for token in TOKEN.findall(cell)), "cue"))
        if labels >= 2:
            return True
    return _spaced_menu(text)


SPACED_MENU_WORDS = 4
SPACED_MENU_SHARE = 0.75


def _spaced_menu(text: str) -> bool:
    """'Home News Sport Business Culture Weather', 'ZPRÁVY DOMOV SPORT KULTURA': a menu whose
    labels lost their separators, four words or more, each capitalized and most of them labels of
    page chrome. A headline in title case has a verb or a small word among its words."""
    words = text.split()
    if len(words) < SPACED_MENU_WORDS:
        return False
    if not all(word.isalpha() and (word.istitle() or word.isupper()) for word in words):
        return False
    labels = sum(1 for word in words if _in_kind((fold(word),), "cue"))
    return labels >= SPACED_MENU_SHARE * len(words)


def _word_tokens(text: str) -> int:
    """Words of a line, not counting separators ('Home > World > Europe' has three)."""
    return sum(1 for token in TOKEN.findall(text) if token[0].isalnum())


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
