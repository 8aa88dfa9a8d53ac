"""NLP + extraction of many articles, in this process or in worker processes.

The batch functions here are the one code path shared by `warta ingest` (stored
articles), `warta extract` (files) and the Spark job (partitions), so all three give the
same knowledge for the same article. Each process loads the spaCy pipeline once
(warta.nlp.load_pipeline is cached); with fork, the parent loads it before starting the
workers, which then share it copy-on-write instead of each spending the load time.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TypeVar

from warta.clean.types import CleanDocument
from warta.extract.types import ArticleKnowledge
from warta.ingest.types import RawDocument

T = TypeVar("T")
R = TypeVar("R")

# (clean article, title, publication date) of a stored article
StoredInput = tuple[CleanDocument, str | None, str | None]
# per article: its knowledge, or why it failed ("ValueError: ...")
Outcome = ArticleKnowledge | str


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_stored(batch: list[StoredInput]) -> list[Outcome]:
    """Knowledge of cleaned (stored) articles: NLP over the batch, then extraction."""
    from warta.extract import extract_article
    from warta.nlp import analyze_many

    docs = analyze_many(((c.text, published) for c, _, published in batch), len(batch))
    outcomes: list[Outcome] = []
    for (clean, title, _), doc in zip(batch, docs, strict=True):
        try:
            outcomes.append(extract_article(clean, doc, clean.doc_id, title))
        except Exception as exc:  # one article must not lose the others of its batch
            outcomes.append(f"{type(exc).__name__}: {exc}")
    return outcomes


def extract_documents(batch: list[RawDocument]) -> list[Outcome]:
    """Knowledge of documents as read from files: clean, NLP, extract.

    The same result as warta.extract.extract_raw for each document, with the NLP run
    over the whole batch.
    """
    outcomes = extract_cleaned(batch, clean_all(batch))
    return [outcome for outcome in outcomes if outcome is not None]  # none skipped


def clean_all(batch: list[RawDocument]) -> list[CleanDocument | str]:
    """Each document cleaned, or why cleaning failed."""
    from warta.clean import clean_document

    cleaned: list[CleanDocument | str] = []
    for raw in batch:
        try:
            cleaned.append(clean_document(raw))
        except Exception as exc:  # one document must not lose the others of its batch
            cleaned.append(f"cleaning failed: {type(exc).__name__}: {exc}")
    return cleaned


def extract_cleaned(
    batch: list[RawDocument], cleaned: list[CleanDocument | str], wanted: list[bool] | None = None
) -> list[Outcome | None]:
    """Knowledge of cleaned documents (None where `wanted` says to skip one)."""
    stored: list[StoredInput] = []
    for index, (raw, clean) in enumerate(zip(batch, cleaned, strict=True)):
        if isinstance(clean, CleanDocument) and (wanted is None or wanted[index]):
            published = raw.published or (clean.published.value if clean.published else None)
            stored.append((clean, clean.title, published))
    extracted = iter(extract_stored(stored) if stored else [])
    outcomes: list[Outcome | None] = []
    for index, (raw, clean) in enumerate(zip(batch, cleaned, strict=True)):
        if isinstance(clean, str):
            outcomes.append(clean)
            continue
        if wanted is not None and not wanted[index]:
            outcomes.append(None)
            continue
        outcome = next(extracted)
        if isinstance(outcome, ArticleKnowledge):
            outcome.id = raw.doc_id
            if outcome.outlet is None and raw.outlet:
                outcome.outlet = raw.outlet
        outcomes.append(outcome)
    return outcomes


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_nlp() -> None:
    from warta.nlp import load_pipeline

    load_pipeline()


def ordered_map(
    function: Callable[[list[T]], list[R]],
    batches: Iterable[list[T]],
    workers: int = 1,
    warm_up: Callable[[], None] | None = load_nlp,
) -> Iterator[tuple[list[T], list[R]]]:
    """(batch, `function`(batch)) for each batch, in input order; workers > 1: in a pool.

    Only 2 batches per worker are in flight, so a lazy input (millions of articles paged
    from the store or streamed from files) is never read ahead into memory; Pool.imap
    would consume the whole input at once. `warm_up` runs before the workers start (with
    fork they inherit what it loaded) and again in each worker (a no-op if inherited).
    """
    if workers <= 1:
        for batch in batches:
            yield batch, function(batch)
        return
    fork = sys.platform != "win32"
    if fork and warm_up is not None:
        warm_up()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    with context.Pool(workers, initializer=warm_up) as pool:
        in_flight: deque[tuple[list[T], AsyncResult[list[R]]]] = deque()
        for batch in batches:
            in_flight.append((batch, pool.apply_async(function, (batch,))))
            if len(in_flight) >= 2 * workers:
                done, result = in_flight.popleft()
                yield done, result.get()
        while in_flight:
            done, result = in_flight.popleft()
            yield done, result.get()
