"""French place probes: where short reports written for these tests (in the style of Sahel French-language media)
are coded, and at which geo-precision (DESIGN.md: 1 the town itself, 2 near it or a part of an area, 3 only the
area). Each French probe has an English counterpart where English has the same cue."""

from __future__ import annotations

from datetime import date

import pytest

from sahelwatch.extract.events import extract_mentions
from sahelwatch.extract.places import _recognizer, find_places
from sahelwatch.resolve.places import event_location

PUB = date(2024, 5, 6)


def _event_place(text: str, lang: str = "fr", source: str = ""):  # noqa: ANN202
    mentions, coded = _recognizer(lang).match_text(text, source=source)
    return event_location(mentions, coded)


@pytest.mark.parametrize("text", [
    "Des soldats ont été tués lundi dans la localité de Boni, dans le cercle de Douentza.",
    "L'armée a pris position samedi dans la localité d'Anéfis, après des combats.",
])
def test_the_locality_of_a_town_is_the_town_itself(text: str) -> None:
    """« dans la localité de X » is X (precision 1); only « la localité voisine de X » is near it."""
    place = _event_place(text)
    assert place is not None and place.place is not None
    assert (place.relation, place.geo_precision) == ("in", 1)


def test_a_neighbouring_locality_is_near_the_town() -> None:
    place = _event_place("Des tirs ont été entendus dans la localité voisine de Boni.")
    assert place is not None and place.geo_precision == 2


@pytest.mark.parametrize(("text", "lang"), [
    ("Des hommes armés ont attaqué dimanche le campement touristique Kangaba, au bord du fleuve.", "fr"),
    ("Le bateau « Tombouctou » a essuyé des tirs mardi sur le fleuve Niger.", "fr"),
    ("Gunmen fired on the boat 'Tombouctou' on the Niger river on Tuesday.", "en"),
    ("Gunmen stormed the Hotel Kangaba on Sunday.", "en"),
])
def test_a_hotel_or_a_boat_named_after_a_town_is_no_place(text: str, lang: str) -> None:
    assert [m.text for m in find_places(text, lang)] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Le campement touristique Kangaba, situé à Dougourakoro, en périphérie est de Bamako, a été attaqué "
     "dimanche.", "fr"),
    ("A hotel in Dougourakoro, on the eastern outskirts of Bamako, was attacked on Sunday.", "en"),
])
def test_a_village_on_a_towns_outskirts_is_coded_to_the_town_near_it(text: str, lang: str) -> None:
    place = _event_place(text, lang)
    assert place is not None and place.place is not None
    assert (place.place.name, place.geo_precision) == ("Bamako", 2)


@pytest.mark.parametrize(("text", "lang"), [
    ("Une embuscade dans le cercle de Koro, près de la frontière avec le Burkina Faso, a fait dix morts.", "fr"),
    ("Des soldats burkinabè ont été pris à partie dans le cercle de Koro.", "fr"),
    ("An ambush in Koro cercle, near the border with Burkina Faso, killed ten soldiers.", "en"),
])
def test_a_cercle_named_with_a_neighbour_is_still_the_cercle(text: str, lang: str) -> None:
    """The cue says an admin area: the countries the report names holding none of that name, it is the
    neighbour's area (Mali's Koro cercle), precision 3, not a village of theirs that bears the name."""
    place = _event_place(text, lang)
    assert place is not None and place.place is not None
    assert (place.place.country, place.place.admin2, place.geo_precision) == ("Mali", "Koro", 3)


@pytest.mark.parametrize(("text", "lang"), [
    ("Les FAMa ont été attaquées lundi à Tabankort, dans la région de Ménaka, lors d'une opération conjointe "
     "avec l'armée nigérienne et la force Barkhane.", "fr"),
    ("Malian troops were attacked on Monday at Tabankort, in Menaka region, during a joint operation with "
     "Nigerien forces.", "en"),
])
def test_a_region_carved_from_a_cercle_keeps_its_villages_in_that_cercle(text: str, lang: str) -> None:
    """Ménaka region (2016) was Gao's Menaka cercle: the Tabankort near Bourem, also in Gao, is another."""
    mentions = extract_mentions(text, PUB, lang)
    assert mentions and mentions[0].location == "Tabankort" and mentions[0].admin2 == "Menaka"


@pytest.mark.parametrize(("text", "lang"), [
    ("La colonne militaire, partie de Gao début octobre, a repris Anéfis le 7 octobre.", "fr"),
    ("The military column, coming from Gao, retook Anefis on 7 October.", "en"),
])
def test_a_columns_starting_point_is_not_where_it_fought(text: str, lang: str) -> None:
    place = _event_place(text, lang)
    assert place is not None and place.text in ("Anéfis", "Anefis")


def test_the_road_leading_to_a_place_is_near_it() -> None:
    place = _event_place("Un convoi a été attaqué mercredi sur la route menant à la mine de Boungou.")
    assert place is not None and place.text == "Boungou" and place.geo_precision == 2


@pytest.mark.parametrize(("text", "lang"), [
    ("Six humanitaires ont été tués dans la réserve de girafes de Kouré, au Niger.", "fr"),
    ("Des affrontements ont eu lieu en zone de Ménaka.", "fr"),
    ("L'armée a ratissé mardi la zone de Tessit.", "fr"),
    ("Des combats ont eu lieu dans le secteur de Boni.", "fr"),
])
def test_a_reserve_or_zone_of_a_town_is_near_it(text: str, lang: str) -> None:
    place = _event_place(text, lang)
    assert place is not None and place.geo_precision == 2


@pytest.mark.parametrize(("text", "lang"), [
    ("Des femmes ont été enlevées jeudi à Djibo. Vendredi, une vingtaine d'autres ont été enlevées au nord "
     "de la commune par des hommes armés.", "fr"),
    ("Gunmen abducted women in Djibo on Thursday. On Friday, gunmen abducted twenty others in the northern part "
     "of the commune.", "en"),
])
def test_an_event_told_in_a_part_of_a_town_named_before_is_near_it(text: str, lang: str) -> None:
    mentions = extract_mentions(text, PUB, lang)
    assert len(mentions) == 2 and mentions[1].location == "Djibo" and mentions[1].geo_precision == 2


@pytest.mark.parametrize(("text", "lang"), [
    ("Marée humaine à Bamako. Vendredi, des dizaines de milliers de personnes se sont rassemblées pour dénoncer "
     "les sanctions imposées au Mali.", "fr"),
    ("Huge rally in Bamako. On Friday, tens of thousands of people gathered to protest against the sanctions "
     "imposed on Mali.", "en"),
])
def test_the_country_a_sentence_names_holds_the_reports_town(text: str, lang: str) -> None:
    mentions = extract_mentions(text, PUB, lang)
    assert mentions and mentions[0].location == "Bamako" and mentions[0].geo_precision == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("Le bateau « Tombouctou », qui reliait Gao à Mopti, a été pris pour cible jeudi par des tirs de roquettes sur "
     "le fleuve Niger, à hauteur de Gourma-Rharous.", "fr"),
    ("Gunmen fired rockets on Thursday at the boat 'Tombouctou', which linked Gao to Mopti, near Gourma-Rharous.",
     "en"),
])
def test_a_boat_is_placed_where_it_was_hit_not_at_the_ends_of_its_line(text: str, lang: str) -> None:
    place = _event_place(text, lang)
    assert place is not None and place.text == "Gourma-Rharous" and place.geo_precision == 2


def test_the_periphery_of_a_town_is_near_it() -> None:
    place = _event_place("Des hommes armés ont attaqué dimanche un hôtel à la périphérie est de Bamako.")
    assert place is not None and place.text == "Bamako" and place.geo_precision == 2


def test_villages_listed_in_the_lead_after_a_headline_are_one_event_each() -> None:
    """« les villages d'A, B et C » (the elided « d' » too), in the lead after a headline that names no town:
    one event per village, those the gazetteer lacks at a listed village it knows, precision 2."""
    text = ("Tillia : des dizaines de civils tués. Des hommes armés ont attaqué dimanche les villages d'Ezorbatanga, "
            "Bakorat et Kelwakorou, dans la commune rurale de Tillia, région de Tahoua, tuant 30 personnes.")
    mentions = extract_mentions(text, PUB, "fr")
    assert [(m.location, m.geo_precision) for m in mentions] == [("Ezorbatanga", 2), ("Bakorat", 1),
                                                                  ("Kelwakorou", 2)]


@pytest.mark.parametrize(("text", "lang", "where"), [
    ("Trois blessés ont été évacués à Sévaré après l'embuscade tendue lundi à Boni.", "fr", "Boni"),
    ("Un soldat, transféré à l'hôpital de Gao, a été blessé lundi à Ansongo.", "fr", "Ansongo"),
    ("Three wounded were evacuated to Sevare after Monday's ambush in Boni.", "en", "Boni"),
    ("A soldier, taken to the hospital in Gao, was wounded in Ansongo on Monday.", "en", "Ansongo"),
])
def test_where_people_are_taken_afterwards_is_not_the_events_place(text: str, lang: str, where: str) -> None:
    """Evacuations and transfers to a hospital; an arrest is coded where the detainees are taken (the camp)."""
    place = _event_place(text, lang)
    assert place is not None and place.text == where


@pytest.mark.parametrize(("text", "lang"), [
    ("Une embuscade a visé mercredi un convoi de la mine d'or de Boungou.", "fr"),
    ("Des orpailleurs ont été tués sur le site d'orpaillage de Kalsaka.", "fr"),
    ("Gunmen attacked workers at the Boungou gold mine on Wednesday.", "en"),
])
def test_a_mine_named_after_a_village_is_near_it(text: str, lang: str) -> None:
    place = _event_place(text, lang)
    assert place is not None and place.place is not None and place.geo_precision == 2


@pytest.mark.parametrize("text", [
    "Des combats ont opposé mardi des chasseurs à des jihadistes autour de Diafarabé.",
    "Des habitants creusaient une tranchée autour de la ville de Djibo quand des hommes armés ont tiré.",
    "Des miliciens ont affronté lundi des jihadistes aux abords de Boni.",
])
def test_around_a_town_is_the_town_itself(text: str) -> None:
    """« autour de X » (fighting that encircles a town, works along its edge) is coded to X at precision 1, as
    ACLED's coders do in the French sets; « aux abords de X » likewise."""
    place = _event_place(text)
    assert place is not None and place.place is not None and place.geo_precision == 1


@pytest.mark.parametrize(("text", "where"), [
    ("Un convoi de camions a été attaqué jeudi sur l'axe Ségou-Bamako, entre Fana et Dioïla.", "Fana"),
    ("Des bandits ont intercepté mardi deux cars entre Diéma et Didiéni, sur la route de Dakar.", "Diéma"),
])
def test_the_towns_a_stretch_lies_between_come_before_the_roads_ends(text: str, where: str) -> None:
    """« sur l'axe A-B, entre X et Y »: the stretch between X and Y locates the event, not the far ends of the
    road; « la route de Dakar » is where the road leads, not where the event was."""
    place = _event_place(text)
    assert place is not None and place.text == where and place.geo_precision == 2


def test_a_village_whose_namesakes_lie_far_from_the_town_it_is_measured_from_is_coded_to_that_town() -> None:
    """« près de Kobé, à une trentaine de kilomètres de Gao »: the gazetteer's Kobé lies hundreds of kilometres
    from Gao, so this Kobé is missing from it, and Gao locates the event (precision 2)."""
    place = _event_place("Des civils ont été tués vendredi près de Kobé, à une trentaine de kilomètres de Gao, "
                         "selon les autorités.")
    assert place is not None and place.text == "Gao" and place.geo_precision == 2


def test_a_persons_surname_after_a_title_and_a_first_name_is_no_place() -> None:
    """« la générale de brigade Nema Sagara »: a first name after a rank, then the surname (a Ségou village's name
    too): the arrest was in the town the report names."""
    place = _event_place("L'enquête a permis d'interpeller la générale de brigade Nema Sagara, puis un étranger "
                         "a été arrêté à Bamako.")
    assert place is not None and place.text == "Bamako"


@pytest.mark.parametrize(("text", "lang"), [
    ("Kaya, 19 nov. 2021 – Des manifestants ont bloqué jeudi un convoi de l'armée française qui traversait la ville "
     "en direction du Niger.", "fr"),
    ("Des manifestants ont bloqué jeudi à Kaya un convoi de l'armée française en route vers le Niger.", "fr"),
])
def test_the_country_a_convoy_is_bound_for_is_not_the_reports_country(text: str, lang: str) -> None:
    """« en direction du Niger »: where the convoy was going names no country the event is in, so Kaya is the
    Burkinabè town (not a Nigerien namesake) and Niamey is not the event's place."""
    mentions = extract_mentions(text, PUB, lang)
    assert [(m.location, m.country) for m in mentions] == [("Kaya", "Burkina Faso")]
