"""Mojibake: UTF-8 text decoded with the wrong encoding ("Ã©" for "é", "â€™" for "’")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from newslint import regexes
from newslint.document import Document
from newslint.finding import Finding, Fix, Severity
from newslint.rule import Rule


@cache
def byte_of() -> dict[str, int]:
    """The byte each character stands for when UTF-8 was read as Windows-1252 (or Latin-1,
    whose C1 control characters fill the five holes of Windows-1252)."""
    table: dict[str, int] = {}
    for byte in range(256):
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            table[chr(byte)] = byte
    for byte in range(0x80, 0xA0):
        table.setdefault(chr(byte), byte)  # Latin-1 reading: the control character of the same byte
    return table


def _chars(low: int, high: int) -> str:
    """A regex class body of the characters that stand for bytes low..high."""
    return "".join(regex.escape(char) for char, byte in byte_of().items() if low <= byte <= high)


_TAIL = f"[{_chars(0x80, 0xBF)}]"
# A UTF-8 sequence as Windows-1252 shows it: a lead (Â..ß, à..ï, ð..ô) and its continuation bytes.
_SEQUENCE = f"[{_chars(0xC2, 0xDF)}]{_TAIL}|[{_chars(0xE0, 0xEF)}]{_TAIL}{{2}}|[{_chars(0xF0, 0xF4)}]{_TAIL}{{3}}"
GARBLED = regexes.compile(f"(?:{_SEQUENCE})+")
WORD_CHAR = regexes.compile(r"[\p{L}\p{M}]")
LATIN_LETTER = regexes.compile(r"\p{Latin}")

# Two-byte sequences decode below U+0800. There, only the letters news is written in count:
# misreading legitimate Latin-1 ("CAFÉ”", "PERÚ’", "È…") lands on IPA, rare Latin Extended-B,
# historic Cyrillic, Syriac or NKo letters instead.
TWO_BYTE_PLAUSIBLE = (
    (0x00A0, 0x017F),  # Latin-1 letters and signs, Latin Extended-A (ł ő ş ğ ı č ...)
    (0x018F, 0x018F), (0x0192, 0x0192), (0x01A0, 0x01A1), (0x01AF, 0x01B0),  # Ə ƒ Ơ ơ Ư ư
    (0x01CD, 0x01DC), (0x01E6, 0x01E7), (0x0218, 0x021B), (0x0259, 0x0259),  # pinyin ǎ, ș ț, ə
    (0x02BB, 0x02BC),  # ʻokina, modifier apostrophe
    (0x0300, 0x0328),  # combining accents (text in decomposed form)
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x045F), (0x0490, 0x052F),  # Cyrillic
    (0x0531, 0x058F),  # Armenian
    (0x05B0, 0x05FF),  # Hebrew letters and points
    (0x0600, 0x06FF), (0x0750, 0x077F),  # Arabic, Persian, Urdu
)  # fmt: skip


def _plausible(char: str) -> bool:
    """A character real text is made of: below U+0800 a letter of a script news is written in,
    above it a letter, mark, digit, punctuation or symbol (not a control or private-use one)."""
    code = ord(char)
    if code < 0x80:
        return True
    if code < 0x800:
        return any(low <= code <= high for low, high in TWO_BYTE_PLAUSIBLE)
    category = unicodedata.category(char)
    return category[0] in "LMNPS" or char in "\u200b\u200c\u200d\u2060\ufeff\u3000"


def repair(garbled: str) -> str | None:
    """The text the garbled run was, if reading it back as bytes gives valid, plausible UTF-8
    (repeated for text that was mis-decoded twice); None otherwise."""
    table = byte_of()
    current = garbled
    for _ in range(3):
        try:
            decoded = bytes(table[char] for char in current).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            break
        if not all(_plausible(char) for char in decoded):
            break
        current = decoded
        if not GARBLED.fullmatch(current):
            break
    return current if current != garbled else None


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and WORD_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and WORD_CHAR.match(text[end]):
        end += 1
    return start, end


def _stray_letter(text: str, start: int, end: int, repaired: str) -> bool:
    """A 'repair' that would not fit its word, so the text was legitimate: one non-Latin letter
    inside a Latin word ("PASÓ”" would give "PASӔ"; real Cyrillic or Arabic mojibake garbles whole
    words), a lone combining mark or non-Latin digit, or a lowercase letter after capitals
    ("SOCIÉTÉ™" would give "SOCIÉTə")."""
    if len(repaired) != 1 or ord(repaired) < 0x100:
        return False
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _capital_before_punctuation(text, start, end):
        return True
    category = unicodedata.category(repaired)
    if category == "Mn":
        return not (0x300 <= ord(repaired) <= 0x328 and LATIN_LETTER.match(before))
    if category[0] != "L":
        return ord(repaired) < 0x800
    if not LATIN_LETTER.match(repaired):
        return bool(LATIN_LETTER.match(before) or LATIN_LETTER.match(after))
    return repaired.islower() and before.isupper() and not after.islower()


def _capital_before_punctuation(text: str, start: int, end: int) -> bool:
    """An accented capital ending a word in capitals, then punctuation ("PÄIVÄ”", "É…"): a
    heading or an initial, not garbage. Ã and Â, the leads of nearly all real mojibake, are kept."""
    if text[start] in "ÃÂ" or not text[start].isupper() or any(char.isalpha() for char in text[start + 1 : end]):
        return False
    if end < len(text) and text[end].isalpha():
        return False
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:start] == text[word_start:start].upper()


def _legitimate_accent(text: str, start: int, garbled: str, repaired: str) -> bool:
    """An accented letter inside a Latin word followed by punctuation ("perché…”") can look like
    a three-byte sequence; it is real when the 'repair' would be a lone ideograph or syllable."""
    if start == 0 or not LATIN_LETTER.match(text[start - 1]) or len(garbled) != 3 or ord(repaired[0]) < 0x800:
        return False
    tail_is_punctuation = all(unicodedata.category(char)[0] in "PSZ" for char in garbled[1:])
    foreign_letter = unicodedata.category(repaired)[0] == "L" and not LATIN_LETTER.match(repaired)
    return tail_is_punctuation and len(repaired) == 1 and foreign_letter


class Mojibake(Rule):
    """Finds encoding garbage: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere
    upstream ("SÃ©journÃ©", "itâ€™s", "PlenkoviÄ‡", "Ð Ð¾ÑÑÐ¸Ñ"), and U+FFFD replacement characters.

    Why: a feed or a database with the wrong encoding setting turns every accented name, every
    non-Latin word and every curly quote into noise; it is easy to repair mechanically.

    How: a run of characters that, written back as Windows-1252 bytes, is well-formed UTF-8 and
    decodes to fewer, plausible characters (letters of any script, punctuation, common symbols) is
    garbage; the decoding is the fix. Legitimate Latin-1 text ("café", "Zürich", "Ægir", "£")
    never forms such sequences, and those that could ("ß”") decode to characters no text uses.
    The same round trip finds UTF-8 read as the Central European, Cyrillic, Greek, Turkish and
    Baltic Windows pages ("WrocĹ‚aw", "РњРѕСЃРєРІР°"), and an 8-bit Cyrillic, Greek, Hebrew or
    Arabic page read as Windows-1252 ("Ìîñêâà" for "Москва": a word of letters from À to ÿ only,
    which no Latin language writes; the page whose reading is a known word is the fix).

    Example: `Ã‰lysÃ©e` is flagged and the fix proposes `Élysée`.
    """

    code = "MJ001"
    name = "mojibake"
    summary = "Encoding garbage such as 'Ã©' or 'â€™'"
    severity = Severity.ERROR
    english_only = False

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        words: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        for start, end, repaired in _repairs(text):
            if _legitimate_accent(text, start, text[start:end], repaired) or _stray_letter(text, start, end, repaired):
                continue
            bounds = _word_bounds(text, start, end)
            words.setdefault(bounds, []).append((start, end, repaired))
        if not text.isascii():
            for start, end, repaired in _code_page_repairs(text):
                words.setdefault((start, end), []).append((start, end, repaired))
        for (start, end), pieces in _merge(words):
            fixed = _apply(text, start, end, pieces)
            garbled = text[start:end]
            yield self.finding(
                doc,
                start,
                end,
                f"mojibake: '{garbled}' should read '{fixed}'",
                fix=Fix.replace(start, end, fixed, "Repair the encoding"),
            )
        for match in regex.finditer("\ufffd+", text) if "\ufffd" in text else ():
            yield self.finding(doc, match.start(), match.end(), "replacement character: text was lost in decoding")


def _repairs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, repaired text) of each garbled run; a run that does not repair as a whole
    is tried one sequence at a time."""
    if text.isascii():
        return  # every character of a run is beyond ASCII: most texts are ruled out without the search
    for match in GARBLED.finditer(text):
        repaired = repair(match.group())
        if repaired is not None:
            yield match.start(), match.end(), repaired
            continue
        for piece in regex.finditer(_SEQUENCE, match.group()):
            repaired = repair(piece.group())
            if repaired is not None:
                yield match.start() + piece.start(), match.start() + piece.end(), repaired


def _merge(words: dict) -> list[tuple[tuple[int, int], list[tuple[int, int, str]]]]:
    """Word spans in text order, overlapping ones merged (a repaired no-break space joins words)."""
    merged: list[tuple[tuple[int, int], list[tuple[int, int, str]]]] = []
    for (start, end), pieces in sorted(words.items()):
        if merged and start <= merged[-1][0][1]:
            (first, last), previous = merged[-1]
            merged[-1] = ((first, max(last, end)), previous + pieces)
        else:
            merged.append(((start, end), list(pieces)))
    return merged


def _apply(text: str, start: int, end: int, pieces: list[tuple[int, int, str]]) -> str:
    out, position = [], start
    for piece_start, piece_end, repaired in sorted(pieces):
        out.append(text[position:piece_start])
        out.append(repaired)
        position = piece_end
    out.append(text[position:end])
    return "".join(out)


# -- other code pages ------------------------------------------------------------------------------
# UTF-8 read as a Central European, Cyrillic, Greek, Turkish or Baltic Windows code page
# ('KrakĂłw', 'РњРѕСЃРєРІР°'), and a legacy 8-bit Cyrillic, Greek, Hebrew or Arabic page read as
# Windows-1252 ('Ìîñêâà' for 'Москва'). Both are found by the round trip, never by a list.
UTF8_MISREAD_AS = ("cp1250", "cp1251", "cp1253", "cp1254", "cp1257")
EIGHT_BIT_PAGES = (("cp1251", ("ru", "uk", "bg")), ("cp1253", ("el",)), ("cp1255", ("he",)), ("cp1256", ("ar", "fa")))
# A word with a non-ASCII character: no space or ASCII punctuation inside (the mojibake of a letter
# may be a mark: 'Р·' is 'з', 'О•' is 'Ε'); quotation marks around it are trimmed.
TOKEN = regexes.compile(r"[^\s!-/:-@\[-`{-~]*[^\x00-\x7f][^\s!-/:-@\[-`{-~]*")
AROUND = "“”‘’«»„‚‹›…–—¡¿"
UPPER_HALF_LETTERS = regexes.compile(r"[\u00c0-\u00ff]{4,}")
SCRIPT_OF = (("Cyrillic", regexes.compile(r"\p{Cyrillic}")), ("Greek", regexes.compile(r"\p{Greek}")),
             ("Hebrew", regexes.compile(r"\p{Hebrew}")), ("Arabic", regexes.compile(r"\p{Arabic}")))  # fmt: skip


def _code_page_repairs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, repaired word) of each word that one of those round trips turns into a
    word of fewer characters in a single script (plausible letters only)."""
    for match in TOKEN.finditer(text):
        start, end = match.span()
        while start < end and text[start] in AROUND:
            start += 1
        while end > start and text[end - 1] in AROUND:
            end -= 1
        repaired = _misread(text[start:end])
        if repaired is not None:
            yield start, end, repaired


@lru_cache(maxsize=50_000)
def _misread(word: str) -> str | None:
    """The word a code-page round trip gives back, if any. Cached: the same words with curly
    quotes or accents come back in every article, and each round trip tries several pages."""
    return _utf8_misread(word) or _eight_bit_misread(word)


def _utf8_misread(word: str) -> str | None:
    if len(word) < 3 or repair(word) is not None:
        return None  # Windows-1252 mojibake: the main pass reports it
    for page in UTF8_MISREAD_AS:
        try:
            decoded = word.encode(page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if decoded != word and len(decoded) < len(word) and all(map(_plausible, decoded)) and _one_script(decoded):
            return decoded
    return None


def _eight_bit_misread(word: str) -> str | None:
    """A word made only of Latin-1 letters from À to ÿ, four or more: no Latin language writes
    one (every French, German or Polish word holds a plain letter), but Cyrillic, Greek, Hebrew
    and Arabic letters of the 8-bit pages land exactly there."""
    if not UPPER_HALF_LETTERS.fullmatch(word):
        return None
    from wordfreq import zipf_frequency

    best, best_zipf = None, 0.0
    for page, languages in EIGHT_BIT_PAGES:
        try:
            decoded = word.encode("cp1252").decode(page)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not (decoded.isalpha() and _one_script(decoded)) or LATIN_LETTER.search(decoded):
            continue
        # Every page gives letters of its script; the word lists of its languages say which is a word.
        known = max(zipf_frequency(decoded, language, wordlist="small") for language in languages)
        if known > best_zipf:
            best, best_zipf = decoded, known
    return best


def _one_script(word: str) -> bool:
    """Every letter of the word in one script (Latin, Cyrillic, Greek, Hebrew or Arabic)."""
    letters = [char for char in word if char.isalpha()]
    if not letters:
        return False
    if all(LATIN_LETTER.match(char) for char in letters):
        return True
    return any(all(pattern.match(char) for char in letters) for _, pattern in SCRIPT_OF)
