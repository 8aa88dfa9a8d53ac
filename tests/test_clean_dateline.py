"""Dateline forms of Indonesian outlets, on invented openings."""

from __future__ import annotations

import pytest

from warta.clean.dateline import find_dateline, title_case_place


@pytest.mark.parametrize(
    ("opening", "place", "outlet", "text"),
    [
        ("JAKARTA, iNews.id - Presiden", "Jakarta", "iNews.id", "JAKARTA, iNews.id -"),
        ("Jakarta (ANTARA) - Menlu", "Jakarta", "ANTARA", "Jakarta (ANTARA) -"),
        ("Moskow, MINA – Menlu", "Moskow", "MINA", "Moskow, MINA –"),
        ("JAKARTA - Menlu", "Jakarta", None, "JAKARTA -"),
        ("Jakarta – Kementerian", "Jakarta", None, "Jakarta –"),
        ("Jakarta — Kementerian", "Jakarta", None, "Jakarta —"),
        ("BANGKOK, KOMPAS.com - Thailand", "Bangkok", "KOMPAS.com", "BANGKOK, KOMPAS.com -"),
        ("Liputan6.com, Jakarta - Menlu", "Jakarta", "Liputan6.com", "Liputan6.com, Jakarta -"),
        (
            "Jakarta, CNN Indonesia -- Menlu",
            "Jakarta",
            "CNN Indonesia",
            "Jakarta, CNN Indonesia --",
        ),
        ("KUALA LUMPUR, MINA – Malaysia", "Kuala Lumpur", "MINA", "KUALA LUMPUR, MINA –"),
        ("Suara.com - Pemerintah", None, "Suara.com", "Suara.com -"),
        ("JAKARTA, Kamis (7/7/2022) - Presiden", "Jakarta", None, "JAKARTA, Kamis (7/7/2022) -"),
    ],
)
def test_dateline_forms(opening: str, place: str | None, outlet: str | None, text: str) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert (found.dateline.place, found.dateline.outlet, found.dateline.text) == (
        place,
        outlet,
        text,
    )
    assert opening[found.length :] == opening[len(text) :].lstrip()


@pytest.mark.parametrize(
    "opening",
    [
        "Presiden Joko Widodo - yang akrab disapa Jokowi - tiba di Tokyo.",
        "menteri - pejabat tinggi itu hadir.",
        "Kerja sama ASEAN-Rusia terus berkembang.",
        "Pada pertemuan tingkat tinggi yang digelar di ibu kota negara itu - kata dia - x",
        "",
        " - ",
    ],
)
def test_not_a_dateline(opening: str) -> None:
    assert find_dateline(opening) is None


def test_title_case_place() -> None:
    assert title_case_place("JAKARTA") == "Jakarta"
    assert title_case_place("DEN HAAG") == "Den Haag"
    assert title_case_place("WASHINGTON DC") == "Washington DC"
    assert title_case_place("Moskow") == "Moskow"


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("Jakarta, 3 Maret 2021 – Kementerian", "Jakarta", None),
        ("JAKARTA, (7/7) - Presiden", "Jakarta", None),
        ("VIVA – Presiden", None, "VIVA"),
    ],
)
def test_dated_and_bare_outlet_datelines(
    opening: str, place: str | None, outlet: str | None
) -> None:
    found = find_dateline(opening)
    assert found is not None
    assert (found.dateline.place, found.dateline.outlet) == (place, outlet)
