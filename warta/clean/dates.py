"""Find date expressions in Indonesian news text.

Only the shapes news uses for dates are recognized, and only valid dates are
returned: "31 Februari" or "(32/13)" are not dates.
  weekday + numeric   "Minggu (3/7/2022)", "Rabu (31/7)", "Senin, (8/3)"
  weekday + named     "Selasa, 8 September 2015", "Selasa 6 Juli"
  named full date     "3 Juli 2022", "25 Jan. 2021"
  numeric full date   "(3/7/2022)", "03/07/2022", "(28 /09/ 1992)", "12-09-1999", "2022-07-03"
  reporting weekday   ", Kamis." "pada Jumat," - a bare weekday closing a clause
  years               "pada 2018", "periode 2021-2023", "tahun 2022 mendatang"
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.calendar import (
    FULL_MONTHS,
    MONTH_ABBREVIATIONS,
    WEEKDAYS,
    expand_two_digit_year,
    is_valid_day_month,
    month_number,
    safe_date,
    weekday_number,
)


def _weekday_alternation() -> str:
    # Weekday names are capitalized in Indonesian; "minggu" in lower case means "week".
    forms = {form for name in WEEKDAYS for form in (name.capitalize(), name.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


_WD = rf"(?P<wd>{_weekday_alternation()})(?![^\W\d_])"
# Full month names, or abbreviations optionally followed by a dot ("Agt.", "Sep").
_MON = (
    "(?P<mon>(?i:"
    + "|".join(sorted(FULL_MONTHS, key=len, reverse=True))
    + ")(?![^\\W\\d_])|(?i:"
    + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![^\W\d_])\.?)"
)
_YEAR4 = r"(?P<y>(?:19|20)\d{2})(?!\d)"

# A time of day may stand between the weekday and its date: "Kamis sore (12/09)",
# "Rabu siang waktu setempat (6/11)" (train f005, g002, g022, j005, j022, k029, l002).
_DAYTIME = r"(?:\s+(?i:pagi|siang|sore|petang|malam|dini\s+hari)(?:\s+waktu\s+setempat)?)?"
_WEEKDAY_NUMERIC = re.compile(
    rf"{_WD}{_DAYTIME}\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
    rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"
)
_WEEKDAY_NAMED = re.compile(
    rf"{_WD}\s*,?\s*(?:(?i:tanggal|tgl\.?)\s*)?(?P<d>\d{{1,2}})\s+{_MON}(?:\s*,?\s+{_YEAR4})?"
)
_WEEKDAY_DAYTIME_NAMED = re.compile(
    rf"{_WD}{_DAYTIME}\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s+{_MON}(?:\s*,?\s+{_YEAR4})?\s*\)"
)
_NAMED_FULL = re.compile(rf"(?<![\d/])(?P<d>\d{{1,2}})\s+{_MON}\s*,?\s+{_YEAR4}")
_NUMERIC_FULL = re.compile(
    r"(?<![\w/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2}|\d{2})(?![\w/])"
)
# In brackets, spaces may surround the slashes: "(28 /09/ 1992)".
_NUMERIC_BRACKETED = re.compile(
    r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})\s*\)"
)
_NUMERIC_DASHED = re.compile(
    r"(?<![\w/.-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})(?![\w/-])"  # 12-09-1999
)
_ISO = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")

# A weekday ending a clause: "kata Menlu di Bangkok, Kamis." / "pada Jumat (malam)".
_REPORTING_WEEKDAY = re.compile(
    rf"(?:,\s*|(?<![^\W\d_])(?i:pada|hari)\s+){_WD}"
    r"(?=\s*[.,;:)]|\s*$|\s+(?i:pagi|siang|sore|malam|dini\s+hari)\b)"
)

_YEAR = re.compile(r"(?<![\d.,:])(?:19|20)\d{2}(?![\d.,]\d)(?!\d)")
_RANGE = re.compile(
    r"(?<![\d.,:])(?:19|20)\d{2}\s*(?:[-–—/]|s\.?/?d\.?|sampai|hingga)\s*(?P<end>(?:19|20)\d{2})(?!\d)"
)
# Years announced as future ("tahun 2022 mendatang", "menjelang 2030") say little about
# when the article was written, so weekday inference does not lean on them.
_FUTURE_AFTER = re.compile(r"\s+(?:mendatang|depan|nanti)\b", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(
    r"(?:hingga|sampai|menuju|menjelang|jelang|target|visi)\s+(?:tahun\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    """A day and month (and year when written) found at text[start:end]."""

    kind: str  # "weekday_numeric" | "weekday_named" | "named" | "numeric" | "iso"
    start: int
    end: int
    text: str
    day: int
    month: int
    year: int | None
    weekday: int | None  # the weekday written next to it, Monday == 0

    @property
    def has_weekday(self) -> bool:
        return self.weekday is not None

    def date(self) -> dt.date | None:
        return None if self.year is None else safe_date(self.year, self.month, self.day)


@dataclass(frozen=True)
class WeekdayMention:
    start: int
    end: int
    text: str
    weekday: int


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int
    future: bool  # "2022 mendatang", "hingga 2030", the end of "2021-2023"


def _mention(kind: str, match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    day = int(groups["d"])
    month = month_number(groups["mon"]) if groups.get("mon") else int(groups["m"])
    if month is None or not is_valid_day_month(month, day):
        return None
    year = expand_two_digit_year(int(groups["y"])) if groups.get("y") else None
    if year is not None and safe_date(year, month, day) is None:
        return None  # 29/2 in a non-leap year
    weekday = weekday_number(groups["wd"]) if groups.get("wd") else None
    text = match.group(0)
    return DateMention(kind, match.start(), match.end(), text, day, month, year, weekday)


_PATTERNS = (
    ("weekday_numeric", _WEEKDAY_NUMERIC),
    ("weekday_named", _WEEKDAY_NAMED),
    ("weekday_named", _WEEKDAY_DAYTIME_NAMED),
    ("named", _NAMED_FULL),
    ("numeric", _NUMERIC_FULL),
    ("numeric", _NUMERIC_BRACKETED),
    ("numeric", _NUMERIC_DASHED),
    ("iso", _ISO),
)


def find_date_mentions(text: str) -> list[DateMention]:
    """Valid date mentions in text order; a weekday form wins over the bare date in it."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            mention = _mention(kind, match)
            if mention is not None:
                found.append(mention)
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def find_reporting_weekdays(text: str) -> list[WeekdayMention]:
    """Bare weekdays closing a clause (", Kamis."), the usual way to say the report day."""
    mentions = []
    for match in _REPORTING_WEEKDAY.finditer(text):
        weekday = weekday_number(match.group("wd"))
        if weekday is not None:
            mentions.append(
                WeekdayMention(match.start("wd"), match.end("wd"), match.group("wd"), weekday)
            )
    return mentions


def find_year_mentions(text: str) -> list[YearMention]:
    """Four-digit years 1900-2099 in the text, flagged when they point to the future."""
    range_ends = {match.start("end") for match in _RANGE.finditer(text)}
    mentions = []
    for match in _YEAR.finditer(text):
        future = (
            match.start() in range_ends
            or bool(_FUTURE_AFTER.match(text, match.end()))
            or bool(_FUTURE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]))
        )
        mentions.append(YearMention(int(match.group(0)), match.start(), future))
    return mentions
