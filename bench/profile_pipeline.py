"""cProfile of the full pipeline (clean -> NLP -> extraction) on generated news, one
process: first the CPU time of each stage without the profiler, then the profile: the
share of each stage, the functions with the most own time and the most cumulative time.

CPU time (not wall time) is measured, so a busy machine changes the figures less; compare
runs with the same --articles. The profiler adds much to the time of small Python
functions, so its shares overstate the Python stages (clean, extraction): the stage CPU
times without it are the ones to compare.

Usage: python bench/profile_pipeline.py [--articles 150] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from warta.ingest.types import RawDocument  # noqa: E402

# (label, file suffix, function) of the stage entry points whose cumulative time is shown
STAGES = [
    ("clean", "warta/workers.py", "clean_all"),
    ("NLP", "warta/nlp/api.py", "analyze_many"),
    ("extraction", "warta/extract/__init__.py", "extract_article"),
    ("  actors", "warta/actors/__init__.py", "resolve_actors"),
    ("  events", "warta/extract/events.py", "extract_events"),
    ("  quantities", "warta/extract/quantities.py", "extract_quantities"),
    ("  agreements", "warta/extract/agreements.py", "extract_agreements"),
    ("  dates", "warta/extract/dates.py", "sentence_dates"),
]


def _cumulative(stats: pstats.Stats, suffix: str, function: str) -> float:
    for (filename, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        if name == function and filename.replace("\\", "/").endswith(suffix):
            return float(row[3])
    return 0.0


def _stage_times(docs: list[RawDocument], words: int) -> None:
    """CPU seconds of clean, NLP and extraction, each over all articles, no profiler."""
    from warta.extract import extract_article
    from warta.nlp import analyze_many
    from warta.workers import batched, clean_all

    started = time.process_time()
    cleaned = [c for c in clean_all(docs) if not isinstance(c, str)]
    clean_s = time.process_time() - started
    published = {d.doc_id: d.published for d in docs}
    started = time.process_time()
    parsed = []
    for batch in batched(cleaned, 16):
        parsed += analyze_many(((c.text, published[c.doc_id]) for c in batch), len(batch))
    nlp_s = time.process_time() - started
    started = time.process_time()
    for clean, doc in zip(cleaned, parsed, strict=True):
        extract_article(clean, doc, clean.doc_id)
    extract_s = time.process_time() - started
    total = clean_s + nlp_s + extract_s
    print(f"{len(docs)} articles, {words} words; CPU s without the profiler:")
    for label, seconds in (("clean", clean_s), ("NLP", nlp_s), ("extraction", extract_s)):
        print(f"  {label:<14} {seconds:7.3f} s  {100 * seconds / total:5.1f}%")
    print(f"  {'total':<14} {total:7.3f} s  -> {words / total:.0f} words/s in one process")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    from corpus import articles

    from warta.nlp import load_pipeline
    from warta.workers import batched, extract_documents

    print("pipes:", load_pipeline().pipe_names)
    docs = [
        RawDocument(r["id"], r["id"], r["text"], "jsonl", published=r["published"])
        for r in articles(args.articles)
    ]
    words = sum(len(d.text.split()) for d in docs)
    extract_documents(docs[:4])  # lexicons and patterns load on first use, not measured
    _stage_times(docs, words)
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    for batch in batched(docs, 16):
        extract_documents(batch)
    profile.disable()
    cpu = time.process_time() - started
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"profiled: {cpu:.2f} CPU s; share of the profiled time by stage:")
    for label, suffix, function in STAGES:
        seconds = _cumulative(stats, suffix, function)
        print(f"  {label:<14} {seconds:7.3f} s  {100 * seconds / total:5.1f}%")
    stats.strip_dirs()
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
