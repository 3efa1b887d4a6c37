"""Topic nouns as targets (round 13): the target of a verbal act is a party, never the
thing talked about ("criticized the Paris agreement", "defended their strategy"); a topic
noun (cues ``topic_thing``) stands for its author or for nobody. Split from
:mod:`tidings.events.targets`."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.cues import cues
from tidings.events.doc_memo import children
from tidings.records import Actor

__all__ = ["TOPIC_TARGET_ROOTS", "topic_aware", "topic_complement"]

ActorLookup = tree.ActorLookup

# Verbal acts (statements, appeals, intents, consultations, praise, demands, criticism,
# rejections, threats): their target is a party, never the thing talked about.
TOPIC_TARGET_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
_NAME_DEPS = frozenset({"compound", "nmod"})


def topic_aware(lookup: ActorLookup) -> ActorLookup:
    """``lookup`` that reads a topic noun ("criticized the Paris agreement", "referring to
    his vow", "defended their strategy") as the party that owns it, or as nobody: the
    resolver would read the place or group named inside it as the target."""
    def found(tok: Token) -> list[Actor]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues("topic_thing"):
            return lookup(tok)
        return _topic_owners(tok, lookup)
    return found


def _topic_owners(noun: Token, lookup: ActorLookup) -> list[Actor]:
    """The author of a topic noun: its possessor ("Obama's plan"), an adjective of
    nationality or a named modifier ("the Russian proposal", "the Obama plan"), its agent
    ("a plan by Iran"). A city in the name of an agreement ("the Paris agreement", "the
    Dayton accords") names it, not a party to it; a state or an international body ("the
    EU withdrawal agreement") is a party."""
    named = noun.lemma_.lower() in cues("named_agreement")
    agent = tree.noun_agent(noun) or _participle_agent(noun)
    heads = [agent] if agent is not None else []
    for c in children(noun):
        if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP"):
            heads.append(c)
    # "their Cuba strategy", "Obama's Iran policy": an author named by a possessor
    # or an agent outranks the names inside the noun (round 14).
    names = [] if heads else _name_modifiers(noun)
    found = [a for h in heads + names for a in tree.actors_of(lookup, tree.group(h))
             if not (named and h in names and not _state_or_body(a))]
    # "the decision of the Security Council": an "of" phrase names its author only when it
    # is a located party ("the policy of big government" names none).
    return found or [a for _, pobj in tree.pobjs(noun, frozenset({"of"}))
                     for a in tree.actors_of(lookup, tree.group(pobj)) if tree.is_located(a)]


def _participle_agent(noun: Token) -> Token | None:
    """The agent of a passive participle on the topic noun ("the Iran deal negotiated by
    Obama", "the plan drafted by the committee", round 16): the noun's author, who outranks
    the names inside it, as an agent phrase on the noun itself does."""
    return next((a for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                 and (a := tree.agent(c)) is not None), None)


def _name_modifiers(noun: Token) -> list[Token]:
    """Proper nouns modifying the noun, also through a noun compound ("the Obama plan",
    "the Iran nuclear deal", "the EU withdrawal agreement")."""
    mods = [c for c in children(noun) if c.dep_ in _NAME_DEPS]
    mods += [g for c in mods if c.pos_ == "NOUN" for g in children(c) if g.dep_ in _NAME_DEPS]
    return [m for m in mods if m.pos_ == "PROPN"]


def _state_or_body(actor: Actor) -> bool:
    """A state itself or an international body, not a city read as its government."""
    return actor.code == actor.country or (actor.country is None and bool(actor.code)
                                           and not (actor.code or "").startswith("---"))


def topic_complement(verb: Token, comp: Token, code: str, lookup: ActorLookup) -> bool:
    """Whether the verbal act's complement ``comp`` is what is talked about, so the parties
    inside it are no target (round 14): a gerund ("opposes sending troops to X") or an
    infinitive after a thing the act is about ("defended his actions to tighten checks")."""
    if code[:2] not in TOPIC_TARGET_ROOTS:
        return False
    if comp.tag_ == "VBG":
        return True
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (
        c.lemma_.lower() in cues("topic_thing") or not tree.actors_of(lookup, tree.group(c)))
        for c in children(verb))
