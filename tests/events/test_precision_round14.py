"""Event precision on unseen news, round 14 (issue 5, "Round 14 — precision" in
docs/events.md): senses of bare verb defaults (``senses.tsv`` rows S25b, S31b, S49 with
pronouns, S62b, S63-S68), topic complements and possessors of topic nouns as targets.
Every sentence is hand-written (none is from a benchmark or an audited article); each rule
has a case it must fix and a literal neighbour it must leave alone."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tidings.events.senses import sense_rules, verbal_sense
from tidings.pipeline import Pipeline
from tidings.records import Article


def _sense(nlp: Any, text: str, lemma: str, code: str) -> str | None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    rule = verbal_sense(verb, code)
    return None if rule is None else rule.action


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) of the counted events the whole pipeline
    reads in ``text``."""
    doc = pipeline.process(Article(id="round14", text=text, published=date(2024, 2, 14)))
    return {((e.source.code or "") if e.source else "", (e.target.code or "") if e.target
             else "", e.cameo) for e in doc.events if not e.negated and not e.hypothetical}


def test_round14_rows_load() -> None:
    assert {"S25b", "S31b", "S62b", "S63", "S64", "S65", "S66", "S67", "S68",
            "S68b"} <= {r.id for r in sense_rules()}


@pytest.mark.parametrize(("text", "code"), [
    ("The council released its list of approved candidates on Monday.", "084"),
    ("Germany said it would release a new energy policy next week.", "0353"),
])
def test_releasing_a_document_is_no_release(nlp: Any, text: str, code: str) -> None:
    # S63: publishing; releasing people stays 08.
    assert _sense(nlp, text, "release", code) == "drop"


def test_releasing_prisoners_stays(nlp: Any) -> None:
    assert _sense(nlp, "The rebels released twelve prisoners on Monday.", "release",
                  "084") is None


def test_speaking_against_and_with_a_person(nlp: Any) -> None:
    # S64 / S65; speaking to an audience stays a statement.
    assert _sense(nlp, "The governor of Ohio spoke out against Jones on Friday.", "speak",
                  "010") == "111"
    assert _sense(nlp, "Senator Smith said he spoke with John Jones about the budget.",
                  "speak", "010") == "040"
    assert _sense(nlp, "The governor spoke to reporters in Columbus.", "speak",
                  "010") is None


def test_encouraging_a_party_to_act_is_an_appeal(nlp: Any) -> None:
    # S66; being encouraged by news stays where the pattern put it.
    assert _sense(nlp, "The mayor encouraged the council to publish the records soon.",
                  "encourage", "051") == "020"
    assert _sense(nlp, "The mayor encouraged the volunteers.", "encourage", "051") is None


def test_suggesting_what_will_happen_is_a_claim(nlp: Any) -> None:
    # S25b; suggesting that a party should act stays an appeal.
    assert _sense(nlp, "Jones suggested that the board would vote against him.", "suggest",
                  "020") == "010"
    assert _sense(nlp, "Jones suggested that the board should vote again.", "suggest",
                  "020") is None


def test_helped_by_an_impersonal_cause(nlp: Any) -> None:
    # S67; help given by a party stays aid.
    assert _sense(nlp, "Shares rose on Monday, helped by strong results from the bank.",
                  "help", "070") == "drop"
    assert _sense(nlp, "The farmers were helped by the Red Cross after the flood.", "help",
                  "070") is None


def test_a_participle_on_a_gathering_or_a_nongift(nlp: Any) -> None:
    # S62b / S31b / S68b: the noun a participle or a relative clause describes.
    assert _sense(nlp, "Jones spoke at a forum sponsored by a local newspaper.", "sponsor",
                  "061") == "drop"
    assert _sense(nlp, "According to an interview she gave to a radio station, Smith is ready.",
                  "give", "070") == "drop"
    assert _sense(nlp, "The attention commanded by the mayor worried his rivals.", "command",
                  "060") == "drop"
    # Neighbours: a fund sponsored by a state, aid given to a party, troops commanded.
    assert _sense(nlp, "The rebels sponsored by Iran attacked the base.", "sponsor",
                  "061") is None
    assert _sense(nlp, "The loans that Germany gave to Greece were repaid.", "give",
                  "070") is None
    assert _sense(nlp, "The troops commanded by the general crossed the river.", "command",
                  "060") is None


def test_a_pronoun_beating_a_named_person(nlp: Any) -> None:
    # S49 with he/she as the doer; a soldier beating a prisoner with a weapon stays force.
    assert _sense(nlp, "She has dominated Jones in the West this spring.", "dominate",
                  "190") == "drop"
    assert _sense(nlp, "He beat John Smith with a baton.", "beat", "180") is None


def test_a_gerund_complement_is_no_target(pipeline: Pipeline) -> None:
    # What is opposed is the sending, not the people sent; a party opposed directly stays.
    found = _events(pipeline, "The mayor opposes sending Americans to a war in Asia.")
    assert not {e for e in found if e[1] == "USACVL" and e[2].startswith("11")}, found
    assert any(t == "IRN" and c.startswith("11") for _, t, c in
               _events(pipeline, "The senator opposes Iran."))


def test_an_infinitive_after_a_topic_is_no_target(pipeline: Pipeline) -> None:
    # "defended his actions to tighten checks": the checks are no party; "urged Iran to
    # release the sailors" keeps its addressee.
    found = _events(pipeline, "The mayor is defending his new actions to tighten criminal "
                              "record checks.")
    assert not {e for e in found if e[2].startswith("05")}, found
    assert any(t == "IRN" and c.startswith("02") for _, t, c in
               _events(pipeline, "Germany urged Iran to release the sailors."))


def test_a_possessor_outranks_names_inside_a_topic(pipeline: Pipeline) -> None:
    # "Obama's Iran policy": criticism of its owner, not of the state named inside it.
    found = _events(pipeline, "Germany criticized Obama's Iran policy.")
    assert any(t.startswith("USA") for _, t, _ in found), found
    assert not {e for e in found if e[1] == "IRN"}, found
    assert "IRN" in {t for _, t, c in _events(pipeline, "Germany criticized Iran's new plan.")
                     if c.startswith("11")}
    assert "IRN" in {t for _, t, c in _events(pipeline, "Germany criticized the Iran plan.")
                     if c.startswith("11")}


def test_second_batch_rows_load() -> None:
    assert {"S69", "S70", "S70b", "S71", "S36b", "S42b", "S73", "S73b", "S77",
            "S78"} <= {r.id for r in sense_rules()}


@pytest.mark.parametrize(("text", "lemma", "code", "action"), [
    # S69: calling out a rival is criticism; a call on a day stays a telephone call.
    ("The governor called out Jones over the budget.", "call", "041", "111"),
    ("The governor called Jones on Friday.", "call", "041", None),
    # S70 / S70b: a shift of position; pressing a party to act stays a demand.
    ("The movement pushed Smith to the left on trade.", "push", "100", "drop"),
    ("His platform has pushed Jones toward the center.", "push", "100", "drop"),
    ("Germany pushed Russia to withdraw its troops.", "push", "100", None),
    # S71: a prediction insisted on; insisting that a party act stays a demand.
    ("The aides insist that Smith will win the state easily.", "insist", "100", "010"),
    ("The union insisted that the company rehire the workers.", "insist", "100", None),
    # S36b: a poll is no party.
    ("A new survey suggests Jones could win in Ohio.", "suggest", "020", "drop"),
    ("The senator suggests Jones could win in Ohio.", "suggest", "020", None),
    # S42b: a difficulty; struggling with the police stays.
    ("The mayor has struggled to win over young voters.", "struggle", "190", "drop"),
    ("The protesters struggled with the police.", "struggle", "190", None),
    # S73 / S73b: exploiting words; seizing weapons stays.
    ("Her aides were quick to seize on his remarks.", "seize", "171", "drop"),
    ("The mayor picked up on the complaints of the tenants.", "pick", "173", "drop"),
    ("The police seized weapons on Monday.", "seize", "171", None),
    # S77: a platform; campaigning against a rival is another row's business.
    ("Both candidates campaigned on promises to cut taxes.", "campaign", "100", "drop"),
    # S78: an objection is disapproval.
    ("Four senators objected to the party's stance on trade.", "object", "120", "110"),
    # S05 with "pummel": a judgment; a pummeling with weapons stays force.
    ("Smith pummeled Jones as weak on Monday.", "pummel", "190", "111"),
    ("The militia pummeled the town with mortar shells.", "pummel", "190", None),
    # VENUE: going to college is no visit; going to Iran stays.
    ("He went to college in Ohio.", "go", "040", "drop"),
    ("He went to Iran on Monday.", "go", "040", None),
])
def test_second_batch(nlp: Any, text: str, lemma: str, code: str, action: str | None) -> None:
    assert _sense(nlp, text, lemma, code) == action, text


@pytest.mark.parametrize(("text", "lemma", "code", "action"), [
    # S80: a threshold of a contest; needing a party to act stays a demand.
    ("The senator needs 400 delegates to prevail.", "need", "100", "drop"),
    ("We need Germany to send more tanks.", "need", "100", None),
    # S81: a cause; a minister explaining something to a party stays.
    ("The low turnout is explained by the new registration rules.", "explain", "010",
     "drop"),
    ("The minister explained the plan to the ambassadors.", "explain", "010", None),
])
def test_third_batch(nlp: Any, text: str, lemma: str, code: str, action: str | None) -> None:
    assert _sense(nlp, text, lemma, code) == action, text


def test_a_fraction_of_people_is_a_poll(nlp: Any) -> None:
    # POLL gains "half": a share counted; a named union backing X stays.
    assert _sense(nlp, "He said that more than half of the members support Jones.",
                  "support", "050") == "drop"
    assert _sense(nlp, "He said that the union supports Jones.", "support", "050") is None


def test_once_puts_a_deed_at_a_former_time(pipeline: Pipeline) -> None:
    # timing._former_time: "once" before a past verb; "once" after it counts occurrences,
    # and a present deed stays in the news.
    def flagged(text: str) -> set[bool]:
        doc = pipeline.process(Article(id="round14", text=text, published=date(2024, 2, 14)))
        return {e.background for e in doc.events if not e.negated and not e.hypothetical}

    assert flagged("Germany once criticized France over its nuclear tests.") == {True}
    assert flagged("Germany criticized France once over its nuclear tests.") == {False}
    assert flagged("Germany criticized France over its nuclear tests.") == {False}
