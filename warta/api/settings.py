"""How the API server is configured: database, write token, whether reads need it too."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"
MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # one uploaded file
MAX_UPLOAD_TOTAL_BYTES = 50 * 1024 * 1024  # all the files of one upload
# Any other request body (JSON): a pasted article is at most 500,000 characters, up to
# ~2 MB as UTF-8 and more when JSON-escaped.
MAX_REQUEST_BYTES = 8 * 1024 * 1024
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ApiSettings:
    db_url: str | None = None  # None: $WARTA_DB, else warta.db in the working directory
    token: str | None = field(default_factory=lambda: os.environ.get("WARTA_TOKEN") or None)
    protect_reads: bool = field(default_factory=lambda: _env_flag("WARTA_PROTECT_READS"))
    static_dir: Path = STATIC_DIR
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    max_upload_total_bytes: int = MAX_UPLOAD_TOTAL_BYTES
    max_request_bytes: int = MAX_REQUEST_BYTES
