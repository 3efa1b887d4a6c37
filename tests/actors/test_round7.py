"""Accuracy rules of issue 4, round 7: bare descriptions of a state's forces and he/she
ranked again once the recall steps found more people. Each test writes its own sentences;
none is taken from a benchmark set."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.pipeline import Pipeline

from .helpers import Run, actor_at, actors_only

ON = date(2024, 3, 1)


@pytest.fixture(scope="module")
def run(pipeline: Pipeline) -> Run:
    return actors_only(pipeline)


# 1. he/she: the subject of the sentence, not a possessor NER found while missing the subject
@pytest.mark.parametrize(("text", "pronouns", "name"), [
    ("Kenyan opposition leader Raila Odinga was detained on Friday, Senator Jim Risch said.\n"
     "“Odinga stood for free elections in the face of President William Ruto’s police—and he "
     "was arrested for it.”", ["he"], "Raila Odinga"),
    ("Venezuelan opposition leader Juan Guaidó left the country, a senator said on Monday.\n"
     "“Guaidó fought for democracy against Nicolás Maduro’s regime, and now he lives in exile. "
     "His courage inspires us.”", ["he", "His"], "Juan Guaidó"),
])
def test_pronoun_takes_the_subject_found_by_recall(run: Run, text: str, pronouns: list[str],
                                                   name: str) -> None:
    doc = run(text, ON)
    for pronoun in pronouns:
        actor = actor_at(doc, f" {pronoun} ")
        assert actor is not None and actor.name == name, pronoun


def test_pronoun_with_the_subject_seen_by_the_clustering_is_unchanged(run: Run) -> None:
    doc = run("Russian opposition politician Vladimir Kara-Murza was sentenced in Moscow.\n"
              "“Vladimir Kara-Murza spoke for democracy in the face of Vladimir Putin’s "
              "repression, and he was jailed for it.”", ON)
    actor = actor_at(doc, " he ")
    assert actor is not None and actor.name == "Vladimir Kara-Murza"


# 2. "the military", "troops", "the regime" with no country of their own: the nearest state
# (or state body of sector GOV/MIL) before them
@pytest.mark.parametrize(("text", "word", "code"), [
    ("Myanmar’s armed forces detained the elected leaders on Monday. The military has declared "
     "a state of emergency for one year.", "military", "MMRMIL"),
    ("The Sudanese government imposed a curfew on Khartoum, and troops patrolled the streets "
     "overnight.", "troops", "SDNMIL"),
    # GOV too; the state is the subject of another clause, not acting on the regime
    ("Belarus jailed three journalists on Tuesday, and the regime ignored calls for their "
     "release.", "regime", "BLRGOV"),
])
def test_state_forces_take_the_nearest_state(run: Run, text: str, word: str, code: str) -> None:
    actor = actor_at(run(text, ON), word)
    assert actor is not None and actor.code == code
    assert any("nearest state actor" in e for e in actor.evidence)


@pytest.mark.parametrize(("text", "word"), [
    # the state acts on the forces: they are someone else's
    ("Ukraine has succeeded in weakening the military and the economy of its neighbour this "
     "year.", "military"),
    # no state named nearby: a wrong country is worse than none
    ("The storm hit the coast on Monday.\nLater, troops cleared the roads.", "troops"),
    # the forces of several sides
    ("Iraq welcomed coalition troops at the base on Tuesday.", "troops"),
])
def test_state_forces_left_without_a_country(run: Run, text: str, word: str) -> None:
    actor = actor_at(run(text, ON), word)
    assert actor is None or actor.country is None


# 3. a possessive pronoun is a possessor too: the country of its antecedent
@pytest.mark.parametrize(("text", "word", "code"), [
    ("The junta leader Min Aung Hlaing and his generals met in Naypyidaw.", "generals",
     "MMRMIL"),
    ("Ukrainian soldiers are killed every day defending their country, and their commanders "
     "say more help is needed.", "commanders", "UKRMIL"),
])
def test_possessive_pronoun_gives_its_country(run: Run, text: str, word: str,
                                              code: str) -> None:
    actor = actor_at(run(text, ON), word)
    assert actor is not None and actor.code == code
    assert any("possessor" in e for e in actor.evidence)


# 4. "members of" a named body are that body
@pytest.mark.parametrize(("text", "word", "code"), [
    ("The minister thanked the members of the Nigerian army for their service on Friday.",
     "members", "NGAMIL"),
    ("Members of the Lebanese parliament met on Monday.", "Members", "LBNLEG"),
])
def test_members_of_a_body(run: Run, text: str, word: str, code: str) -> None:
    actor = actor_at(run(text, ON), word)
    assert actor is not None and actor.code == code


def test_members_of_a_persons_circle_are_not_the_person(run: Run) -> None:
    doc = run("Sanctions were imposed on members of Vladimir Putin’s inner circle on Friday.", ON)
    assert actor_at(doc, "members") is None
