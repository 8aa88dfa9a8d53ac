"""The API under hostile requests: bad files in an upload, oversized and unauthorized
bodies, echoing 422s, the docs page. In-process (TestClient) over a copy of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_api import AUTH, client_for, wait_for
from test_reliability_support import article

DEEP = "[" * 1_000 + "]" * 1_000


def test_an_upload_with_bad_files_and_records_stores_the_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "unggah-baik", "text": article(40)}),
        '{"text": ' + DEEP + "}",
        json.dumps({"id": "unggah-angka", "text": 12345}),
    ]
    files = [
        ("files", ("dalam.json", DEEP.encode(), "application/json")),
        ("files", ("rekaman.jsonl", "\n".join(lines).encode(), "application/x-ndjson")),
        ("files", ("baik.txt", article(41).encode(), "text/plain")),
    ]
    with client_for(tmp_path) as c:
        response = c.post("/api/articles/upload", files=files, headers=AUTH)
        assert response.status_code == 202, response.text
        job = wait_for(c, response.json()["id"])
    assert job["state"] == "done", job["message"]
    assert sorted(job["articles"]) == ["baik", "unggah-baik"]
    assert sorted(job["problems"]) == [
        "dalam.json:record 1: JSON nested too deeply (about 1,000 levels or more): "
        "not an article record",
        "rekaman.jsonl:line 2: JSON nested too deeply (about 1,000 levels or more): "
        "not an article record",
        "rekaman.jsonl:line 3: text field 'text' is a number (12345), not text",
    ]


# --- limits checked before the body is read ------------------------------------------


class Probe:
    """An ASGI receive that serves a body in 64 KB chunks and counts what was read."""

    def __init__(self, size: int, head: bytes = b"") -> None:
        self.head = head  # sent first: a valid start, so no parser gives up before the limit
        self.left = size
        self.read = 0

    async def __call__(self) -> dict[str, object]:
        chunk = min(self.left, 64 * 1024)
        self.left -= chunk
        self.read += chunk
        body, self.head = self.head + b"x" * (chunk - len(self.head)), b""
        return {"type": "http.request", "body": body, "more_body": self.left > 0}


def call_raw(app: object, path: str, headers: dict[str, str], body_size: int) -> tuple[int, Probe]:
    """POST straight into the ASGI app: (status, how much of the body it read)."""
    import asyncio

    multipart = headers.get("content-type", "").startswith("multipart")
    probe = Probe(body_size, FILE_PART if multipart else b'{"text": "')
    sent: list[dict[str, object]] = []

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }  # fmt: skip
    asyncio.run(app(scope, probe, send))  # type: ignore[operator]
    start = next(m for m in sent if m["type"] == "http.response.start")
    return int(start["status"]), probe  # type: ignore[call-overload]


MULTIPART = {"content-type": "multipart/form-data; boundary=xyz"}
FILE_PART = (
    b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n'
    b"Content-Type: text/plain\r\n\r\n"
)
HUNDRED_MB = 100 * 1024 * 1024


def test_the_token_is_checked_before_a_byte_of_the_body_is_read(tmp_path: Path) -> None:
    with client_for(tmp_path) as c:
        app = c.app
        for path, headers in (
            ("/api/articles/upload", {**MULTIPART, "content-length": str(HUNDRED_MB)}),
            ("/api/articles/upload", MULTIPART),  # chunked: no Content-Length
            ("/api/articles", {"content-type": "application/json"}),
            ("/api/articles/upload", {**MULTIPART, "authorization": "Bearer salah"}),
        ):
            status, probe = call_raw(app, path, headers, HUNDRED_MB)
            assert (status, probe.read) == (401, 0), (path, headers)
    (tmp_path / "tanpa").mkdir()
    with client_for(tmp_path / "tanpa", token=None) as c:
        status, probe = call_raw(c.app, "/api/articles/upload", MULTIPART, HUNDRED_MB)
        assert (status, probe.read) == (403, 0)


def test_a_body_over_the_limit_is_refused_from_its_length_or_as_it_streams(
    tmp_path: Path,
) -> None:
    with client_for(tmp_path, max_upload_total_bytes=1024 * 1024) as c:
        auth = {**MULTIPART, "authorization": AUTH["Authorization"]}
        declared = {**auth, "content-length": str(HUNDRED_MB)}
        status, probe = call_raw(c.app, "/api/articles/upload", declared, HUNDRED_MB)
        assert (status, probe.read) == (413, 0)
        status, probe = call_raw(c.app, "/api/articles/upload", auth, HUNDRED_MB)  # chunked
        assert status == 413 and probe.read <= 1024 * 1024 + 256 * 1024 + 64 * 1024
        json_auth = {"content-type": "application/json", "authorization": AUTH["Authorization"]}
        status, probe = call_raw(c.app, "/api/articles", json_auth, HUNDRED_MB)
        assert status == 413 and probe.read <= 8 * 1024 * 1024 + 64 * 1024


def test_an_upload_is_limited_in_total_across_its_files(tmp_path: Path) -> None:
    files = [("files", (f"b{i}.txt", b"kerja sama " * 80, "text/plain")) for i in range(3)]
    with client_for(tmp_path, max_upload_bytes=1000, max_upload_total_bytes=2000) as c:
        refused = c.post("/api/articles/upload", files=files, headers=AUTH)
        assert refused.status_code == 413, refused.text
        assert "together" in refused.json()["detail"]
        accepted = c.post("/api/articles/upload", files=files[:2], headers=AUTH)
        assert accepted.status_code == 202, accepted.text
        wait_for(c, accepted.json()["id"])


def test_a_422_quotes_at_most_a_few_hundred_characters(client_tmp: Path) -> None:
    huge = "9" * 3_000_000  # 3 MB that fails the pattern of `published`
    with client_for(client_tmp) as c:
        answer = c.post("/api/articles", json={"text": "isi", "published": huge}, headers=AUTH)
        assert answer.status_code == 422
        assert len(answer.content) < 2_000, len(answer.content)
        [error] = answer.json()["detail"]
        assert error["loc"] == ["body", "published"] and "3,000,000 characters" in error["input"]
        many = c.post("/api/articles", json=["x" * 1000] * 5000, headers=AUTH)
        assert many.status_code == 422 and len(many.content) < 5_000


@pytest.fixture
def client_tmp(tmp_path: Path) -> Path:
    return tmp_path


# --- the token in the server's log; /docs offline ------------------------------------


def test_the_token_from_warta_token_is_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from warta.cli import app

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    secret = "rahasia-dari-lingkungan-123"
    shown = CliRunner().invoke(app, ["serve", "--db", "sqlite://"], env={"WARTA_TOKEN": secret})
    assert shown.exit_code == 0, shown.output
    assert secret not in shown.output and "WARTA_TOKEN" in shown.output
    made_up = CliRunner().invoke(app, ["serve", "--db", "sqlite://"], env={"WARTA_TOKEN": ""})
    assert made_up.exit_code == 0 and "made up for this run" in made_up.output


def test_docs_are_served_from_the_package_under_the_dashboard_csp(tmp_path: Path) -> None:
    import re

    from warta.api.app import CONTENT_SECURITY_POLICY

    with client_for(tmp_path) as c:
        page = c.get("/docs")
        assert page.status_code == 200
        assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert "http://" not in page.text and "https://" not in page.text  # no CDN
        assert "<script>" not in page.text  # no inline script: the CSP would block it
        linked = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert len(linked) == 4
        for url in linked:
            asset = c.get(url)
            assert asset.status_code == 200 and len(asset.content) > 100, url
            assert asset.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert c.get("/redoc").status_code in (404, 503)  # the CDN-only ReDoc page is gone


def test_an_article_id_with_a_slash_can_be_fetched(tmp_path: Path) -> None:
    """Record ids come from the records ("2021/07/retno-lavrov"); the API serves them."""
    from warta.ingest import RawDocument
    from warta.pipeline import IngestRun

    with client_for(tmp_path) as c:
        store = c.app.state.knowledge.store  # type: ignore[attr-defined]
        run = IngestRun(store)
        run.add(RawDocument(doc_id="2021/07/retno-lavrov", source="t", text=article(50),
                            format="json"))  # fmt: skip
        run.flush()
        run.state.close()
        found = c.get("/api/articles/2021/07/retno-lavrov")
        assert found.status_code == 200, found.text
        assert found.json()["id"] == "2021/07/retno-lavrov"
        assert c.get("/api/articles/2021/07/tidak-ada").status_code == 404
