"""Side rules of round 21 (issue 5): which mention fills which side. Hand-written
sentences about invented situations; each rule has cases it must fix (wrong on 860fb00,
the commit before the round) and neighbours it must leave alone."""

from __future__ import annotations

from events.helpers import done_events
from tidings.pipeline import Pipeline

# Rule 1 (targets._own_forces): forces of no country that a named source sends, moves,
# offers or cuts are its own; the other party is whom the aid was for or where the forces
# go, even when that party has no country either.


def test_cut_military_aid_goes_to_its_recipient(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Canada suspended military aid to rebel groups last week.")
    assert ("162", "CAN", "---REB") in found
    assert ("162", "CAN", "---MIL") not in found


def test_reduced_military_aid_goes_to_its_recipient(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Portugal reduced military aid to the rebels this year.")
    assert ("162", "PRT", "---REB") in found
    assert ("162", "PRT", "---MIL") not in found


def test_own_forces_stay_the_target_when_no_other_party_is_named(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Chile withdrew its troops from the disputed islands.")
    assert ("0874", "CHL", "---MIL") in found


def test_unnamed_soldiers_are_still_the_victims_of_force(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Rebels killed soldiers near the border.")
    assert ("190", "---REB", "---MIL") in found


def test_unnamed_police_are_still_the_target_of_criticism(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "The ministry criticised police over the raid.")
    assert ("111", "---GOV", "---COP") in found
