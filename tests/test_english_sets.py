"""The English full-report sets: well-formed, and the extractor's figures on them.

The ACLED dev files measure English on short notes only; these sets measure it on whole reports (wire copy,
UN and NGO updates, communiqués, analysts' briefs) of 120-900 words. tests/data/en_blind is held out: written
blind in the tenth session by a writer who had seen none of the project's rules or tests, never used to write
or tune rules, and scored once at the end of that session. tests/data/en_probe was written the same way by
another writer, about other years, for tuning. Each floor sits under the measured figure so that a regression
shows; `-s` prints the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_sets import check_coded, check_figures, check_set, read_reports

DATA = Path(__file__).parent / "data"
# set name: (reports, smallest size, floors of the figures); both sets hold reports that tell no event
SETS = {
    "en_blind": (DATA / "en_blind" / "enb.jsonl", 60, {"headline": 0.50, "location@25km": 0.65}),
    "en_probe": (DATA / "en_probe" / "enp.jsonl", 60, {"headline": 0.60, "location@25km": 0.65}),
}


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_big_enough_and_english(name):
    check_set(read_reports(SETS[name][0]), at_least=SETS[name][1], language="en")


@pytest.mark.parametrize("name, doc", [(name, doc) for name in SETS for doc in read_reports(SETS[name][0])],
                         ids=lambda v: v["id"] if isinstance(v, dict) else v)
def test_every_event_is_coded_by_the_rules(name, doc):
    check_coded(doc, eventless=True)


@pytest.mark.parametrize("name", SETS)
def test_extraction_figures_hold(name):
    path, _, floors = SETS[name]
    check_figures(path, floors)
