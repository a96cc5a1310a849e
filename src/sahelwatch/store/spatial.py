"""Spatial questions about stored events: within a distance of a line (a corridor), inside a polygon.

On PostgreSQL with PostGIS the database answers (geodesic distance on the WGS84 spheroid with
`ST_DWithin` on geography, `ST_Covers` for polygons); elsewhere (SQLite, or PostgreSQL without PostGIS)
the same questions are answered in Python with shapely, measuring distance along the great circle
between the point and its nearest point on the line. Both return the same events except for points
within metres of the limit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from shapely import wkt
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import nearest_points
from sqlalchemy import text

from sahelwatch.geo import haversine_km
from sahelwatch.model import Event
from sahelwatch.store.filters import EventFilter

Coordinates = Sequence[tuple[float, float]]  # (lon, lat)


def has_postgis(store: Any) -> bool:
    if store.dialect_name != "postgresql":
        return False
    with store.engine.connect() as c:
        return c.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first() is not None


def distance_to_line_km(lon: float, lat: float, line: LineString) -> float:
    """Great-circle distance from a point to the nearest point of a line (the line measured in a plane
    scaled by the cosine of the latitude, which is exact enough at corridor scale)."""
    scale = math.cos(math.radians(lat))
    scaled = LineString([(x * scale, y) for x, y in line.coords])
    near = nearest_points(scaled, Point(lon * scale, lat))[0]
    return haversine_km(lat, lon, near.y, near.x / scale)


def events_near_line(store: Any, coordinates: Coordinates, km: float,
                     filters: EventFilter | None = None) -> list[tuple[Event, float]]:
    """Events within `km` of the line, with their distance in km, nearest first."""
    line = LineString(coordinates)
    if has_postgis(store):
        ids = _postgis_ids(store, "ST_Distance(geography(ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)), "
                                  "geography(ST_GeomFromText(:g, 4326))) / 1000.0",
                           "ST_DWithin(geography(ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)), "
                           "geography(ST_GeomFromText(:g, 4326)), :m)", {"g": line.wkt, "m": km * 1000})
        return _with_events(store, ids, filters)
    out = []
    for event in _located(store, filters, line.buffer(km / 100.0 + 0.5).bounds):
        d = distance_to_line_km(event.longitude, event.latitude, line)
        if d <= km:
            out.append((event, d))
    return sorted(out, key=lambda pair: (pair[1], pair[0].id))


def events_in_polygon(store: Any, polygon: Polygon | str, filters: EventFilter | None = None) -> list[Event]:
    shape = wkt.loads(polygon) if isinstance(polygon, str) else polygon
    if has_postgis(store):
        ids = _postgis_ids(store, "0", "ST_Covers(ST_GeomFromText(:g, 4326), "
                                       "ST_SetSRID(ST_MakePoint(longitude, latitude), 4326))", {"g": shape.wkt})
        return [e for e, _ in _with_events(store, ids, filters)]
    return sorted((e for e in _located(store, filters, shape.bounds) if shape.covers(Point(e.longitude, e.latitude))),
                  key=lambda e: e.id)


def _postgis_ids(store: Any, distance_sql: str, where_sql: str, params: dict) -> list[tuple[str, float]]:
    sql = text(f"SELECT id, {distance_sql} AS d FROM events WHERE latitude IS NOT NULL AND {where_sql} "
               "ORDER BY d, id")
    with store.engine.connect() as c:
        return [(row[0], float(row[1])) for row in c.execute(sql, params)]


def _with_events(store: Any, ids: list[tuple[str, float]], filters: EventFilter | None) -> list[tuple[Event, float]]:
    wanted = {e.id: e for e in store.events(filters)} if filters else None
    out = []
    for event_id, d in ids:
        event = wanted.get(event_id) if wanted is not None else store.event(event_id)
        if event is not None:
            out.append((event, d))
    return out


def _located(store: Any, filters: EventFilter | None, bounds: tuple[float, float, float, float]) -> list[Event]:
    f = replace(filters or EventFilter(), bbox=bounds)
    return [e for e in store.events(f) if e.latitude is not None and e.longitude is not None]
