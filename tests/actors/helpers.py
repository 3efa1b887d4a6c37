"""Shared helpers of the actors tests: a pipeline that runs the actors stage alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.document import Document
from tidings.pipeline import Pipeline
from tidings.records import Article

Run = Callable[..., Document]


def actors_only(pipeline: Pipeline) -> Run:
    """A runner parsing ``text`` published ``on`` and applying the actors stage only."""
    only_actors = Pipeline(pipeline.settings, stages=("actors",))

    def go(text: str, on: date = date(2024, 3, 1)) -> Document:
        return only_actors.process(Article(id="t", text=text, published=on))

    return go
