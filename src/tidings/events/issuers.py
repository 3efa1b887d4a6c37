"""Who does what a statement does, and who does a pledge together.

"Iran issued a statement calling on Pakistan to reopen the border", "... a report that
calls on Pakistan to ...": the parser hangs the appeal on the statement noun, which is no
actor; the statement's issuer is the appeal's source. The issuer is the noun's owner
("Iran's statement", "a statement by Iran"), the subject of the verb that issued it (cues
``statement_issue``: "issued", "released"), or the subject of a speech verb it is the
medium of ("said in a statement urging ...").

"Iran and Pakistan vowed to fight terrorism": the two subjects pledge together; a conflict
code between them would read a joint pledge as a threat of one against the other.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.events.owners import noun_owner, subject_actors
from tidings.events.targets import CONFLICT_ROOTS
from tidings.records import Actor

__all__ = ["co_agents", "joint_pledge", "statement_issuers"]

_MEDIUM_PREPS = frozenset({"in", "through", "via"})


def statement_issuers(verb: Token, lookup: tree.ActorLookup) -> list[Actor]:
    """Located issuers of the statement noun that ``verb`` hangs on as an -ing participle
    ("a statement calling on X") or as a relative clause ("a report that calls on X");
    [] otherwise."""
    noun = verb.head
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG"
    relative = verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ == "WDT" for c in children(verb))
    if not (participle or relative) or noun.i == verb.i \
            or noun.lemma_.lower() not in cues("statement_noun"):
        return []
    return [a for a in _issuers(noun, lookup) if tree.is_located(a)]


def _issuers(noun: Token, lookup: tree.ActorLookup) -> list[Actor]:
    owner = noun_owner(noun, lookup)
    if owner:
        return owner
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in cues("statement_issue"):
        return subject_actors(tree.subject(head)[0], lookup)
    if noun.dep_ == "pobj" and head.lower_ in _MEDIUM_PREPS \
            and head.head.lemma_.lower() in cues("speech"):
        return subject_actors(tree.subject(head.head)[0], lookup)
    return []


def co_agents(verb: Token, source: Actor, target: Actor | None,
              lookup: tree.ActorLookup) -> bool:
    """Whether ``source`` and ``target`` are both among the coordinated subjects of
    ``verb`` (or of the governor it inherits them from)."""
    if target is None:
        return False
    subj = tree.subject(verb)[0]
    found = subject_actors(subj, lookup)
    return len(found) > 1 and source in found and target in found


def joint_pledge(verb: Token, code: str, wrapper: str, pair: tuple[Actor, Actor | None],
                 lookup: tree.ActorLookup) -> bool:
    """A pair of co-subjects of a vow or threat: the conflict act they pledge under it
    ("vowed to fight terrorism", ``wrapper`` being its governor), or the bare vow itself
    ("vowed to ..." with its infinitive), is aimed at neither of them."""
    pledged = bool(wrapper) and wrapper in cues("threat") and code[:2] in CONFLICT_ROOTS
    vow = verb.lemma_.lower() in cues("threat") and any(c.dep_ == "xcomp" for c in children(verb))
    return (pledged or vow) and co_agents(verb, pair[0], pair[1], lookup)
