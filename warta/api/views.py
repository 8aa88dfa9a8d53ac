"""From knowledge-base objects to the API's response models, and paging."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import TypeVar

from fastapi import HTTPException, Query, Request, status
from pydantic import BaseModel
from sqlalchemy import func, select

from warta.api.schemas import (
    ActorRef,
    AgreementOut,
    ArticleDetail,
    ArticleSummary,
    CitationOut,
    ClaimOut,
    ConflictOut,
    EntityOut,
    EventOut,
    EventTypeOut,
    FactSpan,
    NamedThing,
    Page,
    SeriesOut,
    StatusStepOut,
)
from warta.extract.event_types import EventType, quad_of
from warta.extract.types import ArticleKnowledge
from warta.kb.repository import KnowledgeStore
from warta.kb.types import Citation, Conflict, Entity, KBAgreement, KBEvent, QuantitySeries
from warta.store import Article
from warta.store import knowledge_models as km

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
LimitParam = Query(50, ge=1, le=500, description="Items per page.")
OffsetParam = Query(0, ge=0, le=10_000_000, description="Items to skip.")
DateFromParam = Query(None, pattern=ISO_DATE, description="From this ISO date (inclusive).")
DateToParam = Query(None, pattern=ISO_DATE, description="Up to this ISO date (inclusive).")


def knowledge_store(request: Request) -> KnowledgeStore:
    ks: KnowledgeStore = request.app.state.knowledge
    return ks


def page(items: Sequence[T], limit: int, offset: int) -> Page[T]:
    return Page[T](
        items=list(items[offset : offset + limit]), total=len(items), limit=limit, offset=offset
    )


def not_found(what: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, what)


def resolve_actor(ks: KnowledgeStore, name: str) -> str:
    key = ks.resolve_actor(name)
    if key is None:
        raise not_found(f"no actor matches {name!r}")
    return key


def entity_names(ks: KnowledgeStore) -> dict[str, str]:
    with ks.session() as session:
        rows = session.execute(select(km.KBEntity.key, km.KBEntity.name))
        return {key: name for key, name in rows}


def actor_ref(key: str, names: dict[str, str]) -> ActorRef:
    return ActorRef(key=key, name=names.get(key) or key.split(":", 1)[-1])


def citation_out(c: Citation) -> CitationOut:
    return CitationOut(**asdict(c))


def event_out(e: KBEvent, names: dict[str, str]) -> EventOut:
    return EventOut(
        key=e.key,
        type=e.type,
        quad=quad_of(e.type),
        date=e.date,
        countries=e.countries,
        actors=[actor_ref(a, names) for a in e.actors],
        place=e.place,
        status=e.status,
        sectors=e.sectors,
        citations=[citation_out(c) for c in e.citations],
    )


def event_type_out(t: EventType) -> EventTypeOut:
    return EventTypeOut(**asdict(t), quad_code=t.quad_code)


def agreement_out(a: KBAgreement) -> AgreementOut:
    history = [
        StatusStepOut(status=s.status, date=s.date, citation=citation_out(s.citation))
        for s in a.history
    ]
    return AgreementOut(key=a.key, name=a.name, parties=a.parties, status=a.status, history=history)


def series_out(s: QuantitySeries) -> SeriesOut:
    claims = [
        ClaimOut(
            value=c.value, unit=c.unit, kind=c.kind, met=c.met, citation=citation_out(c.citation)
        )
        for c in s.claims
    ]
    return SeriesOut(key=s.key, metric=s.metric, parties=s.parties, period=s.period, claims=claims)


def conflict_out(c: Conflict) -> ConflictOut:
    return ConflictOut(
        kind=c.kind,
        subject=c.subject,
        description=c.description,
        citations=[citation_out(x) for x in c.citations],
        within_article=len({x.article_id for x in c.citations}) == 1,
    )


LEAD_TITLE_CHARS = 90
SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def lead_title(text: str) -> str:
    """A title for an article whose source gave none: its lead sentence, cut at a word."""
    lead = SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip().rstrip(".")
    if len(lead) <= LEAD_TITLE_CHARS:
        return lead
    return lead[:LEAD_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_titles(ks: KnowledgeStore, ids: Iterable[str]) -> dict[str, str]:
    """doc_id -> title (or lead sentence) for the given articles, in one query."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    head = func.substr(Article.text, 1, 400)
    query = select(Article.doc_id, Article.title, head).where(Article.doc_id.in_(wanted))
    with ks.session() as session:
        return {doc: title or lead_title(text or "") for doc, title, text in session.execute(query)}


def _citations_in(value: object) -> Iterable[CitationOut]:
    if isinstance(value, CitationOut):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _citations_in(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            yield from _citations_in(item)


def with_titles(ks: KnowledgeStore, model: M) -> M:
    """The citations inside `model` given their article's title (filled in place)."""
    citations = list(_citations_in(model))
    titles = article_titles(ks, (c.article_id for c in citations))
    for c in citations:
        c.title = titles.get(c.article_id)
    return model


def entity_out(e: Entity) -> EntityOut:
    return EntityOut.model_validate(asdict(e))


def article_summary(a: Article) -> ArticleSummary:
    return ArticleSummary(
        id=a.doc_id,
        title=a.title,
        display_title=a.title or lead_title(a.text),
        outlet=a.outlet,
        published=a.published,
        url=a.url,
        format=a.source_format,
        language=a.language,
        chars=len(a.text),
        duplicate_of=a.duplicate_of,
        ingested_at=a.ingested_at.isoformat() if a.ingested_at else None,
    )


def _figure_detail(value: float, unit: str, kind: str, period: str | None) -> str:
    return f"{value:g} {unit} ({kind}{', ' + period if period else ''})"


def article_detail(a: Article, knowledge: ArticleKnowledge | None) -> ArticleDetail:
    facts: list[FactSpan] = []
    if knowledge is not None:
        for e in knowledge.events:
            facts.append(
                FactSpan(
                    kind="event",
                    label=e.type,
                    detail=" ".join(x for x in (e.status, e.date or "") if x),
                    quad=quad_of(e.type),
                    start=e.evidence.start,
                    end=e.evidence.end,
                    text=e.evidence.text,
                )
            )
        for ag in knowledge.agreements:
            facts.append(
                FactSpan(
                    kind="agreement",
                    label=ag.name,
                    detail=ag.status,
                    start=ag.evidence.start,
                    end=ag.evidence.end,
                    text=ag.evidence.text,
                )
            )
        for q in knowledge.quantities:
            facts.append(
                FactSpan(
                    kind="figure",
                    label=q.metric,
                    detail=_figure_detail(q.value, q.unit, q.kind, q.period),
                    start=q.evidence.start,
                    end=q.evidence.end,
                    text=q.evidence.text,
                )
            )
    facts.sort(key=lambda f: (f.start, f.end))
    return ArticleDetail(
        **article_summary(a).model_dump(),
        text=a.text,
        facts=facts,
        persons=[
            NamedThing(name=p.name, detail=p.role) for p in (knowledge.persons if knowledge else [])
        ],
        organizations=[
            NamedThing(name=o.name, detail=o.acronym)
            for o in (knowledge.organizations if knowledge else [])
        ],
        countries=knowledge.countries if knowledge else [],
        extracted=knowledge is not None,
    )


def within(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Is a (possibly partial) ISO date inside [from, to]? Undated facts fail any bound."""
    if not date_from and not date_to:
        return True
    if not date:
        return False
    if date_from and date < date_from[: len(date)]:
        return False
    return not (date_to and date[: len(date_to)] > date_to)
