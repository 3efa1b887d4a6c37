"""Pattern rows, round 20 (issue 5). Every test runs the whole pipeline
(parse, actors, quotes, events) on a hand-written sentence about invented situations."""

from __future__ import annotations

from events.helpers import done_codes, done_events
from tidings.pipeline import Pipeline

# A team of negotiators sent is an intent to negotiate (PETRARCH's SEND * TEAM, 036);
# a bare team is none (round 19, C691).

def test_a_team_of_negotiators_sent_is_an_intent_to_negotiate(pipeline: Pipeline) -> None:
    found = done_events(pipeline, "Egypt sent a team of negotiators to Qatar.")
    assert any(code == "036" and source.startswith("EGY") and target.startswith("QAT")
               for code, source, target in found)


def test_a_team_of_mediators_dispatched_is_an_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" in done_codes(pipeline, "Ghana dispatched a team of mediators to Bamako.")


def test_a_negotiation_team_sent_is_an_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" in done_codes(pipeline, "Norway sent a negotiation team to Bogota.")


def test_a_bare_team_sent_stays_no_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" not in done_codes(pipeline, "Egypt sent a team to Qatar.")


def test_a_letter_sent_to_mediators_is_no_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" not in done_codes(pipeline, "Chad sent a letter to the mediators in Doha.")


# C692 names the word form "negotiating": the lemma "negotiate" comes only when the parser
# reads it as a verb, and an adjective or noun parse lost the row.
def test_a_negotiating_team_sent_is_036_however_it_is_parsed(pipeline: Pipeline) -> None:
    assert "036" in done_codes(pipeline, "Chile sent a negotiating team to Peru.")
    assert "036" in done_codes(pipeline, "Kenya dispatched a negotiating team to Juba.")
