"""HTML pages: trafilatura removes the boilerplate, we keep paragraphs and metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from lxml import etree  # type: ignore[import-untyped]

from tidings.config import Settings
from tidings.errors import EmptyInputError, EncodingInputError, NoArticleTextError
from tidings.ingest.dates import normalise_date
from tidings.ingest.sniff import HEAD_BYTES, check_head, check_size, decode_utf8
from tidings.ingest.textutil import normalise_body, split_dateline
from tidings.records import Article

__all__ = ["article_from_html", "decode_html", "read_html"]

# Fewer words than this is a navigation stub or an error page, not an article.
MIN_ARTICLE_WORDS = 25
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class _Extracted:
    title: str | None
    date: str | None
    url: str | None
    text: str


def decode_html(data: bytes, declared: str | None = None) -> str:
    """UTF-8 unless the server or a ``<meta charset>`` declares another encoding."""
    charset = declared
    if charset is None:
        match = _CHARSET.search(data[:HEAD_BYTES])
        charset = match.group(1).decode("ascii") if match else None
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            raise EncodingInputError(f"cannot decode HTML as declared {charset}: {exc}") from exc
    return decode_utf8(data)


def article_from_html(
    markup: str, *, article_id: str, source: str, url: str | None = None
) -> Article:
    """The article in an HTML page; raises :class:`NoArticleTextError` if there is none."""
    if not markup.strip():
        raise EmptyInputError("empty file")
    extracted = _extract(markup)
    if len(extracted.text.split()) < MIN_ARTICLE_WORDS:
        raise NoArticleTextError("no article text found in HTML")
    body = split_dateline(extracted.text)
    return Article(
        id=article_id,
        text=body.text,
        title=extracted.title,
        published=normalise_date(extracted.date),
        dateline=body.dateline,
        url=extracted.url or url,
        source=source,
    )


def read_html(path: Path, settings: Settings) -> Iterator[Article]:
    """One article from an ``.html`` file; its id is the file's stem."""
    check_size(path, settings.max_file_bytes)
    data = path.read_bytes()
    check_head(data[:HEAD_BYTES])
    yield article_from_html(decode_html(data), article_id=path.stem, source=str(path))


def _extract(markup: str) -> _Extracted:
    xml = trafilatura.extract(
        markup,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        # htmldate's extensive search falls back to a footer's "© 2023" and
        # reports 1 January: no date is better than a wrong one.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        raise NoArticleTextError("no article text found in HTML")
    root = etree.fromstring(xml.encode("utf-8"))
    title = root.get("title") or None
    main = root.find("main")
    paragraphs = [] if main is None else _paragraphs(main)
    # The headline is repeated as the first heading of the body; the body starts after it.
    while paragraphs and paragraphs[0][0] == "head":
        paragraphs.pop(0)
    text = normalise_body("\n\n".join(p for _, p in paragraphs))
    return _Extracted(title, root.get("date"), root.get("url"), text)


def _paragraphs(main: etree._Element) -> list[tuple[str, str]]:
    """(tag, text) of each block of trafilatura's output, whitespace collapsed."""
    out: list[tuple[str, str]] = []
    if main.text and main.text.strip():
        out.append(("p", " ".join(main.text.split())))
    for child in main:
        tag = str(child.tag)
        if tag == "list":
            items = [" ".join("".join(i.itertext()).split()) for i in child.iter("item")]
            out.extend(("item", i) for i in items if i)
        else:
            text = " ".join("".join(child.itertext()).split())
            if text:
                out.append((tag, text))
        if child.tail and child.tail.strip():
            out.append(("p", " ".join(child.tail.split())))
    return out
