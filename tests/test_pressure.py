"""Siege pressure: decay, weights, levels that do not stack, the city's own observations, and the ids
behind each day's value."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sahelwatch.analyze.pressure import load_config, pressure_inputs, pressure_series
from sahelwatch.knowledge.corridors import load_cities
from sahelwatch.model import Event, Observation

D0 = date(2025, 10, 1)


def ambush(day: int = 0, notes: str = "JNIM ambushed a convoy of fuel tankers near Kolokani.", fatalities: int = 0,
           id: str = "ev-a") -> Event:
    return Event("Battles", "Armed clash", event_date=D0 + timedelta(days=day), latitude=13.573, longitude=-8.034,
                 geo_precision=1, admin1="Koulikoro", country="Mali", location="Kolokani", notes=notes,
                 fatalities=fatalities, id=id)


def price(day: int, value: float, id: str, previous: float | None = None, location: str = "Bamako") -> Observation:
    values = {"commodity": "petrol", "value": value, "currency": "XOF", "unit": "litre"}
    if previous:
        values["previous_value"] = previous
    return Observation("price", date=D0 + timedelta(days=day), location=location, country="Mali", admin1="Bamako",
                       latitude=12.65 if location == "Bamako" else None,
                       longitude=-8.0 if location == "Bamako" else None,
                       values=values, id=id, document_id="doc")


def test_an_attack_on_a_supply_convoy_decays_with_its_half_life():
    series = pressure_series("Bamako", [ambush()], [], start=D0, end=D0 + timedelta(days=28))
    assert series[0].value == pytest.approx(2.0)  # 1 for the attack + 1 because it hit supply traffic
    assert series[14].value == pytest.approx(1.0, rel=0.01)  # half-life 14 days
    assert series[28].value == pytest.approx(0.5, rel=0.01)
    assert series[0].contributions == {"corridor_attack": pytest.approx(2.0)}
    assert series[0].evidence == {"corridor_attack": ["ev-a"]}
    plain = pressure_series("Bamako", [ambush(notes="Clashes near Kolokani.")], [], start=D0, end=D0)
    assert plain[0].value == pytest.approx(1.0)
    deadly = pressure_series("Bamako", [ambush(fatalities=12)], [], start=D0, end=D0)
    assert deadly[0].value > 3.0


def test_other_cities_and_the_city_itself_do_not_count_as_corridor_attacks():
    assert pressure_series("Djibo", [ambush()], [], start=D0, end=D0)[0].value == 0
    in_bamako = Event("Battles", "Armed clash", event_date=D0, latitude=12.65, longitude=-8.0, geo_precision=1,
                      notes="convoy", id="ev-b")
    assert pressure_series("Bamako", [in_bamako], [], start=D0, end=D0)[0].value == 0


def test_a_price_is_a_level_against_its_baseline_and_does_not_stack():
    obs = [price(0, 800, "o0"), price(10, 2000, "o1"), price(11, 2000, "o2"), price(12, 2000, "o3")]
    series = pressure_series("Bamako", [], obs, start=D0, end=D0 + timedelta(days=12))
    assert series[0].value == 0  # the first price is the baseline, not a rise
    rise = 2.0 * min(3.0, 2000 / 800 - 1)
    assert series[10].value == pytest.approx(rise)
    assert series[12].value == pytest.approx(rise)  # reported three days running: still one level
    assert set(series[12].evidence["price"]) == {"o1", "o2", "o3"}
    stated = pressure_series("Bamako", [], [price(0, 1500, "p", previous=750)], start=D0, end=D0)
    assert stated[0].value == pytest.approx(2.0)


def test_country_wide_observations_count_for_the_capital_only():
    schools = Observation("service", date=D0, country="Mali", values={"service": "schools", "status": "closed"},
                          id="s1")
    advisory = Observation("evacuation", date=D0, values={"type": "advisory: leave", "by": "U.S. Department of State"},
                           id="a1")
    bamako = pressure_series("Bamako", [], [schools, advisory], start=D0, end=D0)[0]
    assert bamako.contributions == {"service": 1.0, "advisory": 2.0}
    assert pressure_series("Djibo", [], [schools, advisory], start=D0, end=D0) [0].value == 0


def test_blockade_declarations_and_the_inputs_cite_their_records():
    blockade = Event("Strategic developments", "Change to group/activity", event_date=D0, country="Mali",
                     location="Kayes", latitude=14.45, longitude=-11.44, geo_precision=1, id="ev-blk",
                     notes="JNIM announced a blockade on fuel imports into Bamako and Kayes.")
    inputs = pressure_inputs(load_cities()["Bamako"], [blockade], [], config=load_config())
    assert [(i.kind, i.ids) for i in inputs] == [("blockade", ["ev-blk"])]
    late = pressure_series("Bamako", [blockade], [], start=D0, end=D0 + timedelta(days=140))
    assert "blockade" not in late[-1].evidence  # cited only while it still weighs 5% or more
