"""The French gold set (tests/data/fr_gold): well-formed, and the extractor's figures on it.

The set is held out: it was written and coded by hand for this project and is never used to write or
tune rules (see tests/data/fr_gold/README.md). The floor below sits under the measured figures so that a
regression shows; the figures themselves are in the README and printed by `-s`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahelwatch import evaluate
from sahelwatch.model import EVENT_TYPES, SUB_EVENT_TYPES

GOLD = Path(__file__).parent / "data" / "fr_gold" / "fr_gold.jsonl"
FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
          "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2", "admin3", "location",
          "latitude", "longitude", "geo_precision", "fatalities", "source", "source_scale")


def _docs() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_is_big_enough_and_french():
    docs = _docs()
    assert len(docs) >= 150
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
        assert 9 <= e["latitude"] <= 26 and -13 <= e["longitude"] <= 5, "a Malian or Burkinabè place"


def test_extraction_figures_hold():
    result, predictions = evaluate.evaluate_file(GOLD)
    print("\n" + evaluate.format_score(result))
    assert len(predictions) == len(_docs())
    assert result["headline"] >= 0.62, result
    assert result["fields"]["location@25km"] >= 0.70, result
