"""Alert rules, one kind at a time on constructed timelines, then the store round trip and the CLI."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sahelwatch.analyze.alerts import evaluate, load_rules, nbinom_sf, poisson_sf, run_alerts, tail_probability
from sahelwatch.analyze.backtest import backtest, escalations
from sahelwatch.model import Event, Observation

D0 = date(2025, 1, 6)  # a Monday
RULES = {r["id"]: r for r in load_rules()}


def ev(day: int, id: str, lat: float = 14.70, lon: float = -10.31, event_type: str = "Battles",
       sub: str = "Armed clash", admin1: str = "Kayes", admin2: str = "Nioro", fatalities: int = 0,
       notes: str = "") -> Event:
    return Event(event_type, sub, event_date=D0 + timedelta(days=day), latitude=lat, longitude=lon, geo_precision=1,
                 country="Mali", admin1=admin1, admin2=admin2, location="Sandaré", fatalities=fatalities, notes=notes,
                 id=id)


def fired(rule_id: str, events: list[Event], observations: list[Observation] | None = None):  # noqa: ANN201
    return evaluate([RULES[rule_id]], events, observations or [])


def test_the_shipped_rules_cover_every_kind():
    assert {r["kind"] for r in RULES.values()} == {"corridor_count", "price_change", "novelty", "percentile",
                                                  "surprise", "pressure"}


def test_three_attacks_on_one_corridor_in_seven_days():
    two = [ev(0, "e1"), ev(3, "e2")]
    assert fired("corridor-attacks-7d", two) == []
    three = two + [ev(6, "e3", lat=14.54, lon=-9.19)]  # Diéma, same road
    [alert] = fired("corridor-attacks-7d", three)
    assert alert.fired_on == D0 + timedelta(days=6) and alert.detail["count"] == 3
    assert alert.evidence == {"events": ["e1", "e2", "e3"]} and "Diéma" in alert.place
    assert alert.detail["areas"] == ["Kayes"]
    spread = [ev(0, "e1"), ev(3, "e2"), ev(9, "e3")]
    assert fired("corridor-attacks-7d", spread) == []
    # a fourth attack the next day is the same surge: the cooldown keeps it to one alert
    assert len(fired("corridor-attacks-7d", three + [ev(7, "e4")])) == 1


def test_attack_on_supply_traffic_needs_a_convoy_in_the_report():
    assert fired("corridor-convoy-attack", [ev(0, "e1", notes="Clashes near Sandaré.")]) == []
    [alert] = fired("corridor-convoy-attack", [ev(0, "e1", notes="Fighters burned fuel tankers near Sandaré.")])
    assert alert.evidence["events"] == ["e1"]


def price(day: int, value: float, id: str, place: str = "Bamako", previous: float | None = None) -> Observation:
    values = {"commodity": "petrol", "value": value, "currency": "XOF", "unit": "litre"}
    if previous:
        values["previous_value"] = previous
    return Observation("price", date=D0 + timedelta(days=day), location=place, admin1="Bamako", values=values, id=id)


def test_fuel_price_up_half_within_thirty_days():
    assert fired("fuel-price-50pct-30d", [], [price(0, 800, "p0"), price(20, 1100, "p1")]) == []
    [alert] = fired("fuel-price-50pct-30d", [], [price(0, 800, "p0"), price(20, 1300, "p1")])
    assert alert.evidence == {"observations": ["p0", "p1"]} and alert.place == "Bamako"
    assert alert.detail["change_ratio"] == pytest.approx(0.625)
    assert fired("fuel-price-50pct-30d", [], [price(0, 800, "p0"), price(40, 1300, "p1")]) == []  # too far apart
    assert fired("fuel-price-50pct-30d", [], [price(0, 800, "p0"), price(20, 1300, "p1", place="Kayes")]) == []
    [stated] = fired("fuel-price-50pct-30d", [], [price(0, 2000, "p9", previous=875)])
    assert stated.evidence == {"observations": ["p9"]}


def test_novelty_an_event_type_new_to_a_cercle():
    history = [ev(0, "e0", admin2="Kayes", event_type="Protests", sub="Peaceful protest")]
    later = [ev(100, "e1", event_type="Explosions/Remote violence", sub="Remote explosive/landmine/IED")]
    [alert] = fired("novel-event-type-90d", history + later)
    assert alert.place == "Nioro" and alert.evidence == {"events": ["e1"]}
    again = fired("novel-event-type-90d", history + later + [ev(130, "e2", event_type="Explosions/Remote violence",
                                                                   sub="Remote explosive/landmine/IED")])
    assert len(again) == 1  # seen 30 days earlier: not new
    assert fired("novel-event-type-90d", later[:0] + [ev(10, "e1")]) == []  # no 90-day history yet


def test_fatalities_above_the_95th_percentile_of_weekly_totals():
    quiet = [ev(7 * w, f"w{w}", fatalities=(w % 4) + 1) for w in range(40)]  # 1-4 dead a week for 40 weeks
    assert fired("fatalities-p95-7d", quiet) == []
    spike = quiet + [ev(7 * 40, "big", fatalities=25)]
    [alert] = fired("fatalities-p95-7d", spike)
    assert alert.place == "Kayes" and alert.detail["fatalities"] == 25 and alert.detail["threshold"] <= 4
    assert alert.evidence["events"] == ["big"]


def test_tail_probabilities():
    assert poisson_sf(1, 1.0) == pytest.approx(1 - math.exp(-1))
    assert poisson_sf(3, 0.5) == pytest.approx(1 - math.exp(-0.5) * (1 + 0.5 + 0.125))
    assert poisson_sf(0, 2.0) == 1.0
    r, p = 2.0, 0.5  # NB(2, 0.5): P(X=0) = 0.25, P(X=1) = 0.25
    assert nbinom_sf(2, r, p) == pytest.approx(0.5)
    quiet = [1.0, 0.0, 1.0, 2.0, 1.0, 0.0] * 5
    prob, model, expected = tail_probability(8, quiet)
    assert model == "poisson" and prob < 1e-4 and expected == pytest.approx(sum(quiet) / len(quiet))
    bursty = [0.0, 0.0, 0.0, 9.0, 0.0, 0.0, 1.0, 8.0] * 4
    prob_nb, model_nb, _ = tail_probability(8, bursty)
    assert model_nb == "negative binomial" and prob_nb > poisson_sf(8, sum(bursty) / len(bursty))


def test_surprise_fires_on_a_burst_against_the_baseline():
    baseline = [ev(7 * w + 2, f"b{w}", admin1="Segou") for w in range(0, 40, 2)]  # one battle a fortnight
    burst = [ev(7 * 41 + d, f"x{d}", admin1="Segou") for d in range(5)]
    [alert] = [a for a in fired("surprise-count-7d", baseline + burst) if a.place == "Segou"]
    assert alert.detail["count"] >= 3 and alert.detail["p_value"] < 0.01  # fires as soon as it is significant
    assert set(alert.evidence["events"]) <= {f"x{d}" for d in range(5)}
    assert fired("surprise-count-7d", baseline) == []


def test_siege_pressure_crossing_its_threshold():
    attacks = [ev(d, f"a{d}", notes="convoy of fuel tankers attacked", fatalities=3) for d in range(5)]
    [alert] = fired("siege-pressure", attacks)
    assert alert.place == "Bamako" and alert.detail["value"] >= 10 and set(alert.evidence["events"]) <= {
        e.id for e in attacks}


FUEL_RULE = ('[[rule]]\nid = "fuel"\nkind = "price_change"\ntitle = "{commodity} up {change} in {place}"\n'
             'days = 30\nmin_change = %s\ncommodities = ["petrol"]\nseverity = 3\n')


def save_prices(store, text: str, prices: list[tuple[int, float]]) -> None:  # noqa: ANN001
    """One stored report of petrol prices in Bamako, (day after D0, CFA francs per litre) each."""
    from sahelwatch.model import Document, Extraction

    doc = Document.from_text(text, published=D0 + timedelta(days=prices[0][0]), source="test")
    obs = [price(day, value, f"{doc.id}:o{i}") for i, (day, value) in enumerate(prices)]
    for o in obs:
        o.document_id = doc.id
    store.save_extraction(Extraction(doc, [], obs))


def test_alerts_are_stored_and_keep_an_analysts_state(tmp_path: Path, db_url: str):
    from sahelwatch.store import Store

    db = db_url
    store = Store(db)
    rules = tmp_path / "rules.toml"
    rules.write_text(FUEL_RULE % "0.5", encoding="utf-8")
    save_prices(store, "Petrol went from 800 to 1300 CFA francs.", [(0, 800), (20, 1300)])
    [alert] = run_alerts(store, rules)
    assert alert.title == "petrol up 62% in Bamako"
    store.set_alert_state(alert.id, "dismissed", "analyst")
    run_alerts(store, rules)
    [again] = store.alerts()
    assert again.id == alert.id and again.state == "dismissed"

    from sahelwatch.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["alerts", "--db", db, "--rules", str(rules), "--run"])
    assert listed.exit_code == 0, listed.output
    assert alert.id in listed.output and "petrol up 62% in Bamako" in listed.output
    assert runner.invoke(app, ["alerts", "seen", alert.id, "--db", db]).exit_code == 0
    assert store.alerts()[0].state == "seen"
    assert runner.invoke(app, ["alerts", "dismiss", "al-nope", "--db", db]).exit_code == 2


def test_alerts_that_no_longer_fire_are_withdrawn_and_unseen_old_ones_expire(tmp_path: Path, db_url: str):
    from sahelwatch.store import Store

    store = Store(db_url)
    rule = FUEL_RULE + '[alerts]\nexpire_after_days = 30\n'
    rules = tmp_path / "rules.toml"
    rules.write_text(rule % "0.5", encoding="utf-8")
    save_prices(store, "Petrol went from 800 to 1300 CFA francs.", [(0, 800), (20, 1300)])
    [alert] = run_alerts(store, rules)
    assert store.alerts(state="open")[0].state == "new"

    rules.write_text(rule % "0.9", encoding="utf-8")  # the analyst raises the threshold: +62% no longer fires
    assert run_alerts(store, rules) == []
    assert [a.state for a in store.alerts()] == ["withdrawn"] and store.alerts(state="open") == []
    rules.write_text(rule % "0.5", encoding="utf-8")
    run_alerts(store, rules)
    assert [a.state for a in store.alerts()] == ["new"]  # its evidence is back

    save_prices(store, "Petrol at 1300 CFA francs.", [(70, 1300)])
    run_alerts(store, rules)
    assert [a.state for a in store.alerts()] == ["expired"]  # unseen, 50 days before the latest evidence
    store.set_alert_state(alert.id, "seen", "analyst")
    run_alerts(store, rules)
    assert [a.state for a in store.alerts()] == ["seen"]


def test_backtest_counts_warnings_before_escalations():
    # three attacks on the Kayes road in early February, then a deadly week in Kayes three weeks later
    attacks = [ev(28 + d, f"a{d}") for d in (0, 2, 4)]
    escalation = [ev(56, "big", fatalities=40)]
    quiet = [ev(7 * w, f"q{w}", admin1="Segou", admin2="Segou", lat=13.4, lon=-6.3) for w in range(20)]
    events = attacks + escalation + quiet
    [x] = [x for x in escalations(events) if x.area == "Kayes"]
    assert x.week_start == D0 + timedelta(days=56) and x.fatalities == 40
    report = backtest(events, rules=[RULES["corridor-attacks-7d"]])
    [rule] = report["rules"]
    assert rule["alerts"] == 1 and rule["warned"] == 1 and rule["median_lead_days"] == 56 - 32


def test_backtest_command_replays_the_gold_events(shared: Path):
    from sahelwatch.cli import app

    gold = shared / "eval" / "acled_mali_dev.jsonl"
    if not gold.is_file():
        pytest.skip("no Mali gold file")
    result = CliRunner().invoke(app, ["backtest", "--no-store", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert '"escalations"' in result.output and "surprise-count-7d" in result.output


def test_two_firings_of_one_rule_for_one_place_and_day_are_two_alerts():
    # a first battle and a first attack on civilians in one cercle on one day: two novelties, two alerts
    history = [ev(d, f"old{d}", admin2="Kayes") for d in range(0, 120, 10)]
    day = [ev(130, "b", admin2="Nioro"), ev(130, "v", event_type="Violence against civilians", sub="Attack",
                                              admin2="Nioro")]
    alerts = [a for a in fired("novel-event-type-90d", history + day) if a.place == "Nioro"]
    assert len(alerts) == 2 and len({a.id for a in alerts}) == 2
