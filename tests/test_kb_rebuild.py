"""The knowledge base is rebuilt when what it is built from changed without an increment,
and only then.

knowledge_state holds a generation bumped in the transaction of every change (knowledge
saved, an override added) and the generation the kb_* tables were built from. A change
made with its increment (warta.kb.incremental) moves both; one saved without (a bulk load)
or made by hand leaves them apart, so the next run rebuilds, also after a process died
between saving and rebuilding.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from rich.console import Console
from sqlalchemy import text
from test_kb_rebuild_contents import generated
from test_reliability_support import run_warta

import warta.kb.rebuild as rebuild
import warta.kb.update as update
from warta.extract.types import ArticleKnowledge
from warta.kb.repository import KnowledgeStore
from warta.kb.update import UpdateSummary, update_knowledge
from warta.store import Article, Store, open_store
from warta.store.db import alembic_config, make_engine

PAIRS = generated(12)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as store:
        yield store


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles each full rebuild consolidated, in order."""
    calls: list[int] = []
    monkeypatch.setattr(rebuild, "rebuild_all", _counting(calls))
    return calls


def _counting(calls: list[int]) -> Any:
    build = rebuild.rebuild_all

    def counting(*args: Any) -> int:
        articles = build(*args)
        calls.append(articles)
        return articles

    return counting


def add(store: Store, pairs: list[tuple[Article, ArticleKnowledge]]) -> None:
    """Store the articles, then their knowledge (each pair a fresh copy)."""
    store.add_articles([_copy(a) for a, _ in pairs])
    KnowledgeStore(store).save_knowledge([(k.model_copy(deep=True), a.text) for a, k in pairs])


def _copy(article: Article) -> Article:
    columns = ("doc_id", "source", "source_format", "raw_text", "text", "offsets", "removed")
    more = ("language", "meta", "notes", "raw_hash", "content_hash")
    return Article(**{c: getattr(article, c) for c in columns + more})


def quiet_update(store: Store, **kwargs: Any) -> UpdateSummary:
    with open(os.devnull, "w") as sink:
        return update_knowledge(store, console=Console(file=sink), show_progress=False, **kwargs)


def cited(ks: KnowledgeStore) -> set[str]:
    return {c.article_id for e in ks.events_between([]) for c in e.citations}


def test_nothing_changed_nothing_rebuilt(store: Store, builds: list[int]) -> None:
    add(store, PAIRS[:6])
    ks = KnowledgeStore(store)
    assert not ks.up_to_date()
    assert ks.rebuild() is not None
    assert ks.up_to_date()
    counts = ks.counts()
    assert ks.rebuild() is None
    summary = quiet_update(store)  # nothing pending: no extraction, no rebuild
    assert (summary.extracted, summary.rebuilt, summary.kb) == (0, False, None)
    assert summary.counts == counts == ks.counts()
    assert builds == [6]
    ks.save_knowledge([])  # saving nothing changes nothing
    assert ks.rebuild() is None
    assert ks.rebuild(force=True) is not None
    assert quiet_update(store, force_rebuild=True).rebuilt
    assert builds == [6, 6, 6]


def test_saved_knowledge_and_overrides_are_rebuilt(store: Store, builds: list[int]) -> None:
    add(store, PAIRS[:6])
    ks = KnowledgeStore(store)
    summary = quiet_update(store)  # saved before any build: rebuilt
    assert summary.rebuilt and summary.kb is not None and summary.kb.articles == 6
    assert summary.counts == ks.counts()
    assert cited(ks) == {k.id for _, k in PAIRS[:6]}

    add(store, PAIRS[6:8])  # saved with its increment: current at once
    assert ks.up_to_date()
    assert not quiet_update(store).rebuilt
    assert cited(ks) == {k.id for _, k in PAIRS[:8]}
    assert ks.rebuild() is None

    ks.save_knowledge([(PAIRS[0][1], PAIRS[0][0].text)])  # extracted again (--redo)
    assert ks.rebuild() is None

    persons = sorted(e.key for e in ks.entities("person"))
    ks.add_override("merge", persons[0], persons[1])
    assert ks.up_to_date()
    assert not quiet_update(store).rebuilt
    assert persons[1] not in {e.key for e in ks.entities("person")}

    store.add_articles([_copy(PAIRS[8][0])])
    ks.save_knowledge([(PAIRS[8][1], PAIRS[8][0].text)], consolidate=False)  # a bulk load
    assert not ks.up_to_date()
    assert quiet_update(store).rebuilt
    assert builds == [6, 9]


def test_originals_changed_by_hand_are_rebuilt(store: Store, builds: list[int]) -> None:
    add(store, PAIRS[:6])
    ks = KnowledgeStore(store)
    ks.rebuild()
    with store.engine.begin() as conn:  # no code path does this, but a rebuild must follow
        conn.execute(text("UPDATE articles SET duplicate_of = 'g0000' WHERE doc_id = 'g0001'"))
    assert not ks.up_to_date()
    assert ks.rebuild() is not None and "g0001" not in cited(ks)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM articles WHERE doc_id = 'g0002'"))
    assert ks.rebuild() is not None and "g0002" not in cited(ks)
    assert ks.rebuild() is None
    assert builds == [6, 5, 4]


def test_update_that_died_before_rebuilding_is_rebuilt_next_time(
    store: Store, db_url: str, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(store, PAIRS[:6])
    quiet_update(store)
    store.add_articles([_copy(a) for a, _ in PAIRS[6:9]])  # ingested, to be extracted
    extracted = {k.id: k for _, k in PAIRS}

    def extract_stored(batch: list[Any]) -> list[Any]:  # no NLP: the known answers
        return [extracted[clean.doc_id].model_copy(deep=True) for clean, _, _ in batch]

    def dies(*_args: Any, **_kwargs: Any) -> None:
        raise KeyboardInterrupt  # the process ends after saving, before the rebuild

    monkeypatch.setattr(update, "extract_stored", extract_stored)
    monkeypatch.setattr(update, "INCREMENT_LIMIT", 0)  # a backlog: saved, then rebuilt
    monkeypatch.setattr(KnowledgeStore, "rebuild", dies)
    with pytest.raises(KeyboardInterrupt):
        quiet_update(store)
    monkeypatch.undo()
    monkeypatch.setattr(rebuild, "rebuild_all", _counting(builds))

    with open_store(db_url) as again:  # the next run
        ks = KnowledgeStore(again)
        assert not ks.up_to_date()
        summary = quiet_update(again)  # nothing left to extract, but the rebuild is due
        assert summary.extracted == 0 and summary.rebuilt
        assert cited(ks) == {k.id for _, k in PAIRS[:9]}
        assert quiet_update(again).rebuilt is False
    assert builds == [6, 9]


def test_rebuild_that_failed_halfway_leaves_the_kb_out_of_date(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(store, PAIRS[:6])
    ks = KnowledgeStore(store)
    ks.rebuild()
    before = ks.counts()
    ks.store.add_articles([_copy(a) for a, _ in PAIRS[6:8]])
    knowledge = [(k.model_copy(deep=True), a.text) for a, k in PAIRS[6:8]]
    ks.save_knowledge(knowledge, consolidate=False)

    def fails(*_args: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(rebuild, "_record_built", fails)  # after the kb_* tables
    with pytest.raises(RuntimeError):
        ks.rebuild()
    monkeypatch.undo()
    assert ks.counts() == before  # rolled back, tables and marker alike
    assert not ks.up_to_date()
    assert ks.rebuild() is not None and ks.up_to_date()
    assert cited(ks) == {k.id for _, k in PAIRS[:8]}


KILLED_AFTER_SAVING = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from test_kb_rebuild_contents import generated
from warta.kb.repository import KnowledgeStore
from warta.store import open_store

store = open_store(sys.argv[1])
article, knowledge = generated(12)[int(sys.argv[3])]
store.add_articles([article])
KnowledgeStore(store).save_knowledge([(knowledge, article.text)], consolidate=False)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_killed_process_leaves_a_rebuild_for_warta_update(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        add(store, PAIRS[:6])
        KnowledgeStore(store).rebuild()
    tests = str(Path(__file__).resolve().parent)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_SAVING, db_url, tests, "7"], capture_output=True
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with open_store(db_url) as store:
        assert not KnowledgeStore(store).up_to_date()
    result = run_warta("update", "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "extracted 0 articles" in result.stdout
    assert "knowledge base (rebuilt):" in result.stdout
    again = run_warta("update", "--db", db_url)
    assert "knowledge base (up to date):" in again.stdout, again.stdout
    with open_store(db_url) as store:
        ks = KnowledgeStore(store)
        assert ks.up_to_date() and "g0007" in cited(ks)


def test_store_made_before_the_marker_upgrades_and_rebuilds_once(db_url: str) -> None:
    engine = make_engine(db_url)
    config = alembic_config(db_url)
    article, knowledge = PAIRS[0]
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003_scale")
        connection.execute(
            text(
                "INSERT INTO articles (doc_id, source, source_format, raw_text, text, offsets, "
                "removed, language, meta, notes, raw_hash, content_hash, ingested_at) "
                "VALUES (:id, 'x', 'txt', :text, :text, '[]', '[]', 'id', '{}', '[]', 'h', 'c', "
                "'2024-01-01')"
            ),
            {"id": article.doc_id, "text": article.text},
        )
        connection.execute(
            text(
                "INSERT INTO article_knowledge (doc_id, extractor, knowledge, extracted_at) "
                "VALUES (:id, '1', :knowledge, '2024-01-01')"
            ),
            {"id": article.doc_id, "knowledge": knowledge.model_dump_json()},
        )
        connection.execute(  # built by an older warta, from something else
            text(
                "INSERT INTO kb_entities (key, kind, name, country, payload) "
                "VALUES ('person:lama', 'person', 'Lama', NULL, '{}')"
            )
        )
    engine.dispose()
    with open_store(db_url) as store:
        ks = KnowledgeStore(store)
        assert not ks.up_to_date()
        assert quiet_update(store).rebuilt
        assert ks.entity("person:lama") is None and cited(ks) == {article.doc_id}
        assert not quiet_update(store).rebuilt
