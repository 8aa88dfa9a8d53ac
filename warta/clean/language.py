"""A cheap language check: script first, then Indonesian vs English function words.

Good enough to flag the odd English wire copy or Russian quote-page that slips into
an Indonesian news feed; not a general language identifier.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_INDONESIAN = _word_set(
    "yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga adalah oleh "
    "sebagai karena atau telah kata bahwa para saat lebih sudah ada kami kita mereka "
    "dia ia tersebut serta antara bagi hingga namun seperti secara menjadi bisa dapat "
    "negara pemerintah menteri presiden luar negeri kerja sama"
)
_ENGLISH = _word_set(
    "the and of to in is that for with on was as by are be it at from this have has "
    "said will an which were their not its but been they would"
)
# Scripts by the first word of the Unicode character name.
_SCRIPT_LANGUAGE = {"CYRILLIC": "ru", "ARABIC": "ar", "CJK": "zh", "HANGUL": "ko",
                    "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th", "GREEK": "el",
                    "HEBREW": "he", "DEVANAGARI": "hi"}  # fmt: skip


def _dominant_script(text: str, sample: int = 2000) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    # each distinct character looked up once; Counter keeps first-seen order, so scripts
    # enter `counts` in the order they first appear (it breaks ties in max below)
    for ch, times in Counter(text[:sample]).items():
        if not ch.isalpha():
            continue
        letters += times
        script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
        counts[script] = counts.get(script, 0) + times
    if not letters:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count / letters >= 0.5 else None


def detect_language(text: str) -> str:
    """'id', 'en', 'ru', 'ar', ... or 'und' when there is too little to tell."""
    script = _dominant_script(text)
    if script is None:
        return "und"
    if script != "LATIN":
        return _SCRIPT_LANGUAGE.get(script, "und")
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 3:
        return "und"
    indonesian = sum(w in _INDONESIAN for w in words)
    english = sum(w in _ENGLISH for w in words)
    if indonesian == english == 0:
        return "und"
    return "id" if indonesian >= english else "en"
