"""States named in a text, as ISO 3166 alpha-3 codes.

Two sources are merged: the NLP stage's GPE entities (when it supplies `span._.norm`) and a
lookup over warta's own alias lists, so actor resolution works on any Doc.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from warta.actors.data import state_aliases
from warta.actors.types import Mention

ISO3 = re.compile(r"^[A-Z]{3}$")
# A state name right after a currency word is part of the currency ("dolar AS").
CURRENCY_BEFORE = re.compile(r"(?:dolar|dollar|US)\s*$", re.IGNORECASE)
# "Rusia (Uni Soviet)" / "Rusia (yang saat itu masih Uni Soviet)": one actor, historical name.
PAREN_SAME = re.compile(r"^\s*\((?:[^()]{0,40}?\s)?$")


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    exact = [a.alias for a in state_aliases() if a.exact_case]
    loose = [a.alias for a in state_aliases() if not a.exact_case]
    lookup: dict[str, str] = {}
    for a in state_aliases():
        lookup.setdefault(a.alias if a.exact_case else a.alias.lower(), a.iso3)
    exact_re = re.compile(rf"(?<![\w])(?:{alternation(exact)})(?![\w])")
    loose_re = re.compile(rf"(?<![\w])(?:{alternation(loose)})(?![\w])", re.IGNORECASE)
    return exact_re, loose_re, lookup


def find_states(text: str, doc: Doc | None = None) -> list[Mention]:
    """Every mention of a state, longest match first, no overlaps, sorted by offset."""
    exact_re, loose_re, lookup = _state_patterns()
    found: list[Mention] = []
    for pattern in (loose_re, exact_re):
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if CURRENCY_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
                continue
            iso = lookup.get(m.group(0)) or lookup.get(m.group(0).lower())
            if iso:
                found.append(Mention(m.start(), m.end(), m.group(0), "state", iso, (iso,)))
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ != "GPE":
                continue
            norm = getattr(ent._, "norm", None)
            if not norm or not ISO3.match(str(norm)):
                continue
            start, end = ent.start_char, ent.end_char
            if not any(f.start < end and start < f.end for f in found):
                found.append(Mention(start, end, ent.text, "state", str(norm), (str(norm),)))
    found.sort(key=lambda m: m.start)
    _apply_parenthetical_names(text, found)
    return found


def _apply_parenthetical_names(text: str, found: list[Mention]) -> None:
    """A state followed by another state in brackets is one actor under its bracketed name."""
    for outer, inner in zip(found, found[1:], strict=False):
        between = text[outer.end : inner.start]
        if outer.key != inner.key and PAREN_SAME.match(between):
            outer.key = inner.key
            outer.countries = (inner.key,)
