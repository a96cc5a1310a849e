"""The command line, through Typer's runner, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
from typer.testing import CliRunner

from sahelwatch.cli import app

runner = CliRunner()
REPORT = ("published: 2025-11-14\nlanguage: en\n\nOn Monday, JNIM militants ambushed a convoy of fuel tankers "
          "near Diéma, killing three soldiers of the escort and burning about twenty trucks. Diesel now sells "
          "at 1,800 CFA francs a litre in Ségou.\n")


def run(*args: str):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result


def test_ingest_reports_summary_and_exit_codes(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REPORT, encoding="utf-8")
    ok = run("ingest", str(tmp_path / "in"), "--db", db)
    assert ok.exit_code == 0, ok.output
    assert "documents read 1: ok 1" in ok.output and "price 1" in ok.output
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    again = run("ingest", str(tmp_path / "in"), "--db", db)
    assert again.exit_code == 1 and "empty file" in again.output and "unchanged 1" in again.output


def test_observations_and_documents_listing(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"), "--db", db)
    listed = json.loads(run("observations", "--db", db, "--kind", "price", "--format", "json").stdout)
    assert listed[0]["value"] == 1800 and listed[0]["currency"] == "XOF" and listed[0]["evidence"]["value"]
    assert "a.txt" in run("documents", "--db", db).output


def test_events_json_and_exports(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"), "--db", db)
    events = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert isinstance(events, list)
    for fmt, name in (("acled-csv", "e.csv"), ("geojson", "e.geojson"), ("jsonl", "e.jsonl"), ("parquet", "e.parquet")):
        result = run("export", "--format", fmt, "--out", str(tmp_path / name), "--db", db)
        assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(events)
    assert json.loads((tmp_path / "e.geojson").read_text())["type"] == "FeatureCollection"
    if events:
        assert pq.read_table(tmp_path / "e.parquet").num_rows == len(events)


def test_extract_writes_one_line_per_input_line(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": REPORT.split("\n\n", 1)[1], "language": "en", "published": "2025-11-14"},
             {"id": "b", "text": "Ein Bericht auf Deutsch über einen Angriff in der Nähe von Kayes am Montag."},
             {"id": "c", "text": ""}]
    source.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{broken\n", encoding="utf-8")
    result = run("extract", str(source), "--out", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out[:3]] == ["a", "b", "c"] and len(out) == 4
    assert [o["status"] for o in out] == ["ok", "rejected", "rejected", "failed"]
    assert "price" in {o["kind"] for o in out[0]["observations"]}
    for event in out[0]["events"]:
        assert event["evidence"] and 0 <= event["confidence"] <= 1


def test_user_add_and_errors_name_the_fix(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run("user", "add", "ana", "--role", "analyst", "--password", "long-enough-1", "--db", db).exit_code == 0
    bad_role = run("user", "add", "bob", "--role", "boss", "--password", "long-enough-1", "--db", db)
    assert bad_role.exit_code == 2 and "role must be one of" in bad_role.output
    missing = run("extract", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "x.jsonl"))
    assert missing.exit_code == 2 and "no such file" in missing.output
    bad_db = run("events", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert bad_db.exit_code == 2 and "cannot open database" in bad_db.output


def test_every_command_has_help():
    for command in ("ingest", "extract", "eval", "events", "observations", "export", "demo", "serve", "watch",
                    "batch", "load", "documents"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output, command
