"""sw_observations: prices, shortages, services, displacement, evacuations and supplies, in English and
French, with evidence spans that point at the text of every value."""

from __future__ import annotations

from datetime import date

import pytest

from sahelwatch.extract.observations import lexicon, parse_number
from sahelwatch.extract.pipeline import Extractor
from sahelwatch.model import Document, Observation

PUBLISHED = date(2025, 10, 30)
NUMBER = lexicon("en").number


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def observe(extractor: Extractor, text: str, lang: str = "en") -> list[Observation]:
    doc = Document.from_text(text, language=lang, published=PUBLISHED)
    observations = extractor(doc).observations
    for o in observations:
        assert_evidence(text, o)
    return observations


def one(observations: list[Observation], kind: str) -> Observation:
    found = [o for o in observations if o.kind == kind]
    assert len(found) == 1, observations
    return found[0]


def assert_evidence(text: str, o: Observation) -> None:
    """Every value has evidence, and each span's text is the value or a form of it."""
    for name in (
        "commodity",
        "value",
        "currency",
        "unit",
        "service",
        "status",
        "population",
        "count",
        "origin",
        "destination",
        "by",
        "who",
        "type",
        "quantity",
        "previous_value",
    ):
        if name in o.values:
            assert o.evidence.get(name), (name, o)
    for name, spans in o.evidence.items():
        for start, end in spans:
            assert 0 <= start < end <= len(text), (name, start, end)
            span = text[start:end]
            if name in ("value", "count", "quantity", "previous_value"):
                m = NUMBER.search(span)
                if m:  # a count written in words ("dozens") comes from sw_numbers
                    assert parse_number(m.group(1), m.group(2), lexicon("en").scales) == o.values[name]
                if name == "previous_value":
                    assert m
            if name in ("location",):
                assert span.lower()[:3] == o.location.lower()[:3] or o.location in span
            if name in ("by", "who"):
                assert span.strip() == o.values[name]


def test_issue_price_example(extractor: Extractor) -> None:
    text = "Diesel now sells at 1,800 CFA francs a litre in Ségou."
    p = one(observe(extractor, text), "price")
    assert p.values == {"commodity": "diesel", "value": 1800, "currency": "XOF", "unit": "litre"}
    assert p.location == "Ségou" and p.country == "Mali"
    assert p.latitude is not None
    span = lambda f: [text[s:e] for s, e in p.evidence[f]]  # noqa: E731
    assert span("value") == ["1,800"]
    assert span("currency") == ["CFA francs"]
    assert span("unit") == ["litre"]
    assert span("commodity") == ["Diesel"]
    assert span("location") == ["Ségou"]
    assert p.date == PUBLISHED


def test_price_previous_value_and_bag_unit(extractor: Extractor) -> None:
    text = "In Kayes a 50 kg bag of rice went from 17,500 to 21 000 FCFA this week."
    p = one(observe(extractor, text), "price")
    assert p.values["commodity"] == "rice"
    assert p.values["value"] == 21000 and p.values["currency"] == "XOF"
    assert p.values["unit"] == "50 kg bag"
    assert p.values["previous_value"] == 17500 and p.values["change"] == 3500
    assert text[slice(*p.evidence["previous_value"][0])] == "17,500"


def test_price_up_from(extractor: Extractor) -> None:
    text = "Petrol costs 1,500 CFA francs per litre in Bamako, up from 775 in August."
    p = one(observe(extractor, text), "price")
    assert (p.values["commodity"], p.values["value"], p.values["previous_value"]) == ("petrol", 1500, 775)
    assert p.location == "Bamako"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("À Ségou, le litre de gasoil se vend à 2 000 francs CFA.", 2000),
        ("À Ségou, le litre de gasoil se vend à 2\u202f000 francs CFA.", 2000),
        ("À Ségou, le litre de gasoil se vend à 1.800 FCFA.", 1800),
        ("À Ségou, le litre de gasoil se vend à 1800 F CFA.", 1800),
    ],
)
def test_french_number_formats(extractor: Extractor, text: str, value: int) -> None:
    p = one(observe(extractor, text, "fr"), "price")
    assert p.values["commodity"] == "diesel"
    assert p.values["value"] == value and p.values["currency"] == "XOF" and p.values["unit"] == "litre"
    assert p.location == "Ségou"


def test_french_previous_value(extractor: Extractor) -> None:
    text = "À Bamako, le litre d'essence atteint 1 250 francs CFA, contre 775 auparavant."
    p = one(observe(extractor, text, "fr"), "price")
    assert p.values["commodity"] == "petrol"
    assert p.values["value"] == 1250 and p.values["previous_value"] == 775 and p.values["change"] == 475


def test_parse_number_formats() -> None:
    assert parse_number("1,800") == 1800
    assert parse_number("1 800") == 1800
    assert parse_number("1.800") == 1800
    assert parse_number("1\u00a0800") == 1800
    assert parse_number("2,5") == 2.5
    assert parse_number("1.5", "million", lexicon("en").scales) == 1_500_000


def test_shortage_english(extractor: Extractor) -> None:
    text = "In Bamako there was nothing at the pump on Tuesday, and a shortage of cooking gas hit Kati."
    obs = observe(extractor, text)
    shortages = {o.values["commodity"]: o for o in obs if o.kind == "shortage"}
    assert set(shortages) == {"fuel", "cooking gas"}
    assert shortages["fuel"].values["severity"] == "empty pumps"
    assert shortages["fuel"].date == date(2025, 10, 28)


def test_shortage_french(extractor: Extractor) -> None:
    text = "La pénurie de carburant provoque de longues files d'attente devant les stations de Sikasso."
    s = [o for o in observe(extractor, text, "fr") if o.kind == "shortage"]
    assert [o.values["commodity"] for o in s] == ["fuel"]
    assert s[0].location == "Sikasso"


def test_issue_schools_closed_country_wide(extractor: Extractor) -> None:
    text = "Because of the blockade of Bamako, the government closed all schools."
    s = one(observe(extractor, text), "service")
    assert (s.values["service"], s.values["status"]) == ("schools", "closed")
    assert s.values["scope"] == "national"
    assert s.country == "Mali" and s.location == ""


def test_services_power_border_flights(extractor: Extractor) -> None:
    obs = observe(extractor, "Residents of Bamako now face power cuts of 18 hours a day.")
    s = one(obs, "service")
    assert (s.values["service"], s.values["status"]) == ("power", "restricted")
    s = one(observe(extractor, "The border crossing at Diboli reopened on Monday."), "service")
    assert (s.values["service"], s.values["status"], s.location) == ("border crossing", "open", "Diboli")
    assert s.date == date(2025, 10, 27)
    s = one(observe(extractor, "All flights to Bamako were suspended."), "service")
    assert (s.values["service"], s.values["status"]) == ("flights", "closed")


def test_services_french(extractor: Extractor) -> None:
    text = (
        "Le gouvernement a annoncé la fermeture des écoles et des universités sur l'ensemble du territoire."
    )
    obs = [o for o in observe(extractor, text, "fr") if o.kind == "service"]
    assert {(o.values["service"], o.values["status"]) for o in obs} == {
        ("schools", "closed"),
        ("university", "closed"),
    }
    s = one(observe(extractor, "À Bamako, les délestages durent désormais douze heures.", "fr"), "service")
    assert (s.values["service"], s.values["status"]) == ("power", "restricted")


def test_negation_and_hypothetical(extractor: Extractor) -> None:
    assert observe(extractor, "The minister said schools will not close in Bamako.") == []
    assert observe(extractor, "Les écoles de Bamako ne fermeront pas.", "fr") == []
    s = one(observe(extractor, "L'université de Bamako pourrait fermer.", "fr"), "service")
    assert s.values.get("hypothetical") is True and s.confidence < 0.5
    s = one(observe(extractor, "Flights could be suspended next week."), "service")
    assert s.values.get("hypothetical") is True


def test_issue_displacement_example(extractor: Extractor) -> None:
    text = "The blockade has choked Bamako, the capital of Mali. Some 50,000 people have fled to Mauritania."
    d = one(observe(extractor, text), "displacement")
    assert d.values["population"] == "refugees" and d.values["count"] == 50000
    assert d.values["destination"] == "Mauritania" and d.values["origin"] == "Mali"
    assert text[slice(*d.evidence["count"][0])] == "50,000"
    assert text[slice(*d.evidence["destination"][0])] == "Mauritania"


def test_displacement_idps_french(extractor: Extractor) -> None:
    text = "Au Mali, quelque 12 000 déplacés internes sont arrivés à Ségou."
    d = one(observe(extractor, text, "fr"), "displacement")
    assert d.values["population"] == "idps" and d.values["count"] == 12000
    assert d.location == "Ségou"
    text = "Près de 3 000 réfugiés maliens ont été enregistrés en Mauritanie la semaine dernière."
    d = one(observe(extractor, text, "fr"), "displacement")
    assert (d.values["population"], d.values["count"], d.values["destination"]) == (
        "refugees",
        3000,
        "Mauritania",
    )


def test_evacuation(extractor: Extractor) -> None:
    text = "The US embassy in Bamako ordered the departure of non-emergency staff on Friday."
    e = one(observe(extractor, text), "evacuation")
    assert e.values["type"] == "ordered departure"
    assert e.values["by"] == "The US embassy in Bamako"
    assert e.values["who"] == "non-emergency staff"
    assert e.country == "Mali"
    text = "La France demande à ses ressortissants de quitter le Mali sans délai."
    e = one(observe(extractor, text, "fr"), "evacuation")
    assert (e.values["by"], e.values["who"], e.values["type"]) == (
        "France",
        "ressortissants",
        "advisory: leave",
    )
    assert e.country == "Mali"


def test_supply_kinds(extractor: Extractor) -> None:
    text = "A convoy of 300 tankers from Dakar reached Bamako under army escort."
    s = one(observe(extractor, text), "supply")
    assert s.values == {
        "commodity": "fuel",
        "quantity": 300,
        "unit": "tankers",
        "status": "delivered",
        "origin": "Dakar",
    }
    assert s.location == "Bamako"
    s = one(observe(extractor, "Russia pledged 200,000 tonnes of fuel to Mali."), "supply")
    assert (s.values["status"], s.values["quantity"], s.values["unit"]) == ("pledged", 200000, "tonne")
    s = one(observe(extractor, "Militants burned 40 tankers near Kati."), "supply")
    assert (s.values["status"], s.values["quantity"]) == ("attacked", 40)
    s = one(observe(extractor, "Dozens of trucks are stranded at the border with Senegal."), "supply")
    assert s.values["status"] == "blocked"


def test_supply_french(extractor: Extractor) -> None:
    text = "Plus de 40 camions-citernes en provenance de Dakar ont été incendiés près de Kayes."
    s = one(observe(extractor, text, "fr"), "supply")
    assert (s.values["status"], s.values["quantity"], s.values["commodity"]) == ("attacked", 40, "fuel")
    assert s.values["origin"] == "Dakar" and s.location == "Kayes"


def test_gate_and_empty(extractor: Extractor) -> None:
    assert observe(extractor, "JNIM fighters attacked an army post near Nioro du Sahel.") == []
    assert observe(extractor, "") == []


def test_to_json_flattens_values(extractor: Extractor) -> None:
    p = one(observe(extractor, "Diesel now sells at 1,800 CFA francs a litre in Ségou."), "price")
    j = p.to_json()
    assert j["kind"] == "price" and j["commodity"] == "diesel" and j["value"] == 1800
    assert [list(span) for span in p.evidence["value"]] == j["evidence"]["value"]


def test_displacement_needs_a_flight_word_by_the_count(extractor: Extractor) -> None:
    text = "In Ségou region 4 people were killed and 1,200 residents were displaced (200 households)."
    obs = [o for o in observe(extractor, text) if o.kind == "displacement"]
    assert [o.values["count"] for o in obs] == [1200]
    assert obs[0].values["population"] == "idps"


def test_degrades_without_other_components() -> None:
    """With no places, dates or numbers on the Doc: publication date, no place, values still found."""
    import spacy

    from sahelwatch.extract.observations import ObservationRecognizer

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "Diesel sells at 1,800 CFA francs a litre in Ségou. Schools were closed."
    doc = nlp(text)
    doc._.published = PUBLISHED
    assert doc._.places is None and doc._.dates is None
    obs = ObservationRecognizer("en")(doc)._.observations
    assert [o.kind for o in obs] == ["price", "service"]
    assert all(o.date == PUBLISHED and o.location == "" and o.country == "" for o in obs)
    for o in obs:
        assert_evidence(text, o)


def test_supply_without_vehicles(extractor: Extractor) -> None:
    s = one(observe(extractor, "Some diesel finally got through: it arrived in Bamako on Tuesday."), "supply")
    assert (s.values["commodity"], s.values["status"], s.location) == ("diesel", "delivered", "Bamako")
    assert "quantity" not in s.values
    assert [
        o for o in observe(extractor, "Fuel prices reached record highs in Bamako.") if o.kind == "supply"
    ] == []


def test_a_sentence_naming_no_place_tells_of_the_town_its_paragraph_named(extractor: Extractor) -> None:
    # the closures are Diapaga's, told in the sentence after the one that names the town
    obs = observe(extractor, "Armed groups have blockaded Diapaga since 2 October. Three schools have closed "
                             "and the market is shut.\n\nAcross the country, 2,000 schools are closed.")
    schools = [o for o in obs if o.kind == "service" and o.values.get("service") == "schools"]
    assert schools and schools[0].location == "Diapaga"
    assert all(o.location != "Diapaga" for o in schools[1:])


def test_one_figure_read_twice_is_one_observation(extractor: Extractor) -> None:
    obs = observe(extractor, "- Status: 120 tankers burned\n\nSince the blockade began, over 120 fuel tankers "
                             "have been burned on the road from Dakar.")
    assert len([o for o in obs if o.kind == "supply"]) == 1


def test_a_figure_told_as_now_is_dated_by_the_report_not_an_earlier_sentence(extractor: Extractor) -> None:
    obs = observe(extractor, "On 3 October gunmen attacked a village near Kaya.\n\n"
                             "In total, 12,400 people are now displaced in the province.")
    displaced = [o for o in obs if o.kind == "displacement"]
    assert displaced and displaced[0].date == PUBLISHED


def test_a_figure_told_as_now_is_not_dated_by_the_year_it_is_compared_with(extractor: Extractor) -> None:
    obs = observe(extractor, "The country currently counts 41,200 displaced people, the most since the war began "
                             "in 2012.")
    displaced = [o for o in obs if o.kind == "displacement"]
    assert displaced and displaced[0].date == PUBLISHED
