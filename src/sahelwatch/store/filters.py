"""Filters shared by the CLI, the API and the exports: one definition of "which events"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class EventFilter:
    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # matched inside actor1, actor2 and associated actors
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    q: str | None = None  # full-text search over the reports that mention the event
    min_confidence: float | None = None
    review_state: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    include_rejected: bool = False  # rejected events are hidden unless asked for or filtered on


@dataclass
class ObservationFilter:
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    location: str | None = None
    admin1: str | None = None
    commodity: str | None = None
