"""Round 14 (issue 4): actor errors that cost events in the event benchmarks' dev sentences.
Sentences written for these tests (no corpus text); each "must fix" case fails on the round's
starting commit, each "leave alone" case passes both ways."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import load_kb
from tidings.actors.build_kb import _big_cities
from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only
from .helpers import code_of as _code

ON = date(2024, 3, 1)


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


# --- a capitalised leading word that starts a place name stays -----------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("New Mexico officials", "USAGOV"),  # was MEXGOV: "New" dropped as a leading word
    ("the New York governor", "USAGOV"),
    ("New Jersey police", "USACOP"),
    ("New Delhi officials", "INDGOV"),
])
def test_a_leading_new_that_starts_a_place_name_is_kept(text: str, code: str) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("new officials", "---GOV"),  # lower case: the adjective, still dropped
    ("New Officials", "---GOV"),  # "New Officials" names no place
    ("Mexico officials", "MEXGOV"),
])
def test_a_leading_new_before_no_place_is_still_dropped(text: str, code: str) -> None:
    assert _code(text) == code


def test_a_state_governor_in_a_sentence_has_the_country(run: Run) -> None:
    doc = run("New Hampshire Governor Dana Whitfeldt vetoed the budget on Friday.")
    found = actor_at(doc, "Dana Whitfeldt")
    assert found is not None and found.code == "USAGOV"


# --- critics and opponents of a state's power are its opposition ---------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("critics of the Venezuelan government", "VENOPP"),  # was VENGOV
    ("Political opponents of the Bolivian government", "BOLOPP"),
    ("opponents of President Lukashenko", "BLROPP"),  # was the president himself
    ("a critic of the Kremlin", "RUSOPP"),
    ("critics of the regime", "---OPP"),  # was ---GOV
])
def test_critics_of_a_government_are_its_opposition(text: str, code: str) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("critics of the agreement", "---OPP"),  # nothing governed named: no country
    ("critics of Nestle", "---OPP"),  # a company has no opposition (was the company)
    ("Cuban critics of the embargo", "CUBOPP"),  # a country of their own: unchanged
    ("supporters of the Venezuelan government", "VENGOV"),  # no opposing head: unchanged
    ("spokesman of the Venezuelan government", "VENGOV"),
])
def test_other_of_phrases_are_left_alone(text: str, code: str) -> None:
    assert _code(text) == code


def test_critics_in_a_sentence_are_a_mention_of_the_opposition(run: Run) -> None:
    doc = run("Critics of the Bolivian government marched through the capital on Monday.")
    critics = actor_at(doc, "Critics")
    government = actor_at(doc, "Bolivian government")
    assert critics is not None and critics.code == "BOLOPP"
    assert government is not None and government.code == "BOLGOV"


def test_opponents_of_a_named_leader_are_not_the_leader(run: Run) -> None:
    doc = run("Opponents of President Lukashenko gathered in Minsk.")
    found = actor_at(doc, "Opponents")
    assert found is not None and found.code == "BLROPP"


# --- "presidency": the body with a country, a term of office without -----------------------

def test_a_countrys_presidency_is_its_government(run: Run) -> None:
    doc = run("Tunisia's presidency rejected the report on Tuesday.")
    found = actor_at(doc, "presidency")
    assert found is not None and found.code == "TUNGOV"
    assert _code("the Tunisian presidency") == "TUNGOV"


def test_a_term_of_office_is_no_mention(run: Run) -> None:
    doc = run("The French minister praised the Tunisian reforms made during his presidency.")
    assert actor_at(doc, "presidency") is None


# --- cities whose names differ only by accents are rivals ----------------------------------

def test_a_city_sharing_an_accentless_name_with_a_far_bigger_one_gives_way() -> None:
    cities = {"1": {"name": "Springvale", "population": 900_000, "countrycode": "US"},
              "2": {"name": "Springvalé", "population": 150_000, "countrycode": "CL"},
              "3": {"name": "Lakeside", "population": 300_000, "countrycode": "US"},
              "4": {"name": "Lakesidé", "population": 250_000, "countrycode": "CL"}}
    # the big one keeps its name; two of a similar size are both left out (as before)
    assert list(_big_cities(cities)) == [("springvale", "US")]


def test_los_angeles_is_american() -> None:
    assert load_kb(()).cities.get("los angeles") == "USA"
    assert _code("Police in Los Angeles") == "USACOP"  # was CHLCOP


# --- bodies and people added to the knowledge base (sourced rows) ---------------------------

@pytest.mark.parametrize(("text", "on", "code"), [
    ("the Federal Foreign Office", ON, "DEUGOV"),  # was PAKGOV via "Foreign Office"
    ("Pakistan's Foreign Office", ON, "PAKGOV"),
    ("UNDOF", ON, "IGOUNOMIL"),
    ("U.S. Customs and Border Protection", ON, "USACOP"),
    ("the Justice Department", ON, "USAJUD"),
    ("House Republicans", ON, "USALEG"),
    ("Mikhail Gorbachev", date(1988, 5, 1), "RUSGOV"),
    ("Alvaro Uribe", date(2005, 5, 1), "COLGOV"),
    ("Roberto Micheletti", date(2009, 8, 1), "HNDGOV"),
])
def test_added_dictionary_rows(text: str, on: date, code: str) -> None:
    assert _code(text, on) == code


# --- a spokesman "for" a body speaks for it ----------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("a spokesman for Hezbollah", "LBNREB"),  # was ---GOV: the object of "for" was skipped
    ("a spokeswoman for the United Nations", "IGOUNOGOV"),  # as "a UN spokeswoman"
    ("a spokesperson for Tunisia", "TUNGOV"),
])
def test_a_spokesman_for_a_body_is_the_body(text: str, code: str) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("the Special Envoy for Libya", "---GOV"),  # an office's object gives no country
    ("the Ambassador to the United Nations", "---GOV"),
    ("a spokesman for the army", "---MIL"),
])
def test_the_object_of_an_office_still_gives_no_actor(text: str, code: str) -> None:
    assert _code(text) == code


def test_a_spokesman_for_a_group_in_a_sentence(run: Run) -> None:
    doc = run("A spokeswoman for Hezbollah rejected the proposal on Sunday.")
    found = actor_at(doc, "spokeswoman")
    assert found is not None and found.code == "LBNREB"


def test_a_spokesman_for_a_group_named_in_apposition(run: Run) -> None:
    doc = run("A spokesman for Hezbollah, Ali Mahmoud Fadlallah, denied the report.")
    found = actor_at(doc, "Ali Mahmoud Fadlallah")
    assert found is not None and found.code == "LBNREB"


def test_the_body_a_spokesman_speaks_for_ends_at_a_comma(run: Run) -> None:
    doc = run("A spokeswoman for Hezbollah, Karim Haddadeen, rejected the proposal.")
    found = actor_at(doc, "spokeswoman")
    assert found is not None and found.code == "LBNREB"


# --- regions written as adjectives, U.S. agencies ------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("the Catalan government", "ESPGOV"),  # was ---GOV
    ("Bavarian police", "DEUCOP"),
    ("NSW Premier Chris Minns", "AUSGOV"),
    ("FDA officials", "USAGOVHLH"),
    ("a USCIS spokeswoman", "USAGOV"),
    ("the Government Accountability Office", "USAGOV"),
    ("Secret Service agents", "USACOP"),
])
def test_regions_and_agencies(text: str, code: str) -> None:
    assert _code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Spanish police", "ESPCOP"),
    ("the Basque government", "---GOV"),  # Basques live in two countries: none added
])
def test_regions_left_alone(text: str, code: str) -> None:
    assert _code(text) == code
