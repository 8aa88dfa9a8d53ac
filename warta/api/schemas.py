"""Response and request models: every endpoint's JSON is typed here (and so in /openapi.json)."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from warta.extract.event_types import Quad

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: `items`, and `total` matches before paging."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str | list[dict[str, object]]


class CitationOut(BaseModel):
    """The sentence a fact rests on: article id and its [start, end) span in the cleaned text."""

    article_id: str
    start: int
    end: int
    text: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None  # the article's title, or its lead sentence when it has none


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    display_title: str | None = None  # the title, or the lead sentence when the source had none
    outlet: str | None
    published: str | None
    url: str | None
    format: str
    language: str
    chars: int
    duplicate_of: str | None
    ingested_at: str | None


class FactSpan(BaseModel):
    """One fact extracted from an article, with the evidence span in `ArticleDetail.text`."""

    kind: Literal["event", "agreement", "figure"]
    label: str  # "CONSULT", the agreement name, the metric
    detail: str  # status, value and unit, ...
    quad: Quad | None = None
    start: int
    end: int
    text: str


class NamedThing(BaseModel):
    name: str
    detail: str | None = None


class ArticleDetail(ArticleSummary):
    text: str = Field(description="The cleaned text; every span offset points into it.")
    facts: list[FactSpan]
    persons: list[NamedThing]
    organizations: list[NamedThing]
    countries: list[str]
    extracted: bool = Field(description="False while the article waits for extraction.")


class RoleOut(BaseModel):
    role: str
    country: str | None
    date: str | None
    article_id: str


class EntityOut(BaseModel):
    key: str
    kind: str
    name: str
    spellings: list[str]
    country: str | None
    wikidata: str | None
    roles: list[RoleOut]
    articles: list[str]
    merge_reasons: list[str]


class ActorRef(BaseModel):
    key: str
    name: str
    name_en: str | None = None  # a state's English name, for the English view


class EventTypeOut(BaseModel):
    """One PLOVER event type as warta codes it (warta/extract/data/event_types.tsv)."""

    name: str = Field(description="The type's name in events (FORMAT.md).")
    plover: str = Field(description="The category's name in PLOVER records.")
    quad: Quad
    quad_code: int = Field(description="PLOVER's number of the quad category, 1-4.")
    cameo: str = Field(description="The CAMEO code of the GDELT export.")
    goldstein: float = Field(description="The Goldstein scale value of that CAMEO code.")


class EventTypesOut(BaseModel):
    quads: list[Quad] = Field(description="PLOVER's quad categories in the order of their codes.")
    types: list[EventTypeOut]


class EventOut(BaseModel):
    key: str
    type: str
    quad: Quad | None
    date: str | None
    countries: list[str]
    actors: list[ActorRef]
    place: str | None
    status: str
    sectors: list[str]
    citations: list[CitationOut]


class TimelineOut(BaseModel):
    actors: list[ActorRef]
    events: Page[EventOut]


class StatusStepOut(BaseModel):
    status: str
    date: str | None
    citation: CitationOut


class AgreementOut(BaseModel):
    key: str
    name: str
    parties: list[str]
    status: str
    history: list[StatusStepOut]


class ClaimOut(BaseModel):
    value: float
    unit: str
    kind: str  # actual | target | growth
    met: bool | None
    citation: CitationOut


class SeriesOut(BaseModel):
    key: str
    metric: str
    parties: list[str]
    period: str | None
    claims: list[ClaimOut]


class ConflictOut(BaseModel):
    kind: str
    subject: str
    description: str
    citations: list[CitationOut]
    within_article: bool = False  # both sides come from one article: not "sources disagree"


class NetworkNode(BaseModel):
    id: str
    name: str
    kind: str
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    types: dict[str, int]
    event_keys: list[str]


class NetworkOut(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class SearchHit(BaseModel):
    kind: str  # article | event | agreement | figure
    article_id: str
    start: int
    end: int
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


class AskIn(BaseModel):
    question: str = Field(min_length=1, max_length=1000)


class AnswerOut(BaseModel):
    question: str
    answer: str
    citations: list[CitationOut]
    known: bool
    source: str
    language: str


class StatsOut(BaseModel):
    articles: int
    entities: int
    events: int
    agreements: int
    figures: int
    conflicts: int


class ServerInfo(BaseModel):
    version: str
    reads_need_token: bool
    writes_enabled: bool
    dashboard_built: bool
    max_upload_bytes: int
    upload_types: list[str]


class ArticleIn(BaseModel):
    """A pasted article. Only `text` is required."""

    model_config = ConfigDict(str_strip_whitespace=True)

    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=4000)
    published: str | None = Field(
        default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date, e.g. 2021-07-06"
    )
    outlet: str | None = Field(default=None, max_length=200)
    id: str | None = Field(
        default=None, pattern=r"^[\w.-]{1,120}$", description="Article id; derived when absent."
    )

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value and not value.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return value or None


class JobOut(BaseModel):
    id: str
    kind: str
    state: Literal["queued", "running", "done", "failed"]
    stage: str  # queued | ingest | extract | rebuild | done | failed
    progress: float = Field(ge=0, le=1)
    message: str
    articles: list[str]  # ids of the articles this job stored
    ingested: int
    duplicates: int
    unchanged: int
    problems: list[str]
    created_at: str
    finished_at: str | None


class MergeIn(BaseModel):
    entity: str = Field(min_length=1, description="Key or name of the entity that stays.")
    other: str = Field(min_length=1, description="Key or name of the entity merged into it.")


class SplitIn(BaseModel):
    entity: str = Field(min_length=1, description="Key or name of the entity.")
    spelling: str = Field(min_length=1, description="The spelling to take out as its own entity.")


class ArticlesDeleted(BaseModel):
    """What DELETE /api/articles/{id} removed: the article and its copies."""

    deleted: list[str]
