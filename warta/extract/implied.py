"""Events implied by an event and a cue word in its sentence (data/implied_events.tsv)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.actors.data import read_rows
from warta.config import HOME_STATE
from warta.extract.lexicon import DATA_DIR

if TYPE_CHECKING:  # events.py imports this module
    from warta.extract.events import EventDraft

PER_PARTNER = "per_partner"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w]){re.escape(row[0])}(?![\w])", re.IGNORECASE), row[1], row[2])
        for row in read_rows(DATA_DIR / "implied_events.tsv")
    )


def implied_events(draft: EventDraft) -> list[EventDraft]:
    """The draft itself (or one per partner) and the events it implies."""
    out = [draft]
    for pattern, event_type, effect in _rules():
        if draft.type != event_type or not pattern.search(draft.sentence.text):
            continue
        if effect == PER_PARTNER:
            out = _per_partner(draft)
        elif draft.status == "realized" and draft.countries:
            out.append(replace(draft, type=effect))
    return out


def _per_partner(draft: EventDraft) -> list[EventDraft]:
    home = [c for c in draft.countries if c == HOME_STATE]
    partners = [c for c in draft.countries if c != HOME_STATE]
    if not home or len(partners) < 2:
        return [draft]
    return [replace(draft, countries=home + [c]) for c in partners]
