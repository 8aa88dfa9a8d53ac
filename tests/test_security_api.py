"""The API: every write needs the token, and every read parameter takes any text as data
(quotes, SQL, FTS5 and tsquery operators, NUL): no 5xx, no change to the data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_reliability_support import checksum
from test_security_sql import CLI_PAYLOADS, filled_db  # noqa: F401 - a fixture

from warta.api import ApiSettings, create_app

TOKEN = "security-test-token"
API_PAYLOADS = [*CLI_PAYLOADS, "\x00", "a" * 300, "../../etc/passwd", "<script>alert(1)</script>"]
# POST routes that only read: a question too long for a URL.
READ_ONLY_POSTS = {"/api/ask"}


@pytest.fixture(scope="module")
def client(filled_db: str) -> Iterator[TestClient]:  # noqa: F811
    app = create_app(ApiSettings(db_url=filled_db, token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def operations(client: TestClient) -> list[tuple[str, str, list[dict[str, str]]]]:
    """(method, path, parameters) of every API operation, from the OpenAPI schema."""
    schema = client.get("/openapi.json").json()
    return [
        (method.upper(), path, operation.get("parameters", []))
        for path, item in schema["paths"].items()
        for method, operation in item.items()
    ]


def test_every_write_endpoint_needs_the_token(client: TestClient) -> None:
    writes = [
        (method, path)
        for method, path, _ in operations(client)
        if method != "GET" and path not in READ_ONLY_POSTS
    ]
    assert len(writes) >= 4, f"the API should have its write endpoints: {writes}"
    wrong = [{}, {"Authorization": "Basic x"}] + [
        {"Authorization": f"Bearer {token}"} for token in ("wrong", TOKEN + "x", TOKEN[:-1])
    ]
    for method, path in writes:
        url = path.replace("{", "").replace("}", "")  # any value: refused before it matters
        for headers in wrong:
            response = client.request(method, url, json={}, headers=headers)
            assert response.status_code == 401, (method, path, headers, response.text)


def test_the_token_is_compared_in_constant_time() -> None:
    import inspect

    import warta.api.auth as auth

    assert "hmac.compare_digest" in inspect.getsource(auth)


def test_every_read_parameter_takes_any_text_as_data(client: TestClient, filled_db: str) -> None:  # noqa: F811
    before = checksum(filled_db)
    errors = []
    requests = 0
    for method, route_path, parameters in operations(client):
        if method != "GET":
            continue
        path_params = [p["name"] for p in parameters if p["in"] == "path"]
        query_params = [p["name"] for p in parameters if p["in"] == "query"]
        for payload in API_PAYLOADS:
            path = route_path
            for name in path_params:
                path = path.replace("{" + name + "}", quote(payload, safe="") or "x")
            targets = [(path, {})] + [(path, {q: payload}) for q in query_params]
            for url, params in targets:
                response = client.get(url, params=params)
                requests += 1
                if response.status_code >= 500:
                    errors.append(
                        f"GET {url} {params!r:.60}: {response.status_code} {response.text[:150]}"
                    )
    for path in READ_ONLY_POSTS:
        for payload in API_PAYLOADS:
            response = client.post(path, json={"question": payload})
            requests += 1
            if response.status_code >= 500:
                errors.append(f"POST {path} {payload!r:.60}: {response.status_code}")
    assert requests > 100
    assert not errors, "\n".join(errors[:40])
    assert checksum(filled_db) == before


def test_the_server_binds_to_localhost_unless_told(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from warta.cli import app

    bound: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda *_a, **kw: bound.append(kw["host"]))
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    assert runner.invoke(app, ["serve", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["serve", "--db", db, "--host", "0.0.0.0"]).exit_code == 0
    assert bound == ["127.0.0.1", "0.0.0.0"]
