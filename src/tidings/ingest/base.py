"""Ingest entry point (the ingest work fills in readers for every format)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tidings.config import Settings
from tidings.records import Article

__all__ = ["Rejected", "iter_articles"]


@dataclass(frozen=True)
class Rejected:
    """An input that did not become an article, and why."""

    source: str
    reason: str
    status: Literal["skipped", "failed"]


def iter_articles(sources: Iterable[str], settings: Settings) -> Iterator[Article | Rejected]:
    for src in sources:
        path = Path(src)
        text = path.read_text("utf-8")
        title, _, body = text.partition("\n")
        yield Article(
            id=path.stem, text=text, title=title.strip() or None, source=str(path),
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
        )
