"""Exports parse back with ordinary tools: csv, json, pyarrow."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from sahelwatch.export import CSV_COLUMNS, FORMATS, render_events, write_events
from sahelwatch.model import ACLED_FIELDS, Document, Extraction, Mention
from sahelwatch.store import Store


def stored_events(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'export.db'}")
    for n, (place, lat) in enumerate((("Kayes", 14.45), ("Nioro du Sahel", None))):
        doc = Document.from_text(f"Report {n}: an ambush near {place}, « convoi » attaqué.", language="en",
                                 published=date(2025, 11, 10), source="wire")
        m = Mention("Battles", "Armed clash", event_date=date(2025, 11, 9 - n), actor1="JNIM", country="Mali",
                    admin1="Kayes", location=place, latitude=lat, longitude=-11.4 if lat else None,
                    fatalities=n + 2, notes=f"Ambush near {place}, « convoi »; 2 killed.",
                    confidence=0.7, id=f"{doc.id}:m0", document_id=doc.id)
        store.save_extraction(Extraction(doc, [m]))
    store.rebuild_events()
    return store.events()


def test_acled_csv_has_acled_columns_in_order(tmp_path):
    events = stored_events(tmp_path)
    out = tmp_path / "events.csv"
    assert write_events(events, "acled-csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert header[1:1 + len(ACLED_FIELDS)] == list(ACLED_FIELDS) and header[0] == "event_id"
    assert "confidence" in header
    assert {r["location"] for r in rows} == {"Kayes", "Nioro du Sahel"}
    assert any("« convoi »; 2 killed" in r["notes"] for r in rows), "commas, quotes and non-ASCII survive"
    assert {r["event_date"] for r in rows} == {"2025-11-09", "2025-11-08"}


def test_geojson_is_a_feature_collection_of_points(tmp_path):
    events = stored_events(tmp_path)
    data = json.loads(render_events(events, "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    located = [f for f in data["features"] if f["geometry"]]
    assert located[0]["geometry"] == {"type": "Point", "coordinates": [-11.4, 14.45]}
    assert set(CSV_COLUMNS) <= set(located[0]["properties"])
    assert [f for f in data["features"] if f["geometry"] is None], "unlocated events are kept, null geometry"


def test_jsonl_and_json(tmp_path):
    events = stored_events(tmp_path)
    lines = render_events(events, "jsonl").splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [e.id for e in events]
    assert len(json.loads(render_events(events, "json"))) == 2


def test_parquet_reads_back_with_types(tmp_path):
    events = stored_events(tmp_path)
    out = tmp_path / "events.parquet"
    write_events(events, "parquet", out)
    table = pq.read_table(out)
    assert table.column_names == list(CSV_COLUMNS) and table.num_rows == 2
    assert sorted(table.column("fatalities").to_pylist()) == [2, 3]
    empty = tmp_path / "empty.parquet"
    write_events([], "parquet", empty)
    assert pq.read_table(empty).schema.field("latitude").type == "double"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format"):
        render_events([], "xlsx")
    assert "acled-csv" in FORMATS
