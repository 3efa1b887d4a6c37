"""Loading the spaCy pipeline and the ``parse`` stage.

The model is loaded once per process (``functools.cache``): worker processes
and Spark executors each pay the load once. The stages downstream use the
tagger, lemmatizer, dependency parser and NER; nothing else is kept.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tidings.document import Document, stage
from tidings.errors import ModelError

__all__ = ["NEEDED_PIPES", "load_nlp", "parse_stage"]

NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@cache
def load_nlp(name: str) -> Any:
    """Load the installed spaCy pipeline ``name`` (a package name or a path)."""
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
    return nlp


@stage("parse", requires=(), assigns=("spacy_doc",))
def parse_stage(doc: Document) -> Document:
    """Parse one document. Batches go through :meth:`Pipeline.run`, which uses ``nlp.pipe``."""
    from tidings.config import load_settings

    if doc.spacy_doc is not None:
        return doc
    nlp = load_nlp(load_settings().spacy_model)
    return doc.replace(spacy_doc=nlp(doc.text))
