"""People nouns the candidate finder makes no candidate for ("his loved ones", "their
friends, classmates, and neighbors"): a plural common noun outside every mention and
candidate whose words (with the adjectives and nouns modifying it) name people of a sector
is handed to the description steps as a dropped description, so it takes its country from
its possessor or the article by the same rules as any other (docs/actors.md, round 9)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.strings import get_string_id

from tidings.actors.candidates import Candidate
from tidings.actors.kb import KB
from tidings.actors.recall import Work, recall_words
from tidings.actors.recall_desc import people_head

__all__ = ["uncovered_people"]

_NNS = np.uint64(get_string_id("NNS"))
# modifiers written before the head that belong to the noun phrase ("loved ones", "senior
# advisers", "career diplomats"); a determiner or a possessor ends it
_MODIFIER_DEPS = frozenset(get_string_id(t) for t in ("amod", "compound"))
_SUBJECTS = frozenset(get_string_id(t) for t in ("nsubj", "nsubjpass"))
# what a retinue noun ("his senior advisors") needs before it to be looked at
_POSSESSORS = frozenset({"his", "her", "their", "'s", "’s"})


@lru_cache(maxsize=8)
def _head_words(kb: KB) -> frozenset[str]:
    """Last words of the sector words ("ones" of "loved ones"): only a plural noun among them
    is worth a scan."""
    return frozenset(k.rsplit(" ", 1)[-1] for k in kb.agents)


def _covered(w: Work) -> bytearray:
    """Tokens inside a candidate of any kind (those the steps already looked at)."""
    taken = bytearray(len(w.v.idx))
    for c in w.cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return taken


def uncovered_people(w: Work) -> None:
    """Append a dropped description for each uncovered plural people noun."""
    v = w.v
    heads = _head_words(w.kb)
    # the plural nouns, found by one vectorised comparison over the tag column
    retinue = recall_words().retinue_nouns
    # the word tests first: most plural nouns are no people noun, and are then not looked up
    # in the covered characters
    plural = [i for i in np.flatnonzero(v.arr[:, 6] == _NNS).tolist()
              if ((low := v.lower(i)) in heads or low in retinue) and w.free(v.idx[i], v.ends[i])]
    if not plural:
        return
    taken = _covered(w)
    for i in plural:
        if taken[i]:
            continue
        a = i
        while a > 0 and v.dep[a - 1] in _MODIFIER_DEPS and v.heads[a - 1] == i and \
                not taken[a - 1] and w.free(v.idx[a - 1], v.ends[a - 1]):
            a -= 1
        query = v.chars(a, i + 1).lower()
        if people_head(w, query, v.lower(i)) or (v.lower(i) in retinue and a > 0 and
                                                v.lower(a - 1) in _POSSESSORS):
            w.dropped.append(Candidate(a, i + 1, "description", query, "CHUNK",
                                       v.dep[i] in _SUBJECTS, v.sents[i]))
