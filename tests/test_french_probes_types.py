"""French event-type and actor probes on what an independent writer's reports mis-read: a force merely named
beside a massacre, a demand, a denial or a threat read as an event, a claim retold as a new one, territory read
into « le contrôle de la situation », a coalition or a militia named the wrong way. Sentences written for these
tests; each English counterpart checks the same mechanism in English."""

from __future__ import annotations

from datetime import date

import pytest

from sahelwatch.extract.events import extract_mentions
from sahelwatch.model import GUESS_CONFIDENCE

PUB = date(2024, 5, 6)  # a Monday


def lead(text: str, lang: str = "fr", published: date = PUB):
    mentions = [m for m in extract_mentions(text, published, lang) if m.confidence > GUESS_CONFIDENCE]
    assert mentions, text
    return mentions


@pytest.mark.parametrize(("text", "lang"), [
    ("Des rebelles ont attaqué mardi le camp militaire de Ménaka. Le ministère de la Défense affirme que l'armée "
     "a repris le contrôle de la situation.", "fr"),
    ("Rebels attacked the army camp in Menaka on Tuesday. The defence ministry said the army had regained control "
     "of the situation.", "en"),
])
def test_control_of_the_situation_is_no_territory(text, lang):
    [m] = lead(text, lang)
    assert m.sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "lang"), [
    ("Des hommes armés ont tué mardi cinq villageois à Boni. L'attaque n'avait pas été revendiquée dimanche.", "fr"),
    ("Gunmen killed five villagers in Boni on Tuesday. The attack had not been claimed on Sunday.", "en"),
])
def test_a_claim_not_yet_made_retells_the_event(text, lang):
    [m] = lead(text, lang)
    assert (m.sub_event_type, m.fatalities) == ("Attack", 5)


@pytest.mark.parametrize(("text", "lang"), [
    ("Cinquante civils sont portés disparus après l'attaque du convoi lundi à Gaskindé.", "fr"),
    ("Fifty civilians were reported missing after the attack on the convoy in Gaskinde on Monday.", "en"),
])
def test_people_reported_missing_are_no_abduction(text, lang):
    assert lead(text, lang)[0].sub_event_type == "Attack"


@pytest.mark.parametrize(("text", "lang"), [
    ("Selon OCHA, la menace des engins explosifs improvisés reste élevée sur l'axe Boni-Hombori.", "fr"),
    ("According to OCHA, the threat of improvised explosive devices remains high on the Boni-Hombori road.", "en"),
])
def test_a_threat_of_explosive_devices_is_no_blast(text, lang):
    mentions = extract_mentions(text, PUB, lang)
    assert not [m for m in mentions if m.confidence > GUESS_CONFIDENCE], [
        (m.sub_event_type, m.confidence) for m in mentions]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le président de la Transition et le Premier ministre ont été arrêtés lundi par des militaires à Kati.", "fr"),
    ("The transitional president and the prime minister were arrested by soldiers in Kati on Monday.", "en"),
])
def test_leaders_held_by_soldiers_are_the_government(text, lang):
    [m] = lead(text, lang)
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Arrests", "Military Forces of Mali (2021-)", "Government of Mali (2021-)")


@pytest.mark.parametrize(("text", "lang"), [
    ("Des individus armés ont attaqué vendredi le village de Solhan. Ils ont d'abord visé le poste des VDP, avant "
     "de s'en prendre aux habitants, sans rencontrer de résistance. Une centaine de civils ont été tués.", "fr"),
    ("Gunmen attacked the village of Solhan on Friday. They first targeted the VDP post, then turned on the "
     "residents, meeting no resistance. About a hundred civilians were killed.", "en"),
])
def test_a_massacre_that_met_no_resistance_is_an_attack(text, lang):
    m = lead(text, lang, date(2021, 6, 7))[0]
    assert (m.sub_event_type, m.actor2) == ("Attack", "Civilians (Burkina Faso)")


@pytest.mark.parametrize(("text", "lang"), [
    ("Des chasseurs dozos ont tué jeudi une trentaine d'habitants du village peul de Sobane. Les militaires qui "
     "étaient stationnés dans le village l'avaient quitté quelques heures plus tôt.", "fr"),
    ("Dozo hunters killed about thirty residents of the Fulani village of Sobane on Thursday. The soldiers who "
     "were stationed in the village had withdrawn a few hours earlier.", "en"),
])
def test_soldiers_who_had_left_took_no_part(text, lang):
    [m] = lead(text, lang)
    assert (m.sub_event_type, m.actor2) == ("Attack", "Civilians (Mali)")


@pytest.mark.parametrize(("text", "lang"), [
    ("Des membres du groupe d'autodéfense Koglweogo ont tué mardi des habitants peuls du village de Yirgou.", "fr"),
    ("Members of the self-defense group Koglweogo killed Fulani residents of Yirgou on Tuesday.", "en"),
])
def test_a_militia_named_after_its_description_is_that_militia(text, lang):
    m = lead(text, lang, date(2019, 1, 4))[0]
    assert (m.actor1, m.actor2) == ("Koglweogo Militia", "Civilians (Burkina Faso)")


@pytest.mark.parametrize(("text", "lang", "published", "coalition"), [
    ("Les FAMa ont affronté lundi près d'Anéfis les combattants de la CMA.", "fr", PUB,
     "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"),
    ("Le 7 octobre, l'armée a repris Anéfis après des affrontements avec les ex-rebelles touaregs.", "fr",
     date(2023, 10, 9), "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"),
    ("Malian troops clashed with CMA fighters near Anefis on Monday.", "en", PUB,
     "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"),
    ("Les FAMa ont affronté lundi près d'Anéfis les combattants de la CMA.", "fr", date(2019, 5, 6),
     "CMA: Coordination of Movements of the Azawad"),
])
def test_the_cma_fights_within_the_csp_from_2023(text, lang, published, coalition):
    m = lead(text, lang, published)[0]
    assert coalition in (m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "lang"), [
    ("Les islamistes ont chassé le MNLA de Gao au terme de violents combats mercredi.", "fr"),
    ("The Islamists drove the MNLA out of Gao after heavy fighting on Wednesday.", "en"),
])
def test_driving_a_group_out_of_a_town_takes_it(text, lang):
    m = lead(text, lang, date(2012, 6, 29))[0]
    assert (m.sub_event_type, m.actor2) == (
        "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad")


def test_a_town_taken_by_a_group_is_taken_by_the_agent_after_par():
    text = ("Samedi, Gao, où se trouvait l'état-major de la région militaire, a été prise par le MNLA au terme de "
            "combats.")
    m = lead(text, "fr", date(2012, 4, 2))[0]
    assert (m.sub_event_type, m.actor1) == (
        "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad")


def test_forces_of_occupation_are_no_takeover():
    text = ("Le JNIM affirme que ses combattants ont pris d'assaut dimanche la base des « forces d'occupation » à "
            "Aguelhok. La MINUSMA a confirmé la mort de dix casques bleus.")
    assert lead(text, "fr", date(2019, 1, 22))[0].sub_event_type == "Armed clash"


def test_a_body_that_denounces_a_destruction_does_not_make_it_a_protest():
    text = ("Tombouctou : des hommes d'Ansar Dine ont détruit samedi plusieurs mausolées de saints. L'UNESCO a "
            "dénoncé une « destruction tragique ».")
    m = lead(text, "fr", date(2012, 7, 2))[0]
    assert (m.sub_event_type, m.actor1) == ("Looting/property destruction", "Ansar Dine")


@pytest.mark.parametrize(("text", "lang"), [
    ("Des hommes armés ont tué mardi cinq civils à Boni. La CEDEAO a réclamé lundi une enquête.", "fr"),
    ("Gunmen killed five civilians in Boni on Tuesday. ECOWAS on Monday was demanding an inquiry.", "en"),
])
def test_an_international_body_that_demands_is_no_protest(text, lang):
    assert [m.sub_event_type for m in lead(text, lang)] == ["Attack"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le gouvernement malien a rendu public mardi le bilan de l'attaque jihadiste contre le camp de Boulkessi : "
     "vingt-cinq soldats ont été tués.", "fr"),
    ("The Malian government condemned on Tuesday the jihadist attack on the Boulkessi camp, in which twenty-five "
     "soldiers were killed.", "en"),
])
def test_a_government_that_tells_or_condemns_is_no_party(text, lang):
    m = lead(text, lang, date(2019, 10, 2))[0]
    assert "Government of Mali (2013-2020)" not in (m.actor1, m.actor2), (m.actor1, m.actor2)


def test_huts_burned_with_their_occupants_are_no_occupation():
    text = ("Le village peul de Sobane a été attaqué samedi par des chasseurs dozos ; de nombreuses cases ont été "
            "incendiées avec leurs occupants. Au moins trente civils ont été tués.")
    assert lead(text)[0].sub_event_type == "Attack"


def test_a_town_taken_with_its_name_after_the_verb_is_taken():
    text = "Les islamistes ont pris lundi Diabaly après de violents combats avec l'armée malienne."
    assert lead(text, "fr", date(2013, 1, 15))[0].sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(("text", "lang", "published", "mutiny"), [
    ("Des militaires mutins ont tiré en l'air mercredi au camp de Kati et arrêté plusieurs officiers.", "fr", PUB,
     "Mutiny of Military Forces of Mali (2020-)"),
    ("Des soldats mutins ont tiré en l'air dimanche au camp Sangoulé Lamizana de Ouagadougou.", "fr",
     date(2022, 1, 24), "Mutiny of Military Forces of Burkina Faso (2015-2022)"),
    ("Mutinous soldiers fired in the air at the Sangoule Lamizana camp in Ouagadougou on Sunday.", "en",
     date(2022, 1, 24), "Mutiny of Military Forces of Burkina Faso (2015-2022)"),
])
def test_mutinous_soldiers_are_their_countrys_mutiny(text, lang, published, mutiny):
    m = extract_mentions(text, published, lang)[0]
    assert mutiny in (m.actor1, m.actor2), (m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "lang"), [
    ("Au moins 134 civils peuls tués à Ogossagou : le village a été attaqué samedi par des hommes armés portant la "
     "tenue des chasseurs dozos. Selon des témoins, les assaillants appartenaient à la milice Dan Na Ambassagou.",
     "fr"),
    ("At least 134 Fulani civilians killed in Ogossagou: the village was attacked on Saturday by gunmen dressed as "
     "Dozo hunters. Witnesses said the attackers belonged to the Dan Na Ambassagou militia.", "en"),
])
def test_a_headline_toll_of_civilians_makes_the_massacre_an_attack(text, lang):
    m = lead(text, lang, date(2019, 3, 26))[0]
    assert (m.sub_event_type, m.actor2) == ("Attack", "Civilians (Mali)")


@pytest.mark.parametrize(("text", "lang", "sub"), [
    ("Des hommes armés ont attaqué mardi un convoi de camions-citernes sur l'axe Gao-Ansongo et incendié cinq "
     "camions. Aucune victime n'est à déplorer.", "fr", "Looting/property destruction"),
    ("Gunmen attacked a convoy of fuel tankers on the Gao-Ansongo road on Tuesday and burned five trucks. No "
     "casualties were reported.", "en", "Looting/property destruction"),
    # a village attacked and burned is an attack on its people, even with no one hurt
    ("Des hommes armés ont attaqué et incendié mardi le village de Sobane. Aucune victime n'est à déplorer.", "fr",
     "Attack"),
    ("Gunmen attacked and burned the village of Sobane on Tuesday. No casualties were reported.", "en", "Attack"),
])
def test_vehicles_burned_with_no_one_hurt_are_property_destruction(text, lang, sub):
    assert lead(text, lang)[0].sub_event_type == sub


def test_men_rounded_up_and_executed_are_no_gathering():
    text = "Les hommes ont été rassemblés puis exécutés mardi par des militaires à Moura."
    m = lead(text)[0]
    assert (m.sub_event_type, m.actor2) == ("Attack", "Civilians (Mali)")


def test_warning_shots_kill_no_one():
    text = "Des soldats ont effectué des tirs de semonce mardi à Kaya pour disperser des manifestants."
    m = lead(text, "fr", date(2024, 5, 6))[0]
    assert m.event_type == "Protests" and m.sub_event_type != "Excessive force against protesters", m.sub_event_type


@pytest.mark.parametrize(("text", "lang"), [
    ("Les rebelles du MNLA ont repoussé les soldats et pris le contrôle des camps militaires de Kidal mercredi.",
     "fr"),
    ("MNLA rebels repelled the soldiers and took control of the army camps in Kidal on Wednesday.", "en"),
])
def test_the_force_fought_off_before_the_taking_is_not_the_taker(text, lang):
    m = lead(text, lang, date(2014, 5, 24))[0]
    assert (m.sub_event_type, m.actor1) == (
        "Non-state actor overtakes territory", "MNLA: National Movement for the Liberation of Azawad")


def test_a_destruction_told_over_two_days_is_one_event_a_day():
    text = "Des hommes d'Ansar Dine ont détruit samedi et dimanche plusieurs mausolées de saints à Tombouctou."
    got = [(m.event_date.isoformat(), m.sub_event_type) for m in lead(text, "fr", date(2012, 7, 2))]
    assert got == [("2012-06-30", "Looting/property destruction"), ("2012-07-01", "Looting/property destruction")]


def test_the_group_s_own_men_are_no_civilian_target_of_a_heritage_destruction():
    text = "Des hommes du groupe Ansar Dine ont détruit samedi plusieurs mausolées de saints à Tombouctou."
    m = lead(text, "fr", date(2012, 7, 2))[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == ("Looting/property destruction", "Ansar Dine", "")
