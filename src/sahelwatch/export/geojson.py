"""GeoJSON: a FeatureCollection with one Point per event and every exported field as a property.

Events without coordinates are kept, with a null geometry (valid GeoJSON), so counts match the CSV."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def feature(record: dict[str, Any]) -> dict[str, Any]:
    located = record.get("latitude") is not None and record.get("longitude") is not None
    point = [record.get("longitude"), record.get("latitude")]
    geometry = {"type": "Point", "coordinates": point} if located else None
    return {"type": "Feature", "id": record.get("event_id"), "properties": record, "geometry": geometry}


def render(records: Iterable[dict[str, Any]]) -> str:
    collection = {"type": "FeatureCollection", "features": [feature(r) for r in records]}
    return json.dumps(collection, ensure_ascii=False)
