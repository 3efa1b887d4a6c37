"""Accuracy rules of issue 4, round 8: causes of error shared by at least two gold sets or
following from a documented sector convention. Each test writes its own phrases and
sentences; none is taken from a benchmark set."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors import resolve
from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only

ON = date(2024, 3, 1)


def _resolved(text: str) -> tuple[str | None, str | None]:
    actor = resolve(text, ON, dictionaries=())
    assert actor is not None, text
    return actor.country, actor.sector


# 1. the head's sector word, not one inside a complement after "in", "based in", "for", ...
@pytest.mark.parametrize(("text", "country", "sector"), [
    ("a television channel based in Shiite south Lebanon", "LBN", "JRN"),  # not REL
    ("detainees in Syria's capital Damascus", "SYR", "CVL"),  # not GOV by "capital"
    ("the Office of the Special Envoy for Refugee Affairs", None, "GOV"),  # not REF
])
def test_head_sector_word_outweighs_the_complement(text: str, country: str | None,
                                                   sector: str) -> None:
    assert _resolved(text) == (country, sector)


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("soldiers stationed in Mali", "MLI", "MIL"),  # the head's word is also the last one
    ("a radio station in Kurdish northern Iraq", "IRQ", "JRN"),
    ("Minister for Defence", None, "GOV"),  # one sector phrase across the preposition
    ("a spokesman for the navy", None, "MIL"),  # a member word takes the body's sector
    ("staff at the hospital", None, "MED"),
])
def test_head_rule_leaves_phrases_whose_sector_word_is_the_head(text: str,
                                                                country: str | None,
                                                                sector: str) -> None:
    assert _resolved(text) == (country, sector)


# 2. armed actors as PLOVER tells them apart (NGEC's PLOVER_agents.txt over Phoenix's UAF/MIL)
@pytest.mark.parametrize(("text", "country", "sector"), [
    ("a Somali terror cell", "SOM", "REB"),
    ("foreign terrorist organizations", None, "REB"),
    ("terrorist group leaders", None, "REB"),
    ("hired guns", None, "CRM"),
    ("Colombian paramilitary units", "COL", "PRM"),
    ("a private army", None, "PRM"),
    ("Haitian looters", "HTI", "CRM"),
])
def test_armed_actors_follow_plover_sectors(text: str, country: str | None,
                                            sector: str) -> None:
    assert _resolved(text) == (country, sector)


# 3. "X-backed N": N is an actor of its own, not X's (the backer keeps its own mention)
@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


@pytest.mark.parametrize(("text", "noun", "code"), [
    ("Syrian-backed gunmen fired on the convoy near the border.", "gunmen", "---UAF"),
    ("U.S.-backed rebels seized the airport on Monday.", "rebels", "---REB"),  # one token
    ("Armed groups, including Turkish-funded militias, seized two villages.", "militias",
     "---REB"),
    ("The Polisario, an Algerian-backed rebel movement, rejected the plan.", "rebel movement",
     "MARREB"),
])
def test_backed_noun_is_not_the_backer(run: Run, text: str, noun: str, code: str) -> None:
    doc = run(text, ON)
    actor = actor_at(doc, noun)
    assert actor is not None and actor.code == code, actor
    backer = actor_at(doc, text.split("-", 1)[0].split()[-1])
    assert backer is None or backer.sector is None  # the backer stays a state, no force


def test_backer_participle_without_a_sector_noun_adds_nothing(run: Run) -> None:
    doc = run("Egyptian-brokered talks and Qatari-funded projects resumed in Gaza.", ON)
    assert actor_at(doc, "projects") is None


# 4. the possessor of an ally noun is the one allied with, not the ally's country
@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Syria's militia ally in northern Iraq", "IRQ", "REB"),
    ("Russia’s proxies", None, "REB"),
    ("Tehran's proxies in Syria", "SYR", "REB"),  # a capital as possessor too
])
def test_possessor_of_an_ally_is_not_its_country(text: str, country: str | None,
                                                 sector: str) -> None:
    assert _resolved(text) == (country, sector)


def test_ally_rule_leaves_demonyms_and_other_possessed_nouns() -> None:
    assert resolve("Belgium's allies", ON, dictionaries=()) is None  # no country, no sector
    assert _resolved("Afghan allies")[0] == "AFG"  # a nationality
    assert _resolved("Kenya's foreign minister") == ("KEN", "GOV")
