"""Backtest: replay a timeline and ask how much warning each alert rule gave before the largest escalations.

An escalation is one of the `top` weeks (7-day bins starting on Mondays) with the most fatalities in an
admin1 area, among weeks with at least `min_fatalities`. An alert warns of an escalation when it fired
for that admin1 (its `areas`) within `lookback_days` before the escalation week began; its lead is the
number of days from the earliest such alert to the first day of the week. An alert fired during the week
itself "detects" the escalation (lead 0) but does not warn of it. For each rule the report gives the
number of alerts, the escalations warned of and detected, the median and largest lead, the share of its
alerts followed by (or during) an escalation in the same area within `lookback_days` (a crude precision),
and `warned_by_chance`: how many escalations the same alerts would "warn" of with their dates shifted
in time (a rule that fires constantly warns of everything; only warnings above chance mean something).

The replay is causal: every rule, on every day, sees only records dated on or before that day (see
`analyze/alerts.py`). Gold events from `../shared/eval/*.jsonl` are read directly as Events for the replay
(measurement only: nothing from them is stored or shipped).
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sahelwatch.analyze.alerts import evaluate, load_rules
from sahelwatch.model import Alert, Event, Observation


@dataclass
class Escalation:
    area: str
    week_start: date
    fatalities: int
    events: int


@dataclass
class RuleResult:
    rule: str
    alerts: int
    warned: int = 0
    detected: int = 0
    leads: list[int] = field(default_factory=list)
    followed: int = 0  # alerts followed by an escalation in their area within the lookback
    chance: float | None = None  # escalations warned of, on average, when the alert dates are shifted at random

    def summary(self, escalations: int) -> dict[str, Any]:
        return {"rule": self.rule, "alerts": self.alerts, "escalations": escalations, "warned": self.warned,
                "detected_in_week": self.detected,
                "warned_by_chance": None if self.chance is None else round(self.chance, 1),
                "median_lead_days": statistics.median(self.leads) if self.leads else None,
                "max_lead_days": max(self.leads) if self.leads else None,
                "alerts_followed_by_escalation": round(self.followed / self.alerts, 3) if self.alerts else None}


def escalations(events: list[Event], top: int = 5, min_fatalities: int = 10) -> list[Escalation]:
    weeks: dict[tuple[str, date], list[Event]] = defaultdict(list)
    for e in events:
        if e.event_date and e.admin1:
            weeks[(e.admin1, e.event_date - timedelta(days=e.event_date.weekday()))].append(e)
    by_area: dict[str, list[Escalation]] = defaultdict(list)
    for (area, start), items in weeks.items():
        total = sum(e.fatalities or 0 for e in items)
        if total >= min_fatalities:
            by_area[area].append(Escalation(area, start, total, len(items)))
    out = []
    for found in by_area.values():
        out += sorted(found, key=lambda x: (-x.fatalities, x.week_start))[:top]
    return sorted(out, key=lambda x: (x.week_start, x.area))


def backtest(events: list[Event], observations: list[Observation] | None = None,
             rules: list[dict[str, Any]] | None = None, top: int = 5, min_fatalities: int = 10,
             lookback_days: int = 30) -> dict[str, Any]:
    rules = rules if rules is not None else load_rules()
    alerts = evaluate(rules, events, observations or [])
    found = escalations(events, top, min_fatalities)
    results = {r["id"]: RuleResult(r["id"], sum(a.rule == r["id"] for a in alerts)) for r in rules}
    by_rule_area: dict[tuple[str, str], list[Alert]] = defaultdict(list)
    for a in alerts:
        for area in a.detail.get("areas", []):
            by_rule_area[(a.rule, area)].append(a)
    for rule_id, result in results.items():
        for x in found:
            near = by_rule_area.get((rule_id, x.area), [])
            before = [a for a in near if x.week_start - timedelta(days=lookback_days) <= a.fired_on < x.week_start]
            during = [a for a in near if x.week_start <= a.fired_on < x.week_start + timedelta(days=7)]
            if before:
                result.warned += 1
                result.leads.append((x.week_start - min(a.fired_on for a in before)).days)
            elif during:
                result.detected += 1
        result.chance = _chance(by_rule_area, rule_id, found, lookback_days, events)
        starts: dict[str, list[date]] = defaultdict(list)
        for x in found:
            starts[x.area].append(x.week_start)
        for a in alerts:
            if a.rule == rule_id and any(a.fired_on <= s + timedelta(days=6)
                                         and s - a.fired_on <= timedelta(lookback_days)
                                         for area in a.detail.get("areas", []) for s in starts.get(area, [])):
                result.followed += 1
    days = sorted(e.event_date for e in events if e.event_date)
    return {"events": len(events), "observations": len(observations or []),
            "from": days[0].isoformat() if days else None, "to": days[-1].isoformat() if days else None,
            "escalations": len(found), "definition": f"top {top} weeks by fatalities per admin1 "
            f"(at least {min_fatalities}); warning = an alert for the area within {lookback_days} days before",
            "rules": [results[r["id"]].summary(len(found)) for r in rules]}


def _chance(by_rule_area: dict[tuple[str, str], list[Alert]], rule_id: str, found: list[Escalation],
            lookback_days: int, events: list[Event], shifts: int = 20) -> float | None:
    """Escalations warned of when each area's alerts keep their spacing but move in time: every alert
    date is shifted by the same offset, wrapping around the timeline, for `shifts` evenly spread offsets.
    A rule that fires all the time "warns" of much by chance; its warned count means something only
    above this level."""
    days = sorted(e.event_date for e in events if e.event_date)
    if not days or not found:
        return None
    first, span = days[0], (days[-1] - days[0]).days + 1
    if span < 2 * lookback_days:
        return None
    total = 0
    for k in range(1, shifts + 1):
        offset = span * k // (shifts + 1)
        for x in found:
            fired = [first + timedelta(days=((a.fired_on - first).days + offset) % span)
                     for a in by_rule_area.get((rule_id, x.area), [])]
            total += any(x.week_start - timedelta(days=lookback_days) <= f < x.week_start for f in fired)
    return total / shifts


def gold_events(path: Path) -> list[Event]:
    """The gold events of an eval JSONL file, as Events (ids "<doc id>#<n>"), for replay only."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        for n, g in enumerate(doc.get("events", [])):
            try:
                day = date.fromisoformat(g["event_date"])
            except (KeyError, TypeError, ValueError):
                continue
            out.append(Event(
                event_type=g.get("event_type", ""), sub_event_type=g.get("sub_event_type", ""), event_date=day,
                time_precision=int(g.get("time_precision") or 1), actor1=g.get("actor1", ""),
                actor2=g.get("actor2", ""), country=g.get("country", ""), admin1=g.get("admin1", ""),
                admin2=g.get("admin2", ""), admin3=g.get("admin3", ""), location=g.get("location", ""),
                latitude=g.get("latitude"), longitude=g.get("longitude"),
                geo_precision=int(g.get("geo_precision") or 1), fatalities=int(g.get("fatalities") or 0),
                notes=doc.get("text", ""), id=f"{doc['id']}#{n}", document_id=doc["id"]))
    return out
