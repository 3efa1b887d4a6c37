"""Finding quoted spans from quote marks alone (no parse needed).

Double marks (straight ``"``, curly ``“ ”``, low ``„``, guillemets) open and
close top-level quotes; single marks inside a double-quoted span are nested
quotes and stay part of it. Top-level curly single quotes (``‘...’``, British
and headline style) are quotes too when they are not apostrophes.

News convention: a quote whose paragraph ends before its closing mark, and
whose next paragraph opens with a mark, continues there. We report one span
per paragraph (``continues`` set on the earlier part), so every span stays
within one paragraph and the attribution code can hand the speaker on.

Some archives (the New York Times' among them) write a double quote as two
apostrophes; those pairs are read as double marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

__all__ = ["MarkedSpan", "find_marked_spans", "paragraphs"]

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_ANY = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
_OPEN_CONTEXT = " \t([{—–-/:;"  # a mark after these is opening
# A doubled apostrophe is scanned as a straight double mark followed by this filler
# (same length, so every offset still points into the original text).
_FILLER = "\x01"
_DOUBLED = re.compile(r"(?<!')'{2,3}(?!')")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Content between quote marks: ``[start, end)`` excludes the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # None when the paragraph ended first
    paragraph: int
    continues: bool = False  # the quote goes on in the next paragraph
    continued: bool = False  # this span continues the previous paragraph's quote

    @property
    def marked(self) -> tuple[int, int]:
        """The range from the opening mark to just past the closing mark (or the text's end)."""
        return self.open_mark, (self.close_mark if self.close_mark is not None else self.end) + 1


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line run; a newline ends a paragraph."""
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.end()


def _scan_text(text: str) -> str:
    """``text`` with each doubled-apostrophe mark rewritten as ``"`` + filler.

    A run of three is a nested single mark next to the double one: before a word
    it opens both (as in ``'''Sir``), otherwise it closes both (``us,'''``).
    """
    if "''" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        if len(m.group()) == 2:
            return '"' + _FILLER
        nxt = text[m.end()] if m.end() < len(text) else " "
        return '"' + _FILLER + "'" if nxt.isalnum() else "'" + '"' + _FILLER

    return _DOUBLED.sub(repl, text)


def _is_opening(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPEN_CONTEXT or before in DOUBLE_ANY + SINGLE_OPEN:
        return not after.isspace()
    if after.isspace() or after in ".,;:!?)]—–-":
        return False
    return text[i] in DOUBLE_OPEN


def _single_is_mark(text: str, i: int, start: int, end: int) -> bool:
    """A curly single quote that is not an apostrophe (``Pakistan’s``, ``’90s``)."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if text[i] == SINGLE_OPEN:
        return not before.isalnum() and not after.isspace()
    return not after.isalnum() and not before.isspace()


def _doubles(
    text: str, start: int, end: int, open_at: int | None = None
) -> list[tuple[int, int | None]]:
    """Pairs (open, close) of top-level double marks in one paragraph.

    ``open_at`` is an implicit opening position when the paragraph starts inside a quote.
    """
    pairs: list[tuple[int, int | None]] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in DOUBLE_ANY:
            continue
        if open_at is None:
            if _is_opening(text, i, start) or ch not in DOUBLE_CLOSE:
                open_at = i
            # else: a stray closing mark with nothing open; ignore it
        else:
            pairs.append((open_at, i))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _first_mark_closes(text: str, start: int, end: int) -> bool:
    for i in range(start, end):
        if text[i] in DOUBLE_ANY:
            return not _is_opening(text, i, start)
    return False


def _singles(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[
    tuple[int, int]
]:
    """Top-level ``‘...’`` pairs outside the double-quoted ranges."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(start, end):
        if text[i] not in SINGLE_OPEN + SINGLE_CLOSE or any(a <= i <= b for a, b in taken):
            continue
        if not _single_is_mark(text, i, start, end):
            continue
        if open_at is None and text[i] == SINGLE_OPEN:
            open_at = i
        elif open_at is not None and text[i] == SINGLE_CLOSE:
            pairs.append((open_at, i))
            open_at = None
    return pairs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks and the comma that hands over to the cue ("...," he said)."""
    while start < end and (text[start].isspace() or text[start] == _FILLER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "," + _FILLER):
        end -= 1
    return start, end


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quoted span in ``text``, in order, one per paragraph part."""
    text = _scan_text(text)
    out: list[MarkedSpan] = []
    carry: int | None = None  # index in ``out`` of a quote left open by the last paragraph
    for p_idx, (p_start, p_end) in enumerate(paragraphs(text)):
        lead = p_start
        while lead < p_end and text[lead].isspace():
            lead += 1
        opens_with_mark = lead < p_end and text[lead] in DOUBLE_ANY
        implicit = None
        if carry is not None and not opens_with_mark:
            if _first_mark_closes(text, lead, p_end):
                # The writer dropped the mark that reopens the quote: '“A ...\n\nB ...”'.
                implicit = lead - 1
            else:
                out[carry] = replace(out[carry], continues=False)
        pairs = _doubles(text, p_start, p_end, implicit)
        closed: list[tuple[int, int]] = []
        carried_in, carry = carry is not None, None
        for k, (o, c) in enumerate(pairs):
            s, e = _trim(text, o + 1, c if c is not None else p_end)
            if c is not None:
                closed.append((o, c))
            if e <= s:
                continue
            unclosed = c is None
            if unclosed:
                carry = len(out)
            out.append(
                MarkedSpan(
                    start=s, end=e, open_mark=o, close_mark=c, paragraph=p_idx,
                    continues=unclosed,
                    continued=carried_in and k == 0 and o in (lead, implicit),
                )
            )
        taken = closed + [(o, p_end) for o, c in pairs if c is None]
        singles = [
            MarkedSpan(s, e, o, c, p_idx)
            for o, c in _singles(text, p_start, p_end, taken)
            for s, e in [_trim(text, o + 1, c)]
            if e > s
        ]
        out.extend(singles)  # after the doubles, so ``carry`` still indexes the open quote
    if carry is not None:
        out[carry] = replace(out[carry], continues=False)
    out.sort(key=lambda m: m.start)
    return out
