"""The ``quotes`` stage (filled in by the quotes work; see issue 3)."""

from __future__ import annotations

from tidings.document import Document, stage


@stage("quotes", requires=("spacy_doc", "mentions", "entities"), assigns=("quotes",))
def quotes_stage(doc: Document) -> Document:
    return doc.replace(quotes=())
