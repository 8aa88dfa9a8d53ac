"""Articles: list and read (cleaned text + every fact's evidence span); add new ones."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile, status
from sqlalchemy import func, or_, select

from warta.api.auth import require_read_token, require_write_token, settings_of
from warta.api.jobs import JobManager
from warta.api.routes_jobs import job_out
from warta.api.schemas import (
    ArticleDetail,
    ArticleIn,
    ArticlesDeleted,
    ArticleSummary,
    JobOut,
    Page,
)
from warta.api.settings import UPLOAD_SUFFIXES, ApiSettings
from warta.api.views import (
    DateFromParam,
    DateToParam,
    LimitParam,
    OffsetParam,
    article_detail,
    article_summary,
    knowledge_store,
    not_found,
    resolve_actor,
)
from warta.ingest import RawDocument
from warta.ingest.ids import slug
from warta.ingest.names import printable
from warta.kb.repository import KnowledgeStore
from warta.store import Article

read = APIRouter(
    prefix="/api/articles", tags=["articles"], dependencies=[Depends(require_read_token)]
)
write = APIRouter(
    prefix="/api/articles", tags=["articles"], dependencies=[Depends(require_write_token)]
)
_SAFE_NAME = re.compile(r"[^\w.-]+")
CHUNK = 1024 * 1024


def jobs_of(request: Request) -> JobManager:
    jobs: JobManager = request.app.state.jobs
    return jobs


@read.get("", response_model=Page[ArticleSummary], summary="List articles, newest first")
def list_articles(
    ks: Annotated[KnowledgeStore, Depends(knowledge_store)],
    date_from: str | None = DateFromParam,
    date_to: str | None = DateToParam,
    outlet: str | None = Query(None, max_length=200, description="Outlet name, e.g. ANTARA."),
    actor: str | None = Query(None, max_length=200, description="Articles naming this actor."),
    q: str | None = Query(None, max_length=200, description="Words in the title or id."),
    include_duplicates: bool = Query(True, description="Also list copies of other articles."),
    limit: int = LimitParam,
    offset: int = OffsetParam,
) -> Page[ArticleSummary]:
    query = select(Article)
    if date_from:
        query = query.where(Article.published >= date_from)
    if date_to:
        query = query.where(Article.published <= date_to + "~")
    if outlet:
        query = query.where(func.lower(Article.outlet) == outlet.lower())
    if q:
        pattern = (
            "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        query = query.where(
            or_(
                func.lower(Article.title).like(pattern, escape="\\"),
                func.lower(Article.doc_id).like(pattern, escape="\\"),
            )
        )
    if actor:
        entity = ks.entity(resolve_actor(ks, actor))
        query = query.where(Article.doc_id.in_(entity.articles if entity else []))
    if not include_duplicates:
        query = query.where(Article.duplicate_of.is_(None))
    ordered = query.order_by(
        Article.published.is_(None), Article.published.desc(), Article.id.desc()
    )
    with ks.session() as session:
        total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
        rows = list(session.scalars(ordered.offset(offset).limit(limit)))
    return Page[ArticleSummary](
        items=[article_summary(a) for a in rows], total=total, limit=limit, offset=offset
    )


@read.get(
    "/{article_id:path}",
    response_model=ArticleDetail,
    summary="One article: cleaned text and the evidence span of every extracted fact",
    responses={404: {"description": "Unknown article id"}},
)
def get_article(
    article_id: str, ks: Annotated[KnowledgeStore, Depends(knowledge_store)]
) -> ArticleDetail:
    article = ks.store.get_article(article_id)
    if article is None:
        similar = ks.store.find_ids(article_id[:8], limit=3) if article_id else []
        hint = f" (did you mean {', '.join(similar)}?)" if similar else ""
        raise not_found(f"no article with id {article_id!r}{hint}")
    return article_detail(article, ks.knowledge_of(article.doc_id))


@write.delete(
    "/{article_id}",
    response_model=ArticlesDeleted,
    summary="Delete an article (and its copies) with everything only it supported in the KB",
    responses={404: {"description": "Unknown article id"}},
)
def delete_article(
    article_id: str, ks: Annotated[KnowledgeStore, Depends(knowledge_store)]
) -> ArticlesDeleted:
    deleted = ks.delete_articles([article_id])
    if not deleted:
        raise not_found(f"no article with id {article_id!r}")
    return ArticlesDeleted(deleted=deleted)


@write.post(
    "",
    response_model=JobOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Add a pasted article; extraction runs in the background (see /api/jobs/{id})",
)
def add_article(body: ArticleIn, jobs: Annotated[JobManager, Depends(jobs_of)]) -> JobOut:
    digest = hashlib.sha256(body.text.encode("utf-8")).hexdigest()
    doc_id = body.id or (slug(body.title)[:80] if body.title else "") or f"pasted-{digest[:12]}"
    document = RawDocument(
        doc_id=doc_id,
        source=f"api:{doc_id}",
        text=body.text,
        format="txt",
        title=body.title,
        url=body.url,
        published=body.published,
        outlet=body.outlet,
    )
    return job_out(jobs.submit_documents([document]), jobs)


@write.post(
    "/upload",
    response_model=JobOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Upload article files (.txt .html .htm .json .jsonl .warc .warc.gz)",
    responses={413: {"description": "A file is too large"}, 415: {"description": "Wrong type"}},
)
async def upload_articles(
    files: Annotated[list[UploadFile], File(description="One or more article files.")],
    jobs: Annotated[JobManager, Depends(jobs_of)],
    settings: Annotated[ApiSettings, Depends(settings_of)],
) -> JobOut:
    if not files:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "no file was sent")
    names = [_checked_name(f.filename or "") for f in files]
    folder = Path(tempfile.mkdtemp(prefix="warta-upload-"))
    total = 0
    try:
        for upload, name in zip(files, names, strict=True):
            total += await _save(upload, folder / name, settings.max_upload_bytes)
            if total > settings.max_upload_total_bytes:
                mb = settings.max_upload_total_bytes // (1024 * 1024)
                raise HTTPException(
                    status.HTTP_413_CONTENT_TOO_LARGE,
                    f"the files of one upload are larger than {mb} MB together",
                )
    except HTTPException:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        raise
    return job_out(jobs.submit_upload(folder), jobs)


def _checked_name(filename: str) -> str:
    name = _SAFE_NAME.sub("-", Path(filename.replace("\\", "/")).name).strip(".-") or "upload.txt"
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"{printable(filename)[:200]!r}: only {' '.join(UPLOAD_SUFFIXES)} files are accepted",
        )
    return name


async def _save(upload: UploadFile, target: Path, max_bytes: int) -> int:
    """Write one uploaded file; returns its size. 413 past `max_bytes`."""
    size = 0
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                name = printable(upload.filename or "")[:200]
                raise HTTPException(
                    status.HTTP_413_CONTENT_TOO_LARGE,
                    f"{name!r} is larger than {max_bytes // (1024 * 1024)} MB",
                )
            out.write(chunk)
    return size
