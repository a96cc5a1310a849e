"""The command line through typer's CliRunner, on real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from sahelwatch.cli import app
from sahelwatch.model import Document, Extraction, Mention, Observation
from sahelwatch.store import Store

runner = CliRunner()
EN = ("On Monday, gunmen attacked a convoy of fuel tankers near Kayes, killing three drivers, the regional "
      "governor said in a statement published on Tuesday.")
DE = ("Am Montag haben bewaffnete Männer einen Konvoi mit Tanklastwagen in der Nähe von Kayes angegriffen "
      "und mehrere Fahrer getötet, wie örtliche Behörden mitteilten.")


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def db(db_url) -> str:
    """Every command that takes --db runs against SQLite and, under `make test`, PostgreSQL."""
    return db_url


@pytest.fixture
def db_with_events(db) -> str:
    store = Store(db)
    for n, (kind, sub, place) in enumerate((("Battles", "Armed clash", "Kayes"),
                                            ("Violence against civilians", "Attack", "Sikasso"))):
        doc = Document.from_text(f"Report {n} about {place}: a convoy was attacked.", language="en",
                                 published=date(2025, 11, 10), source="wire")
        m = Mention(kind, sub, event_date=date(2025, 11, 1 + n), actor1="JNIM", country="Mali", admin1=place,
                    location=place, latitude=14.0 - n, longitude=-11.0 + n, fatalities=n,
                    confidence=0.6 + n / 10,
                    id=f"{doc.id}:m0", document_id=doc.id)
        store.save_extraction(Extraction(doc, [m]))
    store.rebuild_events()
    return db


def test_every_command_has_help():
    for command in ("ingest", "extract", "eval", "events", "observations", "documents", "export", "demo",
                    "serve", "user"):
        result = run(command, "--help")
        assert result.exit_code == 0, (command, result.output)


def test_ingest_summary_and_exit_codes(tmp_path, db):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ok.txt").write_text(f"title: Convoy\npublished: 2025-11-11\n\n{EN}\n", encoding="utf-8")
    result = run("ingest", folder, "--db", db)
    assert result.exit_code == 0, result.output
    assert "documents read 1: ok 1" in result.output
    again = run("ingest", folder, "--db", db)
    assert again.exit_code == 0 and "unchanged 1" in again.output

    (folder / "de.txt").write_text(DE, encoding="utf-8")
    rejected = run("ingest", folder, "--db", db)
    assert rejected.exit_code == 1, "some input rejected (another language)"
    assert "unsupported language de" in rejected.output and "de.txt" in rejected.output

    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    failed = run("ingest", folder, "--db", db)
    assert failed.exit_code == 2, "some input failed (a broken file)"
    assert "broken.pdf" in failed.output and "de.txt" in failed.output, "a rerun reports problems again"
    assert "ok 0, rejected 1, failed 1, unchanged 1" in failed.output

    listed = run("documents", "--db", db, "--status", "rejected")
    assert listed.exit_code == 0 and "unsupported language" in listed.output


def test_ingest_published_and_source_options(tmp_path, db):
    f = tmp_path / "plain.txt"
    f.write_text(EN, encoding="utf-8")
    assert run("ingest", f, "--db", db, "--published", "2025-11-12", "--source", "Desk notes").exit_code == 0
    [document] = Store(db).documents()
    assert (document.published, document.source) == (date(2025, 11, 12), "Desk notes")
    bad = run("ingest", f, "--db", db, "--published", "12/11/2025")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_events_formats_and_filters(db_with_events):
    table = run("events", "--db", db_with_events)
    assert table.exit_code == 0 and "2 events shown" in table.output
    as_json = json.loads(run("events", "--db", db_with_events, "--format", "json").stdout)
    assert {e["location"] for e in as_json} == {"Kayes", "Sikasso"}
    assert {"event_date", "event_type", "fatalities", "evidence", "confidence", "id"} <= set(as_json[0])
    filtered = json.loads(run("events", "--db", db_with_events, "--format", "json",
                              "--type", "Battles").stdout)
    assert [e["location"] for e in filtered] == ["Kayes"]
    since = json.loads(run("events", "--db", db_with_events, "--format", "json",
                           "--since", "2025-11-02").stdout)
    assert [e["location"] for e in since] == ["Sikasso"]
    confident = json.loads(run("events", "--db", db_with_events, "--format", "json",
                               "--min-confidence", "0.65").stdout)
    assert [e["location"] for e in confident] == ["Sikasso"]
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db_with_events, "--format", "csv").stdout)))
    assert len(rows) == 2 and "event_id" in rows[0]


@pytest.mark.parametrize("fmt,name", [("acled-csv", "e.csv"), ("geojson", "e.geojson"), ("jsonl", "e.jsonl"),
                                      ("parquet", "e.parquet")])
def test_export(tmp_path, db_with_events, fmt, name):
    out = tmp_path / name
    result = run("export", "--db", db_with_events, "--format", fmt, "--out", out, "--admin1", "Kayes")
    assert result.exit_code == 0 and "1 events written" in result.output
    assert out.stat().st_size > 0


def test_extract_writes_one_line_per_input_line(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": EN, "language": "en", "published": "2025-11-11"},
             {"id": "b", "text": DE, "language": "de", "published": "2025-11-11"}]
    source.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", source, "--out", out)
    assert result.exit_code == 0, result.output
    predictions = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in predictions][:2] == ["a", "b"] and len(predictions) == 3
    assert all(isinstance(p["events"], list) and isinstance(p["observations"], list) for p in predictions)
    assert run("extract", tmp_path / "missing.jsonl", "--out", out).exit_code == 2
    source.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert run("extract", source, "--out", out).exit_code == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]


def test_eval_on_a_tiny_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": EN, "language": "en", "published": "2025-11-11",
                                "events": []}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    result = run("eval", gold, "--out", pred, "--errors")
    assert result.exit_code == 0, result.output
    assert json.loads(pred.read_text(encoding="utf-8").splitlines()[0])["id"] == "g1"


def test_user_add(db):
    added = run("user", "add", "ana", "--role", "analyst", "--password", "s3cret-pass", "--db", db)
    assert added.exit_code == 0
    assert Store(db).verify_user("ana", "s3cret-pass") == {"name": "ana", "role": "analyst"}
    assert run("user", "add", "bob", "--role", "king", "--password", "x", "--db", db).exit_code == 2


def test_demo_without_serving(tmp_path, db):
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "one.txt").write_text(EN, encoding="utf-8")
    result = run("demo", "--db", db, "--no-serve", "--samples", samples)
    assert result.exit_code == 0, result.output
    assert "documents read 1" in result.output
    assert run("demo", "--db", db, "--no-serve", "--samples", tmp_path / "nope").exit_code == 2


def test_observations_formats_and_filters(db):
    store = Store(db)
    doc = Document.from_text("Diesel sold at 2,000 CFA francs a litre in Bamako.", language="en")
    price = Observation("price", date=date(2025, 11, 3), country="Mali", admin1="Bamako", location="Bamako",
                        values={"commodity": "diesel", "value": 2000, "currency": "XOF", "unit": "litre"},
                        evidence={"value": [(17, 22)]}, id=f"{doc.id}:o0", document_id=doc.id)
    store.save_extraction(Extraction(doc, [], [price]))
    rows = json.loads(run("observations", "--db", db, "--format", "json", "--commodity", "diesel").stdout)
    assert [(r["kind"], r["value"]) for r in rows] == [("price", 2000)]
    assert json.loads(run("observations", "--db", db, "--format", "json", "--kind", "shortage").stdout) == []
    [row] = list(csv.DictReader(io.StringIO(run("observations", "--db", db, "--format", "csv").stdout)))
    assert row["commodity"] == "diesel" and json.loads(row["evidence"]) == {"value": [[17, 22]]}
    assert "diesel" in run("observations", "--db", db).output


def test_a_bad_database_url_names_the_fix(tmp_path):
    result = run("events", "--db", "nosuchdb://x")
    assert result.exit_code == 2 and "--db" in result.output
