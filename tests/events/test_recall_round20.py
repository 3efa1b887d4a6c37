"""Recall rules of round 20 (issue 5): hand-written sentences about invented
situations; each rule has cases it must fix (no such event on cbd2460, the commit
before the round) and neighbours it must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor

CHL = Actor("Chile", "CHL", "CHL")
PER = Actor("Peru", "PER", "PER")
STATES = {"Chile": CHL, "Peru": PER}

# Rule 1 (indirect._helped_subject): in a purpose clause of aid ("sent money to help Peru
# cope"), the one helped is the subject the parser gives the bare infinitive after "help".


def test_a_purpose_to_help_a_party_cope_names_the_recipient(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile sent money to help Peru cope with the floods.", STATES))
    assert ("CHL", "PER", "07") in triples(evs)


def test_funds_given_to_help_a_party_fight_an_epidemic_reach_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile gave funds to help Peru fight the epidemic.", STATES))
    assert ("CHL", "PER", "07") in triples(evs)


def test_a_purpose_other_than_help_names_no_recipient_by_its_subject(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile sent money to watch Peru build the bridge.", STATES))
    assert ("CHL", "PER", "07") not in triples(evs)


def test_helping_a_party_by_name_still_works(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile helped Peru with money.", STATES))
    assert ("CHL", "PER", "07") in triples(evs)


def test_the_subject_of_a_purpose_other_than_help_is_no_recipient(make_doc: MakeDoc) -> None:
    # Only a purpose of help reads the bare infinitive's subject: here the troops' place
    # would make Peru a target of the sending.
    evs = code_events(make_doc("Chile sent observers to watch the troops in Peru withdraw.",
                               STATES))
    assert not [t for t in triples(evs) if (t[1] or "").startswith("PER")], triples(evs)
