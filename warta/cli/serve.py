"""`warta serve`: the HTTP API and the dashboard, in one process."""

from __future__ import annotations

import os
import secrets
import threading
from pathlib import Path
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
    watch: Annotated[
        Path | None,
        typer.Option(
            "--watch",
            help="Also ingest files landing in this directory as they come (extracted, "
            "the knowledge base updated by increments).",
            file_okay=False,
            exists=True,
        ),
    ] = None,
    interval: Annotated[
        float, typer.Option("--interval", min=0.1, help="--watch: seconds between scans.")
    ] = 2.0,
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
    stop = threading.Event()
    if watch is not None:
        typer.echo(f"watching:  {watch} (every {interval:g} s)")
        threading.Thread(
            target=_watch_feed, args=(watch, db, interval, stop), name="watch", daemon=True
        ).start()
    try:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    finally:
        stop.set()


def _watch_feed(directory: Path, db: str | None, interval: float, stop: threading.Event) -> None:
    """The --watch thread: its own connection to the store, one batch of files at a time."""
    from rich.console import Console

    from warta.cli.ingest import parse_languages
    from warta.kb.update import update_knowledge
    from warta.pipeline import ingest_paths
    from warta.relevance import is_relevant
    from warta.store import open_store
    from warta.watch import watch

    err = Console(stderr=True)
    with open_store(db) as store:

        def handle(batch: list[Path]) -> None:
            summary = ingest_paths(
                batch,
                store,
                console=err,
                show_progress=False,
                relevance=is_relevant,
                languages=parse_languages("id"),  # as `warta ingest` has it
            )
            knowledge = update_knowledge(store, console=err, show_progress=False)
            err.print(
                f"watch: {len(batch)} file(s), {summary.ingested} new, "
                f"{knowledge.extracted} extracted",
                highlight=False,
            )

        watch(directory, handle, interval=interval, stop=stop)
