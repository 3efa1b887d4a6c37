"""Recall rules of round 17 (issue 5): hand-written sentences about invented situations;
each rule has cases it must fix (no such event on 1b669ce, the commit before the round) and
neighbours it must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor

FRONT = Actor("Northern Front", None, "REB", "REB")
PER_MIL = Actor("Peruvian troops", "PER", "PERMIL", "MIL")
CHL = Actor("Chile", "CHL", "CHL")
NOR = Actor("Norway", "NOR", "NOR")
ACTORS = {"Northern Front": FRONT, "Peruvian troops": PER_MIL, "Chile": CHL, "Norway": NOR}


# Rule 1 (targets._claimed_deed_targets): a responsibility claimed for a deed named by an
# event noun is claimed towards whom the deed was done to.

def test_responsibility_claimed_for_an_attack_on_a_party_targets_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Northern Front claimed responsibility for Friday's attack "
                               "on Peruvian troops.", ACTORS))
    assert ("REB", "PERMIL", "01") in triples(evs)


def test_responsibility_claimed_for_force_in_a_place_targets_the_place(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Northern Front claimed responsibility on Sunday for two "
                               "attacks in Chile.", ACTORS))
    assert ("REB", "CHL", "01") in triples(evs)


def test_responsibility_claimed_for_raids_that_hit_a_party_targets_it(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Northern Front claimed responsibility for the raids, which "
                               "wounded several Peruvian troops.", ACTORS))
    assert ("REB", "PERMIL", "01") in triples(evs)


def test_responsibility_for_a_thing_that_is_no_deed_names_no_target(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway claimed responsibility for the new budget, which "
                               "angered Chile.", ACTORS))
    assert not any(s == "NOR" and t == "CHL" for s, t, _ in triples(evs))


# Rule 2 (verb_match._claimed_deeds, cues deed_claim; targets._clause_targets): "claimed
# that they had attacked X" claims one's own deed (PETRARCH's CLAIM * ATTACK, 015), aimed at
# whom the deed was done to.

def test_a_deed_claimed_in_a_that_clause_is_a_claim_aimed_at_its_target(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Northern Front claimed that it had attacked Peruvian "
                               "troops near the border.", ACTORS))
    assert ("REB", "PERMIL", "01") in triples(evs)


def test_a_deed_of_another_party_claimed_is_no_claim_of_responsibility(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway claimed that Chile had attacked Peruvian troops.",
                               ACTORS))
    assert not any(s == "NOR" and r == "01" for s, _, r in triples(evs))


# Rule 3 (targets._target_preps): a rejection of a thing its pattern names answers whoever
# the thing came from, as a demand for a named thing is made of it.

def test_a_rejected_proposal_from_a_party_is_rejected_to_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway rejected the latest proposal from Chile.", ACTORS))
    assert ("NOR", "CHL", "12") in triples(evs)


def test_a_demand_for_a_named_thing_still_reads_its_from_phrase(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway demanded an apology from Chile.", ACTORS))
    assert ("NOR", "CHL", "10") in triples(evs)
