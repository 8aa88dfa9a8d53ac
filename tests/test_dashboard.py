"""The dashboard end to end: Debian's chromium (headless, driven by Playwright) against
`warta serve`'s app on 127.0.0.1 with the sample corpus. Screenshots go to
.ci/artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_api_corpus import copy_of_corpus

from warta.api.settings import STATIC_DIR

pytestmark = pytest.mark.slow  # subprocesses, servers or a browser: make test-fast skips

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[1] / ".ci" / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOKEN = "dashboard-test-token"

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is absent (.ci/browser.sh installs it)", allow_module_level=True)
if not (STATIC_DIR / "index.html").is_file():
    pytest.skip("the dashboard is not built (run `make web`)", allow_module_level=True)
if os.environ.get("WARTA_TEST_PG"):
    pytest.skip("browser tests run in the SQLite suite", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from warta.api import ApiSettings, create_app

    db = copy_of_corpus(tmp_path_factory.mktemp("dashboard"))
    app = create_app(ApiSettings(db_url=db, token=TOKEN))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server_url: str) -> Iterator[Any]:
    # bypass_csp: the test's own probes (wait_for_function, evaluate) are eval()s, which the
    # dashboard's Content-Security-Policy forbids; the XSS test below therefore shows that
    # rendering is safe without the CSP's help (the CSP itself is checked separately).
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, locale="id-ID", bypass_csp=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server_url}#token={TOKEN}")
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    page.errors = errors
    yield page
    context.close()
    assert not errors, errors


def shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def choose(page: Any, field: str, typed: str, key: str) -> None:
    page.fill(field, typed)
    page.click(f"{field}-suggestions li[data-key='{key}']")


def choose_indonesia_and_russia(page: Any) -> None:
    choose(page, "#actor-a", "Indo", "state:IDN")
    choose(page, "#actor-b", "Rus", "state:RUS")
    page.click("#show-actors")
    # picking actor A already draws A's own timeline: wait for the pair, not just any items
    page.wait_for_function("new URLSearchParams(location.search).get('b') === 'state:RUS'")
    page.wait_for_selector("#timeline .vis-item .item-text")


def test_timeline_of_indonesia_and_russia_opens_highlighted_evidence(page: Any) -> None:
    choose_indonesia_and_russia(page)
    assert page.locator("#event-list .event-row").count() >= 3
    assert "Indonesia" in page.text_content("#picker-message")
    shot(page, "timeline-indonesia-russia")

    page.locator("#timeline .vis-item .item-text").first.click()
    mark = page.wait_for_selector("#evidence-mark")
    sentence = mark.text_content()
    assert sentence and len(sentence) > 20
    assert sentence in page.text_content("#evidence-text")
    assert page.is_visible("#evidence")
    shot(page, "evidence-highlighted")

    # the filters narrow the timeline
    page.click("#evidence-close")
    page.select_option("#filter-type", "CONSULT")
    page.wait_for_function(
        "[...document.querySelectorAll('#event-list .badge')]"
        ".every(b => b.textContent === 'CONSULT')"
    )


def test_event_types_and_quads_are_the_apis_plover_table(page: Any) -> None:
    from warta.extract.event_types import EVENT_TYPES, QUADS

    options = page.eval_on_selector_all(
        "#filter-type option", "options => options.map(o => [o.value, o.textContent])"
    )
    assert [value for value, _ in options if value] == list(EVENT_TYPES)
    assert dict(options)["SANCTION"] == "SANCTION — konflik material"
    legend = page.eval_on_selector_all(
        "#quad-legend .swatch", "swatches => swatches.map(s => s.classList[1])"
    )
    assert legend == list(QUADS)


def test_other_panels_render(page: Any) -> None:
    choose_indonesia_and_russia(page)
    page.click("[data-tab=network]")
    page.wait_for_function("document.querySelector('#network canvas') !== null")
    shot(page, "network")
    page.click("[data-tab=agreements]")
    page.wait_for_selector("#agreements-table tbody tr")
    page.locator("#agreements-table .evidence-link").first.click()
    page.wait_for_selector("#evidence-mark")
    page.click("#evidence-close")
    shot(page, "agreements")
    page.click("[data-tab=figures]")
    page.wait_for_selector("#figures-table tbody tr")
    shot(page, "figures")
    page.click("[data-tab=conflicts]")
    page.wait_for_selector("#conflicts > *")
    shot(page, "conflicts")
    page.click("[data-tab=articles]")
    page.wait_for_selector("#articles-table tbody tr")
    shot(page, "articles")
    page.click("[data-tab=upload]")
    shot(page, "upload")
    page.click("#lang-en")
    assert page.text_content("[data-tab=timeline]") == "Timeline"
    page.click("#lang-id")
    assert page.text_content("[data-tab=timeline]") == "Linimasa"


def test_search_and_question_show_citations(page: Any) -> None:
    page.click("[data-tab=search]")
    page.fill("#ask-input", "Kapan Retno bertemu Lavrov?")
    page.click("#ask-form button")
    page.wait_for_selector("#ask-result .citation")
    assert "2021" in page.text_content("#ask-result .answer-text")
    page.fill("#search-input", "vaksin")
    page.click("#search-form button")
    page.wait_for_selector("#search-results .search-hit")
    shot(page, "search-ask")
    page.locator("#search-results .evidence-link").first.click()
    assert "aksin" in page.wait_for_selector("#evidence-mark").text_content()


def upload_pasted(page: Any, title: str, text: str) -> None:
    page.click("[data-tab=upload]")
    assert page.input_value("#upload-token") == TOKEN  # taken from the #token= link
    page.fill("#paste-title", title)
    page.fill("#paste-text", text)
    page.click("#upload-text-form button")
    page.wait_for_selector("#upload-results li.uploaded", timeout=120_000)


def test_upload_an_article_and_see_it(page: Any) -> None:
    upload_pasted(
        page,
        "Retno terima Menlu Brasil",
        "JAKARTA (ANTARA) - Menteri Luar Negeri Retno Marsudi menerima kunjungan Menteri Luar "
        "Negeri Brasil Mauro Vieira di Jakarta pada Selasa (14/3/2023). Keduanya sepakat "
        "meningkatkan kerja sama perdagangan dan energi.",
    )
    assert "selesai" in page.text_content("#upload-status")
    shot(page, "upload-done")
    page.locator("#upload-results li.uploaded button").first.click()
    page.wait_for_function(
        "document.querySelector('#evidence-title').textContent.includes('Brasil')"
    )
    assert "Mauro Vieira" in page.text_content("#evidence-text")
    page.click("#evidence-close")
    page.click("[data-tab=articles]")
    page.fill("#articles-filter", "brasil")
    page.click("#articles-form button")
    page.wait_for_selector("#articles-table tr[data-id='retno-terima-menlu-brasil']")


XSS_TEXT = (
    "JAKARTA - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Peru di Lima "
    "pada Senin (6/3/2023). <script>window.__xss = 'script'</script> Keduanya membahas "
    "kerja sama. <img src=x onerror=\"window.__xss='onerror'\"> "
    "<a href=\"javascript:window.__xss='link'\">klik di sini</a> "
    "<svg onload=\"window.__xss='svg'\"></svg> Peru dan Indonesia sepakat bekerja sama."
)


def test_article_markup_is_shown_as_text_and_never_runs(page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    upload_pasted(page, "Uji XSS Peru", XSS_TEXT)
    page.locator("#upload-results li.uploaded button").first.click()
    page.wait_for_function("document.querySelector('#evidence-text').textContent.includes('Peru')")
    body = page.locator("#evidence-text")
    assert "<script>" in body.text_content()
    assert body.locator("script, img, a, svg").count() == 0
    for link in page.locator("#evidence-text a, #evidence-meta a").all():
        assert not re.match(r"\s*javascript:", link.get_attribute("href") or "", re.I)
    shot(page, "xss-article-as-text")
    # also through search results
    page.click("#evidence-close")
    page.click("[data-tab=search]")
    page.fill("#search-input", "Peru")
    page.click("#search-form button")
    page.wait_for_selector("#search-results .search-hit")
    assert page.locator("#search-results script, #search-results img").count() == 0
    page.wait_for_timeout(300)
    shot(page, "xss-search-as-text")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not dialogs


def test_pages_forbid_inline_and_foreign_scripts(server_url: str) -> None:
    import httpx

    policy = httpx.get(server_url).headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]


def first_year_of_pair(server_url: str) -> int:
    import httpx

    events = httpx.get(
        f"{server_url}api/events",
        params={"actor": ["state:IDN", "state:RUS"], "limit": 500},
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).json()["items"]
    return min(int(e["date"][:4]) for e in events if e["date"])


def test_timeline_draws_partial_dates_in_place_with_all_rows_and_undated_apart(
    page: Any, server_url: str
) -> None:
    choose_indonesia_and_russia(page)
    first_year = first_year_of_pair(server_url)
    # the axis is fitted to the pair: no year on it before the pair's first event
    page.wait_for_function(
        "[...document.querySelectorAll('#timeline .vis-time-axis .vis-text:not(.vis-measure)')]"
        ".some(t => /(19|20)\\d\\d/.test(t.textContent))"
    )
    years = [
        int(m)
        for text in page.locator(
            "#timeline .vis-time-axis .vis-text:not(.vis-measure)"
        ).all_text_contents()
        for m in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)
    ]
    assert years and min(years) >= first_year - 1, (years, first_year)
    # the year-only event ("2022") is a span over 2022, not a dot near 1970
    window = page.evaluate(
        "() => { const r = document.querySelector('#timeline .vis-panel.vis-center')"
        ".getBoundingClientRect(); return [r.left, r.right]; }"
    )
    spans = page.locator("#timeline .vis-item.vis-range.partial-year")
    assert spans.count() >= 1
    box = spans.first.bounding_box()
    assert box and window[0] <= box["x"] and box["x"] + box["width"] <= window[1] + 1
    assert box["width"] > 10  # a whole year, not a point
    # all four quad rows are in view, each with its count
    labels = page.locator("#timeline .vis-labelset .vis-label")
    assert labels.count() == 4
    timeline_box = page.locator("#timeline").bounding_box()
    for i in range(4):
        label = labels.nth(i).bounding_box()
        assert label and label["y"] + label["height"] <= timeline_box["y"] + timeline_box["height"]
        assert label["y"] + label["height"] <= 1000  # inside the viewport
        assert re.search(r"\(\d+\)", labels.nth(i).text_content())
    # undated events are listed apart, never among the dated ones
    assert page.is_visible("#undated")
    assert page.locator("#undated-list .event-row").count() >= 1
    dates = page.eval_on_selector_all(
        "#event-list .event-row", "rows => rows.map(r => r.dataset.date)"
    )
    assert dates and all(dates)
    assert dates == sorted(dates)
    # cooperation against conflict, per month, both series drawn
    assert page.get_attribute("#quad-chart", "data-series") == "cooperation,conflict"
    shot(page, "timeline-fitted")
    # the list sorts: by date, newest first
    page.click("#event-sort [data-sort=date]")
    newest_first = page.eval_on_selector_all(
        "#event-list .event-row", "rows => rows.map(r => r.dataset.date)"
    )
    assert newest_first == sorted(dates, reverse=True)
    assert "sort=date-desc" in page.url


def test_date_range_filters_every_tab_and_lives_in_the_address(page: Any) -> None:
    choose_indonesia_and_russia(page)
    page.fill("#date-from", "2021")
    page.fill("#date-to", "2021-12")
    page.press("#date-to", "Enter")
    page.dispatch_event("#date-to", "change")
    page.wait_for_function(
        "[...document.querySelectorAll('#event-list .event-row')]"
        ".every(r => r.dataset.date.startsWith('2021'))"
    )
    assert "from=2021" in page.url and "to=2021-12" in page.url
    page.click("[data-tab=figures]")
    page.wait_for_function(
        "document.querySelector('#figures-empty').textContent !== ''"
        " || document.querySelectorAll('.figure-row').length > 0"
    )
    periods = page.eval_on_selector_all(".figure-row", "rows => rows.map(r => r.dataset.period)")
    assert all(p.startswith("2021") for p in periods), periods
    # the address restores the whole view: pair, tab, dates, language
    page.click("#lang-en")
    url = page.url
    assert "tab=figures" in url and "lang=en" in url
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]")
    assert page.get_attribute("[data-tab=figures]", "aria-selected") == "true"
    assert page.input_value("#date-from") == "2021"
    assert page.text_content("[data-tab=timeline]") == "Timeline"
    assert "Indonesia with Russia" in page.text_content("#picker-message")
    page.click("#lang-id")


def test_figures_one_chart_per_measure_with_actual_and_target_of_the_pair_only(
    page: Any,
) -> None:
    choose_indonesia_and_russia(page)
    page.click("[data-tab=figures]")
    page.wait_for_selector("#figures-table tbody tr")
    trade = page.locator("#figure-charts canvas[data-measure=trade_volume]")
    assert trade.count() == 1
    assert trade.get_attribute("data-series") == "actual,target"
    # an ASEAN-Russia figure (2018) is not an Indonesia-Russia figure
    rows = page.eval_on_selector_all(
        ".figure-row",
        "rows => rows.map(r => [r.dataset.measure, r.dataset.kind, r.dataset.period])",
    )
    assert ["trade_volume", "actual", "2018"] not in rows
    assert len(rows) == len({tuple(r) for r in rows})  # one point per measure, kind, period
    shot(page, "figures-actual-and-target")


def test_unknown_actor_clears_the_previous_pair(page: Any) -> None:
    choose_indonesia_and_russia(page)
    assert page.locator("#event-list .event-row").count() > 0
    page.fill("#actor-b", "Negeri Antah Berantah")
    page.click("#show-actors")
    page.wait_for_selector("#picker-message.error")
    assert page.locator("#event-list .event-row").count() == 0
    assert page.locator("#timeline .vis-item").count() == 0
    assert "b=" not in page.url


def test_sources_are_named_by_title_and_evidence_header_stays(page: Any) -> None:
    choose_indonesia_and_russia(page)
    labels = page.locator("#event-list .evidence-link").all_text_contents()
    assert labels
    slug = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
    assert not [label for label in labels if slug.match(label.strip())], labels
    page.locator("#event-list .evidence-link").first.click()
    page.wait_for_selector("#evidence-mark")
    assert "ev=" in page.url
    page.eval_on_selector("#evidence", "panel => { panel.scrollTop = panel.scrollHeight; }")
    head = page.locator("#evidence .evidence-head").bounding_box()
    assert head and head["y"] >= -1 and page.is_visible("#evidence-close")
    page.click("#evidence-close")
    assert "ev=" not in page.url
    # the article list and search results name articles by title too
    page.click("[data-tab=articles]")
    page.wait_for_selector("#articles-table tbody tr")
    titles = page.locator("#articles-table tbody tr td:nth-child(2) button").all_text_contents()
    assert titles and not [t for t in titles if slug.match(t.strip())], titles
    page.click("[data-tab=search]")
    page.fill("#search-input", "perdagangan")
    page.click("#search-form button")
    page.wait_for_selector("#search-results .search-hit")
    names = page.locator("#search-results .search-hit strong").all_text_contents()
    assert names and not [n for n in names if slug.match(n.strip())], names


def test_statuses_and_sectors_follow_the_language(page: Any) -> None:
    choose_indonesia_and_russia(page)
    page.click("[data-tab=agreements]")
    page.wait_for_selector("#agreements-table tbody tr")
    pills = page.locator("#agreements-table .status-pill").all_text_contents()
    english = {"signed", "planned", "ratified", "in_force", "negotiating", "agreed"}
    assert not english & set(pills), pills
    page.click("#lang-en")
    page.wait_for_function("document.querySelector('#picker-message').textContent.includes('with')")
    page.click("#lang-id")


def test_current_view_downloads_as_csv_and_json(page: Any) -> None:
    choose_indonesia_and_russia(page)
    with page.expect_download() as info:
        page.click("#download-csv")
    import csv

    with Path(info.value.path()).open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert "date" in header and "type" in header
    assert len(rows) == page.locator("#event-list .event-row, #undated-list .event-row").count()
    with page.expect_download() as info:
        page.click("#download-json")
    import json

    items = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert {i["key"] for i in items} >= set(
        page.eval_on_selector_all("#event-list .event-row", "rows => rows.map(r => r.dataset.key)")
    )


def test_brief_button_downloads_the_pairs_pdf(page: Any) -> None:
    choose_indonesia_and_russia(page)
    with page.expect_download() as info:
        page.click("#brief-pdf")
    assert Path(info.value.path()).read_bytes().startswith(b"%PDF")


def test_network_is_drawn_the_same_on_every_load_with_a_legend(page: Any) -> None:
    choose_indonesia_and_russia(page)
    pictures = []
    for _ in range(2):
        page.click("[data-tab=agreements]")
        page.click("[data-tab=network]")
        page.wait_for_function("document.querySelector('#network canvas') !== null")
        page.wait_for_timeout(400)
        pictures.append(page.locator("#network").screenshot())
    assert pictures[0] == pictures[1]
    legend = page.locator("#network-legend .legend-item").all_text_contents()
    assert legend == ["negara", "organisasi", "tokoh"]


def test_errors_speak_the_chosen_language(page: Any, server_url: str) -> None:
    for lang, expected in (("id", "Galat: tidak ditemukan"), ("en", "Error: not found")):
        page.goto(f"{server_url}?ev=artikel-yang-tidak-ada:0:5&lang={lang}")
        page.wait_for_selector("body[data-ready=true]")
        page.wait_for_function(
            "document.querySelector('#evidence-title').textContent.includes(':')"
        )
        assert page.text_content("#evidence-title").startswith(expected)


def test_map_places_the_pairs_events_by_country_offline(page: Any) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    choose_indonesia_and_russia(page)
    page.click("[data-tab=map]")
    page.wait_for_selector("#map svg path.country.has-events")
    shaded = set(
        page.eval_on_selector_all("#map path.has-events", "ps => ps.map(p => p.dataset.iso3)")
    )
    assert {"IDN", "RUS"} <= shaded
    assert page.locator("#map circle.mark").count() == len(shaded)
    page.dispatch_event("#map path.country[data-iso3=RUS]", "click")
    page.wait_for_selector("#map-events .event-row")
    shot(page, "map")
    # a narrower date range shades fewer or the same countries
    page.fill("#date-from", "2022")
    page.dispatch_event("#date-from", "change")
    page.wait_for_function("new URLSearchParams(location.search).get('from') === '2022'")
    page.wait_for_selector("#map svg path.country.has-events")
    narrower = set(
        page.eval_on_selector_all("#map path.has-events", "ps => ps.map(p => p.dataset.iso3)")
    )
    assert narrower <= shaded
    origin = page.url.split("/?")[0].split("#")[0].rstrip("/")
    assert all(url.startswith(origin) or url.startswith("blob:") for url in requests)
