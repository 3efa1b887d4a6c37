"""Ingest entry point: sources in, articles or rejections out, one input at a time.

``iter_articles`` never raises for a bad document: every input (file,
record, feed entry, WARC record, URL) comes out either as an ``Article``
or as a ``Rejected`` with a one-line reason, and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tidings.config import Settings
from tidings.errors import DuplicateDocument, EmptyInputError, InputError, NonEnglishError
from tidings.ingest.dedup import Deduplicator
from tidings.ingest.feeds import read_feed
from tidings.ingest.htmlpage import read_html
from tidings.ingest.language import detect_language
from tidings.ingest.plaintext import read_text
from tidings.ingest.rejected import Rejected, Status
from tidings.ingest.sniff import Format, detect_format
from tidings.ingest.structured import read_csv, read_json, read_jsonl
from tidings.ingest.warc import read_warc
from tidings.ingest.web import is_url, read_url
from tidings.records import Article

__all__ = ["Rejected", "iter_articles", "iter_sources"]

log = logging.getLogger(__name__)

Item = Article | InputError
Reader = Callable[[Path, Settings], Iterator[Item]]

READERS: dict[Format, Reader] = {
    "text": read_text,
    "html": read_html,
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "feed": read_feed,
    "warc": read_warc,
}
# Set aside on purpose rather than broken: reported as "skipped".
_SKIPPED = (EmptyInputError, NonEnglishError, DuplicateDocument)


def iter_articles(
    sources: Iterable[str | os.PathLike[str]],
    settings: Settings,
    dedup: Deduplicator | None = None,
) -> Iterator[Article | Rejected]:
    """Articles (English, hashed, de-duplicated) and rejections from files, dirs and URLs."""
    dedup = dedup if dedup is not None else Deduplicator(settings.near_duplicate_threshold)
    for source in iter_sources(sources):
        for item in _read_source(source, settings):
            if isinstance(item, Rejected):
                yield item
            else:
                yield _accept(item, dedup)


def iter_sources(sources: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Each URL and file named, directories expanded recursively (sorted, hidden skipped)."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]  # one path given bare, not a string to iterate letter by letter
    for source in sources:
        text = os.fspath(source)
        if not is_url(text) and Path(text).is_dir():
            yield from (str(p) for p in _walk(Path(text)))
        else:
            yield text


def _walk(directory: Path) -> Iterator[Path]:
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():  # a linked directory can loop back on itself
                yield from _walk(entry)
        else:
            yield entry


def _read_source(source: str, settings: Settings) -> Iterator[Article | Rejected]:
    """Run the right reader; any error, expected or not, becomes a rejection."""
    try:
        if is_url(source):
            items = read_url(source, settings)
        else:
            path = Path(source)
            if not path.exists():
                raise InputError("no such file or directory")
            items = READERS[detect_format(path)](path, settings)
        for item in items:
            yield _rejected(item, source) if isinstance(item, InputError) else item
    except InputError as exc:
        yield _rejected(exc, source)
    except OSError as exc:  # unreadable file, permissions, I/O error
        yield Rejected(source, f"cannot read file: {exc.strerror or exc}", "failed")
    except Exception as exc:  # one bad document must not stop the batch
        log.exception("unexpected error reading %s", source)
        detail = " ".join(str(exc).split())[:200]
        yield Rejected(source, f"unexpected error: {type(exc).__name__}: {detail}", "failed")


def _accept(article: Article, dedup: Deduplicator) -> Article | Rejected:
    """Language filter, then duplicate check (which also sets the content hash)."""
    language = detect_language(article.text)
    if language != "en":
        return Rejected(article.source or article.id,
                        f"non-English text (detected: {language})", "skipped")
    return dedup.check(dataclasses.replace(article, language=language))


def _rejected(error: InputError, source: str) -> Rejected:
    status: Status = "skipped" if isinstance(error, _SKIPPED) else "failed"
    return Rejected(error.source or source, error.reason, status)
