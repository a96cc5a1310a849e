"""The French gold set (tests/data/fr_gold): well-formed, and the extractor's figures on it.

The set is held out: it was written and coded by hand for this project and is never used to write or
tune rules (see tests/data/fr_gold/README.md). The floor below sits under the measured figures so that a
regression shows; the figures themselves are in the README and printed by `-s`."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_sets import check_coded, check_set, read_reports

from sahelwatch import evaluate

GOLD = Path(__file__).parent / "data" / "fr_gold" / "fr_gold.jsonl"


def test_the_set_is_big_enough_and_french():
    check_set(read_reports(GOLD), at_least=150)


@pytest.mark.parametrize("doc", read_reports(GOLD), ids=lambda d: d["id"])
def test_every_event_is_coded_by_the_rules(doc):
    check_coded(doc)


def test_extraction_figures_hold():
    result, predictions = evaluate.evaluate_file(GOLD)
    print("\n" + evaluate.format_score(result))
    assert len(predictions) == len(read_reports(GOLD))
    assert result["headline"] >= 0.62, result
    assert result["fields"]["location@25km"] >= 0.70, result
