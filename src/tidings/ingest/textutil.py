"""Text helpers shared by every reader: body layout, datelines, hashes and ids.

The text convention (see ``docs/ingest.md``): ``Article.text`` is the body only,
starting at the first body paragraph (no title, no date line, no dateline),
line endings as ``\\n``, paragraphs separated by one blank line; within that,
the characters are kept exactly, because every downstream offset points into it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from lxml import html as lxml_html  # type: ignore[import-untyped]

__all__ = [
    "Body",
    "content_hash",
    "html_fragment_to_text",
    "normalise_body",
    "short_hash",
    "split_dateline",
]

# "TEHRAN-", "ISLAMABAD —", "KABUL (AP) —", "WASHINGTON, Feb 14 (Reuters) -",
# "UNITED NATIONS, Jan 5 —": an upper-case place, an optional comma part and
# agency, then a dash. A hyphen needs a space after it so "US-led" is no dateline.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]*){0,3})"
    r"(?:,[^\n()–—]{1,30}?)?"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\))?"
    r"(?:\s*(?:--?|‒)\s+|\s*[–—]\s*)"
)
_BLANKS = re.compile(r"\n[ \t]*\n\s*")
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "figure", "figcaption",
)


@dataclass(frozen=True, slots=True)
class Body:
    """A body text with its dateline (if one opened the first paragraph) split off."""

    text: str
    dateline: str | None


def normalise_body(raw: str) -> str:
    """Body layout: ``\\n`` line ends, one blank line between paragraphs, no outer blanks."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    return _BLANKS.sub("\n\n", text)


def split_dateline(text: str) -> Body:
    """Split a leading dateline (``KABUL (AP) —``) off the first paragraph.

    The dateline is kept as metadata (the place as written, e.g. ``KABUL``)
    rather than in the text: left in, a capital in capitals at the start of
    the first sentence reads to the actor stage as a government acting.
    """
    match = _DATELINE.match(text)
    if match is None or len(match["place"].replace(".", "")) < 2:
        return Body(text, None)
    rest = text[match.end():]
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'"):
        return Body(text, None)
    return Body(rest, match["place"].strip())


def content_hash(text: str) -> str:
    """sha256 of the whitespace-normalised text: equal for copies that differ only in layout."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def short_hash(value: str) -> str:
    """A stable 16-hex-digit id from a URL or a text."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed content), block elements as paragraphs."""
    if "<" not in fragment:
        return normalise_body(_collapse_lines(fragment))
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.iter("script", "style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    for br in root.iter("br"):
        br.tail = "\n\n" + (br.tail or "")
    return normalise_body(_collapse_lines(root.text_content()))


def _collapse_lines(text: str) -> str:
    """Inside a paragraph HTML whitespace is insignificant: one space between words."""
    paragraphs = _BLANKS.split(text.replace("\r\n", "\n"))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
