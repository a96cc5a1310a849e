"""The Store on a real database: SQLite always, PostgreSQL + PostGIS when make test started it."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from sqlalchemy import inspect

from sahelwatch.model import Alert, Document, Extraction, Mention, Observation, Review
from sahelwatch.store import EventFilter, ObservationFilter, Store
from sahelwatch.store.schema import metadata


def extraction(n: int, text: str | None = None, fatalities: int = 3) -> Extraction:
    text = text or f"Report {n}: gunmen attacked a convoy near Kayes, killing {fatalities}."
    doc = Document.from_text(text,
                             language="en", published=date(2025, 11, 10 + n % 5), source=f"wire {n}")
    mention = Mention("Battles", "Armed clash", event_date=date(2025, 11, 9),
                      actor1="JNIM: Group for Support of Islam and Muslims",
                      actor2="Military Forces of Mali (2021-)", country="Mali",
                      admin1="Kayes", admin2="Kayes", location="Kayes", latitude=14.45, longitude=-11.44,
                      geo_precision=1, fatalities=fatalities, confidence=0.8,
                      evidence={"event_type": [(10, 25)], "fatalities": [(50, 60)]},
                      id=f"{doc.id}:m0", document_id=doc.id)
    obs = Observation("price", date=date(2025, 11, 9), country="Mali", location="Kayes",
                      values={"commodity": "diesel", "value": 1500, "currency": "XOF", "unit": "litre"},
                      evidence={"value": [(0, 4)]}, id=f"{doc.id}:o0", document_id=doc.id)
    return Extraction(doc, [mention], [obs])


def test_migrated_schema_matches_the_metadata(db_url):
    store = Store(db_url)
    tables = set(inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= tables
    for name, table in metadata.tables.items():
        columns = {c["name"] for c in inspect(store.engine).get_columns(name)}
        assert set(table.columns.keys()) == columns, name


def test_round_trip_with_evidence(db_url):
    store = Store(db_url)
    x = extraction(1)
    store.save_extraction(x)
    assert store.has_document(x.document.id)
    [m] = store.mentions(x.document.id)
    assert m.evidence == {"event_type": [(10, 25)], "fatalities": [(50, 60)]} and m.fatalities == 3
    [o] = store.observations(ObservationFilter(kind="price"))
    assert o.values["value"] == 1500 and o.evidence == {"value": [(0, 4)]}
    assert store.rebuild_events() == 1
    [event] = store.events()
    assert event.mention_ids == [m.id] and store.event(event.id).mention_ids == [m.id]
    assert store.event(event.id).claims_by_field["fatalities"][0].value == 3


def test_a_failed_save_leaves_nothing_half_written(db_url):
    store = Store(db_url)
    good = extraction(1)
    store.save_extraction(good)
    bad = extraction(2)
    bad.mentions.append(bad.mentions[0])  # a duplicate primary key fails inside the transaction
    with pytest.raises(Exception):  # noqa: B017 - the driver's IntegrityError differs by engine
        store.save_extraction(bad)
    assert not store.has_document(bad.document.id)
    assert [m.document_id for m in store.mentions()] == [good.document.id]


def test_reextraction_replaces_a_documents_mentions(db_url):
    store = Store(db_url)
    x = extraction(1)
    store.save_extraction(x)
    x.mentions[0].fatalities = 9
    store.save_extraction(x)
    assert [m.fatalities for m in store.mentions()] == [9]


def test_filters(db_url):
    store = Store(db_url)
    for n in range(4):
        store.save_extraction(extraction(n, fatalities=n))
    store.rebuild_events()
    assert store.count_events(EventFilter(actor="jnim")) == store.count_events() > 0
    assert store.count_events(EventFilter(admin1="kayes", event_type="Battles")) == store.count_events()
    assert store.count_events(EventFilter(date_from=date(2025, 12, 1))) == 0
    assert store.count_events(EventFilter(q="convoy")) == store.count_events()
    assert store.count_events(EventFilter(q="helicopter")) == 0
    assert [d.source for d in store.search_documents("convoy Kayes")]


def test_corrections_and_merges_survive_a_rebuild(db_url):
    store = Store(db_url)
    a, b = extraction(1), extraction(2, text="Another wire: an attack near Kayes killed 5.", fatalities=5)
    b.mentions[0].event_date = date(2025, 10, 1)  # a different event, so the merge stage keeps it apart
    store.save_extraction(a)
    store.save_extraction(b)
    store.rebuild_events()
    first, second = sorted(store.events(), key=lambda e: e.event_date)
    store.add_review(Review("event", second.id, "correct", "ana", before={"fatalities": 3},
                            after={"fatalities": 4}, comment="hospital figure"))
    merged = store.merge_events([first.id, second.id], "ana", "same ambush")
    assert len(store.events()) == 1
    assert sorted(merged.mention_ids) == sorted([a.mentions[0].id, b.mentions[0].id])
    store.rebuild_events()
    [event] = store.events()
    assert len(store.event(event.id).mention_ids) == 2
    history = store.reviews()
    assert [r.action for r in history] == ["merge", "correct"] and history[1].user == "ana"


def test_split_and_reject(db_url):
    store = Store(db_url)
    a, b = extraction(1), extraction(2)
    store.save_extraction(a)
    store.save_extraction(b)
    store.rebuild_events()
    ids = [e.id for e in store.events()]
    if len(ids) == 2:
        store.merge_events(ids, "ana")
    [event] = store.events()
    parts = store.split_event(event.id, [b.mentions[0].id], "ana", "two ambushes")
    assert len(parts) == 2 and store.count_events() == 2
    store.add_review(Review("event", parts[0].id, "reject", "ana"))
    assert store.count_events() == 1, "rejected events are hidden by default"
    assert store.count_events(EventFilter(review_state="rejected")) == 1


def test_alerts_keep_the_analysts_state(db_url):
    store = Store(db_url)
    alert = Alert("corridor_attacks", "3 attacks on Dakar–Bamako in 7 days", date(2025, 11, 10),
                  place="Kayes", evidence={"events": ["ev-1"]}, id="a-1")
    store.save_alerts([alert])
    store.set_alert_state("a-1", "dismissed", "ana")
    store.save_alerts([alert])  # fired again by the next run
    [again] = store.alerts()
    assert again.state == "dismissed" and again.evidence == {"events": ["ev-1"]}
    with pytest.raises(KeyError):
        store.set_alert_state("nope", "seen", "ana")


def test_users_hash_passwords(db_url):
    store = Store(db_url)
    store.add_user("ana", "correct horse battery", "analyst")
    assert store.verify_user("ana", "correct horse battery") == {"name": "ana", "role": "analyst"}
    assert store.verify_user("ana", "wrong password") is None
    with pytest.raises(ValueError):
        store.add_user("bob", "long enough pass", "superuser")
    from sahelwatch.store.schema import users

    with store.engine.connect() as c:
        stored = c.execute(users.select()).mappings().one()["password_hash"]
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


def _ingest_worker(args: tuple[str, int]) -> None:
    url, worker = args
    store = Store(url)
    for n in range(12):
        store.save_extraction(extraction(n))  # every worker saves the same 12 documents
        store.save_extraction(extraction(100 * (worker + 1) + n))  # and 12 of its own


def test_concurrent_ingest_processes_lose_and_duplicate_nothing(db_url):
    Store(db_url)  # migrate once before the race
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        pool.map(_ingest_worker, [(db_url, w) for w in range(3)])
    store = Store(db_url)
    assert store.count_documents() == 12 + 3 * 12
    assert len(store.mentions()) == 12 + 3 * 12
