"""Interrupted runs resume where they stopped, and running twice stores nothing twice:
ingest (articles, LSH bands, knowledge) and `warta extract -o FILE --resume`."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from rich.console import Console
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from warta.clean.dedup import NearDuplicateIndex, minhash_signature
from warta.cli import app
from warta.kb import update
from warta.pipeline import ingest_paths
from warta.store import Article, open_store, pack_signature
from warta.store import knowledge_models as m
from warta.store.db import alembic_config, make_engine
from warta.store.near_duplicates import BANDS, ROWS, ArticleBand

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


def quiet() -> Console:
    return Console(file=open(os.devnull, "w"))  # noqa: SIM115


def counts(db_url: str) -> tuple[int, int, int]:
    with open_store(db_url) as store, store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Article)) or 0,
            session.scalar(select(func.count()).select_from(ArticleBand)) or 0,
            session.scalar(select(func.count()).select_from(m.ArticleKnowledge)) or 0,
        )


def test_ingest_twice_stores_nothing_twice(db_url: str) -> None:
    args = ["ingest", str(EXAMPLES), "--db", db_url, "--no-progress", "-j", "2", "--resume"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    stored = counts(db_url)
    assert stored[0] >= 14 and stored[1] > 0 and stored[2] > 0
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert counts(db_url) == stored
    assert "ingested (new)" in second.output


def test_interrupted_extraction_resumes_with_the_rest(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(update, "BATCH_SIZE", 2)
    monkeypatch.setattr(update, "WRITE_BATCH_SIZE", 2)
    calls = 0
    real = update.extract_stored

    def interrupted_after_three_batches(batch: list[Any]) -> list[Any]:
        nonlocal calls
        calls += 1
        if calls > 3:
            raise KeyboardInterrupt
        return real(batch)

    with open_store(db_url) as store:
        ingest_paths([EXAMPLES], store, console=quiet(), show_progress=False)
        originals = store.count_articles(include_duplicates=False)
        monkeypatch.setattr(update, "extract_stored", interrupted_after_three_batches)
        with pytest.raises(KeyboardInterrupt):
            update.update_knowledge(store, show_progress=False)
        monkeypatch.setattr(update, "extract_stored", real)
        assert update.pending_count(store) == originals - 6
        resumed = update.update_knowledge(store, show_progress=False)
        assert resumed.extracted == originals - 6
        assert update.pending_count(store) == 0


def test_extract_resume_appends_only_missing_articles(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    full = runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "-j", "1"])
    assert full.exit_code == 0, full.output
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # an interrupted run: three articles written, the fourth cut mid-line
    out.write_text("".join(lines[:3]) + lines[3][:40], encoding="utf-8")
    resumed = runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "--resume", "-j", "2"])
    assert resumed.exit_code == 0, resumed.output
    again = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert again[:3] == lines[:3]
    assert sorted(again) == sorted(lines)  # each article exactly once, same knowledge
    assert "3 articles skipped" in resumed.output
    # finished: a further --resume adds nothing
    runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "--resume", "-j", "1"])
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == again


def test_extract_without_resume_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")
    single = EXAMPLES / "antara-ijepa-jepang.txt"
    assert runner.invoke(app, ["extract", str(single), "-o", str(out), "-j", "1"]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["antara-ijepa-jepang"]


def test_bands_match_datasketch_lsh_and_find_the_same_duplicates(
    db_url: str, tmp_path: Path
) -> None:
    index = NearDuplicateIndex()
    assert (index._lsh.b, index._lsh.r) == (BANDS, ROWS)
    rng = random.Random(3)
    words = "kerja sama ekonomi rusia indonesia menteri luar negeri kunjungan pertemuan".split()
    base = [" ".join(rng.choice(words) for _ in range(120)) for _ in range(4)]
    edited = [b.replace("rusia", "jepang", 1) for b in base]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, body in enumerate(base + edited):
        (folder / f"a{i}.txt").write_text(f"Jakarta - {body}.", encoding="utf-8")
    with open_store(db_url) as store:
        ingest_paths([folder], store, console=quiet(), show_progress=False)
        stored = {a.doc_id: a.duplicate_of for a in store.list_articles()}
    for i, body in enumerate(base):
        index.add(f"a{i}", minhash_signature(f"Jakarta - {body}."))
    for i in range(4, 8):
        found = index.query(minhash_signature(f"Jakarta - {edited[i - 4]}."))
        assert stored[f"a{i}"] == (found[0] if found else None)


def test_migration_backfills_bands_of_stored_originals(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_knowledge")
        connection.execute(
            text(
                "INSERT INTO articles (doc_id, source, source_format, raw_text, text, offsets, "
                "removed, language, meta, notes, raw_hash, content_hash, minhash, ingested_at) "
                "VALUES ('lama', 'x', 'txt', 't', 't', '[]', '[]', 'id', '{}', '[]', 'h', 'c', "
                ":minhash, '2024-01-01')"
            ),
            {"minhash": pack_signature(minhash_signature("satu dua tiga empat lima"))},
        )
    engine.dispose()
    with open_store(url) as store, store.session() as session:
        assert session.scalar(select(func.count()).select_from(ArticleBand)) == BANDS
