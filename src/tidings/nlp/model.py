"""Loading the spaCy pipeline and the ``parse`` stage.

The model is loaded once per process (``functools.cache``): worker processes
and Spark executors each pay the load once. The stages downstream use the
tagger, lemmatizer, dependency parser and NER; nothing else is kept. Unless
the ``paragraph_breaks`` setting is off, the ``tidings_paragraphs`` component
(:mod:`tidings.nlp.segment`) runs before the parser to preset sentence starts
at line breaks.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tidings.document import Document, stage
from tidings.errors import ModelError
from tidings.nlp.segment import add_paragraph_component

__all__ = ["NEEDED_PIPES", "load_nlp", "parse_stage"]

NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def load_nlp(name: str, paragraph_breaks: bool | None = None) -> Any:
    """Load the installed spaCy pipeline ``name`` (a package name or a path).

    ``paragraph_breaks`` adds the line-break component; ``None`` takes the
    ``paragraph_breaks`` setting (``TIDINGS_PARAGRAPH_BREAKS``).
    """
    if paragraph_breaks is None:
        from tidings.config import load_settings

        paragraph_breaks = load_settings().paragraph_breaks
    return _load(name, paragraph_breaks)


@cache
def _load(name: str, paragraph_breaks: bool) -> Any:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it or set "
            f"TIDINGS_SPACY_MODEL to an installed pipeline ({exc})"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks required components: {sorted(missing)}")
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED_PIPES:
            nlp.disable_pipe(pipe)
    # Long articles: the parser's memory is per document, and 2M chars is far above any article.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if paragraph_breaks:
        add_paragraph_component(nlp)
    return nlp


@stage("parse", requires=(), assigns=("spacy_doc",))
def parse_stage(doc: Document) -> Document:
    """Parse one document. Batches go through :meth:`Pipeline.run`, which uses ``nlp.pipe``."""
    from tidings.config import load_settings

    if doc.spacy_doc is not None:
        return doc
    settings = load_settings()
    nlp = load_nlp(settings.spacy_model, settings.paragraph_breaks)
    return doc.replace(spacy_doc=nlp(doc.text))
