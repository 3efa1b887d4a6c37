"""One exception tree for the whole library.

Every error Tidings raises on purpose derives from :class:`TidingsError`, so a
caller (the CLI, the API, a Spark job) can catch one class and turn it into a
clean message. Input problems carry a short, human reason because the ingest
report lists them per document.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "ConfigError",
    "DuplicateDocument",
    "EmptyInputError",
    "EncodingInputError",
    "InputError",
    "MalformedRecordError",
    "ModelError",
    "NoArticleTextError",
    "NonEnglishError",
    "PipelineError",
    "StoreError",
    "TidingsError",
    "TooLargeError",
    "TruncatedInputError",
    "UnsupportedFormatError",
]


class TidingsError(Exception):
    """Base class of every error raised by Tidings."""


class ConfigError(TidingsError):
    """A setting is missing or has an invalid value."""


class ModelError(TidingsError):
    """The spaCy pipeline cannot be loaded or lacks a component we need."""


class PipelineError(TidingsError):
    """Stages were composed in an order that breaks their requires/assigns."""


class StoreError(TidingsError):
    """The database cannot be opened, migrated or written."""


class InputError(TidingsError):
    """A single input document cannot be used; ``reason`` is one line for reports."""

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class EmptyInputError(InputError):
    """The file or record has no content."""


class BinaryInputError(InputError):
    """The file looks like binary data, not text, HTML, JSON, a feed or WARC."""


class EncodingInputError(InputError):
    """The bytes are not valid UTF-8 (or the declared encoding)."""


class TooLargeError(InputError):
    """The file exceeds the configured size limit."""


class NoArticleTextError(InputError):
    """HTML or a record from which no article text could be extracted."""


class MalformedRecordError(InputError):
    """A JSON/JSONL/CSV record that cannot be parsed or lacks required fields."""


class TruncatedInputError(InputError):
    """A container (WARC, gzip) that ends before its declared content."""


class UnsupportedFormatError(InputError):
    """A file whose format Tidings does not read."""


class NonEnglishError(InputError):
    """The document's language is not English; it is set aside, not processed."""


class DuplicateDocument(InputError):
    """The document repeats one already seen (exact or near duplicate)."""
