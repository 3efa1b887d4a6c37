"""Ingest: read news in the formats it arrives in and yield :class:`Article` records.

Every input ends up either as an ``Article`` or as a :class:`Rejected` entry
with a one-line reason, so a batch never loses a document silently.
"""

from tidings.ingest.base import Rejected, iter_articles

__all__ = ["Rejected", "iter_articles"]
