"""Accuracy rules of issue 4, round 9: actor mentions the stage never made and wrong
resolutions met by the events coder. Each test writes its own phrases and sentences; none
is taken from a benchmark set."""

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


# 1. people of a sector whom the article gives no country are still actors (no country)
@pytest.mark.parametrize(("text", "noun", "sector"), [
    ("Senator Jim Risch (R-Idaho) said international leaders must respond to the coup.",
     "international leaders", "GOV"),
    ("The ministry said many people had left the valley before the floods.", "many people",
     "CVL"),
    ("Senator Jim Risch (R-Idaho) said coalition forces would stay at the airbase.",
     "coalition forces", "MIL"),
    ("The report said armed terrorists had crossed into the valley at night.",
     "terrorists", "REB"),
])
def test_unplaced_people_are_sector_only_actors(run: Run, text: str, noun: str,
                                                sector: str) -> None:
    actor = actor_at(run(text, ON), noun)
    assert actor is not None, noun
    assert (actor.country, actor.sector) == (None, sector)


@pytest.mark.parametrize(("text", "noun"), [
    ("The senator said the rebels would lose.", "rebels"),  # definite: someone named
    ("Guinean rebels in Chad attacked the town.", "rebels"),  # its own place follows
])
def test_referring_descriptions_get_no_sector_only_guess(run: Run, text: str,
                                                         noun: str) -> None:
    actor = actor_at(run(text, ON), noun)
    assert actor is None or actor.country is not None


# 2. plural people nouns the candidate finder makes nothing of: a description all the same
@pytest.mark.parametrize(("text", "noun", "country", "sector"), [
    ("Senator Jim Risch (R-Idaho) met the Ukrainian soldiers and their loved ones in Lviv.",
     "loved ones", "UKR", "CVL"),
    ("The Kenyan students marched with their classmates to the ministry.", "classmates",
     "KEN", "CVL"),
    ("Officials said hundreds of schoolmates attended the funeral.", "schoolmates", None,
     "CVL"),
])
def test_uncovered_people_nouns_are_mentions(run: Run, text: str, noun: str,
                                            country: str | None, sector: str) -> None:
    actor = actor_at(run(text, ON), noun)
    assert actor is not None, noun
    assert (actor.country, actor.sector) == (country, sector)


def test_uncovered_noun_of_no_people_is_no_mention(run: Run) -> None:
    doc = run("The Kenyan students sold their old books to the shops.", ON)
    assert actor_at(doc, "books") is None and actor_at(doc, "shops") is None
    # a people word modifying a head that names no people: not an actor
    doc = run("Kenya asked monitors to inspect suspect depots near the border.", ON)
    assert actor_at(doc, "suspect depots") is None


# 3. world regions: several countries, not the one named nearby or inside the region's name
@pytest.mark.parametrize(("text", "code"), [
    ("Latin American leaders", "LAMGOV"),  # not American
    ("African leaders", "AFRGOV"),
    ("Southeast Asian ministers", "SEAGOV"),
    ("Western diplomats", "WSTGOV"),
])
def test_region_adjective_gives_region_code_and_no_country(text: str, code: str) -> None:
    actor = resolve(text, ON, dictionaries=())
    assert actor is not None and (actor.country, actor.code) == (None, code)


def test_region_people_do_not_take_the_sentence_country(run: Run) -> None:
    doc = run("Sudan's army shelled the city, and African leaders called for a ceasefire.", ON)
    actor = actor_at(doc, "African leaders")
    assert actor is not None and actor.country is None and actor.sector == "GOV"


def test_region_word_leaves_a_country_named_with_it(run: Run) -> None:
    actor = resolve("western Ukraine", ON, dictionaries=())
    assert actor is not None and actor.country == "UKR"


# 4. dictionary facts
def test_ruf_is_sierra_leones_rebel_group() -> None:
    actor = resolve("the RUF", date(1999, 5, 1), dictionaries=())
    assert actor is not None and (actor.country, actor.sector) == ("SLE", "REB")


# 5. two countries joined by a hyphen are two actors
def test_hyphenated_country_pair_is_two_mentions(run: Run) -> None:
    doc = run("A joint U.S.-U.K. strike hit radar sites in Yemen on Friday.", ON)
    us, uk = actor_at(doc, "U.S."), actor_at(doc, "U.K.")
    assert us is not None and uk is not None
    assert (us.country, uk.country) == ("USA", "GBR")


def test_hyphenated_pair_keeps_the_sector(run: Run) -> None:
    doc = run("Joint Franco-German talks stalled, and U.S.-U.K. forces struck Houthi radars.",
              ON)
    uk = actor_at(doc, "U.K.")
    assert uk is not None and (uk.country, uk.sector) == ("GBR", "MIL")


def test_one_country_with_a_hyphen_stays_one(run: Run) -> None:
    doc = run("Guinea-Bissau's president dissolved parliament.", ON)
    actor = actor_at(doc, "Guinea-Bissau")
    assert actor is None or actor.country == "GNB"


# 6. "national" names people only as the head ("a Kenyan national"), not as a modifier
@pytest.mark.parametrize(("text", "expected"), [
    ("a Kenyan national", ("KEN", "CVL")),
    ("two Peruvian nationals", ("PER", "CVL")),
])
def test_national_as_head_is_civilian(text: str, expected: tuple[str, str]) -> None:
    actor = resolve(text, ON, dictionaries=())
    assert actor is not None and (actor.country, actor.sector) == expected


def test_national_as_modifier_is_no_sector() -> None:
    actor = resolve("the National Reconciliation Committee", ON, dictionaries=())
    assert actor is None or actor.sector != "CVL"


# 7. a committee named with the legislature it belongs to is that legislature's
def test_committee_of_a_named_legislature_takes_its_country(run: Run) -> None:
    doc = run("Senator Jim Risch (R-Idaho) met Premier Chen Chien-jen and members of the "
              "Economics and National Budget Committee from the Legislative Yuan.", ON)
    actor = actor_at(doc, "Budget Committee")
    assert actor is not None and (actor.country, actor.sector) == ("TWN", "LEG")


def test_committee_without_a_named_legislature_stays_home(run: Run) -> None:
    doc = run("Senator Jim Risch (R-Idaho) said the Budget Committee would meet in Taipei.", ON)
    actor = actor_at(doc, "Budget Committee")
    assert actor is not None and (actor.country, actor.sector) == ("USA", "LEG")


# 8. a hyphenated dictionary name NER split into other actors is one mention of it
def test_hyphenated_group_name_is_one_actor(run: Run) -> None:
    doc = run("The outlawed Tehrik-e-Taliban Pakistan said it carried out the raid.", ON)
    actor = actor_at(doc, "Taliban")
    assert actor is not None and actor.code == "PAKREB", actor
    assert actor_at(doc, "Tehrik") == actor
