"""`warta nlp FILE`: run the NLP stage on one text file and show its entities."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


def register(app: typer.Typer) -> None:
    app.command("nlp", no_args_is_help=True)(nlp)


def nlp(
    file: Annotated[
        Path,
        typer.Argument(help="A UTF-8 text file ('-' for standard input).", show_default=False),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY-MM-DD) used to resolve relative dates.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (entities and sentences) instead.")
    ] = False,
) -> None:
    """Print the entities found in FILE with their labels and normalized values."""
    from warta.nlp import analyze

    text = typer.get_text_stream("stdin").read() if str(file) == "-" else file.read_text("utf-8")
    doc = analyze(text, published=published)
    entities = [
        {
            "text": ent.text,
            "label": ent.label_,
            "start": ent.start_char,
            "end": ent.end_char,
            "norm": ent._.norm,
            "value": ent._.value,
        }
        for ent in doc.ents
    ]
    if as_json:
        sentences = [{"start": s.start_char, "end": s.end_char} for s in doc.sents]
        payload = {"published": published, "entities": entities, "sentences": sentences}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{file} — {len(entities)} entities, {len(list(doc.sents))} sentences")
    for column in ("#", "label", "text", "norm", "value"):
        table.add_column(column, overflow="fold")
    for index, ent in enumerate(entities, 1):
        value = " ".join(f"{k}={v}" for k, v in (ent["value"] or {}).items() if v is not None)
        table.add_row(
            str(index), str(ent["label"]), str(ent["text"]), str(ent["norm"] or ""), value
        )
    Console().print(table)
