"""/docs in a real browser with the network cut off: Swagger UI comes from this server
(the swagger-ui-bundle package), starts under the dashboard's CSP and lists the API."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_api_corpus import copy_of_corpus
from test_dashboard import CHROMIUM, CHROMIUM_ARGS, _free_port

pytestmark = pytest.mark.slow
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from warta.api import ApiSettings, create_app

    app = create_app(ApiSettings(db_url=copy_of_corpus(tmp_path_factory.mktemp("docs"))))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_docs_work_offline_under_the_csp(server_url: str) -> None:
    assert Path(CHROMIUM).exists()
    elsewhere: list[str] = []
    problems: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        page = browser.new_page()  # the CSP is enforced (no bypass_csp)

        def offline(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith(server_url):
                route.continue_()  # type: ignore[attr-defined]
            else:
                elsewhere.append(url)
                route.abort()  # type: ignore[attr-defined]

        page.route("**/*", offline)
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(f"{server_url}/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
        assert "warta API" in page.inner_text(".swagger-ui .info .title")
        page.wait_for_selector('[data-path="/api/articles/upload"]', timeout=20_000)
        browser.close()
    assert elsewhere == []  # nothing asked of any other host
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
