"""A parsed article as per-token integer lists, and the token tests read from them.

Speed: the actors stage must cost a small fraction of the parse, so per-token work is done
once per article on arrays from ``Doc.to_array`` (:class:`View`), shared by the candidate
finder (:mod:`tidings.actors.candidates`), the clustering (:mod:`tidings.actors.coref`) and
the recall pass; spaCy ``Token`` objects are created only at the few positions where a rule
looks at the tree, and labels are compared as integer ids.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    LOWER,
    POS,
    SENT_START,
    TAG,
)
from spacy.strings import get_string_id

from tidings.actors.kb import KB, norm
from tidings.actors.rules import rules

__all__ = ["View", "is_agent_use", "norm_word"]

_R = rules()
_SUFFIXES = _R.name_suffixes
# spaCy stores labels as integer ids: comparing those avoids a string lookup per access
_AGENT_DEPS = frozenset(get_string_id(d) for d in _R.agent_dependencies)
_CONJ, _POBJ = get_string_id("conj"), get_string_id("pobj")
# the columns of View.arr, in order
_ATTRS = [LOWER, SENT_START, HEAD, IDX, LENGTH, POS, TAG, DEP, ENT_TYPE, LEMMA]


class View:
    """A parsed article as per-token integer lists (built once, shared with clustering)."""

    __slots__ = ("arr", "dep", "doc", "ends", "ent", "ents", "heads", "idx", "low", "pos",
                 "sents", "tag", "text")

    def __init__(self, doc: Any, text: str | None = None) -> None:
        self.doc = doc
        self.text: str = doc.text if text is None else text  # Doc.text is rebuilt per call
        # the whole text lower-cased once: a token's slice of it is its ``lower_`` when
        # lower-casing maps each character to one character (no "İ") and no final sigma
        # (the only mapping that depends on the next character) can occur
        low = self.text.lower()
        self.low: str | None = low if len(low) == len(self.text) and "Σ" not in self.text \
            else None
        arr = doc.to_array(_ATTRS)
        self.arr = arr
        n = len(arr)
        heads = np.arange(n, dtype=np.int64) + arr[:, 2].astype(np.int64)
        self.heads: list[int] = heads.tolist()
        self.sents: list[int] = np.cumsum(arr[:, 1] == 1).tolist()
        self.idx: list[int] = arr[:, 3].tolist()
        self.ends: list[int] = (arr[:, 3] + arr[:, 4]).tolist()
        # label ids of every token: cheaper than a Token object per looked-at word
        self.pos: list[int] = arr[:, 5].tolist()
        self.tag: list[int] = arr[:, 6].tolist()
        self.dep: list[int] = arr[:, 7].tolist()
        self.ent: list[int] = arr[:, 8].tolist()
        # spaCy's Spans are made in C: cheaper than any tuple built here from the columns
        self.ents: tuple[Any, ...] = doc.ents

    def lower(self, i: int) -> str:
        """Token ``i``'s ``lower_`` (spaCy's lower-case form is ``str.lower`` of the text)."""
        if self.low is not None:
            return self.low[self.idx[i]:self.ends[i]]
        return self.text[self.idx[i]:self.ends[i]].lower()

    def chars(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)`` (as ``Span.text``, without a ``Span``)."""
        return self.text[self.idx[start]:self.ends[end - 1]] if end > start else ""

    def lemma(self, i: int) -> str:
        """Token ``i``'s ``lemma_`` (from its hash: no ``Token`` object)."""
        return str(self.doc.vocab.strings[self.arr.item(i, 9)])

    def right_links(self, i: int, dep: int) -> list[int]:
        """The children of token ``i`` after it with dependency ``dep``, in text order:
        ``[c.i for c in doc[i].rights if c.dep == dep]`` without a ``Token`` per child (a
        child is in its head's sentence)."""
        heads, deps, sents = self.heads, self.dep, self.sents
        sent, found = sents[i], []
        for j in range(i + 1, len(heads)):
            if sents[j] != sent:
                break
            if heads[j] == i and deps[j] == dep:
                found.append(j)
        return found

    def has_conjuncts(self, i: int) -> bool:
        """``bool(doc[i].conjuncts)``: token ``i`` is a conjunct of a head, or has one."""
        if self.dep[i] == _CONJ and self.heads[i] != i:
            return True
        return bool(self.right_links(i, _CONJ))

    def marked(self, words: dict[int, int]) -> tuple[list[int], list[int], list[int]]:
        """Tokens that may start a dictionary group name (capitalised only), may head a
        sector noun, or are pronouns: ``words`` maps lower-case ids to flags (see
        :func:`_word_ids`)."""
        lowers = self.arr[:, 0].tolist()
        # a set test per token in one comprehension: cheaper than numpy's per-call overhead
        at = [i for i, low in enumerate(lowers) if low in words]
        groups, heads, prons = [], [], []
        text, idx, ends = self.text, self.idx, self.ends
        for i in at:
            f = words[lowers[i]]
            if f & 4:  # spaCy's is_title / is_upper are str.istitle / str.isupper
                word = text[idx[i]:ends[i]]
                if word.istitle() or word.isupper():
                    groups.append(i)
            if f & 2:
                heads.append(i)
            if f & 1:
                prons.append(i)
        return groups, heads, prons


def is_agent_use(v: View, i: int) -> bool:
    """True when a place-name token (``i``) is used as an actor: subject/object of a verb,
    possessive, apposition, or object of a non-locative preposition ("talks between Kabul and
    Islamabad", "security by Iran"). Conjuncts inherit from the first conjunct."""
    heads, deps = v.heads, v.dep
    while deps[i] == _CONJ and heads[i] != i:
        i = heads[i]
    dep = deps[i]
    if dep in _AGENT_DEPS:
        return True
    if dep == _POBJ:
        prep = v.lower(heads[i])
        if prep in _R.directional_prepositions:
            return v.lemma(heads[heads[i]]).lower() not in _R.motion_verbs
        return prep not in _R.locative_prepositions
    return False


def _root(v: View, ent: Any) -> int:
    """``ent.root.i`` without a ``Token``: the first sentence root in the span, else the only
    token whose head lies outside it; spaCy's own rule (fewest steps to the root) decides
    the rare spans with several such tokens."""
    return _root_of(v, ent.start, ent.end)


def _root_of(v: View, start: int, end: int) -> int:
    """:func:`_root` of tokens ``[start, end)``."""
    heads = v.heads
    found = -1
    for i in range(start, end):
        h = heads[i]
        if h == i:
            return i
        if not start <= h < end:
            if found >= 0:
                return int(v.doc[start:end].root.i)
            found = i
    return start if found < 0 else found


def norm_word(word: str) -> str:
    """:func:`~tidings.actors.kb.norm` of one token. A plain ASCII word (most tokens) is its
    lower-case form, or nothing if it is a name suffix ("Jr"), exactly as ``norm`` makes
    it, without its cache or regexes: the stage asks this of thousands of distinct words."""
    if word.isascii() and word.isalpha():
        low = word.lower()
        return "" if low in _SUFFIXES else low
    return norm(word)


def _sector_head(kb: KB, tok: Any) -> bool:
    return norm_word(tok.text) in kb.agents or norm_word(tok.lemma_) in kb.agents


def _sector_at(kb: KB, v: View, i: int) -> bool:
    """:func:`_sector_head` of token ``i``, making its ``Token`` only for the lemma."""
    low = v.lower(i)
    if low.isascii() and low.isalpha():  # norm_word's plain case, from the lower-case text
        if low in kb.agents and low not in _SUFFIXES:
            return True
        if v.arr.item(i, 9) == v.arr.item(i, 0):
            return False  # the lemma is this word, already looked up (a suffix is no agent)
    elif norm(v.chars(i, i + 1)) in kb.agents:
        return True
    return norm_word(v.lemma(i)) in kb.agents
