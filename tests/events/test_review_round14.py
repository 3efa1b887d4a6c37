"""Review of round 14 (issue 5): hand-written sentences for two holes in the round's recall
rules. Each case fails on the round's commit; each neighbour shows what the rule keeps."""

from __future__ import annotations

from typing import Any

import pytest

from events.helpers import MakeDoc, triples
from tidings.events import code_events
from tidings.events.senses import verbal_sense
from tidings.records import Actor, Event

DEU = Actor("Germany", "DEU", "DEU")
UKR = Actor("Ukraine", "UKR", "UKR")
USA = Actor("the United States", "USA", "USA")
USA_PTY = Actor("the Republican Party", "USA", "USAPTY", "PTY")
USA_CVL = Actor("U.S. voters", "USA", "USACVL", "CVL")
IRN = Actor("Iran", "IRN", "IRN")
IRN_OPP = Actor("protesters", "IRN", "IRNCVLOPP", "OPP")


def _counted(events: tuple[Event, ...]) -> set[tuple[str | None, str | None, str]]:
    return triples(tuple(e for e in events if not e.negated and not e.hypothetical))


def _counted_codes(events: tuple[Event, ...]) -> set[str]:
    return {e.cameo for e in events if not e.negated and not e.hypothetical}


# verb_events._considers: the 014 wrapper needs a consideration stated in its own clause.

def test_a_refused_consideration_is_no_considered_option(make_doc: MakeDoc) -> None:
    actors = {"Germany": DEU, "Ukraine": UKR}
    for text in ("Germany refused to consider sending tanks to Ukraine.",
                 "Germany has ruled out considering sending tanks to Ukraine.",
                 "Germany wants to consider sending tanks to Ukraine."):
        assert "014" not in _counted_codes(code_events(make_doc(text, actors))), text


def test_a_reported_consideration_is_still_a_considered_option(make_doc: MakeDoc) -> None:
    actors = {"Germany": DEU, "Ukraine": UKR}
    doc = make_doc("Germany said it was considering sending tanks to Ukraine.", actors)
    assert ("DEU", "UKR", "01") in _counted(code_events(doc))
    assert "014" in _counted_codes(code_events(doc))


# stage._no_dyad: a bare country's words about its own public or parties are the nation's.

def test_a_bare_country_rejecting_its_own_party_is_no_dyad(make_doc: MakeDoc) -> None:
    actors = {"America": Actor("America", "USA", "USA"), "the Republican Party": USA_PTY}
    doc = make_doc("America rejected the Republican Party again.", actors)
    assert code_events(doc) == ()


def test_a_bare_country_criticising_its_own_voters_is_no_dyad(make_doc: MakeDoc) -> None:
    actors = {"the United States": USA, "U.S. voters": USA_CVL}
    doc = make_doc("the United States criticized U.S. voters for their apathy.", actors)
    assert code_events(doc) == ()


def test_a_bare_state_arresting_its_own_protesters_is_still_a_dyad(make_doc: MakeDoc) -> None:
    actors = {"Iran": IRN, "protesters": IRN_OPP}
    doc = make_doc("Iran arrested protesters in the capital.", actors)
    assert ("IRN", "IRNCVLOPP", "17") in _counted(code_events(doc))


def test_a_bare_state_threatening_its_own_rebels_is_still_a_dyad(make_doc: MakeDoc) -> None:
    # Words of the state to rebels or opposition are its own (state_publics.tsv lists
    # only the people and parties).
    actors = {"Turkey": Actor("Turkey", "TUR", "TUR"),
              "Kurdish rebels": Actor("Kurdish rebels", "TUR", "TURREB", "REB")}
    doc = make_doc("Turkey threatened Kurdish rebels with new raids.", actors)
    assert any(s == "TUR" and t == "TURREB" and r == "13"
               for s, t, r in _counted(code_events(doc)))


# timing._former_time: "once" marks a former time only as the verb's own adverb.

def test_once_again_is_no_former_time(make_doc: MakeDoc) -> None:
    actors = {"Russia": Actor("Russia", "RUS", "RUS"), "Ukraine": UKR}
    (again,) = code_events(make_doc("Russia once again shelled Ukraine.", actors))
    assert not again.background
    (once,) = code_events(make_doc("Russia once shelled Ukraine.", actors))
    assert once.background


def test_a_considered_statement_is_not_made(make_doc: MakeDoc) -> None:
    # code_maps.tsv maps no root 01 deed to 014: the statement stays weighed (hypothetical),
    # not counted as made; a considered deed of root 02-20 is the 014 consideration.
    actors = {"Germany": DEU, "Ukraine": UKR}
    doc = make_doc("Germany is considering expressing condolences to Ukraine.", actors)
    assert _counted_codes(code_events(doc)) == set()
    doc = make_doc("Germany is considering apologizing to Ukraine.", actors)
    assert _counted_codes(code_events(doc)) == {"014"}


# senses._complement: an adjective after "as" is a judgment, unless it is a fixed adverbial.

@pytest.mark.parametrize(("text", "action"), [
    ("The army attacked the rebels as usual.", None),
    ("Government troops attacked the militants as necessary.", None),
    ("The senator attacked his rival as weak.", "111"),
])
def test_an_as_adverbial_is_no_judgment(nlp: Any, text: str, action: str | None) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "attack")
    rule = verbal_sense(verb, "190")
    assert (None if rule is None else rule.action) == action, text


# senses.tsv S69a: calling out a force is mobilising it; calling out a person stays S69.

@pytest.mark.parametrize(("text", "action"), [
    ("The governor called out the National Guard after the riots.", "drop"),
    ("The president called out the army to restore order.", "drop"),
    ("The governor called out Jones over the budget.", "111"),
])
def test_calling_out_a_force_is_no_criticism(nlp: Any, text: str, action: str) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "call")
    rule = verbal_sense(verb, "041")
    assert rule is not None and rule.action == action, text
