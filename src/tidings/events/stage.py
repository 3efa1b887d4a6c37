"""The ``events`` stage (filled in by the events work; see issue 5)."""

from __future__ import annotations

from tidings.document import Document, stage


@stage("events", requires=("spacy_doc", "mentions", "entities", "quotes"), assigns=("events",))
def events_stage(doc: Document) -> Document:
    return doc.replace(events=())
