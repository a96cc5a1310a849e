"""Supply corridors: `data/corridors.json` loaded as `Corridor` objects.

Each waypoint is a place name resolved through the gazetteer when the corridors are loaded: the gazetteer
candidate nearest the waypoint's coordinates in the data file (within `resolve_km`) wins, so a homonym
elsewhere (Bougouni, Ségou) is never picked; when the name is not found there, the coordinates in the data
file are used as they are. A corridor therefore always has its full line, gazetteer or not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sahelwatch.geo import haversine_km
from sahelwatch.model import Corridor

DEFAULT_PATH = Path(str(resources.files("sahelwatch").joinpath("data", "corridors.json")))


@dataclass
class Waypoint:
    name: str
    latitude: float
    longitude: float
    resolved: bool  # True when the gazetteer knew the name near the given coordinates
    place_id: str = ""


def load_corridors(path: Path | None = None, gazetteer: Any = None, resolve: bool = True) -> list[Corridor]:
    """The corridors of the data file, each with `coordinates` as (lon, lat) pairs along its road."""
    return [corridor for corridor, _ in load_corridors_with_waypoints(path, gazetteer, resolve)]


def load_corridors_with_waypoints(path: Path | None = None, gazetteer: Any = None,
                                  resolve: bool = True) -> list[tuple[Corridor, list[Waypoint]]]:
    data = json.loads((path or DEFAULT_PATH).read_text(encoding="utf-8"))
    within_km = float(data.get("resolve_km", 35))
    if resolve and gazetteer is None:
        try:
            from sahelwatch.knowledge.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        except Exception:  # a missing or broken gazetteer must not take the corridors down with it
            gazetteer = None
    out = []
    for entry in data["corridors"]:
        points = [_resolve(w, gazetteer, within_km) for w in entry["waypoints"]]
        corridor = Corridor(id=entry["id"], name=entry["name"], feeds=entry["feeds"],
                            waypoints=[p.name for p in points],
                            coordinates=[(p.longitude, p.latitude) for p in points],
                            buffer_km=float(entry.get("buffer_km", 25.0)))
        out.append((corridor, points))
    return out


def _resolve(w: dict[str, Any], gazetteer: Any, within_km: float) -> Waypoint:
    lat, lon = float(w["lat"]), float(w["lon"])
    if gazetteer is not None:
        try:
            candidates = gazetteer.lookup(w["name"])
        except Exception:
            candidates = []
        near = [(haversine_km(lat, lon, p.latitude, p.longitude), p) for p in candidates]
        near = [(d, p) for d, p in near if d <= within_km]
        if near:
            _, place = min(near, key=lambda x: (x[0], x[1].id))
            return Waypoint(w["name"], place.latitude, place.longitude, True, place.id)
    return Waypoint(w["name"], lat, lon, False)




@dataclass
class City:
    """A city the corridors feed, and the area whose observations describe it."""

    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    radius_km: float = 25.0
    capital: bool = False


def load_cities(path: Path | None = None) -> dict[str, City]:
    data = json.loads((path or DEFAULT_PATH).read_text(encoding="utf-8"))
    return {name: City(name, c["country"], c.get("admin1", ""), float(c["lat"]), float(c["lon"]),
                       float(c.get("radius_km", 25.0)), bool(c.get("capital", False)))
            for name, c in data.get("cities", {}).items()}
