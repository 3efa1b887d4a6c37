"""Hand-built sentences for the ninth round of the coder (issue 5): matching and linking
mechanics that misfire on many sentences (particles, passive agents, clashes, places near
which force is used). Each test has the case its rule must fix and the case it must leave
alone."""

from __future__ import annotations

from events.helpers import AFG, FRA, IRN, PAK, USA, MakeDoc, triples
from tidings.events import code_events
from tidings.records import Actor, Event

KEN = Actor("Kenya", "KEN", "KEN")
SAU = Actor("Saudi Arabia", "SAU", "SAU")
SYR = Actor("Syria", "SYR", "SYR")
TALIBAN = Actor("the Taliban", "AFG", "AFGREB", "REB")
AFG_MIL = Actor("Afghan soldiers", "AFG", "AFGMIL", "MIL")
JOURNALISTS = Actor("Iranian journalists", "IRN", "IRNMED", "MED")
REBELS = Actor("rebels", "AFG", "AFGREB", "REB")
ACTORS = {"United States": USA, "Kenya": KEN, "Iran": IRN, "Saudi Arabia": SAU,
          "Pakistan": PAK, "Afghanistan": AFG, "France": FRA, "Syria": SYR, "Damascus": SYR,
          "Taliban": TALIBAN, "Afghan soldiers": AFG_MIL, "Iranian journalists": JOURNALISTS,
          "rebels": REBELS}


def _roots(events: tuple[Event, ...]) -> set[str]:
    return {r for _, _, r in triples(events)}


def test_an_adverb_particle_after_the_object_is_an_adjunct(make_doc: MakeDoc) -> None:
    # "in Kenya" after the object is where the grants went, not "give in" (yield, 080).
    grants = code_events(make_doc("The United States gave grants to farmers in Kenya.", ACTORS))
    assert "08" not in _roots(grants)
    # "over the sanctions" after "a swipe" is no "take over" (seize, 171).
    swipe = code_events(make_doc("Iran took a swipe at Saudi Arabia over the sanctions.",
                                 ACTORS))
    assert "17" not in _roots(swipe)
    # A particle next to the verb is still one.
    gave_in = code_events(make_doc("Pakistan gave in to the demands of Iran.", ACTORS))
    assert ("PAK", "IRN", "10") in triples(gave_in)
    seized = code_events(make_doc("Iran took over the embassy of Saudi Arabia.", ACTORS))
    assert ("IRN", "SAUGOV", "17") in triples(seized)


def test_a_patterns_preposition_may_hang_on_the_object_it_uses(make_doc: MakeDoc) -> None:
    # "took a jab at Iran": the parser hangs "at" on "jab" when a phrase follows it.
    jab = code_events(make_doc("Saudi Arabia took a jab at Iran over its missile programme.",
                               ACTORS))
    assert ("SAU", "IRN", "11") in triples(jab)
    # A preposition on an object the pattern does not use names no phrasal verb.
    town = code_events(make_doc("The rebels took the town of Khost in Afghanistan.", ACTORS))
    assert "11" not in _roots(town)
    dig = code_events(make_doc("Saudi Arabia took a dig at Iran.", ACTORS))
    assert ("SAU", "IRN", "11") in triples(dig)


def test_the_agent_of_a_passive_with_a_retained_object(make_doc: MakeDoc) -> None:
    # "were granted asylum by France": the parser makes "by France" a plain phrase.
    asylum = code_events(make_doc("The Iranian journalists were granted asylum by France.",
                                  ACTORS))
    assert ("FRA", "IRNMED", "07") in triples(asylum)
    # A time phrase with "by" is no agent.
    deadline = code_events(make_doc("The Iranian journalists were granted asylum by the end "
                                    "of the day.", ACTORS))
    assert not triples(deadline)


def test_the_other_party_of_a_deadly_clash_used_the_force(make_doc: MakeDoc) -> None:
    killed = code_events(make_doc("Two Afghan soldiers were killed in a clash with the Taliban.",
                                  ACTORS))
    assert ("AFGREB", "AFGMIL", "19") in triples(killed)
    during = code_events(make_doc("Afghan soldiers were killed during clashes with the "
                                  "Taliban.", ACTORS))
    assert ("AFGREB", "AFGMIL", "19") in triples(during)
    # A clash that is not what killed the subject has no author.
    met = code_events(make_doc("Afghan soldiers returned after a clash with the Taliban.",
                               ACTORS))
    assert ("AFGREB", "AFGMIL", "19") not in triples(met)


def test_force_near_or_outside_a_place_is_used_on_it(make_doc: MakeDoc) -> None:
    near = code_events(make_doc("The United States struck targets near Damascus.", ACTORS))
    assert ("USA", "SYR", "19") in triples(near)
    outside = code_events(make_doc("The rebels attacked a convoy outside Damascus.", ACTORS))
    assert ("AFGREB", "SYR", "19") in triples(outside)
    # A visit near a place is no use of force, and talks near it have no target there.
    talks = code_events(make_doc("The United States held talks near Damascus.", ACTORS))
    assert not any(t == "SYR" for _, t, _ in triples(talks))


def test_a_passive_of_force_without_an_agent_has_no_source(make_doc: MakeDoc) -> None:
    # Nobody is named as the killer: the deed stays uncoded.
    assert not code_events(make_doc("Two Afghan soldiers were killed.", ACTORS))
    # The agent of the attack noun in a nested phrase is found, also behind a time phrase.
    for text in ("Two Afghan soldiers were killed in an attack by the Taliban.",
                 "Two Afghan soldiers were killed on Monday in an attack by the Taliban."):
        assert ("AFGREB", "AFGMIL", "19") in triples(code_events(make_doc(text, ACTORS)))
