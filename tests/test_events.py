"""sw_events: sub-event types, actors, dates, places and fatalities on written example reports."""

from __future__ import annotations

from datetime import date

import pytest

from sahelwatch.extract.events import extract_mentions
from sahelwatch.extract.pipeline import build_nlp
from sahelwatch.geo import haversine_km
from sahelwatch.model import GUESS_CONFIDENCE, SUB_EVENT_TYPES

PUB = date(2025, 11, 14)  # a Friday


def one(text: str, lang: str = "en", published: date = PUB):
    mentions = extract_mentions(text, published, lang)
    assert mentions, text
    return mentions[0]


def test_pipeline_has_components_in_order():
    names = build_nlp("en").pipe_names
    assert names.index("sw_actors") < names.index("sw_events")
    assert names.index("sw_actors") < names.index("sw_places")  # places read the groups' bases


def test_feature_article_tanker_trucks():
    m = one("Bamako is running dry. On Monday, militants of JNIM burned some 40 tanker trucks near Kassela.")
    assert m.event_date == date(2025, 11, 10)
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor1.startswith("JNIM")
    assert m.location.lower().startswith("kass")
    assert m.evidence["actor1"] and m.evidence["location"]


def test_an_event_between_two_towns_keeps_the_other_end():
    m = one("Militants attacked a fuel convoy between Kassela and Fana on Thursday.")
    assert (m.location, m.geo_precision, m.claims["location_between"]) == ("Kasséla", 2, "Fana")
    assert "location_between" not in one("Militants attacked a fuel convoy near Fana on Thursday.").claims


def test_a_convoys_destination_in_the_events_sentence_yields_to_the_reports_place():
    """The event is told in a second sentence that names only the convoy's destination: the place the report
    names as its own (the village the truck was stopped at) is the event's, not the town it was sent back to."""
    m = one("On Monday, gunmen stopped a truck carrying cattle at Namssiguia (Bourzanga, Bam). The gunmen burned "
            "the truck and sent the drivers back in the direction of Ouagadougou.")
    assert m.admin1 == "Centre-Nord"


def test_a_report_with_no_cue_we_know_is_not_dated_or_placed_by_its_dateline():
    m = one("Ouagadougou, 12 février 2025 (AIB) - Les FDS ont démantelé lundi une base terroriste près de Diapaga.",
            "fr", published=date(2025, 2, 13))
    assert (m.event_date, m.location) == (date(2025, 2, 10), "Diapaga")


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # « pris à partie », « essuyé des tirs », « subi une embuscade »: the forces named first were the ones hit
    ("Des combattants du GATIA ont été pris à partie lundi par des hommes armés près de Tinzouragan.",
     "Unidentified Armed Group (Mali)", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
    ("Les gendarmes de Kita ont essuyé lundi des tirs d'individus armés.", "Unidentified Armed Group (Mali)",
     "Police Forces of Mali (2013-2020) Gendarmerie"),
    # « une attaque de l'EIGS »: the group after the attack's noun made it
    ("Le MSA a repoussé lundi une attaque de l'EIGS près de Ménaka.", "Islamic State (Greater Sahara)",
     "MSA: Movement for Azawad Salvation"),
    # « jihadistes » beside a communal militia are its foes, not its men
    ("Des miliciens de Dan Na Ambassagou ont affronté lundi des jihadistes près de Bankass.", "Dan Na Ambassagou",
     "Unidentified Armed Group (Mali)"),
    # « des jihadistes » beside the army's dozo allies attacked them, they are not the dozos
    ("Des militaires maliens et des chasseurs dozos ont repoussé lundi une attaque des jihadistes contre "
     "Farabougou.", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2013-2020)"),
    # a headline's count of the dead (« deux gendarmes tués ») and « ont perdu la vie »: they were hit
    ("Kita : deux gendarmes tués. Des hommes armés ont ouvert le feu lundi sur leur brigade.",
     "Unidentified Armed Group (Mali)", "Police Forces of Mali (2013-2020) Gendarmerie"),
    ("Deux Volontaires pour la défense de la patrie ont perdu la vie lundi lors d'une attaque contre leur "
     "position près de Titao.", "Unidentified Armed Group (Burkina Faso)",
     "VDP: Volunteers for the Defense of the Homeland"),
])
def test_french_ways_of_naming_who_hit_whom(text, actor1, actor2):
    m = one(text, "fr", published=date(2019, 3, 28))
    assert (m.actor1, m.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "L'État islamique au Sahel a revendiqué lundi l'attaque menée dimanche contre des VDP près de Markoye.",
    "Des hommes armés ont attaqué dimanche des VDP près de Markoye. L'attaque a été revendiquée lundi par "
    "l'État islamique au Sahel.",
])
def test_a_claim_told_a_day_later_names_the_attacker_not_a_protest_or_its_day(text):
    m = one(text, "fr", published=date(2023, 3, 15))
    assert (m.event_type, m.actor1, m.event_date) == ("Battles", "Islamic State (Sahel)", date(2023, 3, 12))


@pytest.mark.parametrize(("text", "actor1"), [
    ("Une trentaine de civils ont été tués lundi à Zaongo. Les assaillants étaient des militaires arrivés à moto.",
     "Military Forces of Burkina Faso (2022-)"),
    ("Un commerçant a été enlevé lundi à Djibo. Selon ses proches, les ravisseurs seraient des jihadistes du JNIM.",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_the_report_says_who_the_attackers_were(text, actor1):
    m = one(text, "fr", published=date(2023, 3, 15))
    assert (m.actor1, m.actor2) == (actor1, "Civilians (Burkina Faso)")


def test_a_town_left_by_armed_men_and_taken_by_others_is_a_transfer_not_a_fight():
    m = one("The MNLA has held Anefis since Monday, after the departure of the Islamist fighters.",
            published=date(2013, 1, 30))
    assert m.sub_event_type == "Non-violent transfer of territory"


def test_background_massacre_keeps_its_date():
    m = one("The massacre of some 160 Fulani villagers in Ogossagou in March 2019 still weighs on the talks.")
    assert m.event_type == "Violence against civilians"
    assert m.sub_event_type == "Attack"
    assert (m.event_date.year, m.event_date.month) == (2019, 3)
    assert m.time_precision == 3
    assert "ogossagou" in m.notes.lower() and m.location.lower().startswith("og")
    assert m.fatalities == 160


@pytest.mark.parametrize(
    "text",
    [
        "Former policemen dismissed in 2011 staged a sit-in in front of the Ministry in Ouagadougou.",
        "Hundreds of former miners protested in Kalsaka against their October 2015 dismissals.",
        "Des étudiants ont marché à Koudougou en mémoire des victimes de l'année dernière.",
    ],
)
def test_the_past_a_protest_is_about_does_not_date_it(text):
    m = one(text, "fr" if "étudiants" in text else "en", published=date(2016, 9, 26))
    assert m.event_type == "Protests"
    assert m.event_date == date(2016, 9, 26)


@pytest.mark.parametrize(
    "text,lang,sub",
    [
        ("On 3 May, five soldiers were killed in a mine explosion and a subsequent ambush near Boni.", "en",
         "Armed clash"),
        ("Le 3 mai, une patrouille est tombée dans une embuscade après l'explosion d'un engin près de Djibo.", "fr",
         "Armed clash"),
        ("On 3 May, an IED hit an army truck near Boni, killing two soldiers.", "en",
         "Remote explosive/landmine/IED"),
        ("On 3 May, opposing political groups clashed in Koudougou after the mayoral vote, injuring several.", "en",
         "Mob violence"),
        # abduction is its own type only when it is the only violence
        ("On 3 May, gunmen abducted a trader on the road to Léré.", "en", "Abduction/forced disappearance"),
        ("On 3 May, JNIM militants abducted two GATIA militiamen near Anéfis.", "en", "Armed clash"),
        ("Le 3 mai, des hommes armés ont enlevé trois soldats près de Djibo.", "fr", "Armed clash"),
        ("On 3 May, gunmen abducted a teacher in Tenenkou and beat him before releasing him.", "en", "Attack"),
        ("On 3 May, the teacher was abducted by soldiers in Tenenkou.", "en", "Abduction/forced disappearance"),
        ("On 3 May, MNLA rebels gain control of Ber after a day of fighting with the army.", "en",
         "Non-state actor overtakes territory"),
        ("On 3 May, Ansar Dine fighters drove MNLA forces from the town of Léré.", "en",
         "Non-state actor overtakes territory"),
        ("On 3 May, JNIM militants attacked Dioura and forced the retreat of the soldiers stationed there.", "en",
         "Non-state actor overtakes territory"),
        (
            "On 3 May, suspected JNIM militants ambushed a Malian army patrol near Boni, killing four.",
            "en",
            "Armed clash",
        ),
        (
            "Le 3 mai, des jihadistes ont attaqué un poste de l'armée à Boni ; échanges de tirs.",
            "fr",
            "Armed clash",
        ),
        ("On 3 May, gunmen opened fire on villagers in Bankass, killing seven civilians.", "en", "Attack"),
        ("Le 3 mai, des hommes armés ont tué cinq villageois à Bankass.", "fr", "Attack"),
        (
            "On 3 May, a Malian army convoy struck an IED near Douentza; three soldiers were killed.",
            "en",
            "Remote explosive/landmine/IED",
        ),
        (
            "Le 3 mai, un véhicule des FAMa a sauté sur une mine près de Douentza.",
            "fr",
            "Remote explosive/landmine/IED",
        ),
        ("On 3 May, gunmen kidnapped a village chief in Niono.", "en", "Abduction/forced disappearance"),
        ("Le 3 mai, des hommes armés ont enlevé le maire de Niono.", "fr", "Abduction/forced disappearance"),
        ("On 3 May, militants burned the granaries of Sofara.", "en", "Looting/property destruction"),
        (
            "Le 3 mai, des jihadistes ont incendié des camions-citernes près de Kati.",
            "fr",
            "Looting/property destruction",
        ),
        (
            "On 3 May, hundreds of residents staged a peaceful march in Bamako to demand fuel.",
            "en",
            "Peaceful protest",
        ),
        (
            "Le 3 mai, des centaines d'habitants ont manifesté pacifiquement à Bamako.",
            "fr",
            "Peaceful protest",
        ),
        (
            "On 3 May, students demonstrated in Bamako; police dispersed them with tear gas.",
            "en",
            "Protest with intervention",
        ),
        ("On 3 May, protesters in Kayes burned tyres and blocked the road.", "en", "Violent demonstration"),
        (
            "On 3 May, police opened fire on demonstrators in Kayes, killing two protesters.",
            "en",
            "Excessive force against protesters",
        ),
        ("On 3 May, an angry mob lynched a suspected thief in Sikasso.", "en", "Mob violence"),
        (
            "On 3 May, the Malian air force conducted airstrikes on JNIM positions near Dioura.",
            "en",
            "Air/drone strike",
        ),
        (
            "Le 3 mai, une frappe de drone de l'armée a visé des jihadistes près de Dioura.",
            "fr",
            "Air/drone strike",
        ),
        (
            "On 3 May, unidentified militants fired mortar shells at the MINUSMA camp in Kidal.",
            "en",
            "Shelling/artillery/missile attack",
        ),
        ("On 3 May, a suicide bomber blew himself up at the gate of the camp in Gao.", "en", "Suicide bomb"),
        ("On 3 May, a grenade was thrown into a bar in Gao, wounding three.", "en", "Grenade"),
        ("On 3 May, the gendarmerie arrested two suspected militants in Segou.", "en", "Arrests"),
        ("On 3 May, the army defused an IED on the road near Sevare.", "en", "Disrupted weapons use"),
        (
            # taken once the army had left: no fight, so a quiet transfer (codebook: control won without violence)
            "On 3 May, JNIM militants seized control of the town of Boni after the army withdrew.",
            "en",
            "Non-violent transfer of territory",
        ),
        (
            "On 3 May, the Malian army recaptured the town of Boni from JNIM.",
            "en",
            "Government regains territory",
        ),
        ("On 3 May, Dozo hunters and Fulani herders signed a peace agreement in Djenne.", "en", "Agreement"),
        (
            "On 3 May, JNIM militants established a base in the forest near Nara.",
            "en",
            "Headquarters or base established",
        ),
        (
            "On 3 May, JNIM militants imposed a blockade on fuel trucks bound for Kayes.",
            "en",
            "Change to group/activity",
        ),
        ("Le 3 mai, des hommes armés ont violé deux femmes près de Mopti.", "fr", "Sexual violence"),
        # the victims decide, not the other armed actors the note names
        (
            "On 3 May, Malian soldiers killed two Fulani herdsmen near Tenenkou, accusing them of helping JNIM.",
            "en",
            "Attack",
        ),
        ("On 3 May, Fulani militiamen killed a civilian near Mopti, accusing him of working for the Dozos.", "en",
         "Attack"),
        ("Le 3 mai, des militaires ont exécuté deux bergers peuls près de Diafarabé.", "fr", "Attack"),
        ("On 3 May, gunmen shot dead a MOC commander in Gao.", "en", "Armed clash"),
        ("On 3 May, an ambush targeting GATIA near Anéfis.", "en", "Armed clash"),
        ("Le 3 mai, une embuscade ciblant le GATIA près d'Anéfis.", "fr", "Armed clash"),
        # "mobile phones", "mobilized" are no mob; images torched and force used by the police make no riot
        ("On 3 May, gunmen seized mobile phones from road users near Djibo.", "en", "Looting/property destruction"),
        ("On 3 May, thousands mobilized in Bamako to protest against insecurity.", "en", "Peaceful protest"),
        ("On 3 May, residents of Kidal protested and torched images of the president.", "en", "Peaceful protest"),
        ("On 3 May, security forces violently dispersed a rally in Bamako.", "en", "Protest with intervention"),
        # the intervention protesters call for is no intervention against them; protesters who prevent
        # something are not prevented
        ("On 3 May, thousands marched in Bamako to demand a foreign military intervention in the north.", "en",
         "Peaceful protest"),
        ("On 3 May, youths in Gao protested and prevented access to the town hall.", "en", "Peaceful protest"),
        ("On 3 May, teachers marched in Kayes; police intervene to open the road.", "en", "Protest with intervention"),
        # residents or women who ransack, burn or stone: a riot, not an attack
        ("On 3 May, residents in Koutiala ransacked the police station after a youth died in custody.", "en",
         "Violent demonstration"),
        ("On 3 May, women threw stones at a patrol and prevented it from entering the village of Kani.", "en",
         "Violent demonstration"),
        # a general strike is no air strike, a Protestant church no protest
        ("On 3 May, the unions launched a general strike in Ouagadougou.", "en", "Peaceful protest"),
        ("On 3 May, gunmen burned a Protestant church in Djibo.", "en", "Looting/property destruction"),
        ("Le 3 mai, des hommes armés ont incendié un temple protestant à Djibo.", "fr", "Looting/property destruction"),
        ("On 3 May, a large number of residents vandalized the town hall of Gaoua.", "en", "Mob violence"),
        ("On 3 May, supporters of the CMA protested in Kidal to demand the release of detained fighters.", "en",
         "Peaceful protest"),
        # a charge that went off while being laid, and IED makers or materials, are no explosion
        ("On 3 May, two JNIM militants were killed when an IED exploded while being planted near Koro.", "en",
         "Disrupted weapons use"),
        ("Le 3 mai, deux jihadistes ont été tués en posant un engin explosif près de Koro.", "fr",
         "Disrupted weapons use"),
        ("On 3 May, soldiers killed four militants near Koro and seized IED-making materials.", "en", "Armed clash"),
        ("On 3 May, gunmen shot dead a JNIM militant known for planting IEDs near Koro.", "en", "Armed clash"),
        # supplies, carts or ambulances seized in a raid: looting
        ("On 3 May, JNIM militants attacked the village of Samboali, burned the school and seized supplies.", "en",
         "Looting/property destruction"),
        ("Le 3 mai, des hommes armés ont attaqué le village de Samboali et saisi des vivres.", "fr",
         "Looting/property destruction"),
        ("On 3 May, MNLA rebels overtook Ber.", "en", "Non-state actor overtakes territory"),
        ("On 3 May, MUJAO fighters advanced south after having taken the town of Douentza.", "en",
         "Non-state actor overtakes territory"),
        ("On 3 May, ISGS militants killed two members of the Tuareg community near Menaka, accusing them of working "
         "with GATIA.", "en", "Attack"),
        # a curfew or state of emergency imposed changes what may be done there
        ("On 3 May, the governor imposed a nightly curfew in the Soum province.", "en", "Change to group/activity"),
        ("Le 3 mai, le gouvernement a prorogé l'état d'urgence dans la région du Sahel.", "fr",
         "Change to group/activity"),
        # a post named as the doer of the violence is not its target
        ("On 3 May, the army camp sentry in Djibo shot dead a man who did not stop at the barrier.", "en", "Attack"),
        ("Le 3 mai, les éléments du poste militaire de Djibo ont abattu deux bergers.", "fr", "Attack"),
        ("On 3 May, the police station in Kaya was attacked; a civilian was killed.", "en", "Armed clash"),
        # soldiers and civilians killed in one assault on a post: a battle
        ("On 3 May, JNIM attacked the army post in Boni; two soldiers and a civilian were killed.", "en",
         "Armed clash"),
        ("On 3 May, MNLA rebels seized control of Menaka without a fight after the army withdrew.", "en",
         "Non-violent transfer of territory"),
        ("On 3 May, gunmen occupied the Boni area without violence.", "en", "Non-violent transfer of territory"),
        ("On 3 May, the rebels claimed control over Tessalit without a fight.", "en",
         "Non-violent transfer of territory"),
        ("On 3 May, soldiers occupied a militia post near Gao. No report of clashes.", "en",
         "Non-violent transfer of territory"),
        # a hand or foot cut off as a punishment is violence against the person
        ("On 3 May, militants cut off the hands of two thieves in Gao.", "en", "Attack"),
        ("Le 3 mai, des jihadistes ont amputé la main d'un voleur à Gao.", "fr", "Attack"),
        ("Le 3 mai, des jihadistes ont coupé la main d'un voleur à Gao.", "fr", "Attack"),
        # the deed a victim is accused of or punished for is a charge, not the event
        ("On 3 May, Islamists cut off a man's hand as punishment for stealing in Ansongo.", "en", "Attack"),
        ("On 3 May, militants publicly amputated the hand of a young man accused of theft in Gao.", "en", "Attack"),
        ("Le 3 mai, des jihadistes ont coupé la main d'un homme accusé d'avoir volé une moto à Gao.", "fr",
         "Attack"),
        # a shooting that also used grenades is coded by the shooting that opened it
        ("On 3 May, a gunman opened fire on customers at a bar in Bamako, then threw grenades into the street, "
         "killing five people.", "en", "Attack"),
        # a place one side withdrew from and the other occupied, with no fight told, changed hands quietly
        ("On 3 May, the army withdrew from the Ber camp, which was then occupied by CMA fighters.", "en",
         "Non-violent transfer of territory"),
        # a sweep that only made arrests
        ("On 3 May, soldiers arrested twelve suspects during a military operation in the Djibo area.", "en",
         "Arrests"),
        # the attack a crowd mourns is not its own deed
        ("On 3 May, hundreds marched in Kaya in memory of those attacked in Solhan.", "en", "Peaceful protest"),
        # the deed a suspect is arrested for having planned or helped is the charge too
        ("On 3 May, police arrested the suspected mastermind of the Kaya bombing in Ouagadougou.", "en", "Arrests"),
        ("On 3 May, soldiers arrested two men implicated in the attack on the Boni market.", "en", "Arrests"),
        ("Le 3 mai, trois complices des auteurs de l'embuscade de Tin-Akoff ont été interpellés à Dori.", "fr",
         "Arrests"),
        # a place taken once the other side had left, or handed on as one side withdrew, changed hands quietly
        ("On 3 May, rebels retook control of Ber after the soldiers withdrew.", "en",
         "Non-violent transfer of territory"),
        ("On 3 May, the militia withdrew from Anefis under a truce, allowing the army to take control.", "en",
         "Non-violent transfer of territory"),
        ("Le 3 mai, les rebelles ont pris le contrôle de Ber après que les soldats se sont retirés.", "fr",
         "Non-violent transfer of territory"),
        # a group that took control of a place, with no fight, foe or casualty told: a quiet transfer;
        # taking it from a named foe, or claiming it, still says it was won by force
        ("On 3 May, the CMA took control of the village of Tarkint and its wells.", "en",
         "Non-violent transfer of territory"),
        ("On 3 May, GATIA took control of Tarkint from the MNLA.", "en", "Non-state actor overtakes territory"),
        ("On 3 May, the MNLA claimed to have taken control of Tarkint.", "en",
         "Non-state actor overtakes territory"),
        # freeing captives in a fight is no regained territory
        ("On 3 May, soldiers fought JNIM militants near Yorsala and liberated the women they held.", "en",
         "Armed clash"),
        # a report that labels its own event kind
        ("Property destruction: on 3 May, Islamists destroyed two mausoleums in Timbuktu.", "en",
         "Looting/property destruction"),
        ("Movement of forces: on 3 May, Chadian troops arrived in Kidal.", "en", "Change to group/activity"),
        # "Non-violent activity", the codebook's former name for strategic developments with no sub-type
        ("Non-violent activity: on 3 May, the MNLA announced it would join a new coalition in Kidal.", "en",
         "Other"),
        ("Activité non violente : le 3 mai, le MNLA a annoncé une nouvelle coalition à Kidal.", "fr", "Other"),
        # burning a village in an attack is an attack on it; seizing its cattle is looting
        ("On 3 May, Fulani militiamen attacked and burned the Dogon village of Simerou. No casualties reported.",
         "en", "Attack"),
        ("On 3 May, unknown gunmen attacked the Dogon village of Goroboro and seized livestock.", "en",
         "Looting/property destruction"),
        # people stripped of their belongings are robbed; beaten or maltreated as well, attacked
        ("On 3 May, gunmen stopped a bus near Boni and stripped the passengers of their phones.", "en",
         "Looting/property destruction"),
        ("Le 3 mai, des hommes armés ont attaqué un car près de Boni et dépouillé les passagers.", "fr",
         "Looting/property destruction"),
        ("On 3 May, soldiers searched the homes of Kanio, stripped residents of their savings and maltreated them.",
         "en", "Attack"),
        # unarmed crowds fighting police or each other: mob violence; deadly or armed fighting stays a clash
        ("On 3 May, youths clashed with police in Dire; two were wounded.", "en", "Mob violence"),
        ("On 3 May, armed youths and miners clashed in Bananso; five people were wounded.", "en", "Armed clash"),
        # an arrest told before the protest it caused is the news
        ("Le 3 mai, l'avocat Guy-Hervé Kam a été interpellé à Ouagadougou par des agents du renseignement. Ses "
         "partisans ont manifesté le lendemain pour exiger sa libération.", "fr", "Arrests"),
        # protesters who block a road or storm a building riot
        ("On 3 May, students blocked the RN4 route with their bikes to protest against the school calendar.", "en",
         "Violent demonstration"),
        # taking or retaking a town, even with air support, is a change of territory
        ("Le 3 mai, les islamistes du MUJAO ont pris mercredi le contrôle total de Gao après de violents combats "
         "contre le MNLA.", "fr", "Non-state actor overtakes territory"),
        ("Le 3 mai, l'armée malienne a repris le contrôle de Konna. Appuyés par des frappes aériennes françaises, "
         "les militaires ont chassé les combattants d'Ansar Dine.", "fr", "Government regains territory"),
        # an air-ground operation is a battle
        ("On 3 May, French forces carried out airstrikes followed by a ground assault near Tabankort, killing 14 "
         "militants.", "en", "Armed clash"),
        # captives are the ones killed only when they are its object, not a new conjunct
        ("On 3 May, eight gunmen were killed and three hostages freed when soldiers stopped a pickup near Ber.",
         "en", "Armed clash"),
        # a national army's convoy or patrol hit is a battle
        ("On 3 May, militants attacked a Nigerien logistics convoy near the border.", "en", "Armed clash"),
        # people burned alive, tortured, flogged or whipped are attacked
        ("On 3 May, militiamen seized two herders near Sofara and burned them alive.", "en", "Attack"),
        ("On 3 May, Islamists gave a couple 80 lashes each in Gao.", "en", "Attack"),
        ("On 3 May, Islamists carried out public floggings in the main square of Gao.", "en", "Attack"),
        ("On 3 May, guards at the Kidal prison tortured two detainees.", "en", "Attack"),
        # shells or a car bomb that open a ground assault on a camp make one battle
        ("On 3 May, militants fired mortar rounds at the army camp of Ber, then stormed the camp.", "en",
         "Armed clash"),
        ("On 3 May, a suicide bomber attacked the gate of the UN base in Tessit, then gunmen stormed the base.",
         "en", "Armed clash"),
        # the violence a protest is against, or the army's fight it supports, did not happen at the protest
        ("On 3 May, musicians rallied in Bobo-Dioulasso against the attempted lynching of a rapper.", "en",
         "Peaceful protest"),
        ("On 3 May, women in Gaoua marched to back the troops in the fight against insecurity.", "en",
         "Peaceful protest"),
        # a market, village or bus attacked with no armed defender hit is an attack on civilians, whatever
        # forces the report names besides
        ("On 3 May, JNIM militants attacked the weekly market of Kanio, wounding a trader; the army arrived two "
         "hours later.", "en", "Attack"),
        # violence a step was taken in response to is its motive
        ("On 3 May, the gendarmerie installed a base in Sofara in response to the killing of two herders.", "en",
         "Headquarters or base established"),
        # residents, villagers or youths who attack or beat people themselves are a mob; when they are attacked,
        # or flee while others attack, they are the victims
        ("On 3 May, residents of Sebba attacked two suspected ISGS militants with clubs and handed them to the "
         "gendarmes.", "en", "Mob violence"),
        ("On 3 May, the inhabitants fled as armed men attacked Kouna.", "en", "Attack"),
        # the sacking of a minister is a dismissal, not a town sacked
        ("On 3 May, hundreds of students marched in Koudougou calling for the sacking of the education minister.",
         "en", "Peaceful protest"),
        # explosives set off to destroy a bridge or a culvert are remote violence, not mere property destruction
        ("On 3 May, gunmen set off explosives under a culvert on the Djibo road, damaging it.", "en",
         "Remote explosive/landmine/IED"),
        # a vehicle struck by a mine is hit by an explosive; an air/ground operation is a battle
        ("On 3 May, a minibus was struck by a mine on the road to Tessit; two passengers were injured.", "en",
         "Remote explosive/landmine/IED"),
        ("On 3 May, Barkhane troops led air/ground operations against suspected ISGS fighters around Tin-Akoff "
         "(Oudalan). An unknown number of fatalities.", "en", "Armed clash"),
        # air strikes that follow an ambush, or come with ground operations, join a battle
        ("On 3 May, ISGS fighters ambushed a gendarmerie patrol near Kantchari, wounding three gendarmes; "
         "airstrikes followed the ambush.", "en", "Armed clash"),
        ("On 3 May, the air force carried out airstrikes and ground operations near Djibasso targeting Ansaroul "
         "Islam fighters.", "en", "Armed clash"),
        # an exploding mine and a suicide car attack are explosions
        ("On 3 May, three gendarmes were killed by an exploding mine north of Dori.", "en",
         "Remote explosive/landmine/IED"),
        ("On 3 May, a suicide car attack at the gendarmerie in Kidal killed four people.", "en", "Suicide bomb"),
        # fighters or armed bandits killed, counted loosely, are battle dead
        ("On 3 May, soldiers raided a hamlet near Tenenkou and killed between three and five alleged militants of "
         "a jihadist group.", "en", "Armed clash"),
        ("On 3 May, Dozo hunters killed an unspecified number of armed bandits in the bush near Koutiala.", "en",
         "Armed clash"),
        # hostages freed after negotiations: the deal is the event
        ("On 3 May, after weeks of negotiations, JNIM released a German hostage near Kidal.", "en", "Agreement"),
        # explosive devices recovered in an operation did not go off; a mine strike met by a counter-attack is a
        # battle
        ("On 3 May, soldiers killed four militants in a sweep near Dioura and recovered several explosive devices.",
         "en", "Armed clash"),
        ("On 3 May, an IED hit a MINUSMA truck near Aguelhok, and peacekeepers killed two assailants in a "
         "counter-attack.", "en", "Armed clash"),
        # a post attacked while unmanned is property destroyed, not a battle
        ("On 3 May, gunmen opened fire on the gendarmerie post of Seytenga while it was unmanned.", "en",
         "Looting/property destruction"),
        # "hit by gunfire" is one side firing, not an exchange; an off-duty soldier abducted is a civilian
        ("On 3 May, an NGO car was hit by gunfire near Menaka; its driver was injured.", "en", "Attack"),
        ("On 3 May, gunmen stopped a bus near Hombori and abducted a soldier who was off duty.", "en",
         "Abduction/forced disappearance"),
        # a citizen killed by the police is a civilian victim
        ("On 3 May, police officers beat a citizen to death in Sikasso during a traffic check.", "en", "Attack"),
        # a base or garrison captured is territory taken, not people arrested
        ("On 3 May, rebels captured a military base near Tessalit.", "en", "Non-state actor overtakes territory"),
        # an accord to end hostilities is an agreement, not a battle
        ("On 3 May, the CMA and GATIA signed an accord in Bourem to end hostilities.", "en", "Agreement"),
        # no fighting: what was done without combat is no clash
        ("On 3 May, JNIM fighters entered Kanio and preached at the mosque, then left without any fighting.", "en",
         "Change to group/activity"),
        # people who take to the streets demonstrate, whatever armed actors their demands name
        ("On 3 May, hundreds of youths took to the streets of Gao to urge the army to drive out the rebels.", "en",
         "Peaceful protest"),
        ("Le 3 mai, des centaines de jeunes sont descendus dans la rue à Gao pour soutenir l'armée.", "fr",
         "Peaceful protest"),
        # vigilantes who punish suspects are a mob (ACLED: vigilante violence), not a militia; the vigilantes a
        # protest is about did nothing
        ("On 3 May, vigilantes beat and whipped two suspected thieves in Kaya.", "en", "Mob violence"),
        ("On 3 May, residents of Kaya protested the arrest of vigilantes.", "en", "Peaceful protest"),
        # people who do not fight, wounded, beaten or assaulted, are the violence's victims, whatever armed actor
        # the report names as the reason or the help sought
        ("On 3 May, soldiers and GATIA fighters entered Serma, assaulting the local imam.", "en", "Attack"),
        ("On 3 May, a policeman shot and wounded a youth after a dispute in Sapouy.", "en", "Attack"),
        ("On 3 May, two gunmen shot a man at his home in Kidal, accusing him of helping the army.", "en", "Attack"),
        # a post named as where people were shot ("in front of the camp") was not hit; a foreign national and a
        # man "shot down" are civilians
        ("On 3 May, soldiers shot dead a foreign national in front of a military camp in Kaya.", "en", "Attack"),
        ("On 3 May, a man was shot down at the entrance of the gendarmerie camp in Kaya.", "en", "Attack"),
        ("On 3 May, soldiers shot dead two herders near the army post of Kaya.", "en", "Attack"),
        ("Le 3 mai, des militaires ont abattu deux bergers devant le poste de la gendarmerie de Kaya.", "fr", "Attack"),
        # a journalist or priest beaten up by a policeman is a civilian victim
        ("On 3 May, a journalist was beaten up by a policeman during a ceremony in Kaya.", "en", "Attack"),
        # armed men who encircle or besiege a village, with no fight told, change their activity
        ("On 3 May, Dozo militiamen encircled the village of Sira.", "en", "Change to group/activity"),
        ("Le 3 mai, des chasseurs dozos ont encerclé le village de Sira.", "fr", "Change to group/activity"),
        # grenades or explosives among the things seized were not used
        ("On 3 May, soldiers killed two militants near Dori and seized a motorbike, a rifle and two grenades.", "en",
         "Armed clash"),
        ("Le 3 mai, des militaires ont tué deux jihadistes près de Dori et saisi une moto, un fusil et des grenades.",
         "fr", "Armed clash"),
        # opening fire on gendarmes is violence against an armed side: a battle
        ("On 3 May, a suspected JNIM militant opened fire against two gendarmes in Djibo. The militant was shot dead "
         "and a civilian was wounded in the crossfire.", "en", "Armed clash"),
        ("Le 3 mai, un homme armé a ouvert le feu sur deux gendarmes à Djibo avant de s'enfuir.", "fr", "Armed clash"),
        # stones thrown at a patrol are a riot's, even when a gendarme is hurt and no crowd is named
        ("On 3 May, unknown individuals threw stones at gendarmes patrolling in Kaya; one gendarme was wounded.",
         "en", "Violent demonstration"),
        # a crowd described at length before what it did is still a mob
        ("On 3 May, women assaulted a trader suspected of theft with sticks and stones in Solenzo.", "en",
         "Mob violence"),
        ("On 3 May, villagers from Boundo equipped with sticks and clubs attacked two fishermen near Ngara.", "en",
         "Mob violence"),
        # a crowd dispersed with tear gas, a gathering to voice support: demonstrations
        ("On 3 May, police used tear gas to disperse the crowd claiming land in Kaya.", "en",
         "Protest with intervention"),
        ("Le 3 mai, la police a dispersé la foule à coups de gaz lacrymogène à Kaya.", "fr",
         "Protest with intervention"),
        ("On 3 May, youths in Kaya organized a gathering to express their support for the army.", "en",
         "Peaceful protest"),
        # guards, customs officers and rangers bear arms: violence against them is a battle
        ("On 3 May, two gunmen shot and wounded a security guard at a bank in Gao.", "en", "Armed clash"),
        ("On 3 May, a bank's security guard was shot and killed in Gao.", "en", "Armed clash"),
        # "the killing of militants" names fighters as the ones killed
        ("Sweeps went on. On 3 May, they resulted in the killing of several suspected ISGS militants near Gao.", "en",
         "Armed clash"),
        # townspeople who seize suspected thieves or gunmen themselves, or who beat fighters up, are a mob
        ("On 3 May, residents of Kaya captured two suspected thieves at the market and burned them alive.", "en",
         "Mob violence"),
        ("On 3 May, youths in Tessit caught three bandits and handed them over to the gendarmerie.", "en",
         "Mob violence"),
        ("On 3 May, two Koglweogo members were beaten up by Boussouma residents after a dispute over a fine.", "en",
         "Mob violence"),
        ("Le 3 mai, des jeunes de Tessit ont appréhendé trois bandits et les ont remis à la gendarmerie.", "fr",
         "Mob violence"),
        # people killed after their captors took them are executed: an attack on them (soldiers so taken and killed
        # stay battle dead)
        ("On 3 May, two French journalists were kidnapped and killed in Kidal. JNIM claimed the attack.", "en",
         "Attack"),
        ("On 3 May, soldiers arrested four GATIA members in Sofara and burned them alive.", "en", "Attack"),
        ("On 3 May, gunmen kidnapped and killed two soldiers near Gao.", "en", "Armed clash"),
        ("Le 3 mai, des militaires ont arrêté quatre membres du GATIA à Sofara et les ont brûlés vifs.", "fr",
         "Attack"),
        # a victim count spelt with a hyphen is still a count of civilians
        ("On 3 May, JNIM militants attacked Ségué, killed twenty-two villagers, and the army later intervened.", "en",
         "Attack"),
        # forced disappearances, and people taken to an unknown destination, are abductions
        ("On 3 May, the army carried out the forced disappearances of several men in the village of Diabi.", "en",
         "Abduction/forced disappearance"),
        ("Le 3 mai, l'armée a procédé à des disparitions forcées de plusieurs hommes dans le village de Diabi.", "fr",
         "Abduction/forced disappearance"),
        ("On 3 May, militants removed two off-duty gendarmes from a bus near Hombori and took them to an unknown "
         "destination.", "en", "Abduction/forced disappearance"),
        # a peace agreement signed by communities the catalogue does not name is still an agreement
        ("On 3 May, Bambara and Fulani of the villages of Sama and Diallo signed a peace agreement.", "en",
         "Agreement"),
        ("Le 3 mai, les Bambara et les Peuls des villages de Sama et Diallo ont signé un accord de paix.", "fr",
         "Agreement"),
        # fighting named as the background of the report is not its event
        ("On 3 May, gunmen killed nine traders near Macina. The attack is believed to be related to recent ethnic "
         "violence in the area.", "en", "Attack"),
        ("On 3 May, a hunter was killed in an ambush by unidentified gunmen near Tougou. Intercommunal violence was "
         "recently reported in the area.", "en", "Attack"),
        ("Le 3 mai, des hommes armés ont tué cinq commerçants près de Macina, une zone qui a connu des affrontements "
         "intercommunautaires.", "fr", "Attack"),
        ("On 3 May, clashes between Dogon and Fulani militias killed ten people near Koro.", "en", "Armed clash"),
        # the post attacked, or the people beaten, in the deed a reprisal answers were not hit by the reprisal
        ("On 3 May, soldiers killed two civilians in Sokolo, believed to be reprisals for an attack against the "
         "gendarmerie camp.", "en", "Attack"),
        ("On 3 May, presumed Islamists kidnapped 30 people in Mamba as revenge for the beating of two Islamists.",
         "en", "Abduction/forced disappearance"),
        # a crowd that sacks a militia's base or a community's shops riots: the militia is its target, not a party to a
        # fight; a militia among those who sack a town hall is not a crowd
        ("On 3 May, residents in Dire ransacked the prefecture and the Ganda Koy base, and burned a vehicle belonging "
         "to the militia.", "en", "Violent demonstration"),
        ("On 3 May, groups of butchers gathered in Ouagadougou and ransacked the Koglweogo headquarters.", "en",
         "Violent demonstration"),
        ("Le 3 mai, des jeunes de Dori ont saccagé le siège des Koglweogo.", "fr", "Violent demonstration"),
        ("On 3 May, JNIM militants and local youths ransacked the town hall of Djibo.", "en",
         "Looting/property destruction"),
        # a vehicle seized with its driver takes the driver too
        ("On 3 May, presumed ISGS militants seized an ambulance together with its driver near Tadabat.", "en",
         "Abduction/forced disappearance"),
        ("Le 3 mai, des hommes armés ont emporté un camion avec son chauffeur près de Gaskindé.", "fr",
         "Abduction/forced disappearance"),
        # protesters dispersed and some hurt, with no death or live fire told, met an intervention, not lethal force;
        # a death the crowd protests is its motive
        ("On 3 May, protesters tried to block a council meeting in Kaya; security forces dispersed them and several "
         "were wounded.", "en", "Protest with intervention"),
        ("On 3 May, people demonstrated in front of the gendarmerie in Kaya following the death of a prisoner. "
         "Gendarmes dispersed the protesters.", "en", "Protest with intervention"),
        ("Le 3 mai, des manifestants ont été dispersés par la police à Kaya, plusieurs ont été blessés.", "fr",
         "Protest with intervention"),
        ("On 3 May, police dispersed protesters in Kaya with tear gas; one protester died.", "en",
         "Excessive force against protesters"),
        # gunmen exchanging fire with guards fought them, whoever else they killed
        ("On 3 May, gunmen attacked the convoy of a mining company near Essakane, killing a driver and exchanging "
         "fire with security guards before fleeing.", "en", "Armed clash"),
        # fighters named among the dead were hit in a battle, whatever civilians died with them; one officer among
        # the dead of an office attack does not make it one
        ("On 3 May, militants killed seven people including five Koglweogo militiamen in the village of Kantari.",
         "en", "Armed clash"),
        ("Le 3 mai, des jihadistes ont tué sept personnes dont cinq Koglweogos dans le village de Kantari.", "fr",
         "Armed clash"),
        ("On 3 May, armed men attacked a customs office in Kaya, killing three people including one customs officer.",
         "en", "Attack"),
    ],
)
def test_sub_event_types(text, lang, sub):
    m = one(text, lang, date(2025, 5, 6))
    assert m.sub_event_type == sub, (text, m.sub_event_type)
    assert m.event_type == SUB_EVENT_TYPES[sub]
    assert m.event_date == date(2025, 5, 3)
    assert 0 < m.confidence <= 1


@pytest.mark.parametrize(
    ("text", "lang", "days", "tolls"),
    [
        ("On 3 May, MNLA and MUJAO fighters clashed for two days near Bourem; at least 13 were killed.", "en",
         [0, 1], [7, 6]),
        ("Le 3 mai, trois jours de combats entre le GATIA et la CMA près d'Anéfis ont fait neuf morts.", "fr",
         [0, 1, 2], [3, 3, 3]),
        ("On 3 May, three days of fighting between GATIA and the CMA near Anefis left 20 dead.", "en",
         [0, 1, 2], [7, 7, 6]),
        ("On 3 May, MNLA rebels clashed with the army near Bourem, killing 13.", "en", [0], [13]),
        ("Nurses held a sit-in at the hospital in Ouahigouya on May 3 and 4 over unpaid bonuses.", "en", [0, 1],
         [0, 0]),
        ("Les 3 et 5 mai, des enseignants ont manifesté à Koudougou.", "fr", [0, 2], [0, 0]),
        ("Overnight between 3 and 4 May, soldiers clashed with JNIM militants near Djibo, killing 12.", "en", [0],
         [12]),
    ],
)
def test_violence_or_protest_over_several_days_is_one_event_per_day(text, lang, days, tolls):
    mentions = extract_mentions(text, date(2025, 5, 6), lang)
    assert [m.event_date for m in mentions] == [date(2025, 5, 3 + k) for k in days]
    assert [m.fatalities for m in mentions] == tolls
    assert len({(m.event_type, m.location) for m in mentions}) == 1


def test_a_protest_in_several_towns_is_one_event_per_town():
    mentions = extract_mentions("On 3 May, teachers held sit-ins in Koudougou and Ouahigouya to demand their bonuses.",
                                date(2025, 5, 6), "en")
    assert [m.location for m in mentions] == ["Koudougou", "Ouahigouya"]
    assert {m.event_type for m in mentions} == {"Protests"}


def test_attack_actors_and_interaction():
    m = one(
        "On 3 May, suspected JNIM militants attacked the village of Sofara, killing seven civilians.",
        published=date(2025, 5, 6),
    )
    assert m.actor1.startswith("JNIM") and m.actor2 == "Civilians (Mali)"
    assert (m.inter1, m.inter2, m.interaction) == (2, 7, 27)
    assert m.fatalities == 7


@pytest.mark.parametrize(("text", "pair"), [
    # two groups as the subject of one verb acted together: the one they attacked is the other side
    ("On 3 May 2019, GATIA and MSA fighters killed a JNIM commander near Talataye.", {"GATIA", "JNIM"}),
    # a reciprocal clause, or a pair set against each other, keeps them on opposite sides
    ("On 3 May 2019, CMA and GATIA continued to clash near Anefis.", {"CMA", "GATIA"}),
    ("On 3 May 2019, clashes between CMA and GATIA fighters killed five near Anefis.", {"CMA", "GATIA"}),
])
def test_groups_joined_as_one_subject_act_together(text, pair):
    m = one(text, published=date(2019, 5, 6))
    assert {m.actor1.split(":")[0], m.actor2.split(":")[0]} == pair


@pytest.mark.parametrize(("text", "pair"), [
    # the accuser tells of the deed; the accused did it to someone else
    ("On 3 May 2019, the CMA accused GATIA fighters of killing three civilians near Anefis.", {"GATIA", "Civilians"}),
    # unless it was done to the accuser
    ("On 3 May 2019, the CMA accused GATIA of stealing its vehicles near Anefis.", {"CMA", "GATIA"}),
])
def test_an_accuser_is_the_source_not_a_party(text, pair):
    m = one(text, published=date(2019, 5, 6))
    assert {m.actor1.split(":")[0].split(" (")[0], m.actor2.split(":")[0].split(" (")[0]} == pair


@pytest.mark.parametrize(("text", "lang"), [
    # a headline's spelt-out count and the forces it says fell: they were hit, by someone unknown
    ("Douze soldats et deux VDP tués dans une attaque près de Djibo. Lundi, le détachement a été attaqué.", "fr"),
    ("Eleven soldiers killed near Djibo. On Monday, the detachment was attacked.", "en"),
])
def test_a_headline_counting_the_fallen_names_the_side_hit(text, lang):
    m = one(text, lang, published=date(2023, 3, 15))
    assert (m.actor1, m.actor2) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")


def test_security_forces_named_with_a_specific_force_are_that_force():
    m = one("On 3 May 2020, security forces, reportedly gendarmes, shot dead five detainees near Djibo.",
            published=date(2020, 5, 6))
    assert m.actor1 == "Police Forces of Burkina Faso (2015-2022) Gendarmerie"


def test_ied_against_forces_has_unknown_perpetrator():
    m = one("On 3 May, a MINUSMA convoy struck a landmine near Aguelhok.", published=date(2025, 5, 6))
    assert m.actor1 == "Unidentified Armed Group (Mali)"
    assert m.actor2.startswith("MINUSMA")


def test_parent_group_with_sub_group_associated():
    m = one(
        "On 3 May 2019, Katiba Macina militants ambushed a FAMa patrol near Dialloube.",
        published=date(2019, 5, 6),
    )
    assert m.actor1.startswith("JNIM") and m.assoc_actor_1 == "Katiba Macina"
    assert m.actor2 == "Military Forces of Mali (2013-2020)"


@pytest.mark.parametrize(
    ("text", "when", "actor1"),
    [
        # since 2020 ACLED codes the Macina katiba under its own name again
        ("On 3 May 2020, Katiba Macina militants ambushed a FAMa patrol near Dialloube.", date(2020, 5, 6),
         "Katiba Macina"),
        # the groups that merged into JNIM on 2 March 2017 are coded JNIM after it, themselves before it
        ("On 3 May 2018, Ansar Dine fighters ambushed a FAMa patrol near Aguelhok.", date(2018, 5, 6),
         "JNIM: Group for Support of Islam and Muslims"),
        ("On 3 May 2016, Ansar Dine fighters ambushed a FAMa patrol near Aguelhok.", date(2016, 5, 6),
         "Ansar Dine"),
        ("On 3 May 2018, AQM fighters ambushed a FAMa patrol near Boni.", date(2018, 5, 6),
         "JNIM: Group for Support of Islam and Muslims"),
        ("On 3 February 2017, FLM gunmen ambushed a FAMa patrol near Tenenkou.", date(2017, 2, 6),
         "Katiba Macina"),
    ],
)
def test_groups_coded_under_jnim_by_period(text, when, actor1):
    assert one(text, published=when).actor1 == actor1


def test_one_event_per_village():
    mentions = extract_mentions(
        "On 3 May, gunmen attacked the villages of Sofara, Kona and Boni.", date(2025, 5, 6), "en"
    )
    assert len(mentions) == 3
    assert all(m.sub_event_type in ("Attack", "Armed clash") for m in mentions)


@pytest.mark.parametrize(("text", "lang"), [
    ("On 3 May, gunmen attacked the villages of Tiguila and Kassakoro, killing six.", "en"),
    ("Le 3 mai, des hommes armés ont attaqué les villages de Tiguila et de Kassakoro, tuant six personnes.", "fr"),
])
def test_a_listed_village_the_gazetteer_lacks_is_its_own_event_near_the_one_it_knows(text, lang):
    tiguila, kassakoro = extract_mentions(text, date(2025, 5, 6), lang)
    assert (tiguila.location, tiguila.geo_precision) == ("Tiguila", 1)
    assert (kassakoro.location, kassakoro.geo_precision) == ("Kassakoro", 2)
    assert (kassakoro.latitude, kassakoro.longitude) == (tiguila.latitude, tiguila.longitude)
    assert tiguila.fatalities + kassakoro.fatalities == 6


def test_villages_a_road_runs_between_are_one_event():
    text = "On 3 May, an IED hit a bus between the villages of Tiguila and Kassakoro, killing six."
    mentions = extract_mentions(text, date(2025, 5, 6), "en")
    assert len(mentions) == 1 and mentions[0].fatalities == 6


@pytest.mark.parametrize("text, lang, towns", [
    ("Le 1er juillet, des groupes armés ont attaqué simultanément des positions FAMa à Kayes, Diboli, Sandaré et "
     "Nioro du Sahel.", "fr", 4),
    ("Dans la nuit de dimanche à lundi, les commissariats de Tongomayel et de Baraboulé ont été attaqués par des "
     "hommes armés.", "fr", 2),
    ("On 3 May, militants attacked army posts in Boni, Hombori and Douentza.", "en", 3),
])
def test_one_event_per_position_attacked(text, lang, towns):
    mentions = extract_mentions(text, date(2025, 7, 3), lang)
    assert len({m.location for m in mentions}) == towns, [m.location for m in mentions]


def test_threat_is_not_an_attack():
    mentions = extract_mentions("JNIM threatened to attack convoys on the Kayes road.", PUB, "en")
    assert all(m.sub_event_type not in ("Armed clash", "Attack") for m in mentions)


def test_no_event_in_a_price_note():
    assert extract_mentions(
        "Fuel sold at 2,000 CFA francs a litre in Bamako on Monday.", PUB, "en"
    ) == [] or all(
        m.confidence < 0.5
        for m in extract_mentions("Fuel sold at 2,000 CFA francs a litre in Bamako on Monday.", PUB, "en")
    )


def test_evidence_spans_inside_text():
    text = "On 3 May, suspected JNIM militants attacked the village of Sofara, killing seven civilians."
    m = one(text, published=date(2025, 5, 6))
    for spans in m.evidence.values():
        for s, e in spans:
            assert 0 <= s < e <= len(text)


@pytest.mark.parametrize("text, lang, published, day, town", [
    ("BAMAKO, 25 March 2019 - The United Nations condemns the attack on Saturday 23 March against the Fulani "
     "village of Ogossagou, in which some 160 civilians were killed.", "en", date(2019, 3, 25), date(2019, 3, 23),
     (13.96, -3.57)),
    ("SÉGOU, 14 novembre 2025 (AFP) - Des hommes armés ont tué mardi trois civils à Markala.", "fr",
     date(2025, 11, 14), date(2025, 11, 11), (13.67, -6.07)),
    ("Ségou, 14 novembre 2025 (AIB) – Des hommes armés ont tué mardi trois civils à Markala.", "fr",
     date(2025, 11, 14), date(2025, 11, 11), (13.67, -6.07)),
    # a town in capitals alone before the dash
    ("KOUTIALA - Des hommes armés ont tué mardi trois civils à Markala.", "fr",
     date(2025, 11, 14), date(2025, 11, 11), (13.67, -6.07)),
])
def test_the_dateline_is_where_the_report_was_filed_not_the_event(text, lang, published, day, town):
    m = one(text, lang, published=published)
    assert m.event_date == day
    assert haversine_km(m.latitude, m.longitude, *town) < 15, m.location


@pytest.mark.parametrize("text, lang, day", [
    # the day the news was told is not the day of the event
    ("Le gouvernement a annoncé samedi un bilan de 41 morts dans l'embuscade tendue jeudi près de Titao.", "fr",
     date(2025, 11, 13)),
    ("The army said on Friday that militants ambushed a patrol near Boni on Wednesday, killing four soldiers.",
     "en", date(2025, 11, 12)),
    ("Le gouvernement a revu à la hausse, ce vendredi, le bilan de la tuerie perpétrée mercredi à Seytenga.",
     "fr", date(2025, 11, 12)),
    # a French headline is dated by the lead below it
    ("Oudalan : seize fidèles tués dans une mosquée de Salmossi. Mercredi soir, des hommes armés ont ouvert "
     "le feu sur les fidèles réunis pour la prière.", "fr", date(2025, 11, 12)),
])
def test_event_date_is_not_the_day_it_was_reported(text, lang, day):
    assert one(text, lang).event_date == day


@pytest.mark.parametrize("text, lang, absent", [
    ("Selon l'armée malienne, des hommes armés ont tué trois villageois mercredi près de Bankass.", "fr",
     "Military"),
    ("According to the Malian army, gunmen killed three villagers near Bankass on Wednesday.", "en", "Military"),
])
def test_the_teller_of_the_news_is_not_a_party(text, lang, absent):
    m = one(text, lang)
    assert not m.actor1.startswith(absent) and not (m.actor2 or "").startswith(absent), (m.actor1, m.actor2)


def test_a_teller_alone_tells_of_its_own_deed():
    m = one("On 8 March, the Burkinabe armed forces announced an operation to secure the Est region.",
            published=date(2025, 3, 10))
    assert m.actor1.startswith("Military Forces of Burkina Faso")


@pytest.mark.parametrize("text, lang", [
    ("Mercredi, des hommes armés ont attaqué le camp de la gendarmerie de Sokolo, tuant vingt gendarmes. "
     "Le JNIM a revendiqué l'opération dans un message diffusé vendredi.", "fr"),
    ("On Wednesday, militants attacked the army camp in Boni, killing five soldiers. JNIM claimed the attack "
     "on Friday.", "en"),
])
def test_a_claim_of_responsibility_is_not_a_second_event(text, lang):
    assert len(extract_mentions(text, PUB, lang)) == 1


@pytest.mark.parametrize("text, lang, actor1, actor2", [
    # a claimed attack is the claimant's
    ("Mercredi, des hommes armés ont attaqué le camp de la gendarmerie de Sokolo, tuant vingt gendarmes. "
     "Le JNIM a revendiqué l'opération.", "fr", "JNIM", "Police Forces of Mali"),
    ("On Wednesday, gunmen ambushed a MINUSMA convoy near Tessalit. The attack was claimed by JNIM.", "en",
     "JNIM", "MINUSMA"),
    # the forces that were the target of the attack are actor2, in French passives too
    ("Le camp de la MINUSMA à Aguelhok a été la cible mercredi d'une attaque complexe menée par des dizaines "
     "d'assaillants.", "fr", "Unidentified Armed Group", "MINUSMA"),
    # « s'en prendre à » : the VDP post was the first target of the massacre, not its author
    ("Des hommes armés ont tué au moins 132 civils samedi à Solhan. Les assaillants s'en sont d'abord pris au poste "
     "des Volontaires pour la défense de la patrie (VDP).", "fr", "Unidentified Armed Group", "Civilians"),
    # an attack on an army camp claimed by, or attributed to, a group: the group attacked the army
    ("Mardi, une attaque contre le camp militaire de Sévaré a fait dix morts. Elle a été revendiquée par le JNIM.",
     "fr", "JNIM", "Military Forces of Mali"),
    ("Mardi, une attaque contre le camp militaire de Sévaré a fait dix morts. L'attaque a été attribuée au JNIM.",
     "fr", "JNIM", "Military Forces of Mali"),
    ("On Tuesday, an attack on the army camp in Sevare killed ten soldiers. It was blamed on JNIM.", "en",
     "JNIM", "Military Forces of Mali"),
    # "attributed the attack to X": X, not the government that spoke or mourned
    ("On Friday, an armed assault targeted a mosque in Ayorou, killing twelve worshippers. The Nigerien government "
     "declared three days of mourning. Officials attributed the attack to the Islamic State Sahel Province.",
     "en", "Islamic State (Sahel)", "Civilians"),
])
def test_claimant_and_target(text, lang, actor1, actor2):
    m = one(text, lang)
    assert m.actor1.startswith(actor1) and m.actor2.startswith(actor2), (m.actor1, m.actor2)


@pytest.mark.parametrize("text, actor2", [
    # the named group is the target, not the "gunmen" themselves
    ("On 27 September, unknown gunmen attacked a GATIA position near Amalaoulaou, killing two combatants.", "GATIA"),
    ("On 27 September, unidentified assailants killed an MNLA officer north of Abeibara.", "MNLA"),
    # taking a prisoner in a battle is not executing one
    ("On 27 September, ISGS militants ambushed an MSA convoy near Anderamboukane, killing six militiamen and "
     "taking one prisoner.", "MSA"),
])
def test_armed_groups_attacked_by_others_fight_a_battle(text, actor2):
    m = one(text, published=date(2018, 9, 30))
    assert m.sub_event_type == "Armed clash" and m.actor2.startswith(actor2), (m.sub_event_type, m.actor2)


def test_two_dated_background_events_in_one_sentence_are_two_events():
    text = ("The violence is not new. Residents remember the massacre of some 160 Fulani villagers in Ogossagou in "
            "March 2019, and the killing of hundreds of people by soldiers in Moura in March 2022.")
    mentions = {m.location: m for m in extract_mentions(text, PUB, "en")}
    assert mentions["Moura"].event_date.year == 2022 and mentions["Moura"].actor1.startswith("Military Forces")
    ogossagou = next(m for name, m in mentions.items() if name.startswith("Og"))
    assert ogossagou.event_date.year == 2019 and not ogossagou.actor1.startswith("Military Forces")


def test_one_events_course_over_two_days_stays_one_event():
    text = "On 29 August, militants abducted a councilman, then killed him in the village of Tabgou on 2 September."
    assert len(extract_mentions(text, date(2019, 9, 4), "en")) == 1


def test_rapes_told_after_a_massacre_do_not_make_it_sexual_violence():
    text = ("Des soldats ont exécuté environ 300 civils à Moura en mars 2022. Des femmes ont dénoncé des violences "
            "sexuelles commises pendant l'opération.")
    assert one(text, "fr", date(2022, 4, 5)).sub_event_type == "Attack"


@pytest.mark.parametrize("text, lang", [
    # a reason given for advice is not an event
    ("U.S. citizens should depart immediately. Overland travel is not advised because of attacks on national "
     "highways.", "en"),
    ("Washington a appelé ses ressortissants à quitter le Mali par vols commerciaux, en raison du blocus et de "
     "l'insécurité.", "fr"),
])
def test_no_confident_event_in_an_advisory(text, lang):
    assert all(m.confidence < 0.3 for m in extract_mentions(text, PUB, lang))


def test_a_station_ransacked_by_angry_customers_is_a_riot():
    m = one("La semaine dernière, à Kati, une station-service a été mise à sac par des usagers excédés par la "
            "pénurie, selon la gendarmerie.", "fr")
    assert m.event_type == "Riots" and not m.actor1.startswith("Police"), (m.sub_event_type, m.actor1)


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # during the 2012 occupation of the north, unnamed Islamists are Ansar Dine; in Gao, MUJAO
        ("On 3 July 2012, Islamists whipped a man in Timbuktu.", date(2012, 7, 5), "Ansar Dine"),
        ("On 3 August 2012, Islamists whipped a man in Gao.", date(2012, 8, 5),
         "MUJAO: Movement for Unity and Jihad in West Africa"),
        # "jihadists" are an Islamist militia in ACLED's terms until 2018, an unidentified armed group after
        ("On 3 May 2016, suspected jihadists ambushed a FAMa patrol near Boni.", date(2016, 5, 6),
         "Islamist Militia (Mali)"),
        ("On 3 May 2021, suspected jihadists ambushed a FAMa patrol near Boni.", date(2021, 5, 6),
         "Unidentified Armed Group (Mali)"),
    ],
)
def test_unnamed_islamists_by_period_and_place(text, when, expected):
    m = one(text, published=when)
    assert expected in (m.actor1, m.actor2)


def test_serval_opponents_are_ansar_dine():
    m = one("On 20 January 2013, French troops carried out air strikes around Tessalit.", published=date(2013, 1, 21))
    assert m.actor1.startswith("Military Forces of France") and m.actor2 == "Ansar Dine"
    m = one("On 20 January 2014, French troops carried out air strikes around Tessalit.", published=date(2014, 1, 21))
    assert m.actor2 == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # the target of the violence is coded as its parent too
        ("On 3 May 2019, the Malian army killed ten Katiba Macina militants near Dialloube.", date(2019, 5, 6),
         "JNIM: Group for Support of Islam and Muslims"),
        # the umbrella named first with the sub-group in brackets stays the umbrella
        ("On 3 May 2019, JNIM (Katiba Macina) militants attacked the village of Ouro near Djenne.",
         date(2019, 5, 6), "JNIM: Group for Support of Islam and Muslims"),
        # "Katiba Macina (JNIM)" once ACLED codes the katiba under its own name
        ("On 3 May 2020, Katiba Macina (JNIM) militants attacked the village of Ouro near Djenne.",
         date(2020, 5, 6), "Katiba Macina"),
        # Katiba Salaheddine is a unit of the Islamic State in the Greater Sahara
        ("On 3 May 2019, Katiba Salaheddine militants attacked the village of Tin near Menaka.",
         date(2019, 5, 6), "Islamic State (Greater Sahara)"),
        # unnamed Tuareg separatists: the MNLA while it fought alone, the CMA once the coalition formed
        ("On 3 May 2012, Tuareg rebels attacked the army camp in Anefis.", date(2012, 5, 6),
         "MNLA: National Movement for the Liberation of Azawad"),
        ("On 3 May 2016, Tuareg separatists clashed with GATIA fighters near Anefis.", date(2016, 5, 6),
         "CMA: Coordination of Movements of the Azawad"),
    ],
)
def test_sub_groups_coded_as_their_parent(text, when, expected):
    m = one(text, published=when)
    assert expected in (m.actor1, m.actor2)


def test_destroyed_heritage_site_has_no_victim():
    m = one("On 30 June 2012, Ansar Dine fighters destroyed the tombs of Muslim saints in Timbuktu.",
            published=date(2012, 7, 1))
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor1 == "Ansar Dine" and m.actor2 == ""


def test_foreign_state_forces_are_external():
    m = one("On 16 February 2013, Algerian troops killed four Ansar Dine militants near Tessalit.",
            published=date(2013, 2, 17))
    assert m.actor1 == "Military Forces of Algeria (1999-2019)" and m.inter1 == 8
    m = one("On 3 May 2019, Nigerien soldiers clashed with ISGS militants near Menaka.", published=date(2019, 5, 6))
    assert m.actor1.startswith("Military Forces of Niger") and m.inter1 == 8


@pytest.mark.parametrize(
    ("text", "when", "lang", "expected"),
    [
        # the rebellion of January-April 2012 in the north is the MNLA's
        ("On 8 February 2012, rebels attacked the army camp in Tessalit.", date(2012, 2, 9), "en",
         "MNLA: National Movement for the Liberation of Azawad"),
        # a MINUSMA subcontractor is a civilian, not the mission
        ("On 3 May 2019, gunmen shot dead a MINUSMA subcontractor in Goundam.", date(2019, 5, 6), "en",
         "Civilians (Mali)"),
        # the named group beside the description of it is the opponent
        ("On 3 May 2020, the army killed several militants (believed to be JNIM) near Somadougou.",
         date(2020, 5, 6), "en", "JNIM: Group for Support of Islam and Muslims"),
        ("Les Forces armées maliennes ont pris mardi le contrôle de Kidal, bastion des rebelles touareg. Les "
         "soldats sont entrés dans la ville désertée par les combattants du CSP-DPA.", date(2023, 11, 15), "fr",
         "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"),
    ],
)
def test_second_actor_named_or_attributed(text, when, lang, expected):
    m = one(text, lang, published=when)
    assert expected in (m.actor1, m.actor2)


def test_arrest_by_foreign_forces():
    m = one("On 29 July 2014, French soldiers arrested a MUJAO commander near Gao.", published=date(2014, 7, 30))
    assert m.sub_event_type == "Arrests"
    assert m.actor1 == "Military Forces of France (2012-2017)"
    assert m.actor2 == "MUJAO: Movement for Unity and Jihad in West Africa"


def test_uncertain_target_between_jnim_and_isgs():
    m = one("On 17 May 2020, French forces killed several suspected ISGS or JNIM militants near Tessit.",
            published=date(2020, 5, 18))
    assert m.actor1.startswith("Military Forces of France")
    assert m.actor2 == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"


def test_clash_with_only_people_hit_has_civilians_as_target():
    from sahelwatch.extract.actors import find_actors
    from sahelwatch.extract.events import EventExtractor

    text = "On 3 May 2019, JNIM militants clashed near the market of Garbame and wounded a man."
    actors = find_actors(text, date(2019, 5, 3), "Mali")
    a1, a2, *_ = EventExtractor("en")._actors("Armed clash", actors, actors, date(2019, 5, 3), "Mali", text, {})
    assert a1[0].startswith("JNIM") and a2 == ("Civilians (Mali)", 7)
    text = "On 4 July 2019, policemen in Tougouri shot and killed a man who failed to obey orders."
    actors = find_actors(text, date(2019, 7, 4), "Burkina Faso")
    a1, a2, *_ = EventExtractor("en")._actors("Armed clash", actors, actors, date(2019, 7, 4), "Burkina Faso", text, {})
    assert a1[0].startswith("Police Forces of Burkina Faso") and a2 == ("Civilians (Burkina Faso)", 7)


def test_attack_on_militia_members_codes_the_militia():
    m = one("On 8 September 2020, JNIM militants abducted a Koglweogo member near Kabonga.",
            published=date(2020, 9, 9))
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.actor1.startswith("JNIM") and m.actor2 == "Koglweogo Militia"


def test_volunteer_fighters_are_vdp():
    m = one("On 24 February 2020, ISGS militants clashed with volunteer fighters in the village of Basse near Djibo.",
            published=date(2020, 2, 25))
    assert "VDP: Volunteers for the Defense of the Homeland" in (m.actor1, m.actor2)


@pytest.mark.parametrize(
    ("when", "country_place", "expected"),
    [
        (date(2020, 4, 8), "Dioumara", "Forest Guards (Mali)"),
        # in Burkina Faso ACLED coded the forest service as a police branch until mid-2019
        (date(2018, 9, 13), "Nassougou", "Police Forces of Burkina Faso (2015-2022) Forest Guards"),
    ],
)
def test_forest_guards(when, country_place, expected):
    text = f"On {when.day} {when:%B %Y}, JNIM militants attacked the ranger station in {country_place}."
    m = one(text, published=when)
    assert expected in (m.actor1, m.actor2)


def test_a_toll_told_on_one_day_is_dated_by_the_deed():
    # the lead gives the toll and the day it was announced; the next sentence dates the killing itself
    text = ("Tuerie de Kira : le bilan s'élève à quarante morts, a annoncé jeudi le ministère. "
            "Mardi soir, des hommes armés ont encerclé le village et tiré sur les habitants.")
    mentions = extract_mentions(text, PUB, "fr")
    assert len(mentions) == 1
    assert (mentions[0].event_date, mentions[0].fatalities) == (date(2025, 11, 11), 40)


def test_a_year_alone_opens_no_background_event():
    text = ("Des hommes armés ont tué douze villageois mardi à Kira. "
            "C'est l'attaque la plus meurtrière dans la zone depuis 2019.")
    assert len(extract_mentions(text, PUB, "fr")) == 1


@pytest.mark.parametrize("text, lang", [
    ("On Monday, militants killed twelve villagers in Kira. Since the September 2022 coup, the army and its "
     "auxiliaries have conducted massacres that have killed hundreds of civilians.", "en"),
    ("Lundi, des hommes armés ont tué douze villageois à Kira. Depuis le coup d'État de septembre 2022, l'armée "
     "et ses supplétifs ont commis des massacres qui ont tué des centaines de civils.", "fr"),
])
def test_a_sentence_that_opens_with_a_long_past_period_is_a_trend_not_an_event(text, lang):
    mentions = extract_mentions(text, PUB, lang)
    assert [(m.event_date, m.fatalities) for m in mentions] == [(date(2025, 11, 10), 12)]


def test_the_sentences_after_a_trend_go_on_telling_it_until_a_dated_event():
    text = ("Since 3 September, armed groups have attacked six fuel convoys on the Dakar-Bamako corridor. More than "
            "100 tanker trucks have been destroyed. On 14 September, a convoy was attacked near Sandaré.")
    mentions = extract_mentions(text, date(2025, 9, 20), "en")
    assert [(m.event_date, m.location) for m in mentions] == [(date(2025, 9, 14), "Sandaré")]


@pytest.mark.parametrize("text, sub", [
    # government forces taking a town regain territory, whatever the verb; the town may have an adjective
    ("On 14 November, Malian troops captured the regional capital of Kidal after clashes with CSP rebels.",
     "Government regains territory"),
    ("On Tuesday, JNIM fighters captured the strategic town of Boulkessi from the army.",
     "Non-state actor overtakes territory"),
    # soldiers who take their own camp mutiny: no territory changes hands
    ("On Tuesday, national guards took control of the military camp in Kati, where four people were killed.",
     "Armed clash"),
])
def test_who_takes_a_place_decides_the_territory_sub_type(text, sub):
    assert one(text).sub_event_type == sub


@pytest.mark.parametrize("text, lang", [
    ("On Monday, gunmen killed four herders near Dori. On Wednesday, the UN reported a 50% rise in conflict deaths "
     "in the region.", "en"),
    ("Lundi, des hommes armés ont tué quatre bergers près de Dori. Mercredi, l'ONU a fait état d'une hausse de 50 % "
     "des décès liés aux conflits dans la région.", "fr"),
])
def test_a_statistic_of_deaths_is_no_event_and_no_toll(text, lang):
    mentions = extract_mentions(text, PUB, lang)
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Attack", 4)]


def test_a_number_of_people_who_fought_is_still_an_event():
    m = one("On Monday, a number of merchants fought with machetes at the cattle market in Dori. Three people died.")
    assert (m.event_type, m.fatalities) == ("Riots", 3)


@pytest.mark.parametrize("text, lang, sub", [
    ("Des hommes armés ont tué samedi une trentaine de civils à Kiri. Des renforts militaires ont été dépêchés "
     "sur les lieux.", "fr", "Attack"),
    ("Gunmen burned granaries in Kiri on Saturday. Soldiers were deployed to the area.", "en",
     "Looting/property destruction"),
])
def test_forces_sent_after_the_deed_took_no_part_in_it(text, lang, sub):
    m = one(text, lang)
    assert (m.sub_event_type, "Military" in m.actor2) == (sub, False), (m.sub_event_type, m.actor2)


def test_a_protest_going_on_since_a_recent_day_is_still_an_event():
    text = "Depuis jeudi, des centaines de manifestants bloquent un convoi de Barkhane à Kaya."
    assert one(text, "fr").event_date == date(2025, 11, 13)


def test_killing_men_women_and_children_is_an_attack_on_civilians():
    # two armed groups are named (the dozos, the association accused): the victims decide
    text = ("Jeudi, des chasseurs dozos ont pris d'assaut un hameau près de Bankass, tuant hommes, femmes et "
            "enfants. Les autorités ont dissous l'association Dan Na Ambassagou.")
    assert one(text, "fr").sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        # the forces' camp is the subject of a passive attack, past asides between commas
        "Le poste de la gendarmerie de Kira, dans le cercle de Douentza, région de Mopti, a été attaqué "
        "lundi à l'aube. Six gendarmes ont été tués.",
        "Le camp des FAMa de Kira a fait l'objet, ce lundi, d'une attaque des groupes armés terroristes. "
        "Six militaires ont été tués.",
    ],
)
def test_forces_attacked_past_an_aside_are_the_target(text):
    m = one(text, "fr")
    assert m.actor1.startswith("Unidentified Armed Group") and m.fatalities == 6


def test_a_camp_fallen_to_a_named_group():
    text = ("Le camp militaire de Kira, dans le cercle de Douentza, est tombé lundi aux mains des jihadistes "
            "du JNIM après des combats.")
    m = one(text, "fr")
    assert m.actor1.startswith("JNIM") and m.actor2.startswith("Military Forces of Mali")
    assert m.fatalities == 0  # a camp that fell is no death


def test_a_crowd_that_disperses_by_itself_is_a_peaceful_protest():
    text = ("Plusieurs milliers de personnes se sont rassemblées samedi à Sikasso pour réclamer le retour de "
            "l'électricité. Le rassemblement s'est dispersé dans le calme en fin de journée.")
    assert one(text, "fr").sub_event_type == "Peaceful protest"


def test_a_crowd_dispersed_by_the_police_is_an_intervention():
    text = ("Plusieurs centaines de personnes se sont rassemblées samedi à Sikasso pour réclamer le retour de "
            "l'électricité, avant que la police ne les disperse à coups de gaz lacrymogène.")
    assert one(text, "fr").sub_event_type == "Protest with intervention"


def test_an_arrest_told_again_as_being_taken_away_is_an_arrest():
    text = ("Le journaliste Moussa Traoré a été interpellé jeudi à son domicile de Bamako. Les policiers qui "
            "l'ont emmené n'ont donné aucun motif.")
    assert one(text, "fr").sub_event_type == "Arrests"


def test_soldiers_who_lost_their_lives_are_not_missing_people():
    text = ("Une patrouille est tombée dans une embuscade mardi près de Kira. Neuf militaires y ont perdu la "
            "vie et les recherches se poursuivent pour retrouver d'éventuels disparus.")
    assert one(text, "fr").sub_event_type == "Armed clash"


def test_a_headline_label_is_the_area_not_the_event_place():
    # « Soum : » files the story under the province; the village the sentence names is where it happened
    text = "Soum : trois bergers tués à Silgadji. Lundi, des hommes armés ont tué trois bergers à Silgadji."
    assert one(text, "fr", date(2019, 4, 30)).location == "Silgadji"


def test_a_headline_without_a_town_leaves_the_place_to_the_lead():
    # the headline names no town; the lead's town, not one a later sentence names, is the event's place
    text = ("Est : cinq gendarmes tués par une mine. Cinq gendarmes ont péri mardi sur l'axe reliant Kompienga "
            "à Pama. L'équipe escortait une mission vers la zone de Diapaga.")
    assert one(text, "fr").location in ("Kompienga", "Pama")


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a reconnu jeudi de lourdes pertes dans les combats de mardi à Kira.",
        "Le gouvernement a accusé jeudi les rebelles d'avoir exécuté des soldats mardi à Kira.",
    ],
)
def test_a_date_after_acknowledged_or_accused_is_when_it_was_told(text):
    assert one(text, "fr").event_date == date(2025, 11, 11)


def test_a_name_with_corps_is_no_body():
    # « Africa Corps » is a force's name, not « corps » (bodies)
    text = ("Le groupe Wagner a annoncé vendredi la fin de sa présence au Mali. Ses hommes seront remplacés par "
            "l'Africa Corps, placé sous le contrôle du ministère russe de la Défense.")
    assert one(text, "fr").event_type == "Strategic developments"


def test_a_headline_label_with_no_other_town_in_the_lead_is_the_event_town():
    text = ("Koro : une trentaine de greniers incendiés lundi par des assaillants à moto. Deux villageois ont péri. "
            "Les convois entre Bandiagara et Sévaré sont suspendus.")
    assert one(text, "fr").location == "Koro"


def test_the_same_day_opens_a_second_event():
    # « Le même jour » tells another attack of that day at another place, not more of the first
    mentions = extract_mentions(
        "Mardi, des hommes armés ont attaqué le village de Sofara et tué neuf civils. Le même jour, le poste "
        "militaire de Boni a aussi été attaqué, sans bilan précis.", date(2025, 5, 7), "fr")
    assert [m.location for m in mentions] == ["Sofara", "Boni"]
    assert [m.fatalities for m in mentions] == [9, 0]


def test_each_place_with_its_own_toll_is_its_own_event():
    mentions = extract_mentions(
        "Mardi, des hommes armés ont attaqué Sofara, où sept habitants ont péri, puis Boni, où cinq personnes "
        "ont été tuées.", date(2025, 5, 7), "fr")
    assert [(m.location, m.fatalities) for m in mentions] == [("Sofara", 7), ("Boni", 5)]


@pytest.mark.parametrize(("text", "expected"), [
    # a place fronted before its toll, the verb and noun left unsaid after the second place
    ("Jeudi, des hommes armés ont attaqué les villages de Sofara et de Boni, tuant au moins vingt civils. À "
     "Sofara, huit personnes ont été tuées et à Boni, douze.", [("Sofara", 8), ("Boni", 12)]),
    ("Jeudi, des hommes armés ont attaqué les villages de Sofara et de Boni, tuant quinze civils. À Sofara, six "
     "habitants ont péri ; à Boni, neuf bergers ont été abattus.", [("Sofara", 6), ("Boni", 9)]),
    ("Jeudi, des hommes armés ont attaqué les villages de Sofara et de Boni, tuant onze civils. À Sofara, ils "
     "ont tué quatre personnes, et à Boni, sept.", [("Sofara", 4), ("Boni", 7)]),
])
def test_a_fronted_place_carries_the_toll_after_it(text: str, expected: list[tuple[str, int]]):
    mentions = extract_mentions(text, date(2025, 5, 7), "fr")
    assert [(m.location, m.fatalities) for m in mentions] == expected


def test_civilians_killed_in_a_battle_are_an_attack_of_their_own():
    mentions = extract_mentions(
        "Mardi, des terroristes ont attaqué le détachement militaire de Boni. Six soldats ont été tués lors "
        "des combats, tandis que quatre civils ont perdu la vie.", date(2025, 5, 7), "fr")
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Armed clash", 6), ("Attack", 4)]
    assert mentions[1].actor2.startswith("Civilians")


@pytest.mark.parametrize(("text", "toll"), [
    ("Vingt soldats et un civil ont été tués mardi dans une attaque contre le poste militaire de Tassia.", 21),
    ("Mardi, des terroristes ont attaqué le camp militaire de Boni, tuant quatre militaires et deux civils.", 6),
    ("Des combats ont opposé mardi l'armée à des jihadistes à Gao. Deux civils et trois assaillants ont été tués.", 5),
])
def test_a_few_civilians_counted_with_the_fighters_are_the_battles_dead(text, toll):
    # one count that names a few civilians among the fighters' dead: they were caught in the battle
    mentions = extract_mentions(text, date(2025, 5, 7), "fr")
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Armed clash", toll)]


def test_civilians_that_are_most_of_one_count_are_an_attack_of_their_own():
    mentions = extract_mentions(
        "Un convoi composé de civils escortés par des militaires a été attaqué mercredi près de Gorgadji. Trente "
        "civils, quatorze soldats et trois VDP ont été tués.", date(2025, 5, 7), "fr")
    assert [(m.sub_event_type, m.fatalities) for m in mentions] == [("Armed clash", 17), ("Attack", 30)]


@pytest.mark.parametrize(("text", "places"), [
    ("Mardi, des hommes armés ont attaqué le camp militaire de Boni. À Douentza, trois civils ont été tués par "
     "des assaillants.", ["Boni", "Douentza"]),
    ("Jeudi, des jihadistes ont pris d'assaut le poste de gendarmerie de Diafarabé. Plus au sud, à Ténenkou, une "
     "embuscade a coûté la vie à deux soldats.", ["Diafarabé", "Ténenkou"]),
    ("Des manifestants ont saccagé samedi la mairie de Kaya. Près de Kongoussi, des jeunes ont incendié un "
     "commissariat.", ["Kaya", "Kongoussi"]),
    ("Des terroristes ont attaqué dimanche le détachement militaire de Titao. Dans la localité de Ouindigui, six "
     "villageois ont été abattus.", ["Titao", "Ouindigui"]),
    # the town the event happened in, fronted again, tells more of it
    ("Des hommes armés ont attaqué dimanche le poste de gendarmerie de Fakola. À Fakola, les assaillants ont "
     "incendié des bâtiments publics.", ["Fakola"]),
    # a town the lead already made an event of is not a second one
    ("Les camps militaires de Boulkessi et de Mondoro ont été attaqués simultanément lundi. À Mondoro, les "
     "assaillants ont été repoussés.", ["Boulkessi", "Mondoro"]),
])
def test_a_clause_opening_with_another_town_tells_an_event_there(text, places):
    assert [m.location for m in extract_mentions(text, date(2025, 5, 7), "fr")] == places


@pytest.mark.parametrize("text", [
    "Dimanche, les combattants du MNLA ont pris Tombouctou. Dans l'après-midi, des hommes armés se réclamant du "
    "mouvement Ansar Dine ont hissé leur drapeau noir en ville.",
    "Des hommes armés se réclamant de l'État islamique ont hissé mardi leur drapeau sur la mairie de Ménaka.",
])
def test_men_claiming_to_belong_to_a_group_are_no_protest(text):
    # « se réclamer de » says whose side one is on, it demands nothing
    assert all(m.event_type != "Protests" for m in extract_mentions(text, date(2012, 4, 3), "fr"))


def test_a_word_more_on_the_town_left_is_not_the_next_towns():
    mentions = extract_mentions(
        "Des terroristes ont attaqué lundi le camp militaire de Boulkessi. À Mondoro, les assaillants ont été "
        "repoussés. Des sources sécuritaires avancent un bilan plus lourd pour Boulkessi, évoquant « au moins "
        "quarante soldats tués ».", date(2025, 5, 7), "fr")
    assert ("Mondoro", 0) in [(m.location, m.fatalities) for m in mentions]


@pytest.mark.parametrize("text", [
    "Boni : les familles réclament la vérité. Des terroristes ont attaqué lundi le camp militaire de Boni, tuant "
    "douze soldats.",
    "Les proches des victimes exigent des explications après l'embuscade de mardi près de Gossi, où huit soldats "
    "ont été tués par des jihadistes.",
])
def test_a_demand_told_before_a_deed_does_not_make_it_a_protest(text):
    assert one(text, "fr", date(2025, 5, 7)).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Deux soldats ont été tués samedi près de Ménaka. Avec ces nouvelles pertes, cinquante soldats ont été tués "
    "au Sahel depuis le lancement de l'opération en janvier 2013.",
    "Trois civils ont été tués mardi à Djibo. Cette attaque, la plus meurtrière depuis mars 2023, n'a pas été "
    "revendiquée.",
    "Trois civils ont été tués mardi à Djibo. Ces tueries, les plus graves depuis mars 2023, ont poussé des "
    "milliers d'habitants à fuir.",
    "Two soldiers were killed on Saturday near Menaka. These losses, the heaviest since March 2023, ...",
])
def test_a_deed_named_again_with_a_demonstrative_is_no_new_event(text):
    assert len(extract_mentions(text, date(2025, 5, 7), "fr" if "tués" in text else "en")) == 1


@pytest.mark.parametrize("text", [
    "Le journaliste a été enlevé jeudi à Gao. Dans une courte vidéo diffusée début mai, il a affirmé être détenu "
    "par le JNIM.",
    "Deux religieuses ont été kidnappées lundi près de Koutiala. Selon une vidéo publiée le 3 mars, elles seraient "
    "toujours retenues par leurs ravisseurs.",
    "Le maire de Djibo a été enlevé mardi par des hommes armés. Le 2 juin, sa famille a appris qu'il était "
    "séquestré dans la forêt.",
])
def test_a_captive_said_to_be_held_later_is_the_abduction_not_an_arrest(text):
    mentions = extract_mentions(text, date(2025, 6, 7), "fr")
    assert [m.sub_event_type for m in mentions] == ["Abduction/forced disappearance"]


def test_an_arrest_after_an_abduction_is_an_event_of_its_own():
    mentions = extract_mentions(
        "Des hommes armés ont enlevé mardi un commerçant à Gao. Le lendemain, la police a arrêté deux suspects à "
        "Gao.", date(2025, 6, 7), "fr")
    assert [m.sub_event_type for m in mentions] == ["Abduction/forced disappearance", "Arrests"]


@pytest.mark.parametrize(("text", "places"), [
    ("Vendredi, les combattants du MNLA sont entrés dans Kidal après de brefs échanges de tirs avec la garnison. "
     "Samedi, c'était au tour de Gao d'être prise par le MNLA. Dimanche, les militaires ont abandonné Tombouctou, "
     "où les rebelles du MNLA sont entrés sans rencontrer de résistance.", ["Kidal", "Gao", "Timbuktu"]),
    ("Les jihadistes d'Ansar Dine ont fait leur entrée mardi à Douentza, abandonnée la veille par l'armée.",
     ["Douentza"]),
    ("Des hommes armés du MUJAO sont entrés lundi dans la ville de Ménaka sans combattre.", ["Ménaka"]),
])
def test_armed_men_entering_a_town_take_it(text, places):
    mentions = extract_mentions(text, date(2012, 4, 3), "fr")
    assert [m.location for m in mentions] == places
    assert {m.sub_event_type for m in mentions} <= {"Non-state actor overtakes territory",
                                                    "Non-violent transfer of territory"}


@pytest.mark.parametrize("text", [
    "Les soldats français et maliens sont entrés lundi dans Tombouctou sans rencontrer de résistance, après le "
    "départ des combattants d'AQMI.",
    "Les FAMa sont entrées mardi dans Ménaka sans combat après le départ des jihadistes.",
])
def test_government_forces_entering_a_town_unopposed_regain_it(text):
    assert one(text, "fr", date(2013, 1, 30)).sub_event_type == "Government regains territory"


def test_foreign_troops_alone_taking_a_post_unopposed_regain_nothing_for_the_government():
    text = "Les soldats français ont occupé jeudi sans combat un poste du MNLA près de Ber."
    assert one(text, "fr", date(2017, 7, 31)).sub_event_type == "Non-violent transfer of territory"


def test_an_earlier_deed_of_its_own_told_beside_a_demonstrative_is_an_event():
    mentions = extract_mentions(
        "Des hommes armés ont tué mardi quatre bergers près de Tessit. Ce massacre rappelle celui de janvier 2022, "
        "quand trente civils avaient été tués à Tessit.", date(2025, 5, 7), "fr")
    assert [(str(m.event_date), m.fatalities) for m in mentions] == [("2025-05-06", 4), ("2022-01-15", 30)]


def test_a_list_of_attacked_positions_goes_on_past_the_region_of_its_first_towns():
    mentions = extract_mentions(
        "Mardi, des terroristes ont attaqué simultanément des positions à Kayes et Diboli, dans la région de "
        "Kayes, ainsi qu'à Niono et Molodo.", date(2025, 5, 7), "fr")
    assert [m.location for m in mentions] == ["Kayes", "Diboli", "Niono", "Molodo"]


def test_a_shared_toll_spreads_its_remainder_one_each_over_the_first_places():
    mentions = extract_mentions(
        "Mardi, des hommes armés ont attaqué les villages de Sofara, Kona et Boni, tuant onze civils.",
        date(2025, 5, 7), "fr")
    assert [m.fatalities for m in mentions] == [4, 4, 3]


def test_a_short_title_is_dated_by_the_lead_after_it():
    m = one("Sept soldats tués par un engin explosif. Un véhicule militaire a sauté lundi sur une mine près "
            "de Djibo, a indiqué l'armée dans un communiqué publié mardi.", "fr", published=date(2025, 5, 7))
    assert m.event_date == date(2025, 5, 5)


def test_in_the_evening_opens_another_event_of_that_day():
    mentions = extract_mentions(
        "Le gouvernement a annoncé mercredi l'arrestation de plusieurs officiers. Dans la soirée, des centaines "
        "de partisans du président se sont rassemblés à Ouagadougou pour lui exprimer leur soutien.",
        date(2025, 5, 8), "fr")
    assert [m.sub_event_type for m in mentions] == ["Arrests", "Peaceful protest"]


def test_a_short_first_sentence_is_not_dated_by_the_day_after_it():
    # "the following day" counts from the first sentence: it cannot be that sentence's date
    m = one("A vet was kidnapped by gunmen in Djibo. He was found alive the following day.", published=PUB)
    assert m.event_date == PUB


@pytest.mark.parametrize("text, lang, actor1, actor2", [
    # forces hit while travelling near a market are still the target: a battle, whoever fired only once
    ("Gendarmes on their way to secure the weekly fair at Koro were ambushed by unknown men. Two gendarmes died.",
     "en", "Unidentified Armed Group", "Police Forces"),
    # a headline with a bare participle: the unit named first was hit
    ("Army patrol ambushed near Tenenkou, two wounded.", "en", "Unidentified Armed Group", "Military Forces"),
    ("Policeman wounded in Sevare after gunmen took his motorbike.", "en", "Unidentified Armed Group", "Police"),
    # a group's commander killed "by 3 assailants": the count does not hide who did it
    ("MSA's deputy commander Ahmed Ag Moussa was shot dead in Menaka by 2 unidentified gunmen.", "en",
     "Unidentified Armed Group", "MSA"),
    ("Le poste de police de Koro a été attaqué dans la nuit par des hommes armés non identifiés.", "fr",
     "Unidentified Armed Group", "Police Forces"),
])
def test_violence_against_armed_forces_is_a_battle(text, lang, actor1, actor2):
    m = one(text, lang, published=date(2019, 5, 3))
    assert m.sub_event_type == "Armed clash", m.sub_event_type
    assert m.actor1.startswith(actor1) and m.actor2.startswith(actor2), (m.actor1, m.actor2)


@pytest.mark.parametrize("text, lang, published, subs", [
    # the killer after "by" is no victim, even when the catalogue reads them as armed
    ("A local councillor was shot dead by unidentified gunmen in Gao on Monday.", "en", date(2019, 5, 3),
     {"Attack", "Looting/property destruction"}),
    ("On 3 May, villagers were beaten by soldiers in Koro in reprisal for an attack on an army post the day before.",
     "en", date(2019, 5, 3), {"Attack", "Looting/property destruction"}),
    ("Unknown gunmen attacked a health centre in Dilly; a nurse was wounded when the assailants tried to take "
     "an ambulance.", "en", date(2019, 5, 3), {"Attack", "Looting/property destruction"}),
    # the army escorted the buses that were hit: the passengers were the target
    ("Au moins vingt personnes ont été tuées dans une embuscade contre un convoi de bus de la mine. Les bus, "
     "escortés par l'armée, ont été pris pour cible près de Boungou.", "fr", date(2019, 5, 3),
     {"Attack", "Looting/property destruction"}),
    # off duty, on leave, retired or at home: a soldier or policeman who cannot fight back is a civilian victim
    ("A gendarme was shot outside his home in Sevare on Friday.", "en", date(2019, 5, 3), {"Attack"}),
    ("Unknown gunmen killed an off-duty policeman at a market in Mopti.", "en", date(2019, 5, 3), {"Attack"}),
    ("Un gendarme en permission a été abattu par des hommes armés à Sévaré.", "fr", date(2019, 5, 3), {"Attack"}),
    # deadly fighting between communities is a battle between their militias, not an attack on civilians
    ("Nine people were killed on Sunday during a conflict between herders and farmers near Djibasso.", "en",
     date(2020, 5, 5), {"Armed clash"}),
    ("Four people were killed in intercommunal violence between Fulani and Dogon near Bankass on Sunday.", "en",
     date(2020, 5, 5), {"Armed clash"}),
    # the dead are named as militiamen, or the camp hit was a militia's
    ("On Sunday, JNIM militants attacked the village of Toeni and killed four people described as Koglweogo "
     "militiamen.", "en", date(2020, 5, 5), {"Armed clash"}),
    ("On Sunday, militants attacked a Koglweogo post near Barsalogho and killed three people.", "en",
     date(2020, 5, 5), {"Armed clash"}),
    # goods taken and people beaten or whipped: the violence against the people decides
    ("On Monday, militants seized cattle and whipped two herders near Tin-Akoff.", "en", date(2020, 5, 6),
     {"Attack"}),
    ("On Monday, soldiers plundered homes in Koro and beat several villagers.", "en", date(2020, 5, 6), {"Attack"}),
    ("Lundi, des hommes armés ont emporté du bétail et fouetté deux bergers près de Tin-Akoff.", "fr",
     date(2020, 5, 6), {"Attack"}),
])
def test_who_suffered_the_violence_decides_its_sub_type(text, lang, published, subs):
    m = one(text, lang, published=published)
    assert m.sub_event_type in subs, m.sub_event_type


@pytest.mark.parametrize("text", [
    # unarmed rivals fighting stay mob violence even when someone dies; one fight between two villages is one event
    "Two people were killed on Sunday in clashes between political opponents after the mayoral election in Kaya.",
    "On Sunday, youths from Koupela and Pouytenga clashed over a football match, leaving one dead.",
])
def test_deadly_fights_between_unarmed_rivals_are_mob_violence(text):
    mentions = extract_mentions(text, date(2020, 5, 6), "en")
    assert len(mentions) == 1 and mentions[0].sub_event_type == "Mob violence", [m.sub_event_type for m in mentions]


def test_an_attacked_checkpoint_is_a_battle_even_when_civilians_are_hurt():
    text = "Gunmen attacked a checkpoint near Sofara on Sunday. Three civilians were wounded."
    m = one(text, published=date(2020, 5, 6))
    assert m.sub_event_type == "Armed clash", m.sub_event_type


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_context_cues_of_an_event_are_those_of_its_sentences_alone(lang):
    # the context cues are scanned once over the whole report and cut to each event's sentences: the
    # same spans as a scan of those sentences on their own
    from sahelwatch.extract.events import _cues, lexicon

    lex = lexicon(lang)
    text = ("Gunmen killed two civilians and wounded soldiers near Boni. The army said it repelled the attackers. "
            "Des hommes armés ont tué trois civils ; les militaires ont riposté. Villagers fled the fighting.")
    whole = lex.scans[True].spans(text)
    bounds = [0] + [i + 2 for i, c in enumerate(text) if c == "." and i + 2 <= len(text)]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        alone = _cues(text, lo, hi, lex, context=True)
        assert _cues(text, lo, hi, lex, context=True, whole=whole) == alone, (lo, hi)
    assert any(_cues(text, lo, hi, lex, context=True) for lo, hi in zip(bounds, bounds[1:], strict=False))


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("On 3 May, a suicide bomber blew himself up at a checkpoint in Gao; two policemen were wounded.", "en", 1),
    ("Le 3 mai, un kamikaze s'est fait exploser devant le camp de Tessit, sans faire d'autre victime.", "fr", 1),
    ("On 3 May, a suicide bomber was arrested at a checkpoint in Gao before he could detonate his vest.", "en", 0),
])
def test_a_suicide_bomber_who_set_off_the_charge_is_a_fatality(text, lang, dead):
    m = one(text, lang)
    assert m.sub_event_type == "Suicide bomb"
    assert m.fatalities == dead


@pytest.mark.parametrize(("text", "lang", "actor2"), [
    ("On 4 May 2020, gunmen on motorbikes raided the village of Diallassagou; the village self-defense group "
     "fought them off.", "en", "Diallassagou Communal Militia (Mali)"),
    # only an area: the militia's own village is unknown
    ("On 4 May 2020, gunmen clashed with a self-defense group in the Koro area.", "en",
     "Unidentified Communal Militia (Mali)"),
])
def test_a_village_self_defence_group_is_named_after_its_village(text, lang, actor2):
    m = one(text, lang, published=date(2020, 5, 6))
    assert m.actor2 == actor2


def test_the_village_militia_of_a_named_community_is_its_ethnic_militia():
    m = one("On 3 June 2020, Fulani gunmen attacked the Dogon village of Diallassagou. The village self-defense "
            "group repelled the attack.", published=date(2020, 6, 5))
    assert {m.actor1, m.actor2} == {"Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"}


@pytest.mark.parametrize(("text", "lang"), [
    ("On 3 March 2020, youths of two neighbourhoods clashed with sticks and stones in Koudougou; four were "
     "wounded.", "en"),
    ("Le 3 mars 2020, deux groupes de jeunes se sont affrontés à coups de bâtons à Koudougou ; quatre blessés.", "fr"),
])
def test_two_crowds_fighting_each_other_are_rioters_on_both_sides(text, lang):
    m = one(text, lang, published=date(2020, 3, 5))
    assert m.sub_event_type == "Mob violence"
    assert m.actor1 == m.actor2 == "Rioters (Burkina Faso)"


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("On 2 May 2020, ISGS fighters clashed with each other near Tin-Akoff over the spoils of a raid.", "en",
     "Islamic State (Greater Sahara)"),
    ("Le 2 mai 2020, des combattants de l'EIGS se sont affrontés entre eux près de Tin-Akoff.", "fr",
     "Islamic State (Greater Sahara)"),
])
def test_a_group_that_fought_among_itself_is_on_both_sides(text, lang, actor):
    m = one(text, lang, published=date(2020, 5, 4))
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 == m.actor2 == actor


@pytest.mark.parametrize(("text", "expected"), [
    # the target named with its coalition in brackets is coded as the coalition
    ("On 4 September 2019, JNIM militants shot dead three MNLA (CMA) officers in Kidal.",
     "CMA: Coordination of Movements of the Azawad"),
    ("On 3 June 2018, Dozos (Dogon Amassagou) attacked Fulani herders near Bankass, killing one.",
     "Dan Na Ambassagou"),
])
def test_a_group_named_with_its_coalition_in_brackets_is_the_coalition(text, expected):
    m = one(text, published=date(2019, 9, 6) if "2019" in text else date(2018, 6, 5))
    assert expected in (m.actor1, m.actor2)


def test_volunteer_fighters_keep_their_name_whatever_group_they_come_from():
    m = one("On 18 March 2020, JNIM militants killed four volunteer fighters (Koglweogo) in Robolo, Loroum.",
            published=date(2020, 3, 20))
    assert m.actor2 == "VDP: Volunteers for the Defense of the Homeland"


@pytest.mark.parametrize(("text", "lang", "actor1"), [
    ("On 9 October 2020, JNIM militants entered the village of Sim. The militants burned the school and the "
     "teachers' houses.", "en", "JNIM: Group for Support of Islam and Muslims"),
    ("Le 9 octobre 2020, des combattants de l'EIGS sont entrés dans le village de Sim. Ils ont incendié l'école "
     "et pillé les boutiques.", "fr", "Islamic State (Greater Sahara)"),
])
def test_the_group_named_before_is_the_one_the_event_refers_back_to(text, lang, actor1):
    m = one(text, lang, published=date(2020, 10, 11))
    assert m.actor1 == actor1


def test_a_pair_named_before_is_the_uncertain_perpetrator_the_event_refers_back_to():
    m = one("On 29 April 2020, presumed JNIM or ISGS militants were seen near Djibo. The militants seized the "
            "passengers' phones and looted the lorry.", published=date(2020, 5, 1))
    assert m.actor1 == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"


def test_the_forces_named_before_hit_the_group_an_event_names_only_as_hit():
    m = one("On 29 October 2020, French forces conducted an air-ground operation near Tin-Hamma. Several ISGS "
            "militants were killed.", published=date(2020, 10, 31))
    assert {m.actor1, m.actor2} == {"Military Forces of France (2017-)", "Islamic State (Greater Sahara)"}


@pytest.mark.parametrize(("text", "actor1"), [
    ("On 25 April 2019, Dogon militiamen raided the village of Boulde; fifteen people were killed and huts "
     "torched by the attackers.", "Dogon Ethnic Militia (Mali)"),
    ("On 8 April 2019, unknown gunmen, presumably Fulani militiamen, abducted a trader in Mondoro.",
     "Fulani Ethnic Militia (Mali)"),
])
def test_attackers_beside_a_community_militia_are_that_militia(text, actor1):
    m = one(text, published=date(2019, 4, 27))
    assert m.actor1 == actor1


@pytest.mark.parametrize(("text", "actor2"), [
    ("On 5 May 2018, Dozos attacked the Fulani village of Bombou; huts were burned amid exchanges of gunfire.",
     "Fulani Ethnic Militia (Mali)"),
    ("On 7 October 2020, JNIM militants attacked the Dogon village of Tissagou; village defence fought back.",
     "Dogon Ethnic Militia (Mali)"),
])
def test_the_community_a_group_fought_with_no_other_opponent_named_is_its_militia(text, actor2):
    m = one(text, published=date(2020, 10, 9) if "2020" in text else date(2018, 5, 7))
    assert m.sub_event_type == "Armed clash"
    assert m.actor2 == actor2


@pytest.mark.parametrize(("text", "sub"), [
    # « marché » is the market, « ont marché » the march
    ("Mardi, des hommes armés ont pillé le marché de Djibo.", "Looting/property destruction"),
    ("Mardi, des centaines de personnes ont marché à Bamako pour soutenir la transition.", "Peaceful protest"),
    # claiming an attack is no demand of protesters
    ("Mardi, le GSIM a revendiqué l'attaque contre le camp militaire de Boulkessi.", "Armed clash"),
    ("Mardi, des enseignants ont manifesté à Kayes pour leurs revendications salariales.", "Peaceful protest"),
    # livestock carried off is looting, not an abduction
    ("Mardi, des terroristes ont enlevé du bétail à Djibo.", "Looting/property destruction"),
    ("Mardi, des hommes armés ont dépouillé des passagers de leurs biens près de Djibo.",
     "Looting/property destruction"),
    ("Mardi, un véhicule militaire a heurté une mine près de Boni.", "Remote explosive/landmine/IED"),
    # a gathering of fighters struck from the air is no protest
    ("Mardi, un drone de l'armée a frappé un rassemblement de terroristes près de Boni.", "Air/drone strike"),
    # elided words between the verb and its object (« un lot d'armes », « bloqué l'accès »)
    ("Mardi, les FAMa ont saisi un important lot d'armes et de munitions lors d'une patrouille près de Boni.",
     "Disrupted weapons use"),
    ("Mardi, des femmes de militaires ont bloqué l'accès au camp de Kati pour réclamer le retour de leurs maris.",
     "Violent demonstration"),
    # how French reports tell a street protest
    ("Mardi, des centaines de jeunes ont battu le pavé à Kayes, scandant des slogans hostiles à la France.",
     "Peaceful protest"),
    ("Mardi, des milliers de personnes brandissant des drapeaux se sont réunies sur la grande place de Bamako.",
     "Peaceful protest"),
    ("Mardi, des heurts ont opposé des manifestants aux forces de l'ordre à Kayes.", "Violent demonstration"),
    # protesters arrested at their protest: the protest met an intervention
    ("Mardi, la police a interpellé plusieurs manifestants lors d'un rassemblement à Bamako.",
     "Protest with intervention"),
    # kidnappers demanding a ransom make no protest demand
    ("Des hommes armés ont réclamé une rançon après l'enlèvement de trois commerçants mardi près de Djibo.",
     "Abduction/forced disappearance"),
])
def test_french_sub_event_wording(text, sub):
    assert one(text, "fr").sub_event_type == sub


def test_an_area_a_later_sentence_names_yields_to_the_town_in_it():
    # the event's own sentence names only the province; the lead names a village in it
    text = ("On 3 March 2021, soldiers swept the area of Darkoye (Gorom-Gorom, Oudalan). "
            "Several bodies of militants were left on the ground. Deaths are counted as 8. "
            "Deaths are spread over 4 events in Oudalan.")
    assert {m.location for m in extract_mentions(text, PUB, "en")} == {"Darkoy"}


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # JNIM's Burkina stronghold is the Soum (Djibo): a village name shared across the country is read there
        ("Suspected JNIM militants seized three nurses in Sona on Tuesday.", "Sahel"),
        # a branch named with its parent is read around the branch's own base, not the parent's
        ("Suspected Katiba Macina (JNIM) militants robbed the clinic in Konga on Tuesday.", "Boucle du Mouhoun"),
    ],
)
def test_a_homonym_is_read_near_the_base_of_the_group_named(text, admin1):
    assert one(text, published=date(2020, 5, 1)).admin1 == admin1


def test_a_town_a_group_took_unopposed_is_lost_by_no_one():
    m = one("On 3 May 2012, MNLA rebels took control of Menaka without a fight after the army withdrew.",
            published=date(2012, 5, 4))
    assert m.sub_event_type == "Non-violent transfer of territory"
    assert m.actor1.startswith("MNLA") and m.actor2 == ""


@pytest.mark.parametrize("text", [
    "On 3 May 2018, unknown assailants fired rockets at the joint Barkhane/MINUSMA camp in Aguelhok.",
    "On 3 May 2018, JNIM fired mortar shells at the camp that hosts French soldiers and MINUSMA peacekeepers in Gao.",
])
def test_a_base_shared_with_the_un_mission_is_the_missions(text):
    m = one(text, published=date(2018, 5, 4))
    assert m.sub_event_type == "Shelling/artillery/missile attack"
    assert m.actor2.startswith("MINUSMA")


@pytest.mark.parametrize("text", [
    "On 3 May 2019, GATIA fighters clashed with unknown gunmen near Tidermene; two fighters were wounded.",
    "On 3 May 2019, fighting broke out between MSA elements and a band of armed bandits east of Menaka.",
])
def test_a_group_fighting_unknown_gunmen_fought_them_not_the_army(text):
    m = one(text, published=date(2019, 5, 4))
    assert m.sub_event_type == "Armed clash"
    assert m.actor2 == "Unidentified Armed Group (Mali)"
    assert "Military" not in m.actor1 + m.actor2


def test_an_air_strike_on_an_area_with_no_target_and_no_casualty_hits_no_one():
    m = one("On 3 May 2020, French forces carried out airstrikes near Inabelbel. No casualties were reported.",
            published=date(2020, 5, 4))
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1.startswith("Military Forces of France") and m.actor2 == ""


def test_a_town_a_group_took_control_of_with_no_fight_told_is_lost_by_no_one():
    m = one("On 3 May 2015, the MAA took control of the village of Tarkint and its wells.",
            published=date(2015, 5, 4))
    assert m.sub_event_type == "Non-violent transfer of territory"
    assert m.actor1.startswith("MAA") and m.actor2 == ""


@pytest.mark.parametrize("text", [
    "On 3 May 2019, a UN vehicle hit an explosive device near Ansongo.",
    "On 3 May 2019, gunmen opened fire on a UN patrol near Tessalit.",
])
def test_a_un_vehicle_or_patrol_in_mali_is_minusma(text):
    m = one(text, published=date(2019, 5, 4))
    assert m.actor2.startswith("MINUSMA")


@pytest.mark.parametrize("text", [
    "On 3 May 2020, a gendarmerie patrol fired shots in the air as it crossed the village of Tanga.",
    "On 3 May 2020, gunmen entered the village of Tanga and fired warning shots before leaving.",
])
def test_shots_fired_in_the_air_at_no_one_are_a_show_of_force(text):
    # no one was fired at: ACLED codes the show of force as a change to group/activity, not an attack
    assert one(text, published=date(2020, 5, 4)).sub_event_type == "Change to group/activity"


def test_koglweogo_among_the_dead_make_the_raid_a_battle():
    # the village's armed defenders were hit: civilians killed beside them died in a battle
    m = one("On 3 May 2020, militants attacked the village of Tanga; two Koglweogo and a herder were killed.",
            published=date(2020, 5, 4))
    assert m.sub_event_type == "Armed clash"


def test_youths_killed_in_confrontations_with_police_are_rioters():
    # a crowd fighting the police is a riot even when it is deadly (deadly communal fighting stays a clash)
    m = one("On 3 May 2020, two youths died and others were hurt in violent confrontations with the police in Tanga.",
            published=date(2020, 5, 4))
    assert m.event_type == "Riots"


def test_the_assailants_after_a_named_group_are_that_group_not_its_opponent():
    m = one("On 3 May 2020, suspected Fulani militiamen raided the village of Tanga; "
            "the assailants burned granaries before leaving.", published=date(2020, 5, 4))
    assert m.sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "On 3 May 2020, striking nurses assaulted two hospital managers in Tanga.",
    "On 3 May 2020, demonstrators protesting fuel prices beat a municipal agent in Tanga.",
])
def test_protesters_who_beat_or_assault_people_make_a_violent_demonstration(text):
    assert one(text, published=date(2020, 5, 4)).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 3 May 2020, ISGS militants executed a JNIM member near Tanga.",
    "On 3 May 2020, JNIM militants captured and executed two soldiers near Tanga.",
])
def test_fighters_or_soldiers_executed_by_their_enemies_are_a_battle(text):
    assert one(text, published=date(2020, 5, 4)).sub_event_type == "Armed clash"


def test_gunmen_who_open_fire_on_the_people_they_rob_attack_them():
    m = one("On 3 May 2020, unknown gunmen opened fire on a bus near Tanga and stripped the passengers of their "
            "phones. No casualties were reported.", published=date(2020, 5, 4))
    assert m.sub_event_type == "Attack"


def test_a_security_measures_label_is_a_change_to_group_activity():
    m = one("Security measures: soldiers backed by foreign troops began a search operation around Tanga on Tuesday.",
            published=date(2020, 5, 4))
    assert m.sub_event_type == "Change to group/activity"


def test_a_report_naming_no_place_is_coded_to_a_base_armed_groups_first():
    # Barkhane's main base in Mali was at Gao
    m = one("French troops came under fire overnight; two soldiers were wounded.", "en", date(2018, 3, 2))
    assert (m.location, m.geo_precision, m.evidence.get("location")) == ("Gao", 3, None)
    # the rebels' home ground, not the French garrison, even when the French are named first
    m = one("French troops and MNLA rebels exchanged fire overnight; two rebels were killed.", "en", date(2014, 3, 2))
    assert (m.location, m.geo_precision) == ("Kidal", 3)


def test_a_report_naming_no_place_is_coded_to_the_base_the_group_held_then():
    text = "MNLA fighters looted the warehouses of an aid agency and beat a shopkeeper."
    m = one(text, "en", date(2012, 5, 10))
    assert (m.location, m.geo_precision) == ("Gao", 3)
    assert one(text, "en", date(2014, 5, 10)).location == "Kidal"


@pytest.mark.parametrize("text", [
    "Hundreds of relatives of soldiers marched to protest the handling of the MNLA rebellion.",
    "Agreement: the CMA and the Platform signed a ceasefire.",
])
def test_a_protest_about_a_group_or_its_accord_naming_no_place_is_not_coded_to_its_base(text):
    m = one(text, "en", date(2015, 3, 2))
    assert (m.location, m.geo_precision) == ("Bamako", 3)
    field_event = one("MNLA rebels ambushed an army convoy, killing four soldiers.", "en", date(2015, 3, 2))
    assert field_event.location == "Kidal"


@pytest.mark.parametrize(("text", "lang", "actor1"), [
    ("On 4 May 2020, the governor extended the nightly curfew in Djibo by one month because of insecurity.", "en",
     "Government of Burkina Faso (2015-2022)"),
    ("Le 4 mai 2020, le gouverneur a prorogé le couvre-feu à Mopti en raison de l'insécurité.", "fr",
     "Government of Mali (2013-2020)"),
])
def test_a_curfew_or_state_of_emergency_is_the_governments(text, lang, actor1):
    m = one(text, lang, published=date(2020, 5, 5))
    assert (m.sub_event_type, m.actor1, m.actor2) == ("Change to group/activity", actor1, ""), (
        m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "actor2"), [
    # foreign forces the crowd stoned are its opponents, as the national police would be
    ("On 3 May 2020, residents of Kidal threw stones at a MINUSMA convoy and barricaded the road.", "MINUSMA"),
    # forces whose presence the crowd denounced are not: the police who dispersed it are
    ("On 3 May 2020, youths in Bamako burned tires in protest against the deployment of the G5 Sahel force; police "
     "fired tear gas.", "Police Forces of Mali"),
])
def test_the_forces_a_riot_faced(text, actor2):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == "Violent demonstration" and m.actor2.startswith(actor2), (m.sub_event_type, m.actor2)


@pytest.mark.parametrize("text, group", [
    # a group and the coalition it belongs to are one side, hit by the unnamed attackers
    ("On 3 May 2018, an attack on HCUA fighters (members of the CMA) by unidentified gunmen left one dead near "
     "Kidal.", "HCUA"),
    ("On 3 May 2018, three MAA fighters (members of the CMA) were killed near Ber during an attack by an "
     "unidentified armed group.", "MAA"),
    # the unknown gunmen it fought are the opponent, not the bystanders caught in the crossfire
    ("On 3 May 2018, HCUA fighters from the ex-rebel coalition CMA clashed with unknown gunmen near Ber, and two "
     "civilians were caught in the crossfire and killed.", "HCUA"),
])
def test_a_member_group_and_its_coalition_are_one_side(text, group):
    m = one(text, published=date(2018, 5, 4))
    assert m.sub_event_type == "Armed clash", m.sub_event_type
    assert {m.actor1.split(":")[0], m.actor2.split(":")[0]} == {group, "Unidentified Armed Group (Mali)"}, (
        m.actor1, m.actor2)


@pytest.mark.parametrize("text, expected", [
    ("On 3 June 2019, suspected Katiba Macina militants or Fulani militiamen shot dead three Dogon traders near "
     "Bankass.", {"Unidentified Armed Group (Mali)", "Civilians (Mali)"}),
    ("On 3 June 2019, Dan Na Ambassagou militiamen clashed with Katiba Macina militants or Fulani militiamen near "
     "Bankass.", {"Unidentified Armed Group (Mali)", "Dan Na Ambassagou"}),
])
def test_a_report_hesitating_between_a_rebel_group_and_a_militia_names_neither(text, expected):
    m = one(text, published=date(2019, 6, 4))
    assert {m.actor1, m.actor2} == expected, (m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("On 3 May 2019, fighting between Fulani and Dogons near Dioungani left four dead.", "en",
     {"Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"}),
    ("Le 3 mai 2019, des affrontements entre Peuls et Dogons près de Dioungani ont fait quatre morts.", "fr",
     {"Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"}),
    # no community named: two communal militias, not someone fighting the army
    ("On 3 May 2019, a land dispute between farmers and herders near Koro turned into clashes that left two dead.",
     "en", {"Communal Militia"}),
])
def test_a_clash_between_communities_is_between_their_militias(text, lang, expected):
    m = one(text, lang, published=date(2019, 5, 4))
    assert m.sub_event_type == "Armed clash", m.sub_event_type
    sides = (m.actor1, m.actor2)
    assert set(sides) == expected or all(e in a for e in expected for a in sides), sides


def test_burkinabe_communities_have_their_militias():
    m = one("On 16 May 2020, Gourmantche farmers and Fulani herders clashed near Kantchari, leaving four wounded.",
            published=date(2020, 5, 17))
    expected = {"Gourmantche Ethnic Militia (Burkina Faso)", "Fulani Ethnic Militia (Burkina Faso)"}
    assert {m.actor1, m.actor2} == expected, (m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "actor2"), [
    # villagers who fought a group are their village's militia, not civilians
    ("On 21 April 2018, JNIM militants clashed with local residents in the village of Nouhoun-Bozo, no casualties "
     "reported.", "Communal Militia (Mali)"),
    # people who exchanged fire with the army are unknown armed men
    ("On 3 May 2018, a Malian army patrol exchanged fire with people aboard a pick-up near Gao.",
     "Unidentified Armed Group (Mali)"),
    # the villagers of a community attacked amid clashes: that community's militia
    ("On 15 August 2018, Fulani militiamen attacked the Dogon village of Toumpou and killed four people amid clashes.",
     "Dogon Ethnic Militia (Mali)"),
])
def test_people_in_a_clash_fought_it(text, actor2):
    m = one(text, published=date(2018, 8, 16))
    assert m.sub_event_type == "Armed clash" and m.actor2.endswith(actor2), (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "group"), [
    # from December 2019 ACLED codes the Macina katiba under its own name when a note names it alone, and under
    # JNIM until April 2020 when the note brackets it with JNIM
    ("On 10 January 2020, French forces killed three Katiba Macina militants north of Mopti.", "Katiba Macina"),
    ("On 10 January 2020, French forces killed three Katiba Macina (JNIM) militants north of Mopti.", "JNIM"),
    ("On 10 October 2019, French forces killed three Katiba Macina militants north of Mopti.", "JNIM"),
])
def test_the_macina_katiba_named_alone_or_with_jnim(text, group):
    m = one(text, published=date(2020, 1, 11))
    assert group in {m.actor1.split(":")[0], m.actor2.split(":")[0]}, (m.actor1, m.actor2)


@pytest.mark.parametrize("text, lang", [
    ("BAMAKO, 3 September 2025 - JNIM declared a blockade on fuel bound for Mali in a video released on Tuesday, "
     "warning drivers from Senegal and Guinea that their tankers would be targeted.\n\n"
     "Landlocked Mali imports most of its fuel along the Dakar-Kayes-Bamako and Abidjan-Sikasso-Bamako roads.", "en"),
    ("BAMAKO, 3 septembre 2025 - Le JNIM a décrété un blocus sur le carburant destiné au Mali, dans une vidéo "
     "diffusée mardi, menaçant les chauffeurs venus du Sénégal et de Guinée.\n\n"
     "Le Mali importe l'essentiel de son carburant par les axes Dakar-Kayes-Bamako et Abidjan-Sikasso-Bamako.",
     "fr"),
    # chains spaced or joined by an en dash or a word, and roads named by their two ends
    ("BAMAKO, 3 September 2025 - JNIM declared a blockade on fuel bound for Mali in a video released on Tuesday.\n\n"
     "Most tankers come up the Dakar – Kayes – Diboli corridor.", "en"),
    ("BAMAKO, 3 September 2025 - JNIM declared a blockade on fuel bound for Mali in a video released on Tuesday.\n\n"
     "Drivers have long avoided the roads between Kayes and Diboli.", "en"),
    ("BAMAKO, 3 September 2025 - JNIM declared a blockade on fuel bound for Mali in a video released on Tuesday.\n\n"
     "Tankers mostly travel the Diboli to Kayes and Zégoua to Sikasso supply routes.", "en"),
    ("BAMAKO, 3 septembre 2025 - Le JNIM a décrété un blocus sur le carburant destiné au Mali, dans une vidéo "
     "diffusée mardi.\n\nLes camions empruntent les corridors routiers Dakar–Kayes et Abidjan–Sikasso.", "fr"),
    ("BAMAKO, 3 septembre 2025 - Le JNIM a décrété un blocus sur le carburant destiné au Mali, dans une vidéo "
     "diffusée mardi.\n\nLes routes entre Kayes et Diboli sont peu sûres depuis des mois.", "fr"),
])
def test_towns_named_as_the_ends_of_a_road_are_not_the_event_place(text, lang):
    [m] = extract_mentions(text, date(2025, 9, 3), lang)
    assert m.country == "Mali"
    assert m.location not in ("Dakar", "Kayes", "Diboli", "Abidjan", "Sikasso", "Zégoua")


@pytest.mark.parametrize("text, lang", [
    ("Six soldiers killed in an IED blast. Six soldiers died on Monday when their truck struck a homemade mine on "
     "the Sévaré-Bandiagara road, the army said. Reinforcements are stationed in Douentza.", "en"),
    ("Six soldats tués par un engin explosif. Six militaires ont péri lundi lorsque leur camion a sauté sur une mine "
     "sur l'axe Sévaré-Bandiagara, selon l'armée. Des renforts sont stationnés à Douentza.", "fr"),
    ("Six soldats tués par un engin explosif. Six militaires ont péri lundi lorsque leur camion a sauté sur une mine "
     "sur l'axe reliant Sévaré à Bandiagara, selon l'armée. Des renforts sont stationnés à Douentza.", "fr"),
])
def test_the_road_the_lead_under_a_headline_names_is_the_event_place(text, lang):
    """The lead under a headline tells the event again: the road it names is where it took place (ACLED: near
    its first town), not background."""
    m = one(text, lang, published=date(2025, 9, 3))
    assert (m.location, m.geo_precision) == ("Sévaré", 2)


def test_an_attack_on_the_road_between_two_towns_keeps_its_place():
    m = one("Gunmen ambushed a fuel convoy on the road between Gao and Ansongo on Monday, killing three drivers.")
    assert (m.location, m.geo_precision, m.claims["location_between"]) == ("Gao", 2, "Ansongo")


@pytest.mark.parametrize("text, lang", [
    ("Malian soldiers backed by Russian Wagner fighters took control of the town of Anefis on Saturday from the "
     "CSP rebels.", "en"),
    ("Les FAMa appuyées par leurs partenaires russes se sont emparées samedi de la ville d'Anéfis, "
     "jusque-là contrôlée par les rebelles du CSP.", "fr"),
])
def test_a_place_taken_by_the_army_with_an_ally_is_regained(text, lang):
    [m] = extract_mentions(text, date(2023, 10, 9), lang)
    assert m.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text, lang", [
    ("On Monday a fuel convoy was ambushed west of Diema. Thirty trucks were burned, two soldiers killed, and "
     "several drivers are missing.", "en"),
    ("On Monday a fuel convoy was ambushed west of Diema. Two soldiers were killed in the attack.", "en"),
    ("Lundi : embuscade contre un convoi de citernes à l'ouest de Diéma. Une trentaine de camions incendiés, deux "
     "militaires tués, des chauffeurs portés disparus.", "fr"),
])
def test_soldiers_counted_among_the_dead_after_the_lead_are_the_target(text, lang):
    [m] = extract_mentions(text, date(2025, 11, 18), lang)
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")


def test_an_attack_told_as_happening_the_same_day_is_its_own_event():
    text = ("On Monday, gunmen abducted five truck drivers on the road between Kolondieba and Bougouni. The same "
            "day, militants attacked a line of tankers near Fana, killing two drivers.")
    got = sorted((m.location, m.sub_event_type, m.fatalities) for m in extract_mentions(text, PUB))
    assert got == [("Fana", "Attack", 2), ("Kolondiéba", "Abduction/forced disappearance", 0)]


FEATURE = """BAMAKO, 14 November 2025 - On Monday, gunmen abducted five truck drivers near Kolondieba.

Prices keep climbing

Petrol sells for 2,000 CFA francs a litre in Bamako. The army escorts convoys every week, and drivers say the \
escorts are too few.

A long war

Many still remember the massacre of some 160 villagers in Ogossagou in March 2019, attributed to a militia.
"""


def test_a_section_heading_ends_the_event_before_it():
    got = sorted((m.location, str(m.event_date), m.sub_event_type, m.fatalities)
                 for m in extract_mentions(FEATURE, PUB))
    assert got == [("Kolondiéba", "2025-11-10", "Abduction/forced disappearance", 0),
                   ("Ogassagou-Peulh", "2019-03-15", "Attack", 160)]


@pytest.mark.parametrize("text, lang, guard", [
    ("Un engin explosif a visé mardi un véhicule de la garde nationale près de Téra, blessant trois gardes.", "fr",
     "Military Forces of Niger (2011-2023)"),
    ("Gunmen attacked a National Guard post near Menaka on Tuesday, killing four guardsmen.", "en",
     "Military Forces of Mali (2021-)"),
])
def test_a_national_guard_is_the_army_of_the_country_it_serves(text, lang, guard):
    [m] = extract_mentions(text, date(2023, 1, 20), lang)
    assert m.actor2 == guard


@pytest.mark.parametrize("text", [
    "Mardi, un engin explosif a visé un véhicule de la garde nationale près de Téra, blessant trois gardes.",
    "Mardi, une mine a visé un convoi de l'armée près de Téra, blessant trois soldats.",
])
def test_forces_whose_vehicle_was_targeted_are_the_target(text):
    [m] = extract_mentions(text, date(2023, 1, 20), "fr")
    assert (m.actor1, m.actor2) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2011-2023)")


@pytest.mark.parametrize("text, sub, actor1", [
    ("Le CSP a dénoncé l'exécution de six civils par des militaires à Anéfis, mardi.", "Attack",
     "Military Forces of Mali (2021-)"),
    ("Le JNIM a revendiqué la prise du camp de Boulkessi, samedi.", "Non-state actor overtakes territory",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Des centaines de commerçants ont dénoncé la hausse des prix devant le gouvernorat de Ségou.",
     "Peaceful protest", "Protesters (Mali)"),
])
def test_denouncing_or_claiming_a_deed_tells_the_deed_not_a_protest(text, sub, actor1):
    [m] = extract_mentions(text, date(2025, 3, 3), "fr")
    assert (m.sub_event_type, m.actor1) == (sub, actor1)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, villagers in Tanga prevented an army patrol from reaching the market.",
    "On 3 May 2020, women of Tanga stormed the town hall.",
])
def test_a_crowd_that_obstructs_or_storms_is_a_violent_demonstration_even_with_no_other_cue(text):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == "Violent demonstration", (m.sub_event_type, m.actor1, m.actor2)


def test_shots_fired_against_villages_are_an_attack_on_each():
    # "fired (gun)shots against" is shooting at people as "fired on" is
    ms = extract_mentions("On 3 May 2020, gunmen fired gunshots against the villages of Deguere and Koundianga "
                          "(Koro, Mopti).", date(2020, 5, 4), "en")
    assert [m.sub_event_type for m in ms] == ["Attack", "Attack"], [(m.sub_event_type, m.location) for m in ms]


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 May 2020, in Boni and Hombori, gunmen killed two herders.", 2),
    ("On 3 May 2020, militants clashed with the army in the areas of Boni, Hombori and Douentza.", 3),
    # a stretch of road, or where the forces were based, is one event's place
    ("On 3 May 2020, militants ambushed an army convoy between Boni and Hombori.", 1),
    ("On 3 May 2020, army units stationed in Boni and Hombori killed two militants.", 1),
])
def test_violence_in_several_towns_is_an_event_per_town(text, expected):
    ms = extract_mentions(text, date(2020, 5, 4), "en")
    assert len(ms) == expected, [(m.sub_event_type, m.location) for m in ms]


@pytest.mark.parametrize(("text", "sub"), [
    # one assailant killed by those attacked: two sides fought
    ("On 3 May 2020, gunmen attacked a house in Tanga; the owner was killed after killing an assailant.",
     "Armed clash"),
    # "wounded and the attacker ...": the attacker is not among the wounded
    ("On 3 May 2020, a man stabbed worshippers in a mosque in Tanga; three were wounded and the attacker fled.",
     "Attack"),
])
def test_a_single_assailant_killed_is_an_armed_victim(text, sub):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == sub, (m.sub_event_type, m.actor1, m.actor2)


def test_the_victims_own_earlier_deed_told_in_a_relative_clause_is_not_the_event():
    m = one("On 3 May 2020, soldiers killed three militants who had executed a village chief near Tanga.",
            published=date(2020, 5, 4))
    assert m.sub_event_type == "Armed clash", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, JNIM militants closed down the school in Tanga.",
    "On 3 May 2020, the governor ordered the closure of the gold mining sites around Tanga.",
])
def test_a_closure_by_threat_or_order_is_other(text):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == "Other", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, French warplanes attacked a militant camp near Tanga.",
    "On 3 May 2020, the army dropped several bombs on militant hideouts near Tanga.",
])
def test_warplanes_and_dropped_bombs_are_air_strikes(text):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == "Air/drone strike", (m.sub_event_type, m.actor1, m.actor2)


def test_weapons_found_told_in_the_passive_are_disrupted_weapons_use():
    m = one("On 3 May 2020, a large stock of explosives and weapons was discovered by soldiers near Tanga.",
            published=date(2020, 5, 4))
    assert m.sub_event_type == "Disrupted weapons use", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "sub"), [
    # goods told taken in the passive, or "by seizing": looting
    ("On 3 May 2020, JNIM militants stopped a truck near Tanga; its cargo of medicines was seized.",
     "Looting/property destruction"),
    ("On 3 May 2020, militants entered Tanga and emptied the shops by seizing rice and sugar.",
     "Looting/property destruction"),
    # an aid mission is civilian: attacking it and then taking its vehicle is an attack on civilians
    ("On 3 May 2020, an aid mission was attacked near Tanga. Its vehicle was seized.", "Attack"),
])
def test_goods_seized_and_aid_missions(text, sub):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == sub, (m.sub_event_type, m.actor1, m.actor2)


def test_people_blocking_a_road_is_a_demonstration_even_with_no_other_cue():
    m = one("On 3 May 2020, residents blocked the national road near Tanga over power cuts.",
            published=date(2020, 5, 4))
    assert m.event_type == "Riots", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, soldiers arrested two herders in Tanga; their corpses were found the next day.",
    "On 3 May 2020, gendarmes arrested five traders in Tanga and beat them in their cell.",
])
def test_people_beaten_or_found_dead_after_their_arrest_were_attacked(text):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == "Attack", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize(("text", "sub"), [
    ("On 3 May 2020, soldiers in Tanga fired shots in the air in protest, demanding their bonuses.",
     "Violent demonstration"),
    # warning shots are fired at the protesters, not by them
    ("On 3 May 2020, residents of Tanga demonstrated after a patrol fired warning shots near the market.",
     "Peaceful protest"),
])
def test_protesters_firing_in_the_air_make_a_violent_demonstration(text, sub):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == sub, (m.sub_event_type, m.actor1, m.actor2)


def test_torturing_prisoners_is_an_attack_even_when_they_are_fighters():
    m = one("On 3 May 2020, soldiers reportedly tortured four JNIM prisoners in Tanga.", published=date(2020, 5, 4))
    assert m.sub_event_type == "Attack", (m.sub_event_type, m.actor1, m.actor2)


def test_rebels_who_take_over_a_town_overtake_territory():
    m = one("On 3 May 2020, rebels attack and take over the town of Tanga.", published=date(2020, 5, 4))
    assert m.sub_event_type == "Non-state actor overtakes territory", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, an angry crowd lynched two men in Tanga whom they believed had planted a bomb.",
    "On 3 May 2020, an angry crowd lynched a man in Tanga accused of planting explosives.",
])
def test_what_a_crowd_blamed_its_victims_for_is_not_the_event(text):
    m = one(text, published=date(2020, 5, 4))
    assert m.sub_event_type == "Mob violence", (m.sub_event_type, m.actor1, m.actor2)


@pytest.mark.parametrize("text, actor1", [
    ("The government closed all schools and universities in Bamako for two weeks on Monday.",
     "Government of Mali (2021-)"),
    ("Gunmen forced the closure of three schools in the Douentza area on Monday.", "Unidentified Armed Group (Mali)"),
])
def test_schools_closed_with_no_one_else_named_are_the_governments_act(text, actor1):
    [m] = extract_mentions(text, date(2025, 10, 29))
    assert (m.sub_event_type, m.actor1) == ("Other", actor1)


def test_forces_deployed_to_secure_the_area_afterwards_took_no_part():
    # the ECHO flash style: the attackers are not named, the only armed actor came afterwards
    text = ("Following the attack on two villages near Mangaize on Saturday, the toll is 100 civilians killed. "
            "A military operation is deployed to secure the area.")
    [m] = extract_mentions(text, date(2021, 1, 7))
    assert (m.actor1, m.actor2) == ("Unidentified Armed Group (Niger)", "Civilians (Niger)")


def test_a_state_force_taking_a_camp_is_no_non_state_takeover():
    text = ("The offensive was an attempt by Malian forces to seize control over the camps in Kidal region held by "
            "the CSP.")
    [m] = extract_mentions(text, date(2023, 10, 3))
    assert m.sub_event_type != "Non-state actor overtakes territory"
    assert m.actor1 == "Military Forces of Mali (2021-)"


def test_unnamed_militants_told_two_ways_are_one_side():
    text = ("Jihadist fighters blockaded the town of Djibo on Wednesday, and the rebels attacked a supply convoy "
            "escorted by soldiers.")
    [m] = extract_mentions(text, date(2022, 2, 17))
    assert {m.actor1, m.actor2} == {"Unidentified Armed Group (Burkina Faso)",
                                    "Military Forces of Burkina Faso (2022-)"}


def test_a_taking_told_as_a_noun_is_done_by_its_agent():
    [m] = extract_mentions("La prise de la ville de Kidal par l'armée a été célébrée à Bamako mardi.",
                           date(2023, 11, 15), "fr")
    assert (m.sub_event_type, m.actor1) == ("Government regains territory", "Military Forces of Mali (2021-)")


def test_attacks_named_as_the_cause_of_a_risk_are_no_event():
    text = ("U.S. citizens should depart by air, as roads to neighbouring countries may not be safe due to "
            "terrorist attacks along national highways.")
    # at most the low-confidence guess any short text naming people gets, for review
    assert all(m.confidence < 0.3 for m in extract_mentions(text, date(2025, 10, 28)))


# An encyclopedia-style article: an infobox of fields, a lead, then sections under marked or short headings.
ENCYCLOPEDIA = """Infobox
- Conflict: Attack on the Sévaré camp
- Place: Sévaré, Mopti Region, Mali
- Date: 12 March 2024
- Result: Attack repelled
- Casualties1: 9 killed
- Casualties3: 1 suspected attacker lynched by a crowd

On 12 March 2024, JNIM fighters attacked the army camp of Sévaré. Eleven soldiers were \
killed and 30 were wounded.

== Background ==
The town had been attacked a few times in 2016, most notably when gunmen killed 7 people at a hotel.

Attacks
The attack began at dawn on 12 March 2024, when JNIM fighters attacked the camp of Sévaré from the north."""


def test_an_infobox_sums_up_and_the_lead_tells_the_event():
    [m] = extract_mentions(ENCYCLOPEDIA, date(2024, 6, 1))
    # the infobox's "lynched by a crowd" is no mob violence, its "9 killed" not the lead's toll; the 2016 hotel
    # attack under "Background" is no event and no part of the toll; the "Attacks" section tells the lead's
    # event again
    assert (m.sub_event_type, m.actor1, m.location, str(m.event_date), m.fatalities) == (
        "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Sévaré", "2024-03-12", 11)


def test_list_items_and_fields_are_sentences_of_their_own():
    doc = build_nlp("en")("Situation\n- Date: 3 May 2023\n- Gunmen burned the market of Djibo\nThen calm returned")
    assert [s.text.strip() for s in doc.sents] == [
        "Situation", "- Date: 3 May 2023", "- Gunmen burned the market of Djibo", "Then calm returned"]


def test_a_section_heading_names_a_topic_and_its_older_years_are_background():
    text = ("On 12 March 2024, JNIM fighters attacked the army camp of Sévaré. Eleven soldiers were killed.\n\n"
            "== Background ==\nMopti had been attacked a few times in 2016, when gunmen killed 7 people at a hotel.\n\n"
            "== Attacks and prices ==\nOn 14 March 2024, the price of rice doubled in Mopti.")
    got = [(m.location, str(m.event_date), m.fatalities) for m in extract_mentions(text, date(2024, 6, 1))]
    assert got == [("Sévaré", "2024-03-12", 11)]


@pytest.mark.parametrize("text, lang", [
    ("Je condamne l'attentat qui a eu lieu contre le quartier-général de la force conjointe du G5 Sahel à Sévaré, "
     "causant la mort de plusieurs soldats.", "fr"),
    ("We condemn the attack perpetrated against the headquarters of the G5 Sahel joint force in Sévaré, which killed "
     "several soldiers.", "en"),
    ("La France condamne les attaques perpétrées le 27 juin dans le centre du Mali, près de Sévaré, contre la force "
     "conjointe du G5 Sahel.", "fr"),
])
def test_the_force_an_attack_was_against_is_its_target(text, lang):
    [m] = extract_mentions(text, date(2018, 6, 30), lang)
    assert (m.actor1, m.actor2) == ("Unidentified Armed Group (Mali)", "G5S: G5 Sahel Force (2017-)")


def test_an_attack_against_a_force_told_with_its_agent_is_another_deed():
    text = ("On Sunday, volunteer fighters killed twenty villagers in Pétabouli (Gorom-Gorom, Oudalan), in retaliation "
            "for an attack by militants against a VDP unit.")
    [m] = extract_mentions(text, date(2020, 6, 30))
    assert m.actor1.startswith("VDP") and m.actor2 == "Civilians (Burkina Faso)"


@pytest.mark.parametrize("text", [
    "The embassy has received information concerning threats of potential terrorist attacks against westerners "
    "in Bamako during the holidays.",
    "Terrorist groups continue to threaten small arms attacks against soft targets in Bamako.",
    "Officials warned of a possible attack on the Kati camp.",
])
def test_a_threatened_or_possible_attack_is_no_attack(text):
    assert all(m.event_type not in ("Battles", "Violence against civilians") or m.confidence <= 0.2
               for m in extract_mentions(text, date(2015, 12, 15)))


@pytest.mark.parametrize(("text", "lang", "sub", "actor1"), [
    # a capture whose object is a named place is a takeover or a regain, not an arrest
    ("The capture of Kidal by the army on Monday ended months of rebel control.", "en",
     "Government regains territory", "Military Forces of Mali"),
    ("Malian troops captured Kidal on Monday.", "en", "Government regains territory", "Military Forces of Mali"),
    ("The capture of Boni by JNIM militants was reported on Monday.", "en", "Non-state actor overtakes territory",
     "JNIM"),
    ("La prise de Kidal par l'armée malienne lundi a mis fin à des mois de contrôle rebelle.", "fr",
     "Government regains territory", "Military Forces of Mali"),
    ("Des jihadistes du JNIM ont capturé Boni lundi.", "fr", "Non-state actor overtakes territory", "JNIM"),
    # the capture of a person stays an arrest
    ("The capture of a JNIM commander by the army near Boni was announced on Monday.", "en", "Arrests",
     "Military Forces of Mali"),
    ("La capture d'un chef jihadiste par l'armée près de Boni a été annoncée lundi.", "fr", "Arrests",
     "Military Forces of Mali"),
])
def test_a_capture_of_a_place_is_a_takeover_of_a_person_an_arrest(text, lang, sub, actor1):
    m = one(text, lang)
    assert (m.sub_event_type, m.actor1.split(" (")[0].split(":")[0]) == (sub, actor1)


@pytest.mark.parametrize(("text", "lang", "published", "sub", "actor1", "actor2"), [
    # a coup: the military's mutinous part against the government it overthrows (ACLED: Strategic developments)
    ("Soldiers staged a coup d'etat in Bamako on Tuesday.", "en",
     date(2020, 8, 19), "Other", "Mutiny of Military Forces of Mali", "Government of Mali"),
    # the seizure of power told by the arrest of the president, in one sentence: the arrest, by the mutineers
    ("Soldiers staged a coup d'etat in Bamako on Tuesday, arresting the president and the prime minister.", "en",
     date(2020, 8, 19), "Arrests", "Mutiny of Military Forces of Mali", "Government of Mali"),
    ("Des militaires ont annoncé lundi avoir pris le pouvoir et arrêté le président à Ouagadougou.", "fr",
     date(2022, 1, 25), "Arrests", "Mutiny of Military Forces of Burkina Faso", "Government of Burkina Faso"),
    ("Mutineers seized President Kabore in Ouagadougou on Monday in a coup.", "en", date(2022, 1, 25), "Other",
     "Mutiny of Military Forces of Burkina Faso", "Government of Burkina Faso"),
    # shots heard where soldiers mutinied: the mutiny, not a battle
    ("Dimanche, des tirs ont retenti dans plusieurs camps militaires de Ouagadougou, où des soldats se sont mutinés.",
     "fr", date(2022, 1, 24), "Other", "Mutiny of Military Forces of Burkina Faso", "Government of Burkina Faso"),
    ("Des militaires ont renversé le président Ibrahim Boubacar Keïta lors d'un coup d'État à Bamako mardi.", "fr",
     date(2020, 8, 19), "Other", "Mutiny of Military Forces of Mali", "Government of Mali"),
    ("Soldiers ousted President Roch Marc Christian Kabore in a coup in Ouagadougou on Monday.", "en",
     date(2022, 1, 25), "Other", "Mutiny of Military Forces of Burkina Faso", "Government of Burkina Faso"),
    ("Le capitaine Ibrahim Traoré a renversé le lieutenant-colonel Damiba lors d'un coup d'État à Ouagadougou "
     "vendredi.", "fr", date(2022, 10, 1), "Other", "Mutiny of Military Forces of Burkina Faso",
     "Government of Burkina Faso"),
    # a named unit that seized power is the actor, as the presidential guard of Burkina Faso was in 2015
    ("Members of the Presidential Security Regiment staged a coup in Ouagadougou on Wednesday, taking President "
     "Kafando hostage.", "en", date(2015, 9, 17), "Other",
     "Military Forces of Burkina Faso (2014-2015) Presidential Security Unit", "Government of Burkina Faso"),
    # mutineers who fight loyal troops: a clash between the mutiny and the army
    ("Mutinous soldiers clashed with loyalist troops at the Kati camp on Monday, killing four.", "en",
     date(2012, 4, 30), "Armed clash", "Mutiny of Military Forces of Mali", "Military Forces of Mali"),
    ("Des soldats mutinés ont affronté lundi des militaires loyalistes au camp de Kati, faisant quatre morts.", "fr",
     date(2012, 4, 30), "Armed clash", "Mutiny of Military Forces of Mali", "Military Forces of Mali"),
    ("The soldiers who staged a putsch five weeks ago said they had defeated an overnight counter-coup in Bamako.",
     "en", date(2012, 5, 1), "Armed clash", "Mutiny of Military Forces of Mali", "Military Forces of Mali"),
])
def test_a_coup_or_a_mutiny_is_coded_with_the_mutineers_and_the_government(text, lang, published, sub, actor1,
                                                                            actor2):
    m = one(text, lang, published)
    assert m.sub_event_type == sub
    assert m.actor1.startswith(actor1) and m.actor2.startswith(actor2), (m.actor1, m.actor2)


def test_a_coup_told_as_the_setting_of_an_arrest_is_no_coup():
    m = one("General Sanogo, who led the March 2012 military coup, was arrested on Monday in Bamako.")
    assert m.sub_event_type == "Arrests"
    # "ousted" describing a leader is no act of ousting
    m = one("A paratrooper of the unit which served ousted leader Amadou Toure was shot dead in Bamako on Monday.")
    assert not m.actor1.startswith("Mutiny")


@pytest.mark.parametrize(("text", "lang"), [
    # a miner is a civilian: a guard who shoots one attacks a civilian
    ("On Monday, a security guard at the Kalsaka mine shot dead an artisanal miner.", "en"),
    ("Lundi, un vigile de la mine de Kalsaka a abattu un orpailleur.", "fr"),
])
def test_a_miner_shot_by_a_guard_is_a_civilian_attacked(text, lang):
    m = one(text, lang)
    assert (m.sub_event_type, m.actor2) == ("Attack", "Civilians (Burkina Faso)")


@pytest.mark.parametrize(("text", "lang", "sub"), [
    # civilians named with no cue and no sign of violence: a development, not a guessed attack
    ("Teachers working in Gao and Kidal have started a limited service over demands for risk premiums.", "en",
     "Other"),
    ("Des enseignants de Gao ont entamé un service réduit pour des primes de risque.", "fr", "Other"),
    # a weapon alone is no sign of an attack: villagers may carry their own
    ("Villagers from Goyenga armed with firearms began besieging the village of Dimvousse, keeping civilians in.",
     "en", "Other"),
    # with a sign of violence done to them, the guess is still an attack on civilians
    ("Around 9 June, unknown individuals decapitated a traditional healer in the town of Fana.", "en", "Attack"),
])
def test_a_guess_names_an_attack_on_civilians_only_with_a_sign_of_violence(text, lang, sub):
    m = one(text, lang, date(2020, 6, 15))
    assert m.sub_event_type == sub


@pytest.mark.parametrize(("text", "lang", "actors"), [
    # the groups of one joint force are one side, not two sides of a clash
    ("Joint forces of CJA and HCUA clashed with JNIM militants near Goundam on Monday.", "en",
     ("CJA: Congress for Justice in Azawad", "JNIM: Group for Support of Islam and Muslims")),
    ("Les forces conjointes du GATIA et du MSA ont affronté lundi des jihadistes de l'EIGS près de Ménaka.", "fr",
     ("GATIA: Imghad Tuareg and Allies Self-Defense Group", "Islamic State (Greater Sahara)")),
])
def test_the_groups_of_a_joint_force_are_one_side(text, lang, actors):
    m = one(text, lang, date(2017, 5, 22))
    assert (m.actor1, m.actor2) == actors


def test_a_deed_told_with_an_older_year_before_any_event_is_background():
    text = "Mali has become an epicenter of conflict. A military junta seized power in 2020, its second coup in years."
    assert all(m.confidence <= 0.2 for m in extract_mentions(text, date(2024, 12, 17)))
    # the older year of another deed the sentence mentions leaves its own deed the report's news
    [m] = extract_mentions("Thousands demonstrated in Ouagadougou in remembrance of Norbert Zongo, a journalist "
                           "who was assassinated in 1998.", date(2014, 12, 13))
    assert m.sub_event_type == "Peaceful protest" and m.confidence > 0.2


@pytest.mark.parametrize(("text", "lang"), [
    ("The government said on Thursday it had foiled a coup plot and arrested several officers in Ouagadougou.", "en"),
    ("Le gouvernement a annoncé jeudi avoir déjoué un complot et arrêté plusieurs officiers à Ouagadougou.", "fr"),
])
def test_soldiers_arrested_in_a_plot_are_held_by_the_government(text, lang):
    m = extract_mentions(text, date(2024, 10, 5), lang)[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Arrests", "Government of Burkina Faso (2022-)", "Military Forces of Burkina Faso (2022-)")


@pytest.mark.parametrize(("text", "lang"), [
    ("MINUSMA handed over its camp in Tessalit to the Malian army on Thursday.", "en"),
    ("La Minusma a rétrocédé jeudi son camp de Tessalit aux Forces armées maliennes.", "fr"),
])
def test_a_base_handed_over_codes_the_force_that_received_it(text, lang):
    m = extract_mentions(text, date(2023, 12, 30), lang)[0]
    assert (m.sub_event_type, {m.actor1, m.actor2}) == ("Non-violent transfer of territory", {
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)",
        "Military Forces of Mali (2021-)"})


@pytest.mark.parametrize(("text", "lang"), [
    ("Des habitants de Kalaban Coura ont lynché mardi un présumé cambrioleur. La police est arrivée après les faits.",
     "fr"),
    ("Residents of Kalaban Coura beat a suspected burglar on Tuesday before handing him over to the police.", "en"),
])
def test_forces_that_came_after_a_mob_are_not_its_victims(text, lang):
    m = extract_mentions(text, date(2024, 5, 10), lang)[0]
    assert (m.sub_event_type, m.actor2) == ("Mob violence", "Civilians (Mali)")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le gouvernement a décrété lundi la mobilisation générale à Ouagadougou.", "fr"),
    ("The government decreed a general mobilisation on Monday in Ouagadougou.", "en"),
])
def test_a_general_mobilisation_is_the_governments_change_not_a_protest(text, lang):
    m = extract_mentions(text, date(2023, 3, 21), lang)[0]
    assert (m.sub_event_type, m.actor1) == ("Change to group/activity", "Government of Burkina Faso (2022-)")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le JNIM a décrété mercredi un blocus sur Nioro du Sahel, menaçant les commerçants qui le braveraient.", "fr"),
    ("JNIM declared a blockade on Nioro du Sahel on Wednesday, threatening traders who defy it.", "en"),
])
def test_a_groups_change_of_activity_names_no_target(text, lang):
    m = extract_mentions(text, date(2025, 9, 5), lang)[0]
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Change to group/activity", "JNIM: Group for Support of Islam and Muslims", "")


def test_a_coup_the_report_counts_from_is_no_event():
    text = ("Nord du Mali : les villes tombent. En trois jours, Léré et Niafunké sont tombées, sans que l'armée, "
            "désorganisée depuis le renversement du président, ne parvienne à les défendre.")
    assert all(m.sub_event_type not in ("Other", "Arrests") for m in extract_mentions(text, date(2012, 4, 4), "fr"))



@pytest.mark.parametrize(("text", "lang"), [
    # a running total told after the news ("since the start of the blockade") adds no deed to it
    ("JNIM announced a blockade of the roads to Nioro and Diéma on 3 September. Since the start of the blockade, "
     "more than 120 trucks have been set on fire on those roads.", "en"),
    ("Le JNIM a annoncé mardi le blocus de Nioro. Depuis le début du blocus, plus de 80 camions ont été incendiés "
     "sur les routes de la région.", "fr"),
])
def test_a_running_total_is_no_deed_of_the_event(text, lang):
    assert all(m.sub_event_type != "Looting/property destruction" for m in extract_mentions(text, PUB, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Since the start of the year, more than 300 civilians have been killed in the region of Mopti.", "en"),
    ("In 2023 alone, armed groups burned 40 schools in the region of Mopti.", "en"),
    ("Depuis le début de l'année, plus de 300 civils ont été tués dans la région de Mopti.", "fr"),
])
def test_a_running_total_alone_is_no_event(text, lang):
    assert all(m.confidence <= 0.2 for m in extract_mentions(text, PUB, lang))


def test_a_capture_of_a_region_is_no_arrest():
    text = ("On 14 November, the army took Kidal from the rebels. Following the capture of the region, CSP fighters "
            "began blockades of the northern cities in December.")
    assert all(m.sub_event_type not in ("Arrests", "Abduction/forced disappearance")
               for m in extract_mentions(text, date(2023, 12, 30)))


@pytest.mark.parametrize(("text", "lang"), [
    # the deed already told, named again to place something else, opens no event of the other thing's date
    ("On 24 August, JNIM fighters killed 150 civilians digging a trench around Kaya. A first trench had been dug "
     "between 2 and 10 August, and a second one, where the attack took place, between 20 and 24 August.", "en"),
    ("Le 24 août, des jihadistes ont tué 150 civils qui creusaient une tranchée autour de Kaya. Une seconde "
     "tranchée, où l'attaque a eu lieu, avait été creusée du 2 au 10 août.", "fr"),
])
def test_the_deed_named_again_to_place_something_else_opens_no_event(text, lang):
    [m] = extract_mentions(text, date(2024, 8, 30), lang)
    assert m.event_date == date(2024, 8, 24)


def test_an_undated_deed_in_an_overview_of_years_is_background():
    text = ("Mali has been a centre of instability since 2012. The junta has detained foreign mining executives in a "
            "bid to control mining revenues. In 2022, France withdrew its troops, and in early 2024 the authorities "
            "postponed elections. Russian personnel have supported the army since 2021, while the economy has slowed "
            "and aid has fallen, and the government has turned to new partners for loans, arms and advisers in the "
            "capital Bamako and in the regions of the north, where rebels and jihadists remain active.")
    assert all(m.confidence <= 0.2 for m in extract_mentions(text, date(2024, 12, 17)))
    # a note that names no day but a year or two of background is still the news of the day
    [m] = extract_mentions("Gunmen killed five villagers near Djenné. The area has seen attacks since 2015, and the "
                           "army launched an operation there in 2019.", date(2021, 3, 1))
    assert m.sub_event_type == "Attack" and m.confidence > 0.2


def test_an_undated_deed_in_a_section_at_the_lead_place_is_the_lead_event_again():
    text = ("On 24 August 2024, JNIM fighters killed 150 civilians digging trenches around Barsalogho.\n\n"
            "== Background ==\nA first trench around Barsalogho was dug between 2 and 10 August. The civilians were "
            "forced to dig by the army, and the jihadists attacked while the work was ongoing.")
    [m] = extract_mentions(text, date(2024, 9, 30))
    assert m.event_date == date(2024, 8, 24)


@pytest.mark.parametrize(("text", "sub", "actor1"), [
    # of joint subjects, the first named is the taker
    ("The Malian and Wagner forces then captured the regional capital of Kidal on 14 November.",
     "Government regains territory", "Military Forces of Mali"),
    ("The Malian army and Wagner fighters captured the town of Anefis on 7 October.",
     "Government regains territory", "Military Forces of Mali"),
])
def test_joint_subjects_take_a_town_as_the_first_one(text, sub, actor1):
    m = one(text, published=date(2023, 11, 30))
    assert (m.sub_event_type, m.actor1.split(" (")[0]) == (sub, actor1)


@pytest.mark.parametrize(("text", "protest"), [
    # a state's own teams or forces "mobilised" are at work, not protesting
    ("Nous condamnons les violences contre notre consulat. Nos équipes sont mobilisées auprès de nos ressortissants "
     "à Bobo-Dioulasso.", False),
    ("Les forces de sécurité restent mobilisées à Kaya après l'attaque de lundi.", False),
    # people who mobilise themselves still protest
    ("Les commerçants se sont mobilisés lundi devant la mairie de Kaya pour dénoncer la hausse des taxes.", True),
])
def test_teams_mobilised_are_no_protest(text, protest):
    found = any(m.event_type == "Protests" and m.confidence > 0.2
                for m in extract_mentions(text, date(2022, 10, 3), "fr"))
    assert found == protest



@pytest.mark.parametrize("text", [
    "On 3 November 2025, gunmen abducted three traders near Boni. The abductees were released on November 6.",
    "On 3 November 2025, gunmen kidnapped two nurses in Boni. Both hostages were freed two days later.",
    "Le 3 novembre 2025, des hommes armés ont enlevé trois commerçants près de Boni. Les otages ont été libérés "
    "le 6 novembre.",
])
def test_the_release_of_captives_told_later_is_no_new_abduction(text):
    """ACLED codes an abduction once, on its day: the captives' release on a later day is its end."""
    lang = "fr" if text.startswith("Le ") else "en"
    mentions = extract_mentions(text, PUB, lang)
    assert [(m.sub_event_type, m.event_date) for m in mentions] == [
        ("Abduction/forced disappearance", date(2025, 11, 3))]


def test_days_captives_were_held_are_no_days_of_violence():
    mentions = extract_mentions("On 3 November 2025, gunmen abducted three traders near Boni and held them for "
                                "three days before releasing them.", PUB)
    assert [m.event_date for m in mentions] == [date(2025, 11, 3)]
    # two days of fighting are still two events
    assert len(extract_mentions("Soldiers and militants fought for two days near Boni, from 3 November 2025.",
                                PUB)) == 2


def test_a_town_then_its_region_is_one_listed_place():
    """'in Niono, Segou and Boni, Mopti': each town is followed by the region it lies in, not by another town."""
    mentions = extract_mentions("On 3 November 2025, JNIM militants attacked army posts in Niono, Segou and Boni, "
                                "Mopti, killing four soldiers.", PUB)
    assert sorted(m.location for m in mentions) == ["Boni", "Niono"]
    # a hyphenated village name the gazetteer knows only in part: the list is read from the text, with the same rule
    mentions = extract_mentions("On 3 November 2025, JNIM militants attacked army posts in Niono-Kouraba, Segou and "
                                "Boni, Mopti, killing four soldiers.", PUB)
    assert len(mentions) == 2 and not {"Ségou", "Mopti"} & {m.location for m in mentions}


def test_the_villages_people_come_from_are_no_places_of_the_event():
    mentions = extract_mentions("On 3 November 2025, youths from the communes of Boni, Hombori and Gossi held a "
                                "sit-in in Douentza.", PUB)
    assert [m.location for m in mentions] == ["Douentza"]
    mentions = extract_mentions("On 3 November 2025, soldiers arrested nine men from the villages of Boni, Hombori "
                                "and Gossi.", PUB)
    assert len(mentions) == 1
    # the villages a report says were attacked are still one event each
    assert len(extract_mentions("On 3 November 2025, gunmen attacked the villages of Boni, Hombori and Gossi, "
                                "killing six civilians.", PUB)) == 3


def test_a_protest_on_the_road_between_towns_is_one_protest():
    mentions = extract_mentions("On 3 November 2025, truck drivers demonstrated on the road between Douentza, Boni "
                                "and Hombori to denounce insecurity.", PUB)
    assert [m.location for m in mentions] == ["Douentza"]


def test_a_sentence_about_the_attack_just_told_opens_no_event_for_its_motive():
    mentions = extract_mentions("On 3 November 2025, Dozo hunters attacked Fulani herders near Boni, killing four. "
                                "The attack came in retaliation for the murder of a hunter two days earlier.", PUB)
    assert [(m.event_date, m.fatalities) for m in mentions] == [(date(2025, 11, 3), 4)]


@pytest.mark.parametrize(("text", "lang"), [
    ("On 3 November 2025, a Koglweogo militia member killed two young men in Boni. He was later lynched by the "
     "population.", "en"),
    ("Le 3 novembre 2025, un membre des Koglweogo a tué deux jeunes à Boni. L'assaillant a été lynché par les "
     "habitants.", "fr"),
])
def test_the_perpetrator_lynched_after_the_deed_is_a_mob_violence_event_of_its_own(text, lang):
    mentions = extract_mentions(text, PUB, lang)
    assert [m.sub_event_type for m in mentions] == ["Attack", "Mob violence"]
    assert mentions[1].actor2 == mentions[0].actor1 == "Koglweogo Militia"
    assert all(m.event_date == date(2025, 11, 3) for m in mentions)



def test_a_sentence_about_the_protest_just_told_opens_no_event_for_the_town_it_names():
    mentions = extract_mentions("On 3 November 2025, thousands of people protested in Bamako against the cost of "
                                "living. The demonstration came as the government plans to raise fuel prices in Gao "
                                "on 20 November.", PUB)
    assert [m.location for m in mentions] == ["Bamako"]


@pytest.mark.parametrize("text, place", [
    ("Tillabéri: Manda village mourns after mosque attack\n\nThe village of Manda, in the Tillabéri region, buried "
     "its dead on Sunday after gunmen attacked its mosque on Saturday, killing 71 civilians.", "Manda"),
    ("Mopti: Ogossagou mourns its dead\n\nGunmen attacked the village of Ogossagou, in the Mopti region, on "
     "Saturday, killing 20 herders.", "Ogassagou-Peulh"),
    ("Tahoua: grief in Tillia after raid\n\nGunmen on motorbikes attacked Tillia, in the Tahoua region, on Monday, "
     "killing 12 villagers.", "Tillia"),
])
def test_an_english_headline_label_is_the_area_not_the_event_place(text: str, place: str) -> None:
    """"Tillabéri: ..." files the story under the region, like « Soum : » in French typography."""
    assert one(text, "en", date(2025, 6, 6)).location == place


@pytest.mark.parametrize("text, place", [
    ("BAMAKO, June 6 - Islamist militants attacked a passenger boat on the Niger River on Thursday, killing 49 "
     "civilians, the government said. About 50 assailants were also killed. The boat was travelling between Gao "
     "and Mopti when it was hit near Bamba by at least three rockets.", "Bamba"),
    ("BAMAKO, June 6 - Gunmen ambushed a bus on Monday, killing 9 passengers, officials said. Two attackers were "
     "also killed. The bus was travelling between Bandiagara and Sévaré when it was stopped near Songho.", "Songo"),
    ("BAMAKO, June 6 - Armed men attacked a convoy of trucks on Friday, killing 6 drivers, local sources said. The "
     "army said 3 assailants died. The convoy was on its way between Kayes and Bamako when it came under fire "
     "near Diéma.", "Diéma"),
])
def test_the_place_a_later_sentence_names_as_the_events_own_beats_a_routes_ends(text: str, place: str) -> None:
    """A lead that names no town: of the towns its later sentences name, where the vehicle was hit comes before
    the ends of the trip it was on."""
    assert one(text, "en", date(2025, 6, 6)).location == place


@pytest.mark.parametrize("text, place, dead", [
    ("BAMAKO, June 6 - Gunmen attacked a hotel in Bamako on Thursday, killing four guards, officials said.\n\n"
     "In March, gunmen held hostages at a hotel in Sévaré, in central Mali, in a siege in which 13 people died. "
     "Business leaders warned that the attacks would hit tourism. Airlines briefly suspended flights to Bamako on "
     "Friday.", "Sévaré", 13),
    ("NIAMEY, June 6 - Gunmen killed seven villagers near Téra on Wednesday, officials said.\n\nIn April, "
     "jihadists ambushed a patrol near Ayorou, in an attack in which 11 soldiers died. Traders said the roads were "
     "now empty. The governor visited Téra on Thursday.", "Ayorou", 11),
    ("OUAGADOUGOU, June 6 - Gunmen killed five worshippers in a church near Dori on Sunday, residents said.\n\n"
     "In February, fighters stormed the gendarmerie in Sebba, in an assault in which nine gendarmes were killed. "
     "Many families have since fled the area. Aid groups arrived in Dori on Tuesday.", "Sebba", 9),
])
def test_an_older_event_told_again_keeps_its_toll_beside_the_news_after_it(text: str, place: str, dead: int) -> None:
    """The toll of an older event is background to today's news, but not to that older event itself."""
    mentions = extract_mentions(text, date(2025, 6, 6), "en")
    assert [m.fatalities for m in mentions if m.location == place] == [dead]


@pytest.mark.parametrize("text, place, day", [
    ("BAMAKO, June 6 - Gunmen attacked a hotel in Bamako on Thursday, killing four guards, officials said.\n\n"
     "In March, gunmen attacked La Terrasse, a restaurant in Bamako, on the night of March 7, killing five people.",
     "Bamako", date(2025, 3, 7)),
    ("NIAMEY, June 6 - Gunmen killed seven villagers near Téra on Wednesday, officials said.\n\nIn April, "
     "jihadists ambushed a patrol near Ayorou on 12 April, killing 11 soldiers.", "Ayorou", date(2025, 4, 12)),
    ("OUAGADOUGOU, June 6 - In May, gunmen killed five worshippers in a church near Dori on Sunday 18 May, "
     "residents said.", "Dori", date(2025, 5, 18)),
])
def test_a_clause_that_names_its_day_after_its_month_is_dated_by_the_day(text: str, place: str, day: date) -> None:
    mentions = extract_mentions(text, date(2025, 6, 6), "en")
    assert [m.event_date for m in mentions if m.location == place][-1] == day


@pytest.mark.parametrize("text, country", [
    ("BAMAKO, June 6 - Gunmen attacked a hotel in Bamako on Thursday, killing four guards, officials said.\n\n"
     "In March, gunmen attacked a restaurant popular with expatriates, killing five people. Islamist violence has "
     "spread south, with attacks along the borders with Côte d'Ivoire and Burkina Faso.", "Mali"),
    ("NIAMEY, June 6 - Gunmen killed seven villagers in Ayorou on Wednesday, officials said.\n\nIn April, "
     "jihadists ambushed a patrol, killing 11 soldiers. The group is also active across the border in Mali.",
     "Niger"),
    ("OUAGADOUGOU, June 6 - Gunmen killed five worshippers in a church in Djibo on Sunday, residents said.\n\nIn "
     "February, fighters stormed a gendarmerie post, killing nine gendarmes. Many attacks are prepared from bases "
     "in Niger.", "Burkina Faso"),
])
def test_a_foreign_country_a_later_sentence_names_is_no_place_of_the_event(text: str, country: str) -> None:
    """An older event told without a place is the report's, not the neighbour's a sentence after it names."""
    mentions = extract_mentions(text, date(2025, 6, 6), "en")
    assert [m.country for m in mentions] == [country, country]


@pytest.mark.parametrize(("text", "lang"), [
    ("The embassy has received information concerning threats of possible terrorist attacks against foreigners "
     "during the festival. The threats name the cities of Mopti and Gao.", "en"),
])
def test_a_threat_of_attacks_warned_of_is_no_event(text, lang):
    # a warning of deeds still to come: nothing happened yet (a threat made to people is: "gunmen threatened ...");
    # at most the low-confidence guess of a report that names a place and no deed
    assert all(m.confidence <= GUESS_CONFIDENCE for m in extract_mentions(text, PUB, lang))


def test_a_past_attack_a_warning_compares_with_is_its_own_event():
    ms = extract_mentions("The consulate has been told of threats of possible attacks on hotels in Mopti. Armed groups "
                          "still threaten such attacks, like the deadly raid on a restaurant in Sévaré on 3 March.",
                          PUB)
    assert [(m.event_date, m.location) for m in ms] == [(date(2025, 3, 3), "Sévaré")]


def test_a_kidnapping_in_a_neighbouring_country_is_coded_there():
    # the mission's seat and the advice on the host country that follow are not where the kidnapping was
    m = one("The British Embassy in Ouagadougou has learnt of the kidnapping of a British engineer in neighbouring "
            "Mali. It reminds British nationals in Burkina Faso of the risk of kidnapping in the Sahel region.")
    assert (m.sub_event_type, m.country, m.geo_precision) == ("Abduction/forced disappearance", "Mali", 3)


@pytest.mark.parametrize(("text", "lang"), [
    ("La France condamne l'attaque perpétrée le 3 mars dans le nord du Burkina Faso contre un poste de "
     "gendarmerie.", "fr"),
    ("The attack on a gendarmerie post in northern Burkina Faso on 3 March was condemned by the EU.", "en"),
])
def test_the_north_of_burkina_is_the_country_with_its_region_unknown(text, lang):
    # the north of the country is the Sahel, Nord or Centre-Nord region: not the Nord region by its name
    m = one(text, lang)
    assert (m.country, m.admin1, m.geo_precision) == ("Burkina Faso", "", 3)


@pytest.mark.parametrize(("text", "lang"), [
    ("Attack on the Mopti\nOn 4 May gunmen attacked the passenger boat Mopti near Diré, killing six people.", "en"),
    ("Gunmen attacked the Mopti near Diré on 4 May, killing six people. The Mopti, a ferry of the state company, had "
     "left Gao.", "en"),
])
def test_a_boat_named_after_a_town_is_not_the_event_place(text, lang):
    m = one(text, lang)
    assert m.location == "Diré"


def test_a_siege_is_not_turned_into_a_battle_by_how_it_is_kept():
    m = one("The siege of Diapaga is a blockade of the town by jihadist fighters that began on 2 April. They cut "
            "the bridges, evicted the villagers around the town and ambushed supply convoys heading there.")
    assert (m.event_type, m.sub_event_type, m.location) == (
        "Strategic developments", "Change to group/activity", "Diapaga")


def test_a_second_place_and_day_after_the_verb_is_a_second_event():
    ms = extract_mentions("The army then captured the town of Ménaka on 3 March, and Anderamboukane on 9 March.", PUB)
    assert [(m.event_date, m.sub_event_type) for m in ms] == [
        (date(2025, 3, 3), "Government regains territory"), (date(2025, 3, 9), "Government regains territory")]
    assert ms[1].location.startswith("And") and ms[1].actor1.startswith("Military Forces of Mali")


def test_the_authorities_a_capture_is_credited_to_are_the_force_the_lead_names():
    m = one("Nigerien gendarmes carried out an operation in Agadez on Monday to catch men who had escaped from prison, "
            "met a suspect and exchanged fire. One escapee was captured by Nigerien authorities and another man was "
            "killed.")
    assert m.actor1.startswith("Police Forces of Niger") and m.actor1.endswith("Gendarmerie")


def test_a_region_capital_listed_among_towns_is_a_town():
    """'in Diboli, Kayes, Nioro and Niono': a region's name in a list that goes on with a comma and another town is a
    town struck, not the address of the town before it (as in 'in Niono, Segou and Boni, Mopti')."""
    for text in ("On 3 November 2025, gunmen attacked army posts in Diboli, Kayes, Nioro du Sahel and Niono.",
                 "On 3 November 2025, JNIM attacked checkpoints in Djenné, Mopti, Bandiagara and Bankass.",
                 "On 3 November 2025, militants attacked army camps in Bourem, Gao, Ansongo and Ménaka."):
        mentions = extract_mentions(text, PUB)
        assert len(mentions) == 4, text


def test_a_raid_that_hit_towns_told_with_appositions_is_one_event_per_town():
    """'The attacks hit Kayes, the regional capital, the border town of Diboli, ... as well as Niono': ACLED codes a
    multi-town raid per town, also when the list of towns carries descriptions."""
    for text, n in (
        ("On 3 November 2025, JNIM fighters attacked army positions in western Mali. The attacks hit Kayes, the "
         "regional capital near the Senegalese border, the border town of Diboli, Nioro du Sahel and Sandaré, as "
         "well as Niono.", 5),
        ("On 3 November 2025, militants struck Douentza, a market town in the centre, Boni and Hombori near the "
         "Burkinabè border, killing six soldiers.", 3),
        ("On 3 November 2025, gunmen targeted Sévaré, the garrison town, Bandiagara and Bankass in coordinated "
         "attacks on army posts.", 3),
    ):
        mentions = extract_mentions(text, PUB)
        assert len(mentions) == n, text
    # a town the attackers came from, and a road's end, are no towns struck
    mentions = extract_mentions("On 3 November 2025, gunmen who came from Boni hit Hombori, the garrison town on the "
                                "road towards Gossi, killing two soldiers.", PUB)
    assert len(mentions) == 1


def test_a_coup_recalled_in_a_relative_clause_is_no_event():
    """'Captain Traoré, who seized power in September 2022, has vowed ...': the coup a relative clause recalls
    to say who rules is the setting of the report, not an event of it."""
    for text in (
        "Burkina Faso's military leader, Captain Ibrahim Traoré, who seized power in September 2022, has promised "
        "to reconquer the territory.",
        "The Malian army, which took power in a second coup in May 2021, has struggled to contain the violence.",
        "Niger's junta, which had seized power in July 2023, said soldiers killed ten militants near Téra on "
        "3 November 2025.",
        "General Tiani, who himself took power in a coup, spoke on state television on 3 November 2025.",
    ):
        assert not [m for m in extract_mentions(text, PUB) if m.event_type == "Strategic developments"], text
    # the coup told as the news is still one, and a restrictive clause still says who the mutineers are
    mentions = extract_mentions("On 3 November 2025, mutinous soldiers seized power in Niamey.", PUB)
    assert [m.event_type for m in mentions] == ["Strategic developments"]
    mentions = extract_mentions("The soldiers who seized power in May said on 3 November 2025 they had repelled a "
                                "counter-coup in Bamako.", PUB)
    assert mentions[0].actor1.startswith("Mutiny of")


def test_the_days_of_a_relief_effort_are_no_days_of_the_violence():
    """A report's relief or aftermath section ('partners distributed kits on 5 and 6 November') names days over
    which help went on, not days of the attack: the attack is one event, not one a day."""
    for text in (
        "On 3 November 2025, gunmen killed 12 villagers in Boni. Aid agencies distributed food in Douentza on 5 and "
        "6 November.",
        "On 3 November 2025, gunmen killed 12 villagers in Boni. Transport unions said drivers would suspend travel "
        "for three days.",
        "On 3 November 2025, gunmen killed 12 villagers in Boni. The government declared two days of national "
        "mourning on 4 and 5 November.",
    ):
        assert len(extract_mentions(text, PUB)) == 1, text
    # violence told over two days is still one event a day
    assert len(extract_mentions("Gunmen attacked Boni on 3 and 4 November 2025, killing 12 villagers.", PUB)) == 2


def test_a_group_accused_of_siding_with_the_army_is_no_party_to_the_attack():
    """'jihadists, who accuse Dogon militias of siding with the army': the side a group is said to take is the reason
    given for the violence; the group accused of it did not do the deed told."""
    for text in (
        "On 3 November 2025, gunmen stopped a bus near Bandiagara and killed 31 passengers. The area has been the "
        "target of repeated attacks by jihadists, who accuse Dogon militias of siding with the army.",
        "On 3 November 2025, gunmen killed 12 villagers in Boni. Jihadists accuse the Dozo hunters of collaborating "
        "with the army.",
        "On 3 November 2025, gunmen killed 12 villagers in Boni. JNIM accuses Dan Na Ambassagou of supporting the "
        "army.",
    ):
        mentions = extract_mentions(text, PUB)
        assert [(m.actor1, m.actor2) for m in mentions] == [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]
    # civilians accused of supporting a group are the victims, and the group they are said to support is no party
    mentions = extract_mentions("On 3 November 2025, soldiers detained 40 men near Boni. The soldiers accused the "
                                "villagers of supporting the armed group Ansaroul Islam.", PUB)
    assert [m.actor2 for m in mentions] == ["Civilians (Mali)"]
    # a group accused of the deed itself is still its perpetrator
    mentions = extract_mentions("On 3 November 2025, the army accused Dan Na Ambassagou of killing 12 villagers in "
                                "Boni.", PUB)
    assert mentions[0].actor1 == "Dan Na Ambassagou"


def test_a_promise_or_a_forecast_of_a_deed_is_no_event():
    """'has sworn to recapture Boni', 'they expect new raids on Hombori': an aim or a forecast names a deed that has
    not happened, neither an event of its own nor a change to the one told."""
    for text in (
        "Gunmen killed 12 villagers in Boni on 3 November 2025. The army has sworn to recapture Boni.",
        "Gunmen killed 12 villagers in Boni on 3 November 2025. Captain Traoré has promised to recapture Boni.",
        "On 3 November 2025, gunmen killed 12 villagers in Boni. On 5 November, analysts said they expect attacks on "
        "Hombori.",
        "On 3 November 2025, gunmen killed 12 villagers in Boni. On 5 November, security sources said they expect new "
        "raids on Hombori.",
    ):
        mentions = extract_mentions(text, PUB)
        assert [(m.sub_event_type, m.location) for m in mentions] == [("Attack", "Boni")], text


def test_another_attack_told_the_same_night_is_an_event_of_its_own():
    """'The same Friday night, another attack in Hombori killed 14 people': a second attack of the same day, told
    after the first, is one more event at its own place with its own toll."""
    for text in (
        "Armed men attacked Boni during the night of Friday 7 November 2025, killing 30 people. The same Friday "
        "night, another attack in Hombori killed 14 people.",
        "Gunmen killed 30 villagers in Boni on 7 November 2025. Another attack in Hombori killed 14 people.",
        "Gunmen killed 30 villagers in Boni on 7 November 2025. That same afternoon, assailants killed 14 people in "
        "Hombori.",
    ):
        mentions = extract_mentions(text, PUB)
        assert [(m.location, m.fatalities) for m in mentions] == [("Boni", 30), ("Hombori", 14)], text
    # the attack called another one of a series is not a second event
    assert len(extract_mentions("Gunmen killed 30 villagers in Boni on 7 November 2025. It was another attack on a "
                                "village in the area.", PUB)) == 1


def test_a_retold_older_event_ends_where_the_report_returns_to_its_news():
    """'On 15 March 2023, gunmen killed 30 villagers in Hombori. In Boni, residents said on Tuesday that the town was
    calm': the sentence dated to the news of the week tells no more of the older event, whose toll stays its own."""
    for text in (
        "Gunmen attacked an army post in Boni on Sunday, killing 12 soldiers. The attack recalled the raid of 15 March "
        "2023, when gunmen killed 30 villagers in Hombori. In Boni, residents said on Tuesday that the town was calm.",
        "Gunmen attacked an army post in Boni on Sunday, killing 12 soldiers. On 15 March 2023, gunmen killed 30 "
        "villagers in Hombori. On Tuesday, the mayor of Boni said the town was calm.",
        "Gunmen attacked an army post in Boni on Sunday, killing 12 soldiers. In March 2023, assailants massacred 30 "
        "villagers in Hombori. Residents of Boni said on Tuesday that the shops had reopened.",
    ):
        mentions = extract_mentions(text, date(2025, 11, 12))
        assert [(m.location, m.fatalities) for m in mentions] == [("Boni", 12), ("Hombori", 30)], text


def test_an_older_attack_named_with_its_claim_is_an_event_of_its_own():
    """'This followed the 1 November attack on the Indelimane post, also claimed by ISGS, where 49 soldiers died':
    a claim named with an older day is the claim of that earlier attack, which is one more event."""
    for text in (
        "On 18 November 2019, a patrol near Tabankort was ambushed by ISGS; 43 soldiers were killed. This followed "
        "the 1 November attack on the Indelimane post, also claimed by ISGS, where 49 soldiers died.",
        "On 18 November 2019, a patrol near Tabankort was ambushed by ISGS; 43 soldiers were killed. On 1 November, "
        "ISGS had claimed an attack on the Indelimane post that killed 49 soldiers.",
        "On 18 November 2019, a patrol near Tabankort was ambushed by ISGS; 43 soldiers were killed. The 1 November "
        "assault on Indelimane, claimed by the same group, had killed 49 soldiers.",
    ):
        mentions = extract_mentions(text, date(2019, 11, 22))
        assert sorted(m.fatalities for m in mentions) == [43, 49], text
    # a claim told of the event just told adds no event
    mentions = extract_mentions("On 18 November 2019, a patrol near Tabankort was ambushed; 43 soldiers were killed. "
                                "ISGS claimed the attack on Tuesday.", date(2019, 11, 22))
    assert len(mentions) == 1
    mentions = extract_mentions("On 15 March 2021, 33 soldiers were killed in an ambush near Tessit. ISGS claimed the "
                                "attack three days later.", date(2021, 3, 22))
    assert len(mentions) == 1


def test_twin_attacks_on_two_towns_are_two_events():
    """'twin attacks on Boulkessi and Mondoro killed 38 soldiers': one event per town, the toll split."""
    for text in (
        "At the end of September 2019, twin attacks on Boulkessi and Mondoro killed 38 soldiers.",
        "On 30 September 2019, simultaneous raids on Boulkessi and Mondoro killed 38 soldiers.",
        "On 30 September 2019, JNIM claimed coordinated assaults on Boulkessi and Mondoro that killed 38 soldiers.",
    ):
        mentions = extract_mentions(text, date(2019, 10, 5))
        assert sorted((m.location, m.fatalities) for m in mentions) == [("Boulkessi", 19), ("Mondoro", 19)], text


def test_a_brief_s_analysis_sections_tell_no_event():
    """'Assessment. ISGS can mass hundreds of fighters and overrun posts in an hour.', 'Outlook (2-4 weeks). ...
    Probability of another attack on a regional capital: moderate.': a brief's analysis and forecast sections name
    capabilities and risks; only a deed they date ('notably the 11 May attack on Djibo') is an event."""
    lead = "On 3 November 2025, JNIM fighters attacked the army camp in Boni, killing 12 soldiers."
    for tail in (
        "\n\nAssessment. ISGS has the capacity to mass hundreds of fighters and overrun posts in less than an hour.",
        "\n\nOutlook (2-4 weeks). Probability of another attack on a regional capital: moderate.",
        "\n\nContext. These attacks come as the army regroups its posts, and raids on convoys are frequent.",
    ):
        mentions = extract_mentions(lead + tail, PUB)
        assert [(m.location, m.sub_event_type) for m in mentions] == [("Boni", "Armed clash")], tail
    mentions = extract_mentions(lead + "\n\nContext. The pattern recalls the 11 May attack on Djibo, where JNIM "
                                "fighters killed 20 soldiers.", PUB)
    assert [m.location for m in mentions] == ["Boni", "Djibo"]


def test_rocket_propelled_grenades_are_the_arms_of_a_battle():
    """'came under fire from small arms and rocket-propelled grenades': an RPG is a weapon of a ground fight (Armed
    clash), neither a grenade thrown nor shelling."""
    for text in (
        "Militants ambushed a joint patrol near Tongo Tongo on 4 October 2017, killing eight soldiers. The soldiers "
        "came under fire from small arms and rocket-propelled grenades.",
        "On 4 October 2017, militants attacked an army post near Tongo Tongo with rocket-propelled grenades and "
        "machine guns, killing eight soldiers.",
        "On 4 October 2017, gunmen fired rocket propelled grenades at a patrol near Tongo Tongo; four soldiers were "
        "killed.",
    ):
        assert [m.sub_event_type for m in extract_mentions(text, date(2017, 10, 8))] == ["Armed clash"], text
    # a grenade thrown is still one
    mentions = extract_mentions("On 4 October 2017, a man threw a grenade at a patrol in Tongo Tongo, wounding two "
                                "soldiers.", date(2017, 10, 8))
    assert [m.sub_event_type for m in mentions] == ["Grenade"]


def test_a_deed_found_done_afterwards_is_the_event_told():
    """'Residents fled during the fighting and returned on Monday to find shops looted': the fighting named as a time
    and the damage found on a later day are the attack already told, not an event of that later day."""
    for text in (
        "Jihadists attacked the army camp in Boni on Sunday, killing 20 soldiers. Residents said they had fled during "
        "the fighting and returned on Monday to find the market closed and shops looted.",
        "Jihadists attacked the army camp in Boni on Sunday, killing 20 soldiers. Villagers who came back on Tuesday "
        "found that their granaries had been burned.",
        "Jihadists attacked the army camp in Boni on Sunday, killing 20 soldiers. Traders returned on Monday and "
        "discovered their shops looted.",
    ):
        mentions = extract_mentions(text, date(2025, 11, 6))
        assert [(m.sub_event_type, m.event_date) for m in mentions] == [("Armed clash", date(2025, 11, 2))], text
    # looting done on a later day is still its own event
    mentions = extract_mentions("Jihadists attacked the army camp in Boni on Sunday, killing 20 soldiers. On Monday, "
                                "gunmen looted shops in Hombori.", date(2025, 11, 6))
    assert len(mentions) == 2


def test_an_attack_named_as_a_record_is_no_event():
    """'one of the deadliest attacks since the army seized power in July': the record the event is measured against
    names a class of attacks (and a coup as its start), not a deed of its own."""
    for text in (
        "Twenty-nine soldiers were killed on Monday in an attack near Téra. It was one of the deadliest attacks since "
        "the army seized power in July.",
        "Twenty-nine soldiers were killed on Monday in an attack near Téra. It was one of the worst assaults on the "
        "army since the coup of 26 July.",
        "The attack near Téra on Monday, which killed 29 soldiers, was one of the most serious attacks since the army "
        "took power in July.",
    ):
        mentions = extract_mentions(text, date(2023, 10, 4))
        assert [m.event_date for m in mentions] == [date(2023, 10, 2)], text
