"""`warta load DIR`: bulk-load a Spark extraction's Parquet tables into a store.

Articles go through the same id, "unchanged" and duplicate checks as `warta ingest`
(IngestRun.add_built), so loading twice, or loading what was ingested already, stores
nothing twice; the knowledge of each new original is saved with it, then the knowledge
base is rebuilt. Reads with pyarrow a record batch at a time: no Spark needed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.dataset as ds

from warta.extract.types import ArticleKnowledge
from warta.kb.repository import KnowledgeStore
from warta.pipeline import IngestRun, IngestSummary
from warta.spark.tables import article_from_row
from warta.store import Store

READ_BATCH = 500


@dataclass
class LoadSummary:
    articles: IngestSummary = field(default_factory=IngestSummary)
    knowledge: int = 0


def load_tables(directory: str | Path, store: Store, *, rebuild: bool = True) -> LoadSummary:
    directory = Path(directory)
    summary = LoadSummary()
    run = IngestRun(store)
    summary.articles = run.summary
    knowledge_store = KnowledgeStore(store)
    knowledge_table = ds.dataset(directory / "knowledge", format="parquet")
    try:
        articles = ds.dataset(directory / "articles", format="parquet")
        for batch in articles.to_batches(batch_size=READ_BATCH):
            new: dict[str, tuple[str, str]] = {}  # doc_id in the output -> (stored id, text)
            for row in batch.to_pylist():
                article, signature = article_from_row(row)
                given = article.doc_id
                if run.add_built(article, signature) == "ingested":
                    new[given] = (article.doc_id, article.text)
            run.flush()  # the articles first: knowledge refers to them
            summary.knowledge += _save_knowledge(knowledge_table, new, knowledge_store)
    finally:
        run.state.close()
    if rebuild:
        knowledge_store.rebuild()
    return summary


def _save_knowledge(
    table: ds.Dataset, new: dict[str, tuple[str, str]], store: KnowledgeStore
) -> int:
    if not new:
        return 0
    rows = table.to_table(filter=ds.field("doc_id").isin(list(new))).to_pylist()
    saved = []
    for row in rows:
        knowledge = ArticleKnowledge.model_validate_json(row["knowledge"])
        stored_id, text = new[row["doc_id"]]
        knowledge.id = stored_id  # renamed when the id was taken by another text
        saved.append((knowledge, text))
    store.save_knowledge(saved, consolidate=False)  # a bulk load: one rebuild after it
    return len(saved)
