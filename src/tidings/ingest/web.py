"""URLs: fetched with urllib (timeout, size cap), dispatched by content type."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message

from tidings.config import Settings
from tidings.errors import InputError, TooLargeError, UnsupportedFormatError
from tidings.ingest.feeds import articles_from_feed
from tidings.ingest.htmlpage import article_from_html, decode_html
from tidings.ingest.plaintext import parse_plain_text
from tidings.ingest.sniff import check_head, decode_utf8, sniff_format
from tidings.ingest.textutil import short_hash
from tidings.records import Article

__all__ = ["FETCH_TIMEOUT", "is_url", "read_url"]

FETCH_TIMEOUT = 20.0
_USER_AGENT = "tidings/0.1 (+news event coding)"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")

Item = Article | InputError


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_url(url: str, settings: Settings, *, timeout: float = FETCH_TIMEOUT) -> Iterator[Item]:
    """An HTML page (one article, id = hash of the URL) or a feed (one per entry)."""
    data, headers, final_url = _fetch(url, settings.max_file_bytes, timeout)
    mime = headers.get_content_type().lower()
    kind = "html" if mime in _HTML_TYPES else "feed" if mime in _FEED_TYPES else None
    if kind is None and (mime in _XML_TYPES or mime == "text/plain"):
        kind = sniff_format(data[:4096])
    if kind is None:
        raise UnsupportedFormatError(f"unsupported content type: {mime}")
    check_head(data[:4096])
    if kind == "html":
        markup = decode_html(data, headers.get_content_charset())
        yield article_from_html(markup, article_id=short_hash(url), source=url, url=final_url)
    elif kind == "feed":
        yield from articles_from_feed(data, source=url)
    elif kind == "text":
        parsed = parse_plain_text(decode_utf8(data))
        yield Article(id=short_hash(url), text=parsed.text, title=parsed.title,
                      published=parsed.published, dateline=parsed.dateline, url=final_url,
                      source=url)
    else:
        raise UnsupportedFormatError(f"unsupported content type: {mime} ({kind})")


def _fetch(url: str, limit: int, timeout: float) -> tuple[bytes, Message, str]:
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise TooLargeError(f"response is {int(declared):,} bytes, over the "
                                    f"{limit:,}-byte limit")
            data = response.read(limit + 1)
            if len(data) > limit:
                raise TooLargeError(f"response is over the {limit:,}-byte limit")
            return data, response.headers, response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"HTTP {exc.code} {exc.reason} fetching URL") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot fetch URL: {reason}") from exc
