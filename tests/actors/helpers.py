"""Shared helpers of the actors tests: a pipeline that runs the actors stage alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.actors import resolve
from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.records import Actor, Article

Run = Callable[..., Document]


def actors_only(pipeline: Pipeline) -> Run:
    """A runner parsing ``text`` published ``on`` and applying the actors stage only."""
    only_actors = Pipeline(pipeline.settings, stages=("actors",))

    def go(text: str, on: date = date(2024, 3, 1)) -> Document:
        return only_actors.process(Article(id="t", text=text, published=on))

    return go


def actor_at(doc: Document, text: str, nth: int = 0) -> Actor | None:
    """The actor of the mention covering the ``nth`` occurrence of ``text`` (None if none)."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(text, at + 1)
    hits = [m for m in doc.mentions if m.start < at + len(text) and at < m.end]
    if not hits:
        return None
    ent = doc.entity(hits[0].entity_id)
    return ent.actor if ent else None


def code_of(text: str, on: date = date(2024, 3, 1)) -> str | None:
    """The code ``resolve`` gives the phrase ``text`` on ``on`` (None if it resolves to none)."""
    found = resolve(text, on=on)
    return None if found is None else found.code
