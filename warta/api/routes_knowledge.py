"""The knowledge base: events, timelines, the actor network, agreements, figures, conflicts."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from warta.api.auth import require_read_token
from warta.api.schemas import (
    AgreementOut,
    ConflictOut,
    EventOut,
    EventTypesOut,
    NetworkEdge,
    NetworkNode,
    NetworkOut,
    Page,
    Quad,
    SeriesOut,
    StatsOut,
    TimelineOut,
)
from warta.api.views import (
    DateFromParam,
    DateToParam,
    LimitParam,
    OffsetParam,
    actor_ref,
    agreement_out,
    conflict_out,
    entity_names,
    event_out,
    event_type_out,
    knowledge_store,
    page,
    resolve_actor,
    series_out,
    with_titles,
    within,
)
from warta.extract.event_types import EVENT_TYPES, QUADS, quad_of
from warta.kb.repository import KnowledgeStore
from warta.kb.types import KBEvent

router = APIRouter(prefix="/api", tags=["knowledge"], dependencies=[Depends(require_read_token)])
KS = Annotated[KnowledgeStore, Depends(knowledge_store)]
ActorsParam = Query(
    None, max_length=200, description="Actor name, code or key; repeat for events between several."
)
TypeParam = Query(None, description="PLOVER event types, e.g. CONSULT (repeatable).")
StatusParam = Query(None, pattern=r"^[a-z_]{1,30}$", description="realized | planned | negated")
SectorParam = Query(None, max_length=100, description="Sector, e.g. trade, defense.")
QuadParam = Query(None, description="PLOVER quad.")


def _filtered_events(
    ks: KnowledgeStore,
    actor_keys: list[str],
    types: list[str] | None,
    status: str | None,
    sector: str | None,
    quad: Quad | None,
    date_from: str | None,
    date_to: str | None,
) -> list[KBEvent]:
    wanted = {t.upper() for t in types or [] if t}
    events = ks.events_between(actor_keys)
    return [
        e
        for e in events
        if (not wanted or e.type in wanted)
        and (not status or e.status == status)
        and (not sector or sector.lower() in {s.lower() for s in e.sectors})
        and (not quad or quad_of(e.type) == quad)
        and within(e.date, date_from, date_to)
    ]


@router.get("/events", response_model=Page[EventOut], summary="Events, oldest first")
def list_events(
    ks: KS,
    actor: list[str] | None = ActorsParam,
    type: list[str] | None = TypeParam,
    status: str | None = StatusParam,
    sector: str | None = SectorParam,
    quad: Quad | None = QuadParam,
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[EventOut]:
    keys = [resolve_actor(ks, a) for a in actor or []]
    events = _filtered_events(ks, keys, type, status, sector, quad, date_from, date_to)
    names = entity_names(ks)
    return with_titles(ks, page([event_out(e, names) for e in events], limit, offset))


@router.get(
    "/timeline",
    response_model=TimelineOut,
    summary="Events between two actors (or of one), oldest first",
    responses={404: {"description": "No actor matches"}},
)
def timeline(
    ks: KS,
    a: str = Query(..., min_length=1, max_length=200, description="First actor, e.g. Indonesia"),
    b: str | None = Query(None, max_length=200, description="Second actor, e.g. RUS"),
    type: list[str] | None = TypeParam,
    status: str | None = StatusParam,
    sector: str | None = SectorParam,
    quad: Quad | None = QuadParam,
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    limit: int = Query(500, ge=1, le=2000),
    offset: int = OffsetParam,
) -> TimelineOut:
    keys = [resolve_actor(ks, a)] + ([resolve_actor(ks, b)] if b and b.strip() else [])
    names = entity_names(ks)
    events = _filtered_events(ks, keys, type, status, sector, quad, date_from, date_to)
    return with_titles(
        ks,
        TimelineOut(
            actors=[actor_ref(k, names) for k in keys],
            events=page([event_out(e, names) for e in events], limit, offset),
        ),
    )


@router.get("/event-types", response_model=EventTypesOut, summary="PLOVER types and quads")
def event_types() -> EventTypesOut:
    return EventTypesOut(quads=list(QUADS), types=[event_type_out(t) for t in EVENT_TYPES.values()])


@router.get("/network", response_model=NetworkOut, summary="Actors linked by shared events")
def network(
    ks: KS,
    actor: list[str] | None = ActorsParam,
    type: list[str] | None = TypeParam,
    status: str | None = StatusParam,
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    max_nodes: int = Query(60, ge=2, le=500),
) -> NetworkOut:
    keys = [resolve_actor(ks, a) for a in actor or []]
    events = _filtered_events(ks, keys, type, status, None, None, date_from, date_to)
    names = entity_names(ks)
    degree: Counter[str] = Counter()
    links: dict[tuple[str, str], list[KBEvent]] = defaultdict(list)
    for e in events:
        parties = sorted(_parties(e, names))
        degree.update(parties)
        for pair in combinations(parties, 2):
            links[pair].append(e)
    kept = {k for k, _ in degree.most_common(max_nodes)} | set(keys)
    kinds = {k: k.split(":", 1)[0] for k in kept}
    nodes = [
        NetworkNode(id=k, name=actor_ref(k, names).name, kind=kinds[k], events=degree[k])
        for k in sorted(kept, key=lambda k: -degree[k])
        if degree[k]
    ]
    edges = [
        NetworkEdge(
            source=s,
            target=t,
            events=len(evs),
            types=dict(Counter(e.type for e in evs)),
            event_keys=[e.key for e in evs],
        )
        for (s, t), evs in sorted(links.items())
        if s in kept and t in kept
    ]
    return NetworkOut(nodes=nodes, edges=edges)


def _parties(event: KBEvent, names: dict[str, str]) -> set[str]:
    """States and known entities taking part (unresolved bare names are left out)."""
    return {f"state:{c}" for c in event.countries} | {a for a in event.actors if a in names}


@router.get("/agreements", response_model=Page[AgreementOut], summary="Agreements + history")
def list_agreements(
    ks: KS,
    actor: list[str] | None = ActorsParam,
    status: str | None = StatusParam,
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[AgreementOut]:
    keys = [resolve_actor(ks, a) for a in actor or []]
    found = [
        a
        for a in ks.agreements_of(keys, status)
        if (not date_from and not date_to)
        or any(within(s.date, date_from, date_to) for s in a.history)
    ]
    return with_titles(ks, page([agreement_out(a) for a in found], limit, offset))


@router.get("/figures", response_model=Page[SeriesOut], summary="Figures (trade, aid...) by period")
def list_figures(
    ks: KS,
    actor: list[str] | None = ActorsParam,
    metric: str | None = Query(None, pattern=r"^[a-z_]{1,40}$", description="e.g. trade_volume"),
    only_pair: bool = Query(
        False,
        description="Only figures whose state/organisation parties are exactly the actors "
        "(an ASEAN-Russia figure is not an Indonesia-Russia figure).",
    ),
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[SeriesOut]:
    keys = [resolve_actor(ks, a) for a in actor or []]
    found = [s for s in ks.series_of(keys, metric) if within(s.period, date_from, date_to)]
    if only_pair and keys:
        wanted = {_party_code(k) for k in keys}
        found = [s for s in found if {p for p in s.parties if PARTY_CODE.fullmatch(p)} == wanted]
    return with_titles(ks, page([series_out(s) for s in found], limit, offset))


# States and organisations are named by code in a figure's parties ("IDN", "ASEAN"); other
# parties (a company, a programme) do not make a figure somebody else's.
PARTY_CODE = re.compile(r"[A-Z][A-Z0-9]{1,9}")


def _party_code(key: str) -> str:
    return key.split(":", 1)[1].upper() if key.startswith(("state:", "org:")) else key


@router.get("/conflicts", response_model=Page[ConflictOut], summary="Sources that disagree")
def list_conflicts(
    ks: KS,
    kind: str | None = Query(None, pattern=r"^[a-z_]{1,30}$", description="e.g. figure"),
    actor: list[str] | None = ActorsParam,
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[ConflictOut]:
    found = ks.conflicts(kind)
    for name in actor or []:
        key = resolve_actor(ks, name)
        found = [c for c in found if _about(c.subject, key)]
    if date_from or date_to:
        found = [
            c for c in found if any(within(x.published, date_from, date_to) for x in c.citations)
        ]
    return with_titles(ks, page([conflict_out(c) for c in found], limit, offset))


def _about(subject: str, key: str) -> bool:
    """Is a conflict's subject (an entity, event, agreement or series key) about `key`?
    Event and series keys name their parties as codes joined by "-" ("IDN-RUS")."""
    if key in subject:
        return True
    code = key.split(":", 1)[-1].upper()
    return any(code in part.split("-") for part in subject.split(":"))


@router.get(
    "/brief",
    summary="The brief of two actors, as HTML or PDF",
    response_class=Response,
    responses={
        200: {"content": {"text/html": {}, "application/pdf": {}}},
        404: {"description": "No actor matches"},
    },
)
def dyad_brief(
    ks: KS,
    a: str = Query(..., min_length=1, max_length=200, description="First actor, e.g. Indonesia"),
    b: str = Query(..., min_length=1, max_length=200, description="Second actor, e.g. RUS"),
    format: str = Query("html", pattern=r"^(html|pdf)$", description="html or pdf"),
) -> Response:
    from warta.kb.brief import build_brief, render_html, render_pdf

    brief = build_brief(ks, resolve_actor(ks, a), resolve_actor(ks, b))
    if format == "pdf":
        name = re.sub(r"[^A-Za-z0-9]+", "-", f"brief-{brief.a}-{brief.b}").strip("-")
        return Response(
            render_pdf(brief),
            media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'},
        )
    return Response(render_html(brief), media_type="text/html; charset=utf-8")


@router.get("/stats", response_model=StatsOut, summary="How much the knowledge base holds")
def stats(ks: KS) -> StatsOut:
    return StatsOut(articles=ks.store.count_articles(), **ks.counts())
