"""Plain-text articles: title line, optional date line, then paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.config import Settings
from tidings.errors import EmptyInputError
from tidings.ingest.dates import is_date_line, normalise_date
from tidings.ingest.sniff import read_text_file
from tidings.ingest.textutil import normalise_body, split_dateline
from tidings.records import Article

__all__ = ["ParsedText", "parse_plain_text", "read_text"]

# A first line longer than this is a paragraph, not a headline.
_MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class ParsedText:
    title: str | None
    published: date | None
    dateline: str | None
    text: str


def parse_plain_text(raw: str) -> ParsedText:
    """Split a plain-text article into title, date, dateline and body.

    Layout: line 1 the title; an optional line that is only a date; then the
    body. A file whose first line is a long paragraph (or that has a single
    line) has no title and the whole of it is the body.
    """
    lines = normalise_body(raw).split("\n")
    title: str | None = None
    if len(lines) > 1 and len(lines[0].strip()) <= _MAX_TITLE_CHARS:
        title = lines.pop(0).strip() or None
    published = None
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and is_date_line(lines[0]):
        published = normalise_date(lines.pop(0))
    body = split_dateline(normalise_body("\n".join(lines)))
    if not body.text.strip():
        raise EmptyInputError("no body text after the title")
    return ParsedText(title, published, body.dateline, body.text)


def read_text(path: Path, settings: Settings) -> Iterator[Article]:
    """One article from a ``.txt`` file; its id is the file's stem."""
    parsed = parse_plain_text(read_text_file(path, settings.max_file_bytes))
    yield Article(
        id=path.stem,
        text=parsed.text,
        title=parsed.title,
        published=parsed.published,
        dateline=parsed.dateline,
        source=str(path),
    )
