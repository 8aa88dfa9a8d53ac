"""The calendar as Indonesian news writes it: month and weekday names, valid dates, years.

One home for what every stage needs to read a date: the clean stage (publication dates,
timestamps), the NLP stage (DATE entities) and the later ones. Names come from
data/calendar_words.tsv; the rest is date arithmetic on the standard library.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

WORDS_FILE = Path(__file__).resolve().parent / "data" / "calendar_words.tsv"


def _read_words() -> list[dict[str, str]]:
    with WORDS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


_WORDS = _read_words()
# Lower-case names -> month number 1-12 / weekday number (Monday == 0, as datetime's).
MONTHS: dict[str, int] = {r["word"]: int(r["number"]) for r in _WORDS if r["kind"] == "month"}
WEEKDAYS: dict[str, int] = {r["word"]: int(r["number"]) for r in _WORDS if r["kind"] == "weekday"}
# Full month names; the others are abbreviations ("Agt.", "Sep"), which may take a dot.
FULL_MONTHS = frozenset(r["word"] for r in _WORDS if r["kind"] == "month" and r["form"] == "full")
MONTH_ABBREVIATIONS = frozenset(MONTHS) - FULL_MONTHS


def _standard_names(kind: str) -> tuple[str, ...]:
    """The standard (KBBI) full names of the months or weekdays, capitalised, in order (the
    file's first for a number: "Minggu" before "Ahad")."""
    names: dict[int, str] = {}
    for r in _WORDS:
        if r["kind"] == kind and r["form"] == "full" and r["source"] == "KBBI":
            names.setdefault(int(r["number"]), r["word"].capitalize())
    return tuple(names[n] for n in sorted(names))


MONTH_NAMES = _standard_names("month")  # "Januari" ... "Desember"
WEEKDAY_NAMES = _standard_names("weekday")  # "Senin" ... "Minggu" (Monday first)

# Weekday inference searches this window: news archives we read fall inside it.
YEAR_WINDOW = (1990, 2030)


def month_number(word: str) -> int | None:
    """ "Juli", "jul", "Agt." -> 7, 7, 8; None for a word that names no month."""
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.lower())


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist ("31 Februari", "(32/13)")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def is_valid_day_month(month: int, day: int) -> bool:
    """Could day/month be a date in some year? (29/2 can, 30/2 cannot.)"""
    return safe_date(2000, month, day) is not None  # 2000 is a leap year


def expand_two_digit_year(year: int) -> int:
    """'22' in '(3/7/22)' is 2022; '98' is 1998."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def parse_iso_date(value: str | None) -> dt.date | None:
    """The day of an ISO date or timestamp ("2021-07-06", "2021-07-06T10:00"); None for
    a partial date ("2021-07") or anything else."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def iso_text(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 text, partial where parts are missing: "2021", "2021-07", "XXXX-07-06"
    (a day and month whose year is not known)."""
    text = f"{year:04d}" if year is not None else "XXXX"
    if month is not None:
        text += f"-{month:02d}"
    if day is not None:
        text += f"-{day:02d}"
    return text


def years_with_weekday(
    month: int, day: int, weekday: int, window: tuple[int, int] = YEAR_WINDOW
) -> list[int]:
    """Years in `window` (inclusive) in which day/month falls on `weekday`."""
    years = []
    for year in range(window[0], window[1] + 1):
        date = safe_date(year, month, day)
        if date is not None and date.weekday() == weekday:
            years.append(year)
    return years


def next_weekday_on_or_after(anchor: dt.date, weekday: int) -> dt.date:
    """The first date on or after `anchor` that falls on `weekday`."""
    return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)


def last_weekday_on_or_before(anchor: dt.date, weekday: int) -> dt.date:
    """The last date on or before `anchor` that falls on `weekday`."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
