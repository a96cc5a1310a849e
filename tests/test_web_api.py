"""The JSON API against a real SQLite database filled by the real extractor from the sample reports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sahelwatch.model import ACLED_FIELDS, Document
from sahelwatch.process import ingest_paths

from conftest import PG_URL, fresh_postgres
from web_support import build_demo_store, client_for, csrf_header


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The demo database on SQLite, and on PostgreSQL when make test started the server."""
    if request.param == "sqlite":
        yield build_demo_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'demo.db'}")
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server: make test starts one (scripts/test_postgres.sh)")
    database = fresh_postgres()
    yield build_demo_store(next(database))
    next(database, None)


@pytest.fixture(scope="module")
def anon(store):
    return client_for(store)


def first_event(client) -> dict:
    items = client.get("/api/events?limit=5").json()["items"]
    assert items, "the demo database should hold events"
    return items[0]


def test_events_list_has_acled_fields_evidence_and_paging(anon):
    body = anon.get("/api/events?limit=3").json()
    assert body["total"] >= 10 and len(body["items"]) == 3 and body["limit"] == 3
    for event in body["items"]:
        assert set(ACLED_FIELDS) <= set(event)
        assert event["evidence"], "every event carries the spans that support it"
    second = anon.get("/api/events?limit=3&offset=3").json()["items"]
    assert {e["id"] for e in second}.isdisjoint({e["id"] for e in body["items"]})


def test_date_filter_narrows_the_list(anon):
    everything = anon.get("/api/events?limit=1000").json()
    dates = sorted(e["event_date"] for e in everything["items"] if e["event_date"])
    cut = dates[len(dates) // 2]
    later = anon.get(f"/api/events?date_from={cut}&limit=1000").json()
    assert 0 < later["total"] < everything["total"]
    assert all(e["event_date"] >= cut for e in later["items"])


def test_type_filter_and_map_and_timeline_agree(anon):
    typed = anon.get("/api/events?event_type=Battles&limit=1000").json()
    assert all(e["event_type"] == "Battles" for e in typed["items"])
    points = anon.get("/api/events/map?event_type=Battles").json()
    located = [e for e in typed["items"] if e["latitude"] is not None]
    assert len(points.get("id", [])) == len(located)
    timeline = anon.get("/api/events/timeline?event_type=Battles").json()
    assert sum(sum(v) for v in timeline["series"].values()) == sum(1 for e in typed["items"] if e["event_date"])


def test_event_detail_has_mentions_with_document_and_evidence(anon):
    event = first_event(anon)
    detail = anon.get(f"/api/events/{event['id']}").json()
    assert detail["mentions"], "an event links to the reports that mention it"
    mention = detail["mentions"][0]
    assert mention["document"]["id"] and mention["evidence"]
    text = anon.get(f"/api/documents/{mention['document']['id']}").json()["text"]
    start, end = next(iter(mention["evidence"].values()))[0]
    assert 0 <= start < end <= len(text)


def test_observations_and_prices(anon):
    observations = anon.get("/api/observations?limit=1000").json()["items"]
    kinds = {o["kind"] for o in observations}
    assert {"price", "service", "displacement"} <= kinds
    prices = anon.get("/api/indicators/prices").json()["series"]
    assert prices and all(p["value"] is not None for s in prices.values() for p in s)


def test_openapi_documents_every_endpoint(anon):
    paths = anon.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/observations", "/api/documents",
                 "/api/actors", "/api/places", "/api/reviews", "/api/export", "/api/alerts"):
        assert path in paths


def test_errors_have_one_body_shape(anon):
    missing = anon.get("/api/events/ev-does-not-exist")
    assert missing.status_code == 404 and missing.json()["error"]["status"] == 404
    invalid = anon.get("/api/events?min_confidence=7")
    assert invalid.status_code == 422 and invalid.json()["error"]["message"][0]["field"]


WRITES = [
    ("post", "/api/events/{id}/review", {"action": "approve"}),
    ("post", "/api/events/merge", {"ids": ["{id}", "{id}"]}),
    ("post", "/api/events/{id}/split", {"mention_ids": ["x"]}),
    ("post", "/api/alerts/a-1/state", {"state": "seen"}),
]


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
@pytest.mark.parametrize(("user", "status"), [(None, 401), ("vic", 403)])
def test_anonymous_and_viewer_cannot_write(store, anon, method, path, body, user, status):
    client = client_for(store, user)
    event_id = first_event(anon)["id"]
    payload = json.loads(json.dumps(body).replace("{id}", event_id))
    response = getattr(client, method)(path.replace("{id}", event_id), json=payload, headers=csrf_header(client))
    assert response.status_code == status


@pytest.mark.parametrize("user", [None, "vic"])
def test_anonymous_and_viewer_cannot_upload(store, user):
    client = client_for(store, user)
    files = {"file": ("r.txt", b"Gunmen attacked a convoy near Kayes on Monday.", "text/plain")}
    assert client.post("/api/documents", files=files, headers=csrf_header(client)).status_code in (401, 403)


def test_write_without_csrf_token_is_refused(store, anon):
    client = client_for(store, "ana")
    event_id = first_event(anon)["id"]
    response = client.post(f"/api/events/{event_id}/review", json={"action": "approve"})
    assert response.status_code == 403 and "CSRF" in response.json()["error"]["message"]


def test_login_needs_the_right_password(store):
    client = client_for(store)
    bad = client.post("/api/login", json={"name": "ana", "password": "wrong"}, headers=csrf_header(client))
    assert bad.status_code == 401
    assert client.get("/api/me").json()["name"] is None


def test_session_cookie_is_httponly_and_samesite(store):
    client = client_for(store)
    response = client.post("/api/login", json={"name": "ana", "password": "analyst-pass-1"},
                           headers=csrf_header(client))
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_analyst_correction_is_recorded_and_survives_reextraction(store, anon):
    client = client_for(store, "ana")
    event = first_event(anon)
    response = client.post(f"/api/events/{event['id']}/review", headers=csrf_header(client),
                           json={"action": "correct", "changes": {"fatalities": 77}, "comment": "per OCHA"})
    assert response.status_code == 200, response.text
    history = anon.get(f"/api/reviews?target_id={event['id']}").json()["items"]
    assert history[0]["user"] == "ana" and history[0]["after"] == {"fatalities": 77}
    assert history[0]["before"] == {"fatalities": event["fatalities"]}
    store.rebuild_events()  # what re-extraction ends with
    assert anon.get(f"/api/events/{event['id']}").json()["fatalities"] == 77


def test_correcting_an_unknown_field_is_refused(store, anon):
    client = client_for(store, "ana")
    event_id = first_event(anon)["id"]
    response = client.post(f"/api/events/{event_id}/review", headers=csrf_header(client),
                           json={"action": "correct", "changes": {"id": "x"}})
    assert response.status_code == 422


def test_private_instance_needs_login(store):
    private = client_for(store, public_read=False)
    assert private.get("/api/events").status_code == 401
    assert private.get("/", follow_redirects=False).status_code == 303
    assert client_for(store, "vic", public_read=False).get("/api/events").status_code == 200


def test_script_in_a_report_shows_as_text(tmp_path):
    from sahelwatch.store import Store

    from web_support import client_for as make_client

    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    report = tmp_path / "hostile.txt"
    report.write_text("published: 2025-11-03\nlanguage: en\n\nOn Monday gunmen killed three civilians in "
                      "Kati. <script>alert('x')</script> Residents fled.", encoding="utf-8")
    ingest_paths([report], store)
    document: Document = store.documents()[0]
    page = make_client(store).get(f"/documents/{document.id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_exports_of_the_filtered_view_parse(anon):
    rows = list(csv.DictReader(io.StringIO(anon.get("/api/export?format=acled-csv&event_type=Battles").text)))
    assert rows and all(r["event_type"] == "Battles" for r in rows)
    geo = anon.get("/api/export?format=geojson").json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Point"
    assert isinstance(anon.get("/api/export?format=json").json(), list)


def test_pages_render(anon):
    event_id = first_event(anon)["id"]
    for path in ("/", "/indicators", f"/events/{event_id}", "/login"):
        response = anon.get(path)
        assert response.status_code == 200, path
        assert "csrf-token" in response.text
    assert 'class="evidence"' in anon.get(f"/events/{event_id}").text


def test_boundaries_and_plotly_are_served_locally(anon):
    assert anon.get("/vendor/plotly.min.js").status_code == 200
    layer = anon.get("/api/boundaries/mali_adm1")
    assert layer.status_code == 200 and layer.json()["features"]



def test_analyst_can_upload_a_report(store):
    client = client_for(store, "ana")
    text = "published: 2025-11-20\nlanguage: en\n\nOn Thursday gunmen abducted four truck drivers near Kolokani."
    response = client.post("/api/documents", files={"file": ("upload.txt", text.encode(), "text/plain")},
                           headers=csrf_header(client))
    assert response.status_code == 200, response.text
    assert response.json()["summary"]["ok"] == 1
    assert any("Kolokani" in d.text for d in store.documents(q="Kolokani"))
