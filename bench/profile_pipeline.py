"""cProfile of the full pipeline (clean -> NLP -> extraction) on generated news, one
process: the functions with the most own time and the most cumulative time.

Usage: python bench/profile_pipeline.py [--articles 150] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    from corpus import articles

    from warta.ingest.types import RawDocument
    from warta.nlp import load_pipeline
    from warta.workers import batched, extract_documents

    print("pipes:", load_pipeline().pipe_names)
    docs = [
        RawDocument(r["id"], r["id"], r["text"], "jsonl", published=r["published"])
        for r in articles(args.articles)
    ]
    profile = cProfile.Profile()
    profile.enable()
    for batch in batched(docs, 16):
        extract_documents(batch)
    profile.disable()
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
