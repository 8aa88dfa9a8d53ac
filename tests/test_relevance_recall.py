"""The relevance filter never drops an article a careful analyst found events in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.relevance import is_relevant

DATA = Path(__file__).resolve().parent / "data"


def articles_with_gold_events(folder: Path) -> list[Path]:
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line]
    with_events = {g["id"] for g in gold if any(not e.get("optional") for e in g["events"])}
    return [p for p in sorted((folder / "articles").glob("*.txt")) if p.stem in with_events]


@pytest.mark.parametrize("name", ["devset", "heldout", "heldout3"])
def test_every_article_with_gold_events_is_kept(name: str) -> None:
    articles = articles_with_gold_events(DATA / name)
    assert len(articles) >= 10
    dropped = [p.stem for p in articles if not is_relevant(p.read_text(encoding="utf-8"))]
    assert dropped == []
