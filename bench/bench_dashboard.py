"""First view of the dashboard with 10,000 events: time from navigation until the map, timeline and
table have drawn (the page sets body[data-ready]), in Debian's headless Chromium.

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
    timings = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(args.runs):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            start = time.perf_counter()
            page.goto("http://127.0.0.1:8765/")
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            timings.append(time.perf_counter() - start)
            points = page.locator("#map").get_attribute("data-points")
            print("  ms since navigation:", page.locator("body").get_attribute("data-timings"))
            page.close()
        browser.close()
    server.should_exit = True
    print(f"{store.count_events():,} events, {points} on the map: first view median "
          f"{statistics.median(timings):.2f} s, best {min(timings):.2f} s over {args.runs} runs")


if __name__ == "__main__":
    main()
