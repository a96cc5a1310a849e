"""sw_dates: date expressions resolved against the publication date (examples written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from sahelwatch.extract import pipeline  # noqa: F401 - registers the doc._ attributes
from sahelwatch.extract.dates import date_for_span, date_for_spans, find_dates, governing_date

FRIDAY = date(2025, 11, 14)  # a Friday


def first(text: str, published: date = FRIDAY, lang: str = "en"):
    found = [d for d in find_dates(text, published, lang) if not d.background]
    assert found, f"no news date in {text!r}"
    return found[0]


def only(text: str, published: date = FRIDAY, lang: str = "en"):
    found = find_dates(text, published, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("On Monday, militants attacked a convoy and burned six tankers.", date(2025, 11, 10), 1),
        ("On 29 December 2020, gunmen ambushed a patrol near the border.", date(2020, 12, 29), 1),
        ("On December 29, 2020, gunmen ambushed a patrol.", date(2020, 12, 29), 1),
        ("Gunmen ambushed a patrol on 29/12/2020.", date(2020, 12, 29), 1),
        ("Gunmen ambushed a patrol (2020-12-29).", date(2020, 12, 29), 1),
        ("On 3rd November, a bus hit a mine.", date(2025, 11, 3), 1),
        ("On November 12, a bus hit a mine.", date(2025, 11, 12), 1),
        ("In March 2022 the town was besieged.", date(2022, 3, 15), 3),
        ("Fighting resumed in early November.", date(2025, 11, 5), 2),
        ("Fighting resumed in late October.", date(2025, 10, 25), 2),
        ("Fighting resumed in mid-October.", date(2025, 10, 15), 2),
        ("Yesterday, a checkpoint was attacked.", date(2025, 11, 13), 1),
        ("A checkpoint was attacked overnight.", date(2025, 11, 14), 1),
        ("A checkpoint was attacked last week.", date(2025, 11, 6), 2),
        ("A checkpoint was attacked last month.", date(2025, 10, 15), 3),
        ("Last Tuesday a checkpoint was attacked.", date(2025, 11, 11), 1),
        ("On Friday a checkpoint was attacked.", date(2025, 11, 14), 1),
        ("On the night of 3 to 4 November, a camp was shelled.", date(2025, 11, 3), 1),
        ("Between 3 and 5 November, the army swept the forest.", date(2025, 11, 3), 2),
        ("From 30 October to 2 November, the army swept the forest.", date(2025, 10, 30), 2),
        ("Overnight between November 7-8, a camp was shelled.", date(2025, 11, 7), 1),
        # a night between two weekdays is dated by the day it starts on (ACLED), like a night between two dates
        ("On the night of Sunday to Monday, a camp was shelled.", date(2025, 11, 9), 1),
        ("Around 6 November, residents fled the village.", date(2025, 11, 6), 2),
        ("Three days ago, the mayor was abducted.", date(2025, 11, 11), 1),
    ],
)
def test_english_expressions(text: str, value: date, precision: int) -> None:
    mention = first(text)
    assert (mention.value, mention.time_precision) == (value, precision)
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Le 3 septembre 2025, des hommes armés ont attaqué un poste.", date(2025, 9, 3), 1),
        ("Le 1er novembre, un car a sauté sur une mine.", date(2025, 11, 1), 1),
        ("Mardi dernier, un convoi a été attaqué.", date(2025, 11, 11), 1),
        ("Hier, un convoi a été attaqué.", date(2025, 11, 13), 1),
        ("Avant-hier, un convoi a été attaqué.", date(2025, 11, 12), 1),
        ("Un convoi a été attaqué la semaine dernière.", date(2025, 11, 6), 2),
        ("Dans la nuit du 3 au 4 novembre, le camp a été visé.", date(2025, 11, 3), 1),
        ("Du 3 au 5 novembre, l'armée a ratissé la forêt.", date(2025, 11, 3), 2),
        ("Dans la nuit de lundi à mardi, le camp a été visé.", date(2025, 11, 10), 1),  # the day it starts on
        # published on a Friday: the night from Friday to Saturday that has ended is last week's
        ("Dans la nuit de vendredi à samedi, le camp a été visé.", date(2025, 11, 7), 1),
        ("Début novembre, les écoles ont fermé.", date(2025, 11, 5), 2),
        ("Fin octobre, les écoles ont fermé.", date(2025, 10, 25), 2),
        ("Le 12/11/2025, un poste a été attaqué.", date(2025, 11, 12), 1),
        ("Il y a trois jours, le maire a été enlevé.", date(2025, 11, 11), 1),
    ],
)
def test_french_expressions(text: str, value: date, precision: int) -> None:
    mention = first(text, lang="fr")
    assert (mention.value, mention.time_precision) == (value, precision)


def test_weekday_is_most_recent_on_or_before_publication() -> None:
    # DESIGN.md: "on Tuesday" in a report of Friday 31 October 2025 is 28 October 2025.
    assert first("On Tuesday, a bus was attacked.", date(2025, 10, 31)).value == date(2025, 10, 28)
    # a report of a Tuesday that says "on Tuesday" means that day; "last Tuesday" the week before
    assert first("On Tuesday, a bus was attacked.", date(2025, 10, 28)).value == date(2025, 10, 28)
    assert first("Last Tuesday, a bus was attacked.", date(2025, 10, 28)).value == date(2025, 10, 21)


def test_day_month_without_year_takes_the_latest_past_year() -> None:
    assert first("On 30 December, a bus was attacked.", date(2026, 1, 2)).value == date(2025, 12, 30)
    assert first("In December, a bus was attacked.", date(2026, 1, 2)).value == date(2025, 12, 15)


def test_ogossagou_background_keeps_its_own_date() -> None:
    text = "the massacre of some 160 Fulani villagers in Ogossagou in March 2019"
    mention = only(text)
    assert mention.value == date(2019, 3, 15)
    assert mention.time_precision == 3
    assert mention.background


def test_background_dates_are_not_the_news() -> None:
    text = ("On Monday, militants burned a market in Dinangourou. It was the worst attack since the "
            "March 2022 massacre in Moura.")
    dates = find_dates(text, FRIDAY)
    assert [(d.value, d.background) for d in dates] == [
        (date(2025, 11, 10), False), (date(2022, 3, 15), True)]


def test_old_lead_is_still_the_news_but_older_dates_after_it_are_background() -> None:
    # Reports can reach the desk weeks late: the lead keeps its date however old it is.
    text = "On 7 February 2020, an airstrike hit a wedding. In 2019 and in May 2019, the area saw clashes."
    dates = find_dates(text, date(2020, 3, 31))
    assert dates[0].value == date(2020, 2, 7) and not dates[0].background
    assert all(d.background for d in dates[1:])


def test_year_alone_and_future_dates_are_background() -> None:
    assert only("Since 2012, the north has been contested.").background
    assert only("Elections are set for 14 December 2025.").background
    assert only("En 2019, le village avait déjà été attaqué.", lang="fr").background
    assert only("Le massacre d'Ogossagou en mars 2019 reste impuni.", lang="fr").background


def test_anaphora_count_from_the_previous_date() -> None:
    text = "On 3 November, a mayor was abducted. He was found dead the next day."
    dates = find_dates(text, FRIDAY)
    assert [d.value for d in dates] == [date(2025, 11, 3), date(2025, 11, 4)]
    fr = "Le 3 novembre, un maire a été enlevé. Son corps a été retrouvé le lendemain."
    assert [d.value for d in find_dates(fr, FRIDAY, "fr")] == [date(2025, 11, 3), date(2025, 11, 4)]


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Militants may attack the town again, officials said.", FRIDAY) == []


def test_full_stop_after_a_month_is_not_part_of_it() -> None:
    assert only("The town fell in March.").text == "in March"
    assert only("The town fell on 3 Sept. 2024, officials said.").text == "3 Sept. 2024"


def _doc(text: str, lang: str = "en"):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sw_dates", config={"lang": lang})
    doc = nlp.make_doc(text)
    doc._.published = FRIDAY
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_component_and_date_for_span() -> None:
    text = ("On Monday, militants attacked a convoy near Kayes. On Wednesday, a second convoy was burned. "
            "The army said it had retaken the road.")
    doc = _doc(text)
    assert [d.value for d in doc._.dates] == [date(2025, 11, 10), date(2025, 11, 12)]
    second = text.index("a second convoy")
    assert date_for_span(doc, second, second + 20).value == date(2025, 11, 12)
    last = text.index("The army")
    assert date_for_span(doc, last, len(text)).value == date(2025, 11, 12)  # nearest preceding
    assert governing_date(doc).value == date(2025, 11, 10)


def test_date_for_span_falls_back_to_publication() -> None:
    doc = _doc("Militants attacked a convoy near Kayes.")
    mention = date_for_span(doc, 0, 10)
    assert (mention.value, mention.time_precision, mention.text) == (FRIDAY, 1, "")


def test_background_clause_gets_its_own_date() -> None:
    text = "On Monday, militants burned a bus. The March 2022 massacre in Moura killed hundreds."
    doc = _doc(text)
    start = text.index("The March")
    assert date_for_span(doc, start, len(text)).value == date(2022, 3, 15)
    assert date_for_span(doc, 0, 10).value == date(2025, 11, 10)


def test_one_bad_document_does_not_stop_the_component() -> None:
    doc = _doc("On Monday, militants attacked.")
    doc._.published = "not a date"
    from sahelwatch.extract.dates import DateRecognizer

    assert DateRecognizer("en")(doc)._.dates == []


def test_yearless_dates_follow_an_older_story() -> None:
    text = "The offensive began on 2 October 2023. The army entered the town on 14 November."
    found = [d.value for d in find_dates(text, date(2025, 11, 20))]
    assert found == [date(2023, 10, 2), date(2023, 11, 14)]


def test_two_days_joined_by_and_are_two_days() -> None:
    text = "Les attaques des 17 et 20 février ont fait des dizaines de morts."
    mention = first(text, date(2025, 2, 22), "fr")
    assert (mention.value, mention.time_precision) == (date(2025, 2, 17), 1)


def test_week_of_and_until() -> None:
    mention = first("A commander was killed during the week of 3 November in an operation.")
    assert (mention.value, mention.time_precision) == (date(2025, 11, 6), 2)
    # "until" ends a period: not the news date when it is well before publication
    assert only("The town was held by rebels until 12 October.").background


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # « courant », « du mois en cours »: a day of the month of publication
        ("Le 12 courant, un convoi a été attaqué.", date(2025, 11, 12), 1),
        ("Le 3 du mois en cours, un convoi a été attaqué.", date(2025, 11, 3), 1),
        ("Un convoi a été attaqué en fin de semaine dernière.", date(2025, 11, 8), 2),
        ("Un convoi a été attaqué la semaine écoulée.", date(2025, 11, 6), 2),
        ("Un convoi a été attaqué en milieu de semaine.", date(2025, 11, 12), 2),
        ("Un convoi a été attaqué au cours du week-end.", date(2025, 11, 8), 2),
        # day-month-year with hyphens, as with slashes
        ("Un convoi a été attaqué le 11-11-2025.", date(2025, 11, 11), 1),
    ],
)
def test_french_days_of_this_month_and_parts_of_weeks(text: str, value: date, precision: int) -> None:
    mention = first(text, lang="fr")
    assert (mention.value, mention.time_precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "lang", "value", "precision"),
    [
        # weeks and hours counted back from publication
        ("Il y a une semaine, un convoi a été attaqué.", "fr", date(2025, 11, 7), 2),
        ("Il y a deux semaines, un convoi a été attaqué.", "fr", date(2025, 10, 31), 2),
        ("Il y a 48 heures, un convoi a été attaqué.", "fr", date(2025, 11, 12), 1),
        ("Il y a un mois, un convoi a été attaqué.", "fr", date(2025, 10, 15), 2),
        ("A convoy was attacked 48 hours ago.", "en", date(2025, 11, 12), 1),
        # a day of the month written as a word
        ("Le premier novembre, un convoi a été attaqué.", "fr", date(2025, 11, 1), 1),
        # the time of day may come before « dernier »
        ("Vendredi soir dernier, un convoi a été attaqué.", "fr", date(2025, 11, 7), 1),
        ("En ce début de semaine, un convoi a été attaqué.", "fr", date(2025, 11, 12), 2),
    ],
)
def test_weeks_hours_and_days_in_words(text: str, lang: str, value: date, precision: int) -> None:
    mention = first(text, lang=lang)
    assert (mention.value, mention.time_precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # the dateline's day is when the story was filed: the event keeps the day its clause names
        ("Ouagadougou, dimanche – Des hommes armés ont attaqué un convoi samedi près de Kaya.", "fr",
         date(2025, 11, 8)),
        ("Kaya, 14 novembre 2025 (AIB) – Mercredi, un convoi a été attaqué près de Kaya.", "fr", date(2025, 11, 12)),
        # « on apprend ce vendredi que ... »: the day the news was learnt
        ("On apprend ce vendredi que mardi, des hommes armés ont attaqué un convoi.", "fr", date(2025, 11, 11)),
    ],
)
def test_dateline_and_learning_days_are_when_the_news_was_told(text: str, lang: str, value: date) -> None:
    doc = _doc(text, lang)
    assert date_for_span(doc, 0, len(text)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a weekday before a numeric date names that day
        ("Le mardi 04/11/2025, un convoi a été attaqué.", date(2025, 11, 4)),
        # a night between two days of no named month: the latest month that has the first day
        ("Dans la nuit du 12 au 13, un convoi a été attaqué.", date(2025, 11, 12)),
        ("Dans la nuit du 30 au 31, un convoi a été attaqué.", date(2025, 10, 30)),
        # a holiday on a fixed day: its latest occurrence
        ("À l'aube du jour de l'an, un village a été attaqué.", date(2025, 1, 1)),
        ("Le soir de Noël, un village a été attaqué.", date(2024, 12, 25)),
    ],
)
def test_french_weekday_numeric_dates_nights_and_holidays(text: str, value: date) -> None:
    assert first(text, lang="fr").value == value


@pytest.mark.parametrize(("text", "lang"), [
    ("La marche du Mouvement du 5 juin a dégénéré vendredi à Bamako.", "fr"),
    ("Des manifestants se sont réunis place du 26 Mars vendredi.", "fr"),
    ("The rally of the June 5 Movement turned violent on Friday.", "en"),
])
def test_a_date_that_names_something_is_no_date(text: str, lang: str) -> None:
    assert [m.value for m in find_dates(text, FRIDAY, lang)] == [date(2025, 11, 14)]


def test_a_named_date_is_still_a_date_after_a_lowercase_word() -> None:
    assert [m.value for m in find_dates("Le 5 novembre, des manifestants ont marché.", FRIDAY, "fr")] == [
        date(2025, 11, 5)]



@pytest.mark.parametrize(("text", "lang"), [
    # the day a document was seen or a source reached is when the news was told, not when the deed was done
    ("According to a document seen on Friday by AFP, ten soldiers were killed on Tuesday in an ambush near Boni.",
     "en"),
    ("Selon un document consulté vendredi par l'AFP, dix soldats ont été tués mardi dans une embuscade près de Boni.",
     "fr"),
])
def test_the_day_a_source_was_consulted_does_not_date_the_deed(text: str, lang: str) -> None:
    assert date_for_span(_doc(text, lang), 0, len(text)).value == date(2025, 11, 11)


@pytest.mark.parametrize(("text", "lang", "second"), [
    ("On Sunday 1 June, fighters overran the camp. The next day, Monday 2 June, assailants attacked the army camp "
     "in Timbuktu.", "en", date(2025, 6, 2)),
    ("They detained the president on 16 September. The next day, 17 September, they announced the dissolution.",
     "en", date(2024, 9, 17)),
    ("Gunmen attacked the village on 3 March. The following day - 5 March - soldiers arrived.", "en",
     date(2025, 3, 5)),
    ("Le 3 mars, des hommes armés ont attaqué le village. Le lendemain, 5 mars, des soldats sont arrivés.", "fr",
     date(2025, 3, 5)),
])
def test_a_date_in_apposition_names_the_day_an_anaphora_counts_to(text: str, lang: str, second: date) -> None:
    """"The next day, Monday 2 June": one day, told twice; the date needs no base to count from."""
    dates = find_dates(text, date(2025, 6, 6), lang)
    assert [d.value for d in dates][1:] == [second]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("MINUSMA PRESS RELEASE - Bamako, 20 January 2019. The Special Representative strongly condemns the attack "
     "perpetrated this morning against the camp in Aguelhok.", date(2019, 1, 21), date(2019, 1, 20)),
    ("COMMUNIQUE - Ouagadougou, 14 March 2022\nThe army reports that yesterday, a patrol was ambushed near Djibo.",
     date(2022, 3, 16), date(2022, 3, 13)),
    ("Niamey, 3 May 2021 - Gunmen attacked the village of Tillia today, killing 12 people.", date(2021, 5, 4),
     date(2021, 5, 3)),
])
def test_relative_days_count_from_the_datelines_day(text: str, published: date, day: date) -> None:
    """A release dated in its dateline and collected a day or two later: 'this morning' is the dateline's."""
    assert [d.value for d in find_dates(text, published)][-1] == day


def test_relative_days_after_a_dated_lead_still_count_from_publication() -> None:
    text = "Gunmen attacked the village of Tillia on 3 May 2021, killing 12 people. Today, residents fled."
    assert [d.value for d in find_dates(text, date(2021, 5, 4))][-1] == date(2021, 5, 4)


@pytest.mark.parametrize("text", [
    "Moins d'une semaine après la mort de trois soldats, un convoi a été attaqué.",
    "Trois jours après l'attaque de Boni, des hommes armés ont tué deux bergers.",
    "Deux jours avant qu'il ne soit enlevé, il avait reçu des menaces.",
    "Une semaine après leur enlèvement, les otages ont été libérés.",
])
def test_french_days_counted_from_another_event_are_no_date(text: str) -> None:
    assert find_dates(text, FRIDAY, "fr") == []


@pytest.mark.parametrize("text", [
    "Lundi, un convoi a été attaqué. Deux jours plus tard, des hommes armés ont tué deux bergers.",
    "Lundi, un convoi a été attaqué. Deux jours après, des hommes armés ont tué deux bergers.",
])
def test_french_days_counted_from_the_story_are_still_dates(text: str) -> None:
    assert [d.text for d in find_dates(text, FRIDAY, "fr")][1].startswith("Deux jours")


@pytest.mark.parametrize(("text", "value"), [
    # a vague date and a day within it in one clause: the day
    ("La colonne, partie de Gao début octobre, a repris Anéfis le 7 octobre.", date(2025, 10, 7)),
    ("La colonne, partie de Gao début octobre, avait d'abord repris Anéfis le 7 octobre.", date(2025, 10, 7)),
    ("Mi-septembre, les jihadistes ont attaqué Boulkessi le 16 septembre au matin.", date(2025, 9, 16)),
    ("La semaine dernière, le convoi a été attaqué mercredi 5 novembre près de Kayes.", date(2025, 11, 5)),
])
def test_french_a_day_refines_a_vague_date_of_its_clause(text: str, value: date) -> None:
    doc = _doc(text, "fr")
    assert date_for_span(doc, 0, len(text)).value == value


@pytest.mark.parametrize(("text", "value"), [
    # a lead that names no day: the deed's day, told in the event's later clause
    ("Suite à la découverte de fosses communes près de Sévaré, le ministère a ouvert une enquête. Douze hommes "
     "interpellés le mardi 4 novembre par une patrouille ont été retrouvés morts.", date(2025, 11, 4)),
    ("Des tirs ont visé le camp militaire de Boni. L'attaque, survenue dans la nuit de dimanche à lundi, a fait "
     "trois morts.", date(2025, 11, 9)),
    ("Un enseignant a été tué à Djibo. Il a été abattu le 10 novembre devant son école.", date(2025, 11, 10)),
])
def test_french_an_undated_lead_takes_the_day_a_later_clause_gives(text: str, value: date) -> None:
    doc = _doc(text, "fr")
    cut = text.index(". ") + 2
    assert date_for_spans(doc, [(0, cut), (cut, len(text))]).value == value


@pytest.mark.parametrize(("text", "value"), [
    # a clause whose only news day is when it was told, and which names the deed's own day: that day
    ("La MINUSMA a publié mardi les conclusions de son enquête sur la frappe aérienne du 3 novembre près de "
     "Bounti.", date(2025, 11, 3)),
    ("Le gouvernement a confirmé jeudi le bilan de l'attaque du 8 novembre contre le camp de Boni.", date(2025, 11, 8)),
    # a clause with a day of its own keeps it
    ("Des hommes armés ont attaqué lundi le camp de Boni, déjà visé lors de l'attaque du 3 mars.", date(2025, 11, 10)),
])
def test_french_a_deed_dated_in_a_clause_told_later(text: str, value: date) -> None:
    doc = _doc(text, "fr")
    assert date_for_span(doc, 0, len(text)).value == value


def test_french_a_day_refines_a_vague_date_of_an_older_clause() -> None:
    text = ("Mardi, l'armée a repris Kidal. La colonne, partie de Gao début octobre, avait d'abord repris Anéfis le "
            "7 octobre.")
    doc = _doc(text, "fr")
    start = text.index("La colonne")
    assert date_for_span(doc, start, len(text)).value == date(2025, 10, 7)


@pytest.mark.parametrize(("text", "lang"), [
    ("Convoys reached Kayes and Nioro in July and August 2024.", "en"),
    ("Des convois sont arrivés à Kayes en juillet et août 2024.", "fr"),
])
def test_two_months_joined_share_the_year_written_after_the_second(text: str, lang: str) -> None:
    # without it the first month would take the latest July before publication (2025)
    found = find_dates(text, FRIDAY, lang)
    assert [d.value for d in found] == [date(2024, 7, 15), date(2024, 8, 15)]


def test_two_days_each_with_its_article_are_two_days_of_violence() -> None:
    from sahelwatch.extract.dates import day_offsets
    assert day_offsets("les attaques perpétrées le 3 et le 6 mars derniers contre l'armée", "fr") == [0, 3]
