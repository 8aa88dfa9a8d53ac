"""Background jobs (ingest + extraction): progress and outcome."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from warta.api.auth import require_read_token
from warta.api.jobs import Job, JobManager
from warta.api.schemas import JobOut, Page
from warta.api.views import LimitParam, OffsetParam, not_found, page

router = APIRouter(prefix="/api/jobs", tags=["jobs"], dependencies=[Depends(require_read_token)])


def _jobs(request: Request) -> JobManager:
    jobs: JobManager = request.app.state.jobs
    return jobs


def job_out(job: Job, jobs: JobManager) -> JobOut:
    return JobOut(
        id=job.id,
        kind=job.kind,
        state=job.state,  # type: ignore[arg-type]
        stage=job.stage,
        progress=round(job.progress, 3),
        message=job.message,
        articles=list(job.articles),
        ingested=job.ingested,
        duplicates=job.duplicates,
        unchanged=job.unchanged,
        problems=list(job.problems),
        created_at=job.created_at,
        finished_at=job.finished_at,
    )


@router.get("", response_model=Page[JobOut], summary="Recent jobs, newest first")
def list_jobs(
    jobs: Annotated[JobManager, Depends(_jobs)], limit: int = LimitParam, offset: int = OffsetParam
) -> Page[JobOut]:
    return page([job_out(j, jobs) for j in jobs.list()], limit, offset)


@router.get(
    "/{job_id}",
    response_model=JobOut,
    summary="A job's stage and progress (0..1)",
    responses={404: {"description": "Unknown job id"}},
)
def get_job(job_id: str, jobs: Annotated[JobManager, Depends(_jobs)]) -> JobOut:
    job = jobs.get(job_id)
    if job is None:
        raise not_found(f"no job with id {job_id!r}")
    return job_out(job, jobs)
