"""Looking at a file before trusting it: size, binary magic, encoding, format.

The size is checked from ``stat`` before a byte is read, so a 50 GB file
costs nothing; only the first few KB are read to recognise binary data.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from tidings.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    TooLargeError,
    UnsupportedFormatError,
)

__all__ = [
    "Format",
    "check_head",
    "check_size",
    "decode_utf8",
    "detect_format",
    "read_text_file",
    "sniff_format",
]

Format = Literal["text", "html", "json", "jsonl", "csv", "feed", "warc"]

_EXTENSIONS: dict[str, Format] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}
# Magic numbers of the binary files most often found next to articles.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)
HEAD_BYTES = 8192


def detect_format(path: Path) -> Format:
    """The reader for ``path``, from its extension (content sniffed if it has none)."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    head = _head(path)
    check_head(head)  # a PNG named .dat is reported as binary, not as an unknown format
    if suffix == "":
        found = sniff_format(head)
        if found is not None:
            return found
    raise UnsupportedFormatError(f"unsupported format: {suffix or 'no extension'}")


def sniff_format(head: bytes) -> Format | None:
    """Guess a format from the first bytes (files without extension, URLs)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", start):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    if start.startswith((b"{", b"[")):
        return "json"
    if start and b"\x00" not in start:
        return "text"
    return None


def check_size(path: Path, limit: int) -> int:
    """The file's size; raises if it is empty or over ``limit`` (nothing is read)."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyInputError("empty file")
    if size > limit:
        raise TooLargeError(f"file is {size:,} bytes, over the {limit:,}-byte limit")
    return size


def check_head(head: bytes, *, allow_gzip: bool = False) -> None:
    """Raise :class:`BinaryInputError` if ``head`` looks like binary data, not text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic) and not (allow_gzip and magic == b"\x1f\x8b"):
            raise BinaryInputError(f"binary file ({kind}), not text")
    if not allow_gzip and b"\x00" in head:
        raise BinaryInputError("binary file (contains NUL bytes), not text")


def decode_utf8(data: bytes, *, base_offset: int = 0) -> str:
    """Strict UTF-8 (a BOM is dropped); the error names the byte offset of the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        offset = base_offset + exc.start + (bom if exc.object is not data else 0)
        raise EncodingInputError(f"invalid UTF-8 at byte offset {offset}") from exc


def read_text_file(path: Path, limit: int) -> str:
    """The whole (small) file as text, after the size, binary and encoding checks."""
    check_size(path, limit)
    data = path.read_bytes()
    check_head(data[:HEAD_BYTES])
    text = decode_utf8(data)
    if not text.strip():
        raise EmptyInputError("empty file (only whitespace)")
    return text


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)
