"""Briefings: a dated situation report for a region, as HTML (inline SVG map and charts) or PDF.

Everything in a briefing is generated from stored records (events the extractor only guessed, below
the merging's confidence floor, are left out): every sentence is built from events,
observations, alerts and the siege-pressure series, and ends with the numbered references of the reports
behind it (title, source, date, URL in the list at the end). Nothing is written that a record does not say:
when there is no price, no pressure input or no alert, the section says so.

The map is drawn from the boundary files in `data/boundaries/` (no tiles, no network): admin1 areas, the
region highlighted, its cercles, the corridors, and the events as circles sized by fatalities.
PDF is rendered from the same HTML by WeasyPrint (pip install weasyprint; it uses the system's Pango).
"""

from __future__ import annotations

import html
import json
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from sahelwatch.model import Alert, Event, Observation

DATA = Path(str(resources.files("sahelwatch").joinpath("data")))
TEMPLATES = Path(__file__).resolve().parent / "templates"
TYPE_COLOURS = {"Battles": "#c0392b", "Explosions/Remote violence": "#8e44ad", "Violence against civilians": "#d35400",
                "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d"}
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")


@dataclass
class Reference:
    number: int
    document_id: str
    title: str
    source: str
    published: date | None
    url: str | None


@dataclass
class Briefing:
    region: str
    since: date
    until: date
    scope: str  # "admin1" or "country"
    events: list[Event]
    observations: list[Observation]
    alerts: list[Alert]
    references: list[Reference] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)  # section -> sentences (HTML)
    figures: dict[str, Any] = field(default_factory=dict)
    top_events: list[dict[str, Any]] = field(default_factory=list)
    alert_rows: list[dict[str, Any]] = field(default_factory=list)
    map_svg: str = ""
    charts: dict[str, str] = field(default_factory=dict)


# ---- gathering ----------------------------------------------------------------------------------------

def build_briefing(store: Any, region: str, since: date, until: date | None = None) -> Briefing:
    from sahelwatch.analyze.alerts import evaluate, load_rules
    from sahelwatch.analyze.pressure import load_config
    from sahelwatch.dedup.merge import MIN_CONFIDENCE
    from sahelwatch.store import EventFilter, ObservationFilter

    # The extractor's guesses for reports with no event cue are not events to report on.
    all_events = [e for e in store.events(EventFilter()) if e.confidence >= MIN_CONFIDENCE]
    all_obs = store.observations(ObservationFilter())
    key = _fold(region)
    countries = {_fold(e.country): e.country for e in all_events if e.country}
    scope = "country" if key in countries else "admin1"
    name = countries.get(key) or next((e.admin1 for e in all_events if _fold(e.admin1) == key), region)

    def inside(x: Event | Observation) -> bool:
        if scope == "country":
            return _fold(x.country) == key or (isinstance(x, Observation) and not x.country and not x.admin1
                                              and _country_of_store(all_events) == key)
        return _fold(x.admin1) == key

    region_events = [e for e in all_events if e.event_date and inside(e)]
    region_obs = [o for o in all_obs if o.date and inside(o)]
    if not region_events and not region_obs:
        known = sorted({e.admin1 for e in all_events if e.admin1} | {e.country for e in all_events if e.country})
        raise ValueError(f"no events or observations for region {region!r}; known: {', '.join(known)}")
    last = max([e.event_date for e in region_events] + [o.date for o in region_obs])
    until = until or last
    if until < since:
        raise ValueError(f"--until {until} is before --since {since}")
    events = sorted((e for e in region_events if since <= e.event_date <= until),
                    key=lambda e: (e.event_date, e.id))
    observations = sorted((o for o in region_obs if since <= o.date <= until), key=lambda o: (o.date, o.id))
    fired = evaluate(load_rules(), all_events, all_obs, start=since, end=until, pressure_config=load_config())
    states = {a.id: a.state for a in store.alerts(since=since)}
    alerts = [a for a in fired if states.get(a.id) != "dismissed"
              and (scope == "country" or key in {_fold(x) for x in a.detail.get("areas", [])} or _fold(a.place) == key)]
    for a in alerts:
        a.state = states.get(a.id, a.state)
    b = Briefing(name, since, until, scope, events, observations, alerts)
    _write(b, store, all_events, all_obs)
    return b


def _country_of_store(events: list[Event]) -> str:
    counts = Counter(_fold(e.country) for e in events if e.country)
    return counts.most_common(1)[0][0] if counts else ""


class _Citations:
    """Numbers the reports in order of first citation."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.numbers: dict[str, int] = {}
        self.refs: list[Reference] = []
        self._doc_of_mention = {m.id: m.document_id for m in store.mentions()}

    def docs_of_event(self, e: Event) -> list[str]:
        docs = [self._doc_of_mention.get(m) for m in e.mention_ids] or [e.document_id]
        return [d for d in dict.fromkeys(docs) if d]

    def cite(self, document_ids: list[str]) -> str:
        nums = []
        for d in document_ids:
            if d not in self.numbers:
                doc = self.store.document(d)
                if doc is None:
                    continue
                self.numbers[d] = len(self.refs) + 1
                self.refs.append(Reference(self.numbers[d], d, doc.title or _first_line(doc.text) or doc.path or d,
                                           doc.source or "", doc.published, doc.url))
            nums.append(self.numbers[d])
        if not nums:
            return ""
        return '<span class="cite">[' + _ranges(sorted(set(nums))) + "]</span>"

    def events(self, events: list[Event]) -> str:
        return self.cite([d for e in events for d in self.docs_of_event(e)])

    def observations(self, observations: list[Observation]) -> str:
        return self.cite([o.document_id for o in observations if o.document_id])


def _ranges(nums: list[int]) -> str:
    parts, start = [], None
    for i, n in enumerate(nums):
        if start is None:
            start = n
        if i + 1 == len(nums) or nums[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}–{n}")
            start = None
    return ", ".join(parts)


def _first_line(text: str) -> str:
    line = next((x.strip() for x in (text or "").splitlines() if x.strip()), "")
    return line[:100] + ("…" if len(line) > 100 else "")


# ---- sentences ----------------------------------------------------------------------------------------

def _write(b: Briefing, store: Any, all_events: list[Event], all_obs: list[Observation]) -> None:
    from sahelwatch.analyze.corridors import CorridorIndex
    from sahelwatch.analyze.pressure import pressure_series
    from sahelwatch.knowledge.corridors import load_cities

    c = _Citations(store)
    e = b.events
    period = f"between {_d(b.since)} and {_d(b.until)}"
    s: dict[str, list[str]] = defaultdict(list)
    fatalities = sum(x.fatalities or 0 for x in e)
    b.figures = {"events": len(e), "fatalities": fatalities, "reports": 0,
                 "observations": len(b.observations), "alerts": len(b.alerts)}
    if e:
        kinds = Counter(x.event_type for x in e)
        breakdown = ", ".join(f"{n} {_h(k.lower())}" for k, n in kinds.most_common())
        s["summary"].append(f"{period[0].upper() + period[1:]}, {len(e)} events were recorded in {_h(b.region)} "
                            f"({breakdown}). {c.events(e)}")
        with_dead = [x for x in e if x.fatalities]
        if with_dead:
            s["summary"].append(f"They account for {fatalities} reported fatalities, counting for each event "
                                f"the most conservative figure its reports give. {c.events(with_dead)}")
            worst = max(with_dead, key=lambda x: (x.fatalities, x.event_date))
            s["summary"].append(f"The deadliest was {_event_phrase(worst)}, with {worst.fatalities} reported "
                                f"fatalities{_disagreement(worst)}. {c.events([worst])}")
        else:
            s["summary"].append(f"None of their reports gives a fatality figure. {c.events(e)}")
        generic = ("Civilians", "Unidentified")
        actors = Counter(a for x in e for a in (x.actor1, x.actor2) if a and not a.startswith(generic))
        if actors:
            actor, n = actors.most_common(1)[0]
            involved = [x for x in e if actor in (x.actor1, x.actor2)]
            s["summary"].append(f"The actor named most often is {_h(actor)}, in {n} of them. {c.events(involved)}")
    else:
        s["summary"].append(f"No event was recorded in {_h(b.region)} {period}.")
    # corridors
    index = CorridorIndex()
    on: dict[str, list[Event]] = defaultdict(list)
    for hit in index.attach(e):
        if not hit.at_terminus:
            on[hit.corridor_id].append(next(x for x in e if x.id == hit.event_id))
    for corridor in index.corridors:
        found = on.get(corridor.id)
        if found:
            latest = max(found, key=lambda x: (x.event_date, x.id))
            s["corridors"].append(f"{len(found)} of these events lie on the {_h(corridor.name)} road to "
                                  f"{_h(corridor.feeds)}; the latest was {_event_phrase(latest)}. {c.events(found)}")
    if not s["corridors"]:
        s["corridors"].append("No event of the period lies on a supply corridor.")
    # prices, shortages, services, displacement
    obs = b.observations
    prices: dict[tuple[str, str, str, str], list[Observation]] = defaultdict(list)
    for o in obs:
        if o.kind == "price" and isinstance(o.values.get("value"), int | float):
            prices[(o.location or o.admin1 or "", str(o.values.get("commodity", "")), str(o.values.get("unit", "")),
                    str(o.values.get("currency", "")))].append(o)
    for (place, commodity, unit, currency), items in sorted(prices.items(), key=lambda kv: -len(kv[1]))[:6]:
        items.sort(key=lambda o: (o.date, o.id))
        lo = min(items, key=lambda o: o.values["value"])
        hi = max(items, key=lambda o: o.values["value"])
        where = f" in {_h(place)}" if place else ""
        if lo.values["value"] != hi.values["value"]:
            when = f"on {_d(lo.date)}" if lo.date == hi.date else f"between {_d(min(lo.date, hi.date))} and " \
                f"{_d(max(lo.date, hi.date))}"
            s["prices"].append(f"Reported {_h(commodity)} prices{where} ranged from {_n(lo.values['value'])} to "
                               f"{_n(hi.values['value'])} {_h(currency)} per {_h(unit)} {when}. "
                               f"{c.observations([lo, hi])}")
        else:
            s["prices"].append(f"{_h(commodity).capitalize()}{where} was reported at {_n(lo.values['value'])} "
                               f"{_h(currency)} per {_h(unit)} on {_d(lo.date)}. {c.observations([lo])}")
    if not s["prices"]:
        s["prices"].append("No price was reported for the period.")
    short = defaultdict(list)
    for o in obs:
        if o.kind == "shortage":
            short[str(o.values.get("commodity", "goods"))].append(o)
    for commodity, items in sorted(short.items(), key=lambda kv: -len(kv[1])):
        days = sorted({o.date for o in items})
        s["services"].append(f"A {_h(commodity)} shortage was reported on {len(days)} day{'s' * (len(days) > 1)}, "
                             f"from {_d(days[0])} to {_d(days[-1])}. {c.observations(items)}")
    services = defaultdict(list)
    for o in obs:
        if o.kind == "service" and not o.values.get("hypothetical"):
            services[(str(o.values.get("service", "")), str(o.values.get("status", "")))].append(o)
    for (service, status), items in sorted(services.items(), key=lambda kv: -len(kv[1])):
        days = sorted({o.date for o in items})
        span = _d(days[0]) if len(days) == 1 else f"between {_d(days[0])} and {_d(days[-1])}"
        s["services"].append(f"{_h(service).capitalize()}: reported {_h(status)} {span}. {c.observations(items)}")
    for o in obs:
        if o.kind == "displacement" and o.values.get("count"):
            who = o.values.get("population", "people")
            route = "".join(f" {w} {_h(str(o.values[k]))}" for k, w in (("origin", "from"), ("destination", "to"))
                            if o.values.get(k))
            s["services"].append(f"{_n(o.values['count'])} {_h(str(who))}{route} were reported on {_d(o.date)}. "
                                 f"{c.observations([o])}")
        elif o.kind == "evacuation":
            by = o.values.get("by") or "a government"
            s["services"].append(f"{_h(str(by))} issued a {_h(str(o.values.get('type', 'travel advisory')))} "
                                 f"on {_d(o.date)}. {c.observations([o])}")
    if not s["services"]:
        s["services"].append("No shortage, service closure, displacement figure or advisory was reported.")
    # siege pressure
    cities = [city for city in load_cities().values()
              if (b.scope == "country" and _fold(city.country) == _fold(b.region))
              or _fold(city.admin1) == _fold(b.region)]
    series = {}
    for city in cities:
        days = pressure_series(city, all_events, all_obs, start=b.since, end=b.until, index=index)
        if any(d.value for d in days):
            series[city.name] = days
            peak = max(days, key=lambda d: (d.value, d.day))
            end = days[-1]
            top = max(peak.contributions, key=peak.contributions.get)
            behind = peak.evidence.get(top, [])
            cited = c.events([x for x in all_events if x.id in behind]) if top in ("corridor_attack", "blockade") \
                else c.observations([o for o in all_obs if o.id in behind])
            s["pressure"].append(f"Siege pressure on {_h(city.name)} peaked at {peak.value:.1f} on {_d(peak.day)} "
                                 f"and stood at {end.value:.1f} on {_d(end.day)}; the largest input at the peak was "
                                 f"{_KIND_NAMES.get(top, top)} ({peak.contributions[top]:.1f}). {cited}")
    if not s["pressure"]:
        s["pressure"].append("No siege-pressure input (corridor attack, blockade, price rise, shortage, closure "
                             "or advisory) was recorded for a city of this region.")
    # alerts
    for a in sorted(b.alerts, key=lambda a: (-a.severity, a.fired_on))[:25]:
        ev_ids = set(a.evidence.get("events", []))
        ob_ids = set(a.evidence.get("observations", []))
        cite = c.events([x for x in all_events if x.id in ev_ids]) + \
            c.observations([o for o in all_obs if o.id in ob_ids])
        b.alert_rows.append({"date": _d(a.fired_on), "title": _h(a.title), "severity": f"{a.severity:g}",
                             "rule": _h(a.rule), "state": a.state, "cite": cite})
    # top events
    for x in sorted(e, key=lambda x: (-(x.fatalities or 0), -len(x.mention_ids), x.event_date))[:12]:
        b.top_events.append({"date": _d(x.event_date), "type": _h(x.sub_event_type), "place": _h(_place(x)),
                             "actors": _h(" vs ".join(a for a in (x.actor1, x.actor2) if a)),
                             "fatalities": f"{x.fatalities}{_disagreement(x)}", "reports": len(x.mention_ids) or 1,
                             "cite": c.events([x])})
    b.sections = dict(s)
    b.references = c.refs
    b.figures["reports"] = len({d for x in e for d in c.docs_of_event(x)})
    b.map_svg = map_svg(b, index)
    b.charts = {"daily": daily_chart(b), "prices": price_chart(b), "pressure": pressure_chart(series)}


_KIND_NAMES = {"corridor_attack": "attacks on its corridors", "blockade": "blockade declarations",
               "price": "price rises", "shortage": "shortages", "service": "closed or restricted services",
               "advisory": "evacuations and advisories"}


def _event_phrase(e: Event) -> str:
    who = f" by {_h(e.actor1)}" if e.actor1 and not e.actor1.startswith("Unidentified") else ""
    kind = e.sub_event_type.lower()
    article = "an" if kind[:1] in "aeiou" else "a"
    return f"{article} {_h(kind)}{who} at {_h(_place(e))} on {_d(e.event_date)}"


def _place(e: Event) -> str:
    parts: list[str] = []
    for p in (e.location, e.admin2, e.admin1):
        if p and _fold(p) not in {_fold(x) for x in parts}:
            parts.append(p)
    return ", ".join(parts)


def _disagreement(e: Event) -> str:
    claims = sorted({c.value for c in e.claims_by_field.get("fatalities", []) if c.value})
    return f" (reports say {', '.join(map(str, claims))})" if len(claims) > 1 else ""


def _d(day: date | None) -> str:
    return f"{day.day} {day.strftime('%B %Y')}" if day else "an unknown date"


def _n(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ") if float(value).is_integer() else f"{value:,.2f}"


def _h(text: object) -> str:
    return html.escape(str(text or ""))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower().strip()


# ---- SVG ---------------------------------------------------------------------------------------------

def _boundaries(level: int) -> list[dict[str, Any]]:
    path = DATA / "boundaries" / f"mali_adm{level}.geojson"
    return json.loads(path.read_text(encoding="utf-8"))["features"] if path.is_file() else []


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    if geometry["type"] == "MultiPolygon":
        return [ring for poly in geometry["coordinates"] for ring in poly]
    return []


def map_svg(b: Briefing, index: Any, width: int = 640, height: int = 440) -> str:
    adm1 = _boundaries(1)
    adm2 = _boundaries(2)
    key = _fold(b.region)
    mine = [f for f in adm1 if _fold(f["properties"].get("adm1", "")) == key] if b.scope == "admin1" else adm1
    points = [(e.longitude, e.latitude) for e in b.events if e.longitude is not None and e.latitude is not None]
    coords = [pt for f in mine for ring in _rings(f["geometry"]) for pt in ring] or points
    if not coords:
        return ""
    x0, x1 = min(p[0] for p in coords), max(p[0] for p in coords)
    y0, y1 = min(p[1] for p in coords), max(p[1] for p in coords)
    if points and b.scope == "country":
        x0, x1 = min(x0, *(p[0] for p in points)), max(x1, *(p[0] for p in points))
        y0, y1 = min(y0, *(p[1] for p in points)), max(y1, *(p[1] for p in points))
    span = max(x1 - x0, y1 - y0, 0.6)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    k = math.cos(math.radians(cy))
    half_w, half_h = span * 0.6, span * 0.6
    scale = min(width / (2 * half_w * k), height / (2 * half_h))

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (width / 2 + (lon - cx) * k * scale, height / 2 - (lat - cy) * scale)

    def path(geometry: dict[str, Any]) -> str:
        return " ".join("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(*pt[:2]) for pt in ring)) + " Z"
                        for ring in _rings(geometry))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" class="map" role="img" aria-label="Map of events in {_h(b.region)}">',
             f'<rect width="{width}" height="{height}" fill="#eef3f7"/>']
    for f in adm1:
        hl = f in mine and b.scope == "admin1"
        parts.append(f'<path d="{path(f["geometry"])}" fill="{"#fffbe8" if hl else "#fafafa"}" stroke="#888" '
                     f'stroke-width="{1.4 if hl else 0.8}"/>')
    if b.scope == "admin1":
        for f in adm2:
            if _fold(f["properties"].get("adm1", "")) == key:
                parts.append(f'<path d="{path(f["geometry"])}" fill="none" stroke="#bbb" stroke-width="0.5" '
                             f'stroke-dasharray="2,2"/>')
    for c in index.corridors:
        line = " L".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in c.coordinates))
        parts.append(f'<path d="M{line}" fill="none" stroke="#555" stroke-width="1.6" stroke-dasharray="6,3" '
                     f'opacity="0.7"><title>{_h(c.name)}</title></path>')
    labelled: set[str] = set()
    for e in sorted(b.events, key=lambda e: e.fatalities or 0, reverse=True):
        if e.longitude is None or e.latitude is None:
            continue
        x, y = xy(e.longitude, e.latitude)
        if not (0 <= x <= width and 0 <= y <= height):
            continue
        r = 3 + 2.2 * math.sqrt(e.fatalities or 0)
        colour = TYPE_COLOURS.get(e.event_type, "#333")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{min(r, 26):.1f}" fill="{colour}" fill-opacity="0.55" '
                     f'stroke="{colour}"><title>{_h(_d(e.event_date))}: {_h(e.sub_event_type)}, {_h(e.location)}, '
                     f'{e.fatalities} fatalities</title></circle>')
        if e.location and e.location not in labelled and len(labelled) < 10:
            labelled.add(e.location)
            parts.append(f'<text x="{x + 5:.1f}" y="{y - 5:.1f}" font-size="11" fill="#222">{_h(e.location)}</text>')
    lx = 8
    for kind, colour in TYPE_COLOURS.items():
        if any(e.event_type == kind for e in b.events):
            parts.append(f'<circle cx="{lx + 5}" cy="{height - 12}" r="5" fill="{colour}" fill-opacity="0.6"/>'
                         f'<text x="{lx + 13}" y="{height - 8}" font-size="10">{_h(kind)}</text>')
            lx += 20 + 6 * len(kind)
    parts.append(f'<text x="{width - 8}" y="14" font-size="10" text-anchor="end" fill="#555">dashed: supply '
                 'corridors; circle area: fatalities</text></svg>')
    return "".join(parts)


def _axes(width: int, height: int, pad: tuple[int, int, int, int], x_labels: list[tuple[float, str]],
          y_max: float, title: str) -> list[str]:
    left, right, top, bottom = pad
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" class="chart" role="img" aria-label="{_h(title)}">',
           f'<text x="{left}" y="12" font-size="11" font-weight="bold">{_h(title)}</text>',
           f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#444"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#444"/>']
    for frac in (0, 0.5, 1):
        y = height - bottom - frac * (height - top - bottom)
        out.append(f'<text x="{left - 4}" y="{y + 3:.1f}" font-size="9" text-anchor="end">{_n(round(y_max * frac))}'
                   f'</text><line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#ddd"/>')
    for x, label in x_labels:
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 12}" font-size="9" text-anchor="middle">'
                   f'{_h(label)}</text>')
    return out


def _date_ticks(since: date, until: date, x: Any) -> list[tuple[float, str]]:
    days = (until - since).days or 1
    step = max(1, days // 5)
    ticks = [since + timedelta(days=i) for i in range(0, days + 1, step)]
    return [(x(day), day.strftime("%d %b %Y" if days > 370 else "%d %b")) for day in ticks]


def daily_chart(b: Briefing, width: int = 640, height: int = 190) -> str:
    if not b.events:
        return ""
    pad = (40, 40, 22, 20)
    days = (b.until - b.since).days + 1
    per_day = Counter(e.event_date for e in b.events)
    dead = Counter()
    for e in b.events:
        dead[e.event_date] += e.fatalities or 0
    top_n, top_f = max(per_day.values()), max(dead.values()) or 1
    plot_w, plot_h = width - pad[0] - pad[1], height - pad[2] - pad[3]

    def x(day: date) -> float:
        return pad[0] + (day - b.since).days / max(days - 1, 1) * plot_w

    out = _axes(width, height, pad, _date_ticks(b.since, b.until, x), top_n, "Events per day (bars) and fatalities "
                "per day (red line, right scale)")
    bar = max(1.0, plot_w / days * 0.8)
    for day, n in sorted(per_day.items()):
        h = n / top_n * plot_h
        out.append(f'<rect x="{x(day) - bar / 2:.1f}" y="{height - pad[3] - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                   f'fill="#4a78a8"><title>{day}: {n} events</title></rect>')
    points = " ".join(f"{x(b.since + timedelta(days=i)):.1f},"
                      f"{height - pad[3] - dead.get(b.since + timedelta(days=i), 0) / top_f * plot_h:.1f}"
                      for i in range(days))
    out.append(f'<polyline points="{points}" fill="none" stroke="#c0392b" stroke-width="1.3"/>')
    out.append(f'<text x="{width - pad[1] + 4}" y="{pad[2] + 3}" font-size="9" fill="#c0392b">{top_f}</text>')
    out.append(f'<text x="{width - pad[1] + 4}" y="{height - pad[3] + 3}" font-size="9" fill="#c0392b">0</text></svg>')
    return "".join(out)


def _line_chart(title: str, series: dict[str, list[tuple[date, float]]], since: date, until: date,
                width: int = 640, height: int = 190) -> str:
    series = {k: v for k, v in series.items() if v}
    if not series:
        return ""
    pad = (48, 12, 22, 34)
    days = (until - since).days or 1
    top = max(v for pts in series.values() for _, v in pts) or 1
    plot_w, plot_h = width - pad[0] - pad[1], height - pad[2] - pad[3]

    def x(day: date) -> float:
        return pad[0] + (day - since).days / days * plot_w

    def y(v: float) -> float:
        return height - pad[3] - v / top * plot_h

    out = _axes(width, height, pad, _date_ticks(since, until, x), top, title)
    for i, (name, pts) in enumerate(series.items()):
        colour = PALETTE[i % len(PALETTE)]
        path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in sorted(pts))
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.6"/>')
        out += [f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="2.2" fill="{colour}"><title>{_h(name)} {d}: {_n(v)}'
                f'</title></circle>' for d, v in pts if len(pts) < 60]
        out.append(f'<rect x="{pad[0] + 150 * i}" y="{height - 11}" width="10" height="3" fill="{colour}"/>'
                   f'<text x="{pad[0] + 150 * i + 13}" y="{height - 7}" font-size="9">{_h(name[:28])}</text>')
    out.append("</svg>")
    return "".join(out)


def price_chart(b: Briefing) -> str:
    groups: dict[str, list[tuple[date, float]]] = defaultdict(list)
    for o in b.observations:
        v = o.values
        if o.kind == "price" and isinstance(v.get("value"), int | float):
            name = f"{v.get('commodity', '')} ({v.get('currency', '')}/{v.get('unit', '')})"
            groups[name].append((o.date, v["value"]))
    # One scale for all: only the series in the unit of the most reported one, so lines are comparable.
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    if ranked:
        unit = ranked[0][0].rsplit("(", 1)[-1]
        ranked = [kv for kv in ranked if kv[0].rsplit("(", 1)[-1] == unit][:4]
    chosen = {}
    for name, pts in ranked:
        daily: dict[date, float] = {}
        for d, v in pts:
            daily[d] = max(daily.get(d, 0), v)  # the highest price reported that day (black market included)
        if len(daily) >= 2:
            chosen[name] = sorted(daily.items())
    return _line_chart("Highest price reported per day", chosen, b.since, b.until) if chosen else ""


def pressure_chart(series: dict[str, list[Any]]) -> str:
    if not series:
        return ""
    first = next(iter(series.values()))
    return _line_chart("Siege pressure (docs/siege_pressure.md)", {name: [(d.day, d.value) for d in days]
                                                                   for name, days in series.items()},
                       first[0].day, first[-1].day)


# ---- output ---------------------------------------------------------------------------------------------

def render_html(b: Briefing) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    return env.get_template("briefing.html").render(b=b, d=_d, generated=date.today())


def write_briefing(store: Any, region: str, since: date, out: Path, until: date | None = None) -> Briefing:
    """Build the briefing and write it as HTML, or as PDF when `out` ends in .pdf."""
    b = build_briefing(store, region, since, until)
    page = render_html(b)
    out = Path(out)
    if out.suffix.lower() == ".pdf":
        try:
            from weasyprint import HTML
        except (ImportError, OSError) as exc:
            raise RuntimeError("PDF briefings need WeasyPrint: pip install 'sahelwatch[pdf]' (it uses the system's "
                               f"Pango library); or write .html and print it from a browser ({exc})") from exc
        HTML(string=page, base_url=str(TEMPLATES)).write_pdf(str(out))
    else:
        out.write_text(page, encoding="utf-8")
    return b
