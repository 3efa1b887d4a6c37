"""Domestic force (issue 5, round 19): force used in a place of the doer's own country, on
things or unnamed people, is aimed at the place's people (ICEWS's Citizen (<country>)); the
bare home country made no dyad. Hand-written sentences about invented situations."""

from __future__ import annotations

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor

PER_MIL = Actor("Peruvian troops", "PER", "PERMIL", "MIL")
AREQUIPA = Actor("Arequipa", "PER", "PERGOV", "GOV")
SANTIAGO = Actor("Santiago", "CHL", "CHLGOV", "GOV")
PLACES = {"Peruvian troops": PER_MIL, "Arequipa": AREQUIPA, "Santiago": SANTIAGO}


# Rule 1 (targets.verb_targets): force used in a place of the doer's own country, on no
# named party, is aimed at the place's people; the bare country made no dyad.

def test_shelling_in_a_city_of_ones_own_country_targets_its_people(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian troops shelled three villages in Arequipa on "
                               "Monday.", PLACES))
    assert ("PERMIL", "PERCVL", "19") in triples(evs)


def test_seizing_a_building_near_a_home_city_targets_its_people(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian troops seized a large warehouse near Arequipa "
                               "overnight.", PLACES))
    assert ("PERMIL", "PERCVL", "17") in triples(evs)


def test_force_in_a_city_abroad_keeps_its_country(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian troops shelled three villages in Santiago on "
                               "Monday.", PLACES))
    assert ("PERMIL", "CHL", "19") in triples(evs)


def test_no_force_in_a_home_city_names_no_people(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peruvian troops held a long parade in Arequipa on Monday.",
                               PLACES))
    assert not any(t == "PERCVL" for _, t, _ in triples(evs))
