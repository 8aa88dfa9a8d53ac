"""Two `warta ingest` processes at once into the same store (SQLite in WAL mode with busy
timeouts, or PostgreSQL), over overlapping inputs: both finish, and every article is
stored once, none lost, each original with its knowledge."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from test_reliability_support import scalar, soundness_problems, warta_command, write_corpus

pytestmark = pytest.mark.slow  # subprocesses, servers or a browser: make test-fast skips

EACH = 100
EXTRA = 40  # the second input holds the first one's articles (same names, same order) and more


def start_ingest(corpus: Path, db_url: str, *extra: str) -> subprocess.Popen[str]:
    command = warta_command("ingest", str(corpus), "--db", db_url, "--no-progress",
                            "--batch-size", "10", *extra)  # fmt: skip
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_two_ingests_at_once_store_everything_exactly_once(tmp_path: Path, db_url: str) -> None:
    first, second = tmp_path / "satu", tmp_path / "dua"
    write_corpus(first, EACH)
    write_corpus(second, EACH + EXTRA)  # both race to store the same doc_ids at once
    # Same database created by both at once, too: the migration must not race either.
    processes = [start_ingest(first, db_url, "--all"), start_ingest(second, db_url, "--all")]
    outputs = [p.communicate(timeout=600) for p in processes]
    for process, (_out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err[-3000:]
        assert "Traceback" not in err, err[-3000:]

    total = EACH + EXTRA
    assert scalar(db_url, "SELECT count(*) FROM articles") == total
    assert scalar(db_url, "SELECT count(DISTINCT doc_id) FROM articles") == total
    assert scalar(db_url, "SELECT count(DISTINCT raw_hash) FROM articles") == total
    originals = scalar(db_url, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL")
    assert scalar(db_url, "SELECT count(*) FROM article_knowledge") == originals
    assert not soundness_problems(db_url)
