"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, against
a real server over a real SQLite database built by the real extractor. Screenshots of each main page
are saved under artifacts/screenshots/ to be looked at."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from web_support import PASSWORDS, REPO, SECRET, build_demo_store

CHROMIUM = os.environ.get("SAHELWATCH_CHROMIUM", "/usr/bin/chromium")
SHOTS = REPO / "artifacts" / "screenshots"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                       reason="Debian's chromium is not installed (make test installs it)"),
]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from sahelwatch.web.app import create_app

    store = build_demo_store(tmp_path_factory.mktemp("browser") / "demo.db")
    port = free_port()
    config = uvicorn.Config(create_app(store, secret=SECRET), host="127.0.0.1", port=port, log_level="warning")
    web = uvicorn.Server(config)
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not web.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    web.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.errors = errors
    yield tab
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def open_dashboard(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def table_rows(page) -> int:
    return page.locator("#events tbody tr").count()


def test_map_shows_the_demo_events(server, page):
    open_dashboard(page, server + "/")
    points = int(page.locator("#map").get_attribute("data-points") or 0)
    assert points > 0
    assert page.locator("#map .maplibregl-canvas, #map canvas").count() >= 1
    assert table_rows(page) > 0
    shot(page, "dashboard")
    assert not page.errors, page.errors


def test_date_filter_changes_map_and_table(server, page):
    open_dashboard(page, server + "/")
    before_points = int(page.locator("#map").get_attribute("data-points"))
    before_summary = page.locator("#summary").inner_text()
    page.fill("input[name=date_from]", "2025-11-01")
    page.fill("input[name=date_to]", "2025-11-30")
    page.click("#filters button[type=submit]")
    page.wait_for_function(f"document.querySelector('#summary').innerText !== {before_summary!r}")
    page.wait_for_function("document.querySelector('#map').dataset.points !== undefined")
    after_points = int(page.locator("#map").get_attribute("data-points"))
    assert "date_from=2025-11-01" in page.url, "the URL keeps the filter so the view can be bookmarked"
    assert after_points < before_points
    dates = page.locator("#events tbody tr td:first-child").all_inner_texts()
    assert dates and all("2025-11-01" <= d <= "2025-11-30" for d in dates)
    shot(page, "dashboard_filtered")


def test_event_page_highlights_evidence(server, page):
    open_dashboard(page, server + "/")
    page.locator("#events tbody tr td:first-child a").first.click()
    page.wait_for_selector("mark.evidence")
    assert page.locator("mark.evidence").count() >= 2
    assert page.locator("#review-panel").is_hidden(), "anonymous readers see no review controls"
    shot(page, "event")


def sign_in(page, server: str, name: str) -> None:
    page.goto(server + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORDS[name])
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#who")


def test_analyst_corrects_a_field_and_history_shows_it(server, page):
    sign_in(page, server, "ana")
    open_dashboard(page, server + "/")
    page.locator("#events tbody tr td:first-child a").first.click()
    page.wait_for_selector("#review-panel:not([hidden])")
    page.select_option("#review-form select[name=field]", "fatalities")
    page.fill("#review-form input[name=value]", "41")
    page.fill("#review-form input[name=comment]", "checked against the OCHA update")
    page.click("#correct")
    page.wait_for_selector("#history td:has-text('checked against the OCHA update')")
    assert page.locator("#fields tr[data-field=fatalities] .value").inner_text() == "41"
    assert page.locator("#review-state").inner_text() == "corrected"
    shot(page, "event_corrected")


def test_viewer_cannot_review(server, page):
    sign_in(page, server, "vic")
    open_dashboard(page, server + "/")
    page.locator("#events tbody tr td:first-child a").first.click()
    page.wait_for_selector("mark.evidence")
    assert page.locator("#review-panel").is_hidden()
    event_id = page.locator("#event").get_attribute("data-event-id")
    status = page.evaluate(
        """async (id) => (await fetch(`/api/events/${id}/review`, {method: 'POST',
             headers: {'Content-Type': 'application/json', 'X-CSRF-Token': SW.csrf()},
             body: JSON.stringify({action: 'approve'})})).status""", event_id)
    assert status == 403


def test_indicators_page(server, page):
    page.goto(server + "/indicators")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    assert int(page.locator("#prices").get_attribute("data-series") or 0) > 0
    assert page.locator("#services tbody tr").count() > 0
    shot(page, "indicators")
