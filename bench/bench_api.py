"""API under load: requests/s and latency of the filtered events list on 100,000 events.

    .venv/bin/python bench/bench_api.py [--events 100000] [--requests 600] [--clients 4]

Starts `sahelwatch serve` on 127.0.0.1 in a subprocess and sends a bounded number of requests from a
local client pool; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import build  # noqa: E402

QUERIES = [
    "/api/events?limit=100",
    "/api/events?event_type=Battles&date_from=2023-01-01&limit=100",
    "/api/events?admin1=Mopti&min_confidence=0.5&limit=100",
    "/api/events?actor=JNIM&date_from=2024-06-01&date_to=2024-12-31&limit=100",
    "/api/events?sub_event_type=Attack&offset=500&limit=100",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "sahelwatch-bench-api.db")
    args = parser.parse_args()
    t0 = time.perf_counter()
    store = build(args.db, args.events)
    print(f"database: {store.count_events():,} events in {args.db} ({time.perf_counter() - t0:.1f} s to prepare)")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "sahelwatch.cli", "serve", "--db", f"sqlite:///{args.db}",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(300):
                try:
                    client.get("/api/me")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)

            def one(i: int) -> float:
                start = time.perf_counter()
                response = client.get(QUERIES[i % len(QUERIES)])
                response.raise_for_status()
                return time.perf_counter() - start

            started = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                latencies = sorted(pool.map(one, range(args.requests)))
            elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"{args.requests} requests, {args.clients} clients: {args.requests / elapsed:.1f} req/s, "
          f"p50 {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")


if __name__ == "__main__":
    main()
