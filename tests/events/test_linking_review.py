"""Hand-built sentences for two mends of the round-8 linking rules found by review (issue 5):
an agent phrase the parser hangs on the noun of the "of" phrase, and the "of" phrase of the
pattern's own event noun, which names the other party."""

from __future__ import annotations

from events.helpers import IRN, PAK, RUS, USA, MakeDoc, dyads
from tidings.events import code_events
from tidings.records import Actor

ISR = Actor("Israel", "ISR", "ISR")
ACTORS = {"Iran": IRN, "Pakistan": PAK, "Russia": RUS, "United States": USA, "Israel": ISR}


def test_blame_reaches_an_agent_hung_on_the_victim(make_doc: MakeDoc) -> None:
    # The parser attaches "by Israel" to "embassy"; the bombing is still Israel's.
    found = code_events(make_doc("Iran condemned the bombing of the embassy by Israel.", ACTORS))
    assert ("IRN", "ISR", "11") in dyads(found)
    # The victim named in the "of" phrase is never the one blamed.
    victim = code_events(make_doc("Iran condemned the bombing of Pakistan by Israel.", ACTORS))
    assert ("IRN", "PAK", "11") not in dyads(victim)


def test_the_of_phrase_of_the_patterns_own_noun_is_the_other_party(make_doc: MakeDoc) -> None:
    found = code_events(make_doc("Iran welcomed the visit of Pakistan's prime minister.", ACTORS))
    assert ("IRN", "PAK", "04") in dyads(found)
    # The noun's own owner is still no target: "the U.S. commitment to Pakistan".
    owner = code_events(make_doc("Iran noted the United States commitment to Pakistan.", ACTORS))
    assert ("IRN", "USA", "03") not in dyads(owner)
