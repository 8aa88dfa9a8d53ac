"""The HTTP API, in-process: reads, filters, paging, errors, tokens, ingest jobs, uploads."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_corpus import copy_of_corpus

from warta.api import ApiSettings, create_app

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def client_for(tmp_path: Path, **settings: object) -> TestClient:
    options = {"db_url": copy_of_corpus(tmp_path), "token": TOKEN, **settings}
    return TestClient(create_app(ApiSettings(**options)))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with client_for(tmp_path_factory.mktemp("api")) as c:
        yield c


def wait_for(client: TestClient, job_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        assert 0 <= job["progress"] <= 1
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} did not finish")


def test_timeline_between_indonesia_and_russia(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"a": "Indonesia", "b": "RUS"}).json()
    assert [a["key"] for a in data["actors"]] == ["state:IDN", "state:RUS"]
    events = data["events"]["items"]
    assert events and data["events"]["total"] == len(events)
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates)
    assert all(e["quad"] for e in events)
    assert all({"IDN", "RUS"} <= set(e["countries"]) or e["actors"] for e in events)


def test_every_fact_span_points_into_the_cleaned_text(client: TestClient) -> None:
    article = client.get("/api/articles/antara-retno-lavrov-jakarta").json()
    assert article["facts"] and article["extracted"]
    for fact in article["facts"]:
        assert article["text"][fact["start"] : fact["end"]] == fact["text"]


def test_event_citations_open_the_cited_sentence(client: TestClient) -> None:
    event = client.get("/api/events", params={"actor": "Rusia", "limit": 1}).json()["items"][0]
    citation = event["citations"][0]
    text = client.get(f"/api/articles/{citation['article_id']}").json()["text"]
    assert text[citation["start"] : citation["end"]] == citation["text"]


def test_lists_are_paged_with_a_total(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 5, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] > 10
    assert len(first["items"]) == 5
    assert {e["key"] for e in first["items"]}.isdisjoint(e["key"] for e in second["items"])
    articles = client.get("/api/articles", params={"limit": 3}).json()
    assert len(articles["items"]) == 3 and articles["total"] >= 15


def test_filters_by_type_status_date_and_actor(client: TestClient) -> None:
    consults = client.get("/api/events", params={"type": "CONSULT", "limit": 500}).json()
    assert consults["items"] and all(e["type"] == "CONSULT" for e in consults["items"])
    planned = client.get("/api/events", params={"status": "planned", "limit": 500}).json()
    assert all(e["status"] == "planned" for e in planned["items"])
    in_2021 = client.get(
        "/api/events", params={"date_from": "2021-01-01", "date_to": "2021-12-31", "limit": 500}
    ).json()
    assert in_2021["items"] and all(e["date"].startswith("2021") for e in in_2021["items"])
    signed = client.get("/api/agreements", params={"status": "signed"}).json()
    assert all(a["status"] == "signed" for a in signed["items"])
    figures = client.get("/api/figures", params={"actor": "Indonesia", "metric": "trade_volume"})
    assert all(s["metric"] == "trade_volume" for s in figures.json()["items"])
    by_actor = client.get("/api/articles", params={"actor": "Rusia", "limit": 100}).json()
    assert by_actor["total"] >= 3


def test_entities_typeahead_and_network(client: TestClient) -> None:
    found = client.get("/api/entities", params={"name": "rus"}).json()["items"]
    assert found[0]["key"] == "state:RUS"
    assert client.get("/api/entities/state:RUS").json()["name"]
    assert client.get("/api/entities/resolve", params={"name": "Russia"}).json()["key"] == (
        "state:RUS"
    )
    network = client.get("/api/network", params={"actor": "IDN"}).json()
    ids = {n["id"] for n in network["nodes"]}
    assert "state:IDN" in ids and network["edges"]
    assert all(e["source"] in ids and e["target"] in ids for e in network["edges"])


def test_search_and_ask_answer_with_citations(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Lavrov"}).json()
    assert hits["items"] and all(h["article_id"] for h in hits["items"])
    answer = client.get("/api/ask", params={"q": "Kapan Retno bertemu Lavrov?"}).json()
    assert answer["known"] and answer["citations"]
    posted = client.post("/api/ask", json={"question": "Kapan Retno bertemu Lavrov?"}).json()
    assert posted["answer"] == answer["answer"]


def test_errors_are_json_with_clear_messages(client: TestClient) -> None:
    missing = client.get("/api/articles/no-such-article")
    assert missing.status_code == 404 and "no-such-article" in missing.json()["detail"]
    assert client.get("/api/entities/person:nobody at all").status_code == 404
    assert client.get("/api/jobs/unknown").status_code == 404
    assert client.get("/api/timeline", params={"a": "Atlantis Raya"}).status_code == 404
    bad_date = client.get("/api/events", params={"date_from": "last week"})
    assert bad_date.status_code == 422 and bad_date.json()["detail"][0]["loc"][-1] == "date_from"
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"text": "Teks."}
    assert client.post("/api/articles", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/api/articles", json=body, headers=wrong).status_code == 401
    assert client.post("/api/entities/merge", json={"entity": "a", "other": "b"}).status_code == 401


def test_writes_are_off_without_a_configured_token(tmp_path: Path) -> None:
    with client_for(tmp_path, token=None) as c:
        response = c.post("/api/articles", json={"text": "x"}, headers=AUTH)
    assert response.status_code == 403 and "WARTA_TOKEN" in response.json()["detail"]


def test_reads_can_be_protected(tmp_path: Path) -> None:
    with client_for(tmp_path, protect_reads=True) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers=AUTH).status_code == 200


def test_uploads_are_limited_by_type_and_size(tmp_path: Path) -> None:
    with client_for(tmp_path, max_upload_bytes=1000) as c:
        exe = c.post("/api/articles/upload", files={"files": ("x.exe", b"MZ")}, headers=AUTH)
        assert exe.status_code == 415
        big = c.post(
            "/api/articles/upload", files={"files": ("big.txt", b"a" * 2000)}, headers=AUTH
        )
        assert big.status_code == 413
    assert not list(Path("/tmp").glob("warta-upload-*/big.txt"))


def test_pasted_article_is_ingested_in_the_background(tmp_path: Path) -> None:
    text = (
        "JAKARTA (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri "
        "Prancis Catherine Colonna di Jakarta pada Senin (5/9/2022). Keduanya membahas kerja "
        "sama pertahanan dan perdagangan."
    )
    with client_for(tmp_path) as c:
        response = c.post(
            "/api/articles",
            json={"text": text, "title": "Retno terima Colonna", "published": "2022-09-05"},
            headers=AUTH,
        )
        assert response.status_code == 202
        job = wait_for(c, response.json()["id"])
        assert job["state"] == "done", job["message"]
        assert job["articles"] == ["retno-terima-colonna"] and job["ingested"] == 1
        article = c.get("/api/articles/retno-terima-colonna").json()
        assert article["extracted"] and article["published"] == "2022-09-05"
        assert c.get("/api/jobs").json()["total"] == 1


def test_uploaded_file_is_ingested(tmp_path: Path) -> None:
    content = (
        b"Indonesia dan Jepang sepakat memperkuat kerja sama maritim dalam pertemuan di Tokyo "
        b"pada 12 Maret 2023, kata Menteri Luar Negeri Retno Marsudi.\n"
    )
    with client_for(tmp_path) as c:
        response = c.post(
            "/api/articles/upload",
            files=[("files", ("jepang-maritim.txt", content, "text/plain"))],
            headers=AUTH,
        )
        assert response.status_code == 202, response.text
        job = wait_for(c, response.json()["id"])
        assert job["state"] == "done", job["message"]
        assert job["articles"] == ["jepang-maritim"]
        assert c.get("/api/articles/jepang-maritim").json()["text"].startswith("Indonesia")


def test_merge_and_split_entities(tmp_path: Path) -> None:
    with client_for(tmp_path) as c:
        people = c.get("/api/entities", params={"kind": "person", "limit": 2}).json()["items"]
        keep, other = people[0], people[1]
        merged = c.post(
            "/api/entities/merge", json={"entity": keep["key"], "other": other["key"]}, headers=AUTH
        )
        assert merged.status_code == 200, merged.text
        assert merged.json()["key"] == keep["key"]
        assert other["name"] in merged.json()["spellings"]
        assert c.get(f"/api/entities/{other['key']}").status_code == 404
        same = c.post(
            "/api/entities/merge", json={"entity": keep["key"], "other": keep["key"]}, headers=AUTH
        )
        assert same.status_code == 422
        split = c.post(
            "/api/entities/split",
            json={"entity": keep["key"], "spelling": other["name"]},
            headers=AUTH,
        )
        assert split.status_code == 200, split.text
        assert split.json()["key"] == keep["key"]  # how overrides combine is the KB's rule


def test_openapi_types_every_response(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ok = next(v for k, v in operation["responses"].items() if k.startswith("2"))
            assert "content" in ok, (method, path)
            if set(ok["content"]) <= {"text/html", "application/pdf"}:
                continue  # a document (the brief), declared as such
            assert ok["content"]["application/json"]["schema"], (method, path)
