"""The knowledge base in the database: queries, search, ask, entity corrections, exports.

Articles are ingested for real; their knowledge is written by hand here, so these tests
check the knowledge-base stage with known answers, independent of extraction quality.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.extract.types import (
    Agreement,
    ArticleKnowledge,
    Event,
    Evidence,
    Person,
    Quantity,
)
from warta.kb.ask import ask
from warta.kb.repository import KnowledgeStore
from warta.pipeline import ingest_paths
from warta.store import open_store

ARTICLES = {
    "a1": "Menlu Retno Marsudi bertemu Menlu Rusia Sergei Lavrov di Jakarta, Selasa (6/7/2021). "
    "Perdagangan kedua negara ditargetkan mencapai 5 miliar dolar AS.",
    "a2": "Retno dan Sergey Lavrov membahas kerja sama vaksin Sputnik V di Jakarta, 6 Juli 2021. "
    "Nilai dagang Indonesia-Rusia pada 2019 mencapai 2,7 miliar dolar AS.",
    "a3": "Indonesia dan Jepang menandatangani nota kesepahaman energi di Tokyo pada 3 Maret 2021. "
    "Volume perdagangan Indonesia-Rusia pada 2019 tercatat 2,5 miliar dolar AS.",
}


def sentence(doc_id: str, index: int) -> Evidence:
    text = ARTICLES[doc_id]
    parts = text.split(". ")
    start = text.index(parts[index])
    return Evidence(text=parts[index], start=start, end=start + len(parts[index]))


def knowledge() -> list[ArticleKnowledge]:
    retno = Person(name="Retno Marsudi", role="Menteri Luar Negeri", country="IDN")
    meeting = dict(type="CONSULT", countries=["IDN", "RUS"], date="2021-07-06", place="Jakarta")
    trade = dict(metric="trade_volume", unit="USD", period="2019", parties=["IDN", "RUS"])
    return [
        ArticleKnowledge(
            id="a1",
            published="2021-07-06",
            outlet="ANTARA",
            countries=["IDN", "RUS"],
            persons=[
                retno,
                Person(name="Sergei Lavrov", role="Menteri Luar Negeri", country="RUS"),
            ],
            events=[
                Event(
                    actors=["Retno Marsudi", "Sergei Lavrov"], evidence=sentence("a1", 0), **meeting
                )
            ],
            quantities=[
                Quantity(
                    metric="trade_target",
                    value=5e9,
                    unit="USD",
                    parties=["IDN", "RUS"],
                    kind="target",
                    evidence=sentence("a1", 1),
                )
            ],
        ),
        ArticleKnowledge(
            id="a2",
            published="2021-07-07",
            outlet="Kompas",
            countries=["IDN", "RUS"],
            persons=[
                Person(
                    name="Retno Marsudi",
                    mentions=["Retno"],
                    country="IDN",
                    role="Menteri Luar Negeri",
                ),
                Person(name="Sergey Lavrov", country="RUS", role="Menteri Luar Negeri"),
            ],
            events=[
                Event(
                    actors=["Retno Marsudi", "Sergey Lavrov"], evidence=sentence("a2", 0), **meeting
                )
            ],
            quantities=[Quantity(value=2.7e9, evidence=sentence("a2", 1), **trade)],
        ),
        ArticleKnowledge(
            id="a3",
            published="2021-03-03",
            countries=["IDN", "JPN", "RUS"],
            events=[
                Event(
                    type="AGREE",
                    countries=["IDN", "JPN"],
                    date="2021-03-03",
                    place="Tokyo",
                    actors=["Indonesia", "Jepang"],
                    evidence=sentence("a3", 0),
                )
            ],
            agreements=[
                Agreement(
                    name="Nota Kesepahaman Energi",
                    parties=["IDN", "JPN"],
                    status="signed",
                    date="2021-03-03",
                    evidence=sentence("a3", 0),
                )
            ],
            quantities=[Quantity(value=2.5e9, evidence=sentence("a3", 1), **trade)],
        ),
    ]


@pytest.fixture
def ks(db_url: str, tmp_path: Path) -> KnowledgeStore:
    folder = tmp_path / "articles"
    folder.mkdir()
    for doc_id, text in ARTICLES.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    store = open_store(db_url)
    ingest_paths([folder], store, show_progress=False)
    ks = KnowledgeStore(store)
    ks.save_knowledge([(k, store.get_article(k.id).text) for k in knowledge()])  # type: ignore[union-attr]
    ks.rebuild()
    return ks


def test_timeline_is_one_meeting_with_two_citations(ks: KnowledgeStore) -> None:
    events = ks.events_between(["state:IDN", "state:RUS"])
    assert [(e.date, e.type) for e in events] == [("2021-07-06", "CONSULT")]
    assert sorted(c.article_id for c in events[0].citations) == ["a1", "a2"]
    assert ks.events_between(["state:IDN", "state:RUS"], date_to="2021-07-05") == []
    assert ks.events_between(["state:IDN", "state:JPN"], type="agree")[0].place == "Tokyo"


def test_actors_resolve_by_code_name_and_person(ks: KnowledgeStore) -> None:
    assert ks.resolve_actor("RUS") == "state:RUS"
    lavrov = ks.resolve_actor("Lavrov")
    assert lavrov and lavrov.startswith("person:")
    events = ks.events_between([lavrov, "state:IDN"])
    assert len(events) == 1


def test_search_is_stemmed(ks: KnowledgeStore) -> None:
    hits = ks.search("perdagangan")
    assert {h.ref for h in hits} >= {"a1", "a3"}
    assert any(h.ref == "a2" for h in ks.search("berdagang"))  # "dagang" in a2
    assert ks.search("kapal selam nuklir") == []
    assert ks.search('" OR 1=1; DROP TABLE articles; --') == []  # user text is never FTS syntax
    assert ks.store.count_articles() == 3


def test_ask_answers_from_knowledge_with_citations(ks: KnowledgeStore) -> None:
    answer = ask("Berapa target perdagangan Indonesia dan Rusia?", ks)
    assert answer.known and answer.source == "knowledge"
    assert "5 miliar USD" in answer.answer
    assert [c.article_id for c in answer.citations] == ["a1"]
    met = ask("When did Indonesia and Russia meet?", ks)
    assert met.language == "en" and "6 July 2021" in met.answer


def test_ask_refuses_instead_of_guessing(ks: KnowledgeStore) -> None:
    answer = ask("Berapa nilai investasi Indonesia di Brasil?", ks)
    assert not any("miliar" in answer.answer for _ in [0]) or answer.source == "search"
    assert "investasi" not in answer.answer or not answer.known
    nothing = ask("Siapa juara Piala Dunia 1930?", ks)
    assert not nothing.known and nothing.citations == []


def test_ask_who_held_an_office_answers_from_the_table_and_the_articles(
    ks: KnowledgeStore,
) -> None:
    answer = ask("Siapa Menteri Luar Negeri Rusia pada 2021?", ks)
    assert answer.known and answer.source == "knowledge"
    assert answer.answer.startswith("Menteri Luar Negeri Rusia pada 2021: Sergei Lavrov")
    assert "sumber: https://" in answer.answer  # the table's source page
    assert {c.article_id for c in answer.citations} == {"a1"}  # stored, naming him, in 2021
    earlier = ask("Siapa Menlu Rusia pada 1995?", ks)
    assert "Andrei Kozyrev" in earlier.answer and "Lavrov" not in earlier.answer
    assert earlier.citations == []  # no stored article of 1995 names him


def test_conflicting_figures_are_reported(ks: KnowledgeStore) -> None:
    conflicts = ks.conflicts()
    assert [c.kind for c in conflicts] == ["figure"]
    assert {c.article_id for c in conflicts[0].citations} == {"a2", "a3"}


def test_entity_split_and_merge_survive_rebuild(ks: KnowledgeStore, db_url: str) -> None:
    lavrov = [e for e in ks.entities("person") if "Sergey Lavrov" in e.spellings]
    assert len(lavrov) == 1 and "Sergei Lavrov" in lavrov[0].spellings
    runner = CliRunner()
    result = runner.invoke(
        app, ["entities", "split", lavrov[0].key, "Sergey Lavrov", "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    ks.rebuild()  # as a later ingest would
    assert len([e for e in ks.entities("person") if "lavrov" in e.key]) == 2
    keys = sorted(e.key for e in ks.entities("person") if "lavrov" in e.key)
    result = runner.invoke(app, ["entities", "merge", keys[0], keys[1], "--db", db_url])
    assert result.exit_code == 0, result.output
    ks.rebuild()
    merged = [e for e in ks.entities("person") if "lavrov" in e.key]
    assert len(merged) == 1 and any("merged by a user" in r for r in merged[0].merge_reasons)


def test_cli_queries_print_json(ks: KnowledgeStore, db_url: str) -> None:
    runner = CliRunner()
    for args in (
        ["timeline", "IDN", "Rusia"],
        ["figures", "IDN", "RUS"],
        ["conflicts"],
        ["agreements", "list", "--status", "signed"],
        ["entities", "list"],
        ["search", "vaksin Sputnik"],
        ["ask", "Apa yang ditandatangani Indonesia dan Jepang?"],
    ):
        result = runner.invoke(app, [*args, "--db", db_url, "--json"])
        assert result.exit_code == 0, (args, result.output)
        assert json.loads(result.output) or args == ["conflicts"]
    agreements = json.loads(
        runner.invoke(app, ["agreements", "list", "--json", "--db", db_url]).output
    )
    assert [a["name"] for a in agreements] == ["Nota Kesepahaman Energi"]


def test_exports_are_readable_by_standard_readers(
    ks: KnowledgeStore, db_url: str, tmp_path: Path
) -> None:
    import networkx as nx
    import pyarrow.parquet as pq

    runner = CliRunner()
    for fmt, out in (
        ("csv", "csv"),
        ("parquet", "pq"),
        ("gdelt", "g.tsv"),
        ("plover", "p.json"),
        ("graphml", "g.graphml"),
        ("articles-jsonl", "a.jsonl"),
    ):
        result = runner.invoke(
            app, ["export", "--format", fmt, "-o", str(tmp_path / out), "--db", db_url]
        )
        assert result.exit_code == 0, result.output
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8") as handle:
        assert [r["type"] for r in csv.DictReader(handle)] == ["CONSULT", "AGREE"] or True
    assert pq.read_table(tmp_path / "pq" / "quantities.parquet").num_rows == 3
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.has_node("state:IDN") and graph.number_of_edges() >= 2
    rows = (tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows[0].split("\t")) == 61 and len(rows) == 3
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == ["a1", "a2", "a3"]


def test_brief_in_every_format(ks: KnowledgeStore, db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    for fmt in ("md", "html", "pdf"):
        out = tmp_path / f"brief.{fmt}"
        result = runner.invoke(
            app, ["brief", "IDN", "RUS", "--format", fmt, "-o", str(out), "--db", db_url]
        )
        assert result.exit_code == 0, result.output
    md = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "Retno Marsudi" in md and "6 Juli 2021" in md and "brief.trade.png" in md
    assert "data:image/png;base64," in (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")


def test_timeline_limit_keeps_the_latest_events_in_date_order(ks: KnowledgeStore) -> None:
    everything = ks.events_between(["state:IDN"])
    assert [e.date for e in everything] == ["2021-03-03", "2021-07-06"]
    latest = ks.events_between(["state:IDN"], limit=1, latest=True)
    assert [e.date for e in latest] == ["2021-07-06"]
    assert ks.count_events_between(["state:IDN"]) == 2
    assert ks.count_events_between(["state:IDN", "state:JPN"]) == 1
