"""Database failures reported as one line, never as a traceback quoting SQL and article text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError

from warta.store.errors import describe_database_error

DATABASE_FAILED = 2  # exit code: the environment failed, not the input


@contextmanager
def database_errors_reported(
    url: str, after: str = "", console: Console | None = None
) -> Iterator[None]:
    """Turn a database error inside the block into `error database URL: reason. AFTER`
    on stderr and exit code 2."""
    try:
        yield
    except SQLAlchemyError as exc:
        message = f"[red]error[/] database {url}: {describe_database_error(exc)}."
        if after:
            message += f" {after}"
        (console or Console(stderr=True)).print(message, highlight=False, soft_wrap=True)
        raise typer.Exit(DATABASE_FAILED) from None
