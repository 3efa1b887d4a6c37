"""The ``actors`` stage (filled in by the actors work; see issue 4)."""

from __future__ import annotations

from tidings.document import Document, stage


@stage("actors", requires=("spacy_doc",), assigns=("mentions", "entities"))
def actors_stage(doc: Document) -> Document:
    return doc.replace(mentions=(), entities=())
