"""`warta export --format FORMAT -o PATH`: the knowledge base for other tools."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli.options import DbOption


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    format: Annotated[
        str,
        typer.Option("--format", help="csv, parquet, gdelt, plover, graphml or articles-jsonl."),
    ],
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="Directory for csv/parquet, a file for the others."),
    ],
    db: DbOption = None,
) -> None:
    """Export the knowledge base: tables (csv, parquet), GDELT TSV, PLOVER JSON, GraphML, JSONL."""
    from warta.kb.export import FORMATS
    from warta.kb.export import export as run_export
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    if format not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    for path in run_export(KnowledgeStore(open_store(db)), format, output):
        typer.echo(f"wrote {path}")
