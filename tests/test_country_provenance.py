"""Where a side's country came from (issues #4, #5): ``tidings.provenance`` and the contract.

Hand-built records, and one hand-written article run through the pipeline: a bare
"Officials" of a one-country (American) story takes the article's country, and the events
and quotes it takes part in say so; a neighbour whose country is written is not flagged.
"""

from __future__ import annotations

import json
from datetime import date

from tidings.actors.context_country import ARTICLE_CONTEXT as ACTORS_MARK
from tidings.contract import document_json, event_json, quote_json
from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.provenance import (
    ARTICLE_CONTEXT,
    actor_country_from_article,
    country_from_article,
    country_from_place,
    inferred_sides,
    speaker_country_from_article,
)
from tidings.records import Actor, Article, Event, Quote

LENT = Actor("Officials", "USA", "USAGOV", "GOV", evidence=(
    "sector word: 'officials' -> GOV", "article context: USA, 9 of 9 resolved mentions"))
WRITTEN = Actor("Mark Tilden", "USA", "USALEG", "LEG", "senator",
                evidence=("title: senator", "country word: 'American' -> USA"))
PLACED = Actor("police", "PAK", "PAKCOP", "COP", evidence=(
    "sector word: 'police' -> COP", "country from the event's place 'Lahore' -> PAK"))


def _event(source: Actor | None, target: Actor | None, **extra: str) -> Event:
    return Event(source, target, "112", "11", 3, -2.0, "They accused him.", 0, 17,
                 extra=dict(extra))


def test_marker_is_the_actors_stage_marker() -> None:
    assert ARTICLE_CONTEXT == ACTORS_MARK


def test_actor_reading() -> None:
    assert actor_country_from_article(LENT)
    assert not actor_country_from_article(WRITTEN)
    assert not actor_country_from_article(None)
    # a later stage gave the actor another country: the lending line is stale
    moved = Actor("Officials", "CAN", "CANGOV", "GOV", evidence=LENT.evidence)
    assert not actor_country_from_article(moved)


def test_event_sides() -> None:
    assert country_from_article(_event(LENT, WRITTEN)) == "source"
    assert country_from_article(_event(WRITTEN, LENT)) == "target"
    assert country_from_article(_event(LENT, LENT)) == "source,target"
    assert country_from_article(_event(WRITTEN, WRITTEN)) is None
    assert country_from_article(_event(None, LENT)) == "target"  # one-sided
    placed = _event(PLACED, LENT, country_from_place="source")
    assert country_from_place(placed) == "source"
    assert country_from_article(placed) == "target"
    assert inferred_sides(placed) == {"source", "target"}
    assert inferred_sides(_event(WRITTEN, WRITTEN)) == frozenset()
    # the place decided last: a side it placed is not counted as the article's
    both = _event(Actor("Officials", "USA", "USAGOV", "GOV", evidence=LENT.evidence), WRITTEN,
                  country_from_place="source")
    assert country_from_article(both) is None
    assert country_from_place(_event(WRITTEN, PLACED, country_from_place="target,source")) \
        == "source,target"


def test_quote_speaker() -> None:
    lent = Quote("indirect", "the vote would be close", 10, 33, speaker=LENT)
    written = Quote("indirect", "the vote would be close", 10, 33, speaker=WRITTEN)
    nobody = Quote("direct", "We will wait", 0, 12)
    assert speaker_country_from_article(lent)
    assert not speaker_country_from_article(written)
    assert not speaker_country_from_article(nobody)
    assert quote_json(lent)["speaker_country_from_article"] is True
    assert quote_json(written)["speaker_country_from_article"] is False


def test_contract_fields() -> None:
    doc = Document(article=Article(id="x", text="They accused him."),
                   events=(_event(LENT, WRITTEN),
                           _event(WRITTEN, PLACED, country_from_place="target")))
    events = json.loads(json.dumps(document_json(doc)))["events"]
    assert [(e["country_from_article"], e["country_from_place"]) for e in events] == [
        ("source", None), (None, "target")]
    assert set(event_json(_event(WRITTEN, None))) == set(events[0])


US_STORY = (
    "Governor Tom Ridley of Kansas met Senator Alice Brenner of Ohio in Washington on Tuesday "
    "to discuss farm subsidies.\n\nPresident Joe Biden said Congress would vote on the bill "
    "next month. House Speaker Mike Johnson said the Senate should wait.\n\n"
    "Officials said the vote would be close. Officials accused Senator Brenner of lying. "
    "President Joe Biden criticized Speaker Mike Johnson on Wednesday.\n"
)


def test_pipeline_article_flags_the_lent_side_only(pipeline: Pipeline) -> None:
    doc = pipeline.process(Article(id="us", text=US_STORY, published=date(2024, 3, 5)))
    out = document_json(doc)
    accusation = [e for e in out["events"] if e["root"] == "11" and "accus" in e["event_text"]]
    assert len(accusation) == 1, out["events"]
    assert accusation[0]["source"]["code"] == "USAGOV"
    assert accusation[0]["country_from_article"] == "source"
    # Biden and Johnson: countries from the dictionary, not lent
    biden = [e for e in out["events"] if e["source"] and e["source"]["name"] == "Joe Biden"
             and e["target"] and e["target"]["name"] == "Mike Johnson"]
    assert biden and all(e["country_from_article"] is None for e in biden)
    said = {q["text"]: q["speaker_country_from_article"] for q in out["quotes"]}
    assert said["the vote would be close"] is True
    assert said["the Senate should wait"] is False


def test_setting_off_lends_and_flags_nothing(pipeline: Pipeline) -> None:
    from dataclasses import replace

    off = Pipeline(replace(pipeline.settings, article_country=False))
    out = document_json(off.process(Article(id="us", text=US_STORY, published=date(2024, 3, 5))))
    assert all(e["country_from_article"] is None for e in out["events"])
    assert not any(q["speaker_country_from_article"] for q in out["quotes"])
