"""Gazetteer of states, cities and organizations, from the TSV files in warta/data/.

Two faces:
- a lookup API for the actors stage: `state_code`, `state_name`, `org_canonical`, `is_state`,
  `state_successor`, `city_country`, `org_info`;
- the `warta_gazetteer` pipeline component (see components.py), which labels GPE/ORG spans
  with PhraseMatchers compiled once from the same data.

Every data row names its source (column `source`). Matching is case-sensitive for
acronyms and one-word names ("AS" but not "as", "Antara" the agency vs "antara" between);
multi-word names marked case "any" match in any case.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from warta.config import DATA_DIR

STATE_STATUSES = frozenset({"member", "observer", "other", "historical"})


@dataclass(frozen=True)
class GazetteerEntry:
    """One name to match: the label and the normalized values it yields."""

    label: str  # GPE or ORG
    norm: str | None
    value: dict[str, str | None] = field(hash=False, compare=False)
    exact_case: bool


@dataclass(frozen=True)
class State:
    iso3: str
    status: str
    name_id: str
    name_en: str
    successor: str | None


@dataclass(frozen=True)
class Organization:
    canonical: str
    kind: str
    country: str | None
    qualifiable: bool  # a generic name a country may follow: "Kementerian Luar Negeri Rusia"
    source: str


@dataclass
class Gazetteer:
    states: dict[str, State]
    organizations: dict[str, Organization]
    cities: dict[str, tuple[str, str | None, str]]  # alias -> (canonical, country, kind)
    entries: dict[str, GazetteerEntry]  # alias (as written in the data) -> entry
    _state_index: dict[str, str] = field(default_factory=dict)  # folded alias -> ISO3
    _state_exact: dict[str, str] = field(default_factory=dict)  # exact alias -> ISO3
    _org_index: dict[str, str] = field(default_factory=dict)
    _org_exact: dict[str, str] = field(default_factory=dict)
    _city_index: dict[str, str] = field(default_factory=dict)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _is_exact_case(alias: str, declared: str | None = None) -> bool:
    """Acronyms and single words match case-sensitively; multi-word names in any case."""
    if declared in ("exact", "any"):
        return declared == "exact"
    return " " not in alias or alias.isupper()


@lru_cache(maxsize=1)
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    states: dict[str, State] = {}
    entries: dict[str, GazetteerEntry] = {}
    for row in _read_tsv(data_dir / "states.tsv"):
        state = State(
            iso3=row["iso3"],
            status=row["status"],
            name_id=row["name_id"],
            name_en=row["name_en"],
            successor=row["successor"] or None,
        )
        states[state.iso3] = state
        for name in (state.name_id, state.name_en):
            entries.setdefault(name, _state_entry(state, exact_case=" " not in name))
    for row in _read_tsv(data_dir / "state_aliases.tsv"):
        state = states[row["iso3"]]
        entries[row["alias"]] = _state_entry(state, _is_exact_case(row["alias"], row["case"]))

    cities: dict[str, tuple[str, str | None, str]] = {}
    for row in _read_tsv(data_dir / "cities.tsv"):
        country = row["country"] or None
        kind = "region" if row["kind"] == "region" else "city"
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            cities[alias] = (row["name"], country, kind)
            value: dict[str, str | None] = {"kind": kind, "country": country, "name": row["name"]}
            if row["kind"] != kind:
                value["role"] = row["kind"]  # capital / seat
            entries.setdefault(alias, GazetteerEntry("GPE", None, value, _is_exact_case(alias)))

    organizations: dict[str, Organization] = {}
    for row in _read_tsv(data_dir / "organizations.tsv"):
        org = Organization(
            canonical=row["canonical"],
            kind=row["kind"],
            country=row["country"] or None,
            qualifiable=row["qualifiable"] == "yes",
            source=row["source"],
        )
        organizations[org.canonical] = org
        value = {"kind": "org", "type": org.kind, "country": org.country}
        for alias in [org.canonical, *filter(None, row["aliases"].split("|"))]:
            entries[alias] = GazetteerEntry("ORG", org.canonical, value, _is_exact_case(alias))

    gazetteer = Gazetteer(states, organizations, cities, entries)
    _build_indexes(gazetteer)
    return gazetteer


def _state_entry(state: State, exact_case: bool) -> GazetteerEntry:
    value: dict[str, str | None] = {"kind": "state", "status": state.status}
    if state.successor:
        value["successor"] = state.successor
    return GazetteerEntry("GPE", state.iso3, value, exact_case)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _build_indexes(gaz: Gazetteer) -> None:
    for alias, entry in gaz.entries.items():
        if entry.label == "GPE" and entry.norm:
            gaz._state_exact[alias] = entry.norm
            if not entry.exact_case:
                gaz._state_index.setdefault(_fold(alias), entry.norm)
        elif entry.label == "ORG" and entry.norm:
            gaz._org_exact[alias] = entry.norm
            if not entry.exact_case or len(alias) > 4:
                gaz._org_index.setdefault(_fold(alias), entry.norm)
    for state in gaz.states.values():  # codes themselves resolve too
        gaz._state_exact.setdefault(state.iso3, state.iso3)
    for alias, (canonical, _, _) in gaz.cities.items():
        gaz._city_index[_fold(alias)] = canonical


# ---- lookup API used by the actors stage ---------------------------------------------


def state_code(text: str) -> str | None:
    """ISO 3166 alpha-3 code of a state name/alias/epithet: "Negeri Sakura" -> "JPN"."""
    gaz = load_gazetteer()
    text = " ".join(text.split())
    if text in gaz._state_exact:
        return gaz._state_exact[text]
    folded = _fold(text)
    if folded in gaz._state_index:
        return gaz._state_index[folded]
    # one-word names are case-sensitive in running text, but a lookup of "rusia" or
    # "RUSIA" is unambiguous: allow title/upper variants of non-acronyms.
    for variant in (text.title(), text.capitalize()):
        code = gaz._state_exact.get(variant)
        if code and not variant.isupper() and len(variant) > 3:
            return code
    return None


def state_name(code: str, lang: str = "id") -> str | None:
    """The state's name in Indonesian ("id") or English ("en")."""
    state = load_gazetteer().states.get(code.upper())
    if state is None:
        return None
    return state.name_en if lang == "en" else state.name_id


def is_state(code: str) -> bool:
    """True for UN members and observers, Taiwan, and historical states such as SUN."""
    state = load_gazetteer().states.get(code)
    return state is not None and state.status in STATE_STATUSES


def state_successor(code: str) -> str | None:
    """Successor of a historical state: "SUN" -> "RUS"; None for current states."""
    state = load_gazetteer().states.get(code)
    return state.successor if state else None


def org_canonical(text: str) -> str | None:
    """Canonical short name of an organization: "Perserikatan Bangsa-Bangsa" -> "PBB"."""
    gaz = load_gazetteer()
    text = " ".join(text.split())
    return gaz._org_exact.get(text) or gaz._org_index.get(_fold(text))


def org_info(canonical: str) -> Organization | None:
    return load_gazetteer().organizations.get(canonical)


def city_country(text: str) -> str | None:
    """ISO3 of the country a listed city or region belongs to: "Moskow" -> "RUS"."""
    gaz = load_gazetteer()
    canonical = gaz._city_index.get(_fold(text))
    return gaz.cities[canonical][1] if canonical else None
