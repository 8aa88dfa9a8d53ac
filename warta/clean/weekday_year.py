"""Which year is meant by a weekday and a day/month without a year ("Selasa 6 Juli")?

The weekday leaves a handful of candidate years in the search window (6 July is a
Tuesday in 2010, 2021, 2027...). The article's own year mentions narrow them: a
report is usually written in or shortly after the latest year it speaks of, so a
candidate scores by its distance to the nearest year mentioned, with years before a
mention counted double (an article citing a year that is still ahead of it is less
usual than one looking back). A copyright year, when present, decides outright.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from warta.calendar import YEAR_WINDOW, years_with_weekday

# Penalty per year when a candidate lies before a year the article mentions.
_BEFORE_MENTION_WEIGHT = 2


@dataclass(frozen=True)
class YearInference:
    year: int | None  # the best candidate, None when the weekday fits no year
    ranked: tuple[int, ...]  # all candidates, best first
    confidence: float


def _distance(candidate: int, mentioned: Iterable[int]) -> int:
    return min(
        (candidate - year if candidate >= year else _BEFORE_MENTION_WEIGHT * (year - candidate))
        for year in mentioned
    )


def infer_year(
    month: int,
    day: int,
    weekday: int,
    mentioned_years: Iterable[int] = (),
    copyright_years: Iterable[int] = (),
    latest_year: int | None = None,
    window: tuple[int, int] = YEAR_WINDOW,
    office_years: Mapping[int, int] | Iterable[int] = (),
) -> YearInference:
    """Rank the years in which day/month falls on `weekday`.

    `mentioned_years` are years the article speaks of as present or past (future
    references filtered out by the caller); `office_years` counts for each year how many
    of its office holders were in office then (or lists the years), and the candidates
    with the most come first; `latest_year` (usually this year) drops
    candidates that would lie in the future, unless nothing else remains.
    """
    candidates = years_with_weekday(month, day, weekday, window)
    if not candidates:
        return YearInference(None, (), 0.0)
    if latest_year is not None:
        candidates = [y for y in candidates if y <= latest_year] or candidates

    # the candidates in which most of the office holders the article names were in
    # office (clean/office_years.py) come first; the others stay as the last candidates
    votes = Counter(office_years)
    most = max((votes[y] for y in candidates), default=0)
    in_office = [y for y in candidates if most and votes[y] == most]
    if in_office and len(in_office) < len(candidates):
        inside = _rank(in_office, mentioned_years, copyright_years)
        rest = sorted((y for y in candidates if y not in in_office), reverse=True)
        return YearInference(inside.year, (*inside.ranked, *rest), inside.confidence)
    return _rank(candidates, mentioned_years, copyright_years)


def _rank(
    candidates: list[int], mentioned_years: Iterable[int], copyright_years: Iterable[int]
) -> YearInference:
    """Candidates ranked by the copyright year, else by the years the article mentions."""
    by_copyright = [y for y in candidates if y in set(copyright_years)]
    if by_copyright:
        best = by_copyright[-1]
        rest = sorted((y for y in candidates if y != best), reverse=True)
        return YearInference(best, (best, *rest), 0.8)

    mentioned = sorted(set(mentioned_years))
    if not mentioned:
        # Nothing to go on: the most recent candidate, as news is read soon after.
        ranked = tuple(sorted(candidates, reverse=True))
        return YearInference(ranked[0], ranked, 0.2)

    scored = sorted(candidates, key=lambda y: (_distance(y, mentioned), -y))
    best_distance = _distance(scored[0], mentioned)
    confidence = 0.75 if best_distance == 0 else 0.6 if best_distance <= 2 else 0.4
    if best_distance > 6:
        confidence = 0.25
    if len(scored) > 1 and _distance(scored[1], mentioned) == best_distance:
        confidence -= 0.15
    return YearInference(scored[0], tuple(scored), round(confidence, 2))
