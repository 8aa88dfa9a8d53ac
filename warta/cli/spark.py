"""`warta spark extract INPUT... OUTPUT`: cleaning, NLP and extraction as a PySpark job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

spark_app = typer.Typer(help="Run warta on Apache Spark (pip install warta[spark]).")


def register(app: typer.Typer) -> None:
    app.add_typer(spark_app, name="spark")


@spark_app.command("extract", no_args_is_help=True)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Inputs (files, directories, Parquet datasets with id,text columns), then "
            "the OUTPUT directory for the Parquet tables.",
            show_default=False,
        ),
    ],
    master: Annotated[
        str, typer.Option("--master", help="Spark master, e.g. local[4] or yarn.")
    ] = "local[*]",
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Default: 4 per core.")
    ] = None,
    relevant_only: Annotated[
        bool,
        typer.Option("--relevant-only", help="Extract only articles the relevance filter keeps."),
    ] = False,
) -> None:
    """Extract knowledge from INPUT... into OUTPUT (tables articles, knowledge, events,
    agreements, quantities, persons, organizations, problems); `warta load OUTPUT` stores it."""
    if len(paths) < 2:
        raise typer.BadParameter("give at least one INPUT and the OUTPUT directory")
    *inputs, output = paths
    try:
        from warta.spark import local_session, run_extract
    except ImportError as exc:
        typer.echo(f"pyspark is not installed ({exc}): pip install 'warta[spark]'", err=True)
        raise typer.Exit(2) from exc
    spark = local_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        counts = run_extract(
            spark, [Path(p) for p in inputs], output, relevant_only=relevant_only,
            partitions=partitions,
        )  # fmt: skip
    finally:
        spark.stop()
    typer.echo(
        f"{counts['documents']} documents: {counts['articles']} articles, "
        f"{counts['knowledge']} extracted, {counts['problems']} problems -> {output}"
    )
