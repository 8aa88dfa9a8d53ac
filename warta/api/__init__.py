"""The HTTP API (FastAPI) over the knowledge base, and the dashboard it serves.

    from warta.api import create_app
    app = create_app(ApiSettings(db_url="sqlite:///warta.db", token="..."))

Started by `warta serve`.
"""

from warta.api.app import create_app
from warta.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
