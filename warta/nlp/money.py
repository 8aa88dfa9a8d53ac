"""Money, percentages, quantities, ordinals and cardinals: patterns and normalization.

Amounts may be digits in Indonesian notation ("19,8", "1.500.000"), words ("dua ratus
juta") or a mix ("1,5 triliun"). Currencies are resolved to ISO 4217 codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from warta.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_COUNTRY,
    NUMBER_WORDS,
    SCALES,
    number_text,
    parse_words,
)

PERCENT_WORDS = ["persen", "%", "prosen", "percent"]
# "US$ 1,5-1,6 miliar", "Rp 3-4 juta", "300 sampai 400 juta dollar" (corpus/train e023, a029,
# e009): a range, whose value is its lower bound at the upper bound's scale.
RANGE_WORDS = ["-", "–", "sampai", "hingga"]
QUANTITY_UNITS = {
    "km": "km", "kilometer": "km", "meter": "m", "m": "m", "mil": "mi", "kg": "kg",
    "kilogram": "kg", "ton": "t", "barel": "bbl", "liter": "L", "hektare": "ha", "hektar": "ha",
    "ha": "ha", "mw": "MW", "gw": "GW", "megawatt": "MW", "derajat": "deg", "knot": "kn",
    "dosis": "dose", "unit": "unit",
}  # fmt: skip

# Currency prefixes as any case writes them ("US$", "us$").
_PREFIXES = {prefix.lower(): code for prefix, code in CURRENCY_PREFIXES.items()}

NUMBER: dict[str, Any] = {"LIKE_NUM": True}
NUMBERS: dict[str, Any] = {"LIKE_NUM": True, "OP": "+"}


def money_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    dollar_countries = sorted({w.split()[0] for w in DOLLAR_COUNTRY} | {"AS", "US"})
    to: dict[str, Any] = {"LOWER": {"IN": RANGE_WORDS}}
    return {
        "MONEY": [
            [{"LOWER": {"IN": list(_PREFIXES)}}, NUMBERS],
            [{"LOWER": {"IN": list(_PREFIXES)}}, NUMBER, to, NUMBERS],
            [NUMBER, to, NUMBERS, {"LOWER": {"IN": ["dolar", "dollar"]}}],
            [NUMBER, to, NUMBERS, {"LOWER": {"IN": [w for w in CURRENCY_WORDS if " " not in w]}}],
            [
                NUMBERS,
                {"LOWER": {"IN": ["dolar", "dollar"]}},
                {"LOWER": {"IN": [w.lower() for w in dollar_countries]}, "OP": "?"},
                {"LOWER": {"IN": ["serikat", "kong", "baru"]}, "OP": "?"},
            ],
            [NUMBERS, {"LOWER": {"IN": [w for w in CURRENCY_WORDS if " " not in w]}}],
            [
                NUMBERS,
                {"LOWER": {"IN": ["pound", "franc", "rubel"]}},
                {"LOWER": {"IN": ["sterling", "swiss", "rusia"]}},
            ],
        ],  # fmt: skip
        "PERCENT": [[NUMBERS, {"LOWER": {"IN": PERCENT_WORDS}}]],
        "QUANTITY": [
            [
                NUMBERS,
                {"LOWER": "dari"},
                {"LOWER": {"IN": ["total", "jumlah"]}, "OP": "?"},
                NUMBERS,
            ],
            [NUMBERS, {"LOWER": {"IN": list(QUANTITY_UNITS)}}],
        ],  # fmt: skip
        "ORDINAL": [[{"SHAPE": {"IN": ["xx-d", "xx-dd", "xx-ddd", "Xx-d", "Xx-dd", "Xx-ddd"]}}]],
        "CARDINAL": [[NUMBERS]],
    }


Value = dict[str, object]


def _split_amount(words: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """(tokens before the amount, amount tokens, tokens after)."""
    start = next((i for i, w in enumerate(words) if _is_number_word(w)), len(words))
    end = start
    while end < len(words) and _is_number_word(words[end]):
        end += 1
    return list(words[:start]), list(words[start:end]), list(words[end:])


def amount_length(words: Sequence[str]) -> int:
    """How many of `words` the amount takes: digits end at their scale word, so number
    words after it begin something else ("Rp50 triliun | dua tahun kemudian")."""
    for i in range(1, len(words)):
        if words[i].lower() in SCALES and words[i - 1][:1].isdigit():
            rest = words[i + 1 :]
            if rest and all(w.lower() in NUMBER_WORDS for w in rest):
                return i + 1
            break
    return len(words)


def _is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS or word[:1].isdigit()


def _currency(before: list[str], after: list[str]) -> str | None:
    if before:
        return _PREFIXES.get(before[-1].lower())
    lowered = [w.lower() for w in after]
    if lowered and lowered[0] in ("dolar", "dollar"):
        rest = " ".join(lowered[1:])
        return DOLLAR_COUNTRY.get(rest, "USD") if rest else "USD"
    return CURRENCY_WORDS.get(" ".join(lowered)) or (
        CURRENCY_WORDS.get(lowered[0]) if lowered else None
    )


def resolve(key: str, words: Sequence[str]) -> tuple[str | None, Value] | None:
    """(norm, value) for a matched numeric expression; None when it does not parse."""
    if key == "ORDINAL":
        text = words[0]
        if not text.lower().startswith("ke-"):
            return None
        return text[3:], {"value": int(text[3:])}
    if key == "QUANTITY" and any(w.lower() == "dari" for w in words):
        index = next(i for i, w in enumerate(words) if w.lower() == "dari")
        part = parse_words(list(words[:index]))
        total = parse_words([w for w in words[index + 1 :] if w.lower() not in ("total", "jumlah")])
        if part is None or total is None:
            return None
        return f"{number_text(part)}/{number_text(total)}", {"value": part, "total": total}
    before, amount_words, after = _split_amount(words)
    if key == "MONEY" and len(after) > 1 and after[0].lower() in RANGE_WORDS:
        _, upper, after = _split_amount(after[1:])
        scale = [w for w in upper[1:] if w.lower() in SCALES]
        if not any(w.lower() in SCALES for w in amount_words):
            amount_words = amount_words + scale
    amount = parse_words(amount_words)
    if amount is None:
        return None
    if key == "MONEY":
        currency = _currency(before, after)
        if currency is None:
            return None
        return f"{number_text(amount)} {currency}", {"value": amount, "unit": currency}
    if key == "PERCENT":
        return number_text(amount), {"value": amount, "unit": "percent"}
    if key == "QUANTITY":
        unit = QUANTITY_UNITS.get(after[0].lower()) if after else None
        return f"{number_text(amount)} {unit}", {"value": amount, "unit": unit}
    if key == "CARDINAL":
        if amount_words and all(w.lower() in SCALES for w in amount_words):
            return None  # a bare scale word ("juta") is not a count
        return number_text(amount), {"value": amount}
    raise ValueError(f"unknown numeric pattern key {key!r}")
