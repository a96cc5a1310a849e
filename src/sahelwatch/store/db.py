"""The Store: one class that owns the database, with methods named for what a user wants.

    store = Store("sqlite:///sahelwatch.db")          # or postgresql://user:pw@host/db
    store.save_extraction(extraction)                  # one transaction per document
    store.rebuild_events()                             # merge mentions into events, re-apply reviews
    store.events(EventFilter(admin1="Kayes"))

Opening a Store migrates the database to the newest schema (Alembic). SQLite runs in WAL mode with a
busy timeout, so several ingest processes and the web server can share one file.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from sahelwatch.model import Alert, Claim, Document, Event, Extraction, Mention, Observation, Review
from sahelwatch.store import schema as t
from sahelwatch.store.filters import EventFilter, ObservationFilter
from sahelwatch.store.passwords import hash_password, verify_password

DEFAULT_URL = "sqlite:///sahelwatch.db"
MIGRATIONS = Path(__file__).parent / "migrations"
MENTION_FIELDS = [f.name for f in fields(Mention) if f.name not in ("evidence", "claims")]
EVENT_COLUMNS = [c.name for c in t.events.columns]
ROLES = ("viewer", "analyst", "admin")


def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINTs (a failed nested write could leave the
    # outer transaction half-committed); SQLAlchemy's documented fix is to emit BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, writer: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # Writers take the write lock up front (IMMEDIATE), so concurrent writers wait (busy_timeout)
        # instead of failing when a read transaction tries to upgrade. Readers use a deferred BEGIN on
        # their own engine, so under WAL they never wait for a writer or for each other.
        begin = "BEGIN IMMEDIATE" if writer else "BEGIN"
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = url or DEFAULT_URL
        self.engine = make_engine(self.url)
        self.dialect_name = self.engine.dialect.name
        self.writer = make_engine(self.url, writer=True) if self.dialect_name == "sqlite" else self.engine
        migrate(self.writer)

    # ---- documents, mentions, observations ------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as c:
            return c.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def save_document(self, document: Document) -> None:
        with self.writer.begin() as c:
            self._put_document(c, document)

    def save_extraction(self, extraction: Extraction) -> None:
        """The document, its mentions, observations and evidence, in one transaction: a crash leaves
        either all of it or none of it, and a re-extraction replaces the document's previous ones."""
        document = extraction.document
        with self.writer.begin() as c:
            self._put_document(c, document)
            for table in (t.evidence, t.mentions, t.observations):
                c.execute(delete(table).where(table.c.document_id == document.id))
            if extraction.mentions:
                c.execute(insert(t.mentions), [_mention_row(m) for m in extraction.mentions])
            if extraction.observations:
                c.execute(insert(t.observations), [_observation_row(o) for o in extraction.observations])
            spans = _evidence_rows("mention", extraction.mentions, document.id) + \
                _evidence_rows("observation", extraction.observations, document.id)
            if spans:
                c.execute(insert(t.evidence), spans)
            self._put_places(c, extraction.mentions)
            if document.status == "ok":
                self._supersede(c, document)

    def _supersede(self, c: Connection, document: Document) -> None:
        """A changed version of a stored report (same URL, or same file and line id, new content) replaces
        the old one's mentions and observations; the old text stays, marked superseded, so nothing a user
        gave is lost and no event is counted twice."""
        d = t.documents.c
        if document.url:
            same = d.url == document.url
        elif document.path:
            same = (d.path == document.path) & (
                d.external_id == document.external_id if document.external_id else d.external_id.is_(None))
        else:
            return
        old = [r[0] for r in c.execute(select(d.id).where(same, d.id != document.id))]
        if not old:
            return
        for table in (t.evidence, t.mentions, t.observations):
            c.execute(delete(table).where(table.c.document_id.in_(old)))
        c.execute(update(t.documents).where(d.id.in_(old), d.status == "ok")
                  .values(reason=f"superseded by {document.id} (a newer version of the same report)"))

    def _put_document(self, c: Connection, document: Document) -> None:
        row = {f.name: getattr(document, f.name) for f in fields(Document)}
        row["text"] = row["text"].replace("\x00", "")  # PostgreSQL text cannot hold NUL
        exists = c.execute(select(t.documents.c.id).where(t.documents.c.id == document.id)).first()
        if exists:
            c.execute(update(t.documents).where(t.documents.c.id == document.id).values(**row))
            return
        try:
            with c.begin_nested():
                c.execute(insert(t.documents).values(**row))
        except IntegrityError:  # another process stored the same content a moment ago
            c.execute(update(t.documents).where(t.documents.c.id == document.id).values(**row))

    def _put_places(self, c: Connection, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            if not m.location or m.latitude is None:
                continue
            key = f"{m.location}|{m.latitude:.4f}|{m.longitude:.4f}"[:80]
            if c.execute(select(t.places.c.id).where(t.places.c.id == key)).first() is None:
                try:
                    with c.begin_nested():
                        c.execute(insert(t.places).values(id=key, name=m.location, latitude=m.latitude,
                                                          longitude=m.longitude, country=m.country,
                                                          admin1=m.admin1, admin2=m.admin2))
                except IntegrityError:
                    pass

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as c:
            row = c.execute(select(t.documents).where(t.documents.c.id == doc_id)).mappings().first()
        return Document(**row) if row else None

    def documents(self, status: str | None = None, q: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[Document]:
        query = select(t.documents).order_by(t.documents.c.published.desc(), t.documents.c.id)
        if status:
            query = query.where(t.documents.c.status == status)
        if q:
            query = query.where(t.documents.c.id.in_(self._search_ids(q)))
        with self.engine.connect() as c:
            rows = c.execute(query.limit(limit).offset(offset)).mappings().all()
        return [Document(**r) for r in rows]

    def count_documents(self, status: str | None = None) -> int:
        query = select(func.count()).select_from(t.documents)
        if status:
            query = query.where(t.documents.c.status == status)
        with self.engine.connect() as c:
            return int(c.execute(query).scalar_one())

    def search_documents(self, q: str, limit: int = 50) -> list[Document]:
        return self.documents(q=q, limit=limit)

    def _search_ids(self, q: str) -> list[str]:
        """Document ids whose title or text match `q` (all words), by the engine's own full-text index."""
        words = [w for w in "".join(ch if ch.isalnum() else " " for ch in q).split() if w]
        if not words:
            return []
        with self.engine.connect() as c:
            if self.dialect_name == "sqlite":
                match = " AND ".join(f'"{w}"' for w in words)
                sql = text("SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                           "WHERE documents_fts MATCH :m")
                return [r[0] for r in c.execute(sql, {"m": match})]
            sql = text("SELECT id FROM documents WHERE "
                       "to_tsvector('simple', coalesce(title, '') || ' ' || text)"
                       " @@ plainto_tsquery('simple', :q)")
            return [r[0] for r in c.execute(sql, {"q": " ".join(words)})]

    def mentions(self, document_id: str | None = None) -> list[Mention]:
        query = select(t.mentions).order_by(t.mentions.c.document_id, t.mentions.c.id)
        if document_id:
            query = query.where(t.mentions.c.document_id == document_id)
        with self.engine.connect() as c:
            rows = c.execute(query).mappings().all()
            spans = self._evidence(c, "mention", document_id)
        return [_mention_from(r, spans.get(r["id"], {})) for r in rows]

    def _evidence(self, c: Connection, owner_type: str, document_id: str | None) -> dict[str, dict]:
        query = select(t.evidence).where(t.evidence.c.owner_type == owner_type).order_by(t.evidence.c.id)
        if document_id:
            query = query.where(t.evidence.c.document_id == document_id)
        out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for r in c.execute(query).mappings():
            out[r["owner_id"]][r["field"]].append((r["start"], r["end"]))
        return {k: dict(v) for k, v in out.items()}

    def observations(self, filters: ObservationFilter | None = None, limit: int | None = None,
                     offset: int = 0) -> list[Observation]:
        f = filters or ObservationFilter()
        query = select(t.observations).order_by(t.observations.c.date, t.observations.c.id)
        o = t.observations.c
        conditions = {"kind": lambda v: o.kind == v, "admin1": lambda v: o.admin1 == v,
                      "date_from": lambda v: o.date >= v, "date_to": lambda v: o.date <= v,
                      "location": lambda v: o.location == v}
        for name, condition in conditions.items():
            if getattr(f, name) not in (None, ""):
                query = query.where(condition(getattr(f, name)))
        with self.engine.connect() as c:
            rows = c.execute(query).mappings().all()
            spans = self._evidence(c, "observation", None)
        out = [_observation_from(r, spans.get(r["id"], {})) for r in rows]
        if f.commodity:
            out = [o for o in out if str(o.values.get("commodity", "")).lower() == f.commodity.lower()]
        return out[offset: offset + limit if limit else None]

    def observation(self, observation_id: str) -> Observation | None:
        with self.engine.connect() as c:
            query = select(t.observations).where(t.observations.c.id == observation_id)
            row = c.execute(query).mappings().first()
            spans = self._evidence(c, "observation", row["document_id"]) if row else {}
        return _observation_from(row, spans.get(observation_id, {})) if row else None

    # ---- events ---------------------------------------------------------------------------------------

    def rebuild_events(self) -> int:
        """Merge every mention into events (dedup), replace the events in one transaction, then replay the
        stored reviews (merges, splits, corrections) so human work survives re-extraction."""
        from sahelwatch.dedup import merge_mentions

        merged = merge_mentions(self.mentions())
        with self.writer.begin() as c:
            for table in (t.claims, t.event_mentions, t.events):
                c.execute(delete(table))
            self._insert_events(c, merged)
            for review in self._reviews(c, target_type="event", oldest_first=True):
                self._replay(c, review)
        return self.count_events(EventFilter(include_rejected=True))

    def _insert_events(self, c: Connection, events: list[Event]) -> None:
        if not events:
            return
        c.execute(insert(t.events), [_event_row(e) for e in events])
        c.execute(insert(t.event_mentions), [{"event_id": e.id, "mention_id": m} for e in events
                                              for m in dict.fromkeys(e.mention_ids)])
        claim_rows = [_claim_row(e.id, cl) for e in events
                      for cls in e.claims_by_field.values() for cl in cls]
        if claim_rows:
            c.execute(insert(t.claims), claim_rows)

    def events(self, filters: EventFilter | None = None, limit: int | None = None, offset: int = 0,
               order: str = "date") -> list[Event]:
        query = self._event_query(select(t.events), filters or EventFilter())
        ordering = {"date": (t.events.c.event_date.desc(), t.events.c.id),
                    "fatalities": (t.events.c.fatalities.desc(), t.events.c.id)}
        query = query.order_by(*ordering.get(order, ordering["date"])).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as c:
            rows = c.execute(query).mappings().all()
            found = [_event_from(r) for r in rows]
            # The mention ids (how many reports) come along; claims and evidence only with event(id).
            em = t.event_mentions.c
            links = select(em.event_id, em.mention_id).order_by(em.event_id, em.mention_id)
            if limit is not None:
                links = links.where(em.event_id.in_([e.id for e in found]))
            by_event: dict[str, list[str]] = {}
            for event_id, mention_id in c.execute(links):
                by_event.setdefault(event_id, []).append(mention_id)
        for e in found:
            e.mention_ids = by_event.get(e.id, [])
        return found

    def event_points(self, filters: EventFilter | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Only what a map needs of each located event: one light query instead of whole Events."""
        e = t.events.c
        columns = (e.id, e.latitude, e.longitude, e.event_type, e.sub_event_type, e.fatalities, e.event_date,
                   e.location)
        query = self._event_query(select(*columns), filters or EventFilter()).where(e.latitude.is_not(None))
        query = query.order_by(e.event_date.desc(), e.id).limit(limit)
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(query).mappings()]

    def event_counts_by_day(self, filters: EventFilter | None = None) -> list[tuple[date, str, int, int]]:
        """(day, event type, events, fatalities) for the matching events, counted by the database."""
        e = t.events.c
        query = select(e.event_date, e.event_type, func.count(), func.coalesce(func.sum(e.fatalities), 0))
        query = self._event_query(query, filters or EventFilter()).where(e.event_date.is_not(None))
        query = query.group_by(e.event_date, e.event_type).order_by(e.event_date)
        with self.engine.connect() as c:
            return [(r[0], r[1], int(r[2]), int(r[3])) for r in c.execute(query)]

    def count_events(self, filters: EventFilter | None = None) -> int:
        query = self._event_query(select(func.count()).select_from(t.events), filters or EventFilter())
        with self.engine.connect() as c:
            return int(c.execute(query).scalar_one())

    def _event_query(self, query: Any, f: EventFilter) -> Any:
        e = t.events.c
        simple = {"date_from": lambda v: e.event_date >= v, "date_to": lambda v: e.event_date <= v,
                  "event_type": lambda v: e.event_type == v,
                  "sub_event_type": lambda v: e.sub_event_type == v,
                  "country": lambda v: e.country == v, "admin1": lambda v: func.lower(e.admin1) == v.lower(),
                  "admin2": lambda v: func.lower(e.admin2) == v.lower(),
                  "min_confidence": lambda v: e.confidence >= v,
                  "review_state": lambda v: e.review_state == v}
        for name, condition in simple.items():
            if getattr(f, name) not in (None, ""):
                query = query.where(condition(getattr(f, name)))
        if not f.include_rejected and not f.review_state:
            query = query.where(e.review_state != "rejected")
        if f.actor:
            pattern = f"%{f.actor.lower()}%"
            query = query.where(or_(*(func.lower(col).like(pattern) for col in
                                      (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2))))
        if f.bbox:
            west, south, east, north = f.bbox
            query = query.where(e.longitude.between(west, east), e.latitude.between(south, north))
        if f.q:
            documents = self._search_ids(f.q)
            mention_ids = select(t.mentions.c.id).where(t.mentions.c.document_id.in_(documents))
            em = t.event_mentions.c
            event_ids = select(em.event_id).where(em.mention_id.in_(mention_ids))
            query = query.where(e.id.in_(event_ids))
        return query

    def event(self, event_id: str) -> Event | None:
        with self.engine.connect() as c:
            row = c.execute(select(t.events).where(t.events.c.id == event_id)).mappings().first()
            if row is None:
                return None
            event_ = _event_from(row)
            event_.mention_ids = [r[0] for r in c.execute(
                select(t.event_mentions.c.mention_id).where(t.event_mentions.c.event_id == event_id)
                .order_by(t.event_mentions.c.mention_id))]
            for r in c.execute(select(t.claims).where(t.claims.c.event_id == event_id).order_by(t.claims.c.id)
                               ).mappings():
                event_.claims_by_field.setdefault(r["field"], []).append(
                    Claim(r["field"], r["value"], r["mention_id"], r["document_id"], r["source"],
                          [tuple(s) for s in r["evidence"]]))
        return event_

    # ---- reviews ---------------------------------------------------------------------------------------

    def add_review(self, review: Review) -> Review:
        """Record a human change and apply it, in one transaction."""
        with self.writer.begin() as c:
            review.id = c.execute(insert(t.reviews).values(**_review_row(review))).inserted_primary_key[0]
            self._replay(c, review)
        return review

    def merge_events(self, ids: list[str], user: str, comment: str = "") -> Event:
        mention_ids = sorted({m for i in ids for m in (self.event(i) or Event("", "")).mention_ids})
        review = Review("event", ids[0], "merge", user, before={"events": ids},
                        after={"mention_ids": mention_ids}, comment=comment)
        self.add_review(review)
        return self.event(self._event_of(mention_ids[0]))  # type: ignore[return-value]

    def split_event(self, event_id: str, mention_ids: list[str], user: str, comment: str = "") -> list[Event]:
        review = Review("event", event_id, "split", user, before={"event": event_id},
                        after={"mention_ids": sorted(mention_ids)}, comment=comment)
        self.add_review(review)
        ids = {self._event_of(m) for m in mention_ids} | {event_id}
        return [e for e in (self.event(i) for i in sorted(ids)) if e]

    def reviews(self, target_id: str | None = None) -> list[Review]:
        with self.engine.connect() as c:
            return self._reviews(c, target_id=target_id)

    def _reviews(self, c: Connection, target_id: str | None = None, target_type: str | None = None,
                 oldest_first: bool = False) -> list[Review]:
        query = select(t.reviews).order_by(t.reviews.c.id if oldest_first else t.reviews.c.id.desc())
        if target_id:
            query = query.where(t.reviews.c.target_id == target_id)
        if target_type:
            query = query.where(t.reviews.c.target_type == target_type)
        return [Review(**r) for r in c.execute(query).mappings()]

    def _event_of(self, mention_id: str, c: Connection | None = None) -> str:
        query = select(t.event_mentions.c.event_id).where(t.event_mentions.c.mention_id == mention_id)
        if c is not None:
            return c.execute(query).scalar_one()
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def _replay(self, c: Connection, review: Review) -> None:
        """Apply one review to the current events; a review whose event no longer exists is kept in the
        history but changes nothing."""
        if review.target_type != "event":
            return
        if review.action == "merge":
            self._apply_merge(c, review.after.get("mention_ids", []))
        elif review.action == "split":
            self._apply_split(c, review.target_id, review.after.get("mention_ids", []))
        else:
            state = {"approve": "approved", "reject": "rejected", "correct": "corrected"}[review.action]
            values = {k: _column_value(k, v) for k, v in review.after.items() if k in EVENT_COLUMNS}
            c.execute(update(t.events).where(t.events.c.id == review.target_id).values(review_state=state,
                                                                                       **values))

    def _apply_merge(self, c: Connection, mention_ids: list[str]) -> None:
        owners = sorted({r[0] for r in c.execute(select(t.event_mentions.c.event_id)
                                                  .where(t.event_mentions.c.mention_id.in_(mention_ids)))})
        if len(owners) < 2:
            return
        keep, others = owners[0], owners[1:]
        total = c.execute(select(func.count()).select_from(t.event_mentions)
                          .where(t.event_mentions.c.event_id.in_(owners))).scalar_one()
        for table in (t.event_mentions, t.claims):
            c.execute(update(table).where(table.c.event_id.in_(others)).values(event_id=keep))
        c.execute(delete(t.events).where(t.events.c.id.in_(others)))
        c.execute(update(t.events).where(t.events.c.id == keep).values(mention_count=total))

    def _apply_split(self, c: Connection, event_id: str, mention_ids: list[str]) -> None:
        owned = set(r[0] for r in c.execute(select(t.event_mentions.c.mention_id)
                                             .where(t.event_mentions.c.event_id == event_id)))
        moving = sorted(owned & set(mention_ids))
        if not moving or len(moving) == len(owned):
            return
        row = dict(c.execute(select(t.events).where(t.events.c.id == event_id)).mappings().one())
        new_id = "ev-s" + hashlib.sha1("|".join(moving).encode()).hexdigest()[:12]
        source = c.execute(select(t.mentions).where(t.mentions.c.id == moving[0])).mappings().one()
        row.update({k: source[k] for k in source if k in EVENT_COLUMNS and k != "id"})
        row.update(id=new_id, document_id=source["document_id"], mention_count=len(moving), rules={})
        c.execute(insert(t.events).values(**row))
        for table in (t.event_mentions, t.claims):
            c.execute(update(table).where(table.c.event_id == event_id, table.c.mention_id.in_(moving))
                      .values(event_id=new_id))
        c.execute(update(t.events).where(t.events.c.id == event_id)
                  .values(mention_count=len(owned) - len(moving)))

    # ---- alerts ----------------------------------------------------------------------------------------

    def save_alerts(self, alerts: list[Alert]) -> None:
        """Upsert by id; an alert fired again keeps the state an analyst gave it (a withdrawn one is new
        again: its evidence is back)."""
        with self.writer.begin() as c:
            for a in alerts:
                row = {"id": a.id, "rule": a.rule, "title": a.title, "fired_on": a.fired_on, "place": a.place,
                       "severity": a.severity, "evidence": a.evidence, "detail": a.detail}
                found = c.execute(select(t.alerts.c.state).where(t.alerts.c.id == a.id)).first()
                if found is None:
                    c.execute(insert(t.alerts).values(**row, state=a.state))
                    continue
                if found.state == "withdrawn":
                    row["state"] = "new"
                c.execute(update(t.alerts).where(t.alerts.c.id == a.id).values(**row))

    def retire_alerts(self, fired: set[str], since: date | None = None,
                      expire_before: date | None = None) -> dict[str, int]:
        """Alerts of the rerun range (fired on or after `since`) that no longer fire become `withdrawn`
        (their evidence was rejected, merged away or the rule changed); `new` alerts that fired before
        `expire_before` become `expired`. Seen and dismissed alerts keep the analyst's state; nothing is
        deleted."""
        open_states = ("new", "seen")
        stale = select(t.alerts.c.id).where(t.alerts.c.state.in_(open_states))
        if since:
            stale = stale.where(t.alerts.c.fired_on >= since)
        with self.writer.begin() as c:
            gone = [r.id for r in c.execute(stale) if r.id not in fired]
            withdrawn = 0
            for chunk in range(0, len(gone), 500):
                withdrawn += c.execute(update(t.alerts).where(t.alerts.c.id.in_(gone[chunk:chunk + 500]))
                                       .values(state="withdrawn")).rowcount
            expired = 0
            if expire_before:
                expired = c.execute(update(t.alerts).where(t.alerts.c.state == "new",
                                                           t.alerts.c.fired_on < expire_before)
                                    .values(state="expired")).rowcount
        return {"withdrawn": withdrawn, "expired": expired}

    def alerts(self, since: date | None = None, state: str | None = None) -> list[Alert]:
        """Stored alerts, newest first; `state` is one state, or "open" for new and seen ones."""
        query = select(t.alerts).order_by(t.alerts.c.fired_on.desc(), t.alerts.c.id)
        if since:
            query = query.where(t.alerts.c.fired_on >= since)
        if state == "open":
            query = query.where(t.alerts.c.state.in_(("new", "seen")))
        elif state:
            query = query.where(t.alerts.c.state == state)
        with self.engine.connect() as c:
            rows = c.execute(query).mappings().all()
        return [Alert(**{k: v for k, v in r.items() if k != "updated_by"}) for r in rows]

    def set_alert_state(self, alert_id: str, state: str, user: str) -> None:
        if state not in ("new", "seen", "dismissed"):
            raise ValueError(f"alert state must be new, seen or dismissed, not {state!r}")
        with self.writer.begin() as c:
            done = c.execute(update(t.alerts).where(t.alerts.c.id == alert_id)
                             .values(state=state, updated_by=user)).rowcount
        if not done:
            raise KeyError(f"no alert {alert_id!r}")

    # ---- users -----------------------------------------------------------------------------------------

    def add_user(self, name: str, password: str, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        row = {"name": name, "password_hash": hash_password(password), "role": role,
               "created": datetime.now(UTC)}
        with self.writer.begin() as c:
            if c.execute(select(t.users.c.name).where(t.users.c.name == name)).first():
                c.execute(update(t.users).where(t.users.c.name == name).values(**row))
            else:
                c.execute(insert(t.users).values(**row))

    def get_user(self, name: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        return {"name": row["name"], "role": row["role"]} if row else None

    def verify_user(self, name: str, password: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(select(t.users).where(t.users.c.name == name)).mappings().first()
        if row is None or not verify_password(row["password_hash"], password):
            return None
        return {"name": row["name"], "role": row["role"]}


# ---- rows <-> model objects ---------------------------------------------------------------------------

def _mention_row(m: Mention) -> dict[str, Any]:
    row = {k: getattr(m, k) for k in MENTION_FIELDS if k in t.mentions.c}
    row["claims"] = m.claims
    return row


def _mention_from(row: Any, spans: dict) -> Mention:
    values = {k: row[k] for k in MENTION_FIELDS if k in row}
    return Mention(**values, evidence=spans, claims=row["claims"] or {})


def _observation_row(o: Observation) -> dict[str, Any]:
    return {c.name: getattr(o, c.name) for c in t.observations.c}


def _observation_from(row: Any, spans: dict) -> Observation:
    return Observation(**dict(row), evidence=spans)


def _evidence_rows(owner_type: str, items: Iterable[Mention | Observation], document_id: str) -> list[dict]:
    return [{"owner_type": owner_type, "owner_id": item.id, "document_id": document_id, "field": name,
             "start": int(s), "end": int(e)}
            for item in items for name, spans in item.evidence.items() for s, e in spans]


def _event_row(e: Event) -> dict[str, Any]:
    row = {k: getattr(e, k) for k in EVENT_COLUMNS if k not in ("evidence", "mention_count")}
    row["evidence"] = {k: [list(s) for s in v] for k, v in e.evidence.items()}
    row["mention_count"] = len(e.mention_ids)
    return row


def _event_from(row: Any) -> Event:
    values = {k: row[k] for k in EVENT_COLUMNS if k not in ("evidence", "mention_count")}
    event_ = Event(**values)
    event_.evidence = {k: [tuple(s) for s in v] for k, v in (row["evidence"] or {}).items()}
    return event_


def _claim_row(event_id: str, claim: Claim) -> dict[str, Any]:
    value = claim.value.isoformat() if isinstance(claim.value, date) else claim.value
    return {"event_id": event_id, "field": claim.field, "value": value, "mention_id": claim.mention_id,
            "document_id": claim.document_id, "source": claim.source,
            "evidence": [list(s) for s in claim.evidence]}


def _review_row(r: Review) -> dict[str, Any]:
    return {"target_type": r.target_type, "target_id": r.target_id, "action": r.action, "user": r.user,
            "before": r.before, "after": r.after, "comment": r.comment, "at": r.at}


def _column_value(name: str, value: Any) -> Any:
    """A corrected value in its column's type (the API receives JSON)."""
    if name == "event_date" and isinstance(value, str):
        return date.fromisoformat(value)
    integers = ("time_precision", "inter1", "inter2", "geo_precision", "fatalities")
    if name in integers and value not in (None, ""):
        return int(value)
    if name in ("latitude", "longitude") and value not in (None, ""):
        return float(value)
    return value
