"""Events as PLOVER records, with the field names of the PLOVER specification.

Field names follow the "JSON Data Fields" chapter of the PLOVER manual (Open Event Data
Alliance, draft 0.7b1): the event record (id, date, source, recipient, event, mode,
context, event_text, quad_code, event_loc, text_info, cite_info, coder, coded_date), the
actor object (code, actor_text, identifier_id, office) and the text and citation objects.
`actor` repeats `source` under the name earlier PLOVER drafts used.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warta import __version__
from warta.extract.event_types import EVENT_TYPES
from warta.extract.types import ArticleKnowledge, Event, Person

# Our statuses as PLOVER modes (a realized event needs none).
MODE = {"realized": [], "planned": ["intend"], "negated": ["negated"]}

EVENT_FIELDS = (
    "id",
    "date",
    "source",
    "actor",
    "recipient",
    "event",
    "mode",
    "context",
    "event_text",
    "quad_code",
    "event_loc",
    "text_info",
    "cite_info",
    "coder",
    "coded_date",
)


def event_records(knowledge: ArticleKnowledge) -> list[dict[str, Any]]:
    people = {p.name: p for p in knowledge.persons}
    return [_record(knowledge, i, e, people) for i, e in enumerate(knowledge.events)]


def _actor(name: str, people: dict[str, Person]) -> dict[str, Any]:
    person = people.get(name)
    actor: dict[str, Any] = {"actor_text": name}
    code = person.country if person else _state_code(name)
    if code:
        actor["code"] = code
    if person and person.role:
        actor["office"] = person.role
    if person and person.wikidata:
        actor["identifier_id"] = person.wikidata
    return actor


def _record(
    knowledge: ArticleKnowledge, index: int, event: Event, people: dict[str, Person]
) -> dict[str, Any]:
    event_type = EVENT_TYPES.get(event.type)
    source = [_actor(n, people) for n in event.source or event.actors]
    recipient = [_actor(n, people) for n in event.target]
    return {
        "id": f"{knowledge.id}-{index:03d}",
        "date": event.date or knowledge.published,
        "source": source,
        "actor": source,
        "recipient": recipient,
        "event": [event_type.plover if event_type else event.type],
        "mode": MODE.get(event.status, []),
        "context": event.sectors,
        "event_text": [event.evidence.text],
        "quad_code": event_type.quad_code if event_type else None,
        "event_loc": {"name": event.place} if event.place else {},
        "text_info": {
            "sentence": event.evidence.text,
            "start": event.evidence.start,
            "end": event.evidence.end,
            "date_text": event.date_text,
            "countries": event.countries,
        },
        "cite_info": {
            "citation": knowledge.id,
            "title": knowledge.title,
            "publication": knowledge.outlet,
            "published": knowledge.published,
            "language": "id",
            "coder": f"warta {__version__}",
            "codebook": "plover-base",
        },
        "coder": f"warta {__version__}",
        "coded_date": dt.date.today().isoformat(),
    }


def _state_code(name: str) -> str | None:
    from warta.nlp.gazetteer import state_code

    return state_code(name)
