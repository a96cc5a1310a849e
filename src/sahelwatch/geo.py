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
