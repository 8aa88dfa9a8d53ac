"""Ingest orchestration: read -> clean -> deduplicate -> store, in transactional batches.

Idempotent: an article whose doc_id is stored with the same raw text is left alone, so
re-running an ingest (also after a crash or Ctrl-C, which lose at most the uncommitted
batch) stores only what is missing.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from warta.clean import clean_document
from warta.clean.dedup import NearDuplicateIndex, minhash_signature
from warta.clean.types import CleanDocument
from warta.ingest import FieldMap, IgnoredFile, IngestProblem, InputFile, RawDocument, read_file
from warta.ingest import discover as discover_inputs
from warta.store import Article, Store, pack_signature, unpack_signature

DEFAULT_BATCH_SIZE = 200
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


class DedupState:
    """What the store already holds, in memory for fast checks during one ingest run.

    Built from the database at the start of every run, so duplicates are found across runs.
    Only originals go into the near-duplicate index: a copy links to the original, never
    to another copy.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.raw_hash_by_id: dict[str, str] = {}
        self.original_by_content: dict[str, str] = {}
        self.index = NearDuplicateIndex()
        for fingerprint in store.fingerprints():
            self.raw_hash_by_id[fingerprint.doc_id] = fingerprint.raw_hash
            if fingerprint.duplicate_of is None:
                self.original_by_content.setdefault(fingerprint.content_hash, fingerprint.doc_id)
                if fingerprint.minhash:
                    self.index.add(fingerprint.doc_id, unpack_signature(fingerprint.minhash))

    def find_original(
        self, cleaned: CleanDocument, signature: list[int]
    ) -> tuple[str, str, float] | None:
        """(original doc_id, "exact" | "near", similarity) when this repeats a stored article."""
        exact = self.original_by_content.get(cleaned.content_hash)
        if exact is not None:
            return exact, "exact", 1.0
        near = self.index.query(signature)
        if near is None:
            return None
        return near[0], "near", round(near[1], 4)

    def remember(self, article: Article, signature: list[int]) -> None:
        self.raw_hash_by_id[article.doc_id] = article.raw_hash
        if article.duplicate_of is None:
            self.original_by_content.setdefault(article.content_hash, article.doc_id)
            self.index.add(article.doc_id, signature)


class IngestRun:
    """One ingest: feed it RawDocuments, it stores them in batches and keeps the summary."""

    def __init__(self, store: Store, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.store = store
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self.state = DedupState(store)
        self._batch: list[Article] = []
        self._batch_started = time.monotonic()

    def add(self, raw: RawDocument) -> str:
        """Process one document; returns what happened: "ingested", "unchanged",
        "exact_duplicate", "near_duplicate" or "problem"."""
        text_hash = raw_hash(raw.text)
        doc_id = self._free_id(raw.doc_id, text_hash)
        if self.state.raw_hash_by_id.get(doc_id) == text_hash:
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
        signature = minhash_signature(cleaned.text)
        original = self.state.find_original(cleaned, signature)
        article = build_article(raw, cleaned, doc_id, text_hash, signature, original)
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
        """Commit the pending batch in one transaction, then count it."""
        self.store.add_articles(self._batch)
        for article in self._batch:
            if article.duplicate_kind == "exact":
                self.summary.exact_duplicates += 1
            elif article.duplicate_kind == "near":
                self.summary.near_duplicates += 1
            else:
                self.summary.ingested += 1
        self._batch = []
        self._batch_started = time.monotonic()

    def _free_id(self, doc_id: str, text_hash: str) -> str:
        """`doc_id`, unless it is taken by another text: then a stable variant of it.

        Two files named alike in different folders must not overwrite each other; the
        variant depends only on the text, so a re-run finds the same id again.
        """
        stored = self.state.raw_hash_by_id.get(doc_id)
        if stored is None or stored == text_hash:
            return doc_id
        return f"{doc_id}-{text_hash[:8]}"

    def _problem(self, raw: RawDocument, reason: str) -> str:
        file, _, number = raw.source.partition("#")
        location = None
        if number:
            location = f"line {number}" if raw.format == "jsonl" else f"record {number}"
        self.problem(IngestProblem(file, location, reason))
        return "problem"


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
        title=raw.title,
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
    if raw.published and (match := _ISO_DATE.match(raw.published)):
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
) -> IngestSummary:
    """Ingest every article under `paths` into `store`; problems are reported and skipped.

    Ctrl-C stops cleanly: committed batches stay, the summary says `interrupted`.
    """
    console = console or Console(stderr=True)
    run = IngestRun(store, batch_size)
    summary = run.summary
    inputs: list[InputFile] = []
    for found in discover_inputs(paths):
        if isinstance(found, InputFile):
            inputs.append(found)
        elif isinstance(found, IgnoredFile):
            summary.ignored_files += 1
        else:
            _report(console, found)
            run.problem(found)
    summary.files = len(inputs)
    try:
        with _progress(console, len(inputs), show_progress) as advance:
            for file in inputs:
                for item in read_file(file, fields):
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
    return summary


def _report(console: Console, problem: IngestProblem) -> None:
    # One line per problem, never wrapped: people grep and copy these.
    console.print(f"[yellow]problem[/] {_escape(str(problem))}", highlight=False, soft_wrap=True)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@contextmanager
def _progress(console: Console, total_files: int, enabled: bool) -> Iterator[Any]:
    """A progress bar over files, with the document count and rate."""
    if not enabled:
        yield lambda files=0, docs=0: None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files  {task.fields[docs]} docs  {task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )
    started = time.monotonic()
    done_docs = 0
    with progress:
        task: TaskID = progress.add_task("ingest", total=total_files, docs=0, rate=0.0)

        def advance(files: int = 0, docs: int = 0) -> None:
            nonlocal done_docs
            done_docs += docs
            rate = done_docs / max(time.monotonic() - started, 1e-6)
            progress.update(task, advance=files, docs=done_docs, rate=rate)

        yield advance
