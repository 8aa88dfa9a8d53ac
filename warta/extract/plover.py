"""Events as PLOVER records (field names of the PLOVER data specification).

One record per event: id, date, actor, recipient, event, mode, context, event_text,
text_info (the sentence and its offsets), cite_info (where the article came from).
"""

from __future__ import annotations

from typing import Any

from warta.extract.types import ArticleKnowledge, Event

# PLOVER modes: our statuses map onto the spec's "mode" field.
MODE = {"realized": "", "planned": "intend", "negated": "negated"}


def event_records(knowledge: ArticleKnowledge) -> list[dict[str, Any]]:
    return [_record(knowledge, i, e) for i, e in enumerate(knowledge.events)]


def _record(knowledge: ArticleKnowledge, index: int, event: Event) -> dict[str, Any]:
    source_states = [c for c in event.countries if c in _states_of(event, event.source)]
    target_states = [c for c in event.countries if c not in source_states]
    return {
        "id": f"{knowledge.id}-{index:03d}",
        "date": event.date or knowledge.published,
        "event": event.type,
        "mode": MODE.get(event.status, ""),
        "context": event.sectors,
        "actor": ", ".join(event.source),
        "actor_country": source_states,
        "recipient": ", ".join(event.target),
        "recipient_country": target_states,
        "event_text": event.evidence.text,
        "location": {"placename": event.place} if event.place else {},
        "text_info": {
            "sentence": event.evidence.text,
            "start": event.evidence.start,
            "end": event.evidence.end,
            "language": "id",
            "date_text": event.date_text,
        },
        "cite_info": {
            "doc_id": knowledge.id,
            "outlet": knowledge.outlet,
            "published": knowledge.published,
            "title": knowledge.title,
        },
    }


def _states_of(event: Event, names: list[str]) -> set[str]:
    """The ISO3 codes of the named actors, when the name is itself a state or its person."""
    from warta.actors.states import find_states

    found: set[str] = set()
    for name in names:
        found.update(m.key for m in find_states(name))
    if not found and event.countries:
        found.add(event.countries[0])
    return found
