"""Live feeds: poll RSS/Atom feeds and pages, ingest what is new, run the alert rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sahelwatch.ingest import document_from_html, documents_from_feed, finish
from sahelwatch.model import Document
from sahelwatch.watch.config import Source, load_config
from sahelwatch.watch.poller import RoundReport, StateFile, Watcher


def _feed(data: bytes, source: Source, url: str) -> list[Document]:
    documents = documents_from_feed(data, source=source.name, url=url)
    if len(documents) == 1 and documents[0].status != "ok":
        raise ValueError(documents[0].reason)  # a broken feed is the source's error, not a document
    return [_tag(finish(d), source) for d in documents]


def _page(data: bytes, source: Source, url: str) -> list[Document]:
    return [_tag(finish(document_from_html(data, source=source.name, url=url)), source)]


def _tag(document: Document, source: Source) -> Document:
    if source.language and document.status == "ok":
        document.language = source.language
    return document


def build_watcher(config_path: Path, store: Any, now: Callable[[], float] = time.time,
                  report: Callable[[RoundReport], None] | None = None) -> Watcher:
    """A Watcher over the sources in `config_path` that ingests into `store` and runs the alert rules.
    Its state file sits beside the config (`<name>.state.json`)."""
    from sahelwatch.extract.pipeline import Extractor
    from sahelwatch.process import ingest_documents

    config = load_config(Path(config_path))
    extractor = Extractor()

    def sink(documents: list[Document]) -> None:
        from sahelwatch.analyze.alerts import run_alerts

        ingest_documents(documents, store, extractor)
        run_alerts(store)

    state = StateFile(Path(config_path).with_suffix(".state.json"))
    watcher = Watcher(config, state, sink, _feed, _page, clock=now)
    if report:
        original = watcher.run_once

        def run_and_report() -> RoundReport:
            result = original()
            report(result)
            return result

        watcher.run_once = run_and_report  # type: ignore[method-assign]
    return watcher
