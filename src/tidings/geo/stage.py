"""The ``places`` stage: GPE/LOC/FAC mentions resolved offline; events get a place.

The article's countries (country names among its place mentions, and the countries of
its actors) disambiguate city names. An event takes the most specific place named in
its own sentence where it is used as a location ("in Pakistan", "near Panjgur"): city
over state over country, then the earliest. A place that only names an actor or modifies
a noun ("Iran struck ...", "Tehran's envoy", "the Pakistan embassy") is used only when
neither a locative place nor a dateline is available: it says who acted, not where.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.document import Document, stage
from tidings.geo.gazetteer import Candidate, Gazetteer, load_gazetteer
from tidings.geo.generic import locate_generic_sides
from tidings.records import Event, Place

__all__ = ["find_places", "places_stage", "resolve_dateline"]

_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SPECIFICITY = {"city": 0, "admin1": 1, "country": 2, "region": 3}
# Roles in which a place names who acted or whose something is ("Iran struck",
# "Tehran's envoy", "the Pakistan embassy"), not where it happened.
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "compound", "amod"})
# "US-led", "Iran-backed", "Kabul-based": the place modifies a noun through a hyphen.
_HYPHENATED = re.compile(r"-[a-z]")
# A dateline at the top of the text: "KABUL, Afghanistan —" or "TEHRAN –".
_DATELINE = re.compile(r"\A\s*([A-Z][A-Za-z .'-]{1,40}?)(?:,\s*([A-Z][A-Za-z .'-]{1,40}?))?"
                       r"\s*(?:\(\w+\)\s*)?[-–—:]")


def _to_place(cand: Candidate, name: str, start: int, end: int) -> Place:
    return Place(name=name, start=start, end=end, country=cand.country, lat=cand.lat,
                 lon=cand.lon, feature=cand.feature, geonameid=cand.geonameid)


def _resolve_span(gaz: Gazetteer, text: str, label: str,
                  context: frozenset[str]) -> Candidate | None:
    cand = gaz.resolve(text, context)
    if cand is not None or label != "FAC":
        return cand
    # "Kabul airport", "the Tehran embassy": a facility is placed at the city it names.
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            piece = " ".join(words[i:i + size])
            if piece[:1].isupper():
                cand = gaz.resolve(piece, context)
                if cand is not None and cand.feature == "city":
                    return cand
    return None


def _context(doc: Document, gaz: Gazetteer,
             ents: list[tuple[str, int, int, str]]) -> frozenset[str]:
    countries = {e.actor.country for e in doc.entities if e.actor.country}
    for text, _s, _e, label in ents:
        if label == "GPE":
            # Country and state names only: they are unambiguous enough to steer cities.
            cand = next((c for c in gaz.candidates(text)
                         if c.feature in ("country", "admin1")), None)
            if cand is not None and cand.country:
                countries.add(cand.country)
    return frozenset(countries)


def find_places(doc: Document, gaz: Gazetteer | None = None) -> tuple[Place, ...]:
    """Resolved place mentions of ``doc`` (needs the spaCy parse), in text order."""
    gaz = gaz or load_gazetteer()
    sdoc = doc.spacy_doc
    if sdoc is None:
        return ()
    ents = [(e.text, e.start_char, e.end_char, e.label_) for e in sdoc.ents if e.label_ in _LABELS]
    context = _context(doc, gaz, ents)
    # NER sometimes labels a person as a place ("Obama" is also a city in Japan); the
    # actors stage knows better.
    kinds: dict[int | None, str] = {ent.id: ent.kind for ent in doc.entities}
    people = {(m.start, m.end) for m in doc.mentions if kinds.get(m.entity_id) == "person"}
    places = []
    for text, start, end, label in ents:
        if (start, end) in people:
            continue
        cand = _resolve_span(gaz, text, label, context)
        if cand is not None and cand.lat is not None:
            places.append(_to_place(cand, text, start, end))
    return tuple(places)


def resolve_dateline(doc: Document, gaz: Gazetteer | None = None,
                     context: frozenset[str] = frozenset()) -> Place | None:
    """The dateline's place, from ``Article.dateline`` or a dateline opening the text."""
    gaz = gaz or load_gazetteer()
    source = doc.article.dateline
    offset = (-1, -1)
    if not source:
        m = _DATELINE.match(doc.text)
        if m is None:
            return None
        source, offset = m.group(0), (m.start(1), m.end(1))
    parts = [p.strip() for p in re.split(r"[,–—:-]", source) if p.strip()]
    if not parts:
        return None
    extra = {c.country for p in parts[1:] if (c := gaz.resolve(p)) and c.country}
    cand = gaz.resolve(parts[0].title() if parts[0].isupper() else parts[0], context | extra)
    if cand is None or cand.lat is None:
        return None
    start, end = offset if offset[0] >= 0 else (0, 0)
    return _to_place(cand, parts[0], start, end)


def _actor_like(doc: Document, places: tuple[Place, ...]) -> frozenset[int]:
    """Starts of places that act as actors: subjects, possessors, actor mentions, and
    hyphenated modifiers ("US-led coalition", "Iran-backed militia": who leads or backs)."""
    actor_spans = {(m.start, m.end) for m in doc.mentions if m.entity_id is not None}
    out = set()
    for p in places:
        span = doc.spacy_doc.char_span(p.start, p.end) if doc.spacy_doc is not None else None
        dep = span.root.dep_ if span is not None else ""
        if dep in _ACTOR_DEPS or (p.start, p.end) in actor_spans or \
                _HYPHENATED.match(doc.text, p.end):
            out.add(p.start)
    return frozenset(out)


def _place_for(event: Event, places: tuple[Place, ...], dateline: Place | None,
               actor_like: frozenset[int]) -> Place | None:
    inside = [p for p in places if event.start <= p.start and p.end <= event.end]
    located = [p for p in inside if p.start not in actor_like]
    if located:
        return min(located, key=lambda p: (_SPECIFICITY.get(p.feature, 3), p.start))
    if dateline is not None or not inside:
        return dateline
    return min(inside, key=lambda p: (_SPECIFICITY.get(p.feature, 3), p.start))


@stage("places", requires=("spacy_doc", "events"), assigns=("places", "events"))
def places_stage(doc: Document) -> Document:
    gaz = load_gazetteer()
    places = find_places(doc, gaz)
    context = frozenset(p.country for p in places if p.country)
    dateline = resolve_dateline(doc, gaz, context) if doc.events else None
    actor_like = _actor_like(doc, places)
    events = tuple(
        e if e.place is not None else replace(e, place=_place_for(e, places, dateline, actor_like))
        for e in doc.events
    )
    events = locate_generic_sides(doc, events, actor_like)
    return doc.replace(places=places, events=events)
