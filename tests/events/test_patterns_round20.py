"""Pattern rows, round 20 (issue 5). Every test runs the whole pipeline
(parse, actors, quotes, events) on a hand-written sentence about invented situations."""

from __future__ import annotations

from datetime import date

from tidings.pipeline import Pipeline
from tidings.records import Article, Event


def _all(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    return pipeline.process(Article(id="r20", text=text, published=date(2024, 3, 1))).events


def _done(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(code, source code, target code) of the events stated as done."""
    return {(e.cameo, e.source.code or "", e.target.code or "") for e in _all(pipeline, text)
            if not e.negated and not e.hypothetical and e.source and e.target}


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in _all(pipeline, text) if not e.negated and not e.hypothetical}


# A team of negotiators sent is an intent to negotiate (PETRARCH's SEND * TEAM, 036);
# a bare team is none (round 19, C691).

def test_a_team_of_negotiators_sent_is_an_intent_to_negotiate(pipeline: Pipeline) -> None:
    found = _done(pipeline, "Egypt sent a team of negotiators to Qatar.")
    assert any(code == "036" and source.startswith("EGY") and target.startswith("QAT")
               for code, source, target in found)


def test_a_team_of_mediators_dispatched_is_an_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" in _codes(pipeline, "Ghana dispatched a team of mediators to Bamako.")


def test_a_negotiation_team_sent_is_an_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" in _codes(pipeline, "Norway sent a negotiation team to Bogota.")


def test_a_bare_team_sent_stays_no_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" not in _codes(pipeline, "Egypt sent a team to Qatar.")


def test_a_letter_sent_to_mediators_is_no_intent_to_negotiate(pipeline: Pipeline) -> None:
    assert "036" not in _codes(pipeline, "Chad sent a letter to the mediators in Doha.")


# C692 names the word form "negotiating": the lemma "negotiate" comes only when the parser
# reads it as a verb, and an adjective or noun parse lost the row.
def test_a_negotiating_team_sent_is_036_however_it_is_parsed(pipeline: Pipeline) -> None:
    assert "036" in _codes(pipeline, "Chile sent a negotiating team to Peru.")
    assert "036" in _codes(pipeline, "Kenya dispatched a negotiating team to Juba.")
