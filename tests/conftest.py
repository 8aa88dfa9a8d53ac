"""Shared fixtures.

`db_url` is a fresh, empty database for one test: a SQLite file by default, or a new
database on the PostgreSQL server named by $WARTA_TEST_PG (CI runs the suite both ways).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PG_SERVER = os.environ.get(
    "WARTA_TEST_PG"
)  # e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    if not PG_SERVER:
        yield f"sqlite:///{tmp_path / 'warta.db'}"
        return
    from sqlalchemy import create_engine, text

    name = f"warta_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_SERVER.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def requires_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is absent")
