"""Round 10 recall rules (issue 4): a description that names a group with a code of its
own but no country ("the Daesh terrorist group", IMGMUSISI) is an actor mention; people of a
sector followed by "in" and a place are of that place, except refugees."""

from __future__ import annotations

import pytest

from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Iran's envoy accused the Daesh terrorist group of destabilising the region.",
     "Daesh terrorist group", "IMGMUSISI"),
    ("The minister blamed the al-Qaeda network for the bombing.", "al-Qaeda network",
     "IMGMUSALQ"),
])
def test_a_description_naming_a_transnational_group_is_a_mention(
        run: Run, text: str, phrase: str, code: str) -> None:
    found = actor_at(run(text), phrase)
    assert found is not None and found.code == code
    assert found.country is None


def test_a_bare_sector_description_gets_no_country(run: Run) -> None:
    found = actor_at(run("The minister said the militant group had attacked a convoy."),
                     "militant group")
    assert found is None or found.country is None


@pytest.mark.parametrize(("text", "noun", "code"), [
    ("Police arrested protesters in Lahore on Friday.", "protesters", "PAKCVLOPP"),
    ("Soldiers killed five rebels in Kandahar.", "five rebels", "AFGREB"),
])
def test_people_followed_by_in_and_a_place_are_of_that_place(
        run: Run, text: str, noun: str, code: str) -> None:
    found = actor_at(run(text), noun)
    assert found is not None and found.code == code
    assert any("place named after it" in e for e in found.evidence)


@pytest.mark.parametrize("text", [
    "Aid workers met refugees in Turkey.",  # refugees are mostly from elsewhere
    "Police arrested protesters in their thousands.",  # "in" names no place
])
def test_no_country_from_in_for_refugees_or_without_a_place(run: Run, text: str) -> None:
    doc = run(text)
    assert all(a.actor.country is None for a in doc.entities
               if a.actor.sector in ("REF", "CVL"))
