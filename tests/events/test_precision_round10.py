"""Hand-built sentences for the round-10 precision review (issue 5): shapes where a rule
of :mod:`tidings.events.indirect` added a wrong target. Each test has the case its guard
must fix and a case of the same rule it must leave alone."""

from __future__ import annotations

from events.helpers import IRN, RUS, UN, USA, MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor

CHN_OFF = Actor("Chinese officials", "CHN", "CHNGOV", "GOV")
DEU = Actor("Germany", "DEU", "DEU")
FRA = Actor("France", "FRA", "FRA")
GEO = Actor("Georgia", "GEO", "GEO")
IND = Actor("India", "IND", "IND")
JPN = Actor("Japan", "JPN", "JPN")
KEN = Actor("Kenya", "KEN", "KEN")
KEN_MIL = Actor("the Kenyan army", "KEN", "KENMIL", "MIL")
UKR = Actor("Ukraine", "UKR", "UKR")
ACTORS = {"Iran": IRN, "Russia": RUS, "United Nations": UN, "United States": USA,
          "Chinese officials": CHN_OFF, "Germany": DEU, "France": FRA, "Georgia": GEO,
          "India": IND, "Japan": JPN, "Kenyan army": KEN_MIL, "Kenya": KEN, "Ukraine": UKR}


def _targets(make_doc: MakeDoc, text: str) -> set[str | None]:
    return {e.target.code for e in code_events(make_doc(text, ACTORS))}


def test_a_thing_taken_as_a_topic_is_not_aimed_at_whom_it_is_aimed_at(make_doc: MakeDoc
                                                                      ) -> None:
    # Consultation (04), investigation (09), demands (10) take the thing as their topic:
    # nobody talks to, meets or investigates the one the thing was aimed at.
    assert "RUS" not in _targets(make_doc, "Iran discussed the sanctions imposed on Russia "
                                           "with Chinese officials.")
    assert "UKR" not in _targets(make_doc, "France attended the conference dedicated to "
                                           "Ukraine.")
    assert "IND" not in _targets(make_doc, "Germany investigated the attack carried out on "
                                           "India.")
    # Left alone: a deed done to the thing (lift, withhold, refuse to lift) is aimed at them.
    assert ("JPN", "IND", "08") in triples(code_events(make_doc(
        "Japan lifted the sanctions imposed on India.", ACTORS)))
    assert ("DEU", "KEN", "16") in triples(code_events(make_doc(
        "Germany withheld the aid promised to Kenya.", ACTORS)))
    assert ("RUS", "GEO", "12") in triples(code_events(make_doc(
        "Russia refused to lift the sanctions imposed on Georgia.", ACTORS)))


def test_a_purpose_of_stance_is_not_aimed_at_whom_the_governor_addressed(make_doc: MakeDoc
                                                                         ) -> None:
    # Praise or blame (05, 11) in a purpose clause is about its object's author, not about
    # whom the governor wrote or spoke to.
    assert "IGOUNO" not in _targets(make_doc, "Iran wrote to the United Nations to "
                                              "criticise the sanctions.")
    praised = code_events(make_doc("Iran sent a letter to the United Nations to praise the "
                                   "agreement.", ACTORS))
    assert not any(e.root == "05" and e.target.code == "IGOUNO" for e in praised)
    # Left alone: help through a purpose clause goes to whom the deed went.
    helped = code_events(make_doc("The United States gave trucks to the Kenyan army to "
                                  "help.", ACTORS))
    assert any(e.target.code == "KENMIL" for e in helped)


def test_an_intended_deed_with_no_intent_code_is_not_counted_as_done(make_doc: MakeDoc
                                                                     ) -> None:
    # "committed to raising the issue with X": disapproval (11) has no intent row in
    # CAMEO 03, so the deed stays itself, and it is only intended.
    raised = code_events(make_doc("The United States committed to raising the issue "
                                  "with Iran at the highest levels.", ACTORS))
    assert not any(e.target.code == "IRN" and e.root == "11" for e in raised
                   if not e.hypothetical)
    # Left alone: an intent with an intent row is re-coded (03) and counted.
    helped = code_events(make_doc("The United States committed to helping Ukraine.",
                                  ACTORS))
    assert ("USA", "UKR", "03") in triples(helped)


def test_co_subjects_of_a_deed_of_conflict_aimed_at_an_actor_are_no_dyad(
        make_doc: MakeDoc) -> None:
    # "X and its ally Y attacked the rebels": once the relational apposition names Y, the
    # co-subjects attack the rebels together, not each other.
    attacked = code_events(make_doc("Russia and its ally Iran attacked the rebels.", ACTORS))
    assert not any({e.source.code, e.target.code} == {"RUS", "IRN"} for e in attacked)
    # Left alone: a reciprocal deed without an object, and a joint cooperative event.
    clashed = code_events(make_doc("India and Japan clashed.", ACTORS))
    assert ("IND", "JPN", "19") in triples(clashed)
    agreed = code_events(make_doc("Germany and France agreed to hold exercises.", ACTORS))
    assert any({e.source.code, e.target.code} == {"DEU", "FRA"} for e in agreed)
