"""The ingest pipeline end to end on real SQLite files: idempotency, duplicates,
problems, and an ingest killed half-way."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

from warta.pipeline import IngestSummary, ingest_paths
from warta.store import Store, open_store

_VOCABULARY = """
menteri luar negeri indonesia rusia jepang china australia amerika kerja sama
perdagangan investasi pertahanan pendidikan kesehatan vaksin energi pertemuan
kunjungan perjanjian nota kesepahaman target nilai miliar dolar bilateral kawasan
asean delegasi presiden duta besar forum konsultasi ekonomi teknologi pangan pupuk
kapal pesawat latihan bersama bantuan kemanusiaan gempa protes kedaulatan perairan
"""
WORDS = tuple(_VOCABULARY.split())


def paragraph(rng: random.Random, words: int = 45) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def article_text(seed: int, paragraphs: int = 8) -> list[str]:
    rng = random.Random(seed)
    return [paragraph(rng) for _ in range(paragraphs)]


def write_article(path: Path, paragraphs: list[str], dateline: str = "Jakarta (ANTARA) - ") -> None:
    path.write_text(dateline + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def run(paths: list[Path], store: Store) -> IngestSummary:
    return ingest_paths(
        paths, store, console=Console(file=open(os.devnull, "w")), show_progress=False
    )


def table_snapshot(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select * from articles order by id").fetchall()


def test_reingest_stores_nothing_and_changes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        write_article(corpus / f"berita-{i}.txt", article_text(i))
    (corpus / "kumpulan.jsonl").write_text(
        "\n".join(
            json.dumps({"id": f"r{i}", "text": " ".join(article_text(100 + i))}) for i in range(3)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        first = run([corpus], store)
        assert (first.ingested, first.unchanged, first.duplicates) == (9, 0, 0)
        assert first.exit_code() == 0
    before = table_snapshot(db)
    with open_store(str(db)) as store:
        second = run([corpus], store)
    assert (second.ingested, second.unchanged, second.duplicates) == (0, 9, 0)
    assert second.exit_code() == 0
    assert table_snapshot(db) == before


def test_stored_article_keeps_raw_clean_text_hashes_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "satu.txt"
    write_article(path, article_text(1))
    with open_store(str(tmp_path / "w.db")) as store:
        run([path], store)
        stored = store.get_article("satu")
    assert stored is not None
    assert stored.raw_text == path.read_text(encoding="utf-8")
    assert stored.text and stored.text in stored.raw_text
    assert stored.source == str(path)
    assert len(stored.raw_hash) == 64 and len(stored.content_hash) == 64
    assert stored.minhash and stored.duplicate_of is None


def test_exact_and_near_duplicates_are_linked_to_the_original(tmp_path: Path) -> None:
    original = article_text(7, paragraphs=15)
    near = list(original)
    near[4] = paragraph(random.Random(999))  # a syndicated copy with one paragraph changed
    write_article(tmp_path / "a-asli.txt", original)
    write_article(tmp_path / "b-sama-persis.txt", original, dateline="Jakarta, MINA – ")
    write_article(tmp_path / "c-sindikasi.txt", near)
    write_article(tmp_path / "d-lain.txt", article_text(8, paragraphs=15))
    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        summary = run([tmp_path], store)
        assert (summary.ingested, summary.exact_duplicates, summary.near_duplicates) == (2, 1, 1)
        exact = store.get_article("b-sama-persis")
        near_copy = store.get_article("c-sindikasi")
        other = store.get_article("d-lain")
    assert exact is not None and near_copy is not None and other is not None
    assert (exact.duplicate_of, exact.duplicate_kind, exact.similarity) == ("a-asli", "exact", 1.0)
    assert near_copy.duplicate_of == "a-asli" and near_copy.duplicate_kind == "near"
    assert near_copy.similarity is not None and 0.7 <= near_copy.similarity < 1.0
    assert other.duplicate_of is None


def test_duplicates_are_found_across_runs_from_the_stored_signatures(tmp_path: Path) -> None:
    original = article_text(11, paragraphs=15)
    first, later = tmp_path / "run1", tmp_path / "run2"
    first.mkdir()
    later.mkdir()
    write_article(first / "asli.txt", original)
    changed = list(original)
    changed[2] = paragraph(random.Random(5))
    write_article(later / "salinan.txt", changed)
    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        run([first], store)
    with open_store(str(db)) as store:  # a new process would rebuild the index the same way
        summary = run([later], store)
        copy = store.get_article("salinan")
    assert summary.near_duplicates == 1
    assert copy is not None and copy.duplicate_of == "asli"


def test_same_id_with_other_text_gets_a_stable_variant(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    write_article(tmp_path / "x" / "berita.txt", article_text(1))
    write_article(tmp_path / "y" / "berita.txt", article_text(2))
    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        summary = run([tmp_path], store)
        assert summary.ingested == 2
        [(original, renamed)] = summary.renamed
        assert original == "berita" and renamed.startswith("berita-")
        again = run([tmp_path], store)
        assert (again.ingested, again.unchanged, again.renamed) == (0, 2, [])
        assert {a.doc_id for a in store.list_articles()} == {"berita", renamed}


def test_problems_are_counted_and_skipped(tmp_path: Path) -> None:
    write_article(tmp_path / "baik.txt", article_text(3))
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "rusak.jsonl").write_text('{"text": "a"\n', encoding="utf-8")
    with open_store(str(tmp_path / "w.db")) as store:
        summary = run([tmp_path], store)
    assert summary.ingested == 1
    assert sorted(str(p) for p in summary.problems) == [
        f"{tmp_path / 'kosong.txt'}: empty file",
        f"{tmp_path / 'rusak.jsonl'}:line 1: invalid JSON: Expecting ',' delimiter (column 13)",
    ]
    assert summary.exit_code() == 0
    assert summary.exit_code(strict=True) == 1


def test_nothing_ingestable_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "kosong.txt").write_bytes(b"")
    with open_store(str(tmp_path / "w.db")) as store:
        assert run([tmp_path], store).exit_code() == 1
        assert run([tmp_path / "tidak-ada"], store).exit_code() == 1


@pytest.mark.slow
def test_killed_ingest_leaves_a_sound_database_and_a_rerun_finishes(tmp_path: Path) -> None:
    corpus = tmp_path / "besar"
    corpus.mkdir()
    total = 2500
    for i in range(total):
        rng = random.Random(i)
        (corpus / f"b{i:05d}.txt").write_text(
            "Jakarta (ANTARA) - " + " ".join(paragraph(rng, 30) for _ in range(3)), encoding="utf-8"
        )
    db = tmp_path / "w.db"
    command = [
        sys.executable,
        "-c",
        "from warta.cli import main; main()",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "25",
        "--no-progress",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and process.poll() is None:
            stored = _count(db)
            if stored >= 100:
                break
            time.sleep(0.05)
        assert process.poll() is None, "ingest ended before it could be interrupted"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = conn.execute("select count(*) from articles").fetchone()[0]
        incomplete = conn.execute(
            "select count(*) from articles where text = '' or minhash is null"
        ).fetchone()[0]
    assert 0 < stored < total
    assert incomplete == 0
    # Whole batches only: the last commit is a multiple of the batch size (or a timed flush).
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == total
        assert conn.execute("select count(distinct doc_id) from articles").fetchone()[0] == total
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    unchanged = re.search(r"unchanged \(already present\)\s*│\s*(\d+)", rerun.stdout)
    assert unchanged is not None and int(unchanged.group(1)) == stored


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0
