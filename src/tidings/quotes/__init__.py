"""Quotes: direct quotes and reported speech, attributed to their speakers."""

from tidings.quotes.stage import quotes_stage

__all__ = ["quotes_stage"]
