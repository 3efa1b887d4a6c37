"""Quotes: direct quotes and reported speech, attributed to their speakers."""

from tidings.quotes.lexicon import cue_verbs
from tidings.quotes.marks import find_marked_spans
from tidings.quotes.stage import extract_quotes, quotes_stage

__all__ = ["cue_verbs", "extract_quotes", "find_marked_spans", "quotes_stage"]
