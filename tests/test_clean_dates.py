"""The clean stage's date mentions (for the publication date) and weekday -> year inference."""

from __future__ import annotations

import pytest

from warta.clean.dates import find_date_mentions, find_reporting_weekdays, find_year_mentions
from warta.clean.weekday_year import infer_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minggu (3/7/2022)", (3, 7, 2022, 6)),
        ("Rabu (31/7)", (31, 7, None, 2)),
        ("Senin, (8/3)", (8, 3, None, 0)),
        ("Selasa, 8 September 2015 - 14:53 WIB", (8, 9, 2015, 1)),
        ("Selasa 6 Juli.", (6, 7, None, 1)),
        ("pada 3 Juli 2022 lalu", (3, 7, 2022, None)),
        ("tanggal 25 Agt. 2021", (25, 8, 2021, None)),
        ("Jakarta (3/7/22) -", (3, 7, 2022, None)),
        ("diunggah 2022-07-03", (3, 7, 2022, None)),
        ("Sumber: HARIAN (28 /09/ 1992)", (28, 9, 1992, None)),
        ("12-09-1999: Pasukan PBB", (12, 9, 1999, None)),
    ],
)
def test_date_mentions(text: str, expected: tuple[int, int, int | None, int | None]) -> None:
    (mention,) = find_date_mentions(text)
    assert (mention.day, mention.month, mention.year, mention.weekday) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 Februari 2021",
        "Kamis (32/13)",
        "Senin (30/2)",
        "29 Februari 2021",
        "10 Julius 2020",
        "minggu (3/7)",  # lower-case "minggu" is "week", not Sunday
        "skor 3/7/2022a",
        "telepon 021-12-2021x",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_date_mentions(text) == []


def test_reporting_weekday() -> None:
    text = "kata Menlu di Bangkok, Kamis. Ia tiba pada Rabu malam dan Jumat (2/8) pulang."
    assert [m.text for m in find_reporting_weekdays(text)] == ["Kamis", "Rabu"]


def test_year_mentions_flag_future_references() -> None:
    text = "Sejak 2018, periode 2021–2023, tahun 2022 mendatang, hingga 2030, dan 1950-an."
    found = [(y.year, y.future) for y in find_year_mentions(text)]
    assert found == [
        (2018, False),
        (2021, False),
        (2023, True),
        (2022, True),
        (2030, True),
        (1950, False),
    ]


@pytest.mark.parametrize(
    ("month", "day", "weekday", "mentioned", "expected"),
    [
        (7, 6, 1, [2020, 2021], 2021),  # Selasa 6 Juli; article speaks of 2020 and 2021
        (3, 8, 0, [1950, 2019], 2021),  # Senin 8 Maret; after 2019, nearest is 2021
        (7, 31, 2, [2016, 2017, 2018], 2019),  # Rabu 31 Juli
        (7, 31, 2, [2012], 2013),
        (8, 17, 3, [2014, 2015], 2017),  # Kamis 17 Agustus: 2017 (2006 is far before)
        (11, 10, 4, [2000], 2000),  # Jumat 10 November 2000
    ],
)
def test_weekday_year_narrowed_by_mentioned_years(
    month: int, day: int, weekday: int, mentioned: list[int], expected: int
) -> None:
    inference = infer_year(month, day, weekday, mentioned, latest_year=2026)
    assert inference.year == expected
    assert inference.ranked[0] == expected
    assert len(inference.ranked) > 1  # the other candidates are returned


def test_weekday_year_copyright_decides() -> None:
    inference = infer_year(7, 31, 2, [2024], copyright_years=[2019], latest_year=2026)
    assert inference.year == 2019
    assert inference.confidence >= 0.8


def test_weekday_year_without_mentions_is_ambiguous() -> None:
    inference = infer_year(7, 6, 1, [], latest_year=2026)
    assert inference.year == 2021  # the most recent that is not in the future
    assert inference.ranked == (2021, 2010, 2004, 1999, 1993)
    assert inference.confidence < 0.5


def test_weekday_year_impossible() -> None:
    inference = infer_year(2, 30, 0)
    assert inference.year is None and inference.ranked == ()
