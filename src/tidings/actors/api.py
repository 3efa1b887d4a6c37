"""Small helpers other stages use to read the actors of a document."""

from __future__ import annotations

from tidings.document import Document
from tidings.records import Mention

__all__ = ["mentions_in"]


def mentions_in(doc: Document, start: int, end: int) -> list[Mention]:
    """The mentions lying entirely inside the character range ``[start, end)``, in order."""
    return [m for m in doc.mentions if m.start >= start and m.end <= end]
