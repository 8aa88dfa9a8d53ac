"""warta.calendar: month and weekday names, valid dates, years, ISO text, weekday arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.calendar import (
    expand_two_digit_year,
    is_valid_day_month,
    iso_text,
    last_weekday_on_or_before,
    month_number,
    next_weekday_on_or_after,
    parse_iso_date,
    safe_date,
    weekday_number,
    years_with_weekday,
)


@pytest.mark.parametrize(
    ("word", "number"),
    [("Januari", 1), ("Feb", 2), ("Mei", 5), ("Agt", 8), ("Agu", 8), ("Okt", 10), ("Des", 12)],
)
def test_month_names_and_abbreviations(word: str, number: int) -> None:
    assert month_number(word) == number


@pytest.mark.parametrize(
    ("word", "number"),
    [("Senin", 0), ("Jumat", 4), ("Jum'at", 4), ("Jum’at", 4), ("Minggu", 6), ("Ahad", 6)],
)
def test_weekday_names(word: str, number: int) -> None:
    assert weekday_number(word) == number


def test_date_validity() -> None:
    assert safe_date(2021, 2, 31) is None
    assert safe_date(2021, 2, 29) is None
    assert safe_date(2020, 2, 29) == dt.date(2020, 2, 29)
    assert is_valid_day_month(2, 29)
    assert not is_valid_day_month(2, 30)
    assert not is_valid_day_month(13, 1)


def test_years_with_weekday() -> None:
    assert years_with_weekday(7, 6, 1, (2005, 2030)) == [2010, 2021, 2027]
    assert years_with_weekday(2, 29, 0, (2000, 2030)) == [2016]
    assert years_with_weekday(2, 30, 0) == []


def test_two_digit_years() -> None:
    assert [expand_two_digit_year(y) for y in (22, 69, 70, 98, 2021)] == [
        2022,
        2069,
        1970,
        1998,
        2021,
    ]


def test_iso_dates_read_and_written() -> None:
    assert parse_iso_date("2021-07-06T10:00:00+07:00") == dt.date(2021, 7, 6)
    assert parse_iso_date("2021-07") is None and parse_iso_date(None) is None
    assert parse_iso_date("2021-02-30") is None
    assert iso_text(2021) == "2021" and iso_text(2021, 7) == "2021-07"
    assert iso_text(None, 7, 6) == "XXXX-07-06"


def test_weekday_arithmetic() -> None:
    tuesday = dt.date(2021, 7, 6)
    assert next_weekday_on_or_after(tuesday, 1) == tuesday
    assert next_weekday_on_or_after(tuesday, 4) == dt.date(2021, 7, 9)
    assert last_weekday_on_or_before(tuesday, 1) == tuesday
    assert last_weekday_on_or_before(tuesday, 6) == dt.date(2021, 7, 4)
