"""SIGKILL `warta ingest` at random points many times (default 100), checking the store
after every kill, then let a run finish and check nothing is missing or duplicated.

    python bench/crash_ingest.py --kills 100 [--db URL] [--articles 300]

The same loop as tests/test_crash_ingest.py (which kills 20 times); prints a JSON report.
Without --db a SQLite file in a temporary directory is used.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from test_crash_ingest import ingest_args, kill_repeatedly  # noqa: E402
from test_reliability_support import (  # noqa: E402
    run_warta,
    scalar,
    soundness_problems,
    write_corpus,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warta-crash-") as folder:
        root = Path(folder)
        db = args.db or f"sqlite:///{root / 'w.db'}"
        corpus = root / "corpus"
        write_corpus(corpus, args.articles)
        started = time.monotonic()
        report = kill_repeatedly(corpus, db, args.kills, args.seed)
        final = run_warta(*ingest_args(corpus, db), timeout=1800)
        result = {
            **asdict(report),
            "stored_after_kill": report.stored_after_kill[-10:],
            "articles": args.articles,
            "backend": db.split(":", 1)[0],
            "final_run_exit": final.returncode,
            "stored": scalar(db, "SELECT count(*) FROM articles"),
            "distinct_doc_ids": scalar(db, "SELECT count(DISTINCT doc_id) FROM articles"),
            "with_knowledge": scalar(db, "SELECT count(*) FROM article_knowledge"),
            "problems": soundness_problems(db),
            "minutes": round((time.monotonic() - started) / 60, 1),
        }
    print(json.dumps(result, indent=2))
    ok = (
        not result["problems"]
        and result["final_run_exit"] == 0
        and result["stored"] == result["distinct_doc_ids"] == args.articles
        and report.orphans == 0
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
