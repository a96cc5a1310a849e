"""The French tuning sets: well-formed, and the extractor's figures on them.

Unlike the held-out set (tests/data/fr_gold), these were written for tuning French rules (see their
READMEs): tests/data/fr_probe holds reports in other styles and about other events than tests/data/fr_dev;
tests/data/fr_probe2 was written by two writers who had seen none of the French tuning material, to find
out whether the French rules transfer (its reports may tell no event); tests/data/fr_probe3 was written the
same way in the ninth session. Each floor sits a little under the
measured figure so that a regression shows; `-s` prints the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_sets import check_coded, check_figures, check_set, read_reports

DATA = Path(__file__).parent / "data"
# set name: (reports, smallest size, reports may tell no event, floors of the figures)
SETS = {
    "fr_probe": ([DATA / "fr_probe" / "fr_probe_reports.jsonl"], 100, False,
                 {"headline": 0.78, "location@25km": 0.88, "actors": 0.63}),
    "fr_probe2": (sorted((DATA / "fr_probe2").glob("*.jsonl")), 120, True,
                  {"headline": 0.72, "location@25km": 0.80, "actors": 0.58}),
    "fr_probe3": ([DATA / "fr_probe3" / "fre.jsonl"], 60, False,
                  {"headline": 0.72, "location@25km": 0.80, "actors": 0.60}),
}


def _reports(name: str) -> list[dict]:
    return [doc for path in SETS[name][0] for doc in read_reports(path)]


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_big_enough_and_french(name):
    check_set(_reports(name), at_least=SETS[name][1])


@pytest.mark.parametrize("name, doc", [(name, doc) for name in SETS for doc in _reports(name)],
                         ids=lambda v: v["id"] if isinstance(v, dict) else v)
def test_every_event_is_coded_by_the_rules(name, doc):
    check_coded(doc, eventless=SETS[name][2])


@pytest.mark.parametrize("name", SETS)
def test_extraction_figures_hold(name, tmp_path):
    paths, _, _, floors = SETS[name]
    gold = tmp_path / f"{name}.jsonl"
    gold.write_text("".join(p.read_text(encoding="utf-8") for p in paths), encoding="utf-8")
    assert len(read_reports(gold)) == len(_reports(name))
    check_figures(gold, floors)
