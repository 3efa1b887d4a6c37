"""The article's country for event sides the events stage resolves from its own phrase.

The actors stage lends a one-country article's country to its country-less domestic
entities (``tidings.actors.context_country``); an event side that is no actors-stage
mention ("local newspapers of bias" read off the verb's object) is resolved by the events
stage and takes the same decision, with the same evidence marker. Hand-written articles.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from tidings.actors.context_country import ARTICLE_CONTEXT
from tidings.config import Settings
from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.records import Actor, Article, Event

_US_LEAD = (
    "Senator Mark Holloway of Ohio criticized the White House on Tuesday over its budget "
    "plan.\n\nHolloway, a Republican, said the Congress would not accept cuts to veterans' "
    "programs. The Democratic Party and the Republican Party have argued over the plan for "
    "weeks.\n\nSpeaker Paul Ryan met President Barack Obama at the White House on Monday. ")

US_ARTICLE = _US_LEAD + "The governor's staff accused local newspapers of bias."
US_REPORTER = _US_LEAD + "Ryan was accused by a female campaign reporter of shoving her."
US_ABROAD = _US_LEAD + "The governor's staff accused newspapers in Kabul of bias."
US_FOREIGN = _US_LEAD + "The governor's staff accused foreign newspapers of bias."

IRAN_PAKISTAN = (
    "Iranian Foreign Minister Hossein Amir-Abdollahian met Pakistani Prime Minister Anwaar-ul-"
    "Haq Kakar in Islamabad on Monday.\n\nIran and Pakistan agreed to restore their "
    "ambassadors after strikes on each other's territory last week. Tehran and Islamabad "
    "pledged to cooperate against militants.\n\nThe governor's staff accused local newspapers "
    "of bias.")


def _process(pipeline: Pipeline, text: str) -> Document:
    return pipeline.process(Article(id="ctx", text=text, published=date(2016, 3, 1)))


def _sides(event: Event) -> tuple[Actor, Actor]:
    assert event.source is not None and event.target is not None
    return event.source, event.target


def _accusation(doc: Document) -> Event:
    found = [e for e in doc.events if e.root == "11" and "accused" in e.event_text]
    assert len(found) == 1, [(e.cameo, e.source, e.target) for e in doc.events]
    return found[0]


def _no_mention_at(doc: Document, word: str) -> None:
    """The side is the events stage's own phrase: no actors-stage mention covers it."""
    at = doc.text.rindex(word)
    assert not any(m.start <= at < m.end for m in doc.mentions), word


def test_unmentioned_target_takes_the_article_country(pipeline: Pipeline) -> None:
    doc = _process(pipeline, US_ARTICLE)
    _no_mention_at(doc, "newspapers")
    target = _sides(_accusation(doc))[1]
    assert target.country == "USA" and target.code == "USAMED"
    assert target.evidence[-1].startswith(f"{ARTICLE_CONTEXT} USA, ")
    # the same decision as the actors stage: its lent entities carry the same evidence
    lent = {w for e in doc.entities for w in e.actor.evidence if w.startswith(ARTICLE_CONTEXT)}
    assert lent <= {target.evidence[-1]}


def test_unmentioned_passive_agent_takes_the_article_country(pipeline: Pipeline) -> None:
    doc = _process(pipeline, US_REPORTER)
    _no_mention_at(doc, "reporter")
    source = _sides(_accusation(doc))[0]
    assert source.country == "USA" and source.code == "USAMED"
    assert source.evidence[-1].startswith(ARTICLE_CONTEXT)


def test_a_phrase_naming_a_place_or_a_foreign_word_is_not_lent(pipeline: Pipeline) -> None:
    for text in (US_ABROAD, US_FOREIGN):
        target = _sides(_accusation(_process(pipeline, text)))[1]
        assert target.country != "USA", text[-40:]
        assert not any(w.startswith(ARTICLE_CONTEXT) for w in target.evidence)


def test_two_country_article_lends_nothing(pipeline: Pipeline) -> None:
    doc = _process(pipeline, IRAN_PAKISTAN)
    target = _sides(_accusation(doc))[1]
    assert target.country is None and target.code == "---MED"
    assert not any(w.startswith(ARTICLE_CONTEXT) for e in doc.events
                   for side in (e.source, e.target) if side is not None
                   for w in side.evidence)


def test_setting_off_leaves_the_side_without_a_country(settings: Settings) -> None:
    off = Pipeline(dataclasses.replace(settings, article_country=False))
    target = _sides(_accusation(_process(off, US_ARTICLE)))[1]
    assert target.country is None and target.code == "---MED"
    assert not any(w.startswith(ARTICLE_CONTEXT) for w in target.evidence)
