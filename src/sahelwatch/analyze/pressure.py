"""Siege pressure: one number a day per besieged city, with what made it and the records behind it.

    P(city, d) = sum over inputs i dated t_i <= d of  w_i * 0.5 ** ((d - t_i) / h_kind(i))

Inputs and their weights w_i (all weights and half-lives h are read from the `[pressure]` table of
`data/alert_rules.toml`; the defaults below are the shipped values):

- corridor_attack (h 14 days): a violent event (battle, explosion/remote violence, violence against
  civilians, looting/property destruction) on a corridor that feeds the city (within the corridor's
  buffer, not in the city itself, place known at least to the nearest town).
  w = 1 + 1 * [the report speaks of convoys, tankers, trucks, escorts, drivers or fuel]
        + 0.5 * ln(1 + fatalities) + 0.5 * ln(1 + vehicles claimed destroyed)
  An event on two corridors to the same city counts once.
- blockade (h 30): a strategic development whose report announces a blockade/siege (blockade, blocus,
  embargo, encircle...) at the city, on one of its corridors, or naming the city. w = 3.
- price (h 14): a fuel or food price at the city against its baseline: the previous price the report
  states, else the lowest price of the same commodity and unit at the city in the previous 90 days.
  w = 2 (fuel) or 1 (food) * min(3, value / baseline - 1), rises only; one input per day and commodity
  (the largest change that day), citing every observation of that day and commodity.
- shortage (h 7): a reported shortage at the city; w = 1 per day and commodity.
- service (h 7): a service reported closed (w = 1) or restricted (w = 0.5) at the city; per day and
  service (schools, power, fuel stations, airport, road, border crossing...).

Events add up (two ambushes are twice the pressure of one). Prices, shortages and services are levels,
not events: each commodity's or service's term is the largest decayed report, not the sum, so a fuel
price reported high every day stays at its weight instead of growing with the number of reports:
    P(d) = sum over events i of w_i 2^(-(d - t_i)/h) + sum over levels L of max over reports i of L of
           w_i 2^(-(d - t_i)/h)
- advisory (h 30): an evacuation, ordered departure or travel advisory; w = 2 per day and issuer.

An observation is "at the city" when it lies within the city's radius, names the city, or - for a capital
city only - names no place at all (country-wide statements: schools closed nationwide, "leave Mali now").

Each day's value comes with its contribution per input kind and, per kind, the ids of the events or
observations still contributing at least 5% of their weight that day (roughly four half-lives).
"""

from __future__ import annotations

import contextlib
import math
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sahelwatch.analyze.corridors import CorridorIndex
from sahelwatch.geo import haversine_km
from sahelwatch.knowledge.corridors import City, load_cities
from sahelwatch.model import Event, Observation

RULES_PATH = Path(str(resources.files("sahelwatch").joinpath("data", "alert_rules.toml")))
KINDS = ("corridor_attack", "blockade", "price", "shortage", "service", "advisory")
LEVELS = {"price", "shortage", "service"}
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
VIOLENT_SUB = {"Looting/property destruction"}
VEHICLE_CLAIM = re.compile(r"tanker|truck|vehicle|lorr|camion|citerne|bus", re.I)
STILL_CITED = 0.05
PRICE_LOOKBACK_DAYS = 90
SERVICE_IGNORED = {"open", "reopened", "resumed"}

DEFAULTS: dict[str, Any] = {
    "half_life": {"corridor_attack": 14, "blockade": 30, "price": 14, "shortage": 7, "service": 7, "advisory": 30},
    "supply_words": ["convoy", "convoi", "tanker", "citerne", "truck", "camion", "lorry", "escort", "escorte",
                     "fuel", "carburant", "driver", "chauffeur", "transporteur"],
    "blockade_words": ["blockade", "blocus", "siege", "encircle", "encercl", "embargo"],
    "fuel_commodities": ["fuel", "petrol", "diesel", "gasoline", "essence", "gasoil", "cooking gas", "kerosene"],
    "food_commodities": ["rice", "millet", "maize", "sorghum", "wheat", "flour", "sugar", "oil", "cooking oil"],
    "corridor_attack": 1.0, "supply_bonus": 1.0, "blockade": 3.0, "price_fuel": 2.0, "price_food": 1.0,
    "price_cap": 3.0, "shortage": 1.0, "service_closed": 1.0, "service_restricted": 0.5, "advisory": 2.0,
}


def load_config(path: Path | None = None) -> dict[str, Any]:
    config = dict(DEFAULTS)
    with contextlib.suppress(FileNotFoundError):
        config.update(tomllib.loads((path or RULES_PATH).read_text(encoding="utf-8")).get("pressure", {}))
    return config


@dataclass
class PressureInput:
    kind: str
    day: date
    weight: float
    ids: list[str]
    why: str = ""
    item: str = ""  # for a level (price, shortage, service): the commodity or service it is the level of


@dataclass
class PressureDay:
    city: str
    day: date
    value: float
    contributions: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)


def is_supply_event(event: Event, words: Iterable[str]) -> bool:
    text = (event.notes or "").lower()
    return any(w in text for w in words) or any(VEHICLE_CLAIM.search(k) for k in (event.claims or {}))


def vehicles_claimed(event: Event) -> int:
    total = 0
    for key, value in (event.claims or {}).items():
        if VEHICLE_CLAIM.search(key) and isinstance(value, int | float):
            total += int(value)
    return total


def pressure_inputs(city: City, events: list[Event], observations: list[Observation],
                    index: CorridorIndex | None = None, config: dict[str, Any] | None = None) -> list[PressureInput]:
    """Every input to one city's pressure, dated and weighted, each citing its records."""
    config = config or load_config()
    index = index or CorridorIndex()
    feeding = {c.id for c in index.corridors if c.feeds == city.name}
    inputs: list[PressureInput] = []
    on_corridor: dict[str, str] = {}
    for hit in index.attach(events):
        if hit.corridor_id in feeding and not hit.at_terminus:
            on_corridor.setdefault(hit.event_id, hit.corridor_id)
    name = _fold(city.name)
    for e in events:
        if e.event_date is None:
            continue
        text = (e.notes or "").lower()
        if e.id in on_corridor and (e.event_type in VIOLENT or e.sub_event_type in VIOLENT_SUB):
            supply = is_supply_event(e, config["supply_words"])
            w = (config["corridor_attack"] + config["supply_bonus"] * supply
                 + 0.5 * math.log1p(max(e.fatalities or 0, 0)) + 0.5 * math.log1p(vehicles_claimed(e)))
            inputs.append(PressureInput("corridor_attack", e.event_date, round(w, 3), [e.id],
                                        f"{e.sub_event_type} on {on_corridor[e.id]}"))
        elif e.event_type == "Strategic developments" and any(w in text for w in config["blockade_words"]):
            near = e.latitude is not None and e.longitude is not None and (e.geo_precision or 1) < 3 and \
                haversine_km(city.latitude, city.longitude, e.latitude, e.longitude) <= city.radius_km
            if e.id in on_corridor or near or name in _fold(text) or _fold(e.location) == name:
                inputs.append(PressureInput("blockade", e.event_date, config["blockade"], [e.id], "blockade declared"))
    inputs += _observation_inputs(city, observations, config)
    return sorted(inputs, key=lambda i: (i.day, i.kind, i.ids))


def _observation_inputs(city: City, observations: list[Observation], config: dict[str, Any]) -> list[PressureInput]:
    at_city = [o for o in observations if o.date and at_city_of(city, o) and not o.values.get("hypothetical")]
    fuel = {_fold(c) for c in config["fuel_commodities"]}
    food = {_fold(c) for c in config["food_commodities"]}
    groups: dict[tuple[str, date, str], list[Observation]] = defaultdict(list)
    for o in at_city:
        v = o.values
        if o.kind == "price":
            key = _fold(str(v.get("commodity", "")))
            if key in fuel or key in food:
                groups[("price", o.date, key)].append(o)
        elif o.kind == "shortage":
            groups[("shortage", o.date, _fold(str(v.get("commodity", ""))))].append(o)
        elif o.kind == "service" and str(v.get("status", "")).lower() not in SERVICE_IGNORED:
            groups[("service", o.date, _fold(str(v.get("service", ""))))].append(o)
        elif o.kind == "evacuation":
            groups[("advisory", o.date, _fold(str(v.get("by", ""))))].append(o)
    history = _price_history(at_city)
    inputs = []
    for (kind, day, what), obs in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2])):
        ids = sorted(o.id for o in obs)
        if kind == "price":
            change = max(_price_change(o, history) for o in obs)
            if change > 0:
                scale = config["price_fuel"] if what in fuel else config["price_food"]
                inputs.append(PressureInput("price", day, round(scale * min(config["price_cap"], change), 3), ids,
                                            f"{what} +{change:.0%}", what))
        elif kind == "shortage":
            inputs.append(PressureInput("shortage", day, config["shortage"], ids, f"{what or 'goods'} shortage",
                                        what))
        elif kind == "service":
            closed = any(str(o.values.get("status", "")).lower() == "closed" for o in obs)
            w = config["service_closed"] if closed else config["service_restricted"]
            inputs.append(PressureInput("service", day, w, ids, f"{what} {'closed' if closed else 'restricted'}",
                                        what))
        else:
            inputs.append(PressureInput("advisory", day, config["advisory"], ids, f"advisory by {what or 'unknown'}"))
    return inputs


def at_city_of(city: City, o: Observation) -> bool:
    if o.latitude is not None and o.longitude is not None and \
            haversine_km(city.latitude, city.longitude, o.latitude, o.longitude) <= city.radius_km:
        return True
    if o.location:
        return _fold(o.location) == _fold(city.name)
    return city.capital and (not o.country or _fold(o.country) == _fold(city.country))


def _price_history(observations: list[Observation]) -> dict[tuple[str, str], list[tuple[date, float]]]:
    history: dict[tuple[str, str], list[tuple[date, float]]] = defaultdict(list)
    for o in observations:
        if o.kind == "price" and isinstance(o.values.get("value"), int | float) and o.values["value"] > 0:
            history[(_fold(str(o.values.get("commodity", ""))), str(o.values.get("unit", "")))].append(
                (o.date, float(o.values["value"])))
    for series in history.values():
        series.sort()
    return history


def _price_change(o: Observation, history: dict[tuple[str, str], list[tuple[date, float]]]) -> float:
    value = o.values.get("value")
    if not isinstance(value, int | float) or value <= 0:
        return 0.0
    before = o.values.get("previous_value")
    if not isinstance(before, int | float) or before <= 0:
        series = history.get((_fold(str(o.values.get("commodity", ""))), str(o.values.get("unit", ""))), [])
        days = [d for d, _ in series]
        lo, hi = bisect_left(days, o.date - timedelta(days=PRICE_LOOKBACK_DAYS)), bisect_left(days, o.date)
        if lo == hi:
            return 0.0
        before = min(v for _, v in series[lo:hi])
    return max(0.0, value / before - 1.0)


def pressure_series(city: City | str, events: list[Event], observations: list[Observation],
                    start: date | None = None, end: date | None = None, index: CorridorIndex | None = None,
                    config: dict[str, Any] | None = None) -> list[PressureDay]:
    """The daily series from `start` to `end` (default: the first and last input)."""
    config = config or load_config()
    if isinstance(city, str):
        city = load_cities()[city]
    inputs = pressure_inputs(city, events, observations, index, config)
    return series_from_inputs(city.name, inputs, start, end, config)


def series_from_inputs(city: str, inputs: list[PressureInput], start: date | None, end: date | None,
                       config: dict[str, Any]) -> list[PressureDay]:
    if not inputs and (start is None or end is None):
        return []
    start = start or inputs[0].day
    end = end or inputs[-1].day
    half = {k: float(config["half_life"].get(k, 14)) for k in KINDS}
    by_kind: dict[str, list[PressureInput]] = defaultdict(list)
    for i in inputs:
        by_kind[i.kind].append(i)
    # A recursive filter per series, linear in days + inputs. Events add up: v(d) = v(d-1) 2^(-1/h) + w(d).
    # A level (one price, shortage or service) is as high as its latest strongest report:
    # v(d) = max(v(d-1) 2^(-1/h), w(d)), so a shortage reported every day does not grow without bound.
    n = (end - start).days + 1
    values: dict[str, list[float]] = {}
    for kind, items in by_kind.items():
        decay = 0.5 ** (1.0 / half[kind])
        level = kind in LEVELS
        series: dict[str, list[PressureInput]] = defaultdict(list)
        for i in items:
            series[i.item if level else ""].append(i)
        total = [0.0] * n
        for members in series.values():
            v = 0.0
            for i in members:
                if i.day < start:
                    past = i.weight * 0.5 ** ((start - i.day).days / half[kind])
                    v = max(v, past) if level else v + past
            impulses: dict[int, float] = defaultdict(float)
            for i in members:
                if start <= i.day <= end:
                    k = (i.day - start).days
                    impulses[k] = max(impulses[k], i.weight) if level else impulses[k] + i.weight
            for k in range(n):
                if k:
                    v *= decay
                w = impulses.get(k, 0.0)
                v = max(v, w) if level else v + w
                total[k] += v
        values[kind] = total
    days_of = {kind: [i.day for i in items] for kind, items in by_kind.items()}
    out = []
    for k in range(n):
        day = start + timedelta(days=k)
        contributions = {kind: round(row[k], 3) for kind, row in values.items() if row[k] >= 0.005}
        evidence = {}
        for kind, items in by_kind.items():
            horizon = day - timedelta(days=int(half[kind] * math.log2(1 / STILL_CITED)))
            lo, hi = bisect_left(days_of[kind], horizon), bisect_right(days_of[kind], day)
            ids = [x for i in items[lo:hi] for x in i.ids]
            if ids:
                evidence[kind] = list(dict.fromkeys(ids))
        out.append(PressureDay(city, day, round(sum(contributions.values()), 3), contributions, evidence))
    return out


def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower().strip()
