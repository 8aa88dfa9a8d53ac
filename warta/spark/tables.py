"""The Parquet tables of a Spark extraction, as plain Python (no pyspark needed here).

`articles` holds store rows (what `warta ingest` would store: raw and cleaned text,
offsets, hashes, MinHash), `knowledge` the per-article JSON (the `warta extract` line),
and events, agreements, quantities, persons, organizations one row per fact for
analytics. JSON-valued store columns are JSON strings; Spark DDL gives each schema.
"""

from __future__ import annotations

import json
from typing import Any

from warta.clean.types import CleanDocument
from warta.extract.types import ArticleKnowledge
from warta.ingest.types import RawDocument

JSON_COLUMNS = ("date_evidence", "dateline", "offsets", "removed", "meta", "notes")
ARTICLE_COLUMNS = (
    "doc_id string, source string, source_format string, encoding string, url string, "
    "title string, outlet string, published string, date_evidence string, dateline string, "
    "raw_text string, text string, offsets string, removed string, language string, "
    "meta string, notes string, raw_hash string, content_hash string, minhash binary, "
    "relevant boolean"
)
KNOWLEDGE_SCHEMA = "doc_id string, knowledge string"
FACT_SCHEMAS = {
    "events": "doc_id string, idx int, type string, date string, date_text string, "
    "status string, place string, actors array<string>, source array<string>, "
    "target array<string>, countries array<string>, sectors array<string>, "
    "evidence string, ev_start int, ev_end int",
    "agreements": "doc_id string, idx int, name string, status string, date string, "
    "parties array<string>, sectors array<string>, evidence string, ev_start int, ev_end int",
    "quantities": "doc_id string, idx int, metric string, value double, unit string, "
    "period string, kind string, met boolean, parties array<string>, evidence string, "
    "ev_start int, ev_end int",
    "persons": "doc_id string, idx int, name string, role string, country string, "
    "wikidata string, mentions array<string>",
    "organizations": "doc_id string, idx int, name string, acronym string, country string, "
    "mentions array<string>",
}


def _columns(schema: str) -> list[tuple[str, str]]:
    """(name, type) of each column of a DDL schema ("a string, b array<string>")."""
    pairs = (part.strip().split(" ", 1) for part in schema.split(",") if part.strip())
    return [(name, kind) for name, kind in pairs]


def _names(schema: str) -> list[str]:
    """Column names of a DDL schema."""
    return [name for name, _ in _columns(schema)]


def _struct(schema: str) -> str:
    """A DDL column list as a struct type: "a string, b int" -> "struct<a: string, b: int>"."""
    return "struct<" + ", ".join(f"{name}: {kind}" for name, kind in _columns(schema)) + ">"


# One row per input document: the article (when it could be cleaned), its knowledge JSON
# and its facts (when extracted; each fact table's rows as an array, made in the same
# Python pass, so writing the fact tables is an explode in the JVM), or the problem.
PROCESSED_SCHEMA = ", ".join(
    [
        ARTICLE_COLUMNS,
        "knowledge string",
        *(f"{table} array<{_struct(schema)}>" for table, schema in FACT_SCHEMAS.items()),
        "problem string",
    ]
)


def article_row(raw: RawDocument, clean: CleanDocument, relevant: bool | None) -> dict[str, Any]:
    """The store row `warta ingest` would build (never a duplicate: `warta load` decides)."""
    from warta.clean.dedup import minhash_signature
    from warta.pipeline import build_article, raw_hash

    signature = minhash_signature(clean.text)
    article = build_article(raw, clean, raw.doc_id, raw_hash(raw.text), signature, None)
    row = {name: getattr(article, name) for name in _names(ARTICLE_COLUMNS)}
    for name in JSON_COLUMNS:
        row[name] = json.dumps(row[name], ensure_ascii=False)
    row["relevant"] = relevant
    return row


def fact_rows(knowledge: ArticleKnowledge) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of every fact table for one article's knowledge, in FACT_SCHEMAS order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table, schema in FACT_SCHEMAS.items():
        names = _names(schema)
        items = getattr(knowledge, table)
        rows = []
        for index, item in enumerate(items):
            data = item.model_dump(mode="json")
            evidence = data.pop("evidence", None) or {}
            data.update(
                doc_id=knowledge.id,
                idx=index,
                evidence=evidence.get("text"),
                ev_start=evidence.get("start"),
                ev_end=evidence.get("end"),
            )
            rows.append(tuple(data.get(name) for name in names))
        out[table] = rows
    return out


def article_from_row(row: dict[str, Any]) -> tuple[Any, list[int]]:
    """A store Article (and its MinHash signature) from an `articles` table row."""
    from warta.store import Article, unpack_signature

    values = {name: row[name] for name in _names(ARTICLE_COLUMNS)}
    for name in JSON_COLUMNS:
        values[name] = json.loads(values[name]) if values[name] is not None else None
    minhash = values["minhash"]
    return Article(**values), unpack_signature(minhash) if minhash else []
