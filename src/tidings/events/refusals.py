"""Stated refusals: a deed its doer says it will not do.

"Iran will not lift the ban on Pakistan", "Iran is not prepared to lift the ban",
"Iran is not going to withdraw its forces": the doer states now that it refuses, which
CAMEO codes as an event of its own (12x rejection; for a yield, 124x refuse to yield,
code map ``refusal`` in ``code_maps.tsv``). A plain past negation ("did not lift",
"was not prepared to lift") says only that no event happened and stays a negated deed.

The volitional governors whose present negation is a refusal are cues ``volition``
(a subset of ``intent``: "expects to", "hopes to" negated are no refusals).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.control import controller
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.timing import Flags

__all__ = ["stated_refusal"]

# Penn tags of a past-tense verb or auxiliary ("did", "was"): a negation in the past
# reports that nothing happened, not a stance taken now.
_PAST_TAGS = frozenset({"VBD"})


def _volition_governor(verb: Token) -> Token | None:
    """The volitional governor ("willing", "prepared", "intend", "going") of ``verb``."""
    gov = tree.intent_complement(verb)
    if gov is None and verb.dep_ == "xcomp" and verb.head.i != verb.i \
            and controller(verb) is None:
        gov = verb.head
    return gov if gov is not None and gov.lemma_.lower() in cues("volition") else None


def _clause_of(gov: Token) -> list[Token]:
    """The governor and the copula it completes ("is not willing": "is" carries "not")."""
    return [gov, gov.head] if gov.dep_ in {"acomp", "oprd"} and gov.head.i != gov.i else [gov]


def _unwilling(verb: Token) -> bool:
    """Whether ``verb`` is the complement of a volitional governor negated in the present."""
    gov = _volition_governor(verb)
    if gov is None:
        return False
    clause = _clause_of(gov)
    words = clause + [c for t in clause for c in children(t) if c.dep_ in {"aux", "auxpass"}]
    negs = cues("negation")
    negated = any(c.dep_ in negs or c.lower_ in negs for t in clause for c in children(t)
                  if c.dep_ in {"neg", "advmod"})
    return negated and not any(t.tag_ in _PAST_TAGS for t in words)


def _nobody(verb: Token) -> bool:
    """"No member state shall expel ...": a subject quantified by "no" states a rule for
    all, not a refusal by anyone."""
    subj, _ = tree.subject(verb)  # a conjoined verb's subject is its first verb's
    return subj is not None and any(d.dep_ == "det" and d.lower_ in cues("negation")
                                    for d in children(subj))


def stated_refusal(verb: Token, flags: Flags) -> bool:
    """Whether the negated deed ``verb`` is a refusal stated now: negated under a future
    auxiliary ("will not lift") or under a volitional governor negated in the present
    ("is not prepared to lift", "does not intend to withdraw")."""
    return flags.negated and (flags.future or _unwilling(verb)) and not _nobody(verb)
