"""One PLOVER table (warta/extract/data/event_types.tsv), and every consumer agrees with it:
the PLOVER records, the GDELT export, the API's events and its /api/event-types, which is
what the dashboard shows (tests/test_dashboard.py checks the page itself)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import ApiSettings, create_app
from warta.extract.event_types import EVENT_TYPES, QUADS, quad_of
from warta.extract.plover import event_records
from warta.extract.types import PLOVER_TYPES, ArticleKnowledge, Event, Evidence
from warta.kb.export import export
from warta.kb.repository import KnowledgeStore
from warta.pipeline import ingest_paths
from warta.store import open_store

TEXT = "Indonesia dan Malaysia bertemu di Jakarta pada 6 Juli 2021."


def knowledge() -> ArticleKnowledge:
    """One event of every type, each between a different pair of states."""
    evidence = Evidence(text=TEXT, start=0, end=len(TEXT))
    states = ["IDN", "MYS", "SGP", "THA", "VNM", "PHL", "JPN", "KOR", "CHN", "IND", "AUS", "USA"]
    events = [
        Event(
            type=name,
            countries=[states[0], states[1 + i % (len(states) - 1)]],
            date=f"2021-07-{1 + i:02d}",
            actors=["Indonesia"],
            evidence=evidence,
        )
        for i, name in enumerate(EVENT_TYPES)
    ]
    return ArticleKnowledge(id="a1", published="2021-07-06", events=events)


@pytest.fixture
def ks(db_url: str, tmp_path: Path) -> KnowledgeStore:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a1.txt").write_text(TEXT, encoding="utf-8")
    store = open_store(db_url)
    ingest_paths([folder], store, show_progress=False)
    ks = KnowledgeStore(store)
    ks.save_knowledge([(knowledge(), TEXT)])
    ks.rebuild()
    return ks


def test_the_table_covers_the_types_in_plover_order() -> None:
    assert tuple(EVENT_TYPES) == PLOVER_TYPES
    assert len(EVENT_TYPES) == 16
    assert [t.quad_code for t in EVENT_TYPES.values()] == sorted(
        t.quad_code for t in EVENT_TYPES.values()
    )
    assert {t.quad for t in EVENT_TYPES.values()} == set(QUADS)
    # the PLOVER manual's category sections and summary table: SANCTION is material conflict
    assert quad_of("SANCTION") == "material_conflict"
    assert EVENT_TYPES["SANCTION"].quad_code == 4
    assert EVENT_TYPES["REQUEST"].plover == "DEMAND"
    assert quad_of("sanction") == "material_conflict" and quad_of("INVESTIGATE") is None


def test_plover_records_follow_the_table() -> None:
    records = event_records(knowledge())
    assert [(r["event"], r["quad_code"]) for r in records] == [
        ([t.plover], t.quad_code) for t in EVENT_TYPES.values()
    ]


def test_gdelt_export_follows_the_table(ks: KnowledgeStore, tmp_path: Path) -> None:
    export(ks, "gdelt", tmp_path / "events.tsv")
    with (tmp_path / "events.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    by_day = {row["Day"]: row for row in rows}
    for i, event_type in enumerate(EVENT_TYPES.values()):
        row = by_day[f"202107{1 + i:02d}"]
        assert row["EventCode"] == event_type.cameo
        assert row["EventRootCode"] == event_type.cameo[:2]
        assert float(row["GoldsteinScale"]) == event_type.goldstein
        # GDELT's QuadClass is CAMEO's class of the root code: 01-05, 06-08, 09-13, 14-20
        root = int(event_type.cameo[:2])
        assert row["QuadClass"] == str(1 + (root > 5) + (root > 8) + (root > 13))


def test_plover_export_follows_the_table(ks: KnowledgeStore, tmp_path: Path) -> None:
    export(ks, "plover", tmp_path / "events.json")
    records = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    quads = {r["event"][0]: r["quad_code"] for r in records}
    assert quads == {t.plover: t.quad_code for t in EVENT_TYPES.values()}


def test_api_serves_the_table_and_types_events_by_it(ks: KnowledgeStore, db_url: str) -> None:
    with TestClient(create_app(ApiSettings(db_url=db_url))) as client:
        served = client.get("/api/event-types").json()
        events = client.get("/api/events", params={"limit": 100}).json()["items"]
        sanctions = client.get("/api/events", params={"quad": "material_conflict"}).json()
    assert served["quads"] == list(QUADS)
    assert [(t["name"], t["plover"], t["quad"], t["quad_code"]) for t in served["types"]] == [
        (t.name, t.plover, t.quad, t.quad_code) for t in EVENT_TYPES.values()
    ]
    assert [(t["cameo"], t["goldstein"]) for t in served["types"]] == [
        (t.cameo, t.goldstein) for t in EVENT_TYPES.values()
    ]
    assert {e["type"]: e["quad"] for e in events} == {t: quad_of(t) for t in EVENT_TYPES}
    assert "SANCTION" in {e["type"] for e in sanctions["items"]}
