"""sw_places: finding place names and their cues, choosing among homonyms (no ../shared needed).

The sentences are written for these tests (not taken from any report or gold file)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from sahelwatch.extract.annotations import PlaceMention
from sahelwatch.extract.places import PlaceFinder, PlaceRecognizer, find_places
from sahelwatch.knowledge.gazetteer import Gazetteer, distance_km
from sahelwatch.resolve.places import event_location


def _by_text(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.text: m for m in mentions}


def test_town_in_english_precision_1() -> None:
    m = find_places("Gunmen attacked the market in Douentza on Monday.")
    assert len(m) == 1 and m[0].text == "Douentza"
    assert m[0].place is not None and m[0].place.admin1 == "Mopti"
    assert (m[0].geo_precision, m[0].relation, m[0].is_region) == (1, "in", False)


def test_french_accents_and_elision() -> None:
    m = _by_text(find_places("Une embuscade près d'Ansongo et des tirs à Tombouctou.", "fr"))
    assert m["Ansongo"].relation == "near" and m["Ansongo"].geo_precision == 2
    assert m["Tombouctou"].place is not None and m["Tombouctou"].place.name == "Timbuktu"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Soldiers were ambushed near Boni.", "en", "Boni"),
        ("Des tirs ont été entendus à proximité de Sévaré.", "fr", "Sévaré"),
        ("Une mine a explosé non loin de Hombori.", "fr", "Hombori"),
    ],
)
def test_near_cues(text: str, lang: str, name: str) -> None:
    m = _by_text(find_places(text, lang))[name]
    assert (m.relation, m.geo_precision) == ("near", 2)


@pytest.mark.parametrize(
    ("text", "lang", "event_place", "landmark"),
    [
        ("The convoy was hit 20 km north of Gao.", "en", "Gao", "Gao"),
        ("Militants burned tankers near Kassela, some 60 km east of Bamako.", "en", "Kassela", "Bamako"),
        ("Gunmen attacked a convoy about 15 km west of Diéma, on the Kayes-Bamako road.", "en", "Diéma", "Bamako"),
        ("Des camions ont brûlé à une soixantaine de kilomètres de Bamako, près de Kassela.", "fr", "Kassela",
         "Bamako"),
        # a convoy's destination is not where it was hit: the cercle named locates the event
        ("Kolokani circle (Koulikoro): IED strike on a convoy carrying fuel from Senegal towards Bamako.", "en",
         "Kolokani", "Bamako"),
        ("Un convoi de citernes à destination de Bamako a été attaqué dans le cercle de Kolokani.", "fr",
         "Kolokani", "Bamako"),
        ("Militants ambushed a fuel convoy near Fana on the road to Ségou.", "en", "Fana", "Ségou"),
        ("Gunmen stopped a bus in Gorgadji and sent it back in the direction of Dori.", "en", "Gorgadji", "Dori"),
        # where a victim comes from is not where the event happened
        ("The body of a trader from Arbinda was found riddled with bullets in Gorgadji.", "en", "Gorgadji",
         "Arbinda"),
        ("Residents from the village of Gorongo stormed the town hall of Ouéléni.", "en", "Ouéléni", "Gorongo"),
        # nor is where fighters, a community or its elders come from
        ("Dozos from Bankass attacked the village of Sobane on Friday.", "en", "Sobane", "Bankass"),
        ("Fulani and Dogon elders from Koro signed a truce in Sévaré on Monday.", "en", "Sévaré", "Koro"),
        # nor where the wounded were taken, or where troops would not go
        ("A wounded peacekeeper was airlifted to Gao after a mine blast near Tessalit.", "en", "Tessalit", "Gao"),
        ("Un soldat blessé a été évacué sur Gao après l'explosion d'une mine près de Tessalit.", "fr", "Tessalit",
         "Gao"),
        ("Unpaid soldiers refused to advance to Gao and stayed in Douentza.", "en", "Douentza", "Gao"),
        # a journey's end told after its start ("travelling from X to Y")
        ("Gunmen robbed a bus travelling from Sévaré to Gao near Douentza.", "en", "Douentza", "Gao"),
        # where a past event is remembered is not where it happened
        ("Many in Bamako still speak of the massacre of some 160 villagers in Ogossagou.", "en", "Ogossagou",
         "Bamako"),
    ],
)
def test_landmarks_locate_other_places(text: str, lang: str, event_place: str, landmark: str) -> None:
    """A town named only to locate the event ("60 km east of X", "on the X-Y road", "bound for X") is
    coded at precision 2 when nothing else is named, and yields to the place itself."""
    mentions = find_places(text, lang)
    located_by = _by_text(mentions)[landmark]
    assert located_by.relation in ("offset", "road", "route", "teller") and located_by.geo_precision == 2
    chosen = event_location(mentions)
    assert chosen is not None and chosen.text == event_place


@pytest.mark.parametrize(
    ("text", "lang", "names", "relation"),
    [
        ("An IED hit a truck between Boni and Hombori.", "en", ("Boni", "Hombori"), "between"),
        ("Des bandits opèrent entre Ségou et Markala.", "fr", ("Ségou", "Markala"), "between"),
        ("The bus was stopped on the Gao-Ansongo road.", "en", ("Gao", "Ansongo"), "road"),
        ("Une attaque sur l'axe Sévaré-Bandiagara.", "fr", ("Sévaré", "Bandiagara"), "road"),
    ],
)
def test_between_and_road_cues(text: str, lang: str, names: tuple[str, str], relation: str) -> None:
    m = _by_text(find_places(text, lang))
    for name in names:
        assert (m[name].relation, m[name].geo_precision) == (relation, 2)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # a chain of three or more towns: every stop is on the road, the first one too
        ("Tankers reach the capital by the Dakar-Kayes-Bamako corridor.", "en", ("Dakar", "Kayes", "Bamako")),
        ("Trucks on the Diboli – Kayes – Kita highway were turned back.", "en", ("Diboli", "Kayes", "Kita")),
        ("Le trafic a repris sur l'axe reliant Diboli à Kayes.", "fr", ("Diboli", "Kayes")),
        ("Un car a été arrêté sur la route de Ségou à Markala.", "fr", ("Ségou", "Markala")),
        # a plural road word takes every road listed with it, before or after the list
        ("Fuel comes along the Diboli-Kayes and Zégoua-Bougouni supply roads.", "en",
         ("Diboli", "Kayes", "Zégoua", "Bougouni")),
        ("Les axes Bamako-Ségou et Kati-Kolokani sont désormais escortés.", "fr",
         ("Bamako", "Ségou", "Kati", "Kolokani")),
        ("Les corridors routiers Diboli–Kayes, Zégoua–Bougouni et Kati–Kolokani sont surveillés.", "fr",
         ("Diboli", "Kayes", "Zégoua", "Bougouni", "Kati", "Kolokani")),
        # a road named by its two ends with 'between' is a road's pair
        ("The roads between Sévaré and Hombori have been unsafe for months.", "en", ("Sévaré", "Hombori")),
        ("Les routes entre Sévaré et Hombori sont peu sûres.", "fr", ("Sévaré", "Hombori")),
    ],
)
def test_road_chains_and_plurals(text: str, lang: str, names: tuple[str, ...]) -> None:
    m = _by_text(find_places(text, lang))
    assert {n: (m[n].relation, m[n].geo_precision) for n in names} == {n: ("road", 2) for n in names}


@pytest.mark.parametrize(
    ("text", "lang", "road", "other"),
    [
        # a singular road word names one road: the pair listed after it is no road
        ("The Kati-Kolokani road and Ségou-Markala were quiet.", "en", "Kati", "Ségou"),
        # two towns joined with no road word name no road
        ("Depuis lundi, l'axe Kati-Kolokani est fermé et les vols Dakar-Bamako sont suspendus.", "fr", "Kati",
         "Dakar"),
    ],
)
def test_road_cues_stop_at_the_road_they_name(text: str, lang: str, road: str, other: str) -> None:
    m = _by_text(find_places(text, lang))
    assert m[road].relation == "road" and m[other].relation != "road"


def test_the_road_between_two_towns_keeps_the_other_end() -> None:
    m = find_places("Gunmen ambushed a convoy on the road between Gao and Ansongo.")
    assert [(x.text, x.relation, x.partner) for x in m] == [("Gao", "road", 1), ("Ansongo", "road", 0)]


@pytest.mark.parametrize(
    ("text", "lang", "name", "admin1", "admin2"),
    [
        ("Violence spread in the Mopti region.", "en", "Mopti", "Mopti", ""),
        ("Des affrontements dans la région de Ségou.", "fr", "Ségou", "Segou", ""),
        ("Des villages du cercle de Niono ont été attaqués.", "fr", "Niono", "Segou", "Niono"),
        ("Attaque dans la province du Soum.", "fr", "Soum", "Sahel", "Soum"),
        ("Militants were active in Soum province.", "en", "Soum", "Sahel", "Soum"),
        ("Clashes in the Centre-Nord region.", "en", "Centre-Nord", "Centre-Nord", ""),
    ],
)
def test_region_cues_precision_3(text: str, lang: str, name: str, admin1: str, admin2: str) -> None:
    m = _by_text(find_places(text, lang))[name]
    assert m.is_region and m.relation == "region" and m.geo_precision == 3
    assert m.place is not None and m.place.admin1 == admin1
    if admin2:
        assert m.place.admin2 == admin2


def test_commune_cue_is_the_seat_at_precision_2() -> None:
    m = _by_text(find_places("Armed men attacked the commune of Dinangourou."))["Dinangourou"]
    assert m.is_region and m.geo_precision == 2 and m.place is not None and m.place.feature_class == "P"


@pytest.mark.parametrize("text", ["Mortars hit Gao's airport overnight.", "Mortars hit Gao’s airport overnight."])
def test_possessive_names_the_town(text: str) -> None:
    m = find_places(text)
    assert [x.text for x in m] == ["Gao"] and m[0].place is not None and m[0].place.admin1 == "Gao"


def test_spelling_variant_after_in_the() -> None:
    m = find_places("Three soldiers died when their truck hit a mine in the Diabaly area.")
    assert m and m[0].place is not None and m[0].place.name == "Diabali" and m[0].geo_precision == 2


def test_bare_country_is_its_capital_at_precision_3() -> None:
    m = find_places("Insecurity is rising in Burkina Faso.")
    assert len(m) == 1 and m[0].is_region and m[0].geo_precision == 3
    assert m[0].place is not None and m[0].place.name == "Ouagadougou"


def test_homonyms_follow_the_region_named() -> None:
    gaz = Gazetteer.load()
    near_segou = find_places("Jihadists besieged Farabougou, in the Segou region.")[0]
    assert near_segou.place is not None and near_segou.place.admin1 == "Segou"
    # the region the clause names keeps its own homonyms only, as a bracket does
    assert len(near_segou.candidates) >= 2 and {c.admin1 for c in near_segou.candidates} == {"Segou"}
    in_kayes = find_places("A patrol was attacked in Farabougou, Kayes region.")[0]
    assert in_kayes.place is not None and in_kayes.place.admin1 == "Kayes"
    assert distance_km(near_segou.place, in_kayes.place) > 100
    assert gaz.lookup("Farabougou")


def test_homonyms_follow_the_country_named() -> None:
    m = find_places("Burkinabe troops entered Boni after the attack.")[0]
    assert m.place is not None and m.place.country == "Burkina Faso"
    m = find_places("Malian troops entered Boni after the attack.")[0]
    assert m.place is not None and m.place.country == "Mali"


def test_homonyms_follow_nearby_places() -> None:
    m = _by_text(find_places("Militants burned a school in Boni and then moved to Hombori."))
    assert m["Boni"].place is not None and m["Boni"].place.admin2 == "Douentza"


def test_homonyms_prefer_a_place_known_by_the_name_itself() -> None:
    """A village that lists the name only among its spelling variants yields to one called by it, even a
    little farther from the other town the report names."""
    from sahelwatch.extract.places import _recognizer

    m = _by_text(_recognizer("en").match_text("Gunmen ambushed a convoy headed to Sevare from Boni.", [], "Mali")[0])
    assert m["Boni"].place is not None and m["Boni"].place.admin2 == "Douentza"


def test_homonyms_follow_the_base_of_the_group_named() -> None:
    """Dialloubé is a village of the Inner Niger Delta (Mopti) and of the Timbuktu lakes: the group that
    operates in the delta picks the first, one based in Timbuktu the second."""
    from sahelwatch.extract.events import extract_mentions

    delta = extract_mentions("Katiba Macina militants killed a village chief in Dialloube on Tuesday.",
                             date(2020, 5, 1), "en")[0]
    lakes = extract_mentions("AQIM militants killed a village chief in Dialloube on Tuesday.", date(2020, 5, 1),
                             "en")[0]
    assert delta.admin1 == "Mopti"
    assert lakes.admin1 == "Tombouctou"


def test_a_groups_base_stands_for_the_area_around_it() -> None:
    """Two Diguel lie 14 and 47 km from Djibo, the base of Ansaroul Islam: both are in the area it operates
    in, so its base does not outweigh the department seat (the farther one)."""
    from sahelwatch.extract.events import extract_mentions

    m = extract_mentions("Ansaroul Islam militants attacked the mayor's office in Diguel on Tuesday.",
                         date(2019, 5, 1), "en")[0]
    assert abs(m.latitude - 14.44) < 0.01


def test_a_province_named_is_no_distance_anchor() -> None:
    """'X (Diguel, Soum)': the province is an area (matched by admin2), not a point at its capital that
    pulls homonyms toward Djibo."""
    m = _by_text(find_places("Gunmen burned the prefect's residence in Diguel (Diguel, Soum) on Monday."))
    assert m["Diguel"].place is not None and abs(m["Diguel"].place.latitude - 14.44) < 0.01


def test_a_bracketed_commune_lies_in_the_areas_named_with_it() -> None:
    """'X (Madouba, Kossi)': Madouba is the commune of Kossi province, not the Malian village of that name;
    the gazetteer has no such commune, so the province locates the event."""
    chosen = event_location(find_places("Militants attacked the border post in Dakoro (Madouba, Kossi) on Sunday."))
    assert chosen is not None and chosen.place is not None
    assert chosen.place.admin1 == "Boucle du Mouhoun"


def test_bracketed_admin_areas_locate_a_village() -> None:
    mentions = find_places("Gunmen attacked the village of Bondo (Koro, Mopti).")
    m = _by_text(mentions)
    assert m["Koro"].is_region and m["Mopti"].is_region
    main = event_location(mentions)
    assert main is not None and main.place is not None and main.place.admin1 == "Mopti"


def test_common_words_actor_and_person_names_are_not_places() -> None:
    text = ("On Monday, Katiba Macina fighters loyal to Amadou Koufa met Dogon and Fulani elders; "
            "No one was hurt.")
    assert [m.text for m in find_places(text)] == []


def test_longer_names_win() -> None:
    m = find_places("Protesters gathered in Bobo-Dioulasso and Fada N'Gourma.")
    assert [x.text for x in m] == ["Bobo-Dioulasso", "Fada N'Gourma"]


def test_event_location_prefers_the_first_town_over_regions() -> None:
    mentions = find_places("In the Mopti region, militants attacked Boni on Tuesday.")
    main = event_location(mentions)
    assert main is not None and main.text == "Boni"


def test_the_spacy_component(tmp_path: Path) -> None:
    from sahelwatch.extract.pipeline import build_nlp

    nlp = build_nlp("fr")
    doc = nlp("Des hommes armés ont attaqué Moura, dans le cercle de Djenné.")
    assert [m.text for m in doc._.places] == ["Moura", "Djenné"]
    assert doc._.event_place == 0 and doc._.places[0].place.admin2 == "Djenne"
    json.dumps([m.text for m in doc._.places])


@pytest.mark.parametrize(("text", "places"), [
    # a town in a group's name is the group, not where it struck
    ("La katiba du Macina a enlevé mardi un chef de village à Dialloubé.", ["Dialloubé"]),
    ("Le Front de libération du Macina a revendiqué l'attaque de Sofara.", ["Sofara"]),
    # « Fin » is a village of the Sissili, but at the head of a date it is the end of a month
    ("Fin février, des hommes armés ont enlevé deux femmes près de Déou.", ["Déou"]),
    # a country in a force's name still points to that country
    ("L'armée du Niger a repoussé une attaque à Ayorou.", ["Niger", "Ayorou"]),
])
def test_names_inside_a_group_or_a_date_are_not_places(text: str, places: list[str]) -> None:
    from sahelwatch.extract.pipeline import build_nlp

    assert [m.text for m in build_nlp("fr")(text)._.places] == places


def test_a_village_near_a_town_is_not_a_homonym_far_from_it() -> None:
    # the gazetteer's only Tiguila lies in the Douentza cercle, some 200 km from Bankass: another village
    m = _by_text(find_places("Des hommes armés ont attaqué le hameau de Tiguila, près de Bankass.", "fr"))
    assert m["Tiguila"].place is None and m["Bankass"].place is not None
    # Ber is some 60 km from Timbuktu: "near" a regional town reaches that far
    m = _by_text(find_places("Gunmen looted shops in Ber, near Timbuktu.", "en"))
    assert m["Ber"].place is not None and m["Ber"].place.admin1 == "Tombouctou"


def test_finder_alone_has_no_choice_made() -> None:
    finder = PlaceFinder(Gazetteer.load(), "en")
    found = finder.find("Clashes erupted between Boni and Hombori, near Douentza.")
    assert [(f.text, f.relation) for f in found] == [("Boni", "between"), ("Hombori", "between"),
                                                     ("Douentza", "near")]


def test_a_note_that_says_where_it_coded_the_event() -> None:
    from sahelwatch.extract.places import PlaceRecognizer

    rec = PlaceRecognizer("en")
    mentions, preferred = rec.match_text(
        "Gunmen ambushed a convoy between Douentza and Boni (coded as Boni at geoprecision 2).")
    main = event_location(mentions, preferred)
    assert main is not None and main.text == "Boni" and main.geo_precision == 2


def test_a_neighbourhood_is_coded_to_its_town() -> None:
    m = find_places("Residents of the Dapoya neighbourhood of Ouagadougou protested.")
    assert m[0].place is not None and m[0].place.name == "Ouagadougou"


def test_a_town_beside_an_institution_word_is_a_place() -> None:
    """'the Gao University', 'the Health Center Djibo': an institution named after its town is in it,
    not a longer proper name that swallows the town."""
    for text, town in (("Staff of the Regional Health Center Kaya went on strike.", "Kaya"),
                       ("Students of the Koudougou Polytechnic University marched.", "Koudougou")):
        m = _by_text(find_places(text))
        assert town in m and m[town].place is not None and m[town].place.country == "Burkina Faso"


def test_a_bracket_locates_every_name_listed_before_it() -> None:
    finder = PlaceFinder(Gazetteer.load(), "en")
    found = finder.find("Militants attacked Boni and Hombori (Douentza, Mopti).")
    assert found[0].located_by == found[1].located_by == [2, 3]


def test_niger_departments_are_in_their_region() -> None:
    m = _by_text(find_places("Attaque dans le département de Téra au Niger.", "fr"))["Téra"]
    assert m.is_region and m.place is not None and m.place.admin1 == "Tillaberi"
    assert m.place.latitude > 13.5  # coded to the seat, not to (0, 0)


def test_spelling_variants_after_a_locative_word() -> None:
    m = find_places("Soldiers were attacked near Diabaly.")
    assert m and m[0].place is not None and m[0].place.admin1 == "Segou"


def test_a_village_spelt_as_heard_is_found_one_letter_off() -> None:
    m = find_places("Gunmen burned the school in Tanwalbougou on Sunday.")
    assert m and m[0].place is not None and (m[0].place.name, m[0].place.admin1) == ("Tanwolbougou", "Est")
    assert m[0].geo_precision == 1


def test_a_press_spelling_after_over() -> None:
    m = find_places("Fighter jets flew over Tumbuktu at dawn.")
    assert m and m[0].place is not None and (m[0].place.name, m[0].place.admin1) == ("Timbuktu", "Tombouctou")


def test_a_village_spelt_with_n_for_m_before_b() -> None:
    m = find_places("Gunmen set fire to a bar in Kompienbiga overnight.")
    assert m and m[0].place is not None and (m[0].place.name, m[0].place.admin1) == ("Kompiembiga", "Est")


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Clashes in northern Mali killed five fighters.", "en", "Gao"),
    ("Des combats ont eu lieu dans le centre du Mali.", "fr", "Mopti"),
    ("A drone strike hit a camp in north-eastern Burkina Faso.", "en", "Dori"),
    ("Five soldiers were killed in Mali.", "en", "Bamako"),
])
def test_a_part_of_a_country_is_coded_to_its_main_town(text: str, lang: str, town: str) -> None:
    chosen = event_location(find_places(text, lang))
    assert chosen is not None and chosen.place is not None
    assert (chosen.place.name, chosen.geo_precision) == (town, 3)


@pytest.mark.parametrize("source, country", [("", "Mali"), ("Mali", "Mali"), ("Burkina Faso", "Burkina Faso")])
def test_homonyms_follow_the_country_the_source_covers(source: str, country: str) -> None:
    """Boni and Koro are towns of both Mali and Burkina Faso: a source that covers one country is read
    there unless the report names another."""
    from sahelwatch.extract.places import _recognizer

    for town in ("Boni", "Koro"):
        m = _recognizer("en").match_text(f"Gunmen attacked {town} on Monday.", [], source)[0][0]
        assert m.place is not None and m.place.country == country
    m = _recognizer("en").match_text("Malian troops entered Boni after the attack.", [], "Burkina Faso")[0][0]
    assert m.place is not None and m.place.country == "Mali"


def test_the_sources_country_outweighs_a_commune_seat_abroad() -> None:
    """Essakane is a commune seat of Goundam (Mali) and, as a variant, the gold-mine town Essakan of Oudalan
    (Burkina Faso): a Burkina source means its own, though the Malian one is a seat known by the name itself."""
    from sahelwatch.extract.places import _recognizer

    m = _recognizer("en").match_text("Gunmen stormed a shop in the village of Essakane overnight.", [],
                                     "Burkina Faso")[0][0]
    assert m.place is not None and (m.place.country, m.place.admin1) == ("Burkina Faso", "Sahel")


def test_a_name_known_only_abroad_is_the_sources_village_known_with_its_quarter_word() -> None:
    """Lassa is a village of Bamako's district, and Burkina Faso's Lassa Foulbé (Soum) is filed with its quarter
    word: a Burkina source naming Lassa means its own."""
    from sahelwatch.extract.places import _recognizer

    m = _recognizer("en").match_text("Soldiers shot several men at a mosque in the village of Lassa.", [],
                                     "Burkina Faso")[0][0]
    assert m.place is not None and (m.place.country, m.place.admin2) == ("Burkina Faso", "Soum")


def test_homonyms_nothing_else_tells_apart_lean_to_the_conflict_region() -> None:
    """Mamba is a village of the Inner Niger Delta (Mopti) and of Kéniéba (Kayes): with no region, town or
    group named, the region where conflict concentrates is the likelier one."""
    from sahelwatch.extract.places import _recognizer

    m = _recognizer("en").match_text("Gunmen burned granaries in the village of Mamba overnight.", [], "Mali")[0][0]
    assert m.place is not None and m.place.admin1 == "Mopti"


def test_a_name_one_letter_off_is_a_guess_the_report_can_overrule() -> None:
    """'Gargaboule' is GeoNames' 'Gargaboulli' (Soum): one letter off, after a locative word, it is read as
    that village; a one-letter guess far from the town the report places it near is another village."""
    from sahelwatch.extract.places import _recognizer

    m = _recognizer("en").match_text("Gunmen attacked the village of Gargaboule overnight.", [], "Burkina Faso")[0][0]
    assert m.place is not None and (m.place.name, m.place.admin2) == ("Gargaboulli", "Soum")
    text = "Soldiers killed a herder in Gnimignama village, near Douentza, on Monday."
    mentions = _recognizer("en").match_text(text, [], "Mali")[0]
    assert _by_text(mentions)["Gnimignama"].place is None
    chosen = event_location(mentions)
    assert chosen is not None and chosen.text == "Douentza"


@pytest.mark.parametrize(("text", "seat", "admin2"), [
    ("Gunmen ransacked polling stations in the commune of Gandamia on Sunday.", "Kikara", "Douentza"),
    ("Soldiers burned motorbikes in the Hanzakoma commune on Friday.", "Minkiri", "Gourma-Rharous"),
    ("Two militias clashed in the area of Bourem-Inaly on Tuesday.", "Bourem Inali", "Tombouctou"),
    ("Gunmen seized cattle in the commune of Kewa on Monday.", "Kouakourou", "Djenne"),
])
def test_a_commune_named_otherwise_than_its_seat_is_its_seat(text: str, seat: str, admin2: str) -> None:
    """communes.csv: a commune's name ('Gandamia') is coded to its seat (Kikara), not to a namesake that only
    looks like it (Goudania, 800 km west) nor to the town its name begins with (Bourem, in another region)."""
    place = event_location(find_places(text))
    assert place is not None and place.place is not None
    assert (place.place.name, place.place.admin2) == (seat, admin2)


@pytest.mark.parametrize("country", ["Liberia", "Togo", "Nigeria", "Kenya"])
def test_a_foreign_country_is_no_village(country: str) -> None:
    """A country the gazetteer does not hold is not a Malian village that looks like it (Liberta, Togo)."""
    from sahelwatch.extract.places import _recognizer

    text = f"A peacekeeper from {country} was killed when rockets hit the camp."
    assert all(m.place is None for m in _recognizer("en").match_text(text, [], "Mali")[0])


@pytest.mark.parametrize("text", ["Gunmen shot dead a veterinarian in the commune of Dougoutene I on Monday.",
                                  "Gunmen shot dead a veterinarian in the Dougoutene I commune on Monday."])
def test_a_commune_known_only_as_an_admin_area_is_the_event_place(text: str) -> None:
    """GeoNames holds some Malian communes only as ADM3 areas: the commune cue codes the event to that area
    (Koro cercle) at precision 2, not to the capital as if the report named no place."""
    place = event_location(find_places(text))
    assert place is not None and place.place is not None and place.geo_precision == 2
    assert (place.place.admin1, place.place.admin2) == ("Mopti", "Koro")


def test_press_spelling_of_ansongo() -> None:
    place = event_location(find_places("A girl herding sheep was killed by a landmine near Asongo."))
    assert place is not None and place.place is not None and place.place.name == "Ansongo"


def test_a_commune_named_bounds_a_one_letter_guess() -> None:
    """'killed in X commune, including six in Y': a village one letter off a namesake 300 km away, outside the
    commune's region, is a village the gazetteer lacks; the commune locates the event."""
    from sahelwatch.extract.places import _recognizer

    text = "Eight herders were killed in Ke-Macina commune on Monday, including six in Fokobougou."
    mentions = _recognizer("en").match_text(text, [], "Mali")[0]
    assert _by_text(mentions)["Fokobougou"].place is None
    chosen = event_location(mentions)
    assert chosen is not None and chosen.place is not None and chosen.place.admin1 == "Segou"


def test_a_one_letter_guess_told_twice_does_not_vouch_for_itself() -> None:
    # the second "Kabonga" shares the first one's guess (Babonga, 200 km north): only Pama and Fada count
    from sahelwatch.extract.places import _recognizer

    text = ("Gunmen stopped a bus near Kabonga, between Pama and Fada N'Gourma, on Monday. "
            "They burned a truck in Kabonga.")
    mentions = _recognizer("en").match_text(text, [], "Burkina Faso")[0]
    assert all(m.place is None for m in mentions if m.text == "Kabonga")
    chosen = event_location(mentions)
    assert chosen is not None and chosen.text == "Pama"


def test_a_border_named_keeps_homonyms_on_the_sources_side() -> None:
    """'near the Burkina Faso border' in a Mali source places the village in Mali, by the border: the
    neighbour named as a border does not pull the homonyms across it."""
    from sahelwatch.extract.places import _recognizer

    for text in ("Gunmen raided the village of Douna near the Burkina Faso border on Sunday.",
                 # the border word after the country's name alone: "the Burkina Faso border"
                 "Gunmen raided the village of Douna, a few kilometres from the Burkina Faso border, on Sunday."):
        m = _recognizer("en").match_text(text, [], "Mali")[0][0]
        assert m.place is not None and m.place.country == "Mali"


def test_a_border_named_prefers_the_namesake_by_that_border() -> None:
    """Mali has several Dounas; 'near the Burkina Faso border' means the one by that border, even when a town
    named in the same sentence lies closer to another."""
    from sahelwatch.extract.places import _recognizer

    text = "Gunmen raided Douna, 200 km east of Mopti and a few kilometres from the Burkina Faso border."
    m = _recognizer("en").match_text(text, [], "Mali")[0][0]
    assert m.place is not None and m.place.country == "Mali"
    assert Gazetteer.load().km_to_country(m.place.latitude, m.place.longitude, "BF", 60.0) < 20


def test_a_village_known_only_abroad_is_unknown_at_home() -> None:
    """Gassel is known only as a Burkina village: a Mali source naming it means an unknown Malian
    village, unless the report points to Burkina."""
    from sahelwatch.extract.places import _recognizer

    rec = _recognizer("en")
    assert rec.match_text("Gunmen attacked Gassel on Monday.", [], "Mali")[0][0].place is None
    for text, source in (("Gunmen attacked Gassel on Monday.", "Burkina Faso"),
                         ("Gunmen attacked Gassel on Monday.", ""),
                         ("Burkinabe soldiers entered Gassel on Monday.", "Mali")):
        m = rec.match_text(text, [], source)[0][0]
        assert m.place is not None and m.place.country == "Burkina Faso"


def test_a_town_named_after_an_unknown_area_stands_in_for_it() -> None:
    """ACLED codes an area it cannot locate to the town named with it, at geo-precision 2."""
    from sahelwatch.extract.places import _recognizer

    rec = _recognizer("en")
    unknown, town = rec.match_text("Gunmen killed two herders in the area of Gassel, Douentza.", [], "Mali")[0]
    assert unknown.place is None and town.place is not None and town.geo_precision == 2
    _, town = rec.match_text("Gunmen killed two herders in the area of Gassel and in Douentza.", [], "Mali")[0]
    assert town.geo_precision == 1  # two places, not one standing in for the other


@pytest.mark.parametrize("text, name, admin1", [
    ("Troops clashed with rebels in the Ifoghas mountains.", "Adrar des Ifoghas", "Kidal"),
    ("Soldiers were killed in the Tigharghar mountains.", "Adrar Tigharghar", "Kidal"),
    ("A mine hit a convoy near Aguelhoc.", "Aguelhok", "Kidal"),
    ("A camp was attacked in Almoustarat.", "Almoustarast", "Gao"),
    # a quarter of the capital that GeoNames lacks is coded to the capital, as ACLED codes it
    ("Hier, à Banankabougou, des jeunes ont brûlé des pneus.", "Bamako", "Bamako"),
    ("Students protested in the Kalaban Coura area.", "Kalaban Koura", "Bamako"),
])
def test_northern_massifs_and_press_spellings(text: str, name: str, admin1: str) -> None:
    m = find_places(text)[0]
    assert m.place is not None and (m.place.name, m.place.admin1) == (name, admin1)


def test_a_clan_name_alone_is_not_its_massif() -> None:
    assert [m.text for m in find_places("Ifoghas Tuareg notables met in Kidal.")] == ["Kidal"]


@pytest.mark.parametrize("text, source, seat", [
    ("Gunmen attacked an army post near the Niger border.", "Mali", "Ménaka"),
    ("Gunmen attacked an army post near Burkina Faso.", "Mali", "Mopti"),
    ("Herders clashed near the Mali-Niger border.", "Mali", "Ménaka"),
    ("Villagers from hamlets near Mali's border with Burkina Faso fled.", "Mali", "Mopti"),
    ("Gunmen attacked a police station 5 km from the border with Mali.", "Burkina Faso", "Dori"),
    ("Gunmen attacked an army post a few kilometres from the Niger border.", "Mali", "Ménaka"),
    ("Gunmen attacked a police station 5 km from the Mali border.", "Burkina Faso", "Dori"),
    ("Gunmen attacked an army post near the Niger border.", "", "Niamey"),  # no source: the country
    ("Herders clashed near the Mali-Niger border.", "Burkina Faso", "Bamako"),  # not the source's border
])
def test_a_border_locates_the_event_on_the_sources_side(text: str, source: str, seat: str) -> None:
    from sahelwatch.extract.places import _recognizer

    mentions, _ = _recognizer("en").match_text(text, [], source)
    m = event_location(mentions)
    assert m is not None and m.place is not None and m.place.name == seat and m.geo_precision == 3


def test_a_village_known_only_outside_the_region_named_is_unknown() -> None:
    """Kokourou is known only in the Kayes region: in a report set in the Mopti region it is an unknown
    village there, and the region locates the event."""
    alone = find_places("Gunmen killed a farmer in Kokourou.")[0]
    assert alone.place is not None and alone.place.admin1 == "Kayes"
    mentions = find_places("Gunmen killed a farmer in Kokourou, in the Mopti region.")
    assert mentions[0].place is None
    m = event_location(mentions)
    assert m is not None and m.place is not None and m.place.admin1 == "Mopti"


def test_a_region_named_far_away_does_not_unknown_a_village() -> None:
    text = ("Two soldiers were killed in the Mopti region on Saturday, the army said in a statement. A week "
            "earlier, five other soldiers had died in an ambush in Kokourou.")
    m = next(m for m in find_places(text) if m.text == "Kokourou")
    assert m.place is not None and m.place.admin1 == "Kayes"


def test_an_area_named_after_an_unknown_village_stands_in_for_it() -> None:
    from sahelwatch.extract.places import _recognizer

    mentions, _ = _recognizer("en").match_text("Gunmen looted a mine near Kokourou, Bandiagara cercle.", [], "Mali")
    m = event_location(mentions)
    assert m is not None and m.place is not None and m.place.admin2 == "Bandiagara" and m.geo_precision == 2


@pytest.mark.parametrize("source, country", [("Mali", "Mali"), ("", "Burkina Faso")])
def test_an_area_of_another_country_is_not_the_one_meant(source: str, country: str) -> None:
    """Gourma is a Burkina province and a part of Mali's Timbuktu region: a report from Mali means Mali's."""
    from sahelwatch.extract.places import _recognizer

    mentions, _ = _recognizer("en").match_text("Troops clashed with militants in the Gourma region.", [], source)
    m = event_location(mentions)
    assert m is not None and m.place is not None and m.place.country == country


@pytest.mark.parametrize(
    ("text", "lang", "coded_to"),
    [
        ("Butchers at the market in the Tanghin area of Ouagadougou beat a man.", "en", "Ouagadougou"),
        ("Des heurts ont éclaté dans le quartier Tanghin de Ouagadougou.", "fr", "Ouagadougou"),
        # a town of the wider area (a cercle, a region) the second name also means is coded to itself
        ("Clashes between herders and farmers in the Diabaly area of Niono left ten dead.", "en", "Diabali"),
        ("The MNLA and MUJAO fought for two days in the Bourem sector of Gao.", "en", "Bourem"),
        # a quarter's hyphenated name, one part of which is a town elsewhere, is still the quarter's
        ("Police dispersed a crowd in the Sikasso-Sira quarter of Bobo-Dioulasso on Sunday.", "en", "Bobo-Dioulasso"),
    ],
)
def test_a_quarter_is_coded_to_its_town_a_town_of_an_area_to_itself(text: str, lang: str, coded_to: str) -> None:
    chosen = event_location(find_places(text, lang))
    assert chosen is not None and chosen.place is not None and chosen.place.name == coded_to


@pytest.mark.parametrize(
    ("text", "event_place"),
    [
        ("An IED was planted on a bridge between Djenne and Kouakourou, Mopti.", "Djenne"),
        ("Gunmen attacked the market in Boni, Mopti, near the border.", "Boni"),
        # a town outside that region is a second place, not one the region locates
        ("Teachers marched in Bamako, Kayes and Sikasso.", "Bamako"),
    ],
)
def test_a_region_closing_a_place_clause_is_its_region(text: str, event_place: str) -> None:
    mentions = find_places(text, "en")
    region = [m for m in mentions if m.text in ("Mopti", "Kayes")]
    assert region and region[0].is_region == (region[0].text == "Mopti")
    chosen = event_location(mentions)
    assert chosen is not None and chosen.text == event_place


def test_a_word_after_a_full_stop_does_not_join_the_name() -> None:
    # "people" right after a name makes it a community ("the Dogon people"); after a full stop and a
    # number it opens the next sentence
    m = _by_text(find_places("Gunmen raided the border town of Markoye. 4 people were hurt."))
    assert m["Markoye"].place is not None and m["Markoye"].place.admin1 == "Sahel"
    assert not find_places("Elders of the Markoye people met the governor.")
    # a quote still joins: an operation's name is no place
    assert not find_places("The army launched operation 'Markoye' last week.")


def test_a_zone_name_in_an_admin_bracket_is_the_province() -> None:
    # "Gourma" alone is a zone straddling borders (stoplisted); as the last item of a bracket it is the province
    m = _by_text(find_places("Gunmen shot a trader in the village of Boulgou (Matiakoali, Gourma)."))
    assert m["Gourma"].is_region and m["Gourma"].place is not None and m["Gourma"].place.admin1 == "Est"
    assert m["Boulgou"].place is not None and m["Boulgou"].place.admin1 == "Est"
    assert "Gourma" not in _by_text(find_places("Gunmen crossed the Gourma on motorbikes."))


def test_press_spelling_of_a_burkina_commune() -> None:
    # "Matiacoali" (the commune's official spelling) is GeoNames' Matiakoali, found without a locative cue
    m = _by_text(find_places("Matiacoali was calm again after the raid."))
    assert m["Matiacoali"].place is not None and m["Matiacoali"].place.name == "Matiakoali"


def test_a_capital_keeps_its_name_when_a_report_names_another_country() -> None:
    text = "Power cuts hit Bamako for 18 hours a day. The border crossing at Diboli with Senegal is open."
    bamako = _by_text(find_places(text, "en"))["Bamako"]
    assert bamako.place is not None and bamako.place.country == "Mali"


def test_cote_ami_is_no_place() -> None:
    # « Côté ami, deux blessés »: the army's own side, not a village called Cote
    assert "Côté" not in _by_text(find_places("Côté ami, le bilan est de deux blessés.", "fr"))


def test_a_hyphenated_name_matches_its_one_word_spelling() -> None:
    """'Fili-Fili' is GeoNames' Filifili (Soum), not the village Fili (Yatenga) its first half names."""
    m = find_places("Militants ambushed an army patrol in the area of Fili-Fili on Monday.")
    assert [x.text for x in m] == ["Fili-Fili"]
    assert m[0].place is not None and m[0].place.name == "Filifili"


def test_a_village_known_only_up_to_spelling_yields_to_the_town_it_is_near() -> None:
    """'Barakana, near Pobe-Mengao': GeoNames has only a Barkana, 31 km off; the report's spelling is not the
    gazetteer's, so the town it is said to be near locates the event (as a GeoNames-based coder would)."""
    main = event_location(find_places("Gunmen raided the village of Barakana, near Pobe-Mengao, on Sunday."))
    assert main is not None and main.place is not None and main.place.name == "Pobé Mengao"
    assert main.geo_precision == 2


@pytest.mark.parametrize(("text", "name", "lat"), [
    ("Des hommes armés ont attaqué le détachement militaire de Banh dans la nuit de lundi.", "Banh", 14.08),
    ("Des individus armés ont incendié l'école du village de Barakana, près de Pobé-Mengao, mardi.", "Pobé Mengao",
     13.90),
    ("Une embuscade a visé une patrouille dans la zone de Fili-Fili, dans la province du Soum.", "Filifili", 14.16),
    ("Les terroristes ont attaqué la mairie de Diguel (Diguel, Soum) samedi.", "Diguel", 14.44),
    ("Des hommes armés ont tué deux personnes à Kaïn, dans le Yatenga.", "Kaïn", 14.04),
])
def test_burkina_seats_spellings_and_landmarks_in_french(text: str, name: str, lat: float) -> None:
    """French probes of the department-seat, one-word-spelling and near-landmark rules."""
    from sahelwatch.extract.places import _recognizer

    mentions, coded = _recognizer("fr").match_text(text, [], "Burkina Faso")
    main = event_location(mentions, coded)
    assert main is not None and main.place is not None
    assert main.place.name == name and abs(main.place.latitude - lat) < 0.01


def test_a_bracketed_cercle_seat_does_not_pull_its_homonyms() -> None:
    # Niono cercle holds two Nampalas (one also called Kala-Nampala, near Niono town): the cercle names both, so
    # the name decides, not nearness to the seat
    place = event_location(find_places("Soldiers clashed with gunmen in Nampala (Niono, Segou) on Sunday."))
    assert place is not None and place.place is not None
    assert place.place.name == "Nampala" and place.place.latitude > 15


def test_a_bracketed_respelling_names_the_same_place() -> None:
    # an analyst's note gives the gazetteer's spelling in square brackets; the admin bracket after it still
    # locates the village
    mentions = find_places("Gunmen burned the school of Tonou [Tondo Erkokoni] (Koro, Mopti) on Friday.")
    place = event_location(mentions)
    assert place is not None and place.text == "Tonou"
    assert place.place is not None and place.place.name == "Tondo Erkokoni"
    assert _by_text(mentions)["Koro"].is_region


@pytest.mark.parametrize(
    "note",
    [
        "Gunmen ambushed a convoy 40 km east of Douentza (coded at approximate location as Boni, geoprecision 2).",
        "Gunmen ambushed a convoy 40 km east of Douentza (coded as approximate location Boni at geoprecision 2).",
        "Gunmen ambushed a convoy near a camp [unknown site east of Douentza, coded: Boni].",
    ],
)
def test_an_analysts_approximate_coding_names_the_event_location(note: str) -> None:
    mentions, coded = PlaceRecognizer("en").match_text(note)
    main = event_location(mentions, coded)
    assert coded is not None and main is not None and main.text == "Boni"


def test_a_commune_seat_is_the_likelier_homonym() -> None:
    place = event_location(find_places("Gunmen seized a National Guard vehicle in Lere on Monday."))
    assert place is not None and place.place is not None and place.place.admin2 == "Niafunke"


@pytest.mark.parametrize(
    "text",
    [
        # a namesake village 50 km away does not make the quarter a village of the region
        "Gunmen shot two traders in the Koyaratao quarter of Timbuktu on Friday.",
        "Gunmen broke into a house in the Diondiori neighborhood in the town of Sevare overnight.",
    ],
)
def test_a_quarter_is_coded_to_its_town(text: str) -> None:
    place = event_location(find_places(text))
    assert place is not None and place.place is not None
    assert place.place.name in ("Timbuktu", "Sévaré")


def test_a_regional_capital_keeps_its_name_when_a_neighbour_is_named() -> None:
    # Niger also has a village called Gao: naming Niger as the truck's destination does not move Gao there
    mentions, _ = PlaceRecognizer("en").match_text("Gunmen robbed a truck leaving Gao for Ayorou, Niger, on Tuesday.",
                                                   source="Mali")
    gao = _by_text(mentions)["Gao"].place
    assert gao is not None and gao.country == "Mali"


def test_areas_that_only_address_a_convoys_end_leave_the_end_as_the_place() -> None:
    # the bracket gives the destination's cercle and region: the village itself is the best-known place
    place = event_location(find_places("Gunmen robbed marketgoers on their way to Bamba (Bourem, Gao) on Sunday."))
    assert place is not None and place.text == "Bamba" and place.geo_precision == 2
    # an area elsewhere is where the convoy was hit
    place = event_location(find_places("In the Mopti region, gunmen burned tankers bound for Bamako."))
    assert place is not None and place.text == "Mopti"


@pytest.mark.parametrize(("text", "lang", "event_place", "seat"), [
    ("Gunmen abducted the mayor of Boni on the road between Douentza and Hombori.", "en", "Douentza", "Boni"),
    ("Militiamen shot the village chief of Koundioli in the market of Macina on Friday.", "en", "Macina",
     "Koundioli"),
    ("Des hommes armés ont tué le chef du village de Koundioli à Macina.", "fr", "Macina", "Koundioli"),
    ("Le maire de Boni a été enlevé entre Douentza et Hombori.", "fr", "Douentza", "Boni"),
])
def test_an_offices_seat_yields_to_the_place_of_the_event(text: str, lang: str, event_place: str, seat: str) -> None:
    # "the mayor of X" says who the victim is; the event is where the report puts it
    mentions = find_places(text, lang)
    assert _by_text(mentions)[seat].relation == "title"
    chosen = event_location(mentions)
    assert chosen is not None and chosen.text == event_place


@pytest.mark.parametrize(("text", "event_place", "topics"), [
    ("Hundreds protested in Bamako against the French intervention in Kidal.", "Bamako", ("Kidal",)),
    ("A sit-in in protest against the recent fighting in the northern cities of Gao and Timbuktu took place in front "
     "of the town hall in Bamako on Monday.", "Bamako", ("Gao", "Timbuktu")),
    ("Traders marched in Sévaré against the backdrop of a deadly attack in Boulkessi.", "Sévaré", ("Boulkessi",)),
])
def test_what_a_protest_is_against_is_not_where_it_was_held(text: str, event_place: str,
                                                            topics: tuple[str, ...]) -> None:
    mentions = find_places(text)
    assert all(_by_text(mentions)[t].relation == "topic" for t in topics)
    chosen = event_location(mentions)
    assert chosen is not None and chosen.text == event_place


def test_a_protests_topic_is_the_place_when_no_other_town_is_named() -> None:
    # "demonstrated against insecurity in Timbuktu": their own town; a place held ("took place in") is no topic
    chosen = event_location(find_places("Youths demonstrated against insecurity in Timbuktu on Friday."))
    assert chosen is not None and chosen.text == "Timbuktu" and chosen.geo_precision == 1
    assert find_places("A demonstration against the mayor took place in Kati.")[0].relation == "in"


def test_an_offices_seat_is_the_place_when_no_other_town_is_named() -> None:
    chosen = event_location(find_places("Unknown gunmen killed the village chief of Koundioli on Monday."))
    assert chosen is not None and chosen.text == "Koundioli" and chosen.geo_precision == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("The presidents of Senegal and Ivory Coast met the junta leader on Friday.", "en"),
    ("The president of Niger was attacked by a crowd during his visit.", "en"),
    ("Le président du Niger a été reçu lundi par le chef de la junte.", "fr"),
])
def test_a_country_named_as_a_head_of_states_is_no_place(text: str, lang: str) -> None:
    """'the president of Niger' tells who someone is: the country is no place (the source's capital stands in)."""
    mentions = find_places(text, lang)
    assert mentions and all(m.place is None for m in mentions)
    assert event_location(mentions) is None


@pytest.mark.parametrize("text", [
    "Supporters of former defense minister Kouame Lougue rallied on Friday.",
    "Soldiers loyal to General Saran Sereme fired in the air.",
])
def test_the_names_after_a_persons_title_are_no_places(text: str) -> None:
    """Lougué and Saran are villages of Burkina Faso, and Kouamé of Ivory Coast: after a title they are a name."""
    assert [m.text for m in find_places(text) if m.place is not None] == []


def test_a_title_that_spells_an_iso_code_is_no_country() -> None:
    # "Mr" is Mauritania's ISO code, which the gazetteer also looks countries up by
    assert find_places("Gunmen abducted Mr. Traore, the editor of a local radio, on Monday.") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("A drone strike killed eight people near Léré, in Timbuktu region, on Sunday. Later, militants shelled a camp "
     "near the border with Burkina Faso.", "en"),
    ("Une frappe de drone a tué huit personnes près de Léré, dans la région de Tombouctou. Plus tard, des "
     "assaillants ont visé un camp près de la frontière avec le Burkina Faso.", "fr"),
])
def test_the_region_a_clause_names_locates_the_place(text: str, lang: str) -> None:
    """'Léré, in Timbuktu region': Mali's Léré, though Burkina Faso, which has its own Lèré, is named too."""
    from sahelwatch.extract.places import _recognizer

    mentions, coded = _recognizer(lang).match_text(text)
    place = event_location(mentions, coded)
    assert place is not None and place.place is not None
    assert (place.place.country, place.place.admin1) == ("Mali", "Tombouctou")


def test_the_town_a_bracket_locates_is_the_event_place() -> None:
    # analysts give the areas of the place they code: a town named earlier only describes someone
    mentions = find_places("Gunmen shot dead a Foutouri councillor in the village of Gayeri (Gayeri, Komondjari).")
    place = event_location(mentions)
    assert place is not None and place.text == "Gayeri" and place.place is not None
    assert place.place.admin1 == "Est"


def test_a_burkina_bracket_province_rules_out_a_namesake_elsewhere() -> None:
    # GeoNames' only Kankandi lies in Komondjari: a bracket naming Tapoa means another, unknown village,
    # and the bracket's department locates the event; the same bracket with Komondjari keeps it
    m = _by_text(find_places("Gunmen killed a herder in the village of Kankandi (Partiaga, Tapoa) on Sunday."))
    assert m["Kankandi"].place is None and m["Partiaga"].place is not None
    m = _by_text(find_places("Gunmen killed a herder in the village of Kankandi (Gayéri, Komondjari) on Sunday."))
    assert m["Kankandi"].place is not None and m["Kankandi"].place.admin2 == "Komandjoari"


@pytest.mark.parametrize(("text", "lang"), [
    ("Kaya, 19 nov. – Des manifestants ont bloqué jeudi un convoi qui traversait la ville en direction du Niger.",
     "fr"),
    ("Kaya, 19 Nov. – Protesters on Thursday blocked a convoy crossing the town, bound for Niger.", "en"),
])
def test_a_country_named_as_a_destination_does_not_pull_homonyms(text: str, lang: str) -> None:
    # the convoy was heading to Niger: the report is about Burkina's Kaya, not a Nigerien village of that name
    m = _by_text(find_places(text, lang))
    assert "Niger" not in m
    assert m["Kaya"].place is not None and m["Kaya"].place.country == "Burkina Faso"



@pytest.mark.parametrize(("text", "lang"), [
    # where the people who fled sought protection is no place of the attack
    ("After the attack in the Tillabéri region, many women had to seek protection in other villages such as "
     "Ouallam and Mangaizé.", "en"),
    ("Après l'attaque dans la région de Tillabéri, des femmes ont trouvé refuge dans d'autres villages comme "
     "Ouallam.", "fr"),
])
def test_where_the_displaced_sought_protection_is_not_the_event_place(text, lang) -> None:
    place = event_location(find_places(text, lang=lang))
    assert place is not None and place.text.startswith("Tillab")


@pytest.mark.parametrize("text", [
    "Gao's 8th district and Kidal’s camp, d'Ansongo, l'Oudalan, jusqu'à Ménaka, it's, l's, x's's, Gao''s",
    "aujourd'hui près d'Ansongo's bridge; qu'Ouagadougou’s; Mopti's\n",
])
def test_words_cut_elisions_and_possessives(text: str) -> None:
    # _words reads runs of word characters and cuts the few with an apostrophe: the spans of one elided-word
    # pattern with the possessive cut per word
    from sahelwatch.extract.places import _ELISION, _WORD, _words

    elided = re.compile(rf"(?:{_ELISION.pattern})?(?P<word>{_WORD.pattern})")
    expected = []
    for m in elided.finditer(text):
        start, end = m.start("word"), m.end()
        if text[end - 2:end] in ("'s", "’s") and end - start > 3:
            end -= 2
        expected.append((start, end))
    assert _words(text) == expected


@pytest.mark.parametrize("text", ["X (Koro, Mopti)", "Tonou [Tondo Erkokoni]  (Koro)", "(a) b (c", "a\n(b) _ (c",
                                  "é ( ("])
def test_bracket_opens_are_the_patterns_matches(text: str) -> None:
    from sahelwatch.extract.places import _bracket_opens

    assert _bracket_opens(text) == [m.start() for m in re.finditer(r"(?<=[\w\]])\s*\(", text)]


@pytest.mark.parametrize("text", ["MALİAN troops", "malıan", "ſenegalese", "BURKINABÈ VDP", "Ivorian", "Nothing"])
def test_countries_named_as_the_patterns_find_them(text: str) -> None:
    # the substring test that skips a country's search never skips one its pattern matches (odd case foldings too)
    from sahelwatch.extract.places import _recognizer

    finder = _recognizer("en").finder
    assert finder.countries_named(text) == {cc for cc, rx in finder.country_words.items() if rx.search(text)}


@pytest.mark.parametrize("text", [
    "Some hostages were freed after reciting verses from the Koran.",
    "The imam was teaching the Koran to children when the gunmen arrived.",
    "Gunmen burned copies of the Koran in the mosque of Sebba on Friday.",
])
def test_the_holy_book_is_no_place(text: str) -> None:
    """GeoNames has a village Koran in Burkina Faso; in a report the word is the book."""
    assert "Koran" not in [m.text for m in find_places(text, "en")]


@pytest.mark.parametrize("text", [
    "Security incidents rose last week in the Ségou, Mopti and Tombouctou regions.",
    "Security incidents rose last week in the Mopti and Tombouctou region of Mali.",
    "Des incidents ont été signalés dans les régions de Ségou, Mopti et Tombouctou.",
])
def test_the_region_word_after_a_list_makes_each_name_a_region(text: str) -> None:
    m = _by_text(find_places(text))
    assert all(m[name].is_region and m[name].geo_precision == 3 for name in m if name != "Mali")
