"""warta.actors: who is acting — people, states and organizations, resolved within an article.

`resolve_actors(text, doc)` returns an ActorIndex: persons with role, state and mentions;
organizations; and every mention in the text tied to what it names. A headline atop the text
(`headline_end`) names people only as the article itself does: it introduces nobody.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from warta.actors.bodies import state_bodies, with_state_bodies
from warta.actors.coref import build_persons
from warta.actors.countries import infer_countries
from warta.actors.data import organizations
from warta.actors.lists import roles_from_lists
from warta.actors.named import add_named_persons, person_names, reads_like_a_name
from warta.actors.office_links import article_dates
from warta.actors.orgs import find_orgs
from warta.actors.persons import find_person_mentions, find_portfolio_spans
from warta.actors.states import find_states
from warta.actors.types import ActorIndex, Mention, OrgRecord, PersonRecord
from warta.config import HOME_STATE

__all__ = ["ActorIndex", "Mention", "OrgRecord", "PersonRecord", "resolve_actors"]

# "kedua negara", "kedua pihak", "dua negara": the two states the text is about at that point.
STATE_PAIR = re.compile(
    r"(?<![\w])(?:[Kk]edua (?:negara|belah pihak|pihak|pemerintah|bangsa|pemimpin"
    r"|kepala negara|kepala pemerintahan)"
    r"|(?:antar)?\s?dua negara)(?![\w])"
)


PAIR_WINDOW = 600  # characters, about three sentences


def resolve_actors(text: str, doc: Doc | None = None, headline_end: int = 0) -> ActorIndex:
    states = find_states(text, doc)
    orgs = with_state_bodies(find_orgs(text, doc), state_bodies(text, states))
    # a headline's Title Case is no evidence of a body: only known ones count there
    orgs = [o for o in orgs if o.start >= headline_end or o.key != o.text]
    # the NER sometimes tags a person as ORG ("... Vietnam Bui Thanh Son"): such a span is
    # a name to the person finders, and an organization only if nobody is found there
    name_like = [o for o in orgs if reads_like_a_name(o)]
    bodies = [o for o in orgs if o not in name_like]
    titled = find_person_mentions(text, states, bodies)
    names = person_names(text, doc, states + bodies, name_like)
    raw_persons = add_named_persons(text, names, titled, states, bodies)
    persons, person_mentions = build_persons(raw_persons, text, article_dates(doc), headline_end)
    orgs = bodies + [o for o in name_like if not _overlapped(o, person_mentions)]
    portfolio = find_portfolio_spans(text)
    states = [s for s in states if not any(a <= s.start < b for a, b in portfolio)]
    mentions = sorted(states + orgs + person_mentions, key=lambda m: (m.start, m.end))
    sentences = _sentence_spans(text, doc)
    first_told: dict[str, int] = {}
    for m in person_mentions:
        first_told.setdefault(m.key, m.start)
    roles_from_lists(persons, first_told, sentences, text)
    infer_countries(persons, mentions, sentences)
    mentions += _state_pairs(text, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    state_order = list(dict.fromkeys(m.key for m in states))
    return ActorIndex(persons, _org_records(orgs), mentions, state_order)


def _sentence_spans(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    if doc is not None and doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]


def _overlapped(org: Mention, mentions: list[Mention]) -> bool:
    return any(m.start < org.end and org.start < m.end for m in mentions)


def _state_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in STATE_PAIR.finditer(text):
        before = [
            x for x in mentions if x.end <= m.start() and x.kind in ("state", "person", "org")
        ]
        # the nearest context first: what the last few sentences were about
        recent = [x for x in before if x.start >= m.start() - PAIR_WINDOW]
        pool = recent if len({c for x in recent for c in x.countries}) >= 2 else before or mentions
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        for x in pool:
            for c in x.countries:
                counts[c] += 1
                last[c] = x.start
        # Indonesian news speaks of "kedua negara" with Indonesia as one of the two whenever
        # Indonesia is in the recent context; the other is the state most talked about
        ranked = sorted(counts, key=lambda c: (c != HOME_STATE, -counts[c], -last[c]))
        if HOME_STATE not in {c for x in recent for c in x.countries}:
            ranked = sorted(counts, key=lambda c: (-counts[c], -last[c]))
        ranked = ranked[:2]
        if len(ranked) == 2:
            out.append(
                Mention(m.start(), m.end(), m.group(0), "group", "pair", tuple(sorted(ranked)))
            )
    return out


def _org_records(orgs: list[Mention]) -> list[OrgRecord]:
    acronyms = {o.name: o.acronym for o in organizations()}
    records: dict[str, OrgRecord] = {}
    for m in orgs:
        record = records.get(m.key)
        if record is None:
            country = m.countries[0] if m.countries else None
            record = OrgRecord(m.key, acronyms.get(m.key), country, first_offset=m.start)
            records[m.key] = record
        if m.text not in record.mentions:
            record.mentions.append(m.text)
    return sorted(records.values(), key=lambda r: r.first_offset)
