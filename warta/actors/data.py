"""Loading the actor data files (titles, office holders, states, organizations).

All lexical knowledge lives in TSV files beside this module so that linguists can extend it
without touching code. Files are read once and cached.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from warta.calendar import MONTH_NAMES, WEEKDAY_NAMES
from warta.config import HOME_STATE

DATA_DIR = Path(__file__).resolve().parent / "data"
# The NLP stage's gazetteer; read-only here, used when present for the full list of states.
GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "data"


def read_rows(path: Path) -> list[list[str]]:
    """Rows of a tab-separated file, skipping comments, blank lines and a header row."""
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [None if c == "\\N" else c for c in line.split("\t")]
            rows.append([c or "" for c in cells])
    return rows


@dataclass(frozen=True)
class Title:
    surface: str
    role: str | None  # None for honorifics (Bung, Pak): they do not name an office
    rank: int
    idn_default: bool
    portfolio: bool = False  # words after the title name a field, not a state
    is_rank: bool = False  # a military or police rank ("Mayjen TNI"): it may follow an office
    regional: bool = False  # the word after it names its region ("Gubernur Lampung")

    @property
    def is_honorific(self) -> bool:
        return self.role is None


@dataclass(frozen=True)
class OfficeHolder:
    """One term of office: who held which office of which state, from when to when."""

    name: str
    aliases: tuple[str, ...]
    role: str
    country: str | None  # None for an international office (UN Secretary-General)
    start: str  # ISO date, partial allowed: "2004", "2004-03-09"
    end: str  # "" while still in office
    wikidata: str | None
    source: str  # the public page that states the term
    checked: str | None = None  # the stored copy of a page it was compared with, if any

    @cached_property
    def first_day(self) -> dt.date:
        return date_span(self.start)[0]

    @cached_property
    def last_day(self) -> dt.date:
        return date_span(self.end)[1] if self.end else dt.date.max


@dataclass(frozen=True)
class OrgEntry:
    name: str
    acronym: str | None
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class StateAlias:
    alias: str
    iso3: str
    exact_case: bool


@lru_cache(maxsize=1)
def titles() -> tuple[Title, ...]:
    out = []
    for row in read_rows(DATA_DIR / "titles.tsv"):
        surface, role, rank, idn, _kind = (row + [""] * 5)[:5]
        out.append(
            Title(
                surface, role or None, int(rank or 0), idn == "1", _kind == "portfolio",
                _kind == "rank", _kind == "regional",
            )
        )  # fmt: skip
    # Longest first so that "Wakil Menteri Luar Negeri" wins over "Menteri".
    return tuple(sorted(out, key=lambda t: (-len(t.surface), t.surface)))


@lru_cache(maxsize=1)
def office_holders() -> tuple[OfficeHolder, ...]:
    return read_office_holders(DATA_DIR / "office_holders.tsv")


def read_office_holders(path: Path) -> tuple[OfficeHolder, ...]:
    """The terms of an office-holder table, each row checked (ValueError names a bad one)."""
    roles = {t.role for t in titles() if t.role}
    out = []
    for row in read_rows(path):
        name, aliases, role, country, start, end, qid, source, checked = (row + [""] * 9)[:9]
        holder = OfficeHolder(
            name, tuple(a for a in aliases.split("|") if a), role, country or None, start, end,
            qid or None, source, checked or None,
        )  # fmt: skip
        problem = _holder_problem(holder, roles)
        if problem:
            raise ValueError(f"{path.name}: {name} ({role} {country} {start}): {problem}")
        out.append(holder)
    return tuple(out)


def _holder_problem(holder: OfficeHolder, roles: set[str]) -> str | None:
    from warta.nlp.gazetteer import is_state  # the NLP stage's list of ISO 3166 codes

    if not holder.name:
        return "no name"
    if holder.role not in roles:
        return f"role {holder.role!r} is not a role of titles.tsv"
    if holder.country and not is_state(holder.country):
        return f"unknown ISO 3166 code {holder.country!r}"
    if not holder.start:
        return "no start"
    try:
        if holder.first_day > holder.last_day:
            return "ends before it starts"
    except ValueError as error:  # not an ISO date, or no such day
        return str(error)
    if not holder.source.startswith("https://"):
        return "no source page"
    if holder.wikidata and not re.fullmatch(r"Q[1-9][0-9]*", holder.wikidata):
        return f"{holder.wikidata!r} is not a Wikidata QID"
    return None


ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def date_span(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO date, partial allowed: "2021" -> 2021-01-01..2021-12-31.
    ValueError when it is not one."""
    if not ISO_DATE.fullmatch(value):
        raise ValueError(f"not an ISO date: {value!r}")
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


@lru_cache(maxsize=1)
def organizations() -> tuple[OrgEntry, ...]:
    out = []
    for row in read_rows(DATA_DIR / "organizations.tsv"):
        name, acronym, country, aliases = (row + [""] * 4)[:4]
        names = {name, *(a for a in aliases.split("|") if a)}
        if acronym:
            names.add(acronym)
        out.append(OrgEntry(name, acronym or None, country or None, tuple(sorted(names))))
    return tuple(out)


@lru_cache(maxsize=1)
def state_aliases() -> tuple[StateAlias, ...]:
    """Every way of naming a state: warta's own list plus the NLP gazetteer when present."""
    seen: dict[str, StateAlias] = {}
    for row in read_rows(DATA_DIR / "states_extra.tsv"):
        alias, iso3, _kind, case = (row + [""] * 4)[:4]
        seen[alias] = StateAlias(alias, iso3, case != "any")
    gaz_aliases = GAZETTEER_DIR / "state_aliases.tsv"
    if gaz_aliases.exists():
        with gaz_aliases.open(encoding="utf-8") as handle:
            for rec in csv.DictReader(handle, delimiter="\t"):
                alias, iso3 = rec.get("alias") or "", rec.get("iso3") or ""
                if alias and iso3 and alias not in seen and len(alias) > 1:
                    seen[alias] = StateAlias(alias, iso3, rec.get("case") != "any")
    gaz_states = GAZETTEER_DIR / "states.tsv"
    if gaz_states.exists():
        with gaz_states.open(encoding="utf-8") as handle:
            for rec in csv.DictReader(handle, delimiter="\t"):
                for key in ("name_id", "name_en"):
                    alias = rec.get(key) or ""
                    if alias and alias not in seen and rec.get("iso3"):
                        seen[alias] = StateAlias(alias, rec["iso3"], True)
    return tuple(sorted(seen.values(), key=lambda s: (-len(s.alias), s.alias)))


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    words = set()
    path = DATA_DIR / "name_stopwords.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.add(line.strip())
    words.update(MONTH_NAMES + WEEKDAY_NAMES)
    return frozenset(words)


def _word_list(filename: str) -> frozenset[str]:
    path = DATA_DIR / filename
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


CITIES_FILE = Path(__file__).resolve().parents[1] / "data" / "cities.tsv"  # the NLP gazetteer's


@lru_cache(maxsize=1)
def home_cities() -> dict[str, str]:
    """One-word Indonesian cities and regions ("Semarang"): after "Wali Kota" they are the
    office's seat, not the first word of the mayor's name. Read from the shared gazetteer."""
    out: dict[str, str] = {}
    for row in read_rows(CITIES_FILE):
        name, country = (row + ["", ""])[:2]
        if country == HOME_STATE and name and " " not in name and name != "name":
            out[name] = country
    return out


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Words of an office's field or body ("Hukum", "Badan", "Pertahanan"): never a name."""
    return _word_list("office_words.txt")


@lru_cache(maxsize=1)
def domestic_body_words() -> frozenset[str]:
    """First words of Indonesian domestic bodies' names ("Balai", "Dinas", "Universitas")."""
    return _word_list("domestic_body_words.txt")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """What a person is when no office says it ("sandera", "pakar", "WNI")."""
    return _word_list("person_nouns.txt")


@lru_cache(maxsize=1)
def not_organizations() -> frozenset[str]:
    """Acronyms of common nouns the NER tags as ORG ("KTT", "WNI", "BUMN")."""
    return _word_list("not_organizations.txt")


@lru_cache(maxsize=1)
def state_body_words() -> frozenset[str]:
    """First words of a state's bodies named with the state after them ("Kedubes Jerman")."""
    return _word_list("state_body_words.txt")


@lru_cache(maxsize=1)
def vessel_prefixes() -> frozenset[str]:
    return _word_list("vessel_prefixes.txt")
