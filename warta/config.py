"""Configuration in one place: database URL, model and data locations."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
MODEL_DIR = PACKAGE_DIR / "nlp" / "model"
DEFAULT_DB_URL = "sqlite:///warta.db"
# The state whose news warta reads: a person or office the text leaves stateless is this
# state's, and its relations are the ones the dyad views start from. The shipped models were
# trained with it (their features say "home" for it).
HOME_STATE = "IDN"


def database_url(explicit: str | None = None) -> str:
    """The database to use: an explicit --db, else $WARTA_DB, else warta.db in the cwd.

    A bare file path is accepted and turned into a SQLite URL.
    """
    url = explicit or os.environ.get("WARTA_DB") or DEFAULT_DB_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url
