"""NLP + extraction in worker processes: same knowledge as in one process, input never
read far ahead of the workers."""

from __future__ import annotations

import os
from pathlib import Path

from rich.console import Console

from warta.extract import extract_raw
from warta.ingest import RawDocument, iter_documents
from warta.kb.repository import KnowledgeStore
from warta.kb.update import update_knowledge
from warta.pipeline import ingest_paths
from warta.store import open_store
from warta.workers import batched, extract_documents, ordered_map

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def examples() -> list[RawDocument]:
    return [d for d in iter_documents([EXAMPLES]) if isinstance(d, RawDocument)]


def test_batch_extraction_equals_extract_raw() -> None:
    docs = examples()[:6]
    batch = extract_documents(docs)
    assert [k.model_dump() for k in batch] == [  # type: ignore[union-attr]
        extract_raw(d).model_dump() for d in docs
    ]


def square_all(batch: list[int]) -> list[int]:
    return [n * n for n in batch]


def test_ordered_map_keeps_order_and_reads_ahead_only_a_little() -> None:
    consumed = 0

    def numbers() -> object:
        nonlocal consumed
        for n in range(200):
            consumed += 1
            yield n

    results = ordered_map(square_all, batched(numbers(), 10), workers=2, warm_up=None)
    first_batch, first_squares = next(results)
    assert first_batch == list(range(10)) and first_squares == [n * n for n in range(10)]
    assert consumed <= 10 * 5  # 2 batches per worker in flight, plus the one handed out
    rest = [square for _, squares in results for square in squares]
    assert rest == [n * n for n in range(10, 200)]


def test_update_with_two_workers_stores_what_one_worker_does(db_url: str) -> None:
    quiet = Console(file=open(os.devnull, "w"))  # noqa: SIM115
    with open_store(db_url) as store:
        ingest_paths([EXAMPLES], store, console=quiet, show_progress=False)
        one = update_knowledge(store, show_progress=False, workers=1)
        ks = KnowledgeStore(store)
        ids = [a.doc_id for a in store.iter_articles()]
        before = {i: ks.knowledge_of(i) for i in ids}
        two = update_knowledge(store, show_progress=False, workers=2, redo=True)
        after = {i: ks.knowledge_of(i) for i in ids}
    assert one.extracted == two.extracted == len(ids) >= 14
    assert after == before
