"""Merging mentions into events: never lose or double a mention, never merge within one report, keep
every claim, reconcile by ACLED's rules, and stay precise on the dedup gold set."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.dedup import merge_mentions
from sahelwatch.model import Mention

REPO = Path(__file__).resolve().parents[1]


def mention(doc: str, n: int = 0, day: int = 10, lat: float = 14.45, lon: float = -11.44, fatalities: int = 0,
            event_type: str = "Battles", actor1: str = "JNIM: Group for Support of Islam and Muslims",
            geo_precision: int = 1, time_precision: int = 1, admin1: str = "Kayes", confidence: float = 0.8) -> Mention:
    sub = {"Battles": "Armed clash", "Protests": "Peaceful protest", "Riots": "Violent demonstration",
           "Violence against civilians": "Attack"}[event_type]
    return Mention(event_type, sub, event_date=date(2025, 11, day), time_precision=time_precision, actor1=actor1,
                   country="Mali", admin1=admin1, location=f"town {lat:.2f} {lon:.2f}", latitude=lat, longitude=lon,
                   geo_precision=geo_precision, fatalities=fatalities, confidence=confidence,
                   evidence={"fatalities": [(0, 2)]}, id=f"{doc}:m{n}", document_id=doc, source=f"src-{doc}")


def test_two_reports_of_one_ambush_become_one_event_with_both_claims():
    a = mention("a", fatalities=40)
    b = mention("b", fatalities=80, lat=14.50, lon=-11.40, event_type="Violence against civilians")
    [event] = merge_mentions([a, b])
    assert sorted(event.mention_ids) == ["a:m0", "b:m0"]
    assert event.fatalities == 40 and "conservative" in event.rules["fatalities"]
    assert sorted(c.value for c in event.claims_by_field["fatalities"]) == [40, 80]


def test_no_figure_is_not_a_figure():
    [event] = merge_mentions([mention("a", fatalities=0), mention("b", fatalities=12)])
    assert event.fatalities == 12


def test_hard_negatives_stay_apart():
    far = [mention("a"), mention("b", lat=14.45 + 0.5)]  # about 55 km apart the same day
    assert len(merge_mentions(far)) == 2
    riot_and_protest = [mention("a", event_type="Riots"), mention("b", event_type="Protests")]
    assert len(merge_mentions(riot_and_protest)) == 2
    other_month = [mention("a", day=10), mention("b", day=25)]
    assert len(merge_mentions(other_month)) == 2
    rivals = [mention("a", actor1="Islamic State (Sahel)"), mention("b")]
    assert len(merge_mentions(rivals)) == 2


def test_precision_windows_and_regions():
    weekly = [mention("a", day=10, time_precision=2), mention("b", day=14)]
    assert len(merge_mentions(weekly)) == 1
    region_only = [mention("a", geo_precision=3, lat=14.0, lon=-10.0), mention("b")]
    assert len(merge_mentions(region_only)) == 1
    other_region = [mention("a", geo_precision=3, admin1="Segou", lat=13.4, lon=-6.3), mention("b")]
    assert len(merge_mentions(other_region)) == 2


def test_event_ids_are_stable_across_rebuilds():
    first = merge_mentions([mention("a"), mention("b")])
    again = merge_mentions([mention("b"), mention("a")])
    assert [e.id for e in first] == [e.id for e in again]


def test_a_dateline_place_is_where_the_report_was_filed():
    filed = mention("a", lat=12.65, lon=-8.0, admin1="Bamako")  # "BAMAKO, Sept 15 - ... near Sandaré"
    filed.location, filed.evidence = "Bamako", {"location": [(0, 6)]}
    on_site = mention("b", lat=14.70, lon=-10.31)
    [event] = merge_mentions([filed, on_site])
    assert event.latitude == 14.70 and "dateline" in event.rules["location"]  # the event keeps the real place
    far_in_body = mention("c", lat=12.65, lon=-8.0, admin1="Bamako")
    far_in_body.evidence = {"location": [(120, 126)]}
    assert len(merge_mentions([far_in_body, on_site])) == 2


def test_one_town_named_twice_or_a_cercle_and_its_town():
    a = mention("a", lat=12.59, lon=-7.67, admin1="Koulikoro")  # the gazetteer's two Kasséla, 115 km apart
    b = mention("b", lat=13.62, lon=-7.43, admin1="Koulikoro")
    a.location = b.location = "Kasséla"
    assert len(merge_mentions([a, b])) == 1
    town = mention("c", lat=14.69, lon=-6.02, admin1="Segou")
    town.location, town.admin2 = "Diabali", "Niono"
    cercle = mention("d", lat=14.25, lon=-5.99, admin1="Segou")  # "Diabaly (Niono)": the cercle read as its town
    cercle.location, cercle.admin2 = "Niono", "Niono"
    assert len(merge_mentions([town, cercle])) == 1


def test_between_two_towns_names_both_ends():
    between = mention("a", lat=12.59, lon=-7.67, admin1="Koulikoro")  # "between Kassela and Fana", coded to Kassela
    between.location, between.claims = "Kasséla", {"location_between": "Fana"}
    near_end = mention("b", lat=12.78, lon=-6.96, admin1="Koulikoro")  # "near Fana", some 80 km east
    near_end.location = "Fana"
    assert len(merge_mentions([between, near_end])) == 1
    elsewhere = mention("c", lat=12.78, lon=-6.96, admin1="Koulikoro")
    elsewhere.location = "Dioïla"
    assert len(merge_mentions([between, elsewhere])) == 2


def test_two_towns_on_two_days_are_two_events():
    bamako = mention("a", day=22, lat=12.65, lon=-8.0, event_type="Protests", actor1="Protesters (Mali)")
    kati = mention("b", day=23, lat=12.744, lon=-8.073, event_type="Protests", actor1="Protesters (Mali)")
    assert len(merge_mentions([bamako, kati])) == 2
    same_day = mention("c", day=22, lat=12.744, lon=-8.073, event_type="Protests", actor1="Protesters (Mali)")
    assert len(merge_mentions([bamako, same_day])) == 1


def test_a_vague_report_joins_one_event_but_never_glues_two_together():
    west = mention("a", lat=14.54, lon=-9.30)  # near Diéma
    east = mention("b", lat=14.70, lon=-10.31)  # Sandaré, same day, 110 km away
    region = mention("c", geo_precision=3, lat=13.9, lon=-10.1)  # "in Kayes region"
    events = merge_mentions([west, east, region])
    assert len(events) == 2 and sorted(len(e.mention_ids) for e in events) == [1, 2]


documents = st.sampled_from(["d1", "d2", "d3", "d4", "d5"])
mentions_strategy = st.lists(
    st.builds(lambda doc, n, day, dlat, dlon, kind, prec, conf: mention(
        doc, n, day=day, lat=14.0 + dlat, lon=-11.0 + dlon, event_type=kind, time_precision=prec, confidence=conf),
        documents, st.integers(0, 3), st.integers(1, 28), st.floats(0, 0.6), st.floats(0, 0.6),
        st.sampled_from(["Battles", "Riots", "Protests", "Violence against civilians"]), st.sampled_from([1, 2, 3]),
        st.sampled_from([0.2, 0.8])),
    max_size=25, unique_by=lambda m: m.id)


@settings(max_examples=200, deadline=None)
@given(mentions_strategy)
def test_merging_never_loses_doubles_or_mixes_a_report(mentions):
    events = merge_mentions(mentions)
    ids = [mid for e in events for mid in e.mention_ids]
    assert sorted(ids) == sorted(m.id for m in mentions), "every mention in exactly one event"
    by_id = {m.id: m for m in mentions}
    for event in events:
        docs = [by_id[mid].document_id for mid in event.mention_ids]
        assert len(docs) == len(set(docs)), "two mentions of one report are two events"


def test_precision_on_the_dedup_gold_set():
    sys.path.insert(0, str(REPO / "scripts"))
    from measure_dedup import DEFAULT, measure

    result = measure(DEFAULT)
    assert result["precision"] >= 0.9, result  # merging two real events is the costly mistake
    assert result["recall"] >= 0.55, result  # 0.667 on 2026-11-28; the misses are mostly extractor places
    oracle = measure(DEFAULT, oracle=True)  # places and dates as the gold clusters name them
    assert oracle["precision"] >= 0.95 and oracle["confident_recall"] >= 0.9, oracle

