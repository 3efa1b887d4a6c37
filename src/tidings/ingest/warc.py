"""WARC archives (warcio; plain or gzipped): HTML responses go through the HTML extractor.

The archive is streamed record by record; only one record's payload (at most
``max_file_bytes``) is in memory at a time. Damage part-way through yields
the records before it and then a ``truncated WARC: ...`` rejection.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tidings.config import Settings
from tidings.errors import EmptyInputError, InputError, TooLargeError, TruncatedInputError
from tidings.ingest.htmlpage import article_from_html, decode_html
from tidings.ingest.sniff import HEAD_BYTES, check_head
from tidings.ingest.textutil import short_hash
from tidings.records import Article

__all__ = ["read_warc"]

Item = Article | InputError
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, settings: Settings) -> Iterator[Item]:
    """The HTML responses of a WARC file as articles (ids: hash of the target URL)."""
    if path.stat().st_size == 0:
        raise EmptyInputError("empty file")
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        check_head(head, allow_gzip=True)
        if not head.startswith((b"WARC/", b"\x1f\x8b")):
            raise TruncatedInputError("not a WARC file (no WARC/1.x header)")
        handle.seek(0)
        records = ArchiveIterator(handle)
        count = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:  # warcio fails in many ways on a cut archive
                raise _damage(exc, count, records) from exc
            count += 1
            item = _record_item(record, path, settings.max_file_bytes)
            if item is not None:
                yield item


def _damage(exc: Exception, count: int, records: Any) -> TruncatedInputError:
    """Where the archive broke: after how many good records, at which byte."""
    try:
        where = f" at byte {records.get_record_offset():,}"
    except Exception:  # the offset is only a courtesy
        where = ""
    kind = "incomplete gzip member" if isinstance(exc, (EOFError, zlib.error)) else (
        "damaged record")
    detail = " ".join(str(exc).split())[:120]
    if isinstance(exc, ArchiveLoadFailed) and detail:
        kind = detail
    return TruncatedInputError(
        f"truncated WARC: {kind}{where} after {count} complete records"
    )


def _record_item(record: Any, path: Path, limit: int) -> Item | None:
    """An article, a rejection, or ``None`` for records that are not pages (requests, info)."""
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    source = f"{path}#{url}"
    content_type = ""
    if record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    mime, _, params = content_type.partition(";")
    if mime.strip().lower() not in _HTML_TYPES:
        return EmptyInputError(
            f"WARC record is not an HTML page ({mime.strip() or 'no content type'})",
            source=source,
        )
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return TooLargeError(f"WARC record is over the {limit:,}-byte limit", source=source)
    if getattr(record.raw_stream, "limit", 0) > 0:
        # The file ended inside this record: its page is cut, and nothing follows.
        raise TruncatedInputError(f"truncated WARC: the record for {url} is cut short")
    charset = _charset(params)
    try:
        return article_from_html(
            decode_html(payload, charset), article_id=short_hash(url), source=source, url=url
        )
    except InputError as exc:
        exc.source = source
        return exc


def _charset(params: str) -> str | None:
    for part in params.split(";"):
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
