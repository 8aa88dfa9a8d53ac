"""Which term of office a person named in an article holds (data/office_holders.tsv).

The name says who it may be: coref.find_office_holder gathers the terms whose holder has that
name or alias. The article's date says which of them: a term fits when its office fits the
title the text gives (if any) and it covers the date the article speaks from, its publication
date or else the dates it mentions. Two people with the same surname are told apart by their
terms; when the dates cannot tell them apart, nobody is linked. A name that denotes only one
person in the table still links him outside his terms ("Presiden Soekarno" in a 2015 article
is still Indonesia's) if the title fits one of his offices (else it is likely someone else of
the same name); a surname alone never does ("Menlu Hasan" in 2012 is not Malaysia's minister
of 2023). Only a term that covers the date fills in a role the text left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from spacy.tokens import Doc

from warta.actors.data import OfficeHolder, date_span, office_holders

# When an article speaks: (first day, last day) spans, from its dates as written ("2021").
ArticleDates = tuple[tuple[dt.date, dt.date], ...]
# How a name fits a holder: his name or an alias; a compatible full name ("M. Hatta" for
# Mohammad Hatta); his surname alone, with the title of his office.
NameMatch = Literal["name", "partial", "surname"]


def article_dates(doc: Doc | None) -> ArticleDates:
    """The publication date given to the NLP stage, else every date the article mentions."""
    if doc is None:
        return ()
    published = getattr(doc._, "published", None)
    if published:
        values = [str(published)[:10]]
    else:
        values = [str(e._.norm) for e in doc.ents if e.label_ == "DATE" and e._.norm]
    return tuple(span for span in map(_span, values) if span is not None)


def _span(value: str) -> tuple[dt.date, dt.date] | None:
    try:
        return date_span(value)
    except ValueError:  # a period, or a day/month whose year is unknown ("XXXX-07-06")
        return None


def _overlaps(first: dt.date, last: dt.date, when: ArticleDates) -> bool:
    return any(first <= end and start <= last for start, end in when)


def held_during(term: OfficeHolder, when: ArticleDates) -> bool:
    return _overlaps(term.first_day, term.last_day, when)


def began_by(term: OfficeHolder, when: ArticleDates) -> bool:
    """The term began before the latest date the article speaks from (or it gives none)."""
    return not when or term.first_day <= max(end for _, end in when)


def within(value: str, when: ArticleDates) -> bool:
    """An ISO date as written ("2021-07-06", "2021") falls in one of these spans."""
    span = _span(value)
    return span is not None and _overlaps(*span, when)


def role_fits(role: str | None, office: str) -> bool:
    """No title, the office's own title, or a wider one ("Menteri" for a foreign minister)."""
    return role is None or office == role or office.startswith(role + " ")


def choose_term(
    terms: Sequence[OfficeHolder],
    role: str | None,
    when: ArticleDates,
    *,
    match: NameMatch = "name",
    country: str | None = None,
) -> OfficeHolder | None:
    """The term a name with this title denotes at this date, or None when that is not one
    person. `terms` are those whose holder bears the name, in table order; `match` how
    (see NameMatch); `country` the state the text gives him ("Menlu Kanada ..." is not the
    Russian minister of that name)."""
    terms = [t for t in terms if country in (None, t.country)]
    fitting = [t for t in terms if role_fits(role, t.role)]
    current = [t for t in terms if held_during(t, when)]
    titled_then = [t for t in current if t in fitting]
    # the titled office at the date; for his exact name also another office at the date
    # ("Kepala Negara Jokowi") or the titled office at another time ("Presiden Soekarno")
    pools = {
        "name": (titled_then, current, fitting),
        "partial": (titled_then, fitting),
        "surname": (titled_then,),
    }[match]
    pool = next((p for p in pools if p), [])
    if len({t.name for t in pool}) != 1:
        return None  # nobody, or several people and the date does not tell which
    return pool[0]


def holders_at(role: str, country: str | None, when: ArticleDates) -> list[OfficeHolder]:
    """Who held this office of this state at this time, in order of taking office."""
    found = [
        t for t in office_holders()
        if t.role == role and t.country == country and held_during(t, when)
    ]  # fmt: skip
    return sorted(found, key=lambda t: t.first_day)
