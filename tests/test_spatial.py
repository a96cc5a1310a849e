"""Events near a corridor and inside a polygon: PostGIS on PostgreSQL, shapely on SQLite, same answers."""

from __future__ import annotations

import math
from datetime import date

from shapely.geometry import box

from sahelwatch.model import Document, Extraction, Mention
from sahelwatch.store import Store
from sahelwatch.store.spatial import distance_to_line_km, events_in_polygon, events_near_line, has_postgis

# A straight east-west road along latitude 13.0 from lon -10 to -8 (about 217 km).
ROAD = [(-10.0, 13.0), (-9.0, 13.0), (-8.0, 13.0)]
KM_PER_DEGREE_LAT = math.pi * 6371.0088 / 180
OFFSETS_KM = {"on-road": 0.0, "near": 10.0, "inside-edge": 23.0, "outside-edge": 27.0, "far": 60.0}


def build(db_url: str) -> Store:
    store = Store(db_url)
    doc = Document.from_text("synthetic points for spatial tests", language="en", published=date(2025, 11, 1))
    mentions = []
    for i, (name, km) in enumerate(OFFSETS_KM.items()):
        mentions.append(Mention("Battles", "Armed clash", event_date=date(2025, 10, 1 + i), location=name,
                                latitude=13.0 + km / KM_PER_DEGREE_LAT, longitude=-9.3, country="Mali",
                                admin1="Kayes", id=f"{doc.id}:m{i}", document_id=doc.id))
    store.save_extraction(Extraction(doc, mentions))
    store.rebuild_events()
    return store


def test_events_near_a_corridor(db_url):
    store = build(db_url)
    near = events_near_line(store, ROAD, 25.0)
    assert [e.location for e, _ in near] == ["on-road", "near", "inside-edge"]
    for (event, d), expected in zip(near, (0.0, 10.0, 23.0), strict=True):
        assert abs(d - expected) < 0.2, (event.location, d)
    if db_url.startswith("postgresql"):
        assert has_postgis(store), "the PostgreSQL test database has PostGIS, so the database answered"


def test_events_in_a_polygon(db_url):
    store = build(db_url)
    inside = events_in_polygon(store, box(-9.5, 12.9, -9.0, 13.22))
    assert sorted(e.location for e in inside) == ["inside-edge", "near", "on-road"]


def test_python_distance_matches_haversine_for_a_perpendicular():
    from shapely.geometry import LineString

    assert abs(distance_to_line_km(-9.3, 13.5, LineString(ROAD)) - 0.5 * KM_PER_DEGREE_LAT) < 0.01
