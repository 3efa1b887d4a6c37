"""Where the country of an event side or of a quote's speaker came from (issues #4, #5).

Tidings gives a side a country the text does not write in two ways: from the event's place
(:mod:`tidings.geo.generic`, flagged in ``Event.extra["country_from_place"]``) and from the
article's country (:mod:`tidings.actors.context_country`, marked by an evidence line
``article context: USA, 14 of 16 resolved mentions`` on the actor). This module reads both
in one place, for the JSON contract, the store and the analyses, so that a user who wants
GDELT-style dyads of written countries only can leave the inferred ones out.

A side's value is ``None`` (nothing inferred) or the inferred sides joined by a comma in
the order source, target: ``"source"``, ``"target"`` or ``"source,target"`` (the shape of
``country_from_place``).
"""

from __future__ import annotations

from collections.abc import Iterable

from tidings.records import Actor, Event, Quote

__all__ = [
    "ARTICLE_CONTEXT",
    "SIDES",
    "actor_country_from_article",
    "country_from_article",
    "country_from_place",
    "inferred_sides",
    "speaker_country_from_article",
]

# The evidence prefix of a country lent from the article. The same string as
# tidings.actors.context_country.ARTICLE_CONTEXT (a test checks it): importing that module
# would load spaCy into every reader of the store.
ARTICLE_CONTEXT = "article context:"
SIDES = ("source", "target")


def actor_country_from_article(actor: Actor | None) -> bool:
    """Whether ``actor``'s country is the one lent from the article's context.

    The last lending line must name the country the actor has now: a later stage that
    gave the actor another country would have made that line stale.
    """
    if actor is None or actor.country is None:
        return False
    for line in reversed(actor.evidence):
        if line.startswith(ARTICLE_CONTEXT):
            return line[len(ARTICLE_CONTEXT):].split(",", 1)[0].strip() == actor.country
    return False


def _joined(sides: Iterable[str]) -> str | None:
    wanted = set(sides)
    return ",".join(s for s in SIDES if s in wanted) or None


_WELL_FORMED = frozenset({"source", "target", "source,target"})


def country_from_place(event: Event) -> str | None:
    """The sides whose country was taken from the event's place, or None."""
    raw = event.extra.get("country_from_place")
    if not raw:
        return None
    if raw in _WELL_FORMED:  # what tidings.geo.generic writes; the store saves every event
        return str(raw)
    return _joined(s.strip() for s in str(raw).split(","))


def country_from_article(event: Event) -> str | None:
    """The sides whose country was lent from the article's context, or None.

    A side placed at the event's place is not counted here even if its evidence names
    the article too: the place decided its country last.
    """
    source = actor_country_from_article(event.source)
    target = actor_country_from_article(event.target)
    if not (source or target):
        return None
    placed = (country_from_place(event) or "").split(",")
    return _joined(side for side, lent in zip(SIDES, (source, target), strict=True)
                   if lent and side not in placed)


def inferred_sides(event: Event) -> frozenset[str]:
    """Every side of ``event`` whose country was inferred (from the place or the article)."""
    both = f"{country_from_place(event) or ''},{country_from_article(event) or ''}"
    return frozenset(s for s in both.split(",") if s)


def speaker_country_from_article(quote: Quote) -> bool:
    """Whether the quote's speaker has a country lent from the article's context."""
    return actor_country_from_article(quote.speaker)
