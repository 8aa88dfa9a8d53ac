"""Indonesian date expressions: token patterns and their resolution against the
publication date.

`date_patterns()` gives Matcher patterns keyed by the resolver to use; `resolve()` turns a
matched span's tokens into (norm, value) or None when the text is not a valid date
("31 Februari", "(32/13)"). Everything is rule-based and cheap: dateparser is not used in
the hot path, because it is slow per call and gets Indonesian relative expressions
("Juni lalu", "tahun 2022 mendatang") and weekday year inference wrong or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from warta.calendar import (
    FULL_MONTHS,
    MONTHS,
    WEEKDAYS,
    expand_two_digit_year,
    is_valid_day_month,
    iso_text,
    last_weekday_on_or_before,
    parse_iso_date,
    safe_date,
    years_with_weekday,
)
from warta.numbers import SCALES, parse_number

UNITS = {"hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}
PAST_WORDS = ["lalu", "kemarin", "silam", "sebelumnya", "terakhir"]
FUTURE_WORDS = ["depan", "mendatang", "nanti", "yang akan datang"]
CURRENT_WORDS = ["ini"]
YEAR_TRIGGERS = [
    "pada", "sejak", "hingga", "sampai", "selama", "awal", "akhir", "pertengahan", "medio",
    "tahun", "thn", "per", "dalam", "di", "sepanjang", "jelang", "menjelang", "sebelum",
    "setelah", "usai", "periode", "era",
]  # fmt: skip
DASHES = ["-", "–", "—", "hingga", "sampai", "s.d.", "s/d", "sd"]

_SLASH_SHAPES = ["d/d", "dd/d", "d/dd", "dd/dd"]
_SLASH_YEAR_SHAPES = [f"{s}/dddd" for s in _SLASH_SHAPES] + [f"{s}/dd" for s in _SLASH_SHAPES]

DAY: dict[str, Any] = {"SHAPE": {"IN": ["d", "dd"]}}
# spaCy's SHAPE caps runs at four characters ("43900" is "dddd"), so the length is checked too
YEAR: dict[str, Any] = {"SHAPE": "dddd", "LENGTH": 4}
MONTH: dict[str, Any] = {"LOWER": {"IN": list(MONTHS)}}
# Full month names only: a short form that is also a common word ("mar", "des") matches
# only with a day and a year next to it.
FULL_MONTH: dict[str, Any] = {"LOWER": {"IN": sorted(FULL_MONTHS)}}
WEEKDAY: dict[str, Any] = {"LOWER": {"IN": list(WEEKDAYS)}}
WEEKDAY_TITLE: dict[str, Any] = {"ORTH": {"IN": [w.title() for w in WEEKDAYS if w != "minggu"]}}
OPT_COMMA: dict[str, Any] = {"ORTH": ",", "OP": "?"}
DASH: dict[str, Any] = {"ORTH": {"IN": ["-", "–", "—"]}}
OPT_TANGGAL: dict[str, Any] = {"LOWER": {"IN": ["tanggal", "tgl", "tgl."]}, "OP": "?"}
UNIT: dict[str, Any] = {"LOWER": {"IN": list(UNITS)}}
TIMES_OF_DAY = ["pagi", "siang", "sore", "malam"]
TIME_OF_DAY: dict[str, Any] = {"LOWER": {"IN": TIMES_OF_DAY}}
RELATIVE_WORD: dict[str, Any] = {"LOWER": {"IN": PAST_WORDS + FUTURE_WORDS + CURRENT_WORDS}}
# A count of days or years, not an amount: "US$ 7 miliar tahun lalu" is money, then a date.
COUNT: dict[str, Any] = {"LIKE_NUM": True, "LOWER": {"NOT_IN": sorted(SCALES)}}


def date_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns by resolver key. The matcher keeps the longest match per key."""
    return {
        "DMY": [
            [WEEKDAY, OPT_COMMA, OPT_TANGGAL, DAY, MONTH, YEAR],
            [WEEKDAY, OPT_COMMA, OPT_TANGGAL, DAY, MONTH],
            [OPT_TANGGAL, DAY, MONTH, YEAR],
            [OPT_TANGGAL, DAY, FULL_MONTH],
            [DAY, DASH, DAY, MONTH, YEAR],
            [DAY, DASH, DAY, FULL_MONTH],
            [DAY, FULL_MONTH, DASH, DAY, MONTH, YEAR],  # "31 Januari-3 Februari 2016"
            [DAY, FULL_MONTH, DASH, DAY, FULL_MONTH],
        ],
        "SLASH": [
            [
                WEEKDAY,
                OPT_COMMA,
                {"ORTH": "("},
                {"SHAPE": {"IN": _SLASH_SHAPES + _SLASH_YEAR_SHAPES}},
                {"ORTH": ")"},
            ],
            [{"ORTH": "("}, {"SHAPE": {"IN": _SLASH_SHAPES + _SLASH_YEAR_SHAPES}}, {"ORTH": ")"}],
            [{"SHAPE": {"IN": _SLASH_YEAR_SHAPES}}],
        ],  # fmt: skip
        "MONTH_YEAR": [
            [{"LOWER": "bulan", "OP": "?"}, MONTH, YEAR],
        ],
        "MONTH_RELATIVE": [
            [{"LOWER": "bulan", "OP": "?"}, FULL_MONTH, RELATIVE_WORD],
            [{"LOWER": "bulan"}, FULL_MONTH],
            [
                {"LOWER": {"IN": ["pada", "awal", "akhir", "pertengahan", "sejak", "hingga"]}},
                FULL_MONTH,
            ],
        ],  # fmt: skip
        "WEEKDAY": [
            [WEEKDAY, RELATIVE_WORD],
            [WEEKDAY, TIME_OF_DAY],
            [WEEKDAY_TITLE],
            # "Minggu" is also "week": Sunday where a weekday stands ("di Dhaka, Minggu")
            [
                {"LOWER": {"IN": [",", "pada", "hari"]}},
                {"ORTH": "Minggu"},
                {"LOWER": {"IN": TIMES_OF_DAY + PAST_WORDS + FUTURE_WORDS}, "OP": "?"},
            ],
        ],
        "RELATIVE": [
            [{"LOWER": {"IN": ["kemarin", "kemarin", "besok", "lusa", "kemarinnya"]}}],
            [{"LOWER": "kemarin"}, {"LOWER": "lusa"}],
            [{"LOWER": {"IN": ["hari", *TIMES_OF_DAY]}}, {"LOWER": "ini"}],
            [{"LOWER": {"IN": ["tadi", "semalam"]}}, {"LOWER": {"IN": ["pagi", "siang", "malam"]}}],
            [UNIT, RELATIVE_WORD],
            [COUNT, UNIT, {"LOWER": {"IN": ["lalu", "silam", "mendatang", "terakhir"]}}],
            [COUNT, COUNT, UNIT, {"LOWER": {"IN": ["lalu", "silam", "mendatang", "terakhir"]}}],
        ],
        "YEAR": [
            [
                {"LOWER": {"IN": YEAR_TRIGGERS}},
                YEAR,
                {"LOWER": {"IN": FUTURE_WORDS + PAST_WORDS}, "OP": "?"},
            ],
            [{"LOWER": "tahun"}, {"LOWER": "anggaran"}, YEAR],
        ],  # fmt: skip
        "PERIOD": [
            [
                {"LOWER": {"IN": ["periode", "tahun"]}, "OP": "?"},
                YEAR,
                {"LOWER": {"IN": DASHES}},
                YEAR,
            ],
            [
                {"LOWER": {"IN": ["tahun", "sejak", "pada", "era", "dekade"]}, "OP": "?"},
                {"SHAPE": "dddd-xx"},
            ],
        ],  # fmt: skip
        "BARE_YEAR": [[YEAR]],
    }


# Tokens that start a match but stay outside the entity ("pada 2018" -> "2018").
LEADING_TRIGGERS = frozenset(
    [
        t
        for t in YEAR_TRIGGERS
        if t not in ("tahun", "thn", "awal", "akhir", "pertengahan", "periode")
    ]
    + ["pada", "sejak", "hingga", ","]
)

Value = dict[str, object]


def _infer_year(
    month: int, day: int, weekday: int | None, published: dt.date | None
) -> tuple[int | None, list[int]]:
    """Year of a day-month without year: the one nearest the publication date whose
    weekday matches (when a weekday is given). Without a publication date: candidates."""
    if published is None:
        return None, [] if weekday is None else years_with_weekday(month, day, weekday)
    # News mostly reports the past: a date more than a month after publication only wins
    # when no earlier one fits.
    best: tuple[bool, int, int] | None = None
    window = (
        range(published.year - 7, published.year + 8)
        if weekday is not None
        else range(published.year - 1, published.year + 2)
    )
    for year in window:
        date = safe_date(year, month, day)
        if date is None:
            continue
        if weekday is not None and date.weekday() != weekday:
            continue
        key = ((date - published).days > 31, abs((date - published).days), year)
        if best is None or key < best:
            best = key
    return (best[2] if best else None), []


def _day_month(
    day: int, month: int, year: int | None, weekday: int | None, published: dt.date | None
) -> tuple[str, Value] | None:
    if year is not None:
        date = safe_date(year, month, day)
        if date is None:
            return None
        value: Value = {"start": date.isoformat(), "end": date.isoformat(), "granularity": "day"}
        if weekday is not None and date.weekday() != weekday:
            value["weekday_mismatch"] = True
        return date.isoformat(), value
    if not is_valid_day_month(month, day):
        return None
    inferred, candidates = _infer_year(month, day, weekday, published)
    norm = iso_text(inferred, month, day)
    value = {"start": norm, "end": norm, "granularity": "day", "year_inferred": True}
    if candidates:
        value["candidates"] = [iso_text(y, month, day) for y in candidates]
    return norm, value


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _direction(words: Sequence[str]) -> int:
    if any(w in PAST_WORDS for w in words):
        return -1
    if any(w in FUTURE_WORDS for w in words):
        return 1
    return 0


def _relative(
    unit: str, offset: int, published: dt.date | None, text: str
) -> tuple[str | None, Value]:
    value: Value = {"relative": text, "offset": offset, "unit": unit}
    if published is None:
        value["granularity"] = unit
        return None, value
    if unit == "day":
        date = published + dt.timedelta(days=offset)
        norm = date.isoformat()
    elif unit == "week":
        date = published + dt.timedelta(weeks=offset)
        iso_year, iso_week, _ = date.isocalendar()
        norm = f"{iso_year}-W{iso_week:02d}"
    elif unit == "month":
        year, month = _shift_month(published.year, published.month, offset)
        norm = iso_text(year, month)
    else:
        norm = iso_text(published.year + offset)
    value.update({"start": norm, "end": norm, "granularity": unit})
    return norm, value


def resolve(
    key: str, words: Sequence[str], published: str | None
) -> tuple[str | None, Value] | None:
    """(norm, value) for a matched date expression, None if it is not a valid date.

    `words` are the span's token texts; `published` is the article's ISO date.
    """
    pub = parse_iso_date(published)
    lowered = [w.lower() for w in words]
    weekday = next((WEEKDAYS[w] for w in lowered if w in WEEKDAYS), None)
    if key == "DMY":
        months = [MONTHS[w] for w in lowered if w in MONTHS]
        year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
        days = [int(w) for w in words if w.isdigit() and len(w) <= 2]
        if len(days) == 2:  # "25-26 Januari 2021", "31 Januari-3 Februari 2016"
            first = _day_month(days[0], months[0], year, None, pub)
            last = _day_month(days[1], months[-1], year, None, pub)
            if not first or not last or (months[0], days[0]) >= (months[-1], days[1]):
                return None
            return f"{first[0]}/{last[0]}", {
                "start": first[0],
                "end": last[0],
                "granularity": "day",
            }
        return _day_month(days[0], months[0], year, weekday, pub)
    if key == "SLASH":
        token = next(w for w in words if "/" in w)
        parts = [int(p) for p in token.split("/")]
        year = None
        if len(parts) == 3:
            year = expand_two_digit_year(parts[2])
        if not 1 <= parts[1] <= 12:
            return None
        return _day_month(parts[0], parts[1], year, weekday, pub)
    if key == "MONTH_YEAR":
        month = next(MONTHS[w] for w in lowered if w in MONTHS)
        year = int(words[-1])
        return iso_text(year, month), {"start": iso_text(year, month), "end": iso_text(year, month),
                                   "granularity": "month"}  # fmt: skip
    if key == "MONTH_RELATIVE":
        month = next(MONTHS[w] for w in lowered if w in MONTHS)
        direction = _direction(lowered)
        value: Value = {"granularity": "month", "month": month}
        if pub is None:
            return None if direction == 0 and "ini" not in lowered else iso_text(None, month), value
        year = pub.year
        if direction < 0 and month >= pub.month:  # "Juni lalu" read in March: last year
            year -= 1
        elif direction > 0 and month <= pub.month:  # "Juni mendatang" read in August
            year += 1
        elif direction == 0 and abs(month - pub.month) > 6:  # nearest June
            year += 1 if month < pub.month else -1
        norm = iso_text(year, month)
        value.update({"start": norm, "end": norm, "year_inferred": True})
        return norm, value
    if key == "WEEKDAY":
        assert weekday is not None
        direction = _direction(lowered) or -1  # a bare weekday in news is mostly this week, past
        if pub is None:
            return None, {"weekday": weekday, "granularity": "day", "relative": " ".join(words)}
        delta = (weekday - pub.weekday()) % 7
        if "ini" in lowered:
            date = pub + dt.timedelta(days=delta if delta <= 3 else delta - 7)
        elif direction < 0:
            date = last_weekday_on_or_before(pub, weekday)
        else:
            date = pub + dt.timedelta(days=delta or 7)
        norm = date.isoformat()
        return norm, {"start": norm, "end": norm, "granularity": "day", "weekday": weekday,
                      "year_inferred": True}  # fmt: skip
    if key == "RELATIVE":
        text = " ".join(lowered)
        if text in ("kemarin", "kemarinnya"):
            return _relative("day", -1, pub, text)
        if text == "kemarin lusa":
            return _relative("day", -2, pub, text)
        if text == "besok":
            return _relative("day", 1, pub, text)
        if text == "lusa":
            return _relative("day", 2, pub, text)
        if lowered[-1] == "ini" or lowered[0] in ("tadi", "semalam"):
            unit = UNITS.get(lowered[0], "day")
            return _relative(unit, 0, pub, text)
        unit_index = next((i for i, w in enumerate(lowered) if w in UNITS), None)
        if unit_index is None:
            return None
        count = 1.0
        if unit_index > 0:
            parsed = parse_number(" ".join(words[:unit_index]))
            if parsed is None or parsed != int(parsed):
                return None
            count = parsed
        direction = _direction(lowered[unit_index + 1 :])
        return _relative(UNITS[lowered[unit_index]], int(count) * direction, pub, text)
    if key in ("YEAR", "BARE_YEAR"):
        # the matcher's YEAR tokens may carry punctuation ("2014."): find the digits
        found = re.search(r"(?<!\d)(\d{4})(?!\d)", " ".join(words))
        if found is None:
            return None
        year = int(found.group(1))
        if not 1000 <= year <= 2200:
            return None
        value = {"start": iso_text(year), "end": iso_text(year), "granularity": "year"}
        if key == "BARE_YEAR":
            if not 1900 <= year <= 2100:
                return None
            value["bare"] = True
        for word, modifier in (("awal", "early"), ("akhir", "late"), ("pertengahan", "mid")):
            if word in lowered:
                value["modifier"] = modifier
        return iso_text(year), value
    if key == "PERIOD":
        decade = next((w for w in words if re.fullmatch(r"\d{4}-an", w)), None)
        if decade:
            start = int(decade[:4])
            if start % 10:
                return None
            norm = f"{start:04d}/{start + 9:04d}"
            return norm, {"start": str(start), "end": str(start + 9), "granularity": "decade"}
        years = [int(w) for w in words if len(w) == 4 and w.isdigit()]
        if len(years) != 2 or not years[0] < years[1] or years[1] - years[0] > 100:
            return None
        norm = f"{years[0]:04d}/{years[1]:04d}"
        return norm, {"start": str(years[0]), "end": str(years[1]), "granularity": "year"}
    raise ValueError(f"unknown date pattern key {key!r}")
