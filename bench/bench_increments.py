"""Adding 100 articles to a knowledge base of N extracted articles, against a full rebuild.

For each size N a store is filled with N generated extractions (bench_queries' generator:
3 events per article between IDN and one of 12 states, agreements in 10%; saved without
increments, as a bulk load does) and rebuilt; then batches of 100 new extractions are
saved with `KnowledgeStore.save_knowledge`, which consolidates them by increments in the
same transaction. Each phase runs in its own process, so each peak RSS is its own.

Printed per size: the full rebuild (time, peak RSS), and adding 100 (median time of
--repeats batches, peak RSS); then the ratio of the largest size's add time to the
smallest's (the target: at most 2x from 10k to 1M).

Usage: python bench/bench_increments.py [--sizes 10000 100000] [--repeats 3]
                                        [--pg postgresql+psycopg://...]  (a server: a new
                                        database per size is made in it)
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_queries import knowledge, reset_peak_rss, rss_mb  # noqa: E402

ADDED = 100


def fill(url: str, articles: int) -> dict[str, Any]:
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    rng = random.Random(11)
    started = time.perf_counter()
    with open_store(url) as store:
        ks = KnowledgeStore(store)
        for start in range(0, articles, 1000):
            pairs = [knowledge(i, rng) for i in range(start, min(start + 1000, articles))]
            store.add_articles([a for a, _ in pairs])  # type: ignore[misc]
            ks.save_knowledge(
                [(k, a.text) for a, k in pairs],  # type: ignore[attr-defined,misc]
                consolidate=False,
            )
        saved = time.perf_counter() - started
        return {"saved_s": saved, **rebuild(ks)}


def rebuild(ks: Any) -> dict[str, Any]:
    before = rss_mb("VmRSS")
    reset_peak_rss()
    started = time.perf_counter()
    ks.rebuild(force=True)
    return {
        "rebuild_s": time.perf_counter() - started,
        "rebuild_rss_before_mb": before,
        "rebuild_peak_mb": rss_mb("VmHWM"),
        "counts": ks.counts(),
    }


def add(url: str, first: int, repeats: int) -> dict[str, Any]:
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    rng = random.Random(first)
    times = []
    with open_store(url) as store:
        ks = KnowledgeStore(store)
        assert ks.up_to_date()
        before = rss_mb("VmRSS")
        reset_peak_rss()
        for r in range(repeats):
            start = first + r * ADDED
            pairs = [knowledge(i, rng) for i in range(start, start + ADDED)]
            store.add_articles([a for a, _ in pairs])  # type: ignore[misc]
            started = time.perf_counter()
            ks.save_knowledge([(k, a.text) for a, k in pairs])  # type: ignore[attr-defined,misc]
            times.append(time.perf_counter() - started)
        peak = rss_mb("VmHWM")
        current = ks.up_to_date()
    return {
        "add_s": statistics.median(times),
        "add_times_s": times,
        "add_rss_before_mb": before,
        "add_peak_mb": peak,
        "current": current,
    }


def in_process(phase: str, url: str, *args: int) -> dict[str, Any]:
    """Run one phase in a fresh interpreter: its peak RSS is its own."""
    command = [sys.executable, __file__, "--phase", phase, "--url", url, *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def database(pg: str | None, directory: Path, size: int) -> str:
    if not pg:
        return f"sqlite:///{directory / f'kb{size}.db'}"
    from sqlalchemy import create_engine, text

    name = f"warta_bench_{uuid.uuid4().hex[:8]}"
    with create_engine(pg, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return f"{pg.rsplit('/', 1)[0]}/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pg", default=None)
    parser.add_argument("--phase", choices=["fill", "add", "rebuild"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("numbers", type=int, nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "fill":
        print(json.dumps(fill(args.url, *args.numbers)))
        return
    if args.phase == "add":
        print(json.dumps(add(args.url, *args.numbers)))
        return
    if args.phase == "rebuild":
        from warta.kb.repository import KnowledgeStore
        from warta.store import open_store

        with open_store(args.url) as store:
            print(json.dumps(rebuild(KnowledgeStore(store))))
        return
    directory = Path(tempfile.mkdtemp(prefix="warta-bench-inc-"))
    results = {}
    for size in args.sizes:
        url = database(args.pg, directory, size)
        filled = in_process("fill", url, size)
        added = in_process("add", url, size, args.repeats)
        rebuilt = in_process("rebuild", url)
        results[size] = {**filled, **added, "rebuild_again": rebuilt}
        print(
            f"{size:>9,} extracted: rebuild {filled['rebuild_s']:.1f} s, peak "
            f"{filled['rebuild_peak_mb']:.0f} MB (from {filled['rebuild_rss_before_mb']:.0f}); "
            f"rebuild again {rebuilt['rebuild_s']:.1f} s, peak {rebuilt['rebuild_peak_mb']:.0f} MB"
            f"; add {ADDED}: {added['add_s']:.2f} s (median of {args.repeats}: "
            f"{', '.join(f'{t:.2f}' for t in added['add_times_s'])}), peak "
            f"{added['add_peak_mb']:.0f} MB (from {added['add_rss_before_mb']:.0f}), "
            f"current: {added['current']}",
            flush=True,
        )
    small, large = min(results), max(results)
    if small != large:
        ratio = results[large]["add_s"] / results[small]["add_s"]
        print(f"add {ADDED}: {large:,} vs {small:,} extracted: {ratio:.2f}x")


if __name__ == "__main__":
    main()
