"""Targets of last resort, for an event verb whose own objects and phrases name no actor
(issue 5, round 10: "target missing"). Each looks one step further, where the other party
of the event stands when the verb's object is a thing:

- a participle on the object names who the thing is aimed at: "eased the sanctions placed
  on Kenya", "withheld aid promised to Kenya", "ended the embargo it had placed on X";
- a rejected thing names its author: "turned down the plan drawn up by Ethiopia";
- the purpose clause of material help names who is helped: "gave 40 million euros to
  build schools in Kenya", "sent engineers to help the Kenyan army";
- an infinitive of purpose is aimed at whom its governor's deed went: "gave trucks to
  the Kenyan army to help", "sent an envoy to the UN to ask for a vote".

They are asked only when :func:`tidings.events.targets.verb_targets` found nothing (the
coder's ``verb_participants``), and they yield only located actors: a wrong target is worse
than none.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.control import controller
from tidings.events.doc_memo import children
from tidings.events.object_nouns import MATERIAL_CONFLICT_ROOTS, noun_rule
from tidings.events.targets import CONFLICT_ROOTS, STANCE_ROOTS
from tidings.records import Actor

__all__ = ["indirect_targets", "purpose_clause"]

ActorLookup = tree.ActorLookup

# The preposition of a participle that names at whom the thing is aimed ("sanctions
# imposed on X", "aid pledged to X"); "by" names its author, "in" where it applies.
_AIMED_PREPS = frozenset({"on", "upon", "against", "to"})
# The object of an event may be aimed at someone by a participle for cooperation and its
# retraction (lift, ease, withhold, reject), not for a stance on it (``STANCE_ROOTS``, 05
# and 11: praise or blame goes to the author of the thing).
# Material help (provide aid, 06-07): its purpose clause names the beneficiary.
_AID_ROOTS = frozenset({"06", "07"})
_STOP_AID = "162"  # reduce or stop material aid: "halted food convoys in X"
# A purpose verb of cooperation or help ("to help", "to support", "to assist").
_HELP_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_PURPOSE_PREPS = frozenset({"to", "for"})
_PLACE_PREPS = frozenset({"in"})
_TO = frozenset({"to"})
# A transfer (material cooperation, aid, yielding: 06-08) reaches whom a "to" phrase names,
# also one where the parser hangs it deep in the object's phrase: on an example ("tents
# and equipment such as pumps to X"), a counted or measured thing ("dozens of statues to
# X", "the release of 40 million dollars in aid to X"). These prepositions lead down that
# phrase.
_TRANSFER_ROOTS = frozenset({"06", "07", "08"})
_THING_PREPS = frozenset({"of", "in", "as", "like", "including"})
_THING_DEPTH = 3
# Named places (spaCy entity labels): after "to", a destination.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Rejection (CAMEO 12): what is rejected was offered or asked by someone.
_REJECT_ROOT = "12"
# Statements (01: "denied the charges") and rejections of a thing are stances on it.
_STANCE_ON_A_THING = frozenset({"01", _REJECT_ROOT})
_AUTHOR_PREPS = frozenset({"from", "by"})
# Appeals (02), consultation (04: "discussed", "attended"), investigation (09), demands
# (10) and protests (14) take the thing as their topic: "discussed the sanctions imposed
# on X with Y", "attended the conference dedicated to X" neither talk to nor meet X.
_TOPIC_ROOTS = frozenset({"02", "04", "09", "10", "14"})


def indirect_targets(verb: Token, code: str, lookup: ActorLookup, sources: tuple[Actor, ...],
                     purpose_code: str | None = None) -> list[Actor]:
    """Located actors named one step beyond the verb's objects (see the module doc);
    ``purpose_code`` is the code of the purpose clause's own verb pattern, if any."""
    for found in _candidates(verb, code, _objects(verb), lookup, purpose_code):
        found = [a for a in found if a not in sources and tree.is_located(a)]
        if found:
            return found
    return []


def _candidates(verb: Token, code: str, objs: list[Token], lookup: ActorLookup,
                purpose_code: str | None) -> Iterator[list[Actor]]:
    if code[:2] not in STANCE_ROOTS | _TOPIC_ROOTS:
        # "rejected the sanctions placed on X", "denied the charges made against X": to
        # reject or deny a thing is a stance on it, aimed at its author (below), not at
        # whom it is aimed; a deed done to it is aimed at them ("refused to lift ...").
        own = code[:2] not in _STANCE_ON_A_THING
        for obj in (o for o in objs if own or o.head.i != verb.i):
            if not lookup(obj):
                yield from _aimed_by_participle(obj, lookup)
    if code[:2] == _REJECT_ROOT:
        for obj in objs:
            if not lookup(obj):
                yield from _author(obj, lookup)
    # no purpose of material conflict (quad class 4) is aimed at a destination, nor a
    # stance: "wrote to the UN to criticise the sanctions" blames the sanctions' author
    if code[:2] not in MATERIAL_CONFLICT_ROOTS | STANCE_ROOTS:
        yield from _governors_recipient(verb, code, lookup)
    # a purpose of conflict ("gave rifles to fight the rebels") names the enemy, not the helped
    if code[:2] in _AID_ROOTS and (purpose_code is None
                                   or purpose_code[:2] not in CONFLICT_ROOTS):
        purpose = purpose_clause(verb)
        if purpose is not None:
            helping = purpose_code is not None and purpose_code[:2] in _HELP_ROOTS
            yield from _helped(purpose, lookup, helping)
    if code[:2] in _AID_ROOTS or code.startswith(_STOP_AID):
        yield from _aid_place(objs, lookup)
    if code[:2] in _TRANSFER_ROOTS:
        yield from _deep_recipients(objs, lookup)


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, and those of its complement ("declined to end the
    embargo placed on X"; not "urged Iran to lift": the complement is another's deed)."""
    heads = [verb, *(c for c in children(verb) if c.dep_ == "xcomp" and controller(c) is None)]
    return [c for h in heads for c in children(h) if c.dep_ == "dobj"]


def _aimed_by_participle(obj: Token, lookup: ActorLookup) -> Iterator[list[Actor]]:
    """"sanctions placed on Kenya", "the embargo it had placed on X": the participle (or a
    relative clause whose object is the noun) says whom the thing is aimed at; never its
    agent ("sanctions placed by the UN")."""
    for clause in children(obj):
        reduced = clause.dep_ == "acl" and clause.tag_ == "VBN"
        relative = clause.dep_ == "relcl" and tree.gapped_object(clause) == obj
        if not (reduced or relative):
            continue
        for _, pobj in tree.pobjs(clause, _AIMED_PREPS):
            yield tree.actors_of(lookup, tree.group(pobj))


def _governors_recipient(verb: Token, code: str, lookup: ActorLookup
                         ) -> Iterator[list[Actor]]:
    """"gave rifles to the Kenyan army to help", "sent an envoy to the UN to ask for a
    vote": an infinitive of purpose without a target of its own is aimed at whom its
    governor's deed went (a "to" phrase of the governor or of its object). Not force
    ("sent troops to Kenya to attack" attacks no Kenya); a named place is only the
    destination ("sent a delegation to Geneva to negotiate" negotiates with no Swiss),
    except for help, which goes to the place's people. A participle of manner is no
    purpose: "spoke to German reporters, criticising the sanctions" criticises no
    Germany."""
    gov = verb.head
    if verb.dep_ != "advcl" or gov.pos_ != "VERB" or gov.i == verb.i \
            or any(c.dep_ in tree.SUBJ | tree.PASS_SUBJ | {"mark"} for c in children(verb)) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return
    for head in [gov, *(c for c in children(gov) if c.dep_ == "dobj")]:
        for _, pobj in tree.pobjs(head, _TO):
            if pobj.ent_type_ in _PLACE_ENTS and code[:2] not in _AID_ROOTS:
                continue
            yield tree.actors_of(lookup, tree.group(pobj))


def _aid_place(objs: list[Token], lookup: ActorLookup) -> Iterator[list[Actor]]:
    """"gave $20 million for relief in western Kenya": aid (a noun whose rule is of roots
    06-07) given for use in a named place goes to its country (CAMEO codes aid by the
    country that receives it)."""
    heads = [n for o in objs for n in (o, tree.counted_noun(o))]
    heads += [p for h in list(heads) for _, p in tree.pobjs(h, frozenset({"for"}))]
    for head in dict.fromkeys(heads):
        if not _is_aid(head):
            continue  # "to pay for the war in X": only help is given where it is used
        for _, where in tree.pobjs(head, _PLACE_PREPS):
            yield _country_of(where, lookup)


def _deep_recipients(objs: list[Token], lookup: ActorLookup) -> Iterator[list[Actor]]:
    """"sent tents and equipment such as pumps to X", "cleared the release of 40 million
    dollars in aid to X": the "to" phrase of a transferred thing, down its own phrases
    (``_THING_PREPS``, at most ``_THING_DEPTH`` deep; not into clauses, where "to" may
    belong to another deed)."""
    level = [o for head in objs for o in tree.group(head)]
    for _ in range(_THING_DEPTH + 1):
        for thing in level:
            for _, pobj in tree.pobjs(thing, _TO):
                yield tree.actors_of(lookup, tree.group(pobj))
        level = [p for thing in level for _, p in tree.pobjs(thing, _THING_PREPS)]


def _is_aid(noun: Token) -> bool:
    """An aid noun, or a noun with one as compound ("aid shipments", "food convoys")."""
    return any((rule := noun_rule(n)) is not None and rule.code[:2] in _AID_ROOTS
               for n in [noun, *(c for c in children(noun) if c.dep_ == "compound")])


def _is_conflict(noun: Token) -> bool:
    rule = noun_rule(noun) if noun.pos_ == "NOUN" else None
    return rule is not None and rule.code[:2] in CONFLICT_ROOTS


def _country_of(where: Token, lookup: ActorLookup) -> list[Actor]:
    """The country of a named place (not its government: help used in a place goes to
    the country)."""
    if where.pos_ != "PROPN":
        return []
    return [replace(a, code=a.country, sector=None, role=None)
            for a in tree.actors_of(lookup, tree.group(where)) if a.country]


def _author(obj: Token, lookup: ActorLookup) -> Iterator[list[Actor]]:
    """"turned down the plan drawn up by Ethiopia", "refused a demand from X": a refusal of
    a thing is aimed at its author (the agent of a participle on it, or its "from"/"by"
    phrase)."""
    for clause in children(obj):
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = tree.agent(clause)
            if agent is not None:
                yield tree.actors_of(lookup, tree.group(agent))
    for _, pobj in tree.pobjs(obj, _AUTHOR_PREPS):
        yield tree.actors_of(lookup, tree.group(pobj))


def purpose_clause(verb: Token) -> Token | None:
    """The infinitive of purpose on ``verb`` ("gave 40 million to build ...", "in order
    to help"), or on its object ("sent engineers to help"), with no subject of its own."""
    heads = [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
    for head in heads:
        for c in children(head):
            if c.dep_ not in {"advcl", "acl", "xcomp"} or c.pos_ != "VERB" \
                    or any(g.dep_ in tree.SUBJ | tree.PASS_SUBJ for g in children(c)):
                continue
            if c.dep_ == "xcomp" and head is verb:
                continue  # "agreed to provide": a complement, not a purpose
            if any(g.dep_ == "aux" and g.lower_ == "to" for g in children(c)):
                return c
    return None


def _helped(purpose: Token, lookup: ActorLookup, helping: bool) -> Iterator[list[Actor]]:
    """Who a purpose clause helps: its object when its verb is one of help and the object
    names people ("to help the Kenyan army"; not "to expose Iran propaganda", whose
    modifier is no beneficiary); the owner of its object when the verb is one of help or
    the owner names people ("to alleviate the suffering of Somali refugees"; not "to
    document Russia's war crimes", "to track Iran's programme": a bare country owning
    the thing is what it is about); then a "to"/"for" phrase, and last the place its
    object is in ("to promote investment in Kenya")."""
    objs = [c for c in children(purpose) if c.dep_ in {"dobj", "dative"}]
    if helping:
        objs += _helped_subject(purpose)
    for obj in objs:
        if helping:
            # People nouns carry a sector; a bare country read off a common noun's
            # modifier is what the thing is about.
            yield [a for a in tree.actors_of(lookup, tree.group(obj))
                   if obj.pos_ == "PROPN" or a.sector]
        owners = [c for c in children(obj) if c.dep_ == "poss"]
        owners += [p for _, p in tree.pobjs(obj, frozenset({"of"}))]
        for owner in owners:
            yield [a for a in tree.actors_of(lookup, tree.group(owner)) if helping or a.sector]
    for _, pobj in tree.pobjs(purpose, _PURPOSE_PREPS):
        yield tree.actors_of(lookup, tree.group(pobj))
    for head in [*objs, purpose]:
        if _is_conflict(head):
            continue  # "to fund the war in Kenya" helps no Kenya
        for _, where in tree.pobjs(head, _PLACE_PREPS):
            yield _country_of(where, lookup)


def _helped_subject(verb: Token) -> list[Token]:
    """"to help Peru rebuild its roads": the parser makes the one helped the subject of
    a bare infinitive (a base-form ``ccomp`` with no "to" and no "that"); it is the verb's
    object, as in "to help Peru"."""
    return [g for c in children(verb) if c.dep_ == "ccomp" and c.tag_ == "VB"
            and not any(m.dep_ in {"mark", "aux"} for m in children(c))
            for g in children(c) if g.dep_ in tree.SUBJ and g.i < c.i][:1]
