"""People of a sector placed by their own clause (round 14, issue 4).

"Gunmen attacked a checkpoint in Kandahar province, killing three police officers": ICEWS
codes such generic participants with the country where they act ("Police (Afghanistan)").
The recall pass gives the plural people nouns no country when no actor is named before
them (``recall_desc._sector_only``); here a place written in their clause - on the verb
they depend on, on its subject or object, or on the verb that clause hangs on - gives it,
when all such places name one country. Never the author's country, never a place written
with a country or body of its own ("the U.S. embassy in London" counts only as London).
"""

from __future__ import annotations

from typing import Any

from tidings.actors.recall import Work
from tidings.actors.resolve import scan
from tidings.actors.rules import rules

__all__ = ["clause_country"]

_PLACE_PREPOSITIONS = frozenset(rules().recall.clause_place_prepositions)
_PLACE_NOUNS = frozenset(rules().recall.clause_place_nouns)
_VERBS = frozenset({"VERB", "AUX"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_LINKED = frozenset({"advcl", "xcomp", "conj", "relcl"})


def _place_objects(node: Any, depth: int = 2) -> list[Any]:
    """Objects of place prepositions on ``node``, and on those objects (depth 2: "outside
    the embassy in London")."""
    out: list[Any] = []
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out.append(obj)
                if depth > 1:
                    out.extend(_place_objects(obj, depth - 1))
    return out


def _country_of_place(w: Work, obj: Any) -> tuple[str | None, str]:
    """The country a place object names: a GPE/LOC name, or a place noun ("Kandahar
    province") whose modifier is one. Phrases naming an actor or a sector are no place."""
    if obj.ent_type_ in ("GPE", "LOC"):
        ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
        text = ent.text if ent is not None else obj.text
    elif obj.lower_ in _PLACE_NOUNS and any(
            c.ent_type_ in ("GPE", "LOC") for c in obj.lefts):
        text = obj.doc[obj.left_edge.i:obj.i + 1].text
    else:
        return None, ""
    found = scan(w.kb, text, w.on)
    if found.country is None or found.entry is not None or (
            found.agent is not None and found.agent_key not in _PLACE_NOUNS):
        return None, ""
    return found.country, text


def clause_country(w: Work, start: int, end: int) -> tuple[str | None, str]:
    """The one country the places of the clause of tokens ``start:end`` name, or None."""
    doc = w.v.doc
    arg = doc[end - 1]
    if arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head.dep_ in _ARGUMENTS:
        arg = arg.head.head  # "Hundreds of protesters marched in Lagos"
    if arg.dep_ not in _ARGUMENTS or arg.head.pos_ not in _VERBS:
        return None, ""  # not an argument of a verb: "attacks on police in Kabul"
    verb = arg.head
    verbs = [verb] + ([verb.head] if verb.dep_ in _LINKED and verb.head.pos_ in _VERBS
                      else [])
    objects: list[Any] = []
    for vb in verbs:
        for node in (vb, *(c for c in vb.children if c.dep_ in _ARGUMENTS)):
            objects.extend(_place_objects(node))
    found: dict[str, str] = {}
    for obj in objects:
        if start <= obj.i < end:
            continue  # the description's own words are read by the resolver
        country, text = _country_of_place(w, obj)
        if country is not None:
            found.setdefault(country, text)
    if len(found) != 1:
        return None, ""
    (country, text), = found.items()
    return country, f"place named in its clause: '{text}' -> {country}"
