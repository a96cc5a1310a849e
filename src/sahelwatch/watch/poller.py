"""`sahelwatch watch`: poll feeds and pages on a schedule, ingest what is new, run the alert rules.

Each source keeps a small state (ETag, Last-Modified, items seen, failures, when it is next due) in a
JSON file beside the database, so a restart neither re-reads everything nor hammers a failing host.
After an error a source waits `interval * 2**failures` (capped), and every host gets a politeness pause
between two requests. SIGTERM or SIGINT stop the loop after the source in hand.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sahelwatch.model import Document
from sahelwatch.watch.config import Source, WatchConfig
from sahelwatch.watch.fetch import Fetched, Fetcher

log = logging.getLogger(__name__)
MAX_SEEN = 5000  # item ids remembered per feed


@dataclass
class SourceState:
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_due: float = 0.0
    last_error: str | None = None
    seen: list[str] = field(default_factory=list)


@dataclass
class RoundReport:
    polled: int = 0
    new_documents: int = 0
    not_modified: int = 0
    errors: dict[str, str] = field(default_factory=dict)


class StateFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.states: dict[str, SourceState] = {}
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                self.states = {k: SourceState(**v) for k, v in raw.items()}
            except (ValueError, TypeError):
                log.warning("%s: unreadable watch state, starting afresh", path)

    def get(self, name: str) -> SourceState:
        return self.states.setdefault(name, SourceState())

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({k: asdict(v) for k, v in self.states.items()}, indent=1), encoding="utf-8")
        tmp.replace(self.path)  # atomic, so a kill mid-write cannot corrupt the state


# What to do with the documents of one round: ingest them (and run alerts). Injected so the poller
# does not depend on the store.
Sink = Callable[[list[Document]], None]
Reader = Callable[[bytes, Source, str], list[Document]]


class Watcher:
    def __init__(self, config: WatchConfig, state: StateFile, sink: Sink, read_feed: Reader,
                 read_page: Reader, fetcher: Fetcher | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.config, self.state, self.sink = config, state, sink
        self.read_feed, self.read_page = read_feed, read_page
        self.fetcher = fetcher or Fetcher(config.settings)
        self.clock = clock
        self.stop = threading.Event()
        self._last_hit: dict[str, float] = {}

    def run_forever(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.stop.set())
        while not self.stop.is_set():
            self.run_once()
            self.stop.wait(self._seconds_to_next_due())
        self.fetcher.close()
        log.info("watch stopped")

    def run_once(self) -> RoundReport:
        report = RoundReport()
        for source in self.config.sources:
            if self.stop.is_set():
                break
            state = self.state.get(source.name)
            if state.next_due > self.clock():
                continue
            report.polled += 1
            self._poll(source, state, report)
        self.state.save()
        return report

    def _poll(self, source: Source, state: SourceState, report: RoundReport) -> None:
        fetched = self._get(source.url, state)
        if fetched.not_modified:
            report.not_modified += 1
            self._succeeded(source, state)
            return
        if not fetched.ok:
            self._failed(source, state, fetched.error or "unknown error", report)
            return
        try:
            documents = self._documents(source, fetched, state)
        except Exception as exc:  # a hostile body must not stop the other sources
            self._failed(source, state, f"unreadable {source.kind}: {exc}", report)
            return
        if documents:
            self.sink(documents)
            report.new_documents += len(documents)
        state.etag = fetched.headers.get("etag")
        state.last_modified = fetched.headers.get("last-modified")
        self._succeeded(source, state)

    def _documents(self, source: Source, fetched: Fetched, state: SourceState) -> list[Document]:
        if source.kind == "page":
            return self.read_page(fetched.body, source, source.url)
        items = self.read_feed(fetched.body, source, source.url)
        fresh = [d for d in items if (d.url or d.id) not in state.seen]
        state.seen = (state.seen + [d.url or d.id for d in fresh])[-MAX_SEEN:]
        if not source.fetch_articles:
            return fresh
        return [self._article(source, d) for d in fresh]

    def _article(self, source: Source, item: Document) -> Document:
        """The item's linked article, or the feed's own text when the article cannot be had."""
        if not item.url:
            return item
        fetched = self._get(item.url, SourceState())
        if not fetched.ok:
            log.warning("%s: article %s skipped (%s); keeping the feed summary", source.name, item.url,
                        fetched.error)
            return item
        pages = self.read_page(fetched.body, source, item.url)
        if not pages or pages[0].status != "ok":
            return item
        page = pages[0]
        page.title = page.title or item.title
        page.published = page.published or item.published
        return page

    def _get(self, url: str, state: SourceState) -> Fetched:
        host = urlsplit(url).netloc
        wait = self._last_hit.get(host, 0.0) + self.config.settings.politeness_seconds - time.monotonic()
        if wait > 0:
            self.stop.wait(wait)
        self._last_hit[host] = time.monotonic()
        return self.fetcher.get(url, state.etag, state.last_modified)

    def _interval(self, source: Source) -> float:
        return 60.0 * (source.interval_minutes or self.config.settings.interval_minutes)

    def _succeeded(self, source: Source, state: SourceState) -> None:
        state.failures, state.last_error = 0, None
        state.next_due = self.clock() + self._interval(source)

    def _failed(self, source: Source, state: SourceState, error: str, report: RoundReport) -> None:
        state.failures += 1
        state.last_error = error
        cap = 3600.0 * self.config.settings.max_backoff_hours
        state.next_due = self.clock() + min(cap, self._interval(source) * 2 ** state.failures)
        report.errors[source.name] = error
        log.warning("%s: %s; next try in %.0f min", source.name, error, (state.next_due - self.clock()) / 60)

    def _seconds_to_next_due(self) -> float:
        dues = [self.state.get(s.name).next_due for s in self.config.sources]
        return max(1.0, min(dues, default=60.0) - self.clock())


def summary_line(report: RoundReport) -> str:
    errors = "; ".join(f"{k}: {v}" for k, v in report.errors.items())
    return (f"polled {report.polled}, new documents {report.new_documents}, not modified "
            f"{report.not_modified}, errors {len(report.errors)}" + (f" ({errors})" if errors else ""))


def as_dict(report: RoundReport) -> dict[str, Any]:
    return asdict(report)
