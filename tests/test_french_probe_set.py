"""The French probe set (tests/data/fr_probe): well-formed, and the extractor's figures on it.

Unlike the held-out set (tests/data/fr_gold), this one was written for tuning French rules (see its
README): reports in other styles and about other events than tests/data/fr_dev. The floor sits a little
under the measured figures so that a regression shows; `-s` prints the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_sets import check_coded, check_set, read_reports

from sahelwatch import evaluate

PROBES = Path(__file__).parent / "data" / "fr_probe" / "fr_probe_reports.jsonl"


def test_the_set_is_big_enough_and_french():
    check_set(read_reports(PROBES), at_least=100)


@pytest.mark.parametrize("doc", read_reports(PROBES), ids=lambda d: d["id"])
def test_every_event_is_coded_by_the_rules(doc):
    check_coded(doc)


def test_extraction_figures_hold():
    result, predictions = evaluate.evaluate_file(PROBES)
    print("\n" + evaluate.format_score(result))
    assert len(predictions) == len(read_reports(PROBES))
    assert result["headline"] >= 0.78, result
    assert result["fields"]["location@25km"] >= 0.88, result
    assert result["fields"]["actors"] >= 0.63, result
