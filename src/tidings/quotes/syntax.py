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
        subjects = []
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            expletive = child.lower_ == "it" and child.dep_ != "nsubj"
            if child.dep_ in _SUBJ and child.lower_ not in _NOT_SPEAKERS and not expletive:
                subjects.append(child)
            if child.dep_ == "agent" and not subjects:
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if subjects:
            return _titled_person(_nearest(subjects, verb))
        if verb.dep_ not in _INHERIT or verb.head is verb:
            return None
        verb, seen = verb.head, seen + 1
    return None


def _nearest(subjects: list[Any], verb: Any) -> Any:
    """Of several subjects the parser gave one verb, the one closest before it.

    A dateline parsed as a second subject ('BOISE, Idaho – Senator Jim Risch
    made the following statement') comes first; the speaker stands next to the verb.
    """
    before = [s for s in subjects if s.i < verb.i]
    return max(before, key=lambda s: s.i) if before else subjects[0]


def _titled_person(subj: Any) -> Any:
    """The titled person at the end of an organisation's name, if the parser buried one.

    In 'House Permanent Select Committee on Intelligence Chairman Mike Turner
    released', the small model makes "Committee" the subject and the person the
    object of "on"; a person's name after a capitalised title, reached from the
    subject only through of/on/for and compounds, is who acted.
    """
    if subj.ent_type_ not in ("ORG", "") or subj.pos_ != "PROPN":
        return subj
    for tok in subj.subtree:
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ == "I" or tok.i <= subj.i:
            continue
        name_end = tok.i
        while name_end + 1 < len(tok.doc) and tok.doc[name_end + 1].ent_iob_ == "I":
            name_end += 1
        head = tok.doc[name_end]
        title = tok.doc[tok.i - 1]
        # spaCy makes a new Token object on each access: compare positions, not identity.
        titled = title.is_title and title.pos_ in ("PROPN", "NOUN") and title.head.i == head.i
        if titled and _reached_by_modifiers(head, subj):
            return head
    return subj


def _reached_by_modifiers(tok: Any, top: Any) -> bool:
    steps = 0
    while tok.i != top.i and steps < 8:
        if tok.dep_ not in ("pobj", "prep", "compound") or tok.head.i == tok.i:
            return False
        tok, steps = tok.head, steps + 1
    return bool(tok.i == top.i)


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
