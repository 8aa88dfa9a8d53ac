import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_COUNTRY,
    format_digits,
    format_words,
    number_text,
    parse_digits,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.500.000", 1_500_000), ("19,8", 19.8), ("6.1", 6.1), ("267", 267), ("33,03", 33.03),
     ("dua ratus juta", 200_000_000), ("satu setengah", 1.5), ("seribu", 1000), ("sebelas", 11),
     ("dua belas", 12), ("1,5 triliun", 1.5e12), ("seratus dua puluh tiga", 123),
     ("setengah juta", 500_000), ("tiga ratus ribu", 300_000), ("1,500,000", 1_500_000)],
)  # fmt: skip
def test_parse(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("19,8", 19.8), ("1.500", 1500), ("1.500,25", 1500.25), ("6.1", 6.1), ("1,500,000", 1.5e6)],
)
def test_digits_with_decimal_commas(text, value):
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["1,500.25", "1.5.3", "dua", "12a"])
def test_not_digits(text):
    assert parse_digits(text) is None


def test_number_text():
    assert [number_text(v) for v in (5e9, 2.5, 0.125)] == ["5000000000", "2.5", "0.125"]


def test_currencies_are_iso_4217_codes():
    assert CURRENCY_PREFIXES["Rp"] == "IDR" and CURRENCY_PREFIXES["A$"] == "AUD"
    assert CURRENCY_WORDS["yen"] == "JPY" and CURRENCY_WORDS["usd"] == "USD"
    assert DOLLAR_COUNTRY["selandia baru"] == "NZD"
    codes = {*CURRENCY_PREFIXES.values(), *CURRENCY_WORDS.values(), *DOLLAR_COUNTRY.values()}
    assert all(len(code) == 3 and code.isupper() for code in codes)


@pytest.mark.parametrize("text", ["belas", "lima kucing", "abc", ""])
def test_not_numbers(text):
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_words_round_trip(n):
    assert parse_number(format_words(n)) == n


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_digits_round_trip(whole, cents):
    value = whole + cents / 100
    assert parse_number(format_digits(value, 2)) == pytest.approx(value)


@given(st.integers(min_value=0, max_value=10**12))
def test_integer_digits_round_trip(n):
    assert parse_number(format_digits(n)) == n
