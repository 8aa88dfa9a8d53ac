"""Checks made before a request body is read: the token, then the body's size.

FastAPI reads (and spools) a whole multipart body before the endpoint's dependencies run,
so a client without the token could make the server take in 100 MB. This ASGI
middleware answers 401/403 from the headers alone, refuses a Content-Length over the
limit at once, and stops a body streamed without one (chunked) as soon as it passes the
limit (Starlette's RequestBodyLimitMiddleware counts the bytes as they arrive).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from fastapi import APIRouter
from fastapi.routing import APIRoute
from starlette.datastructures import Headers
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from warta.api.auth import (
    READS_PROTECTED,
    WRITES_DISABLED,
    WRITES_NEED_TOKEN,
    require_read_token,
    require_write_token,
    token_matches,
)
from warta.api.settings import ApiSettings

UPLOAD_PATH = "/api/articles/upload"
# Multipart framing around the files (boundaries, part headers): allowed on top of the
# files' own total.
MULTIPART_OVERHEAD = 256 * 1024
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class GuardedRoute:
    pattern: re.Pattern[str]
    methods: frozenset[str]
    needs: str  # "write" | "read"


def guarded_routes(routers: Sequence[APIRouter]) -> list[GuardedRoute]:
    """The routes taking a body whose endpoint checks a token, and which token.

    Read from the routers (their own dependencies and each route's), as the app keeps
    included routers unflattened.
    """
    guarded = []
    for router in routers:
        shared = {dependency.dependency for dependency in router.dependencies}
        for route in router.routes:
            methods = frozenset(getattr(route, "methods", None) or ())
            if not isinstance(route, APIRoute) or not (methods & _BODY_METHODS):
                continue
            calls = shared | {dependency.call for dependency in route.dependant.dependencies}
            needs = (
                "write"
                if require_write_token in calls
                else "read"
                if require_read_token in calls
                else None
            )
            if needs:
                guarded.append(GuardedRoute(route.path_regex, methods, needs))
    return guarded


class RequestGuard:
    """ASGI middleware: token and size checked from the headers, before the body."""

    def __init__(self, app: ASGIApp, routers: Sequence[APIRouter], settings: ApiSettings) -> None:
        self.app = app
        self.settings = settings
        self._routes = guarded_routes(routers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        limit = self.body_limit(scope["path"])
        await RequestBodyLimitMiddleware(self.app, limit)(scope, receive, send)

    def body_limit(self, path: str) -> int:
        if path.rstrip("/") == UPLOAD_PATH:
            return self.settings.max_upload_total_bytes + MULTIPART_OVERHEAD
        return self.settings.max_request_bytes

    def _refusal(self, scope: Scope) -> JSONResponse | None:
        path, method = scope["path"], scope["method"]
        route = next(
            (r for r in self._routes if method in r.methods and r.pattern.match(path)), None
        )
        if route is None:
            return None
        authorization = Headers(scope=scope).get("authorization")
        settings = self.settings
        if route.needs == "write" and not settings.token:
            return JSONResponse({"detail": WRITES_DISABLED}, status_code=403)
        if route.needs == "read" and not settings.protect_reads:
            return None
        if settings.token and token_matches(settings.token, authorization):
            return None
        message = WRITES_NEED_TOKEN if route.needs == "write" else READS_PROTECTED
        return JSONResponse(
            {"detail": message}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
        )
