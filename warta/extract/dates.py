"""Dates in a sentence, normalized to ISO (partial allowed), relative to the publication date.

The NLP stage's DATE entities (`span._.norm`) are used first; a small reader over the text
fills in what they miss (relative words such as "hari ini", "kemarin", "bulan lalu", and a bare
weekday, which the publication date anchors).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from warta.actors.data import MONTHS, WEEKDAYS

MONTH_RE = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS if len(m) > 3)
FULL = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({MONTH_RE})\.?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({MONTH_RE})\.?(?!\w)(?!\s+\d{{4}})", re.I)
SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])")
MONTH_YEAR = re.compile(rf"(?<!\d\s)(?<!\d)\b({MONTH_RE})\s+(\d{{4}})(?!\d)", re.IGNORECASE)
RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})(?!\d)")
YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d-]|-an)")
RELATIVE = {
    "hari ini": 0,
    "kemarin": -1,
    "kemarin lusa": -2,
    "besok": 1,
}
RELATIVE_RE = re.compile(r"(?<![\w])(hari ini|kemarin lusa|kemarin|besok)(?![\w])", re.I)
MONTH_AGO = re.compile(r"(?<![\w])(bulan|tahun) (lalu|kemarin|depan)(?![\w])", re.I)
WEEKDAY_RE = re.compile(rf"(?<![\w])({'|'.join(WEEKDAYS)})(?![\w])")


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the article text
    end: int
    text: str
    value: str  # "2021-07-06", "2021-07", "2021", or a period "2016-2020"
    is_period: bool = False


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.lower()[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.lower().startswith(word))


def _iso(year: int, month: int, day: int | None = None) -> str | None:
    try:
        if day is None:
            return f"{dt.date(year, month, 1):%Y-%m}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """A date given without a year happened on or before publication, within a year."""
    if published is None:
        return None
    year = published.year
    if (month, day) > (published.month, published.day + 1):
        year -= 1
    return year


def find_dates(text: str, start: int, end: int, published: str | None) -> list[DateMention]:
    """Date mentions in text[start:end] (offsets stay article offsets)."""
    pub = parse_published(published)
    chunk = text[start:end]
    found: list[DateMention] = []

    def add(s: int, e: int, value: str | None, period: bool = False) -> None:
        if value and not any(f.start < start + e and start + s < f.end for f in found):
            found.append(DateMention(start + s, start + e, chunk[s:e], value, period))

    for m in FULL.finditer(chunk):
        add(m.start(), m.end(), _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1))))
    for m in SLASH.finditer(chunk):
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            year = int(m.group(3))
            year = year + 2000 if year < 100 else year
        else:
            year = _year_for(month, day, pub) or 0  # 0: no year can be inferred
        if year and 1 <= month <= 12:
            add(m.start(), m.end(), _iso(year, month, day))
    for m in DAY_MONTH.finditer(chunk):
        day, month = int(m.group(1)), _month(m.group(2))
        inferred = _year_for(month, day, pub)
        if inferred:
            add(m.start(), m.end(), _iso(inferred, month, day))
    for m in MONTH_YEAR.finditer(chunk):
        add(m.start(), m.end(), _iso(int(m.group(2)), _month(m.group(1))))
    for m in RANGE.finditer(chunk):
        add(m.start(), m.end(), f"{m.group(1)}-{m.group(2)}", period=True)
    for m in YEAR.finditer(chunk):
        add(m.start(), m.end(), m.group(1))
    if pub is not None:
        for m in RELATIVE_RE.finditer(chunk):
            add(m.start(), m.end(), (pub + dt.timedelta(RELATIVE[m.group(1).lower()])).isoformat())
        for m in MONTH_AGO.finditer(chunk):
            step = 1 if m.group(2).lower() == "depan" else -1
            if m.group(1).lower() == "bulan":
                month_index = pub.year * 12 + pub.month - 1 + step
                add(m.start(), m.end(), f"{month_index // 12:04d}-{month_index % 12 + 1:02d}")
            else:
                add(m.start(), m.end(), str(pub.year + step))
        for m in WEEKDAY_RE.finditer(chunk):
            if any(0 <= f.start - (start + m.end()) <= 3 for f in found):
                continue  # "Selasa 6 Juli", "Rabu (31/7)": the date that follows says it
            # a bare weekday ("pada Senin") is the last such day up to publication
            back = (pub.weekday() - WEEKDAYS.index(m.group(1))) % 7
            add(m.start(), m.end(), (pub - dt.timedelta(back)).isoformat())
    found.sort(key=lambda d: d.start)
    return found


PERIOD = re.compile(r"\d{4}-\d{4}")


def doc_dates(doc: Doc | None) -> list[DateMention]:
    """The NLP stage's normalized DATE entities of the whole Doc, in text order.

    Read once per article: each `doc.ents` builds a Span for every entity.
    """
    if doc is None:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        norm = getattr(ent._, "norm", None)
        if norm:
            value = str(norm).replace("/", "-")
            period = bool(PERIOD.fullmatch(value))
            out.append(DateMention(ent.start_char, ent.end_char, ent.text, value, period))
    return out


def sentence_dates(
    text: str, entities: list[DateMention], start: int, end: int, published: str | None
) -> list[DateMention]:
    """NLP dates (`entities`, from doc_dates) first, then the text reader's for whatever
    they do not cover."""
    found = [d for d in entities if start <= d.start and d.end <= end]
    for d in find_dates(text, start, end, published):
        if not any(f.start < d.end and d.start < f.end for f in found):
            found.append(d)
        else:  # the reader's value is more specific when it resolved a weekday or a year
            for i, f in enumerate(found):
                if f.start <= d.start and d.end <= f.end and len(d.value) > len(f.value):
                    found[i] = DateMention(f.start, f.end, f.text, d.value, f.is_period)
    return sorted(found, key=lambda d: d.start)
