"""Round 20 (issue 4): epithets and shared surnames before a known person's name.

Hand-written texts about generic or invented situations (no corpus text). Each "fix" case
fails on the round's start commit ``138be2a``; the "keep" cases pass on both.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.records import Actor, Article

ON = date(2024, 3, 1)


def _run(pipeline: Pipeline, text: str) -> Document:
    only_actors = Pipeline(replace(pipeline.settings), stages=("actors",))
    return only_actors.process(Article(id="t", text=text, published=ON))


def _found(doc: Document) -> dict[str, tuple[int, Actor]]:
    """Mention text -> (entity id, actor) of the last mention with that text."""
    out = {}
    for m in doc.mentions:
        ent = doc.entity(m.entity_id) if m.entity_id is not None else None
        if ent is not None:
            out[m.text] = (ent.id, ent.actor)
    return out


def _people(doc: Document) -> set[str]:
    return {actor.name for _, actor in _found(doc).values()}


def test_a_campaign_or_kin_epithet_before_a_surname_is_the_person(pipeline: Pipeline) -> None:
    # fix: "Nominee" (no NER name) and "Grandpa" (one PERSON span) were given names of kin
    nominee = _run(pipeline, "Donald Trump spoke in Ohio on Monday. Later, Nominee Trump "
                             "told reporters the race was close.")
    assert _people(nominee) == {"Donald Trump", "reporters"}
    grandpa = _run(pipeline, "President Joe Biden spoke in Ohio on Monday. Grandpa Biden "
                             "told his grandchildren a story.")
    assert _people(grandpa) == {"Joe Biden"}


def test_a_word_the_article_writes_in_lower_case_is_no_given_name(pipeline: Pipeline) -> None:
    # fix: "the firebrand" makes "Firebrand Trump" an epithet, wherever the lower case is
    for text in ("Donald Trump spoke in Ohio on Monday. The firebrand said the race was "
                 "close. Later, Firebrand Trump told donors he would win.",
                 "Donald Trump spoke in Ohio on Monday. Later, Firebrand Trump told donors he "
                 "would win, and the firebrand left."):
        assert _people(_run(pipeline, text)) == {"Donald Trump"}


def test_given_names_before_a_known_surname_stay_other_people(pipeline: Pipeline) -> None:
    # keep: kin named in full are not the dictionary person; a title stays the person
    found = _found(_run(pipeline, "President Joe Biden spoke in Delaware. Hunter Biden was "
                                  "not there. Chancellor Scholz called Biden on Friday."))
    assert found["Hunter Biden"][1].name == "Hunter Biden"
    assert found["Joe Biden"][0] == found["Biden"][0]
    kin = _found(_run(pipeline, "Donald Trump spoke in Ohio on Monday. Ivanka Trump met "
                                "business leaders in the afternoon."))["Ivanka Trump"][1]
    assert kin.code == "USA" and kin.sector is None


def test_a_surname_several_people_bear_leaves_each_given_name_its_person(
        pipeline: Pipeline) -> None:
    # fix: with Eric Trump named too, "Ivanka Trump" was the surname alone, read as Donald
    found = _found(_run(pipeline, "Donald Trump spoke in Ohio. Ivanka Trump and Eric Trump "
                                  "joined him on stage."))
    assert "Trump" not in found
    ivanka = found["Ivanka Trump"][1]
    assert ivanka.name == "Ivanka Trump" and ivanka.code == "USA"
    assert found["Eric Trump"][1].name == "Eric Trump"


def test_a_kin_name_written_twice_is_one_person(pipeline: Pipeline) -> None:
    # fix: each untagged "Ivanka Trump" was a person of its own
    doc = _run(pipeline, "Donald Trump spoke in Ohio. Ivanka Trump joined him on stage, and "
                         "later Ivanka Trump waved to the crowd.")
    ids = {m.entity_id for m in doc.mentions if m.text == "Ivanka Trump"}
    assert len(ids) == 1 and len([m for m in doc.mentions if m.text == "Ivanka Trump"]) == 2


def test_an_igo_rapporteur_keeps_the_igo_and_the_role(pipeline: Pipeline) -> None:
    # fix: only "UN" was a mention; the rapporteur is an IGO official, as an envoy is
    found = _found(_run(pipeline, "A UN special rapporteur said the new law broke the "
                                  "treaty, and an EU rapporteur agreed."))
    assert found["UN special rapporteur"][1].code == "IGOUNOGOV"
    assert found["UN special rapporteur"][1].sector == "GOV"
