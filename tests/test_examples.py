"""The bundled sample corpus (examples/) and the real seed articles (../shared/seeds)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rich.console import Console

from warta.ingest import RawDocument, iter_documents
from warta.pipeline import ingest_paths
from warta.store import open_store

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEEDS = REPO.parent / "shared" / "seeds"


def quiet() -> Console:
    return Console(file=open(os.devnull, "w"))  # noqa: SIM115 - lives as long as the test


def test_examples_ingest_without_problems(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "w.db")) as store:
        summary = ingest_paths([EXAMPLES], store, console=quiet(), show_progress=False)
        articles = {a.doc_id: a for a in store.list_articles()}
    assert summary.problems == []
    assert len(articles) >= 14
    assert summary.ingested >= 14
    # the syndicated copy is linked to its original, not processed as new
    copy = articles["suara-retno-lavrov-jakarta-sindikasi"]
    assert copy.duplicate_of == "antara-retno-lavrov-jakarta" and copy.duplicate_kind == "near"
    assert articles["antara-dubes-pasar-rusia-cp1252"].encoding == "cp1252"
    assert "“telah disepakati”" in articles["antara-dubes-pasar-rusia-cp1252"].text
    page = articles["kabarnusantara-retno-wang-yi-vaksin"]
    assert page.source_format == "html" and page.published == "2021-01-13"
    assert "Beranda" not in page.text and "Pedoman Media Siber" not in page.text
    jsonl = [a for a in articles.values() if a.source_format == "jsonl"]
    assert 2 <= len(jsonl) <= 3
    assert all(a.published for a in articles.values()), "every example has a findable date"


def test_examples_cover_the_required_partners_and_formats() -> None:
    docs = [d for d in iter_documents([EXAMPLES]) if isinstance(d, RawDocument)]
    text = "\n".join(d.text for d in docs)
    for partner in ("Rusia", "China", "Jepang", "Australia", "Amerika Serikat", "ASEAN"):
        assert partner in text
    for status in ("sedang difinalisasi", "telah disepakati", "menandatangani"):
        assert status in text
    assert "diharapkan segera ditandatangani" in text
    assert {d.format for d in docs} >= {"txt", "html", "jsonl"}
    assert (EXAMPLES / "README.md").read_text(encoding="utf-8").count("invented") >= 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seed_articles_ingest_and_reingest(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        first = ingest_paths([SEEDS], store, console=quiet(), show_progress=False)
        count = store.count_articles()
        second = ingest_paths([SEEDS], store, console=quiet(), show_progress=False)
    seeds = len(list(SEEDS.glob("*.txt")))
    assert first.problems == [] and first.accepted == seeds == count
    assert second.unchanged == seeds and second.ingested == 0
