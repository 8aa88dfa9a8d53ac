"""Bearer-token checks: writes always need the token; reads only when protected."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from warta.api.settings import ApiSettings

_bearer = HTTPBearer(auto_error=False, description="The server's WARTA_TOKEN.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def settings_of(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


Settings = Annotated[ApiSettings, Depends(settings_of)]


WRITES_DISABLED = "writes are disabled: start the server with WARTA_TOKEN set"
WRITES_NEED_TOKEN = "this endpoint needs the header 'Authorization: Bearer <WARTA_TOKEN>'"
READS_PROTECTED = "reads are protected: send 'Authorization: Bearer <WARTA_TOKEN>'"


def _token_matches(expected: str, credentials: HTTPAuthorizationCredentials | None) -> bool:
    if credentials is None or credentials.scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(credentials.credentials.encode(), expected.encode())


def token_matches(expected: str, authorization: str | None) -> bool:
    """The same check on a raw Authorization header (before FastAPI parses anything)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return hmac.compare_digest(token.strip().encode(), expected.encode())


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, message, headers={"WWW-Authenticate": "Bearer"}
    )


def require_write_token(
    settings: Settings,
    credentials: Credentials,
) -> None:
    if not settings.token:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            WRITES_DISABLED,
        )
    if not _token_matches(settings.token, credentials):
        raise _unauthorized(WRITES_NEED_TOKEN)


def require_read_token(
    settings: Settings,
    credentials: Credentials,
) -> None:
    if not settings.protect_reads:
        return
    if not settings.token or not _token_matches(settings.token, credentials):
        raise _unauthorized(READS_PROTECTED)
