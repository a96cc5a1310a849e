"""What the hand-coded report sets (the French tests/data/fr_*, the English tests/data/en_*) share: reading a set
and checking that each report is coded by the project's rules. The figures each set must hold stay in its own
test."""

from __future__ import annotations

import json
from pathlib import Path

from sahelwatch import evaluate
from sahelwatch.model import EVENT_TYPES, SUB_EVENT_TYPES

FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
          "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2", "admin3", "location",
          "latitude", "longitude", "geo_precision", "fatalities", "source", "source_scale")


def read_reports(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_set(docs: list[dict], at_least: int, language: str = "fr") -> None:
    assert len(docs) >= at_least
    assert len({d["id"] for d in docs}) == len(docs)
    assert all(d["language"] == language and d["text"].strip() for d in docs)


def check_coded(doc: dict, eventless: bool = False) -> None:
    """Every event has all ACLED fields, consistent types, inter codes and a place in the Sahel window;
    `eventless`: the set may hold reports that tell no event (a denial, a closure), to measure precision."""
    assert doc["events"] or eventless, "every report in the set reports at least one event"
    for e in doc["events"]:
        assert set(FIELDS) <= set(e), f"missing {set(FIELDS) - set(e)}"
        assert e["event_type"] in EVENT_TYPES and SUB_EVENT_TYPES[e["sub_event_type"]] == e["event_type"]
        assert e["event_date"] <= doc["published"]
        assert e["time_precision"] in (1, 2, 3) and e["geo_precision"] in (1, 2, 3)
        low, high = sorted(i for i in (e["inter1"], e["inter2"]))
        assert e["interaction"] == (10 * high if low == 0 else 10 * low + high)
        assert (e["actor2"] == "") == (e["inter2"] == 0)
        assert 9 <= e["latitude"] <= 26 and -13 <= e["longitude"] <= 16, "a place in Mali, Burkina Faso or Niger"


def check_figures(gold: Path, floors: dict[str, float]) -> None:
    """The extractor's figures on a set hold their floors ("headline" or a field of score.py); `-s` prints them."""
    result, predictions = evaluate.evaluate_file(gold)
    print("\n" + evaluate.format_score(result))
    assert len(predictions) == len(read_reports(gold))
    for field, floor in floors.items():
        figure = result["headline"] if field == "headline" else result["fields"][field]
        assert figure >= floor, (field, result)
