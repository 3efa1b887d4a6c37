"""The ``places`` stage (filled in by the monitor work; see issue 6)."""

from __future__ import annotations

from tidings.document import Document, stage


@stage("places", requires=("spacy_doc", "events"), assigns=("places", "events"))
def places_stage(doc: Document) -> Document:
    return doc.replace(places=())
