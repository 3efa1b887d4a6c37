"""A token's children, its sentence's text and an entity label's tokens, made once per
article.

Speed: the coder's rules walk the same few nodes of a sentence (a verb, its subject, its
objects) again and again, and ``Token.children`` makes a new spaCy ``Token`` object for
every child on every walk; ``Span.text`` and a walk over a sentence make one for every word.
:func:`children` lists a token's children once per article and hands out the same tuple
afterwards; :func:`sentence_text` slices the article's text, taken once;
:func:`entity_tokens` finds a label's tokens from one ``Doc.to_array`` column per article,
and :func:`columns` gives every token's POS, DEP and text ids from one more.
The memo holds one article (the one being coded): a new ``Doc``, or the same one
retokenized to another length, starts a new memo.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["Columns", "children", "columns", "entity_tokens", "sentence_text"]


class Columns:
    """Every token's POS, DEP and ORTH (text) ids, by position: a rule that scans a
    sentence for a few kinds of word compares ids and makes Tokens only for those."""

    __slots__ = ("dep", "orth", "pos")

    def __init__(self, doc: Doc) -> None:
        arr = np.asarray(doc.to_array([POS, DEP, ORTH])).reshape(-1, 3)
        self.pos: list[int] = arr[:, 0].tolist()
        self.dep: list[int] = arr[:, 1].tolist()
        self.orth: list[int] = arr[:, 2].tolist()


class _Memo:
    __slots__ = ("cols", "doc", "ents", "kids", "size", "text")

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.size = len(doc) if doc is not None else -1
        self.kids: dict[int, tuple[Token, ...]] = {}
        self.text: str | None = None  # ``Doc.text`` joins every word on each call
        self.ents: dict[str, list[int]] = {}  # entity label -> positions of its tokens
        self.cols: Columns | None = None


_memo = _Memo(None)


def _of(doc: Doc) -> _Memo:
    global _memo
    memo = _memo  # one read: another thread may swap the memo for its own article
    if memo.doc is not doc or memo.size != len(doc):
        memo = _memo = _Memo(doc)
    return memo


def children(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``, made once per article and token."""
    memo, doc = _memo, tok.doc
    if memo.doc is not doc or memo.size != len(doc):  # inline: the hottest caller of _of
        memo = _of(doc)
    kids = memo.kids.get(tok.i)
    if kids is None:
        kids = memo.kids[tok.i] = tuple(tok.children)
    return kids


def sentence_text(tok: Token) -> str:
    """``tok.sent.text``: the Span's words are joined back into the text they came from,
    so the slice of the article's text between the sentence's bounds is the same string."""
    memo = _of(tok.doc)
    if memo.text is None:
        memo.text = tok.doc.text
    sent = tok.sent
    return memo.text[sent.start_char:sent.end_char]


def entity_tokens(span: Span, label: str) -> list[Token]:
    """The tokens of ``span`` whose ``ent_type_`` is ``label``, in order: the positions of
    the label are read once per article from one ``Doc.to_array`` column."""
    doc = span.doc
    memo = _of(doc)
    where = memo.ents.get(label)
    if where is None:
        column = np.asarray(doc.to_array(ENT_TYPE)).reshape(-1)
        where = memo.ents[label] = np.flatnonzero(column == get_string_id(label)).tolist()
    lo, hi = bisect_left(where, span.start), bisect_left(where, span.end)
    return [doc[i] for i in where[lo:hi]]


def columns(doc: Doc) -> Columns:
    """The article's :class:`Columns`, read with one ``Doc.to_array`` (a read per sentence
    costs more than the Tokens it saves)."""
    memo = _of(doc)
    if memo.cols is None:
        memo.cols = Columns(doc)
    return memo.cols
