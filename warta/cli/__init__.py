"""The `warta` command. Each command group lives in its own module and registers here."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    help="warta: Indonesian news about international relations -> evidence-linked knowledge.",
    no_args_is_help=True,
    add_completion=False,
)

# Each module defines `register(app)`. Order is the pipeline order shown in --help.
COMMAND_MODULES = (
    "ingest",
    "load",
    "docs",
    "nlp",
    "evaluate",
    "extract",
    "spark",
    "knowledge",
    "export",
    "serve",
    "backup",
)

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"warta.cli.{_name}")
    except ModuleNotFoundError as exc:  # a stage not built yet
        if exc.name != f"warta.cli.{_name}":
            raise
        continue
    _module.register(app)


@app.command()
def version() -> None:
    """Print warta's version."""
    from warta import __version__

    typer.echo(__version__)


def main() -> None:
    from sqlalchemy.exc import SQLAlchemyError

    try:
        app()
    except SQLAlchemyError as exc:  # any command: one line, not SQL with article text
        from warta.cli.errors import DATABASE_FAILED
        from warta.store.errors import describe_database_error

        typer.echo(f"error: database: {describe_database_error(exc)}", err=True)
        raise SystemExit(DATABASE_FAILED) from None
