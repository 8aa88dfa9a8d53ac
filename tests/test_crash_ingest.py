"""SIGKILL at random points of `warta ingest` (reading, storing, extracting, rebuilding
the knowledge base, even migrating a new database), many times over, on SQLite and on
PostgreSQL: after every kill the database is sound, and a re-run completes the set with
nothing duplicated.

The suite kills 20 times (WARTA_CRASH_KILLS); bench/crash_ingest.py runs the same loop
with 100+ kills and records the result in docs/RELIABILITY.md.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_reliability_support import (
    data_tables,
    run_warta,
    scalar,
    soundness_problems,
    warta_command,
    write_corpus,
)

pytestmark = pytest.mark.slow  # subprocesses, servers or a browser: make test-fast skips

KILLS = int(os.environ.get("WARTA_CRASH_KILLS", "20"))
ARTICLES = 200
# The first ~1.5 s are start-up (imports, migrations): later kills land in the work.
DELAY_SECONDS = (0.3, 3.0)
# A worker process busy with NLP notices its parent is gone only when its batch is done.
ORPHAN_GRACE_SECONDS = 15.0


@dataclass
class CrashReport:
    kills: int = 0
    finished_before_kill: int = 0
    stored_after_kill: list[int] = field(default_factory=list)
    orphans: int = 0  # runs whose worker processes outlived the killed parent by 15 s
    lingered: int = 0  # runs whose workers outlived it at all (finishing their batch)
    max_linger_seconds: float = 0.0


def ingest_args(corpus: Path, db_url: str) -> list[str]:
    return ["ingest", str(corpus), "--db", db_url, "--no-progress", "--all",
            "--batch-size", "20"]  # fmt: skip


def kill_repeatedly(corpus: Path, db_url: str, kills: int, seed: int) -> CrashReport:
    """Start the ingest and SIGKILL it after a random delay, `kills` times; check the
    database after each kill."""
    rng = random.Random(seed)
    report = CrashReport()
    env = {**os.environ, "COLUMNS": "200"}
    for _ in range(kills):
        process = subprocess.Popen(
            warta_command(*ingest_args(corpus, db_url)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: workers can be found after
            env=env,
        )
        try:
            process.wait(timeout=rng.uniform(*DELAY_SECONDS))
            report.finished_before_kill += 1
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)  # the main process only, as a crash would
            process.wait(timeout=30)
            report.kills += 1
        linger = reap_group(process.pid)
        report.lingered += linger > 0
        report.orphans += linger >= ORPHAN_GRACE_SECONDS
        report.max_linger_seconds = round(max(report.max_linger_seconds, linger), 1)
        problems = soundness_problems(db_url)
        assert not problems, f"after kill {report.kills}: {problems}"
        migrated = "articles" in data_tables(db_url)
        report.stored_after_kill.append(
            scalar(db_url, "SELECT count(*) FROM articles") if migrated else 0
        )
    return report


def reap_group(pgid: int, grace: float = ORPHAN_GRACE_SECONDS) -> float:
    """How long processes of the killed ingest (NLP workers) outlived it: 0 when none did;
    `grace` when they were still there then (and are killed)."""
    started = time.monotonic()
    while (lingered := time.monotonic() - started) < grace:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return 0.0 if lingered < 0.2 else lingered
        time.sleep(0.1)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return lingered
    return grace


def test_sigkill_at_random_points_never_corrupts_and_a_rerun_completes(
    tmp_path: Path, db_url: str
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, ARTICLES)
    report = kill_repeatedly(corpus, db_url, KILLS, seed=KILLS)
    print(report)  # shown with -s; bench/crash_ingest.py records it
    assert report.kills >= KILLS // 2, report  # most runs were really cut short
    assert report.orphans == 0, f"{report.orphans} runs left worker processes behind"

    final = run_warta(*ingest_args(corpus, db_url), timeout=600)
    assert final.returncode == 0, final.stderr
    assert not soundness_problems(db_url)
    assert scalar(db_url, "SELECT count(*) FROM articles") == ARTICLES
    assert scalar(db_url, "SELECT count(DISTINCT doc_id) FROM articles") == ARTICLES
    originals = scalar(db_url, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL")
    assert scalar(db_url, "SELECT count(*) FROM article_knowledge") == originals
    again = run_warta(*ingest_args(corpus, db_url), timeout=600)
    assert again.returncode == 0, again.stderr
    assert scalar(db_url, "SELECT count(*) FROM articles") == ARTICLES
