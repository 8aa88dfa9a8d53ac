"""Ingest orchestration: read -> clean -> deduplicate -> store, in transactional batches.

Idempotent: an article whose doc_id is stored with the same raw text is left alone, so
re-running an ingest (also after a crash or Ctrl-C, which lose at most the uncommitted
batch) stores only what is missing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy import bindparam, insert, select
from sqlalchemy import inspect as sql_inspect
from sqlalchemy.exc import IntegrityError

from warta.clean import clean_document
from warta.clean.dedup import minhash_signature
from warta.clean.pubdate import plausible
from warta.clean.types import CleanDocument
from warta.ingest import FieldMap, IgnoredFile, IngestProblem, InputFile, RawDocument, read_file
from warta.ingest import discover as discover_inputs
from warta.ingest.reader import too_long, without_nul
from warta.store import Article, Store, pack_signature, unpack_signature
from warta.store.near_duplicates import THRESHOLD as NEAR_THRESHOLD
from warta.store.near_duplicates import ArticleBand, band_keys, similarity, stored_candidates

# Decides from the cleaned text and title whether an article gets NLP and extraction.
RelevanceCheck = Callable[[str, str | None], bool]

DEFAULT_BATCH_SIZE = 200
UNDETERMINED = "und"  # too little text to tell the language: never skipped for it
MAX_BATCH_SECONDS = 5.0  # commit at least this often, so an interruption loses little
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass
class IngestSummary:
    files: int = 0
    ignored_files: int = 0  # met in a directory, not in a format we read (README.md)
    ingested: int = 0  # new articles stored as originals
    unchanged: int = 0  # already stored with the same text
    exact_duplicates: int = 0  # stored, linked to an original with the same cleaned text
    near_duplicates: int = 0  # stored, linked to an original they nearly repeat
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, id used instead)
    problems: list[IngestProblem] = field(default_factory=list)
    interrupted: bool = False

    @property
    def duplicates(self) -> int:
        return self.exact_duplicates + self.near_duplicates

    @property
    def accepted(self) -> int:
        """Documents read successfully: new, duplicates, or already present."""
        return self.ingested + self.unchanged + self.duplicates

    def exit_code(self, strict: bool = False) -> int:
        if self.interrupted:
            return 130
        if self.accepted == 0 or (strict and self.problems):
            return 1
        return 0


def raw_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


RAW_HASH_OF = select(Article.raw_hash).where(Article.doc_id == bindparam("doc_id"))
ORIGINAL_WITH_CONTENT = (
    select(Article.doc_id)
    .where(Article.content_hash == bindparam("content_hash"), Article.duplicate_of.is_(None))
    .order_by(Article.id)
    .limit(1)
)


class DedupState:
    """What the store already holds, looked up in the database as articles arrive.

    Nothing is loaded up front, so memory stays flat however large the store grows: the
    exact and "unchanged" checks use the indexed hash and id columns, near duplicates the
    LSH bands in article_bands. Articles of the batch not committed yet are remembered in
    memory until `committed()`. Only originals are candidates: a copy links to the
    original, never to another copy.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        # Read-only lookups on a Core connection with statements built once: building
        # an ORM select per article cost more than the indexed lookup itself.
        self._connection = store.engine.connect()
        self.raw_hash_by_id: dict[str, str] = {}  # pending batch only
        self.original_by_content: dict[str, str] = {}
        self._pending_bands: dict[int, list[str]] = {}
        self._pending_signatures: dict[str, list[int]] = {}

    def stored_raw_hash(self, doc_id: str) -> str | None:
        pending = self.raw_hash_by_id.get(doc_id)
        if pending is not None:
            return pending
        return self._connection.scalar(RAW_HASH_OF, {"doc_id": doc_id})

    def find_original(
        self, content_hash: str, signature: list[int]
    ) -> tuple[str, str, float] | None:
        """(original doc_id, "exact" | "near", similarity) when this repeats a stored article."""
        exact = self._connection.scalar(
            ORIGINAL_WITH_CONTENT, {"content_hash": content_hash}
        ) or self.original_by_content.get(content_hash)
        if exact is not None:
            return exact, "exact", 1.0
        keys = band_keys(signature)
        candidates = [
            (doc_id, unpack_signature(minhash))
            for _, doc_id, minhash in stored_candidates(self._connection, keys)
        ]
        pending = dict.fromkeys(d for key in keys for d in self._pending_bands.get(key, ()))
        candidates += [(d, self._pending_signatures[d]) for d in pending]
        best: tuple[str, float] | None = None
        for doc_id, other in candidates:  # oldest first: ties go to the earliest original
            score = similarity(signature, other)
            if score >= NEAR_THRESHOLD and (best is None or score > best[1]):
                best = (doc_id, score)
        if best is None:
            return None
        return best[0], "near", round(best[1], 4)

    def remember(self, article: Article, signature: list[int]) -> None:
        self.raw_hash_by_id[article.doc_id] = article.raw_hash
        if article.duplicate_of is None:
            self.original_by_content.setdefault(article.content_hash, article.doc_id)
            self._pending_signatures[article.doc_id] = signature
            for key in band_keys(signature):
                self._pending_bands.setdefault(key, []).append(article.doc_id)

    def bands_of(self, articles: Iterable[Article]) -> list[dict[str, Any]]:
        """article_bands rows for the originals among `articles` (of the pending batch)."""
        return [
            {"band": key, "doc_id": a.doc_id}
            for a in articles
            if a.doc_id in self._pending_signatures
            for key in band_keys(self._pending_signatures[a.doc_id])
        ]

    def committed(self) -> None:
        """The pending batch is in the database now: forget it here."""
        self.raw_hash_by_id.clear()
        self.original_by_content.clear()
        self._pending_bands.clear()
        self._pending_signatures.clear()
        self._connection.rollback()  # end the read transaction: see what was just committed

    def close(self) -> None:
        self._connection.close()


class IngestRun:
    """One ingest: feed it RawDocuments, it stores them in batches and keeps the summary."""

    def __init__(
        self,
        store: Store,
        batch_size: int = DEFAULT_BATCH_SIZE,
        relevance: RelevanceCheck | None = None,
        languages: Collection[str] | None = None,
    ) -> None:
        self.store = store
        self.batch_size = batch_size
        self.relevance = relevance
        self.languages = frozenset(languages) if languages else None  # None: take all
        self.summary = IngestSummary()
        self.state = DedupState(store)
        self._batch: list[Article] = []
        self._batch_started = time.monotonic()

    def add(self, raw: RawDocument) -> str:
        """Process one document; returns what happened: "ingested", "unchanged",
        "exact_duplicate", "near_duplicate" or "problem"."""
        if (too_large := too_long(raw)) is not None:  # readers check too; the API does not
            self.problem(too_large)
            return "problem"
        raw = without_nul(raw)
        text_hash = raw_hash(raw.text)
        doc_id = self._free_id(raw.doc_id, text_hash)
        if doc_id is None:
            self.summary.unchanged += 1
            return "unchanged"
        if doc_id != raw.doc_id:
            self.summary.renamed.append((raw.doc_id, doc_id))
        try:
            cleaned = clean_document(replace(raw, doc_id=doc_id))
        except Exception as exc:  # one bad article must not stop the batch
            return self._problem(raw, f"cleaning failed: {type(exc).__name__}: {exc}")
        if not cleaned.text.strip():
            return self._problem(raw, "no article text left after cleaning (only boilerplate)")
        if self.languages and cleaned.language not in self.languages | {UNDETERMINED}:
            taken = ",".join(sorted(self.languages))
            return self._problem(
                raw, f"language {cleaned.language} (detected), not among --languages {taken}"
            )
        signature = minhash_signature(cleaned.text)
        original = self.state.find_original(cleaned.content_hash, signature)
        article = build_article(raw, cleaned, doc_id, text_hash, signature, original)
        if self.relevance is not None and original is None:
            article.relevant = self.relevance(cleaned.text, cleaned.title)
        return self._keep(article, signature, original)

    def add_built(self, article: Article, signature: list[int]) -> str:
        """An article cleaned elsewhere (by the Spark job): the same id, "unchanged" and
        duplicate checks as `add`. The article's doc_id is changed if it must be renamed."""
        doc_id = self._free_id(article.doc_id, article.raw_hash)
        if doc_id is None:
            self.summary.unchanged += 1
            return "unchanged"
        if doc_id != article.doc_id:
            self.summary.renamed.append((article.doc_id, doc_id))
            article.doc_id = doc_id
        original = self.state.find_original(article.content_hash, signature)
        if original is not None:
            article.duplicate_of, article.duplicate_kind, article.similarity = original
        return self._keep(article, signature, original)

    def _keep(
        self, article: Article, signature: list[int], original: tuple[str, str, float] | None
    ) -> str:
        self.state.remember(article, signature)
        self._batch.append(article)
        if len(self._batch) >= self.batch_size or (
            time.monotonic() - self._batch_started > MAX_BATCH_SECONDS
        ):
            self.flush()
        return "ingested" if original is None else f"{original[1]}_duplicate"

    def problem(self, problem: IngestProblem) -> None:
        self.summary.problems.append(problem)

    def flush(self) -> None:
        """Commit the pending batch (articles and their LSH bands) in one transaction.

        Another process ingesting at the same time may have stored some of the same
        doc_ids since we looked: then the batch goes in article by article, each checked
        again against what is committed now (see `_store_one_by_one`).
        """
        if self._batch:
            try:
                with self.store.session() as session, session.begin():
                    session.add_all(self._batch)
                    session.flush()  # the articles first: bands refer to them
                    bands = self.state.bands_of(self._batch)
                    if bands:
                        session.execute(insert(ArticleBand), bands)
            except IntegrityError:
                self._batch = self._store_one_by_one(self._batch)
        self.state.committed()
        for article in self._batch:
            if article.duplicate_kind == "exact":
                self.summary.exact_duplicates += 1
            elif article.duplicate_kind == "near":
                self.summary.near_duplicates += 1
            else:
                self.summary.ingested += 1
        self._batch = []
        self._batch_started = time.monotonic()

    def _store_one_by_one(self, batch: list[Article]) -> list[Article]:
        """Store what another writer has not stored meanwhile; returns what was stored.

        An article whose doc_id now holds the same text is "unchanged"; one whose doc_id
        now holds another text takes the stable variant id, as `_free_id` would have.
        """
        stored = []
        for pending in batch:
            article = _fresh_copy(pending)  # the failed transaction may have set its id
            for _attempt in range(3):
                doc_id = self._committed_free_id(article.doc_id, article.raw_hash)
                if doc_id is None:
                    self.summary.unchanged += 1
                    break
                if doc_id != article.doc_id:
                    self.summary.renamed.append((article.doc_id, doc_id))
                    article.doc_id = doc_id
                try:
                    with self.store.session() as session, session.begin():
                        session.add(article)
                        session.flush()
                        if article.duplicate_of is None and article.minhash:
                            keys = band_keys(unpack_signature(article.minhash))
                            rows = [{"band": key, "doc_id": article.doc_id} for key in keys]
                            session.execute(insert(ArticleBand), rows)
                    stored.append(article)
                    break
                except IntegrityError:
                    article = _fresh_copy(article)  # stored by the other writer just now
            else:
                self.problem(
                    IngestProblem(article.source, None, "could not be stored: conflicting writers")
                )
        return stored

    def _committed_free_id(self, doc_id: str, text_hash: str) -> str | None:
        with self.store.session() as session:
            stored = session.scalar(select(Article.raw_hash).where(Article.doc_id == doc_id))
            if stored is None:
                return doc_id
            if stored == text_hash:
                return None
            variant = f"{doc_id}-{text_hash[:8]}"
            taken = session.scalar(select(Article.raw_hash).where(Article.doc_id == variant))
        return None if taken == text_hash else variant

    def _free_id(self, doc_id: str, text_hash: str) -> str | None:
        """`doc_id`, unless it is taken by another text: then a stable variant of it;
        None when this very text is stored already (under either).

        Two files named alike in different folders must not overwrite each other; the
        variant depends only on the text, so a re-run finds the same id again.
        """
        stored = self.state.stored_raw_hash(doc_id)
        if stored is None:
            return doc_id
        if stored == text_hash:
            return None
        variant = f"{doc_id}-{text_hash[:8]}"
        return None if self.state.stored_raw_hash(variant) == text_hash else variant

    def _problem(self, raw: RawDocument, reason: str) -> str:
        file, _, number = raw.source.partition("#")
        location = None
        if number:
            location = f"line {number}" if raw.format == "jsonl" else f"record {number}"
        self.problem(IngestProblem(file, location, reason))
        return "problem"


def _fresh_copy(article: Article) -> Article:
    """The same article as a new object, never flushed (no id, no session)."""
    columns = sql_inspect(Article).column_attrs
    return Article(**{c.key: getattr(article, c.key) for c in columns if c.key != "id"})


def build_article(
    raw: RawDocument,
    cleaned: CleanDocument,
    doc_id: str,
    text_hash: str,
    signature: list[int],
    original: tuple[str, str, float] | None,
) -> Article:
    published, evidence = _publication(raw, cleaned)
    meta: dict[str, Any] = dict(raw.meta)
    if raw.published:
        meta["source_published"] = raw.published
    return Article(
        doc_id=doc_id,
        source=raw.source,
        source_format=raw.format,
        encoding=raw.encoding,
        url=raw.url,
        title=cleaned.title,
        outlet=cleaned.outlet or raw.outlet,
        published=published,
        date_evidence=evidence,
        dateline=asdict(cleaned.dateline) if cleaned.dateline else None,
        raw_text=raw.text,
        text=cleaned.text,
        offsets=[list(segment) for segment in cleaned.offsets.segments],
        removed=[asdict(piece) for piece in cleaned.removed],
        language=cleaned.language,
        meta=meta,
        notes=list(cleaned.notes),
        raw_hash=text_hash,
        content_hash=cleaned.content_hash,
        minhash=pack_signature(signature),
        duplicate_of=original[0] if original else None,
        duplicate_kind=original[1] if original else None,
        similarity=original[2] if original else None,
    )


def _publication(
    raw: RawDocument, cleaned: CleanDocument
) -> tuple[str | None, dict[str, Any] | None]:
    """The publication date and its evidence: the clean stage's finding first, else the
    source's own metadata when it is an ISO date."""
    if cleaned.published is not None:
        evidence = asdict(cleaned.published)
        evidence["candidates"] = list(cleaned.published.candidates)
        return cleaned.published.value, evidence
    if (
        raw.published
        and (match := _ISO_DATE.match(raw.published))
        and plausible(match.group(0), dt.date.today())  # not year 9999, not 1066
    ):
        return match.group(0), {
            "value": match.group(0),
            "method": "metadata",
            "confidence": 0.9,
            "text": raw.published,
            "candidates": [],
        }
    return None, None


# --- running it over files, with progress ------------------------------------------


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    fields: FieldMap | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    console: Console | None = None,
    show_progress: bool = True,
    relevance: RelevanceCheck | None = None,
    languages: Collection[str] | None = None,
) -> IngestSummary:
    """Ingest every article under `paths` into `store`; problems are reported and skipped.

    Streams: files are read as they are found and articles committed in batches, so
    memory does not grow with the input. With `relevance`, each new original is marked
    relevant or not (extraction skips the ones that are not). With `languages`, articles
    detected in another language are skipped as problems (too short to tell: kept).
    Ctrl-C stops cleanly: committed batches stay, the summary says `interrupted`.
    """
    console = console or Console(stderr=True)
    run = IngestRun(store, batch_size, relevance, languages)
    summary = run.summary
    try:
        with _progress(console, show_progress) as advance:
            for found in discover_inputs(paths):
                if isinstance(found, IgnoredFile):
                    summary.ignored_files += 1
                    continue
                if not isinstance(found, InputFile):
                    _report(console, found)
                    run.problem(found)
                    continue
                summary.files += 1
                for item in read_file(found, fields):
                    if isinstance(item, IngestProblem):
                        _report(console, item)
                        run.problem(item)
                        continue
                    before = len(summary.problems)
                    run.add(item)
                    for problem in summary.problems[before:]:
                        _report(console, problem)
                    advance(docs=1)
                advance(files=1)
            run.flush()
    except KeyboardInterrupt:
        summary.interrupted = True  # the pending batch was never committed: nothing half-written
    finally:
        run.state.close()
    return summary


def _report(console: Console, problem: IngestProblem) -> None:
    # One line per problem, never wrapped: people grep and copy these.
    console.print(f"[yellow]problem[/] {_escape(str(problem))}", highlight=False, soft_wrap=True)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@contextmanager
def _progress(console: Console, enabled: bool) -> Iterator[Any]:
    """A live count of files and documents with the rate (the total is not known while
    streaming: counting the files first would mean walking millions of them twice)."""
    if not enabled:
        yield lambda files=0, docs=0: None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("ingest"),
        TextColumn("{task.fields[files]} files  {task.fields[docs]} docs"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )
    started = time.monotonic()
    done_docs = done_files = 0
    last_update = 0.0
    with progress:
        task: TaskID = progress.add_task("ingest", total=None, files=0, docs=0, rate=0.0)

        def advance(files: int = 0, docs: int = 0) -> None:
            nonlocal done_docs, done_files, last_update
            done_docs += docs
            done_files += files
            now = time.monotonic()
            if now - last_update < 0.1:  # rich redraws ~10 times a second anyway
                return
            last_update = now
            rate = done_docs / max(now - started, 1e-6)
            progress.update(task, files=done_files, docs=done_docs, rate=rate)

        yield advance
        progress.update(
            task,
            files=done_files,
            docs=done_docs,
            rate=done_docs / max(time.monotonic() - started, 1e-6),
        )
