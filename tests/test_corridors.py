"""Corridors: every waypoint has coordinates (gazetteer or fallback), homonyms resolve near the road, and
events attach to the right road at the right distance."""

from __future__ import annotations

import math
from datetime import date

from sahelwatch.analyze.corridors import CorridorIndex
from sahelwatch.geo import haversine_km
from sahelwatch.knowledge.corridors import load_cities, load_corridors, load_corridors_with_waypoints
from sahelwatch.model import Corridor, Event


def event(lat: float, lon: float, geo_precision: int = 1, id: str = "ev-1") -> Event:
    return Event("Battles", "Armed clash", event_date=date(2025, 9, 14), latitude=lat, longitude=lon,
                 geo_precision=geo_precision, id=id)


def test_every_corridor_has_a_full_line_and_feeds_a_known_city():
    corridors = load_corridors()
    cities = load_cities()
    assert {"Bamako", "Djibo", "Ménaka", "Léré", "Boulkessi"} <= {c.feeds for c in corridors}
    for c in corridors:
        assert len(c.coordinates) == len(c.waypoints) >= 2
        assert c.feeds in cities
        assert all(-20 < lon < 5 and 4 < lat < 19 for lon, lat in c.coordinates)


def test_homonyms_resolve_near_the_road_and_unknown_names_fall_back():
    by_id = {c.id: (c, w) for c, w in load_corridors_with_waypoints()}
    _, points = by_id["abidjan-sikasso-bamako"]
    bougouni = next(p for p in points if p.name == "Bougouni")
    assert bougouni.resolved and abs(bougouni.latitude - 11.42) < 0.1  # not the Bougouni near Ségou
    _, points = by_id["conakry-kankan-bamako"]
    siby = next(p for p in points if p.name == "Siby")
    # GeoNames files the town as 'Sibi' with 'Siby' among its spellings
    assert siby.resolved and haversine_km(siby.latitude, siby.longitude, 12.383, -8.333) < 5

    class NoGazetteer:
        def lookup(self, name):  # noqa: ANN001, ANN201
            return []

    offline = load_corridors(gazetteer=NoGazetteer())
    assert [len(c.coordinates) for c in offline] == [len(c.coordinates) for c in load_corridors()]
    conakry = next(c for c in offline if c.id == "conakry-kankan-bamako")
    assert (-8.333, 12.383) in conakry.coordinates  # from the data file when the gazetteer lacks the name


def test_events_attach_with_their_distance_in_km():
    index = CorridorIndex()
    kolokani = index.attach([event(13.573, -8.034)])
    assert {h.corridor_id for h in kolokani} == {"dakar-kayes-diema-bamako", "nouakchott-nioro-bamako"}
    assert all(h.distance_km < 1 and not h.at_terminus for h in kolokani)
    # 10 km due east of the Didiéni–Kolokani stretch
    lat = 13.70
    east = -8.06 + 10 / (111.195 * math.cos(math.radians(lat)))
    [hit, *_] = [h for h in index.attach([event(lat, east)]) if h.corridor_id == "dakar-kayes-diema-bamako"]
    assert 9.0 < hit.distance_km < 10.5
    assert index.attach([event(13.0, -10.5)]) == []  # open country between the roads
    assert index.attach([event(13.573, -8.034, geo_precision=3)]) == []  # a region's centroid is not on a road
    in_bamako = index.attach([event(12.64, -8.0)])
    assert in_bamako and all(h.at_terminus for h in in_bamako if h.feeds == "Bamako")


def test_buffer_is_per_corridor():
    line = Corridor("t", "test road", "Town", ["A", "B"], [(0.0, 10.0), (1.0, 10.0)], buffer_km=5)
    index = CorridorIndex([line])
    north_7km = 10 + 7 / 111.195
    assert index.attach([event(north_7km, 0.5)]) == []
    wide = CorridorIndex([Corridor("t", "test road", "Town", ["A", "B"], [(0.0, 10.0), (1.0, 10.0)], buffer_km=10)])
    [hit] = wide.attach([event(north_7km, 0.5)])
    assert abs(hit.distance_km - 7) < 0.1 and abs(hit.along_km - haversine_km(10, 0, 10, 0.5)) < 1
