"""Alert rules (`data/alert_rules.toml`, editable by an analyst) run over the stored events and observations.

Rules are evaluated as a replay of the timeline: a rule is checked on each day when new evidence for it
arrives, using only records dated on or before that day, so the same code serves the live store and the
backtest (`analyze/backtest.py`). A rule that fired for a place stays quiet there for `cooldown_days`
(default: its window), so one surge gives one alert, not one a day.

Each Alert has the rule id, a title filled from the rule's template, the day it fired, the place (corridor,
admin area, market or city), a severity (the rule's, raised with the strength of the signal for the
percentile and surprise kinds) and its evidence: the ids of the events and observations that made it fire.
`detail` holds the figures (counts, thresholds, probabilities) and `areas`, the admin1 areas concerned.
Alert ids hash the rule, the place and the day, so re-running the rules finds the same alerts and keeps the
state (new, seen, dismissed) an analyst gave them. A rerun also retires alerts: one that no longer fires
(its events were rejected in review, merged away, or the rule changed) is `withdrawn`; one still `new`
more than `expire_after_days` ([alerts] table) before the latest evidence is `expired`.

The statistical kind ("surprise") counts events per admin area and event type over the last `days` and
compares the count with the weekly counts of the previous `baseline_weeks` weeks: Poisson with the
baseline mean, or negative binomial (method of moments) when the baseline variance exceeds 1.5 times
its mean; the surprise is P(X >= observed) under that distribution.
"""

from __future__ import annotations

import hashlib
import math
import tomllib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sahelwatch.analyze.corridors import CorridorIndex
from sahelwatch.analyze.pressure import is_supply_event, load_config, pressure_series
from sahelwatch.dedup.merge import MIN_CONFIDENCE
from sahelwatch.knowledge.corridors import City, load_cities
from sahelwatch.model import Alert, Corridor, Event, Observation

RULES_PATH = Path(str(resources.files("sahelwatch").joinpath("data", "alert_rules.toml")))
EVENT_EVIDENCE = ("corridor_attack", "blockade")


def _read(path: Path | None) -> dict[str, Any]:
    return tomllib.loads((path or RULES_PATH).read_text(encoding="utf-8"))


def load_rules(path: Path | None = None) -> list[dict[str, Any]]:
    rules = _read(path).get("rule", [])
    for r in rules:
        if "id" not in r or "kind" not in r:
            raise ValueError(f"alert rule without id or kind: {r}")
        if r["kind"] not in KINDS:
            raise ValueError(f"alert rule {r['id']}: unknown kind {r['kind']!r} (known: {', '.join(KINDS)})")
    return rules


def evaluate(rules: list[dict[str, Any]], events: list[Event], observations: list[Observation] | None = None,
             corridors: list[Corridor] | None = None, cities: dict[str, City] | None = None,
             start: date | None = None, end: date | None = None,
             pressure_config: dict[str, Any] | None = None, min_confidence: float = MIN_CONFIDENCE) -> list[Alert]:
    """Every alert the rules fire over the timeline, with fired_on between start and end (inclusive).
    Events below `min_confidence` (the extractor's guesses for reports with no event cue) are left out."""
    events = [e for e in events if e.confidence >= min_confidence]
    ctx = _Context(events, observations or [], corridors, cities, pressure_config)
    out: list[Alert] = []
    for rule in rules:
        out += [a for a in KINDS[rule["kind"]](rule, ctx)
                if (start is None or a.fired_on >= start) and (end is None or a.fired_on <= end)]
    return sorted(out, key=lambda a: (a.fired_on, a.rule, a.place))


def run_alerts(store: Any, rules_path: Path | None = None, since: date | None = None) -> list[Alert]:
    """Run the rules over everything stored, save what fired (analyst states are kept), retire what no
    longer fires or has gone stale (see `Store.retire_alerts`), and return what fired."""
    from sahelwatch.store import EventFilter

    events, observations = store.events(EventFilter()), store.observations()
    alerts = evaluate(load_rules(rules_path), events, observations, start=since,
                      pressure_config=load_config(rules_path))
    store.save_alerts(alerts)
    latest = max([e.event_date for e in events if e.event_date] + [o.date for o in observations if o.date],
                 default=None)
    days = load_settings(rules_path)["expire_after_days"]
    store.retire_alerts({a.id for a in alerts}, since, latest - timedelta(days=days) if latest else None)
    return alerts


SETTINGS = {"expire_after_days": 30}


def load_settings(path: Path | None = None) -> dict[str, Any]:
    """The [alerts] table of the rules file: `expire_after_days`, how long an unseen alert stays new after
    the latest evidence in the store (older ones are `expired`, still listed with --state expired)."""
    return {**SETTINGS, **_read(path).get("alerts", {})}


# ---- shared state ---------------------------------------------------------------------------------------

class _Context:
    def __init__(self, events: list[Event], observations: list[Observation], corridors: list[Corridor] | None,
                 cities: dict[str, City] | None, pressure_config: dict[str, Any] | None) -> None:
        self.events = sorted((e for e in events if e.event_date), key=lambda e: (e.event_date, e.id))
        self.observations = sorted((o for o in observations if o.date), key=lambda o: (o.date, o.id))
        self._corridors = corridors
        self._index: CorridorIndex | None = None
        self.cities = cities
        self.pressure_config = pressure_config or load_config()
        dates = [e.event_date for e in self.events] + [o.date for o in self.observations]
        self.first_day = min(dates) if dates else None
        self.last_day = max(dates) if dates else None

    @property
    def index(self) -> CorridorIndex:
        if self._index is None:
            self._index = CorridorIndex(self._corridors)
        return self._index


class _Cooldown:
    def __init__(self, days: int) -> None:
        self.days, self.last = days, {}

    def ready(self, key: str, day: date) -> bool:
        last = self.last.get(key)
        if last is not None and (day - last).days < self.days:
            return False
        self.last[key] = day
        return True


def alert_id(rule: str, place: str, day: date, subject: str = "") -> str:
    """Stable id of one firing; `subject` (an event type, a commodity and unit) tells apart two firings of
    one rule for one place and day ("Battles in Nioro" and "Violence against civilians in Nioro")."""
    key = f"{rule}|{place}|{day.isoformat()}" + (f"|{subject}" if subject else "")
    return "al-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def _alert(rule: dict[str, Any], day: date, place: str, events: list[str], observations: list[str],
           severity: float, **detail: Any) -> Alert:
    values = {"place": place, "days": rule.get("days", ""), **detail}
    try:
        title = rule.get("title", rule["id"]).format(**values)
    except (KeyError, IndexError, ValueError):
        title = f"{rule['id']}: {place}"
    evidence = {"events": list(dict.fromkeys(events)), "observations": list(dict.fromkeys(observations))}
    return Alert(rule=rule["id"], title=title, fired_on=day, place=place, severity=round(float(severity), 2),
                 evidence={k: v for k, v in evidence.items() if v}, detail=detail,
                 id=alert_id(rule["id"], place, day, _subject(detail)))


def _subject(detail: dict[str, Any]) -> str:
    return "|".join(str(detail[k]) for k in ("event_type", "commodity", "unit") if detail.get(k))


def _area(e: Event | Observation, level: str) -> str:
    return getattr(e, level, "") or ""


def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower().strip()


def _matches(rule: dict[str, Any]) -> Callable[[Event], bool]:
    types = set(rule.get("event_types", []))
    subs = set(rule.get("sub_event_types", []))
    excluded = set(rule.get("exclude_sub_event_types", []))

    def ok(e: Event) -> bool:
        if e.sub_event_type in excluded:
            return False
        return (not types and not subs) or e.event_type in types or e.sub_event_type in subs
    return ok


# ---- kinds ---------------------------------------------------------------------------------------------

def corridor_count(rule: dict[str, Any], ctx: _Context) -> list[Alert]:
    days, need = int(rule.get("days", 7)), int(rule.get("min_count", 3))
    wanted = set(rule.get("corridors", []))
    ok = _matches(rule)
    words = ctx.pressure_config["supply_words"]
    chosen = [e for e in ctx.events if ok(e) and (not rule.get("supply_only") or is_supply_event(e, words))]
    by_id = {e.id: e for e in chosen}
    on: dict[str, list[Event]] = defaultdict(list)
    for hit in ctx.index.attach(chosen):
        if not hit.at_terminus and (not wanted or hit.corridor_id in wanted):
            on[hit.corridor_id].append(by_id[hit.event_id])
    cooldown = _Cooldown(int(rule.get("cooldown_days", days)))
    out: list[Alert] = []
    seen: dict[tuple[date, tuple[str, ...]], Alert] = {}
    for corridor in ctx.index.corridors:  # file order: the first corridor of a shared road names the alert
        items = sorted(on.get(corridor.id, []), key=lambda e: (e.event_date, e.id))
        dates = [e.event_date for e in items]
        for day in sorted(set(dates)):
            window = items[bisect_left(dates, day - timedelta(days=days - 1)):bisect_right(dates, day)]
            if len(window) < need:
                continue
            key = tuple(sorted(e.id for e in window))
            if (day, key) in seen:  # the same attacks on a stretch two corridors share: one alert
                seen[(day, key)].detail.setdefault("also_on", []).append(corridor.name)
                cooldown.ready(corridor.id, day)
                continue
            if not cooldown.ready(corridor.id, day):
                continue
            fatalities = sum(e.fatalities or 0 for e in window)
            alert = _alert(rule, day, corridor.name, [e.id for e in window], [], rule.get("severity", 2),
                           corridor=corridor.name, corridor_id=corridor.id, feeds=corridor.feeds, count=len(window),
                           fatalities=fatalities, areas=sorted({e.admin1 for e in window if e.admin1}))
            seen[(day, key)] = alert
            out.append(alert)
    return out


def price_change(rule: dict[str, Any], ctx: _Context) -> list[Alert]:
    days, need = int(rule.get("days", 30)), float(rule.get("min_change", 0.5))
    commodities = {_fold(c) for c in rule.get("commodities", [])}
    series: dict[tuple[str, str, str], list[Observation]] = defaultdict(list)
    for o in ctx.observations:
        v = o.values
        if o.kind != "price" or not isinstance(v.get("value"), int | float) or v["value"] <= 0:
            continue
        commodity = _fold(v.get("commodity", ""))
        if commodities and commodity not in commodities:
            continue
        series[(o.location or o.admin1 or o.country or "national", commodity, str(v.get("unit", "")))].append(o)
    cooldown = _Cooldown(int(rule.get("cooldown_days", days)))
    out = []
    for (place, commodity, unit), items in sorted(series.items()):
        dates = [o.date for o in items]
        for o in items:
            before = o.values.get("previous_value")
            base_ids: list[str] = []
            if not isinstance(before, int | float) or before <= 0:
                earlier = items[bisect_left(dates, o.date - timedelta(days=days)):bisect_left(dates, o.date)]
                if not earlier:
                    continue
                low = min(earlier, key=lambda x: (x.values["value"], x.date))
                before, base_ids = low.values["value"], [low.id]
            change = o.values["value"] / before - 1.0
            if change >= need and cooldown.ready(f"{place}|{commodity}|{unit}", o.date):
                out.append(_alert(rule, o.date, place, [], base_ids + [o.id], rule.get("severity", 2),
                                  commodity=commodity, unit=unit, value=o.values["value"], baseline=before,
                                  change=f"{change:+.0%}".lstrip("+"), change_ratio=round(change, 3),
                                  areas=[o.admin1] if o.admin1 else []))
    return out


def novelty(rule: dict[str, Any], ctx: _Context) -> list[Alert]:
    days, level = int(rule.get("days", 90)), rule.get("level", "admin2")
    types = set(rule.get("event_types", []))
    if ctx.first_day is None:
        return []
    last_seen: dict[tuple[str, str], date] = {}
    today: dict[tuple[str, str, date], list[Event]] = defaultdict(list)
    for e in ctx.events:
        area = _area(e, level)
        if area and (not types or e.event_type in types):
            today[(area, e.event_type, e.event_date)].append(e)
    out = []
    for (area, kind, day), found in sorted(today.items(), key=lambda kv: (kv[0][2], kv[0][0], kv[0][1])):
        previous = last_seen.get((area, kind))
        covered = (day - ctx.first_day).days >= days  # no history yet: everything would look new
        if covered and (previous is None or (day - previous).days > days):
            out.append(_alert(rule, day, area, [e.id for e in found], [], rule.get("severity", 1),
                              event_type=kind, level=level, last_seen=previous.isoformat() if previous else None,
                              areas=sorted({e.admin1 for e in found if e.admin1})))
        last_seen[(area, kind)] = day
    return out


def _daily(events: list[Event], key: Callable[[Event], str], value: Callable[[Event], float]
           ) -> dict[str, tuple[list[date], list[float], list[Event]]]:
    """Per group: sorted dates and prefix sums of value, for window sums by bisection."""
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        k = key(e)
        if k:
            groups[k].append(e)
    out = {}
    for k, items in groups.items():
        items.sort(key=lambda e: (e.event_date, e.id))
        prefix, total = [0.0], 0.0
        for e in items:
            total += value(e)
            prefix.append(total)
        out[k] = ([e.event_date for e in items], prefix, items)
    return out


def _window_sum(dates: list[date], prefix: list[float], first: date, last: date) -> float:
    """Sum of values dated first..last inclusive."""
    return prefix[bisect_right(dates, last)] - prefix[bisect_left(dates, first)]


def _history(dates: list[date], prefix: list[float], first: date, days: int, weeks: int,
             since: date) -> list[float]:
    """Sums over the `weeks` windows of `days` days just before `first`, newest first, stopping at the
    first window that would begin its data before `since` (the timeline's first day)."""
    history = []
    for w in range(1, weeks + 1):
        hi = first - timedelta(days=(w - 1) * days + 1)
        if hi < since:
            break
        history.append(_window_sum(dates, prefix, hi - timedelta(days=days - 1), hi))
    return history


def percentile(rule: dict[str, Any], ctx: _Context) -> list[Alert]:
    days, level = int(rule.get("days", 7)), rule.get("level", "admin1")
    weeks, pct = int(rule.get("history_weeks", 52)), float(rule.get("percentile", 95))
    floor = float(rule.get("min_fatalities", 10))
    min_weeks = int(rule.get("min_history_weeks", max(1, weeks // 2)))
    if ctx.first_day is None:
        return []
    cooldown = _Cooldown(int(rule.get("cooldown_days", days)))
    out = []
    for area, (dates, prefix, items) in sorted(_daily(ctx.events, lambda e: _area(e, level),
                                                       lambda e: float(e.fatalities or 0)).items()):
        for day in sorted({e.event_date for e in items if e.fatalities}):
            first = day - timedelta(days=days - 1)
            total = _window_sum(dates, prefix, first, day)
            history = _history(dates, prefix, first, days, weeks, ctx.first_day)
            if len(history) < min_weeks or total < floor:
                continue
            threshold = _percentile(history, pct)
            if total > threshold and cooldown.ready(area, day):
                window = [e for e in items[bisect_left(dates, first):bisect_right(dates, day)] if e.fatalities]
                ratio = total / threshold if threshold > 0 else 10.0
                out.append(_alert(rule, day, area, [e.id for e in window], [],
                                  rule.get("severity", 3) + min(2.0, math.log10(max(ratio, 1.0))),
                                  fatalities=int(total), threshold=round(threshold, 1), percentile=int(pct),
                                  history_weeks=len(history), level=level,
                                  areas=sorted({e.admin1 for e in window if e.admin1})))
    return out


def _percentile(values: list[float], pct: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * pct / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def surprise(rule: dict[str, Any], ctx: _Context) -> list[Alert]:
    days, level = int(rule.get("days", 7)), rule.get("level", "admin1")
    weeks, max_p = int(rule.get("baseline_weeks", 52)), float(rule.get("max_p", 0.01))
    need = int(rule.get("min_count", 3))
    min_weeks = int(rule.get("min_baseline_weeks", max(4, weeks // 2)))
    types = set(rule.get("event_types", []))
    if ctx.first_day is None:
        return []
    chosen = [e for e in ctx.events if not types or e.event_type in types]
    cooldown = _Cooldown(int(rule.get("cooldown_days", days)))
    out = []
    groups = _daily(chosen, lambda e: f"{_area(e, level)}\t{e.event_type}" if _area(e, level) else "",
                    lambda e: 1.0)
    for key, (dates, prefix, items) in sorted(groups.items()):
        area, kind = key.split("\t")
        for day in sorted(set(dates)):
            first = day - timedelta(days=days - 1)
            count = int(_window_sum(dates, prefix, first, day))
            if count < need:
                continue
            history = _history(dates, prefix, first, days, weeks, ctx.first_day)
            if len(history) < min_weeks:
                continue
            p, model, expected = tail_probability(count, history)
            if p <= max_p and cooldown.ready(key, day):
                window = items[bisect_left(dates, first):bisect_right(dates, day)]
                out.append(_alert(rule, day, area, [e.id for e in window], [],
                                  rule.get("severity", 2) + min(2.0, math.log10(max_p / max(p, 1e-300)) / 2),
                                  count=count, event_type=kind, expected=round(expected, 2), p=f"{p:.2g}",
                                  p_value=p, model=model, baseline_weeks=len(history), level=level,
                                  areas=sorted({e.admin1 for e in window if e.admin1})))
    return out


def tail_probability(observed: int, history: list[float]) -> tuple[float, str, float]:
    """P(X >= observed) given weekly counts: (probability, model name, expected count)."""
    n = len(history)
    mean = sum(history) / n
    var = sum((x - mean) ** 2 for x in history) / (n - 1) if n > 1 else mean
    smoothed = max(mean, 0.5 / n)  # a quiet baseline is not proof that the count can never happen
    if var > 1.5 * smoothed and mean > 0:
        r = mean * mean / (var - mean)
        return nbinom_sf(observed, r, r / (r + mean)), "negative binomial", mean
    return poisson_sf(observed, smoothed), "poisson", smoothed


def poisson_sf(k: int, mu: float) -> float:
    """P(X >= k) for X ~ Poisson(mu), summed upward from k for accuracy in the far tail."""
    if k <= 0:
        return 1.0
    return _upper_sum(lambda j: math.exp(j * math.log(mu) - mu - math.lgamma(j + 1)), k)


def nbinom_sf(k: int, r: float, p: float) -> float:
    """P(X >= k) for X ~ NB(r, p): failures before the r-th success, mean r (1 - p) / p."""
    if k <= 0:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    return _upper_sum(lambda j: math.exp(math.lgamma(j + r) - math.lgamma(r) - math.lgamma(j + 1)
                                         + r * log_p + j * log_q), k)


def _upper_sum(pmf: Callable[[int], float], k: int) -> float:
    total, j = 0.0, k
    while True:
        term = pmf(j)
        total += term
        j += 1
        if term < 1e-17 * max(total, 1e-300) or j - k > 100000:
            return min(1.0, total)


def pressure(rule: dict[str, Any], ctx: _Context) -> list[Alert]:
    threshold = float(rule.get("threshold", 10.0))
    cities = ctx.cities if ctx.cities is not None else load_cities()
    wanted = set(rule.get("cities", [])) or set(cities)
    cooldown = _Cooldown(int(rule.get("cooldown_days", 14)))
    out = []
    for name in sorted(wanted):
        if name not in cities or ctx.last_day is None:
            continue
        series = pressure_series(cities[name], ctx.events, ctx.observations, end=ctx.last_day, index=ctx.index,
                                 config=ctx.pressure_config)
        previous = 0.0
        for day in series:
            if day.value >= threshold > previous and cooldown.ready(name, day.day):
                ev = [i for k in EVENT_EVIDENCE for i in day.evidence.get(k, [])]
                ob = [i for k, ids in day.evidence.items() if k not in EVENT_EVIDENCE for i in ids]
                top = max(day.contributions, key=day.contributions.get) if day.contributions else ""
                out.append(_alert(rule, day.day, name, ev, ob, rule.get("severity", 3), value=round(day.value, 1),
                                  threshold=threshold, contributions=day.contributions, largest=top,
                                  areas=[cities[name].admin1] if cities[name].admin1 else []))
            previous = day.value
    return out


KINDS: dict[str, Callable[[dict[str, Any], _Context], list[Alert]]] = {
    "corridor_count": corridor_count, "price_change": price_change, "novelty": novelty,
    "percentile": percentile, "surprise": surprise, "pressure": pressure,
}
