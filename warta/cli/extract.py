"""`warta extract PATH... [-o FILE] [--format jsonl|plover]`: files to knowledge, no database."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    app.command("extract", no_args_is_help=True)(extract)


def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or directories of articles.", show_default=False)
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of standard output.")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="jsonl (one article per line) or plover (events).")
    ] = "jsonl",
) -> None:
    """Extract persons, events, agreements and figures from each article, one JSON line each."""
    from warta.extract import extract_raw
    from warta.extract.plover import event_records

    if output_format not in ("jsonl", "plover"):
        raise typer.BadParameter("--format must be jsonl or plover")
    rows: list[dict[str, Any]] = []
    problems = 0
    for item in _documents(paths):
        if isinstance(item, str):
            typer.echo(item, err=True)
            problems += 1
            continue
        knowledge = extract_raw(item)
        if output_format == "plover":
            rows.extend(event_records(knowledge))
        else:
            rows.append(knowledge.model_dump(mode="json"))
    lines = "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in rows)
    if output is None:
        sys.stdout.write(lines)
    else:
        output.write_text(lines, encoding="utf-8")
        typer.echo(f"{len(rows)} records written to {output}", err=True)
    if problems:
        typer.echo(f"{problems} inputs could not be read", err=True)


def _documents(paths: list[Path]) -> Any:
    """RawDocuments from warta.ingest; problems come out as strings to report."""
    from warta.ingest import IngestProblem, iter_documents

    for item in iter_documents(paths):
        yield str(item) if isinstance(item, IngestProblem) else item
