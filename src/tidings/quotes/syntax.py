"""Small helpers over the spaCy dependency parse shared by both extractors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tidings.quotes.lexicon import CueClass, cue_class

__all__ = ["cue_of", "inside", "subject_of", "tokens_in"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = frozenset({"who", "which", "that"})
_NOT_SPEAKERS = frozenset({"there", "that", "which", "who", "this", "what"})
_INHERIT = ("conj", "xcomp", "advcl")  # verbs that share the subject of their head
# The small model lemmatises "hoping"/"hoped" as "hop"
_MISLEMMATISED = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}


def cue_of(tok: Any, classes: Iterable[CueClass]) -> CueClass | None:
    """The cue class of ``tok`` if it is a verb in one of ``classes``."""
    if tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "ROOT":
        return None
    cls = cue_class(_MISLEMMATISED.get(tok.lower_, tok.lemma_))
    return cls if cls in tuple(classes) else None


def subject_of(verb: Any) -> Any:
    """The subject (or passive agent) of ``verb``, inherited through conj/xcomp.

    A relative pronoun subject stands for the noun the clause modifies:
    in "Trump, who pledged to ...", the subject of "pledged" is Trump.
    """
    seen = 0
    while verb is not None and seen < 6:
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            expletive = child.lower_ == "it" and child.dep_ != "nsubj"
            if child.dep_ in _SUBJ and child.lower_ not in _NOT_SPEAKERS and not expletive:
                return child
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ not in _INHERIT or verb.head is verb:
            return None
        verb, seen = verb.head, seen + 1
    return None


def tokens_in(sdoc: Any, start: int, end: int) -> list[Any]:
    """Tokens that start in ``[start, end)`` (spaCy's char index, not a scan of the doc)."""
    if not len(sdoc):
        return []
    last = sdoc[-1]
    # Doc.text joins every token: too slow to call per quote, so clamp with the last token.
    start, end = max(0, start), min(end, last.idx + len(last.text_with_ws))
    if end <= start:
        return []
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if start <= t.idx < end]


def inside(offset: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in ranges)
