"""Ingest: read news in the formats it arrives in and yield :class:`Article` records.

Every input ends up either as an ``Article`` or as a :class:`Rejected` entry
with a one-line reason, so a batch never loses a document silently. Formats,
the text/offset convention and the list of reasons: ``docs/ingest.md``.
"""

from tidings.ingest.base import iter_articles, iter_sources
from tidings.ingest.dates import normalise_date
from tidings.ingest.dedup import Deduplicator
from tidings.ingest.language import detect_language
from tidings.ingest.plaintext import parse_plain_text
from tidings.ingest.rejected import Rejected
from tidings.ingest.textutil import content_hash

__all__ = [
    "Deduplicator",
    "Rejected",
    "content_hash",
    "detect_language",
    "iter_articles",
    "iter_sources",
    "normalise_date",
    "parse_plain_text",
]
