"""`warta backup` / `warta restore`: a restore gives back exactly what was backed up."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reliability_support import run_warta, table_rows, write_corpus

from warta.store.backup import BackupError, backup, postgres_commands, restore, sqlite_path


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store with articles, knowledge, the knowledge base and search index."""
    root = tmp_path_factory.mktemp("backup")
    write_corpus(root / "corpus", 6)
    db = root / "w.db"
    result = run_warta("ingest", str(root / "corpus"), "--db", str(db), "--no-progress")
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.slow
def test_restore_gives_back_exactly_what_was_backed_up(stored: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{stored}"
    before = table_rows(url)
    assert before["articles"] and before["article_knowledge"] and before["search_docs"]
    saved = tmp_path / "saved.db"
    result = run_warta("backup", str(saved), "--db", str(stored))
    assert result.returncode == 0, result.stderr
    assert "backed up" in result.stdout

    # into a fresh file
    fresh = tmp_path / "fresh.db"
    result = run_warta("restore", str(saved), "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    assert table_rows(f"sqlite:///{fresh}") == before

    # over a store that changed since: refused, then forced
    changed = tmp_path / "changed.db"
    backup(url, changed)
    write_corpus(tmp_path / "more", 2, start=100)
    assert run_warta("ingest", str(tmp_path / "more"), "--db", str(changed), "--no-progress",
                     "--no-extract").returncode == 0  # fmt: skip
    after_change = table_rows(f"sqlite:///{changed}")
    assert after_change != before
    refused = run_warta("restore", str(saved), "--db", str(changed))
    assert refused.returncode == 1
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert table_rows(f"sqlite:///{changed}") == after_change  # untouched
    forced = run_warta("restore", str(saved), "--db", str(changed), "--force")
    assert forced.returncode == 0, forced.stderr
    assert table_rows(f"sqlite:///{changed}") == before
    # the restored store still opens, migrates and reads
    listed = run_warta("docs", "list", "--db", str(changed))
    assert listed.returncode == 0, listed.stderr


def test_backup_refuses_to_overwrite_and_bad_inputs(stored: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{stored}"
    target = tmp_path / "b.db"
    backup(url, target)
    with pytest.raises(BackupError, match="exists already"):
        backup(url, target)
    backup(url, target, force=True)
    with pytest.raises(BackupError, match="no database"):
        backup(str(tmp_path / "missing.db"), tmp_path / "x.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="not a SQLite database"):
        restore(junk, str(tmp_path / "t.db"))
    with pytest.raises(BackupError, match="no backup file"):
        restore(tmp_path / "nothing.db", str(tmp_path / "t.db"))
    with pytest.raises(BackupError, match="in-memory"):
        sqlite_path("sqlite://")


def test_postgres_is_refused_with_the_commands_to_use() -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/warta"
    with pytest.raises(BackupError, match="pg_dump") as caught:
        sqlite_path(url)
    assert "postgresql://postgres@127.0.0.1:5432/warta" in str(caught.value)
    assert "pg_restore" in postgres_commands(url)
    result = run_warta("backup", "x.db", "--db", url)
    assert result.returncode == 1
    assert "pg_dump --format=custom" in result.stderr


def test_backup_refuses_a_missing_folder_and_creates_none(stored: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{stored}"
    target = tmp_path / "tidak-ada" / "lagi" / "b.db"
    with pytest.raises(BackupError, match="folder .*tidak-ada/lagi does not exist"):
        backup(url, target)
    assert not (tmp_path / "tidak-ada").exists()
    saved = tmp_path / "b.db"
    backup(url, saved)
    with pytest.raises(BackupError, match="does not exist: create it first"):
        restore(saved, str(tmp_path / "tidak-ada" / "w.db"))
    assert not (tmp_path / "tidak-ada").exists()


def _sqlite_with(path: Path, *statements: str) -> Path:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    return path


def test_restore_takes_only_a_warta_store_of_a_known_schema_version(
    stored: Path, tmp_path: Path
) -> None:
    target = tmp_path / "w.db"
    backup(f"sqlite:///{stored}", target)  # a store holding data, to be left untouched
    before = target.read_bytes()
    articles = "CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT)"
    lookalike = _sqlite_with(
        tmp_path / "mirip.db", articles, "INSERT INTO articles VALUES (1, 'x')"
    )
    newer = _sqlite_with(
        tmp_path / "baru.db",
        articles,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "INSERT INTO alembic_version VALUES ('9999_future')",
    )
    for bad, reason in ((lookalike, "no schema version"), (newer, "'9999_future'")):
        with pytest.raises(BackupError, match=reason):
            restore(bad, str(target), force=True)
        assert target.read_bytes() == before  # checked before anything was touched
    saved = tmp_path / "simpan.db"
    backup(f"sqlite:///{stored}", saved)
    restore(saved, str(target), force=True)  # a real backup still goes in
