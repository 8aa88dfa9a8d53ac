"""Rebuild the consolidated kb_* tables from the stored extractions, and know when not to.

`rebuild_tables` reads every original's extraction (a page at a time, each made into lean
named tuples), consolidates them (warta.kb.consolidate) and rewrites the kb_* tables with
bulk inserts, all in the caller's transaction. A generation counter in knowledge_state,
bumped by `note_change` in the same transaction as every saved extraction or override,
tells whether the tables are current, so an ingest that changed nothing skips the
rebuild, and a process that died before rebuilding leaves the tables marked stale.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import namedtuple
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Select, Table, Text, cast, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from warta.extract.types import ArticleKnowledge
from warta.kb.consolidate import build_knowledge_base
from warta.kb.entities import Overrides
from warta.kb.types import KnowledgeBase
from warta.store import Article
from warta.store import knowledge_models as m
from warta.workers import batched

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


_LEAN_TYPES: dict[type, Any] = {}


def _lean(value: Any) -> Any:
    """A model as a read-only named tuple of the same fields (nested models too): what
    consolidation reads from it, in less than half the memory of the pydantic object."""
    if isinstance(value, BaseModel):
        model = type(value)
        lean: Any = _LEAN_TYPES.get(model)
        if lean is None:
            lean = _LEAN_TYPES[model] = namedtuple(model.__name__, list(model.model_fields))
        return lean._make([_lean(getattr(value, name)) for name in lean._fields])
    if type(value) is list:
        return [_lean(v) for v in value]
    return value


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


# --- what rebuild() writes ----------------------------------------------------------


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


def _kb_rows(kb: KnowledgeBase) -> Iterator[tuple[Table, Iterator[dict[str, Any]]]]:
    """(table, its rows) for every kb_* table, parents first; the rows (and the JSON-ready
    payloads in them) are made as they are inserted, never all at once."""
    yield (
        _table(m.KBEntity),
        (
            {
                "key": e.key,
                "kind": e.kind,
                "name": e.name,
                "country": e.country,
                "payload": _plain(e),
            }
            for e in kb.entities
        ),
    )
    yield (
        _table(m.KBName),
        (
            {"name": name, "entity": e.key}
            for e in kb.entities
            for name in sorted({s.lower() for s in [e.name, *e.spellings]})
        ),
    )
    yield (
        _table(m.KBEvent),
        (
            {
                "key": ev.key,
                "type": ev.type,
                "date": ev.date,
                "status": ev.status,
                "payload": _plain(ev),
            }
            for ev in kb.events
        ),
    )
    yield (
        _table(m.KBEventParty),
        (
            {"event": ev.key, "party": party}
            for ev in kb.events
            for party in sorted({f"state:{c}" for c in ev.countries} | set(ev.actors))
        ),
    )
    yield (
        _table(m.KBAgreement),
        (
            {
                "key": ag.key,
                "name": ag.name,
                "status": ag.status,
                "parties": _spaced(ag.parties),
                "payload": _plain(ag),
            }
            for ag in kb.agreements
        ),
    )
    yield (
        _table(m.KBSeries),
        (
            {
                "key": s.key,
                "metric": s.metric,
                "period": s.period,
                "parties": _spaced(s.parties),
                "payload": _plain(s),
            }
            for s in kb.series
        ),
    )
    yield (
        _table(m.KBConflict),  # ids from the sequence, in this order
        (
            {
                "kind": c.kind,
                "subject": c.subject,
                "description": c.description,
                "payload": _plain(c),
            }
            for c in kb.conflicts
        ),
    )


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_LEAVES = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """dataclasses.asdict (the same dicts, keys in the same order) at a fraction of its
    cost: field names looked up once per class, and leaves (str, numbers, None) used
    as they are instead of deep-copied."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(v) for v in value]
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)  # as asdict does with anything else


def is_current(session: Session) -> bool:
    """The kb_* tables were built from every extraction and override committed now."""
    return _is_current(session, read_state(session))


def rebuild_tables(session: Session, *, force: bool = False) -> KnowledgeBase | None:
    """Recompute every kb_* table from the stored extractions and overrides, in `session`'s
    transaction.

    Nothing is done (None) when they were built from what is committed now (no
    knowledge saved, no override added since, the same extracted originals), unless
    `force`. The generation is read before anything else: a change committed while the
    rebuild reads may be in the tables already, but it leaves them marked out of date.
    """
    if session.get_bind().dialect.name == "postgresql":  # one at a time, after the last
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REBUILD_LOCK})
    state = read_state(session)
    if not force and _is_current(session, state):
        return None
    # each page of models made lean as it is read: what consolidation reads, no more, held
    # for every article at once
    knowledge = [_lean(k) for k in stream_knowledge(session)]
    articles = len(knowledge)
    kb = build_knowledge_base(knowledge, read_overrides(session))
    del knowledge  # only the knowledge base from here on
    for table in KB_TABLES:
        session.execute(delete(table))
    for table, rows in _kb_rows(kb):
        for page in batched(rows, PAGE_SIZE):
            session.execute(insert(table), page)
    _record_built(session, state.get(GENERATION), articles)
    return kb


def _spaced(parties: Iterable[str]) -> str:
    return " " + " ".join(sorted(parties)) + " "
