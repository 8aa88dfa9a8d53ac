"""The annotated news corpus (../shared/corpus) as analyzed articles with their gold facts.

Each article is read and cleaned as `warta extract` reads a file, analyzed once, and every
gold fact is tied to the sentences its evidence overlaps (evidence strings are exact
substrings of the article file; cleaning keeps sentences intact, so they are looked up in the
cleaned text, with spacing normalized as a fallback).
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.clean import clean_document
from warta.extract.analysis import ArticleAnalysis, analyze_article
from warta.extract.features import SentenceView, sentence_views
from warta.ingest.types import RawDocument
from warta.nlp import analyze_many

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
CORPUS = SHARED / "corpus"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds.jsonl"
# The project's own annotated sets (invented texts, tests/data): extra training data.
PROJECT_SETS = {name: REPO / "tests" / "data" / name for name in ("devset", "heldout", "heldout3")}


@dataclass
class GoldArticle:
    id: str
    gold: dict[str, Any]
    article: ArticleAnalysis
    views: list[SentenceView]
    path: Path
    # sentence indices of each gold event, by the event's position in gold["events"]
    event_sentences: dict[int, list[int]] = field(default_factory=dict)


def read_gold(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {str(r["id"]): r for r in rows}


def split_files(split: str) -> tuple[Path, list[Path]]:
    """The gold file and the article files of a corpus split ("train", "dev"), of "seeds",
    or of one of the project's own sets ("devset", "heldout", "heldout3")."""
    if split == "seeds":
        return SEEDS_GOLD, sorted(SEEDS.glob("*.txt"))
    if split in PROJECT_SETS:
        folder = PROJECT_SETS[split]
        return folder / "gold.jsonl", sorted((folder / "articles").glob("*.txt"))
    return CORPUS / split / "gold.jsonl", sorted((CORPUS / split / "articles").glob("*.txt"))


def load_split(split: str, cache: Path | None = None) -> list[GoldArticle]:
    """The analyzed articles of a split, from `cache`/<split>.pkl when it is there (a pickle
    of this list, to keep experiments from parsing again), with the gold as its file has it
    now."""
    gold_path, files = split_files(split)
    gold = read_gold(gold_path)
    if cache is not None and (cache / f"{split}.pkl").exists():
        with (cache / f"{split}.pkl").open("rb") as handle:
            items: list[GoldArticle] = pickle.load(handle)  # noqa: S301  # our own cache
        for item in items:
            item.gold = gold.get(item.id, item.gold)
        return items
    files = [f for f in files if f.stem in gold]
    return list(analyze_files(files, gold))


def analyze_files(files: list[Path], gold: dict[str, dict[str, Any]]) -> Iterator[GoldArticle]:
    raws = [
        RawDocument(doc_id=f.stem, source=str(f), text=f.read_text(encoding="utf-8"), format="txt")
        for f in files
    ]
    cleans = [clean_document(raw) for raw in raws]
    items = ((c.text, c.published.value if c.published else None) for c in cleans)
    for path, clean, doc in zip(files, cleans, analyze_many(items, 16), strict=True):
        article = analyze_article(clean, doc)
        item = GoldArticle(path.stem, gold[path.stem], article, sentence_views(article), path)
        for i, event in enumerate(item.gold.get("events") or []):
            item.event_sentences[i] = evidence_sentences(article, evidence_text(event))
        yield item


def evidence_text(fact: dict[str, Any]) -> str:
    evidence = fact.get("evidence") or ""
    return str(evidence.get("text", "") if isinstance(evidence, dict) else evidence)


def evidence_sentences(article: ArticleAnalysis, evidence: str) -> list[int]:
    """Indices of the sentences that the evidence overlaps ([] when it is not found)."""
    if not evidence.strip():
        return []
    start = article.text.find(evidence)
    end = start + len(evidence)
    if start < 0:
        start, end = _find_loosely(article.text, evidence)
        if start < 0:
            return []
    return [s.index for s in article.sentences if s.start < end and start < s.end]


def _find_loosely(text: str, evidence: str) -> tuple[int, int]:
    """Where the evidence stands in the text when spacing differs."""
    words = [re.escape(w) for w in evidence.split()]
    match = re.search(r"\s+".join(words), text)
    return (match.start(), match.end()) if match else (-1, -1)
