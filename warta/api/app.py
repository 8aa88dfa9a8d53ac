"""The FastAPI application: API routers, JSON errors, security headers, the dashboard."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse

from warta import __version__
from warta.api import routes_articles, routes_entities, routes_jobs, routes_knowledge, routes_search
from warta.api.auth import settings_of
from warta.api.docs import mount_docs
from warta.api.jobs import JobManager
from warta.api.limits import RequestGuard
from warta.api.schemas import ServerInfo
from warta.api.settings import UPLOAD_SUFFIXES, ApiSettings
from warta.api.static_files import DashboardFiles
from warta.kb.repository import KnowledgeStore
from warta.store import open_store

log = logging.getLogger("warta.api")

# The dashboard loads nothing from elsewhere and runs no inline script: article text that
# slipped into markup could still not execute.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
NOT_BUILT_PAGE = """<!doctype html><html lang="id"><meta charset="utf-8">
<title>warta</title><body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>Dasbor belum dibangun / Dashboard not built</h1>
<p>Jalankan <code>make web</code> (perlu Node.js dan npm), lalu muat ulang halaman ini.</p>
<p>Run <code>make web</code> (needs Node.js and npm), then reload this page.</p>
<p>API: <a href="/docs">/docs</a>, <a href="/openapi.json">/openapi.json</a></p></body></html>
"""


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or ApiSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.jobs.shutdown()
        app.state.knowledge.store.close()

    app = FastAPI(
        title="warta API",
        version=__version__,
        description=(
            "Evidence-linked knowledge of international relations from Indonesian news. "
            "Every fact cites the article sentence it rests on (article id + character span "
            "in the cleaned text). Writes need `Authorization: Bearer <WARTA_TOKEN>`."
        ),
        lifespan=lifespan,
        docs_url=None,  # served from the installed package by mount_docs, not a CDN
        redoc_url=None,
    )
    store = open_store(settings.db_url)
    app.state.settings = settings
    app.state.knowledge = KnowledgeStore(store)
    app.state.jobs = JobManager(store)

    routers = (
        routes_articles.read,
        routes_articles.write,
        routes_entities.read,
        routes_entities.write,
        routes_knowledge.router,
        routes_search.router,
        routes_jobs.router,
    )
    for router in routers:
        app.include_router(router)

    @app.get("/api/info", response_model=ServerInfo, tags=["server"], summary="Server settings")
    def info(settings: Annotated[ApiSettings, Depends(settings_of)]) -> ServerInfo:
        return ServerInfo(
            version=__version__,
            reads_need_token=settings.protect_reads,
            writes_enabled=bool(settings.token),
            dashboard_built=(settings.static_dir / "index.html").is_file(),
            max_upload_bytes=settings.max_upload_bytes,
            upload_types=list(UPLOAD_SUFFIXES),
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's default answer quotes the whole input back (50 MB in, 50 MB out).
        return JSONResponse({"detail": short_errors(exc.errors())}, status_code=422)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal server error"}, status_code=500)

    # Before any route reads the body: the token and the body's size (see limits.py).
    app.add_middleware(RequestGuard, routers=routers, settings=settings)

    @app.middleware("http")
    async def refuse_nul(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        # PostgreSQL cannot hold or compare text with NUL: a 400 here, not a 500 from the query
        if "\x00" in request.url.path or "%00" in request.url.query:
            return JSONResponse({"detail": "NUL characters are not allowed"}, status_code=400)
        return await call_next(request)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response

    mount_docs(app)
    _mount_dashboard(app, settings)
    return app


MAX_QUOTED_CHARS = 200


def short_errors(errors: Sequence[Any]) -> list[Any]:
    """Validation errors with every quoted input cut to MAX_QUOTED_CHARS characters."""
    return [_shortened(jsonable_encoder(error)) for error in errors]


def _shortened(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) <= MAX_QUOTED_CHARS:
            return value
        return f"{value[:MAX_QUOTED_CHARS]}... ({len(value):,} characters)"
    if isinstance(value, dict):
        return {key: _shortened(item) for key, item in value.items()}
    if isinstance(value, list):
        if len(value) > 10:
            return [_shortened(item) for item in value[:10]] + [f"... ({len(value):,} items)"]
        return [_shortened(item) for item in value]
    return value


def _mount_dashboard(app: FastAPI, settings: ApiSettings) -> None:
    if (settings.static_dir / "index.html").is_file():
        app.mount("/", DashboardFiles(settings.static_dir), name="dashboard")
        return

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard_not_built() -> HTMLResponse:
        return HTMLResponse(NOT_BUILT_PAGE, status_code=503)
