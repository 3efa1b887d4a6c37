"""Pattern rows and code maps, round 16 part 2 (issue 5). Every test runs the whole pipeline
(parse, actors, quotes, events) on a hand-written sentence."""

from __future__ import annotations

from datetime import date

from tidings.pipeline import Pipeline
from tidings.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    doc = pipeline.process(Article(id="r16b", text=text, published=date(2024, 3, 1)))
    return tuple(e for e in doc.events if not e.negated and not e.hypothetical)


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in _events(pipeline, text)}


# A force posture offered or agreed to ("offered to send troops to help Y") is an intent to
# provide military protection (CAMEO 0334), not a threat of force (138).

def test_an_offer_to_send_troops_is_no_threat(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Brazil offered to send troops to Haiti to keep the peace.")
    assert "0334" in codes
    assert "138" not in codes


def test_an_agreement_to_deploy_troops_is_no_threat(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Kenya agreed to send troops to Somalia.")
    assert "0334" in codes
    assert "138" not in codes


def test_a_threat_to_send_troops_stays_a_threat(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Turkey threatened to send troops to Syria.")
    assert "138" in codes


def test_a_plan_to_send_troops_stays_as_before(pipeline: Pipeline) -> None:
    # Only offers and agreements are cooperative by their own meaning; a plan keeps 138.
    codes = _codes(pipeline, "Turkey plans to send troops to Syria.")
    assert "0334" not in codes

