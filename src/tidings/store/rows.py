"""Documents to table rows (tuples in the column order of :mod:`tidings.store.schema`).

Events are returned without ``id``/``folded_into``: those are decided by the
store at write time, when it can see what is already stored. The columns after
``folded_into`` (where a side's country came from, version 7) travel apart in
``EventRow.provenance``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from tidings.document import Document
from tidings.provenance import (
    country_from_article,
    country_from_place,
    speaker_country_from_article,
)
from tidings.records import Actor, Article, Event
from tidings.store.schema import NOT_INFERRED

__all__ = [
    "DocumentRows", "EventRow", "article_row", "document_rows", "fold_key", "row_fold_key",
]

Row = tuple[Any, ...]


@dataclass(slots=True)
class EventRow:
    """An event row still open to folding: ``values`` lacks id and folded_into."""

    values: list[Any]  # events columns from article_id to num_mentions
    key: tuple[str, str, str, str] | None
    # country_from_place, country_from_article: the columns after folded_into
    provenance: tuple[str | None, str | None] = (None, None)

    @property
    def num_mentions(self) -> int:
        return int(self.values[-1])


@dataclass
class DocumentRows:
    article: Row
    actors: list[Row]
    mentions: list[Row]
    quotes: list[Row]
    events: list[EventRow]
    places: list[Row]


@lru_cache(maxsize=8192)
def _evidence_json(evidence: tuple[str, ...]) -> str:
    # The same resolved actors recur across a corpus; encode their evidence once.
    return json.dumps(list(evidence), ensure_ascii=False)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_row(a: Article, ingested_at: str) -> Row:
    return (
        a.id, a.title, _iso(a.published), a.dateline, a.url, a.source, a.language,
        a.content_hash or None, a.duplicate_of, a.text, ingested_at,
    )


def fold_key(e: Event, published: date | None) -> tuple[str, str, str, str] | None:
    """``(event_date, source_code, target_code, cameo)``, or None when a part is unknown.

    Two events with an unknown actor code or date are not known to be the same
    event, so they are never folded together. A missing side of a one-sided
    event is ``""`` in the key: a blank side folds only with a blank side, never
    with an actor whose code is unknown, and never with a two-sided event. A
    negated or hypothetical event has no key: it is kept as evidence, counts
    nowhere, and must not absorb a later report of the deed actually done.
    """
    return _fold_key(e, _event_day(e, _iso(published)))


def _fold_key(e: Event, day: str | None) -> tuple[str, str, str, str] | None:
    """:func:`fold_key` with the event's ISO day (the row's ``event_date``) already known."""
    if e.negated or e.hypothetical or day is None or not e.cameo:
        return None
    source = _side_code(e.source)
    target = _side_code(e.target)
    if source is None or target is None:
        return None
    return (day, source, target, e.cameo)


def _event_day(e: Event, published: str | None) -> str | None:
    """The event's own ISO date, else the publication's; none for background the text does
    not date ("had attacked"): it did not happen on the day of the report, and a dyad
    series or alert must not count it there."""
    if e.event_date is not None:
        return e.event_date.isoformat()
    return None if e.background else published


def _side_code(actor: Actor | None) -> str | None:
    if actor is None:
        return ""
    return actor.code or None


def row_fold_key(row: Mapping[str, Any]) -> tuple[str, str, str, str] | None:
    """:func:`fold_key` of an ``events`` row (batch output, Parquet import).

    A side is blank when its name is NULL: an actor always has a name.
    """
    if row["negated"] or row["hypothetical"]:
        return None
    when, cameo = row["event_date"], row["cameo"]
    source = _row_side_code(row, "source")
    target = _row_side_code(row, "target")
    if not when or not cameo or source is None or target is None:
        return None
    return (str(when), source, target, str(cameo))


def _row_side_code(row: Mapping[str, Any], side: str) -> str | None:
    if row[f"{side}_name"] is None:
        return ""
    code = row[f"{side}_code"]
    return str(code) if code else None


_BLANK_ACTOR = (None, None, None, None)


def _actor_values(actor: Actor | None) -> tuple[Any, ...]:
    if actor is None:
        return _BLANK_ACTOR
    # "" is no code (fold_key treats it as unknown); stored as "" it would enter the
    # partial unique index events_fold_key and two unfolded repeats would collide.
    return (actor.name, actor.country, actor.code or None, actor.sector)


_NO_PLACE = (None, None, None, None)


def _event_row(article_id: str, published: str | None, idx: int, e: Event) -> EventRow:
    """The row of ``e``, its fold key built from the row's own day (computed once)."""
    p = e.place
    day = _event_day(e, published)
    values = [
        article_id, idx, day, *_actor_values(e.source), *_actor_values(e.target),
        e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.sentence, e.start, e.end,
        e.event_text, e.pattern, e.confidence, int(e.negated), int(e.hypothetical),
        int(e.reported), int(e.background), e.quote_index,
        *((p.name, p.country, p.lat, p.lon) if p else _NO_PLACE), e.num_mentions,
    ]
    return EventRow(values, _fold_key(e, day), _provenance(e))


def _provenance(e: Event) -> tuple[str, str]:
    # Not NULL and not "" (which a CSV export cannot tell from NULL): a row stored before
    # the columns existed must stay distinguishable from one where nothing was inferred.
    return country_from_place(e) or NOT_INFERRED, country_from_article(e) or NOT_INFERRED


def document_rows(doc: Document, ingested_at: str) -> DocumentRows:
    a = doc.article
    actors = [
        (a.id, ent.id, ent.actor.name, ent.actor.country, ent.actor.code, ent.actor.sector,
         ent.actor.role, ent.kind, _evidence_json(ent.actor.evidence))
        for ent in doc.entities
    ]
    mentions = [(a.id, m.entity_id, m.text, m.kind, m.start, m.end) for m in doc.mentions]
    quotes = []
    for i, q in enumerate(doc.quotes):
        s = q.speaker
        quotes.append((
            a.id, i, q.kind, q.text, q.start, q.end, q.cue, q.cue_start, q.cue_end,
            s.name if s else None, s.country if s else None, s.code if s else None,
            s.sector if s else None, s.role if s else None,
            q.speaker_text, q.speaker_start, q.speaker_end, q.rule, q.confidence,
            int(speaker_country_from_article(q)),
        ))
    published = _iso(a.published)
    events = [_event_row(a.id, published, i, e) for i, e in enumerate(doc.events)]
    places = [
        (a.id, i, p.name, p.start, p.end, p.country, p.lat, p.lon, p.feature, p.geonameid)
        for i, p in enumerate(doc.places)
    ]
    return DocumentRows(article_row(a, ingested_at), actors, mentions, quotes, events, places)
