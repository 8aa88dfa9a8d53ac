"""The consolidated tables' queries, and the increments' own lookups, use an index.

Each statement is planned by the database itself (SQLite: EXPLAIN QUERY PLAN; PostgreSQL:
EXPLAIN with sequential scans discouraged, since on a tiny table a scan is what the
planner would rightly choose) and the plan must read the table through an index, not
scan it whole: at a million articles a scan of kb_facts or kb_event_parties per increment
or per timeline query would be seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Select, func, select, text
from test_kb_incremental import reset, run

from warta.kb.repository import KnowledgeStore
from warta.store import Store, open_store
from warta.store import knowledge_models as m


@pytest.fixture
def ks(db_url: str) -> Iterator[KnowledgeStore]:
    with open_store(db_url) as store:
        knowledge = reset(store)
        run(knowledge, [("save", i, 31 * i) for i in range(8)])
        yield knowledge


def statements(ks: KnowledgeStore) -> dict[str, tuple[Any, Select[Any]]]:
    """(table that must not be scanned, statement) by what it is for."""
    some = ["x", "y"]
    return {
        "timeline": (
            m.KBEventParty,
            ks._events_query(["state:IDN", "state:RUS"], None, None, None)
            .order_by(m.KBEvent.date.desc())
            .limit(500),
        ),
        "actor by name": (m.KBName, select(m.KBName.entity).where(m.KBName.name == "rusia")),
        "figures by metric": (m.KBSeries, select(m.KBSeries).where(m.KBSeries.metric == "aid")),
        "entities by kind": (m.KBEntity, select(m.KBEntity).where(m.KBEntity.kind == "person")),
        "conflicts by kind": (
            m.KBConflict,
            select(m.KBConflict).where(m.KBConflict.kind == "figure"),
        ),
        "facts of a group": (m.KBFact, select(m.KBFact.data).where(m.KBFact.grp.in_(some))),
        "facts of an article": (m.KBFact, select(m.KBFact.grp).where(m.KBFact.doc_id.in_(some))),
        "groups of a bucket": (
            m.KBFact,
            select(m.KBFact.grp).where(m.KBFact.bucket == "event:MEET:2024").distinct(),
        ),
        "events of a group": (m.KBEvent, select(m.KBEvent.key).where(m.KBEvent.grp.in_(some))),
        "parties of events": (
            m.KBEventParty,
            select(m.KBEventParty.party).where(m.KBEventParty.event.in_(some)),
        ),
        "replies": (m.KBEvent, select(m.KBEvent.key).where(m.KBEvent.answers > "")),
        "agreements of a group": (
            m.KBAgreement,
            select(m.KBAgreement.key).where(m.KBAgreement.grp.in_(some)),
        ),
        "conflicts of a record": (
            m.KBConflict,
            select(m.KBConflict.id).where(m.KBConflict.owner.in_(some)),
        ),
        "conflicts of an original": (
            m.KBConflict,
            select(m.KBConflict.id).where(m.KBConflict.other.in_(some)),
        ),
        "names by surname": (
            m.KBEntityKey,
            select(m.KBEntityKey.key).where(m.KBEntityKey.surname.in_(some)),
        ),
        "names by wikidata": (
            m.KBEntityKey,
            select(m.KBEntityKey.key).where(m.KBEntityKey.wikidata.in_(some)),
        ),
        "names by entity": (
            m.KBEntityKey,
            select(m.KBEntityKey.key).where(m.KBEntityKey.root.in_(some)),
        ),
        "events per party": (
            m.KBEventParty,
            select(func.count()).where(m.KBEventParty.party == "state:IDN"),
        ),
    }


def plan(store: Store, statement: Select[Any]) -> str:
    engine = store.engine
    sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text("EXPLAIN QUERY PLAN " + sql))
            return "\n".join(str(r[-1]) for r in rows)
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        return "\n".join(str(r[0]) for r in conn.execute(text("EXPLAIN " + sql)))


def scans(store: Store, plan_text: str, table: str) -> bool:
    """Whether the plan reads `table` whole."""
    if store.engine.dialect.name == "sqlite":
        return any(
            line.strip().startswith(f"SCAN {table}") and "INDEX" not in line
            for line in plan_text.splitlines()
        )
    return f"Seq Scan on {table}" in plan_text


def test_queries_read_through_indexes(ks: KnowledgeStore) -> None:
    for purpose, (model, statement) in statements(ks).items():
        found = plan(ks.store, statement)
        assert not scans(ks.store, found, model.__tablename__), f"{purpose}:\n{found}"


def test_the_check_sees_a_scan(ks: KnowledgeStore) -> None:
    """The check itself: a filter on a column without an index is reported as a scan."""
    statement = select(m.KBFact.id).where(m.KBFact.data == "{}")
    assert scans(ks.store, plan(ks.store, statement), "kb_facts")
