"""Rebuild the consolidated kb_* tables from the stored extractions, and know when not to.

`rebuild_tables` reads every original's extraction a page at a time, cuts it into fact
rows by consolidation group and consolidates group by group (warta.kb.incremental), all in
the caller's transaction; increments keep the tables current between rebuilds. A
generation counter in knowledge_state,
bumped by `note_change` in the same transaction as every saved extraction or override,
tells whether the tables are current, so an ingest that changed nothing skips the
rebuild, and a process that died before rebuilding leaves the tables marked stale.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Table, Text, cast, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from warta.extract.types import ArticleKnowledge
from warta.kb.entities import Overrides
from warta.kb.incremental import chunks, rebuild_all
from warta.store import Article
from warta.store import knowledge_models as m

REBUILD_LOCK = 0x77617275  # PostgreSQL advisory lock key of rebuild()
PAGE_SIZE = 1000  # extractions read, and kb_* rows inserted, at a time by rebuild()

# Names in knowledge_state (see warta.store.knowledge_models.KnowledgeState).
GENERATION = "generation"  # bumped with every change to what a rebuild reads
BUILT_GENERATION = "built_generation"  # the generation the kb_* tables were built from
BUILT_ARTICLES = "built_articles"  # how many extractions they were built from


def note_change(session: Session) -> None:
    """Record, in the caller's transaction, that what rebuild() reads has changed.

    Whatever writes extractions or overrides calls it in the transaction that writes them,
    so the change and the bumped generation commit (or vanish) together: a process that
    dies before it rebuilds leaves a generation the kb_* tables were not built from.
    Called last in the transaction: the counter's row lock (PostgreSQL) is then held only
    for the commit, and is never waited for while holding another row's lock.
    """
    session.execute(
        update(m.KnowledgeState)
        .where(m.KnowledgeState.name == GENERATION)
        .values(value=m.KnowledgeState.value + 1)
        .execution_options(synchronize_session=False)
    )


def read_state(session: Session) -> dict[str, int]:
    return {
        name: int(value)
        for name, value in session.execute(select(m.KnowledgeState.name, m.KnowledgeState.value))
    }


def _originals_knowledge() -> Select[Any]:
    """The extractions a rebuild consolidates: those of originals (never of duplicates)."""
    originals = select(Article.doc_id).where(Article.duplicate_of.is_(None))
    return select(m.ArticleKnowledge.knowledge).where(m.ArticleKnowledge.doc_id.in_(originals))


def stream_knowledge(session: Session) -> Iterator[ArticleKnowledge]:
    """The extractions of originals, parsed from their JSON text a page at a time (one
    statement, so one snapshot; a server-side cursor on PostgreSQL): never the whole
    text of every extraction in memory beside the models made from it."""
    column = cast(m.ArticleKnowledge.knowledge, Text)
    query = _originals_knowledge().with_only_columns(column)
    rows = session.execute(query, execution_options={"yield_per": PAGE_SIZE})
    for raw in rows.scalars():
        yield ArticleKnowledge.model_validate_json(raw)


def _count_extracted_originals(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(m.ArticleKnowledge)
        .join(Article, Article.doc_id == m.ArticleKnowledge.doc_id)
        .where(Article.duplicate_of.is_(None))
    )
    return int(session.scalar(query) or 0)


def read_overrides(session: Session) -> Overrides:
    query = select(m.EntityOverride.action, m.EntityOverride.entity, m.EntityOverride.other)
    return Overrides.from_actions(
        (action, entity, other)
        for action, entity, other in session.execute(query.order_by(m.EntityOverride.id))
    )


def _is_current(session: Session, state: dict[str, int]) -> bool:
    """The kb_* tables were built from the committed generation and the same number of
    extractions (the count also catches originals that changed without a generation,
    such as an article deleted by hand). No generation row: never current."""
    generation = state.get(GENERATION)
    return (
        generation is not None
        and state.get(BUILT_GENERATION) == generation
        and state.get(BUILT_ARTICLES) == _count_extracted_originals(session)
    )


def _record_built(session: Session, generation: int | None, articles: int) -> None:
    built = {BUILT_GENERATION: -1 if generation is None else generation, BUILT_ARTICLES: articles}
    session.execute(delete(m.KnowledgeState).where(m.KnowledgeState.name.in_(list(built))))
    session.execute(insert(m.KnowledgeState), [{"name": k, "value": v} for k, v in built.items()])


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


# Emptied children first (kb_event_parties refers to kb_events).
KB_TABLES = tuple(
    _table(model)
    for model in (
        m.KBEventParty,
        m.KBEvent,
        m.KBName,
        m.KBEntity,
        m.KBAgreement,
        m.KBSeries,
        m.KBConflict,
    )
)


def is_current(session: Session) -> bool:
    """The kb_* tables were built from every extraction and override committed now."""
    return _is_current(session, read_state(session))


@dataclass(frozen=True)
class Rebuilt:
    articles: int  # extractions the tables were built from


def rebuild_tables(session: Session, *, force: bool = False) -> Rebuilt | None:
    """Recompute every kb_* table from the stored extractions and overrides, in `session`'s
    transaction, a consolidation group at a time (warta.kb.incremental.rebuild_all).

    Nothing is done (None) when they were built from what is committed now (no
    knowledge saved, no override added since, the same extracted originals), unless
    `force`. The generation is read before anything else: a change committed while the
    rebuild reads may be in the tables already, but it leaves them marked out of date.
    """
    lock(session)
    state = read_state(session)
    if not force and _is_current(session, state):
        return None
    articles = rebuild_all(session, stream_knowledge(session), read_overrides(session))
    _record_built(session, state.get(GENERATION), articles)
    return Rebuilt(articles)


def lock(session: Session) -> None:
    """One writer of the kb_* tables at a time (PostgreSQL; SQLite has one writer anyway):
    a rebuild, or an increment, waits for the one before it to commit."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REBUILD_LOCK})


def can_increment(session: Session) -> bool:
    """The kb_* tables were built from the committed generation, so an increment on top of
    them is exact (a cheap check: the article count is left to rebuild())."""
    state = read_state(session)
    return state.get(GENERATION) is not None and state.get(BUILT_GENERATION) == state.get(
        GENERATION
    )


def extracted_originals(session: Session, doc_ids: Iterable[str]) -> int:
    """How many of `doc_ids` are originals with a stored extraction (what a rebuild counts)."""
    total = 0
    for chunk in chunks(doc_ids):
        query = (
            select(func.count())
            .select_from(m.ArticleKnowledge)
            .join(Article, Article.doc_id == m.ArticleKnowledge.doc_id)
            .where(m.ArticleKnowledge.doc_id.in_(chunk), Article.duplicate_of.is_(None))
        )
        total += int(session.scalar(query) or 0)
    return total


def record_increment(session: Session, articles_delta: int) -> None:
    """After an increment in this transaction (and its note_change): the tables are built
    from the new generation, with `articles_delta` more extractions."""
    state = read_state(session)
    _record_built(session, state[GENERATION], state[BUILT_ARTICLES] + articles_delta)
