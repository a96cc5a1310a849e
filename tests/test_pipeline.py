"""The extraction pipeline as a whole: a component that fails on one document is logged, leaves its
annotation empty, and the later components still run."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from sahelwatch.extract.dates import DateRecognizer
from sahelwatch.extract.pipeline import Extractor
from sahelwatch.extract.places import PlaceRecognizer
from sahelwatch.model import GUESS_CONFIDENCE, Document

TEXT = "On Monday, JNIM militants attacked a convoy of tanker trucks near Kayes, killing three drivers."


def _broken(self, doc):  # noqa: ANN001, ANN202
    raise RuntimeError("broken component")


@pytest.mark.parametrize("component, name", [(DateRecognizer, "sw_dates"), (PlaceRecognizer, "sw_places")])
def test_a_failing_component_leaves_its_annotation_empty_and_the_rest_runs(monkeypatch, caplog, component, name):
    document = Document.from_text(TEXT, language="en", published=date(2025, 11, 14))
    monkeypatch.setattr(component, "match", _broken)
    with caplog.at_level(logging.ERROR):
        extraction = Extractor()(document)
    assert f"{name} failed on document {document.id}" in caplog.text
    [mention] = extraction.mentions  # the events component still ran on what the others found
    assert (mention.sub_event_type, mention.actor1) == ("Attack", "JNIM: Group for Support of Islam and Muslims")
    if name == "sw_dates":
        assert mention.event_date == date(2025, 11, 14)  # no date found: the publication date
    else:
        assert mention.location != "Kayes"  # no place found


def test_without_failures_the_same_report_is_fully_coded():
    [mention] = Extractor()(Document.from_text(TEXT, language="en", published=date(2025, 11, 14))).mentions
    assert (mention.sub_event_type, mention.actor1) == ("Attack", "JNIM: Group for Support of Islam and Muslims")
    assert mention.event_date == date(2025, 11, 10) and mention.location == "Kayes" and mention.fatalities == 3


@pytest.mark.parametrize("where, precision", [("in", 1), ("in the area of", 2)])
def test_a_village_the_gazetteer_lacks_keeps_the_reports_precision(where: str, precision: int) -> None:
    """A Mali source naming a village known only abroad: the event falls back to an area, but the report
    was precise about where it happened."""
    document = Document.from_text(f"Gunmen killed two herders {where} Gassel on Monday.", language="en",
                                  published=date(2020, 5, 1))
    document.country = "Mali"
    [mention] = Extractor()(document).mentions
    assert mention.country == "Mali" and mention.geo_precision == precision


@pytest.mark.parametrize("text, country, admin1", [
    ("Chadian troops were ambushed on Monday and two soldiers were killed.", "Mali", "Kidal"),
    ("Katiba Macina militants abducted a village councillor on Monday.", "Burkina Faso", "Boucle du Mouhoun"),
    ("Katiba Macina militants abducted a village councillor on Monday.", "Mali", "Mopti"),
])
def test_a_report_naming_no_place_falls_back_to_the_groups_base(text: str, country: str, admin1: str) -> None:
    """Chad's forces in Mali served in the Kidal region; Katiba Macina's Burkina front is the Sourou."""
    document = Document.from_text(text, language="en", published=date(2020, 5, 1))
    document.country = country
    [mention] = Extractor()(document).mentions
    assert mention.admin1 == admin1 and mention.geo_precision == 3


@pytest.mark.parametrize("text, country, location, admin1", [
    # the town abroad names another event; the arrest was made in the covered country
    ("Soldiers arrested the organiser of the Grand-Bassam (Ivory Coast) attack on Monday. The arrest was made in "
     "the village of Gossi.", "Mali", "Gossi", "Tombouctou"),
    ("Workers staged a sit-in at the Dakar-Bamako railway station on Monday to demand unpaid wages.", "Mali",
     "Bamako", "Bamako"),
    # a report that names no place in the covered country is coded as one that names none: the capital
    ("Police arrested a suspect in the attack on Grand-Bassam, Ivory Coast, on Monday.", "Mali", "Bamako",
     "Bamako"),
])
def test_a_report_filed_under_a_country_tells_of_an_event_there(text: str, country: str, location: str,
                                                                admin1: str) -> None:
    """A source declared to cover a country reports events there: a place abroad it names is context."""
    document = Document.from_text(text, language="en", published=date(2020, 5, 1))
    document.country = country
    mention = Extractor()(document).mentions[0]
    assert (mention.country, mention.location, mention.admin1) == (country, location, admin1)


@pytest.mark.parametrize("text, lang", [
    ("Bamako, 28 October 2025 - Long queues formed again at filling stations in Bamako, where petrol sold for "
     "2,000 CFA francs a litre on the black market.", "en"),
    ("Bamako, 29 octobre 2025 - Les files d'attente s'allongent devant les stations-service de Bamako, où le "
     "litre d'essence se vend à 2 000 francs CFA.", "fr"),
])
def test_a_short_report_its_observations_explain_gets_no_guessed_event(text, lang):
    extraction = Extractor()(Document.from_text(text, language=lang, published=date(2025, 10, 29)))
    assert extraction.observations
    assert extraction.mentions == []


def test_a_short_report_with_no_cue_and_nothing_observed_keeps_its_guess_for_review():
    text = "On 3 March, members of the Dan Na Ambassagou militia gathered at Bankass to meet the mayor."
    extraction = Extractor()(Document.from_text(text, language="en", published=date(2025, 3, 4)))
    assert extraction.observations == []
    assert [m.confidence for m in extraction.mentions] == [GUESS_CONFIDENCE]


@pytest.mark.parametrize("text", [
    "Gunmen attacked Djibo. Five soldiers died! Was it JNIM?! Residents fled... to Kaya.",
    "« Ils sont partis. » Puis le calme est revenu (selon un élu.) Fin",
    "", ".", "?! . . a", "Line one\n\n- item two. Item three。 Next",
])
def test_the_array_sentencizer_splits_as_spacys(text: str) -> None:
    # sw_sentencizer reads token arrays instead of Token objects: the same sentence starts as spaCy's own
    import spacy
    from spacy.pipeline import Sentencizer

    from sahelwatch.extract.lines import ArraySentencizer

    doc = spacy.blank("en").make_doc(text)
    assert ArraySentencizer().predict([doc]) == Sentencizer().predict([doc])


@pytest.mark.parametrize("text, day", [
    ("SAHEL WEEKLY - week ending 6 June 2025\n\nKey judgement: JNIM has moved to repeated assaults on army bases "
     "in central Mali.\n\nBoulkessi. On Sunday 1 June, JNIM fighters overran the military camp at Boulkessi after "
     "several hours of fighting.", date(2025, 6, 1)),
    ("BURKINA SECURITY NOTE - week ending 6 June 2025\n\nMain development: JNIM has resumed attacks on the "
     "garrison towns of the Sahel region.\n\nDiapaga. On Monday 2 June, JNIM fighters stormed the army camp at "
     "Diapaga after a night of fighting.", date(2025, 6, 2)),
    ("NIGER WEEKLY - week ending 6 June 2025\n\nKey judgement: ISSP has stepped up its raids on army posts in "
     "western Niger.\n\nBanibangou. On Tuesday 3 June, ISSP fighters attacked the army post at Banibangou, "
     "killing 12 soldiers.", date(2025, 6, 3)),
])
def test_an_event_whose_summary_lead_names_no_day_takes_the_day_its_own_clause_names(text: str, day: date) -> None:
    """A brief's summary names no day and would borrow the issue's date; the paragraph that tells the event
    names its day."""
    [mention] = Extractor()(Document.from_text(text, language="en", published=date(2025, 6, 6))).mentions
    assert mention.event_date == day
