"""Years an article can be from, by the office holders it names with their office.

A weekday with a day and month but no year ("Selasa (14/4)") fits several years; the
annotators chose among them with what the text says of its people ("Presiden Joko
Widodo", "Menhan Prabowo"), so this does the same with warta's table of terms of office
(warta/actors/data/office_holders.tsv) and the short forms of offices (titles.tsv).
A holder counts only when the office is written just before the name, as a name alone
may be cited long after the term. Train examples where it picks the gold's year: a010,
d003, d017, j009, n005, n018, n019 (none lost).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_DATA = Path(__file__).resolve().parents[1] / "actors" / "data"
# How far before a name its office may stand: "Presiden RI Joko Widodo", "Menteri Luar
# Negeri (Menlu) Retno Marsudi".
_OFFICE_REACH = 30
# A former holder ("mantan Presiden Susilo Bambang Yudhoyono", train a021) dates nothing.
_FORMER = re.compile(r"(?i:mantan|eks|bekas|almarhum|alm\.|mendiang|ke-?\d+)\s*$")


@dataclass(frozen=True)
class _Term:
    names: tuple[str, ...]
    offices: re.Pattern[str]
    first: int
    last: int | None  # None: still in office


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t"))


@functools.cache
def _terms() -> tuple[_Term, ...]:
    surfaces: dict[str, set[str]] = {}
    for row in _rows(_DATA / "titles.tsv"):
        if len(row) >= 2:
            surfaces.setdefault(row[1], {row[1]}).add(row[0])
    terms = []
    for row in _rows(_DATA / "office_holders.tsv"):
        if len(row) < 6 or row[0] == "name" or not row[4][:4].isdigit():
            continue
        names = (row[0], *(a for a in row[1].split("|") if a))
        forms = sorted(surfaces.get(row[2], {row[2]}), key=len, reverse=True)
        offices = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, forms)) + r")\b")
        last = int(row[5][:4]) if row[5][:4].isdigit() else None
        terms.append(_Term(names, offices, int(row[4][:4]), last))
    return tuple(terms)


def _named_with_office(text: str, term: _Term) -> bool:
    for name in term.names:
        if name not in text:
            continue
        for match in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text):
            begin = max(0, match.start() - _OFFICE_REACH)
            office = term.offices.search(text, begin, match.start())
            if office and not _FORMER.search(text[max(0, office.start() - 12) : office.start()]):
                return True
    return False


# Only the beginning of a text is searched: a report names its people early, and a
# 500,000-character input would otherwise cost seconds.
_SEARCHED_CHARS = 20_000


def office_years(text: str, today: dt.date | None = None) -> Counter[int]:
    """For each year, how many of the office holders the text names with their office
    held it then (a person's several terms count once); empty when it names none."""
    return Counter(_office_years(text[:_SEARCHED_CHARS], (today or dt.date.today()).year))


@functools.lru_cache(maxsize=8)
def _office_years(text: str, latest: int) -> Counter[int]:
    held: dict[str, set[int]] = {}
    for term in _terms():
        if _named_with_office(text, term):
            held.setdefault(term.names[0], set()).update(
                range(term.first, (term.last or latest) + 1)
            )
    return Counter(year for years in held.values() for year in years)
