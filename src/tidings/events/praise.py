"""Deeds a speaker recounts with approval.

"The Ukrainians are fighting bravely against a deranged invader", "Ukraine has succeeded
in decimating the military of Russia", "Ukraine's brave defenders": words of approval
(cues ``approving``) on the deed, on the verb it depends on or on its doer say the speaker
praises the deed; it is not the speaker accusing its doer (the deed itself is still coded,
flagged reported).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.cues import cues
from tidings.events.doc_memo import children

__all__ = ["approved"]

_CHAIN = frozenset({"xcomp", "pcomp", "prep", "conj", "acomp"})


def _words(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def approved(anchor: Token) -> bool:
    """Whether the deed at ``anchor`` is told with a word of approval."""
    good = cues("approving")
    chain = [anchor]
    while chain[-1].dep_ in _CHAIN and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    for verb in chain:
        if _words(verb) & good:
            return True  # "succeeded in decimating"
        for c in children(verb):
            if c.dep_ == "advmod" and _words(c) & good:
                return True  # "fighting bravely"
            if c.dep_ in {"nsubj", "nsubjpass"} and any(
                    g.dep_ == "amod" and _words(g) & good for g in c.subtree):
                return True  # "Ukraine's brave defenders attacked"
    return False
