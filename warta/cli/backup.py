"""`warta backup FILE` / `warta restore FILE`: a consistent copy of a SQLite store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from warta.cli.options import DbOption

ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite what is there.")]


def register(app: typer.Typer) -> None:
    app.command("backup")(backup)
    app.command("restore")(restore)


def backup(
    file: Annotated[Path, typer.Argument(help="The backup file to write (SQLite).")],
    db: DbOption = None,
    force: ForceOption = False,
) -> None:
    """Copy the store into FILE, consistently even while it is being written to.

    SQLite only; for PostgreSQL the pg_dump / pg_restore commands are printed instead.
    """
    from warta.store.backup import BackupError
    from warta.store.backup import backup as run_backup

    try:
        copied = run_backup(db, file, force=force)
    except BackupError as exc:
        _fail(exc)
    typer.echo(f"backed up {copied.source} -> {copied.target} ({copied.rows} rows)")


def restore(
    file: Annotated[Path, typer.Argument(help="A backup written by `warta backup`.")],
    db: DbOption = None,
    force: ForceOption = False,
) -> None:
    """Replace the store with the backup in FILE. A store holding data needs --force."""
    from warta.store.backup import BackupError
    from warta.store.backup import restore as run_restore

    try:
        copied = run_restore(file, db, force=force)
    except BackupError as exc:
        _fail(exc)
    typer.echo(f"restored {copied.target} from {copied.source} ({copied.rows} rows)")


def _fail(exc: Exception) -> NoReturn:
    Console(stderr=True).print(f"[red]error[/] {exc}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)
