"""The publication date of an article, with the words that gave it and a confidence.

Order of evidence, strongest first:
  1. metadata (RawDocument.published)                                   "metadata"
  2. a timestamp line, a dated dateline or source line taken out as
     boilerplate                                                         "explicit"
  3. a stamp or source line in the text: "01 Juni, 2018, 05.53 WIB",
     "Sumber:Kompas - 16 Desember 2007"                                  "explicit"
  4. an anniversary: "pada 8 April 2005 atau tepat 16 tahun silam"
     -> 2021-04-08                                                       "relative"
  5. a date the text calls the report's own day: "hari ini, Selasa
     (23/8)", "diterima di Jakarta pada Jumat (4/4/2025)"             "explicit"/"weekday"
  6. the weekday date of a statement, unless a later full date is written:
     "ujar menteri itu kepada wartawan, Rabu (16/7)"                  "explicit"/"weekday"
  7. a weekday with a full date in the text: "Minggu (3/7/2022)"        "explicit"
  8. a weekday with day/month only: "Selasa 6 Juli", "Rabu (31/7)" ->
     the year from the weekday, narrowed by the terms of the office holders
     the text names ("Presiden Joko Widodo", office_years.py) and by years the
     article mentions                                                     "weekday"
  9. a full date without weekday: "pada 26 Januari 2021"                "explicit"
 10. the copyright year alone: "Copyright © ANTARA 2019" -> "2019"      "copyright"
DateEvidence.step names the rule that gave the date. Dates 6-9 named
as ahead ("mulai Kamis 28 April 2022") or past ("Jumat (20/2/2015) yang lalu") are
passed over while others remain. After 7-8 a "kemarin" (yesterday) next to the date
moves it a day on ("relative"); after 7-9 a reporting weekday later in the text
(", Kamis.") moves the date to that weekday following the anchor, and after 9 a
"kemarin" further on to the next day, all with lower confidence. The cues and the train
articles they come from are in data/date_cues.tsv and date_context.py.

Only the cleaned text is searched: related-article links are gone by then, so their
headlines cannot move an article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from warta.calendar import next_weekday_on_or_after, safe_date
from warta.clean.date_context import anniversary, cued, stamp_dates
from warta.clean.dates import (
    DateMention,
    find_date_mentions,
    find_reporting_weekdays,
    find_year_mentions,
)
from warta.clean.office_years import office_years
from warta.clean.types import DateEvidence
from warta.clean.weekday_year import infer_year

_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
# Any year: one outside the plausible range is refused with a note (see `plausible`).
_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# "kemarin" is yesterday, unless it qualifies a week, month, year or weekday
# ("pekan kemarin" = last week, "Senin kemarin" = last Monday) or is "kemarin lusa".
_YESTERDAY = re.compile(r"(?<![^\W\d_])kemarin(?![^\W\d_])(?!\s+lusa)", re.IGNORECASE)
_NOT_YESTERDAY_BEFORE = re.compile(
    r"(?:pekan|minggu|bulan|tahun|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|ahad|malam)\s*$",
    re.IGNORECASE,
)


# How far (in characters) after the anchor date a reporting weekday may stand: a few
# paragraphs, the span in which a report names its event and then its briefing day.
_REPORTING_WEEKDAY_REACH = 1500


def metadata_date(published: str | None) -> DateEvidence | None:
    """'2022-07-03T10:00:00+07:00' -> 2022-07-03; partial dates stay partial."""
    if not published:
        return None
    if compact := _COMPACT_DATE.match(published):  # "20200101"
        published = "-".join(compact.groups())
    match = _ISO_PREFIX.match(published)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        value = f"{year:04d}"
    elif day is None:
        if not 1 <= month <= 12:
            return None
        value = f"{year:04d}-{month:02d}"
    else:
        date = safe_date(year, month, day)
        if date is None:
            return None
        value = date.isoformat()
    return DateEvidence(value, "metadata", 0.95, published)


def _reporting_shift(
    text: str, anchor: DateMention, date: dt.date, evidence: DateEvidence
) -> DateEvidence:
    """Move the date to a reporting weekday named after the anchor (', Kamis.')."""
    anchor_weekday = anchor.weekday if anchor.weekday is not None else date.weekday()
    for mention in find_reporting_weekdays(text):
        if mention.start < anchor.end:
            continue
        if mention.start - anchor.end > _REPORTING_WEEKDAY_REACH:
            break  # too far from the anchor to be about the same report
        if mention.weekday == anchor_weekday:
            return evidence  # the same day named again
        shift = next_weekday_on_or_after(date, mention.weekday) - date
        return DateEvidence(
            (date + shift).isoformat(),
            evidence.method,
            round(evidence.confidence * 0.8, 2),
            f"{evidence.text} … {mention.text}",
            tuple((dt.date.fromisoformat(c) + shift).isoformat() for c in evidence.candidates),
        )
    return evidence


def _yesterday_shift(text: str, anchor: DateMention, evidence: DateEvidence) -> DateEvidence:
    """An event date followed by 'kemarin' (yesterday): published the day after."""
    for match in _YESTERDAY.finditer(text, anchor.end):
        if _NOT_YESTERDAY_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        return _day_after(evidence, match.group(0))
    return evidence


def _after_anchor(text: str, anchor: DateMention, evidence: DateEvidence) -> DateEvidence:
    """A weekday date called yesterday ("Selasa (29/9/2015) kemarin") was the day before
    the report; otherwise a reporting weekday may follow it (_reporting_shift)."""
    if cued(text, anchor, "yesterday"):
        return _day_after(evidence, "kemarin")
    return _reporting_shift(text, anchor, dt.date.fromisoformat(evidence.value), evidence)


def _day_after(evidence: DateEvidence, word: str) -> DateEvidence:
    """Reported the day after: `word` ("kemarin") calls the evidence's date yesterday."""
    next_day = dt.timedelta(days=1)
    return DateEvidence(
        (dt.date.fromisoformat(evidence.value) + next_day).isoformat(),
        "relative",
        round(evidence.confidence * 0.8, 2),
        f"{evidence.text} … {word}",
        tuple((dt.date.fromisoformat(c) + next_day).isoformat() for c in evidence.candidates),
    )


def _anniversary(text: str, mentions: list[DateMention], today: dt.date) -> DateEvidence | None:
    """Written on the anniversary of a dated event: the event's day, the years later."""
    remembered = anniversary(text, mentions)
    if remembered is None:
        return None
    then = remembered.mention
    day = safe_date((then.year or 0) + remembered.years, then.month, then.day)
    if day is None or day > today:
        return None
    return DateEvidence(day.isoformat(), "relative", 0.6, remembered.text)


def _explicit(mention: DateMention, confidence: float) -> DateEvidence | None:
    date = mention.date()
    if date is None:
        return None
    if mention.weekday is not None and mention.weekday != date.weekday():
        confidence -= 0.3  # the written weekday contradicts the date: a typo somewhere
    return DateEvidence(date.isoformat(), "explicit", round(confidence, 2), mention.text)


def _from_weekday(
    mention: DateMention, text: str, copyright_years: Sequence[int], today: dt.date
) -> DateEvidence | None:
    assert mention.weekday is not None
    mentioned = [y.year for y in find_year_mentions(text) if not y.future]
    inference = infer_year(
        mention.month,
        mention.day,
        mention.weekday,
        mentioned,
        copyright_years,
        today.year,
        office_years=office_years(text, today),
    )
    if inference.year is None:
        return None
    days = [dt.date(y, mention.month, mention.day) for y in inference.ranked]
    days = [d for d in days if d <= today] + [d for d in days if d > today]  # not yet: last
    ranked = [d.isoformat() for d in days]
    return DateEvidence(ranked[0], "weekday", inference.confidence, mention.text, tuple(ranked[1:]))


def _first_paragraph_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


def _pick_undated_weekday_free(
    mentions: list[DateMention], text: str, copyright_years: Sequence[int]
) -> DateMention | None:
    """Among full dates without weekday: one in the copyright year, else the first in
    the lead paragraph (the event being reported), else the latest."""
    full = [m for m in mentions if m.date() is not None]
    if not full:
        return None
    in_copyright_year = [m for m in full if m.year in set(copyright_years)]
    if in_copyright_year:
        full = in_copyright_year
    lead_end = _first_paragraph_end(text)
    in_lead = [m for m in full if m.start < lead_end]
    if in_lead:
        return in_lead[0]
    return max(full, key=lambda m: m.date() or dt.date.min)


def _at(step: str, evidence: DateEvidence | None) -> DateEvidence | None:
    """The evidence marked with the rule that found it."""
    return None if evidence is None else replace(evidence, step=step)


def _statement_day(
    text: str, with_weekday: list[DateMention], copyright_years: Sequence[int], today: dt.date
) -> DateEvidence | None:
    """The weekday of a statement ("ujar menteri itu kepada wartawan, Rabu (16/7)") is the
    report's day, taken as it stands (no reporting weekday moves it), unless a later
    full date is written: then the statement is one the report looks back on."""
    said = [m for m in with_weekday if cued(text, m, "statement")]
    latest = max((d for m in with_weekday if (d := m.date()) is not None), default=None)
    if latest is not None:
        said = [m for m in said if m.date() == latest]  # the latest day, with its year
    for mention in said:
        found = _explicit(mention, 0.85) or _from_weekday(mention, text, copyright_years, today)
        if found is not None:
            return found
    return None


def infer_publication_date(
    text: str,
    *,
    metadata: str | None = None,
    evidence_texts: Sequence[str] = (),
    copyright_years: Sequence[int] = (),
    today: dt.date | None = None,
    notes: list[str] | None = None,
) -> DateEvidence | None:
    """The publication date of a cleaned article text; see the module docstring.

    `evidence_texts` are removed pieces that state the date (timestamp lines, a dated
    dateline); `copyright_years` come from removed copyright lines. Dates outside
    1900..today + 1 day are refused, and the metadata date gives way to an explicit,
    consistent date in the text; both are said in `notes`, when given.
    """
    today = today or dt.date.today()
    said = notes if notes is not None else []
    from_text = _from_text(text, evidence_texts, copyright_years, today)
    if from_text is not None and not plausible(from_text.value, today):
        said.append(
            f"date {from_text.value} in the text ({from_text.text!r}) is outside "
            f"{EARLIEST_PUBLICATION.year}..today + 1 day: refused"
        )
        from_text = None
    from_metadata = metadata_date(metadata)
    if from_metadata is not None and not plausible(from_metadata.value, today):
        said.append(
            f"metadata date {metadata!r} is outside "
            f"{EARLIEST_PUBLICATION.year}..today + 1 day: refused"
        )
        from_metadata = None
    if from_metadata is None:
        return from_text
    if from_text is None or _agree(from_metadata.value, from_text.value):
        return _at("metadata", from_metadata)
    if _explicit_and_consistent(from_text) and not _near(from_metadata.value, from_text.value):
        said.append(
            f"metadata date {metadata!r} disagrees with the explicit date "
            f"{from_text.text!r} in the text: the text's {from_text.value} kept"
        )
        return from_text
    said.append(
        f"metadata date {from_metadata.value} used; the text suggests "
        f"{from_text.value} ({from_text.text!r}, {from_text.method})"
    )
    return _at("metadata", from_metadata)


# The earliest plausible publication date; the latest is tomorrow (time zones).
EARLIEST_PUBLICATION = dt.date(1900, 1, 1)


def plausible(value: str, today: dt.date) -> bool:
    """Whether an ISO date (maybe partial: "2021", "2021-07") can be a publication date:
    from 1900 to today + 1 day. Year 9999, 0001 or 1850 are errors or placeholders."""
    try:
        year = int(value[:4])
        month = int(value[5:7]) if len(value) >= 7 else 1
        day = int(value[8:10]) if len(value) >= 10 else 1
        start = dt.date(year, month, day)  # a partial date counts from its first day
    except ValueError:
        return False
    return EARLIEST_PUBLICATION <= start <= today + dt.timedelta(days=1)


def _agree(metadata: str, from_text: str) -> bool:
    """The same day, or one is a part of the other ("2021" and "2021-07-06")."""
    return metadata.startswith(from_text) or from_text.startswith(metadata)


# A report is published on its event's day or a few days after: metadata this close to
# the text's date is the more precise publication day, not a contradiction.
_NEAR_DAYS = 7


def _near(metadata: str, from_text: str) -> bool:
    try:
        apart = dt.date.fromisoformat(metadata) - dt.date.fromisoformat(from_text)
    except ValueError:  # a partial date that does not agree with the other: far apart
        return False
    return abs(apart.days) <= _NEAR_DAYS


def _explicit_and_consistent(evidence: DateEvidence) -> bool:
    """A full date written with its year, its weekday (if any) agreeing, that the text
    gives as its own (a stamp, dateline, report day or statement): not a bare date in
    the body (step "date", confidence 0.5), which is often an event's."""
    return evidence.method == "explicit" and evidence.confidence >= 0.85


def _from_text(
    text: str,
    evidence_texts: Sequence[str],
    copyright_years: Sequence[int],
    today: dt.date,
) -> DateEvidence | None:
    for piece in evidence_texts:
        for mention in find_date_mentions(piece):
            explicit = _explicit(mention, 0.95)
            if explicit is not None:
                return _at("evidence", explicit)
            if mention.weekday is not None:
                inferred = _from_weekday(mention, text, copyright_years, today)
                if inferred is not None:
                    return _at("evidence", inferred)

    stamps = stamp_dates(text)
    if stamps:
        return _at("stamp", _explicit(stamps[0], 0.9))

    mentions = find_date_mentions(text)
    remembered = _anniversary(text, mentions, today)
    if remembered is not None:
        return _at("anniversary", remembered)

    for mention in mentions:
        if cued(text, mention, "report_day"):
            found = _explicit(mention, 0.85)
            if found is None and mention.weekday is not None:
                found = _from_weekday(mention, text, copyright_years, today)
            if found is not None:
                return _at("report_day", found)

    # dates named as ahead or past are not the report's, while others remain
    mentions = [
        m for m in mentions if not (cued(text, m, "future") or cued(text, m, "past"))
    ] or mentions
    with_weekday = [m for m in mentions if m.weekday is not None]
    stated = _statement_day(text, with_weekday, copyright_years, today)
    if stated is not None:
        return _at("statement", stated)
    full_with_weekday = [m for m in with_weekday if m.date() is not None]
    if full_with_weekday:
        # The latest: earlier weekday dates are usually events the report looks back on.
        anchor = max(full_with_weekday, key=lambda m: (m.date() or dt.date.min, -m.start))
        explicit = _explicit(anchor, 0.9)
        assert explicit is not None
        return _at("weekday_date", _after_anchor(text, anchor, explicit))

    for anchor in with_weekday:
        inferred = _from_weekday(anchor, text, copyright_years, today)
        if inferred is not None:
            return _at("weekday", _after_anchor(text, anchor, inferred))

    anchor_mention = _pick_undated_weekday_free(mentions, text, copyright_years)
    if anchor_mention is not None:
        explicit = _explicit(anchor_mention, 0.5)
        assert explicit is not None
        shifted = _reporting_shift(
            text, anchor_mention, dt.date.fromisoformat(explicit.value), explicit
        )
        if shifted is not explicit:
            return _at("date", shifted)
        return _at("date", _yesterday_shift(text, anchor_mention, explicit))

    if copyright_years:
        year = max(copyright_years)
        return DateEvidence(str(year), "copyright", 0.4, f"© {year}", step="copyright")
    return None
