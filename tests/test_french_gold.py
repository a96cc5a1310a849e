"""The French held-out sets (tests/data/fr_gold, tests/data/fr_blind, tests/data/fr_blind2): well-formed, and
the extractor's figures on them.

All three are held out: written and coded by hand for this project and never used to write or tune rules
(see their READMEs). fr_blind (eighth session) and fr_blind2 (ninth) were written by writers who had seen
none of the French tuning material, and each was scored once at the end of the session that wrote it;
fr_blind2 holds a report that tells no event, to measure precision. Each floor sits under the measured figures so
that a regression shows; the figures themselves are in the README and printed by `-s`."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_sets import check_coded, check_figures, check_set, read_reports

DATA = Path(__file__).parent / "data"
# set name: (reports, smallest size, reports may tell no event, floors of the figures)
SETS = {
    "fr_gold": (DATA / "fr_gold" / "fr_gold.jsonl", 150, False, {"headline": 0.77, "location@25km": 0.80}),
    "fr_blind": (DATA / "fr_blind" / "frc.jsonl", 60, False, {"headline": 0.80, "location@25km": 0.84}),
    "fr_blind2": (DATA / "fr_blind2" / "frd.jsonl", 60, True, {"headline": 0.76, "location@25km": 0.80}),
}


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_big_enough_and_french(name):
    check_set(read_reports(SETS[name][0]), at_least=SETS[name][1])


@pytest.mark.parametrize("name, doc", [(name, doc) for name in SETS for doc in read_reports(SETS[name][0])],
                         ids=lambda v: v["id"] if isinstance(v, dict) else v)
def test_every_event_is_coded_by_the_rules(name, doc):
    check_coded(doc, eventless=SETS[name][2])


@pytest.mark.parametrize("name", SETS)
def test_extraction_figures_hold(name):
    path, _, _, floors = SETS[name]
    check_figures(path, floors)
