"""`warta ingest PATH...`: read articles into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from warta.cli.options import DbOption, WorkersOption

RERUN = "Batches committed before it are kept; run the same command again to finish."


def register(app: typer.Typer) -> None:
    app.command("ingest", no_args_is_help=True)(ingest)


def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or directories (searched recursively): .txt, .html/.htm, .jsonl, "
            ".json, .warc/.warc.gz; .txt/.html/.json/.jsonl may also be gzipped (.gz).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    watch: Annotated[
        Path | None,
        typer.Option(
            "--watch",
            help="Then keep watching this directory: files that land in it are ingested "
            "and extracted as they come, the knowledge base updated by increments "
            "(Ctrl-C stops). Files already there are ingested first.",
            file_okay=False,
            exists=True,
        ),
    ] = None,
    interval: Annotated[
        float, typer.Option("--interval", min=0.1, help="--watch: seconds between scans.")
    ] = 2.0,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit non-zero if any input had a problem.")
    ] = False,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            "-f",
            help="Record field name for JSON/JSONL, e.g. --field text=isi --field "
            "published=tanggal. Fields: id, text, title, url, published, outlet.",
            show_default=False,
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per database transaction.")
    ] = 200,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show the progress bar.")
    ] = True,
    extract: Annotated[
        bool,
        typer.Option(
            "--extract/--no-extract",
            help="Extract knowledge from the new articles and rebuild the knowledge base.",
        ),
    ] = True,
    workers: WorkersOption = None,
    languages: Annotated[
        str,
        typer.Option(
            "--languages",
            help="Languages to take, comma-separated ISO 639-1 codes (id,en), or 'all'. "
            "Articles detected in another language are skipped and reported; texts too "
            "short to tell are kept.",
        ),
    ] = "id",
    all_articles: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Extract every article. Default: only those the relevance filter finds "
            "about international relations (the others are stored, marked irrelevant).",
        ),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume/--no-resume",
            help="Continue where an earlier (interrupted) run stopped: stored articles are "
            "not stored again, extracted ones not extracted again. --no-resume re-extracts "
            "every stored article.",
        ),
    ] = True,
) -> None:
    """Read articles from files and directories into the store, cleaned and deduplicated.

    Input is streamed (directories of millions of files, multi-GB JSONL or WARC) with flat
    memory. Re-running is safe: articles already stored are left as they are. Problems (empty,
    binary or broken files, records without text...) are reported as FILE[:line N|record N]:
    reason and skipped. Exit code 1 when nothing could be ingested, or with --strict on
    any problem; 130 when interrupted.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from warta.cli.errors import database_errors_reported
    from warta.config import database_url
    from warta.ingest import FieldMap
    from warta.pipeline import ingest_paths
    from warta.relevance import is_relevant
    from warta.store import open_store
    from warta.store.errors import describe_database_error
    from warta.workers import default_workers

    err = Console(stderr=True)
    try:
        fields = FieldMap.from_options(field or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--field") from exc
    url = database_url(db)
    try:
        store = open_store(url)
    except (SQLAlchemyError, OSError) as exc:
        reason = describe_database_error(exc)
        err.print(f"[red]error[/] cannot open database {url}: {reason}", highlight=False)
        raise typer.Exit(2) from exc
    if watch is not None:
        with store, database_errors_reported(store.url, RERUN, err):
            _watch_directory(
                watch, list(paths or []), store, err, fields, batch_size, extract, workers,
                all_articles, parse_languages(languages), interval,
            )  # fmt: skip
        return
    if not paths:
        raise typer.BadParameter("give files or directories to ingest, or --watch DIR")
    # Committed batches are kept (and extraction resumes), so a re-run finishes the job.
    with store, database_errors_reported(store.url, RERUN, err):
        summary = ingest_paths(
            paths,
            store,
            fields=fields,
            batch_size=batch_size,
            console=err,
            show_progress=progress,
            relevance=None if all_articles else is_relevant,
            languages=parse_languages(languages),
        )
        total = store.count_articles()
        knowledge = None
        if extract and not summary.interrupted:
            from warta.kb.update import update_knowledge

            try:
                knowledge = update_knowledge(
                    store,
                    console=err,
                    show_progress=progress,
                    workers=workers or default_workers(),
                    include_irrelevant=all_articles,
                    redo=not resume,
                )
            except KeyboardInterrupt:
                summary.interrupted = True  # saved batches stay: a re-run extracts the rest
    out = Console()
    table = Table(title=f"Ingest into {store.url}", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("files read", str(summary.files))
    table.add_row("ingested (new)", str(summary.ingested))
    table.add_row("unchanged (already present)", str(summary.unchanged))
    table.add_row("exact duplicates (linked)", str(summary.exact_duplicates))
    table.add_row("near duplicates (linked)", str(summary.near_duplicates))
    table.add_row("problems (skipped)", str(len(summary.problems)))
    if summary.ignored_files:
        table.add_row("other files ignored", str(summary.ignored_files))
    table.add_row("articles in the store", str(total))
    if knowledge is not None:
        table.add_row("articles extracted now", str(knowledge.extracted))
        if knowledge.failed:
            table.add_row("extraction failed (left pending)", str(knowledge.failed))
    out.print(table)
    if knowledge is not None and (line := knowledge.kb_line()):
        out.print(line, highlight=False)
    for original, used in summary.renamed:
        out.print(f"id {original!r} was taken by another text: stored as {used!r}", highlight=False)
    if summary.interrupted:
        err.print("[red]interrupted[/]: committed batches are kept; re-run to finish")
    code = summary.exit_code(strict)
    if code == 1:
        why = "problems with --strict" if summary.accepted else "nothing could be ingested"
        err.print(f"[red]failed[/]: {why}")
    raise typer.Exit(code)


def _watch_directory(
    directory: Path,
    paths: list[Path],
    store: Any,
    err: Console,
    fields: Any,
    batch_size: int,
    extract: bool,
    workers: int | None,
    all_articles: bool,
    languages: frozenset[str] | None,
    interval: float,
) -> None:
    """Ingest `paths` and what is in `directory`, then each batch of files landing there,
    one line per batch, until Ctrl-C."""
    from warta.kb.update import update_knowledge
    from warta.pipeline import ingest_paths
    from warta.relevance import is_relevant
    from warta.watch import watch

    out = Console()

    def handle(batch: list[Path]) -> None:
        summary = ingest_paths(
            batch, store, fields=fields, batch_size=batch_size, console=err,
            show_progress=False, relevance=None if all_articles else is_relevant,
            languages=languages,
        )  # fmt: skip
        line = (
            f"{len(batch)} file(s): {summary.ingested} new, {summary.unchanged} unchanged, "
            f"{summary.exact_duplicates + summary.near_duplicates} duplicates, "
            f"{len(summary.problems)} problems"
        )
        if extract:
            knowledge = update_knowledge(
                store, console=err, show_progress=False, workers=workers or 1,
                include_irrelevant=all_articles,
            )  # fmt: skip
            line += f"; extracted {knowledge.extracted}"
            if kb := knowledge.kb_line():
                line += f"; {kb}"
        out.print(line, highlight=False)

    if paths:
        handle(paths)
    out.print(f"watching {directory} (every {interval:g} s; Ctrl-C stops)", highlight=False)
    try:
        watch(directory, handle, interval=interval)
    except KeyboardInterrupt:
        out.print("stopped watching")


def parse_languages(option: str) -> frozenset[str] | None:
    """--languages: "id,en" -> {"id", "en"}; "all" (or nothing) -> None, every language."""
    codes = frozenset(code.strip().lower() for code in option.split(",") if code.strip())
    if not codes or "all" in codes:
        return None
    if bad := sorted(c for c in codes if not c.isalpha() or len(c) not in (2, 3)):
        raise typer.BadParameter(f"not language codes: {', '.join(bad)}", param_hint="--languages")
    return codes
