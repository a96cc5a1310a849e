"""Choosing what an actor mention stands for in one event: the country of generic actors and the
ACLED period name.

``document_country(doc) -> str``: the country of the event place sw_places chose, else the most
named country among the resolved places, else "" (the catalogue then falls back to Mali, the first
case).
``resolve_name(mention, event_date, country) -> str``: the ACLED name for that event.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sahelwatch.extract.annotations import ActorMention
from sahelwatch.knowledge.actors import catalogue


def document_country(doc: Any) -> str:
    places = getattr(doc._, "places", None) or []
    idx = getattr(doc._, "event_place", None) if doc.has_extension("event_place") else None
    if idx is not None and 0 <= idx < len(places) and places[idx].place is not None:
        return places[idx].place.country
    counts = Counter(p.place.country for p in places if p.place is not None and p.place.country)
    if counts:
        return counts.most_common(1)[0][0]
    # no place resolved: the countries of the candidates the gazetteer offered, when they agree
    guesses = Counter(c.country for p in places for c in (p.candidates or []) if c.country)
    if guesses:
        return guesses.most_common(1)[0][0]
    hint = getattr(doc._, "country_hint", None) if doc.has_extension("country_hint") else None
    return hint or ""


def resolve_name(mention: ActorMention, event_date: date | None, country: str) -> str:
    return catalogue().name_for(mention.actor, event_date, country)
