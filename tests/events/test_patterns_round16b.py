"""Pattern rows and code maps, round 16 part 2 (issue 5). Every test runs the whole pipeline
(parse, actors, quotes, events) on a hand-written sentence."""

from __future__ import annotations

from datetime import date

from tidings.events.verb_match import pattern_of
from tidings.pipeline import Pipeline
from tidings.records import Article, Event


def _events(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    doc = pipeline.process(Article(id="r16b", text=text, published=date(2024, 3, 1)))
    return tuple(e for e in doc.events if not e.negated and not e.hypothetical)


def _codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in _events(pipeline, text)}


# A force posture offered or agreed to ("offered its soldiers to guard Y") is an intent to
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


# Strengthening or bolstering armed forces is CAMEO 154 (increase armed forces), as
# PETRARCH's BOOST / REINFORCE * &MILITARY; bare "reinforce" is no coercion (PETRARCH: 170).

def test_strengthening_forces_increases_armed_forces(pipeline: Pipeline) -> None:
    text = "Ukraine has strengthened its forces near the border with Russia."
    assert "154" in _codes(pipeline, text)


def test_bolstering_forces_increases_armed_forces(pipeline: Pipeline) -> None:
    assert "154" in _codes(pipeline, "Pakistan bolstered its forces along the border with India.")


def test_bare_reinforce_is_no_coercion(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Germany reinforced its aid to the refugees in Jordan.")
    assert "170" not in codes


def test_reinforcing_troops_keeps_petrarch_row(pipeline: Pipeline) -> None:
    assert "154" in _codes(pipeline, "Pakistan reinforced its troops along the border with India.")


def test_strengthening_ties_stays_cooperation(pipeline: Pipeline) -> None:
    codes = _codes(pipeline, "Ukraine has strengthened its ties with Poland.")
    assert "154" not in codes


# Laying down arms (PETRARCH's LAY DOWN &WEAPON lists "weapon" but not "arms") and handing
# over arms or weapons (as SURRENDER * &WEAPON, 0873). Laying down arms has no target (no
# event comes out, as for "laid down their weapons"), so the pattern is read off the parse.

def test_laying_down_arms_is_a_de_escalation(pipeline: Pipeline) -> None:
    doc = pipeline.process(Article(id="r16b", text="The rebels laid down their arms in the "
                                   "capital.", published=date(2024, 3, 1)))
    verb = next(t for t in doc.spacy_doc if t.lemma_ == "lay")
    match = pattern_of(verb, None)
    assert match is not None and match.pattern.code == "0871"


def test_handing_over_weapons_is_demobilising(pipeline: Pipeline) -> None:
    assert "0873" in _codes(pipeline, "The rebels handed over their weapons to the army.")


def test_announced_hand_over_of_arms_is_intent(pipeline: Pipeline) -> None:
    text = "The militia said it will hand over its arms to army officers in the spring."
    assert "0356" in _codes(pipeline, text)
