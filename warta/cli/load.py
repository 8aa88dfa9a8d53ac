"""`warta load DIR --db URL`: store a Spark extraction (warta spark extract)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli.options import DbOption


def register(app: typer.Typer) -> None:
    app.command("load", no_args_is_help=True)(load)


def load(
    directory: Annotated[
        Path, typer.Argument(help="Output directory of `warta spark extract`.", show_default=False)
    ],
    db: DbOption = None,
) -> None:
    """Bulk-load articles and their knowledge into the store, then rebuild the knowledge
    base. Articles already stored are skipped; duplicates are linked as by `warta ingest`."""
    from warta.config import database_url
    from warta.spark.load import load_tables
    from warta.store import open_store

    if not (directory / "articles").is_dir():
        raise typer.BadParameter(f"{directory} has no articles table", param_hint="DIRECTORY")
    with open_store(database_url(db)) as store:
        summary = load_tables(directory, store)
        total = store.count_articles()
    a = summary.articles
    typer.echo(
        f"loaded {a.ingested} new articles ({a.duplicates} duplicates linked, {a.unchanged} "
        f"already stored), {summary.knowledge} extractions; {total} articles in the store"
    )
