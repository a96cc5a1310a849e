"""Events out: ACLED-style CSV, GeoJSON, JSON, JSONL and Parquet, the same columns everywhere.

One module per format (acled_csv, geojson, jsonl, parquet); `render_events` and `write_events` pick one."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sahelwatch.export import acled_csv, geojson, jsonl
from sahelwatch.export.acled_csv import CSV_COLUMNS
from sahelwatch.model import Event

FORMATS = ("acled-csv", "geojson", "json", "jsonl", "parquet")
__all__ = ["CSV_COLUMNS", "FORMATS", "event_record", "render_events", "write_events"]


def event_record(event: Event) -> dict[str, Any]:
    row = event.acled()
    row.update(event_id=event.id, confidence=round(event.confidence, 3), review_state=event.review_state,
               report_count=len(event.mention_ids) or None)
    return row


def render_events(events: Iterable[Event], fmt: str) -> str:
    """The events as text in `fmt` (acled-csv, geojson, json or jsonl)."""
    records = [event_record(e) for e in events]
    renderers = {"acled-csv": acled_csv.render, "geojson": geojson.render, "json": jsonl.render_list,
                 "jsonl": jsonl.render}
    if fmt not in renderers:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return renderers[fmt](records)


def write_events(events: Iterable[Event], fmt: str, out: Path) -> int:
    """Write the events to `out`; returns how many."""
    events = list(events)
    if fmt == "parquet":
        from sahelwatch.export import parquet

        parquet.write([event_record(e) for e in events], Path(out))
    else:
        Path(out).write_text(render_events(events, fmt), encoding="utf-8")
    return len(events)
