"""Great-circle distance, the one formula every stage uses (the referee, score.py, uses the same radius,
so a "within 25 km" here means what it means there)."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt  # names, not attribute look-ups: called per pair

EARTH_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Kilometres between two points given as (latitude, longitude) in degrees."""
    p1, p2 = radians(lat1), radians(lat2)
    h = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * asin(min(1.0, sqrt(h)))


Point = tuple[float, float, float]  # latitude in radians, its cosine, longitude in degrees


def point(lat: float, lon: float) -> Point:
    """What haversine_km computes of one point alone, for a caller that measures it against many."""
    p = radians(lat)
    return p, cos(p), lon


def haversine_points(a: Point, b: Point) -> float:
    """haversine_km between two `point`s: the same operations in the same order, so the same value."""
    (p1, c1, lon1), (p2, c2, lon2) = a, b
    h = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * asin(min(1.0, sqrt(h)))
