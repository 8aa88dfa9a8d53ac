"""News-fitted tokenizer: spaCy's Indonesian rules plus fixes for news text.

Registered as ``warta.news_tokenizer.v1`` so the pipeline config names it, and kept a
pure function of the blank("id") defaults so the trained NER sees the same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    registry,
)

from warta.calendar import MONTHS
from warta.numbers import CURRENCY_PREFIXES

# A word with a number part ("COVID-19", "Su-35", "A330-900"), unless it is a month and
# the second day of a range: "31 Januari-3 Februari".
_CODE_WITH_NUMBER = (
    "(?!(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")-)"
    r"[A-Za-z][A-Za-z0-9]*-\d[A-Za-z0-9]*(?:-\d[A-Za-z0-9]*)*"
)

# Tokens kept whole although the infix rules would cut them. Checked by spaCy before
# infixes are applied (after prefixes/suffixes such as brackets are stripped).
KEEP_WHOLE = re.compile(
    r"""^(?:
        [Kk]e-\d+                                  # ordinal: ke-17
      | """
    + _CODE_WITH_NUMBER
    + r"""
      | \d{4}-an                                   # decade: 1950-an
      | [^\W\d_][^\W\d_A-Z]*(?:-[^\W\d_A-Z]+)+       # compounds: negara-negara, top-up
      | (?P<base>[^\W\d_]+)-(?i:(?P=base))[^\W\d_]*  # reduplication: Bangsa-Bangsa, RATA-RATA
      | \d{1,2}/\d{1,2}(?:/\d{2,4})?               # short dates: 31/7, 3/7/2022
    )$""",
    re.VERBOSE,
)

# A letter-led hyphen word like "COVID-19" must not swallow a following number range.
_DIGIT_DASH_DIGIT = r"(?<=[0-9])[–—](?=[0-9])"  # 2021–2023 -> 2021 – 2023
# What KEEP_WHOLE leaves of a word, a dash and a number: "31 Januari-3 Februari".
_WORD_DASH_DIGIT = r"(?<=[^\W\d_])[-–—](?=[0-9])"
# A bracket glued to the word before it: "Minggu(17.07)".
_WORD_BRACKET = r"(?<=[^\W\d_])\((?=[0-9])"
# Run-together sentences ("panjang.Dalam", "2019.Dia"); "iNews.id" has a lower-case tail.
_RUN_TOGETHER_DOT = r"(?<=[0-9])\.(?=[A-Z][a-z])"
# "Rp.1.500" is Rupiah + amount, not "Rp" + ".1.500".
_RUPIAH_DOT_PREFIX = r"Rp\.(?=[0-9])"
# An ISO 4217 code glued to its amount: "AUD10 miliar", "JPY30,980 miliar" (corpus/train
# e003, p013 twice); spaCy's defaults split only a few codes such as USD.
_CURRENCY_CODE_PREFIX = (
    "(?:"
    + "|".join(sorted({c for c in CURRENCY_PREFIXES if re.fullmatch("[A-Z]{3}", c)}))
    + ")(?=[0-9])"
)

# Abbreviations that end in a dot and must stay one token (so the dot is not read as a
# sentence end). Sources: KBBI abbreviation conventions and common Indonesian press usage.
ABBREVIATIONS = [
    "Jl.",
    "Jln.",
    "Tgl.",
    "tgl.",
    "Kab.",
    "Kec.",
    "Kel.",
    "Prov.",
    "Sdr.",
    "Sdri.",
    "Bpk.",
    "Ibu.",
    "Ir.",
    "Drs.",
    "Dra.",
    "dr.",
    "drg.",
    "Tn.",
    "Ny.",
    "Nn.",
    "St.",
    "Yth.",
    "Hj.",
    "H.",
    "KH.",
    "K.H.",
    "Dr.",
    "Prof.",
    "dkk.",
    "dll.",
    "dsb.",
    "dst.",
    "tsb.",
    "No.",
    "Nomor.",
    "Rp.",
    "a.n.",
    "u.p.",
    "S.H.",
    "S.E.",
    "S.T.",
    "S.Sos.",
    "S.Pd.",
    "S.Ag.",
    "M.Si.",
    "M.Sc.",
    "M.A.",
    "M.M.",
    "M.H.",
    "Ph.D.",
    "Lc.",
    "Jend.",
    "Letjen.",
    "Mayjen.",
    "Brigjen.",
    "Kol.",
    "Kapt.",
    "Let.",
    "Laks.",
    "Marsdya.",
    "Kombes.",
    "AKBP.",
    "Kompol.",
    "Gen.",
    "Sen.",
    "Rep.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Jr.",
    "Sr.",
    "Co.",
    "Inc.",
    "Ltd.",
    "Corp.",
    "vs.",
    "No.",
    "Hlm.",
    "hlm.",
    "Vol.",
    "vol.",
    "a.l.",
    "s.d.",
    "s/d.",
    "pk.",
    "Pk.",
    "WIB.",
    "WITA.",
    "WIT.",
]
INITIALS = tuple(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _special_cases() -> dict[str, list[dict[int, str]]]:
    return {abbr: [{ORTH: abbr}] for abbr in (*ABBREVIATIONS, *INITIALS)}


def _is_hyphen_word(text: str) -> bool:
    return "-" in text and text.replace("-", "").isalpha()


def create_news_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's Indonesian tokenizer with news-specific prefixes, infixes and exceptions."""
    defaults = Indonesian.Defaults
    prefixes = [_RUPIAH_DOT_PREFIX, _CURRENCY_CODE_PREFIX, *(defaults.prefixes or [])]
    infixes = [
        _DIGIT_DASH_DIGIT,
        _WORD_DASH_DIGIT,
        _WORD_BRACKET,
        _RUN_TOGETHER_DOT,
        *(defaults.infixes or []),
    ]
    # spaCy lists ~15,600 hyphenated words ("rata-rata", "Negara-negara", "RATA-RATA") as
    # exceptions, which makes every load take seconds; KEEP_WHOLE keeps them (and any other
    # lower-case hyphen compound) whole by one pattern, while "ASEAN-Rusia" is still split.
    rules = {
        text: tokens
        for text, tokens in defaults.tokenizer_exceptions.items()
        if not _is_hyphen_word(text)
    }
    rules.update(_special_cases())
    tokenizer = Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or []).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=KEEP_WHOLE.match,
        url_match=defaults.url_match,
    )
    return tokenizer


@registry.tokenizers("warta.news_tokenizer.v1")
def news_tokenizer() -> Callable[[Language], Tokenizer]:
    return create_news_tokenizer
