"""Latency of `warta timeline IDN RUS` and `warta search` with N articles' knowledge stored.

ArticleKnowledge objects are generated directly (no NLP): realistic sizes, states from
a weighted list so IDN-RUS is a busy pair, evidence sentences from bench_nlp's
generator. They are saved with KnowledgeStore.save_knowledge and the kb rebuilt; then
each query is timed through the CLI functions' own calls (median of repeats).

The rebuild is measured on its own too: its time, the RSS before it and its peak RSS
(Linux: the peak is reset before the rebuild through /proc/self/clear_refs), and the
time of a second rebuild() that finds the knowledge base up to date.

Usage: python bench/bench_queries.py [--articles 100000] [--db sqlite:///...|postgresql://...]
                                     [--rebuild-only]  (an existing --db: rebuild it, forced)
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


def rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process in MB; 0 where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
        return True
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--rebuild-only", action="store_true",
                        help="rebuild the knowledge base of an existing --db (forced), nothing "
                             "saved first")  # fmt: skip
    args = parser.parse_args()
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    if args.rebuild_only and not args.db:
        parser.error("--rebuild-only needs --db")
    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/q.db"
    rng = random.Random(11)
    started = time.perf_counter()
    with open_store(url) as store:
        ks = KnowledgeStore(store)
        for start in range(0, 0 if args.rebuild_only else args.articles, 1000):
            pairs = [knowledge(i, rng) for i in range(start, min(start + 1000, args.articles))]
            store.add_articles([a for a, _ in pairs])  # type: ignore[misc]
            ks.save_knowledge([(k, a.text) for a, k in pairs])  # type: ignore[attr-defined,misc]
        saved = time.perf_counter() - started
        before = rss_mb("VmRSS")
        peak_reset = reset_peak_rss()
        started = time.perf_counter()
        kb = ks.rebuild(force=args.rebuild_only)
        rebuilt = time.perf_counter() - started
        assert kb is not None
        peak = rss_mb("VmHWM") if peak_reset else float("nan")
        articles = store.count_articles() if args.rebuild_only else args.articles
        print(f"{articles} articles' knowledge on {store.engine.dialect.name}: saved in "
              f"{saved:.0f} s, rebuilt in {rebuilt:.1f} s ({len(kb.events)} events); peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")  # fmt: skip
        print(f"rebuild: {rebuilt:.1f} s, RSS before {before:.0f} MB, peak RSS during it "
              f"{peak:.0f} MB (+{peak - before:.0f} MB)")  # fmt: skip
        del kb
        started = time.perf_counter()
        skipped = ks.rebuild()
        print(f"rebuild() again, nothing changed: {'skipped' if skipped is None else 'REBUILT'} "
              f"in {(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip

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
