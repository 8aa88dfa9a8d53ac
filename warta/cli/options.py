"""Options several commands share, defined once."""

from __future__ import annotations

from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL or SQLite file path. Default: $WARTA_DB, else warta.db here.",
        show_default=False,
    ),
]

WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-j",
        min=1,
        help="Processes for NLP and extraction. Default: all cores.",
        show_default=False,
    ),
]
