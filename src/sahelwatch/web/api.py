"""The JSON API under /api: documents, events, observations, actors, places, reviews, alerts, exports.

Every list takes the same filters (see `EventQuery`) and pages with `limit`/`offset`, returning
`{"items": [...], "total": n, "limit": l, "offset": o}`. Errors have one body shape, set in `app.py`:
`{"error": {"status": 404, "message": "..."}}`. Writes need an analyst or admin and a CSRF token.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, HTTPException, Request, Response, UploadFile
from pydantic import BaseModel, Field

from sahelwatch.model import Event, Review
from sahelwatch.store.filters import EventFilter, ObservationFilter
from sahelwatch.web import auth
from sahelwatch.web.serialize import document_json, event_json, event_reports, observation_json, review_json

router = APIRouter(prefix="/api")
Reader = Annotated[auth.User | None, Depends(auth.require_reader)]
Writer = Annotated[auth.User, Depends(auth.require_writer)]

MAX_PAGE = 1000
MAX_MAP_POINTS = 200_000
EDITABLE_FIELDS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "notes",
)


class EventQuery(BaseModel):
    """The filters every view shares; the dashboard keeps them in the URL under these names."""

    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    q: str | None = Field(None, max_length=200)
    min_confidence: float | None = Field(None, ge=0, le=1)
    review_state: str | None = None

    def to_filter(self) -> EventFilter:
        values = {k: v for k, v in self.model_dump().items() if v not in (None, "")}
        return EventFilter(**values)


def store_of(request: Request):  # noqa: ANN201 - the Store type lives in another stage
    return request.app.state.store


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# ---- events -------------------------------------------------------------------------------------

@router.get("/events", summary="List events matching the filters")
def list_events(request: Request, _: Reader, query: Annotated[EventQuery, Depends()],
                limit: int = 100, offset: int = 0) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    store, flt = store_of(request), query.to_filter()
    events = store.events(flt, limit=limit, offset=max(0, offset))
    return page([event_json(e) for e in events], store.count_events(flt), limit, offset)


@router.get("/events/map", summary="Compact columns of every matching event, for the map")
def map_points(request: Request, _: Reader, query: Annotated[EventQuery, Depends()]) -> dict[str, list]:
    rows = store_of(request).event_points(query.to_filter(), limit=MAX_MAP_POINTS)
    names = ("id", "lat", "lon", "event_type", "sub_event_type", "fatalities", "date", "location")
    keys = ("id", "latitude", "longitude", "event_type", "sub_event_type", "fatalities", "event_date", "location")
    cols: dict[str, list] = {name: [] for name in names}
    for row in rows:
        for name, key in zip(names, keys, strict=True):
            value = row[key]
            cols[name].append(value.isoformat() if isinstance(value, date) else value)
    return cols


@router.get("/events/timeline", summary="Events and fatalities per day or week, by event type")
def timeline(request: Request, _: Reader, query: Annotated[EventQuery, Depends()],
             bucket: Literal["auto", "day", "week"] = "auto") -> dict[str, Any]:
    rows = store_of(request).event_counts_by_day(query.to_filter())
    if bucket == "auto":  # a long period by day is thousands of bars nobody can read
        bucket = "week" if rows and (rows[-1][0] - rows[0][0]).days > 120 else "day"
    counts: dict[str, Counter] = defaultdict(Counter)
    deaths: Counter = Counter()
    for day, event_type, n, killed in rows:
        key = (day - timedelta(days=day.weekday()) if bucket == "week" else day).isoformat()
        counts[event_type][key] += n
        deaths[key] += killed
    buckets = sorted({d for c in counts.values() for d in c})
    return {
        "bucket": bucket, "dates": buckets,
        "series": {t: [c.get(d, 0) for d in buckets] for t, c in sorted(counts.items())},
        "fatalities": [deaths.get(d, 0) for d in buckets],
    }


@router.get("/events/{event_id}", summary="One event with its claims, mentions, evidence and history")
def get_event(request: Request, _: Reader, event_id: str) -> dict[str, Any]:
    store = store_of(request)
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    out = event_json(event, full=True)
    out["mentions"] = mentions_with_documents(store, event)
    out["reviews"] = [review_json(r) for r in store.reviews(event_id)]
    return out


def mentions_with_documents(store: Any, event: Event) -> list[dict[str, Any]]:
    out = []
    for document, mention in event_reports(store, event):
        item = mention.to_json()
        item["id"] = mention.id
        item["document"] = document_json(document) if document else {"id": mention.document_id}
        out.append(item)
    return out


class ReviewBody(BaseModel):
    action: Literal["approve", "correct", "reject"]
    changes: dict[str, Any] = Field(default_factory=dict)
    comment: str = Field("", max_length=2000)


@router.post("/events/{event_id}/review", summary="Approve, correct or reject an event")
def review_event(request: Request, user: Writer, event_id: str, body: ReviewBody) -> dict[str, Any]:
    store = store_of(request)
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    unknown = set(body.changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise HTTPException(422, f"these fields cannot be corrected: {', '.join(sorted(unknown))}")
    before = {k: _plain(getattr(event, k)) for k in body.changes}
    review = Review("event", event_id, body.action, user.name, before=before, after=dict(body.changes),
                    comment=body.comment)
    saved = store.add_review(review)
    return {"review": review_json(saved), "event": event_json(store.event(event_id) or event, full=True)}


class MergeBody(BaseModel):
    ids: list[str] = Field(min_length=2, max_length=50)
    comment: str = Field("", max_length=2000)


@router.post("/events/merge", summary="Merge two or more events into one")
def merge_events(request: Request, user: Writer, body: MergeBody) -> dict[str, Any]:
    store = store_of(request)
    missing = [i for i in body.ids if store.event(i) is None]
    if missing:
        raise HTTPException(404, f"no event {missing[0]!r}")
    merged = store.merge_events(body.ids, user.name, body.comment)
    return {"event": event_json(merged, full=True)}


class SplitBody(BaseModel):
    mention_ids: list[str] = Field(min_length=1)
    comment: str = Field("", max_length=2000)


@router.post("/events/{event_id}/split", summary="Split mentions out of an event into a new event")
def split_event(request: Request, user: Writer, event_id: str, body: SplitBody) -> dict[str, Any]:
    store = store_of(request)
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    if not set(body.mention_ids) < set(event.mention_ids):
        raise HTTPException(422, "split needs some, but not all, of the event's own mention ids")
    parts = store.split_event(event_id, body.mention_ids, user.name, body.comment)
    return {"events": [event_json(e) for e in parts]}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


# ---- observations and indicators ----------------------------------------------------------------

@router.get("/observations", summary="Prices, shortages, service status, displacement, evacuations, supply")
def list_observations(request: Request, _: Reader, kind: str | None = None, date_from: date | None = None,
                      date_to: date | None = None, location: str | None = None, admin1: str | None = None,
                      commodity: str | None = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    flt = ObservationFilter(kind=kind, date_from=date_from, date_to=date_to, location=location,
                            admin1=admin1, commodity=commodity)
    items = store_of(request).observations(flt)
    return page([observation_json(o) for o in items[offset:offset + limit]], len(items), limit, offset)


@router.get("/indicators/prices", summary="Price series per commodity and place")
def price_series(request: Request, _: Reader, commodity: str | None = None) -> dict[str, Any]:
    flt = ObservationFilter(kind="price", commodity=commodity)
    series: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in sorted(store_of(request).observations(flt), key=lambda o: (o.date or date.min)):
        name = f"{o.values.get('commodity', '?')} — {o.location or o.country or 'unknown place'}"
        series[name].append({"date": o.date.isoformat() if o.date else None, "value": o.values.get("value"),
                             "currency": o.values.get("currency"), "unit": o.values.get("unit"),
                             "id": o.id, "document_id": o.document_id})
    return {"series": series}


# ---- documents ------------------------------------------------------------------------------------

@router.get("/documents", summary="Documents with their status; q searches the full text")
def list_documents(request: Request, _: Reader, status: str | None = None, q: str | None = None,
                   limit: int = 100, offset: int = 0) -> dict[str, Any]:
    store = store_of(request)
    limit = max(1, min(limit, MAX_PAGE))
    docs = store.documents(status=status, q=q, limit=limit, offset=offset)
    total = len(docs) + offset if q else store.count_documents(status=status)
    return page([document_json(d) for d in docs], total, limit, offset)


@router.get("/documents/{document_id}", summary="One document with its text")
def get_document(request: Request, _: Reader, document_id: str) -> dict[str, Any]:
    document = store_of(request).document(document_id)
    if document is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return document_json(document, with_text=True)


@router.post("/documents", summary="Upload a report (text, HTML, PDF, JSONL or a feed) to ingest")
async def upload_document(request: Request, user: Writer,
                          file: Annotated[UploadFile, File(description="the report")]) -> dict[str, Any]:
    from sahelwatch.process import ingest_paths

    name = Path(file.filename or "upload.txt").name
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(await file.read())
        summary = ingest_paths([path], store_of(request), source=f"upload by {user.name}")
    return {"summary": summary.as_dict() if hasattr(summary, "as_dict") else str(summary)}


# ---- reference data, reviews, alerts -------------------------------------------------------------

@router.get("/actors", summary="The actor catalogue")
def list_actors(_: Reader, q: str | None = None) -> dict[str, Any]:
    from sahelwatch.knowledge.actors import ActorCatalogue

    catalogue = ActorCatalogue.load().actors
    actors = list(catalogue.values()) if isinstance(catalogue, dict) else list(catalogue)
    if q:
        needle = q.lower()
        actors = [a for a in actors if needle in a.name.lower() or any(needle in x.lower() for x in a.aliases)]
    items = [{"id": a.id, "name": a.name, "inter": a.inter, "country": a.country, "parent": a.parent,
              "aliases": a.aliases} for a in actors]
    return page(items, len(items), len(items), 0)


@router.get("/places", summary="Search the gazetteer by name")
def search_places(_: Reader, q: str, country: str | None = None, limit: int = 20) -> dict[str, Any]:
    from sahelwatch.knowledge.gazetteer import Gazetteer

    places = Gazetteer.load().lookup(q, country=country)[: max(1, min(limit, 100))]
    items = [{"id": p.id, "name": p.name, "latitude": p.latitude, "longitude": p.longitude,
              "country": p.country, "admin1": p.admin1, "admin2": p.admin2, "feature_code": p.feature_code}
             for p in places]
    return page(items, len(items), limit, 0)


@router.get("/reviews", summary="The review history, newest first")
def list_reviews(request: Request, _: Reader, target_id: str | None = None) -> dict[str, Any]:
    items = [review_json(r) for r in store_of(request).reviews(target_id)]
    return page(items, len(items), len(items), 0)


@router.get("/alerts", summary="Alerts with their evidence and state")
def list_alerts(request: Request, _: Reader, since: date | None = None, state: str | None = None):
    from dataclasses import asdict

    items = []
    for a in store_of(request).alerts(since=since, state=state):
        item = asdict(a)
        item["fired_on"] = a.fired_on.isoformat()
        items.append(item)
    return page(items, len(items), len(items), 0)


class AlertStateBody(BaseModel):
    state: Literal["new", "seen", "dismissed"]


@router.post("/alerts/{alert_id}/state", summary="Mark an alert seen or dismissed")
def set_alert_state(request: Request, user: Writer, alert_id: str, body: AlertStateBody) -> dict[str, str]:
    store_of(request).set_alert_state(alert_id, body.state, user.name)
    return {"id": alert_id, "state": body.state}


# ---- exports --------------------------------------------------------------------------------------

EXPORT_TYPES = {"acled-csv": ("text/csv", "csv"), "geojson": ("application/geo+json", "geojson"),
                "json": ("application/json", "json")}


@router.get("/export", summary="The filtered events as ACLED-style CSV, GeoJSON or JSON")
def export(request: Request, _: Reader, query: Annotated[EventQuery, Depends()],
           format: Literal["acled-csv", "geojson", "json"] = "acled-csv") -> Response:
    from sahelwatch.export import render_events

    events = store_of(request).events(query.to_filter())
    media, suffix = EXPORT_TYPES[format]
    body = render_events(events, format)
    headers = {"Content-Disposition": f'attachment; filename="sahelwatch-events.{suffix}"'}
    return Response(body, media_type=media, headers=headers)


# ---- sessions -------------------------------------------------------------------------------------

class LoginBody(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=500)


@router.post("/login", summary="Sign in; sets an HttpOnly session cookie")
def login(request: Request, response: Response, body: LoginBody) -> dict[str, str]:
    auth.check_csrf(request)
    record = store_of(request).verify_user(body.name, body.password)
    if not record:
        raise HTTPException(401, "wrong user name or password")
    user = auth.User(record["name"], record["role"])
    token = request.app.state.signer.session_token(user)
    response.set_cookie(auth.SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=request.app.state.secure_cookies, max_age=auth.SESSION_SECONDS)
    return {"name": user.name, "role": user.role}


@router.post("/logout", summary="Sign out")
def logout(request: Request, response: Response) -> dict[str, bool]:
    auth.check_csrf(request)
    response.delete_cookie(auth.SESSION_COOKIE)
    return {"signed_out": True}


@router.get("/me", summary="Who is signed in")
def me(request: Request) -> dict[str, Any]:
    user = auth.current_user(request)
    return {"name": user.name, "role": user.role} if user else {"name": None, "role": None}
