"""Latency of `warta timeline IDN RUS` and `warta search` with N articles' knowledge stored.

ArticleKnowledge objects are generated directly (no NLP): realistic sizes, states from
a weighted list so IDN-RUS is a busy pair, evidence sentences from bench_nlp's
generator. They are saved with KnowledgeStore.save_knowledge and the kb rebuilt; then
each query is timed through the CLI functions' own calls (median of repeats).

Usage: python bench/bench_queries.py [--articles 100000] [--db sqlite:///...|postgresql://...]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_nlp import TOPICS, _sentence  # noqa: E402

STATES = ["RUS", "CHN", "USA", "JPN", "AUS", "MYS", "SGP", "KOR", "IND", "FRA", "DEU", "TUR"]
TYPES = ["CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "REQUEST", "REJECT"]


def knowledge(i: int, rng: random.Random) -> tuple[object, object]:
    from warta.extract.types import Agreement, ArticleKnowledge, Event, Evidence
    from warta.store import Article

    sentences = [_sentence(rng) for _ in range(rng.randrange(4, 10))]
    text = " ".join(sentences)
    events, agreements, pos = [], [], 0
    for s in sentences[:3]:
        other = rng.choice(STATES)
        evidence = Evidence(text=s, start=pos, end=pos + len(s))
        date = f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}"
        events.append(
            Event(type=rng.choice(TYPES), actors=["state:IDN", f"state:{other}"],
                  source=["state:IDN"], target=[f"state:{other}"], countries=["IDN", other],
                  date=date, evidence=evidence)
        )  # fmt: skip
        if rng.random() < 0.1:
            agreements.append(
                # one name per party pair: warta.kb keys agreements by name alone
                Agreement(name=f"MoU {rng.choice(TOPICS)} IDN-{other}", parties=["IDN", other],
                          status="signed", date=date, evidence=evidence)
            )  # fmt: skip
        pos += len(s) + 1
    doc_id = f"k{i:07d}"
    article = Article(
        doc_id=doc_id, source=doc_id, source_format="txt", raw_text=text, text=text,
        offsets=[[0, len(text), 0]], removed=[], language="id", meta={}, notes=[],
        raw_hash=f"{i:064x}", content_hash=f"{i:064x}",
    )  # fmt: skip
    return article, ArticleKnowledge(
        id=doc_id, countries=sorted({c for e in events for c in e.countries}),
        events=events, agreements=agreements,
    )  # fmt: skip


def timed(function: object, repeats: int = 7) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/q.db"
    rng = random.Random(11)
    started = time.perf_counter()
    with open_store(url) as store:
        ks = KnowledgeStore(store)
        for start in range(0, args.articles, 1000):
            pairs = [knowledge(i, rng) for i in range(start, min(start + 1000, args.articles))]
            store.add_articles([a for a, _ in pairs])  # type: ignore[misc]
            ks.save_knowledge([(k, a.text) for a, k in pairs])  # type: ignore[attr-defined,misc]
        saved = time.perf_counter() - started
        started = time.perf_counter()
        kb = ks.rebuild()
        rebuilt = time.perf_counter() - started
        print(f"{args.articles} articles' knowledge on {store.engine.dialect.name}: saved in "
              f"{saved:.0f} s, rebuilt in {rebuilt:.0f} s ({len(kb.events)} events); peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")  # fmt: skip

        def timeline() -> int:
            actors = [ks.resolve_actor("IDN"), ks.resolve_actor("RUS")]
            events = ks.events_between(actors)  # type: ignore[arg-type]
            return len(events)

        def search() -> int:
            return len(ks.search("kerja sama ekonomi Rusia", 10))

        print(f"timeline IDN RUS: {timeline()} events, median {timed(timeline):.0f} ms")
        print(f"search 'kerja sama ekonomi Rusia': {search()} hits, median {timed(search):.0f} ms")


if __name__ == "__main__":
    main()
