"""Indonesian words made from a root by affixes are never a word of a person's name.

After a title the capitalised words may be the office's field ("Direktur Pelindungan",
"Dirjen Penyelenggaraan Haji", "Menteri Pertanian dan Pembangunan Pedesaan": corpus/train
a025, c001, a007, g015, g018, j022) or, in a Title Case line, a verb ("Presiden Soeharto
Membuka", "Presiden Jokowi Bertolak", "Raja Salman Ucapkan Selamat": c014, h115, e011).
Such a word has a prefix (pe-, per-, ke-, ber-, ter-, di-, me-...) or the suffix -an/-kan,
and Sastrawi's stemmer takes it back to a root in its dictionary. Names rarely do; the
suffix -i is left alone because Japanese names end so ("Masaki", "Harumi": b013, k001).
"""

from __future__ import annotations

import re
from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

AFFIXED = re.compile(
    r"^(?:(?:pe[nmr]?|peng|peny|ke|be|ber|ter|di|me[nm]?|meng|meny)[a-z]{3,}|[a-z]{3,}k?an)$"
)
MIN_ROOT_LENGTH = 4  # "Dimas" is not di- + "mas", nor "Hakan" hak + -an


@lru_cache(maxsize=1)
def _sastrawi() -> tuple[object, frozenset[str]]:
    factory = StemmerFactory()
    return factory.create_stemmer(), frozenset(factory.get_words())


def is_common_word(word: str) -> bool:
    """A word of Sastrawi's dictionary, or one made from it ('Mutiara', 'Hitam', 'Fakir')."""
    return word.lower() in _sastrawi()[1] or is_derived_word(word)


# a verb's affixes: a verb ("Mencerminkan", "Bertolak", "Dimulai") ends an office's phrase,
# where a derived noun ("Pelindungan", "Pelaksana", "Kebudayaan") is its field
VERB = re.compile(r"^(?:me[nm]?|meng|meny|be|ber|ter|di)[a-z]{3,}$|^[a-z]{3,}kan$")


def is_derived_noun(word: str) -> bool:
    return not VERB.match(word.lower()) and is_derived_word(word)


@lru_cache(maxsize=50_000)
def is_derived_word(word: str) -> bool:
    """'Pelindungan' (lindung), 'Membuka' (buka), 'Bertolak' (tolak); not 'Santoso'."""
    low = word.lower()
    if not AFFIXED.match(low):
        return False
    stemmer, roots = _sastrawi()
    root = stemmer.stem(low)  # type: ignore[attr-defined]
    return root != low and len(root) >= MIN_ROOT_LENGTH and root in roots
