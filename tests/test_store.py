"""The SQLite/SQLAlchemy store: migrations on open, connection settings, repository API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from warta.store import Article, Base, open_store, pack_signature, unpack_signature
from warta.store.db import alembic_config


def article(doc_id: str, **overrides: object) -> Article:
    fields: dict[str, object] = dict(
        doc_id=doc_id,
        source=f"/data/{doc_id}.txt",
        source_format="txt",
        raw_text=f"Jakarta (ANTARA) - isi {doc_id}",
        text=f"isi {doc_id}",
        offsets=[[0, 19, 7]],
        removed=[{"kind": "dateline", "text": "Jakarta (ANTARA) -", "raw_start": 0, "raw_end": 18}],
        language="id",
        meta={},
        notes=[],
        raw_hash=f"{doc_id:0>64}"[:64],
        content_hash=f"c{doc_id:0>63}"[:64],
    )
    fields.update(overrides)
    return Article(**fields)


def test_open_creates_and_migrates_schema_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with open_store(url) as store:
        assert store.count_articles() == 0
    with open_store(url) as store:  # a second open finds the schema in place
        store.add_articles([article("a")])
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    with sqlite3.connect(tmp_path / "w.db") as db:
        assert db.execute("select version_num from alembic_version").fetchall() == [(head,)]
        assert db.execute("select count(*) from articles").fetchone() == (1,)


def test_bare_path_is_accepted(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "polos.db")) as store:
        store.add_articles([article("a")])
    assert (tmp_path / "polos.db").exists()


def test_migrations_match_the_article_model(tmp_path: Path) -> None:
    # Later stages add their own tables in later migrations; this checks the articles table.
    def only_articles(_obj: object, name: str | None, type_: str, *_: object) -> bool:
        return type_ != "table" or name == "articles"

    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": only_articles})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_repository_round_trip(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        signature = [3, 2**32 - 1, 2**61, 0]
        store.add_articles(
            [
                article("asli", minhash=pack_signature(signature), published="2021-07-06"),
                article("salinan", duplicate_of="asli", duplicate_kind="near", similarity=0.9),
            ]
        )
        found = store.get_article("asli")
        assert found is not None
        assert found.removed[0]["kind"] == "dateline"
        assert found.offsets == [[0, 19, 7]]
        assert found.published == "2021-07-06"
        assert unpack_signature(store.get_minhash("asli") or b"") == signature
        assert store.get_article("tidak-ada") is None
        assert [a.doc_id for a in store.list_articles()] == ["asli", "salinan"]
        assert [a.doc_id for a in store.list_articles(include_duplicates=False)] == ["asli"]
        assert [a.doc_id for a in store.iter_articles(batch_size=1)] == ["asli"]
        assert [a.doc_id for a in store.iter_articles(include_duplicates=True)] == [
            "asli",
            "salinan",
        ]
        assert [a.doc_id for a in store.duplicates_of("asli")] == ["salinan"]
        assert store.count_articles(include_duplicates=False) == 1
        assert store.find_ids("sal") == ["salinan"]
        assert store.find_ids("%") == []  # LIKE wildcards are taken literally
        fingerprints = {f.doc_id: f for f in store.fingerprints()}
        assert fingerprints["salinan"].duplicate_of == "asli"


def test_a_batch_is_all_or_nothing(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        store.add_articles([article("a")])
        with pytest.raises(IntegrityError):
            store.add_articles([article("b"), article("a")])  # "a" again violates uniqueness
        assert [a.doc_id for a in store.list_articles()] == ["a"]


def test_duplicate_link_must_point_at_a_stored_article(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store, pytest.raises(IntegrityError):
        store.add_articles([article("yatim", duplicate_of="tidak-ada")])


def test_in_memory_database_works(tmp_path: Path) -> None:
    with open_store("sqlite://") as store:
        store.add_articles([article("a")])
        assert store.count_articles() == 1
