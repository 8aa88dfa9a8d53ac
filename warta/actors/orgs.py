"""Organizations named in a text, with the state a national body belongs to.

Two sources are merged: warta's own list (data/organizations.tsv) and the NLP stage's ORG
entities, whose spans on real news often run on into a person ("Kementerian Keuangan Luky
Alfirman", "Angkatan Bersenjata Prancis Florence Parly") or are no body at all: an office
("Menlu RI", "Pangdam Jaya Mayjen"), a headline's words ("Bahas Masalah Perbatasan") or a
common noun's acronym ("KTT", "WNI": data/not_organizations.txt). A state's bodies named
with the state after them are in bodies.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from warta.actors.data import domestic_body_words, not_organizations, office_words, organizations
from warta.actors.persons import title_pattern
from warta.actors.states import alternation, find_states
from warta.actors.types import Mention
from warta.config import HOME_STATE
from warta.numbers import CURRENCY_WORDS


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
    return re.compile(rf"(?<![\w])(?:{alternation(list(lookup))})(?![\w])"), lookup


def _no_body(text: str) -> bool:
    """An office ("Menlu RI"), a common noun's acronym ("KTT", "WNI") or a currency
    ("Rupiah ditutup melemah")."""
    title = title_pattern()[0].match(text)
    return (
        (title is not None and not title.group(0)[0].islower())
        or text in not_organizations()
        or text.lower() in CURRENCY_WORDS
    )


def _office_inside(text: str) -> int | None:
    """Where a rank or an honorific starts inside an ORG span: the body ends before it and a
    person's name follows ("Badan Sarana Pertahanan Kemenhan Laksamana Muda Rachmad Lubis")."""
    pattern, by_surface = title_pattern()
    for m in pattern.finditer(text):
        title = by_surface[m.group(0)]
        if m.start() > 0 and (title.is_rank or title.is_honorific):
            return m.start()
    return None


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
            if _no_body(ent_text):
                continue
            cut = _office_inside(ent_text)
            if cut is not None:  # "Badan Sarana Pertahanan Kemenhan Laksamana Muda ...": the
                ent_text, end = ent_text[:cut].rstrip(), start + len(ent_text[:cut].rstrip())
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
                inner = [HOME_STATE]  # "Balai Besar ...", "Universitas Diponegoro": a domestic body
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
