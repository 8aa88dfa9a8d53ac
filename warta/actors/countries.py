"""A person's state when no state word, body or office holder gave one.

The sentence that first names the person usually says it (corpus/train, persons whose
state the office phrase does not give: 126 of 207 right this way, none before):
  "... kunjungan Presiden Brasil ... Presiden Lula ..."  an office: the one foreign state
                                                         named there, else the one state,
                                                         else Indonesia when no foreign
                                                         state or Indonesia too is named
                                                         (train: c013, c026, g010, j002,
                                                         l006, l009, l011, m003: 17 right)
  "Ketiga sandera ... adalah Hamdam Salim, Subandi ..."  no office: the one state named
                                                         there, else Indonesia: Indonesian
                                                         news names its own people without
                                                         saying whose they are
The person's mentions keep standing only for the states the text ties them to: a state
guessed from the sentence is the person's attribute, not an actor of that sentence's events.
"""

from __future__ import annotations

from collections import Counter

from warta.actors.name_origin import indonesian_probability
from warta.actors.types import Mention, PersonRecord
from warta.config import HOME_STATE

# A name the model (actors/name_origin.py) gives less than this chance of being Indonesian is
# a foreigner's: the article's foreign state's rather than Indonesia by default (5-fold CV on
# corpus/train persons: at 0.3, 25 right for 1 wrong among the persons so defaulted).
FOREIGN_NAME_BELOW = 0.3
# An office Indonesian by default ("Menteri Perikanan ...") needs a surer foreign name (CV:
# country 0.909 -> 0.913 at 0.1; 0.912 at 0.05 and at 0.2)
FOREIGN_OFFICE_NAME_BELOW = 0.1
# A clearly Indonesian name stays Indonesian though its sentence names one foreign state
# (a migrant worker in Saudi Arabia, a minister in Canberra)
INDONESIAN_NAME_ABOVE = 0.95  # CV country 0.913 -> 0.923 (0.923 at 0.9, 0.918 at 0.98)


def infer_countries(
    persons: list[PersonRecord], mentions: list[Mention], sentences: list[tuple[int, int]]
) -> None:
    """Fill the state of the persons that have none (country_source "context")."""
    states = [m for m in mentions if m.kind == "state"]
    # the foreign state the article names most (the first of those named as often)
    counts = Counter(m.key for m in states if m.key != HOME_STATE)
    main_foreign = max(counts, key=counts.__getitem__) if counts else None
    for person in persons:
        # "Menteri Perikanan Jelta Wong" in a list of a foreign delegation
        foreign_office = person.country_source == "default_idn" and main_foreign is not None
        if foreign_office and _foreign_name(person.name, FOREIGN_OFFICE_NAME_BELOW):
            person.country, person.country_source = main_foreign, "context"
        if person.country:
            continue
        told = [m for m in mentions if m.kind == "person" and m.key == person.name]
        start = min((m.start for m in told), default=person.first_offset)
        # "Presiden Komisi Eropa ...", "Presiden AIIB ...": an office of a body of no state
        stateless = any(
            o.kind == "org" and not o.countries and t.start <= o.start and o.end <= t.end
            for t in told
            for o in mentions
        )
        sentence = next(((a, b) for a, b in sentences if a <= start < b), (start, start + 1))
        named = list(dict.fromkeys(m.key for m in states if sentence[0] <= m.start < sentence[1]))
        foreign = [s for s in named if s != HOME_STATE]
        if person.rank > 0:  # an office
            country = foreign[0] if len(foreign) == 1 else _only(named)
            if country is None and not stateless and (not named or HOME_STATE in named):
                country = HOME_STATE  # an office with no foreign state told: Indonesia's
        else:  # a name alone, or what the person is ("sandera", "pakar")
            country = _only(named) or HOME_STATE
        if country == HOME_STATE and main_foreign and _foreign_name(person.name):
            country = main_foreign
        elif country not in (None, HOME_STATE) and _indonesian_name(person.name):
            country = HOME_STATE  # "Siti Zaenab" in a sentence about Saudi Arabia
        if country is not None:
            person.country, person.country_source = country, "context"


def _foreign_name(name: str, below: float = FOREIGN_NAME_BELOW) -> bool:
    p = indonesian_probability(name)
    return p is not None and p < below


def _indonesian_name(name: str) -> bool:
    p = indonesian_probability(name)
    return p is not None and p > INDONESIAN_NAME_ABOVE


def _only(named: list[str]) -> str | None:
    return named[0] if len(named) == 1 else None
