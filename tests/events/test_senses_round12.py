"""Sense conditions, second pass (issue 5, "Round 12 — senses" in docs/events.md): verbs
whose PETRARCH default or curated code reads a statement, an opinion, a consequence, a
poll finding or an idiom as an act between parties (``senses.tsv`` rows S25, S27-S36, N04).
Every sentence is hand-written (none is from a benchmark or the audited articles); each
rule has a case it must fix and a literal neighbour it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from events.helpers import DEU, IRN, JONES, OBAMA, RUS, SMITH, UKR, USA, VOTERS, MakeDoc
from tidings.events import code_events
from tidings.events.senses import sense_rules, verbal_sense
from tidings.records import Actor

NATO = Actor("NATO", None, "IGOWSTNAT", None)
REBELS = Actor("rebels", "SYR", "SYRREB", "REB")
ARMY = Actor("the Syrian army", "SYR", "SYRMIL", "MIL")
ACTORS: dict[str, Actor] = {
    "Smith": SMITH, "Jones": JONES, "Obama": OBAMA, "voters": VOTERS, "Germany": DEU,
    "NATO": NATO, "Iran": IRN, "Russia": RUS, "Ukraine": UKR, "Washington": USA,
    "rebels": REBELS, "the Syrian army": ARMY}


def _codes(make_doc: MakeDoc, text: str) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) of the counted events of ``text``, actor
    codes cut to country and sector."""
    return {((e.source.code or "")[:6], (e.target.code or "")[:6], e.cameo)
            for e in code_events(make_doc(text, ACTORS))
            if not e.negated and not e.hypothetical}


def _roots(make_doc: MakeDoc, text: str) -> set[str]:
    return {code[:2] for _, _, code in _codes(make_doc, text)}


def test_round12_rows_load() -> None:
    ids = {r.id for r in sense_rules()}
    assert {"S25", "S27", "S28", "S29", "S30", "S31", "S32", "S33", "S34", "S35", "S36",
            "S37", "S38", "S39", "N04"} <= ids


@pytest.mark.parametrize("text", [
    "Smith suggested that Jones was part of the protest movement.",  # S25: a claim
    "Smith wrongly suggested Jones is part of the protest movement.",
])
def test_suggesting_a_fact_is_no_appeal(make_doc: MakeDoc, text: str) -> None:
    assert "02" not in _roots(make_doc, text), (text, _codes(make_doc, text))


@pytest.mark.parametrize("text", [
    "Smith suggested that Jones should resign.",
    "Smith suggested Jones resign at once.",
])
def test_suggesting_a_deed_stays_an_appeal(make_doc: MakeDoc, text: str) -> None:
    assert "02" in _roots(make_doc, text), (text, _codes(make_doc, text))


@pytest.mark.parametrize("text", [
    "Forty percent of voters view Obama favorably.",  # S36 / S27b
    "The voters view Obama with suspicion.",  # S27
    "Six in 10 voters said they prefer Obama to Smith.",  # S36: "N in 10" above
    "Obama got the backing of 30% of voters in the state.",  # S36: a share
])
def test_poll_findings_and_opinions_are_no_events(make_doc: MakeDoc, text: str) -> None:
    assert not _codes(make_doc, text), text


def test_an_opinion_neighbour_stays(make_doc: MakeDoc) -> None:
    # A stated preference of a named party is still coded, and a share of a thing
    # supplied is no poll.
    assert "05" in _roots(make_doc, "Germany prefers Obama.")
    assert ("RUS", "UKR", "060") in _codes(
        make_doc, "Russia supplied 94% of the weapons to Ukraine.")


def test_a_consequence_is_no_intent(nlp: Any) -> None:
    # S28: "this means he won" states a result; "means to V" is an intent.
    verb = next(t for t in nlp("This means Iran lost the vote.") if t.lemma_ == "mean")
    rule = verbal_sense(verb, "030")
    assert rule is not None and rule.action == "drop"
    verb = next(t for t in nlp("Iran means to punish Russia.") if t.lemma_ == "mean")
    assert verbal_sense(verb, "030") is None


def test_passing_a_check_is_no_concession(make_doc: MakeDoc) -> None:
    # S29
    assert "08" not in _roots(make_doc, "Jones passed Smith's security checks.")


def test_help_needs_a_party_helped(make_doc: MakeDoc, nlp: Any) -> None:
    # S30: a plan that helps convince a party aids no party.
    assert "07" not in _roots(make_doc, "Jones's plan helped convince Smith.")
    assert ("DEU", "UKR", "070") in _codes(make_doc, "Germany helped Ukraine.")
    verb = next(t for t in nlp("Germany is helping to build a NATO force.")
                if t.lemma_ == "help")
    assert verbal_sense(verb, "070") is None


def test_giving_birth_is_no_aid(make_doc: MakeDoc) -> None:
    # S31
    assert "07" not in _roots(make_doc, "Jones left after giving birth to her son.")
    assert ("DEU", "UKR", "070") in _codes(make_doc, "Germany gave Ukraine the tools.")


def test_directing_fire_at_a_rival_is_no_management(make_doc: MakeDoc) -> None:
    # S32
    assert not _roots(make_doc, "Smith will direct his fire against Jones.") & {"03", "06"}


def test_rallying_a_coalition_is_no_protest(make_doc: MakeDoc, nlp: Any) -> None:
    # S33: a transitive "rally" mobilises allies; an intransitive one is a protest.
    assert "14" not in _roots(make_doc, "Jones is rallying a coalition against Smith.")
    verb = next(t for t in nlp("The voters rallied against Smith.") if t.lemma_ == "rally")
    assert verbal_sense(verb, "141") is None


def test_needing_to_act_is_no_demand(make_doc: MakeDoc) -> None:
    # S34: own necessity; a need put on another party stays a demand.
    assert "10" not in _roots(make_doc, "Jones needs to soften her tone toward Smith.")
    assert "10" in _roots(make_doc, "Washington needs Iran to withdraw its forces.")


def test_a_contest_in_an_election_sentence_is_no_force(make_doc: MakeDoc) -> None:
    # S35: the electoral word lies outside the verb's own phrase.
    text = "Jones won the primary easily, and the voters seeking to defeat Smith cheered."
    assert not _roots(make_doc, text) & {"13", "17", "18", "19"}, _codes(make_doc, text)
    assert "19" in _roots(make_doc, "As voters went to the polls, the Syrian army "
                                    "defeated the rebels.")


def test_an_attack_in_an_ad_on_the_verb_is_criticism(make_doc: MakeDoc) -> None:
    # N04: "ran an attack on X in an ad", the medium hanging on "ran".
    found = _codes(make_doc, "Smith ran an attack on Jones in a new ad.")
    assert not {c[:2] for _, _, c in found} & {"18", "19", "20"}, found
    assert "19" in _roots(make_doc, "Russia launched an attack on Ukraine in the night.")


def test_awarding_and_seeking_delegates_is_no_grant_or_intent(make_doc: MakeDoc) -> None:
    # S37, S38: electoral rules and candidacies; a grant or talks sought stay.
    assert "06" not in _roots(make_doc, "Germany awarded 30 delegates to Smith.")
    assert "03" not in _roots(make_doc, "Jones is seeking the nomination from Smith.")
    assert ("DEU", "UKR", "071") in _codes(
        make_doc, "Germany awarded Ukraine a grant of 50 million euros.")
    assert ("IRN", "RUS", "026") in _codes(make_doc, "Iran is seeking talks with Russia.")


def test_seeking_to_defeat_in_an_election_sentence_is_no_intent(make_doc: MakeDoc,
                                                                 nlp: Any) -> None:
    # S39: the contest verb under "seek" is electoral, so "seek" carries no intent.
    text = "Voters in the primary are seeking to defeat Smith."
    assert not _roots(make_doc, text) & {"03", "13", "17", "18", "19"}, _codes(make_doc, text)
    doc = nlp("Russia is seeking to defeat Ukraine before the elections, its army said.")
    verb = next(t for t in doc if t.lemma_ == "seek")
    assert verbal_sense(verb, "030") is None
