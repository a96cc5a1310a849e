"""sw_numbers and fatalities (examples written for these tests, English and French)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from sahelwatch.extract import dates, pipeline  # noqa: F401 - doc._ attributes, the sw_dates factory
from sahelwatch.extract.numbers import fatalities_in, fatalities_in_text, find_numbers


def values(text: str, lang: str = "en") -> list[tuple[int, bool]]:
    return [(n.value, n.approximate) for n in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("12", "en", [(12, False)]),
        ("1,200 people", "en", [(1200, False)]),
        ("twelve", "en", [(12, False)]),
        ("twenty-five", "en", [(25, False)]),
        ("two hundred and fifty", "en", [(250, False)]),
        ("dozens of people", "en", [(12, True)]),
        ("tens of people", "en", [(10, True)]),
        ("hundreds of people", "en", [(100, True)]),
        ("at least 30", "en", [(30, True)]),
        ("more than 40", "en", [(40, True)]),
        ("some 160", "en", [(160, True)]),
        ("between 10 and 15", "en", [(10, True)]),
        ("6-8 people", "en", [(6, True)]),
        ("between two and six", "en", [(2, True)]),
        ("two and six", "en", [(2, False), (6, False)]),
        ("one hundred and six", "en", [(106, False)]),
        ("douze", "fr", [(12, False)]),
        ("une vingtaine de civils", "fr", [(20, True)]),
        ("des dizaines de personnes", "fr", [(12, True)]),
        ("des centaines de personnes", "fr", [(100, True)]),
        ("au moins 30", "fr", [(30, True)]),
        ("vingt et un", "fr", [(21, False)]),
        ("quatre-vingt-dix", "fr", [(90, False)]),
        ("soixante et onze", "fr", [(71, False)]),
        ("entre deux et six", "fr", [(2, True)]),
        ("1 200 déplacés", "fr", [(1200, False)]),
        ("une femme", "fr", []),
    ],
)
def test_numbers(text: str, lang: str, expected: list[tuple[int, bool]]) -> None:
    assert values(text, lang) == expected


def test_ages_are_not_counts() -> None:
    assert values("a 12-year-old girl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants killed 12 soldiers and wounded 5 others.", 12),
        ("Three soldiers and five militants were killed in the clash.", 8),
        ("3 soldiers killed and 7 wounded near the bridge.", 3),
        ("A soldier was killed and two civilians were injured.", 1),
        ("The attack left 10 militants and 1 soldier dead.", 11),
        ("Gunmen killed a trader and a driver on the road.", 2),
        ("Gunmen shot dead the mayor of the town.", 1),
        ("Gunmen abducted a teacher; he was later found dead.", 1),
        ("Soldiers arrested six herders and executed them.", 6),
        ("The army clashed with militants, killing 10. At least 8 others were arrested.", 10),
        ("Eleven civilians of the Bella community (including two children) were killed.", 11),
        ("30 militants killed 5 soldiers at the checkpoint.", 5),
        ("Gunmen killed ten civilians, including eight herders and one trader.", 10),
        ("Between 10 and 15 villagers were killed and 20 were abducted.", 10),
        ("Gunmen kidnapped 14 passengers on the road.", 0),
        ("Dozens of people were killed when the market was shelled.", 12),
        ("Hundreds died in the siege.", 100),
        ("The convoy was ambushed; no casualties were reported.", 0),
        ("the massacre of some 160 Fulani villagers in Ogossagou in March 2019", 160),
        # the same group twice: the most conservative credible figure
        ("At least 20 soldiers were killed. A local source said 35 soldiers were killed.", 20),
        # a total and its parts are one figure, not two
        ("The attack left 12 dead: 8 soldiers and 4 civilians were killed.", 12),
        # a death told as the cause of a protest is not this event's
        ("Youths protested against the killing of a trader by police.", 0),
        ("Militants killed two goats and burned a hut.", 0),
        # one count over two coordinated person nouns
        ("About 100 Malian soldiers and policemen were killed and 255 others were injured.", 100),
        ("Three soldiers and two civilians were killed.", 5),
        # a toll of no named kind told again further on is one toll
        ("The assault left at least forty-four fatalities. Residents fled.\nAt least 44 people were killed.", 44),
    ],
)
def test_fatalities_english(text: str, expected: int) -> None:
    assert fatalities_in_text(text, "en")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont tué une vingtaine de civils et blessé douze autres.", 20),
        ("Trois soldats et cinq assaillants ont été tués.", 8),
        ("L'attaque a fait 12 morts et 30 blessés.", 12),
        ("Au moins 30 soldats ont été tués.", 30),
        ("Des dizaines de personnes ont péri dans l'incendie.", 12),
        ("Deux gendarmes ont perdu la vie dans l'embuscade.", 2),
        ("Un soldat a été tué et deux autres blessés.", 1),
        ("L'embuscade s'est terminée sans faire de victimes.", 0),
        ("Des hommes armés ont enlevé sept passagers.", 0),
        ("Trente-et-un militaires sont tombés et plusieurs autres ont été blessés.", 31),
        ("Le gouvernement a annoncé un bilan de quarante-et-un morts.", 41),
        ("La riposte a permis de neutraliser sept assaillants.", 7),
        # one figure told twice (headline, then lead) is one figure
        ("Quinze militaires tués par des engins explosifs. Le bilan est de quinze soldats tués.", 15),
        ("L'attaque a fait quarante-quatre morts. Les habitants ont fui. Au moins 44 personnes ont été tuées.", 44),
        # the day told between the verb and its count
        ("Des hommes armés ont tué samedi une trentaine de civils à Kiri.", 30),
        ("Des hommes armés ont abattu mardi soir deux gendarmes.", 2),
        ("Plus d'une centaine de personnes, en majorité des civils, ont été tuées.", 100),
        ("Au moins dix-huit personnes, burkinabè et étrangers, ont été tuées, selon le gouvernement.", 18),
        # one count over two coordinated person nouns
        ("Une trentaine de gendarmes nigériens et de miliciens alliés ont été tués près de la frontière.", 30),
        ("Neuf douaniers et policiers ont péri dans l'embuscade.", 9),
        ("Onze éléments de la gendarmerie et de la douane sont morts mardi.", 11),
        # a second count after « et » is still its own figure
        ("Six soldats et deux civils ont été tués.", 8),
    ],
)
def test_fatalities_french(text: str, expected: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == expected


def test_evidence_spans_point_at_the_figure() -> None:
    text = "On Monday, militants killed 12 soldiers near Boni."
    value, spans = fatalities_in_text(text)
    assert value == 12
    assert [text[a:b] for a, b in spans] == ["killed 12 soldiers"]
    value, spans = fatalities_in_text("No casualties were reported.")
    assert value == 0 and spans == [(0, 27)]  # "No casualties were reported"


def _doc(text: str, lang: str = "en"):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sw_dates", config={"lang": lang})
    nlp.add_pipe("sw_numbers", config={"lang": lang})
    doc = nlp.make_doc(text)
    doc._.published = date(2025, 11, 14)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_component_skips_dates_and_fatalities_in_a_clause() -> None:
    text = ("On 12 November 2025, militants killed 4 soldiers in Kayes. "
            "On 13 November, 7 civilians died in Nioro.")
    doc = _doc(text)
    assert [n.value for n in doc._.numbers] == [4, 7]
    second = text.index("On 13")
    assert fatalities_in(doc, 0, second)[0] == 4
    assert fatalities_in(doc, second, len(text))[0] == 7
    assert fatalities_in(doc, 0, len(text))[0] == 11  # different groups add up


def test_component_french() -> None:
    doc = _doc("Le 3 novembre, au moins 15 civils ont été tués à Djibo.", "fr")
    assert [n.value for n in doc._.numbers] == [15]
    assert fatalities_in(doc, 0, len(doc.text))[0] == 15


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Gunmen raided a camp and killed an unspecified number of herders. Unknown fatalities coded as 3.",
         "en", 3),
        # a claim only counts when the report has no figure of its own
        ("Clashes left 4 soldiers dead. The group claimed to have killed 30 soldiers.", "en", 4),
        ("The group claimed to have killed 30 soldiers.", "en", 30),
        # "had killed": an earlier event
        ("Soldiers killed 3 militants who had killed a teacher the week before.", "en", 3),
        ("Village chief killed by gunmen near Djibo.", "en", 1),
        ("Gunmen shot a trader who succumbed to his wounds.", "en", 1),
        ("Gunmen opened fire on a car, killing a woman, her baby and a young man.", "en", 3),
        ("Gunmen abducted a pastor. His body was found two days later.", "en", 1),
        ("Twelve men arrested by soldiers in the market were later executed.", "en", 12),
        ("A suicide bomber blew himself up at a checkpoint, killing himself and two soldiers.", "en", 3),
        ("Soldiers arrested six herders and executed them.", "en", 6),
        ("Des hommes armés ont enlevé le maire. Son corps a été retrouvé le lendemain.", "fr", 1),
        ("Le chef du village a été assassiné par des hommes armés.", "fr", 1),
        ("Douze hommes arrêtés par des soldats au marché ont ensuite été exécutés.", "fr", 12),
        ("Des jihadistes ont tué un commerçant et son fils.", "fr", 2),
        ("Selon l'armée, 30 terroristes ont été neutralisés.", "fr", 30),
    ],
)
def test_fatality_rules(text: str, lang: str, expected: int) -> None:
    assert fatalities_in_text(text, lang)[0] == expected


def test_injuries_and_years_are_not_fatalities() -> None:
    text = "The assault left at least forty-four fatalities and thirteen injuries."
    assert fatalities_in_text(text)[0] == 44
    # without the date component, a year next to a list is still no count
    text = "On September 7, 2023, at least 14 civilians and two soldiers were killed."
    assert fatalities_in_text(text)[0] == 16


def test_french_agents_and_elements_are_one_kind_of_victim() -> None:
    # the headline's « agents » and the lead's « éléments » are the same forces told twice
    text = "Nord : cinq agents des forces de sécurité tués. Cinq éléments de la police ont péri lundi sur une mine."
    assert fatalities_in_text(text, "fr")[0] == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # « les » after a killing verb is a determiner, not the victims told again
        ("Des combattants ont attaqué la base militaire de Kira ainsi que les positions des VDP, après avoir "
         "neutralisé les postes de contrôle. Selon des élus, une trentaine de personnes ont été tuées.", 30),
        # before its verb it is the pronoun of the count before it
        ("Des hommes armés ont enlevé sept commerçants et les ont exécutés.", 7),
    ],
)
def test_french_plural_pronoun_comes_before_its_verb(text: str, expected: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == expected


def test_a_source_named_first_governs_its_whole_sentence() -> None:
    # « selon X, ... » covers every figure of its sentence, past the commas of a list of clauses
    text = ("Selon le dernier bilan officiel, six militaires ont été tués, vingt personnes blessées ; trois "
            "assaillants ont été abattus.")
    assert fatalities_in_text(text, "fr")[0] == 9


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selon la gendarmerie, six personnes ont été tuées et deux assaillants ont été abattus par les "
         "forces spéciales.", "fr", 8),
        ("Gunmen attacked a hotel in Kira; five people were killed and three attackers were shot dead.", "en", 8),
        ("Special forces freed the hostages and killed the 4 aggressors. 6 dead among civilians.", "en", 10),
        ("Quatre agresseurs ont été abattus. Six civils ont été tués.", "fr", 10),
    ],
)
def test_attackers_killed_add_to_a_toll_of_people(text: str, lang: str, expected: int) -> None:
    assert fatalities_in_text(text, lang)[0] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Militants ambushed an army convoy near Dogofry and killed six soldiers. The army said that nine "
         "militants were killed in the fighting.", "en", 15),
        ("Militants ambushed an army convoy near Dogofry and killed six soldiers. The army said that nine "
         "militants were killed, a figure that could not be independently verified.", "en", 6),
        ("Six soldats ont été tués dans l'embuscade. Selon l'armée, neuf terroristes ont été tués dans la "
         "riposte.", "fr", 15),
        ("Six soldats ont été tués dans l'embuscade. Selon l'armée, neuf terroristes ont été tués, un bilan "
         "impossible à vérifier de source indépendante.", "fr", 6),
    ],
)
def test_a_claim_of_attackers_killed_adds_to_a_told_toll_unless_doubted(text: str, lang: str, expected: int) -> None:
    assert fatalities_in_text(text, lang)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Militiamen abducted four herders near the village, they were executed a few kilometres away.", 4),
    ("Militants kidnapped two teachers. The hostages were later found dead.", 2),
    ("Gunmen abducted three traders; they were released the next day.", 0),
    ("Two armed men attacked a village. They killed two civilians.", 2),  # "they" the killers, not the dead
    ("Two men were stoned to death by the Islamic police.", 2),
])
def test_a_plural_subject_of_a_death_passive_is_the_count_before_it(text: str, expected: int) -> None:
    assert fatalities_in_text(text, "en")[0] == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_window_words_split_as_the_window_alone(lang: str) -> None:
    # the words of a clause are taken from the whole text's split: the same as splitting the clause
    from sahelwatch.extract.numbers import _key, _window_words
    from sahelwatch.extract.numbers import lexicon as numbers_lexicon

    lex = numbers_lexicon(lang)
    text = ("JNIM fighters killed 12 civilians (AFP) -- l'armée's well-known co-op; « 12 » ... "
            "Des hommes armés ont tué trois personnes à Djibo. No one was killed.")
    for lo in range(0, len(text) + 1, 5):
        for hi in range(lo, len(text) + 1, 7):
            direct = [(m.start(), m.end(), _key(m.group(0))) for m in lex.word.finditer(text, lo, hi)]
            assert _window_words(text, lo, hi, lex) == direct, (lo, hi)


def test_a_figure_whose_sentence_closes_on_its_teller_is_a_claim_like_the_others():
    # « selon le gouvernement » before the first figure, « ajoute le communiqué » after the second: both told
    text = ("Selon le gouvernement, quatorze soldats ont été tués. La riposte a permis de neutraliser "
            "vingt terroristes, ajoute le communiqué.")
    assert fatalities_in_text(text, "fr")[0] == 34


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("The operation put 12 militants out of combat.", "en", 12),
    ("Vingt terroristes ont été mis hors de combat.", "fr", 20),
])
def test_put_out_of_combat_is_killed(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


def test_a_soldier_named_by_his_trade_is_a_person() -> None:
    assert fatalities_in_text("Paris announced the death of a French paratrooper near Ménaka.", "en")[0] == 1


@pytest.mark.parametrize(("text", "dead"), [
    # ways French reports say people died
    ("Une trentaine de personnes ont trouvé la mort dans l'attaque.", 30),
    ("Neuf civils y ont laissé la vie.", 9),
    ("Six villageois ont été passés par les armes.", 6),
    # an adverb between the verb and its victims, or between the auxiliary and the participle
    ("Neuf personnes ont été sauvagement tuées.", 9),
    ("Des militaires ont exécuté sommairement cinq civils.", 5),
    # an elided qualifier runs into its number
    ("Des hommes armés ont tué plus d'une soixantaine de civils.", 60),
    ("Près d'une centaine d'habitants ont été tués.", 100),
])
def test_french_ways_of_telling_deaths(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # an article before a death noun counts one
    ("Des terroristes ont attaqué le poste, faisant un mort et trois blessés.", 1),
    ("L'attaque a fait un mort.", 1),
    # « et » joins « vingt et un », not the two ends of a range
    ("Des hommes armés ont attaqué le village, faisant entre dix et quinze morts.", 10),
    ("Vingt et un soldats ont été tués.", 21),
    # losses and deaths told as nouns
    ("L'armée déplore la perte de cinq soldats.", 5),
    ("L'attaque a entraîné le décès de douze personnes.", 12),
    ("Douze personnes ont été mortellement touchées.", 12),
    ("Les corps sans vie de trois bergers ont été découverts près du village.", 3),
    # « autres »: more dead than those counted before
    ("Des hommes armés ont tué sept personnes ; trois autres ont succombé à leurs blessures.", 10),
    ("Sept soldats ont été tués et trois autres blessés.", 7),
])
def test_french_tolls_told_with_articles_ranges_losses_and_others(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # people named by a role, an age or a community are persons a toll counts
    ("Des hommes armés ont assassiné un leader religieux.", 1),
    ("Sept Peuls ont été tués près du village.", 7),
    ("Des hommes armés ont tué deux vieillards et un adolescent.", 3),
    ("Trois ouvriers étrangers ont été tués.", 3),
    # French puts no comma before the last item of a list: « , et » opens a new clause, not the subset's last item
    ("Cinq personnes ont été tuées, dont un militaire et un ressortissant portugais, et quatre assaillants ont "
     "été abattus.", 9),
])
def test_french_persons_named_by_role_age_or_community(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # only the enemy is "neutralised": a bare count of them adds to the other dead of the toll
    ("Bilan : côté ami, 3 morts et 5 blessés ; côté terroriste, 12 neutralisés.", "fr", 15),
    ("Three soldiers were killed and 12 were neutralized.", "en", 15),
])
def test_a_bare_count_of_neutralised_adds_to_the_toll(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a count of wounded after « et » is a count of its own, not one more listed person
    ("L'explosion a fait une dizaine de morts et une vingtaine de blessés.", "fr", 10),
    ("Deux policiers et un passant ont été tués.", "fr", 3),
])
def test_an_article_that_opens_a_count_adds_no_person(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # the toll a pluperfect verb left is an earlier event's, told as background
    ("Trois bergers ont été tués lundi. En 2019, le massacre du village avait fait une centaine de morts.", "fr", 3),
    ("Deux soldats ont été tués près de la ville, où une attaque avait déjà causé dix morts.", "fr", 2),
    ("Two soldiers were killed near the town, where an attack had left 12 dead in 2020.", "en", 2),
    ("L'attaque du marché a fait douze morts.", "fr", 12),
])
def test_a_toll_a_pluperfect_verb_left_is_background(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a count after « de même que » / "as well as" behind a death word died too
    ("Un militaire a été tué, de même que trois assaillants.", "fr", 4),
    ("One soldier was killed, as well as three militants.", "en", 4),
    ("Un soldat a été tué ainsi que trois autres blessés.", "fr", 1),
    # a qualifier or a day between the killing verb and its object
    ("La mine a explosé, tuant au moins une personne.", "fr", 1),
    ("Une embuscade a coûté la vie samedi à deux soldats.", "fr", 2),
    ("Les hommes armés ont tiré à trois reprises.", "fr", 0),
])
def test_french_killing_verbs_reach_their_object(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a toll named as the source (« selon un nouveau bilan ») is a fact that revises the earlier one
    ("Un premier bilan faisait état de six morts. Selon un nouveau bilan, onze personnes ont été tuées.", "fr", 11),
    ("Initial reports said six people died. According to a new toll, eleven people were killed.", "en", 11),
])
def test_a_toll_named_as_the_source_is_no_claim(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # the date nearest a figure in its sentence says which event it counts
    ("Lundi, trois soldats ont été tués près de Djibo. L'an dernier, une attaque y a fait quinze morts.", 3),
    ("Lundi, une attaque a fait 7 morts, portant à cinquante le nombre de soldats tués depuis janvier.", 7),
    ("Un casque bleu a été tué dimanche. En 2024, vingt casques bleus ont perdu la vie au Mali.", 1),
    # a report about an older event keeps its toll
    ("En mars 2019, le massacre d'Ogossagou a fait cent soixante morts.", 160),
])
def test_figures_dated_as_background_are_no_part_of_the_news(text: str, dead: int) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sw_dates", config={"lang": "fr"})
    doc = nlp.make_doc(text)
    doc._.published = date(2025, 2, 11)
    doc = nlp(doc)
    assert fatalities_in(doc, 0, len(text))[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # « le nombre de morts s'élève à neuf »: the count after the verb is the toll
    ("Des hommes armés ont ouvert le feu dans un bar. Le nombre de morts s'élève à neuf.", 9),
    ("Le bilan s'établit à 157 morts, selon le gouvernement.", 157),
])
def test_french_number_of_dead_rises_to(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # after a death word, a determiner that opens a time says when, not whom
    ("Treize personnes ont été tuées le 14 février près du village.", "fr", 13),
    ("Treize personnes ont été tuées le vendredi 14 février au soir.", "fr", 13),
    ("Trois soldats ont été tués le lendemain.", "fr", 3),
    ("Three soldiers were killed the next day.", "en", 3),
    ("Trois soldats ont été tués une heure plus tard.", "fr", 3),
    ("Trois soldats ont été tués un à un.", "fr", 3),
    ("Des hommes armés ont tué le chef du village.", "fr", 1),
])
def test_a_time_after_a_death_word_is_no_object(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a pluperfect death told after the news is an earlier event's
    ("Mardi, trois soldats ont été tués. Il y a un mois, douze militaires avaient péri dans la zone.", "fr", 3),
    ("Three soldiers were killed on Monday. In 2019, twelve soldiers had been killed in the same area.", "en", 3),
    # a lead told in the pluperfect keeps its toll
    ("Trois soldats avaient été tués lundi près de Boni.", "fr", 3),
])
def test_a_pluperfect_death_after_the_news_is_background(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a person noun of two words is the head: the headline's figure is the lead's told again
    ("Deux casques bleus tués. Deux soldats de la paix ont été tués mercredi près de Tessalit.", "fr", 2),
    # a figure counted over a period is a running total, not the event's toll
    ("Quatre passagers ont été tués jeudi. Les jihadistes y ont fait des dizaines de victimes ces derniers mois.",
     "fr", 4),
    ("Four passengers were killed on Thursday. Militants have killed dozens in the area in recent months.", "en", 4),
    ("Depuis le début de l'année, plus de deux cents civils ont été tués dans la région.", "fr", 200),
])
def test_two_word_heads_and_running_totals(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # « autant de », "as many": the count before, again
    ("Une dizaine de soldats et autant d'assaillants ont été tués.", "fr", 20),
    ("Ten soldiers and as many militants were killed.", "en", 20),
    ("L'explosion a fait dix morts et autant de blessés.", "fr", 10),
    ("As many as 20 people were killed.", "en", 20),
])
def test_as_many_repeats_the_count_before(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # a bare count after a side leaves the death noun of the count before unsaid: one list with it
    ("L'accrochage a fait deux morts côté militaire et une dizaine côté assaillants.", 12),
    ("Deux morts dans les rangs de l'armée et douze parmi les assaillants.", 14),
    ("L'attaque a fait deux morts côté civil et trois blessés côté militaire.", 2),
    ("Deux morts côté ami et cinq véhicules détruits.", 2),
])
def test_french_elliptic_count_for_another_side(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a first toll told as replaced gives way to the toll that replaced it
    ("L'attaque a fait trente-cinq morts, a annoncé le gouvernement, qui avait d'abord évoqué une vingtaine de "
     "victimes.", "fr", 35),
    ("Le bilan a été revu : huit soldats ont été tués, et non douze comme annoncé initialement.", "fr", 8),
    ("The toll rose to 35 dead, up from 20 reported on Monday.", "en", 35),
    ("Un premier bilan fait état de dix morts.", "fr", 10),
])
def test_a_first_toll_since_replaced_gives_way(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


def test_french_range_with_voire_is_its_lower_figure() -> None:
    assert fatalities_in_text("Une trentaine, voire une quarantaine de civils ont été tués.", "fr")[0] == 30


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # « plusieurs dizaines » before an elided « d' » is dozens, and a quoted count is still the verb's object
    ("L'armée affirme avoir neutralisé plusieurs dizaines d'assaillants.", "fr", 12),
    ("Six soldats ont été tués. L'armée affirme avoir neutralisé « plusieurs dizaines » d'assaillants.", "fr", 18),
    ("The army said it killed \"dozens\" of militants.", "en", 12),
])
def test_dozens_elided_or_quoted(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Un berger a été poignardé à mort par des inconnus près de Kaya.", "fr", 1),
    ("Trois voleurs présumés ont été tabassés à mort par des habitants de Koupéla.", "fr", 3),
    ("Un commerçant a été criblé de balles par des hommes armés à Mopti.", "fr", 1),
    ("Les corps criblés de balles de quatre éleveurs ont été découverts près de Nara.", "fr", 4),
    ("Des assaillants ont fusillé sept orpailleurs sur le site de Kalsaka.", "fr", 7),
    ("Des hommes armés ont brûlé vif un commerçant sur la route de Ségou.", "fr", 1),
    ("Les soldats auraient procédé à l'exécution sommaire de neuf bergers près de Djenné.", "fr", 9),
    ("L'assassinat du maire de Boni par des inconnus a choqué la région.", "fr", 1),
    ("L'armée a mis hors d'état de nuire une vingtaine de terroristes près de Titao.", "fr", 20),
    ("Gunmen carried out the summary execution of six traders near Bandiagara.", "en", 6),
    ("The bullet-riddled bodies of four herders were found near Diabaly.", "en", 4),
])
def test_ways_of_killing_a_victim_named_after_them(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang"), [
    ("Les soldats ont neutralisé trois engins explosifs improvisés sur l'axe Gao-Ansongo.", "fr"),
    ("L'armée a neutralisé deux mines sur la route de Djibo.", "fr"),
    ("Troops neutralised two improvised explosive devices on the road to Boni.", "en"),
])
def test_devices_neutralised_are_no_dead(text: str, lang: str) -> None:
    assert fatalities_in_text(text, lang)[0] == 0


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a thing word before a person noun is only its modifier
    ("Soldiers arrested twelve Fulani livestock traders and executed them.", "en", 12),
    ("Le corps d'un enseignant a été retrouvé sans vie près de Gorom.", "fr", 1),
    ("Le corps d'un infirmier a été retrouvé criblé de balles à Tillabéri.", "fr", 1),
    ("Le corps d'un chauffeur disparu depuis lundi a été retrouvé sans vie à Kita.", "fr", 1),
])
def test_a_person_counted_is_not_counted_again(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Un kamikaze s'est fait exploser devant la gendarmerie de Djibo, tuant quatre gendarmes.", "fr", 5),
    ("A suicide bomber blew himself up at a checkpoint in Gao, killing three soldiers.", "en", 4),
    ("Un homme s'est fait sauter à l'entrée du camp ; seul le kamikaze a été tué.", "fr", 1),
    ("A bomber blew himself up at the market, killing himself and two traders.", "en", 3),
])
def test_a_suicide_bomber_is_among_the_dead(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("A drone strike killed nine people at a cattle market, villagers said. The army said the strike "
     "killed several terrorists.", "en", 9),
    ("The raid left many dead, witnesses said.", "en", 10),
])
def test_a_vague_figure_gives_way_to_a_told_count_in_english_too(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Trois kamikazes se sont fait exploser devant la caserne de Boulkessi, tuant six soldats.", "fr", 9),
    ("Two bombers blew themselves up at the market gate, killing four traders.", "en", 6),
    ("Un kamikaze a fait exploser sa ceinture au milieu des fidèles, tuant sept personnes.", "fr", 8),
])
def test_the_bombers_counted_before_their_blast_are_among_the_dead(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Deux blessés ont rendu l'âme à l'hôpital de Mopti.", "fr", 2),
    ("Quatre voyageurs ont été retrouvés carbonisés dans leur véhicule.", "fr", 4),
    ("Trois volontaires ont payé de leur vie leur engagement auprès de l'armée.", "fr", 3),
    ("Les jihadistes ont décapité deux bergers près de Ménaka.", "fr", 2),
    ("Deux bus ont été carbonisés sur l'axe Kaya-Dori.", "fr", 0),
    ("A trader was riddled with bullets near Djibo.", "en", 1),
    ("A teacher was found with his throat slit near Ansongo.", "en", 1),
])
def test_more_ways_of_dying(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Deux blessés ont succombé à l'hôpital de Mopti.", "fr", 2),
    ("Quatre soldats ont été tués. Deux blessés ont ensuite succombé à leurs blessures.", "fr", 6),
    ("Three wounded died later in hospital.", "en", 3),
    ("Trois gendarmes blessés ont succombé le lendemain.", "fr", 3),
    ("Cinq soldats blessés ont été évacués vers Sévaré.", "fr", 0),
    ("Cinq soldats ont été blessés.", "fr", 0),
])
def test_the_wounded_who_then_died_are_dead(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # two tellers' counts of the same dead are alternatives: the lowest (the most conservative credible figure)
    ("Huit morts, selon des habitants, six, selon les autorités.", "fr", 6),
    ("L'attaque a fait huit morts, selon des habitants. Les autorités ont fait état de six morts.", "fr", 6),
    ("Huit civils ont été tués selon des habitants. Selon l'armée, six civils ont été tués.", "fr", 6),
    ("Selon des habitants, huit civils ont été tués. Selon l'armée, six civils ont été tués.", "fr", 6),
    ("Eight killed according to residents; the army said six.", "en", 6),
    ("Gunmen attacked Boni, killing eight people according to residents. The army put the toll at six dead.", "en", 6),
    ("Gunmen killed eight civilians in Boni, according to residents; the army said six civilians were killed.",
     "en", 6),
    # counts of different groups, or of more dead, still add up
    ("Huit civils et six soldats ont été tués.", "fr", 14),
    ("Huit civils ont été tués lundi. Six autres civils ont été tués mardi.", "fr", 14),
    ("Eight civilians and six soldiers were killed.", "en", 14),
    ("Eight civilians were killed. Six soldiers were also killed.", "en", 14),
    # a bare count of the wounded after a teller is no alternative toll
    ("Eight people were killed according to residents, who said six were wounded.", "en", 8),
    ("Huit morts selon des habitants, et six blessés selon les autorités.", "fr", 8),
])
def test_two_tellers_counts_of_the_same_dead_are_alternatives(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # a quoted death word is still the death word
    ("Un policier a été tué. Une vingtaine d'assaillants ont été « neutralisés », selon l'armée.", "fr", 21),
    ('A policeman was killed. About twenty attackers were "neutralised", the army said.', "en", 21),
    # feminine forms of "found dead"
    ("Six femmes ont été retrouvées mortes près du puits.", "fr", 6),
    # a day may stand between the participle and its agent: the group waits for its verb
    ("Vingt-cinq personnes interpellées mardi par des militaires ont été retrouvées mortes.", "fr", 25),
    ("Vingt-cinq personnes interpellées le mardi 4 mai par une patrouille ont été retrouvées mortes.", "fr", 25),
    ("Twenty-five men arrested on Tuesday by a patrol were found dead.", "en", 25),
    ("Trois soldats blessés mardi ont été évacués vers Mopti.", "fr", 0),
    # a present reporting verb closes its witness's noun phrase
    ("Un élu local fait état d'au moins 41 soldats tués.", "fr", 41),
    # the operations after the deed: their dead do not add to its toll, alone they are the toll
    ("L'armée a perdu 27 soldats dans une embuscade vendredi près de Tin-Akoff. Le communiqué évoque aussi 90 "
     "terroristes neutralisés au cours des opérations de ratissage.", "fr", 27),
    ("Twenty-seven soldiers were killed in an ambush on Friday near Tin-Akoff. The statement also said 90 terrorists "
     "were neutralised during sweep operations.", "en", 27),
    ("Au cours d'une opération de ratissage, l'armée a neutralisé 20 terroristes.", "fr", 20),
    # only the bomber died: he is the figure told, not one more
    ("Un kamikaze s'est fait exploser lundi devant le camp de Tessit. Seul l'auteur de l'attentat a été tué, selon "
     "l'armée.", "fr", 1),
    ("A suicide bomber blew himself up on Monday at the gate of the Tessit camp. Only the perpetrator was killed, "
     "the army said.", "en", 1),
])
def test_frnum2_ways_of_telling_a_toll(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # « ainsi que les deux assaillants »: a determiner, or a short complement before the connector
    ("Deux militaires et un civil ont été tués, ainsi que les deux assaillants.", "fr", 5),
    ("Deux militaires et un civil ont été tués dans l'attaque du poste, ainsi que les deux assaillants, selon "
     "l'armée.", "fr", 5),
    ("Two soldiers and a civilian were killed in the attack on the post, as well as the two attackers.", "en", 5),
    ("Un soldat a été tué et trois civils blessés, ainsi que deux gendarmes.", "fr", 1),
])
def test_those_killed_as_well_add_up(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # after a past reporting verb the pluperfect is the sequence of tenses; what follows « et non » is the old figure
    ("Tinzaouaten : le bilan revu à la baisse. Le gouvernement a annoncé jeudi que l'attaque du village, dans la "
     "nuit de lundi à mardi, avait fait 18 morts et non 40 comme annoncé initialement.", "fr", 18),
    ("Tinzaouaten: toll revised down. The government said on Thursday that the attack on the village had left 18 "
     "dead, not 40 as first reported.", "en", 18),
    ("Tinzaouaten : nouvelle attaque. Des hommes armés ont attaqué le village. L'attaque de l'an dernier avait fait "
     "18 morts.", "fr", 0),
    ("Ménaka : bilan officiel. Le gouvernement a annoncé mardi que des hommes armés avaient tué 35 civils dans le "
     "village.", "fr", 35),
    ("Menaka: official toll. The government said on Tuesday that gunmen had killed 35 civilians in the village.",
     "en", 35),
    ("Menaka: new attack. Gunmen attacked the village. Another attack had killed 35 civilians.", "en", 0),
])
def test_a_pluperfect_in_reported_speech_is_the_news(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "lang"), [
    ("Niger : au moins 57 villageois tués à Tamou, la tuerie la plus meurtrière depuis 2021. Des hommes armés ont "
     "attaqué samedi le village.", "fr"),
    ("Niger: at least 57 villagers killed in Tamou, the deadliest attack since 2021. Gunmen attacked the village on "
     "Saturday.", "en"),
])
def test_the_date_a_record_is_measured_from_dates_no_figure(text: str, lang: str) -> None:
    found = [(d.start, d.end, d.value, d.background) for d in dates.find_dates(text, date(2023, 5, 8), lang)]
    assert fatalities_in_text(text, lang, dates=found)[0] == 57


@pytest.mark.parametrize(("text", "lang", "start", "dead"), [
    # a clause that only names older days tells an older event: its pluperfect is its own tense
    ("Samedi, des hommes armés ont attaqué Kaya. C'est près de là que se trouve Yirgou, où des miliciens avaient tué "
     "au moins 46 civils le 1er janvier 2019.", "fr", "C'est", 46),
    ("Gunmen attacked Kaya on Saturday. Nearby lies Yirgou, where militiamen had killed at least 46 civilians on "
     "1 January 2019.", "en", "Nearby", 46),
    # a clause of the news keeps leaving an earlier toll out
    ("Samedi, des hommes armés ont attaqué Kaya, où des miliciens avaient tué 46 civils.", "fr", "Samedi", 0),
])
def test_an_older_events_clause_keeps_its_pluperfect_toll(text: str, lang: str, start: str, dead: int) -> None:
    found = [(d.start, d.end, d.value, d.background) for d in dates.find_dates(text, date(2024, 8, 27), lang)]
    assert fatalities_in_text(text, lang, text.index(start), dates=found)[0] == dead


@pytest.mark.parametrize(("text", "lang", "dead"), [
    # « des dizaines », "dozens" tell no count: a count of the same side's dead told after them is the toll
    ("Ansongo : des dizaines de villageois tués. Les assaillants sont arrivés à l'aube. Le maire parle d'une "
     "quarantaine de villageois tués.", "fr", 40),
    ("Ansongo: dozens of villagers killed. The gunmen came at dawn. The mayor said forty villagers were killed.",
     "en", 40),
    ("La garnison a perdu mardi plusieurs dizaines d'hommes près de Djibo. Selon l'armée, 33 soldats sont tombés.",
     "fr", 33),
    # two floors of the same dead are one toll told twice: the largest, each being only a least figure
    ("Des témoins parlent de centaines de morts. Sur des photos, on voit des dizaines de corps.", "fr", 100),
    ("Des élus évoquent des centaines de morts. Sur des images, on distingue des dizaines de corps dans un fossé.",
     "fr", 100),
    # more dead (« deux autres ») are no count of the vague ones' dead: both stay
    ("Des dizaines de civils ont été tués à Kaya. Deux autres soldats ont péri dans l'embuscade.", "fr", 14),
])
def test_a_floor_gives_way_to_a_count_and_two_floors_are_one_toll(text: str, lang: str, dead: int) -> None:
    assert fatalities_in_text(text, lang)[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # the killing verb governs its object across days and places told between them
    ("Des hommes en armes ont tué mardi dans le village de Sona, dans la province du Soum, au moins vingt "
     "civils.", 20),
    ("Des miliciens ont massacré vendredi et samedi plus de 40 villageois dans la commune de Bandiagara.", 40),
    ("Des jihadistes ont abattu dans la localité de Boni, dans le cercle de Douentza, sept commerçants.", 7),
])
def test_a_killing_verb_governs_its_object_across_days_and_places(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # « deux autres » presupposes the toll it adds to, though someone tells that toll
    ("Douze orpailleurs ont été tués jeudi sur le site d'or de Kéniéba, par des hommes armés, a indiqué la "
     "gendarmerie. Trois autres sont morts de leurs blessures.", 15),
    # towns and camps that « sont tombés » fell: no dead
    ("En deux jours, les deux chefs-lieux de cercle sont tombés. Les quatre villes voisines sont tombées sans "
     "combat.", 0),
    # a device « neutralisé » is no dead person
    ("Une patrouille a découvert un engin sur la route de Gossi. Le dispositif a été neutralisé sans dégâts.", 0),
    # a toll told in the headline of young people and again in the lead of the marchers is one toll
    ("Kati : deux jeunes tués lors d'une manifestation. Jeudi, la police a tiré sur la foule. Deux manifestants "
     "ont été tués et une dizaine blessés.", 2),
])
def test_french_tolls_told_with_others(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # the side named after a death noun says whose dead they are: two sides' dead add up, past a « dont » aside
    ("L'assaut contre Djibo a fait 20 morts parmi les civils, dont 9 enfants, et six morts parmi les soldats.", 26),
    ("L'embuscade a fait 11 morts parmi les gendarmes et 4 morts parmi les civils, selon la gendarmerie.", 15),
    # one side's toll told again is one toll
    ("L'attaque du marché de Diallassagou a fait 14 morts parmi les civils. Quatorze civils ont été tués.", 14),
])
def test_a_side_after_a_death_noun_names_whose_dead(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("According to local sources, six civilians died in the raid. The jihadists claimed to have killed 25 "
     "soldiers, which could not be independently confirmed.", 6),
    ("According to the mayor, four herders died. The group claimed to have killed 18 soldiers, a figure that "
     "could not be verified.", 4),
    ("According to witnesses, seven villagers died. JNIM claimed to have killed 40 militiamen, which could not be "
     "confirmed.", 7),
])
def test_a_claim_the_report_doubts_gives_way_to_any_other_figure(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("JNIM fighters overran the camp. Security sources put the number of soldiers killed at more than 30.", 30),
    ("Hospital officials put the number of people killed at 14.", 14),
    ("The number of civilian victims reached 9, according to the mayor.", 9),
])
def test_the_number_of_dead_put_at_a_count(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Residents said more than 30 villagers were killed. The mayor said more than 20 villagers died.", 20),
    ("Local sources said more than 40 soldiers were killed in the attack. The army said 25 soldiers died.", 25),
    ("A local official said 18 civilians were killed. According to residents, more than 25 civilians died.", 18),
])
def test_more_than_is_a_floor_not_more_dead(text: str, dead: int) -> None:
    """'more than 30' is the same dead counted from below: two tellers' floors are alternatives."""
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("The army said it killed 80 of the assailants. The army did not give a breakdown of the 80 deaths by "
     "town.", 80),
    ("The army said it killed 80 of the assailants. \"The riposte was vigorous and 80 terrorists were "
     "neutralised,\" the armed forces said. The army did not give a breakdown of the 80 deaths by town.", 80),
    ("Soldiers killed 14 suspected militants in the raid, the army said. Officials did not say where the 14 dead "
     "were buried.", 14),
])
def test_a_figure_a_definite_determiner_opens_is_the_toll_told_before(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("The army said 80 terrorists were neutralised. It did not say whether soldiers had been killed.", 80),
    ("Gunmen attacked the post. Officials would not say whether any gendarme was killed.", 0),
    ("The ministry confirmed the ambush but did not say whether a soldier was killed.", 0),
    ("Two villagers were abducted. It is not known whether the village chief was killed.", 0),
])
def test_a_death_asked_about_is_no_death_told(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Three U.S. Army special forces soldiers and at least four Nigerien soldiers were killed in an ambush near "
     "the border, officials said.", 7),
    ("Three U.S. soldiers and four Nigerien soldiers were killed in an ambush.", 7),
    ("Two U.N. peacekeepers were killed when their vehicle hit a mine.", 2),
])
def test_an_initialisms_full_stops_do_not_end_a_count(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers were killed in the ambush, the army said. A third soldier died of his wounds in hospital on "
     "Tuesday.", 3),
    ("Gunmen killed four villagers on Sunday, residents said. The body of a fifth villager was found in the "
     "bush.", 5),
    ("Three U.S. soldiers and four Nigerien soldiers were killed in an ambush. A fourth American soldier was "
     "found dead later, raising the U.S. toll to four.", 8),
])
def test_a_third_or_fourth_victim_is_one_more(text: str, dead: int) -> None:
    """'a fourth soldier was found dead' counts one more dead, not another teller's count of the same."""
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("The army said that the assailants, numbering about 3,000, attacked the base and that \"about 400 "
     "terrorists were neutralised\" after air and ground operations.", 400),
    ("Officials said the attackers, numbering more than 200, stormed the post and that 15 of them were killed.", 15),
    ("The army said the insurgents, who numbered some 1,000, assaulted the town and that 80 terrorists were "
     "neutralised.", 80),
])
def test_a_forces_strength_is_no_toll(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Fighters attacked the town on Sunday, in an assault the army said was repelled with the loss of about 400 "
     "assailants.", 400),
    ("The attack was repulsed at the cost of 3 soldiers, the army said.", 3),
    ("The raid was beaten back with the loss of 14 attackers, according to the ministry.", 14),
])
def test_with_the_loss_of_counts_the_dead(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "en")[0] == dead


def test_numbering_before_the_victims_noun_still_counts_them() -> None:
    text = "Gunmen ambushed a minibus near the border and the passengers numbering nine people were killed."
    assert fatalities_in_text(text, "en")[0] == 9


@pytest.mark.parametrize(("text", "dead"), [
    # a participle agrees with its subject: the feminine of every killing verb the lexicon lists
    ("Une femme a été exécutée par les jihadistes devant tout le monde.", 1),
    ("Aminata, enlevée la semaine dernière, a été exécutée samedi par ses ravisseurs.", 1),
    ("L'enseignante a été abattue devant ses élèves.", 1),
    ("Deux bergères ont été lynchées par la foule au marché.", 2),
    ("Les assaillants ont enlevé cinq femmes et les ont tuées.", 5),
])
def test_french_participles_agree_in_gender(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # a person noun after another noun is its adjective (« une embuscade jihadiste », « un camp militaire »), not
    # one more person, nor a person a later verb kills
    ("Dix soldats ont été tués et sept blessés dans une embuscade jihadiste, selon l'armée, qui évoque une "
     "trentaine d'assaillants neutralisés.", 40),
    ("Sept gendarmes ont été tués et deux blessés lors d'une attaque terroriste, selon le ministère, qui évoque "
     "une dizaine d'assaillants neutralisés.", 17),
    ("Cinq soldats ont été tués près d'un camp militaire, selon l'armée.", 5),
    # the few adjectives French puts before the noun, ordinals, and persons, leave a person
    ("Un jeune berger a été tué.", 1),
    ("Un ancien combattant a été abattu devant chez lui.", 1),
    ("Un deuxième civil a succombé à ses blessures.", 1),
    ("Un des soldats a été tué.", 1),
    ("Deux leaders jihadistes ont été tués.", 2),
    ("Deux présumés jihadistes ont été abattus.", 2),
    ("Un casque bleu et un militaire malien ont été tués dans une embuscade.", 2),
])
def test_french_person_noun_after_a_noun_is_an_adjective(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # « ainsi que » elided before a vowel joins one more victim, as « ainsi que » does
    ("Deux civils ont été tués, ainsi qu'un soldat, selon le ministère.", 3),
    ("Un gendarme a été abattu, de même qu'un enseignant.", 2),
    ("Trois bergers ont été tués ainsi qu’une femme.", 4),
    ("Cinq soldats ainsi qu'un civil ont péri dans l'explosion.", 6),
    ("Cinq soldats ainsi que deux civils ont péri dans l'explosion.", 7),
])
def test_french_elided_ainsi_que_adds_a_victim(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # a figure counted over a span of time tallies several events, not this one's toll
    ("Barkhane : cinq soldats français tués en six jours par des engins explosifs Deux militaires français ont "
     "été tués samedi lorsque leur véhicule a sauté sur une mine.", 2),
    ("Sept civils tués en une semaine dans la région de Mopti : trois bergers ont été abattus jeudi près de "
     "Djenné.", 3),
    ("Cinquante soldats ont été tués au Sahel depuis le lancement de l'opération. Dimanche, deux soldats ont été "
     "tués.", 2),
    # one episode over days, or a time that is no span, is still the toll
    ("Cent rebelles ont été tués en deux jours de combats près de Kidal.", 100),
    ("Trois civils ont été tués en plein jour au marché.", 3),
])
def test_french_figure_over_a_period_is_a_tally(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "dead"), [
    # a side named as a body (« dans les rangs de l'armée », « côté armée ») says whose dead a death noun counts:
    # another teller's higher count of the same side is an alternative, the lowest kept
    ("L'attaque a fait 25 morts dans les rangs de l'armée. Des sources sécuritaires évoquent au moins quarante "
     "soldats tués, ce que le ministère n'a pas confirmé.", 25),
    ("L'attaque a fait 11 morts et une vingtaine de blessés dans les rangs des FAMa, selon le gouvernement. Des "
     "habitants parlent de trente soldats tués.", 11),
    ("L'embuscade a fait huit morts et trois blessés parmi les gendarmes ; une source locale évoque quinze "
     "gendarmes tués.", 8),
    # two sides' dead still add up
    ("L'embuscade a fait douze morts côté armée et trois morts parmi les civils.", 15),
])
def test_french_a_side_named_as_a_body(text: str, dead: int) -> None:
    assert fatalities_in_text(text, "fr")[0] == dead


@pytest.mark.parametrize(("text", "expected"), [
    ("A mortar round hit the market, resulting in the death of a 9-year old.", 1),
    ("Gunmen shot dead two 15-year olds near the well.", 2),
    ("The raid broke a 2-year old truce; a soldier was wounded.", 0),
])
def test_a_person_named_by_age_alone_is_counted(text: str, expected: int) -> None:
    assert fatalities_in_text(text, "en")[0] == expected
