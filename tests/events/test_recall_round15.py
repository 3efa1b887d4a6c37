"""Recall rules of round 15 (issue 5): hand-written sentences; each rule has a case it must
fix (no such event on the commit before the round, 688b06e) and a neighbour it must leave
alone."""

from __future__ import annotations

from events.helpers import SMITH, MakeDoc, triples
from tidings.events import code_events
from tidings.events.object_nouns import object_reading
from tidings.records import Actor

CAN_JUD = Actor("Canadian prosecutors", "CAN", "CANJUD", "JUD")
DNK_BUS = Actor("a Danish bank", "DNK", "DNKBUS", "BUS")
CHL_MIL = Actor("the Chilean navy", "CHL", "CHLMIL", "MIL")
PER = Actor("Peru", "PER", "PER")
NOR = Actor("Norway", "NOR", "NOR")
BOL = Actor("Bolivia", "BOL", "BOL")
CHL = Actor("Chile", "CHL", "CHL")
BOL_GOV = Actor("The Bolivian government", "BOL", "BOLGOV", "GOV")
USA_PTY = Actor("the Republican Party", "USA", "USAPTY", "PTY")
ACTORS = {"Canadian prosecutors": CAN_JUD, "a Danish bank": DNK_BUS,
          "the Chilean navy": CHL_MIL, "Peru": PER, "Norway": NOR, "Bolivia": BOL,
          "Chile": CHL, "John Smith": SMITH, "the Republican Party": USA_PTY,
          "The Bolivian government": BOL_GOV}


# Rule 1 (targets._object_clause_targets, data object_targets.tsv): the phrase and clause of
# the object noun that carries the event, read per code.

def test_the_table_reads_investigations_and_demands_but_not_concern() -> None:
    assert "into" in object_reading("090").phrase
    assert object_reading("100").clause and not object_reading("100").phrase
    concern = object_reading("012")
    assert not concern.phrase and not concern.clause
    assert object_reading("190") == object_reading("")  # an unlisted code reads neither


def test_an_inquiry_into_whether_a_party_did_something_targets_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Canadian prosecutors opened an inquiry into whether a Danish "
                               "bank helped Peru hide money.", ACTORS))
    assert ("CANJUD", "DNKBUS", "09") in triples(evs)


def test_an_investigation_into_an_allegation_against_a_party_targets_it(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Canadian prosecutors opened an investigation into an "
                               "allegation made against the Chilean navy.", ACTORS))
    assert triples(evs) == {("CANJUD", "CHLMIL", "09")}


def test_a_demand_that_a_party_act_is_made_of_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway reiterated its demand that Bolivia release the "
                               "prisoners.", ACTORS))
    assert ("NOR", "BOL", "10") in triples(evs)


def test_a_warning_that_a_party_will_suffer_threatens_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway issued a warning that Bolivia would face sanctions.",
                               ACTORS))
    assert triples(evs) == {("NOR", "BOL", "13")}


def test_a_warning_about_a_storm_threatens_no_one(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway issued a warning that the storm would reach Bolivia.",
                               ACTORS))
    assert triples(evs) == set()


def test_a_concern_that_a_party_may_act_is_a_topic(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Norway expressed concern that Bolivia would release the "
                               "prisoners.", ACTORS))
    assert not any(e.source is not None and e.source.code == "NOR" for e in evs)


def test_a_demand_a_party_made_names_no_target(make_doc: MakeDoc) -> None:
    # A relative clause on the noun names who made the demand, not of whom it is made.
    evs = code_events(make_doc("Norway repeated the demand that Chile had made.", ACTORS))
    assert ("NOR", "CHL", "10") not in triples(evs)


# Rule 2 (stage._intent_of_no_deed): an intent governor whose complement a sense row reads
# as no event codes nothing.

def test_a_plan_to_leave_a_venue_is_no_intent_to_cooperate(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("John Smith plans to leave the building with the Republican "
                               "Party.", ACTORS))
    assert evs == ()


def test_a_plan_to_meet_a_party_is_still_an_intent(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("John Smith plans to meet the Republican Party.", ACTORS))
    assert triples(evs) == {("USALEG", "USAPTY", "03")}


# Rule 3 (targets._charge_authors): the "by" phrase the parser hangs on an active verb of
# denial names the charge's author.

def test_charges_by_a_party_are_denied_to_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Bolivian government denied charges by Peru that it "
                               "tortured prisoners.", ACTORS))
    assert ("BOLGOV", "PER", "01") in triples(evs)


def test_charges_denied_by_phone_have_no_author(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The Bolivian government denied the charges by phone.",
                               ACTORS))
    assert triples(evs) == set()
