"""What the knowledge-base stage produces: facts consolidated across articles.

Every consolidated fact keeps the citations (article + sentence span) it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Citation:
    article_id: str
    start: int
    end: int
    text: str
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class RoleClaim:
    role: str
    country: str | None
    date: str | None  # the article's publication date
    article_id: str


@dataclass
class Entity:
    key: str  # "state:RUS", "org:ASEAN", "person:sergei lavrov"
    kind: str  # "person" | "state" | "org"
    name: str  # display name
    spellings: list[str] = field(default_factory=list)
    country: str | None = None
    wikidata: str | None = None
    roles: list[RoleClaim] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    merge_reasons: list[str] = field(default_factory=list)  # why spellings were merged


@dataclass
class KBEvent:
    key: str
    type: str
    date: str | None
    countries: list[str]
    actors: list[str]  # entity keys
    place: str | None
    status: str
    sectors: list[str]
    citations: list[Citation]


@dataclass(frozen=True)
class StatusStep:
    status: str
    date: str | None
    citation: Citation


@dataclass
class KBAgreement:
    key: str
    name: str
    parties: list[str]
    status: str  # the status of the latest step
    history: list[StatusStep]


@dataclass(frozen=True)
class Claim:
    value: float
    unit: str
    kind: str
    met: bool | None
    citation: Citation


@dataclass
class QuantitySeries:
    key: str
    metric: str
    parties: list[str]
    period: str | None
    claims: list[Claim]


@dataclass
class Conflict:
    kind: str  # "figure" | "event_order" | "agreement_status" | "role"
    subject: str  # the key of what the conflict is about
    description: str
    citations: list[Citation]


@dataclass
class KnowledgeBase:
    entities: list[Entity] = field(default_factory=list)
    events: list[KBEvent] = field(default_factory=list)
    agreements: list[KBAgreement] = field(default_factory=list)
    series: list[QuantitySeries] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
