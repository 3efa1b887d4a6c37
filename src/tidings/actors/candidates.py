"""Finding actor mentions in a parsed article (before they are resolved and clustered).

Sources, in the order they claim tokens (a token belongs to at most one mention):

1. ``PERSON`` entities, with the title in front of them ("Armenian Prime Minister Nikol
   Pashinyan") and an appositive after them ("Qomi, Iran's Special Envoy for Afghanistan")
   used as resolution text; the mention itself is the name.
2. ``ORG``/``NORP``/``GPE`` entities. A NORP or GPE that modifies a sector noun makes one
   mention with it ("Pakistani officials", "US troops"). A GPE alone is an actor only when it
   is used as an agent (see :func:`is_agent_use`); "in Islamabad" is a place, not an actor.
3. Noun chunks headed by a sector word ("the minister", "the Iranian diplomat").
4. Personal pronouns he/she/they and their object and possessive forms ("it" is skipped).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tidings.actors.kb import KB, norm
from tidings.actors.rules import rules

__all__ = ["Candidate", "find_candidates", "is_agent_use"]

_R = rules()
PRONOUNS = _R.pronouns
HONORIFICS = _R.honorifics
LOCATIVE = _R.locative_prepositions
NOT_ACTOR_TYPES = _R.not_actor_entity_types
AGENT_DEPS = _R.agent_dependencies


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span (token indices) that may refer to an actor, and how to resolve it."""

    start: int
    end: int
    kind: str  # name | surname | group | demonym | capital | description | pronoun
    query: str  # text handed to the resolver (may include title/appositive)
    label: str  # PERSON | ORG | NORP | GPE | CHUNK | PRON
    subject: bool
    sent: int
    name_start: int = -1  # first token of the bare name (PERSON only)


def is_agent_use(tok: Any) -> bool:
    """True when a place-name token is used as an actor: subject/object of a verb, possessive,
    apposition, or object of a non-locative preposition ("talks between Kabul and Islamabad",
    "security by Iran"). Conjuncts inherit from the first conjunct."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in AGENT_DEPS:
        return True
    if tok.dep_ == "pobj":
        prep = tok.head.lower_
        if prep in _R.directional_prepositions:
            verb = tok.head.head
            return verb.lemma_.lower() not in _R.motion_verbs
        return prep not in LOCATIVE
    return False


def _sector_head(kb: KB, tok: Any) -> bool:
    return norm(tok.text) in kb.agents or norm(tok.lemma_) in kb.agents


def _title_start(doc: Any, ent: Any, taken: list[bool], heads: list[int]) -> int:
    """Extend a PERSON span leftwards over its title: tokens whose syntactic head chain
    passes through the span ("Armenian Prime Minister | Nikol Pashinyan"). ``heads`` is the
    head index of every token (walking it avoids creating Token objects)."""
    start = ent.start
    while start > 0 and not taken[start - 1]:
        prev = doc[start - 1]
        if (prev.is_punct and prev.text not in ("'s", "’s", "-")) or prev.is_space \
                or "\n" in prev.whitespace_:
            break
        if not _governed_by(heads, start - 1, start, ent.end):
            break
        start -= 1
    return int(start)


def _governed_by(heads: list[int], i: int, lo: int, hi: int) -> bool:
    """Whether an ancestor of token ``i`` lies in ``[lo, hi)``."""
    for _ in range(len(heads)):
        h = heads[i]
        if h == i:
            return False
        if lo <= h < hi:
            return True
        i = h
    return False


def _appositive(kb: KB, doc: Any, ent: Any) -> tuple[str, int, int]:
    """The description in apposition to a PERSON ("X, Iran's envoy" / "Iran's envoy, X"),
    with its token range, or ('', 0, 0). Only short, single-line descriptions in the same
    sentence count: a long one is usually a misparse of a headline or dateline."""
    root = ent.root
    span: tuple[int, int] | None = None
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end and _sector_head(kb, child):
            sub = list(child.subtree)
            span = (sub[0].i, sub[-1].i + 1)
            break
    head = root.head
    if span is None and root.dep_ == "appos" and head.i < ent.start and _sector_head(kb, head):
        left = [t for t in head.subtree if t.i < ent.start]
        if left:
            span = (left[0].i, head.i + 1)
    if span is None:
        return "", 0, 0
    desc = doc[span[0]:span[1]]
    between = doc[min(span[1], ent.end):max(span[0], ent.start)]
    if len(desc) > 12 or "\n" in desc.text or "\n" in between.text \
            or desc.sent.start != ent.sent.start:
        return "", 0, 0
    return desc.text, span[0], span[1]


def _bare_name_start(doc: Any, start: int, end: int) -> int:
    i = start
    while i < end - 1 and (doc[i].lower_.strip(".") in HONORIFICS or (not doc[i].is_title
                           and not doc[i].is_upper)):
        i += 1
    return i


def _persons(kb: KB, doc: Any, ents: Any, sents: list[int],
             taken: list[bool], heads: list[int]) -> list[Candidate]:
    out = []
    for ent in ents:
        if ent.label_ != "PERSON" or any(taken[ent.start:ent.end]):
            continue
        title = _title_start(doc, ent, taken, heads)
        app, app_start, app_end = _appositive(kb, doc, ent)
        query = doc[title:ent.end].text + (f", {app}" if app else "")
        name_start = _bare_name_start(doc, ent.start, ent.end)
        for i in [*range(title, ent.end), *range(app_start, app_end)]:
            # an organisation inside the appositive is an actor of its own ("Commander,
            # U.S. Central Command"); nationality words there only describe the person
            taken[i] = title <= i < ent.end or doc[i].ent_type_ not in ("ORG", "FAC")
        out.append(Candidate(name_start, ent.end, "name", query,
                             "PERSON", ent.root.dep_ in ("nsubj", "nsubjpass"),
                             sents[ent.start], name_start))
    return out


def _modified_noun(kb: KB, doc: Any, ent: Any) -> int:
    """End token index of the sector noun an entity modifies ("Pakistani officials"), or -1."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Hungarian and Romanian officials"
        root = root.head
    head = root.head
    if root.dep_ in ("amod", "compound", "nmod", "poss") and head.i >= ent.end and \
            head.i - ent.end <= 4 and (_sector_head(kb, head) or head.ent_type_ == "NORP"
                                       or _sector_modified(kb, head, ent.end)):
        return int(head.i) + 1
    return -1


def _sector_modified(kb: KB, head: Any, after: int) -> bool:
    """A noun with a sector word among its modifiers ("Ugandan *opposition* candidates")."""
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.i >= after and c.dep_ in ("compound", "amod") and _sector_head(kb, c)
        for c in head.lefts)


def _place_or_modifier(kb: KB, ent: Any) -> bool:
    """A GPE used as a place, or a nationality modifying a non-actor noun ("Iranian
    strikes"). A named group does act when it modifies an event noun ("the Houthi
    detention")."""
    if ent.label_ == "GPE":
        return not is_agent_use(ent.root)
    return bool(ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound")
                and not any(e.kind == "group" for e in kb.names.get(norm(ent.text), ())))


def _others(kb: KB, doc: Any, ents: Any, sents: list[int],
            taken: list[bool]) -> list[Candidate]:
    out = []
    for ent in ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "FAC") or any(taken[ent.start:ent.end]):
            continue
        end = _modified_noun(kb, doc, ent)
        subject = ent.root.dep_ in ("nsubj", "nsubjpass")
        if end > 0 and not any(taken[ent.end:end]):
            head = doc[end - 1]
            subj = head.dep_ in ("nsubj", "nsubjpass")
            if any(e.start >= ent.end and e.end < end for e in ents) and \
                    any(t.dep_ == "cc" or t.text == "," for t in doc[ent.end:end]):
                # "Iranian and Taliban officials": each demonym with the shared noun
                query = f"{ent.text} {doc[head.left_edge.i:end].text.split()[-1]}"
                out.append(Candidate(ent.start, ent.end, "demonym", query, ent.label_, subj,
                                     sents[ent.start]))
                span_end = ent.end
            else:
                definite = ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "this")
                kind = "description" if definite and head.tag_ == "NN" else "demonym"
                out.append(Candidate(ent.start, end, kind, doc[ent.start:end].text,
                                     ent.label_, subj, sents[ent.start]))
                span_end = end
        elif _place_or_modifier(kb, ent):
            continue
        else:
            key = norm(ent.text)
            kind = "capital" if key in kb.capitals else "group" if ent.label_ != "GPE" else "name"
            out.append(Candidate(ent.start, ent.end, kind, ent.text, ent.label_, subject,
                                 sents[ent.start]))
            span_end = ent.end
        for i in range(ent.start, span_end):
            taken[i] = True
    return out


def _chunks(kb: KB, doc: Any, sents: list[int], taken: list[bool],
            heads: list[int]) -> list[Candidate]:
    """Noun phrases headed by a sector word ("the minister", "the Iranian diplomat")."""
    out = []
    for i in heads:
        root = doc[i]
        if taken[i] or root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ in NOT_ACTOR_TYPES \
                or not _sector_head(kb, root):
            continue
        if root.dep_ in ("compound", "amod") and root.head.i > i and _sector_head(kb, root.head):
            continue  # "police" in "a police spokesman": the head noun's chunk takes it
        if root.dep_ in ("compound", "amod") and 0 < root.head.i - i <= 3 and \
                root.head.pos_ in ("NOUN", "PROPN") and not taken[root.head.i]:
            root = root.head  # "opposition candidates": the sector word's noun is the head
            i = root.i
        start = i
        while start > 0 and doc[start - 1].head.i == i and \
                doc[start - 1].dep_ in ("amod", "compound", "nmod", "nummod", "poss", "det"):
            start -= 1
        # a possessive pronoun is a mention of its own ("their | family members")
        while start < i and (doc[start].dep_ in ("det", "predet") or taken[start]
                             or doc[start].tag_ == "PRP$"):
            start += 1
        if any(taken[start:i + 1]):
            continue
        query = doc[start:i + 1].text + _place_of(root)
        out.append(Candidate(start, i + 1, "description", query, "CHUNK",
                             root.dep_ in ("nsubj", "nsubjpass"), sents[start]))
        for k in range(start, i + 1):
            taken[k] = True
    return out


def _place_of(root: Any) -> str:
    """" in Pakistan" for "officials in Pakistan": a place attached to a sector noun gives it
    its country (the chunk itself stays the mention)."""
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP"):
                    return f" {prep.text} {obj.text}"
    return ""


def _pronouns(doc: Any, sents: list[int], taken: list[bool],
              where: list[int]) -> list[Candidate]:
    out = []
    for i in where:
        t = doc[i]
        if t.tag_ in ("PRP", "PRP$") and not taken[i]:
            out.append(Candidate(i, i + 1, "pronoun", t.lower_, "PRON",
                                 t.dep_ in ("nsubj", "nsubjpass"), sents[i]))
    return out


def _missed_groups(kb: KB, doc: Any, sents: list[int], taken: list[bool],
                   starts: list[int], bounds: list[tuple[int, int]],
                   text: str | None) -> list[Candidate]:
    """Dictionary groups that NER missed ("the Houthi detention"): capitalised words not in
    another mention whose longest run is a group name in the knowledge base."""
    out: list[Candidate] = []
    if not starts:
        return out
    if text is None:
        text = doc.text  # spaCy rebuilds it on every access: the caller's copy is cheaper
    for i in starts:
        if taken[i]:
            continue
        first = norm(text[bounds[i][0]:bounds[i][1]])
        for j in range(min(len(doc), i + kb.first_len.get(first, 1)), i, -1):
            if any(taken[i:j]):
                continue
            raw = text[bounds[i][0]:bounds[j - 1][1]]  # character slices: no Token objects
            entries = kb.names.get(norm(raw), ())
            if entries and all(e.kind == "group" for e in entries):
                span = doc[i:j]
                out.append(Candidate(i, j, "group", raw, "ORG",
                                     span.root.dep_ in ("nsubj", "nsubjpass"), sents[i]))
                for k in range(i, j):
                    taken[k] = True
                break
    return out


@lru_cache(maxsize=4)
def _group_starts(kb: KB, strings: Any) -> frozenset[int]:
    """spaCy hash ids of the first word of every dictionary group name."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(k.split(" ", 1)[0]) for k, v in kb.names.items()
                     if any(e.kind == "group" for e in v))


@lru_cache(maxsize=4)
def _hashes(kb: KB, strings: Any) -> tuple[frozenset[int], frozenset[int]]:
    """spaCy hash ids of pronouns and of the last word of every sector word."""
    from spacy.strings import get_string_id

    heads = {get_string_id(k.rsplit(" ", 1)[-1]) for k in kb.agents}
    return frozenset(get_string_id(p) for p in PRONOUNS), frozenset(heads)


def find_candidates(kb: KB, doc: Any, text: str | None = None) -> list[Candidate]:
    """Every candidate actor mention in a spaCy ``Doc``, in text order (``text``: the text
    the doc was parsed from, if at hand)."""
    from spacy.attrs import HEAD, IDX, IS_TITLE, IS_UPPER, LENGTH, LOWER, SENT_START

    # arrays instead of Token objects: creating a Token costs more than the lookups
    arr = doc.to_array([LOWER, IS_TITLE, SENT_START, HEAD, IS_UPPER, IDX, LENGTH])
    heads = [i + int(h) for i, h in enumerate(arr[:, 3].astype("int64").tolist())]
    sents = (arr[:, 2] == 1).cumsum().tolist()
    pron_ids, head_ids = _hashes(kb, None)
    lowers = arr[:, 0].tolist()
    pron_at = [i for i, h in enumerate(lowers) if h in pron_ids]
    head_at = [i for i, h in enumerate(lowers) if h in head_ids]
    taken = [False] * len(doc)
    ents = doc.ents
    found = _persons(kb, doc, ents, sents, taken, heads)
    found += _others(kb, doc, ents, sents, taken)
    group_ids = _group_starts(kb, None)
    capital = (arr[:, 1] + arr[:, 4]).tolist()
    group_at = [i for i, h in enumerate(lowers) if capital[i] and h in group_ids]
    bounds = [(a, a + n) for a, n in arr[:, 5:7].tolist()] if group_at else []
    found += _missed_groups(kb, doc, sents, taken, group_at, bounds, text)
    found += _chunks(kb, doc, sents, taken, head_at)
    found += _pronouns(doc, sents, taken, pron_at)
    return sorted(found, key=lambda c: c.start)
