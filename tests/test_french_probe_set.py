"""The French probe set (tests/data/fr_probe): well-formed, and the extractor's figures on it.

Unlike the held-out set (tests/data/fr_gold), this one was written for tuning French rules (see its
README): reports in other styles and about other events than tests/data/fr_dev. The floor sits a little
under the measured figures so that a regression shows; `-s` prints the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahelwatch import evaluate
from sahelwatch.model import EVENT_TYPES, SUB_EVENT_TYPES

PROBES = Path(__file__).parent / "data" / "fr_probe" / "fr_probe_reports.jsonl"
FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
          "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2", "admin3", "location",
          "latitude", "longitude", "geo_precision", "fatalities", "source", "source_scale")


def _docs() -> list[dict]:
    return [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_is_big_enough_and_french():
    docs = _docs()
    assert len(docs) >= 100
    assert len({d["id"] for d in docs}) == len(docs)
    assert all(d["language"] == "fr" and d["text"].strip() for d in docs)


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d["id"])
def test_every_event_is_coded_by_the_rules(doc):
    assert doc["events"], "every report in the set reports at least one event"
    for e in doc["events"]:
        assert set(FIELDS) <= set(e), f"missing {set(FIELDS) - set(e)}"
        assert e["event_type"] in EVENT_TYPES and SUB_EVENT_TYPES[e["sub_event_type"]] == e["event_type"]
        assert e["event_date"] <= doc["published"]
        assert e["time_precision"] in (1, 2, 3) and e["geo_precision"] in (1, 2, 3)
        low, high = sorted(i for i in (e["inter1"], e["inter2"]))
        assert e["interaction"] == (10 * high if low == 0 else 10 * low + high)
        assert (e["actor2"] == "") == (e["inter2"] == 0)
        assert 9 <= e["latitude"] <= 26 and -13 <= e["longitude"] <= 5, "a Malian, Burkinabè or western Nigerien place"


def test_extraction_figures_hold():
    result, predictions = evaluate.evaluate_file(PROBES)
    print("\n" + evaluate.format_score(result))
    assert len(predictions) == len(_docs())
    assert result["headline"] >= 0.78, result
    assert result["fields"]["location@25km"] >= 0.88, result
    assert result["fields"]["actors"] >= 0.63, result
