"""`warta serve`: the HTTP API and the dashboard, in one process."""

from __future__ import annotations

import os
import secrets
from typing import Annotated

import typer

from warta.cli.options import DbOption


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 0.0.0.0 exposes it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    db: DbOption = None,
    protect_reads: Annotated[
        bool,
        typer.Option(
            "--protect-reads",
            help="Reads need the token too (also: WARTA_PROTECT_READS=1).",
        ),
    ] = False,
) -> None:
    """Serve the API (/api, /docs) and the dashboard (/) over the knowledge base.

    Writes (ingest, merge, split) need `Authorization: Bearer $WARTA_TOKEN`; when
    WARTA_TOKEN is not set, a one-time token is made up and printed.
    """
    import uvicorn

    from warta.api import ApiSettings, create_app

    token = os.environ.get("WARTA_TOKEN") or secrets.token_urlsafe(24)
    defaults = ApiSettings(db_url=db, token=token)
    settings = ApiSettings(
        db_url=db, token=token, protect_reads=protect_reads or defaults.protect_reads
    )
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown_host}:{port}/"
    typer.echo(f"dashboard: {url}#token={token}")
    typer.echo(f"API docs:  {url}docs")
    if not os.environ.get("WARTA_TOKEN"):
        typer.echo(f"write token (WARTA_TOKEN not set, made up for this run): {token}")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
