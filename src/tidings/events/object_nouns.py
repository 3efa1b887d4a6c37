"""The event noun an event verb's object may be ("demanded an investigation into ...",
"a terrorist attack"): the noun's pattern row, and what its phrase and its clause say about
the event's target (``object_targets.tsv``). Split from :mod:`tidings.events.targets`,
which reads the rest of the verb's phrase."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from tidings.events import syntax as tree
from tidings.events.codebook import data_rows
from tidings.events.cues import cue_lines, cues
from tidings.events.doc_memo import children
from tidings.events.patterns import NO_EVENT, NounRule, noun_rules
from tidings.records import Actor

__all__ = ["MATERIAL_CONFLICT_ROOTS", "ObjectReading", "modifier_code", "noun_rule",
           "object_clause_targets", "object_reading"]

ActorLookup = tree.ActorLookup

# Material conflict (quad class 4).
MATERIAL_CONFLICT_ROOTS = frozenset(f"{r}" for r in range(14, 21))


def noun_rule(noun: Token) -> NounRule | None:
    """The noun's rule; a container noun ("mediation mission", "aid convoy", cues
    ``event_container``) takes the rule of its compound modifier, and a modifier listed
    under ``noun_modifier`` re-codes it ("a terrorist attack": 180, not 190)."""
    rules = noun_rules()
    rule = rules.get(noun.lemma_.lower())
    if rule is None and noun.lemma_.lower() in cues("event_container"):
        rule = next((rules[c.lemma_.lower()] for c in children(noun)
                     if c.dep_ == "compound" and c.lemma_.lower() in rules), None)
    if rule is None or rule.code == NO_EVENT:
        return rule
    found = modifier_code(noun, rule.code)
    if found is None:
        return rule
    code, line = found
    return replace(rule, code=code, id=f"{rule.id}+M{line}")


def modifier_code(noun: Token, code: str) -> tuple[str, int] | None:
    """(new code, its line in ``cues.tsv``) when a modifier of ``noun`` listed under
    ``noun_modifier`` applies to an event of ``code``'s root."""
    table = cue_lines("noun_modifier")
    for c in children(noun):
        if c.dep_ not in {"amod", "compound"}:
            continue
        value, line = table.get(c.lemma_.lower()) or table.get(c.lower_) or ("", 0)
        root, _, new = value.partition(":")
        if new and code[:2] == root:
            return new, line
    return None


@dataclass(frozen=True)
class ObjectReading:
    """Whether the phrase (with which prepositions) and the clause of an event's object noun
    name its target, and whether an event noun of another code that the event is about is
    read as its own code reads it (``object_targets.tsv``)."""

    phrase: frozenset[str] = frozenset()
    clause: bool = False
    noun: bool = False

    @property
    def reads_below(self) -> bool:
        """Whether anything below the object noun can name the target."""
        return bool(self.phrase) or self.clause or self.noun


@cache
def _object_readings() -> dict[str, ObjectReading]:
    return {row["code"]: ObjectReading(
        frozenset(row["preps"].split("|")) - {""} if row["phrase"] == "1" else frozenset(),
        row["clause"] == "1", row["noun"] == "1") for _, row in data_rows("object_targets.tsv")}


def object_reading(code: str) -> ObjectReading:
    """The reading of the longest prefix of ``code`` listed in ``object_targets.tsv``."""
    table = _object_readings()
    return next((table[code[:n]] for n in range(len(code), 0, -1) if code[:n] in table),
                ObjectReading())


_NOUN_CLAUSES = frozenset({"acl", "ccomp"})


def object_clause_targets(verb: Token, carriers: list[Token], code: str,
                          reading: ObjectReading, consumed: frozenset[str],
                          lookup: ActorLookup) -> Iterator[tuple[list[Actor], bool]]:
    """Targets the object noun that carries the event names below itself, as the code's
    reading has it: the doer of a clause on the noun ("reiterated its demand that the US
    ease sanctions") or an actor in its phrase or in a clause below that phrase ("opened
    an investigation into claims that X smuggled arms", "into whether X helped Y"). The
    noun may stand in a phrase the pattern used ("called for an inquiry into ..."): the
    ``carriers`` are the verb's direct objects and the objects of the phrases it used;
    ``reading`` is ``object_reading(code)``."""
    for obj in (c for c in carriers if _carries(c, code, consumed)):
        own = _noun_reading(obj, code, reading)
        if own.clause:
            yield from _clause_doers(obj, lookup)
        # "opened an inquiry into whether X ...": the parser often hangs the phrase on the
        # verb that carries the noun.
        for prep in (c for head in (obj, verb) for c in children(head) if c.dep_ == "prep"
                     and c.lower_ in own.phrase):
            for below in (c for c in children(prep) if c.dep_ in {"pobj", "pcomp"}):
                if below.dep_ == "pobj":
                    yield tree.actors_of(lookup, tree.group(below)), False
                yield from _clause_doers(below, lookup, below.dep_ == "pcomp")


def _noun_reading(obj: Token, code: str, reading: ObjectReading) -> ObjectReading:
    """"demanded an investigation into claims that X killed civilians": a demand or an
    appeal for an event is made of whoever that event would be of, so the object's event
    noun (here an investigation, 09) is read as its own code reads it, where the code's
    reading allows it (``noun``)."""
    rule = noun_rule(obj)
    if not reading.noun or rule is None or rule.code == NO_EVENT \
            or rule.code[:2] == code[:2]:
        return reading
    borrowed = object_reading(rule.code)
    return ObjectReading(reading.phrase | borrowed.phrase, reading.clause or borrowed.clause)


def _carries(obj: Token, code: str, consumed: frozenset[str]) -> bool:
    """The object is the event's own noun: the pattern used it, or it is an event noun of
    the code's root."""
    rule = noun_rule(obj)
    return obj.lemma_.lower() in consumed or (
        rule is not None and rule.code != NO_EVENT and rule.code[:2] == code[:2])


def _clause_doers(noun: Token, lookup: ActorLookup,
                  itself: bool = False) -> Iterator[tuple[list[Actor], bool]]:
    """Who does a clause on ``noun`` ("claims that X smuggled arms"; ``itself``: ``noun``
    heads the clause, "whether X helped"), or at whom a participle on it aims ("an
    allegation made against X"); a harmful deed's participle names its doer first ("crimes
    committed by X against Y": X is investigated, where an allegation's maker is not). Not
    a relative clause: "the demand that X made" names the demander."""
    clauses = [noun] if itself else [c for c in children(noun) if c.dep_ in _NOUN_CLAUSES]
    for clause in clauses:
        subj = next((c for c in children(clause) if c.dep_ in tree.SUBJ), None)
        if subj is not None:
            yield tree.actors_of(lookup, tree.group(subj)), False
        elif clause.tag_ == "VBN":
            agent = tree.agent(clause) if _harmful_deed(noun) else None
            if agent is not None:
                yield tree.actors_of(lookup, tree.group(agent)), False
            for _, pobj in tree.pobjs(clause, _AIMED_PREPS):
                yield tree.actors_of(lookup, tree.group(pobj)), False


_AIMED_PREPS = frozenset({"against", "on", "upon"})


def _harmful_deed(noun: Token) -> bool:
    """A noun naming harm done (cues ``harm_noun``: "crimes", "atrocities") or an event
    noun of material conflict ("attacks", "killings")."""
    rule = noun_rule(noun)
    return noun.lemma_.lower() in cues("harm_noun") or (
        rule is not None and rule.code[:2] in MATERIAL_CONFLICT_ROOTS)
