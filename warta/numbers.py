"""Numbers as Indonesian news writes them, and the currencies amounts are given in.

Numerals: digits ("1.500.000", "19,8") and words ("dua ratus juta", "1,5 triliun").
Indonesian writes "." for thousands and "," for decimals. News also carries English-style
decimals such as "6.1" (a dot followed by fewer or more than three digits), which are read as
decimals. `format_words`/`format_digits` are the inverse, used by property tests.

Currencies (data/currencies.tsv): the ISO 4217 code of a symbol or code written before an
amount ("Rp", "US$"), of a word after it ("rupiah", "dolar") and of the state that follows
"dolar" ("dolar Singapura").
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

UNITS = {
    "nol": 0, "kosong": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
TEENS = {"sepuluh": 10, "sebelas": 11}
SMALL_MULTIPLIERS = {"puluh": 10, "ratus": 100}
SCALES = {
    "ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
    "triliun": 10**12, "trilyun": 10**12, "biliun": 10**9, "kuadriliun": 10**15,
}  # fmt: skip
# "se-" forms: seratus = 100, seribu = 1000, sejuta = 1e6 ...
SE_FORMS = {"seratus": 100, "seribu": 1000, "sejuta": 10**6, "semiliar": 10**9, "setriliun": 10**12}
NUMBER_WORDS = frozenset(
    [*UNITS, *TEENS, *SMALL_MULTIPLIERS, *SCALES, *SE_FORMS, "belas", "setengah", "seperempat"]
)

_ID_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 1.500.000 / 1.500,25
_EN_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")  # 1,500,000 (English)
_ID_DECIMAL = re.compile(r"^\d+(?:,\d+)?$")  # 19,8 / 267
_EN_DECIMAL = re.compile(r"^\d+\.\d+$")  # 6.1 (not three digits after the dot: see above)


def parse_digits(text: str) -> float | None:
    """Parse a numeral written in digits, Indonesian style first; None if it is not one."""
    text = text.strip().lstrip("+")
    if _ID_GROUPED.match(text):
        return float(text.replace(".", "").replace(",", "."))
    if _ID_DECIMAL.match(text):
        return float(text.replace(",", "."))
    if _EN_GROUPED.match(text):
        return float(text.replace(",", ""))
    if _EN_DECIMAL.match(text):
        return float(text)
    return None


def parse_words(words: list[str]) -> float | None:
    """Parse a sequence of Indonesian number words, e.g. ["dua", "ratus", "juta"].

    Digits may lead ("1,5 juta" -> ["1,5", "juta"]). Returns None when a word is not a
    numeral or the sequence is malformed.
    """
    total = 0.0  # completed scale groups (juta, ribu ...)
    group = 0.0  # the part below the current scale
    current = 0.0  # the last unit/teen/tens value still open
    seen = False
    for raw in words:
        word = raw.lower()
        digit_value = parse_digits(word)
        if digit_value is not None:
            current += digit_value
        elif word in UNITS:
            current += UNITS[word]
        elif word in TEENS:
            current += TEENS[word]
        elif word == "belas":
            if not 1 <= current <= 9:
                return None
            current += 10
        elif word in SMALL_MULTIPLIERS:
            group += (current or 1) * SMALL_MULTIPLIERS[word]
            current = 0
        elif word in SE_FORMS:
            value = SE_FORMS[word]
            if value >= 1000:
                total += (group + current or 1) * value if (group or current) else value
                group = current = 0
            else:
                group += value
        elif word == "setengah":
            current += 0.5
        elif word == "seperempat":
            current += 0.25
        elif word in SCALES:
            total += (group + current or 1) * SCALES[word]
            group = current = 0
        else:
            return None
        seen = True
    return total + group + current if seen else None


def number_text(value: float) -> str:
    """A number as a plain decimal string: 5e9 -> "5000000000", 2.5 -> "2.5"."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def parse_number(text: str) -> float | None:
    """Parse digits or words: "1.500.000", "19,8", "dua ratus juta", "1,5 triliun"."""
    text = text.strip()
    digit_value = parse_digits(text)
    if digit_value is not None:
        return digit_value
    return parse_words(text.replace("-", " ").split())


_UNIT_NAMES = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
]
_SCALE_NAMES = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")]


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNIT_NAMES[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_UNIT_NAMES[rest - 10], "belas"]
    elif rest >= 20:
        tens, units = divmod(rest, 10)
        words += [_UNIT_NAMES[tens], "puluh"]
        if units:
            words.append(_UNIT_NAMES[units])
    elif rest:
        words.append(_UNIT_NAMES[rest])
    return words


def format_words(n: int) -> str:
    """Write a non-negative integer in Indonesian words: 1000 -> "seribu"."""
    if n == 0:
        return "nol"
    words: list[str] = []
    for scale, name in _SCALE_NAMES:
        count, n = divmod(n, scale)
        if not count:
            continue
        if count == 1 and scale == 1000:
            words.append("seribu")
        else:
            words += [*_below_thousand(count), name]
    words += _below_thousand(n)
    return " ".join(words)


def format_digits(value: float, decimals: int = 0) -> str:
    """Write a number Indonesian style: 1500000.5 -> "1.500.000,5"."""
    text = f"{value:,.{decimals}f}"  # English grouping first, then swap separators
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


CURRENCIES_FILE = Path(__file__).resolve().parent / "data" / "currencies.tsv"


def _currencies(place: str) -> dict[str, str]:
    with CURRENCIES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["surface"]: row["code"] for row in rows if row["place"] == place}


# Symbols and codes written before the amount ("Rp267", "US$ 33,03", "$ 2,7").
CURRENCY_PREFIXES = _currencies("before")
# Currency words written after the amount ("5 miliar dolar AS", "10 juta yen"), and the
# ISO codes themselves ("5 miliar USD").
CURRENCY_WORDS = {
    **_currencies("after"),
    **{code.lower(): code for code in CURRENCY_PREFIXES.values()},
}
# "dolar X": which dollar.
DOLLAR_COUNTRY = _currencies("dollar")
