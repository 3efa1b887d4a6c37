"""A description that names a group with a code of its own but no country ("the Daesh
terrorist group", IMGMUSISI) is an actor mention; one that names only a sector ("terrorist
groups" with no place) gets no country guessed."""

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
