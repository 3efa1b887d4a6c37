"""The pipeline: parse once, then run the stages in order.

Data flow (each arrow is a stage from its own subpackage)::

    ingest (Article) -> parse (spaCy Doc) -> actors -> quotes -> events -> places -> store

Stage order is checked against the declared ``requires``/``assigns`` before any
article is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from tidings.actors import actors_stage
from tidings.config import Settings, load_settings, running_settings
from tidings.document import STAGES, Document, Stage
from tidings.errors import PipelineError
from tidings.events import events_stage
from tidings.geo import places_stage
from tidings.nlp import load_nlp, parse_stage
from tidings.quotes import quotes_stage
from tidings.records import Article

__all__ = ["DEFAULT_STAGES", "Pipeline", "check_order"]

DEFAULT_STAGES: tuple[Stage, ...] = (actors_stage, quotes_stage, events_stage, places_stage)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` unless each stage's inputs are set before it runs."""
    available = set(parse_stage.assigns) | {"article"}
    for st in stages:
        missing = [r for r in st.requires if r not in available]
        if missing:
            raise PipelineError(f"stage {st.name!r} needs {missing}, which no earlier stage sets")
        available.update(st.assigns)


class Pipeline:
    """Parse articles with spaCy (batched) and run the stages on each."""

    def __init__(
        self, settings: Settings | None = None, stages: Sequence[Stage | str] = DEFAULT_STAGES
    ) -> None:
        self.settings = settings or load_settings()
        self.stages = tuple(STAGES[s] if isinstance(s, str) else s for s in stages)
        check_order(self.stages)
        self.nlp = load_nlp(self.settings.spacy_model, self.settings.paragraph_breaks)

    def process(self, article: Article) -> Document:
        return next(iter(self.run([article])))

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Stream documents through the pipeline, parsing in batches of ``batch_size``."""
        it = iter(articles)
        size = self.settings.batch_size
        while batch := list(islice(it, size)):
            parsed = self.nlp.pipe((a.text for a in batch), batch_size=size)
            for article, sdoc in zip(batch, parsed, strict=True):
                yield self.apply(Document(article=article, spacy_doc=sdoc))

    def apply(self, doc: Document) -> Document:
        # stages take no settings: Pipeline(settings=...) reaches them through this context
        with running_settings(self.settings):
            for st in self.stages:
                doc = st(doc)
        return doc
