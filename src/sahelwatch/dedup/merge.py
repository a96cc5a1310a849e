"""Mentions of the same real event, from different reports, merged into one Event.

Two mentions are the same event when all of these hold:
- they come from different documents (one report lists distinct events), and neither is a low-confidence
  guess (the extractor's fallback for a report with no event cue);
- their dates are compatible given each one's time precision (within a day; within 7 days when either is
  only known to the week; within 31 days when either is only known to the month);
- their places are compatible given geo precision: within 30 km when both name a town (ACLED's "near X"
  is coded to X, and two reports may name neighbouring towns), anywhere in the same admin1 when either
  only knows the region;
- their event types are of one family: political violence (battles, violence against civilians, remote
  violence, strategic developments such as looting), protests, or riots (reports of one ambush disagree
  on clash, attack or looting; a protest and a riot the same day in one town are two events);
- their named actors do not contradict (a shared actor, or one side unnamed/generic).
Mentions are grouped with union-find over those pairs, inside blocks of the same country and event type
sorted by date, so the work grows with the number of nearby pairs, not with the square of all mentions.

Every report's value of every field is kept as a Claim; the Event's value is reconciled by a named rule:
fatalities take the most conservative credible figure (the smallest non-zero claim; 0 only when no
report gives a number), the place and date come from the most precise mention, actors from the most
specific (named over generic) mention, the rest from the most confident mention.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import fields
from datetime import date

from sahelwatch.model import Claim, Event, Mention

TOWN_KM = 30.0
DATE_WINDOW = {1: 1, 2: 7, 3: 31}  # days of slack by time precision (reports of one day often differ by one)
# Reports of one attack disagree on its type (a convoy ambush is a clash to one, an attack on civilians or
# looting to another); demonstrations are never merged with violence or with each other across types.
TYPE_FAMILY = {"Battles": "violence", "Violence against civilians": "violence",
               "Explosions/Remote violence": "violence", "Strategic developments": "violence",
               "Protests": "protests", "Riots": "riots"}
CLAIMED_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities")
GENERIC_ACTORS = ("Unidentified", "Civilians", "Protesters", "Rioters")
MIN_CONFIDENCE = 0.3  # below this a mention is the extractor's guess for a report with no event cue


def merge_mentions(mentions: list[Mention]) -> list[Event]:
    groups = _cluster(mentions)
    return sorted((_event(group) for group in groups), key=lambda e: (e.event_date or date.min, e.id))


# ---- which mentions belong together -----------------------------------------------------------------

def same_event(a: Mention, b: Mention) -> bool:
    return (a.document_id != b.document_id and min(a.confidence, b.confidence) >= MIN_CONFIDENCE
            and _family(a) == _family(b) and _dates_fit(a, b)
            and _places_fit(a, b) and _actors_fit(a, b))


def _family(m: Mention) -> str:
    return TYPE_FAMILY.get(m.event_type, m.event_type)


def _dates_fit(a: Mention, b: Mention) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    slack = max(DATE_WINDOW.get(a.time_precision, 0), DATE_WINDOW.get(b.time_precision, 0))
    return abs((a.event_date - b.event_date).days) <= slack


def _places_fit(a: Mention, b: Mention) -> bool:
    if (a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3:
        return bool(a.admin1) and a.admin1 == b.admin1
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return bool(a.location) and a.location == b.location
    return _km(a, b) <= TOWN_KM


def _actors_fit(a: Mention, b: Mention) -> bool:
    named_a, named_b = _named(a), _named(b)
    return not named_a or not named_b or bool(named_a & named_b)


def _named(m: Mention) -> set[str]:
    return {x.split(":")[0].split("(")[0].strip().lower() for x in (m.actor1, m.actor2)
            if x and not x.startswith(GENERIC_ACTORS)}


def _km(a: Mention, b: Mention) -> float:
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)  # type: ignore[arg-type]
    dlon = math.radians(b.longitude - a.longitude)  # type: ignore[operator]
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _cluster(mentions: list[Mention]) -> list[list[Mention]]:
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        blocks[(m.country, _family(m))].append(i)
    widest = max(DATE_WINDOW.values())
    for members in blocks.values():
        dated = sorted((i for i in members if mentions[i].event_date), key=lambda i: mentions[i].event_date)
        for pos, i in enumerate(dated):
            for j in dated[pos + 1:]:
                if (mentions[j].event_date - mentions[i].event_date).days > widest:
                    break
                if same_event(mentions[i], mentions[j]):
                    parent[root(j)] = root(i)
    groups: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[root(i)].append(m)
    return [part for group in groups.values() for part in _split_same_document(group)]


def _split_same_document(group: list[Mention]) -> list[list[Mention]]:
    """Union-find can chain two mentions of one report together through a third; keep them apart."""
    out: list[list[Mention]] = []
    for m in sorted(group, key=lambda m: m.id):
        home = next((g for g in out if all(x.document_id != m.document_id for x in g)
                     and any(same_event(x, m) for x in g)), None)
        if home is None:
            out.append([m])
        else:
            home.append(m)
    return out


# ---- one Event from a group ---------------------------------------------------------------------------

def event_id_for(mention_ids: list[str]) -> str:
    """Stable across rebuilds: derived from the smallest mention id, so reviews keyed by event id
    survive re-extraction of the same documents."""
    return "ev-" + hashlib.sha1(min(mention_ids).encode()).hexdigest()[:16]


def _event(group: list[Mention]) -> Event:
    best = max(group, key=lambda m: (m.confidence, -(m.geo_precision or 3), m.id))
    values = {f.name: getattr(best, f.name) for f in fields(Mention)}
    event = Event(**values)
    event.mention_ids = sorted(m.id for m in group)
    event.id = event_id_for(event.mention_ids)
    event.rules = {"*": "most confident report"}
    if len(group) > 1:
        _reconcile(event, group)
    event.claims_by_field = {
        name: [Claim(name, _plain(getattr(m, name)), m.id, m.document_id, m.source, m.evidence.get(name, []))
               for m in sorted(group, key=lambda m: m.id)]
        for name in CLAIMED_FIELDS
    }
    return event


def _reconcile(event: Event, group: list[Mention]) -> None:
    stated = [m.fatalities for m in group if m.fatalities]
    event.fatalities = min(stated) if stated else 0
    event.rules["fatalities"] = "most conservative credible figure (smallest non-zero claim)"
    place = min(group, key=lambda m: (m.geo_precision or 3, -m.confidence, m.id))
    for name in ("location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "admin3", "country"):
        setattr(event, name, getattr(place, name))
    event.rules["location"] = "most precise place (lowest geo_precision)"
    when = min(group, key=lambda m: (m.time_precision, -m.confidence, m.id))
    event.event_date, event.time_precision = when.event_date, when.time_precision
    event.rules["event_date"] = "most precise date (lowest time_precision)"
    who = max(group, key=lambda m: (len(_named(m)), m.confidence, m.id))
    for name in ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction"):
        setattr(event, name, getattr(who, name))
    event.rules["actors"] = "most specific report (named actors over generic ones)"
    event.confidence = min(1.0, max(m.confidence for m in group) + 0.05 * (len(group) - 1))


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
