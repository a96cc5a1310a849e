"""Mentions of the same real event, from different reports, merged into one Event.

Two mentions are the same event when all of these hold:
- they come from different documents (one report lists distinct events), and neither is a low-confidence
  guess (the extractor's fallback for a report with no event cue);
- their dates are compatible given each one's time precision (within a day; within 7 days when either is
  only known to the week; within 31 days when either is only known to the month);
- their places are compatible given geo precision: within 30 km when both name a town (ACLED's "near X"
  is coded to X, and two reports may name neighbouring towns), anywhere in the same admin1 when either
  only knows the region; two reports naming the same town, or one naming a town and the other the cercle
  (admin2) of that name, agree in one admin1 even when the gazetteer put the homonyms apart (a report
  that places the event "between X and Y" names both towns, so "near Y" in another report agrees); a place
  taken from the report's dateline ("BAMAKO, Sept 15 -", the first word of the text) says where the
  report was filed, not where the event was, so it agrees with any place in the same country (as a
  region-only place agrees with any place in its region);
- their event types are of one family: political violence (battles, violence against civilians, remote
  violence, strategic developments such as looting), protests, or riots (reports of one ambush disagree
  on clash, attack or looting; a protest and a riot the same day in one town are two events);
- their named actors do not contradict (a shared actor, or one side unnamed/generic).
Candidate pairs are found inside blocks of the same country and type family sorted by date, so the
work grows with the number of nearby pairs, not with the square of all mentions. Pairs are then taken
best first (same town, then nearest, then closest in date) and two groups are joined only when every
mention of one is compatible with every mention of the other (complete linkage): a vague mention (a
dateline place, a region) can join one event but never glue two distinct events of the same day together,
and two mentions of one report never end up in one event.

Every report's value of every field is kept as a Claim; the Event's value is reconciled by a named rule:
fatalities take the most conservative credible figure (the smallest non-zero claim; 0 only when no
report gives a number), the place comes from the most precise mention whose place is not a dateline, the
date from the most precise mention, actors from the most
specific (named over generic) mention, the rest from the most confident mention.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import fields
from datetime import date, timedelta

from sahelwatch.geo import haversine_km
from sahelwatch.knowledge.gazetteer import name_key
from sahelwatch.model import Claim, Event, Mention

TOWN_KM = 30.0
SAME_PLACE_KM = 5.0  # two coordinates this close are one place (a town and its centre, two gazetteer entries)
DATE_WINDOW = {1: 1, 2: 7, 3: 31}  # days of slack by time precision (reports of one day often differ by one)
# Reports of one attack disagree on its type (a convoy ambush is a clash to one, an attack on civilians or
# looting to another); demonstrations are never merged with violence or with each other across types.
TYPE_FAMILY = {"Battles": "violence", "Violence against civilians": "violence",
               "Explosions/Remote violence": "violence", "Strategic developments": "violence",
               "Protests": "protests", "Riots": "riots"}
CLAIMED_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities")
GENERIC_ACTORS = ("Unidentified", "Civilians", "Protesters", "Rioters")
MIN_CONFIDENCE = 0.3  # below this a mention is the extractor's guess for a report with no event cue
DATELINE_CHARS = 2  # a place whose evidence starts here is the dateline ("BAMAKO, 15 Sept -")


def merge_mentions(mentions: list[Mention]) -> list[Event]:
    groups = _cluster(mentions)
    return sorted((_event(group) for group in groups), key=lambda e: (e.event_date or date.min, e.id))


# ---- which mentions belong together -----------------------------------------------------------------

def same_event(a: Mention, b: Mention) -> bool:
    return (a.document_id != b.document_id and min(a.confidence, b.confidence) >= MIN_CONFIDENCE
            and _family(a) == _family(b) and _dates_fit(a, b)
            and _places_fit(a, b) and _actors_fit(a, b) and not _two_disagreements(a, b))


def _two_disagreements(a: Mention, b: Mention) -> bool:
    """Reports of one event disagree on the day (a relative date read a day off) or on the nearby town
    they name, rarely on both: two towns on two different days are two events (a sit-in in Kati the day
    after one in Bamako)."""
    if a.event_date == b.event_date or a.time_precision > 1 or b.time_precision > 1:
        return False
    if _dateline_place(a) or _dateline_place(b) or (a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3:
        return False
    return not _same_name(a, b) and None not in (a.latitude, b.latitude) and _km(a, b) > SAME_PLACE_KM


def _family(m: Mention) -> str:
    return TYPE_FAMILY.get(m.event_type, m.event_type)


def _dates_fit(a: Mention, b: Mention) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    slack = max(DATE_WINDOW.get(a.time_precision, 0), DATE_WINDOW.get(b.time_precision, 0))
    return abs((a.event_date - b.event_date).days) <= slack


def _places_fit(a: Mention, b: Mention) -> bool:
    if _dateline_place(a) or _dateline_place(b):  # a report that only says where it was filed
        return bool(a.country) and a.country == b.country
    if (a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3:
        return bool(a.admin1) and a.admin1 == b.admin1
    if a.admin1 and a.admin1 == b.admin1 and _same_name(a, b):
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return bool(a.location) and a.location == b.location
    return _km(a, b) <= TOWN_KM


def _dateline_place(m: Mention) -> bool:
    """The place was read from the first word of the report, its dateline."""
    spans = m.evidence.get("location") if m.evidence else None
    return bool(spans) and min(start for start, _ in spans) <= DATELINE_CHARS


def _key(name: str | None) -> str:
    return name_key(name) if name else ""


def _same_name(a: Mention, b: Mention) -> bool:
    """Both name one town (homonyms resolved apart), or one names a town and the other its cercle. A
    report that puts the event "between X and Y" (coded to X) names Y too: "near Y" may be the same event."""
    na, nb = _names(a), _names(b)
    return bool(na & nb) or _key(b.admin2) in na or _key(a.admin2) in nb


def _names(m: Mention, with_cercle: bool = False) -> set[str]:
    """The places a mention names (its town, the other end of "between X and Y"), and its cercle."""
    names = {_key(m.location), _key(m.claims.get("location_between"))}
    if with_cercle:
        names.add(_key(m.admin2))
    return names - {""}


def _actors_fit(a: Mention, b: Mention) -> bool:
    named_a, named_b = _named(a), _named(b)
    return not named_a or not named_b or bool(named_a & named_b)


def _named(m: Mention) -> set[str]:
    return {x.split(":")[0].split("(")[0].strip().lower() for x in (m.actor1, m.actor2)
            if x and not x.startswith(GENERIC_ACTORS)}


def _km(a: Mention, b: Mention) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def _cluster(mentions: list[Mention]) -> list[list[Mention]]:
    pairs = [(_pair_rank(mentions[i], mentions[j]), i, j) for i, j in _candidates(mentions)
             if same_event(mentions[i], mentions[j])]
    pairs.sort()
    group_of = list(range(len(mentions)))
    members_of: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    refused: set[tuple[int, int, int, int]] = set()  # (group, size, group, size) already found incompatible
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        key = (gi, len(members_of[gi]), gj, len(members_of[gj]))
        if key in refused:
            continue
        if not all(same_event(mentions[x], mentions[y]) for x in members_of[gi] for y in members_of[gj]):
            refused.add(key)
            continue
        if len(members_of[gi]) < len(members_of[gj]):
            gi, gj = gj, gi
        for x in members_of[gj]:
            group_of[x] = gi
        members_of[gi].extend(members_of.pop(gj))
    return [[mentions[i] for i in sorted(group)] for group in members_of.values()]


CELL_DEG = 0.5  # grid cells for blocking: 3 x 3 cells cover more than TOWN_KM in every direction below 57°N


def _candidates(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Pairs worth checking: same country and type family, dates within the wider of the two windows, and
    places that could agree (neighbouring grid cells, one admin1 for region-only places, the same place
    name, or anywhere in the country for a dateline). Each mention looks around its own date with its own
    window, so every pair is found from its vaguer side; the work grows with the pairs found."""
    by_cell: dict[tuple, list[int]] = defaultdict(list)
    by_name: dict[tuple, list[int]] = defaultdict(list)
    by_region: dict[tuple, list[int]] = defaultdict(list)  # region-only places
    by_country: dict[tuple, list[int]] = defaultdict(list)  # every mention, for datelines
    by_admin1: dict[tuple, list[int]] = defaultdict(list)  # every mention, for region-only places
    datelines: dict[tuple, list[int]] = defaultdict(list)
    unplaced: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.event_date is None:
            continue
        base = (m.country, _family(m), m.event_date)
        by_country[base].append(i)
        by_admin1[(*base, m.admin1)].append(i)
        for name in _names(m, with_cercle=True):
            by_name[(*base, m.admin1, name)].append(i)
        if _dateline_place(m):
            datelines[base].append(i)
        elif (m.geo_precision or 1) >= 3:
            by_region[(*base, m.admin1)].append(i)
        elif m.latitude is None or m.longitude is None:
            unplaced[base].append(i)
        else:
            by_cell[(*base, *_cell(m))].append(i)
    out: set[tuple[int, int]] = set()
    for i, m in enumerate(mentions):
        if m.event_date is None:
            continue
        slack = DATE_WINDOW.get(m.time_precision, 0)
        names = _names(m, with_cercle=True)
        for offset in range(-slack, slack + 1):
            base = (m.country, _family(m), m.event_date + timedelta(days=offset))
            found: list[int] = []
            if _dateline_place(m):
                found += by_country.get(base, [])
            else:
                found += datelines.get(base, []) + by_region.get((*base, m.admin1), [])
                if (m.geo_precision or 1) >= 3:
                    found += by_admin1.get((*base, m.admin1), [])
                else:
                    found += unplaced.get(base, [])
                    for name in names:
                        found += by_name.get((*base, m.admin1, name), [])
                    if m.latitude is not None and m.longitude is not None:
                        cy, cx = _cell(m)
                        for dy in (-1, 0, 1):
                            for dx in (-1, 0, 1):
                                found += by_cell.get((*base, cy + dy, cx + dx), [])
            for j in found:
                if j != i:
                    out.add((min(i, j), max(i, j)))
    return out


def _cell(m: Mention) -> tuple[int, int]:
    return (math.floor(m.latitude / CELL_DEG), math.floor(m.longitude / CELL_DEG))  # type: ignore[operator]


def _pair_rank(a: Mention, b: Mention) -> tuple:
    """Best pairs first. Pairs of two placed mentions: same named place, then nearest, then closest in
    date. Pairs with a vague place (dateline, region) come after, and distance means nothing for them:
    same sub-event type, closest date and shared named actors decide. Ids break ties."""
    vague = _dateline_place(a) or _dateline_place(b) or (a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3
    located = None not in (a.latitude, a.longitude, b.latitude, b.longitude)
    km = round(_km(a, b), 1) if located else 1e6
    days = abs((a.event_date - b.event_date).days)  # type: ignore[operator]
    other_sub = a.sub_event_type != b.sub_event_type
    shared = -len(_named(a) & _named(b))
    if vague:
        return (True, other_sub, days, shared, km, min(a.id, b.id), max(a.id, b.id))
    return (False, not _same_name(a, b), km, days, other_sub, min(a.id, b.id), max(a.id, b.id))


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
    place = min(group, key=lambda m: (_dateline_place(m), m.geo_precision or 3, -m.confidence, m.id))
    for name in ("location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "admin3", "country"):
        setattr(event, name, getattr(place, name))
    event.rules["location"] = "most precise place (lowest geo_precision), datelines last"
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
