"""Bring the knowledge base up to date with the store.

Stored originals without an extraction go through NLP and extraction in batches (each
batch saved in one transaction with the knowledge base's increment, so an interrupted run
resumes where it stopped); a large backlog is saved first and the consolidated tables
rebuilt once after it. Pending articles are paged
from the store, never loaded all at once, and may be extracted by worker processes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import defer

from warta.clean.types import CleanDocument, DateEvidence, Dateline, OffsetMap
from warta.extract.types import ArticleKnowledge
from warta.kb.rebuild import BUILT_ARTICLES, Rebuilt, read_state
from warta.kb.repository import EXTRACTOR_VERSION, KnowledgeStore
from warta.store import Article, Store
from warta.store import knowledge_models as m
from warta.workers import batched, extract_stored, ordered_map

# Up to this many pending articles (or a tenth of those extracted already, if more) are
# consolidated by increments as they are saved; more are saved first and the knowledge
# base rebuilt once after them, which costs less than recomputing the most common groups
# (a state named in every article) for every write batch.
INCREMENT_LIMIT = 1000
BATCH_SIZE = 32  # articles per NLP batch (one task for a worker)
WRITE_BATCH_SIZE = 128  # extractions saved per transaction
PAGE_SIZE = 256  # articles read from the store at a time
# Never read by extraction: left in the database instead of paged into memory.
UNREAD_COLUMNS = (Article.raw_text, Article.removed, Article.minhash, Article.meta)


@dataclass
class UpdateSummary:
    extracted: int = 0
    events: int = 0
    agreements: int = 0
    quantities: int = 0
    failed: int = 0  # left pending: retried by the next run
    kb: Rebuilt | None = None  # None: not rebuilt (up to date already, or by increments)
    counts: dict[str, int] | None = None  # rows per consolidated table, rebuilt or not

    @property
    def rebuilt(self) -> bool:
        return self.kb is not None

    def kb_line(self) -> str | None:
        """One line for the CLI: the consolidated tables' sizes, and whether they were rebuilt."""
        if self.counts is None:
            return None
        c = self.counts
        state = "rebuilt" if self.rebuilt else "up to date"
        return (
            f"knowledge base ({state}): {c['events']} events, {c['agreements']} agreements, "
            f"{c['figures']} figure series, {c['entities']} entities, {c['conflicts']} conflicts"
        )


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
        title=article.title,
        content_hash=article.content_hash,
        language=article.language,
    )


def pending_count(store: Store, *, include_irrelevant: bool = False, redo: bool = False) -> int:
    with store.session() as session:
        pending = _pending(include_irrelevant, redo).order_by(None).subquery()
        return int(session.scalar(select(func.count()).select_from(pending)) or 0)


def iter_pending(
    store: Store,
    *,
    include_irrelevant: bool = False,
    redo: bool = False,
    page_size: int = PAGE_SIZE,
) -> Iterator[Article]:
    """Originals without an extraction by the current extractor, a page at a time (by id,
    so nothing is held but the page and an article that keeps failing is not met again)."""
    last_id = 0
    while True:
        query = _pending(include_irrelevant, redo).where(Article.id > last_id).limit(page_size)
        with store.session() as session:
            page = list(session.scalars(query))
        if not page:
            return
        yield from page
        last_id = page[-1].id


def _pending(include_irrelevant: bool, redo: bool = False) -> Select[Any]:
    """Originals to extract: those without knowledge by this extractor (redo: all)."""
    query = (
        select(Article)
        .options(*(defer(column) for column in UNREAD_COLUMNS))
        .where(Article.duplicate_of.is_(None))
        .order_by(Article.id)
    )
    if not redo:
        # NOT EXISTS probes the primary key per article; NOT IN (subquery) would rebuild
        # the set of every extracted id for each page.
        done = select(m.ArticleKnowledge.doc_id).where(
            m.ArticleKnowledge.doc_id == Article.doc_id,
            m.ArticleKnowledge.extractor == EXTRACTOR_VERSION,
        )
        query = query.where(~done.exists())
    if not include_irrelevant:  # NULL: never assessed, extracted like a relevant one
        query = query.where(or_(Article.relevant.is_(None), Article.relevant.is_(True)))
    return query


def update_knowledge(
    store: Store,
    *,
    console: Console | None = None,
    show_progress: bool = True,
    workers: int = 1,
    include_irrelevant: bool = False,
    redo: bool = False,
    force_rebuild: bool = False,
) -> UpdateSummary:
    """Extract every pending original (workers > 1: in that many processes), saving each
    batch in one transaction with its increment of the consolidated tables (for a large
    backlog, without: they are rebuilt once at the end), then rebuild them if they are not
    up to date (an interrupted run, a change by hand; `force_rebuild` rebuilds regardless).

    Articles the relevance filter marked irrelevant are skipped unless
    `include_irrelevant`. An article whose extraction fails is reported and left pending.
    `redo` extracts every original again, also those extracted already.
    """
    console = console or Console(stderr=True)
    knowledge = KnowledgeStore(store)
    summary = UpdateSummary()
    total = pending_count(store, include_irrelevant=include_irrelevant, redo=redo)
    workers = max(1, min(workers, -(-total // BATCH_SIZE)))  # no idle processes to start
    consolidate = total <= max(INCREMENT_LIMIT, _extracted(store) // 10)
    articles = iter_pending(store, include_irrelevant=include_irrelevant, redo=redo)
    batches = batched(((clean_view(a), a.title, a.published) for a in articles), BATCH_SIZE)
    pairs = (
        (item[0], outcome)
        for batch, outcomes in ordered_map(extract_stored, batches, workers)
        for item, outcome in zip(batch, outcomes, strict=True)
    )
    with _progress(console, total, show_progress) as advance:
        for chunk in batched(pairs, WRITE_BATCH_SIZE):
            saved: list[tuple[ArticleKnowledge, str]] = []
            for clean, outcome in chunk:
                if isinstance(outcome, str):
                    summary.failed += 1
                    console.print(
                        f"[yellow]problem[/] {clean.doc_id}: extraction failed: {outcome}",
                        highlight=False,
                    )
                    continue
                saved.append((outcome, clean.text))
                summary.events += len(outcome.events)
                summary.agreements += len(outcome.agreements)
                summary.quantities += len(outcome.quantities)
            knowledge.save_knowledge(saved, consolidate=consolidate)
            summary.extracted += len(saved)
            advance(len(chunk))
    summary.kb = knowledge.rebuild(force=force_rebuild)
    summary.counts = knowledge.counts()
    return summary


def _extracted(store: Store) -> int:
    """How many extractions the knowledge base was last built from (a stored counter)."""
    with store.session() as session:
        return max(0, read_state(session).get(BUILT_ARTICLES, 0))


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
