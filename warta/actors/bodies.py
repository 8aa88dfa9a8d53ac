"""A state's bodies named with the state after them: "Kementerian Luar Negeri China",
"Kedubes Jerman", "Konsulat Malaysia", "Angkatan Darat Amerika Serikat".

A phrase that starts with one of data/state_body_words.txt and runs on in capitalised words
right up to a state is one organization of that state. It replaces what the gazetteer or
the NER made of the phrase when they gave it another state ("Kementerian Luar Negeri" alone
is Indonesia's ministry; before "China" it is China's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.actors.data import state_body_words
from warta.actors.states import alternation
from warta.actors.types import Mention

MAX_BODY_CHARS = 60


@lru_cache(maxsize=1)
def _body_before_state() -> re.Pattern[str]:
    leads = alternation(list(state_body_words()))
    return re.compile(rf"(?<![\w])(?:{leads})(?:\s+[A-Z][\w'’\-]*)*\s+$")


def state_bodies(text: str, states: list[Mention]) -> list[Mention]:
    """One organization mention for each body named with its state after it."""
    out = []
    for state in states:
        m = _body_before_state().search(text, max(0, state.start - MAX_BODY_CHARS), state.start)
        if m is None or any(s.start >= m.start() and s.end <= m.end() for s in states):
            continue  # a state inside the phrase: "Kedutaan Besar Indonesia di China" is RI's
        surface = text[m.start() : state.end]
        out.append(Mention(m.start(), state.end, surface, "org", surface, (state.key,)))
    return out


def with_state_bodies(orgs: list[Mention], bodies: list[Mention]) -> list[Mention]:
    """The organizations, a state's body replacing any it overlaps that stands for another
    state or none; an organization that already stands for that state keeps its name."""
    kept = list(orgs)
    for body in bodies:
        overlapping = [o for o in kept if o.start < body.end and body.start < o.end]
        if any(o.countries == body.countries for o in overlapping):
            continue
        kept = [o for o in kept if o not in overlapping] + [body]
    return sorted(kept, key=lambda m: m.start)
