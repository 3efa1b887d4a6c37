"""Round 11 (issue 4): a plural pronoun resolved by the recall pass to a group of the
previous sentence stays unresolved when a plural noun that is no actor stands before it in
its own sentence ("He defended the arrests, saying they were lawful": the arrests, not the
protesters); a group in the pronoun's own sentence is still taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only

FOUNDING = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "tehran-envoy.txt"


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


@pytest.mark.parametrize("text", [
    "Police arrested protesters in Lahore on Friday. The minister defended the arrests, "
    "saying they were lawful.",
    "Troops detained dozens of fishermen in Karachi. The governor praised the operations, "
    "saying they had stopped the smuggling.",
])
def test_a_nearer_plural_thing_leaves_they_unresolved(run: Run, text: str) -> None:
    assert actor_at(run(text), "they") is None


@pytest.mark.parametrize(("text", "pronoun", "code"), [
    ("Police arrested protesters in Lahore on Friday. The minister ordered an inquiry, "
     "saying they would be released soon.", "they", "PAKCVLOPP"),
    ("Police arrested protesters in Lahore on Friday. They were released on Saturday after "
     "talks.", "They", "PAKCVLOPP"),
])
def test_with_no_nearer_plural_they_takes_the_group(run: Run, text: str, pronoun: str,
                                                    code: str) -> None:
    found = actor_at(run(text), pronoun)
    assert found is not None and found.code == code


def test_the_founding_articles_they_is_the_strikes_not_the_reporters(run: Run) -> None:
    doc = run(FOUNDING.read_text(encoding="utf-8"))
    assert actor_at(doc, "saying they") is None
    reporters = actor_at(doc, "reporters in Tehran")
    assert reporters is not None  # the group itself is still found


@pytest.mark.parametrize(("text", "pronoun"), [
    ("The World Food Programme sent a convoy to Gaza on Monday. They said the trucks were "
     "stopped at the border.", "They"),
    ("UNICEF opened a clinic in Kandahar. Later they warned of a measles outbreak.", "they"),
])
def test_they_does_not_take_an_agency_named_in_the_singular(run: Run, text: str,
                                                             pronoun: str) -> None:
    assert actor_at(run(text), pronoun) is None


def test_a_group_named_in_the_singular_is_still_they(run: Run) -> None:
    found = actor_at(run("The Taliban closed the border crossing on Monday. They said it "
                         "would reopen on Friday."), "They")
    assert found is not None and found.code == "AFGGOV"


@pytest.mark.parametrize("text", [
    "Ukrainian soldiers held the line on Monday. Russian troops fired on them.",
    "Ukrainian soldiers held the line on Monday. Russian troops fought with them.",
])
def test_them_after_a_preposition_is_not_the_subject_of_its_verb(run: Run, text: str) -> None:
    found = actor_at(run(text), "them")
    assert found is not None and found.code == "UKRMIL"


def test_a_group_found_by_the_recall_pass_is_not_them_as_subject_of_their_verb(
        run: Run) -> None:
    doc = run("The people of Syria rose up, and they know freedom loving people around the "
              "world stand with them.")
    found = actor_at(doc, "them")
    assert found is not None and found.name == "people of Syria"


def test_them_in_a_prepositional_phrase_of_a_noun_keeps_the_subject(run: Run) -> None:
    found = actor_at(run("Afghan refugees said the camps built for them were full."), "them")
    assert found is not None and found.code == "AFGREF"
