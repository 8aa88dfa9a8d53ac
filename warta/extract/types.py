"""What the extract stage produces: the knowledge of one article.

Field names follow ../shared/eval/FORMAT.md (the per-article JSON Lines format).
Every fact carries evidence: the sentence and its character span in the cleaned text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from warta.extract.event_types import EVENT_TYPES

EventStatus = Literal["realized", "planned", "negated"]
AgreementStatus = Literal[
    "planned", "negotiating", "finalized", "agreed", "signed", "ratified", "in_force"
]
QuantityKind = Literal["actual", "target", "growth"]
Metric = Literal[
    "trade_volume",
    "trade_target",
    "trade_growth_pct",
    "investment",
    "aid",
    "loan",
    "purchase",
    "other",
]

PLOVER_TYPES = tuple(EVENT_TYPES)  # data/event_types.tsv


class Evidence(BaseModel):
    text: str
    start: int  # offsets into the cleaned article text
    end: int


class Person(BaseModel):
    name: str
    role: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    mentions: list[str] = Field(default_factory=list)
    wikidata: str | None = None
    country_source: str | None = (
        None  # how the state was decided: state_word | office_holder | default_idn
    )


class Organization(BaseModel):
    name: str
    acronym: str | None = None
    # ISO 3166 alpha-3 of the state the body belongs to, where the text or the gazetteer says
    # it ("Kementerian Luar Negeri China", "PT Pindad"); None for international bodies
    country: str | None = None
    mentions: list[str] = Field(default_factory=list)


class Event(BaseModel):
    type: str  # one of PLOVER_TYPES
    actors: list[str] = Field(default_factory=list)  # source first, then targets
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    date: str | None = None  # ISO, partial allowed
    date_text: str | None = None
    place: str | None = None
    status: EventStatus = "realized"
    sectors: list[str] = Field(default_factory=list)
    evidence: Evidence


class Agreement(BaseModel):
    name: str
    parties: list[str] = Field(default_factory=list)
    status: AgreementStatus
    date: str | None = None
    sectors: list[str] = Field(default_factory=list)
    evidence: Evidence


class Quantity(BaseModel):
    metric: Metric
    value: float
    unit: str  # ISO 4217 code, "percent", or a free unit
    period: str | None = None
    parties: list[str] = Field(default_factory=list)
    kind: QuantityKind = "actual"
    met: bool | None = None  # for targets: met / not met when the text says so
    alt_values: list[dict[str, float | str]] = Field(default_factory=list)  # same claim, other unit
    evidence: Evidence


class ArticleKnowledge(BaseModel):
    id: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    persons: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
