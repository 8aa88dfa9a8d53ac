"""Throughput of the pipeline on generated news: tokenizer only, NLP, NLP + extraction
(clean -> NLP -> extract, as `warta extract` runs it) with 1 and 2 processes, and a mixed
stream (20% international relations) with and without the relevance filter.

Each measurement runs in a fresh subprocess; pipeline load time is measured on its own
and not counted in the rates (with 2 processes the parent loads it before forking).

Usage: python bench/bench_pipeline.py [--articles 400] [--mixed 1500]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _nlp_only(batch: list[tuple[str, str | None]]) -> list[int]:
    from warta.nlp import analyze_many

    return [len(doc) for doc in analyze_many(batch, len(batch))]


def _worker(mode: str, count: int) -> dict[str, object]:
    from corpus import articles

    from warta.ingest.types import RawDocument
    from warta.relevance import is_relevant
    from warta.workers import batched, extract_documents, ordered_map

    share = 0.2 if mode.startswith("mixed") else 1.0
    records = list(articles(count, share))
    words = sum(len(r["text"].split()) for r in records)
    started = time.perf_counter()
    from warta.nlp import load_pipeline

    nlp = load_pipeline()
    load_seconds = time.perf_counter() - started
    processes = 2 if mode.endswith("x2") else 1
    started = time.perf_counter()
    if mode == "tokenizer":
        for _ in nlp.tokenizer.pipe((r["text"] for r in records), batch_size=64):  # type: ignore[union-attr]
            pass
    elif mode.startswith("nlp"):
        pairs = ((r["text"], r["published"]) for r in records)
        for _ in ordered_map(_nlp_only, batched(pairs, 32), processes):
            pass
    else:
        keep = mode.startswith("mixed-filter")
        docs = (
            RawDocument(r["id"], r["id"], r["text"], "jsonl", published=r["published"])
            for r in records
            if not keep or is_relevant(r["text"])
        )
        for _ in ordered_map(extract_documents, batched(docs, 16), processes):
            pass
    seconds = time.perf_counter() - started
    return {
        "mode": mode,
        "articles": count,
        "words": words,
        "seconds": round(seconds, 2),
        "load_s": round(load_seconds, 1),
        "wps": round(words / seconds),
        "aps": round(count / seconds, 1),
    }


def _run(mode: str, count: int) -> dict[str, object]:
    command = [sys.executable, __file__, "--worker", mode, "--articles", str(count)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--mixed", type=int, default=1500)
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.articles)))
        return
    from bench_nlp import _machine

    print(f"machine: {_machine()}")
    rows = [_run(m, args.articles) for m in ("tokenizer", "nlp-x1", "nlp-x2", "full-x1", "full-x2")]
    rows += [_run(m, args.mixed) for m in ("mixed-all-x2", "mixed-filter-x2")]
    tokenizer = rows[0]["wps"]
    print(f"{'mode':<16} {'articles':>8} {'words':>8} {'s':>7} {'words/s':>9} {'art/s':>7} "
          f"{'vs tok':>7} {'load s':>6}")  # fmt: skip
    for row in rows:
        print(
            f"{row['mode']:<16} {row['articles']:>8} {row['words']:>8} {row['seconds']:>7} "
            f"{row['wps']:>9} {row['aps']:>7} {row['wps'] / tokenizer:>7.3f} {row['load_s']:>6}"  # type: ignore[operator]
        )
    by = {r["mode"]: r for r in rows}
    print(f"2 vs 1 process: NLP {by['nlp-x2']['wps'] / by['nlp-x1']['wps']:.2f}x, "  # type: ignore[operator]
          f"NLP+extraction {by['full-x2']['wps'] / by['full-x1']['wps']:.2f}x; "  # type: ignore[operator]
          f"relevance filter on the mixed stream: "
          f"{by['mixed-filter-x2']['aps'] / by['mixed-all-x2']['aps']:.2f}x")  # type: ignore[operator]  # fmt: skip


if __name__ == "__main__":
    main()
