"""Streaming ingest (read -> clean -> dedup -> relevance -> store, no extraction) of a
generated mixed JSONL stream (20% international relations): articles/s and peak memory,
with the resident memory sampled along the way to show whether it grows.

Each size runs in a fresh subprocess (ru_maxrss is that run's own peak).
Usage: python bench/bench_ingest.py [--sizes 10000 100000] [--pg URL]
  (start PostgreSQL with `.ci/postgres.sh start DIR`, which prints its URL)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _worker(count: int, url: str | None) -> dict[str, object]:
    from corpus import write_jsonl
    from rich.console import Console

    from warta.pipeline import ingest_paths
    from warta.relevance import is_relevant
    from warta.store import open_store

    folder = Path(tempfile.mkdtemp())
    stream = write_jsonl(folder / "stream.jsonl", count, ir_share=0.2)
    url = url or f"sqlite:///{folder / 'w.db'}"
    samples: list[float] = []

    def sampled(text: str, title: str | None) -> bool:
        if len(samples) * max(count // 10, 1) <= sampled.calls:  # type: ignore[attr-defined]
            samples.append(round(_rss_mb()))
            # Also as it goes (stderr), so a long run that is stopped still shows the trend.
            print(f"{sampled.calls} articles: RSS {samples[-1]} MB", file=sys.stderr, flush=True)  # type: ignore[attr-defined]
        sampled.calls += 1  # type: ignore[attr-defined]
        return is_relevant(text, title)

    sampled.calls = 0  # type: ignore[attr-defined]
    with open_store(url) as store:
        started = time.perf_counter()
        summary = ingest_paths(
            [stream], store, console=Console(file=open(os.devnull, "w")),  # noqa: SIM115
            show_progress=False, relevance=sampled,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        dialect = store.engine.dialect.name
    return {
        "db": dialect,
        "articles": count,
        "stored": summary.ingested + summary.duplicates,
        "seconds": round(seconds, 1),
        "aps": round(count / seconds, 1),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_mb_every_10pct": samples,
    }


def _run(count: int, url: str | None) -> dict[str, object]:
    command = [sys.executable, __file__, "--worker", str(count)]
    if url:
        command += ["--pg", url]
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--pg", default=None, help="also ingest into this PostgreSQL URL")
    parser.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.pg)))
        return
    rows = [_run(size, None) for size in args.sizes]
    if args.pg:
        rows.append(_run(args.sizes[0], args.pg))
    for row in rows:
        print(json.dumps(row))
    base = rows[0]
    for row in rows[1:]:
        print(f"{row['db']} {row['articles']} vs {base['db']} {base['articles']}: "
              f"peak memory {row['peak_mb'] / base['peak_mb']:.2f}x, "  # type: ignore[operator]
              f"rate {row['aps'] / base['aps']:.2f}x")  # type: ignore[operator]  # fmt: skip


if __name__ == "__main__":
    main()
