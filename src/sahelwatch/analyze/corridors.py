"""Which events happened on a supply corridor, and how far from the road.

A corridor is a polyline through its waypoints. Each line is projected to kilometres with an
equirectangular projection centred on the corridor's own mean latitude (the error is under 2% across
the 13 degrees of latitude of the longest route, Abidjan–Bamako); shapely finds the nearest point of the
line, and the reported distance is the great-circle distance from the event to that point. An event is on
a corridor when that distance is at most the corridor's `buffer_km`.

Events known only to the region (geo_precision 3) are coded to a centroid or capital, so their distance to
a road means nothing: they are never attached. Events at the city the corridor feeds are attached but
flagged `at_terminus` (an attack in Bamako is not an attack on the road to Bamako; callers decide).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from shapely.geometry import LineString

from sahelwatch.geo import EARTH_KM, haversine_km
from sahelwatch.knowledge.corridors import load_corridors
from sahelwatch.model import Corridor, Mention

TERMINUS_KM = 15.0  # an event this close to the fed city is in the city, not on the road


@dataclass
class CorridorHit:
    event_id: str
    corridor_id: str
    feeds: str
    distance_km: float
    along_km: float  # how far along the road from its first waypoint
    at_terminus: bool = False


class CorridorIndex:
    """Corridors as projected lines, ready to measure many points against."""

    def __init__(self, corridors: list[Corridor] | None = None) -> None:
        self.corridors = corridors if corridors is not None else load_corridors()
        self._lines = []
        for c in self.corridors:
            lat0 = math.radians(sum(lat for _, lat in c.coordinates) / len(c.coordinates))
            line = LineString([_project(lon, lat, lat0) for lon, lat in c.coordinates])
            lons = [lon for lon, _ in c.coordinates]
            lats = [lat for _, lat in c.coordinates]
            pad = c.buffer_km / 100.0 + 0.05  # degrees: a cheap box test before the exact distance
            self._lines.append((c, lat0, line, (min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)))

    def by_id(self, corridor_id: str) -> Corridor | None:
        return next((c for c in self.corridors if c.id == corridor_id), None)

    def locate(self, latitude: float, longitude: float) -> list[tuple[Corridor, float, float, bool]]:
        """Every corridor within its buffer of the point: (corridor, distance km, km along, at terminus)."""
        out = []
        for c, lat0, line, (x0, y0, x1, y1) in self._lines:
            if not (x0 <= longitude <= x1 and y0 <= latitude <= y1):
                continue
            point = shapely.Point(_project(longitude, latitude, lat0))
            along = line.project(point)
            nx, ny = line.interpolate(along).coords[0]
            nlon, nlat = _unproject(nx, ny, lat0)
            distance = haversine_km(latitude, longitude, nlat, nlon)
            if distance <= c.buffer_km:
                end_lon, end_lat = c.coordinates[-1]
                at_end = haversine_km(latitude, longitude, end_lat, end_lon) <= TERMINUS_KM
                out.append((c, round(distance, 2), round(along, 1), at_end))
        return out

    def attach(self, events: Iterable[Mention]) -> list[CorridorHit]:
        """One hit per (event, corridor) for every event within a corridor's buffer."""
        hits = []
        for e in events:
            if e.latitude is None or e.longitude is None or (e.geo_precision or 1) >= 3:
                continue
            for c, distance, along, at_end in self.locate(e.latitude, e.longitude):
                hits.append(CorridorHit(e.id, c.id, c.feeds, distance, along, at_end))
        return hits


def attach_events(events: Iterable[Mention], corridors: list[Corridor] | None = None) -> list[CorridorHit]:
    return CorridorIndex(corridors).attach(events)


def _project(lon: float, lat: float, lat0: float) -> tuple[float, float]:
    return (EARTH_KM * math.radians(lon) * math.cos(lat0), EARTH_KM * math.radians(lat))


def _unproject(x: float, y: float, lat0: float) -> tuple[float, float]:
    return (math.degrees(x / (EARTH_KM * math.cos(lat0))), math.degrees(y / EARTH_KM))


__all__ = ["CorridorHit", "CorridorIndex", "attach_events"]
