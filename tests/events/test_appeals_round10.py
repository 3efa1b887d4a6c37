"""Appeals whose source or addressee the coder missed (issue 5, round 10 — appeals): the
issuer of a statement, the doer of a "called for X to ..." infinitive, "sought help from
X", and co-subjects of a vow. Every sentence is hand-written (none is a benchmark
sentence); each test also shows a neighbouring case the rule must leave alone."""

from __future__ import annotations

from events.helpers import AFG, IRN, PAK, MakeDoc
from events.test_pattern_round6 import _code
from tidings.events import code_events
from tidings.records import Actor

ACTORS: dict[str, Actor] = {"Iran": IRN, "Pakistan": PAK, "Afghanistan": AFG}


def _roots(coded: set[tuple[str | None, str | None, str]]) -> set[tuple[str | None, str | None,
                                                                       str]]:
    return {(s, t, code[:2]) for s, t, code in coded}


def test_the_issuer_of_a_statement_is_the_source_of_its_appeal(make_doc: MakeDoc) -> None:
    text = "Iran issued a statement calling on Pakistan to free the detained pilgrims."
    assert ("IRN", "PAK", "02") in _roots(_code(make_doc, text, ACTORS))
    text = "Iran released a statement urging Afghanistan to protect the border guards."
    assert ("IRN", "AFG", "02") in _roots(_code(make_doc, text, ACTORS))
    text = "Iran published a report that calls on Afghanistan to disarm the border militias."
    assert ("IRN", "AFG", "02") in _roots(_code(make_doc, text, ACTORS))
    text = "Iran said in a statement urging Pakistan to reopen the crossing that talks would go on."
    assert ("IRN", "PAK", "02") in _roots(_code(make_doc, text, ACTORS))


def test_a_statement_without_an_issuer_appeals_for_nobody(make_doc: MakeDoc) -> None:
    # Nobody issued it in the sentence; and a decree is no statement noun.
    text = "A statement calling on Pakistan to free the pilgrims was circulated on Monday."
    assert not any(t == "PAK" and c == "02" for _, t, c in _roots(_code(make_doc, text, ACTORS)))
    text = "Iran issued a decree calling on Pakistan to free the pilgrims."
    assert ("IRN", "PAK", "02") not in _roots(_code(make_doc, text, ACTORS))


def test_called_for_x_to_is_an_appeal_to_x(make_doc: MakeDoc) -> None:
    coded = _code(make_doc, "Iran called for Pakistan to reopen the Taftan crossing.", ACTORS)
    assert ("IRN", "PAK", "02") in _roots(coded)
    assert not any(code == "041" for _, _, code in coded)  # no telephone call


def test_the_doer_asked_for_does_the_infinitive(make_doc: MakeDoc) -> None:
    # "for X" parsed as a phrase before a subjectless infinitive: X would attack, not Iran
    # (the deed stays hypothetical: it is asked for).
    events = code_events(make_doc("Iran pushed for Pakistan to punish Afghanistan.", ACTORS))
    deeds = [e for e in events if e.target is not None and e.target.country == "AFG"]
    assert deeds and {e.source.country for e in deeds} == {"PAK"}
    assert all(e.hypothetical for e in deeds)
    # Without a "for" phrase the infinitive keeps the governor's subject.
    events = code_events(make_doc("Iran pushed hard to attack Afghanistan.", ACTORS))
    assert {(e.source.country, e.target.country) for e in events if e.root == "19"} \
        == {("IRN", "AFG")}


def test_a_phone_call_and_a_call_for_a_thing_keep_their_readings(make_doc: MakeDoc) -> None:
    assert ("IRN", "PAK", "041") in _code(make_doc, "Iran called Pakistan on Monday.", ACTORS)
    coded = _code(make_doc, "Iran called for the reopening of the Taftan crossing.", ACTORS)
    assert not any(t == "PAK" for _, t, _ in coded)


def test_help_sought_from_x_is_asked_of_x(make_doc: MakeDoc) -> None:
    assert ("AFG", "IRN", "02") in _roots(_code(make_doc, "Afghanistan sought help from Iran.",
                                                ACTORS))


def test_from_names_no_target_of_a_bare_demand_verb(make_doc: MakeDoc) -> None:
    # PETRARCH's bare PUSH (100) on a physical push: the place left is no one demanded of.
    coded = _code(make_doc, "Iran pushed the smugglers from Afghanistan.", ACTORS)
    assert ("IRN", "AFG", "10") not in _roots(coded)


def test_co_subjects_of_a_vow_are_no_dyad(make_doc: MakeDoc) -> None:
    coded = _code(make_doc, "Iran and Pakistan vowed to crush the smugglers.", ACTORS)
    assert not {(s, t) for s, t, _ in coded} & {("IRN", "PAK"), ("PAK", "IRN")}


def test_a_vow_against_a_third_party_and_a_joint_agreement_keep_their_dyads(
        make_doc: MakeDoc) -> None:
    coded = _roots(_code(make_doc, "Iran and Pakistan vowed to punish Afghanistan.", ACTORS))
    assert {("IRN", "AFG", "13"), ("PAK", "AFG", "13")} <= coded
    assert not {(s, t) for s, t, _ in coded} & {("IRN", "PAK"), ("PAK", "IRN")}
    coded = _code(make_doc, "Iran and Pakistan agreed to cooperate.", ACTORS)
    assert {(s, t) for s, t, _ in coded} & {("IRN", "PAK"), ("PAK", "IRN")}
