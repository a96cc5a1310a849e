"""Flat rows for Parquet: mentions, observations and documents as columns of plain types.

Nested values (evidence spans, claims, kind-specific observation values) are JSON strings, so the same
files load into pandas, DuckDB, Spark or `sahelwatch load` without a custom schema.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pyarrow as pa

from sahelwatch.model import ACLED_FIELDS, Document, Mention, Observation

MENTION_SCHEMA = pa.schema(
    [("id", pa.string()), ("document_id", pa.string()), ("confidence", pa.float64())]
    + [(name, pa.string()) for name in ACLED_FIELDS if name not in ("time_precision", "inter1", "inter2",
                                                                     "interaction", "latitude", "longitude",
                                                                     "geo_precision", "fatalities")]
    + [("time_precision", pa.int64()), ("inter1", pa.int64()), ("inter2", pa.int64()),
       ("interaction", pa.int64()), ("latitude", pa.float64()), ("longitude", pa.float64()),
       ("geo_precision", pa.int64()), ("fatalities", pa.int64()),
       ("evidence", pa.string()), ("claims", pa.string())]
)
OBSERVATION_SCHEMA = pa.schema([
    ("id", pa.string()), ("document_id", pa.string()), ("kind", pa.string()), ("date", pa.string()),
    ("time_precision", pa.int64()), ("country", pa.string()), ("admin1", pa.string()),
    ("location", pa.string()), ("latitude", pa.float64()), ("longitude", pa.float64()),
    ("values", pa.string()), ("evidence", pa.string()), ("confidence", pa.float64()),
])
DOCUMENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("external_id", pa.string()), ("source", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("language", pa.string()), ("published", pa.string()), ("status", pa.string()),
    ("reason", pa.string()), ("text", pa.string()),
])


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def mention_row(m: Mention) -> dict[str, Any]:
    row = {name: getattr(m, name) for name in MENTION_SCHEMA.names if hasattr(m, name)}
    row["event_date"] = _iso(m.event_date)
    row["evidence"] = json.dumps(m.evidence, sort_keys=True)
    row["claims"] = json.dumps(m.claims, sort_keys=True, default=str)
    return row


def mention_from_row(row: dict[str, Any]) -> Mention:
    values = {k: v for k, v in row.items() if k not in ("evidence", "claims")}
    values["event_date"] = date.fromisoformat(row["event_date"]) if row.get("event_date") else None
    for key in ("inter1", "inter2", "interaction", "geo_precision"):
        values[key] = None if values.get(key) is None else int(values[key])
    mention = Mention(**values)
    mention.evidence = {k: [tuple(s) for s in v] for k, v in json.loads(row["evidence"] or "{}").items()}
    mention.claims = json.loads(row.get("claims") or "{}")
    return mention


def observation_row(o: Observation) -> dict[str, Any]:
    return {
        "id": o.id, "document_id": o.document_id, "kind": o.kind, "date": _iso(o.date),
        "time_precision": o.time_precision, "country": o.country, "admin1": o.admin1,
        "location": o.location, "latitude": o.latitude, "longitude": o.longitude,
        "values": json.dumps(o.values, sort_keys=True, default=str),
        "evidence": json.dumps(o.evidence, sort_keys=True), "confidence": o.confidence,
    }


def observation_from_row(row: dict[str, Any]) -> Observation:
    values = {k: v for k, v in row.items() if k not in ("values", "evidence", "date")}
    obs = Observation(**values, date=date.fromisoformat(row["date"]) if row.get("date") else None)
    obs.values = json.loads(row["values"] or "{}")
    obs.evidence = {k: [tuple(s) for s in v] for k, v in json.loads(row["evidence"] or "{}").items()}
    return obs


def document_row(d: Document) -> dict[str, Any]:
    return {"id": d.id, "external_id": d.external_id, "source": d.source, "url": d.url, "title": d.title,
            "language": d.language, "published": _iso(d.published), "status": d.status, "reason": d.reason,
            "text": d.text}


def document_from_row(row: dict[str, Any]) -> Document:
    values = dict(row)
    values["published"] = date.fromisoformat(row["published"]) if row.get("published") else None
    return Document(**values, retrieved=datetime.now().astimezone())
