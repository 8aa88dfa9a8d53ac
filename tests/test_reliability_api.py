"""The API under hostile requests: bad files in an upload, oversized and unauthorized
bodies, echoing 422s, the docs page. In-process (TestClient) over a copy of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

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
