"""Full-text search over articles and fact sentences; questions answered with citations."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from warta.api.auth import require_read_token
from warta.api.schemas import AnswerOut, AskIn, Page, SearchHit
from warta.api.views import (
    LimitParam,
    OffsetParam,
    article_titles,
    citation_out,
    knowledge_store,
    with_titles,
)
from warta.kb.ask import ask
from warta.kb.repository import KnowledgeStore
from warta.store import Article

router = APIRouter(prefix="/api", tags=["search"], dependencies=[Depends(require_read_token)])
KS = Annotated[KnowledgeStore, Depends(knowledge_store)]
MAX_HITS = 200


@router.get("/search", response_model=Page[SearchHit], summary="Search articles and facts")
def search(
    ks: KS,
    q: str = Query(..., min_length=1, max_length=500, description="Words to find (stemmed)."),
    kind: Literal["article", "event", "agreement", "figure"] | None = Query(None),
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[SearchHit]:
    hits = ks.search(q, limit=MAX_HITS, kind=kind)
    shown = hits[offset : offset + limit]
    refs = {h.ref for h in shown}
    with ks.session() as session:
        rows = session.execute(
            select(Article.doc_id, Article.title, Article.published, Article.outlet).where(
                Article.doc_id.in_(refs)
            )
        ).all()
    meta = {r[0]: r for r in rows}
    titles = article_titles(ks, refs)  # the lead sentence where the source gave no title
    items = []
    for h in shown:
        _, title, published, outlet = meta.get(h.ref, (h.ref, None, None, None))
        text = h.text if h.kind != "article" else _opening(h.text)
        end = h.end if h.kind != "article" else h.start + len(text)
        items.append(
            SearchHit(
                kind=h.kind,
                article_id=h.ref,
                start=h.start,
                end=end,
                text=text,
                title=title or titles.get(h.ref),
                published=published,
                outlet=outlet,
            )
        )
    return Page[SearchHit](items=items, total=len(hits), limit=limit, offset=offset)


def _opening(text: str, size: int = 300) -> str:
    return text if len(text) <= size else text[:size].rsplit(" ", 1)[0]


def _answer(question: str, ks: KnowledgeStore) -> AnswerOut:
    answer = ask(question, ks)
    data = asdict(answer)
    data["citations"] = [citation_out(c) for c in answer.citations]
    return with_titles(ks, AnswerOut(**data))


@router.get("/ask", response_model=AnswerOut, summary="Answer a question, with citations")
def ask_get(
    ks: KS,
    q: str = Query(
        ..., min_length=1, max_length=1000, description="e.g. Kapan Retno bertemu Lavrov?"
    ),
) -> AnswerOut:
    return _answer(q, ks)


@router.post("/ask", response_model=AnswerOut, summary="Answer a question, with citations")
def ask_post(body: AskIn, ks: KS) -> AnswerOut:
    return _answer(body.question, ks)
