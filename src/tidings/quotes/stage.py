"""The ``quotes`` stage: direct quotes and reported speech with their speakers."""

from __future__ import annotations

from tidings.document import Document, stage
from tidings.quotes.direct import direct_quotes
from tidings.quotes.marks import find_marked_spans
from tidings.quotes.reported import reported_speech
from tidings.quotes.speaker import SpeakerResolver
from tidings.records import Quote

__all__ = ["extract_quotes", "quotes_stage"]


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """All quotes of a parsed document, in text order (direct before indirect at a tie)."""
    sdoc = doc.spacy_doc
    if sdoc is None or not doc.text.strip():
        return ()
    resolver = SpeakerResolver(doc)
    spans = find_marked_spans(doc.text)
    direct = direct_quotes(sdoc, doc.text, spans, resolver)
    # Scare quotes count as quoted too: a reporting clause never starts inside marks.
    indirect = reported_speech(sdoc, doc.text, [s.marked for s in spans], resolver)
    quotes = sorted([*direct, *indirect], key=lambda q: (q.start, q.kind != "direct"))
    return tuple(quotes)


@stage("quotes", requires=("spacy_doc", "mentions", "entities"), assigns=("quotes",))
def quotes_stage(doc: Document) -> Document:
    return doc.replace(quotes=extract_quotes(doc))
