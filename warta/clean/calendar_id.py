"""Indonesian calendar words, date validity and weekday -> year inference."""

from __future__ import annotations

import datetime as dt

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
    "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10,
    "november": 11, "nopember": 11, "desember": 12,
    # Abbreviations used in timestamps ("08 Mar 2021 14:00 WIB"), Indonesian and the
    # English ones some CMSes print regardless of the article language.
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "agus": 8, "ags": 8, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12, "may": 5,
    "january": 1, "february": 2, "march": 3, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}  # fmt: skip

# Monday == 0, as in datetime.weekday().
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3,
    "jumat": 4, "jum'at": 4, "jum’at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
}  # fmt: skip

WEEKDAY_NAMES_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Weekday inference searches this window: news archives we read fall inside it.
YEAR_WINDOW = (1990, 2030)


def month_number(word: str) -> int | None:
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


def expand_two_digit_year(year: int) -> int:
    """'22' in '(3/7/22)' is 2022; '98' is 1998."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year
