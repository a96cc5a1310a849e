"""The scorer: hand-written gold and predictions, and agreement with ../shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sahelwatch.evaluate import (
    FIELD_CHECKS,
    error_report,
    evaluate_file,
    find_errors,
    format_score,
    load_jsonl,
    normalise_actor,
    pair_events,
    score,
    write_jsonl,
)
from sahelwatch.model import Extraction, Mention

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

KAYES = {"latitude": 14.4469, "longitude": -11.4456}
NIORO = {"latitude": 15.2306, "longitude": -9.5901}
BAMAKO = {"latitude": 12.6392, "longitude": -8.0029}


def event(**fields):
    base = {
        "event_date": "2025-11-10", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Military Forces of Mali (2021-)", "inter1": 2, "inter2": 1, "admin1": "Kayes",
        "admin2": "Kayes", "geo_precision": 1, "fatalities": 4, **KAYES,
    }
    base.update(fields)
    return base


GOLD = [
    {"id": "a", "text": "On Monday JNIM attacked soldiers near Kayes, killing four.", "events": [event()]},
    {"id": "b", "text": "On Monday militants burned trucks near Nioro and abducted a driver.", "events": [
        event(event_type="Strategic developments", sub_event_type="Looting/property destruction",
              actor2="", inter2=None, fatalities=0, admin2="Nioro", **NIORO),
        event(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
              actor2="Civilians (Mali)", inter2=7, fatalities=0, admin2="Nioro", **NIORO),
    ]},
    {"id": "c", "text": "Protesters gathered in Bamako.", "events": [
        event(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Mali)",
              actor2="", inter1=6, inter2=None, fatalities=0, admin1="Bamako", admin2="Bamako", **BAMAKO),
    ]},
]

PRED = [
    # right on everything but the date and a renamed actor that normalises the same
    {"id": "a", "events": [event(event_date="2025-11-11", actor1="JNIM", actor2="Military Forces of Mali")]},
    # one of two events found, 30 km off
    {"id": "b", "events": [event(event_type="Violence against civilians",
                                 sub_event_type="Abduction/forced disappearance", actor2="Civilians (Mali)",
                                 inter2=7, fatalities=0, admin2="Nioro", latitude=15.5, longitude=-9.59)]},
    # a spurious event for a document that is not in the gold set is ignored
    {"id": "zzz", "events": [event()]},
    # "c" has no prediction line: no events
]


def test_actor_names_are_normalised() -> None:
    assert normalise_actor("JNIM: Group for Support of Islam and Muslims") == "jnim"
    assert normalise_actor("Military Forces of Mali (2013-2020)") == "military forces of mali"
    assert normalise_actor("Civilians (Mali)") == "civilians"
    assert normalise_actor("Forces armées maliennes") == "forces armees maliennes"


def test_score_on_hand_written_documents() -> None:
    result = score(GOLD, PRED)
    assert (result["documents"], result["gold_events"], result["predicted_events"]) == (3, 4, 2)
    assert result["detection"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    fields = result["fields"]
    assert fields["event_type"] == 0.5 and fields["sub_event_type"] == 0.5
    assert fields["event_date"] == 0.25  # only b's pair has the right date
    assert fields["location@5km"] == 0.25 and fields["location@25km"] == 0.25  # b is ~30 km off
    assert fields["actors"] == 0.5 and fields["inter_codes"] == 0.5
    assert fields["fatalities"] == 0.5
    assert result["headline"] == round((0.5 + 0.5 + 0.25 + 0.25 + 0.5 + 0.5) / 6, 4)
    assert result["sub_event_type_recall"] == {
        "Armed clash": "1/1", "Looting/property destruction": "0/1",
        "Abduction/forced disappearance": "1/1", "Peaceful protest": "0/1"}


def test_pairing_prefers_the_most_similar_event() -> None:
    gold = GOLD[1]["events"]
    pred = [gold[1], gold[0]]
    assert sorted(pair_events(gold, pred)) == [(0, 1), (1, 0)]


def test_mappings_and_lists_score_alike() -> None:
    as_lists = score(GOLD, PRED)
    as_maps = score({d["id"]: d for d in GOLD}, {d["id"]: d for d in PRED})
    assert as_lists == as_maps


def test_empty_admin_and_missing_fatalities_are_wrong() -> None:
    gold = [{"id": "x", "events": [event(admin1="", fatalities=0)]}]
    pred = [{"id": "x", "events": [event(admin1="", fatalities=None)]}]
    fields = score(gold, pred)["fields"]
    assert fields["admin1"] == 0.0 and fields["fatalities"] == 0.0 and fields["admin2"] == 1.0


def test_format_score_lines() -> None:
    lines = format_score(score(GOLD, PRED)).splitlines()
    assert lines[0] == "documents 3  gold events 4  predicted 2"
    assert lines[1] == "detection  P 1.000  R 0.500  F1 0.667"
    assert lines[2] == "      event_type  0.500"
    assert len(lines) == 3 + len(FIELD_CHECKS)
    assert lines[-1].startswith("headline (mean of event_type, sub_event_type, event_date, location@25km, ")


def test_errors_list_gold_and_predicted_values() -> None:
    errors = find_errors(GOLD, PRED, fields=["event_date", "fatalities"])
    dated = [e for e in errors if e.field == "event_date" and e.paired]
    assert [(e.doc_id, e.gold, e.predicted) for e in dated] == [("a", "2025-11-10", "2025-11-11")]
    missed = {e.doc_id for e in errors if not e.paired}
    assert missed == {"b", "c"}
    report = error_report(GOLD, PRED, fields=["event_date"])
    assert '- [a] gold "2025-11-10"  predicted "2025-11-11"' in report
    assert "On Monday JNIM attacked soldiers near Kayes" in report
    assert "== missed: 2 documents" in report
    with pytest.raises(ValueError):
        find_errors(GOLD, PRED, fields=["colour"])


def test_evaluate_file_runs_an_extractor(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.jsonl"
    rows = [dict(d, language="en", published="2025-11-14") for d in GOLD]
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    def extractor(document):
        if document.external_id == "boom":
            raise RuntimeError("bad note")
        mention = Mention(event_type="Battles", sub_event_type="Armed clash",
                          event_date=document.published, fatalities=4, **KAYES)
        return Extraction(document=document, mentions=[mention])

    result, predictions = evaluate_file(gold_path, extractor)
    assert [p["id"] for p in predictions] == ["a", "b", "c"]
    write_jsonl(tmp_path / "pred.jsonl", predictions)
    assert score(load_jsonl(gold_path), load_jsonl(tmp_path / "pred.jsonl")) == result
    assert predictions[0]["events"][0]["event_date"] == "2025-11-14"
    assert result["predicted_events"] == 3 and result["gold_events"] == 4
    assert load_jsonl(gold_path).keys() == {"a", "b", "c"}

    gold_path.write_text(json.dumps({"id": "boom", "text": "x", "published": "2025-11-14",
                                     "events": [event()]}) + "\n", encoding="utf-8")
    result, predictions = evaluate_file(gold_path, extractor)
    assert predictions == [{"id": "boom", "events": []}]  # logged, not raised


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval is absent")
@pytest.mark.parametrize("name", ["acled_mali_dev.jsonl", "acled_bfa_dev.jsonl"])
def test_same_figures_as_the_referee_on_the_naive_baseline(tmp_path: Path, name: str) -> None:
    """README: one armed clash in Bamako on the publication date for every document."""
    gold_path = SHARED_EVAL / name
    pred_path = tmp_path / "baseline.jsonl"
    with open(gold_path, encoding="utf-8") as src, open(pred_path, "w", encoding="utf-8") as out:
        for line in src:
            doc = json.loads(line)
            baseline = {"event_date": doc["published"], "event_type": "Battles",
                        "sub_event_type": "Armed clash", "location": "Bamako", "admin1": "Bamako",
                        "admin2": "Bamako", "geo_precision": 1, "fatalities": 0,
                        "actor1": "Military Forces of Mali (2013-2020)", "inter1": 1, **BAMAKO}
            out.write(json.dumps({"id": doc["id"], "events": [baseline]}) + "\n")
    referee = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(gold_path), str(pred_path),
                              "--json"], capture_output=True, text=True, check=True)
    text = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(gold_path), str(pred_path)],
                          capture_output=True, text=True, check=True)
    ours = score(load_jsonl(gold_path), load_jsonl(pred_path))
    assert ours == json.loads(referee.stdout)
    assert format_score(ours) == text.stdout.strip()
    if name.startswith("acled_mali"):
        assert 0.3 <= ours["headline"] <= 0.35
