"""Gazetteer and places stage: cities, country fallback, ambiguous names, event places."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.document import Document
from tidings.geo import find_places, load_gazetteer, places_stage, resolve_dateline
from tidings.records import Actor, Article, Event


def test_city_resolves_to_most_populous_with_country_iso3() -> None:
    kabul = load_gazetteer().resolve("Kabul")
    assert kabul is not None
    assert (kabul.feature, kabul.country) == ("city", "AFG")
    assert kabul.lat == pytest.approx(34.53, abs=0.05)
    assert kabul.lon == pytest.approx(69.17, abs=0.05)


def test_country_name_gets_derived_centroid_inside_country() -> None:
    gaz = load_gazetteer()
    iran = gaz.resolve("Iran")
    assert iran is not None and iran.feature == "country" and iran.country == "IRN"
    # Iran spans roughly 25-40 N, 44-63 E: the centroid must lie inside that box.
    assert iran.lat is not None and 25 < iran.lat < 40
    assert iran.lon is not None and 44 < iran.lon < 63
    # Aliases from the shipped TSV map onto the same country.
    assert gaz.resolve("the U.S.") == gaz.resolve("United States")
    fiji = gaz.resolve("Fiji")  # straddles the antimeridian: the mean must not land near 0°
    assert fiji is not None and fiji.lon is not None and abs(fiji.lon) > 170


def test_ambiguous_city_uses_article_countries() -> None:
    gaz = load_gazetteer()
    default = gaz.resolve("Hyderabad")
    in_pakistan = gaz.resolve("Hyderabad", frozenset({"PAK"}))
    assert default is not None and default.country == "IND"
    assert in_pakistan is not None and in_pakistan.country == "PAK"
    paris = gaz.resolve("Paris")
    paris_tx = gaz.resolve("Paris", frozenset({"USA"}))
    assert paris is not None and paris.country == "FRA"
    assert paris_tx is not None and paris_tx.country == "USA"


def test_main_name_beats_historical_alternate_name() -> None:
    # "Islamabad" is also an old alternate name of Chattogram (larger): the capital must win.
    isb = load_gazetteer().resolve("Islamabad")
    assert isb is not None and isb.country == "PAK"
    assert load_gazetteer().resolve("Bombay") is not None


def test_georgia_country_unless_us_context() -> None:
    gaz = load_gazetteer()
    assert gaz.resolve("Georgia").country == "GEO"  # type: ignore[union-attr]
    state = gaz.resolve("Georgia", frozenset({"USA"}))
    assert state is not None and (state.feature, state.country) == ("admin1", "USA")


def test_unknown_name_is_none() -> None:
    assert load_gazetteer().resolve("Middle Earth Xyz") is None


def _event(sentence_start: int, sentence_end: int, text: str) -> Event:
    iran = Actor("Iran", "IRN", "IRN")
    pak = Actor("Pakistan", "PAK", "PAK")
    return Event(source=iran, target=pak, cameo="190", root="19", quad_class=4, goldstein=-10.0,
                 sentence=text[sentence_start:sentence_end], start=sentence_start,
                 end=sentence_end, event_date=date(2024, 1, 17))


def test_stage_places_and_event_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("TEHRAN — Iran struck militant targets near Panjgur in Pakistan on Tuesday. "
            "Officials in Islamabad condemned the strike. Talks will follow next month.")
    s1 = text.index("Iran struck")
    e1 = text.index("Tuesday.") + len("Tuesday.")
    s3 = text.index("Talks")
    events = (_event(s1, e1, text), _event(s3, len(text), text))
    doc = Document(article=Article(id="a1", text=text), spacy_doc=nlp(text), events=events)
    out = places_stage(doc)
    names = {p.name: p for p in out.places}
    assert "Islamabad" in names and names["Islamabad"].country == "PAK"
    assert "Pakistan" in names and names["Pakistan"].feature == "country"
    for p in out.places:
        assert text[p.start:p.end] == p.name
    first, last = out.events
    # The sentence names Pakistan (and maybe Panjgur): the most specific place is kept.
    assert first.place is not None and first.place.country == "PAK"
    assert first.place.feature in {"city", "country"}
    if "Panjgur" in names:
        assert first.place.name == "Panjgur"
    # No place in the sentence: the dateline (TEHRAN) is used.
    assert last.place is not None and last.place.name.upper() == "TEHRAN"
    assert last.place.country == "IRN"


def test_dateline_field_and_fac_fallback(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = Document(article=Article(id="a2", text="Nothing here.", dateline="KABUL, Afghanistan"))
    place = resolve_dateline(doc)
    assert place is not None and place.country == "AFG" and place.feature == "city"
    text = "A blast hit the Kabul airport gate on Thursday."
    places = find_places(Document(article=Article(id="a3", text=text), spacy_doc=nlp(text)))
    assert all(p.country == "AFG" for p in places)


def test_stage_without_parse_is_empty() -> None:
    doc = Document(article=Article(id="a4", text="Kabul."))
    assert find_places(doc) == ()


def test_place_modifying_a_noun_is_not_the_location(nlp) -> None:  # type: ignore[no-untyped-def]
    # Both are countries: without the rule the earlier one (Pakistan) would win.
    text = "Gunmen attacked the Pakistan embassy in Afghanistan on Friday."
    doc = Document(article=Article(id="a5", text=text), spacy_doc=nlp(text),
                   events=(_event(0, len(text), text),))
    out = places_stage(doc)
    assert {p.name for p in out.places} >= {"Pakistan", "Afghanistan"}
    assert out.events[0].place is not None and out.events[0].place.name == "Afghanistan"


def test_regions_seas_and_name_wrappers() -> None:
    gaz = load_gazetteer()
    red_sea = gaz.resolve("the Red Sea")
    assert red_sea is not None and red_sea.feature == "region" and red_sea.country is None
    assert red_sea.lat is not None and 12 < red_sea.lat < 28
    saudi = gaz.resolve("the Kingdom of Saudi Arabia")
    assert saudi is not None and saudi.country == "SAU" and saudi.feature == "country"
    uk = gaz.resolve("the United Kingdom’s")
    assert uk is not None and uk.country == "GBR"
    gaza = gaz.resolve("Northern Gaza")
    assert gaza is not None and gaza.country == "PSE"
    # A direction that is part of the name is not stripped.
    north_korea = gaz.resolve("North Korea")
    assert north_korea is not None and north_korea.country == "PRK"
    assert gaz.resolve("Jr.") is None


def test_state_abbreviations_and_curated_regions_beat_small_cities() -> None:
    gaz = load_gazetteer()
    md = gaz.resolve("Md.")
    assert md is not None and (md.name, md.feature, md.country) == ("Maryland", "admin1", "USA")
    dc = gaz.resolve("D.C.")
    assert dc is not None and dc.country == "USA" and dc.feature == "city"
    asia = gaz.resolve("Asia")  # also a small city in the Philippines
    assert asia is not None and asia.feature == "region"
    # A small city known only by an alternate name, outside the article's countries: no.
    assert gaz.resolve("Borno") is None


def test_mention_the_actors_stage_knows_as_a_person_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.records import Entity, Mention

    text = "Critics wrote about Obama in Tokyo."
    start = text.index("Obama")
    sdoc = nlp(text)
    person = Entity(1, Actor("Barack Obama", "USA", "USAGOV"), "person")
    base = Document(article=Article(id="a6", text=text), spacy_doc=sdoc)
    with_person = base.replace(entities=(person,),
                               mentions=(Mention(start, start + 5, "Obama", 1),))
    names = {p.name for p in find_places(with_person)}
    assert "Obama" not in names and "Tokyo" in names
