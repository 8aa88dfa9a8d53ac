"""The relevance filter: it must keep every article with gold events (the seeds, the
examples) and pass over plain domestic news; ingest marks, extraction skips, --all keeps."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import select
from typer.testing import CliRunner

from warta.clean import clean_document
from warta.cli import app
from warta.ingest import RawDocument, iter_documents
from warta.kb.repository import KnowledgeStore
from warta.kb.update import update_knowledge
from warta.pipeline import ingest_paths
from warta.relevance import is_relevant
from warta.relevance.filter import default_filter
from warta.store import Article, open_store

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEEDS = REPO.parent / "shared" / "seeds"
GOLD = REPO.parent / "shared" / "gold" / "seeds.jsonl"
DEVSET = REPO / "tests" / "data" / "devset"

DOMESTIC = [
    "Jakarta (ANTARA) - Banjir merendam ratusan rumah warga di Kelurahan Kampung Melayu, "
    "Jakarta Timur, Senin. Petugas BPBD DKI mengerahkan perahu karet untuk mengevakuasi "
    "warga lanjut usia. Ketinggian air mencapai satu meter di beberapa titik.",
    "SURABAYA, KOMPAS - Harga cabai rawit di pasar tradisional Surabaya naik menjadi "
    "Rp80.000 per kilogram menjelang Lebaran. Pedagang menyebut pasokan dari petani di "
    "Kediri berkurang karena hujan. Dinas Perdagangan akan menggelar operasi pasar.",
    "Bandung - Persib Bandung menang 2-1 atas Persija Jakarta dalam lanjutan Liga 1 di "
    "Stadion Gelora Bandung Lautan Api, Sabtu malam. Pelatih memuji kerja keras pemain.",
    "Medan - Komisi Pemilihan Umum (KPU) Sumatera Utara menetapkan daftar pemilih tetap "
    "untuk pilkada serentak. Ketua KPU mengatakan jumlah pemilih bertambah dua persen.",
    "Makassar - Polisi menangkap dua tersangka pencurian sepeda motor di Kecamatan "
    "Tamalate. Kapolsek mengatakan pelaku sudah beraksi di lima lokasi.",
]


def gold_articles() -> list[RawDocument]:
    """Every available article with gold events: seeds, examples, the devset."""
    paths = [p for p in (SEEDS, EXAMPLES, DEVSET) if p.is_dir()]
    return [d for d in iter_documents(paths) if isinstance(d, RawDocument)]


def test_keeps_every_article_with_gold_events() -> None:
    docs = gold_articles()
    assert len(docs) >= 18
    if GOLD.exists():  # the seeds with gold events are among them
        gold_ids = {json.loads(line)["id"] for line in GOLD.read_text().splitlines() if line}
        assert gold_ids <= {d.doc_id for d in docs}
    dropped = [d.doc_id for d in docs if not is_relevant(clean_document(d).text, d.title)]
    assert dropped == []


@pytest.mark.parametrize("text", DOMESTIC)
def test_passes_over_domestic_news(text: str) -> None:
    signals = default_filter().signals(text)
    assert not signals.relevant, signals


def test_signals_count_states_orgs_cities_and_terms() -> None:
    signals = default_filter().signals(
        "Menlu Retno bertemu Menlu Rusia Sergei Lavrov di Moskow membahas kerja sama ASEAN. "
        "Indonesia dan AS juga bicara; as dan who bukan nama."
    )
    assert {"RUS", "USA", "org:ASEAN", "city:Moskow"} <= signals.foreign
    assert "IDN" not in signals.foreign
    assert signals.terms >= 2  # menlu, kerja sama
    assert signals.relevant


def test_a_single_foreign_name_without_diplomacy_is_not_enough() -> None:
    assert not is_relevant("Harga beras naik. Pedagang di Jakarta menyebut stok dari Thailand.")
    assert is_relevant("Indonesia mengimpor beras dari Thailand lewat perjanjian dagang.")


def test_ingest_marks_irrelevant_articles_and_extraction_skips_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "banjir.txt").write_text(DOMESTIC[0], encoding="utf-8")
    (corpus / "retno.txt").write_text(
        "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi menerima Menteri Luar Negeri "
        "Rusia Sergei Lavrov di Jakarta, Selasa (6/7/2021), membahas kerja sama bilateral.",
        encoding="utf-8",
    )
    quiet = Console(file=open(os.devnull, "w"))  # noqa: SIM115
    with open_store(str(tmp_path / "w.db")) as store:
        ingest_paths([corpus], store, console=quiet, show_progress=False, relevance=is_relevant)
        with store.session() as session:
            rows = session.execute(select(Article.doc_id, Article.relevant)).all()
        marks = {doc_id: relevant for doc_id, relevant in rows}
        assert marks == {"banjir": False, "retno": True}
        assert update_knowledge(store, show_progress=False).extracted == 1
        # --all later: the irrelevant one is extracted too, the other not again
        again = update_knowledge(store, show_progress=False, include_irrelevant=True)
        assert again.extracted == 1


def test_ingest_all_cli_extracts_everything(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(DOMESTIC[:2]):
        (corpus / f"d{i}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    filtered = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-progress", "-j", "1"])
    assert filtered.exit_code == 0, filtered.output
    with open_store(db) as store:
        assert KnowledgeStore(store).knowledge_of("d0") is None
    everything = runner.invoke(
        app, ["ingest", str(corpus), "--db", db, "--no-progress", "--all", "-j", "1"]
    )
    assert everything.exit_code == 0, everything.output
    with open_store(db) as store:
        assert KnowledgeStore(store).knowledge_of("d0") is not None
