"""The sample corpus (examples/) ingested and extracted once per test run, for the API,
schema and dashboard tests; each test copies the database before writing to it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@cache
def corpus_db() -> Path:
    """A SQLite file with examples/ ingested and the knowledge base built (made once)."""
    from warta.kb.update import update_knowledge
    from warta.pipeline import ingest_paths
    from warta.store import open_store

    path = Path(tempfile.mkdtemp(prefix="warta-api-corpus-")) / "corpus.db"
    with open_store(f"sqlite:///{path}") as store:
        ingest_paths([EXAMPLES], store, show_progress=False)
        update_knowledge(store, show_progress=False)
    with sqlite3.connect(path) as connection:  # fold the WAL in, so one file is the database
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def copy_of_corpus(folder: Path) -> str:
    target = folder / "warta.db"
    shutil.copyfile(corpus_db(), target)
    return f"sqlite:///{target}"


def test_corpus_has_knowledge() -> None:
    with sqlite3.connect(corpus_db()) as connection:
        events = connection.execute("SELECT count(*) FROM kb_events").fetchone()[0]
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles >= 15
    assert events > 10
