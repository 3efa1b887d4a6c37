"""Coder and linking causes left by round 10 (issue 5, "Round 11 — coder" in
docs/events.md): the author of a denied charge, "at the hands of" in passives, and the
people a state of emergency or a curfew is declared over. Every sentence is hand-written
(none is a benchmark sentence); each rule has a case it must fix and a neighbouring case
it must leave alone."""

from __future__ import annotations

from events.helpers import IRN, ISR, PAK, MakeDoc
from tidings.events import code_events
from tidings.records import Actor, Event

PAKGOV = Actor("Pakistani government", "PAK", "PAKGOV", "GOV")
PAKMIL = Actor("Pakistani soldiers", "PAK", "PAKMIL", "MIL")
IRNMIL = Actor("Iranian forces", "IRN", "IRNMIL", "MIL")
PSECVL = Actor("Palestinians", "PSE", "PSECVL", "CVL")
BALOCHISTAN = Actor("Balochistan", "PAK", "PAK")
ACTORS: dict[str, Actor] = {
    "Iran": IRN, "Israel": ISR, "Pakistan": PAK, "Pakistani government": PAKGOV,
    "Pakistani soldiers": PAKMIL, "Iranian forces": IRNMIL, "Palestinians": PSECVL,
    "Balochistan": BALOCHISTAN}


def _counted(make_doc: MakeDoc, text: str) -> list[Event]:
    return [e for e in code_events(make_doc(text, ACTORS)) if not e.negated
            and not e.hypothetical]


def _triples(make_doc: MakeDoc, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code, e.target.code, e.cameo) for e in _counted(make_doc, text)}


def test_a_denied_charge_is_aimed_at_its_author(make_doc: MakeDoc) -> None:
    for text in ("Iran rejected accusations by Israel that it had attacked the ship.",
                 "Iran denied charges from Israel that it had armed the rebels.",
                 "Iran denied the accusations made by Israel.",
                 "Iran rejected Israel's accusations."):
        assert ("IRN", "ISR", "016") in _triples(make_doc, text), text


def test_what_a_charge_is_about_is_no_author(make_doc: MakeDoc) -> None:
    # The denial answers nobody named: Israel is what the accusations are about.
    assert not any(e.target == ISR for e in _counted(
        make_doc, "Iran denied the accusations against Israel."))
    assert not _counted(make_doc, "Iran denied the accusations.")


def test_at_the_hands_of_names_the_agent_of_a_passive(make_doc: MakeDoc) -> None:
    text = "Two Pakistani soldiers were killed at the hands of Iranian forces."
    assert ("IRNMIL", "PAKMIL", "190") in {(s, t, c[:2] + "0") for s, t, c
                                           in _triples(make_doc, text)}


def test_a_place_after_at_is_no_agent(make_doc: MakeDoc) -> None:
    text = "Two Pakistani soldiers were killed at the border near Iran."
    assert not any(e.source in (IRN, IRNMIL) for e in _counted(make_doc, text))
    # The "by" agent of a passive is unchanged.
    text = "Two Pakistani soldiers were killed by Iranian forces."
    assert any(e.source == IRNMIL and e.target == PAKMIL for e in _counted(make_doc, text))


def test_a_state_of_emergency_is_declared_over_the_people_of_a_place(
        make_doc: MakeDoc) -> None:
    events = _counted(make_doc, "The Pakistani government declared a state of "
                                "emergency in Balochistan.")
    assert [(e.source.code, e.target.code, e.target.name, e.cameo) for e in events] == [
        ("PAKGOV", "PAKCVL", "Balochistan", "1724")]
    events = _counted(make_doc, "The Pakistani government declared a state of emergency.")
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [
        ("PAKGOV", "PAKCVL", "1724")]


def test_people_named_after_on_stay_themselves_and_a_date_is_no_place(
        make_doc: MakeDoc) -> None:
    # The curfew's own "on" phrase names the people (not Israel's population).
    assert ("ISR", "PSECVL", "1723") in _triples(
        make_doc, "Israel imposed a curfew on Palestinians in Hebron.")
    events = _counted(make_doc, "The Pakistani government declared a state of emergency "
                                "on Sunday.")
    assert [(e.target.code, e.target.name) for e in events] == [("PAKCVL", "PAK")]


def test_a_group_stands_for_the_actors_it_names_as_examples(make_doc: MakeDoc) -> None:
    text = "Iran urged key allies such as Pakistan and Israel to act."
    assert {("IRN", "PAK", "020"), ("IRN", "ISR", "020")} <= _triples(make_doc, text)
    text = "Iran condemned countries including Israel."
    assert ("IRN", "ISR", "111") in {(s, t, c[:2] + "1") for s, t, c
                                     in _triples(make_doc, text)}


def test_things_listed_as_examples_name_no_actor(make_doc: MakeDoc) -> None:
    # The fresco is a thing: its modifier names a place, not the one it is returned to.
    text = ("Iran returned cultural artifacts, including an old Pakistan wall fresco, "
            "to the government of Israel.")
    targets = {e.target.country for e in _counted(make_doc, text)}
    assert "ISR" in targets and "PAK" not in targets


def test_the_owner_of_a_thing_after_on_or_over_is_no_population(make_doc: MakeDoc) -> None:
    for text in ("The Pakistani government imposed a curfew on the orders of Iran.",
                 "The Pakistani government declared a state of emergency over the "
                 "objections of Iran."):
        events = _counted(make_doc, text)
        assert [e.target.code for e in events] == ["PAKCVL"], text
