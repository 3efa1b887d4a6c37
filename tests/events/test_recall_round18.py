"""Recall rules of round 18 (issue 5): hand-written sentences about invented situations;
each rule has cases it must fix (no such event on 138be2a, the commit before the round) and
neighbours it must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor

FRONT = Actor("Northern Front", None, "REB", "REB")
PER_MIL = Actor("Peruvian troops", "PER", "PERMIL", "MIL")
BOL_GOV = Actor("the Bolivian government", "BOL", "BOLGOV", "GOV")
CHL = Actor("Chile", "CHL", "CHL")
NOR = Actor("Norway", "NOR", "NOR")
ACTORS = {"Northern Front": FRONT, "Peruvian troops": PER_MIL, "Chile": CHL, "Norway": NOR,
          "the Bolivian government": BOL_GOV}


# Rule 1 (targets._claimed_deeds, liability_nouns.tsv): a denial of one's share in a deed
# (016) is aimed at whom the deed was done to, as a claim of responsibility is (round 17).

def test_responsibility_denied_for_an_ambush_on_a_party_targets_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Northern Front denied any responsibility for the ambush "
                               "on Peruvian troops last week.", ACTORS))
    assert ("REB", "PERMIL", "01") in triples(evs)


def test_involvement_denied_in_a_bombing_of_a_party_targets_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Bolivian government denied involvement in the bombing of "
                               "Peruvian troops near the river.", ACTORS))
    assert ("BOLGOV", "PERMIL", "01") in triples(evs)


def test_a_denied_attack_named_as_the_object_targets_its_victim(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Bolivian government flatly denied the attack on Peruvian "
                               "troops.", ACTORS))
    assert ("BOLGOV", "PERMIL", "01") in triples(evs)


def test_responsibility_denied_for_a_thing_that_is_no_deed_names_no_target(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway denied any responsibility for the new budget, which "
                               "angered Chile.", ACTORS))
    assert not any(s == "NOR" and t == "CHL" for s, t, _ in triples(evs))


# Rule 2 (targets._home_victims): a deed claimed or denied in a place of the claimant's own
# country is aimed at the place's people; the bare country would make no dyad.

PER_REB = Actor("Peruvian rebels", "PER", "PERREB", "REB")
AREQUIPA = Actor("Arequipa", "PER", "PERGOV", "GOV")
SANTIAGO = Actor("Santiago", "CHL", "CHLGOV", "GOV")
PLACES = {"Peruvian rebels": PER_REB, "Arequipa": AREQUIPA, "Santiago": SANTIAGO}


def test_a_claimed_bombing_in_a_city_of_ones_own_country_targets_its_people(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian rebels claimed responsibility for the bombing in "
                               "Arequipa on Monday.", PLACES))
    assert ("PERREB", "PERCVL", "01") in triples(evs)


def test_a_denied_attack_in_a_city_of_ones_own_country_targets_its_people(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian rebels denied any responsibility for Sunday's "
                               "attacks in Arequipa.", PLACES))
    assert ("PERREB", "PERCVL", "01") in triples(evs)


def test_a_claimed_bombing_abroad_keeps_the_country_as_target(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian rebels claimed responsibility for the bombing in "
                               "Santiago.", PLACES))
    assert ("PERREB", "CHL", "01") in triples(evs)


def test_a_bombing_in_ones_own_country_targets_the_places_people(make_doc: MakeDoc) -> None:
    # Round 19 reversed round 18's "no dyad" here: ICEWS codes domestic force as aimed at
    # Citizen (<country>), and the bare home country made no event at all.
    evs = code_events(make_doc("Peruvian rebels bombed a market in Arequipa.", PLACES))
    assert ("PERREB", "PERCVL", "19") in triples(evs)


# Rule 3 (targets._clause_targets): a deed claimed in an infinitive ("claimed to have
# ambushed X") is aimed at the deed's target, as one claimed in a "that" clause is.

def test_a_deed_claimed_in_an_infinitive_is_a_claim_aimed_at_its_target(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Northern Front claimed to have ambushed Peruvian troops "
                               "near the border.", ACTORS))
    assert ("REB", "PERMIL", "01") in triples(evs)


def test_an_infinitive_of_no_deed_after_claim_names_no_target(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway claimed to have balanced the budget that Chile "
                               "praised.", ACTORS))
    assert not any(s == "NOR" and t == "CHL" and r == "01" for s, t, r in triples(evs))
