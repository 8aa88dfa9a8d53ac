"""What the analyst views rest on, through the HTTP API over the sample corpus: figures of
the pair only, conflicts of the pair, sources named by title, the dashboard's script
compressed and cached."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_corpus import copy_of_corpus

from warta.api import ApiSettings, create_app
from warta.api.views import lead_title

TOKEN = "views-test-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = copy_of_corpus(tmp_path_factory.mktemp("views"))
    with TestClient(create_app(ApiSettings(db_url=db, token=TOKEN))) as c:
        yield c


def test_only_the_pairs_figures_when_asked(client: TestClient) -> None:
    params = {"actor": ["Indonesia", "Rusia"], "limit": 500}
    every = client.get("/api/figures", params=params).json()["items"]
    pair = client.get("/api/figures", params={**params, "only_pair": True}).json()["items"]
    assert any("ASEAN" in s["parties"] for s in every)  # the corpus has an ASEAN-Russia figure
    assert pair and all(sorted(s["parties"]) == ["IDN", "RUS"] for s in pair)
    assert {s["key"] for s in pair} < {s["key"] for s in every}


def test_citations_carry_the_article_title_or_its_lead(client: TestClient) -> None:
    events = client.get("/api/events", params={"actor": ["IDN", "RUS"]}).json()["items"]
    titles = {c["article_id"]: c["title"] for e in events for c in e["citations"]}
    assert titles and all(titles.values())
    # the source gave a title: it is kept
    assert titles.get("indonesia-rusia-teken-mou-pendidikan-tinggi", "").startswith(
        "Indonesia dan Rusia teken MoU"
    )
    # a plain-text file without one: its lead sentence, never the file name
    assert all(title != article for article, title in titles.items())


def test_lead_title_is_the_first_sentence_cut_at_a_word() -> None:
    assert lead_title("Menlu bertemu Dubes. Lalu pulang.") == "Menlu bertemu Dubes"
    long = "Kata " * 40
    title = lead_title(long + ". Kalimat kedua.")
    assert title.endswith("…") and len(title) <= 91 and "Kalimat" not in title


def test_conflicts_follow_every_chosen_actor(client: TestClient) -> None:
    one = client.get("/api/conflicts", params={"actor": ["Indonesia"]})
    two = client.get("/api/conflicts", params={"actor": ["Indonesia", "Rusia"]})
    assert one.status_code == two.status_code == 200
    assert two.json()["total"] <= one.json()["total"]
    assert client.get("/api/conflicts", params={"actor": ["Antah Berantah"]}).status_code == 404


def test_dashboard_script_is_served_gzipped_and_cached(client: TestClient) -> None:
    index = client.get("/", headers={"Accept-Encoding": "gzip"})
    if index.status_code == 503:
        pytest.skip("the dashboard is not built (run `make web`)")
    assert index.headers["cache-control"] == "no-cache"
    script = next(
        part.split('"')[0] for part in index.text.split('src="')[1:] if ".js" in part.split('"')[0]
    )
    raw = client.get(script, headers={"Accept-Encoding": "identity"})
    packed = client.get(script, headers={"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert "immutable" in packed.headers["cache-control"]
    assert int(packed.headers["content-length"]) < len(raw.content) / 2
    assert packed.content == raw.content  # httpx decoded it: the same script
    assert "content-encoding" not in raw.headers


def test_resolve_gives_a_states_english_name(client: TestClient) -> None:
    actor = client.get("/api/entities/resolve", params={"name": "Rusia"}).json()
    assert actor["name_en"] == "Russia"


def test_a_conflict_inside_one_article_is_marked_so() -> None:
    from warta.api.views import conflict_out
    from warta.kb.types import Citation, Conflict

    def cite(article: str, start: int) -> Citation:
        return Citation(article, start, start + 10, "kalimat uji", "2022-07-03", "Warta Uji")

    inside = conflict_out(Conflict("event_order", "event:x", "d", [cite("h", 0), cite("h", 50)]))
    across = conflict_out(Conflict("figure", "series:x", "d", [cite("a", 0), cite("b", 0)]))
    assert inside.within_article and not across.within_article


def test_brief_of_the_pair_as_html_and_pdf(client: TestClient) -> None:
    page = client.get("/api/brief", params={"a": "Indonesia", "b": "Rusia"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Ringkasan" in page.text and "2,7 miliar USD" in page.text
    pdf = client.get("/api/brief", params={"a": "IDN", "b": "RUS", "format": "pdf"})
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers["content-disposition"]
    assert client.get("/api/brief", params={"a": "IDN", "b": "Antah"}).status_code == 404
    assert (
        client.get("/api/brief", params={"a": "IDN", "b": "RUS", "format": "doc"}).status_code
        == 422
    )


def test_article_titles_come_from_the_store(db_url: str, tmp_path: Path) -> None:
    from warta.api.views import article_titles
    from warta.kb.repository import KnowledgeStore
    from warta.pipeline import ingest_paths
    from warta.store import open_store

    source = tmp_path / "warta-uji-tanpa-judul.txt"
    source.write_text(
        "JAKARTA - Menteri Luar Negeri Negeri Contoh tiba di Jakarta pada Senin (6/3/2023). "
        "Kunjungan itu membahas kerja sama perikanan.",
        encoding="utf-8",
    )
    with open_store(db_url) as store:
        ingest_paths([source], store, show_progress=False)
        titles = article_titles(KnowledgeStore(store), ["warta-uji-tanpa-judul", "tidak-ada"])
    lead = "Menteri Luar Negeri Negeri Contoh tiba di Jakarta pada Senin (6/3/2023)"
    assert titles == {"warta-uji-tanpa-judul": lead}
