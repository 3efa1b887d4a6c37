"""Helpers for the quotes tests: parse a text and run the quotes stage on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tidings.document import Document
from tidings.quotes import quotes_stage
from tidings.records import Article, Entity, Mention

Run = Callable[..., Document]


@pytest.fixture(scope="session")
def run_quotes(nlp: Any) -> Run:
    def run(
        text: str, mentions: tuple[Mention, ...] = (), entities: tuple[Entity, ...] = ()
    ) -> Document:
        doc = Document(
            article=Article(id="t", text=text), spacy_doc=nlp(text),
            mentions=mentions, entities=entities,
        )
        return quotes_stage(doc)

    return run
