"""Structured records: JSON (one object or an array), JSONL and CSV.

Fields: ``id``, ``url``, ``title``, ``text``, ``published`` (common aliases
such as ``body``/``content``, ``date``, ``link``, ``headline`` are accepted).
JSONL and CSV stream record by record, so they are not bound by the file
size limit as a whole, only each line is; a bad record becomes one
rejection and the records around it still come through.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from tidings.config import Settings
from tidings.errors import (
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedRecordError,
    TooLargeError,
)
from tidings.ingest.dates import normalise_date
from tidings.ingest.sniff import HEAD_BYTES, check_head, decode_utf8, read_text_file
from tidings.ingest.textutil import content_hash, normalise_body, short_hash, split_dateline
from tidings.records import Article

__all__ = ["article_from_record", "read_csv", "read_json", "read_jsonl"]

_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "url": ("url", "link", "canonical_url"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article"),
    "published": ("published", "date", "published_at", "pubdate", "publish_date"),
    "dateline": ("dateline",),
}

Item = Article | InputError


def article_from_record(record: Mapping[str, Any], *, source: str) -> Article:
    """An article from one record; raises :class:`MalformedRecordError` if it has no text."""
    fields = {key: _field(record, names) for key, names in _ALIASES.items()}
    text = fields["text"]
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecordError("record has no text")
    body = split_dateline(normalise_body(text))
    url = _str_or_none(fields["url"])
    raw_id = fields["id"]
    if raw_id is not None and str(raw_id).strip():
        article_id = str(raw_id).strip()
    else:
        article_id = short_hash(url) if url else content_hash(body.text)[:16]
    return Article(
        id=article_id,
        text=body.text,
        title=_str_or_none(fields["title"]),
        published=normalise_date(fields["published"]),
        dateline=_str_or_none(fields["dateline"]) or body.dateline,
        url=url,
        source=source,
    )


def read_json(path: Path, settings: Settings) -> Iterator[Item]:
    """A JSON file holding one record or an array of records."""
    try:
        data = json.loads(read_text_file(path, settings.max_file_bytes))
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    records = data if isinstance(data, list) else [data]
    if not records:
        raise EmptyInputError("JSON array has no records")
    for index, record in enumerate(records):
        source = f"{path}[{index}]" if isinstance(data, list) else str(path)
        yield _checked(record, source, f"JSON record {index}")


def read_jsonl(path: Path, settings: Settings) -> Iterator[Item]:
    """A JSON-lines file, one record per line, read line by line."""
    seen = 0
    with path.open("rb") as handle:
        check_head(handle.read(HEAD_BYTES))
        handle.seek(0)
        for lineno, offset, line in _lines(handle, settings.max_file_bytes):
            source = f"{path}:{lineno}"
            if isinstance(line, InputError):
                line.source = source
                yield line
                continue
            if not line.strip():
                continue
            seen += 1
            try:
                record = json.loads(decode_utf8(line, base_offset=offset))
            except json.JSONDecodeError as exc:
                yield MalformedRecordError(
                    f"malformed JSONL line {lineno}: {exc.msg.removesuffix(' at')} "
                    f"at column {exc.colno}",
                    source=source,
                )
                continue
            except EncodingInputError as exc:
                yield EncodingInputError(f"line {lineno}: {exc.reason}", source=source)
                continue
            yield _checked(record, source, f"JSONL line {lineno}")
    if seen == 0:
        raise EmptyInputError("empty file (no records)")


def read_csv(path: Path, settings: Settings) -> Iterator[Item]:
    """A CSV file with a header row naming the record fields."""
    with path.open("rb") as handle:
        check_head(handle.read(HEAD_BYTES))
        handle.seek(0)
        reader = csv.DictReader(_decoded_lines(handle, settings.max_file_bytes))
        if reader.fieldnames is None:
            raise EmptyInputError("empty file")
        columns = {name.strip().lower() for name in reader.fieldnames}
        if not columns & set(_ALIASES["text"]):
            raise MalformedRecordError(
                f"CSV has no text column (columns: {', '.join(sorted(columns))})"
            )
        while True:
            start = reader.line_num + 1  # a quoted text may run over several lines
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield MalformedRecordError(
                    f"malformed CSV at line {start}: {exc}", source=f"{path}:{start}"
                )
                continue
            record = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
            yield _checked(record, f"{path}:{start}", f"CSV line {start}")


def _checked(record: object, source: str, where: str) -> Item:
    if not isinstance(record, Mapping):
        return MalformedRecordError(f"{where} is not an object", source=source)
    try:
        return article_from_record(record, source=source)
    except MalformedRecordError as exc:
        return MalformedRecordError(f"{where}: {exc.reason}", source=source)


def _lines(handle: BinaryIO, limit: int) -> Iterator[tuple[int, int, bytes | InputError]]:
    """(line number, byte offset, bytes) per line; an over-long line is skipped, not loaded."""
    offset = 0
    lineno = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        lineno += 1
        start = offset
        offset += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                offset += len(line)
            yield lineno, start, TooLargeError(f"line {lineno} is over the {limit:,}-byte limit")
            continue
        yield lineno, start, line


def _decoded_lines(handle: BinaryIO, limit: int) -> Iterator[str]:
    for lineno, offset, line in _lines(handle, limit):
        if isinstance(line, InputError):
            raise MalformedRecordError(f"CSV {line.reason}")
        try:
            yield decode_utf8(line, base_offset=offset)
        except EncodingInputError as exc:
            raise EncodingInputError(f"line {lineno}: {exc.reason}") from exc


def _field(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return value
    return None


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
