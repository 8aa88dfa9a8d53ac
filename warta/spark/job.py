"""The Spark job: documents -> clean -> NLP -> extraction, a partition at a time.

Each executor's Python worker loads the spaCy pipeline once (warta.nlp.load_pipeline is
cached per process, and Spark reuses its Python workers) and runs the same batch code
as `warta extract` (warta.workers), so both give the same knowledge.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.spark.tables import (
    ARTICLE_COLUMNS,
    FACT_SCHEMAS,
    KNOWLEDGE_SCHEMA,
    PROCESSED_SCHEMA,
    _names,
    article_row,
    fact_rows,
)

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession

    from warta.ingest.types import RawDocument

BATCH_SIZE = 16  # documents per NLP batch inside a partition
PARQUET_FIELDS = ("id", "text", "title", "url", "published", "outlet")


def read_documents(
    spark: SparkSession, paths: Iterable[str | Path], partitions: int | None = None
) -> RDD[RawDocument | str]:
    """RawDocuments (and problems, as strings) from files and directories as `warta
    extract` reads them, plus Parquet datasets (columns id, text and optionally title,
    url, published, outlet). Files are listed on the driver and read on the executors."""
    from warta.ingest import IgnoredFile, InputFile, discover

    context = spark.sparkContext
    partitions = partitions or context.defaultParallelism * 4
    files: list[tuple[str, str, bool]] = []
    problems: list[str] = []
    parquet: list[str] = []
    for name in map(str, paths):  # a URL (s3a://, hdfs://) must not go through Path
        given = Path(name)
        if name.endswith(".parquet") or (given.is_dir() and any(given.glob("*.parquet"))):
            parquet.append(name)
            continue
        for found in discover([given]):
            if isinstance(found, InputFile):
                files.append((str(found.path), found.format, found.gzipped))
            elif not isinstance(found, IgnoredFile):
                problems.append(str(found))
    rdds: list[RDD[Any]] = [context.parallelize(problems, 1)] if problems else []
    if files:
        listed = context.parallelize(files, max(1, min(len(files), partitions)))
        rdds.append(listed.flatMap(_read_file))
    for path in parquet:
        rdds.append(spark.read.parquet(path).rdd.map(partial(_parquet_doc, path=path)))
    if not rdds:
        return context.parallelize([], 1)
    # one big JSONL or WARC file is one task to read: spread its articles for the NLP
    return context.union(rdds).repartition(partitions)


def _read_file(entry: tuple[str, str, bool]) -> Iterator[RawDocument | str]:
    from warta.ingest import IngestProblem, InputFile, read_file

    path, fmt, gzipped = entry
    for item in read_file(InputFile(Path(path), fmt, gzipped)):
        yield str(item) if isinstance(item, IngestProblem) else item


def _parquet_doc(row: Any, path: str) -> RawDocument:
    from warta.ingest.types import RawDocument

    data = row.asDict()
    return RawDocument(
        doc_id=str(data["id"]),
        source=f"{path}#{data['id']}",
        text=data["text"],
        format="parquet",
        **{k: data.get(k) for k in PARQUET_FIELDS[2:]},
    )


def process_partition(items: Iterable[RawDocument | str], relevant_only: bool) -> Iterator[tuple]:
    """PROCESSED_SCHEMA rows for one partition."""
    from warta.relevance import is_relevant
    from warta.workers import batched, clean_all, extract_cleaned

    names = _names(ARTICLE_COLUMNS)
    empty = dict.fromkeys(names)
    no_facts: tuple[Any, ...] = (None,) * len(FACT_SCHEMAS)
    for batch in batched(items, BATCH_SIZE):
        for problem in (i for i in batch if isinstance(i, str)):
            yield (*empty.values(), None, *no_facts, problem)
        docs = [i for i in batch if not isinstance(i, str)]
        cleaned = clean_all(docs)
        relevant = [
            is_relevant(c.text, c.title) if not isinstance(c, str) else False for c in cleaned
        ]
        outcomes = extract_cleaned(docs, cleaned, relevant if relevant_only else None)
        for raw, clean, verdict, outcome in zip(docs, cleaned, relevant, outcomes, strict=True):
            if isinstance(clean, str) or not clean.text.strip():
                reason = clean if isinstance(clean, str) else "no article text left after cleaning"
                yield (*{**empty, "doc_id": raw.doc_id}.values(), None, *no_facts, reason)
                continue
            row = article_row(raw, clean, verdict if relevant_only else None)
            knowledge, facts, failure = None, no_facts, None
            if isinstance(outcome, str):
                failure = outcome
            elif outcome is not None:
                knowledge = outcome.model_dump_json()
                facts = tuple(fact_rows(outcome).values())
            yield (*(row[n] for n in names), knowledge, *facts, failure)


def extract_documents_df(
    spark: SparkSession, documents: RDD[RawDocument | str], relevant_only: bool = False
) -> DataFrame:
    """One PROCESSED_SCHEMA row per document: article, knowledge JSON, problem."""
    rows = documents.mapPartitions(lambda part: process_partition(part, relevant_only))
    return spark.createDataFrame(rows, PROCESSED_SCHEMA)


def write_tables(processed: DataFrame, output: str, mode: str = "overwrite") -> dict[str, int]:
    """Write the tables under `output` (one Parquet directory each); returns row counts."""
    from pyspark import StorageLevel
    from pyspark.sql.functions import explode

    # the NLP runs once: every table below is read from the persisted result
    processed = processed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {"documents": processed.count()}
        articles = processed.where("doc_id IS NOT NULL AND raw_hash IS NOT NULL")
        articles.select(*_names(ARTICLE_COLUMNS)).write.mode(mode).parquet(f"{output}/articles")
        knowledge = processed.where("knowledge IS NOT NULL").select("doc_id", "knowledge")
        knowledge.write.mode(mode).parquet(f"{output}/knowledge")
        processed.where("problem IS NOT NULL").select("doc_id", "problem").write.mode(mode).parquet(
            f"{output}/problems"
        )
        for table in FACT_SCHEMAS:
            facts = processed.where(f"{table} IS NOT NULL").select(explode(table).alias("f"))
            facts.select("f.*").write.mode(mode).parquet(f"{output}/{table}")
        counts["articles"] = articles.count()
        counts["knowledge"] = knowledge.count()
        counts["problems"] = counts["documents"] - counts["articles"]
    finally:
        processed.unpersist()
    return counts


def run_extract(
    spark: SparkSession,
    inputs: Iterable[str | Path],
    output: str,
    *,
    relevant_only: bool = False,
    partitions: int | None = None,
) -> dict[str, int]:
    """`warta spark extract`: read, process and write; returns the row counts."""
    documents = read_documents(spark, inputs, partitions)
    return write_tables(extract_documents_df(spark, documents, relevant_only), output)


__all__ = [
    "KNOWLEDGE_SCHEMA",
    "extract_documents_df",
    "process_partition",
    "read_documents",
    "run_extract",
    "write_tables",
]
