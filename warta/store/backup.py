"""Back up and restore a SQLite store with SQLite's online backup API.

The backup is a consistent snapshot even while an ingest or the API writes to the
database (the API copies pages under SQLite's own locking). PostgreSQL stores are
backed up with the server's tools; `postgres_commands` says which.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from warta.config import database_url

# Tables that say nothing about the data: a database holding only these is empty.
# (knowledge_state holds counters that every migrated store has from the start.)
BOOKKEEPING_TABLES = frozenset({"alembic_version", "sqlite_sequence", "knowledge_state"})
# Tables every schema version has had since the first (0001_articles).
REQUIRED_TABLES = frozenset({"articles", "alembic_version"})


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class Copied:
    source: str
    target: str
    pages: int
    rows: int


def sqlite_path(url: str | None) -> Path:
    """The database file of a SQLite URL (or bare path). Raises BackupError otherwise."""
    resolved = make_url(database_url(url))
    if resolved.get_backend_name() == "postgresql":
        raise BackupError(postgres_commands(resolved.render_as_string(hide_password=False)))
    if resolved.get_backend_name() != "sqlite":
        raise BackupError(f"backup supports SQLite and PostgreSQL only, not {resolved.drivername}")
    if not resolved.database or resolved.database == ":memory:":
        raise BackupError("an in-memory database cannot be backed up")
    return Path(resolved.database)


def postgres_commands(url: str) -> str:
    """What to run instead for a PostgreSQL store."""
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return (
        "PostgreSQL stores are backed up with the server's own tools:\n"
        f"  backup:  pg_dump --format=custom --file=FILE '{libpq}'\n"
        f"  restore: pg_restore --clean --if-exists --no-owner --dbname='{libpq}' FILE"
    )


def backup(url: str | None, target: Path, *, force: bool = False) -> Copied:
    """Copy the store at `url` into the new SQLite file `target`."""
    source = sqlite_path(url)
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if target.exists() and not force:
        raise BackupError(f"{target} exists already: choose another file or use --force")
    if target.resolve() == source.resolve():
        raise BackupError("the backup file cannot be the database itself")
    _check_folder(target, "backup")
    target.unlink(missing_ok=True)
    return _copy(source, target)


def restore(backup_file: Path, url: str | None, *, force: bool = False) -> Copied:
    """Replace the store at `url` with the backup. Refuses to overwrite data unless `force`."""
    target = sqlite_path(url)
    if not backup_file.is_file():
        raise BackupError(f"no backup file at {backup_file}")
    if backup_file.resolve() == (target.resolve() if target.exists() else target):
        raise BackupError("the backup file is the database itself")
    _check_folder(target, "database")
    _check_backup(backup_file)
    if target.exists() and (rows := count_rows(target)) and not force:
        raise BackupError(
            f"{target} is not empty ({rows} rows): restoring would replace them; "
            "use --force to overwrite"
        )
    return _copy(backup_file, target)


def count_rows(path: Path) -> int:
    """Rows in the data tables of a SQLite file (bookkeeping tables not counted)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return sum(
            conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # names from the schema
            for name in data_tables(conn)
        )


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """The ordinary tables holding data (not FTS shadow tables, not bookkeeping)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    virtual = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    shadow = {n for n in names for v in virtual if n.startswith(v + "_")}
    return [n for n in names if n not in BOOKKEEPING_TABLES and n not in shadow]


def _check_folder(path: Path, what: str) -> None:
    """Refuse a file in a folder that does not exist: a typo in the path should not
    quietly create directories (and a backup land where nobody looks for it)."""
    folder = path.parent
    if not folder.is_dir():
        state = "is not a directory" if folder.exists() else "does not exist"
        raise BackupError(f"the {what} file's folder {folder} {state}: create it first")


def known_schema_versions() -> list[str]:
    """Every schema version (Alembic revision) this warta can open, oldest first."""
    from alembic.script import ScriptDirectory

    from warta.store.db import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [revision.revision for revision in reversed(list(scripts.walk_revisions()))]


def _check_backup(path: Path) -> None:
    """A sound SQLite file holding a warta store of a schema version this warta knows:
    checked before anything of the target is touched."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            versions = (
                [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a SQLite database ({exc})") from exc
    if verdict != "ok":
        raise BackupError(f"{path} is damaged: integrity check says {verdict!r}")
    if "articles" not in tables:
        raise BackupError(f"{path} is a SQLite database but not a warta backup (no articles)")
    known = known_schema_versions()
    if len(versions) != 1:
        raise BackupError(
            f"{path} is not a warta backup: it has no schema version (alembic_version); "
            f"this warta knows {', '.join(known)}"
        )
    if versions[0] not in known:
        raise BackupError(
            f"{path} has schema version {versions[0]!r}, which this warta does not know "
            f"(it knows {', '.join(known)}): made by a newer or another program? "
            "Restore it with the warta that wrote it"
        )
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        raise BackupError(
            f"{path} says schema version {versions[0]} but lacks the tables {', '.join(missing)}"
        )


def _copy(source: Path, target: Path) -> Copied:
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target, timeout=30)) as dst,
    ):
        src.backup(dst)
        pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
    return Copied(str(source), str(target), pages, count_rows(target))
