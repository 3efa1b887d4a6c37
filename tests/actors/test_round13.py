"""Round 13 (issue 4): actor resolution errors left on the dev sets. Sentences written for
these tests; each "must fix" case fails on the round's starting commit, each "leave alone"
case passes both ways."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import resolve
from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only

ON = date(2024, 3, 1)


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


def _country(run: Run, text: str, phrase: str) -> str | None:
    found = actor_at(run(text), phrase)
    return None if found is None else found.country


# --- people placed "around the world" take no country from the actor before them ----------

@pytest.mark.parametrize(("text", "phrase"), [
    ("Canada will remain a beacon of hope for oppressed people around the world.",
     "oppressed people"),
    ("Germany has long stood with persecuted journalists across the globe.",
     "persecuted journalists"),
])
def test_people_placed_around_the_world_take_no_nearby_country(run: Run, text: str,
                                                              phrase: str) -> None:
    assert _country(run, text, phrase) is None


@pytest.mark.parametrize(("text", "phrase", "country"), [
    # "the country" and "all age groups" name no other place
    ("The Canadian government wants young voters around the country to register.",
     "young voters", "CAN"),
    ("Iran's campaign against peaceful protesters across all age groups continued.",
     "peaceful protesters", "IRN"),
])
def test_a_spread_over_no_other_place_keeps_the_nearby_country(run: Run, text: str,
                                                               phrase: str,
                                                               country: str) -> None:
    assert _country(run, text, phrase) == country


# --- a conjunct with words of its own is another party -------------------------------------

@pytest.mark.parametrize(("text", "phrase"), [
    ("The decision endangers Canadians and peace-loving people.", "loving people"),
    ("The attacks threaten Israel, unarmed civilians and aid convoys.", "unarmed civilians"),
])
def test_a_conjunct_with_its_own_words_takes_no_country_from_the_other(run: Run, text: str,
                                                                      phrase: str) -> None:
    assert _country(run, text, phrase) is None


@pytest.mark.parametrize(("text", "phrase", "country"), [
    # "other": the same kind of people as the conjunct before
    ("Beijing's campaign against Tibetan monks and other religious minorities "
     "continues.", "minorities", "CHN"),
    # a bare conjunct, or one after a modified noun, may share the modifier before it
    ("Ottawa will protect Canadian citizens and legal permanent residents.", "residents",
     "CAN"),
    ("Ukrainian soldiers and civilians were killed in the strike.", "civilians", "UKR"),
    # not coordinated: the nearby actor still lends its country
    ("Russia's crackdown on peaceful protesters drew wide condemnation.",
     "peaceful protesters", "RUS"),
])
def test_kindred_or_uncoordinated_people_keep_the_nearby_country(run: Run, text: str,
                                                                phrase: str,
                                                                country: str) -> None:
    assert _country(run, text, phrase) == country


# --- an office "of X and Y": the part after "and" is the portfolio, not the sector ---------

@pytest.mark.parametrize(("phrase", "sector"), [
    ("Minister of Commerce and Industry Lena Vos", "GOV"),
    ("the Minister of Interior and Police Affairs", "GOV"),
])
def test_an_office_keeps_its_sector_over_its_portfolios_second_half(phrase: str,
                                                                    sector: str) -> None:
    found = resolve(phrase, on=ON)
    assert found is not None and found.sector == sector


@pytest.mark.parametrize(("phrase", "sector"), [
    ("police and soldiers", "MIL"),  # a list of people: no office, the last word as before
    ("Industry and Trade Minister Lena Vos", "GOV"),
])
def test_lists_and_offices_without_of_are_left_alone(phrase: str, sector: str) -> None:
    found = resolve(phrase, on=ON)
    assert found is not None and found.sector == sector
