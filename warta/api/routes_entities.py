"""Entities (states, organisations, people) across articles; merge and split them."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, status

from warta.api.auth import require_read_token, require_write_token
from warta.api.schemas import ActorRef, EntityOut, MergeIn, Page, SplitIn
from warta.api.views import (
    LimitParam,
    OffsetParam,
    entity_out,
    knowledge_store,
    not_found,
    page,
    resolve_actor,
)
from warta.kb.repository import KnowledgeStore
from warta.nlp.gazetteer import state_name

read = APIRouter(
    prefix="/api/entities", tags=["entities"], dependencies=[Depends(require_read_token)]
)
write = APIRouter(
    prefix="/api/entities", tags=["entities"], dependencies=[Depends(require_write_token)]
)
KS = Annotated[KnowledgeStore, Depends(knowledge_store)]


@read.get("", response_model=Page[EntityOut], summary="Entities, by kind and name")
def list_entities(
    ks: KS,
    kind: Literal["person", "state", "org"] | None = Query(None),
    name: str | None = Query(None, max_length=200, description="Part of a name or spelling."),
    country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3."),
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[EntityOut]:
    found = ks.entities(kind, name.strip() if name else None)
    if country:
        found = [e for e in found if (e.country or "").upper() == country.upper()]
    if name and name.strip():  # best matches first: names starting with the query
        lowered = name.strip().lower()
        found.sort(key=lambda e: (not e.name.lower().startswith(lowered), -len(e.articles)))
    return page([entity_out(e) for e in found], limit, offset)


@read.get(
    "/resolve",
    response_model=ActorRef,
    summary="The entity a name, code or spelling refers to",
    responses={404: {"description": "No actor matches"}},
)
def resolve(ks: KS, name: str = Query(..., min_length=1, max_length=200)) -> ActorRef:
    key = resolve_actor(ks, name)
    english = state_name(key.split(":", 1)[1], "en") if key.startswith("state:") else None
    return ActorRef(key=key, name=ks.actor_name(key), name_en=english)


@read.get(
    "/{key:path}",
    response_model=EntityOut,
    summary="One entity by key (e.g. state:RUS, person:retno marsudi)",
    responses={404: {"description": "Unknown entity"}},
)
def get_entity(key: str, ks: KS) -> EntityOut:
    found = ks.entity(key)
    if found is None:
        raise not_found(f"no entity with key {key!r}")
    return entity_out(found)


@write.post(
    "/merge",
    response_model=EntityOut,
    summary="Merge `other` into `entity` (kept across re-ingests); the KB is rebuilt",
    responses={404: {"description": "No actor matches"}},
)
def merge_entities(body: MergeIn, ks: KS) -> EntityOut:
    keep, other = resolve_actor(ks, body.entity), resolve_actor(ks, body.other)
    if keep == other:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"{body.entity!r} and {body.other!r} are already one entity",
        )
    ks.add_override("merge", keep, other)
    ks.rebuild()
    merged = ks.entity(keep)
    if merged is None:
        raise not_found(f"no entity with key {keep!r} after the merge")
    return entity_out(merged)


@write.post(
    "/split",
    response_model=EntityOut,
    summary="Take a spelling out of an entity as its own entity; the KB is rebuilt",
    responses={404: {"description": "No actor matches"}},
)
def split_entity(body: SplitIn, ks: KS) -> EntityOut:
    key = resolve_actor(ks, body.entity)
    ks.add_override("split", key, body.spelling)
    ks.rebuild()
    kept = ks.entity(key)
    if kept is None:
        raise not_found(f"no entity with key {key!r} after the split")
    return entity_out(kept)
