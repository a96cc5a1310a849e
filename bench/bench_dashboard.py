"""First view of the dashboard with 10,000 events, in Debian's headless Chromium: time from navigation until
the map, timeline and table are on screen, and until plotly.js has made the map and timeline interactive.

    .venv/bin/python bench/bench_dashboard.py [--events 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from sahelwatch.web.app import create_app  # noqa: E402

from synthetic import build  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "sahelwatch-bench-dash.db")
    args = parser.parse_args()
    store = build(args.db, args.events)
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=8765, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        # cold: a new browser profile each time (nothing cached), as on an analyst's first visit
        cold = [_first_view(browser.new_context(viewport=VIEWPORT)) for _ in range(args.runs)]
        # warm: one profile that has seen the page before (plotly.js in the HTTP and V8 code caches),
        # as on every later visit; two priming visits, since Chromium keeps compiled code from the second
        context = browser.new_context(viewport=VIEWPORT)
        _first_view(context, keep_open=True)
        _first_view(context, keep_open=True)
        warm = [_first_view(context, keep_open=True) for _ in range(args.runs)]
        browser.close()
    server.should_exit = True
    for name, runs in (("cold cache", cold), ("warm cache", warm)):
        for what, i in (("first view (map, timeline, table on screen)", 0), ("interactive (plotly drawn)", 1)):
            timings = [r[i] for r in runs]
            print(f"{store.count_events():,} events, {name}, {what}: median {statistics.median(timings):.2f} s, "
                  f"best {min(timings):.2f} s over {args.runs} runs")


VIEWPORT = {"width": 1400, "height": 1000}


def _first_view(context, keep_open: bool = False) -> tuple[float, float]:  # noqa: ANN001
    """Seconds from navigation until the map, timeline and table are on screen (body[data-first-view]),
    and until plotly has drawn the interactive map and timeline (body[data-ready])."""
    page = context.new_page()
    start = time.perf_counter()
    page.goto("http://127.0.0.1:8765/")
    page.wait_for_selector("body[data-first-view]", timeout=60_000)
    first = time.perf_counter() - start
    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
    elapsed = (first, time.perf_counter() - start)
    print(f"  {first:.2f} s / {elapsed[1]:.2f} s; ms since navigation: "
          f"{page.locator('body').get_attribute('data-timings')}, "
          f"{page.locator('#map').get_attribute('data-points')} points on the map")
    page.close()
    if not keep_open:
        context.close()
    return elapsed


if __name__ == "__main__":
    main()
