"""Recall rules of round 19 (issue 5): hand-written sentences about invented situations;
each rule has cases it must fix (no such event on 7ab55b8, the commit before the round) and
neighbours it must leave alone."""

from __future__ import annotations

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor

# Rule 1 (indirect._deep_recipients): a transfer (06-08) reaches whom a "to" phrase names,
# also where the parser hangs it deep in the object's own phrases.

CHL = Actor("Chile", "CHL", "CHL")
PER = Actor("Peru", "PER", "PER")
STATES = {"Chile": CHL, "Peru": PER}


def test_a_to_phrase_on_an_example_of_the_things_sent_names_the_recipient(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile sent medical supplies and equipment such as water "
                               "pumps to Peru.", STATES))
    assert ("CHL", "PER", "07") in triples(evs)


def test_a_to_phrase_down_a_released_sum_names_the_recipient(
        make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile cleared the release of 40 million dollars in farm aid "
                               "to Peru.", STATES))
    assert ("CHL", "PER", "08") in triples(evs)


def test_a_to_phrase_inside_a_relative_clause_is_no_recipient(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile sent food to families who later moved to Peru.", STATES))
    assert not any(t == "PER" for _, t, _ in triples(evs))


# Rule 2 (participants.verb_participants): a passive whose subject is a thing names the
# other party in the verb's own phrases, as the active does.

def test_a_passive_return_of_things_reads_the_to_party(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("The old manuscripts were returned to Peru by Chile last "
                               "week.", STATES))
    assert ("CHL", "PER", "08") in triples(evs)


def test_a_passive_provision_of_things_reads_the_to_party(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Medical supplies were provided to Peru by Chile on "
                               "Tuesday.", STATES))
    assert ("CHL", "PER", "06") in triples(evs)


def test_a_passive_with_a_party_as_subject_keeps_it_as_target(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Peru was attacked near the border by Chile.", STATES))
    assert ("CHL", "PER", "19") in triples(evs)


# Rule 3 (targets._object_phrase_targets, _truce): a truce the pattern used (noun rule 0871:
# ceasefire, truce, armistice) is agreed with the side fighting in the place it covers.

GENEVA = Actor("Geneva", "CHE", "CHEGOV", "GOV")


def test_a_ceasefire_agreed_in_a_place_targets_its_country(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile agreed on Friday to a ceasefire in southern Peru.", STATES))
    assert ("CHL", "PER", "03") in triples(evs)


def test_a_truce_declared_in_a_place_targets_its_country(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile declared a truce in Peru on Sunday.", STATES))
    assert ("CHL", "PER", "08") in triples(evs)


def test_talks_agreed_in_a_venue_do_not_target_it(make_doc: MakeDoc) -> None:
    evs = code_events(make_doc("Chile agreed to hold new talks in Geneva.",
                               {**STATES, "Geneva": GENEVA}))
    assert not any(t and t.startswith("CHE") for _, t, _ in triples(evs))
