"""Review of round 18 (RV3): cases for guards of the round's rules that no test reached."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.pipeline import Pipeline
from tidings.records import Article, Event


def _events(pipeline: Pipeline, text: str, word: str) -> list[Event]:
    doc = pipeline.process(Article(id="rv18", text=text, published=date(2024, 3, 1)))
    found = [e for e in doc.events if word in e.event_text]
    assert found, text
    return found


# timing._recalled: "used" with an object of its own is a use of the thing for the deed
# ("used the summit to accuse Y"), done now, not a past habit ("used to accuse Y").
@pytest.mark.parametrize(("text", "word", "background"), [
    ("Chile used the summit to accuse Peru of smuggling.", "accuse", False),
    ("Chile used the crisis to threaten Peru with sanctions.", "threaten", False),
    ("Chile used to threaten Peru with sanctions.", "threaten", True),
])
def test_a_use_of_a_thing_for_a_deed_is_no_past_habit(pipeline: Pipeline, text: str,
                                                      word: str, background: bool) -> None:
    assert all(e.background is background for e in _events(pipeline, text, word))


# verb_events.code_verb: an offered "can" takes the intent map only for the bare deed; a
# deed under a governor of its own ("can threaten to send") keeps that governor's code.
@pytest.mark.parametrize(("text", "code"), [
    ("Chile said it can threaten to send troops to Peru.", "138"),
    ("Chile said it can send troops to Peru.", "0334"),
])
def test_an_offered_can_leaves_a_governed_deed_alone(pipeline: Pipeline, text: str,
                                                     code: str) -> None:
    assert [e.cameo for e in _events(pipeline, text, "send")] == [code]


# timing._embedded_wish: a pseudo-cleft of a refusal over a clause told in the past
# refuses a fact; the deed was done (70d5c98 flagged it hypothetical).
@pytest.mark.parametrize(("text", "word", "hypothetical"), [
    ("What Chile refused to accept is that Peru attacked Bolivia.", "attacked", False),
    ("What Chile rejected is that Peru had attacked Bolivia.", "attacked", False),
    ("What Chile demanded is that Peru withdraw its troops from Bolivia.", "withdraw", True),
])
def test_a_refused_past_fact_in_a_pseudo_cleft_was_done(pipeline: Pipeline, text: str,
                                                        word: str, hypothetical: bool) -> None:
    assert all(e.hypothetical is hypothetical for e in _events(pipeline, text, word))


# curated_patterns C682, C684-C690: troops arriving pay no visit, but an officer or officials
# whose title holds a military word ("army general", "military officials") arriving for
# talks or a visit keep PETRARCH's rows (b0ee556 matched any military word in the subject).
@pytest.mark.parametrize(("text", "codes"), [
    ("A Chilean army general arrived in Lima for talks with Peru.", ["046"]),
    ("The Chilean army chief arrived at the Peruvian capital for a visit.", ["042"]),
    ("Chinese troops arrived in Peru on Monday.", []),
    ("Peruvian soldiers arrived at the Chilean border on Monday.", []),
])
def test_troops_arriving_pay_no_visit_but_officers_do(pipeline: Pipeline, text: str,
                                                      codes: list[str]) -> None:
    doc = pipeline.process(Article(id="rv18a", text=text, published=date(2024, 3, 1)))
    assert [e.cameo for e in doc.events if e.event_text == "arrived"] == codes
