"""Events out: ACLED-style CSV, GeoJSON, JSON, JSONL and Parquet, the same columns everywhere."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sahelwatch.model import ACLED_FIELDS, Event

FORMATS = ("acled-csv", "geojson", "json", "jsonl", "parquet")
CSV_COLUMNS = ("event_id", *ACLED_FIELDS, "confidence", "review_state", "report_count")


def event_record(event: Event) -> dict[str, Any]:
    row = event.acled()
    row.update(event_id=event.id, confidence=round(event.confidence, 3), review_state=event.review_state,
               report_count=len(event.mention_ids) or None)
    return row


def render_events(events: Iterable[Event], fmt: str) -> str:
    """The events as text in `fmt` (acled-csv, geojson, json or jsonl)."""
    records = [event_record(e) for e in events]
    if fmt == "acled-csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        return buffer.getvalue()
    if fmt == "geojson":
        features = [{"type": "Feature", "id": r["event_id"], "properties": r,
                     "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}
                     if r["latitude"] is not None else None} for r in records]
        return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_events(events: Iterable[Event], fmt: str, out: Path) -> int:
    """Write the events to `out`; returns how many."""
    events = list(events)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist([event_record(e) for e in events]), out)
    else:
        out.write_text(render_events(events, fmt), encoding="utf-8")
    return len(events)
