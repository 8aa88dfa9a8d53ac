"""States and organizations named in a text, as ISO 3166 alpha-3 codes and canonical names.

Two sources are merged: the NLP stage's GPE/ORG entities (when it supplies `span._.norm`)
and a lookup over warta's own alias lists, so actor resolution works on any Doc.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from warta.actors.data import domestic_body_words, office_words, organizations, state_aliases
from warta.actors.types import Mention

ISO3 = re.compile(r"^[A-Z]{3}$")
# A state name right after a currency word is part of the currency ("dolar AS").
CURRENCY_BEFORE = re.compile(r"(?:dolar|dollar|US)\s*$", re.IGNORECASE)
# "Rusia (Uni Soviet)" / "Rusia (yang saat itu masih Uni Soviet)": one actor, historical name.
PAREN_SAME = re.compile(r"^\s*\((?:[^()]{0,40}?\s)?$")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    exact = [a.alias for a in state_aliases() if a.exact_case]
    loose = [a.alias for a in state_aliases() if not a.exact_case]
    lookup: dict[str, str] = {}
    for a in state_aliases():
        lookup.setdefault(a.alias if a.exact_case else a.alias.lower(), a.iso3)
    exact_re = re.compile(rf"(?<![\w])(?:{_alternation(exact)})(?![\w])")
    loose_re = re.compile(rf"(?<![\w])(?:{_alternation(loose)})(?![\w])", re.IGNORECASE)
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


def _name_after_state(text: str, states: list[Mention]) -> bool:
    """'Indonesia Lee Sang-deok', 'Angkatan Bersenjata Prancis Florence Parly': a mis-tagged
    body that runs on into a person's name after its state.

    A body's words after its state are body words ("Kementerian Pertahanan RI", "Bank
    Indonesia" has none): capitalised words that are not body words name someone.
    """
    if not states:
        return False
    rest = text[states[-1].end :].split()
    return len(rest) >= 1 and all(
        w[:1].isupper() and w.strip("(),.") not in office_words() for w in rest
    )


@lru_cache(maxsize=1)
def _org_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    lookup: dict[str, int] = {}
    for index, org in enumerate(organizations()):
        for alias in org.aliases:
            lookup.setdefault(alias, index)
    return re.compile(rf"(?<![\w])(?:{_alternation(list(lookup))})(?![\w])"), lookup


def find_orgs(text: str, doc: Doc | None = None) -> list[Mention]:
    """Organizations named in the text; national bodies carry their state."""
    pattern, lookup = _org_pattern()
    orgs = organizations()
    found: list[Mention] = []
    for m in pattern.finditer(text):
        org = orgs[lookup[m.group(0)]]
        countries = (org.country,) if org.country else ()
        found.append(Mention(m.start(), m.end(), m.group(0), "org", org.name, countries))
    if doc is not None:
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start_char, ent.end_char
            ent_text = ent.text  # built from the span's tokens on every access: read once
            if not any(c.isupper() for c in ent_text):
                continue  # "rob" (tidal flooding): a name has a capital letter somewhere
            if any(f.start < end and start < f.end for f in found):
                continue
            inner_states = find_states(ent_text)
            label = ent_text
            if _name_after_state(ent_text, inner_states):
                # "Angkatan Bersenjata Prancis Florence Parly": the body ends at its state
                label = ent_text[: inner_states[-1].end]
                end = start + len(label)
                if inner_states[-1].start == 0:
                    continue  # "Indonesia Lee Sang-deok": a state and a name, no body at all
            body = _known_body_prefix(ent_text)
            if body is not None and not inner_states:
                # "BI Perry Warjiyo", "Kementerian Keuangan Luky Alfirman": a known body the
                # NER ran on into the name of the person who speaks for it
                alias, canonical, home = body
                label, end = alias, start + len(alias)
                found.append(Mention(start, end, label, "org", canonical, (home,) if home else ()))
                continue
            inner = [s.key for s in inner_states]
            if not inner and label.split()[0] in domestic_body_words():
                inner = ["IDN"]  # "Balai Besar ...", "Universitas Diponegoro": a domestic body
            # a gazetteer body the NLP stage tagged ("Bank Indonesia", "Bakamla") carries its state
            value = getattr(ent._, "value", None)
            home = value.get("country") if isinstance(value, dict) else None
            if home and not inner and label == ent_text:
                inner = [str(home)]
            name = str(getattr(ent._, "norm", None) or label) if label == ent_text else label
            found.append(Mention(start, end, label, "org", name, tuple(dict.fromkeys(inner))))
    found.sort(key=lambda m: m.start)
    return found


@lru_cache(maxsize=1)
def _gazetteer_bodies() -> dict[str, tuple[str, str | None]]:
    """Organization aliases of the NLP gazetteer: alias -> (canonical name, home state)."""
    from warta.nlp.gazetteer import load_gazetteer

    out: dict[str, tuple[str, str | None]] = {}
    for alias, entry in load_gazetteer().entries.items():
        if entry.label == "ORG" and entry.norm:
            out[alias] = (entry.norm, entry.value.get("country"))
    return out


def _known_body_prefix(text: str) -> tuple[str, str, str | None] | None:
    """The longest known body that starts the text and is followed only by capitalised
    non-office words (a person's name): returns (alias, canonical, home state)."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        alias = " ".join(words[:cut])
        known = _gazetteer_bodies().get(alias)
        if known is None:
            continue
        rest = words[cut:]
        if all(w[:1].isupper() and w not in office_words() for w in rest):
            return alias, known[0], known[1]
        return None
    return None
