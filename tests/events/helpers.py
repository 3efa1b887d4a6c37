"""Documents with hand-built mentions, entities and quotes for events tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from tidings.document import Document
from tidings.events import code_events
from tidings.events.patterns import match_verb
from tidings.pipeline import Pipeline
from tidings.records import Actor, Article, Entity, Event, Mention, Quote

MakeDoc = Callable[..., Document]

IRN = Actor("Iran", "IRN", "IRN")
PAK = Actor("Pakistan", "PAK", "PAK")
AFG = Actor("Afghanistan", "AFG", "AFG")
USA = Actor("United States", "USA", "USA")
IRQ = Actor("Iraq", "IRQ", "IRQ")
QOMI = Actor("Hassan Kazemi Qomi", "IRN", "IRNGOV", "GOV", "Special Envoy for Afghanistan")
RUS = Actor("Russia", "RUS", "RUS")
UKR = Actor("Ukraine", "UKR", "UKR")
ISR = Actor("Israel", "ISR", "ISR")
FRA = Actor("France", "FRA", "FRA")
UN = Actor("United Nations", None, "IGOUNO")
PUTIN = Actor("Vladimir Putin", "RUS", "RUSGOV", "GOV", "president")
RISCH = Actor("Jim Risch", "USA", "USALEG", "LEG", "senator")
# Actors of the hand-written campaign and sense sentences (senses rounds 11-13).
SMITH = Actor("John Smith", "USA", "USALEG", "LEG", "senator")
JONES = Actor("Mary Jones", "USA", "USAGOV", "GOV", "governor")
OBAMA = Actor("Barack Obama", "USA", "USAGOV", "GOV", "president")
VOTERS = Actor("voters", "USA", "USACVL", "CVL")
DEU = Actor("Germany", "DEU", "DEU")


def dyads(events: tuple[Event, ...]) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, root) of all events."""
    return {(e.source.country, e.target.country, e.root) for e in events}


def triples(events: tuple[Event, ...]) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, root) of the events that count (not negated/hypothetical)."""
    return {(e.source.code, e.target.code, e.root) for e in events
            if not e.negated and not e.hypothetical}


def pipeline_events(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    """The events of ``text`` run through the whole pipeline (parse, actors, quotes)."""
    return pipeline.process(Article(id="hand-built", text=text, published=date(2024, 3, 1))).events


def done_events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    """(code, source code, target code) of the events of ``text`` stated as done."""
    return {(e.cameo, e.source.code or "", e.target.code or "")
            for e in pipeline_events(pipeline, text)
            if not e.negated and not e.hypothetical and e.source and e.target}


def done_codes(pipeline: Pipeline, text: str) -> set[str]:
    """The codes of the events of ``text`` that are neither negated nor hypothetical."""
    return {e.cameo for e in pipeline_events(pipeline, text)
            if not e.negated and not e.hypothetical}


def direct_quote(text: str, inner: str, speaker: Actor) -> Quote:
    """A direct quote of ``inner`` (a part of ``text``) said by ``speaker``."""
    start = text.index(inner)
    return Quote(kind="direct", text=inner, start=start, end=start + len(inner), cue="said",
                 speaker=speaker)


def quoted(make_doc: MakeDoc, inner: str, speaker: Actor, name: str,
           actors: dict[str, Actor]) -> tuple[Event, ...]:
    """The events of ``"inner," name said.``, with ``inner`` a direct quote of ``speaker``."""
    text = f'"{inner}," {name} said.'
    return code_events(make_doc(text, actors, quotes=(direct_quote(text, inner, speaker),)))


def build_doc(nlp: Any, text: str, actors: dict[str, Actor], quotes: tuple[Quote, ...] = (),
              published: date | None = date(2024, 2, 14)) -> Document:
    """A parsed document whose every occurrence of a key of ``actors`` is a mention."""
    entities: list[Entity] = []
    ids: dict[Actor, int] = {}
    mentions: list[Mention] = []
    for name, actor in actors.items():
        if actor not in ids:
            ids[actor] = len(ids)
            entities.append(Entity(ids[actor], actor, "state"))
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            mentions.append(Mention(m.start(), m.end(), name, ids[actor]))
    article = Article(id="t", text=text, published=published)
    return Document(article=article, spacy_doc=nlp(text), mentions=tuple(mentions),
                    entities=tuple(entities), quotes=quotes)


def pattern_code(lemma: str, *context: str,
                 particles: frozenset[str] = frozenset()) -> str | None:
    """The CAMEO code of the verb pattern that ``lemma`` with these particles and context
    words matches, or None."""
    match = match_verb(lemma, particles, frozenset(), frozenset(context))
    return None if match is None else match.pattern.code
