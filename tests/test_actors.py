"""The actor catalogue and sw_actors: aliases in English and French, period names, generic actors."""

from __future__ import annotations

from datetime import date

import pytest

from sahelwatch.extract.actors import find_actors
from sahelwatch.knowledge.actors import catalogue


def names(text: str, when: date = date(2020, 6, 1), country: str = "Mali") -> list[str]:
    return [m.name for m in find_actors(text, when, country)]


def test_catalogue_size_and_inter_codes():
    cat = catalogue()
    assert len(cat.actors) >= 60
    assert cat.get("jnim").inter == 2
    assert cat.get("dozo").inter == 4
    assert cat.get("minusma").inter == 8
    assert cat.get("france").inter == 8
    assert cat.get("generic_civilians").inter == 7
    assert cat.get("katiba_macina").parent == "jnim"


@pytest.mark.parametrize(
    "text",
    [
        "JNIM fighters attacked the post.",
        "Fighters of the Group for Support of Islam and Muslims attacked.",
        "Le Groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque.",
        "Les combattants du GSIM ont revendiqué l'attaque.",
        "Jama'at Nusrat al-Islam wal-Muslimin claimed it.",
    ],
)
def test_jnim_aliases(text):
    assert "JNIM: Group for Support of Islam and Muslims" in names(text)


def test_acronyms_are_case_sensitive():
    assert names("the jnim of the story") == []


def test_group_with_generic_head_is_one_mention():
    found = find_actors(
        "Suspected Katiba Macina (JNIM) militants ambushed a patrol.", date(2020, 1, 1), "Mali"
    )
    assert [m.actor.id for m in found] == ["katiba_macina", "jnim"]
    assert [m.name for m in found if m.actor.inter == 3] == []


@pytest.mark.parametrize(
    "when,expected",
    [
        (date(2012, 1, 10), "Military Forces of Mali (2002-2012)"),
        (date(2013, 2, 1), "Military Forces of Mali (2012-2013)"),
        (date(2019, 5, 1), "Military Forces of Mali (2013-2020)"),
        (date(2021, 1, 1), "Military Forces of Mali (2020-2021)"),
        (date(2025, 11, 10), "Military Forces of Mali (2021-)"),
    ],
)
def test_period_versions(when, expected):
    assert names("FAMa soldiers repelled the attack.", when) == [expected]
    assert names("Les Forces armées maliennes ont repoussé l'attaque.", when) == [expected]


def test_joint_patrols_of_the_peace_agreement_are_state_forces():
    # the MOC's mixed patrols of army and signatory-group fighters: ACLED codes them as a wing of the army
    assert names("MOC soldiers patrolled Gao.", date(2019, 5, 1)) == [
        "Military Forces of Mali (2013-2020) Operational Coordination Mechanism"]
    assert names("Des éléments du Mécanisme opérationnel de coordination à Gao.", date(2022, 1, 1)) == [
        "Military Forces of Mali (2021-) Operational Coordination Mechanism"]


def test_state_forces_other_countries():
    assert names("Burkinabe soldiers", date(2019, 1, 1)) == ["Military Forces of Burkina Faso (2015-2022)"]
    assert names("Nigerien troops", date(2024, 1, 1)) == ["Military Forces of Niger (2023-)"]
    assert names("French troops", date(2014, 1, 1)) == ["Military Forces of France (2012-2017)"]
    assert names("Barkhane", date(2019, 1, 1)) == ["Military Forces of France (2017-)"]


@pytest.mark.parametrize(("text", "expected"), [
    # French adjectives agree with their noun: « gouvernement malien », « autorités guinéennes »
    ("Le gouvernement malien", "Government of Mali (2021-)"),
    ("les autorités guinéennes", "Government of Guinea (2021-)"),
    ("des gendarmes nigériens", "Police Forces of Niger (2023-) Gendarmerie"),
    ("des soldats togolais", "Military Forces of Togo (2005-)"),
    # « burkinabé » beside « burkinabè »
    ("des policiers burkinabé", "Police Forces of Burkina Faso (2022-)"),
])
def test_french_state_names_agree_with_their_noun(text, expected):
    assert names(text, date(2024, 1, 1)) == [expected]


def test_a_description_coded_as_the_group_it_names_is_one_mention():
    assert names("Des rebelles touaregs du MNLA ont attaqué Gao.", date(2012, 4, 1)) == [
        "MNLA: National Movement for the Liberation of Azawad"]


def test_islamic_state_renamed_by_period():
    assert names("ISGS militants", date(2020, 1, 1)) == ["Islamic State (Greater Sahara)"]
    assert names("ISGS militants", date(2023, 1, 1)) == ["Islamic State (Sahel)"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("unidentified gunmen", "Unidentified Armed Group (Burkina Faso)"),
        ("des hommes armés non identifiés", "Unidentified Armed Group (Burkina Faso)"),
        ("suspected jihadists", "Islamist Militia (Burkina Faso)"),
        ("des terroristes", "Unidentified Armed Group (Burkina Faso)"),
        ("villagers", "Civilians (Burkina Faso)"),
        ("des manifestants", "Protesters (Burkina Faso)"),
        ("Fulani militiamen", "Fulani Ethnic Militia (Burkina Faso)"),
        ("Dogon hunters", "Dogon Ethnic Militia (Burkina Faso)"),
        ("soldiers", "Military Forces of Burkina Faso (2015-2022)"),
        ("Koglweogo", "Koglweogo Militia"),
        ("les Volontaires pour la défense de la patrie", "VDP: Volunteers for the Defense of the Homeland"),
    ],
)
def test_generic_actors_take_the_country(text, expected):
    assert names(text, date(2020, 6, 1), "Burkina Faso") == [expected]


def test_spans_point_into_text():
    text = "On Monday, militants of JNIM burned trucks; MINUSMA peacekeepers arrived."
    for m in find_actors(text, date(2025, 11, 10), "Mali"):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(("text", "expected"), [
    ("Fulani militiamen attacked the Dogon village of Banay. Village self-defense repelled the attack.",
     "Dogon Ethnic Militia (Mali)"),
    ("Des miliciens dogons ont attaqué un hameau peul ; un groupe d'autodéfense a riposté.",
     "Fulani Ethnic Militia (Mali)"),
    # no community named, or one the data does not know: the militia stays unidentified
    ("A self-defense group clashed with JNIM near Koro.", "Unidentified Communal Militia (Mali)"),
    ("Koglweogo and Foulse militiamen targeted the Fulani community of Arbinda.",
     "Unidentified Communal Militia (Mali)"),
])
def test_a_communal_militia_takes_the_community_its_sentence_names(text, expected):
    names = [a.name for a in find_actors(text, date(2020, 6, 1), "Mali")]
    assert expected in names, names


@pytest.mark.parametrize(("text", "expected"), [
    ("L'attaque a été revendiquée par l'État islamique au Sahel.", "Islamic State (Sahel)"),
    ("Des combattants d'Ansar Dine sont entrés dans la ville.", "Ansar Dine"),
])
def test_names_after_a_french_elision(text, expected):
    assert expected in [a.name for a in find_actors(text, date(2023, 2, 20), "Burkina Faso")]


@pytest.mark.parametrize(
    ("when", "country", "name"),
    [(date(2017, 6, 1), "Mali", "Bambara Ethnic Militia (Mali)"),  # before ACLED named the Dozos apart
     (date(2019, 6, 1), "Mali", "Dozo Militia"), (date(2020, 6, 1), "Mali", "Dozo Communal Militia (Mali)"),
     (date(2021, 6, 1), "Burkina Faso", "Dozo Communal Militia (Burkina Faso)")],
)
def test_dozo_period_names_take_the_country(when, country, name):
    assert names("Dozo hunters attacked the village.", when, country) == [name]


def test_acled_names_written_in_a_note_are_aliases():
    assert names("Military Forces of France seized Douentza.", date(2013, 1, 21)) == [
        "Military Forces of France (2012-2017)"
    ]


@pytest.mark.parametrize(
    "text", ["Government forces pushed back the advance.", "Les forces gouvernementales ont repoussé."]
)
def test_government_forces_are_the_army(text):
    assert names(text) == ["Military Forces of Mali (2013-2020)"]


@pytest.mark.parametrize("text", ["Gunmen shot dead a gendarme at the checkpoint.", "A gendarme was wounded."])
def test_a_single_gendarme_is_the_gendarmerie(text):
    assert "Police Forces of Mali (2013-2020) Gendarmerie" in names(text, date(2019, 5, 1))


@pytest.mark.parametrize("text", ["Bambara hunters raided the hamlet.",
                                  "Des chasseurs bambaras ont attaqué le hameau."])
def test_bambara_hunters_are_the_dozos(text):
    assert names(text, date(2019, 6, 1)) == ["Dozo Militia"]


@pytest.mark.parametrize(("text", "expected"), [
    # French writes the hunters' brotherhood and some acronyms in lower case or title case
    ("Des dozos ont attaqué le hameau.", "Dozo Communal Militia (Mali)"),
    ("Des chasseurs donsos ont attaqué le hameau.", "Dozo Communal Militia (Mali)"),
    ("Le Jnim a revendiqué l'attaque.", "JNIM: Group for Support of Islam and Muslims"),
    ("Un convoi de la Minusma a été visé.", "MINUSMA: United Nations Multidimensional Integrated Stabilization "
                                           "Mission in Mali (2013-)"),
    ("Des inconnus ont abattu le commerçant.", "Unidentified Armed Group (Mali)"),
    # an army named by its adjective after « l' » is that country's, not the event country's army
    ("L'armée française a mené une frappe.", "Military Forces of France (2017-)"),
    ("L'armée burkinabè a franchi la frontière.", "Military Forces of Burkina Faso (2015-2022)"),
    # the adjective agrees with its noun: « soldats » is masculine
    ("Des soldats nigériens ont été tués.", "Military Forces of Niger (2011-2023)"),
])
def test_french_forms_of_names(text, expected):
    assert expected in names(text), names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Des miliciens de Dan Na Ambassagou ont attaqué un hameau peul.", ["Dan Na Ambassagou"]),
    ("Des terroristes de l'EIGS ont tué dix civils.", ["Islamic State (Greater Sahara)", "Civilians (Mali)"]),
    ("Des soldats de la MINUSMA ont riposté.",
     ["MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)"]),
    # not a group's own men: the gunmen attacked the group's positions
    ("Des hommes armés ont attaqué des positions du JNIM.",
     ["Unidentified Armed Group (Mali)", "JNIM: Group for Support of Islam and Muslims"]),
])
def test_a_generic_head_before_its_group_is_one_mention(text, expected):
    assert names(text) == expected


def test_a_base_held_for_a_period_stands_in_for_the_lasting_one() -> None:
    mnla = catalogue().get("mnla")
    assert mnla.home_on(date(2012, 5, 1))["Mali"] == "Gao"  # its seat between the fall of the north and June 2012
    assert mnla.home_on(date(2014, 5, 1))["Mali"] == mnla.home_on(None)["Mali"] == "Kidal"


@pytest.mark.parametrize(("text", "when", "expected"), [
    # Belmokhtar's group was listed under the GMA name in its first years, under its own name afterwards
    ("El Mourabitoun fighters claimed the raid.", date(2014, 9, 1), "GMA: Mourabitounes Group of Azawad"),
    ("Members of the Mourabitoun Battalion fired on the post.", date(2016, 11, 1), "Al Mourabitoune Battalion"),
    # spellings of the press: JNIM without its I, the Macina front's name word for word
    ("Presumed JNM militants abducted two traders.", date(2020, 3, 1),
     "JNIM: Group for Support of Islam and Muslims"),
    ("Suspected members of the Front for the Liberation of Macina torched the office.", date(2016, 3, 1),
     "Katiba Macina"),
])
def test_press_spellings_and_period_names_of_jihadist_groups(text, when, expected):
    assert expected in names(text, when), names(text, when)


@pytest.mark.parametrize("text", ["Barkhane soldiers patrolled the market.", "MINUSMA troops escorted the convoy."])
def test_a_foreign_forces_own_men_are_one_mention_not_the_national_army(text):
    found = names(text, date(2019, 6, 1))
    assert len(found) == 1 and "Mali" not in found[0].split(":")[0], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Soninke militiamen attacked the hamlet.", "Soninke Ethnic Militia (Mali)"),
    ("Lobi militiamen attacked the hamlet.", "Lobi Ethnic Militia (Mali)"),
])
def test_ethnic_militias_of_the_west_and_south(text, expected):
    assert names(text) == [expected]


def test_a_description_stands_for_the_groups_it_may_describe():
    cat = catalogue()
    jihadists = cat.get("islamist_militia")
    assert cat.may_describe(jihadists, cat.get("jnim")) and cat.may_describe(jihadists, cat.get("katiba_macina"))
    assert not cat.may_describe(jihadists, cat.get("dan_na_ambassagou"))
    assert not cat.may_describe(jihadists, cat.get("cma"))
    assert cat.may_describe(cat.get("generic_uag"), cat.get("dan_na_ambassagou"))  # "the assailants": anyone


@pytest.mark.parametrize(("text", "when", "country", "expected"), [
    # groups the catalogue lacked (issue #3): aliases in English and French
    ("Gunmen attacked a position of the CJA near Goundam.", date(2017, 4, 8), "Mali",
     "CJA: Congress for Justice in Azawad"),
    ("Le Congrès pour la justice dans l'Azawad a été attaqué.", date(2017, 4, 8), "Mali",
     "CJA: Congress for Justice in Azawad"),
    ("An MPSA officer was abducted.", date(2017, 5, 9), "Mali", "MPSA: Popular Movement for Azawad Salvation"),
    ("Le Mouvement populaire pour le salut de l'Azawad a tenu un congrès.", date(2017, 5, 9), "Mali",
     "MPSA: Popular Movement for Azawad Salvation"),
    ("ANSIPRJ claimed the ambush.", date(2016, 9, 9), "Mali",
     "ANSIPRJ: National Alliance for the Protection of the Fulani Identity and the Restoration of Justice"),
    ("Gunmen attacked a CMFPR2 checkpoint.", date(2019, 7, 6), "Mali",
     "CMFPR2: Coordination of Patriotic Movements and Forces for Resistance (CMA)"),
    ("La Coordination des mouvements de l'Entente a été créée.", date(2017, 11, 11), "Mali",
     "CME: Agreement Movements Coordination"),
    ("Fighters of the Islamic Movement of Azawad entered Kidal.", date(2013, 1, 24), "Mali",
     "MIA: Islamic Movement of Azawad"),
    ("Des éléments de la katiba Al Furqane ont attaqué.", date(2016, 10, 5), "Mali", "Al Furqan Battalion"),
    # a militia named by period, and one told apart from it
    ("Ganda Izo fighters clashed with herders.", date(2017, 3, 1), "Mali", "Ganda Izo Ethnic Militia (Mali)"),
    ("Ganda Izo fighters clashed with herders.", date(2019, 3, 1), "Mali", "Ganda Izo"),
    ("Gandakoy militiamen clashed with herders.", date(2018, 9, 16), "Mali", "Gandakoy Ethnic Militia (Mali)"),
    # the presidential guard of Burkina Faso, and the name of its former members once it was disbanded
    ("Soldiers of the Presidential Security Regiment held the president.", date(2015, 9, 16), "Burkina Faso",
     "Military Forces of Burkina Faso (2014-2015) Presidential Security Unit"),
    ("Des éléments de l'ex-RSP ont attaqué une poudrière.", date(2016, 1, 22), "Burkina Faso",
     "Former Military Forces of Burkina Faso (1987-2014)"),
    # prison guards and private guards, in the event's country
    ("A prison guard was killed.", date(2016, 12, 6), "Mali", "Police Forces of Mali Prison Guards"),
    ("Des gardes pénitentiaires ont été désarmés.", date(2018, 11, 1), "Burkina Faso",
     "Police Forces of Burkina Faso Prison Guards"),
    ("A security guard was shot dead.", date(2017, 1, 4), "Mali", "Private Security Forces (Mali)"),
    ("Des vigiles ont échangé des tirs avec les assaillants.", date(2019, 8, 8), "Burkina Faso",
     "Private Security Forces (Burkina Faso)"),
])
def test_groups_added_from_the_dev_review(text, when, country, expected):
    assert expected in names(text, when, country)


@pytest.mark.parametrize(("when", "expected"), [
    (date(2012, 5, 21), "Mutiny of Military Forces of Mali (2002-2012)"),  # the mutineers of 2012 keep that name
    (date(2014, 6, 6), "Mutiny of Military Forces of Mali (2013-2020)"),
    (date(2022, 1, 1), "Mutiny of Military Forces of Mali (2020-)"),
])
def test_malis_mutiny_period_names(when, expected):
    cat = catalogue()
    assert cat.name_for(cat.get("mutiny_mali"), when, "Mali") == expected



@pytest.mark.parametrize(("text", "ids"), [
    # two adjectives sharing one head noun name two forces
    ("Malian and French troops killed five militants near Ménaka.", ["military_mali", "france"]),
    ("The Burkinabe and Nigerien soldiers withdrew from the border post.", ["military_bfa", "military_ner"]),
    ("Des militaires maliens et français ont été déployés à Gao.", ["military_mali", "france"]),
])
def test_two_forces_sharing_one_head_noun(text, ids):
    assert [a.actor.id for a in find_actors(text, date(2019, 5, 1))][:2] == ids
