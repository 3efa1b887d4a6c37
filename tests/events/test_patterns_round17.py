"""Pattern rows and the "can" of ability, round 17 (issue 5). Every test runs the whole
pipeline (parse, actors, quotes, events) on a hand-written sentence; an event with no target
actor comes out of no default run, so its pattern is read off the real parse."""

from __future__ import annotations

from datetime import date

from events.helpers import done_codes, pipeline_events
from tidings.events.verb_match import pattern_of
from tidings.pipeline import Pipeline
from tidings.records import Article


def _verb_code(pipeline: Pipeline, text: str, lemma: str) -> str | None:
    doc = pipeline.process(Article(id="r17", text=text, published=date(2024, 3, 1)))
    verb = next(t for t in doc.spacy_doc if t.lemma_ == lemma and t.pos_ == "VERB")
    match = pattern_of(verb, None)
    return None if match is None else match.pattern.code


# "can" of ability: a capacity is no deed done nor an intent, unless its doer puts it
# forward ("we can", "X said it can"), which is an offer read as "will" is.

def test_a_third_party_ability_to_strike_is_no_attack(pipeline: Pipeline) -> None:
    text = "Iran can strike Israeli cities within minutes, the general said."
    assert not done_codes(pipeline, text) & {"190", "195"}
    assert any(e.cameo == "190" and e.hypothetical for e in pipeline_events(pipeline, text))


def test_a_third_party_ability_to_give_aid_is_no_aid(pipeline: Pipeline) -> None:
    assert "070" not in done_codes(pipeline, "Norway can provide aid to Chad.")


def test_a_doer_saying_it_can_give_aid_offers_it(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "Norway said it can provide aid to Chad.")
    assert "033" in codes
    assert "070" not in codes


def test_a_reported_third_party_ability_stays_hypothetical(pipeline: Pipeline) -> None:
    text = "Poland says that Russia can send more troops to Belarus."
    assert "152" not in done_codes(pipeline, text)


def test_cannot_stays_a_negated_deed(pipeline: Pipeline) -> None:
    events = pipeline_events(pipeline, "Iran cannot attack Israel.")
    assert any(e.cameo == "190" and e.negated and not e.hypothetical for e in events)


def test_a_plain_deed_is_still_done(pipeline: Pipeline) -> None:
    assert "070" in done_codes(pipeline, "Norway provided aid to Chad.")


# Pressuring a party is a demand (10), as PETRARCH's PRESS; its IMPEL default (170, coerce)
# is repression.

def test_pressuring_a_party_is_a_demand(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "China pressured Taiwan to accept its terms.")
    assert "100" in codes
    assert "170" not in codes


# Ending a (labour) strike eases dissent (082, as HALT * STRIKE); refusing to is 1242;
# ending air or missile strikes de-escalates a military engagement (087).

def test_ending_a_strike_eases_dissent(pipeline: Pipeline) -> None:
    text = "The nurses' union ended its strike against the hospital board."
    assert _verb_code(pipeline, text, "end") == "082"


def test_not_ending_a_strike_is_a_refusal(pipeline: Pipeline) -> None:
    text = ("The bus drivers' union vowed not to end its strike before the city signs a new "
            "contract.")
    assert _verb_code(pipeline, text, "end") == "082"  # the refusal map makes it 1242


def test_ending_air_strikes_is_military_de_escalation(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "Russia stopped its air strikes on Syrian rebels.")
    assert "087" in codes
    assert "082" not in codes


def test_suspending_missile_strikes_is_military_de_escalation(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "Israel suspended its missile strikes on Lebanon.")
    assert "087" in codes


# Extending a curfew imposes it for longer (1723), as MAINTAIN * curfew.

def test_extending_a_curfew_imposes_it(pipeline: Pipeline) -> None:
    codes = done_codes(pipeline, "The Chilean government extended the curfew in Santiago.")
    assert "1723" in codes


def test_extending_an_invitation_is_unchanged(pipeline: Pipeline) -> None:
    assert "1723" not in done_codes(pipeline, "Chile extended an invitation to Peru.")


# Sharing intelligence is 064 (as SHARE * &EVIDENCE, RELEASE * &INFORMATION); agreeing to
# share it is an intent to cooperate on intelligence (0314).

def test_sharing_intelligence_is_064(pipeline: Pipeline) -> None:
    assert "064" in done_codes(pipeline, "France shared intelligence with Mali.")


def test_agreeing_to_share_intelligence_is_intent(pipeline: Pipeline) -> None:
    assert "0314" in done_codes(pipeline, "Kenya agreed to share intelligence with Uganda.")


def test_a_speaker_saying_we_can_offers(pipeline: Pipeline) -> None:
    text = '"We can send aid to Ukraine," French Foreign Minister Jean Morel said.'
    codes = done_codes(pipeline, text)
    assert "033" in codes
    assert "070" not in codes


def test_stopping_work_in_a_strike_is_going_on_strike(pipeline: Pipeline) -> None:
    # "strike" is in the phrase, but the workers start it (143), not end it (C665, 082).
    text = "The dockers stopped work for a day in a strike over pay."
    assert _verb_code(pipeline, text, "stop") == "143"
