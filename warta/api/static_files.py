"""The dashboard's files, compressed and with cache headers.

Vite names every script and style after its content (assets/index-<hash>.js), so those
are cached for a year; index.html names the current ones and is revalidated on every
load. Text files are gzipped once per file version and kept (the script is ~1.2 MB, ~0.4 MB
gzipped).
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from starlette.datastructures import Headers
from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

COMPRESSIBLE = (".js", ".css", ".html", ".svg", ".json", ".map", ".txt")
MIN_COMPRESS_BYTES = 1024
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


class DashboardFiles(StaticFiles):
    def __init__(self, directory: Path) -> None:
        super().__init__(directory=directory, html=True)
        self._gzipped: dict[tuple[str, int, int], bytes] = {}

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code != 200 or not isinstance(response, FileResponse):
            return response
        hashed = path.replace(os.sep, "/").startswith("assets/")
        response.headers["Cache-Control"] = IMMUTABLE if hashed else REVALIDATE
        accepts = Headers(scope=scope).get("accept-encoding", "")
        if "gzip" not in accepts or not str(response.path).endswith(COMPRESSIBLE):
            return response
        stat = os.stat(response.path)
        if stat.st_size < MIN_COMPRESS_BYTES:
            return response
        version = (str(response.path), stat.st_mtime_ns, stat.st_size)
        body = self._gzipped.get(version)
        if body is None:
            body = gzip.compress(Path(response.path).read_bytes(), compresslevel=6, mtime=0)
            self._gzipped[version] = body
        headers = {
            "Content-Encoding": "gzip",
            "Vary": "Accept-Encoding",
            "Cache-Control": response.headers["Cache-Control"],
            "ETag": response.headers.get("etag", "") + "-gz",
        }
        return Response(body, media_type=response.media_type, headers=headers)
