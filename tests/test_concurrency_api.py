"""The API under load from a second process on 127.0.0.1: concurrent clients reading
while ingest jobs are posted, for ~10 s (bench/load_api.py; 50 clients for 60 s in the
recorded run, docs/RELIABILITY.md): no 5xx, no dropped connection."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PG_SERVER
from test_api_corpus import copy_of_corpus

pytestmark = pytest.mark.slow  # subprocesses, servers or a browser: make test-fast skips

BENCH = Path(__file__).resolve().parents[1] / "bench" / "load_api.py"


@pytest.mark.skipif(bool(PG_SERVER), reason="the server's store is SQLite here; see the bench")
def test_api_under_concurrent_load_answers_without_5xx(tmp_path: Path) -> None:
    db = copy_of_corpus(tmp_path)
    command = [sys.executable, str(BENCH), "--db", db, "--clients", "20", "--seconds", "10",
               "--ingest-every", "1"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.stdout, result.stderr[-3000:]
    report = json.loads(result.stdout)
    print(report)
    assert report["server_errors_5xx"] == 0, report
    assert report["transport_errors"] == 0, report
    assert report["requests"] > 100, report
    assert report["ingest_jobs"] >= 5, report
    assert result.returncode == 0
