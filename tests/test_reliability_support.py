"""Helpers shared by the reliability, crash, concurrency, security and backup tests.

(No tests here: a module named test_* so it sits with the tests that use it.)
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from sqlalchemy import create_engine, inspect, text

from warta.pipeline import IngestSummary, ingest_paths
from warta.store import Store

_VOCABULARY = """
menteri luar negeri indonesia rusia jepang china australia amerika kerja sama
perdagangan investasi pertahanan pendidikan kesehatan vaksin energi pertemuan
kunjungan perjanjian nota kesepahaman target nilai miliar dolar bilateral kawasan
asean delegasi presiden duta besar forum konsultasi ekonomi teknologi pangan pupuk
kapal pesawat latihan bersama bantuan kemanusiaan gempa protes kedaulatan perairan
"""
WORDS = tuple(_VOCABULARY.split())
LEAD = (
    "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergei Lavrov "
    "di Jakarta, Selasa (6/7/2021), dan menandatangani nota kesepahaman kerja sama energi."
)
REPO = Path(__file__).resolve().parents[1]


def article(seed: int, paragraphs: int = 3, words: int = 30) -> str:
    rng = random.Random(seed)
    body = [
        " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
        for _ in range(paragraphs)
    ]
    return "Jakarta (ANTARA) - " + LEAD + "\n\n" + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"berita-{i:05d}.txt"
        path.write_text(article(i), encoding="utf-8")
        paths.append(path)
    return paths


def quiet_ingest(paths: Sequence[Path], store: Store, **kwargs: object) -> IngestSummary:
    with open(os.devnull, "w") as sink:
        return ingest_paths(paths, store, console=Console(file=sink), show_progress=False, **kwargs)  # type: ignore[arg-type]


def warta_command(*args: str) -> list[str]:
    return [sys.executable, "-c", "from warta.cli import main; main()", *args]


def run_warta(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        warta_command(*args), capture_output=True, text=True, timeout=timeout, env=env
    )


def data_tables(url: str) -> list[str]:
    """Every table of the store except SQLite's FTS internals (derived from search_docs)."""
    engine = create_engine(url)
    try:
        names = inspect(engine).get_table_names()
    finally:
        engine.dispose()
    return sorted(n for n in names if not n.startswith("search_fts"))


def table_rows(url: str) -> dict[str, list[str]]:
    """All rows of all tables, each as a sorted list of reprs (backend-neutral)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                name: sorted(
                    repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{name}"'))
                )
                for name in data_tables(url)
            }
    finally:
        engine.dispose()


def checksum(url: str) -> str:
    """One hash over every row of every table."""
    digest = hashlib.sha256()
    for name, rows in sorted(table_rows(url).items()):
        digest.update(name.encode())
        for row in rows:
            digest.update(row.encode())
    return digest.hexdigest()


def scalar(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar() or 0)
    finally:
        engine.dispose()


# Orphans: rows that point at something no longer (or never) there.
ORPHAN_QUERIES = {
    "knowledge without article": (
        "SELECT count(*) FROM article_knowledge k "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = k.doc_id)"
    ),
    "band without article": (
        "SELECT count(*) FROM article_bands b "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = b.doc_id)"
    ),
    "search doc without article": (
        "SELECT count(*) FROM search_docs s "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = s.ref)"
    ),
    "duplicate link to nothing": (
        "SELECT count(*) FROM articles d WHERE d.duplicate_of IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.duplicate_of)"
    ),
    "half-written article": (
        "SELECT count(*) FROM articles WHERE text = '' OR minhash IS NULL OR raw_hash IS NULL"
    ),
    "original without its bands": (
        "SELECT count(*) FROM articles a WHERE a.duplicate_of IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.doc_id = a.doc_id)"
    ),
    "knowledge without its search docs": (
        "SELECT count(*) FROM article_knowledge k "
        "WHERE NOT EXISTS (SELECT 1 FROM search_docs s WHERE s.ref = k.doc_id)"
    ),
    "duplicated doc_id": "SELECT count(*) - count(DISTINCT doc_id) FROM articles",
}


def soundness_problems(url: str) -> list[str]:
    """What is wrong with the database: integrity, foreign keys, orphans, half-writes."""
    problems = []
    if url.startswith("sqlite"):
        import sqlite3

        path = url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
            if verdict != [("ok",)]:
                problems.append(f"integrity_check: {verdict}")
            if fk := conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign_key_check: {fk[:5]}")
            try:  # the full-text index agrees with search_docs
                conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    problems.append(f"search_fts: {exc}")
    tables = set(data_tables(url))
    for what, sql in ORPHAN_QUERIES.items():
        if not set(re.findall(r"FROM (\w+)", sql)) <= tables:  # killed before migrating
            continue
        if (count := scalar(url, sql)) != 0:
            problems.append(f"{what}: {count}")
    return problems
