"""Background ingest jobs: store articles, extract their knowledge, rebuild the KB.

One worker thread runs the jobs one after another (the extraction and the rebuild must
not overlap), each step in its own database sessions, so API reads keep being answered
from the last committed state (SQLite runs in WAL mode) while a job writes.
"""

from __future__ import annotations

import shutil
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from warta.ingest import IngestProblem, InputFile, RawDocument, discover, read_file
from warta.kb.repository import EXTRACTOR_VERSION
from warta.kb.update import pending_count, update_knowledge
from warta.pipeline import IngestRun
from warta.store import Store
from warta.store import knowledge_models as km
from warta.store.errors import describe_database_error

MAX_JOBS_KEPT = 200
MAX_MESSAGE_CHARS = 300
# share of the progress bar given to each stage
INGEST_SHARE, EXTRACT_SHARE = 0.15, 0.8


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    kind: str  # "text" | "upload"
    state: str = "queued"
    stage: str = "queued"
    message: str = "waiting for the worker"
    articles: list[str] = field(default_factory=list)
    ingested: int = 0
    duplicates: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    created_at: str = field(default_factory=_now)
    finished_at: str | None = None
    extract_total: int = 0
    extracted_before: int = 0
    progress: float = 0.0


class JobManager:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warta-ingest")

    def submit_documents(self, documents: list[RawDocument]) -> Job:
        return self._submit("text", lambda: iter(documents), cleanup=None)

    def submit_upload(self, folder: Path) -> Job:
        def documents() -> Iterator[RawDocument | IngestProblem]:
            for found in discover([folder]):
                if isinstance(found, InputFile):
                    for item in read_file(found):
                        yield _from_upload(item, folder)
                elif isinstance(found, IngestProblem):
                    yield found

        return self._submit("upload", documents, cleanup=folder)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is not None and job.stage == "extract":
            self._measure_extraction(job)
        return job

    def list(self) -> list[Job]:
        with self._lock:
            return list(reversed(self._jobs.values()))

    def shutdown(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)

    # --- running ------------------------------------------------------------------

    def _submit(
        self,
        kind: str,
        documents: Callable[[], Iterable[RawDocument | IngestProblem]],
        cleanup: Path | None,
    ) -> Job:
        job = Job(id=uuid.uuid4().hex[:16], kind=kind)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS_KEPT:
                self._jobs.popitem(last=False)
        self._worker.submit(self._run, job, documents, cleanup)
        return job

    def _run(
        self,
        job: Job,
        documents: Callable[[], Iterable[RawDocument | IngestProblem]],
        cleanup: Path | None,
    ) -> None:
        job.state, job.stage, job.message = "running", "ingest", "reading and cleaning articles"
        try:
            self._ingest(job, documents())
            if not job.articles:
                raise ValueError("no article could be read: " + "; ".join(job.problems[:3]))
            job.extracted_before = self._extracted_count()
            job.extract_total = self._pending_count()
        except Exception as exc:  # reported through the job, never raised into the void
            self._fail(job, exc)
            return
        finally:
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)
        try:
            job.stage, job.progress = "extract", INGEST_SHARE
            job.message = "extracting events, agreements and figures"
            update_knowledge(self.store, show_progress=False)
            job.state, job.stage, job.progress = "done", "done", 1.0
            job.message = (
                f"{job.ingested} new, {job.duplicates} duplicates, {job.unchanged} unchanged"
            )
            job.finished_at = _now()
        except Exception as exc:
            self._fail(job, exc)

    def _ingest(self, job: Job, items: Iterable[RawDocument | IngestProblem]) -> None:
        run = IngestRun(self.store)
        for item in items:
            if isinstance(item, IngestProblem):
                job.problems.append(str(item))
                continue
            renamed_before = len(run.summary.renamed)
            outcome = run.add(item)
            if outcome == "problem":
                job.problems.append(str(run.summary.problems[-1]))
                continue
            renamed = run.summary.renamed[renamed_before:]
            job.articles.append(renamed[0][1] if renamed else item.doc_id)
        run.flush()
        job.ingested = run.summary.ingested
        job.duplicates = run.summary.duplicates
        job.unchanged = run.summary.unchanged

    def _extracted_count(self) -> int:
        with self.store.session() as session:
            query = select(func.count(km.ArticleKnowledge.doc_id)).where(
                km.ArticleKnowledge.extractor == EXTRACTOR_VERSION
            )
            return int(session.scalar(query) or 0)

    def _pending_count(self) -> int:
        """Originals waiting for extraction: what update_knowledge is about to do."""
        return pending_count(self.store)

    def _measure_extraction(self, job: Job) -> None:
        if job.extract_total <= 0:
            return
        done = min(self._extracted_count() - job.extracted_before, job.extract_total)
        job.progress = INGEST_SHARE + EXTRACT_SHARE * done / job.extract_total
        if done >= job.extract_total:
            job.message = "rebuilding the knowledge base"

    def _fail(self, job: Job, exc: Exception) -> None:
        job.state, job.stage = "failed", "failed"
        if isinstance(exc, SQLAlchemyError):  # its message quotes the SQL and article text
            job.message = f"database: {describe_database_error(exc)}"
        else:
            job.message = f"{type(exc).__name__}: {str(exc)[:MAX_MESSAGE_CHARS]}"
        job.finished_at = _now()


def _from_upload(item: RawDocument | IngestProblem, folder: Path) -> RawDocument | IngestProblem:
    """Uploaded files live in a temporary folder: name them by file name, not that path."""
    if isinstance(item, IngestProblem):
        return replace(item, source=_relative(item.source, folder))
    return replace(item, source="upload:" + _relative(item.source, folder))


def _relative(source: str, folder: Path) -> str:
    prefix = str(folder) + "/"
    return source[len(prefix) :] if source.startswith(prefix) else source
