"""Spark local[2] against `--workers 2` (warta.workers) on the same generated articles:
the overhead ratio of the Spark job (session start, JVM<->Python transfer, Parquet
writing) over the plain worker pool. Both include cleaning, NLP and extraction.

Usage: python bench/bench_spark.py [--articles 600]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    from corpus import write_jsonl

    from warta.ingest import RawDocument, iter_documents
    from warta.spark import local_session, run_extract
    from warta.workers import batched, extract_documents, ordered_map

    folder = Path(tempfile.mkdtemp())
    stream = write_jsonl(folder / "stream.jsonl", args.articles)
    started = time.perf_counter()
    docs = (d for d in iter_documents([stream]) if isinstance(d, RawDocument))
    for _ in ordered_map(extract_documents, batched(docs, 16), 2):
        pass
    pool_seconds = time.perf_counter() - started

    started = time.perf_counter()
    spark = local_session("local[2]")
    spark.sparkContext.setLogLevel("ERROR")
    session_seconds = time.perf_counter() - started
    run_extract(spark, [stream], str(folder / "out"), partitions=8)
    spark_seconds = time.perf_counter() - started
    spark.stop()
    ratio = spark_seconds / pool_seconds
    print(f"{args.articles} articles: --workers 2 {pool_seconds:.1f} s "
          f"({args.articles / pool_seconds:.1f} art/s); Spark local[2] {spark_seconds:.1f} s "
          f"(session start {session_seconds:.1f} s) -> overhead {ratio:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
