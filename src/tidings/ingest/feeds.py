"""RSS and Atom feeds (feedparser): each entry with content or a summary is an article."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import feedparser

from tidings.config import Settings
from tidings.errors import (
    EmptyInputError,
    InputError,
    MalformedRecordError,
    UnsupportedFormatError,
)
from tidings.ingest.dates import normalise_date
from tidings.ingest.sniff import HEAD_BYTES, check_head, check_size
from tidings.ingest.textutil import content_hash, html_fragment_to_text, short_hash, split_dateline
from tidings.records import Article

__all__ = ["articles_from_feed", "read_feed"]

Item = Article | InputError


def read_feed(path: Path, settings: Settings) -> Iterator[Item]:
    """The entries of an RSS/Atom file."""
    check_size(path, settings.max_file_bytes)
    data = path.read_bytes()
    check_head(data[:HEAD_BYTES])
    yield from articles_from_feed(data, source=str(path))


def articles_from_feed(data: bytes, *, source: str) -> Iterator[Item]:
    """Articles from the bytes of a feed; ``source`` is the feed's path or URL."""
    # feedparser is handed bytes, never a URL: fetching is ours (timeout, size cap).
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "not a feed").splitlines()[0]
            raise MalformedRecordError(f"malformed feed: {reason}")
        if not parsed.get("version"):
            raise UnsupportedFormatError("XML is not an RSS or Atom feed")
        raise EmptyInputError("feed has no entries")
    for index, entry in enumerate(entries):
        entry_source = f"{source}#entry{index}"
        try:
            yield _article(entry, source=entry_source)
        except InputError as exc:
            exc.source = entry_source
            yield exc


def _article(entry: Mapping[str, Any], *, source: str) -> Article:
    markup = _best_content(entry)
    if markup is None:
        raise EmptyInputError("feed entry has no content or summary")
    text = html_fragment_to_text(markup)
    if not text:
        raise EmptyInputError("feed entry has no content or summary")
    body = split_dateline(text)
    url = entry.get("link") or None
    key = url or entry.get("id")
    return Article(
        id=short_hash(key) if key else content_hash(body.text)[:16],
        text=body.text,
        title=html_fragment_to_text(entry["title"]) if entry.get("title") else None,
        published=_entry_date(entry),
        dateline=body.dateline,
        url=url,
        source=source,
    )


def _best_content(entry: Mapping[str, Any]) -> str | None:
    """Full content if the feed carries it, else the summary (the longer wins)."""
    candidates = [c.get("value", "") for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len)
    return best if best.strip() else None


def _entry_date(entry: Mapping[str, Any]) -> date | None:
    for key in ("published", "updated", "created"):
        found = normalise_date(entry.get(key))
        if found is not None:
            return found
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None
