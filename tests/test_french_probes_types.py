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


@pytest.mark.parametrize("text", [
    "Les forces armées maliennes se sont emparées jeudi de Ménaka, que les rebelles du MNLA avaient abandonnée la "
    "veille.",
    "Les soldats maliens sont entrés samedi dans Tessalit sans rencontrer de résistance, les combattants du MNLA "
    "ayant quitté la ville.",
    "Après le retrait des combattants du MNLA, l'armée malienne a pris mardi le contrôle de Ménaka.",
    "L'armée a annoncé lundi avoir repris Léré, désertée par les combattants du MNLA.",
])
def test_a_town_its_holders_left_taken_by_the_army_is_regained(text):
    # government forces taking a town back from a named group that withdrew or fled: a regain, not a quiet transfer
    m = lead(text, "fr", date(2013, 5, 6))[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Government regains territory", "Military Forces of Mali (2012-2013)",
        "MNLA: National Movement for the Liberation of Azawad")


def test_a_town_the_army_left_taken_by_rebels_is_still_no_regain():
    text = ("Les militaires ont abandonné Tessalit dimanche ; les rebelles du MNLA sont entrés dans la ville sans "
            "combat.")
    m = lead(text, "fr", date(2012, 3, 13))[0]
    assert m.sub_event_type == "Non-violent transfer of territory"
    assert "MNLA: National Movement for the Liberation of Azawad" in (m.actor1, m.actor2)


@pytest.mark.parametrize("text", [
    "Des hommes armés se réclamant de l'État islamique ont incendié dimanche l'école de Tin-Akoff.",
    "Des combattants se réclamant du JNIM ont attaqué mardi le poste de gendarmerie de Boni.",
    "Des hommes armés qui se réclament d'Ansar Dine ont enlevé jeudi deux commerçants près de Léré.",
])
def test_claiming_allegiance_to_a_group_is_no_protest(text):
    # « se réclamer de » names the men's allegiance; « réclamer » alone is a demand
    m = lead(text)[0]
    assert m.event_type not in ("Protests", "Riots"), m.sub_event_type


MNLA = "MNLA: National Movement for the Liberation of Azawad"


@pytest.mark.parametrize("text", [
    "Kidal a été prise vendredi par le MNLA et Ansar Dine après deux jours d'encerclement.",
    "Vendredi, les combattants du MNLA et du groupe islamiste Ansar Dine sont entrés dans Kidal après de brefs "
    "échanges de tirs avec la garnison, qui s'est repliée.",
    "Les rebelles du MNLA et les jihadistes d'Ansar Dine se sont emparés vendredi de Kidal après des combats avec "
    "l'armée.",
])
def test_two_groups_joined_as_takers_are_one_side(text):
    # « par X et Y », « X et Y sont entrés »: allies (actor 1 and its associate), the town's garrison the other side
    m = lead(text, "fr", date(2012, 4, 2))[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Non-state actor overtakes territory", MNLA, "Military Forces of Mali (2012-2013)")


@pytest.mark.parametrize("text", [
    "Le camp de Tessit a été attaqué mardi par des combattants du JNIM et de l'EIGS, selon une source sécuritaire.",
    "La base de Boulkessi a été attaquée mardi par des éléments de l'EIGS et du JNIM.",
    "Le détachement de Namsiguia a été pris pour cible mardi par des combattants du JNIM et de l'EIGS.",
])
def test_a_camp_named_after_its_town_attacked_by_two_groups(text):
    # « le camp de Tessit » is an army camp; « par des combattants du X et de Y » names the attackers together
    m = lead(text)[0]
    assert m.sub_event_type == "Armed clash"
    assert m.actor2 in ("Military Forces of Mali (2021-)", "Military Forces of Burkina Faso (2022-)"), m.actor2


@pytest.mark.parametrize("text", [
    "Des hommes armés vêtus comme des chasseurs dozos ont tué samedi une trentaine de villageois peuls à Ogossagou. "
    "Selon des témoins, les assaillants appartenaient à la milice Dan Na Ambassagou.",
    "Des chasseurs traditionnels ont attaqué mardi le village peul de Sobane. Les tueurs seraient des membres de "
    "Dan Na Ambassagou, selon des rescapés.",
    "Des dozos ont incendié lundi le hameau peul de Tiry, tuant douze personnes ; les assaillants appartiendraient "
    "à Dan Na Ambassagou.",
])
def test_the_named_militia_the_attackers_belonged_to(text):
    # « les assaillants appartenaient à X », « les tueurs seraient des membres de X »: X did it; the Dozo hunters
    # described beside Dan Na Ambassagou are its men, not its foes
    m = lead(text, "fr", date(2019, 3, 25))[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == ("Attack", "Dan Na Ambassagou", "Civilians (Mali)")


def test_a_group_name_written_in_lower_case():
    text = ("Des membres de groupes d'autodéfense koglweogo ont mené mardi des représailles contre des habitants "
            "peuls de Yirgou, tuant une quarantaine de personnes.")
    m = lead(text, "fr", date(2019, 1, 4))[0]
    assert (m.sub_event_type, m.actor1) == ("Attack", "Koglweogo Militia")


@pytest.mark.parametrize("text", [
    "Au moins vingt personnes ont été tuées lundi dans une attaque contre le village de Sobane, dans le cercle de "
    "Bankass. Des hommes armés ont ouvert le feu sur les habitants. La zone est régulièrement visée par les groupes "
    "affiliés à Al-Qaïda.",
    "Des hommes armés ont tué mardi six civils sur la route de Djibo. Cette zone est souvent le théâtre d'attaques "
    "de l'EIGS.",
    "Des individus armés ont enlevé jeudi trois commerçants près de Léré. Le secteur est fréquemment le théâtre "
    "d'attaques du JNIM.",
])
def test_a_group_that_habitually_acts_there_is_not_the_perpetrator(text):
    # a later sentence on what usually happens in the area names the usual suspects, not the attackers
    m = lead(text)[0]
    assert m.actor1.startswith("Unidentified Armed Group"), m.actor1


@pytest.mark.parametrize("text", [
    "La CMA a signé samedi à Bamako l'accord de paix, un mois après le gouvernement et les groupes de la Plateforme.",
    "L'accord de paix a été signé samedi à Bamako par la Coordination des mouvements de l'Azawad, un mois après sa "
    "signature par le gouvernement et la Plateforme.",
    "La Coordination des mouvements de l'Azawad a paraphé jeudi l'accord d'Alger, que les autorités et la "
    "Plateforme avaient signé en mai.",
])
def test_a_group_s_accord_is_with_the_government(text):
    m = lead(text, "fr", date(2015, 6, 21))[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Agreement", "CMA: Coordination of Movements of the Azawad", "Government of Mali (2013-2020)")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Cadre stratégique permanent affirme que des frappes de drones de l'armée malienne ont tué dimanche 21 "
     "civils à Tinzaouatène.", "fr"),
    ("La CMA a déclaré mardi que des soldats maliens avaient exécuté trois bergers près d'Anéfis.", "fr"),
    ("The CSP-DPA said that Malian army drones had killed 21 civilians in Tinzaouatene on Sunday.", "en"),
])
def test_a_group_telling_what_others_did_is_no_party(text, lang):
    m = lead(text, lang)[0]
    assert (m.actor1, m.actor2) == ("Military Forces of Mali (2021-)", "Civilians (Mali)")


def test_a_group_telling_its_own_deed_is_its_doer():
    m = lead("Le JNIM affirme que ses combattants ont tué dimanche dix soldats près de Boni.")[0]
    assert m.actor1 == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("text", [
    "L'Association des journalistes s'inquiète de la disparition de deux de ses membres, interpellés dimanche à "
    "Ouagadougou par des hommes se présentant comme des agents de sécurité.",
    "Sa famille s'inquiète de la disparition de l'activiste Ali Traoré, interpellé jeudi à Ouagadougou par des agents "
    "se présentant comme des policiers.",
    "Ses proches s'inquiètent de la disparition de Moussa Diallo, arrêté samedi à Ouagadougou par des policiers en "
    "civil.",
])
def test_a_disappearance_after_an_arrest_is_an_arrest(text):
    m = lead(text, "fr", date(2024, 3, 26))[0]
    assert (m.sub_event_type, m.actor1) == ("Arrests", "Police Forces of Burkina Faso (2022-)")


@pytest.mark.parametrize("text", [
    "Un convoi de plus de 150 camions escorté par l'armée et qui devait ravitailler Djibo a été attaqué lundi à "
    "Gaskindé. Le gouvernement fait état de 11 militaires tués et 50 civils portés disparus.",
    "Des véhicules de transport escortés par l'armée sont tombés dans une embuscade jeudi près de Sebba ; quatre "
    "soldats ont été tués.",
    "Des camions-citernes escortés par l'armée ont été pris pour cible mardi près de Kayes ; deux militaires ont "
    "péri.",
])
def test_the_escort_of_an_attacked_convoy_is_its_target(text):
    # the force that escorted the convoy guarded it: it was hit, the attackers are unnamed
    m = lead(text, "fr", date(2022, 9, 28))[0]
    assert m.sub_event_type == "Armed clash"
    assert m.actor1.startswith("Unidentified Armed Group") and m.actor2.startswith("Military Forces"), m.actor1


def test_put_out_of_action_is_a_toll_not_a_fight():
    # « mis hors de combat »: killed or disabled, which says nothing of a fight (the air strikes decide the type)
    text = ("Une trentaine de terroristes ont été mis hors de combat jeudi lors de frappes aériennes de la force "
            "Barkhane près de Dialloubé.")
    m = lead(text, "fr", date(2018, 11, 24))[0]
    assert m.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "Vendredi, les combattants du Mouvement national de libération de l'Azawad (MNLA) et du groupe islamiste Ansar "
    "Dine sont entrés dans Kidal après de brefs échanges de tirs avec la garnison.",
    "Le Mouvement national de libération de l'Azawad (MNLA) et Ansar Dine se sont emparés vendredi de Kidal après "
    "des combats avec l'armée.",
])
def test_allies_joined_after_an_acronym(text):
    m = lead(text, "fr", date(2012, 4, 2))[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Non-state actor overtakes territory", MNLA, "Military Forces of Mali (2012-2013)")


@pytest.mark.parametrize("text", [
    "La colonne de l'armée malienne avait d'abord repris Anéfis mardi, après des affrontements avec les combattants "
    "du CSP.",
    "Les FAMa ont finalement repris Léré jeudi après de violents combats avec les rebelles du CSP.",
])
def test_a_town_retaken_after_a_fight(text):
    m = lead(text, "fr", date(2023, 10, 9))[0]
    assert (m.sub_event_type, m.actor1) == ("Government regains territory", "Military Forces of Mali (2021-)")


@pytest.mark.parametrize("text", [
    "Mardi, la MINUSMA a quitté son camp de Kidal ; les ex-rebelles du CSP en ont aussitôt pris possession.",
    "Les casques bleus ont quitté leurs bases de Tessalit lundi, et les combattants du CSP les ont occupées dans la "
    "foulée.",
])
def test_a_camp_its_force_left_then_occupied(text):
    m = lead(text, "fr", date(2023, 11, 2))[0]
    assert m.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "Lundi, des hommes armés ont intercepté des camions près de Diéma et enlevé deux chauffeurs. L'armée affirme de "
    "son côté avoir mené des frappes aériennes dans la zone de Nioro.",
    "Mardi, des hommes armés ont enlevé trois commerçants près de Léré. Les FAMa, pour leur part, disent avoir "
    "bombardé des positions terroristes près de Niono.",
])
def test_another_party_s_own_deed_is_not_more_of_the_event(text):
    # « affirme de son côté », « pour leur part, disent »: another party's own account, told beside the event, is
    # no part of it (as a denial is)
    first = lead(text)[0]
    assert first.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "Le journaliste a été enlevé jeudi à Gao. Dans une vidéo diffusée en mai, il a annoncé être détenu par ce groupe.",
    "Un humanitaire a été enlevé mardi près de Ménaka ; dans un message publié en juin, il dit être détenu par des "
    "jihadistes.",
])
def test_a_hostage_held_by_his_kidnappers_is_no_arrest(text):
    assert [m.sub_event_type for m in lead(text, "fr", date(2021, 4, 10))] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "Deux soldats français ont été tués samedi par un engin explosif près de Ménaka. Avec ces nouvelles pertes, "
    "cinquante soldats français ont été tués au Sahel depuis janvier 2013.",
    "Trois militaires ont été tués lundi par un engin explosif près de Boni. Au total, quarante soldats ont été "
    "tués dans la zone depuis 2019.",
])
def test_a_running_total_is_no_event(text):
    assert [m.sub_event_type for m in lead(text, "fr", date(2021, 1, 4))] == ["Remote explosive/landmine/IED"]


def test_a_fight_avoided_is_no_fight():
    text = ("Trois soldats ont été tués lundi par un engin explosif près de Hombori. « L'ennemi évite le combat "
            "direct et mise sur les engins explosifs », analyse un officier.")
    assert lead(text, "fr", date(2021, 1, 4))[0].sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Samedi après-midi, des assaillants ont tiré des obus de mortier puis lancé des véhicules piégés contre le camp "
    "de la MINUSMA près de l'aéroport de Tombouctou. Un casque bleu a été tué.",
    "Des roquettes se sont abattues mardi sur le camp militaire de Ber avant qu'un camion piégé ne tente de forcer "
    "l'entrée ; deux soldats ont été tués.",
])
def test_a_car_bomb_amid_mortar_fire_on_a_camp_is_a_battle(text):
    # a vehicle bomb with no bomber told, among shells or rockets: one complex attack, a battle
    assert lead(text)[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Un kamikaze a fait exploser son véhicule mardi à l'entrée du camp de Tombouctou après des tirs de roquettes ; "
    "trois soldats ont été tués.",
    "Un véhicule piégé a explosé lundi devant le camp militaire de Gao, tuant deux soldats.",
    "Un camion piégé a explosé mardi à l'entrée du camp de Ber, suivi de tirs de roquettes ; le kamikaze a été tué.",
])
def test_a_bomber_or_a_car_bomb_alone_is_a_suicide_bomb(text):
    assert lead(text)[0].sub_event_type == "Suicide bomb"
