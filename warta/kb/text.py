"""Indonesian-aware text for full-text search: lower-cased, Sastrawi-stemmed words.

Both the indexed text and the query go through `search_terms`, so "perdagangan"
finds "dagang" and "ditandatangani" finds "tanda tangan" forms.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    if any(ch.isdigit() for ch in word) or len(word) <= 3:
        return word  # codes, numbers and short acronyms are kept as written
    return str(_stemmer().stem(word)) or word


def search_terms(text: str) -> list[str]:
    return [stem_word(w) for w in WORD.findall(text.lower())]


def stemmed_text(text: str) -> str:
    return " ".join(search_terms(text))
