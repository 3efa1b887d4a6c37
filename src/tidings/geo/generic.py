"""Generic event sides take the country of the place where the event happens.

ICEWS writes an actor that the text names only by its kind ("police", "militants",
"protesters") as of the country where the event took place: "Police (Pakistan)". The
events stage leaves such a side as ``---COP``; once the places stage has given the event
its place, a side with a sector but no country takes that place's country when the place
is named in the event's own sentence as a location (not as an actor: "Tehran accused
militants ..." says who spoke, not where the militants are). Named people, bodies with
their own code (``IGO``, ``IMG``, ``NGO``), pronouns and the kinds of people listed in
``data/generic_side_exclusions.tsv`` (refugees, foreign fighters, ...) keep no country.

The events stage folds repeated reports of one event by their codes before places run;
new codes can make two kept events the same, so the events are folded again here with
the events stage's own :func:`~tidings.events.fold`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from tidings.actors.kb import load_kb, with_country
from tidings.document import Document
from tidings.events import fold
from tidings.records import Actor, Event, Place

__all__ = ["Exclusions", "exclusions", "locate_generic_sides"]

_PRONOUNS = frozenset({"he", "she", "they", "them", "it", "we", "us", "i", "you", "him",
                       "her", "his", "their", "its", "our", "who"})
_SIDES = ("source", "target")


@dataclass(frozen=True)
class Exclusions:
    """Sectors and name words of generic sides that do not take the place's country."""

    sectors: frozenset[str]
    words: tuple[str, ...]

    def excludes(self, actor: Actor) -> bool:
        code = actor.code or ""
        chunks = {code[i:i + 3] for i in range(3, len(code) - 2, 3)}
        if actor.sector in self.sectors or chunks & self.sectors:
            return True
        names = (actor.name or "").lower().replace("-", " ").split()
        return any(w.startswith(x) for w in names for x in self.words)


@cache
def exclusions() -> Exclusions:
    """``data/generic_side_exclusions.tsv``, read once per process."""
    text = resources.files("tidings.geo").joinpath(
        "data/generic_side_exclusions.tsv").read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t")
            if r and not r[0].startswith("#")]
    sectors = frozenset(r[1].strip().upper() for r in rows if r[0] == "sector")
    words = tuple(r[1].strip().lower() for r in rows if r[0] == "word")
    return Exclusions(sectors, words)


def _generic(actor: Actor, named: frozenset[Actor]) -> bool:
    """A side known only by its kind: a sector, no country, a ``---`` code, not a named
    person or group and not a bare pronoun."""
    code = actor.code or ""
    return (actor.country is None and actor.sector is not None and actor.sector != "UNK"
            and code.startswith("---") and len(code) > 3 and actor not in named
            and (actor.name or "").strip().lower() not in _PRONOUNS
            and not exclusions().excludes(actor))


def _named_actors(doc: Document) -> frozenset[Actor]:
    """Actors of entities written with a proper name ("Spokesperson Jane Doe"): a person
    the text names is no generic description, whatever the place."""
    named_ids = {m.entity_id for m in doc.mentions
                 if m.kind in ("name", "surname", "title") and m.entity_id is not None}
    return frozenset(e.actor for e in doc.entities if e.id in named_ids)


def _usable_place(event: Event, actor_like: frozenset[int]) -> Place | None:
    """The event's place if it may lend its country: named in the event's sentence and not
    an actor there. Never the dateline alone: it is where the reporter filed from, and on
    the dev halves it added wrong countries to events reported from a capital."""
    p = event.place
    if p is None or not p.country or not (event.start <= p.start and p.end <= event.end
                                          and p.end > p.start):
        return None
    return p if p.start not in actor_like else None


def _once(doc: Document, event: Event, text: str) -> Any:
    """The tokens of ``text`` in the event's sentence if it occurs there exactly once."""
    sentence = doc.text[event.start:event.end]
    at = sentence.find(text) if text else -1
    if doc.spacy_doc is None or at < 0 or sentence.find(text, at + 1) >= 0:
        return None
    lo = event.start + at
    return doc.spacy_doc.char_span(lo, lo + len(text), alignment_mode="expand")


def _clause_chain(tok: Any) -> list[Any]:
    """The trigger and the heads above it up to the first coordinated clause: "would
    prohibit aid to rebels in Macedonia and would deny entry to individuals" places the
    rebels, not the individuals of the second conjunct."""
    chain = [tok]
    while tok.dep_ != "conj" and tok.head.i != tok.i:
        tok = tok.head
        chain.append(tok)
    return chain


def _in_scope(doc: Document, event: Event, place: Place, actor: Actor) -> bool:
    """Whether the place is named where it can place this side: inside the side's own
    phrase ("a newspaper based in east Beirut"), under the event's trigger, or hanging
    (through its noun phrase) from the trigger's verb or a verb governing it. A trigger
    that is not found once in the sentence leaves the sentence as the scope."""
    named = doc.spacy_doc.char_span(place.start, place.end, alignment_mode="expand") \
        if doc.spacy_doc is not None else None
    if named is None:
        return True
    where = named.root
    side = _once(doc, event, actor.name)
    if side is not None and side.root.left_edge.i <= where.i <= side.root.right_edge.i:
        return True
    trig = _once(doc, event, event.event_text)
    if trig is None:
        return True
    if trig.root.is_ancestor(where):
        return True
    verb = next((t for t in where.ancestors if t.pos_ in ("VERB", "AUX") or t.head.i == t.i),
                None)
    return verb is not None and verb in _clause_chain(trig.root)


def _with_country(actor: Actor, place: Place, iso3: frozenset[str]) -> Actor:
    country = place.country or ""
    return with_country(actor, country, iso3,
                        f"country from the event's place '{place.name}' -> {country}")


def _is_place(other: Actor | None, place: Place) -> bool:
    return other is not None and (other.name == place.name or other.code == place.country)


def _locate(doc: Document, event: Event, place: Place, named: frozenset[Actor],
            iso3: frozenset[str]) -> Event:
    sides = {"source": event.source, "target": event.target}
    changed: list[str] = []
    for side in _SIDES:
        actor = sides[side]
        other = sides["target" if side == "source" else "source"]
        # The place as the other side itself ("arrested protesters in Lahore" read with
        # Lahore as target): it is an actor in this event, and lending its country would
        # make a country act on itself.
        # A blank side (one-sided event) has nothing to locate; a generic side
        # facing a blank one is located like any other.
        if actor is None or not _generic(actor, named) or _is_place(other, place) or \
                not _in_scope(doc, event, place, actor):
            continue
        located = _with_country(actor, place, iso3)
        if other is not None and located.code == other.code:
            continue  # "police" vs "Pakistani police": one body, no dyad
        sides[side] = located
        changed.append(side)
    if not changed:
        return event
    extra = dict(event.extra)
    left = [s for s in (extra.get("unlocated") or "").split(",") if s and s not in changed]
    if left:
        extra["unlocated"] = ",".join(left)
    else:
        extra.pop("unlocated", None)
    extra["country_from_place"] = ",".join(changed)
    return replace(event, source=sides["source"], target=sides["target"], extra=extra)


def locate_generic_sides(doc: Document, events: tuple[Event, ...],
                         actor_like: frozenset[int]) -> tuple[Event, ...]:
    """``events`` with their generic sides located at the event's place (flagged
    ``extra["country_from_place"]``), folded again when any side changed."""
    if not events:
        return events
    named = _named_actors(doc)
    iso3 = load_kb().iso3
    out: list[Event] = []
    for e in events:
        place = _usable_place(e, actor_like)
        out.append(e if place is None else _locate(doc, e, place, named, iso3))
    if all(a is b for a, b in zip(out, events, strict=True)):
        return events
    return fold(out)
