"""Bring the knowledge base up to date with the store.

Stored originals without an extraction go through NLP and extraction in batches (each
batch saved in one transaction, so an interrupted run resumes where it stopped), then
the consolidated tables are rebuilt from every extraction.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warta.clean.types import CleanDocument, DateEvidence, Dateline, OffsetMap
from warta.extract import extract_article
from warta.kb.repository import KnowledgeStore
from warta.kb.types import KnowledgeBase
from warta.nlp import analyze_many
from warta.store import Article, Store

BATCH_SIZE = 32


@dataclass
class UpdateSummary:
    extracted: int = 0
    events: int = 0
    agreements: int = 0
    quantities: int = 0
    kb: KnowledgeBase | None = None


def clean_view(article: Article) -> CleanDocument:
    """The stored article as the clean stage produced it (what extraction reads)."""
    evidence = article.date_evidence
    published = None
    if evidence:
        published = DateEvidence(
            value=evidence["value"],
            method=evidence.get("method", "metadata"),
            confidence=float(evidence.get("confidence", 0.5)),
            text=evidence.get("text", ""),
            candidates=tuple(evidence.get("candidates") or ()),
        )
    dateline = None
    if article.dateline:
        d = article.dateline
        dateline = Dateline(place=d.get("place"), outlet=d.get("outlet"), text=d.get("text", ""))
    return CleanDocument(
        doc_id=article.doc_id,
        text=article.text,
        offsets=OffsetMap(tuple(tuple(s) for s in article.offsets)),  # type: ignore[misc]
        dateline=dateline,
        published=published,
        outlet=article.outlet,
        content_hash=article.content_hash,
        language=article.language,
    )


def update_knowledge(
    store: Store, *, console: Console | None = None, show_progress: bool = True, n_process: int = 1
) -> UpdateSummary:
    knowledge = KnowledgeStore(store)
    summary = UpdateSummary()
    pending = knowledge.pending_articles()
    with _progress(console or Console(stderr=True), len(pending), show_progress) as advance:
        for start in range(0, len(pending), BATCH_SIZE):
            batch = pending[start : start + BATCH_SIZE]
            docs = analyze_many(((a.text, a.published) for a in batch), n_process=n_process)
            results = []
            for article, doc in zip(batch, docs, strict=True):
                extracted = extract_article(clean_view(article), doc, article.doc_id, article.title)
                results.append((extracted, article.text))
                summary.events += len(extracted.events)
                summary.agreements += len(extracted.agreements)
                summary.quantities += len(extracted.quantities)
            knowledge.save_knowledge(results)
            summary.extracted += len(batch)
            advance(len(batch))
    summary.kb = knowledge.rebuild()
    return summary


@contextmanager
def _progress(console: Console, total: int, enabled: bool) -> Iterator[Any]:
    if not enabled or total == 0:
        yield lambda n: None
        return
    started = time.monotonic()
    with Progress(
        TextColumn("extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles  {task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        task = progress.add_task("extract", total=total, rate=0.0)

        def advance(n: int) -> None:
            done = progress.tasks[0].completed + n
            progress.update(task, advance=n, rate=done / max(time.monotonic() - started, 1e-6))

        yield advance
