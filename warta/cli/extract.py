"""`warta extract PATH... [-o FILE] [--format jsonl|plover]`: files to knowledge, no database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from warta.cli.options import WorkersOption

if TYPE_CHECKING:
    from warta.extract.types import ArticleKnowledge
    from warta.ingest.types import RawDocument

BATCH_SIZE = 16  # articles per worker task


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
    workers: WorkersOption = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Append to FILE, skipping the articles already in it (after an "
            "interrupted run). Without it FILE is overwritten.",
        ),
    ] = False,
    relevant_only: Annotated[
        bool,
        typer.Option(
            "--relevant-only",
            help="Skip articles the relevance filter finds not about international relations.",
        ),
    ] = False,
) -> None:
    """Extract persons, events, agreements and figures from each article, one JSON line each.

    Streams: each line is written as its article is done, in input order, so memory stays
    flat on inputs of any size and an interrupted run can be continued with --resume.
    """
    from warta.workers import batched, default_workers, extract_documents, ordered_map

    if output_format not in ("jsonl", "plover"):
        raise typer.BadParameter("--format must be jsonl or plover")
    if resume and output is None:
        raise typer.BadParameter("--resume needs -o FILE", param_hint="--resume")
    done = finished_ids(output, output_format) if resume and output else set()
    counts = {"problems": 0, "skipped": 0, "irrelevant": 0, "records": 0}
    documents = _documents(paths, done, relevant_only, counts)
    stream: TextIO = output.open("a" if resume else "w", encoding="utf-8") if output else sys.stdout
    try:
        results = ordered_map(
            extract_documents, batched(documents, BATCH_SIZE), workers or default_workers()
        )
        for batch, outcomes in results:
            for raw, outcome in zip(batch, outcomes, strict=True):
                if isinstance(outcome, str):
                    typer.echo(f"{raw.source}: {outcome}", err=True)
                    counts["problems"] += 1
                    continue
                for row in _records(outcome, output_format):
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                    counts["records"] += 1
            stream.flush()  # whole articles only: --resume trusts every complete line
    finally:
        if output is not None:
            stream.close()
    if output is not None:
        typer.echo(f"{counts['records']} records written to {output}", err=True)
    if counts["skipped"]:
        typer.echo(f"{counts['skipped']} articles skipped (already in {output})", err=True)
    if counts["irrelevant"]:
        typer.echo(f"{counts['irrelevant']} articles skipped as not relevant", err=True)
    if counts["problems"]:
        typer.echo(f"{counts['problems']} inputs could not be read", err=True)


def finished_ids(output: Path, output_format: str) -> set[str]:
    """Article ids already in FILE. A last line cut short by an interruption is removed,
    so appending starts on a fresh line."""
    if not output.exists():
        return set()
    ids: set[str] = set()
    complete = 0  # bytes up to the end of the last complete line
    with output.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                record_id = json.loads(line)["id"]
            except (ValueError, KeyError, TypeError):
                break
            complete += len(line)
            # plover records are "<article id>-NNN", one per event
            ids.add(record_id.rsplit("-", 1)[0] if output_format == "plover" else record_id)
    with output.open("r+b") as handle:
        handle.truncate(complete)
    return ids


def _records(knowledge: ArticleKnowledge, output_format: str) -> list[dict[str, Any]]:
    from warta.extract.plover import event_records

    if output_format == "plover":
        return event_records(knowledge)
    return [knowledge.model_dump(mode="json")]


def _documents(
    paths: list[Path], done: set[str], relevant_only: bool, counts: dict[str, int]
) -> Iterator[RawDocument]:
    """RawDocuments from warta.ingest to extract; problems are reported on the way."""
    from warta.ingest import IngestProblem, iter_documents
    from warta.relevance import is_relevant

    for item in iter_documents(paths):
        if isinstance(item, IngestProblem):
            typer.echo(str(item), err=True)
            counts["problems"] += 1
        elif item.doc_id in done:
            counts["skipped"] += 1
        elif relevant_only and not is_relevant(item.text, item.title):
            counts["irrelevant"] += 1
        else:
            yield item
