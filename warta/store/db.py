"""Engines and schema: connect (with SQLite set up for safe concurrent use) and migrate."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.pool import StaticPool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000  # wait this long for another writer before failing


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite connections get WAL, a busy timeout and foreign keys."""
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite") and _is_memory(url):
        # One shared connection, otherwise every connection sees its own empty database.
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
    return engine


def _is_memory(url: str) -> bool:
    return url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in url


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # The busy timeout first: switching to WAL needs a lock too, and without the
        # timeout it fails at once while another process is migrating the database.
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # WAL: readers (docs list) never block the ingest writer, and a killed writer
        # leaves only uncommitted frames behind, which SQLite discards on next open.
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        # With WAL, NORMAL never corrupts; a power cut may lose the last commit, which a
        # re-run of the (idempotent) ingest brings back.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """PRAGMA journal_mode=WAL, retried while locked. Two processes opening a brand-new
    file at once can both hold a read lock and want the exclusive one: SQLite then answers
    "database is locked" at once, without waiting the busy timeout (deadlock avoidance)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # '%' is interpolation syntax in ConfigParser: escape it in passwords and paths.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        _lock_for_migration(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


MIGRATION_LOCK_ID = 0x77617274  # "wart": PostgreSQL advisory lock key


def _lock_for_migration(connection: Connection) -> None:
    """One migrating process at a time: two processes opening a new database at once
    would both see it empty and both create the tables. The lock ends with the
    transaction; whoever comes second then finds the schema up to date."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, waiting busy_timeout
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_ID})
