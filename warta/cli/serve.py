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

    from_environment = bool(os.environ.get("WARTA_TOKEN"))
    token = os.environ.get("WARTA_TOKEN") or secrets.token_urlsafe(24)
    defaults = ApiSettings(db_url=db, token=token)
    settings = ApiSettings(
        db_url=db, token=token, protect_reads=protect_reads or defaults.protect_reads
    )
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown_host}:{port}/"
    if from_environment:
        # A token the operator set is a secret they keep: logs are read by others.
        typer.echo(f"dashboard: {url}  (writes: add #token=<WARTA_TOKEN> to the address)")
        typer.echo("write token: from WARTA_TOKEN (not shown)")
    else:
        typer.echo(f"dashboard: {url}#token={token}")
        typer.echo(f"write token (WARTA_TOKEN not set, made up for this run): {token}")
    typer.echo(f"API docs:  {url}docs")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
