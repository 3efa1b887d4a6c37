"""Generic sides of one-sided events (issue #5) take the place's country; a blank side stays
blank."""

from __future__ import annotations

from datetime import date
from typing import Any

from tidings.document import Document
from tidings.geo import places_stage
from tidings.records import Actor, Article, Event

POLICE = Actor("Police", None, "---COP", "COP", "police")
PROTESTERS = Actor("protesters", None, "---CVLOPP", "CVL", "protesters")


def _located(nlp: Any, text: str, source: Actor | None, target: Actor | None) -> Event:
    event = Event(source=source, target=target, cameo="173", root="17", quad_class=4,
                  goldstein=-5.0, sentence=text, start=0, end=len(text),
                  event_date=date(2024, 2, 14))
    doc = Document(article=Article(id="g1", text=text, published=date(2024, 2, 14)),
                   spacy_doc=nlp(text), events=(event,))
    (out,) = places_stage(doc).events
    return out


def test_generic_source_facing_a_blank_target_is_located(nlp: Any) -> None:
    e = _located(nlp, "Police arrested dozens in Lahore on Tuesday.", POLICE, None)
    assert e.target is None and e.source is not None
    assert (e.source.country, e.source.code) == ("PAK", "PAKCOP")
    assert e.extra["country_from_place"] == "source" and e.one_sided


def test_generic_target_facing_a_blank_source_is_located(nlp: Any) -> None:
    e = _located(nlp, "Dozens of protesters were arrested in Lahore.", None, PROTESTERS)
    assert e.source is None and e.target is not None
    assert e.target.code == "PAKCVLOPP"
    assert e.extra["country_from_place"] == "target"
