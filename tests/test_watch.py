"""`sahelwatch watch` against a real HTTP server on 127.0.0.1 that serves good feeds and articles and the
broken and hostile cases: malformed XML, a redirect loop, an endless body, a slow server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sahelwatch.store import Store
from sahelwatch.watch import build_watcher
from sahelwatch.watch.config import ConfigError, load_config

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sahel test wire</title><link>{base}/</link><description>t</description>
<item><title>Convoy attacked near Kayes</title><link>{base}/article/1</link>
<pubDate>Mon, 10 Nov 2025 09:00:00 GMT</pubDate><guid>{base}/article/1</guid>
<description>Militants attacked a fuel convoy near Kayes.</description></item>
<item><title>Schools closed</title><link>{base}/article/2</link>
<pubDate>Tue, 11 Nov 2025 09:00:00 GMT</pubDate><guid>{base}/article/2</guid>
<description>The government closed schools.</description></item>
</channel></rss>"""

ARTICLES = {
    "1": "On Sunday, JNIM militants ambushed a fuel convoy near Kayes, burning about 30 tanker trucks and "
         "killing four soldiers of the escort, according to security sources in the region.",
    "2": "Le gouvernement malien a annoncé lundi la fermeture de toutes les écoles et universités du pays "
         "pendant deux semaines, faute de carburant pour le transport des élèves et des enseignants.",
}
PAGE = ("<html><head><title>{title}</title><meta name='date' content='2025-11-11'></head><body><article>"
        "<h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        base = f"http://{self.headers['Host']}"
        if self.path == "/feed.xml":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            self._send(FEED.format(base=base).encode(), "application/rss+xml", etag='"v1"')
        elif self.path.startswith("/article/"):
            key = self.path.rsplit("/", 1)[1]
            self._send(PAGE.format(title=f"Report {key}", text=ARTICLES[key]).encode(), "text/html")
        elif self.path == "/broken.xml":
            self._send(b"<rss><channel><item><title>unterminated", "application/rss+xml")
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/endless.xml":
            self._endless()
        elif self.path == "/slow.xml":
            time.sleep(3)
            self._send(b"<rss/>", "application/rss+xml")
        else:
            self.send_error(404)

    def _send(self, body: bytes, media: str, etag: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def _endless(self) -> None:
        # No Content-Length: the client must stop by itself. Bounded here so the test cannot hang.
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        chunk = b"<item>" + b"x" * 65536 + b"</item>"
        try:
            for _ in range(2000):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def write_config(tmp_path: Path, base: str, sources: list[tuple[str, str, str]]) -> Path:
    lines = ["[settings]", "politeness_seconds = 0", "timeout_seconds = 1", "max_bytes = 2_000_000",
             "interval_minutes = 30", ""]
    for name, path, kind in sources:
        lines += ["[[source]]", f'name = "{name}"', f'url = "{base}{path}"', f'kind = "{kind}"',
                  "fetch_articles = true", ""]
    config = tmp_path / "feeds.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def test_good_feed_is_ingested_and_hostile_ones_are_skipped(server, tmp_path, db_url):
    config = write_config(tmp_path, server, [
        ("broken", "/broken.xml", "feed"), ("loop", "/loop", "feed"), ("endless", "/endless.xml", "feed"),
        ("slow", "/slow.xml", "feed"), ("good", "/feed.xml", "feed"), ("missing", "/nothing.xml", "feed"),
    ])
    store = Store(db_url)
    watcher = build_watcher(config, store)
    report = watcher.run_once()
    assert report.new_documents == 2
    assert set(report.errors) == {"broken", "loop", "endless", "slow", "missing"}
    assert "redirect" in report.errors["loop"] and "cap" in report.errors["endless"]
    assert "1 s" in report.errors["slow"] and "404" in report.errors["missing"]
    texts = " ".join(d.text for d in store.documents())
    assert "tanker trucks" in texts and "fermeture de toutes les écoles" in texts
    assert store.count_events() >= 1


def test_conditional_requests_and_seen_items_avoid_rework(server, tmp_path, db_url):
    config = write_config(tmp_path, server, [("good", "/feed.xml", "feed")])
    store = Store(db_url)
    build_watcher(config, store).run_once()
    article_hits = Handler.hits.get("/article/1", 0)
    # A new process reads the saved state: it sends If-None-Match and gets 304.
    again = build_watcher(config, store, now=lambda: time.time() + 3600)
    report = again.run_once()
    assert report.not_modified == 1 and report.new_documents == 0
    assert Handler.hits.get("/article/1", 0) == article_hits


def test_failing_source_backs_off(server, tmp_path):
    config = write_config(tmp_path, server, [("missing", "/nothing.xml", "feed")])
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    clock = [1_000_000.0]
    watcher = build_watcher(config, store, now=lambda: clock[0])
    watcher.run_once()
    first_wait = watcher.state.get("missing").next_due - clock[0]
    clock[0] = watcher.state.get("missing").next_due
    watcher.run_once()
    second_wait = watcher.state.get("missing").next_due - clock[0]
    assert second_wait == 2 * first_wait
    clock[0] += 1
    assert watcher.run_once().polled == 0, "a source is not polled before it is due"


def test_bad_config_names_the_file(tmp_path):
    bad = tmp_path / "feeds.toml"
    bad.write_text("[[source]]\nname = 'x'\nurl = 'ftp://x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="feeds.toml.*http"):
        load_config(bad)
    bad.write_text("[[source]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_watch_process_stops_cleanly_on_sigterm(server, tmp_path, db_url):
    config = write_config(tmp_path, server, [("good", "/feed.xml", "feed")])
    db = db_url
    proc = subprocess.Popen([sys.executable, "-m", "sahelwatch.cli", "watch", str(config), "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 120
        output = ""
        while "polled" not in output and time.monotonic() < deadline and proc.poll() is None:
            output += proc.stdout.readline()
        assert "polled" in output, output
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert Store(db).count_documents() == 2
